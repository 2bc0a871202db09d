/* Tests of the case-format v1 parser (harness/src/case_parse.c, case_ops.c). */
#include <criterion/criterion.h>
#include <dirent.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ndparity/case.h"

/* ---------------------------------------------------------------- helpers */

/* Test JSON is written with ' for " to stay readable. */
static char *dq(const char *text) {
  char *s = strdup(text);
  cr_assert_not_null(s);
  for (char *p = s; *p; p++)
    if (*p == '\'') *p = '"';
  return s;
}

/* The *_at helpers start their failure messages with where, which names
 * the table row being checked. */
static json_t *load_at(const char *where, const char *text) {
  char *s = dq(text);
  json_error_t jerr;
  json_t *j = json_loads(s, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &jerr);
  cr_assert_not_null(j, "%s: bad test JSON: %s (%s)", where, jerr.text, s);
  free(s);
  return j;
}

static json_t *load(const char *text) {
  return load_at("test", text);
}

static struct ndp_case *parse_ok_at(const char *where, const char *text) {
  json_t *j = load_at(where, text);
  struct ndp_error err = {0};
  struct ndp_case *c = NULL;
  enum ndp_status st = ndp_case_parse(j, "t.json", 1, &c, &err);
  json_decref(j); /* the case keeps its own reference */
  cr_assert_eq(st, NDP_OK, "%s: parse failed: %s", where, err.msg);
  cr_assert_not_null(c, "%s: no case", where);
  return c;
}

static struct ndp_case *parse_ok(const char *text) {
  return parse_ok_at("t.json", text);
}

static void parse_fails_at(const char *where, const char *text, const char *want) {
  json_t *j = load_at(where, text);
  struct ndp_error err = {0};
  struct ndp_case *c = (struct ndp_case *)1;
  enum ndp_status st = ndp_case_parse(j, "t.json", 1, &c, &err);
  json_decref(j);
  cr_assert_eq(st, NDP_EINPUT, "%s: expected an input error containing '%s', got status %d (%s)",
               where, want, (int)st, err.msg);
  cr_assert_null(c, "%s: a failed parse must leave no case", where);
  char *w = dq(want);
  cr_assert(strstr(err.msg, w) != NULL, "%s: message '%s' lacks '%s'", where, err.msg, w);
  free(w);
}

static void parse_fails(const char *text, const char *want) {
  parse_fails_at("t.json", text, want);
}

/* A case with one input "a" given by its JSON and one step. */
#define CASE1(input, step)                                                                         \
  "{'ndparity': 1, 'name': 't', 'inputs': {'a': " input "}, 'steps': [" step "]}"

static struct ndp_elem elem_at(const struct ndp_tensor *t, int64_t k) {
  /* element k in C logical order */
  int64_t idx[NDP_MAXDIMS] = {0};
  for (int d = t->ndim - 1; d >= 0; d--) {
    idx[d] = k % t->shape[d];
    k /= t->shape[d];
  }
  struct ndp_elem e;
  ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
  return e;
}

static const struct ndp_tensor *input0(const struct ndp_case *c) {
  return &c->inputs[0].tensor;
}

/* ---------------------------------------------------------------- ops */

Test(case_ops, should_round_trip_every_op_name) {
  for (int k = 0; k < NDP_OP_COUNT; k++) {
    enum ndp_op op;
    const char *name = ndp_op_name((enum ndp_op)k);
    cr_assert_neq(strcmp(name, "?"), 0, "op %d has no name", k);
    cr_assert(ndp_op_parse(name, &op), "%s", name);
    cr_assert_eq((int)op, k);
  }
  enum ndp_op op;
  cr_assert_not(ndp_op_parse("addd", &op));
  cr_assert_str_eq(ndp_op_name(NDP_OP_COUNT), "?");
}

Test(case_ops, should_classify_ops) {
  cr_assert_eq(ndp_op_class(NDP_OP_RESHAPE), NDP_OPC_SHAPE);
  cr_assert_eq(ndp_op_class(NDP_OP_STACK), NDP_OPC_SHAPE);
  cr_assert_eq(ndp_op_class(NDP_OP_ADD), NDP_OPC_BINARY);
  cr_assert_eq(ndp_op_class(NDP_OP_RIGHT_SHIFT), NDP_OPC_BINARY);
  cr_assert_eq(ndp_op_class(NDP_OP_NEGATIVE), NDP_OPC_UNARY);
  cr_assert_eq(ndp_op_class(NDP_OP_ISFINITE), NDP_OPC_UNARY);
  cr_assert_eq(ndp_op_class(NDP_OP_SUM), NDP_OPC_REDUCE);
  cr_assert_eq(ndp_op_class(NDP_OP_ALL), NDP_OPC_REDUCE);
  cr_assert_eq(ndp_op_class(NDP_OP_FROM_TENSOR_SLICES), NDP_OPC_DATASET);
  cr_assert_eq(ndp_op_class(NDP_OP_COLLECT), NDP_OPC_DATASET);
  cr_assert_eq(ndp_op_class(NDP_OP_TO_NUMPY), NDP_OPC_CROSSING);
  cr_assert_eq(ndp_op_class(NDP_OP_NPY_ROUNDTRIP), NDP_OPC_CROSSING);
}

Test(case_ops, should_round_trip_casting_names) {
  const char *names[] = {"no", "equiv", "safe", "same_kind", "unsafe"};
  for (int k = 0; k < 5; k++) {
    enum ndp_casting c;
    cr_assert(ndp_casting_parse(names[k], &c));
    cr_assert_eq((int)c, k);
    cr_assert_str_eq(ndp_casting_name(c), names[k]);
  }
  enum ndp_casting c;
  cr_assert_not(ndp_casting_parse("sometimes", &c));
}

/* ---------------------------------------------------------------- values */

struct value_case {
  enum ndp_dtype dt;
  const char *json; /* with ' for " */
  double re, im;    /* expected float / complex value */
  int64_t i;        /* expected signed value */
  uint64_t u;       /* expected unsigned value */
  bool b;
  bool neg_zero; /* expect -0.0 */
};

static const struct value_case value_cases[] = {
    {.dt = NDP_INT8, .json = "127", .i = 127},
    {.dt = NDP_INT8, .json = "-128", .i = -128},
    {.dt = NDP_INT8, .json = "'-5'", .i = -5},
    {.dt = NDP_INT16, .json = "'+7'", .i = 7},
    {.dt = NDP_INT64, .json = "-9223372036854775808", .i = INT64_MIN},
    {.dt = NDP_INT64, .json = "'-9223372036854775808'", .i = INT64_MIN},
    {.dt = NDP_INT64, .json = "'9223372036854775807'", .i = INT64_MAX},
    {.dt = NDP_UINT8, .json = "255", .u = 255},
    {.dt = NDP_UINT8, .json = "'-0'", .u = 0},
    {.dt = NDP_UINT32, .json = "4294967295", .u = 4294967295u},
    {.dt = NDP_UINT64, .json = "'18446744073709551615'", .u = UINT64_MAX},
    {.dt = NDP_BOOL, .json = "true", .b = true},
    {.dt = NDP_BOOL, .json = "false", .b = false},
    {.dt = NDP_FLOAT64, .json = "2.5", .re = 2.5},
    {.dt = NDP_FLOAT64, .json = "3", .re = 3.0},
    {.dt = NDP_FLOAT64, .json = "'1e-3'", .re = 1e-3},
    {.dt = NDP_FLOAT64, .json = "'.5'", .re = 0.5},
    {.dt = NDP_FLOAT64, .json = "'-0.0'", .re = 0.0, .neg_zero = true},
    {.dt = NDP_FLOAT64, .json = "'0x1.8p+1'", .re = 3.0},
    {.dt = NDP_FLOAT64, .json = "'0x1p-1074'", .re = 0x1p-1074},
    {.dt = NDP_FLOAT64, .json = "'inf'", .re = INFINITY},
    {.dt = NDP_FLOAT64, .json = "'-inf'", .re = -INFINITY},
    {.dt = NDP_FLOAT64, .json = "'nan'", .re = NAN},
    {.dt = NDP_FLOAT32, .json = "0.1", .re = (double)0.1f},
    {.dt = NDP_FLOAT32, .json = "'-0.0'", .re = 0.0, .neg_zero = true},
    /* above FLT_MAX but below the rounding midpoint to 2^128 */
    {.dt = NDP_FLOAT32, .json = "'0x1.fffffe8p+127'", .re = FLT_MAX},
    {.dt = NDP_FLOAT16, .json = "0.1", .re = 0.0999755859375},
    {.dt = NDP_FLOAT16, .json = "65504", .re = 65504.0},
    {.dt = NDP_FLOAT16, .json = "'nan'", .re = NAN},
    {.dt = NDP_COMPLEX64, .json = "[1.5, '-inf']", .re = 1.5, .im = -INFINITY},
    {.dt = NDP_COMPLEX64, .json = "[0.1, 2]", .re = (double)0.1f, .im = 2.0},
    {.dt = NDP_COMPLEX128, .json = "['nan', '0x1p-1074']", .re = NAN, .im = 0x1p-1074},
};

