/* Backends for testing the harness itself, registered only when the
 * environment variable NDP_TEST_BACKENDS is set (ndp_backend_open):
 *
 *   test:slow   the ref engine, sleeping 5 ms before each step (progress
 *               lines, Ctrl-C)
 *   test:crash  the ref engine, but raises SIGSEGV on a step whose id is
 *               "crash", or whose op is NDP_TEST_CRASH_OP when that is set
 *               (crash isolation, also of generated cases)
 *   test:hang   the ref engine, but never returns from a step whose id is
 *               "hang" (timeouts)
 *
 * They are never listed in --help and cannot be opened by accident. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ndparity/backend.h"
#include "test_backends.h"

static enum ndp_status slow_run(struct ndp_backend *self, const struct ndp_step *step,
                                const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                int64_t *bytes_copied, struct ndp_error *err) {
  struct timespec ts = {0, 5 * 1000 * 1000};
  nanosleep(&ts, NULL);
  return ndp_ref_backend.run_step(self, step, operands, out, bytes_copied, err);
}

static enum ndp_status crash_run(struct ndp_backend *self, const struct ndp_step *step,
                                 const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                 int64_t *bytes_copied, struct ndp_error *err) {
  const char *op = getenv("NDP_TEST_CRASH_OP");
  if (strcmp(step->id, "crash") == 0 || (op != NULL && strcmp(op, ndp_op_name(step->op)) == 0))
    raise(SIGSEGV);
  return ndp_ref_backend.run_step(self, step, operands, out, bytes_copied, err);
}

static enum ndp_status hang_run(struct ndp_backend *self, const struct ndp_step *step,
                                const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                int64_t *bytes_copied, struct ndp_error *err) {
  if (strcmp(step->id, "hang") == 0)
    for (;;) {
      struct timespec ts = {1, 0};
      nanosleep(&ts, NULL);
    }
  return ndp_ref_backend.run_step(self, step, operands, out, bytes_copied, err);
}

bool ndp_test_backend_proto(const char *name, struct ndp_backend *out) {
  enum ndp_status (*run)(struct ndp_backend *, const struct ndp_step *,
                         const struct ndp_tensor *const *, struct ndp_tensor *, int64_t *,
                         struct ndp_error *) = NULL;
  if (strcmp(name, "test:slow") == 0) run = slow_run;
  else if (strcmp(name, "test:crash") == 0) run = crash_run;
  else if (strcmp(name, "test:hang") == 0) run = hang_run;
  if (run == NULL) return false;
  *out = ndp_ref_backend;
  out->name = strcmp(name, "test:slow") == 0    ? "test:slow"
              : strcmp(name, "test:crash") == 0 ? "test:crash"
                                                : "test:hang";
  out->run_step = run;
  return true;
}
