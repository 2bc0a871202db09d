/* Tests of the reference engine's TensorFlow 2 profile (core/src/ref/
 * ref_profile.c) and of the NumPy profile staying NumPy's.
 *
 * Each row is a small case (in the case format) whose last step is run
 * under the TensorFlow profile and checked: the error class and a piece of
 * its message, or the dtype, shape, values, bytes copied and a piece of the
 * note that names the rule (an empty note where no rule changed the
 * result). The values are what TensorFlow's rules give (see the citations
 * in ref_profile.c), worked out by hand: wrapping integer casts, float32
 * arithmetic as NumPy's float32 gives it, truncating integer division.
 *
 * Every row's case is also run under the NumPy profile and on the C oracle:
 * they must agree (error class, dtype, shape, values) and the NumPy profile
 * must leave no note. Table-driven tests loop over their rows (one process
 * per Test); every message names the row.
 */
#include <criterion/criterion.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/backend.h"
#include "ndparity/case.h"
#include "ndparity/core.h"
#include "ref_internal.h"

/* ------------------------------------------------------------ running a case */

struct row {
  const char *name;
  const char *case_json; /* its last step is checked */
  const char *error;     /* expected error class, or NULL */
  const char *msg;       /* a piece of the error message or of the note; "" = empty note */
  const char *dtype;
  int ndim;
  int64_t shape[4];
  const char *data; /* C-order values: ints, floats (hex allowed, inf), complex "re,im" */
  int64_t bytes;    /* expected bytes copied, or -1 */
};

enum engine { ENGINE_TF, ENGINE_NUMPY, ENGINE_ORACLE };

struct outcome {
  struct ndp_case *c;
  struct ndp_tensor *results; /* one per step (buf NULL when not produced) */
  enum ndp_status st;         /* of the last step */
  struct ndp_error err;
  int64_t bytes;
};

static enum ndp_status run_step(enum engine e, const struct ndp_step *step,
                                const struct ndp_tensor *const *ops, struct ndp_tensor *out,
                                int64_t *bytes, struct ndp_error *err) {
  switch (e) {
  case ENGINE_TF:
    return ndp_ref_run_step_profile(&ndp_ref_profile_tf, step, ops, out, bytes, err);
  case ENGINE_NUMPY:
    return ndp_ref_run_step_profile(&ndp_ref_profile_numpy, step, ops, out, bytes, err);
  case ENGINE_ORACLE:
    return ndp_oracle_run_step(step, ops, out, err);
  }
  return NDP_EINTERNAL;
}

/* Runs every step as the harness's runner does; all but the last must
 * succeed. */
static void run_case(enum engine e, const char *name, const char *json, struct outcome *o) {
  memset(o, 0, sizeof *o);
  json_error_t jerr;
  json_t *j = json_loads(json, JSON_REJECT_DUPLICATES, &jerr);
  cr_assert_not_null(j, "%s: bad test JSON: %s", name, jerr.text);
  struct ndp_error perr = {0};
  enum ndp_status st = ndp_case_parse(j, "t.json", 1, &o->c, &perr);
  json_decref(j);
  cr_assert_eq(st, NDP_OK, "%s: case does not parse: %s", name, perr.msg);
  struct ndp_case *c = o->c;
  o->results = calloc((size_t)c->nsteps, sizeof *o->results);
  cr_assert_not_null(o->results);
  for (int s = 0; s < c->nsteps; s++) {
    const struct ndp_step *step = &c->steps[s];
    const struct ndp_tensor *ops[4] = {NULL};
    cr_assert(step->nargs <= 4, "%s: too many operands", name);
    for (int a = 0; a < step->nargs; a++) {
      const struct ndp_arg *arg = &step->args[a];
      if (arg->kind == NDP_ARG_REF)
        ops[a] = arg->slot < c->ninputs ? &c->inputs[arg->slot].tensor
                                        : &o->results[arg->slot - c->ninputs];
      else if (arg->kind == NDP_ARG_NPSCALAR)
        ops[a] = &arg->scalar;
    }
    int64_t bytes = 0;
    struct ndp_error err;
    memset(&err, 0, sizeof err);
    strcpy(err.msg, "stale text from an earlier step");
    st = run_step(e, step, ops, &o->results[s], &bytes, &err);
    if (st != NDP_OK) memset(&o->results[s], 0, sizeof o->results[s]);
    if (s < c->nsteps - 1) {
      cr_assert_eq(st, NDP_OK, "%s: step %s failed: %s", name, step->id, err.msg);
    } else {
      o->st = st;
      o->err = err;
      o->bytes = bytes;
    }
  }
}

static void outcome_free(struct outcome *o) {
  for (int s = 0; o->c && s < o->c->nsteps; s++)
    if (o->results[s].buf != NULL) ndp_tensor_release(&o->results[s]);
  free(o->results);
  ndp_case_free(o->c);
}

static const struct ndp_tensor *last(const struct outcome *o) {
  return &o->results[o->c->nsteps - 1];
}

