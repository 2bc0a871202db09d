/* ndparity replay: one case, step by step, on an engine and an oracle, the
 * two results side by side with the differences marked. It reproduces any
 * divergence of a report: the report's "reproducer.replay" field is the
 * command line. */
#include "cli.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/backend.h"
#include "ndparity/case_write.h"
#include "ndparity/case.h"
#include "ndparity/classify.h"
#include "ndparity/gen.h"
#include "ndparity/pipeline.h"
#include "ndparity/runner.h"

static const char usage_replay[] =
    "usage: ndparity replay CASE_FILE [--case NAME] [--engine B] [--oracle B] [--full]\n"
    "       ndparity replay --fuzz SEED/INDEX [--engine B] [--oracle B] [--full]\n"
    "\n"
    "Runs one case step by step on the engine and the oracle and prints both\n"
    "results side by side: dtype, shape, strides, view or copy, bytes copied,\n"
    "values (abbreviated for big arrays unless --full), errors; for dataset steps\n"
    "the element count, the static element spec and the first elements. Rows that\n"
    "differ are marked with '!'. Then the divergences, as `ndparity run` classifies\n"
    "them, and the failed expectations.\n"
    "\n"
    "options:\n"
    "  --case NAME   the case to replay (needed when the file holds several)\n"
    "  --fuzz SEED/INDEX  the generated case fuzz/SEED/INDEX of `run --fuzz`\n"
    "  --engine B    the system under test (default: ref)\n"
    "  --oracle B    the reference semantics (default: oracle)\n"
    "  --full        print every value\n"
    "  -h, --help    this text\n"
    "\n"
    "Exit: 0 the two backends agree; 1 they diverge or an expectation fails; 2 bad\n"
    "usage, an unknown case or a malformed case file; 3 internal error.\n";

enum { COLW = 34 };

/* ---------------------------------------------------------------- values */

/* The shortest text that reads back as the same value of dtype dt, as
 * Python's repr does ("0.1", "1.0", "nan", "-inf"). */
static void float_text(double v, enum ndp_dtype dt, char *buf, size_t n) {
  if (isnan(v)) {
    snprintf(buf, n, "nan");
    return;
  }
  if (isinf(v)) {
    snprintf(buf, n, v > 0 ? "inf" : "-inf");
    return;
  }
  ndp_float_shortest(dt, v, buf, n);
  if (strpbrk(buf, ".en") == NULL && strlen(buf) + 2 < n) strcat(buf, ".0");
}

static void elem_text(const struct ndp_elem *e, char *buf, size_t n) {
  switch (ndp_dtype_kind(e->dtype)) {
  case NDP_KIND_BOOL: snprintf(buf, n, "%s", e->v.b ? "True" : "False"); break;
  case NDP_KIND_INT: snprintf(buf, n, "%lld", (long long)e->v.i); break;
  case NDP_KIND_UINT: snprintf(buf, n, "%llu", (unsigned long long)e->v.u); break;
  case NDP_KIND_FLOAT: float_text(e->v.f, e->dtype, buf, n); break;
  case NDP_KIND_COMPLEX: {
    char re[48], im[48];
    float_text(e->v.c.re, e->dtype, re, sizeof re);
    float_text(fabs(e->v.c.im), e->dtype, im, sizeof im);
    snprintf(buf, n, "(%s%s%sj)", re, e->v.c.im < 0 || (e->v.c.im == 0 && signbit(e->v.c.im)) ? "-" : "+", im);
    break;
  }
  }
}

struct text {
  char *s;
  size_t n, cap;
  bool oom;
};

static void put(struct text *t, const char *s) {
  size_t k = strlen(s);
  if (t->oom) return;
  if (t->n + k + 1 > t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 256;
    while (cap < t->n + k + 1) cap *= 2;
    char *ns = realloc(t->s, cap);
    if (ns == NULL) {
      t->oom = true;
      return;
    }
    t->s = ns;
    t->cap = cap;
  }
  memcpy(t->s + t->n, s, k + 1);
  t->n += k;
}

/* NumPy's summarization, tighter for a terminal: past 64 elements, 2 items
 * at each end of every axis. */
