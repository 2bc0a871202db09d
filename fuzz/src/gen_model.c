/* The generator's model of NumPy's rules (NumPy 1.24 with NEP 50 weak
 * promotion): just enough to aim parameters at valid programs. It is not
 * an oracle and is never compared with one; where it is approximate, the
 * only cost is a case that fails where the generator meant it to succeed
 * (or the reverse). Unknown dimensions are -1 (elements of datasets whose
 * shapes vary). */
#include <string.h>

#include "gen_internal.h"

int64_t m_size(int ndim, const int64_t *shape) {
  int64_t n = 1;
  for (int k = 0; k < ndim; k++) n *= shape[k] > 0 ? shape[k] : (shape[k] == 0 ? 0 : 1);
  return n;
}

bool m_broadcast(int na, const int64_t *a, int nb, const int64_t *b, int *nout, int64_t *out) {
  int n = na > nb ? na : nb;
  int64_t tmp[NDP_MAXDIMS];
  for (int k = 0; k < n; k++) {
    int ia = na - n + k, ib = nb - n + k;
    int64_t x = ia >= 0 ? a[ia] : 1, y = ib >= 0 ? b[ib] : 1;
    if (x == y || y == 1)
      tmp[k] = x;
    else if (x == 1)
      tmp[k] = y;
    else if (x < 0 || y < 0)
      tmp[k] = -1;
    else
      return false;
  }
  memcpy(out, tmp, sizeof *out * (size_t)n);
  *nout = n;
  return true;
}

static bool is_int(enum ndp_dtype dt) {
  enum ndp_kind k = ndp_dtype_kind(dt);
  return k == NDP_KIND_INT || k == NDP_KIND_UINT;
}

/* The float dtype of a given width in bytes. */
static enum ndp_dtype float_of(int size) {
  return size <= 2 ? NDP_FLOAT16 : size == 4 ? NDP_FLOAT32 : NDP_FLOAT64;
}

/* The smallest float dtype that holds every value of integer dtype dt
 * (NumPy's promotion of an integer with a float). */
static enum ndp_dtype float_for_int(enum ndp_dtype dt) {
  int s = ndp_dtype_size(dt);
  return s == 1 ? NDP_FLOAT16 : s == 2 ? NDP_FLOAT32 : NDP_FLOAT64;
}

/* The float width of a float or complex dtype's parts. */
static int part_size(enum ndp_dtype dt) {
  if (dt == NDP_COMPLEX64) return 4;
  if (dt == NDP_COMPLEX128) return 8;
  return ndp_dtype_size(dt);
}

enum ndp_dtype m_promote(enum ndp_dtype a, enum ndp_dtype b) {
  if (a == b) return a;
  if (a == NDP_BOOL) return b;
  if (b == NDP_BOOL) return a;
  enum ndp_kind ka = ndp_dtype_kind(a), kb = ndp_dtype_kind(b);
  if (is_int(a) && is_int(b)) {
    int sa = ndp_dtype_size(a), sb = ndp_dtype_size(b);
    if (ka == kb) return sa >= sb ? a : b;
    enum ndp_dtype u = ka == NDP_KIND_UINT ? a : b, i = ka == NDP_KIND_UINT ? b : a;
    int su = ndp_dtype_size(u), si = ndp_dtype_size(i);
    if (si > su) return i;
    if (su == 1) return NDP_INT16;
    if (su == 2) return NDP_INT32;
    if (su == 4) return NDP_INT64;
    return NDP_FLOAT64; /* uint64 with a signed integer */
  }
  if (is_int(a)) a = float_for_int(a);
  if (is_int(b)) b = float_for_int(b);
  ka = ndp_dtype_kind(a);
  kb = ndp_dtype_kind(b);
  int s = part_size(a) > part_size(b) ? part_size(a) : part_size(b);
  if (ka == NDP_KIND_COMPLEX || kb == NDP_KIND_COMPLEX)
    return s <= 4 ? NDP_COMPLEX64 : NDP_COMPLEX128;
  return float_of(s);
}

enum ndp_dtype m_weak(enum ndp_dtype dt, enum ndp_arg_kind kind) {
  enum ndp_kind k = ndp_dtype_kind(dt);
  switch (kind) {
  case NDP_ARG_PYINT:
    return k == NDP_KIND_BOOL ? NDP_INT64 : dt;
  case NDP_ARG_PYFLOAT:
    return k == NDP_KIND_BOOL || k == NDP_KIND_INT || k == NDP_KIND_UINT ? NDP_FLOAT64 : dt;
  case NDP_ARG_PYCOMPLEX:
    if (k == NDP_KIND_COMPLEX) return dt;
    if (k == NDP_KIND_FLOAT) return dt == NDP_FLOAT64 ? NDP_COMPLEX128 : NDP_COMPLEX64;
    return NDP_COMPLEX128;
  default:
    return dt;
  }
}

