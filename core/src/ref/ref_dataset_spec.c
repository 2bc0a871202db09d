/* ref: static element specs of dataset stages (the backend's infer_spec),
 * table-driven per profile. The NumPy profile has none (like NumPy); the
 * TensorFlow profile follows tf.data (profiles.md, "Shapes"):
 *
 *   from_tensor_slices   each operand's shape without its leading dimension
 *   from_tensors         each operand's shape
 *   from_generator       the declared output_signature (values are converted
 *                        to its dtypes: a silent cast)
 *   map                  traced: the body run on zero tensors of the input
 *                        spec when it is fully known; unknown rank otherwise
 *   numpy_function       Tout; unknown rank unless "shape" is declared
 *                        ("shape inference does not work on arbitrary Python code")
 *   filter, take, collect  the input spec
 *   batch                a leading dimension: batch_size with drop_remainder,
 *                        unknown (None) without
 *   unbatch              the input spec without its leading dimension
 *   set_shape, ensure_shape  the input spec refined by the declared shapes;
 *                        an incompatible set_shape fails eagerly (shape)
 */
#include <string.h>

#include "ndparity/backend.h"
#include "ref_internal.h"

static void exact(const struct ndp_tensor *t, int skip, struct ndp_partial_shape *p) {
  memset(p, 0, sizeof *p);
  p->rank_known = true;
  p->ndim = t->ndim - skip;
  for (int k = 0; k < p->ndim; k++) p->dims[k] = t->shape[k + skip];
}

static bool fully_known(const struct ndp_ds_spec *s) {
  for (int k = 0; k < s->n; k++) {
    if (!s->shape[k].rank_known) return false;
    for (int d = 0; d < s->shape[k].ndim; d++)
      if (s->shape[k].dims[d] < 0) return false;
  }
  return true;
}

static enum ndp_status tf_run(void *ctx, const struct ndp_step *step,
                              const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                              int64_t *bytes_copied, struct ndp_error *err) {
  (void)ctx;
  return ndp_ref_run_step_profile(&ndp_ref_profile_tf, step, operands, out, bytes_copied, err);
}

#define TRACE_BUDGET ((size_t)16 << 20) /* bytes per traced component */

/* Runs fn on zero tensors of spec in, each dimension taken from in (unknown
 * ones as 1) or, with all_ones, every dimension 1 (an unknown rank as 0-d).
 * NDP_ESTEP with *skipped set when an input is over the budget. */
static enum ndp_status trace_once(const struct ndp_case *c, const struct ndp_fn *fn,
                                  const struct ndp_ds_spec *in, bool all_ones,
                                  struct ndp_tensor *outs, bool *skipped, struct ndp_error *err) {
  struct ndp_tensor comps[NDP_DS_MAXCOMP];
  memset(comps, 0, sizeof comps);
  enum ndp_status st = NDP_OK;
  int made = 0;
  *skipped = false;
  for (int k = 0; k < in->n && st == NDP_OK; k++) {
    int64_t shape[NDP_MAXDIMS];
    int nd = in->shape[k].rank_known ? in->shape[k].ndim : 0;
    for (int d = 0; d < nd; d++)
      shape[d] = all_ones || in->shape[k].dims[d] < 0 ? 1 : in->shape[k].dims[d];
    /* The trace runs the body for real: an element spec bigger than the
     * budget is not traced at its size, so a huge declared batch cannot
     * exhaust memory at spec time. */
    size_t nbytes = 0;
    if (ndp_shape_nbytes(nd, shape, ndp_dtype_size(in->dtype[k]), &nbytes, NULL) != NDP_OK ||
        nbytes > TRACE_BUDGET) {
      *skipped = true;
      st = NDP_ESTEP;
      break;
    }
    st = ndp_tensor_empty(in->dtype[k], nd, shape, 'C', &comps[k], err);
    if (st == NDP_OK) made = k + 1;
  }
  int64_t bytes = 0;
  if (st == NDP_OK) st = ndp_fn_eval(c, fn, in->n, comps, tf_run, NULL, outs, &bytes, err);
  for (int k = 0; k < made; k++) ndp_tensor_release(&comps[k]);
  return st;
}

