/* junit.xml: the CI view of a report (the JUnit XML that Jenkins, GitLab and
 * GitHub Actions read; reports/schema/junit.xsd is the schema it is checked
 * against).
 *
 * One <testsuite> per case file, in the order files first appear in the
 * results; one <testcase> per result. Outcomes:
 *   pass                       passes
 *   diverged                   <failure type="KIND"> for the first divergence
 *                              that is a regression; with a baseline, a result
 *                              whose divergences are all known passes (they
 *                              go to <system-out>), so the JUnit view agrees
 *                              with the exit code
 *   expect-failed              <failure type="expect">
 *   input-error                <error type="input-error">
 *   crash, timeout             <error type="crash"/"timeout"> (passes when a
 *                              baseline knows all its divergences)
 *   skipped                    <skipped>
 * A divergence is a regression when it has no "baseline" field (no baseline),
 * when it is "new", or when its fingerprint is among the head's regressions
 * (a known copy-overhead fingerprint that now copies more).
 *
 * Memory stays flat in the number of results: the results file is read twice,
 * a line at a time. The first pass counts each suite's tests, failures,
 * errors and skipped (the <testsuite> attributes come before its testcases)
 * and records where in the file each suite's results are, as runs of
 * consecutive lines; the second pass seeks to each run of each suite in turn.
 * Results of one file are contiguous in practice (one run per suite); when
 * they interleave, the runs cost a few words each. */
#include "ndparity/report_writers.h"

#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static enum ndp_status oom(struct ndp_error *err) {
  return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory writing junit.xml");
}

/* ---------------------------------------------------------------- XML text */

/* Writes s (UTF-8) escaped for XML 1.0 text (attr false) or a double-quoted
 * attribute value (attr true). The five markup characters become entities,
 * so "]]>" cannot end anything; tab, newline and carriage return are kept in
 * text and written as character references in attributes (which parsers
 * would otherwise normalize to spaces); other C0 controls, which XML 1.0
 * cannot carry at all, become the visible text \xNN; bytes that are not UTF-8
 * and the non-characters U+FFFE/U+FFFF become U+FFFD. */
static void xml_put(FILE *f, const char *s, bool attr) {
  const unsigned char *p = (const unsigned char *)(s ? s : "");
  while (*p) {
    unsigned c = *p;
    if (c < 0x80) {
      switch (c) {
      case '&':
        fputs("&amp;", f);
        break;
      case '<':
        fputs("&lt;", f);
        break;
      case '>':
        fputs("&gt;", f);
        break;
      case '"':
        fputs("&quot;", f);
        break;
      case '\'':
        fputs("&apos;", f);
        break;
      case '\t':
        fputs(attr ? "&#9;" : "\t", f);
        break;
      case '\n':
        fputs(attr ? "&#10;" : "\n", f);
        break;
      case '\r':
        fputs("&#13;", f);
        break;
      default:
        if (c < 0x20)
          fprintf(f, "\\x%02x", c);
        else
          fputc((int)c, f);
      }
      p++;
      continue;
    }
    /* a UTF-8 sequence: its length and the allowed range of its 2nd byte */
    int len = 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0; /* no overlong forms */
      if (c == 0xED) hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F; /* nothing past U+10FFFF */
    }
    bool ok = len > 0 && p[1] >= lo && p[1] <= hi;
    for (int k = 2; ok && k < len; k++) ok = p[k] >= 0x80 && p[k] <= 0xBF;
    /* U+FFFE and U+FFFF: EF BF BE, EF BF BF */
    if (ok && len == 3 && c == 0xEF && p[1] == 0xBF && p[2] >= 0xBE) {
      fputs("\xEF\xBF\xBD", f);
      p += 3;
    } else if (ok) {
      fwrite(p, 1, (size_t)len, f);
      p += len;
    } else {
      fputs("\xEF\xBF\xBD", f);
      p++;
    }
  }
}

/* Seconds as XML Schema decimal text ("0.125"), whatever the locale. */
static void put_seconds(FILE *f, double s) {
  if (!isfinite(s) || s < 0) s = 0;
  char buf[64];
  snprintf(buf, sizeof buf, "%.6f", s);
  for (char *c = buf; *c; c++)
    if (*c == ',') *c = '.';
  fputs(buf, f);
}

