/* report.html: one self-contained page (inline CSS and JavaScript, no
 * network, opens from disk) built from the report's head and its JSON Lines
 * results.
 *
 * The results are read once, one line at a time. Each line is parsed with
 * jansson and folded into aggregates: divergences by fingerprint, the
 * promotion matrix, bytes copied by op and the largest crossings,
 * expectation failures, input errors and notes. The first MAX_FULL_CASES
 * cases that did not pass are copied into the page verbatim (reproducers
 * included). Every list is capped, so memory is bounded by the caps and not
 * by the number of results, and a run of 100,000 cases makes a page that
 * opens as fast as one of 100: the page embeds the data as three JSON blocks
 * (<script type="application/json" id="ndp-head" / "ndp-cases" /
 * "ndp-data">) and renders it with plain JavaScript, one table page (100
 * rows) at a time. Inside those blocks "</" is written "<\/" and "<!" as
 * "\u003c!", so no string in the data can end the element early. */
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ndparity/report_writers.h"
#include "report_html_assets.h"

/* Cases that did not pass embedded in full, and the bytes they may take. */
#define MAX_FULL_CASES 2000
#define MAX_FULL_BYTES ((size_t)32 << 20)
/* Distinct fingerprints kept; divergences beyond are only counted. */
#define MAX_FINGERPRINTS 20000
/* Examples kept for fingerprints first seen past the embedded cases. */
#define MAX_EXAMPLE_BYTES ((size_t)8 << 20)
/* Rows of the expectation failure, input error and note lists. */
#define MAX_LIST_ROWS 5000
/* Promotion cells (op x a x b) kept. */
#define MAX_PROMOTION_CELLS 50000
/* Distinct results kept per promotion cell. */
#define MAX_OUTCOMES 4
/* Entries of the "largest excess" charts. */
#define TOP_N 25

/* ------------------------------------------------------------ output */

/* The page being written. Write errors are sticky in the FILE and checked
 * once at the end. */
struct out {
  FILE *f;
  bool lt; /* a '<' of the JSON being escaped is held back */
};

static void put(struct out *o, const char *s) {
  fputs(s, o->f);
}

/* Text for HTML element content and attribute values. */
static void put_html(struct out *o, const char *s) {
  for (; *s; s++) {
    switch (*s) {
    case '&':
      fputs("&amp;", o->f);
      break;
    case '<':
      fputs("&lt;", o->f);
      break;
    case '>':
      fputs("&gt;", o->f);
      break;
    case '"':
      fputs("&quot;", o->f);
      break;
    default:
      fputc(*s, o->f);
    }
  }
}

/* JSON text inside a <script> element. A '<' can only occur inside a JSON
 * string, where "\/" and "\u003c" mean the same as "/" and "<": "</" becomes
 * "<\/" (no "</script>") and "<!" becomes "\u003c!" (no "<!--", which would
 * change how the HTML parser looks for the end tag). The state carries
 * across calls, so chunks may split anywhere. */
static void put_json_chunk(struct out *o, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (o->lt) {
      o->lt = false;
      if (c == '/') {
        fputs("<\\/", o->f);
        continue;
      }
      fputs(c == '!' ? "\\u003c" : "<", o->f);
    }
    if (c == '<')
      o->lt = true;
    else
      fputc(c, o->f);
  }
}

static void put_json_end(struct out *o) {
  if (o->lt) fputc('<', o->f);
  o->lt = false;
}

static int dump_cb(const char *buf, size_t size, void *data) {
  put_json_chunk(data, buf, size);
  return 0;
}

/* Returns 0, or -1 when jansson could not encode j (out of memory). */
static int put_json(struct out *o, const json_t *j) {
  int rc =
      json_dump_callback(j, dump_cb, o, JSON_COMPACT | JSON_REAL_PRECISION(17) | JSON_ENCODE_ANY);
  put_json_end(o);
  return rc;
}

/* ------------------------------------------------------------ JSON helpers */

static const char *str_field(const json_t *o, const char *key) {
  return json_string_value(json_object_get(o, key)); /* NULL unless a string */
}

static long long int_field(const json_t *o, const char *key) {
  const json_t *v = json_object_get(o, key);
  return json_is_integer(v) ? (long long)json_integer_value(v) : 0;
}

