/* Baselines and gating (reports/src/baseline.c): new, known and fixed
 * fingerprints, the copy-overhead tolerance at and around its edge, what a
 * bad baseline says, and ndparity diff's text and return codes. Reports are
 * built with jansson into a temporary directory. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ndparity/baseline.h"

/* ---------------------------------------------------------------- fixtures */

static char tmpdir[64];

static void make_tmpdir(void) {
  snprintf(tmpdir, sizeof tmpdir, "/tmp/ndp_baseline_XXXXXX");
  cr_assert_not_null(mkdtemp(tmpdir));
}

/* Removes the (flat) temporary directory. */
static void remove_tmpdir(void) {
  DIR *d = opendir(tmpdir);
  if (d == NULL) return;
  struct dirent *e;
  char path[512];
  while ((e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    snprintf(path, sizeof path, "%s/%s", tmpdir, e->d_name);
    if (unlink(path) != 0) rmdir(path);
  }
  closedir(d);
  rmdir(tmpdir);
}

TestSuite(baseline, .init = make_tmpdir, .fini = remove_tmpdir);
TestSuite(gate, .init = make_tmpdir, .fini = remove_tmpdir);
TestSuite(diff, .init = make_tmpdir, .fini = remove_tmpdir);

static const char *tmp_path(const char *name) {
  static char paths[8][512];
  static int next;
  char *p = paths[next++ % 8];
  snprintf(p, 512, "%s/%s", tmpdir, name);
  return p;
}

/* One result with at most one divergence (fp NULL: a passing case). */
struct div_row {
  const char *case_name, *file, *fp, *kind, *message;
  long long bytes; /* engine bytes_copied; < 0: the engine side has none */
};

static json_t *report_json(const struct div_row *rows, size_t n) {
  json_t *results = json_array();
  for (size_t i = 0; i < n; i++) {
    const struct div_row *r = &rows[i];
    json_t *divs = json_array();
    if (r->fp) {
      json_t *engine = r->bytes >= 0 ? json_pack("{sI}", "bytes_copied", (json_int_t)r->bytes)
                                     : json_pack("{ss}", "error", "type");
      json_array_append_new(divs, json_pack("{ss ss ss ss ss so so}", "step", "r", "op", "add",
                                            "kind", r->kind, "fingerprint", r->fp, "message",
                                            r->message, "engine", engine, "oracle", json_object()));
    }
    json_array_append_new(results,
                          json_pack("{ss ss si ss so s[]}", "case", r->case_name, "file", r->file,
                                    "line", (int)i + 1, "status", r->fp ? "diverged" : "pass",
                                    "divergences", divs, "expect_failures"));
  }
  json_t *root = json_pack("{ss si ss ss so si so s[] s[]}", "format", "ndparity-report", "version",
                           1, "mode", "run", "engine", "ref:tf", "oracle", json_string("oracle"),
                           "seed", 1, "results", results, "regressions", "fixed");
  cr_assert_not_null(root);
  return root;
}

static const char *write_report(const char *name, const struct div_row *rows, size_t n) {
  const char *path = tmp_path(name);
  json_t *root = report_json(rows, n);
  cr_assert_eq(json_dump_file(root, path, JSON_INDENT(1)), 0);
  json_decref(root);
  return path;
}

static void write_text(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  cr_assert_not_null(f);
  fputs(text, f);
  fclose(f);
}

static struct ndp_baseline *load_ok(const char *path) {
  struct ndp_error err = {0};
  struct ndp_baseline *b = NULL;
  cr_assert_eq(ndp_baseline_load(path, &b, &err), NDP_OK, "%s: %s", path, err.msg);
  cr_assert_not_null(b);
  return b;
}

static struct ndp_gate *gate_ok(const struct ndp_baseline *b, double tol) {
  struct ndp_error err = {0};
  struct ndp_gate *g = NULL;
  cr_assert_eq(ndp_gate_new(b, tol, &g, &err), NDP_OK, "%s", err.msg);
  return g;
}

static void observe(struct ndp_gate *g, const struct div_row *r, const char *want) {
  const char *got = ndp_gate_observe(g, r->fp, r->kind, r->message, r->case_name, r->file,
                                     r->bytes < 0 ? 0 : r->bytes);
  cr_assert_str_eq(got, want, "%s (%s): observe said %s, want %s", r->fp, r->case_name, got, want);
}

static void finish_ok(struct ndp_gate *g, json_t **regs, json_t **fixed) {
  struct ndp_error err = {0};
  cr_assert_eq(ndp_gate_finish(g, regs, fixed, &err), NDP_OK, "%s", err.msg);
  cr_assert(json_is_array(*regs));
  cr_assert(json_is_array(*fixed));
}

static const char *sget(const json_t *o, const char *key) {
  const char *s = json_string_value(json_object_get(o, key));
  cr_assert_not_null(s, "no string %s", key);
  return s;
}

static long long iget(const json_t *o, const char *key) {
  const json_t *v = json_object_get(o, key);
  cr_assert(json_is_integer(v), "no integer %s", key);
  return (long long)json_integer_value(v);
}

/* ---------------------------------------------------------------- gate */

static const struct div_row BASE[] = {
    {"c/a1", "cases/a.jsonl", "aaaa000000000001", "type-mismatch", "int8 + uint8 differs", 0},
    {"c/a2", "cases/a.jsonl", "aaaa000000000001", "type-mismatch", "int8 + uint8 differs", 0},
    {"c/b", "cases/b.jsonl", "bbbb000000000002", "shape-loss", "shape lost at step flat", 0},
    {"c/c", "cases/c.jsonl", "cccc000000000003", "error-mismatch", "engine fails", -1},
    {"c/p", "cases/c.jsonl", NULL, NULL, NULL, 0},
};

Test(gate, should_call_known_new_and_fixed_by_fingerprint) {
  struct ndp_baseline *b = load_ok(write_report("base.json", BASE, 5));
  struct ndp_gate *g = gate_ok(b, 0.10);
  const struct div_row run[] = {
      {"c/a1", "cases/a.jsonl", "aaaa000000000001", "type-mismatch", "int8 + uint8 differs", 0},
      {"c/d1", "cases/d.jsonl", "dddd000000000004", "value-mismatch", "3 of 4 differ", 0},
      {"c/e", "cases/e.jsonl", "eeee000000000005", "shape-loss", "shape lost at step m", 0},
      {"c/d2", "cases/d2.jsonl", "dddd000000000004", "value-mismatch", "1 of 4 differ", 0},
      {"c/b", "cases/b.jsonl", "bbbb000000000002", "shape-loss", "shape lost at step flat", 0},
      {"c/a2", "cases/a.jsonl", "aaaa000000000001", "type-mismatch", "int8 + uint8 differs", 0},
  };
  const char *want[] = {"known", "new", "new", "new", "known", "known"};
  for (size_t i = 0; i < 6; i++) observe(g, &run[i], want[i]);
  json_t *regs, *fixed;
  finish_ok(g, &regs, &fixed);

  /* one entry per fingerprint, by kind (shape-loss before value-mismatch) */
  cr_assert_eq(json_array_size(regs), 2);
  const json_t *r0 = json_array_get(regs, 0), *r1 = json_array_get(regs, 1);
  cr_assert_str_eq(sget(r0, "fingerprint"), "eeee000000000005");
  cr_assert_str_eq(sget(r0, "kind"), "shape-loss");
  cr_assert_str_eq(sget(r0, "reason"), "new");
  cr_assert_eq(iget(r0, "count"), 1);
  cr_assert_str_eq(sget(r1, "fingerprint"), "dddd000000000004");
  cr_assert_str_eq(sget(r1, "kind"), "value-mismatch");
  cr_assert_str_eq(sget(r1, "message"), "3 of 4 differ"); /* the first occurrence */
  cr_assert_str_eq(sget(r1, "case"), "c/d1");
  cr_assert_str_eq(sget(r1, "file"), "cases/d.jsonl");
  cr_assert_str_eq(sget(r1, "reason"), "new");
  cr_assert_eq(iget(r1, "count"), 2);
  cr_assert_null(json_object_get(r1, "bytes"), "bytes only for copy-overhead");
  /* the fields in the documented order */
  const char *order[] = {"fingerprint", "kind", "message", "case", "file", "reason", "count"};
  size_t k = 0;
  const char *key;
  const json_t *v;
  json_object_foreach((json_t *)r1, key, v) {
    cr_assert_lt(k, 7);
    cr_assert_str_eq(key, order[k]);
    k++;
  }

  cr_assert_eq(json_array_size(fixed), 1);
  const json_t *f0 = json_array_get(fixed, 0);
  cr_assert_str_eq(sget(f0, "fingerprint"), "cccc000000000003");
  cr_assert_str_eq(sget(f0, "kind"), "error-mismatch");
  cr_assert_str_eq(sget(f0, "message"), "engine fails");
  cr_assert_str_eq(sget(f0, "case"), "c/c");
  cr_assert_str_eq(sget(f0, "file"), "cases/c.jsonl");
  cr_assert_eq(iget(f0, "count"), 1);
  json_decref(regs);
  json_decref(fixed);
  ndp_gate_free(g);
  ndp_baseline_free(b);
}

Test(gate, should_call_every_divergence_new_without_a_baseline) {
  struct ndp_gate *g = gate_ok(NULL, 0.0);
  for (size_t i = 0; i < 5; i++)
    if (BASE[i].fp) observe(g, &BASE[i], "new");
  json_t *regs, *fixed;
  finish_ok(g, &regs, &fixed);
  cr_assert_eq(json_array_size(regs), 3);
  cr_assert_eq(json_array_size(fixed), 0);
  /* classifier order: shape-loss, type-mismatch, error-mismatch */
  const char *fps[] = {"bbbb000000000002", "aaaa000000000001", "cccc000000000003"};
  const long long counts[] = {1, 2, 1};
  for (size_t i = 0; i < 3; i++) {
    cr_assert_str_eq(sget(json_array_get(regs, i), "fingerprint"), fps[i]);
    cr_assert_eq(iget(json_array_get(regs, i), "count"), counts[i]);
  }
  json_decref(regs);
  json_decref(fixed);
  ndp_gate_free(g);
}

Test(gate, should_sort_by_kind_then_fingerprint_with_unknown_kinds_last) {
  struct ndp_gate *g = gate_ok(NULL, 0.0);
  const struct div_row run[] = {
      {"c", "f", "ffff", "zz-future", "m", 0},      {"c", "f", "0003", "copy-overhead", "m", 10},
      {"c", "f", "0002", "copy-overhead", "m", 10}, {"c", "f", "eeee", "aa-future", "m", 0},
      {"c", "f", "0009", "shape-loss", "m", 0},     {"c", "f", "0001", "timeout", "m", 0},
  };
  for (size_t i = 0; i < 6; i++) observe(g, &run[i], "new");
  json_t *regs, *fixed;
  finish_ok(g, &regs, &fixed);
  const char *want[] = {"0009", "0002", "0003", "0001", "eeee", "ffff"};
  cr_assert_eq(json_array_size(regs), 6);
  for (size_t i = 0; i < 6; i++)
    cr_assert_str_eq(sget(json_array_get(regs, i), "fingerprint"), want[i], "position %zu", i);
  /* a new copy-overhead fingerprint has its bytes and 0 in the baseline */
  cr_assert_eq(iget(json_array_get(regs, 1), "bytes"), 10);
  cr_assert_eq(iget(json_array_get(regs, 1), "baseline_bytes"), 0);
  json_decref(regs);
  json_decref(fixed);
  ndp_gate_free(g);
}

/* The copy-overhead gate: the run's engine bytes summed over a fingerprint's
 * occurrences against the baseline's sum. */
Test(gate, should_flag_more_copies_beyond_the_tolerance_only) {
  struct row {
    long long base1, base2; /* the baseline's two occurrences */
    long long run1, run2;   /* the run's */
    double tol;
    bool regression;
  } rows[] = {
      {600, 400, 600, 500, 0.10, false}, /* 1100 vs 1000: exactly 10% */
      {600, 400, 600, 501, 0.10, true},  /* 1101 */
      {600, 400, 1000, 0, 0.0, false},   /* equal, no tolerance */
      {600, 400, 1000, 1, 0.0, true},    /* one byte more */
      {600, 400, 100, 0, 0.0, false},    /* fewer bytes: never a regression */
      {50, 50, 100, 29, 0.29, false},    /* 0.29 * 100 is 28.999999999999996 in doubles */
      {50, 50, 100, 30, 0.29, true},
      {50, 50, 107, 0, 0.07, false}, /* 0.07 * 100 is 7.000000000000001 */
      {50, 50, 108, 0, 0.07, true},
      {600, 400, 2500, 0, 1.5, false},
      {600, 400, 2500, 1, 1.5, true},
      {0, 0, 1, 0, 0.5, true}, /* the baseline copied nothing */
      {0, 0, 0, 0, 0.5, false},
  };
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    const struct row *w = &rows[i];
    const struct div_row base[] = {
        {"c/m1", "s.jsonl", "c0c0c0c0c0c0c0c0", "copy-overhead", "copies", w->base1},
        {"c/m2", "s.jsonl", "c0c0c0c0c0c0c0c0", "copy-overhead", "copies", w->base2},
        /* more bytes on another kind never count */
        {"c/t", "s.jsonl", "7777777777777777", "type-mismatch", "cast", 0},
    };
    struct ndp_baseline *b = load_ok(write_report("copies.json", base, 3));
    struct ndp_gate *g = gate_ok(b, w->tol);
    const struct div_row run[] = {
        {"c/m1", "s.jsonl", "c0c0c0c0c0c0c0c0", "copy-overhead", "copies", w->run1},
        {"c/m2", "s.jsonl", "c0c0c0c0c0c0c0c0", "copy-overhead", "copies", w->run2},
        {"c/t", "s.jsonl", "7777777777777777", "type-mismatch", "cast", 1000000},
    };
    /* the fingerprint is known either way: more-copies is decided at finish */
    for (size_t k = 0; k < 3; k++) observe(g, &run[k], "known");
    json_t *regs, *fixed;
    finish_ok(g, &regs, &fixed);
    cr_assert_eq(json_array_size(fixed), 0, "row %zu", i);
    cr_assert_eq(json_array_size(regs), w->regression ? 1u : 0u,
                 "row %zu: %lld vs %lld bytes at tolerance %g", i, w->run1 + w->run2,
                 w->base1 + w->base2, w->tol);
    if (w->regression) {
      const json_t *r = json_array_get(regs, 0);
      cr_assert_str_eq(sget(r, "reason"), "more-copies");
      cr_assert_str_eq(sget(r, "fingerprint"), "c0c0c0c0c0c0c0c0");
      cr_assert_eq(iget(r, "count"), 2);
      cr_assert_eq(iget(r, "bytes"), w->run1 + w->run2);
      cr_assert_eq(iget(r, "baseline_bytes"), w->base1 + w->base2);
    }
    json_decref(regs);
    json_decref(fixed);
    ndp_gate_free(g);
    ndp_baseline_free(b);
  }
}

