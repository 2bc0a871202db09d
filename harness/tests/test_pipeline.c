/* Dataset pipelines: the parser's dataset model (case_parse.c), the
 * interpreter (pipeline.c), ref:tf's static specs (ref_dataset_spec.c), the
 * dataset expectations (runner.c) and shape-loss / silent casts
 * (classify.c). Tables of cases, each row checked in a loop. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/backend.h"
#include "ndparity/case.h"
#include "ndparity/classify.h"
#include "ndparity/pipeline.h"
#include "ndparity/runner.h"

/* Test JSON is written with ' for ". */
static struct ndp_case *parse_at(const char *where, const char *text, struct ndp_error *err,
                                 enum ndp_status *st) {
  char *s = strdup(text);
  cr_assert_not_null(s);
  for (char *p = s; *p; p++)
    if (*p == '\'') *p = '"';
  json_error_t jerr;
  json_t *j = json_loads(s, JSON_REJECT_DUPLICATES, &jerr);
  cr_assert_not_null(j, "%s: bad test JSON: %s (%s)", where, jerr.text, s);
  free(s);
  struct ndp_case *c = NULL;
  *st = ndp_case_parse(j, "t.json", 1, &c, err);
  json_decref(j);
  return c;
}

static struct ndp_case *parse_ok(const char *where, const char *text) {
  struct ndp_error err = {0};
  enum ndp_status st;
  struct ndp_case *c = parse_at(where, text, &err, &st);
  cr_assert_eq(st, NDP_OK, "%s: parse failed: %s", where, err.msg);
  return c;
}

#define CASE(inputs, steps) "{'ndparity': 1, 'name': 'p', 'inputs': {" inputs "}, 'steps': [" steps "]}"
#define CASE_X(inputs, steps, expect)                                                        \
  "{'ndparity': 1, 'name': 'p', 'inputs': {" inputs "}, 'steps': [" steps "], 'expect': {"   \
  expect "}}"
#define A42 "'a': {'dtype': 'float32', 'shape': [4, 2], 'fill': 'arange'}"
#define SLICES "{'id': 'd', 'op': 'from_tensor_slices', 'args': ['a']}"

/* ---------------------------------------------------------------- parser */

Test(pipeline_parse, should_build_the_dataset_model) {
  struct ndp_case *c = parse_ok(
      "model",
      CASE_X(A42 ", 'k': {'dtype': 'float32', 'shape': [], 'data': [2]}",
             SLICES ","
             "{'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'y', 'op': 'multiply', "
             "'args': ['$x', 'k']}, {'id': 'z', 'op': 'negative', 'args': ['$0']}], "
             "'result': ['z', 'y']},"
             "{'id': 'n', 'op': 'numpy_function', 'args': ['m'], 'fn': [{'id': 'r', 'op': "
             "'reshape', 'args': ['$1'], 'shape': [-1]}], 'result': 'r', 'Tout': 'float32', "
             "'shape': [null]},"
             "{'id': 'b', 'op': 'batch', 'args': ['n'], 'batch_size': 3, 'drop_remainder': true},"
             "{'id': 't', 'op': 'take', 'args': ['b'], 'count': -1},"
             "{'id': 's', 'op': 'set_shape', 'args': ['t'], 'shape': [[3, 2]]},"
             "{'id': 'g', 'op': 'from_generator', 'elements': [['a', 'k'], ['k', 'a']], "
             "'output_signature': [{'dtype': 'int8', 'shape': null}, {'dtype': 'float64', "
             "'shape': [null, 2]}]}",
             "'d': {'count': 4, 'element_spec': [{'dtype': 'float32', 'shape': [null]}], "
             "'elements': [[{'dtype': 'float32', 'shape': [2], 'data': [0, 1]}], '...']}"));
  cr_assert_eq(c->nsteps, 7);
  const struct ndp_ds_params *m = c->steps[1].ds;
  cr_assert_not_null(m);
  cr_assert_eq(m->fn.nsteps, 2);
  cr_assert_eq(m->fn.steps[0].args[0].slot, -1); /* "$x" is component 0 */
  cr_assert_eq(m->fn.steps[0].args[1].slot, 1);  /* the case input k */
  cr_assert_eq(m->fn.nresults, 2);
  cr_assert(m->fn.results[0] == 1 && m->fn.results[1] == 0 && m->result_is_list);
  const struct ndp_ds_params *n = c->steps[2].ds;
  cr_assert_eq(n->fn.steps[0].args[0].slot, -2); /* "$1" */
  cr_assert(n->ntout == 1 && n->tout[0] == NDP_FLOAT32);
  cr_assert(n->nshapes == 1 && n->shapes[0].rank_known && n->shapes[0].ndim == 1 &&
            n->shapes[0].dims[0] == -1);
  cr_assert(c->steps[3].ds->batch_size == 3 && c->steps[3].ds->drop_remainder);
  cr_assert_eq(c->steps[4].ds->count, -1);
  cr_assert(c->steps[5].ds->nshapes == 1 && c->steps[5].ds->shapes[0].dims[1] == 2);
  const struct ndp_ds_params *g = c->steps[6].ds;
  cr_assert(g->nelements == 2 && g->ncomp == 2);
  cr_assert(g->elements[0] == 0 && g->elements[1] == 1 && g->elements[2] == 1 &&
            g->elements[3] == 0);
  cr_assert(g->sig_dtype[0] == NDP_INT8 && !g->sig_shape[0].rank_known);
  cr_assert(g->sig_dtype[1] == NDP_FLOAT64 && g->sig_shape[1].ndim == 2 &&
            g->sig_shape[1].dims[0] == -1 && g->sig_shape[1].dims[1] == 2);
  const struct ndp_expect *x = &c->expect[0];
  cr_assert(x->has_count && x->count == 4);
  cr_assert(x->has_spec && x->nspec == 1 && x->spec_shape[0].dims[0] == -1);
  cr_assert_eq(json_array_size(x->elements), 2);
  ndp_case_free(c);
}

