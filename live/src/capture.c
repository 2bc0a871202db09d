/* `ndparity capture`: fills or refreshes the expect blocks of case files
 * from what a backend (real NumPy, by default) produces.
 *
 * Each case under each PATH is run and written again under --out DIR, at
 * its path relative to PATH (a PATH that is a file: its base name), with
 * every other key and the order of keys kept. A .jsonl file is rewritten
 * line by line: comments, blank lines and lines that do not load are kept
 * as they are, each case line is replaced by its captured case. A .json
 * file holding one case is written indented; in a {"ndparity": 1, "cases":
 * [...]} file each case that loaded is replaced (matched by name).
 *
 * What is pinned follows tools/gen_golden.py, which wrote the golden corpus:
 * for every step that ran, dtype, shape, view and data (all of it, up to
 * 4096 values: gen_golden's largest), or the error class; for a dataset step
 * its count and the components of its first 64 elements, with data for up
 * to 4096 values in all (gen_golden makes no datasets; a kept element_spec:
 * NumPy has none to give). Not pinned: the
 * data of a float -> integer conversion (astype, a ufunc's or a reduction's
 * integer dtype=) when a value is NaN, infinite or out of the target's range
 * after truncation (C leaves it undefined, NumPy's answer is the
 * platform's), and anything of a comparison with a Python int out of the
 * other operand's range (NumPy 1.24 falls back to a legacy answer that
 * NumPy 2 removed).
 *
 * Values are exact: integers beyond 2^53 in magnitude as decimal strings;
 * floats as JSON numbers that read back as the same value of their dtype
 * (float16/32 values as the shortest decimal for their own precision: 0.1f
 * is 0.1), written in the fewest significant digits that keep every number
 * of the case exact (so mostly each value's shortest text, as Python's repr
 * writes it), or "nan", "inf", "-inf", "-0.0"; complex as [re, im].
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <jansson.h>

#include "ndparity/backend.h"
#include "ndparity/case.h"
#include "ndparity/live.h"
#include "ndparity/pipeline.h"
#include "ndparity/runner.h"

enum { EXIT_PASS = 0, EXIT_USAGE = 2, EXIT_INTERNAL = 3 };

static const char usage[] =
    "usage: ndparity capture [--backend B] --out DIR [--quiet] PATH...\n"
    "\n"
    "Runs every case in PATH (files *.json / *.jsonl, or directories walked\n"
    "recursively in sorted order) on backend B and writes each case again under\n"
    "DIR, at its path relative to PATH, with its expect block replaced by what B\n"
    "produced: per step dtype, shape, view and data (arrays of up to 4096\n"
    "values), or the error class; per dataset step the element count and its\n"
    "first 64 elements (data for up to 4096 values). Everything else in the\n"
    "files is kept: other keys and their order, comments and blank lines of\n"
    ".jsonl files, cases that do not load. DIR may be PATH itself (files are\n"
    "replaced whole, once written).\n"
    "\n"
    "Not pinned, as tools/gen_golden.py does not pin them: the data of a float to\n"
    "integer conversion that meets NaN, an infinity or an out-of-range value\n"
    "(platform-defined), and comparisons with a Python int out of the other\n"
    "operand's range (NumPy 1.24's legacy answer).\n"
    "\n"
    "options:\n"
    "  --backend B   the backend whose answers become the expectations (default:\n"
    "                numpy, real NumPy 1.24 with NEP 50 promotion; also oracle,\n"
    "                ref, ...)\n"
    "  --out DIR     where the captured files go (created if needed)\n"
    "  --quiet       print only the summary line\n"
    "  -h, --help    this text\n"
    "\n"
    "Exit: 0 every case captured; 2 bad usage or a malformed case (the others are\n"
    "still captured, the malformed ones copied as they are); 3 internal error.\n";

/* ---------------------------------------------------------------- text */

struct strbuf {
  char *p;
  size_t n, cap;
  bool failed;
};

static int strbuf_put(const char *s, size_t n, void *ctx) {
  struct strbuf *b = ctx;
  if (b->failed) return -1;
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + n + 1) cap *= 2;
    char *q = realloc(b->p, cap);
    if (q == NULL) {
      b->failed = true;
      return -1;
    }
    b->p = q;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
  return 0;
}

/* j as text in malloc'd memory (never jansson's allocator, which may be the
 * per-case arena); NULL when out of memory. */
