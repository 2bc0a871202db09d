/* NumPy reproducers: a case as a standalone Python program (see
 * ndparity/snippet.h).
 *
 * The program is a readable version of what tools/ndp_numpy.py does with the
 * case (the same NumPy call per op, the same input construction), extended
 * to dataset pipelines the way the NumPy oracle runs them
 * (harness/src/pipeline.c): a tf.data stage is a small Python generator over
 * NumPy arrays, pulled lazily, so that a stage downstream of a failing one
 * still runs (take may stop before the failing element).
 *
 * Layout of the text:
 *   1. `import os; os.environ["NPY_PROMOTION_STATE"] = "weak"` and
 *      `import numpy as np` (NEP 50 promotion, set before NumPy is imported),
 *      then the other modules the case needs;
 *   2. helpers: step() runs one step and prints
 *      `step <id>: dtype=<name> shape=<shape> view=<bool> <values>`, or
 *      `step <id>: <ExceptionClass>: <message>`, or
 *      `step <id>: skipped (an operand failed)`; a dataset prints
 *      `step <id>: count=<n>` then `  <id>[i][k]: dtype=...` per component
 *      of its first 8 elements (or `step <id>: <Class>: element <i>: ...`);
 *      the tf.data stand-ins the case uses;
 *   3. the inputs, built exactly (dtype and byte order, values, C or F
 *      order): literals up to 64 elements, else np.arange / np.zeros /
 *      np.ones for fills, np.full for one repeated value, and
 *      np.frombuffer of base64 for anything else;
 *   4. one statement per step, `var = step("id", lambda: <NumPy call>)`,
 *      with `needs=[...]` naming the earlier steps it uses, and a `def` for
 *      each fn body.
 *
 * Variable names come from the input names and step ids, made valid and
 * unique Python identifiers that shadow no keyword, builtin or helper.
 * Exceptions print with their __qualname__ (NumPy's ufunc errors all have
 * __name__ "UFuncTypeError"; the qualname says which: _UFuncNoLoopError,
 * _UFuncOutputCastingError, ...), so a reader (or tests/snippet_check.py)
 * can tell the case format's error classes apart.
 */
#include "ndparity/snippet.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

/* Inputs of more elements than this are built compactly, not as literals. */
#define LITERAL_MAX 64
/* Literal lines are wrapped at item boundaries past this many characters. */
#define WRAP_COLUMN 96

/* ================================================================ text */

/* A growable string; after an allocation failure it stays failed (oom). */
struct sb {
  char *p;
  size_t len, cap;
  bool oom;
};

static bool sb_reserve(struct sb *b, size_t extra) {
  if (b->oom) return false;
  if (extra > SIZE_MAX - b->len - 1) {
    b->oom = true;
    return false;
  }
  size_t need = b->len + extra + 1;
  if (need <= b->cap) return true;
  size_t cap = b->cap ? b->cap : 1024;
  while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
  char *p = realloc(b->p, cap);
  if (p == NULL) {
    b->oom = true;
    return false;
  }
  b->p = p;
  b->cap = cap;
  return true;
}

static void sb_putn(struct sb *b, const char *s, size_t n) {
  if (!sb_reserve(b, n)) return;
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = '\0';
}

static void sb_puts(struct sb *b, const char *s) {
  sb_putn(b, s, strlen(s));
}

static void sb_printf(struct sb *b, const char *fmt, ...) PRINTF_LIKE(2, 3);
static void sb_printf(struct sb *b, const char *fmt, ...) {
  if (b->oom) return;
  va_list ap;
  va_start(ap, fmt);
  char small[256];
  va_list aq;
  va_copy(aq, ap);
  int n = vsnprintf(small, sizeof small, fmt, aq);
  va_end(aq);
  if (n < 0) {
    b->oom = true;
  } else if ((size_t)n < sizeof small) {
    sb_putn(b, small, (size_t)n);
  } else if (sb_reserve(b, (size_t)n)) {
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
  }
  va_end(ap);
}

/* The column of the end of b (characters since the last newline). */
static size_t sb_column(const struct sb *b) {
  size_t k = b->len;
  while (k > 0 && b->p[k - 1] != '\n') k--;
  return b->len - k;
}

/* A Python string literal of s (UTF-8 kept, control bytes escaped). */
static void py_str(struct sb *b, const char *s) {
  sb_putn(b, "\"", 1);
  for (const unsigned char *q = (const unsigned char *)s; *q; q++) {
    if (*q == '\\' || *q == '"') {
      char e[2] = {'\\', (char)*q};
      sb_putn(b, e, 2);
    } else if (*q < 0x20 || *q == 0x7f) {
      sb_printf(b, "\\x%02x", *q);
    } else {
      sb_putn(b, (const char *)q, 1);
    }
  }
  sb_putn(b, "\"", 1);
}

/* s inside a comment: control bytes (line breaks) become '?'. */
static void comment_text(struct sb *b, const char *s) {
  for (const unsigned char *q = (const unsigned char *)s; *q; q++) {
    char ch = (*q < 0x20 || *q == 0x7f) ? '?' : (char)*q;
    sb_putn(b, &ch, 1);
  }
}

/* ================================================================ names */

/* Names the snippet's own code uses: a variable must not shadow them. */
static const char *const reserved_names[] = {
    /* keywords */
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "match", "case", "type",
    /* builtins (Python 3.11) */
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
    "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
    "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError",
    "Exception", "ExceptionGroup", "FileExistsError", "FileNotFoundError", "FloatingPointError",
    "FutureWarning", "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError",
    "IndexError", "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt",
    "LookupError", "MemoryError", "ModuleNotFoundError", "NameError", "NotADirectoryError",
    "NotImplemented", "NotImplementedError", "OSError", "OverflowError",
    "PendingDeprecationWarning", "PermissionError", "ProcessLookupError", "RecursionError",
    "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning", "StopAsyncIteration",
    "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
    "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError",
    "Warning", "ZeroDivisionError", "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool",
    "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex",
    "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit",
    "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help",
    "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "license", "list",
    "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow",
    "print", "property", "quit", "range", "repr", "reversed", "round", "set", "setattr", "slice",
    "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
    /* the snippet's modules and helpers */
    "np", "os", "io", "base64", "itertools", "step", "describe", "FAILED", "INPUTS", "Dataset",
    "ShapeError", "fits", "from_tensor_slices", "from_tensors", "from_generator", "map_elements",
    "filter_elements", "batch", "unbatch", "take", "check_shapes", "collect", "npy_roundtrip"};

/* The identifiers handed out so far (an open-addressing set of owned strings). */
struct names {
  char **slot;
  size_t cap, n;
  bool oom;
};

static uint64_t hash_str(const char *s) {
  uint64_t h = 1469598103934665603u;
  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= 1099511628211u;
  }
  return h;
}

static bool names_has(const struct names *ns, const char *s) {
  if (ns->cap == 0) return false;
  for (size_t i = hash_str(s) & (ns->cap - 1);; i = (i + 1) & (ns->cap - 1)) {
    if (ns->slot[i] == NULL) return false;
    if (strcmp(ns->slot[i], s) == 0) return true;
  }
}

/* Inserts s (taking ownership; freed on failure). */
static bool names_insert(struct names *ns, char *s) {
  if ((ns->n + 1) * 2 > ns->cap) {
    size_t cap = ns->cap ? ns->cap * 2 : 64;
    char **slot = calloc(cap, sizeof *slot);
    if (slot == NULL) {
      free(s);
      ns->oom = true;
      return false;
    }
    for (size_t k = 0; k < ns->cap; k++) {
      if (ns->slot[k] == NULL) continue;
      size_t i = hash_str(ns->slot[k]) & (cap - 1);
      while (slot[i] != NULL) i = (i + 1) & (cap - 1);
      slot[i] = ns->slot[k];
    }
    free(ns->slot);
    ns->slot = slot;
    ns->cap = cap;
  }
  size_t i = hash_str(s) & (ns->cap - 1);
  while (ns->slot[i] != NULL) i = (i + 1) & (ns->cap - 1);
  ns->slot[i] = s;
  ns->n++;
  return true;
}

static void names_free(struct names *ns) {
  for (size_t k = 0; k < ns->cap; k++) free(ns->slot[k]);
  free(ns->slot);
  memset(ns, 0, sizeof *ns);
}

