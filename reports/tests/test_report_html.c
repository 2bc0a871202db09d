/* report.html (reports/src/report_html.c): the page embeds the head, the
 * cases that did not pass and the aggregates as JSON that parses back; data
 * can never end a <script> element early; optional fields may be missing;
 * the embedded cases are capped; bad results lines, unreadable results and
 * unwritable paths are errors that say where; no temporary file is left
 * behind. Fixtures are built with jansson in a temporary directory. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ndparity/report_writers.h"

/* ---------------------------------------------------------------- fixtures */

static char tmpdir[64];

static void make_tmpdir(void) {
  snprintf(tmpdir, sizeof tmpdir, "/tmp/ndp_html_XXXXXX");
  cr_assert_not_null(mkdtemp(tmpdir));
}

/* Removes the temporary directory and what is in it (one level of
 * subdirectories). */
static void remove_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (d == NULL) return;
  struct dirent *e;
  char path[512];
  while ((e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if (unlink(path) != 0) remove_dir(path);
  }
  closedir(d);
  rmdir(dir);
}

static void remove_tmpdir(void) {
  remove_dir(tmpdir);
}

TestSuite(report_html, .init = make_tmpdir, .fini = remove_tmpdir);

static const char *tmp_path(const char *name) {
  static char paths[8][512];
  static int next;
  char *p = paths[next++ % 8];
  snprintf(p, 512, "%s/%s", tmpdir, name);
  return p;
}

/* Writes lines (each a complete line's text, without the newline). */
static void write_lines(const char *path, const char *const *lines, size_t n) {
  FILE *f = fopen(path, "w");
  cr_assert_not_null(f);
  for (size_t i = 0; i < n; i++) fprintf(f, "%s\n", lines[i]);
  cr_assert_eq(fclose(f), 0);
}

/* Appends o (consumed) as one compact line. */
static void append_result(FILE *f, json_t *o) {
  cr_assert_not_null(o);
  cr_assert_eq(json_dumpf(o, f, JSON_COMPACT), 0);
  fputc('\n', f);
  json_decref(o);
}

/* The whole file as a NUL-terminated string (caller frees). */
static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "cannot open %s", path);
  cr_assert_eq(fseek(f, 0, SEEK_END), 0);
  long n = ftell(f);
  cr_assert_geq(n, 0);
  rewind(f);
  char *s = malloc((size_t)n + 1);
  cr_assert_not_null(s);
  cr_assert_eq(fread(s, 1, (size_t)n, f), (size_t)n);
  s[n] = '\0';
  fclose(f);
  return s;
}

/* Parses the JSON inside <script type="application/json" id="ID">. */
static json_t *embedded(const char *html, const char *id) {
  char open[128];
  snprintf(open, sizeof open, "<script type=\"application/json\" id=\"%s\">", id);
  const char *p = strstr(html, open);
  cr_assert_not_null(p, "no %s block", id);
  p += strlen(open);
  const char *end = strstr(p, "</script>");
  cr_assert_not_null(end);
  json_error_t jerr;
  json_t *j = json_loadb(p, (size_t)(end - p), 0, &jerr);
  cr_assert_not_null(j, "%s does not parse: %d:%d: %s", id, jerr.line, jerr.column, jerr.text);
  return j;
}

static size_t count_of(const char *hay, const char *needle) {
  size_t n = 0;
  for (const char *p = strstr(hay, needle); p != NULL; p = strstr(p + 1, needle)) n++;
  return n;
}

/* The number of entries of tmpdir (besides . and ..). */
static int dir_entries(void) {
  DIR *d = opendir(tmpdir);
  cr_assert_not_null(d);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL)
    if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) n++;
  closedir(d);
  return n;
}

