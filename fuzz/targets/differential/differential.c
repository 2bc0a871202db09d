/* libFuzzer target: the differential campaign, coverage-guided.
 *
 * The input bytes drive every choice of the case generator
 * (ndp_gen_src_bytes + ndp_gen_case, fuzz/include/ndparity/gen.h); the case
 * runs on the engine ("ref") and the oracle ("oracle") and the classifier
 * compares them. Any divergence whose fingerprint is not in the committed
 * baseline (baseline.json beside this file: a report.json whose
 * divergences are known and explained) prints the case and aborts, so
 * that libFuzzer saves the input. Not a finding: an error-mismatch where
 * the oracle itself fails with `unsupported` (it has no verdict there: a
 * Python int beyond 64 bits, say), unless NDP_FUZZ_STRICT=1. A backend that breaks (NDP_EINTERNAL,
 * NDP_EINPUT for a generated case) aborts too; running out of memory is not
 * a finding.
 *
 * Which case a byte string makes depends on the generator's version: a
 * find is kept as its printed case file (cases/found/), not as bytes in
 * the corpus, which holds only seeds.
 *
 * Environment (optional): NDP_FUZZ_BASELINE, the baseline file;
 * NDP_FUZZ_ENGINE and NDP_FUZZ_ORACLE, the backends (default ref, oracle);
 * NDP_FUZZ_CONTINUE=1, for triage: a new fingerprint prints its case once
 * (the first input that shows it) and the run goes on instead of aborting,
 * so one campaign lists every distinct divergence.
 * Without NDP_FUZZ_BASELINE the baseline is looked for beside the binary as
 * differential.baseline.json (the OSS-Fuzz layout, where $OUT holds it),
 * then at the source path compiled in (NDP_FUZZ_BASELINE_DEFAULT).
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ndp_fuzz.h"
#include "ndparity/backend.h"
#include "ndparity/baseline.h"
#include "ndparity/classify.h"
#include "ndparity/gen.h"
#include "ndparity/runner.h"

#if defined(__has_include)
#if __has_include("ndparity/case_write.h")
#include "ndparity/case_write.h"
#define HAVE_CASE_WRITE 1
#endif
#endif

static struct ndp_backend *engine, *oracle;
static struct ndp_baseline *baseline;
static struct ndp_gate *gate;
static bool ready, keep_going, strict;
/* NDP_FUZZ_CONTINUE: fingerprints already printed (a small set). */
static char (*printed)[17];
static size_t nprinted, capprinted;

static bool first_time(const char *fp) {
  for (size_t k = 0; k < nprinted; k++)
    if (strcmp(printed[k], fp) == 0) return false;
  if (nprinted == capprinted) {
    size_t ncap = capprinted ? capprinted * 2 : 64;
    char(*np)[17] = realloc(printed, ncap * sizeof *np);
    NDP_FUZZ_CHECK(np != NULL, "out of memory");
    printed = np;
    capprinted = ncap;
  }
  snprintf(printed[nprinted++], sizeof printed[0], "%s", fp);
  return true;
}

static bool readable(const char *path) {
  return path != NULL && path[0] != '\0' && access(path, R_OK) == 0;
}

/* The baseline path (see the comment at the top); buf holds a built one. */
static const char *baseline_path(const char *argv0, char *buf, size_t n) {
  const char *env = getenv("NDP_FUZZ_BASELINE");
  if (env != NULL && env[0] != '\0') return env;
  if (argv0 != NULL) {
    const char *slash = strrchr(argv0, '/');
    int dir = slash != NULL ? (int)(slash - argv0) : 1;
    snprintf(buf, n, "%.*s/differential.baseline.json", dir, slash != NULL ? argv0 : ".");
    if (readable(buf)) return buf;
  }
#ifdef NDP_FUZZ_BASELINE_DEFAULT
  if (readable(NDP_FUZZ_BASELINE_DEFAULT)) return NDP_FUZZ_BASELINE_DEFAULT;
#endif
  return NULL;
}

static void setup(const char *argv0) {
  if (ready) return;
  struct ndp_error err = {0};
  const char *en = getenv("NDP_FUZZ_ENGINE"), *on = getenv("NDP_FUZZ_ORACLE");
  en = en != NULL && en[0] != '\0' ? en : "ref";
  on = on != NULL && on[0] != '\0' ? on : "oracle";
  NDP_FUZZ_CHECK(ndp_backend_open(en, &engine, &err) == NDP_OK, "engine %s: %s", en, err.msg);
  NDP_FUZZ_CHECK(ndp_backend_open(on, &oracle, &err) == NDP_OK, "oracle %s: %s", on, err.msg);
  char buf[4096];
  const char *path = baseline_path(argv0, buf, sizeof buf);
  /* A missing baseline would turn every known divergence into a finding:
   * say so at once instead. */
  NDP_FUZZ_CHECK(path != NULL,
                 "no baseline: set NDP_FUZZ_BASELINE, or put differential.baseline.json beside "
                 "the binary");
  NDP_FUZZ_CHECK(ndp_baseline_load(path, &baseline, &err) == NDP_OK, "baseline %s: %s", path,
                 err.msg);
  NDP_FUZZ_CHECK(ndp_gate_new(baseline, 0.0, &gate, &err) == NDP_OK, "gate: %s", err.msg);
  const char *sv = getenv("NDP_FUZZ_STRICT");
  strict = sv != NULL && sv[0] != '\0' && sv[0] != '0';
  const char *kg = getenv("NDP_FUZZ_CONTINUE");
  keep_going = kg != NULL && kg[0] != '\0' && kg[0] != '0';
  fprintf(stderr, "differential: %s against %s, baseline %s%s%s\n", en, on, path,
          strict ? "; strict: the oracle's unsupported counts" : "",
          keep_going ? "; new divergences are printed once and the run goes on" : "");
  ready = true;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  setup(argc != NULL && *argc > 0 && argv != NULL ? (*argv)[0] : NULL);
  return 0;
}