static void values_rec(const struct ndp_tensor *t, int axis, int64_t *idx, bool summarize,
                       struct text *out) {
  if (axis == t->ndim) {
    struct ndp_elem e;
    char buf[112];
    ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
    elem_text(&e, buf, sizeof buf);
    put(out, buf);
    return;
  }
  put(out, "[");
  int64_t n = t->shape[axis];
  for (int64_t i = 0; i < n; i++) {
    if (summarize && n > 4 && i == 2) {
      put(out, "..., ");
      i = n - 2;
    }
    idx[axis] = i;
    values_rec(t, axis + 1, idx, summarize, out);
    if (i + 1 < n) put(out, ", ");
  }
  put(out, "]");
}

static char *values_text(const struct ndp_tensor *t, bool full) {
  struct text out = {0};
  int64_t idx[NDP_MAXDIMS] = {0};
  values_rec(t, 0, idx, !full && ndp_tensor_size(t) > 64, &out);
  if (out.oom) {
    free(out.s);
    return NULL;
  }
  /* A line's worth unless --full. */
  if (!full && out.n > 300) memcpy(out.s + 296, " ...", 5);
  return out.s;
}

/* ---------------------------------------------------------------- rows */

static void row(const char *label, const char *e, const char *o) {
  bool differs = strcmp(e, o) != 0;
  if (strlen(e) <= COLW && strlen(o) <= COLW) {
    printf("  %-16s %c %-*s  %s\n", label, differs ? '!' : ' ', COLW, e, o);
  } else if (!differs) {
    printf("  %-16s   both: %s\n", label, e);
  } else {
    printf("  %-16s %c engine: %s\n", label, differs ? '!' : ' ', e);
    printf("  %-16s %c oracle: %s\n", "", differs ? '!' : ' ', o);
  }
}

static void strides_text(const struct ndp_tensor *t, char *buf, size_t n) {
  size_t o = (size_t)snprintf(buf, n, "(");
  for (int k = 0; k < t->ndim && o < n; k++)
    o += (size_t)snprintf(buf + o, n - o, "%s%lld", k ? ", " : "", (long long)t->strides[k]);
  if (o < n) snprintf(buf + o, n - o, t->ndim == 1 ? ",)" : ")");
}

/* One side of an array step, as the rows' texts. */
struct side_text {
  char status[640], dtype[32], shape[160], strides[160], view[16], bytes[32];
  char *values;
};

static void describe_array(const struct ndp_step_result *r, bool full, struct side_text *t) {
  memset(t, 0, sizeof *t);
  snprintf(t->dtype, sizeof t->dtype, "-");
  snprintf(t->shape, sizeof t->shape, "-");
  snprintf(t->strides, sizeof t->strides, "-");
  snprintf(t->view, sizeof t->view, "-");
  snprintf(t->bytes, sizeof t->bytes, "-");
  if (!r->ran) {
    snprintf(t->status, sizeof t->status, "not run (an operand failed)");
  } else if (r->status != NDP_OK) {
    snprintf(t->status, sizeof t->status, "error %s: %.560s", ndp_errclass_name(r->err.cls),
             r->err.msg);
  } else {
    snprintf(t->status, sizeof t->status, "ok");
    snprintf(t->dtype, sizeof t->dtype, "%s%s", ndp_dtype_name(r->value.dtype),
             r->value.swapped ? " (byte-swapped)" : "");
    ndp_shape_str(r->value.ndim, r->value.shape, t->shape, sizeof t->shape);
    strides_text(&r->value, t->strides, sizeof t->strides);
    snprintf(t->view, sizeof t->view, "%s", r->view ? "view" : "copy");
    snprintf(t->bytes, sizeof t->bytes, "%lld", (long long)r->bytes_copied);
    t->values = values_text(&r->value, full);
  }
}

static void print_array_step(const struct ndp_step_result *e, const struct ndp_step_result *o,
                             bool full) {
  struct side_text te, to;
  describe_array(e, full, &te);
  describe_array(o, full, &to);
  row("result", te.status, to.status);
  if (e->ran && o->ran && (e->status == NDP_OK || o->status == NDP_OK)) {
    row("dtype", te.dtype, to.dtype);
    row("shape", te.shape, to.shape);
    row("strides (bytes)", te.strides, to.strides);
    row("view or copy", te.view, to.view);
    row("bytes copied", te.bytes, to.bytes);
    row("values", te.values ? te.values : "-", to.values ? to.values : "-");
  }
  free(te.values);
  free(to.values);
}

