/* The case generator (issue 6, part 1): sources of choices, values,
 * inputs, and the assembly of a case (see gen_internal.h for the plan).
 *
 * Everything is built directly into the case model of ndparity/case.h, the
 * way case_parse.c builds it from JSON (no JSON text is made: a case costs a
 * few microseconds). Every choice goes through ndp_gen_below, so a seeded
 * source and a byte string drive the same grammar; in byte mode an exhausted
 * input answers 0 to every choice, and every table below puts its plainest
 * entry first, so short inputs make small valid cases. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen_internal.h"

/* ================================================================ sources */

static uint64_t splitmix64(uint64_t *x) {
  uint64_t z = (*x += UINT64_C(0x9e3779b97f4a7c15));
  z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
  return z ^ (z >> 31);
}

void ndp_gen_src_seeded(struct ndp_gen_src *s, uint64_t seed, uint64_t index) {
  /* splitmix64 of the seed, then of the index, so that (seed, index) pairs
   * do not collide the way seed ^ index would. */
  uint64_t x = seed;
  uint64_t h = splitmix64(&x);
  x = h ^ (index * UINT64_C(0xd1b54a32d192ed03));
  s->bytes_mode = false;
  for (int k = 0; k < 4; k++) s->state[k] = splitmix64(&x);
  s->data = NULL;
  s->size = s->pos = 0;
}

void ndp_gen_src_bytes(struct ndp_gen_src *s, const uint8_t *data, size_t size) {
  memset(s->state, 0, sizeof s->state);
  s->bytes_mode = true;
  s->data = data;
  s->size = data != NULL ? size : 0;
  s->pos = 0;
}

static uint64_t rotl(uint64_t x, int k) {
  return (x << k) | (x >> (64 - k));
}

/* xoshiro256** (Blackman, Vigna 2018). */
static uint64_t xoshiro_next(uint64_t *s) {
  uint64_t result = rotl(s[1] * 5, 7) * 9;
  uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 45);
  return result;
}

uint64_t ndp_gen_below(struct ndp_gen_src *s, uint64_t n) {
  if (n <= 1) return 0;
  if (!s->bytes_mode) {
    uint64_t r = xoshiro_next(s->state);
    /* the top 32 bits scaled to [0, n) (Lemire): no division; the bias is
     * below n / 2^32, nothing for the generator's small n */
    if (n <= UINT64_C(0x100000000)) return ((r >> 32) * n) >> 32;
    return r % n;
  }
  /* As many bytes as n needs (little-endian); missing bytes are 0. */
  int nbytes = n <= 256u ? 1 : n <= 65536u ? 2 : n <= UINT64_C(0x100000000) ? 4 : 8;
  uint64_t v = 0;
  for (int k = 0; k < nbytes; k++) {
    uint64_t b = s->pos < s->size ? s->data[s->pos++] : 0u;
    v |= b << (8 * k);
  }
  return v % n;
}

/* ================================================================ choices */

uint64_t g_below(struct gen *g, uint64_t n) {
  return ndp_gen_below(g->src, n);
}

bool g_chance(struct gen *g, unsigned pct) {
  if (pct == 0) return false;
  return g_below(g, 100) >= 100u - pct;
}

int g_pick(struct gen *g, const uint8_t *weights, int n) {
  unsigned total = 0;
  for (int k = 0; k < n; k++) total += weights[k];
  unsigned v = (unsigned)g_below(g, total);
  for (int k = 0; k < n; k++) {
    if (v < weights[k]) return k;
    v -= weights[k];
  }
  return 0;
}

int64_t g_range(struct gen *g, int64_t lo, int64_t hi) {
  if (hi <= lo) return lo;
  uint64_t span = (uint64_t)hi - (uint64_t)lo;
  if (span == UINT64_MAX) return (int64_t)((uint64_t)lo + g_below(g, UINT64_MAX));
  return (int64_t)((uint64_t)lo + g_below(g, span + 1u));
}

/* ================================================================ values */

/* 2^128 - 2^103: the smallest magnitude that rounds to infinity in float32. */
#define FLOAT32_OVERFLOW 0x1.ffffffp+127

