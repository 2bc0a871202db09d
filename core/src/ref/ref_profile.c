/* ref: semantics profiles. A profile is the data of how a framework differs
 * from NumPy (struct ndp_ref_profile in ref_internal.h); this file holds the
 * two instances, NumPy (no rule: today's engine) and TensorFlow 2, and the
 * code that applies a profile's rules around the NumPy-semantics ops of
 * ref_ufunc.c, ref_reduce.c and ref_shape.c:
 *
 *   before the op  Python scalar operands become tensors the framework's way;
 *                  binary operands of two dtypes fail; an operand dtype the
 *                  framework's kernel does not accept fails;
 *   the op         the NumPy op, with parameters the rule sets (sum with
 *                  dtype= the input dtype; true_divide with dtype= the
 *                  framework's float; argmax with axis 0);
 *   after the op   results the NumPy op cannot give are built here (an
 *                  empty max's identity, an integer mean that truncates, a
 *                  materialized broadcast).
 *
 * When a rule makes the result differ from NumPy's while the step succeeds,
 * a note naming the rule goes to err->msg (the harness shows it beside the
 * divergence); a rule that makes the step fail says so in the error message.
 *
 * TensorFlow cannot be installed here: every rule cites the TensorFlow
 * source or documentation it comes from (docs/profiles.md lists the facts).
 * Where TensorFlow's behaviour is not known with a source, the NumPy
 * behaviour is kept and the comment says so.
 */
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ref_internal.h"

#define D(dt) (1u << (dt))
#define M_INTS                                                                                     \
  (D(NDP_INT8) | D(NDP_UINT8) | D(NDP_INT16) | D(NDP_UINT16) | D(NDP_INT32) | D(NDP_UINT32) |      \
   D(NDP_INT64) | D(NDP_UINT64))
#define M_FLOATS (D(NDP_FLOAT16) | D(NDP_FLOAT32) | D(NDP_FLOAT64))
#define M_COMPLEX (D(NDP_COMPLEX64) | D(NDP_COMPLEX128))
#define M_ALL ((1u << NDP_NDTYPES) - 1u)

/* ------------------------------------------------------------ the NumPy profile */

const struct ndp_ref_profile ndp_ref_profile_numpy = {
    .name = "numpy",
    .framework = "NumPy",
    .scalars = NDP_REF_SCALARS_WEAK,
    .py_int = NDP_INT64,
    .py_int_wide = NDP_UINT64,
    .py_float = NDP_FLOAT64,
};

/* ------------------------------------------------------------ the TensorFlow 2 profile */

/* tensorflow/core/framework/types.cc DataTypeString. */
static const char *const tf_dtype_names[NDP_NDTYPES] = {
    [NDP_BOOL] = "bool",           [NDP_INT8] = "int8",
    [NDP_UINT8] = "uint8",         [NDP_INT16] = "int16",
    [NDP_UINT16] = "uint16",       [NDP_INT32] = "int32",
    [NDP_UINT32] = "uint32",       [NDP_INT64] = "int64",
    [NDP_UINT64] = "uint64",       [NDP_FLOAT16] = "half",
    [NDP_FLOAT32] = "float",       [NDP_FLOAT64] = "double",
    [NDP_COMPLEX64] = "complex64", [NDP_COMPLEX128] = "complex128",
};

/* The kernel each NumPy op maps to (tf.raw_ops names; tf.math.logical_xor is
 * composed of LogicalAnd/LogicalOr/LogicalNot in math_ops.py). fmax, fmin
 * and positive have no TensorFlow counterpart named here. */
static const char *const tf_kernels[NDP_OP_COUNT] = {
    [NDP_OP_BROADCAST_TO] = "BroadcastTo",
    [NDP_OP_ADD] = "AddV2",
    [NDP_OP_SUBTRACT] = "Sub",
    [NDP_OP_MULTIPLY] = "Mul",
    [NDP_OP_TRUE_DIVIDE] = "RealDiv",
    [NDP_OP_FLOOR_DIVIDE] = "FloorDiv",
    [NDP_OP_REMAINDER] = "FloorMod",
    [NDP_OP_POWER] = "Pow",
    [NDP_OP_MAXIMUM] = "Maximum",
    [NDP_OP_MINIMUM] = "Minimum",
    [NDP_OP_EQUAL] = "Equal",
    [NDP_OP_NOT_EQUAL] = "NotEqual",
    [NDP_OP_LESS] = "Less",
    [NDP_OP_LESS_EQUAL] = "LessEqual",
    [NDP_OP_GREATER] = "Greater",
    [NDP_OP_GREATER_EQUAL] = "GreaterEqual",
    [NDP_OP_LOGICAL_AND] = "LogicalAnd",
    [NDP_OP_LOGICAL_OR] = "LogicalOr",
    [NDP_OP_LOGICAL_XOR] = "LogicalAnd",
    [NDP_OP_BITWISE_AND] = "BitwiseAnd",
    [NDP_OP_BITWISE_OR] = "BitwiseOr",
    [NDP_OP_BITWISE_XOR] = "BitwiseXor",
    [NDP_OP_LEFT_SHIFT] = "LeftShift",
    [NDP_OP_RIGHT_SHIFT] = "RightShift",
    [NDP_OP_NEGATIVE] = "Neg",
    [NDP_OP_ABSOLUTE] = "Abs",
    [NDP_OP_SIGN] = "Sign",
    [NDP_OP_SQRT] = "Sqrt",
    [NDP_OP_SQUARE] = "Square",
    [NDP_OP_EXP] = "Exp",
    [NDP_OP_LOG] = "Log",
    [NDP_OP_FLOOR] = "Floor",
    [NDP_OP_CEIL] = "Ceil",
    [NDP_OP_RINT] = "Rint",
    [NDP_OP_LOGICAL_NOT] = "LogicalNot",
    [NDP_OP_INVERT] = "Invert",
    [NDP_OP_ISNAN] = "IsNan",
    [NDP_OP_ISINF] = "IsInf",
    [NDP_OP_ISFINITE] = "IsFinite",
    [NDP_OP_SUM] = "Sum",
    [NDP_OP_PROD] = "Prod",
    [NDP_OP_MIN] = "Min",
    [NDP_OP_MAX] = "Max",
    [NDP_OP_MEAN] = "Mean",
    [NDP_OP_ARGMIN] = "ArgMin",
    [NDP_OP_ARGMAX] = "ArgMax",
    [NDP_OP_ANY] = "Any",
    [NDP_OP_ALL] = "All",
};

