/* The oracle's reductions, with NumPy 1.24.2 semantics: sum, prod, min,
 * max, mean, argmin, argmax, any, all.
 *
 * Written for obvious correctness: elements are visited one multi-index at a
 * time and combined into per-output accumulators held as struct ndp_elem in
 * the loop dtype. Integer and boolean results do not depend on the order of
 * the visit; floating results do, so the visit follows the order NumPy's
 * reduction iterator uses (see struct visit_plan), and sums use NumPy's
 * pairwise summation inside each inner loop. That matters most for float16,
 * whose add and multiply loops accumulate in float32 within one inner-loop
 * call and round to half only at its end.
 */
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "oracle_internal.h"

/* ------------------------------------------------------------ axes */

/* The axis argument of ufunc.reduce (PyUFunc_GenericReduction): absent or
 * null reduces every axis; a single int is normalized, except that a 0-d
 * array accepts 0 and -1 and then reduces nothing (NumPy keeps that for
 * backwards compatibility); a list is normalized entry by entry (AxisError)
 * and only then checked for repeats ("duplicate value in 'axis'",
 * ValueError). */
static enum ndp_status ufunc_reduce_axes(const struct ndp_step *step, int ndim, bool *reduced,
                                         struct ndp_error *err) {
  for (int k = 0; k < NDP_MAXDIMS; k++) reduced[k] = false;
  if (!step->has_axes) {
    for (int k = 0; k < ndim; k++) reduced[k] = true;
    return NDP_OK;
  }
  if (!step->axis_is_list) {
    int64_t a = step->axes[0];
    if (ndim == 0 && (a == 0 || a == -1)) return NDP_OK;
    int k;
    NDP_RETURN_NOT_OK(ndp_normalize_axis(a, ndim, &k, err));
    reduced[k] = true;
    return NDP_OK;
  }
  int norm[NDP_MAXDIMS];
  for (int i = 0; i < step->naxes; i++)
    NDP_RETURN_NOT_OK(ndp_normalize_axis(step->axes[i], ndim, &norm[i], err));
  for (int i = 0; i < step->naxes; i++) {
    if (reduced[norm[i]]) return ndp_step_error(err, NDP_ERRC_VALUE, "duplicate value in 'axis'");
    reduced[norm[i]] = true;
  }
  return NDP_OK;
}

/* The shape of the result: reduced axes dropped, or kept as 1. */
static void result_shape(const struct ndp_tensor *t, const bool *reduced, bool keepdims, int *nd,
                         int64_t *shape) {
  int n = 0;
  for (int k = 0; k < t->ndim; k++) {
    if (!reduced[k])
      shape[n++] = t->shape[k];
    else if (keepdims)
      shape[n++] = 1;
  }
  *nd = n;
}

/* ------------------------------------------------------------ visit order */

/* The order in which NumPy's reduction iterator (a buffered NpyIter with
 * NPY_ITER_EXTERNAL_LOOP, order K, negative strides not flipped) walks the
 * operand, reduced to what changes floating results:
 *
 * - axes are sorted by decreasing |stride| of the operand, stably, with C
 *   order breaking ties (npyiter_find_best_axis_ordering; axes of length 1
 *   have stride 0 there and compare with nothing); each axis is walked in
 *   increasing index order;
 * - one call of NumPy's inner loop covers the fastest axes for as long as
 *   they are all reduced (axes of length 1 go with anything): a "binary
 *   reduce" into a single output element (pairwise sum; float16 rounds once
 *   at the end of the call). The operand's own strides do not matter here:
 *   what is not one strided run is copied into the iterator's buffer;
 * - a call never holds more than the buffer, 8192 elements: a longer run is
 *   split into calls of 8192 from its start;
 * - when the fastest axis is not reduced, each element is combined with its
 *   own output element on its own.
 *
 * This model was checked against NumPy 1.24.2 bit for bit on float16 sums
 * and products over random shapes, layouts (F order, negative and
 * non-unit strides, transposes), axis sets and sizes beyond the buffer. */
#define NPY_BUFSIZE 8192

struct visit_plan {
  int ndim;
  int perm[NDP_MAXDIMS]; /* axes, fastest first */
  int inner;             /* perm[0..inner) form the inner run */
  bool inner_reduces;
};

static uint64_t uabs64(int64_t x) {
  return x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
}

