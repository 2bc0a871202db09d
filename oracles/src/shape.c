/* The oracle's shape and layout operations, with NumPy 1.24.2 semantics.
 *
 * Written for obvious correctness: every copy is a plain loop over C-order
 * multi-indices that loads, converts and stores one element at a time; every
 * view is the operand's buffer with a new (shape, strides, offset), keeping
 * the operand's dtype and byte order. Whether NumPy returns a view or a copy
 * is part of the semantics (the harness compares np.shares_memory), so each
 * operation below says which NumPy code path decides it.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "oracle_internal.h"

/* ------------------------------------------------------------ helpers */

/* a * b for a, b >= 0; false when the product does not fit in int64. */
static bool mul_nonneg(int64_t a, int64_t b, int64_t *out) {
  if (a != 0 && b > INT64_MAX / a) return false;
  *out = a * b;
  return true;
}

/* a * b for any signed values; false on overflow (no undefined behaviour). */
static bool mul_signed(int64_t a, int64_t b, int64_t *out) {
  if (a == 0 || b == 0) {
    *out = 0;
    return true;
  }
  uint64_t ua = a < 0 ? (uint64_t)0 - (uint64_t)a : (uint64_t)a;
  uint64_t ub = b < 0 ? (uint64_t)0 - (uint64_t)b : (uint64_t)b;
  bool neg = (a < 0) != (b < 0);
  uint64_t limit = neg ? (uint64_t)INT64_MAX + 1u : (uint64_t)INT64_MAX;
  if (ua > limit / ub) return false;
  uint64_t m = ua * ub;
  if (neg)
    *out = m == (uint64_t)INT64_MAX + 1u ? INT64_MIN : -(int64_t)m;
  else
    *out = (int64_t)m;
  return true;
}

/* Writes a shape the way NumPy's own messages do it in broadcasting and
 * reshape errors: no spaces, "(2,3)", "(4,)", "()". */
static void shape_str_compact(int ndim, const int64_t *shape, char *buf, size_t bufsize) {
  size_t n = 0;
  if (bufsize == 0) return;
  buf[0] = '\0';
  n += (size_t)snprintf(buf, bufsize, "(");
  for (int k = 0; k < ndim && n < bufsize; k++)
    n += (size_t)snprintf(buf + n, bufsize - n, k ? ",%" PRId64 : "%" PRId64, shape[k]);
  if (n < bufsize) snprintf(buf + n, bufsize - n, ndim == 1 ? ",)" : ")");
}

/* NumPy's convert_shape_to_string as used by "cannot reshape array of size
 * 6 into shape (4,newaxis)": negative entries print as "newaxis" and leading
 * ones are dropped; the trailing comma appears only for a single entry. */
static void reshape_target_str(int n, const int64_t *vals, char *buf, size_t bufsize) {
  int i = 0;
  while (i < n && vals[i] < 0) i++;
  if (i == n) {
    snprintf(buf, bufsize, "()");
    return;
  }
  char body[NDP_MAXDIMS * 24];
  size_t len = 0;
  len += (size_t)snprintf(body, sizeof body, "%" PRId64, vals[i++]);
  for (; i < n && len < sizeof body; i++) {
    if (vals[i] < 0)
      len += (size_t)snprintf(body + len, sizeof body - len, ",newaxis");
    else
      len += (size_t)snprintf(body + len, sizeof body - len, ",%" PRId64, vals[i]);
  }
  snprintf(buf, bufsize, n == 1 ? "(%s,)" : "(%s)", body);
}

/* repr() of a NumPy dtype: dtype('float64'), or dtype('>f8') when the byte
 * order is not the machine's (bool: '?'). */
static void dtype_repr(enum ndp_dtype dt, bool swapped, char *buf, size_t bufsize) {
  if (!swapped || ndp_dtype_size(dt) == 1) {
    snprintf(buf, bufsize, "dtype('%s')", ndp_dtype_name(dt));
    return;
  }
  const uint16_t one = 1;
  unsigned char first;
  memcpy(&first, &one, 1);
  char order = first == 1 ? '>' : '<'; /* swapped means the other one */
  char tc = ndp_dtype_info(dt)->typechar;
  snprintf(buf, bufsize, "dtype('%c%c%d')", order, dt == NDP_BOOL ? '?' : tc, ndp_dtype_size(dt));
}

/* NumPy's C-contiguity flag (relaxed strides, as 1.24 computes it): axes of
 * length 1 are ignored, and an array with a zero-length axis is contiguous
 * in both orders. */
static bool is_c_contig(const struct ndp_tensor *t) {
  for (int k = 0; k < t->ndim; k++)
    if (t->shape[k] == 0) return true;
  int64_t expect = ndp_dtype_size(t->dtype);
  for (int k = t->ndim - 1; k >= 0; k--) {
    if (t->shape[k] == 1) continue;
    if (t->strides[k] != expect) return false;
    expect *= t->shape[k];
  }
  return true;
}

static bool is_f_contig(const struct ndp_tensor *t) {
  for (int k = 0; k < t->ndim; k++)
    if (t->shape[k] == 0) return true;
  int64_t expect = ndp_dtype_size(t->dtype);
  for (int k = 0; k < t->ndim; k++) {
    if (t->shape[k] == 1) continue;
    if (t->strides[k] != expect) return false;
    expect *= t->shape[k];
  }
  return true;
}

/* Contiguous strides for shape in order 'C' or 'F' (NumPy's
 * _array_fill_strides: a zero-length axis counts as 1). The byte size of
 * shape must have been checked already. */
static void fill_strides(int ndim, const int64_t *shape, int itemsize, char order,
                         int64_t *strides) {
  int64_t s = itemsize;
  if (order == 'F') {
    for (int k = 0; k < ndim; k++) {
      strides[k] = s;
      s *= shape[k] > 0 ? shape[k] : 1;
    }
  } else {
    for (int k = ndim - 1; k >= 0; k--) {
      strides[k] = s;
      s *= shape[k] > 0 ? shape[k] : 1;
    }
  }
}

/* The operand i as a tensor: the operand itself (borrowed, *owned set to
 * false), or for a Python scalar np.asarray(scalar): int64 (uint64 for ints
 * in [2^63, 2^64)), float64, bool or complex128, in *tmp (caller releases
 * it when *owned). */