static bool same_double(double a, double b) {
  if (isnan(a) || isnan(b)) return isnan(a) && isnan(b);
  return a == b && signbit(a) == signbit(b);
}

static void check_value_case(const struct value_case *vc, size_t index) {
  char where[128];
  snprintf(where, sizeof where, "value_cases[%zu] (%s as %s)", index, vc->json,
           ndp_dtype_name(vc->dt));
  json_t *j = load_at(where, vc->json);
  struct ndp_elem e;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_value_parse(j, vc->dt, &e, &err), NDP_OK, "%s: %s", where, err.msg);
  json_decref(j);
  cr_assert_eq(e.dtype, vc->dt, "%s: dtype %s", where, ndp_dtype_name(e.dtype));
  switch (ndp_dtype_kind(vc->dt)) {
  case NDP_KIND_BOOL:
    cr_assert_eq(e.v.b, vc->b, "%s: got %d want %d", where, (int)e.v.b, (int)vc->b);
    break;
  case NDP_KIND_INT:
    cr_assert_eq(e.v.i, vc->i, "%s: got %lld want %lld", where, (long long)e.v.i, (long long)vc->i);
    break;
  case NDP_KIND_UINT:
    cr_assert_eq(e.v.u, vc->u, "%s: got %llu want %llu", where, (unsigned long long)e.v.u,
                 (unsigned long long)vc->u);
    break;
  case NDP_KIND_FLOAT: {
    double want = vc->neg_zero ? -0.0 : vc->re;
    cr_assert(same_double(e.v.f, want), "%s: got %a want %a", where, e.v.f, want);
  } break;
  case NDP_KIND_COMPLEX:
    cr_assert(same_double(e.v.c.re, vc->re), "%s: re %a", where, e.v.c.re);
    cr_assert(same_double(e.v.c.im, vc->im), "%s: im %a", where, e.v.c.im);
    break;
  }
}

/* Whole tables are single tests: Criterion runs each test in its own
 * process, which Valgrind makes slow. */
Test(value_parse, should_accept_every_notation) {
  for (size_t i = 0; i < sizeof value_cases / sizeof value_cases[0]; i++)
    check_value_case(&value_cases[i], i);
}

struct value_error {
  enum ndp_dtype dt;
  const char *json;
  const char *msg;
};

static const struct value_error value_errors[] = {
    {NDP_INT8, "300", "300 is out of range for int8"},
    {NDP_INT8, "-129", "-129 is out of range for int8"},
    {NDP_UINT8, "-1", "-1 is out of range for uint8"},
    {NDP_UINT64, "'18446744073709551616'", "18446744073709551616 is out of range for uint64"},
    {NDP_UINT64, "'-1'", "-1 is out of range for uint64"},
    {NDP_INT64, "'9223372036854775808'", "9223372036854775808 is out of range for int64"},
    {NDP_INT64, "'99999999999999999999999'", "99999999999999999999999 is out of range for int64"},
    {NDP_INT32, "2.5", "expected an integer for int32, got 2.5"},
    {NDP_INT32, "true", "expected an integer for int32, got true"},
    {NDP_INT16, "'12a'", "expected an integer, got \"12a\""},
    {NDP_INT16, "' 12'", "expected an integer, got \" 12\""},
    {NDP_INT16, "'-'", "expected an integer"},
    {NDP_BOOL, "1", "expected true or false for bool, got 1"},
    {NDP_BOOL, "'true'", "expected true or false for bool"},
    {NDP_FLOAT16, "70000", "70000 is out of range for float16"},
    {NDP_FLOAT16, "'-65520'", "-65520 is out of range for float16"},
    {NDP_FLOAT32, "1e39", "is out of range for float32"},
    {NDP_FLOAT32, "'0x1.ffffffp+127'", "0x1.ffffffp+127 is out of range for float32"},
    {NDP_FLOAT64, "'1e999'", "1e999 is out of range for float64"},
    {NDP_FLOAT64, "'abc'", "\"abc\" is not a float"},
    {NDP_FLOAT64, "' 1.5'", "is not a float"},
    {NDP_FLOAT64, "'1.5 '", "is not a float"},
    {NDP_FLOAT64, "'infinity'", "is not a float"},
    {NDP_FLOAT64, "'NaN'", "is not a float"},
    {NDP_FLOAT64, "'0x'", "is not a float"},
    {NDP_FLOAT64, "true", "expected a float, got true"},
    {NDP_FLOAT64, "null", "expected a float, got null"},
    {NDP_FLOAT64, "[1, 2]", "expected a float, got a list"},
    {NDP_COMPLEX64, "1.5", "expected [re, im] for complex64, got 1.5"},
    {NDP_COMPLEX64, "[1, 2, 3]", "expected [re, im] for complex64, got a list"},
    {NDP_COMPLEX64, "[1, 1e39]", "[1]: 1e+39 is out of range for float32"},
    {NDP_COMPLEX128, "[1, 'x']", "[1]: \"x\" is not a float"},
};

static void check_value_error(const struct value_error *ve, size_t index) {
  char where[128];
  snprintf(where, sizeof where, "value_errors[%zu] (%s as %s)", index, ve->json,
           ndp_dtype_name(ve->dt));
  json_t *j = load_at(where, ve->json);
  struct ndp_elem e;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_value_parse(j, ve->dt, &e, &err), NDP_EINPUT, "%s: was accepted", where);
  json_decref(j);
  char *want = dq(ve->msg);
  cr_assert(strstr(err.msg, want) != NULL, "%s: message '%s' lacks '%s'", where, err.msg, want);
  free(want);
}

Test(value_parse, should_reject_bad_values) {
  for (size_t i = 0; i < sizeof value_errors / sizeof value_errors[0]; i++)
    check_value_error(&value_errors[i], i);
}

Test(values_to_tensor, should_build_a_c_order_native_tensor) {
  json_t *j = load("[[1, 2], [3, -4], ['nan', '-0.0']]");
  int64_t shape[] = {3};
  struct ndp_tensor t;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_values_to_tensor(j, NDP_COMPLEX128, 1, shape, &t, &err), NDP_OK, "%s", err.msg);
  json_decref(j);
  cr_assert_not(t.swapped);
  cr_assert_eq(t.strides[0], 16);
  double raw[6];
  memcpy(raw, t.buf->data + t.offset, sizeof raw);
  cr_assert(raw[0] == 1 && raw[1] == 2 && raw[2] == 3 && raw[3] == -4);
  cr_assert(isnan(raw[4]) && raw[5] == 0 && signbit(raw[5]));
  ndp_tensor_release(&t);
}

Test(values_to_tensor, should_report_count_and_bad_element) {
  int64_t shape[] = {2, 2};
  struct ndp_tensor t;
  struct ndp_error err = {0};
  json_t *j = load("[1, 2, 3]");
  cr_assert_eq(ndp_values_to_tensor(j, NDP_INT8, 2, shape, &t, &err), NDP_EINPUT);
  cr_assert_str_eq(err.msg, "3 values given for shape (2, 2) (4 elements)");
  json_decref(j);
  j = load("[1, 2, 300, 4]");
  cr_assert_eq(ndp_values_to_tensor(j, NDP_INT8, 2, shape, &t, &err), NDP_EINPUT);
  cr_assert_str_eq(err.msg, "[2]: 300 is out of range for int8");
  json_decref(j);
  j = load("{}");
  cr_assert_eq(ndp_values_to_tensor(j, NDP_INT8, 2, shape, &t, &err), NDP_EINPUT);
  cr_assert(strstr(err.msg, "expected a list") != NULL);
  json_decref(j);
}

/* ---------------------------------------------------------------- inputs */

Test(inputs, should_default_to_arange_with_wrapping_integers) {
  struct ndp_case *c = parse_ok(
      CASE1("{'dtype': 'int8', 'shape': [300]}", "{'id': 'r', 'op': 'copy', 'args': ['a']}"));
  const struct ndp_tensor *t = input0(c);
  cr_assert_eq(elem_at(t, 5).v.i, 5);
  cr_assert_eq(elem_at(t, 127).v.i, 127);
  cr_assert_eq(elem_at(t, 128).v.i, -128); /* np.arange(300).astype(np.int8) */
  cr_assert_eq(elem_at(t, 255).v.i, -1);
  cr_assert_eq(elem_at(t, 256).v.i, 0);
  cr_assert_eq(elem_at(t, 299).v.i, 43);
  ndp_case_free(c);
}

struct fill_case {
  const char *dtype;
  const char *fill;
  int64_t k; /* element index */
  double re; /* expected value as double (ints and bools too) */
  double im;
};

