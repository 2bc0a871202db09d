#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/dlpack_bridge.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---------------------------------------------------------------- helpers */

/* A 1-d tensor of n elements whose bytes are a recognizable pattern. */
static void make_base(enum ndp_dtype dt, int64_t n, struct ndp_tensor *t) {
  cr_assert_eq(ndp_tensor_empty(dt, 1, &n, 'C', t, NULL), NDP_OK);
  for (size_t i = 0; i < t->buf->size; i++) {
    /* bool bytes stay 0/1 so that they are valid bools */
    t->buf->data[i] =
        dt == NDP_BOOL ? (unsigned char)(i % 3 == 1) : (unsigned char)((i * 37u + 11u) & 0xffu);
  }
}

/* Every element of a and b has the same bytes (same shape required). */
static void assert_same_elements(const struct ndp_tensor *a, const struct ndp_tensor *b,
                                 const char *what) {
  cr_assert_eq(a->ndim, b->ndim, "%s", what);
  for (int k = 0; k < a->ndim; k++) cr_assert_eq(a->shape[k], b->shape[k], "%s", what);
  if (ndp_tensor_size(a) == 0) return;
  int isz = ndp_dtype_size(a->dtype);
  int64_t index[NDP_MAXDIMS] = {0};
  do {
    cr_assert(memcmp(ndp_tensor_at(a, index), ndp_tensor_at(b, index), (size_t)isz) == 0,
              "%s: element differs", what);
  } while (ndp_index_next(a->ndim, a->shape, index));
}

/* A hand-built DLManagedTensor from "another producer": one malloc'd block
 * whose deleter counts its calls and frees the block, so that a use after
 * the deleter or a second call is an ASan/Valgrind error. */
struct fake {
  DLManagedTensor m;
  int *deleted;
  int64_t shape[40];
  int64_t strides[40];
  unsigned char data[256];
};

static void fake_deleter(DLManagedTensor *self) {
  struct fake *f = self->manager_ctx;
  (*f->deleted)++;
  free(f);
}

/* int16, shape (2, 3), NULL strides, data 0..5 (native order). */
static struct fake *fake_new(int *deleted) {
  struct fake *f = calloc(1, sizeof *f);
  cr_assert_not_null(f);
  f->deleted = deleted;
  for (int16_t i = 0; i < 6; i++) memcpy(f->data + 2 * i, &i, sizeof i);
  f->shape[0] = 2;
  f->shape[1] = 3;
  DLTensor *dl = &f->m.dl_tensor;
  dl->data = f->data;
  dl->device.device_type = kDLCPU;
  dl->device.device_id = 0;
  dl->ndim = 2;
  dl->dtype.code = kDLInt;
  dl->dtype.bits = 16;
  dl->dtype.lanes = 1;
  dl->shape = f->shape;
  dl->strides = NULL;
  dl->byte_offset = 0;
  f->m.manager_ctx = f;
  f->m.deleter = fake_deleter;
  return f;
}

static int64_t load_i(const struct ndp_tensor *t, int64_t i0, int64_t i1) {
  int64_t index[2] = {i0, i1};
  struct ndp_elem e;
  ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, index), &e);
  return e.v.i;
}

/* ---------------------------------------------------------------- round trips */

/* Layouts over a 1-d base of 24 elements; strides and offset in elements.
 * want_strides: the strides after export -> import, in elements: those of
 * the view, except that a C-contiguous or one-element view is exported
 * without strides (as NumPy does) and comes back compact row-major. */
static const struct layout_case {
  const char *name;
  int ndim;
  int64_t shape[3];
  int64_t strides[3];
  int64_t offset;
  int64_t want_strides[3];
} layouts[] = {
    {"C (3, 4)", 2, {3, 4}, {4, 1}, 0, {4, 1}},
    {"F (3, 4)", 2, {3, 4}, {1, 3}, 0, {1, 3}},
    {"negative strides [::-1, ::-1]", 2, {3, 4}, {-4, -1}, 11, {-4, -1}},
    {"negative inner stride [:, ::-2]", 2, {3, 2}, {4, -2}, 3, {4, -2}},
    {"offset view [1:, 1:3]", 2, {2, 2}, {4, 1}, 5, {4, 1}},
    {"offset C-contiguous rows [1:3]", 2, {2, 4}, {4, 1}, 4, {4, 1}},
    {"zero-size (0, 3)", 2, {0, 3}, {3, 1}, 0, {3, 1}},
    {"zero-size (3, 0, 2) with odd strides", 3, {3, 0, 2}, {7, 5, 3}, 2, {2, 2, 1}},
    {"0-d at offset 5", 0, {0}, {0}, 5, {0}},
    {"one element, non-contiguous strides", 2, {1, 1}, {9, 7}, 6, {1, 1}},
    {"broadcast (zero stride)", 2, {3, 4}, {0, 1}, 2, {0, 1}},
    {"3-d transposed", 3, {2, 3, 2}, {1, 2, 6}, 0, {1, 2, 6}},
};

