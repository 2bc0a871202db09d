/* The live numpy backend (live/src/live_python.c, live_numpy.c,
 * live/py/ndp_live.py) and `ndparity capture` (live/src/capture.c).
 *
 * Every Criterion test runs in its own process, so each one that runs a
 * step starts its own interpreter (lazily, as a worker does). In a build
 * without Python the backend's tests check the message that says so and
 * skip; capture's tests run with the oracle either way. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ndparity/backend.h"
#include "ndparity/case.h"
#include "ndparity/live.h"
#include "ndparity/runner.h"

/* ---------------------------------------------------------------- helpers */

/* Test JSON is written with ' for ". */
static struct ndp_case *parse(const char *text) {
  char *s = strdup(text);
  cr_assert_not_null(s);
  for (char *p = s; *p; p++)
    if (*p == '\'') *p = '"';
  json_error_t jerr;
  json_t *j = json_loads(s, JSON_REJECT_DUPLICATES, &jerr);
  cr_assert_not_null(j, "bad test JSON: %s (%s)", jerr.text, s);
  free(s);
  struct ndp_case *c = NULL;
  struct ndp_error err = {0};
  enum ndp_status st = ndp_case_parse(j, "t.json", 1, &c, &err);
  json_decref(j);
  cr_assert_eq(st, NDP_OK, "parse failed: %s (%s)", err.msg, text);
  return c;
}

#define CASE(inputs, steps)                                                                        \
  "{'ndparity': 1, 'name': 'p', 'inputs': {" inputs "}, 'steps': [" steps "]}"
#define CASE_X(inputs, steps, expect)                                                              \
  "{'ndparity': 1, 'name': 'p', 'inputs': {" inputs "}, 'steps': [" steps "], 'expect': {" expect  \
  "}}"

/* The numpy backend, or a skipped test when this build has no Python. */
static struct ndp_backend *numpy_or_skip(void) {
  struct ndp_backend *be = NULL;
  struct ndp_error err = {0};
  enum ndp_status st = ndp_backend_open("numpy", &be, &err);
  if (!ndp_live_available()) {
    cr_assert_eq(st, NDP_EINPUT);
    cr_assert_null(be);
    cr_skip_test("built without Python: %s", err.msg);
  }
  cr_assert_eq(st, NDP_OK, "open numpy: %s", err.msg);
  return be;
}

struct run {
  struct ndp_case *c;
  struct ndp_step_result *r;
};

static struct run run_case(struct ndp_backend *be, const char *text) {
  struct run x;
  x.c = parse(text);
  x.r = calloc((size_t)x.c->nsteps, sizeof *x.r);
  cr_assert_not_null(x.r);
  struct ndp_error err = {0};
  cr_assert_eq(ndp_run_case(be, x.c, x.r, &err), NDP_OK, "run: %s", err.msg);
  return x;
}

static void run_free(struct run *x) {
  ndp_step_results_release(x->c->nsteps, x->r);
  free(x->r);
  ndp_case_free(x->c);
}

static const struct ndp_step_result *ok_step(const struct run *x, int s) {
  const struct ndp_step_result *r = &x->r[s];
  cr_assert(r->ran, "step %d did not run", s);
  cr_assert_eq(r->status, NDP_OK, "step %d (%s) failed: %s", s, x->c->steps[s].id, r->err.msg);
  return r;
}

static int64_t at_i64(const struct ndp_tensor *t, int64_t flat) {
  int64_t idx[NDP_MAXDIMS] = {0};
  for (int64_t k = 0; k < flat; k++) ndp_index_next(t->ndim, t->shape, idx);
  struct ndp_elem e;
  ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
  switch (ndp_dtype_kind(t->dtype)) {
  case NDP_KIND_INT:
    return e.v.i;
  case NDP_KIND_UINT:
    return (int64_t)e.v.u;
  case NDP_KIND_BOOL:
    return e.v.b;
  default:
    return (int64_t)e.v.f;
  }
}

/* ---------------------------------------------------------------- opening */

Test(live_open, should_name_numpy_and_refuse_other_names) {
  cr_assert(ndp_live_is_backend("numpy"));
  cr_assert(!ndp_live_is_backend("oracle"));
  struct ndp_backend *be = (struct ndp_backend *)1;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_live_backend_open("torchy", &be, &err), NDP_EINPUT);
  cr_assert_null(be);
  cr_assert(strstr(err.msg, "not a live backend") != NULL, "%s", err.msg);
}

