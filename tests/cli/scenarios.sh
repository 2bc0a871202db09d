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
echo "scenarios: S0c agrees (both fail with broadcast), S1's mixed dtypes diverge under ref:tf"
