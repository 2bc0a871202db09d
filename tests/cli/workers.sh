#!/usr/bin/env bash
# Worker processes, isolation and shards: -j N gives the same results as a
# run in one process; --shard K/N splits a corpus with no overlap and no gap;
# a backend that crashes (a signal) or hangs (--timeout) costs one case,
# recorded as crash or timeout, and the run goes on; bad values are usage
# errors.
# Usage: workers.sh NDPARITY SOURCE_DIR
set -uo pipefail
ndp=${1:?ndparity binary}
src=${2:?source dir}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$src" || exit 1
names() { /usr/bin/python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
for x in r["results"]:
    print("%s %s" % (x["case"], x["status"]))' "$1" | sort; }

# --- -j: the same results as in one process
"$ndp" run --quiet --report "$tmp/one" cases/golden cases/scenarios >/dev/null || fail "run in one process"
"$ndp" run --quiet -j 2 --report "$tmp/two" cases/golden cases/scenarios >/dev/null || fail "run -j 2"
names "$tmp/one/report.json" >"$tmp/one.txt"
names "$tmp/two/report.json" >"$tmp/two.txt"
[[ $(wc -l <"$tmp/one.txt") -gt 5000 ]] || fail "too few cases: $(wc -l <"$tmp/one.txt")"
cmp -s "$tmp/one.txt" "$tmp/two.txt" || fail "-j 2 results differ from one process: $(diff "$tmp/one.txt" "$tmp/two.txt" | head -5)"

# --- shards: disjoint, and together the whole corpus (also with -j)
: >"$tmp/shards.txt"
for k in 1 2 3; do
  "$ndp" run --quiet --shard "$k/3" $([[ $k -eq 2 ]] && echo -j2) --report "$tmp/s$k" cases/golden cases/scenarios >/dev/null ||
    fail "shard $k/3"
  names "$tmp/s$k/report.json" >>"$tmp/shards.txt"
  n=$(names "$tmp/s$k/report.json" | wc -l)
  [[ $n -gt 1500 && $n -lt 2000 ]] || fail "shard $k/3 has $n cases"
done
sort "$tmp/shards.txt" | cmp -s - "$tmp/one.txt" || fail "the shards do not add up to the corpus"

# --- crash and hang isolation (test-only backends)
cat >"$tmp/iso.jsonl" <<'JSONL'
{"ndparity": 1, "name": "iso/ok-1", "inputs": {"a": {"dtype": "int8", "shape": [3]}}, "steps": [{"id": "r", "op": "add", "args": ["a", "a"]}]}
{"ndparity": 1, "name": "iso/crashes", "inputs": {"a": {"dtype": "int8", "shape": [3]}}, "steps": [{"id": "crash", "op": "negative", "args": ["a"]}]}
{"ndparity": 1, "name": "iso/ok-2", "inputs": {"a": {"dtype": "float32", "shape": [2, 2]}}, "steps": [{"id": "r", "op": "sum", "args": ["a"]}]}
{"ndparity": 1, "name": "iso/hangs", "inputs": {"a": {"dtype": "int8", "shape": [3]}}, "steps": [{"id": "hang", "op": "negative", "args": ["a"]}]}
{"ndparity": 1, "name": "iso/ok-3", "inputs": {"a": {"dtype": "int16", "shape": [4]}}, "steps": [{"id": "r", "op": "multiply", "args": ["a", {"int": 3}]}]}
JSONL
export NDP_TEST_BACKENDS=1
out=$("$ndp" run --engine test:crash -j 2 --report "$tmp/crash" "$tmp/iso.jsonl" 2>&1); code=$?
[[ $code -eq 1 ]] || fail "a crash should exit 1, got $code: $out"
/usr/bin/python3 - "$tmp/crash/report.json" <<'PY' || fail "the crash is not recorded as one case: $out"
import json, sys
r = json.load(open(sys.argv[1]))
st = {x["case"]: x["status"] for x in r["results"]}
assert st == {"iso/ok-1": "pass", "iso/crashes": "crash", "iso/ok-2": "pass", "iso/hangs": "pass",
              "iso/ok-3": "pass"}, st
assert r["summary"]["crashed"] == 1, r["summary"]
d = [x for x in r["results"] if x["status"] == "crash"][0]
assert d["divergences"][0]["kind"] == "crash", d
assert "signal 11" in d["divergences"][0]["message"], d
assert d["reproducer"]["replay"].startswith("ndparity replay "), d
PY
grep -q "crashed: 1, timed out: 0" <<<"$out" || fail "no crash line in the summary: $out"
start=$(date +%s)
out=$("$ndp" run --engine test:hang --timeout 300 --report "$tmp/hang" "$tmp/iso.jsonl" 2>&1); code=$?
[[ $code -eq 1 ]] || fail "a hang should exit 1, got $code: $out"
[[ $(( $(date +%s) - start )) -lt 20 ]] || fail "the hang was not cut at the timeout"
/usr/bin/python3 - "$tmp/hang/report.json" <<'PY' || fail "the hang is not recorded as one timeout: $out"
import json, sys
r = json.load(open(sys.argv[1]))
st = {x["case"]: x["status"] for x in r["results"]}
assert st == {"iso/ok-1": "pass", "iso/crashes": "pass", "iso/ok-2": "pass", "iso/hangs": "timeout",
              "iso/ok-3": "pass"}, st
assert r["summary"]["timed_out"] == 1, r["summary"]
PY
# crashes among generated cases, whose passes workers send in batches: every
# case counted once, the same crashes with one worker or two
for j in 1 2; do
  NDP_TEST_CRASH_OP=logical_xor "$ndp" run --quiet --engine test:crash -j $j --fuzz 3000 --seed 4 \
    --report "$tmp/fz$j" >/dev/null 2>&1
  [[ $? -eq 1 ]] || fail "crashing generated cases with -j $j should exit 1"
done
/usr/bin/python3 - "$tmp/fz1/report.json" "$tmp/fz2/report.json" <<'PY' || fail "crashes among generated cases"
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
for r in (a, b):
    s = r["summary"]
    assert s["cases"] == 3000, s
    assert s["crashed"] > 5, s
    assert s["passed"] + s["crashed"] + s["diverged"] + s["expect_failed"] == 3000, s
crashed = lambda r: sorted(x["case"] for x in r["results"] if x["status"] == "crash")
assert crashed(a) == crashed(b), (crashed(a)[:5], crashed(b)[:5])
assert a["summary"]["passed"] == b["summary"]["passed"]
PY
# generated cases: the same seed, the same cases, whatever -j and --shard
"$ndp" run --quiet --fuzz 2000 --seed 9 --report "$tmp/g1" >/dev/null || fail "fuzz run"
"$ndp" run --quiet -j 2 --fuzz 2000 --seed 9 --report "$tmp/g2" >/dev/null || fail "fuzz run -j 2"
for f in g1 g2; do
  /usr/bin/python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
assert s["cases"] == 2000 and s["passed"] == 2000 and s["passed_unlisted"] == 2000, s' "$tmp/$f/report.json" ||
    fail "fuzz summary $f"
done
unset NDP_TEST_BACKENDS

# --- bad values
for bad in "-j 0" "-j 65" "--shard 3/2" "--shard 0/2" "--shard x" "--timeout -1" "--fuzz -5" "-j x"; do
  # shellcheck disable=SC2086
  "$ndp" run $bad --report "$tmp/bad" cases/scenarios >/dev/null 2>&1
  [[ $? -eq 2 ]] || fail "run $bad should be a usage error"
done
echo "workers, shards, crash and hang isolation: ok"
