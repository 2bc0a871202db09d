/* dtype facts of the oracle: np.promote_types, np.can_cast, value casts
 * (astype), NEP 50 result_type with weak Python scalars, and the conversion
 * of a Python scalar operand to the dtype a ufunc loop gives it.
 *
 * Truth: NumPy 1.24.2 with NPY_PROMOTION_STATE=weak. The two tables below
 * were printed by that NumPy (np.promote_types, np.can_cast) and are checked
 * entry by entry against a second copy in oracles/tests/test_types.c.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "oracle_internal.h"

/* ------------------------------------------------------------ promotion */

#define B_ NDP_BOOL
#define I1 NDP_INT8
#define U1 NDP_UINT8
#define I2 NDP_INT16
#define U2 NDP_UINT16
#define I4 NDP_INT32
#define U4 NDP_UINT32
#define I8 NDP_INT64
#define U8 NDP_UINT64
#define F2 NDP_FLOAT16
#define F4 NDP_FLOAT32
#define F8 NDP_FLOAT64
#define C8 NDP_COMPLEX64
#define C6 NDP_COMPLEX128

/* np.promote_types(row, column). The rules it encodes:
 * - bool promotes to anything (it is the bottom of the lattice);
 * - same signedness: the wider type;
 * - signed with unsigned: the smallest signed type holding both ranges, and
 *   int64 with uint64 has none, so float64;
 * - integers with float16: a float wide enough for the integer's digits
 *   (8 bits -> float16, 16 bits -> float32, 32/64 bits -> float64);
 * - integers with float32: float32 up to 16 bits, float64 beyond;
 * - complex64 with a type that needs float64 precision gives complex128. */
static const enum ndp_dtype promote_table[NDP_NDTYPES][NDP_NDTYPES] = {
    /*          bool int8 uint8 int16 uint16 int32 uint32 int64 uint64 f16 f32 f64 c64 c128 */
    /* bool   */ {B_, I1, U1, I2, U2, I4, U4, I8, U8, F2, F4, F8, C8, C6},
    /* int8   */ {I1, I1, I2, I2, I4, I4, I8, I8, F8, F2, F4, F8, C8, C6},
    /* uint8  */ {U1, I2, U1, I2, U2, I4, U4, I8, U8, F2, F4, F8, C8, C6},
    /* int16  */ {I2, I2, I2, I2, I4, I4, I8, I8, F8, F4, F4, F8, C8, C6},
    /* uint16 */ {U2, I4, U2, I4, U2, I4, U4, I8, U8, F4, F4, F8, C8, C6},
    /* int32  */ {I4, I4, I4, I4, I4, I4, I8, I8, F8, F8, F8, F8, C6, C6},
    /* uint32 */ {U4, I8, U4, I8, U4, I8, U4, I8, U8, F8, F8, F8, C6, C6},
    /* int64  */ {I8, I8, I8, I8, I8, I8, I8, I8, F8, F8, F8, F8, C6, C6},
    /* uint64 */ {U8, F8, U8, F8, U8, F8, U8, F8, U8, F8, F8, F8, C6, C6},
    /* f16    */ {F2, F2, F2, F4, F4, F8, F8, F8, F8, F2, F4, F8, C8, C6},
    /* f32    */ {F4, F4, F4, F4, F4, F8, F8, F8, F8, F4, F4, F8, C8, C6},
    /* f64    */ {F8, F8, F8, F8, F8, F8, F8, F8, F8, F8, F8, F8, C6, C6},
    /* c64    */ {C8, C8, C8, C8, C8, C6, C6, C6, C6, C8, C8, C6, C8, C6},
    /* c128   */ {C6, C6, C6, C6, C6, C6, C6, C6, C6, C6, C6, C6, C6, C6},
};

enum ndp_dtype ndp_promote_types(enum ndp_dtype a, enum ndp_dtype b) {
  return promote_table[a][b];
}

/* ------------------------------------------------------------ can_cast */

/* np.can_cast(row, column, "safe"): every value of row is exactly a value of
 * column.
 * - bool casts safely to everything;
 * - a signed integer to wider signed integers, never to unsigned ones;
 * - an unsigned integer to wider unsigned ones and to strictly wider signed;
 * - integers to the floats of promote_table (8-bit -> float16 up,
 *   16-bit -> float32 up, 32/64-bit -> float64 only) and the complex types
 *   whose parts are those floats;
 * - floats to wider floats and to complex with parts at least as wide. */