/* The first element of a dataset, as text. */
static char *dataset_elements(const struct ndp_step_result *r, bool full) {
  struct text out = {0};
  struct ndp_ds_iter *it = NULL;
  struct ndp_error err = {0};
  if (ndp_ds_iter_open(r->dataset, &it, &err) != NDP_OK) return NULL;
  int64_t bytes = 0;
  for (int i = 0; i < 1; i++) {
    struct ndp_element el;
    bool done = false;
    if (ndp_ds_iter_next(it, &el, &done, &bytes, &err) != NDP_OK || done) break;
    put(&out, i ? "; " : "");
    if (el.n != 1) put(&out, "(");
    for (int k = 0; k < el.n; k++) {
      char *v = values_text(&el.c[k], full);
      put(&out, k ? ", " : "");
      put(&out, v ? v : "?");
      free(v);
    }
    if (el.n != 1) put(&out, ")");
    ndp_element_release(&el);
  }

  ndp_ds_iter_close(it);
  if (out.oom) {
    free(out.s);
    return NULL;
  }
  return out.s ? out.s : calloc(1, 1);
}

static void describe_dataset(const struct ndp_step_result *r, char *status, size_t n, char *count,
                             char *spec, size_t specn, char *bytes) {
  count[0] = spec[0] = bytes[0] = '\0';
  if (!r->ran) {
    snprintf(status, n, "not run (an operand failed)");
    return;
  }
  if (r->dataset == NULL) {
    snprintf(status, n, "error %s: %.560s", ndp_errclass_name(r->err.cls), r->err.msg);
    return;
  }
  if (r->status != NDP_OK)
    snprintf(status, n, "error %s: %.560s", ndp_errclass_name(r->err.cls), r->err.msg);
  else
    snprintf(status, n, "ok");
  snprintf(count, 32, "%lld", (long long)r->count);
  snprintf(bytes, 32, "%lld", (long long)r->bytes_copied);
  const struct ndp_ds_spec *sp = ndp_dataset_spec(r->dataset);
  if (sp != NULL) ndp_ds_spec_str(sp, spec, specn);
  else snprintf(spec, specn, "(none: evaluated eagerly)");
}

static void print_dataset_step(const struct ndp_step_result *e, const struct ndp_step_result *o,
                               bool full) {
  char se[640], so[640], ce[32], co[32], spe[1024], spo[1024], be[32], bo[32];
  describe_dataset(e, se, sizeof se, ce, spe, sizeof spe, be);
  describe_dataset(o, so, sizeof so, co, spo, sizeof spo, bo);
  row("result", se, so);
  if (e->dataset == NULL && o->dataset == NULL) return;
  row("elements", ce, co);
  row("element spec", spe, spo);
  row("bytes copied", be, bo);
  char *ve = e->dataset ? dataset_elements(e, full) : NULL;
  char *vo = o->dataset ? dataset_elements(o, full) : NULL;
  row("first element", ve ? ve : "", vo ? vo : "");
  free(ve);
  free(vo);
}

/* "add(a, {int: 3})" */
static void step_call(const struct ndp_case *c, const struct ndp_step *st, char *buf, size_t n) {
  size_t o = (size_t)snprintf(buf, n, "%s(", ndp_op_name(st->op));
  for (int a = 0; a < st->nargs && o < n; a++) {
    const struct ndp_arg *arg = &st->args[a];
    char v[128];
    switch (arg->kind) {
    case NDP_ARG_REF:
      snprintf(v, sizeof v, "%s",
               arg->slot < c->ninputs ? c->inputs[arg->slot].name
                                      : c->steps[arg->slot - c->ninputs].id);
      break;
    case NDP_ARG_PYINT:
      if (arg->pyint.huge)
        snprintf(v, sizeof v, "%s<huge int>", arg->pyint.neg ? "-" : "");
      else
        snprintf(v, sizeof v, "%s%llu", arg->pyint.neg ? "-" : "",
                 (unsigned long long)arg->pyint.mag);
      break;
    case NDP_ARG_PYFLOAT: float_text(arg->f, NDP_FLOAT64, v, sizeof v); break;
    case NDP_ARG_PYBOOL: snprintf(v, sizeof v, "%s", arg->b ? "True" : "False"); break;
    case NDP_ARG_PYCOMPLEX: {
      char re[48], im[48];
      float_text(arg->re, NDP_FLOAT64, re, sizeof re);
      float_text(arg->im, NDP_FLOAT64, im, sizeof im);
      snprintf(v, sizeof v, "complex(%s, %s)", re, im);
      break;
    }
    case NDP_ARG_NPSCALAR: {
      struct ndp_elem e;
      char t[96];
      ndp_elem_load(arg->scalar.dtype, false, ndp_tensor_at(&arg->scalar, NULL), &e);
      elem_text(&e, t, sizeof t);
      snprintf(v, sizeof v, "np.%s(%s)", ndp_dtype_name(arg->scalar.dtype), t);
      break;
    }
    default: snprintf(v, sizeof v, "?"); break;
    }
    o += (size_t)snprintf(buf + o, n - o, "%s%s", a ? ", " : "", v);
  }
  if (o < n) snprintf(buf + o, n - o, ")");
}

