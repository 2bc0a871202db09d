/* DLPack bridge: zero-copy export of a tensor as a DLManagedTensor and
 * import of a DLManagedTensor as a tensor, through DLPack 0.6 (Debian's
 * libdlpack-dev, <dlpack/dlpack.h>, DLPACK_VERSION 60). This is what the
 * `dlpack_roundtrip` crossing runs; it mirrors NumPy 1.24's `__dlpack__`
 * and `np.from_dlpack` (numpy/core/src/multiarray/dlpack.c).
 *
 * Units, as in dlpack.h: DLTensor.shape and DLTensor.strides count
 * elements; DLTensor.byte_offset counts bytes. struct ndp_tensor counts
 * strides and offset in bytes. The bridge converts, overflow-checked.
 *
 * Ownership, the DLPack protocol written out for both directions:
 * - an exported DLManagedTensor is owned by whoever receives it, and that
 *   owner calls its deleter exactly once (never free() it); until then it
 *   keeps one reference to the tensor's ndp_buffer alive, so the source
 *   tensor may be released first;
 * - ndp_dlpack_import takes ownership of the DLManagedTensor it is given,
 *   on success and on failure alike: its deleter (when non-NULL) is called
 *   exactly once, either before ndp_dlpack_import returns or by the last
 *   ndp_buffer_release of the imported tensor's buffer. The caller must not
 *   touch it after the call.
 *
 * Error classes: NumPy raises BufferError for the three things a NumPy
 * array can hold that DLPack cannot describe (a bool dtype, a non-native
 * byte order, a byte stride that is not a multiple of the itemsize). The
 * bridge reports all three as NDP_ESTEP / NDP_ERRC_UNSUPPORTED with
 * NumPy's own message. On import, a valid DLPack tensor that ndparity
 * cannot hold (a device other than kDLCPU, lanes != 1, a dtype outside the
 * 14 of case-format.md, ndim > 32) is NDP_ESTEP / NDP_ERRC_UNSUPPORTED; a
 * tensor that breaks the DLPack contract itself (NULL shape or data where
 * elements exist, a negative dimension, an unknown type code, sizes or
 * extents that overflow) is NDP_EINPUT. A huge but well-formed shape
 * reports ndp_shape_nbytes's "array is too big" (NDP_ESTEP /
 * NDP_ERRC_VALUE), as NumPy would when it builds the array.
 */
#ifndef NDPARITY_DLPACK_BRIDGE_H
#define NDPARITY_DLPACK_BRIDGE_H

#include <dlpack/dlpack.h>
#include <stdint.h>

#include "ndparity/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Options of ndp_dlpack_export_opts, OR-ed together. */
enum ndp_dlpack_flags {
  /* NumPy semantics: no option. */
  NDP_DLPACK_DEFAULT = 0,
  /* Export bool as {kDLUInt, 8, 1}. DLPack 0.6 has no kDLBool (it arrived
   * in DLPack 0.8), so this is how DLPack 0.6-era producers that accept
   * bool describe it; the importer then sees uint8 (values 0 and 1): a
   * round trip changes the dtype, which is the silent cast the harness
   * reports. Without this flag bool is refused, as NumPy 1.24 refuses it. */
  NDP_DLPACK_BOOL_AS_UINT8 = 1u << 0,
};

/* Exports t as a new DLManagedTensor, without copying element data.
 *
 * t: borrowed; it must be a live tensor (buf non-NULL). It may be released
 *   after the call: the export holds its own reference to t->buf.
 * out: on NDP_OK, *out is a new DLManagedTensor that the caller owns and
 *   must hand to a consumer or destroy with (*out)->deleter(*out), exactly
 *   once; it releases the buffer reference. On failure *out is NULL.
 *
 * The result: dl_tensor.data = t->buf->data (the buffer base) and
 * byte_offset = t->offset, so data + byte_offset is element (0, ..., 0);
 * device {kDLCPU, 0}; dtype {kDLInt|kDLUInt, 8/16/32/64, 1},
 * {kDLFloat, 16/32/64, 1}, {kDLComplex, 64/128, 1}; shape points into the
 * manager_ctx allocation (never NULL, also for ndim 0); strides is NULL
 * when t is C-contiguous or has exactly one element (as NumPy exports it:
 * an importer then sees compact row-major strides), else it points into
 * the manager_ctx allocation, in elements. The memory is writable and
 * shared with t and every view of t->buf; DLPack 0.6 has no read-only flag.
 * data is 16-byte aligned but in general not 256-byte aligned as dlpack.h
 * suggests (no CPU producer does that; byte_offset is not used to align).
 *
 * Errors: NDP_ESTEP / NDP_ERRC_UNSUPPORTED for a bool tensor ("DLPack only
 * supports signed/unsigned integers, float and complex dtypes."), a
 * byte-swapped tensor ("DLPack only supports native byte order.") and, when
 * strides are exported, a byte stride that is not a multiple of the
 * itemsize on an axis of length other than 1 ("DLPack only supports strides
 * which are a multiple of itemsize."), checked in that NumPy order:
 * strides, byte order, dtype. (As NumPy 1.24, the stride of a length-1 axis
 * is exported divided by the itemsize, truncated toward zero.)
 * NDP_EINTERNAL for a released tensor or a negative offset; NDP_ENOMEM. */
