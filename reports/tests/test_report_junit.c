/* junit.xml (reports/src/report_junit.c): suites per case file with correct
 * counts, testcases in their suite whatever order the results come in,
 * failures and errors per status, baseline gating (only regressions fail),
 * XML escaping of hostile messages, atomic writes, and validity against
 * reports/schema/junit.xsd when xmllint is installed. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ndparity/report_writers.h"

#define XSD NDP_SOURCE_DIR "/reports/schema/junit.xsd"
#define XMLLINT "/usr/bin/xmllint"

/* ---------------------------------------------------------------- fixtures */

static char tmpdir[64];

static void make_tmpdir(void) {
  snprintf(tmpdir, sizeof tmpdir, "/tmp/ndp_junit_XXXXXX");
  cr_assert_not_null(mkdtemp(tmpdir));
}

static void remove_tmpdir(void) {
  DIR *d = opendir(tmpdir);
  if (d == NULL) return;
  struct dirent *e;
  char path[512];
  while ((e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    snprintf(path, sizeof path, "%s/%s", tmpdir, e->d_name);
    unlink(path);
  }
  closedir(d);
  rmdir(tmpdir);
}

TestSuite(junit, .init = make_tmpdir, .fini = remove_tmpdir);

static const char *tmp_path(const char *name) {
  static char paths[4][512];
  static int next;
  char *p = paths[next++ % 4];
  snprintf(p, 512, "%s/%s", tmpdir, name);
  return p;
}

/* Test JSON is written with ' for ". */
static json_t *json_q(const char *text) {
  char *s = strdup(text);
  cr_assert_not_null(s);
  for (char *p = s; *p; p++)
    if (*p == '\'') *p = '"';
  json_error_t jerr;
  json_t *j = json_loads(s, 0, &jerr);
  cr_assert_not_null(j, "bad test JSON: %s (%s)", jerr.text, s);
  free(s);
  return j;
}

/* Writes results (borrowed JSON) as JSON Lines; with commas, as the report
 * writer's temporary file separates them (",\n"), plus blank lines. */
static const char *write_results(const char *name, json_t *const *results, size_t n, bool commas) {
  const char *path = tmp_path(name);
  FILE *f = fopen(path, "w");
  cr_assert_not_null(f);
  for (size_t i = 0; i < n; i++) {
    if (i > 0) fputs(commas ? ",\n" : "\n", f);
    if (commas && i == 2) fputs("\n", f);
    cr_assert_eq(json_dumpf(results[i], f, JSON_COMPACT), 0);
  }
  fputs("\n", f);
  fclose(f);
  return path;
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "cannot open %s", path);
  char *buf = NULL;
  size_t n = 0, cap = 0, got;
  do {
    if (n + 4096 + 1 > cap) {
      cap = (n + 4096 + 1) * 2;
      buf = realloc(buf, cap);
      cr_assert_not_null(buf);
    }
    got = fread(buf + n, 1, 4096, f);
    n += got;
  } while (got > 0);
  fclose(f);
  buf[n] = '\0';
  return buf;
}

static size_t count_of(const char *hay, const char *needle) {
  size_t n = 0;
  for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) n++;
  return n;
}

static bool have_xmllint(void) {
  return access(XMLLINT, X_OK) == 0;
}

/* Validates path against the XSD (when xmllint is installed). */
static void assert_valid(const char *path) {
  if (!have_xmllint()) return;
  char cmd[1200];
  snprintf(cmd, sizeof cmd, XMLLINT " --noout --schema '%s' '%s' 2>'%s.lint'", XSD, path, path);
  int rc = system(cmd);
  char log[600];
  snprintf(log, sizeof log, "%s.lint", path);
  char *text = slurp(log);
  cr_assert_eq(rc, 0, "%s does not validate against %s:\n%s", path, XSD, text);
  free(text);
  unlink(log);
}

/* The string value of an XPath expression over path (xmllint), or NULL
 * without xmllint. Caller frees. */
