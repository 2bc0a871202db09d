/* ref: dispatch of a step to the file implementing its op class. */
#include <string.h>

#include "ndparity/backend.h"
#include "ref_internal.h"

enum ndp_status ndp_ref_run_step(const struct ndp_step *step,
                                 const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                 int64_t *bytes_copied, struct ndp_error *err) {
  memset(out, 0, sizeof *out);
  switch (ndp_op_class(step->op)) {
  case NDP_OPC_SHAPE: return ndp_ref_shape_op(step, operands, out, bytes_copied, err);
  case NDP_OPC_BINARY:
  case NDP_OPC_UNARY: return ndp_ref_ufunc(step, operands, out, bytes_copied, err);
  case NDP_OPC_REDUCE: return ndp_ref_reduce(step, operands, out, bytes_copied, err);
  case NDP_OPC_DATASET: break;
  }
  return ndp_step_error(err, NDP_ERRC_UNSUPPORTED,
                        "the reference engine does not run dataset or crossing ops yet (%s)",
                        ndp_op_name(step->op));
}

static enum ndp_status ref_backend_run(struct ndp_backend *self, const struct ndp_step *step,
                                       const struct ndp_tensor *const *operands,
                                       struct ndp_tensor *out, int64_t *bytes_copied,
                                       struct ndp_error *err) {
  (void)self;
  return ndp_ref_run_step(step, operands, out, bytes_copied, err);
}

const struct ndp_backend ndp_ref_backend = {
    .abi_version = NDP_BACKEND_ABI_VERSION,
    .name = "ref",
    .state = NULL,
    .run_step = ref_backend_run,
    .destroy = NULL,
};