static const struct fill_case fill_cases[] = {
    {"bool", "'arange'", 0, 0, 0},
    {"bool", "'arange'", 2, 1, 0},
    {"uint8", "'arange'", 299, 43, 0},
    {"uint16", "'arange'", 299, 299, 0},
    {"int16", "'arange'", 299, 299, 0},
    {"uint64", "'arange'", 7, 7, 0},
    {"float16", "'arange'", 299, 299, 0},
    {"float32", "'arange'", 299, 299, 0},
    {"float64", "'arange'", 17, 17, 0},
    {"complex64", "'arange'", 3, 3, 0},
    {"complex128", "'arange'", 5, 5, 0},
    {"bool", "'ones'", 1, 1, 0},
    {"int32", "'ones'", 4, 1, 0},
    {"uint32", "'ones'", 4, 1, 0},
    {"float16", "'ones'", 4, 1, 0},
    {"complex64", "'ones'", 4, 1, 0},
    {"bool", "'zeros'", 1, 0, 0},
    {"int64", "'zeros'", 4, 0, 0},
    {"float64", "'zeros'", 4, 0, 0},
    {"complex128", "'zeros'", 4, 0, 0},
    /* {"random": 0}: splitmix64 draws 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4,
     * 0x06c45d188009454f, 0xf88bb8a8724c81ec (see case_parse.c) */
    {"int64", "{'random': 0}", 0, 3, 0},
    {"int64", "{'random': 0}", 2, -19, 0},
    {"int8", "{'random': 0}", 3, 19, 0},
    {"uint16", "{'random': 0}", 2, 0, 0}, /* -19 clipped */
    {"uint16", "{'random': 0}", 1, 9, 0},
    {"bool", "{'random': 0}", 0, 1, 0},
    {"bool", "{'random': 0}", 1, 0, 0},
    {"float64", "{'random': 0}", 0, 7.535, 0},
    {"float64", "{'random': 0}", 1, -4.3, 0},
    {"float32", "{'random': 0}", 2, (double)1.679f, 0},
    {"float16", "{'random': 0}", 3, 6.4453125, 0},
    {"complex128", "{'random': 0}", 0, 7.535, -4.3},
    {"complex128", "{'random': 0}", 1, 1.679, 6.444},
    {"int64", "{'random': '42'}", 3, -20, 0},
    {"float64", "{'random': 42}", 0, 3.413, 0},
};

static double elem_re(const struct ndp_elem *e) {
  switch (ndp_dtype_kind(e->dtype)) {
  case NDP_KIND_BOOL:
    return e->v.b;
  case NDP_KIND_INT:
    return (double)e->v.i;
  case NDP_KIND_UINT:
    return (double)e->v.u;
  case NDP_KIND_FLOAT:
    return e->v.f;
  default:
    return e->v.c.re;
  }
}

static void check_fill_case(const struct fill_case *fc, size_t index) {
  char where[128];
  snprintf(where, sizeof where, "fill_cases[%zu] (%s %s [%lld])", index, fc->dtype, fc->fill,
           (long long)fc->k);
  char text[512];
  snprintf(text, sizeof text,
           "{'ndparity': 1, 'name': 't', 'inputs': {'a': {'dtype': '%s', 'shape': [3, 100], "
           "'fill': %s}}, 'steps': [{'id': 'r', 'op': 'copy', 'args': ['a']}]}",
           fc->dtype, fc->fill);
  struct ndp_case *c = parse_ok_at(where, text);
  struct ndp_elem e = elem_at(input0(c), fc->k);
  cr_assert_eq(elem_re(&e), fc->re, "%s: got %.17g want %.17g", where, elem_re(&e), fc->re);
  if (ndp_dtype_kind(e.dtype) == NDP_KIND_COMPLEX)
    cr_assert_eq(e.v.c.im, fc->im, "%s: imaginary part %.17g want %.17g", where, e.v.c.im, fc->im);
  ndp_case_free(c);
}

Test(inputs, should_fill_every_dtype) {
  for (size_t i = 0; i < sizeof fill_cases / sizeof fill_cases[0]; i++)
    check_fill_case(&fill_cases[i], i);
}

Test(inputs, should_keep_random_values_in_range) {
  struct ndp_case *c =
      parse_ok("{'ndparity': 1, 'name': 't', 'inputs': {"
               "'i': {'dtype': 'int8', 'shape': [1000], 'fill': {'random': 7}},"
               "'u': {'dtype': 'uint8', 'shape': [1000], 'fill': {'random': 7}},"
               "'f': {'dtype': 'float64', 'shape': [1000], 'fill': {'random': 7}}},"
               "'steps': [{'id': 'r', 'op': 'copy', 'args': ['i']}]}");
  bool saw_negative = false, saw_zero_u = false;
  for (int64_t k = 0; k < 1000; k++) {
    int64_t i = elem_at(&c->inputs[0].tensor, k).v.i;
    uint64_t u = elem_at(&c->inputs[1].tensor, k).v.u;
    double f = elem_at(&c->inputs[2].tensor, k).v.f;
    cr_assert(i >= -20 && i <= 20);
    cr_assert(u <= 20);
    cr_assert(f >= -8.0 && f < 8.0);
    cr_assert_eq(round(f * 1000.0) / 1000.0, f, "%.17g has more than 3 decimals", f);
    cr_assert_eq((double)u, i < 0 ? 0.0 : (double)i); /* same draws, clipped */
    saw_negative |= i < 0;
    saw_zero_u |= u == 0;
  }
  cr_assert(saw_negative && saw_zero_u);
  ndp_case_free(c);
}

Test(inputs, should_give_float16_arange_inf_past_65504_as_numpy) {
  struct ndp_case *c = parse_ok(
      CASE1("{'dtype': 'float16', 'shape': [70000]}", "{'id': 'r', 'op': 'copy', 'args': ['a']}"));
  cr_assert_eq(elem_at(input0(c), 2049).v.f, 2048.0); /* to nearest even */
  cr_assert_eq(elem_at(input0(c), 65504).v.f, 65504.0);
  cr_assert(isinf(elem_at(input0(c), 69999).v.f));
  ndp_case_free(c);
}

Test(inputs, should_lay_out_f_order_bytes) {
  struct ndp_case *c = parse_ok(
      CASE1("{'dtype': 'int16', 'shape': [2, 3], 'data': [1, 2, 3, 4, 5, 6], 'order': 'F'}",
            "{'id': 'r', 'op': 'copy', 'args': ['a']}"));
  const struct ndp_tensor *t = input0(c);
  cr_assert_eq(c->inputs[0].order, 'F');
  cr_assert_eq(t->strides[0], 2);
  cr_assert_eq(t->strides[1], 4);
  int16_t raw[6];
  memcpy(raw, t->buf->data + t->offset, sizeof raw);
  int16_t want[6] = {1, 4, 2, 5, 3, 6};
  cr_assert_arr_eq(raw, want, sizeof want);
  ndp_case_free(c);
}

static bool little_endian(void) {
  uint16_t one = 1;
  unsigned char b;
  memcpy(&b, &one, 1);
  return b == 1;
}

Test(inputs, should_store_non_native_byte_order) {
  const char *text = little_endian() ? CASE1("{'dtype': '>i4', 'shape': [2], 'data': [1, 258]}",
                                             "{'id': 'r', 'op': 'copy', 'args': ['a']}")
                                     : CASE1("{'dtype': '<i4', 'shape': [2], 'data': [1, 258]}",
                                             "{'id': 'r', 'op': 'copy', 'args': ['a']}");
  struct ndp_case *c = parse_ok(text);
  const struct ndp_tensor *t = input0(c);
  cr_assert(c->inputs[0].swapped);
  cr_assert(t->swapped);
  cr_assert_eq(t->dtype, NDP_INT32);
  const unsigned char *raw = t->buf->data + t->offset;
  unsigned char be[8] = {0, 0, 0, 1, 0, 0, 1, 2}, le[8] = {1, 0, 0, 0, 2, 1, 0, 0};
  cr_assert_arr_eq(raw, little_endian() ? be : le, 8);
  cr_assert_eq(elem_at(t, 1).v.i, 258);
  ndp_case_free(c);
}

Test(inputs, should_swap_each_complex_part_and_f_order_together) {
  if (!little_endian()) cr_skip_test("written for a little-endian machine");
  struct ndp_case *c = parse_ok(
      CASE1("{'dtype': '>c8', 'shape': [2, 2], 'data': [[1.5, -2], [0, 0], [1, 0], [0, 0]], "
            "'order': 'F'}",
            "{'id': 'r', 'op': 'copy', 'args': ['a']}"));
  const unsigned char *raw = input0(c)->buf->data;
  /* element (0,0) first, then (1,0) = [1, 0] in F order */
  unsigned char want[16] = {0x3f, 0xc0, 0, 0, 0xc0, 0, 0, 0, 0x3f, 0x80, 0, 0, 0, 0, 0, 0};
  cr_assert_arr_eq(raw, want, 16);
  ndp_case_free(c);
}