static char *xpath(const char *path, const char *expr) {
  if (!have_xmllint()) return NULL;
  char cmd[1200];
  snprintf(cmd, sizeof cmd, XMLLINT " --xpath '%s' '%s' 2>/dev/null", expr, path);
  FILE *p = popen(cmd, "r");
  cr_assert_not_null(p);
  char buf[512] = "";
  size_t n = fread(buf, 1, sizeof buf - 1, p);
  if (n > 0 && buf[n - 1] == '\n') n--; /* xmllint ends its answer with one */
  buf[n] = '\0';
  pclose(p);
  return strdup(buf);
}

static void assert_xpath(const char *path, const char *expr, const char *want) {
  char *got = xpath(path, expr);
  if (got == NULL) return;
  cr_assert_str_eq(got, want, "%s", expr);
  free(got);
}

static void write_ok(const json_t *head, const char *results, const char *out) {
  struct ndp_error err = {0};
  cr_assert_eq(ndp_report_junit_write(head, results, out, &err), NDP_OK, "%s", err.msg);
}

static void assert_no_temporaries(void) {
  DIR *d = opendir(tmpdir);
  cr_assert_not_null(d);
  struct dirent *e;
  while ((e = readdir(d)) != NULL)
    cr_assert_null(strstr(e->d_name, ".tmp"), "temporary file %s left behind", e->d_name);
  closedir(d);
}

#define HEAD_NO_BASELINE                                                                           \
  "{'format': 'ndparity-report', 'version': 1, 'mode': 'run', 'engine': 'ref:tf', 'oracle': "      \
  "'oracle', 'seed': 7, 'baseline': null, 'summary': {'cases': 7, 'seconds': 1.5}, "               \
  "'regressions': [], 'fixed': []}"

/* A message with every character XML cares about, a control character, a
 * tab and a newline, and U+FFFE (not a character in XML). */
#define HOSTILE "a<b & \"c\" 'd' \x01 ]]> e\tf\ng \xEF\xBF\xBE"
#define HOSTILE_ATTR                                                                               \
  "a&lt;b &amp; &quot;c&quot; &apos;d&apos; \\x01 ]]&gt; e&#9;f&#10;g \xEF\xBF\xBD"
#define HOSTILE_TEXT "a&lt;b &amp; &quot;c&quot; &apos;d&apos; \\x01 ]]&gt; e\tf\ng \xEF\xBF\xBD"

/* Seven results over three files, x.jsonl's interleaved with b.json's. */
static size_t fixture_results(json_t **r) {
  size_t n = 0;
  r[n++] = json_q("{'case': 't/pass', 'file': 'cases/a/x.jsonl', 'line': 1, 'status': 'pass', "
                  "'divergences': [], 'expect_failures': []}");
  json_t *div =
      json_q("{'case': 't/div', 'file': 'cases/a/x.jsonl', 'line': 2, 'status': 'diverged', "
             "'divergences': [{'step': 'r', 'op': 'add', 'kind': 'type-mismatch', 'fingerprint': "
             "'aaaa000000000001', 'message': 'M', 'engine': {}, 'oracle': {}}, {'step': 's', 'op': "
             "'sum', 'kind': 'shape-loss', 'fingerprint': 'bbbb000000000002', 'message': 'second', "
             "'engine': {}, 'oracle': {}}], 'expect_failures': [{'step': 'r', 'backend': 'ref:tf', "
             "'field': 'dtype', 'expected': 'int16', 'actual': 'int8'}], 'notes': ['a note'], "
             "'reproducer': {'replay': 'ndparity replay cases/a/x.jsonl --case t/div'}}");
  json_object_set_new(json_array_get(json_object_get(div, "divergences"), 0), "message",
                      json_string(HOSTILE));
  r[n++] = div;
  r[n++] =
      json_q("{'case': 't/exp', 'file': 'cases/b.json', 'line': 1, 'status': 'expect-failed', "
             "'divergences': [], 'expect_failures': [{'step': 'r', 'backend': 'oracle', 'field': "
             "'shape', 'expected': '(2, 3)', 'actual': '(3, 2)', 'detail': 'transposed'}]}");
  r[n++] = json_q("{'case': null, 'file': 'cases/b.json', 'line': 3, 'column': 7, 'status': "
                  "'input-error', 'error': 'unknown op \\'addd\\'', 'divergences': [], "
                  "'expect_failures': []}");
  r[n++] = json_q("{'case': 't/crash', 'file': 'cases/a/x.jsonl', 'line': 5, 'status': "
                  "'crash', 'divergences': [], 'expect_failures': []}");
  r[n++] = json_q("{'case': 't/slow', 'file': 'cases/c.jsonl', 'line': 1, 'status': "
                  "'timeout', 'seconds': 2.25, 'divergences': [], 'expect_failures': []}");
  r[n++] = json_q("{'case': 't/skip', 'file': 'cases/c.jsonl', 'line': 2, 'status': "
                  "'skipped', 'divergences': [], 'expect_failures': []}");
  return n;
}

