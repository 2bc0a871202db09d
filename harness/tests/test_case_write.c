/* The case writer (harness/src/case_write.c): every case of the corpora
 * written back and parsed again gives the same model and the same oracle
 * results; values come out exact and readable. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ndparity/backend.h"
#include "ndparity/case.h"
#include "ndparity/case_write.h"
#include "ndparity/pipeline.h"
#include "ndparity/runner.h"

#include "json_arena.h"

/* ---------------------------------------------------------------- helpers */

/* Test JSON is written with ' for ". */
static json_t *load(const char *text) {
  char *s = strdup(text);
  cr_assert_not_null(s);
  for (char *p = s; *p; p++)
    if (*p == '\'') *p = '"';
  json_error_t jerr;
  json_t *j = json_loads(s, JSON_REJECT_DUPLICATES, &jerr);
  cr_assert_not_null(j, "bad test JSON: %s (%s)", jerr.text, s);
  free(s);
  return j;
}

static struct ndp_case *parse_json(json_t *j, const char *where) {
  struct ndp_error err = {0};
  struct ndp_case *c = NULL;
  enum ndp_status st = ndp_case_parse(j, "t.json", 1, &c, &err);
  cr_assert_eq(st, NDP_OK, "%s: parse failed: %s", where, err.msg);
  return c;
}

static struct ndp_case *parse_text(const char *text) {
  json_t *j = load(text);
  struct ndp_case *c = parse_json(j, "test case");
  json_decref(j);
  return c;
}

/* The compact text of j (compared and shown in messages); caller frees. */
static char *text_of(const json_t *j) {
  const size_t flags = JSON_COMPACT | JSON_REAL_PRECISION(17);
  size_t n = json_dumpb(j, NULL, 0, flags);
  char *s = malloc(n + 1);
  cr_assert_not_null(s);
  cr_assert_eq(json_dumpb(j, s, n, flags), n);
  s[n] = '\0';
  return s;
}

#define DIFF(...)                                                                                  \
  do {                                                                                             \
    snprintf(why, n, __VA_ARGS__);                                                                 \
    return false;                                                                                  \
  } while (0)

/* ---------------------------------------------------------------- model comparison */

/* Bytes of every element of t in C logical order (as stored). */
static bool same_elements(const struct ndp_tensor *a, const struct ndp_tensor *b) {
  if (a->dtype != b->dtype || a->swapped != b->swapped || a->ndim != b->ndim) return false;
  for (int d = 0; d < a->ndim; d++)
    if (a->shape[d] != b->shape[d]) return false;
  size_t isz = (size_t)ndp_dtype_size(a->dtype);
  int64_t count = ndp_tensor_size(a);
  int64_t idx[NDP_MAXDIMS] = {0};
  for (int64_t k = 0; k < count; k++) {
    if (memcmp(ndp_tensor_at(a, idx), ndp_tensor_at(b, idx), isz) != 0) return false;
    ndp_index_next(a->ndim, a->shape, idx);
  }
  return true;
}

/* Same tensor: elements, and the memory layout (strides, offset, size). */
static bool same_tensor(const struct ndp_tensor *a, const struct ndp_tensor *b) {
  if (!same_elements(a, b) || a->readonly != b->readonly || a->offset != b->offset) return false;
  for (int d = 0; d < a->ndim; d++)
    if (a->strides[d] != b->strides[d]) return false;
  return a->buf->size == b->buf->size;
}

static bool same_double(double x, double y) {
  if (isnan(x) || isnan(y)) return isnan(x) && isnan(y);
  return x == y && signbit(x) == signbit(y);
}

static bool same_pshape(const struct ndp_partial_shape *a, const struct ndp_partial_shape *b) {
  if (a->rank_known != b->rank_known) return false;
  if (!a->rank_known) return true;
  if (a->ndim != b->ndim) return false;
  for (int d = 0; d < a->ndim; d++)
    if (a->dims[d] != b->dims[d]) return false;
  return true;
}

static bool same_arg(const struct ndp_arg *a, const struct ndp_arg *b) {
  if (a->kind != b->kind) return false;
  switch (a->kind) {
  case NDP_ARG_REF:
    return a->slot == b->slot;
  case NDP_ARG_PYINT:
    return a->pyint.neg == b->pyint.neg && a->pyint.huge == b->pyint.huge &&
           (a->pyint.huge || a->pyint.mag == b->pyint.mag) &&
           same_double(a->pyint.fval, b->pyint.fval);
  case NDP_ARG_PYFLOAT:
    return same_double(a->f, b->f);
  case NDP_ARG_PYBOOL:
    return a->b == b->b;
  case NDP_ARG_PYCOMPLEX:
    return same_double(a->re, b->re) && same_double(a->im, b->im);
  case NDP_ARG_NPSCALAR:
    return same_tensor(&a->scalar, &b->scalar);
  }
  return false;
}

