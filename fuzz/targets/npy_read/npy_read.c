/* libFuzzer target: the .npy reader (core/src/npy.c, ndparity/npy.h).
 *
 * The input bytes are a .npy file. ndp_npy_read must either fail with
 * NDP_EINPUT (or NDP_ENOMEM) and leave a released tensor, or return a tensor
 * that honours the header's contract. When it succeeds, the reader and the
 * writer are checked against each other:
 * - the tensor's buffer holds exactly the file's data bytes (those right
 *   after the header, in the file's memory order);
 * - every element is read (sanitizers check the bytes);
 * - ndp_npy_write of the tensor, read back, gives the same dtype, byte
 *   order, shape and element bytes, and writing that again gives the same
 *   file byte for byte (the writer is a fixed point after one round).
 * Any other outcome aborts with the broken property.
 */
#include <stdbool.h>
#include <string.h>

#include "ndp_fuzz.h"
#include "ndparity/npy.h"

static void check_status(enum ndp_status st, const struct ndp_error *err,
                         const struct ndp_tensor *t, int64_t copied, const char *what) {
  NDP_FUZZ_CHECK(st == NDP_OK || st == NDP_EINPUT || st == NDP_ENOMEM,
                 "%s: status %d (expected OK, EINPUT or ENOMEM): %s", what, (int)st, err->msg);
  if (st == NDP_OK) return;
  NDP_FUZZ_CHECK(err->msg[0] != '\0', "%s: failed without a message", what);
  NDP_FUZZ_CHECK(t->buf == NULL, "%s: failed but left a tensor with a buffer", what);
  NDP_FUZZ_CHECK(copied == 0, "%s: failed but reports %lld bytes copied", what, (long long)copied);
}

/* The properties of a tensor that ndp_npy_read returns (npy.h). */
static void check_read_tensor(const struct ndp_tensor *t, int64_t copied, const char *what) {
  NDP_FUZZ_CHECK(t->buf != NULL, "%s: OK without a buffer", what);
  NDP_FUZZ_CHECK(t->ndim >= 0 && t->ndim <= NDP_MAXDIMS, "%s: ndim %d", what, t->ndim);
  NDP_FUZZ_CHECK((int)t->dtype >= 0 && (int)t->dtype < NDP_NDTYPES, "%s: dtype %d", what,
                 (int)t->dtype);
  size_t nbytes = 0;
  const int64_t isz = ndp_dtype_size(t->dtype);
  NDP_FUZZ_CHECK(ndp_shape_nbytes(t->ndim, t->shape, (int)isz, &nbytes, NULL) == NDP_OK,
                 "%s: the shape has no valid byte count", what);
  NDP_FUZZ_CHECK(copied >= 0 && (uint64_t)copied == nbytes, "%s: %lld bytes copied, nbytes %zu",
                 what, (long long)copied, nbytes);
  NDP_FUZZ_CHECK(t->offset == 0 && t->buf->size >= nbytes,
                 "%s: offset %lld in a %zu-byte buffer for %zu bytes", what, (long long)t->offset,
                 t->buf->size, nbytes);
  NDP_FUZZ_CHECK(ndp_tensor_is_c_contiguous(t) || ndp_tensor_is_f_contiguous(t),
                 "%s: neither C nor F strides", what);
  /* Contiguous: the bytes [0, nbytes) are the elements. Read each one. */
  if (nbytes == 0) return;
  struct ndp_elem e;
  int64_t idx[NDP_MAXDIMS] = {0};
  do {
    const unsigned char *p = ndp_tensor_at(t, idx);
    NDP_FUZZ_CHECK(p >= t->buf->data && p + isz <= t->buf->data + nbytes,
                   "%s: an element outside the data", what);
    ndp_elem_load(t->dtype, t->swapped, p, &e);
  } while (ndp_index_next(t->ndim, t->shape, idx));
}