static bool is_reserved(const char *s) {
  size_t n = strlen(s);
  if (n >= 4 && strncmp(s, "__", 2) == 0 && strcmp(s + n - 2, "__") == 0)
    return true; /* __builtins__, __name__, ...: Python's own */
  for (size_t k = 0; k < sizeof reserved_names / sizeof reserved_names[0]; k++)
    if (strcmp(reserved_names[k], s) == 0) return true;
  return false;
}

/* A new identifier for raw (an input name or step id): ASCII letters,
 * digits and '_' kept, any other run of bytes one '_', a leading digit
 * prefixed "v_", nothing else left "v" or "v_", made unique with a suffix
 * _2, _3, ... Returns the stored
 * string (owned by ns), or NULL when out of memory. */
static const char *names_new(struct names *ns, const char *raw) {
  if (ns->oom) return NULL;
  size_t n = strlen(raw);
  char *base = malloc(n + 3);
  if (base == NULL) {
    ns->oom = true;
    return NULL;
  }
  size_t o = 0;
  if (raw[0] >= '0' && raw[0] <= '9') {
    base[o++] = 'v';
    base[o++] = '_';
  }
  for (size_t k = 0; k < n; k++) {
    unsigned char ch = (unsigned char)raw[k];
    bool keep = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                ch == '_';
    if (keep)
      base[o++] = (char)ch;
    else if (o == 0 || base[o - 1] != '_')
      base[o++] = '_';
  }
  if (o == 0 || (o == 1 && base[0] == '_')) {
    /* nothing readable left ("Ω"): v, or v_ ("_" is the REPL's last value) */
    memmove(base + 1, base, o);
    base[0] = 'v';
    o++;
  }
  base[o] = '\0';
  char *name = base;
  if (is_reserved(name) || names_has(ns, name)) {
    size_t cap = o + 24;
    name = malloc(cap);
    if (name == NULL) {
      free(base);
      ns->oom = true;
      return NULL;
    }
    for (unsigned long k = 2;; k++) {
      snprintf(name, cap, "%s_%lu", base, k);
      if (!is_reserved(name) && !names_has(ns, name)) break;
    }
    free(base);
  }
  return names_insert(ns, name) ? name : NULL;
}

/* ================================================================ numbers */

static bool host_little_endian(void) {
  const uint16_t one = 1;
  unsigned char first;
  memcpy(&first, &one, 1);
  return first == 1;
}

/* The dtype as NumPy spells it: the plain name, or a type string with the
 * byte order when it is not the machine's (">f8"). */
static void dtype_text(char *buf, size_t n, enum ndp_dtype dt, bool swapped) {
  const struct ndp_dtype_info *info = ndp_dtype_info(dt);
  if (swapped && info->itemsize > 1)
    snprintf(buf, n, "%c%c%d", host_little_endian() ? '>' : '<', info->typechar, info->itemsize);
  else
    snprintf(buf, n, "%s", info->name);
}

/* Whether x, converted to dt (float16, float32 or float64) as NumPy
 * converts a Python float, is v. */
static bool same_in(double x, double v, enum ndp_dtype dt) {
  switch (dt) {
  case NDP_FLOAT16:
    return ndp_half_to_double(ndp_double_to_half(x)) == v;
  case NDP_FLOAT32:
    if (fabs(x) > (double)FLT_MAX) {
      /* Past FLT_MAX a conversion is undefined in C; IEEE rounding gives
       * FLT_MAX below FLT_MAX + half an ulp (2^103), inf from there (the
       * tie goes to the even significand: inf). */
      double r = fabs(x) < (double)FLT_MAX + ldexp(1.0, 103) ? (double)FLT_MAX : INFINITY;
      return copysign(r, x) == v;
    }
    return (double)(float)x == v;
  default:
    return x == v;
  }
}

/* v as Python writes a float (repr: the shortest text that reads back as
 * v, here in dt's precision: float16, float32 or float64), or np.nan,
 * np.inf, -np.inf. */