static bool step_diff(const struct ndp_step *a, const struct ndp_step *b, char *why, size_t n);

static bool fn_diff(const struct ndp_fn *a, const struct ndp_fn *b, char *why, size_t n) {
  if (a->nsteps != b->nsteps) DIFF("fn has %d steps vs %d", a->nsteps, b->nsteps);
  if (a->nresults != b->nresults) DIFF("fn results %d vs %d", a->nresults, b->nresults);
  for (int k = 0; k < a->nresults; k++)
    if (a->results[k] != b->results[k]) DIFF("fn result %d differs", k);
  for (int k = 0; k < a->nsteps; k++) {
    char sub[400];
    if (!step_diff(&a->steps[k], &b->steps[k], sub, sizeof sub)) DIFF("fn[%d]: %.300s", k, sub);
  }
  return true;
}

static bool ds_diff(const struct ndp_ds_params *a, const struct ndp_ds_params *b, char *why,
                    size_t n) {
  if ((a == NULL) != (b == NULL)) DIFF("ds params present on one side only");
  if (a == NULL) return true;
  if (a->out_ncomp != b->out_ncomp) DIFF("out_ncomp %d vs %d", a->out_ncomp, b->out_ncomp);
  if (!fn_diff(&a->fn, &b->fn, why, n)) return false;
  if (a->result_is_list != b->result_is_list) DIFF("result_is_list differs");
  if (a->ntout != b->ntout) DIFF("ntout %d vs %d", a->ntout, b->ntout);
  for (int k = 0; k < a->ntout; k++)
    if (a->tout[k] != b->tout[k]) DIFF("Tout[%d] differs", k);
  if (a->nshapes != b->nshapes) DIFF("nshapes %d vs %d", a->nshapes, b->nshapes);
  for (int k = 0; k < a->nshapes; k++)
    if (!same_pshape(&a->shapes[k], &b->shapes[k])) DIFF("shape[%d] differs", k);
  if (a->batch_size != b->batch_size || a->drop_remainder != b->drop_remainder)
    DIFF("batch parameters differ");
  if (a->count != b->count) DIFF("count %lld vs %lld", (long long)a->count, (long long)b->count);
  if (a->nelements != b->nelements || a->ncomp != b->ncomp) DIFF("generator elements differ");
  for (int k = 0; k < a->nelements * a->ncomp; k++)
    if (a->elements[k] != b->elements[k]) DIFF("generator element slot %d differs", k);
  for (int k = 0; k < a->ncomp; k++)
    if (a->sig_dtype[k] != b->sig_dtype[k] || !same_pshape(&a->sig_shape[k], &b->sig_shape[k]))
      DIFF("output_signature[%d] differs", k);
  return true;
}

static bool step_diff(const struct ndp_step *a, const struct ndp_step *b, char *why, size_t n) {
  if (strcmp(a->id, b->id) != 0) DIFF("id %s vs %s", a->id, b->id);
  if (a->op != b->op) DIFF("%s: op %s vs %s", a->id, ndp_op_name(a->op), ndp_op_name(b->op));
  if (a->ds_depth != b->ds_depth) DIFF("%s: ds_depth differs", a->id);
  if (a->nargs != b->nargs) DIFF("%s: %d args vs %d", a->id, a->nargs, b->nargs);
  for (int j = 0; j < a->nargs; j++)
    if (!same_arg(&a->args[j], &b->args[j])) DIFF("%s: args[%d] differs", a->id, j);
  if (a->has_shape != b->has_shape || a->shape_ndim != b->shape_ndim)
    DIFF("%s: shape differs", a->id);
  for (int d = 0; d < a->shape_ndim; d++)
    if (a->shape[d] != b->shape[d]) DIFF("%s: shape[%d] differs", a->id, d);
  if (a->has_axes != b->has_axes || a->axis_is_null != b->axis_is_null ||
      a->axis_is_list != b->axis_is_list || a->naxes != b->naxes)
    DIFF("%s: axis differs", a->id);
  for (int d = 0; d < a->naxes; d++)
    if (a->axes[d] != b->axes[d]) DIFF("%s: axis[%d] differs", a->id, d);
  if (a->order != b->order) DIFF("%s: order %c vs %c", a->id, a->order, b->order);
  if (a->has_dtype != b->has_dtype ||
      (a->has_dtype && (a->dtype != b->dtype || a->dtype_swapped != b->dtype_swapped)))
    DIFF("%s: dtype differs", a->id);
  if (a->has_casting != b->has_casting || (a->has_casting && a->casting != b->casting))
    DIFF("%s: casting differs", a->id);
  if (a->keepdims != b->keepdims) DIFF("%s: keepdims differs", a->id);
  if (a->nindex != b->nindex) DIFF("%s: %d index items vs %d", a->id, a->nindex, b->nindex);
  for (int k = 0; k < a->nindex; k++) {
    const struct ndp_index_item *x = &a->index[k], *y = &b->index[k];
    bool same = x->kind == y->kind && (x->kind != NDP_IDX_INT || x->i == y->i);
    if (same && x->kind == NDP_IDX_SLICE)
      same = x->has_start == y->has_start && x->has_stop == y->has_stop &&
             x->has_step == y->has_step && (!x->has_start || x->start == y->start) &&
             (!x->has_stop || x->stop == y->stop) && (!x->has_step || x->step == y->step);
    if (!same) DIFF("%s: index[%d] differs", a->id, k);
  }
  if (a->numpy_body != b->numpy_body) DIFF("%s: numpy_body differs", a->id);
  char sub[400];
  if (!ds_diff(a->ds, b->ds, sub, sizeof sub)) DIFF("%.60s: %.300s", a->id, sub);
  return true;
}

