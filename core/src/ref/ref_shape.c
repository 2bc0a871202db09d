/* ref: shape and layout operations, broadcasting, and copies.
 *
 * Views are the operand's buffer with a new (shape, strides, offset): they
 * keep the operand's dtype and byte order and copy nothing. Copies go
 * through one strided transfer engine (strided_transfer below) that
 * simplifies the iteration first (drops length-1 axes, orders the axes by
 * the destination's strides, merges axes that are contiguous in both
 * source and destination) and then runs either a plain loop with a
 * contiguous or strided inner run, or, when the source's and the
 * destination's fastest axes differ, a cache-blocked transposing copy.
 *
 * Whether NumPy 1.24 returns a view or a copy is part of the semantics
 * (the harness compares np.shares_memory), so each operation says which
 * NumPy code path decides it. Written independently of oracles/ (STYLE.md
 * rule 7).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ref_internal.h"

/* ------------------------------------------------------------ arithmetic */

static uint64_t mag64(int64_t x) {
  return x < 0 ? 0u - (uint64_t)x : (uint64_t)x;
}

/* a * b for any signed values; false when the product does not fit. */
static bool mul_i64(int64_t a, int64_t b, int64_t *out) {
  if (a == 0 || b == 0) {
    *out = 0;
    return true;
  }
  uint64_t ua = mag64(a), ub = mag64(b);
  if (ua > UINT64_MAX / ub) return false;
  uint64_t m = ua * ub;
  if ((a < 0) != (b < 0)) {
    if (m > (uint64_t)INT64_MAX + 1u) return false;
    *out = m == (uint64_t)INT64_MAX + 1u ? INT64_MIN : -(int64_t)m;
  } else {
    if (m > (uint64_t)INT64_MAX) return false;
    *out = (int64_t)m;
  }
  return true;
}

static enum ndp_status oom(struct ndp_error *err) {
  return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
}

/* A shape as NumPy's broadcasting and reshape messages write it: "(2,3)",
 * "(4,)", "()" (no spaces). */
static void shape_compact(int ndim, const int64_t *shape, char *buf, size_t size) {
  size_t n = 0;
  n += (size_t)snprintf(buf, size, "(");
  for (int k = 0; k < ndim && n < size; k++)
    n += (size_t)snprintf(buf + n, size - n, k ? ",%lld" : "%lld", (long long)shape[k]);
  if (n < size) snprintf(buf + n, size - n, ndim == 1 ? ",)" : ")");
}

/* repr() of a dtype as NumPy's cast messages write it: dtype('float64'), or
 * dtype('>f8') when the bytes are not in the machine's order. */
static void dtype_repr(enum ndp_dtype dt, bool swapped, char *buf, size_t size) {
  const struct ndp_dtype_info *in = ndp_dtype_info(dt);
  if (swapped && in->itemsize > 1) {
    const uint16_t one = 1;
    unsigned char lo;
    memcpy(&lo, &one, 1);
    /* swapped means the opposite of the machine's order */
    snprintf(buf, size, "dtype('%c%c%d')", lo == 1 ? '>' : '<', in->typechar, in->itemsize);
  } else {
    snprintf(buf, size, "dtype('%s')", in->name);
  }
}

/* ------------------------------------------------------------ public helpers */

enum ndp_status ndp_ref_normalize_axis(int64_t axis, int ndim, int *out, struct ndp_error *err) {
  if (axis < -(int64_t)ndim || axis >= (int64_t)ndim)
    return ndp_step_error(err, NDP_ERRC_AXIS,
                          "axis %lld is out of bounds for array of dimension %d", (long long)axis,
                          ndim);
  *out = (int)(axis < 0 ? axis + ndim : axis);
  return NDP_OK;
}

/* NumPy's broadcasting rule: shapes aligned on the right; each dimension
 * equal, or 1 (which stretches). The message lists every shape, as
 * "operands could not be broadcast together with shapes (2,3) (4,) ". */
enum ndp_status ndp_ref_broadcast_shapes(int n, const int *ndims, const int64_t *const *shapes,
                                         int *out_ndim, int64_t *out_shape, struct ndp_error *err) {
  int nd = 0;
  for (int i = 0; i < n; i++)
    if (ndims[i] > nd) nd = ndims[i];
  if (nd > NDP_MAXDIMS)
    return ndp_step_error(err, NDP_ERRC_VALUE, "maximum supported dimension for an ndarray is %d",
                          NDP_MAXDIMS);
  for (int k = 0; k < nd; k++) out_shape[k] = 1;
  for (int i = 0; i < n; i++) {
    int off = nd - ndims[i];
    for (int k = 0; k < ndims[i]; k++) {
      int64_t d = shapes[i][k];
      int64_t *o = &out_shape[off + k];
      if (d == *o || d == 1) continue;
      if (*o == 1) {
        *o = d;
        continue;
      }
      char msg[NDP_ERROR_MSG_MAX];
      size_t len = (size_t)snprintf(msg, sizeof msg,
                                    "operands could not be broadcast together with shapes ");
      for (int j = 0; j < n && len < sizeof msg; j++) {
        char s[160];
        shape_compact(ndims[j], shapes[j], s, sizeof s);
        len += (size_t)snprintf(msg + len, sizeof msg - len, "%s ", s);
      }
      return ndp_step_error(err, NDP_ERRC_BROADCAST, "%s", msg);
    }
  }
  *out_ndim = nd;
  return NDP_OK;
}

/* ------------------------------------------------------------ transfer engine */

/* What one transfer converts: source dtype and byte order to a native
 * destination dtype. plain: the same dtype in native order (a byte copy). */
struct xfer {
  enum ndp_dtype sdt;
  bool sswap;
  enum ndp_dtype ddt;
  bool plain;
  int isz; /* source item size */
};

static struct xfer xfer_of(enum ndp_dtype sdt, bool sswap, enum ndp_dtype ddt) {
  struct xfer x;
  x.sdt = sdt;
  x.ddt = ddt;
  x.isz = ndp_dtype_size(sdt);
  x.sswap = sswap && x.isz > 1;
  x.plain = sdt == ddt && !x.sswap;
  return x;
}

/* Byte copies of n items of size isz (strides in bytes). Element access
 * goes through fixed-size memcpy (one load/store each once compiled; no
 * alignment assumption). */
#define DEFINE_RUN(NAME, SIZE)                                                                     \
  static void NAME(const unsigned char *restrict s, int64_t ss, unsigned char *restrict d,         \
                   int64_t ds, int64_t n) {                                                        \
    if (ss == (SIZE) && ds == (SIZE)) {                                                            \
      memcpy(d, s, (size_t)n *(SIZE));                                                             \
    } else if (ds == (SIZE)) {                                                                     \
      for (int64_t i = 0; i < n; i++) memcpy(d + i * (SIZE), s + i * ss, (SIZE));                  \
    } else {                                                                                       \
      for (int64_t i = 0; i < n; i++) memcpy(d + i * ds, s + i * ss, (SIZE));                      \
    }                                                                                              \
  }
DEFINE_RUN(run1, 1)
DEFINE_RUN(run2, 2)
DEFINE_RUN(run4, 4)
DEFINE_RUN(run8, 8)
DEFINE_RUN(run16, 16)
#undef DEFINE_RUN