Test(pipeline_parse, should_locate_errors_in_dataset_steps) {
  static const struct {
    const char *text, *want;
  } rows[] = {
      {CASE(A42, "{'id': 'm', 'op': 'map', 'args': ['a'], 'fn': [{'id': 'y', 'op': 'negative', "
                 "'args': ['$0']}]}"),
       "steps[0].args[0]: map takes a dataset"},
      {CASE(A42, SLICES ", {'id': 'm', 'op': 'map', 'args': ['d']}"),
       "steps[1].fn: required for map"},
      {CASE(A42, SLICES ", {'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'y', 'op': "
                 "'negative', 'args': ['$q']}]}"),
       "steps[1].fn[0].args[0]: \"$q\" is not an element component"},
      {CASE(A42, SLICES ", {'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'y', 'op': "
                 "'negative', 'args': ['d']}]}"),
       "steps[1].fn[0].args[0]: \"d\" is not an input or an earlier step"},
      {CASE(A42, SLICES ", {'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'y', 'op': "
                 "'negative', 'args': ['$0']}], 'result': 'w'}"),
       "steps[1].result: \"w\" is not a step id of fn"},
      {CASE(A42, SLICES ", {'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'y', 'op': "
                 "'batch', 'args': ['$0']}]}"),
       "steps[1].fn[0].op: a fn body works on arrays"},
      {CASE(A42, SLICES ", {'id': 'n', 'op': 'numpy_function', 'args': ['d'], 'fn': [{'id': "
                 "'y', 'op': 'negative', 'args': ['$0']}]}"),
       "steps[1].Tout: required for numpy_function"},
      {CASE(A42, SLICES ", {'id': 'b', 'op': 'batch', 'args': ['d'], 'batch_size': 0}"),
       "steps[1].batch_size: expected an int >= 1, got 0"},
      {CASE(A42, SLICES ", {'id': 'b', 'op': 'batch', 'args': ['d']}"),
       "steps[1].batch_size: required for batch"},
      {CASE(A42, SLICES ", {'id': 'b', 'op': 'batch', 'args': ['d'], 'batch_size': 2, 'count': "
                 "1}"),
       "steps[1].count: unknown parameter (batch takes batch_size drop_remainder)"},
      {CASE(A42, SLICES ", {'id': 's', 'op': 'set_shape', 'args': ['d'], 'shape': [2, -1]}"),
       "steps[1].shape[1]: expected an int >= 0 or null, got -1"},
      {CASE(A42, "{'id': 'g', 'op': 'from_generator', 'elements': [['a']], "
                 "'output_signature': [{'dtype': 'float32'}]}"),
       "steps[0].output_signature[0].shape: required"},
      {CASE(A42, "{'id': 'g', 'op': 'from_generator', 'elements': [['b']], "
                 "'output_signature': [{'dtype': 'float32', 'shape': null}]}"),
       "steps[0].elements[0][0]: expected the name of an input"},
      {CASE(A42, "{'id': 'g', 'op': 'from_generator', 'elements': [['a', 'a']], "
                 "'output_signature': [{'dtype': 'float32', 'shape': null}]}"),
       "steps[0].elements[0]: an element has 2 components, the signature 1"},
      {CASE_X(A42, SLICES, "'d': {'elements': ['...', [{'dtype': 'int8'}]]}"),
       "expect.d.elements[0]: \"...\" (the rest is not pinned) must come last"},
      {CASE_X(A42, SLICES, "'d': {'elements': [[{'dtype': 'int8', 'size': 1}]]}"),
       "expect.d.elements[0][0].size: unknown key"},
      {CASE_X(A42, SLICES, "'d': {'count': -1}"), "expect.d.count: expected an int >= 0"},
      {CASE_X(A42, SLICES, "'d': {'dtype': 'float32'}"),
       "expect.d.dtype: a dataset step's expectation has count, element_spec, elements, error"},
      {CASE_X(A42, SLICES, "'d': {'element_spec': [{'dtype': 'float32'}]}"),
       "expect.d.element_spec[0]: expected {\"dtype\", \"shape\"}"},
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    char where[32];
    snprintf(where, sizeof where, "row %zu", i);
    struct ndp_error err = {0};
    enum ndp_status st;
    struct ndp_case *c = parse_at(where, rows[i].text, &err, &st);
    cr_assert_eq(st, NDP_EINPUT, "%s: parsed, want %s", where, rows[i].want);
    cr_assert_null(c, "%s", where);
    cr_assert(strstr(err.msg, rows[i].want) != NULL, "%s: got \"%s\", want \"%s\"", where,
              err.msg, rows[i].want);
  }
}

/* ---------------------------------------------------------------- interpreter */

/* The shapes of every element of the last step's dataset: "(2,) (2,)". */
static void element_shapes(const struct ndp_step_result *r, char *buf, size_t n) {
  struct ndp_ds_iter *it = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_ds_iter_open(r->dataset, &it, &err), NDP_OK);
  size_t o = 0;
  buf[0] = '\0';
  int64_t bytes = 0;
  for (;;) {
    struct ndp_element el;
    bool done = false;
    cr_assert_eq(ndp_ds_iter_next(it, &el, &done, &bytes, &err), NDP_OK, "%s", err.msg);
    if (done) break;
    for (int k = 0; k < el.n && o < n; k++) {
      char s[64];
      o += (size_t)snprintf(buf + o, n - o, "%s%s%s", o ? " " : "", k ? "+" : "",
                            ndp_shape_str(el.c[k].ndim, el.c[k].shape, s, sizeof s));
    }
    ndp_element_release(&el);
  }
  ndp_ds_iter_close(it);
}

