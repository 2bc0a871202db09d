/* The divergence classifier (see ndparity/classify.h). */
#include "ndparity/classify.h"

#include "ndparity/pipeline.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[NDP_DIV_COUNT] = {
    [NDP_DIV_SHAPE_LOSS] = "shape-loss",         [NDP_DIV_SHAPE_MISMATCH] = "shape-mismatch",
    [NDP_DIV_TYPE_MISMATCH] = "type-mismatch",   [NDP_DIV_VALUE_MISMATCH] = "value-mismatch",
    [NDP_DIV_ERROR_MISMATCH] = "error-mismatch", [NDP_DIV_COPY_OVERHEAD] = "copy-overhead",
    [NDP_DIV_ALIAS_MISMATCH] = "alias-mismatch", [NDP_DIV_CRASH] = "crash",
    [NDP_DIV_TIMEOUT] = "timeout",               [NDP_DIV_UNSUPPORTED] = "unsupported",
};

const char *ndp_div_kind_name(enum ndp_div_kind k) {
  return (int)k >= 0 && k < NDP_DIV_COUNT ? kind_names[k] : "?";
}

void ndp_divergences_reset(struct ndp_divergences *d) {
  free(d->items);
  memset(d, 0, sizeof *d);
}

/* Binary ufuncs written as Python operators in messages. */
static const char *op_symbol(enum ndp_op op) {
  switch (op) {
  case NDP_OP_ADD: return "+";
  case NDP_OP_SUBTRACT: return "-";
  case NDP_OP_MULTIPLY: return "*";
  case NDP_OP_TRUE_DIVIDE: return "/";
  case NDP_OP_FLOOR_DIVIDE: return "//";
  case NDP_OP_REMAINDER: return "%";
  case NDP_OP_POWER: return "**";
  case NDP_OP_EQUAL: return "==";
  case NDP_OP_NOT_EQUAL: return "!=";
  case NDP_OP_LESS: return "<";
  case NDP_OP_LESS_EQUAL: return "<=";
  case NDP_OP_GREATER: return ">";
  case NDP_OP_GREATER_EQUAL: return ">=";
  case NDP_OP_BITWISE_AND: return "&";
  case NDP_OP_BITWISE_OR: return "|";
  case NDP_OP_BITWISE_XOR: return "^";
  case NDP_OP_LEFT_SHIFT: return "<<";
  case NDP_OP_RIGHT_SHIFT: return ">>";
  default: return NULL;
  }
}

/* The dtype a step operand has on the oracle side, as a word. */
static void operand_word(const struct ndp_case *c, const struct ndp_arg *a,
                         const struct ndp_step_result *oracle, char *buf, size_t n) {
  switch (a->kind) {
  case NDP_ARG_PYINT: snprintf(buf, n, "py-int"); return;
  case NDP_ARG_PYFLOAT: snprintf(buf, n, "py-float"); return;
  case NDP_ARG_PYBOOL: snprintf(buf, n, "py-bool"); return;
  case NDP_ARG_PYCOMPLEX: snprintf(buf, n, "py-complex"); return;
  case NDP_ARG_NPSCALAR: snprintf(buf, n, "np-%s", ndp_dtype_name(a->scalar.dtype)); return;
  case NDP_ARG_REF: break;
  }
  if (a->slot < c->ninputs) {
    snprintf(buf, n, "%s", ndp_dtype_name(c->inputs[a->slot].dtype));
    return;
  }
  const struct ndp_step_result *r = &oracle[a->slot - c->ninputs];
  if (r->dataset != NULL)
    snprintf(buf, n, "dataset");
  else if (r->ran && r->status == NDP_OK)
    snprintf(buf, n, "%s", ndp_dtype_name(r->value.dtype));
  else
    snprintf(buf, n, "?");
}

void ndp_describe_operands(const struct ndp_case *c, const struct ndp_step *step,
                           const struct ndp_step_result *oracle, char *buf, size_t n) {
  size_t used = 0;
  buf[0] = '\0';
  if (step->op == NDP_OP_FROM_GENERATOR && step->ds != NULL && step->ds->nelements > 0) {
    /* what the generator yields first, component by component */
    for (int k = 0; k < step->ds->ncomp && used < n; k++)
      used += (size_t)snprintf(buf + used, n - used, k ? ", %s" : "%s",
                               ndp_dtype_name(c->inputs[step->ds->elements[k]].dtype));
    return;
  }
  for (int i = 0; i < step->nargs && used < n; i++) {
    char w[32];
    operand_word(c, &step->args[i], oracle, w, sizeof w);
    used += (size_t)snprintf(buf + used, n - used, i ? ", %s" : "%s", w);
  }
}

/* "int8 + uint8", "sqrt(float16)", "reshape(float32)". */
static void describe_op(const struct ndp_case *c, const struct ndp_step *step,
                        const struct ndp_step_result *oracle, char *buf, size_t n) {
  const char *sym = op_symbol(step->op);
  if (sym != NULL && step->nargs == 2) {
    char a[32], b[32];
    operand_word(c, &step->args[0], oracle, a, sizeof a);
    operand_word(c, &step->args[1], oracle, b, sizeof b);
    snprintf(buf, n, "%s %s %s", a, sym, b);
    return;
  }
  char ops[256];
  ndp_describe_operands(c, step, oracle, ops, sizeof ops);
  snprintf(buf, n, "%s(%s)", ndp_op_name(step->op), ops);
}

/* "empty" when any array operand is empty, else by the largest operand rank:
 * "0d", "1d", "2d", "3d+". */
static const char *rank_class(const struct ndp_case *c, const struct ndp_step *step,
                              const struct ndp_step_result *oracle) {
  int maxnd = 0;
  for (int i = 0; i < step->nargs; i++) {
    const struct ndp_arg *a = &step->args[i];
    const struct ndp_tensor *t = NULL;
    if (a->kind == NDP_ARG_NPSCALAR)
      t = &a->scalar;
    else if (a->kind == NDP_ARG_REF && a->slot < c->ninputs)
      t = &c->inputs[a->slot].tensor;
    else if (a->kind == NDP_ARG_REF) {
      const struct ndp_step_result *r = &oracle[a->slot - c->ninputs];
      if (r->ran && r->status == NDP_OK && r->dataset == NULL) t = &r->value;
    }
    if (t == NULL) continue;
    if (ndp_tensor_size(t) == 0) return "empty";
    if (t->ndim > maxnd) maxnd = t->ndim;
  }
  static const char *const names[] = {"0d", "1d", "2d", "3d+"};
  return names[maxnd > 3 ? 3 : maxnd];
}

