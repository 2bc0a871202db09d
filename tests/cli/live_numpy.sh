#!/usr/bin/env bash
# The live numpy backend through the command line: real NumPy 1.24 (weak
# promotion) meets every expectation of the corpora, the C oracle agrees
# with it (the only divergences allowed are the values NumPy leaves to the
# platform, which no case pins), worker processes each start their own
# interpreter, and `capture` regenerates the golden expectations exactly.
# Skips (exit 0) when this ndparity was built without Python.
# Usage: live_numpy.sh NDPARITY SOURCE_DIR
set -uo pipefail
ndp=${1:?ndparity binary}
src=${2:?source dir}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# CPython keeps its interpreter-wide allocations until exit (never
# finalised): an ASan build's LeakSanitizer is told about them only.
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$src/live/lsan.supp:print_suppressions=0}"

corpora=("$src/cases/golden" "$src/cases/scenarios")
[[ -d "$src/../shared/cases-sample" ]] && corpora+=("$src/../shared/cases-sample")

# 0. available?
echo '{"ndparity": 1, "name": "probe", "inputs": {}, "steps": [{"id": "r", "op": "add", "args": [{"int": 1}, {"int": 2}]}], "expect": {"r": {"dtype": "int64", "data": [3]}}}' >"$tmp/probe.jsonl"
out=$("$ndp" check --backend numpy --report "$tmp/probe" "$tmp/probe.jsonl" 2>&1); code=$?
if grep -q "the numpy backend is not available" <<<"$out"; then
  echo "SKIP: $out"
  exit 0
fi
[[ $code -eq 0 ]] || fail "the probe case on numpy (exit $code): $out"

# 1. real NumPy meets every expectation of the corpora
out=$("$ndp" check --quiet --backend numpy --report "$tmp/check" "${corpora[@]}" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "check --backend numpy (exit $code): $out"
grep -qE "^ndparity check --backend numpy: [0-9]+ cases, [0-9]+ passed, 0 expect-failed, 0 input errors" <<<"$out" ||
  fail "check --backend numpy: $out"

# 2. in worker processes too (each initialises Python after the fork)
out=$("$ndp" check --quiet --backend numpy -j 2 --report "$tmp/check-j" "$src/cases/golden" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "check --backend numpy -j 2 (exit $code): $out"

# 3. the oracle is NumPy: its only divergences are values of float -> integer
#    conversions NumPy leaves to the platform (tagged platform-defined, never
#    pinned by the corpus)
out=$("$ndp" run --quiet --engine oracle --oracle numpy --report "$tmp/run" "${corpora[@]}" 2>&1); code=$?
[[ $code -le 1 ]] || fail "run --engine oracle --oracle numpy (exit $code): $out"
/usr/bin/python3 - "$tmp/run/report.json" <<'PY' || fail "oracle vs numpy: $out"
import json, sys
r = json.load(open(sys.argv[1]))
bad = []
for x in r["results"]:
    if x["status"] == "pass":
        continue
    tags = json.loads(x.get("reproducer", {}).get("case_json", "{}")).get("tags", [])
    kinds = {d["kind"] for d in x.get("divergences", [])}
    if x["status"] != "diverged" or x.get("expect_failures") or kinds != {"value-mismatch"} \
            or "platform-defined" not in tags:
        bad.append("%s: %s %s" % (x["case"], x["status"],
                                  [d["message"] for d in x.get("divergences", [])][:2]))
assert not bad, "\n".join(bad[:20])
PY

# 4. capture: real NumPy's answers become the expectations again, exactly the
#    committed ones; the oracle passes them; capturing the capture changes
#    nothing
out=$("$ndp" capture --backend numpy --out "$tmp/cap" "$src/cases/golden" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "capture (exit $code): $out"
grep -qE "^ndparity capture --backend numpy: [0-9]+ cases captured into 15 files under" <<<"$out" ||
  fail "capture: $out"
out=$("$ndp" check --quiet --backend oracle --report "$tmp/check-cap" "$tmp/cap" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "check --backend oracle on the captured corpus (exit $code): $out"
/usr/bin/python3 - "$src/cases/golden" "$tmp/cap" "$src/tools" <<'PY' || fail "captured vs committed golden expectations"
import json, os, sys
sys.path.insert(0, sys.argv[3])
import ndp_numpy as ndp  # noqa: E402
import numpy as np  # noqa: E402

def exact(e):
    """An expectation with its data as the bytes of its dtype (exact)."""
    e = dict(e)
    if "data" in e:
        dt = np.dtype(e["dtype"])
        with np.errstate(all="ignore"):
            e["data"] = np.array([ndp.parse_value(v, dt, "data") for v in e["data"]],
                                 dtype=dt).tobytes()
    return e

a_root, b_root = sys.argv[1], sys.argv[2]
n = 0
for name in sorted(os.listdir(a_root)):
    la = open(os.path.join(a_root, name)).read().split("\n")
    lb = open(os.path.join(b_root, name)).read().split("\n")
    assert len(la) == len(lb), (name, len(la), len(lb))
    for i, (x, y) in enumerate(zip(la, lb), 1):
        if not x.strip() or x.startswith("//"):
            assert x == y, (name, i, "comment or blank line changed")
            continue
        ca, cb = json.loads(x), json.loads(y)
        ea, eb = ca.pop("expect"), cb.pop("expect")
        assert list(ca) == list(cb) and ca == cb, (name, i, "keys other than expect changed")
        assert list(ea) == list(eb), (name, i, sorted(ea), sorted(eb))
        for sid in ea:
            assert exact(ea[sid]) == exact(eb[sid]), (name, i, ca["name"], sid, ea[sid], eb[sid])
        n += 1
assert n > 5000, n
PY
out=$("$ndp" capture --quiet --backend numpy --out "$tmp/cap2" "$tmp/cap" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "capture of the capture (exit $code): $out"
diff -r "$tmp/cap" "$tmp/cap2" >/dev/null || fail "capturing a captured corpus changed it"

# 5. a helper module that is not there is a clear usage error
out=$(NDP_LIVE_PY=/nonexistent "$ndp" check --backend numpy --report "$tmp/x" "$tmp/probe.jsonl" 2>&1); code=$?
[[ $code -eq 2 ]] || fail "a missing helper module should be exit 2, got $code: $out"
grep -q "the numpy backend cannot run: cannot import ndp_live.py from /nonexistent" <<<"$out" ||
  fail "a missing helper module: $out"
echo "ok"