Test(live_open, should_say_why_when_built_without_python) {
  struct ndp_backend *be = NULL;
  struct ndp_error err = {0};
  enum ndp_status st = ndp_backend_open("numpy", &be, &err);
  if (ndp_live_available()) {
    cr_assert_eq(st, NDP_OK, "%s", err.msg);
    cr_assert_str_eq(be->name, "numpy");
    cr_assert_null(be->infer_spec); /* NumPy has no static specs */
    ndp_backend_free(be);
    return;
  }
  cr_assert_eq(st, NDP_EINPUT);
  cr_assert_str_eq(err.msg, "the numpy backend is not available: ndparity was built without "
                            "Python 3 (install python3-dev and python3-numpy and rebuild)");
}

/* Open checks the interpreter in a child process: a helper module whose
 * check() refuses (the wrong NumPy, a promotion state other than weak)
 * fails the open with its reason, and this process has no interpreter. */
Test(live_open, should_refuse_a_numpy_that_is_not_the_truth) {
  if (!ndp_live_available()) cr_skip_test("built without Python");
  char dir[] = "/tmp/ndp_live_fakeXXXXXX";
  cr_assert_not_null(mkdtemp(dir));
  char path[256];
  snprintf(path, sizeof path, "%s/ndp_live.py", dir);
  FILE *f = fopen(path, "w");
  cr_assert_not_null(f);
  fputs("def check():\n    return \"NumPy 2.0.0 found, but the truth is NumPy 1.24.x\"\n", f);
  fclose(f);
  setenv("NDP_LIVE_PY", dir, 1);
  struct ndp_backend *be = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open("numpy", &be, &err), NDP_EINPUT);
  cr_assert_null(be);
  cr_assert_str_eq(err.msg, "the numpy backend cannot run: NumPy 2.0.0 found, but the truth is "
                            "NumPy 1.24.x");
  unsetenv("NDP_LIVE_PY");
  remove(path);
  rmdir(dir);
}

Test(live_open, should_refuse_a_missing_helper_module) {
  if (!ndp_live_available()) cr_skip_test("built without Python");
  setenv("NDP_LIVE_PY", "/nonexistent/ndp_live_py", 1);
  struct ndp_backend *be = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open("numpy", &be, &err), NDP_EINPUT);
  cr_assert(strstr(err.msg, "cannot import ndp_live.py from /nonexistent/ndp_live_py") != NULL,
            "%s", err.msg);
  unsetenv("NDP_LIVE_PY");
}

/* ---------------------------------------------------------------- zero copy */

Test(live_zero_copy, should_hand_numpy_the_input_buffer_itself) {
  struct ndp_backend *be = numpy_or_skip();
  /* to_numpy is np.asarray: NumPy gives back the ndarray it was handed, so
   * the result is the input's own ndp_buffer at the same offset */
  struct run x = run_case(be, CASE("'a': {'dtype': '>i4', 'shape': [2, 3], 'fill': 'arange', "
                                   "'order': 'F'}",
                                   "{'id': 't', 'op': 'to_numpy', 'args': ['a']},"
                                   "{'id': 'g', 'op': 'getitem', 'args': ['a'], 'index': "
                                   "[{'slice': [null, null, -1]}, 1]},"
                                   "{'id': 'd', 'op': 'dlpack_roundtrip', 'args': ['g']}"));
  const struct ndp_tensor *a = &x.c->inputs[0].tensor;
  const struct ndp_step_result *t = ok_step(&x, 0);
  cr_assert_eq(t->value.buf, a->buf);
  cr_assert_eq(t->value.offset, a->offset);
  cr_assert(t->value.swapped && t->value.dtype == NDP_INT32);
  cr_assert(t->value.strides[0] == 4 && t->value.strides[1] == 8); /* F order kept */
  cr_assert(t->view);
  cr_assert_eq(t->bytes_copied, 0);
  /* a[::-1, 1]: the same buffer, a negative stride, an offset */
  const struct ndp_step_result *g = ok_step(&x, 1);
  cr_assert_eq(g->value.buf, a->buf);
  cr_assert(g->value.ndim == 1 && g->value.shape[0] == 2 && g->value.strides[0] == -4);
  cr_assert_eq(g->value.offset, a->offset + 4 + 8);
  cr_assert(at_i64(&g->value, 0) == 4 && at_i64(&g->value, 1) == 1);
  /* DLPack refuses a non-native byte order (BufferError: class value) */
  cr_assert_eq(x.r[2].status, NDP_ESTEP);
  cr_assert_eq(x.r[2].err.cls, NDP_ERRC_VALUE, "%s", x.r[2].err.msg);
  run_free(&x);
  ndp_backend_free(be);
}