static void fingerprint(enum ndp_div_kind kind, const struct ndp_case *c,
                        const struct ndp_step *step, const struct ndp_step_result *oracle,
                        char out[17]) {
  char ops[256], text[512];
  ndp_describe_operands(c, step, oracle, ops, sizeof ops);
  snprintf(text, sizeof text, "%s|%s|%s|%s|%s", ndp_div_kind_name(kind), ndp_op_name(step->op),
           ops, rank_class(c, step, oracle), step->id);
  ndp_fingerprint_of(text, out);
}

void ndp_fingerprint_of(const char *text, char out[17]) {
  uint64_t h = 0xcbf29ce484222325u;
  for (const char *p = text; *p; p++) {
    h ^= (unsigned char)*p;
    h *= 0x100000001b3u;
  }
  snprintf(out, 17, "%016llx", (unsigned long long)h);
}

static void fill_side(const struct ndp_step_result *r, struct ndp_side *s) {
  memset(s, 0, sizeof *s);
  s->ran = r->ran;
  if (!r->ran) return;
  s->ok = r->status == NDP_OK;
  if (r->dataset != NULL) {
    s->dataset = true;
    s->count = r->count;
    const struct ndp_ds_spec *spec = ndp_dataset_spec(r->dataset);
    if (spec != NULL) {
      s->has_spec = true;
      s->spec = *spec;
    }
  }
  if (s->ok && r->dataset != NULL) {
    s->bytes_copied = r->bytes_copied;
  } else if (s->ok) {
    s->dtype = r->value.dtype;
    s->ndim = r->value.ndim;
    memcpy(s->shape, r->value.shape, sizeof s->shape);
    s->view = r->view;
    s->bytes_copied = r->bytes_copied;
  } else {
    s->error = r->err.cls;
    snprintf(s->message, sizeof s->message, "%s", r->err.msg);
  }
}

static struct ndp_divergence *add(struct ndp_divergences *d, enum ndp_div_kind kind,
                                  const struct ndp_case *c, int s,
                                  const struct ndp_step_result *engine,
                                  const struct ndp_step_result *oracle, struct ndp_error *err) {
  if (d->n == d->cap) {
    int cap = d->cap ? d->cap * 2 : 4;
    struct ndp_divergence *items = realloc(d->items, sizeof *items * (size_t)cap);
    if (items == NULL) {
      ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
      return NULL;
    }
    d->items = items;
    d->cap = cap;
  }
  struct ndp_divergence *x = &d->items[d->n++];
  memset(x, 0, sizeof *x);
  x->step = s;
  x->kind = kind;
  x->first_index = -1;
  fingerprint(kind, c, &c->steps[s], oracle, x->fingerprint);
  fill_side(&engine[s], &x->engine);
  fill_side(&oracle[s], &x->oracle);
  return x;
}

static void outcome(const struct ndp_step_result *r, char *buf, size_t n) {
  if (r->status == NDP_OK && r->dataset != NULL) {
    snprintf(buf, n, "yields %lld elements", (long long)r->count);
  } else if (r->status == NDP_OK) {
    char sh[160];
    snprintf(buf, n, "gives %s %s", ndp_dtype_name(r->value.dtype),
             ndp_shape_str(r->value.ndim, r->value.shape, sh, sizeof sh));
  } else {
    snprintf(buf, n, "fails with %s (%.200s)", ndp_errclass_name(r->err.cls), r->err.msg);
  }
}

/* Orders floats as integers so that adjacent floats differ by 1 (ULPs). */
static int64_t ordered_bits(enum ndp_dtype dt, double v) {
  int64_t i;
  if (dt == NDP_FLOAT16) {
    uint16_t h = ndp_double_to_half(v);
    i = (h & 0x8000u) ? -(int64_t)(h & 0x7fffu) : (int64_t)h;
  } else if (dt == NDP_FLOAT32 || dt == NDP_COMPLEX64) {
    float f = (float)v;
    uint32_t b;
    memcpy(&b, &f, 4);
    i = (b & 0x80000000u) ? -(int64_t)(b & 0x7fffffffu) : (int64_t)b;
  } else {
    uint64_t b;
    memcpy(&b, &v, 8);
    i = (b >> 63) ? -(int64_t)(b & 0x7fffffffffffffffull) : (int64_t)b;
  }
  return i;
}

static void elem_text(const struct ndp_elem *e, char *buf, size_t n) {
  switch (ndp_dtype_kind(e->dtype)) {
  case NDP_KIND_BOOL: snprintf(buf, n, "%s", e->v.b ? "True" : "False"); break;
  case NDP_KIND_INT: snprintf(buf, n, "%lld", (long long)e->v.i); break;
  case NDP_KIND_UINT: snprintf(buf, n, "%llu", (unsigned long long)e->v.u); break;
  case NDP_KIND_FLOAT:
    if (isnan(e->v.f)) snprintf(buf, n, "nan"); /* NumPy prints every NaN so */
    else snprintf(buf, n, "%.17g", e->v.f);
    break;
  case NDP_KIND_COMPLEX: snprintf(buf, n, "(%.17g%+.17gj)", e->v.c.re, e->v.c.im); break;
  }
}