static json_t *fixture_head(void) {
  json_t *by_kind =
      json_pack("{sisisisisisisisisisi}", "shape-loss", 1, "shape-mismatch", 0, "type-mismatch", 1,
                "value-mismatch", 0, "error-mismatch", 1, "copy-overhead", 0, "alias-mismatch", 0,
                "crash", 0, "timeout", 0, "unsupported", 0);
  json_t *summary =
      json_pack("{sisisisisisisisos{sIsI}sfsisisi}", "cases", 5, "passed", 1, "diverged", 2,
                "expect_failed", 1, "input_errors", 1, "crashed", 0, "timed_out", 0, "by_kind",
                by_kind, "bytes_copied", "engine", (json_int_t)2381060, "oracle", (json_int_t)9876,
                "seconds", 0.25, "regressions", 0, "fixed", 0, "known", 0);
  json_t *head =
      json_pack("{sssisssssssisnsbsos[]s[]}", "format", "ndparity-report", "version", 1, "mode",
                "run", "engine", "ref:tf", "oracle", "oracle", "seed", 7, "baseline", "interrupted",
                0, "summary", summary, "regressions", "fixed");
  cr_assert_not_null(head);
  return head;
}

/* Five results: a pass with a promotion, a shape-loss with its pipeline and
 * reproducer, an error-mismatch whose message holds "</script>", an
 * expect-failed case with a note, and an input error. */
static void write_fixture_results(const char *path) {
  FILE *f = fopen(path, "w");
  cr_assert_not_null(f);
  append_result(f, json_pack("{sssssiss s[] s[] s{ssssssssss}}", "case", "t/pass", "file",
                             "/c/a.jsonl", "line", 1, "status", "pass", "divergences",
                             "expect_failures", "promotion", "op", "add", "a", "int32", "b",
                             "int32", "engine", "int32", "oracle", "int32"));
  json_t *pipeline = json_pack("[{sssssn}{sssssn}]", "step", "ds", "op", "from_tensor_slices",
                               "spec", "step", "flat", "op", "numpy_function", "spec");
  json_object_set_new(json_array_get(pipeline, 0), "spec", json_string("int32 (10, 20, 20)"));
  append_result(f,
                json_pack("{sssssiss s[{sssssssssssos{sisI}s{sisI}}] s[] s[{sssssIsI}] s{ssssss}}",
                          "case", "t/shape-loss", "file", "/c/a.jsonl", "line", 2, "status",
                          "diverged", "divergences", "step", "flat", "op", "numpy_function", "kind",
                          "shape-loss", "fingerprint", "e8783f71a52fb6ad", "message",
                          "shape lost at step flat: static <unknown>, every element (10, 400)",
                          "pipeline", pipeline, "engine", "count", 3, "bytes_copied",
                          (json_int_t)48000, "oracle", "count", 3, "bytes_copied", (json_int_t)0,
                          "expect_failures", "crossings", "step", "ds", "op", "from_tensor_slices",
                          "engine", (json_int_t)48000, "oracle", (json_int_t)0, "reproducer",
                          "case_json", "{\"ndparity\":1}", "numpy", "import numpy as np\n",
                          "replay", "ndparity replay /c/a.jsonl --case t/shape-loss"));
  append_result(f,
                json_pack("{sssssiss s[{sssssssssss{ssss}s{sss[ii]}}] s[] s{ssssssssss}}", "case",
                          "t/error</script><script>alert(1)</script>", "file", "/c/b.jsonl", "line",
                          4, "status", "diverged", "divergences", "step", "r", "op", "add", "kind",
                          "error-mismatch", "fingerprint", "e9713ac4dff59d76", "message",
                          "int32 + int64: engine fails </script><!-- x --> (<\\/ ok)", "engine",
                          "error", "type", "message", "no </b> promotion", "oracle", "dtype",
                          "int64", "shape", 2, 2, "expect_failures", "promotion", "op", "add", "a",
                          "int32", "b", "int64", "engine", "error", "oracle", "int64"));
  append_result(f, json_pack("{sssssiss s[] s[{ssssssssss}] s[s]}", "case", "t/expect", "file",
                             "/c/b.jsonl", "line", 6, "status", "expect-failed", "divergences",
                             "expect_failures", "step", "r", "backend", "ref:tf", "field", "dtype",
                             "expected", "uint8", "actual", "float32", "notes",
                             "an inherent partial shape"));
  append_result(f, json_pack("{snsssisiss ss s[] s[]}", "case", "file", "/c/bad.jsonl", "line", 3,
                             "column", 17, "status", "input-error", "error", "unknown op \"addd\"",
                             "divergences", "expect_failures"));
  cr_assert_eq(fclose(f), 0);
}

/* ---------------------------------------------------------------- content */

