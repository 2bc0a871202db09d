/* The minimizer (harness/src/minimize.c): a bloated diverging case shrinks
 * to its one diverging step on the smallest inputs that keep the
 * fingerprint; crashing and hanging cases shrink in forked children; a case
 * without the divergence is refused with a message. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/backend.h"
#include "ndparity/case.h"
#include "ndparity/case_write.h"
#include "ndparity/classify.h"
#include "ndparity/minimize.h"
#include "ndparity/runner.h"
#include "oracle_internal.h"

/* ---------------------------------------------------------------- a wrong backend */

/* The ref engine, except that add gives int32 for int8 + uint8 (NumPy:
 * int16). */
static enum ndp_status wrong_add_run(struct ndp_backend *self, const struct ndp_step *step,
                                     const struct ndp_tensor *const *operands,
                                     struct ndp_tensor *out, int64_t *bytes_copied,
                                     struct ndp_error *err) {
  enum ndp_status st = ndp_ref_backend.run_step(self, step, operands, out, bytes_copied, err);
  if (st != NDP_OK || step->op != NDP_OP_ADD || operands[0] == NULL || operands[1] == NULL)
    return st;
  enum ndp_dtype a = operands[0]->dtype, b = operands[1]->dtype;
  if (!((a == NDP_INT8 && b == NDP_UINT8) || (a == NDP_UINT8 && b == NDP_INT8))) return st;
  struct ndp_tensor r;
  st = ndp_copy_as(out, NDP_INT32, 'C', &r, err);
  ndp_tensor_release(out);
  if (st == NDP_OK) *out = r;
  return st;
}

static struct ndp_backend wrong_backend(void) {
  struct ndp_backend b = ndp_ref_backend;
  b.name = "wrong-add";
  b.run_step = wrong_add_run;
  return b;
}

/* ---------------------------------------------------------------- helpers */

static struct ndp_case *parse_text(const char *text) {
  char *s = strdup(text);
  cr_assert_not_null(s);
  for (char *p = s; *p; p++)
    if (*p == '\'') *p = '"';
  json_error_t jerr;
  json_t *j = json_loads(s, JSON_REJECT_DUPLICATES, &jerr);
  cr_assert_not_null(j, "bad test JSON: %s (%s)", jerr.text, s);
  free(s);
  struct ndp_case *c = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_case_parse(j, "t.json", 1, &c, &err), NDP_OK, "%s", err.msg);
  json_decref(j);
  return c;
}

static char *text_of(const json_t *j) {
  const size_t flags = JSON_COMPACT | JSON_REAL_PRECISION(17);
  size_t n = json_dumpb(j, NULL, 0, flags);
  char *s = malloc(n + 1);
  cr_assert_not_null(s);
  cr_assert_eq(json_dumpb(j, s, n, flags), n);
  s[n] = '\0';
  return s;
}

static void expect_text(const json_t *j, const char *want_quoted) {
  char *got = text_of(j);
  char *want = strdup(want_quoted);
  for (char *p = want; *p; p++)
    if (*p == '\'') *p = '"';
  cr_expect_str_eq(got, want, "minimized case:\n  got  %s\n  want %s", got, want);
  free(got);
  free(want);
}

/* The divergences of c between engine and the oracle. */
static void divergences(struct ndp_backend *engine, const struct ndp_case *c,
                        struct ndp_divergences *d) {
  struct ndp_error err = {0};
  struct ndp_backend *oracle;
  cr_assert_eq(ndp_backend_open("oracle", &oracle, &err), NDP_OK);
  struct ndp_step_result *re = calloc((size_t)c->nsteps, sizeof *re);
  struct ndp_step_result *ro = calloc((size_t)c->nsteps, sizeof *ro);
  cr_assert(re != NULL && ro != NULL);
  cr_assert_eq(ndp_run_case(engine, c, re, &err), NDP_OK, "%s", err.msg);
  cr_assert_eq(ndp_run_case(oracle, c, ro, &err), NDP_OK, "%s", err.msg);
  memset(d, 0, sizeof *d);
  cr_assert_eq(ndp_classify_case(c, re, ro, d, &err), NDP_OK);
  ndp_step_results_release(c->nsteps, re);
  ndp_step_results_release(c->nsteps, ro);
  free(re);
  free(ro);
  ndp_backend_free(oracle);
}

static bool has_fingerprint(const struct ndp_divergences *d, const char *fp) {
  for (int k = 0; k < d->n; k++)
    if (strcmp(d->items[k].fingerprint, fp) == 0) return true;
  return false;
}