Test(inputs, should_decode_b64_in_dtype_byte_order) {
  if (!little_endian()) cr_skip_test("written for a little-endian machine");
  /* 01 00 02 00 03 00 */
  struct ndp_case *c = parse_ok(CASE1("{'dtype': 'int16', 'shape': [3], 'b64': 'AQACAAMA'}",
                                      "{'id': 'r', 'op': 'copy', 'args': ['a']}"));
  cr_assert_eq(elem_at(input0(c), 0).v.i, 1);
  cr_assert_eq(elem_at(input0(c), 2).v.i, 3);
  ndp_case_free(c);
  /* the same bytes as big-endian: 0x0100 = 256 */
  c = parse_ok(CASE1("{'dtype': '>i2', 'shape': [3], 'b64': 'AQACAAMA'}",
                     "{'id': 'r', 'op': 'copy', 'args': ['a']}"));
  cr_assert_eq(elem_at(input0(c), 0).v.i, 256);
  cr_assert_eq(memcmp(input0(c)->buf->data, "\x01\x00\x02\x00\x03\x00", 6), 0);
  ndp_case_free(c);
}

Test(inputs, should_place_b64_elements_in_f_order) {
  /* C-order bytes 01 02 03 04 05 (padding) -> [[1, 2], [3, 4]]: F buffer 1 3 2 4 */
  struct ndp_case *c =
      parse_ok(CASE1("{'dtype': 'uint8', 'shape': [2, 2], 'b64': 'AQIDBA==', 'order': 'F'}",
                     "{'id': 'r', 'op': 'copy', 'args': ['a']}"));
  cr_assert_eq(memcmp(input0(c)->buf->data, "\x01\x03\x02\x04", 4), 0);
  ndp_case_free(c);
  c = parse_ok(CASE1("{'dtype': 'uint8', 'shape': [2], 'b64': 'AQI='}",
                     "{'id': 'r', 'op': 'copy', 'args': ['a']}"));
  cr_assert_eq(memcmp(input0(c)->buf->data, "\x01\x02", 2), 0);
  ndp_case_free(c);
  c = parse_ok(CASE1("{'dtype': 'uint8', 'shape': [0], 'b64': ''}",
                     "{'id': 'r', 'op': 'copy', 'args': ['a']}"));
  cr_assert_eq(ndp_tensor_size(input0(c)), 0);
  ndp_case_free(c);
}

Test(inputs, should_reject_bad_b64) {
  parse_fails(CASE1("{'dtype': 'uint8', 'shape': [2], 'b64': 'AQI'}",
                    "{'id': 'r', 'op': 'copy', 'args': ['a']}"),
              "inputs.a.b64: base64 text of length 3 is not a multiple of 4");
  parse_fails(CASE1("{'dtype': 'uint8', 'shape': [3], 'b64': 'AQ*D'}",
                    "{'id': 'r', 'op': 'copy', 'args': ['a']}"),
              "inputs.a.b64: character");
  parse_fails(CASE1("{'dtype': 'uint8', 'shape': [3], 'b64': 'AQ*D'}",
                    "{'id': 'r', 'op': 'copy', 'args': ['a']}"),
              "at offset 2 is not base64");
  parse_fails(CASE1("{'dtype': 'uint8', 'shape': [3], 'b64': 'A=ID'}",
                    "{'id': 'r', 'op': 'copy', 'args': ['a']}"),
              "inputs.a.b64: misplaced");
  parse_fails(CASE1("{'dtype': 'uint8', 'shape': [1], 'b64': 'AR=='}",
                    "{'id': 'r', 'op': 'copy', 'args': ['a']}"),
              "inputs.a.b64: non-zero padding bits");
  parse_fails(CASE1("{'dtype': 'int16', 'shape': [2], 'b64': 'AQID'}",
                    "{'id': 'r', 'op': 'copy', 'args': ['a']}"),
              "inputs.a.b64: 3 bytes given, shape (2,) of int16 needs 4");
  parse_fails(CASE1("{'dtype': 'bool', 'shape': [2], 'b64': 'AQI='}",
                    "{'id': 'r', 'op': 'copy', 'args': ['a']}"),
              "inputs.a.b64: byte 2 of element 1 is not a bool");
  parse_fails(CASE1("{'dtype': 'bool', 'shape': [2], 'b64': 12}",
                    "{'id': 'r', 'op': 'copy', 'args': ['a']}"),
              "inputs.a.b64: expected a base64 string, got 12");
}

Test(inputs, should_keep_json_order_as_slots) {
  struct ndp_case *c =
      parse_ok("{'ndparity': 1, 'name': 't', 'inputs': {'z': {'dtype': 'bool', 'shape': []}, "
               "'a': {'dtype': 'float64', 'shape': [], 'data': [2.5]}}, "
               "'steps': [{'id': 'r', 'op': 'add', 'args': ['a', 'z']}, "
               "{'id': 's', 'op': 'negative', 'args': ['r']}]}");
  cr_assert_eq(c->ninputs, 2);
  cr_assert_str_eq(c->inputs[0].name, "z");
  cr_assert_str_eq(c->inputs[1].name, "a");
  cr_assert_eq(c->inputs[1].tensor.ndim, 0);
  cr_assert_eq(elem_at(&c->inputs[1].tensor, 0).v.f, 2.5);
  cr_assert_eq(c->steps[0].args[0].kind, NDP_ARG_REF);
  cr_assert_eq(c->steps[0].args[0].slot, 1);
  cr_assert_eq(c->steps[0].args[1].slot, 0);
  cr_assert_eq(c->steps[1].args[0].slot, 2);
  ndp_case_free(c);
}

/* ---------------------------------------------------------------- steps */

Test(steps, should_parse_scalar_operands) {
  struct ndp_case *c =
      parse_ok(CASE1("{'dtype': 'int8', 'shape': [2]}",
                     "{'id': 'r', 'op': 'add', 'args': ['a', {'int': '18446744073709551616'}]},"
                     "{'id': 's', 'op': 'add', 'args': [{'int': -5}, {'float': 'nan'}]},"
                     "{'id': 't', 'op': 'add', 'args': [{'bool': true}, {'complex': [1, '-inf']}]},"
                     "{'id': 'u', 'op': 'add', 'args': [{'scalar': '-5', 'dtype': 'int8'}, "
                     "{'scalar': [1, 2], 'dtype': '>c8', 'x-note': 'byte order ignored'}]},"
                     "{'id': 'v', 'op': 'add', 'args': [{'int': '18446744073709551615'}, {'int': "
                     "-9223372036854775808}]}"));
  struct ndp_arg *a = c->steps[0].args;
  cr_assert_eq(a[1].kind, NDP_ARG_PYINT);
  cr_assert(a[1].pyint.huge && !a[1].pyint.neg);
  a = c->steps[1].args;
  cr_assert_eq(a[0].kind, NDP_ARG_PYINT);
  cr_assert(a[0].pyint.neg && !a[0].pyint.huge && a[0].pyint.mag == 5);
  cr_assert_eq(a[1].kind, NDP_ARG_PYFLOAT);
  cr_assert(isnan(a[1].f));
  a = c->steps[2].args;
  cr_assert_eq(a[0].kind, NDP_ARG_PYBOOL);
  cr_assert(a[0].b);
  cr_assert_eq(a[1].kind, NDP_ARG_PYCOMPLEX);
  cr_assert(a[1].re == 1.0 && a[1].im == -INFINITY);
  a = c->steps[3].args;
  cr_assert_eq(a[0].kind, NDP_ARG_NPSCALAR);
  cr_assert_eq(a[0].scalar.ndim, 0);
  cr_assert_eq(a[0].scalar.dtype, NDP_INT8);
  cr_assert_eq(elem_at(&a[0].scalar, 0).v.i, -5);
  cr_assert_eq(a[1].scalar.dtype, NDP_COMPLEX64);
  cr_assert_not(a[1].scalar.swapped);
  cr_assert_eq(elem_at(&a[1].scalar, 0).v.c.im, 2.0);
  a = c->steps[4].args;
  cr_assert(!a[0].pyint.huge && a[0].pyint.mag == UINT64_MAX);
  cr_assert(a[1].pyint.neg && a[1].pyint.mag == (uint64_t)1 << 63);
  ndp_case_free(c);
}

