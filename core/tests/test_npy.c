/* .npy reader and writer: round trips, NumPy's own files (written by
 * tools/gen_npy_fixtures.py into core/tests/data/npy/), byte-for-byte
 * equality with np.save, every malformed-input class, and a truncation /
 * byte-flip sweep that must end in a clean error or a clean success. */
#include <criterion/criterion.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/core.h"
#include "ndparity/npy.h"

#define FIXTURE_DIR NDP_SOURCE_DIR "/core/tests/data/npy/"

static bool little_endian(void) {
  const uint16_t one = 1;
  unsigned char b;
  memcpy(&b, &one, 1);
  return b == 1;
}

/* The file's bytes in a block of exactly their size, so that a read past
 * the end is an ASan / Valgrind error. */
static unsigned char *load_fixture(const char *name, size_t *len) {
  char path[512];
  snprintf(path, sizeof path, "%s%s", FIXTURE_DIR, name);
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "cannot open %s", path);
  cr_assert_eq(fseek(f, 0, SEEK_END), 0);
  long n = ftell(f);
  cr_assert(n > 0);
  rewind(f);
  unsigned char *buf = malloc((size_t)n);
  cr_assert_not_null(buf);
  cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  *len = (size_t)n;
  return buf;
}

/* A .npy file from a header text: the length field is the text's length. */
static unsigned char *make_npy(int major, int minor, const char *header, const void *payload,
                               size_t payload_len, size_t *len) {
  size_t hl = strlen(header);
  size_t lenbytes = major == 1 ? 2 : 4;
  *len = 8 + lenbytes + hl + payload_len;
  unsigned char *b = malloc(*len);
  cr_assert_not_null(b);
  memcpy(b, "\x93NUMPY", 6);
  b[6] = (unsigned char)major;
  b[7] = (unsigned char)minor;
  for (size_t i = 0; i < lenbytes; i++) b[8 + i] = (unsigned char)((hl >> (8 * i)) & 0xff);
  memcpy(b + 8 + lenbytes, header, hl);
  if (payload_len) memcpy(b + 8 + lenbytes + hl, payload, payload_len);
  return b;
}

/* Deterministic bytes in the whole buffer; bool gets 0/1. */
static void fill_pattern(struct ndp_tensor *t, unsigned seed) {
  for (size_t i = 0; i < t->buf->size; i++) {
    unsigned v = (unsigned)(i * 37u + seed * 101u + 11u) & 0xffu;
    t->buf->data[i] = (unsigned char)(t->dtype == NDP_BOOL ? v & 1u : v);
  }
}

/* Same dtype, byte order, shape, and the same element bytes at every
 * logical index. */
static void assert_same_elements(const struct ndp_tensor *a, const struct ndp_tensor *b,
                                 const char *what) {
  cr_assert_eq(a->dtype, b->dtype, "%s: dtype", what);
  cr_assert_eq(a->ndim, b->ndim, "%s: ndim", what);
  if (ndp_dtype_size(a->dtype) > 1) cr_assert_eq(a->swapped, b->swapped, "%s: swapped", what);
  for (int k = 0; k < a->ndim; k++) cr_assert_eq(a->shape[k], b->shape[k], "%s: shape", what);
  if (ndp_tensor_size(a) == 0) return;
  int64_t index[NDP_MAXDIMS] = {0};
  size_t isz = (size_t)ndp_dtype_size(a->dtype);
  int64_t n = 0;
  do {
    cr_assert_eq(memcmp(ndp_tensor_at(a, index), ndp_tensor_at(b, index), isz), 0,
                 "%s: element %" PRId64 " differs", what, n);
    n++;
  } while (ndp_index_next(a->ndim, a->shape, index));
  cr_assert_eq(n, ndp_tensor_size(a));
}

static void assert_c_strides(const struct ndp_tensor *t, const char *what) {
  int64_t s = ndp_dtype_size(t->dtype);
  for (int k = t->ndim - 1; k >= 0; k--) {
    cr_assert_eq(t->strides[k], s, "%s: C stride %d", what, k);
    s *= t->shape[k] > 0 ? t->shape[k] : 1;
  }
}

static void assert_f_strides(const struct ndp_tensor *t, const char *what) {
  int64_t s = ndp_dtype_size(t->dtype);
  for (int k = 0; k < t->ndim; k++) {
    cr_assert_eq(t->strides[k], s, "%s: F stride %d", what, k);
    s *= t->shape[k] > 0 ? t->shape[k] : 1;
  }
}

/* The header text of a .npy file (without the padding). */
static void header_text(const unsigned char *f, size_t len, char *out, size_t cap) {
  cr_assert(len >= 10);
  size_t hl = f[6] == 1
                  ? (size_t)f[8] | (size_t)f[9] << 8
                  : (size_t)f[8] | (size_t)f[9] << 8 | (size_t)f[10] << 16 | (size_t)f[11] << 24;
  size_t pre = f[6] == 1 ? 10 : 12;
  cr_assert(pre + hl <= len);
  cr_assert(hl < cap);
  memcpy(out, f + pre, hl);
  out[hl] = '\0';
}

/* ---------------------------------------------------------------- round trips */

enum layout {
  LAY_C,
  LAY_F,
  LAY_SWAPPED,
  LAY_SWAPPED_F,
  LAY_0D,
  LAY_EMPTY,
  LAY_VIEW,
  LAY_1D,
  LAY_BROADCAST,
  NLAY
};

static const char *const layout_names[NLAY] = {"C",     "F",    "swapped", "swapped F", "0-d",
                                               "empty", "view", "1-d",     "broadcast"};