static void make_view(const struct ndp_tensor *base, const struct layout_case *lc,
                      struct ndp_tensor *v) {
  int64_t isz = ndp_dtype_size(base->dtype);
  ndp_tensor_view(base, v);
  v->ndim = lc->ndim;
  for (int k = 0; k < lc->ndim; k++) {
    v->shape[k] = lc->shape[k];
    v->strides[k] = lc->strides[k] * isz;
  }
  v->offset = lc->offset * isz;
}

static void round_trip(enum ndp_dtype dt, enum ndp_dtype want_dt, unsigned flags,
                       const struct layout_case *lc) {
  char what[128];
  snprintf(what, sizeof what, "%s, %s", ndp_dtype_name(dt), lc->name);
  struct ndp_tensor base, v, back;
  make_base(dt, 24, &base);
  make_view(&base, lc, &v);
  ndp_tensor_release(&base);

  DLManagedTensor *m = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_dlpack_export_opts(&v, flags, &m, &err), NDP_OK, "%s: %s", what, err.msg);
  cr_assert_not_null(m);
  int64_t copied = -1;
  cr_assert_eq(ndp_dlpack_import(m, &back, &copied, &err), NDP_OK, "%s: %s", what, err.msg);

  cr_assert_eq(copied, 0, "%s", what);
  cr_assert_eq(back.dtype, want_dt, "%s: dtype %s", what, ndp_dtype_name(back.dtype));
  cr_assert_not(back.swapped, "%s", what);
  cr_assert_eq(back.buf, v.buf, "%s: not a view of the same buffer", what);
  cr_assert_eq(back.buf->refcount, 2, "%s: the export's reference leaked", what);
  int64_t isz = ndp_dtype_size(dt);
  for (int k = 0; k < lc->ndim; k++)
    cr_assert_eq(back.strides[k], lc->want_strides[k] * isz, "%s: strides[%d] = %lld", what, k,
                 (long long)back.strides[k]);
  /* Element (0, ..., 0) is where it was. */
  cr_assert_eq(back.offset, v.offset, "%s", what);
  assert_same_elements(&v, &back, what);
  if (ndp_tensor_size(&v) > 0) cr_assert(ndp_tensor_shares_memory(&v, &back), "%s", what);

  ndp_tensor_release(&back);
  cr_assert_eq(v.buf->refcount, 1, "%s", what);
  ndp_tensor_release(&v);
}

Test(dlpack, round_trip_should_be_a_zero_copy_view_for_every_dtype_and_layout) {
  for (int dt = NDP_INT8; dt < NDP_NDTYPES; dt++) {
    for (size_t i = 0; i < COUNT(layouts); i++)
      round_trip((enum ndp_dtype)dt, (enum ndp_dtype)dt, NDP_DLPACK_DEFAULT, &layouts[i]);
  }
}

Test(dlpack, round_trip_should_turn_bool_into_uint8_with_the_bool_as_uint8_flag) {
  for (size_t i = 0; i < COUNT(layouts); i++)
    round_trip(NDP_BOOL, NDP_UINT8, NDP_DLPACK_BOOL_AS_UINT8, &layouts[i]);
}

/* ---------------------------------------------------------------- export */