Test(live_zero_copy, should_wrap_numpy_memory_without_copying_it_back) {
  struct ndp_backend *be = numpy_or_skip();
  struct run x = run_case(be, CASE("'a': {'dtype': 'float64', 'shape': [2, 3], 'fill': 'arange'}",
                                   "{'id': 'r', 'op': 'add', 'args': ['a', 'a']},"
                                   "{'id': 's', 'op': 'reshape', 'args': ['r'], 'shape': [3, 2]},"
                                   "{'id': 'f', 'op': 'transpose', 'args': ['r']},"
                                   "{'id': 'd', 'op': 'dlpack_roundtrip', 'args': ['r']}"));
  const struct ndp_tensor *a = &x.c->inputs[0].tensor;
  const struct ndp_step_result *r = ok_step(&x, 0);
  /* new memory, NumPy's: wrapped (released with the array), counted once */
  cr_assert_neq(r->value.buf, a->buf);
  cr_assert_not_null(r->value.buf->release_foreign);
  cr_assert_eq(r->bytes_copied, 48);
  cr_assert(!r->view);
  cr_assert_eq(at_i64(&r->value, 5), 10);
  /* views of that result are views of the same wrapped buffer: the step's
   * operand went to NumPy as an array over it, and came back inside it */
  for (int s = 1; s <= 3; s++) {
    const struct ndp_step_result *v = ok_step(&x, s);
    cr_assert_eq(v->value.buf, r->value.buf, "step %s", x.c->steps[s].id);
    cr_assert_eq(v->bytes_copied, 0, "step %s", x.c->steps[s].id);
    cr_assert(!v->view); /* not an input's memory */
  }
  cr_assert(x.r[2].value.strides[0] == 8 && x.r[2].value.strides[1] == 24);
  run_free(&x);
  ndp_backend_free(be);
}

Test(live_zero_copy, should_carry_numpys_readonly_flag) {
  struct ndp_backend *be = numpy_or_skip();
  struct run x =
      run_case(be, CASE("'a': {'dtype': 'int16', 'shape': [3], 'fill': 'arange'}",
                        "{'id': 'b', 'op': 'broadcast_to', 'args': ['a'], 'shape': [2, 3]},"
                        "{'id': 'g', 'op': 'getitem', 'args': ['b'], 'index': [0]},"
                        "{'id': 'd', 'op': 'dlpack_roundtrip', 'args': ['g']},"
                        "{'id': 'e', 'op': 'dlpack_roundtrip', 'args': ['a']}"));
  const struct ndp_step_result *b = ok_step(&x, 0), *g = ok_step(&x, 1), *e = ok_step(&x, 3);
  cr_assert(b->value.readonly && b->value.strides[0] == 0 && b->view);
  cr_assert(g->value.readonly);           /* a view of a read-only view */
  cr_assert_eq(x.r[2].status, NDP_ESTEP); /* __dlpack__ refuses read-only arrays */
  cr_assert_eq(x.r[2].err.cls, NDP_ERRC_VALUE);
  cr_assert(strstr(x.r[2].err.msg, "BufferError") != NULL, "%s", x.r[2].err.msg);
  /* NumPy 1.24's from_dlpack gives a read-only view */
  cr_assert(e->value.readonly && e->view && e->value.buf == x.c->inputs[0].tensor.buf);
  cr_assert(!x.c->inputs[0].tensor.readonly);
  run_free(&x);
  ndp_backend_free(be);
}

/* ---------------------------------------------------------------- views and copies */

struct copy_row {
  const char *inputs, *step;
  bool view;
  int64_t bytes;
};

