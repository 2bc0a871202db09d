#!/bin/bash -eu
# Builds ndparity's libFuzzer targets the way ClusterFuzzLite and OSS-Fuzz
# run a project's build.sh (docs/fuzzing.md): with the service's $CC,
# $CFLAGS (sanitizers and -fsanitize=fuzzer-no-link), $LIB_FUZZING_ENGINE
# (the fuzzing engine's link flags), a scratch $WORK and the output $OUT.
# CMake is not used: the service images have an older CMake than the 3.25
# this project needs, and only what the fuzzers link is compiled.
#
# Into $OUT, for each target of fuzz/targets/<name>/: the fuzzer binary
# <name>, <name>_seed_corpus.zip, <name>.dict and <name>.options; and
# differential.baseline.json, the known divergences that the differential
# target reads from beside its binary.
#
# Runs from the project's root (the Dockerfile's WORKDIR, $SRC/ndparity),
# or from wherever this script's parent directory is.
#
# Optional: $SRC/dlpack/include (DLPack's header, cloned by the Dockerfile;
# the system's <dlpack/dlpack.h> otherwise), JANSSON_LIB (a libjansson.a to
# link; found with pkg-config or in the usual places otherwise), CXX (the
# linker driver, as OSS-Fuzz recommends; $CC otherwise).

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ -f fuzz/fuzz.cmake && -d fuzz/targets ]]; then
  proj=$(pwd)
elif [[ -d ${SRC:-/nonexistent}/ndparity/fuzz/targets ]]; then
  proj=$SRC/ndparity
else
  proj=$(dirname "$here")
fi
cd "$proj"

: "${CC:?CC must be set (the service sets it)}"
: "${OUT:?OUT must be set}"
: "${WORK:?WORK must be set}"
CFLAGS=${CFLAGS:-}
LIB_FUZZING_ENGINE=${LIB_FUZZING_ENGINE:--fsanitize=fuzzer}
LINK=${CXX:-$CC}
LINKFLAGS=${CXXFLAGS:-$CFLAGS}
jobs=$(nproc 2>/dev/null || echo 2)

targets="parse_case npy_read dlpack_import differential"

# ---------------------------------------------------------------- dependencies
dl_inc=()
if [[ -f ${SRC:-/nonexistent}/dlpack/include/dlpack/dlpack.h ]]; then
  dl_inc=(-I"$SRC/dlpack/include")
fi
jansson=${JANSSON_LIB:-}
if [[ -z $jansson ]]; then
  for cand in "$(pkg-config --variable=libdir jansson 2>/dev/null || true)/libjansson.a" \
    /usr/lib/x86_64-linux-gnu/libjansson.a /usr/lib/libjansson.a /usr/local/lib/libjansson.a; do
    if [[ -f $cand ]]; then
      jansson=$cand
      break
    fi
  done
fi
if [[ -z $jansson ]]; then
  echo "build.sh: no libjansson.a: linking jansson dynamically (the runner image may lack it)" >&2
  jansson=-ljansson
fi
jansson_inc=()
if pkg-config --exists jansson 2>/dev/null; then
  read -r -a jansson_inc <<<"$(pkg-config --cflags jansson)"
fi

# ---------------------------------------------------------------- libraries
# The groups of CMakeLists.txt, each with its include directories; each
# becomes $WORK/ndp/lib<group>.a.
base=(-std=c11 -D_POSIX_C_SOURCE=200809L -Icore/include "${dl_inc[@]}" "${jansson_inc[@]}")
declare -A incs=(
  [core]="-Icore/include"
  [case]="-Icore/include -Iharness/include -Iharness/src"
  [ref]="-Icore/include -Iharness/include -Icore/src/ref"
  [oracle]="-Icore/include -Iharness/include -Ioracles/include -Ioracles/src"
  [fuzzgen]="-Icore/include -Iharness/include -Ifuzz/include"
  [harness]="-Icore/include -Iharness/include -Ioracles/include -Ifuzz/include -Ireports/include -Iharness/src -Ireports/src"
)
shopt -s nullglob
declare -A srcs
srcs[core]=$(echo core/src/*.c)
srcs[case]="harness/src/case_ops.c harness/src/case_parse.c harness/src/json_arena.c harness/src/fn_eval.c"
srcs[ref]=$(echo core/src/ref/*.c)
srcs[oracle]=$(echo oracles/src/*.c)
srcs[fuzzgen]=$(echo fuzz/src/*.c)
h=""
for f in harness/src/*.c reports/src/*.c; do
  case $(basename "$f") in
  main.c | case_ops.c | case_parse.c | json_arena.c | fn_eval.c) ;;
  *) h="$h $f" ;;
  esac
done
srcs[harness]=$h
# What each fuzzer links, in link order.
declare -A needs=(
  [parse_case]="case core"
  [npy_read]="core"
  [dlpack_import]="core"
  [differential]="harness ref oracle fuzzgen case core"
)
wanted=" "
for t in $targets; do
  for g in ${needs[$t]}; do [[ $wanted == *" $g "* ]] || wanted="$wanted$g "; done
done

obj=$WORK/ndp
rm -rf "$obj"
mkdir -p "$obj"
# Compiled $jobs at a time; a failed compilation leaves $obj/FAILED.
n=0
for g in $wanted; do
  mkdir -p "$obj/$g"
  for s in ${srcs[$g]}; do
    o=$obj/$g/$(echo "$s" | tr '/' '_').o
    # shellcheck disable=SC2086
    { $CC $CFLAGS "${base[@]}" ${incs[$g]} -c "$s" -o "$o" || echo "$s" >>"$obj/FAILED"; } &
    n=$((n + 1))
    if ((n % jobs == 0)); then wait; fi
  done
done
wait
if [[ -f $obj/FAILED ]]; then
  echo "build.sh: compilation failed: $(tr '\n' ' ' <"$obj/FAILED")" >&2
  exit 1
fi
echo "build.sh: compiled $n files for:$wanted"
for g in $wanted; do
  rm -f "$obj/lib$g.a"
  ${AR:-ar} rcs "$obj/lib$g.a" "$obj/$g"/*.o
done

# ---------------------------------------------------------------- fuzzers
mkdir -p "$OUT"
for t in $targets; do
  dir=fuzz/targets/$t
  libs=()
  for g in ${needs[$t]}; do libs+=("$obj/lib$g.a"); done
  # shellcheck disable=SC2086
  $CC $CFLAGS "${base[@]}" ${incs[harness]} -Ifuzz/targets -c "$dir/$t.c" -o "$obj/$t.o"
  # shellcheck disable=SC2086
  $LINK $LINKFLAGS "$obj/$t.o" -o "$OUT/$t" $LIB_FUZZING_ENGINE \
    -Wl,--start-group "${libs[@]}" -Wl,--end-group $jansson -lm
  cp "$dir/$t.dict" "$OUT/$t.dict"
  cp "$dir/$t.options" "$OUT/$t.options"
  rm -f "$OUT/${t}_seed_corpus.zip"
  if command -v zip >/dev/null 2>&1; then
    (cd "$dir/corpus" && zip -q -X -r "$OUT/${t}_seed_corpus.zip" .)
  else
    python3 -m zipfile -c "$OUT/${t}_seed_corpus.zip" "$dir/corpus/"*
  fi
  echo "build.sh: $OUT/$t"
done
cp fuzz/targets/differential/baseline.json "$OUT/differential.baseline.json"
