/* ref: reductions (sum, prod, min, max, mean, argmin, argmax, any, all).
 *
 * Integer and boolean results do not depend on the order in which elements
 * are combined, but floating ones do, and NumPy's float sums are compared
 * with tight tolerances: the engine therefore walks the operand in the
 * order NumPy 1.24's reduction iterator does and calls its kernels with the
 * same runs NumPy's inner loop gets:
 *
 * - the operand's axes (length-1 axes aside) are ordered fastest first by
 *   |stride|, with NumPy's iterator insertion sort (npyiter_find_best_axis_
 *   ordering): a zero stride compares with nothing, ties keep C order, and
 *   every axis is walked forwards (reductions do not flip negative strides);
 * - when the fastest axes are reduced, one inner-loop call covers them (as
 *   many leading axes as are all reduced) in runs of at most NPY_BUFSIZE
 *   (8192) items counted from the start of the run; each call folds its run
 *   into one accumulator, with pairwise summation for float and complex
 *   adds (float16 adds and multiplies work in float32 within a call and
 *   round to half at its end);
 * - when the fastest axis is kept, every element is combined with its own
 *   output element (out[j] = out[j] + x[i, j]: row-wise accumulation).
 *
 * Contiguous runs go straight to typed kernels (loops the compiler
 * vectorizes); runs that need a cast (an int8 sum in int64, a byte-swapped
 * operand) or that do not form one strided run are gathered into a buffer
 * of at most 8192 items first, as NumPy's buffered iterator does.
 *
 * Written independently of oracles/ (STYLE.md rule 7).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ref_internal.h"

#define NPY_BUFSIZE 8192

/* ------------------------------------------------------------ element access */

#define DEFINE_LDST(T, SUF)                                                                        \
  static inline T ld_##SUF(const unsigned char *p) {                                               \
    T v;                                                                                           \
    memcpy(&v, p, sizeof v);                                                                       \
    return v;                                                                                      \
  }                                                                                                \
  static inline void st_##SUF(unsigned char *p, T v) {                                             \
    memcpy(p, &v, sizeof v);                                                                       \
  }
DEFINE_LDST(uint8_t, u8)
DEFINE_LDST(uint16_t, u16)
DEFINE_LDST(uint32_t, u32)
DEFINE_LDST(uint64_t, u64)
DEFINE_LDST(int8_t, i8)
DEFINE_LDST(int16_t, i16)
DEFINE_LDST(int32_t, i32)
DEFINE_LDST(int64_t, i64)
DEFINE_LDST(float, f32)
DEFINE_LDST(double, f64)
#undef DEFINE_LDST

static inline float ld_h(const unsigned char *p) {
  return (float)ndp_half_to_double(ld_u16(p));
}
static inline void st_h(unsigned char *p, float v) {
  st_u16(p, ndp_float_to_half(v));
}

static uint64_t mag64(int64_t x) {
  return x < 0 ? 0u - (uint64_t)x : (uint64_t)x;
}

/* ------------------------------------------------------------ pairwise sums */

/* NumPy's @TYPE@_pairwise_sum (loops_utils.h.src): below 8 items a plain
 * sum from 0; up to PW_BLOCKSIZE (128) eight partial sums over blocks of 8,
 * combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)), then the remainder one
 * by one; above that, two halves split at a multiple of 8. ACC is the
 * accumulation type (float for float16), LOAD reads one item. The _c
 * variant is the same code for contiguous items (a constant step the
 * compiler can vectorize). */
#define DEFINE_PAIRWISE(NAME, ACC, LOAD, STEP)                                                     \
  static ACC NAME(const unsigned char *a, int64_t n, int64_t st) {                                 \
    (void)st;                                                                                      \
    if (n < 8) {                                                                                   \
      ACC res = 0;                                                                                 \
      for (int64_t i = 0; i < n; i++) res += LOAD(a + i * (STEP));                                 \
      return res;                                                                                  \
    }                                                                                              \
    if (n <= 128) {                                                                                \
      ACC r[8];                                                                                    \
      for (int j = 0; j < 8; j++) r[j] = LOAD(a + j * (STEP));                                     \
      int64_t i = 8;                                                                               \
      for (; i < n - (n % 8); i += 8)                                                              \
        for (int j = 0; j < 8; j++) r[j] += LOAD(a + (i + j) * (STEP));                            \
      ACC res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));                 \
      for (; i < n; i++) res += LOAD(a + i * (STEP));                                              \
      return res;                                                                                  \
    }                                                                                              \
    int64_t n2 = n / 2;                                                                            \
    n2 -= n2 % 8;                                                                                  \
    return NAME(a, n2, st) + NAME(a + n2 * (STEP), n - n2, st);                                    \
  }
DEFINE_PAIRWISE(pw_f32, float, ld_f32, st)
DEFINE_PAIRWISE(pw_f32_c, float, ld_f32, 4)
DEFINE_PAIRWISE(pw_f64, double, ld_f64, st)
DEFINE_PAIRWISE(pw_f64_c, double, ld_f64, 8)
DEFINE_PAIRWISE(pw_h, float, ld_h, st)
#undef DEFINE_PAIRWISE

/* NumPy's C@TYPE@_pairwise_sum, which counts scalars (n = 2c for c complex
 * items), written here in complex items: below 4 items a plain sum; up to
 * 64, four complex partial sums over blocks of 4 items combined as
 * (r0+r1)+(r2+r3), then the remainder; above that, halves split at
 * (c - c % 8) / 2 items. */
#define DEFINE_CPAIRWISE(NAME, F, LOAD, PART)                                                      \
  static void NAME(F *rr, F *ri, const unsigned char *a, int64_t c, int64_t st) {                  \
    if (c < 4) {                                                                                   \
      F re = 0, im = 0;                                                                            \
      for (int64_t i = 0; i < c; i++) {                                                            \
        re += LOAD(a + i * st);                                                                    \
        im += LOAD(a + i * st + (PART));                                                           \
      }                                                                                            \
      *rr = re;                                                                                    \
      *ri = im;                                                                                    \
      return;                                                                                      \
    }                                                                                              \
    if (c <= 64) {                                                                                 \
      F r[8];                                                                                      \
      for (int j = 0; j < 4; j++) {                                                                \
        r[2 * j] = LOAD(a + j * st);                                                               \
        r[2 * j + 1] = LOAD(a + j * st + (PART));                                                  \
      }                                                                                            \
      int64_t i = 4;                                                                               \
      for (; i < c - (c % 4); i += 4) {                                                            \
        for (int j = 0; j < 4; j++) {                                                              \
          r[2 * j] += LOAD(a + (i + j) * st);                                                      \
          r[2 * j + 1] += LOAD(a + (i + j) * st + (PART));                                         \
        }                                                                                          \
      }                                                                                            \
      F re = (r[0] + r[2]) + (r[4] + r[6]);                                                        \
      F im = (r[1] + r[3]) + (r[5] + r[7]);                                                        \
      for (; i < c; i++) {                                                                         \
        re += LOAD(a + i * st);                                                                    \
        im += LOAD(a + i * st + (PART));                                                           \
      }                                                                                            \
      *rr = re;                                                                                    \
      *ri = im;                                                                                    \
      return;                                                                                      \
    }                                                                                              \
    int64_t c2 = (c - c % 8) / 2;                                                                  \
    F r1, i1, r2, i2;                                                                              \
    NAME(&r1, &i1, a, c2, st);                                                                     \
    NAME(&r2, &i2, a + c2 * st, c - c2, st);                                                       \
    *rr = r1 + r2;                                                                                 \
    *ri = i1 + i2;                                                                                 \
  }
DEFINE_CPAIRWISE(pw_c64, float, ld_f32, 4)
DEFINE_CPAIRWISE(pw_c128, double, ld_f64, 8)
#undef DEFINE_CPAIRWISE

/* ------------------------------------------------------------ kernels */

/* A reduce kernel folds a run of n items (stride st bytes) into the
 * accumulator at acc: one call of NumPy's inner loop with the output as
 * first operand and stride 0 ("binary reduce"). */
typedef void (*red_fn)(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n);
/* An accumulate kernel combines n items with n output elements:
 * o[i] = o[i] op s[i] (a plain call of the binary loop with out = in1). */
typedef void (*acc_fn)(unsigned char *o, int64_t os, const unsigned char *s, int64_t st, int64_t n);

enum rop { R_ADD, R_MUL, R_MAX, R_MIN, R_OR, R_AND };

/* Integer add and multiply wrap modulo 2^bits, as NumPy's C loops do: they
 * run on the unsigned type of the same width (the bits are the same for
 * signed types), widened so that no arithmetic is done in (signed) int. */