/* Traces a map body, as tf.data traces it into a graph function: on zero
 * tensors of the input spec. The shapes come out when the input spec is
 * fully known; the dtypes always (a second trace on 1-sized tensors gives
 * them when the first could not run at the spec's size). A body that fails
 * on a fully known spec fails when the dataset is built, as TensorFlow's
 * trace does ("map: tracing the function failed"); a failure that depends on
 * sizes the spec does not know is left to run time. */
static enum ndp_status trace_map(const struct ndp_case *c, const struct ndp_step *step,
                                 const struct ndp_ds_spec *in, struct ndp_ds_spec *out,
                                 struct ndp_error *err) {
  const struct ndp_fn *fn = &step->ds->fn;
  struct ndp_tensor outs[NDP_DS_MAXCOMP];
  memset(outs, 0, sizeof outs);
  bool known = fully_known(in), skipped = false;
  struct ndp_error terr = {0};
  enum ndp_status ts = trace_once(c, fn, in, false, outs, &skipped, &terr);
  if (ts == NDP_ENOMEM) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  /* Only what a graph trace can know fails it: shapes, axes, dtypes. The
   * zero tensors' values mean nothing (an index or a value error on them
   * would not happen in a trace). */
  bool static_error = terr.cls == NDP_ERRC_BROADCAST || terr.cls == NDP_ERRC_RESHAPE ||
                      terr.cls == NDP_ERRC_AXIS || terr.cls == NDP_ERRC_SHAPE ||
                      terr.cls == NDP_ERRC_TYPE || terr.cls == NDP_ERRC_DTYPE ||
                      terr.cls == NDP_ERRC_UNSUPPORTED;
  if (ts == NDP_ESTEP && known && !skipped && static_error)
    return ndp_step_error(err, terr.cls, "map: tracing the function failed: %.400s", terr.msg);
  bool shapes = ts == NDP_OK && known;
  if (ts != NDP_OK) {
    struct ndp_error e2 = {0};
    ts = trace_once(c, fn, in, true, outs, &skipped, &e2);
    if (ts == NDP_ENOMEM) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  out->n = fn->nresults;
  for (int r = 0; r < fn->nresults; r++) {
    memset(&out->shape[r], 0, sizeof out->shape[r]);
    if (ts == NDP_OK) {
      out->dtype[r] = outs[r].dtype;
      if (shapes) exact(&outs[r], 0, &out->shape[r]);
      ndp_tensor_release(&outs[r]);
    } else {
      /* Neither trace ran (the body fails on every size tried): the dtype
       * is unknowable here; the input's is the stand-in, and the elements'
       * own dtypes are compared at run time. */
      out->dtype[r] = in->n > 0 ? in->dtype[0] : NDP_FLOAT32;
    }
  }
  return NDP_OK;
}

static enum ndp_status refine(const struct ndp_step *step, const struct ndp_ds_spec *in,
                              struct ndp_ds_spec *out, struct ndp_error *err) {
  const struct ndp_ds_params *p = step->ds;
  *out = *in;
  if (p->nshapes != in->n)
    return ndp_step_error(err, NDP_ERRC_SHAPE, "%s: %d shapes for elements of %d components",
                          ndp_op_name(step->op), p->nshapes, in->n);
  for (int k = 0; k < in->n; k++) {
    const struct ndp_partial_shape *a = &in->shape[k], *b = &p->shapes[k];
    if (!b->rank_known) continue;
    if (!a->rank_known) {
      out->shape[k] = *b;
      continue;
    }
    bool ok = a->ndim == b->ndim;
    for (int d = 0; ok && d < a->ndim; d++) {
      if (a->dims[d] >= 0 && b->dims[d] >= 0 && a->dims[d] != b->dims[d]) ok = false;
      else if (a->dims[d] < 0) out->shape[k].dims[d] = b->dims[d];
    }
    if (!ok && step->op == NDP_OP_SET_SHAPE)
      return ndp_step_error(err, NDP_ERRC_SHAPE,
                            "set_shape: the declared shape of component %d is incompatible "
                            "with the static shape",
                            k);
    if (!ok) out->shape[k] = *b;
  }
  return NDP_OK;
}

static enum ndp_status tf_infer(const struct ndp_case *c, const struct ndp_step *step,
                                const struct ndp_ds_spec *in,
                                const struct ndp_tensor *const *operands, struct ndp_ds_spec *out,
                                struct ndp_error *err) {
  const struct ndp_ds_params *p = step->ds;
  memset(out, 0, sizeof *out);
  switch (step->op) {
  case NDP_OP_FROM_TENSOR_SLICES:
  case NDP_OP_FROM_TENSORS:
    out->n = step->nargs;
    for (int k = 0; k < step->nargs; k++) {
      const struct ndp_tensor *t = operands[k];
      int skip = step->op == NDP_OP_FROM_TENSOR_SLICES ? 1 : 0;
      if (t->ndim < skip)
        return ndp_step_error(err, NDP_ERRC_VALUE,
                              "Unbatching a tensor is only supported for rank >= 1");
      out->dtype[k] = t->dtype;
      exact(t, skip, &out->shape[k]);
    }
    return NDP_OK;
  case NDP_OP_FROM_GENERATOR:
    out->n = p->ncomp;
    for (int k = 0; k < p->ncomp; k++) {
      out->dtype[k] = p->sig_dtype[k];
      out->shape[k] = p->sig_shape[k];
    }
    return NDP_OK;
  case NDP_OP_NUMPY_FUNCTION:
    out->n = p->ntout;
    for (int k = 0; k < p->ntout; k++) {
      out->dtype[k] = p->tout[k];
      if (p->nshapes > 0) out->shape[k] = p->shapes[k]; /* else rank unknown (zeroed) */
    }
    return NDP_OK;
  case NDP_OP_MAP: return trace_map(c, step, in, out, err);
  case NDP_OP_BATCH:
    *out = *in;
    for (int k = 0; k < in->n; k++) {
      struct ndp_partial_shape *s = &out->shape[k];
      if (!s->rank_known) continue;
      if (s->ndim >= NDP_MAXDIMS)
        return ndp_step_error(err, NDP_ERRC_VALUE, "batch: too many dimensions");
      memmove(s->dims + 1, s->dims, sizeof s->dims[0] * (size_t)s->ndim);
      s->ndim++;
      s->dims[0] = p->drop_remainder ? p->batch_size : -1;
    }
    return NDP_OK;
  case NDP_OP_UNBATCH:
    *out = *in;
    for (int k = 0; k < in->n; k++) {
      struct ndp_partial_shape *s = &out->shape[k];
      if (!s->rank_known) continue;
      if (s->ndim == 0)
        return ndp_step_error(err, NDP_ERRC_VALUE,
                              "Unbatching a dataset is only supported for rank >= 1");
      memmove(s->dims, s->dims + 1, sizeof s->dims[0] * (size_t)(s->ndim - 1));
      s->ndim--;
    }
    return NDP_OK;
  case NDP_OP_SET_SHAPE:
  case NDP_OP_ENSURE_SHAPE: return refine(step, in, out, err);
  default:
    *out = *in; /* filter, take, collect */
    return NDP_OK;
  }
}

enum ndp_status ndp_ref_infer_spec(struct ndp_backend *self, const struct ndp_case *c,
                                   const struct ndp_step *step, const struct ndp_ds_spec *in,
                                   const struct ndp_tensor *const *operands,
                                   struct ndp_ds_spec *out, struct ndp_error *err) {
  (void)self;
  return tf_infer(c, step, in, operands, out, err);
}
