/* The case generator (fuzz/include/ndparity/gen.h): deterministic, always
 * valid, and covering the grammar of the case format.
 *
 * NDP_GEN_CASES (environment) sets how many generated cases the validity and
 * coverage tests run (default 20000, or 2000 under Valgrind; the coverage
 * minima are asserted only at 20000 or more); NDP_GEN_SEED their seed
 * (default 20240601). */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/backend.h"
#include "ndparity/case_write.h"
#include "ndparity/classify.h"
#include "ndparity/gen.h"
#include "ndparity/runner.h"

/* ================================================================ digest */

/* FNV-1a 64 over everything a case model says (the bytes of inputs in C
 * logical order, doubles by their bits). */
struct digest {
  uint64_t h;
};

static void d_bytes(struct digest *d, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t k = 0; k < n; k++) {
    d->h ^= b[k];
    d->h *= UINT64_C(0x100000001b3);
  }
}
static void d_u64(struct digest *d, uint64_t v) {
  d_bytes(d, &v, sizeof v);
}
static void d_i64(struct digest *d, int64_t v) {
  d_u64(d, (uint64_t)v);
}
static void d_f64(struct digest *d, double x) {
  uint64_t v;
  memcpy(&v, &x, sizeof v);
  d_u64(d, v);
}
static void d_str(struct digest *d, const char *s) {
  if (s == NULL) {
    d_u64(d, 0xdeadu);
    return;
  }
  d_bytes(d, s, strlen(s) + 1);
}

static void d_tensor(struct digest *d, const struct ndp_tensor *t) {
  d_u64(d, (uint64_t)t->dtype);
  d_u64(d, t->swapped);
  d_u64(d, (uint64_t)t->ndim);
  for (int k = 0; k < t->ndim; k++) d_i64(d, t->shape[k]);
  int64_t n = ndp_tensor_size(t);
  int64_t idx[NDP_MAXDIMS] = {0};
  size_t isz = (size_t)ndp_dtype_size(t->dtype);
  for (int64_t k = 0; k < n; k++) {
    d_bytes(d, ndp_tensor_at(t, idx), isz);
    ndp_index_next(t->ndim, t->shape, idx);
  }
}

static void d_partial(struct digest *d, const struct ndp_partial_shape *p) {
  d_u64(d, p->rank_known);
  if (!p->rank_known) return;
  d_u64(d, (uint64_t)p->ndim);
  for (int k = 0; k < p->ndim; k++) d_i64(d, p->dims[k]);
}

static void d_steps(struct digest *d, int n, const struct ndp_step *steps);

