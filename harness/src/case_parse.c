/* The case-format v1 parser (docs/case-format.md): JSON (jansson) into the
 * model of ndparity/case.h, and the corpus loader (files, directories).
 *
 * Every message names the offending key by its path in the case
 * ("steps[1].op: unknown op \"addd\""); a broken JSON text is reported with
 * the file, line and column jansson gives. Nothing is left allocated on any
 * failure path: a half-parsed case is freed with ndp_case_free, which accepts
 * every intermediate state (all arrays are calloc'ed before being filled).
 */
#include <dirent.h>
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ndparity/case.h"

#include "json_arena.h"

#if defined(__GNUC__)
#define PRINTF_LIKE(a, b) __attribute__((format(printf, a, b)))
#else
#define PRINTF_LIKE(a, b)
#endif

/* The largest input array a case may build (bytes). NumPy has no such
 * limit, but a fuzzed case must not make the harness allocate the machine's
 * memory; 1 GiB is far beyond any hand-written or generated case. */
#define MAX_INPUT_BYTES ((size_t)1 << 30)
/* The largest case file read (bytes), and the deepest directory walked. */
#define MAX_FILE_BYTES ((size_t)1 << 30)
#define MAX_DIR_DEPTH 64

/* ================================================================ errors */

static enum ndp_status nomem(struct ndp_error *err) {
  return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
}

/* Sets an input error "path: reason" (just "reason" when path is empty). */
static enum ndp_status bad(struct ndp_error *err, const char *path, const char *fmt, ...)
    PRINTF_LIKE(3, 4);
static enum ndp_status bad(struct ndp_error *err, const char *path, const char *fmt, ...) {
  if (err == NULL) return NDP_EINPUT;
  char reason[NDP_ERROR_MSG_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(reason, sizeof reason, fmt, ap);
  va_end(ap);
  if (path == NULL || path[0] == '\0')
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "%s", reason);
  return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "%s: %s", path, reason);
}

/* Puts path in front of the message a callee left in err: "path[k]..." when
 * the message starts with an index, "path: message" otherwise. A step-level
 * status (from a core shape check) becomes an input error; NDP_ENOMEM stays. */
static enum ndp_status rebase(struct ndp_error *err, enum ndp_status st, const char *path) {
  if (st == NDP_OK) return st;
  if (st == NDP_ESTEP) st = NDP_EINPUT;
  if (err == NULL) return st;
  char old[NDP_ERROR_MSG_MAX];
  memcpy(old, err->msg, sizeof old);
  old[sizeof old - 1] = '\0';
  if (old[0] == '[') return ndp_error_set(err, st, NDP_ERRC_NONE, "%s%s", path, old);
  return ndp_error_set(err, st, NDP_ERRC_NONE, "%s: %s", path, old);
}

static void path_fmt(char *buf, size_t n, const char *fmt, ...) PRINTF_LIKE(3, 4);
/* Key paths are built for every key of every case (they name the place of
 * an error), so this is a small formatter for the only conversions they use
 * (%s, %zu, %d), truncating like snprintf: vsnprintf was a tenth of the load
 * time of a large corpus. */
static void path_fmt(char *buf, size_t n, const char *fmt, ...) {
  if (n == 0) return;
  va_list ap;
  va_start(ap, fmt);
  size_t o = 0;
  for (const char *f = fmt; *f != '\0'; f++) {
    char num[24];
    const char *piece = NULL;
    if (f[0] == '%' && f[1] == 's') {
      piece = va_arg(ap, const char *);
      f++;
    } else if (f[0] == '%' && f[1] == 'z' && f[2] == 'u') {
      snprintf(num, sizeof num, "%zu", va_arg(ap, size_t));
      piece = num;
      f += 2;
    } else if (f[0] == '%' && f[1] == 'd') {
      snprintf(num, sizeof num, "%d", va_arg(ap, int));
      piece = num;
      f++;
    }
    if (piece == NULL) {
      if (o + 1 < n) buf[o++] = *f;
      continue;
    }
    size_t len = strlen(piece);
    if (len > n - 1 - o) len = n - 1 - o;
    memcpy(buf + o, piece, len);
    o += len;
  }
  buf[o] = '\0';
  va_end(ap);
}

#define PATH_MAX_LEN 256

/* The shortest %g text that reads back as x (as Python's repr does). */
static void fmt_double(char *buf, size_t n, double x) {
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, n, "%.*g", prec, x);
    if (!isfinite(x) || strtod(buf, NULL) == x) return;
  }
}

/* A JSON value as a message shows it: 2.5, "abc", true, a list. */
static const char *describe(const json_t *v, char *buf, size_t n) {
  if (v == NULL) {
    snprintf(buf, n, "nothing");
  } else {
    switch (json_typeof(v)) {
    case JSON_OBJECT:
      snprintf(buf, n, "an object");
      break;
    case JSON_ARRAY:
      snprintf(buf, n, "a list");
      break;
    case JSON_STRING: {
      const char *s = json_string_value(v);
      if (strlen(s) > 40)
        snprintf(buf, n, "\"%.40s...\"", s);
      else
        snprintf(buf, n, "\"%s\"", s);
    } break;
    case JSON_INTEGER:
      snprintf(buf, n, "%lld", (long long)json_integer_value(v));
      break;
    case JSON_REAL:
      fmt_double(buf, n, json_real_value(v));
      break;
    case JSON_TRUE:
      snprintf(buf, n, "true");
      break;
    case JSON_FALSE:
      snprintf(buf, n, "false");
      break;
    case JSON_NULL:
      snprintf(buf, n, "null");
      break;
    default:
      snprintf(buf, n, "?");
      break;
    }
  }
  return buf;
}

/* A JSON string without embedded NUL bytes, else NULL. */
static const char *plain_string(const json_t *v) {
  if (!json_is_string(v)) return NULL;
  const char *s = json_string_value(v);
  if (strlen(s) != json_string_length(v)) return NULL;
  return s;
}

static bool is_user_key(const char *key) {
  return strncmp(key, "x-", 2) == 0;
}

static char *dup_str(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  if (d != NULL) memcpy(d, s, n);
  return d;
}

/* ================================================================ values */

/* Writes a JSON number or string value as written, for messages. Only
 * called on error paths: formatting every parsed value would dominate the
 * load time of a large corpus. */
static const char *value_text(const json_t *v, char *buf, size_t n) {
  if (json_is_integer(v))
    snprintf(buf, n, "%lld", (long long)json_integer_value(v));
  else if (json_is_real(v))
    fmt_double(buf, n, json_real_value(v));
  else if (json_is_string(v))
    snprintf(buf, n, "%s", json_string_value(v));
  else
    snprintf(buf, n, "?");
  return buf;
}

/* Parses a Python int written as a JSON integer or a decimal string
 * ("-5", "18446744073709551615"; an optional sign, then digits only).
 * (value_text writes it back for messages.) */
static enum ndp_status parse_pyint(const json_t *v, struct ndp_pyint *out, char *text, size_t textn,
                                   struct ndp_error *err) {
  char d[64];
  memset(out, 0, sizeof *out);
  if (json_is_integer(v)) {
    long long x = (long long)json_integer_value(v);
    out->neg = x < 0;
    /* |LLONG_MIN| is not a long long: go through x + 1. */
    out->mag = x < 0 ? (uint64_t)(-(x + 1)) + 1u : (uint64_t)x;
    out->fval = (double)x;
    return NDP_OK;
  }
  const char *s = plain_string(v);
  if (s == NULL) return bad(err, "", "expected an integer, got %s", describe(v, d, sizeof d));
  const char *p = s;
  if (*p == '-' || *p == '+') out->neg = *p++ == '-';
  if (*p == '\0') return bad(err, "", "expected an integer, got %s", describe(v, d, sizeof d));
  for (; *p != '\0'; p++) {
    if (*p < '0' || *p > '9')
      return bad(err, "", "expected an integer, got %s", describe(v, d, sizeof d));
    unsigned digit = (unsigned)(*p - '0');
    if (!out->huge && out->mag <= (UINT64_MAX - digit) / 10u)
      out->mag = out->mag * 10u + digit;
    else
      out->huge = true;
  }
  if (out->mag == 0 && !out->huge) out->neg = false; /* "-0" is 0 */
  /* glibc's strtod rounds a decimal integer correctly (to nearest, ties to
   * even), as Python's float(int) does; ERANGE gives inf. */
  out->fval = strtod(s, NULL);
  return NDP_OK;
}

static int dtype_bits(enum ndp_dtype dt) {
  return ndp_dtype_size(dt) * 8;
}

/* Whether a Python int fits integer dtype dt. */
static bool pyint_fits(enum ndp_dtype dt, const struct ndp_pyint *p) {
  if (p->huge) return false;
  int bits = dtype_bits(dt);
  if (ndp_dtype_kind(dt) == NDP_KIND_UINT) {
    if (p->neg && p->mag != 0) return false;
    return bits == 64 || p->mag <= (((uint64_t)1 << bits) - 1u);
  }
  uint64_t lim = (uint64_t)1 << (bits - 1);
  return p->neg ? p->mag <= lim : p->mag < lim;
}

/* The value of a Python int that fits int64 (checked by the caller). */
static int64_t pyint_to_i64(const struct ndp_pyint *p) {
  if (!p->neg) return (int64_t)p->mag;
  if (p->mag == 0) return 0;
  return -(int64_t)(p->mag - 1u) - 1;
}

/* Parses a float notation into a double (not yet rounded to a dtype):
 * a JSON number, "nan", "inf", "-inf", or a decimal or C99 hex float string
 * ("-0.0", "0x1.8p+1"), which must be consumed whole by strtod. strtod reads
 * '.' as the decimal point: the harness never calls setlocale. */
static enum ndp_status parse_float(const json_t *v, double *out, char *text, size_t textn,
                                   struct ndp_error *err) {
  char d[64];
  if (json_is_integer(v)) {
    long long x = (long long)json_integer_value(v);
    *out = (double)x;
    return NDP_OK;
  }
  if (json_is_real(v)) {
    *out = json_real_value(v);
    return NDP_OK;
  }
  const char *s = plain_string(v);
  if (s == NULL) return bad(err, "", "expected a float, got %s", describe(v, d, sizeof d));
  if (strcmp(s, "nan") == 0) {
    *out = NAN;
    return NDP_OK;
  }
  if (strcmp(s, "inf") == 0) {
    *out = INFINITY;
    return NDP_OK;
  }
  if (strcmp(s, "-inf") == 0) {
    *out = -INFINITY;
    return NDP_OK;
  }
  /* Only numerals reach strtod: no spaces, no "infinity", no "nan(...)". */
  const char *p = s;
  if (*p == '-' || *p == '+') p++;
  bool numeral = (*p >= '0' && *p <= '9') || (*p == '.' && p[1] >= '0' && p[1] <= '9');
  char *end = NULL;
  errno = 0;
  double x = numeral ? strtod(s, &end) : 0.0;
  if (!numeral || end == NULL || *end != '\0')
    return bad(err, "",
               "%s is not a float (expected a number, \"nan\", \"inf\", \"-inf\", or a decimal "
               "or C99 hex float string)",
               describe(v, d, sizeof d));
  if (isinf(x)) return bad(err, "", "%s is out of range for float64", s);
  *out = x;
  return NDP_OK;
}

/* 2^128 - 2^103: the smallest magnitude that rounds to infinity in float32. */
#define FLOAT32_OVERFLOW 0x1.ffffffp+127

/* Rounds an exact double to float dtype dt (float16/32/64) to nearest even.
 * A finite value that would become infinite is an input error when check is
 * set (NumPy would silently give inf; a case must say "inf" if it means it). */
static enum ndp_status round_float(double x, enum ndp_dtype dt, bool check, const json_t *src,
                                   double *out, struct ndp_error *err) {
  char text[128];
  switch (dt) {
  case NDP_FLOAT16: {
    uint16_t h = ndp_double_to_half(x);
    if (check && isfinite(x) && (h & 0x7fffu) == 0x7c00u)
      return bad(err, "", "%s is out of range for float16", value_text(src, text, sizeof text));
    *out = ndp_half_to_double(h);
    return NDP_OK;
  }
  case NDP_FLOAT32:
  case NDP_COMPLEX64:
    if (isfinite(x) && fabs(x) > FLT_MAX) {
      if (fabs(x) >= FLOAT32_OVERFLOW) {
        if (check)
          return bad(err, "", "%s is out of range for float32", value_text(src, text, sizeof text));
        *out = copysign(INFINITY, x);
      } else {
        *out = copysign(FLT_MAX, x); /* rounds down to the largest float */
      }
      return NDP_OK;
    }
    *out = (double)(float)x;
    return NDP_OK;
  default:
    *out = x;
    return NDP_OK;
  }
}

enum ndp_status ndp_value_parse(json_t *v, enum ndp_dtype dt, struct ndp_elem *e,
                                struct ndp_error *err) {
  char d[64], text[128];
  memset(e, 0, sizeof *e);
  e->dtype = dt;
  switch (ndp_dtype_kind(dt)) {
  case NDP_KIND_BOOL:
    if (!json_is_boolean(v))
      return bad(err, "", "expected true or false for bool, got %s", describe(v, d, sizeof d));
    e->v.b = json_is_true(v);
    return NDP_OK;
  case NDP_KIND_INT:
  case NDP_KIND_UINT: {
    struct ndp_pyint p;
    if (!json_is_integer(v) && !json_is_string(v))
      return bad(err, "", "expected an integer for %s, got %s", ndp_dtype_name(dt),
                 describe(v, d, sizeof d));
    enum ndp_status st = parse_pyint(v, &p, text, sizeof text, err);
    if (st != NDP_OK) return st;
    if (!pyint_fits(dt, &p))
      return bad(err, "", "%s is out of range for %s", value_text(v, text, sizeof text),
                 ndp_dtype_name(dt));
    if (ndp_dtype_kind(dt) == NDP_KIND_UINT)
      e->v.u = p.mag;
    else
      e->v.i = pyint_to_i64(&p);
    return NDP_OK;
  }
  case NDP_KIND_FLOAT: {
    double x;
    enum ndp_status st = parse_float(v, &x, text, sizeof text, err);
    if (st != NDP_OK) return st;
    return round_float(x, dt, true, v, &e->v.f, err);
  }
  case NDP_KIND_COMPLEX: {
    if (!json_is_array(v) || json_array_size(v) != 2)
      return bad(err, "", "expected [re, im] for %s, got %s", ndp_dtype_name(dt),
                 describe(v, d, sizeof d));
    double part[2];
    for (size_t k = 0; k < 2; k++) {
      double x;
      enum ndp_status st = parse_float(json_array_get(v, k), &x, text, sizeof text, err);
      if (st == NDP_OK) st = round_float(x, dt, true, json_array_get(v, k), &part[k], err);
      if (st != NDP_OK) {
        char p[16];
        snprintf(p, sizeof p, "[%zu]", k);
        return rebase(err, st, p);
      }
    }
    e->v.c.re = part[0];
    e->v.c.im = part[1];
    return NDP_OK;
  }
  }
  return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "unknown dtype %d", (int)dt);
}