static long long sat_add(long long a, long long b) {
  if (b > 0 && a > LLONG_MAX - b) return LLONG_MAX;
  if (b < 0 && a < LLONG_MIN - b) return LLONG_MIN;
  return a + b;
}

static long long sat_sub(long long a, long long b) {
  if (b == LLONG_MIN) return a >= 0 ? LLONG_MAX : a - b; /* a - b = a + 2^63 */
  return sat_add(a, -b);
}

/* Adds delta to the integer member key of o (created at 0). Returns 0 on
 * success. */
static int bump(json_t *o, const char *key, long long delta) {
  json_t *v = json_object_get(o, key);
  if (json_is_integer(v)) return json_integer_set(v, sat_add(json_integer_value(v), delta));
  return json_object_set_new(o, key, json_integer(delta));
}

/* A string member, or null when absent. */
static json_t *str_or_null(const json_t *o, const char *key) {
  const char *s = str_field(o, key);
  return s ? json_string(s) : json_null();
}

/* ------------------------------------------------------------ aggregates */

struct agg {
  long long results, pass, diverged, expect_failed, input_error, crash, timeout, other;
  long long divergences, fp_overflow;
  json_t *by_kind; /* kind -> count */
  json_t *fp_map;  /* fingerprint -> aggregate (also in fps) */
  json_t *fps;     /* aggregates in order of first appearance */
  size_t example_bytes;
  json_t *promo_map; /* "op\x1f" "a\x1f" "b" -> cell (also in promo) */
  json_t *promo;
  json_t *cross_map; /* op -> {op, n, engine, oracle} (also in cross_ops) */
  json_t *cross_ops;
  json_t *top_cross;               /* at most TOP_N {case, step, op, engine, oracle, excess} */
  json_t *top_cases;               /* at most TOP_N {case, file, line, engine, oracle, excess} */
  json_t *expect, *inputs, *notes; /* capped rows */
  long long expect_total, inputs_total, notes_total;
  long embedded; /* cases written into ndp-cases */
  size_t embedded_bytes;
  long long not_embedded;
};

static void agg_free(struct agg *a) {
  json_t **all[] = {&a->by_kind,   &a->fp_map,    &a->fps,       &a->promo_map,
                    &a->promo,     &a->cross_map, &a->cross_ops, &a->top_cross,
                    &a->top_cases, &a->expect,    &a->inputs,    &a->notes};
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
    json_decref(*all[i]);
    *all[i] = NULL;
  }
}

static bool agg_init(struct agg *a) {
  memset(a, 0, sizeof *a);
  a->by_kind = json_object();
  a->fp_map = json_object();
  a->fps = json_array();
  a->promo_map = json_object();
  a->promo = json_array();
  a->cross_map = json_object();
  a->cross_ops = json_array();
  a->top_cross = json_array();
  a->top_cases = json_array();
  a->expect = json_array();
  a->inputs = json_array();
  a->notes = json_array();
  if (!a->by_kind || !a->fp_map || !a->fps || !a->promo_map || !a->promo || !a->cross_map ||
      !a->cross_ops || !a->top_cross || !a->top_cases || !a->expect || !a->inputs || !a->notes) {
    agg_free(a);
    return false;
  }
  return true;
}

/* Keeps item (consumed) among the TOP_N of top with the largest "excess". */
static int top_offer(json_t *top, json_t *item) {
  if (item == NULL) return -1;
  long long ex = int_field(item, "excess");
  if (json_array_size(top) < TOP_N) return json_array_append_new(top, item);
  size_t min_i = 0;
  long long min_ex = LLONG_MAX;
  for (size_t i = 0; i < json_array_size(top); i++) {
    long long e = int_field(json_array_get(top, i), "excess");
    if (e < min_ex) {
      min_ex = e;
      min_i = i;
    }
  }
  if (ex <= min_ex) {
    json_decref(item);
    return 0;
  }
  return json_array_set_new(top, min_i, item);
}

/* The example kept for a fingerprint first seen in a case that is not
 * embedded: the case's identity, this divergence and the reproducer. */