#define DEFINE_INT_ARITH(SUF, U)                                                                   \
  static void radd_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {      \
    U a = ld_##SUF(acc);                                                                           \
    if (st == (int64_t)sizeof(U)) {                                                                \
      for (int64_t i = 0; i < n; i++) a = (U)((uint64_t)a + ld_##SUF(s + i * (int64_t)sizeof(U))); \
    } else {                                                                                       \
      for (int64_t i = 0; i < n; i++) a = (U)((uint64_t)a + ld_##SUF(s + i * st));                 \
    }                                                                                              \
    st_##SUF(acc, a);                                                                              \
  }                                                                                                \
  static void rmul_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {      \
    U a = ld_##SUF(acc);                                                                           \
    for (int64_t i = 0; i < n; i++) a = (U)((uint64_t)a * ld_##SUF(s + i * st));                   \
    st_##SUF(acc, a);                                                                              \
  }                                                                                                \
  static void aadd_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,         \
                         int64_t n) {                                                              \
    for (int64_t i = 0; i < n; i++)                                                                \
      st_##SUF(o + i * os, (U)((uint64_t)ld_##SUF(o + i * os) + ld_##SUF(s + i * st)));            \
  }                                                                                                \
  static void amul_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,         \
                         int64_t n) {                                                              \
    for (int64_t i = 0; i < n; i++)                                                                \
      st_##SUF(o + i * os, (U)((uint64_t)ld_##SUF(o + i * os) * ld_##SUF(s + i * st)));            \
  }
DEFINE_INT_ARITH(u8, uint8_t)
DEFINE_INT_ARITH(u16, uint16_t)
DEFINE_INT_ARITH(u32, uint32_t)
DEFINE_INT_ARITH(u64, uint64_t)
#undef DEFINE_INT_ARITH

#define DEFINE_INT_MINMAX(SUF, T)                                                                  \
  static void rmax_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {      \
    T a = ld_##SUF(acc);                                                                           \
    for (int64_t i = 0; i < n; i++) {                                                              \
      T x = ld_##SUF(s + i * st);                                                                  \
      a = x > a ? x : a;                                                                           \
    }                                                                                              \
    st_##SUF(acc, a);                                                                              \
  }                                                                                                \
  static void rmin_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {      \
    T a = ld_##SUF(acc);                                                                           \
    for (int64_t i = 0; i < n; i++) {                                                              \
      T x = ld_##SUF(s + i * st);                                                                  \
      a = x < a ? x : a;                                                                           \
    }                                                                                              \
    st_##SUF(acc, a);                                                                              \
  }                                                                                                \
  static void amax_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,         \
                         int64_t n) {                                                              \
    for (int64_t i = 0; i < n; i++) {                                                              \
      T a = ld_##SUF(o + i * os), x = ld_##SUF(s + i * st);                                        \
      st_##SUF(o + i * os, a >= x ? a : x);                                                        \
    }                                                                                              \
  }                                                                                                \
  static void amin_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,         \
                         int64_t n) {                                                              \
    for (int64_t i = 0; i < n; i++) {                                                              \
      T a = ld_##SUF(o + i * os), x = ld_##SUF(s + i * st);                                        \
      st_##SUF(o + i * os, a <= x ? a : x);                                                        \
    }                                                                                              \
  }
DEFINE_INT_MINMAX(u8, uint8_t)
DEFINE_INT_MINMAX(u16, uint16_t)
DEFINE_INT_MINMAX(u32, uint32_t)
DEFINE_INT_MINMAX(u64, uint64_t)
DEFINE_INT_MINMAX(i8, int8_t)
DEFINE_INT_MINMAX(i16, int16_t)
DEFINE_INT_MINMAX(i32, int32_t)
DEFINE_INT_MINMAX(i64, int64_t)
#undef DEFINE_INT_MINMAX

/* Booleans: add is logical or, multiply logical and (NumPy's ?? loops);
 * max/any are or, min/all are and. Stored bytes are 0 or 1. */
static void ror_b(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {
  unsigned a = acc[0] != 0;
  for (int64_t i = 0; i < n; i++) a |= s[i * st] != 0;
  acc[0] = (unsigned char)a;
}
static void rand_b(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {
  unsigned a = acc[0] != 0;
  for (int64_t i = 0; i < n; i++) a &= s[i * st] != 0;
  acc[0] = (unsigned char)a;
}
static void aor_b(unsigned char *o, int64_t os, const unsigned char *s, int64_t st, int64_t n) {
  for (int64_t i = 0; i < n; i++) o[i * os] = (unsigned char)((o[i * os] != 0) | (s[i * st] != 0));
}
static void aand_b(unsigned char *o, int64_t os, const unsigned char *s, int64_t st, int64_t n) {
  for (int64_t i = 0; i < n; i++) o[i * os] = (unsigned char)((o[i * os] != 0) & (s[i * st] != 0));
}

/* The largest (max) or smallest item of a run, starting from *m, NaNs
 * aside; returns whether the run holds a NaN. Contiguous runs use 16
 * independent lanes (x > m ? x : m is exactly the vector max instruction,
 * so the compiler can vectorize without fast-math). */
#define DEFINE_EXTREME(SUF, T, ISNAN)                                                              \
  static bool extreme_##SUF(const unsigned char *s, int64_t st, int64_t n, bool max, T *m) {       \
    enum { L = 16 };                                                                               \
    T r = *m;                                                                                      \
    int seen = 0;                                                                                  \
    int64_t i = 0;                                                                                 \
    if (st == (int64_t)sizeof(T) && n >= L) {                                                      \
      T lane[L];                                                                                   \
      int nl[L];                                                                                   \
      for (int j = 0; j < L; j++) lane[j] = r, nl[j] = 0;                                          \
      if (max) {                                                                                   \
        for (; i + L <= n; i += L)                                                                 \
          for (int j = 0; j < L; j++) {                                                            \
            T x = ld_##SUF(s + (i + j) * (int64_t)sizeof(T));                                      \
            nl[j] |= ISNAN(x);                                                                     \
            lane[j] = x > lane[j] ? x : lane[j];                                                   \
          }                                                                                        \
      } else {                                                                                     \
        for (; i + L <= n; i += L)                                                                 \
          for (int j = 0; j < L; j++) {                                                            \
            T x = ld_##SUF(s + (i + j) * (int64_t)sizeof(T));                                      \
            nl[j] |= ISNAN(x);                                                                     \
            lane[j] = x < lane[j] ? x : lane[j];                                                   \
          }                                                                                        \
      }                                                                                            \
      for (int j = 0; j < L; j++) {                                                                \
        seen |= nl[j];                                                                             \
        r = max ? (lane[j] > r ? lane[j] : r) : (lane[j] < r ? lane[j] : r);                       \
      }                                                                                            \
    }                                                                                              \
    for (; i < n; i++) {                                                                           \
      T x = ld_##SUF(s + i * st);                                                                  \
      seen |= ISNAN(x);                                                                            \
      r = max ? (x > r ? x : r) : (x < r ? x : r);                                                 \
    }                                                                                              \
    *m = r;                                                                                        \
    return seen != 0;                                                                              \
  }
#define NONAN(x) ((void)(x), 0)
#define FNAN(x) ((x) != (x))
#define DEFINE_FIRST_NAN(SUF, T)                                                                   \
  static T first_nan_##SUF(const unsigned char *s, int64_t st, int64_t n) {                        \
    for (int64_t i = 0; i < n; i++) {                                                              \
      T x = ld_##SUF(s + i * st);                                                                  \
      if (x != x) return x;                                                                        \
    }                                                                                              \
    return 0;                                                                                      \
  }
DEFINE_FIRST_NAN(f32, float)
DEFINE_FIRST_NAN(f64, double)
#undef DEFINE_FIRST_NAN
#if defined(__SSE2__)
/* float32/float64 with SSE2: MAXPS(x, m) is exactly x > m ? x : m (a NaN x
 * leaves m), and CMPUNORD flags the NaNs; four (two) lanes times four
 * accumulators. Compilers do not vectorize this reduction on their own
 * without fast-math. */
static bool extreme_f32(const unsigned char *s, int64_t st, int64_t n, bool max, float *m) {
  float r = *m;
  int64_t i = 0;
  int seen = 0;
  if (st == 4 && n >= 16) {
    __m128 a0 = _mm_set1_ps(r), a1 = a0, a2 = a0, a3 = a0;
    __m128 u = _mm_setzero_ps();
    for (; i + 16 <= n; i += 16) {
      const float *p = (const float *)(const void *)(s + i * 4);
      __m128 x0 = _mm_loadu_ps(p), x1 = _mm_loadu_ps(p + 4), x2 = _mm_loadu_ps(p + 8),
             x3 = _mm_loadu_ps(p + 12);
      u = _mm_or_ps(u, _mm_or_ps(_mm_or_ps(_mm_cmpunord_ps(x0, x0), _mm_cmpunord_ps(x1, x1)),
                                 _mm_or_ps(_mm_cmpunord_ps(x2, x2), _mm_cmpunord_ps(x3, x3))));
      if (max) {
        a0 = _mm_max_ps(x0, a0), a1 = _mm_max_ps(x1, a1), a2 = _mm_max_ps(x2, a2),
        a3 = _mm_max_ps(x3, a3);
      } else {
        a0 = _mm_min_ps(x0, a0), a1 = _mm_min_ps(x1, a1), a2 = _mm_min_ps(x2, a2),
        a3 = _mm_min_ps(x3, a3);
      }
    }
    float lane[16];
    _mm_storeu_ps(lane, a0), _mm_storeu_ps(lane + 4, a1), _mm_storeu_ps(lane + 8, a2),
        _mm_storeu_ps(lane + 12, a3);
    for (int j = 0; j < 16; j++)
      r = max ? (lane[j] > r ? lane[j] : r) : (lane[j] < r ? lane[j] : r);
    seen = _mm_movemask_ps(u) != 0;
  }
  for (; i < n; i++) {
    float x = ld_f32(s + i * st);
    seen |= x != x;
    r = max ? (x > r ? x : r) : (x < r ? x : r);
  }
  *m = r;
  return seen != 0;
}