enum ndp_status ndp_operand_tensor(const struct ndp_step *step,
                                   const struct ndp_tensor *const *operands, int i,
                                   struct ndp_tensor *tmp, const struct ndp_tensor **t, bool *owned,
                                   struct ndp_error *err) {
  *owned = false;
  if (operands[i] != NULL) {
    *t = operands[i];
    return NDP_OK;
  }
  const struct ndp_arg *arg = &step->args[i];
  enum ndp_dtype dt;
  switch (arg->kind) {
  case NDP_ARG_PYINT:
    dt = (!arg->pyint.neg && !arg->pyint.huge && arg->pyint.mag > (uint64_t)INT64_MAX) ? NDP_UINT64
                                                                                       : NDP_INT64;
    break;
  case NDP_ARG_PYFLOAT:
    dt = NDP_FLOAT64;
    break;
  case NDP_ARG_PYBOOL:
    dt = NDP_BOOL;
    break;
  case NDP_ARG_PYCOMPLEX:
    dt = NDP_COMPLEX128;
    break;
  default:
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "operand %d of step %s has no tensor",
                         i, step->id);
  }
  NDP_RETURN_NOT_OK(ndp_pyscalar_to_tensor(arg, dt, tmp, err));
  *t = tmp;
  *owned = true;
  return NDP_OK;
}

/* Copies every element of src into dst (same shape), converting to dst's
 * dtype with ndp_cast_elem, in C order of the logical index. */
static void copy_elements(const struct ndp_tensor *src, struct ndp_tensor *dst) {
  int64_t idx[NDP_MAXDIMS] = {0};
  if (ndp_tensor_size(src) == 0) return;
  do {
    struct ndp_elem e, c;
    ndp_elem_load(src->dtype, src->swapped, ndp_tensor_at(src, idx), &e);
    if (src->dtype == dst->dtype) {
      c = e;
    } else {
      ndp_cast_elem(&e, dst->dtype, &c);
    }
    ndp_elem_store(dst->dtype, dst->swapped, ndp_tensor_at(dst, idx), &c);
  } while (ndp_index_next(src->ndim, src->shape, idx));
}

/* ------------------------------------------------------------ public helpers */

enum ndp_status ndp_normalize_axis(int64_t axis, int ndim, int *out, struct ndp_error *err) {
  if (axis < -(int64_t)ndim || axis >= (int64_t)ndim)
    return ndp_step_error(err, NDP_ERRC_AXIS,
                          "axis %" PRId64 " is out of bounds for array of dimension %d", axis,
                          ndim);
  *out = (int)(axis < 0 ? axis + ndim : axis);
  return NDP_OK;
}

enum ndp_status ndp_broadcast_shapes(int n, const int *ndims, const int64_t *const *shapes,
                                     int *out_ndim, int64_t *out_shape, struct ndp_error *err) {
  int nd = 0;
  for (int i = 0; i < n; i++)
    if (ndims[i] > nd) nd = ndims[i];
  for (int k = 0; k < nd; k++) {
    int64_t dim = 1;
    for (int i = 0; i < n; i++) {
      int j = k - (nd - ndims[i]);
      if (j < 0) continue;
      int64_t d = shapes[i][j];
      if (d == 1) continue;
      if (dim == 1) {
        dim = d;
      } else if (d != dim) {
        /* "operands could not be broadcast together with shapes (2,3) (4,) " */
        char msg[NDP_ERROR_MSG_MAX];
        size_t len = (size_t)snprintf(msg, sizeof msg,
                                      "operands could not be broadcast together with shapes ");
        for (int m = 0; m < n && len < sizeof msg; m++) {
          char s[NDP_MAXDIMS * 24];
          shape_str_compact(ndims[m], shapes[m], s, sizeof s);
          len += (size_t)snprintf(msg + len, sizeof msg - len, "%s ", s);
        }
        return ndp_step_error(err, NDP_ERRC_BROADCAST, "%s", msg);
      }
    }
    out_shape[k] = dim;
  }
  *out_ndim = nd;
  return NDP_OK;
}

enum ndp_status ndp_broadcast_view(const struct ndp_tensor *t, int ndim, const int64_t *shape,
                                   struct ndp_tensor *out, struct ndp_error *err) {
  bool ok = t->ndim <= ndim;
  for (int k = 0; ok && k < t->ndim; k++) {
    int64_t d = t->shape[k], want = shape[k + ndim - t->ndim];
    if (d != want && d != 1) ok = false;
  }
  if (!ok) {
    char a[NDP_MAXDIMS * 24], b[NDP_MAXDIMS * 24];
    shape_str_compact(t->ndim, t->shape, a, sizeof a);
    shape_str_compact(ndim, shape, b, sizeof b);
    return ndp_step_error(err, NDP_ERRC_BROADCAST,
                          "operands could not be broadcast together with remapped shapes "
                          "[original->remapped]: %s  and requested shape %s",
                          a, b);
  }
  struct ndp_tensor v;
  ndp_tensor_view(t, &v);
  v.ndim = ndim;
  for (int k = 0; k < ndim; k++) {
    int j = k - (ndim - t->ndim);
    v.shape[k] = shape[k];
    if (j < 0 || t->shape[j] != shape[k])
      v.strides[k] = 0; /* a new or stretched axis */
    else
      v.strides[k] = t->strides[j];
  }
  *out = v;
  return NDP_OK;
}

/* NumPy's NPY_KEEPORDER allocation (PyArray_NewLikeArray): C order when the
 * source is C-contiguous or has at most one axis, F order when it is
 * F-contiguous, otherwise the axes sorted by decreasing |stride| (stable,
 * as PyArray_CreateSortedStridePerm) are laid out C-contiguously. */
