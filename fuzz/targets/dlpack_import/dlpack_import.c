/* libFuzzer target: the DLPack importer (core/src/dlpack_bridge.c,
 * ndparity/dlpack_bridge.h).
 *
 * The input bytes describe a DLManagedTensor field by field (the layout is
 * below and in make_seeds.py, which writes the seed corpus). Two modes:
 *
 * - foreign (flag bit 0 clear): a producer that is not the bridge. data
 *   points into the middle of a bounded heap arena (or is NULL), shape and
 *   strides are heap arrays of exactly ndim entries (or NULL), and the
 *   deleter (or NULL) counts its calls.
 * - own export (flag bit 0 set): a tensor (dtype, byte order, shape,
 *   element strides, possibly misaligned, offset) is exported with
 *   ndp_dlpack_export_opts, then a consumer edits some of the exported
 *   fields, and the result is imported: the bridge's own deleter and its
 *   "stay a view of the exported buffer" path.
 *
 * The checks (aborts) are the header's contract, against an independent
 * model written with the compiler's overflow builtins:
 * - the status and error class are those of the first failing rule, in the
 *   documented order; a failure leaves a released tensor;
 * - the deleter is called exactly once: before returning on failure and
 *   for a zero-size tensor, else by the last release of the tensor's buffer
 *   (a view of it keeps it alive); never twice (counted in foreign mode;
 *   ASan's double-free and leak checks cover the bridge's own deleter);
 * - an imported tensor has the given dtype, shape and (byte) strides, its
 *   buffer spans exactly the addressed bytes, and element (0, ..., 0) is at
 *   data + byte_offset; its elements are then read, when they lie inside
 *   the memory this harness really provides (the importer trusts the
 *   producer's memory, by contract, so extents beyond it are not read).
 *
 * Input layout (little-endian; past the end every byte reads as 0):
 *   u8 flags: bit0 own export, bit1 no deleter, bit2 strides NULL,
 *             bit3 shape NULL, bit4 data NULL, bit5 release through a view
 *   foreign: u8 ndim selector [i32 raw when >= 250]; u8 device selector
 *            [i32 type, i32 id when >= 240]; u8 code selector; u8 bits
 *            selector; u8 lanes selector [u16 when >= 240]; per dimension
 *            a shape selector [i64 when >= 250] and (unless bit2) a stride
 *            selector [i64 when >= 240]; u8 offset selector [u64 when >= 240]
 *   own:     u8 dtype, u8 swapped, u8 export flags, u8 ndim (0..4), per
 *            dimension u8 size and i8 element stride (+1 byte when odd:
 *            misaligned), u8 extra offset, u8 release source first,
 *            u8 edits (bits: ndim, shape, byte_offset, strides, bits,
 *            data) and their values.
 */
#include <stdbool.h>
#include <string.h>

#include "ndp_fuzz.h"
#include "ndparity/dlpack_bridge.h"

#define ARENA_SIZE 8192
#define ARENA_MID (ARENA_SIZE / 2)
#define SHAPE_CAP 64 /* entries allocated for ndim > 32 (the importer must not read them) */

/* ---------------------------------------------------------------- the model */

struct expect {
  enum ndp_status status;
  enum ndp_errclass cls; /* with NDP_ESTEP */
  enum ndp_dtype dtype;
  int64_t size;
  int64_t strides[NDP_MAXDIMS]; /* bytes */
  int64_t lo, hi;               /* addressed bytes relative to data, size > 0 */
};

static bool dtype_of(uint8_t code, uint8_t bits, enum ndp_dtype *dt) {
  static const struct {
    uint8_t code, bits;
    enum ndp_dtype dt;
  } map[] = {
      {kDLInt, 8, NDP_INT8},
      {kDLInt, 16, NDP_INT16},
      {kDLInt, 32, NDP_INT32},
      {kDLInt, 64, NDP_INT64},
      {kDLUInt, 8, NDP_UINT8},
      {kDLUInt, 16, NDP_UINT16},
      {kDLUInt, 32, NDP_UINT32},
      {kDLUInt, 64, NDP_UINT64},
      {kDLFloat, 16, NDP_FLOAT16},
      {kDLFloat, 32, NDP_FLOAT32},
      {kDLFloat, 64, NDP_FLOAT64},
      {kDLComplex, 64, NDP_COMPLEX64},
      {kDLComplex, 128, NDP_COMPLEX128},
  };
  for (size_t k = 0; k < sizeof map / sizeof map[0]; k++)
    if (map[k].code == code && map[k].bits == bits) {
      *dt = map[k].dt;
      return true;
    }
  return false;
}

