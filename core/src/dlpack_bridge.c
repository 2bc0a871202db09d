/* DLPack bridge (see ndparity/dlpack_bridge.h for the contract). */
#include "ndparity/dlpack_bridge.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* NumPy raises BufferError for what DLPack cannot describe; the one class
 * it maps to here (case-format.md has no row for BufferError). */
#define EXPORT_ERRC NDP_ERRC_UNSUPPORTED

/* kDLBool, added by DLPack 0.8; absent from the 0.6 header we build with. */
#define DLPACK08_KDLBOOL 6

/* ---------------------------------------------------------------- tables */

/* Each dtype's DLPack description. Reason per row: DLPack describes the
 * in-memory format (code, bits), so each NumPy dtype maps to its IEEE or
 * two's-complement code at its own width; complex is one compact struct
 * {re, im} per element (kDLComplex bits = the whole pair). */
static const struct {
  uint8_t code;
  uint8_t bits;
} dtype_map[NDP_NDTYPES] = {
    [NDP_BOOL] = {kDLUInt, 8}, /* only with NDP_DLPACK_BOOL_AS_UINT8: no kDLBool in 0.6 */
    [NDP_INT8] = {kDLInt, 8},
    [NDP_UINT8] = {kDLUInt, 8},
    [NDP_INT16] = {kDLInt, 16},
    [NDP_UINT16] = {kDLUInt, 16},
    [NDP_INT32] = {kDLInt, 32},
    [NDP_UINT32] = {kDLUInt, 32},
    [NDP_INT64] = {kDLInt, 64},
    [NDP_UINT64] = {kDLUInt, 64},
    [NDP_FLOAT16] = {kDLFloat, 16},
    [NDP_FLOAT32] = {kDLFloat, 32},
    [NDP_FLOAT64] = {kDLFloat, 64},
    [NDP_COMPLEX64] = {kDLComplex, 64},
    [NDP_COMPLEX128] = {kDLComplex, 128},
};

static const char *code_name(unsigned code) {
  switch (code) {
  case kDLInt:
    return "kDLInt";
  case kDLUInt:
    return "kDLUInt";
  case kDLFloat:
    return "kDLFloat";
  case kDLOpaqueHandle:
    return "kDLOpaqueHandle";
  case kDLBfloat:
    return "kDLBfloat";
  case kDLComplex:
    return "kDLComplex";
  case DLPACK08_KDLBOOL:
    return "kDLBool";
  default:
    return NULL;
  }
}

static const char *device_name(int type) {
  switch (type) {
  case kDLCPU:
    return "kDLCPU";
  case kDLCUDA:
    return "kDLCUDA";
  case kDLCUDAHost:
    return "kDLCUDAHost";
  case kDLOpenCL:
    return "kDLOpenCL";
  case kDLVulkan:
    return "kDLVulkan";
  case kDLMetal:
    return "kDLMetal";
  case kDLVPI:
    return "kDLVPI";
  case kDLROCM:
    return "kDLROCM";
  case kDLROCMHost:
    return "kDLROCMHost";
  case kDLExtDev:
    return "kDLExtDev";
  case kDLCUDAManaged:
    return "kDLCUDAManaged";
  default:
    return "unknown device";
  }
}

/* ---------------------------------------------------------------- checked arithmetic */

static bool add_ok(int64_t a, int64_t b, int64_t *r) {
  if ((b > 0 && a > INT64_MAX - b) || (b < 0 && a < INT64_MIN - b)) return false;
  *r = a + b;
  return true;
}

static bool sub_ok(int64_t a, int64_t b, int64_t *r) {
  if ((b < 0 && a > INT64_MAX + b) || (b > 0 && a < INT64_MIN + b)) return false;
  *r = a - b;
  return true;
}

static bool mul_ok(int64_t a, int64_t b, int64_t *r) {
  if (a > 0) {
    if (b > 0 ? a > INT64_MAX / b : b < INT64_MIN / a) return false;
  } else if (a < 0) {
    if (b > 0 ? a < INT64_MIN / b : (b != 0 && b < INT64_MAX / a)) return false;
  }
  *r = a * b;
  return true;
}

/* ---------------------------------------------------------------- export */

/* One allocation per export: the managed tensor first, so that
 * manager_ctx == the DLManagedTensor itself, then what it points to. */
struct export_ctx {
  DLManagedTensor managed;
  struct ndp_buffer *buf; /* one reference, dropped by the deleter */
  int64_t shape[NDP_MAXDIMS];
  int64_t strides[NDP_MAXDIMS]; /* elements */
};

