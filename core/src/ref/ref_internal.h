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
 * dtypes) live in tables, so the ref:tf and ref:torch profiles of later work
 * can swap them.
 *
 * Files:
 *   ref.c        dispatch (ndp_ref_run_step) and the backend entry
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

#include "ndparity/case.h"
#include "ndparity/core.h"

/* ------------------------------------------------------------ ref.c */

enum ndp_status ndp_ref_run_step(const struct ndp_step *step,
                                 const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                 int64_t *bytes_copied, struct ndp_error *err);

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

/* ------------------------------------------------------------ ref_reduce.c */

enum ndp_status ndp_ref_reduce(const struct ndp_step *step,
                               const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                               int64_t *bytes_copied, struct ndp_error *err);

#endif