static void plan_visit(const struct ndp_tensor *t, const bool *reduced, struct visit_plan *p) {
  int nd = t->ndim;
  int64_t st[NDP_MAXDIMS];
  for (int k = 0; k < nd; k++) st[k] = t->shape[k] == 1 ? 0 : t->strides[k];
  p->ndim = nd;
  for (int i = 0; i < nd; i++) p->perm[i] = nd - 1 - i;
  for (int i0 = 1; i0 < nd; i0++) {
    int j0 = p->perm[i0], ipos = i0;
    for (int i1 = i0 - 1; i1 >= 0; i1--) {
      int j1 = p->perm[i1];
      if (st[j0] == 0 || st[j1] == 0) continue; /* ambiguous: look further */
      if (uabs64(st[j1]) <= uabs64(st[j0])) break;
      ipos = i1;
    }
    for (int i = i0; i > ipos; i--) p->perm[i] = p->perm[i - 1];
    p->perm[ipos] = j0;
  }
  /* the inner run: leading axes that are all reduced or all kept */
  int m = 0;
  bool decided = false, red = false;
  for (; m < nd; m++) {
    int k = p->perm[m];
    if (t->shape[k] == 1) continue;
    if (!decided) {
      decided = true;
      red = reduced[k];
    } else if (reduced[k] != red) {
      break;
    }
  }
  p->inner = m;
  p->inner_reduces = red;
}

/* Advances idx over the axes perm[lo..hi) (perm[lo] fastest); false after
 * the last. */
static bool odometer_next(const int *perm, int lo, int hi, const int64_t *shape, int64_t *idx) {
  for (int i = lo; i < hi; i++) {
    int k = perm[i];
    if (++idx[k] < shape[k]) return true;
    idx[k] = 0;
  }
  return false;
}

/* Combines a run of n values (in the loop dtype) into output element
 * out_index. */
typedef void (*combine_fn)(void *ctx, int64_t out_index, const struct ndp_elem *vals, int64_t n);

/* Visits every element of t in NumPy's order (plan), converted to dtype vdt,
 * calling combine once per inner-loop call when the inner run reduces (a
 * run longer than the buffer makes several calls), else once per element.
 * out_stride maps a multi-index to the output element (C order of the
 * result; 0 on reduced axes). */
static enum ndp_status visit(const struct ndp_tensor *t, const struct visit_plan *p,
                             const int64_t *out_stride, enum ndp_dtype vdt, combine_fn combine,
                             void *ctx, struct ndp_error *err) {
  if (ndp_tensor_size(t) == 0) return NDP_OK;
  struct ndp_elem *vals = malloc(NPY_BUFSIZE * sizeof *vals);
  if (vals == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  int64_t idx[NDP_MAXDIMS] = {0};
  do {
    int64_t j = 0, first = 0;
    do {
      struct ndp_elem e;
      ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
      if (t->dtype == vdt)
        vals[j] = e;
      else
        ndp_cast_elem(&e, vdt, &vals[j]);
      int64_t o = 0;
      for (int k = 0; k < t->ndim; k++) o += idx[k] * out_stride[k];
      if (!p->inner_reduces) {
        combine(ctx, o, &vals[0], 1);
        continue;
      }
      if (j == 0) first = o;
      if (++j == NPY_BUFSIZE) {
        combine(ctx, first, vals, j);
        j = 0;
      }
    } while (odometer_next(p->perm, 0, p->inner, t->shape, idx));
    if (j > 0) combine(ctx, first, vals, j);
  } while (odometer_next(p->perm, p->inner, p->ndim, t->shape, idx));
  free(vals);
  return NDP_OK;
}

/* ------------------------------------------------------------ arithmetic */

/* Integers wrap modulo 2^bits as NumPy's C loops do; computed on uint64 and
 * brought back to the dtype's range without signed overflow. */
static struct ndp_elem int_wrap(enum ndp_dtype dt, uint64_t bits) {
  struct ndp_elem e;
  e.dtype = dt;
  int nbits = 8 * ndp_dtype_size(dt);
  uint64_t mask = nbits == 64 ? UINT64_MAX : (((uint64_t)1 << nbits) - 1);
  bits &= mask;
  if (ndp_dtype_kind(dt) == NDP_KIND_UINT) {
    e.v.u = bits;
  } else {
    uint64_t sign = (uint64_t)1 << (nbits - 1);
    if (bits & sign) {
      /* value = bits - 2^nbits, i.e. -(2^nbits - bits) */
      uint64_t mag = (mask - bits) + 1; /* in [1, 2^(nbits-1)] */
      e.v.i = mag == ((uint64_t)1 << 63) ? INT64_MIN : -(int64_t)mag;
    } else {
      e.v.i = (int64_t)bits;
    }
  }
  return e;
}

static uint64_t int_bits(const struct ndp_elem *e) {
  return ndp_dtype_kind(e->dtype) == NDP_KIND_UINT ? e->v.u : (uint64_t)e->v.i;
}

static double round_half(float x) {
  return ndp_half_to_double(ndp_float_to_half(x));
}

/* NumPy's pairwise summation (@TYPE@_pairwise_sum in loops_utils.h.src) in
 * float arithmetic: below 8 elements a plain sum from 0; up to 128, eight
 * partial sums over blocks of 8 combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))
 * and then the remainder; above, two halves split at a multiple of 8. */
static float pairwise_f(const struct ndp_elem *v, int64_t n) {
  if (n < 8) {
    float res = 0.0f;
    for (int64_t i = 0; i < n; i++) res += (float)v[i].v.f;
    return res;
  }
  if (n <= 128) {
    float r[8];
    for (int j = 0; j < 8; j++) r[j] = (float)v[j].v.f;
    int64_t i;
    for (i = 8; i < n - (n % 8); i += 8)
      for (int j = 0; j < 8; j++) r[j] += (float)v[i + j].v.f;
    float res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; i++) res += (float)v[i].v.f;
    return res;
  }
  int64_t n2 = n / 2;
  n2 -= n2 % 8;
  return pairwise_f(v, n2) + pairwise_f(v + n2, n - n2);
}

