#!/usr/bin/env bash
# A user's library as a plugin (examples/plugin/toy_engine.c, built beside
# ndparity): loaded with --engine plugin:PATH.so, its real divergences
# reported (its result takes the first operand's dtype), what it lacks
# reported as unsupported; a plugin built for another ABI version, a shared
# object that is not a plugin and a missing file are refused clearly.
# Usage: plugin.sh NDPARITY SOURCE_DIR
set -uo pipefail
ndp=${1:?ndparity binary}
src=${2:?source dir}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
plugin="$(dirname "$ndp")/examples/toy_engine.so"
old="$(dirname "$ndp")/examples/toy_engine_abi0.so"
[[ -f "$plugin" && -f "$old" ]] || fail "the example plugins are not built next to $ndp"
cat >"$tmp/toy.jsonl" <<'JSONL'
{"ndparity": 1, "name": "toy/same-dtypes", "inputs": {"a": {"dtype": "int32", "shape": [2, 3], "data": [1, -2, 3, 2147483647, 5, 6]}}, "steps": [{"id": "r", "op": "add", "args": ["a", "a"]}], "expect": {"r": {"dtype": "int32", "shape": [2, 3], "data": [2, -4, 6, -2, 10, 12]}}}
{"ndparity": 1, "name": "toy/int8-plus-uint8", "inputs": {"a": {"dtype": "int8", "shape": [3], "data": [1, -2, 127]}, "b": {"dtype": "uint8", "shape": [3], "data": [1, 2, 255]}}, "steps": [{"id": "r", "op": "add", "args": ["a", "b"]}]}
{"ndparity": 1, "name": "toy/no-sqrt", "inputs": {"a": {"dtype": "float32", "shape": [2]}}, "steps": [{"id": "r", "op": "sqrt", "args": ["a"]}]}
JSONL
out=$("$ndp" run --engine "plugin:$plugin" --report "$tmp/r" "$tmp/toy.jsonl" 2>&1); code=$?
[[ $code -eq 1 ]] || fail "toy should diverge (exit 1), got $code: $out"
grep -q "int8 + uint8: engine gives int8, NumPy gives int16" <<<"$out" || fail "toy's promotion bug is not reported: $out"
/usr/bin/python3 - "$tmp/r/report.json" <<'PY' || fail "the report of the toy run: $out"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["engine"].startswith("plugin:"), r["engine"]
st = {x["case"]: (x["status"], [d["kind"] for d in x["divergences"]]) for x in r["results"]}
assert st["toy/same-dtypes"] == ("pass", []), st
assert st["toy/int8-plus-uint8"][1] == ["type-mismatch"], st
assert st["toy/no-sqrt"][1] == ["unsupported"], st
PY
# check mode: the plugin alone against expectations
out=$("$ndp" check --backend "plugin:$plugin" --report "$tmp/c" "$tmp/toy.jsonl" 2>&1)
grep -q "3 cases, 3 passed" <<<"$out" || grep -q "3 cases" <<<"$out" || fail "check with a plugin: $out"
# refusals
out=$("$ndp" run --engine "plugin:$old" --report "$tmp/o" "$tmp/toy.jsonl" 2>&1); code=$?
[[ $code -eq 2 ]] || fail "an old-ABI plugin should be refused (exit 2), got $code: $out"
grep -q "was built for backend ABI version 0, but this ndparity has version 1: rebuild it" <<<"$out" ||
  fail "the ABI refusal does not say why: $out"
notplugin=$(ls /usr/lib/x86_64-linux-gnu/libjansson.so* 2>/dev/null | head -1)
if [[ -n "$notplugin" ]]; then
  out=$("$ndp" run --engine "plugin:$notplugin" --report "$tmp/n" "$tmp/toy.jsonl" 2>&1); code=$?
  [[ $code -eq 2 ]] && grep -q "is not an ndparity backend: it does not export ndp_plugin_abi_version" <<<"$out" ||
    fail "a shared object that is not a plugin: exit $code: $out"
fi
out=$("$ndp" run --engine "plugin:$tmp/missing.so" --report "$tmp/m" "$tmp/toy.jsonl" 2>&1); code=$?
[[ $code -eq 2 ]] && grep -q "cannot be loaded" <<<"$out" || fail "a missing plugin: exit $code: $out"
out=$("$ndp" run --engine "nope" --report "$tmp/m" "$tmp/toy.jsonl" 2>&1)
grep -q "plugin:PATH.so" <<<"$out" || fail "the unknown-backend message does not mention plugins: $out"
echo "plugins: ok"