/* x rounded to float dtype dt as NumPy's casts round it (float32 overflow
 * to infinity written out: converting an out-of-range double to float is
 * undefined in C). */
static double round_to(enum ndp_dtype dt, double x) {
  switch (dt) {
  case NDP_FLOAT16:
    return ndp_half_to_double(ndp_double_to_half(x));
  case NDP_FLOAT32:
  case NDP_COMPLEX64:
    if (isfinite(x) && fabs(x) > FLT_MAX)
      return fabs(x) >= FLOAT32_OVERFLOW ? copysign(INFINITY, x) : copysign(FLT_MAX, x);
    return (double)(float)x;
  default:
    return x;
  }
}

/* Floats at the edges: signed zeros, infinities, NaN, denormals of each
 * width, the largest values, and values at the integer casts' boundaries. */
static const double float_specials[] = {
    0.0,
    -0.0,
    INFINITY,
    -INFINITY,
    NAN,
    -NAN, /* a NaN with its sign bit set */
    1.0,
    -1.0,
    0.5,
    -0.5,
    1.5,
    2.5,
    -2.5,
    127.5,
    128.0,
    -128.5,
    -129.0,
    255.0,
    255.5,
    256.0,
    32767.5,
    -32768.5,
    65504.0,
    65519.0,
    65520.0,
    65535.5,
    65536.0,
    16777217.0, /* 2^24 + 1 */
    2147483647.5,
    2147483648.0,
    -2147483649.0,
    4294967295.5,
    4294967296.0,
    9007199254740993.0, /* 2^53 + 1 (the double 2^53) */
    9223372036854775808.0,
    -9223372036854775808.0,
    18446744073709551616.0,
    1e10,
    -1e10,
    3.4028234663852886e38,
    1e39,
    1e300,
    DBL_MAX,
    5e-324,
    1e-310,
    DBL_MIN,
    1.401298464324817e-45, /* float32's smallest denormal */
    1e-40,
    1.1754943508222875e-38, /* float32's smallest normal */
    5.960464477539063e-08,  /* float16's smallest denormal */
    6.103515625e-05,        /* float16's smallest normal */
    0.1,
    -0.3333333333333333,
    3.141592653589793,
};
#define NFLOAT_SPECIALS ((int)(sizeof float_specials / sizeof float_specials[0]))

/* Integers at the casts' boundaries (as int64; the uint64 ones below). */
static const int64_t int_specials[] = {
    0,           1,           -1,         2,          127,        128,
    -128,        -129,        255,        256,        32767,      32768,
    -32768,      -32769,      65535,      65536,      2147483647, 2147483648,
    -2147483648, -2147483649, 4294967295, 4294967296, 16777217,   9007199254740993,
    INT64_MAX,   INT64_MIN,   -16777217,  100,
};
#define NINT_SPECIALS ((int)(sizeof int_specials / sizeof int_specials[0]))

static int64_t int_min(enum ndp_dtype dt) {
  int bits = ndp_dtype_size(dt) * 8;
  if (ndp_dtype_kind(dt) == NDP_KIND_UINT) return 0;
  return bits == 64 ? INT64_MIN : -((int64_t)1 << (bits - 1));
}

static uint64_t uint_max(enum ndp_dtype dt) {
  int bits = ndp_dtype_size(dt) * 8;
  if (ndp_dtype_kind(dt) == NDP_KIND_UINT)
    return bits == 64 ? UINT64_MAX : ((uint64_t)1 << bits) - 1u;
  return ((uint64_t)1 << (bits - 1)) - 1u;
}

/* Stores a signed value v into e of integer dtype dt, clipped to its range. */
static void set_int(enum ndp_dtype dt, int64_t v, struct ndp_elem *e) {
  int64_t lo = int_min(dt);
  uint64_t hi = uint_max(dt);
  if (v < lo) v = lo;
  if (v > 0 && (uint64_t)v > hi) v = (int64_t)hi;
  if (ndp_dtype_kind(dt) == NDP_KIND_UINT)
    e->v.u = (uint64_t)v;
  else
    e->v.i = v;
}