static bool expect_diff(const struct ndp_expect *a, const struct ndp_expect *b, char *why,
                        size_t n) {
  if (a->step != b->step) DIFF("expect for step %d vs %d", a->step, b->step);
  if (a->has_dtype != b->has_dtype || a->has_shape != b->has_shape || a->has_data != b->has_data ||
      a->has_view != b->has_view || a->has_error != b->has_error || a->has_count != b->has_count ||
      a->has_spec != b->has_spec)
    DIFF("expect keys differ");
  if (a->has_dtype && a->dtype != b->dtype) DIFF("expect dtype differs");
  if (a->has_shape && a->ndim != b->ndim) DIFF("expect shape differs");
  for (int d = 0; a->has_shape && d < a->ndim; d++)
    if (a->shape[d] != b->shape[d]) DIFF("expect shape differs");
  if (a->has_data && !json_equal(a->data, b->data)) DIFF("expect data differs");
  if (a->has_view && a->view != b->view) DIFF("expect view differs");
  if (a->has_error && a->error != b->error) DIFF("expect error differs");
  if (a->has_count && a->count != b->count) DIFF("expect count differs");
  if ((a->elements == NULL) != (b->elements == NULL) ||
      (a->elements != NULL && !json_equal(a->elements, b->elements)))
    DIFF("expect elements differ");
  if (a->has_spec && a->nspec != b->nspec) DIFF("expect element_spec differs");
  for (int k = 0; a->has_spec && k < a->nspec; k++)
    if (a->spec_dtype[k] != b->spec_dtype[k] || !same_pshape(&a->spec_shape[k], &b->spec_shape[k]))
      DIFF("expect element_spec[%d] differs", k);
  return true;
}

/* Whether a and b are the same case model; why says where they differ. */
static bool model_diff(const struct ndp_case *a, const struct ndp_case *b, bool with_expect,
                       char *why, size_t n) {
  if (strcmp(a->name, b->name) != 0) DIFF("name differs");
  if (a->ntags != b->ntags) DIFF("%d tags vs %d", a->ntags, b->ntags);
  for (int k = 0; k < a->ntags; k++)
    if (strcmp(a->tags[k], b->tags[k]) != 0) DIFF("tags[%d] differs", k);
  if (a->ninputs != b->ninputs) DIFF("%d inputs vs %d", a->ninputs, b->ninputs);
  for (int i = 0; i < a->ninputs; i++) {
    const struct ndp_input *x = &a->inputs[i], *y = &b->inputs[i];
    if (strcmp(x->name, y->name) != 0) DIFF("input %d: name %s vs %s", i, x->name, y->name);
    if (x->dtype != y->dtype || x->swapped != y->swapped || x->order != y->order)
      DIFF("input %s: dtype, byte order or order differs", x->name);
    if (!same_tensor(&x->tensor, &y->tensor)) DIFF("input %s: tensor differs", x->name);
  }
  if (a->nsteps != b->nsteps) DIFF("%d steps vs %d", a->nsteps, b->nsteps);
  for (int k = 0; k < a->nsteps; k++) {
    char sub[400];
    if (!step_diff(&a->steps[k], &b->steps[k], sub, sizeof sub)) DIFF("steps[%d]: %.300s", k, sub);
  }
  int want = with_expect ? a->nexpect : 0;
  if (b->nexpect != want) DIFF("%d expectations vs %d", want, b->nexpect);
  for (int k = 0; k < want; k++) {
    char sub[400];
    if (!expect_diff(&a->expect[k], &b->expect[k], sub, sizeof sub)) DIFF("expect[%d]: %.300s", k, sub);
  }
  if (a->has_tolerance != b->has_tolerance || !same_double(a->rtol, b->rtol) ||
      !same_double(a->atol, b->atol))
    DIFF("tolerance differs");
  return true;
}

/* ---------------------------------------------------------------- result comparison */

static bool element_diff(const struct ndp_element *a, const struct ndp_element *b) {
  if (a->n != b->n) return false;
  for (int k = 0; k < a->n; k++)
    if (!same_elements(&a->c[k], &b->c[k])) return false;
  return true;
}