/* tf.math.truediv (tensorflow/python/ops/math_ops.py, _TRUEDIV_TABLE and
 * _truediv_python3): integer operands are cast to float32 (8 and 16 bits)
 * or float64 (32 and 64 bits) before RealDiv; floating and complex operands
 * divide as they are ("None entries mean no conversion required"); bool has
 * no entry: "Invalid dtype tf.bool in __truediv__" (TypeError). */
static const enum ndp_dtype tf_truediv_to[NDP_NDTYPES] = {
    [NDP_BOOL] = NDP_NDTYPES,        [NDP_INT8] = NDP_FLOAT32,          [NDP_UINT8] = NDP_FLOAT32,
    [NDP_INT16] = NDP_FLOAT32,       [NDP_UINT16] = NDP_FLOAT32,        [NDP_INT32] = NDP_FLOAT64,
    [NDP_UINT32] = NDP_FLOAT64,      [NDP_INT64] = NDP_FLOAT64,         [NDP_UINT64] = NDP_FLOAT64,
    [NDP_FLOAT16] = NDP_FLOAT16,     [NDP_FLOAT32] = NDP_FLOAT32,       [NDP_FLOAT64] = NDP_FLOAT64,
    [NDP_COMPLEX64] = NDP_COMPLEX64, [NDP_COMPLEX128] = NDP_COMPLEX128,
};

/* Kernel dtype lists, from the op registrations (REGISTER_OP ... .Attr("T:
 * {...}")) in tensorflow/core/ops/math_ops.cc and bitwise_ops.cc, and the
 * tf.raw_ops pages that print them. Only lists that every TensorFlow 2
 * release shares are here (bfloat16 is not a dtype of the case format).
 * Not listed, so NumPy's loops are kept: Neg, Abs, Sign, Square, FloorDiv,
 * FloorMod, Pow, Maximum/Minimum, the comparisons, Sub, Max/Min, ArgMax/
 * ArgMin (their lists changed between releases, e.g. unsigned widths). */
static const struct ndp_ref_op_types tf_op_types[] = {
    /* UNARY_COMPLEX(): "T: {bfloat16, half, float, double, complex64,
     * complex128}": no integer or bool kernel (NumPy computes in float) */
    {NDP_OP_SQRT, M_FLOATS | M_COMPLEX, "bfloat16, half, float, double, complex64, complex128"},
    {NDP_OP_EXP, M_FLOATS | M_COMPLEX, "bfloat16, half, float, double, complex64, complex128"},
    {NDP_OP_LOG, M_FLOATS | M_COMPLEX, "bfloat16, half, float, double, complex64, complex128"},
    /* Floor, Ceil, Rint, IsNan, IsInf, IsFinite: "T: {bfloat16, half,
     * float, double}" */
    {NDP_OP_FLOOR, M_FLOATS, "bfloat16, half, float, double"},
    {NDP_OP_CEIL, M_FLOATS, "bfloat16, half, float, double"},
    {NDP_OP_RINT, M_FLOATS, "bfloat16, half, float, double"},
    {NDP_OP_ISNAN, M_FLOATS, "bfloat16, half, float, double"},
    {NDP_OP_ISINF, M_FLOATS, "bfloat16, half, float, double"},
    {NDP_OP_ISFINITE, M_FLOATS, "bfloat16, half, float, double"},
    /* LogicalAnd/LogicalOr: "x: bool, y: bool"; LogicalNot: "x: bool"
     * (NumPy takes any dtype's truth values) */
    {NDP_OP_LOGICAL_AND, D(NDP_BOOL), "bool"},
    {NDP_OP_LOGICAL_OR, D(NDP_BOOL), "bool"},
    {NDP_OP_LOGICAL_XOR, D(NDP_BOOL), "bool"},
    {NDP_OP_LOGICAL_NOT, D(NDP_BOOL), "bool"},
    /* bitwise_ops.cc: "T: {int8, int16, int32, int64, uint8, uint16,
     * uint32, uint64}" (NumPy also has bool loops for &, |, ^, ~) */
    {NDP_OP_BITWISE_AND, M_INTS, "int8, int16, int32, int64, uint8, uint16, uint32, uint64"},
    {NDP_OP_BITWISE_OR, M_INTS, "int8, int16, int32, int64, uint8, uint16, uint32, uint64"},
    {NDP_OP_BITWISE_XOR, M_INTS, "int8, int16, int32, int64, uint8, uint16, uint32, uint64"},
    {NDP_OP_INVERT, M_INTS, "int8, int16, int32, int64, uint8, uint16, uint32, uint64"},
    {NDP_OP_LEFT_SHIFT, M_INTS, "int8, int16, int32, int64, uint8, uint16, uint32, uint64"},
    {NDP_OP_RIGHT_SHIFT, M_INTS, "int8, int16, int32, int64, uint8, uint16, uint32, uint64"},
    /* AddV2 and Mul have no bool kernel in any release (NumPy's bool add
     * and multiply are logical or / and) */
    {NDP_OP_ADD, M_INTS | M_FLOATS | M_COMPLEX, "numbertype"},
    {NDP_OP_MULTIPLY, M_INTS | M_FLOATS | M_COMPLEX, "numbertype"},
    /* Sum, Prod, Mean: "T: numbertype" (no bool: tf.reduce_sum of a bool
     * tensor fails; NumPy sums bools as int64) */
    {NDP_OP_SUM, M_INTS | M_FLOATS | M_COMPLEX, "numbertype"},
    {NDP_OP_PROD, M_INTS | M_FLOATS | M_COMPLEX, "numbertype"},
    {NDP_OP_MEAN, M_INTS | M_FLOATS | M_COMPLEX, "numbertype"},
    /* Any, All: "input: bool" (tf.reduce_any of numbers fails) */
    {NDP_OP_ANY, D(NDP_BOOL), "bool"},
    {NDP_OP_ALL, D(NDP_BOOL), "bool"},
};

