/* ndparity core data model: dtypes, errors, reference-counted buffers and
 * strided tensors (views).
 *
 * Conventions (docs/STYLE.md): every public symbol is prefixed ndp_/NDP_;
 * a function that can fail returns enum ndp_status and takes
 * struct ndp_error *err last (may be NULL); on failure nothing half-built is
 * left behind.
 */
#ifndef NDPARITY_CORE_H
#define NDPARITY_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- status */

enum ndp_status {
  NDP_OK = 0,
  NDP_EINPUT = 1,    /* malformed case or input data (exit code 2) */
  NDP_ESTEP = 2,     /* the step failed with a NumPy-level error class */
  NDP_ENOMEM = 3,    /* allocation failed */
  NDP_EINTERNAL = 4, /* a bug in ndparity (exit code 3) */
};

/* Error classes of case-format.md, "Error classes". NDP_ERRC_NONE is 0. */
enum ndp_errclass {
  NDP_ERRC_NONE = 0,
  NDP_ERRC_BROADCAST,
  NDP_ERRC_RESHAPE,
  NDP_ERRC_AXIS,
  NDP_ERRC_INDEX,
  NDP_ERRC_CAST,
  NDP_ERRC_OVERFLOW,
  NDP_ERRC_NO_IDENTITY,
  NDP_ERRC_TYPE,
  NDP_ERRC_VALUE,
  NDP_ERRC_UNSUPPORTED,
  NDP_ERRC_SHAPE,
  NDP_ERRC_DTYPE,
  NDP_ERRC_COUNT
};

/* The case-format name of an error class ("broadcast", "no-identity"...);
 * "none" for NDP_ERRC_NONE. */
const char *ndp_errclass_name(enum ndp_errclass c);
/* Parses a class name; returns false when the name is unknown. */
bool ndp_errclass_parse(const char *name, enum ndp_errclass *out);

#define NDP_ERROR_MSG_MAX 512

struct ndp_error {
  enum ndp_errclass cls; /* with NDP_ESTEP: the class; otherwise NONE */
  char msg[NDP_ERROR_MSG_MAX];
};

/* Fills err (if non-NULL) with a printf-style message and returns status.
 * cls is only meaningful with NDP_ESTEP. */
