/* dtype facts of the reference engine: promotion, can_cast, NEP 50
 * result_type with weak Python scalars, the conversion of a Python scalar
 * operand into a loop dtype, and the strided cast kernels every other ref
 * file uses to convert operands.
 *
 * Truth: NumPy 1.24.2 run with NPY_PROMOTION_STATE=weak. The tables below
 * were printed by that NumPy (np.promote_types, np.can_cast) and are checked
 * against a copy probed independently in core/tests/test_ref_types.c. This
 * file shares no code with the oracle (docs/STYLE.md rule 7).
 */
#include <math.h>
#include <string.h>

#include "ref_internal.h"

/* ------------------------------------------------------------ promotion */

enum {
  B = NDP_BOOL,
  I8 = NDP_INT8,
  U8 = NDP_UINT8,
  I16 = NDP_INT16,
  U16 = NDP_UINT16,
  I32 = NDP_INT32,
  U32 = NDP_UINT32,
  I64 = NDP_INT64,
  U64 = NDP_UINT64,
  F16 = NDP_FLOAT16,
  F32 = NDP_FLOAT32,
  F64 = NDP_FLOAT64,
  C64 = NDP_COMPLEX64,
  C128 = NDP_COMPLEX128,
};

/* np.promote_types(row, column). Why each region is what it is:
 * - bool is below everything;
 * - two integers of one signedness: the wider;
 * - signed with unsigned: the narrowest signed type holding both ranges;
 *   int64 with uint64 has none, and NumPy falls back to float64;
 * - an integer with a float: a float with enough significand for the
 *   integer (8-bit ints fit float16, 16-bit float32, wider ones float64);
 * - complex: the complex whose parts hold the promoted real parts. */
static const unsigned char promote_table[NDP_NDTYPES][NDP_NDTYPES] = {
    {B, I8, U8, I16, U16, I32, U32, I64, U64, F16, F32, F64, C64, C128},          /* bool */
    {I8, I8, I16, I16, I32, I32, I64, I64, F64, F16, F32, F64, C64, C128},        /* int8 */
    {U8, I16, U8, I16, U16, I32, U32, I64, U64, F16, F32, F64, C64, C128},        /* uint8 */
    {I16, I16, I16, I16, I32, I32, I64, I64, F64, F32, F32, F64, C64, C128},      /* int16 */
    {U16, I32, U16, I32, U16, I32, U32, I64, U64, F32, F32, F64, C64, C128},      /* uint16 */
    {I32, I32, I32, I32, I32, I32, I64, I64, F64, F64, F64, F64, C128, C128},     /* int32 */
    {U32, I64, U32, I64, U32, I64, U32, I64, U64, F64, F64, F64, C128, C128},     /* uint32 */
    {I64, I64, I64, I64, I64, I64, I64, I64, F64, F64, F64, F64, C128, C128},     /* int64 */
    {U64, F64, U64, F64, U64, F64, U64, F64, U64, F64, F64, F64, C128, C128},     /* uint64 */
    {F16, F16, F16, F32, F32, F64, F64, F64, F64, F16, F32, F64, C64, C128},      /* float16 */
    {F32, F32, F32, F32, F32, F64, F64, F64, F64, F32, F32, F64, C64, C128},      /* float32 */
    {F64, F64, F64, F64, F64, F64, F64, F64, F64, F64, F64, F64, C128, C128},     /* float64 */
    {C64, C64, C64, C64, C64, C128, C128, C128, C128, C64, C64, C128, C64, C128}, /* complex64 */
    {C128, C128, C128, C128, C128, C128, C128, C128, C128, C128, C128, C128, C128,
     C128}, /* complex128 */
};

enum ndp_dtype ndp_ref_promote(enum ndp_dtype a, enum ndp_dtype b) {
  return (enum ndp_dtype)promote_table[a][b];
}

/* ------------------------------------------------------------ can_cast */

/* np.can_cast(row, column, "safe"), one bit per column (bit k = dtype k):
 * every value of the row type is exactly a value of the column type.
 * - bool casts safely to everything;
 * - signed ints to wider signed ints, never to unsigned;
 * - unsigned ints to wider-or-equal unsigned and strictly wider signed;
 * - ints to the floats promote_table gives them (and wider), and to the
 *   complex types whose parts are such floats;
 * - floats to wider-or-equal floats and complex with parts as wide. */
static const char *const safe_rows[NDP_NDTYPES] = {
    "11111111111111", /* bool */
    "01010101011111", /* int8 */
    "00111111111111", /* uint8 */
    "00010101001111", /* int16 */
    "00001111101111", /* uint16 */
    "00000101000101", /* int32 */
    "00000011100101", /* uint32 */
    "00000001000101", /* int64 */
    "00000000100101", /* uint64 */
    "00000000011111", /* float16 */
    "00000000001111", /* float32 */
    "00000000000101", /* float64 */
    "00000000000011", /* complex64 */
    "00000000000001", /* complex128 */
};