Test(report_html, should_embed_head_cases_and_aggregates_that_parse_back) {
  json_t *head = fixture_head();
  write_fixture_results(tmp_path("results.jsonl"));
  struct ndp_error err = {0};
  enum ndp_status st =
      ndp_report_html_write(head, tmp_path("results.jsonl"), tmp_path("report.html"), &err);
  cr_assert_eq(st, NDP_OK, "%s", err.msg);
  char *html = slurp(tmp_path("report.html"));
  cr_assert(strncmp(html, "<!DOCTYPE html>", 15) == 0);
  cr_assert_not_null(strstr(html, "<title>ndparity: ref:tf vs oracle</title>"));
  cr_assert_not_null(strstr(html, "id=\"js-errors\""));
  cr_assert_null(strstr(html, "http://"), "the page must not reach the network");
  cr_assert_null(strstr(html, "https://"), "the page must not reach the network");

  json_t *h = embedded(html, "ndp-head");
  cr_assert(json_equal(h, head), "ndp-head differs from the head given");
  json_t *cases = embedded(html, "ndp-cases");
  json_t *data = embedded(html, "ndp-data");
  /* pass and input-error cases are not embedded in full */
  cr_assert_eq(json_array_size(cases), 3);
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(cases, 0), "case")),
                   "t/shape-loss");
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(cases, 2), "case")),
                   "t/expect");

  const struct {
    const char *key;
    long long want;
  } counts[] = {{"results", 5},     {"pass", 1},  {"diverged", 2},   {"expect_failed", 1},
                {"input_error", 1}, {"crash", 0}, {"divergences", 2}};
  json_t *c = json_object_get(data, "counts");
  for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++)
    cr_expect_eq(json_integer_value(json_object_get(c, counts[i].key)), counts[i].want, "counts.%s",
                 counts[i].key);

  json_t *fps = json_object_get(data, "fingerprints");
  cr_assert_eq(json_array_size(fps), 2);
  json_t *f0 = json_array_get(fps, 0);
  cr_expect_str_eq(json_string_value(json_object_get(f0, "fp")), "e8783f71a52fb6ad");
  cr_expect_str_eq(json_string_value(json_object_get(f0, "kind")), "shape-loss");
  cr_expect_eq(json_integer_value(json_object_get(f0, "count")), 1);
  cr_expect_eq(json_integer_value(json_object_get(f0, "ex")), 0);
  cr_expect_eq(json_integer_value(json_object_get(f0, "engine_bytes")), 48000);

  /* promotion: add(int32, int32) agrees, add(int32, int64) differs */
  json_t *promo = json_object_get(data, "promotion");
  cr_assert_eq(json_array_size(promo), 2);
  json_t *p1 = json_array_get(promo, 1);
  cr_expect_str_eq(json_string_value(json_object_get(p1, "b")), "int64");
  cr_expect_eq(json_integer_value(json_object_get(p1, "diff")), 1);
  cr_expect_str_eq(json_string_value(json_object_get(p1, "d_engine")), "error");
  cr_expect_str_eq(json_string_value(json_object_get(p1, "d_oracle")), "int64");
  cr_expect_eq(json_integer_value(json_object_get(json_array_get(promo, 0), "diff")), 0);

  json_t *cross = json_array_get(json_object_get(data, "crossings_by_op"), 0);
  cr_expect_str_eq(json_string_value(json_object_get(cross, "op")), "from_tensor_slices");
  cr_expect_eq(json_integer_value(json_object_get(cross, "engine")), 48000);
  cr_expect_eq(json_array_size(json_object_get(data, "top_crossings")), 1);

  json_t *ef = json_object_get(data, "expect_failures");
  cr_expect_eq(json_integer_value(json_object_get(ef, "total")), 1);
  cr_expect_str_eq(
      json_string_value(json_object_get(json_array_get(json_object_get(ef, "rows"), 0), "actual")),
      "float32");
  json_t *ie = json_array_get(json_object_get(json_object_get(data, "input_errors"), "rows"), 0);
  cr_expect_eq(json_integer_value(json_object_get(ie, "line")), 3);
  cr_expect_eq(json_integer_value(json_object_get(ie, "column")), 17);
  cr_expect_str_eq(json_string_value(json_object_get(ie, "error")), "unknown op \"addd\"");
  json_t *note = json_array_get(json_object_get(json_object_get(data, "notes"), "rows"), 0);
  cr_expect_str_eq(json_string_value(json_object_get(note, "note")), "an inherent partial shape");

  json_decref(h);
  json_decref(cases);
  json_decref(data);
  json_decref(head);
  free(html);
}