static enum ndp_status empty_like_keep(const struct ndp_tensor *t, enum ndp_dtype dt,
                                       struct ndp_tensor *out, struct ndp_error *err) {
  if (t->ndim <= 1 || is_c_contig(t)) return ndp_tensor_empty(dt, t->ndim, t->shape, 'C', out, err);
  if (is_f_contig(t)) return ndp_tensor_empty(dt, t->ndim, t->shape, 'F', out, err);
  int perm[NDP_MAXDIMS];
  for (int k = 0; k < t->ndim; k++) perm[k] = k;
  /* stable insertion sort, largest |stride| first */
  for (int i = 1; i < t->ndim; i++) {
    int p = perm[i], j = i;
    uint64_t sp =
        t->strides[p] < 0 ? (uint64_t)0 - (uint64_t)t->strides[p] : (uint64_t)t->strides[p];
    while (j > 0) {
      int q = perm[j - 1];
      uint64_t sq =
          t->strides[q] < 0 ? (uint64_t)0 - (uint64_t)t->strides[q] : (uint64_t)t->strides[q];
      if (sq >= sp) break;
      perm[j] = q;
      j--;
    }
    perm[j] = p;
  }
  int64_t pshape[NDP_MAXDIMS];
  for (int k = 0; k < t->ndim; k++) pshape[k] = t->shape[perm[k]];
  struct ndp_tensor c;
  NDP_RETURN_NOT_OK(ndp_tensor_empty(dt, t->ndim, pshape, 'C', &c, err));
  struct ndp_tensor r = c;
  for (int k = 0; k < t->ndim; k++) {
    r.shape[perm[k]] = c.shape[k];
    r.strides[perm[k]] = c.strides[k];
  }
  *out = r;
  return NDP_OK;
}

enum ndp_status ndp_copy_as(const struct ndp_tensor *t, enum ndp_dtype dt, char order,
                            struct ndp_tensor *out, struct ndp_error *err) {
  struct ndp_tensor r;
  if (order == 'K')
    NDP_RETURN_NOT_OK(empty_like_keep(t, dt, &r, err));
  else
    NDP_RETURN_NOT_OK(ndp_tensor_empty(dt, t->ndim, t->shape, order == 'F' ? 'F' : 'C', &r, err));
  copy_elements(t, &r);
  *out = r;
  return NDP_OK;
}

bool ndp_step_dtype_swapped(const struct ndp_step *step) {
  return step->has_dtype && step->dtype_swapped && ndp_dtype_size(step->dtype) > 1;
}

enum ndp_status ndp_dtype_byteorder_error(struct ndp_error *err) {
  return ndp_step_error(err, NDP_ERRC_TYPE,
                        "The `dtype` and `signature` arguments to ufuncs only select the general "
                        "DType and not details such as the byte order or time unit. You can avoid "
                        "this error by using the scalar types `np.float64` or the dtype string "
                        "notation.");
}

enum ndp_status ndp_copy_keep(const struct ndp_tensor *t, char order, struct ndp_tensor *out,
                              struct ndp_error *err) {
  struct ndp_tensor r;
  if (order == 'K')
    NDP_RETURN_NOT_OK(empty_like_keep(t, t->dtype, &r, err));
  else
    NDP_RETURN_NOT_OK(
        ndp_tensor_empty(t->dtype, t->ndim, t->shape, order == 'F' ? 'F' : 'C', &r, err));
  r.swapped = t->swapped && ndp_dtype_size(t->dtype) > 1;
  copy_elements(t, &r);
  *out = r;
  return NDP_OK;
}

/* ------------------------------------------------------------ reshape */

/* Whether NumPy reshapes t to (newnd, newdims) without copying, and the
 * view's strides when it does: the logic of NumPy's
 * _attempt_nocopy_reshape (shape.c), which is only consulted when t is not
 * already contiguous in the requested order.
 *
 * Axes of length 1 in t are dropped first (their strides never matter).
 * The remaining old axes and the new axes are then split into the shortest
 * runs whose products agree; each run of old axes must be contiguous in the
 * requested order (in C order, stride[k] == dim[k+1] * stride[k+1]), and
 * the new axes of the run get strides that walk it in that order. Trailing
 * new axes of length 1 that no run covered get the stride just past the
 * last run.
 *
 * Preconditions: the sizes agree and are nonzero (a zero-size array is
 * contiguous, so this is never asked about it). */
static bool nocopy_reshape(const struct ndp_tensor *t, int newnd, const int64_t *newdims,
                           char order, int64_t *newstrides) {
  int64_t od[NDP_MAXDIMS], os[NDP_MAXDIMS];
  int ond = 0;
  for (int k = 0; k < t->ndim; k++) {
    if (t->shape[k] != 1) {
      od[ond] = t->shape[k];
      os[ond] = t->strides[k];
      ond++;
    }
  }
  bool f = order == 'F';
  int oi = 0, ni = 0; /* start of the current run, old and new */
  while (ni < newnd && oi < ond) {
    int oj = oi + 1, nj = ni + 1; /* end (exclusive) of the run */
    int64_t np_ = newdims[ni], op = od[oi];
    while (np_ != op) {
      /* the products are prefixes of equal totals; neither end can run
       * past its axes, and neither product exceeds the total size */
      if (np_ < op) {
        if (nj >= newnd) return false;
        np_ *= newdims[nj++];
      } else {
        if (oj >= ond) return false;
        op *= od[oj++];
      }
    }
    for (int k = oi; k < oj - 1; k++) {
      int64_t want;
      if (f) {
        if (!mul_signed(od[k], os[k], &want) || os[k + 1] != want) return false;
      } else {
        if (!mul_signed(od[k + 1], os[k + 1], &want) || os[k] != want) return false;
      }
    }
    if (f) {
      newstrides[ni] = os[oi];
      for (int k = ni + 1; k < nj; k++)
        if (!mul_signed(newstrides[k - 1], newdims[k - 1], &newstrides[k])) return false;
    } else {
      newstrides[nj - 1] = os[oj - 1];
      for (int k = nj - 1; k > ni; k--)
        if (!mul_signed(newstrides[k], newdims[k], &newstrides[k - 1])) return false;
    }
    ni = nj;
    oi = oj;
  }
  /* trailing new axes (all of length 1) */
  int64_t last = ni >= 1 ? newstrides[ni - 1] : ndp_dtype_size(t->dtype);
  if (f && ni >= 1 && !mul_signed(last, newdims[ni - 1], &last)) return false;
  for (int k = ni; k < newnd; k++) newstrides[k] = last;
  return true;
}

/* np.reshape(t, dims, order) as PyArray_Newshape does it:
 * 1. the same shape: a view;
 * 2. one unknown (negative) entry is resolved from the size; sizes must
 *    match ("cannot reshape array of size 6 into shape (4,newaxis)");
 * 3. contiguous in the requested order: a view with fresh contiguous
 *    strides; otherwise a view if nocopy_reshape succeeds, else a copy in
 *    that order. */