/* ---------------------------------------------------------------- results */

static const char *str(const json_t *o, const char *key) {
  return json_string_value(json_object_get(o, key));
}

/* Whether divergence d fails the build (see the top of the file). regs is
 * the set of regression fingerprints (an object used as a set). */
static bool is_regression(const json_t *d, const json_t *regs) {
  const char *b = str(d, "baseline");
  if (b == NULL || strcmp(b, "known") != 0) return true;
  const char *fp = str(d, "fingerprint");
  return fp != NULL && json_object_get(regs, fp) != NULL;
}

enum outcome { OUT_PASS, OUT_FAILURE, OUT_ERROR, OUT_SKIPPED };

/* The outcome of result res; *first is the divergence the failure or error
 * is about (NULL when none). */
static enum outcome result_outcome(const json_t *res, const json_t *regs, const json_t **first) {
  *first = NULL;
  const char *status = str(res, "status");
  const json_t *divs = json_object_get(res, "divergences");
  size_t i;
  const json_t *d;
  json_array_foreach(divs, i, d) {
    if (is_regression(d, regs)) {
      *first = d;
      break;
    }
  }
  if (status == NULL) return OUT_ERROR;
  if (strcmp(status, "pass") == 0) return OUT_PASS;
  if (strcmp(status, "diverged") == 0) return *first ? OUT_FAILURE : OUT_PASS;
  if (strcmp(status, "expect-failed") == 0) return OUT_FAILURE;
  if (strcmp(status, "skipped") == 0) return OUT_SKIPPED;
  if ((strcmp(status, "crash") == 0 || strcmp(status, "timeout") == 0) &&
      json_array_size(divs) > 0 && *first == NULL)
    return OUT_PASS; /* every divergence known to the baseline */
  return OUT_ERROR;  /* input-error, crash, timeout, and statuses from a newer version */
}

static double result_seconds(const json_t *res) {
  double s = json_number_value(json_object_get(res, "seconds"));
  return isfinite(s) && s > 0 ? s : 0.0;
}

/* One line of the results file: trailing white space and a separating comma
 * are dropped. Returns the new length (0: a blank line). */
static size_t trim_line(char *line, size_t n) {
  while (n > 0 &&
         (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
    n--;
  if (n > 0 && line[n - 1] == ',') n--;
  line[n] = '\0';
  return n;
}

/* A reader of the results file, a line at a time. */
struct reader {
  FILE *f;
  const char *path;
  char *line;
  size_t cap;
  long long offset; /* of the next line */
  long long lineno; /* of the line last read */
};

/* Reads the next result into *out (a new reference; NULL at end of file).
 * *at is the offset of its line. */
static enum ndp_status read_result(struct reader *r, json_t **out, long long *at,
                                   struct ndp_error *err) {
  *out = NULL;
  for (;;) {
    errno = 0;
    ssize_t got = getline(&r->line, &r->cap, r->f);
    if (got < 0) {
      if (ferror(r->f))
        return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot read %s: %s", r->path,
                             strerror(errno ? errno : EIO));
      return NDP_OK;
    }
    *at = r->offset;
    r->offset += got;
    r->lineno++;
    size_t n = trim_line(r->line, (size_t)got);
    if (n == 0) continue;
    json_error_t jerr;
    json_t *res = json_loadb(r->line, n, 0, &jerr);
    if (res == NULL)
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "%s:%lld:%d: not a result: %s", r->path,
                           r->lineno, jerr.column, jerr.text);
    if (!json_is_object(res)) {
      json_decref(res);
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                           "%s:%lld: a result is a JSON object, found something else", r->path,
                           r->lineno);
    }
    *out = res;
    return NDP_OK;
  }
}

/* ---------------------------------------------------------------- suites */

/* A run of consecutive lines [start, end) of the results file that belong to
 * one suite. */
struct span {
  long long start, end;
  long long line; /* of the first line, for messages */
  struct span *next;
};

struct suite {
  char *name; /* the case file (owned) */
  long tests, failures, errors, skipped;
  double seconds;
  struct span *first, *last; /* owned */
};

