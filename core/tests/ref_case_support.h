/* Support shared by the table-driven tests of the reference engine
 * (test_ref_shape.c and test_ref_reduce.c): the row model their tables
 * fill in, running a row's case step by step on ref as the harness's
 * runner does, and checking its last step against what NumPy returned.
 *
 * It is a header of static functions, not a library, because CMake makes
 * one Criterion executable of each test file: each includes this once,
 * before its table (which needs struct row). The rows are printed for
 * this struct row by emit() in common.py, the helper module at the end of
 * test_ref_shape.c: changing the struct means changing emit() too. */
#ifndef NDP_REF_CASE_SUPPORT_H
#define NDP_REF_CASE_SUPPORT_H

#include <criterion/criterion.h>
#include <jansson.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/case.h"
#include "ndparity/core.h"
#include "ref_internal.h"

/* ------------------------------------------------------------ running a case */

struct row {
  const char *name;
  const char *case_json; /* the case; its last step is the one checked */
  const char *error;     /* expected error class, or NULL */
  const char *dtype;
  int ndim;
  int64_t shape[8];
  bool view;        /* np.shares_memory with an input */
  int64_t bytes;    /* expected *bytes_copied */
  const char *data; /* C-order values: ints, hex floats, "nan", complex "re,im" */
};

struct outcome {
  struct ndp_case *c;
  struct ndp_tensor *results; /* one per step (released ones have buf NULL) */
  enum ndp_status st;         /* of the last step */
  struct ndp_error err;
  int64_t bytes;
};

/* Runs every step of the case on ref, as the harness's runner does; every
 * step but the last must succeed. */
static void run_case(const char *name, const char *json, struct outcome *o) {
  memset(o, 0, sizeof *o);
  json_error_t jerr;
  json_t *j = json_loads(json, JSON_REJECT_DUPLICATES, &jerr);
  cr_assert_not_null(j, "%s: bad test JSON: %s", name, jerr.text);
  struct ndp_error err = {0};
  enum ndp_status st = ndp_case_parse(j, "t.json", 1, &o->c, &err);
  json_decref(j);
  cr_assert_eq(st, NDP_OK, "%s: case does not parse: %s", name, err.msg);
  struct ndp_case *c = o->c;
  o->results = calloc((size_t)c->nsteps, sizeof *o->results);
  cr_assert_not_null(o->results);
  for (int s = 0; s < c->nsteps; s++) {
    const struct ndp_step *step = &c->steps[s];
    const struct ndp_tensor *ops[8] = {NULL};
    cr_assert(step->nargs <= 8, "%s: too many operands", name);
    for (int a = 0; a < step->nargs; a++) {
      const struct ndp_arg *arg = &step->args[a];
      if (arg->kind == NDP_ARG_REF)
        ops[a] = arg->slot < c->ninputs ? &c->inputs[arg->slot].tensor
                                        : &o->results[arg->slot - c->ninputs];
      else if (arg->kind == NDP_ARG_NPSCALAR)
        ops[a] = &arg->scalar;
    }
    int64_t bytes = 0;
    struct ndp_error e = {0};
    st = ndp_ref_run_step(step, ops, &o->results[s], &bytes, &e);
    if (s < c->nsteps - 1) {
      cr_assert_eq(st, NDP_OK, "%s: step %s failed: %s", name, step->id, e.msg);
    } else {
      o->st = st;
      o->err = e;
      o->bytes = bytes;
    }
  }
}

static void outcome_free(struct outcome *o) {
  for (int s = 0; o->c && s < o->c->nsteps; s++)
    if (o->results[s].buf != NULL) ndp_tensor_release(&o->results[s]);
  free(o->results);
  ndp_case_free(o->c);
}