static bool extreme_f64(const unsigned char *s, int64_t st, int64_t n, bool max, double *m) {
  double r = *m;
  int64_t i = 0;
  int seen = 0;
  if (st == 8 && n >= 8) {
    __m128d a0 = _mm_set1_pd(r), a1 = a0, a2 = a0, a3 = a0;
    __m128d u = _mm_setzero_pd();
    for (; i + 8 <= n; i += 8) {
      const double *p = (const double *)(const void *)(s + i * 8);
      __m128d x0 = _mm_loadu_pd(p), x1 = _mm_loadu_pd(p + 2), x2 = _mm_loadu_pd(p + 4),
              x3 = _mm_loadu_pd(p + 6);
      u = _mm_or_pd(u, _mm_or_pd(_mm_or_pd(_mm_cmpunord_pd(x0, x0), _mm_cmpunord_pd(x1, x1)),
                                 _mm_or_pd(_mm_cmpunord_pd(x2, x2), _mm_cmpunord_pd(x3, x3))));
      if (max) {
        a0 = _mm_max_pd(x0, a0), a1 = _mm_max_pd(x1, a1), a2 = _mm_max_pd(x2, a2),
        a3 = _mm_max_pd(x3, a3);
      } else {
        a0 = _mm_min_pd(x0, a0), a1 = _mm_min_pd(x1, a1), a2 = _mm_min_pd(x2, a2),
        a3 = _mm_min_pd(x3, a3);
      }
    }
    double lane[8];
    _mm_storeu_pd(lane, a0), _mm_storeu_pd(lane + 2, a1), _mm_storeu_pd(lane + 4, a2),
        _mm_storeu_pd(lane + 6, a3);
    for (int j = 0; j < 8; j++) r = max ? (lane[j] > r ? lane[j] : r) : (lane[j] < r ? lane[j] : r);
    seen = _mm_movemask_pd(u) != 0;
  }
  for (; i < n; i++) {
    double x = ld_f64(s + i * st);
    seen |= x != x;
    r = max ? (x > r ? x : r) : (x < r ? x : r);
  }
  *m = r;
  return seen != 0;
}
#else
DEFINE_EXTREME(f32, float, FNAN)
DEFINE_EXTREME(f64, double, FNAN)
#endif
DEFINE_EXTREME(u8, uint8_t, NONAN)
DEFINE_EXTREME(u16, uint16_t, NONAN)
DEFINE_EXTREME(u32, uint32_t, NONAN)
DEFINE_EXTREME(u64, uint64_t, NONAN)
DEFINE_EXTREME(i8, int8_t, NONAN)
DEFINE_EXTREME(i16, int16_t, NONAN)
DEFINE_EXTREME(i32, int32_t, NONAN)
DEFINE_EXTREME(i64, int64_t, NONAN)
#undef DEFINE_EXTREME

/* The element-wise maximum/minimum o[i] = (o >= x || o is NaN) ? o : x
 * over contiguous items, four (two) at a time with SSE2 compare-and-blend;
 * returns how many items it did (the caller finishes the rest). */
#if defined(__SSE2__)
static int64_t amaxmin_contig_f32(unsigned char *o, const unsigned char *s, int64_t n, bool max) {
  int64_t i = 0;
  for (; i + 4 <= n; i += 4) {
    float *po = (float *)(void *)(o + i * 4);
    __m128 a = _mm_loadu_ps(po), x = _mm_loadu_ps((const float *)(const void *)(s + i * 4));
    __m128 keep = _mm_or_ps(max ? _mm_cmpge_ps(a, x) : _mm_cmple_ps(a, x), _mm_cmpunord_ps(a, a));
    _mm_storeu_ps(po, _mm_or_ps(_mm_and_ps(keep, a), _mm_andnot_ps(keep, x)));
  }
  return i;
}
static int64_t amaxmin_contig_f64(unsigned char *o, const unsigned char *s, int64_t n, bool max) {
  int64_t i = 0;
  for (; i + 2 <= n; i += 2) {
    double *po = (double *)(void *)(o + i * 8);
    __m128d a = _mm_loadu_pd(po), x = _mm_loadu_pd((const double *)(const void *)(s + i * 8));
    __m128d keep = _mm_or_pd(max ? _mm_cmpge_pd(a, x) : _mm_cmple_pd(a, x), _mm_cmpunord_pd(a, a));
    _mm_storeu_pd(po, _mm_or_pd(_mm_and_pd(keep, a), _mm_andnot_pd(keep, x)));
  }
  return i;
}
#else
static int64_t amaxmin_contig_f32(unsigned char *o, const unsigned char *s, int64_t n, bool max) {
  (void)o, (void)s, (void)n, (void)max;
  return 0;
}
static int64_t amaxmin_contig_f64(unsigned char *o, const unsigned char *s, int64_t n, bool max) {
  (void)o, (void)s, (void)n, (void)max;
  return 0;
}
#endif

/* float32 / float64. Adds fold pairwise sums into the accumulator
 * (io1 += pairwise_sum(...)); multiplies are sequential. maximum/minimum
 * keep the accumulator when it is NaN or already beyond the new value, so
 * the first NaN wins: here a lane-wise scan with a NaN flag, and a rescan
 * for the first NaN in the rare case there is one. (Which of two equal
 * zeros of opposite sign wins is not pinned: NumPy's own SIMD loops do not
 * keep to one rule.) */
#define DEFINE_FLOAT(SUF, T)                                                                       \
  static void radd_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {      \
    T p = st == (int64_t)sizeof(T) ? pw_##SUF##_c(s, n, st) : pw_##SUF(s, n, st);                  \
    st_##SUF(acc, ld_##SUF(acc) + p);                                                              \
  }                                                                                                \
  static void rmul_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {      \
    T a = ld_##SUF(acc);                                                                           \
    for (int64_t i = 0; i < n; i++) a *= ld_##SUF(s + i * st);                                     \
    st_##SUF(acc, a);                                                                              \
  }                                                                                                \
  static void rmax_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {      \
    T a = ld_##SUF(acc);                                                                           \
    if (a != a) return;                                                                            \
    if (extreme_##SUF(s, st, n, true, &a)) a = first_nan_##SUF(s, st, n);                          \
    st_##SUF(acc, a);                                                                              \
  }                                                                                                \
  static void rmin_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {      \
    T a = ld_##SUF(acc);                                                                           \
    if (a != a) return;                                                                            \
    if (extreme_##SUF(s, st, n, false, &a)) a = first_nan_##SUF(s, st, n);                         \
    st_##SUF(acc, a);                                                                              \
  }                                                                                                \
  static void aadd_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,         \
                         int64_t n) {                                                              \
    if (os == (int64_t)sizeof(T) && st == (int64_t)sizeof(T)) {                                    \
      for (int64_t i = 0; i < n; i++)                                                              \
        st_##SUF(o + i * (int64_t)sizeof(T),                                                       \
                 ld_##SUF(o + i * (int64_t)sizeof(T)) + ld_##SUF(s + i * (int64_t)sizeof(T)));     \
      return;                                                                                      \
    }                                                                                              \
    for (int64_t i = 0; i < n; i++)                                                                \
      st_##SUF(o + i * os, ld_##SUF(o + i * os) + ld_##SUF(s + i * st));                           \
  }                                                                                                \
  static void amul_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,         \
                         int64_t n) {                                                              \
    for (int64_t i = 0; i < n; i++)                                                                \
      st_##SUF(o + i * os, ld_##SUF(o + i * os) * ld_##SUF(s + i * st));                           \
  }                                                                                                \
  static void amax_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,         \
                         int64_t n) {                                                              \
    int64_t i = os == (int64_t)sizeof(T) && st == os ? amaxmin_contig_##SUF(o, s, n, true) : 0;    \
    for (; i < n; i++) {                                                                           \
      T a = ld_##SUF(o + i * os), x = ld_##SUF(s + i * st);                                        \
      st_##SUF(o + i * os, (a >= x || a != a) ? a : x);                                            \
    }                                                                                              \
  }                                                                                                \
  static void amin_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,         \
                         int64_t n) {                                                              \
    int64_t i = os == (int64_t)sizeof(T) && st == os ? amaxmin_contig_##SUF(o, s, n, false) : 0;   \
    for (; i < n; i++) {                                                                           \
      T a = ld_##SUF(o + i * os), x = ld_##SUF(s + i * st);                                        \
      st_##SUF(o + i * os, (a <= x || a != a) ? a : x);                                            \
    }                                                                                              \
  }
DEFINE_FLOAT(f32, float)
DEFINE_FLOAT(f64, double)
#undef DEFINE_FLOAT

/* float16: NumPy's HALF loops compute in float32; a reduce call keeps its
 * float32 accumulator for the whole call and rounds once at its end, an
 * element-wise call rounds every result. min/max keep the winning item's
 * bits. */