static void d_step(struct digest *d, const struct ndp_step *s) {
  d_str(d, s->id);
  d_u64(d, (uint64_t)s->op);
  d_u64(d, (uint64_t)s->ds_depth);
  d_u64(d, (uint64_t)s->nargs);
  for (int j = 0; j < s->nargs; j++) {
    const struct ndp_arg *a = &s->args[j];
    d_u64(d, (uint64_t)a->kind);
    switch (a->kind) {
    case NDP_ARG_REF:
      d_i64(d, a->slot);
      break;
    case NDP_ARG_PYINT:
      d_u64(d, a->pyint.neg);
      d_u64(d, a->pyint.huge);
      if (!a->pyint.huge) d_u64(d, a->pyint.mag); /* mag means nothing for a huge int */
      d_f64(d, a->pyint.fval);
      break;
    case NDP_ARG_PYFLOAT:
      d_f64(d, a->f);
      break;
    case NDP_ARG_PYBOOL:
      d_u64(d, a->b);
      break;
    case NDP_ARG_PYCOMPLEX:
      d_f64(d, a->re);
      d_f64(d, a->im);
      break;
    case NDP_ARG_NPSCALAR:
      d_tensor(d, &a->scalar);
      break;
    }
  }
  d_u64(d, s->has_shape);
  if (s->has_shape) {
    d_u64(d, (uint64_t)s->shape_ndim);
    for (int k = 0; k < s->shape_ndim; k++) d_i64(d, s->shape[k]);
  }
  d_u64(d, s->has_axes);
  d_u64(d, s->axis_is_null);
  d_u64(d, s->axis_is_list);
  d_u64(d, (uint64_t)s->naxes);
  for (int k = 0; k < s->naxes; k++) d_i64(d, s->axes[k]);
  d_u64(d, (uint64_t)s->order);
  d_u64(d, s->has_dtype);
  if (s->has_dtype) {
    d_u64(d, (uint64_t)s->dtype);
    d_u64(d, s->dtype_swapped);
  }
  d_u64(d, s->has_casting);
  if (s->has_casting) d_u64(d, (uint64_t)s->casting);
  d_u64(d, s->keepdims);
  d_u64(d, (uint64_t)s->nindex);
  for (int k = 0; k < s->nindex; k++) {
    const struct ndp_index_item *it = &s->index[k];
    d_u64(d, (uint64_t)it->kind);
    d_i64(d, it->i);
    d_u64(d, (uint64_t)it->has_start | (uint64_t)it->has_stop << 1 | (uint64_t)it->has_step << 2);
    d_i64(d, it->has_start ? it->start : 0);
    d_i64(d, it->has_stop ? it->stop : 0);
    d_i64(d, it->has_step ? it->step : 0);
  }
  d_u64(d, s->numpy_body);
  d_u64(d, s->ds != NULL);
  if (s->ds != NULL) {
    const struct ndp_ds_params *p = s->ds;
    d_u64(d, (uint64_t)p->out_ncomp);
    d_steps(d, p->fn.nsteps, p->fn.steps);
    d_u64(d, (uint64_t)p->fn.nresults);
    for (int r = 0; r < p->fn.nresults; r++) d_u64(d, (uint64_t)p->fn.results[r]);
    d_u64(d, p->result_is_list);
    d_u64(d, (uint64_t)p->ntout);
    for (int r = 0; r < p->ntout; r++) d_u64(d, (uint64_t)p->tout[r]);
    d_u64(d, (uint64_t)p->nshapes);
    for (int r = 0; r < p->nshapes; r++) d_partial(d, &p->shapes[r]);
    d_i64(d, p->batch_size);
    d_u64(d, p->drop_remainder);
    d_i64(d, p->count);
    d_u64(d, (uint64_t)p->nelements);
    d_u64(d, (uint64_t)p->ncomp);
    for (int e = 0; e < p->nelements * p->ncomp; e++) d_u64(d, (uint64_t)p->elements[e]);
    if (s->op == NDP_OP_FROM_GENERATOR) {
      for (int k = 0; k < p->ncomp; k++) {
        d_u64(d, (uint64_t)p->sig_dtype[k]);
        d_partial(d, &p->sig_shape[k]);
      }
    }
  }
}

static void d_steps(struct digest *d, int n, const struct ndp_step *steps) {
  d_u64(d, (uint64_t)n);
  for (int k = 0; k < n; k++) d_step(d, &steps[k]);
}

static uint64_t case_digest(const struct ndp_case *c) {
  struct digest d = {UINT64_C(0xcbf29ce484222325)};
  d_u64(&d, (uint64_t)c->ninputs);
  for (int i = 0; i < c->ninputs; i++) {
    const struct ndp_input *in = &c->inputs[i];
    d_str(&d, in->name);
    d_u64(&d, (uint64_t)in->dtype);
    d_u64(&d, in->swapped);
    d_u64(&d, (uint64_t)in->order);
    d_tensor(&d, &in->tensor);
    /* the layout too: F order is a property of the input */
    for (int k = 0; k < in->tensor.ndim; k++) d_i64(&d, in->tensor.strides[k]);
  }
  d_steps(&d, c->nsteps, c->steps);
  return d.h;
}

/* ================================================================ helpers */

static long ncases(void) {
  const char *s = getenv("NDP_GEN_CASES");
  long n = s != NULL ? strtol(s, NULL, 10) : 0;
  if (n > 0) return n;
  /* under Valgrind (its preload libraries), fewer: it is 50 times slower */
  const char *pre = getenv("LD_PRELOAD");
  return pre != NULL && strstr(pre, "vgpreload") != NULL ? 2000 : 20000;
}

/* NDP_GEN_SEED (environment) sets the seed of the validity and coverage
 * test (default 20240601): other seeds explore other cases. */
static uint64_t test_seed(void) {
  const char *s = getenv("NDP_GEN_SEED");
  return s != NULL ? strtoull(s, NULL, 10) : 20240601u;
}