static void xfer_run(const struct xfer *x, const unsigned char *s, int64_t ss, unsigned char *d,
                     int64_t ds, int64_t n) {
  if (!x->plain) {
    ndp_ref_cast_strided(x->sdt, x->sswap, s, ss, x->ddt, d, ds, n);
    return;
  }
  switch (x->isz) {
  case 1:
    run1(s, ss, d, ds, n);
    break;
  case 2:
    run2(s, ss, d, ds, n);
    break;
  case 4:
    run4(s, ss, d, ds, n);
    break;
  case 8:
    run8(s, ss, d, ds, n);
    break;
  default:
    run16(s, ss, d, ds, n);
    break;
  }
}

/* One tile of a transposing byte copy: rows along b (nb of them), each a
 * run of na items along a; the destination is contiguous along a in the
 * common case, the source along b. Unrolled per item size so the tile's
 * loops compile to plain loads and stores. */
#define DEFINE_TILE(NAME, SIZE)                                                                    \
  static void NAME(const unsigned char *restrict s, int64_t ssa, int64_t ssb,                      \
                   unsigned char *restrict d, int64_t dsa, int64_t dsb, int64_t na, int64_t nb) {  \
    for (int64_t ib = 0; ib < nb; ib++) {                                                          \
      const unsigned char *sr = s + ib * ssb;                                                      \
      unsigned char *dr = d + ib * dsb;                                                            \
      for (int64_t ia = 0; ia < na; ia++) memcpy(dr + ia * dsa, sr + ia * ssa, (SIZE));            \
    }                                                                                              \
  }
DEFINE_TILE(tile1, 1)
DEFINE_TILE(tile2, 2)
DEFINE_TILE(tile4, 4)
DEFINE_TILE(tile8, 8)
DEFINE_TILE(tile16, 16)
#undef DEFINE_TILE

#if defined(__SSE2__)
/* The common transposing tile, where the destination is contiguous along a
 * and the source along b, moved through registers in square blocks
 * (4x4 of 4-byte items, 2x2 of 8-byte items) so that every load and store
 * is a full 16-byte vector. Items are aligned to their size (buffers are
 * 64-byte aligned and every offset and stride is a multiple of the item
 * size), which is all the unaligned vector loads need. */
static void tile4_sse(const unsigned char *s, int64_t ssa, unsigned char *d, int64_t dsb,
                      int64_t na, int64_t nb) {
  int64_t ib = 0;
  for (; ib + 4 <= nb; ib += 4) {
    int64_t ia = 0;
    for (; ia + 4 <= na; ia += 4) {
      const unsigned char *p = s + ia * ssa + ib * 4;
      __m128 r0 = _mm_loadu_ps((const float *)(const void *)p);
      __m128 r1 = _mm_loadu_ps((const float *)(const void *)(p + ssa));
      __m128 r2 = _mm_loadu_ps((const float *)(const void *)(p + 2 * ssa));
      __m128 r3 = _mm_loadu_ps((const float *)(const void *)(p + 3 * ssa));
      _MM_TRANSPOSE4_PS(r0, r1, r2, r3);
      unsigned char *q = d + ib * dsb + ia * 4;
      _mm_storeu_ps((float *)(void *)q, r0);
      _mm_storeu_ps((float *)(void *)(q + dsb), r1);
      _mm_storeu_ps((float *)(void *)(q + 2 * dsb), r2);
      _mm_storeu_ps((float *)(void *)(q + 3 * dsb), r3);
    }
    for (; ia < na; ia++)
      for (int64_t k = 0; k < 4; k++)
        memcpy(d + (ib + k) * dsb + ia * 4, s + ia * ssa + (ib + k) * 4, 4);
  }
  for (; ib < nb; ib++)
    for (int64_t ia = 0; ia < na; ia++) memcpy(d + ib * dsb + ia * 4, s + ia * ssa + ib * 4, 4);
}

static void tile8_sse(const unsigned char *s, int64_t ssa, unsigned char *d, int64_t dsb,
                      int64_t na, int64_t nb) {
  int64_t ib = 0;
  for (; ib + 2 <= nb; ib += 2) {
    int64_t ia = 0;
    for (; ia + 2 <= na; ia += 2) {
      const unsigned char *p = s + ia * ssa + ib * 8;
      __m128d r0 = _mm_loadu_pd((const double *)(const void *)p);
      __m128d r1 = _mm_loadu_pd((const double *)(const void *)(p + ssa));
      unsigned char *q = d + ib * dsb + ia * 8;
      _mm_storeu_pd((double *)(void *)q, _mm_unpacklo_pd(r0, r1));
      _mm_storeu_pd((double *)(void *)(q + dsb), _mm_unpackhi_pd(r0, r1));
    }
    for (; ia < na; ia++)
      for (int64_t k = 0; k < 2; k++)
        memcpy(d + (ib + k) * dsb + ia * 8, s + ia * ssa + (ib + k) * 8, 8);
  }
  for (; ib < nb; ib++)
    for (int64_t ia = 0; ia < na; ia++) memcpy(d + ib * dsb + ia * 8, s + ia * ssa + ib * 8, 8);
}
#endif

static void xfer_tile(const struct xfer *x, const unsigned char *s, int64_t ssa, int64_t ssb,
                      unsigned char *d, int64_t dsa, int64_t dsb, int64_t na, int64_t nb) {
#if defined(__SSE2__)
  if (x->plain && x->isz == 4 && dsa == 4 && ssb == 4) {
    tile4_sse(s, ssa, d, dsb, na, nb);
    return;
  }
  if (x->plain && x->isz == 8 && dsa == 8 && ssb == 8) {
    tile8_sse(s, ssa, d, dsb, na, nb);
    return;
  }
#endif
  if (!x->plain) {
    for (int64_t ib = 0; ib < nb; ib++)
      ndp_ref_cast_strided(x->sdt, x->sswap, s + ib * ssb, ssa, x->ddt, d + ib * dsb, dsa, na);
    return;
  }
  switch (x->isz) {
  case 1:
    tile1(s, ssa, ssb, d, dsa, dsb, na, nb);
    break;
  case 2:
    tile2(s, ssa, ssb, d, dsa, dsb, na, nb);
    break;
  case 4:
    tile4(s, ssa, ssb, d, dsa, dsb, na, nb);
    break;
  case 8:
    tile8(s, ssa, ssb, d, dsa, dsb, na, nb);
    break;
  default:
    tile16(s, ssa, ssb, d, dsa, dsb, na, nb);
    break;
  }
}

/* Tile edge in items: a tile's source and destination rows (2 * T * T
 * items) stay within L1 for every item size. */
static int64_t tile_edge(int isz) {
  return isz <= 4 ? 64 : isz == 8 ? 32 : 16;
}

/* A source stride (bytes) beyond which a plain inner loop stops reusing
 * cache lines and the blocked copy pays off. */
#define TILE_MIN_STRIDE 256

/* Copies, converting, every element of the strided source (shape, ss) at
 * src into the strided destination (same shape, ds) at dst. The two must
 * not overlap. */
