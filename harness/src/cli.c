/* The ndparity command line: check (one backend against expectations) and
 * run (an engine paired with an oracle, every difference classified). */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "json_arena.h"
#include "ndparity/backend.h"
#include "ndparity/case.h"
#include "ndparity/classify.h"
#include "ndparity/report.h"
#include "ndparity/runner.h"

#ifndef NDP_VERSION
#define NDP_VERSION "0.1.0"
#endif

enum { EXIT_PASS = 0, EXIT_FAIL = 1, EXIT_USAGE = 2, EXIT_INTERNAL = 3 };

static const char usage_main[] =
    "usage: ndparity <command> [options]\n"
    "\n"
    "Tensor/array interop correctness: runs cases against NumPy semantics.\n"
    "\n"
    "commands:\n"
    "  run      pair an engine with an oracle on every case and classify each difference\n"
    "           (with no arguments: the bundled corpus, ref against oracle, reports/)\n"
    "  check    run one backend against the cases' expect blocks\n"
    "\n"
    "backends: oracle (NumPy semantics in C), ref (the fast reference engine),\n"
    "          ref:tf (the engine under TensorFlow 2's rules)\n"
    "Run 'ndparity <command> --help' for a command's options.\n"
    "Exit codes: 0 all passed, 1 divergences or failed expectations, 2 bad usage or bad\n"
    "input, 3 internal error.\n";

static const char usage_check[] =
    "usage: ndparity check [--backend B] [--report DIR] [--quiet] [PATH...]\n"
    "\n"
    "Runs every case in PATH (files *.json / *.jsonl, or directories walked\n"
    "recursively in sorted order) on backend B and checks each step against the\n"
    "case's expect block. Writes DIR/report.json and prints a summary.\n"
    "\n"
    "options:\n"
    "  --backend B   the backend to check (default: oracle; known: oracle, ref, ref:tf)\n"
    "  --report DIR  where report.json goes (default: reports)\n"
    "  --quiet       print only the summary line\n"
    "  -h, --help    this text\n"
    "\n"
    "PATH defaults to the bundled corpus (cases/ in the working directory).\n"
    "Exit: 0 every expectation met; 1 an expectation failed; 2 a case file or\n"
    "case is malformed (the others are still checked and reported); 3 internal.\n";

static const char usage_run[] =
    "usage: ndparity run [--engine B] [--oracle B] [--cases PATH]... [--report DIR]\n"
    "                    [--seed S] [--quiet] [PATH...]\n"
    "\n"
    "Runs every case on the engine (the system under test) and on the oracle,\n"
    "compares them step by step and classifies every difference: type-mismatch,\n"
    "shape-mismatch, value-mismatch (worst ULP/abs/rel error, first index),\n"
    "error-mismatch, copy-overhead (the engine copies where NumPy makes a view),\n"
    "alias-mismatch (the engine makes a view where NumPy copies), unsupported.\n"
    "Each divergence has a stable fingerprint (kind, op, dtypes, rank class,\n"
    "step). The cases' expect blocks are checked on both sides too.\n"
    "\n"
    "options:\n"
    "  --engine B    the system under test (default: ref; also ref:tf, oracle)\n"
    "  --oracle B    the reference semantics (default: oracle)\n"
    "  --cases PATH  a case file or directory (repeatable; PATH... works too)\n"
    "  --report DIR  where report.json goes (default: reports)\n"
    "  --seed S      recorded in the report (fuzzing arrives with --fuzz N)\n"
    "  --quiet       print only the summary line\n"
    "  -h, --help    this text\n"
    "\n"
    "With no cases given, runs the bundled corpus (cases/ in the working directory).\n"
    "Exit: 0 no divergence and every expectation met; 1 a divergence or a failed\n"
    "expectation; 2 bad usage or a malformed case (the others still run); 3 internal.\n";

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void print_load_error(const struct ndp_load_error *e) {
  if (e->line > 0 && e->column > 0)
    fprintf(stderr, "%s:%d:%d: ", e->file, e->line, e->column);
  else if (e->line > 0)
    fprintf(stderr, "%s:%d: ", e->file, e->line);
  else
    fprintf(stderr, "%s: ", e->file);
  if (e->case_name) fprintf(stderr, "case \"%s\": ", e->case_name);
  fprintf(stderr, "%s\n", e->message);
}