static struct ndp_case *gen_seeded(uint64_t seed, uint64_t index) {
  struct ndp_gen_src src;
  struct ndp_case *c = NULL;
  struct ndp_error err = {0};
  char name[64];
  snprintf(name, sizeof name, "fuzz/%llu/%llu", (unsigned long long)seed,
           (unsigned long long)index);
  ndp_gen_src_seeded(&src, seed, index);
  cr_assert_eq(ndp_gen_case(&src, name, &c, &err), NDP_OK, "case %llu: %s",
               (unsigned long long)index, err.msg);
  cr_assert_not_null(c);
  return c;
}

static struct ndp_case *gen_bytes(const uint8_t *data, size_t n) {
  struct ndp_gen_src src;
  struct ndp_case *c = NULL;
  struct ndp_error err = {0};
  ndp_gen_src_bytes(&src, data, n);
  cr_assert_eq(ndp_gen_case(&src, "fuzz/bytes", &c, &err), NDP_OK, "%s", err.msg);
  cr_assert_not_null(c);
  return c;
}

/* What running a case on the backends showed (for the coverage test). */
struct seen {
  long errclass[NDP_ERRC_COUNT];
};

/* Runs c on each backend of bes (nb of them) and classifies the first two
 * against each other: a backend failure (NDP_EINTERNAL, NDP_EINPUT) on a
 * generated case fails the test. Error classes the oracle (bes[1]) reports
 * are counted in *seen (step errors and dataset element errors). */
static void run_backends(const struct ndp_case *c, struct ndp_backend **bes, int nb,
                         struct seen *seen, const char *what) {
  struct ndp_step_result *res[3];
  for (int b = 0; b < nb; b++) {
    struct ndp_error err = {0};
    res[b] = calloc((size_t)c->nsteps, sizeof *res[b]);
    cr_assert_not_null(res[b]);
    enum ndp_status st = ndp_run_case(bes[b], c, res[b], &err);
    cr_assert_eq(st, NDP_OK, "%s (%s): %s on %s: %s", c->name, what,
                 st == NDP_EINPUT ? "input error" : "backend failure", bes[b]->name, err.msg);
    if (seen != NULL) {
      for (int s = 0; s < c->nsteps; s++) {
        const struct ndp_step_result *r = &res[b][s];
        if (r->ran && r->status == NDP_ESTEP && r->err.cls < NDP_ERRC_COUNT)
          seen[b].errclass[r->err.cls]++;
      }
    }
  }
  if (nb >= 2) {
    struct ndp_divergences divs = {0};
    struct ndp_error err = {0};
    cr_assert_eq(ndp_classify_case(c, res[0], res[1], &divs, &err), NDP_OK, "%s: %s", c->name,
                 err.msg);
    ndp_divergences_reset(&divs);
  }
  for (int b = 0; b < nb; b++) {
    ndp_step_results_release(c->nsteps, res[b]);
    free(res[b]);
  }
}

/* The case written by the case writer parses back into the same model:
 * the generator builds nothing the format cannot say. */
static void check_round_trip(const struct ndp_case *c) {
  json_t *j = ndp_case_to_json(c, false);
  cr_assert_not_null(j, "%s: the case writer failed", c->name);
  struct ndp_case *back = NULL;
  struct ndp_error err = {0};
  enum ndp_status st = ndp_case_parse(j, "<fuzz>", 0, &back, &err);
  bool same = st == NDP_OK && case_digest(back) == case_digest(c);
  if (!same) { /* the case, for the report */
    json_dumpf(j, stderr, JSON_COMPACT);
    fputc('\n', stderr);
  }
  cr_assert_eq(st, NDP_OK, "%s does not parse back: %s", c->name, err.msg);
  cr_assert(same, "%s parses back into another model", c->name);
  ndp_case_free(back);
  json_decref(j);
}

/* ================================================================ determinism */

Test(gen, should_give_the_same_case_for_the_same_seed_and_index) {
  for (uint64_t i = 0; i < 500; i++) {
    struct ndp_case *a = gen_seeded(7, i), *b = gen_seeded(7, i);
    cr_assert_eq(case_digest(a), case_digest(b), "case %llu differs between two runs",
                 (unsigned long long)i);
    char name[64];
    snprintf(name, sizeof name, "fuzz/7/%llu", (unsigned long long)i);
    cr_assert_str_eq(a->name, name); /* the caller's name, copied */
    cr_assert_str_eq(a->file, "<fuzz>");
    cr_assert_eq(a->line, 0);
    cr_assert_null(a->json);
    cr_assert_eq(a->nexpect, 0);
    ndp_case_free(a);
    ndp_case_free(b);
  }
}