Test(steps, should_parse_shape_op_parameters) {
  struct ndp_case *c = parse_ok(
      CASE1("{'dtype': 'int8', 'shape': [2, 3]}",
            "{'id': 'r', 'op': 'reshape', 'args': ['a'], 'shape': [-1, 2], 'order': 'F'},"
            "{'id': 't', 'op': 'transpose', 'args': ['a'], 'axes': [1, 0]},"
            "{'id': 't2', 'op': 'transpose', 'args': ['a']},"
            "{'id': 'e', 'op': 'expand_dims', 'args': ['a'], 'axis': [0, -1]},"
            "{'id': 'q', 'op': 'squeeze', 'args': ['a'], 'axis': 0},"
            "{'id': 'b', 'op': 'broadcast_to', 'args': ['a'], 'shape': [4, 2, 3]},"
            "{'id': 'g', 'op': 'getitem', 'args': ['a'], 'index': [1, {'slice': [null, 5, 0]}, "
            "'newaxis', '...', {'slice': [-1, null, null]}]},"
            "{'id': 'y', 'op': 'astype', 'args': ['a'], 'dtype': '<f4', 'casting': 'safe'},"
            "{'id': 'v', 'op': 'ravel', 'args': ['a']},"
            "{'id': 'k', 'op': 'concatenate', 'args': ['a', 'r', 'a'], 'axis': null},"
            "{'id': 'k2', 'op': 'stack', 'args': ['a', 'a'], 'axis': -1},"
            "{'id': 'c', 'op': 'asfortranarray', 'args': ['a']}"));
  struct ndp_step *s = c->steps;
  cr_assert(s[0].has_shape);
  cr_assert_eq(s[0].shape_ndim, 2);
  cr_assert(s[0].shape[0] == -1 && s[0].shape[1] == 2);
  cr_assert_eq(s[0].order, 'F');
  cr_assert(s[1].has_axes && s[1].axis_is_list && s[1].naxes == 2 && s[1].axes[0] == 1);
  cr_assert_not(s[2].has_axes);
  cr_assert(s[3].has_axes && s[3].axis_is_list && s[3].naxes == 2 && s[3].axes[1] == -1);
  cr_assert(s[4].has_axes && !s[4].axis_is_list && s[4].naxes == 1 && s[4].axes[0] == 0);
  cr_assert(s[5].has_shape && s[5].shape_ndim == 3 && s[5].shape[0] == 4);
  cr_assert_eq(s[6].nindex, 5);
  cr_assert_eq(s[6].index[0].kind, NDP_IDX_INT);
  cr_assert_eq(s[6].index[0].i, 1);
  cr_assert_eq(s[6].index[1].kind, NDP_IDX_SLICE);
  cr_assert(!s[6].index[1].has_start && s[6].index[1].has_stop && s[6].index[1].stop == 5);
  cr_assert(s[6].index[1].has_step && s[6].index[1].step == 0);
  cr_assert_eq(s[6].index[2].kind, NDP_IDX_NEWAXIS);
  cr_assert_eq(s[6].index[3].kind, NDP_IDX_ELLIPSIS);
  cr_assert(s[6].index[4].has_start && s[6].index[4].start == -1 && !s[6].index[4].has_step);
  cr_assert(s[7].has_dtype && s[7].dtype == NDP_FLOAT32);
  cr_assert(s[7].has_casting && s[7].casting == NDP_CAST_SAFE);
  cr_assert_eq(s[8].order, 'C');
  cr_assert(s[9].axis_is_null && !s[9].has_axes);
  cr_assert_eq(s[9].nargs, 3);
  cr_assert(s[10].has_axes && s[10].axes[0] == -1 && !s[10].axis_is_list);
  cr_assert_eq(s[11].op, NDP_OP_ASFORTRANARRAY);
  ndp_case_free(c);
}

Test(steps, should_parse_ufunc_and_reduction_parameters) {
  struct ndp_case *c = parse_ok(CASE1(
      "{'dtype': 'int8', 'shape': [2, 3]}",
      "{'id': 'r', 'op': 'multiply', 'args': ['a', 'a'], 'dtype': 'float32', 'casting': 'unsafe'},"
      "{'id': 'n', 'op': 'sqrt', 'args': ['a'], 'dtype': 'float64'},"
      "{'id': 's', 'op': 'sum', 'args': ['a'], 'axis': [0, 1], 'keepdims': true, 'dtype': 'int64'},"
      "{'id': 'm', 'op': 'max', 'args': ['a'], 'axis': null},"
      "{'id': 'x', 'op': 'argmax', 'args': ['a'], 'axis': -1, 'keepdims': false},"
      "{'id': 'y', 'op': 'any', 'args': ['a']}"));
  struct ndp_step *s = c->steps;
  cr_assert(s[0].has_dtype && s[0].dtype == NDP_FLOAT32 && s[0].casting == NDP_CAST_UNSAFE);
  cr_assert(s[1].has_dtype && !s[1].has_casting);
  cr_assert(s[2].has_axes && s[2].axis_is_list && s[2].naxes == 2 && s[2].keepdims);
  cr_assert(s[2].has_dtype && s[2].dtype == NDP_INT64);
  cr_assert(s[3].axis_is_null && !s[3].has_axes && !s[3].keepdims);
  cr_assert(s[4].has_axes && s[4].axes[0] == -1);
  cr_assert(!s[5].has_axes && !s[5].axis_is_null);
  ndp_case_free(c);
}

Test(steps, should_accept_dataset_ops_with_their_own_keys) {
  struct ndp_case *c = parse_ok(
      CASE1("{'dtype': 'float32', 'shape': [4, 2]}",
            "{'id': 'd', 'op': 'from_tensor_slices', 'args': ['a']},"
            "{'id': 'g', 'op': 'from_generator', 'elements': [['a'], 'a'], "
            "'output_signature': [{'dtype': 'float32', 'shape': [null, 2]}]},"
            "{'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'y', 'op': 'negative', 'args': "
            "['$0']}], "
            "'result': 'y'},"
            "{'id': 'b', 'op': 'batch', 'args': ['m'], 'batch_size': 2, 'drop_remainder': true},"
            "{'id': 'l', 'op': 'collect', 'args': ['b']}"));
  cr_assert_eq(c->nsteps, 5);
  cr_assert_eq(c->steps[1].op, NDP_OP_FROM_GENERATOR);
  cr_assert_eq(c->steps[1].nargs, 0);
  cr_assert_not_null(json_object_get(c->steps[3].json, "batch_size"));
  cr_assert_eq(c->steps[2].args[0].slot, 1); /* input a, then step d */
  ndp_case_free(c);
}

Test(steps, should_read_lists_of_partial_shapes_with_null_items) {
  struct ndp_case *c = parse_ok(
      CASE1("{'dtype': 'float32', 'shape': [4, 2]}",
            "{'id': 'd', 'op': 'from_tensor_slices', 'args': ['a', 'a']},"
            "{'id': 's', 'op': 'set_shape', 'args': ['d'], 'shape': [null, [2]]},"
            "{'id': 't', 'op': 'set_shape', 'args': ['d'], 'shape': [[null], null]},"
            "{'id': 'e', 'op': 'from_tensor_slices', 'args': ['a']},"
            "{'id': 'u', 'op': 'set_shape', 'args': ['e'], 'shape': [null, null]}"));
  const struct ndp_ds_params *s = c->steps[1].ds, *t = c->steps[2].ds, *u = c->steps[4].ds;
  cr_assert_eq(s->nshapes, 2);
  cr_assert(!s->shapes[0].rank_known);
  cr_assert(s->shapes[1].rank_known && s->shapes[1].ndim == 1 && s->shapes[1].dims[0] == 2);
  cr_assert_eq(t->nshapes, 2);
  cr_assert(t->shapes[0].rank_known && t->shapes[0].ndim == 1 && t->shapes[0].dims[0] == -1);
  cr_assert(!t->shapes[1].rank_known);
  /* ints and nulls only: one shape, (None, None) */
  cr_assert_eq(u->nshapes, 1);
  cr_assert(u->shapes[0].rank_known && u->shapes[0].ndim == 2);
  cr_assert(u->shapes[0].dims[0] == -1 && u->shapes[0].dims[1] == -1);
  ndp_case_free(c);
}

Test(expect, should_parse_expectations_and_tolerance) {
  struct ndp_case *c =
      parse_ok("{'ndparity': 1, 'name': 'n', 'tags': ['x', 'y'], 'x-gen': {'by': 'me'},"
               "'inputs': {'a': {'dtype': 'int8', 'shape': [2], 'x-why': 1}},"
               "'steps': [{'id': 'r', 'op': 'add', 'args': ['a', 'a'], 'x-note': 'n'},"
               "          {'id': 's', 'op': 'reshape', 'args': ['r'], 'shape': [4]}],"
               "'expect': {'r': {'dtype': 'int8', 'shape': [2], 'data': [0, '2'], 'view': false},"
               "           's': {'error': 'reshape', 'x-note': 'size 2'}},"
               "'tolerance': {'rtol': 1e-3}}");
  cr_assert_eq(c->ntags, 2);
  cr_assert_str_eq(c->tags[1], "y");
  cr_assert_eq(c->nexpect, 2);
  struct ndp_expect *x = c->expect;
  cr_assert_eq(x[0].step, 0);
  cr_assert(x[0].has_dtype && x[0].dtype == NDP_INT8);
  cr_assert(x[0].has_shape && x[0].ndim == 1 && x[0].shape[0] == 2);
  cr_assert(x[0].has_data && json_array_size(x[0].data) == 2);
  cr_assert(x[0].has_view && !x[0].view && !x[0].has_error);
  cr_assert_eq(x[1].step, 1);
  cr_assert(x[1].has_error && x[1].error == NDP_ERRC_RESHAPE);
  cr_assert(c->has_tolerance);
  cr_assert_eq(c->rtol, 1e-3);
  cr_assert_lt(c->atol, 0.0); /* absent: the per-dtype default */
  cr_assert_str_eq(c->name, "n");
  cr_assert_str_eq(c->file, "t.json");
  ndp_case_free(c);
}