Test(dlpack, export_should_describe_the_tensor_in_dlpack_units) {
  static const struct {
    enum ndp_dtype dt;
    uint8_t code, bits;
  } want[] = {
      {NDP_INT8, kDLInt, 8},
      {NDP_UINT8, kDLUInt, 8},
      {NDP_INT16, kDLInt, 16},
      {NDP_UINT16, kDLUInt, 16},
      {NDP_INT32, kDLInt, 32},
      {NDP_UINT32, kDLUInt, 32},
      {NDP_INT64, kDLInt, 64},
      {NDP_UINT64, kDLUInt, 64},
      {NDP_FLOAT16, kDLFloat, 16},
      {NDP_FLOAT32, kDLFloat, 32},
      {NDP_FLOAT64, kDLFloat, 64},
      {NDP_COMPLEX64, kDLComplex, 64},
      {NDP_COMPLEX128, kDLComplex, 128},
  };
  for (size_t i = 0; i < COUNT(want); i++) {
    struct ndp_tensor base, v;
    make_base(want[i].dt, 24, &base);
    make_view(&base, &layouts[3], &v); /* [:, ::-2] of (3, 4): (3, 2), strides (4, -2), offset 3 */
    DLManagedTensor *m = NULL;
    cr_assert_eq(ndp_dlpack_export(&v, &m, NULL), NDP_OK);
    /* The source may go first: the export holds the buffer. */
    ndp_tensor_release(&v);
    ndp_tensor_release(&base);
    const DLTensor *dl = &m->dl_tensor;
    const char *name = ndp_dtype_name(want[i].dt);
    cr_assert_eq(dl->dtype.code, want[i].code, "%s", name);
    cr_assert_eq(dl->dtype.bits, want[i].bits, "%s", name);
    cr_assert_eq(dl->dtype.lanes, 1, "%s", name);
    cr_assert_eq(dl->device.device_type, kDLCPU, "%s", name);
    cr_assert_eq(dl->device.device_id, 0, "%s", name);
    cr_assert_eq(dl->ndim, 2, "%s", name);
    cr_assert_eq(dl->shape[0], 3, "%s", name);
    cr_assert_eq(dl->shape[1], 2, "%s", name);
    cr_assert_not_null(dl->strides, "%s", name);
    cr_assert_eq(dl->strides[0], 4, "%s: strides in elements", name);
    cr_assert_eq(dl->strides[1], -2, "%s", name);
    cr_assert_eq(dl->byte_offset, 3u * (unsigned)ndp_dtype_size(want[i].dt), "%s", name);
    cr_assert_not_null(dl->data, "%s", name);
    m->deleter(m);
  }
}

Test(dlpack, export_should_omit_strides_for_c_contiguous_tensors) {
  struct ndp_tensor t;
  int64_t shape[2] = {2, 3};
  cr_assert_eq(ndp_tensor_empty(NDP_FLOAT32, 2, shape, 'C', &t, NULL), NDP_OK);
  DLManagedTensor *m = NULL;
  cr_assert_eq(ndp_dlpack_export(&t, &m, NULL), NDP_OK);
  cr_assert_null(m->dl_tensor.strides);
  cr_assert_eq(m->dl_tensor.data, t.buf->data);
  cr_assert_eq(m->dl_tensor.byte_offset, 0);
  cr_assert_eq(t.buf->refcount, 2);
  m->deleter(m);
  cr_assert_eq(t.buf->refcount, 1);
  ndp_tensor_release(&t);

  /* 0-d: a shape pointer (DLPack consumers index it) and no strides. */
  cr_assert_eq(ndp_tensor_empty(NDP_FLOAT64, 0, NULL, 'C', &t, NULL), NDP_OK);
  cr_assert_eq(ndp_dlpack_export(&t, &m, NULL), NDP_OK);
  cr_assert_eq(m->dl_tensor.ndim, 0);
  cr_assert_not_null(m->dl_tensor.shape);
  cr_assert_null(m->dl_tensor.strides);
  m->deleter(m);
  ndp_tensor_release(&t);
}

static const struct refusal {
  const char *name;
  enum ndp_dtype dt;
  bool swapped;
  int64_t shape[2];
  int64_t strides[2]; /* bytes */
  const char *msg;
} refusals[] = {
    {"byte-swapped int32",
     NDP_INT32,
     true,
     {3, 4},
     {16, 4},
     "DLPack only supports native byte order."},
    {"byte-swapped complex128, F order",
     NDP_COMPLEX128,
     true,
     {3, 4},
     {16, 48},
     "DLPack only supports native byte order."},
    {"bool",
     NDP_BOOL,
     false,
     {3, 4},
     {4, 1},
     "DLPack only supports signed/unsigned integers, float and complex dtypes."},
    {"int32 byte stride 6",
     NDP_INT32,
     false,
     {3, 2},
     {16, 6},
     "DLPack only supports strides which are a multiple of itemsize."},
    {"float64 byte stride 12 on the length-3 axis",
     NDP_FLOAT64,
     false,
     {3, 1},
     {12, 8},
     "DLPack only supports strides which are a multiple of itemsize."},
    /* NumPy's order: strides first, then byte order. */
    {"byte-swapped int16 with byte stride 3",
     NDP_INT16,
     true,
     {2, 2},
     {8, 3},
     "DLPack only supports strides which are a multiple of itemsize."},
};