struct suites {
  struct suite *items;
  size_t n, cap;
  json_t *index; /* name -> position in items */
  long tests, failures, errors, skipped;
  double seconds;
};

static void suites_free(struct suites *s) {
  for (size_t i = 0; i < s->n; i++) {
    free(s->items[i].name);
    for (struct span *p = s->items[i].first, *next; p; p = next) {
      next = p->next;
      free(p);
    }
  }
  free(s->items);
  json_decref(s->index);
  memset(s, 0, sizeof *s);
}

static const char *result_file(const json_t *res) {
  const char *file = str(res, "file");
  return file && *file ? file : "(no file)";
}

/* The suite of file name, added when new. NULL when out of memory. */
static struct suite *suite_get(struct suites *s, const char *name) {
  const json_t *at = json_object_get(s->index, name);
  if (at) return &s->items[json_integer_value(at)];
  if (s->n == s->cap) {
    if (s->cap > SIZE_MAX / 2 / sizeof *s->items) return NULL;
    size_t cap = s->cap ? s->cap * 2 : 16;
    struct suite *items = realloc(s->items, cap * sizeof *items);
    if (items == NULL) return NULL;
    s->items = items;
    s->cap = cap;
  }
  struct suite *u = &s->items[s->n];
  memset(u, 0, sizeof *u);
  u->name = strdup(name);
  if (u->name == NULL || json_object_set_new(s->index, name, json_integer((json_int_t)s->n))) {
    free(u->name);
    return NULL;
  }
  s->n++;
  return u;
}

/* Pass one: counts and spans of every suite. */
static enum ndp_status scan(struct reader *r, const json_t *regs, struct suites *s,
                            struct ndp_error *err) {
  struct suite *prev = NULL;
  for (;;) {
    json_t *res;
    long long at;
    NDP_RETURN_NOT_OK(read_result(r, &res, &at, err));
    if (res == NULL) return NDP_OK;
    struct suite *u = suite_get(s, result_file(res));
    if (u == NULL) {
      json_decref(res);
      return oom(err);
    }
    if (u != prev || u->last == NULL) {
      struct span *sp = calloc(1, sizeof *sp);
      if (sp == NULL) {
        json_decref(res);
        return oom(err);
      }
      sp->start = at;
      sp->line = r->lineno;
      if (u->last)
        u->last->next = sp;
      else
        u->first = sp;
      u->last = sp;
    }
    u->last->end = r->offset;
    prev = u;
    const json_t *first;
    enum outcome o = result_outcome(res, regs, &first);
    double secs = result_seconds(res);
    json_decref(res);
    u->tests++;
    s->tests++;
    u->seconds += secs;
    s->seconds += secs;
    switch (o) {
    case OUT_PASS:
      break;
    case OUT_FAILURE:
      u->failures++, s->failures++;
      break;
    case OUT_ERROR:
      u->errors++, s->errors++;
      break;
    case OUT_SKIPPED:
      u->skipped++, s->skipped++;
      break;
    }
  }
}

/* ---------------------------------------------------------------- testcases */

/* "cases/scenarios/s0a-s2.jsonl" -> "cases.scenarios.s0a-s2": the file
 * without its extension, leading "./" and "/" dropped, '/' as '.'. */
static void put_classname(FILE *f, const char *file) {
  while (file[0] == '.' && file[1] == '/') file += 2;
  while (file[0] == '/') file++;
  const char *slash = strrchr(file, '/');
  const char *dot = strrchr(slash ? slash + 1 : file, '.');
  size_t n = dot && dot != (slash ? slash + 1 : file) ? (size_t)(dot - file) : strlen(file);
  char *name = malloc(n + 1);
  if (name == NULL) { /* the classname without the dots: still valid XML */
    xml_put(f, file, true);
    return;
  }
  memcpy(name, file, n);
  name[n] = '\0';
  for (char *c = name; *c; c++)
    if (*c == '/') *c = '.';
  xml_put(f, name, true);
  free(name);
}

