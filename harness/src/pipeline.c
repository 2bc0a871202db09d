/* The dataset pipeline interpreter (see ndparity/pipeline.h). */
#include "ndparity/pipeline.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ndp_dataset {
  struct ndp_backend *be;
  const struct ndp_case *c;
  const struct ndp_step *step;
  const struct ndp_dataset *src; /* borrowed: the input stage */
  int narrays;
  const struct ndp_tensor *arrays[NDP_DS_MAXCOMP]; /* borrowed: slices/tensors operands */
  bool has_spec;
  struct ndp_ds_spec spec;
};

struct ndp_ds_iter {
  const struct ndp_dataset *ds;
  struct ndp_ds_iter *src;
  int64_t pos;
  bool has_cur; /* unbatch: the element being split */
  struct ndp_element cur;
  int64_t cur_pos, cur_len;
  int64_t fn_bytes; /* the bytes this stage's fn body copied */
  /* what iterating through this iterator did (ndp_ds_iter_stats) */
  int64_t produced;    /* elements returned */
  int64_t total_bytes; /* bytes copied by this stage and its inputs */
  bool done, failed;
  struct ndp_error err; /* failed: the first error */
};

void ndp_element_release(struct ndp_element *e) {
  for (int k = 0; k < e->n; k++)
    if (e->c[k].buf != NULL) ndp_tensor_release(&e->c[k]);
  e->n = 0;
}

const struct ndp_ds_spec *ndp_dataset_spec(const struct ndp_dataset *ds) {
  return ds->has_spec ? &ds->spec : NULL;
}
const struct ndp_dataset *ndp_dataset_source(const struct ndp_dataset *ds) { return ds->src; }
const struct ndp_step *ndp_dataset_step(const struct ndp_dataset *ds) { return ds->step; }

char *ndp_partial_shape_str(const struct ndp_partial_shape *p, char *buf, size_t n) {
  if (!p->rank_known) {
    snprintf(buf, n, "<unknown>");
    return buf;
  }
  size_t o = 0;
  o += (size_t)snprintf(buf, n, "(");
  for (int k = 0; k < p->ndim && o < n; k++) {
    if (p->dims[k] < 0)
      o += (size_t)snprintf(buf + o, n - o, "%sNone", k ? ", " : "");
    else
      o += (size_t)snprintf(buf + o, n - o, "%s%lld", k ? ", " : "", (long long)p->dims[k]);
  }
  if (o < n) snprintf(buf + o, n - o, p->ndim == 1 ? ",)" : ")");
  return buf;
}

char *ndp_ds_spec_str(const struct ndp_ds_spec *sp, char *buf, size_t n) {
  size_t o = 0;
  buf[0] = '\0';
  if (sp->n != 1) o += (size_t)snprintf(buf, n, "(");
  for (int k = 0; k < sp->n && o < n; k++) {
    char sh[160];
    o += (size_t)snprintf(buf + o, n - o, "%s%s %s", k ? ", " : "", ndp_dtype_name(sp->dtype[k]),
                          ndp_partial_shape_str(&sp->shape[k], sh, sizeof sh));
  }
  if (sp->n != 1 && o < n) snprintf(buf + o, n - o, ")");
  return buf;
}

static bool shape_fits(const struct ndp_partial_shape *p, const struct ndp_tensor *t) {
  if (!p->rank_known) return true;
  if (p->ndim != t->ndim) return false;
  for (int k = 0; k < t->ndim; k++)
    if (p->dims[k] >= 0 && p->dims[k] != t->shape[k]) return false;
  return true;
}

static enum ndp_status backend_run(void *ctx, const struct ndp_step *step,
                                   const struct ndp_tensor *const *operands,
                                   struct ndp_tensor *out, int64_t *bytes_copied,
                                   struct ndp_error *err) {
  struct ndp_backend *be = ctx;
  enum ndp_status st = be->run_step(be, step, operands, out, bytes_copied, err);
  if (st == NDP_OK) {
    err->cls = NDP_ERRC_NONE;
    err->msg[0] = '\0';
  }
  return st;
}