Test(gen, should_give_different_cases_for_different_indices_and_seeds) {
  enum { N = 2000 };
  static uint64_t h[N];
  int same_neighbours = 0;
  for (int i = 0; i < N; i++) {
    struct ndp_case *c = gen_seeded(11, (uint64_t)i);
    h[i] = case_digest(c);
    ndp_case_free(c);
    if (i > 0 && h[i] == h[i - 1]) same_neighbours++;
  }
  /* two indices may draw the same tiny case; almost all must differ */
  int dups = 0;
  for (int i = 0; i < N; i++)
    for (int j = i + 1; j < N; j++)
      if (h[i] == h[j]) dups++;
  cr_assert_leq(dups, N / 200, "%d pairs of equal cases among %d", dups, N);
  cr_assert_leq(same_neighbours, 2);
  int differ = 0;
  for (int i = 0; i < 200; i++) {
    struct ndp_case *a = gen_seeded(11, (uint64_t)i), *b = gen_seeded(12, (uint64_t)i);
    differ += case_digest(a) != case_digest(b);
    ndp_case_free(a);
    ndp_case_free(b);
  }
  cr_assert_geq(differ, 195, "seeds 11 and 12 give %d different cases of 200", differ);
}

/* Pinned: the same seed gives the same cases on any machine and in any
 * build. A change of the grammar changes these digests: update them with
 * the change (and say so: seeds of earlier campaigns then draw other
 * cases). */
Test(gen, should_draw_the_pinned_cases_of_seed_1) {
  struct digest d = {UINT64_C(0xcbf29ce484222325)};
  for (uint64_t i = 0; i < 200; i++) {
    struct ndp_case *c = gen_seeded(1, i);
    d_u64(&d, case_digest(c));
    ndp_case_free(c);
  }
  cr_assert_eq(d.h, UINT64_C(0x841ebe27f4399ff1), "digest of seed 1, cases 0..199: 0x%016llx",
               (unsigned long long)d.h);
}

Test(gen, should_give_the_same_case_for_the_same_bytes) {
  uint64_t x = 12345;
  for (int t = 0; t < 300; t++) {
    uint8_t buf[300];
    size_t n = (size_t)t;
    for (size_t k = 0; k < n; k++) {
      x = x * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
      buf[k] = (uint8_t)(x >> 56);
    }
    struct ndp_case *a = gen_bytes(buf, n), *b = gen_bytes(buf, n);
    cr_assert_eq(case_digest(a), case_digest(b), "bytes of length %zu give two cases", n);
    ndp_case_free(a);
    ndp_case_free(b);
  }
}

Test(gen, should_make_a_valid_case_of_no_bytes) {
  struct ndp_case *c = gen_bytes(NULL, 0);
  cr_assert_geq(c->ninputs, 1);
  cr_assert_geq(c->nsteps, 1);
  struct ndp_case *d = gen_bytes((const uint8_t *)"", 0);
  cr_assert_eq(case_digest(c), case_digest(d));
  struct ndp_backend *bes[2];
  cr_assert_eq(ndp_backend_open("ref", &bes[0], NULL), NDP_OK);
  cr_assert_eq(ndp_backend_open("oracle", &bes[1], NULL), NDP_OK);
  run_backends(c, bes, 2, NULL, "no bytes");
  check_round_trip(c);
  /* all-zero bytes are the same as none: every choice is 0 */
  uint8_t zeros[64] = {0};
  struct ndp_case *z = gen_bytes(zeros, sizeof zeros);
  cr_assert_eq(case_digest(z), case_digest(c));
  ndp_case_free(z);
  ndp_case_free(d);
  ndp_case_free(c);
  ndp_backend_free(bes[0]);
  ndp_backend_free(bes[1]);
}

