/* The classifier against a deliberately wrong backend built only for these
 * tests: each of its faults must be detected as its kind, with a stable
 * fingerprint and a message a user understands. */
#include <criterion/criterion.h>
#include <string.h>

#include "ndparity/backend.h"
#include "ndparity/classify.h"
#include "ndparity/runner.h"
#include "oracle_internal.h"

/* The wrong backend: the oracle, with one fault per op. */
static enum ndp_status wrong_run(struct ndp_backend *self, const struct ndp_step *step,
                                 const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                 int64_t *bytes_copied, struct ndp_error *err) {
  (void)self;
  if (step->op == NDP_OP_SQRT)
    return ndp_step_error(err, NDP_ERRC_UNSUPPORTED, "wrong: no sqrt");
  if (step->op == NDP_OP_SQUEEZE)
    return ndp_step_error(err, NDP_ERRC_VALUE, "wrong: squeeze fails with the wrong class");
  if (step->op == NDP_OP_COPY) { /* a view where NumPy copies */
    ndp_tensor_view(operands[0], out);
    return NDP_OK;
  }
  struct ndp_tensor r;
  enum ndp_status st = ndp_oracle_run_step(step, operands, &r, err);
  if (st != NDP_OK) return st;
  size_t nbytes = 0;
  (void)ndp_shape_nbytes(r.ndim, r.shape, ndp_dtype_size(r.dtype), &nbytes, NULL);
  switch (step->op) {
  case NDP_OP_ADD: /* int16 results come out as int32 */
    if (r.dtype == NDP_INT16) {
      st = ndp_copy_as(&r, NDP_INT32, 'C', out, err);
      ndp_tensor_release(&r);
      *bytes_copied = (int64_t)nbytes; /* no more than NumPy: only the dtype is wrong */
      return st;
    }
    break;
  case NDP_OP_MULTIPLY: { /* the element at flat index 1 is off by one */
    st = ndp_copy_as(&r, r.dtype, 'C', out, err);
    ndp_tensor_release(&r);
    if (st != NDP_OK) return st;
    if (ndp_tensor_size(out) > 1) {
      int64_t idx[NDP_MAXDIMS] = {0};
      ndp_index_next(out->ndim, out->shape, idx);
      struct ndp_elem e;
      unsigned char *p = ndp_tensor_at(out, idx);
      ndp_elem_load(out->dtype, false, p, &e);
      e.v.f += 1.0;
      ndp_elem_store(out->dtype, false, p, &e);
    }
    *bytes_copied = (int64_t)nbytes;
    return NDP_OK;
  }
  case NDP_OP_RESHAPE: /* the last two dimensions swapped */
    if (r.ndim >= 2 && r.shape[r.ndim - 1] != r.shape[r.ndim - 2]) {
      int64_t t = r.shape[r.ndim - 1];
      r.shape[r.ndim - 1] = r.shape[r.ndim - 2];
      r.shape[r.ndim - 2] = t;
      t = r.strides[r.ndim - 1];
      r.strides[r.ndim - 1] = r.strides[r.ndim - 2];
      r.strides[r.ndim - 2] = t;
    }
    break;
  case NDP_OP_TRANSPOSE: /* a copy where NumPy makes a view */
    st = ndp_copy_as(&r, r.dtype, 'C', out, err);
    ndp_tensor_release(&r);
    *bytes_copied = (int64_t)nbytes;
    return st;
  default: break;
  }
  *out = r;
  bool shares = false;
  for (int i = 0; i < step->nargs; i++)
    if (operands[i] != NULL && operands[i]->buf == r.buf) shares = true;
  if (!shares) *bytes_copied = (int64_t)nbytes;
  return NDP_OK;
}

static struct ndp_backend wrong = {
    .abi_version = NDP_BACKEND_ABI_VERSION, .name = "wrong", .run_step = wrong_run};

/* Runs text (one case in JSON) on the wrong backend and the oracle. */
static void classify(const char *text, struct ndp_divergences *d) {
  json_error_t jerr;
  json_t *j = json_loads(text, 0, &jerr);
  cr_assert_not_null(j, "test case JSON: %s", jerr.text);
  struct ndp_case *c = NULL;
  struct ndp_error err;
  cr_assert_eq(ndp_case_parse(j, "test.json", 1, &c, &err), NDP_OK, "%s", err.msg);
  json_decref(j);
  struct ndp_backend *oracle;
  cr_assert_eq(ndp_backend_open("oracle", &oracle, &err), NDP_OK);
  struct ndp_step_result re[8], ro[8];
  cr_assert(c->nsteps <= 8);
  cr_assert_eq(ndp_run_case(&wrong, c, re, &err), NDP_OK, "%s", err.msg);
  cr_assert_eq(ndp_run_case(oracle, c, ro, &err), NDP_OK, "%s", err.msg);
  memset(d, 0, sizeof *d);
  cr_assert_eq(ndp_classify_case(c, re, ro, d, &err), NDP_OK);
  ndp_step_results_release(c->nsteps, re);
  ndp_step_results_release(c->nsteps, ro);
  ndp_backend_free(oracle);
  ndp_case_free(c);
}