/* Compares t's values in C order with the row's text. */
static void check_values(const char *name, const struct ndp_tensor *t, const char *data) {
  int64_t n = ndp_tensor_size(t);
  int64_t idx[NDP_MAXDIMS] = {0};
  const char *p = data;
  for (int64_t i = 0; i < n; i++) {
    char tok[128];
    int len = 0;
    while (*p == ' ') p++;
    while (*p && *p != ' ' && len < 127) tok[len++] = *p++;
    tok[len] = '\0';
    cr_assert(len > 0, "%s: fewer expected values than the result's %lld", name, (long long)n);
    struct ndp_elem e;
    ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
    switch (ndp_dtype_kind(t->dtype)) {
    case NDP_KIND_BOOL:
      cr_assert_eq(e.v.b, strcmp(tok, "1") == 0, "%s: [%lld] is %d, expected %s", name,
                   (long long)i, e.v.b, tok);
      break;
    case NDP_KIND_INT:
      cr_assert_eq(e.v.i, strtoll(tok, NULL, 10), "%s: [%lld] is %lld, expected %s", name,
                   (long long)i, (long long)e.v.i, tok);
      break;
    case NDP_KIND_UINT:
      cr_assert_eq(e.v.u, strtoull(tok, NULL, 10), "%s: [%lld] is %llu, expected %s", name,
                   (long long)i, (unsigned long long)e.v.u, tok);
      break;
    case NDP_KIND_FLOAT: {
      double w = strtod(tok, NULL);
      bool ok = isnan(w) ? isnan(e.v.f) : e.v.f == w;
      cr_assert(ok, "%s: [%lld] is %a, expected %s", name, (long long)i, e.v.f, tok);
    } break;
    case NDP_KIND_COMPLEX: {
      char *comma = strchr(tok, ',');
      cr_assert_not_null(comma, "%s: bad complex %s", name, tok);
      double wr = strtod(tok, NULL), wi = strtod(comma + 1, NULL);
      cr_assert(e.v.c.re == wr && e.v.c.im == wi, "%s: [%lld] is (%a, %a), expected %s", name,
                (long long)i, e.v.c.re, e.v.c.im, tok);
    } break;
    }
    ndp_index_next(t->ndim, t->shape, idx);
  }
  while (*p == ' ') p++;
  cr_assert(*p == '\0', "%s: more expected values than the result's %lld", name, (long long)n);
}

/* Checks the row's last step under the TensorFlow profile. */
static void check_tf_row(const struct row *r) {
  struct outcome o;
  run_case(ENGINE_TF, r->name, r->case_json, &o);
  if (r->error != NULL) {
    cr_assert_eq(o.st, NDP_ESTEP, "%s: expected a %s error, got status %d", r->name, r->error,
                 (int)o.st);
    cr_assert_str_eq(ndp_errclass_name(o.err.cls), r->error, "%s: error class (message: %s)",
                     r->name, o.err.msg);
    cr_assert_not_null(strstr(o.err.msg, r->msg), "%s: message \"%s\" lacks \"%s\"", r->name,
                       o.err.msg, r->msg);
    outcome_free(&o);
    return;
  }
  cr_assert_eq(o.st, NDP_OK, "%s: failed: %s", r->name, o.err.msg);
  const struct ndp_tensor *t = last(&o);
  cr_assert_str_eq(ndp_dtype_name(t->dtype), r->dtype, "%s: dtype", r->name);
  cr_assert_eq(t->ndim, r->ndim, "%s: ndim %d, expected %d", r->name, t->ndim, r->ndim);
  for (int k = 0; k < r->ndim; k++)
    cr_assert_eq(t->shape[k], r->shape[k], "%s: shape[%d] is %lld, expected %lld", r->name, k,
                 (long long)t->shape[k], (long long)r->shape[k]);
  check_values(r->name, t, r->data);
  if (r->bytes >= 0)
    cr_assert_eq(o.bytes, r->bytes, "%s: %lld bytes copied, expected %lld", r->name,
                 (long long)o.bytes, (long long)r->bytes);
  if (r->msg[0] == '\0')
    cr_assert_str_eq(o.err.msg, "", "%s: a note where no rule applies", r->name);
  else
    cr_assert_not_null(strstr(o.err.msg, r->msg), "%s: note \"%s\" lacks \"%s\"", r->name,
                       o.err.msg, r->msg);
  outcome_free(&o);
}

/* The row's case under the NumPy profile agrees with the oracle, with no
 * note. */
static void check_numpy_row(const struct row *r) {
  struct outcome a, b;
  run_case(ENGINE_NUMPY, r->name, r->case_json, &a);
  run_case(ENGINE_ORACLE, r->name, r->case_json, &b);
  cr_assert_eq(a.st, b.st, "%s: NumPy profile status %d (%s), oracle %d (%s)", r->name, (int)a.st,
               a.err.msg, (int)b.st, b.err.msg);
  if (a.st != NDP_OK) {
    cr_assert_eq(a.err.cls, b.err.cls, "%s: NumPy profile fails with %s, oracle with %s", r->name,
                 ndp_errclass_name(a.err.cls), ndp_errclass_name(b.err.cls));
  } else {
    const struct ndp_tensor *x = last(&a), *y = last(&b);
    cr_assert_str_eq(a.err.msg, "", "%s: the NumPy profile left a note", r->name);
    cr_assert_eq(x->dtype, y->dtype, "%s: NumPy profile %s, oracle %s", r->name,
                 ndp_dtype_name(x->dtype), ndp_dtype_name(y->dtype));
    cr_assert_eq(x->ndim, y->ndim, "%s: ndim", r->name);
    for (int k = 0; k < x->ndim; k++) cr_assert_eq(x->shape[k], y->shape[k], "%s: shape", r->name);
    int64_t n = ndp_tensor_size(x), idx[NDP_MAXDIMS] = {0};
    for (int64_t i = 0; i < n; i++) {
      struct ndp_elem ex, ey;
      ndp_elem_load(x->dtype, x->swapped, ndp_tensor_at(x, idx), &ex);
      ndp_elem_load(y->dtype, y->swapped, ndp_tensor_at(y, idx), &ey);
      bool same;
      switch (ndp_dtype_kind(x->dtype)) {
      case NDP_KIND_BOOL:
        same = ex.v.b == ey.v.b;
        break;
      case NDP_KIND_INT:
        same = ex.v.i == ey.v.i;
        break;
      case NDP_KIND_UINT:
        same = ex.v.u == ey.v.u;
        break;
      case NDP_KIND_FLOAT:
        same = ex.v.f == ey.v.f || (isnan(ex.v.f) && isnan(ey.v.f));
        break;
      default:
        same = ex.v.c.re == ey.v.c.re && ex.v.c.im == ey.v.c.im;
        break;
      }
      cr_assert(same, "%s: value [%lld] differs from the oracle's", r->name, (long long)i);
      ndp_index_next(x->ndim, x->shape, idx);
    }
  }
  outcome_free(&a);
  outcome_free(&b);
}