static void radd_h(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {
  st_h(acc, ld_h(acc) + pw_h(s, n, st));
}
static void rmul_h(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {
  float a = ld_h(acc);
  for (int64_t i = 0; i < n; i++) a *= ld_h(s + i * st);
  st_h(acc, a);
}
static void rmax_h(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {
  uint16_t best = ld_u16(acc);
  float a = ld_h(acc);
  for (int64_t i = 0; i < n && a == a; i++) {
    float x = ld_h(s + i * st);
    if (!(a >= x)) {
      a = x;
      best = ld_u16(s + i * st);
    }
  }
  st_u16(acc, best);
}
static void rmin_h(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {
  uint16_t best = ld_u16(acc);
  float a = ld_h(acc);
  for (int64_t i = 0; i < n && a == a; i++) {
    float x = ld_h(s + i * st);
    if (!(a <= x)) {
      a = x;
      best = ld_u16(s + i * st);
    }
  }
  st_u16(acc, best);
}
static void aadd_h(unsigned char *o, int64_t os, const unsigned char *s, int64_t st, int64_t n) {
  for (int64_t i = 0; i < n; i++) st_h(o + i * os, ld_h(o + i * os) + ld_h(s + i * st));
}
static void amul_h(unsigned char *o, int64_t os, const unsigned char *s, int64_t st, int64_t n) {
  for (int64_t i = 0; i < n; i++) st_h(o + i * os, ld_h(o + i * os) * ld_h(s + i * st));
}
static void amax_h(unsigned char *o, int64_t os, const unsigned char *s, int64_t st, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    float a = ld_h(o + i * os), x = ld_h(s + i * st);
    if (!(a >= x || a != a)) st_u16(o + i * os, ld_u16(s + i * st));
  }
}
static void amin_h(unsigned char *o, int64_t os, const unsigned char *s, int64_t st, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    float a = ld_h(o + i * os), x = ld_h(s + i * st);
    if (!(a <= x || a != a)) st_u16(o + i * os, ld_u16(s + i * st));
  }
}

/* Complex. Products: complex64 is the plain formula in float; complex128 is
 * what NumPy 1.24's AVX512F loop computes (on the machines the truth runs
 * on), fmaddsub of (ar, ar) * (br, bi) with (ai * bi, ai * br), that is
 * re = fma(ar, br, -(ai * bi)), im = fma(ar, bi, ai * br) (checked bit for
 * bit against np.prod). Order: NumPy's CGE/CLE, lexicographic, where a NaN
 * accumulator stays and a NaN item wins. */
static inline void cmul_c64(float ar, float ai, float br, float bi, float *rr, float *ri) {
  *rr = ar * br - ai * bi;
  *ri = ar * bi + ai * br;
}
static inline void cmul_c128(double ar, double ai, double br, double bi, double *rr, double *ri) {
  *rr = fma(ar, br, -(ai * bi));
  *ri = fma(ar, bi, ai * br);
}
#define CGE(xr, xi, yr, yi)                                                                        \
  (((xr) > (yr) && !isnan(xi) && !isnan(yi)) || ((xr) == (yr) && (xi) >= (yi)))
#define CLE(xr, xi, yr, yi)                                                                        \
  (((xr) < (yr) && !isnan(xi) && !isnan(yi)) || ((xr) == (yr) && (xi) <= (yi)))

#define DEFINE_COMPLEX(SUF, F, FS, PART)                                                           \
  static void radd_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {      \
    F rr, ri;                                                                                      \
    pw_##SUF(&rr, &ri, s, n, st);                                                                  \
    st_##FS(acc, ld_##FS(acc) + rr);                                                               \
    st_##FS(acc + (PART), ld_##FS(acc + (PART)) + ri);                                             \
  }                                                                                                \
  static void rmul_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {      \
    F ar = ld_##FS(acc), ai = ld_##FS(acc + (PART));                                               \
    for (int64_t i = 0; i < n; i++)                                                                \
      cmul_##SUF(ar, ai, ld_##FS(s + i * st), ld_##FS(s + i * st + (PART)), &ar, &ai);             \
    st_##FS(acc, ar);                                                                              \
    st_##FS(acc + (PART), ai);                                                                     \
  }                                                                                                \
  static void aadd_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,         \
                         int64_t n) {                                                              \
    for (int64_t i = 0; i < n; i++) {                                                              \
      unsigned char *p = o + i * os;                                                               \
      const unsigned char *q = s + i * st;                                                         \
      st_##FS(p, ld_##FS(p) + ld_##FS(q));                                                         \
      st_##FS(p + (PART), ld_##FS(p + (PART)) + ld_##FS(q + (PART)));                              \
    }                                                                                              \
  }                                                                                                \
  static void amul_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,         \
                         int64_t n) {                                                              \
    for (int64_t i = 0; i < n; i++) {                                                              \
      unsigned char *p = o + i * os;                                                               \
      const unsigned char *q = s + i * st;                                                         \
      F rr, ri;                                                                                    \
      cmul_##SUF(ld_##FS(p), ld_##FS(p + (PART)), ld_##FS(q), ld_##FS(q + (PART)), &rr, &ri);      \
      st_##FS(p, rr);                                                                              \
      st_##FS(p + (PART), ri);                                                                     \
    }                                                                                              \
  }                                                                                                \
  static void cmaxmin_##SUF(unsigned char *p, const unsigned char *q, bool max) {                  \
    F ar = ld_##FS(p), ai = ld_##FS(p + (PART)), br = ld_##FS(q), bi = ld_##FS(q + (PART));        \
    bool keep = isnan(ar) || isnan(ai) || (max ? CGE(ar, ai, br, bi) : CLE(ar, ai, br, bi));       \
    if (!keep) memcpy(p, q, 2 * (PART));                                                           \
  }                                                                                                \
  static void rmax_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {      \
    for (int64_t i = 0; i < n; i++) cmaxmin_##SUF(acc, s + i * st, true);                          \
  }                                                                                                \
  static void rmin_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {      \
    for (int64_t i = 0; i < n; i++) cmaxmin_##SUF(acc, s + i * st, false);                         \
  }                                                                                                \
  static void amax_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,         \
                         int64_t n) {                                                              \
    for (int64_t i = 0; i < n; i++) cmaxmin_##SUF(o + i * os, s + i * st, true);                   \
  }                                                                                                \
  static void amin_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,         \
                         int64_t n) {                                                              \
    for (int64_t i = 0; i < n; i++) cmaxmin_##SUF(o + i * os, s + i * st, false);                  \
  }
DEFINE_COMPLEX(c64, float, f32, 4)
DEFINE_COMPLEX(c128, double, f64, 8)
#undef DEFINE_COMPLEX

struct kernels {
  red_fn red;
  acc_fn acc;
};

#define K4(SUF, OP) ((struct kernels){r##OP##_##SUF, a##OP##_##SUF})

/* The kernels of reduction op for loop dtype dt. */
static struct kernels kernels_for(enum rop op, enum ndp_dtype dt) {
  if (dt == NDP_BOOL) {
    bool is_or = op == R_ADD || op == R_MAX || op == R_OR;
    return is_or ? (struct kernels){ror_b, aor_b} : (struct kernels){rand_b, aand_b};
  }
  switch (op) {
  case R_ADD:
  case R_MUL: {
    bool add = op == R_ADD;
    switch (dt) {
    case NDP_INT8:
    case NDP_UINT8:
      return add ? K4(u8, add) : K4(u8, mul);
    case NDP_INT16:
    case NDP_UINT16:
      return add ? K4(u16, add) : K4(u16, mul);
    case NDP_INT32:
    case NDP_UINT32:
      return add ? K4(u32, add) : K4(u32, mul);
    case NDP_INT64:
    case NDP_UINT64:
      return add ? K4(u64, add) : K4(u64, mul);
    case NDP_FLOAT16:
      return add ? K4(h, add) : K4(h, mul);
    case NDP_FLOAT32:
      return add ? K4(f32, add) : K4(f32, mul);
    case NDP_FLOAT64:
      return add ? K4(f64, add) : K4(f64, mul);
    case NDP_COMPLEX64:
      return add ? K4(c64, add) : K4(c64, mul);
    default:
      return add ? K4(c128, add) : K4(c128, mul);
    }
  }
  default: {
    bool max = op == R_MAX;
    switch (dt) {
    case NDP_INT8:
      return max ? K4(i8, max) : K4(i8, min);
    case NDP_UINT8:
      return max ? K4(u8, max) : K4(u8, min);
    case NDP_INT16:
      return max ? K4(i16, max) : K4(i16, min);
    case NDP_UINT16:
      return max ? K4(u16, max) : K4(u16, min);
    case NDP_INT32:
      return max ? K4(i32, max) : K4(i32, min);
    case NDP_UINT32:
      return max ? K4(u32, max) : K4(u32, min);
    case NDP_INT64:
      return max ? K4(i64, max) : K4(i64, min);
    case NDP_UINT64:
      return max ? K4(u64, max) : K4(u64, min);
    case NDP_FLOAT16:
      return max ? K4(h, max) : K4(h, min);
    case NDP_FLOAT32:
      return max ? K4(f32, max) : K4(f32, min);
    case NDP_FLOAT64:
      return max ? K4(f64, max) : K4(f64, min);
    case NDP_COMPLEX64:
      return max ? K4(c64, max) : K4(c64, min);
    default:
      return max ? K4(c128, max) : K4(c128, min);
    }
  }
  }
}
#undef K4

/* Direct kernels read the operand's own dtype where NumPy's cast into the
 * loop dtype only widens or tests truth, so no conversion buffer is needed:
 * sums of bool and integers narrower than 64 bits into int64/uint64
 * (sign- or zero-extended, then added modulo 2^64: the bits of either
 * 64-bit type), and any/all of every non-bool dtype (nonzero is true; NaN
 * is nonzero; a complex item is true when either part is). */
#define DEFINE_WIDEN(SUF, T, LOAD)                                                                 \
  static void rwadd_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {     \
    uint64_t a = ld_u64(acc);                                                                      \
    if (st == (int64_t)sizeof(T)) {                                                                \
      for (int64_t i = 0; i < n; i++) a += (uint64_t)(int64_t)LOAD(s + i * (int64_t)sizeof(T));    \
    } else {                                                                                       \
      for (int64_t i = 0; i < n; i++) a += (uint64_t)(int64_t)LOAD(s + i * st);                    \
    }                                                                                              \
    st_u64(acc, a);                                                                                \
  }                                                                                                \
  static void awadd_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,        \
                          int64_t n) {                                                             \
    for (int64_t i = 0; i < n; i++)                                                                \
      st_u64(o + i * os, ld_u64(o + i * os) + (uint64_t)(int64_t)LOAD(s + i * st));                \
  }