Test(gate, should_reject_a_negative_or_non_finite_tolerance) {
  const double bad[] = {-0.01, NAN, INFINITY};
  for (size_t i = 0; i < 3; i++) {
    struct ndp_error err = {0};
    struct ndp_gate *g = (struct ndp_gate *)&err; /* overwritten with NULL */
    cr_assert_eq(ndp_gate_new(NULL, bad[i], &g, &err), NDP_EINPUT, "tolerance %g", bad[i]);
    cr_assert_null(g);
    cr_assert(strstr(err.msg, "expected a fraction >= 0"), "%s", err.msg);
  }
}

/* Enough fingerprints to grow the table several times. */
Test(gate, should_scale_to_thousands_of_fingerprints) {
  enum { N = 3000 };
  struct div_row *rows = calloc(N, sizeof *rows);
  char(*fps)[17] = calloc(2 * N, sizeof *fps);
  cr_assert(rows && fps);
  for (int i = 0; i < 2 * N; i++) snprintf(fps[i], 17, "%016x", (unsigned)i * 2654435761u);
  for (int i = 0; i < N; i++)
    rows[i] = (struct div_row){"c", "f.jsonl", fps[i], "value-mismatch", "m", 0};
  struct ndp_baseline *b = load_ok(write_report("big.json", rows, N));
  struct ndp_gate *g = gate_ok(b, 0.0);
  for (int i = N / 2; i < N + N / 2; i++) {
    struct div_row r = {"c", "f.jsonl", fps[i], "value-mismatch", "m", 0};
    observe(g, &r, i < N ? "known" : "new");
  }
  json_t *regs, *fixed;
  finish_ok(g, &regs, &fixed);
  cr_assert_eq(json_array_size(regs), N / 2);
  cr_assert_eq(json_array_size(fixed), N / 2);
  for (size_t i = 1; i < json_array_size(regs); i++)
    cr_assert_lt(strcmp(sget(json_array_get(regs, i - 1), "fingerprint"),
                        sget(json_array_get(regs, i), "fingerprint")),
                 0);
  json_decref(regs);
  json_decref(fixed);
  ndp_gate_free(g);
  ndp_baseline_free(b);
  free(rows);
  free(fps);
}