/* 3 inputs of shape (4, 5, 6), 6 steps; only r (int8 + uint8) diverges. */
static const char bloated[] =
    "{'ndparity': 1, 'name': 'bloated', 'tags': ['minimize'], 'inputs': {"
    "'a': {'dtype': 'int8', 'shape': [4, 5, 6]},"
    "'b': {'dtype': 'uint8', 'shape': [4, 5, 6], 'fill': {'random': 7}},"
    "'c': {'dtype': 'float32', 'shape': [4, 5, 6], 'fill': {'random': 8}, 'order': 'F'}},"
    "'steps': ["
    "{'id': 's1', 'op': 'multiply', 'args': ['c', {'float': 2.5}]},"
    "{'id': 's2', 'op': 'negative', 'args': ['a']},"
    "{'id': 'r', 'op': 'add', 'args': ['s2', 'b']},"
    "{'id': 's4', 'op': 'sum', 'args': ['r'], 'axis': [0], 'keepdims': true},"
    "{'id': 's5', 'op': 'add', 'args': ['s1', {'int': 1}], 'casting': 'same_kind'},"
    "{'id': 's6', 'op': 'transpose', 'args': ['s5'], 'axes': [2, 0, 1]}]}";

/* What the passes reach: r's operands keep their dtypes (int8, uint8) and
 * the largest operand rank (the fingerprint's "3d+"), so a becomes 0-d and
 * b stays (1, 1, 1); s2 was rewired away (r takes a itself). */
static const char bloated_min[] = "{'ndparity':1,'name':'bloated','tags':['minimize'],'inputs':{"
                                  "'a':{'dtype':'int8','shape':[],'data':[0]},"
                                  "'b':{'dtype':'uint8','shape':[1,1,1],'data':[0]}},"
                                  "'steps':[{'id':'r','op':'add','args':['a','b']}]}";

/* ---------------------------------------------------------------- tests */

Test(minimize, should_shrink_a_bloated_case_to_its_diverging_step) {
  struct ndp_backend wrong = wrong_backend();
  struct ndp_error err = {0};
  struct ndp_backend *oracle;
  cr_assert_eq(ndp_backend_open("oracle", &oracle, &err), NDP_OK);
  struct ndp_case *c = parse_text(bloated);

  struct ndp_divergences d0;
  divergences(&wrong, c, &d0);
  cr_assert_eq(d0.n, 1, "the bloated case shows %d divergences", d0.n);
  cr_assert_eq(d0.items[0].kind, NDP_DIV_TYPE_MISMATCH);
  cr_assert_str_eq(c->steps[d0.items[0].step].id, "r");
  char fp[17];
  memcpy(fp, d0.items[0].fingerprint, sizeof fp);
  ndp_divergences_reset(&d0);

  /* by its fingerprint, and as the case's first divergence: the same */
  for (int round = 0; round < 2; round++) {
    struct ndp_minimize_opts o = {
        .engine = &wrong, .oracle = oracle, .fingerprint = round == 0 ? fp : NULL};
    struct ndp_case *out = NULL;
    json_t *out_json = NULL;
    struct ndp_minimize_stats stats;
    cr_assert_eq(ndp_minimize(c, &o, &out, &out_json, &stats, &err), NDP_OK, "%s", err.msg);
    cr_assert_eq(out->nsteps, 1);
    cr_expect_str_eq(out->steps[0].id, "r");
    cr_expect_eq(out->steps[0].op, NDP_OP_ADD);
    cr_assert_eq(out->ninputs, 2);
    cr_expect_str_eq(out->inputs[0].name, "a");
    cr_expect_eq(out->inputs[0].tensor.ndim, 0);
    cr_expect_str_eq(out->inputs[1].name, "b");
    cr_expect_eq(out->inputs[1].tensor.ndim, 3);
    for (int i = 0; i < 2; i++) cr_expect_eq(ndp_tensor_size(&out->inputs[i].tensor), 1);
    expect_text(out_json, bloated_min);
    cr_expect_eq(out->json, out_json, "the case model is parsed from out_json");

    cr_log_info("bloated: %ld trials", stats.trials);
    cr_expect_eq(stats.steps_before, 6);
    cr_expect_eq(stats.steps_after, 1);
    cr_expect_eq(stats.elements_before, 360);
    cr_expect_eq(stats.elements_after, 2);
    cr_expect_gt(stats.trials, 5);
    cr_expect_lt(stats.trials, NDP_MINIMIZE_DEFAULT_TRIALS);
    cr_expect_str_eq(stats.target, fp);
    cr_expect_str_eq(stats.target_step, "r");

    struct ndp_divergences d;
    divergences(&wrong, out, &d);
    cr_expect(has_fingerprint(&d, fp), "the minimized case lost fingerprint %s", fp);
    ndp_divergences_reset(&d);
    json_decref(out_json);
    ndp_case_free(out);
  }
  ndp_case_free(c);
  ndp_backend_free(oracle);
}