/* A JSON value as text: strings as they are, anything else as compact JSON. */
static void put_value(FILE *f, const json_t *v) {
  if (json_is_string(v)) {
    xml_put(f, json_string_value(v), false);
    return;
  }
  if (v == NULL) return;
  char buf[256];
  size_t n = json_dumpb(v, buf, sizeof buf - 1, JSON_COMPACT | JSON_ENCODE_ANY);
  if (n >= sizeof buf) n = 0; /* too long for a detail: leave it out */
  buf[n] = '\0';
  xml_put(f, buf, false);
}

/* One divergence as a line of text: "[label] kind fingerprint step (op): message". */
static void put_divergence(FILE *f, const json_t *d, const json_t *regs) {
  if (str(d, "baseline")) {
    const char *b = str(d, "baseline");
    if (strcmp(b, "known") != 0)
      fputs("[regression] ", f);
    else if (is_regression(d, regs))
      fputs("[regression: more copies than the baseline] ", f);
    else
      fputs("[known] ", f);
  }
  xml_put(f, str(d, "kind"), false);
  fputc(' ', f);
  xml_put(f, str(d, "fingerprint"), false);
  if (str(d, "step")) {
    fputs(" step ", f);
    xml_put(f, str(d, "step"), false);
    if (str(d, "op")) {
      fputs(" (", f);
      xml_put(f, str(d, "op"), false);
      fputc(')', f);
    }
  }
  fputs(": ", f);
  xml_put(f, str(d, "message"), false);
  fputc('\n', f);
}

static void put_expect_failure(FILE *f, const json_t *x) {
  fputs("expect: step ", f);
  xml_put(f, str(x, "step"), false);
  fputs(" (", f);
  xml_put(f, str(x, "backend"), false);
  fputs("): ", f);
  xml_put(f, str(x, "field"), false);
  fputs(" expected ", f);
  put_value(f, json_object_get(x, "expected"));
  fputs(", got ", f);
  put_value(f, json_object_get(x, "actual"));
  if (json_object_get(x, "detail")) {
    fputs(" (", f);
    put_value(f, json_object_get(x, "detail"));
    fputc(')', f);
  }
  fputc('\n', f);
}

/* The first expectation failure as the one-line message of a failure. */
static void put_expect_message(FILE *f, const json_t *x) {
  fputs("step ", f);
  xml_put(f, str(x, "step"), true);
  fputs(" (", f);
  xml_put(f, str(x, "backend"), true);
  fputs("): ", f);
  xml_put(f, str(x, "field"), true);
  const json_t *e = json_object_get(x, "expected"), *a = json_object_get(x, "actual");
  if (json_is_string(e) && json_is_string(a)) {
    fputs(" expected ", f);
    xml_put(f, json_string_value(e), true);
    fputs(", got ", f);
    xml_put(f, json_string_value(a), true);
  } else {
    fputs(" differs from the expectation", f);
  }
}

/* Everything a reader of the failure needs: where the case is, each
 * divergence (labelled regression/known with a baseline), each expectation
 * failure, and how to replay it. */
static void put_details(FILE *f, const json_t *res, const json_t *regs) {
  xml_put(f, result_file(res), false);
  const json_t *line = json_object_get(res, "line");
  if (json_is_integer(line)) fprintf(f, ":%lld", (long long)json_integer_value(line));
  const json_t *col = json_object_get(res, "column");
  if (json_is_integer(col)) fprintf(f, ":%lld", (long long)json_integer_value(col));
  if (str(res, "error")) {
    fputs(": ", f);
    xml_put(f, str(res, "error"), false);
  }
  fputc('\n', f);
  size_t i;
  const json_t *v;
  json_array_foreach(json_object_get(res, "divergences"), i, v) put_divergence(f, v, regs);
  json_array_foreach(json_object_get(res, "expect_failures"), i, v) put_expect_failure(f, v);
  const char *replay = str(json_object_get(res, "reproducer"), "replay");
  if (replay) {
    fputs("replay: ", f);
    xml_put(f, replay, false);
    fputc('\n', f);
  }
}

static void put_notes(FILE *f, const json_t *res) {
  size_t i;
  const json_t *v;
  json_array_foreach(json_object_get(res, "notes"), i, v) {
    fputs("note: ", f);
    put_value(f, v);
    fputc('\n', f);
  }
}

