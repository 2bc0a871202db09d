#!/usr/bin/env bash
# Installs whatever ndparity needs that this Debian 12 machine lacks (idempotent:
# prints nothing and installs nothing when everything is there).
# Usage: scripts/setup.sh
set -euo pipefail

# chromium loads report.html in the browser tests, xmllint validates junit.xml,
# clang-14 with libclang-rt-14-dev builds the libFuzzer targets; python3-torch is
# the real PyTorch of the torch backend.
pkgs=(gcc make cmake pkg-config libjansson-dev libcriterion-dev libdlpack-dev
      python3 python3-dev python3-numpy python3-torch valgrind gcovr chromium libxml2-utils clang-14 libclang-rt-14-dev
      zip)

missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "setup: installing ${missing[*]}" >&2
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "setup: need root (or sudo) to install ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