/* ------------------------------------------------------------ case text helpers */

/* One input array "a" and one step (no closing of the step object). */
#define IN1(DT, SHAPE, DATA) "{\"a\":{\"dtype\":\"" DT "\",\"shape\":" SHAPE ",\"data\":" DATA "}}"
#define IN2(DT, DATA, DT2, DATA2)                                                                  \
  "{\"a\":{\"dtype\":\"" DT "\",\"shape\":[2],\"data\":" DATA "},\"b\":{\"dtype\":\"" DT2          \
  "\",\"shape\":[2],\"data\":" DATA2 "}}"
#define CASE(INPUTS, STEP)                                                                         \
  "{\"ndparity\":1,\"name\":\"t\",\"inputs\":" INPUTS ",\"steps\":[" STEP "]}"
#define STEP(OP, ARGS) "{\"id\":\"r\",\"op\":\"" OP "\",\"args\":" ARGS "}"
#define STEPX(OP, ARGS, EXTRA) "{\"id\":\"r\",\"op\":\"" OP "\",\"args\":" ARGS "," EXTRA "}"

/* ------------------------------------------------------------ promotion */

/* clang-format off */
static const struct row promotion_rows[] = {
    {"int32 + float64 arrays", CASE(IN2("int32", "[1,2]", "float64", "[0.5,1.5]"), STEP("add", "[\"a\",\"b\"]")),
     "type", "TensorFlow does not promote int32 with float64", NULL, 0, {0}, NULL, -1},
    {"float64 + float32 arrays name TF's dtypes", CASE(IN2("float64", "[1,2]", "float32", "[1,2]"), STEP("add", "[\"a\",\"b\"]")),
     "type", "expected to be a double tensor but is a float tensor (tf.raw_ops.AddV2", NULL, 0, {0}, NULL, -1},
    {"int8 * uint8 arrays", CASE(IN2("int8", "[1,2]", "uint8", "[1,2]"), STEP("multiply", "[\"a\",\"b\"]")),
     "type", "tf.raw_ops.Mul: y must have the same type as x", NULL, 0, {0}, NULL, -1},
    {"float32 < float64 arrays", CASE(IN2("float32", "[1,2]", "float64", "[1,2]"), STEP("less", "[\"a\",\"b\"]")),
     "type", "does not promote float32 with float64", NULL, 0, {0}, NULL, -1},
    {"fmax of two dtypes (no TF kernel named)", CASE(IN2("float32", "[1,2]", "float64", "[1,2]"), STEP("fmax", "[\"a\",\"b\"]")),
     "type", "TensorFlow's binary kernels", NULL, 0, {0}, NULL, -1},
    {"float32 * np.float64 scalar", CASE(IN1("float32", "[2]", "[1,2]"), STEP("multiply", "[\"a\",{\"scalar\":1.5,\"dtype\":\"float64\"}]")),
     "type", "does not promote float32 with float64", NULL, 0, {0}, NULL, -1},
    {"float32 + np.complex128 scalar (strong under TF)", CASE(IN1("float32", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"scalar\":[1,0],\"dtype\":\"complex128\"}]")),
     "type", "does not promote float32 with complex128", NULL, 0, {0}, NULL, -1},
    {"same dtypes: int16 + int16", CASE(IN2("int16", "[1,-2]", "int16", "[30000,5]"), STEP("add", "[\"a\",\"b\"]")),
     NULL, "", "int16", 1, {2}, "30001 3", 4},
    {"same dtypes: float32 == float32 gives bool", CASE(IN2("float32", "[1,2]", "float32", "[1,3]"), STEP("equal", "[\"a\",\"b\"]")),
     NULL, "", "bool", 1, {2}, "1 0", 2},
    {"int32 + np.int32 scalar", CASE(IN1("int32", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"scalar\":7,\"dtype\":\"int32\"}]")),
     NULL, "", "int32", 1, {2}, "8 9", 8},
    {"AddV2 has no bool kernel", CASE(IN2("bool", "[true,false]", "bool", "[true,true]"), STEP("add", "[\"a\",\"b\"]")),
     "type", "Value for attr 'T' of bool is not in the list of allowed values: numbertype [Op:AddV2]", NULL, 0, {0}, NULL, -1},
};
/* clang-format on */

Test(ref_tf, promotion_should_fail_between_dtypes_and_keep_same_dtype_results) {
  for (size_t i = 0; i < sizeof promotion_rows / sizeof promotion_rows[0]; i++)
    check_tf_row(&promotion_rows[i]);
}

/* ------------------------------------------------------------ Python scalars */