Test(live_views, should_detect_views_and_count_bytes_as_numpy_does) {
  struct ndp_backend *be = numpy_or_skip();
  static const struct copy_row rows[] = {
      {"'a': {'dtype': 'float64', 'shape': [2, 3]}",
       "'op': 'reshape', 'args': ['a'], 'shape': [-1]", true, 0},
      {"'a': {'dtype': 'float64', 'shape': [2, 3], 'order': 'F'}",
       "'op': 'reshape', 'args': ['a'], 'shape': [-1]", false, 48},
      {"'a': {'dtype': 'float64', 'shape': [2, 3], 'order': 'F'}",
       "'op': 'ravel', 'args': ['a'], 'order': 'F'", true, 0},
      {"'a': {'dtype': 'int8', 'shape': [2, 3]}", "'op': 'transpose', 'args': ['a']", true, 0},
      {"'a': {'dtype': 'int8', 'shape': [2, 3]}", "'op': 'copy', 'args': ['a']", false, 6},
      {"'a': {'dtype': 'int8', 'shape': [2, 3]}", "'op': 'ascontiguousarray', 'args': ['a']", true,
       0},
      {"'a': {'dtype': 'int8', 'shape': [2, 3]}", "'op': 'asfortranarray', 'args': ['a']", false,
       6},
      {"'a': {'dtype': 'int16', 'shape': [2, 3]}",
       "'op': 'astype', 'args': ['a'], 'dtype': 'int16'", false, 12},
      {"'a': {'dtype': 'int16', 'shape': [2, 3]}", "'op': 'npy_roundtrip', 'args': ['a']", false,
       12},
      {"'a': {'dtype': 'int16', 'shape': [2, 3], 'order': 'F'}",
       "'op': 'npy_roundtrip', 'args': ['a']", false, 12},
      {"'a': {'dtype': 'int16', 'shape': [2, 3]}", "'op': 'dlpack_roundtrip', 'args': ['a']", true,
       0},
      {"'a': {'dtype': 'int16', 'shape': [2, 1, 3]}", "'op': 'squeeze', 'args': ['a']", true, 0},
      {"'a': {'dtype': 'int16', 'shape': [2, 3]}",
       "'op': 'expand_dims', 'args': ['a'], 'axis': [0, 3]", true, 0},
      {"'a': {'dtype': 'int16', 'shape': [2, 3]}",
       "'op': 'getitem', 'args': ['a'], 'index': [1, 2]", false, 2},
      {"'a': {'dtype': 'int16', 'shape': [2, 3]}",
       "'op': 'getitem', 'args': ['a'], 'index': [1, '...']", true, 0},
      {"'a': {'dtype': 'uint8', 'shape': [4]}", "'op': 'concatenate', 'args': ['a', 'a']", false,
       8},
      {"'a': {'dtype': 'float32', 'shape': [2, 3]}", "'op': 'sum', 'args': ['a']", false, 4},
      {"'a': {'dtype': 'float32', 'shape': [2, 3]}", "'op': 'sum', 'args': ['a'], 'axis': 0", false,
       12},
      {"'a': {'dtype': 'float32', 'shape': [2, 3]}",
       "'op': 'broadcast_to', 'args': [{'int': 7}], 'shape': [4, 4]", false, 8},
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    char text[1024];
    snprintf(
        text, sizeof text,
        "{\"ndparity\": 1, \"name\": \"p\", \"inputs\": {%s}, \"steps\": [{\"id\": \"r\", %s}]}",
        rows[i].inputs, rows[i].step);
    struct run x = run_case(be, text);
    const struct ndp_step_result *r = ok_step(&x, 0);
    cr_expect_eq(r->view, rows[i].view, "row %zu (%s): view %d", i, rows[i].step, r->view);
    cr_expect_eq(r->bytes_copied, rows[i].bytes, "row %zu (%s): %lld bytes", i, rows[i].step,
                 (long long)r->bytes_copied);
    run_free(&x);
  }
  ndp_backend_free(be);
}

/* ---------------------------------------------------------------- errors */

struct error_row {
  const char *inputs, *step;
  enum ndp_errclass cls;
  const char *exception; /* the start of NumPy's exception, as the message gives it */
};