enum ndp_status ndp_error_set(struct ndp_error *err, enum ndp_status status,
                              enum ndp_errclass cls, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* Shorthand for a step failure of class cls. Its value is the constant
 * NDP_ESTEP, visibly to the compiler, so that callers' "returned early"
 * paths are understood by its flow analysis. */
#define ndp_step_error(err, cls, ...)                                        \
  ((void)ndp_error_set((err), NDP_ESTEP, (cls), __VA_ARGS__), NDP_ESTEP)

#define NDP_RETURN_NOT_OK(expr)                                              \
  do {                                                                       \
    enum ndp_status ndp_st_ = (expr);                                        \
    if (ndp_st_ != NDP_OK) return ndp_st_;                                   \
  } while (0)

/* ---------------------------------------------------------------- dtypes */

/* The 14 dtypes of case-format.md, in NumPy's type-number order. */
enum ndp_dtype {
  NDP_BOOL = 0,
  NDP_INT8,
  NDP_UINT8,
  NDP_INT16,
  NDP_UINT16,
  NDP_INT32,
  NDP_UINT32,
  NDP_INT64,
  NDP_UINT64,
  NDP_FLOAT16,
  NDP_FLOAT32,
  NDP_FLOAT64,
  NDP_COMPLEX64,
  NDP_COMPLEX128,
  NDP_NDTYPES
};

/* NumPy's dtype kinds: 'b', 'u', 'i', 'f', 'c'. */
enum ndp_kind { NDP_KIND_BOOL, NDP_KIND_UINT, NDP_KIND_INT, NDP_KIND_FLOAT, NDP_KIND_COMPLEX };

struct ndp_dtype_info {
  const char *name;  /* "int16" */
  char typechar;     /* NumPy's type string letter: 'b' 'i' 'u' 'f' 'c' */
  int itemsize;      /* bytes */
  enum ndp_kind kind;
};

const struct ndp_dtype_info *ndp_dtype_info(enum ndp_dtype dt);
static inline const char *ndp_dtype_name(enum ndp_dtype dt) { return ndp_dtype_info(dt)->name; }
static inline int ndp_dtype_size(enum ndp_dtype dt) { return ndp_dtype_info(dt)->itemsize; }
static inline enum ndp_kind ndp_dtype_kind(enum ndp_dtype dt) { return ndp_dtype_info(dt)->kind; }

/* Parses a dtype name ("int16") or a NumPy type string ("<f4", ">i8", "|u1",
 * "=f8", "f8"). *swapped is set when the byte order is not the machine's.
 * Returns false when the text is not a dtype of the case format. */
bool ndp_dtype_parse(const char *text, enum ndp_dtype *dt, bool *swapped);

/* ---------------------------------------------------------------- buffers */

/* A reference-counted block of bytes. Views share one buffer. */
struct ndp_buffer {
  long refcount;
  size_t size;   /* bytes */
  unsigned char *data; /* at least 16-byte aligned; non-NULL even when size is 0
                          (foreign buffers: any alignment) */
  /* Foreign memory (a DLPack import, a framework's tensor): when non-NULL,
   * the last release calls release_foreign(foreign_ctx) instead of freeing
   * data. NULL for buffers from ndp_buffer_new. */
  void (*release_foreign)(void *foreign_ctx);
  void *foreign_ctx;
};

/* Allocates a zeroed buffer of size bytes with refcount 1 (caller owns). */
enum ndp_status ndp_buffer_new(size_t size, struct ndp_buffer **out, struct ndp_error *err);
/* The same with the bytes left uninitialized. */
enum ndp_status ndp_buffer_new_uninit(size_t size, struct ndp_buffer **out,
                                      struct ndp_error *err);
/* Wraps foreign memory (borrowed until release_foreign is called, exactly
 * once, by the last release; on failure it is not called). */
enum ndp_status ndp_buffer_wrap(unsigned char *data, size_t size,
                                void (*release_foreign)(void *ctx), void *ctx,
                                struct ndp_buffer **out, struct ndp_error *err);
void ndp_buffer_retain(struct ndp_buffer *b);
/* Drops one reference; frees at zero. NULL is allowed. */
void ndp_buffer_release(struct ndp_buffer *b);

/* ---------------------------------------------------------------- tensors */

#define NDP_MAXDIMS 32 /* NumPy 1.24's NPY_MAXDIMS */

/* A strided view of a buffer. shape in elements; strides and offset in
 * bytes (strides may be negative or zero). Element i of the view lives at
 * buf->data + offset + sum(index[k] * strides[k]). The tensor owns one
 * reference to buf (NULL buf only for a released tensor). */
struct ndp_tensor {
  enum ndp_dtype dtype;
  bool swapped; /* elements stored in non-native byte order */
  bool readonly; /* NumPy's WRITEABLE flag cleared (np.broadcast_to's views and
                    views of them); new tensors are writable */
  int ndim;
  int64_t shape[NDP_MAXDIMS];
  int64_t strides[NDP_MAXDIMS];
  int64_t offset;
  struct ndp_buffer *buf;
};

/* Number of elements; shape entries must be valid (checked at creation). */
int64_t ndp_tensor_size(const struct ndp_tensor *t);

/* Checks that shape has a representable element count and byte size
 * ("array is too big" otherwise: NDP_ESTEP/NDP_ERRC_VALUE). nbytes may be
 * NULL. */
enum ndp_status ndp_shape_nbytes(int ndim, const int64_t *shape, int itemsize, size_t *nbytes,
                                 struct ndp_error *err);

/* Creates a new owned, zero-filled tensor in C order ('C') or Fortran order
 * ('F'), native byte order. *out is overwritten (caller owns; release it). */
enum ndp_status ndp_tensor_empty(enum ndp_dtype dt, int ndim, const int64_t *shape, char order,
                                 struct ndp_tensor *out, struct ndp_error *err);

/* As ndp_tensor_empty, but the bytes are left uninitialized: for kernels
 * that write every element (reading one before writing it is a bug that
 * Valgrind reports). Large results then cost no zeroing pass. */
enum ndp_status ndp_tensor_new_uninit(enum ndp_dtype dt, int ndim, const int64_t *shape,
                                      char order, struct ndp_tensor *out, struct ndp_error *err);

/* Makes *dst another view of src: copies the description, retains buf. */
void ndp_tensor_view(const struct ndp_tensor *src, struct ndp_tensor *dst);
/* Drops the buffer reference; the tensor becomes released (buf NULL). */
void ndp_tensor_release(struct ndp_tensor *t);

/* Pointer to the element at a multi-index (no bounds check). */
static inline unsigned char *ndp_tensor_at(const struct ndp_tensor *t, const int64_t *index) {
  int64_t off = t->offset;
  for (int k = 0; k < t->ndim; k++) off += index[k] * t->strides[k];
  return t->buf->data + off;
}

/* Advances a C-order multi-index over shape; returns false after the last. */
bool ndp_index_next(int ndim, const int64_t *shape, int64_t *index);

bool ndp_tensor_is_c_contiguous(const struct ndp_tensor *t);
bool ndp_tensor_is_f_contiguous(const struct ndp_tensor *t);

/* True when a and b are non-empty and share bytes of one buffer
 * (np.shares_memory, by byte extents). */
bool ndp_tensor_shares_memory(const struct ndp_tensor *a, const struct ndp_tensor *b);

/* ---------------------------------------------------------------- elements */

/* One element, widened: the value representation that generic code uses. */
struct ndp_elem {
  enum ndp_dtype dtype;
  union {
    bool b;
    int64_t i;  /* signed integer dtypes */
    uint64_t u; /* unsigned integer dtypes */
    double f;   /* float16/32/64 (exact) */
    struct {
      double re, im;
    } c;        /* complex64/128 (exact) */
  } v;
};

/* Reads the element at p (of dtype dt, byte-swapped when swapped). */
void ndp_elem_load(enum ndp_dtype dt, bool swapped, const void *p, struct ndp_elem *out);
/* Writes e (whose dtype must equal dt) at p in native order unless swapped.
 * Float payloads must already be representable in dt (rounded by caller). */
void ndp_elem_store(enum ndp_dtype dt, bool swapped, void *p, const struct ndp_elem *e);

/* IEEE binary16 <-> binary32/64 with round-to-nearest-even, as NumPy's
 * npy_half_to_double / npy_double_to_half / npy_float_to_half. */
double ndp_half_to_double(uint16_t h);
uint16_t ndp_double_to_half(double d);
uint16_t ndp_float_to_half(float f);

/* Writes a shape as NumPy does: "(3, 4)", "(5,)", "()". Returns buf. */
char *ndp_shape_str(int ndim, const int64_t *shape, char *buf, size_t bufsize);

#ifdef __cplusplus
}
#endif
#endif