Test(report_html, should_escape_script_end_tags_inside_data) {
  json_t *head = fixture_head();
  write_fixture_results(tmp_path("results.jsonl"));
  struct ndp_error err = {0};
  cr_assert_eq(
      ndp_report_html_write(head, tmp_path("results.jsonl"), tmp_path("report.html"), &err), NDP_OK,
      "%s", err.msg);
  char *html = slurp(tmp_path("report.html"));
  /* The page's own elements: the error hook, three data blocks, the app. */
  cr_expect_eq(count_of(html, "</script>"), 5, "a </script> in the data ended an element");
  cr_expect_null(strstr(html, "<script>alert(1)</script>"));
  cr_expect_null(strstr(html, "<!-- x"));
  cr_expect_not_null(strstr(html, "t/error<\\/script><script>alert(1)<\\/script>"));
  /* and the strings come back unchanged */
  json_t *cases = embedded(html, "ndp-cases");
  json_t *d = json_array_get(json_object_get(json_array_get(cases, 1), "divergences"), 0);
  cr_expect_str_eq(json_string_value(json_object_get(json_array_get(cases, 1), "case")),
                   "t/error</script><script>alert(1)</script>");
  cr_expect_str_eq(json_string_value(json_object_get(d, "message")),
                   "int32 + int64: engine fails </script><!-- x --> (<\\/ ok)");
  json_t *data = embedded(html, "ndp-data");
  json_t *f1 = json_array_get(json_object_get(data, "fingerprints"), 1);
  cr_expect_str_eq(json_string_value(json_object_get(json_object_get(f1, "first"), "case")),
                   "t/error</script><script>alert(1)</script>");
  json_decref(cases);
  json_decref(data);
  json_decref(head);
  free(html);
}

Test(report_html, should_escape_the_title) {
  json_t *head = json_pack("{ssss}", "engine", "a<b>&\"c\"", "oracle", "o</title>");
  const char *lines[] = {"{\"case\":\"x\",\"status\":\"pass\"}"};
  write_lines(tmp_path("results.jsonl"), lines, 1);
  struct ndp_error err = {0};
  cr_assert_eq(
      ndp_report_html_write(head, tmp_path("results.jsonl"), tmp_path("report.html"), &err), NDP_OK,
      "%s", err.msg);
  char *html = slurp(tmp_path("report.html"));
  cr_expect_not_null(
      strstr(html, "<title>ndparity: a&lt;b&gt;&amp;&quot;c&quot; vs o&lt;/title&gt;</title>"));
  json_decref(head);
  free(html);
}

Test(report_html, should_accept_results_without_optional_fields) {
  /* Each line lacks something a full report has; the head is nearly empty. */
  const char *lines[] = {
      "{\"case\":\"a\",\"status\":\"pass\"}",
      "",
      "   ",
      "{\"status\":\"diverged\",\"divergences\":[{\"kind\":\"value-mismatch\"}]}",
      "{\"case\":\"c\",\"status\":\"diverged\",\"divergences\":[{\"fingerprint\":\"ff\","
      "\"kind\":\"copy-overhead\",\"engine\":{\"bytes_copied\":1.5},\"oracle\":null}],"
      "\"promotion\":{\"op\":\"add\"},\"crossings\":[{}],\"bytes_copied\":{\"engine\":\"x\"}}",
      "{\"case\":\"d\",\"status\":\"expect-failed\",\"expect_failures\":[{}],\"notes\":[1]}",
      "{\"status\":\"input-error\"}",
      "{}",
  };
  write_lines(tmp_path("results.jsonl"), lines, sizeof lines / sizeof lines[0]);
  json_t *head = json_object();
  struct ndp_error err = {0};
  cr_assert_eq(
      ndp_report_html_write(head, tmp_path("results.jsonl"), tmp_path("report.html"), &err), NDP_OK,
      "%s", err.msg);
  char *html = slurp(tmp_path("report.html"));
  json_t *data = embedded(html, "ndp-data");
  json_t *cases = embedded(html, "ndp-cases");
  json_t *c = json_object_get(data, "counts");
  cr_expect_eq(json_integer_value(json_object_get(c, "results")), 6);
  cr_expect_eq(json_integer_value(json_object_get(c, "diverged")), 2);
  cr_expect_eq(json_integer_value(json_object_get(c, "other")), 1);
  cr_expect_eq(json_integer_value(json_object_get(c, "divergences")), 2);
  cr_expect_eq(json_array_size(cases), 3);
  json_t *fps = json_object_get(data, "fingerprints");
  cr_expect_eq(json_array_size(fps), 2);
  cr_expect_str_eq(json_string_value(json_object_get(json_array_get(fps, 0), "fp")), "(none)");
  cr_expect_eq(json_integer_value(json_object_get(json_array_get(fps, 1), "engine_bytes")), 0);
  cr_expect_eq(json_array_size(json_object_get(data, "promotion")), 0);
  cr_expect_eq(
      json_integer_value(json_object_get(json_object_get(data, "expect_failures"), "total")), 1);
  cr_expect_eq(json_integer_value(json_object_get(json_object_get(data, "notes"), "total")), 0);
  json_decref(data);
  json_decref(cases);
  json_decref(head);
  free(html);
}

