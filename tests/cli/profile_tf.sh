#!/usr/bin/env bash
# The ref:tf profile: every TensorFlow rule in cases/profiles/tf shows up as a
# divergence from NumPy (exit 1), naming the rule; the NumPy profile of the
# same engine shows none (exit 0). Usage: profile_tf.sh NDPARITY SOURCE_DIR
set -uo pipefail
ndp=${1:?ndparity binary}
src=${2:?source dir}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cases="$src/cases/profiles/tf"
# every case diverges under ref:tf but those of agree.jsonl (where the two agree)
n=$(cat "$cases"/*.jsonl | grep -c '^{')
agree=$(grep -c '^{' "$cases/agree.jsonl")
n=$((n - agree))

out=$("$ndp" run --engine ref --oracle oracle --report "$tmp/np" "$cases" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "ref (NumPy profile) on the tf rules: exit $code, want 0: $out"

out=$("$ndp" run --engine ref:tf --oracle oracle --report "$tmp/tf" "$cases" 2>&1); code=$?
[[ $code -eq 1 ]] || fail "ref:tf: exit $code, want 1: $out"
diverged=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["diverged"])' "$tmp/tf/report.json")
[[ "$diverged" -eq "$n" ]] || fail "ref:tf: $diverged of $n rule cases diverged"
grep -q "TensorFlow" "$tmp/tf/report.json" || fail "no divergence names a TensorFlow rule"
grep -q "does not promote\|cannot compute" "$tmp/tf/report.json" || fail "the no-promotion rule is not named"
grep -q "Tensor.numpy() copies" "$tmp/tf/report.json" || fail "the .numpy() copy is not named"
out=$("$ndp" run --engine ref:tf --oracle oracle --report "$tmp/agree" "$cases/agree.jsonl" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "ref:tf on agree.jsonl: exit $code, want 0: $out"
echo "profile_tf: all $n rules diverge as TensorFlow's, none under the NumPy profile"