/* clang-format off */
static const struct row scalar_rows[] = {
    {"int64 + -0.5", CASE(IN1("int64", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"float\":-0.5}]")),
     "type", "Cannot convert -0.5 to EagerTensor of dtype int64", NULL, 0, {0}, NULL, -1},
    {"int32 + 2.0 (integral floats too)", CASE(IN1("int32", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"float\":2.0}]")),
     "type", "Cannot convert 2.0 to EagerTensor of dtype int32", NULL, 0, {0}, NULL, -1},
    {"2.5 - int32 (scalar first)", CASE(IN1("int32", "[2]", "[1,2]"), STEP("subtract", "[{\"float\":2.5},\"a\"]")),
     "type", "Cannot convert 2.5 to EagerTensor of dtype int32", NULL, 0, {0}, NULL, -1},
    {"uint8 + 1e16 names it as Python does", CASE(IN1("uint8", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"float\":1e16}]")),
     "type", "Cannot convert 1e+16 to EagerTensor of dtype uint8", NULL, 0, {0}, NULL, -1},
    {"int16 + 1e-05", CASE(IN1("int16", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"float\":1e-05}]")),
     "type", "Cannot convert 1e-05 to EagerTensor of dtype int16", NULL, 0, {0}, NULL, -1},
    {"int16 + 123456789.0", CASE(IN1("int16", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"float\":123456789.0}]")),
     "type", "Cannot convert 123456789.0 to EagerTensor", NULL, 0, {0}, NULL, -1},
    {"int16 + 0.00025", CASE(IN1("int16", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"float\":0.00025}]")),
     "type", "Cannot convert 0.00025 to EagerTensor", NULL, 0, {0}, NULL, -1},
    {"int16 + 1.5e300", CASE(IN1("int16", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"float\":1.5e300}]")),
     "type", "Cannot convert 1.5e+300 to EagerTensor", NULL, 0, {0}, NULL, -1},
    {"int8 + 300 wraps", CASE(IN1("int8", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"int\":300}]")),
     NULL, "converts the Python int 300 to int8 with a cast that does not check the range (it becomes " "44)", "int8", 1, {2}, "45 46", 2},
    {"uint8 + -1 wraps", CASE(IN1("uint8", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"int\":-1}]")),
     NULL, "(it becomes 255)", "uint8", 1, {2}, "0 1", 2},
    {"int32 + 2**40 wraps", CASE(IN1("int32", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"int\":1099511627776}]")),
     NULL, "(it becomes 0)", "int32", 1, {2}, "1 2", 8},
    {"int16 + 2**70 is out of int64", CASE(IN1("int16", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"int\":\"1180591620717411303424\"}]")),
     "value", "out-of-range integer", NULL, 0, {0}, NULL, -1},
    {"uint64 + -1", CASE(IN1("uint64", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"int\":-1}]")),
     "value", "SystemError", NULL, 0, {0}, NULL, -1},
    {"uint64 + 2**63 converts", CASE(IN1("uint64", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"int\":\"9223372036854775808\"}]")),
     NULL, "", "uint64", 1, {2}, "9223372036854775809 9223372036854775810", 16},
    {"int8 + 100 in range", CASE(IN1("int8", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"int\":100}]")),
     NULL, "", "int8", 1, {2}, "101 102", 2},
    {"float32 + 3", CASE(IN1("float32", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"int\":3}]")),
     NULL, "", "float32", 1, {2}, "4 5", 8},
    {"float32 + 0.1", CASE(IN1("float32", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"float\":0.1}]")),
     NULL, "", "float32", 1, {2}, "0x1.19999ap+0 0x1.0cccccp+1", 8},
    {"float16 + True (half has its own converter)", CASE(IN1("float16", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"bool\":true}]")),
     NULL, "", "float16", 1, {2}, "2 3", 4},
    {"int32 + True (Int32Converter takes bools)", CASE(IN1("int32", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"bool\":true}]")),
     NULL, "", "int32", 1, {2}, "2 3", 8},
    {"int8 + True", CASE(IN1("int8", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"bool\":true}]")),
     "type", "Cannot convert True to EagerTensor of dtype int8", NULL, 0, {0}, NULL, -1},
    {"complex64 + False", CASE(IN1("complex64", "[1]", "[[1,2]]"), STEP("add", "[\"a\",{\"bool\":false}]")),
     "type", "Cannot convert False to EagerTensor of dtype complex64", NULL, 0, {0}, NULL, -1},
    {"bool tensor & 1", CASE(IN1("bool", "[2]", "[true,false]"), STEP("logical_and", "[\"a\",{\"int\":1}]")),
     "type", "Cannot convert 1 to EagerTensor of dtype bool", NULL, 0, {0}, NULL, -1},
    {"float32 + (1+2j) names TF's float", CASE(IN1("float32", "[2]", "[1,2]"), STEP("add", "[\"a\",{\"complex\":[1,2]}]")),
     "type", "Cannot convert (1+2j) to EagerTensor of dtype float", NULL, 0, {0}, NULL, -1},
    {"float64 * 2j", CASE(IN1("float64", "[2]", "[1,2]"), STEP("multiply", "[\"a\",{\"complex\":[0,2]}]")),
     "type", "Cannot convert 2j to EagerTensor of dtype double", NULL, 0, {0}, NULL, -1},
    {"complex64 + (1.5-0j)", CASE(IN1("complex64", "[1]", "[[1,2]]"), STEP("add", "[\"a\",{\"complex\":[1.5,\"-0.0\"]}]")),
     NULL, "", "complex64", 1, {1}, "2.5,2", 8},
    {"0.1 + 0.2 are float32 tensors", CASE("{}", STEP("add", "[{\"float\":0.1},{\"float\":0.2}]")),
     NULL, "TensorFlow makes the Python scalar 0.1 a float32 tensor (NumPy: float64)", "float32", 0, {0}, "0x1.333334p-2", 4},
    {"1 + 2.5: the second converts to int32", CASE("{}", STEP("add", "[{\"int\":1},{\"float\":2.5}]")),
     "type", "Cannot convert 2.5 to EagerTensor of dtype int32", NULL, 0, {0}, NULL, -1},
    {"2**40 + 1 is int64", CASE("{}", STEP("add", "[{\"int\":1099511627776},{\"int\":1}]")),
     NULL, "", "int64", 0, {0}, "1099511627777", 8},
    {"1e300 alone does not fit float32", CASE("{}", STEP("negative", "[{\"float\":1e300}]")),
     "value", "out of range for a double-precision float", NULL, 0, {0}, NULL, -1},
    {"negative(5) is int32", CASE("{}", STEP("negative", "[{\"int\":5}]")),
     NULL, "TensorFlow makes the Python scalar 5 a int32 tensor (NumPy: int64)", "int32", 0, {0}, "-5", 4},
    {"sqrt(4.0) is float32", CASE("{}", STEP("sqrt", "[{\"float\":4.0}]")),
     NULL, "a float32 tensor", "float32", 0, {0}, "2", 4},
    {"sum(7) is an int32 sum", CASE("{}", STEP("sum", "[{\"int\":7}]")),
     NULL, "a int32 tensor", "int32", 0, {0}, "7", 4},
    {"reshape(3.5) is float32", CASE("{}", STEPX("reshape", "[{\"float\":3.5}]", "\"shape\":[1]")),
     NULL, "a float32 tensor", "float32", 1, {1}, "3.5", -1},
};
/* clang-format on */

