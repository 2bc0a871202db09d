/* The ndparity command line. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "json_arena.h"
#include "ndparity/backend.h"
#include "ndparity/case.h"
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
    "  check    run one backend against the cases' expect blocks\n"
    "  run      pair an engine with an oracle (arrives with the reference engine)\n"
    "\n"
    "Run 'ndparity <command> --help' for a command's options.\n"
    "Exit codes: 0 all passed, 1 failures, 2 bad usage or bad input, 3 internal error.\n";

static const char usage_check[] =
    "usage: ndparity check [--backend B] [--report DIR] [--quiet] [PATH...]\n"
    "\n"
    "Runs every case in PATH (files *.json / *.jsonl, or directories walked\n"
    "recursively in sorted order) on backend B and checks each step against the\n"
    "case's expect block. Writes DIR/report.json and prints a summary.\n"
    "\n"
    "options:\n"
    "  --backend B   the backend to check (default: oracle; known: oracle, ref)\n"
    "  --report DIR  where report.json goes (default: reports)\n"
    "  --quiet       print only the summary line\n"
    "  -h, --help    this text\n"
    "\n"
    "PATH defaults to the bundled corpus (cases/ in the working directory).\n"
    "Exit: 0 every expectation met; 1 an expectation failed; 2 a case file or\n"
    "case is malformed (the others are still checked and reported); 3 internal.\n";

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

struct check_ctx {
  struct ndp_backend *be;
  struct ndp_report *report;
  bool quiet;
  int shown;     /* failure lines printed */
  bool internal; /* an internal error was already printed */
};

