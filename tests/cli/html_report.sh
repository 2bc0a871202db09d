#!/usr/bin/env bash
# report.html in a real browser: ndparity run over the seed scenarios, then
# headless Chromium renders report.html from disk and the rendered DOM must
# show the summary figures of report.json, a row for every fingerprint, the
# promotion matrix with its differing cells, the shape-loss pipeline, and no
# JavaScript error (the page's window.onerror writes into #js-errors; Chromium's
# console is checked for "Uncaught" too). Skipped (exit 0) without chromium.
# Usage: html_report.sh NDPARITY SOURCE_DIR
set -uo pipefail
ndp=${1:?ndparity binary}
src=${2:?source directory}
py=/usr/bin/python3
fail() { echo "FAIL: $*"; exit 1; }

chromium=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $chromium ]]; then
  echo "SKIP: chromium is not installed (apt-get install chromium); report.html not checked in a browser"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

out=$("$ndp" run --engine ref:tf --oracle oracle --report "$tmp/r" "$src/cases/scenarios" 2>&1); code=$?
[[ $code -eq 1 ]] || fail "ndparity run: exit $code, want 1 (divergences): $out"
[[ -s $tmp/r/report.html ]] || fail "no report.html beside report.json: $(ls "$tmp/r")"
ls -a "$tmp/r" | grep -q '\.XXXXXX\|report\.html\.' && fail "temporary file left in $tmp/r: $(ls -a "$tmp/r")"

# The flags of docs TOOLING.md: no network, no first-run work, a throwaway profile.
render() {
  timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --disable-sync --disable-dev-shm-usage \
    --user-data-dir="$tmp/profile" --enable-logging=stderr --v=0 --window-size=1280,900 \
    --dump-dom "file://$tmp/r/report.html" >"$tmp/dom.html" 2>"$tmp/chromium.err"
}
render || fail "chromium exited $?: $(tail -5 "$tmp/chromium.err")"
[[ -s $tmp/dom.html ]] || fail "chromium dumped no DOM: $(tail -5 "$tmp/chromium.err")"
if grep -q "Uncaught" "$tmp/chromium.err"; then
  fail "JavaScript errors on the console: $(grep "Uncaught" "$tmp/chromium.err" | head -5)"
fi

"$py" - "$tmp/r/report.json" "$tmp/dom.html" <<'PY' || exit 1
import json, re, sys

report = json.load(open(sys.argv[1]))
dom = open(sys.argv[2], encoding="utf-8").read()
problems = []

def check(cond, what):
    if not cond:
        problems.append(what)

def fmt(n):
    return "{:,}".format(n)

# The page finished drawing and recorded no error of its own.
check('data-rendered="yes"' in dom, "the page's script did not finish (no data-rendered on <html>)")
m = re.search(r'<pre id="js-errors">(.*?)</pre>', dom, re.S)
check(m is not None, "no #js-errors element")
if m:
    check(m.group(1).strip() == "", "JavaScript errors in #js-errors: " + m.group(1)[:500])

# What the browser drew, without the embedded JSON (which names everything).
drawn = re.sub(r"<script\b[^>]*>.*?</script>", "", dom, flags=re.S)

s = report["summary"]
for key, elem in [("cases", "sum-cases"), ("passed", "sum-passed"), ("diverged", "sum-diverged"),
                  ("expect_failed", "sum-expect-failed"), ("input_errors", "sum-input-errors")]:
    check('id="%s">%s<' % (elem, fmt(s[key])) in drawn,
          "summary %s: %s not shown as #%s" % (key, fmt(s[key]), elem))
for kind, n in s["by_kind"].items():
    check('data-kind="%s">%s<' % (kind, fmt(n)) in drawn, "divergences by kind: %s %d not shown" % (kind, n))
bc = s["bytes_copied"]
check('id="sum-bytes-engine">%s B<' % fmt(bc["engine"]) in drawn, "engine bytes copied %s not shown" % fmt(bc["engine"]))
check('id="sum-bytes-oracle">%s B<' % fmt(bc["oracle"]) in drawn, "NumPy bytes copied %s not shown" % fmt(bc["oracle"]))