static json_t *example_of(const json_t *r, const json_t *d) {
  json_t *ex = json_object();
  json_t *divs = json_array();
  if (ex == NULL || divs == NULL) {
    json_decref(ex);
    json_decref(divs);
    return NULL;
  }
  int bad = json_array_append(divs, (json_t *)d);
  bad |= json_object_set_new(ex, "case", str_or_null(r, "case"));
  bad |= json_object_set_new(ex, "file", str_or_null(r, "file"));
  bad |= json_object_set_new(ex, "line", json_integer(int_field(r, "line")));
  bad |= json_object_set_new(ex, "status", str_or_null(r, "status"));
  bad |= json_object_set_new(ex, "divergences", divs);
  json_t *rep = json_object_get(r, "reproducer");
  if (rep != NULL) bad |= json_object_set(ex, "reproducer", rep);
  if (bad) {
    json_decref(ex);
    return NULL;
  }
  return ex;
}

/* Folds divergence d of result r (case index `embedded_at` in ndp-cases, or
 * -1) into the fingerprint aggregates. first_in_case: this fingerprint has
 * not appeared earlier in the same case. */
static int agg_divergence(struct agg *a, const json_t *r, const json_t *d, long embedded_at,
                          bool first_in_case, size_t line_len) {
  const char *kind = str_field(d, "kind");
  const char *fp = str_field(d, "fingerprint");
  if (kind == NULL) kind = "?";
  if (fp == NULL) fp = "(none)";
  a->divergences++;
  if (bump(a->by_kind, kind, 1)) return -1;
  json_t *f = json_object_get(a->fp_map, fp);
  if (f == NULL) {
    if (json_array_size(a->fps) >= MAX_FINGERPRINTS) {
      a->fp_overflow++;
      return 0;
    }
    f = json_object();
    json_t *first = json_object();
    if (f == NULL || first == NULL) {
      json_decref(f);
      json_decref(first);
      return -1;
    }
    int bad = json_object_set_new(first, "case", str_or_null(r, "case"));
    bad |= json_object_set_new(first, "file", str_or_null(r, "file"));
    bad |= json_object_set_new(first, "line", json_integer(int_field(r, "line")));
    bad |= json_object_set_new(f, "fp", json_string(fp));
    bad |= json_object_set_new(f, "kind", json_string(kind));
    bad |= json_object_set_new(f, "op", str_or_null(d, "op"));
    bad |= json_object_set_new(f, "step", str_or_null(d, "step"));
    bad |= json_object_set_new(f, "message", str_or_null(d, "message"));
    bad |= json_object_set_new(f, "count", json_integer(0));
    bad |= json_object_set_new(f, "cases", json_integer(0));
    bad |= json_object_set_new(f, "engine_bytes", json_integer(0));
    bad |= json_object_set_new(f, "oracle_bytes", json_integer(0));
    bad |= json_object_set_new(f, "first", first);
    bad |= json_object_set_new(f, "ex", json_integer(embedded_at));
    const char *bl = str_field(d, "baseline");
    if (bl != NULL) bad |= json_object_set_new(f, "baseline", json_string(bl));
    if (!bad && embedded_at < 0 && a->example_bytes + line_len <= MAX_EXAMPLE_BYTES) {
      json_t *ex = example_of(r, d);
      bad |= ex == NULL || json_object_set_new(f, "example", ex);
      a->example_bytes += line_len;
    }
    bad |= json_object_set(a->fp_map, fp, f);
    bad |= json_array_append_new(a->fps, f); /* f now owned by both */
    if (bad) return -1;
  }
  int bad = bump(f, "count", 1);
  if (first_in_case) bad |= bump(f, "cases", 1);
  bad |= bump(f, "engine_bytes", int_field(json_object_get(d, "engine"), "bytes_copied"));
  bad |= bump(f, "oracle_bytes", int_field(json_object_get(d, "oracle"), "bytes_copied"));
  /* A later occurrence marked "new" makes the fingerprint new. */
  const char *bl = str_field(d, "baseline");
  if (bl != NULL && strcmp(bl, "new") == 0)
    bad |= json_object_set_new(f, "baseline", json_string(bl));
  return bad ? -1 : 0;
}