static enum ndp_status model_error(struct expect *x, enum ndp_status st, enum ndp_errclass cls) {
  x->status = st;
  x->cls = cls;
  return st;
}

/* What ndp_dlpack_import must make of dl (the header's rules, in order). */
static enum ndp_status model_import(const DLTensor *dl, struct expect *x) {
  memset(x, 0, sizeof *x);
  if (dl->ndim < 0) return model_error(x, NDP_EINPUT, NDP_ERRC_NONE);
  if (dl->ndim > NDP_MAXDIMS) return model_error(x, NDP_ESTEP, NDP_ERRC_UNSUPPORTED);
  if (dl->device.device_type != kDLCPU) return model_error(x, NDP_ESTEP, NDP_ERRC_UNSUPPORTED);
  if (dl->dtype.lanes != 1) return model_error(x, NDP_ESTEP, NDP_ERRC_UNSUPPORTED);
  if (dl->dtype.code > 6) /* 0..5 of DLPack 0.6, and 0.8's kDLBool */
    return model_error(x, NDP_EINPUT, NDP_ERRC_NONE);
  if (!dtype_of(dl->dtype.code, dl->dtype.bits, &x->dtype))
    return model_error(x, NDP_ESTEP, NDP_ERRC_UNSUPPORTED);
  const int ndim = dl->ndim;
  const int64_t isz = ndp_dtype_size(x->dtype);
  if (ndim > 0 && dl->shape == NULL) return model_error(x, NDP_EINPUT, NDP_ERRC_NONE);
  for (int k = 0; k < ndim; k++)
    if (dl->shape[k] < 0) return model_error(x, NDP_EINPUT, NDP_ERRC_NONE);
  /* Byte size: the product of the non-zero dimensions times the itemsize. */
  int64_t prod = isz;
  bool zero = false;
  for (int k = 0; k < ndim; k++) {
    if (dl->shape[k] == 0)
      zero = true;
    else if (__builtin_mul_overflow(prod, dl->shape[k], &prod))
      return model_error(x, NDP_ESTEP, NDP_ERRC_VALUE);
  }
  x->size = zero ? 0 : prod / isz;
  if (dl->data == NULL && x->size > 0) return model_error(x, NDP_EINPUT, NDP_ERRC_NONE);
  if (dl->byte_offset > (uint64_t)INT64_MAX) return model_error(x, NDP_EINPUT, NDP_ERRC_NONE);
  const int64_t off = (int64_t)dl->byte_offset;
  if (dl->strides == NULL) {
    int64_t s = isz;
    for (int k = ndim - 1; k >= 0; k--) {
      x->strides[k] = s;
      s *= dl->shape[k] > 0 ? dl->shape[k] : 1; /* fits: bounded by the byte size */
    }
  } else {
    for (int k = 0; k < ndim; k++)
      if (__builtin_mul_overflow(dl->strides[k], isz, &x->strides[k]))
        return model_error(x, NDP_EINPUT, NDP_ERRC_NONE);
  }
  if (x->size > 0) {
    int64_t lo = 0, hi = 0, span, ext;
    for (int k = 0; k < ndim; k++) {
      if (__builtin_mul_overflow(dl->shape[k] - 1, x->strides[k], &span) ||
          __builtin_add_overflow(span < 0 ? lo : hi, span, span < 0 ? &lo : &hi))
        return model_error(x, NDP_EINPUT, NDP_ERRC_NONE);
    }
    if (__builtin_add_overflow(hi, isz, &hi) || __builtin_add_overflow(lo, off, &x->lo) ||
        __builtin_add_overflow(hi, off, &x->hi) || __builtin_sub_overflow(x->hi, x->lo, &ext))
      return model_error(x, NDP_EINPUT, NDP_ERRC_NONE);
    /* No memory wraps around the address space: data + lo and data + hi
     * must be addresses (not yet in the header: see crash-extent-wraps-*). */
    uintptr_t d = (uintptr_t)dl->data, a;
    if ((x->lo < 0 && d < (uintptr_t)0 - (uintptr_t)x->lo) ||
        (x->hi > 0 && __builtin_add_overflow(d, (uintptr_t)x->hi, &a)))
      return model_error(x, NDP_EINPUT, NDP_ERRC_NONE);
  }
  return model_error(x, NDP_OK, NDP_ERRC_NONE);
}