/* ---------------------------------------------------------------- baseline */

Test(baseline, should_ignore_its_own_regressions_and_fixed) {
  json_t *root = report_json(BASE, 5);
  json_object_set_new(
      root, "regressions",
      json_pack("[{ssss}]", "fingerprint", "9999999999999999", "kind", "shape-loss"));
  json_object_set_new(
      root, "fixed",
      json_pack("[{ssss}]", "fingerprint", "8888888888888888", "kind", "shape-loss"));
  const char *path = tmp_path("with-gate.json");
  cr_assert_eq(json_dump_file(root, path, 0), 0);
  json_decref(root);
  struct ndp_baseline *b = load_ok(path);
  struct ndp_gate *g = gate_ok(b, 0.0);
  struct div_row r9 = {"c", "f", "9999999999999999", "shape-loss", "m", 0};
  struct div_row r8 = {"c", "f", "8888888888888888", "shape-loss", "m", 0};
  observe(g, &r9, "new");
  observe(g, &r8, "new");
  observe(g, &BASE[0], "known");
  json_t *regs, *fixed;
  finish_ok(g, &regs, &fixed);
  cr_assert_eq(json_array_size(regs), 2);
  cr_assert_eq(json_array_size(fixed), 2); /* bbbb and cccc, not 8888 */
  cr_assert_str_eq(sget(json_array_get(fixed, 0), "fingerprint"), "bbbb000000000002");
  cr_assert_str_eq(sget(json_array_get(fixed, 1), "fingerprint"), "cccc000000000003");
  json_decref(regs);
  json_decref(fixed);
  ndp_gate_free(g);
  ndp_baseline_free(b);
}

