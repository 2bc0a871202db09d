/* report.json: the machine-readable record of a run (docs/DESIGN.md,
 * "Report JSON"). Keys come out in a fixed order, so two runs over the same
 * cases produce the same bytes apart from timings. */
#ifndef NDPARITY_REPORT_H
#define NDPARITY_REPORT_H

#include <jansson.h>
#include <stdio.h>

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
  long cases, passed, diverged, expect_failed, input_errors, crashed;
  long by_kind[NDP_DIV_COUNT]; /* divergences of each kind */
  long long bytes_engine, bytes_oracle; /* bytes copied over the run */
};

/* Starts a report in dir (created if needed). mode is "check" or "run";
 * oracle may be NULL. */
enum ndp_status ndp_report_init(struct ndp_report *r, const char *dir, const char *mode,
                                const char *engine, const char *oracle, long long seed,
                                struct ndp_error *err);
/* Releases everything; removes the temporary file if the report was not
 * written. */
void ndp_report_reset(struct ndp_report *r);

/* Records one case: its divergences (NULL in check mode) and expectation
 * failures. Status "diverged" when it has divergences, else "expect-failed"
 * when an expectation failed, else "pass". bytes_engine/bytes_oracle are the
 * case's copied bytes (0 in check mode). */
enum ndp_status ndp_report_add_case(struct ndp_report *r, const struct ndp_case *c,
                                    const struct ndp_divergences *d,
                                    const struct ndp_expect_failures *f, long long bytes_engine,
                                    long long bytes_oracle, struct ndp_error *err);
/* Records an input error (a file or case that did not load, or whose
 * expectations did not parse). */
enum ndp_status ndp_report_add_input_error(struct ndp_report *r, const struct ndp_load_error *e,
                                           struct ndp_error *err);

/* Fills the summary and writes DIR/report.json atomically (temp + rename). */
enum ndp_status ndp_report_write(struct ndp_report *r, double seconds, struct ndp_error *err);

/* Creates a directory and its parents (mkdir -p). */
enum ndp_status ndp_mkdirs(const char *path, struct ndp_error *err);

#ifdef __cplusplus
}
#endif
#endif