static inline uint8_t ld_b01(const unsigned char *p) {
  return *p != 0;
}
DEFINE_WIDEN(b, uint8_t, ld_b01)
DEFINE_WIDEN(i8, int8_t, ld_i8)
DEFINE_WIDEN(u8, uint8_t, ld_u8)
DEFINE_WIDEN(i16, int16_t, ld_i16)
DEFINE_WIDEN(u16, uint16_t, ld_u16)
DEFINE_WIDEN(i32, int32_t, ld_i32)
DEFINE_WIDEN(u32, uint32_t, ld_u32)
#undef DEFINE_WIDEN

static inline bool nz_u8(const unsigned char *p) {
  return ld_u8(p) != 0;
}
static inline bool nz_u16(const unsigned char *p) {
  return ld_u16(p) != 0;
}
static inline bool nz_u32(const unsigned char *p) {
  return ld_u32(p) != 0;
}
static inline bool nz_u64(const unsigned char *p) {
  return ld_u64(p) != 0;
}
static inline bool nz_h(const unsigned char *p) {
  return (ld_u16(p) & 0x7fffu) != 0;
}
static inline bool nz_f32(const unsigned char *p) {
  return ld_f32(p) != 0.0f;
}
static inline bool nz_f64(const unsigned char *p) {
  return ld_f64(p) != 0.0;
}
static inline bool nz_c64(const unsigned char *p) {
  return ld_f32(p) != 0.0f || ld_f32(p + 4) != 0.0f;
}
static inline bool nz_c128(const unsigned char *p) {
  return ld_f64(p) != 0.0 || ld_f64(p + 8) != 0.0;
}

/* any/all count the true items of blocks (a loop the compiler vectorizes)
 * and stop after the first block that decides. */
#define TRUTH_BLOCK 4096
#define DEFINE_TRUTH(SUF, SIZE)                                                                    \
  static unsigned count_nz_##SUF(const unsigned char *s, int64_t st, int64_t n) {                  \
    unsigned c = 0;                                                                                \
    if (st == (SIZE)) {                                                                            \
      for (int64_t i = 0; i < n; i++) c += nz_##SUF(s + i * (SIZE));                               \
    } else {                                                                                       \
      for (int64_t i = 0; i < n; i++) c += nz_##SUF(s + i * st);                                   \
    }                                                                                              \
    return c;                                                                                      \
  }                                                                                                \
  static void rany_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {      \
    bool a = acc[0] != 0;                                                                          \
    for (int64_t b0 = 0; b0 < n && !a; b0 += TRUTH_BLOCK) {                                        \
      int64_t bn = n - b0 < TRUTH_BLOCK ? n - b0 : TRUTH_BLOCK;                                    \
      a = count_nz_##SUF(s + b0 * st, st, bn) != 0;                                                \
    }                                                                                              \
    acc[0] = (unsigned char)a;                                                                     \
  }                                                                                                \
  static void rall_##SUF(unsigned char *acc, const unsigned char *s, int64_t st, int64_t n) {      \
    bool a = acc[0] != 0;                                                                          \
    for (int64_t b0 = 0; b0 < n && a; b0 += TRUTH_BLOCK) {                                         \
      int64_t bn = n - b0 < TRUTH_BLOCK ? n - b0 : TRUTH_BLOCK;                                    \
      a = count_nz_##SUF(s + b0 * st, st, bn) == (unsigned)bn;                                     \
    }                                                                                              \
    acc[0] = (unsigned char)a;                                                                     \
  }                                                                                                \
  static void aany_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,         \
                         int64_t n) {                                                              \
    for (int64_t i = 0; i < n; i++)                                                                \
      o[i * os] = (unsigned char)((o[i * os] != 0) | nz_##SUF(s + i * st));                        \
  }                                                                                                \
  static void aall_##SUF(unsigned char *o, int64_t os, const unsigned char *s, int64_t st,         \
                         int64_t n) {                                                              \
    for (int64_t i = 0; i < n; i++)                                                                \
      o[i * os] = (unsigned char)((o[i * os] != 0) & nz_##SUF(s + i * st));                        \
  }
DEFINE_TRUTH(u8, 1)
DEFINE_TRUTH(u16, 2)
DEFINE_TRUTH(u32, 4)
DEFINE_TRUTH(u64, 8)
DEFINE_TRUTH(h, 2)
DEFINE_TRUTH(f32, 4)
DEFINE_TRUTH(f64, 8)
DEFINE_TRUTH(c64, 8)
DEFINE_TRUTH(c128, 16)
#undef DEFINE_TRUTH
#undef TRUTH_BLOCK

/* Replaces *k with direct kernels for (op, operand dtype in, loop dtype
 * ldt) when there are some; the operand must be in native byte order. */
static bool direct_kernels(enum rop op, enum ndp_dtype in, enum ndp_dtype ldt, struct kernels *k) {
  if (op == R_ADD && (ldt == NDP_INT64 || ldt == NDP_UINT64)) {
    switch (in) {
    case NDP_BOOL:
      *k = (struct kernels){rwadd_b, awadd_b};
      return true;
    case NDP_INT8:
      *k = (struct kernels){rwadd_i8, awadd_i8};
      return true;
    case NDP_UINT8:
      *k = (struct kernels){rwadd_u8, awadd_u8};
      return true;
    case NDP_INT16:
      *k = (struct kernels){rwadd_i16, awadd_i16};
      return true;
    case NDP_UINT16:
      *k = (struct kernels){rwadd_u16, awadd_u16};
      return true;
    case NDP_INT32:
      *k = (struct kernels){rwadd_i32, awadd_i32};
      return true;
    case NDP_UINT32:
      *k = (struct kernels){rwadd_u32, awadd_u32};
      return true;
    default:
      return false;
    }
  }
  if (op != R_OR && op != R_AND) return false;
  bool any = op == R_OR;
  switch (in) {
  case NDP_INT8:
  case NDP_UINT8:
    *k = any ? (struct kernels){rany_u8, aany_u8} : (struct kernels){rall_u8, aall_u8};
    return true;
  case NDP_INT16:
  case NDP_UINT16:
    *k = any ? (struct kernels){rany_u16, aany_u16} : (struct kernels){rall_u16, aall_u16};
    return true;
  case NDP_INT32:
  case NDP_UINT32:
    *k = any ? (struct kernels){rany_u32, aany_u32} : (struct kernels){rall_u32, aall_u32};
    return true;
  case NDP_INT64:
  case NDP_UINT64:
    *k = any ? (struct kernels){rany_u64, aany_u64} : (struct kernels){rall_u64, aall_u64};
    return true;
  case NDP_FLOAT16:
    *k = any ? (struct kernels){rany_h, aany_h} : (struct kernels){rall_h, aall_h};
    return true;
  case NDP_FLOAT32:
    *k = any ? (struct kernels){rany_f32, aany_f32} : (struct kernels){rall_f32, aall_f32};
    return true;
  case NDP_FLOAT64:
    *k = any ? (struct kernels){rany_f64, aany_f64} : (struct kernels){rall_f64, aall_f64};
    return true;
  case NDP_COMPLEX64:
    *k = any ? (struct kernels){rany_c64, aany_c64} : (struct kernels){rall_c64, aall_c64};
    return true;
  case NDP_COMPLEX128:
    *k = any ? (struct kernels){rany_c128, aany_c128} : (struct kernels){rall_c128, aall_c128};
    return true;
  default:
    return false;
  }
}

/* ------------------------------------------------------------ visit order */

struct plan {
  int nd; /* axes of length > 1, fastest first */
  int64_t shape[NDP_MAXDIMS];
  int64_t is[NDP_MAXDIMS]; /* operand strides */
  int64_t os[NDP_MAXDIMS]; /* accumulator strides (0 on reduced axes) */
  bool red[NDP_MAXDIMS];
  int inner;      /* axes [0, inner) form the inner run */
  bool inner_red; /* the inner run is reduced (one accumulator per call) */
};

/* NumPy's reduction iterator order (see the file comment). ostr holds the
 * accumulator's stride for each axis of t (0 where reduced). */
static void make_plan(const struct ndp_tensor *t, const bool *reduced, const int64_t *ostr,
                      struct plan *p) {
  int ax[NDP_MAXDIMS];
  int nd = 0;
  for (int k = t->ndim - 1; k >= 0; k--)
    if (t->shape[k] != 1) ax[nd++] = k;
  for (int i0 = 1; i0 < nd; i0++) {
    int j0 = ax[i0], ipos = i0;
    for (int i1 = i0 - 1; i1 >= 0; i1--) {
      int64_t s0 = t->strides[j0], s1 = t->strides[ax[i1]];
      if (s0 == 0 || s1 == 0) continue; /* ambiguous: look further */
      if (mag64(s1) <= mag64(s0)) break;
      ipos = i1;
    }
    for (int i = i0; i > ipos; i--) ax[i] = ax[i - 1];
    ax[ipos] = j0;
  }
  p->nd = nd;
  for (int i = 0; i < nd; i++) {
    p->shape[i] = t->shape[ax[i]];
    p->is[i] = t->strides[ax[i]];
    p->os[i] = ostr[ax[i]];
    p->red[i] = reduced[ax[i]];
  }
  p->inner_red = nd > 0 && p->red[0];
  int m = 0;
  while (m < nd && p->red[m] == p->inner_red) m++;
  p->inner = m;
}

/* Advances the odometer idx over axes [lo, hi) of p (lo fastest), keeping
 * the operand and accumulator offsets; false after the last position. */
static bool advance(const struct plan *p, int lo, int hi, int64_t *idx, int64_t *io, int64_t *oo) {
  for (int k = lo; k < hi; k++) {
    if (++idx[k] < p->shape[k]) {
      *io += p->is[k];
      *oo += p->os[k];
      return true;
    }
    *io -= p->is[k] * (p->shape[k] - 1);
    *oo -= p->os[k] * (p->shape[k] - 1);
    idx[k] = 0;
  }
  return false;
}

struct source {
  const unsigned char *base; /* the operand's first element */
  enum ndp_dtype dt;
  bool swapped;
  enum ndp_dtype bdt; /* the dtype of the items the kernels read: the loop
                         dtype, or the operand's own for direct kernels */
  bool convert;       /* items must be cast (or unswapped) into the loop dtype */
};

/* Runs the reduction of src into the accumulator acc (whose strides are in
 * p->os), calling kernels k with NumPy's runs. buf holds NPY_BUFSIZE items
 * of the loop dtype. */
static void run_reduction(const struct plan *p, const struct source *src, unsigned char *acc,
                          struct kernels k, unsigned char *buf) {
  int64_t lsz = ndp_dtype_size(src->bdt);
  int64_t idx[NDP_MAXDIMS];
  memset(idx, 0, sizeof idx);
  int64_t io = 0, oo = 0;
  if (p->nd == 0) {
    /* a single item */
    if (src->convert) {
      ndp_ref_cast_strided(src->dt, src->swapped, src->base, 0, src->bdt, buf, lsz, 1);
      k.acc(acc, 0, buf, lsz, 1);
    } else {
      k.acc(acc, 0, src->base, 0, 1);
    }
    return;
  }
  if (!p->inner_red) {
    /* element-wise into the outputs along axis 0; every other axis outer */
    int64_t n = p->shape[0];
    do {
      if (!src->convert) {
        k.acc(acc + oo, p->os[0], src->base + io, p->is[0], n);
      } else {
        for (int64_t c = 0; c < n; c += NPY_BUFSIZE) {
          int64_t m = n - c < NPY_BUFSIZE ? n - c : NPY_BUFSIZE;
          ndp_ref_cast_strided(src->dt, src->swapped, src->base + io + c * p->is[0], p->is[0],
                               src->bdt, buf, lsz, m);
          k.acc(acc + oo + c * p->os[0], p->os[0], buf, lsz, m);
        }
      }
    } while (advance(p, 1, p->nd, idx, &io, &oo));
    return;
  }
  /* the inner run: one strided run when its axes step evenly */
  bool one_run = true;
  int64_t len = p->shape[0];
  for (int i = 1; i < p->inner; i++) {
    if (p->is[i] != p->is[i - 1] * p->shape[i - 1]) one_run = false;
    len *= p->shape[i];
  }
  do {
    if (one_run && !src->convert) {
      for (int64_t c = 0; c < len; c += NPY_BUFSIZE) {
        int64_t m = len - c < NPY_BUFSIZE ? len - c : NPY_BUFSIZE;
        k.red(acc + oo, src->base + io + c * p->is[0], p->is[0], m);
      }
    } else {
      /* gather the run into buf in chunks of NPY_BUFSIZE from its start */
      int64_t jdx[NDP_MAXDIMS];
      memset(jdx, 0, sizeof jdx);
      int64_t ji = io, jo = 0, fill = 0;
      for (;;) {
        int64_t m = p->shape[0] - jdx[0];
        if (m > NPY_BUFSIZE - fill) m = NPY_BUFSIZE - fill;
        ndp_ref_cast_strided(src->dt, src->swapped, src->base + ji + jdx[0] * p->is[0], p->is[0],
                             src->bdt, buf + fill * lsz, lsz, m);
        fill += m;
        if (fill == NPY_BUFSIZE) {
          k.red(acc + oo, buf, lsz, fill);
          fill = 0;
        }
        jdx[0] += m;
        if (jdx[0] < p->shape[0]) continue;
        jdx[0] = 0;
        if (!advance(p, 1, p->inner, jdx, &ji, &jo)) break;
      }
      if (fill > 0) k.red(acc + oo, buf, lsz, fill);
    }
  } while (advance(p, p->inner, p->nd, idx, &io, &oo));
}

/* ------------------------------------------------------------ operands and axes */

/* np.asarray of the operand: the tensor itself (borrowed), or for a Python
 * scalar a new 0-d array of its default type (int64, uint64 for ints in
 * [2^63, 2^64), float64, bool, complex128) in *tmp. */
static enum ndp_status operand_array(const struct ndp_step *step,
                                     const struct ndp_tensor *const *operands,
                                     struct ndp_tensor *tmp, const struct ndp_tensor **t,
                                     struct ndp_error *err) {
  memset(tmp, 0, sizeof *tmp);
  if (step->nargs < 1)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "step %s has no operands", step->id);
  if (operands[0] != NULL) {
    *t = operands[0];
    return NDP_OK;
  }
  NDP_RETURN_NOT_OK(ndp_ref_pyscalar_array(&step->args[0], tmp, err));
  *t = tmp;
  return NDP_OK;
}