/* ---------------------------------------------------------------- options */

struct options {
  bool run; /* run vs check */
  const char *cmd;
  const char *engine, *oracle;
  const char *report_dir;
  long long seed;
  bool quiet;
  int npaths;
  const char **paths;
};

/* Returns -1 to go on, else the exit code. */
static int parse_options(bool run, int argc, char **argv, struct options *o) {
  const char *usage = run ? usage_run : usage_check;
  memset(o, 0, sizeof *o);
  o->run = run;
  o->cmd = run ? "run" : "check";
  o->engine = run ? "ref" : "oracle";
  o->oracle = run ? "oracle" : NULL;
  o->report_dir = "reports";
  o->seed = 1;
  o->paths = calloc((size_t)argc + 2, sizeof *o->paths);
  if (o->paths == NULL) return EXIT_INTERNAL;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    const char *val = NULL;
    const char *opt = a;
    char name[32];
    const char *eq = strchr(a, '=');
    if (a[0] == '-' && a[1] == '-' && eq != NULL && (size_t)(eq - a) < sizeof name) {
      memcpy(name, a, (size_t)(eq - a));
      name[eq - a] = '\0';
      opt = name;
      val = eq + 1;
    }
    bool takes = strcmp(opt, "--report") == 0 || strcmp(opt, "--seed") == 0 ||
                 (!run && strcmp(opt, "--backend") == 0) ||
                 (run && (strcmp(opt, "--engine") == 0 || strcmp(opt, "--oracle") == 0 ||
                          strcmp(opt, "--cases") == 0));
    bool later = run && (strcmp(opt, "--fuzz") == 0 || strcmp(opt, "--baseline") == 0 ||
                         strcmp(opt, "-j") == 0 || strcmp(opt, "--shard") == 0 ||
                         strcmp(opt, "--timeout") == 0);
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(usage, stdout);
      return EXIT_PASS;
    } else if (later) {
      fprintf(stderr, "ndparity %s: %s is not available yet (it arrives with the fuzzing and "
                      "baseline work)\n", o->cmd, opt);
      return EXIT_USAGE;
    } else if (takes) {
      if (val == NULL) {
        if (i + 1 >= argc) {
          fprintf(stderr, "ndparity %s: %s needs a value\n%s", o->cmd, opt, usage);
          return EXIT_USAGE;
        }
        val = argv[++i];
      }
      if (strcmp(opt, "--report") == 0) {
        o->report_dir = val;
      } else if (strcmp(opt, "--seed") == 0) {
        char *end;
        o->seed = strtoll(val, &end, 10);
        if (*val == '\0' || *end != '\0') {
          fprintf(stderr, "ndparity %s: --seed takes an integer, not \"%s\"\n", o->cmd, val);
          return EXIT_USAGE;
        }
      } else if (strcmp(opt, "--backend") == 0 || strcmp(opt, "--engine") == 0) {
        o->engine = val;
      } else if (strcmp(opt, "--oracle") == 0) {
        o->oracle = val;
      } else {
        o->paths[o->npaths++] = val;
      }
    } else if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) {
      o->quiet = true;
    } else if (a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "ndparity %s: unknown option %s\n%s", o->cmd, a, usage);
      return EXIT_USAGE;
    } else {
      o->paths[o->npaths++] = a;
    }
  }
  if (o->npaths == 0) {
    struct stat st;
    if (stat("cases", &st) != 0 || !S_ISDIR(st.st_mode)) {
      fprintf(stderr, "ndparity %s: no cases given and no cases/ folder here\n%s", o->cmd,
              usage);
      return EXIT_USAGE;
    }
    o->paths[o->npaths++] = "cases";
  }
  return -1;
}

/* ---------------------------------------------------------------- session */

/* Divergences grouped by fingerprint, for the summary. */
struct fp_entry {
  char fp[17];
  enum ndp_div_kind kind;
  long count;
  char *example; /* "message (case name)" */
};