static void float_text(char *buf, size_t n, double v, enum ndp_dtype dt) {
  if (isnan(v)) {
    snprintf(buf, n, "np.nan");
    return;
  }
  if (isinf(v)) {
    snprintf(buf, n, v > 0 ? "np.inf" : "-np.inf");
    return;
  }
  if (v == 0.0) {
    snprintf(buf, n, signbit(v) ? "-0.0" : "0.0");
    return;
  }
  char e[48];
  for (int p = 1; p <= 17; p++) {
    snprintf(e, sizeof e, "%.*e", p - 1, v);
    if (same_in(strtod(e, NULL), v, dt)) break;
  }
  /* e is [-]d[.ddd]e[+-]x: its digits and exponent, laid out as repr does
   * (positional for exponents -4 to 15). */
  char digits[24];
  int nd = 0;
  const char *q = e;
  bool neg = *q == '-';
  if (neg) q++;
  for (; *q && *q != 'e' && *q != 'E'; q++)
    if (*q >= '0' && *q <= '9' && nd < (int)sizeof digits - 1) digits[nd++] = *q;
  int exp10 = *q ? atoi(q + 1) : 0;
  while (nd > 1 && digits[nd - 1] == '0') nd--;
  size_t o = 0;
  char out[64];
  if (neg) out[o++] = '-';
  if (exp10 >= 16 || exp10 < -4) {
    out[o++] = digits[0];
    if (nd > 1) {
      out[o++] = '.';
      for (int k = 1; k < nd; k++) out[o++] = digits[k];
    }
    snprintf(out + o, sizeof out - o, "e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
  } else if (exp10 >= 0) {
    for (int k = 0; k <= exp10; k++) out[o++] = k < nd ? digits[k] : '0';
    out[o++] = '.';
    if (nd > exp10 + 1)
      for (int k = exp10 + 1; k < nd; k++) out[o++] = digits[k];
    else
      out[o++] = '0';
    out[o] = '\0';
  } else {
    out[o++] = '0';
    out[o++] = '.';
    for (int k = 0; k < -exp10 - 1; k++) out[o++] = '0';
    for (int k = 0; k < nd; k++) out[o++] = digits[k];
    out[o] = '\0';
  }
  snprintf(buf, n, "%s", out);
}

/* A complex value: a literal 1.5+2.0j where that is exactly complex(re, im)
 * (finite parts, no -0.0), else complex(re, im). part is float32 or float64. */
static void complex_text(struct sb *b, double re, double im, enum ndp_dtype part) {
  char r[64], i[64];
  bool literal =
      isfinite(re) && isfinite(im) && !(re == 0.0 && signbit(re)) && !(im == 0.0 && signbit(im));
  if (literal) {
    float_text(r, sizeof r, re, part);
    float_text(i, sizeof i, fabs(im), part);
    sb_printf(b, "%s%c%sj", r, signbit(im) ? '-' : '+', i);
  } else {
    float_text(r, sizeof r, re, part);
    float_text(i, sizeof i, im, part);
    sb_printf(b, "complex(%s, %s)", r, i);
  }
}

/* One element as a Python literal for its dtype. */
static void elem_text(struct sb *b, const struct ndp_elem *e) {
  char t[64];
  switch (ndp_dtype_kind(e->dtype)) {
  case NDP_KIND_BOOL:
    sb_puts(b, e->v.b ? "True" : "False");
    break;
  case NDP_KIND_INT:
    sb_printf(b, "%" PRId64, e->v.i);
    break;
  case NDP_KIND_UINT:
    sb_printf(b, "%" PRIu64, e->v.u);
    break;
  case NDP_KIND_FLOAT:
    float_text(t, sizeof t, e->v.f, e->dtype);
    sb_puts(b, t);
    break;
  case NDP_KIND_COMPLEX:
    complex_text(b, e->v.c.re, e->v.c.im, e->dtype == NDP_COMPLEX64 ? NDP_FLOAT32 : NDP_FLOAT64);
    break;
  }
}

/* A shape or axes as a Python tuple: (3, 4), (5,), (). */
static void tuple_text(struct sb *b, int n, const int64_t *v) {
  sb_putn(b, "(", 1);
  for (int k = 0; k < n; k++) sb_printf(b, "%s%" PRId64, k ? ", " : "", v[k]);
  sb_puts(b, n == 1 ? ",)" : ")");
}

/* A partial shape: None for an unknown rank, None for an unknown dimension. */
static void partial_shape_text(struct sb *b, const struct ndp_partial_shape *p) {
  if (!p->rank_known) {
    sb_puts(b, "None");
    return;
  }
  sb_putn(b, "(", 1);
  for (int k = 0; k < p->ndim; k++) {
    if (k) sb_puts(b, ", ");
    if (p->dims[k] < 0)
      sb_puts(b, "None");
    else
      sb_printf(b, "%" PRId64, p->dims[k]);
  }
  sb_puts(b, p->ndim == 1 ? ",)" : ")");
}

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void base64_text(struct sb *b, const unsigned char *p, size_t n) {
  if (!sb_reserve(b, (n + 2) / 3 * 4)) return;
  for (size_t i = 0; i < n; i += 3) {
    uint32_t w = (uint32_t)p[i] << 16;
    if (i + 1 < n) w |= (uint32_t)p[i + 1] << 8;
    if (i + 2 < n) w |= p[i + 2];
    char q[4] = {b64_alphabet[(w >> 18) & 63], b64_alphabet[(w >> 12) & 63],
                 i + 1 < n ? b64_alphabet[(w >> 6) & 63] : '=',
                 i + 2 < n ? b64_alphabet[w & 63] : '='};
    sb_putn(b, q, 4);
  }
}

/* ================================================================ the generator */

/* How an input is built. */
enum input_form {
  IN_EMPTY,
  IN_LITERAL,
  IN_ARANGE,
  IN_ZEROS,
  IN_ONES,
  IN_FULL,
  IN_B64_GIVEN,
  IN_B64
};

enum helper {
  H_DATASET = 1u << 0,
  H_SHAPE_ERROR = 1u << 1, /* ShapeError, fits */
  H_SLICES = 1u << 2,
  H_TENSORS = 1u << 3,
  H_GENERATOR = 1u << 4,
  H_MAP = 1u << 5,
  H_FILTER = 1u << 6,
  H_BATCH = 1u << 7,
  H_UNBATCH = 1u << 8,
  H_TAKE = 1u << 9,
  H_CHECK_SHAPES = 1u << 10,
  H_COLLECT = 1u << 11,
  H_NPY = 1u << 12,
  M_BASE64 = 1u << 13,
  M_IO = 1u << 14,
  M_ITERTOOLS = 1u << 15,
};

struct gen {
  struct sb out;
  struct names names;
  const struct ndp_case *c;
  const char **input_var; /* per input (owned by names) */
  const char **step_var;  /* per top-level step */
  enum input_form *form;  /* per input */
  unsigned helpers;
};

/* Names of what an operand slot means inside one scope: the top level, or a
 * fn body (params for the element's components, locals for its steps). */
struct scope {
  const char **steps;  /* top-level step vars, or the body's locals */
  const char **params; /* fn bodies: component k's parameter */
};

static const char *slot_var(const struct gen *g, const struct scope *sc, int slot) {
  if (slot < 0) return sc->params[-1 - slot];
  if (slot < g->c->ninputs) return g->input_var[slot];
  return sc->steps[slot - g->c->ninputs];
}

static unsigned helpers_of(enum ndp_op op) {
  switch (op) {
  case NDP_OP_FROM_TENSOR_SLICES:
    return H_DATASET | H_SLICES;
  case NDP_OP_FROM_TENSORS:
    return H_DATASET | H_TENSORS;
  case NDP_OP_FROM_GENERATOR:
    return H_DATASET | H_SHAPE_ERROR | H_GENERATOR;
  case NDP_OP_MAP:
  case NDP_OP_NUMPY_FUNCTION:
    return H_DATASET | H_MAP;
  case NDP_OP_FILTER:
    return H_DATASET | H_FILTER;
  case NDP_OP_BATCH:
    return H_DATASET | H_BATCH | M_ITERTOOLS;
  case NDP_OP_UNBATCH:
    return H_DATASET | H_UNBATCH;
  case NDP_OP_TAKE:
    return H_DATASET | H_TAKE | M_ITERTOOLS;
  case NDP_OP_SET_SHAPE:
  case NDP_OP_ENSURE_SHAPE:
    return H_DATASET | H_SHAPE_ERROR | H_CHECK_SHAPES;
  case NDP_OP_COLLECT:
    return H_DATASET | H_COLLECT;
  case NDP_OP_NPY_ROUNDTRIP:
    return H_NPY | M_IO;
  default:
    return 0;
  }
}

static unsigned helpers_of_steps(int n, const struct ndp_step *steps) {
  unsigned h = 0;
  for (int k = 0; k < n; k++) {
    h |= helpers_of(steps[k].op);
    if (steps[k].ds != NULL && steps[k].ds->fn.nsteps > 0)
      h |= helpers_of_steps(steps[k].ds->fn.nsteps, steps[k].ds->fn.steps);
  }
  return h;
}

/* The shape an input was declared with (an F-order 0-d input is declared
 * (), built as np.asfortranarray makes it: shape (1,)). */
static int declared_shape(const struct ndp_input *in, json_t *jin, int64_t *shape) {
  json_t *js = json_object_get(jin, "shape");
  if (json_is_array(js) && json_array_size(js) <= NDP_MAXDIMS) {
    int n = (int)json_array_size(js);
    for (int k = 0; k < n; k++)
      shape[k] = (int64_t)json_integer_value(json_array_get(js, (size_t)k));
    return n;
  }
  memcpy(shape, in->tensor.shape, sizeof shape[0] * (size_t)in->tensor.ndim);
  return in->tensor.ndim;
}

static json_t *input_json(const struct ndp_case *c, const char *name) {
  return json_object_get(json_object_get(c->json, "inputs"), name);
}

/* Whether all elements of t have the same bytes. */
static bool all_same(const struct ndp_tensor *t) {
  int64_t n = ndp_tensor_size(t);
  int64_t idx[NDP_MAXDIMS] = {0};
  size_t isz = (size_t)ndp_dtype_size(t->dtype);
  const unsigned char *first = ndp_tensor_at(t, idx);
  for (int64_t k = 1; k < n; k++) {
    ndp_index_next(t->ndim, t->shape, idx);
    if (memcmp(first, ndp_tensor_at(t, idx), isz) != 0) return false;
  }
  return true;
}

/* How input in is built; jin is the input as written, NULL for a generated
 * case (no source text): then only its values are known. */
static enum input_form choose_form(const struct ndp_input *in, json_t *jin) {
  if (ndp_tensor_size(&in->tensor) == 0) return IN_EMPTY;
  if (jin != NULL) {
    json_t *fill = json_object_get(jin, "fill");
    const char *f = json_string_value(fill);
    if (json_object_get(jin, "b64") != NULL) return IN_B64_GIVEN;
    if (fill == NULL && json_object_get(jin, "data") == NULL) return IN_ARANGE;
    if (f != NULL && strcmp(f, "arange") == 0) return IN_ARANGE;
    if (f != NULL && strcmp(f, "zeros") == 0) return IN_ZEROS;
    if (f != NULL && strcmp(f, "ones") == 0) return IN_ONES;
  }
  /* data, {"random": SEED} (ndparity's generator) or a generated case:
   * the values are written out */
  if (ndp_tensor_size(&in->tensor) <= LITERAL_MAX) return IN_LITERAL;
  if (all_same(&in->tensor)) return IN_FULL;
  return IN_B64;
}

/* Nested list literal of t's elements in C order, declared as ndim/shape
 * (t may be the (1,) of a 0-d F-order input: its one element). */
static void literal_text(struct sb *b, const struct ndp_tensor *t, int ndim, const int64_t *shape) {
  int64_t idx[NDP_MAXDIMS] = {0};
  int64_t n = ndp_tensor_size(t);
  if (ndim == 0) {
    struct ndp_elem e;
    ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
    elem_text(b, &e);
    return;
  }
  /* pos[d]: the position along dim d of the next element (declared shape) */
  int64_t pos[NDP_MAXDIMS] = {0};
  for (int d = 0; d < ndim; d++) sb_putn(b, "[", 1);
  for (int64_t k = 0; k < n; k++) {
    struct ndp_elem e;
    ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
    elem_text(b, &e);
    ndp_index_next(t->ndim, t->shape, idx);
    /* close the dimensions that end here, then open the next ones */
    int d = ndim - 1;
    while (d >= 0 && ++pos[d] == shape[d]) {
      pos[d] = 0;
      sb_putn(b, "]", 1);
      d--;
    }
    if (d < 0) break;
    sb_puts(b, ", ");
    if (sb_column(b) > WRAP_COLUMN) {
      /* wrap: trailing blank off, continue indented */
      if (b->len > 0 && b->p[b->len - 1] == ' ') b->p[--b->len] = '\0';
      sb_puts(b, "\n    ");
    }
    for (int j = d + 1; j < ndim; j++) sb_putn(b, "[", 1);
  }
}

static void emit_input(struct gen *g, int i) {
  struct sb *b = &g->out;
  const struct ndp_input *in = &g->c->inputs[i];
  json_t *jin = input_json(g->c, in->name);
  int64_t shape[NDP_MAXDIMS];
  int ndim = declared_shape(in, jin, shape);
  char dt[16];
  dtype_text(dt, sizeof dt, in->dtype, in->swapped);
  json_t *fill = json_object_get(jin, "fill");
  if (json_is_object(fill)) {
    json_t *seed = json_object_get(fill, "random");
    sb_puts(b, "# ");
    comment_text(b, in->name);
    sb_puts(b, ": fill {\"random\": ");
    if (json_is_integer(seed))
      sb_printf(b, "%lld", (long long)json_integer_value(seed));
    else
      comment_text(b, json_string_value(seed) != NULL ? json_string_value(seed) : "?");
    sb_puts(b, "}, the values of ndparity's generator (splitmix64)\n");
  }
  bool fortran = in->order == 'F';
  if (fortran && ndim == 0)
    sb_puts(b, "# order F: np.asfortranarray gives a 0-d array shape (1,) in NumPy 1.24\n");
  sb_printf(b, "%s = ", g->input_var[i]);
  if (fortran) sb_puts(b, "np.asfortranarray(");
  int64_t n = ndp_tensor_size(&in->tensor);
  switch (g->form[i]) {
  case IN_EMPTY:
    sb_puts(b, "np.zeros(");
    tuple_text(b, ndim, shape);
    sb_printf(b, ", dtype=\"%s\")", dt);
    break;
  case IN_ZEROS:
  case IN_ONES:
    sb_puts(b, g->form[i] == IN_ZEROS ? "np.zeros(" : "np.ones(");
    tuple_text(b, ndim, shape);
    sb_printf(b, ", dtype=\"%s\")", dt);
    break;
  case IN_ARANGE:
    sb_printf(b, "np.arange(%" PRId64 ").astype(\"%s\")", n, dt);
    if (ndim != 1) {
      sb_puts(b, ".reshape(");
      tuple_text(b, ndim, shape);
      sb_puts(b, ")");
    }
    break;
  case IN_LITERAL:
    sb_puts(b, "np.array(");
    literal_text(b, &in->tensor, ndim, shape);
    sb_printf(b, ", dtype=\"%s\")", dt);
    break;
  case IN_FULL: {
    int64_t idx[NDP_MAXDIMS] = {0};
    struct ndp_elem e;
    ndp_elem_load(in->tensor.dtype, in->tensor.swapped, ndp_tensor_at(&in->tensor, idx), &e);
    sb_puts(b, "np.full(");
    tuple_text(b, ndim, shape);
    sb_puts(b, ", ");
    elem_text(b, &e);
    sb_printf(b, ", dtype=\"%s\")", dt);
    break;
  }
  case IN_B64_GIVEN:
  case IN_B64: {
    sb_puts(b, "np.frombuffer(base64.b64decode(\"");
    if (g->form[i] == IN_B64_GIVEN) {
      const char *s = json_string_value(json_object_get(jin, "b64"));
      sb_puts(b, s != NULL ? s : "");
    } else {
      /* the bytes in C order, in the dtype's byte order (as stored) */
      size_t isz = (size_t)ndp_dtype_size(in->dtype);
      unsigned char *raw = malloc((size_t)n * isz);
      if (raw == NULL) {
        b->oom = true;
        return;
      }
      int64_t idx[NDP_MAXDIMS] = {0};
      for (int64_t k = 0; k < n; k++) {
        memcpy(raw + (size_t)k * isz, ndp_tensor_at(&in->tensor, idx), isz);
        ndp_index_next(in->tensor.ndim, in->tensor.shape, idx);
      }
      base64_text(b, raw, (size_t)n * isz);
      free(raw);
    }
    sb_printf(b, "\"), dtype=\"%s\")", dt);
    sb_puts(b, ".reshape(");
    tuple_text(b, ndim, shape);
    sb_puts(b, ").copy()");
    break;
  }
  }
  if (fortran) sb_puts(b, ")");
  sb_puts(b, "\n");
}

/* An operand as Python: a variable, a Python scalar literal, or a NumPy
 * scalar np.int8(3). jarg is the operand as written (for huge ints; NULL
 * for a generated case). */
static void arg_text(struct sb *b, const struct gen *g, const struct scope *sc,
                     const struct ndp_arg *a, json_t *jarg) {
  char t[64];
  switch (a->kind) {
  case NDP_ARG_REF:
    sb_puts(b, slot_var(g, sc, a->slot));
    break;
  case NDP_ARG_PYINT:
    if (!a->pyint.huge) {
      sb_printf(b, "%s%" PRIu64, a->pyint.neg && a->pyint.mag != 0 ? "-" : "", a->pyint.mag);
    } else if (json_string_value(json_object_get(jarg, "int")) != NULL) {
      /* beyond 64 bits: the decimal text as written, without '+' or
       * leading zeros (which Python refuses) */
      const char *s = json_string_value(json_object_get(jarg, "int"));
      bool neg = *s == '-';
      if (*s == '-' || *s == '+') s++;
      while (s[0] == '0' && s[1] != '\0') s++;
      sb_printf(b, "%s%s", neg ? "-" : "", s);
    } else if (isinf(a->pyint.fval)) {
      /* a generated case knows a huge int by its float64 value only: inf
       * is an int that float() overflows on */
      sb_puts(b, a->pyint.neg ? "-10**400" : "10**400");
    } else {
      sb_printf(b, "%.0f", a->pyint.fval); /* the exact digits (glibc) */
    }
    break;
  case NDP_ARG_PYFLOAT:
    float_text(t, sizeof t, a->f, NDP_FLOAT64);
    sb_puts(b, t);
    break;
  case NDP_ARG_PYBOOL:
    sb_puts(b, a->b ? "True" : "False");
    break;
  case NDP_ARG_PYCOMPLEX:
    complex_text(b, a->re, a->im, NDP_FLOAT64);
    break;
  case NDP_ARG_NPSCALAR: {
    struct ndp_elem e;
    ndp_elem_load(a->scalar.dtype, a->scalar.swapped, a->scalar.buf->data + a->scalar.offset, &e);
    enum ndp_dtype dt = a->scalar.dtype;
    sb_printf(b, "np.%s(", dt == NDP_BOOL ? "bool_" : ndp_dtype_name(dt));
    elem_text(b, &e);
    sb_puts(b, ")");
    break;
  }
  }
}

static bool is_python_scalar(const struct ndp_arg *a) {
  return a->kind == NDP_ARG_PYINT || a->kind == NDP_ARG_PYFLOAT || a->kind == NDP_ARG_PYBOOL ||
         a->kind == NDP_ARG_PYCOMPLEX;
}

/* Operand k of s; array_like wraps a Python scalar in np.asarray (for the
 * ops that need an array's methods, as ndp_numpy's _as_array_like). */
static void operand(struct sb *b, const struct gen *g, const struct scope *sc,
                    const struct ndp_step *s, int k, bool array_like) {
  json_t *jarg = json_array_get(json_object_get(s->json, "args"), (size_t)k);
  bool wrap = array_like && is_python_scalar(&s->args[k]);
  if (wrap) sb_puts(b, "np.asarray(");
  arg_text(b, g, sc, &s->args[k], jarg);
  if (wrap) sb_puts(b, ")");
}

static void axis_text(struct sb *b, const struct ndp_step *s) {
  if (s->axis_is_list)
    tuple_text(b, s->naxes, s->axes);
  else
    sb_printf(b, "%" PRId64, s->axes[0]);
}

static void index_text(struct sb *b, const struct ndp_step *s) {
  if (s->nindex == 0) {
    sb_puts(b, "()");
    return;
  }
  for (int k = 0; k < s->nindex; k++) {
    const struct ndp_index_item *it = &s->index[k];
    if (k) sb_puts(b, ", ");
    switch (it->kind) {
    case NDP_IDX_INT:
      sb_printf(b, "%" PRId64, it->i);
      break;
    case NDP_IDX_NEWAXIS:
      sb_puts(b, "np.newaxis");
      break;
    case NDP_IDX_ELLIPSIS:
      sb_puts(b, "...");
      break;
    case NDP_IDX_SLICE:
      if (it->has_start) sb_printf(b, "%" PRId64, it->start);
      sb_putn(b, ":", 1);
      if (it->has_stop) sb_printf(b, "%" PRId64, it->stop);
      if (it->has_step) sb_printf(b, ":%" PRId64, it->step);
      break;
    }
  }
}

/* The dtype= and casting= keywords of a ufunc or astype (casting only when
 * it is not the op's default). */
static void dtype_kw(struct sb *b, const struct ndp_step *s, bool keyword) {
  if (!s->has_dtype) return;
  char dt[16];
  dtype_text(dt, sizeof dt, s->dtype, s->dtype_swapped);
  sb_printf(b, keyword ? ", dtype=\"%s\"" : "\"%s\"", dt);
}

static void casting_kw(struct sb *b, const struct ndp_step *s, enum ndp_casting dflt) {
  if (s->has_casting && s->casting != dflt)
    sb_printf(b, ", casting=\"%s\"", ndp_casting_name(s->casting));
}

/* The NumPy expression of array step s (the call ndp_numpy.call_numpy makes). */
static void op_expr(struct sb *b, const struct gen *g, const struct scope *sc,
                    const struct ndp_step *s) {
  const char *name = ndp_op_name(s->op);
  switch (s->op) {
  case NDP_OP_RESHAPE:
    sb_puts(b, "np.reshape(");
    operand(b, g, sc, s, 0, false);
    sb_puts(b, ", ");
    tuple_text(b, s->shape_ndim, s->shape);
    if (s->order == 'F') sb_puts(b, ", order=\"F\"");
    sb_puts(b, ")");
    return;
  case NDP_OP_TRANSPOSE:
    sb_puts(b, "np.transpose(");
    operand(b, g, sc, s, 0, false);
    if (s->has_axes) {
      sb_puts(b, ", ");
      tuple_text(b, s->naxes, s->axes);
    }
    sb_puts(b, ")");
    return;
  case NDP_OP_EXPAND_DIMS:
    sb_puts(b, "np.expand_dims(");
    operand(b, g, sc, s, 0, false);
    sb_puts(b, ", ");
    axis_text(b, s);
    sb_puts(b, ")");
    return;
  case NDP_OP_SQUEEZE:
    sb_puts(b, "np.squeeze(");
    operand(b, g, sc, s, 0, false);
    if (s->has_axes) {
      sb_puts(b, ", axis=");
      axis_text(b, s);
    }
    sb_puts(b, ")");
    return;
  case NDP_OP_BROADCAST_TO:
    sb_puts(b, "np.broadcast_to(");
    operand(b, g, sc, s, 0, false);
    sb_puts(b, ", ");
    tuple_text(b, s->shape_ndim, s->shape);
    sb_puts(b, ")");
    return;
  case NDP_OP_GETITEM:
    operand(b, g, sc, s, 0, true);
    sb_putn(b, "[", 1);
    index_text(b, s);
    sb_putn(b, "]", 1);
    return;
  case NDP_OP_ASTYPE:
    operand(b, g, sc, s, 0, true);
    sb_puts(b, ".astype(");
    dtype_kw(b, s, false);
    casting_kw(b, s, NDP_CAST_UNSAFE);
    sb_puts(b, ")");
    return;
  case NDP_OP_COPY:
  case NDP_OP_ASCONTIGUOUSARRAY:
  case NDP_OP_ASFORTRANARRAY:
  case NDP_OP_RAVEL:
    sb_printf(b, "np.%s(", name);
    operand(b, g, sc, s, 0, false);
    if (s->op == NDP_OP_RAVEL && s->order == 'F') sb_puts(b, ", order=\"F\"");
    sb_puts(b, ")");
    return;
  case NDP_OP_CONCATENATE:
  case NDP_OP_STACK:
    sb_printf(b, "np.%s([", name);
    for (int k = 0; k < s->nargs; k++) {
      if (k) sb_puts(b, ", ");
      operand(b, g, sc, s, k, false);
    }
    sb_puts(b, "]");
    if (s->axis_is_null)
      sb_puts(b, ", axis=None");
    else if (s->has_axes && s->axes[0] != 0)
      sb_printf(b, ", axis=%" PRId64, s->axes[0]);
    sb_puts(b, ")");
    return;
  case NDP_OP_TO_NUMPY:
  case NDP_OP_FROM_NUMPY:
    sb_puts(b, "np.asarray(");
    operand(b, g, sc, s, 0, false);
    sb_puts(b, ")");
    return;
  case NDP_OP_DLPACK_ROUNDTRIP:
    sb_puts(b, "np.from_dlpack(");
    operand(b, g, sc, s, 0, true);
    sb_puts(b, ")");
    return;
  case NDP_OP_NPY_ROUNDTRIP:
    sb_puts(b, "npy_roundtrip(");
    operand(b, g, sc, s, 0, true);
    sb_puts(b, ")");
    return;
  default:
    break;
  }
  enum ndp_op_class cls = ndp_op_class(s->op);
  sb_printf(b, "np.%s(", name);
  for (int k = 0; k < s->nargs; k++) {
    if (k) sb_puts(b, ", ");
    operand(b, g, sc, s, k, false);
  }
  if (cls == NDP_OPC_REDUCE) {
    if (s->has_axes) {
      sb_puts(b, ", axis=");
      axis_text(b, s);
    }
    if (s->keepdims) sb_puts(b, ", keepdims=True");
    dtype_kw(b, s, true);
  } else {
    dtype_kw(b, s, true);
    casting_kw(b, s, NDP_CAST_SAME_KIND);
  }
  sb_puts(b, ")");
}

/* A comment line saying what a crossing means on NumPy's side. */
static void crossing_comment(struct sb *b, enum ndp_op op) {
  switch (op) {
  case NDP_OP_TO_NUMPY:
    sb_puts(b, "# to_numpy: the engine's Tensor.numpy(); NumPy's side is np.asarray (no copy)\n");
    break;
  case NDP_OP_FROM_NUMPY:
    sb_puts(b,
            "# from_numpy: tf.constant / torch.from_numpy; NumPy's side is np.asarray (no copy)\n");
    break;
  case NDP_OP_DLPACK_ROUNDTRIP:
    sb_puts(b, "# dlpack_roundtrip: exported through DLPack and imported back (zero-copy)\n");
    break;
  case NDP_OP_NPY_ROUNDTRIP:
    sb_puts(b, "# npy_roundtrip: written as .npy bytes and read back (a copy)\n");
    break;
  default:
    break;
  }
}

/* The def of a fn body (map, filter, numpy_function) named fname, for
 * elements of ncomp components. */
static void emit_fn(struct gen *g, const struct ndp_step *s, const char *fname, int ncomp) {
  struct sb *b = &g->out;
  const struct ndp_fn *fn = &s->ds->fn;
  const char *params[NDP_DS_MAXCOMP];
  const char **locals = calloc((size_t)fn->nsteps, sizeof *locals);
  if (locals == NULL) {
    b->oom = true;
    return;
  }
  if (ncomp < 1) ncomp = 1;
  if (ncomp > NDP_DS_MAXCOMP) ncomp = NDP_DS_MAXCOMP;
  for (int k = 0; k < ncomp; k++) {
    char p[16];
    if (ncomp == 1)
      snprintf(p, sizeof p, "x");
    else
      snprintf(p, sizeof p, "x%d", k);
    params[k] = names_new(&g->names, p);
  }
  for (int k = 0; k < fn->nsteps; k++) locals[k] = names_new(&g->names, fn->steps[k].id);
  if (g->names.oom) {
    free(locals);
    b->oom = true;
    return;
  }
  sb_printf(b, "def %s(", fname);
  for (int k = 0; k < ncomp; k++) sb_printf(b, "%s%s", k ? ", " : "", params[k]);
  sb_puts(b, "):");
  if (ncomp > 1 || fn->nsteps > 0) {
    /* which component each parameter is, in the case's words */
    sb_puts(b, "  # ");
    for (int k = 0; k < ncomp; k++)
      sb_printf(b, "%s%s is \"$%d\"%s", k ? ", " : "", params[k], k, k == 0 ? " (\"$x\")" : "");
  }
  sb_puts(b, "\n");
  struct scope sc = {locals, params};
  for (int k = 0; k < fn->nsteps; k++) {
    const struct ndp_step *t = &fn->steps[k];
    if (ndp_op_class(t->op) == NDP_OPC_CROSSING) {
      sb_puts(b, "    ");
      crossing_comment(b, t->op);
    }
    sb_printf(b, "    %s = ", locals[k]);
    op_expr(b, g, &sc, t);
    sb_puts(b, "\n");
  }
  if (s->op == NDP_OP_FILTER) {
    sb_printf(b, "    return %s\n", locals[fn->results[0]]);
  } else {
    sb_puts(b, "    return (");
    for (int r = 0; r < fn->nresults; r++)
      sb_printf(b, "%s%s", r ? ", " : "", locals[fn->results[r]]);
    sb_puts(b, fn->nresults == 1 ? ",)\n" : ")\n");
  }
  free(locals);
}

/* The number of components of the elements of dataset step s's input. */
static int source_ncomp(const struct gen *g, const struct ndp_step *s) {
  if (s->nargs < 1 || s->args[0].kind != NDP_ARG_REF || s->args[0].slot < g->c->ninputs) return 1;
  const struct ndp_step *src = &g->c->steps[s->args[0].slot - g->c->ninputs];
  return src->ds != NULL && src->ds->out_ncomp > 0 ? src->ds->out_ncomp : 1;
}

static void dtype_list_text(struct sb *b, int n, const enum ndp_dtype *dts) {
  if (n == 1) {
    sb_printf(b, "tf.%s", ndp_dtype_name(dts[0]));
    return;
  }
  sb_putn(b, "[", 1);
  for (int k = 0; k < n; k++) sb_printf(b, "%stf.%s", k ? ", " : "", ndp_dtype_name(dts[k]));
  sb_putn(b, "]", 1);
}

static void shapes_list_text(struct sb *b, int n, const struct ndp_partial_shape *p) {
  sb_putn(b, "[", 1);
  for (int k = 0; k < n; k++) {
    if (k) sb_puts(b, ", ");
    partial_shape_text(b, &p[k]);
  }
  sb_putn(b, "]", 1);
}

/* A dataset step: a comment naming the tf.data stage, a def for a fn
 * body, and the call of the helper that stands for the stage. */
static void emit_dataset_step(struct gen *g, int k, struct sb *expr) {
  struct sb *b = &g->out;
  const struct ndp_step *s = &g->c->steps[k];
  const struct ndp_ds_params *p = s->ds;
  struct scope sc = {g->step_var, NULL};
  const char *src = s->nargs > 0 ? slot_var(g, &sc, s->args[0].slot) : "";
  switch (s->op) {
  case NDP_OP_FROM_TENSOR_SLICES:
  case NDP_OP_FROM_TENSORS: {
    bool slices = s->op == NDP_OP_FROM_TENSOR_SLICES;
    sb_printf(b, "# tf.data.Dataset.%s((", slices ? "from_tensor_slices" : "from_tensors");
    for (int j = 0; j < s->nargs; j++)
      sb_printf(b, "%s%s", j ? ", " : "", slot_var(g, &sc, s->args[j].slot));
    sb_puts(b, s->nargs == 1 ? ",)): " : ")): ");
    sb_puts(b, slices ? "element i is (" : "one element, (");
    for (int j = 0; j < s->nargs; j++)
      sb_printf(b, "%s%s%s", j ? ", " : "", slot_var(g, &sc, s->args[j].slot), slices ? "[i]" : "");
    sb_puts(b, s->nargs == 1 ? ",)" : ")");
    sb_puts(b, slices ? ", views\n" : "\n");
    sb_printf(expr, "%s(", slices ? "from_tensor_slices" : "from_tensors");
    for (int j = 0; j < s->nargs; j++)
      sb_printf(expr, "%s%s", j ? ", " : "", slot_var(g, &sc, s->args[j].slot));
    sb_puts(expr, ")");
    return;
  }
  case NDP_OP_FROM_GENERATOR:
    sb_puts(
        b, "# tf.data.Dataset.from_generator(gen, output_signature=...): gen yields these arrays;\n"
           "# NumPy keeps their dtypes (TensorFlow would convert them to the declared ones)\n");
    sb_puts(expr, "from_generator([");
    for (int i = 0; i < p->nelements; i++) {
      sb_printf(expr, "%s(", i ? ", " : "");
      for (int j = 0; j < p->ncomp; j++)
        sb_printf(expr, "%s%s", j ? ", " : "", g->input_var[p->elements[i * p->ncomp + j]]);
      sb_puts(expr, p->ncomp == 1 ? ",)" : ")");
    }
    sb_puts(expr, "], [");
    for (int j = 0; j < p->ncomp; j++) {
      sb_printf(expr, "%s(\"%s\", ", j ? ", " : "", ndp_dtype_name(p->sig_dtype[j]));
      partial_shape_text(expr, &p->sig_shape[j]);
      sb_puts(expr, ")");
    }
    sb_puts(expr, "])");
    return;
  case NDP_OP_MAP:
  case NDP_OP_NUMPY_FUNCTION:
  case NDP_OP_FILTER: {
    char base[256];
    snprintf(base, sizeof base, "%s_%s", g->step_var[k],
             s->op == NDP_OP_FILTER ? "predicate" : "fn");
    const char *fname = names_new(&g->names, base);
    if (fname == NULL) {
      b->oom = true;
      return;
    }
    if (s->op == NDP_OP_MAP) {
      sb_printf(b, "# %s.map(%s): tf.data's map, the body run with NumPy on each element\n", src,
                fname);
    } else if (s->op == NDP_OP_FILTER) {
      sb_printf(b, "# %s.filter(%s): keeps the elements whose predicate (a 0-d bool) is true\n",
                src, fname);
    } else {
      sb_printf(b, "# %s.map(lambda *x: tf.numpy_function(%s, x, Tout=", src, fname);
      dtype_list_text(b, p->ntout, p->tout);
      sb_puts(b, ")): a crossing, the body runs as NumPy");
      if (p->nshapes > 0) {
        sb_puts(b, ";\n# its declared shape ");
        if (p->nshapes == 1)
          partial_shape_text(b, &p->shapes[0]);
        else
          shapes_list_text(b, p->nshapes, p->shapes);
        sb_puts(b, " is static only (NumPy has no static shapes)");
      }
      sb_puts(b, "\n");
    }
    emit_fn(g, s, fname, source_ncomp(g, s));
    sb_printf(expr, "%s(%s, %s)", s->op == NDP_OP_FILTER ? "filter_elements" : "map_elements", src,
              fname);
    return;
  }
  case NDP_OP_BATCH:
    sb_printf(b, "# %s.batch(%" PRId64 "%s): np.stack of consecutive elements\n", src,
              p->batch_size, p->drop_remainder ? ", drop_remainder=True" : "");
    sb_printf(expr, "batch(%s, %" PRId64 "%s)", src, p->batch_size,
              p->drop_remainder ? ", drop_remainder=True" : "");
    return;
  case NDP_OP_UNBATCH:
    sb_printf(b, "# %s.unbatch(): every component split along axis 0 (views)\n", src);
    sb_printf(expr, "unbatch(%s)", src);
    return;
  case NDP_OP_TAKE:
    sb_printf(b, "# %s.take(%" PRId64 ")%s\n", src, p->count,
              p->count < 0 ? ": every element" : "");
    sb_printf(expr, "take(%s, %" PRId64 ")", src, p->count);
    return;
  case NDP_OP_SET_SHAPE:
  case NDP_OP_ENSURE_SHAPE: {
    bool set = s->op == NDP_OP_SET_SHAPE;
    struct sb sh = {0};
    if (p->nshapes == 1)
      partial_shape_text(&sh, &p->shapes[0]);
    else
      shapes_list_text(&sh, p->nshapes, p->shapes);
    if (sh.oom) {
      free(sh.p);
      b->oom = true;
      return;
    }
    if (set)
      sb_printf(b,
                "# set_shape %s on %s's elements: NumPy has no static shapes, so what remains is\n"
                "# the run-time check that every element fits\n",
                sh.p, src);
    else
      sb_printf(b, "# %s.map(lambda *x: tf.ensure_shape(x, %s)): every element must fit\n", src,
                sh.p);
    sb_printf(expr, "check_shapes(%s, ", src);
    shapes_list_text(expr, p->nshapes, p->shapes);
    sb_printf(expr, ", \"%s\")", set ? "set_shape" : "ensure_shape");
    free(sh.p);
    return;
  }
  case NDP_OP_COLLECT:
    sb_printf(b, "# list(%s): the elements, materialized\n", src);
    sb_printf(expr, "collect(%s)", src);
    return;
  default:
    return;
  }
}

static void emit_step(struct gen *g, int k) {
  struct sb *b = &g->out;
  const struct ndp_step *s = &g->c->steps[k];
  struct scope sc = {g->step_var, NULL};
  struct sb expr = {0};
  if (ndp_op_class(s->op) == NDP_OPC_DATASET) {
    emit_dataset_step(g, k, &expr);
  } else {
    crossing_comment(b, s->op);
    op_expr(&expr, g, &sc, s);
  }
  if (expr.oom || expr.p == NULL) {
    free(expr.p);
    b->oom = true;
    return;
  }
  sb_printf(b, "%s = step(", g->step_var[k]);
  py_str(b, s->id);
  sb_printf(b, ", lambda: %s", expr.p);
  free(expr.p);
  /* the earlier steps it uses: skipped when one of them failed */
  int nneeds = 0;
  for (int j = 0; j < s->nargs; j++) {
    const struct ndp_arg *a = &s->args[j];
    if (a->kind != NDP_ARG_REF || a->slot < g->c->ninputs) continue;
    bool seen = false;
    for (int q = 0; q < j; q++)
      if (s->args[q].kind == NDP_ARG_REF && s->args[q].slot == a->slot) seen = true;
    if (seen) continue;
    sb_printf(b, "%s%s", nneeds++ ? ", " : ", needs=[", g->step_var[a->slot - g->c->ninputs]);
  }
  if (nneeds) sb_puts(b, "]");
  sb_puts(b, ")\n");
}

/* ================================================================ helpers (Python) */

/* The Python text of the helpers, one C line per Python line. */
// clang-format off
static const char py_core[] =
    "FAILED = \"FAILED\"  # the value of a step that failed, or did not run because an operand failed\n"
    "\n"
    "\n"
    "def step(sid, compute, needs=()):\n"
    "    \"\"\"Runs one step and prints its result or its error; skipped when an operand failed.\"\"\"\n"
    "    if any(v is FAILED for v in needs):\n"
    "        print(f\"step {sid}: skipped (an operand failed)\")\n"
    "        return FAILED\n"
    "    try:\n"
    "        value = compute()\n"
    "    except Exception as e:\n"
    "        print(f\"step {sid}: {type(e).__qualname__}: {e}\")\n"
    "        return FAILED\n"
    "    print(f\"step {sid}: {describe(sid, value)}\")\n"
    "    return value\n"
    "\n"
    "\n";

static const char py_describe_head[] =
    "def describe(sid, v):\n"
    "    \"\"\"dtype, shape, view (whether v shares memory with an input) and values.\"\"\"\n";

static const char py_describe_dataset_head[] =
    "def describe(sid, v):\n"
    "    \"\"\"An array's dtype, shape, view (whether it shares memory with an input) and values;\n"
    "    a dataset's element count and elements, or the error that stopped its iteration.\"\"\"\n"
    "    if isinstance(v, Dataset):\n"
    "        n, lines = 0, []\n"
    "        try:\n"
    "            for el in v:\n"
    "                if n < 8:\n"
    "                    lines += [f\"{sid}[{n}][{k}]: {describe(sid, c)}\" for k, c in enumerate(el)]\n"
    "                n += 1\n"
    "        except Exception as e:  # element n failed (later stages still run, lazily)\n"
    "            return f\"{type(e).__qualname__}: element {n}: {e}\"\n"
    "        return \"\\n  \".join([f\"count={n}\"] + lines + ([\"...\"] if n > 8 else []))\n";

static const char py_describe_body[] =
    "    a = np.asarray(v)\n"
    "    view = isinstance(v, np.ndarray) and any(np.shares_memory(v, x) for x in INPUTS)\n"
    "    if a.size <= 64:\n"
    "        values = np.array2string(a, separator=\", \")\n"
    "    else:  # flattened in C order, the middle left out\n"
    "        flat = np.array2string(a.reshape(-1), separator=\", \", threshold=6, edgeitems=3)\n"
    "        values = flat + \" (flattened)\"\n"
    "    return f\"dtype={a.dtype.name} shape={a.shape} view={view} {values}\"\n"
    "\n"
    "\n";

static const char py_npy[] =
    "def npy_roundtrip(a):\n"
    "    \"\"\"np.save to .npy bytes, then np.load.\"\"\"\n"
    "    buf = io.BytesIO()\n"
    "    np.save(buf, a, allow_pickle=False)\n"
    "    buf.seek(0)\n"
    "    return np.load(buf, allow_pickle=False)\n"
    "\n"
    "\n";

static const char py_dataset[] =
    "class Dataset:\n"
    "    \"\"\"A tf.data.Dataset run with NumPy: elements() starts a fresh iteration, pulling\n"
    "    elements (tuples of arrays) one by one from the stages before, as tf.data does.\"\"\"\n"
    "\n"
    "    def __init__(self, elements):\n"
    "        self.elements = elements\n"
    "\n"
    "    def __iter__(self):\n"
    "        return self.elements()\n"
    "\n"
    "\n";

static const char py_shape_error[] =
    "class ShapeError(ValueError):\n"
    "    \"\"\"A dataset element does not fit a declared shape (tf.data: InvalidArgumentError).\"\"\"\n"
    "\n"
    "\n"
    "def fits(shape, declared):\n"
    "    \"\"\"Whether shape fits a partial shape (None: an unknown rank, or an unknown dimension).\"\"\"\n"
    "    if declared is None:\n"
    "        return True\n"
    "    return len(shape) == len(declared) and all(\n"
    "        d is None or d == n for n, d in zip(shape, declared))\n"
    "\n"
    "\n";

static const char py_slices[] =
    "def from_tensor_slices(*arrays):\n"
    "    \"\"\"Element i is (arrays[0][i, ...], arrays[1][i, ...], ...): views.\"\"\"\n"
    "    for a in arrays:\n"
    "        if np.ndim(a) == 0:\n"
    "            raise ValueError(\"Unbatching a tensor is only supported for rank >= 1\")\n"
    "        if a.shape[0] != arrays[0].shape[0]:\n"
    "            raise ValueError(f\"Dimensions {arrays[0].shape[0]} and {a.shape[0]} \"\n"
    "                             \"are not compatible\")\n"
    "    return Dataset(lambda: (tuple(a[i, ...] for a in arrays) for i in range(arrays[0].shape[0])))\n"
    "\n"
    "\n";

static const char py_tensors[] =
    "def from_tensors(*arrays):\n"
    "    \"\"\"One element: the arrays themselves.\"\"\"\n"
    "    return Dataset(lambda: iter([arrays]))\n"
    "\n"
    "\n";

static const char py_generator[] =
    "def from_generator(elements, signature):\n"
    "    \"\"\"Yields the elements; an array that does not fit its declared shape fails.\"\"\"\n"
    "    def gen():\n"
    "        for el in elements:\n"
    "            for a, (dtype, shape) in zip(el, signature):\n"
    "                if not fits(a.shape, shape):\n"
    "                    raise ShapeError(f\"`generator` yielded an element of shape {a.shape} \"\n"
    "                                     f\"where an element of shape {shape} was expected.\")\n"
    "            yield el\n"
    "    return Dataset(gen)\n"
    "\n"
    "\n";

static const char py_map[] =
    "def map_elements(ds, fn):\n"
    "    \"\"\"fn on the components of every element of ds.\"\"\"\n"
    "    return Dataset(lambda: (fn(*el) for el in ds))\n"
    "\n"
    "\n";

static const char py_filter[] =
    "def filter_elements(ds, predicate):\n"
    "    \"\"\"The elements of ds whose predicate, a 0-d bool, is true.\"\"\"\n"
    "    def gen():\n"
    "        for el in ds:\n"
    "            p = np.asarray(predicate(*el))\n"
    "            if p.ndim != 0 or p.dtype != bool:\n"
    "                raise TypeError(f\"filter: the predicate must be a 0-d bool, got {p.dtype} \"\n"
    "                                f\"of shape {p.shape}\")\n"
    "            if p:\n"
    "                yield el\n"
    "    return Dataset(gen)\n"
    "\n"
    "\n";

static const char py_batch[] =
    "def batch(ds, batch_size, drop_remainder=False):\n"
    "    \"\"\"Consecutive elements stacked (np.stack) component by component.\"\"\"\n"
    "    def gen():\n"
    "        it = iter(ds)\n"
    "        while True:\n"
    "            part = list(itertools.islice(it, batch_size))\n"
    "            if not part or (drop_remainder and len(part) < batch_size):\n"
    "                return\n"
    "            if any(len(el) != len(part[0]) for el in part):\n"
    "                raise ValueError(\"elements of a batch differ in structure\")\n"
    "            yield tuple(np.stack([el[k] for el in part]) for k in range(len(part[0])))\n"
    "    return Dataset(gen)\n"
    "\n"
    "\n";

static const char py_unbatch[] =
    "def unbatch(ds):\n"
    "    \"\"\"Every element's components split along axis 0 (views).\"\"\"\n"
    "    def gen():\n"
    "        for el in ds:\n"
    "            for c in el:\n"
    "                if np.ndim(c) == 0:\n"
    "                    raise ValueError(\"Unbatching a tensor is only supported for rank >= 1\")\n"
    "                if c.shape[0] != el[0].shape[0]:\n"
    "                    raise ValueError(\"components of an element differ in their leading dimension \"\n"
    "                                     f\"({el[0].shape[0]} and {c.shape[0]})\")\n"
    "            for i in range(el[0].shape[0]):\n"
    "                yield tuple(c[i, ...] for c in el)\n"
    "    return Dataset(gen)\n"
    "\n"
    "\n";

static const char py_take[] =
    "def take(ds, count):\n"
    "    \"\"\"The first count elements of ds (count -1: all of them).\"\"\"\n"
    "    return Dataset(lambda: iter(ds) if count < 0 else itertools.islice(ds, count))\n"
    "\n"
    "\n";

static const char py_check_shapes[] =
    "def check_shapes(ds, shapes, stage):\n"
    "    \"\"\"The elements of ds, each component checked against its declared partial shape.\"\"\"\n"
    "    def gen():\n"
    "        for el in ds:\n"
    "            for k, (c, shape) in enumerate(zip(el, shapes)):\n"
    "                if not fits(np.shape(c), shape):\n"
    "                    raise ShapeError(f\"{stage}: shape {np.shape(c)} of component {k} is not \"\n"
    "                                     f\"compatible with {shape}\")\n"
    "            if len(shapes) != len(el):\n"
    "                raise ShapeError(f\"{stage}: {len(shapes)} shapes for elements of {len(el)} \"\n"
    "                                 \"components\")\n"
    "            yield el\n"
    "    return Dataset(gen)\n"
    "\n"
    "\n";

static const char py_collect[] =
    "def collect(ds):\n"
    "    \"\"\"The elements of ds (printed as a list).\"\"\"\n"
    "    return Dataset(lambda: iter(ds))\n"
    "\n"
    "\n";
// clang-format on

static void emit_helpers(struct gen *g) {
  struct sb *b = &g->out;
  unsigned h = g->helpers;
  sb_puts(b, py_core);
  if (h & H_DATASET) {
    sb_puts(b, py_describe_dataset_head);
  } else {
    sb_puts(b, py_describe_head);
  }
  sb_puts(b, py_describe_body);
  if (h & H_NPY) sb_puts(b, py_npy);
  if (h & H_DATASET) sb_puts(b, py_dataset);
  if (h & H_SHAPE_ERROR) sb_puts(b, py_shape_error);
  if (h & H_SLICES) sb_puts(b, py_slices);
  if (h & H_TENSORS) sb_puts(b, py_tensors);
  if (h & H_GENERATOR) sb_puts(b, py_generator);
  if (h & H_MAP) sb_puts(b, py_map);
  if (h & H_FILTER) sb_puts(b, py_filter);
  if (h & H_BATCH) sb_puts(b, py_batch);
  if (h & H_UNBATCH) sb_puts(b, py_unbatch);
  if (h & H_TAKE) sb_puts(b, py_take);
  if (h & H_CHECK_SHAPES) sb_puts(b, py_check_shapes);
  if (h & H_COLLECT) sb_puts(b, py_collect);
}

static void generate(struct gen *g) {
  const struct ndp_case *c = g->c;
  struct sb *b = &g->out;
  for (int i = 0; i < c->ninputs; i++) {
    g->input_var[i] = names_new(&g->names, c->inputs[i].name);
    g->form[i] = choose_form(&c->inputs[i], input_json(c, c->inputs[i].name));
    if (g->form[i] == IN_B64 || g->form[i] == IN_B64_GIVEN) g->helpers |= M_BASE64;
  }
  for (int k = 0; k < c->nsteps; k++) g->step_var[k] = names_new(&g->names, c->steps[k].id);
  if (g->names.oom) {
    b->oom = true;
    return;
  }
  g->helpers |= helpers_of_steps(c->nsteps, c->steps);

  sb_puts(b, "import os; os.environ[\"NPY_PROMOTION_STATE\"] = \"weak\"  # NEP 50 promotion "
             "(NumPy 2's rules), set before NumPy is imported\n"
             "import numpy as np\n");
  if (g->helpers & M_BASE64) sb_puts(b, "import base64\n");
  if (g->helpers & M_IO) sb_puts(b, "import io\n");
  if (g->helpers & M_ITERTOOLS) sb_puts(b, "import itertools\n");
  sb_puts(b, "\n# ndparity case ");
  comment_text(b, c->name != NULL ? c->name : "");
  if (c->file != NULL) {
    sb_puts(b, " (");
    comment_text(b, c->file);
    sb_printf(b, ":%d)", c->line);
  }
  sb_puts(b, ", run by NumPy itself.\n\n\n");
  emit_helpers(g);

  sb_puts(b, "# inputs\n");
  for (int i = 0; i < c->ninputs; i++) emit_input(g, i);
  sb_puts(b, "INPUTS = [");
  for (int i = 0; i < c->ninputs; i++) sb_printf(b, "%s%s", i ? ", " : "", g->input_var[i]);
  sb_puts(b, "]  # a result that shares memory with one of them is a view\n\n# steps\n");
  for (int k = 0; k < c->nsteps && !b->oom; k++) emit_step(g, k);
}

char *ndp_case_numpy_snippet(const struct ndp_case *c) {
  struct gen g;
  memset(&g, 0, sizeof g);
  g.c = c;
  size_t ni = c->ninputs > 0 ? (size_t)c->ninputs : 1, ns = c->nsteps > 0 ? (size_t)c->nsteps : 1;
  g.input_var = calloc(ni, sizeof *g.input_var);
  g.step_var = calloc(ns, sizeof *g.step_var);
  g.form = calloc(ni, sizeof *g.form);
  if (g.input_var == NULL || g.step_var == NULL || g.form == NULL)
    g.out.oom = true;
  else
    generate(&g);
  free(g.input_var);
  free(g.step_var);
  free(g.form);
  names_free(&g.names);
  if (g.out.oom) {
    free(g.out.p);
    return NULL;
  }
  return g.out.p;
}