/* Compares t's values in C order with the row's text. */
static void check_values(const char *name, const struct ndp_tensor *t, const char *data) {
  int64_t n = ndp_tensor_size(t);
  int64_t idx[NDP_MAXDIMS] = {0};
  const char *p = data;
  for (int64_t i = 0; i < n; i++) {
    char tok[128];
    int len = 0;
    while (*p == ' ') p++;
    while (*p && *p != ' ' && len < 127) tok[len++] = *p++;
    tok[len] = '\0';
    cr_assert(len > 0, "%s: fewer expected values than the result's %lld", name, (long long)n);
    struct ndp_elem e;
    ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
    switch (ndp_dtype_kind(t->dtype)) {
    case NDP_KIND_BOOL:
      cr_assert_eq(e.v.b, strcmp(tok, "1") == 0, "%s: [%lld] is %d, NumPy %s", name, (long long)i,
                   e.v.b, tok);
      break;
    case NDP_KIND_INT:
      cr_assert_eq(e.v.i, strtoll(tok, NULL, 10), "%s: [%lld] is %lld, NumPy %s", name,
                   (long long)i, (long long)e.v.i, tok);
      break;
    case NDP_KIND_UINT:
      cr_assert_eq(e.v.u, strtoull(tok, NULL, 10), "%s: [%lld] is %llu, NumPy %s", name,
                   (long long)i, (unsigned long long)e.v.u, tok);
      break;
    case NDP_KIND_FLOAT: {
      double w = strtod(tok, NULL);
      bool ok = isnan(w) ? isnan(e.v.f) : e.v.f == w;
      cr_assert(ok, "%s: [%lld] is %a, NumPy %s", name, (long long)i, e.v.f, tok);
    } break;
    case NDP_KIND_COMPLEX: {
      char *comma = strchr(tok, ',');
      cr_assert_not_null(comma, "%s: bad complex %s", name, tok);
      double wr = strtod(tok, NULL), wi = strtod(comma + 1, NULL);
      bool ok = (isnan(wr) ? isnan(e.v.c.re) : e.v.c.re == wr) &&
                (isnan(wi) ? isnan(e.v.c.im) : e.v.c.im == wi);
      cr_assert(ok, "%s: [%lld] is (%a, %a), NumPy %s", name, (long long)i, e.v.c.re, e.v.c.im,
                tok);
    } break;
    }
    ndp_index_next(t->ndim, t->shape, idx);
  }
  while (*p == ' ') p++;
  cr_assert(*p == '\0', "%s: more expected values than the result's %lld", name, (long long)n);
}

/* Checks the last step of the row's case against the row. */
static void check_row(const struct row *r) {
  struct outcome o;
  run_case(r->name, r->case_json, &o);
  if (r->error != NULL) {
    cr_assert_eq(o.st, NDP_ESTEP, "%s: expected a %s error, got status %d", r->name, r->error,
                 (int)o.st);
    cr_assert_str_eq(ndp_errclass_name(o.err.cls), r->error, "%s: error class (message: %s)",
                     r->name, o.err.msg);
    outcome_free(&o);
    return;
  }
  cr_assert_eq(o.st, NDP_OK, "%s: failed: %s", r->name, o.err.msg);
  const struct ndp_tensor *t = &o.results[o.c->nsteps - 1];
  cr_assert_str_eq(ndp_dtype_name(t->dtype), r->dtype, "%s: dtype", r->name);
  cr_assert_eq(t->ndim, r->ndim, "%s: ndim %d, NumPy %d", r->name, t->ndim, r->ndim);
  for (int k = 0; k < r->ndim; k++)
    cr_assert_eq(t->shape[k], r->shape[k], "%s: shape[%d] is %lld, NumPy %lld", r->name, k,
                 (long long)t->shape[k], (long long)r->shape[k]);
  bool view = false, same_buffer = false;
  for (int i = 0; i < o.c->ninputs; i++) {
    view = view || ndp_tensor_shares_memory(t, &o.c->inputs[i].tensor);
    same_buffer = same_buffer || t->buf == o.c->inputs[i].tensor.buf;
  }
  cr_assert_eq(view, r->view, "%s: shares memory with an input: %d, NumPy %d", r->name, view,
               r->view);
  if (r->view) cr_assert(same_buffer, "%s: a view must hold the input's buffer", r->name);
  cr_assert_eq(o.bytes, r->bytes, "%s: bytes copied %lld, expected %lld", r->name,
               (long long)o.bytes, (long long)r->bytes);
  check_values(r->name, t, r->data);
  outcome_free(&o);
}

#endif