/* Iterates both datasets to their ends, element by element. */
static bool dataset_diff(const struct ndp_dataset *a, const struct ndp_dataset *b, char *why,
                         size_t n) {
  struct ndp_ds_iter *ia = NULL, *ib = NULL;
  struct ndp_error ea = {0}, eb = {0};
  enum ndp_status sa = ndp_ds_iter_open(a, &ia, &ea), sb = ndp_ds_iter_open(b, &ib, &eb);
  bool same = sa == sb;
  for (int64_t k = 0; same && sa == NDP_OK && k < 100000; k++) {
    struct ndp_element xa, xb;
    bool da = false, db = false;
    int64_t bytes_a = 0, bytes_b = 0;
    memset(&xa, 0, sizeof xa);
    memset(&xb, 0, sizeof xb);
    sa = ndp_ds_iter_next(ia, &xa, &da, &bytes_a, &ea);
    sb = ndp_ds_iter_next(ib, &xb, &db, &bytes_b, &eb);
    same = sa == sb && (sa != NDP_OK || da == db) && bytes_a == bytes_b;
    if (same && sa == NDP_OK && !da) same = element_diff(&xa, &xb);
    if (same && sa == NDP_ESTEP) same = ea.cls == eb.cls && strcmp(ea.msg, eb.msg) == 0;
    if (sa == NDP_OK && !da) ndp_element_release(&xa);
    if (sb == NDP_OK && !db) ndp_element_release(&xb);
    if (sa != NDP_OK || da) break;
  }
  ndp_ds_iter_close(ia);
  ndp_ds_iter_close(ib);
  if (!same) DIFF("dataset elements differ");
  return true;
}

static bool results_diff(const struct ndp_case *c, const struct ndp_step_result *a,
                         const struct ndp_step_result *b, char *why, size_t n) {
  for (int k = 0; k < c->nsteps; k++) {
    const struct ndp_step_result *x = &a[k], *y = &b[k];
    const char *id = c->steps[k].id;
    if (x->ran != y->ran || x->status != y->status) DIFF("step %s: ran/status differ", id);
    if (!x->ran) continue;
    if (x->status == NDP_ESTEP && (x->err.cls != y->err.cls || strcmp(x->err.msg, y->err.msg) != 0))
      DIFF("step %s: error \"%s\" vs \"%s\"", id, x->err.msg, y->err.msg);
    if ((x->dataset == NULL) != (y->dataset == NULL)) DIFF("step %s: dataset on one side", id);
    if (x->count != y->count || x->bytes_copied != y->bytes_copied)
      DIFF("step %s: count or bytes copied differ", id);
    if (x->dataset != NULL) {
      char sub[300];
      if (!dataset_diff(x->dataset, y->dataset, sub, sizeof sub)) DIFF("step %.60s: %.200s", id, sub);
      continue;
    }
    if (x->status != NDP_OK) continue;
    if (x->view != y->view) DIFF("step %s: view differs", id);
    if (!same_elements(&x->value, &y->value)) DIFF("step %s: values differ", id);
  }
  return true;
}

/* ---------------------------------------------------------------- round trip */

struct trip {
  struct ndp_backend *oracle;
  long cases, failures, b64_inputs, data_inputs;
};

static void failure(struct trip *t, const struct ndp_case *c, const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (t->failures < 20) cr_log_error("%s:%d: case %s: %s", c->file, c->line, c->name, msg);
  t->failures++;
}

/* parse(write(c1)) == c1, with and without the expect block; writing the
 * re-parsed case gives the same object; both run alike on the oracle. */
static void round_trip(struct trip *t, const struct ndp_case *c1) {
  char why[1024];
  t->cases++;
  for (int pass = 0; pass < 2; pass++) {
    bool with_expect = pass == 0;
    json_t *j1 = ndp_case_to_json(c1, with_expect);
    if (j1 == NULL) {
      failure(t, c1, "writer returned NULL");
      return;
    }
    struct ndp_case *c2 = NULL;
    struct ndp_error err = {0};
    if (ndp_case_parse(j1, c1->file, c1->line, &c2, &err) != NDP_OK) {
      char *s = text_of(j1);
      failure(t, c1, "written case does not parse: %s\n  %.600s", err.msg, s);
      free(s);
      json_decref(j1);
      return;
    }
    if (!model_diff(c1, c2, with_expect, why, sizeof why)) failure(t, c1, "model: %s", why);
    json_t *j2 = ndp_case_to_json(c2, with_expect);
    if (j2 == NULL || !json_equal(j1, j2)) failure(t, c1, "writing the re-parsed case differs");
    json_decref(j2);
    if (with_expect) {
      json_t *inputs = json_object_get(j1, "inputs");
      const char *key;
      json_t *val;
      json_object_foreach(inputs, key, val) {
        if (json_object_get(val, "b64") != NULL)
          t->b64_inputs++;
        else
          t->data_inputs++;
      }
      struct ndp_step_result *r1 = calloc((size_t)c1->nsteps, sizeof *r1);
      struct ndp_step_result *r2 = calloc((size_t)c1->nsteps, sizeof *r2);
      cr_assert(r1 != NULL && r2 != NULL);
      enum ndp_status s1 = ndp_run_case(t->oracle, c1, r1, &err);
      enum ndp_status s2 = ndp_run_case(t->oracle, c2, r2, &err);
      if (s1 != s2)
        failure(t, c1, "oracle run status %d vs %d", (int)s1, (int)s2);
      else if (s1 == NDP_OK && !results_diff(c1, r1, r2, why, sizeof why))
        failure(t, c1, "oracle results: %s", why);
      ndp_step_results_release(c1->nsteps, r1);
      ndp_step_results_release(c1->nsteps, r2);
      free(r1);
      free(r2);
    }
    ndp_case_free(c2);
    json_decref(j1);
  }
}