static double g_float_value(struct gen *g, enum ndp_dtype dt) {
  static const uint8_t w[] = {50, 30, 20};
  double x;
  switch (G_PICK(g, w)) {
  case 0: /* quarters in [-10, 10] */
    x = (double)g_range(g, -40, 40) / 4.0;
    break;
  case 1: /* specials */
    x = float_specials[g_below(g, NFLOAT_SPECIALS)];
    break;
  default: /* a random mantissa at a random small scale */
    x = ldexp((double)g_range(g, -(INT64_C(1) << 24), INT64_C(1) << 24), (int)g_range(g, -30, 6));
    break;
  }
  return round_to(dt, x);
}

void g_elem(struct gen *g, enum ndp_dtype dt, struct ndp_elem *e) {
  memset(e, 0, sizeof *e);
  e->dtype = dt;
  bool special = g_chance(g, g->spice);
  switch (ndp_dtype_kind(dt)) {
  case NDP_KIND_BOOL:
    e->v.b = g_below(g, 2) != 0;
    return;
  case NDP_KIND_INT:
  case NDP_KIND_UINT:
    if (!special) {
      set_int(dt, ndp_dtype_kind(dt) == NDP_KIND_UINT ? g_range(g, 0, 12) : g_range(g, -6, 9), e);
    } else if (g_chance(g, 40)) { /* the dtype's extremes */
      static const uint8_t w[] = {1, 1, 1, 1};
      int k = G_PICK(g, w);
      if (ndp_dtype_kind(dt) == NDP_KIND_UINT) {
        uint64_t hi = uint_max(dt);
        e->v.u = k == 0 ? hi : k == 1 ? 0 : k == 2 ? hi - 1u : 1u;
      } else {
        int64_t lo = int_min(dt), hi = (int64_t)uint_max(dt);
        e->v.i = k == 0 ? hi : k == 1 ? lo : k == 2 ? hi - 1 : lo + 1;
      }
    } else if (ndp_dtype_kind(dt) == NDP_KIND_UINT && g_chance(g, 15)) {
      static const uint64_t big[] = {UINT64_C(9223372036854775808), UINT64_MAX,
                                     UINT64_C(18446744073709551614), UINT64_C(9223372036854775809)};
      uint64_t v = big[g_below(g, 4)];
      e->v.u = v > uint_max(dt) ? uint_max(dt) : v;
    } else {
      set_int(dt, int_specials[g_below(g, NINT_SPECIALS)], e);
    }
    return;
  case NDP_KIND_FLOAT:
    e->v.f = special ? g_float_value(g, dt) : round_to(dt, (double)g_range(g, -40, 40) / 4.0);
    return;
  case NDP_KIND_COMPLEX: {
    enum ndp_dtype part = dt == NDP_COMPLEX64 ? NDP_FLOAT32 : NDP_FLOAT64;
    e->v.c.re =
        special ? g_float_value(g, part) : round_to(part, (double)g_range(g, -40, 40) / 4.0);
    e->v.c.im = g_chance(g, 30) ? 0.0
                : special       ? g_float_value(g, part)
                                : round_to(part, (double)g_range(g, -40, 40) / 4.0);
    return;
  }
  }
}

enum ndp_dtype g_dtype(struct gen *g) {
  /* float64 first: the plainest dtype for an exhausted byte input. */
  static const enum ndp_dtype order[NDP_NDTYPES] = {
      NDP_FLOAT64, NDP_INT64,  NDP_FLOAT32, NDP_INT32,  NDP_BOOL,    NDP_UINT8,     NDP_INT8,
      NDP_INT16,   NDP_UINT16, NDP_UINT32,  NDP_UINT64, NDP_FLOAT16, NDP_COMPLEX64, NDP_COMPLEX128};
  return order[g_below(g, NDP_NDTYPES)];
}

bool g_swapped(struct gen *g, enum ndp_dtype dt, unsigned pct) {
  return ndp_dtype_size(dt) > 1 && g_chance(g, pct);
}

/* ================================================================ Python scalars */