Test(gen, should_make_valid_cases_of_random_bytes) {
  struct ndp_backend *bes[2];
  cr_assert_eq(ndp_backend_open("ref", &bes[0], NULL), NDP_OK);
  cr_assert_eq(ndp_backend_open("oracle", &bes[1], NULL), NDP_OK);
  long n = ncases() / 4;
  uint64_t x = 99;
  for (long t = 0; t < n; t++) {
    x = x * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
    size_t len = (size_t)(x >> 55);           /* 0..511 */
    uint8_t *buf = malloc(len > 0 ? len : 1); /* exactly len: ASan sees reads past it */
    cr_assert_not_null(buf);
    for (size_t k = 0; k < len; k++) {
      x = x * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
      buf[k] = (uint8_t)(x >> 56);
    }
    struct ndp_case *c = gen_bytes(buf, len);
    run_backends(c, bes, 2, NULL, "random bytes");
    check_round_trip(c);
    ndp_case_free(c);
    free(buf);
  }
  ndp_backend_free(bes[0]);
  ndp_backend_free(bes[1]);
}

/* ================================================================ validity and coverage */

/* What the cases say: counted over the model, fn bodies included. */
struct coverage {
  long op[NDP_OP_COUNT];
  long dtype[NDP_NDTYPES];
  long swapped, f_order, zero_size, rank0, high_rank, large;
  long arg[NDP_ARG_NPSCALAR + 1];
  long huge_int, big_int, nan_float, inf_float;
  long index[NDP_IDX_ELLIPSIS + 1], neg_step;
  long casting[NDP_CAST_UNSAFE + 1];
  long step_dtype, keepdims, axis_list, axis_null, order_f, drop_remainder, result_list;
  long npf_shape, gen_elements, body_inputs, chain6, pipelines;
};

static void cover_steps(struct coverage *cv, const struct ndp_case *c, int n,
                        const struct ndp_step *steps, bool body) {
  for (int k = 0; k < n; k++) {
    const struct ndp_step *s = &steps[k];
    cv->op[s->op]++;
    for (int j = 0; j < s->nargs; j++) {
      const struct ndp_arg *a = &s->args[j];
      cv->arg[a->kind]++;
      if (a->kind == NDP_ARG_PYINT && a->pyint.huge) cv->huge_int++;
      if (a->kind == NDP_ARG_PYINT && !a->pyint.huge && !a->pyint.neg && a->pyint.mag > INT64_MAX)
        cv->big_int++;
      if (a->kind == NDP_ARG_PYFLOAT && isnan(a->f)) cv->nan_float++;
      if (a->kind == NDP_ARG_PYFLOAT && isinf(a->f)) cv->inf_float++;
      if (body && a->kind == NDP_ARG_REF && a->slot >= 0 && a->slot < c->ninputs) cv->body_inputs++;
    }
    for (int j = 0; j < s->nindex; j++) {
      cv->index[s->index[j].kind]++;
      if (s->index[j].kind == NDP_IDX_SLICE && s->index[j].has_step && s->index[j].step < 0)
        cv->neg_step++;
    }
    if (s->has_casting) cv->casting[s->casting]++;
    if (s->has_dtype && s->op != NDP_OP_ASTYPE) cv->step_dtype++;
    if (s->keepdims) cv->keepdims++;
    if (s->axis_is_list) cv->axis_list++;
    if (s->axis_is_null) cv->axis_null++;
    if (s->order == 'F') cv->order_f++;
    if (s->ds != NULL) {
      if (s->ds->drop_remainder) cv->drop_remainder++;
      if (s->ds->result_is_list) cv->result_list++;
      if (s->op == NDP_OP_NUMPY_FUNCTION && s->ds->nshapes > 0) cv->npf_shape++;
      if (s->op == NDP_OP_FROM_GENERATOR) cv->gen_elements += s->ds->nelements;
      cover_steps(cv, c, s->ds->fn.nsteps, s->ds->fn.steps, true);
    }
  }
}

static void cover_case(struct coverage *cv, const struct ndp_case *c) {
  for (int i = 0; i < c->ninputs; i++) {
    const struct ndp_input *in = &c->inputs[i];
    cv->dtype[in->dtype]++;
    cv->swapped += in->swapped;
    cv->f_order += in->order == 'F';
    int64_t n = ndp_tensor_size(&in->tensor);
    cv->zero_size += n == 0;
    cv->rank0 += in->tensor.ndim == 0;
    cv->high_rank += in->tensor.ndim > 16;
    cv->large += n > 100;
  }
  bool pipeline = false;
  for (int k = 0; k < c->nsteps; k++)
    pipeline = pipeline || ndp_op_class(c->steps[k].op) == NDP_OPC_DATASET;
  cv->pipelines += pipeline;
  cv->chain6 += c->nsteps >= 6 && !pipeline;
  cover_steps(cv, c, c->nsteps, c->steps, false);
}