static enum ndp_status on_case(void *ctx, struct ndp_case *c, struct ndp_error *err) {
  (void)err;
  round_trip(ctx, c);
  return NDP_OK;
}

/* Streams every case under path through round_trip; returns the count. */
static long trip_path(struct trip *t, const char *path) {
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  corpus.on_case = on_case;
  corpus.ctx = t;
  long before = t->cases;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_corpus_load_path(&corpus, path, &err), NDP_OK, "%s", err.msg);
  for (int k = 0; k < corpus.nerrors && k < 5; k++)
    cr_log_error("%s:%d: %s", corpus.errors[k].file, corpus.errors[k].line,
                 corpus.errors[k].message);
  cr_expect_eq(corpus.nerrors, 0, "%s: %d load errors", path, corpus.nerrors);
  ndp_corpus_reset(&corpus);
  return t->cases - before;
}

Test(case_write, should_round_trip_every_corpus_case) {
  /* As the CLI does: streamed cases then live in the JSON arena, and so
   * does everything written while one is handled. */
  ndp_json_alloc_install();
  struct trip t = {0};
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open("oracle", &t.oracle, &err), NDP_OK, "%s", err.msg);
  /* every folder of cases/: golden, found, profiles, scenarios, hand */
  long n = trip_path(&t, NDP_SOURCE_DIR "/cases");
  cr_log_info("cases/: %ld cases", n);
  cr_expect_gt(n, 5000, "only %ld cases under cases/", n);
  const char *sample = NDP_SOURCE_DIR "/../shared/cases-sample";
  struct stat sb;
  if (stat(sample, &sb) == 0) {
    long m = trip_path(&t, sample);
    cr_expect_eq(m, 365, "cases-sample: %ld cases", m);
  }
  cr_log_info("%ld cases, %ld inputs as data, %ld as b64", t.cases, t.data_inputs, t.b64_inputs);
  cr_expect_gt(t.b64_inputs, 0);
  cr_expect_gt(t.data_inputs, 0);
  cr_assert_eq(t.failures, 0, "%ld of %ld cases do not round-trip", t.failures, t.cases);
  ndp_backend_free(t.oracle);
}