/* np.can_cast(row, column, "same_kind"): safe, or within the kind, or up
 * NumPy's kind order b < u < i < f < c. So any integer goes to any signed
 * integer, unsigned ones to any unsigned one (signed to unsigned is down),
 * integers and floats to every float and complex, complex only to complex,
 * and only bool to bool. */
static const char *const same_kind_rows[NDP_NDTYPES] = {
    "11111111111111", /* bool */
    "01010101011111", /* int8 */
    "01111111111111", /* uint8 */
    "01010101011111", /* int16 */
    "01111111111111", /* uint16 */
    "01010101011111", /* int32 */
    "01111111111111", /* uint32 */
    "01010101011111", /* int64 */
    "01111111111111", /* uint64 */
    "00000000011111", /* float16 */
    "00000000011111", /* float32 */
    "00000000011111", /* float64 */
    "00000000000011", /* complex64 */
    "00000000000011", /* complex128 */
};

bool ndp_ref_can_cast(enum ndp_dtype from, enum ndp_dtype to, enum ndp_casting casting) {
  if ((unsigned)from >= NDP_NDTYPES || (unsigned)to >= NDP_NDTYPES) return false;
  switch (casting) {
  case NDP_CAST_NO:
  case NDP_CAST_EQUIV:
    return from == to; /* byte order is the caller's business */
  case NDP_CAST_SAFE:
    return safe_rows[from][to] == '1';
  case NDP_CAST_SAME_KIND:
    return same_kind_rows[from][to] == '1';
  case NDP_CAST_UNSAFE:
    return true;
  }
  return false;
}

/* ------------------------------------------------------------ NEP 50 */

/* How far up the kind order a Python scalar reaches: int < float < complex.
 * 0 for a strong operand. */
static int weak_level(const struct ndp_ref_operand *op) {
  if (!op->weak) return 0;
  switch (op->pykind) {
  case NDP_ARG_PYINT:
    return 1;
  case NDP_ARG_PYFLOAT:
    return 2;
  case NDP_ARG_PYCOMPLEX:
    return 3;
  default:
    return 0; /* a "weak" bool is np.bool_ in NumPy 1.24: strong */
  }
}

/* The dtype that a Python scalar of weak level w leaves standing when the
 * strong operands promote to s; indexed [w - 1][s]. If s already reaches
 * the scalar's kind, s stands (int8 + 300 is int8; the value is checked when
 * it is converted); else the lowest type of the scalar's kind that keeps s's
 * precision: bool + int is int64; bool/int + float is float64;
 * float16/float32 + complex is complex64, float64 + complex complex128. */
static const unsigned char weak_table[3][NDP_NDTYPES] = {
    /* int */ {I64, I8, U8, I16, U16, I32, U32, I64, U64, F16, F32, F64, C64, C128},
    /* float */ {F64, F64, F64, F64, F64, F64, F64, F64, F64, F16, F32, F64, C64, C128},
    /* complex */
    {C128, C128, C128, C128, C128, C128, C128, C128, C128, C64, C64, C128, C64, C128},
};

enum ndp_dtype ndp_ref_result_type(int n, const struct ndp_ref_operand *ops) {
  int have = 0, level = 0;
  enum ndp_dtype s = NDP_BOOL;
  for (int i = 0; i < n; i++) {
    int w = weak_level(&ops[i]);
    if (w > 0) {
      if (w > level) level = w;
      continue;
    }
    enum ndp_dtype d = ops[i].weak ? NDP_BOOL : ops[i].dtype;
    s = have ? ndp_ref_promote(s, d) : d;
    have = 1;
  }
  if (level == 0) return s;
  if (!have) return level == 1 ? NDP_INT64 : level == 2 ? NDP_FLOAT64 : NDP_COMPLEX128;
  return (enum ndp_dtype)weak_table[level - 1][s];
}

struct ndp_ref_operand ndp_ref_operand_of(const struct ndp_arg *arg,
                                          const struct ndp_tensor *operand) {
  struct ndp_ref_operand op = {.weak = false, .dtype = NDP_BOOL, .pykind = arg->kind};
  switch (arg->kind) {
  case NDP_ARG_PYINT:
    op.weak = true, op.dtype = NDP_INT64;
    break;
  case NDP_ARG_PYFLOAT:
    op.weak = true, op.dtype = NDP_FLOAT64;
    break;
  case NDP_ARG_PYCOMPLEX:
    op.weak = true, op.dtype = NDP_COMPLEX128;
    break;
  case NDP_ARG_PYBOOL:
    op.dtype = NDP_BOOL;
    break; /* np.bool_: strong in 1.24 */
  case NDP_ARG_NPSCALAR:
    op.dtype = arg->scalar.dtype;
    /* NumPy 1.24: np.complex128 is a subclass of Python complex and is
     * treated as a weak Python complex (np.complex128(1j) + float32 array is
     * complex64). np.float64 is excluded explicitly in 1.24, complex not. */
    if (op.dtype == NDP_COMPLEX128) op.weak = true, op.pykind = NDP_ARG_PYCOMPLEX;
    break;
  case NDP_ARG_REF:
    op.dtype = operand != NULL ? operand->dtype : NDP_BOOL;
    break;
  }
  return op;
}

