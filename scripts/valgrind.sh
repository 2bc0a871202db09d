#!/usr/bin/env bash
# Valgrind memcheck over every Criterion test binary and over `ndparity check`
# on the sample corpus. Criterion runs each test in a child process and does
# not fail on Valgrind errors, so every child's log is checked here.
# Usage: scripts/valgrind.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: valgrind.sh BUILD_DIR}
logs="$build/memcheck"
rm -rf "$logs"
mkdir -p "$logs"
vg=(valgrind --tool=memcheck --trace-children=yes --leak-check=full
    --errors-for-leak-kinds=definite,indirect --error-exitcode=99 --track-origins=no)
status=0
for t in "$build"/tests/test_*; do
  [[ -x "$t" ]] || continue
  name=$(basename "$t")
  [[ $name == test_live ]] && continue # embedded CPython: ~3 min under memcheck
  echo "memcheck: $name"
  if ! "${vg[@]}" --log-file="$logs/$name.%p.log" "$t" --jobs 1 >"$logs/$name.out" 2>&1; then
    echo "memcheck: $name exited non-zero (see $logs/$name.out)"; status=1
  fi
done
samples=()
[[ -d cases/golden ]] && samples+=(cases/golden)
[[ -d ../shared/cases-sample ]] && samples+=(../shared/cases-sample)
if [[ ${#samples[@]} -gt 0 ]]; then
  echo "memcheck: ndparity run (ref against oracle) ${samples[*]}"
  if ! "${vg[@]}" --log-file="$logs/ndparity.%p.log" "$build/ndparity" run --quiet \
      --report "$logs/report" "${samples[@]}" >"$logs/ndparity.out" 2>&1; then
    echo "memcheck: ndparity run failed (see $logs/ndparity.out)"; status=1
  fi
fi
# The other commands, whatever their exit code (divergences are expected
# here): worker processes, the TensorFlow profile with its reports (HTML,
# JUnit), a baseline and diff, replay, a plugin.
others=(
  "run --quiet -j 2 --engine ref:tf --report $logs/tf cases/scenarios"
  "run --quiet --engine ref --baseline $logs/tf/report.json --report $logs/base cases/scenarios"
  "diff $logs/tf/report.json $logs/base/report.json"
  "replay cases/scenarios/s0a-s2.jsonl --case scenarios/S0a-numpy-function-reshape --engine ref:tf"
  "run --quiet --engine plugin:$build/examples/toy_engine.so --report $logs/toy cases/scenarios"
)
k=0
for cmd in "${others[@]}"; do
  k=$((k + 1))
  echo "memcheck: ndparity $cmd"
  # shellcheck disable=SC2086
  "${vg[@]}" --log-file="$logs/cmd$k.%p.log" "$build/ndparity" $cmd >"$logs/cmd$k.out" 2>&1 || true
  if grep -q "^==[0-9]*== Process terminating" "$logs"/cmd$k.*.log 2>/dev/null; then
    echo "memcheck: ndparity $cmd was killed (see $logs/cmd$k.*.log)"; status=1
  fi
done
bad=$(grep -lE "ERROR SUMMARY: [1-9]" "$logs"/*.log || true)
if [[ -n "$bad" ]]; then
  echo "memcheck: errors or leaks in:"
  for f in $bad; do echo "--- $f"; grep -E "ERROR SUMMARY|definitely lost|indirectly lost|Invalid|uninitialised" "$f" | head -20; done
  status=1
fi
n=$(ls "$logs"/*.log | wc -l)
if [[ $status -eq 0 ]]; then echo "memcheck: $n processes checked, no errors, no leaks"; fi
exit $status