static double pairwise_d(const struct ndp_elem *v, int64_t n) {
  if (n < 8) {
    double res = 0.0;
    for (int64_t i = 0; i < n; i++) res += v[i].v.f;
    return res;
  }
  if (n <= 128) {
    double r[8];
    for (int j = 0; j < 8; j++) r[j] = v[j].v.f;
    int64_t i;
    for (i = 8; i < n - (n % 8); i += 8)
      for (int j = 0; j < 8; j++) r[j] += v[i + j].v.f;
    double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; i++) res += v[i].v.f;
    return res;
  }
  int64_t n2 = n / 2;
  n2 -= n2 % 8;
  return pairwise_d(v, n2) + pairwise_d(v + n2, n - n2);
}

/* The complex pairwise sums (CFLOAT/CDOUBLE_pairwise_sum) count scalars:
 * n = 2 * c for c complex values. Below 4 values a plain sum; up to 64,
 * four partial sums per part over blocks of 4 values, combined as
 * (r0+r2)+(r4+r6); above, halves split at (c - c % 8) / 2 values. */
static void pairwise_cf(const struct ndp_elem *v, int64_t c, float *rr, float *ri) {
  if (c < 4) {
    *rr = 0.0f;
    *ri = 0.0f;
    for (int64_t i = 0; i < c; i++) {
      *rr += (float)v[i].v.c.re;
      *ri += (float)v[i].v.c.im;
    }
    return;
  }
  if (c <= 64) {
    float re[4], im[4];
    for (int j = 0; j < 4; j++) {
      re[j] = (float)v[j].v.c.re;
      im[j] = (float)v[j].v.c.im;
    }
    int64_t i;
    for (i = 4; i < c - (c % 4); i += 4) {
      for (int j = 0; j < 4; j++) {
        re[j] += (float)v[i + j].v.c.re;
        im[j] += (float)v[i + j].v.c.im;
      }
    }
    *rr = (re[0] + re[1]) + (re[2] + re[3]);
    *ri = (im[0] + im[1]) + (im[2] + im[3]);
    for (; i < c; i++) {
      *rr += (float)v[i].v.c.re;
      *ri += (float)v[i].v.c.im;
    }
    return;
  }
  int64_t c2 = (c - c % 8) / 2;
  float r1, i1, r2, i2;
  pairwise_cf(v, c2, &r1, &i1);
  pairwise_cf(v + c2, c - c2, &r2, &i2);
  *rr = r1 + r2;
  *ri = i1 + i2;
}

static void pairwise_cd(const struct ndp_elem *v, int64_t c, double *rr, double *ri) {
  if (c < 4) {
    *rr = 0.0;
    *ri = 0.0;
    for (int64_t i = 0; i < c; i++) {
      *rr += v[i].v.c.re;
      *ri += v[i].v.c.im;
    }
    return;
  }
  if (c <= 64) {
    double re[4], im[4];
    for (int j = 0; j < 4; j++) {
      re[j] = v[j].v.c.re;
      im[j] = v[j].v.c.im;
    }
    int64_t i;
    for (i = 4; i < c - (c % 4); i += 4) {
      for (int j = 0; j < 4; j++) {
        re[j] += v[i + j].v.c.re;
        im[j] += v[i + j].v.c.im;
      }
    }
    *rr = (re[0] + re[1]) + (re[2] + re[3]);
    *ri = (im[0] + im[1]) + (im[2] + im[3]);
    for (; i < c; i++) {
      *rr += v[i].v.c.re;
      *ri += v[i].v.c.im;
    }
    return;
  }
  int64_t c2 = (c - c % 8) / 2;
  double r1, i1, r2, i2;
  pairwise_cd(v, c2, &r1, &i1);
  pairwise_cd(v + c2, c - c2, &r2, &i2);
  *rr = r1 + r2;
  *ri = i1 + i2;
}