/* ------------------------------------------------------------ element conversions */

/* Bit patterns of native values. memcpy keeps the accesses free of aliasing
 * and alignment questions; gcc turns these into plain register moves. */
static inline uint32_t f32_bits(float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  return u;
}
static inline float f32_of_bits(uint32_t u) {
  float f;
  memcpy(&f, &u, 4);
  return f;
}

/* binary16 -> binary32, exact. */
static inline float half_to_f32(uint16_t h) {
  uint32_t sign = (uint32_t)(h & 0x8000u) << 16;
  uint32_t exp = (h >> 10) & 0x1fu, man = h & 0x3ffu;
  if (exp == 0x1f) return f32_of_bits(sign | 0x7f800000u | (man << 13));
  if (exp == 0) {
    float m = (float)man * 0x1p-24f; /* subnormal (or zero): exact */
    return f32_of_bits(sign | f32_bits(m));
  }
  return f32_of_bits(sign | ((exp + 112u) << 23) | (man << 13));
}

/* binary32 -> binary16, round to nearest even, NaN payloads kept as NumPy's
 * npy_float_to_half keeps them (the top 10 bits, never turning into inf).
 * The subnormal range rounds through one float addition (RNE). */
static inline uint16_t f32_to_half(float f) {
  uint32_t x = f32_bits(f);
  uint16_t sign = (uint16_t)((x >> 16) & 0x8000u);
  x &= 0x7fffffffu;
  if (x >= 0x47800000u) { /* >= 65536, inf or NaN */
    if (x > 0x7f800000u) {
      uint16_t r = (uint16_t)(0x7c00u + ((x & 0x7fffffu) >> 13));
      if (r == 0x7c00u) r++;
      return sign | r;
    }
    return sign | 0x7c00u;
  }
  if (x < 0x38800000u) {             /* below 2^-14: half subnormal or zero */
    float t = f32_of_bits(x) + 0.5f; /* aligns the half's last bit with 2^-24 */
    return sign | (uint16_t)(f32_bits(t) - 0x3f000000u);
  }
  uint32_t odd = (x >> 13) & 1u;
  x += 0xc8000fffu + odd;            /* rebias 127 -> 15 and round half to even */
  return sign | (uint16_t)(x >> 13); /* a carry into exponent 31 gives inf */
}

/* binary64 -> binary16, rounded once to nearest even; NaN payloads as
 * NumPy's npy_double_to_half keeps them (top 10 bits, never inf). */
static inline uint16_t f64_to_half(double d) {
  uint64_t x;
  memcpy(&x, &d, 8);
  uint16_t sign = (uint16_t)((x >> 48) & 0x8000u);
  x &= UINT64_C(0x7fffffffffffffff);
  if (x >= UINT64_C(0x40f0000000000000)) { /* >= 65536, inf or NaN */
    if (x > UINT64_C(0x7ff0000000000000)) {
      uint16_t r = (uint16_t)(0x7c00u + ((x & UINT64_C(0xfffffffffffff)) >> 42));
      if (r == 0x7c00u) r++;
      return sign | r;
    }
    return sign | 0x7c00u;
  }
  int e = (int)(x >> 52) - 1023;
  uint64_t mant = (x & UINT64_C(0xfffffffffffff)) | (UINT64_C(1) << 52);
  uint64_t r;
  int shift;
  if (e < -25) return sign; /* below 2^-25: rounds to zero */
  if (e < -14) {            /* half subnormal: units of 2^-24 */
    shift = 28 - e;
    r = 0;
  } else {
    shift = 42;
    r = (uint64_t)(e + 15) << 10;
    mant &= UINT64_C(0xfffffffffffff);
  }
  uint64_t half = UINT64_C(1) << (shift - 1), rem = mant & ((UINT64_C(1) << shift) - 1);
  r += mant >> shift;
  if (rem > half || (rem == half && (r & 1u))) r++; /* a carry into the exponent is right */
  return sign | (uint16_t)r;
}

/* A 64-bit integer magnitude m >= 2^53 rounded once to 24 significant bits,
 * as an exact double. C's int64 -> float conversion rounds once too, but
 * Valgrind emulates it through double (twice), so write it out. */
static double round_mag_24(uint64_t m) {
  int len = 64;
  while (!(m >> (len - 1))) len--;
  int shift = len - 24;
  uint64_t kept = m >> shift, rem = m & ((UINT64_C(1) << shift) - 1);
  uint64_t half = UINT64_C(1) << (shift - 1);
  if (rem > half || (rem == half && (kept & 1u))) kept++;
  return ldexp((double)kept, shift);
}
static inline float i64_to_f32(int64_t v) {
  if (v > -(INT64_C(1) << 53) && v < (INT64_C(1) << 53)) return (float)(double)v;
  uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  double r = round_mag_24(m);
  return (float)(v < 0 ? -r : r);
}
static inline float u64_to_f32(uint64_t v) {
  if (v < (UINT64_C(1) << 53)) return (float)(double)v;
  return (float)round_mag_24(v);
}