struct session {
  const struct options *o;
  struct ndp_backend *engine, *oracle;
  struct ndp_report report;
  int shown;
  bool internal;
  size_t nfp, capfp;
  struct fp_entry *fps; /* open addressing on fp */
  long nnotes;          /* report notes (inherent partial shapes), the first few kept */
  char notes[8][640];
};

static uint64_t fp_hash(const char *fp) {
  uint64_t h = 0;
  for (const char *p = fp; *p; p++) h = h * 31 + (unsigned char)*p;
  return h;
}

static bool fp_add(struct session *s, const struct ndp_divergence *d, const char *case_name) {
  if ((s->nfp + 1) * 2 > s->capfp) {
    size_t ncap = s->capfp ? s->capfp * 2 : 64;
    struct fp_entry *n = calloc(ncap, sizeof *n);
    if (n == NULL) return false;
    for (size_t k = 0; k < s->capfp; k++) {
      if (s->fps[k].count == 0) continue;
      size_t i = (size_t)fp_hash(s->fps[k].fp) & (ncap - 1);
      while (n[i].count != 0) i = (i + 1) & (ncap - 1);
      n[i] = s->fps[k];
    }
    free(s->fps);
    s->fps = n;
    s->capfp = ncap;
  }
  size_t i = (size_t)fp_hash(d->fingerprint) & (s->capfp - 1);
  while (s->fps[i].count != 0 && strcmp(s->fps[i].fp, d->fingerprint) != 0)
    i = (i + 1) & (s->capfp - 1);
  struct fp_entry *e = &s->fps[i];
  if (e->count == 0) {
    size_t n = strlen(d->message) + strlen(case_name) + 4;
    e->example = malloc(n);
    if (e->example == NULL) return false;
    snprintf(e->example, n, "%s (%s)", d->message, case_name);
    memcpy(e->fp, d->fingerprint, sizeof e->fp);
    e->kind = d->kind;
    s->nfp++;
  }
  e->count++;
  return true;
}

static int fp_cmp(const void *a, const void *b) {
  const struct fp_entry *x = a, *y = b;
  if (x->count != y->count) return x->count < y->count ? 1 : -1;
  return strcmp(x->fp, y->fp);
}

/* Prints failed expectations. In run mode, when the case diverged, the
 * engine's failures only repeat its divergences on screen (the report keeps
 * them all): the oracle's are shown, since they mean the oracle is wrong. */
static void print_failures(struct session *s, const struct ndp_case *c,
                           const struct ndp_expect_failures *f, bool diverged) {
  for (int k = 0; k < f->n && !s->o->quiet && s->shown < 20; k++) {
    const struct ndp_expect_failure *x = &f->items[k];
    if (diverged && s->oracle != NULL && strcmp(x->backend, s->oracle->name) != 0) continue;
    s->shown++;
    fprintf(stderr, "FAIL %s:%d %s step %s (%s): %s expected %s, got %s%s%s\n", c->file, c->line,
            c->name, x->step, x->backend, x->field, x->expected, x->actual,
            x->detail ? " — " : "", x->detail ? x->detail : "");
  }
}

