#!/usr/bin/env bash
# Baselines end to end through the real command line: run --baseline gates on
# regressions only (new fingerprints, or more bytes copied than the baseline
# beyond --copy-tolerance), lists them and the fixes in report.json and on
# stdout, ndparity diff agrees with the runs, and junit.xml validates against
# reports/schema/junit.xsd with failures only for regressions.
# Usage: baseline_gate.sh NDPARITY SOURCE_DIR
set -uo pipefail
ndp=${1:?ndparity binary}
src=${2:?source directory}
py=/usr/bin/python3
scen="$src/cases/scenarios"
xsd="$src/reports/schema/junit.xsd"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# q FILE EXPR: a Python expression over the report r (json.load), printed;
# lists and sets are printed one item a line, sorted.
q() {
  "$py" - "$1" "$2" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
divs = [d for x in r["results"] for d in x["divergences"]]
v = eval(sys.argv[2])
if isinstance(v, (list, set)):
    for item in sorted(v):
        print(item)
else:
    print(v)
PY
}

out=$("$ndp" run --engine ref --oracle oracle --baseline "$tmp/none.json" --report "$tmp/probe" \
      "$scen" 2>&1)
grep -q 'not available yet' <<<"$out" && fail "ndparity run --baseline is not wired into the CLI yet: $out"

