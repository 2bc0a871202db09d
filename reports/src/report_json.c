/* Writes report.json with jansson (insertion-ordered keys). */
#include "ndparity/report.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static enum ndp_status oom(struct ndp_error *err) {
  return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory building the report");
}

enum ndp_status ndp_report_init(struct ndp_report *r, const char *mode, const char *engine,
                                const char *oracle, long long seed, struct ndp_error *err) {
  memset(r, 0, sizeof *r);
  r->root = json_object();
  r->results = json_array();
  if (r->root == NULL || r->results == NULL) {
    json_decref(r->root);
    json_decref(r->results);
    r->root = r->results = NULL;
    return oom(err);
  }
  int bad = 0;
  bad |= json_object_set_new(r->root, "format", json_string("ndparity-report"));
  bad |= json_object_set_new(r->root, "version", json_integer(1));
  bad |= json_object_set_new(r->root, "mode", json_string(mode));
  bad |= json_object_set_new(r->root, "engine", json_string(engine));
  bad |= json_object_set_new(r->root, "oracle", oracle ? json_string(oracle) : json_null());
  bad |= json_object_set_new(r->root, "seed", json_integer(seed));
  bad |= json_object_set_new(r->root, "summary", json_object());
  bad |= json_object_set_new(r->root, "results", r->results);
  bad |= json_object_set_new(r->root, "regressions", json_array());
  bad |= json_object_set_new(r->root, "fixed", json_array());
  if (bad) {
    ndp_report_reset(r);
    return oom(err);
  }
  return NDP_OK;
}

void ndp_report_reset(struct ndp_report *r) {
  json_decref(r->root);
  memset(r, 0, sizeof *r);
}

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

enum ndp_status ndp_report_add_case(struct ndp_report *r, const struct ndp_case *c,
                                    const struct ndp_expect_failures *f, struct ndp_error *err) {
  json_t *o = json_object();
  json_t *fails = json_array();
  if (o == NULL || fails == NULL) {
    json_decref(o);
    json_decref(fails);
    return oom(err);
  }
  const char *status = f->n == 0 ? "pass" : "expect-failed";
  int bad = 0;
  bad |= json_object_set_new(o, "case", json_string(c->name));
  bad |= json_object_set_new(o, "file", json_string(c->file));
  bad |= json_object_set_new(o, "line", json_integer(c->line));
  bad |= json_object_set_new(o, "status", json_string(status));
  bad |= json_object_set_new(o, "divergences", json_array());
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
  if (bad || json_array_append_new(r->results, o)) return oom(err);
  r->cases++;
  if (f->n == 0)
    r->passed++;
  else
    r->expect_failed++;
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
  if (bad || json_array_append_new(r->results, o)) return oom(err);
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

static const char *const kinds[] = {"shape-loss", "shape-mismatch", "type-mismatch",
                                    "value-mismatch", "error-mismatch", "copy-overhead",
                                    "crash", "timeout", "unsupported"};

enum ndp_status ndp_report_write(struct ndp_report *r, const char *dir, double seconds,
                                 struct ndp_error *err) {
  json_t *s = json_object_get(r->root, "summary");
  json_t *by_kind = json_object();
  if (by_kind == NULL) return oom(err);
  int bad = 0;
  for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
    bad |= json_object_set_new(by_kind, kinds[i], json_integer(0));
  json_object_clear(s);
  bad |= json_object_set_new(s, "cases", json_integer(r->cases + r->input_errors));
  bad |= json_object_set_new(s, "passed", json_integer(r->passed));
  bad |= json_object_set_new(s, "diverged", json_integer(r->diverged));
  bad |= json_object_set_new(s, "expect_failed", json_integer(r->expect_failed));
  bad |= json_object_set_new(s, "input_errors", json_integer(r->input_errors));
  bad |= json_object_set_new(s, "by_kind", by_kind);
  bad |= json_object_set_new(s, "seconds", json_real(seconds));
  if (bad) return oom(err);

  NDP_RETURN_NOT_OK(ndp_mkdirs(dir, err));
  char path[4200], tmp[4300];
  snprintf(path, sizeof path, "%s/report.json", dir);
  snprintf(tmp, sizeof tmp, "%s/.report.json.%ld.tmp", dir, (long)getpid());
  if (json_dump_file(r->root, tmp, JSON_INDENT(1) | JSON_REAL_PRECISION(17)) != 0) {
    unlink(tmp);
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot write %s", tmp);
  }
  if (rename(tmp, path) != 0) {
    int e = errno;
    unlink(tmp);
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot rename %s to %s: %s", tmp, path,
                         strerror(e));
  }
  return NDP_OK;
}