/* np.can_cast(from, to, "safe"). */
static bool safe_cast(enum ndp_dtype from, enum ndp_dtype to) {
  if (from == to || from == NDP_BOOL) return true;
  enum ndp_kind kf = ndp_dtype_kind(from), kt = ndp_dtype_kind(to);
  int sf = ndp_dtype_size(from), st = ndp_dtype_size(to);
  switch (kf) {
  case NDP_KIND_UINT:
    if (kt == NDP_KIND_UINT) return st >= sf;
    if (kt == NDP_KIND_INT) return st > sf;
    break;
  case NDP_KIND_INT:
    if (kt == NDP_KIND_INT) return st >= sf;
    if (kt == NDP_KIND_UINT || kt == NDP_KIND_BOOL) return false;
    break;
  case NDP_KIND_FLOAT:
    if (kt == NDP_KIND_FLOAT) return st >= sf;
    if (kt == NDP_KIND_COMPLEX) return part_size(to) >= sf;
    return false;
  case NDP_KIND_COMPLEX:
    return kt == NDP_KIND_COMPLEX && st >= sf;
  default:
    return false;
  }
  /* an integer to a float or complex */
  if (kt == NDP_KIND_FLOAT || kt == NDP_KIND_COMPLEX)
    return part_size(to) >= ndp_dtype_size(float_for_int(from));
  return false;
}

/* NumPy's kind order for same_kind: b < u < i < f < c (a cast to a later
 * kind, or within a kind, is same_kind; i to u is not). */
static int kind_rank(enum ndp_dtype dt) {
  switch (ndp_dtype_kind(dt)) {
  case NDP_KIND_BOOL:
    return 0;
  case NDP_KIND_UINT:
    return 1;
  case NDP_KIND_INT:
    return 2;
  case NDP_KIND_FLOAT:
    return 3;
  default:
    return 4;
  }
}

bool m_can_cast(enum ndp_dtype from, enum ndp_dtype to, enum ndp_casting casting) {
  switch (casting) {
  case NDP_CAST_NO:
  case NDP_CAST_EQUIV:
    return from == to;
  case NDP_CAST_SAFE:
    return safe_cast(from, to);
  case NDP_CAST_SAME_KIND:
    return safe_cast(from, to) || kind_rank(from) == kind_rank(to) ||
           (kind_rank(from) < kind_rank(to) &&
            !(ndp_dtype_kind(from) == NDP_KIND_INT && ndp_dtype_kind(to) == NDP_KIND_UINT));
  default:
    return true;
  }
}

/* The float dtype sqrt, exp, floor... give an integer or bool input. */
static enum ndp_dtype inexact_of(enum ndp_dtype dt) {
  if (dt == NDP_BOOL) return NDP_FLOAT16;
  if (is_int(dt)) return float_for_int(dt);
  return dt;
}

bool m_ufunc_out(enum ndp_op op, enum ndp_dtype loop, enum ndp_dtype *out) {
  enum ndp_kind k = ndp_dtype_kind(loop);
  bool b = k == NDP_KIND_BOOL, c = k == NDP_KIND_COMPLEX, integral = b || is_int(loop);
  *out = loop;
  switch (op) {
  case NDP_OP_ADD:
  case NDP_OP_MULTIPLY:
  case NDP_OP_MAXIMUM:
  case NDP_OP_MINIMUM:
  case NDP_OP_FMAX:
  case NDP_OP_FMIN:
    return true;
  case NDP_OP_SUBTRACT:
    return !b;
  case NDP_OP_TRUE_DIVIDE:
    if (integral) *out = NDP_FLOAT64;
    return true;
  case NDP_OP_FLOOR_DIVIDE:
  case NDP_OP_REMAINDER:
    if (b) *out = NDP_INT8;
    return !c;
  case NDP_OP_POWER:
    if (b) *out = NDP_INT8;
    return true;
  case NDP_OP_EQUAL:
  case NDP_OP_NOT_EQUAL:
  case NDP_OP_LESS:
  case NDP_OP_LESS_EQUAL:
  case NDP_OP_GREATER:
  case NDP_OP_GREATER_EQUAL:
  case NDP_OP_LOGICAL_AND:
  case NDP_OP_LOGICAL_OR:
  case NDP_OP_LOGICAL_XOR:
  case NDP_OP_LOGICAL_NOT:
  case NDP_OP_ISNAN:
  case NDP_OP_ISINF:
  case NDP_OP_ISFINITE:
    *out = NDP_BOOL;
    return true;
  case NDP_OP_BITWISE_AND:
  case NDP_OP_BITWISE_OR:
  case NDP_OP_BITWISE_XOR:
  case NDP_OP_INVERT:
    return integral;
  case NDP_OP_LEFT_SHIFT:
  case NDP_OP_RIGHT_SHIFT:
    if (b) *out = NDP_INT8;
    return integral;
  case NDP_OP_NEGATIVE:
  case NDP_OP_POSITIVE:
  case NDP_OP_SIGN:
    return !b;
  case NDP_OP_ABSOLUTE:
    if (c) *out = loop == NDP_COMPLEX64 ? NDP_FLOAT32 : NDP_FLOAT64;
    return true;
  case NDP_OP_SQUARE:
    if (b) *out = NDP_INT8;
    return true;
  case NDP_OP_SQRT:
  case NDP_OP_EXP:
  case NDP_OP_LOG:
  case NDP_OP_RINT:
    *out = inexact_of(loop);
    return true;
  case NDP_OP_FLOOR:
  case NDP_OP_CEIL:
  case NDP_OP_TRUNC:
    *out = inexact_of(loop);
    return !c;
  default:
    return true;
  }
}

