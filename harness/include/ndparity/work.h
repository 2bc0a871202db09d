/* Running a corpus and a fuzz range: in this process, or in worker
 * processes that isolate every case (a crash or a hang costs one case, not
 * the run), split deterministically into shards.
 *
 * Units of work: the corpus's case slots by ordinal (ndp_corpus.select),
 * then fuzz indices 0..fuzz_n-1 (case (seed, index) of the generator).
 * Shard K of N takes the units whose ordinal (or index) is K-1 modulo N;
 * within a shard, worker w of J takes every J-th of the shard's units. */
#ifndef NDPARITY_WORK_H
#define NDPARITY_WORK_H

#include <jansson.h>
#include <stdint.h>

#include "ndparity/backend.h"
#include "ndparity/case.h"
#include "ndparity/report.h"

#ifdef __cplusplus
extern "C" {
#endif

struct ndp_work_plan {
  const char *const *paths; /* borrowed */
  int npaths;
  long fuzz_n;        /* generated cases (0: none) */
  uint64_t seed;
  int shard_k, shard_n; /* 1 <= k <= n; n = 1: everything */
  int jobs;           /* worker processes; 0: run in this process */
  int timeout_ms;     /* with jobs: a case running longer is a timeout (0: none) */
  const char *engine, *oracle; /* backend names (oracle NULL: check mode) */
  bool list_passes;   /* list generated cases that pass too (default: counted only) */
};

/* What the runner hands back. Results are result objects as
 * ndp_report_add_result takes them (consumed by on_result). */
struct ndp_work_sink {
  void *ctx;
  enum ndp_status (*on_result)(void *ctx, json_t *result, struct ndp_error *err);
  /* A generated case that passed: counted, not listed (a fuzz campaign
   * runs millions); its copied bytes. */
  void (*on_pass)(void *ctx, long long bytes_engine, long long bytes_oracle);
  /* true when the run must stop (a signal): checked between cases */
  bool (*stop)(void *ctx);
};

/* Runs one case on engine and oracle (NULL: check mode, the engine alone
 * against the expectations) and returns its result object (new reference)
 * in *out — or, when list_pass is false and the case passed, *out NULL and
 * its copied bytes in bytes[0] (engine) and bytes[1] (oracle). NDP_EINPUT
 * when its expectations do not parse (err says why; the caller records an
 * input error), NDP_EINTERNAL for a backend's bug. */
enum ndp_status ndp_work_case(const struct ndp_report *report, struct ndp_backend *engine,
                              struct ndp_backend *oracle, const struct ndp_case *c,
                              bool list_pass, json_t **out, long long bytes[2],
                              struct ndp_error *err);

/* Runs the plan. report is borrowed for the result objects' reproducers
 * (its head: engine and oracle names); results go to sink. NDP_OK when
 * every unit ran (crashes and timeouts are results); NDP_EINTERNAL when a
 * backend or a worker broke (err says which case). */
enum ndp_status ndp_work_run(const struct ndp_work_plan *plan, const struct ndp_report *report,
                             const struct ndp_work_sink *sink, struct ndp_error *err);

/* Parses "K/N" (1 <= K <= N). */
bool ndp_parse_shard(const char *text, int *k, int *n);

#ifdef __cplusplus
}
#endif
#endif