Test(pipeline_run, should_sequence_stages_on_every_backend) {
  static const struct {
    const char *steps;
    int64_t count;
    const char *shapes; /* of the last step's elements */
  } rows[] = {
      {SLICES, 4, "(2,) (2,) (2,) (2,)"},
      {"{'id': 'd', 'op': 'from_tensors', 'args': ['a', 'a']}", 1, "(4, 2) +(4, 2)"},
      {SLICES ", {'id': 'b', 'op': 'batch', 'args': ['d'], 'batch_size': 3}", 2,
       "(3, 2) (1, 2)"},
      {SLICES ", {'id': 'b', 'op': 'batch', 'args': ['d'], 'batch_size': 3, "
              "'drop_remainder': true}",
       1, "(3, 2)"},
      {SLICES ", {'id': 'b', 'op': 'batch', 'args': ['d'], 'batch_size': 2}, "
              "{'id': 'u', 'op': 'unbatch', 'args': ['b']}",
       4, "(2,) (2,) (2,) (2,)"},
      {SLICES ", {'id': 't', 'op': 'take', 'args': ['d'], 'count': 3}", 3, "(2,) (2,) (2,)"},
      {SLICES ", {'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'y', 'op': 'sum', "
              "'args': ['$x']}, {'id': 'z', 'op': 'expand_dims', 'args': ['$x'], 'axis': 0}], "
              "'result': ['y', 'z']}",
       4, "() +(1, 2) () +(1, 2) () +(1, 2) () +(1, 2)"},
      /* arange: elements [0, 1], [2, 3], [4, 5], [6, 7]: keep those with sum > 5 */
      {SLICES ", {'id': 'f', 'op': 'filter', 'args': ['d'], 'fn': [{'id': 's', 'op': 'sum', "
              "'args': ['$0']}, {'id': 'p', 'op': 'greater', 'args': ['s', {'float': 5}]}], "
              "'result': 'p'}, {'id': 'c', 'op': 'collect', 'args': ['f']}",
       2, "(2,) (2,)"},
      {"{'id': 'g', 'op': 'from_generator', 'elements': ['a', 'a'], 'output_signature': "
       "[{'dtype': 'float32', 'shape': [null, 2]}]}, "
       "{'id': 'e', 'op': 'ensure_shape', 'args': ['g'], 'shape': [4, 2]}",
       2, "(4, 2) (4, 2)"},
  };
  static const char *const backends[] = {"oracle", "ref", "ref:tf"};
  for (size_t b = 0; b < 3; b++) {
    struct ndp_backend *be = NULL;
    struct ndp_error err = {0};
    cr_assert_eq(ndp_backend_open(backends[b], &be, &err), NDP_OK, "%s", err.msg);
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
      char text[2048], where[64];
      snprintf(where, sizeof where, "%s, row %zu", backends[b], i);
      snprintf(text, sizeof text, "{'ndparity': 1, 'name': 'p', 'inputs': {%s}, 'steps': [%s]}",
               A42, rows[i].steps);
      struct ndp_case *c = parse_ok(where, text);
      struct ndp_step_result res[8];
      cr_assert_eq(ndp_run_case(be, c, res, &err), NDP_OK, "%s: %s", where, err.msg);
      const struct ndp_step_result *r = &res[c->nsteps - 1];
      cr_assert(r->ran && r->status == NDP_OK, "%s: %s", where, r->err.msg);
      cr_assert_eq(r->count, rows[i].count, "%s: count %lld", where, (long long)r->count);
      char shapes[512];
      element_shapes(r, shapes, sizeof shapes);
      cr_assert_str_eq(shapes, rows[i].shapes, "%s", where);
      ndp_step_results_release(c->nsteps, res);
      ndp_case_free(c);
    }
    ndp_backend_free(be);
  }
}

Test(pipeline_run, should_fail_elements_with_their_class_and_index) {
  static const struct {
    const char *steps;
    enum ndp_errclass cls;
    const char *want;
  } rows[] = {
      {"{'id': 'g', 'op': 'from_generator', 'elements': ['a'], 'output_signature': "
       "[{'dtype': 'float32', 'shape': [3, 2]}]}",
       NDP_ERRC_SHAPE,
       "element 0: `generator` yielded an element of shape (4, 2) where an element of shape "
       "(3, 2) was expected."},
      {SLICES ", {'id': 'e', 'op': 'ensure_shape', 'args': ['d'], 'shape': [3]}", NDP_ERRC_SHAPE,
       "element 0: ensure_shape: shape (2,) of component 0 is not compatible with (3,)"},
      {SLICES ", {'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'y', 'op': 'reshape', "
              "'args': ['$0'], 'shape': [3]}]}",
       NDP_ERRC_RESHAPE, "element 0: fn step y (reshape)"},
  };
  struct ndp_backend *be = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open("oracle", &be, &err), NDP_OK);
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    char text[2048], where[32];
    snprintf(where, sizeof where, "row %zu", i);
    snprintf(text, sizeof text, "{'ndparity': 1, 'name': 'p', 'inputs': {%s}, 'steps': [%s]}",
             A42, rows[i].steps);
    struct ndp_case *c = parse_ok(where, text);
    struct ndp_step_result res[8];
    cr_assert_eq(ndp_run_case(be, c, res, &err), NDP_OK, "%s: %s", where, err.msg);
    const struct ndp_step_result *r = &res[c->nsteps - 1];
    cr_assert(r->ran && r->status == NDP_ESTEP, "%s: did not fail", where);
    cr_assert_eq(r->err.cls, rows[i].cls, "%s: class %s", where, ndp_errclass_name(r->err.cls));
    cr_assert(strstr(r->err.msg, rows[i].want) != NULL, "%s: got \"%s\"", where, r->err.msg);
    ndp_step_results_release(c->nsteps, res);
    ndp_case_free(c);
  }
  ndp_backend_free(be);
}

