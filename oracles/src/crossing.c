/* Interop crossings as NumPy itself does them (the oracle's side):
 *
 *   to_numpy, from_numpy  np.asarray(x): NumPy makes no copy (a view).
 *   dlpack_roundtrip      np.from_dlpack(x): zero-copy (a read-only view), after
 *                         ndarray.__dlpack__'s checks in NumPy 1.24's order
 *                         (numpy/core/src/multiarray/dlpack.c): a read-only
 *                         array (np.broadcast_to's views), strides that
 *                         are not whole elements, a non-native byte order, a
 *                         dtype other than signed/unsigned integers, floats and
 *                         complex raise BufferError. The case format has no
 *                         class for BufferError; ndparity classes it `value`
 *                         (docs/case-format-notes.md).
 *   npy_roundtrip         np.load(np.save(x)): a copy with the same dtype and
 *                         values, Fortran order kept when x is F- and not
 *                         C-contiguous (np.lib.format writes fortran_order). */
#include <string.h>

#include "oracle_internal.h"

enum ndp_status ndp_oracle_crossing(const struct ndp_step *step,
                                    const struct ndp_tensor *const *operands,
                                    struct ndp_tensor *out, struct ndp_error *err) {
  if (step->nargs != 1)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "step %s: a crossing takes one operand",
                         step->id);
  struct ndp_tensor tmp;
  const struct ndp_tensor *t = NULL;
  bool owned = false;
  NDP_RETURN_NOT_OK(ndp_operand_tensor(step, operands, 0, &tmp, &t, &owned, err));
  enum ndp_status st = NDP_OK;
  switch (step->op) {
  case NDP_OP_TO_NUMPY:
  case NDP_OP_FROM_NUMPY:
    ndp_tensor_view(t, out);
    break;
  case NDP_OP_DLPACK_ROUNDTRIP: {
    int isz = ndp_dtype_size(t->dtype);
    if (t->readonly) {
      st = ndp_step_error(err, NDP_ERRC_VALUE,
                          "Cannot export readonly array since signalling readonly is "
                          "unsupported by DLPack.");
      break;
    }
    for (int k = 0; k < t->ndim; k++) {
      if (t->shape[k] != 1 && t->strides[k] % isz != 0) {
        st = ndp_step_error(err, NDP_ERRC_VALUE,
                            "DLPack only supports strides which are a multiple of itemsize.");
        break;
      }
    }
    if (st == NDP_OK && t->swapped && isz > 1)
      st = ndp_step_error(err, NDP_ERRC_VALUE, "DLPack only supports native byte order.");
    if (st == NDP_OK && t->dtype == NDP_BOOL)
      st = ndp_step_error(err, NDP_ERRC_VALUE,
                          "DLPack only supports signed/unsigned integers, float and complex "
                          "dtypes.");
    if (st == NDP_OK) {
      ndp_tensor_view(t, out);
      out->readonly = true; /* NumPy 1.24's from_dlpack returns a read-only array */
    }
    break;
  }
  case NDP_OP_NPY_ROUNDTRIP: {
    char order = ndp_tensor_is_f_contiguous(t) && !ndp_tensor_is_c_contiguous(t) ? 'F' : 'C';
    st = ndp_copy_keep(t, order, out, err);
    if (st == NDP_OK) out->readonly = false;
    break;
  }
  default:
    st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "%s is not a crossing",
                       ndp_op_name(step->op));
  }
  if (owned) ndp_tensor_release(&tmp);
  return st;
}