static void strided_transfer(const struct xfer *x, int ndim, const int64_t *shape_in,
                             const unsigned char *src, const int64_t *ss_in, unsigned char *dst,
                             const int64_t *ds_in) {
  int64_t shape[NDP_MAXDIMS], ss[NDP_MAXDIMS], ds[NDP_MAXDIMS];
  int nd = 0;
  for (int k = 0; k < ndim; k++) {
    if (shape_in[k] == 0) return;
    if (shape_in[k] == 1) continue;
    shape[nd] = shape_in[k];
    ss[nd] = ss_in[k];
    ds[nd] = ds_in[k];
    nd++;
  }
  /* order by decreasing |destination stride| (stable insertion sort) */
  for (int i = 1; i < nd; i++) {
    int64_t sh = shape[i], a = ss[i], b = ds[i];
    int j = i;
    while (j > 0 && mag64(ds[j - 1]) < mag64(b)) {
      shape[j] = shape[j - 1];
      ss[j] = ss[j - 1];
      ds[j] = ds[j - 1];
      j--;
    }
    shape[j] = sh;
    ss[j] = a;
    ds[j] = b;
  }
  /* merge an axis into the next (faster) one when both sides step evenly */
  int m = 0;
  for (int k = 1; k < nd; k++) {
    int64_t sp, dp;
    if (mul_i64(ss[k], shape[k], &sp) && mul_i64(ds[k], shape[k], &dp) && ss[m] == sp &&
        ds[m] == dp) {
      shape[m] *= shape[k]; /* a sub-product of the element count: fits */
      ss[m] = ss[k];
      ds[m] = ds[k];
    } else {
      m++;
      shape[m] = shape[k];
      ss[m] = ss[k];
      ds[m] = ds[k];
    }
  }
  nd = nd == 0 ? 0 : m + 1;
  if (nd == 0) {
    xfer_run(x, src, 0, dst, 0, 1);
    return;
  }

  int a = nd - 1; /* the destination's fastest axis */
  int b = a;      /* the source's fastest axis */
  for (int k = 0; k < nd; k++)
    if (mag64(ss[k]) < mag64(ss[b])) b = k;
  int64_t edge = tile_edge(x->isz);
  /* blocking pays when both fast axes are long enough to fill tiles */
  bool tiled = b != a && mag64(ss[a]) >= TILE_MIN_STRIDE && shape[a] >= 8 && shape[b] >= 8;

  int64_t idx[NDP_MAXDIMS];
  memset(idx, 0, sizeof idx);
  /* offsets of the current outer position; they only ever name elements */
  int64_t so = 0, dof = 0;
  if (!tiled) {
    /* odometer over axes 0..a-1, inner run along a */
    for (;;) {
      xfer_run(x, src + so, ss[a], dst + dof, ds[a], shape[a]);
      int k = a - 1;
      for (; k >= 0; k--) {
        if (++idx[k] < shape[k]) {
          so += ss[k];
          dof += ds[k];
          break;
        }
        so -= ss[k] * (shape[k] - 1);
        dof -= ds[k] * (shape[k] - 1);
        idx[k] = 0;
      }
      if (k < 0) return;
    }
  }
  /* blocked: odometer over the axes other than a and b, tiles over (b, a) */
  for (;;) {
    for (int64_t b0 = 0; b0 < shape[b]; b0 += edge) {
      int64_t nb = shape[b] - b0 < edge ? shape[b] - b0 : edge;
      for (int64_t a0 = 0; a0 < shape[a]; a0 += edge) {
        int64_t na = shape[a] - a0 < edge ? shape[a] - a0 : edge;
        xfer_tile(x, src + so + b0 * ss[b] + a0 * ss[a], ss[a], ss[b],
                  dst + dof + b0 * ds[b] + a0 * ds[a], ds[a], ds[b], na, nb);
      }
    }
    int k = nd - 1;
    for (; k >= 0; k--) {
      if (k == a || k == b) continue;
      if (++idx[k] < shape[k]) {
        so += ss[k];
        dof += ds[k];
        break;
      }
      so -= ss[k] * (shape[k] - 1);
      dof -= ds[k] * (shape[k] - 1);
      idx[k] = 0;
    }
    if (k < 0) return;
  }
}

/* ------------------------------------------------------------ layouts */

/* NumPy's order='K' allocation (PyArray_NewLikeArray): C order when the
 * source is C-contiguous or has at most one axis, F order when it is
 * F-contiguous, otherwise the axes sorted by decreasing |stride| (stable:
 * PyArray_CreateSortedStridePerm) are laid out C-contiguously. perm[0] is
 * the slowest axis. */
static void keep_order_perm(const struct ndp_tensor *t, int *perm) {
  int nd = t->ndim;
  if (nd <= 1 || ndp_tensor_is_c_contiguous(t)) {
    for (int k = 0; k < nd; k++) perm[k] = k;
    return;
  }
  if (ndp_tensor_is_f_contiguous(t)) {
    for (int k = 0; k < nd; k++) perm[k] = nd - 1 - k;
    return;
  }
  for (int i = 0; i < nd; i++) {
    int ax = i, j = i;
    while (j > 0 && mag64(t->strides[perm[j - 1]]) < mag64(t->strides[ax])) {
      perm[j] = perm[j - 1];
      j--;
    }
    perm[j] = ax;
  }
}

/* A new native tensor of dtype dt and t's shape, its axes laid out
 * C-contiguously in the order perm (slowest first). */
static enum ndp_status alloc_perm(enum ndp_dtype dt, int ndim, const int64_t *shape,
                                  const int *perm, struct ndp_tensor *out, struct ndp_error *err) {
  int64_t pshape[NDP_MAXDIMS] = {0};
  for (int k = 0; k < ndim; k++) pshape[k] = shape[perm[k]];
  NDP_RETURN_NOT_OK(ndp_tensor_new_uninit(dt, ndim, pshape, 'C', out, err));
  int64_t st[NDP_MAXDIMS];
  for (int k = 0; k < ndim; k++) st[perm[k]] = out->strides[k];
  for (int k = 0; k < ndim; k++) {
    out->shape[k] = shape[k];
    out->strides[k] = st[k];
  }
  return NDP_OK;
}

static int64_t nbytes_of(const struct ndp_tensor *t) {
  return ndp_tensor_size(t) * ndp_dtype_size(t->dtype);
}

enum ndp_status ndp_ref_copy(const struct ndp_tensor *t, enum ndp_dtype dt, char order,
                             struct ndp_tensor *out, struct ndp_error *err) {
  int perm[NDP_MAXDIMS];
  if (order == 'F') {
    for (int k = 0; k < t->ndim; k++) perm[k] = t->ndim - 1 - k;
  } else if (order == 'K') {
    keep_order_perm(t, perm);
  } else {
    for (int k = 0; k < t->ndim; k++) perm[k] = k;
  }
  struct ndp_tensor r;
  NDP_RETURN_NOT_OK(alloc_perm(dt, t->ndim, t->shape, perm, &r, err));
  struct xfer x = xfer_of(t->dtype, t->swapped, dt);
  if (ndp_tensor_size(t) > 0)
    strided_transfer(&x, t->ndim, t->shape, t->buf->data + t->offset, t->strides,
                     r.buf->data + r.offset, r.strides);
  *out = r;
  return NDP_OK;
}

bool ndp_ref_step_dtype_swapped(const struct ndp_step *step) {
  return step->has_dtype && step->dtype_swapped && ndp_dtype_size(step->dtype) > 1;
}

