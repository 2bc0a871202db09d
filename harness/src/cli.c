/* The ndparity command line: check (one backend against expectations) and
 * run (an engine paired with an oracle, every difference classified). */
#include "cli.h"

#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "json_arena.h"
#include "ndparity/backend.h"
#include "ndparity/baseline.h"
#include "ndparity/case.h"
#include "ndparity/classify.h"
#include "ndparity/report.h"
#include "ndparity/runner.h"
#include "ndparity/work.h"
#ifdef NDP_HAVE_LIVE
#include "ndparity/live.h"
#endif

#ifndef NDP_VERSION
#define NDP_VERSION "0.1.0"
#endif

enum { EXIT_PASS = 0, EXIT_FAIL = 1, EXIT_USAGE = 2, EXIT_INTERNAL = 3 };

/* The fuzz batch of a run without arguments (DESIGN.md: the bundled corpus
 * and a seeded fuzz batch). */
#define NDP_DEFAULT_FUZZ 10000

static const char usage_main[] =
    "usage: ndparity <command> [options]\n"
    "\n"
    "Tensor/array interop correctness: runs cases against NumPy semantics.\n"
    "\n"
    "commands:\n"
    "  run      pair an engine with an oracle on every case and classify each difference\n"
    "           (with no arguments: the bundled corpus and 10000 generated cases, ref\n"
    "           against oracle, reports/)\n"
    "  check    run one backend against the cases' expect blocks\n"
    "  replay   run one case step by step on two backends, results side by side\n"
    "  diff     compare two reports: regressions and fixes\n"
    "  minimize shrink a diverging, crashing or hanging case to a small case file\n"
    "  capture  fill the cases' expect blocks from real NumPy (--backend numpy)\n"
    "\n"
    "backends: oracle (NumPy semantics in C), ref (the fast reference engine),\n"
    "          ref:tf (the engine under TensorFlow 2's rules), numpy (real NumPy,\n"
    "          embedded), plugin:PATH.so (a user's library)\n"
    "Run 'ndparity <command> --help' for a command's options.\n"
    "Exit codes: 0 all passed, 1 divergences or failed expectations, 2 bad usage or bad\n"
    "input, 3 internal error.\n";

static const char usage_check[] =
    "usage: ndparity check [--backend B] [--report DIR] [-j N] [--shard K/N]\n"
    "                      [--timeout MS] [--quiet] [PATH...]\n"
    "\n"
    "Runs every case in PATH (files *.json / *.jsonl, or directories walked\n"
    "recursively in sorted order) on backend B and checks each step against the\n"
    "case's expect block. Writes DIR/report.json and prints a summary.\n"
    "\n"
    "options:\n"
    "  --backend B   the backend to check (default: oracle; known: oracle, ref, ref:tf)\n"
    "  --report DIR  where report.json, report.html and junit.xml go (default: reports)\n"
    "  -j N, --shard K/N, --timeout MS  as for run\n"
    "  --quiet       print only the summary line\n"
    "  -h, --help    this text\n"
    "\n"
    "PATH defaults to the bundled corpus (cases/ in the working directory).\n"
    "Exit: 0 every expectation met; 1 an expectation failed; 2 a case file or\n"
    "case is malformed (the others are still checked and reported); 3 internal.\n";

