/* The case writer (ndparity/case_write.h): the case model back into the
 * case format, key by key in the order harness/src/case_parse.c reads them,
 * so that parse(write(c)) == c. Every builder returns NULL when jansson runs
 * out of memory; put/push consume their value whatever happens, so a NULL
 * anywhere makes the enclosing object fail without leaking. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/case_write.h"

/* ================================================================ helpers */

/* json_object_set_new and json_array_append_new take v (even NULL) and
 * report failure. */
static bool put(json_t *o, const char *key, json_t *v) {
  if (o == NULL) {
    json_decref(v);
    return false;
  }
  return json_object_set_new(o, key, v) == 0;
}

static bool push(json_t *a, json_t *v) {
  if (a == NULL) {
    json_decref(v);
    return false;
  }
  return json_array_append_new(a, v) == 0;
}

/* Returns o, or releases it and returns NULL when building it failed. */
static json_t *done(json_t *o, bool ok) {
  if (ok) return o;
  json_decref(o);
  return NULL;
}

static bool machine_is_little(void) {
  const uint16_t one = 1;
  unsigned char b;
  memcpy(&b, &one, 1);
  return b == 1;
}

/* A dtype as written: the plain name, or a NumPy type string with the
 * non-native byte order (">f8" on a little-endian machine). */
static json_t *dtype_json(enum ndp_dtype dt, bool swapped) {
  const struct ndp_dtype_info *info = ndp_dtype_info(dt);
  if (!swapped || info->itemsize == 1) return json_string(info->name);
  char buf[16];
  snprintf(buf, sizeof buf, "%c%c%d", machine_is_little() ? '>' : '<', info->typechar,
           info->itemsize);
  return json_string(buf);
}

static json_t *int_list(int n, const int64_t *v) {
  json_t *a = json_array();
  bool ok = a != NULL;
  for (int k = 0; k < n && ok; k++) ok = push(a, json_integer((json_int_t)v[k]));
  return done(a, ok);
}

/* A partial shape: null for an unknown rank, null items for unknown dims. */
static json_t *partial_shape_json(const struct ndp_partial_shape *p) {
  if (!p->rank_known) return json_null();
  json_t *a = json_array();
  bool ok = a != NULL;
  for (int k = 0; k < p->ndim && ok; k++)
    ok = push(a, p->dims[k] < 0 ? json_null() : json_integer((json_int_t)p->dims[k]));
  return done(a, ok);
}

/* One partial shape, or a list of them (case-format-notes.md: a list with a
 * list among its items is a list of shapes). A list of shapes that are all
 * of unknown rank cannot be written (the format reads [null, null] as one
 * shape); the parser never builds one. */
static json_t *partial_shapes_json(int n, const struct ndp_partial_shape *p) {
  if (n == 1) return partial_shape_json(&p[0]);
  json_t *a = json_array();
  bool ok = a != NULL;
  for (int k = 0; k < n && ok; k++) ok = push(a, partial_shape_json(&p[k]));
  return done(a, ok);
}

/* ================================================================ values */

/* A double rounded to float dtype dt exactly as the parser rounds a value
 * it reads (case_parse.c, round_float without the overflow check). */
static double round_as_parser(enum ndp_dtype dt, double x) {
  switch (dt) {
  case NDP_FLOAT16:
    return ndp_half_to_double(ndp_double_to_half(x));
  case NDP_FLOAT32:
  case NDP_COMPLEX64:
    if (isfinite(x) && fabs(x) > FLT_MAX) {
      /* 2^128 - 2^103: the smallest magnitude that rounds to infinity */
      if (fabs(x) >= 0x1.ffffffp+127) return copysign(INFINITY, x);
      return copysign(FLT_MAX, x);
    }
    return (double)(float)x;
  default:
    return x;
  }
}


/* The shortest %g text that reads back as x in dtype dt (float or complex
 * part), x finite. */
void ndp_float_shortest(enum ndp_dtype dt, double x, char *buf, size_t n) {
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, n, "%.*g", prec, x);
    if (round_as_parser(dt, strtod(buf, NULL)) == x) break;
  }
}