/* Element bytes of a and b equal in C order (NaN payloads included). */
static bool same_elements(const struct ndp_tensor *a, const struct ndp_tensor *b) {
  if (a->dtype != b->dtype || a->ndim != b->ndim) return false;
  for (int k = 0; k < a->ndim; k++)
    if (a->shape[k] != b->shape[k]) return false;
  if (ndp_tensor_size(a) == 0) return true;
  const size_t isz = (size_t)ndp_dtype_size(a->dtype);
  int64_t idx[NDP_MAXDIMS] = {0};
  do {
    if (memcmp(ndp_tensor_at(a, idx), ndp_tensor_at(b, idx), isz) != 0) return false;
  } while (ndp_index_next(a->ndim, a->shape, idx));
  return true;
}

/* Where the data of a .npy file starts (the file has been read OK). */
static size_t data_start(const uint8_t *data) {
  size_t lenbytes = data[6] == 1 ? 2 : 4, hlen = 0;
  for (size_t i = 0; i < lenbytes; i++) hlen |= (size_t)data[8 + i] << (8 * i);
  return 8 + lenbytes + hlen;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  struct ndp_tensor t;
  struct ndp_error err = {0};
  int64_t copied = -1;
  enum ndp_status st = ndp_npy_read(data, size, &t, &copied, &err);
  if (ndp_fuzz_verbose())
    fprintf(stderr, "  status %d: %s\n", (int)st, st == NDP_OK ? ndp_dtype_name(t.dtype) : err.msg);
  check_status(st, &err, &t, copied, "ndp_npy_read");
  if (st != NDP_OK) return 0;
  check_read_tensor(&t, copied, "ndp_npy_read");

  /* The buffer holds the file's data bytes as they are. */
  size_t start = data_start(data);
  NDP_FUZZ_CHECK(start <= size && (uint64_t)copied <= size - start,
                 "ndp_npy_read: %lld data bytes from a %zu-byte file whose data starts at %zu",
                 (long long)copied, size, start);
  NDP_FUZZ_CHECK(copied == 0 || memcmp(t.buf->data, data + start, (size_t)copied) == 0,
                 "ndp_npy_read: the tensor's bytes are not the file's data bytes");

  /* Writer and reader round trip. */
  unsigned char *w1 = NULL, *w2 = NULL;
  size_t n1 = 0, n2 = 0;
  struct ndp_error e1 = {0}, e2 = {0}, e3 = {0};
  st = ndp_npy_write(&t, &w1, &n1, &e1);
  NDP_FUZZ_CHECK(st == NDP_OK || st == NDP_ENOMEM, "ndp_npy_write of a read tensor: status %d: %s",
                 (int)st, e1.msg);
  if (st != NDP_OK) {
    ndp_tensor_release(&t);
    return 0;
  }
  struct ndp_tensor t2;
  int64_t copied2 = -1;
  st = ndp_npy_read(w1, n1, &t2, &copied2, &e2);
  NDP_FUZZ_CHECK(st == NDP_OK || st == NDP_ENOMEM,
                 "ndp_npy_read of ndp_npy_write's bytes: status %d: %s", (int)st, e2.msg);
  if (st == NDP_OK) {
    check_read_tensor(&t2, copied2, "ndp_npy_read of ndp_npy_write's bytes");
    NDP_FUZZ_CHECK(same_elements(&t, &t2), "a .npy round trip changed dtype, shape or elements");
    NDP_FUZZ_CHECK(ndp_dtype_size(t.dtype) == 1 || t.swapped == t2.swapped,
                   "a .npy round trip changed the byte order of %s", ndp_dtype_name(t.dtype));
    st = ndp_npy_write(&t2, &w2, &n2, &e3);
    NDP_FUZZ_CHECK(st == NDP_OK || st == NDP_ENOMEM, "second ndp_npy_write: status %d: %s", (int)st,
                   e3.msg);
    if (st == NDP_OK)
      NDP_FUZZ_CHECK(n1 == n2 && memcmp(w1, w2, n1) == 0,
                     "writing a read-back tensor again gives other bytes (%zu vs %zu)", n1, n2);
    free(w2);
    ndp_tensor_release(&t2);
  }
  free(w1);
  ndp_tensor_release(&t);
  return 0;
}