const struct ndp_ref_profile ndp_ref_profile_tf = {
    .name = "tf",
    .framework = "TensorFlow",
    .dtype_names = tf_dtype_names,
    .kernels = tf_kernels,

    /* tf.raw_ops.AddV2 (and every binary kernel): "y: Must have the same
     * type as x"; a float64 and a float32 tensor fail with "cannot compute
     * AddV2 as input #1(zero-based) was expected to be a double tensor but
     * is a float tensor". A NumPy scalar or array keeps its dtype when it
     * becomes a tensor (docs/profiles.md), so it counts as a tensor. */
    .no_promotion = true,

    /* binary_op_wrapper / r_binary_op_wrapper (math_ops.py) convert the
     * Python operand with ops.convert_to_tensor(v, dtype=other.dtype), and
     * the eager fast path infers the attr T from the tensor operand first;
     * the conversion is ConvertToEagerTensorUncached (python/eager/
     * pywrap_tensor.cc) over PySeqToTFE_TensorHandle (python/lib/core/
     * py_seq_tensor.cc): see "Python scalars" below. */
    .scalars = NDP_REF_SCALARS_CONVERT,
    /* PySeqToTFE_TensorHandle's first switch: the requested dtypes with a
     * converter of their own (DT_STRING aside) */
    .direct_converters = D(NDP_FLOAT32) | D(NDP_FLOAT64) | D(NDP_FLOAT16) | D(NDP_INT64) |
                         D(NDP_INT32) | D(NDP_UINT64) | D(NDP_COMPLEX128) | D(NDP_BOOL),
    /* "Tensors made from Python data prefer int32 and float32"
     * (tf.constant([1, 2]) is int32, tf.constant(1.5) float32): the
     * inferred-dtype switch tries Int32Converter, then Int64Converter on
     * ErrorFoundInt64, and FloatConverter ("TensorFlow uses float32s to
     * represent floating point numbers by default"). */
    .py_int = NDP_INT32,
    .py_int_wide = NDP_INT64,
    .py_float = NDP_FLOAT32,
    .truediv_to = tf_truediv_to,
    .op_types = tf_op_types,
    .n_op_types = (int)(sizeof tf_op_types / sizeof tf_op_types[0]),

    /* tf.math.reduce_sum / reduce_prod: the Sum/Prod kernels' output has
     * the input's type T (math_ops.cc "output: T"): int8 [100, 100] sums to
     * -56, wrapping. */
    .sum_keeps_dtype = true,
    /* tf.math.reduce_mean on integers: core/kernels/reduction_ops.h,
     * CASTING_SPECIALIZATION(int8, int64) ... (uint32, uint64): the sum is
     * taken in int64 (uint64 for unsigned), divided by the count in that
     * type (C++ integer division, truncating toward zero), and cast back to
     * the input type. */
    .mean_int_keeps_dtype = true,
    /* tf.math.reduce_max / reduce_min of an empty reduction fill the output
     * with the reducer's identity (reduction_ops_common.h FillIdentity;
     * Eigen's MaxReducer starts from -inf for floats and the dtype's lowest
     * value for integers, MinReducer from +inf / the highest). */
    .empty_extreme_identity = true,
    /* tf.math.argmax / argmin: "axis: ... Defaults to 0" (NumPy flattens);
     * output_type int64 by default. */
    .arg_default_axis0 = true,
    /* tf.broadcast_to returns a new tensor of the full broadcast shape (the
     * BroadcastTo kernel writes every element; no stride-0 views). */
    .broadcast_materializes = true,
    /* EagerTensor.numpy(): "Copy of the contents of this Tensor ... has to
     * copy" (tensorflow/python/framework/ops.py), unlike np.asarray(tensor)
     * which goes through __array__. profiles.md, "Crossings". */
    .to_numpy_copies = true,
    /* tf.constant(ndarray) aliases the NumPy buffer only when it is suitably
     * aligned (EIGEN_MAX_ALIGN_BYTES, 64) and contiguous, and copies
     * otherwise (tensorflow/python/lib/core/ndarray_tensor.cc). */
    .from_numpy_alias_alignment = 64,
};

/* ------------------------------------------------------------ notes */

/* Appends a note to err->msg (separated by "; "). */
static void note(struct ndp_error *err, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void note(struct ndp_error *err, const char *fmt, ...) {
  if (err == NULL) return;
  size_t len = strlen(err->msg);
  if (len + 3 >= sizeof err->msg) return;
  if (len > 0) {
    memcpy(err->msg + len, "; ", 3);
    len += 2;
  }
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->msg + len, sizeof err->msg - len, fmt, ap);
  va_end(ap);
}

static const char *fw_dtype(const struct ndp_ref_profile *p, enum ndp_dtype dt) {
  return p->dtype_names != NULL ? p->dtype_names[dt] : ndp_dtype_name(dt);
}

static const char *kernel_of(const struct ndp_ref_profile *p, enum ndp_op op) {
  const char *k = p->kernels != NULL ? p->kernels[op] : NULL;
  return k != NULL ? k : ndp_op_name(op);
}

/* An element as Python prints it (integers, bools, infinities). */
static void elem_text(const struct ndp_elem *e, char *buf, size_t n) {
  switch (ndp_dtype_kind(e->dtype)) {
  case NDP_KIND_BOOL:
    snprintf(buf, n, "%s", e->v.b ? "True" : "False");
    break;
  case NDP_KIND_INT:
    snprintf(buf, n, "%lld", (long long)e->v.i);
    break;
  case NDP_KIND_UINT:
    snprintf(buf, n, "%llu", (unsigned long long)e->v.u);
    break;
  default:
    snprintf(buf, n, "%s", e->v.f < 0 ? "-inf" : "inf");
    break;
  }
}

/* ------------------------------------------------------------ Python reprs */

/* Python's repr of a float: the shortest digits that round-trip, in
 * exponent notation when the decimal exponent is < -4 or >= 16, else fixed
 * with ".0" when integral (no ".0" inside a complex repr). */
static void py_float_repr(double x, bool in_complex, char *buf, size_t n) {
  if (isnan(x)) {
    snprintf(buf, n, "nan");
    return;
  }
  if (isinf(x)) {
    snprintf(buf, n, "%s", x < 0 ? "-inf" : "inf");
    return;
  }
  char tmp[48];
  for (int p = 1; p <= 17; p++) {
    snprintf(tmp, sizeof tmp, "%.*e", p - 1, x);
    if (strtod(tmp, NULL) == x) break;
  }
  /* tmp is [-]d[.ddd]e(+|-)XX */
  const char *s = tmp;
  bool neg = *s == '-';
  if (neg) s++;
  char digits[24];
  int nd = 0;
  for (; *s && *s != 'e'; s++)
    if (*s != '.' && nd < (int)sizeof digits - 1) digits[nd++] = *s;
  digits[nd] = '\0';
  int e10 = *s == 'e' ? atoi(s + 1) : 0;
  while (nd > 1 && digits[nd - 1] == '0') digits[--nd] = '\0';
  char out[64];
  size_t o = 0;
  if (neg) out[o++] = '-';
  if (e10 >= -4 && e10 < 16) {
    if (e10 < 0) {
      out[o++] = '0';
      out[o++] = '.';
      for (int k = 0; k < -e10 - 1; k++) out[o++] = '0';
      for (int k = 0; k < nd; k++) out[o++] = digits[k];
    } else {
      for (int k = 0; k <= e10; k++) out[o++] = k < nd ? digits[k] : '0';
      if (nd > e10 + 1) {
        out[o++] = '.';
        for (int k = e10 + 1; k < nd; k++) out[o++] = digits[k];
      } else if (!in_complex) {
        out[o++] = '.';
        out[o++] = '0';
      }
    }
    out[o] = '\0';
  } else {
    out[o++] = digits[0];
    if (nd > 1) {
      out[o++] = '.';
      for (int k = 1; k < nd; k++) out[o++] = digits[k];
    }
    snprintf(out + o, sizeof out - o, "e%c%02d", e10 < 0 ? '-' : '+', e10 < 0 ? -e10 : e10);
  }
  snprintf(buf, n, "%s", out);
}