/* Compares the import's outcome with the model; on success checks the
 * tensor's description against dl. */
static void check_outcome(enum ndp_status st, const struct ndp_error *err,
                          const struct ndp_tensor *out, int64_t copied, const DLTensor *dl,
                          const struct expect *x) {
  NDP_FUZZ_CHECK(st == x->status || (st == NDP_ENOMEM && x->status == NDP_OK),
                 "ndp_dlpack_import: status %d, the contract says %d (class %s): %s", (int)st,
                 (int)x->status, ndp_errclass_name(x->cls), err->msg);
  NDP_FUZZ_CHECK(copied == 0, "ndp_dlpack_import: %lld bytes copied (never copies)",
                 (long long)copied);
  if (st != NDP_OK) {
    NDP_FUZZ_CHECK(out->buf == NULL, "ndp_dlpack_import failed but left a buffer");
    NDP_FUZZ_CHECK(err->msg[0] != '\0', "ndp_dlpack_import failed without a message");
    NDP_FUZZ_CHECK(st != NDP_ESTEP || err->cls == x->cls,
                   "ndp_dlpack_import: error class %s, the contract says %s: %s",
                   ndp_errclass_name(err->cls), ndp_errclass_name(x->cls), err->msg);
    return;
  }
  NDP_FUZZ_CHECK(out->buf != NULL, "ndp_dlpack_import: OK without a buffer");
  NDP_FUZZ_CHECK(out->dtype == x->dtype && !out->swapped && out->ndim == dl->ndim,
                 "ndp_dlpack_import: %s%s rank %d, expected %s rank %d", ndp_dtype_name(out->dtype),
                 out->swapped ? " (swapped)" : "", out->ndim, ndp_dtype_name(x->dtype), dl->ndim);
  for (int k = 0; k < out->ndim; k++)
    NDP_FUZZ_CHECK(out->shape[k] == dl->shape[k] && out->strides[k] == x->strides[k],
                   "ndp_dlpack_import: axis %d: shape %lld stride %lld bytes, expected %lld and "
                   "%lld",
                   k, (long long)out->shape[k], (long long)out->strides[k], (long long)dl->shape[k],
                   (long long)x->strides[k]);
}

/* Whether [data + lo, data + hi) lies inside [base, base + n): integer
 * arithmetic on addresses, so that nothing outside is ever formed. */
static bool inside(const void *data, int64_t lo, int64_t hi, const void *base, size_t n) {
  intptr_t d = (intptr_t)data, b = (intptr_t)base;
  intptr_t a0, a1;
  if (__builtin_add_overflow(d, (intptr_t)lo, &a0) || __builtin_add_overflow(d, (intptr_t)hi, &a1))
    return false;
  return a0 >= b && a1 <= b + (intptr_t)n && a0 <= a1;
}

/* Reads every element of t (its bytes must be real memory). */
static void read_all(const struct ndp_tensor *t) {
  if (ndp_tensor_size(t) == 0) return;
  struct ndp_elem e;
  int64_t idx[NDP_MAXDIMS] = {0};
  int64_t n = 0;
  do ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
  while (ndp_index_next(t->ndim, t->shape, idx) && ++n < 65536);
}

/* ---------------------------------------------------------------- foreign mode */

struct producer {
  DLManagedTensor managed;
  int deleter_calls;
};

static void counting_deleter(DLManagedTensor *self) {
  struct producer *p = self->manager_ctx;
  p->deleter_calls++;
  NDP_FUZZ_CHECK(p->deleter_calls == 1, "the importer called the producer's deleter %d times",
                 p->deleter_calls);
}