/* Float -> integer out of range is platform-defined in NumPy (a C cast with
 * undefined behaviour). These give the values NumPy 1.24.2 gives on x86-64
 * for contiguous float64 arrays, without UB; no case pins them:
 *   8/16-bit targets: through int32, 0 when outside int32's range or NaN;
 *   int32, int64: the type's minimum when outside or NaN;
 *   uint32: [-2^31, 2^32) wraps; NaN and lower finite values 2^31; higher
 *           values and both infinities 0;
 *   uint64: [-2^63, 2^64) wraps; NaN and lower values 2^63; higher 0. */
static inline uint32_t f2i_via32(double x) {
  if (x > -2147483649.0 && x < 2147483648.0) return (uint32_t)(int32_t)x;
  return 0;
}
static inline uint32_t f2i_32(double x) {
  if (x > -2147483649.0 && x < 2147483648.0) return (uint32_t)(int32_t)x;
  return UINT32_C(0x80000000);
}
static inline uint64_t f2i_64(double x) {
  if (x >= -9223372036854775808.0 && x < 9223372036854775808.0) return (uint64_t)(int64_t)x;
  return UINT64_C(0x8000000000000000);
}
static inline uint32_t f2u_32(double x) {
  if (x > -2147483649.0 && x < 4294967296.0) return (uint32_t)(uint64_t)(int64_t)x;
  if (x != x || (x < 0 && !isinf(x))) return UINT32_C(0x80000000);
  return 0;
}
static inline uint64_t f2u_64(double x) {
  if (x >= -9223372036854775808.0 && x < 9223372036854775808.0) return (uint64_t)(int64_t)x;
  if (x >= 9223372036854775808.0 && x < 18446744073709551616.0) return (uint64_t)x;
  if (x < 0 || x != x) return UINT64_C(0x8000000000000000);
  return 0;
}

/* Storage types. bool is one byte (any nonzero byte reads as true); float16
 * is its bit pattern; complex is a pair of parts. */
typedef unsigned char t_bool;
typedef uint16_t t_half;
typedef struct {
  float re, im;
} t_c64;
typedef struct {
  double re, im;
} t_c128;

/* Every target type T has converters from the six value classes a source
 * reduces to: signed/unsigned 64-bit integer, float, double, and the two
 * complex types. Integer targets keep the low bits of integer sources (the
 * narrowing to an unsigned type of the width is defined modulo 2^N; the
 * caller stores the bytes, so no implementation-defined signed narrowing). */
#define INT_TARGET(T, UT, F2I)                                                                     \
  static inline UT T##_from_i(int64_t v) {                                                         \
    return (UT)(uint64_t)v;                                                                        \
  }                                                                                                \
  static inline UT T##_from_u(uint64_t v) {                                                        \
    return (UT)v;                                                                                  \
  }                                                                                                \
  static inline UT T##_from_f(float v) {                                                           \
    return (UT)F2I((double)v);                                                                     \
  }                                                                                                \
  static inline UT T##_from_d(double v) {                                                          \
    return (UT)F2I(v);                                                                             \
  }                                                                                                \
  static inline UT T##_from_cf(t_c64 v) {                                                          \
    return (UT)F2I((double)v.re);                                                                  \
  }                                                                                                \
  static inline UT T##_from_cd(t_c128 v) {                                                         \
    return (UT)F2I(v.re);                                                                          \
  }
INT_TARGET(int8, uint8_t, f2i_via32)
INT_TARGET(uint8, uint8_t, f2i_via32)
INT_TARGET(int16, uint16_t, f2i_via32)
INT_TARGET(uint16, uint16_t, f2i_via32)
INT_TARGET(int32, uint32_t, f2i_32)
INT_TARGET(uint32, uint32_t, f2u_32)
INT_TARGET(int64, uint64_t, f2i_64)
INT_TARGET(uint64, uint64_t, f2u_64)
#undef INT_TARGET

static inline t_bool boolean_from_i(int64_t v) {
  return v != 0;
}
static inline t_bool boolean_from_u(uint64_t v) {
  return v != 0;
}
static inline t_bool boolean_from_f(float v) {
  return v != 0;
} /* NaN is true */
static inline t_bool boolean_from_d(double v) {
  return v != 0;
}
static inline t_bool boolean_from_cf(t_c64 v) {
  return v.re != 0 || v.im != 0;
}
static inline t_bool boolean_from_cd(t_c128 v) {
  return v.re != 0 || v.im != 0;
}

/* Integers up to 32 bits are exact in double and (up to 24 bits) in float;
 * int64/uint64 -> float rounds once (see round_mag_24). float16 from
 * integers goes through float when exact there, else double: both round
 * once, because a value that float would round is far beyond 65504. */
