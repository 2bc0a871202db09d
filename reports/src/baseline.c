/* Baselines and gating (docs/report-fields.md, "A regression / a fix").
 *
 * A divergence is identified by its fingerprint alone. The baseline is the
 * set of fingerprints of an earlier report.json (its results[].divergences[];
 * its own regressions/fixed lists are ignored, so a report written with a
 * baseline works as a baseline too), each with the first occurrence's kind,
 * message, case and file, how often it occurred and the engine bytes copied
 * over all its occurrences. A gate records a run's divergences in a table of
 * the same shape and compares the two when the run is finished.
 *
 * Both tables are one small open-addressing hash table (linear probing,
 * FNV-1a, at most 70% full). No global state: everything hangs off the
 * baseline or the gate. */
#include "ndparity/baseline.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/classify.h"

/* ---------------------------------------------------------------- table */

/* One fingerprint. The strings live in one owned block that starts at
 * fingerprint; kind .. file point into it (message, case_name and file are
 * NULL when the divergence had none). */
struct entry {
  char *fingerprint;
  const char *kind, *message, *case_name, *file;
  long long count; /* occurrences */
  long long bytes; /* engine bytes copied over all occurrences (saturating) */
};

struct table {
  struct entry *items; /* in insertion order */
  size_t n, cap;
  size_t *slots; /* index + 1 into items; 0 is an empty slot */
  size_t nslots; /* a power of two, or 0 before the first insertion */
};

static uint64_t hash_str(const char *s) {
  uint64_t h = 0xcbf29ce484222325u;
  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= 0x100000001b3u;
  }
  return h;
}

static void table_free(struct table *t) {
  for (size_t i = 0; i < t->n; i++) free(t->items[i].fingerprint);
  free(t->items);
  free(t->slots);
  memset(t, 0, sizeof *t);
}

/* The slot holding fingerprint fp, or the empty slot where it would go. */
static size_t *table_slot(const struct table *t, const char *fp) {
  size_t mask = t->nslots - 1;
  for (size_t i = (size_t)hash_str(fp) & mask;; i = (i + 1) & mask) {
    size_t *s = &t->slots[i];
    if (*s == 0 || strcmp(t->items[*s - 1].fingerprint, fp) == 0) return s;
  }
}

static struct entry *table_find(const struct table *t, const char *fp) {
  if (t->nslots == 0) return NULL;
  size_t *s = table_slot(t, fp);
  return *s ? &t->items[*s - 1] : NULL;
}

static bool table_grow(struct table *t) {
  if (t->nslots > SIZE_MAX / 2 / sizeof *t->slots) return false;
  size_t nslots = t->nslots ? t->nslots * 2 : 64;
  size_t *slots = calloc(nslots, sizeof *slots);
  if (slots == NULL) return false;
  free(t->slots);
  t->slots = slots;
  t->nslots = nslots;
  for (size_t i = 0; i < t->n; i++) *table_slot(t, t->items[i].fingerprint) = i + 1;
  return true;
}

static size_t opt_len(const char *s) {
  return s ? strlen(s) + 1 : 0;
}

static const char *opt_put(char **p, const char *s) {
  if (s == NULL) return NULL;
  size_t n = strlen(s) + 1;
  char *at = *p;
  memcpy(at, s, n);
  *p += n;
  return at;
}

/* The entry of fp, added (with copies of the strings, count and bytes 0)
 * when it is not there yet. NULL when out of memory. */
static struct entry *table_get(struct table *t, const char *fp, const char *kind,
                               const char *message, const char *case_name, const char *file) {
  struct entry *e = table_find(t, fp);
  if (e) return e;
  /* at most 70% full, counting the new entry */
  if ((t->n + 1) > t->nslots / 10 * 7 && !table_grow(t)) return NULL;
  if (t->n == t->cap) {
    if (t->cap > SIZE_MAX / 2 / sizeof *t->items) return NULL;
    size_t cap = t->cap ? t->cap * 2 : 32;
    struct entry *items = realloc(t->items, cap * sizeof *items);
    if (items == NULL) return NULL;
    t->items = items;
    t->cap = cap;
  }
  if (kind == NULL) kind = "";
  size_t size =
      strlen(fp) + 1 + strlen(kind) + 1 + opt_len(message) + opt_len(case_name) + opt_len(file);
  char *block = malloc(size);
  if (block == NULL) return NULL;
  char *p = block;
  e = &t->items[t->n];
  memset(e, 0, sizeof *e);
  e->fingerprint = (char *)opt_put(&p, fp);
  e->kind = opt_put(&p, kind);
  e->message = opt_put(&p, message);
  e->case_name = opt_put(&p, case_name);
  e->file = opt_put(&p, file);
  *table_slot(t, fp) = t->n + 1;
  t->n++;
  return e;
}