/* Runs one case (on one backend for check, on both for run), records it. */
static enum ndp_status one_case(void *vs, struct ndp_case *c, struct ndp_error *err) {
  struct session *s = vs;
  struct ndp_step_result stack_e[16], stack_o[16];
  struct ndp_step_result *re = stack_e, *ro = stack_o;
  if (c->nsteps > 16) {
    re = calloc((size_t)c->nsteps, sizeof *re);
    ro = calloc((size_t)c->nsteps, sizeof *ro);
    if (re == NULL || ro == NULL) {
      free(re != stack_e ? re : NULL);
      free(ro != stack_o ? ro : NULL);
      return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    }
  }
  bool have_o = false;
  struct ndp_expect_failures fails = {0};
  struct ndp_divergences divs = {0};
  long long be = 0, bo = 0;
  enum ndp_status st = ndp_run_case(s->engine, c, re, err);
  if (st == NDP_OK && s->oracle != NULL) {
    st = ndp_run_case(s->oracle, c, ro, err);
    have_o = true;
  }
  if (st == NDP_OK) st = ndp_check_expectations(c, re, s->engine->name, &fails, err);
  if (st == NDP_OK && have_o) st = ndp_check_expectations(c, ro, s->oracle->name, &fails, err);
  if (st == NDP_OK && have_o) st = ndp_classify_case(c, re, ro, &divs, err);
  if (st == NDP_OK && have_o) {
    for (int k = 0; k < c->nsteps; k++) {
      if (re[k].ran && re[k].status == NDP_OK) be += re[k].bytes_copied;
      if (ro[k].ran && ro[k].status == NDP_OK) bo += ro[k].bytes_copied;
    }
  }
  if (st == NDP_OK) {
    st = ndp_report_add_case(&s->report, c, have_o ? &divs : NULL, &fails, be, bo, err);
    print_failures(s, c, &fails, divs.n > 0);
    for (int k = 0; k < divs.nnotes; k++, s->nnotes++)
      if (s->nnotes < 8)
        snprintf(s->notes[s->nnotes], sizeof s->notes[0], "%.120s: %.500s", c->name,
                 divs.notes[k]);
    for (int k = 0; k < divs.n && st == NDP_OK; k++)
      if (!fp_add(s, &divs.items[k], c->name))
        st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  } else if (st == NDP_EINPUT) {
    struct ndp_load_error le = {
        .file = c->file, .line = c->line, .case_name = c->name, .message = err->msg};
    print_load_error(&le);
    st = ndp_report_add_input_error(&s->report, &le, err);
  } else {
    fprintf(stderr, "ndparity %s: internal error in case %s (%s:%d): %s\n", s->o->cmd, c->name,
            c->file, c->line, err->msg);
    s->internal = true;
    st = NDP_EINTERNAL;
  }
  ndp_divergences_reset(&divs);
  ndp_expect_failures_reset(&fails);
  ndp_step_results_release(c->nsteps, re);
  if (have_o) ndp_step_results_release(c->nsteps, ro);
  if (re != stack_e) free(re);
  if (ro != stack_o) free(ro);
  return st;
}

static void print_run_summary(struct session *s) {
  const struct ndp_report *r = &s->report;
  bool any = false;
  for (int k = 0; k < NDP_DIV_COUNT; k++) {
    if (r->by_kind[k] == 0) continue;
    printf(any ? ", %s %ld" : "divergences by kind: %s %ld", ndp_div_kind_name((enum ndp_div_kind)k),
           r->by_kind[k]);
    any = true;
  }
  if (any) printf("\n");
  if (s->nfp > 0 && !s->o->quiet) {
    struct fp_entry *list = malloc(sizeof *list * s->nfp);
    if (list != NULL) {
      size_t n = 0;
      for (size_t k = 0; k < s->capfp; k++)
        if (s->fps[k].count > 0) list[n++] = s->fps[k];
      qsort(list, n, sizeof *list, fp_cmp);
      printf("%zu distinct fingerprints; the most frequent:\n", n);
      for (size_t k = 0; k < n && k < 12; k++)
        printf("  %5ld  %-15s %s  %.160s\n", list[k].count, ndp_div_kind_name(list[k].kind),
               list[k].fp, list[k].example);
      free(list);
    }
  }
  if (s->nnotes > 0 && !s->o->quiet) {
    printf("%ld note%s (not divergences):\n", s->nnotes, s->nnotes == 1 ? "" : "s");
    for (long k = 0; k < s->nnotes && k < 8; k++) printf("  note  %s\n", s->notes[k]);
  }
  if (r->bytes_engine || r->bytes_oracle)
    printf("bytes copied: engine %lld, NumPy (oracle) %lld\n", r->bytes_engine, r->bytes_oracle);
}