/* Builds the source tensor of a layout: *base is what owns the bytes. */
static void make_layout(enum ndp_dtype dt, enum layout lay, struct ndp_tensor *t) {
  int64_t s234[3] = {2, 3, 4}, s35[2] = {3, 5}, s46[2] = {4, 6}, s0[3] = {4, 0, 2}, s7[1] = {7};
  switch (lay) {
  case LAY_C:
  case LAY_SWAPPED:
    cr_assert_eq(
        ndp_tensor_empty(dt, lay == LAY_C ? 3 : 2, lay == LAY_C ? s234 : s35, 'C', t, NULL),
        NDP_OK);
    break;
  case LAY_F:
  case LAY_SWAPPED_F:
    cr_assert_eq(ndp_tensor_empty(dt, 3, s234, 'F', t, NULL), NDP_OK);
    break;
  case LAY_0D:
    cr_assert_eq(ndp_tensor_empty(dt, 0, NULL, 'C', t, NULL), NDP_OK);
    break;
  case LAY_EMPTY:
    cr_assert_eq(ndp_tensor_empty(dt, 3, s0, 'F', t, NULL), NDP_OK);
    break;
  case LAY_1D:
    cr_assert_eq(ndp_tensor_empty(dt, 1, s7, 'C', t, NULL), NDP_OK);
    break;
  case LAY_VIEW: {
    /* base[::2, ::-3] of a (4, 6) array: shape (2, 2), a negative stride. */
    cr_assert_eq(ndp_tensor_empty(dt, 2, s46, 'C', t, NULL), NDP_OK);
    int64_t isz = ndp_dtype_size(dt);
    t->offset = 5 * isz;
    t->shape[0] = 2;
    t->shape[1] = 2;
    t->strides[0] = 12 * isz;
    t->strides[1] = -3 * isz;
  } break;
  case LAY_BROADCAST: {
    /* np.broadcast_to(a, (4, 3)) of a (3,) array: a zero stride. */
    int64_t s3[1] = {3};
    cr_assert_eq(ndp_tensor_empty(dt, 1, s3, 'C', t, NULL), NDP_OK);
    t->ndim = 2;
    t->shape[0] = 4;
    t->shape[1] = 3;
    t->strides[0] = 0;
    t->strides[1] = ndp_dtype_size(dt);
    t->readonly = true;
  } break;
  default:
    cr_assert_fail("layout");
  }
  t->swapped = lay == LAY_SWAPPED || lay == LAY_SWAPPED_F;
  fill_pattern(t, (unsigned)dt * 7u + (unsigned)lay);
}

Test(npy, roundtrip_should_keep_every_dtype_and_layout) {
  for (int d = 0; d < NDP_NDTYPES; d++) {
    for (int l = 0; l < NLAY; l++) {
      enum ndp_dtype dt = (enum ndp_dtype)d;
      char what[64];
      snprintf(what, sizeof what, "%s %s", ndp_dtype_name(dt), layout_names[l]);
      struct ndp_tensor src, back;
      make_layout(dt, (enum layout)l, &src);
      unsigned char *file;
      size_t len;
      struct ndp_error err = {0};
      cr_assert_eq(ndp_npy_write(&src, &file, &len, &err), NDP_OK, "%s: %s", what, err.msg);

      /* Header: version 1.0, data aligned on 64 bytes, descr of the memory. */
      cr_assert_eq(memcmp(file, "\x93NUMPY\x01\x00", 8), 0, "%s", what);
      size_t hl = (size_t)file[8] | (size_t)file[9] << 8;
      cr_assert_eq((10 + hl) % 64, 0, "%s", what);
      cr_assert_eq(file[10 + hl - 1], '\n', "%s", what);
      int isz = ndp_dtype_size(dt);
      char descr[32];
      char order = isz == 1 ? '|' : (little_endian() != src.swapped ? '<' : '>');
      snprintf(descr, sizeof descr, "{'descr': '%c%c%d', ", order, ndp_dtype_info(dt)->typechar,
               isz);
      char text[2048];
      header_text(file, len, text, sizeof text);
      cr_assert(strncmp(text, descr, strlen(descr)) == 0, "%s: %s", what, text);
      bool fortran = l == LAY_F || l == LAY_SWAPPED_F;
      cr_assert_not_null(strstr(text, fortran ? "'fortran_order': True" : "'fortran_order': False"),
                         "%s: %s", what, text);
      size_t nbytes = (size_t)ndp_tensor_size(&src) * (size_t)isz;
      cr_assert_eq(len, 10 + hl + nbytes, "%s", what);

      int64_t copied = -1;
      cr_assert_eq(ndp_npy_read(file, len, &back, &copied, &err), NDP_OK, "%s: %s", what, err.msg);
      cr_assert_eq(copied, (int64_t)nbytes, "%s", what);
      assert_same_elements(&src, &back, what);
      if (isz == 1) cr_assert_not(back.swapped, "%s", what);
      if (fortran)
        assert_f_strides(&back, what);
      else
        assert_c_strides(&back, what);
      cr_assert_eq(back.offset, 0);

      /* Writing the result again gives the same bytes. */
      unsigned char *again;
      size_t len2;
      cr_assert_eq(ndp_npy_write(&back, &again, &len2, &err), NDP_OK, "%s: %s", what, err.msg);
      cr_assert_eq(len2, len, "%s", what);
      cr_assert_eq(memcmp(again, file, len), 0, "%s", what);
      free(again);
      free(file);
      ndp_tensor_release(&back);
      ndp_tensor_release(&src);
    }
  }
}

Test(npy, write_should_use_c_order_for_arrays_both_c_and_f_contiguous) {
  /* (3, 1) and (1, 3) are both C- and F-contiguous: NumPy writes False. */
  int64_t shapes[2][2] = {{3, 1}, {1, 3}};
  for (int i = 0; i < 2; i++) {
    struct ndp_tensor t;
    cr_assert_eq(ndp_tensor_empty(NDP_INT16, 2, shapes[i], 'F', &t, NULL), NDP_OK);
    unsigned char *file;
    size_t len;
    cr_assert_eq(ndp_npy_write(&t, &file, &len, NULL), NDP_OK);
    char text[256];
    header_text(file, len, text, sizeof text);
    char expect[128];
    snprintf(expect, sizeof expect, "{'descr': '<i2', 'fortran_order': False, 'shape': (%d, %d), }",
             (int)shapes[i][0], (int)shapes[i][1]);
    if (little_endian()) cr_assert(strncmp(text, expect, strlen(expect)) == 0, "%s", text);
    free(file);
    ndp_tensor_release(&t);
  }
}

Test(npy, write_should_fit_32_dimensions_in_a_version_1_header) {
  /* Zero-size, so only the non-zero dimensions' product must fit. */
  int64_t shape[NDP_MAXDIMS];
  for (int k = 0; k < NDP_MAXDIMS; k++) shape[k] = k == 5 ? 0 : k == 0 ? INT64_MAX : 1;
  struct ndp_tensor t;
  cr_assert_eq(ndp_tensor_empty(NDP_UINT8, NDP_MAXDIMS, shape, 'C', &t, NULL), NDP_OK);
  unsigned char *file;
  size_t len;
  cr_assert_eq(ndp_npy_write(&t, &file, &len, NULL), NDP_OK);
  cr_assert_eq(file[6], 1);
  cr_assert_eq(len % 64, 0);
  struct ndp_tensor back;
  cr_assert_eq(ndp_npy_read(file, len, &back, NULL, NULL), NDP_OK);
  cr_assert_eq(back.ndim, NDP_MAXDIMS);
  for (int k = 0; k < NDP_MAXDIMS; k++) cr_assert_eq(back.shape[k], shape[k]);
  ndp_tensor_release(&back);
  free(file);
  ndp_tensor_release(&t);
}