/* Compares one real part pair; updates worst errors; true when close. */
static bool part_close(enum ndp_dtype dt, double a, double o, double rtol, double atol,
                       struct ndp_divergence *x) {
  if (isnan(a) || isnan(o)) {
    if (isnan(a) && isnan(o)) return true;
    x->max_abs = INFINITY; /* NaN against a number: as far apart as it gets */
    x->max_rel = INFINITY;
    x->max_ulp = INFINITY;
    return false;
  }
  if (isinf(a) || isinf(o)) {
    if (a == o) return true;
    x->max_abs = INFINITY;
    x->max_ulp = INFINITY;
    return false;
  }
  double d = fabs(a - o);
  bool close = d <= atol + rtol * fabs(o);
  if (!close) {
    double rel = o != 0 ? d / fabs(o) : INFINITY;
    int64_t ia = ordered_bits(dt, a), io = ordered_bits(dt, o);
    double ulp = fabs((double)ia - (double)io);
    if (d > x->max_abs) x->max_abs = d;
    if (rel > x->max_rel) x->max_rel = rel;
    if (ulp > x->max_ulp) x->max_ulp = ulp;
  }
  return close;
}

/* Element-wise comparison of two results of one dtype and shape. */
static void compare_values(const struct ndp_case *c, const struct ndp_tensor *e,
                           const struct ndp_tensor *o, struct ndp_divergence *x) {
  double rtol, atol;
  ndp_default_tolerance(o->dtype, &rtol, &atol);
  if (c->has_tolerance) {
    if (c->rtol >= 0) rtol = c->rtol;
    if (c->atol >= 0) atol = c->atol;
  }
  int64_t n = ndp_tensor_size(o);
  int64_t idx[NDP_MAXDIMS] = {0};
  x->compared = n;
  for (int64_t k = 0; k < n; k++) {
    struct ndp_elem ea, eo;
    ndp_elem_load(e->dtype, e->swapped, ndp_tensor_at(e, idx), &ea);
    ndp_elem_load(o->dtype, o->swapped, ndp_tensor_at(o, idx), &eo);
    bool same;
    switch (ndp_dtype_kind(o->dtype)) {
    case NDP_KIND_BOOL: same = ea.v.b == eo.v.b; break;
    case NDP_KIND_INT:
      same = ea.v.i == eo.v.i;
      if (!same) {
        double d = fabs((double)ea.v.i - (double)eo.v.i);
        if (d > x->max_abs) x->max_abs = d;
      }
      break;
    case NDP_KIND_UINT:
      same = ea.v.u == eo.v.u;
      if (!same) {
        double d = fabs((double)ea.v.u - (double)eo.v.u);
        if (d > x->max_abs) x->max_abs = d;
      }
      break;
    case NDP_KIND_FLOAT: same = part_close(o->dtype, ea.v.f, eo.v.f, rtol, atol, x); break;
    default: {
      bool re = part_close(o->dtype, ea.v.c.re, eo.v.c.re, rtol, atol, x);
      bool im = part_close(o->dtype, ea.v.c.im, eo.v.c.im, rtol, atol, x);
      same = re && im;
    } break;
    }
    if (!same) {
      if (x->mismatches == 0) {
        x->first_index = k;
        elem_text(&ea, x->first_engine, sizeof x->first_engine);
        elem_text(&eo, x->first_oracle, sizeof x->first_oracle);
      }
      x->mismatches++;
    }
    ndp_index_next(o->ndim, o->shape, idx);
  }
}


/* Exact value comparison across dtypes (a silent cast's loss). */
static bool elems_equal(const struct ndp_elem *a, const struct ndp_elem *b) {
  double ar = 0, ai = 0, br = 0, bi = 0;
  const struct ndp_elem *x[2] = {a, b};
  double *re[2] = {&ar, &br}, *im[2] = {&ai, &bi};
  for (int k = 0; k < 2; k++) {
    switch (ndp_dtype_kind(x[k]->dtype)) {
    case NDP_KIND_BOOL: *re[k] = x[k]->v.b; break;
    case NDP_KIND_INT: *re[k] = (double)x[k]->v.i; break;
    case NDP_KIND_UINT: *re[k] = (double)x[k]->v.u; break;
    case NDP_KIND_FLOAT: *re[k] = x[k]->v.f; break;
    case NDP_KIND_COMPLEX:
      *re[k] = x[k]->v.c.re;
      *im[k] = x[k]->v.c.im;
      break;
    }
  }
  if (isnan(ar) && isnan(br)) return ai == bi || (isnan(ai) && isnan(bi));
  return ar == br && (ai == bi || (isnan(ai) && isnan(bi)));
}

static bool tensors_equal_exact(const struct ndp_tensor *a, const struct ndp_tensor *b) {
  if (a->ndim != b->ndim) return false;
  for (int k = 0; k < a->ndim; k++)
    if (a->shape[k] != b->shape[k]) return false;
  int64_t n = ndp_tensor_size(a);
  int64_t idx[NDP_MAXDIMS] = {0};
  for (int64_t k = 0; k < n; k++) {
    struct ndp_elem ea, eb;
    ndp_elem_load(a->dtype, a->swapped, ndp_tensor_at(a, idx), &ea);
    ndp_elem_load(b->dtype, b->swapped, ndp_tensor_at(b, idx), &eb);
    if (!elems_equal(&ea, &eb)) return false;
    ndp_index_next(a->ndim, a->shape, idx);
  }
  return true;
}

static bool spec_has_unknown(const struct ndp_ds_spec *sp) {
  for (int k = 0; k < sp->n; k++) {
    if (!sp->shape[k].rank_known) return true;
    for (int d = 0; d < sp->shape[k].ndim; d++)
      if (sp->shape[k].dims[d] < 0) return true;
  }
  return false;
}

/* Runtime shapes of a dataset's components over all elements. */
struct shape_stats {
  bool seen;
  int ndim;
  bool rank_same;
  int64_t dims[NDP_MAXDIMS];
  bool dim_same[NDP_MAXDIMS];
};

static void stats_add(struct shape_stats *st, const struct ndp_tensor *t) {
  if (!st->seen) {
    st->seen = true;
    st->ndim = t->ndim;
    st->rank_same = true;
    for (int d = 0; d < t->ndim; d++) {
      st->dims[d] = t->shape[d];
      st->dim_same[d] = true;
    }
    return;
  }
  if (t->ndim != st->ndim) {
    st->rank_same = false;
    return;
  }
  for (int d = 0; d < t->ndim; d++)
    if (t->shape[d] != st->dims[d]) st->dim_same[d] = false;
}