void g_pyint_set(struct ndp_arg *a, int64_t v) {
  memset(&a->pyint, 0, sizeof a->pyint);
  a->kind = NDP_ARG_PYINT;
  a->pyint.neg = v < 0;
  /* |INT64_MIN| is not an int64: go through v + 1. */
  a->pyint.mag = v < 0 ? (uint64_t)(-(v + 1)) + 1u : (uint64_t)v;
  a->pyint.fval = (double)v;
}

/* Python ints beyond 64 bits: the model keeps only that they are huge and
 * their float64 value (float(int): nearest, ties to even; inf where Python
 * raises OverflowError). */
static const struct {
  bool neg;
  double fval;
} huge_ints[] = {
    {false, 18446744073709551616.0}, /* 2^64 */
    {true, -18446744073709551616.0}, /* -(2^64 + 1) */
    {false, 36893488147419103232.0}, /* 2^65 */
    {false, 1e29},                   /* 10^29 */
    {true, -3.402823669209385e38},   /* -2^128 */
    {false, INFINITY},               /* 10^400 */
};

void g_pyint(struct gen *g, struct ndp_arg *a) {
  static const uint8_t w[] = {55, 30, 8, 7};
  switch (G_PICK(g, w)) {
  case 0:
    g_pyint_set(a, g_range(g, -3, 9));
    return;
  case 1:
    g_pyint_set(a, int_specials[g_below(g, NINT_SPECIALS)]);
    return;
  case 2: { /* beyond int64 but within uint64 */
    static const uint64_t big[] = {UINT64_C(9223372036854775808), UINT64_MAX,
                                   UINT64_C(12345678901234567890)};
    memset(&a->pyint, 0, sizeof a->pyint);
    a->kind = NDP_ARG_PYINT;
    a->pyint.mag = big[g_below(g, 3)];
    a->pyint.fval = (double)a->pyint.mag;
    return;
  }
  default: {
    int k = (int)g_below(g, sizeof huge_ints / sizeof huge_ints[0]);
    memset(&a->pyint, 0, sizeof a->pyint);
    a->kind = NDP_ARG_PYINT;
    a->pyint.neg = huge_ints[k].neg;
    a->pyint.huge = true;
    a->pyint.fval = huge_ints[k].fval;
    return;
  }
  }
}

static const double pyfloats[] = {0.5,        -1.5,    2.0,     3.0,          NAN,    INFINITY,
                                  -INFINITY,  -0.0,    0.0,     1e300,        127.5,  255.0,
                                  256.0,      65504.0, 65520.0, 1e-310,       3.4e38, 1e39,
                                  16777217.0, -7.25,   1.0,     2147483648.0, 1e-8,   0.1};

void g_pyfloat(struct gen *g, struct ndp_arg *a) {
  a->kind = NDP_ARG_PYFLOAT;
  if (g_chance(g, 55))
    a->f = pyfloats[g_below(g, sizeof pyfloats / sizeof pyfloats[0])];
  else
    a->f = (double)g_range(g, -40, 40) / 4.0;
}

void g_pycomplex(struct gen *g, struct ndp_arg *a) {
  static const double parts[] = {0.0, 1.5, -2.0, 1.0, NAN, INFINITY, -0.0, 0.25, 1e300};
  a->kind = NDP_ARG_PYCOMPLEX;
  a->re = parts[g_below(g, sizeof parts / sizeof parts[0])];
  a->im = parts[g_below(g, sizeof parts / sizeof parts[0])];
}