Test(npy, write_should_refuse_a_tensor_outside_its_buffer) {
  int64_t shape[1] = {4};
  struct ndp_tensor t;
  cr_assert_eq(ndp_tensor_empty(NDP_INT32, 1, shape, 'C', &t, NULL), NDP_OK);
  unsigned char *file = (unsigned char *)&t; /* must be reset to NULL */
  size_t len = 99;
  struct ndp_error err = {0};
  t.strides[0] = 8;
  cr_assert_eq(ndp_npy_write(&t, &file, &len, &err), NDP_EINTERNAL);
  cr_assert_null(file);
  cr_assert_eq(len, 0);
  cr_assert_not_null(strstr(err.msg, "inside its 16-byte buffer"), "%s", err.msg);
  t.strides[0] = 4;
  t.offset = -4;
  cr_assert_eq(ndp_npy_write(&t, &file, &len, &err), NDP_EINTERNAL);
  t.offset = 0;
  t.strides[0] = INT64_MIN;
  cr_assert_eq(ndp_npy_write(&t, &file, &len, &err), NDP_EINTERNAL);
  t.strides[0] = INT64_MAX;
  cr_assert_eq(ndp_npy_write(&t, &file, &len, &err), NDP_EINTERNAL);
  t.strides[0] = 4;
  t.shape[0] = -1;
  cr_assert_eq(ndp_npy_write(&t, &file, &len, &err), NDP_EINTERNAL);
  t.shape[0] = 4;
  ndp_tensor_release(&t);
  cr_assert_eq(ndp_npy_write(&t, &file, &len, &err), NDP_EINTERNAL);
}

/* ---------------------------------------------------------------- NumPy's files */

/* The fixtures of tools/gen_npy_fixtures.py. values: the elements in C
 * logical order (complex: re im pairs; "nan", "inf", hex floats allowed),
 * or "arange". be: the file is big-endian. np_save: written by np.save
 * (version 1.0), so the writer must reproduce it byte for byte. */
struct fixture {
  const char *file;
  enum ndp_dtype dt;
  bool be;
  int ndim;
  int64_t shape[16];
  bool fortran;
  int version;
  const char *values;
};

/* clang-format off */
static const struct fixture fixtures[] = {
    {"v1_f8_2x3.npy", NDP_FLOAT64, false, 2, {2, 3}, false, 1, "-1 -0.5 0 0.5 1 1.5"},
    {"v1_i4_be_2x3.npy", NDP_INT32, true, 2, {2, 3}, false, 1, "1 -2 3 -4 5 2147483647"},
    {"v1_f4_fortran_2x3.npy", NDP_FLOAT32, false, 2, {2, 3}, true, 1, "1.5 2 3 4 5 -6.25"},
    {"v1_f4_be_fortran_2x3x2.npy", NDP_FLOAT32, true, 3, {2, 3, 2}, true, 1, "arange"},
    {"v1_i2_0d.npy", NDP_INT16, false, 0, {0}, false, 1, "-7"},
    {"v1_u2_empty_0x3.npy", NDP_UINT16, false, 2, {0, 3}, false, 1, ""},
    {"v1_bool_3.npy", NDP_BOOL, false, 1, {3}, false, 1, "1 0 1"},
    {"v1_c16_2.npy", NDP_COMPLEX128, false, 1, {2}, false, 1, "1 2 -0.5 inf"},
    {"v1_c8_be_2.npy", NDP_COMPLEX64, true, 1, {2}, false, 1, "1 2 3 -4"},
    {"v1_f2_be_4.npy", NDP_FLOAT16, true, 1, {4}, false, 1, "1 -2 65504 nan"},
    {"v1_u8_3.npy", NDP_UINT64, false, 1, {3}, false, 1, "0 1 18446744073709551615"},
    {"v1_i8_be_2x1.npy", NDP_INT64, true, 2, {2, 1}, false, 1,
     "-9223372036854775808 9223372036854775807"},
    {"v1_i1_2x2.npy", NDP_INT8, false, 2, {2, 2}, false, 1, "-128 127 0 -1"},
    {"v1_u1_fortran_2x2.npy", NDP_UINT8, false, 2, {2, 2}, true, 1, "1 2 3 255"},
    {"v1_u4_be_1.npy", NDP_UINT32, true, 1, {1}, false, 1, "4294967295"},
    {"v1_u2_be_2.npy", NDP_UINT16, true, 1, {2}, false, 1, "1 65535"},
    {"v1_i8_0d.npy", NDP_INT64, false, 0, {0}, false, 1, "123456789012"},
    {"v1_i4_view_2x2.npy", NDP_INT32, false, 2, {2, 2}, false, 1, "5 2 17 14"},
    {"v1_u1_pad64_1x13x100.npy", NDP_UINT8, false, 14,
     {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 100}, false, 1, "arange"},
    {"v2_i2_2x2.npy", NDP_INT16, false, 2, {2, 2}, false, 2, "1 2 3 -4"},
    {"v2_bool_0d.npy", NDP_BOOL, false, 0, {0}, false, 2, "1"},
    {"v3_f8_be_fortran_2x2.npy", NDP_FLOAT64, true, 2, {2, 2}, true, 3, "1 2 3 -0.0"},
    {"v3_c8_empty_2x0.npy", NDP_COMPLEX64, false, 2, {2, 0}, false, 3, ""},
};
/* clang-format on */
#define NFIXTURES (sizeof fixtures / sizeof fixtures[0])

