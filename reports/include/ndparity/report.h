/* report.json: the machine-readable record of a run (docs/DESIGN.md,
 * "Report JSON"). Keys come out in a fixed order, so two runs over the same
 * cases produce the same bytes apart from timings. */
#ifndef NDPARITY_REPORT_H
#define NDPARITY_REPORT_H

#include <jansson.h>
#include <stdio.h>

#include "ndparity/baseline.h"
#include "ndparity/case.h"
#include "ndparity/classify.h"
#include "ndparity/runner.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A report being written. Results stream to a temporary file in the report
 * directory as they come (memory stays flat however many cases run); the
 * final report.json is assembled and renamed into place by
 * ndp_report_write, so a reader never sees a half-written report. */
struct ndp_report {
  json_t *head;      /* format .. seed (owned) */
  FILE *results;     /* the temporary results file */
  char *dir;         /* owned */
  char *results_path; /* owned */
  long nresults;
  long cases, passed, diverged, expect_failed, input_errors, crashed, timed_out;
  long unlisted; /* passing generated cases counted, not listed in results */
  long by_kind[NDP_DIV_COUNT]; /* divergences of each kind */
  long long bytes_engine, bytes_oracle; /* bytes copied over the run */
  struct ndp_gate *gate;      /* borrowed, may be NULL: set with ndp_report_set_baseline */
  char *baseline_path;        /* owned, may be NULL */
  bool interrupted;           /* set by the caller when the run was stopped early */
  long regressions, fixed, known; /* filled by ndp_report_write */
  bool html, junit;           /* also write report.html and junit.xml (default true) */
};

/* Starts a report in dir (created if needed). mode is "check" or "run";
 * oracle may be NULL. */
enum ndp_status ndp_report_init(struct ndp_report *r, const char *dir, const char *mode,
                                const char *engine, const char *oracle, long long seed,
                                struct ndp_error *err);
/* Releases everything; removes the temporary file if the report was not
 * written. */
void ndp_report_reset(struct ndp_report *r);

/* Gates the run against a baseline: every divergence is marked new or known
 * through gate (borrowed; it must outlive the report), and the report lists
 * the regressions and fixes. path is the baseline's file (copied). */
enum ndp_status ndp_report_set_baseline(struct ndp_report *r, struct ndp_gate *gate,
                                        const char *path, struct ndp_error *err);

/* Records one case: its step results on the engine and the oracle (borrowed;
 * oracle is NULL in check mode, and engine is then the checked backend's),
 * its divergences (NULL in check mode) and expectation failures. Status
 * "diverged" when it has divergences, else "expect-failed" when an
 * expectation failed, else "pass". */
enum ndp_status ndp_report_add_case(struct ndp_report *r, const struct ndp_case *c,
                                    const struct ndp_step_result *engine,
                                    const struct ndp_step_result *oracle,
                                    const struct ndp_divergences *d,
                                    const struct ndp_expect_failures *f, struct ndp_error *err);
/* The result object of a case, as ndp_report_add_case records it (a new
 * reference; NULL when out of memory), without touching the report's
 * counters: for a worker process that sends results to the parent. */
json_t *ndp_report_case_json(const struct ndp_report *r, const struct ndp_case *c,
                             const struct ndp_step_result *engine,
                             const struct ndp_step_result *oracle,
                             const struct ndp_divergences *d,
                             const struct ndp_expect_failures *f);
json_t *ndp_report_input_error_json(const struct ndp_load_error *e);
json_t *ndp_report_dead_case_json(const struct ndp_report *r, const struct ndp_case *c,
                                  enum ndp_div_kind kind, const char *detail);
/* Records a result object (consumed) built by one of the functions above,
 * here or in another process: marks its divergences against the baseline,
 * counts it, streams it to the results file. */
enum ndp_status ndp_report_add_result(struct ndp_report *r, json_t *result,
                                      struct ndp_error *err);
/* Counts a case that passed without listing it (generated cases). */
void ndp_report_count_pass(struct ndp_report *r, long long bytes_engine, long long bytes_oracle);
/* Records a case whose engine run died (a signal: crash) or hung (timeout):
 * status "crash" or "timeout", with a divergence of that kind whose message
 * is detail. */
enum ndp_status ndp_report_add_dead_case(struct ndp_report *r, const struct ndp_case *c,
                                         enum ndp_div_kind kind, const char *detail,
                                         struct ndp_error *err);
/* Records an input error (a file or case that did not load, or whose
 * expectations did not parse). */
enum ndp_status ndp_report_add_input_error(struct ndp_report *r, const struct ndp_load_error *e,
                                           struct ndp_error *err);

/* Fills the summary and writes DIR/report.json atomically (temp + rename),
 * then DIR/report.html and DIR/junit.xml (unless r->html / r->junit were
 * cleared). */
enum ndp_status ndp_report_write(struct ndp_report *r, double seconds, struct ndp_error *err);

/* Creates a directory and its parents (mkdir -p). */
enum ndp_status ndp_mkdirs(const char *path, struct ndp_error *err);

#ifdef __cplusplus
}
#endif
#endif
