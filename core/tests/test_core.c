#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "ndparity/core.h"

Test(dtype, parse_should_accept_names_and_type_strings) {
  enum ndp_dtype dt;
  bool sw;
  cr_assert(ndp_dtype_parse("int16", &dt, &sw));
  cr_assert_eq(dt, NDP_INT16);
  cr_assert_not(sw);
  cr_assert(ndp_dtype_parse(">f8", &dt, &sw));
  cr_assert_eq(dt, NDP_FLOAT64);
  cr_assert(sw);
  cr_assert(ndp_dtype_parse("<c8", &dt, &sw));
  cr_assert_eq(dt, NDP_COMPLEX64);
  cr_assert_not(sw);
  cr_assert(ndp_dtype_parse("|u1", &dt, &sw));
  cr_assert_eq(dt, NDP_UINT8);
  cr_assert(ndp_dtype_parse("|b1", &dt, &sw));
  cr_assert_eq(dt, NDP_BOOL);
  cr_assert(ndp_dtype_parse("=i4", &dt, &sw));
  cr_assert_eq(dt, NDP_INT32);
  cr_assert_not(ndp_dtype_parse("int128", &dt, &sw));
  cr_assert_not(ndp_dtype_parse("<f3", &dt, &sw));
  cr_assert_not(ndp_dtype_parse("|i4", &dt, &sw));
}

struct half_case {
  double in;
  uint16_t bits;
};

/* Expected bits from numpy: np.float16(x).view(np.uint16) */
static const struct half_case half_cases[] = {
    {0.0, 0x0000},          {-0.0, 0x8000},         {1.0, 0x3c00},
    {65504.0, 0x7bff},      {65520.0, 0x7c00},      {65519.99, 0x7bff},
    {5.960464477539063e-08, 0x0001}, /* smallest subnormal */
    {2.98023223876953125e-08, 0x0000}, /* exactly half of it: ties to even (0) */
    {8.940696716308594e-08, 0x0002},   /* 1.5 ulp: tie to even (2) */
    {6.097555160522461e-05, 0x03ff},   /* largest subnormal */
    {6.103515625e-05, 0x0400},         /* smallest normal */
    {1.0009765625, 0x3c01},  {1.00048828125, 0x3c00}, /* tie to even */
    {1.00146484375, 0x3c02}, /* tie to even, upwards */
    {-3.400390625, 0xc2cd},  {1e300, 0x7c00},       {-1e300, 0xfc00},
};

Test(half, double_to_half_should_round_to_nearest_even) {
  for (size_t i = 0; i < sizeof half_cases / sizeof half_cases[0]; i++) {
    cr_expect_eq(ndp_double_to_half(half_cases[i].in), half_cases[i].bits, "case %zu: %a -> %04x",
                 i, half_cases[i].in, ndp_double_to_half(half_cases[i].in));
  }
  cr_expect_eq(ndp_double_to_half(nextafter(ldexp(1.0, -25), 1.0)), 0x0001); /* above the tie */
  cr_expect_eq(ndp_double_to_half(INFINITY), 0x7c00);
  cr_expect((ndp_double_to_half(NAN) & 0x7c00) == 0x7c00 && (ndp_double_to_half(NAN) & 0x3ff));
}

Test(half, half_to_double_should_round_trip_every_finite_value) {
  for (uint32_t h = 0; h < 0x10000u; h++) {
    uint16_t bits = (uint16_t)h;
    double d = ndp_half_to_double(bits);
    if ((bits & 0x7c00u) == 0x7c00u && (bits & 0x3ffu)) {
      cr_assert(isnan(d));
      continue;
    }
    cr_assert_eq(ndp_double_to_half(d), bits, "%04x", h);
    cr_assert_eq(ndp_float_to_half((float)d), bits, "%04x", h);
  }
  cr_assert_eq(ndp_half_to_double(0x0001), ldexp(1.0, -24));
  cr_assert_eq(ndp_half_to_double(0x7bff), 65504.0);
}