static long long add_sat(long long a, long long b) {
  if (b < 0) b = 0;
  return a > LLONG_MAX - b ? LLONG_MAX : a + b;
}

/* ---------------------------------------------------------------- reports */

static const char *json_type_name(const json_t *v) {
  switch (json_typeof(v)) {
  case JSON_OBJECT:
    return "an object";
  case JSON_ARRAY:
    return "an array";
  case JSON_STRING:
    return "a string";
  case JSON_INTEGER:
    return "an integer";
  case JSON_REAL:
    return "a real";
  case JSON_TRUE:
    return "true";
  case JSON_FALSE:
    return "false";
  case JSON_NULL:
    return "null";
  }
  return "?";
}

static enum ndp_status oom(struct ndp_error *err) {
  return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory comparing with a baseline");
}

/* Reads report.json at path with jansson (the whole document: tens of MB are
 * fine). *out is a new reference the caller owns. */
static enum ndp_status load_json(const char *path, json_t **out, struct ndp_error *err) {
  *out = NULL;
  FILE *f = fopen(path, "rb");
  if (f == NULL)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot open report %s: %s", path,
                         strerror(errno));
  json_error_t jerr;
  json_t *root = json_loadf(f, 0, &jerr);
  bool read_failed = ferror(f);
  int saved = errno;
  fclose(f);
  if (root == NULL) {
    if (read_failed)
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot read report %s: %s", path,
                           strerror(saved));
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "%s:%d:%d: not a JSON report: %s (expected an ndparity report.json)", path,
                         jerr.line, jerr.column, jerr.text);
  }
  *out = root;
  return NDP_OK;
}

/* Called once per divergence of a report, in order. */
typedef enum ndp_status (*divergence_fn)(void *ctx, const char *fingerprint, const char *kind,
                                         const char *message, const char *case_name,
                                         const char *file, long long engine_bytes,
                                         struct ndp_error *err);

static const char *opt_string(const json_t *o, const char *key) {
  return json_string_value(json_object_get(o, key));
}

/* Checks that root (borrowed) is an ndparity report and calls fn for each
 * divergence of its results. Messages name path and the offending field. */
static enum ndp_status walk_report(const char *path, const json_t *root, divergence_fn fn,
                                   void *ctx, struct ndp_error *err) {
  if (!json_is_object(root))
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "%s: not an ndparity report: the document is %s, expected an object "
                         "with \"format\": \"ndparity-report\"",
                         path, json_type_name(root));
  const json_t *format = json_object_get(root, "format");
  const char *fs = json_string_value(format);
  if (fs == NULL || strcmp(fs, "ndparity-report") != 0) {
    if (fs)
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                           "%s: not an ndparity report: \"format\" is \"%.64s\", expected "
                           "\"ndparity-report\"",
                           path, fs);
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "%s: not an ndparity report: \"format\" is %s, expected "
                         "\"ndparity-report\"",
                         path, format ? json_type_name(format) : "missing");
  }
  const json_t *version = json_object_get(root, "version");
  if (!json_is_integer(version) || json_integer_value(version) != 1) {
    if (json_is_integer(version))
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                           "%s: report version %lld, expected 1 (written by a newer ndparity?)",
                           path, (long long)json_integer_value(version));
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "%s: \"version\" is %s, expected the integer 1", path,
                         version ? json_type_name(version) : "missing");
  }
  const json_t *results = json_object_get(root, "results");
  if (!json_is_array(results))
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "%s: \"results\" is %s, expected an array of results", path,
                         results ? json_type_name(results) : "missing");
  size_t i, j;
  const json_t *res, *div;
  json_array_foreach(results, i, res) {
    if (!json_is_object(res))
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                           "%s: results[%zu] is %s, expected an object", path, i,
                           json_type_name(res));
    const json_t *divs = json_object_get(res, "divergences");
    if (divs == NULL) continue; /* a hand-trimmed report: no divergences */
    if (!json_is_array(divs))
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                           "%s: results[%zu].divergences is %s, expected an array", path, i,
                           json_type_name(divs));
    const char *case_name = opt_string(res, "case");
    const char *file = opt_string(res, "file");
    json_array_foreach(divs, j, div) {
      if (!json_is_object(div))
        return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                             "%s: results[%zu].divergences[%zu] is %s, expected an object", path, i,
                             j, json_type_name(div));
      const char *fp = opt_string(div, "fingerprint");
      const char *kind = opt_string(div, "kind");
      if (fp == NULL || fp[0] == '\0' || kind == NULL)
        return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                             "%s: results[%zu].divergences[%zu] has no %s, expected a "
                             "non-empty string",
                             path, i, j, fp == NULL || fp[0] == '\0' ? "fingerprint" : "kind");
      long long bytes = 0;
      const json_t *b = json_object_get(json_object_get(div, "engine"), "bytes_copied");
      if (json_is_integer(b)) bytes = (long long)json_integer_value(b);
      NDP_RETURN_NOT_OK(fn(ctx, fp, kind, opt_string(div, "message"), case_name, file, bytes, err));
    }
  }
  return NDP_OK;
}