static void foreign(struct ndp_fuzz_bytes *in, uint8_t flags) {
  struct producer p;
  memset(&p, 0, sizeof p);
  DLTensor *dl = &p.managed.dl_tensor;

  uint8_t sel = ndp_fuzz_u8(in);
  dl->ndim = sel < 200 ? sel % 7 : sel < 250 ? sel - 200 : ndp_fuzz_i32(in);
  sel = ndp_fuzz_u8(in);
  if (sel < 240) {
    dl->device.device_type = kDLCPU;
    dl->device.device_id = sel % 3;
  } else {
    dl->device.device_type = (DLDeviceType)(ndp_fuzz_uint(in, 4) % 64);
    dl->device.device_id = ndp_fuzz_i32(in);
  }
  sel = ndp_fuzz_u8(in);
  dl->dtype.code = sel < 224 ? sel % 7 : sel;
  sel = ndp_fuzz_u8(in);
  static const uint8_t widths[] = {8, 16, 32, 64, 128, 1, 24};
  dl->dtype.bits = sel < 224 ? widths[sel % 7] : sel;
  sel = ndp_fuzz_u8(in);
  dl->dtype.lanes = sel < 240 ? 1 : (uint16_t)ndp_fuzz_uint(in, 2);

  /* Exactly ndim entries (SHAPE_CAP for a rank the importer must refuse),
   * so that reading past them is a heap overflow. */
  int n = dl->ndim > 0 ? (dl->ndim < SHAPE_CAP ? dl->ndim : SHAPE_CAP) : 0;
  int64_t *shape = n > 0 ? malloc((size_t)n * sizeof *shape) : NULL;
  int64_t *strides = n > 0 ? malloc((size_t)n * sizeof *strides) : NULL;
  NDP_FUZZ_CHECK(n == 0 || (shape != NULL && strides != NULL), "out of memory");
  for (int k = 0; k < n; k++) {
    sel = ndp_fuzz_u8(in);
    shape[k] = sel < 200 ? sel % 5 : sel < 250 ? (int64_t)(sel - 200) * 3 : ndp_fuzz_i64(in);
    if (flags & 4) continue;
    sel = ndp_fuzz_u8(in);
    strides[k] = sel < 240 ? (int64_t)(sel % 19) - 9 : ndp_fuzz_i64(in);
  }
  sel = ndp_fuzz_u8(in);
  dl->byte_offset = sel < 240 ? sel % 48 : ndp_fuzz_uint(in, 8);

  unsigned char *arena = malloc(ARENA_SIZE);
  NDP_FUZZ_CHECK(arena != NULL, "out of memory");
  for (size_t k = 0; k < ARENA_SIZE; k++) arena[k] = (unsigned char)(k * 37u + 11u);
  dl->data = (flags & 16) ? NULL : arena + ARENA_MID;
  dl->shape = (flags & 8) ? NULL : shape;
  dl->strides = (flags & 4) ? NULL : strides;
  p.managed.manager_ctx = &p;
  p.managed.deleter = (flags & 2) ? NULL : counting_deleter;
  const bool has_deleter = p.managed.deleter != NULL;

  struct expect x;
  model_import(dl, &x);
  struct ndp_tensor out;
  struct ndp_error err = {0};
  int64_t copied = -1;
  enum ndp_status st = ndp_dlpack_import(&p.managed, &out, &copied, &err);
  if (ndp_fuzz_verbose())
    fprintf(stderr, "  foreign: status %d size %lld: %s\n", (int)st, (long long)x.size, err.msg);
  check_outcome(st, &err, &out, copied, dl, &x);

  if (st != NDP_OK || x.size == 0) {
    /* Failure, or a zero-size tensor: the deleter has run already. */
    NDP_FUZZ_CHECK(p.deleter_calls == (has_deleter ? 1 : 0),
                   "ndp_dlpack_import %s: the deleter ran %d times before returning",
                   st != NDP_OK ? "failed" : "of a zero-size tensor", p.deleter_calls);
    if (st == NDP_OK) {
      NDP_FUZZ_CHECK(out.buf->size == 0, "a zero-size import has a %zu-byte buffer", out.buf->size);
      ndp_tensor_release(&out);
    }
  } else {
    NDP_FUZZ_CHECK(p.deleter_calls == 0, "the deleter ran before the tensor was released");
    /* The buffer spans exactly the addressed bytes; element 0 is at
     * data + byte_offset. Compared as integers. */
    uintptr_t want_base = (uintptr_t)dl->data + (uintptr_t)x.lo; /* modulo 2^64 */
    NDP_FUZZ_CHECK((uintptr_t)out.buf->data == want_base &&
                       out.buf->size == (size_t)(x.hi - x.lo) &&
                       out.offset == (int64_t)dl->byte_offset - x.lo,
                   "the imported buffer is %zu bytes at data%+lld, offset %lld; expected %lld "
                   "bytes at data%+lld, offset %lld",
                   out.buf->size, (long long)((uintptr_t)out.buf->data - (uintptr_t)dl->data),
                   (long long)out.offset, (long long)(x.hi - x.lo), (long long)x.lo,
                   (long long)((int64_t)dl->byte_offset - x.lo));
    if (inside(dl->data, x.lo, x.hi, arena, ARENA_SIZE)) read_all(&out);
    if (flags & 32) {
      struct ndp_tensor view;
      ndp_tensor_view(&out, &view);
      ndp_tensor_release(&out);
      NDP_FUZZ_CHECK(p.deleter_calls == 0, "the deleter ran while a view was alive");
      ndp_tensor_release(&view);
    } else {
      ndp_tensor_release(&out);
    }
    NDP_FUZZ_CHECK(p.deleter_calls == (has_deleter ? 1 : 0),
                   "after the last release the deleter ran %d times", p.deleter_calls);
  }
  free(arena);
  free(shape);
  free(strides);
}