#define CASE(inputs, steps)                                                                   \
  "{\"ndparity\": 1, \"name\": \"t\", \"inputs\": {" inputs "}, \"steps\": [" steps "]}"

struct kind_row {
  const char *what;
  const char *text;
  enum ndp_div_kind kind;
  const char *fingerprint; /* pinned: the fingerprint must never change */
  const char *message_part;
};

static const struct kind_row rows[] = {
    {"type-mismatch",
     CASE("\"a\": {\"dtype\": \"int8\", \"shape\": [3]}, \"b\": {\"dtype\": \"uint8\", \"shape\": [3]}",
          "{\"id\": \"r\", \"op\": \"add\", \"args\": [\"a\", \"b\"]}"),
     NDP_DIV_TYPE_MISMATCH, "6d4d5ff475421905", "int8 + uint8: engine gives int32, NumPy gives int16"},
    {"value-mismatch",
     CASE("\"a\": {\"dtype\": \"float64\", \"shape\": [2, 2]}",
          "{\"id\": \"r\", \"op\": \"multiply\", \"args\": [\"a\", {\"float\": 2.0}]}"),
     NDP_DIV_VALUE_MISMATCH, "77d52f4060697149",
     "1 of 4 values differ beyond tolerance"},
    {"shape-mismatch",
     CASE("\"a\": {\"dtype\": \"float32\", \"shape\": [6]}",
          "{\"id\": \"r\", \"op\": \"reshape\", \"args\": [\"a\"], \"shape\": [2, 3]}"),
     NDP_DIV_SHAPE_MISMATCH, "acea6994e539ee43", "engine gives shape (3, 2), NumPy gives (2, 3)"},
    {"error-mismatch",
     CASE("\"a\": {\"dtype\": \"int32\", \"shape\": [3]}",
          "{\"id\": \"r\", \"op\": \"squeeze\", \"args\": [\"a\"], \"axis\": 4}"),
     NDP_DIV_ERROR_MISMATCH, "5c6eb314c77d833f", "engine fails with value"},
    {"copy-overhead",
     CASE("\"a\": {\"dtype\": \"float32\", \"shape\": [2, 3]}",
          "{\"id\": \"r\", \"op\": \"transpose\", \"args\": [\"a\"]}"),
     NDP_DIV_COPY_OVERHEAD, "e690917685fa7345", "engine copies 24 bytes where NumPy returns a view"},
    {"alias-mismatch",
     CASE("\"a\": {\"dtype\": \"int64\", \"shape\": [4]}",
          "{\"id\": \"r\", \"op\": \"copy\", \"args\": [\"a\"]}"),
     NDP_DIV_ALIAS_MISMATCH, "e0ecb315af160357", "view of an input where NumPy returns a copy"},
    {"unsupported",
     CASE("\"a\": {\"dtype\": \"float16\", \"shape\": [4]}",
          "{\"id\": \"r\", \"op\": \"sqrt\", \"args\": [\"a\"]}"),
     NDP_DIV_UNSUPPORTED, "ecc86581f84d9c4e", "sqrt(float16): the engine does not support it"},
};

Test(classify, should_detect_every_kind_with_a_stable_fingerprint) {
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    const struct kind_row *row = &rows[i];
    struct ndp_divergences d;
    classify(row->text, &d);
    cr_expect_eq(d.n, 1, "row %zu (%s): %d divergences", i, row->what, d.n);
    if (d.n >= 1) {
      cr_expect_eq(d.items[0].kind, row->kind, "row %zu (%s): kind %s", i, row->what,
                   ndp_div_kind_name(d.items[0].kind));
      cr_expect_str_eq(ndp_div_kind_name(d.items[0].kind), row->what, "row %zu", i);
      cr_expect_str_eq(d.items[0].fingerprint, row->fingerprint, "row %zu (%s): fingerprint %s",
                       i, row->what, d.items[0].fingerprint);
      cr_expect(strstr(d.items[0].message, row->message_part) != NULL,
                "row %zu (%s): message \"%s\" lacks \"%s\"", i, row->what, d.items[0].message,
                row->message_part);
    }
    ndp_divergences_reset(&d);
  }
}