/* The axis argument of ufunc.reduce: absent or null reduces every axis; an
 * int is normalized, except that a 0-d array accepts 0 and -1 and then
 * reduces nothing (kept by NumPy for backwards compatibility); a list is
 * normalized item by item (AxisError) and only then checked for repeats
 * ("duplicate value in 'axis'", ValueError). */
static enum ndp_status reduced_axes(const struct ndp_step *step, int ndim, bool *reduced,
                                    struct ndp_error *err) {
  for (int k = 0; k < NDP_MAXDIMS; k++) reduced[k] = !step->has_axes && k < ndim;
  if (!step->has_axes) return NDP_OK;
  if (!step->axis_is_list && ndim == 0 && (step->axes[0] == 0 || step->axes[0] == -1))
    return NDP_OK;
  int ax[NDP_MAXDIMS];
  for (int i = 0; i < step->naxes; i++)
    NDP_RETURN_NOT_OK(ndp_ref_normalize_axis(step->axes[i], ndim, &ax[i], err));
  for (int i = 0; i < step->naxes; i++) {
    if (reduced[ax[i]]) return ndp_step_error(err, NDP_ERRC_VALUE, "duplicate value in 'axis'");
    reduced[ax[i]] = true;
  }
  return NDP_OK;
}

/* ------------------------------------------------------------ dtypes (a table per profile) */

/* NumPy's reduction dtypes. sum/prod: dtype= when given, else bool and
 * integers narrower than C long widen to long / unsigned long (int64 /
 * uint64 on LP64, PyUFunc_Reduce for add and multiply). mean
 * (numpy/core/_methods.py _mean): bool and integers sum in float64,
 * float16 in float32 (and the result is float16 again). */