static int run_session(const struct options *o) {
  struct session s;
  memset(&s, 0, sizeof s);
  s.o = o;
  struct ndp_error err = {0};
  int code = EXIT_PASS;
  if (ndp_backend_open(o->engine, &s.engine, &err) != NDP_OK ||
      (o->oracle != NULL && ndp_backend_open(o->oracle, &s.oracle, &err) != NDP_OK)) {
    fprintf(stderr, "ndparity %s: %s\n", o->cmd, err.msg);
    ndp_backend_free(s.engine);
    return EXIT_USAGE;
  }
  double t0 = now_seconds();
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  if (ndp_report_init(&s.report, o->report_dir, o->cmd, o->engine, o->oracle, o->seed, &err) !=
      NDP_OK) {
    fprintf(stderr, "ndparity %s: %s\n", o->cmd, err.msg);
    code = err.cls == NDP_ERRC_NONE ? EXIT_USAGE : EXIT_INTERNAL;
    goto done;
  }
  /* Cases stream: each is run and recorded as it loads, then freed. */
  corpus.on_case = one_case;
  corpus.ctx = &s;
  for (int i = 0; i < o->npaths; i++) {
    enum ndp_status st = ndp_corpus_load_path(&corpus, o->paths[i], &err);
    if (st != NDP_OK) {
      if (!s.internal) fprintf(stderr, "ndparity %s: %s\n", o->cmd, err.msg);
      code = EXIT_INTERNAL;
      goto done;
    }
  }
  for (int i = 0; i < corpus.nerrors; i++) {
    print_load_error(&corpus.errors[i]);
    if (ndp_report_add_input_error(&s.report, &corpus.errors[i], &err) != NDP_OK) {
      code = EXIT_INTERNAL;
      goto done;
    }
  }
  double secs = now_seconds() - t0;
  if (ndp_report_write(&s.report, secs, &err) != NDP_OK) {
    fprintf(stderr, "ndparity %s: %s\n", o->cmd, err.msg);
    code = EXIT_INTERNAL;
    goto done;
  }
  const struct ndp_report *r = &s.report;
  if (s.shown >= 20 && !o->quiet)
    fprintf(stderr, "... more failed expectations: see %s/report.json\n", o->report_dir);
  if (o->run)
    printf("ndparity run --engine %s --oracle %s: %ld cases, %ld passed, %ld diverged, %ld "
           "expect-failed, %ld input errors (%.3f s)\n",
           o->engine, o->oracle, r->cases + r->input_errors, r->passed, r->diverged,
           r->expect_failed, r->input_errors, secs);
  else
    printf("ndparity check --backend %s: %ld cases, %ld passed, %ld expect-failed, %ld input "
           "errors (%.3f s)\n",
           o->engine, r->cases + r->input_errors, r->passed, r->expect_failed, r->input_errors,
           secs);
  if (o->run) print_run_summary(&s);
  if (!o->quiet) printf("report: %s/report.json\n", o->report_dir);
  if (r->input_errors > 0)
    code = EXIT_USAGE;
  else if (r->expect_failed > 0 || r->diverged > 0)
    code = EXIT_FAIL;
done:
  ndp_report_reset(&s.report);
  ndp_corpus_reset(&corpus);
  for (size_t k = 0; k < s.capfp; k++) free(s.fps[k].example);
  free(s.fps);
  ndp_backend_free(s.engine);
  ndp_backend_free(s.oracle);
  return code;
}

static int cmd(bool run, int argc, char **argv) {
  struct options o;
  int code = parse_options(run, argc, argv, &o);
  if (code < 0) code = run_session(&o);
  free(o.paths);
  return code;
}

int ndp_cli_main(int argc, char **argv) {
  ndp_json_alloc_install(); /* before any JSON value exists */
  if (argc < 2) {
    fputs(usage_main, stderr);
    return EXIT_USAGE;
  }
  const char *c = argv[1];
  if (strcmp(c, "-h") == 0 || strcmp(c, "--help") == 0 || strcmp(c, "help") == 0) {
    fputs(usage_main, stdout);
    return EXIT_PASS;
  }
  if (strcmp(c, "--version") == 0) {
    printf("ndparity %s\n", NDP_VERSION);
    return EXIT_PASS;
  }
  if (strcmp(c, "check") == 0) return cmd(false, argc - 2, argv + 2);
  if (strcmp(c, "run") == 0) return cmd(true, argc - 2, argv + 2);
  fprintf(stderr, "ndparity: unknown command \"%s\"\n%s", c, usage_main);
  return EXIT_USAGE;
}
