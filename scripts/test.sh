#!/usr/bin/env bash
# Every test: set up, then
#   1. the release build with warnings as errors: Criterion suites and the
#      corpora (cases/golden, ../shared/cases-sample) through `ndparity check`
#      under CTest;
#   2. the ASan+UBSan build: the same tests;
#   3. Valgrind memcheck over every test binary and over `ndparity check`,
#      failing on any error or definite/indirect leak;
#   4. a libFuzzer smoke of every fuzz target under ASan+UBSan (clang-14,
#      20 seconds each).
# Usage: scripts/test.sh [--no-valgrind] [--no-asan] [--no-fuzz]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc)
do_valgrind=1 do_asan=1 do_fuzz=1
for a in "$@"; do
  case "$a" in
    --no-valgrind) do_valgrind=0 ;;
    --no-asan) do_asan=0 ;;
    --no-fuzz) do_fuzz=0 ;;
    *) echo "test.sh: unknown option $a" >&2; exit 2 ;;
  esac
done

bash scripts/setup.sh

step() { printf '\n=== %s\n' "$*"; }

step "release build (warnings are errors)"
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$jobs"
step "unit and corpus tests (release)"
ctest --preset ci -j"$jobs" --output-junit "$root/build/ci/ctest-junit.xml"

if [[ $do_asan -eq 1 ]]; then
  step "ASan+UBSan build"
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j"$jobs"
  step "unit and corpus tests (ASan+UBSan)"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --preset asan -j"$jobs" -LE slow
fi

if [[ $do_valgrind -eq 1 ]]; then
  step "Valgrind memcheck"
  bash scripts/valgrind.sh build/ci
fi

if [[ $do_fuzz -eq 1 ]]; then
  step "libFuzzer smoke (ASan+UBSan)"
  bash scripts/fuzz_smoke.sh 20
fi

step "all tests passed"