Test(live_errors, should_map_numpy_exceptions_to_error_classes) {
  struct ndp_backend *be = numpy_or_skip();
  static const struct error_row rows[] = {
      {"'a': {'dtype': 'int32', 'shape': [2, 3]}, 'b': {'dtype': 'int32', 'shape': [2]}",
       "'op': 'add', 'args': ['a', 'b']", NDP_ERRC_BROADCAST,
       "ValueError: operands could not be broadcast"},
      {"'a': {'dtype': 'float32', 'shape': [3]}",
       "'op': 'broadcast_to', 'args': ['a'], 'shape': [2, 2]", NDP_ERRC_BROADCAST, "ValueError"},
      {"'a': {'dtype': 'int64', 'shape': [2, 3]}",
       "'op': 'reshape', 'args': ['a'], 'shape': [4, -1]", NDP_ERRC_RESHAPE,
       "ValueError: cannot reshape"},
      {"'a': {'dtype': 'int64', 'shape': [2, 3]}",
       "'op': 'reshape', 'args': ['a'], 'shape': [-1, -1]", NDP_ERRC_RESHAPE,
       "ValueError: can only specify one unknown"},
      {"'a': {'dtype': 'float64', 'shape': [2, 3]}", "'op': 'sum', 'args': ['a'], 'axis': 2",
       NDP_ERRC_AXIS, "AxisError"},
      {"'a': {'dtype': 'uint8', 'shape': [4]}", "'op': 'getitem', 'args': ['a'], 'index': [4]",
       NDP_ERRC_INDEX, "IndexError"},
      {"'a': {'dtype': 'float64', 'shape': [3]}",
       "'op': 'astype', 'args': ['a'], 'dtype': 'int32', 'casting': 'same_kind'", NDP_ERRC_CAST,
       "TypeError: Cannot cast array data"},
      {"'a': {'dtype': 'float64', 'shape': [3]}",
       "'op': 'add', 'args': ['a', 'a'], 'dtype': 'float32', 'casting': 'safe'", NDP_ERRC_CAST,
       "UFuncTypeError"},
      {"'a': {'dtype': 'uint8', 'shape': [3]}", "'op': 'add', 'args': ['a', {'int': 256}]",
       NDP_ERRC_OVERFLOW, "OverflowError"},
      {"'a': {'dtype': 'uint64', 'shape': [3]}", "'op': 'maximum', 'args': ['a', {'int': -1}]",
       NDP_ERRC_OVERFLOW, "OverflowError"},
      {"'a': {'dtype': 'float32', 'shape': [0, 2]}", "'op': 'max', 'args': ['a']",
       NDP_ERRC_NO_IDENTITY, "ValueError: zero-size array"},
      {"'a': {'dtype': 'float32', 'shape': [3]}", "'op': 'bitwise_and', 'args': ['a', 'a']",
       NDP_ERRC_TYPE, "TypeError: ufunc 'bitwise_and' not supported"},
      {"'a': {'dtype': 'bool', 'shape': [3]}", "'op': 'negative', 'args': ['a']", NDP_ERRC_TYPE,
       "TypeError"},
      {"'a': {'dtype': 'int32', 'shape': [3]}", "'op': 'power', 'args': ['a', {'int': -1}]",
       NDP_ERRC_VALUE, "ValueError: Integers to negative"},
      {"'a': {'dtype': 'int32', 'shape': [2, 3]}", "'op': 'squeeze', 'args': ['a'], 'axis': 0",
       NDP_ERRC_VALUE, "ValueError"},
      {"'a': {'dtype': 'int32', 'shape': [2, 3]}",
       "'op': 'transpose', 'args': ['a'], 'axes': [1, 1]", NDP_ERRC_VALUE,
       "ValueError: repeated axis"},
      {"'a': {'dtype': 'bool', 'shape': [3]}", "'op': 'dlpack_roundtrip', 'args': ['a']",
       NDP_ERRC_VALUE, "BufferError"},
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    char text[1024];
    snprintf(
        text, sizeof text,
        "{\"ndparity\": 1, \"name\": \"p\", \"inputs\": {%s}, \"steps\": [{\"id\": \"r\", %s}]}",
        rows[i].inputs, rows[i].step);
    struct run x = run_case(be, text);
    const struct ndp_step_result *r = &x.r[0];
    cr_expect_eq(r->status, NDP_ESTEP, "row %zu (%s) did not fail", i, rows[i].step);
    cr_expect_eq(r->err.cls, rows[i].cls, "row %zu (%s): class %s (%s)", i, rows[i].step,
                 ndp_errclass_name(r->err.cls), r->err.msg);
    cr_expect(strncmp(r->err.msg, rows[i].exception, strlen(rows[i].exception)) == 0,
              "row %zu: message \"%s\"", i, r->err.msg);
    run_free(&x);
  }
  ndp_backend_free(be);
}

/* ---------------------------------------------------------------- promotion */

struct promo_row {
  const char *inputs, *step;
  enum ndp_dtype dtype;
};