/* ---------------------------------------------------------------- static specs */

static void spec_text(const struct ndp_ds_spec *sp, char *buf, size_t n) {
  size_t o = 0;
  buf[0] = '\0';
  for (int k = 0; k < sp->n && o < n; k++) {
    char s[128];
    o += (size_t)snprintf(buf + o, n - o, "%s%s %s", k ? ", " : "", ndp_dtype_name(sp->dtype[k]),
                          ndp_partial_shape_str(&sp->shape[k], s, sizeof s));
  }
}

Test(pipeline_spec, should_follow_tf_data_under_ref_tf_and_have_none_under_numpy) {
  static const struct {
    const char *steps, *spec;
  } rows[] = {
      {SLICES, "float32 (2,)"},
      {"{'id': 'd', 'op': 'from_tensors', 'args': ['a']}", "float32 (4, 2)"},
      {SLICES ", {'id': 'b', 'op': 'batch', 'args': ['d'], 'batch_size': 2}", "float32 (None, 2)"},
      {SLICES ", {'id': 'b', 'op': 'batch', 'args': ['d'], 'batch_size': 2, 'drop_remainder': "
              "true}",
       "float32 (2, 2)"},
      {SLICES ", {'id': 'b', 'op': 'batch', 'args': ['d'], 'batch_size': 2}, {'id': 'u', 'op': "
              "'unbatch', 'args': ['b']}",
       "float32 (2,)"},
      {SLICES ", {'id': 'n', 'op': 'numpy_function', 'args': ['d'], 'fn': [{'id': 'r', 'op': "
              "'reshape', 'args': ['$x'], 'shape': [1, -1]}], 'Tout': 'float32'}",
       "float32 <unknown>"},
      {SLICES ", {'id': 'n', 'op': 'numpy_function', 'args': ['d'], 'fn': [{'id': 'r', 'op': "
              "'reshape', 'args': ['$x'], 'shape': [1, -1]}], 'Tout': 'float32'}, {'id': 's', "
              "'op': 'set_shape', 'args': ['n'], 'shape': [1, 2]}",
       "float32 (1, 2)"},
      {SLICES ", {'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'r', 'op': 'reshape', "
              "'args': ['$x'], 'shape': [1, -1]}, {'id': 'c', 'op': 'astype', 'args': ['r'], "
              "'dtype': 'int8'}]}",
       "int8 (1, 2)"},
      {"{'id': 'g', 'op': 'from_generator', 'elements': ['a'], 'output_signature': [{'dtype': "
       "'uint8', 'shape': [null, 2]}]}",
       "uint8 (None, 2)"},
  };
  struct ndp_backend *tf = NULL, *np = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open("ref:tf", &tf, &err), NDP_OK);
  cr_assert_eq(ndp_backend_open("ref", &np, &err), NDP_OK);
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    char text[2048], where[32];
    snprintf(where, sizeof where, "row %zu", i);
    snprintf(text, sizeof text, "{'ndparity': 1, 'name': 'p', 'inputs': {%s}, 'steps': [%s]}",
             A42, rows[i].steps);
    struct ndp_case *c = parse_ok(where, text);
    struct ndp_step_result res[8];
    cr_assert_eq(ndp_run_case(tf, c, res, &err), NDP_OK, "%s: %s", where, err.msg);
    const struct ndp_ds_spec *sp = ndp_dataset_spec(res[c->nsteps - 1].dataset);
    cr_assert_not_null(sp, "%s", where);
    char got[256];
    spec_text(sp, got, sizeof got);
    cr_assert_str_eq(got, rows[i].spec, "%s", where);
    ndp_step_results_release(c->nsteps, res);
    cr_assert_eq(ndp_run_case(np, c, res, &err), NDP_OK, "%s: %s", where, err.msg);
    cr_assert_null(ndp_dataset_spec(res[c->nsteps - 1].dataset), "%s: numpy has a spec", where);
    ndp_step_results_release(c->nsteps, res);
    ndp_case_free(c);
  }
  ndp_backend_free(tf);
  ndp_backend_free(np);
}

/* ---------------------------------------------------------------- expectations, classify */

Test(pipeline_expect, should_report_failed_dataset_expectations) {
  static const struct {
    const char *expect, *field;
  } rows[] = {
      {"'d': {'count': 3}", "count"},
      {"'d': {'elements': [[{'dtype': 'float32', 'shape': [2], 'data': [0, 1]}], '...']}", NULL},
      {"'d': {'elements': [[{'dtype': 'float32', 'shape': [2], 'data': [0, 2]}], '...']}", "data"},
      {"'d': {'elements': [[{'dtype': 'float64'}], '...']}", "dtype"},
      {"'d': {'elements': [[{'shape': [2]}]]}", "elements"},
      {"'d': {'elements': [[{'view': false}], '...']}", "view"},
  };
  struct ndp_backend *be = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open("oracle", &be, &err), NDP_OK);
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    char text[2048], where[32];
    snprintf(where, sizeof where, "row %zu", i);
    snprintf(text, sizeof text,
             "{'ndparity': 1, 'name': 'p', 'inputs': {%s}, 'steps': [%s], 'expect': {%s}}", A42,
             SLICES, rows[i].expect);
    struct ndp_case *c = parse_ok(where, text);
    struct ndp_step_result res[4];
    cr_assert_eq(ndp_run_case(be, c, res, &err), NDP_OK);
    struct ndp_expect_failures f = {0};
    cr_assert_eq(ndp_check_expectations(c, res, "oracle", &f, &err), NDP_OK, "%s: %s", where,
                 err.msg);
    if (rows[i].field == NULL) {
      cr_assert_eq(f.n, 0, "%s: %d failures (%s)", where, f.n, f.n ? f.items[0].field : "");
    } else {
      cr_assert_eq(f.n, 1, "%s: %d failures", where, f.n);
      cr_assert_str_eq(f.items[0].field, rows[i].field, "%s", where);
    }
    ndp_expect_failures_reset(&f);
    ndp_step_results_release(c->nsteps, res);
    ndp_case_free(c);
  }
  ndp_backend_free(be);
}

