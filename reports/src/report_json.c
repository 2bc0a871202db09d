/* Writes report.json with jansson (insertion-ordered keys, so the bytes are
 * the same for the same run). Results are dumped one compact object per line
 * into a temporary file as they come, then spliced into the final document. */
#include "ndparity/report.h"

#include "ndparity/case_write.h"
#include "ndparity/pipeline.h"
#include "ndparity/report_writers.h"
#include "ndparity/snippet.h"

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
  r->html = r->junit = true;
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
  free(r->baseline_path);
  json_decref(r->head);
  memset(r, 0, sizeof *r);
}

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

/* Appends one result object (consumed) as a line of the results file. */
static enum ndp_status emit(struct ndp_report *r, json_t *o, struct ndp_error *err) {
  int bad = json_dumpf(o, r->results, JSON_COMPACT | JSON_REAL_PRECISION(17));
  json_decref(o);
  if (bad == 0) fputc('\n', r->results);
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

/* The stages from the source to dataset ds: [{step, op, spec}]. */
static json_t *pipeline_json(const struct ndp_dataset *ds) {
  const struct ndp_dataset *chain[NDP_MAX_PIPELINE_DEPTH + 1];
  int n = 0;
  for (const struct ndp_dataset *d = ds; d != NULL && n <= NDP_MAX_PIPELINE_DEPTH;
       d = ndp_dataset_source(d))
    chain[n++] = d;
  json_t *a = json_array();
  for (int k = n - 1; a != NULL && k >= 0; k--) {
    const struct ndp_step *st = ndp_dataset_step(chain[k]);
    const struct ndp_ds_spec *sp = ndp_dataset_spec(chain[k]);
    char text[1024];
    if (sp != NULL) ndp_ds_spec_str(sp, text, sizeof text);
    json_array_append_new(a, json_pack("{ssssso}", "step", st->id, "op", ndp_op_name(st->op),
                                       "spec", sp ? json_string(text) : json_null()));
  }
  return a;
}

static json_t *divergence_json(const struct ndp_case *c, const struct ndp_divergence *x,
                               const struct ndp_step_result *engine, const char *baseline) {
  json_t *o = json_object();
  if (o == NULL) return NULL;
  json_object_set_new(o, "step", json_string(c->steps[x->step].id));
  json_object_set_new(o, "op", json_string(ndp_op_name(c->steps[x->step].op)));
  json_object_set_new(o, "kind", json_string(ndp_div_kind_name(x->kind)));
  json_object_set_new(o, "fingerprint", json_string(x->fingerprint));
  json_object_set_new(o, "message", json_string(x->message));
  if (baseline != NULL) json_object_set_new(o, "baseline", json_string(baseline));
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
  if (engine != NULL && engine[x->step].dataset != NULL)
    json_object_set_new(o, "pipeline", pipeline_json(engine[x->step].dataset));
  return o;
}

static const char *result_type(const struct ndp_step_result *r) {
  if (!r->ran) return "not-run";
  return r->status == NDP_OK ? ndp_dtype_name(r->value.dtype) : "error";
}

/* {op, a, b, engine, oracle} when the case's first step is a binary ufunc. */
static json_t *promotion_json(const struct ndp_case *c, const struct ndp_step_result *engine,
                              const struct ndp_step_result *oracle) {
  if (c->nsteps < 1 || ndp_op_class(c->steps[0].op) != NDP_OPC_BINARY || c->steps[0].nargs != 2)
    return NULL;
  /* both sides failing (a broadcast error) says nothing about promotion */
  if (!(engine[0].ran && engine[0].status == NDP_OK) && !(oracle[0].ran && oracle[0].status == NDP_OK))
    return NULL;
  char ops[256];
  ndp_describe_operands(c, &c->steps[0], oracle, ops, sizeof ops);
  char *comma = strstr(ops, ", ");
  if (comma == NULL) return NULL;
  *comma = '\0';
  return json_pack("{ssssssssss}", "op", ndp_op_name(c->steps[0].op), "a", ops, "b", comma + 2,
                   "engine", result_type(&engine[0]), "oracle", result_type(&oracle[0]));
}

/* [{step, op, engine, oracle}]: bytes copied at each crossing or dataset
 * stage that copied on either side; NULL when none did. */
static json_t *crossings_json(const struct ndp_case *c, const struct ndp_step_result *engine,
                              const struct ndp_step_result *oracle) {
  json_t *a = NULL;
  for (int k = 0; k < c->nsteps; k++) {
    enum ndp_op_class oc = ndp_op_class(c->steps[k].op);
    if (oc != NDP_OPC_CROSSING && oc != NDP_OPC_DATASET) continue;
    long long be = engine[k].ran && engine[k].status == NDP_OK ? engine[k].bytes_copied : 0;
    long long bo = oracle[k].ran && oracle[k].status == NDP_OK ? oracle[k].bytes_copied : 0;
    if (be == 0 && bo == 0) continue;
    if (a == NULL && (a = json_array()) == NULL) return NULL;
    json_array_append_new(a, json_pack("{sssssIsI}", "step", c->steps[k].id, "op",
                                       ndp_op_name(c->steps[k].op), "engine", (json_int_t)be,
                                       "oracle", (json_int_t)bo));
  }
  return a;
}

/* Single-quotes s for a POSIX shell. */
static void shell_quote(const char *s, char *buf, size_t n) {
  size_t o = 0;
  bool plain = *s != '\0';
  for (const char *p = s; *p && plain; p++)
    plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("/._-+:=,", *p) != NULL;
  if (plain) {
    snprintf(buf, n, "%s", s);
    return;
  }
  if (n < 3) return;
  buf[o++] = '\'';
  for (const char *p = s; *p && o + 5 < n; p++) {
    if (*p == '\'') {
      memcpy(buf + o, "'\\''", 4);
      o += 4;
    } else {
      buf[o++] = *p;
    }
  }
  buf[o++] = '\'';
  buf[o] = '\0';
}

/* {case_json, numpy, replay} for a case that did not pass. */
static json_t *reproducer_json(const struct ndp_report *r, const struct ndp_case *c) {
  json_t *o = json_object();
  if (o == NULL) return NULL;
  /* the case as written, or (a generated case) as the writer writes it */
  json_t *cj = c->json != NULL ? json_incref(c->json) : ndp_case_to_json(c, false);
  if (cj != NULL) {
    const size_t flags = JSON_COMPACT | JSON_REAL_PRECISION(17) | JSON_PRESERVE_ORDER;
    size_t n = json_dumpb(cj, NULL, 0, flags);
    char *text = n > 0 ? malloc(n + 1) : NULL;
    if (text != NULL && json_dumpb(cj, text, n, flags) == n) {
      text[n] = '\0';
      json_object_set_new(o, "case_json", json_string(text));
    }
    free(text);
    json_decref(cj);
  }
  char *py = ndp_case_numpy_snippet(c);
  if (py != NULL) json_object_set_new(o, "numpy", json_string(py));
  free(py);
  char file[2100], name[2100], cmd[4400];
  shell_quote(c->file, file, sizeof file);
  shell_quote(c->name, name, sizeof name);
  const char *engine = json_string_value(json_object_get(r->head, "engine"));
  const char *oracle = json_string_value(json_object_get(r->head, "oracle"));
  unsigned long long seed;
  long long index;
  char tail;
  if (c->json == NULL && sscanf(c->name, "fuzz/%llu/%lld%c", &seed, &index, &tail) == 2)
    snprintf(cmd, sizeof cmd, "ndparity replay --fuzz %llu/%lld --engine %s --oracle %s", seed,
             index, engine ? engine : "ref", oracle ? oracle : "oracle");
  else
    snprintf(cmd, sizeof cmd, "ndparity replay %s --case %s --engine %s --oracle %s", file, name,
             engine ? engine : "ref", oracle ? oracle : "oracle");
  json_object_set_new(o, "replay", json_string(cmd));
  return o;
}

enum ndp_status ndp_report_set_baseline(struct ndp_report *r, struct ndp_gate *gate,
                                        const char *path, struct ndp_error *err) {
  r->gate = gate;
  free(r->baseline_path);
  r->baseline_path = dup_printf(path, "");
  if (r->baseline_path == NULL) return oom(err);
  return NDP_OK;
}

json_t *ndp_report_case_json(const struct ndp_report *r, const struct ndp_case *c,
                             const struct ndp_step_result *engine,
                             const struct ndp_step_result *oracle,
                             const struct ndp_divergences *d,
                             const struct ndp_expect_failures *f) {
  json_t *o = json_object();
  json_t *divs = json_array();
  json_t *fails = json_array();
  if (o == NULL || fails == NULL || divs == NULL) {
    json_decref(o);
    json_decref(fails);
    json_decref(divs);
    return NULL;
  }
  int ndiv = d ? d->n : 0;
  const char *status = ndiv > 0 ? "diverged" : f->n > 0 ? "expect-failed" : "pass";
  long long bytes_engine = oracle != NULL ? ndp_step_results_bytes(c, engine) : 0;
  long long bytes_oracle = ndp_step_results_bytes(c, oracle);
  int bad = 0;
  bad |= json_object_set_new(o, "case", json_string(c->name));
  bad |= json_object_set_new(o, "file", json_string(c->file));
  bad |= json_object_set_new(o, "line", json_integer(c->line));
  bad |= json_object_set_new(o, "status", json_string(status));
  for (int i = 0; i < ndiv; i++) {
    json_t *x = divergence_json(c, &d->items[i], engine, NULL);
    if (x == NULL) {
      bad = 1;
      break;
    }
    bad |= json_array_append_new(divs, x);
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
  if (oracle != NULL) {
    json_t *p = promotion_json(c, engine, oracle);
    if (p != NULL) bad |= json_object_set_new(o, "promotion", p);
    json_t *x = crossings_json(c, engine, oracle);
    if (x != NULL) bad |= json_object_set_new(o, "crossings", x);
  }
  if (strcmp(status, "pass") != 0) {
    json_t *rep = reproducer_json(r, c);
    bad |= rep == NULL || json_object_set_new(o, "reproducer", rep);
  }
  if (bad) {
    json_decref(o);
    return NULL;
  }
  return o;
}

static long long int_at(const json_t *o, const char *a, const char *b) {
  const json_t *x = json_object_get(o, a);
  if (b != NULL) x = json_object_get(x, b);
  return json_is_integer(x) ? (long long)json_integer_value(x) : 0;
}

static enum ndp_div_kind kind_of(const char *name) {
  for (int k = 0; name != NULL && k < NDP_DIV_COUNT; k++)
    if (strcmp(ndp_div_kind_name((enum ndp_div_kind)k), name) == 0) return (enum ndp_div_kind)k;
  return NDP_DIV_COUNT;
}

enum ndp_status ndp_report_add_result(struct ndp_report *r, json_t *o, struct ndp_error *err) {
  const char *status = json_string_value(json_object_get(o, "status"));
  if (status == NULL) {
    json_decref(o);
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "a result without a status");
  }
  size_t i;
  json_t *x;
  json_array_foreach(json_object_get(o, "divergences"), i, x) {
    const char *kname = json_string_value(json_object_get(x, "kind"));
    enum ndp_div_kind kind = kind_of(kname);
    if (kind < NDP_DIV_COUNT) r->by_kind[kind]++;
    if (r->gate != NULL) {
      const char *mark = ndp_gate_observe(
          r->gate, json_string_value(json_object_get(x, "fingerprint")), kname,
          json_string_value(json_object_get(x, "message")),
          json_string_value(json_object_get(o, "case")),
          json_string_value(json_object_get(o, "file")),
          kind == NDP_DIV_COPY_OVERHEAD ? int_at(x, "engine", "bytes_copied") : 0);
      if (json_object_set_new(x, "baseline", json_string(mark)) != 0) {
        json_decref(o);
        return oom(err);
      }
    }
  }
  long long be = int_at(o, "bytes_copied", "engine"), bo = int_at(o, "bytes_copied", "oracle");
  bool input_error = strcmp(status, "input-error") == 0;
  char st[16];
  snprintf(st, sizeof st, "%s", status);
  NDP_RETURN_NOT_OK(emit(r, o, err));
  if (input_error) {
    r->input_errors++;
    return NDP_OK;
  }
  r->cases++;
  r->bytes_engine += be;
  r->bytes_oracle += bo;
  if (strcmp(st, "diverged") == 0) r->diverged++;
  else if (strcmp(st, "expect-failed") == 0) r->expect_failed++;
  else if (strcmp(st, "crash") == 0) r->crashed++;
  else if (strcmp(st, "timeout") == 0) r->timed_out++;
  else r->passed++;
  return NDP_OK;
}

void ndp_report_count_pass(struct ndp_report *r, long long bytes_engine, long long bytes_oracle) {
  r->cases++;
  r->passed++;
  r->unlisted++;
  r->bytes_engine += bytes_engine;
  r->bytes_oracle += bytes_oracle;
}

enum ndp_status ndp_report_add_case(struct ndp_report *r, const struct ndp_case *c,
                                    const struct ndp_step_result *engine,
                                    const struct ndp_step_result *oracle,
                                    const struct ndp_divergences *d,
                                    const struct ndp_expect_failures *f, struct ndp_error *err) {
  json_t *o = ndp_report_case_json(r, c, engine, oracle, d, f);
  if (o == NULL) return oom(err);
  return ndp_report_add_result(r, o, err);
}

json_t *ndp_report_dead_case_json(const struct ndp_report *r, const struct ndp_case *c,
                                  enum ndp_div_kind kind, const char *detail) {
  const char *kname = ndp_div_kind_name(kind);
  /* The fingerprint of a death: its kind and the case's first op. */
  char key[256], fp[17];
  snprintf(key, sizeof key, "%s|%s", kname, c->nsteps > 0 ? ndp_op_name(c->steps[0].op) : "");
  ndp_fingerprint_of(key, fp);
  json_t *x = json_pack("{ssssssss}", "step", c->nsteps > 0 ? c->steps[0].id : "", "kind", kname,
                        "fingerprint", fp, "message", detail);
  json_t *o = json_pack("{sssssisss[o]s[]}", "case", c->name, "file", c->file, "line", c->line,
                        "status", kind == NDP_DIV_TIMEOUT ? "timeout" : "crash", "divergences",
                        x, "expect_failures");
  json_t *rep = o ? reproducer_json(r, c) : NULL;
  if (o == NULL || rep == NULL || json_object_set_new(o, "reproducer", rep) != 0) {
    json_decref(o);
    return NULL;
  }
  return o;
}

enum ndp_status ndp_report_add_dead_case(struct ndp_report *r, const struct ndp_case *c,
                                         enum ndp_div_kind kind, const char *detail,
                                         struct ndp_error *err) {
  json_t *o = ndp_report_dead_case_json(r, c, kind, detail);
  if (o == NULL) return oom(err);
  return ndp_report_add_result(r, o, err);
}

json_t *ndp_report_input_error_json(const struct ndp_load_error *e) {
  json_t *o = json_object();
  if (o == NULL) return NULL;
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
    return NULL;
  }
  return o;
}