Test(ref_tf, python_scalars_should_convert_to_the_tensor_dtype_the_tf_way) {
  for (size_t i = 0; i < sizeof scalar_rows / sizeof scalar_rows[0]; i++)
    check_tf_row(&scalar_rows[i]);
}

/* ------------------------------------------------------------ kernels and truediv */

/* clang-format off */
static const struct row kernel_rows[] = {
    {"int8 / int8 divides in float32", CASE(IN2("int8", "[1,2]", "int8", "[3,3]"), STEP("true_divide", "[\"a\",\"b\"]")),
     NULL, "truediv casts int8 operands to float32", "float32", 1, {2}, "0x1.555556p-2 0x1.555556p-1", -1},
    {"uint16 / uint16 divides in float32", CASE(IN2("uint16", "[1,7]", "uint16", "[4,4]"), STEP("true_divide", "[\"a\",\"b\"]")),
     NULL, "uint16 operands to float32", "float32", 1, {2}, "0.25 1.75", -1},
    {"int32 / int32 divides in float64 (as NumPy)", CASE(IN2("int32", "[1,2]", "int32", "[4,4]"), STEP("true_divide", "[\"a\",\"b\"]")),
     NULL, "", "float64", 1, {2}, "0.25 0.5", -1},
    {"uint64 / uint64 divides in float64", CASE(IN2("uint64", "[1,2]", "uint64", "[4,4]"), STEP("true_divide", "[\"a\",\"b\"]")),
     NULL, "", "float64", 1, {2}, "0.25 0.5", -1},
    {"float16 / float16 stays float16", CASE(IN2("float16", "[1,2]", "float16", "[4,4]"), STEP("true_divide", "[\"a\",\"b\"]")),
     NULL, "", "float16", 1, {2}, "0.25 0.5", 4},
    {"bool / bool has no truediv", CASE(IN2("bool", "[true,true]", "bool", "[true,true]"), STEP("true_divide", "[\"a\",\"b\"]")),
     "type", "Invalid dtype <dtype: 'bool'> in __truediv__", NULL, 0, {0}, NULL, -1},
    {"int8 / 2 converts 2 to int8 first", CASE(IN1("int8", "[2]", "[1,3]"), STEP("true_divide", "[\"a\",{\"int\":2}]")),
     NULL, "int8 operands to float32", "float32", 1, {2}, "0.5 1.5", -1},
    {"sqrt(int32)", CASE(IN1("int32", "[3]", "[1,4,9]"), STEP("sqrt", "[\"a\"]")),
     "type", "Value for attr 'T' of int32 is not in the list of allowed values: bfloat16, half, float, " "double, complex64, complex128 [Op:Sqrt]", NULL, 0, {0}, NULL, -1},
    {"exp(int64)", CASE(IN1("int64", "[1]", "[1]"), STEP("exp", "[\"a\"]")),
     "type", "[Op:Exp]", NULL, 0, {0}, NULL, -1},
    {"log(uint8)", CASE(IN1("uint8", "[1]", "[1]"), STEP("log", "[\"a\"]")),
     "type", "of uint8 is not in the list", NULL, 0, {0}, NULL, -1},
    {"sqrt(bool)", CASE(IN1("bool", "[1]", "[true]"), STEP("sqrt", "[\"a\"]")),
     "type", "of bool is not in the list", NULL, 0, {0}, NULL, -1},
    {"sqrt(float32)", CASE(IN1("float32", "[2]", "[4,9]"), STEP("sqrt", "[\"a\"]")),
     NULL, "", "float32", 1, {2}, "2 3", 8},
    {"floor(int32)", CASE(IN1("int32", "[1]", "[1]"), STEP("floor", "[\"a\"]")),
     "type", "[Op:Floor]", NULL, 0, {0}, NULL, -1},
    {"rint(int64)", CASE(IN1("int64", "[1]", "[1]"), STEP("rint", "[\"a\"]")),
     "type", "[Op:Rint]", NULL, 0, {0}, NULL, -1},
    {"isnan(int16)", CASE(IN1("int16", "[2]", "[1,2]"), STEP("isnan", "[\"a\"]")),
     "type", "[Op:IsNan]", NULL, 0, {0}, NULL, -1},
    {"isfinite(float16)", CASE(IN1("float16", "[2]", "[1,\"inf\"]"), STEP("isfinite", "[\"a\"]")),
     NULL, "", "bool", 1, {2}, "1 0", 2},
    {"logical_and(int32, int32)", CASE(IN2("int32", "[0,1]", "int32", "[1,1]"), STEP("logical_and", "[\"a\",\"b\"]")),
     "type", "allowed values: bool [Op:LogicalAnd]", NULL, 0, {0}, NULL, -1},
    {"logical_not(float64)", CASE(IN1("float64", "[1]", "[0]"), STEP("logical_not", "[\"a\"]")),
     "type", "[Op:LogicalNot]", NULL, 0, {0}, NULL, -1},
    {"logical_or(bool, bool)", CASE(IN2("bool", "[true,false]", "bool", "[false,false]"), STEP("logical_or", "[\"a\",\"b\"]")),
     NULL, "", "bool", 1, {2}, "1 0", 2},
    {"bitwise_and(bool, bool)", CASE(IN2("bool", "[true,false]", "bool", "[true,true]"), STEP("bitwise_and", "[\"a\",\"b\"]")),
     "type", "[Op:BitwiseAnd]", NULL, 0, {0}, NULL, -1},
    {"invert(bool)", CASE(IN1("bool", "[1]", "[true]"), STEP("invert", "[\"a\"]")),
     "type", "[Op:Invert]", NULL, 0, {0}, NULL, -1},
    {"left_shift(int8, int8)", CASE(IN2("int8", "[1,3]", "int8", "[2,1]"), STEP("left_shift", "[\"a\",\"b\"]")),
     NULL, "", "int8", 1, {2}, "4 6", 2},
    {"multiply(bool, bool)", CASE(IN2("bool", "[true,false]", "bool", "[true,true]"), STEP("multiply", "[\"a\",\"b\"]")),
     "type", "[Op:Mul]", NULL, 0, {0}, NULL, -1},
};
/* clang-format on */