Test(pipeline_classify, should_tell_shape_loss_from_inherent_partial_shapes) {
  static const struct {
    const char *inputs, *steps;
    const char *kinds; /* the divergence kinds, in order, "" for none */
    const char *want;  /* a substring of the first message */
  } rows[] = {
      {"'m': {'dtype': 'int32', 'shape': [2, 10, 20, 20], 'fill': 'ones'}",
       "{'id': 'd', 'op': 'from_tensor_slices', 'args': ['m']}, {'id': 'n', 'op': "
       "'numpy_function', 'args': ['d'], 'fn': [{'id': 'r', 'op': 'reshape', 'args': ['$x'], "
       "'shape': [10, -1]}], 'Tout': 'int32'}",
       "shape-loss", "shape lost at step n (numpy_function): component 0: static <unknown>, "
                     "every element (10, 400) at run time; fix: declare it, set_shape([10, 400])"},
      {"'m': {'dtype': 'int32', 'shape': [2, 10, 20, 20], 'fill': 'ones'}",
       "{'id': 'd', 'op': 'from_tensor_slices', 'args': ['m']}, {'id': 'n', 'op': "
       "'numpy_function', 'args': ['d'], 'fn': [{'id': 'r', 'op': 'reshape', 'args': ['$x'], "
       "'shape': [10, -1]}], 'Tout': 'int32', 'shape': [10, 400]}",
       "", ""},
      {A42, SLICES ", {'id': 'b', 'op': 'batch', 'args': ['d'], 'batch_size': 2}", "shape-loss",
       "fix: batch(..., drop_remainder=True)"},
      /* 4 elements in batches of 3: (3, 2) and (1, 2): inherently partial */
      {A42, SLICES ", {'id': 'b', 'op': 'batch', 'args': ['d'], 'batch_size': 3}", "", ""},
      /* a partial shape the user declared, then batch: the leading None is
       * batch's own loss (every batch has 2 elements) */
      {A42, "{'id': 'g', 'op': 'from_generator', 'elements': ['a', 'a'], 'output_signature': "
            "[{'dtype': 'float32', 'shape': [null, 2]}]}, {'id': 'b', 'op': 'batch', 'args': "
            "['g'], 'batch_size': 2}",
       "shape-loss",
       "shape lost at step b (batch): component 0: static leading dimension None, every batch "
       "has 2 elements at run time; fix: batch(..., drop_remainder=True)"},
      /* the same with a short last batch: nothing to report */
      {A42, "{'id': 'g', 'op': 'from_generator', 'elements': ['a', 'a', 'a'], "
            "'output_signature': [{'dtype': 'float32', 'shape': [null, 2]}]}, {'id': 'b', 'op': "
            "'batch', 'args': ['g'], 'batch_size': 2}",
       "", ""},
      {"'u': {'dtype': 'uint8', 'shape': [2], 'data': [1, 255]}",
       "{'id': 'g', 'op': 'from_generator', 'elements': ['u'], 'output_signature': [{'dtype': "
       "'float32', 'shape': [2]}]}",
       "type-mismatch", "silent cast uint8 -> float32 (lossless)"},
      {"'u': {'dtype': 'float64', 'shape': [1], 'data': [0.1]}",
       "{'id': 'g', 'op': 'from_generator', 'elements': ['u'], 'output_signature': [{'dtype': "
       "'float32', 'shape': [1]}]}",
       "type-mismatch", "silent cast float64 -> float32 (lossy)"},
      {"'u': {'dtype': 'float32', 'shape': [2, 2], 'fill': 'ones'}",
       "{'id': 'g', 'op': 'from_generator', 'elements': ['u'], 'output_signature': [{'dtype': "
       "'float32', 'shape': [3, 2]}]}",
       "", ""},
      /* a declared shape of another rank than the crossing returns */
      {"'m': {'dtype': 'int32', 'shape': [2, 10, 20, 20], 'fill': 'ones'}",
       "{'id': 'd', 'op': 'from_tensor_slices', 'args': ['m']}, {'id': 'n', 'op': "
       "'numpy_function', 'args': ['d'], 'fn': [{'id': 'r', 'op': 'reshape', 'args': ['$x'], "
       "'shape': [10, -1]}], 'Tout': 'int32', 'shape': [4000]}",
       "shape-loss",
       "component 0 is declared (4000,) but the elements are (10, 400) at run time (the "
       "crossing changes the rank); fix: declare the shape it returns, set_shape([10, 400])"},
      /* the body gives float64 where Tout says float32: TensorFlow refuses it */
      {"'u': {'dtype': 'float64', 'shape': [1, 2], 'fill': 'ones'}",
       "{'id': 'd', 'op': 'from_tensor_slices', 'args': ['u']}, {'id': 'n', 'op': "
       "'numpy_function', 'args': ['d'], 'fn': [{'id': 'r', 'op': 'negative', 'args': ['$x']}], "
       "'Tout': 'float32', 'shape': [2]}",
       "error-mismatch",
       "engine fails with dtype (element 0: 0-th value returned by the numpy_function is "
       "float64, but expects float32 (Tout))"},
      /* S0b: a data-dependent leading dimension under a (None, 2) signature: a note (row 11) */
      {"'a': {'dtype': 'int32', 'shape': [3, 2], 'fill': 'ones'}, 'b': {'dtype': 'int32', "
       "'shape': [1, 2], 'fill': 'ones'}",
       "{'id': 'g', 'op': 'from_generator', 'elements': ['a', 'b'], 'output_signature': "
       "[{'dtype': 'int32', 'shape': [null, 2]}]}",
       "", ""},
      /* S4: to_numpy inside map copies each (2,) float32 element under ref:tf */
      {A42, SLICES ", {'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'n', 'op': "
                   "'to_numpy', 'args': ['$x']}], 'result': 'n'}",
       "copy-overhead",
       "to_numpy inside map (step m): the engine copies 8 bytes per element (32 in all) where "
       "NumPy copies none"},
  };
  struct ndp_backend *tf = NULL, *or = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open("ref:tf", &tf, &err), NDP_OK);
  cr_assert_eq(ndp_backend_open("oracle", &or, &err), NDP_OK);
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    char text[2048], where[32];
    snprintf(where, sizeof where, "row %zu", i);
    snprintf(text, sizeof text, "{'ndparity': 1, 'name': 'p', 'inputs': {%s}, 'steps': [%s]}",
             rows[i].inputs, rows[i].steps);
    struct ndp_case *c = parse_ok(where, text);
    struct ndp_step_result re[4], ro[4];
    cr_assert_eq(ndp_run_case(tf, c, re, &err), NDP_OK, "%s: %s", where, err.msg);
    cr_assert_eq(ndp_run_case(or, c, ro, &err), NDP_OK, "%s: %s", where, err.msg);
    struct ndp_divergences d = {0};
    cr_assert_eq(ndp_classify_case(c, re, ro, &d, &err), NDP_OK);
    char kinds[256];
    size_t o = 0;
    kinds[0] = '\0';
    for (int k = 0; k < d.n && o < sizeof kinds; k++)
      o += (size_t)snprintf(kinds + o, sizeof kinds - o, "%s%s", k ? " " : "",
                            ndp_div_kind_name(d.items[k].kind));
    cr_assert_str_eq(kinds, rows[i].kinds, "%s: %s", where, d.n ? d.items[0].message : "");
    /* 4 elements in batches of 3 (row 3), a generator's (3, 2) and (1, 2)
     * under (None, 2) (row 11): the partial shape is a note */
    cr_assert_eq(d.nnotes, i == 3 || i == 11 ? 1 : 0, "%s: %d notes", where, d.nnotes);
    if (d.nnotes > 0)
      cr_assert(strstr(d.notes[0], "inherent partial shape") != NULL, "%s: %s", where,
                d.notes[0]);
    if (d.n > 0)
      cr_assert(strstr(d.items[0].message, rows[i].want) != NULL, "%s: got \"%s\"", where,
                d.items[0].message);
    ndp_divergences_reset(&d);
    ndp_step_results_release(c->nsteps, re);
    ndp_step_results_release(c->nsteps, ro);
    ndp_case_free(c);
  }
  ndp_backend_free(tf);
  ndp_backend_free(or);
}