/* ------------------------------------------------------------ combiners */

/* The accumulators are the elements of res, a new C-order native tensor
 * of the loop dtype (bool for any/all): every value an accumulator takes
 * between calls is representable there, as in NumPy's own output. */
struct acc_ctx {
  enum ndp_op op;
  struct ndp_tensor *res;
  bool *started; /* min/max: whether the accumulator holds a first element yet */
};

/* add.reduce: one inner-loop call of NumPy's add loop for the loop dtype. */
static void add_run(struct ndp_elem *a, const struct ndp_elem *v, int64_t n) {
  switch (a->dtype) {
  case NDP_BOOL:
    for (int64_t i = 0; i < n; i++) a->v.b = a->v.b || v[i].v.b;
    break;
  case NDP_FLOAT16: {
    float io = (float)a->v.f;
    io += pairwise_f(v, n);
    a->v.f = round_half(io);
  } break;
  case NDP_FLOAT32: {
    float io = (float)a->v.f;
    io += pairwise_f(v, n);
    a->v.f = io;
  } break;
  case NDP_FLOAT64:
    a->v.f += pairwise_d(v, n);
    break;
  case NDP_COMPLEX64: {
    float rr, ri;
    pairwise_cf(v, n, &rr, &ri);
    float re = (float)a->v.c.re + rr, im = (float)a->v.c.im + ri;
    a->v.c.re = re;
    a->v.c.im = im;
  } break;
  case NDP_COMPLEX128: {
    double rr, ri;
    pairwise_cd(v, n, &rr, &ri);
    a->v.c.re += rr;
    a->v.c.im += ri;
  } break;
  default: /* integers */
    for (int64_t i = 0; i < n; i++) *a = int_wrap(a->dtype, int_bits(a) + int_bits(&v[i]));
    break;
  }
}

/* multiply.reduce: sequential products; float16 accumulates in float32
 * within the call and rounds at its end (HALF_multiply). */
static void mul_run(struct ndp_elem *a, const struct ndp_elem *v, int64_t n) {
  switch (a->dtype) {
  case NDP_BOOL:
    for (int64_t i = 0; i < n; i++) a->v.b = a->v.b && v[i].v.b;
    break;
  case NDP_FLOAT16: {
    float io = (float)a->v.f;
    for (int64_t i = 0; i < n; i++) io *= (float)v[i].v.f;
    a->v.f = round_half(io);
  } break;
  case NDP_FLOAT32: {
    float io = (float)a->v.f;
    for (int64_t i = 0; i < n; i++) io *= (float)v[i].v.f;
    a->v.f = io;
  } break;
  case NDP_FLOAT64:
    for (int64_t i = 0; i < n; i++) a->v.f *= v[i].v.f;
    break;
  case NDP_COMPLEX64:
    for (int64_t i = 0; i < n; i++) {
      float ar = (float)a->v.c.re, ai = (float)a->v.c.im;
      float br = (float)v[i].v.c.re, bi = (float)v[i].v.c.im;
      float rr = ar * br - ai * bi, ri = ar * bi + ai * br;
      a->v.c.re = rr;
      a->v.c.im = ri;
    }
    break;
  case NDP_COMPLEX128:
    /* NumPy 1.24's complex128 multiply on AVX512F machines (the ones the
     * truth runs on) is fused: fmaddsub of (ar, ar) * (br, bi) with
     * (ai * bi, ai * br), checked bit for bit against np.prod; complex64
     * is the plain formula above. */
    for (int64_t i = 0; i < n; i++) {
      double ar = a->v.c.re, ai = a->v.c.im, br = v[i].v.c.re, bi = v[i].v.c.im;
      a->v.c.re = fma(ar, br, -(ai * bi));
      a->v.c.im = fma(ar, bi, ai * br);
    }
    break;
  default:
    for (int64_t i = 0; i < n; i++) *a = int_wrap(a->dtype, int_bits(a) * int_bits(&v[i]));
    break;
  }
}

/* NumPy's lexicographic complex order with NaN rules (CGE/CLE in
 * loops.c.src). */
static bool cge(double xr, double xi, double yr, double yi) {
  return (xr > yr && !isnan(xi) && !isnan(yi)) || (xr == yr && xi >= yi);
}
static bool cle(double xr, double xi, double yr, double yi) {
  return (xr < yr && !isnan(xi) && !isnan(yi)) || (xr == yr && xi <= yi);
}

/* maximum/minimum: keeps the accumulator when it is NaN or already
 * beyond the new value (so the first NaN wins), as NumPy's loops do. */