/* ---------------------------------------------------------------- errors */

struct error_case {
  const char *json;
  const char *msg;
};

#define STEP_A "{'id': 'r', 'op': 'copy', 'args': ['a']}"
#define IN_I8 "{'dtype': 'int8', 'shape': [2, 2]}"

static const struct error_case error_cases[] = {
    /* the case */
    {"[1]", "a case must be a JSON object"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {}, 'steps': [" STEP_A "], 'foo': 1}",
     "foo: unknown key"},
    {"{'name': 't', 'inputs': {}, 'steps': []}", "ndparity: required"},
    {"{'ndparity': 2, 'name': 't', 'inputs': {}, 'steps': []}",
     "ndparity: version 2 is not supported (expected 1)"},
    {"{'ndparity': '1', 'name': 't', 'inputs': {}, 'steps': []}", "ndparity: version \"1\""},
    {"{'ndparity': 1, 'inputs': {}, 'steps': []}", "name: required"},
    {"{'ndparity': 1, 'name': 3, 'inputs': {}, 'steps': []}",
     "name: expected a non-empty string, got 3"},
    {"{'ndparity': 1, 'name': 't', 'tags': ['a', 1], 'inputs': {}, 'steps': []}",
     "tags[1]: expected a string"},
    {"{'ndparity': 1, 'name': 't', 'steps': [" STEP_A "]}", "inputs: required"},
    {"{'ndparity': 1, 'name': 't', 'inputs': [], 'steps': [" STEP_A "]}",
     "inputs: expected an object, got a list"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {}}", "steps: required"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {}, 'steps': []}",
     "steps: expected a non-empty list of steps"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {}, 'steps': {}}",
     "steps: expected a non-empty list of steps, got an object"},
    /* inputs */
    {CASE1("{'dtype': 'int8', 'shape': [2], 'foo': 1}", STEP_A), "inputs.a.foo: unknown key"},
    {CASE1("{'shape': [2]}", STEP_A), "inputs.a.dtype: required"},
    {CASE1("{'dtype': 'int9', 'shape': [2]}", STEP_A), "inputs.a.dtype: unknown dtype \"int9\""},
    {CASE1("{'dtype': '>f3', 'shape': [2]}", STEP_A), "inputs.a.dtype: unknown dtype \">f3\""},
    {CASE1("{'dtype': 'int8'}", STEP_A), "inputs.a.shape: required"},
    {CASE1("{'dtype': 'int8', 'shape': [2, -1]}", STEP_A),
     "inputs.a.shape[1]: negative dimension -1"},
    {CASE1("{'dtype': 'int8', 'shape': [2, 'x']}", STEP_A),
     "inputs.a.shape[1]: expected an int, got \"x\""},
    {CASE1("{'dtype': 'int8', 'shape': 4}", STEP_A), "inputs.a.shape: expected a list of ints"},
    {CASE1("{'dtype': 'int64', 'shape': [1099511627776, 1099511627776]}", STEP_A),
     "inputs.a.shape: array is too big"},
    {CASE1("{'dtype': 'int64', 'shape': [1099511627776]}", STEP_A),
     "inputs.a.shape: array is too big for an input"},
    {CASE1("{'dtype': 'int8', 'shape': [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,"
           "1,1,1,1,1]}",
           STEP_A),
     "inputs.a.shape: 33 dimensions given, at most 32"},
    {CASE1("{'dtype': 'int8', 'shape': [2], 'order': 'K'}", STEP_A),
     "inputs.a.order: unknown order \"K\" (expected \"C\" or \"F\")"},
    {CASE1("{'dtype': 'float32', 'shape': [2, 3], 'data': [1, 2, 3, 4, 5]}", STEP_A),
     "inputs.a.data: 5 values given for shape (2, 3) (6 elements)"},
    {CASE1("{'dtype': 'float32', 'shape': [], 'data': [1, 2]}", STEP_A),
     "inputs.a.data: 2 values given for shape () (1 element)"},
    {CASE1("{'dtype': 'int8', 'shape': [3], 'data': [1, 2, 300]}", STEP_A),
     "inputs.a.data[2]: 300 is out of range for int8"},
    {CASE1("{'dtype': 'complex64', 'shape': [1], 'data': [[1, 'q']]}", STEP_A),
     "inputs.a.data[0][1]: \"q\" is not a float"},
    {CASE1("{'dtype': 'int8', 'shape': [3], 'data': 3}", STEP_A),
     "inputs.a.data: expected a list of values, got 3"},
    {CASE1("{'dtype': 'int8', 'shape': [1], 'data': [1], 'fill': 'zeros'}", STEP_A),
     "inputs.a: give only one of data, b64, fill"},
    {CASE1("{'dtype': 'int8', 'shape': [1], 'fill': 'linspace'}", STEP_A),
     "inputs.a.fill: unknown fill \"linspace\""},
    {CASE1("{'dtype': 'int8', 'shape': [1], 'fill': {'random': -1}}", STEP_A),
     "inputs.a.fill.random: seed -1 is out of range"},
    {CASE1("{'dtype': 'int8', 'shape': [1], 'fill': {'random': 1.5}}", STEP_A),
     "inputs.a.fill.random: expected an integer, got 1.5"},
    {CASE1("3", STEP_A), "inputs.a: expected an object, got 3"},
    /* steps */
    {CASE1(IN_I8, "{'op': 'copy', 'args': ['a']}"), "steps[0].id: required"},
    {CASE1(IN_I8, "{'id': '', 'op': 'copy', 'args': ['a']}"),
     "steps[0].id: expected a non-empty string"},
    {CASE1(IN_I8, "{'id': 'a', 'op': 'copy', 'args': ['a']}"),
     "steps[0].id: \"a\" is already an input name"},
    {CASE1(IN_I8, STEP_A "," STEP_A), "steps[1].id: \"r\" is already the id of steps[0]"},
    {CASE1(IN_I8, STEP_A ", {'id': 's', 'op': 'addd', 'args': ['a', 'r']}"),
     "steps[1].op: unknown op \"addd\""},
    {CASE1(IN_I8, "{'id': 'r', 'args': ['a']}"), "steps[0].op: required"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'copy'}"), "steps[0].args: required"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'copy', 'args': 'a'}"),
     "steps[0].args: expected a list, got \"a\""},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', 'q']}"),
     "steps[0].args[1]: \"q\" is not an input or an earlier step"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', 's']}, "
                  "{'id': 's', 'op': 'copy', 'args': ['a']}"),
     "steps[0].args[1]: \"s\" is not an input or an earlier step"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', 'r']}"),
     "steps[0].args[1]: \"r\" is not an input or an earlier step"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a']}"),
     "steps[0].args: add takes 2 operands, 1 given"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'negative', 'args': ['a', 'a']}"),
     "steps[0].args: negative takes 1 operand, 2 given"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'sum', 'args': []}"),
     "steps[0].args: sum takes 1 operand, 0 given"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'concatenate', 'args': ['a']}"),
     "steps[0].args: concatenate takes two or more operands, 1 given"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', 3]}"),
     "steps[0].args[1]: expected an input or step name, or a scalar object, got 3"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', {'int': 1.5}]}"),
     "steps[0].args[1].int: expected an integer, got 1.5"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', {'float': 'x'}]}"),
     "steps[0].args[1].float: \"x\" is not a float"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', {'bool': 1}]}"),
     "steps[0].args[1].bool: expected true or false, got 1"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', {'complex': [1, 'y']}]}"),
     "steps[0].args[1].complex[1]: \"y\" is not a float"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', {'int': 1, 'float': 2}]}"),
     "steps[0].args[1]: a scalar operand needs exactly one of"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', {'integer': 1}]}"),
     "steps[0].args[1].integer: unknown key"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', {'scalar': 300, 'dtype': 'int8'}]}"),
     "steps[0].args[1].scalar: 300 is out of range for int8"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', {'scalar': 3}]}"),
     "steps[0].args[1].dtype: required with \"scalar\""},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', {'scalar': 3, 'dtype': 'i9'}]}"),
     "steps[0].args[1].dtype: unknown dtype \"i9\""},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', {'int': 3, 'dtype': 'int8'}]}"),
     "steps[0].args[1].dtype: only a {\"scalar\": v} operand takes a dtype"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'copy', 'args': ['a'], 'order': 'C'}"),
     "steps[0].order: unknown parameter (copy takes none)"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'reshape', 'args': ['a'], 'shap': [4]}"),
     "steps[0].shap: unknown parameter (reshape takes shape, order)"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'min', 'args': ['a'], 'dtype': 'int8'}"),
     "steps[0].dtype: unknown parameter (min takes axis, keepdims)"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'add', 'args': ['a', 'a'], 'axis': 0}"),
     "steps[0].axis: unknown parameter (add takes dtype, casting)"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'reshape', 'args': ['a']}"),
     "steps[0].shape: required for reshape"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'reshape', 'args': ['a'], 'shape': [4], 'order': 'A'}"),
     "steps[0].order: unknown order \"A\""},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'expand_dims', 'args': ['a'], 'axis': 0, 'shape': [-1]}"),
     "steps[0].shape: unknown parameter"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'broadcast_to', 'args': ['a']}"),
     "steps[0].shape: required for broadcast_to"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'transpose', 'args': ['a'], 'axes': 1}"),
     "steps[0].axes: expected a list of ints, got 1"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'expand_dims', 'args': ['a']}"),
     "steps[0].axis: required for expand_dims"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'expand_dims', 'args': ['a'], 'axis': null}"),
     "steps[0].axis: expected an int or a list of ints, got null"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'squeeze', 'args': ['a'], 'axis': [0, 'x']}"),
     "steps[0].axis[1]: expected an int, got \"x\""},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'stack', 'args': ['a', 'a'], 'axis': null}"),
     "steps[0].axis: expected an int, got null"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'concatenate', 'args': ['a', 'a'], 'axis': [0]}"),
     "steps[0].axis: expected an int or null, got a list"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'argmin', 'args': ['a'], 'axis': [0]}"),
     "steps[0].axis: expected an int or null, got a list"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'sum', 'args': ['a'], 'axis': 'all'}"),
     "steps[0].axis: expected an int, a list of ints or null, got \"all\""},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'sum', 'args': ['a'], 'keepdims': 1}"),
     "steps[0].keepdims: expected true or false, got 1"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'getitem', 'args': ['a']}"),
     "steps[0].index: required for getitem"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'getitem', 'args': ['a'], 'index': [1.5]}"),
     "steps[0].index[0]: expected an int, {\"slice\": [start, stop, step]}, \"newaxis\" or"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'getitem', 'args': ['a'], 'index': [{'slice': [1, 2]}]}"),
     "steps[0].index[0].slice: expected [start, stop, step], got a list"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'getitem', 'args': ['a'], 'index': [{'slice': [1, 2, 'x']}]}"),
     "steps[0].index[0].slice: expected an int or null, got \"x\""},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'astype', 'args': ['a']}"),
     "steps[0].dtype: required for astype"},
    {CASE1(IN_I8, "{'id': 'r', 'op': 'astype', 'args': ['a'], 'dtype': 'float128'}"),
     "steps[0].dtype: unknown dtype \"float128\""},
    {CASE1(IN_I8,
           "{'id': 'r', 'op': 'astype', 'args': ['a'], 'dtype': 'int8', 'casting': 'sometimes'}"),
     "steps[0].casting: unknown casting \"sometimes\""},
    {CASE1(IN_I8, "7"), "steps[0]: expected an object, got 7"},
    /* steps are checked before expectations */
    {"{'ndparity': 1, 'name': 't', 'inputs': {}, 'steps': [" STEP_A "], 'expect': {'q': {}}}",
     "steps[0].args[0]: \"a\" is not an input"},
    /* expectations and tolerance */
    {"{'ndparity': 1, 'name': 't', 'inputs': {'a': " IN_I8 "}, 'steps': [" STEP_A
     "], 'expect': {'q': {'dtype': 'int8'}}}",
     "expect.q: \"q\" is not a step id"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {'a': " IN_I8 "}, 'steps': [" STEP_A
     "], 'expect': {'r': {'dtype': 'int8', 'shapes': [2]}}}",
     "expect.r.shapes: unknown key"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {'a': " IN_I8 "}, 'steps': [" STEP_A
     "], 'expect': {'r': {'error': 'cast', 'dtype': 'int8'}}}",
     "expect.r: an expectation with \"error\" has no other key (found \"dtype\")"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {'a': " IN_I8 "}, 'steps': [" STEP_A
     "], 'expect': {'r': {'error': 'oops'}}}",
     "expect.r.error: unknown error class \"oops\""},
    {"{'ndparity': 1, 'name': 't', 'inputs': {'a': " IN_I8 "}, 'steps': [" STEP_A
     "], 'expect': {'r': {'dtype': 'int99'}}}",
     "expect.r.dtype: unknown dtype \"int99\""},
    {"{'ndparity': 1, 'name': 't', 'inputs': {'a': " IN_I8 "}, 'steps': [" STEP_A
     "], 'expect': {'r': {'view': 'yes'}}}",
     "expect.r.view: expected true or false"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {'a': " IN_I8 "}, 'steps': [" STEP_A
     "], 'expect': {'r': {'shape': [2, 2], 'data': [1, 2, 3]}}}",
     "expect.r.data: 3 values given for shape (2, 2) (4 elements)"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {'a': " IN_I8 "}, 'steps': [" STEP_A
     "], 'expect': {'r': {'dtype': 'int8', 'data': [1, 300]}}}",
     "expect.r.data[1]: 300 is out of range for int8"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {'a': " IN_I8 "}, 'steps': [" STEP_A
     "], 'expect': {'r': {'data': 1}}}",
     "expect.r.data: expected a list of values, got 1"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {'a': " IN_I8 "}, 'steps': [" STEP_A
     "], 'expect': {'r': {'count': 1}}}",
     "expect.r.count: unknown key"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {'a': " IN_I8 "}, 'steps': [" STEP_A
     "], 'expect': []}",
     "expect: expected an object, got a list"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {'a': " IN_I8 "}, 'steps': [" STEP_A
     "], 'tolerance': {'rtol': 1, 'btol': 2}}",
     "tolerance.btol: unknown key"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {'a': " IN_I8 "}, 'steps': [" STEP_A
     "], 'tolerance': {'atol': -1}}",
     "tolerance.atol: -1 is not a finite number >= 0"},
    {"{'ndparity': 1, 'name': 't', 'inputs': {'a': " IN_I8 "}, 'steps': [" STEP_A
     "], 'tolerance': {'atol': 'big'}}",
     "tolerance.atol: expected a number, got \"big\""},
};

static void check_error_case(const struct error_case *ec, size_t index) {
  char where[192];
  snprintf(where, sizeof where, "error_cases[%zu] (\"%s\")", index, ec->msg);
  parse_fails_at(where, ec->json, ec->msg);
}

Test(case_errors, should_name_the_key_path) {
  for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++)
    check_error_case(&error_cases[i], i);
}

Test(case_parse, should_accept_user_keys_everywhere) {
  struct ndp_case *c = parse_ok(
      "{'ndparity': 1, 'name': 't', 'x-a': 1, 'inputs': {'a': {'dtype': 'int8', 'shape': [], "
      "'x-b': 2}}, 'steps': [{'id': 'r', 'op': 'add', 'args': ['a', {'int': 1, 'x-c': 3}], "
      "'x-d': 4}], 'expect': {'r': {'dtype': 'int8', 'x-e': 5}}, 'tolerance': {'x-f': 6}}");
  cr_assert_eq(c->nsteps, 1);
  ndp_case_free(c);
  ndp_case_free(NULL);
}

/* ---------------------------------------------------------------- loading */

/* A scratch directory for one test, removed at the end. */
static char scratch[64];

static void write_file(const char *rel, const char *content) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", scratch, rel);
  /* make parent directories */
  for (char *p = path + strlen(scratch) + 1; *p; p++) {
    if (*p == '/') {
      *p = '\0';
      mkdir(path, 0700);
      *p = '/';
    }
  }
  FILE *f = fopen(path, "wb");
  cr_assert_not_null(f, "%s", path);
  char *text = dq(content);
  fputs(text, f);
  free(text);
  fclose(f);
}

static void remove_tree(const char *path) {
  DIR *d = opendir(path);
  if (d == NULL) {
    unlink(path);
    return;
  }
  struct dirent *de;
  while ((de = readdir(d)) != NULL) {
    if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
    char sub[512];
    snprintf(sub, sizeof sub, "%s/%s", path, de->d_name);
    remove_tree(sub);
  }
  closedir(d);
  rmdir(path);
}

static void make_scratch(void) {
  snprintf(scratch, sizeof scratch, "/tmp/ndp_case_parse_XXXXXX");
  cr_assert_not_null(mkdtemp(scratch));
}

static void drop_scratch(void) {
  remove_tree(scratch);
}

static char *scratch_path(const char *rel) {
  static char path[512];
  snprintf(path, sizeof path, "%s/%s", scratch, rel);
  return path;
}

#define GOOD(name)                                                                                 \
  "{'ndparity': 1, 'name': '" name "', 'inputs': {}, 'steps': [{'id': 'r', "                       \
  "'op': 'add', 'args': [{'int': 1}, {'int': 2}]}]}"

TestSuite(corpus, .init = make_scratch, .fini = drop_scratch);

Test(corpus, should_report_broken_json_line_and_column_in_jsonl) {
  write_file(
      "a.jsonl",
      "// a comment\n"
      "\n" GOOD(
          "one") "\n"
                 "   \n"
                 "{'ndparity': 1, 'name': }\n"
                 "  // indented comment\r\n" GOOD(
                     "two") "\r\n"
                            "{'ndparity': 1, 'name': 'bad', 'inputs': {}, 'steps': [{'id': 'r', "
                            "'op': 'addd', 'args': []}]}\n" GOOD("three"));
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  struct ndp_error err = {0};
  cr_assert_eq(ndp_corpus_load_path(&corpus, scratch_path("a.jsonl"), &err), NDP_OK);
  cr_assert_eq(corpus.ncases, 3);
  cr_assert_str_eq(corpus.cases[0]->name, "one");
  cr_assert_eq(corpus.cases[0]->line, 3);
  cr_assert_str_eq(corpus.cases[1]->name, "two");
  cr_assert_eq(corpus.cases[1]->line, 7);
  cr_assert_str_eq(corpus.cases[2]->name, "three");
  cr_assert_eq(corpus.cases[2]->line, 9);
  cr_assert_str_eq(corpus.cases[2]->file, scratch_path("a.jsonl"));
  cr_assert_eq(corpus.nerrors, 2);
  struct ndp_load_error *e = &corpus.errors[0];
  cr_assert_str_eq(e->file, scratch_path("a.jsonl"));
  cr_assert_eq(e->line, 5);
  cr_assert_eq(e->column, 25); /* jansson: the column of the '}' */
  cr_assert_null(e->case_name);
  cr_assert(strstr(e->message, "unexpected token") != NULL, "%s", e->message);
  e = &corpus.errors[1];
  cr_assert_eq(e->line, 8);
  cr_assert_eq(e->column, 0);
  cr_assert_str_eq(e->case_name, "bad");
  cr_assert_str_eq(e->message, "steps[0].op: unknown op \"addd\"");
  ndp_corpus_reset(&corpus);
  cr_assert_eq(corpus.ncases, 0);
  cr_assert_null(corpus.cases);
}

Test(corpus, should_report_json_errors_with_line_and_column) {
  write_file("dup.json", "{'ndparity': 1,\n 'name': 'x',\n 'name': 'y'}");
  write_file("big.jsonl", "{'ndparity': 1, 'name': 'b', 'inputs': {'a': {'dtype': 'uint64', "
                          "'shape': [1], 'data': [18446744073709551615]}}, 'steps': []}\n");
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  struct ndp_error err = {0};
  cr_assert_eq(ndp_corpus_load_path(&corpus, scratch_path("dup.json"), &err), NDP_OK);
  cr_assert_eq(ndp_corpus_load_path(&corpus, scratch_path("big.jsonl"), &err), NDP_OK);
  cr_assert_eq(corpus.ncases, 0);
  cr_assert_eq(corpus.nerrors, 2);
  cr_assert_eq(corpus.errors[0].line, 3);
  cr_assert_gt(corpus.errors[0].column, 0);
  cr_assert(strstr(corpus.errors[0].message, "duplicate object key") != NULL);
  cr_assert_eq(corpus.errors[1].line, 1);
  cr_assert(strstr(corpus.errors[1].message, "as decimal strings") != NULL, "%s",
            corpus.errors[1].message);
  ndp_corpus_reset(&corpus);
}

Test(corpus, should_walk_directories_in_sorted_order_past_bad_files) {
  write_file("b.jsonl", GOOD("b1") "\n" GOOD("b2") "\n");
  write_file("a.json", "{'ndparity': 1, 'name': 'a-bad', 'inputs': {}, 'steps': 3}");
  write_file("sub/c.json",
             "{'ndparity': 1, 'cases': [" GOOD(
                 "c1") ", {'name': 'c2', 'inputs': "
                       "{}, 'steps': [{'id': 'r', 'op': 'nope', 'args': []}]}, " GOOD("c3") "]}");
  write_file("sub/deeper/d.json", GOOD("d1"));
  write_file("a.jsonl", GOOD("a1"));
  write_file("README.md", "not a case");
  write_file("notes.txt", "{");
  write_file(".hidden.json", "{");
  write_file("e.json", "{broken");
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  struct ndp_error err = {0};
  cr_assert_eq(ndp_corpus_load_path(&corpus, scratch, &err), NDP_OK);
  const char *want[] = {"a1", "b1", "b2", "c1", "c3", "d1"};
  cr_assert_eq(corpus.ncases, 6);
  for (int k = 0; k < 6; k++) cr_assert_str_eq(corpus.cases[k]->name, want[k]);
  cr_assert_eq(corpus.nerrors, 3);
  cr_assert_str_eq(corpus.errors[0].file, scratch_path("a.json"));
  cr_assert_str_eq(corpus.errors[0].message, "steps: expected a non-empty list of steps, got 3");
  cr_assert_str_eq(corpus.errors[0].case_name, "a-bad");
  cr_assert_str_eq(corpus.errors[1].file, scratch_path("e.json"));
  cr_assert_eq(corpus.errors[1].line, 1);
  cr_assert_str_eq(corpus.errors[2].file, scratch_path("sub/c.json"));
  cr_assert_str_eq(corpus.errors[2].message, "cases[1].steps[0].op: unknown op \"nope\"");
  cr_assert_str_eq(corpus.errors[2].case_name, "c2");
  ndp_corpus_reset(&corpus);
}

Test(corpus, should_record_missing_paths_and_duplicate_names) {
  write_file("one.jsonl", GOOD("same") "\n" GOOD("other") "\n" GOOD("same") "\n");
  write_file("two.json", GOOD("other"));
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  struct ndp_error err = {0};
  cr_assert_eq(ndp_corpus_load_path(&corpus, scratch_path("missing"), &err), NDP_OK);
  cr_assert_eq(ndp_corpus_load_path(&corpus, scratch_path("one.jsonl"), &err), NDP_OK);
  cr_assert_eq(ndp_corpus_load_path(&corpus, scratch_path("two.json"), &err), NDP_OK);
  cr_assert_eq(corpus.ncases, 2);
  cr_assert_eq(corpus.nerrors, 3);
  cr_assert_str_eq(corpus.errors[0].file, scratch_path("missing"));
  cr_assert(strstr(corpus.errors[0].message, "No such file or directory") != NULL);
  cr_assert_eq(corpus.errors[1].line, 3);
  cr_assert_str_eq(corpus.errors[1].case_name, "same");
  cr_assert(strstr(corpus.errors[1].message, "duplicate case name \"same\"") != NULL);
  cr_assert(strstr(corpus.errors[1].message, "one.jsonl:1") != NULL, "%s",
            corpus.errors[1].message);
  cr_assert_str_eq(corpus.errors[2].file, scratch_path("two.json"));
  cr_assert(strstr(corpus.errors[2].message, "duplicate case name \"other\"") != NULL);
  ndp_corpus_reset(&corpus);
}

Test(corpus, should_check_case_list_files) {
  write_file("v2.json", "{'ndparity': 2, 'cases': []}");
  write_file("k.json", "{'ndparity': 1, 'cases': [], 'extra': 1}");
  write_file("l.json", "{'ndparity': 1, 'cases': {}}");
  write_file("m.json", "{'ndparity': 1, 'cases': [{'ndparity': 3, 'name': 'q', 'inputs': {}, "
                       "'steps': []}]}");
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  struct ndp_error err = {0};
  cr_assert_eq(ndp_corpus_load_path(&corpus, scratch, &err), NDP_OK);
  cr_assert_eq(corpus.ncases, 0);
  cr_assert_eq(corpus.nerrors, 4);
  cr_assert_str_eq(
      corpus.errors[0].message,
      "extra: unknown key (a case list has ndparity, cases; user keys start with \"x-\")");
  cr_assert_str_eq(corpus.errors[1].message, "cases: expected a list of cases, got an object");
  cr_assert_str_eq(corpus.errors[2].message,
                   "cases[0].ndparity: version 3 is not supported (expected 1)");
  cr_assert_str_eq(corpus.errors[3].message, "ndparity: version 2 is not supported (expected 1)");
  ndp_corpus_reset(&corpus);
}

Test(corpus, should_load_every_sample_case) {
  const char *dir = NDP_SOURCE_DIR "/../shared/cases-sample";
  struct stat sb;
  if (stat(dir, &sb) != 0) cr_skip_test("%s is absent", dir);
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  struct ndp_error err = {0};
  cr_assert_eq(ndp_corpus_load_path(&corpus, dir, &err), NDP_OK);
  for (int k = 0; k < corpus.nerrors && k < 5; k++)
    cr_log_error("%s:%d:%d: %s", corpus.errors[k].file, corpus.errors[k].line,
                 corpus.errors[k].column, corpus.errors[k].message);
  cr_assert_eq(corpus.nerrors, 0);
  cr_assert_eq(corpus.ncases, 365);
  /* sorted walk: astype.jsonl comes first, ufunc.jsonl last */
  cr_assert(strstr(corpus.cases[0]->file, "astype.jsonl") != NULL);
  cr_assert(strstr(corpus.cases[364]->file, "ufunc.jsonl") != NULL);
  ndp_corpus_reset(&corpus);
}