/* Rewrites a dense new tensor of native items in the other byte order
 * (complex items swap each part) and marks it swapped. */
static void swap_dense(struct ndp_tensor *r) {
  int isz = ndp_dtype_size(r->dtype);
  int c = ndp_dtype_kind(r->dtype) == NDP_KIND_COMPLEX ? isz / 2 : isz;
  int64_t n = nbytes_of(r) / c;
  unsigned char *p = r->buf->data + r->offset;
  for (int64_t i = 0; i < n; i++) {
    unsigned char *q = p + i * c;
    for (int a = 0, b = c - 1; a < b; a++, b--) {
      unsigned char tmp = q[a];
      q[a] = q[b];
      q[b] = tmp;
    }
  }
  r->swapped = true;
}

/* A copy of t in the same dtype and byte order (np.copy, a copying
 * reshape/ravel/ascontiguousarray keep a '>f4' array's dtype). */
static enum ndp_status copy_keep(const struct ndp_tensor *t, char order, struct ndp_tensor *out,
                                 struct ndp_error *err) {
  NDP_RETURN_NOT_OK(ndp_ref_copy(t, t->dtype, order, out, err));
  if (t->swapped && ndp_dtype_size(t->dtype) > 1) swap_dense(out);
  return NDP_OK;
}

/* Contiguous strides for shape in order 'C' or 'F' (NumPy's
 * _array_fill_strides: a zero-length axis counts as 1). Only a zero-size
 * array can have dimensions whose product overflows; its strides are never
 * used, so the running product just stops growing there. */
static void fill_strides(int ndim, const int64_t *shape, int isz, char order, int64_t *strides) {
  int64_t s = isz;
  for (int i = 0; i < ndim; i++) {
    int k = order == 'F' ? i : ndim - 1 - i;
    strides[k] = s;
    int64_t next;
    if (mul_i64(s, shape[k] > 0 ? shape[k] : 1, &next)) s = next;
  }
}

static bool contiguous_in(const struct ndp_tensor *t, char order) {
  return order == 'F' ? ndp_tensor_is_f_contiguous(t) : ndp_tensor_is_c_contiguous(t);
}

/* ------------------------------------------------------------ reshape */

/* NumPy's _attempt_nocopy_reshape (shape.c): whether t (nonzero size,
 * equal to the product of newdims) can be seen as newdims without a copy
 * when read in order 'C' or 'F', and the strides of that view.
 *
 * Length-1 axes of t are ignored. Old and new axes are consumed in runs
 * whose products agree; within a run the old axes must be contiguous with
 * each other in the reading order, and the new axes of the run get the
 * strides that walk it in that order. New axes of length 1 after the last
 * run take the stride just past it. */
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
  int oi = 0, oj = 1, ni = 0, nj = 1;
  while (ni < newnd && oi < ond) {
    /* both products stay within the total size, which fits in int64 */
    int64_t np = newdims[ni], op = od[oi];
    while (np != op) {
      if (np < op) {
        if (nj >= newnd) return false; /* unreachable when sizes agree */
        np *= newdims[nj++];
      } else {
        if (oj >= ond) return false;
        op *= od[oj++];
      }
    }
    for (int ok = oi; ok < oj - 1; ok++) {
      if (f ? os[ok + 1] != od[ok] * os[ok] : os[ok] != od[ok + 1] * os[ok + 1]) return false;
    }
    if (f) {
      newstrides[ni] = os[oi];
      for (int nk = ni + 1; nk < nj; nk++) newstrides[nk] = newstrides[nk - 1] * newdims[nk - 1];
    } else {
      newstrides[nj - 1] = os[oj - 1];
      for (int nk = nj - 1; nk > ni; nk--) newstrides[nk - 1] = newstrides[nk] * newdims[nk];
    }
    ni = nj++;
    oi = oj++;
  }
  int64_t last = ni >= 1 ? newstrides[ni - 1] : ndp_dtype_size(t->dtype);
  if (f && ni >= 1) last *= newdims[ni - 1];
  for (int nk = ni; nk < newnd; nk++) newstrides[nk] = last;
  return true;
}

/* NumPy writes the requested shape of a failed reshape with unknown
 * (negative) entries as "newaxis" and leading ones dropped:
 * "cannot reshape array of size 6 into shape (4,newaxis)". */
static void reshape_shape_str(int n, const int64_t *dims, char *buf, size_t size) {
  int i = 0;
  while (i < n && dims[i] < 0) i++;
  size_t len = (size_t)snprintf(buf, size, "(");
  for (int k = i; k < n && len < size; k++) {
    if (k > i) len += (size_t)snprintf(buf + len, size - len, ",");
    if (dims[k] < 0)
      len += (size_t)snprintf(buf + len, size - len, "newaxis");
    else
      len += (size_t)snprintf(buf + len, size - len, "%lld", (long long)dims[k]);
  }
  if (len < size) snprintf(buf + len, size - len, n - i == 1 ? ",)" : ")");
}

static enum ndp_status reshape_error(const struct ndp_tensor *t, int n, const int64_t *dims,
                                     struct ndp_error *err) {
  char s[256];
  reshape_shape_str(n, dims, s, sizeof s);
  return ndp_step_error(err, NDP_ERRC_RESHAPE, "cannot reshape array of size %lld into shape %s",
                        (long long)ndp_tensor_size(t), s);
}

/* np.reshape(t, dims, order) as PyArray_Newshape does it: the same shape
 * is a view; one unknown (any negative) entry is resolved from the size;
 * the sizes must agree; then a view with fresh strides when t is
 * contiguous in the order, else a view when the no-copy rule allows it,
 * else a copy in that order. */
static enum ndp_status reshape(const struct ndp_tensor *t, int n, const int64_t *dims_in,
                               char order, struct ndp_tensor *out, int64_t *bytes,
                               struct ndp_error *err) {
  if (n == t->ndim && memcmp(dims_in, t->shape, sizeof *dims_in * (size_t)n) == 0) {
    ndp_tensor_view(t, out);
    return NDP_OK;
  }
  int64_t dims[NDP_MAXDIMS];
  int unknown = -1;
  int64_t known = 1;
  for (int k = 0; k < n; k++) {
    dims[k] = dims_in[k];
    if (dims[k] < 0) {
      if (unknown >= 0)
        return ndp_step_error(err, NDP_ERRC_RESHAPE, "can only specify one unknown dimension");
      unknown = k;
    } else if (!mul_i64(known, dims[k], &known)) {
      return reshape_error(t, n, dims_in, err);
    }
  }
  int64_t size = ndp_tensor_size(t);
  if (unknown >= 0) {
    if (known == 0 || size % known != 0) return reshape_error(t, n, dims_in, err);
    dims[unknown] = size / known;
  } else if (known != size) {
    return reshape_error(t, n, dims_in, err);
  }
  int64_t strides[NDP_MAXDIMS];
  int isz = ndp_dtype_size(t->dtype);
  /* a zero-size result may still have too many items on its other axes
   * ("array is too big", PyArray_NewFromDescr) */
  NDP_RETURN_NOT_OK(ndp_shape_nbytes(n, dims, isz, NULL, err));
  if (contiguous_in(t, order)) {
    fill_strides(n, dims, isz, order, strides);
  } else if (!nocopy_reshape(t, n, dims, order, strides)) {
    struct ndp_tensor c;
    NDP_RETURN_NOT_OK(copy_keep(t, order, &c, err));
    *bytes += nbytes_of(&c);
    c.ndim = n;
    memcpy(c.shape, dims, sizeof *dims * (size_t)n);
    fill_strides(n, dims, isz, order, c.strides);
    *out = c;
    return NDP_OK;
  }
  struct ndp_tensor v;
  ndp_tensor_view(t, &v);
  v.ndim = n;
  memcpy(v.shape, dims, sizeof *dims * (size_t)n);
  memcpy(v.strides, strides, sizeof *strides * (size_t)n);
  *out = v;
  return NDP_OK;
}

