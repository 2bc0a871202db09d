#!/usr/bin/env bash
# ndparity check: exit codes, malformed input reporting, and that bad files
# never stop the good cases. Usage: check_exit_codes.sh NDPARITY SOURCE_DIR
set -uo pipefail
ndp=${1:?ndparity binary}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$tmp/good" "$tmp/mixed"
cat > "$tmp/good/a.jsonl" <<'J'
// a comment line, then a blank line

{"ndparity":1,"name":"ok/add","inputs":{"a":{"dtype":"int8","shape":[3],"data":[1,2,3]},"b":{"dtype":"uint8","shape":[3],"data":[1,1,1]}},"steps":[{"id":"r","op":"add","args":["a","b"]}],"expect":{"r":{"dtype":"int16","shape":[3],"view":false,"data":[2,3,4]}}}
{"ndparity":1,"name":"ok/view","inputs":{"a":{"dtype":"float32","shape":[2,3]}},"steps":[{"id":"t","op":"transpose","args":["a"]}],"expect":{"t":{"dtype":"float32","shape":[3,2],"view":true,"data":[0,3,1,4,2,5]}}}
J
# all good: exit 0
out=$("$ndp" check --backend oracle --report "$tmp/r0" "$tmp/good" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "good corpus: exit $code, want 0: $out"
grep -q '"passed": 2' "$tmp/r0/report.json" || fail "good corpus: report does not say 2 passed"

# a wrong expectation: exit 1, the field named
cat > "$tmp/wrong.json" <<'J'
{"ndparity":1,"name":"wrong/dtype","inputs":{"a":{"dtype":"int8","shape":[2],"data":[1,2]}},"steps":[{"id":"r","op":"add","args":["a",{"int":1}]}],"expect":{"r":{"dtype":"int64"}}}
J
out=$("$ndp" check --backend oracle --report "$tmp/r1" "$tmp/wrong.json" 2>&1); code=$?
[[ $code -eq 1 ]] || fail "wrong expectation: exit $code, want 1: $out"
grep -q 'dtype expected int64, got int8' <<<"$out" || fail "wrong expectation not explained: $out"
grep -qE '"status": ?"expect-failed"' "$tmp/r1/report.json" || fail "report lacks expect-failed"

# malformed files beside good ones: exit 2, each bad file named with its
# position, and the good cases still checked and reported
cp "$tmp/good/a.jsonl" "$tmp/mixed/a.jsonl"
printf '%s\n' '{"ndparity":1,"name":"bad/json","inputs":{},"steps":[{"id":"r" "op":"add"}]}' > "$tmp/mixed/b.jsonl"
printf '%s\n' '{"ndparity":1,"name":"bad/op","inputs":{"a":{"dtype":"int8","shape":[1]}},"steps":[{"id":"r","op":"addd","args":["a","a"]}]}' > "$tmp/mixed/c.jsonl"
printf '%s\n' '{"ndparity":1,"name":"bad/range","inputs":{"a":{"dtype":"int8","shape":[2],"data":[1,300]}},"steps":[{"id":"r","op":"copy","args":["a"]}]}' > "$tmp/mixed/d.jsonl"
out=$("$ndp" check --backend oracle --report "$tmp/r2" "$tmp/mixed" 2>&1); code=$?
[[ $code -eq 2 ]] || fail "malformed: exit $code, want 2: $out"
grep -q 'b.jsonl:1:[0-9]*:' <<<"$out" || fail "broken JSON not located as file:line:column: $out"
grep -q 'c.jsonl:1: .*unknown op "addd"' <<<"$out" || fail "unknown op not reported: $out"
grep -q 'd.jsonl:1: .*300.*int8' <<<"$out" || fail "out-of-range value not reported: $out"
grep -q '"passed": 2' "$tmp/r2/report.json" || fail "good cases lost beside bad files"
grep -q '"input_errors": 3' "$tmp/r2/report.json" || fail "report does not count 3 input errors"

# a dataset used as an array operand, and a pipeline deeper than the limit:
# input errors (exit 2), never a crash
printf '%s\n' '{"ndparity":1,"name":"bad/ds-operand","inputs":{"a":{"dtype":"int8","shape":[2,2]}},"steps":[{"id":"ds","op":"from_tensor_slices","args":["a"]},{"id":"r","op":"add","args":["ds","a"]}]}' > "$tmp/ds.jsonl"
out=$("$ndp" run --report "$tmp/r3" "$tmp/ds.jsonl" 2>&1); code=$?
[[ $code -eq 2 ]] || fail "dataset operand: exit $code, want 2: $out"
grep -q '"ds" is a dataset; add takes arrays' <<<"$out" || fail "dataset operand not explained: $out"
/usr/bin/python3 - "$tmp/deep.jsonl" <<'PY'
import json, sys
steps = [{"id": "s0", "op": "from_tensor_slices", "args": ["a"]}]
steps += [{"id": "s%d" % i, "op": "take", "args": ["s%d" % (i - 1)], "count": 1} for i in range(1, 300)]
case = {"ndparity": 1, "name": "bad/deep", "inputs": {"a": {"dtype": "int8", "shape": [2]}}, "steps": steps}
open(sys.argv[1], "w").write(json.dumps(case) + "\n")
PY
out=$("$ndp" run --report "$tmp/r4" "$tmp/deep.jsonl" 2>&1); code=$?
[[ $code -eq 2 ]] || fail "deep pipeline: exit $code, want 2: $out"
grep -q 'stages deep here; at most 256' <<<"$out" || fail "deep pipeline not explained: $out"

# a fn body naming a component the elements do not have: input error
printf '%s\n' '{"ndparity":1,"name":"bad/component","inputs":{"a":{"dtype":"int8","shape":[2,2]}},"steps":[{"id":"ds","op":"from_tensor_slices","args":["a"]},{"id":"m","op":"map","args":["ds"],"fn":[{"id":"r","op":"negative","args":["$1"]}],"result":"r"}]}' > "$tmp/comp.jsonl"
out=$("$ndp" run --report "$tmp/r5" "$tmp/comp.jsonl" 2>&1); code=$?
[[ $code -eq 2 ]] || fail "component out of range: exit $code, want 2: $out"
grep -q '"\$1" names a component, but the elements of "ds" have 1' <<<"$out" || fail "component error not explained: $out"

# usage errors: exit 2
"$ndp" check --backend nosuch "$tmp/good" >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "unknown backend: want exit 2"
"$ndp" check --frobnicate >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "unknown option: want exit 2"
"$ndp" check --backend oracle "$tmp/does-not-exist" >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "missing path: want exit 2"
"$ndp" check --help | grep -q "usage: ndparity check" || fail "--help"
"$ndp" --help | grep -q "commands:" || fail "top-level --help"
echo "check_exit_codes: all passed"
