/* Internal interfaces of `ref`, the fast reference engine (the default system
 * under test). It implements the case format's ops with NumPy semantics,
 * written for speed and independently of the oracle (oracles/): never include
 * or call the oracle's code; the value of comparing the two comes from their
 * independence (docs/STYLE.md rule 7).
 *
 * Speed rules: strided kernels with contiguous fast paths the compiler can
 * vectorize (plain loops over typed pointers, restrict, no per-element
 * function calls through ndp_elem in hot paths); broadcasting through zero
 * strides, never materialized; views wherever NumPy makes views, copies only
 * where NumPy copies; pairwise summation for floating sums as NumPy does;
 * cache-blocked transposing copies. Every step reports the bytes it wrote
 * into new memory (*bytes_copied).
 *
 * Semantics that frameworks change (promotion, scalar conversion, reduction
 * dtypes) live in tables: a semantics profile (struct ndp_ref_profile below)
 * is data, one instance per framework, applied around the NumPy kernels by
 * ref_profile.c. The NumPy profile changes nothing.
 *
 * Files:
 *   ref.c        dispatch (ndp_ref_run_step, ndp_ref_run_step_profile) and
 *                the backend entries ("ref", "ref:tf")
 *   ref_profile.c the profiles' tables (NumPy, TensorFlow 2) and the rules
 *                that apply them around the NumPy-semantics ops
 *   ref_types.c  dtype facts (own tables): promotion, can_cast, NEP 50
 *                result_type with weak Python scalars, Python scalar
 *                conversion, and strided cast kernels
 *   ref_ufunc.c  binary and unary ufuncs: loop selection, dtype=/casting=,
 *                kernels
 *   ref_shape.c  reshape, transpose, expand_dims, squeeze, broadcast_to,
 *                getitem, astype, copy, ascontiguousarray, asfortranarray,
 *                ravel, concatenate, stack; broadcasting; copies
 *   ref_reduce.c sum, prod, min, max, mean, argmin, argmax, any, all
 */
#ifndef NDPARITY_REF_INTERNAL_H
#define NDPARITY_REF_INTERNAL_H

#include "ndparity/backend.h"
#include "ndparity/case.h"
#include "ndparity/core.h"

/* ------------------------------------------------------------ ref.c */

struct ndp_ref_profile;

/* Runs one step with the NumPy profile (NumPy 1.24 semantics, NEP 50). */
enum ndp_status ndp_ref_run_step(const struct ndp_step *step,
                                 const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                 int64_t *bytes_copied, struct ndp_error *err);

/* Runs one step under a semantics profile (borrowed; NULL is the NumPy
 * profile). err->msg is cleared first; on NDP_OK it holds a note naming each
 * profile rule that made the result differ from NumPy's ("TensorFlow's
 * reduce_sum keeps the input dtype (int8)"), or stays empty. */
enum ndp_status ndp_ref_run_step_profile(const struct ndp_ref_profile *profile,
                                         const struct ndp_step *step,
                                         const struct ndp_tensor *const *operands,
                                         struct ndp_tensor *out, int64_t *bytes_copied,
                                         struct ndp_error *err);

/* The NumPy-semantics dispatch to the op files below (no profile rule). */
enum ndp_status ndp_ref_run_numpy(const struct ndp_step *step,
                                  const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                  int64_t *bytes_copied, struct ndp_error *err);

/* The "ref:tf" backend (the TensorFlow 2 profile). harness/src/backends.c
 * registers it; ndparity/backend.h declares only ndp_ref_backend. */
extern const struct ndp_backend ndp_ref_tf_backend;

/* ------------------------------------------------------------ ref_profile.c */

/* How a Python scalar operand ({"int": 3}, {"float": 1.5}, ...) becomes an
 * operand of the op. */
enum ndp_ref_scalars {
  /* NumPy (NEP 50): a weak scalar that takes the array's dtype where its
   * kind allows (ref_types.c, ref_ufunc.c) */
  NDP_REF_SCALARS_WEAK,
  /* TensorFlow: ops.convert_to_tensor(value, dtype=the other operand's
   * dtype), or with no dtype the dtype of tf.constant(value) (see
   * ref_profile.c, "Python scalars") */
  NDP_REF_SCALARS_CONVERT,
};

/* The dtypes a framework kernel accepts (its op registration): an op whose
 * operand dtype is not in the list fails with `type`. Ops that a profile
 * does not list keep NumPy's loops. */