/* Cases that reach every parameter the parser reads, datasets included. */
#define A42 "'a': {'dtype': 'float32', 'shape': [4, 2], 'fill': 'arange'}"
#define K0 "'k': {'dtype': 'float32', 'shape': [], 'data': [2]}"
static const char *const model_cases[] = {
    /* scalars of every kind, big and special values */
    "{'ndparity': 1, 'name': 'scalars', 'tags': ['x', 'y'], 'inputs': {'a': {'dtype': "
    "'uint64', 'shape': [3], 'data': ['18446744073709551615', 0, '9007199254740993']}}, "
    "'steps': [{'id': 'r', 'op': 'add', 'args': ['a', {'int': '18446744073709551615'}]},"
    "{'id': 's', 'op': 'add', 'args': ['a', {'int': '-340282366920938463463374607431768211456'}]},"
    "{'id': 't', 'op': 'add', 'args': ['a', {'int': '1"
    "000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000'}]},"
    "{'id': 'u', 'op': 'multiply', 'args': ['a', {'float': '-0.0'}]},"
    "{'id': 'v', 'op': 'multiply', 'args': ['a', {'float': 'nan'}]},"
    "{'id': 'w', 'op': 'add', 'args': [{'complex': [1.5, '-inf']}, 'a']},"
    "{'id': 'x', 'op': 'logical_and', 'args': ['a', {'bool': false}]},"
    "{'id': 'y', 'op': 'add', 'args': ['a', {'scalar': '0x1.8p+1', 'dtype': 'float16'}]},"
    "{'id': 'z', 'op': 'add', 'args': ['a', {'int': -9007199254740993}]}],"
    "'tolerance': {'atol': 0.5}}",
    /* shape ops with every parameter form */
    "{'ndparity': 1, 'name': 'shapes', 'inputs': {" A42 ", 'b': {'dtype': '>i4', 'shape': [2, "
    "3], 'order': 'F', 'data': [1, 2, 3, 4, 5, 6]}}, 'steps': ["
    "{'id': 'r', 'op': 'reshape', 'args': ['a'], 'shape': [-1, 4], 'order': 'F'},"
    "{'id': 't', 'op': 'transpose', 'args': ['a'], 'axes': [1, 0]},"
    "{'id': 't2', 'op': 'transpose', 'args': ['a'], 'axes': null},"
    "{'id': 'e', 'op': 'expand_dims', 'args': ['a'], 'axis': [0, 2]},"
    "{'id': 'e2', 'op': 'expand_dims', 'args': ['a'], 'axis': -1},"
    "{'id': 'q', 'op': 'squeeze', 'args': ['e'], 'axis': null},"
    "{'id': 'q2', 'op': 'squeeze', 'args': ['e'], 'axis': [0]},"
    "{'id': 'bt', 'op': 'broadcast_to', 'args': ['b'], 'shape': [4, 2, 3]},"
    "{'id': 'g', 'op': 'getitem', 'args': ['a'], 'index': [{'slice': [null, -1, 2]}, 'newaxis', "
    "'...', 1]},"
    "{'id': 'g2', 'op': 'getitem', 'args': ['a'], 'index': []},"
    "{'id': 'g3', 'op': 'getitem', 'args': ['a'], 'index': [{'slice': [1, null, null]}]},"
    "{'id': 'c', 'op': 'astype', 'args': ['b'], 'dtype': '>f8', 'casting': 'same_kind'},"
    "{'id': 'cp', 'op': 'copy', 'args': ['b']},"
    "{'id': 'rv', 'op': 'ravel', 'args': ['b'], 'order': 'F'},"
    "{'id': 'cc', 'op': 'concatenate', 'args': ['a', 'a'], 'axis': null},"
    "{'id': 'cc2', 'op': 'concatenate', 'args': ['a', 'a', 'a'], 'axis': 1},"
    "{'id': 'st', 'op': 'stack', 'args': ['a', 'a'], 'axis': -1},"
    "{'id': 'sm', 'op': 'sum', 'args': ['b'], 'axis': [0, 1], 'keepdims': true, 'dtype': "
    "'int64'},"
    "{'id': 'mn', 'op': 'mean', 'args': ['a'], 'axis': null},"
    "{'id': 'am', 'op': 'argmax', 'args': ['a'], 'axis': 1},"
    "{'id': 'ad', 'op': 'add', 'args': ['a', 'a'], 'dtype': 'float64', 'casting': 'no'},"
    "{'id': 'ng', 'op': 'negative', 'args': ['b'], 'casting': 'unsafe'},"
    "{'id': 'dl', 'op': 'dlpack_roundtrip', 'args': ['cp']}],"
    "'expect': {'r': {'dtype': 'float32', 'shape': [2, 4], 'view': false, 'data': [0, 2, 4, "
    "6, 1, 3, 5, 7]}, 'q': {'error': 'value'}}}",
    /* datasets: every op and parameter */
    "{'ndparity': 1, 'name': 'datasets', 'inputs': {" A42 ", " K0 "}, 'steps': ["
    "{'id': 'd', 'op': 'from_tensor_slices', 'args': ['a']},"
    "{'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'y', 'op': 'multiply', "
    "'args': ['$x', 'k']}, {'id': 'z', 'op': 'negative', 'args': ['$0']}], "
    "'result': ['z', 'y']},"
    "{'id': 'n', 'op': 'numpy_function', 'args': ['m'], 'fn': [{'id': 'r', 'op': "
    "'reshape', 'args': ['$1'], 'shape': [-1]}], 'result': 'r', 'Tout': 'float32', "
    "'shape': [null]},"
    "{'id': 'n2', 'op': 'numpy_function', 'args': ['m'], 'fn': [{'id': 'r', 'op': "
    "'negative', 'args': ['$1']}, {'id': 'r2', 'op': 'positive', 'args': ['$0']}], "
    "'result': ['r2', 'r'], 'Tout': ['float32', 'float32'], 'shape': [null, [2]]},"
    "{'id': 'n3', 'op': 'numpy_function', 'args': ['m'], 'fn': [{'id': 'r', 'op': "
    "'negative', 'args': ['$1']}, {'id': 'r2', 'op': 'positive', 'args': ['r']}], "
    "'Tout': 'float32'},"
    "{'id': 'b', 'op': 'batch', 'args': ['n'], 'batch_size': 3, 'drop_remainder': true},"
    "{'id': 'b2', 'op': 'batch', 'args': ['n'], 'batch_size': 3},"
    "{'id': 't', 'op': 'take', 'args': ['b'], 'count': -1},"
    "{'id': 's', 'op': 'set_shape', 'args': ['t'], 'shape': [[3, 2]]},"
    "{'id': 's2', 'op': 'ensure_shape', 'args': ['b2'], 'shape': [null, null]},"
    "{'id': 'u', 'op': 'unbatch', 'args': ['s2']},"
    "{'id': 'f', 'op': 'filter', 'args': ['u'], 'fn': [{'id': 'p', 'op': 'greater', 'args': "
    "['$x', {'float': 1.5}]}, {'id': 'q', 'op': 'positive', 'args': ['$x']}], 'result': 'p'},"
    "{'id': 'co', 'op': 'collect', 'args': ['f']},"
    "{'id': 'ft', 'op': 'from_tensors', 'args': ['a', 'k']},"
    "{'id': 'g', 'op': 'from_generator', 'elements': [['a', 'k'], ['k', 'a']], "
    "'output_signature': [{'dtype': 'int8', 'shape': null}, {'dtype': 'float64', "
    "'shape': [null, 2]}]},"
    "{'id': 'g1', 'op': 'from_generator', 'elements': ['a', 'a'], "
    "'output_signature': {'dtype': 'float32', 'shape': [4, 2]}},"
    "{'id': 'tn', 'op': 'to_numpy', 'args': ['a']}],"
    "'expect': {'d': {'count': 4, 'element_spec': [{'dtype': 'float32', 'shape': [null]}], "
    "'elements': [[{'dtype': 'float32', 'shape': [2], 'data': [0, 1]}], '...']}, "
    "'g': {'error': 'shape'}}}",
};

