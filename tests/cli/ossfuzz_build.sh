#!/usr/bin/env bash
# The ClusterFuzzLite / OSS-Fuzz build (.clusterfuzzlite/build.sh), run the
# way the service runs it: build.sh copied to $SRC, run from the project's
# directory $SRC/ndparity with scratch SRC, WORK and OUT, CC=clang-14 and
# the service's ASan+UBSan CFLAGS. Then $OUT must hold, for every target,
# the fuzzer, <fuzzer>_seed_corpus.zip (with every committed seed),
# <fuzzer>.dict and <fuzzer>.options, and each fuzzer must run 200 inputs
# from its unpacked seed corpus without a finding.
#
#   bash ossfuzz_build.sh NDPARITY_EXE SRCDIR
#
# Skipped (exit 0, with a message) when clang-14 or libFuzzer is missing.
set -euo pipefail
srcdir=$(cd "$2" && pwd)
targets="parse_case npy_read dlpack_import differential"

if ! command -v clang-14 >/dev/null 2>&1; then
  echo "ossfuzz_build: SKIPPED: clang-14 is not installed"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }\n' >"$tmp/probe.c"
if ! clang-14 -fsanitize=fuzzer "$tmp/probe.c" -o "$tmp/probe" >/dev/null 2>&1; then
  echo "ossfuzz_build: SKIPPED: clang-14 cannot link libFuzzer (install libclang-rt-14-dev)"
  exit 0
fi

fail() {
  echo "ossfuzz_build: FAIL: $*" >&2
  exit 1
}

# The service's layout and environment.
mkdir -p "$tmp/src" "$tmp/work" "$tmp/out"
ln -s "$srcdir" "$tmp/src/ndparity"
cp "$srcdir/.clusterfuzzlite/build.sh" "$tmp/src/build.sh"
export SRC=$tmp/src WORK=$tmp/work OUT=$tmp/out
export CC=clang-14
if command -v clang++-14 >/dev/null 2>&1; then export CXX=clang++-14; else unset CXX; fi
export CFLAGS="-O1 -fno-omit-frame-pointer -gline-tables-only -fsanitize=address,undefined -fsanitize-address-use-after-scope -fno-sanitize-recover=undefined -fsanitize=fuzzer-no-link"
export CXXFLAGS="$CFLAGS"
export LIB_FUZZING_ENGINE="-fsanitize=fuzzer"

start=$(date +%s)
if ! (cd "$SRC/ndparity" && bash -eu "$SRC/build.sh") >"$tmp/build.log" 2>&1; then
  tail -n 40 "$tmp/build.log" >&2
  fail "build.sh failed"
fi
echo "ossfuzz_build: build.sh took $(($(date +%s) - start)) s"

# Every artifact.
for t in $targets; do
  [[ -x $OUT/$t ]] || fail "no fuzzer $OUT/$t"
  for f in "${t}_seed_corpus.zip" "$t.dict" "$t.options"; do
    [[ -s $OUT/$f ]] || fail "no $OUT/$f"
  done
  grep -q '^\[libfuzzer\]' "$OUT/$t.options" || fail "$t.options has no [libfuzzer] section"
  want=$(find "$srcdir/fuzz/targets/$t/corpus" -type f | wc -l)
  got=$(/usr/bin/python3 -c 'import sys, zipfile; print(sum(1 for i in zipfile.ZipFile(sys.argv[1]).infolist() if not i.is_dir()))' "$OUT/${t}_seed_corpus.zip")
  [[ $want -eq $got ]] || fail "${t}_seed_corpus.zip holds $got files, the corpus has $want"
done
[[ -s $OUT/differential.baseline.json ]] || fail "no $OUT/differential.baseline.json"

# Each fuzzer, as the service starts it: its options, its unpacked seeds.
for t in $targets; do
  run=$tmp/run/$t
  mkdir -p "$run/corpus" "$run/seeds" "$run/artifacts"
  /usr/bin/python3 -m zipfile -e "$OUT/${t}_seed_corpus.zip" "$run/seeds"
  flags=()
  while IFS='=' read -r k v; do
    k=$(echo "$k" | tr -d '[:space:]')
    v=$(echo "$v" | tr -d '[:space:]')
    [[ -z $k || $k == \[* || $k == \#* ]] && continue
    if [[ $k == dict ]]; then flags+=("-dict=$OUT/$v"); else flags+=("-$k=$v"); fi
  done <"$OUT/$t.options"
  rc=0
  (cd "$OUT" && "./$t" "${flags[@]}" -runs=200 -seed=1 -timeout=60 \
    -artifact_prefix="$run/artifacts/" "$run/corpus" "$run/seeds") >"$run/log" 2>&1 || rc=$?
  if ((rc != 0)) || [[ -n $(ls -A "$run/artifacts") ]]; then
    grep -E -A 20 'ERROR:|ndparity fuzz:|runtime error:' "$run/log" | head -n 40 >&2 || tail -n 30 "$run/log" >&2
    fail "$t: a finding within 200 runs (exit $rc)"
  fi
  grep -q 'Done 200 runs' "$run/log" || fail "$t: did not run 200 inputs: $(tail -n 2 "$run/log")"
  echo "ossfuzz_build: $t: 200 runs, no finding"
done
echo "ossfuzz_build: OK in $(($(date +%s) - start)) s"
