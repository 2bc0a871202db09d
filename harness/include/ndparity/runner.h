/* Running cases on a backend and checking them against their expectations. */
#ifndef NDPARITY_RUNNER_H
#define NDPARITY_RUNNER_H

#include "ndparity/backend.h"
#include "ndparity/case.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What one step produced on one backend. */
struct ndp_step_result {
  bool ran;             /* false: an operand failed, so the step was not run */
  enum ndp_status status; /* NDP_OK or NDP_ESTEP when ran */
  struct ndp_tensor value; /* NDP_OK: the result (owned) */
  bool view;            /* NDP_OK: shares memory with a case input */
  int64_t bytes_copied; /* NDP_OK: bytes of new element data (backend.h) */
  struct ndp_error err; /* NDP_ESTEP: class and message */
  /* Dataset steps (value unused): the dataset (owned, also when iterating
   * it failed: status NDP_ESTEP, err names the element), its element count
   * and the bytes iterating it once copied (bytes_copied). */
  struct ndp_dataset *dataset;
  int64_t count;
};

/* Runs every step of c on be. results must have c->nsteps entries; they are
 * overwritten and must be released with ndp_step_results_release. Returns
 * NDP_OK even when steps fail (that is recorded per step); NDP_EINTERNAL or
 * NDP_ENOMEM when the backend itself broke. */
enum ndp_status ndp_run_case(struct ndp_backend *be, const struct ndp_case *c,
                             struct ndp_step_result *results, struct ndp_error *err);
void ndp_step_results_release(int n, struct ndp_step_result *results);
/* The bytes every step that ran copied (results may be NULL: 0). */
long long ndp_step_results_bytes(const struct ndp_case *c, const struct ndp_step_result *results);

/* One failed expectation. Strings are owned by the struct. */
struct ndp_expect_failure {
  char *step;
  char *backend;
  char *field;    /* "dtype", "shape", "data", "view", "error" */
  char *expected; /* as text: "int16", "(3, 4)", "[1, 2]" */
  char *actual;
  char *detail;   /* may be NULL: e.g. "first difference at index 3: 1.5 vs 1.25" */
};

struct ndp_expect_failures {
  int n, cap;
  struct ndp_expect_failure *items;
};

void ndp_expect_failures_reset(struct ndp_expect_failures *f);

/* Checks c's expectations against results of backend `backend_name`;
 * appends failures to *out. NDP_EINPUT when an expectation's data does not
 * parse for the actual dtype (err says where). */
enum ndp_status ndp_check_expectations(const struct ndp_case *c,
                                       const struct ndp_step_result *results,
                                       const char *backend_name, struct ndp_expect_failures *out,
                                       struct ndp_error *err);

/* Per-dtype default tolerances of case-format.md ("Expectations"). */
void ndp_default_tolerance(enum ndp_dtype dt, double *rtol, double *atol);

#ifdef __cplusplus
}
#endif
#endif