static void minmax_one(struct ndp_elem *a, const struct ndp_elem *x, bool is_max) {
  switch (ndp_dtype_kind(a->dtype)) {
  case NDP_KIND_BOOL:
    a->v.b = is_max ? (a->v.b || x->v.b) : (a->v.b && x->v.b);
    break;
  case NDP_KIND_INT:
    if (is_max ? x->v.i > a->v.i : x->v.i < a->v.i) a->v.i = x->v.i;
    break;
  case NDP_KIND_UINT:
    if (is_max ? x->v.u > a->v.u : x->v.u < a->v.u) a->v.u = x->v.u;
    break;
  case NDP_KIND_FLOAT: {
    bool keep = is_max ? (a->v.f >= x->v.f) : (a->v.f <= x->v.f);
    if (!(keep || isnan(a->v.f))) a->v.f = x->v.f;
  } break;
  case NDP_KIND_COMPLEX: {
    double ar = a->v.c.re, ai = a->v.c.im, xr = x->v.c.re, xi = x->v.c.im;
    bool keep = isnan(ar) || isnan(ai) || (is_max ? cge(ar, ai, xr, xi) : cle(ar, ai, xr, xi));
    if (!keep) a->v.c = x->v.c;
  } break;
  }
}

static bool truthy(const struct ndp_elem *e) {
  switch (ndp_dtype_kind(e->dtype)) {
  case NDP_KIND_BOOL:
    return e->v.b;
  case NDP_KIND_INT:
    return e->v.i != 0;
  case NDP_KIND_UINT:
    return e->v.u != 0;
  case NDP_KIND_FLOAT:
    return e->v.f != 0.0; /* NaN is true */
  case NDP_KIND_COMPLEX:
    return e->v.c.re != 0.0 || e->v.c.im != 0.0;
  }
  return false;
}

static void combine(void *vctx, int64_t o, const struct ndp_elem *v, int64_t n) {
  struct acc_ctx *c = vctx;
  unsigned char *slot = c->res->buf->data + c->res->offset + o * ndp_dtype_size(c->res->dtype);
  struct ndp_elem acc;
  ndp_elem_load(c->res->dtype, false, slot, &acc);
  struct ndp_elem *a = &acc;
  switch (c->op) {
  case NDP_OP_SUM:
  case NDP_OP_MEAN:
    add_run(a, v, n);
    break;
  case NDP_OP_PROD:
    mul_run(a, v, n);
    break;
  case NDP_OP_MAX:
  case NDP_OP_MIN: {
    int64_t i = 0;
    if (!c->started[o]) {
      /* NumPy starts from the first element along the reduced axes, which is
       * the first one this visit reaches for o */
      *a = v[0];
      c->started[o] = true;
      i = 1;
    }
    for (; i < n; i++) minmax_one(a, &v[i], c->op == NDP_OP_MAX);
  } break;
  case NDP_OP_ANY:
    for (int64_t i = 0; i < n; i++) a->v.b = a->v.b || truthy(&v[i]);
    break;
  case NDP_OP_ALL:
    for (int64_t i = 0; i < n; i++) a->v.b = a->v.b && truthy(&v[i]);
    break;
  default:
    break;
  }
  ndp_elem_store(c->res->dtype, false, slot, &acc);
}

/* ------------------------------------------------------------ dtypes */

/* The loop dtype of sum/prod: dtype= when given; else NumPy widens bool and
 * integers narrower than C long to long / unsigned long (int64 / uint64 on
 * LP64: PyUFunc_Reduce for add and multiply); everything else keeps its
 * dtype. */
static enum ndp_dtype sum_loop_dtype(const struct ndp_step *step, enum ndp_dtype in) {
  if (step->has_dtype) return step->dtype;
  switch (in) {
  case NDP_BOOL:
  case NDP_INT8:
  case NDP_INT16:
  case NDP_INT32:
    return NDP_INT64;
  case NDP_UINT8:
  case NDP_UINT16:
  case NDP_UINT32:
    return NDP_UINT64;
  default:
    return in;
  }
}

static struct ndp_elem identity(enum ndp_dtype dt, int value) {
  struct ndp_elem e;
  memset(&e, 0, sizeof e);
  e.dtype = dt;
  switch (ndp_dtype_kind(dt)) {
  case NDP_KIND_BOOL:
    e.v.b = value != 0;
    break;
  case NDP_KIND_INT:
    e.v.i = value;
    break;
  case NDP_KIND_UINT:
    e.v.u = (uint64_t)value;
    break;
  case NDP_KIND_FLOAT:
    e.v.f = value;
    break;
  case NDP_KIND_COMPLEX:
    e.v.c.re = value;
    e.v.c.im = 0.0;
    break;
  }
  return e;
}

/* ------------------------------------------------------------ reductions */

/* Runs a ufunc-style reduction (sum, prod, min, max, any, all, and mean's
 * sum) into res (C order of the result, already holding the identity). */