/* ---------------------------------------------------------------- printing */

#ifndef HAVE_CASE_WRITE
/* A summary of the case model, until the case writer lands. */
static void print_model(const struct ndp_case *c) {
  char sh[256], st[256];
  fprintf(stderr, "case %s: %d inputs, %d steps\n", c->name, c->ninputs, c->nsteps);
  for (int i = 0; i < c->ninputs; i++) {
    const struct ndp_tensor *t = &c->inputs[i].tensor;
    ndp_shape_str(t->ndim, t->shape, sh, sizeof sh);
    ndp_shape_str(t->ndim, t->strides, st, sizeof st);
    fprintf(stderr, "  input %s: %s%s shape %s strides %s order %c\n", c->inputs[i].name,
            ndp_dtype_name(t->dtype), t->swapped ? " (byte-swapped)" : "", sh, st,
            c->inputs[i].order);
  }
  for (int k = 0; k < c->nsteps; k++) {
    const struct ndp_step *s = &c->steps[k];
    fprintf(stderr, "  step %s = %s(", s->id, ndp_op_name(s->op));
    for (int j = 0; j < s->nargs; j++) {
      const struct ndp_arg *a = &s->args[j];
      const char *sep = j ? ", " : "";
      if (a->kind == NDP_ARG_REF)
        fprintf(stderr, "%s%s", sep,
                a->slot < c->ninputs ? c->inputs[a->slot].name : c->steps[a->slot - c->ninputs].id);
      else
        fprintf(stderr, "%s<scalar kind %d>", sep, (int)a->kind);
    }
    fprintf(stderr, ")%s%s\n", s->has_dtype ? " dtype=" : "",
            s->has_dtype ? ndp_dtype_name(s->dtype) : "");
  }
}
#endif

static void print_case(const struct ndp_case *c) {
#ifdef HAVE_CASE_WRITE
  json_t *j = ndp_case_to_json(c, false);
  if (j == NULL) {
    fprintf(stderr, "case %s (out of memory writing it)\n", c->name);
    return;
  }
  fprintf(stderr, "the case (save it as a .json file to replay it with `ndparity replay`):\n");
  json_dumpf(j, stderr, JSON_COMPACT | JSON_ENSURE_ASCII);
  fputc('\n', stderr);
  json_decref(j);
#else
  print_model(c);
#endif
}

/* ---------------------------------------------------------------- the target */

static uint64_t fnv1a(const uint8_t *data, size_t size) {
  uint64_t h = UINT64_C(0xcbf29ce484222325);
  for (size_t k = 0; k < size; k++) h = (h ^ data[k]) * UINT64_C(0x100000001b3);
  return h;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  setup(NULL);
  struct ndp_gen_src src;
  ndp_gen_src_bytes(&src, data, size);
  char name[64];
  snprintf(name, sizeof name, "fuzz/bytes/%016llx", (unsigned long long)fnv1a(data, size));
  struct ndp_case *c = NULL;
  struct ndp_error err = {0};
  if (ndp_gen_case(&src, name, &c, &err) != NDP_OK) return 0; /* no case (or no generator yet) */

  struct ndp_step_result *re = calloc((size_t)c->nsteps + 1, sizeof *re);
  struct ndp_step_result *ro = calloc((size_t)c->nsteps + 1, sizeof *ro);
  NDP_FUZZ_CHECK(re != NULL && ro != NULL, "out of memory");
  struct ndp_divergences divs = {0};
  enum ndp_status st = ndp_run_case(engine, c, re, &err);
  const char *stage = engine->name;
  if (st == NDP_OK) {
    stage = oracle->name;
    st = ndp_run_case(oracle, c, ro, &err);
  }
  if (st == NDP_OK) {
    stage = "the classifier";
    st = ndp_classify_case(c, re, ro, &divs, &err);
  }
  if (st != NDP_OK && st != NDP_ENOMEM) {
    print_case(c);
    NDP_FUZZ_CHECK(false, "case %s: %s failed with status %d: %s", name, stage, (int)st, err.msg);
  }
  for (int k = 0; k < divs.n; k++) {
    const struct ndp_divergence *d = &divs.items[k];
    if (!strict && d->kind == NDP_DIV_ERROR_MISMATCH && d->oracle.ran && !d->oracle.ok &&
        d->oracle.error == NDP_ERRC_UNSUPPORTED)
      continue; /* the oracle has no verdict */
    const char *verdict =
        ndp_gate_observe(gate, d->fingerprint, ndp_div_kind_name(d->kind), d->message, c->name,
                         c->file, (long long)d->engine.bytes_copied);
    if (strcmp(verdict, "known") == 0) continue;
    if (keep_going) {
      if (first_time(d->fingerprint)) {
        fprintf(stderr, "NEW DIVERGENCE %s %s at step %s: %s\n", ndp_div_kind_name(d->kind),
                d->fingerprint, d->step >= 0 && d->step < c->nsteps ? c->steps[d->step].id : "?",
                d->message);
        print_case(c);
      }
      continue;
    }
    print_case(c);
    NDP_FUZZ_CHECK(false, "case %s: a divergence not in the baseline: %s %s at step %s: %s", name,
                   ndp_div_kind_name(d->kind), d->fingerprint,
                   d->step >= 0 && d->step < c->nsteps ? c->steps[d->step].id : "?", d->message);
  }
  ndp_divergences_reset(&divs);
  ndp_step_results_release(c->nsteps, re);
  ndp_step_results_release(c->nsteps, ro);
  free(re);
  free(ro);
  ndp_case_free(c);
  return 0;
}