static int agg_promotion(struct agg *a, const json_t *r, const json_t *p) {
  const char *op = str_field(p, "op"), *x = str_field(p, "a"), *y = str_field(p, "b");
  if (op == NULL || x == NULL || y == NULL) return 0;
  const char *eng = str_field(p, "engine"), *ora = str_field(p, "oracle");
  if (eng == NULL) eng = "?";
  if (ora == NULL) ora = "?";
  size_t klen = strlen(op) + strlen(x) + strlen(y) + 3;
  char *key = malloc(klen);
  if (key == NULL) return -1;
  snprintf(key, klen, "%s\x1f%s\x1f%s", op, x, y);
  json_t *c = json_object_get(a->promo_map, key);
  int bad = 0;
  if (c == NULL) {
    if (json_array_size(a->promo) >= MAX_PROMOTION_CELLS) {
      free(key);
      return 0;
    }
    c = json_pack("{sssssssssssIsIsbs[]}", "op", op, "a", x, "b", y, "engine", eng, "oracle", ora,
                  "count", (json_int_t)0, "diff", (json_int_t)0, "varies", 0, "outcomes");
    if (c == NULL) {
      free(key);
      return -1;
    }
    bad |= json_object_set_new(c, "case", str_or_null(r, "case"));
    bad |= json_object_set(a->promo_map, key, c);
    bad |= json_array_append_new(a->promo, c);
  }
  free(key);
  bad |= bump(c, "count", 1);
  /* The distinct (engine, oracle) results of the cell, at most
   * MAX_OUTCOMES: value-based casting (py-int operands) can make one pair
   * of operand types give different dtypes. */
  json_t *outs = json_object_get(c, "outcomes");
  size_t i;
  json_t *oc;
  bool found = false;
  json_array_foreach(outs, i, oc) {
    if (strcmp(str_field(oc, "engine"), eng) == 0 && strcmp(str_field(oc, "oracle"), ora) == 0) {
      bad |= bump(oc, "count", 1);
      found = true;
      break;
    }
  }
  if (!found) {
    if (json_array_size(outs) > 0) bad |= json_object_set_new(c, "varies", json_true());
    if (json_array_size(outs) < MAX_OUTCOMES)
      bad |= json_array_append_new(
          outs, json_pack("{sssssI}", "engine", eng, "oracle", ora, "count", (json_int_t)1));
  }
  if (strcmp(eng, ora) != 0) {
    if (int_field(c, "diff") == 0) {
      bad |= json_object_set_new(c, "d_engine", json_string(eng));
      bad |= json_object_set_new(c, "d_oracle", json_string(ora));
      bad |= json_object_set_new(c, "diff_case", str_or_null(r, "case"));
    }
    bad |= bump(c, "diff", 1);
  }
  return bad ? -1 : 0;
}

static int agg_crossings(struct agg *a, const json_t *r, const json_t *xs) {
  size_t i;
  const json_t *x;
  json_array_foreach(xs, i, x) {
    const char *op = str_field(x, "op");
    if (op == NULL) op = "?";
    long long e = int_field(x, "engine"), o = int_field(x, "oracle");
    json_t *c = json_object_get(a->cross_map, op);
    int bad = 0;
    if (c == NULL) {
      c = json_pack("{sssIsIsI}", "op", op, "n", (json_int_t)0, "engine", (json_int_t)0, "oracle",
                    (json_int_t)0);
      if (c == NULL) return -1;
      bad |= json_object_set(a->cross_map, op, c);
      bad |= json_array_append_new(a->cross_ops, c);
    }
    bad |= bump(c, "n", 1) | bump(c, "engine", e) | bump(c, "oracle", o);
    if (bad) return -1;
    if (e > o) {
      json_t *t = json_object();
      if (t == NULL) return -1;
      bad |= json_object_set_new(t, "case", str_or_null(r, "case"));
      bad |= json_object_set_new(t, "step", str_or_null(x, "step"));
      bad |= json_object_set_new(t, "op", json_string(op));
      bad |= json_object_set_new(t, "engine", json_integer(e));
      bad |= json_object_set_new(t, "oracle", json_integer(o));
      bad |= json_object_set_new(t, "excess", json_integer(sat_sub(e, o)));
      if (bad) {
        json_decref(t);
        return -1;
      }
      if (top_offer(a->top_cross, t)) return -1;
    }
  }
  return 0;
}