static enum ndp_status reshape(const struct ndp_tensor *t, int nd, const int64_t *dims_in,
                               char order, struct ndp_tensor *out, struct ndp_error *err) {
  if (nd > NDP_MAXDIMS)
    return ndp_step_error(err, NDP_ERRC_VALUE,
                          "maximum supported dimension for an ndarray is %d, found %d", NDP_MAXDIMS,
                          nd);
  bool same = nd == t->ndim;
  for (int k = 0; same && k < nd; k++) same = dims_in[k] == t->shape[k];
  if (same) {
    ndp_tensor_view(t, out);
    return NDP_OK;
  }

  int64_t dims[NDP_MAXDIMS];
  int unknown = -1;
  int64_t known = 1, size = ndp_tensor_size(t);
  bool mismatch = false;
  for (int k = 0; k < nd; k++) {
    dims[k] = dims_in[k];
    if (dims[k] < 0) {
      if (unknown >= 0)
        return ndp_step_error(err, NDP_ERRC_RESHAPE, "can only specify one unknown dimension");
      unknown = k;
    } else if (!mismatch && !mul_nonneg(known, dims[k], &known)) {
      mismatch = true;
    }
  }
  if (!mismatch) {
    if (unknown >= 0) {
      if (known == 0 || size % known != 0)
        mismatch = true;
      else
        dims[unknown] = size / known;
    } else if (known != size) {
      mismatch = true;
    }
  }
  if (mismatch) {
    char s[NDP_MAXDIMS * 24];
    reshape_target_str(nd, dims_in, s, sizeof s);
    return ndp_step_error(err, NDP_ERRC_RESHAPE,
                          "cannot reshape array of size %" PRId64 " into shape %s", size, s);
  }

  int isz = ndp_dtype_size(t->dtype);
  bool contig = order == 'F' ? is_f_contig(t) : is_c_contig(t);
  int64_t strides[NDP_MAXDIMS];
  if (contig) {
    fill_strides(nd, dims, isz, order, strides);
  } else if (!nocopy_reshape(t, nd, dims, order, strides)) {
    struct ndp_tensor c;
    NDP_RETURN_NOT_OK(ndp_copy_keep(t, order, &c, err));
    c.ndim = nd;
    memcpy(c.shape, dims, sizeof(int64_t) * (size_t)nd);
    fill_strides(nd, dims, isz, order, c.strides);
    *out = c;
    return NDP_OK;
  }
  struct ndp_tensor v;
  ndp_tensor_view(t, &v);
  v.ndim = nd;
  memcpy(v.shape, dims, sizeof(int64_t) * (size_t)nd);
  memcpy(v.strides, strides, sizeof(int64_t) * (size_t)nd);
  *out = v;
  return NDP_OK;
}

/* ------------------------------------------------------------ axes ops */

/* np.transpose(t, axes) (PyArray_Transpose): the number of axes must be
 * ndim ("axes don't match array", ValueError); each axis is normalized and
 * checked for repeats in turn. A view. */
static enum ndp_status transpose(const struct ndp_step *step, const struct ndp_tensor *t,
                                 struct ndp_tensor *out, struct ndp_error *err) {
  int perm[NDP_MAXDIMS];
  if (!step->has_axes) {
    for (int k = 0; k < t->ndim; k++) perm[k] = t->ndim - 1 - k;
  } else {
    if (step->naxes != t->ndim)
      return ndp_step_error(err, NDP_ERRC_VALUE, "axes don't match array");
    bool seen[NDP_MAXDIMS] = {false};
    for (int k = 0; k < step->naxes; k++) {
      int a;
      NDP_RETURN_NOT_OK(ndp_normalize_axis(step->axes[k], t->ndim, &a, err));
      if (seen[a]) return ndp_step_error(err, NDP_ERRC_VALUE, "repeated axis in transpose");
      seen[a] = true;
      perm[k] = a;
    }
  }
  struct ndp_tensor v;
  ndp_tensor_view(t, &v);
  for (int k = 0; k < t->ndim; k++) {
    v.shape[k] = t->shape[perm[k]];
    v.strides[k] = t->strides[perm[k]];
  }
  *out = v;
  return NDP_OK;
}

/* np.expand_dims: the axes are normalized against ndim + len(axes)
 * (normalize_axis_tuple: all bounds first, then "repeated axis",
 * ValueError), and the result is a.reshape(new_shape): always a view. */
static enum ndp_status expand_dims(const struct ndp_step *step, const struct ndp_tensor *t,
                                   struct ndp_tensor *out, struct ndp_error *err) {
  int n = step->has_axes ? step->naxes : 0;
  int out_nd = t->ndim + n;
  bool is_new[2 * NDP_MAXDIMS + 1] = {false};
  int norm[NDP_MAXDIMS];
  for (int k = 0; k < n; k++)
    NDP_RETURN_NOT_OK(ndp_normalize_axis(step->axes[k], out_nd, &norm[k], err));
  for (int k = 0; k < n; k++) {
    if (is_new[norm[k]]) return ndp_step_error(err, NDP_ERRC_VALUE, "repeated axis");
    is_new[norm[k]] = true;
  }
  if (out_nd > NDP_MAXDIMS)
    return ndp_step_error(err, NDP_ERRC_VALUE,
                          "maximum supported dimension for an ndarray is %d, found %d", NDP_MAXDIMS,
                          out_nd);
  int64_t shape[NDP_MAXDIMS];
  int src = 0;
  for (int k = 0; k < out_nd; k++) shape[k] = is_new[k] ? 1 : t->shape[src++];
  return reshape(t, out_nd, shape, 'C', out, err);
}

/* np.squeeze(t, axis) (PyArray_Squeeze / PyArray_SqueezeSelected): without
 * axis every length-1 axis goes; a single int axis on a 0-d array may be 0
 * or -1 (PyArray_ConvertMultiAxis keeps that for backwards compatibility);
 * a list is normalized item by item with "duplicate value in 'axis'"; a
 * selected axis whose length is not 1 is a ValueError. A view. */