Test(dlpack, export_should_refuse_what_dlpack_cannot_describe_as_numpy_does) {
  for (size_t i = 0; i < COUNT(refusals); i++) {
    const struct refusal *r = &refusals[i];
    struct ndp_tensor base, v;
    make_base(r->dt, 96, &base);
    ndp_tensor_view(&base, &v);
    v.swapped = r->swapped;
    v.ndim = 2;
    for (int k = 0; k < 2; k++) {
      v.shape[k] = r->shape[k];
      v.strides[k] = r->strides[k];
    }
    DLManagedTensor *m = (DLManagedTensor *)&v; /* must be overwritten with NULL */
    struct ndp_error err = {0};
    cr_assert_eq(ndp_dlpack_export(&v, &m, &err), NDP_ESTEP, "%s", r->name);
    cr_assert_eq(err.cls, NDP_ERRC_UNSUPPORTED, "%s", r->name);
    cr_assert_str_eq(err.msg, r->msg, "%s", r->name);
    cr_assert_null(m, "%s", r->name);
    cr_assert_eq(base.buf->refcount, 2, "%s: a reference leaked", r->name);
    ndp_tensor_release(&v);
    ndp_tensor_release(&base);
  }
}

Test(dlpack, export_should_accept_odd_strides_on_one_element_and_swapped_bytes) {
  struct ndp_tensor base, v;
  make_base(NDP_INT32, 8, &base);
  ndp_tensor_view(&base, &v);
  v.ndim = 2;
  v.shape[0] = v.shape[1] = 1;
  v.strides[0] = 3;
  v.strides[1] = 5;
  v.offset = 4;
  DLManagedTensor *m = NULL;
  cr_assert_eq(ndp_dlpack_export(&v, &m, NULL), NDP_OK); /* as NumPy: no strides described */
  cr_assert_null(m->dl_tensor.strides);
  cr_assert_eq(m->dl_tensor.byte_offset, 4);
  m->deleter(m);
  ndp_tensor_release(&v);
  ndp_tensor_release(&base);

  /* As NumPy 1.24: a length-1 axis is not checked, its stride truncated:
   * np.from_dlpack of a (3, 1) float64 view with strides (16, -12) has
   * strides (16, -8). */
  make_base(NDP_FLOAT64, 8, &base);
  ndp_tensor_view(&base, &v);
  v.ndim = 2;
  v.shape[0] = 3;
  v.shape[1] = 1;
  v.strides[0] = 16;
  v.strides[1] = -12;
  cr_assert_eq(ndp_dlpack_export(&v, &m, NULL), NDP_OK);
  cr_assert_not_null(m->dl_tensor.strides);
  cr_assert_eq(m->dl_tensor.strides[0], 2);
  cr_assert_eq(m->dl_tensor.strides[1], -1);
  struct ndp_tensor back;
  cr_assert_eq(ndp_dlpack_import(m, &back, NULL, NULL), NDP_OK);
  cr_assert_eq(back.strides[0], 16);
  cr_assert_eq(back.strides[1], -8);
  assert_same_elements(&v, &back, "(3, 1) float64 strides (16, -12)");
  ndp_tensor_release(&back);
  ndp_tensor_release(&v);
  ndp_tensor_release(&base);

  /* One-byte elements have no byte order. */
  make_base(NDP_UINT8, 8, &base);
  ndp_tensor_view(&base, &v);
  v.swapped = true;
  cr_assert_eq(ndp_dlpack_export(&v, &m, NULL), NDP_OK);
  m->deleter(m);
  ndp_tensor_release(&v);
  ndp_tensor_release(&base);
}

Test(dlpack, export_should_reject_unknown_flags_and_released_tensors) {
  struct ndp_tensor t;
  make_base(NDP_INT8, 4, &t);
  DLManagedTensor *m = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_dlpack_export_opts(&t, 0x80u, &m, &err), NDP_EINTERNAL);
  cr_assert_str_eq(err.msg, "ndp_dlpack_export: unknown flags 0x80");
  cr_assert_null(m);
  ndp_tensor_release(&t);
  cr_assert_eq(ndp_dlpack_export(&t, &m, &err), NDP_EINTERNAL);
  cr_assert_str_eq(err.msg, "ndp_dlpack_export: the tensor is released");
  cr_assert_null(m);
}

/* ---------------------------------------------------------------- import */