/* ------------------------------------------------------------ axes ops */

/* np.transpose (PyArray_Transpose): as many axes as dimensions ("axes
 * don't match array"), each normalized and checked against the earlier
 * ones in turn ("repeated axis in transpose"). A view. */
static enum ndp_status transpose(const struct ndp_step *step, const struct ndp_tensor *t,
                                 struct ndp_tensor *out, struct ndp_error *err) {
  int nd = t->ndim;
  int perm[NDP_MAXDIMS];
  if (!step->has_axes) {
    for (int k = 0; k < nd; k++) perm[k] = nd - 1 - k;
  } else {
    if (step->naxes != nd) return ndp_step_error(err, NDP_ERRC_VALUE, "axes don't match array");
    bool seen[NDP_MAXDIMS] = {false};
    for (int i = 0; i < nd; i++) {
      int ax;
      NDP_RETURN_NOT_OK(ndp_ref_normalize_axis(step->axes[i], nd, &ax, err));
      if (seen[ax]) return ndp_step_error(err, NDP_ERRC_VALUE, "repeated axis in transpose");
      seen[ax] = true;
      perm[i] = ax;
    }
  }
  struct ndp_tensor v;
  ndp_tensor_view(t, &v);
  for (int k = 0; k < nd; k++) {
    v.shape[k] = t->shape[perm[k]];
    v.strides[k] = t->strides[perm[k]];
  }
  *out = v;
  return NDP_OK;
}

/* np.expand_dims: axes normalized against ndim + len(axes) (all bounds
 * first, then "repeated axis", ValueError), then a.reshape(new_shape),
 * which is always a view. */
static enum ndp_status expand_dims(const struct ndp_step *step, const struct ndp_tensor *t,
                                   struct ndp_tensor *out, int64_t *bytes, struct ndp_error *err) {
  int n = step->naxes;
  /* the axes against the new rank first (AxisError, "repeated axis"), then
   * the reshape past 32 dimensions (ValueError) */
  int outnd = t->ndim + n;
  int ax[NDP_MAXDIMS + 1];
  for (int i = 0; i < n; i++) {
    int a;
    NDP_RETURN_NOT_OK(ndp_ref_normalize_axis(step->axes[i], outnd, &a, err));
    for (int k = 0; k < i && k <= NDP_MAXDIMS; k++)
      if (ax[k] == a) return ndp_step_error(err, NDP_ERRC_VALUE, "repeated axis");
    if (i <= NDP_MAXDIMS) ax[i] = a;
  }
  if (outnd > NDP_MAXDIMS)
    return ndp_step_error(err, NDP_ERRC_VALUE,
                          "maximum supported dimension for an ndarray is %d, found %d", NDP_MAXDIMS,
                          outnd);
  bool isnew[NDP_MAXDIMS] = {false};
  for (int i = 0; i < n; i++) isnew[ax[i]] = true;
  int64_t shape[NDP_MAXDIMS];
  int j = 0;
  for (int k = 0; k < outnd; k++) shape[k] = isnew[k] ? 1 : t->shape[j++];
  return reshape(t, outnd, shape, 'C', out, bytes, err);
}

/* np.squeeze (PyArray_Squeeze / PyArray_SqueezeSelected): without axis
 * every length-1 axis goes; an int axis on a 0-d array may be 0 or -1
 * (kept for backwards compatibility); a list is normalized item by item
 * ("duplicate value in 'axis'"); a selected axis whose length is not 1 is
 * a ValueError. A view. */
static enum ndp_status squeeze(const struct ndp_step *step, const struct ndp_tensor *t,
                               struct ndp_tensor *out, struct ndp_error *err) {
  int nd = t->ndim;
  bool drop[NDP_MAXDIMS] = {false};
  if (!step->has_axes) {
    for (int k = 0; k < nd; k++) drop[k] = t->shape[k] == 1;
  } else if (!step->axis_is_list && nd == 0 && (step->axes[0] == 0 || step->axes[0] == -1)) {
    /* nothing to squeeze */
  } else {
    for (int i = 0; i < step->naxes; i++) {
      int ax;
      NDP_RETURN_NOT_OK(ndp_ref_normalize_axis(step->axes[i], nd, &ax, err));
      if (drop[ax]) return ndp_step_error(err, NDP_ERRC_VALUE, "duplicate value in 'axis'");
      drop[ax] = true;
    }
    for (int k = 0; k < nd; k++)
      if (drop[k] && t->shape[k] != 1)
        return ndp_step_error(err, NDP_ERRC_VALUE,
                              "cannot select an axis to squeeze out which has size not equal "
                              "to one");
  }
  struct ndp_tensor v;
  ndp_tensor_view(t, &v);
  int j = 0;
  for (int k = 0; k < nd; k++) {
    if (drop[k]) continue;
    v.shape[j] = t->shape[k];
    v.strides[j] = t->strides[k];
    j++;
  }
  v.ndim = j;
  *out = v;
  return NDP_OK;
}

/* np.broadcast_to (stride_tricks._broadcast_to), checks in NumPy's order:
 * a non-scalar to () fails, negative entries fail, then nditer's rules (a
 * target of lower rank, or a dimension that is neither equal nor 1). Every
 * failure is a ValueError that the case format classes as `broadcast`.
 * The result is a view with zero strides on the stretched axes. */
static enum ndp_status broadcast_to(const struct ndp_step *step, const struct ndp_tensor *t,
                                    struct ndp_tensor *out, struct ndp_error *err) {
  int n = step->shape_ndim;
  const int64_t *shape = step->shape;
  if (n == 0 && t->ndim > 0)
    return ndp_step_error(err, NDP_ERRC_BROADCAST,
                          "cannot broadcast a non-scalar to a scalar array");
  for (int k = 0; k < n; k++)
    if (shape[k] < 0)
      return ndp_step_error(err, NDP_ERRC_BROADCAST,
                            "all elements of broadcast shape must be non-negative");
  if (t->ndim > n)
    return ndp_step_error(err, NDP_ERRC_BROADCAST,
                          "input operand has more dimensions than allowed by the axis remapping");
  if (ndp_shape_nbytes(n, shape, ndp_dtype_size(t->dtype), NULL, NULL) != NDP_OK)
    return ndp_step_error(err, NDP_ERRC_BROADCAST, "iterator is too large");
  int off = n - t->ndim;
  struct ndp_tensor v;
  v = *t;
  for (int k = 0; k < n; k++) {
    if (k < off) {
      v.shape[k] = shape[k];
      v.strides[k] = 0;
      continue;
    }
    int64_t d = t->shape[k - off];
    if (d == shape[k]) {
      v.shape[k] = d;
      v.strides[k] = t->strides[k - off];
    } else if (d == 1) {
      v.shape[k] = shape[k];
      v.strides[k] = 0;
    } else {
      char a[160], b[160];
      shape_compact(t->ndim, t->shape, a, sizeof a);
      shape_compact(n, shape, b, sizeof b);
      return ndp_step_error(err, NDP_ERRC_BROADCAST,
                            "operands could not be broadcast together with remapped shapes "
                            "[original->remapped]: %s and requested shape %s",
                            a, b);
    }
  }
  v.ndim = n;
  v.readonly = true; /* np.broadcast_to returns a read-only view */
  ndp_tensor_view(&v, out);
  return NDP_OK;
}