static void export_deleter(DLManagedTensor *self) {
  struct export_ctx *ctx = self->manager_ctx;
  ndp_buffer_release(ctx->buf);
  free(ctx);
}

enum ndp_status ndp_dlpack_export_opts(const struct ndp_tensor *t, unsigned flags,
                                       DLManagedTensor **out, struct ndp_error *err) {
  *out = NULL;
  if ((flags & ~(unsigned)NDP_DLPACK_BOOL_AS_UINT8) != 0)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "ndp_dlpack_export: unknown flags 0x%x",
                         flags);
  if (t == NULL || t->buf == NULL)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE,
                         "ndp_dlpack_export: the tensor is released");
  if (t->offset < 0)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE,
                         "ndp_dlpack_export: negative offset %" PRId64, t->offset);
  const int64_t isz = ndp_dtype_size(t->dtype);
  const int64_t size = ndp_tensor_size(t);
  /* NumPy 1.24's order and conditions (array_dlpack): strides are only
   * described, hence only checked, for a non-C-contiguous tensor of other
   * than one element, and an axis of length 1 is never checked: its stride
   * is exported divided by the itemsize, truncated toward zero (a float64
   * stride of -12 bytes becomes -1 element); it addresses one element
   * whatever its value. */
  const bool with_strides = size != 1 && !ndp_tensor_is_c_contiguous(t);
  if (with_strides) {
    for (int k = 0; k < t->ndim; k++) {
      if (t->shape[k] != 1 && t->strides[k] % isz != 0)
        return ndp_step_error(err, EXPORT_ERRC,
                              "DLPack only supports strides which are a multiple of itemsize.");
    }
  }
  /* A one-byte element has no byte order (NumPy writes '|i1'). */
  if (t->swapped && isz > 1)
    return ndp_step_error(err, EXPORT_ERRC, "DLPack only supports native byte order.");
  if (t->dtype == NDP_BOOL && !(flags & NDP_DLPACK_BOOL_AS_UINT8))
    return ndp_step_error(err, EXPORT_ERRC,
                          "DLPack only supports signed/unsigned integers, float and complex "
                          "dtypes.");

  struct export_ctx *ctx = calloc(1, sizeof *ctx);
  if (ctx == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  for (int k = 0; k < t->ndim; k++) {
    ctx->shape[k] = t->shape[k];
    ctx->strides[k] = with_strides ? t->strides[k] / isz : 0;
  }
  DLTensor *dl = &ctx->managed.dl_tensor;
  dl->data = t->buf->data;
  dl->device.device_type = kDLCPU;
  dl->device.device_id = 0;
  dl->ndim = t->ndim;
  dl->dtype.code = dtype_map[t->dtype].code;
  dl->dtype.bits = dtype_map[t->dtype].bits;
  dl->dtype.lanes = 1;
  dl->shape = ctx->shape;
  dl->strides = with_strides ? ctx->strides : NULL;
  dl->byte_offset = (uint64_t)t->offset;
  ctx->managed.manager_ctx = ctx;
  ctx->managed.deleter = export_deleter;
  ndp_buffer_retain(t->buf);
  ctx->buf = t->buf;
  *out = &ctx->managed;
  return NDP_OK;
}

enum ndp_status ndp_dlpack_export(const struct ndp_tensor *t, DLManagedTensor **out,
                                  struct ndp_error *err) {
  return ndp_dlpack_export_opts(t, NDP_DLPACK_DEFAULT, out, err);
}

/* ---------------------------------------------------------------- import */

/* What validation learns about a DLTensor, in ndp_tensor terms. */
struct layout {
  enum ndp_dtype dtype;
  int ndim;
  int64_t shape[NDP_MAXDIMS];
  int64_t strides[NDP_MAXDIMS]; /* bytes */
  int64_t size;                 /* elements */
  int64_t offset;               /* byte_offset, as int64 */
  /* With size > 0: the addressed bytes relative to data, [lo, hi). */
  int64_t lo, hi;
};