/* The next value of a fixture as an element of dt. */
static struct ndp_elem next_value(const struct fixture *fx, const char **cursor, int64_t n) {
  struct ndp_elem e = {.dtype = fx->dt};
  if (strcmp(fx->values, "arange") == 0) {
    switch (ndp_dtype_kind(fx->dt)) {
    case NDP_KIND_UINT:
      e.v.u = (uint64_t)n;
      break;
    case NDP_KIND_INT:
      e.v.i = n;
      break;
    default:
      e.v.f = (double)n;
      break;
    }
    return e;
  }
  char *end;
  const char *p = *cursor;
  switch (ndp_dtype_kind(fx->dt)) {
  case NDP_KIND_BOOL:
    e.v.b = strtol(p, &end, 10) != 0;
    break;
  case NDP_KIND_INT:
    e.v.i = strtoll(p, &end, 10);
    break;
  case NDP_KIND_UINT:
    e.v.u = strtoull(p, &end, 10);
    break;
  case NDP_KIND_FLOAT:
    e.v.f = strtod(p, &end);
    break;
  case NDP_KIND_COMPLEX:
    e.v.c.re = strtod(p, &end);
    cr_assert(end != p, "%s: value %" PRId64, fx->file, n);
    p = end;
    e.v.c.im = strtod(p, &end);
    break;
  }
  cr_assert(end != p, "%s: value %" PRId64 " missing", fx->file, n);
  *cursor = end;
  return e;
}

static bool same_double(double a, double b) {
  if (isnan(a) || isnan(b)) return isnan(a) && isnan(b);
  return a == b && signbit(a) == signbit(b);
}

static void assert_elem_eq(const struct ndp_elem *got, const struct ndp_elem *want,
                           const char *file, int64_t n) {
  switch (ndp_dtype_kind(want->dtype)) {
  case NDP_KIND_BOOL:
    cr_assert_eq(got->v.b, want->v.b, "%s[%" PRId64 "]", file, n);
    break;
  case NDP_KIND_INT:
    cr_assert_eq(got->v.i, want->v.i, "%s[%" PRId64 "]: %" PRId64, file, n, got->v.i);
    break;
  case NDP_KIND_UINT:
    cr_assert_eq(got->v.u, want->v.u, "%s[%" PRId64 "]: %" PRIu64, file, n, got->v.u);
    break;
  case NDP_KIND_FLOAT:
    cr_assert(same_double(got->v.f, want->v.f), "%s[%" PRId64 "]: %a", file, n, got->v.f);
    break;
  case NDP_KIND_COMPLEX:
    cr_assert(same_double(got->v.c.re, want->v.c.re) && same_double(got->v.c.im, want->v.c.im),
              "%s[%" PRId64 "]: %a %a", file, n, got->v.c.re, got->v.c.im);
    break;
  }
}

Test(npy, read_should_load_every_numpy_fixture) {
  for (size_t i = 0; i < NFIXTURES; i++) {
    const struct fixture *fx = &fixtures[i];
    size_t len;
    unsigned char *file = load_fixture(fx->file, &len);
    cr_assert_eq(file[6], fx->version, "%s", fx->file);
    struct ndp_tensor t;
    int64_t copied = -1;
    struct ndp_error err = {0};
    cr_assert_eq(ndp_npy_read(file, len, &t, &copied, &err), NDP_OK, "%s: %s", fx->file, err.msg);
    cr_assert_eq(t.dtype, fx->dt, "%s", fx->file);
    bool swapped = ndp_dtype_size(fx->dt) > 1 && fx->be == little_endian();
    cr_assert_eq(t.swapped, swapped, "%s", fx->file);
    cr_assert_eq(t.ndim, fx->ndim, "%s", fx->file);
    for (int k = 0; k < fx->ndim; k++) cr_assert_eq(t.shape[k], fx->shape[k], "%s", fx->file);
    if (fx->fortran)
      assert_f_strides(&t, fx->file);
    else
      assert_c_strides(&t, fx->file);
    cr_assert_eq(copied, ndp_tensor_size(&t) * ndp_dtype_size(fx->dt), "%s", fx->file);
    /* The data are the file's last bytes: nothing trails them. */
    cr_assert_eq(memcmp(t.buf->data, file + len - (size_t)copied, (size_t)copied), 0);

    const char *cursor = fx->values;
    int64_t n = 0;
    if (ndp_tensor_size(&t) > 0) {
      int64_t index[NDP_MAXDIMS] = {0};
      do {
        struct ndp_elem got, want = next_value(fx, &cursor, n);
        ndp_elem_load(t.dtype, t.swapped, ndp_tensor_at(&t, index), &got);
        assert_elem_eq(&got, &want, fx->file, n);
        n++;
      } while (ndp_index_next(t.ndim, t.shape, index));
    }
    cr_assert_eq(n, ndp_tensor_size(&t), "%s", fx->file);
    if (strcmp(fx->values, "arange") != 0) {
      while (*cursor == ' ') cursor++;
      cr_assert_eq(*cursor, '\0', "%s: values left over", fx->file);
    }
    ndp_tensor_release(&t);
    free(file);
  }
}

/* Builds the fixture's array in C, as NumPy holds it (order, byte order). */
static void build_fixture_tensor(const struct fixture *fx, struct ndp_tensor *t) {
  cr_assert_eq(ndp_tensor_empty(fx->dt, fx->ndim, fx->shape, fx->fortran ? 'F' : 'C', t, NULL),
               NDP_OK);
  t->swapped = ndp_dtype_size(fx->dt) > 1 && fx->be == little_endian();
  if (ndp_tensor_size(t) == 0) return;
  const char *cursor = fx->values;
  int64_t index[NDP_MAXDIMS] = {0}, n = 0;
  do {
    struct ndp_elem e = next_value(fx, &cursor, n++);
    ndp_elem_store(fx->dt, t->swapped, ndp_tensor_at(t, index), &e);
  } while (ndp_index_next(t->ndim, t->shape, index));
}

Test(npy, write_should_match_np_save_byte_for_byte) {
  if (!little_endian()) cr_skip_test("the fixtures' '<' is native only on little-endian machines");
  int compared = 0;
  for (size_t i = 0; i < NFIXTURES; i++) {
    const struct fixture *fx = &fixtures[i];
    if (fx->version != 1 || strcmp(fx->file, "v1_i4_view_2x2.npy") == 0) continue;
    size_t len;
    unsigned char *want = load_fixture(fx->file, &len);
    struct ndp_tensor t;
    build_fixture_tensor(fx, &t);
    unsigned char *got;
    size_t got_len;
    struct ndp_error err = {0};
    cr_assert_eq(ndp_npy_write(&t, &got, &got_len, &err), NDP_OK, "%s: %s", fx->file, err.msg);
    cr_assert_eq(got_len, len, "%s: %zu bytes, NumPy wrote %zu", fx->file, got_len, len);
    for (size_t k = 0; k < len; k++)
      cr_assert_eq(got[k], want[k], "%s: byte %zu is 0x%02x, NumPy wrote 0x%02x", fx->file, k,
                   got[k], want[k]);
    compared++;
    free(got);
    free(want);
    ndp_tensor_release(&t);
  }
  cr_assert_eq(compared, 18);
}