Test(ref_tf, kernels_should_accept_only_their_dtypes_and_truediv_should_cast) {
  for (size_t i = 0; i < sizeof kernel_rows / sizeof kernel_rows[0]; i++)
    check_tf_row(&kernel_rows[i]);
}

/* ------------------------------------------------------------ reductions */

/* clang-format off */
static const struct row reduce_rows[] = {
    {"sum int8 [100, 100] wraps", CASE(IN1("int8", "[2]", "[100,100]"), STEP("sum", "[\"a\"]")),
     NULL, "TensorFlow's reduce_sum keeps the input dtype (int8)", "int8", 0, {0}, "-56", 1},
    {"sum uint8 [200, 100] wraps", CASE(IN1("uint8", "[2]", "[200,100]"), STEP("sum", "[\"a\"]")),
     NULL, "keeps the input dtype (uint8)", "uint8", 0, {0}, "44", 1},
    {"prod int16 [300, 300] wraps", CASE(IN1("int16", "[2]", "[300,300]"), STEP("prod", "[\"a\"]")),
     NULL, "TensorFlow's reduce_prod keeps the input dtype (int16)", "int16", 0, {0}, "24464", 2},
    {"sum int32 along axis 1", CASE(IN1("int32", "[2,2]", "[1,2,3,4]"), STEPX("sum", "[\"a\"]", "\"axis\":1")),
     NULL, "(int32)", "int32", 1, {2}, "3 7", 8},
    {"sum int64 (as NumPy)", CASE(IN1("int64", "[2]", "[1,2]"), STEP("sum", "[\"a\"]")),
     NULL, "", "int64", 0, {0}, "3", 8},
    {"sum float32 (as NumPy)", CASE(IN1("float32", "[2]", "[1.5,2]"), STEP("sum", "[\"a\"]")),
     NULL, "", "float32", 0, {0}, "3.5", 4},
    {"sum int8 with dtype=int64 (NumPy's parameter)", CASE(IN1("int8", "[2]", "[100,100]"), STEPX("sum", "[\"a\"]", "\"dtype\":\"int64\"")),
     NULL, "", "int64", 0, {0}, "200", 8},
    {"sum of bool", CASE(IN1("bool", "[2]", "[true,true]"), STEP("sum", "[\"a\"]")),
     "type", "of bool is not in the list of allowed values: numbertype [Op:Sum]", NULL, 0, {0}, NULL, -1},
    {"prod of bool", CASE(IN1("bool", "[2]", "[true,true]"), STEP("prod", "[\"a\"]")),
     "type", "[Op:Prod]", NULL, 0, {0}, NULL, -1},
    {"mean of bool", CASE(IN1("bool", "[2]", "[true,true]"), STEP("mean", "[\"a\"]")),
     "type", "[Op:Mean]", NULL, 0, {0}, NULL, -1},
    {"mean int32 axis 0 truncates toward zero", CASE(IN1("int32", "[2,2]", "[-3,1,-4,2]"), STEPX("mean", "[\"a\"]", "\"axis\":0")),
     NULL, "TensorFlow's reduce_mean of int32 sums in int64, divides truncating toward zero and keeps " "int32", "int32", 1, {2}, "-3 1", 8},
    {"mean uint8 sums in uint64", CASE(IN1("uint8", "[3]", "[255,255,1]"), STEP("mean", "[\"a\"]")),
     NULL, "sums in uint64", "uint8", 0, {0}, "170", 1},
    {"mean int8 [127, 127] does not overflow", CASE(IN1("int8", "[2]", "[127,127]"), STEP("mean", "[\"a\"]")),
     NULL, "keeps int8", "int8", 0, {0}, "127", 1},
    {"mean int16 keepdims", CASE(IN1("int16", "[2,3]", "[1,2,3,4,5,7]"), STEPX("mean", "[\"a\"]", "\"axis\":1,\"keepdims\":true")),
     NULL, "keeps int16", "int16", 2, {2, 1}, "2 5", 4},
    {"mean of an empty int32 reduction is 0", CASE(IN1("int32", "[0,2]", "[]"), STEPX("mean", "[\"a\"]", "\"axis\":0")),
     NULL, "keeps int32", "int32", 1, {2}, "0 0", 8},
    {"mean int32 bad axis", CASE(IN1("int32", "[2]", "[1,2]"), STEPX("mean", "[\"a\"]", "\"axis\":1")),
     "axis", "out of bounds", NULL, 0, {0}, NULL, -1},
    {"mean float32 (as NumPy)", CASE(IN1("float32", "[2]", "[1,2]"), STEP("mean", "[\"a\"]")),
     NULL, "", "float32", 0, {0}, "1.5", -1},
    {"max of empty float32 is -inf", CASE(IN1("float32", "[0]", "[]"), STEP("max", "[\"a\"]")),
     NULL, "TensorFlow's reduce_max of an empty reduction returns the identity (-inf)", "float32", 0, {0}, "-inf", 4},
    {"min of empty int16 rows is 32767", CASE(IN1("int16", "[2,0]", "[]"), STEPX("min", "[\"a\"]", "\"axis\":1")),
     NULL, "reduce_min of an empty reduction returns the identity (32767)", "int16", 1, {2}, "32767 32767", 4},
    {"max of empty int8 is -128", CASE(IN1("int8", "[0]", "[]"), STEP("max", "[\"a\"]")),
     NULL, "(-128)", "int8", 0, {0}, "-128", 1},
    {"min of empty uint64 is 2**64-1", CASE(IN1("uint64", "[0]", "[]"), STEP("min", "[\"a\"]")),
     NULL, "(18446744073709551615)", "uint64", 0, {0}, "18446744073709551615", 8},
    {"min of empty float16 is inf", CASE(IN1("float16", "[0]", "[]"), STEP("min", "[\"a\"]")),
     NULL, "(inf)", "float16", 0, {0}, "inf", 2},
    {"max of empty float64 keepdims", CASE(IN1("float64", "[0,3]", "[]"), STEPX("max", "[\"a\"]", "\"axis\":0,\"keepdims\":true")),
     NULL, "(-inf)", "float64", 2, {1, 3}, "-inf -inf -inf", 24},
    {"max of empty complex64 keeps NumPy's error", CASE(IN1("complex64", "[0]", "[]"), STEP("max", "[\"a\"]")),
     "no-identity", "no identity", NULL, 0, {0}, NULL, -1},
    {"max of empty with a bad axis", CASE(IN1("float32", "[0]", "[]"), STEPX("max", "[\"a\"]", "\"axis\":2")),
     "axis", "out of bounds", NULL, 0, {0}, NULL, -1},
    {"max int32 (as NumPy)", CASE(IN1("int32", "[3]", "[1,9,4]"), STEP("max", "[\"a\"]")),
     NULL, "", "int32", 0, {0}, "9", 4},
    {"argmax 2-d defaults to axis 0", CASE(IN1("int32", "[2,2]", "[1,5,7,2]"), STEP("argmax", "[\"a\"]")),
     NULL, "TensorFlow's argmax defaults to axis 0 (NumPy flattens)", "int64", 1, {2}, "1 0", 16},
    {"argmin 3-d defaults to axis 0", CASE(IN1("float32", "[2,1,2]", "[1,5,0,7]"), STEP("argmin", "[\"a\"]")),
     NULL, "argmin defaults to axis 0", "int64", 2, {1, 2}, "1 0", 16},
    {"argmax 1-d (same as flattened)", CASE(IN1("int8", "[3]", "[1,9,4]"), STEP("argmax", "[\"a\"]")),
     NULL, "", "int64", 0, {0}, "1", 8},
    {"argmax with axis 1 given", CASE(IN1("int32", "[2,2]", "[1,5,7,2]"), STEPX("argmax", "[\"a\"]", "\"axis\":1")),
     NULL, "", "int64", 1, {2}, "1 0", 16},
    {"argmax of a 0-d tensor", CASE(IN1("int32", "[]", "[4]"), STEP("argmax", "[\"a\"]")),
     "axis", "Expected dimension in the range [0, 0), but got 0", NULL, 0, {0}, NULL, -1},
    {"any of int32", CASE(IN1("int32", "[3]", "[0,0,3]"), STEP("any", "[\"a\"]")),
     "type", "allowed values: bool [Op:Any]", NULL, 0, {0}, NULL, -1},
    {"all of float32", CASE(IN1("float32", "[1]", "[1]"), STEP("all", "[\"a\"]")),
     "type", "[Op:All]", NULL, 0, {0}, NULL, -1},
    {"any of bool", CASE(IN1("bool", "[2]", "[false,true]"), STEP("any", "[\"a\"]")),
     NULL, "", "bool", 0, {0}, "1", 1},
};
/* clang-format on */