Test(dlpack, import_should_read_null_strides_as_compact_row_major) {
  int deleted = 0;
  struct fake *f = fake_new(&deleted);
  struct ndp_tensor t;
  int64_t copied = -1;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_dlpack_import(&f->m, &t, &copied, &err), NDP_OK, "%s", err.msg);
  cr_assert_eq(copied, 0);
  cr_assert_eq(t.dtype, NDP_INT16);
  cr_assert_eq(t.ndim, 2);
  cr_assert_eq(t.shape[0], 2);
  cr_assert_eq(t.shape[1], 3);
  cr_assert_eq(t.strides[0], 6);
  cr_assert_eq(t.strides[1], 2);
  cr_assert_eq(t.buf->size, 12, "the buffer spans exactly the addressed bytes");
  cr_assert(ndp_tensor_is_c_contiguous(&t));
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++) cr_assert_eq(load_i(&t, i, j), 3 * i + j);
  /* Zero-copy: a write through the tensor is seen by the producer. */
  int64_t idx[2] = {1, 2};
  int16_t v = -7;
  memcpy(ndp_tensor_at(&t, idx), &v, sizeof v);
  cr_assert_eq(memcmp(f->data + 10, &v, sizeof v), 0);
  /* The deleter waits for the last reference. */
  struct ndp_tensor view;
  ndp_tensor_view(&t, &view);
  ndp_tensor_release(&t);
  cr_assert_eq(deleted, 0);
  ndp_tensor_release(&view);
  cr_assert_eq(deleted, 1);
}

Test(dlpack, import_should_span_negative_strides_and_byte_offset) {
  int deleted = 0;
  struct fake *f = fake_new(&deleted);
  /* int16 (2, 3) [::-1, ::-1] of data 0..5: element (0, 0) is 5. */
  f->strides[0] = -3;
  f->strides[1] = -1;
  f->m.dl_tensor.strides = f->strides;
  f->m.dl_tensor.byte_offset = 10;
  struct ndp_tensor t;
  cr_assert_eq(ndp_dlpack_import(&f->m, &t, NULL, NULL), NDP_OK);
  cr_assert_eq(t.strides[0], -6);
  cr_assert_eq(t.strides[1], -2);
  cr_assert_eq(t.buf->data, f->data, "the buffer starts at the lowest addressed byte");
  cr_assert_eq(t.buf->size, 12);
  cr_assert_eq(t.offset, 10);
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++) cr_assert_eq(load_i(&t, i, j), 5 - 3 * i - j);
  ndp_tensor_release(&t);
  cr_assert_eq(deleted, 1);

  /* NumPy's own exports keep data at element (0, 0) and byte_offset 0, with
   * negative strides addressing memory below data. */
  deleted = 0;
  f = fake_new(&deleted);
  f->strides[0] = 3;
  f->strides[1] = -1;
  f->m.dl_tensor.strides = f->strides;
  f->m.dl_tensor.data = f->data + 4; /* element 2 */
  f->shape[1] = 3;
  cr_assert_eq(ndp_dlpack_import(&f->m, &t, NULL, NULL), NDP_OK);
  cr_assert_eq(t.buf->data, f->data);
  cr_assert_eq(t.offset, 4);
  cr_assert_eq(t.buf->size, 12);
  cr_assert_eq(load_i(&t, 0, 0), 2);
  cr_assert_eq(load_i(&t, 1, 2), 3);
  ndp_tensor_release(&t);
  cr_assert_eq(deleted, 1);
}

Test(dlpack, import_should_accept_a_null_deleter_and_null_data_when_empty) {
  static unsigned char storage[12];
  DLManagedTensor m;
  memset(&m, 0, sizeof m);
  int64_t shape[2] = {2, 3};
  m.dl_tensor.data = storage;
  m.dl_tensor.device.device_type = kDLCPU;
  m.dl_tensor.ndim = 2;
  m.dl_tensor.dtype.code = kDLUInt;
  m.dl_tensor.dtype.bits = 16;
  m.dl_tensor.dtype.lanes = 1;
  m.dl_tensor.shape = shape;
  m.deleter = NULL;
  struct ndp_tensor t;
  cr_assert_eq(ndp_dlpack_import(&m, &t, NULL, NULL), NDP_OK);
  cr_assert_eq(t.dtype, NDP_UINT16);
  cr_assert_eq(t.buf->data, storage);
  ndp_tensor_release(&t); /* must neither free storage nor call anything */

  int deleted = 0;
  struct fake *f = fake_new(&deleted);
  f->shape[0] = 0;
  f->m.dl_tensor.data = NULL;
  int64_t copied = -1;
  cr_assert_eq(ndp_dlpack_import(&f->m, &t, &copied, NULL), NDP_OK);
  cr_assert_eq(deleted, 1, "nothing to alias: the deleter is called at once");
  cr_assert_eq(copied, 0);
  cr_assert_eq(t.shape[0], 0);
  cr_assert_eq(t.shape[1], 3);
  cr_assert_eq(ndp_tensor_size(&t), 0);
  ndp_tensor_release(&t);
}