Test(npy, write_should_match_np_save_of_a_strided_view) {
  if (!little_endian()) cr_skip_test("the fixtures' '<' is native only on little-endian machines");
  /* np.arange(24, dtype='<i4').reshape(4, 6)[::2, ::-3] */
  int64_t shape[2] = {4, 6};
  struct ndp_tensor base;
  cr_assert_eq(ndp_tensor_empty(NDP_INT32, 2, shape, 'C', &base, NULL), NDP_OK);
  for (int32_t i = 0; i < 24; i++) memcpy(base.buf->data + 4 * i, &i, 4);
  base.offset = 5 * 4;
  base.shape[0] = 2;
  base.shape[1] = 2;
  base.strides[0] = 48;
  base.strides[1] = -12;
  size_t len, got_len;
  unsigned char *want = load_fixture("v1_i4_view_2x2.npy", &len), *got;
  cr_assert_eq(ndp_npy_write(&base, &got, &got_len, NULL), NDP_OK);
  cr_assert_eq(got_len, len);
  cr_assert_eq(memcmp(got, want, len), 0);
  free(got);
  free(want);
  ndp_tensor_release(&base);
}

/* ---------------------------------------------------------------- header dialects */

struct dialect {
  int major;
  const char *header;
  const char *payload; /* 4 bytes, some of them data */
  enum ndp_dtype dt;
  bool swapped_on_le; /* expected t->swapped on a little-endian machine */
  int ndim;
  int64_t dim0;
  bool fortran;
};

/* Headers np.load accepts (checked with NumPy 1.24), and so must we. */
static const struct dialect dialects[] = {
    /* any key order, no trailing comma, spaces everywhere, newlines */
    {1, "  {  'shape' : ( 2 , ) ,'descr':'<i2','fortran_order':False}\n", "\1\0\2\0", NDP_INT16,
     false, 1, 2, false},
    {1, "{'descr': '<i2',\n 'fortran_order': False,\n 'shape': (2,)}\t\r\n  ", "\1\0\2\0",
     NDP_INT16, false, 1, 2, false},
    {1, "{\"descr\": \"<i2\", \"fortran_order\": False, \"shape\": (2,), }", "\1\0\2\0", NDP_INT16,
     false, 1, 2, false},
    /* byte orders and spellings of descr */
    {1, "{'descr': '>i2', 'fortran_order': False, 'shape': (2,), }", "\0\1\0\2", NDP_INT16, true, 1,
     2, false},
    {1, "{'descr': '=i4', 'fortran_order': False, 'shape': (1,), }", "\1\0\0\0", NDP_INT32, false,
     1, 1, false},
    {1, "{'descr': '|i4', 'fortran_order': False, 'shape': (1,), }", "\1\0\0\0", NDP_INT32, false,
     1, 1, false},
    {1, "{'descr': 'i4', 'fortran_order': False, 'shape': (1,), }", "\1\0\0\0", NDP_INT32, false, 1,
     1, false},
    {1, "{'descr': 'float32', 'fortran_order': False, 'shape': (1,), }", "\0\0\200\77", NDP_FLOAT32,
     false, 1, 1, false},
    {1, "{'descr': '?', 'fortran_order': False, 'shape': (4,), }", "\1\0\1\1", NDP_BOOL, false, 1,
     4, false},
    {1, "{'descr': '>b1', 'fortran_order': False, 'shape': (4,), }", "\1\0\1\1", NDP_BOOL, false, 1,
     4, false},
    {1, "{'descr': '>u1', 'fortran_order': False, 'shape': (4,), }", "\1\0\1\1", NDP_UINT8, false,
     1, 4, false},
    {1, "{'descr': '<c8', 'fortran_order': False, 'shape': (0,), }", "\0\0\0\0", NDP_COMPLEX64,
     false, 1, 0, false},
    /* a repeated key keeps its last value, as a Python dict */
    {1, "{'descr': '<i2', 'descr': '<i4', 'fortran_order': False, 'shape': (1,), }", "\1\0\2\0",
     NDP_INT32, false, 1, 1, false},
    /* Python 2's long suffix (versions 1.0 and 2.0), "(2)" is 2, -0 is 0 */
    {1, "{'descr': '<i2', 'fortran_order': False, 'shape': (2L,), }", "\1\0\2\0", NDP_INT16, false,
     1, 2, false},
    {2, "{'descr': '<i2', 'fortran_order': True, 'shape': (1L, 2L), }", "\1\0\2\0", NDP_INT16,
     false, 2, 1, true},
    {1, "{'descr': '<i2', 'fortran_order': False, 'shape': ((2),), }", "\1\0\2\0", NDP_INT16, false,
     1, 2, false},
    {1, "{'descr': '<i2', 'fortran_order': False, 'shape': (+2, -0, 00), }", "\0\0\0\0", NDP_INT16,
     false, 3, 2, false},
};

Test(npy, read_should_accept_the_header_dialects_numpy_accepts) {
  for (size_t i = 0; i < sizeof dialects / sizeof dialects[0]; i++) {
    const struct dialect *dl = &dialects[i];
    size_t plen = 4, len;
    /* Three bytes more: trailing data is ignored, as np.load ignores it. */
    char payload[8];
    memcpy(payload, dl->payload, plen);
    memcpy(payload + plen, "xyz", 3);
    unsigned char *file = make_npy(dl->major, 0, dl->header, payload, plen + 3, &len);
    struct ndp_tensor t;
    struct ndp_error err = {0};
    int64_t copied;
    enum ndp_status st = ndp_npy_read(file, len, &t, &copied, &err);
    cr_assert_eq(st, NDP_OK, "dialect %zu: %s", i, err.msg);
    cr_assert_eq(t.dtype, dl->dt, "dialect %zu", i);
    if (little_endian()) cr_assert_eq(t.swapped, dl->swapped_on_le, "dialect %zu", i);
    cr_assert_eq(t.ndim, dl->ndim, "dialect %zu", i);
    if (dl->ndim > 0) cr_assert_eq(t.shape[0], dl->dim0, "dialect %zu", i);
    cr_assert_eq(copied, ndp_tensor_size(&t) * ndp_dtype_size(t.dtype), "dialect %zu", i);
    if (copied > 0) cr_assert_eq(memcmp(t.buf->data, dl->payload, (size_t)copied), 0);
    if (dl->fortran) assert_f_strides(&t, "dialect");
    ndp_tensor_release(&t);
    free(file);
  }
}

