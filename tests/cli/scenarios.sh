#!/usr/bin/env bash
# The seed scenarios that need no dataset pipeline (cases/scenarios): with
# ref no divergence; with ref:tf the mixed-dtype steps of S1 are
# error-mismatches naming both dtypes, and S0c's broadcast errors agree.
# Usage: scenarios.sh NDPARITY SOURCE_DIR
set -uo pipefail
ndp=${1:?ndparity binary}
src=${2:?source dir}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
out=$("$ndp" run --engine ref --report "$tmp/ref" --cases "$src/cases/scenarios" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "ref on the scenarios: exit $code, want 0: $out"
out=$("$ndp" run --engine ref:tf --report "$tmp/tf" --cases "$src/cases/scenarios" 2>&1); code=$?
[[ $code -eq 1 ]] || fail "ref:tf on the scenarios: exit $code, want 1: $out"
grep -q "int32 + int64: engine fails with type (TensorFlow does not promote int32 with int64" <<<"$out" ||
  fail "S1's int32 + int64 is not reported as TensorFlow's missing promotion: $out"
grep -q "int32 \* float64: engine fails with type" <<<"$out" || fail "S1's int32 * float64 is not reported: $out"
/usr/bin/python3 - "$tmp/tf/report.json" <<'PY' || fail "S0c or S1-matching diverged under ref:tf"
import json, sys
r = json.load(open(sys.argv[1]))
st = {x["case"]: x["status"] for x in r["results"]}
assert st["scenarios/S0c-mask-plus-3"] == "pass", st
assert st["scenarios/S1-matching-dtypes-agree"] == "pass", st
PY
/usr/bin/python3 - "$tmp/tf/report.json" <<'PY' || fail "the dataset scenarios (S0a, S2a, S2b) are not reported as expected under ref:tf"
import json, sys
r = json.load(open(sys.argv[1]))
res = {x["case"]: x for x in r["results"]}
def divs(name):
    return [(d["kind"], d["step"], d["message"]) for d in res[name].get("divergences", [])]
# S0a: the numpy_function's static shape is unknown, every element is (10, 400) at run time.
d = divs("scenarios/S0a-numpy-function-reshape")
assert len(d) == 1 and d[0][0] == "shape-loss" and d[0][1] == "flat", d
assert "set_shape([10, 400])" in d[0][2], d
eng = res["scenarios/S0a-numpy-function-reshape"]["divergences"][0]["engine"]
assert eng["element_spec"] == [{"dtype": "int32", "shape": None}] and eng["count"] == 3, eng
assert res["scenarios/S0a-numpy-function-reshape-declared"]["status"] == "pass", divs("scenarios/S0a-numpy-function-reshape-declared")
# S2a: from_generator's silent casts.
d = divs("scenarios/S2a-generator-uint8-as-float32")
assert [k for k, _, _ in d] == ["type-mismatch"] and "silent cast uint8 -> float32 (lossless)" in d[0][2], d
d = divs("scenarios/S2a-generator-float64-as-float32")
assert [k for k, _, _ in d] == ["type-mismatch"] and "silent cast float64 -> float32 (lossy)" in d[0][2], d
# S2b: both sides fail with shape.
assert res["scenarios/S2b-generator-wrong-shape"]["status"] == "pass", divs("scenarios/S2b-generator-wrong-shape")
PY
out=$("$ndp" check --backend oracle --report "$tmp/chk" "$src/cases/scenarios" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "the oracle does not meet the scenarios' NumPy expectations: exit $code: $out"
echo "scenarios: S0c agrees (both fail with broadcast), S1's mixed dtypes diverge under ref:tf; S0a shape-loss, S2a silent casts, S2b agrees"
