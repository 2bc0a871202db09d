#!/usr/bin/env bash
# A short libFuzzer run of every fuzz target (docs/fuzzing.md): builds the
# `fuzz` preset (clang-14, ASan+UBSan) and runs each target for SECONDS
# (default 30) with its dictionary and .options, starting from its committed
# seed corpus. Fails on any finding (a crash, a leak, a sanitizer report, a
# timeout or an out-of-memory), printing how to reproduce it.
#
#   scripts/fuzz_smoke.sh [SECONDS]
#
# Environment:
#   NDP_FUZZ_BUILD     build directory (default build/fuzz, the preset's)
#   NDP_FUZZ_TARGETS   the targets to run (default: all four)
#   NDP_FUZZ_JOBS      build parallelism (default 2)
#
# New inputs that libFuzzer finds go to a scratch corpus in the build tree,
# given FIRST (libFuzzer writes into its first corpus directory); the
# committed corpus, given second, is only read. Artifacts (crash-*, leak-*,
# timeout-*, oom-*) go to the build tree too.
set -euo pipefail

secs=${1:-30}
if ! [[ $secs =~ ^[0-9]+$ ]] || ((secs < 1)); then
  echo "usage: $0 [SECONDS]   (a positive number of seconds per target)" >&2
  exit 2
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${NDP_FUZZ_BUILD:-$root/build/fuzz}
targets=${NDP_FUZZ_TARGETS:-"parse_case npy_read dlpack_import differential"}
jobs=${NDP_FUZZ_JOBS:-2}

if ! command -v clang-14 >/dev/null 2>&1; then
  echo "fuzz_smoke: clang-14 is not installed (apt-get install clang-14 libclang-rt-14-dev)" >&2
  exit 2
fi

cd "$root"
echo "fuzz_smoke: building the fuzz preset in $build"
cmake --preset fuzz -B "$build" >"$build.configure.log" 2>&1 || {
  cat "$build.configure.log" >&2
  exit 2
}
cmake --build "$build" --target fuzz_all -j "$jobs" >"$build.build.log" 2>&1 || {
  tail -n 60 "$build.build.log" >&2
  exit 2
}

# The [libfuzzer] section of an .options file as command-line flags; dict
# names a file beside the options file.
options_flags() {
  local file=$1 dir section="" line key value
  dir=$(dirname "$file")
  [[ -f $file ]] || return 0
  while IFS= read -r line || [[ -n $line ]]; do
    line=${line%%#*}
    line=$(echo "$line" | tr -d '[:space:]')
    [[ -z $line ]] && continue
    if [[ $line =~ ^\[(.*)\]$ ]]; then
      section=${BASH_REMATCH[1]}
      continue
    fi
    [[ $section == libfuzzer && $line == *=* ]] || continue
    key=${line%%=*}
    value=${line#*=}
    if [[ $key == dict ]]; then
      echo "-dict=$dir/$value"
    else
      echo "-$key=$value"
    fi
  done <"$file"
}

failed=0
summary=()
for t in $targets; do
  tdir=$root/fuzz/targets/$t
  bin=$build/fuzz/fuzz_$t
  if [[ ! -x $bin || ! -d $tdir/corpus ]]; then
    echo "fuzz_smoke: $t: no binary $bin or no corpus $tdir/corpus" >&2
    failed=1
    continue
  fi
  work=$build/fuzz-smoke/$t
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  mapfile -t flags < <(options_flags "$tdir/$t.options")
  echo "fuzz_smoke: $t for ${secs}s ${flags[*]}"
  rc=0
  "$bin" "${flags[@]}" -max_total_time="$secs" -timeout=30 -rss_limit_mb=2560 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
    "$work/corpus" "$tdir/corpus" >"$work/log" 2>&1 || rc=$?
  found=$(find "$work/artifacts" -type f | sort)
  stats=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$work/log" | tail -n 1 || true)
  execs=$(grep -E '^stat::number_of_executed_units' "$work/log" | awk '{print $2}' || true)
  if ((rc != 0)) || [[ -n $found ]]; then
    failed=1
    echo "fuzz_smoke: $t: FINDING (exit $rc)" >&2
    grep -E -A 30 'ERROR: |ndparity fuzz: |runtime error:|==[0-9]+==' "$work/log" | head -n 60 >&2 || tail -n 40 "$work/log" >&2
    for a in $found; do
      echo "  reproduce: $bin $a" >&2
      echo "  then minimize it (docs/fuzzing.md) and commit it as $tdir/corpus/crash-<what>" >&2
    done
    echo "  full log: $work/log" >&2
    summary+=("$t: FINDING")
  else
    summary+=("$t: ok, ${execs:-?} runs; ${stats#*DONE   }")
  fi
done

echo "fuzz_smoke: summary (${secs}s per target)"
for s in "${summary[@]}"; do echo "  $s"; done
exit $failed