static char *dump(const json_t *j, size_t flags) {
  struct strbuf b = {0};
  if (json_dump_callback(j, strbuf_put, &b, flags) != 0 || b.failed || b.p == NULL) {
    free(b.p);
    return NULL;
  }
  return b.p;
}

#define JSONL_FLAGS (JSON_COMPACT | JSON_ENSURE_ASCII | JSON_PRESERVE_ORDER)
#define JSON_FLAGS (JSON_INDENT(2) | JSON_ENSURE_ASCII | JSON_PRESERVE_ORDER)

/* Whether jansson's text of real x at precision p ("%.*g") reads back as x. */
static bool reads_back(double x, int p) {
  char text[40];
  snprintf(text, sizeof text, "%.*g", p, x);
  return strtod(text, NULL) == x;
}

/* The fewest significant digits with which every real in j reads back
 * exactly (1..17): jansson writes all reals of a dump at one precision, so
 * the values keep their shortest text (Python's repr, as the corpus files
 * are written) unless a value of the same case needs more. */
static int precision_at_least(const json_t *j, int p) {
  size_t i;
  const char *key;
  json_t *v;
  switch (json_typeof(j)) {
  case JSON_REAL: {
    double x = json_real_value(j);
    while (p < 17 && !reads_back(x, p)) p++;
    return p;
  }
  case JSON_ARRAY:
    json_array_foreach(j, i, v) p = precision_at_least(v, p);
    return p;
  case JSON_OBJECT:
    json_object_foreach((json_t *)j, key, v) p = precision_at_least(v, p);
    return p;
  default:
    return p;
  }
}

static size_t real_precision(const json_t *j) {
  int p = 1, q;
  /* a value that reads back at p may not at p+1 (rare): settle on a p that
   * suits every value */
  while ((q = precision_at_least(j, p)) != p) p = q;
  return JSON_REAL_PRECISION(p);
}

/* ---------------------------------------------------------------- values */

#define INT_EXACT 9007199254740992.0 /* 2^53: beyond it, integers are strings */

/* Whether decimal text reads back as x of dtype dt the way the case
 * parser reads it: strtod, then rounded to the dtype (float16/32). */
static bool reads_back_as(const char *text, double x, enum ndp_dtype dt) {
  double d = strtod(text, NULL);
  switch (dt) {
  case NDP_FLOAT16:
    return ndp_double_to_half(d) == ndp_double_to_half(x);
  case NDP_FLOAT32:
  case NDP_COMPLEX64:
    return (float)d == (float)x;
  default:
    return d == x;
  }
}

/* A float of dtype dt (x holds its exact value) in data notation. A
 * float16/32 value is written as the shortest decimal that reads back as
 * it in its own precision (0.1f as 0.1, not 0.10000000149011612): the JSON
 * number holds that decimal's double, which the dump writes short too. */
static json_t *float_json(double x, enum ndp_dtype dt) {
  if (isnan(x)) return json_string("nan");
  if (isinf(x)) return json_string(x > 0 ? "inf" : "-inf");
  if (x == 0 && signbit(x)) return json_string("-0.0");
  if (dt != NDP_FLOAT64 && dt != NDP_COMPLEX128) {
    char text[40];
    for (int p = 1; p <= 17; p++) {
      snprintf(text, sizeof text, "%.*g", p, x);
      if (reads_back_as(text, x, dt)) return json_real(strtod(text, NULL));
    }
  }
  return json_real(x);
}

static json_t *elem_json(const struct ndp_elem *e) {
  char text[32];
  switch (ndp_dtype_kind(e->dtype)) {
  case NDP_KIND_BOOL:
    return json_boolean(e->v.b);
  case NDP_KIND_INT:
    if (e->v.i > -(int64_t)INT_EXACT && e->v.i < (int64_t)INT_EXACT)
      return json_integer((json_int_t)e->v.i);
    snprintf(text, sizeof text, "%lld", (long long)e->v.i);
    return json_string(text);
  case NDP_KIND_UINT:
    if (e->v.u < (uint64_t)INT_EXACT) return json_integer((json_int_t)e->v.u);
    snprintf(text, sizeof text, "%llu", (unsigned long long)e->v.u);
    return json_string(text);
  case NDP_KIND_FLOAT:
    return float_json(e->v.f, e->dtype);
  case NDP_KIND_COMPLEX: {
    json_t *c = json_array();
    if (c == NULL || json_array_append_new(c, float_json(e->v.c.re, e->dtype)) != 0 ||
        json_array_append_new(c, float_json(e->v.c.im, e->dtype)) != 0) {
      json_decref(c);
      return NULL;
    }
    return c;
  }
  }
  return NULL;
}