int64_t m_slice_len(int64_t n, const struct ndp_index_item *it) {
  if (n < 0) return -1;
  int64_t step = it->has_step ? it->step : 1;
  if (step == 0) return 0;
  int64_t lower = step > 0 ? 0 : -1, upper = step > 0 ? n : n - 1;
  int64_t start, stop;
  if (!it->has_start) {
    start = step < 0 ? upper : lower;
  } else {
    start = it->start;
    if (start < 0) {
      start = start < -n ? lower : start + n; /* no overflow: start >= -n here */
      if (start < lower) start = lower;
    } else if (start > upper) {
      start = upper;
    }
  }
  if (!it->has_stop) {
    stop = step < 0 ? lower : upper;
  } else {
    stop = it->stop;
    if (stop < 0) {
      stop = stop < -n ? lower : stop + n;
      if (stop < lower) stop = lower;
    } else if (stop > upper) {
      stop = upper;
    }
  }
  if (step > 0) return stop > start ? (stop - start - 1) / step + 1 : 0;
  uint64_t ustep = (uint64_t)(-(step + 1)) + 1u; /* |step| without overflow */
  return start > stop ? (int64_t)((uint64_t)(start - stop - 1) / ustep) + 1 : 0;
}

bool m_getitem(const struct aval *x, const struct ndp_index_item *items, int nitems, int *nout,
               int64_t *out) {
  int consumed = 0, nell = 0;
  for (int k = 0; k < nitems; k++) {
    if (items[k].kind == NDP_IDX_INT || items[k].kind == NDP_IDX_SLICE) consumed++;
    if (items[k].kind == NDP_IDX_ELLIPSIS) nell++;
  }
  if (nell > 1 || consumed > x->ndim) return false;
  int d = 0, o = 0;
  int64_t tmp[2 * NDP_MAXDIMS + 8];
  int cap = (int)(sizeof tmp / sizeof tmp[0]);
  for (int k = 0; k < nitems; k++) {
    const struct ndp_index_item *it = &items[k];
    if (o >= cap - NDP_MAXDIMS) return false;
    switch (it->kind) {
    case NDP_IDX_INT: {
      int64_t n = x->shape[d++];
      if (n >= 0 && (it->i < -n || it->i >= n)) return false;
    } break;
    case NDP_IDX_SLICE:
      if (it->has_step && it->step == 0) return false;
      tmp[o++] = m_slice_len(x->shape[d++], it);
      break;
    case NDP_IDX_NEWAXIS:
      tmp[o++] = 1;
      break;
    case NDP_IDX_ELLIPSIS:
      for (int j = 0; j < x->ndim - consumed; j++) tmp[o++] = x->shape[d++];
      break;
    }
  }
  if (nell == 0)
    while (d < x->ndim) {
      if (o >= cap) return false;
      tmp[o++] = x->shape[d++];
    }
  if (o > NDP_MAXDIMS) return false;
  memcpy(out, tmp, sizeof *out * (size_t)o);
  *nout = o;
  return true;
}

bool m_pyint_fits(enum ndp_dtype dt, const struct ndp_pyint *p) {
  if (p->huge) return false;
  int bits = ndp_dtype_size(dt) * 8;
  if (ndp_dtype_kind(dt) == NDP_KIND_UINT) {
    if (p->neg && p->mag != 0) return false;
    return bits == 64 || p->mag <= (((uint64_t)1 << bits) - 1u);
  }
  uint64_t lim = (uint64_t)1 << (bits - 1);
  return p->neg ? p->mag <= lim : p->mag < lim;
}
