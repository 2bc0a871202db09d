/* Internal interfaces between the oracle's source files.
 *
 * The oracle is written for obvious correctness: plain multi-index loops,
 * element values widened through struct ndp_elem, no fast paths. It must
 * agree with NumPy 1.24.2 run with NPY_PROMOTION_STATE=weak (NEP 50).
 *
 * Files:
 *   types.c   dtype facts: promotion, can_cast, value casts, result_type
 *             with weak Python scalars (NEP 50)
 *   ufunc.c   binary and unary ufuncs: loop selection, dtype=/casting=,
 *             element kernels
 *   shape.c   reshape, transpose, expand_dims, squeeze, broadcast_to,
 *             getitem, astype, copy, ascontiguousarray, asfortranarray,
 *             ravel, concatenate, stack, broadcasting helpers
 *   reduce.c  sum, prod, min, max, mean, argmin, argmax, any, all
 *   crossing.c to_numpy, from_numpy, dlpack_roundtrip, npy_roundtrip
 *   oracle.c  dispatch (ndp_oracle_run_step)
 */
#ifndef NDPARITY_ORACLE_INTERNAL_H
#define NDPARITY_ORACLE_INTERNAL_H

#include "ndparity/backend.h"
#include "ndparity/case.h"
#include "ndparity/core.h"

/* ------------------------------------------------------------ types.c */

/* np.promote_types(a, b) for the 14 dtypes (always defined for them). */
enum ndp_dtype ndp_promote_types(enum ndp_dtype a, enum ndp_dtype b);

/* np.can_cast(from, to, casting) between dtypes. */
bool ndp_can_cast(enum ndp_dtype from, enum ndp_dtype to, enum ndp_casting casting);

/* Converts a value to dtype `to` as NumPy's unsafe cast does (C casts with
 * wraparound for integers, round-to-nearest-even for float16, complex to
 * real drops the imaginary part, nonzero to bool). Float to integer out of
 * range is platform-defined in NumPy; the oracle gives a defined value and
 * no case pins it. */
void ndp_cast_elem(const struct ndp_elem *in, enum ndp_dtype to, struct ndp_elem *out);

/* The operand of a promotion: an array/NumPy scalar (strong dtype) or a weak
 * Python scalar (kind only). In NumPy 1.24 a Python bool is *not* weak (it
 * acts as a strong np.bool_), and an np.complex128 scalar *is* weak (a 1.24
 * quirk); ndp_promo_operand_of encodes both. */
struct ndp_promo_operand {
  bool weak;            /* Python int/float/complex/bool */
  enum ndp_dtype dtype; /* strong: its dtype; weak: int64/float64/complex128/bool */
  enum ndp_arg_kind pykind; /* weak: NDP_ARG_PYINT/PYFLOAT/PYCOMPLEX/PYBOOL */
};

/* NEP 50 result_type over n operands (np.result_type with weak scalars).
 * A weak Python int with integer arrays takes the array's dtype; a weak float
 * with integer/bool gives float64, with float arrays their dtype; complex
 * with float32/float16 gives complex64, etc. Never fails for these dtypes. */
enum ndp_dtype ndp_result_type(int n, const struct ndp_promo_operand *ops);

/* Converts a Python scalar operand (step->args[i]) to a 0-d tensor of dtype
 * dt as NEP 50 does when the scalar takes an array's dtype: a Python int out
 * of dt's range fails with NDP_ERRC_OVERFLOW ("Python integer 300 out of
 * bounds for uint8"); floats may round to inf (no error). *out is a new
 * tensor the caller owns. */
enum ndp_status ndp_pyscalar_to_tensor(const struct ndp_arg *arg, enum ndp_dtype dt,
                                       struct ndp_tensor *out, struct ndp_error *err);

/* Builds the promotion operand for step operand i. */
struct ndp_promo_operand ndp_promo_operand_of(const struct ndp_arg *arg,
                                              const struct ndp_tensor *operand);

/* ------------------------------------------------------------ shape.c */

/* Broadcasts n shapes (NumPy rules). NDP_ESTEP/NDP_ERRC_BROADCAST with
 * NumPy's message when incompatible. */
enum ndp_status ndp_broadcast_shapes(int n, const int *ndims, const int64_t *const *shapes,
                                     int *out_ndim, int64_t *out_shape, struct ndp_error *err);

/* A view of t broadcast to (ndim, shape) with zero strides (no checks
 * beyond compatibility; NDP_ERRC_BROADCAST otherwise). */
enum ndp_status ndp_broadcast_view(const struct ndp_tensor *t, int ndim, const int64_t *shape,
                                   struct ndp_tensor *out, struct ndp_error *err);

/* A new C-order (order 'C') or F-order ('F') native copy of t converted to
 * dtype dt with ndp_cast_elem (no casting-rule check). */
enum ndp_status ndp_copy_as(const struct ndp_tensor *t, enum ndp_dtype dt, char order,
                            struct ndp_tensor *out, struct ndp_error *err);
/* As ndp_copy_as with t's own dtype, but the copy keeps t's byte order
 * (np.copy, a copying reshape/ravel/ascontiguousarray, np.load(np.save(t))
 * all keep a '>f4' array's dtype). */
/* Whether the step's "dtype" was written in the non-native byte order of a
 * multi-byte type (">f4" on a little-endian machine): the case model keeps
 * only the type, so the step's JSON is read back. */
bool ndp_step_dtype_swapped(const struct ndp_step *step);
/* NumPy's TypeError for a ufunc's or a reduction's dtype= with a byte order. */
enum ndp_status ndp_dtype_byteorder_error(struct ndp_error *err);

enum ndp_status ndp_copy_keep(const struct ndp_tensor *t, char order, struct ndp_tensor *out,
                              struct ndp_error *err);

/* Normalizes an axis against ndim (negative counts from the end);
 * NDP_ERRC_AXIS "axis 3 is out of bounds for array of dimension 2". */
enum ndp_status ndp_normalize_axis(int64_t axis, int ndim, int *out, struct ndp_error *err);

/* Operand i as a tensor: the operand itself (borrowed, *owned false), or for
 * a Python scalar np.asarray(scalar) -- int64 (uint64 for ints in
 * [2^63, 2^64)), float64, bool or complex128 -- in *tmp (*owned true: the
 * caller releases it). */
enum ndp_status ndp_operand_tensor(const struct ndp_step *step,
                                   const struct ndp_tensor *const *operands, int i,
                                   struct ndp_tensor *tmp, const struct ndp_tensor **t, bool *owned,
                                   struct ndp_error *err);

enum ndp_status ndp_oracle_shape_op(const struct ndp_step *step,
                                    const struct ndp_tensor *const *operands,
                                    struct ndp_tensor *out, struct ndp_error *err);

/* ------------------------------------------------------------ ufunc.c */

enum ndp_status ndp_oracle_ufunc(const struct ndp_step *step,
                                 const struct ndp_tensor *const *operands,
                                 struct ndp_tensor *out, struct ndp_error *err);

/* ------------------------------------------------------------ crossing.c */

enum ndp_status ndp_oracle_crossing(const struct ndp_step *step,
                                    const struct ndp_tensor *const *operands,
                                    struct ndp_tensor *out, struct ndp_error *err);

/* ------------------------------------------------------------ reduce.c */

enum ndp_status ndp_oracle_reduce(const struct ndp_step *step,
                                  const struct ndp_tensor *const *operands,
                                  struct ndp_tensor *out, struct ndp_error *err);

#endif