/* ------------------------------------------------------------ getitem */

/* CPython's PySlice_Unpack + PySlice_AdjustIndices for an axis of length
 * len: the first index, the step, and the number of items. */
static void slice_indices(const struct ndp_index_item *it, int64_t len, int64_t *start_out,
                          int64_t *step_out, int64_t *n_out) {
  int64_t step = it->has_step ? it->step : 1;
  if (step < -INT64_MAX) step = -INT64_MAX;
  int64_t start = it->has_start ? it->start : step < 0 ? INT64_MAX : 0;
  int64_t stop = it->has_stop ? it->stop : step < 0 ? INT64_MIN : INT64_MAX;
  if (start < 0) {
    start = start < -len ? (step < 0 ? -1 : 0) : start + len;
  } else if (start >= len) {
    start = step < 0 ? len - 1 : len;
  }
  if (stop < 0) {
    stop = stop < -len ? (step < 0 ? -1 : 0) : stop + len;
  } else if (stop >= len) {
    stop = step < 0 ? len - 1 : len;
  }
  int64_t n = 0;
  if (step < 0) {
    if (stop < start) n = (start - stop - 1) / (0 - step) + 1;
  } else if (start < stop) {
    n = (stop - start - 1) / step + 1;
  }
  *start_out = start;
  *step_out = step;
  *n_out = n;
}

/* Basic indexing a[index] (prepare_index, then get_view_from_index): a
 * second "..." and too many indexed axes are IndexErrors found while
 * parsing; the items are then applied in order (an integer out of bounds
 * is an IndexError, a zero slice step a ValueError). An index of integers
 * only, one per axis (and () on a 0-d array), makes NumPy return a scalar:
 * here a new 0-d array (a copy of one item). Anything else is a view. */
static enum ndp_status getitem(const struct ndp_step *step, const struct ndp_tensor *t,
                               struct ndp_tensor *out, int64_t *bytes, struct ndp_error *err) {
  int nidx = 0, nints = 0, nnew = 0, nell = 0;
  for (int i = 0; i < step->nindex; i++) {
    switch (step->index[i].kind) {
    case NDP_IDX_INT:
      nints++, nidx++;
      break;
    case NDP_IDX_SLICE:
      nidx++;
      break;
    case NDP_IDX_NEWAXIS:
      nnew++;
      break;
    case NDP_IDX_ELLIPSIS:
      if (++nell > 1)
        return ndp_step_error(err, NDP_ERRC_INDEX,
                              "an index can only have a single ellipsis ('...')");
      break;
    }
  }
  if (nidx > t->ndim)
    return ndp_step_error(err, NDP_ERRC_INDEX,
                          "too many indices for array: array is %d-dimensional, but %d were "
                          "indexed",
                          t->ndim, nidx);
  int outnd = t->ndim - nints + nnew;
  if (outnd > NDP_MAXDIMS)
    return ndp_step_error(err, NDP_ERRC_INDEX,
                          "number of dimensions must be within [0, %d], indexing result would "
                          "have %d",
                          NDP_MAXDIMS, outnd);
  struct ndp_tensor v = *t;
  int src = 0, dstk = 0;
  for (int i = 0; i < step->nindex; i++) {
    const struct ndp_index_item *it = &step->index[i];
    switch (it->kind) {
    case NDP_IDX_INT: {
      int64_t len = t->shape[src], ix = it->i;
      if (ix < -len || ix >= len)
        return ndp_step_error(err, NDP_ERRC_INDEX,
                              "index %lld is out of bounds for axis %d with size %lld",
                              (long long)ix, src, (long long)len);
      if (ix < 0) ix += len;
      v.offset += ix * t->strides[src]; /* within the buffer */
      src++;
    } break;
    case NDP_IDX_SLICE: {
      if (it->has_step && it->step == 0)
        return ndp_step_error(err, NDP_ERRC_VALUE, "slice step cannot be zero");
      int64_t start, stp, n;
      slice_indices(it, t->shape[src], &start, &stp, &n);
      int64_t st = t->strides[src];
      if (n > 0) v.offset += start * st;
      if (n > 1 && !mul_i64(stp, st, &st))
        return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "slice stride overflow");
      v.shape[dstk] = n;
      v.strides[dstk] = st;
      dstk++, src++;
    } break;
    case NDP_IDX_NEWAXIS:
      v.shape[dstk] = 1;
      v.strides[dstk] = 0;
      dstk++;
      break;
    case NDP_IDX_ELLIPSIS:
      for (int k = 0; k < t->ndim - nidx; k++, src++, dstk++) {
        v.shape[dstk] = t->shape[src];
        v.strides[dstk] = t->strides[src];
      }
      break;
    }
  }
  for (; src < t->ndim; src++, dstk++) {
    v.shape[dstk] = t->shape[src];
    v.strides[dstk] = t->strides[src];
  }
  v.ndim = dstk;
  if (nints == t->ndim && nints == step->nindex) {
    /* a scalar: one item, in native order */
    v.ndim = 0;
    NDP_RETURN_NOT_OK(ndp_ref_copy(&v, t->dtype, 'C', out, err));
    *bytes += ndp_dtype_size(t->dtype);
    return NDP_OK;
  }
  ndp_tensor_view(&v, out);
  return NDP_OK;
}

/* ------------------------------------------------------------ copies and layouts */

/* a.astype(dtype, casting=...): the cast must be allowed (np.can_cast; with
 * "no", a byte-swapped source differs from the native target even for the
 * same type); the result is always new, in order='K' layout. */
static enum ndp_status astype(const struct ndp_step *step, const struct ndp_tensor *t,
                              struct ndp_tensor *out, int64_t *bytes, struct ndp_error *err) {
  enum ndp_casting casting = step->has_casting ? step->casting : NDP_CAST_UNSAFE;
  bool to_swapped = ndp_ref_step_dtype_swapped(step);
  bool ok = ndp_ref_can_cast(t->dtype, step->dtype, casting);
  if (casting == NDP_CAST_NO && (t->swapped && ndp_dtype_size(t->dtype) > 1) != to_swapped)
    ok = false;
  if (!ok) {
    char a[48], b[48];
    dtype_repr(t->dtype, t->swapped, a, sizeof a);
    dtype_repr(step->dtype, to_swapped, b, sizeof b);
    return ndp_step_error(err, NDP_ERRC_CAST,
                          "Cannot cast %s from %s to %s according to the rule '%s'",
                          t->ndim == 0 ? "scalar" : "array data", a, b, ndp_casting_name(casting));
  }
  NDP_RETURN_NOT_OK(ndp_ref_copy(t, step->dtype, 'K', out, err));
  *bytes += nbytes_of(out);
  if (to_swapped) swap_dense(out);
  return NDP_OK;
}