/* Appends a row to a capped list; total counts every row offered. */
static int list_offer(json_t *list, long long *total, json_t *row) {
  (*total)++;
  if (row == NULL) return -1;
  if (json_array_size(list) >= MAX_LIST_ROWS) {
    json_decref(row);
    return 0;
  }
  return json_array_append_new(list, row);
}

static json_t *row_base(const json_t *r) {
  json_t *o = json_object();
  if (o == NULL) return NULL;
  int bad = json_object_set_new(o, "case", str_or_null(r, "case"));
  bad |= json_object_set_new(o, "file", str_or_null(r, "file"));
  bad |= json_object_set_new(o, "line", json_integer(int_field(r, "line")));
  if (bad) {
    json_decref(o);
    return NULL;
  }
  return o;
}

/* Folds one result into the aggregates. */
static int agg_result(struct agg *a, const json_t *r, long embedded_at, size_t line_len) {
  const char *status = str_field(r, "status");
  if (status == NULL) status = "?";
  a->results++;
  if (strcmp(status, "pass") == 0)
    a->pass++;
  else if (strcmp(status, "diverged") == 0)
    a->diverged++;
  else if (strcmp(status, "expect-failed") == 0)
    a->expect_failed++;
  else if (strcmp(status, "input-error") == 0)
    a->input_error++;
  else if (strcmp(status, "crash") == 0)
    a->crash++;
  else if (strcmp(status, "timeout") == 0)
    a->timeout++;
  else
    a->other++;

  const json_t *divs = json_object_get(r, "divergences");
  size_t i, j;
  const json_t *d;
  json_array_foreach(divs, i, d) {
    bool first = true;
    const char *fp = str_field(d, "fingerprint");
    for (j = 0; j < i && fp != NULL && first; j++)
      first = !json_equal(json_object_get(json_array_get(divs, j), "fingerprint"),
                          json_object_get(d, "fingerprint"));
    if (agg_divergence(a, r, d, embedded_at, first, line_len)) return -1;
  }
  const json_t *p = json_object_get(r, "promotion");
  if (json_is_object(p) && agg_promotion(a, r, p)) return -1;
  const json_t *xs = json_object_get(r, "crossings");
  if (json_is_array(xs) && agg_crossings(a, r, xs)) return -1;
  const json_t *bc = json_object_get(r, "bytes_copied");
  long long be = int_field(bc, "engine"), bo = int_field(bc, "oracle");
  if (be > bo) {
    json_t *t = row_base(r);
    if (t == NULL) return -1;
    int bad = json_object_set_new(t, "engine", json_integer(be));
    bad |= json_object_set_new(t, "oracle", json_integer(bo));
    bad |= json_object_set_new(t, "excess", json_integer(sat_sub(be, bo)));
    if (bad) {
      json_decref(t);
      return -1;
    }
    if (top_offer(a->top_cases, t)) return -1;
  }
  const json_t *fails = json_object_get(r, "expect_failures");
  const json_t *x;
  json_array_foreach(fails, i, x) {
    json_t *row = row_base(r);
    if (row != NULL) {
      static const char *const keys[] = {"step",     "backend", "field",
                                         "expected", "actual",  "detail"};
      int bad = 0;
      for (j = 0; j < sizeof keys / sizeof keys[0]; j++) {
        const json_t *v = json_object_get(x, keys[j]);
        if (v != NULL) bad |= json_object_set(row, keys[j], (json_t *)v);
      }
      if (bad) {
        json_decref(row);
        row = NULL;
      }
    }
    if (list_offer(a->expect, &a->expect_total, row)) return -1;
  }
  if (strcmp(status, "input-error") == 0) {
    json_t *row = row_base(r);
    if (row != NULL && (json_object_set_new(row, "column", json_integer(int_field(r, "column"))) ||
                        json_object_set_new(row, "error", str_or_null(r, "error")))) {
      json_decref(row);
      row = NULL;
    }
    if (list_offer(a->inputs, &a->inputs_total, row)) return -1;
  }
  const json_t *notes = json_object_get(r, "notes");
  json_array_foreach(notes, i, x) {
    if (!json_is_string(x)) continue;
    json_t *row = row_base(r);
    if (row != NULL && json_object_set(row, "note", (json_t *)x)) {
      json_decref(row);
      row = NULL;
    }
    if (list_offer(a->notes, &a->notes_total, row)) return -1;
  }
  return 0;
}