/* One float of dtype dt (a float dtype, or a complex one for a part). */
static json_t *float_json(enum ndp_dtype dt, double x) {
  if (isnan(x)) return json_string("nan");
  if (isinf(x)) return json_string(x > 0 ? "inf" : "-inf");
  if (x == 0.0 && signbit(x)) return json_string("-0.0");
  /* A JSON number, as case-format.md says floats are written: jansson
   * dumps a real with %.17g (JSON_REAL_PRECISION(17), its default), which
   * reads back exactly (0.1 is 0.10000000000000001). A decimal string
   * ("0.1") would be shorter, but it is not in the format: other readers
   * of the files (tools/ndp_numpy.py) reject it. */
  (void)dt;
  return json_real(x);
}

/* 2^53: integers beyond it are written as decimal strings. */
#define EXACT_INT ((uint64_t)1 << 53)

static json_t *uint_json(uint64_t u) {
  if (u <= EXACT_INT) return json_integer((json_int_t)u);
  char s[32];
  snprintf(s, sizeof s, "%llu", (unsigned long long)u);
  return json_string(s);
}

static json_t *int_json(int64_t i) {
  if (i >= -(int64_t)EXACT_INT && i <= (int64_t)EXACT_INT) return json_integer((json_int_t)i);
  char s[32];
  snprintf(s, sizeof s, "%lld", (long long)i);
  return json_string(s);
}

json_t *ndp_value_to_json(const struct ndp_elem *e) {
  switch (ndp_dtype_kind(e->dtype)) {
  case NDP_KIND_BOOL:
    return json_boolean(e->v.b);
  case NDP_KIND_UINT:
    return uint_json(e->v.u);
  case NDP_KIND_INT:
    return int_json(e->v.i);
  case NDP_KIND_FLOAT:
    return float_json(e->dtype, e->v.f);
  case NDP_KIND_COMPLEX: {
    json_t *a = json_array();
    bool ok = push(a, float_json(e->dtype, e->v.c.re));
    ok = ok && push(a, float_json(e->dtype, e->v.c.im));
    return done(a, ok);
  }
  }
  return NULL;
}

/* Whether value v (as written) reads back as the bytes at p (dtype dt, byte
 * order swapped). */
static bool reads_back(json_t *v, enum ndp_dtype dt, bool swapped, const unsigned char *p) {
  struct ndp_elem e;
  if (ndp_value_parse(v, dt, &e, NULL) != NDP_OK) return false;
  unsigned char got[16];
  ndp_elem_store(dt, swapped, got, &e);
  return memcmp(got, p, (size_t)ndp_dtype_size(dt)) == 0;
}

json_t *ndp_tensor_to_data(const struct ndp_tensor *t, bool exact) {
  json_t *a = json_array();
  if (a == NULL) return NULL;
  int64_t n = ndp_tensor_size(t);
  int64_t idx[NDP_MAXDIMS] = {0};
  for (int64_t k = 0; k < n; k++) {
    const unsigned char *p = ndp_tensor_at(t, idx);
    struct ndp_elem e;
    ndp_elem_load(t->dtype, t->swapped, p, &e);
    e.dtype = t->dtype;
    json_t *v = ndp_value_to_json(&e);
    if (v != NULL && exact && !reads_back(v, t->dtype, t->swapped, p)) {
      json_decref(v);
      return done(a, false);
    }
    if (!push(a, v)) return done(a, false);
    ndp_index_next(t->ndim, t->shape, idx);
  }
  return a;
}

