/* Temporary: entry points of the ref files not written yet. Each helper
 * deletes its stubs from here when its file lands. */
#include "ref_internal.h"

enum ndp_status ndp_ref_shape_op(const struct ndp_step *step,
                                 const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                 int64_t *bytes_copied, struct ndp_error *err) {
  (void)operands, (void)out, (void)bytes_copied;
  return ndp_step_error(err, NDP_ERRC_UNSUPPORTED, "ref: %s not implemented yet",
                        ndp_op_name(step->op));
}

enum ndp_status ndp_ref_ufunc(const struct ndp_step *step,
                              const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                              int64_t *bytes_copied, struct ndp_error *err) {
  (void)operands, (void)out, (void)bytes_copied;
  return ndp_step_error(err, NDP_ERRC_UNSUPPORTED, "ref: %s not implemented yet",
                        ndp_op_name(step->op));
}

enum ndp_status ndp_ref_reduce(const struct ndp_step *step,
                               const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                               int64_t *bytes_copied, struct ndp_error *err) {
  (void)operands, (void)out, (void)bytes_copied;
  return ndp_step_error(err, NDP_ERRC_UNSUPPORTED, "ref: %s not implemented yet",
                        ndp_op_name(step->op));
}