Test(live_promotion, should_be_weak_nep50_promotion) {
  struct ndp_backend *be = numpy_or_skip();
  static const struct promo_row rows[] = {
      /* Python scalars are weak: the array's dtype wins where the kind allows */
      {"'a': {'dtype': 'uint8', 'shape': [3]}", "'op': 'add', 'args': ['a', {'int': 1}]",
       NDP_UINT8},
      {"'a': {'dtype': 'float32', 'shape': [3]}", "'op': 'multiply', 'args': ['a', {'float': 1.5}]",
       NDP_FLOAT32},
      {"'a': {'dtype': 'int8', 'shape': [3]}", "'op': 'add', 'args': ['a', {'float': 1.5}]",
       NDP_FLOAT64},
      {"'a': {'dtype': 'float16', 'shape': [3]}", "'op': 'add', 'args': [{'complex': [1, 2]}, 'a']",
       NDP_COMPLEX64},
      {"'a': {'dtype': 'int16', 'shape': [3]}", "'op': 'less', 'args': ['a', {'bool': true}]",
       NDP_BOOL},
      /* NumPy scalars and 0-d arrays are strong (legacy value-based
       * promotion would give int8 / float32) */
      {"'a': {'dtype': 'int8', 'shape': [3]}",
       "'op': 'add', 'args': ['a', {'scalar': 1, 'dtype': 'int64'}]", NDP_INT64},
      {"'a': {'dtype': 'float32', 'shape': [3]}, 'z': {'dtype': 'float64', 'shape': []}",
       "'op': 'add', 'args': ['a', 'z']", NDP_FLOAT64},
      {"'a': {'dtype': 'float32', 'shape': [3]}",
       "'op': 'add', 'args': ['a', {'scalar': 1, 'dtype': '>f8'}]", NDP_FLOAT64},
      /* NumPy 1.24 takes a np.complex128 scalar (a subclass of Python's
       * complex) as weak: the golden corpus pins it, the backend keeps it */
      {"'a': {'dtype': 'float32', 'shape': [3]}",
       "'op': 'add', 'args': [{'scalar': [1, 2], 'dtype': 'complex128'}, 'a']", NDP_COMPLEX64},
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    char text[1024];
    snprintf(
        text, sizeof text,
        "{\"ndparity\": 1, \"name\": \"p\", \"inputs\": {%s}, \"steps\": [{\"id\": \"r\", %s}]}",
        rows[i].inputs, rows[i].step);
    struct run x = run_case(be, text);
    const struct ndp_step_result *r = ok_step(&x, 0);
    cr_expect_eq(r->value.dtype, rows[i].dtype, "row %zu (%s): %s", i, rows[i].step,
                 ndp_dtype_name(r->value.dtype));
    run_free(&x);
  }
  ndp_backend_free(be);
}

/* A step whose NumPy result is a NumPy scalar hands that scalar, not a 0-d
 * array, to later steps: np.complex128 scalars are weak in NumPy 1.24. */
Test(live_promotion, should_pass_numpy_scalar_results_on_as_scalars) {
  struct ndp_backend *be = numpy_or_skip();
  struct run x = run_case(be, CASE("'a': {'dtype': 'float32', 'shape': [3], 'fill': 'ones'}",
                                   "{'id': 's', 'op': 'sum', 'args': ['a'], 'dtype': 'complex128'},"
                                   "{'id': 'm', 'op': 'maximum', 'args': ['s', 'a']},"
                                   "{'id': 'z', 'op': 'reshape', 'args': ['s'], 'shape': [1]}"));
  const struct ndp_step_result *s = ok_step(&x, 0), *m = ok_step(&x, 1), *z = ok_step(&x, 2);
  cr_assert(s->value.ndim == 0 && s->value.dtype == NDP_COMPLEX128);
  cr_assert_eq(s->bytes_copied, 16);
  cr_assert_eq(m->value.dtype, NDP_COMPLEX64);
  cr_assert_neq(z->value.buf, s->value.buf); /* np.reshape of a scalar makes an array */
  run_free(&x);
  ndp_backend_free(be);
}

/* NumPy 1.24 caches the loop of a ufunc per operand DType classes; a Python
 * int beyond int64 resolves by value when it comes first. The backend's
 * answers do not depend on which came first: a huge int overflows, and a
 * later small int gets the ordinary loop (not an object array). */
