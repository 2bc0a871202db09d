/* Runs a case on a backend and checks expectations (ndparity check). */
#include "ndparity/runner.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum ndp_status ndp_run_case(struct ndp_backend *be, const struct ndp_case *c,
                             struct ndp_step_result *results, struct ndp_error *err) {
  memset(results, 0, sizeof *results * (size_t)c->nsteps);
  const struct ndp_tensor *operands[64];
  for (int s = 0; s < c->nsteps; s++) {
    const struct ndp_step *step = &c->steps[s];
    struct ndp_step_result *r = &results[s];
    if (step->nargs > (int)(sizeof operands / sizeof operands[0]))
      return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "step %s has too many operands",
                           step->id);
    bool runnable = true;
    for (int a = 0; a < step->nargs; a++) {
      const struct ndp_arg *arg = &step->args[a];
      operands[a] = NULL;
      if (arg->kind == NDP_ARG_REF) {
        if (arg->slot < c->ninputs) {
          operands[a] = &c->inputs[arg->slot].tensor;
        } else {
          const struct ndp_step_result *dep = &results[arg->slot - c->ninputs];
          if (!dep->ran || dep->status != NDP_OK) {
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

void ndp_step_results_release(int n, struct ndp_step_result *results) {
  for (int i = 0; i < n; i++) {
    if (results[i].ran && results[i].status == NDP_OK) ndp_tensor_release(&results[i].value);
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
                                  const struct ndp_step_result *r, const char *backend,
                                  struct ndp_expect_failures *out, struct ndp_error *err) {
  const struct ndp_tensor *v = &r->value;
  const char *sid = c->steps[x->step].id;
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
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "expect.%s.data[%lld]: %s", sid,
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

enum ndp_status ndp_check_expectations(const struct ndp_case *c,
                                       const struct ndp_step_result *results,
                                       const char *backend, struct ndp_expect_failures *out,
                                       struct ndp_error *err) {
  char ebuf[320], abuf[320];
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
      NDP_RETURN_NOT_OK(check_data(c, x, r, backend, out, err));
  }
  return NDP_OK;
}