Test(dlpack, import_should_wrap_a_reexported_foreign_tensor_once) {
  int deleted = 0;
  struct fake *f = fake_new(&deleted);
  struct ndp_tensor t, back;
  cr_assert_eq(ndp_dlpack_import(&f->m, &t, NULL, NULL), NDP_OK);
  DLManagedTensor *m = NULL;
  cr_assert_eq(ndp_dlpack_export(&t, &m, NULL), NDP_OK);
  cr_assert_eq(ndp_dlpack_import(m, &back, NULL, NULL), NDP_OK);
  cr_assert_eq(back.buf, t.buf);
  ndp_tensor_release(&t);
  cr_assert_eq(deleted, 0);
  cr_assert_eq(load_i(&back, 1, 1), 4);
  ndp_tensor_release(&back);
  cr_assert_eq(deleted, 1);
}

Test(dlpack, import_should_not_alias_an_own_export_whose_layout_left_the_buffer) {
  struct ndp_tensor base, back;
  make_base(NDP_INT32, 4, &base);
  DLManagedTensor *m = NULL;
  cr_assert_eq(ndp_dlpack_export(&base, &m, NULL), NDP_OK);
  m->dl_tensor.shape[0] = 5; /* one element past the buffer: never read here */
  cr_assert_eq(ndp_dlpack_import(m, &back, NULL, NULL), NDP_OK);
  cr_assert_neq(back.buf, base.buf);
  cr_assert_eq(back.buf->size, 20);
  cr_assert_eq(base.buf->refcount, 2, "the wrapper holds the export until released");
  ndp_tensor_release(&back);
  cr_assert_eq(base.buf->refcount, 1);
  ndp_tensor_release(&base);
}

/* Malformed or unsupported tensors: each mutates a valid fake. */
struct bad_case {
  const char *name;
  void (*mutate)(struct fake *f);
  enum ndp_status status;
  enum ndp_errclass cls;
  const char *msg;
};

static void null_data(struct fake *f) {
  f->m.dl_tensor.data = NULL;
}
static void ndim_33(struct fake *f) {
  f->m.dl_tensor.ndim = 33;
  for (int k = 0; k < 33; k++) f->shape[k] = 1;
}
static void ndim_negative(struct fake *f) {
  f->m.dl_tensor.ndim = -1;
}
static void negative_shape(struct fake *f) {
  f->shape[1] = -3;
}
static void overflow_shape(struct fake *f) {
  f->shape[0] = INT64_C(1) << 62;
  f->shape[1] = 4;
}
static void odd_bits(struct fake *f) {
  f->m.dl_tensor.dtype.bits = 12;
}
static void complex32(struct fake *f) {
  f->m.dl_tensor.dtype.code = kDLComplex;
  f->m.dl_tensor.dtype.bits = 32;
}
static void float8(struct fake *f) {
  f->m.dl_tensor.dtype.code = kDLFloat;
  f->m.dl_tensor.dtype.bits = 8;
}
static void lanes_4(struct fake *f) {
  f->m.dl_tensor.dtype.lanes = 4;
}
static void lanes_0(struct fake *f) {
  f->m.dl_tensor.dtype.lanes = 0;
}
static void device_cuda(struct fake *f) {
  f->m.dl_tensor.device.device_type = kDLCUDA;
  f->m.dl_tensor.device.device_id = 1;
}
static void device_cuda_host(struct fake *f) {
  f->m.dl_tensor.device.device_type = kDLCUDAHost;
}
static void unknown_code(struct fake *f) {
  f->m.dl_tensor.dtype.code = 9;
}
static void bfloat16(struct fake *f) {
  f->m.dl_tensor.dtype.code = kDLBfloat;
}
static void opaque(struct fake *f) {
  f->m.dl_tensor.dtype.code = kDLOpaqueHandle;
  f->m.dl_tensor.dtype.bits = 64;
}
static void dlpack08_bool(struct fake *f) {
  f->m.dl_tensor.dtype.code = 6;
  f->m.dl_tensor.dtype.bits = 8;
}
static void null_shape(struct fake *f) {
  f->m.dl_tensor.shape = NULL;
}
static void huge_byte_offset(struct fake *f) {
  f->m.dl_tensor.byte_offset = UINT64_C(1) << 63;
}
static void stride_overflow(struct fake *f) {
  f->strides[0] = INT64_C(1) << 62;
  f->strides[1] = 1;
  f->m.dl_tensor.strides = f->strides;
}
static void extent_overflow(struct fake *f) {
  f->m.dl_tensor.dtype.code = kDLInt;
  f->m.dl_tensor.dtype.bits = 8;
  f->shape[0] = 3;
  f->strides[0] = INT64_C(1) << 62; /* fits as bytes; 2 * it does not */
  f->strides[1] = 1;
  f->m.dl_tensor.strides = f->strides;
}
static void offset_extent_overflow(struct fake *f) {
  f->m.dl_tensor.byte_offset = (uint64_t)INT64_MAX - 4; /* + 12 bytes overflows */
}
static void negative_extent_overflow(struct fake *f) {
  f->m.dl_tensor.dtype.code = kDLInt;
  f->m.dl_tensor.dtype.bits = 8;
  f->shape[0] = 3;
  f->strides[0] = -(INT64_C(1) << 62);
  f->strides[1] = 1;
  f->m.dl_tensor.strides = f->strides;
}