/* Python's repr of a Python scalar operand: 300, -0.5, True, (1+2j). */
static void py_repr(const struct ndp_arg *arg, char *buf, size_t n) {
  switch (arg->kind) {
  case NDP_ARG_PYINT:
    if (arg->pyint.huge)
      snprintf(buf, n, "%s<an int beyond 2**64>", arg->pyint.neg ? "-" : "");
    else
      snprintf(buf, n, "%s%llu", arg->pyint.neg && arg->pyint.mag != 0 ? "-" : "",
               (unsigned long long)arg->pyint.mag);
    return;
  case NDP_ARG_PYFLOAT:
    py_float_repr(arg->f, false, buf, n);
    return;
  case NDP_ARG_PYBOOL:
    snprintf(buf, n, "%s", arg->b ? "True" : "False");
    return;
  case NDP_ARG_PYCOMPLEX: {
    char im[40], re[40];
    py_float_repr(fabs(arg->im), true, im, sizeof im);
    if (isnan(arg->im)) snprintf(im, sizeof im, "nan");
    if (arg->re == 0 && !signbit(arg->re)) {
      char sim[40];
      py_float_repr(arg->im, true, sim, sizeof sim);
      snprintf(buf, n, "%sj", sim);
      return;
    }
    py_float_repr(arg->re, true, re, sizeof re);
    snprintf(buf, n, "(%.26s%c%.26sj)", re, signbit(arg->im) ? '-' : '+', im);
    return;
  }
  default:
    snprintf(buf, n, "?");
    return;
  }
}

/* ------------------------------------------------------------ Python scalars */

static bool is_pyscalar(const struct ndp_arg *arg) {
  return arg->kind == NDP_ARG_PYINT || arg->kind == NDP_ARG_PYFLOAT ||
         arg->kind == NDP_ARG_PYBOOL || arg->kind == NDP_ARG_PYCOMPLEX;
}

static bool pyint_fits_signed(const struct ndp_pyint *v, int bits) {
  if (v->huge) return false;
  uint64_t bound = UINT64_C(1) << (bits - 1);
  return v->neg ? v->mag <= bound : v->mag < bound;
}

static bool is_int_kind(enum ndp_dtype dt) {
  return ndp_dtype_kind(dt) == NDP_KIND_INT || ndp_dtype_kind(dt) == NDP_KIND_UINT;
}

/* A 0-d tensor of dtype dt holding the scalar's value, built in dtype `via`
 * (where the value is exact: int64, float64, complex128, bool, or dt
 * itself) and cast to dt with NumPy's unsafe cast values (integers wrap,
 * floats round), which are the values of TensorFlow's Cast kernel
 * (static_cast) for these pairs. Caller owns *out. */
static enum ndp_status scalar_tensor(const struct ndp_arg *arg, enum ndp_dtype via,
                                     enum ndp_dtype dt, struct ndp_tensor *out,
                                     struct ndp_error *err) {
  struct ndp_tensor v;
  NDP_RETURN_NOT_OK(ndp_ref_pyscalar(arg, via, &v, err));
  if (via == dt) {
    *out = v;
    return NDP_OK;
  }
  enum ndp_status st = ndp_tensor_new_uninit(dt, 0, NULL, 'C', out, err);
  if (st == NDP_OK)
    ndp_ref_cast_strided(via, false, v.buf->data + v.offset, 0, dt, out->buf->data + out->offset, 0,
                         1);
  ndp_tensor_release(&v);
  return st;
}

/* py_seq_tensor.cc's messages (ValueError). */
static const char err_out_of_range[] =
    "Can't convert Python sequence with out-of-range integer to Tensor.";
static const char err_out_of_range_double[] =
    "Can't convert Python sequence with a value out of range for a double-precision float.";

/* tf.constant(value) with no dtype: bool; an int as int32 if it fits, else
 * int64, else ValueError; a float as float32 (a finite value that
 * overflows float32 is a ValueError: ConvertOneFloat's CheckForOverflow);
 * complex128. */
static enum ndp_status py_default(const struct ndp_ref_profile *p, const struct ndp_arg *arg,
                                  struct ndp_tensor *out, struct ndp_error *err) {
  switch (arg->kind) {
  case NDP_ARG_PYBOOL:
    return scalar_tensor(arg, NDP_BOOL, NDP_BOOL, out, err);
  case NDP_ARG_PYINT:
    if (pyint_fits_signed(&arg->pyint, ndp_dtype_size(p->py_int) * 8))
      return scalar_tensor(arg, p->py_int, p->py_int, out, err);
    if (pyint_fits_signed(&arg->pyint, ndp_dtype_size(p->py_int_wide) * 8))
      return scalar_tensor(arg, p->py_int_wide, p->py_int_wide, out, err);
    return ndp_step_error(err, NDP_ERRC_VALUE, "%s", err_out_of_range);
  case NDP_ARG_PYFLOAT: {
    NDP_RETURN_NOT_OK(scalar_tensor(arg, NDP_FLOAT64, p->py_float, out, err));
    struct ndp_elem e;
    ndp_elem_load(out->dtype, false, out->buf->data + out->offset, &e);
    if (isinf(e.v.f) && isfinite(arg->f)) {
      ndp_tensor_release(out);
      return ndp_step_error(err, NDP_ERRC_VALUE, "%s", err_out_of_range_double);
    }
    return NDP_OK;
  }
  case NDP_ARG_PYCOMPLEX:
    return scalar_tensor(arg, NDP_COMPLEX128, NDP_COMPLEX128, out, err);
  default:
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "py_default: not a Python scalar");
  }
}