static enum ndp_status squeeze(const struct ndp_step *step, const struct ndp_tensor *t,
                               struct ndp_tensor *out, struct ndp_error *err) {
  bool sel[NDP_MAXDIMS] = {false};
  if (!step->has_axes) {
    for (int k = 0; k < t->ndim; k++) sel[k] = t->shape[k] == 1;
  } else if (!step->axis_is_list && t->ndim == 0 && (step->axes[0] == 0 || step->axes[0] == -1)) {
    /* nothing to squeeze */
  } else {
    for (int k = 0; k < step->naxes; k++) {
      int a;
      NDP_RETURN_NOT_OK(ndp_normalize_axis(step->axes[k], t->ndim, &a, err));
      if (sel[a]) return ndp_step_error(err, NDP_ERRC_VALUE, "duplicate value in 'axis'");
      sel[a] = true;
    }
    for (int k = 0; k < t->ndim; k++)
      if (sel[k] && t->shape[k] != 1)
        return ndp_step_error(
            err, NDP_ERRC_VALUE,
            "cannot select an axis to squeeze out which has size not equal to one");
  }
  struct ndp_tensor v;
  ndp_tensor_view(t, &v);
  int nd = 0;
  for (int k = 0; k < t->ndim; k++) {
    if (sel[k]) continue;
    v.shape[nd] = t->shape[k];
    v.strides[nd] = t->strides[k];
    nd++;
  }
  v.ndim = nd;
  *out = v;
  return NDP_OK;
}

/* np.broadcast_to (numpy/lib/stride_tricks.py _broadcast_to): checks in
 * NumPy's order, then a read-only view with zero strides. Every failure is
 * a ValueError that the case format classes as `broadcast` (its messages
 * mention broadcasting, or come from nditer's axis remapping for a target
 * of lower rank). */
static enum ndp_status broadcast_to(const struct ndp_step *step, const struct ndp_tensor *t,
                                    struct ndp_tensor *out, struct ndp_error *err) {
  int nd = step->shape_ndim;
  if (nd == 0 && t->ndim > 0)
    return ndp_step_error(err, NDP_ERRC_BROADCAST,
                          "cannot broadcast a non-scalar to a scalar array");
  for (int k = 0; k < nd; k++)
    if (step->shape[k] < 0)
      return ndp_step_error(err, NDP_ERRC_BROADCAST,
                            "all elements of broadcast shape must be non-negative");
  if (t->ndim > nd)
    return ndp_step_error(err, NDP_ERRC_BROADCAST,
                          "input operand has more dimensions than allowed by the axis remapping");
  NDP_RETURN_NOT_OK(ndp_shape_nbytes(nd, step->shape, ndp_dtype_size(t->dtype), NULL, err));
  NDP_RETURN_NOT_OK(ndp_broadcast_view(t, nd, step->shape, out, err));
  out->readonly = true; /* np.broadcast_to returns a read-only view */
  return NDP_OK;
}

/* ------------------------------------------------------------ getitem */

/* CPython's PySlice_Unpack + PySlice_AdjustIndices for one axis of length
 * len: the first index, the step and the number of elements. Step 0 is the
 * caller's error. */
static void adjust_slice(const struct ndp_index_item *it, int64_t len, int64_t *start_out,
                         int64_t *step_out, int64_t *n_out) {
  int64_t step = it->has_step ? it->step : 1;
  if (step < -INT64_MAX) step = -INT64_MAX; /* so that -step is defined */
  int64_t start = it->has_start ? it->start : (step < 0 ? INT64_MAX : 0);
  int64_t stop = it->has_stop ? it->stop : (step < 0 ? INT64_MIN : INT64_MAX);
  if (start < 0) {
    start += len;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= len) {
    start = step < 0 ? len - 1 : len;
  }
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= len) {
    stop = step < 0 ? len - 1 : len;
  }
  int64_t n = 0;
  if (step < 0) {
    if (stop < start) n = (start - stop - 1) / (-step) + 1;
  } else {
    if (start < stop) n = (stop - start - 1) / step + 1;
  }
  *start_out = start;
  *step_out = step;
  *n_out = n;
}

/* Basic indexing a[index] (NumPy's prepare_index + get_view_from_index):
 * parse (a second "..." is an IndexError), count the indexed axes (too many
 * is an IndexError), then apply the items in order (an integer out of
 * bounds is an IndexError, a zero slice step a ValueError). An index made
 * only of integers, one per axis (and () on a 0-d array), gives NumPy a
 * scalar: here a new 0-d array. Everything else is a view. */
static enum ndp_status getitem(const struct ndp_step *step, const struct ndp_tensor *t,
                               struct ndp_tensor *out, struct ndp_error *err) {
  int used = 0, nnew = 0, nints = 0;
  bool ellipsis = false;
  for (int k = 0; k < step->nindex; k++) {
    switch (step->index[k].kind) {
    case NDP_IDX_ELLIPSIS:
      if (ellipsis)
        return ndp_step_error(err, NDP_ERRC_INDEX,
                              "an index can only have a single ellipsis ('...')");
      ellipsis = true;
      break;
    case NDP_IDX_INT:
      used++;
      nints++;
      break;
    case NDP_IDX_SLICE:
      used++;
      break;
    case NDP_IDX_NEWAXIS:
      nnew++;
      break;
    }
  }
  if (used > t->ndim)
    return ndp_step_error(
        err, NDP_ERRC_INDEX,
        "too many indices for array: array is %d-dimensional, but %d were indexed", t->ndim, used);
  bool scalar = nints == t->ndim && nints == step->nindex;
  int new_nd = t->ndim - nints + nnew;
  if (new_nd > NDP_MAXDIMS)
    return ndp_step_error(
        err, NDP_ERRC_INDEX,
        "number of dimensions must be within [0, %d], indexing result would have %d", NDP_MAXDIMS,
        new_nd);

  struct ndp_tensor v = *t; /* the description; the reference is taken at the end */
  int src = 0, dst = 0;
  for (int k = 0; k < step->nindex; k++) {
    const struct ndp_index_item *it = &step->index[k];
    switch (it->kind) {
    case NDP_IDX_INT: {
      int64_t len = t->shape[src], i = it->i;
      if (i < -len || i >= len)
        return ndp_step_error(err, NDP_ERRC_INDEX,
                              "index %" PRId64 " is out of bounds for axis %d with size %" PRId64,
                              i, src, len);
      if (i < 0) i += len;
      v.offset += i * t->strides[src];
      src++;
    } break;
    case NDP_IDX_SLICE: {
      if (it->has_step && it->step == 0)
        return ndp_step_error(err, NDP_ERRC_VALUE, "slice step cannot be zero");
      int64_t start, st, n;
      adjust_slice(it, t->shape[src], &start, &st, &n);
      if (n > 0) v.offset += start * t->strides[src];
      v.shape[dst] = n;
      /* with at most one element the stride is never used; skip the product,
       * which could overflow for a huge step */
      v.strides[dst] = n > 1 ? st * t->strides[src] : t->strides[src];
      src++;
      dst++;
    } break;
    case NDP_IDX_NEWAXIS:
      v.shape[dst] = 1;
      v.strides[dst] = 0;
      dst++;
      break;
    case NDP_IDX_ELLIPSIS:
      for (int m = 0; m < t->ndim - used; m++) {
        v.shape[dst] = t->shape[src];
        v.strides[dst] = t->strides[src];
        src++;
        dst++;
      }
      break;
    }
  }
  while (src < t->ndim) { /* an implicit trailing ellipsis */
    v.shape[dst] = t->shape[src];
    v.strides[dst] = t->strides[src];
    src++;
    dst++;
  }
  v.ndim = dst;
  if (scalar) {
    struct ndp_tensor r;
    NDP_RETURN_NOT_OK(ndp_tensor_empty(t->dtype, 0, NULL, 'C', &r, err));
    struct ndp_elem e;
    ndp_elem_load(t->dtype, t->swapped, t->buf->data + v.offset, &e);
    ndp_elem_store(r.dtype, false, r.buf->data + r.offset, &e);
    *out = r;
    return NDP_OK;
  }
  ndp_tensor_view(&v, out);
  return NDP_OK;
}