/* ---------------------------------------------------------------- baseline */

struct ndp_baseline {
  struct table fps;
  long long divergences; /* occurrences */
};

static enum ndp_status baseline_add(void *ctx, const char *fp, const char *kind,
                                    const char *message, const char *case_name, const char *file,
                                    long long engine_bytes, struct ndp_error *err) {
  struct ndp_baseline *b = ctx;
  struct entry *e = table_get(&b->fps, fp, kind, message, case_name, file);
  if (e == NULL) return oom(err);
  e->count++;
  e->bytes = add_sat(e->bytes, engine_bytes);
  b->divergences++;
  return NDP_OK;
}

enum ndp_status ndp_baseline_load(const char *path, struct ndp_baseline **out,
                                  struct ndp_error *err) {
  *out = NULL;
  json_t *root;
  NDP_RETURN_NOT_OK(load_json(path, &root, err));
  struct ndp_baseline *b = calloc(1, sizeof *b);
  if (b == NULL) {
    json_decref(root);
    return oom(err);
  }
  enum ndp_status st = walk_report(path, root, baseline_add, b, err);
  json_decref(root);
  if (st != NDP_OK) {
    ndp_baseline_free(b);
    return st;
  }
  *out = b;
  return NDP_OK;
}

void ndp_baseline_free(struct ndp_baseline *b) {
  if (b == NULL) return;
  table_free(&b->fps);
  free(b);
}

/* ---------------------------------------------------------------- gate */

struct ndp_gate {
  const struct ndp_baseline *base; /* borrowed, may be NULL */
  double tolerance;
  struct table run;
  long long known; /* occurrences observe called known */
  bool failed;     /* an allocation in observe failed: finish reports it */
};

enum ndp_status ndp_gate_new(const struct ndp_baseline *b, double copy_tolerance,
                             struct ndp_gate **out, struct ndp_error *err) {
  *out = NULL;
  if (!(copy_tolerance >= 0.0) || !isfinite(copy_tolerance))
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "copy tolerance %g: expected a fraction >= 0 (0.10 allows 10%% more "
                         "bytes copied than the baseline)",
                         copy_tolerance);
  struct ndp_gate *g = calloc(1, sizeof *g);
  if (g == NULL) return oom(err);
  g->base = b;
  g->tolerance = copy_tolerance;
  *out = g;
  return NDP_OK;
}

void ndp_gate_free(struct ndp_gate *g) {
  if (g == NULL) return;
  table_free(&g->run);
  free(g);
}

const char *ndp_gate_observe(struct ndp_gate *g, const char *fingerprint, const char *kind,
                             const char *message, const char *case_name, const char *file,
                             long long engine_bytes_copied) {
  if (g == NULL || fingerprint == NULL) return "new";
  struct entry *e = table_get(&g->run, fingerprint, kind, message, case_name, file);
  if (e == NULL) {
    g->failed = true;
  } else {
    e->count++;
    e->bytes = add_sat(e->bytes, engine_bytes_copied);
  }
  if (g->base && table_find(&g->base->fps, fingerprint)) {
    g->known++;
    return "known";
  }
  return "new";
}

/* Whether run bytes exceed base bytes by more than tolerance (a fraction of
 * base). Bytes are integers, so "more than tolerance * base" is "more than
 * floor(tolerance * base)"; the product is nudged up by 1e-12 of itself so
 * that 0.1 * 1000 (100.00000000000001 or 99.99999999999999 depending on the
 * operands' rounding) counts as exactly 100: exactly at the tolerance is not
 * a regression. */