/* ---------------------------------------------------------------- command */

int ndp_cli_replay(int argc, char **argv) {
  const char *file = NULL, *name = NULL, *engine_name = "ref", *oracle_name = "oracle";
  const char *fuzz = NULL;
  bool full = false;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(usage_replay, stdout);
      return 0;
    }
    const char **dst = strcmp(a, "--case") == 0     ? &name
                       : strcmp(a, "--engine") == 0 ? &engine_name
                       : strcmp(a, "--oracle") == 0 ? &oracle_name
                       : strcmp(a, "--fuzz") == 0   ? &fuzz
                                                    : NULL;
    if (dst != NULL) {
      if (i + 1 >= argc) {
        fprintf(stderr, "ndparity replay: %s needs a value\n%s", a, usage_replay);
        return 2;
      }
      *dst = argv[++i];
    } else if (strcmp(a, "--full") == 0) {
      full = true;
    } else if (a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "ndparity replay: unknown option %s\n%s", a, usage_replay);
      return 2;
    } else if (file == NULL) {
      file = a;
    } else {
      fprintf(stderr, "ndparity replay: one case file only (got %s and %s)\n%s", file, a,
              usage_replay);
      return 2;
    }
  }
  unsigned long long fuzz_seed = 0;
  long long fuzz_index = 0;
  if (fuzz != NULL) {
    char *end;
    fuzz_seed = strtoull(fuzz, &end, 10);
    bool ok = end != fuzz && *end == '/';
    if (ok) {
      const char *p = end + 1;
      fuzz_index = strtoll(p, &end, 10);
      ok = end != p && *end == '\0' && fuzz_index >= 0;
    }
    if (!ok || file != NULL) {
      fprintf(stderr, "ndparity replay: --fuzz takes SEED/INDEX (as in fuzz/1/42), and no case "
                      "file\n%s", usage_replay);
      return 2;
    }
  } else if (file == NULL) {
    fprintf(stderr, "ndparity replay: which case file?\n%s", usage_replay);
    return 2;
  }
  struct ndp_error err = {0};
  struct ndp_backend *engine = NULL, *oracle = NULL;
  if (ndp_backend_open(engine_name, &engine, &err) != NDP_OK ||
      ndp_backend_open(oracle_name, &oracle, &err) != NDP_OK) {
    fprintf(stderr, "ndparity replay: %s\n", err.msg);
    ndp_backend_free(engine);
    return 2;
  }
  int code = 0;
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  struct ndp_step_result *re = NULL, *ro = NULL;
  struct ndp_divergences divs = {0};
  struct ndp_expect_failures fails = {0};
  const struct ndp_case *c = NULL;
  struct ndp_case *generated = NULL;
  if (fuzz != NULL) {
    struct ndp_gen_src src;
    char gname[64];
    ndp_gen_src_seeded(&src, fuzz_seed, (uint64_t)fuzz_index);
    snprintf(gname, sizeof gname, "fuzz/%llu/%lld", fuzz_seed, fuzz_index);
    if (ndp_gen_case(&src, gname, &generated, &err) != NDP_OK) {
      fprintf(stderr, "ndparity replay: %s\n", err.msg);
      code = 3;
      goto done;
    }
    c = generated;
  } else if (ndp_corpus_load_path(&corpus, file, &err) != NDP_OK) {
    fprintf(stderr, "ndparity replay: %s\n", err.msg);
    code = 3;
    goto done;
  }
  for (int i = 0; fuzz == NULL && i < corpus.ncases && c == NULL; i++)
    if (name == NULL ? corpus.ncases == 1 : strcmp(corpus.cases[i]->name, name) == 0)
      c = corpus.cases[i];
  if (c == NULL) {
    for (int i = 0; i < corpus.nerrors; i++) {
      const struct ndp_load_error *e = &corpus.errors[i];
      if (name != NULL && e->case_name != NULL && strcmp(e->case_name, name) != 0) continue;
      ndp_load_error_print(e, stderr);
    }
    if (name != NULL)
      fprintf(stderr, "ndparity replay: no case named \"%s\" loads from %s", name, file);
    else
      fprintf(stderr, "ndparity replay: %s holds %d cases: say which with --case", file,
              corpus.ncases);
    if (corpus.ncases > 0) {
      fprintf(stderr, "; it has:\n");
      for (int i = 0; i < corpus.ncases && i < 20; i++)
        fprintf(stderr, "  %s\n", corpus.cases[i]->name);
      if (corpus.ncases > 20) fprintf(stderr, "  ... %d more\n", corpus.ncases - 20);
    } else {
      fprintf(stderr, "\n");
    }
    code = 2;
    goto done;
  }
  re = calloc((size_t)c->nsteps + 1, sizeof *re);
  ro = calloc((size_t)c->nsteps + 1, sizeof *ro);
  if (re == NULL || ro == NULL) {
    fprintf(stderr, "ndparity replay: out of memory\n");
    code = 3;
    goto done;
  }
  enum ndp_status st = ndp_run_case(engine, c, re, &err);
  if (st == NDP_OK) st = ndp_run_case(oracle, c, ro, &err);
  if (st == NDP_OK) st = ndp_classify_case(c, re, ro, &divs, &err);
  if (st == NDP_OK) st = ndp_check_expectations(c, re, engine->name, &fails, &err);
  if (st == NDP_OK) st = ndp_check_expectations(c, ro, oracle->name, &fails, &err);
  if (st != NDP_OK) {
    fprintf(stderr, "ndparity replay: %s:%d: case %s: %s\n", c->file, c->line, c->name, err.msg);
    code = st == NDP_EINPUT ? 2 : 3;
    goto done;
  }
  printf("case %s (%s:%d)\n", c->name, c->file, c->line);
  printf("engine %s, oracle %s; '!' marks a row where they differ\n", engine->name,
         oracle->name);
  printf("\ninputs\n");
  for (int i = 0; i < c->ninputs; i++) {
    const struct ndp_tensor *t = &c->inputs[i].tensor;
    char sh[160], strd[160];
    char *v = values_text(t, full);
    strides_text(t, strd, sizeof strd);
    printf("  %s: %s%s %s strides %s\n      %s\n", c->inputs[i].name, ndp_dtype_name(t->dtype),
           t->swapped ? " (byte-swapped)" : "", ndp_shape_str(t->ndim, t->shape, sh, sizeof sh),
           strd, v ? v : "?");
    free(v);
  }
  for (int s = 0; s < c->nsteps; s++) {
    const struct ndp_step *step = &c->steps[s];
    char call[512];
    step_call(c, step, call, sizeof call);
    printf("\nstep %s = %s\n", step->id, call);
    printf("  %-16s   %-*s  %s\n", "", COLW, engine->name, oracle->name);
    if (ndp_op_class(step->op) == NDP_OPC_DATASET)
      print_dataset_step(&re[s], &ro[s], full);
    else
      print_array_step(&re[s], &ro[s], full);
    for (int k = 0; k < divs.n; k++)
      if (divs.items[k].step == s)
        printf("  => %s %s: %s\n", ndp_div_kind_name(divs.items[k].kind),
               divs.items[k].fingerprint, divs.items[k].message);
  }
  printf("\n");
  if (divs.n == 0) printf("no divergence\n");
  else printf("%d divergence%s (see the steps above)\n", divs.n, divs.n == 1 ? "" : "s");
  for (int k = 0; k < divs.nnotes; k++) printf("note: %s\n", divs.notes[k]);
  for (int k = 0; k < fails.n; k++) {
    const struct ndp_expect_failure *x = &fails.items[k];
    printf("expectation failed: step %s (%s): %s expected %s, got %s%s%s\n", x->step, x->backend,
           x->field, x->expected, x->actual, x->detail ? " — " : "", x->detail ? x->detail : "");
  }
  code = divs.n > 0 || fails.n > 0 ? 1 : 0;
done:
  if (re != NULL && c != NULL) ndp_step_results_release(c->nsteps, re);
  if (ro != NULL && c != NULL) ndp_step_results_release(c->nsteps, ro);
  free(re);
  free(ro);
  ndp_divergences_reset(&divs);
  ndp_expect_failures_reset(&fails);
  ndp_corpus_reset(&corpus);
  ndp_case_free(generated);
  ndp_backend_free(engine);
  ndp_backend_free(oracle);
  return code;
}