/* ================================================================ inputs */

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* The elements of t in C logical order, as stored (t's byte order), in
 * padded RFC 4648 base64. NULL when out of memory. */
static json_t *b64_json(const struct ndp_tensor *t) {
  size_t isz = (size_t)ndp_dtype_size(t->dtype);
  size_t n = (size_t)ndp_tensor_size(t);
  /* sizes were checked when the tensor was built: n * isz fits */
  size_t nbytes = n * isz;
  unsigned char *raw = malloc(nbytes > 0 ? nbytes : 1);
  size_t tlen = (nbytes + 2) / 3 * 4;
  char *text = malloc(tlen + 1);
  if (raw == NULL || text == NULL) {
    free(raw);
    free(text);
    return NULL;
  }
  int64_t idx[NDP_MAXDIMS] = {0};
  for (size_t k = 0; k < n; k++) {
    memcpy(raw + k * isz, ndp_tensor_at(t, idx), isz);
    ndp_index_next(t->ndim, t->shape, idx);
  }
  size_t o = 0;
  for (size_t i = 0; i < nbytes; i += 3) {
    size_t left = nbytes - i;
    uint32_t w = (uint32_t)raw[i] << 16;
    if (left > 1) w |= (uint32_t)raw[i + 1] << 8;
    if (left > 2) w |= raw[i + 2];
    text[o++] = b64_alphabet[(w >> 18) & 63u];
    text[o++] = b64_alphabet[(w >> 12) & 63u];
    text[o++] = left > 1 ? b64_alphabet[(w >> 6) & 63u] : '=';
    text[o++] = left > 2 ? b64_alphabet[w & 63u] : '=';
  }
  text[o] = '\0';
  json_t *s = json_string(text);
  free(raw);
  free(text);
  return s;
}

json_t *ndp_input_to_json(const struct ndp_input *in) {
  const struct ndp_tensor *t = &in->tensor;
  json_t *o = json_object();
  bool ok = put(o, "dtype", dtype_json(in->dtype, in->swapped));
  ok = ok && put(o, "shape", int_list(t->ndim, t->shape));
  if (ok) {
    json_t *data = ndp_tensor_size(t) <= NDP_WRITE_MAX_DATA ? ndp_tensor_to_data(t, true) : NULL;
    if (data != NULL)
      ok = put(o, "data", data);
    else
      ok = put(o, "b64", b64_json(t));
  }
  if (ok && in->order == 'F') ok = put(o, "order", json_string("F"));
  return done(o, ok);
}

/* ================================================================ steps */

/* A Python int: a JSON integer up to 2^53, else a decimal string. A value
 * beyond 64 bits is known only by its float64 value (fval), which is an
 * integer >= 2^64 or inf: written as that integer's exact decimal digits,
 * or as 400 digits (which Python's float() also overflows on) for inf. */
static json_t *pyint_json(const struct ndp_pyint *p) {
  if (!p->huge) {
    if (p->mag <= EXACT_INT) return json_integer(p->neg ? -(json_int_t)p->mag : (json_int_t)p->mag);
    char s[32];
    snprintf(s, sizeof s, "%s%llu", p->neg ? "-" : "", (unsigned long long)p->mag);
    return json_string(s);
  }
  if (isinf(p->fval)) {
    char s[402];
    s[0] = p->neg ? '-' : '1';
    size_t o = 1;
    if (p->neg) s[o++] = '1';
    while (o < 400) s[o++] = '0';
    s[o] = '\0';
    return json_string(s);
  }
  char s[400];
  snprintf(s, sizeof s, "%.0f", p->fval); /* glibc prints the exact digits */
  return json_string(s);
}

static json_t *arg_json(const struct ndp_case *c, const struct ndp_step *steps,
                        const struct ndp_arg *a) {
  json_t *o = NULL;
  bool ok = true;
  switch (a->kind) {
  case NDP_ARG_REF:
    if (a->slot < 0) {
      char s[16];
      snprintf(s, sizeof s, "$%d", -1 - a->slot);
      return json_string(s);
    }
    if (a->slot < c->ninputs) return json_string(c->inputs[a->slot].name);
    return json_string(steps[a->slot - c->ninputs].id);
  case NDP_ARG_PYINT:
    o = json_object();
    ok = put(o, "int", pyint_json(&a->pyint));
    break;
  case NDP_ARG_PYFLOAT:
    o = json_object();
    ok = put(o, "float", float_json(NDP_FLOAT64, a->f));
    break;
  case NDP_ARG_PYBOOL:
    o = json_object();
    ok = put(o, "bool", json_boolean(a->b));
    break;
  case NDP_ARG_PYCOMPLEX: {
    o = json_object();
    json_t *v = json_array();
    ok = push(v, float_json(NDP_FLOAT64, a->re));
    ok = ok && push(v, float_json(NDP_FLOAT64, a->im));
    ok = put(o, "complex", done(v, ok)) && ok;
  } break;
  case NDP_ARG_NPSCALAR: {
    struct ndp_elem e;
    const struct ndp_tensor *t = &a->scalar;
    ndp_elem_load(t->dtype, t->swapped, t->buf->data + t->offset, &e);
    e.dtype = t->dtype;
    o = json_object();
    ok = put(o, "scalar", ndp_value_to_json(&e));
    ok = ok && put(o, "dtype", json_string(ndp_dtype_name(t->dtype)));
  } break;
  }
  return done(o, ok && o != NULL);
}

static json_t *index_json(const struct ndp_step *s) {
  json_t *a = json_array();
  bool ok = a != NULL;
  for (int k = 0; k < s->nindex && ok; k++) {
    const struct ndp_index_item *it = &s->index[k];
    switch (it->kind) {
    case NDP_IDX_INT:
      ok = push(a, json_integer((json_int_t)it->i));
      break;
    case NDP_IDX_NEWAXIS:
      ok = push(a, json_string("newaxis"));
      break;
    case NDP_IDX_ELLIPSIS:
      ok = push(a, json_string("..."));
      break;
    case NDP_IDX_SLICE: {
      json_t *sl = json_array();
      bool sok = push(sl, it->has_start ? json_integer((json_int_t)it->start) : json_null());
      sok = sok && push(sl, it->has_stop ? json_integer((json_int_t)it->stop) : json_null());
      sok = sok && push(sl, it->has_step ? json_integer((json_int_t)it->step) : json_null());
      json_t *item = json_object();
      ok = put(item, "slice", done(sl, sok)) && sok;
      ok = push(a, done(item, ok)) && ok;
    } break;
    }
  }
  return done(a, ok);
}

/* "axis"/"axes": null when given so, an int or a list as given. */
static json_t *axis_json(const struct ndp_step *s) {
  if (s->axis_is_null) return json_null();
  if (!s->axis_is_list && s->naxes == 1) return json_integer((json_int_t)s->axes[0]);
  return int_list(s->naxes, s->axes);
}

static json_t *step_json(const struct ndp_case *c, const struct ndp_step *steps,
                         const struct ndp_step *s);

/* A fn body and its "result" (map, filter, numpy_function). */
static bool fn_json(const struct ndp_case *c, const struct ndp_step *s, json_t *o) {
  const struct ndp_fn *fn = &s->ds->fn;
  json_t *body = json_array();
  bool ok = body != NULL;
  for (int k = 0; k < fn->nsteps && ok; k++)
    ok = push(body, step_json(c, fn->steps, &fn->steps[k]));
  ok = put(o, "fn", done(body, ok)) && ok;
  if (!ok) return false;
  if (s->ds->result_is_list) {
    json_t *r = json_array();
    bool rok = r != NULL;
    for (int k = 0; k < fn->nresults && rok; k++)
      rok = push(r, json_string(fn->steps[fn->results[k]].id));
    return put(o, "result", done(r, rok)) && rok;
  }
  if (fn->nresults == 1 && fn->results[0] == fn->nsteps - 1) return true; /* the default */
  return put(o, "result", json_string(fn->steps[fn->results[0]].id));
}

static bool ds_params_json(const struct ndp_case *c, const struct ndp_step *s, json_t *o) {
  const struct ndp_ds_params *ds = s->ds;
  bool ok = true;
  switch (s->op) {
  case NDP_OP_FROM_GENERATOR: {
    json_t *el = json_array();
    ok = el != NULL;
    for (int i = 0; i < ds->nelements && ok; i++) {
      json_t *e = json_array();
      bool eok = e != NULL;
      for (int j = 0; j < ds->ncomp && eok; j++)
        eok = push(e, json_string(c->inputs[ds->elements[i * ds->ncomp + j]].name));
      ok = push(el, done(e, eok)) && eok;
    }
    ok = put(o, "elements", done(el, ok)) && ok;
    json_t *sig = json_array();
    bool sok = ok && sig != NULL;
    for (int j = 0; j < ds->ncomp && sok; j++) {
      json_t *x = json_object();
      bool xok = put(x, "dtype", json_string(ndp_dtype_name(ds->sig_dtype[j])));
      xok = xok && put(x, "shape", partial_shape_json(&ds->sig_shape[j]));
      sok = push(sig, done(x, xok)) && xok;
    }
    ok = put(o, "output_signature", done(sig, sok)) && sok && ok;
  } break;
  case NDP_OP_MAP:
  case NDP_OP_FILTER:
    ok = fn_json(c, s, o);
    break;
  case NDP_OP_NUMPY_FUNCTION:
    ok = fn_json(c, s, o);
    if (ok && ds->ntout == 1) {
      ok = put(o, "Tout", json_string(ndp_dtype_name(ds->tout[0])));
    } else if (ok) {
      json_t *t = json_array();
      bool tok = t != NULL;
      for (int j = 0; j < ds->ntout && tok; j++)
        tok = push(t, json_string(ndp_dtype_name(ds->tout[j])));
      ok = put(o, "Tout", done(t, tok)) && tok;
    }
    if (ok && ds->nshapes > 0) ok = put(o, "shape", partial_shapes_json(ds->nshapes, ds->shapes));
    break;
  case NDP_OP_BATCH:
    ok = put(o, "batch_size", json_integer((json_int_t)ds->batch_size));
    if (ok && ds->drop_remainder) ok = put(o, "drop_remainder", json_true());
    break;
  case NDP_OP_TAKE:
    ok = put(o, "count", json_integer((json_int_t)ds->count));
    break;
  case NDP_OP_SET_SHAPE:
  case NDP_OP_ENSURE_SHAPE:
    ok = put(o, "shape", partial_shapes_json(ds->nshapes, ds->shapes));
    break;
  default:
    break;
  }
  return ok;
}

/* Step s, whose step operands name steps[] (the case's or a fn body's). */
static json_t *step_json(const struct ndp_case *c, const struct ndp_step *steps,
                         const struct ndp_step *s) {
  json_t *o = json_object();
  bool ok = put(o, "id", json_string(s->id));
  ok = ok && put(o, "op", json_string(ndp_op_name(s->op)));
  enum ndp_op_class cls = ndp_op_class(s->op);
  if (ok && (s->nargs > 0 || cls != NDP_OPC_DATASET)) {
    json_t *args = json_array();
    bool aok = args != NULL;
    for (int j = 0; j < s->nargs && aok; j++) aok = push(args, arg_json(c, steps, &s->args[j]));
    ok = put(o, "args", done(args, aok)) && aok;
  }
  if (!ok) return done(o, false);
  if (cls == NDP_OPC_DATASET) return done(o, s->ds == NULL || ds_params_json(c, s, o));

  /* The parameters the parser reads for this op (case_parse.c, op_params),
   * each written only when the model holds a non-default value. */
  switch (s->op) {
  case NDP_OP_RESHAPE:
  case NDP_OP_BROADCAST_TO:
    if (s->has_shape) ok = put(o, "shape", int_list(s->shape_ndim, s->shape));
    break;
  case NDP_OP_TRANSPOSE:
    if (s->has_axes) ok = put(o, "axes", int_list(s->naxes, s->axes));
    break;
  case NDP_OP_GETITEM:
    ok = put(o, "index", index_json(s));
    break;
  default:
    break;
  }
  bool takes_axis = s->op == NDP_OP_EXPAND_DIMS || s->op == NDP_OP_SQUEEZE ||
                    s->op == NDP_OP_CONCATENATE || s->op == NDP_OP_STACK || cls == NDP_OPC_REDUCE;
  if (ok && takes_axis && (s->has_axes || s->axis_is_null)) ok = put(o, "axis", axis_json(s));
  if (ok && (s->op == NDP_OP_RESHAPE || s->op == NDP_OP_RAVEL) && s->order == 'F')
    ok = put(o, "order", json_string("F"));
  if (ok && s->has_dtype) ok = put(o, "dtype", dtype_json(s->dtype, s->dtype_swapped));
  if (ok && s->has_casting) ok = put(o, "casting", json_string(ndp_casting_name(s->casting)));
  if (ok && s->keepdims) ok = put(o, "keepdims", json_true());
  return done(o, ok);
}

/* ================================================================ expect */

static json_t *expect_json(const struct ndp_case *c, const struct ndp_expect *x) {
  json_t *o = json_object();
  bool ok = o != NULL;
  if (x->has_error) return done(o, put(o, "error", json_string(ndp_errclass_name(x->error))));
  if (ok && x->has_count) ok = put(o, "count", json_integer((json_int_t)x->count));
  if (ok && x->has_spec) {
    json_t *sp = json_array();
    bool sok = sp != NULL;
    for (int k = 0; k < x->nspec && sok; k++) {
      json_t *e = json_object();
      bool eok = put(e, "dtype", json_string(ndp_dtype_name(x->spec_dtype[k])));
      eok = eok && put(e, "shape", partial_shape_json(&x->spec_shape[k]));
      sok = push(sp, done(e, eok)) && eok;
    }
    ok = put(o, "element_spec", done(sp, sok)) && sok;
  }
  if (ok && x->elements != NULL) ok = put(o, "elements", json_deep_copy(x->elements));
  if (ok && x->has_dtype) ok = put(o, "dtype", json_string(ndp_dtype_name(x->dtype)));
  if (ok && x->has_shape) ok = put(o, "shape", int_list(x->ndim, x->shape));
  if (ok && x->has_view) ok = put(o, "view", json_boolean(x->view));
  if (ok && x->has_data && x->data != NULL) ok = put(o, "data", json_deep_copy(x->data));
  (void)c;
  return done(o, ok);
}

/* ================================================================ case */

json_t *ndp_case_to_json(const struct ndp_case *c, bool with_expect) {
  json_t *o = json_object();
  bool ok = put(o, "ndparity", json_integer(1));
  ok = ok && put(o, "name", json_string(c->name != NULL ? c->name : ""));
  if (ok && c->ntags > 0) {
    json_t *tags = json_array();
    bool tok = tags != NULL;
    for (int k = 0; k < c->ntags && tok; k++) tok = push(tags, json_string(c->tags[k]));
    ok = put(o, "tags", done(tags, tok)) && tok;
  }
  if (ok) {
    json_t *inputs = json_object();
    bool iok = inputs != NULL;
    for (int i = 0; i < c->ninputs && iok; i++)
      iok = put(inputs, c->inputs[i].name, ndp_input_to_json(&c->inputs[i]));
    ok = put(o, "inputs", done(inputs, iok)) && iok;
  }
  if (ok) {
    json_t *steps = json_array();
    bool sok = steps != NULL;
    for (int k = 0; k < c->nsteps && sok; k++)
      sok = push(steps, step_json(c, c->steps, &c->steps[k]));
    ok = put(o, "steps", done(steps, sok)) && sok;
  }
  if (ok && with_expect && c->nexpect > 0) {
    json_t *ex = json_object();
    bool eok = ex != NULL;
    for (int k = 0; k < c->nexpect && eok; k++) {
      const struct ndp_expect *x = &c->expect[k];
      if (x->step < 0 || x->step >= c->nsteps) continue;
      eok = put(ex, c->steps[x->step].id, expect_json(c, x));
    }
    ok = put(o, "expect", done(ex, eok)) && eok;
  }
  if (ok && c->has_tolerance) {
    json_t *t = json_object();
    bool tok = t != NULL;
    if (tok && c->rtol >= 0.0) tok = put(t, "rtol", json_real(c->rtol));
    if (tok && c->atol >= 0.0) tok = put(t, "atol", json_real(c->atol));
    ok = put(o, "tolerance", done(t, tok)) && tok;
  }
  return done(o, ok);
}

enum ndp_status ndp_case_json_write(const json_t *j, FILE *f, struct ndp_error *err) {
  /* JSON_REAL_PRECISION(17) is jansson's default, which float_json relies
   * on; said explicitly so that the text never depends on it. */
  if (json_dumpf(j, f, JSON_COMPACT | JSON_REAL_PRECISION(17)) != 0 || fputc('\n', f) == EOF)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "cannot write the case");
  return NDP_OK;
}
