/* The backend interface: everything that can execute a case.
 *
 * The harness resolves a step's operands and asks a backend to run it. A
 * backend receives, for each operand, the tensor it produced earlier (or the
 * case's input tensor, or the NumPy scalar's 0-d tensor); Python scalar
 * operands are passed as NULL and read from step->args[i]. It returns a new
 * tensor that it owns a reference to (the harness releases it), or a step
 * error with its class (NDP_ESTEP), or NDP_EINTERNAL for its own bugs. A
 * backend that lacks a dtype or an op fails the step with
 * NDP_ERRC_UNSUPPORTED.
 *
 * Aliasing: a result that is a view of an operand shares that operand's
 * ndp_buffer; the harness decides "view" (np.shares_memory with any case
 * input) by buffer identity and byte extents.
 *
 * Copies: *bytes_copied (set to 0 by the harness before the call) receives
 * the number of bytes of element data the step wrote into new memory: 0 for
 * a view, the result's nbytes for a plain copy or a ufunc result, more when
 * the backend materializes intermediates (a broadcast operand, a cast copy).
 * The harness compares it with the oracle's to report copy-overhead.
 *
 * Notes: on success a backend may leave a short note in err->msg (cleared by
 * the harness before the call) naming a semantic rule it applied that makes
 * the result differ from NumPy's on purpose ("TensorFlow's reduce_sum keeps
 * the input dtype"); the classifier shows it with the divergence.
 */
#ifndef NDPARITY_BACKEND_H
#define NDPARITY_BACKEND_H

#include "ndparity/case.h"
#include "ndparity/core.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NDP_BACKEND_ABI_VERSION 1

/* The static spec of a dataset's elements: per component a dtype and a
 * partial shape (case.h). */
struct ndp_ds_spec {
  int n;
  enum ndp_dtype dtype[NDP_DS_MAXCOMP];
  struct ndp_partial_shape shape[NDP_DS_MAXCOMP];
};

struct ndp_backend {
  int abi_version;  /* NDP_BACKEND_ABI_VERSION */
  const char *name; /* "oracle", "ref", ... (borrowed, static) */
  void *state;      /* the backend's own */

  /* Runs one step. operands has step->nargs entries (borrowed). *out is
   * written on NDP_OK (caller owns it); *bytes_copied as described above. */
  enum ndp_status (*run_step)(struct ndp_backend *self, const struct ndp_step *step,
                              const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                              int64_t *bytes_copied, struct ndp_error *err);
  /* Frees the backend (may be NULL for static backends). */
  void (*destroy)(struct ndp_backend *self);

  /* Optional (NULL: the backend has no static element specs, like NumPy):
   * the static element spec of dataset step `step` of case c, from the spec
   * of its input dataset (in; NULL for a source) and, for from_tensor_slices
   * and from_tensors, its array operands. A from_generator spec's dtypes
   * are what the backend converts yielded values to. */
  enum ndp_status (*infer_spec)(struct ndp_backend *self, const struct ndp_case *c,
                                const struct ndp_step *step, const struct ndp_ds_spec *in,
                                const struct ndp_tensor *const *operands, struct ndp_ds_spec *out,
                                struct ndp_error *err);
};

/* Creates a backend by name ("oracle"). NDP_EINPUT for an unknown name,
 * with the known names in the message. Caller owns *out (ndp_backend_free). */
enum ndp_status ndp_backend_open(const char *name, struct ndp_backend **out,
                                 struct ndp_error *err);
void ndp_backend_free(struct ndp_backend *be);

/* The built-in backends, as prototypes for ndp_backend_open. */
extern const struct ndp_backend ndp_oracle_backend;
extern const struct ndp_backend ndp_ref_backend;
extern const struct ndp_backend ndp_ref_tf_backend; /* ref under TensorFlow 2's rules */

/* The C NumPy-semantics oracle (oracles/). */
enum ndp_status ndp_oracle_run_step(const struct ndp_step *step,
                                    const struct ndp_tensor *const *operands,
                                    struct ndp_tensor *out, struct ndp_error *err);

#ifdef __cplusplus
}
#endif
#endif