/* NumPy's dtype for a Python scalar alone (np.asarray of it). */
static enum ndp_dtype numpy_default(const struct ndp_arg *arg) {
  switch (arg->kind) {
  case NDP_ARG_PYBOOL:
    return NDP_BOOL;
  case NDP_ARG_PYINT:
    return !arg->pyint.neg && !arg->pyint.huge && (arg->pyint.mag >> 63) ? NDP_UINT64 : NDP_INT64;
  case NDP_ARG_PYFLOAT:
    return NDP_FLOAT64;
  default:
    return NDP_COMPLEX128;
  }
}

/* ops.convert_to_tensor(value, dtype=want) for a Python scalar, as
 * ConvertToEagerTensorUncached (pywrap_tensor.cc) and PySeqToTFE_TensorHandle
 * (py_seq_tensor.cc) do it:
 *  1. want has a converter of its own (profile's direct_converters): int32
 *     and int64 take ints and bools that fit (PyLong_Check is true for
 *     bool); uint64 takes ints and bools (PyLong_AsUnsignedLongLong: a
 *     negative or too large int leaves an OverflowError set, which surfaces
 *     as "SystemError: ... returned a result with an exception set",
 *     tensorflow/tensorflow#64846); half, float and double take floats,
 *     ints and bools (ConvertOneFloat); complex128 takes complex, floats,
 *     ints and bools; bool takes only True/False;
 *  2. otherwise the value becomes a tensor of its own kind: a float a
 *     float64 (DoubleConverter: "We use doubles for this intermediate
 *     result"), an int an int64 (ValueError beyond int64), a bool a bool, a
 *     complex a complex128;
 *  3. that tensor is cast to want when IsCompatible(want, its dtype):
 *     integer <- integer, floating <- floating or integer, complex <-
 *     complex, floating or integer. "Type compatibility doesn't consider
 *     overflows (i.e. int64 is *always* compatible with int32)": 300 into
 *     int8 wraps to 44 (tensorflow/tensorflow#64846, TF 2.15: "tf.uint32
 *     ... can map negative number to the corresponding unsigned integer").
 *     bool is no integer (DataTypeIsInteger). Otherwise
 *     TypeError "Cannot convert <repr> to EagerTensor of dtype <want>": 2.5
 *     or -0.5 into an integer tensor, 1 into a bool tensor, True into int8.
 * Caller owns *out. */
static enum ndp_status tf_convert(const struct ndp_ref_profile *p, const struct ndp_arg *arg,
                                  enum ndp_dtype want, struct ndp_tensor *out,
                                  struct ndp_error *err) {
  const struct ndp_pyint *v = &arg->pyint;
  enum ndp_kind wk = ndp_dtype_kind(want);
  bool is_int = arg->kind == NDP_ARG_PYINT, is_bool = arg->kind == NDP_ARG_PYBOOL;
  bool is_float = arg->kind == NDP_ARG_PYFLOAT, is_cplx = arg->kind == NDP_ARG_PYCOMPLEX;
  /* the int's value as PyLong_AsDouble gives it (OverflowError: inf) */
  bool int_as_double = is_bool || (is_int && !isinf(v->fval));

  /* 1. the requested dtype's own converter */
  if (p->direct_converters & D(want)) {
    switch (want) {
    case NDP_INT32:
    case NDP_INT64:
      if (is_bool || (is_int && pyint_fits_signed(v, ndp_dtype_size(want) * 8)))
        return scalar_tensor(arg, want, want, out, err);
      break;
    case NDP_UINT64:
      if (is_bool || (is_int && !v->huge && !(v->neg && v->mag != 0)))
        return scalar_tensor(arg, NDP_UINT64, NDP_UINT64, out, err);
      if (is_int)
        return ndp_step_error(err, NDP_ERRC_VALUE,
                              "SystemError: <class 'tensorflow.python.framework.ops.EagerTensor'> "
                              "returned a result with an exception set (a Python int out of "
                              "uint64's range; tensorflow/tensorflow#64846)");
      break;
    case NDP_FLOAT16:
    case NDP_FLOAT32:
    case NDP_FLOAT64:
      /* a float that overflows falls through to a float64 cast, with the
       * same (infinite) value */
      if (is_float) return scalar_tensor(arg, NDP_FLOAT64, want, out, err);
      if (int_as_double) return scalar_tensor(arg, NDP_FLOAT64, want, out, err);
      break;
    case NDP_COMPLEX128:
      if (is_cplx || is_float || int_as_double)
        return scalar_tensor(arg, NDP_COMPLEX128, NDP_COMPLEX128, out, err);
      break;
    case NDP_BOOL:
      if (is_bool) return scalar_tensor(arg, NDP_BOOL, NDP_BOOL, out, err);
      break;
    default:
      break;
    }
  }

  /* 2. a tensor of the value's own kind */
  enum ndp_dtype have;
  if (is_float) {
    have = NDP_FLOAT64;
  } else if (is_int) {
    if (!pyint_fits_signed(v, 64))
      return ndp_step_error(err, NDP_ERRC_VALUE, "%s", err_out_of_range);
    have = NDP_INT64;
  } else if (is_bool) {
    have = NDP_BOOL;
  } else {
    have = NDP_COMPLEX128;
  }

  /* 3. IsCompatible(want, have), then Cast */
  enum ndp_kind hk = ndp_dtype_kind(have);
  bool h_int = hk == NDP_KIND_INT || hk == NDP_KIND_UINT;
  bool compatible = have == want || (is_int_kind(want) && h_int) ||
                    (wk == NDP_KIND_FLOAT && (hk == NDP_KIND_FLOAT || h_int)) ||
                    (wk == NDP_KIND_COMPLEX && hk != NDP_KIND_BOOL);
  if (!compatible) {
    char r[64];
    py_repr(arg, r, sizeof r);
    return ndp_step_error(err, NDP_ERRC_TYPE, "Cannot convert %s to EagerTensor of dtype %s", r,
                          fw_dtype(p, want));
  }
  NDP_RETURN_NOT_OK(scalar_tensor(arg, have, want, out, err));
  if (is_int && is_int_kind(want)) {
    /* a value that does not fit want was wrapped by the cast */
    bool fits;
    int bits = ndp_dtype_size(want) * 8;
    if (ndp_dtype_kind(want) == NDP_KIND_UINT)
      fits = !(v->neg && v->mag != 0) && (bits == 64 || v->mag < (UINT64_C(1) << bits));
    else
      fits = pyint_fits_signed(v, bits);
    if (!fits) {
      char r[64], got[32];
      struct ndp_elem e;
      py_repr(arg, r, sizeof r);
      ndp_elem_load(want, false, out->buf->data + out->offset, &e);
      elem_text(&e, got, sizeof got);
      note(err,
           "%s converts the Python int %s to %s with a cast that does not check the range "
           "(it becomes %s)",
           p->framework, r, ndp_dtype_name(want), got);
    }
  }
  return NDP_OK;
}

