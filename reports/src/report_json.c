/* Writes report.json with jansson (insertion-ordered keys, so the bytes are
 * the same for the same run). Results are dumped one compact object per line
 * into a temporary file as they come, then spliced into the final document. */
#include "ndparity/report.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static enum ndp_status oom(struct ndp_error *err) {
  return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory building the report");
}

static char *dup_printf(const char *a, const char *b) {
  size_t n = strlen(a) + strlen(b) + 1;
  char *s = malloc(n);
  if (s) snprintf(s, n, "%s%s", a, b);
  return s;
}

enum ndp_status ndp_report_init(struct ndp_report *r, const char *dir, const char *mode,
                                const char *engine, const char *oracle, long long seed,
                                struct ndp_error *err) {
  memset(r, 0, sizeof *r);
  NDP_RETURN_NOT_OK(ndp_mkdirs(dir, err));
  char tmpname[64];
  snprintf(tmpname, sizeof tmpname, "/.report.results.%ld.tmp", (long)getpid());
  r->dir = dup_printf(dir, "");
  r->results_path = dup_printf(dir, tmpname);
  r->head = json_object();
  if (r->dir == NULL || r->results_path == NULL || r->head == NULL) {
    ndp_report_reset(r);
    return oom(err);
  }
  r->results = fopen(r->results_path, "w");
  if (r->results == NULL) {
    enum ndp_status st = ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot write %s: %s",
                                       r->results_path, strerror(errno));
    free(r->results_path);
    r->results_path = NULL;
    ndp_report_reset(r);
    return st;
  }
  int bad = 0;
  bad |= json_object_set_new(r->head, "format", json_string("ndparity-report"));
  bad |= json_object_set_new(r->head, "version", json_integer(1));
  bad |= json_object_set_new(r->head, "mode", json_string(mode));
  bad |= json_object_set_new(r->head, "engine", json_string(engine));
  bad |= json_object_set_new(r->head, "oracle", oracle ? json_string(oracle) : json_null());
  bad |= json_object_set_new(r->head, "seed", json_integer(seed));
  if (bad) {
    ndp_report_reset(r);
    return oom(err);
  }
  return NDP_OK;
}

void ndp_report_reset(struct ndp_report *r) {
  if (r->results) fclose(r->results);
  if (r->results_path) unlink(r->results_path);
  free(r->results_path);
  free(r->dir);
  json_decref(r->head);
  memset(r, 0, sizeof *r);
}

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

/* Appends one result object (consumed) as a line of the results file. */
static enum ndp_status emit(struct ndp_report *r, json_t *o, struct ndp_error *err) {
  if (r->nresults > 0) fputs(",\n", r->results);
  int bad = json_dumpf(o, r->results, JSON_COMPACT | JSON_REAL_PRECISION(17));
  json_decref(o);
  if (bad != 0 || ferror(r->results))
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot write %s", r->results_path);
  r->nresults++;
  return NDP_OK;
}

static json_t *shape_json(int ndim, const int64_t *shape) {
  json_t *a = json_array();
  for (int k = 0; a && k < ndim; k++) json_array_append_new(a, json_integer(shape[k]));
  return a;
}

/* A dataset's element spec: [{"dtype", "shape"}], None dims as null. */
static json_t *spec_json(const struct ndp_ds_spec *sp) {
  json_t *a = json_array();
  for (int k = 0; a && k < sp->n; k++) {
    const struct ndp_partial_shape *p = &sp->shape[k];
    json_t *shape = json_null();
    if (p->rank_known) {
      shape = json_array();
      for (int d = 0; shape && d < p->ndim; d++)
        json_array_append_new(shape, p->dims[d] < 0 ? json_null() : json_integer(p->dims[d]));
    }
    json_array_append_new(a, json_pack("{ssso}", "dtype", ndp_dtype_name(sp->dtype[k]), "shape",
                                       shape));
  }
  return a;
}

static json_t *side_json(const struct ndp_side *s) {
  json_t *o = json_object();
  if (o == NULL) return NULL;
  if (s->ran && s->dataset) {
    if (s->ok) {
      json_object_set_new(o, "count", json_integer(s->count));
      json_object_set_new(o, "bytes_copied", json_integer(s->bytes_copied));
    } else {
      json_object_set_new(o, "error", json_string(ndp_errclass_name(s->error)));
      json_object_set_new(o, "message", json_string(s->message));
    }
    if (s->has_spec) json_object_set_new(o, "element_spec", spec_json(&s->spec));
    return o;
  }
  if (!s->ran) {
    json_object_set_new(o, "ran", json_false());
  } else if (s->ok) {
    json_object_set_new(o, "dtype", json_string(ndp_dtype_name(s->dtype)));
    json_object_set_new(o, "shape", shape_json(s->ndim, s->shape));
    json_object_set_new(o, "view", json_boolean(s->view));
    json_object_set_new(o, "bytes_copied", json_integer(s->bytes_copied));
  } else {
    json_object_set_new(o, "error", json_string(ndp_errclass_name(s->error)));
    json_object_set_new(o, "message", json_string(s->message));
  }
  return o;
}