static const char usage_run[] =
    "usage: ndparity run [--engine B] [--oracle B] [--cases PATH]... [--fuzz N] [--seed S]\n"
    "                    [--report DIR] [--baseline FILE] [--copy-tolerance F]\n"
    "                    [-j N] [--shard K/N] [--timeout MS] [--quiet] [PATH...]\n"
    "\n"
    "Runs every case on the engine (the system under test) and on the oracle,\n"
    "compares them step by step and classifies every difference: type-mismatch,\n"
    "shape-mismatch, shape-loss, value-mismatch (worst ULP/abs/rel error, first\n"
    "index), error-mismatch, copy-overhead (the engine copies where NumPy makes a\n"
    "view), alias-mismatch (the engine makes a view where NumPy copies),\n"
    "unsupported, crash, timeout. Each divergence has a stable fingerprint (kind,\n"
    "op, dtypes, rank class, step). The cases' expect blocks are checked on both\n"
    "sides too.\n"
    "\n"
    "options:\n"
    "  --engine B    the system under test (default: ref; also ref:tf, oracle)\n"
    "  --oracle B    the reference semantics (default: oracle)\n"
    "  --cases PATH  a case file or directory (repeatable; PATH... works too)\n"
    "  --fuzz N      also run N generated cases (fuzz/<seed>/<index>); alone, without\n"
    "                PATH, only those\n"
    "  --seed S      the generator's seed (default 1): the same seed, the same cases\n"
    "  --report DIR  where report.json, report.html and junit.xml go (default: reports)\n"
    "  --baseline FILE  an earlier report.json: each divergence is new (a regression)\n"
    "                or known, the baseline's missing ones are fixed; the exit code\n"
    "                is 1 only for regressions\n"
    "  --copy-tolerance F  with --baseline: a copy-overhead fingerprint regresses when\n"
    "                it copies more than (1+F) times the baseline's bytes (default 0)\n"
    "  -j N          N worker processes (1..64); each case is isolated: a crash (a\n"
    "                signal) or a hang costs that case only (default: one process,\n"
    "                no isolation)\n"
    "  --shard K/N   run only shard K of N (cases and fuzz indices, by position):\n"
    "                N CI jobs with K = 1..N cover everything once\n"
    "  --timeout MS  a case running longer is recorded as a timeout (implies -j 1)\n"
    "  --quiet       print only the summary line\n"
    "  -h, --help    this text\n"
    "\n"
    "With no cases and no --fuzz, runs the bundled corpus (cases/ in the working\n"
    "directory) and a batch of 10000 generated cases (--seed, default 1); --fuzz 0\n"
    "runs the corpus alone, --fuzz N alone only the N generated cases.\n"
    "A progress line goes to stderr when it is a terminal. Ctrl-C stops the run and\n"
    "still writes the reports of the cases that finished (exit 130).\n"
    "Exit: 0 no divergence and every expectation met (with --baseline: no\n"
    "regression); 1 a divergence, a crash, a timeout or a failed expectation (with\n"
    "--baseline: a regression); 2 bad usage or a malformed case (the others still\n"
    "run); 3 internal.\n";

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---------------------------------------------------------------- options */

