/* Runs a case on a backend and checks expectations (ndparity check). */
#include "ndparity/runner.h"

#include "ndparity/pipeline.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Builds dataset step s (its elements are produced later, by
 * iterate_datasets). A dataset that cannot be built (an inconsistent
 * element spec, from_tensor_slices of a 0-d array) fails the step. */
static enum ndp_status build_dataset_step(struct ndp_backend *be, const struct ndp_case *c,
                                          int s, struct ndp_step_result *results,
                                          struct ndp_error *err) {
  struct ndp_step_result *r = &results[s];
  r->err.cls = NDP_ERRC_NONE;
  r->err.msg[0] = '\0';
  enum ndp_status st = ndp_dataset_build(be, c, s, results, &r->dataset, &r->err);
  if (st == NDP_OK || st == NDP_ESTEP) {
    r->status = st;
    return NDP_OK;
  }
  r->ran = false;
  return ndp_error_set(err, st == NDP_ENOMEM ? NDP_ENOMEM : NDP_EINTERNAL, NDP_ERRC_NONE,
                       "backend %s, step %s (%s): %s", be->name, c->steps[s].id,
                       ndp_op_name(c->steps[s].op), r->err.msg);
}

/* Records what an iterator of dataset step s did: its element count, the
 * bytes the stage itself copied, its first element error. */
static void record_stage(const struct ndp_case *c, struct ndp_step_result *results,
                         struct ndp_ds_iter *it, bool *recorded) {
  for (; it != NULL; it = ndp_ds_iter_source(it)) {
    const struct ndp_step *step = ndp_dataset_step(ndp_ds_iter_dataset(it));
    int s = (int)(step - c->steps);
    if (recorded[s]) continue;
    recorded[s] = true;
    struct ndp_ds_iter_stats st;
    ndp_ds_iter_stats(it, &st);
    struct ndp_step_result *r = &results[s];
    r->count = st.produced;
    r->bytes_copied = st.own_bytes;
    if (st.failed) {
      r->status = NDP_ESTEP;
      r->err.cls = st.err->cls;
      snprintf(r->err.msg, sizeof r->err.msg, "element %lld: %.400s", (long long)st.produced,
               st.err->msg);
    }
  }
}

/* Produces every dataset's elements in one pass per pipeline: each stage
 * that no later stage consumes (a sink) is iterated to its end, and then
 * each of its input stages that stopped early (below a take, or a stage
 * that failed) is drained to its own end, through the same iterators. So
 * every stage runs each element once (a stage consumed by two later stages
 * is the exception: each consumer iterates it, as tf.data does), the counts
 * are each stage's own, and the bytes each stage copied are counted once. */
static enum ndp_status iterate_datasets(const struct ndp_case *c,
                                        struct ndp_step_result *results,
                                        struct ndp_error *err) {
  bool stack_used[32], stack_rec[32];
  bool *consumed = stack_used, *recorded = stack_rec;
  if (c->nsteps > 32) {
    consumed = calloc((size_t)c->nsteps, sizeof *consumed);
    recorded = calloc((size_t)c->nsteps, sizeof *recorded);
    if (consumed == NULL || recorded == NULL) {
      free(consumed != stack_used ? consumed : NULL);
      free(recorded != stack_rec ? recorded : NULL);
      return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    }
  }
  memset(consumed, 0, sizeof *consumed * (size_t)c->nsteps);
  memset(recorded, 0, sizeof *recorded * (size_t)c->nsteps);
  for (int s = 0; s < c->nsteps; s++) {
    const struct ndp_dataset *src = results[s].dataset ? ndp_dataset_source(results[s].dataset)
                                                       : NULL;
    if (src != NULL) consumed[ndp_dataset_step(src) - c->steps] = true;
  }
  enum ndp_status result = NDP_OK;
  for (int s = c->nsteps - 1; s >= 0 && result == NDP_OK; s--) {
    struct ndp_step_result *r = &results[s];
    if (r->dataset == NULL || r->status != NDP_OK || consumed[s] || recorded[s]) continue;
    struct ndp_ds_iter *top = NULL;
    result = ndp_ds_iter_open(r->dataset, &top, err);
    /* the sink, then each input stage that did not reach its end */
    for (struct ndp_ds_iter *it = top; it != NULL && result == NDP_OK;
         it = ndp_ds_iter_source(it)) {
      for (;;) {
        struct ndp_element el;
        bool done = false;
        int64_t bytes = 0;
        struct ndp_error ierr = {0};
        enum ndp_status st = ndp_ds_iter_next(it, &el, &done, &bytes, &ierr);
        if (st == NDP_ESTEP || (st == NDP_OK && done)) break;
        if (st != NDP_OK) {
          result = ndp_error_set(err, st == NDP_ENOMEM ? NDP_ENOMEM : NDP_EINTERNAL,
                                 NDP_ERRC_NONE, "step %s (%s): %s",
                                 ndp_dataset_step(ndp_ds_iter_dataset(it))->id,
                                 ndp_op_name(ndp_dataset_step(ndp_ds_iter_dataset(it))->op),
                                 ierr.msg);
          break;
        }
        ndp_element_release(&el);
      }
    }
    if (result == NDP_OK) record_stage(c, results, top, recorded);
    ndp_ds_iter_close(top);
  }
  if (consumed != stack_used) free(consumed);
  if (recorded != stack_rec) free(recorded);
  return result;
}

