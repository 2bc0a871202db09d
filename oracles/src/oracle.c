/* The oracle backend: dispatch of a step to the file that implements its
 * op class (see oracle_internal.h). */
#include <stdlib.h>
#include <string.h>

#include "oracle_internal.h"

enum ndp_status ndp_oracle_run_step(const struct ndp_step *step,
                                    const struct ndp_tensor *const *operands,
                                    struct ndp_tensor *out, struct ndp_error *err) {
  memset(out, 0, sizeof *out);
  switch (ndp_op_class(step->op)) {
  case NDP_OPC_SHAPE: return ndp_oracle_shape_op(step, operands, out, err);
  case NDP_OPC_BINARY:
  case NDP_OPC_UNARY: return ndp_oracle_ufunc(step, operands, out, err);
  case NDP_OPC_REDUCE: return ndp_oracle_reduce(step, operands, out, err);
  case NDP_OPC_DATASET: break;
  }
  return ndp_step_error(err, NDP_ERRC_UNSUPPORTED,
                        "the oracle does not run dataset or crossing ops yet (%s)",
                        ndp_op_name(step->op));
}

static enum ndp_status oracle_backend_run(struct ndp_backend *self, const struct ndp_step *step,
                                          const struct ndp_tensor *const *operands,
                                          struct ndp_tensor *out, struct ndp_error *err) {
  (void)self;
  return ndp_oracle_run_step(step, operands, out, err);
}

static const struct ndp_backend oracle_backend = {
    .abi_version = NDP_BACKEND_ABI_VERSION,
    .name = "oracle",
    .state = NULL,
    .run_step = oracle_backend_run,
    .destroy = NULL,
};

/* The registry of built-in backends. */
struct backend_entry {
  const char *name;
  const struct ndp_backend *proto;
  const char *what;
};

static const struct backend_entry backends[] = {
    {"oracle", &oracle_backend, "NumPy semantics in C (obviously-correct loops)"},
};

enum ndp_status ndp_backend_open(const char *name, struct ndp_backend **out,
                                 struct ndp_error *err) {
  *out = NULL;
  for (size_t i = 0; i < sizeof backends / sizeof backends[0]; i++) {
    if (strcmp(name, backends[i].name) == 0) {
      struct ndp_backend *be = malloc(sizeof *be);
      if (be == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
      *be = *backends[i].proto;
      *out = be;
      return NDP_OK;
    }
  }
  char names[256] = "";
  for (size_t i = 0; i < sizeof backends / sizeof backends[0]; i++) {
    strncat(names, i ? ", " : "", sizeof names - strlen(names) - 1);
    strncat(names, backends[i].name, sizeof names - strlen(names) - 1);
  }
  return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "unknown backend \"%s\" (known: %s)", name,
                       names);
}

void ndp_backend_free(struct ndp_backend *be) {
  if (be == NULL) return;
  if (be->destroy) be->destroy(be);
  free(be);
}