static enum ndp_status import_dtype(const DLDataType *d, enum ndp_dtype *dt,
                                    struct ndp_error *err) {
  const char *name = code_name(d->code);
  if (name == NULL)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "Unknown dtype code %u in DLTensor (DLPack 0.6 defines 0 to 5)",
                         (unsigned)d->code);
  /* Bool is never matched: uint8 takes {kDLUInt, 8}. */
  for (int i = NDP_BOOL + 1; i < NDP_NDTYPES; i++) {
    if (dtype_map[i].code == d->code && dtype_map[i].bits == d->bits) {
      *dt = (enum ndp_dtype)i;
      return NDP_OK;
    }
  }
  char widths[64] = "";
  size_t used = 0;
  for (int i = NDP_BOOL + 1; i < NDP_NDTYPES; i++) {
    if (dtype_map[i].code != d->code) continue;
    int n = snprintf(widths + used, sizeof widths - used, "%s%u", used ? ", " : "",
                     (unsigned)dtype_map[i].bits);
    if (n > 0 && (size_t)n < sizeof widths - used) used += (size_t)n;
  }
  if (used == 0)
    return ndp_step_error(err, NDP_ERRC_UNSUPPORTED,
                          "Unsupported dtype in DLTensor: %s (code %u) with %u bits; ndparity "
                          "has no such dtype",
                          name, (unsigned)d->code, (unsigned)d->bits);
  return ndp_step_error(err, NDP_ERRC_UNSUPPORTED,
                        "Unsupported dtype in DLTensor: %s (code %u) with %u bits; %s supports "
                        "%s bits",
                        name, (unsigned)d->code, (unsigned)d->bits, name, widths);
}

static enum ndp_status validate(const DLManagedTensor *m, struct layout *L, struct ndp_error *err) {
  char sbuf[NDP_MAXDIMS * 22 + 8];
  const DLTensor *dl = &m->dl_tensor;
  if (dl->ndim < 0)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "DLTensor has ndim %d; expected 0 to %d",
                         dl->ndim, NDP_MAXDIMS);
  if (dl->ndim > NDP_MAXDIMS)
    return ndp_step_error(err, NDP_ERRC_UNSUPPORTED,
                          "maxdims of DLPack tensor is higher than the supported maxdims: "
                          "ndim %d, at most %d",
                          dl->ndim, NDP_MAXDIMS);
  L->ndim = dl->ndim;
  if (dl->device.device_type != kDLCPU)
    return ndp_step_error(err, NDP_ERRC_UNSUPPORTED,
                          "Unsupported device in DLTensor: %s (device_type %d, device_id %d); "
                          "only kDLCPU is supported",
                          device_name((int)dl->device.device_type), (int)dl->device.device_type,
                          dl->device.device_id);
  if (dl->dtype.lanes != 1)
    return ndp_step_error(err, NDP_ERRC_UNSUPPORTED,
                          "Unsupported lanes in DLTensor dtype: %u (only 1 is supported)",
                          (unsigned)dl->dtype.lanes);
  NDP_RETURN_NOT_OK(import_dtype(&dl->dtype, &L->dtype, err));
  const int64_t isz = ndp_dtype_size(L->dtype);

  if (L->ndim > 0 && dl->shape == NULL)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "DLTensor shape is NULL with ndim %d",
                         L->ndim);
  for (int k = 0; k < L->ndim; k++) L->shape[k] = dl->shape[k];
  for (int k = 0; k < L->ndim; k++) {
    if (L->shape[k] < 0)
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                           "negative dimensions are not allowed: DLTensor shape %s",
                           ndp_shape_str(L->ndim, L->shape, sbuf, sizeof sbuf));
  }
  NDP_RETURN_NOT_OK(ndp_shape_nbytes(L->ndim, L->shape, (int)isz, NULL, err));
  /* The byte count fits, hence so does the element count. */
  L->size = 1;
  for (int k = 0; k < L->ndim; k++) L->size *= L->shape[k];
  if (dl->data == NULL && L->size > 0)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "DLTensor data is NULL but shape %s has %" PRId64 " elements",
                         ndp_shape_str(L->ndim, L->shape, sbuf, sizeof sbuf), L->size);
  if (dl->byte_offset > (uint64_t)INT64_MAX)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "DLTensor byte_offset %" PRIu64 " does not fit in int64", dl->byte_offset);
  L->offset = (int64_t)dl->byte_offset;

  if (dl->strides == NULL) {
    /* Compact row-major; a zero-length dimension counts as 1, as NumPy
     * fills strides. Cannot overflow once the byte count fits, but checked. */
    int64_t s = isz;
    for (int k = L->ndim - 1; k >= 0; k--) {
      L->strides[k] = s;
      if (k > 0 && !mul_ok(s, L->shape[k] > 0 ? L->shape[k] : 1, &s))
        return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                             "compact strides of DLTensor shape %s overflow int64",
                             ndp_shape_str(L->ndim, L->shape, sbuf, sizeof sbuf));
    }
  } else {
    for (int k = 0; k < L->ndim; k++) {
      if (!mul_ok(dl->strides[k], isz, &L->strides[k]))
        return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                             "DLTensor strides[%d] = %" PRId64
                             " elements overflows int64 as bytes (itemsize %" PRId64 ")",
                             k, dl->strides[k], isz);
    }
  }

  L->lo = 0;
  L->hi = 0;
  if (L->size > 0) {
    int64_t lo = 0, hi = 0, span = 0;
    bool ok = true;
    for (int k = 0; k < L->ndim && ok; k++) {
      ok = mul_ok(L->shape[k] - 1, L->strides[k], &span) &&
           (span < 0 ? add_ok(lo, span, &lo) : add_ok(hi, span, &hi));
    }
    int64_t extent = 0;
    ok = ok && add_ok(hi, isz, &hi) && add_ok(lo, L->offset, &L->lo) &&
         add_ok(hi, L->offset, &L->hi) && sub_ok(L->hi, L->lo, &extent);
    if (!ok)
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                           "the bytes addressed by DLTensor shape %s with byte_offset %" PRId64
                           " and its strides overflow int64",
                           ndp_shape_str(L->ndim, L->shape, sbuf, sizeof sbuf), L->offset);
    /* data + lo .. data + hi must be addresses: a producer's pointer with
     * extents that wrap around the address space is refused before any
     * pointer arithmetic (fuzz find: 2^60 int8 elements with stride -1). */
    uintptr_t d = (uintptr_t)dl->data;
    if ((L->lo < 0 && d < (uintptr_t)0 - (uintptr_t)L->lo) ||
        (L->hi > 0 && (uintptr_t)L->hi > UINTPTR_MAX - d))
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                           "the bytes addressed by DLTensor shape %s with byte_offset %" PRId64
                           " and its strides lie outside the address space (from data %+" PRId64
                           " to %+" PRId64 " bytes)",
                           ndp_shape_str(L->ndim, L->shape, sbuf, sizeof sbuf), L->offset, L->lo,
                           L->hi);
  }
  return NDP_OK;
}