Test(live_promotion, should_not_depend_on_earlier_huge_python_ints) {
  struct ndp_backend *be = numpy_or_skip();
  struct run x = run_case(
      be, CASE("'a': {'dtype': 'uint32', 'shape': [3], 'fill': 'arange'}, 'b': {'dtype': 'bool', "
               "'shape': [2], 'fill': 'ones'}",
               "{'id': 'h', 'op': 'bitwise_or', 'args': ['a', {'int': '1180591620717411303424'}]},"
               "{'id': 's', 'op': 'bitwise_or', 'args': ['a', {'int': 5}]},"
               "{'id': 'c', 'op': 'less_equal', 'args': ['b', {'int': '-1180591620717411303424'}]},"
               "{'id': 'd', 'op': 'less_equal', 'args': ['b', {'int': 5}]},"
               "{'id': 'x', 'op': 'bitwise_or', 'args': [{'complex': [1, 0]}, {'int': "
               "'9223372036854775808'}]}"));
  cr_assert_eq(x.r[0].status, NDP_ESTEP);
  cr_assert_eq(x.r[0].err.cls, NDP_ERRC_OVERFLOW, "%s", x.r[0].err.msg);
  const struct ndp_step_result *s = ok_step(&x, 1);
  cr_assert(s->value.dtype == NDP_UINT32 && at_i64(&s->value, 2) == 7);
  cr_assert_eq(x.r[2].err.cls, NDP_ERRC_OVERFLOW, "%s", x.r[2].err.msg);
  cr_assert_eq(ok_step(&x, 3)->value.dtype, NDP_BOOL);
  cr_assert_eq(x.r[4].err.cls, NDP_ERRC_TYPE, "%s", x.r[4].err.msg); /* no loop, whatever value */
  run_free(&x);
  ndp_backend_free(be);
}

/* ---------------------------------------------------------------- the corpus */

/* A few golden files through the backend: every expectation holds. */
Test(live_corpus, should_meet_the_golden_expectations) {
  struct ndp_backend *be = numpy_or_skip();
  static const char *files[] = {"errors.jsonl", "crossings.jsonl", "scalars.jsonl", "chains.jsonl"};
  for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
    char path[512];
    snprintf(path, sizeof path, "%s/cases/golden/%s", NDP_SOURCE_DIR, files[f]);
    struct ndp_corpus corpus;
    ndp_corpus_init(&corpus);
    struct ndp_error err = {0};
    cr_assert_eq(ndp_corpus_load_path(&corpus, path, &err), NDP_OK, "%s", err.msg);
    cr_assert_eq(corpus.nerrors, 0, "%s", path);
    cr_assert_gt(corpus.ncases, 30);
    for (int i = 0; i < corpus.ncases; i++) {
      const struct ndp_case *c = corpus.cases[i];
      struct ndp_step_result *r = calloc((size_t)c->nsteps, sizeof *r);
      cr_assert_eq(ndp_run_case(be, c, r, &err), NDP_OK, "%s: %s", c->name, err.msg);
      struct ndp_expect_failures fails = {0};
      cr_assert_eq(ndp_check_expectations(c, r, "numpy", &fails, &err), NDP_OK);
      cr_expect_eq(fails.n, 0, "%s: step %s %s: expected %s, got %s", c->name,
                   fails.n ? fails.items[0].step : "", fails.n ? fails.items[0].field : "",
                   fails.n ? fails.items[0].expected : "", fails.n ? fails.items[0].actual : "");
      ndp_expect_failures_reset(&fails);
      ndp_step_results_release(c->nsteps, r);
      free(r);
    }
    ndp_corpus_reset(&corpus);
  }
  ndp_backend_free(be);
}

/* ---------------------------------------------------------------- capture */

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  cr_assert_not_null(f, "cannot open %s", path);
  static char buf[1 << 16];
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = '\0';
  return buf;
}

static void spit(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  cr_assert_not_null(f, "cannot write %s", path);
  fputs(text, f);
  fclose(f);
}

/* Capture with backend `be`: the .jsonl file keeps its comments, its
 * broken line and every key but expect, and the captured expectations pass
 * `check` on that backend. Runs with the oracle in any build. */