Test(gen, should_make_valid_cases_that_cover_the_grammar, .timeout = 600) {
  struct ndp_backend *bes[3];
  cr_assert_eq(ndp_backend_open("ref", &bes[0], NULL), NDP_OK);
  cr_assert_eq(ndp_backend_open("oracle", &bes[1], NULL), NDP_OK);
  cr_assert_eq(ndp_backend_open("ref:tf", &bes[2], NULL), NDP_OK);
  static struct coverage cv;
  static struct seen seen[3];
  memset(&cv, 0, sizeof cv);
  memset(seen, 0, sizeof seen);
  long n = ncases();
  uint64_t seed = test_seed();
  for (long i = 0; i < n; i++) {
    struct ndp_case *c = gen_seeded(seed, (uint64_t)i);
    cover_case(&cv, c);
    /* ref against the oracle, and ref:tf (another profile, static specs) */
    run_backends(c, bes, 3, seen, "seeded");
    check_round_trip(c);
    ndp_case_free(c);
  }
  ndp_backend_free(bes[0]);
  ndp_backend_free(bes[1]);
  ndp_backend_free(bes[2]);
  if (getenv("NDP_GEN_SHOW") != NULL) {
    for (int op = 0; op < NDP_OP_COUNT; op++)
      fprintf(stderr, "op %-20s %ld\n", ndp_op_name((enum ndp_op)op), cv.op[op]);
    for (int dt = 0; dt < NDP_NDTYPES; dt++)
      fprintf(stderr, "dtype %-12s %ld\n", ndp_dtype_name((enum ndp_dtype)dt), cv.dtype[dt]);
    for (int k = 1; k < NDP_ERRC_COUNT; k++)
      fprintf(stderr, "errors %-12s ref %ld oracle %ld ref:tf %ld\n",
              ndp_errclass_name((enum ndp_errclass)k), seen[0].errclass[k], seen[1].errclass[k],
              seen[2].errclass[k]);
    for (int k = 0; k <= NDP_ARG_NPSCALAR; k++) fprintf(stderr, "arg %d %ld\n", k, cv.arg[k]);
    for (int k = 0; k <= NDP_IDX_ELLIPSIS; k++) fprintf(stderr, "index %d %ld\n", k, cv.index[k]);
    for (int k = 0; k <= NDP_CAST_UNSAFE; k++)
      fprintf(stderr, "casting %d %ld\n", k, cv.casting[k]);
    fprintf(
        stderr,
        "swapped %ld f_order %ld zero_size %ld rank0 %ld high_rank %ld large %ld huge %ld big %ld "
        "nan %ld inf %ld neg_step %ld step_dtype %ld keepdims %ld axis_list %ld axis_null %ld "
        "order_f %ld drop %ld result_list %ld npf_shape %ld gen_elements %ld body_inputs %ld "
        "chain6 %ld pipelines %ld\n",
        cv.swapped, cv.f_order, cv.zero_size, cv.rank0, cv.high_rank, cv.large, cv.huge_int,
        cv.big_int, cv.nan_float, cv.inf_float, cv.neg_step, cv.step_dtype, cv.keepdims,
        cv.axis_list, cv.axis_null, cv.order_f, cv.drop_remainder, cv.result_list, cv.npf_shape,
        cv.gen_elements, cv.body_inputs, cv.chain6, cv.pipelines);
  }
  if (n < 20000) {
    cr_log_info("coverage minima not checked for %ld cases (fewer than 20000)", n);
    return;
  }
  for (int op = 0; op < NDP_OP_COUNT; op++)
    cr_expect_geq(cv.op[op], 30, "op %s appears %ld times", ndp_op_name((enum ndp_op)op),
                  cv.op[op]);
  for (int dt = 0; dt < NDP_NDTYPES; dt++)
    cr_expect_geq(cv.dtype[dt], 500, "inputs of dtype %s: %ld", ndp_dtype_name((enum ndp_dtype)dt),
                  cv.dtype[dt]);
  for (int k = 0; k <= NDP_ARG_NPSCALAR; k++)
    cr_expect_geq(cv.arg[k], 300, "operands of kind %d: %ld", k, cv.arg[k]);
  for (int k = 0; k <= NDP_IDX_ELLIPSIS; k++)
    cr_expect_geq(cv.index[k], 100, "index items of kind %d: %ld", k, cv.index[k]);
  for (int k = 0; k <= NDP_CAST_UNSAFE; k++)
    cr_expect_geq(cv.casting[k], 100, "casting=%s: %ld", ndp_casting_name((enum ndp_casting)k),
                  cv.casting[k]);
  cr_expect_geq(cv.swapped, 1000, "byte-swapped inputs: %ld", cv.swapped);
  cr_expect_geq(cv.f_order, 1000, "F-order inputs: %ld", cv.f_order);
  cr_expect_geq(cv.zero_size, 300, "zero-size inputs: %ld", cv.zero_size);
  cr_expect_geq(cv.rank0, 500, "0-d inputs: %ld", cv.rank0);
  cr_expect_geq(cv.high_rank, 100, "inputs of rank > 16: %ld", cv.high_rank);
  cr_expect_geq(cv.large, 100, "inputs of more than 100 elements: %ld", cv.large);
  cr_expect_geq(cv.huge_int, 100, "Python ints beyond 64 bits: %ld", cv.huge_int);
  cr_expect_geq(cv.big_int, 100, "Python ints in (2^63, 2^64): %ld", cv.big_int);
  cr_expect_geq(cv.nan_float, 50, "Python float NaN: %ld", cv.nan_float);
  cr_expect_geq(cv.inf_float, 50, "Python float infinities: %ld", cv.inf_float);
  cr_expect_geq(cv.neg_step, 500, "negative-step slices: %ld", cv.neg_step);
  cr_expect_geq(cv.step_dtype, 500, "dtype= on ufuncs and reductions: %ld", cv.step_dtype);
  cr_expect_geq(cv.keepdims, 300, "keepdims: %ld", cv.keepdims);
  cr_expect_geq(cv.axis_list, 300, "axis lists: %ld", cv.axis_list);
  cr_expect_geq(cv.axis_null, 100, "axis null: %ld", cv.axis_null);
  cr_expect_geq(cv.order_f, 300, "order F (reshape, ravel): %ld", cv.order_f);
  cr_expect_geq(cv.drop_remainder, 50, "batch drop_remainder: %ld", cv.drop_remainder);
  cr_expect_geq(cv.result_list, 50, "fn result lists: %ld", cv.result_list);
  cr_expect_geq(cv.npf_shape, 30, "numpy_function with shape: %ld", cv.npf_shape);
  cr_expect_geq(cv.body_inputs, 30, "case inputs used in fn bodies: %ld", cv.body_inputs);
  cr_expect_geq(cv.chain6, 500, "chains of 6 array steps: %ld", cv.chain6);
  cr_expect_geq(cv.pipelines, 2000, "dataset pipelines: %ld", cv.pipelines);
  /* Errors of every class NumPy raises (the oracle); "dtype" is a
   * TensorFlow-profile class (ref:tf: numpy_function's Tout); only
   * "unsupported" is never NumPy's. */
  for (int k = NDP_ERRC_BROADCAST; k < NDP_ERRC_COUNT; k++) {
    if (k == NDP_ERRC_UNSUPPORTED || k == NDP_ERRC_DTYPE) continue;
    cr_expect_geq(seen[1].errclass[k], 30, "oracle errors of class %s: %ld",
                  ndp_errclass_name((enum ndp_errclass)k), seen[1].errclass[k]);
  }
  cr_expect_geq(seen[2].errclass[NDP_ERRC_DTYPE], 10, "ref:tf errors of class dtype: %ld",
                seen[2].errclass[NDP_ERRC_DTYPE]);
  /* most cases are valid NumPy programs: most steps succeed */
  long errors = 0, total = 0;
  for (int k = 0; k < NDP_OP_COUNT; k++) total += cv.op[k];
  for (int k = 1; k < NDP_ERRC_COUNT; k++) errors += seen[1].errclass[k];
  cr_expect_lt(errors * 4, total, "%ld of %ld steps fail on the oracle", errors, total);
  cr_log_info("%ld cases, %ld steps, %ld oracle step errors", n, total, errors);
}
