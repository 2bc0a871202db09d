/* madvise(MADV_HUGEPAGE) is a Linux extension. */
#define _DEFAULT_SOURCE 1
/* Core data model: errors, dtypes, buffers, tensors, element access. */
#include "ndparity/core.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* ---------------------------------------------------------------- errors */

static const char *const errclass_names[NDP_ERRC_COUNT] = {
    [NDP_ERRC_NONE] = "none",           [NDP_ERRC_BROADCAST] = "broadcast",
    [NDP_ERRC_RESHAPE] = "reshape",     [NDP_ERRC_AXIS] = "axis",
    [NDP_ERRC_INDEX] = "index",         [NDP_ERRC_CAST] = "cast",
    [NDP_ERRC_OVERFLOW] = "overflow",   [NDP_ERRC_NO_IDENTITY] = "no-identity",
    [NDP_ERRC_TYPE] = "type",           [NDP_ERRC_VALUE] = "value",
    [NDP_ERRC_UNSUPPORTED] = "unsupported", [NDP_ERRC_SHAPE] = "shape",
    [NDP_ERRC_DTYPE] = "dtype",
};

const char *ndp_errclass_name(enum ndp_errclass c) {
  if ((int)c < 0 || c >= NDP_ERRC_COUNT) return "?";
  return errclass_names[c];
}

bool ndp_errclass_parse(const char *name, enum ndp_errclass *out) {
  for (int c = 1; c < NDP_ERRC_COUNT; c++) {
    if (strcmp(name, errclass_names[c]) == 0) {
      *out = (enum ndp_errclass)c;
      return true;
    }
  }
  return false;
}

enum ndp_status ndp_error_set(struct ndp_error *err, enum ndp_status status,
                              enum ndp_errclass cls, const char *fmt, ...) {
  if (err != NULL) {
    err->cls = status == NDP_ESTEP ? cls : NDP_ERRC_NONE;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
  }
  return status;
}

/* ---------------------------------------------------------------- dtypes */

static const struct ndp_dtype_info dtype_table[NDP_NDTYPES] = {
    [NDP_BOOL] = {"bool", 'b', 1, NDP_KIND_BOOL},
    [NDP_INT8] = {"int8", 'i', 1, NDP_KIND_INT},
    [NDP_UINT8] = {"uint8", 'u', 1, NDP_KIND_UINT},
    [NDP_INT16] = {"int16", 'i', 2, NDP_KIND_INT},
    [NDP_UINT16] = {"uint16", 'u', 2, NDP_KIND_UINT},
    [NDP_INT32] = {"int32", 'i', 4, NDP_KIND_INT},
    [NDP_UINT32] = {"uint32", 'u', 4, NDP_KIND_UINT},
    [NDP_INT64] = {"int64", 'i', 8, NDP_KIND_INT},
    [NDP_UINT64] = {"uint64", 'u', 8, NDP_KIND_UINT},
    [NDP_FLOAT16] = {"float16", 'f', 2, NDP_KIND_FLOAT},
    [NDP_FLOAT32] = {"float32", 'f', 4, NDP_KIND_FLOAT},
    [NDP_FLOAT64] = {"float64", 'f', 8, NDP_KIND_FLOAT},
    [NDP_COMPLEX64] = {"complex64", 'c', 8, NDP_KIND_COMPLEX},
    [NDP_COMPLEX128] = {"complex128", 'c', 16, NDP_KIND_COMPLEX},
};

const struct ndp_dtype_info *ndp_dtype_info(enum ndp_dtype dt) {
  if ((int)dt < 0 || dt >= NDP_NDTYPES) return &dtype_table[NDP_BOOL];
  return &dtype_table[dt];
}

static bool machine_is_little(void) {
  const uint16_t one = 1;
  unsigned char b;
  memcpy(&b, &one, 1);
  return b == 1;
}

bool ndp_dtype_parse(const char *text, enum ndp_dtype *dt, bool *swapped) {
  bool sw = false;
  for (int k = 0; k < NDP_NDTYPES; k++) {
    if (strcmp(text, dtype_table[k].name) == 0) {
      *dt = (enum ndp_dtype)k;
      if (swapped) *swapped = false;
      return true;
    }
  }
  /* NumPy type string: optional byte-order char, kind letter, item size. */
  const char *p = text;
  char order = '=';
  if (*p == '<' || *p == '>' || *p == '=' || *p == '|') order = *p++;
  char kind = *p++;
  if (kind == '\0' || *p == '\0') return false;
  char *end;
  long size = strtol(p, &end, 10);
  if (*end != '\0' || end == p || size <= 0) return false;
  if (kind == '?') kind = 'b';
  for (int k = 0; k < NDP_NDTYPES; k++) {
    if (dtype_table[k].typechar == kind && dtype_table[k].itemsize == size) {
      if (order == '|' && size != 1) return false; /* '|' means "not applicable" */
      if (size > 1 && (order == '<' || order == '>')) {
        bool little = order == '<';
        /* complex byte order applies to each part; still "swapped". */
        sw = little != machine_is_little();
      }
      *dt = (enum ndp_dtype)k;
      if (swapped) *swapped = sw;
      return true;
    }
  }
  return false;
}

