/* ref: dispatch of a step to the file implementing its op class, under a
 * semantics profile, and the backend entries. */
#include <string.h>

#include "ndparity/backend.h"
#include "ref_internal.h"

enum ndp_status ndp_ref_run_numpy(const struct ndp_step *step,
                                  const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                  int64_t *bytes_copied, struct ndp_error *err) {
  memset(out, 0, sizeof *out);
  switch (ndp_op_class(step->op)) {
  case NDP_OPC_SHAPE: return ndp_ref_shape_op(step, operands, out, bytes_copied, err);
  case NDP_OPC_BINARY:
  case NDP_OPC_UNARY: return ndp_ref_ufunc(step, operands, out, bytes_copied, err);
  case NDP_OPC_REDUCE: return ndp_ref_reduce(step, operands, out, bytes_copied, err);
  case NDP_OPC_CROSSING: return ndp_ref_crossing(step, operands, out, bytes_copied, err);
  case NDP_OPC_DATASET: break;
  }
  return ndp_step_error(err, NDP_ERRC_UNSUPPORTED,
                        "the reference engine does not run dataset pipelines yet (%s)",
                        ndp_op_name(step->op));
}

enum ndp_status ndp_ref_run_step_profile(const struct ndp_ref_profile *profile,
                                         const struct ndp_step *step,
                                         const struct ndp_tensor *const *operands,
                                         struct ndp_tensor *out, int64_t *bytes_copied,
                                         struct ndp_error *err) {
  memset(out, 0, sizeof *out);
  if (err != NULL) {
    err->cls = NDP_ERRC_NONE;
    err->msg[0] = '\0';
  }
  /* A numpy_function body runs as NumPy whatever the profile. */
  if (profile == NULL || profile == &ndp_ref_profile_numpy || step->numpy_body)
    return ndp_ref_run_numpy(step, operands, out, bytes_copied, err);
  return ndp_ref_profile_run(profile, step, operands, out, bytes_copied, err);
}

enum ndp_status ndp_ref_run_step(const struct ndp_step *step,
                                 const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                 int64_t *bytes_copied, struct ndp_error *err) {
  return ndp_ref_run_step_profile(&ndp_ref_profile_numpy, step, operands, out, bytes_copied, err);
}

/* self->state is the profile (const; NULL for the NumPy profile). */
static enum ndp_status ref_backend_run(struct ndp_backend *self, const struct ndp_step *step,
                                       const struct ndp_tensor *const *operands,
                                       struct ndp_tensor *out, int64_t *bytes_copied,
                                       struct ndp_error *err) {
  const struct ndp_ref_profile *profile = self->state;
  return ndp_ref_run_step_profile(profile, step, operands, out, bytes_copied, err);
}

const struct ndp_backend ndp_ref_backend = {
    .abi_version = NDP_BACKEND_ABI_VERSION,
    .name = "ref",
    .state = NULL,
    .run_step = ref_backend_run,
    .destroy = NULL,
};

/* state points to a const profile: the backend only reads it. */
const struct ndp_backend ndp_ref_tf_backend = {
    .abi_version = NDP_BACKEND_ABI_VERSION,
    .name = "ref:tf",
    .state = (void *)&ndp_ref_profile_tf,
    .run_step = ref_backend_run,
    .destroy = NULL,
    .infer_spec = ndp_ref_infer_spec, /* ref_dataset_spec.c: tf.data's static specs */
};
