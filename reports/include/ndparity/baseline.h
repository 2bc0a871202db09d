/* Baselines and gating: which divergences of a run are new (regressions),
 * known, or fixed against an earlier report.json, by fingerprint; and more
 * bytes copied for a copy-overhead fingerprint than the baseline recorded. */
#ifndef NDPARITY_BASELINE_H
#define NDPARITY_BASELINE_H

#include <jansson.h>
#include <stdio.h>

#include "ndparity/case.h"

#ifdef __cplusplus
extern "C" {
#endif

struct ndp_baseline;
struct ndp_gate;

/* Loads the divergences of report.json at path. NDP_EINPUT with
 * file:line:column when it is not an ndparity report. *out is owned by the
 * caller (ndp_baseline_free). */
enum ndp_status ndp_baseline_load(const char *path, struct ndp_baseline **out,
                                  struct ndp_error *err);
void ndp_baseline_free(struct ndp_baseline *b);

/* A run's gate against baseline b (borrowed, may be NULL: then every
 * divergence is new). copy_tolerance: a copy-overhead fingerprint regresses
 * when the run's engine bytes exceed the baseline's by more than this
 * fraction (0.0: any increase). */
enum ndp_status ndp_gate_new(const struct ndp_baseline *b, double copy_tolerance,
                             struct ndp_gate **out, struct ndp_error *err);
void ndp_gate_free(struct ndp_gate *g);

/* Records one divergence of the run; returns "new" or "known" (a static
 * string). Strings are borrowed (copied when kept). */
const char *ndp_gate_observe(struct ndp_gate *g, const char *fingerprint, const char *kind,
                             const char *message, const char *case_name, const char *file,
                             long long engine_bytes_copied);

/* The regressions and the fixes so far, as new JSON arrays (the caller owns
 * them), and their counts. */
enum ndp_status ndp_gate_finish(struct ndp_gate *g, json_t **regressions, json_t **fixed,
                                struct ndp_error *err);

/* ndparity diff: compares report old_path with report new_path and prints
 * the regressions and fixes to out. Returns 0 when there are no
 * regressions, 1 when there are, 2 when a report does not load (err). */
int ndp_report_diff(const char *old_path, const char *new_path, double copy_tolerance,
                    FILE *out, struct ndp_error *err);

#ifdef __cplusplus
}
#endif
#endif