# One row per fingerprint, in its kind's table; every case that diverged in
# the cases table.
fps = {}
for r in report["results"]:
    for d in r["divergences"]:
        fps[d["fingerprint"]] = d["kind"]
check(len(fps) > 0, "the scenarios produced no divergence")
for fp, kind in fps.items():
    t = re.search(r'<table class="grid" id="table-%s">(.*?)</table>' % re.escape(kind), drawn, re.S)
    check(t is not None and (">%s<" % fp) in t.group(1), "fingerprint %s (%s) has no row" % (fp, kind))
cases = re.search(r'<table class="grid" id="cases-table">(.*?)</table>', drawn, re.S)
check(cases is not None, "no cases table")
for r in report["results"]:
    if r["status"] == "diverged" and cases:
        check(">%s<" % r["case"] in cases.group(1), "diverged case %s not in the cases table" % r["case"])

# The promotion matrix: one cell per operand pair of the shown op, the
# differing pairs red with "engine != NumPy".
pm = re.search(r'<table class="pm[^"]*" id="promotion-matrix" data-op="([^"]+)">(.*?)</table>', drawn, re.S)
check(pm is not None, "no #promotion-matrix table with an op")
if pm:
    op, body = pm.group(1), pm.group(2)
    pairs = {(p["a"], p["b"]) for p in (r.get("promotion") for r in report["results"]) if p and p["op"] == op}
    cells = re.findall(r'<td class="pm-cell[^"]*"[^>]*data-a="([^"]+)" data-b="([^"]+)"[^>]*>([^<]*)<', body)
    check(len(cells) == len(pairs) and len(cells) > 0,
          "promotion matrix for %s: %d cells, want %d" % (op, len(cells), len(pairs)))
    for r in report["results"]:
        p = r.get("promotion")
        if p and p["op"] == op and p["engine"] != p["oracle"]:
            want = "%s \u2260 %s" % (p["engine"], p["oracle"])
            check(any(a == p["a"] and b == p["b"] and t.startswith(want) for a, b, t in cells)
                  and 'pm-diff' in body, "promotion %s %s %s: no red cell %r" % (p["a"], op, p["b"], want))

# The shape-loss pipeline: the stages as boxes, the losing one highlighted.
for r in report["results"]:
    for d in r["divergences"]:
        if d["kind"] == "shape-loss" and d.get("pipeline"):
            at = drawn.find('id="pipeline-%s"' % d["fingerprint"])
            check(at >= 0, "no pipeline card for %s" % d["fingerprint"])
            if at >= 0:
                card = drawn[at:drawn.find("</section>", at)]
                check(card.count('class="stage') == len(d["pipeline"]),
                      "pipeline %s: want %d stages" % (d["fingerprint"], len(d["pipeline"])))
                lost = re.search(r'class="stage lost".*?<span class="op">([^<]*)</span>', card, re.S)
                check(lost is not None and lost.group(1) == d["op"],
                      "pipeline %s: the stage %s is not the highlighted one" % (d["fingerprint"], d["op"]))

# Expectation failures and notes are listed.
nexp = sum(len(r["expect_failures"]) for r in report["results"])
et = re.search(r'<table class="grid" id="expect-table">(.*?)</table>', drawn, re.S)
check(et is not None, "no expectation failures table")
if et and nexp:
    rows = et.group(1).count("<tr>") - 1  # the header row
    check(rows == min(nexp, 100), "expectation failures: %d rows, want %d" % (rows, min(nexp, 100)))
for r in report["results"]:
    for note in r.get("notes", []):
        check(note.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in drawn, "note not shown: " + note[:60])

if problems:
    print("FAIL: report.html as rendered by chromium:")
    for p in problems:
        print("  - " + p)
    sys.exit(1)
print("html_report: %d fingerprints, promotion matrix, pipeline, summary: all shown, no JavaScript errors" % len(fps))
PY
echo "html_report: all passed"