Test(ref_tf, reductions_should_follow_tf_dtypes_identities_and_axes) {
  for (size_t i = 0; i < sizeof reduce_rows / sizeof reduce_rows[0]; i++)
    check_tf_row(&reduce_rows[i]);
}

/* ------------------------------------------------------------ shapes */

/* clang-format off */
static const struct row shape_rows[] = {
    {"broadcast_to copies 48 bytes", CASE(IN1("float32", "[3]", "[1,2,3]"), STEPX("broadcast_to", "[\"a\"]", "\"shape\":[4,3]")),
     NULL, "TensorFlow's broadcast_to materializes the broadcast (48 bytes; NumPy returns a view)", "float32", 2, {4, 3}, "1 2 3 1 2 3 1 2 3 1 2 3", 48},
    {"broadcast_to of a byte-swapped input", CASE("{\"a\":{\"dtype\":\">i2\",\"shape\":[2,1],\"data\":[1,-2]}}", STEPX("broadcast_to", "[\"a\"]", "\"shape\":[2,2]")),
     NULL, "(8 bytes;", "int16", 2, {2, 2}, "1 1 -2 -2", 8},
    {"broadcast_to an incompatible shape", CASE(IN1("float32", "[3]", "[1,2,3]"), STEPX("broadcast_to", "[\"a\"]", "\"shape\":[2]")),
     "broadcast", "", NULL, 0, {0}, NULL, -1},
    {"reshape stays a view", CASE(IN1("int32", "[4]", "[1,2,3,4]"), STEPX("reshape", "[\"a\"]", "\"shape\":[2,2]")),
     NULL, "", "int32", 2, {2, 2}, "1 2 3 4", 0},
};
/* clang-format on */