static void free_results(json_t **r, size_t n) {
  for (size_t i = 0; i < n; i++) json_decref(r[i]);
}

/* ---------------------------------------------------------------- tests */

Test(junit, should_write_one_suite_per_file_with_correct_counts) {
  bool commas[] = {false, true};
  for (size_t pass = 0; pass < 2; pass++) {
    json_t *head = json_q(HEAD_NO_BASELINE);
    json_t *res[8];
    size_t n = fixture_results(res);
    const char *results = write_results("results.jsonl", res, n, commas[pass]);
    const char *out = tmp_path("junit.xml");
    write_ok(head, results, out);
    char *xml = slurp(out);

    cr_assert(strncmp(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 39) == 0, "%s", xml);
    cr_assert(strstr(xml, "<testsuites name=\"ndparity run: ref:tf vs oracle\" tests=\"7\" "
                          "failures=\"2\" errors=\"3\" skipped=\"1\" time=\"1.500000\">\n"),
              "%s", xml);
    const char *sx = strstr(xml, "<testsuite name=\"cases/a/x.jsonl\" tests=\"3\" failures=\"1\" "
                                 "errors=\"1\" skipped=\"0\" time=\"0.000000\">");
    const char *sb = strstr(xml, "<testsuite name=\"cases/b.json\" tests=\"2\" failures=\"1\" "
                                 "errors=\"1\" skipped=\"0\" time=\"0.000000\">");
    const char *sc = strstr(xml, "<testsuite name=\"cases/c.jsonl\" tests=\"2\" failures=\"0\" "
                                 "errors=\"1\" skipped=\"1\" time=\"2.250000\">");
    cr_assert(sx && sb && sc && sx < sb && sb < sc, "suites missing or out of order:\n%s", xml);
    cr_assert_eq(count_of(xml, "<testsuite "), 3);
    cr_assert_eq(count_of(xml, "<testcase "), 7);
    /* x.jsonl's crash (after b.json's results) is in x.jsonl's suite */
    const char *crash = strstr(xml, "name=\"t/crash\"");
    cr_assert(crash && crash > sx && crash < sb, "t/crash outside its suite:\n%s", xml);
    cr_assert(strstr(xml, "<property name=\"engine\" value=\"ref:tf\"/>"));
    cr_assert(strstr(xml, "<property name=\"seed\" value=\"7\"/>"));
    cr_assert_null(strstr(xml, "<property name=\"baseline\""), "null baseline: no property");

    /* a pass is an empty testcase */
    cr_assert(strstr(xml, "<testcase classname=\"cases.a.x\" name=\"t/pass\" "
                          "time=\"0.000000\"/>\n"),
              "%s", xml);
    /* diverged: the first divergence's message and kind, everything in the body */
    cr_assert(strstr(xml, "<failure message=\"" HOSTILE_ATTR "\" type=\"type-mismatch\">"), "%s",
              xml);
    cr_assert(strstr(xml, ">cases/a/x.jsonl:2\n"
                          "type-mismatch aaaa000000000001 step r (add): " HOSTILE_TEXT "\n"
                          "shape-loss bbbb000000000002 step s (sum): second\n"
                          "expect: step r (ref:tf): dtype expected int16, got int8\n"
                          "replay: ndparity replay cases/a/x.jsonl --case t/div\n"
                          "</failure>\n"
                          "      <system-out>note: a note\n</system-out>\n"),
              "%s", xml);
    /* expect-failed */
    cr_assert(strstr(xml, "<testcase classname=\"cases.b\" name=\"t/exp\" time=\"0.000000\">\n"
                          "      <failure message=\"step r (oracle): shape expected (2, 3), got "
                          "(3, 2)\" type=\"expect\">cases/b.json:1\n"
                          "expect: step r (oracle): shape expected (2, 3), got (3, 2) "
                          "(transposed)\n</failure>"),
              "%s", xml);
    /* input error: no case name, so the line names it */
    cr_assert(strstr(xml, "<testcase classname=\"cases.b\" name=\"line 3\" time=\"0.000000\">\n"
                          "      <error message=\"unknown op &quot;addd&quot;\" "
                          "type=\"input-error\">cases/b.json:3:7: unknown op &quot;addd&quot;\n"
                          "</error>"),
              "%s", xml);
    cr_assert(strstr(xml, "<error message=\"the engine crashed on this case\" type=\"crash\">"));
    cr_assert(strstr(xml, "<testcase classname=\"cases.c\" name=\"t/slow\" time=\"2.250000\">\n"
                          "      <error message=\"the case did not finish in time\" "
                          "type=\"timeout\">"),
              "%s", xml);
    cr_assert(strstr(xml, "<skipped message=\"skipped\"/>"));
    /* nothing unescaped: no raw control character, no "]]>" */
    cr_assert_null(strstr(xml, "]]>"));
    cr_assert_null(strchr(xml, '\x01'));
    cr_assert_null(strstr(xml, "\xEF\xBF\xBE"));
    cr_assert(strstr(xml, "</testsuites>\n"));

    assert_valid(out);
    assert_xpath(out, "string(/testsuites/@failures)", "2");
    assert_xpath(out, "count(//testcase)", "7");
    assert_xpath(out, "count(//testcase[failure])", "2");
    assert_xpath(out, "count(//testcase[error])", "3");
    assert_xpath(out, "count(/testsuites/testsuite[1]/testcase)", "3");
    assert_xpath(out, "string(/testsuites/testsuite[1]/testcase[2]/failure/@message)",
                 "a<b & \"c\" 'd' \\x01 ]]> e\tf\ng \xEF\xBF\xBD");
    assert_xpath(out, "string(/testsuites/testsuite[1]/testcase[3]/@name)", "t/crash");
    assert_no_temporaries();
    free(xml);
    free_results(res, n);
    json_decref(head);
  }
}