Test(npy, read_should_accept_long_headers_of_versions_2_and_1) {
  /* 70000 bytes of padding need the 4-byte length of 2.0; 1.0 takes up to
   * 65535. np.load reads both (with allow_pickle=True past 10000). */
  static const size_t sizes[2] = {70000, 65535};
  for (int i = 0; i < 2; i++) {
    size_t n = sizes[i];
    char *h = malloc(n + 1);
    cr_assert_not_null(h);
    const char *dict = "{'descr': '>u2', 'fortran_order': True, 'shape': (1, 2), }";
    memset(h, ' ', n);
    memcpy(h, dict, strlen(dict));
    h[n - 1] = '\n';
    h[n] = '\0';
    size_t len;
    unsigned char *file = make_npy(i == 0 ? 2 : 1, 0, h, "\1\2\3\4", 4, &len);
    struct ndp_tensor t;
    struct ndp_error err = {0};
    cr_assert_eq(ndp_npy_read(file, len, &t, NULL, &err), NDP_OK, "%s", err.msg);
    cr_assert_eq(t.dtype, NDP_UINT16);
    cr_assert_eq(t.ndim, 2);
    cr_assert_eq(t.shape[1], 2);
    assert_f_strides(&t, "long header");
    struct ndp_elem e;
    int64_t index[2] = {0, 1};
    ndp_elem_load(t.dtype, t.swapped, ndp_tensor_at(&t, index), &e);
    cr_assert_eq(e.v.u, 0x0304);
    ndp_tensor_release(&t);
    free(file);
    free(h);
  }
}

/* ---------------------------------------------------------------- malformed input */

struct bad {
  int major, minor;
  const char *header; /* NULL: raw bytes below */
  const char *raw;
  size_t raw_len;
  size_t payload_len;  /* bytes of data after the header */
  const char *message; /* a part of the expected message */
};

#define HDR(d, s) "{'descr': " d ", 'fortran_order': False, 'shape': " s ", }"