static enum ndp_status run_steps(struct ndp_backend *be, const struct ndp_case *c,
                                 struct ndp_step_result *results,
                                 const struct ndp_tensor **operands, struct ndp_error *err);

enum ndp_status ndp_run_case(struct ndp_backend *be, const struct ndp_case *c,
                             struct ndp_step_result *results, struct ndp_error *err) {
  /* Only the fields every reader looks at (a full memset of these ~1.5 KB
   * structs costs more than running a small case). */
  for (int s = 0; s < c->nsteps; s++) {
    struct ndp_step_result *r = &results[s];
    r->ran = false;
    r->status = NDP_OK;
    r->value.buf = NULL;
    r->value.ndim = 0;
    r->view = false;
    r->bytes_copied = 0;
    r->err.cls = NDP_ERRC_NONE;
    r->err.msg[0] = '\0';
    r->dataset = NULL;
    r->count = 0;
  }
  /* Operand lists: on the stack for the usual few, on the heap for a
   * concatenate of many arrays. */
  const struct ndp_tensor *stack_ops[64];
  const struct ndp_tensor **operands = stack_ops;
  int maxargs = 0;
  for (int s = 0; s < c->nsteps; s++)
    if (c->steps[s].nargs > maxargs) maxargs = c->steps[s].nargs;
  if (maxargs > 64) {
    operands = calloc((size_t)maxargs, sizeof *operands);
    if (operands == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  enum ndp_status result = run_steps(be, c, results, operands, err);
  if (operands != stack_ops) free(operands);
  if (result == NDP_OK) result = iterate_datasets(c, results, err);
  return result;
}

static enum ndp_status run_steps(struct ndp_backend *be, const struct ndp_case *c,
                                 struct ndp_step_result *results,
                                 const struct ndp_tensor **operands, struct ndp_error *err) {
  for (int s = 0; s < c->nsteps; s++) {
    const struct ndp_step *step = &c->steps[s];
    struct ndp_step_result *r = &results[s];
    bool runnable = true;
    for (int a = 0; a < step->nargs; a++) {
      const struct ndp_arg *arg = &step->args[a];
      operands[a] = NULL;
      if (arg->kind == NDP_ARG_REF) {
        if (arg->slot < c->ninputs) {
          operands[a] = &c->inputs[arg->slot].tensor;
        } else {
          const struct ndp_step_result *dep = &results[arg->slot - c->ninputs];
          /* A dataset whose iteration failed at some element was still
           * built: later stages run lazily on it (take may stop before the
           * failing element), as tf.data does. */
          if (!dep->ran || (dep->status != NDP_OK && dep->dataset == NULL)) {
            runnable = false;
            break;
          }
          operands[a] = &dep->value;
        }
      } else if (arg->kind == NDP_ARG_NPSCALAR) {
        operands[a] = &arg->scalar;
      }
    }
    if (!runnable) continue;
    if (ndp_op_class(step->op) == NDP_OPC_DATASET) {
      r->ran = true;
      NDP_RETURN_NOT_OK(build_dataset_step(be, c, s, results, err));
      continue;
    }
    r->ran = true;
    r->err.cls = NDP_ERRC_NONE;
    r->err.msg[0] = '\0';
    r->bytes_copied = 0;
    enum ndp_status st = be->run_step(be, step, operands, &r->value, &r->bytes_copied, &r->err);
    if (st == NDP_OK) {
      r->status = NDP_OK;
      r->view = false;
      for (int i = 0; i < c->ninputs; i++) {
        if (ndp_tensor_shares_memory(&r->value, &c->inputs[i].tensor)) {
          r->view = true;
          break;
        }
      }
    } else if (st == NDP_ESTEP) {
      r->status = NDP_ESTEP;
      memset(&r->value, 0, sizeof r->value);
    } else {
      memset(&r->value, 0, sizeof r->value);
      r->ran = false;
      return ndp_error_set(err, st == NDP_ENOMEM ? NDP_ENOMEM : NDP_EINTERNAL, NDP_ERRC_NONE,
                           "backend %s, step %s (%s): %s", be->name, step->id,
                           ndp_op_name(step->op), r->err.msg);
    }
  }
  return NDP_OK;
}

long long ndp_step_results_bytes(const struct ndp_case *c, const struct ndp_step_result *results) {
  long long total = 0;
  for (int k = 0; results != NULL && k < c->nsteps; k++)
    if (results[k].ran && results[k].status == NDP_OK) total += results[k].bytes_copied;
  return total;
}

void ndp_step_results_release(int n, struct ndp_step_result *results) {
  for (int i = 0; i < n; i++) {
    if (results[i].dataset != NULL) {
      ndp_dataset_free(results[i].dataset);
      results[i].dataset = NULL;
    } else if (results[i].ran && results[i].status == NDP_OK) {
      ndp_tensor_release(&results[i].value);
    }
  }
}

void ndp_expect_failures_reset(struct ndp_expect_failures *f) {
  for (int i = 0; i < f->n; i++) {
    struct ndp_expect_failure *x = &f->items[i];
    free(x->step);
    free(x->backend);
    free(x->field);
    free(x->expected);
    free(x->actual);
    free(x->detail);
  }
  free(f->items);
  memset(f, 0, sizeof *f);
}

static char *dupstr(const char *s) {
  if (s == NULL) return NULL;
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  if (d) memcpy(d, s, n);
  return d;
}

static enum ndp_status add_failure(struct ndp_expect_failures *f, const char *step,
                                   const char *backend, const char *field, const char *expected,
                                   const char *actual, const char *detail,
                                   struct ndp_error *err) {
  if (f->n == f->cap) {
    int cap = f->cap ? f->cap * 2 : 4;
    struct ndp_expect_failure *items = realloc(f->items, sizeof *items * (size_t)cap);
    if (items == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    f->items = items;
    f->cap = cap;
  }
  struct ndp_expect_failure *x = &f->items[f->n];
  x->step = dupstr(step);
  x->backend = dupstr(backend);
  x->field = dupstr(field);
  x->expected = dupstr(expected);
  x->actual = dupstr(actual);
  x->detail = dupstr(detail);
  if (!x->step || !x->backend || !x->field || !x->expected || !x->actual ||
      (detail && !x->detail)) {
    f->n++;
    return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  f->n++;
  return NDP_OK;
}

void ndp_default_tolerance(enum ndp_dtype dt, double *rtol, double *atol) {
  switch (dt) {
  case NDP_FLOAT16: *rtol = 1e-3; *atol = 1e-5; break;
  case NDP_FLOAT32:
  case NDP_COMPLEX64: *rtol = 1.3e-6; *atol = 1e-5; break;
  case NDP_FLOAT64:
  case NDP_COMPLEX128: *rtol = 1e-7; *atol = 1e-7; break;
  default: *rtol = 0; *atol = 0; break;
  }
}

/* Formats one element as the case format writes it. */
static void elem_str(const struct ndp_elem *e, char *buf, size_t n) {
  switch (ndp_dtype_kind(e->dtype)) {
  case NDP_KIND_BOOL: snprintf(buf, n, "%s", e->v.b ? "true" : "false"); break;
  case NDP_KIND_INT: snprintf(buf, n, "%lld", (long long)e->v.i); break;
  case NDP_KIND_UINT: snprintf(buf, n, "%llu", (unsigned long long)e->v.u); break;
  case NDP_KIND_FLOAT: snprintf(buf, n, "%.17g", e->v.f); break;
  case NDP_KIND_COMPLEX: snprintf(buf, n, "[%.17g, %.17g]", e->v.c.re, e->v.c.im); break;
  }
}

static bool float_close(double a, double e, double rtol, double atol) {
  if (isnan(a) || isnan(e)) return isnan(a) && isnan(e);
  if (isinf(a) || isinf(e)) return a == e;
  return fabs(a - e) <= atol + rtol * fabs(e);
}

/* np.isclose-style comparison for one element pair of the same dtype. */
static bool elem_close(const struct ndp_elem *a, const struct ndp_elem *e, double rtol,
                       double atol) {
  switch (ndp_dtype_kind(a->dtype)) {
  case NDP_KIND_BOOL: return a->v.b == e->v.b;
  case NDP_KIND_INT: return a->v.i == e->v.i;
  case NDP_KIND_UINT: return a->v.u == e->v.u;
  case NDP_KIND_FLOAT: return float_close(a->v.f, e->v.f, rtol, atol);
  case NDP_KIND_COMPLEX: {
    bool an = isnan(a->v.c.re) || isnan(a->v.c.im), en = isnan(e->v.c.re) || isnan(e->v.c.im);
    if (an || en) return an && en;
    if (isinf(a->v.c.re) || isinf(a->v.c.im) || isinf(e->v.c.re) || isinf(e->v.c.im))
      return a->v.c.re == e->v.c.re && a->v.c.im == e->v.c.im;
    double d = hypot(a->v.c.re - e->v.c.re, a->v.c.im - e->v.c.im);
    return d <= atol + rtol * hypot(e->v.c.re, e->v.c.im);
  }
  }
  return false;
}

static void result_desc(const struct ndp_step_result *r, char *buf, size_t n) {
  if (r->status == NDP_ESTEP) {
    snprintf(buf, n, "error %s", ndp_errclass_name(r->err.cls));
  } else {
    char sh[256];
    snprintf(buf, n, "%s %s", ndp_dtype_name(r->value.dtype),
             ndp_shape_str(r->value.ndim, r->value.shape, sh, sizeof sh));
  }
}

static bool shapes_equal(int na, const int64_t *a, int nb, const int64_t *b) {
  if (na != nb) return false;
  for (int k = 0; k < na; k++)
    if (a[k] != b[k]) return false;
  return true;
}

static enum ndp_status check_data(const struct ndp_case *c, const struct ndp_expect *x,
                                  const struct ndp_step_result *r, const char *sid,
                                  const char *backend, struct ndp_expect_failures *out,
                                  struct ndp_error *err) {
  const struct ndp_tensor *v = &r->value;
  size_t nexp = json_array_size(x->data);
  int64_t nact = ndp_tensor_size(v);
  if ((int64_t)nexp != nact) {
    char e[64], a[64];
    snprintf(e, sizeof e, "%zu values", nexp);
    snprintf(a, sizeof a, "%lld values", (long long)nact);
    return add_failure(out, sid, backend, "data", e, a, NULL, err);
  }
  double rtol, atol;
  ndp_default_tolerance(v->dtype, &rtol, &atol);
  if (c->has_tolerance) {
    if (c->rtol >= 0) rtol = c->rtol;
    if (c->atol >= 0) atol = c->atol;
  }
  int64_t idx[NDP_MAXDIMS] = {0};
  int64_t mismatches = 0, first = -1;
  struct ndp_elem first_a, first_e;
  for (int64_t k = 0; k < nact; k++) {
    struct ndp_elem ea, ee;
    ndp_elem_load(v->dtype, v->swapped, ndp_tensor_at(v, idx), &ea);
    struct ndp_error verr;
    if (ndp_value_parse(json_array_get(x->data, (size_t)k), v->dtype, &ee, &verr) != NDP_OK) {
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "expect.%s.data[%lld]: %.300s", sid,
                           (long long)k, verr.msg);
    }
    if (!elem_close(&ea, &ee, rtol, atol)) {
      if (first < 0) {
        first = k;
        first_a = ea;
        first_e = ee;
      }
      mismatches++;
    }
    ndp_index_next(v->ndim, v->shape, idx);
  }
  if (mismatches == 0) return NDP_OK;
  char es[96], as[96], detail[320];
  elem_str(&first_e, es, sizeof es);
  elem_str(&first_a, as, sizeof as);
  snprintf(detail, sizeof detail, "%lld of %lld values differ; first at flat index %lld",
           (long long)mismatches, (long long)nact, (long long)first);
  return add_failure(out, sid, backend, "data", es, as, detail, err);
}

/* The dtype, shape, view and data expectations of one array result. */
static enum ndp_status check_tensor(const struct ndp_case *c, const struct ndp_expect *x,
                                   const struct ndp_step_result *r, const char *sid,
                                   const char *backend, struct ndp_expect_failures *out,
                                   struct ndp_error *err) {
  char ebuf[320], abuf[320];
    const struct ndp_tensor *v = &r->value;
  bool dtype_ok = true, shape_ok = true;
  if (x->has_dtype && x->dtype != v->dtype) {
    dtype_ok = false;
    NDP_RETURN_NOT_OK(add_failure(out, sid, backend, "dtype", ndp_dtype_name(x->dtype),
                                  ndp_dtype_name(v->dtype), NULL, err));
  }
  if (x->has_shape && !shapes_equal(x->ndim, x->shape, v->ndim, v->shape)) {
    shape_ok = false;
    NDP_RETURN_NOT_OK(add_failure(out, sid, backend, "shape",
                                  ndp_shape_str(x->ndim, x->shape, ebuf, sizeof ebuf),
                                  ndp_shape_str(v->ndim, v->shape, abuf, sizeof abuf), NULL,
                                  err));
  }
  if (x->has_view && x->view != r->view) {
    NDP_RETURN_NOT_OK(add_failure(out, sid, backend, "view", x->view ? "true" : "false",
                                  r->view ? "true" : "false", NULL, err));
  }
  /* Values are compared only when dtype and shape agree: otherwise the
   * data comparison would only repeat the same failure. */
  if (x->has_data && dtype_ok && shape_ok)
    NDP_RETURN_NOT_OK(check_data(c, x, r, sid, backend, out, err));
  return NDP_OK;
}

static bool spec_equal(const struct ndp_partial_shape *a, const struct ndp_partial_shape *b) {
  if (a->rank_known != b->rank_known) return false;
  if (!a->rank_known) return true;
  if (a->ndim != b->ndim) return false;
  for (int k = 0; k < a->ndim; k++)
    if (a->dims[k] != b->dims[k]) return false;
  return true;
}

/* A dataset step's count, element_spec and elements expectations. */
static enum ndp_status check_dataset(const struct ndp_case *c, const struct ndp_expect *x,
                                    const struct ndp_step_result *r, const char *sid,
                                    const char *backend, struct ndp_expect_failures *out,
                                    struct ndp_error *err) {
  char ebuf[320], abuf[320];
  if (x->has_count && x->count != r->count) {
    snprintf(ebuf, sizeof ebuf, "%lld elements", (long long)x->count);
    snprintf(abuf, sizeof abuf, "%lld elements", (long long)r->count);
    NDP_RETURN_NOT_OK(add_failure(out, sid, backend, "count", ebuf, abuf, NULL, err));
  }
  const struct ndp_ds_spec *spec = ndp_dataset_spec(r->dataset);
  if (x->has_spec && spec != NULL) {
    bool same = spec->n == x->nspec;
    for (int k = 0; same && k < x->nspec; k++)
      same = spec->dtype[k] == x->spec_dtype[k] && spec_equal(&spec->shape[k], &x->spec_shape[k]);
    if (!same) {
      size_t eo = 0, ao = 0;
      ebuf[0] = abuf[0] = '\0';
      for (int k = 0; k < x->nspec && eo < sizeof ebuf; k++) {
        char t[160];
        eo += (size_t)snprintf(ebuf + eo, sizeof ebuf - eo, "%s%s %s", k ? ", " : "",
                               ndp_dtype_name(x->spec_dtype[k]),
                               ndp_partial_shape_str(&x->spec_shape[k], t, sizeof t));
      }
      for (int k = 0; k < spec->n && ao < sizeof abuf; k++) {
        char t[160];
        ao += (size_t)snprintf(abuf + ao, sizeof abuf - ao, "%s%s %s", k ? ", " : "",
                               ndp_dtype_name(spec->dtype[k]),
                               ndp_partial_shape_str(&spec->shape[k], t, sizeof t));
      }
      NDP_RETURN_NOT_OK(add_failure(out, sid, backend, "element_spec", ebuf, abuf, NULL, err));
    }
  }
  if (x->elements == NULL) return NDP_OK;
  struct ndp_ds_iter *it = NULL;
  NDP_RETURN_NOT_OK(ndp_ds_iter_open(r->dataset, &it, err));
  enum ndp_status st = NDP_OK;
  size_t n = json_array_size(x->elements);
  bool rest = false;
  int64_t bytes = 0;
  for (size_t i = 0; i < n && st == NDP_OK; i++) {
    json_t *je = json_array_get(x->elements, i);
    if (json_is_string(je)) {
      rest = true;
      break;
    }
    struct ndp_element el;
    bool done = false;
    struct ndp_error ierr = {0};
    st = ndp_ds_iter_next(it, &el, &done, &bytes, &ierr);
    if (st == NDP_ESTEP) {
      st = NDP_OK;
      break; /* the step's error was reported already */
    }
    if (st != NDP_OK) {
      *err = ierr;
      break;
    }
    if (done) {
      snprintf(ebuf, sizeof ebuf, "element %zu", i);
      snprintf(abuf, sizeof abuf, "%lld elements", (long long)r->count);
      st = add_failure(out, sid, backend, "elements", ebuf, abuf, NULL, err);
      break;
    }
    size_t m = json_array_size(je);
    if (m != (size_t)el.n) {
      snprintf(ebuf, sizeof ebuf, "%zu components", m);
      snprintf(abuf, sizeof abuf, "%d components", el.n);
      char label[200];
      snprintf(label, sizeof label, "%s[element %zu]", sid, i);
      st = add_failure(out, label, backend, "elements", ebuf, abuf, NULL, err);
    }
    for (size_t k = 0; k < m && k < (size_t)el.n && st == NDP_OK; k++) {
      json_t *jc = json_array_get(je, k);
      struct ndp_expect cx;
      memset(&cx, 0, sizeof cx);
      json_t *v;
      if ((v = json_object_get(jc, "dtype")) != NULL)
        cx.has_dtype = ndp_dtype_parse(json_string_value(v), &cx.dtype, NULL);
      if ((v = json_object_get(jc, "shape")) != NULL) {
        cx.has_shape = true;
        cx.ndim = (int)json_array_size(v);
        for (int d = 0; d < cx.ndim && d < NDP_MAXDIMS; d++)
          cx.shape[d] = (int64_t)json_integer_value(json_array_get(v, (size_t)d));
      }
      if ((v = json_object_get(jc, "view")) != NULL) {
        cx.has_view = true;
        cx.view = json_is_true(v);
      }
      if ((v = json_object_get(jc, "data")) != NULL) {
        cx.has_data = true;
        cx.data = v;
      }
      struct ndp_step_result cr;
      memset(&cr, 0, sizeof cr);
      cr.ran = true;
      cr.value = el.c[k];
      for (int q = 0; q < c->ninputs; q++)
        if (ndp_tensor_shares_memory(&el.c[k], &c->inputs[q].tensor)) cr.view = true;
      char label[200];
      snprintf(label, sizeof label, "%s[element %zu][%zu]", sid, i, k);
      st = check_tensor(c, &cx, &cr, label, backend, out, err);
    }
    ndp_element_release(&el);
  }
  if (st == NDP_OK && !rest && r->status == NDP_OK && (int64_t)n != r->count) {
    snprintf(ebuf, sizeof ebuf, "%zu elements", n);
    snprintf(abuf, sizeof abuf, "%lld elements", (long long)r->count);
    st = add_failure(out, sid, backend, "elements", ebuf, abuf, NULL, err);
  }
  ndp_ds_iter_close(it);
  return st;
}

enum ndp_status ndp_check_expectations(const struct ndp_case *c,
                                       const struct ndp_step_result *results,
                                       const char *backend, struct ndp_expect_failures *out,
                                       struct ndp_error *err) {
  char abuf[320];
  for (int i = 0; i < c->nexpect; i++) {
    const struct ndp_expect *x = &c->expect[i];
    const struct ndp_step_result *r = &results[x->step];
    const char *sid = c->steps[x->step].id;
    if (!r->ran) continue; /* an operand failed: no expectation applies */
    if (x->has_error) {
      if (r->status == NDP_ESTEP && r->err.cls == x->error) continue;
      result_desc(r, abuf, sizeof abuf);
      NDP_RETURN_NOT_OK(add_failure(out, sid, backend, "error", ndp_errclass_name(x->error),
                                    abuf, r->status == NDP_ESTEP ? r->err.msg : NULL, err));
      continue;
    }
    if (r->status == NDP_ESTEP) {
      NDP_RETURN_NOT_OK(add_failure(out, sid, backend, "error", "no error",
                                    ndp_errclass_name(r->err.cls), r->err.msg, err));
      continue;
    }
    if (r->dataset != NULL) {
      NDP_RETURN_NOT_OK(check_dataset(c, x, r, sid, backend, out, err));
      continue;
    }
    NDP_RETURN_NOT_OK(check_tensor(c, x, r, sid, backend, out, err));
  }
  return NDP_OK;
}