Test(pipeline_run, should_run_numpy_function_bodies_as_numpy_under_ref_tf) {
  static const struct {
    const char *op;
    enum ndp_status status;
  } rows[] = {{"numpy_function", NDP_OK}, {"map", NDP_ESTEP}};
  struct ndp_backend *tf = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open("ref:tf", &tf, &err), NDP_OK);
  for (size_t i = 0; i < 2; i++) {
    char text[1024];
    snprintf(text, sizeof text,
             "{'ndparity': 1, 'name': 'p', 'inputs': {'a': {'dtype': 'int32', 'shape': [2, 2], "
             "'fill': 'arange'}, 'k': {'dtype': 'int64', 'shape': [], 'data': [1]}}, 'steps': "
             "[{'id': 'd', 'op': 'from_tensor_slices', 'args': ['a']}, {'id': 'f', 'op': '%s', "
             "'args': ['d'], 'fn': [{'id': 'y', 'op': 'add', 'args': ['$x', 'k']}], %s}]}",
             rows[i].op, i == 0 ? "'Tout': 'int64'" : "'result': 'y'");
    struct ndp_case *c = parse_ok(rows[i].op, text);
    struct ndp_step_result res[2];
    cr_assert_eq(ndp_run_case(tf, c, res, &err), NDP_OK);
    cr_assert_eq(res[1].status, rows[i].status, "%s: %s", rows[i].op, res[1].err.msg);
    if (rows[i].status == NDP_ESTEP) cr_assert_eq(res[1].err.cls, NDP_ERRC_TYPE);
    ndp_step_results_release(c->nsteps, res);
    ndp_case_free(c);
  }
  ndp_backend_free(tf);
}

Test(pipeline_expect, should_check_element_spec_only_on_backends_with_specs) {
  static const struct {
    const char *backend, *spec;
    int failures;
  } rows[] = {
      {"ref:tf", "[{'dtype': 'float32', 'shape': [null, 2]}]", 0},
      {"ref:tf", "[{'dtype': 'float32', 'shape': [2, 2]}]", 1},
      {"ref:tf", "[{'dtype': 'float64', 'shape': [null, 2]}]", 1},
      {"oracle", "[{'dtype': 'float32', 'shape': [2, 2]}]", 0},
      {"ref", "[{'dtype': 'float32', 'shape': [2, 2]}]", 0},
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    struct ndp_backend *be = NULL;
    struct ndp_error err = {0};
    char text[1024], where[32];
    snprintf(where, sizeof where, "row %zu", i);
    cr_assert_eq(ndp_backend_open(rows[i].backend, &be, &err), NDP_OK);
    snprintf(text, sizeof text,
             "{'ndparity': 1, 'name': 'p', 'inputs': {%s}, 'steps': [%s, {'id': 'b', 'op': "
             "'batch', 'args': ['d'], 'batch_size': 2}], 'expect': {'b': {'element_spec': %s}}}",
             A42, SLICES, rows[i].spec);
    struct ndp_case *c = parse_ok(where, text);
    struct ndp_step_result res[2];
    cr_assert_eq(ndp_run_case(be, c, res, &err), NDP_OK);
    struct ndp_expect_failures f = {0};
    cr_assert_eq(ndp_check_expectations(c, res, rows[i].backend, &f, &err), NDP_OK);
    cr_assert_eq(f.n, rows[i].failures, "%s: %d failures", where, f.n);
    if (f.n > 0) {
      cr_assert_str_eq(f.items[0].field, "element_spec", "%s", where);
      cr_assert_str_eq(f.items[0].actual, "float32 (None, 2)", "%s", where);
    }
    ndp_expect_failures_reset(&f);
    ndp_step_results_release(c->nsteps, res);
    ndp_case_free(c);
    ndp_backend_free(be);
  }
}