/* 2^60 int8 elements with stride -1 from a heap pointer: every int64 check
 * passes, but data - 2^60 is below address 0 (libFuzzer find). */
static void wraps_address_space(struct fake *f) {
  f->m.dl_tensor.ndim = 1;
  f->m.dl_tensor.dtype.code = kDLInt;
  f->m.dl_tensor.dtype.bits = 8;
  f->shape[0] = INT64_C(1) << 60;
  f->strides[0] = -1;
  f->m.dl_tensor.strides = f->strides;
}

static const struct bad_case bad_cases[] = {
    {"null data with 6 elements", null_data, NDP_EINPUT, NDP_ERRC_NONE,
     "DLTensor data is NULL but shape (2, 3) has 6 elements"},
    {"ndim 33", ndim_33, NDP_ESTEP, NDP_ERRC_UNSUPPORTED,
     "maxdims of DLPack tensor is higher than the supported maxdims: ndim 33, at most 32"},
    {"ndim -1", ndim_negative, NDP_EINPUT, NDP_ERRC_NONE, "DLTensor has ndim -1; expected 0 to 32"},
    {"negative shape", negative_shape, NDP_EINPUT, NDP_ERRC_NONE,
     "negative dimensions are not allowed: DLTensor shape (2, -3)"},
    {"overflow shape", overflow_shape, NDP_ESTEP, NDP_ERRC_VALUE, "array is too big"},
    {"odd bits", odd_bits, NDP_ESTEP, NDP_ERRC_UNSUPPORTED,
     "Unsupported dtype in DLTensor: kDLInt (code 0) with 12 bits; kDLInt supports 8, 16, 32, 64 "
     "bits"},
    {"complex32", complex32, NDP_ESTEP, NDP_ERRC_UNSUPPORTED,
     "Unsupported dtype in DLTensor: kDLComplex (code 5) with 32 bits; kDLComplex supports 64, "
     "128 bits"},
    {"float8", float8, NDP_ESTEP, NDP_ERRC_UNSUPPORTED,
     "Unsupported dtype in DLTensor: kDLFloat (code 2) with 8 bits; kDLFloat supports 16, 32, 64 "
     "bits"},
    {"lanes 4", lanes_4, NDP_ESTEP, NDP_ERRC_UNSUPPORTED,
     "Unsupported lanes in DLTensor dtype: 4 (only 1 is supported)"},
    {"lanes 0", lanes_0, NDP_ESTEP, NDP_ERRC_UNSUPPORTED,
     "Unsupported lanes in DLTensor dtype: 0 (only 1 is supported)"},
    {"device CUDA", device_cuda, NDP_ESTEP, NDP_ERRC_UNSUPPORTED,
     "Unsupported device in DLTensor: kDLCUDA (device_type 2, device_id 1); only kDLCPU is "
     "supported"},
    {"device CUDA host", device_cuda_host, NDP_ESTEP, NDP_ERRC_UNSUPPORTED,
     "Unsupported device in DLTensor: kDLCUDAHost (device_type 3, device_id 0); only kDLCPU is "
     "supported"},
    {"unknown code", unknown_code, NDP_EINPUT, NDP_ERRC_NONE,
     "Unknown dtype code 9 in DLTensor (DLPack 0.6 defines 0 to 5)"},
    {"bfloat16", bfloat16, NDP_ESTEP, NDP_ERRC_UNSUPPORTED,
     "Unsupported dtype in DLTensor: kDLBfloat (code 4) with 16 bits; ndparity has no such dtype"},
    {"opaque handle", opaque, NDP_ESTEP, NDP_ERRC_UNSUPPORTED,
     "Unsupported dtype in DLTensor: kDLOpaqueHandle (code 3) with 64 bits; ndparity has no such "
     "dtype"},
    {"DLPack 0.8 kDLBool", dlpack08_bool, NDP_ESTEP, NDP_ERRC_UNSUPPORTED,
     "Unsupported dtype in DLTensor: kDLBool (code 6) with 8 bits; ndparity has no such dtype"},
    {"null shape", null_shape, NDP_EINPUT, NDP_ERRC_NONE, "DLTensor shape is NULL with ndim 2"},
    {"byte_offset 2**63", huge_byte_offset, NDP_EINPUT, NDP_ERRC_NONE,
     "DLTensor byte_offset 9223372036854775808 does not fit in int64"},
    {"stride overflow", stride_overflow, NDP_EINPUT, NDP_ERRC_NONE,
     "DLTensor strides[0] = 4611686018427387904 elements overflows int64 as bytes (itemsize 2)"},
    {"extent overflow", extent_overflow, NDP_EINPUT, NDP_ERRC_NONE,
     "the bytes addressed by DLTensor shape (3, 3) with byte_offset 0 and its strides overflow "
     "int64"},
    {"negative extent overflow", negative_extent_overflow, NDP_EINPUT, NDP_ERRC_NONE,
     "the bytes addressed by DLTensor shape (3, 3) with byte_offset 0 and its strides overflow "
     "int64"},
    {"extent below address 0", wraps_address_space, NDP_EINPUT, NDP_ERRC_NONE,
     "the bytes addressed by DLTensor shape (1152921504606846976,) with byte_offset 0 and its "
     "strides lie outside the address space (from data -1152921504606846975 to +1 bytes)"},
    {"byte_offset + extent overflow", offset_extent_overflow, NDP_EINPUT, NDP_ERRC_NONE,
     "the bytes addressed by DLTensor shape (2, 3) with byte_offset 9223372036854775803 and its "
     "strides overflow int64"},
};