/* t's values in C logical order (new reference; NULL when out of memory). */
static json_t *data_json(const struct ndp_tensor *t) {
  json_t *a = json_array();
  if (a == NULL) return NULL;
  int64_t n = ndp_tensor_size(t), idx[NDP_MAXDIMS] = {0};
  for (int64_t k = 0; k < n; k++) {
    struct ndp_elem e;
    ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
    if (json_array_append_new(a, elem_json(&e)) != 0) {
      json_decref(a);
      return NULL;
    }
    ndp_index_next(t->ndim, t->shape, idx);
  }
  return a;
}

static json_t *shape_json(int ndim, const int64_t *shape) {
  json_t *a = json_array();
  for (int k = 0; a != NULL && k < ndim; k++)
    if (json_array_append_new(a, json_integer((json_int_t)shape[k])) != 0) {
      json_decref(a);
      a = NULL;
    }
  return a;
}

/* An array expectation as tools/ndp_numpy.py's describe() writes it:
 * dtype, shape, view, data (data only when with_data). */
static json_t *array_expect(const struct ndp_tensor *t, bool view, bool with_data) {
  json_t *o = json_object();
  if (o == NULL) return NULL;
  if (json_object_set_new(o, "dtype", json_string(ndp_dtype_name(t->dtype))) != 0 ||
      json_object_set_new(o, "shape", shape_json(t->ndim, t->shape)) != 0 ||
      json_object_set_new(o, "view", json_boolean(view)) != 0 ||
      (with_data && json_object_set_new(o, "data", data_json(t)) != 0)) {
    json_decref(o);
    return NULL;
  }
  return o;
}

static json_t *error_expect(enum ndp_errclass cls) {
  return json_pack("{s:s}", "error", ndp_errclass_name(cls));
}

/* ---------------------------------------------------------------- what is pinned */

static bool is_comparison(enum ndp_op op) {
  return op == NDP_OP_EQUAL || op == NDP_OP_NOT_EQUAL || op == NDP_OP_LESS ||
         op == NDP_OP_LESS_EQUAL || op == NDP_OP_GREATER || op == NDP_OP_GREATER_EQUAL;
}

/* The tensor an operand of a top-level step stands for, or NULL (a Python
 * scalar, or an operand that is not an array). */
static const struct ndp_tensor *operand_tensor(const struct ndp_case *c,
                                               const struct ndp_step_result *results,
                                               const struct ndp_arg *a) {
  if (a->kind == NDP_ARG_NPSCALAR) return &a->scalar;
  if (a->kind != NDP_ARG_REF || a->slot < 0) return NULL;
  if (a->slot < c->ninputs) return &c->inputs[a->slot].tensor;
  const struct ndp_step_result *r = &results[a->slot - c->ninputs];
  return r->ran && r->status == NDP_OK && r->dataset == NULL ? &r->value : NULL;
}

/* gen_golden.pyint_out_of_range: whether Python int p is outside what an
 * array of dtype dt lets it take. */
static bool pyint_out_of_range(const struct ndp_pyint *p, enum ndp_dtype dt) {
  enum ndp_kind k = ndp_dtype_kind(dt);
  if (k == NDP_KIND_FLOAT || k == NDP_KIND_COMPLEX) return false;
  if (p->huge) return true;
  if (k == NDP_KIND_BOOL) return p->neg ? p->mag > (1ull << 63) : p->mag >= (1ull << 63);
  if (k == NDP_KIND_UINT) {
    int bits = 8 * ndp_dtype_size(dt);
    return p->neg ? p->mag > 0 : bits < 64 && p->mag > (1ull << bits) - 1;
  }
  uint64_t max = (1ull << (8 * ndp_dtype_size(dt) - 1)) - 1;
  return p->neg ? p->mag > max + 1 : p->mag > max;
}

/* A comparison with a Python int out of the other operand's range: not
 * pinned at all (docs/case-format.md, last paragraph). */
