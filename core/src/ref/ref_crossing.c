/* Crossings in the reference engine: the engine's real bridges, with the
 * bytes they copy.
 *
 *   to_numpy, from_numpy  the NumPy profile shares memory (a view, 0 bytes);
 *                         the TensorFlow profile copies for .numpy() and for
 *                         tf.constant of an unaligned or non-contiguous array
 *   dlpack_roundtrip      export through DLPack and import back (both
 *                         zero-copy: core/src/dlpack_bridge.c); refusals
 *                         (read-only, byte-swapped, bool, odd strides) are
 *                         NumPy's BufferError, classed `value` as the oracle
 *                         does (docs/case-format-notes.md)
 *   npy_roundtrip         write .npy bytes and read them back
 *                         (core/src/npy.c): a copy by nature
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/dlpack_bridge.h"
#include "ndparity/npy.h"
#include "ref_internal.h"

static enum ndp_status dlpack_roundtrip(const struct ndp_ref_profile *p, const struct ndp_tensor *t,
                                        struct ndp_tensor *out, int64_t *bytes_copied,
                                        struct ndp_error *err) {
  if (t->readonly)
    return ndp_step_error(err, NDP_ERRC_VALUE,
                          "Cannot export readonly array since signalling readonly is unsupported "
                          "by DLPack.");
  DLManagedTensor *m = NULL;
  enum ndp_status st = ndp_dlpack_export(t, &m, err);
  if (st == NDP_ESTEP && err != NULL && err->cls == NDP_ERRC_UNSUPPORTED)
    err->cls = NDP_ERRC_VALUE; /* NumPy's BufferError */
  if (st != NDP_OK) return st;
  st = ndp_dlpack_import(m, out, bytes_copied, err);
  /* NumPy 1.24's np.from_dlpack returns a read-only array (so exporting it
   * again fails); the TensorFlow profile's tensors have no such flag. */
  if (st == NDP_OK && (p == NULL || strcmp(p->name, "numpy") == 0)) out->readonly = true;
  return st;
}

static enum ndp_status npy_roundtrip(const struct ndp_tensor *t, struct ndp_tensor *out,
                                     int64_t *bytes_copied, struct ndp_error *err) {
  unsigned char *bytes = NULL;
  size_t n = 0;
  NDP_RETURN_NOT_OK(ndp_npy_write(t, &bytes, &n, err));
  int64_t copied = 0;
  enum ndp_status st = ndp_npy_read(bytes, n, out, &copied, err);
  free(bytes);
  if (st == NDP_EINPUT) /* our own writer's output must read back */
    st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "npy round trip: %s", err->msg);
  if (st == NDP_OK) *bytes_copied += copied;
  return st;
}

enum ndp_status ndp_ref_crossing(const struct ndp_step *step,
                                 const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                 int64_t *bytes_copied, struct ndp_error *err) {
  return ndp_ref_crossing_profile(NULL, step, operands, out, bytes_copied, err);
}

/* A copy of t in native C order, counted, with the rule that made it noted. */
static enum ndp_status rule_copy(const struct ndp_tensor *t, struct ndp_tensor *out,
                                 int64_t *bytes_copied, const char *note, struct ndp_error *err) {
  NDP_RETURN_NOT_OK(ndp_ref_copy(t, t->dtype, 'C', out, err));
  size_t n = 0;
  (void)ndp_shape_nbytes(out->ndim, out->shape, ndp_dtype_size(out->dtype), &n, NULL);
  *bytes_copied += (int64_t)n;
  if (err != NULL) snprintf(err->msg, sizeof err->msg, "%s", note);
  return NDP_OK;
}

enum ndp_status ndp_ref_crossing_profile(const struct ndp_ref_profile *p,
                                         const struct ndp_step *step,
                                         const struct ndp_tensor *const *operands,
                                         struct ndp_tensor *out, int64_t *bytes_copied,
                                         struct ndp_error *err) {
  if (step->nargs != 1)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "step %s: a crossing takes one operand",
                         step->id);
  struct ndp_tensor tmp;
  const struct ndp_tensor *t = operands[0];
  bool owned = false;
  if (t == NULL) {
    NDP_RETURN_NOT_OK(ndp_ref_pyscalar_array(&step->args[0], &tmp, err));
    t = &tmp;
    owned = true;
  }
  enum ndp_status st;
  switch (step->op) {
  case NDP_OP_TO_NUMPY:
    if (p != NULL && p->to_numpy_copies) {
      st = rule_copy(t, out, bytes_copied,
                     "TensorFlow's Tensor.numpy() copies the tensor's data", err);
      break;
    }
    ndp_tensor_view(t, out);
    st = NDP_OK;
    break;
  case NDP_OP_FROM_NUMPY:
    if (p != NULL && p->from_numpy_alias_alignment > 0) {
      uintptr_t addr = (uintptr_t)(t->buf->data + t->offset);
      bool alias = !t->swapped && ndp_tensor_is_c_contiguous(t) &&
                   addr % (uintptr_t)p->from_numpy_alias_alignment == 0;
      if (!alias) {
        st = rule_copy(t, out, bytes_copied,
                       "tf.constant(ndarray) copies an array that is not native, C-contiguous "
                       "and 64-byte aligned",
                       err);
        break;
      }
    }
    ndp_tensor_view(t, out);
    st = NDP_OK;
    break;
  case NDP_OP_DLPACK_ROUNDTRIP: st = dlpack_roundtrip(p, t, out, bytes_copied, err); break;
  case NDP_OP_NPY_ROUNDTRIP: st = npy_roundtrip(t, out, bytes_copied, err); break;
  default:
    st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "%s is not a crossing",
                       ndp_op_name(step->op));
  }
  if (owned) ndp_tensor_release(&tmp);
  return st;
}