/* Runs one case on the backend, checks its expectations and records it. */
static enum ndp_status check_one(void *vctx, struct ndp_case *c, struct ndp_error *err) {
  struct check_ctx *ctx = vctx;
  struct ndp_step_result stack_res[16];
  struct ndp_step_result *res = stack_res;
  if (c->nsteps > 16) {
    res = calloc((size_t)c->nsteps, sizeof *res);
    if (res == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  struct ndp_expect_failures fails = {0};
  enum ndp_status st = ndp_run_case(ctx->be, c, res, err);
  if (st == NDP_OK) st = ndp_check_expectations(c, res, ctx->be->name, &fails, err);
  if (st == NDP_OK) {
    st = ndp_report_add_case(ctx->report, c, &fails, err);
    for (int k = 0; k < fails.n && !ctx->quiet && ctx->shown < 20; k++, ctx->shown++) {
      const struct ndp_expect_failure *x = &fails.items[k];
      fprintf(stderr, "FAIL %s:%d %s step %s: %s expected %s, got %s%s%s\n", c->file, c->line,
              c->name, x->step, x->field, x->expected, x->actual, x->detail ? " — " : "",
              x->detail ? x->detail : "");
    }
  } else if (st == NDP_EINPUT) {
    struct ndp_load_error le = {
        .file = c->file, .line = c->line, .case_name = c->name, .message = err->msg};
    print_load_error(&le);
    st = ndp_report_add_input_error(ctx->report, &le, err);
  } else {
    fprintf(stderr, "ndparity check: internal error in case %s (%s:%d): %s\n", c->name, c->file,
            c->line, err->msg);
    ctx->internal = true;
    st = NDP_EINTERNAL;
  }
  ndp_expect_failures_reset(&fails);
  ndp_step_results_release(c->nsteps, res);
  if (res != stack_res) free(res);
  return st;
}

static int cmd_check(int argc, char **argv) {
  const char *backend_name = "oracle";
  const char *report_dir = "reports";
  bool quiet = false;
  int npaths = 0;
  const char **paths = calloc((size_t)argc + 1, sizeof *paths);
  if (paths == NULL) return EXIT_INTERNAL;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(usage_check, stdout);
      free(paths);
      return EXIT_PASS;
    } else if (strcmp(a, "--backend") == 0 || strcmp(a, "--report") == 0) {
      if (i + 1 >= argc) {
        fprintf(stderr, "ndparity check: %s needs a value\n%s", a, usage_check);
        free(paths);
        return EXIT_USAGE;
      }
      if (strcmp(a, "--backend") == 0)
        backend_name = argv[++i];
      else
        report_dir = argv[++i];
    } else if (strncmp(a, "--backend=", 10) == 0) {
      backend_name = a + 10;
    } else if (strncmp(a, "--report=", 9) == 0) {
      report_dir = a + 9;
    } else if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) {
      quiet = true;
    } else if (a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "ndparity check: unknown option %s\n%s", a, usage_check);
      free(paths);
      return EXIT_USAGE;
    } else {
      paths[npaths++] = a;
    }
  }
  if (npaths == 0) {
    struct stat st;
    if (stat("cases", &st) != 0 || !S_ISDIR(st.st_mode)) {
      fprintf(stderr, "ndparity check: no PATH given and no cases/ folder here\n%s", usage_check);
      free(paths);
      return EXIT_USAGE;
    }
    paths[npaths++] = "cases";
  }

  struct ndp_error err = {0};
  struct ndp_backend *be = NULL;
  if (ndp_backend_open(backend_name, &be, &err) != NDP_OK) {
    fprintf(stderr, "ndparity check: %s\n", err.msg);
    free(paths);
    return EXIT_USAGE;
  }

  double t0 = now_seconds();
  int code = EXIT_PASS;
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  struct ndp_report report;
  if (ndp_report_init(&report, report_dir, "check", backend_name, NULL, 0, &err) != NDP_OK) {
    fprintf(stderr, "ndparity check: %s\n", err.msg);
    ndp_backend_free(be);
    free(paths);
    return EXIT_INTERNAL;
  }
  /* Cases stream: each is run and recorded as it loads, then freed. */
  struct check_ctx ctx = {.be = be, .report = &report, .quiet = quiet};
  corpus.on_case = check_one;
  corpus.ctx = &ctx;
  for (int i = 0; i < npaths; i++) {
    enum ndp_status st = ndp_corpus_load_path(&corpus, paths[i], &err);
    if (st != NDP_OK) {
      if (st != NDP_EINTERNAL || !ctx.internal)
        fprintf(stderr, "ndparity check: %s\n", err.msg);
      code = EXIT_INTERNAL;
      goto done;
    }
  }
  for (int i = 0; i < corpus.nerrors; i++) {
    print_load_error(&corpus.errors[i]);
    if (ndp_report_add_input_error(&report, &corpus.errors[i], &err) != NDP_OK) {
      code = EXIT_INTERNAL;
      goto done;
    }
  }
  double secs = now_seconds() - t0;
  if (ndp_report_write(&report, secs, &err) != NDP_OK) {
    fprintf(stderr, "ndparity check: %s\n", err.msg);
    code = EXIT_INTERNAL;
    goto done;
  }
  if (report.expect_failed > 20 && !quiet)
    fprintf(stderr, "... and more: see %s/report.json\n", report_dir);
  printf("ndparity check --backend %s: %ld cases, %ld passed, %ld expect-failed, %ld input "
         "errors (%.3f s)\n",
         backend_name, report.cases + report.input_errors, report.passed, report.expect_failed,
         report.input_errors, secs);
  if (!quiet) printf("report: %s/report.json\n", report_dir);
  if (report.input_errors > 0)
    code = EXIT_USAGE;
  else if (report.expect_failed > 0)
    code = EXIT_FAIL;
done:
  ndp_report_reset(&report);
  ndp_corpus_reset(&corpus);
  ndp_backend_free(be);
  free(paths);
  return code;
}

int ndp_cli_main(int argc, char **argv) {
  ndp_json_alloc_install(); /* before any JSON value exists */
  if (argc < 2) {
    fputs(usage_main, stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
    fputs(usage_main, stdout);
    return EXIT_PASS;
  }
  if (strcmp(cmd, "--version") == 0) {
    printf("ndparity %s\n", NDP_VERSION);
    return EXIT_PASS;
  }
  if (strcmp(cmd, "check") == 0) return cmd_check(argc - 2, argv + 2);
  if (strcmp(cmd, "run") == 0) {
    fprintf(stderr, "ndparity run: not available yet: it pairs an engine with an oracle and "
                    "arrives with the reference engine; use 'ndparity check'\n");
    return EXIT_USAGE;
  }
  fprintf(stderr, "ndparity: unknown command \"%s\"\n%s", cmd, usage_main);
  return EXIT_USAGE;
}