enum ndp_status g_npscalar(struct gen *g, struct ndp_arg *a, enum ndp_dtype dt) {
  a->kind = NDP_ARG_NPSCALAR;
  struct ndp_elem e;
  g_elem(g, dt, &e);
  /* the scalar notation has only "nan": no NaN with its sign bit set */
  if (ndp_dtype_kind(dt) == NDP_KIND_FLOAT && isnan(e.v.f)) e.v.f = round_to(dt, NAN);
  if (ndp_dtype_kind(dt) == NDP_KIND_COMPLEX) {
    enum ndp_dtype part = dt == NDP_COMPLEX64 ? NDP_FLOAT32 : NDP_FLOAT64;
    if (isnan(e.v.c.re)) e.v.c.re = round_to(part, NAN);
    if (isnan(e.v.c.im)) e.v.c.im = round_to(part, NAN);
  }
  enum ndp_status st = ndp_tensor_empty(dt, 0, NULL, 'C', &a->scalar, g->err);
  if (st != NDP_OK) {
    memset(&a->scalar, 0, sizeof a->scalar);
    return g_nomem(g);
  }
  ndp_elem_store(dt, false, a->scalar.buf->data + a->scalar.offset, &e);
  return NDP_OK;
}

/* ================================================================ case building */

char *g_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  if (d != NULL) memcpy(d, s, n);
  return d;
}

void g_id(char *id, char prefix, int k) {
  char digits[12];
  int n = 0;
  unsigned v = k > 0 ? (unsigned)k : 0u;
  do {
    digits[n++] = (char)('0' + v % 10u);
    v /= 10u;
  } while (v > 0 && n < 10);
  id[0] = prefix;
  for (int j = 0; j < n; j++) id[1 + j] = digits[n - 1 - j];
  id[1 + n] = '\0';
}