/* np.ascontiguousarray / np.asfortranarray: np.array(a, copy=False,
 * order=..., ndmin=1). A 0-d array becomes a (1,) view; an array already
 * contiguous in the order is returned as is (a view, byte order kept);
 * anything else is copied in the order. */
static enum ndp_status as_contiguous(const struct ndp_tensor *t, char order, struct ndp_tensor *out,
                                     int64_t *bytes, struct ndp_error *err) {
  if (t->ndim == 0) {
    ndp_tensor_view(t, out);
    out->ndim = 1;
    out->shape[0] = 1;
    out->strides[0] = ndp_dtype_size(t->dtype);
    return NDP_OK;
  }
  if (contiguous_in(t, order)) {
    ndp_tensor_view(t, out);
    return NDP_OK;
  }
  NDP_RETURN_NOT_OK(copy_keep(t, order, out, err));
  *bytes += nbytes_of(out);
  return NDP_OK;
}

/* np.ravel(a, order) (PyArray_Ravel): a 1-d view when a is contiguous in
 * the order, otherwise a copy (PyArray_Flatten), even for a strided 1-d
 * array. */
static enum ndp_status ravel(const struct ndp_tensor *t, char order, struct ndp_tensor *out,
                             int64_t *bytes, struct ndp_error *err) {
  int64_t n = ndp_tensor_size(t);
  if (contiguous_in(t, order)) {
    ndp_tensor_view(t, out);
  } else {
    NDP_RETURN_NOT_OK(copy_keep(t, order, out, err));
    *bytes += nbytes_of(out);
  }
  out->ndim = 1;
  out->shape[0] = n;
  out->strides[0] = ndp_dtype_size(t->dtype);
  return NDP_OK;
}

/* ------------------------------------------------------------ joining */

/* NumPy's PyArray_CreateMultiSortedStridePerm: a stable insertion sort of
 * the axes by decreasing |stride| over all arrays, where an axis of length
 * 1 in an array says nothing, and conflicts between arrays resolve to C
 * order. perm[0] is the slowest axis of the result. */
static void multi_sorted_perm(int n, const struct ndp_tensor *const *ts, int ndim, int *perm) {
  for (int k = 0; k < ndim; k++) perm[k] = k;
  for (int i0 = 1; i0 < ndim; i0++) {
    int ipos = i0, j0 = perm[i0];
    for (int i1 = i0 - 1; i1 >= 0; i1--) {
      int j1 = perm[i1];
      bool ambig = true, swap = false;
      for (int a = 0; a < n; a++) {
        if (ts[a]->shape[j0] == 1 || ts[a]->shape[j1] == 1) continue;
        if (mag64(ts[a]->strides[j0]) <= mag64(ts[a]->strides[j1]))
          swap = false;
        else if (ambig)
          swap = true;
        ambig = false;
      }
      if (!ambig) {
        if (!swap) break;
        ipos = i1;
      }
    }
    for (int i = i0; i > ipos; i--) perm[i] = perm[i - 1];
    perm[ipos] = j0;
  }
}

/* np.asarray of step operand i: the operand itself (borrowed), or for a
 * Python scalar a new 0-d array of NumPy's default type for it: int64
 * (uint64 for ints in [2^63, 2^64)), float64, bool, complex128. */
static enum ndp_status operand_array(const struct ndp_step *step,
                                     const struct ndp_tensor *const *operands, int i,
                                     struct ndp_tensor *tmp, const struct ndp_tensor **t,
                                     int64_t *bytes, struct ndp_error *err) {
  memset(tmp, 0, sizeof *tmp);
  if (operands[i] != NULL) {
    *t = operands[i];
    return NDP_OK;
  }
  NDP_RETURN_NOT_OK(ndp_ref_pyscalar_array(&step->args[i], tmp, err));
  *bytes += ndp_dtype_size(tmp->dtype);
  *t = tmp;
  return NDP_OK;
}

static enum ndp_dtype joined_dtype(int n, const struct ndp_tensor *const *ts) {
  struct ndp_ref_operand ops[64];
  enum ndp_dtype dt = ts[0]->dtype;
  if (n <= 64) {
    for (int i = 0; i < n; i++) {
      ops[i].weak = false;
      ops[i].dtype = ts[i]->dtype;
      ops[i].pykind = NDP_ARG_REF;
    }
    return ndp_ref_result_type(n, ops);
  }
  for (int i = 1; i < n; i++) dt = ndp_ref_promote(dt, ts[i]->dtype);
  return dt;
}

/* np.concatenate(arrays, axis) (PyArray_ConcatenateArrays): the first
 * array sets ndim (0-d is a ValueError) and normalizes the axis; every
 * other array must have that ndim and the same dimensions off the axis.
 * The result's layout follows the arrays' strides (multi_sorted_perm). With
 * axis None (PyArray_ConcatenateFlattenedArrays) each array is read in C
 * order into a 1-d result. */
static enum ndp_status concatenate(const struct ndp_step *step, int n,
                                   const struct ndp_tensor *const *ts, struct ndp_tensor *out,
                                   int64_t *bytes, struct ndp_error *err) {
  enum ndp_dtype dt = joined_dtype(n, ts);
  struct ndp_tensor r;
  if (step->axis_is_null) {
    int64_t total = 0;
    for (int i = 0; i < n; i++) {
      int64_t sz = ndp_tensor_size(ts[i]);
      if (sz > INT64_MAX - total) return ndp_step_error(err, NDP_ERRC_VALUE, "array is too big");
      total += sz;
    }
    NDP_RETURN_NOT_OK(ndp_tensor_new_uninit(dt, 1, &total, 'C', &r, err));
    int64_t at = 0;
    int isz = ndp_dtype_size(dt);
    for (int i = 0; i < n; i++) {
      const struct ndp_tensor *a = ts[i];
      int64_t cs[NDP_MAXDIMS];
      fill_strides(a->ndim, a->shape, isz, 'C', cs);
      struct xfer x = xfer_of(a->dtype, a->swapped, dt);
      if (ndp_tensor_size(a) > 0)
        strided_transfer(&x, a->ndim, a->shape, a->buf->data + a->offset, a->strides,
                         r.buf->data + at * isz, cs);
      at += ndp_tensor_size(a);
    }
    *bytes += nbytes_of(&r);
    *out = r;
    return NDP_OK;
  }
  int nd = ts[0]->ndim;
  if (nd == 0)
    return ndp_step_error(err, NDP_ERRC_VALUE, "zero-dimensional arrays cannot be concatenated");
  int axis;
  NDP_RETURN_NOT_OK(ndp_ref_normalize_axis(step->has_axes ? step->axes[0] : 0, nd, &axis, err));
  int64_t shape[NDP_MAXDIMS];
  memcpy(shape, ts[0]->shape, sizeof *shape * (size_t)nd);
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
          return ndp_step_error(err, NDP_ERRC_VALUE, "array is too big");
        shape[k] += ts[i]->shape[k];
      } else if (shape[k] != ts[i]->shape[k]) {
        return ndp_step_error(err, NDP_ERRC_VALUE,
                              "all the input array dimensions except for the concatenation axis "
                              "must match exactly, but along dimension %d, the array at index 0 "
                              "has size %lld and the array at index %d has size %lld",
                              k, (long long)shape[k], i, (long long)ts[i]->shape[k]);
      }
    }
  }
  int perm[NDP_MAXDIMS];
  multi_sorted_perm(n, ts, nd, perm);
  NDP_RETURN_NOT_OK(alloc_perm(dt, nd, shape, perm, &r, err));
  int64_t at = 0;
  for (int i = 0; i < n; i++) {
    const struct ndp_tensor *a = ts[i];
    struct xfer x = xfer_of(a->dtype, a->swapped, dt);
    if (ndp_tensor_size(a) > 0)
      strided_transfer(&x, nd, a->shape, a->buf->data + a->offset, a->strides,
                       r.buf->data + r.offset + at * r.strides[axis], r.strides);
    at += a->shape[axis];
  }
  *bytes += nbytes_of(&r);
  *out = r;
  return NDP_OK;
}