Test(tensor, empty_should_lay_out_c_and_f_strides) {
  int64_t shape[3] = {2, 3, 4};
  struct ndp_tensor t;
  cr_assert_eq(ndp_tensor_empty(NDP_INT32, 3, shape, 'C', &t, NULL), NDP_OK);
  cr_assert_eq(t.strides[0], 48);
  cr_assert_eq(t.strides[1], 16);
  cr_assert_eq(t.strides[2], 4);
  cr_assert(ndp_tensor_is_c_contiguous(&t));
  cr_assert_not(ndp_tensor_is_f_contiguous(&t));
  ndp_tensor_release(&t);
  cr_assert_eq(ndp_tensor_empty(NDP_INT32, 3, shape, 'F', &t, NULL), NDP_OK);
  cr_assert_eq(t.strides[0], 4);
  cr_assert_eq(t.strides[1], 8);
  cr_assert_eq(t.strides[2], 24);
  cr_assert(ndp_tensor_is_f_contiguous(&t));
  ndp_tensor_release(&t);
}

Test(tensor, shape_nbytes_should_reject_overflow) {
  int64_t shape[2] = {INT64_MAX / 2, 3};
  struct ndp_error err;
  cr_assert_eq(ndp_shape_nbytes(2, shape, 8, NULL, &err), NDP_ESTEP);
  cr_assert(strstr(err.msg, "too big") != NULL);
  /* As NumPy: the non-zero dimensions times the item size must fit even
   * when another dimension is 0 (np.empty((sys.maxsize, 0)) fails). */
  int64_t zero[2] = {INT64_MAX / 8, 0};
  size_t n = 1;
  cr_assert_eq(ndp_shape_nbytes(2, zero, 8, &n, NULL), NDP_OK);
  cr_assert_eq(n, 0);
  zero[0] = INT64_MAX;
  cr_assert_eq(ndp_shape_nbytes(2, zero, 8, &n, NULL), NDP_ESTEP);
}

Test(elem, load_should_read_swapped_values) {
  unsigned char be[4] = {0x00, 0x00, 0x01, 0x02}; /* 258 big-endian */
  struct ndp_elem e;
  ndp_elem_load(NDP_INT32, true, be, &e);
  cr_assert_eq(e.v.i, 258);
  unsigned char out[4];
  ndp_elem_store(NDP_INT32, true, out, &e);
  cr_assert_eq(memcmp(out, be, 4), 0);
  struct ndp_elem neg = {.dtype = NDP_INT8, .v.i = -2};
  unsigned char b;
  ndp_elem_store(NDP_INT8, false, &b, &neg);
  cr_assert_eq(b, 0xfe);
  ndp_elem_load(NDP_INT8, false, &b, &e);
  cr_assert_eq(e.v.i, -2);
}

Test(tensor, shares_memory_should_use_byte_extents) {
  int64_t shape[1] = {10};
  struct ndp_tensor a, v;
  cr_assert_eq(ndp_tensor_empty(NDP_FLOAT64, 1, shape, 'C', &a, NULL), NDP_OK);
  ndp_tensor_view(&a, &v);
  v.shape[0] = 5;
  v.offset = 40;
  cr_assert(ndp_tensor_shares_memory(&a, &v));
  v.shape[0] = 0;
  cr_assert_not(ndp_tensor_shares_memory(&a, &v));
  ndp_tensor_release(&v);
  ndp_tensor_release(&a);
}

Test(shape, str_should_match_numpy) {
  char buf[64];
  int64_t s[2] = {3, 4};
  cr_assert_str_eq(ndp_shape_str(2, s, buf, sizeof buf), "(3, 4)");
  cr_assert_str_eq(ndp_shape_str(1, s, buf, sizeof buf), "(3,)");
  cr_assert_str_eq(ndp_shape_str(0, s, buf, sizeof buf), "()");
}