/* ------------------------------------------------------------ copies and layouts */

/* a.astype(dtype, casting=...): the cast must be allowed by casting
 * (np.can_cast; with "no", a byte-swapped source differs from the native
 * target even for the same type), and the result is always a new array in
 * NumPy's order='K' layout. */
static enum ndp_status astype(const struct ndp_step *step, const struct ndp_tensor *t,
                              struct ndp_tensor *out, struct ndp_error *err) {
  enum ndp_casting casting = step->has_casting ? step->casting : NDP_CAST_UNSAFE;
  enum ndp_dtype to = step->dtype;
  /* The target's byte order as written (">f4"): the case model keeps only
   * the type, so it is read back from the step's JSON. */
  bool to_swapped = ndp_step_dtype_swapped(step);
  bool from_swapped = t->swapped && ndp_dtype_size(t->dtype) > 1;
  bool ok = ndp_can_cast(t->dtype, to, casting);
  if (casting == NDP_CAST_NO && from_swapped != to_swapped) ok = false;
  if (!ok) {
    char a[64], b[64];
    dtype_repr(t->dtype, t->swapped, a, sizeof a);
    dtype_repr(to, to_swapped, b, sizeof b);
    return ndp_step_error(err, NDP_ERRC_CAST,
                          "Cannot cast %s from %s to %s according to the rule '%s'",
                          t->ndim == 0 ? "scalar" : "array data", a, b, ndp_casting_name(casting));
  }
  if (!to_swapped) return ndp_copy_as(t, to, 'K', out, err);
  /* the result is stored in the requested (non-native) byte order */
  struct ndp_tensor r;
  NDP_RETURN_NOT_OK(empty_like_keep(t, to, &r, err));
  r.swapped = true;
  copy_elements(t, &r);
  *out = r;
  return NDP_OK;
}

/* np.ascontiguousarray / np.asfortranarray: np.array(a, copy=False,
 * order=..., ndmin=1). A 0-d array becomes a (1,) view; an array already
 * contiguous in that order is returned as is (a view, byte order kept);
 * anything else is copied in that order. */
static enum ndp_status as_contiguous(const struct ndp_tensor *t, char order, struct ndp_tensor *out,
                                     struct ndp_error *err) {
  if (t->ndim == 0) {
    struct ndp_tensor v;
    ndp_tensor_view(t, &v);
    v.ndim = 1;
    v.shape[0] = 1;
    v.strides[0] = ndp_dtype_size(t->dtype);
    *out = v;
    return NDP_OK;
  }
  if (order == 'F' ? is_f_contig(t) : is_c_contig(t)) {
    ndp_tensor_view(t, out);
    return NDP_OK;
  }
  return ndp_copy_keep(t, order, out, err);
}

/* np.ravel(a, order) (PyArray_Ravel): a 1-d view when a is contiguous in
 * that order, otherwise a copy (PyArray_Flatten). */
static enum ndp_status ravel(const struct ndp_tensor *t, char order, struct ndp_tensor *out,
                             struct ndp_error *err) {
  int64_t n = ndp_tensor_size(t);
  if (order == 'F' ? is_f_contig(t) : is_c_contig(t)) {
    struct ndp_tensor v;
    ndp_tensor_view(t, &v);
    v.ndim = 1;
    v.shape[0] = n;
    v.strides[0] = ndp_dtype_size(t->dtype);
    *out = v;
    return NDP_OK;
  }
  struct ndp_tensor c;
  NDP_RETURN_NOT_OK(ndp_copy_keep(t, order, &c, err));
  c.ndim = 1;
  c.shape[0] = n;
  c.strides[0] = ndp_dtype_size(t->dtype);
  *out = c;
  return NDP_OK;
}

/* ------------------------------------------------------------ joining */

/* The dtype of np.concatenate / np.stack over arrays: np.result_type of
 * the arrays (all strong: Python scalars were made arrays first). */