static void put_testcase(FILE *f, const json_t *res, const json_t *regs) {
  const json_t *first;
  enum outcome o = result_outcome(res, regs, &first);
  const char *status = str(res, "status");
  const json_t *divs = json_object_get(res, "divergences");
  const json_t *fails = json_object_get(res, "expect_failures");
  bool has_notes = json_array_size(json_object_get(res, "notes")) > 0;
  /* divergences that do not fail the case (all known) go to system-out */
  bool known_out = o == OUT_PASS && json_array_size(divs) > 0;

  fputs("    <testcase classname=\"", f);
  put_classname(f, result_file(res));
  fputs("\" name=\"", f);
  const char *name = str(res, "case");
  if (name) {
    xml_put(f, name, true);
  } else {
    const json_t *line = json_object_get(res, "line");
    fprintf(f, "line %lld", (long long)json_integer_value(line));
  }
  fputs("\" time=\"", f);
  put_seconds(f, result_seconds(res));
  if (o == OUT_PASS && !known_out && !has_notes) {
    fputs("\"/>\n", f);
    return;
  }
  fputs("\">\n", f);
  switch (o) {
  case OUT_PASS:
    break;
  case OUT_SKIPPED:
    fputs("      <skipped message=\"", f);
    xml_put(f, str(res, "error") ? str(res, "error") : "skipped", true);
    fputs("\"/>\n", f);
    break;
  case OUT_FAILURE:
    fputs("      <failure message=\"", f);
    if (first) {
      xml_put(f, str(first, "message"), true);
      fputs("\" type=\"", f);
      xml_put(f, str(first, "kind"), true);
    } else {
      const json_t *x = json_array_get(fails, 0);
      if (x)
        put_expect_message(f, x);
      else
        xml_put(f, "an expectation failed", true);
      fputs("\" type=\"expect", f);
    }
    fputs("\">", f);
    put_details(f, res, regs);
    fputs("</failure>\n", f);
    break;
  case OUT_ERROR: {
    const char *type = status ? status : "error";
    const char *msg = first ? str(first, "message") : str(res, "error");
    if (msg == NULL)
      msg = strcmp(type, "crash") == 0     ? "the engine crashed on this case"
            : strcmp(type, "timeout") == 0 ? "the case did not finish in time"
                                           : "the case could not run";
    fputs("      <error message=\"", f);
    xml_put(f, msg, true);
    fputs("\" type=\"", f);
    xml_put(f, type, true);
    fputs("\">", f);
    put_details(f, res, regs);
    fputs("</error>\n", f);
    break;
  }
  }
  if (known_out || has_notes) {
    fputs("      <system-out>", f);
    if (known_out) {
      fputs("divergences the baseline knows:\n", f);
      put_details(f, res, regs);
    }
    put_notes(f, res);
    fputs("</system-out>\n", f);
  }
  fputs("    </testcase>\n", f);
}

/* ---------------------------------------------------------------- document */

static void put_property(FILE *f, const char *name, const json_t *v) {
  if (v == NULL || json_is_null(v)) return;
  fputs("      <property name=\"", f);
  xml_put(f, name, true);
  fputs("\" value=\"", f);
  if (json_is_string(v)) {
    xml_put(f, json_string_value(v), true);
  } else if (json_is_integer(v)) {
    fprintf(f, "%lld", (long long)json_integer_value(v));
  } else if (json_is_boolean(v)) {
    fputs(json_is_true(v) ? "true" : "false", f);
  }
  fputs("\"/>\n", f);
}

static void put_counts(FILE *f, long tests, long failures, long errors, long skipped,
                       double seconds) {
  fprintf(f, " tests=\"%ld\" failures=\"%ld\" errors=\"%ld\" skipped=\"%ld\" time=\"", tests,
          failures, errors, skipped);
  put_seconds(f, seconds);
  fputc('"', f);
}