Test(pipeline_run, should_count_the_dataset_capture_under_ref_tf_only) {
  /* S2c: tf.data captures from_tensor_slices' operand once (4 x 2 float32:
   * 32 bytes), whether it was converted to a tensor first or not; NumPy's
   * elements are views. */
  static const struct {
    const char *backend, *steps;
    long long bytes; /* of the dataset step d */
  } rows[] = {
      {"ref:tf", SLICES, 32},
      {"ref:tf", "{'id': 't', 'op': 'from_numpy', 'args': ['a']}, {'id': 'd', 'op': "
                 "'from_tensor_slices', 'args': ['t']}", 32},
      {"ref", SLICES, 0},
      {"oracle", SLICES, 0},
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    char text[1024], where[32];
    snprintf(where, sizeof where, "row %zu", i);
    snprintf(text, sizeof text, "{'ndparity': 1, 'name': 'p', 'inputs': {" A42 "}, 'steps': [%s]}",
             rows[i].steps);
    struct ndp_case *c = parse_ok(where, text);
    struct ndp_backend *be = NULL;
    struct ndp_error err = {0};
    cr_assert_eq(ndp_backend_open(rows[i].backend, &be, &err), NDP_OK, "%s: %s", where, err.msg);
    struct ndp_step_result r[4];
    cr_assert_eq(ndp_run_case(be, c, r, &err), NDP_OK, "%s: %s", where, err.msg);
    const struct ndp_step_result *d = &r[c->nsteps - 1];
    cr_assert_eq(d->count, 4, "%s: %lld elements", where, (long long)d->count);
    cr_assert_eq(d->bytes_copied, rows[i].bytes, "%s: %lld bytes", where,
                 (long long)d->bytes_copied);
    ndp_step_results_release(c->nsteps, r);
    ndp_case_free(c);
    ndp_backend_free(be);
  }
}

/* A backend that counts the steps it runs, over the oracle. */
struct counting {
  struct ndp_backend base;
  struct ndp_backend *inner;
  long calls;
};

static enum ndp_status counting_run(struct ndp_backend *self, const struct ndp_step *step,
                                    const struct ndp_tensor *const *operands,
                                    struct ndp_tensor *out, int64_t *bytes_copied,
                                    struct ndp_error *err) {
  struct counting *c = (struct counting *)self;
  c->calls++;
  return c->inner->run_step(c->inner, step, operands, out, bytes_copied, err);
}

Test(pipeline_run, should_run_each_stage_once_per_element_with_its_own_figures) {
  /* Three maps and a collect over 4 elements: 12 fn-body steps in all,
   * whatever the depth (each stage used to re-run its whole input); each
   * stage's count is its own; take(2) over a map that fails at element 3
   * succeeds, and the map still reports its own failure. */
  struct ndp_backend *oracle = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open("oracle", &oracle, &err), NDP_OK);
  struct counting cb;
  memset(&cb, 0, sizeof cb);
  cb.base = *oracle;
  cb.base.run_step = counting_run;
  cb.base.destroy = NULL;
  cb.inner = oracle;
  struct ndp_case *c = parse_ok(
      "depth", CASE(A42, SLICES ","
                         "{'id': 'm1', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'y', 'op': "
                         "'negative', 'args': ['$0']}]},"
                         "{'id': 'm2', 'op': 'map', 'args': ['m1'], 'fn': [{'id': 'y', 'op': "
                         "'negative', 'args': ['$0']}]},"
                         "{'id': 'm3', 'op': 'map', 'args': ['m2'], 'fn': [{'id': 'y', 'op': "
                         "'negative', 'args': ['$0']}]},"
                         "{'id': 'f', 'op': 'filter', 'args': ['m3'], 'fn': [{'id': 'p', 'op': "
                         "'greater', 'args': [{'int': 0}, {'int': 1}]}], 'result': 'p'},"
                         "{'id': 'out', 'op': 'collect', 'args': ['f']}"));
  struct ndp_step_result r[8];
  cr_assert_eq(ndp_run_case(&cb.base, c, r, &err), NDP_OK, "%s", err.msg);
  /* m1..m3: 4 elements each; the filter's predicate runs 4 times */
  cr_assert_eq(cb.calls, 16, "%ld body steps", cb.calls);
  long long want_count[] = {4, 4, 4, 4, 0, 0};
  for (int s = 0; s < c->nsteps; s++)
    cr_assert_eq(r[s].count, want_count[s], "step %s: %lld elements", c->steps[s].id,
                 (long long)r[s].count);
  ndp_step_results_release(c->nsteps, r);
  ndp_case_free(c);

  /* the generator's element 3 does not fit its signature; take(2) stops
   * before it and succeeds, the generator still fails at element 3 */
  c = parse_ok("take", CASE(A42 ", 'k': {'dtype': 'float32', 'shape': [3]}",
                            "{'id': 'g', 'op': 'from_generator', 'elements': ['a', 'a', 'a', "
                            "'k'], 'output_signature': [{'dtype': 'float32', 'shape': [4, 2]}]},"
                            "{'id': 'm', 'op': 'map', 'args': ['g'], 'fn': [{'id': 'y', "
                            "'op': 'negative', 'args': ['$0']}]},"
                            "{'id': 't', 'op': 'take', 'args': ['m'], 'count': 2}"));
  cr_assert_eq(ndp_run_case(oracle, c, r, &err), NDP_OK, "%s", err.msg);
  cr_assert(r[2].status == NDP_OK && r[2].count == 2, "take: %lld", (long long)r[2].count);
  cr_assert(r[0].status == NDP_ESTEP && r[0].count == 3, "generator: %lld",
            (long long)r[0].count);
  cr_assert(strstr(r[0].err.msg, "element 3: ") == r[0].err.msg, "%s", r[0].err.msg);
  cr_assert(r[1].status == NDP_ESTEP && r[1].count == 3);
  ndp_step_results_release(c->nsteps, r);
  ndp_case_free(c);
  ndp_backend_free(oracle);
}