static enum ndp_status joined_dtype(int n, const struct ndp_tensor *const *ts, enum ndp_dtype *out,
                                    struct ndp_error *err) {
  struct ndp_promo_operand *ops = calloc((size_t)n, sizeof *ops);
  if (ops == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  for (int i = 0; i < n; i++) {
    ops[i].weak = false;
    ops[i].dtype = ts[i]->dtype;
    ops[i].pykind = NDP_ARG_REF;
  }
  *out = ndp_result_type(n, ops);
  free(ops);
  return NDP_OK;
}

/* Writes src into dst starting at position `at` along axis `axis`. */
static void place(const struct ndp_tensor *src, struct ndp_tensor *dst, int axis, int64_t at) {
  struct ndp_tensor sub = *dst; /* a borrowed description; no reference taken */
  sub.offset += at * dst->strides[axis];
  sub.shape[axis] = src->shape[axis];
  copy_elements(src, &sub);
}

/* np.concatenate(arrays, axis) (PyArray_ConcatenateArrays, or with axis
 * None PyArray_ConcatenateFlattenedArrays). */
/* The result of concatenate/stack takes its inputs' memory layout, as
 * NumPy's PyArray_CreateMultiSortedStridePerm orders the axes: an insertion
 * sort of the axes from the largest stride to the smallest, where axis a
 * goes before axis b when, in the first array in which neither has length
 * 1, |stride a| > |stride b| (an axis of length 1 everywhere keeps its
 * place). shapes/strides: n arrays' descriptions of nd axes each (stack
 * passes its inputs with the new axis of length 1 inserted). */
static enum ndp_status empty_in_inputs_order(enum ndp_dtype dt, int nd, const int64_t *shape, int n,
                                             const int64_t (*shapes)[NDP_MAXDIMS],
                                             const int64_t (*strides)[NDP_MAXDIMS],
                                             struct ndp_tensor *out, struct ndp_error *err) {
  int perm[NDP_MAXDIMS];
  for (int k = 0; k < nd; k++) perm[k] = k;
  for (int i0 = 1; i0 < nd; i0++) {
    int ipos = i0, a0 = perm[i0];
    for (int i1 = i0 - 1; i1 >= 0; i1--) {
      bool ambiguous = true, swap = false;
      int a1 = perm[i1];
      for (int j = 0; j < n; j++) {
        if (shapes[j][a0] != 1 && shapes[j][a1] != 1) {
          int64_t s0 = strides[j][a0] < 0 ? -strides[j][a0] : strides[j][a0];
          int64_t s1 = strides[j][a1] < 0 ? -strides[j][a1] : strides[j][a1];
          if (s0 <= s1) swap = false;
          else if (ambiguous) swap = true;
          ambiguous = false;
        }
      }
      if (!ambiguous) {
        if (swap) ipos = i1;
        else break;
      }
    }
    if (ipos != i0) {
      for (int i1 = i0; i1 > ipos; i1--) perm[i1] = perm[i1 - 1];
      perm[ipos] = a0;
    }
  }
  NDP_RETURN_NOT_OK(ndp_tensor_empty(dt, nd, shape, 'C', out, err));
  /* C order over the permuted axes */
  int64_t stride = (int64_t)ndp_dtype_size(dt);
  for (int k = nd - 1; k >= 0; k--) {
    out->strides[perm[k]] = stride;
    stride *= shape[perm[k]] > 0 ? shape[perm[k]] : 1;
  }
  return NDP_OK;
}

static enum ndp_status concatenate(const struct ndp_step *step, int n,
                                   const struct ndp_tensor *const *ts, struct ndp_tensor *out,
                                   struct ndp_error *err) {
  enum ndp_dtype dt = NDP_BOOL;
  if (step->axis_is_null) {
    int64_t total = 0;
    for (int i = 0; i < n; i++) {
      int64_t s = ndp_tensor_size(ts[i]);
      if (s > INT64_MAX - total)
        return ndp_step_error(err, NDP_ERRC_VALUE,
                              "total number of elements too large to concatenate");
      total += s;
    }
    NDP_RETURN_NOT_OK(joined_dtype(n, ts, &dt, err));
    struct ndp_tensor r;
    NDP_RETURN_NOT_OK(ndp_tensor_empty(dt, 1, &total, 'C', &r, err));
    int64_t at = 0;
    for (int i = 0; i < n; i++) {
      /* each array's elements in C order */
      int64_t idx[NDP_MAXDIMS] = {0};
      if (ndp_tensor_size(ts[i]) == 0) continue;
      do {
        struct ndp_elem e, c;
        ndp_elem_load(ts[i]->dtype, ts[i]->swapped, ndp_tensor_at(ts[i], idx), &e);
        ndp_cast_elem(&e, dt, &c);
        ndp_elem_store(dt, false, r.buf->data + r.offset + at * r.strides[0], &c);
        at++;
      } while (ndp_index_next(ts[i]->ndim, ts[i]->shape, idx));
    }
    *out = r;
    return NDP_OK;
  }

  int nd = ts[0]->ndim;
  if (nd == 0)
    return ndp_step_error(err, NDP_ERRC_VALUE, "zero-dimensional arrays cannot be concatenated");
  int axis;
  NDP_RETURN_NOT_OK(ndp_normalize_axis(step->has_axes ? step->axes[0] : 0, nd, &axis, err));
  int64_t shape[NDP_MAXDIMS];
  memcpy(shape, ts[0]->shape, sizeof(int64_t) * (size_t)nd);
  for (int i = 1; i < n; i++) {
    if (ts[i]->ndim != nd)
      return ndp_step_error(err, NDP_ERRC_VALUE,
                            "all the input arrays must have same number of dimensions, but the "
                            "array at index 0 has %d dimension(s) and the array at index %d has "
                            "%d dimension(s)",
                            nd, i, ts[i]->ndim);
    for (int k = 0; k < nd; k++) {
      if (k == axis) {
        if (ts[i]->shape[k] > INT64_MAX - shape[k])
          return ndp_step_error(err, NDP_ERRC_VALUE,
                                "total number of elements too large to concatenate");
        shape[k] += ts[i]->shape[k];
      } else if (shape[k] != ts[i]->shape[k]) {
        return ndp_step_error(err, NDP_ERRC_VALUE,
                              "all the input array dimensions except for the concatenation axis "
                              "must match exactly, but along dimension %d, the array at index 0 "
                              "has size %" PRId64 " and the array at index %d has size %" PRId64,
                              k, shape[k], i, ts[i]->shape[k]);
      }
    }
  }
  NDP_RETURN_NOT_OK(joined_dtype(n, ts, &dt, err));
  struct ndp_tensor r;
  int64_t (*shapes)[NDP_MAXDIMS] = calloc((size_t)n, sizeof *shapes);
  int64_t (*strides)[NDP_MAXDIMS] = calloc((size_t)n, sizeof *strides);
  enum ndp_status st = shapes && strides ? NDP_OK
                                         : ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE,
                                                         "out of memory");
  for (int i = 0; st == NDP_OK && i < n; i++) {
    memcpy(shapes[i], ts[i]->shape, sizeof(int64_t) * (size_t)nd);
    memcpy(strides[i], ts[i]->strides, sizeof(int64_t) * (size_t)nd);
  }
  if (st == NDP_OK)
    st = empty_in_inputs_order(dt, nd, shape, n, (const int64_t(*)[NDP_MAXDIMS])shapes,
                               (const int64_t(*)[NDP_MAXDIMS])strides, &r, err);
  free(shapes);
  free(strides);
  NDP_RETURN_NOT_OK(st);
  int64_t at = 0;
  for (int i = 0; i < n; i++) {
    place(ts[i], &r, axis, at);
    at += ts[i]->shape[axis];
  }
  *out = r;
  return NDP_OK;
}