static bool unpinned_comparison(const struct ndp_case *c, const struct ndp_step_result *results,
                                const struct ndp_step *s) {
  if (!is_comparison(s->op) || s->nargs != 2) return false;
  for (int i = 0; i < 2; i++) {
    if (s->args[i].kind != NDP_ARG_PYINT) continue;
    const struct ndp_tensor *other = operand_tensor(c, results, &s->args[1 - i]);
    if (other != NULL && pyint_out_of_range(&s->args[i].pyint, other->dtype)) return true;
  }
  return false;
}

/* gen_golden._float_to_int_undefined for one real value. */
static bool real_to_int_undefined(double x, enum ndp_dtype target) {
  if (!isfinite(x)) return true;
  double t = trunc(x);
  int bits = 8 * ndp_dtype_size(target);
  if (ndp_dtype_kind(target) == NDP_KIND_UINT) return t < 0 || t >= ldexp(1.0, bits);
  return t < -ldexp(1.0, bits - 1) || t >= ldexp(1.0, bits - 1);
}

static bool tensor_to_int_undefined(const struct ndp_tensor *t, enum ndp_dtype target) {
  enum ndp_kind k = ndp_dtype_kind(t->dtype);
  if (k != NDP_KIND_FLOAT && k != NDP_KIND_COMPLEX) return false;
  int64_t n = ndp_tensor_size(t), idx[NDP_MAXDIMS] = {0};
  for (int64_t i = 0; i < n; i++) {
    struct ndp_elem e;
    ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
    if (real_to_int_undefined(k == NDP_KIND_FLOAT ? e.v.f : e.v.c.re, target)) return true;
    ndp_index_next(t->ndim, t->shape, idx);
  }
  return false;
}

/* gen_golden.data_platform_defined: a conversion to an integer dtype (astype,
 * or a ufunc's or reduction's dtype=) that meets a value C leaves undefined,
 * in any operand (astype: its one operand). */
static bool data_platform_defined(const struct ndp_case *c, const struct ndp_step_result *results,
                                  const struct ndp_step *s) {
  if (!s->has_dtype) return false;
  enum ndp_kind tk = ndp_dtype_kind(s->dtype);
  if (tk != NDP_KIND_INT && tk != NDP_KIND_UINT) return false;
  int n = s->op == NDP_OP_ASTYPE ? 1 : s->nargs;
  for (int i = 0; i < n; i++) {
    const struct ndp_arg *a = &s->args[i];
    if (a->kind == NDP_ARG_PYFLOAT && real_to_int_undefined(a->f, s->dtype)) return true;
    if (a->kind == NDP_ARG_PYCOMPLEX && real_to_int_undefined(a->re, s->dtype)) return true;
    const struct ndp_tensor *t = operand_tensor(c, results, a);
    if (t != NULL && tensor_to_int_undefined(t, s->dtype)) return true;
  }
  return false;
}

/* ---------------------------------------------------------------- expectations */

static bool shares_input(const struct ndp_case *c, const struct ndp_tensor *t) {
  for (int q = 0; q < c->ninputs; q++)
    if (ndp_tensor_shares_memory(t, &c->inputs[q].tensor)) return true;
  return false;
}

/* How much data is pinned. gen_golden pins every value of arrays of up to
 * 4096 elements (its largest); a case over a real-sized input (the
 * scenarios: a (1000, 256) array, 4000-value masks in every element) would
 * otherwise carry megabytes of values that its dtypes, shapes and counts
 * already pin. Arrays: data when they have at most MAX_DATA values.
 * Datasets: the first MAX_ELEMENTS elements (then "...", which leaves the
 * rest unpinned), with the data of their components while the step's
 * values stay within MAX_DATA. */
#define MAX_DATA 4096
#define MAX_ELEMENTS 64

/* A dataset step's expectation: count and its elements, or the error that
 * iterating it met. The original expectation's element_spec is kept. */