/* Writes the values of the JSON list data (its length already checked
 * against t's size) into t, element k of the list at the k-th C-order
 * logical index, in t's byte order and memory layout. */
static enum ndp_status write_values(struct ndp_tensor *t, json_t *data, struct ndp_error *err) {
  int64_t n = ndp_tensor_size(t);
  int64_t idx[NDP_MAXDIMS] = {0};
  for (int64_t k = 0; k < n; k++) {
    struct ndp_elem e;
    enum ndp_status st = ndp_value_parse(json_array_get(data, (size_t)k), t->dtype, &e, err);
    if (st != NDP_OK) {
      char p[32];
      snprintf(p, sizeof p, "[%lld]", (long long)k);
      return rebase(err, st, p);
    }
    ndp_elem_store(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
    ndp_index_next(t->ndim, t->shape, idx);
  }
  return NDP_OK;
}

/* The element count of a shape whose entries are >= 0, or an input error. */
static enum ndp_status shape_count(int ndim, const int64_t *shape, int64_t *count,
                                   struct ndp_error *err) {
  size_t n;
  enum ndp_status st = ndp_shape_nbytes(ndim, shape, 1, &n, err);
  if (st != NDP_OK) return st == NDP_ESTEP ? NDP_EINPUT : st;
  *count = (int64_t)n;
  return NDP_OK;
}

static enum ndp_status check_count(json_t *data, int ndim, const int64_t *shape,
                                   struct ndp_error *err) {
  int64_t n;
  NDP_RETURN_NOT_OK(shape_count(ndim, shape, &n, err));
  if ((int64_t)json_array_size(data) != n) {
    char s[NDP_ERROR_MSG_MAX / 2];
    return bad(err, "", "%zu values given for shape %s (%lld element%s)", json_array_size(data),
               ndp_shape_str(ndim, shape, s, sizeof s), (long long)n, n == 1 ? "" : "s");
  }
  return NDP_OK;
}

enum ndp_status ndp_values_to_tensor(json_t *data, enum ndp_dtype dt, int ndim,
                                     const int64_t *shape, struct ndp_tensor *out,
                                     struct ndp_error *err) {
  char d[64];
  memset(out, 0, sizeof *out);
  if (!json_is_array(data))
    return bad(err, "", "expected a list of values, got %s", describe(data, d, sizeof d));
  NDP_RETURN_NOT_OK(check_count(data, ndim, shape, err));
  struct ndp_tensor t;
  enum ndp_status st = ndp_tensor_empty(dt, ndim, shape, 'C', &t, err);
  if (st != NDP_OK) return st == NDP_ESTEP ? NDP_EINPUT : st;
  st = write_values(&t, data, err);
  if (st != NDP_OK) {
    ndp_tensor_release(&t);
    return st;
  }
  *out = t;
  return NDP_OK;
}

/* ================================================================ fills */

/* fill: {"random": SEED} -- part of the case-format contract; changing it
 * changes every case that uses it.
 *
 * The generator is splitmix64 (Steele, Lea, Flood 2014), state = SEED:
 *     state += 0x9e3779b97f4a7c15
 *     z = state
 *     z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9      (mod 2^64)
 *     z = (z ^ (z >> 27)) * 0x94d049bb133111eb      (mod 2^64)
 *     draw = z ^ (z >> 31)
 * Elements are generated in C (row-major) logical order, whatever the
 * input's memory order, each from the next draw(s):
 *   bool:      draw >> 63 (true for 1; p = 0.5);
 *   integers:  (draw mod 41) - 20, uniform in [-20, 20], then clipped to
 *              the dtype's range (unsigned: negatives become 0);
 *   floats:    m = draw mod 16000, value (m - 8000) / 1000 computed in
 *              double (the double nearest that 3-decimal number in
 *              [-8, 8)), then rounded to the dtype (float16 via
 *              ndp_double_to_half, float32 via a (float) cast);
 *   complex:   re from one draw, im from the next, each as a float above
 *              (float32 parts for complex64).
 */
static uint64_t splitmix64(uint64_t *state) {
  *state += 0x9e3779b97f4a7c15u;
  uint64_t z = *state;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

static double random_float(uint64_t *state) {
  uint64_t m = splitmix64(state) % 16000u;
  return ((double)m - 8000.0) / 1000.0;
}

enum fill_kind { FILL_ARANGE, FILL_ZEROS, FILL_ONES, FILL_RANDOM };

/* A float for dtype dt (float or complex part); values here never overflow
 * float32, and float16 overflow gives inf as NumPy's casts do. */
static double float_to(enum ndp_dtype dt, double x) {
  double r = x;
  (void)round_float(x, dt, false, NULL, &r, NULL);
  return r;
}

/* Element k of np.arange(n).astype(dt): integers wrap modulo 2^bits. */
static void arange_elem(enum ndp_dtype dt, uint64_t k, struct ndp_elem *e) {
  int bits = dtype_bits(dt); /* used for integer kinds only (<= 64) */
  uint64_t u = bits >= 64 ? k : k & (((uint64_t)1 << bits) - 1u);
  switch (ndp_dtype_kind(dt)) {
  case NDP_KIND_BOOL:
    e->v.b = k != 0;
    break;
  case NDP_KIND_UINT:
    e->v.u = u;
    break;
  case NDP_KIND_INT:
    /* the two's-complement reading of the low bits */
    if (bits < 64 && u >= ((uint64_t)1 << (bits - 1)))
      e->v.i = -(int64_t)(((uint64_t)1 << bits) - u);
    else
      e->v.i = (int64_t)u; /* k < 2^63: k counts elements */
    break;
  case NDP_KIND_FLOAT:
    e->v.f = float_to(dt, (double)k);
    break;
  case NDP_KIND_COMPLEX:
    e->v.c.re = float_to(dt, (double)k);
    e->v.c.im = 0.0;
    break;
  }
}

static void random_elem(enum ndp_dtype dt, uint64_t *state, struct ndp_elem *e) {
  switch (ndp_dtype_kind(dt)) {
  case NDP_KIND_BOOL:
    e->v.b = (splitmix64(state) >> 63) != 0;
    break;
  case NDP_KIND_UINT:
  case NDP_KIND_INT: {
    int64_t v = (int64_t)(splitmix64(state) % 41u) - 20;
    if (ndp_dtype_kind(dt) == NDP_KIND_UINT)
      e->v.u = v < 0 ? 0u : (uint64_t)v;
    else
      e->v.i = v; /* [-20, 20] fits int8 and wider */
  } break;
  case NDP_KIND_FLOAT:
    e->v.f = float_to(dt, random_float(state));
    break;
  case NDP_KIND_COMPLEX:
    e->v.c.re = float_to(dt, random_float(state));
    e->v.c.im = float_to(dt, random_float(state));
    break;
  }
}

static void write_fill(struct ndp_tensor *t, enum fill_kind kind, uint64_t seed) {
  /* The buffer comes zeroed from ndp_buffer_new: zeros is already there
   * (all-zero bytes are 0, false and +0.0 in either byte order). */
  if (kind == FILL_ZEROS) return;
  int64_t n = ndp_tensor_size(t);
  int64_t idx[NDP_MAXDIMS] = {0};
  uint64_t state = seed;
  for (int64_t k = 0; k < n; k++) {
    struct ndp_elem e;
    memset(&e, 0, sizeof e);
    e.dtype = t->dtype;
    if (kind == FILL_ARANGE) {
      arange_elem(t->dtype, (uint64_t)k, &e);
    } else if (kind == FILL_ONES) {
      arange_elem(t->dtype, 1u, &e);
    } else {
      random_elem(t->dtype, &state, &e);
    }
    ndp_elem_store(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
    ndp_index_next(t->ndim, t->shape, idx);
  }
}

/* ================================================================ base64 */

static int b64_value(unsigned char ch) {
  if (ch >= 'A' && ch <= 'Z') return ch - 'A';
  if (ch >= 'a' && ch <= 'z') return ch - 'a' + 26;
  if (ch >= '0' && ch <= '9') return ch - '0' + 52;
  if (ch == '+') return 62;
  if (ch == '/') return 63;
  return -1;
}

/* Strict RFC 4648 base64 (standard alphabet, padded, no whitespace, zero
 * padding bits). On success *out (caller frees; non-NULL) holds *n bytes. */
static enum ndp_status b64_decode(const char *s, size_t len, unsigned char **out, size_t *n,
                                  struct ndp_error *err) {
  if (len % 4 != 0) return bad(err, "", "base64 text of length %zu is not a multiple of 4", len);
  size_t pad = 0;
  if (len > 0 && s[len - 1] == '=') pad++;
  if (len > 1 && s[len - 2] == '=') pad++;
  size_t size = len / 4 * 3 - pad;
  unsigned char *buf = malloc(size > 0 ? size : 1);
  if (buf == NULL) return nomem(err);
  size_t o = 0;
  for (size_t i = 0; i < len; i += 4) {
    int v[4];
    bool last = i + 4 == len;
    for (size_t j = 0; j < 4; j++) {
      unsigned char ch = (unsigned char)s[i + j];
      if (ch == '=' && last && j >= 4 - pad) {
        v[j] = 0;
        continue;
      }
      v[j] = b64_value(ch);
      if (v[j] < 0) {
        free(buf);
        if (ch == '=') return bad(err, "", "misplaced '=' at offset %zu", i + j);
        if (ch >= 0x20 && ch < 0x7f)
          return bad(err, "", "character '%c' at offset %zu is not base64", ch, i + j);
        return bad(err, "", "byte 0x%02x at offset %zu is not base64", ch, i + j);
      }
    }
    uint32_t w =
        ((uint32_t)v[0] << 18) | ((uint32_t)v[1] << 12) | ((uint32_t)v[2] << 6) | (uint32_t)v[3];
    size_t take = last ? 3 - pad : 3;
    if (last && ((pad == 1 && (w & 0xffu) != 0) || (pad == 2 && (w & 0xffffu) != 0))) {
      free(buf);
      return bad(err, "", "non-zero padding bits in the last base64 group");
    }
    for (size_t j = 0; j < take; j++) buf[o++] = (unsigned char)(w >> (16 - 8 * j));
  }
  *out = buf;
  *n = size;
  return NDP_OK;
}

/* ================================================================ shapes */

/* Parses a shape list into dims. allow_negative permits negative entries:
 * reshape's unknown dimension (-1; NumPy 1.24 takes any negative, and more
 * than one is its run-time "reshape" error) and broadcast_to's run-time
 * errors; both are for the backend to judge, not the parser. */
static enum ndp_status parse_shape(const json_t *v, const char *path, bool allow_unknown, int *ndim,
                                   int64_t *dims, struct ndp_error *err) {
  char d[64], p[PATH_MAX_LEN];
  if (!json_is_array(v))
    return bad(err, path, "expected a list of ints, got %s", describe(v, d, sizeof d));
  size_t n = json_array_size(v);
  if (n > NDP_MAXDIMS)
    return bad(err, path, "%zu dimensions given, at most %d are supported", n, NDP_MAXDIMS);
  for (size_t k = 0; k < n; k++) {
    const json_t *x = json_array_get(v, k);
    path_fmt(p, sizeof p, "%s[%zu]", path, k);
    if (!json_is_integer(x))
      return bad(err, p, "expected an int, got %s", describe(x, d, sizeof d));
    int64_t dim = (int64_t)json_integer_value(x);
    if (dim < 0 && !allow_unknown) {
      return bad(err, p, "negative dimension %lld", (long long)dim);
    }
    dims[k] = dim;
  }
  *ndim = (int)n;
  return NDP_OK;
}

static enum ndp_status parse_order(const json_t *v, const char *path, char *order,
                                   struct ndp_error *err) {
  char d[64];
  const char *s = plain_string(v);
  if (s == NULL || (strcmp(s, "C") != 0 && strcmp(s, "F") != 0))
    return bad(err, path, "unknown order %s (expected \"C\" or \"F\")", describe(v, d, sizeof d));
  *order = s[0];
  return NDP_OK;
}

static enum ndp_status parse_dtype(const json_t *v, const char *path, enum ndp_dtype *dt,
                                   bool *swapped, struct ndp_error *err) {
  char d[64];
  const char *s = plain_string(v);
  bool sw = false;
  if (s == NULL || !ndp_dtype_parse(s, dt, &sw))
    return bad(err, path, "unknown dtype %s", describe(v, d, sizeof d));
  if (swapped != NULL) *swapped = sw;
  return NDP_OK;
}

/* ================================================================ inputs */

static enum ndp_status parse_input(const char *name, json_t *obj, struct ndp_input *in,
                                   struct ndp_error *err) {
  char path[PATH_MAX_LEN], p[PATH_MAX_LEN], d[64];
  path_fmt(path, sizeof path, "inputs.%s", name);
  if (!json_is_object(obj))
    return bad(err, path, "expected an object, got %s", describe(obj, d, sizeof d));
  const char *key;
  json_t *val;
  json_object_foreach(obj, key, val) {
    if (strcmp(key, "dtype") != 0 && strcmp(key, "shape") != 0 && strcmp(key, "data") != 0 &&
        strcmp(key, "b64") != 0 && strcmp(key, "fill") != 0 && strcmp(key, "order") != 0 &&
        !is_user_key(key)) {
      path_fmt(p, sizeof p, "%s.%s", path, key);
      return bad(err, p,
                 "unknown key (an input has dtype, shape, data, b64, fill, order; user keys "
                 "start with \"x-\")");
    }
  }
  json_t *jdtype = json_object_get(obj, "dtype"), *jshape = json_object_get(obj, "shape");
  json_t *jdata = json_object_get(obj, "data"), *jb64 = json_object_get(obj, "b64");
  json_t *jfill = json_object_get(obj, "fill"), *jorder = json_object_get(obj, "order");

  path_fmt(p, sizeof p, "%s.dtype", path);
  if (jdtype == NULL) return bad(err, p, "required");
  NDP_RETURN_NOT_OK(parse_dtype(jdtype, p, &in->dtype, &in->swapped, err));

  path_fmt(p, sizeof p, "%s.shape", path);
  if (jshape == NULL) return bad(err, p, "required (use [] for a 0-d array)");
  int ndim = 0;
  int64_t shape[NDP_MAXDIMS];
  NDP_RETURN_NOT_OK(parse_shape(jshape, p, false, &ndim, shape, err));
  size_t nbytes = 0;
  enum ndp_status st = ndp_shape_nbytes(ndim, shape, ndp_dtype_size(in->dtype), &nbytes, err);
  if (st != NDP_OK) return rebase(err, st, p);
  if (nbytes > MAX_INPUT_BYTES) {
    char s[128];
    return bad(err, p,
               "array is too big for an input: shape %s of %s needs %zu bytes (at most %zu)",
               ndp_shape_str(ndim, shape, s, sizeof s), ndp_dtype_name(in->dtype), nbytes,
               MAX_INPUT_BYTES);
  }

  in->order = 'C';
  if (jorder != NULL) {
    path_fmt(p, sizeof p, "%s.order", path);
    NDP_RETURN_NOT_OK(parse_order(jorder, p, &in->order, err));
  }

  int nsrc = (jdata != NULL) + (jb64 != NULL) + (jfill != NULL);
  if (nsrc > 1) return bad(err, path, "give only one of data, b64, fill");

  /* Validate the source before allocating anything. */
  enum fill_kind fill = FILL_ARANGE;
  uint64_t seed = 0;
  if (jdata != NULL) {
    path_fmt(p, sizeof p, "%s.data", path);
    if (!json_is_array(jdata))
      return bad(err, p, "expected a list of values, got %s", describe(jdata, d, sizeof d));
    st = check_count(jdata, ndim, shape, err);
    if (st != NDP_OK) return rebase(err, st, p);
  } else if (jfill != NULL) {
    path_fmt(p, sizeof p, "%s.fill", path);
    const char *s = plain_string(jfill);
    if (s != NULL && strcmp(s, "arange") == 0) {
      fill = FILL_ARANGE;
    } else if (s != NULL && strcmp(s, "zeros") == 0) {
      fill = FILL_ZEROS;
    } else if (s != NULL && strcmp(s, "ones") == 0) {
      fill = FILL_ONES;
    } else if (json_is_object(jfill) && json_object_size(jfill) == 1 &&
               json_object_get(jfill, "random") != NULL) {
      struct ndp_pyint sp;
      char text[128];
      path_fmt(p, sizeof p, "%s.fill.random", path);
      st = parse_pyint(json_object_get(jfill, "random"), &sp, text, sizeof text, err);
      if (st != NDP_OK) return rebase(err, st, p);
      if (sp.huge || (sp.neg && sp.mag != 0))
        return bad(err, p, "seed %s is out of range [0, 18446744073709551615]",
                   value_text(json_object_get(jfill, "random"), text, sizeof text));
      fill = FILL_RANDOM;
      seed = sp.mag;
    } else {
      return bad(err, p,
                 "unknown fill %s (expected \"arange\", \"zeros\", \"ones\" or {\"random\": SEED})",
                 describe(jfill, d, sizeof d));
    }
  }

  unsigned char *raw = NULL;
  if (jb64 != NULL) {
    path_fmt(p, sizeof p, "%s.b64", path);
    const char *s = plain_string(jb64);
    if (s == NULL)
      return bad(err, p, "expected a base64 string, got %s", describe(jb64, d, sizeof d));
    size_t n = 0;
    st = b64_decode(s, strlen(s), &raw, &n, err);
    if (st != NDP_OK) return rebase(err, st, p);
    if (n != nbytes) {
      char s2[128];
      free(raw);
      return bad(err, p, "%zu bytes given, shape %s of %s needs %zu", n,
                 ndp_shape_str(ndim, shape, s2, sizeof s2), ndp_dtype_name(in->dtype), nbytes);
    }
    if (in->dtype == NDP_BOOL) {
      for (size_t k = 0; k < n; k++) {
        if (raw[k] > 1) {
          unsigned bad_byte = raw[k];
          free(raw);
          return bad(err, p, "byte %u of element %zu is not a bool (0 or 1)", bad_byte, k);
        }
      }
    }
  }

  st = ndp_tensor_empty(in->dtype, ndim, shape, in->order, &in->tensor, err);
  if (st != NDP_OK) {
    free(raw);
    return rebase(err, st, path);
  }
  in->tensor.swapped = in->swapped;
  if (jdata != NULL) {
    path_fmt(p, sizeof p, "%s.data", path);
    st = write_values(&in->tensor, jdata, err);
    if (st != NDP_OK) return rebase(err, st, p);
  } else if (raw != NULL) {
    /* b64 bytes are C-order elements already in the dtype's byte order:
     * copy each to its place in the (possibly F-order) buffer. */
    size_t isz = (size_t)ndp_dtype_size(in->dtype);
    int64_t n = ndp_tensor_size(&in->tensor);
    int64_t idx[NDP_MAXDIMS] = {0};
    for (int64_t k = 0; k < n; k++) {
      memcpy(ndp_tensor_at(&in->tensor, idx), raw + (size_t)k * isz, isz);
      ndp_index_next(ndim, shape, idx);
    }
    free(raw);
  } else {
    write_fill(&in->tensor, fill, seed);
  }
  if (in->order == 'F' && in->tensor.ndim == 0) {
    /* The cases in circulation build F-order inputs as np.asfortranarray
     * does, and NumPy 1.24's asfortranarray gives a 0-d array shape (1,)
     * (../shared/cases-sample, getitem/0004 pins it). */
    in->tensor.ndim = 1;
    in->tensor.shape[0] = 1;
    in->tensor.strides[0] = ndp_dtype_size(in->dtype);
  }
  return NDP_OK;
}

/* ================================================================ steps */

/* Parameters an op takes (bits), beyond id, op, args. */
enum {
  P_SHAPE = 1u << 0,
  P_ORDER = 1u << 1,
  P_AXES = 1u << 2, /* transpose "axes" */
  P_AXIS = 1u << 3,
  P_INDEX = 1u << 4,
  P_DTYPE = 1u << 5,
  P_CASTING = 1u << 6,
  P_KEEPDIMS = 1u << 7,
};
static const char *const param_names[] = {"shape", "order", "axes",    "axis",
                                          "index", "dtype", "casting", "keepdims"};
#define NPARAMS ((int)(sizeof param_names / sizeof param_names[0]))

/* The parameter table of case-format.md, "Steps". */
static unsigned op_params(enum ndp_op op) {
  switch (op) {
  case NDP_OP_RESHAPE:
    return P_SHAPE | P_ORDER;
  case NDP_OP_TRANSPOSE:
    return P_AXES;
  case NDP_OP_EXPAND_DIMS:
  case NDP_OP_SQUEEZE:
    return P_AXIS;
  case NDP_OP_BROADCAST_TO:
    return P_SHAPE;
  case NDP_OP_GETITEM:
    return P_INDEX;
  case NDP_OP_ASTYPE:
    return P_DTYPE | P_CASTING;
  case NDP_OP_COPY:
  case NDP_OP_ASCONTIGUOUSARRAY:
  case NDP_OP_ASFORTRANARRAY:
    return 0;
  case NDP_OP_RAVEL:
    return P_ORDER;
  case NDP_OP_CONCATENATE:
  case NDP_OP_STACK:
    return P_AXIS;
  case NDP_OP_SUM:
  case NDP_OP_PROD:
  case NDP_OP_MEAN:
    return P_AXIS | P_KEEPDIMS | P_DTYPE;
  default:
    break;
  }
  switch (ndp_op_class(op)) {
  case NDP_OPC_BINARY:
  case NDP_OPC_UNARY:
    return P_DTYPE | P_CASTING;
  case NDP_OPC_REDUCE:
    return P_AXIS | P_KEEPDIMS;
  default:
    return 0;
  }
}

static unsigned param_bit(const char *key) {
  for (int k = 0; k < NPARAMS; k++)
    if (strcmp(key, param_names[k]) == 0) return 1u << k;
  return 0;
}

/* "shape, order" for the message about an unknown parameter. */
static void params_list(unsigned mask, char *buf, size_t n) {
  size_t o = 0;
  buf[0] = '\0';
  for (int k = 0; k < NPARAMS && o < n; k++) {
    if (mask & (1u << k)) {
      int w = snprintf(buf + o, n - o, "%s%s", o ? ", " : "", param_names[k]);
      if (w < 0) break;
      o += (size_t)w;
    }
  }
}

/* Finds a slot by name among the inputs and steps[0..nsteps-1]; -1 if none. */
static int find_slot(const struct ndp_case *c, int nsteps, const char *name) {
  for (int i = 0; i < c->ninputs; i++)
    if (c->inputs[i].name != NULL && strcmp(c->inputs[i].name, name) == 0) return i;
  for (int k = 0; k < nsteps; k++)
    if (c->steps[k].id != NULL && strcmp(c->steps[k].id, name) == 0) return c->ninputs + k;
  return -1;
}

static enum ndp_status parse_arg(const struct ndp_case *c, int k, const char *path, json_t *a,
                                 bool in_fn, struct ndp_arg *out, struct ndp_error *err) {
  char d[64], p[PATH_MAX_LEN], text[128];
  const char *name = plain_string(a);
  if (name != NULL && in_fn && name[0] == '$') {
    /* "$0", "$1", ... name the element's components; "$x" is "$0". */
    int comp = -1;
    if (strcmp(name, "$x") == 0) comp = 0;
    else if (name[1] >= '0' && name[1] <= '9' && name[2] == '\0') comp = name[1] - '0';
    if (comp < 0 || comp >= NDP_DS_MAXCOMP)
      return bad(err, path, "\"%s\" is not an element component (\"$x\", \"$0\" ... \"$%d\")",
                 name, NDP_DS_MAXCOMP - 1);
    out->kind = NDP_ARG_REF;
    out->slot = -1 - comp;
    return NDP_OK;
  }
  if (name != NULL) {
    int slot = find_slot(c, k, name);
    if (slot < 0) return bad(err, path, "\"%s\" is not an input or an earlier step", name);
    out->kind = NDP_ARG_REF;
    out->slot = slot;
    return NDP_OK;
  }
  if (!json_is_object(a))
    return bad(err, path, "expected an input or step name, or a scalar object, got %s",
               describe(a, d, sizeof d));
  const char *key, *which = NULL;
  json_t *val;
  int nvalues = 0;
  json_object_foreach(a, key, val) {
    if (strcmp(key, "int") == 0 || strcmp(key, "float") == 0 || strcmp(key, "bool") == 0 ||
        strcmp(key, "complex") == 0 || strcmp(key, "scalar") == 0) {
      which = key;
      nvalues++;
    } else if (strcmp(key, "dtype") != 0 && !is_user_key(key)) {
      path_fmt(p, sizeof p, "%s.%s", path, key);
      return bad(err, p,
                 "unknown key (a scalar is {\"int\": v}, {\"float\": v}, {\"bool\": v}, "
                 "{\"complex\": [re, im]} or {\"scalar\": v, \"dtype\": d})");
    }
  }
  if (nvalues != 1)
    return bad(err, path,
               "a scalar operand needs exactly one of int, float, bool, complex, scalar");
  json_t *jdtype = json_object_get(a, "dtype");
  path_fmt(p, sizeof p, "%s.%s", path, which);
  val = json_object_get(a, which);
  if (strcmp(which, "scalar") != 0 && jdtype != NULL) {
    path_fmt(p, sizeof p, "%s.dtype", path);
    return bad(err, p, "only a {\"scalar\": v} operand takes a dtype");
  }
  enum ndp_status st = NDP_OK;
  if (strcmp(which, "int") == 0) {
    out->kind = NDP_ARG_PYINT;
    st = parse_pyint(val, &out->pyint, text, sizeof text, err);
  } else if (strcmp(which, "float") == 0) {
    out->kind = NDP_ARG_PYFLOAT;
    st = parse_float(val, &out->f, text, sizeof text, err);
  } else if (strcmp(which, "bool") == 0) {
    out->kind = NDP_ARG_PYBOOL;
    if (!json_is_boolean(val))
      return bad(err, p, "expected true or false, got %s", describe(val, d, sizeof d));
    out->b = json_is_true(val);
  } else if (strcmp(which, "complex") == 0) {
    out->kind = NDP_ARG_PYCOMPLEX;
    if (!json_is_array(val) || json_array_size(val) != 2)
      return bad(err, p, "expected [re, im], got %s", describe(val, d, sizeof d));
    for (size_t j = 0; j < 2; j++) {
      st =
          parse_float(json_array_get(val, j), j == 0 ? &out->re : &out->im, text, sizeof text, err);
      if (st != NDP_OK) {
        char q[PATH_MAX_LEN];
        path_fmt(q, sizeof q, "%s[%zu]", p, j);
        return rebase(err, st, q);
      }
    }
  } else {
    out->kind = NDP_ARG_NPSCALAR;
    if (jdtype == NULL) {
      path_fmt(p, sizeof p, "%s.dtype", path);
      return bad(err, p, "required with \"scalar\"");
    }
    enum ndp_dtype dt;
    char pd[PATH_MAX_LEN];
    path_fmt(pd, sizeof pd, "%s.dtype", path);
    NDP_RETURN_NOT_OK(parse_dtype(jdtype, pd, &dt, NULL, err));
    struct ndp_elem e;
    st = ndp_value_parse(val, dt, &e, err);
    if (st != NDP_OK) return rebase(err, st, p);
    st = ndp_tensor_empty(dt, 0, NULL, 'C', &out->scalar, err);
    if (st != NDP_OK) return rebase(err, st, p);
    ndp_elem_store(dt, false, out->scalar.buf->data + out->scalar.offset, &e);
  }
  if (st != NDP_OK) return rebase(err, st, p);
  return NDP_OK;
}

/* "axis"/"axes": an int, a list of ints (allow_list), or null (allow_null). */
static enum ndp_status parse_axis(const json_t *v, const char *path, bool allow_list,
                                  bool allow_null, struct ndp_step *s, struct ndp_error *err) {
  char d[64], p[PATH_MAX_LEN];
  const char *want =
      allow_list ? (allow_null ? "an int, a list of ints or null" : "an int or a list of ints")
                 : (allow_null ? "an int or null" : "an int");
  if (json_is_null(v) && allow_null) {
    s->axis_is_null = true;
    return NDP_OK;
  }
  if (json_is_integer(v)) {
    s->has_axes = true;
    s->naxes = 1;
    s->axes[0] = (int64_t)json_integer_value(v);
    return NDP_OK;
  }
  if (json_is_array(v) && allow_list) {
    size_t n = json_array_size(v);
    if (n > NDP_MAXDIMS) return bad(err, path, "%zu axes given, at most %d", n, NDP_MAXDIMS);
    for (size_t k = 0; k < n; k++) {
      const json_t *x = json_array_get(v, k);
      if (!json_is_integer(x)) {
        path_fmt(p, sizeof p, "%s[%zu]", path, k);
        return bad(err, p, "expected an int, got %s", describe(x, d, sizeof d));
      }
      s->axes[k] = (int64_t)json_integer_value(x);
    }
    s->has_axes = true;
    s->axis_is_list = true;
    s->naxes = (int)n;
    return NDP_OK;
  }
  return bad(err, path, "expected %s, got %s", want, describe(v, d, sizeof d));
}

static enum ndp_status parse_index_bound(const json_t *v, const char *path, bool *has, int64_t *out,
                                         struct ndp_error *err) {
  char d[64];
  if (json_is_null(v)) {
    *has = false;
    return NDP_OK;
  }
  if (!json_is_integer(v))
    return bad(err, path, "expected an int or null, got %s", describe(v, d, sizeof d));
  *has = true;
  *out = (int64_t)json_integer_value(v);
  return NDP_OK;
}

static enum ndp_status parse_index(const json_t *v, const char *path, struct ndp_step *s,
                                   struct ndp_error *err) {
  char d[64], p[PATH_MAX_LEN], q[PATH_MAX_LEN];
  if (!json_is_array(v))
    return bad(err, path, "expected a list of index items, got %s", describe(v, d, sizeof d));
  size_t n = json_array_size(v);
  if (n > (size_t)INT_MAX / 2) return bad(err, path, "too many index items");
  s->index = calloc(n > 0 ? n : 1, sizeof *s->index);
  if (s->index == NULL) return nomem(err);
  s->nindex = (int)n;
  for (size_t k = 0; k < n; k++) {
    const json_t *x = json_array_get(v, k);
    struct ndp_index_item *it = &s->index[k];
    const char *str = plain_string(x);
    path_fmt(p, sizeof p, "%s[%zu]", path, k);
    if (json_is_integer(x)) {
      it->kind = NDP_IDX_INT;
      it->i = (int64_t)json_integer_value(x);
    } else if (str != NULL && strcmp(str, "newaxis") == 0) {
      it->kind = NDP_IDX_NEWAXIS;
    } else if (str != NULL && strcmp(str, "...") == 0) {
      /* A second "..." is NumPy's run-time IndexError ("an index can only
       * have a single ellipsis"), for the backend to report. */
      it->kind = NDP_IDX_ELLIPSIS;
    } else if (json_is_object(x) && json_object_size(x) == 1 &&
               json_object_get(x, "slice") != NULL) {
      const json_t *sl = json_object_get(x, "slice");
      path_fmt(q, sizeof q, "%s.slice", p);
      if (!json_is_array(sl) || json_array_size(sl) != 3)
        return bad(err, q, "expected [start, stop, step], got %s", describe(sl, d, sizeof d));
      it->kind = NDP_IDX_SLICE;
      /* A step of 0 parses: NumPy raises ValueError for it at run time. */
      NDP_RETURN_NOT_OK(
          parse_index_bound(json_array_get(sl, 0), q, &it->has_start, &it->start, err));
      NDP_RETURN_NOT_OK(parse_index_bound(json_array_get(sl, 1), q, &it->has_stop, &it->stop, err));
      NDP_RETURN_NOT_OK(parse_index_bound(json_array_get(sl, 2), q, &it->has_step, &it->step, err));
    } else {
      return bad(err, p,
                 "expected an int, {\"slice\": [start, stop, step]}, \"newaxis\" or \"...\", "
                 "got %s",
                 describe(x, d, sizeof d));
    }
  }
  return NDP_OK;
}

/* A fn body may name the components "$0".."$(n-1)" of its dataset's
 * elements: n is known statically, so "$k" past it is an input error. */
static enum ndp_status check_components(const struct ndp_step *s, const struct ndp_step *src,
                                        int ncomp, const char *path, struct ndp_error *err) {
  if (ncomp <= 0) return NDP_OK;
  const struct ndp_fn *fn = &s->ds->fn;
  for (int k = 0; k < fn->nsteps; k++) {
    for (int j = 0; j < fn->steps[k].nargs; j++) {
      const struct ndp_arg *a = &fn->steps[k].args[j];
      if (a->kind != NDP_ARG_REF || a->slot >= 0) continue;
      int comp = -1 - a->slot;
      if (comp >= ncomp) {
        char p[PATH_MAX_LEN];
        path_fmt(p, sizeof p, "%s.fn[%d].args[%d]", path, k, j);
        return bad(err, p, "\"$%d\" names a component, but the elements of \"%s\" have %d", comp,
                   src->id, ncomp);
      }
    }
  }
  return NDP_OK;
}

/* Parses one parameter key of step s (bit says which). */
static enum ndp_status parse_param(struct ndp_step *s, unsigned bit, json_t *v, const char *p,
                                   struct ndp_error *err) {
  char d[64];
  switch (bit) {
  case P_SHAPE:
    s->has_shape = true;
    return parse_shape(v, p, s->op == NDP_OP_RESHAPE || s->op == NDP_OP_BROADCAST_TO, &s->shape_ndim, s->shape, err);
  case P_ORDER:
    return parse_order(v, p, &s->order, err);
  case P_AXES:
    if (json_is_null(v)) return NDP_OK; /* the default: reversed */
    if (!json_is_array(v))
      return bad(err, p, "expected a list of ints, got %s", describe(v, d, sizeof d));
    return parse_axis(v, p, true, false, s, err);
  case P_AXIS:
    switch (s->op) {
    case NDP_OP_EXPAND_DIMS:
      return parse_axis(v, p, true, false, s, err);
    case NDP_OP_SQUEEZE:
      return parse_axis(v, p, true, true, s, err);
    case NDP_OP_CONCATENATE:
      return parse_axis(v, p, false, true, s, err);
    case NDP_OP_STACK:
      return parse_axis(v, p, false, false, s, err);
    case NDP_OP_ARGMIN:
    case NDP_OP_ARGMAX:
      return parse_axis(v, p, false, true, s, err);
    default:
      return parse_axis(v, p, true, true, s, err);
    }
  case P_INDEX:
    return parse_index(v, p, s, err);
  case P_DTYPE:
    s->has_dtype = true;
    return parse_dtype(v, p, &s->dtype, &s->dtype_swapped, err);
  case P_CASTING: {
    const char *str = plain_string(v);
    if (str == NULL || !ndp_casting_parse(str, &s->casting))
      return bad(err, p, "unknown casting %s (expected no, equiv, safe, same_kind or unsafe)",
                 describe(v, d, sizeof d));
    s->has_casting = true;
    return NDP_OK;
  }
  case P_KEEPDIMS:
    if (!json_is_boolean(v))
      return bad(err, p, "expected true or false, got %s", describe(v, d, sizeof d));
    s->keepdims = json_is_true(v);
    return NDP_OK;
  default:
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "%s: unhandled parameter", p);
  }
}

static enum ndp_status parse_ds(struct ndp_case *c, int k, struct ndp_step *s, json_t *obj,
                                const char *path, struct ndp_error *err);

/* Parses step k of c (path: its location; in_fn: a step of a fn body, where
 * c's steps are the body's). */
static enum ndp_status parse_step(struct ndp_case *c, int k, json_t *obj, const char *path,
                                  bool in_fn, struct ndp_error *err) {
  char p[PATH_MAX_LEN], d[64];
  struct ndp_step *s = &c->steps[k];
  s->order = 'C';
  s->json = obj;
  if (!json_is_object(obj))
    return bad(err, path, "expected an object, got %s", describe(obj, d, sizeof d));

  json_t *jid = json_object_get(obj, "id");
  path_fmt(p, sizeof p, "%s.id", path);
  if (jid == NULL) return bad(err, p, "required");
  const char *id = plain_string(jid);
  if (id == NULL || id[0] == '\0')
    return bad(err, p, "expected a non-empty string, got %s", describe(jid, d, sizeof d));
  for (int i = 0; i < c->ninputs; i++)
    if (strcmp(c->inputs[i].name, id) == 0)
      return bad(err, p, "\"%s\" is already an input name", id);
  for (int j = 0; j < k; j++)
    if (strcmp(c->steps[j].id, id) == 0)
      return bad(err, p, "\"%s\" is already the id of steps[%d]", id, j);
  s->id = dup_str(id);
  if (s->id == NULL) return nomem(err);

  json_t *jop = json_object_get(obj, "op");
  path_fmt(p, sizeof p, "%s.op", path);
  if (jop == NULL) return bad(err, p, "required");
  const char *opname = plain_string(jop);
  if (opname == NULL) return bad(err, p, "expected an op name, got %s", describe(jop, d, sizeof d));
  if (!ndp_op_parse(opname, &s->op)) return bad(err, p, "unknown op \"%s\"", opname);
  enum ndp_op_class cls = ndp_op_class(s->op);
  if (in_fn && cls == NDP_OPC_DATASET)
    return bad(err, p, "a fn body works on arrays: %s is a dataset op", opname);

  json_t *jargs = json_object_get(obj, "args");
  path_fmt(p, sizeof p, "%s.args", path);
  if (jargs == NULL && cls != NDP_OPC_DATASET) return bad(err, p, "required");
  if (jargs != NULL) {
    if (!json_is_array(jargs))
      return bad(err, p, "expected a list, got %s", describe(jargs, d, sizeof d));
    size_t n = json_array_size(jargs);
    if (n > (size_t)INT_MAX / 2) return bad(err, p, "too many operands");
    s->args = calloc(n > 0 ? n : 1, sizeof *s->args);
    if (s->args == NULL) return nomem(err);
    s->nargs = (int)n;
    for (size_t j = 0; j < n; j++) {
      char pa[PATH_MAX_LEN];
      path_fmt(pa, sizeof pa, "%s[%zu]", p, j);
      NDP_RETURN_NOT_OK(parse_arg(c, k, pa, json_array_get(jargs, j), in_fn, &s->args[j], err));
    }
  }
  /* Array ops take arrays: a dataset's elements reach array ops only through
   * fn bodies (map, filter, numpy_function), and a step chaining dataset ops
   * may be at most NDP_MAX_PIPELINE_DEPTH deep (each stage is a frame of the
   * interpreter's pull). */
  if (!in_fn) {
    int depth = 0;
    for (int j = 0; j < s->nargs; j++) {
      const struct ndp_arg *a = &s->args[j];
      if (a->kind != NDP_ARG_REF || a->slot < c->ninputs) continue;
      const struct ndp_step *dep = &c->steps[a->slot - c->ninputs];
      if (ndp_op_class(dep->op) != NDP_OPC_DATASET) continue;
      char pa[PATH_MAX_LEN];
      path_fmt(pa, sizeof pa, "%s[%d]", p, j);
      if (cls != NDP_OPC_DATASET)
        return bad(err, pa,
                   "\"%s\" is a dataset; %s takes arrays (a dataset's elements reach array ops "
                   "through map, filter or numpy_function)",
                   dep->id, opname);
      if (dep->ds_depth > depth) depth = dep->ds_depth;
    }
    if (cls == NDP_OPC_DATASET) {
      s->ds_depth = depth + 1;
      if (s->ds_depth > NDP_MAX_PIPELINE_DEPTH)
        return bad(err, p, "the dataset pipeline is %d stages deep here; at most %d are supported",
                   s->ds_depth, NDP_MAX_PIPELINE_DEPTH);
    }
  }
  if (s->op == NDP_OP_CONCATENATE || s->op == NDP_OP_STACK) {
    if (s->nargs < 2)
      return bad(err, p, "%s takes two or more operands, %d given", opname, s->nargs);
  } else if (cls == NDP_OPC_BINARY) {
    if (s->nargs != 2) return bad(err, p, "%s takes 2 operands, %d given", opname, s->nargs);
  } else if (cls != NDP_OPC_DATASET) {
    if (s->nargs != 1) return bad(err, p, "%s takes 1 operand, %d given", opname, s->nargs);
  }

  if (cls == NDP_OPC_DATASET) return parse_ds(c, k, s, obj, path, err);

  unsigned allowed = op_params(s->op);
  const char *key;
  json_t *val;
  json_object_foreach(obj, key, val) {
    if (strcmp(key, "id") == 0 || strcmp(key, "op") == 0 || strcmp(key, "args") == 0 ||
        is_user_key(key))
      continue;
    unsigned bit = param_bit(key);
    path_fmt(p, sizeof p, "%s.%s", path, key);
    if ((bit & allowed) == 0) {
      char list[128];
      params_list(allowed, list, sizeof list);
      if (allowed == 0) return bad(err, p, "unknown parameter (%s takes none)", opname);
      return bad(err, p, "unknown parameter (%s takes %s)", opname, list);
    }
    NDP_RETURN_NOT_OK(parse_param(s, bit, val, p, err));
  }

  /* Required parameters. */
  const char *missing = NULL;
  if ((s->op == NDP_OP_RESHAPE || s->op == NDP_OP_BROADCAST_TO) && !s->has_shape)
    missing = "shape";
  else if (s->op == NDP_OP_EXPAND_DIMS && !s->has_axes)
    missing = "axis";
  else if (s->op == NDP_OP_GETITEM && json_object_get(obj, "index") == NULL)
    missing = "index";
  else if (s->op == NDP_OP_ASTYPE && !s->has_dtype)
    missing = "dtype";
  if (missing != NULL) {
    path_fmt(p, sizeof p, "%s.%s", path, missing);
    return bad(err, p, "required for %s", opname);
  }
  return NDP_OK;
}

/* ================================================================ dataset steps */

/* A partial shape: null (unknown rank) or a list of ints >= 0 and nulls. */
static enum ndp_status parse_partial_shape(const json_t *v, const char *path,
                                           struct ndp_partial_shape *out, struct ndp_error *err) {
  char d[64], p[PATH_MAX_LEN];
  memset(out, 0, sizeof *out);
  if (json_is_null(v)) return NDP_OK;
  if (!json_is_array(v))
    return bad(err, path, "expected a partial shape (a list of ints and nulls, or null), got %s",
               describe(v, d, sizeof d));
  size_t n = json_array_size(v);
  if (n > NDP_MAXDIMS)
    return bad(err, path, "%zu dimensions given, at most %d are supported", n, NDP_MAXDIMS);
  for (size_t k = 0; k < n; k++) {
    const json_t *x = json_array_get(v, k);
    path_fmt(p, sizeof p, "%s[%zu]", path, k);
    if (json_is_null(x)) {
      out->dims[k] = -1;
    } else if (json_is_integer(x) && json_integer_value(x) >= 0) {
      out->dims[k] = (int64_t)json_integer_value(x);
    } else {
      return bad(err, p, "expected an int >= 0 or null, got %s", describe(x, d, sizeof d));
    }
  }
  out->rank_known = true;
  out->ndim = (int)n;
  return NDP_OK;
}

/* One partial shape, or a list of them (one per component): a list with a
 * list among its items is a list of shapes, whose null items are shapes of
 * unknown rank ([null, [2]]: component 0 of unknown rank, component 1 of
 * shape (2,)); a list of ints and nulls only is one shape ([null, null] is
 * the rank-2 shape (None, None)). */
static enum ndp_status parse_partial_shapes(const json_t *v, const char *path, int *n,
                                            struct ndp_partial_shape *out,
                                            struct ndp_error *err) {
  char p[PATH_MAX_LEN];
  bool list_of_shapes = false;
  for (size_t k = 0; json_is_array(v) && k < json_array_size(v); k++)
    list_of_shapes |= json_is_array(json_array_get(v, k));
  if (list_of_shapes) {
    size_t m = json_array_size(v);
    if (m > NDP_DS_MAXCOMP)
      return bad(err, path, "%zu shapes given, at most %d components", m, NDP_DS_MAXCOMP);
    for (size_t k = 0; k < m; k++) {
      path_fmt(p, sizeof p, "%s[%zu]", path, k);
      NDP_RETURN_NOT_OK(parse_partial_shape(json_array_get(v, k), p, &out[k], err));
    }
    *n = (int)m;
    return NDP_OK;
  }
  *n = 1;
  return parse_partial_shape(v, path, &out[0], err);
}

static enum ndp_status parse_fn(struct ndp_case *c, struct ndp_step *s, json_t *obj,
                                const char *path, struct ndp_error *err) {
  char p[PATH_MAX_LEN], d[64];
  struct ndp_fn *fn = &s->ds->fn;
  json_t *jfn = json_object_get(obj, "fn");
  path_fmt(p, sizeof p, "%s.fn", path);
  if (jfn == NULL) return bad(err, p, "required for %s", ndp_op_name(s->op));
  if (!json_is_array(jfn) || json_array_size(jfn) == 0)
    return bad(err, p, "expected a non-empty list of steps, got %s", describe(jfn, d, sizeof d));
  size_t n = json_array_size(jfn);
  if (n > 4096) return bad(err, p, "too many steps (%zu, at most 4096)", n);
  fn->steps = calloc(n, sizeof *fn->steps);
  if (fn->steps == NULL) return nomem(err);
  struct ndp_case sub;
  memset(&sub, 0, sizeof sub);
  sub.inputs = c->inputs;
  sub.ninputs = c->ninputs;
  sub.steps = fn->steps;
  for (size_t k = 0; k < n; k++) {
    char sp[PATH_MAX_LEN];
    fn->nsteps = (int)k + 1;
    sub.nsteps = fn->nsteps;
    path_fmt(sp, sizeof sp, "%s.fn[%zu]", path, k);
    NDP_RETURN_NOT_OK(parse_step(&sub, (int)k, json_array_get(jfn, k), sp, true, err));
  }
  if (s->op == NDP_OP_NUMPY_FUNCTION)
    for (int j = 0; j < fn->nsteps; j++) fn->steps[j].numpy_body = true;
  json_t *jres = json_object_get(obj, "result");
  path_fmt(p, sizeof p, "%s.result", path);
  if (jres == NULL) {
    fn->nresults = 1;
    fn->results[0] = fn->nsteps - 1; /* the last step of the body */
    return NDP_OK;
  }
  size_t m = 1;
  if (json_is_array(jres)) {
    m = json_array_size(jres);
    if (m == 0 || m > NDP_DS_MAXCOMP)
      return bad(err, p, "expected 1 to %d step ids, got %zu", NDP_DS_MAXCOMP, m);
    if (s->op == NDP_OP_FILTER) return bad(err, p, "a filter's result is one step id");
    s->ds->result_is_list = true;
  }
  for (size_t k = 0; k < m; k++) {
    const json_t *x = json_is_array(jres) ? json_array_get(jres, k) : jres;
    const char *id = plain_string(x);
    char q[PATH_MAX_LEN];
    path_fmt(q, sizeof q, json_is_array(jres) ? "%s[%zu]" : "%s", p, k);
    if (id == NULL) return bad(err, q, "expected a step id of fn, got %s", describe(x, d, sizeof d));
    int found = -1;
    for (int j = 0; j < fn->nsteps; j++)
      if (strcmp(fn->steps[j].id, id) == 0) found = j;
    if (found < 0) return bad(err, q, "\"%s\" is not a step id of fn", id);
    fn->results[k] = found;
  }
  fn->nresults = (int)m;
  return NDP_OK;
}

static enum ndp_status parse_int_param(const json_t *v, const char *path, int64_t min,
                                       int64_t *out, struct ndp_error *err) {
  char d[64];
  if (!json_is_integer(v) || json_integer_value(v) < min)
    return bad(err, path, "expected an int >= %lld, got %s", (long long)min,
               describe(v, d, sizeof d));
  *out = (int64_t)json_integer_value(v);
  return NDP_OK;
}

static enum ndp_status parse_generator(struct ndp_case *c, struct ndp_step *s, json_t *obj,
                                       const char *path, struct ndp_error *err) {
  char p[PATH_MAX_LEN], q[PATH_MAX_LEN], d[64];
  struct ndp_ds_params *ds = s->ds;
  json_t *sig = json_object_get(obj, "output_signature");
  path_fmt(p, sizeof p, "%s.output_signature", path);
  if (sig == NULL) return bad(err, p, "required for from_generator");
  if (json_is_object(sig)) {
    ds->ncomp = 1;
  } else if (json_is_array(sig) && json_array_size(sig) >= 1 &&
             json_array_size(sig) <= NDP_DS_MAXCOMP) {
    ds->ncomp = (int)json_array_size(sig);
  } else {
    return bad(err, p, "expected a list of 1 to %d {\"dtype\", \"shape\"} objects, got %s",
               NDP_DS_MAXCOMP, describe(sig, d, sizeof d));
  }
  for (int k = 0; k < ds->ncomp; k++) {
    json_t *x = json_is_object(sig) ? sig : json_array_get(sig, (size_t)k);
    path_fmt(q, sizeof q, json_is_object(sig) ? "%s" : "%s[%d]", p, k);
    if (!json_is_object(x))
      return bad(err, q, "expected {\"dtype\", \"shape\"}, got %s", describe(x, d, sizeof d));
    const char *key;
    json_t *val;
    json_object_foreach(x, key, val) {
      if (strcmp(key, "dtype") != 0 && strcmp(key, "shape") != 0 && !is_user_key(key)) {
        char r[PATH_MAX_LEN];
        path_fmt(r, sizeof r, "%s.%s", q, key);
        return bad(err, r, "unknown key (a signature has dtype, shape)");
      }
    }
    char r[PATH_MAX_LEN];
    path_fmt(r, sizeof r, "%s.dtype", q);
    if (json_object_get(x, "dtype") == NULL) return bad(err, r, "required");
    NDP_RETURN_NOT_OK(parse_dtype(json_object_get(x, "dtype"), r, &ds->sig_dtype[k], NULL, err));
    path_fmt(r, sizeof r, "%s.shape", q);
    if (json_object_get(x, "shape") == NULL) return bad(err, r, "required (null for any shape)");
    NDP_RETURN_NOT_OK(parse_partial_shape(json_object_get(x, "shape"), r, &ds->sig_shape[k], err));
  }
  json_t *el = json_object_get(obj, "elements");
  path_fmt(p, sizeof p, "%s.elements", path);
  if (el == NULL) return bad(err, p, "required for from_generator");
  if (!json_is_array(el))
    return bad(err, p, "expected a list of elements, got %s", describe(el, d, sizeof d));
  size_t n = json_array_size(el);
  if (n > 1000000) return bad(err, p, "too many elements (%zu)", n);
  ds->elements = calloc(n > 0 ? n * (size_t)ds->ncomp : 1, sizeof *ds->elements);
  if (ds->elements == NULL) return nomem(err);
  ds->nelements = (int)n;
  for (size_t i = 0; i < n; i++) {
    json_t *e = json_array_get(el, i);
    path_fmt(q, sizeof q, "%s[%zu]", p, i);
    size_t m = json_is_array(e) ? json_array_size(e) : 1;
    if (m != (size_t)ds->ncomp)
      return bad(err, q, "an element has %zu components, the signature %d", m, ds->ncomp);
    for (size_t j = 0; j < m; j++) {
      json_t *x = json_is_array(e) ? json_array_get(e, j) : e;
      char r[PATH_MAX_LEN];
      path_fmt(r, sizeof r, json_is_array(e) ? "%s[%zu]" : "%s", q, j);
      const char *name = plain_string(x);
      int slot = -1;
      if (name != NULL)
        for (int t = 0; t < c->ninputs; t++)
          if (strcmp(c->inputs[t].name, name) == 0) slot = t;
      if (slot < 0)
        return bad(err, r, "expected the name of an input, got %s", describe(x, d, sizeof d));
      ds->elements[i * (size_t)ds->ncomp + j] = slot;
    }
  }
  return NDP_OK;
}

/* The parameters of dataset step s (k: its index among c's steps). */
static enum ndp_status parse_ds(struct ndp_case *c, int k, struct ndp_step *s, json_t *obj,
                                const char *path, struct ndp_error *err) {
  char p[PATH_MAX_LEN], d[64];
  const char *name = ndp_op_name(s->op);
  s->ds = calloc(1, sizeof *s->ds);
  if (s->ds == NULL) return nomem(err);
  struct ndp_ds_params *ds = s->ds;
  const char *allowed = "";
  switch (s->op) {
  case NDP_OP_FROM_TENSOR_SLICES:
  case NDP_OP_FROM_TENSORS: allowed = ""; break;
  case NDP_OP_FROM_GENERATOR: allowed = "elements output_signature"; break;
  case NDP_OP_MAP: allowed = "fn result"; break;
  case NDP_OP_FILTER: allowed = "fn result"; break;
  case NDP_OP_NUMPY_FUNCTION: allowed = "fn result Tout shape"; break;
  case NDP_OP_BATCH: allowed = "batch_size drop_remainder"; break;
  case NDP_OP_TAKE: allowed = "count"; break;
  case NDP_OP_SET_SHAPE:
  case NDP_OP_ENSURE_SHAPE: allowed = "shape"; break;
  default: allowed = ""; break;
  }
  const char *key;
  json_t *val;
  json_object_foreach(obj, key, val) {
    if (strcmp(key, "id") == 0 || strcmp(key, "op") == 0 || strcmp(key, "args") == 0 ||
        is_user_key(key))
      continue;
    const char *hit = strstr(allowed, key);
    size_t kl = strlen(key);
    bool ok = hit != NULL && (hit == allowed || hit[-1] == ' ') &&
              (hit[kl] == '\0' || hit[kl] == ' ');
    if (!ok) {
      path_fmt(p, sizeof p, "%s.%s", path, key);
      if (allowed[0] == '\0') return bad(err, p, "unknown parameter (%s takes none)", name);
      return bad(err, p, "unknown parameter (%s takes %s)", name, allowed);
    }
  }
  path_fmt(p, sizeof p, "%s.args", path);
  if (s->op == NDP_OP_FROM_TENSOR_SLICES || s->op == NDP_OP_FROM_TENSORS) {
    if (s->nargs < 1 || s->nargs > NDP_DS_MAXCOMP)
      return bad(err, p, "%s takes 1 to %d arrays, %d given", name, NDP_DS_MAXCOMP, s->nargs);
    for (int j = 0; j < s->nargs; j++) {
      const struct ndp_arg *a = &s->args[j];
      bool array = a->kind == NDP_ARG_REF &&
                   (a->slot < c->ninputs ||
                    ndp_op_class(c->steps[a->slot - c->ninputs].op) != NDP_OPC_DATASET);
      if (!array) {
        char q[PATH_MAX_LEN];
        path_fmt(q, sizeof q, "%s[%d]", p, j);
        return bad(err, q, "%s takes arrays (an input or an array step)", name);
      }
    }
    ds->out_ncomp = s->nargs;
    return NDP_OK;
  }
  if (s->op == NDP_OP_FROM_GENERATOR) {
    if (s->nargs != 0) return bad(err, p, "from_generator takes no args (see elements)");
    NDP_RETURN_NOT_OK(parse_generator(c, s, obj, path, err));
    ds->out_ncomp = ds->ncomp;
    return NDP_OK;
  }
  /* Every other dataset op takes one dataset. */
  if (s->nargs != 1) return bad(err, p, "%s takes 1 dataset, %d given", name, s->nargs);
  const struct ndp_arg *a = &s->args[0];
  if (a->kind != NDP_ARG_REF || a->slot < c->ninputs ||
      ndp_op_class(c->steps[a->slot - c->ninputs].op) != NDP_OPC_DATASET) {
    path_fmt(p, sizeof p, "%s.args[0]", path);
    return bad(err, p, "%s takes a dataset (an earlier dataset step)", name);
  }
  (void)k;
  const struct ndp_step *src = &c->steps[a->slot - c->ninputs];
  int in_ncomp = src->ds != NULL ? src->ds->out_ncomp : 0;
  ds->out_ncomp = in_ncomp;
  json_t *v;
  switch (s->op) {
  case NDP_OP_MAP:
  case NDP_OP_FILTER:
    NDP_RETURN_NOT_OK(parse_fn(c, s, obj, path, err));
    NDP_RETURN_NOT_OK(check_components(s, src, in_ncomp, path, err));
    if (s->op == NDP_OP_MAP) ds->out_ncomp = ds->fn.nresults;
    if (s->op == NDP_OP_FILTER && ds->fn.nresults != 1) {
      path_fmt(p, sizeof p, "%s.result", path);
      return bad(err, p, "a filter predicate is one step id, %d given", ds->fn.nresults);
    }
    return NDP_OK;
  case NDP_OP_NUMPY_FUNCTION: {
    NDP_RETURN_NOT_OK(parse_fn(c, s, obj, path, err));
    NDP_RETURN_NOT_OK(check_components(s, src, in_ncomp, path, err));
    ds->out_ncomp = ds->fn.nresults;
    path_fmt(p, sizeof p, "%s.Tout", path);
    v = json_object_get(obj, "Tout");
    if (v == NULL) return bad(err, p, "required for numpy_function");
    if (json_is_array(v)) {
      size_t n = json_array_size(v);
      if (n == 0 || n > NDP_DS_MAXCOMP)
        return bad(err, p, "expected 1 to %d dtypes, got %zu", NDP_DS_MAXCOMP, n);
      for (size_t j = 0; j < n; j++) {
        char q[PATH_MAX_LEN];
        path_fmt(q, sizeof q, "%s[%zu]", p, j);
        NDP_RETURN_NOT_OK(parse_dtype(json_array_get(v, j), q, &ds->tout[j], NULL, err));
      }
      ds->ntout = (int)n;
    } else {
      NDP_RETURN_NOT_OK(parse_dtype(v, p, &ds->tout[0], NULL, err));
      ds->ntout = 1;
    }
    if (ds->ntout != ds->fn.nresults)
      return bad(err, p, "%d dtypes for %d results", ds->ntout, ds->fn.nresults);
    if ((v = json_object_get(obj, "shape")) != NULL) {
      path_fmt(p, sizeof p, "%s.shape", path);
      NDP_RETURN_NOT_OK(parse_partial_shapes(v, p, &ds->nshapes, ds->shapes, err));
      if (ds->nshapes != ds->fn.nresults)
        return bad(err, p, "%d shapes for %d results", ds->nshapes, ds->fn.nresults);
    }
    return NDP_OK;
  }
  case NDP_OP_BATCH:
    path_fmt(p, sizeof p, "%s.batch_size", path);
    if ((v = json_object_get(obj, "batch_size")) == NULL) return bad(err, p, "required for batch");
    NDP_RETURN_NOT_OK(parse_int_param(v, p, 1, &ds->batch_size, err));
    if ((v = json_object_get(obj, "drop_remainder")) != NULL) {
      path_fmt(p, sizeof p, "%s.drop_remainder", path);
      if (!json_is_boolean(v))
        return bad(err, p, "expected true or false, got %s", describe(v, d, sizeof d));
      ds->drop_remainder = json_is_true(v);
    }
    return NDP_OK;
  case NDP_OP_TAKE:
    path_fmt(p, sizeof p, "%s.count", path);
    if ((v = json_object_get(obj, "count")) == NULL) return bad(err, p, "required for take");
    /* -1 takes every element, as tf.data's take(-1). */
    return parse_int_param(v, p, -1, &ds->count, err);
  case NDP_OP_SET_SHAPE:
  case NDP_OP_ENSURE_SHAPE:
    path_fmt(p, sizeof p, "%s.shape", path);
    if ((v = json_object_get(obj, "shape")) == NULL) return bad(err, p, "required for %s", name);
    NDP_RETURN_NOT_OK(parse_partial_shapes(v, p, &ds->nshapes, ds->shapes, err));
    if (in_ncomp > 0 && ds->nshapes != in_ncomp)
      return bad(err, p, "%d shapes for the elements of \"%s\", which have %d components",
                 ds->nshapes, src->id, in_ncomp);
    return NDP_OK;
  default:
    return NDP_OK;
  }
}

/* Dataset expectations: count, element_spec, elements. */
static enum ndp_status parse_ds_expect(struct ndp_expect *x, json_t *obj, const char *path,
                                       struct ndp_error *err) {
  char p[PATH_MAX_LEN], q[PATH_MAX_LEN], d[64];
  json_t *v;
  if ((v = json_object_get(obj, "count")) != NULL) {
    path_fmt(p, sizeof p, "%s.count", path);
    NDP_RETURN_NOT_OK(parse_int_param(v, p, 0, &x->count, err));
    x->has_count = true;
  }
  if ((v = json_object_get(obj, "element_spec")) != NULL) {
    path_fmt(p, sizeof p, "%s.element_spec", path);
    if (!json_is_array(v) || json_array_size(v) == 0 || json_array_size(v) > NDP_DS_MAXCOMP)
      return bad(err, p, "expected a list of 1 to %d {\"dtype\", \"shape\"} objects, got %s",
                 NDP_DS_MAXCOMP, describe(v, d, sizeof d));
    for (size_t k = 0; k < json_array_size(v); k++) {
      json_t *o = json_array_get(v, k);
      path_fmt(q, sizeof q, "%s[%zu]", p, k);
      if (!json_is_object(o) || json_object_get(o, "dtype") == NULL ||
          json_object_get(o, "shape") == NULL || json_object_size(o) != 2)
        return bad(err, q, "expected {\"dtype\", \"shape\"}, got %s", describe(o, d, sizeof d));
      char r[PATH_MAX_LEN];
      path_fmt(r, sizeof r, "%s.dtype", q);
      NDP_RETURN_NOT_OK(parse_dtype(json_object_get(o, "dtype"), r, &x->spec_dtype[k], NULL, err));
      path_fmt(r, sizeof r, "%s.shape", q);
      NDP_RETURN_NOT_OK(parse_partial_shape(json_object_get(o, "shape"), r, &x->spec_shape[k], err));
    }
    x->nspec = (int)json_array_size(v);
    x->has_spec = true;
  }
  if ((v = json_object_get(obj, "elements")) != NULL) {
    path_fmt(p, sizeof p, "%s.elements", path);
    if (!json_is_array(v))
      return bad(err, p, "expected a list of elements, got %s", describe(v, d, sizeof d));
    size_t n = json_array_size(v);
    for (size_t i = 0; i < n; i++) {
      json_t *e = json_array_get(v, i);
      path_fmt(q, sizeof q, "%s[%zu]", p, i);
      const char *str = plain_string(e);
      if (str != NULL && strcmp(str, "...") == 0) {
        if (i + 1 != n) return bad(err, q, "\"...\" (the rest is not pinned) must come last");
        continue;
      }
      if (!json_is_array(e) || json_array_size(e) == 0 || json_array_size(e) > NDP_DS_MAXCOMP)
        return bad(err, q, "expected a list of component expectations or \"...\", got %s",
                   describe(e, d, sizeof d));
      for (size_t j = 0; j < json_array_size(e); j++) {
        json_t *o = json_array_get(e, j);
        char r[PATH_MAX_LEN];
        path_fmt(r, sizeof r, "%s[%zu]", q, j);
        if (!json_is_object(o))
          return bad(err, r, "expected a component expectation object, got %s",
                     describe(o, d, sizeof d));
        const char *key;
        json_t *val;
        enum ndp_dtype dt = NDP_BOOL;
        bool has_dt = false;
        int nd = 0;
        int64_t sh[NDP_MAXDIMS];
        bool has_sh = false;
        json_object_foreach(o, key, val) {
          char t[PATH_MAX_LEN];
          path_fmt(t, sizeof t, "%s.%s", r, key);
          if (strcmp(key, "dtype") == 0) {
            NDP_RETURN_NOT_OK(parse_dtype(val, t, &dt, NULL, err));
            has_dt = true;
          } else if (strcmp(key, "shape") == 0) {
            NDP_RETURN_NOT_OK(parse_shape(val, t, false, &nd, sh, err));
            has_sh = true;
          } else if (strcmp(key, "data") == 0) {
            if (!json_is_array(val))
              return bad(err, t, "expected a list of values, got %s", describe(val, d, sizeof d));
          } else if (strcmp(key, "view") == 0) {
            if (!json_is_boolean(val))
              return bad(err, t, "expected true or false, got %s", describe(val, d, sizeof d));
          } else if (!is_user_key(key)) {
            return bad(err, t, "unknown key (a component has dtype, shape, data, view)");
          }
        }
        json_t *data = json_object_get(o, "data");
        if (data != NULL && has_sh) {
          char t[PATH_MAX_LEN];
          path_fmt(t, sizeof t, "%s.data", r);
          enum ndp_status st = check_count(data, nd, sh, err);
          if (st != NDP_OK) return rebase(err, st, t);
        }
        if (data != NULL && has_dt) {
          for (size_t m = 0; m < json_array_size(data); m++) {
            struct ndp_elem el;
            enum ndp_status st = ndp_value_parse(json_array_get(data, m), dt, &el, err);
            if (st != NDP_OK) {
              char t[PATH_MAX_LEN];
              path_fmt(t, sizeof t, "%s.data[%zu]", r, m);
              return rebase(err, st, t);
            }
          }
        }
      }
    }
    x->elements = v;
  }
  return NDP_OK;
}

/* ================================================================ expect */

static enum ndp_status parse_expect_entry(struct ndp_case *c, struct ndp_expect *x, const char *id,
                                          json_t *obj, struct ndp_error *err) {
  char path[PATH_MAX_LEN], p[PATH_MAX_LEN], d[64];
  path_fmt(path, sizeof path, "expect.%s", id);
  x->step = -1;
  for (int k = 0; k < c->nsteps; k++)
    if (strcmp(c->steps[k].id, id) == 0) x->step = k;
  if (x->step < 0) return bad(err, path, "\"%s\" is not a step id", id);
  if (!json_is_object(obj))
    return bad(err, path, "expected an object, got %s", describe(obj, d, sizeof d));
  x->json = obj;
  bool dataset = ndp_op_class(c->steps[x->step].op) == NDP_OPC_DATASET;
  const char *key;
  json_t *val;
  json_object_foreach(obj, key, val) {
    if (dataset && (strcmp(key, "dtype") == 0 || strcmp(key, "shape") == 0 ||
                    strcmp(key, "data") == 0 || strcmp(key, "view") == 0)) {
      path_fmt(p, sizeof p, "%s.%s", path, key);
      return bad(err, p,
                 "a dataset step's expectation has count, element_spec, elements, error (pin "
                 "components in elements)");
    }
    if (strcmp(key, "dtype") == 0 || strcmp(key, "shape") == 0 || strcmp(key, "data") == 0 ||
        strcmp(key, "view") == 0 || strcmp(key, "error") == 0 || is_user_key(key))
      continue;
    /* Dataset expectations: kept as JSON (x->json) for the pipeline model. */
    if (dataset && (strcmp(key, "count") == 0 || strcmp(key, "element_spec") == 0 ||
                    strcmp(key, "elements") == 0))
      continue;
    path_fmt(p, sizeof p, "%s.%s", path, key);
    return bad(err, p,
               "unknown key (an expectation has dtype, shape, data, view, error%s; user keys "
               "start with \"x-\")",
               dataset ? ", count, element_spec, elements" : "");
  }
  json_t *v;
  if (dataset) NDP_RETURN_NOT_OK(parse_ds_expect(x, obj, path, err));
  if ((v = json_object_get(obj, "error")) != NULL) {
    path_fmt(p, sizeof p, "%s.error", path);
    const char *s = plain_string(v);
    if (s == NULL || !ndp_errclass_parse(s, &x->error))
      return bad(err, p, "unknown error class %s", describe(v, d, sizeof d));
    x->has_error = true;
    json_object_foreach(obj, key, val) {
      if (strcmp(key, "error") != 0 && !is_user_key(key))
        return bad(err, path, "an expectation with \"error\" has no other key (found \"%s\")", key);
    }
    return NDP_OK;
  }
  if ((v = json_object_get(obj, "dtype")) != NULL) {
    path_fmt(p, sizeof p, "%s.dtype", path);
    NDP_RETURN_NOT_OK(parse_dtype(v, p, &x->dtype, NULL, err));
    x->has_dtype = true;
  }
  if ((v = json_object_get(obj, "shape")) != NULL) {
    path_fmt(p, sizeof p, "%s.shape", path);
    NDP_RETURN_NOT_OK(parse_shape(v, p, false, &x->ndim, x->shape, err));
    x->has_shape = true;
  }
  if ((v = json_object_get(obj, "view")) != NULL) {
    path_fmt(p, sizeof p, "%s.view", path);
    if (!json_is_boolean(v))
      return bad(err, p, "expected true or false, got %s", describe(v, d, sizeof d));
    x->view = json_is_true(v);
    x->has_view = true;
  }
  if ((v = json_object_get(obj, "data")) != NULL) {
    path_fmt(p, sizeof p, "%s.data", path);
    if (!json_is_array(v))
      return bad(err, p, "expected a list of values, got %s", describe(v, d, sizeof d));
    x->data = v;
    x->has_data = true;
    if (x->has_shape) {
      enum ndp_status st = check_count(v, x->ndim, x->shape, err);
      if (st != NDP_OK) return rebase(err, st, p);
    }
    if (x->has_dtype) {
      for (size_t k = 0; k < json_array_size(v); k++) {
        struct ndp_elem e;
        enum ndp_status st = ndp_value_parse(json_array_get(v, k), x->dtype, &e, err);
        if (st != NDP_OK) {
          char q[PATH_MAX_LEN];
          path_fmt(q, sizeof q, "%s[%zu]", p, k);
          return rebase(err, st, q);
        }
      }
    }
  }
  return NDP_OK;
}

/* ================================================================ case */

static enum ndp_status parse_tolerance(struct ndp_case *c, json_t *obj, struct ndp_error *err) {
  char p[PATH_MAX_LEN], d[64];
  if (!json_is_object(obj))
    return bad(err, "tolerance", "expected an object, got %s", describe(obj, d, sizeof d));
  /* An absent rtol or atol keeps its per-dtype default: marked by -1. */
  c->has_tolerance = true;
  c->rtol = -1.0;
  c->atol = -1.0;
  const char *key;
  json_t *val;
  json_object_foreach(obj, key, val) {
    if (is_user_key(key)) continue;
    path_fmt(p, sizeof p, "tolerance.%s", key);
    double *dst = strcmp(key, "rtol") == 0 ? &c->rtol : strcmp(key, "atol") == 0 ? &c->atol : NULL;
    if (dst == NULL) return bad(err, p, "unknown key (a tolerance has rtol, atol)");
    if (!json_is_number(val))
      return bad(err, p, "expected a number, got %s", describe(val, d, sizeof d));
    double x = json_number_value(val);
    if (!(x >= 0.0) || !isfinite(x)) return bad(err, p, "%g is not a finite number >= 0", x);
    *dst = x;
  }
  return NDP_OK;
}

static const char *const case_keys[] = {"ndparity", "name",   "tags",     "inputs",
                                        "steps",    "expect", "tolerance"};

static enum ndp_status parse_case_body(struct ndp_case *c, json_t *json, bool in_container,
                                       struct ndp_error *err) {
  char p[PATH_MAX_LEN], d[64];
  if (!json_is_object(json))
    return bad(err, "", "a case must be a JSON object, got %s", describe(json, d, sizeof d));
  const char *key;
  json_t *val;
  json_object_foreach(json, key, val) {
    bool known = is_user_key(key);
    for (size_t k = 0; k < sizeof case_keys / sizeof case_keys[0] && !known; k++)
      known = strcmp(key, case_keys[k]) == 0;
    if (!known)
      return bad(err, key,
                 "unknown key (a case has ndparity, name, tags, inputs, steps, expect, "
                 "tolerance; user keys start with \"x-\")");
  }

  json_t *v = json_object_get(json, "ndparity");
  if (v == NULL && !in_container) return bad(err, "ndparity", "required (the format version, 1)");
  if (v != NULL && (!json_is_integer(v) || json_integer_value(v) != 1))
    return bad(err, "ndparity", "version %s is not supported (expected 1)",
               describe(v, d, sizeof d));

  v = json_object_get(json, "name");
  if (v == NULL) return bad(err, "name", "required");
  const char *name = plain_string(v);
  if (name == NULL || name[0] == '\0')
    return bad(err, "name", "expected a non-empty string, got %s", describe(v, d, sizeof d));
  c->name = dup_str(name);
  if (c->name == NULL) return nomem(err);

  if ((v = json_object_get(json, "tags")) != NULL) {
    if (!json_is_array(v))
      return bad(err, "tags", "expected a list of strings, got %s", describe(v, d, sizeof d));
    size_t n = json_array_size(v);
    if (n > (size_t)INT_MAX / 2) return bad(err, "tags", "too many tags");
    c->tags = calloc(n > 0 ? n : 1, sizeof *c->tags);
    if (c->tags == NULL) return nomem(err);
    c->ntags = (int)n;
    for (size_t k = 0; k < n; k++) {
      const char *t = plain_string(json_array_get(v, k));
      if (t == NULL) {
        path_fmt(p, sizeof p, "tags[%zu]", k);
        return bad(err, p, "expected a string, got %s",
                   describe(json_array_get(v, k), d, sizeof d));
      }
      c->tags[k] = dup_str(t);
      if (c->tags[k] == NULL) return nomem(err);
    }
  }

  v = json_object_get(json, "inputs");
  if (v == NULL) return bad(err, "inputs", "required (may be {})");
  if (!json_is_object(v))
    return bad(err, "inputs", "expected an object, got %s", describe(v, d, sizeof d));
  size_t ninputs = json_object_size(v);
  if (ninputs > (size_t)INT_MAX / 4) return bad(err, "inputs", "too many inputs");
  c->inputs = calloc(ninputs > 0 ? ninputs : 1, sizeof *c->inputs);
  if (c->inputs == NULL) return nomem(err);
  /* jansson iterates objects in insertion order: inputs are slots in the
   * order they are written. */
  json_object_foreach(v, key, val) {
    struct ndp_input *in = &c->inputs[c->ninputs];
    if (key[0] == '\0') return bad(err, "inputs", "an input name must not be empty");
    in->name = dup_str(key);
    if (in->name == NULL) return nomem(err);
    c->ninputs++;
    NDP_RETURN_NOT_OK(parse_input(key, val, in, err));
  }

  v = json_object_get(json, "steps");
  if (v == NULL) return bad(err, "steps", "required");
  if (!json_is_array(v) || json_array_size(v) == 0)
    return bad(err, "steps", "expected a non-empty list of steps, got %s",
               describe(v, d, sizeof d));
  size_t nsteps = json_array_size(v);
  if (nsteps > (size_t)INT_MAX / 4) return bad(err, "steps", "too many steps");
  c->steps = calloc(nsteps, sizeof *c->steps);
  if (c->steps == NULL) return nomem(err);
  for (size_t k = 0; k < nsteps; k++) {
    c->nsteps = (int)k + 1; /* so that ndp_case_free sees this step */
    char sp[PATH_MAX_LEN];
    path_fmt(sp, sizeof sp, "steps[%zu]", k);
    NDP_RETURN_NOT_OK(parse_step(c, (int)k, json_array_get(v, k), sp, false, err));
  }

  if ((v = json_object_get(json, "expect")) != NULL) {
    if (!json_is_object(v))
      return bad(err, "expect", "expected an object, got %s", describe(v, d, sizeof d));
    size_t n = json_object_size(v);
    c->expect = calloc(n > 0 ? n : 1, sizeof *c->expect);
    if (c->expect == NULL) return nomem(err);
    json_object_foreach(v, key, val) {
      struct ndp_expect *x = &c->expect[c->nexpect++];
      NDP_RETURN_NOT_OK(parse_expect_entry(c, x, key, val, err));
    }
  }

  if ((v = json_object_get(json, "tolerance")) != NULL)
    NDP_RETURN_NOT_OK(parse_tolerance(c, v, err));
  return NDP_OK;
}

static enum ndp_status parse_case(json_t *json, const char *file, int line, bool in_container,
                                  struct ndp_case **out, struct ndp_error *err) {
  *out = NULL;
  struct ndp_case *c = calloc(1, sizeof *c);
  if (c == NULL) return nomem(err);
  c->json = json_incref(json);
  c->line = line;
  c->file = dup_str(file != NULL ? file : "");
  if (c->file == NULL) {
    ndp_case_free(c);
    return nomem(err);
  }
  enum ndp_status st = parse_case_body(c, json, in_container, err);
  if (st != NDP_OK) {
    ndp_case_free(c);
    return st;
  }
  *out = c;
  return NDP_OK;
}

enum ndp_status ndp_case_parse(json_t *json, const char *file, int line, struct ndp_case **out,
                               struct ndp_error *err) {
  return parse_case(json, file, line, false, out, err);
}

static void free_steps(int n, struct ndp_step *steps) {
  if (steps == NULL) return;
  for (int k = 0; k < n; k++) {
    struct ndp_step *s = &steps[k];
    free(s->id);
    for (int j = 0; j < s->nargs; j++)
      if (s->args[j].scalar.buf != NULL) ndp_tensor_release(&s->args[j].scalar);
    free(s->args);
    free(s->index);
    if (s->ds != NULL) {
      free_steps(s->ds->fn.nsteps, s->ds->fn.steps);
      free(s->ds->elements);
      free(s->ds);
    }
  }
  free(steps);
}

void ndp_case_free(struct ndp_case *c) {
  if (c == NULL) return;
  free(c->name);
  free(c->file);
  for (int k = 0; k < c->ntags; k++) free(c->tags[k]);
  free(c->tags);
  for (int i = 0; i < c->ninputs; i++) {
    free(c->inputs[i].name);
    if (c->inputs[i].tensor.buf != NULL) ndp_tensor_release(&c->inputs[i].tensor);
  }
  free(c->inputs);
  free_steps(c->nsteps, c->steps);
  free(c->expect);
  json_decref(c->json);
  free(c);
}

/* ================================================================ corpus */

struct name_set;
static void name_set_free(struct name_set *ns);

void ndp_load_error_print(const struct ndp_load_error *e, FILE *f) {
  if (e->line > 0 && e->column > 0)
    fprintf(f, "%s:%d:%d: ", e->file, e->line, e->column);
  else if (e->line > 0)
    fprintf(f, "%s:%d: ", e->file, e->line);
  else
    fprintf(f, "%s: ", e->file);
  if (e->case_name) fprintf(f, "case \"%s\": ", e->case_name);
  fprintf(f, "%s\n", e->message);
}

void ndp_corpus_init(struct ndp_corpus *c) {
  memset(c, 0, sizeof *c);
  c->ordinal = -1;
}

void ndp_corpus_reset(struct ndp_corpus *c) {
  name_set_free(c->names);
  for (int k = 0; k < c->ncases; k++) ndp_case_free(c->cases[k]);
  free(c->cases);
  for (int k = 0; k < c->nerrors; k++) {
    free(c->errors[k].file);
    free(c->errors[k].case_name);
    free(c->errors[k].message);
  }
  free(c->errors);
  ndp_corpus_init(c);
}

/* Doubles an array's capacity; false when that would overflow. */
static bool grow(void **arr, int *cap, size_t elem) {
  if (*cap > INT_MAX / 2) return false;
  int ncap = *cap > 0 ? *cap * 2 : 16;
  void *p = realloc(*arr, (size_t)ncap * elem);
  if (p == NULL) return false;
  *arr = p;
  *cap = ncap;
  return true;
}

static enum ndp_status add_error(struct ndp_corpus *c, const char *file, int line, int column,
                                 const char *case_name, const char *message,
                                 struct ndp_error *err) {
  if (c->select != NULL && !c->select(c->ctx, c->ordinal)) return NDP_OK;
  if (c->nerrors == c->cap_errors && !grow((void **)&c->errors, &c->cap_errors, sizeof *c->errors))
    return nomem(err);
  struct ndp_load_error *e = &c->errors[c->nerrors];
  memset(e, 0, sizeof *e);
  e->file = dup_str(file);
  e->line = line;
  e->column = column;
  e->case_name = case_name != NULL ? dup_str(case_name) : NULL;
  e->message = dup_str(message);
  if (e->file == NULL || e->message == NULL || (case_name != NULL && e->case_name == NULL)) {
    free(e->file);
    free(e->case_name);
    free(e->message);
    return nomem(err);
  }
  c->nerrors++;
  return NDP_OK;
}

/* The case names already in the corpus (open addressing, FNV-1a), so that
 * duplicates are found in linear time however large the corpus. Entries own
 * copies of the name and where it was first seen, since streamed cases are
 * freed after use. */
struct name_entry {
  char *name;
  char *file;
  int line;
};

struct name_set {
  size_t cap, n; /* cap is a power of two */
  struct name_entry *slots;
};

static uint64_t fnv1a(const char *s) {
  uint64_t h = 0xcbf29ce484222325u;
  for (; *s != '\0'; s++) {
    h ^= (unsigned char)*s;
    h *= 0x100000001b3u;
  }
  return h;
}

static const struct name_entry *name_set_find(const struct name_set *ns, const char *name) {
  if (ns == NULL || ns->cap == 0) return NULL;
  for (size_t i = (size_t)fnv1a(name) & (ns->cap - 1);; i = (i + 1) & (ns->cap - 1)) {
    if (ns->slots[i].name == NULL) return NULL;
    if (strcmp(ns->slots[i].name, name) == 0) return &ns->slots[i];
  }
}

static bool name_set_add(struct name_set *ns, const struct ndp_case *cs) {
  if ((ns->n + 1) * 2 > ns->cap) {
    size_t ncap = ns->cap > 0 ? ns->cap * 2 : 64;
    if (ncap > SIZE_MAX / sizeof *ns->slots) return false;
    struct name_entry *slots = calloc(ncap, sizeof *slots);
    if (slots == NULL) return false;
    for (size_t k = 0; k < ns->cap; k++) {
      if (ns->slots[k].name == NULL) continue;
      size_t i = (size_t)fnv1a(ns->slots[k].name) & (ncap - 1);
      while (slots[i].name != NULL) i = (i + 1) & (ncap - 1);
      slots[i] = ns->slots[k];
    }
    free(ns->slots);
    ns->slots = slots;
    ns->cap = ncap;
  }
  char *name = dup_str(cs->name), *file = dup_str(cs->file);
  if (name == NULL || file == NULL) {
    free(name);
    free(file);
    return false;
  }
  size_t i = (size_t)fnv1a(cs->name) & (ns->cap - 1);
  while (ns->slots[i].name != NULL) i = (i + 1) & (ns->cap - 1);
  ns->slots[i].name = name;
  ns->slots[i].file = file;
  ns->slots[i].line = cs->line;
  ns->n++;
  return true;
}

static void name_set_free(struct name_set *ns) {
  if (ns == NULL) return;
  for (size_t k = 0; k < ns->cap; k++) {
    free(ns->slots[k].name);
    free(ns->slots[k].file);
  }
  free(ns->slots);
  free(ns);
}

struct loader {
  struct ndp_corpus *corpus;
  struct name_set *names; /* the corpus's */
};

/* Parses one case object and adds it to the corpus, or records why not.
 * where prefixes messages of cases inside a {"cases": [...]} file
 * ("cases[3]"), NULL otherwise. Only running out of memory fails. */
static enum ndp_status take_case(struct loader *ld, json_t *json, const char *file, int line,
                                 int err_line, const char *where, struct ndp_error *err) {
  struct ndp_error e;
  struct ndp_case *cs = NULL;
  memset(&e, 0, sizeof e);
  enum ndp_status st = parse_case(json, file, line, where != NULL, &cs, &e);
  if (st == NDP_ENOMEM) return nomem(err);
  if (st != NDP_OK) {
    const char *name = json_is_object(json) ? plain_string(json_object_get(json, "name")) : NULL;
    char msg[NDP_ERROR_MSG_MAX + PATH_MAX_LEN];
    if (where != NULL)
      snprintf(msg, sizeof msg, "%s%s%s", where, e.msg[0] == '[' ? "" : ".", e.msg);
    else
      snprintf(msg, sizeof msg, "%s", e.msg);
    return add_error(ld->corpus, file, err_line, 0, name, msg, err);
  }
  const struct name_entry *first = name_set_find(ld->names, cs->name);
  if (first != NULL) {
    char msg[NDP_ERROR_MSG_MAX + PATH_MAX_LEN];
    snprintf(msg, sizeof msg, "%s%sname: duplicate case name \"%s\" (first in %s:%d)",
             where != NULL ? where : "", where != NULL ? "." : "", cs->name, first->file,
             first->line);
    st = add_error(ld->corpus, file, err_line, 0, cs->name, msg, err);
    ndp_case_free(cs);
    return st;
  }
  struct ndp_corpus *c = ld->corpus;
  if (!name_set_add(ld->names, cs)) {
    ndp_case_free(cs);
    return nomem(err);
  }
  if (c->on_case != NULL) {
    c->nstreamed++;
    st = c->on_case(c->ctx, cs, err);
    ndp_case_free(cs);
    return st;
  }
  if (c->ncases == c->cap_cases && !grow((void **)&c->cases, &c->cap_cases, sizeof *c->cases)) {
    ndp_case_free(cs);
    return nomem(err);
  }
  c->cases[c->ncases++] = cs;
  return NDP_OK;
}

/* Reads a whole file. On failure records the reason and returns NDP_OK
 * with *data NULL (NDP_ENOMEM only when memory runs out). */
static enum ndp_status read_file(struct loader *ld, const char *path, char **data, size_t *size,
                                 struct ndp_error *err) {
  *data = NULL;
  FILE *f = fopen(path, "rb");
  if (f == NULL) {
    char msg[NDP_ERROR_MSG_MAX];
    snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
    return add_error(ld->corpus, path, 0, 0, NULL, msg, err);
  }
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  if (buf == NULL) {
    fclose(f);
    return nomem(err);
  }
  for (;;) {
    if (n == cap) {
      if (cap > MAX_FILE_BYTES) {
        free(buf);
        fclose(f);
        return add_error(ld->corpus, path, 0, 0, NULL, "file is too big (more than 1 GiB)", err);
      }
      char *nb = realloc(buf, cap * 2);
      if (nb == NULL) {
        free(buf);
        fclose(f);
        return nomem(err);
      }
      buf = nb;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0) break;
  }
  bool failed = ferror(f) != 0;
  int saved = errno;
  fclose(f);
  if (failed) {
    free(buf);
    char msg[NDP_ERROR_MSG_MAX];
    snprintf(msg, sizeof msg, "cannot read: %s", strerror(saved));
    return add_error(ld->corpus, path, 0, 0, NULL, msg, err);
  }
  *data = buf;
  *size = n;
  return NDP_OK;
}

/* jansson's message for a broken JSON text, with a hint where the format
 * has an answer (integers beyond int64 are written as decimal strings). */
static const char *json_error_text(const json_error_t *jerr, char *buf, size_t n) {
  if (strstr(jerr->text, "too big integer") != NULL)
    snprintf(buf, n,
             "%s (write integers beyond 2^63-1 as decimal strings: \"18446744073709551615\")",
             jerr->text);
  else
    snprintf(buf, n, "%s", jerr->text);
  return buf;
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* A .jsonl file: one case per line; blank lines and lines starting with
 * "//" are skipped. jansson's column is relative to the line parsed. */
static enum ndp_status load_jsonl(struct loader *ld, const char *path, const char *buf, size_t size,
                                  struct ndp_error *err) {
  int lineno = 0;
  size_t pos = 0;
  while (pos < size) {
    const char *line = buf + pos;
    const char *nl = memchr(line, '\n', size - pos);
    size_t len = nl != NULL ? (size_t)(nl - line) : size - pos;
    pos += len + (nl != NULL ? 1 : 0);
    if (lineno == INT_MAX) break;
    lineno++;
    if (len > 0 && line[len - 1] == '\r') len--;
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t')) i++;
    if (i == len) continue;
    if (len - i >= 2 && line[i] == '/' && line[i + 1] == '/') continue;
    struct ndp_corpus *cp = ld->corpus;
    if (cp->select != NULL) {
      cp->ordinal = cp->next_ordinal++;
      if (!cp->select(cp->ctx, cp->ordinal)) continue;
    }
    json_error_t jerr;
    /* A streamed case lives only for this iteration: its JSON can come
     * from the arena (json_arena.h), freed at once when the case is done. */
    bool arena = ld->corpus->on_case != NULL;
    if (arena) ndp_json_arena_enter();
    json_t *json = json_loadb(line, len, JSON_REJECT_DUPLICATES, &jerr);
    if (json == NULL) {
      if (arena) ndp_json_arena_leave();
      char msg[NDP_ERROR_MSG_MAX];
      NDP_RETURN_NOT_OK(add_error(ld->corpus, path, lineno, jerr.column, NULL,
                                  json_error_text(&jerr, msg, sizeof msg), err));
      continue;
    }
    enum ndp_status st = take_case(ld, json, path, lineno, lineno, NULL, err);
    json_decref(json);
    if (arena) ndp_json_arena_leave();
    ld->corpus->ordinal = -1;
    NDP_RETURN_NOT_OK(st);
  }
  ld->corpus->ordinal = -1;
  return NDP_OK;
}

/* A .json file: one case, or {"ndparity": 1, "cases": [...]}. The line of
 * a case inside such a file is not known: its errors carry line 0 and a
 * "cases[k]" path prefix. */
static enum ndp_status load_json(struct loader *ld, const char *path, const char *buf, size_t size,
                                 struct ndp_error *err) {
  json_error_t jerr;
  json_t *json = json_loadb(buf, size, JSON_REJECT_DUPLICATES, &jerr);
  if (json == NULL) {
    char msg[NDP_ERROR_MSG_MAX];
    return add_error(ld->corpus, path, jerr.line, jerr.column, NULL,
                     json_error_text(&jerr, msg, sizeof msg), err);
  }
  enum ndp_status st = NDP_OK;
  struct ndp_corpus *cp = ld->corpus;
  json_t *cases = json_is_object(json) ? json_object_get(json, "cases") : NULL;
  if (cases == NULL) {
    if (cp->select != NULL) {
      cp->ordinal = cp->next_ordinal++;
      if (!cp->select(cp->ctx, cp->ordinal)) {
        json_decref(json);
        cp->ordinal = -1;
        return NDP_OK;
      }
    }
    st = take_case(ld, json, path, 1, 0, NULL, err);
    cp->ordinal = -1;
    json_decref(json);
    return st;
  }
  /* The container's own keys. */
  char msg[NDP_ERROR_MSG_MAX], d[64];
  const char *key;
  json_t *val;
  msg[0] = '\0';
  json_object_foreach(json, key, val) {
    if (strcmp(key, "ndparity") != 0 && strcmp(key, "cases") != 0 && !is_user_key(key)) {
      snprintf(msg, sizeof msg,
               "%s: unknown key (a case list has ndparity, cases; user keys start with \"x-\")",
               key);
      break;
    }
  }
  json_t *v = json_object_get(json, "ndparity");
  if (msg[0] == '\0' && v == NULL)
    snprintf(msg, sizeof msg, "ndparity: required (the format version, 1)");
  else if (msg[0] == '\0' && (!json_is_integer(v) || json_integer_value(v) != 1))
    snprintf(msg, sizeof msg, "ndparity: version %s is not supported (expected 1)",
             describe(v, d, sizeof d));
  else if (msg[0] == '\0' && !json_is_array(cases))
    snprintf(msg, sizeof msg, "cases: expected a list of cases, got %s",
             describe(cases, d, sizeof d));
  if (msg[0] != '\0') {
    json_decref(json);
    return add_error(ld->corpus, path, 0, 0, NULL, msg, err);
  }
  for (size_t k = 0; k < json_array_size(cases) && st == NDP_OK; k++) {
    char where[32];
    if (cp->select != NULL) {
      cp->ordinal = cp->next_ordinal++;
      if (!cp->select(cp->ctx, cp->ordinal)) continue;
    }
    snprintf(where, sizeof where, "cases[%zu]", k);
    st = take_case(ld, json_array_get(cases, k), path, 1, 0, where, err);
  }
  cp->ordinal = -1;
  json_decref(json);
  return st;
}

static enum ndp_status load_file(struct loader *ld, const char *path, struct ndp_error *err) {
  char *buf = NULL;
  size_t size = 0;
  NDP_RETURN_NOT_OK(read_file(ld, path, &buf, &size, err));
  if (buf == NULL) return NDP_OK; /* recorded */
  enum ndp_status st = ends_with(path, ".jsonl") ? load_jsonl(ld, path, buf, size, err)
                                                 : load_json(ld, path, buf, size, err);
  free(buf);
  return st;
}

struct path_list {
  size_t n, cap;
  char **paths;
};

static void path_list_free(struct path_list *pl) {
  for (size_t k = 0; k < pl->n; k++) free(pl->paths[k]);
  free(pl->paths);
}

/* Collects the *.json and *.jsonl files under dir (recursively, following
 * symbolic links, skipping names that start with '.'). Directories that
 * cannot be read are recorded as errors. */
static enum ndp_status collect(struct loader *ld, const char *dir, int depth, struct path_list *pl,
                               struct ndp_error *err) {
  if (depth > MAX_DIR_DEPTH)
    return add_error(ld->corpus, dir, 0, 0, NULL, "directories nested too deep (more than 64)",
                     err);
  DIR *dp = opendir(dir);
  if (dp == NULL) {
    char msg[NDP_ERROR_MSG_MAX];
    snprintf(msg, sizeof msg, "cannot open directory: %s", strerror(errno));
    return add_error(ld->corpus, dir, 0, 0, NULL, msg, err);
  }
  enum ndp_status st = NDP_OK;
  size_t dlen = strlen(dir);
  bool slash = dlen > 0 && dir[dlen - 1] == '/';
  struct dirent *de;
  while (st == NDP_OK && (de = readdir(dp)) != NULL) {
    const char *name = de->d_name;
    if (name[0] == '.') continue;
    size_t n = dlen + strlen(name) + 2;
    char *full = malloc(n);
    if (full == NULL) {
      st = nomem(err);
      break;
    }
    snprintf(full, n, slash ? "%s%s" : "%s/%s", dir, name);
    struct stat sb;
    bool wanted = ends_with(name, ".json") || ends_with(name, ".jsonl");
    if (stat(full, &sb) != 0) {
      if (wanted) {
        char msg[NDP_ERROR_MSG_MAX];
        snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
        st = add_error(ld->corpus, full, 0, 0, NULL, msg, err);
      }
      free(full);
    } else if (S_ISDIR(sb.st_mode)) {
      st = collect(ld, full, depth + 1, pl, err);
      free(full);
    } else if (wanted && S_ISREG(sb.st_mode)) {
      if (pl->n == pl->cap) {
        size_t ncap = pl->cap > 0 ? pl->cap * 2 : 64;
        char **np = ncap <= SIZE_MAX / sizeof *np ? realloc(pl->paths, ncap * sizeof *np) : NULL;
        if (np == NULL) {
          free(full);
          st = nomem(err);
          break;
        }
        pl->paths = np;
        pl->cap = ncap;
      }
      pl->paths[pl->n++] = full;
    } else {
      free(full);
    }
  }
  closedir(dp);
  return st;
}

static int cmp_paths(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

enum ndp_status ndp_corpus_load_path(struct ndp_corpus *corpus, const char *path,
                                     struct ndp_error *err) {
  struct loader ld;
  memset(&ld, 0, sizeof ld);
  ld.corpus = corpus;
  enum ndp_status st = NDP_OK;
  if (corpus->names == NULL) {
    corpus->names = calloc(1, sizeof(struct name_set));
    if (corpus->names == NULL) return nomem(err);
  }
  ld.names = corpus->names;
  {
    struct stat sb;
    if (stat(path, &sb) != 0) {
      char msg[NDP_ERROR_MSG_MAX];
      snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
      st = add_error(corpus, path, 0, 0, NULL, msg, err);
    } else if (S_ISDIR(sb.st_mode)) {
      struct path_list pl;
      memset(&pl, 0, sizeof pl);
      st = collect(&ld, path, 0, &pl, err);
      if (st == NDP_OK && pl.n > 0) qsort(pl.paths, pl.n, sizeof *pl.paths, cmp_paths);
      for (size_t k = 0; k < pl.n && st == NDP_OK; k++) st = load_file(&ld, pl.paths[k], err);
      path_list_free(&pl);
    } else {
      st = load_file(&ld, path, err);
    }
  }
  return st;
}