/* np.stack(arrays, axis) (numpy/core/shape_base.py): all shapes equal
 * ("all input arrays must have the same shape"), then the axis is
 * normalized against ndim + 1, then each array gains that axis and they
 * are concatenated. */
static enum ndp_status stack(const struct ndp_step *step, int n, const struct ndp_tensor *const *ts,
                             struct ndp_tensor *out, struct ndp_error *err) {
  int nd = ts[0]->ndim;
  for (int i = 1; i < n; i++) {
    bool same = ts[i]->ndim == nd;
    for (int k = 0; same && k < nd; k++) same = ts[i]->shape[k] == ts[0]->shape[k];
    if (!same)
      return ndp_step_error(err, NDP_ERRC_VALUE, "all input arrays must have the same shape");
  }
  if (step->axis_is_null)
    return ndp_step_error(err, NDP_ERRC_TYPE,
                          "'NoneType' object cannot be interpreted as an integer");
  int axis;
  NDP_RETURN_NOT_OK(ndp_normalize_axis(step->has_axes ? step->axes[0] : 0, nd + 1, &axis, err));
  if (nd + 1 > NDP_MAXDIMS)
    return ndp_step_error(
        err, NDP_ERRC_INDEX,
        "number of dimensions must be within [0, %d], indexing result would have %d", NDP_MAXDIMS,
        nd + 1);
  int64_t shape[NDP_MAXDIMS];
  for (int k = 0, src = 0; k < nd + 1; k++) shape[k] = k == axis ? n : ts[0]->shape[src++];
  enum ndp_dtype dt = NDP_BOOL;
  NDP_RETURN_NOT_OK(joined_dtype(n, ts, &dt, err));
  struct ndp_tensor r;
  /* np.stack concatenates arr[..., np.newaxis, ...]: the new axis has
   * length 1 (and stride 0) in every input */
  int64_t (*shapes)[NDP_MAXDIMS] = calloc((size_t)n, sizeof *shapes);
  int64_t (*strides)[NDP_MAXDIMS] = calloc((size_t)n, sizeof *strides);
  enum ndp_status st = shapes && strides ? NDP_OK
                                         : ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE,
                                                         "out of memory");
  for (int i = 0; st == NDP_OK && i < n; i++) {
    for (int k = 0, src = 0; k < nd + 1; k++) {
      shapes[i][k] = k == axis ? 1 : ts[i]->shape[src];
      strides[i][k] = k == axis ? 0 : ts[i]->strides[src];
      if (k != axis) src++;
    }
  }
  if (st == NDP_OK)
    st = empty_in_inputs_order(dt, nd + 1, shape, n, (const int64_t(*)[NDP_MAXDIMS])shapes,
                               (const int64_t(*)[NDP_MAXDIMS])strides, &r, err);
  free(shapes);
  free(strides);
  NDP_RETURN_NOT_OK(st);
  for (int i = 0; i < n; i++) {
    /* the slab r[..., i, ...] has ts[i]'s shape */
    struct ndp_tensor slab = r; /* borrowed description */
    slab.offset += i * r.strides[axis];
    slab.ndim = nd;
    for (int k = 0, d = 0; k < nd + 1; k++) {
      if (k == axis) continue;
      slab.shape[d] = r.shape[k];
      slab.strides[d] = r.strides[k];
      d++;
    }
    copy_elements(ts[i], &slab);
  }
  *out = r;
  return NDP_OK;
}

/* ------------------------------------------------------------ dispatch */

enum ndp_status ndp_oracle_shape_op(const struct ndp_step *step,
                                    const struct ndp_tensor *const *operands,
                                    struct ndp_tensor *out, struct ndp_error *err) {
  if (step->nargs < 1)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "step %s has no operands", step->id);

  if (step->op == NDP_OP_CONCATENATE || step->op == NDP_OP_STACK) {
    int n = step->nargs;
    struct ndp_tensor *tmp = calloc((size_t)n, sizeof *tmp);
    const struct ndp_tensor **ts = calloc((size_t)n, sizeof *ts);
    bool *owned = calloc((size_t)n, sizeof *owned);
    enum ndp_status st = NDP_OK;
    int got = 0;
    if (tmp == NULL || ts == NULL || owned == NULL)
      st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    for (; st == NDP_OK && got < n; got++) {
      st = ndp_operand_tensor(step, operands, got, &tmp[got], &ts[got], &owned[got], err);
      if (st != NDP_OK) break;
    }
    if (st == NDP_OK)
      st = step->op == NDP_OP_CONCATENATE ? concatenate(step, n, ts, out, err)
                                          : stack(step, n, ts, out, err);
    for (int i = 0; i < got; i++)
      if (owned[i]) ndp_tensor_release(&tmp[i]);
    free(tmp);
    free(ts);
    free(owned);
    return st;
  }

  struct ndp_tensor tmp = {0};
  const struct ndp_tensor *t = NULL;
  bool owned = false;
  NDP_RETURN_NOT_OK(ndp_operand_tensor(step, operands, 0, &tmp, &t, &owned, err));
  enum ndp_status st;
  switch (step->op) {
  case NDP_OP_RESHAPE:
    st = reshape(t, step->shape_ndim, step->shape, step->order == 'F' ? 'F' : 'C', out, err);
    break;
  case NDP_OP_TRANSPOSE:
    st = transpose(step, t, out, err);
    break;
  case NDP_OP_EXPAND_DIMS:
    st = expand_dims(step, t, out, err);
    break;
  case NDP_OP_SQUEEZE:
    st = squeeze(step, t, out, err);
    break;
  case NDP_OP_BROADCAST_TO:
    st = broadcast_to(step, t, out, err);
    break;
  case NDP_OP_GETITEM:
    st = getitem(step, t, out, err);
    break;
  case NDP_OP_ASTYPE:
    st = astype(step, t, out, err);
    break;
  case NDP_OP_COPY:
    st = ndp_copy_keep(t, 'K', out, err);
    break;
  case NDP_OP_ASCONTIGUOUSARRAY:
    st = as_contiguous(t, 'C', out, err);
    break;
  case NDP_OP_ASFORTRANARRAY:
    st = as_contiguous(t, 'F', out, err);
    break;
  case NDP_OP_RAVEL:
    st = ravel(t, step->order == 'F' ? 'F' : 'C', out, err);
    break;
  default:
    st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "%s is not a shape op",
                       ndp_op_name(step->op));
    break;
  }
  if (owned) ndp_tensor_release(&tmp);
  return st;
}