/* Compares two datasets element by element, and the engine's static spec
 * with the runtime shapes (shape-loss). */
static enum ndp_status classify_dataset(const struct ndp_case *c, int s,
                                        const struct ndp_step_result *engine,
                                        const struct ndp_step_result *oracle, const char *what,
                                        struct ndp_divergences *out, struct ndp_error *err) {
  const struct ndp_step_result *e = &engine[s], *o = &oracle[s];
  const struct ndp_step *step = &c->steps[s];
  struct ndp_divergence *x;
  if (e->dataset == NULL || o->dataset == NULL) return NDP_OK;
  if (e->count != o->count) {
    if ((x = add(out, NDP_DIV_VALUE_MISMATCH, c, s, engine, oracle, err)) == NULL)
      return NDP_ENOMEM;
    snprintf(x->message, sizeof x->message, "%s: engine yields %lld elements, NumPy %lld", what,
             (long long)e->count, (long long)o->count);
  }
  /* collect and take pass their input's elements through with its spec:
   * the elements were compared, and the spec checked, at the input's step. */
  if (step->op == NDP_OP_COLLECT || step->op == NDP_OP_TAKE) return NDP_OK;
  /* Stages that pass their input's elements through (or a subset) were
   * compared at the input's step: only their counts are compared here. */
  bool passthrough = step->op == NDP_OP_COLLECT || step->op == NDP_OP_TAKE ||
                     step->op == NDP_OP_FILTER || step->op == NDP_OP_SET_SHAPE ||
                     step->op == NDP_OP_ENSURE_SHAPE;
  struct ndp_ds_iter *ie = NULL, *io = NULL;
  enum ndp_status st = ndp_ds_iter_open(e->dataset, &ie, err);
  if (st == NDP_OK) st = ndp_ds_iter_open(o->dataset, &io, err);
  struct shape_stats stats[NDP_DS_MAXCOMP];
  memset(stats, 0, sizeof stats);
  bool type_seen = false, shape_seen = false, value_seen = false, lossy = false;
  int64_t type_at = -1;
  int type_comp = 0;
  enum ndp_dtype type_e = NDP_BOOL, type_o = NDP_BOOL;
  int64_t bytes = 0;
  for (int64_t i = 0; st == NDP_OK; i++) {
    struct ndp_element ee, eo;
    bool de = false, dn = false;
    struct ndp_error ierr = {0};
    if (ndp_ds_iter_next(ie, &ee, &de, &bytes, &ierr) != NDP_OK) break;
    if (de) break;
    for (int k = 0; k < ee.n; k++) stats_add(&stats[k], &ee.c[k]);
    /* NumPy's side advances too where its fn body's bytes are compared (a
     * filter's predicate) */
    bool have_o = i < o->count && (!passthrough || step->op == NDP_OP_FILTER) &&
                  ndp_ds_iter_next(io, &eo, &dn, &bytes, &ierr) == NDP_OK && !dn;
    if (passthrough || !have_o) {
      ndp_element_release(&ee);
      if (have_o) ndp_element_release(&eo);
      continue; /* keep collecting the engine's runtime shapes */
    }
    for (int k = 0; k < ee.n && k < eo.n; k++) {
      const struct ndp_tensor *ev = &ee.c[k], *ov = &eo.c[k];
      bool same_shape = ev->ndim == ov->ndim;
      for (int d = 0; same_shape && d < ov->ndim; d++) same_shape = ev->shape[d] == ov->shape[d];
      if (ev->dtype != ov->dtype) {
        if (!type_seen) {
          type_seen = true;
          type_at = i;
          type_comp = k;
          type_e = ev->dtype;
          type_o = ov->dtype;
        }
        if (same_shape && !lossy && !tensors_equal_exact(ev, ov)) lossy = true;
      } else if (same_shape && !value_seen) {
        struct ndp_divergence probe;
        memset(&probe, 0, sizeof probe);
        probe.first_index = -1;
        compare_values(c, ev, ov, &probe);
        if (probe.mismatches > 0) {
          value_seen = true;
          if ((x = add(out, NDP_DIV_VALUE_MISMATCH, c, s, engine, oracle, err)) == NULL) {
            st = NDP_ENOMEM;
          } else {
            x->mismatches = probe.mismatches;
            x->compared = probe.compared;
            x->first_index = probe.first_index;
            memcpy(x->first_engine, probe.first_engine, sizeof x->first_engine);
            memcpy(x->first_oracle, probe.first_oracle, sizeof x->first_oracle);
            x->max_abs = probe.max_abs;
            x->max_rel = probe.max_rel;
            x->max_ulp = probe.max_ulp;
            snprintf(x->message, sizeof x->message,
                     "%s: element %lld, component %d: %lld of %lld values differ; first at flat "
                     "index %lld: engine %s, NumPy %s",
                     what, (long long)i, k, (long long)x->mismatches, (long long)x->compared,
                     (long long)x->first_index, x->first_engine, x->first_oracle);
          }
        }
      }
      if (!same_shape && !shape_seen && st == NDP_OK) {
        char es[160], os[160];
        shape_seen = true;
        if ((x = add(out, NDP_DIV_SHAPE_MISMATCH, c, s, engine, oracle, err)) == NULL) {
          st = NDP_ENOMEM;
        } else {
          snprintf(x->message, sizeof x->message,
                   "%s: element %lld, component %d: engine gives shape %s, NumPy gives %s", what,
                   (long long)i, k, ndp_shape_str(ev->ndim, ev->shape, es, sizeof es),
                   ndp_shape_str(ov->ndim, ov->shape, os, sizeof os));
        }
      }
    }
    if (ee.n != eo.n && !shape_seen && st == NDP_OK) {
      shape_seen = true;
      if ((x = add(out, NDP_DIV_SHAPE_MISMATCH, c, s, engine, oracle, err)) == NULL)
        st = NDP_ENOMEM;
      else
        snprintf(x->message, sizeof x->message,
                 "%s: element %lld: engine gives %d components, NumPy %d", what, (long long)i,
                 ee.n, eo.n);
    }
    ndp_element_release(&ee);
    ndp_element_release(&eo);
  }
  int64_t fn_e = ie != NULL ? ndp_ds_iter_fn_bytes(ie) : 0;
  int64_t fn_o = io != NULL ? ndp_ds_iter_fn_bytes(io) : 0;
  ndp_ds_iter_close(ie);
  ndp_ds_iter_close(io);
  if (st != NDP_OK) return st;
  /* copy-overhead of a fn body: the engine's element work copies where
   * NumPy's makes views (S4: to_numpy inside map). Only a body of steps
   * that NumPy can do as views (crossings, reshapes, slices) is compared:
   * in a body that computes, the engine's bytes beyond NumPy's are
   * temporaries (a cast buffer), not a copy NumPy avoids. */
  bool view_body = step->ds != NULL;
  for (int k = 0; view_body && k < step->ds->fn.nsteps; k++) {
    switch (step->ds->fn.steps[k].op) {
    case NDP_OP_TO_NUMPY: case NDP_OP_FROM_NUMPY: case NDP_OP_DLPACK_ROUNDTRIP:
    case NDP_OP_RESHAPE: case NDP_OP_TRANSPOSE: case NDP_OP_EXPAND_DIMS: case NDP_OP_SQUEEZE:
    case NDP_OP_BROADCAST_TO: case NDP_OP_GETITEM: case NDP_OP_RAVEL:
    case NDP_OP_ASCONTIGUOUSARRAY: case NDP_OP_ASFORTRANARRAY:
      break;
    default: view_body = false; break;
    }
  }
  if ((step->op == NDP_OP_MAP || step->op == NDP_OP_NUMPY_FUNCTION ||
       step->op == NDP_OP_FILTER) &&
      view_body && fn_e > 0 && fn_o == 0 && e->count > 0) {
    char body[160];
    size_t bo = 0;
    body[0] = '\0';
    for (int k = 0; k < step->ds->fn.nsteps && bo < sizeof body; k++)
      bo += (size_t)snprintf(body + bo, sizeof body - bo, "%s%s", k ? ", " : "",
                             ndp_op_name(step->ds->fn.steps[k].op));
    if ((x = add(out, NDP_DIV_COPY_OVERHEAD, c, s, engine, oracle, err)) == NULL)
      return NDP_ENOMEM;
    snprintf(x->message, sizeof x->message,
             "%.150s inside %s (step %s): the engine copies %lld bytes per element (%lld in all) "
             "where NumPy copies none (views)",
             body, ndp_op_name(step->op), step->id, (long long)(fn_e / e->count),
             (long long)fn_e);
  }
  if (type_seen) {
    if ((x = add(out, NDP_DIV_TYPE_MISMATCH, c, s, engine, oracle, err)) == NULL)
      return NDP_ENOMEM;
    if (step->op == NDP_OP_FROM_GENERATOR)
      snprintf(x->message, sizeof x->message,
               "%s: silent cast %s -> %s (%s): the engine converts the yielded values to the "
               "declared dtype, NumPy keeps %s (first at element %lld, component %d)",
               what, ndp_dtype_name(type_o), ndp_dtype_name(type_e),
               lossy ? "lossy" : "lossless", ndp_dtype_name(type_o), (long long)type_at,
               type_comp);
    else
      snprintf(x->message, sizeof x->message,
               "%s: element %lld, component %d: engine gives %s, NumPy gives %s", what,
               (long long)type_at, type_comp, ndp_dtype_name(type_e), ndp_dtype_name(type_o));
  }
  /* Shape-loss: the stage whose static spec first has unknowns (its input's
   * spec had none) while every element has one runtime value there. */
  const struct ndp_ds_spec *spec = ndp_dataset_spec(e->dataset);
  const struct ndp_dataset *src = ndp_dataset_source(e->dataset);
  if (spec != NULL && step->op == NDP_OP_NUMPY_FUNCTION && e->count > 0) {
    /* A declared shape is not checked at run time (graph-mode set_shape
     * only merges): a crossing whose values have another rank or other
     * dimensions leaves a static spec that lies about them. */
    for (int k = 0; k < spec->n && k < NDP_DS_MAXCOMP; k++) {
      const struct ndp_partial_shape *ps = &spec->shape[k];
      const struct shape_stats *stk = &stats[k];
      if (!ps->rank_known || !stk->seen) continue;
      bool differs = !stk->rank_same || stk->ndim != ps->ndim;
      for (int d = 0; !differs && d < ps->ndim; d++)
        differs = ps->dims[d] >= 0 && (!stk->dim_same[d] || stk->dims[d] != ps->dims[d]);
      if (!differs) continue;
      char sp[160], rt[160];
      if ((x = add(out, NDP_DIV_SHAPE_LOSS, c, s, engine, oracle, err)) == NULL)
        return NDP_ENOMEM;
      if (stk->rank_same) {
        char fix[320];
        size_t fo = (size_t)snprintf(fix, sizeof fix, "[");
        for (int d = 0; d < stk->ndim && fo < sizeof fix; d++) {
          if (stk->dim_same[d])
            fo += (size_t)snprintf(fix + fo, sizeof fix - fo, "%s%lld", d ? ", " : "",
                                   (long long)stk->dims[d]);
          else
            fo += (size_t)snprintf(fix + fo, sizeof fix - fo, "%sNone", d ? ", " : "");
        }
        if (fo < sizeof fix) snprintf(fix + fo, sizeof fix - fo, "]");
        snprintf(x->message, sizeof x->message,
                 "%s: component %d is declared %s but the elements are %s at run time (the "
                 "crossing changes the %s); fix: declare the shape it returns, set_shape(%s)",
                 what, k, ndp_partial_shape_str(ps, sp, sizeof sp),
                 ndp_shape_str(stk->ndim, stk->dims, rt, sizeof rt),
                 stk->ndim != ps->ndim ? "rank" : "shape", fix);
      } else {
        snprintf(x->message, sizeof x->message,
                 "%s: component %d is declared %s but the elements' ranks differ at run time",
                 what, k, ndp_partial_shape_str(ps, sp, sizeof sp));
      }
      return NDP_OK;
    }
  }
  if (spec == NULL || !spec_has_unknown(spec) || e->count == 0) return NDP_OK;
  /* A signature or a shape the user declared partial is meant so: no
   * divergence; when the elements do differ there, a note says the partial
   * shape is inherent (S0b: a data-dependent leading dimension). */
  if (step->op == NDP_OP_FROM_GENERATOR || step->op == NDP_OP_SET_SHAPE ||
      step->op == NDP_OP_ENSURE_SHAPE) {
    for (int k = 0; k < spec->n && k < NDP_DS_MAXCOMP; k++) {
      const struct ndp_partial_shape *ps = &spec->shape[k];
      const struct shape_stats *stk = &stats[k];
      if (!stk->seen) continue;
      int dim = -1;
      if (ps->rank_known && stk->rank_same)
        for (int d = 0; dim < 0 && d < ps->ndim && d < stk->ndim; d++)
          if (ps->dims[d] < 0 && !stk->dim_same[d]) dim = d;
      if (dim < 0 && !(!ps->rank_known && !stk->rank_same)) continue;
      if (out->nnotes >= NDP_MAX_NOTES) break;
      char sp[160];
      if (dim >= 0)
        snprintf(out->notes[out->nnotes++], sizeof out->notes[0],
                 "step %s (%s): component %d has static shape %s and dimension %d differs "
                 "between elements at run time: an inherent partial shape (data-dependent), "
                 "not a shape-loss; no constant set_shape can declare it",
                 step->id, ndp_op_name(step->op), k, ndp_partial_shape_str(ps, sp, sizeof sp),
                 dim);
      else
        snprintf(out->notes[out->nnotes++], sizeof out->notes[0],
                 "step %s (%s): component %d has static shape %s and the elements' ranks "
                 "differ at run time: an inherent partial shape, not a shape-loss",
                 step->id, ndp_op_name(step->op), k, ndp_partial_shape_str(ps, sp, sizeof sp));
    }
    return NDP_OK;
  }
  if (src != NULL && ndp_dataset_spec(src) != NULL && spec_has_unknown(ndp_dataset_spec(src))) {
    /* The input's spec was partial already (lost earlier, reported there, or
     * declared partial). batch still adds its own unknown: the leading
     * dimension, known when every batch is full. */
    if (step->op != NDP_OP_BATCH) return NDP_OK;
    for (int k = 0; k < spec->n && k < NDP_DS_MAXCOMP; k++) {
      const struct ndp_partial_shape *ps = &spec->shape[k];
      if (!ps->rank_known || ps->ndim < 1 || ps->dims[0] >= 0 || !stats[k].seen ||
          !stats[k].rank_same || stats[k].ndim < 1 || !stats[k].dim_same[0])
        continue;
      if ((x = add(out, NDP_DIV_SHAPE_LOSS, c, s, engine, oracle, err)) == NULL)
        return NDP_ENOMEM;
      snprintf(x->message, sizeof x->message,
               "%s: shape lost at step %s (batch): component %d: static leading dimension None, "
               "every batch has %lld elements at run time; fix: batch(..., "
               "drop_remainder=True)",
               what, step->id, k, (long long)stats[k].dims[0]);
      return NDP_OK;
    }
    return NDP_OK;
  }
  char lost[512], fix[512], sp[160];
  size_t lo = 0, fo = 0;
  lost[0] = fix[0] = '\0';
  bool fixable = false, all_fixable = true;
  for (int k = 0; k < spec->n && k < NDP_DS_MAXCOMP; k++) {
    const struct ndp_partial_shape *ps = &spec->shape[k];
    const struct shape_stats *stk = &stats[k];
    bool unknown = !ps->rank_known;
    for (int d = 0; !unknown && d < ps->ndim; d++) unknown = ps->dims[d] < 0;
    bool same = stk->seen && stk->rank_same;
    if (same && ps->rank_known)
      for (int d = 0; d < ps->ndim && d < stk->ndim; d++)
        if (ps->dims[d] < 0 && !stk->dim_same[d]) same = false;
    if (!unknown) {
      fo += (size_t)snprintf(fix + fo, fo < sizeof fix ? sizeof fix - fo : 0, "%s%s",
                             fo ? ", " : "", ndp_partial_shape_str(ps, sp, sizeof sp));
      continue;
    }
    if (!same) {
      all_fixable = false;
      continue;
    }
    fixable = true;
    char rt[160];
    ndp_shape_str(stk->ndim, stk->dims, rt, sizeof rt);
    if (lo < sizeof lost)
      lo += (size_t)snprintf(lost + lo, sizeof lost - lo,
                             "%scomponent %d: static %s, every element %s at run time",
                             lo ? "; " : "", k, ndp_partial_shape_str(ps, sp, sizeof sp), rt);
    if (fo < sizeof fix) {
      size_t w = (size_t)snprintf(fix + fo, sizeof fix - fo, "%s[", fo ? ", " : "");
      fo += w;
      for (int d = 0; d < stk->ndim && fo < sizeof fix; d++)
        fo += (size_t)snprintf(fix + fo, sizeof fix - fo, "%s%lld", d ? ", " : "",
                               (long long)stk->dims[d]);
      if (fo < sizeof fix) fo += (size_t)snprintf(fix + fo, sizeof fix - fo, "]");
    }
  }
  if (!fixable || !all_fixable) {
    /* An inherent partial shape: the elements differ there. No divergence,
     * a note. */
    if (out->nnotes < NDP_MAX_NOTES)
      snprintf(out->notes[out->nnotes++], sizeof out->notes[0],
               "step %s (%s): the static shape is partial because the elements' shapes differ "
               "at run time (an inherent partial shape, not a loss)",
               step->id, ndp_op_name(step->op));
    return NDP_OK;
  }
  if ((x = add(out, NDP_DIV_SHAPE_LOSS, c, s, engine, oracle, err)) == NULL) return NDP_ENOMEM;
  if (step->op == NDP_OP_BATCH)
    snprintf(x->message, sizeof x->message,
             "%s: shape lost at step %s (%s): %.600s; fix: batch(..., drop_remainder=True)", what,
             step->id, ndp_op_name(step->op), lost);
  else
    snprintf(x->message, sizeof x->message,
             "%s: shape lost at step %s (%s): %.600s; fix: declare it, set_shape(%s%.300s%s)",
             what, step->id, ndp_op_name(step->op), lost, spec->n > 1 ? "[" : "", fix,
             spec->n > 1 ? "]" : "");
  return NDP_OK;
}

