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
  case NDP_OPC_CROSSING: return ndp_oracle_crossing(step, operands, out, err);
  case NDP_OPC_DATASET: break;
  }
  return ndp_step_error(err, NDP_ERRC_UNSUPPORTED,
                        "the oracle does not run dataset pipelines yet (%s)",
                        ndp_op_name(step->op));
}

static enum ndp_status oracle_backend_run(struct ndp_backend *self, const struct ndp_step *step,
                                          const struct ndp_tensor *const *operands,
                                          struct ndp_tensor *out, int64_t *bytes_copied,
                                          struct ndp_error *err) {
  (void)self;
  enum ndp_status st = ndp_oracle_run_step(step, operands, out, err);
  if (st != NDP_OK) return st;
  /* The oracle copies exactly where NumPy does: a result that does not share
   * an operand's buffer is new memory: the result's size, or for a view of
   * new memory (np.broadcast_to of a Python scalar: np.asarray(scalar),
   * then a stride-0 view) that memory's size. */
  bool shares = false;
  for (int i = 0; i < step->nargs; i++)
    if (operands[i] != NULL && operands[i]->buf == out->buf) shares = true;
  if (!shares) {
    size_t n = 0;
    (void)ndp_shape_nbytes(out->ndim, out->shape, ndp_dtype_size(out->dtype), &n, NULL);
    bool zero_stride = false;
    for (int k = 0; k < out->ndim; k++)
      if (out->strides[k] == 0 && out->shape[k] != 1) zero_stride = true;
    if (zero_stride && out->buf != NULL) n = out->buf->size;
    *bytes_copied = (int64_t)n;
  }
  return NDP_OK;
}

const struct ndp_backend ndp_oracle_backend = {
    .abi_version = NDP_BACKEND_ABI_VERSION,
    .name = "oracle",
    .state = NULL,
    .run_step = oracle_backend_run,
    .destroy = NULL,
};