Test(baseline, should_say_where_and_why_a_bad_baseline_is_bad) {
  struct row {
    const char *name, *text; /* text NULL: the file does not exist */
    const char *want;        /* after "<path>" */
  } rows[] = {
      {"missing.json", NULL, ": No such file or directory"},
      {"syntax.json",
       "{\n  \"format\": \"ndparity-report\",\n  \"version\": 1,\n  \"results\": [\n"
       "    {\"case\": \"a\" \"file\": \"x\"}\n  ]\n}\n",
       ":5:23: not a JSON report: '}' expected near '\"file\"' (expected an ndparity report.json)"},
      {"empty.json", "",
       ":1:0: not a JSON report: '[' or '{' expected near end of file (expected an ndparity "
       "report.json)"},
      {"array.json", "[]",
       ": not an ndparity report: the document is an array, expected an object with "
       "\"format\": \"ndparity-report\""},
      {"format.json", "{\"format\": \"junit\", \"version\": 1, \"results\": []}",
       ": not an ndparity report: \"format\" is \"junit\", expected \"ndparity-report\""},
      {"noformat.json", "{\"results\": []}",
       ": not an ndparity report: \"format\" is missing, expected \"ndparity-report\""},
      {"version.json", "{\"format\": \"ndparity-report\", \"version\": 2, \"results\": []}",
       ": report version 2, expected 1 (written by a newer ndparity?)"},
      {"noresults.json", "{\"format\": \"ndparity-report\", \"version\": 1}",
       ": \"results\" is missing, expected an array of results"},
      {"result.json", "{\"format\": \"ndparity-report\", \"version\": 1, \"results\": [3]}",
       ": results[0] is an integer, expected an object"},
      {"divs.json",
       "{\"format\": \"ndparity-report\", \"version\": 1, \"results\": [{\"divergences\": {}}]}",
       ": results[0].divergences is an object, expected an array"},
      {"nofp.json",
       "{\"format\": \"ndparity-report\", \"version\": 1, \"results\": [{\"divergences\": []},"
       " {\"divergences\": [{\"kind\": \"shape-loss\"}]}]}",
       ": results[1].divergences[0] has no fingerprint, expected a non-empty string"},
      {"nokind.json",
       "{\"format\": \"ndparity-report\", \"version\": 1, \"results\": [{\"divergences\": "
       "[{\"fingerprint\": \"ab\"}]}]}",
       ": results[0].divergences[0] has no kind, expected a non-empty string"},
  };
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    const char *path = tmp_path(rows[i].name);
    if (rows[i].text) write_text(path, rows[i].text);
    struct ndp_error err = {0};
    struct ndp_baseline *b = (struct ndp_baseline *)&err; /* overwritten with NULL */
    cr_assert_eq(ndp_baseline_load(path, &b, &err), NDP_EINPUT, "%s", rows[i].name);
    cr_assert_null(b, "%s", rows[i].name);
    char want[1024];
    snprintf(want, sizeof want, "%s%s", path, rows[i].want);
    if (rows[i].text == NULL)
      snprintf(want, sizeof want, "cannot open report %s%s", path, rows[i].want);
    cr_assert_str_eq(err.msg, want, "%s: %s", rows[i].name, err.msg);
  }
  /* a directory opens but does not read */
  struct ndp_error err = {0};
  struct ndp_baseline *b = NULL;
  cr_assert_eq(ndp_baseline_load(tmpdir, &b, &err), NDP_EINPUT);
  cr_assert(strstr(err.msg, tmpdir), "%s", err.msg);
}