Test(report_html, should_cap_embedded_cases_but_count_them_all) {
  FILE *f = fopen(tmp_path("results.jsonl"), "w");
  cr_assert_not_null(f);
  const int n = 2100;
  for (int i = 0; i < n; i++) {
    char name[32], fp[17];
    snprintf(name, sizeof name, "t/%d", i);
    snprintf(fp, sizeof fp, "%016x", i % 7);
    append_result(f,
                  json_pack("{sssssiss s[{ssssss}] s[]}", "case", name, "file", "/c/a.jsonl",
                            "line", i + 1, "status", "diverged", "divergences", "kind",
                            "type-mismatch", "fingerprint", fp, "message", "m", "expect_failures"));
  }
  cr_assert_eq(fclose(f), 0);
  json_t *head = json_object();
  struct ndp_error err = {0};
  cr_assert_eq(
      ndp_report_html_write(head, tmp_path("results.jsonl"), tmp_path("report.html"), &err), NDP_OK,
      "%s", err.msg);
  char *html = slurp(tmp_path("report.html"));
  json_t *cases = embedded(html, "ndp-cases");
  json_t *data = embedded(html, "ndp-data");
  cr_expect_eq(json_array_size(cases), 2000);
  json_t *emb = json_object_get(data, "embedded");
  cr_expect_eq(json_integer_value(json_object_get(emb, "cases")), 2000);
  cr_expect_eq(json_integer_value(json_object_get(emb, "not_embedded")), 100);
  json_t *fps = json_object_get(data, "fingerprints");
  cr_assert_eq(json_array_size(fps), 7);
  long long total = 0;
  for (size_t i = 0; i < 7; i++) {
    json_t *fpo = json_array_get(fps, i);
    total += json_integer_value(json_object_get(fpo, "count"));
    cr_expect_eq(json_integer_value(json_object_get(fpo, "cases")),
                 json_integer_value(json_object_get(fpo, "count")));
    cr_expect_eq(json_integer_value(json_object_get(fpo, "ex")), (json_int_t)i);
  }
  cr_expect_eq(total, n);
  json_decref(cases);
  json_decref(data);
  json_decref(head);
  free(html);
}

Test(report_html, should_replace_an_existing_report) {
  json_t *head = json_object();
  const char *one[] = {"{\"case\":\"first\",\"status\":\"diverged\"}"};
  const char *two[] = {"{\"case\":\"second\",\"status\":\"diverged\"}"};
  struct ndp_error err = {0};
  write_lines(tmp_path("results.jsonl"), one, 1);
  cr_assert_eq(
      ndp_report_html_write(head, tmp_path("results.jsonl"), tmp_path("report.html"), &err), NDP_OK,
      "%s", err.msg);
  write_lines(tmp_path("results.jsonl"), two, 1);
  cr_assert_eq(
      ndp_report_html_write(head, tmp_path("results.jsonl"), tmp_path("report.html"), &err), NDP_OK,
      "%s", err.msg);
  char *html = slurp(tmp_path("report.html"));
  cr_expect_null(strstr(html, "\"first\""));
  cr_expect_not_null(strstr(html, "\"second\""));
  cr_expect_eq(dir_entries(), 2, "a temporary file was left behind");
  struct stat sb;
  cr_assert_eq(stat(tmp_path("report.html"), &sb), 0);
  cr_expect_eq(sb.st_mode & 0777, 0644);
  json_decref(head);
  free(html);
}