Test(minimize, should_stop_after_max_trials_with_the_divergence_kept) {
  struct ndp_backend wrong = wrong_backend();
  struct ndp_error err = {0};
  struct ndp_backend *oracle;
  cr_assert_eq(ndp_backend_open("oracle", &oracle, &err), NDP_OK);
  struct ndp_case *c = parse_text(bloated);
  struct ndp_minimize_opts o = {.engine = &wrong, .oracle = oracle, .max_trials = 3};
  struct ndp_case *out = NULL;
  json_t *out_json = NULL;
  struct ndp_minimize_stats stats;
  cr_assert_eq(ndp_minimize(c, &o, &out, &out_json, &stats, &err), NDP_OK, "%s", err.msg);
  cr_expect_eq(stats.trials, 3);
  cr_expect_gt(stats.elements_after, 2);
  cr_expect_lt(stats.steps_after, 6); /* keeping r's ancestors is the first trial */
  struct ndp_divergences d;
  divergences(&wrong, out, &d);
  cr_expect(has_fingerprint(&d, stats.target));
  ndp_divergences_reset(&d);
  json_decref(out_json);
  ndp_case_free(out);
  ndp_case_free(c);
  ndp_backend_free(oracle);
}

/* A case where the step with id "crash" (or "hang") has inputs and steps
 * around it that have nothing to do with it. */
#define AROUND(id)                                                                                 \
  "{'ndparity': 1, 'name': 'around-" id "', 'inputs': {"                                           \
  "'a': {'dtype': 'float64', 'shape': [3, 4]},"                                                    \
  "'b': {'dtype': '>i4', 'shape': [4], 'data': [5, -6, 7, 8]},"                                    \
  "'c': {'dtype': 'int8', 'shape': [2]}},"                                                         \
  "'steps': ["                                                                                     \
  "{'id': 's1', 'op': 'multiply', 'args': ['a', {'float': 3.5}]},"                                 \
  "{'id': 's2', 'op': 'sqrt', 'args': ['s1']},"                                                    \
  "{'id': '" id "', 'op': 'add', 'args': ['s2', 'b'], 'casting': 'unsafe'},"                       \
  "{'id': 's4', 'op': 'sum', 'args': ['" id "']},"                                                 \
  "{'id': 's5', 'op': 'negative', 'args': ['c']}]}"

Test(minimize, should_shrink_a_crash_in_isolated_trials) {
  setenv("NDP_TEST_BACKENDS", "1", 1);
  struct ndp_error err = {0};
  struct ndp_backend *engine, *oracle;
  cr_assert_eq(ndp_backend_open("test:crash", &engine, &err), NDP_OK, "%s", err.msg);
  cr_assert_eq(ndp_backend_open("oracle", &oracle, &err), NDP_OK);
  struct ndp_case *c = parse_text(AROUND("crash"));
  for (int round = 0; round < 2; round++) {
    struct ndp_minimize_opts o = {.engine = engine,
                                  .oracle = oracle,
                                  .isolate = true,
                                  .timeout_ms = 20000,
                                  .fingerprint = round == 0 ? NULL : "crash"};
    struct ndp_case *out = NULL;
    json_t *out_json = NULL;
    struct ndp_minimize_stats stats;
    cr_assert_eq(ndp_minimize(c, &o, &out, &out_json, &stats, &err), NDP_OK, "%s", err.msg);
    cr_log_info("crash: %ld trials", stats.trials);
    cr_expect_str_eq(stats.target, "crash");
    cr_expect_eq(stats.steps_before, 5);
    cr_expect_eq(stats.steps_after, 1);
    cr_expect_eq(stats.elements_before, 18);
    cr_expect_eq(stats.elements_after, 2);
    /* the crash step alone, on 0-d bools: the crash does not depend on
     * them; the byte order, casting and the values went too */
    expect_text(out_json, "{'ndparity':1,'name':'around-crash','inputs':{"
                          "'a':{'dtype':'bool','shape':[],'data':[false]},"
                          "'b':{'dtype':'bool','shape':[],'data':[false]}},"
                          "'steps':[{'id':'crash','op':'add','args':['a','b']}]}");
    json_decref(out_json);
    ndp_case_free(out);
  }
  ndp_case_free(c);
  ndp_backend_free(engine);
  ndp_backend_free(oracle);
}