Test(case_write, should_round_trip_every_parameter_and_dataset_op) {
  struct trip t = {0};
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open("oracle", &t.oracle, &err), NDP_OK, "%s", err.msg);
  for (size_t i = 0; i < sizeof model_cases / sizeof model_cases[0]; i++) {
    struct ndp_case *c = parse_text(model_cases[i]);
    round_trip(&t, c);
    ndp_case_free(c);
  }
  cr_assert_eq(t.failures, 0);
  ndp_backend_free(t.oracle);
}

/* The text an input of one dtype and its data is written as. */
static char *written_input(const char *dtype, const char *shape, const char *data) {
  char text[2048];
  snprintf(text, sizeof text,
           "{'ndparity': 1, 'name': 'v', 'inputs': {'a': {'dtype': '%s', 'shape': %s, 'data': "
           "%s}}, 'steps': [{'id': 'r', 'op': 'copy', 'args': ['a']}]}",
           dtype, shape, data);
  struct ndp_case *c = parse_text(text);
  json_t *j = ndp_case_to_json(c, false);
  cr_assert_not_null(j);
  char *s = text_of(json_object_get(json_object_get(j, "inputs"), "a"));
  json_decref(j);
  ndp_case_free(c);
  return s;
}

Test(case_write, should_write_values_exactly_and_readably) {
  static const struct {
    const char *dtype, *shape, *data, *want;
  } rows[] = {
      {"float64", "[6]", "[0.1, 2.5, 1, 'nan', '-inf', '-0.0']",
       "{'dtype':'float64','shape':[6],'data':[0.10000000000000001,2.5,1.0,'nan','-inf','-0.0']}"},
      {"float32", "[3]", "[0.1, 3.4028234663852886e38, 1e-45]",
       "{'dtype':'float32','shape':[3],'data':[0.10000000149011612,3.4028234663852886e38,1.4012984643248171e-45]}"},
      {"float16", "[3]", "[0.1, 65504, '0x1p-24']",
       "{'dtype':'float16','shape':[3],'data':[0.0999755859375,65504.0,5.9604644775390625e-8]}"},
      {"float64", "[2]", "[1e20, 1.5e300]",
       "{'dtype':'float64','shape':[2],'data':[1e20,1.5000000000000001e300]}"},
      {"int64", "[4]", "[-9223372036854775808, 9007199254740992, 9007199254740993, -5]",
       "{'dtype':'int64','shape':[4],'data':['-9223372036854775808',9007199254740992,"
       "'9007199254740993',-5]}"},
      {"uint64", "[1]", "['18446744073709551615']",
       "{'dtype':'uint64','shape':[1],'data':['18446744073709551615']}"},
      {"complex64", "[1]", "[[0.1, 'nan']]",
       "{'dtype':'complex64','shape':[1],'data':[[0.10000000149011612,'nan']]}"},
      {"bool", "[2]", "[true, false]", "{'dtype':'bool','shape':[2],'data':[true,false]}"},
      {">i2", "[2]", "[1, -2]", "{'dtype':'>i2','shape':[2],'data':[1,-2]}"},
      {"<f8", "[1]", "[1.5]", "{'dtype':'float64','shape':[1],'data':[1.5]}"},
      {"|u1", "[]", "[7]", "{'dtype':'uint8','shape':[],'data':[7]}"},
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    char *got = written_input(rows[i].dtype, rows[i].shape, rows[i].data);
    char *want = strdup(rows[i].want);
    for (char *p = want; *p; p++)
      if (*p == '\'') *p = '"';
    cr_expect_str_eq(got, want, "row %zu (%s): %s", i, rows[i].dtype, got);
    free(got);
    free(want);
  }
}