/* ---------------------------------------------------------------- own-export mode */

static void own_export(struct ndp_fuzz_bytes *in, uint8_t flags) {
  struct ndp_tensor t;
  memset(&t, 0, sizeof t);
  t.dtype = (enum ndp_dtype)(ndp_fuzz_u8(in) % NDP_NDTYPES);
  t.swapped = ndp_fuzz_u8(in) & 1;
  uint8_t xflags_sel = ndp_fuzz_u8(in);
  unsigned xflags = xflags_sel < 250 ? (xflags_sel & 1) : xflags_sel;
  t.ndim = ndp_fuzz_u8(in) % 5;
  const int64_t isz = ndp_dtype_size(t.dtype);
  int64_t lo = 0, hi = 0;
  for (int k = 0; k < t.ndim; k++) {
    t.shape[k] = ndp_fuzz_u8(in) % 5;
    int8_t s = (int8_t)ndp_fuzz_u8(in);
    int64_t se = (int64_t)(s % 8);                  /* -7..7 elements */
    t.strides[k] = se * isz + ((s & 0x40) ? 1 : 0); /* sometimes misaligned */
  }
  for (int k = 0; k < t.ndim; k++) {
    int64_t span = t.shape[k] > 0 ? (t.shape[k] - 1) * t.strides[k] : 0;
    if (span < 0)
      lo += span;
    else
      hi += span;
  }
  t.offset = -lo + ndp_fuzz_u8(in) % 16;
  size_t bufsize = (size_t)(t.offset + hi + isz + ndp_fuzz_u8(in) % 8);
  NDP_FUZZ_CHECK(ndp_buffer_new(bufsize, &t.buf, NULL) == NDP_OK, "out of memory");
  struct ndp_buffer *own = t.buf; /* alive while t, an export or an import holds it */

  /* The export, against its contract. */
  const int64_t size = ndp_tensor_size(&t);
  const bool with_strides = size != 1 && !ndp_tensor_is_c_contiguous(&t);
  enum ndp_status want = NDP_OK;
  if (xflags & ~1u)
    want = NDP_EINTERNAL;
  else if (with_strides) {
    for (int k = 0; k < t.ndim; k++)
      if (t.shape[k] != 1 && t.strides[k] % isz != 0) want = NDP_ESTEP;
  }
  if (want == NDP_OK && t.swapped && isz > 1) want = NDP_ESTEP;
  if (want == NDP_OK && t.dtype == NDP_BOOL && !(xflags & 1)) want = NDP_ESTEP;
  DLManagedTensor *m = (DLManagedTensor *)&t; /* must be reset on failure */
  struct ndp_error err = {0};
  enum ndp_status st = ndp_dlpack_export_opts(&t, xflags, &m, &err);
  if (ndp_fuzz_verbose() && st != NDP_OK)
    fprintf(stderr, "  own export: the export failed, status %d: %s\n", (int)st, err.msg);
  NDP_FUZZ_CHECK(st == want || (st == NDP_ENOMEM && want == NDP_OK),
                 "ndp_dlpack_export_opts: status %d, the contract says %d: %s", (int)st, (int)want,
                 err.msg);
  if (st != NDP_OK) {
    NDP_FUZZ_CHECK(m == NULL, "a failed export left *out set");
    ndp_tensor_release(&t);
    return;
  }
  DLTensor *dl = &m->dl_tensor;
  NDP_FUZZ_CHECK(dl->data == own->data && dl->byte_offset == (uint64_t)t.offset &&
                     dl->ndim == t.ndim && dl->shape != NULL && dl->dtype.lanes == 1 &&
                     dl->device.device_type == kDLCPU && (dl->strides != NULL) == with_strides,
                 "the export's description does not match the tensor");
  for (int k = 0; k < t.ndim; k++)
    NDP_FUZZ_CHECK(dl->shape[k] == t.shape[k] &&
                       (!with_strides || dl->strides[k] == t.strides[k] / isz),
                   "the export's axis %d does not match the tensor", k);

  if (ndp_fuzz_u8(in) & 1) ndp_tensor_release(&t); /* the export keeps the buffer alive */

  /* A consumer edits the description. */
  int64_t my_strides[NDP_MAXDIMS] = {0};
  uint8_t edits = ndp_fuzz_u8(in);
  intptr_t data_delta = 0;
  if (edits & 1) dl->ndim = ndp_fuzz_u8(in) % (NDP_MAXDIMS + 1); /* ctx holds 32 entries */
  if (edits & 2) {
    int k = ndp_fuzz_u8(in) % NDP_MAXDIMS;
    dl->shape[k] = (int64_t)(ndp_fuzz_u8(in) % 9) - 1;
  }
  if (edits & 4) dl->byte_offset = ndp_fuzz_u8(in) % 64;
  if (edits & 8) {
    for (int k = 0; k < NDP_MAXDIMS; k++) my_strides[k] = dl->strides != NULL ? dl->strides[k] : 0;
    int k = ndp_fuzz_u8(in) % NDP_MAXDIMS;
    my_strides[k] = (int64_t)(int8_t)ndp_fuzz_u8(in);
    dl->strides = my_strides;
  }
  if (edits & 16) dl->dtype.bits = (uint8_t)(8u << (ndp_fuzz_u8(in) % 5));
  if (edits & 32) {
    data_delta = (intptr_t)(ndp_fuzz_u8(in) % 32);
    dl->data = own->data + data_delta; /* own->data has at least bufsize >= 1 byte */
    if ((size_t)data_delta > own->size) {
      data_delta = 0;
      dl->data = own->data;
    }
  }

  struct expect x;
  model_import(dl, &x);
  DLTensor seen = *dl; /* the importer may free m: keep what it was given */
  int64_t seen_shape[NDP_MAXDIMS];
  memcpy(seen_shape, dl->shape, sizeof seen_shape);
  seen.shape = seen_shape;
  const bool as_view = x.status == NDP_OK && data_delta == 0 &&
                       (x.size == 0 || (x.lo >= 0 && (uint64_t)x.hi <= own->size));
  const bool real_memory = x.size > 0 && inside(seen.data, x.lo, x.hi, own->data, own->size);

  struct ndp_tensor out;
  int64_t copied = -1;
  memset(&err, 0, sizeof err);
  st = ndp_dlpack_import(m, &out, &copied, &err);
  if (ndp_fuzz_verbose())
    fprintf(stderr, "  own export: status %d size %lld view %d (expected %d): %s\n", (int)st,
            (long long)x.size, st == NDP_OK && out.buf == own, as_view, err.msg);
  check_outcome(st, &err, &out, copied, &seen, &x);
  if (st == NDP_OK) {
    NDP_FUZZ_CHECK((out.buf == own) == as_view,
                   "ndp_dlpack_import of an own export: %s, expected %s",
                   out.buf == own ? "a view of the exported buffer" : "a new buffer",
                   as_view ? "a view" : "a new buffer");
    if (real_memory) read_all(&out);
    ndp_tensor_release(&out); /* the export's deleter runs now or already ran */
  }
  if (t.buf != NULL) ndp_tensor_release(&t);
}

/* ---------------------------------------------------------------- the target */

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  struct ndp_fuzz_bytes in = {data, size, 0};
  uint8_t flags = ndp_fuzz_u8(&in);
  if (flags & 1)
    own_export(&in, flags);
  else
    foreign(&in, flags);
  return 0;
}