/* ------------------------------------------------------------ the rules */

/* The working copy of a step: its args, operands and owned temporaries. */
struct work {
  struct ndp_step step;
  struct ndp_arg *args;
  const struct ndp_tensor **ops;
  struct ndp_tensor *tmp; /* tmp[i].buf != NULL: owned, ops[i] == &tmp[i] */
  int n;
};

static enum ndp_status work_init(struct work *w, const struct ndp_step *step,
                                 const struct ndp_tensor *const *operands, struct ndp_error *err) {
  memset(w, 0, sizeof *w);
  w->step = *step;
  w->n = step->nargs;
  size_t n = (size_t)(w->n > 0 ? w->n : 1);
  w->args = calloc(n, sizeof *w->args);
  w->ops = calloc(n, sizeof *w->ops);
  w->tmp = calloc(n, sizeof *w->tmp);
  if (w->args == NULL || w->ops == NULL || w->tmp == NULL) {
    free(w->args);
    free(w->ops);
    free(w->tmp);
    memset(w, 0, sizeof *w);
    return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  for (int i = 0; i < w->n; i++) {
    w->args[i] = step->args[i];
    w->ops[i] = operands[i];
  }
  w->step.args = w->args;
  return NDP_OK;
}

static void work_free(struct work *w) {
  for (int i = 0; i < w->n; i++)
    if (w->tmp[i].buf != NULL) ndp_tensor_release(&w->tmp[i]);
  free(w->args);
  free(w->ops);
  free(w->tmp);
}

/* Operand i becomes the owned tensor t, as an array operand. */
static void work_set(struct work *w, int i, struct ndp_tensor *t) {
  w->tmp[i] = *t;
  w->ops[i] = &w->tmp[i];
  w->args[i].kind = NDP_ARG_REF;
  w->args[i].slot = -1;
}

/* A NumPy scalar operand is an array operand with its own dtype (NumPy
 * 1.24's weak np.complex128 quirk is NumPy's alone). */
static void work_strong_npscalars(struct work *w) {
  for (int i = 0; i < w->n; i++)
    if (w->args[i].kind == NDP_ARG_NPSCALAR) {
      w->args[i].kind = NDP_ARG_REF;
      w->args[i].slot = -1;
    }
}

/* A Python scalar operand with no other operand to take a dtype from. */
static enum ndp_status work_default(const struct ndp_ref_profile *p, struct work *w, int i,
                                    struct ndp_error *err) {
  struct ndp_tensor t;
  NDP_RETURN_NOT_OK(py_default(p, &w->args[i], &t, err));
  enum ndp_dtype np = numpy_default(&w->args[i]);
  if (t.dtype != np) {
    char r[64];
    py_repr(&w->args[i], r, sizeof r);
    note(err, "%s makes the Python scalar %s a %s tensor (NumPy: %s)", p->framework, r,
         ndp_dtype_name(t.dtype), ndp_dtype_name(np));
  }
  work_set(w, i, &t);
  return NDP_OK;
}

/* The kernel's dtype list, if the profile has one for op. */
static enum ndp_status check_op_types(const struct ndp_ref_profile *p, enum ndp_op op,
                                      enum ndp_dtype dt, struct ndp_error *err) {
  for (int i = 0; i < p->n_op_types; i++) {
    const struct ndp_ref_op_types *r = &p->op_types[i];
    if (r->op != op || (r->dtypes & D(dt))) continue;
    return ndp_step_error(err, NDP_ERRC_TYPE,
                          "Value for attr 'T' of %s is not in the list of allowed values: %s "
                          "[Op:%s] (%s has no %s kernel for %s)",
                          fw_dtype(p, dt), r->allowed, kernel_of(p, op), p->framework,
                          ndp_dtype_name(dt), ndp_op_name(op));
  }
  return NDP_OK;
}

/* Binary ops: Python scalars converted to the other operand's dtype (or the
 * first one's default dtype), no promotion, the kernel's dtype list, and
 * true_divide's casts. */
static enum ndp_status binary_rules(const struct ndp_ref_profile *p, struct work *w,
                                    struct ndp_error *err) {
  enum ndp_op op = w->step.op;
  if (p->scalars == NDP_REF_SCALARS_CONVERT) {
    work_strong_npscalars(w);
    int strong = -1;
    for (int i = 0; i < 2 && strong < 0; i++)
      if (!is_pyscalar(&w->args[i])) strong = i;
    if (strong < 0) {
      /* two Python scalars: the first becomes tf.constant(x), the second is
       * converted to its dtype (the fast path infers T from input 0) */
      NDP_RETURN_NOT_OK(work_default(p, w, 0, err));
      strong = 0;
    }
    enum ndp_dtype t = w->ops[strong]->dtype;
    for (int i = 0; i < 2; i++) {
      if (!is_pyscalar(&w->args[i])) continue;
      struct ndp_tensor c;
      NDP_RETURN_NOT_OK(tf_convert(p, &w->args[i], t, &c, err));
      work_set(w, i, &c);
    }
  }
  bool arrays = !is_pyscalar(&w->args[0]) && !is_pyscalar(&w->args[1]) && w->ops[0] != NULL &&
                w->ops[1] != NULL;
  if (p->no_promotion && arrays && w->ops[0]->dtype != w->ops[1]->dtype) {
    enum ndp_dtype a = w->ops[0]->dtype, b = w->ops[1]->dtype;
    const char *k = kernel_of(p, op);
    char src[64];
    if (p->kernels != NULL && p->kernels[op] != NULL)
      snprintf(src, sizeof src, "tf.raw_ops.%s", k);
    else
      snprintf(src, sizeof src, "%s's binary kernels", p->framework);
    return ndp_step_error(err, NDP_ERRC_TYPE,
                          "%s does not promote %s with %s: cannot compute %s as input "
                          "#1(zero-based) was expected to be a %s tensor but is a %s tensor "
                          "(%s: y must have the same type as x)",
                          p->framework, ndp_dtype_name(a), ndp_dtype_name(b), k, fw_dtype(p, a),
                          fw_dtype(p, b), src);
  }
  if (!arrays) return NDP_OK; /* NumPy's weak scalars (the NumPy profile) */
  enum ndp_dtype t = w->ops[0]->dtype;
  if (op == NDP_OP_TRUE_DIVIDE && p->truediv_to != NULL && !w->step.has_dtype) {
    enum ndp_dtype to = p->truediv_to[t];
    if (to == NDP_NDTYPES)
      return ndp_step_error(err, NDP_ERRC_TYPE,
                            "Invalid dtype <dtype: '%s'> in __truediv__ (%s's truediv has no "
                            "rule for %s)",
                            fw_dtype(p, t), p->framework, ndp_dtype_name(t));
    if (to != t) {
      w->step.has_dtype = true;
      w->step.dtype = to;
      if (to != NDP_FLOAT64)
        note(err, "%s's truediv casts %s operands to %s before dividing (NumPy divides in float64)",
             p->framework, ndp_dtype_name(t), ndp_dtype_name(to));
    }
    return NDP_OK; /* RealDiv takes every dtype truediv casts to */
  }
  return check_op_types(p, op, t, err);
}

/* Unary ops, reductions and shape ops: a Python scalar operand becomes the
 * framework's tensor of it. */
static enum ndp_status operand_rules(const struct ndp_ref_profile *p, struct work *w,
                                     struct ndp_error *err) {
  if (p->scalars != NDP_REF_SCALARS_CONVERT) return NDP_OK;
  work_strong_npscalars(w);
  for (int i = 0; i < w->n; i++)
    if (is_pyscalar(&w->args[i])) NDP_RETURN_NOT_OK(work_default(p, w, i, err));
  return NDP_OK;
}

/* The identity of max (dt's lowest value: -inf, the minimum integer,
 * false) or of min (the highest). */
static struct ndp_elem extreme(enum ndp_dtype dt, bool max) {
  struct ndp_elem e;
  memset(&e, 0, sizeof e);
  e.dtype = dt;
  int bits = ndp_dtype_size(dt) * 8;
  switch (ndp_dtype_kind(dt)) {
  case NDP_KIND_BOOL:
    e.v.b = !max;
    break;
  case NDP_KIND_INT:
    e.v.i = max ? (bits == 64 ? INT64_MIN : -(INT64_C(1) << (bits - 1)))
                : (bits == 64 ? INT64_MAX : (INT64_C(1) << (bits - 1)) - 1);
    break;
  case NDP_KIND_UINT:
    e.v.u = max ? 0 : (bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1);
    break;
  default:
    e.v.f = max ? -INFINITY : INFINITY;
    break;
  }
  return e;
}

/* mean of an integer tensor, TensorFlow's way (see mean_int_keeps_dtype):
 * the NumPy sum in int64 / uint64 (which wraps as Eigen's sum does), then a
 * truncating division by the count and the input dtype. An empty reduction
 * with a non-empty result is the reducer's identity, 0 (reduction_ops_
 * common.h FillIdentity; MeanReducer's identity is NaN only for floats). */
static enum ndp_status mean_int(const struct ndp_ref_profile *p, struct work *w,
                                struct ndp_tensor *out, int64_t *bytes, struct ndp_error *err) {
  const struct ndp_tensor *t = w->ops[0];
  enum ndp_dtype in = t->dtype;
  bool uns = ndp_dtype_kind(in) == NDP_KIND_UINT;
  if (w->step.has_axes) {
    /* NumPy's mean normalizes every axis first (no 0-d leniency) */
    int ax;
    for (int i = 0; i < w->step.naxes; i++)
      NDP_RETURN_NOT_OK(ndp_ref_normalize_axis(w->step.axes[i], t->ndim, &ax, err));
  }
  struct ndp_step s = w->step;
  s.op = NDP_OP_SUM;
  s.has_dtype = true;
  s.dtype = uns ? NDP_UINT64 : NDP_INT64;
  struct ndp_tensor acc;
  int64_t ignored = 0;
  NDP_RETURN_NOT_OK(ndp_ref_run_numpy(&s, w->ops, &acc, &ignored, err));
  int64_t nout = ndp_tensor_size(&acc), nin = ndp_tensor_size(t);
  int64_t count = nout > 0 ? nin / nout : 0;
  enum ndp_status st = ndp_tensor_new_uninit(in, acc.ndim, acc.shape, 'C', out, err);
  if (st != NDP_OK) {
    ndp_tensor_release(&acc);
    return st;
  }
  unsigned char *a = acc.buf->data + acc.offset;
  for (int64_t i = 0; i < nout; i++) {
    unsigned char *q = a + i * 8;
    if (count == 0) {
      memset(q, 0, 8);
    } else if (uns) {
      uint64_t x;
      memcpy(&x, q, 8);
      x /= (uint64_t)count;
      memcpy(q, &x, 8);
    } else {
      int64_t x;
      memcpy(&x, q, 8);
      x /= count; /* count >= 1: no INT64_MIN / -1 */
      memcpy(q, &x, 8);
    }
  }
  ndp_ref_cast_strided(s.dtype, false, a, 8, in, out->buf->data + out->offset, ndp_dtype_size(in),
                       nout);
  ndp_tensor_release(&acc);
  *bytes += nout * ndp_dtype_size(in);
  note(err,
       "%s's reduce_mean of %s sums in %s, divides truncating toward zero and keeps %s (NumPy "
       "gives float64)",
       p->framework, ndp_dtype_name(in), ndp_dtype_name(s.dtype), ndp_dtype_name(in));
  return NDP_OK;
}

static enum ndp_status reduce_rules(const struct ndp_ref_profile *p, struct work *w,
                                    struct ndp_tensor *out, int64_t *bytes, struct ndp_error *err) {
  enum ndp_op op = w->step.op;
  const struct ndp_tensor *t = w->ops[0];
  if (t == NULL) return ndp_ref_run_numpy(&w->step, w->ops, out, bytes, err);
  enum ndp_dtype in = t->dtype;
  NDP_RETURN_NOT_OK(check_op_types(p, op, in, err));
  switch (op) {
  case NDP_OP_SUM:
  case NDP_OP_PROD:
    if (p->sum_keeps_dtype && !w->step.has_dtype) {
      w->step.has_dtype = true;
      w->step.dtype = in;
      /* NumPy widens bool and integers narrower than C long (int64 on LP64) */
      bool widened = in == NDP_BOOL || (is_int_kind(in) && ndp_dtype_size(in) < 8);
      NDP_RETURN_NOT_OK(ndp_ref_run_numpy(&w->step, w->ops, out, bytes, err));
      if (widened)
        note(err, "%s's reduce_%s keeps the input dtype (%s)", p->framework,
             op == NDP_OP_SUM ? "sum" : "prod", ndp_dtype_name(in));
      return NDP_OK;
    }
    break;
  case NDP_OP_MEAN:
    if (p->mean_int_keeps_dtype && !w->step.has_dtype && is_int_kind(in))
      return mean_int(p, w, out, bytes, err);
    break;
  case NDP_OP_MAX:
  case NDP_OP_MIN:
    if (p->empty_extreme_identity && ndp_dtype_kind(in) != NDP_KIND_COMPLEX) {
      struct ndp_error local = {0};
      enum ndp_status st = ndp_ref_run_numpy(&w->step, w->ops, out, bytes, &local);
      if (!(st == NDP_ESTEP && local.cls == NDP_ERRC_NO_IDENTITY)) {
        if (st != NDP_OK && err != NULL) *err = local;
        return st;
      }
      /* the result's shape is sum's (same axes and keepdims rules) */
      struct ndp_step s = w->step;
      s.op = NDP_OP_SUM;
      s.has_dtype = true;
      s.dtype = in;
      int64_t sb = 0;
      NDP_RETURN_NOT_OK(ndp_ref_run_numpy(&s, w->ops, out, &sb, err));
      bool max = op == NDP_OP_MAX;
      struct ndp_elem e = extreme(in, max);
      int64_t nout = ndp_tensor_size(out);
      int sz = ndp_dtype_size(in);
      for (int64_t i = 0; i < nout; i++)
        ndp_elem_store(in, false, out->buf->data + out->offset + i * sz, &e);
      *bytes += nout * sz;
      char id[32];
      elem_text(&e, id, sizeof id);
      note(err, "%s's reduce_%s of an empty reduction returns the identity (%s) where NumPy raises",
           p->framework, max ? "max" : "min", id);
      return NDP_OK;
    }
    break;
  case NDP_OP_ARGMAX:
  case NDP_OP_ARGMIN:
    if (p->arg_default_axis0 && !w->step.has_axes) {
      const char *name = op == NDP_OP_ARGMAX ? "argmax" : "argmin";
      if (t->ndim == 0)
        return ndp_step_error(err, NDP_ERRC_AXIS,
                              "Expected dimension in the range [0, 0), but got 0 (%s's %s "
                              "defaults to axis 0, which a 0-d tensor does not have)",
                              p->framework, name);
      w->step.has_axes = true;
      w->step.axis_is_null = false;
      w->step.axis_is_list = false;
      w->step.naxes = 1;
      w->step.axes[0] = 0;
      NDP_RETURN_NOT_OK(ndp_ref_run_numpy(&w->step, w->ops, out, bytes, err));
      if (t->ndim >= 2)
        note(err, "%s's %s defaults to axis 0 (NumPy flattens)", p->framework, name);
      return NDP_OK;
    }
    break;
  default:
    break;
  }
  return ndp_ref_run_numpy(&w->step, w->ops, out, bytes, err);
}

static enum ndp_status shape_rules(const struct ndp_ref_profile *p, struct work *w,
                                   struct ndp_tensor *out, int64_t *bytes, struct ndp_error *err) {
  NDP_RETURN_NOT_OK(ndp_ref_run_numpy(&w->step, w->ops, out, bytes, err));
  if (w->step.op != NDP_OP_BROADCAST_TO || !p->broadcast_materializes) return NDP_OK;
  struct ndp_tensor copy;
  enum ndp_status st = ndp_ref_copy(out, out->dtype, 'C', &copy, err);
  ndp_tensor_release(out);
  if (st != NDP_OK) {
    memset(out, 0, sizeof *out);
    return st;
  }
  *out = copy;
  int64_t nb = ndp_tensor_size(&copy) * ndp_dtype_size(copy.dtype);
  *bytes += nb;
  note(err, "%s's broadcast_to materializes the broadcast (%lld bytes; NumPy returns a view)",
       p->framework, (long long)nb);
  return NDP_OK;
}

enum ndp_status ndp_ref_profile_run(const struct ndp_ref_profile *p, const struct ndp_step *step,
                                    const struct ndp_tensor *const *operands,
                                    struct ndp_tensor *out, int64_t *bytes_copied,
                                    struct ndp_error *err) {
  memset(out, 0, sizeof *out);
  enum ndp_op_class cls = ndp_op_class(step->op);
  /* datasets and crossings: no profile rule yet (they come with the
   * pipeline and crossing work) */
  if (cls == NDP_OPC_CROSSING)
    return ndp_ref_crossing_profile(p, step, operands, out, bytes_copied, err);
  if (cls == NDP_OPC_DATASET) return ndp_ref_run_numpy(step, operands, out, bytes_copied, err);
  struct work w;
  NDP_RETURN_NOT_OK(work_init(&w, step, operands, err));
  int64_t bytes = 0;
  enum ndp_status st = NDP_OK;
  switch (cls) {
  case NDP_OPC_BINARY:
    if (w.n != 2) {
      st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "%s with %d operands",
                         ndp_op_name(step->op), w.n);
      break;
    }
    st = binary_rules(p, &w, err);
    if (st == NDP_OK) st = ndp_ref_run_numpy(&w.step, w.ops, out, &bytes, err);
    break;
  case NDP_OPC_UNARY:
    st = operand_rules(p, &w, err);
    if (st == NDP_OK && w.n == 1 && w.ops[0] != NULL)
      st = check_op_types(p, step->op, w.ops[0]->dtype, err);
    if (st == NDP_OK) st = ndp_ref_run_numpy(&w.step, w.ops, out, &bytes, err);
    break;
  case NDP_OPC_REDUCE:
    st = operand_rules(p, &w, err);
    if (st == NDP_OK) st = reduce_rules(p, &w, out, &bytes, err);
    break;
  case NDP_OPC_SHAPE:
    st = operand_rules(p, &w, err);
    if (st == NDP_OK) st = shape_rules(p, &w, out, &bytes, err);
    break;
  case NDP_OPC_DATASET:
  case NDP_OPC_CROSSING:
    break;
  }
  work_free(&w);
  if (st != NDP_OK) {
    memset(out, 0, sizeof *out);
    return st;
  }
  if (bytes_copied != NULL) *bytes_copied += bytes;
  return NDP_OK;
}