Test(pipeline_run, should_count_each_stage_bytes_once_under_ref_tf) {
  /* from_tensor_slices captures 32 bytes; map's to_numpy copies each 8-byte
   * element (.numpy() copies); collect copies nothing: 64 bytes in all, each
   * counted at the stage that copied. */
  struct ndp_case *c = parse_ok(
      "bytes", CASE(A42, SLICES ","
                         "{'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'y', 'op': "
                         "'to_numpy', 'args': ['$0']}]},"
                         "{'id': 'out', 'op': 'collect', 'args': ['m']}"));
  struct ndp_backend *be = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open("ref:tf", &be, &err), NDP_OK);
  struct ndp_step_result r[4];
  cr_assert_eq(ndp_run_case(be, c, r, &err), NDP_OK, "%s", err.msg);
  cr_assert_eq(r[0].bytes_copied, 32);
  cr_assert_eq(r[1].bytes_copied, 32);
  cr_assert_eq(r[2].bytes_copied, 0);
  ndp_step_results_release(c->nsteps, r);
  ndp_case_free(c);
  ndp_backend_free(be);
}

Test(pipeline_spec, should_trace_map_dtypes_and_fail_static_errors_at_build_under_ref_tf) {
  struct ndp_backend *tf = NULL, *oracle = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open("ref:tf", &tf, &err), NDP_OK);
  cr_assert_eq(ndp_backend_open("oracle", &oracle, &err), NDP_OK);
  /* a reshape that cannot work on the known element shape (2,): TensorFlow's
   * trace fails when the dataset is built; NumPy fails at element 0 */
  struct ndp_case *c = parse_ok(
      "static", CASE(A42, SLICES ", {'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'y', "
                                 "'op': 'reshape', 'args': ['$0'], 'shape': [3]}]}"));
  struct ndp_step_result r[4], o[4];
  cr_assert_eq(ndp_run_case(tf, c, r, &err), NDP_OK, "%s", err.msg);
  cr_assert(r[1].ran && r[1].status == NDP_ESTEP && r[1].dataset == NULL);
  cr_assert_eq(r[1].err.cls, NDP_ERRC_RESHAPE);
  cr_assert(strstr(r[1].err.msg, "map: tracing the function failed: ") == r[1].err.msg, "%s",
            r[1].err.msg);
  cr_assert_eq(ndp_run_case(oracle, c, o, &err), NDP_OK, "%s", err.msg);
  cr_assert(o[1].status == NDP_ESTEP && o[1].err.cls == NDP_ERRC_RESHAPE);
  ndp_step_results_release(c->nsteps, r);
  ndp_step_results_release(c->nsteps, o);
  ndp_case_free(c);
  /* an unknown dimension: the trace on 1-sized tensors still gives the
   * dtype; the shape stays unknown */
  c = parse_ok("dtype", CASE(A42, "{'id': 'g', 'op': 'from_generator', 'elements': ['a'], "
                                  "'output_signature': [{'dtype': 'float32', 'shape': [null, 2]}]},"
                                  "{'id': 'm', 'op': 'map', 'args': ['g'], 'fn': [{'id': 'y', "
                                  "'op': 'astype', 'args': ['$0'], 'dtype': 'int8'}]}"));
  cr_assert_eq(ndp_run_case(tf, c, r, &err), NDP_OK, "%s", err.msg);
  const struct ndp_ds_spec *sp = ndp_dataset_spec(r[1].dataset);
  cr_assert_not_null(sp);
  cr_assert_eq(sp->dtype[0], NDP_INT8);
  cr_assert(!sp->shape[0].rank_known);
  ndp_step_results_release(c->nsteps, r);
  ndp_case_free(c);
  /* an element over the 16 MiB trace budget (5,000,000 float32): traced at
   * size 1 for the dtype */
  c = parse_ok("budget", CASE("'a': {'dtype': 'float32', 'shape': [5000000], 'fill': 'zeros'}",
                              "{'id': 'd', 'op': 'from_tensors', 'args': ['a']},"
                              "{'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'y', "
                              "'op': 'astype', 'args': ['$0'], 'dtype': 'float64'}]},"
                              "{'id': 't', 'op': 'take', 'args': ['m'], 'count': 0}"));
  cr_assert_eq(ndp_run_case(tf, c, r, &err), NDP_OK, "%s", err.msg);
  sp = ndp_dataset_spec(r[1].dataset);
  cr_assert_not_null(sp);
  cr_assert_eq(sp->dtype[0], NDP_FLOAT64);
  ndp_step_results_release(c->nsteps, r);
  ndp_case_free(c);
  ndp_backend_free(tf);
  ndp_backend_free(oracle);
}