Test(minimize, should_shrink_a_hang_to_a_timeout_in_isolated_trials) {
  setenv("NDP_TEST_BACKENDS", "1", 1);
  struct ndp_error err = {0};
  struct ndp_backend *engine, *oracle;
  cr_assert_eq(ndp_backend_open("test:hang", &engine, &err), NDP_OK, "%s", err.msg);
  cr_assert_eq(ndp_backend_open("oracle", &oracle, &err), NDP_OK);
  struct ndp_case *c = parse_text(
      "{'ndparity': 1, 'name': 'hangs', 'inputs': {'a': {'dtype': 'float32', 'shape': [2]}},"
      "'steps': [{'id': 'x', 'op': 'negative', 'args': ['a']},"
      "{'id': 'hang', 'op': 'add', 'args': ['a', 'x']},"
      "{'id': 'y', 'op': 'sum', 'args': ['hang']}]}");
  /* The limit only tells a hang (forever) from a tiny case (milliseconds,
   * seconds under Valgrind): it is not a measurement. */
  struct ndp_minimize_opts o = {
      .engine = engine, .oracle = oracle, .isolate = true, .timeout_ms = 500};
  struct ndp_case *out = NULL;
  json_t *out_json = NULL;
  struct ndp_minimize_stats stats;
  cr_assert_eq(ndp_minimize(c, &o, &out, &out_json, &stats, &err), NDP_OK, "%s", err.msg);
  cr_log_info("hang: %ld trials", stats.trials);
  cr_expect_str_eq(stats.target, "timeout");
  expect_text(out_json, "{'ndparity':1,'name':'hangs','inputs':{"
                        "'a':{'dtype':'bool','shape':[],'data':[false]}},"
                        "'steps':[{'id':'hang','op':'add','args':['a','a']}]}");
  json_decref(out_json);
  ndp_case_free(out);
  ndp_case_free(c);
  ndp_backend_free(engine);
  ndp_backend_free(oracle);
}

Test(minimize, should_refuse_a_case_without_the_target_with_what_it_shows) {
  setenv("NDP_TEST_BACKENDS", "1", 1);
  struct ndp_backend wrong = wrong_backend();
  struct ndp_error err = {0};
  struct ndp_backend *oracle, *crash;
  cr_assert_eq(ndp_backend_open("oracle", &oracle, &err), NDP_OK);
  cr_assert_eq(ndp_backend_open("test:crash", &crash, &err), NDP_OK);
  struct ndp_case *agree = parse_text(
      "{'ndparity': 1, 'name': 'agree', 'inputs': {'a': {'dtype': 'int8', 'shape': [3]}},"
      "'steps': [{'id': 'r', 'op': 'add', 'args': ['a', 'a']}]}");
  struct ndp_case *diverges = parse_text(bloated);
  static const struct {
    int backend; /* 0 wrong, 1 test:crash */
    int which;   /* 0 agree, 1 bloated */
    const char *fingerprint;
    bool isolate;
    const char *message;
  } rows[] = {
      {0, 0, NULL, false,
       "case \"agree\" shows no divergence between wrong-add and oracle: nothing to minimize"},
      {0, 0, NULL, true,
       "case \"agree\" shows no divergence between wrong-add and oracle: nothing to minimize"},
      {0, 1, "0123456789abcdef", false,
       "case \"bloated\" does not show divergence 0123456789abcdef; it shows type-mismatch at "
       "step r ("},
      {0, 0, "crash", false, "the target \"crash\" needs isolated trials (isolate)"},
      {1, 0, "crash", true, "case \"agree\" does not crash the engine; it shows no divergence"},
      {1, 0, "timeout", true, "case \"agree\" does not hang the engine; it shows no divergence"},
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    struct ndp_minimize_opts o = {.engine = rows[i].backend == 0 ? &wrong : crash,
                                  .oracle = oracle,
                                  .fingerprint = rows[i].fingerprint,
                                  .isolate = rows[i].isolate,
                                  .timeout_ms = 20000};
    struct ndp_case *out = (struct ndp_case *)1;
    json_t *out_json = (json_t *)1;
    struct ndp_error e = {0};
    enum ndp_status st =
        ndp_minimize(rows[i].which == 0 ? agree : diverges, &o, &out, &out_json, NULL, &e);
    cr_expect_eq(st, NDP_EINPUT, "row %zu: status %d (%s)", i, (int)st, e.msg);
    cr_expect_null(out, "row %zu", i);
    cr_expect_null(out_json, "row %zu", i);
    cr_expect(strstr(e.msg, rows[i].message) != NULL, "row %zu: message \"%s\" lacks \"%s\"", i,
              e.msg, rows[i].message);
  }
  /* a crash where a fingerprint was asked for says so */
  struct ndp_case *crashing = parse_text(AROUND("crash"));
  struct ndp_minimize_opts o = {
      .engine = crash, .oracle = oracle, .fingerprint = "0123456789abcdef", .isolate = true};
  struct ndp_case *out = NULL;
  json_t *out_json = NULL;
  cr_expect_eq(ndp_minimize(crashing, &o, &out, &out_json, NULL, &err), NDP_EINPUT);
  cr_expect(strstr(err.msg, "the engine crashes on it (signal 11; minimize the target "
                            "\"crash\")") != NULL,
            "%s", err.msg);
  ndp_case_free(crashing);
  ndp_case_free(agree);
  ndp_case_free(diverges);
  ndp_backend_free(crash);
  ndp_backend_free(oracle);
}