/* Pass two: the document, each suite's testcases read back from its spans. */
static enum ndp_status write_doc(FILE *f, const json_t *head, struct reader *r, const json_t *regs,
                                 const struct suites *s, struct ndp_error *err) {
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ndparity ", f);
  const char *mode = str(head, "mode");
  xml_put(f, mode ? mode : "run", true);
  fputs(": ", f);
  xml_put(f, str(head, "engine") ? str(head, "engine") : "?", true);
  if (str(head, "oracle")) {
    fputs(" vs ", f);
    xml_put(f, str(head, "oracle"), true);
  }
  fputc('"', f);
  const json_t *total = json_object_get(json_object_get(head, "summary"), "seconds");
  double secs = json_is_number(total) ? json_number_value(total) : s->seconds;
  put_counts(f, s->tests, s->failures, s->errors, s->skipped, secs);
  fputs(">\n", f);
  for (size_t i = 0; i < s->n; i++) {
    const struct suite *u = &s->items[i];
    fputs("  <testsuite name=\"", f);
    xml_put(f, u->name, true);
    fputc('"', f);
    put_counts(f, u->tests, u->failures, u->errors, u->skipped, u->seconds);
    fputs(">\n    <properties>\n", f);
    put_property(f, "mode", json_object_get(head, "mode"));
    put_property(f, "engine", json_object_get(head, "engine"));
    put_property(f, "oracle", json_object_get(head, "oracle"));
    put_property(f, "seed", json_object_get(head, "seed"));
    put_property(f, "baseline", json_object_get(head, "baseline"));
    fputs("    </properties>\n", f);
    for (const struct span *sp = u->first; sp; sp = sp->next) {
      if (fseeko(r->f, (off_t)sp->start, SEEK_SET) != 0)
        return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot seek in %s: %s", r->path,
                             strerror(errno));
      r->offset = sp->start;
      r->lineno = sp->line - 1;
      while (r->offset < sp->end) {
        json_t *res;
        long long at;
        NDP_RETURN_NOT_OK(read_result(r, &res, &at, err));
        if (res == NULL) break; /* the file shrank under us */
        put_testcase(f, res, regs);
        json_decref(res);
      }
    }
    fputs("  </testsuite>\n", f);
  }
  fputs("</testsuites>\n", f);
  return NDP_OK;
}

enum ndp_status ndp_report_junit_write(const json_t *head, const char *results_path,
                                       const char *junit_path, struct ndp_error *err) {
  struct suites s = {0};
  struct reader r = {.path = results_path};
  json_t *regs = json_object();
  s.index = json_object();
  if (regs == NULL || s.index == NULL) {
    json_decref(regs);
    json_decref(s.index);
    return oom(err);
  }
  /* the fingerprints of the head's regressions, as a set */
  size_t i;
  const json_t *reg;
  json_array_foreach(json_object_get(head, "regressions"), i, reg) {
    const char *fp = str(reg, "fingerprint");
    if (fp && json_object_set_new(regs, fp, json_true()) != 0) {
      json_decref(regs);
      json_decref(s.index);
      return oom(err);
    }
  }

  size_t n = strlen(junit_path) + 32;
  char *tmp = malloc(n);
  FILE *out = NULL;
  enum ndp_status st = NDP_OK;
  if (tmp == NULL) st = oom(err);
  if (st == NDP_OK) {
    r.f = fopen(results_path, "rb");
    if (r.f == NULL)
      st = ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot read %s: %s", results_path,
                         strerror(errno));
  }
  if (st == NDP_OK) st = scan(&r, regs, &s, err);
  if (st == NDP_OK) {
    snprintf(tmp, n, "%s.%ld.tmp", junit_path, (long)getpid());
    out = fopen(tmp, "w");
    if (out == NULL)
      st = ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot write %s: %s", tmp,
                         strerror(errno));
  }
  if (st == NDP_OK) st = write_doc(out, head, &r, regs, &s, err);
  if (out) {
    bool failed = ferror(out) != 0;
    if (fclose(out) != 0 || failed) {
      if (st == NDP_OK)
        st = ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot write %s: %s", tmp,
                           strerror(errno ? errno : EIO));
    }
    if (st == NDP_OK && rename(tmp, junit_path) != 0)
      st = ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot write %s: %s", junit_path,
                         strerror(errno));
    if (st != NDP_OK) unlink(tmp);
  }
  if (r.f) fclose(r.f);
  free(r.line);
  free(tmp);
  suites_free(&s);
  json_decref(regs);
  return st;
}