static inline t_half float16_from_i(int64_t v) {
  return v > -(INT64_C(1) << 24) && v < (INT64_C(1) << 24) ? f32_to_half((float)v)
                                                           : f64_to_half((double)v);
}
static inline t_half float16_from_u(uint64_t v) {
  return v < (UINT64_C(1) << 24) ? f32_to_half((float)v) : f64_to_half((double)v);
}
static inline t_half float16_from_f(float v) {
  return f32_to_half(v);
}
static inline t_half float16_from_d(double v) {
  return f64_to_half(v);
}
static inline t_half float16_from_cf(t_c64 v) {
  return f32_to_half(v.re);
}
static inline t_half float16_from_cd(t_c128 v) {
  return f64_to_half(v.re);
}

static inline float float32_from_i(int64_t v) {
  return i64_to_f32(v);
}
static inline float float32_from_u(uint64_t v) {
  return u64_to_f32(v);
}
static inline float float32_from_f(float v) {
  return v;
}
static inline float float32_from_d(double v) {
  return (float)v;
}
static inline float float32_from_cf(t_c64 v) {
  return v.re;
}
static inline float float32_from_cd(t_c128 v) {
  return (float)v.re;
}

static inline double float64_from_i(int64_t v) {
  return (double)v;
}
static inline double float64_from_u(uint64_t v) {
  return (double)v;
}
static inline double float64_from_f(float v) {
  return v;
}
static inline double float64_from_d(double v) {
  return v;
}
static inline double float64_from_cf(t_c64 v) {
  return v.re;
}
static inline double float64_from_cd(t_c128 v) {
  return v.re;
}

static inline t_c64 complex64_from_i(int64_t v) {
  return (t_c64){i64_to_f32(v), 0.0f};
}
static inline t_c64 complex64_from_u(uint64_t v) {
  return (t_c64){u64_to_f32(v), 0.0f};
}
static inline t_c64 complex64_from_f(float v) {
  return (t_c64){v, 0.0f};
}
static inline t_c64 complex64_from_d(double v) {
  return (t_c64){(float)v, 0.0f};
}
static inline t_c64 complex64_from_cf(t_c64 v) {
  return v;
}
static inline t_c64 complex64_from_cd(t_c128 v) {
  return (t_c64){(float)v.re, (float)v.im};
}

static inline t_c128 complex128_from_i(int64_t v) {
  return (t_c128){(double)v, 0.0};
}
static inline t_c128 complex128_from_u(uint64_t v) {
  return (t_c128){(double)v, 0.0};
}
static inline t_c128 complex128_from_f(float v) {
  return (t_c128){v, 0.0};
}
static inline t_c128 complex128_from_d(double v) {
  return (t_c128){v, 0.0};
}
static inline t_c128 complex128_from_cf(t_c64 v) {
  return (t_c128){v.re, v.im};
}
static inline t_c128 complex128_from_cd(t_c128 v) {
  return v;
}

/* Storage type of each target name (what is memcpy'd out). */
typedef uint8_t st_int8, st_uint8;
typedef uint16_t st_int16, st_uint16;
typedef uint32_t st_int32, st_uint32;
typedef uint64_t st_int64, st_uint64;
typedef t_bool st_boolean;
typedef t_half st_float16;
typedef float st_float32;
typedef double st_float64;
typedef t_c64 st_complex64;
typedef t_c128 st_complex128;

/* Each source type with the value class it converts through (LOADV turns
 * the stored value into that class's C value). */