static const unsigned char safe_table[NDP_NDTYPES][NDP_NDTYPES] = {
    /*          bool int8 uint8 int16 uint16 int32 uint32 int64 uint64 f16 f32 f64 c64 c128 */
    /* bool   */ {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    /* int8   */ {0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1},
    /* uint8  */ {0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    /* int16  */ {0, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 1, 1, 1},
    /* uint16 */ {0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1},
    /* int32  */ {0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1},
    /* uint32 */ {0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1},
    /* int64  */ {0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1},
    /* uint64 */ {0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1},
    /* f16    */ {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1},
    /* f32    */ {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1},
    /* f64    */ {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1},
    /* c64    */ {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1},
    /* c128   */ {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1},
};

/* np.can_cast(row, column, "same_kind"): a safe cast, or a cast that stays
 * within its kind or goes up NumPy's kind order b < u < i < f < c:
 * - any integer to any signed integer (u -> i is up, i -> i same kind);
 * - unsigned integers to any unsigned integer, but signed never to unsigned
 *   (i -> u is down);
 * - integers to every float and complex; floats to every float and complex;
 * - complex only to complex; nothing but bool to bool. */
static const unsigned char same_kind_table[NDP_NDTYPES][NDP_NDTYPES] = {
    /*          bool int8 uint8 int16 uint16 int32 uint32 int64 uint64 f16 f32 f64 c64 c128 */
    /* bool   */ {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    /* int8   */ {0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1},
    /* uint8  */ {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    /* int16  */ {0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1},
    /* uint16 */ {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    /* int32  */ {0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1},
    /* uint32 */ {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    /* int64  */ {0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1},
    /* uint64 */ {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    /* f16    */ {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1},
    /* f32    */ {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1},
    /* f64    */ {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1},
    /* c64    */ {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1},
    /* c128   */ {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1},
};

#undef B_
#undef I1
#undef U1
#undef I2
#undef U2
#undef I4
#undef U4
#undef I8
#undef U8
#undef F2
#undef F4
#undef F8
#undef C8
#undef C6

/* Between the 14 native dtypes, "no" and "equiv" allow only the identity (a
 * byte-order change is "equiv" but not "no": callers holding a swapped
 * operand handle that), and "unsafe" allows everything. */
bool ndp_can_cast(enum ndp_dtype from, enum ndp_dtype to, enum ndp_casting casting) {
  switch (casting) {
  case NDP_CAST_NO:
  case NDP_CAST_EQUIV:
    return from == to;
  case NDP_CAST_SAFE:
    return safe_table[from][to] != 0;
  case NDP_CAST_SAME_KIND:
    return same_kind_table[from][to] != 0;
  case NDP_CAST_UNSAFE:
    return true;
  }
  return false;
}

/* ------------------------------------------------------------ value casts */

static bool is_unsigned(enum ndp_dtype dt) {
  return ndp_dtype_kind(dt) == NDP_KIND_UINT;
}

/* Bit width of an integer dtype. */
static int int_bits(enum ndp_dtype dt) {
  return 8 * ndp_dtype_size(dt);
}

/* Reduces a 64-bit two's-complement pattern to dtype `to` (an integer
 * dtype), wrapping as a C cast between integer types does on every platform
 * NumPy supports. */
static void int_from_bits(uint64_t bits, enum ndp_dtype to, struct ndp_elem *out) {
  int w = int_bits(to);
  uint64_t mask = w == 64 ? UINT64_MAX : ((uint64_t)1 << w) - 1;
  uint64_t v = bits & mask;
  out->dtype = to;
  if (is_unsigned(to)) {
    out->v.u = v;
    return;
  }
  /* sign-extend without converting an out-of-range unsigned to signed */
  uint64_t sign = (uint64_t)1 << (w - 1);
  if (v & sign) {
    /* negative: -(2^w - v) computed in uint64 then negated in int64 */
    uint64_t mag = (w == 64 ? (uint64_t)0 - v : (mask - v) + 1);
    out->v.i = mag == ((uint64_t)1 << 63) ? INT64_MIN : -(int64_t)mag;
  } else {
    out->v.i = (int64_t)v;
  }
}

/* Rounds a double to the precision of a float dtype, or of the parts of a
 * complex dtype. */
static double round_to_float(double x, enum ndp_dtype to) {
  if (to == NDP_FLOAT16) return ndp_half_to_double(ndp_double_to_half(x));
  if (to == NDP_FLOAT32 || to == NDP_COMPLEX64) return (double)(float)x;
  return x;
}

/* Float (already truncated toward zero, or NaN/inf) to an integer dtype.
 * In range this is exact. Out of range NumPy's result is platform-defined
 * (a C cast with undefined behaviour); the oracle reproduces what NumPy
 * 1.24.2 gives on x86-64 (checked with astype), and no case pins it:
 *   8- and 16-bit targets: through int32, 0 when outside int32;
 *   int32/int64: INT_MIN of the type when outside;
 *   uint32: [-2^31, 2^32) wraps, NaN and other negatives give 2^31,
 *           other positives and both infinities give 0;
 *   uint64: [-2^63, 2^64) wraps, NaN and other negatives give 2^63,
 *           other positives give 0. */
static void int_from_double(double x, enum ndp_dtype to, struct ndp_elem *out) {
  double t = trunc(x);
  const double two31 = 2147483648.0, two63 = 9223372036854775808.0, two64 = 18446744073709551616.0;
  switch (to) {
  case NDP_INT8:
  case NDP_UINT8:
  case NDP_INT16:
  case NDP_UINT16:
    if (t >= -two31 && t < two31) {
      int_from_bits((uint64_t)(int64_t)t, to, out);
    } else {
      int_from_bits(0, to, out);
    }
    return;
  case NDP_INT32:
    if (t >= -two31 && t < two31) {
      int_from_bits((uint64_t)(int64_t)t, to, out);
    } else {
      int_from_bits((uint64_t)1 << 31, to, out);
    }
    return;
  case NDP_INT64:
    if (t >= -two63 && t < two63) {
      int_from_bits((uint64_t)(int64_t)t, to, out);
    } else {
      int_from_bits((uint64_t)1 << 63, to, out);
    }
    return;
  case NDP_UINT32:
    if (t >= 0 && t < 4294967296.0) {
      int_from_bits((uint64_t)t, to, out);
    } else if (t >= -two31 && t < 0) {
      int_from_bits((uint64_t)(int64_t)t, to, out);
    } else if (isinf(t) || t > 0) {
      int_from_bits(0, to, out);
    } else {
      int_from_bits((uint64_t)1 << 31, to, out);
    }
    return;
  case NDP_UINT64:
    if (t >= 0 && t < two64) {
      int_from_bits((uint64_t)t, to, out);
    } else if (t >= -two63 && t < 0) {
      int_from_bits((uint64_t)(int64_t)t, to, out);
    } else if (t > 0) {
      int_from_bits(0, to, out);
    } else {
      int_from_bits((uint64_t)1 << 63, to, out);
    }
    return;
  default:
    int_from_bits(0, to, out);
    return;
  }
}

/* A 64-bit magnitude rounded once, to nearest even, to `bits` significant
 * bits (24 for float32, 53 for float64), as an exact double. Written out in
 * integer arithmetic rather than left to the C conversion so that the result
 * is the same under Valgrind, whose emulation of int64 -> float32 rounds
 * twice (through double). */
static double round_magnitude(uint64_t m, int bits) {
  int len = 0;
  for (uint64_t x = m; x != 0; x >>= 1) len++;
  if (len <= bits) return (double)m; /* exact: fewer than 54 bits */
  int shift = len - bits;
  uint64_t q = m >> shift, rem = m & (((uint64_t)1 << shift) - 1),
           half = (uint64_t)1 << (shift - 1);
  if (rem > half || (rem == half && (q & 1) != 0)) q++; /* q <= 2^bits: still exact */
  return ldexp((double)q, shift);
}

/* An integer element to a float of width `to` (or the parts of a complex
 * `to`), rounded once as C's integer-to-floating conversion does. */
static double float_from_int(const struct ndp_elem *in, enum ndp_dtype to) {
  bool neg = !is_unsigned(in->dtype) && in->v.i < 0;
  uint64_t m = is_unsigned(in->dtype) ? in->v.u
               : neg                  ? (uint64_t)0 - (uint64_t)in->v.i
                                      : (uint64_t)in->v.i;
  double x;
  switch (to) {
  case NDP_FLOAT16:
    /* NumPy converts through float32; every integer whose float32 rounding
     * differs from its exact value is beyond float16's range anyway. */
    x = ndp_half_to_double(ndp_double_to_half(round_magnitude(m, 24)));
    break;
  case NDP_FLOAT32:
  case NDP_COMPLEX64:
    x = round_magnitude(m, 24);
    break;
  default:
    x = round_magnitude(m, 53);
    break;
  }
  return neg ? -x : x;
}

void ndp_cast_elem(const struct ndp_elem *in, enum ndp_dtype to, struct ndp_elem *out) {
  struct ndp_elem r;
  memset(&r, 0, sizeof r);
  r.dtype = to;
  enum ndp_kind from_kind = ndp_dtype_kind(in->dtype);
  enum ndp_kind to_kind = ndp_dtype_kind(to);

  if (to_kind == NDP_KIND_BOOL) {
    switch (from_kind) {
    case NDP_KIND_BOOL:
      r.v.b = in->v.b;
      break;
    case NDP_KIND_UINT:
      r.v.b = in->v.u != 0;
      break;
    case NDP_KIND_INT:
      r.v.b = in->v.i != 0;
      break;
    case NDP_KIND_FLOAT:
      r.v.b = in->v.f != 0;
      break; /* NaN != 0: True */
    case NDP_KIND_COMPLEX:
      r.v.b = in->v.c.re != 0 || in->v.c.im != 0;
      break;
    }
  } else if (to_kind == NDP_KIND_INT || to_kind == NDP_KIND_UINT) {
    switch (from_kind) {
    case NDP_KIND_BOOL:
      int_from_bits(in->v.b ? 1 : 0, to, &r);
      break;
    case NDP_KIND_UINT:
      int_from_bits(in->v.u, to, &r);
      break;
    case NDP_KIND_INT:
      int_from_bits((uint64_t)in->v.i, to, &r);
      break;
    case NDP_KIND_FLOAT:
      int_from_double(in->v.f, to, &r);
      break;
    case NDP_KIND_COMPLEX:
      int_from_double(in->v.c.re, to, &r);
      break; /* imag dropped */
    }
  } else {
    /* float or complex target */
    double re = 0, im = 0;
    switch (from_kind) {
    case NDP_KIND_BOOL:
      re = in->v.b ? 1.0 : 0.0;
      break;
    case NDP_KIND_UINT:
    case NDP_KIND_INT:
      re = float_from_int(in, to);
      break;
    case NDP_KIND_FLOAT:
      re = round_to_float(in->v.f, to);
      break;
    case NDP_KIND_COMPLEX:
      re = round_to_float(in->v.c.re, to);
      im = round_to_float(in->v.c.im, to);
      break;
    }
    if (to_kind == NDP_KIND_FLOAT) {
      r.v.f = re; /* complex -> real drops the imaginary part */
    } else {
      r.v.c.re = re;
      r.v.c.im = im;
    }
  }
  *out = r;
}

/* ------------------------------------------------------------ NEP 50 */

/* Python scalar kinds, ordered as NEP 50 compares them with array kinds. */
enum weak_rank { WEAK_NONE, WEAK_INT, WEAK_FLOAT, WEAK_COMPLEX };

static enum weak_rank weak_rank_of(enum ndp_arg_kind k) {
  switch (k) {
  case NDP_ARG_PYINT:
    return WEAK_INT;
  case NDP_ARG_PYFLOAT:
    return WEAK_FLOAT;
  case NDP_ARG_PYCOMPLEX:
    return WEAK_COMPLEX;
  default:
    return WEAK_NONE;
  }
}

/* NEP 50 (and NumPy 1.24 with NPY_PROMOTION_STATE=weak): the strong dtypes
 * promote with np.promote_types; a Python scalar then only contributes its
 * kind. If the strong result already has that kind or a higher one, it
 * stands (uint8 + 300 is uint8: the value is checked later); otherwise the
 * result is the lowest dtype of the scalar's kind that keeps the strong
 * result's precision: int -> int64 (over bool); float -> float64 (over
 * bool/integers); complex -> complex64 over float16/float32, complex128
 * over everything else. Without strong operands the Python scalars give
 * int64, float64 or complex128 (np.add(1, 2.5) is float64).
 *
 * A Python bool is not weak in NumPy 1.24 (it is np.bool_); a weak PYBOOL
 * operand is treated as a strong bool here. */
enum ndp_dtype ndp_result_type(int n, const struct ndp_promo_operand *ops) {
  bool have_strong = false;
  enum ndp_dtype strong = NDP_BOOL;
  enum weak_rank weak = WEAK_NONE;
  for (int i = 0; i < n; i++) {
    enum weak_rank w = ops[i].weak ? weak_rank_of(ops[i].pykind) : WEAK_NONE;
    if (w == WEAK_NONE) {
      enum ndp_dtype d = ops[i].weak ? NDP_BOOL : ops[i].dtype;
      strong = have_strong ? ndp_promote_types(strong, d) : d;
      have_strong = true;
    } else if (w > weak) {
      weak = w;
    }
  }
  if (weak == WEAK_NONE) return strong;
  if (!have_strong) {
    return weak == WEAK_INT ? NDP_INT64 : weak == WEAK_FLOAT ? NDP_FLOAT64 : NDP_COMPLEX128;
  }
  enum ndp_kind k = ndp_dtype_kind(strong);
  switch (weak) {
  case WEAK_INT:
    return k == NDP_KIND_BOOL ? NDP_INT64 : strong;
  case WEAK_FLOAT:
    return (k == NDP_KIND_FLOAT || k == NDP_KIND_COMPLEX) ? strong : NDP_FLOAT64;
  case WEAK_COMPLEX:
    if (k == NDP_KIND_COMPLEX) return strong;
    if (strong == NDP_FLOAT16 || strong == NDP_FLOAT32) return NDP_COMPLEX64;
    return NDP_COMPLEX128;
  case WEAK_NONE:
    break;
  }
  return strong;
}

struct ndp_promo_operand ndp_promo_operand_of(const struct ndp_arg *arg,
                                              const struct ndp_tensor *operand) {
  struct ndp_promo_operand p;
  memset(&p, 0, sizeof p);
  p.pykind = arg->kind;
  switch (arg->kind) {
  case NDP_ARG_PYINT:
    p.weak = true;
    p.dtype = NDP_INT64;
    break;
  case NDP_ARG_PYFLOAT:
    p.weak = true;
    p.dtype = NDP_FLOAT64;
    break;
  case NDP_ARG_PYCOMPLEX:
    p.weak = true;
    p.dtype = NDP_COMPLEX128;
    break;
  case NDP_ARG_PYBOOL:
    /* NumPy 1.24 converts a Python bool to np.bool_: a strong bool (it
     * takes part in casting= checks as bool, see ufunc.c). */
    p.weak = false;
    p.dtype = NDP_BOOL;
    break;
  case NDP_ARG_NPSCALAR:
    p.dtype = arg->scalar.dtype;
    if (p.dtype == NDP_COMPLEX128) {
      /* NumPy 1.24 quirk: np.complex128 subclasses Python complex, and
       * npy_mark_tmp_array_if_pyscalar (unlike for float) does not exclude
       * NumPy's own scalar, so np.complex128 is weak like a Python complex:
       * np.complex128(1j) + float32_array is complex64 in 1.24. */
      p.weak = true;
      p.pykind = NDP_ARG_PYCOMPLEX;
    }
    break;
  case NDP_ARG_REF:
    p.dtype = operand != NULL ? operand->dtype : NDP_BOOL;
    break;
  }
  return p;
}

/* ------------------------------------------------------------ Python scalars */

/* Writes a Python int as Python prints it. */
static void pyint_str(const struct ndp_pyint *v, char *buf, size_t n) {
  if (v->huge) {
    snprintf(buf, n, "%s(beyond 64 bits)", v->neg ? "-" : "");
  } else {
    snprintf(buf, n, "%s%llu", v->neg && v->mag != 0 ? "-" : "", (unsigned long long)v->mag);
  }
}

/* Does the Python int fit in the integer dtype dt? */
static bool pyint_fits(const struct ndp_pyint *v, enum ndp_dtype dt) {
  if (v->huge) return false;
  int w = int_bits(dt);
  if (is_unsigned(dt)) {
    if (v->neg && v->mag != 0) return false;
    return w == 64 || v->mag <= (((uint64_t)1 << w) - 1);
  }
  uint64_t lim = (uint64_t)1 << (w - 1); /* |min|; max is lim - 1 */
  return v->neg ? v->mag <= lim : v->mag < lim;
}

/* NumPy's message for a Python int that does not fit dt. Within
 * [-2^63, 2^64) NumPy names the value; beyond, CPython's conversion to C
 * long fails first with its own message. */
static enum ndp_status pyint_overflow(const struct ndp_pyint *v, enum ndp_dtype dt,
                                      struct ndp_error *err) {
  bool beyond = v->huge || (v->neg && v->mag > ((uint64_t)1 << 63)) ||
                (!v->neg && v->mag >= ((uint64_t)1 << 63) && dt != NDP_UINT64);
  if (beyond) {
    return ndp_step_error(err, NDP_ERRC_OVERFLOW, "Python int too large to convert to C long");
  }
  char num[48];
  pyint_str(v, num, sizeof num);
  return ndp_step_error(err, NDP_ERRC_OVERFLOW, "Python integer %s out of bounds for %s", num,
                        ndp_dtype_name(dt));
}

/* A Python int that is not huge, as the double nearest to it (CPython's
 * int.__float__ rounds correctly, once). */
static double pyint_to_double(const struct ndp_pyint *v) {
  double m = round_magnitude(v->mag, 53);
  return v->neg ? -m : m;
}

/* A Python float converted to an integer dtype the way NumPy 1.24's setitem
 * does: int(x) (NaN: ValueError, inf: OverflowError), then through C long
 * (wrapping to the dtype's width); unsigned dtypes first try C unsigned
 * long, so [0, 2^64) wraps too; anything else overflows. */
static enum ndp_status pyfloat_to_int(double x, enum ndp_dtype dt, struct ndp_elem *e,
                                      struct ndp_error *err) {
  if (isnan(x)) return ndp_step_error(err, NDP_ERRC_VALUE, "cannot convert float NaN to integer");
  if (isinf(x)) {
    return ndp_step_error(err, NDP_ERRC_OVERFLOW, "cannot convert float infinity to integer");
  }
  double t = trunc(x);
  const double two63 = 9223372036854775808.0, two64 = 18446744073709551616.0;
  if (t >= -two63 && t < two63) {
    int_from_bits((uint64_t)(int64_t)t, dt, e);
    return NDP_OK;
  }
  if (is_unsigned(dt) && t >= 0 && t < two64) {
    int_from_bits((uint64_t)t, dt, e);
    return NDP_OK;
  }
  return ndp_step_error(err, NDP_ERRC_OVERFLOW, "Python int too large to convert to C long");
}

/* The value a Python scalar takes in dtype dt (NumPy 1.24's conversion of
 * a Python object into an element of dt). */
static enum ndp_status pyscalar_value(const struct ndp_arg *arg, enum ndp_dtype dt,
                                      struct ndp_elem *e, struct ndp_error *err) {
  enum ndp_kind k = ndp_dtype_kind(dt);
  memset(e, 0, sizeof *e);
  e->dtype = dt;
  switch (arg->kind) {
  case NDP_ARG_PYBOOL: {
    struct ndp_elem b;
    memset(&b, 0, sizeof b);
    b.dtype = NDP_BOOL;
    b.v.b = arg->b;
    ndp_cast_elem(&b, dt, e);
    return NDP_OK;
  }
  case NDP_ARG_PYINT: {
    const struct ndp_pyint *v = &arg->pyint;
    if (k == NDP_KIND_BOOL) {
      e->v.b = v->huge || v->mag != 0; /* bool(int): no range check */
      return NDP_OK;
    }
    if (k == NDP_KIND_INT || k == NDP_KIND_UINT) {
      if (!pyint_fits(v, dt)) return pyint_overflow(v, dt, err);
      if (k == NDP_KIND_UINT) {
        e->v.u = v->mag;
      } else {
        e->v.i = v->neg ? (v->mag == ((uint64_t)1 << 63) ? INT64_MIN : -(int64_t)v->mag)
                        : (int64_t)v->mag;
      }
      return NDP_OK;
    }
    if (v->huge) {
      if (dt == NDP_FLOAT16) { /* beyond 2^64: inf in float16 whatever it is */
        e->v.f = v->neg ? -INFINITY : INFINITY;
        return NDP_OK;
      }
      return ndp_step_error(err, NDP_ERRC_UNSUPPORTED,
                            "the oracle does not keep the value of a Python integer beyond 64 "
                            "bits, which %s would need",
                            ndp_dtype_name(dt));
    }
    double d = pyint_to_double(v);
    if (k == NDP_KIND_FLOAT) {
      e->v.f = round_to_float(d, dt);
    } else {
      e->v.c.re = round_to_float(d, dt);
      e->v.c.im = 0;
    }
    return NDP_OK;
  }
  case NDP_ARG_PYFLOAT:
    switch (k) {
    case NDP_KIND_BOOL:
      e->v.b = arg->f != 0;
      return NDP_OK;
    case NDP_KIND_INT:
    case NDP_KIND_UINT:
      return pyfloat_to_int(arg->f, dt, e, err);
    case NDP_KIND_FLOAT:
      e->v.f = round_to_float(arg->f, dt);
      return NDP_OK;
    case NDP_KIND_COMPLEX:
      e->v.c.re = round_to_float(arg->f, dt);
      e->v.c.im = 0;
      return NDP_OK;
    }
    break;
  case NDP_ARG_PYCOMPLEX:
    switch (k) {
    case NDP_KIND_BOOL:
      e->v.b = arg->re != 0 || arg->im != 0;
      return NDP_OK;
    case NDP_KIND_INT:
    case NDP_KIND_UINT:
      return ndp_step_error(err, NDP_ERRC_TYPE,
                            "int() argument must be a string, a bytes-like object or a real "
                            "number, not 'complex'");
    case NDP_KIND_FLOAT:
      return ndp_step_error(err, NDP_ERRC_TYPE,
                            "float() argument must be a string or a real number, not 'complex'");
    case NDP_KIND_COMPLEX:
      e->v.c.re = round_to_float(arg->re, dt);
      e->v.c.im = round_to_float(arg->im, dt);
      return NDP_OK;
    }
    break;
  case NDP_ARG_NPSCALAR:
    if (arg->scalar.dtype == NDP_COMPLEX128 && arg->scalar.buf != NULL) {
      /* the weak np.complex128 of ndp_promo_operand_of: NumPy converts it
       * like a Python float of its real part, except that it keeps its
       * imaginary part for complex and bool dtypes */
      struct ndp_elem c;
      ndp_elem_load(NDP_COMPLEX128, arg->scalar.swapped, ndp_tensor_at(&arg->scalar, NULL), &c);
      switch (k) {
      case NDP_KIND_BOOL:
        e->v.b = c.v.c.re != 0 || c.v.c.im != 0;
        return NDP_OK;
      case NDP_KIND_INT:
      case NDP_KIND_UINT:
        return pyfloat_to_int(c.v.c.re, dt, e, err);
      case NDP_KIND_FLOAT:
        e->v.f = round_to_float(c.v.c.re, dt);
        return NDP_OK;
      case NDP_KIND_COMPLEX:
        e->v.c.re = round_to_float(c.v.c.re, dt);
        e->v.c.im = round_to_float(c.v.c.im, dt);
        return NDP_OK;
      }
    }
    break;
  case NDP_ARG_REF:
    break;
  }
  return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE,
                       "ndp_pyscalar_to_tensor: operand is not a Python scalar");
}

enum ndp_status ndp_pyscalar_to_tensor(const struct ndp_arg *arg, enum ndp_dtype dt,
                                       struct ndp_tensor *out, struct ndp_error *err) {
  struct ndp_elem e;
  NDP_RETURN_NOT_OK(pyscalar_value(arg, dt, &e, err));
  NDP_RETURN_NOT_OK(ndp_tensor_empty(dt, 0, NULL, 'C', out, err));
  ndp_elem_store(dt, false, ndp_tensor_at(out, NULL), &e);
  return NDP_OK;
}