Test(case_write, should_use_b64_past_64_elements_and_for_nan_payloads) {
  /* 65 elements: b64 of the bytes in C order, F layout kept as "order" */
  struct ndp_case *c = parse_text(
      "{'ndparity': 1, 'name': 'big', 'inputs': {'a': {'dtype': '>u2', 'shape': [5, 13], "
      "'order': 'F'}, 'b': {'dtype': 'float64', 'shape': [8, 8]}}, 'steps': [{'id': 'r', "
      "'op': 'add', 'args': ['a', 'b']}]}");
  json_t *j = ndp_case_to_json(c, false);
  json_t *a = json_object_get(json_object_get(j, "inputs"), "a");
  json_t *b = json_object_get(json_object_get(j, "inputs"), "b");
  cr_assert_not_null(json_object_get(a, "b64"));
  cr_assert_null(json_object_get(a, "data"));
  cr_assert_str_eq(json_string_value(json_object_get(a, "order")), "F");
  cr_assert_str_eq(json_string_value(json_object_get(a, "dtype")), ">u2");
  /* big-endian 0, 1, 2: 00 00 00 01 00 02 */
  cr_assert(strncmp(json_string_value(json_object_get(a, "b64")), "AAAAAQAC", 8) == 0);
  cr_assert_eq(json_array_size(json_object_get(b, "data")), 64);
  json_decref(j);
  ndp_case_free(c);

  /* A negative NaN (sign bit set) has no data notation: b64 keeps it. */
  c = parse_text("{'ndparity': 1, 'name': 'nan', 'inputs': {'a': {'dtype': 'float64', "
                 "'shape': [1], 'b64': 'AAAAAAAA+P8='}}, 'steps': [{'id': 'r', 'op': 'copy', "
                 "'args': ['a']}]}");
  j = ndp_case_to_json(c, false);
  a = json_object_get(json_object_get(j, "inputs"), "a");
  cr_assert_str_eq(json_string_value(json_object_get(a, "b64")), "AAAAAAAA+P8=");
  json_decref(j);
  ndp_case_free(c);
}

Test(case_write, should_not_depend_on_the_case_json) {
  /* A generated case has no source JSON (c->json NULL, steps' json NULL). */
  struct ndp_case *c = parse_text(model_cases[1]);
  json_t *j0 = ndp_case_to_json(c, false);
  json_decref(c->json);
  c->json = NULL;
  for (int k = 0; k < c->nsteps; k++) c->steps[k].json = NULL;
  c->nexpect = 0; /* expectations borrow from the root */
  json_t *j1 = ndp_case_to_json(c, false);
  cr_assert_not_null(j1);
  cr_assert(json_equal(j0, j1));
  struct ndp_case *c2 = parse_json(j1, "rewritten");
  char why[512];
  cr_assert(model_diff(c, c2, false, why, sizeof why), "%s", why);
  json_decref(j0);
  json_decref(j1);
  ndp_case_free(c2);
  ndp_case_free(c);
}

Test(case_write, should_write_steps_in_a_fixed_readable_form) {
  struct ndp_case *c = parse_text(
      "{'ndparity': 1, 'name': 'form', 'inputs': {'a': {'dtype': 'int8', 'shape': [2], 'data': "
      "[1, 2]}}, 'steps': [{'op': 'sum', 'keepdims': false, 'args': ['a'], 'id': 'r', 'axis': "
      "0}, {'id': 'm', 'op': 'from_tensor_slices', 'args': ['a']}, {'id': 'n', 'op': 'map', "
      "'args': ['m'], 'fn': [{'id': 'y', 'op': 'negative', 'args': ['$x']}], 'result': 'y'}], "
      "'x-note': 'dropped'}");
  json_t *j = ndp_case_to_json(c, true);
  char *s = text_of(j);
  char *want =
      strdup("{'ndparity':1,'name':'form','inputs':{'a':{'dtype':'int8','shape':[2],'data':[1,2]}},"
             "'steps':[{'id':'r','op':'sum','args':['a'],'axis':0},{'id':'m','op':"
             "'from_tensor_slices','args':['a']},{'id':'n','op':'map','args':['m'],'fn':[{'id':'y',"
             "'op':'negative','args':['$0']}]}]}");
  for (char *p = want; *p; p++)
    if (*p == '\'') *p = '"';
  cr_expect_str_eq(s, want);
  FILE *f = tmpfile();
  cr_assert_not_null(f);
  cr_assert_eq(ndp_case_json_write(j, f, NULL), NDP_OK);
  long len = ftell(f);
  cr_expect_eq(len, (long)strlen(want) + 1);
  fclose(f);
  free(s);
  free(want);
  json_decref(j);
  ndp_case_free(c);
}