static const struct bad bads[] = {
    /* the preamble */
    {0, 0, NULL, "", 0, 0,
     "not a .npy file: expected the magic '\\x93NUMPY', found an empty input"},
    {0, 0, NULL, "\x93NUMPZ\1\0\2\0{}", 12, 0,
     "not a .npy file: expected the magic '\\x93NUMPY', found '\\x93NUMPZ\\x01\\x00'"},
    {0, 0, NULL, "PK\3\4", 4, 0, "found 'PK\\x03\\x04'"},
    {0, 0, NULL, "\x93NUMP", 5, 0, "found '\\x93NUMP'"},
    {0, 0, NULL, "\x93NUMPY\1", 7, 0, "expected 2 version bytes after the magic, found 1"},
    {4, 0, "{}", NULL, 0, 0, "unsupported format version 4.0 (expected 1.0, 2.0 or 3.0)"},
    {1, 1, "{}", NULL, 0, 0, "unsupported format version 1.1"},
    {0, 0, NULL, "\x93NUMPY\0\0\0\0", 10, 0, "unsupported format version 0.0"},
    {0, 0, NULL, "\x93NUMPY\1\0\2", 9, 0,
     "expected a 2-byte header length after the version, found only 1"},
    {0, 0, NULL, "\x93NUMPY\2\0\2\0\0", 11, 0, "expected a 4-byte header length"},
    {0, 0, NULL, "\x93NUMPY\1\0\xff\0{}", 12, 0,
     "the header length 255 goes past the end of the file (expected at most 2 bytes after the "
     "10-byte preamble)"},
    {0, 0, NULL, "\x93NUMPY\3\0\0\0\0\x80{}", 14, 0, "the header length 2147483648 goes past"},
    /* the header text */
    {1, 0, "['descr']", NULL, 0, 0,
     "the header is not a Python dict literal: expected '{' at offset 0, found '['descr']'"},
    {1, 0, "", NULL, 0, 0, "expected '{' at offset 0, found the end of the header"},
    {1, 0, "{'descr': '<i2'", NULL, 0, 0, "expected ',' or '}' at offset 15, found the end"},
    {1, 0, "{'descr' '<i2'}", NULL, 0, 0, "expected ':' at offset 9, found ''<i2'}'"},
    {1, 0, "{'descr': '<i2}", NULL, 0, 0, "expected a closing ' of the string"},
    {1, 0, "{'descr': '<i2\n', 'fortran_order': False, 'shape': (2,)}", NULL, 0, 0,
     "expected a closing ' of the string at offset 14"},
    {1, 0, HDR("'<i2'", "(2,)") " x", NULL, 0, 0,
     "expected the end of the header after the dict at offset 58, found 'x'"},
    {1, 0, HDR("'<i2'", "(2,)") "}", NULL, 0, 0, "expected the end of the header after the dict"},
    {1, 0, "{'descr': '<i2', # a comment\n 'fortran_order': False, 'shape': (2,)}", NULL, 0, 0,
     "or a dict) at offset 17, found '# a comment\\x0a"},
    {1, 0, HDR("'<i2'", "(2.0,)"), NULL, 0, 0,
     "expected a decimal integer (no floats, hexadecimal or suffixes)"},
    {1, 0, HDR("'<i2'", "(0x2,)"), NULL, 0, 0, "expected a decimal integer"},
    {1, 0, HDR("'<i2'", "(02,)"), NULL, 0, 0,
     "expected a decimal integer without leading zeros at offset 51"},
    {3, 0, HDR("'<i2'", "(2L,)"), NULL, 0, 0, "expected a decimal integer"},
    {1, 0, HDR("'<i2'", "(-,)"), NULL, 0, 0, "expected a digit"},
    {1, 0, HDR("u'<i2'", "(2,)"), NULL, 0, 0,
     "expected a Python literal (a string, an integer, True, False, None, a tuple, a list or a "
     "dict) at offset 10, found 'u'<i2'"},
    {0, 0, NULL, "\x93NUMPY\1\0\x3a\0" HDR("'<i2'", "(2,)") "\0", 68, 0,
     "the header contains a NUL byte at offset 57 (expected the text of a Python dict literal)"},
    {1, 0, "{'descr': '<i2', 'fortran_order': False, 'shape': (2 3)}", NULL, 0, 0,
     "expected ',' or ')' at offset 53"},
    {1, 0, "{'descr': '<i2', 'fortran_order': False, 'shape': [2 3]}", NULL, 0, 0,
     "expected ',' or ']' at offset 53"},
    {1, 0, "{'descr': '<i2', 'fortran_order': False, 'shape': (2,), 'x': {1: 2 3}}", NULL, 0, 0,
     "unknown key 'x' in the header (expected exactly 'descr', 'fortran_order' and 'shape')"},
    {1, 0,
     "{'descr': '<i2', 'fortran_order': False, 'shape': "
     "((((((((((((((((((((2,),),),),),),),),),),),),),),),),),),),)}",
     NULL, 0, 0, "nests containers deeper than 16 levels"},
    {3, 0, HDR("'<i2'", "(2,)") "\xc3", NULL, 0, 0,
     "the version 3.0 header is not valid UTF-8: expected a UTF-8 sequence at offset 57, found "
     "'\\xc3'"},
    {3, 0, "{'descr': '\xed\xa0\x80', 'fortran_order': False, 'shape': (2,)}", NULL, 0, 0,
     "not valid UTF-8"},
    /* the keys */
    {1, 0, "{'descr': '<i2', 'fortran_order': False}", NULL, 0, 0,
     "the header has no 'shape' key (expected exactly 'descr', 'fortran_order' and 'shape')"},
    {1, 0, "{}", NULL, 0, 0, "the header has no 'descr' key"},
    {1, 0, "{'descr': '<i2', 'shape': (2,), }", NULL, 0, 0, "no 'fortran_order' key"},
    {1, 0, HDR("'<i2'", "(2,)") "", NULL, 0, 4, NULL}, /* (valid: the control) */
    {1, 0, "{'descr': '<i2', 'fortran_order': False, 'shape': (2,), 'x': 1}", NULL, 0, 0,
     "unknown key 'x'"},
    {1, 0, "{1: 2}", NULL, 0, 0, "unknown key '1'"},
    /* descr */
    {1, 0, HDR("'|O'", "(1,)"), NULL, 0, 8, "unsupported dtype '|O' in 'descr'"},
    {1, 0, HDR("'|S3'", "(1,)"), NULL, 0, 3, "unsupported dtype '|S3'"},
    {1, 0, HDR("'<U3'", "(1,)"), NULL, 0, 12, "unsupported dtype '<U3'"},
    {1, 0, HDR("'<M8[ns]'", "(1,)"), NULL, 0, 8, "unsupported dtype '<M8[ns]'"},
    {1, 0, HDR("'<m8'", "(1,)"), NULL, 0, 8, "unsupported dtype '<m8'"},
    {1, 0, HDR("'|V4'", "(1,)"), NULL, 0, 4, "unsupported dtype '|V4'"},
    {1, 0, HDR("'<f16'", "(1,)"), NULL, 0, 16, "unsupported dtype '<f16'"},
    {1, 0, HDR("'<c32'", "(1,)"), NULL, 0, 32, "unsupported dtype '<c32'"},
    {1, 0, HDR("'<i3'", "(1,)"), NULL, 0, 3, "unsupported dtype '<i3'"},
    {1, 0, HDR("''", "(1,)"), NULL, 0, 3, "unsupported dtype ''"},
    {1, 0, HDR("'b'", "(1,)"), NULL, 0, 3, "unsupported dtype 'b'"},
    /* an escaped quote: the string is \'>u1\' with its backslashes, no dtype */
    {3, 0, "{'descr': '<i2', 'fortran_order': False, 'shape': (), 'descr': '\\'>u1\\'', }", NULL, 0,
     2, "unsupported dtype '\\x5c'>u1\\x5c''"},
    {1, 0, HDR("[('a', '<i4')]", "(1,)"), NULL, 0, 4,
     "unsupported dtype: 'descr' is the list '[('a', '<i4')]', a structured or subarray dtype"},
    {1, 0, HDR("('<i4', (2,))", "(1,)"), NULL, 0, 8, "unsupported dtype: 'descr' is the tuple"},
    {1, 0, HDR("5", "(1,)"), NULL, 0, 8,
     "'descr' is not a dtype descriptor: expected a type string like '<f8', found '5'"},
    {1, 0, HDR("None", "(1,)"), NULL, 0, 8, "'descr' is not a dtype descriptor"},
    /* fortran_order */
    {1, 0, "{'descr': '<i2', 'fortran_order': 1, 'shape': (2,), }", NULL, 0, 4,
     "'fortran_order' is not a bool: expected True or False, found '1'"},
    {1, 0, "{'descr': '<i2', 'fortran_order': 'False', 'shape': (2,), }", NULL, 0, 4,
     "'fortran_order' is not a bool"},
    /* shape */
    {1, 0, HDR("'<i2'", "[2]"), NULL, 0, 4,
     "'shape' is not valid: expected a tuple of integers like (2, 3), found '[2]'"},
    {1, 0, HDR("'<i2'", "2"), NULL, 0, 4, "'shape' is not valid"},
    {1, 0, HDR("'<i2'", "(2)"), NULL, 0, 4, "'shape' is not valid"},
    {1, 0, HDR("'<i2'", "(True,)"), NULL, 0, 4, "found '(True,)'"},
    {1, 0, HDR("'<i2'", "('2',)"), NULL, 0, 4, "'shape' is not valid"},
    {1, 0, HDR("'<i2'", "((2,),)"), NULL, 0, 4, "'shape' is not valid"},
    {1, 0, HDR("'<i2'", "(-2,)"), NULL, 0, 4,
     "'shape' '(-2,)' has the dimension -2: negative dimensions are not allowed"},
    {1, 0, HDR("'<i2'", "(3, -9223372036854775808)"), NULL, 0, 4,
     "has the dimension "
     "-9223372036854775808"},
    {1, 0, HDR("'<i2'", "(99999999999999999999,)"), NULL, 0, 0,
     "has a dimension that does not fit an int64 (expected at most 9223372036854775807)"},
    {1, 0, HDR("'<i2'", "(9223372036854775808,)"), NULL, 0, 0, "does not fit an int64"},
    {1, 0, HDR("'<i2'", "(-9223372036854775809,)"), NULL, 0, 0, "does not fit an int64"},
    {1, 0, HDR("'<i8'", "(4611686018427387904, 4)"), NULL, 0, 0,
     "of int64: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum "
     "possible size."},
    {1, 0, HDR("'<i8'", "(9223372036854775807, 0)"), NULL, 0, 0, "array is too big"},
    {1, 0,
     HDR("'<i2'", "(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, "
                  "1, 1, 1, 1, 1, 1, 1)"),
     NULL, 0, 2, "'shape' has 33 dimensions: maximum supported dimension for an ndarray is 32"},
    /* data */
    {1, 0, HDR("'<i2'", "(2,)"), NULL, 0, 3,
     "truncated data: shape (2,) of int16 needs 4 bytes, found 3"},
    {2, 0, HDR("'<c16'", "(2, 3)"), NULL, 0, 0,
     "truncated data: shape (2, 3) of complex128 needs 96 bytes, found 0"},
    {1, 0, HDR("'|b1'", "()"), NULL, 0, 0, "shape () of bool needs 1 bytes, found 0"},
};

