#!/usr/bin/env bash
# ndparity replay reproduces every divergence of a report (the report's own
# replay command, run as printed); its errors are clear; a long run shows a
# progress line only on a terminal; Ctrl-C (SIGINT) leaves valid reports of
# the cases that finished.
# Usage: replay_and_long_runs.sh NDPARITY SOURCE_DIR
set -uo pipefail
ndp=${1:?ndparity binary}
src=${2:?source dir}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$src" || exit 1

# --- replay: every divergence of the ref:tf scenario report, by its own command
"$ndp" run --engine ref:tf --quiet --report "$tmp/tf" cases/scenarios >/dev/null
[[ $? -eq 1 ]] || fail "ref:tf on the scenarios should diverge"
/usr/bin/python3 - "$tmp/tf/report.json" >"$tmp/replays" <<'PY' || fail "no reproducers in the report"
import json, sys
r = json.load(open(sys.argv[1]))
n = 0
for x in r["results"]:
    if x["status"] != "diverged":
        continue
    cmd = x["reproducer"]["replay"]
    assert cmd.startswith("ndparity replay "), cmd
    for d in x["divergences"]:
        print("%s\t%s" % (cmd[len("ndparity "):], d["fingerprint"]))
        n += 1
assert n >= 9, n
PY
while IFS=$'\t' read -r cmd fp; do
  out=$(eval "\"\$ndp\" $cmd" 2>&1); code=$?
  [[ $code -eq 1 ]] || fail "replay exit $code, want 1: $cmd: $out"
  grep -q "=> .* $fp: " <<<"$out" || fail "replay of $cmd does not show fingerprint $fp: $out"
  grep -q "^  result " <<<"$out" || fail "replay of $cmd has no side-by-side rows: $out"
done <"$tmp/replays"

# the uint8 / 255.0 step side by side: the engine's error, NumPy's float64
out=$("$ndp" replay cases/scenarios/s3.jsonl --case scenarios/S3-numpy-normalize-uint8 --engine ref:tf 2>&1)
grep -q "^  dtype            ! -  *float64$" <<<"$out" || fail "replay does not mark the dtype row: $out"
grep -q "^  view or copy     ! -  *copy$" <<<"$out" || fail "replay does not show view or copy: $out"
grep -q "engine: error type: Cannot convert 255.0" <<<"$out" || fail "replay does not show the engine's error: $out"
# agreeing backends: exit 0, no mark
out=$("$ndp" replay cases/scenarios/s3.jsonl --case scenarios/S3-numpy-normalize-uint8 --engine ref 2>&1)
[[ $? -eq 0 ]] || fail "replay with ref should agree: $out"
grep -q "^no divergence$" <<<"$out" || fail "replay with ref: $out"
# errors
out=$("$ndp" replay cases/scenarios/s0a-s2.jsonl 2>&1); code=$?
[[ $code -eq 2 ]] || fail "replay of a many-case file without --case: exit $code"
grep -q "holds 5 cases: say which with --case" <<<"$out" || fail "no case list: $out"
grep -q "^  scenarios/S2b-generator-wrong-shape$" <<<"$out" || fail "the case list lacks a name: $out"
out=$("$ndp" replay cases/scenarios/s3.jsonl --case nope 2>&1); code=$?
[[ $code -eq 2 ]] && grep -q 'no case named "nope"' <<<"$out" || fail "unknown case: exit $code: $out"
out=$("$ndp" replay "$tmp/missing.json" 2>&1); code=$?
[[ $code -eq 2 ]] || fail "missing file: exit $code: $out"
printf '{"ndparity": 1, "name": "bad", "inputs": {}, "steps": [{"id": "r", "op": "addd"}]}\n' >"$tmp/bad.jsonl"
out=$("$ndp" replay "$tmp/bad.jsonl" 2>&1); code=$?
[[ $code -eq 2 ]] || fail "malformed case: exit $code: $out"
grep -q "bad.jsonl:1:.*unknown op" <<<"$out" || fail "malformed case not located: $out"
out=$("$ndp" replay --bogus 2>&1); [[ $? -eq 2 ]] || fail "bad option accepted"
"$ndp" replay --help | grep -q "usage: ndparity replay" || fail "replay --help"

# --- progress: on a terminal only
out=$(script -qec "\"$ndp\" run --engine ref --report \"$tmp/p1\" cases/golden" /dev/null 2>&1)
grep -q "cases  [0-9]*/s" <<<"$out" || fail "no progress line on a terminal: $out"
"$ndp" run --engine ref --report "$tmp/p2" cases/golden >/dev/null 2>"$tmp/err"
[[ ! -s "$tmp/err" ]] || fail "progress or other text on a non-terminal stderr: $(head -c 300 "$tmp/err")"

# --- Ctrl-C: the finished cases are reported, atomically
NDP_TEST_BACKENDS=1 "$ndp" run --engine test:slow --quiet --report "$tmp/int" cases/golden \
  >"$tmp/int.out" 2>"$tmp/int.err" &
pid=$!
for _ in $(seq 100); do
  sleep 0.1
  [[ -e "$tmp/int" ]] && break
done
sleep 1
kill -INT "$pid"
wait "$pid"; code=$?
[[ $code -eq 130 ]] || fail "interrupted run: exit $code, want 130: $(cat "$tmp/int.err")"
grep -q "interrupted (signal 2) after [0-9]* cases" "$tmp/int.err" || fail "no interruption message: $(cat "$tmp/int.err")"
/usr/bin/python3 - "$tmp/int/report.json" <<'PY' || fail "the interrupted run's report is not valid"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["interrupted"] is True, r["interrupted"]
n = r["summary"]["cases"]
assert 0 < n < 5000, n
assert len(r["results"]) == n, (len(r["results"]), n)
PY
[[ -s "$tmp/int/report.html" && -s "$tmp/int/junit.xml" ]] || true
ls -a "$tmp/int" | grep -q '\.tmp$' && fail "temporary files left behind: $(ls -a "$tmp/int")"
echo "replay, progress and interruption: ok"