struct ndp_ref_op_types {
  enum ndp_op op;
  unsigned dtypes;     /* bit (1u << d) for each accepted enum ndp_dtype d */
  const char *allowed; /* the list as the framework's message writes it */
};

/* A semantics profile: the rules in which a framework differs from NumPy,
 * as data. Every rule is off (false, NULL, 0) in the NumPy profile; each
 * field of the TensorFlow profile cites its source in ref_profile.c. */
struct ndp_ref_profile {
  const char *name;      /* "numpy", "tf" */
  const char *framework; /* "NumPy", "TensorFlow": notes and messages name it */
  /* The framework's names of the 14 dtypes, indexed by enum ndp_dtype, for
   * messages written as the framework writes them (TensorFlow's
   * DataTypeString: "float", "double", "half"); NULL: NumPy's names. */
  const char *const *dtype_names;
  /* The framework's kernel for each op (indexed by enum ndp_op; NULL entry:
   * none, the op's name is used), for messages. */
  const char *const *kernels;

  /* ---- promotion and Python scalars */
  /* Binary ops: two array operands (arrays, NumPy scalars) of different
   * dtypes fail with `type` instead of promoting. */
  bool no_promotion;
  enum ndp_ref_scalars scalars;
  /* (CONVERT) the dtypes that have a Python->tensor converter of their own;
   * the others go through the value's own dtype and a cast. */
  unsigned direct_converters;
  /* (CONVERT) tensors made from Python data with no dtype requested: an int
   * that fits py_int, else py_int_wide; a float. */
  enum ndp_dtype py_int, py_int_wide, py_float;
  /* true_divide: the dtype both operands (of one dtype d) are cast to before
   * dividing, truediv_to[d]; d itself for no cast; NDP_NDTYPES when d has no
   * entry (a `type` error). NULL: NumPy's loops. */
  const enum ndp_dtype *truediv_to;
  /* The kernels' dtype lists (n_op_types rows; may be NULL). */
  const struct ndp_ref_op_types *op_types;
  int n_op_types;

  /* ---- reductions */
  bool sum_keeps_dtype;        /* sum/prod accumulate and return the input dtype */
  bool mean_int_keeps_dtype;   /* mean of integers: wide sum, truncating division, input dtype */
  bool empty_extreme_identity; /* max/min of an empty reduction: the identity, not an error */
  bool arg_default_axis0;      /* argmax/argmin with no axis: axis 0, not flattened */

  /* ---- shapes */
  bool broadcast_materializes; /* broadcast_to copies the full result, no stride-0 view */

  /* ---- crossings */
  /* to_numpy copies the tensor's data (TensorFlow's Tensor.numpy() "has to
   * copy"), instead of sharing it. */
  bool to_numpy_copies;
  /* from_numpy shares the array's memory only when it is native, C-contiguous
   * and its data is aligned to this many bytes (tf.constant(ndarray) aliases
   * 64-byte-aligned buffers and copies otherwise); 0: always shares, as
   * NumPy's np.asarray. */
  int from_numpy_alias_alignment;
};

extern const struct ndp_ref_profile ndp_ref_profile_numpy;
extern const struct ndp_ref_profile ndp_ref_profile_tf;

/* Runs a step with profile p's rules around the NumPy ops (called by
 * ndp_ref_run_step_profile; notes as described there). */
enum ndp_status ndp_ref_profile_run(const struct ndp_ref_profile *p, const struct ndp_step *step,
                                    const struct ndp_tensor *const *operands,
                                    struct ndp_tensor *out, int64_t *bytes_copied,
                                    struct ndp_error *err);

/* ------------------------------------------------------------ ref_types.c */

enum ndp_dtype ndp_ref_promote(enum ndp_dtype a, enum ndp_dtype b);
bool ndp_ref_can_cast(enum ndp_dtype from, enum ndp_dtype to, enum ndp_casting casting);

/* An operand for NEP 50 promotion. weak: a Python int/float/complex (kind
 * from pykind); NumPy 1.24 treats a Python bool as strong np.bool_ and an
 * np.complex128 scalar as weak (see oracles' notes). */
struct ndp_ref_operand {
  bool weak;
  enum ndp_dtype dtype;
  enum ndp_arg_kind pykind;
};
enum ndp_dtype ndp_ref_result_type(int n, const struct ndp_ref_operand *ops);
struct ndp_ref_operand ndp_ref_operand_of(const struct ndp_arg *arg,
                                          const struct ndp_tensor *operand);