/* The texts a step's messages use, made on first use. */
struct lazy_text {
  const struct ndp_case *c;
  const struct ndp_step *step;
  const struct ndp_step_result *oracle_all, *e, *o;
  bool ready;
  char what[320], eo[320], oo[320];
};

static struct lazy_text *lazy_ready(struct lazy_text *lt) {
  if (!lt->ready) {
    describe_op(lt->c, lt->step, lt->oracle_all, lt->what, sizeof lt->what);
    outcome(lt->e, lt->eo, sizeof lt->eo);
    outcome(lt->o, lt->oo, sizeof lt->oo);
    lt->ready = true;
  }
  return lt;
}
#define TEXT_WHAT (lazy_ready(&lt)->what)
#define TEXT_EO (lazy_ready(&lt)->eo)
#define TEXT_OO (lazy_ready(&lt)->oo)

/* The root divergence whose values step s reads (-2: none; -1: values that
 * differ from a type-mismatch, which has no count to keep): the first
 * operand that is an earlier step with differing values. */
static int inherited_root(const struct ndp_case *c, int s, const int *root) {
  const struct ndp_step *step = &c->steps[s];
  for (int i = 0; i < step->nargs; i++) {
    const struct ndp_arg *a = &step->args[i];
    if (a->kind != NDP_ARG_REF || a->slot < c->ninputs) continue;
    int k = a->slot - c->ninputs;
    if (k >= 0 && k < s && root[k] != -2) return root[k];
  }
  return -2;
}