Test(npy, read_should_reject_every_malformed_input_with_its_message) {
  static const unsigned char zeros[64];
  for (size_t i = 0; i < sizeof bads / sizeof bads[0]; i++) {
    const struct bad *b = &bads[i];
    size_t len;
    unsigned char *file;
    if (b->header != NULL) {
      file = make_npy(b->major, b->minor, b->header, zeros, b->payload_len, &len);
    } else {
      len = b->raw_len;
      file = malloc(len ? len : 1);
      cr_assert_not_null(file);
      memcpy(file, b->raw, len);
    }
    struct ndp_tensor t;
    memset(&t, 0xab, sizeof t);
    struct ndp_error err = {0};
    int64_t copied = -1;
    enum ndp_status st = ndp_npy_read(file, len, &t, &copied, &err);
    if (b->message == NULL) {
      cr_assert_eq(st, NDP_OK, "case %zu: %s", i, err.msg);
      ndp_tensor_release(&t);
    } else {
      cr_assert_eq(st, NDP_EINPUT, "case %zu (%s): status %d", i, b->message, (int)st);
      cr_assert_not_null(strstr(err.msg, b->message), "case %zu: expected \"%s\" in \"%s\"", i,
                         b->message, err.msg);
      cr_assert_eq(strncmp(err.msg, "npy: ", 5), 0, "%s", err.msg);
      cr_assert_null(t.buf, "case %zu", i);
      cr_assert_eq(copied, 0, "case %zu", i);
    }
    free(file);
  }
}

Test(npy, read_should_accept_a_null_error_and_copied_count) {
  size_t len;
  unsigned char *file = make_npy(1, 0, HDR("'<i2'", "(-2,)"), NULL, 0, &len);
  struct ndp_tensor t;
  cr_assert_eq(ndp_npy_read(file, len, &t, NULL, NULL), NDP_EINPUT);
  cr_assert_null(t.buf);
  free(file);
}

/* ---------------------------------------------------------------- robustness */

/* Every prefix must fail cleanly (except the whole file), and every byte
 * of the preamble and header flipped in several ways must give a clean
 * error or a clean success. The copies are exactly sized, so ASan and
 * Valgrind catch any read past len. */
static void sweep(const unsigned char *file, size_t len, const char *what) {
  size_t hl = file[6] == 1 ? (size_t)file[8] | (size_t)file[9] << 8
                           : (size_t)file[8] | (size_t)file[9] << 8 | (size_t)file[10] << 16 |
                                 (size_t)file[11] << 24;
  size_t head = (file[6] == 1 ? 10 : 12) + hl;
  cr_assert(head <= len);
  for (size_t n = 0; n <= len; n++) {
    unsigned char *cut = malloc(n ? n : 1);
    cr_assert_not_null(cut);
    memcpy(cut, file, n);
    struct ndp_tensor t;
    struct ndp_error err = {0};
    enum ndp_status st = ndp_npy_read(cut, n, &t, NULL, &err);
    if (n == len) {
      cr_assert_eq(st, NDP_OK, "%s: %s", what, err.msg);
      ndp_tensor_release(&t);
    } else {
      cr_assert_eq(st, NDP_EINPUT, "%s: prefix of %zu bytes: %d", what, n, (int)st);
      cr_assert(err.msg[0] != '\0');
      cr_assert_null(t.buf);
    }
    free(cut);
  }
  static const unsigned char masks[] = {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0xff};
  unsigned char *copy = malloc(len);
  cr_assert_not_null(copy);
  int ok = 0, bad = 0;
  for (size_t k = 0; k < head; k++) {
    for (size_t m = 0; m < sizeof masks; m++) {
      memcpy(copy, file, len);
      copy[k] ^= masks[m];
      struct ndp_tensor t;
      struct ndp_error err = {0};
      int64_t copied = -1;
      enum ndp_status st = ndp_npy_read(copy, len, &t, &copied, &err);
      if (st == NDP_OK) {
        cr_assert_not_null(t.buf);
        cr_assert(copied >= 0 && (size_t)copied <= len);
        ndp_tensor_release(&t);
        ok++;
      } else {
        cr_assert_eq(st, NDP_EINPUT, "%s: byte %zu ^ 0x%02x: status %d (%s)", what, k, masks[m],
                     (int)st, err.msg);
        cr_assert(err.msg[0] != '\0');
        cr_assert_null(t.buf);
        bad++;
      }
    }
  }
  /* Both outcomes occur: padding flips are harmless, syntax flips are not. */
  cr_assert(ok > 0 && bad > 0, "%s: %d ok, %d errors", what, ok, bad);
  free(copy);
}

Test(npy, read_should_fail_cleanly_on_every_truncation_and_header_flip) {
  int64_t shape[2] = {2, 3};
  struct ndp_tensor t;
  cr_assert_eq(ndp_tensor_empty(NDP_FLOAT64, 2, shape, 'F', &t, NULL), NDP_OK);
  fill_pattern(&t, 3);
  unsigned char *file;
  size_t len;
  cr_assert_eq(ndp_npy_write(&t, &file, &len, NULL), NDP_OK);
  sweep(file, len, "written (2, 3) float64 F");
  free(file);
  ndp_tensor_release(&t);
  static const char *const names[] = {"v3_f8_be_fortran_2x2.npy", "v2_i2_2x2.npy",
                                      "v1_c8_be_2.npy"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    unsigned char *f = load_fixture(names[i], &len);
    sweep(f, len, names[i]);
    free(f);
  }
}