/* jansson refuses non-finite reals: write them as the case format does. */
static json_t *real_json(double v) {
  if (isnan(v)) return json_string("nan");
  if (isinf(v)) return json_string(v > 0 ? "inf" : "-inf");
  return json_real(v);
}

static json_t *divergence_json(const struct ndp_case *c, const struct ndp_divergence *x) {
  json_t *o = json_object();
  if (o == NULL) return NULL;
  json_object_set_new(o, "step", json_string(c->steps[x->step].id));
  json_object_set_new(o, "op", json_string(ndp_op_name(c->steps[x->step].op)));
  json_object_set_new(o, "kind", json_string(ndp_div_kind_name(x->kind)));
  json_object_set_new(o, "fingerprint", json_string(x->fingerprint));
  json_object_set_new(o, "message", json_string(x->message));
  json_object_set_new(o, "engine", side_json(&x->engine));
  json_object_set_new(o, "oracle", side_json(&x->oracle));
  if (x->kind == NDP_DIV_VALUE_MISMATCH) {
    json_object_set_new(o, "mismatches", json_integer(x->mismatches));
    json_object_set_new(o, "compared", json_integer(x->compared));
    json_object_set_new(o, "first_index", json_integer(x->first_index));
    json_object_set_new(o, "first_engine", json_string(x->first_engine));
    json_object_set_new(o, "first_oracle", json_string(x->first_oracle));
    json_object_set_new(o, "max_abs_error", real_json(x->max_abs));
    json_object_set_new(o, "max_rel_error", real_json(x->max_rel));
    json_object_set_new(o, "max_ulp_error", real_json(x->max_ulp));
  }
  return o;
}

enum ndp_status ndp_report_add_case(struct ndp_report *r, const struct ndp_case *c,
                                    const struct ndp_divergences *d,
                                    const struct ndp_expect_failures *f, long long bytes_engine,
                                    long long bytes_oracle, struct ndp_error *err) {
  json_t *o = json_object();
  json_t *divs = json_array();
  json_t *fails = json_array();
  if (o == NULL || fails == NULL || divs == NULL) {
    json_decref(o);
    json_decref(fails);
    json_decref(divs);
    return oom(err);
  }
  int ndiv = d ? d->n : 0;
  const char *status = ndiv > 0 ? "diverged" : f->n > 0 ? "expect-failed" : "pass";
  int bad = 0;
  bad |= json_object_set_new(o, "case", json_string(c->name));
  bad |= json_object_set_new(o, "file", json_string(c->file));
  bad |= json_object_set_new(o, "line", json_integer(c->line));
  bad |= json_object_set_new(o, "status", json_string(status));
  for (int i = 0; i < ndiv; i++) {
    json_t *x = divergence_json(c, &d->items[i]);
    if (x == NULL) {
      bad = 1;
      break;
    }
    bad |= json_array_append_new(divs, x);
    r->by_kind[d->items[i].kind]++;
  }
  bad |= json_object_set_new(o, "divergences", divs);
  if (d != NULL && d->nnotes > 0) {
    json_t *notes = json_array();
    for (int i = 0; notes != NULL && i < d->nnotes; i++)
      bad |= json_array_append_new(notes, json_string(d->notes[i]));
    bad |= json_object_set_new(o, "notes", notes);
  }
  for (int i = 0; i < f->n; i++) {
    const struct ndp_expect_failure *x = &f->items[i];
    json_t *e = json_object();
    if (e == NULL) {
      bad = 1;
      break;
    }
    bad |= json_object_set_new(e, "step", json_string(x->step));
    bad |= json_object_set_new(e, "backend", json_string(x->backend));
    bad |= json_object_set_new(e, "field", json_string(x->field));
    bad |= json_object_set_new(e, "expected", json_string(x->expected));
    bad |= json_object_set_new(e, "actual", json_string(x->actual));
    if (x->detail) bad |= json_object_set_new(e, "detail", json_string(x->detail));
    bad |= json_array_append_new(fails, e);
  }
  bad |= json_object_set_new(o, "expect_failures", fails);
  if (bytes_engine || bytes_oracle) {
    bad |= json_object_set_new(o, "bytes_copied",
                               json_pack("{sIsI}", "engine", (json_int_t)bytes_engine, "oracle",
                                         (json_int_t)bytes_oracle));
  }
  if (bad) {
    json_decref(o);
    return oom(err);
  }
  NDP_RETURN_NOT_OK(emit(r, o, err));
  r->cases++;
  r->bytes_engine += bytes_engine;
  r->bytes_oracle += bytes_oracle;
  if (ndiv > 0)
    r->diverged++;
  else if (f->n > 0)
    r->expect_failed++;
  else
    r->passed++;
  return NDP_OK;
}