/* The ndp-data block: everything the aggregates learned. NULL on OOM. */
static json_t *agg_data(const struct agg *a) {
  json_t *counts = json_pack("{sIsIsIsIsIsIsIsIsIsO}", "results", (json_int_t)a->results, "pass",
                             (json_int_t)a->pass, "diverged", (json_int_t)a->diverged,
                             "expect_failed", (json_int_t)a->expect_failed, "input_error",
                             (json_int_t)a->input_error, "crash", (json_int_t)a->crash, "timeout",
                             (json_int_t)a->timeout, "other", (json_int_t)a->other, "divergences",
                             (json_int_t)a->divergences, "by_kind", a->by_kind);
  return json_pack(
      "{sssos{sisisIsI}sOsIsOsOsOsOs{sIsO}s{sIsO}s{sIsO}}", "generator", "ndparity report.html 1",
      "counts", counts, "embedded", "cases", (int)a->embedded, "cap", MAX_FULL_CASES,
      "not_embedded", (json_int_t)a->not_embedded, "bytes", (json_int_t)a->embedded_bytes,
      "fingerprints", a->fps, "fingerprint_overflow", (json_int_t)a->fp_overflow, "promotion",
      a->promo, "crossings_by_op", a->cross_ops, "top_crossings", a->top_cross, "top_cases",
      a->top_cases, "expect_failures", "total", (json_int_t)a->expect_total, "rows", a->expect,
      "input_errors", "total", (json_int_t)a->inputs_total, "rows", a->inputs, "notes", "total",
      (json_int_t)a->notes_total, "rows", a->notes);
}

/* ------------------------------------------------------------ the page */

static void put_prologue(struct out *o, const json_t *head) {
  const char *engine = str_field(head, "engine"), *oracle = str_field(head, "oracle");
  put(o, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"ndparity\">\n<title>ndparity: ");
  put_html(o, engine ? engine : "?");
  if (oracle != NULL) {
    put(o, " vs ");
    put_html(o, oracle);
  }
  put(o, "</title>\n<style>\n");
  for (const char *const *l = html_css; *l; l++) put(o, *l);
  /* Errors of the page's own script land in #js-errors (tests read it). */
  put(o, "</style>\n<script>\n"
         "window.onerror = function (msg, src, line, col) {\n"
         "  var e = document.getElementById('js-errors');\n"
         "  if (e) e.textContent += String(msg) + ' (line ' + line + ':' + col + ')\\n';\n"
         "};\n"
         "window.addEventListener('unhandledrejection', function (ev) {\n"
         "  window.onerror('unhandled rejection: ' + ev.reason, '', 0, 0);\n"
         "});\n"
         "</script>\n</head>\n<body>\n<header class=\"top\" id=\"top\"></header>\n"
         "<main id=\"app\"><p id=\"noscript-msg\">This report is drawn by JavaScript; "
         "enable it to see the report (report.json has the same data).</p></main>\n"
         "<pre id=\"js-errors\"></pre>\n");
}

static void put_epilogue(struct out *o) {
  put(o, "<footer>ndparity report \xc2\xb7 one self-contained file: the data above is "
         "embedded as JSON, report.json has every case</footer>\n<script>\n");
  for (const char *const *l = html_js; *l; l++) put(o, *l);
  put(o, "</script>\n</body>\n</html>\n");
}

static bool embeddable(const char *status) {
  return strcmp(status, "pass") != 0 && strcmp(status, "input-error") != 0;
}