static enum ndp_status dataset_expect(const struct ndp_case *c, const struct ndp_step *s,
                                      const struct ndp_step_result *r, json_t **out,
                                      struct ndp_error *err) {
  *out = NULL;
  if (r->status != NDP_OK || r->dataset == NULL) {
    *out = error_expect(r->err.cls);
    return *out != NULL ? NDP_OK : ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  json_t *o = json_object(), *els = json_array();
  const json_t *old = json_object_get(json_object_get(c->json, "expect"), s->id);
  const json_t *spec = json_object_get(old, "element_spec");
  if (o == NULL || els == NULL ||
      json_object_set_new(o, "count", json_integer((json_int_t)r->count)) != 0 ||
      (spec != NULL && json_object_set(o, "element_spec", (json_t *)spec) != 0)) {
    json_decref(o);
    json_decref(els);
    return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  struct ndp_ds_iter *it = NULL;
  int64_t budget = MAX_DATA;
  enum ndp_status st = ndp_ds_iter_open(r->dataset, &it, err);
  for (int64_t i = 0; st == NDP_OK; i++) {
    if (i == MAX_ELEMENTS) {
      if (i < r->count && json_array_append_new(els, json_string("...")) != 0)
        st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
      break;
    }
    struct ndp_element el;
    bool done = false;
    int64_t bytes = 0;
    struct ndp_error ierr = {0};
    st = ndp_ds_iter_next(it, &el, &done, &bytes, &ierr);
    if (st != NDP_OK) {
      /* it ran once already without failing */
      st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE,
                         "step %s: iterating the dataset again failed: %s", s->id, ierr.msg);
      break;
    }
    if (done) break;
    json_t *comps = json_array();
    for (int k = 0; comps != NULL && k < el.n; k++) {
      int64_t n = ndp_tensor_size(&el.c[k]);
      bool with_data = n <= budget;
      if (with_data) budget -= n;
      if (json_array_append_new(
              comps, array_expect(&el.c[k], shares_input(c, &el.c[k]), with_data)) != 0) {
        json_decref(comps);
        comps = NULL;
      }
    }
    ndp_element_release(&el);
    if (comps == NULL || json_array_append_new(els, comps) != 0)
      st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  ndp_ds_iter_close(it);
  if (st == NDP_OK && json_object_set_new(o, "elements", els) != 0)
    st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  else if (st != NDP_OK)
    json_decref(els);
  if (st != NDP_OK) {
    json_decref(o);
    return st;
  }
  *out = o;
  return NDP_OK;
}

/* The expect block of case c from its results (new reference in *out). */
static enum ndp_status expect_block(const struct ndp_case *c, const struct ndp_step_result *results,
                                    json_t **out, struct ndp_error *err) {
  json_t *block = json_object();
  if (block == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  enum ndp_status st = NDP_OK;
  for (int i = 0; i < c->nsteps && st == NDP_OK; i++) {
    const struct ndp_step *s = &c->steps[i];
    const struct ndp_step_result *r = &results[i];
    if (!r->ran) continue; /* an operand failed: nothing to pin */
    json_t *e = NULL;
    if (ndp_op_class(s->op) == NDP_OPC_DATASET) {
      st = dataset_expect(c, s, r, &e, err);
      if (st != NDP_OK) break;
    } else if (unpinned_comparison(c, results, s)) {
      continue; /* whether it fails or answers (gen_golden's nopin) */
    } else if (r->status != NDP_OK) {
      e = error_expect(r->err.cls);
    } else {
      e = array_expect(&r->value, r->view,
                       ndp_tensor_size(&r->value) <= MAX_DATA &&
                           !data_platform_defined(c, results, s));
    }
    if (e == NULL || json_object_set_new(block, s->id, e) != 0)
      st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  if (st != NDP_OK) {
    json_decref(block);
    return st;
  }
  *out = block;
  return NDP_OK;
}

/* The case object of c with `expect` replaced (appended when absent): a new
 * object sharing c->json's other values. */
static json_t *captured_case(const struct ndp_case *c, json_t *expect) {
  json_t *o = json_object();
  if (o == NULL) return NULL;
  const char *key;
  json_t *val;
  bool placed = false;
  json_object_foreach(c->json, key, val) {
    bool is_expect = strcmp(key, "expect") == 0;
    if (json_object_set(o, key, is_expect ? expect : val) != 0) {
      json_decref(o);
      return NULL;
    }
    placed = placed || is_expect;
  }
  if (!placed && json_object_set(o, "expect", expect) != 0) {
    json_decref(o);
    return NULL;
  }
  return o;
}

/* ---------------------------------------------------------------- files */

struct item {
  int line;
  char *name;
  char *text; /* the captured case, compact; NULL: keep the original */
};

struct capture {
  struct ndp_backend *be;
  const char *backend_name;
  const char *out_dir;
  bool quiet;
  const char *root; /* the PATH being loaded */
  bool root_is_dir;
  char *file; /* the file whose cases are being collected (owned) */
  int nitems, capitems;
  struct item *items;
  char **written; /* output paths written so far */
  int nwritten, capwritten;
  long cases, files;
  bool internal, failed_write;
};

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

static char *dupstr(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  if (d != NULL) memcpy(d, s, n);
  return d;
}

/* mkdir -p of the directory part of path. */
static bool make_parents(const char *path) {
  char *p = dupstr(path);
  if (p == NULL) return false;
  bool ok = true;
  for (char *q = p + 1; *q != '\0' && ok; q++) {
    if (*q != '/') continue;
    *q = '\0';
    if (mkdir(p, 0777) != 0 && errno != EEXIST) ok = false;
    *q = '/';
  }
  free(p);
  return ok;
}

/* The output path of source file src: DIR/relative path (owned). */
static char *out_path(const struct capture *cp, const char *src) {
  const char *rel;
  size_t rl = strlen(cp->root);
  if (cp->root_is_dir && strncmp(src, cp->root, rl) == 0) {
    rel = src + rl;
    while (*rel == '/') rel++;
  } else {
    rel = strrchr(src, '/');
    rel = rel != NULL ? rel + 1 : src;
  }
  size_t n = strlen(cp->out_dir) + strlen(rel) + 2;
  char *o = malloc(n);
  if (o != NULL) snprintf(o, n, "%s/%s", cp->out_dir, rel);
  return o;
}

static char *read_all(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  struct strbuf b = {0};
  char chunk[65536];
  size_t got;
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) strbuf_put(chunk, got, &b);
  bool bad = ferror(f) != 0 || b.failed;
  fclose(f);
  if (bad) {
    free(b.p);
    return NULL;
  }
  if (b.p == NULL) b.p = calloc(1, 1);
  *size = b.n;
  return b.p;
}

static const struct item *item_named(const struct capture *cp, const char *name) {
  for (int k = 0; k < cp->nitems; k++)
    if (cp->items[k].name != NULL && name != NULL && strcmp(cp->items[k].name, name) == 0)
      return &cp->items[k];
  return NULL;
}

/* The .json file src with its captured cases, as text (owned). */
static char *json_file_text(const struct capture *cp, const char *src) {
  json_error_t jerr;
  json_t *root = json_load_file(src, 0, &jerr);
  if (root == NULL) return NULL;
  json_t *cases = json_object_get(root, "cases");
  char *text = NULL;
  if (json_is_array(cases)) {
    bool ok = true;
    for (size_t k = 0; k < json_array_size(cases) && ok; k++) {
      const struct item *x =
          item_named(cp, json_string_value(json_object_get(json_array_get(cases, k), "name")));
      if (x == NULL || x->text == NULL) continue;
      json_t *cj = json_loads(x->text, 0, &jerr);
      ok = cj != NULL && json_array_set_new(cases, k, cj) == 0;
    }
    if (ok) text = dump(root, JSON_FLAGS | real_precision(root));
  } else if (cp->nitems == 1 && cp->items[0].text != NULL) {
    json_t *cj = json_loads(cp->items[0].text, 0, &jerr);
    if (cj != NULL) text = dump(cj, JSON_FLAGS | real_precision(cj));
    json_decref(cj);
  }
  json_decref(root);
  return text;
}

/* The .jsonl file src with its captured case lines, as text (owned). */
static char *jsonl_file_text(const struct capture *cp, const char *src) {
  size_t size = 0;
  char *buf = read_all(src, &size);
  if (buf == NULL) return NULL;
  struct strbuf b = {0};
  size_t pos = 0;
  int lineno = 0, k = 0;
  while (pos < size) {
    const char *line = buf + pos;
    const char *nl = memchr(line, '\n', size - pos);
    size_t len = nl != NULL ? (size_t)(nl - line) : size - pos;
    pos += len + (nl != NULL ? 1 : 0);
    lineno++;
    while (k < cp->nitems && cp->items[k].line < lineno) k++;
    if (k < cp->nitems && cp->items[k].line == lineno && cp->items[k].text != NULL)
      strbuf_put(cp->items[k].text, strlen(cp->items[k].text), &b);
    else
      strbuf_put(line, len, &b);
    strbuf_put("\n", 1, &b);
  }
  free(buf);
  if (b.failed) {
    free(b.p);
    return NULL;
  }
  if (b.p == NULL) b.p = calloc(1, 1);
  return b.p;
}

static void items_clear(struct capture *cp) {
  for (int k = 0; k < cp->nitems; k++) {
    free(cp->items[k].name);
    free(cp->items[k].text);
  }
  cp->nitems = 0;
}

/* Writes the current file's captured version and forgets its cases. */
static void finish_file(struct capture *cp) {
  if (cp->file == NULL) return;
  char *dst = out_path(cp, cp->file);
  char *text =
      ends_with(cp->file, ".jsonl") ? jsonl_file_text(cp, cp->file) : json_file_text(cp, cp->file);
  bool ok = dst != NULL && text != NULL;
  if (ok) {
    for (int k = 0; k < cp->nwritten; k++) {
      if (strcmp(cp->written[k], dst) == 0) {
        fprintf(stderr,
                "ndparity capture: %s: not written: %s was already written from another "
                "file of the same name\n",
                cp->file, dst);
        ok = false;
        cp->failed_write = true;
        break;
      }
    }
  } else {
    fprintf(stderr,
            "ndparity capture: %s: cannot build the captured file (out of memory, or "
            "the file changed while it was read)\n",
            cp->file);
    cp->internal = true;
  }
  if (ok) {
    /* written beside, then renamed: DIR may be PATH itself */
    size_t n = strlen(dst) + 5;
    char *tmp = malloc(n);
    FILE *f = NULL;
    if (tmp != NULL) snprintf(tmp, n, "%s.tmp", dst);
    if (tmp == NULL || !make_parents(dst) || (f = fopen(tmp, "wb")) == NULL) {
      fprintf(stderr, "ndparity capture: cannot write %s: %s\n", dst, strerror(errno));
      cp->failed_write = true;
    } else {
      size_t len = strlen(text);
      bool w = fwrite(text, 1, len, f) == len;
      if (!ends_with(cp->file, ".jsonl")) w = w && fputc('\n', f) != EOF;
      w = fclose(f) == 0 && w;
      if (!w || rename(tmp, dst) != 0) {
        fprintf(stderr, "ndparity capture: cannot write %s: %s\n", dst, strerror(errno));
        remove(tmp);
        cp->failed_write = true;
      } else {
        cp->files++;
        if (cp->nwritten == cp->capwritten) {
          int cap = cp->capwritten ? cp->capwritten * 2 : 16;
          char **nw = realloc(cp->written, sizeof *nw * (size_t)cap);
          if (nw != NULL) {
            cp->written = nw;
            cp->capwritten = cap;
          }
        }
        if (cp->nwritten < cp->capwritten) {
          cp->written[cp->nwritten++] = dst;
          dst = NULL;
        }
      }
    }
    free(tmp);
  }
  free(dst);
  free(text);
  items_clear(cp);
  free(cp->file);
  cp->file = NULL;
}

static enum ndp_status add_item(struct capture *cp, int line, const char *name, char *text,
                                struct ndp_error *err) {
  if (cp->nitems == cp->capitems) {
    int cap = cp->capitems ? cp->capitems * 2 : 64;
    struct item *ni = realloc(cp->items, sizeof *ni * (size_t)cap);
    if (ni == NULL) {
      free(text);
      return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    }
    cp->items = ni;
    cp->capitems = cap;
  }
  char *nm = dupstr(name);
  if (nm == NULL) {
    free(text);
    return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  cp->items[cp->nitems++] = (struct item){line, nm, text};
  return NDP_OK;
}

/* The corpus loader's on_case: runs c, keeps its captured text. Inside a
 * .jsonl line's JSON arena: every JSON value made here is freed here. */
static enum ndp_status on_case(void *ctx, struct ndp_case *c, struct ndp_error *err) {
  struct capture *cp = ctx;
  if (cp->file == NULL || strcmp(cp->file, c->file) != 0) {
    finish_file(cp);
    if ((cp->file = dupstr(c->file)) == NULL)
      return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  cp->cases++;
  struct ndp_step_result *results = calloc((size_t)c->nsteps, sizeof *results);
  if (results == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  struct ndp_error e = {0};
  enum ndp_status st = ndp_run_case(cp->be, c, results, &e);
  json_t *expect = NULL, *obj = NULL;
  char *text = NULL;
  if (st == NDP_OK) st = expect_block(c, results, &expect, &e);
  if (st == NDP_OK) {
    obj = captured_case(c, expect);
    text = obj != NULL ? dump(obj, JSONL_FLAGS | real_precision(obj)) : NULL;
    if (text == NULL) st = ndp_error_set(&e, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  json_decref(obj);
  json_decref(expect);
  ndp_step_results_release(c->nsteps, results);
  free(results);
  if (st == NDP_ENOMEM) {
    *err = e;
    return st;
  }
  if (st != NDP_OK) {
    fprintf(stderr, "%s:%d: case \"%s\": internal error, kept as it was: %s\n", c->file, c->line,
            c->name, e.msg);
    cp->internal = true;
  }
  return add_item(cp, c->line, c->name, text, err);
}

/* ---------------------------------------------------------------- main */

int ndp_capture_main(int argc, char **argv) {
  const char *backend = "numpy", *out_dir = NULL;
  bool quiet = false;
  const char **paths = calloc((size_t)argc + 1, sizeof *paths);
  int npaths = 0;
  if (paths == NULL) return EXIT_INTERNAL;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i], *val = NULL;
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(usage, stdout);
      free(paths);
      return EXIT_PASS;
    }
    if (strncmp(a, "--backend=", 10) == 0 || strncmp(a, "--out=", 6) == 0) {
      val = strchr(a, '=') + 1;
    } else if (strcmp(a, "--backend") == 0 || strcmp(a, "--out") == 0) {
      if (i + 1 >= argc) {
        fprintf(stderr, "ndparity capture: %s needs a value\n%s", a, usage);
        free(paths);
        return EXIT_USAGE;
      }
      val = argv[++i];
    }
    if (val != NULL) {
      if (strncmp(a, "--backend", 9) == 0)
        backend = val;
      else
        out_dir = val;
    } else if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) {
      quiet = true;
    } else if (a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "ndparity capture: unknown option %s\n%s", a, usage);
      free(paths);
      return EXIT_USAGE;
    } else {
      paths[npaths++] = a;
    }
  }
  if (out_dir == NULL || out_dir[0] == '\0' || npaths == 0) {
    fprintf(stderr, "ndparity capture: %s\n%s",
            out_dir == NULL || out_dir[0] == '\0' ? "--out DIR is required"
                                                  : "no cases given (PATH...)",
            usage);
    free(paths);
    return EXIT_USAGE;
  }
  struct ndp_error err = {0};
  struct capture cp;
  memset(&cp, 0, sizeof cp);
  cp.backend_name = backend;
  cp.out_dir = out_dir;
  cp.quiet = quiet;
  if (ndp_backend_open(backend, &cp.be, &err) != NDP_OK) {
    fprintf(stderr, "ndparity capture: %s\n", err.msg);
    free(paths);
    return EXIT_USAGE;
  }
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  corpus.on_case = on_case;
  corpus.ctx = &cp;
  enum ndp_status st = NDP_OK;
  for (int i = 0; i < npaths && st == NDP_OK; i++) {
    struct stat sb;
    cp.root = paths[i];
    cp.root_is_dir = stat(paths[i], &sb) == 0 && S_ISDIR(sb.st_mode);
    st = ndp_corpus_load_path(&corpus, paths[i], &err);
    finish_file(&cp); /* the last file of this PATH */
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  int code = EXIT_PASS;
  if (st != NDP_OK) {
    fprintf(stderr, "ndparity capture: %s\n", err.msg);
    code = EXIT_INTERNAL;
  }
  if (!quiet)
    for (int k = 0; k < corpus.nerrors; k++) ndp_load_error_print(&corpus.errors[k], stderr);
  double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
  printf("ndparity capture --backend %s: %ld cases captured into %ld files under %s, %d input "
         "errors (%.3f s)\n",
         backend, cp.cases, cp.files, out_dir, corpus.nerrors, secs);
  if (code == EXIT_PASS && (cp.internal || cp.failed_write)) code = EXIT_INTERNAL;
  if (code == EXIT_PASS && corpus.nerrors > 0) code = EXIT_USAGE;
  ndp_corpus_reset(&corpus);
  items_clear(&cp);
  free(cp.items);
  free(cp.file);
  for (int k = 0; k < cp.nwritten; k++) free(cp.written[k]);
  free(cp.written);
  ndp_backend_free(cp.be);
  free(paths);
  return code;
}