static bool more_copies(long long run, long long base, double tolerance) {
  if (run <= base) return false;
  if (base < 0) base = 0;
  long long excess = run - base; /* run > base >= 0: no overflow */
  double allowed = tolerance * (double)base;
  allowed += allowed * 1e-12;
  if (allowed >= 9.0e18) return false; /* beyond any long long excess */
  return excess > (long long)floor(allowed);
}

/* Kinds sort in the classifier's order (the order of summary.by_kind);
 * kinds it does not know (a newer report) after them, by name. */
static int kind_rank(const char *kind) {
  for (int k = 0; k < NDP_DIV_COUNT; k++)
    if (strcmp(kind, ndp_div_kind_name((enum ndp_div_kind)k)) == 0) return k;
  return NDP_DIV_COUNT;
}

static int entry_cmp(const void *pa, const void *pb) {
  const struct entry *a = *(const struct entry *const *)pa;
  const struct entry *b = *(const struct entry *const *)pb;
  int ra = kind_rank(a->kind), rb = kind_rank(b->kind);
  if (ra != rb) return ra < rb ? -1 : 1;
  int c = strcmp(a->kind, b->kind);
  return c ? c : strcmp(a->fingerprint, b->fingerprint);
}

static json_t *str_or_null(const char *s) {
  return s ? json_string(s) : json_null();
}

/* {fingerprint, kind, message, case, file}: the start of a regression or a
 * fix. NULL when out of memory (or a string is not UTF-8). */
static json_t *entry_json(const struct entry *e) {
  json_t *o = json_object();
  if (o == NULL) return NULL;
  int bad = 0;
  bad |= json_object_set_new(o, "fingerprint", json_string(e->fingerprint));
  bad |= json_object_set_new(o, "kind", json_string(e->kind));
  bad |= json_object_set_new(o, "message", str_or_null(e->message));
  bad |= json_object_set_new(o, "case", str_or_null(e->case_name));
  bad |= json_object_set_new(o, "file", str_or_null(e->file));
  if (bad) {
    json_decref(o);
    return NULL;
  }
  return o;
}

static bool is_copy_overhead(const struct entry *e) {
  return strcmp(e->kind, ndp_div_kind_name(NDP_DIV_COPY_OVERHEAD)) == 0;
}

/* Appends the run's regressions to arr, sorted: fingerprints the baseline
 * lacks (reason "new") and copy-overhead fingerprints that copy more than it
 * recorded, beyond the tolerance ("more-copies"). */
static enum ndp_status regressions_json(const struct ndp_gate *g, json_t *arr,
                                        struct ndp_error *err) {
  const struct table *run = &g->run;
  const struct entry **list = run->n ? malloc(run->n * sizeof *list) : NULL;
  if (run->n && list == NULL) return oom(err);
  size_t n = 0;
  for (size_t i = 0; i < run->n; i++) {
    const struct entry *e = &run->items[i];
    const struct entry *b = g->base ? table_find(&g->base->fps, e->fingerprint) : NULL;
    if (b == NULL || (is_copy_overhead(e) && more_copies(e->bytes, b->bytes, g->tolerance)))
      list[n++] = e;
  }
  if (n > 1) qsort(list, n, sizeof *list, entry_cmp);
  for (size_t i = 0; i < n; i++) {
    const struct entry *e = list[i];
    const struct entry *b = g->base ? table_find(&g->base->fps, e->fingerprint) : NULL;
    json_t *o = entry_json(e);
    int bad = o == NULL;
    if (!bad) {
      bad |= json_object_set_new(o, "reason", json_string(b ? "more-copies" : "new"));
      bad |= json_object_set_new(o, "count", json_integer(e->count));
      if (is_copy_overhead(e)) {
        bad |= json_object_set_new(o, "bytes", json_integer(e->bytes));
        bad |= json_object_set_new(o, "baseline_bytes", json_integer(b ? b->bytes : 0));
      }
      bad |= json_array_append_new(arr, o);
    }
    if (bad) {
      free(list);
      return oom(err);
    }
  }
  free(list);
  return NDP_OK;
}

static enum ndp_status fixed_json(const struct ndp_gate *g, json_t *arr, struct ndp_error *err) {
  if (g->base == NULL) return NDP_OK;
  const struct table *base = &g->base->fps;
  const struct entry **list = base->n ? malloc(base->n * sizeof *list) : NULL;
  if (base->n && list == NULL) return oom(err);
  size_t n = 0;
  for (size_t i = 0; i < base->n; i++)
    if (table_find(&g->run, base->items[i].fingerprint) == NULL) list[n++] = &base->items[i];
  if (n > 1) qsort(list, n, sizeof *list, entry_cmp);
  for (size_t i = 0; i < n; i++) {
    json_t *o = entry_json(list[i]);
    int bad = o == NULL;
    if (!bad) {
      /* how often the baseline had it (the run has it 0 times) */
      bad |= json_object_set_new(o, "count", json_integer(list[i]->count));
      bad |= json_array_append_new(arr, o);
    }
    if (bad) {
      free(list);
      return oom(err);
    }
  }
  free(list);
  return NDP_OK;
}