/* ---------------------------------------------------------------- errors */

Test(report_html, should_name_the_line_of_a_bad_result) {
  const struct {
    const char *lines[3];
    const char *want; /* in the message, after "<results path>" */
  } rows[] = {
      {{"{\"status\":\"pass\"}", "{\"status\":\"pass\"", NULL}, ":2:16: not a JSON result: "},
      {{"", "", "{\"a\" 1}"}, ":3:"},
      {{"[1, 2]", NULL, NULL}, ":1: a result must be a JSON object, found a JSON array"},
      {{"{\"status\":\"pass\"}", "\"pass\"", NULL},
       ":2: a result must be a JSON object, found a JSON string"},
      {{"{\"status\":\"pass\"},", NULL, NULL}, ":1:"},
  };
  json_t *head = json_object();
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    size_t n = 0;
    while (n < 3 && rows[i].lines[n] != NULL) n++;
    write_lines(tmp_path("results.jsonl"), rows[i].lines, n);
    struct ndp_error err = {0};
    enum ndp_status st =
        ndp_report_html_write(head, tmp_path("results.jsonl"), tmp_path("report.html"), &err);
    cr_expect_eq(st, NDP_EINPUT, "row %zu: status %d", i, (int)st);
    char want[600];
    snprintf(want, sizeof want, "%s%s", tmp_path("results.jsonl"), rows[i].want);
    cr_expect_not_null(strstr(err.msg, want), "row %zu: \"%s\" lacks \"%s\"", i, err.msg, want);
    cr_expect_eq(access(tmp_path("report.html"), F_OK), -1, "row %zu: a report was written", i);
    cr_expect_eq(dir_entries(), 1, "row %zu: a temporary file was left behind", i);
    /* err may be NULL */
    cr_expect_eq(
        ndp_report_html_write(head, tmp_path("results.jsonl"), tmp_path("report.html"), NULL),
        NDP_EINPUT);
  }
  json_decref(head);
}

Test(report_html, should_fail_on_unwritable_or_missing_paths) {
  const char *lines[] = {"{\"case\":\"a\",\"status\":\"pass\"}"};
  write_lines(tmp_path("results.jsonl"), lines, 1);
  write_lines(tmp_path("plainfile"), lines, 1);
  char in_missing_dir[600], under_a_file[600], results_missing[600];
  snprintf(in_missing_dir, sizeof in_missing_dir, "%s/no/such/dir/report.html", tmpdir);
  snprintf(under_a_file, sizeof under_a_file, "%s/plainfile/report.html", tmpdir);
  snprintf(results_missing, sizeof results_missing, "%s/missing.jsonl", tmpdir);
  const struct {
    const char *results, *html, *want;
  } rows[] = {
      {tmp_path("results.jsonl"), in_missing_dir, "cannot write"},
      {tmp_path("results.jsonl"), under_a_file, "cannot write"},
      {results_missing, tmp_path("report.html"), "cannot read"},
      {tmp_path("results.jsonl"), tmpdir, "cannot rename"},
  };
  json_t *head = json_object();
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    struct ndp_error err = {0};
    enum ndp_status st = ndp_report_html_write(head, rows[i].results, rows[i].html, &err);
    cr_expect_eq(st, NDP_EINPUT, "row %zu", i);
    cr_expect_not_null(strstr(err.msg, rows[i].want), "row %zu: \"%s\"", i, err.msg);
    cr_expect_not_null(strstr(err.msg, i == 2 ? rows[i].results : rows[i].html), "row %zu: \"%s\"",
                       i, err.msg);
    cr_expect_eq(dir_entries(), 2, "row %zu: something was left behind", i);
  }
  /* a head that is not an object is a caller's bug */
  json_t *arr = json_array();
  struct ndp_error err = {0};
  cr_expect_eq(ndp_report_html_write(arr, tmp_path("results.jsonl"), tmp_path("report.html"), &err),
               NDP_EINTERNAL);
  json_decref(arr);
  json_decref(head);
}