/* ---------------------------------------------------------------- diff */

/* ndp_report_diff's output as a string (caller frees) and its return code. */
static char *diff_text(const char *old_path, const char *new_path, double tol, int *code,
                       struct ndp_error *err) {
  char *buf = NULL;
  size_t n = 0;
  FILE *out = open_memstream(&buf, &n);
  cr_assert_not_null(out);
  *code = ndp_report_diff(old_path, new_path, tol, out, err);
  fclose(out);
  return buf;
}

Test(diff, should_print_regressions_fixes_and_known_counts) {
  const char *old_path = write_report("old.json", BASE, 5);
  const struct div_row now[] = {
      {"c/a1", "cases/a.jsonl", "aaaa000000000001", "type-mismatch", "int8 + uint8 differs", 0},
      {"c/n", "cases/n.jsonl", "eeee000000000005", "shape-loss", "lost\nat m", 0},
      {"c/b", "cases/b.jsonl", "bbbb000000000002", "shape-loss", "shape lost at step flat", 0},
      {"c/n2", "cases/n.jsonl", "eeee000000000005", "shape-loss", "lost again", 0},
  };
  const char *new_path = write_report("new.json", now, 4);
  struct ndp_error err = {0};
  int code;
  char *text = diff_text(old_path, new_path, 0.1, &code, &err);
  cr_assert_eq(code, 1, "%s", err.msg);
  char want[2048];
  snprintf(want, sizeof want,
           "ndparity diff %s %s: 1 regression, 1 fixed, 2 known\n"
           "regression  shape-loss      eeee000000000005  lost at m (c/n) [2 times]\n"
           "fixed       error-mismatch  cccc000000000003  engine fails (c/c)\n"
           "known: 2\n",
           old_path, new_path);
  cr_assert_str_eq(text, want);
  free(text);

  /* the other way round: cccc is new, eeee fixed */
  text = diff_text(new_path, old_path, 0.1, &code, &err);
  cr_assert_eq(code, 1, "%s", err.msg);
  snprintf(want, sizeof want,
           "ndparity diff %s %s: 1 regression, 1 fixed, 3 known\n"
           "regression  error-mismatch  cccc000000000003  engine fails (c/c)\n"
           "fixed       shape-loss      eeee000000000005  lost at m (c/n)\n"
           "known: 3\n",
           new_path, old_path);
  cr_assert_str_eq(text, want);
  free(text);

  /* a report against itself */
  text = diff_text(old_path, old_path, 0.0, &code, &err);
  cr_assert_eq(code, 0);
  cr_assert(strstr(text, ": 0 regressions, 0 fixed, 4 known\n"), "%s", text);
  free(text);
}