Test(classify, value_mismatch_should_report_worst_error_and_first_index) {
  struct ndp_divergences d;
  classify(rows[1].text, &d);
  cr_assert_eq(d.n, 1);
  cr_expect_eq(d.items[0].first_index, 1);
  cr_expect_eq(d.items[0].mismatches, 1);
  cr_expect_eq(d.items[0].compared, 4);
  cr_expect_eq(d.items[0].max_abs, 1.0); /* arange: a[1] = 1, 2*1 = 2, engine 3 */
  cr_expect_str_eq(d.items[0].first_engine, "3");
  cr_expect_str_eq(d.items[0].first_oracle, "2");
  ndp_divergences_reset(&d);
}

Test(classify, fingerprint_should_not_depend_on_values_and_should_on_dtypes) {
  struct ndp_divergences a, b, c;
  classify(CASE("\"a\": {\"dtype\": \"int8\", \"shape\": [3], \"data\": [1, 2, 3]}, "
                "\"b\": {\"dtype\": \"uint8\", \"shape\": [3], \"fill\": \"ones\"}",
                "{\"id\": \"r\", \"op\": \"add\", \"args\": [\"a\", \"b\"]}"),
           &a);
  classify(rows[0].text, &b);
  classify(CASE("\"a\": {\"dtype\": \"uint8\", \"shape\": [3]}, \"b\": {\"dtype\": \"int8\", "
                "\"shape\": [3]}",
                "{\"id\": \"r\", \"op\": \"add\", \"args\": [\"a\", \"b\"]}"),
           &c);
  cr_assert_eq(a.n, 1);
  cr_assert_eq(b.n, 1);
  cr_assert_eq(c.n, 1);
  cr_expect_str_eq(a.items[0].fingerprint, b.items[0].fingerprint);
  cr_expect_str_neq(a.items[0].fingerprint, c.items[0].fingerprint);
  ndp_divergences_reset(&a);
  ndp_divergences_reset(&b);
  ndp_divergences_reset(&c);
}

Test(classify, same_error_class_on_both_sides_should_not_diverge) {
  struct ndp_divergences d;
  classify(CASE("\"a\": {\"dtype\": \"int32\", \"shape\": [2, 3]}, \"b\": {\"dtype\": \"int32\", "
                "\"shape\": [4]}",
                "{\"id\": \"r\", \"op\": \"add\", \"args\": [\"a\", \"b\"]}"),
           &d);
  cr_expect_eq(d.n, 0);
  ndp_divergences_reset(&d);
}

/* A value-mismatch carried into later steps (ravel and negative of a
 * product that differs) is the root's, counted in its message; a step that
 * makes its own difference (a second, independent multiply) still is one. */
Test(classify, a_carried_value_difference_should_be_reported_once_at_its_root) {
  struct ndp_divergences d;
  classify(CASE("\"a\": {\"dtype\": \"float64\", \"shape\": [2, 2]}",
                "{\"id\": \"m\", \"op\": \"multiply\", \"args\": [\"a\", {\"float\": 2.0}]},"
                "{\"id\": \"r\", \"op\": \"ravel\", \"args\": [\"m\"]},"
                "{\"id\": \"n\", \"op\": \"negative\", \"args\": [\"r\"]},"
                "{\"id\": \"t\", \"op\": \"transpose\", \"args\": [\"a\"]},"
                "{\"id\": \"m2\", \"op\": \"multiply\", \"args\": [\"n\", {\"float\": 3.0}]}"),
           &d);
  /* m: value; t: copy-overhead (the wrong backend copies); m2: its own
   * multiply fault on values that already differ: carried, not counted */
  cr_assert_eq(d.n, 2, "%d divergences", d.n);
  cr_expect_eq(d.items[0].kind, NDP_DIV_VALUE_MISMATCH);
  cr_expect_eq(d.items[0].step, 0);
  cr_expect(strstr(d.items[0].message,
                   "(the difference carries into 3 later steps that read these values, not "
                   "reported apart)") != NULL,
            "%s", d.items[0].message);
  cr_expect_eq(d.items[1].kind, NDP_DIV_COPY_OVERHEAD);
  cr_expect_eq(d.items[1].step, 3);
  ndp_divergences_reset(&d);

  /* an independent product: its own root */
  classify(CASE("\"a\": {\"dtype\": \"float64\", \"shape\": [2, 2]}",
                "{\"id\": \"m\", \"op\": \"multiply\", \"args\": [\"a\", {\"float\": 2.0}]},"
                "{\"id\": \"m2\", \"op\": \"multiply\", \"args\": [\"a\", {\"float\": 3.0}]}"),
           &d);
  cr_assert_eq(d.n, 2, "%d divergences", d.n);
  cr_expect_eq(d.items[0].step, 0);
  cr_expect_eq(d.items[1].step, 1);
  cr_expect(strstr(d.items[0].message, "carries") == NULL, "%s", d.items[0].message);
  ndp_divergences_reset(&d);
}