/* Streams the results into ndp-cases and the aggregates. */
static enum ndp_status stream_results(struct out *o, FILE *in, const char *results_path,
                                      struct agg *a, struct ndp_error *err) {
  char *line = NULL;
  size_t cap = 0;
  long lineno = 0;
  ssize_t got;
  enum ndp_status st = NDP_OK;
  errno = 0;
  put(o, "<script type=\"application/json\" id=\"ndp-cases\">[");
  while ((got = getline(&line, &cap, in)) >= 0) {
    lineno++;
    size_t n = (size_t)got;
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' ' ||
                     line[n - 1] == '\t'))
      n--;
    size_t lead = 0;
    while (lead < n && (line[lead] == ' ' || line[lead] == '\t')) lead++;
    if (lead == n) continue; /* blank line */
    json_error_t jerr;
    json_t *r = json_loadb(line + lead, n - lead, JSON_DECODE_ANY, &jerr);
    if (r == NULL) {
      st = ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "%s:%ld:%d: not a JSON result: %s",
                         results_path, lineno, jerr.column, jerr.text);
      break;
    }
    if (!json_is_object(r)) {
      st = ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "%s:%ld: a result must be a JSON object, found a JSON %s", results_path,
                         lineno,
                         json_is_array(r)     ? "array"
                         : json_is_string(r)  ? "string"
                         : json_is_number(r)  ? "number"
                         : json_is_boolean(r) ? "boolean"
                                              : "null");
      json_decref(r);
      break;
    }
    const char *status = str_field(r, "status");
    long at = -1;
    if (status != NULL && embeddable(status)) {
      if (a->embedded < MAX_FULL_CASES && a->embedded_bytes + (n - lead) <= MAX_FULL_BYTES) {
        if (a->embedded > 0) put(o, ",\n");
        put_json_chunk(o, line + lead, n - lead);
        put_json_end(o);
        at = a->embedded++;
        a->embedded_bytes += n - lead;
      } else {
        a->not_embedded++;
      }
    }
    int bad = agg_result(a, r, at, n - lead);
    json_decref(r);
    if (bad) {
      st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory writing report.html");
      break;
    }
  }
  if (st == NDP_OK && (ferror(in) || !feof(in)))
    st = ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot read %s: %s", results_path,
                       errno ? strerror(errno) : "read error");
  free(line);
  put(o, "]</script>\n");
  return st;
}

enum ndp_status ndp_report_html_write(const json_t *head, const char *results_path,
                                      const char *html_path, struct ndp_error *err) {
  if (!json_is_object(head))
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE,
                         "report.html: the report head must be a JSON object");
  if (results_path == NULL || html_path == NULL || *html_path == '\0')
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "report.html: no path given");
  FILE *in = fopen(results_path, "r");
  if (in == NULL)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot read %s: %s", results_path,
                         strerror(errno));
  size_t tn = strlen(html_path) + sizeof ".XXXXXX";
  char *tmp = malloc(tn);
  if (tmp == NULL) {
    fclose(in);
    return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory writing report.html");
  }
  snprintf(tmp, tn, "%s.XXXXXX", html_path);
  int fd = mkstemp(tmp);
  FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
  if (f == NULL) {
    enum ndp_status st = ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot write %s: %s",
                                       html_path, strerror(errno));
    if (fd >= 0) {
      close(fd);
      unlink(tmp);
    }
    free(tmp);
    fclose(in);
    return st;
  }
  (void)fchmod(fd, 0644); /* mkstemp makes 0600; the report is for reading */

  struct out o = {f, false};
  struct agg a;
  enum ndp_status st = NDP_OK;
  if (!agg_init(&a)) {
    st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory writing report.html");
  } else {
    put_prologue(&o, head);
    put(&o, "<script type=\"application/json\" id=\"ndp-head\">");
    if (put_json(&o, head) != 0)
      st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory writing report.html");
    put(&o, "</script>\n");
    if (st == NDP_OK) st = stream_results(&o, in, results_path, &a, err);
    if (st == NDP_OK) {
      json_t *data = agg_data(&a);
      if (data == NULL) {
        st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory writing report.html");
      } else {
        put(&o, "<script type=\"application/json\" id=\"ndp-data\">");
        if (put_json(&o, data) != 0)
          st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory writing report.html");
        put(&o, "</script>\n");
        json_decref(data);
        put_epilogue(&o);
      }
    }
    agg_free(&a);
  }
  fclose(in);
  bool failed = ferror(f) != 0;
  int saved = errno;
  if (fclose(f) != 0 && !failed) {
    failed = true;
    saved = errno;
  }
  if (st == NDP_OK && failed)
    st = ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot write %s: %s", tmp, strerror(saved));
  if (st == NDP_OK && rename(tmp, html_path) != 0)
    st = ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot rename %s to %s: %s", tmp, html_path,
                       strerror(errno));
  if (st != NDP_OK) unlink(tmp);
  free(tmp);
  return st;
}