Test(junit, should_fail_only_regressions_with_a_baseline) {
  json_t *head = json_q(
      "{'format': 'ndparity-report', 'version': 1, 'mode': 'run', 'engine': 'ref:tf', 'oracle': "
      "'oracle', 'seed': 1, 'baseline': 'old/report.json', 'summary': {'seconds': 0.25}, "
      "'regressions': [{'fingerprint': 'bbbb', 'reason': 'new'}, {'fingerprint': 'cccc', "
      "'reason': 'more-copies'}], 'fixed': []}");
#define DIV(kind, fp, msg, b)                                                                      \
  "{'step': 'r', 'op': 'add', 'kind': '" kind "', 'fingerprint': '" fp "', 'message': '" msg       \
  "', 'baseline': '" b "', 'engine': {}, 'oracle': {}}"
  json_t *res[] = {
      json_q(
          "{'case': 'k/known', 'file': 's.jsonl', 'line': 1, 'status': 'diverged', "
          "'divergences': [" DIV(
              "type-mismatch", "aaaa", "old news",
              "known") "], "
                       "'expect_failures': [{'step': 'r', 'backend': 'ref:tf', 'field': 'dtype', "
                       "'expected': 'int16', 'actual': 'int8'}]}"),
      json_q("{'case': 'k/new', 'file': 's.jsonl', 'line': 2, 'status': 'diverged', "
             "'divergences': [" DIV("type-mismatch", "aaaa", "old news", "known") ", " DIV(
                 "shape-loss", "bbbb", "fresh", "new") "], 'expect_failures': []}"),
      json_q("{'case': 'k/copies', 'file': 's.jsonl', 'line': 3, 'status': 'diverged', "
             "'divergences': [" DIV("copy-overhead", "cccc", "copies more",
                                    "known") "], "
                                             "'expect_failures': []}"),
      json_q("{'case': 'k/crash', 'file': 's.jsonl', 'line': 4, 'status': 'crash', "
             "'divergences': [" DIV("crash", "dddd", "SIGSEGV", "known") "], "
                                                                         "'expect_failures': []}"),
      json_q("{'case': 'k/pass', 'file': 's.jsonl', 'line': 5, 'status': 'pass', "
             "'divergences': [], 'expect_failures': []}"),
  };
#undef DIV
  const char *results = write_results("results.jsonl", res, 5, false);
  const char *out = tmp_path("junit.xml");
  write_ok(head, results, out);
  char *xml = slurp(out);
  cr_assert(strstr(xml, "tests=\"5\" failures=\"2\" errors=\"0\" skipped=\"0\" "
                        "time=\"0.250000\">"),
            "%s", xml);
  cr_assert(strstr(xml, "<property name=\"baseline\" value=\"old/report.json\"/>"));
  /* all known: passes, the divergences (and the expectation) in system-out */
  cr_assert(strstr(xml, "<testcase classname=\"s\" name=\"k/known\" time=\"0.000000\">\n"
                        "      <system-out>divergences the baseline knows:\n"
                        "s.jsonl:1\n"
                        "[known] type-mismatch aaaa step r (add): old news\n"
                        "expect: step r (ref:tf): dtype expected int16, got int8\n"
                        "</system-out>\n    </testcase>"),
            "%s", xml);
  /* the regression's message and kind, both labelled in the body */
  cr_assert(strstr(xml, "<failure message=\"fresh\" type=\"shape-loss\">s.jsonl:2\n"
                        "[known] type-mismatch aaaa step r (add): old news\n"
                        "[regression] shape-loss bbbb step r (add): fresh\n</failure>"),
            "%s", xml);
  /* known fingerprint, but among the regressions: more copies */
  cr_assert(strstr(xml, "<failure message=\"copies more\" type=\"copy-overhead\">s.jsonl:3\n"
                        "[regression: more copies than the baseline] copy-overhead cccc step r "
                        "(add): copies more\n</failure>"),
            "%s", xml);
  /* a crash the baseline knows passes too */
  const char *crash = strstr(xml, "name=\"k/crash\"");
  cr_assert_not_null(crash);
  cr_assert(strncmp(strstr(crash, ">\n") + 2, "      <system-out>", 18) == 0, "%s", crash);
  assert_valid(out);
  assert_xpath(out, "count(//testcase[failure])", "2");
  assert_xpath(out, "count(//testcase[system-out])", "2");
  free(xml);
  free_results(res, 5);
  json_decref(head);
}