enum ndp_status ndp_dataset_build(struct ndp_backend *be, const struct ndp_case *c, int s,
                                  const struct ndp_step_result *results,
                                  struct ndp_dataset **out, struct ndp_error *err) {
  *out = NULL;
  const struct ndp_step *step = &c->steps[s];
  struct ndp_dataset *ds = calloc(1, sizeof *ds);
  if (ds == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  ds->be = be;
  ds->c = c;
  ds->step = step;
  enum ndp_status st = NDP_OK;
  if (step->op == NDP_OP_FROM_TENSOR_SLICES || step->op == NDP_OP_FROM_TENSORS) {
    ds->narrays = step->nargs;
    for (int k = 0; k < step->nargs; k++) {
      int slot = step->args[k].slot;
      ds->arrays[k] = slot < c->ninputs ? &c->inputs[slot].tensor
                                        : &results[slot - c->ninputs].value;
    }
    if (step->op == NDP_OP_FROM_TENSOR_SLICES) {
      for (int k = 0; k < ds->narrays && st == NDP_OK; k++) {
        const struct ndp_tensor *t = ds->arrays[k];
        if (t->ndim == 0)
          st = ndp_step_error(err, NDP_ERRC_VALUE,
                              "Unbatching a tensor is only supported for rank >= 1");
        else if (t->shape[0] != ds->arrays[0]->shape[0])
          st = ndp_step_error(err, NDP_ERRC_VALUE,
                              "Dimensions %lld and %lld are not compatible",
                              (long long)ds->arrays[0]->shape[0], (long long)t->shape[0]);
      }
    }
  } else if (step->op != NDP_OP_FROM_GENERATOR) {
    ds->src = results[step->args[0].slot - c->ninputs].dataset;
  }
  if (st == NDP_OK && be->infer_spec != NULL &&
      (ds->src == NULL || ds->src->has_spec)) {
    err->cls = NDP_ERRC_NONE;
    err->msg[0] = '\0';
    st = be->infer_spec(be, c, step, ds->src ? &ds->src->spec : NULL, ds->arrays, &ds->spec,
                        err);
    if (st == NDP_OK) ds->has_spec = true;
  }
  if (st != NDP_OK) {
    free(ds);
    return st;
  }
  *out = ds;
  return NDP_OK;
}

void ndp_dataset_free(struct ndp_dataset *ds) { free(ds); }

enum ndp_status ndp_ds_iter_open(const struct ndp_dataset *ds, struct ndp_ds_iter **out,
                                 struct ndp_error *err) {
  *out = NULL;
  struct ndp_ds_iter *it = calloc(1, sizeof *it);
  if (it == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  it->ds = ds;
  if (ds->src != NULL) {
    enum ndp_status st = ndp_ds_iter_open(ds->src, &it->src, err);
    if (st != NDP_OK) {
      free(it);
      return st;
    }
  }
  *out = it;
  return NDP_OK;
}

void ndp_ds_iter_close(struct ndp_ds_iter *it) {
  if (it == NULL) return;
  ndp_ds_iter_close(it->src);
  if (it->has_cur) ndp_element_release(&it->cur);
  free(it);
}

/* A view of t[i] along axis 0. */
static void slice0(const struct ndp_tensor *t, int64_t i, struct ndp_tensor *out) {
  ndp_tensor_view(t, out);
  out->offset += i * t->strides[0];
  out->ndim = t->ndim - 1;
  memmove(out->shape, out->shape + 1, sizeof out->shape[0] * (size_t)out->ndim);
  memmove(out->strides, out->strides + 1, sizeof out->strides[0] * (size_t)out->ndim);
}

static enum ndp_status next_generator(struct ndp_ds_iter *it, struct ndp_element *el, bool *done,
                                      int64_t *bytes, struct ndp_error *err) {
  const struct ndp_dataset *ds = it->ds;
  const struct ndp_ds_params *p = ds->step->ds;
  if (it->pos >= p->nelements) {
    *done = true;
    return NDP_OK;
  }
  for (int k = 0; k < p->ncomp; k++) {
    const struct ndp_tensor *t = &ds->c->inputs[p->elements[it->pos * p->ncomp + k]].tensor;
    if (!shape_fits(&p->sig_shape[k], t)) {
      char a[160], b[160];
      ndp_element_release(el);
      return ndp_step_error(err, NDP_ERRC_SHAPE,
                            "`generator` yielded an element of shape %s where an element of "
                            "shape %s was expected.",
                            ndp_shape_str(t->ndim, t->shape, a, sizeof a),
                            ndp_partial_shape_str(&p->sig_shape[k], b, sizeof b));
    }
    if (ds->has_spec && ds->spec.dtype[k] != t->dtype) {
      /* The backend converts to the declared dtype (np.asarray(value,
       * dtype=declared, order="C")): an astype through its run_step. */
      struct ndp_step cast;
      struct ndp_arg arg;
      memset(&cast, 0, sizeof cast);
      memset(&arg, 0, sizeof arg);
      cast.id = ds->step->id;
      cast.op = NDP_OP_ASTYPE;
      cast.nargs = 1;
      cast.args = &arg;
      cast.order = 'C';
      cast.has_dtype = true;
      cast.dtype = ds->spec.dtype[k];
      cast.has_casting = true;
      cast.casting = NDP_CAST_UNSAFE;
      const struct ndp_tensor *ops[1] = {t};
      int64_t b = 0;
      enum ndp_status st = backend_run(ds->be, &cast, ops, &el->c[k], &b, err);
      if (st != NDP_OK) {
        memset(&el->c[k], 0, sizeof el->c[k]);
        ndp_element_release(el);
        return st;
      }
      *bytes += b;
    } else {
      ndp_tensor_view(t, &el->c[k]);
    }
    el->n = k + 1;
  }
  it->pos++;
  return NDP_OK;
}

static enum ndp_status run_fn(struct ndp_ds_iter *it, const struct ndp_element *in,
                              struct ndp_element *out, int64_t *bytes, struct ndp_error *err) {
  const struct ndp_dataset *ds = it->ds;
  const struct ndp_fn *fn = &ds->step->ds->fn;
  int64_t b = 0;
  enum ndp_status st = ndp_fn_eval(ds->c, fn, in->n, in->c, backend_run, ds->be, out->c, &b, err);
  *bytes += b;
  it->fn_bytes += b;
  if (st == NDP_OK) out->n = fn->nresults;
  return st;
}

int64_t ndp_ds_iter_fn_bytes(const struct ndp_ds_iter *it) { return it->fn_bytes; }

static enum ndp_status next_impl(struct ndp_ds_iter *it, struct ndp_element *el, bool *done,
                                 int64_t *bytes_copied, struct ndp_error *err);

enum ndp_status ndp_ds_iter_next(struct ndp_ds_iter *it, struct ndp_element *el, bool *done,
                                 int64_t *bytes_copied, struct ndp_error *err) {
  if (it->done || it->failed) {
    /* An iterator that ended stays ended; one that failed repeats its
     * error (tf.data: the iterator is left in an error state). */
    memset(el, 0, sizeof *el);
    *done = it->done;
    if (it->done) return NDP_OK;
    if (err != NULL) *err = it->err;
    return NDP_ESTEP;
  }
  int64_t b = 0;
  enum ndp_status st = next_impl(it, el, done, &b, err);
  it->total_bytes += b;
  *bytes_copied += b;
  if (st == NDP_OK && *done) {
    it->done = true;
  } else if (st == NDP_OK) {
    it->produced++;
  } else if (st == NDP_ESTEP) {
    it->failed = true;
    if (err != NULL) it->err = *err;
  }
  return st;
}

void ndp_ds_iter_stats(const struct ndp_ds_iter *it, struct ndp_ds_iter_stats *out) {
  out->produced = it->produced;
  out->total_bytes = it->total_bytes;
  out->own_bytes = it->total_bytes - (it->src != NULL ? it->src->total_bytes : 0);
  out->done = it->done;
  out->failed = it->failed;
  out->err = it->failed ? &it->err : NULL;
}

struct ndp_ds_iter *ndp_ds_iter_source(struct ndp_ds_iter *it) { return it->src; }
const struct ndp_dataset *ndp_ds_iter_dataset(const struct ndp_ds_iter *it) { return it->ds; }

/* A backend that models static specs models graph datasets (ref:tf):
 * from_tensor_slices and from_tensors capture their operands as constants
 * of the dataset's graph, one copy of each array, whether it was a NumPy
 * array or already a tensor (the copy is counted when the elements are
 * first produced). NumPy has no dataset: its elements are views. */
static int64_t capture_bytes(const struct ndp_dataset *ds) {
  if (!ds->has_spec) return 0;
  int64_t total = 0;
  for (int k = 0; k < ds->narrays; k++) {
    const struct ndp_tensor *t = ds->arrays[k];
    size_t n = 0;
    if (ndp_shape_nbytes(t->ndim, t->shape, ndp_dtype_size(t->dtype), &n, NULL) != NDP_OK ||
        n > (size_t)(INT64_MAX - total))
      return total;
    total += (int64_t)n;
  }
  return total;
}

static enum ndp_status next_batch(struct ndp_ds_iter *it, struct ndp_element *el, bool *done,
                                  int64_t *bytes, struct ndp_error *err) {
  const struct ndp_dataset *ds = it->ds;
  int64_t want = ds->step->ds->batch_size;
  int64_t cap = 0, got = 0;
  struct ndp_element *parts = NULL;
  const struct ndp_tensor **ops = NULL;
  struct ndp_arg *args = NULL;
  enum ndp_status st = NDP_OK;
  bool end = false;
  while (got < want) {
    if (got == cap) { /* grow as elements arrive: batch_size may be far more than there are */
      int64_t ncap = cap ? cap * 2 : 16;
      if (ncap > want) ncap = want;
      if ((uint64_t)ncap > SIZE_MAX / sizeof *parts) {
        st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
        break;
      }
      struct ndp_element *np = realloc(parts, sizeof *parts * (size_t)ncap);
      if (np == NULL) {
        st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
        break;
      }
      parts = np;
      cap = ncap;
    }
    st = ndp_ds_iter_next(it->src, &parts[got], &end, bytes, err);
    if (st != NDP_OK || end) break;
    got++;
  }
  if (st != NDP_OK) goto out;
  if (got == 0 || (got < want && ds->step->ds->drop_remainder)) {
    *done = true;
    goto out;
  }
  ops = calloc((size_t)got, sizeof *ops);
  args = calloc((size_t)got, sizeof *args);
  if (ops == NULL || args == NULL) {
    st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    goto out;
  }
  if (got > INT32_MAX) {
    st = ndp_step_error(err, NDP_ERRC_VALUE, "batch: too many elements in one batch");
    goto out;
  }
  struct ndp_step stack;
  memset(&stack, 0, sizeof stack);
  stack.id = ds->step->id;
  stack.op = NDP_OP_STACK;
  stack.nargs = (int)got;
  stack.args = args;
  stack.order = 'C';
  for (int64_t j = 0; j < got; j++) args[j].kind = NDP_ARG_REF;
  for (int k = 0; k < parts[0].n && st == NDP_OK; k++) {
    for (int64_t j = 0; j < got; j++) {
      if (parts[j].n != parts[0].n) {
        st = ndp_step_error(err, NDP_ERRC_VALUE, "elements of a batch differ in structure");
        break;
      }
      ops[j] = &parts[j].c[k];
    }
    if (st != NDP_OK) break;
    int64_t b = 0;
    st = backend_run(ds->be, &stack, ops, &el->c[k], &b, err);
    if (st != NDP_OK) {
      memset(&el->c[k], 0, sizeof el->c[k]);
      break;
    }
    *bytes += b;
    el->n = k + 1;
  }
  if (st != NDP_OK) ndp_element_release(el);
out:
  for (int64_t j = 0; j < got; j++) ndp_element_release(&parts[j]);
  free(parts);
  free(ops);
  free(args);
  return st;
}

static enum ndp_status next_unbatch(struct ndp_ds_iter *it, struct ndp_element *el, bool *done,
                                    int64_t *bytes, struct ndp_error *err) {
  while (!it->has_cur || it->cur_pos >= it->cur_len) {
    if (it->has_cur) ndp_element_release(&it->cur);
    it->has_cur = false;
    bool end = false;
    NDP_RETURN_NOT_OK(ndp_ds_iter_next(it->src, &it->cur, &end, bytes, err));
    if (end) {
      *done = true;
      return NDP_OK;
    }
    it->has_cur = true;
    it->cur_pos = 0;
    for (int k = 0; k < it->cur.n; k++) {
      const struct ndp_tensor *t = &it->cur.c[k];
      enum ndp_status st = NDP_OK;
      if (t->ndim == 0)
        st = ndp_step_error(err, NDP_ERRC_VALUE,
                            "Unbatching a tensor is only supported for rank >= 1");
      else if (k == 0)
        it->cur_len = t->shape[0];
      else if (t->shape[0] != it->cur_len)
        st = ndp_step_error(err, NDP_ERRC_VALUE,
                            "components of an element differ in their leading dimension "
                            "(%lld and %lld)",
                            (long long)it->cur_len, (long long)t->shape[0]);
      if (st != NDP_OK) { /* nothing half-split is left behind */
        ndp_element_release(&it->cur);
        it->has_cur = false;
        return st;
      }
    }
  }
  for (int k = 0; k < it->cur.n; k++) slice0(&it->cur.c[k], it->cur_pos, &el->c[k]);
  el->n = it->cur.n;
  it->cur_pos++;
  return NDP_OK;
}

static bool truthy(const struct ndp_tensor *t) {
  int64_t idx[NDP_MAXDIMS] = {0};
  struct ndp_elem e;
  ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
  return e.v.b;
}

static enum ndp_status next_impl(struct ndp_ds_iter *it, struct ndp_element *el, bool *done,
                                 int64_t *bytes_copied, struct ndp_error *err) {
  const struct ndp_dataset *ds = it->ds;
  const struct ndp_step *step = ds->step;
  memset(el, 0, sizeof *el);
  *done = false;
  switch (step->op) {
  case NDP_OP_FROM_TENSOR_SLICES:
    if (it->pos >= ds->arrays[0]->shape[0]) {
      *done = true;
      return NDP_OK;
    }
    if (it->pos == 0) *bytes_copied += capture_bytes(ds);
    for (int k = 0; k < ds->narrays; k++) slice0(ds->arrays[k], it->pos, &el->c[k]);
    el->n = ds->narrays;
    it->pos++;
    return NDP_OK;
  case NDP_OP_FROM_TENSORS:
    if (it->pos >= 1) {
      *done = true;
      return NDP_OK;
    }
    *bytes_copied += capture_bytes(ds);
    for (int k = 0; k < ds->narrays; k++) ndp_tensor_view(ds->arrays[k], &el->c[k]);
    el->n = ds->narrays;
    it->pos++;
    return NDP_OK;
  case NDP_OP_FROM_GENERATOR: return next_generator(it, el, done, bytes_copied, err);
  case NDP_OP_BATCH: return next_batch(it, el, done, bytes_copied, err);
  case NDP_OP_UNBATCH: return next_unbatch(it, el, done, bytes_copied, err);
  case NDP_OP_TAKE:
    if (step->ds->count >= 0 && it->pos >= step->ds->count) {
      *done = true;
      return NDP_OK;
    }
    it->pos++;
    return ndp_ds_iter_next(it->src, el, done, bytes_copied, err);
  case NDP_OP_MAP:
  case NDP_OP_NUMPY_FUNCTION: {
    struct ndp_element in;
    NDP_RETURN_NOT_OK(ndp_ds_iter_next(it->src, &in, done, bytes_copied, err));
    if (*done) return NDP_OK;
    enum ndp_status st = run_fn(it, &in, el, bytes_copied, err);
    ndp_element_release(&in);
    if (st == NDP_OK && step->op == NDP_OP_NUMPY_FUNCTION && ds->has_spec) {
      /* A backend with static specs holds the body's values to Tout
       * (TensorFlow's PyFunc: "0-th value returned by pyfunc_0 is double,
       * but expects float"); NumPy has no Tout. */
      for (int k = 0; k < el->n && k < ds->spec.n; k++) {
        if (el->c[k].dtype != ds->spec.dtype[k]) {
          enum ndp_dtype got = el->c[k].dtype;
          ndp_element_release(el);
          return ndp_step_error(err, NDP_ERRC_DTYPE,
                                "%d-th value returned by the numpy_function is %s, but expects "
                                "%s (Tout)",
                                k, ndp_dtype_name(got), ndp_dtype_name(ds->spec.dtype[k]));
        }
      }
    }
    return st;
  }
  case NDP_OP_FILTER:
    for (;;) {
      struct ndp_element in, pred;
      memset(&pred, 0, sizeof pred);
      NDP_RETURN_NOT_OK(ndp_ds_iter_next(it->src, &in, done, bytes_copied, err));
      if (*done) return NDP_OK;
      enum ndp_status st = run_fn(it, &in, &pred, bytes_copied, err);
      if (st != NDP_OK) {
        ndp_element_release(&in);
        return st;
      }
      bool keep = false;
      /* The case format: "result: the id of a 0-d bool step" (TensorFlow:
       * "`predicate` must return a scalar boolean tensor"). */
      if (pred.c[0].ndim != 0 || pred.c[0].dtype != NDP_BOOL) {
        char sh[160];
        st = ndp_step_error(err, NDP_ERRC_TYPE,
                            "filter: the predicate must be a 0-d bool, got %s of shape %s",
                            ndp_dtype_name(pred.c[0].dtype),
                            ndp_shape_str(pred.c[0].ndim, pred.c[0].shape, sh, sizeof sh));
      } else {
        keep = truthy(&pred.c[0]);
      }
      ndp_element_release(&pred);
      if (st != NDP_OK || keep) {
        if (st == NDP_OK) *el = in;
        else ndp_element_release(&in);
        return st;
      }
      ndp_element_release(&in);
    }
  case NDP_OP_SET_SHAPE:
  case NDP_OP_ENSURE_SHAPE: {
    NDP_RETURN_NOT_OK(ndp_ds_iter_next(it->src, el, done, bytes_copied, err));
    if (*done) return NDP_OK;
    const struct ndp_ds_params *p = step->ds;
    for (int k = 0; k < el->n && k < p->nshapes; k++) {
      if (!shape_fits(&p->shapes[k], &el->c[k])) {
        char a[160], b[160];
        const struct ndp_tensor *t = &el->c[k];
        ndp_shape_str(t->ndim, t->shape, a, sizeof a);
        ndp_partial_shape_str(&p->shapes[k], b, sizeof b);
        ndp_element_release(el);
        return ndp_step_error(err, NDP_ERRC_SHAPE,
                              "%s: shape %s of component %d is not compatible with %s",
                              ndp_op_name(step->op), a, k, b);
      }
    }
    if (p->nshapes != el->n) {
      int have = el->n;
      ndp_element_release(el);
      return ndp_step_error(err, NDP_ERRC_SHAPE, "%s: %d shapes for elements of %d components",
                            ndp_op_name(step->op), p->nshapes, have);
    }
    return NDP_OK;
  }
  case NDP_OP_COLLECT:
    return ndp_ds_iter_next(it->src, el, done, bytes_copied, err);
  default:
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "%s is not a dataset op",
                         ndp_op_name(step->op));
  }
}