#define SRC_boolean_T t_bool
#define SRC_boolean_CLS u
#define SRC_boolean_V(x) ((uint64_t)((x) != 0))
#define SRC_int8_T int8_t
#define SRC_int8_CLS i
#define SRC_int8_V(x) ((int64_t)(x))
#define SRC_uint8_T uint8_t
#define SRC_uint8_CLS u
#define SRC_uint8_V(x) ((uint64_t)(x))
#define SRC_int16_T int16_t
#define SRC_int16_CLS i
#define SRC_int16_V(x) ((int64_t)(x))
#define SRC_uint16_T uint16_t
#define SRC_uint16_CLS u
#define SRC_uint16_V(x) ((uint64_t)(x))
#define SRC_int32_T int32_t
#define SRC_int32_CLS i
#define SRC_int32_V(x) ((int64_t)(x))
#define SRC_uint32_T uint32_t
#define SRC_uint32_CLS u
#define SRC_uint32_V(x) ((uint64_t)(x))
#define SRC_int64_T int64_t
#define SRC_int64_CLS i
#define SRC_int64_V(x) ((int64_t)(x))
#define SRC_uint64_T uint64_t
#define SRC_uint64_CLS u
#define SRC_uint64_V(x) ((uint64_t)(x))
#define SRC_float16_T t_half
#define SRC_float16_CLS f
#define SRC_float16_V(x) half_to_f32(x)
#define SRC_float32_T float
#define SRC_float32_CLS f
#define SRC_float32_V(x) (x)
#define SRC_float64_T double
#define SRC_float64_CLS d
#define SRC_float64_V(x) (x)
#define SRC_complex64_T t_c64
#define SRC_complex64_CLS cf
#define SRC_complex64_V(x) (x)
#define SRC_complex128_T t_c128
#define SRC_complex128_CLS cd
#define SRC_complex128_V(x) (x)

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define CONVFN(S, D) CAT(D##_from_, SRC_##S##_CLS)

/* One kernel per (source, target): a contiguous loop the compiler can
 * vectorize, and a strided one. */
#define CAST_KERNEL(S, D)                                                                          \
  static void cast_##S##_##D(const unsigned char *restrict src, int64_t ss,                        \
                             unsigned char *restrict dst, int64_t ds, int64_t n) {                 \
    typedef SRC_##S##_T sT;                                                                        \
    typedef st_##D dT;                                                                             \
    if (ss == (int64_t)sizeof(sT) && ds == (int64_t)sizeof(dT)) {                                  \
      for (int64_t i = 0; i < n; i++) {                                                            \
        sT x;                                                                                      \
        memcpy(&x, src + i * (int64_t)sizeof(sT), sizeof x);                                       \
        dT y = CONVFN(S, D)(SRC_##S##_V(x));                                                       \
        memcpy(dst + i * (int64_t)sizeof(dT), &y, sizeof y);                                       \
      }                                                                                            \
    } else {                                                                                       \
      for (int64_t i = 0; i < n; i++, src += ss, dst += ds) {                                      \
        sT x;                                                                                      \
        memcpy(&x, src, sizeof x);                                                                 \
        dT y = CONVFN(S, D)(SRC_##S##_V(x));                                                       \
        memcpy(dst, &y, sizeof y);                                                                 \
      }                                                                                            \
    }                                                                                              \
  }

#define CAST_ROW(S)                                                                                \
  CAST_KERNEL(S, boolean)                                                                          \
  CAST_KERNEL(S, int8)                                                                             \
  CAST_KERNEL(S, uint8)                                                                            \
  CAST_KERNEL(S, int16)                                                                            \
  CAST_KERNEL(S, uint16)                                                                           \
  CAST_KERNEL(S, int32)                                                                            \
  CAST_KERNEL(S, uint32)                                                                           \
  CAST_KERNEL(S, int64)                                                                            \
  CAST_KERNEL(S, uint64)                                                                           \
  CAST_KERNEL(S, float16)                                                                          \
  CAST_KERNEL(S, float32)                                                                          \
  CAST_KERNEL(S, float64)                                                                          \
  CAST_KERNEL(S, complex64)                                                                        \
  CAST_KERNEL(S, complex128)

CAST_ROW(boolean)
CAST_ROW(int8)
CAST_ROW(uint8)
CAST_ROW(int16)
CAST_ROW(uint16)
CAST_ROW(int32)
CAST_ROW(uint32)
CAST_ROW(int64)
CAST_ROW(uint64)
CAST_ROW(float16)
CAST_ROW(float32)
CAST_ROW(float64)
CAST_ROW(complex64)
CAST_ROW(complex128)

typedef void (*cast_fn)(const unsigned char *restrict, int64_t, unsigned char *restrict, int64_t,
                        int64_t);

#define CAST_TROW(S)                                                                               \
  {                                                                                                \
    cast_##S##_boolean, cast_##S##_int8, cast_##S##_uint8, cast_##S##_int16, cast_##S##_uint16,    \
        cast_##S##_int32, cast_##S##_uint32, cast_##S##_int64, cast_##S##_uint64,                  \
        cast_##S##_float16, cast_##S##_float32, cast_##S##_float64, cast_##S##_complex64,          \
        cast_##S##_complex128                                                                      \
  }

static const cast_fn cast_table[NDP_NDTYPES][NDP_NDTYPES] = {
    CAST_TROW(boolean),   CAST_TROW(int8),       CAST_TROW(uint8),   CAST_TROW(int16),
    CAST_TROW(uint16),    CAST_TROW(int32),      CAST_TROW(uint32),  CAST_TROW(int64),
    CAST_TROW(uint64),    CAST_TROW(float16),    CAST_TROW(float32), CAST_TROW(float64),
    CAST_TROW(complex64), CAST_TROW(complex128),
};

/* Copies n elements of `size` bytes from a strided source into contiguous
 * dst, reversing the bytes of each part (complex parts swap separately). */
static void unswap_chunk(const unsigned char *src, int64_t ss, int size, int parts,
                         unsigned char *dst, int64_t n) {
  int psize = size / parts;
  for (int64_t i = 0; i < n; i++, src += ss, dst += size) {
    for (int p = 0; p < parts; p++) {
      const unsigned char *s = src + p * psize;
      unsigned char *d = dst + p * psize;
      for (int k = 0; k < psize; k++) d[k] = s[psize - 1 - k];
    }
  }
}

void ndp_ref_cast_strided(enum ndp_dtype sfrom, bool sswap, const unsigned char *src,
                          int64_t sstride, enum ndp_dtype dto, unsigned char *dst, int64_t dstride,
                          int64_t n) {
  if (n <= 0) return;
  int ssize = ndp_dtype_size(sfrom);
  if (!sswap) {
    if (sfrom == dto && sstride == ssize && dstride == ssize) {
      memcpy(dst, src, (size_t)n * (size_t)ssize);
      return;
    }
    cast_table[sfrom][dto](src, sstride, dst, dstride, n);
    return;
  }
  /* Byte-swapped source: unswap chunks into an aligned scratch block, then
   * run the native kernel on it. */
  enum { CHUNK_BYTES = 4096 };
  union {
    unsigned char bytes[CHUNK_BYTES];
    double align;
  } tmp;
  int parts = ndp_dtype_kind(sfrom) == NDP_KIND_COMPLEX ? 2 : 1;
  int64_t per = CHUNK_BYTES / ssize;
  while (n > 0) {
    int64_t m = n < per ? n : per;
    unswap_chunk(src, sstride, ssize, parts, tmp.bytes, m);
    cast_table[sfrom][dto](tmp.bytes, ssize, dst, dstride, m);
    src += m * sstride;
    dst += m * dstride;
    n -= m;
  }
}

/* ------------------------------------------------------------ Python scalars */

/* Does the (non-huge) Python int fit integer dtype dt? */
static bool pyint_fits(const struct ndp_pyint *v, enum ndp_dtype dt) {
  if (v->huge) return false;
  int bits = ndp_dtype_size(dt) * 8;
  bool neg = v->neg && v->mag != 0;
  if (ndp_dtype_kind(dt) == NDP_KIND_UINT) {
    return !neg && (bits == 64 || v->mag < (UINT64_C(1) << bits));
  }
  uint64_t bound = UINT64_C(1) << (bits - 1);
  return neg ? v->mag <= bound : v->mag < bound;
}

/* NumPy 1.24 converts a Python int into an integer dtype through C long
 * (unsigned long for uint64): outside [-2^63, 2^63) (or [0, 2^64) for
 * uint64) CPython's own message comes first; inside, NumPy names the value. */
static enum ndp_status pyint_out_of_bounds(const struct ndp_pyint *v, enum ndp_dtype dt,
                                           struct ndp_error *err) {
  bool neg = v->neg && v->mag != 0;
  bool in_long = !v->huge && (neg ? v->mag <= (UINT64_C(1) << 63)
                                  : (v->mag < (UINT64_C(1) << 63) || dt == NDP_UINT64));
  if (!in_long) {
    return ndp_step_error(err, NDP_ERRC_OVERFLOW, "Python int too large to convert to C long");
  }
  return ndp_step_error(err, NDP_ERRC_OVERFLOW, "Python integer %s%llu out of bounds for %s",
                        neg ? "-" : "", (unsigned long long)v->mag, ndp_dtype_name(dt));
}

/* int(x) of a Python float, then C long (or unsigned long for unsigned
 * dtypes), wrapped to dt's width: NumPy 1.24's setitem of a float into an
 * integer array. */
static enum ndp_status pyfloat_to_bits(double x, enum ndp_dtype dt, uint64_t *bits,
                                       struct ndp_error *err) {
  if (x != x) return ndp_step_error(err, NDP_ERRC_VALUE, "cannot convert float NaN to integer");
  if (isinf(x)) {
    return ndp_step_error(err, NDP_ERRC_OVERFLOW, "cannot convert float infinity to integer");
  }
  double t = trunc(x);
  if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) {
    *bits = (uint64_t)(int64_t)t;
    return NDP_OK;
  }
  if (ndp_dtype_kind(dt) == NDP_KIND_UINT && t >= 0 && t < 18446744073709551616.0) {
    *bits = (uint64_t)t;
    return NDP_OK;
  }
  return ndp_step_error(err, NDP_ERRC_OVERFLOW, "Python int too large to convert to C long");
}

/* Writes a value of class "real double" or "complex" into a 0-d tensor of
 * float/complex dtype dt, through the cast kernels. */
static void store_complex(double re, double im, enum ndp_dtype dt, unsigned char *p) {
  t_c128 c = {re, im};
  unsigned char raw[16];
  memcpy(raw, &c, sizeof c);
  ndp_ref_cast_strided(NDP_COMPLEX128, false, raw, 16, dt, p, ndp_dtype_size(dt), 1);
}
static void store_bits(uint64_t bits, enum ndp_dtype dt, unsigned char *p) {
  unsigned char raw[8];
  memcpy(raw, &bits, 8);
  ndp_ref_cast_strided(NDP_UINT64, false, raw, 8, dt, p, ndp_dtype_size(dt), 1);
}

/* Fills p (one element of dt) with a real Python-float-like value x (a
 * Python float, or the real part of a weak np.complex128); im is kept for
 * complex and bool targets only. */
static enum ndp_status store_pyfloat(double x, double im, enum ndp_dtype dt, unsigned char *p,
                                     struct ndp_error *err) {
  switch (ndp_dtype_kind(dt)) {
  case NDP_KIND_BOOL:
    *p = (x != 0 || im != 0);
    return NDP_OK;
  case NDP_KIND_INT:
  case NDP_KIND_UINT: {
    uint64_t bits = 0;
    NDP_RETURN_NOT_OK(pyfloat_to_bits(x, dt, &bits, err));
    store_bits(bits, dt, p);
    return NDP_OK;
  }
  case NDP_KIND_FLOAT:
    store_complex(x, 0, dt, p);
    return NDP_OK;
  case NDP_KIND_COMPLEX:
    store_complex(x, im, dt, p);
    return NDP_OK;
  }
  return NDP_OK;
}

static enum ndp_status pyscalar_store(const struct ndp_arg *arg, enum ndp_dtype dt,
                                      unsigned char *p, struct ndp_error *err) {
  enum ndp_kind k = ndp_dtype_kind(dt);
  switch (arg->kind) {
  case NDP_ARG_PYBOOL:
    store_bits(arg->b ? 1u : 0u, dt, p);
    return NDP_OK;
  case NDP_ARG_PYINT: {
    const struct ndp_pyint *v = &arg->pyint;
    if (k == NDP_KIND_BOOL) {
      *p = v->huge || v->mag != 0;
      return NDP_OK;
    }
    if (k == NDP_KIND_INT || k == NDP_KIND_UINT) {
      if (!pyint_fits(v, dt)) return pyint_out_of_bounds(v, dt, err);
      uint64_t bits = v->neg ? (uint64_t)0 - v->mag : v->mag;
      store_bits(bits, dt, p);
      return NDP_OK;
    }
    /* float(int) first (correctly rounded, OverflowError beyond the double
     * range), then the float dtype's own rounding */
    if (isinf(v->fval)) {
      return ndp_step_error(err, NDP_ERRC_OVERFLOW, "int too large to convert to float");
    }
    store_complex(v->fval, 0, dt, p);
    return NDP_OK;
  }
  case NDP_ARG_PYFLOAT:
    return store_pyfloat(arg->f, 0, dt, p, err);
  case NDP_ARG_PYCOMPLEX:
    if (k == NDP_KIND_INT || k == NDP_KIND_UINT) {
      return ndp_step_error(err, NDP_ERRC_TYPE,
                            "int() argument must be a string, a bytes-like object or a real "
                            "number, not 'complex'");
    }
    if (k == NDP_KIND_FLOAT) {
      return ndp_step_error(err, NDP_ERRC_TYPE,
                            "float() argument must be a string or a real number, not 'complex'");
    }
    if (k == NDP_KIND_BOOL) {
      *p = arg->re != 0 || arg->im != 0;
      return NDP_OK;
    }
    store_complex(arg->re, arg->im, dt, p);
    return NDP_OK;
  case NDP_ARG_NPSCALAR: {
    const struct ndp_tensor *s = &arg->scalar;
    if (s->buf == NULL) break;
    const unsigned char *sp = s->buf->data + s->offset;
    if (s->dtype == NDP_COMPLEX128) {
      /* the weak np.complex128 (ndp_ref_operand_of): NumPy 1.24 converts it
       * like a Python float of its real part into real dtypes (int() of it,
       * for integers) and keeps both parts for complex and bool */
      t_c128 c;
      unsigned char raw[16];
      ndp_ref_cast_strided(NDP_COMPLEX128, s->swapped, sp, 16, NDP_COMPLEX128, raw, 16, 1);
      memcpy(&c, raw, sizeof c);
      return store_pyfloat(c.re, c.im, dt, p, err);
    }
    ndp_ref_cast_strided(s->dtype, s->swapped, sp, ndp_dtype_size(s->dtype), dt, p,
                         ndp_dtype_size(dt), 1);
    return NDP_OK;
  }
  case NDP_ARG_REF:
    break;
  }
  return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE,
                       "ndp_ref_pyscalar: the operand is not a scalar");
}