static enum ndp_dtype sum_dtype(enum ndp_dtype in) {
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

static enum ndp_dtype mean_sum_dtype(enum ndp_dtype in) {
  switch (ndp_dtype_kind(in)) {
  case NDP_KIND_BOOL:
  case NDP_KIND_INT:
  case NDP_KIND_UINT:
    return NDP_FLOAT64;
  default:
    return in == NDP_FLOAT16 ? NDP_FLOAT32 : in;
  }
}

/* ------------------------------------------------------------ ufunc-style reductions */

static void store_one(enum ndp_dtype dt, unsigned char *p) {
  switch (dt) {
  case NDP_BOOL:
  case NDP_INT8:
  case NDP_UINT8:
    st_u8(p, 1);
    break;
  case NDP_INT16:
  case NDP_UINT16:
    st_u16(p, 1);
    break;
  case NDP_INT32:
  case NDP_UINT32:
    st_u32(p, 1);
    break;
  case NDP_INT64:
  case NDP_UINT64:
    st_u64(p, 1);
    break;
  case NDP_FLOAT16:
    st_u16(p, 0x3c00);
    break;
  case NDP_FLOAT32:
  case NDP_COMPLEX64:
    st_f32(p, 1.0f);
    break;
  default:
    st_f64(p, 1.0);
    break;
  }
}

/* Divides the sums in acc (dtype sdt, n items, C order) by count as
 * NumPy's mean does and writes the quotients to res (dtype rdt): the
 * division is true_divide by a strong np.intp, so it runs in float64
 * (complex128 for complex sums, as NumPy's Smith division by (count, 0)),
 * and is cast back to rdt; a default float16 mean goes through float32
 * first when the result is an array (true_divide into the float32 sum),
 * and straight to float16 when it is a scalar. */
static enum ndp_status mean_divide(const unsigned char *acc, enum ndp_dtype sdt, int64_t n,
                                   int64_t count, enum ndp_dtype rdt, bool via_f32,
                                   unsigned char *res, struct ndp_error *err) {
  bool cplx = ndp_dtype_kind(sdt) == NDP_KIND_COMPLEX;
  enum ndp_dtype qdt = cplx ? NDP_COMPLEX128 : NDP_FLOAT64;
  int64_t qsz = ndp_dtype_size(qdt);
  unsigned char *q = malloc((size_t)(n > 0 ? n : 1) * (size_t)qsz);
  if (q == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  ndp_ref_cast_strided(sdt, false, acc, ndp_dtype_size(sdt), qdt, q, qsz, n);
  double d = (double)count;
  for (int64_t i = 0; i < n; i++) {
    if (!cplx) {
      st_f64(q + i * qsz, ld_f64(q + i * qsz) / d);
      continue;
    }
    double xr = ld_f64(q + i * qsz), xi = ld_f64(q + i * qsz + 8), rr, ri;
    if (d == 0.0) {
      rr = xr / d;
      ri = xi / d;
    } else {
      double rat = 0.0 / d;
      double scl = 1.0 / (d + 0.0 * rat);
      rr = (xr + xi * rat) * scl;
      ri = (xi - xr * rat) * scl;
    }
    st_f64(q + i * qsz, rr);
    st_f64(q + i * qsz + 8, ri);
  }
  if (via_f32) {
    /* float32 fits in the float64 slots: convert in place, then to half */
    ndp_ref_cast_strided(NDP_FLOAT64, false, q, qsz, NDP_FLOAT32, q, qsz, n);
    ndp_ref_cast_strided(NDP_FLOAT32, false, q, qsz, rdt, res, ndp_dtype_size(rdt), n);
  } else {
    ndp_ref_cast_strided(qdt, false, q, qsz, rdt, res, ndp_dtype_size(rdt), n);
  }
  free(q);
  return NDP_OK;
}

static const char *ufunc_name(enum ndp_op op) {
  return op == NDP_OP_MAX ? "maximum" : op == NDP_OP_MIN ? "minimum" : ndp_op_name(op);
}

static enum ndp_status ufunc_reduce(const struct ndp_step *step, const struct ndp_tensor *t,
                                    struct ndp_tensor *out, int64_t *bytes, struct ndp_error *err) {
  enum ndp_op op = step->op;
  int nd = t->ndim;
  if (op == NDP_OP_MEAN && step->has_axes) {
    /* _count_reduce_items normalizes every axis first, with no 0-d leniency */
    int ax;
    for (int i = 0; i < step->naxes; i++)
      NDP_RETURN_NOT_OK(ndp_ref_normalize_axis(step->axes[i], nd, &ax, err));
  }
  /* dtype=">f8": the reduce ufunc refuses a byte order (a TypeError) before
   * it looks at the axes */
  if (step->has_dtype && ndp_ref_step_dtype_swapped(step))
    return ndp_step_error(err, NDP_ERRC_TYPE,
                          "The `dtype` and `signature` arguments to ufuncs only select the "
                          "general DType and not details such as the byte order or time unit.");
  bool reduced[NDP_MAXDIMS];
  NDP_RETURN_NOT_OK(reduced_axes(step, nd, reduced, err));

  enum rop rop;
  enum ndp_dtype ldt, rdt;
  switch (op) {
  case NDP_OP_SUM:
  case NDP_OP_PROD:
    rop = op == NDP_OP_SUM ? R_ADD : R_MUL;
    ldt = rdt = step->has_dtype ? step->dtype : sum_dtype(t->dtype);
    break;
  case NDP_OP_MEAN:
    rop = R_ADD;
    ldt = step->has_dtype ? step->dtype : mean_sum_dtype(t->dtype);
    rdt =
        step->has_dtype ? step->dtype
        : ndp_dtype_kind(t->dtype) == NDP_KIND_FLOAT || ndp_dtype_kind(t->dtype) == NDP_KIND_COMPLEX
            ? t->dtype
            : NDP_FLOAT64;
    break;
  case NDP_OP_MIN:
  case NDP_OP_MAX:
    rop = op == NDP_OP_MAX ? R_MAX : R_MIN;
    ldt = rdt = t->dtype;
    break;
  default:
    rop = op == NDP_OP_ANY ? R_OR : R_AND;
    ldt = rdt = NDP_BOOL;
    break;
  }

  /* the number of items per output; it only matters when the result is
   * not empty, and then it divides the size (so it fits) */
  int64_t count = 1;
  bool empty_reduction = false;
  for (int k = 0; k < nd; k++) {
    if (!reduced[k]) continue;
    if (t->shape[k] == 0) empty_reduction = true;
    count = t->shape[k] != 0 && count > INT64_MAX / t->shape[k] ? INT64_MAX : count * t->shape[k];
  }
  if (empty_reduction && (rop == R_MAX || rop == R_MIN))
    return ndp_step_error(err, NDP_ERRC_NO_IDENTITY,
                          "zero-size array to reduction operation %s which has no identity",
                          ufunc_name(op));

  /* the accumulator: keepdims shape, C order, loop dtype */
  int64_t kshape[NDP_MAXDIMS];
  for (int k = 0; k < nd; k++) kshape[k] = reduced[k] ? 1 : t->shape[k];
  struct ndp_tensor acc;
  if (rop == R_MAX || rop == R_MIN) {
    /* starts from the first item along the reduced axes */
    struct ndp_tensor first = *t;
    for (int k = 0; k < nd; k++) first.shape[k] = kshape[k];
    NDP_RETURN_NOT_OK(ndp_ref_copy(&first, ldt, 'C', &acc, err));
  } else {
    NDP_RETURN_NOT_OK(ndp_tensor_empty(ldt, nd, kshape, 'C', &acc, err));
    int64_t nacc = ndp_tensor_size(&acc);
    int lsz = ndp_dtype_size(ldt);
    if (rop == R_MUL || rop == R_AND)
      for (int64_t i = 0; i < nacc; i++) store_one(ldt, acc.buf->data + i * lsz);
  }

  int64_t nin = ndp_tensor_size(t);
  if (nin > 0) {
    struct source src;
    src.base = t->buf->data + t->offset;
    src.dt = t->dtype;
    src.swapped = t->swapped && ndp_dtype_size(t->dtype) > 1;
    struct kernels k = kernels_for(rop, ldt);
    src.bdt = rop == R_OR || rop == R_AND ? NDP_BOOL : ldt;
    if (!src.swapped && direct_kernels(rop, t->dtype, ldt, &k)) src.bdt = t->dtype;
    src.convert = src.swapped || src.dt != src.bdt;
    unsigned char *buf = malloc((size_t)NPY_BUFSIZE * (size_t)ndp_dtype_size(src.bdt));
    if (buf == NULL) {
      ndp_tensor_release(&acc);
      return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    }
    int64_t ostr[NDP_MAXDIMS];
    for (int d = 0; d < nd; d++) ostr[d] = reduced[d] ? 0 : acc.strides[d];
    struct plan p;
    make_plan(t, reduced, ostr, &p);
    run_reduction(&p, &src, acc.buf->data + acc.offset, k, buf);
    free(buf);
  }

  /* the result's shape */
  int rnd = 0;
  int64_t rshape[NDP_MAXDIMS];
  for (int k = 0; k < nd; k++)
    if (!reduced[k] || step->keepdims) rshape[rnd++] = kshape[k];

  if (op != NDP_OP_MEAN || ldt == rdt) {
    if (op == NDP_OP_MEAN) {
      enum ndp_status st = mean_divide(acc.buf->data, ldt, ndp_tensor_size(&acc), count, rdt, false,
                                       acc.buf->data, err);
      if (st != NDP_OK) {
        ndp_tensor_release(&acc);
        return st;
      }
    }
    acc.ndim = rnd;
    memcpy(acc.shape, rshape, sizeof *rshape * (size_t)rnd);
    int64_t s = ndp_dtype_size(ldt);
    for (int k = rnd - 1; k >= 0; k--) {
      acc.strides[k] = s;
      s *= rshape[k] > 0 ? rshape[k] : 1;
    }
    *bytes += ndp_tensor_size(&acc) * ndp_dtype_size(ldt);
    *out = acc;
    return NDP_OK;
  }
  /* a mean whose sum dtype differs from its result dtype: the sum is
   * NumPy's own intermediate (umr_sum, then a cast), so only the result
   * counts as copied */
  struct ndp_tensor res;
  enum ndp_status st = ndp_tensor_new_uninit(rdt, rnd, rshape, 'C', &res, err);
  if (st == NDP_OK) {
    bool via_f32 = !step->has_dtype && t->dtype == NDP_FLOAT16 && rnd > 0;
    st = mean_divide(acc.buf->data, ldt, ndp_tensor_size(&acc), count, rdt, via_f32, res.buf->data,
                     err);
    if (st != NDP_OK) ndp_tensor_release(&res);
  }
  if (st == NDP_OK) {
    *bytes += ndp_tensor_size(&res) * ndp_dtype_size(rdt);
    *out = res;
  }
  ndp_tensor_release(&acc);
  return st;
}

/* ------------------------------------------------------------ argmin / argmax */

/* NumPy's @TYPE@_argmax / argmin (arraytypes.c.src): the first strict
 * improvement wins ties; a NaN is an extreme that ends the scan (the first
 * NaN wins); complex values order lexicographically. */
#define DEFINE_ARG(SUF, T, LOAD, ISNAN)                                                            \
  static int64_t arg_scan_##SUF(const unsigned char *p, int64_t st, int64_t n, bool max, T *m,     \
                                int64_t *best, int64_t from) {                                     \
    for (int64_t i = from; i < n; i++) {                                                           \
      T x = LOAD(p + i * st);                                                                      \
      if (ISNAN(x)) return i;                                                                      \
      if (max ? x > *m : x < *m) {                                                                 \
        *m = x;                                                                                    \
        *best = i;                                                                                 \
      }                                                                                            \
    }                                                                                              \
    return -1;                                                                                     \
  }
/* Contiguous runs go by blocks: a vectorized extreme of the block, and a
 * scalar rescan only of a block that improves on the best so far (or holds
 * a NaN), so ties keep the first index. */
#define DEFINE_ARG_BLOCKED(SUF, T, ISNAN)                                                          \
  DEFINE_ARG(SUF, T, ld_##SUF, ISNAN)                                                              \
  static int64_t arg_##SUF(const unsigned char *p, int64_t st, int64_t n, bool max) {              \
    T m = ld_##SUF(p);                                                                             \
    int64_t best = 0;                                                                              \
    if (ISNAN(m)) return 0;                                                                        \
    if (st != (int64_t)sizeof(T)) {                                                                \
      int64_t k = arg_scan_##SUF(p, st, n, max, &m, &best, 1);                                     \
      return k >= 0 ? k : best;                                                                    \
    }                                                                                              \
    enum { B = 512 };                                                                              \
    for (int64_t b0 = 0; b0 < n; b0 += B) {                                                        \
      int64_t bn = n - b0 < B ? n - b0 : B;                                                        \
      const unsigned char *q = p + b0 * (int64_t)sizeof(T);                                        \
      T r = m;                                                                                     \
      bool hasnan = extreme_##SUF(q, st, bn, max, &r);                                             \
      if (!hasnan && !(max ? r > m : r < m)) continue;                                             \
      int64_t bb = -1;                                                                             \
      int64_t k = arg_scan_##SUF(q, st, bn, max, &m, &bb, 0);                                      \
      if (k >= 0) return b0 + k;                                                                   \
      if (bb >= 0) best = b0 + bb;                                                                 \
    }                                                                                              \
    return best;                                                                                   \
  }
DEFINE_ARG_BLOCKED(u8, uint8_t, NONAN)
DEFINE_ARG_BLOCKED(u16, uint16_t, NONAN)
DEFINE_ARG_BLOCKED(u32, uint32_t, NONAN)
DEFINE_ARG_BLOCKED(u64, uint64_t, NONAN)
DEFINE_ARG_BLOCKED(i8, int8_t, NONAN)
DEFINE_ARG_BLOCKED(i16, int16_t, NONAN)
DEFINE_ARG_BLOCKED(i32, int32_t, NONAN)
DEFINE_ARG_BLOCKED(i64, int64_t, NONAN)
DEFINE_ARG_BLOCKED(f32, float, FNAN)
DEFINE_ARG_BLOCKED(f64, double, FNAN)
DEFINE_ARG(h, float, ld_h, FNAN)
#undef DEFINE_ARG_BLOCKED
#undef DEFINE_ARG
#undef NONAN
#undef FNAN

static int64_t arg_h(const unsigned char *p, int64_t st, int64_t n, bool max) {
  float m = ld_h(p);
  int64_t best = 0;
  if (m != m) return 0;
  int64_t k = arg_scan_h(p, st, n, max, &m, &best, 1);
  return k >= 0 ? k : best;
}

static int64_t arg_bool(const unsigned char *p, int64_t st, int64_t n, bool max) {
  for (int64_t i = 0; i < n; i++)
    if ((p[i * st] != 0) == max) return i;
  return 0;
}

#define DEFINE_CARG(SUF, F, LOAD, PART)                                                            \
  static int64_t arg_##SUF(const unsigned char *p, int64_t st, int64_t n, bool max) {              \
    F mr = LOAD(p), mi = LOAD(p + (PART));                                                         \
    int64_t best = 0;                                                                              \
    if (isnan(mr) || isnan(mi)) return 0;                                                          \
    for (int64_t i = 1; i < n; i++) {                                                              \
      F xr = LOAD(p + i * st), xi = LOAD(p + i * st + (PART));                                     \
      bool better = max ? (xr > mr || (xr == mr && xi > mi)) : (xr < mr || (xr == mr && xi < mi)); \
      if (better || isnan(xr) || isnan(xi)) {                                                      \
        mr = xr;                                                                                   \
        mi = xi;                                                                                   \
        best = i;                                                                                  \
        if (isnan(mr) || isnan(mi)) break;                                                         \
      }                                                                                            \
    }                                                                                              \
    return best;                                                                                   \
  }