enum ndp_status g_nomem(struct gen *g) {
  return ndp_error_set(g->err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
}

enum ndp_status g_args(struct gen *g, struct ndp_step *s, int n) {
  s->args = calloc((size_t)(n > 0 ? n : 1), sizeof *s->args);
  if (s->args == NULL) return g_nomem(g);
  s->nargs = n;
  return NDP_OK;
}

enum ndp_status g_step_init(struct gen *g, struct ndp_step *s, const char *id, enum ndp_op op) {
  s->order = 'C'; /* the parser's default for every step */
  s->op = op;
  s->id = g_strdup(id);
  return s->id != NULL ? NDP_OK : g_nomem(g);
}

void g_shape(struct gen *g, int *ndim, int64_t *shape, int64_t max_elems, bool allow_large) {
  if (allow_large && g_chance(g, 2)) {
    /* big enough for the engine's blocked and pairwise paths */
    static const uint8_t w[] = {1, 1, 1};
    switch (G_PICK(g, w)) {
    case 0:
      *ndim = 1;
      shape[0] = g_range(g, 100, 1200);
      return;
    case 1:
      *ndim = 2;
      shape[0] = g_range(g, 9, 33);
      shape[1] = g_range(g, 9, 33);
      return;
    default:
      *ndim = 3;
      shape[0] = g_range(g, 2, 5);
      shape[1] = g_range(g, 16, 40);
      shape[2] = g_range(g, 1, 6);
      return;
    }
  }
  /* rank: 1 first (the plainest), mostly small, up to NumPy's 32 */
  static const uint8_t wr[] = {30, 10, 28, 15, 7, 5, 3, 2};
  int r;
  switch (G_PICK(g, wr)) {
  case 0:
    r = 1;
    break;
  case 1:
    r = 0;
    break;
  case 2:
    r = 2;
    break;
  case 3:
    r = 3;
    break;
  case 4:
    r = 4;
    break;
  case 5:
    r = (int)g_range(g, 5, 8);
    break;
  case 6:
    r = (int)g_range(g, 9, 16);
    break;
  default:
    r = (int)g_range(g, 17, NDP_MAXDIMS);
    break;
  }
  /* dims: mostly 1-4; high ranks mostly 1 */
  static const uint8_t wd[] = {25, 25, 20, 12, 5, 8, 5};
  static const int64_t dims[] = {2, 3, 1, 4, 0, 5, 7};
  int64_t n = 1;
  for (int k = 0; k < r; k++) {
    int64_t d = dims[G_PICK(g, wd)];
    if (r > 6 && g_chance(g, 80)) d = 1;
    if (d > 0 && n * d > max_elems) d = 1;
    shape[k] = d;
    n *= d > 0 ? d : 1;
  }
  *ndim = r;
}

enum ndp_status g_inputs_alloc(struct gen *g, int n) {
  g->c->inputs = calloc((size_t)n, sizeof *g->c->inputs);
  return g->c->inputs != NULL ? NDP_OK : g_nomem(g);
}

enum ndp_status g_input(struct gen *g, int k, enum ndp_dtype dt, bool swapped, char order, int ndim,
                        const int64_t *shape) {
  struct ndp_case *c = g->c;
  struct ndp_input *in = &c->inputs[k];
  char name[2] = {(char)('a' + k), '\0'};
  in->name = g_strdup(name);
  if (in->name == NULL) return g_nomem(g);
  c->ninputs = k + 1;
  in->dtype = dt;
  in->swapped = swapped;
  in->order = order;
  enum ndp_status st = ndp_tensor_empty(dt, ndim, shape, order, &in->tensor, g->err);
  if (st != NDP_OK) {
    memset(&in->tensor, 0, sizeof in->tensor);
    return st == NDP_ENOMEM ? st
                            : ndp_error_set(g->err, NDP_EINTERNAL, NDP_ERRC_NONE,
                                            "generated an input too big: %s", g->err->msg);
  }
  in->tensor.swapped = swapped;
  /* some inputs ordinary, some full of specials */
  static const uint8_t ws[] = {35, 40, 25};
  static const unsigned spice[] = {0, 15, 60};
  g->spice = spice[G_PICK(g, ws)];
  int64_t n = m_size(ndim, shape);
  int64_t idx[NDP_MAXDIMS] = {0};
  for (int64_t j = 0; j < n; j++) {
    struct ndp_elem e;
    g_elem(g, dt, &e);
    ndp_elem_store(dt, swapped, ndp_tensor_at(&in->tensor, idx), &e);
    ndp_index_next(ndim, shape, idx);
  }
  g->spice = G_DEFAULT_SPICE;
  if (order == 'F' && in->tensor.ndim == 0) {
    /* as the parser builds it (np.asfortranarray of a 0-d array: (1,)) */
    in->tensor.ndim = 1;
    in->tensor.shape[0] = 1;
    in->tensor.strides[0] = ndp_dtype_size(dt);
  }
  struct aval *a = &g->in[k];
  memset(a, 0, sizeof *a);
  a->kind = AV_ARRAY;
  a->dt = dt;
  a->swapped = swapped;
  a->ndim = in->tensor.ndim;
  memcpy(a->shape, in->tensor.shape, sizeof a->shape[0] * (size_t)a->ndim);
  return NDP_OK;
}

/* ================================================================ inputs of array cases */

/* A shape related to base (na dims) the way a second operand of NumPy code
 * usually is: the same, broadcastable (a suffix with some dims 1, leading
 * 1s), or a near-miss that cannot broadcast. */
static void related_shape(struct gen *g, int na, const int64_t *base, int *ndim, int64_t *shape) {
  static const uint8_t w[] = {30, 40, 12, 18};
  int kind = G_PICK(g, w);
  if (kind == 3) {
    g_shape(g, ndim, shape, G_TYPICAL_ELEMS, false);
    return;
  }
  if (kind == 0) {
    *ndim = na;
    memcpy(shape, base, sizeof *shape * (size_t)na);
    return;
  }
  int keep = (int)g_range(g, 0, na);
  int lead = g_chance(g, 20) ? (int)g_range(g, 1, 2) : 0;
  if (keep + lead > NDP_MAXDIMS) lead = NDP_MAXDIMS - keep;
  int n = 0;
  for (int k = 0; k < lead; k++) shape[n++] = g_chance(g, 70) ? 1 : g_range(g, 2, 3);
  for (int k = na - keep; k < na; k++) shape[n++] = g_chance(g, 30) ? 1 : base[k];
  *ndim = n;
  if (kind == 2) { /* near-miss: one dimension that cannot broadcast */
    int cands[NDP_MAXDIMS], nc = 0;
    for (int k = lead; k < n; k++)
      if (base[na - (n - k)] > 1) cands[nc++] = k;
    if (nc > 0) {
      int k = cands[g_below(g, (uint64_t)nc)];
      shape[k] = base[na - (n - k)] + 1;
    } else if (n > 0) {
      shape[n - 1] = 2; /* against a 0 or 1: 2 vs 0 fails, 2 vs 1 broadcasts */
    }
  }
}

static char g_order(struct gen *g, int ndim) {
  return g_chance(g, ndim >= 2 ? 25 : 3) ? 'F' : 'C';
}

static enum ndp_status array_inputs(struct gen *g) {
  static const uint8_t wn[] = {45, 42, 13};
  int n = 1 + G_PICK(g, wn);
  NDP_RETURN_NOT_OK(g_inputs_alloc(g, n));
  int nd0 = 0;
  int64_t sh0[NDP_MAXDIMS];
  g_shape(g, &nd0, sh0, G_TYPICAL_ELEMS, true);
  enum ndp_dtype dt0 = g_dtype(g);
  for (int k = 0; k < n; k++) {
    int nd = nd0;
    int64_t sh[NDP_MAXDIMS];
    enum ndp_dtype dt = dt0;
    if (k == 0) {
      memcpy(sh, sh0, sizeof sh[0] * (size_t)nd0);
    } else {
      related_shape(g, nd0, sh0, &nd, sh);
      if (g_chance(g, 70)) dt = g_dtype(g);
    }
    NDP_RETURN_NOT_OK(g_input(g, k, dt, g_swapped(g, dt, 15), g_order(g, nd), nd, sh));
  }
  return NDP_OK;
}

/* ================================================================ cases */

static enum ndp_status array_case(struct gen *g) {
  NDP_RETURN_NOT_OK(array_inputs(g));
  static const uint8_t wn[] = {20, 25, 22, 15, 10, 8};
  int nsteps = 1 + G_PICK(g, wn);
  struct ndp_case *c = g->c;
  c->steps = calloc((size_t)nsteps, sizeof *c->steps);
  if (c->steps == NULL) return g_nomem(g);
  for (int k = 0; k < nsteps; k++) {
    struct env env;
    env.n = 0;
    for (int i = 0; i < c->ninputs; i++) {
      env.c[env.n].slot = i;
      env.c[env.n++].av = &g->in[i];
    }
    for (int j = 0; j < k; j++) {
      if (g->st[j].kind != AV_ARRAY) continue;
      env.c[env.n].slot = c->ninputs + j;
      env.c[env.n++].av = &g->st[j];
    }
    struct ndp_step *s = &c->steps[k];
    c->nsteps = k + 1;
    char id[G_ID_MAX];
    g_id(id, 's', k);
    NDP_RETURN_NOT_OK(g_step_init(g, s, id, NDP_OP_ADD));
    NDP_RETURN_NOT_OK(g_array_step(g, s, &env, &g->st[k]));
  }
  return NDP_OK;
}

enum ndp_status ndp_gen_case(struct ndp_gen_src *src, const char *name, struct ndp_case **out,
                             struct ndp_error *err) {
  *out = NULL;
  struct ndp_error scratch;
  struct gen g;
  g.src = src;
  g.err = err != NULL ? err : &scratch;
  g.ndsv = 0;
  g.spice = G_DEFAULT_SPICE;
  struct ndp_case *c = calloc(1, sizeof *c);
  if (c == NULL) return g_nomem(&g);
  g.c = c;
  enum ndp_status st = NDP_OK;
  c->name = g_strdup(name != NULL ? name : "fuzz");
  c->file = g_strdup("<fuzz>");
  c->line = 0;
  if (c->name == NULL || c->file == NULL) st = g_nomem(&g);
  /* arrays first (the plainest), dataset pipelines in about one case in six */
  if (st == NDP_OK) {
    if (g_chance(&g, 17)) {
      c->steps = calloc(G_MAX_STEPS, sizeof *c->steps);
      st = c->steps != NULL ? g_pipeline(&g, 0, &(int){0}) : g_nomem(&g);
    } else {
      st = array_case(&g);
    }
  }
  if (st != NDP_OK) {
    ndp_case_free(c);
    return st;
  }
  *out = c;
  return NDP_OK;
}
