#!/usr/bin/env bash
# ndparity minimize: a divergence of the scenarios, a crash of a generated
# case and a hang shrink to one step whose run still shows the same
# fingerprint (or crash, or timeout); a case without a divergence is
# refused.
# Usage: minimize.sh NDPARITY SOURCE_DIR
set -uo pipefail
ndp=${1:?ndparity binary}
src=${2:?source dir}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$src" || exit 1
fp_of() { /usr/bin/python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print(" ".join(sorted({d["fingerprint"] for x in r["results"] for d in x["divergences"]})))' "$1"; }

# a dataset divergence (S0a's shape-loss at numpy_function) and a promotion one (S1)
for spec in "s0a-s2.jsonl scenarios/S0a-numpy-function-reshape" "s0c-s1.jsonl scenarios/S1-int32-plus-int64-constant"; do
  set -- $spec
  "$ndp" run --quiet --engine ref:tf --report "$tmp/orig" "cases/scenarios/$1" >/dev/null
  out=$("$ndp" minimize "cases/scenarios/$1" --case "$2" --engine ref:tf --out "$tmp/min.jsonl" 2>&1); code=$?
  [[ $code -eq 0 ]] || fail "minimize $2: exit $code: $out"
  grep -q "^minimized $2, keeping [0-9a-f]\{16\} at step" <<<"$out" || fail "minimize $2 says: $out"
  fp=$(sed -n 's/.*keeping \([0-9a-f]\{16\}\).*/\1/p' <<<"$out")
  grep -q "$fp" <<<"$(fp_of "$tmp/orig/report.json")" || fail "minimize kept a fingerprint the case did not have"
  tail -1 "$tmp/min.jsonl" >"$tmp/one.jsonl"
  "$ndp" run --quiet --engine ref:tf --report "$tmp/again" "$tmp/one.jsonl" >/dev/null
  [[ $(fp_of "$tmp/again/report.json") == *"$fp"* ]] || fail "the minimized $2 lost $fp: $(cat "$tmp/one.jsonl")"
done
/usr/bin/python3 - "$tmp/min.jsonl" <<'PY' || fail "the minimized cases are not small"
import json, sys
for line in open(sys.argv[1]):
    c = json.loads(line)
    assert c["name"].endswith("-min"), c["name"]
    assert "expect" not in c, c
    n = 1
    for x in c["inputs"].values():
        for d in x["shape"]:
            n *= d
    assert len(c["steps"]) <= 2 and n <= 10, c
PY
# a crash of a generated case (test-only backend)
out=$(NDP_TEST_BACKENDS=1 NDP_TEST_CRASH_OP=logical_xor "$ndp" minimize --fuzz 4/16 --engine test:crash 2>"$tmp/err"); code=$?
[[ $code -eq 0 ]] || fail "minimize of a crash: exit $code: $(cat "$tmp/err")"
grep -q "keeping crash" "$tmp/err" || fail "the crash was not kept: $(cat "$tmp/err")"
/usr/bin/python3 -c '
import json, sys
c = json.loads(sys.argv[1])
assert [s["op"] for s in c["steps"]] == ["logical_xor"], c' "$out" || fail "the crash minimized to: $out"
# a hang
printf '%s\n' '{"ndparity": 1, "name": "h", "inputs": {"a": {"dtype": "int16", "shape": [3, 4]}}, "steps": [{"id": "b", "op": "add", "args": ["a", "a"]}, {"id": "hang", "op": "negative", "args": ["b"]}, {"id": "c", "op": "sum", "args": ["hang"]}]}' >"$tmp/h.jsonl"
out=$(NDP_TEST_BACKENDS=1 "$ndp" minimize "$tmp/h.jsonl" --engine test:hang --timeout 300 2>"$tmp/err"); code=$?
[[ $code -eq 0 ]] && grep -q "keeping timeout" "$tmp/err" || fail "minimize of a hang: exit $code: $(cat "$tmp/err")"
# refusals
out=$("$ndp" minimize cases/scenarios/s3.jsonl --case scenarios/S3-numpy-normalize-uint8 2>&1); code=$?
[[ $code -eq 2 ]] && grep -q "shows no divergence" <<<"$out" || fail "a case without divergence: exit $code: $out"
out=$("$ndp" minimize 2>&1); [[ $? -eq 2 ]] || fail "minimize without a case"
"$ndp" minimize --help | grep -q "usage: ndparity minimize" || fail "minimize --help"
echo "minimize: ok"