Test(junit, should_escape_file_names_in_names_and_classnames) {
  json_t *head = json_q(HEAD_NO_BASELINE);
  json_t *res[] = {
      json_q("{'case': 'q/\\'<&>\\'', 'file': './cases/a&b/x<y>.v1.jsonl', 'line': 1, "
             "'status': 'pass', 'divergences': [], 'expect_failures': []}"),
      json_q("{'case': 'q/2', 'file': '/abs/.hidden', 'line': 1, 'status': 'pass', "
             "'divergences': [], 'expect_failures': []}"),
  };
  const char *results = write_results("r.jsonl", res, 2, false);
  const char *out = tmp_path("junit.xml");
  write_ok(head, results, out);
  char *xml = slurp(out);
  cr_assert(strstr(xml, "<testsuite name=\"./cases/a&amp;b/x&lt;y&gt;.v1.jsonl\""), "%s", xml);
  cr_assert(strstr(xml, "<testcase classname=\"cases.a&amp;b.x&lt;y&gt;.v1\" "
                        "name=\"q/&quot;&lt;&amp;&gt;&quot;\""),
            "%s", xml);
  cr_assert(strstr(xml, "<testcase classname=\"abs..hidden\" name=\"q/2\""), "%s", xml);
  assert_valid(out);
  free(xml);
  free_results(res, 2);
  json_decref(head);
}