enum ndp_status ndp_gate_finish(struct ndp_gate *g, json_t **regressions, json_t **fixed,
                                struct ndp_error *err) {
  *regressions = NULL;
  *fixed = NULL;
  if (g->failed) return oom(err);
  json_t *r = json_array();
  json_t *f = json_array();
  enum ndp_status st = r && f ? NDP_OK : oom(err);
  if (st == NDP_OK) st = regressions_json(g, r, err);
  if (st == NDP_OK) st = fixed_json(g, f, err);
  if (st != NDP_OK) {
    json_decref(r);
    json_decref(f);
    return st;
  }
  *regressions = r;
  *fixed = f;
  return NDP_OK;
}

/* ---------------------------------------------------------------- diff */

static enum ndp_status diff_observe(void *ctx, const char *fp, const char *kind,
                                    const char *message, const char *case_name, const char *file,
                                    long long engine_bytes, struct ndp_error *err) {
  struct ndp_gate *g = ctx;
  (void)ndp_gate_observe(g, fp, kind, message, case_name, file, engine_bytes);
  return g->failed ? oom(err) : NDP_OK;
}

/* Prints s on one line: control characters (a newline in a message) become
 * spaces. */
static void put_line_text(FILE *out, const char *s) {
  for (; s && *s; s++) fputc((unsigned char)*s < 0x20 ? ' ' : *s, out);
}

static void print_item(FILE *out, const char *label, const json_t *o, double tolerance) {
  fprintf(out, "%-10s  %-14s  %s  ", label, opt_string(o, "kind"), opt_string(o, "fingerprint"));
  const char *reason = opt_string(o, "reason");
  if (reason && strcmp(reason, "more-copies") == 0) {
    long long bytes = (long long)json_integer_value(json_object_get(o, "bytes"));
    long long base = (long long)json_integer_value(json_object_get(o, "baseline_bytes"));
    fprintf(out, "more copies: %lld bytes where the baseline copied %lld", bytes, base);
    if (base > 0)
      fprintf(out, " (+%.1f%%, tolerance %g%%)", 100.0 * (double)(bytes - base) / (double)base,
              100.0 * tolerance);
    fputs(": ", out);
  }
  put_line_text(out, opt_string(o, "message"));
  const char *case_name = opt_string(o, "case");
  if (case_name) {
    fputs(" (", out);
    put_line_text(out, case_name);
    fputc(')', out);
  }
  long long count = (long long)json_integer_value(json_object_get(o, "count"));
  if (reason && count > 1) fprintf(out, " [%lld times]", count);
  fputc('\n', out);
}

int ndp_report_diff(const char *old_path, const char *new_path, double copy_tolerance, FILE *out,
                    struct ndp_error *err) {
  struct ndp_baseline *old = NULL;
  struct ndp_gate *g = NULL;
  json_t *root = NULL, *regs = NULL, *fixed = NULL;
  enum ndp_status st = ndp_baseline_load(old_path, &old, err);
  if (st == NDP_OK) st = ndp_gate_new(old, copy_tolerance, &g, err);
  if (st == NDP_OK) st = load_json(new_path, &root, err);
  if (st == NDP_OK) st = walk_report(new_path, root, diff_observe, g, err);
  if (st == NDP_OK) st = ndp_gate_finish(g, &regs, &fixed, err);
  int code = 2;
  if (st == NDP_OK) {
    size_t nr = json_array_size(regs), nf = json_array_size(fixed);
    fprintf(out, "ndparity diff %s %s: %zu regression%s, %zu fixed, %lld known\n", old_path,
            new_path, nr, nr == 1 ? "" : "s", nf, g->known);
    size_t i;
    const json_t *o;
    json_array_foreach(regs, i, o) print_item(out, "regression", o, copy_tolerance);
    json_array_foreach(fixed, i, o) print_item(out, "fixed", o, copy_tolerance);
    fprintf(out, "known: %lld\n", g->known);
    code = nr > 0 ? 1 : 0;
  }
  json_decref(regs);
  json_decref(fixed);
  json_decref(root);
  ndp_gate_free(g);
  ndp_baseline_free(old);
  return code;
}