/* Drops the value-mismatches out->items[from..] (one step's) and returns how
 * many it dropped. */
static int drop_value_mismatches(struct ndp_divergences *out, int from) {
  int w = from, dropped = 0;
  for (int r = from; r < out->n; r++) {
    if (out->items[r].kind == NDP_DIV_VALUE_MISMATCH) {
      dropped++;
      continue;
    }
    if (w != r) out->items[w] = out->items[r];
    w++;
  }
  out->n = w;
  return dropped;
}

static enum ndp_status classify_steps(const struct ndp_case *c,
                                      const struct ndp_step_result *engine,
                                      const struct ndp_step_result *oracle,
                                      struct ndp_divergences *out, int *root, int *inherited,
                                      struct ndp_error *err);

enum ndp_status ndp_classify_case(const struct ndp_case *c, const struct ndp_step_result *engine,
                                  const struct ndp_step_result *oracle,
                                  struct ndp_divergences *out, struct ndp_error *err) {
  int stack_root[32], stack_inh[32];
  int *root = stack_root, *inherited = stack_inh;
  if (c->nsteps > 32) {
    root = malloc(sizeof *root * (size_t)c->nsteps);
    inherited = calloc((size_t)c->nsteps, sizeof *inherited);
    if (root == NULL || inherited == NULL) {
      free(root);
      free(inherited);
      return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    }
  }
  int first = out->n;
  enum ndp_status st = classify_steps(c, engine, oracle, out, root, inherited, err);
  /* A root divergence says how many later steps read its values. */
  for (int k = first; st == NDP_OK && k < out->n; k++) {
    int n = inherited[out->items[k].step];
    if (out->items[k].kind != NDP_DIV_VALUE_MISMATCH || n == 0 ||
        root[out->items[k].step] != k)
      continue;
    size_t len = strlen(out->items[k].message);
    snprintf(out->items[k].message + len, sizeof out->items[k].message - len,
             " (the difference carries into %d later step%s that read%s these values, not "
             "reported apart)",
             n, n == 1 ? "" : "s", n == 1 ? "s" : "");
  }
  if (root != stack_root) {
    free(root);
    free(inherited);
  }
  return st;
}