static enum ndp_status accumulate(const struct ndp_tensor *t, const bool *reduced, enum ndp_op op,
                                  enum ndp_dtype vdt, struct ndp_tensor *res,
                                  struct ndp_error *err) {
  int64_t out_stride[NDP_MAXDIMS];
  int64_t s = 1;
  for (int k = t->ndim - 1; k >= 0; k--) {
    if (reduced[k]) {
      out_stride[k] = 0;
    } else {
      out_stride[k] = s;
      s *= t->shape[k];
    }
  }
  struct visit_plan plan;
  plan_visit(t, reduced, &plan);
  bool *started = NULL;
  if (op == NDP_OP_MIN || op == NDP_OP_MAX) {
    int64_t nout = ndp_tensor_size(res);
    started = calloc((size_t)(nout > 0 ? nout : 1), sizeof *started);
    if (started == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  struct acc_ctx ctx = {op, res, started};
  enum ndp_status st = visit(t, &plan, out_stride, vdt, combine, &ctx, err);
  free(started);
  return st;
}

/* Element i (C order) of a C-order native tensor. */
static unsigned char *flat_at(const struct ndp_tensor *r, int64_t i) {
  return r->buf->data + r->offset + i * ndp_dtype_size(r->dtype);
}

/* The mean's final division: NumPy divides the sum (dtype d) by the count
 * as np.intp, a strong int64 scalar, so true_divide runs in float64
 * (complex128 for complex sums, with NumPy's complex division by (n, 0):
 * multiplication by 1/n) and the quotient is cast back to d (array result),
 * or, for a float16 input with default dtype, to float16 via float32 for an
 * array result and directly for a scalar result (numpy/core/_methods.py). */
static void mean_divide(const struct ndp_elem *s, int64_t count, bool f16_result,
                        bool scalar_result, struct ndp_elem *out) {
  struct ndp_elem q;
  memset(&q, 0, sizeof q);
  double n = (double)count;
  if (ndp_dtype_kind(s->dtype) == NDP_KIND_COMPLEX) {
    struct ndp_elem z;
    if (s->dtype == NDP_COMPLEX128)
      z = *s;
    else
      ndp_cast_elem(s, NDP_COMPLEX128, &z);
    q.dtype = NDP_COMPLEX128;
    if (n == 0.0) {
      q.v.c.re = z.v.c.re / n;
      q.v.c.im = z.v.c.im / n;
    } else {
      double rat = 0.0 / n;
      double scl = 1.0 / (n + 0.0 * rat);
      q.v.c.re = (z.v.c.re + z.v.c.im * rat) * scl;
      q.v.c.im = (z.v.c.im - z.v.c.re * rat) * scl;
    }
  } else {
    struct ndp_elem d;
    if (s->dtype == NDP_FLOAT64)
      d = *s;
    else
      ndp_cast_elem(s, NDP_FLOAT64, &d);
    q.dtype = NDP_FLOAT64;
    q.v.f = d.v.f / n;
  }
  if (f16_result) {
    if (scalar_result) {
      ndp_cast_elem(&q, NDP_FLOAT16, out);
    } else {
      struct ndp_elem f;
      ndp_cast_elem(&q, NDP_FLOAT32, &f);
      ndp_cast_elem(&f, NDP_FLOAT16, out);
    }
  } else if (q.dtype == s->dtype) {
    *out = q;
  } else {
    ndp_cast_elem(&q, s->dtype, out);
  }
}

static enum ndp_status ufunc_reduction(const struct ndp_step *step, const struct ndp_tensor *t,
                                       struct ndp_tensor *out, struct ndp_error *err) {
  enum ndp_op op = step->op;
  bool reduced[NDP_MAXDIMS];
  int64_t count = 1;
  if (op == NDP_OP_MEAN && step->has_axes) {
    /* _count_reduce_items normalizes each axis first (no 0-d leniency) */
    for (int i = 0; i < step->naxes; i++) {
      int k;
      NDP_RETURN_NOT_OK(ndp_normalize_axis(step->axes[i], t->ndim, &k, err));
    }
  }
  /* dtype=">f8": the reduce ufunc refuses a byte order first (np.mean gets
   * there after its own axis check above) */
  if (step->has_dtype && ndp_step_dtype_swapped(step)) return ndp_dtype_byteorder_error(err);
  NDP_RETURN_NOT_OK(ufunc_reduce_axes(step, t->ndim, reduced, err));
  for (int k = 0; k < t->ndim; k++)
    if (reduced[k]) count *= t->shape[k];

  if (op == NDP_OP_MIN || op == NDP_OP_MAX) {
    for (int k = 0; k < t->ndim; k++)
      if (reduced[k] && t->shape[k] == 0)
        return ndp_step_error(err, NDP_ERRC_NO_IDENTITY,
                              "zero-size array to reduction operation %s which has no identity",
                              op == NDP_OP_MAX ? "maximum" : "minimum");
  }

  enum ndp_dtype loop, result;
  bool f16_result = false;
  switch (op) {
  case NDP_OP_SUM:
  case NDP_OP_PROD:
    loop = result = sum_loop_dtype(step, t->dtype);
    break;
  case NDP_OP_MEAN:
    if (step->has_dtype) {
      loop = step->dtype;
    } else if (ndp_dtype_kind(t->dtype) == NDP_KIND_BOOL ||
               ndp_dtype_kind(t->dtype) == NDP_KIND_INT ||
               ndp_dtype_kind(t->dtype) == NDP_KIND_UINT) {
      loop = NDP_FLOAT64;
    } else if (t->dtype == NDP_FLOAT16) {
      loop = NDP_FLOAT32;
      f16_result = true;
    } else {
      loop = t->dtype;
    }
    result = f16_result ? NDP_FLOAT16 : loop;
    break;
  case NDP_OP_MIN:
  case NDP_OP_MAX:
    loop = result = t->dtype;
    break;
  default: /* any, all: truthiness of the operand's own values */
    loop = t->dtype;
    result = NDP_BOOL;
    break;
  }

  int nd;
  int64_t shape[NDP_MAXDIMS];
  result_shape(t, reduced, step->keepdims, &nd, shape);
  enum ndp_dtype acc_dt = (op == NDP_OP_ANY || op == NDP_OP_ALL) ? NDP_BOOL : loop;
  struct ndp_tensor res;
  NDP_RETURN_NOT_OK(ndp_tensor_empty(acc_dt, nd, shape, 'C', &res, err));
  int64_t nout = ndp_tensor_size(&res);
  struct ndp_elem init;
  switch (op) {
  case NDP_OP_PROD:
    init = identity(loop, 1);
    break;
  case NDP_OP_ANY:
    init = identity(NDP_BOOL, 0);
    break;
  case NDP_OP_ALL:
    init = identity(NDP_BOOL, 1);
    break;
  default:
    init = identity(loop, 0);
    break; /* min/max overwrite it */
  }
  for (int64_t i = 0; i < nout; i++) ndp_elem_store(acc_dt, false, flat_at(&res, i), &init);
  enum ndp_status st = accumulate(t, reduced, op, loop, &res, err);
  if (st != NDP_OK) {
    ndp_tensor_release(&res);
    return st;
  }
  if (op == NDP_OP_MEAN) {
    struct ndp_tensor fin = res;
    if (result != acc_dt) {
      st = ndp_tensor_empty(result, nd, shape, 'C', &fin, err);
      if (st != NDP_OK) {
        ndp_tensor_release(&res);
        return st;
      }
    }
    for (int64_t i = 0; i < nout; i++) {
      struct ndp_elem s, q;
      ndp_elem_load(acc_dt, false, flat_at(&res, i), &s);
      mean_divide(&s, count, f16_result, nd == 0, &q);
      ndp_elem_store(result, false, flat_at(&fin, i), &q);
    }
    if (result != acc_dt) {
      ndp_tensor_release(&res);
      res = fin;
    }
  }
  *out = res;
  return NDP_OK;
}

/* ------------------------------------------------------------ argmin/argmax */

/* Whether x replaces the current extreme m in NumPy's argmax/argmin loops
 * (arraytypes.c.src): a strict improvement, or a NaN (the first NaN wins
 * and ends the scan); complex values compare lexicographically. */
static bool arg_better(const struct ndp_elem *x, const struct ndp_elem *m, bool is_max) {
  switch (ndp_dtype_kind(x->dtype)) {
  case NDP_KIND_BOOL:
    return is_max ? (x->v.b && !m->v.b) : (!x->v.b && m->v.b);
  case NDP_KIND_INT:
    return is_max ? x->v.i > m->v.i : x->v.i < m->v.i;
  case NDP_KIND_UINT:
    return is_max ? x->v.u > m->v.u : x->v.u < m->v.u;
  case NDP_KIND_FLOAT:
    return is_max ? !(x->v.f <= m->v.f) : !(x->v.f >= m->v.f);
  case NDP_KIND_COMPLEX: {
    double xr = x->v.c.re, xi = x->v.c.im, mr = m->v.c.re, mi = m->v.c.im;
    if (isnan(xr) || isnan(xi)) return true;
    if (is_max) return xr > mr || (xr == mr && xi > mi);
    return xr < mr || (xr == mr && xi < mi);
  }
  }
  return false;
}

static bool is_nan_elem(const struct ndp_elem *e) {
  switch (ndp_dtype_kind(e->dtype)) {
  case NDP_KIND_FLOAT:
    return isnan(e->v.f);
  case NDP_KIND_COMPLEX:
    return isnan(e->v.c.re) || isnan(e->v.c.im);
  default:
    return false;
  }
}

/* np.argmax / np.argmin (PyArray_ArgMax): axis null scans the array
 * flattened in C order; an int axis is normalized against max(ndim, 1) (a
 * 0-d array is raveled first); each line along the axis is scanned in index
 * order. An empty line is a ValueError. The result is int64. */
static enum ndp_status arg_reduction(const struct ndp_step *step, const struct ndp_tensor *t,
                                     struct ndp_tensor *out, struct ndp_error *err) {
  bool is_max = step->op == NDP_OP_ARGMAX;
  const char *name = is_max ? "argmax" : "argmin";
  if (step->has_axes && step->axis_is_list)
    return ndp_step_error(err, NDP_ERRC_TYPE, "'tuple' object cannot be interpreted as an integer");
  bool flat = !step->has_axes;
  int axis = 0;
  if (!flat) {
    int nd = t->ndim > 0 ? t->ndim : 1;
    NDP_RETURN_NOT_OK(ndp_normalize_axis(step->axes[0], nd, &axis, err));
    if (t->ndim == 0) flat = true;
  }
  int64_t line = flat ? ndp_tensor_size(t) : t->shape[axis];
  if (line == 0)
    return ndp_step_error(err, NDP_ERRC_VALUE, "attempt to get %s of an empty sequence", name);

  int nd = 0;
  int64_t shape[NDP_MAXDIMS];
  for (int k = 0; k < t->ndim; k++) {
    if (flat || k == axis) {
      if (step->keepdims) shape[nd++] = 1;
    } else {
      shape[nd++] = t->shape[k];
    }
  }
  struct ndp_tensor res;
  NDP_RETURN_NOT_OK(ndp_tensor_empty(NDP_INT64, nd, shape, 'C', &res, err));
  int64_t nout = ndp_tensor_size(&res);

  /* the other axes in C order; each output scans its line */
  int64_t idx[NDP_MAXDIMS] = {0};
  int64_t o = 0;
  if (nout > 0) {
    do {
      int64_t best = 0;
      struct ndp_elem m, x;
      int64_t lidx[NDP_MAXDIMS];
      memcpy(lidx, idx, sizeof lidx);
      for (int64_t i = 0; i < line; i++) {
        if (flat) {
          /* i-th element in C order */
          int64_t r = i;
          for (int k = t->ndim - 1; k >= 0; k--) {
            lidx[k] = r % t->shape[k];
            r /= t->shape[k];
          }
        } else {
          lidx[axis] = i;
        }
        ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, lidx), &x);
        if (i == 0) {
          m = x;
          if (is_nan_elem(&m)) break;
          continue;
        }
        if (arg_better(&x, &m, is_max)) {
          m = x;
          best = i;
          if (is_nan_elem(&m)) break;
        }
      }
      struct ndp_elem r = {.dtype = NDP_INT64, .v.i = best};
      ndp_elem_store(NDP_INT64, false, flat_at(&res, o), &r);
      o++;
      /* next line: advance the non-scanned axes in C order */
      if (flat) break;
      bool more = false;
      for (int k = t->ndim - 1; k >= 0; k--) {
        if (k == axis) continue;
        if (++idx[k] < t->shape[k]) {
          more = true;
          break;
        }
        idx[k] = 0;
      }
      if (!more) break;
    } while (true);
  }
  *out = res;
  return NDP_OK;
}

/* ------------------------------------------------------------ dispatch */

enum ndp_status ndp_oracle_reduce(const struct ndp_step *step,
                                  const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                  struct ndp_error *err) {
  if (step->nargs != 1)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE,
                         "step %s: a reduction takes one operand", step->id);
  struct ndp_tensor tmp = {0};
  const struct ndp_tensor *t = NULL;
  bool owned;
  NDP_RETURN_NOT_OK(ndp_operand_tensor(step, operands, 0, &tmp, &t, &owned, err));
  enum ndp_status st;
  switch (step->op) {
  case NDP_OP_SUM:
  case NDP_OP_PROD:
  case NDP_OP_MIN:
  case NDP_OP_MAX:
  case NDP_OP_MEAN:
  case NDP_OP_ANY:
  case NDP_OP_ALL:
    st = ufunc_reduction(step, t, out, err);
    break;
  case NDP_OP_ARGMIN:
  case NDP_OP_ARGMAX:
    st = arg_reduction(step, t, out, err);
    break;
  default:
    st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "%s is not a reduction",
                       ndp_op_name(step->op));
    break;
  }
  if (owned) ndp_tensor_release(&tmp);
  return st;
}