struct options {
  bool run; /* run vs check */
  const char *cmd;
  const char *engine, *oracle;
  const char *report_dir;
  long long seed;
  const char *baseline;
  double copy_tolerance;
  long fuzz;          /* --fuzz N */
  int jobs;           /* -j N (0: in this process) */
  int timeout_ms;     /* --timeout MS */
  int shard_k, shard_n; /* --shard K/N */
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
  o->shard_k = o->shard_n = 1;
  o->fuzz = -1; /* not given */
  o->paths = calloc((size_t)argc + 2, sizeof *o->paths);
  if (o->paths == NULL) return EXIT_INTERNAL;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    const char *val = NULL;
    const char *opt = a;
    char name[32];
    const char *eq = strchr(a, '=');
    if (a[0] == '-' && a[1] == 'j' && a[2] >= '0' && a[2] <= '9') { /* -j4 */
      opt = "-j";
      val = a + 2;
    } else if (a[0] == '-' && a[1] == '-' && eq != NULL && (size_t)(eq - a) < sizeof name) {
      memcpy(name, a, (size_t)(eq - a));
      name[eq - a] = '\0';
      opt = name;
      val = eq + 1;
    }
    bool takes = strcmp(opt, "--report") == 0 || strcmp(opt, "--seed") == 0 ||
                 (!run && strcmp(opt, "--backend") == 0) ||
                 (run && (strcmp(opt, "--engine") == 0 || strcmp(opt, "--oracle") == 0 ||
                          strcmp(opt, "--cases") == 0 || strcmp(opt, "--baseline") == 0 ||
                          strcmp(opt, "--copy-tolerance") == 0 || strcmp(opt, "--fuzz") == 0)) ||
                 strcmp(opt, "-j") == 0 || strcmp(opt, "--jobs") == 0 ||
                 strcmp(opt, "--shard") == 0 || strcmp(opt, "--timeout") == 0;
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(usage, stdout);
      return EXIT_PASS;
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
      } else if (strcmp(opt, "--baseline") == 0) {
        o->baseline = val;
      } else if (strcmp(opt, "--fuzz") == 0 || strcmp(opt, "-j") == 0 ||
                 strcmp(opt, "--jobs") == 0 || strcmp(opt, "--timeout") == 0) {
        char *end;
        long long v = strtoll(val, &end, 10);
        bool fuzz = strcmp(opt, "--fuzz") == 0, timeout = strcmp(opt, "--timeout") == 0;
        long long lo = fuzz || timeout ? 0 : 1, hi = fuzz ? 1000000000000LL : timeout ? 86400000 : 64;
        if (*val == '\0' || *end != '\0' || v < lo || v > hi) {
          fprintf(stderr, "ndparity %s: %s takes an integer from %lld to %lld, not \"%s\"\n",
                  o->cmd, opt, lo, hi, val);
          return EXIT_USAGE;
        }
        if (fuzz) o->fuzz = (long)v;
        else if (timeout) o->timeout_ms = (int)v;
        else o->jobs = (int)v;
      } else if (strcmp(opt, "--shard") == 0) {
        if (!ndp_parse_shard(val, &o->shard_k, &o->shard_n)) {
          fprintf(stderr, "ndparity %s: --shard takes K/N with 1 <= K <= N, not \"%s\"\n",
                  o->cmd, val);
          return EXIT_USAGE;
        }
      } else if (strcmp(opt, "--copy-tolerance") == 0) {
        char *end;
        o->copy_tolerance = strtod(val, &end);
        if (*val == '\0' || *end != '\0' || !(o->copy_tolerance >= 0) ||
            o->copy_tolerance > 1e9) {
          fprintf(stderr,
                  "ndparity %s: --copy-tolerance takes a non-negative fraction (0.1 = 10%%), "
                  "not \"%s\"\n",
                  o->cmd, val);
          return EXIT_USAGE;
        }
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
  if (o->npaths == 0 && o->fuzz > 0) return -1; /* --fuzz N alone: the fuzz batch only */
  if (o->fuzz < 0) o->fuzz = run && o->npaths == 0 ? NDP_DEFAULT_FUZZ : 0;
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
  const char *oracle_name; /* NULL in check mode */
  struct ndp_report report;
  struct ndp_baseline *baseline;
  struct ndp_gate *gate;
  int shown;
  bool internal;
  bool stopped; /* a signal stopped the run */
  /* the progress line (stderr is a terminal) */
  bool progress;
  long total;   /* cases expected, 0 when unknown */
  long done;
  double t0, last_progress;
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

static bool fp_add(struct session *s, const char *fingerprint, enum ndp_div_kind kind,
                   const char *message, const char *case_name) {
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
  size_t i = (size_t)fp_hash(fingerprint) & (s->capfp - 1);
  while (s->fps[i].count != 0 && strcmp(s->fps[i].fp, fingerprint) != 0)
    i = (i + 1) & (s->capfp - 1);
  struct fp_entry *e = &s->fps[i];
  if (e->count == 0) {
    size_t n = strlen(message) + strlen(case_name) + 4;
    e->example = malloc(n);
    if (e->example == NULL) return false;
    snprintf(e->example, n, "%s (%s)", message, case_name);
    snprintf(e->fp, sizeof e->fp, "%s", fingerprint);
    e->kind = kind;
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

static volatile sig_atomic_t stop_signal;
static void on_stop_signal(int sig) { stop_signal = sig; }

static void print_progress(struct session *s, bool final);

static const char *jstr(const json_t *o, const char *key) {
  const char *v = json_string_value(json_object_get(o, key));
  return v != NULL ? v : "";
}

static enum ndp_div_kind kind_named(const char *name) {
  for (int k = 0; k < NDP_DIV_COUNT; k++)
    if (strcmp(ndp_div_kind_name((enum ndp_div_kind)k), name) == 0) return (enum ndp_div_kind)k;
  return NDP_DIV_UNSUPPORTED;
}

/* Records one result (consumed): prints its failed expectations or its
 * input error, keeps the fingerprint summary and the notes, and adds it to
 * the report. In run mode, when the case diverged, the engine's failed
 * expectations only repeat its divergences on screen (the report keeps them
 * all): the oracle's are shown, since they mean the oracle is wrong. */
static enum ndp_status record_result(void *vs, json_t *o, struct ndp_error *err) {
  struct session *s = vs;
  const char *status = jstr(o, "status");
  const char *name = jstr(o, "case");
  if (strcmp(status, "input-error") == 0) {
    struct ndp_load_error le = {.file = (char *)jstr(o, "file"),
                                .line = (int)json_integer_value(json_object_get(o, "line")),
                                .column = (int)json_integer_value(json_object_get(o, "column")),
                                .case_name = json_is_string(json_object_get(o, "case"))
                                                 ? (char *)name
                                                 : NULL,
                                .message = (char *)jstr(o, "error")};
    ndp_load_error_print(&le, stderr);
  }
  bool diverged = json_array_size(json_object_get(o, "divergences")) > 0;
  size_t i;
  json_t *x;
  json_array_foreach(json_object_get(o, "expect_failures"), i, x) {
    if (s->o->quiet || s->shown >= 20) break;
    if (diverged && s->oracle_name != NULL && strcmp(jstr(x, "backend"), s->oracle_name) != 0)
      continue;
    s->shown++;
    const char *detail = jstr(x, "detail");
    fprintf(stderr, "FAIL %s:%lld %s step %s (%s): %s expected %s, got %s%s%s\n", jstr(o, "file"),
            (long long)json_integer_value(json_object_get(o, "line")), name, jstr(x, "step"),
            jstr(x, "backend"), jstr(x, "field"), jstr(x, "expected"), jstr(x, "actual"),
            detail[0] ? " — " : "", detail);
  }
  json_array_foreach(json_object_get(o, "notes"), i, x) {
    if (s->nnotes < 8)
      snprintf(s->notes[s->nnotes], sizeof s->notes[0], "%.120s: %.500s", name,
               json_string_value(x) ? json_string_value(x) : "");
    s->nnotes++;
  }
  json_array_foreach(json_object_get(o, "divergences"), i, x) {
    if (!fp_add(s, jstr(x, "fingerprint"), kind_named(jstr(x, "kind")), jstr(x, "message"),
                name)) {
      json_decref(o);
      return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    }
  }
  enum ndp_status st = ndp_report_add_result(&s->report, o, err);
  s->done++;
  if (s->progress) print_progress(s, false);
  return st;
}

static void count_pass(void *vs, long long bytes_engine, long long bytes_oracle) {
  struct session *s = vs;
  ndp_report_count_pass(&s->report, bytes_engine, bytes_oracle);
  s->done++;
  if (s->progress) print_progress(s, false);
}

static bool should_stop(void *vs) {
  (void)vs;
  return stop_signal != 0;
}

/* ---------------------------------------------------------------- progress */

/* Cases in a file: lines holding a case object in a .jsonl file (blank lines
 * and comments do not count), one for a .json file. An estimate for the
 * progress line's ETA only. */
static long count_cases_file(const char *path) {
  size_t n = strlen(path);
  if (n >= 5 && strcmp(path + n - 5, ".json") == 0) return 1;
  if (n < 6 || strcmp(path + n - 6, ".jsonl") != 0) return 0;
  FILE *f = fopen(path, "r");
  if (f == NULL) return 0;
  long count = 0;
  bool line_start = true;
  char buf[1 << 16];
  size_t got;
  while ((got = fread(buf, 1, sizeof buf, f)) > 0) {
    for (size_t k = 0; k < got; k++) {
      if (line_start && buf[k] == '{') count++;
      if (buf[k] == '\n') line_start = true;
      else if (buf[k] != ' ' && buf[k] != '\t') line_start = false;
    }
  }
  fclose(f);
  return count;
}

static long count_cases(const char *path, int depth) {
  struct stat st;
  if (depth > 32 || stat(path, &st) != 0) return 0;
  if (!S_ISDIR(st.st_mode)) return count_cases_file(path);
  DIR *d = opendir(path);
  if (d == NULL) return 0;
  long total = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    size_t n = strlen(path) + strlen(e->d_name) + 2;
    char *sub = malloc(n);
    if (sub == NULL) break;
    snprintf(sub, n, "%s/%s", path, e->d_name);
    total += count_cases(sub, depth + 1);
    free(sub);
  }
  closedir(d);
  return total;
}

/* "\r12,345/20,000 cases  45,210/s  3 diverged  ETA 2 s", at most 4 times
 * a second; final clears the line. */
static void print_progress(struct session *s, bool final) {
  double now = now_seconds();
  if (final) {
    fprintf(stderr, "\r\033[K");
    fflush(stderr);
    return;
  }
  if (now - s->last_progress < 0.25) return;
  s->last_progress = now;
  double rate = s->done / (now - s->t0 > 1e-9 ? now - s->t0 : 1e-9);
  char eta[48] = "";
  if (s->total > s->done && rate > 0)
    snprintf(eta, sizeof eta, "  ETA %.0f s", (double)(s->total - s->done) / rate);
  if (s->total > 0)
    fprintf(stderr, "\r\033[K%ld/%ld cases  %.0f/s  %ld diverged  %ld expect-failed%s", s->done,
            s->total, rate, s->report.diverged, s->report.expect_failed, eta);
  else
    fprintf(stderr, "\r\033[K%ld cases  %.0f/s  %ld diverged  %ld expect-failed", s->done, rate,
            s->report.diverged, s->report.expect_failed);
  fflush(stderr);
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

/* Regressions and fixes against the baseline, from the report's lists. */
static void print_gate(struct session *s) {
  const struct ndp_report *r = &s->report;
  printf("against baseline %s: %ld regression%s, %ld fixed, %ld known\n", s->o->baseline,
         r->regressions, r->regressions == 1 ? "" : "s", r->fixed, r->known);
  const char *lists[2] = {"regressions", "fixed"};
  for (int l = 0; l < 2 && !s->o->quiet; l++) {
    json_t *a = json_object_get(r->head, lists[l]);
    size_t i;
    json_t *x;
    json_array_foreach(a, i, x) {
      if (i >= 20) {
        printf("  ... %zu more: see %s/report.json\n", json_array_size(a) - i, s->o->report_dir);
        break;
      }
      const char *reason = json_string_value(json_object_get(x, "reason"));
      printf("  %-10s %-15s %s  %.140s (%s)%s%s\n", l == 0 ? "regression" : "fixed",
             json_string_value(json_object_get(x, "kind")),
             json_string_value(json_object_get(x, "fingerprint")),
             json_string_value(json_object_get(x, "message")),
             json_string_value(json_object_get(x, "case")),
             reason && strcmp(reason, "new") != 0 ? " — " : "",
             reason && strcmp(reason, "new") != 0 ? reason : "");
    }
  }
}

static int run_session(const struct options *o) {
  struct session s;
  memset(&s, 0, sizeof s);
  s.o = o;
  s.oracle_name = o->oracle;
  struct ndp_error err = {0};
  int code = EXIT_PASS;
  struct sigaction old_int, old_term;
  bool signals = false;
  /* the backends exist: a bad name is a usage error before anything runs */
  struct ndp_backend *probe = NULL;
  if (ndp_backend_open(o->engine, &probe, &err) != NDP_OK) {
    fprintf(stderr, "ndparity %s: %s\n", o->cmd, err.msg);
    return EXIT_USAGE;
  }
  ndp_backend_free(probe);
  probe = NULL;
  if (o->oracle != NULL && ndp_backend_open(o->oracle, &probe, &err) != NDP_OK) {
    fprintf(stderr, "ndparity %s: %s\n", o->cmd, err.msg);
    return EXIT_USAGE;
  }
  ndp_backend_free(probe);
  double t0 = now_seconds();
  if (o->baseline != NULL &&
      (ndp_baseline_load(o->baseline, &s.baseline, &err) != NDP_OK ||
       ndp_gate_new(s.baseline, o->copy_tolerance, &s.gate, &err) != NDP_OK)) {
    fprintf(stderr, "ndparity %s: --baseline: %s\n", o->cmd, err.msg);
    code = EXIT_USAGE;
    goto done;
  }
  if (ndp_report_init(&s.report, o->report_dir, o->cmd, o->engine, o->oracle, o->seed, &err) !=
          NDP_OK ||
      (s.gate != NULL && ndp_report_set_baseline(&s.report, s.gate, o->baseline, &err) != NDP_OK)) {
    fprintf(stderr, "ndparity %s: %s\n", o->cmd, err.msg);
    code = err.cls == NDP_ERRC_NONE ? EXIT_USAGE : EXIT_INTERNAL;
    goto done;
  }
  s.t0 = t0;
  s.progress = !o->quiet && isatty(STDERR_FILENO);
  if (s.progress) {
    for (int i = 0; i < o->npaths; i++) s.total += count_cases(o->paths[i], 0);
    s.total = s.total / o->shard_n + (o->fuzz + o->shard_n - 1) / o->shard_n;
  }
  /* Ctrl-C (or SIGTERM) stops the run between cases; the cases that
   * finished are reported. A second Ctrl-C kills as usual. */
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_stop_signal;
  sa.sa_flags = (int)SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  stop_signal = 0;
  sigaction(SIGINT, &sa, &old_int);
  sigaction(SIGTERM, &sa, &old_term);
  signals = true;
  /* Cases stream: each is run and recorded as it loads (or is generated),
   * then freed; with -j or --timeout, in worker processes. */
  struct ndp_work_plan plan = {
      .paths = o->paths,
      .npaths = o->npaths,
      .fuzz_n = o->fuzz,
      .seed = (uint64_t)o->seed,
      .shard_k = o->shard_k,
      .shard_n = o->shard_n,
      .jobs = o->jobs > 0 ? o->jobs : (o->timeout_ms > 0 ? 1 : 0),
      .timeout_ms = o->timeout_ms,
      .engine = o->engine,
      .oracle = o->oracle,
  };
  struct ndp_work_sink sink = {
      .ctx = &s, .on_result = record_result, .on_pass = count_pass, .stop = should_stop};
  enum ndp_status wst = ndp_work_run(&plan, &s.report, &sink, &err);
  if (s.progress) print_progress(&s, true);
  if (stop_signal != 0) {
    s.stopped = true;
    s.report.interrupted = true;
    fprintf(stderr, "ndparity %s: interrupted (signal %d) after %ld cases; writing the reports "
                    "of the cases that finished\n", o->cmd, (int)stop_signal, s.done);
  } else if (wst != NDP_OK) {
    fprintf(stderr, "ndparity %s: internal error: %s\n", o->cmd, err.msg);
    code = EXIT_INTERNAL;
    goto done;
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
           "expect-failed, %ld input errors%s (%.3f s)\n",
           o->engine, o->oracle, r->cases + r->input_errors, r->passed, r->diverged,
           r->expect_failed, r->input_errors,
           r->crashed || r->timed_out ? ", crashes or timeouts below" : "", secs);
  else
    printf("ndparity check --backend %s: %ld cases, %ld passed, %ld expect-failed, %ld input "
           "errors (%.3f s)\n",
           o->engine, r->cases + r->input_errors, r->passed, r->expect_failed, r->input_errors,
           secs);
  if (r->crashed || r->timed_out) printf("crashed: %ld, timed out: %ld\n", r->crashed, r->timed_out);
  if (o->run) print_run_summary(&s);
  if (s.gate != NULL) print_gate(&s);
  if (!o->quiet)
    printf("report: %s/report.json, %s/report.html, %s/junit.xml\n", o->report_dir,
           o->report_dir, o->report_dir);
  if (s.stopped)
    code = 128 + (int)stop_signal;
  else if (r->input_errors > 0)
    code = EXIT_USAGE;
  else if (s.gate != NULL ? r->regressions > 0 || r->expect_failed > 0
                          : r->expect_failed > 0 || r->diverged > 0 || r->crashed > 0 ||
                                r->timed_out > 0)
    code = EXIT_FAIL;
done:
  if (signals) {
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
  }
  ndp_report_reset(&s.report);
  ndp_gate_free(s.gate);
  ndp_baseline_free(s.baseline);
  for (size_t k = 0; k < s.capfp; k++) free(s.fps[k].example);
  free(s.fps);
  return code;
}

static int cmd(bool run, int argc, char **argv) {
  struct options o;
  int code = parse_options(run, argc, argv, &o);
  if (code < 0) code = run_session(&o);
  free(o.paths);
  return code;
}

static const char usage_diff[] =
    "usage: ndparity diff OLD.json NEW.json [--copy-tolerance F]\n"
    "\n"
    "Compares two reports by divergence fingerprint: the divergences of NEW that OLD\n"
    "does not have (regressions), the ones of OLD that NEW no longer has (fixed), and\n"
    "copy-overhead fingerprints that copy more bytes in NEW than in OLD by more than\n"
    "the fraction F (default 0).\n"
    "Exit: 0 no regression; 1 regressions; 2 bad usage or a report that does not load.\n";

static int cmd_diff(int argc, char **argv) {
  const char *paths[2] = {NULL, NULL};
  int npaths = 0;
  double tol = 0;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(usage_diff, stdout);
      return EXIT_PASS;
    }
    if (strcmp(a, "--copy-tolerance") == 0) {
      char *end;
      if (i + 1 >= argc) {
        fprintf(stderr, "ndparity diff: --copy-tolerance needs a value\n%s", usage_diff);
        return EXIT_USAGE;
      }
      const char *v = argv[++i];
      tol = strtod(v, &end);
      if (*v == '\0' || *end != '\0' || !(tol >= 0) || tol > 1e9) {
        fprintf(stderr, "ndparity diff: --copy-tolerance takes a non-negative fraction, not "
                        "\"%s\"\n", v);
        return EXIT_USAGE;
      }
    } else if (a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "ndparity diff: unknown option %s\n%s", a, usage_diff);
      return EXIT_USAGE;
    } else if (npaths < 2) {
      paths[npaths++] = a;
    } else {
      fprintf(stderr, "ndparity diff: two reports, not more\n%s", usage_diff);
      return EXIT_USAGE;
    }
  }
  if (npaths != 2) {
    fprintf(stderr, "ndparity diff: needs OLD.json and NEW.json\n%s", usage_diff);
    return EXIT_USAGE;
  }
  struct ndp_error err = {0};
  int code = ndp_report_diff(paths[0], paths[1], tol, stdout, &err);
  if (code == 2) fprintf(stderr, "ndparity diff: %s\n", err.msg);
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
  if (strcmp(c, "replay") == 0) return ndp_cli_replay(argc - 2, argv + 2);
  if (strcmp(c, "minimize") == 0) return ndp_cli_minimize(argc - 2, argv + 2);
#ifdef NDP_HAVE_LIVE
  if (strcmp(c, "capture") == 0) return ndp_capture_main(argc - 2, argv + 2);
#endif
  if (strcmp(c, "diff") == 0) return cmd_diff(argc - 2, argv + 2);
  fprintf(stderr, "ndparity: unknown command \"%s\"\n%s", c, usage_main);
  return EXIT_USAGE;
}