Test(ref_tf, broadcast_to_should_materialize) {
  for (size_t i = 0; i < sizeof shape_rows / sizeof shape_rows[0]; i++)
    check_tf_row(&shape_rows[i]);
}

Test(ref_tf, broadcast_to_result_should_not_share_the_input) {
  struct outcome o;
  run_case(ENGINE_TF, "broadcast", shape_rows[0].case_json, &o);
  cr_assert_eq(o.st, NDP_OK);
  cr_assert_not(ndp_tensor_shares_memory(last(&o), &o.c->inputs[0].tensor));
  cr_assert(ndp_tensor_is_c_contiguous(last(&o)));
  outcome_free(&o);
  run_case(ENGINE_NUMPY, "broadcast", shape_rows[0].case_json, &o);
  cr_assert_eq(o.st, NDP_OK);
  cr_assert(ndp_tensor_shares_memory(last(&o), &o.c->inputs[0].tensor));
  cr_assert_eq(o.bytes, 0);
  outcome_free(&o);
}

/* ------------------------------------------------------------ the NumPy profile */

Test(ref_tf, numpy_profile_should_agree_with_the_oracle_and_leave_no_note) {
  const struct row *tables[] = {promotion_rows, scalar_rows, kernel_rows, reduce_rows, shape_rows};
  const size_t sizes[] = {
      sizeof promotion_rows / sizeof promotion_rows[0], sizeof scalar_rows / sizeof scalar_rows[0],
      sizeof kernel_rows / sizeof kernel_rows[0], sizeof reduce_rows / sizeof reduce_rows[0],
      sizeof shape_rows / sizeof shape_rows[0]};
  for (size_t t = 0; t < sizeof sizes / sizeof sizes[0]; t++)
    for (size_t i = 0; i < sizes[t]; i++) check_numpy_row(&tables[t][i]);
}

Test(ref_tf, numpy_profile_should_clear_a_stale_message) {
  struct outcome o;
  run_case(ENGINE_NUMPY, "stale", CASE(IN1("int8", "[2]", "[100,100]"), STEP("sum", "[\"a\"]")),
           &o);
  cr_assert_eq(o.st, NDP_OK);
  cr_assert_str_eq(o.err.msg, "");
  cr_assert_str_eq(ndp_dtype_name(last(&o)->dtype), "int64");
  check_values("stale", last(&o), "200");
  outcome_free(&o);
}

/* ------------------------------------------------------------ the backends */

Test(ref_tf, backend_ref_tf_should_be_registered_with_the_tf_profile) {
  struct ndp_backend *be = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open("ref:tf", &be, &err), NDP_OK, "%s", err.msg);
  cr_assert_str_eq(be->name, "ref:tf");
  cr_assert_eq(be->state, (const void *)&ndp_ref_profile_tf);

  json_error_t jerr;
  json_t *j = json_loads(CASE(IN1("int8", "[2]", "[100,100]"), STEP("sum", "[\"a\"]")), 0, &jerr);
  cr_assert_not_null(j);
  struct ndp_case *c = NULL;
  cr_assert_eq(ndp_case_parse(j, "t.json", 1, &c, &err), NDP_OK, "%s", err.msg);
  json_decref(j);
  const struct ndp_tensor *ops[1] = {&c->inputs[0].tensor};
  struct ndp_tensor out;
  int64_t bytes = 0;
  cr_assert_eq(be->run_step(be, &c->steps[0], ops, &out, &bytes, &err), NDP_OK, "%s", err.msg);
  cr_assert_eq(out.dtype, NDP_INT8);
  check_values("backend", &out, "-56");
  cr_assert_not_null(strstr(err.msg, "reduce_sum keeps the input dtype (int8)"), "%s", err.msg);
  ndp_tensor_release(&out);
  ndp_backend_free(be);

  cr_assert_eq(ndp_backend_open("ref", &be, &err), NDP_OK, "%s", err.msg);
  bytes = 0;
  cr_assert_eq(be->run_step(be, &c->steps[0], ops, &out, &bytes, &err), NDP_OK, "%s", err.msg);
  cr_assert_eq(out.dtype, NDP_INT64);
  check_values("backend", &out, "200");
  cr_assert_str_eq(err.msg, "");
  ndp_tensor_release(&out);
  ndp_backend_free(be);
  ndp_case_free(c);
}

Test(ref_tf, unknown_backend_message_should_list_ref_tf) {
  struct ndp_backend *be = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_backend_open("ref:tff", &be, &err), NDP_EINPUT);
  cr_assert_not_null(strstr(err.msg, "ref:tf"), "%s", err.msg);
}