enum ndp_status ndp_dlpack_export(const struct ndp_tensor *t, DLManagedTensor **out,
                                  struct ndp_error *err);

/* As ndp_dlpack_export, with flags from enum ndp_dlpack_flags (unknown bits
 * are NDP_EINTERNAL). ndp_dlpack_export(t, out, err) is
 * ndp_dlpack_export_opts(t, NDP_DLPACK_DEFAULT, out, err). */
enum ndp_status ndp_dlpack_export_opts(const struct ndp_tensor *t, unsigned flags,
                                       DLManagedTensor **out, struct ndp_error *err);

/* Imports m as a tensor, without copying element data.
 *
 * m: ownership is taken, whatever the result (see the protocol above). Every
 *   field is validated before any element byte is addressed; a malformed
 *   m is an error, never a crash, but its memory is trusted: a producer
 *   whose data does not really hold the extent that shape, strides and
 *   byte_offset describe cannot be detected.
 * out: overwritten. On NDP_OK it is a new tensor the caller owns (release it
 *   with ndp_tensor_release); on failure it is a released tensor (buf NULL).
 * bytes_copied: may be NULL; otherwise set to the bytes of element data
 *   copied, which is always 0.
 *
 * The result: native byte order; dtype from {code, bits}: kDLInt 8/16/32/64
 * -> int8..int64, kDLUInt 8/16/32/64 -> uint8..uint64 (so a bool exported
 * with NDP_DLPACK_BOOL_AS_UINT8 comes back as uint8), kDLFloat 16/32/64 ->
 * float16..float64, kDLComplex 64/128 -> complex64/complex128; shape as
 * given; strides in bytes, from DLTensor.strides or, when NULL, compact
 * row-major (dimensions of length 0 count as 1 in the running product, as
 * np.from_dlpack gives them); device_id is not checked (NumPy does not).
 * The element data may have any alignment (element access uses memcpy).
 *
 * Buffers: a tensor that this bridge exported (its deleter is the bridge's
 * own and its layout still lies inside the exported buffer) comes back as a
 * view of the same ndp_buffer, so the harness, which decides "view" by
 * buffer identity, sees a round trip as the view NumPy makes; the deleter is
 * called before returning. Any other producer's memory is wrapped in a new
 * ndp_buffer (ndp_buffer_wrap) that spans exactly the addressed bytes and
 * calls m->deleter on its last release. A zero-size tensor from another
 * producer addresses no bytes: it gets a new empty buffer and m->deleter is
 * called before returning (data may then be NULL).
 *
 * Errors, in the order they are checked (each names the values found):
 * m NULL (NDP_EINPUT, nothing to call); ndim < 0 (NDP_EINPUT); ndim > 32,
 * a device other than kDLCPU, lanes != 1 (NDP_ESTEP / UNSUPPORTED); a type
 * code that DLPack 0.6 does not define (NDP_EINPUT); a defined code with
 * bits that no dtype has, kDLBfloat, kDLOpaqueHandle, and DLPack 0.8's
 * kDLBool (6), which NumPy 1.24 refuses too (NDP_ESTEP / UNSUPPORTED);
 * shape NULL with ndim > 0, a negative dimension (NDP_EINPUT); a byte size
 * that overflows (NDP_ESTEP / NDP_ERRC_VALUE, "array is too big"); data
 * NULL with elements, byte_offset above INT64_MAX, a stride whose byte value
 * overflows int64, an addressed extent that overflows int64 or wraps around
 * the address space (NDP_EINPUT); NDP_ENOMEM. */
enum ndp_status ndp_dlpack_import(DLManagedTensor *m, struct ndp_tensor *out, int64_t *bytes_copied,
                                  struct ndp_error *err);

#ifdef __cplusplus
}
#endif
#endif