DEFINE_CARG(c64, float, ld_f32, 4)
DEFINE_CARG(c128, double, ld_f64, 8)
#undef DEFINE_CARG

typedef int64_t (*arg_fn)(const unsigned char *p, int64_t st, int64_t n, bool max);

static arg_fn arg_kernel(enum ndp_dtype dt) {
  switch (dt) {
  case NDP_BOOL:
    return arg_bool;
  case NDP_INT8:
    return arg_i8;
  case NDP_UINT8:
    return arg_u8;
  case NDP_INT16:
    return arg_i16;
  case NDP_UINT16:
    return arg_u16;
  case NDP_INT32:
    return arg_i32;
  case NDP_UINT32:
    return arg_u32;
  case NDP_INT64:
    return arg_i64;
  case NDP_UINT64:
    return arg_u64;
  case NDP_FLOAT16:
    return arg_h;
  case NDP_FLOAT32:
    return arg_f32;
  case NDP_FLOAT64:
    return arg_f64;
  case NDP_COMPLEX64:
    return arg_c64;
  default:
    return arg_c128;
  }
}

/* np.argmax / np.argmin (PyArray_ArgMax): axis null scans the array
 * flattened in C order; an int axis is normalized against max(ndim, 1) (a
 * 0-d array counts as one item, and its result stays 0-d); each line
 * along the axis is scanned in index order. An empty line is a ValueError
 * ("attempt to get argmax of an empty sequence"). The result is int64. */
static enum ndp_status argfunc(const struct ndp_step *step, const struct ndp_tensor *t_in,
                               struct ndp_tensor *out, int64_t *bytes, struct ndp_error *err) {
  bool max = step->op == NDP_OP_ARGMAX;
  const char *name = max ? "argmax" : "argmin";
  int nd = t_in->ndim;
  int axis = -1; /* -1: flattened */
  if (step->has_axes) {
    int ax;
    NDP_RETURN_NOT_OK(ndp_ref_normalize_axis(step->axes[0], nd > 0 ? nd : 1, &ax, err));
    if (nd > 0) axis = ax;
  }
  int64_t len = axis < 0 ? ndp_tensor_size(t_in) : t_in->shape[axis];
  if (len == 0)
    return ndp_step_error(err, NDP_ERRC_VALUE, "attempt to get %s of an empty sequence", name);

  /* the result's shape */
  int64_t rshape[NDP_MAXDIMS];
  int rnd = 0;
  for (int k = 0; k < nd; k++) {
    if (axis < 0 || k == axis) {
      if (step->keepdims) rshape[rnd++] = 1;
    } else {
      rshape[rnd++] = t_in->shape[k];
    }
  }
  struct ndp_tensor res;
  NDP_RETURN_NOT_OK(ndp_tensor_empty(NDP_INT64, rnd, rshape, 'C', &res, err));

  /* native items: a byte-swapped operand is unswapped first, and a
   * flattened scan needs C order (NumPy ravels too) */
  struct ndp_tensor tmp = {0};
  const struct ndp_tensor *t = t_in;
  bool need_copy = t_in->swapped && ndp_dtype_size(t_in->dtype) > 1;
  if (axis < 0 && !ndp_tensor_is_c_contiguous(t_in)) need_copy = true;
  if (need_copy) {
    enum ndp_status st = ndp_ref_copy(t_in, t_in->dtype, axis < 0 ? 'C' : 'K', &tmp, err);
    if (st != NDP_OK) {
      ndp_tensor_release(&res);
      return st;
    }
    t = &tmp;
  }
  arg_fn scan = arg_kernel(t->dtype);
  const unsigned char *base = t->buf->data + t->offset;
  if (axis < 0) {
    st_i64(res.buf->data, scan(base, ndp_dtype_size(t->dtype), len, max));
  } else {
    /* the other axes in C order, each output scanning its line */
    int64_t idx[NDP_MAXDIMS];
    memset(idx, 0, sizeof idx);
    int64_t nout = ndp_tensor_size(&res);
    int64_t off = 0;
    for (int64_t o = 0; o < nout; o++) {
      st_i64(res.buf->data + o * 8, scan(base + off, t->strides[axis], len, max));
      for (int k = nd - 1; k >= 0; k--) {
        if (k == axis) continue;
        if (++idx[k] < t->shape[k]) {
          off += t->strides[k];
          break;
        }
        off -= t->strides[k] * (t->shape[k] - 1);
        idx[k] = 0;
      }
    }
  }
  ndp_tensor_release(&tmp);
  *bytes += ndp_tensor_size(&res) * 8;
  *out = res;
  return NDP_OK;
}

/* ------------------------------------------------------------ dispatch */

enum ndp_status ndp_ref_reduce(const struct ndp_step *step,
                               const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                               int64_t *bytes_copied, struct ndp_error *err) {
  memset(out, 0, sizeof *out);
  struct ndp_tensor tmp;
  const struct ndp_tensor *t = NULL;
  NDP_RETURN_NOT_OK(operand_array(step, operands, &tmp, &t, err));
  int64_t bytes = 0;
  enum ndp_status st;
  switch (step->op) {
  case NDP_OP_ARGMIN:
  case NDP_OP_ARGMAX:
    st = argfunc(step, t, out, &bytes, err);
    break;
  case NDP_OP_SUM:
  case NDP_OP_PROD:
  case NDP_OP_MIN:
  case NDP_OP_MAX:
  case NDP_OP_MEAN:
  case NDP_OP_ANY:
  case NDP_OP_ALL:
    st = ufunc_reduce(step, t, out, &bytes, err);
    break;
  default:
    st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "%s is not a reduction",
                       ndp_op_name(step->op));
    break;
  }
  ndp_tensor_release(&tmp);
  if (st != NDP_OK) {
    memset(out, 0, sizeof *out);
    return st;
  }
  if (bytes_copied != NULL) *bytes_copied += bytes;
  return NDP_OK;
}