/* ---------------------------------------------------------------- buffers */

#define HUGE_PAGE ((size_t)2 << 20)
#define HUGE_THRESHOLD ((size_t)4 << 20)

static enum ndp_status buffer_alloc(size_t size, bool zero, struct ndp_buffer **out,
                                    struct ndp_error *err) {
  *out = NULL;
  struct ndp_buffer *b = malloc(sizeof *b);
  if (b == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  /* 64-byte alignment so engines may use aligned vector loads; large
   * buffers are aligned to and advised as transparent huge pages, as NumPy
   * does for its large allocations (alloc.c): a fresh 40 MB result then
   * costs 20 page faults instead of 10,000. */
  size_t align = size >= HUGE_THRESHOLD ? HUGE_PAGE : 64;
  size_t alloc = size == 0 ? 64 : (size + align - 1) / align * align;
  if (alloc < size) {
    free(b);
    return ndp_error_set(err, NDP_ESTEP, NDP_ERRC_VALUE, "array is too big");
  }
  b->data = aligned_alloc(align, alloc);
#ifdef MADV_HUGEPAGE
  if (b->data != NULL && align == HUGE_PAGE) (void)madvise(b->data, alloc, MADV_HUGEPAGE);
#endif
  if (b->data == NULL) {
    free(b);
    return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory (%zu bytes)", size);
  }
  if (zero)
    memset(b->data, 0, alloc);
  else if (alloc > size)
    memset(b->data + size, 0, alloc - size); /* the padding is never data */
  b->size = size;
  b->refcount = 1;
  b->release_foreign = NULL;
  b->foreign_ctx = NULL;
  *out = b;
  return NDP_OK;
}

enum ndp_status ndp_buffer_new(size_t size, struct ndp_buffer **out, struct ndp_error *err) {
  return buffer_alloc(size, true, out, err);
}

enum ndp_status ndp_buffer_new_uninit(size_t size, struct ndp_buffer **out,
                                      struct ndp_error *err) {
  return buffer_alloc(size, false, out, err);
}

void ndp_buffer_retain(struct ndp_buffer *b) {
  if (b != NULL) b->refcount++;
}

enum ndp_status ndp_buffer_wrap(unsigned char *data, size_t size,
                                void (*release_foreign)(void *ctx), void *ctx,
                                struct ndp_buffer **out, struct ndp_error *err) {
  *out = NULL;
  struct ndp_buffer *b = calloc(1, sizeof *b);
  if (b == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  b->refcount = 1;
  b->size = size;
  b->data = data;
  b->release_foreign = release_foreign;
  b->foreign_ctx = ctx;
  *out = b;
  return NDP_OK;
}

void ndp_buffer_release(struct ndp_buffer *b) {
  if (b == NULL) return;
  if (--b->refcount == 0) {
    if (b->release_foreign != NULL)
      b->release_foreign(b->foreign_ctx);
    else
      free(b->data);
    free(b);
  }
}

/* ---------------------------------------------------------------- tensors */

int64_t ndp_tensor_size(const struct ndp_tensor *t) {
  int64_t n = 1;
  for (int k = 0; k < t->ndim; k++) n *= t->shape[k];
  return n;
}

/* NumPy limits an array's byte size to what fits in a signed intp. */
enum ndp_status ndp_shape_nbytes(int ndim, const int64_t *shape, int itemsize, size_t *nbytes,
                                 struct ndp_error *err) {
  if (ndim < 0 || ndim > NDP_MAXDIMS)
    return ndp_error_set(err, NDP_ESTEP, NDP_ERRC_VALUE,
                         "maximum supported dimension for an ndarray is %d, found %d",
                         NDP_MAXDIMS, ndim);
  /* As NumPy: overflow is checked on the byte count, but zero-size arrays
   * may have huge other dimensions as long as the product of the non-zero
   * ones fits. */
  int64_t n = itemsize;
  bool zero = false;
  for (int k = 0; k < ndim; k++) {
    if (shape[k] < 0)
      return ndp_error_set(err, NDP_ESTEP, NDP_ERRC_VALUE,
                           "negative dimensions are not allowed");
    if (shape[k] == 0) {
      zero = true;
      continue;
    }
    if (n > INT64_MAX / shape[k])
      return ndp_error_set(err, NDP_ESTEP, NDP_ERRC_VALUE,
                           "array is too big; `arr.size * arr.dtype.itemsize` is larger than "
                           "the maximum possible size.");
    n *= shape[k];
  }
  if (nbytes) *nbytes = zero ? 0 : (size_t)n;
  return NDP_OK;
}

static enum ndp_status tensor_new(enum ndp_dtype dt, int ndim, const int64_t *shape, char order,
                                  bool zero, struct ndp_tensor *out, struct ndp_error *err) {
  memset(out, 0, sizeof *out);
  size_t nbytes;
  int isz = ndp_dtype_size(dt);
  NDP_RETURN_NOT_OK(ndp_shape_nbytes(ndim, shape, isz, &nbytes, err));
  struct ndp_buffer *b;
  NDP_RETURN_NOT_OK(buffer_alloc(nbytes, zero, &b, err));
  out->dtype = dt;
  out->swapped = false;
  out->ndim = ndim;
  out->offset = 0;
  out->buf = b;
  int64_t s = isz;
  if (order == 'F') {
    for (int k = 0; k < ndim; k++) {
      out->shape[k] = shape[k];
      out->strides[k] = s;
      s *= shape[k] > 0 ? shape[k] : 1;
    }
  } else {
    for (int k = ndim - 1; k >= 0; k--) {
      out->shape[k] = shape[k];
      out->strides[k] = s;
      s *= shape[k] > 0 ? shape[k] : 1;
    }
  }
  return NDP_OK;
}

enum ndp_status ndp_tensor_empty(enum ndp_dtype dt, int ndim, const int64_t *shape, char order,
                                 struct ndp_tensor *out, struct ndp_error *err) {
  return tensor_new(dt, ndim, shape, order, true, out, err);
}

enum ndp_status ndp_tensor_new_uninit(enum ndp_dtype dt, int ndim, const int64_t *shape,
                                      char order, struct ndp_tensor *out, struct ndp_error *err) {
  return tensor_new(dt, ndim, shape, order, false, out, err);
}

void ndp_tensor_view(const struct ndp_tensor *src, struct ndp_tensor *dst) {
  if (dst != src) *dst = *src;
  ndp_buffer_retain(dst->buf);
}

void ndp_tensor_release(struct ndp_tensor *t) {
  if (t == NULL) return;
  ndp_buffer_release(t->buf);
  t->buf = NULL;
}

bool ndp_index_next(int ndim, const int64_t *shape, int64_t *index) {
  for (int k = ndim - 1; k >= 0; k--) {
    if (++index[k] < shape[k]) return true;
    index[k] = 0;
  }
  return false;
}

/* NumPy's flags: dimensions of length 1 never break contiguity; an empty
 * array is both C- and F-contiguous. */
bool ndp_tensor_is_c_contiguous(const struct ndp_tensor *t) {
  int64_t expect = ndp_dtype_size(t->dtype);
  for (int k = t->ndim - 1; k >= 0; k--) {
    if (t->shape[k] == 0) return true;
  }
  for (int k = t->ndim - 1; k >= 0; k--) {
    if (t->shape[k] != 1) {
      if (t->strides[k] != expect) return false;
      expect *= t->shape[k];
    }
  }
  return true;
}

bool ndp_tensor_is_f_contiguous(const struct ndp_tensor *t) {
  int64_t expect = ndp_dtype_size(t->dtype);
  for (int k = 0; k < t->ndim; k++) {
    if (t->shape[k] == 0) return true;
  }
  for (int k = 0; k < t->ndim; k++) {
    if (t->shape[k] != 1) {
      if (t->strides[k] != expect) return false;
      expect *= t->shape[k];
    }
  }
  return true;
}

static void byte_extent(const struct ndp_tensor *t, int64_t *lo, int64_t *hi) {
  int64_t a = t->offset, b = t->offset;
  for (int k = 0; k < t->ndim; k++) {
    int64_t span = (t->shape[k] - 1) * t->strides[k];
    if (span < 0)
      a += span;
    else
      b += span;
  }
  *lo = a;
  *hi = b + ndp_dtype_size(t->dtype); /* exclusive */
}

bool ndp_tensor_shares_memory(const struct ndp_tensor *a, const struct ndp_tensor *b) {
  if (a->buf == NULL || a->buf != b->buf) return false;
  if (ndp_tensor_size(a) == 0 || ndp_tensor_size(b) == 0) return false;
  int64_t alo, ahi, blo, bhi;
  byte_extent(a, &alo, &ahi);
  byte_extent(b, &blo, &bhi);
  return alo < bhi && blo < ahi;
}

/* ---------------------------------------------------------------- elements */

static void swap_bytes(unsigned char *p, int n) {
  for (int i = 0; i < n / 2; i++) {
    unsigned char t = p[i];
    p[i] = p[n - 1 - i];
    p[n - 1 - i] = t;
  }
}

void ndp_elem_load(enum ndp_dtype dt, bool swapped, const void *p, struct ndp_elem *out) {
  unsigned char raw[16];
  int size = ndp_dtype_size(dt);
  memcpy(raw, p, (size_t)size);
  if (swapped) {
    if (ndp_dtype_kind(dt) == NDP_KIND_COMPLEX) {
      swap_bytes(raw, size / 2);
      swap_bytes(raw + size / 2, size / 2);
    } else {
      swap_bytes(raw, size);
    }
  }
  out->dtype = dt;
  switch (dt) {
  case NDP_BOOL: out->v.b = raw[0] != 0; break;
  case NDP_INT8: { int8_t v; memcpy(&v, raw, 1); out->v.i = v; } break;
  case NDP_INT16: { int16_t v; memcpy(&v, raw, 2); out->v.i = v; } break;
  case NDP_INT32: { int32_t v; memcpy(&v, raw, 4); out->v.i = v; } break;
  case NDP_INT64: { int64_t v; memcpy(&v, raw, 8); out->v.i = v; } break;
  case NDP_UINT8: out->v.u = raw[0]; break;
  case NDP_UINT16: { uint16_t v; memcpy(&v, raw, 2); out->v.u = v; } break;
  case NDP_UINT32: { uint32_t v; memcpy(&v, raw, 4); out->v.u = v; } break;
  case NDP_UINT64: { uint64_t v; memcpy(&v, raw, 8); out->v.u = v; } break;
  case NDP_FLOAT16: { uint16_t v; memcpy(&v, raw, 2); out->v.f = ndp_half_to_double(v); } break;
  case NDP_FLOAT32: { float v; memcpy(&v, raw, 4); out->v.f = v; } break;
  case NDP_FLOAT64: { double v; memcpy(&v, raw, 8); out->v.f = v; } break;
  case NDP_COMPLEX64: {
    float v[2];
    memcpy(v, raw, 8);
    out->v.c.re = v[0];
    out->v.c.im = v[1];
  } break;
  case NDP_COMPLEX128: {
    double v[2];
    memcpy(v, raw, 16);
    out->v.c.re = v[0];
    out->v.c.im = v[1];
  } break;
  default: break;
  }
}

void ndp_elem_store(enum ndp_dtype dt, bool swapped, void *p, const struct ndp_elem *e) {
  unsigned char raw[16];
  int size = ndp_dtype_size(dt);
  switch (dt) {
  case NDP_BOOL: raw[0] = e->v.b ? 1 : 0; break;
  /* Integer stores keep the low bits: the conversion to the narrower
   * unsigned type is defined modulo 2^N, and memcpy gives the signed view. */
  case NDP_INT8: case NDP_UINT8: { uint8_t v = (uint8_t)e->v.u; memcpy(raw, &v, 1); } break;
  case NDP_INT16: case NDP_UINT16: { uint16_t v = (uint16_t)e->v.u; memcpy(raw, &v, 2); } break;
  case NDP_INT32: case NDP_UINT32: { uint32_t v = (uint32_t)e->v.u; memcpy(raw, &v, 4); } break;
  case NDP_INT64: case NDP_UINT64: { uint64_t v = e->v.u; memcpy(raw, &v, 8); } break;
  case NDP_FLOAT16: { uint16_t v = ndp_double_to_half(e->v.f); memcpy(raw, &v, 2); } break;
  case NDP_FLOAT32: { float v = (float)e->v.f; memcpy(raw, &v, 4); } break;
  case NDP_FLOAT64: memcpy(raw, &e->v.f, 8); break;
  case NDP_COMPLEX64: {
    float v[2] = {(float)e->v.c.re, (float)e->v.c.im};
    memcpy(raw, v, 8);
  } break;
  case NDP_COMPLEX128: {
    double v[2] = {e->v.c.re, e->v.c.im};
    memcpy(raw, v, 16);
  } break;
  default: return;
  }
  if (swapped) {
    if (ndp_dtype_kind(dt) == NDP_KIND_COMPLEX) {
      swap_bytes(raw, size / 2);
      swap_bytes(raw + size / 2, size / 2);
    } else {
      swap_bytes(raw, size);
    }
  }
  memcpy(p, raw, (size_t)size);
}

char *ndp_shape_str(int ndim, const int64_t *shape, char *buf, size_t bufsize) {
  size_t n = 0;
  if (bufsize == 0) return buf;
  buf[0] = '\0';
  n += (size_t)snprintf(buf + n, bufsize - n, "(");
  for (int k = 0; k < ndim && n < bufsize; k++) {
    n += (size_t)snprintf(buf + n, bufsize - n, k ? ", %lld" : "%lld", (long long)shape[k]);
  }
  if (n < bufsize) snprintf(buf + n, bufsize - n, ndim == 1 ? ",)" : ")");
  return buf;
}