enum ndp_status ndp_report_add_input_error(struct ndp_report *r, const struct ndp_load_error *e,
                                           struct ndp_error *err) {
  json_t *o = ndp_report_input_error_json(e);
  if (o == NULL) return oom(err);
  return ndp_report_add_result(r, o, err);
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

/* Copies the JSON Lines results into report.json's "results" array. */
static bool splice_results(FILE *in, FILE *out) {
  char buf[1 << 16];
  bool first = true, at_line_start = true;
  size_t got;
  while ((got = fread(buf, 1, sizeof buf, in)) > 0) {
    size_t from = 0;
    for (size_t k = 0; k < got; k++) {
      if (at_line_start) {
        fwrite(buf + from, 1, k - from, out);
        from = k;
        fputs(first ? "  " : ",\n  ", out);
        first = false;
        at_line_start = false;
      }
      if (buf[k] == '\n') {
        fwrite(buf + from, 1, k - from, out); /* the newline itself is dropped */
        from = k + 1;
        at_line_start = true;
      }
    }
    fwrite(buf + from, 1, got - from, out);
  }
  return !ferror(in);
}

enum ndp_status ndp_report_write(struct ndp_report *r, double seconds, struct ndp_error *err) {
  json_t *s = json_object();
  json_t *by_kind = json_object();
  json_t *regressions = NULL, *fixed = NULL;
  if (s == NULL || by_kind == NULL) {
    json_decref(s);
    json_decref(by_kind);
    return oom(err);
  }
  if (r->gate != NULL) {
    enum ndp_status st = ndp_gate_finish(r->gate, &regressions, &fixed, err);
    if (st != NDP_OK) {
      json_decref(s);
      json_decref(by_kind);
      return st;
    }
  } else {
    regressions = json_array();
    fixed = json_array();
  }
  r->regressions = (long)json_array_size(regressions);
  r->fixed = (long)json_array_size(fixed);
  r->known = 0;
  if (r->gate != NULL) {
    long total = 0;
    for (int k = 0; k < NDP_DIV_COUNT; k++) total += r->by_kind[k];
    /* known = divergences whose fingerprint the baseline has: all but the
     * occurrences of new fingerprints */
    long new_occ = 0;
    size_t i;
    json_t *x;
    json_array_foreach(regressions, i, x) {
      const char *why = json_string_value(json_object_get(x, "reason"));
      if (why == NULL || strcmp(why, "new") == 0)
        new_occ += (long)json_integer_value(json_object_get(x, "count"));
    }
    r->known = total - new_occ;
  }
  int bad = 0;
  for (int k = 0; k < NDP_DIV_COUNT; k++)
    bad |= json_object_set_new(by_kind, ndp_div_kind_name((enum ndp_div_kind)k),
                               json_integer(r->by_kind[k]));
  bad |= json_object_set_new(s, "cases", json_integer(r->cases + r->input_errors));
  bad |= json_object_set_new(s, "passed", json_integer(r->passed));
  bad |= json_object_set_new(s, "passed_unlisted", json_integer(r->unlisted));
  bad |= json_object_set_new(s, "diverged", json_integer(r->diverged));
  bad |= json_object_set_new(s, "expect_failed", json_integer(r->expect_failed));
  bad |= json_object_set_new(s, "input_errors", json_integer(r->input_errors));
  bad |= json_object_set_new(s, "crashed", json_integer(r->crashed));
  bad |= json_object_set_new(s, "timed_out", json_integer(r->timed_out));
  bad |= json_object_set_new(s, "by_kind", by_kind);
  bad |= json_object_set_new(s, "bytes_copied",
                             json_pack("{sIsI}", "engine", (json_int_t)r->bytes_engine, "oracle",
                                       (json_int_t)r->bytes_oracle));
  bad |= json_object_set_new(s, "regressions", json_integer(r->regressions));
  bad |= json_object_set_new(s, "fixed", json_integer(r->fixed));
  bad |= json_object_set_new(s, "known", json_integer(r->known));
  bad |= json_object_set_new(s, "seconds", json_real(seconds));
  bad |= json_object_set_new(r->head, "baseline",
                             r->baseline_path ? json_string(r->baseline_path) : json_null());
  bad |= json_object_set_new(r->head, "interrupted", json_boolean(r->interrupted));
  bad |= json_object_set_new(r->head, "summary", s);
  /* regressions and fixed follow results in the file; the head keeps them
   * for the HTML and JUnit writers. */
  bad |= json_object_set_new(r->head, "regressions", regressions);
  bad |= json_object_set_new(r->head, "fixed", fixed);
  if (bad) return oom(err);
  json_t *tail = json_pack("{sOsO}", "regressions", json_object_get(r->head, "regressions"),
                           "fixed", json_object_get(r->head, "fixed"));
  json_t *front = json_copy(r->head);
  if (tail == NULL || front == NULL) {
    json_decref(tail);
    json_decref(front);
    return oom(err);
  }
  json_object_del(front, "regressions");
  json_object_del(front, "fixed");
  /* json_dumpb into our own buffer: a json_dumps string would have to be
   * freed with jansson's allocator (see harness/src/json_arena.h). */
  const size_t flags = JSON_INDENT(1) | JSON_REAL_PRECISION(17);
  size_t hn = json_dumpb(front, NULL, 0, flags);
  size_t tn = json_dumpb(tail, NULL, 0, flags);
  char *head = hn > 0 ? malloc(hn) : NULL;
  char *tl = tn > 0 ? malloc(tn) : NULL;
  bool dumped = head != NULL && tl != NULL && json_dumpb(front, head, hn, flags) == hn &&
                json_dumpb(tail, tl, tn, flags) == tn;
  json_decref(front);
  json_decref(tail);
  if (!dumped) {
    free(head);
    free(tl);
    return oom(err);
  }
  /* head is "{ ... \n}": drop the closing brace and continue the object;
   * tail is "{\n ... }": drop the opening brace. */
  while (hn > 0 && head[hn - 1] != '}') hn--;
  if (hn > 0) hn--;
  size_t t0 = 0;
  while (t0 < tn && tl[t0] != '{') t0++;
  if (t0 < tn) t0++;

  char path[4200], tmp[4300];
  snprintf(path, sizeof path, "%s/report.json", r->dir);
  snprintf(tmp, sizeof tmp, "%s/.report.json.%ld.tmp", r->dir, (long)getpid());
  if (fflush(r->results) != 0) {
    free(head);
    free(tl);
    return write_error(r->results_path, err);
  }
  FILE *in = fopen(r->results_path, "r");
  FILE *out = in ? fopen(tmp, "w") : NULL;
  if (out == NULL) {
    enum ndp_status st = write_error(in ? tmp : r->results_path, err);
    if (in) fclose(in);
    free(head);
    free(tl);
    return st;
  }
  fwrite(head, 1, hn, out);
  free(head);
  fputs(",\n \"results\": [\n", out);
  bool failed = !splice_results(in, out);
  fputs("\n ],", out);
  fwrite(tl + t0, 1, tn - t0, out);
  fputs("\n", out);
  free(tl);
  failed |= ferror(out) != 0;
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
  if (r->html) {
    snprintf(path, sizeof path, "%s/report.html", r->dir);
    NDP_RETURN_NOT_OK(ndp_report_html_write(r->head, r->results_path, path, err));
  }
  if (r->junit) {
    snprintf(path, sizeof path, "%s/junit.xml", r->dir);
    NDP_RETURN_NOT_OK(ndp_report_junit_write(r->head, r->results_path, path, err));
  }
  return NDP_OK;
}