enum ndp_status ndp_report_add_input_error(struct ndp_report *r, const struct ndp_load_error *e,
                                           struct ndp_error *err) {
  json_t *o = json_object();
  if (o == NULL) return oom(err);
  int bad = 0;
  bad |= json_object_set_new(o, "case", str_or_null(e->case_name));
  bad |= json_object_set_new(o, "file", json_string(e->file));
  bad |= json_object_set_new(o, "line", json_integer(e->line));
  bad |= json_object_set_new(o, "column", json_integer(e->column));
  bad |= json_object_set_new(o, "status", json_string("input-error"));
  bad |= json_object_set_new(o, "error", json_string(e->message));
  bad |= json_object_set_new(o, "divergences", json_array());
  bad |= json_object_set_new(o, "expect_failures", json_array());
  if (bad) {
    json_decref(o);
    return oom(err);
  }
  NDP_RETURN_NOT_OK(emit(r, o, err));
  r->input_errors++;
  return NDP_OK;
}

enum ndp_status ndp_mkdirs(const char *path, struct ndp_error *err) {
  char buf[4096];
  size_t n = strlen(path);
  if (n == 0 || n >= sizeof buf)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "bad directory name \"%s\"", path);
  memcpy(buf, path, n + 1);
  for (size_t i = 1; i <= n; i++) {
    if (buf[i] == '/' || buf[i] == '\0') {
      char saved = buf[i];
      buf[i] = '\0';
      if (mkdir(buf, 0777) != 0 && errno != EEXIST)
        return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot create directory %s: %s",
                             buf, strerror(errno));
      buf[i] = saved;
    }
  }
  return NDP_OK;
}

static enum ndp_status write_error(const char *path, struct ndp_error *err) {
  return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot write %s: %s", path,
                       strerror(errno));
}

enum ndp_status ndp_report_write(struct ndp_report *r, double seconds, struct ndp_error *err) {
  json_t *s = json_object();
  json_t *by_kind = json_object();
  if (s == NULL || by_kind == NULL) {
    json_decref(s);
    json_decref(by_kind);
    return oom(err);
  }
  int bad = 0;
  for (int k = 0; k < NDP_DIV_COUNT; k++)
    bad |= json_object_set_new(by_kind, ndp_div_kind_name((enum ndp_div_kind)k),
                               json_integer(r->by_kind[k]));
  bad |= json_object_set_new(s, "cases", json_integer(r->cases + r->input_errors));
  bad |= json_object_set_new(s, "passed", json_integer(r->passed));
  bad |= json_object_set_new(s, "diverged", json_integer(r->diverged));
  bad |= json_object_set_new(s, "expect_failed", json_integer(r->expect_failed));
  bad |= json_object_set_new(s, "input_errors", json_integer(r->input_errors));
  bad |= json_object_set_new(s, "by_kind", by_kind);
  bad |= json_object_set_new(s, "bytes_copied",
                             json_pack("{sIsI}", "engine", (json_int_t)r->bytes_engine, "oracle",
                                       (json_int_t)r->bytes_oracle));
  bad |= json_object_set_new(s, "seconds", json_real(seconds));
  bad |= json_object_set_new(r->head, "summary", s);
  if (bad) return oom(err);
  /* json_dumpb into our own buffer: a json_dumps string would have to be
   * freed with jansson's allocator (see harness/src/json_arena.h). */
  const size_t flags = JSON_INDENT(1) | JSON_REAL_PRECISION(17);
  size_t hn = json_dumpb(r->head, NULL, 0, flags);
  char *head = hn > 0 ? malloc(hn) : NULL;
  if (head == NULL || json_dumpb(r->head, head, hn, flags) != hn) {
    free(head);
    return oom(err);
  }
  /* head is "{ ... \n}": drop the closing brace and continue the object. */
  while (hn > 0 && head[hn - 1] != '}') hn--;
  if (hn > 0) hn--;

  char path[4200], tmp[4300];
  snprintf(path, sizeof path, "%s/report.json", r->dir);
  snprintf(tmp, sizeof tmp, "%s/.report.json.%ld.tmp", r->dir, (long)getpid());
  if (fflush(r->results) != 0) {
    free(head);
    return write_error(r->results_path, err);
  }
  FILE *in = fopen(r->results_path, "r");
  FILE *out = in ? fopen(tmp, "w") : NULL;
  if (out == NULL) {
    enum ndp_status st = write_error(in ? tmp : r->results_path, err);
    if (in) fclose(in);
    free(head);
    return st;
  }
  fwrite(head, 1, hn, out);
  free(head);
  fputs(",\n \"results\": [\n", out);
  char buf[1 << 16];
  size_t got;
  while ((got = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, got, out);
  fputs("\n ],\n \"regressions\": [],\n \"fixed\": []\n}\n", out);
  bool failed = ferror(in) || ferror(out);
  fclose(in);
  if (fclose(out) != 0 || failed) {
    unlink(tmp);
    return write_error(tmp, err);
  }
  if (rename(tmp, path) != 0) {
    enum ndp_status st = write_error(path, err);
    unlink(tmp);
    return st;
  }
  return NDP_OK;
}