Test(diff, should_report_more_copies_with_the_tolerance) {
  const struct div_row base[] = {
      {"c/m", "s.jsonl", "c0c0c0c0c0c0c0c0", "copy-overhead", "copies 400 bytes", 1000},
  };
  const struct div_row now[] = {
      {"c/m", "s.jsonl", "c0c0c0c0c0c0c0c0", "copy-overhead", "copies 800 bytes", 2000},
  };
  const char *old_path = write_report("old.json", base, 1);
  const char *new_path = write_report("new.json", now, 1);
  struct ndp_error err = {0};
  int code;
  char *text = diff_text(old_path, new_path, 0.1, &code, &err);
  cr_assert_eq(code, 1);
  cr_assert(strstr(text, "\nregression  copy-overhead   c0c0c0c0c0c0c0c0  more copies: 2000 bytes "
                         "where the baseline copied 1000 (+100.0%, tolerance 10%): copies 800 "
                         "bytes (c/m)\n"),
            "%s", text);
  cr_assert(strstr(text, ": 1 regression, 0 fixed, 1 known\n"), "%s", text);
  free(text);
  text = diff_text(old_path, new_path, 1.0, &code, &err);
  cr_assert_eq(code, 0, "%s", text);
  free(text);
}

Test(diff, should_return_2_when_a_report_does_not_load) {
  const char *good = write_report("good.json", BASE, 5);
  const char *bad = tmp_path("bad.json");
  write_text(bad, "{\"format\": \"ndparity-report\",\n \"version\": 1, \"results\": [}\n");
  struct {
    const char *old_path, *new_path;
  } rows[] = {{bad, good}, {good, bad}, {good, tmp_path("absent.json")}};
  for (size_t i = 0; i < 3; i++) {
    struct ndp_error err = {0};
    int code;
    char *text = diff_text(rows[i].old_path, rows[i].new_path, 0.1, &code, &err);
    cr_assert_eq(code, 2, "row %zu", i);
    cr_assert_str_eq(text, "", "row %zu: nothing printed", i);
    const char *culprit = i == 0 ? bad : rows[i].new_path;
    cr_assert(strstr(err.msg, culprit), "row %zu: %s", i, err.msg);
    free(text);
  }
  struct ndp_error err = {0};
  int code;
  char *text = diff_text(bad, good, 0.1, &code, &err);
  char want[600];
  snprintf(want, sizeof want, "%s:2:28: not a JSON report: unexpected token near '}'", bad);
  cr_assert(strncmp(err.msg, want, strlen(want)) == 0, "%s", err.msg);
  free(text);
  /* a bad tolerance is bad input too */
  text = diff_text(good, good, -1.0, &code, &err);
  cr_assert_eq(code, 2);
  cr_assert(strstr(err.msg, "copy tolerance"), "%s", err.msg);
  free(text);
}