/* A Python scalar operand as a 0-d native tensor of dtype dt (NEP 50: an int
 * out of dt's range is NDP_ERRC_OVERFLOW). Caller owns *out. */
enum ndp_status ndp_ref_pyscalar(const struct ndp_arg *arg, enum ndp_dtype dt,
                                 struct ndp_tensor *out, struct ndp_error *err);
/* np.asarray of a Python scalar operand: a new 0-d array of its default
 * dtype (int64, uint64 for ints in [2^63, 2^64), float64, bool, complex128). */
enum ndp_status ndp_ref_pyscalar_array(const struct ndp_arg *arg, struct ndp_tensor *out,
                                       struct ndp_error *err);

/* Converts n elements from src (dtype sfrom, byte-swapped when sswap, stride
 * sstride bytes) into dst (dtype dto, native, stride dstride bytes), with
 * NumPy's unsafe-cast value semantics (wraparound, float16 rounding to
 * nearest even, complex->real drops imag, nonzero->true; float->int out of
 * range gives a defined value without UB). Contiguous same-size paths are
 * vectorizable loops. */
void ndp_ref_cast_strided(enum ndp_dtype sfrom, bool sswap, const unsigned char *src,
                          int64_t sstride, enum ndp_dtype dto, unsigned char *dst,
                          int64_t dstride, int64_t n);

/* ------------------------------------------------------------ ref_shape.c */

/* Whether the step's "dtype" was written in the non-native byte order of a
 * multi-byte type (">f4"): the case model keeps only the type, so the
 * step's JSON is read back. */
bool ndp_ref_step_dtype_swapped(const struct ndp_step *step);

/* A new native tensor of dtype dt with t's values, laid out in order 'C',
 * 'F' or 'K' (NumPy's order K: t's axes sorted by stride), using
 * cache-blocked copies for transposing layouts. */
enum ndp_status ndp_ref_copy(const struct ndp_tensor *t, enum ndp_dtype dt, char order,
                             struct ndp_tensor *out, struct ndp_error *err);

enum ndp_status ndp_ref_broadcast_shapes(int n, const int *ndims, const int64_t *const *shapes,
                                         int *out_ndim, int64_t *out_shape,
                                         struct ndp_error *err);
enum ndp_status ndp_ref_normalize_axis(int64_t axis, int ndim, int *out, struct ndp_error *err);

enum ndp_status ndp_ref_shape_op(const struct ndp_step *step,
                                 const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                 int64_t *bytes_copied, struct ndp_error *err);

/* ------------------------------------------------------------ ref_ufunc.c */

enum ndp_status ndp_ref_ufunc(const struct ndp_step *step,
                              const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                              int64_t *bytes_copied, struct ndp_error *err);

/* The same into a preallocated result (NumPy's out=): *out must be native,
 * C-contiguous, of the result's dtype and shape (else a value error); it is
 * written, not replaced. */
enum ndp_status ndp_ref_ufunc_into(const struct ndp_step *step,
                                   const struct ndp_tensor *const *operands,
                                   struct ndp_tensor *out, struct ndp_error *err);

/* ------------------------------------------------------------ ref_crossing.c */

/* to_numpy, from_numpy, dlpack_roundtrip, npy_roundtrip (the NumPy
 * profile's crossings, through the engine's real bridges). */
enum ndp_status ndp_ref_crossing(const struct ndp_step *step,
                                 const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                 int64_t *bytes_copied, struct ndp_error *err);
struct ndp_ref_profile;
/* The same under a profile's crossing rules (NULL: NumPy's). */
enum ndp_status ndp_ref_crossing_profile(const struct ndp_ref_profile *p,
                                         const struct ndp_step *step,
                                         const struct ndp_tensor *const *operands,
                                         struct ndp_tensor *out, int64_t *bytes_copied,
                                         struct ndp_error *err);

/* ------------------------------------------------------------ ref_reduce.c */

enum ndp_status ndp_ref_reduce(const struct ndp_step *step,
                               const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                               int64_t *bytes_copied, struct ndp_error *err);

/* ref_dataset_spec.c: the TensorFlow profile's static dataset element specs
 * (the backend's infer_spec; the NumPy profile has none). */
struct ndp_backend;
struct ndp_ds_spec;
enum ndp_status ndp_ref_infer_spec(struct ndp_backend *self, const struct ndp_case *c,
                                   const struct ndp_step *step, const struct ndp_ds_spec *in,
                                   const struct ndp_tensor *const *operands,
                                   struct ndp_ds_spec *out, struct ndp_error *err);

#endif