# (0) the baseline: ref on the scenarios, no divergences
out=$("$ndp" run --engine ref --oracle oracle --report "$tmp/ref" "$scen" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "ref run: exit $code, want 0: $out"
[[ $(q "$tmp/ref/report.json" 'len(divs)') == 0 ]] || fail "ref run has divergences"

# (1) ref:tf against the ref baseline: every divergence is a regression, exit 1
out1=$("$ndp" run --engine ref:tf --oracle oracle --baseline "$tmp/ref/report.json" \
       --report "$tmp/r1" "$scen" 2>&1); code=$?
[[ $code -eq 1 ]] || fail "(1) ref:tf against ref: exit $code, want 1: $out1"
r1="$tmp/r1/report.json"
[[ $(q "$r1" 'len(divs) > 0') == True ]] || fail "(1) ref:tf has no divergences"
[[ $(q "$r1" 'r["baseline"]') == "$tmp/ref/report.json" ]] || fail "(1) report.json lacks the baseline path"
[[ $(q "$r1" '{d["fingerprint"] for d in divs}') == "$(q "$r1" '[x["fingerprint"] for x in r["regressions"]]')" ]] ||
  fail "(1) regressions are not exactly the run's fingerprints, once each"
[[ $(q "$r1" '{x["reason"] for x in r["regressions"]}') == new ]] || fail "(1) a regression is not new"
[[ $(q "$r1" '{d["baseline"] for d in divs}') == new ]] || fail "(1) a divergence is not marked new"
[[ $(q "$r1" 'len(r["fixed"])') == 0 ]] || fail "(1) fixed should be empty"
[[ $(q "$r1" 'r["summary"]["regressions"] == len(r["regressions"])') == True ]] ||
  fail "(1) summary.regressions disagrees with the list"
[[ $(q "$r1" 'r["summary"]["known"]') == 0 ]] || fail "(1) summary.known should be 0"
[[ $(q "$r1" '[x["fingerprint"] for x in r["regressions"] if x["count"] != sum(d["fingerprint"] == x["fingerprint"] for d in divs)]') == "" ]] ||
  fail "(1) a regression's count is not its number of occurrences"
for fp in $(q "$r1" '[x["fingerprint"] for x in r["regressions"]]'); do
  grep -q "$fp" <<<"$out1" || fail "(1) regression $fp not on stdout: $out1"
done
grep -qi regression <<<"$out1" || fail "(1) stdout does not say regression: $out1"

# (2) ref:tf against its own report: all known, exit 0
out2=$("$ndp" run --engine ref:tf --oracle oracle --baseline "$r1" --report "$tmp/r2" "$scen" 2>&1)
code=$?
[[ $code -eq 0 ]] || fail "(2) ref:tf against itself: exit $code, want 0: $out2"
r2="$tmp/r2/report.json"
[[ $(q "$r2" 'len(r["regressions"]), len(r["fixed"])') == "(0, 0)" ]] ||
  fail "(2) regressions/fixed should be empty"
[[ $(q "$r2" '{d["baseline"] for d in divs}') == known ]] || fail "(2) a divergence is not known"
[[ $(q "$r2" 'r["summary"]["known"] > 0 and r["summary"]["regressions"] == 0') == True ]] ||
  fail "(2) summary: known should be > 0 and regressions 0"

# (3) ref against the ref:tf report: nothing new, everything fixed, exit 0
out3=$("$ndp" run --engine ref --oracle oracle --baseline "$r1" --report "$tmp/r3" "$scen" 2>&1)
code=$?
[[ $code -eq 0 ]] || fail "(3) ref against ref:tf: exit $code, want 0: $out3"
r3="$tmp/r3/report.json"
[[ $(q "$r3" 'len(r["regressions"])') == 0 ]] || fail "(3) regressions should be empty"
[[ $(q "$r3" '[x["fingerprint"] for x in r["fixed"]]') == "$(q "$r1" '{d["fingerprint"] for d in divs}')" ]] ||
  fail "(3) fixed is not every fingerprint of the baseline"
[[ $(q "$r3" 'r["summary"]["fixed"] == len(r["fixed"])') == True ]] || fail "(3) summary.fixed disagrees"
grep -qi fixed <<<"$out3" || fail "(3) stdout does not mention the fixes: $out3"

# (4) ndparity diff agrees with the runs
nreg=$(q "$r1" 'len(r["regressions"])')
d1=$("$ndp" diff "$tmp/ref/report.json" "$r1" 2>&1); code=$?
[[ $code -eq 1 ]] || fail "(4) diff ref r1: exit $code, want 1: $d1"
grep -q ": $nreg regressions, 0 fixed, 0 known$" <<<"$d1" || fail "(4) diff ref r1 header: $d1"
[[ $(awk '$1 == "regression" {print $3}' <<<"$d1" | sort) == "$(q "$r1" '[x["fingerprint"] for x in r["regressions"]]')" ]] ||
  fail "(4) diff ref r1 lists other regressions than the run: $d1"
d2=$("$ndp" diff "$r1" "$r2" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "(4) diff r1 r2: exit $code, want 0: $d2"
ndiv=$(q "$r2" 'len(divs)')
grep -q ": 0 regressions, 0 fixed, $ndiv known$" <<<"$d2" || fail "(4) diff r1 r2 header: $d2"
grep -q "^known: $ndiv$" <<<"$d2" || fail "(4) diff r1 r2 lacks known: $ndiv: $d2"
d3=$("$ndp" diff "$r1" "$r3" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "(4) diff r1 r3: exit $code, want 0: $d3"
nfix=$(q "$r3" 'len(r["fixed"])')
grep -q ": 0 regressions, $nfix fixed, 0 known$" <<<"$d3" || fail "(4) diff r1 r3 header: $d3"
[[ $(awk '$1 == "fixed" {print $3}' <<<"$d3" | sort) == "$(q "$r3" '[x["fingerprint"] for x in r["fixed"]]')" ]] ||
  fail "(4) diff r1 r3 lists other fixes than the run: $d3"
d4=$("$ndp" diff "$r1" "$tmp/absent.json" 2>&1); code=$?
[[ $code -eq 2 ]] || fail "(4) diff with a missing report: exit $code, want 2: $d4"
grep -q "absent.json" <<<"$d4" || fail "(4) the missing report is not named: $d4"

# (5) junit.xml: (1) validates and fails every diverged case; (2) has no failures
if command -v xmllint >/dev/null; then
  for r in r1 r2 r3; do
    xmllint --noout --schema "$xsd" "$tmp/$r/junit.xml" 2>"$tmp/lint" ||
      fail "(5) $r/junit.xml does not validate: $(cat "$tmp/lint")"
  done
  f1=$(xmllint --xpath 'string(/testsuites/@failures)' "$tmp/r1/junit.xml")
  [[ $f1 == "$(q "$r1" 'r["summary"]["diverged"]')" && $f1 -gt 0 ]] ||
    fail "(5) r1/junit.xml: $f1 failures, want one per diverged case"
  [[ $(xmllint --xpath 'string(/testsuites/@failures)' "$tmp/r2/junit.xml") == 0 ]] ||
    fail "(5) r2/junit.xml has failures"
  [[ $(xmllint --xpath 'count(//testcase[failure])' "$tmp/r2/junit.xml") == 0 ]] ||
    fail "(5) r2/junit.xml has failing testcases"
  [[ $(xmllint --xpath 'count(//testcase)' "$tmp/r2/junit.xml") == "$(q "$r2" 'r["summary"]["cases"]')" ]] ||
    fail "(5) r2/junit.xml: not one testcase per case"
else
  echo "note: xmllint not installed; junit.xml not validated"
fi

# copy-overhead: a baseline that copied half as many bytes
"$py" - "$r1" "$tmp/copy.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
n = 0
for x in r["results"]:
    for d in x["divergences"]:
        if d["kind"] == "copy-overhead":
            d["engine"]["bytes_copied"] //= 2
            n += 1
assert n > 0, "no copy-overhead divergence in the scenarios"
json.dump(r, open(sys.argv[2], "w"), indent=1)
PY
[[ $? -eq 0 ]] || fail "could not make the copy baseline"
out=$("$ndp" run --engine ref:tf --oracle oracle --baseline "$tmp/copy.json" --report "$tmp/c1" \
      "$scen" 2>&1); code=$?
[[ $code -eq 1 ]] || fail "more copies: exit $code, want 1: $out"
c1="$tmp/c1/report.json"
[[ $(q "$c1" '[(x["kind"], x["reason"]) for x in r["regressions"]]') == "('copy-overhead', 'more-copies')" ]] ||
  fail "more copies: want exactly one copy-overhead regression, reason more-copies: $(q "$c1" 'r["regressions"]')"
[[ $(q "$c1" '[x["bytes"] == 2 * x["baseline_bytes"] > 0 for x in r["regressions"]]') == True ]] ||
  fail "more copies: bytes should be twice baseline_bytes: $(q "$c1" 'r["regressions"]')"
fp=$(q "$c1" '[x["fingerprint"] for x in r["regressions"]]')
grep -q "$fp" <<<"$out" || fail "more copies: $fp not on stdout: $out"
if command -v xmllint >/dev/null; then
  xmllint --noout --schema "$xsd" "$tmp/c1/junit.xml" 2>"$tmp/lint" ||
    fail "more copies: junit.xml does not validate: $(cat "$tmp/lint")"
  [[ $(xmllint --xpath 'count(//failure[@type="copy-overhead"])' "$tmp/c1/junit.xml") -gt 0 &&
     $(xmllint --xpath 'count(//failure[@type!="copy-overhead"])' "$tmp/c1/junit.xml") == 0 ]] ||
    fail "more copies: junit.xml should fail the copy-overhead cases only"
fi
out=$("$ndp" run --engine ref:tf --oracle oracle --baseline "$tmp/copy.json" --copy-tolerance 1.5 \
      --report "$tmp/c2" "$scen" 2>&1); code=$?
[[ $code -eq 0 ]] || fail "more copies within --copy-tolerance 1.5: exit $code, want 0: $out"
[[ $(q "$tmp/c2/report.json" 'len(r["regressions"])') == 0 ]] || fail "tolerance 1.5: regressions listed"
d=$("$ndp" diff "$tmp/copy.json" "$r1" 2>&1); code=$?
[[ $code -eq 1 ]] || fail "diff copy r1: exit $code, want 1: $d"
grep -q "^regression  copy-overhead   $fp  more copies: " <<<"$d" || fail "diff copy r1: $d"
d=$("$ndp" diff "$tmp/copy.json" "$r1" --copy-tolerance 1.5 2>&1); code=$?
[[ $code -eq 0 ]] || fail "diff copy r1 --copy-tolerance 1.5: exit $code, want 0: $d"

# a baseline that is not a report: bad input (exit 2), named with its position
printf '{"format": "ndparity-report",\n "results": [}\n' > "$tmp/broken.json"
out=$("$ndp" run --engine ref --oracle oracle --baseline "$tmp/broken.json" --report "$tmp/b" \
      "$scen" 2>&1); code=$?
[[ $code -eq 2 ]] || fail "broken baseline: exit $code, want 2: $out"
grep -q "broken.json:2:[0-9]*:" <<<"$out" || fail "broken baseline not located: $out"
echo "ok"