Test(junit, should_write_an_empty_run) {
  json_t *head = json_q(HEAD_NO_BASELINE);
  const char *results = write_results("r.jsonl", NULL, 0, false);
  const char *out = tmp_path("junit.xml");
  write_ok(head, results, out);
  char *xml = slurp(out);
  cr_assert_str_eq(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<testsuites name=\"ndparity run: ref:tf vs oracle\" tests=\"0\" "
                        "failures=\"0\" errors=\"0\" skipped=\"0\" time=\"1.500000\">\n"
                        "</testsuites>\n");
  assert_valid(out);
  free(xml);
  json_decref(head);
}

Test(junit, should_leave_the_old_file_when_the_results_are_bad) {
  json_t *head = json_q(HEAD_NO_BASELINE);
  const char *out = tmp_path("junit.xml");
  FILE *f = fopen(out, "w");
  cr_assert_not_null(f);
  fputs("old\n", f);
  fclose(f);

  const char *results = tmp_path("bad.jsonl");
  f = fopen(results, "w");
  cr_assert_not_null(f);
  fputs("{\"case\": \"a\", \"file\": \"f\", \"status\": \"pass\"}\n\n{\"case\": \n", f);
  fclose(f);
  struct ndp_error err = {0};
  cr_assert_eq(ndp_report_junit_write(head, results, out, &err), NDP_EINPUT);
  char want[600];
  snprintf(want, sizeof want, "%s:3:", results);
  cr_assert(strncmp(err.msg, want, strlen(want)) == 0, "%s", err.msg);
  cr_assert(strstr(err.msg, "not a result"), "%s", err.msg);

  f = fopen(results, "w");
  cr_assert_not_null(f);
  fputs("[1, 2]\n", f);
  fclose(f);
  cr_assert_eq(ndp_report_junit_write(head, results, out, &err), NDP_EINPUT);
  cr_assert(strstr(err.msg, ":1: a result is a JSON object"), "%s", err.msg);

  cr_assert_eq(ndp_report_junit_write(head, tmp_path("absent.jsonl"), out, &err), NDP_EINPUT);
  cr_assert(strstr(err.msg, "cannot read"), "%s", err.msg);
  cr_assert(strstr(err.msg, "absent.jsonl"), "%s", err.msg);

  char *text = slurp(out);
  cr_assert_str_eq(text, "old\n");
  free(text);
  assert_no_temporaries();

  /* an unwritable destination */
  f = fopen(results, "w");
  cr_assert_not_null(f);
  fputs("{\"case\": \"a\", \"file\": \"f\", \"status\": \"pass\"}\n", f);
  fclose(f);
  cr_assert_eq(ndp_report_junit_write(head, results, "/nonexistent-dir/junit.xml", &err),
               NDP_EINPUT);
  cr_assert(strstr(err.msg, "cannot write /nonexistent-dir/junit.xml"), "%s", err.msg);
  json_decref(head);
}
