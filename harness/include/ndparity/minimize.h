/* The minimizer: shrinks a diverging or crashing case to a small readable
 * reproducer (issue 6, part 4; `ndparity minimize CASE`).
 *
 * It works on the case's JSON form (ndparity/case_write.h): each trial is an
 * edited copy that must parse (a trial that does not is dropped without
 * running), be strictly smaller than the best case so far, and still show
 * the target divergence. Greedy passes run until none makes progress (or
 * max_trials trials have run):
 *   1. steps: keep only the steps the target step depends on; drop each
 *      step, last first; a step that later steps use is replaced in their
 *      operands by each of its own operands in turn ("rewiring");
 *   2. inputs that no step uses are dropped;
 *   3. dimensions of each input: all to 1 at once, then per axis 1, half,
 *      minus one; then length-1 axes are dropped (all at once, then one by
 *      one);
 *   4. values: all zero, every non-special value (not nan, inf, -0.0) to 0,
 *      then to +-1, then element by element (inputs of up to 64 elements);
 *      Python and NumPy scalar operands to 0 and 1;
 *   5. layout and dtypes: native byte order, C order, then simpler dtypes
 *      (bool, int8, uint8, float32, int16, ... in that order) with the
 *      values converted;
 *   6. optional step parameters dropped (casting, keepdims, dtype, order,
 *      axis, axes) and swapped step dtypes made native.
 * "Smaller" orders cases by steps (fn bodies included), inputs, input
 * elements, the sum of input dimensions (so (2, 0) gives way to (1, 0)),
 * input ranks, step parameters, layout, dtypes, values, in that
 * order, so the passes always end. Step ids and input names are kept: a
 * fingerprint includes the step's id.
 *
 * Persistence: the engine and the oracle run the trial (ndp_run_case), the
 * classifier compares them (ndp_classify_case), and the target fingerprint
 * must be among the divergences. Note that a fingerprint includes the
 * step's operand dtypes and rank class (0d, 1d, 2d, 3d+, empty), so dtype
 * and rank changes survive only where those stay the same.
 *
 * Crashes and hangs: with isolate, every trial runs in a forked child; the
 * target "crash" persists when the engine dies by a signal, "timeout" when
 * it runs past timeout_ms (the child is then killed). For these targets the
 * child runs only the engine.
 */
#ifndef NDPARITY_MINIMIZE_H
#define NDPARITY_MINIMIZE_H

#include <jansson.h>

#include "ndparity/backend.h"
#include "ndparity/case.h"

#ifdef __cplusplus
extern "C" {
#endif

struct ndp_minimize_opts {
  struct ndp_backend *engine, *oracle; /* borrowed */
  /* The divergence to keep: a fingerprint (16 hex digits, as in reports),
   * "crash" or "timeout" (both need isolate); NULL: the case's first
   * divergence, or with isolate "crash"/"timeout" when the case crashes or
   * hangs the engine. */
  const char *fingerprint;
  bool isolate;    /* run every trial in a forked child (for crashes/hangs) */
  int timeout_ms;  /* with isolate: a trial running longer is a "timeout"; <= 0: no limit */
  long max_trials; /* 0: default 2000 */
};

#define NDP_MINIMIZE_DEFAULT_TRIALS 2000

struct ndp_minimize_stats {
  long trials; /* trials run (parsed, smaller, executed); the first check excluded */
  int steps_before, steps_after;        /* top-level steps */
  long elements_before, elements_after; /* elements of all inputs */
  char target[24];       /* the divergence kept: its fingerprint, "crash" or "timeout" */
  char target_step[128]; /* the id of the step it is found at ("" for crash/timeout) */
};

/* Shrinks case c (borrowed; its c->json is not used) while the target
 * divergence persists. *out: the smallest case found (a new case model,
 * caller frees with ndp_case_free; its json is *out_json) and its JSON
 * (*out_json, a new reference, without expectations: they would pin the
 * original's results). stats may be NULL. NDP_EINPUT when c does not show
 * the target divergence (err says what it shows instead), or when a crash
 * or timeout target is asked for without isolate. NDP_EINTERNAL when a
 * backend fails internally on c itself or a child cannot be forked.
 *
 * Call it outside any json_arena scope (json_arena.h) when *out_json must
 * outlive that scope. With isolate false, a crash in the engine ends the
 * calling process. */
enum ndp_status ndp_minimize(const struct ndp_case *c, const struct ndp_minimize_opts *o,
                             struct ndp_case **out, json_t **out_json,
                             struct ndp_minimize_stats *stats, struct ndp_error *err);

#ifdef __cplusplus
}
#endif
#endif