enum ndp_status ndp_ref_pyscalar(const struct ndp_arg *arg, enum ndp_dtype dt,
                                 struct ndp_tensor *out, struct ndp_error *err) {
  unsigned char elem[16];
  memset(elem, 0, sizeof elem);
  NDP_RETURN_NOT_OK(pyscalar_store(arg, dt, elem, err));
  NDP_RETURN_NOT_OK(ndp_tensor_new_uninit(dt, 0, NULL, 'C', out, err));
  memcpy(out->buf->data + out->offset, elem, (size_t)ndp_dtype_size(dt));
  return NDP_OK;
}

enum ndp_status ndp_ref_pyscalar_array(const struct ndp_arg *arg, struct ndp_tensor *out,
                                       struct ndp_error *err) {
  enum ndp_dtype dt;
  switch (arg->kind) {
  case NDP_ARG_PYINT:
    dt = !arg->pyint.neg && !arg->pyint.huge && arg->pyint.mag > (uint64_t)INT64_MAX ? NDP_UINT64
                                                                                     : NDP_INT64;
    break;
  case NDP_ARG_PYFLOAT: dt = NDP_FLOAT64; break;
  case NDP_ARG_PYBOOL: dt = NDP_BOOL; break;
  case NDP_ARG_PYCOMPLEX: dt = NDP_COMPLEX128; break;
  default:
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "operand is not a Python scalar");
  }
  return ndp_ref_pyscalar(arg, dt, out, err);
}
