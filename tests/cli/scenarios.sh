#!/usr/bin/env bash
# The seed scenarios (cases/scenarios): with ref no divergence; with ref:tf
# the mixed-dtype steps of S1 are error-mismatches naming both dtypes, S0c's
# broadcast errors agree, S0a is a shape-loss, S2a silent casts, S0b a note,
# S2c's copies are counted, S3's NumPy program fails in TF and S4 is a
# copy-overhead at the map step.
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
/usr/bin/python3 - "$tmp/tf/report.json" <<'PY' || fail "S0b, S2c, S3 or S4 are not reported as expected under ref:tf"
import json, sys
r = json.load(open(sys.argv[1]))
res = {x["case"]: x for x in r["results"]}
def divs(name):
    return [(d["kind"], d["step"], d["message"]) for d in res[name].get("divergences", [])]
# S0b: a data-dependent leading dimension is an inherent partial shape: a note, no divergence.
x = res["scenarios/S0b-data-dependent-length"]
assert x["status"] == "pass", divs("scenarios/S0b-data-dependent-length")
assert len(x["notes"]) == 1 and "inherent partial shape" in x["notes"][0] and "step ds (from_generator)" in x["notes"][0], x.get("notes")
# S2c: both paths copy the array (1000 x 256 float32) once into the dataset; NumPy none.
for name in ("scenarios/S2c-slices-of-numpy-array", "scenarios/S2c-slices-after-from-numpy"):
    assert res[name]["status"] == "pass", divs(name)
    assert res[name]["bytes_copied"] == {"engine": 1024000, "oracle": 0}, (name, res[name].get("bytes_copied"))
# S3: the NumPy program (uint8 / 255.0) fails in TensorFlow; the TF program and np.max agree.
d = divs("scenarios/S3-numpy-normalize-uint8")
assert len(d) == 1 and d[0][0] == "error-mismatch" and d[0][1] == "norm" and "uint8 / py-float" in d[0][2] and "float64" in d[0][2], d
assert res["scenarios/S3-float32-first-normalize"]["status"] == "pass", divs("scenarios/S3-float32-first-normalize")
assert res["scenarios/S3-max-of-a-tensor"]["status"] == "pass", divs("scenarios/S3-max-of-a-tensor")
# S4: to_numpy inside map copies every element in TF, NumPy makes views.
d = divs("scenarios/S4-to-numpy-in-map")
assert d == [("copy-overhead", "m", "to_numpy inside map (step m): the engine copies 400 bytes per element (3200 in all) where NumPy copies none (views)")], d
d = divs("scenarios/S4-to-numpy-in-map-batched")
assert d == [("copy-overhead", "m", "to_numpy inside map (step m): the engine copies 1600 bytes per element (3200 in all) where NumPy copies none (views)")], d
PY
grep -q "note  scenarios/S0b-data-dependent-length: step ds (from_generator).*inherent partial shape" <<<"$out" ||
  fail "S0b's note is not in the on-screen summary: $out"
out=$("$ndp" check --backend oracle --report "$tmp/chk" "$src/cases/scenarios" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "the oracle does not meet the scenarios' NumPy expectations: exit $code: $out"
echo "scenarios: S0c agrees (both fail with broadcast), S1's mixed dtypes diverge under ref:tf; S0a shape-loss, S2a silent casts, S2b agrees; S0b a note, S2c bytes, S3, S4 copy-overhead"
