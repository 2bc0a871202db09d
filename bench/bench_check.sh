#!/usr/bin/env bash
# Times `ndparity check --backend oracle` over a corpus against the Python
# peer doing the same checks with real NumPy (bench/check_numpy.py: a plain
# loop over the cases), whole process each, best of N runs, in one go, and
# prints the ratio. Usage: bench/bench_check.sh [BUILD_DIR] [RUNS] [PATH...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/default}
runs=${2:-3}
shift $(( $# > 2 ? 2 : $# )) || true
paths=("$@")
[[ ${#paths[@]} -gt 0 ]] || paths=(cases/golden)
ndp="$build/ndparity"
[[ -x "$ndp" ]] || { echo "bench_check: build first ($ndp missing)" >&2; exit 2; }
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT

best() { # best wall time in seconds of running "$@" $runs times
  local b="" t0 t1 dt
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N)
    "$@" >"$out/log" 2>&1 || { echo "bench_check: command failed: $*" >&2; cat "$out/log" >&2; exit 3; }
    t1=$(date +%s%N)
    dt=$(( t1 - t0 ))
    if [[ -z "$b" || $dt -lt $b ]]; then b=$dt; fi
  done
  echo "$b"
}

ncases=$("$ndp" check --quiet --report "$out/r" "${paths[@]}" | sed -n 's/.*: \([0-9]*\) cases.*/\1/p')
t_ndp=$(best "$ndp" check --quiet --backend oracle --report "$out/r" "${paths[@]}")
t_py=$(best /usr/bin/python3 bench/check_numpy.py "${paths[@]}")
awk -v n="$ncases" -v a="$t_ndp" -v b="$t_py" -v r="$runs" 'BEGIN {
  printf "corpus: %d cases (best of %d runs, whole process)\n", n, r
  printf "ndparity check --backend oracle : %8.3f s  (%.0f cases/s)\n", a/1e9, n/(a/1e9)
  printf "python loop with real NumPy     : %8.3f s  (%.0f cases/s)\n", b/1e9, n/(b/1e9)
  printf "ratio (python / ndparity)       : %8.1fx\n", b/a
}'