Test(dlpack, import_should_refuse_each_malformed_field_and_call_the_deleter_once) {
  for (size_t i = 0; i < COUNT(bad_cases); i++) {
    const struct bad_case *bc = &bad_cases[i];
    int deleted = 0;
    struct fake *f = fake_new(&deleted);
    bc->mutate(f);
    struct ndp_tensor t;
    memset(&t, 0xab, sizeof t);
    struct ndp_error err = {0};
    int64_t copied = -1;
    enum ndp_status st = ndp_dlpack_import(&f->m, &t, &copied, &err);
    cr_assert_eq(st, bc->status, "%s: status %d (%s)", bc->name, (int)st, err.msg);
    cr_assert_eq(err.cls, bc->cls, "%s: class %s", bc->name, ndp_errclass_name(err.cls));
    if (bc->cls == NDP_ERRC_VALUE)
      cr_assert_not_null(strstr(err.msg, bc->msg), "%s: %s", bc->name, err.msg);
    else
      cr_assert_str_eq(err.msg, bc->msg, "%s", bc->name);
    cr_assert_eq(deleted, 1, "%s: deleter called %d times", bc->name, deleted);
    cr_assert_null(t.buf, "%s: out must be a released tensor", bc->name);
    cr_assert_eq(copied, 0, "%s", bc->name);
  }
}

Test(dlpack, import_should_refuse_a_null_managed_tensor) {
  struct ndp_tensor t;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_dlpack_import(NULL, &t, NULL, &err), NDP_EINPUT);
  cr_assert_str_eq(err.msg, "DLPack import: the managed tensor is NULL");
  cr_assert_null(t.buf);
}

Test(dlpack, import_should_accept_huge_dimensions_of_a_zero_size_tensor) {
  /* NumPy: np.empty((0, 2**62)) is valid; only non-zero dimensions count. */
  int deleted = 0;
  struct fake *f = fake_new(&deleted);
  f->shape[0] = 0;
  f->shape[1] = INT64_C(1) << 61;
  struct ndp_tensor t;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_dlpack_import(&f->m, &t, NULL, &err), NDP_OK, "%s", err.msg);
  cr_assert_eq(deleted, 1);
  cr_assert_eq(t.strides[1], 2);
  cr_assert_eq(t.strides[0], INT64_C(1) << 62);
  ndp_tensor_release(&t);
}