static void capture_round_trip(const char *be_name) {
  char dir[] = "/tmp/ndp_capture_XXXXXX";
  cr_assert_not_null(mkdtemp(dir));
  char src[300], out[300], file[400], outfile[400];
  snprintf(src, sizeof src, "%s/src", dir);
  snprintf(out, sizeof out, "%s/out", dir);
  cr_assert_eq(mkdir(src, 0777), 0);
  snprintf(file, sizeof file, "%s/c.jsonl", src);
  spit(
      file,
      "// kept\n"
      "{\"ndparity\":1,\"name\":\"c/1\",\"x-k\":1,\"inputs\":{\"a\":{\"dtype\":\"float32\","
      "\"shape\":[2],\"data\":[0.1,\"-inf\"]}},\"steps\":[{\"id\":\"r\",\"op\":\"add\",\"args\":"
      "[\"a\",{\"int\":1}]},{\"id\":\"t\",\"op\":\"transpose\",\"args\":[\"a\"]},{\"id\":\"e\","
      "\"op\":\"sum\",\"args\":[\"a\"],\"axis\":3},{\"id\":\"k\",\"op\":\"astype\",\"args\":[\"a\"]"
      ","
      "\"dtype\":\"int8\"}],\"expect\":{\"r\":{\"dtype\":\"int8\"}}}\n"
      "{not json\n"
      "{\"ndparity\":1,\"name\":\"c/2\",\"inputs\":{\"b\":{\"dtype\":\"uint64\",\"shape\":[1],"
      "\"data\":[\"18446744073709551615\"]}},\"steps\":[{\"id\":\"n\",\"op\":\"negative\",\"args\":"
      "[\"b\"]},{\"id\":\"q\",\"op\":\"less\",\"args\":[\"b\",{\"int\":-1}]}]}\n");
  char *argv[] = {"--backend", (char *)be_name, "--quiet", "--out", out, src};
  cr_assert_eq(ndp_capture_main(6, argv), 2); /* the broken line is an input error */
  snprintf(outfile, sizeof outfile, "%s/c.jsonl", out);
  const char *text = slurp(outfile);
  cr_assert(
      strncmp(text,
              "// kept\n{\"ndparity\":1,\"name\":\"c/1\",\"x-k\":1,\"inputs\":"
              "{\"a\":{\"dtype\":\"float32\",\"shape\":[2],\"data\":[0.1,\"-inf\"]}}",
              strlen("// kept\n{\"ndparity\":1,\"name\":\"c/1\",\"x-k\":1,\"inputs\":"
                     "{\"a\":{\"dtype\":\"float32\",\"shape\":[2],\"data\":[0.1,\"-inf\"]}}")) == 0,
      "%s", text);
  cr_assert(strstr(text, "\"expect\":{\"r\":{\"dtype\":\"float32\",\"shape\":[2],\"view\":false,"
                         "\"data\":[1.1,\"-inf\"]},\"t\":{\"dtype\":\"float32\","
                         "\"shape\":[2],\"view\":true,\"data\":[0.1,\"-inf\"]},"
                         "\"e\":{\"error\":\"axis\"},\"k\":{\"dtype\":\"int8\",\"shape\":[2],"
                         "\"view\":false}}}\n{not json\n") != NULL,
            "%s", text);
  /* uint64 beyond 2^53 as a string; the out-of-range comparison unpinned */
  cr_assert(strstr(text, "\"expect\":{\"n\":{\"dtype\":\"uint64\",\"shape\":[1],\"view\":false,"
                         "\"data\":[1]}}}\n") != NULL,
            "%s", text);
  /* the captured file checks clean on the same backend */
  struct ndp_backend *be = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open(be_name, &be, &err), NDP_OK, "%s", err.msg);
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  cr_assert_eq(ndp_corpus_load_path(&corpus, outfile, &err), NDP_OK);
  cr_assert_eq(corpus.ncases, 2);
  for (int i = 0; i < corpus.ncases; i++) {
    const struct ndp_case *c = corpus.cases[i];
    struct ndp_step_result *r = calloc((size_t)c->nsteps, sizeof *r);
    cr_assert_eq(ndp_run_case(be, c, r, &err), NDP_OK);
    struct ndp_expect_failures fails = {0};
    cr_assert_eq(ndp_check_expectations(c, r, be_name, &fails, &err), NDP_OK);
    cr_expect_eq(fails.n, 0, "%s: %s", c->name, fails.n ? fails.items[0].field : "");
    ndp_expect_failures_reset(&fails);
    ndp_step_results_release(c->nsteps, r);
    free(r);
  }
  ndp_corpus_reset(&corpus);
  ndp_backend_free(be);
  remove(outfile);
  remove(file);
  rmdir(out);
  rmdir(src);
  rmdir(dir);
}

Test(live_capture, should_rewrite_expectations_from_the_oracle) {
  capture_round_trip("oracle");
}

Test(live_capture, should_rewrite_expectations_from_numpy) {
  if (!ndp_live_available()) cr_skip_test("built without Python");
  capture_round_trip("numpy");
}

Test(live_capture, should_refuse_bad_usage) {
  char *no_out[] = {"cases"};
  cr_assert_eq(ndp_capture_main(1, no_out), 2);
  char *no_paths[] = {"--out", "/tmp/x"};
  cr_assert_eq(ndp_capture_main(2, no_paths), 2);
  char *bad_backend[] = {"--backend", "nope", "--out", "/tmp/x", "cases"};
  cr_assert_eq(ndp_capture_main(5, bad_backend), 2);
  char *help[] = {"--help"};
  cr_assert_eq(ndp_capture_main(1, help), 0);
}