/* np.stack(arrays, axis) (numpy/core/shape_base.py): all shapes equal ("all
 * input arrays must have the same shape"), the axis normalized against
 * ndim + 1, then each array gains that axis (length 1, stride 0) and they
 * are concatenated along it. */
static enum ndp_status stack(const struct ndp_step *step, int n, const struct ndp_tensor *const *ts,
                             struct ndp_tensor *out, int64_t *bytes, struct ndp_error *err) {
  int nd = ts[0]->ndim;
  for (int i = 1; i < n; i++) {
    if (ts[i]->ndim != nd || memcmp(ts[i]->shape, ts[0]->shape, sizeof(int64_t) * (size_t)nd) != 0)
      return ndp_step_error(err, NDP_ERRC_VALUE, "all input arrays must have the same shape");
  }
  /* the axis first (AxisError), then NumPy's expand_dims indexing past 32
   * dimensions (IndexError: "indexing result would have 33") */
  int axis;
  NDP_RETURN_NOT_OK(ndp_ref_normalize_axis(step->has_axes ? step->axes[0] : 0, nd + 1, &axis, err));
  if (nd + 1 > NDP_MAXDIMS)
    return ndp_step_error(err, NDP_ERRC_INDEX,
                          "number of dimensions must be within [0, %d], indexing result would "
                          "have %d",
                          NDP_MAXDIMS, nd + 1);
  struct ndp_tensor *ex = calloc((size_t)n, sizeof *ex);
  const struct ndp_tensor **exp = calloc((size_t)n, sizeof *exp);
  if (ex == NULL || exp == NULL) {
    free(ex);
    free(exp);
    return oom(err);
  }
  for (int i = 0; i < n; i++) {
    ex[i] = *ts[i]; /* borrowed description, no reference taken */
    ex[i].ndim = nd + 1;
    for (int k = nd; k > axis; k--) {
      ex[i].shape[k] = ts[i]->shape[k - 1];
      ex[i].strides[k] = ts[i]->strides[k - 1];
    }
    ex[i].shape[axis] = 1;
    ex[i].strides[axis] = 0;
    exp[i] = &ex[i];
  }
  struct ndp_step s = *step;
  s.axis_is_null = false;
  s.has_axes = true;
  s.naxes = 1;
  s.axes[0] = axis;
  enum ndp_status st = concatenate(&s, n, exp, out, bytes, err);
  free(ex);
  free(exp);
  return st;
}

/* ------------------------------------------------------------ dispatch */

static enum ndp_status join_op(const struct ndp_step *step,
                               const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                               int64_t *bytes, struct ndp_error *err) {
  int n = step->nargs;
  if (n < 1)
    return ndp_step_error(err, NDP_ERRC_VALUE, "need at least one array to %s",
                          step->op == NDP_OP_STACK ? "stack" : "concatenate");
  struct ndp_tensor *tmp = calloc((size_t)n, sizeof *tmp);
  const struct ndp_tensor **ts = calloc((size_t)n, sizeof *ts);
  if (tmp == NULL || ts == NULL) {
    free(tmp);
    free(ts);
    return oom(err);
  }
  enum ndp_status st = NDP_OK;
  int got = 0;
  for (; got < n && st == NDP_OK; got++)
    st = operand_array(step, operands, got, &tmp[got], &ts[got], bytes, err);
  if (st == NDP_OK)
    st = step->op == NDP_OP_STACK ? stack(step, n, ts, out, bytes, err)
                                  : concatenate(step, n, ts, out, bytes, err);
  for (int i = 0; i < got; i++) ndp_tensor_release(&tmp[i]);
  free(tmp);
  free(ts);
  return st;
}

enum ndp_status ndp_ref_shape_op(const struct ndp_step *step,
                                 const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                 int64_t *bytes_copied, struct ndp_error *err) {
  memset(out, 0, sizeof *out);
  int64_t bytes = 0;
  enum ndp_status st;
  if (step->op == NDP_OP_CONCATENATE || step->op == NDP_OP_STACK) {
    st = join_op(step, operands, out, &bytes, err);
  } else {
    if (step->nargs < 1)
      return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "step %s has no operands", step->id);
    struct ndp_tensor tmp;
    const struct ndp_tensor *t = NULL;
    NDP_RETURN_NOT_OK(operand_array(step, operands, 0, &tmp, &t, &bytes, err));
    switch (step->op) {
    case NDP_OP_RESHAPE:
      st = reshape(t, step->shape_ndim, step->shape, step->order == 'F' ? 'F' : 'C', out, &bytes,
                   err);
      break;
    case NDP_OP_TRANSPOSE:
      st = transpose(step, t, out, err);
      break;
    case NDP_OP_EXPAND_DIMS:
      st = expand_dims(step, t, out, &bytes, err);
      break;
    case NDP_OP_SQUEEZE:
      st = squeeze(step, t, out, err);
      break;
    case NDP_OP_BROADCAST_TO:
      st = broadcast_to(step, t, out, err);
      break;
    case NDP_OP_GETITEM:
      st = getitem(step, t, out, &bytes, err);
      break;
    case NDP_OP_ASTYPE:
      st = astype(step, t, out, &bytes, err);
      break;
    case NDP_OP_COPY:
      st = copy_keep(t, 'K', out, err);
      if (st == NDP_OK) bytes += nbytes_of(out);
      break;
    case NDP_OP_ASCONTIGUOUSARRAY:
      st = as_contiguous(t, 'C', out, &bytes, err);
      break;
    case NDP_OP_ASFORTRANARRAY:
      st = as_contiguous(t, 'F', out, &bytes, err);
      break;
    case NDP_OP_RAVEL:
      st = ravel(t, step->order == 'F' ? 'F' : 'C', out, &bytes, err);
      break;
    default:
      st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "%s is not a shape op",
                         ndp_op_name(step->op));
      break;
    }
    ndp_tensor_release(&tmp);
  }
  if (st != NDP_OK) {
    memset(out, 0, sizeof *out);
    return st;
  }
  if (bytes_copied != NULL) *bytes_copied += bytes;
  return NDP_OK;
}