static void call_deleter(void *ctx) {
  DLManagedTensor *m = ctx;
  m->deleter(m);
}

static void release_nothing(void *ctx) {
  (void)ctx;
}

static void finish_deleter(DLManagedTensor *m) {
  if (m->deleter != NULL) m->deleter(m);
}

enum ndp_status ndp_dlpack_import(DLManagedTensor *m, struct ndp_tensor *out, int64_t *bytes_copied,
                                  struct ndp_error *err) {
  memset(out, 0, sizeof *out);
  if (bytes_copied != NULL) *bytes_copied = 0;
  if (m == NULL)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "DLPack import: the managed tensor is NULL");

  struct layout L;
  enum ndp_status st = validate(m, &L, err);
  if (st != NDP_OK) {
    finish_deleter(m);
    return st;
  }

  struct ndp_buffer *buf = NULL;
  int64_t offset = 0;
  bool deleter_pending = true; /* false once buf's release owns the call */
  if (m->deleter == export_deleter && m->manager_ctx == (void *)m) {
    /* Our own export: stay a view of its buffer when the layout still lies
     * inside it (a consumer may have edited the fields). */
    struct ndp_buffer *own = ((struct export_ctx *)m->manager_ctx)->buf;
    if ((unsigned char *)m->dl_tensor.data == own->data &&
        (L.size == 0 || (L.lo >= 0 && (uint64_t)L.hi <= (uint64_t)own->size))) {
      ndp_buffer_retain(own);
      buf = own;
      offset = L.offset;
    }
  }
  if (buf == NULL && L.size == 0) {
    st = ndp_buffer_new(0, &buf, err);
    if (st != NDP_OK) {
      finish_deleter(m);
      return st;
    }
  }
  if (buf == NULL) {
    /* base = data + L.lo is the lowest addressed byte (below data when
     * strides are negative, as NumPy exports them); element (0, ..., 0) is
     * at data + byte_offset = base + (byte_offset - L.lo). The producer's
     * allocation spans [data + L.lo, data + L.hi) by contract. */
    unsigned char *base = (unsigned char *)m->dl_tensor.data + (ptrdiff_t)L.lo;
    void (*rel)(void *) = m->deleter != NULL ? call_deleter : release_nothing;
    st =
        ndp_buffer_wrap(base, (size_t)(L.hi - L.lo), rel, m->deleter != NULL ? m : NULL, &buf, err);
    if (st != NDP_OK) {
      finish_deleter(m);
      return st;
    }
    deleter_pending = false;
    offset = L.offset - L.lo;
  }

  out->dtype = L.dtype;
  out->swapped = false;
  out->ndim = L.ndim;
  for (int k = 0; k < L.ndim; k++) {
    out->shape[k] = L.shape[k];
    out->strides[k] = L.strides[k];
  }
  out->offset = offset;
  out->buf = buf;
  if (deleter_pending) finish_deleter(m);
  return NDP_OK;
}