/* Every step of c, in order. root[s] is set for each step (see
 * inherited_root): a value-mismatch of a step that reads another step's
 * differing values is that difference carried along (ravel of a product
 * that differs), not a second divergence: it is dropped, and counted in
 * inherited[] of the root's step. */
static enum ndp_status classify_steps(const struct ndp_case *c,
                                      const struct ndp_step_result *engine,
                                      const struct ndp_step_result *oracle,
                                      struct ndp_divergences *out, int *root, int *inherited,
                                      struct ndp_error *err) {
  for (int s = 0; s < c->nsteps; s++) inherited[s] = 0;
  int s = -1;
  int first_new = out->n;
  for (;;) {
    /* after step s: carry or record its differing values */
    if (s >= 0) {
      int from = inherited_root(c, s, root);
      bool differs = false, typed = false;
      for (int k = first_new; k < out->n; k++) {
        if (out->items[k].kind == NDP_DIV_VALUE_MISMATCH) differs = true;
        if (out->items[k].kind == NDP_DIV_TYPE_MISMATCH) typed = true;
      }
      if (from != -2 && differs) {
        int dropped = drop_value_mismatches(out, first_new);
        if (from >= 0) inherited[out->items[from].step] += dropped > 0;
        root[s] = from;
      } else if (from != -2) {
        root[s] = engine[s].ran && oracle[s].ran ? from : -2;
      } else if (differs) {
        int k = first_new;
        while (out->items[k].kind != NDP_DIV_VALUE_MISMATCH) k++;
        root[s] = k;
      } else {
        root[s] = typed ? -1 : -2;
      }
    }
    if (++s >= c->nsteps) break;
    const struct ndp_step_result *e = &engine[s], *o = &oracle[s];
    first_new = out->n;
    if (!e->ran || !o->ran) continue;
    /* The texts of messages are made only when a divergence needs them:
     * most steps of most cases agree. */
    struct lazy_text lt = {c, &c->steps[s], oracle, e, o, false, "", "", ""};
    struct ndp_divergence *x;
    if (e->status != NDP_OK || o->status != NDP_OK) {
      if (e->status != NDP_OK && o->status != NDP_OK && e->err.cls == o->err.cls) continue;
      bool unsupported = e->status != NDP_OK && e->err.cls == NDP_ERRC_UNSUPPORTED;
      x = add(out, unsupported ? NDP_DIV_UNSUPPORTED : NDP_DIV_ERROR_MISMATCH, c, s, engine,
              oracle, err);
      if (x == NULL) return NDP_ENOMEM;
      if (unsupported)
        snprintf(x->message, sizeof x->message, "%s: the engine does not support it (%.200s)",
                 TEXT_WHAT, e->err.msg);
      else
        snprintf(x->message, sizeof x->message, "%s: engine %s, NumPy %s", TEXT_WHAT, TEXT_EO, TEXT_OO);
      if (e->status == NDP_OK && e->err.msg[0] != '\0') {
        size_t len = strlen(x->message);
        snprintf(x->message + len, sizeof x->message - len, " [%s]", e->err.msg);
      }
      continue;
    }
    if (e->dataset != NULL || o->dataset != NULL) {
      NDP_RETURN_NOT_OK(classify_dataset(c, s, engine, oracle, TEXT_WHAT, out, err));
      continue;
    }
    const struct ndp_tensor *ev = &e->value, *ov = &o->value;
    bool same_type = ev->dtype == ov->dtype;
    if (!same_type) {
      if ((x = add(out, NDP_DIV_TYPE_MISMATCH, c, s, engine, oracle, err)) == NULL)
        return NDP_ENOMEM;
      snprintf(x->message, sizeof x->message, "%s: engine gives %s, NumPy gives %s", TEXT_WHAT,
               ndp_dtype_name(ev->dtype), ndp_dtype_name(ov->dtype));
    }
    bool same_shape = ev->ndim == ov->ndim;
    for (int k = 0; same_shape && k < ov->ndim; k++) same_shape = ev->shape[k] == ov->shape[k];
    if (!same_shape) {
      char es[160], os[160];
      if ((x = add(out, NDP_DIV_SHAPE_MISMATCH, c, s, engine, oracle, err)) == NULL)
        return NDP_ENOMEM;
      snprintf(x->message, sizeof x->message, "%s: engine gives shape %s, NumPy gives %s", TEXT_WHAT,
               ndp_shape_str(ev->ndim, ev->shape, es, sizeof es),
               ndp_shape_str(ov->ndim, ov->shape, os, sizeof os));
    }
    if (same_type && same_shape) {
      struct ndp_divergence probe;
      memset(&probe, 0, sizeof probe);
      probe.first_index = -1;
      compare_values(c, ev, ov, &probe);
      if (probe.mismatches > 0) {
        if ((x = add(out, NDP_DIV_VALUE_MISMATCH, c, s, engine, oracle, err)) == NULL)
          return NDP_ENOMEM;
        x->mismatches = probe.mismatches;
        x->compared = probe.compared;
        x->first_index = probe.first_index;
        memcpy(x->first_engine, probe.first_engine, sizeof x->first_engine);
        memcpy(x->first_oracle, probe.first_oracle, sizeof x->first_oracle);
        x->max_abs = probe.max_abs;
        x->max_rel = probe.max_rel;
        x->max_ulp = probe.max_ulp;
        if (ndp_dtype_kind(ov->dtype) == NDP_KIND_FLOAT ||
            ndp_dtype_kind(ov->dtype) == NDP_KIND_COMPLEX)
          snprintf(x->message, sizeof x->message,
                   "%s: %lld of %lld values differ beyond tolerance (worst %.3g ULP, abs %.3g, "
                   "rel %.3g); first at flat index %lld: engine %s, NumPy %s",
                   TEXT_WHAT, (long long)x->mismatches, (long long)x->compared, x->max_ulp, x->max_abs,
                   x->max_rel, (long long)x->first_index, x->first_engine, x->first_oracle);
        else
          snprintf(x->message, sizeof x->message,
                   "%s: %lld of %lld values differ; first at flat index %lld: engine %s, NumPy %s",
                   TEXT_WHAT, (long long)x->mismatches, (long long)x->compared,
                   (long long)x->first_index, x->first_engine, x->first_oracle);
      }
    }
    /* Array ops: copy-overhead is a copy where NumPy makes a view (both
     * sides' bytes stay in the report). Internal temporaries (a cast buffer)
     * are not a semantic difference; the crossings of later work compare
     * bytes against NumPy's minimum instead. */
    if (e->bytes_copied > 0 && o->bytes_copied == 0 && o->view) {
      if ((x = add(out, NDP_DIV_COPY_OVERHEAD, c, s, engine, oracle, err)) == NULL)
        return NDP_ENOMEM;
      if (o->bytes_copied == 0)
        snprintf(x->message, sizeof x->message,
                 "%s: engine copies %lld bytes where NumPy returns a view", TEXT_WHAT,
                 (long long)e->bytes_copied);
      else
        snprintf(x->message, sizeof x->message,
                 "%s: engine copies %lld bytes, NumPy %lld", TEXT_WHAT, (long long)e->bytes_copied,
                 (long long)o->bytes_copied);
    } else if (e->view && !o->view) {
      if ((x = add(out, NDP_DIV_ALIAS_MISMATCH, c, s, engine, oracle, err)) == NULL)
        return NDP_ENOMEM;
      snprintf(x->message, sizeof x->message,
               "%s: engine returns a view of an input where NumPy returns a copy (writes "
               "through it would change the input)",
               TEXT_WHAT);
    }
    /* A note the engine left on success names the semantic rule it applied
     * (a profile's "reduce_sum keeps the input dtype"): it explains the
     * divergence, so it goes with it. */
    if (e->err.msg[0] != '\0') {
      for (int k = first_new; k < out->n; k++) {
        size_t len = strlen(out->items[k].message);
        snprintf(out->items[k].message + len, sizeof out->items[k].message - len, " [%s]",
                 e->err.msg);
      }
    }
  }
  return NDP_OK;
}
