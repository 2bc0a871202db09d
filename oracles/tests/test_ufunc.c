/* Tests of the oracle's ufuncs (oracles/src/ufunc.c): loop selection with
 * NEP 50 weak scalars, dtype= and casting=, and the element kernels.
 *
 * Every expectation here was printed by NumPy 1.24.2 run with
 * NPY_PROMOTION_STATE=weak: the result dtype of every ufunc for every pair
 * of operand kinds, a sample of dtype=/casting= outcomes, and a table of
 * cases with values (written in the case format, single quotes for double).
 * Values are compared exactly (NaN equals NaN, the sign of zero counts)
 * except for the transcendental cases marked approximate, which NumPy
 * computes with its own SIMD routines and the oracle with the C library.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/case.h"
#include "oracle_internal.h"

/* ------------------------------------------------------------ helpers */

#define DTYPE_CHARS "?bBhHiIqQefdFD"
#define NOPERANDS 18 /* 14 dtypes, then Python int, float, bool, complex */

static const char *const operand_names[NOPERANDS] = {
    "bool",      "int8",       "uint8",  "int16",   "uint16",  "int32",
    "uint32",    "int64",      "uint64", "float16", "float32", "float64",
    "complex64", "complex128", "pyint",  "pyfloat", "pybool",  "pycomplex"};

static int operand_index(const char *name, const char *where) {
  for (int i = 0; i < NOPERANDS; i++)
    if (strcmp(operand_names[i], name) == 0) return i;
  cr_assert_fail("%s: unknown operand %s", where, name);
  return -1;
}

/* Operand k: an array of two ones of dtype k, or the Python scalars 1, 1.5,
 * True, 1+1j. tensors[] holds the arrays (set up by the caller). */
struct operand_set {
  struct ndp_tensor arrays[NDP_NDTYPES];
};

static void operands_init(struct operand_set *s) {
  int64_t shape[1] = {2};
  for (int d = 0; d < NDP_NDTYPES; d++) {
    cr_assert_eq(ndp_tensor_empty((enum ndp_dtype)d, 1, shape, 'C', &s->arrays[d], NULL), NDP_OK);
    struct ndp_elem one = {.dtype = NDP_BOOL}, e;
    one.v.b = true;
    ndp_cast_elem(&one, (enum ndp_dtype)d, &e);
    for (int64_t j = 0; j < 2; j++)
      ndp_elem_store(e.dtype, false, ndp_tensor_at(&s->arrays[d], &j), &e);
  }
}

static void operands_fini(struct operand_set *s) {
  for (int d = 0; d < NDP_NDTYPES; d++) ndp_tensor_release(&s->arrays[d]);
}

static void set_operand(struct operand_set *s, int k, struct ndp_arg *arg,
                        const struct ndp_tensor **t) {
  memset(arg, 0, sizeof *arg);
  *t = NULL;
  switch (k) {
  case 14:
    arg->kind = NDP_ARG_PYINT;
    arg->pyint.mag = 1;
    break;
  case 15:
    arg->kind = NDP_ARG_PYFLOAT;
    arg->f = 1.5;
    break;
  case 16:
    arg->kind = NDP_ARG_PYBOOL;
    arg->b = true;
    break;
  case 17:
    arg->kind = NDP_ARG_PYCOMPLEX;
    arg->re = 1;
    arg->im = 1;
    break;
  default:
    arg->kind = NDP_ARG_REF;
    *t = &s->arrays[k];
    break;
  }
}

/* Runs op on operands (a, b) (b < 0 for unary) and returns the result's type
 * character, 'T' for a type error, 'C' for a cast error, or another letter
 * for other errors (O overflow, V value, X anything else). where names the
 * table row in failure messages. */
static char run_code(struct operand_set *s, enum ndp_op op, int a, int b, bool has_dtype,
                     enum ndp_dtype dtype, bool has_casting, enum ndp_casting casting,
                     const char *where) {
  struct ndp_arg args[2];
  const struct ndp_tensor *ops[2] = {NULL, NULL};
  set_operand(s, a, &args[0], &ops[0]);
  if (b >= 0) set_operand(s, b, &args[1], &ops[1]);
  struct ndp_step step = {.op = op, .nargs = b >= 0 ? 2 : 1, .args = args};
  step.has_dtype = has_dtype;
  step.dtype = dtype;
  step.has_casting = has_casting;
  step.casting = casting;
  struct ndp_tensor out;
  struct ndp_error err = {0};
  enum ndp_status st = ndp_oracle_ufunc(&step, ops, &out, &err);
  if (st == NDP_OK) {
    char c = DTYPE_CHARS[out.dtype];
    ndp_tensor_release(&out);
    return c;
  }
  cr_assert_eq(st, NDP_ESTEP, "%s: %s: status %d (%s)", where, ndp_op_name(op), (int)st, err.msg);
  switch (err.cls) {
  case NDP_ERRC_TYPE:
    return 'T';
  case NDP_ERRC_CAST:
    return 'C';
  case NDP_ERRC_OVERFLOW:
    return 'O';
  case NDP_ERRC_VALUE:
    return 'V';
  default:
    return 'X';
  }
}

struct resolution_row {
  enum ndp_op op;
  const char *codes;
};

/* The result dtype (type character) or 'T' for a type error of each ufunc with
 * default arguments, for every pair of operands: the 14 dtypes (arrays of ones)
 * then the Python scalars 1, 1.5, True, 1+1j (OPERANDS order). Binary rows:
 * 18 groups of 18, first operand by group. Printed by NumPy 1.24.2. */
/* clang-format off */
static const struct resolution_row resolution_rows[] = {
    {NDP_OP_ADD,
     "?bBhHiIqQefdFDqd?D"   /* bool */
     "bbhhiiqqdefdFDbdbD"   /* int8 */
     "BhBhHiIqQefdFDBdBD"   /* uint8 */
     "hhhhiiqqdffdFDhdhD"   /* int16 */
     "HiHiHiIqQffdFDHdHD"   /* uint16 */
     "iiiiiiqqddddDDidiD"   /* int32 */
     "IqIqIqIqQdddDDIdID"   /* uint32 */
     "qqqqqqqqddddDDqdqD"   /* int64 */
     "QdQdQdQdQdddDDQdQD"   /* uint64 */
     "eeeffddddefdFDeeeF"   /* float16 */
     "fffffddddffdFDfffF"   /* float32 */
     "ddddddddddddDDdddD"   /* float64 */
     "FFFFFDDDDFFDFDFFFF"   /* complex64 */
     "DDDDDDDDDDDDDDDDDD"   /* complex128 */
     "qbBhHiIqQefdFDqdqD"   /* pyint */
     "dddddddddefdFDdddD"   /* pyfloat */
     "?bBhHiIqQefdFDqd?D"   /* pybool */
     "DDDDDDDDDFFDFDDDDD"}, /* pycomplex */
    {NDP_OP_SUBTRACT,
     "TbBhHiIqQefdFDqdTD"   /* bool */
     "bbhhiiqqdefdFDbdbD"   /* int8 */
     "BhBhHiIqQefdFDBdBD"   /* uint8 */
     "hhhhiiqqdffdFDhdhD"   /* int16 */
     "HiHiHiIqQffdFDHdHD"   /* uint16 */
     "iiiiiiqqddddDDidiD"   /* int32 */
     "IqIqIqIqQdddDDIdID"   /* uint32 */
     "qqqqqqqqddddDDqdqD"   /* int64 */
     "QdQdQdQdQdddDDQdQD"   /* uint64 */
     "eeeffddddefdFDeeeF"   /* float16 */
     "fffffddddffdFDfffF"   /* float32 */
     "ddddddddddddDDdddD"   /* float64 */
     "FFFFFDDDDFFDFDFFFF"   /* complex64 */
     "DDDDDDDDDDDDDDDDDD"   /* complex128 */
     "qbBhHiIqQefdFDqdqD"   /* pyint */
     "dddddddddefdFDdddD"   /* pyfloat */
     "TbBhHiIqQefdFDqdTD"   /* pybool */
     "DDDDDDDDDFFDFDDDDD"}, /* pycomplex */
    {NDP_OP_MULTIPLY,
     "?bBhHiIqQefdFDqd?D"   /* bool */
     "bbhhiiqqdefdFDbdbD"   /* int8 */
     "BhBhHiIqQefdFDBdBD"   /* uint8 */
     "hhhhiiqqdffdFDhdhD"   /* int16 */
     "HiHiHiIqQffdFDHdHD"   /* uint16 */
     "iiiiiiqqddddDDidiD"   /* int32 */
     "IqIqIqIqQdddDDIdID"   /* uint32 */
     "qqqqqqqqddddDDqdqD"   /* int64 */
     "QdQdQdQdQdddDDQdQD"   /* uint64 */
     "eeeffddddefdFDeeeF"   /* float16 */
     "fffffddddffdFDfffF"   /* float32 */
     "ddddddddddddDDdddD"   /* float64 */
     "FFFFFDDDDFFDFDFFFF"   /* complex64 */
     "DDDDDDDDDDDDDDDDDD"   /* complex128 */
     "qbBhHiIqQefdFDqdqD"   /* pyint */
     "dddddddddefdFDdddD"   /* pyfloat */
     "?bBhHiIqQefdFDqd?D"   /* pybool */
     "DDDDDDDDDFFDFDDDDD"}, /* pycomplex */
    {NDP_OP_TRUE_DIVIDE,
     "dddddddddefdFDdddD"   /* bool */
     "dddddddddefdFDdddD"   /* int8 */
     "dddddddddefdFDdddD"   /* uint8 */
     "dddddddddffdFDdddD"   /* int16 */
     "dddddddddffdFDdddD"   /* uint16 */
     "ddddddddddddDDdddD"   /* int32 */
     "ddddddddddddDDdddD"   /* uint32 */
     "ddddddddddddDDdddD"   /* int64 */
     "ddddddddddddDDdddD"   /* uint64 */
     "eeeffddddefdFDeeeF"   /* float16 */
     "fffffddddffdFDfffF"   /* float32 */
     "ddddddddddddDDdddD"   /* float64 */
     "FFFFFDDDDFFDFDFFFF"   /* complex64 */
     "DDDDDDDDDDDDDDDDDD"   /* complex128 */
     "dddddddddefdFDdddD"   /* pyint */
     "dddddddddefdFDdddD"   /* pyfloat */
     "dddddddddefdFDdddD"   /* pybool */
     "DDDDDDDDDFFDFDDDDD"}, /* pycomplex */
    {NDP_OP_FLOOR_DIVIDE,
     "bbBhHiIqQefdTTqdbT"   /* bool */
     "bbhhiiqqdefdTTbdbT"   /* int8 */
     "BhBhHiIqQefdTTBdBT"   /* uint8 */
     "hhhhiiqqdffdTThdhT"   /* int16 */
     "HiHiHiIqQffdTTHdHT"   /* uint16 */
     "iiiiiiqqddddTTidiT"   /* int32 */
     "IqIqIqIqQdddTTIdIT"   /* uint32 */
     "qqqqqqqqddddTTqdqT"   /* int64 */
     "QdQdQdQdQdddTTQdQT"   /* uint64 */
     "eeeffddddefdTTeeeT"   /* float16 */
     "fffffddddffdTTfffT"   /* float32 */
     "ddddddddddddTTdddT"   /* float64 */
     "TTTTTTTTTTTTTTTTTT"   /* complex64 */
     "TTTTTTTTTTTTTTTTTT"   /* complex128 */
     "qbBhHiIqQefdTTqdqT"   /* pyint */
     "dddddddddefdTTdddT"   /* pyfloat */
     "bbBhHiIqQefdTTqdbT"   /* pybool */
     "TTTTTTTTTTTTTTTTTT"}, /* pycomplex */
    {NDP_OP_REMAINDER,
     "bbBhHiIqQefdTTqdbT"   /* bool */
     "bbhhiiqqdefdTTbdbT"   /* int8 */
     "BhBhHiIqQefdTTBdBT"   /* uint8 */
     "hhhhiiqqdffdTThdhT"   /* int16 */
     "HiHiHiIqQffdTTHdHT"   /* uint16 */
     "iiiiiiqqddddTTidiT"   /* int32 */
     "IqIqIqIqQdddTTIdIT"   /* uint32 */
     "qqqqqqqqddddTTqdqT"   /* int64 */
     "QdQdQdQdQdddTTQdQT"   /* uint64 */
     "eeeffddddefdTTeeeT"   /* float16 */
     "fffffddddffdTTfffT"   /* float32 */
     "ddddddddddddTTdddT"   /* float64 */
     "TTTTTTTTTTTTTTTTTT"   /* complex64 */
     "TTTTTTTTTTTTTTTTTT"   /* complex128 */
     "qbBhHiIqQefdTTqdqT"   /* pyint */
     "dddddddddefdTTdddT"   /* pyfloat */
     "bbBhHiIqQefdTTqdbT"   /* pybool */
     "TTTTTTTTTTTTTTTTTT"}, /* pycomplex */
    {NDP_OP_POWER,
     "bbBhHiIqQefdFDqdbD"   /* bool */
     "bbhhiiqqdefdFDbdbD"   /* int8 */
     "BhBhHiIqQefdFDBdBD"   /* uint8 */
     "hhhhiiqqdffdFDhdhD"   /* int16 */
     "HiHiHiIqQffdFDHdHD"   /* uint16 */
     "iiiiiiqqddddDDidiD"   /* int32 */
     "IqIqIqIqQdddDDIdID"   /* uint32 */
     "qqqqqqqqddddDDqdqD"   /* int64 */
     "QdQdQdQdQdddDDQdQD"   /* uint64 */
     "eeeffddddefdFDeeeF"   /* float16 */
     "fffffddddffdFDfffF"   /* float32 */
     "ddddddddddddDDdddD"   /* float64 */
     "FFFFFDDDDFFDFDFFFF"   /* complex64 */
     "DDDDDDDDDDDDDDDDDD"   /* complex128 */
     "qbBhHiIqQefdFDqdqD"   /* pyint */
     "dddddddddefdFDdddD"   /* pyfloat */
     "bbBhHiIqQefdFDqdbD"   /* pybool */
     "DDDDDDDDDFFDFDDDDD"}, /* pycomplex */
    {NDP_OP_MAXIMUM,
     "?bBhHiIqQefdFDqd?D"   /* bool */
     "bbhhiiqqdefdFDbdbD"   /* int8 */
     "BhBhHiIqQefdFDBdBD"   /* uint8 */
     "hhhhiiqqdffdFDhdhD"   /* int16 */
     "HiHiHiIqQffdFDHdHD"   /* uint16 */
     "iiiiiiqqddddDDidiD"   /* int32 */
     "IqIqIqIqQdddDDIdID"   /* uint32 */
     "qqqqqqqqddddDDqdqD"   /* int64 */
     "QdQdQdQdQdddDDQdQD"   /* uint64 */
     "eeeffddddefdFDeeeF"   /* float16 */
     "fffffddddffdFDfffF"   /* float32 */
     "ddddddddddddDDdddD"   /* float64 */
     "FFFFFDDDDFFDFDFFFF"   /* complex64 */
     "DDDDDDDDDDDDDDDDDD"   /* complex128 */
     "qbBhHiIqQefdFDqdqD"   /* pyint */
     "dddddddddefdFDdddD"   /* pyfloat */
     "?bBhHiIqQefdFDqd?D"   /* pybool */
     "DDDDDDDDDFFDFDDDDD"}, /* pycomplex */
    {NDP_OP_MINIMUM,
     "?bBhHiIqQefdFDqd?D"   /* bool */
     "bbhhiiqqdefdFDbdbD"   /* int8 */
     "BhBhHiIqQefdFDBdBD"   /* uint8 */
     "hhhhiiqqdffdFDhdhD"   /* int16 */
     "HiHiHiIqQffdFDHdHD"   /* uint16 */
     "iiiiiiqqddddDDidiD"   /* int32 */
     "IqIqIqIqQdddDDIdID"   /* uint32 */
     "qqqqqqqqddddDDqdqD"   /* int64 */
     "QdQdQdQdQdddDDQdQD"   /* uint64 */
     "eeeffddddefdFDeeeF"   /* float16 */
     "fffffddddffdFDfffF"   /* float32 */
     "ddddddddddddDDdddD"   /* float64 */
     "FFFFFDDDDFFDFDFFFF"   /* complex64 */
     "DDDDDDDDDDDDDDDDDD"   /* complex128 */
     "qbBhHiIqQefdFDqdqD"   /* pyint */
     "dddddddddefdFDdddD"   /* pyfloat */
     "?bBhHiIqQefdFDqd?D"   /* pybool */
     "DDDDDDDDDFFDFDDDDD"}, /* pycomplex */
    {NDP_OP_FMAX,
     "?bBhHiIqQefdFDqd?D"   /* bool */
     "bbhhiiqqdefdFDbdbD"   /* int8 */
     "BhBhHiIqQefdFDBdBD"   /* uint8 */
     "hhhhiiqqdffdFDhdhD"   /* int16 */
     "HiHiHiIqQffdFDHdHD"   /* uint16 */
     "iiiiiiqqddddDDidiD"   /* int32 */
     "IqIqIqIqQdddDDIdID"   /* uint32 */
     "qqqqqqqqddddDDqdqD"   /* int64 */
     "QdQdQdQdQdddDDQdQD"   /* uint64 */
     "eeeffddddefdFDeeeF"   /* float16 */
     "fffffddddffdFDfffF"   /* float32 */
     "ddddddddddddDDdddD"   /* float64 */
     "FFFFFDDDDFFDFDFFFF"   /* complex64 */
     "DDDDDDDDDDDDDDDDDD"   /* complex128 */
     "qbBhHiIqQefdFDqdqD"   /* pyint */
     "dddddddddefdFDdddD"   /* pyfloat */
     "?bBhHiIqQefdFDqd?D"   /* pybool */
     "DDDDDDDDDFFDFDDDDD"}, /* pycomplex */
    {NDP_OP_FMIN,
     "?bBhHiIqQefdFDqd?D"   /* bool */
     "bbhhiiqqdefdFDbdbD"   /* int8 */
     "BhBhHiIqQefdFDBdBD"   /* uint8 */
     "hhhhiiqqdffdFDhdhD"   /* int16 */
     "HiHiHiIqQffdFDHdHD"   /* uint16 */
     "iiiiiiqqddddDDidiD"   /* int32 */
     "IqIqIqIqQdddDDIdID"   /* uint32 */
     "qqqqqqqqddddDDqdqD"   /* int64 */
     "QdQdQdQdQdddDDQdQD"   /* uint64 */
     "eeeffddddefdFDeeeF"   /* float16 */
     "fffffddddffdFDfffF"   /* float32 */
     "ddddddddddddDDdddD"   /* float64 */
     "FFFFFDDDDFFDFDFFFF"   /* complex64 */
     "DDDDDDDDDDDDDDDDDD"   /* complex128 */
     "qbBhHiIqQefdFDqdqD"   /* pyint */
     "dddddddddefdFDdddD"   /* pyfloat */
     "?bBhHiIqQefdFDqd?D"   /* pybool */
     "DDDDDDDDDFFDFDDDDD"}, /* pycomplex */
    {NDP_OP_EQUAL,
     "??????????????????"   /* bool */
     "??????????????????"   /* int8 */
     "??????????????????"   /* uint8 */
     "??????????????????"   /* int16 */
     "??????????????????"   /* uint16 */
     "??????????????????"   /* int32 */
     "??????????????????"   /* uint32 */
     "??????????????????"   /* int64 */
     "??????????????????"   /* uint64 */
     "??????????????????"   /* float16 */
     "??????????????????"   /* float32 */
     "??????????????????"   /* float64 */
     "??????????????????"   /* complex64 */
     "??????????????????"   /* complex128 */
     "??????????????????"   /* pyint */
     "??????????????????"   /* pyfloat */
     "??????????????????"   /* pybool */
     "??????????????????"}, /* pycomplex */
    {NDP_OP_NOT_EQUAL,
     "??????????????????"   /* bool */
     "??????????????????"   /* int8 */
     "??????????????????"   /* uint8 */
     "??????????????????"   /* int16 */
     "??????????????????"   /* uint16 */
     "??????????????????"   /* int32 */
     "??????????????????"   /* uint32 */
     "??????????????????"   /* int64 */
     "??????????????????"   /* uint64 */
     "??????????????????"   /* float16 */
     "??????????????????"   /* float32 */
     "??????????????????"   /* float64 */
     "??????????????????"   /* complex64 */
     "??????????????????"   /* complex128 */
     "??????????????????"   /* pyint */
     "??????????????????"   /* pyfloat */
     "??????????????????"   /* pybool */
     "??????????????????"}, /* pycomplex */
    {NDP_OP_LESS,
     "??????????????????"   /* bool */
     "??????????????????"   /* int8 */
     "??????????????????"   /* uint8 */
     "??????????????????"   /* int16 */
     "??????????????????"   /* uint16 */
     "??????????????????"   /* int32 */
     "??????????????????"   /* uint32 */
     "??????????????????"   /* int64 */
     "??????????????????"   /* uint64 */
     "??????????????????"   /* float16 */
     "??????????????????"   /* float32 */
     "??????????????????"   /* float64 */
     "??????????????????"   /* complex64 */
     "??????????????????"   /* complex128 */
     "??????????????????"   /* pyint */
     "??????????????????"   /* pyfloat */
     "??????????????????"   /* pybool */
     "??????????????????"}, /* pycomplex */
    {NDP_OP_LESS_EQUAL,
     "??????????????????"   /* bool */
     "??????????????????"   /* int8 */
     "??????????????????"   /* uint8 */
     "??????????????????"   /* int16 */
     "??????????????????"   /* uint16 */
     "??????????????????"   /* int32 */
     "??????????????????"   /* uint32 */
     "??????????????????"   /* int64 */
     "??????????????????"   /* uint64 */
     "??????????????????"   /* float16 */
     "??????????????????"   /* float32 */
     "??????????????????"   /* float64 */
     "??????????????????"   /* complex64 */
     "??????????????????"   /* complex128 */
     "??????????????????"   /* pyint */
     "??????????????????"   /* pyfloat */
     "??????????????????"   /* pybool */
     "??????????????????"}, /* pycomplex */
    {NDP_OP_GREATER,
     "??????????????????"   /* bool */
     "??????????????????"   /* int8 */
     "??????????????????"   /* uint8 */
     "??????????????????"   /* int16 */
     "??????????????????"   /* uint16 */
     "??????????????????"   /* int32 */
     "??????????????????"   /* uint32 */
     "??????????????????"   /* int64 */
     "??????????????????"   /* uint64 */
     "??????????????????"   /* float16 */
     "??????????????????"   /* float32 */
     "??????????????????"   /* float64 */
     "??????????????????"   /* complex64 */
     "??????????????????"   /* complex128 */
     "??????????????????"   /* pyint */
     "??????????????????"   /* pyfloat */
     "??????????????????"   /* pybool */
     "??????????????????"}, /* pycomplex */
    {NDP_OP_GREATER_EQUAL,
     "??????????????????"   /* bool */
     "??????????????????"   /* int8 */
     "??????????????????"   /* uint8 */
     "??????????????????"   /* int16 */
     "??????????????????"   /* uint16 */
     "??????????????????"   /* int32 */
     "??????????????????"   /* uint32 */
     "??????????????????"   /* int64 */
     "??????????????????"   /* uint64 */
     "??????????????????"   /* float16 */
     "??????????????????"   /* float32 */
     "??????????????????"   /* float64 */
     "??????????????????"   /* complex64 */
     "??????????????????"   /* complex128 */
     "??????????????????"   /* pyint */
     "??????????????????"   /* pyfloat */
     "??????????????????"   /* pybool */
     "??????????????????"}, /* pycomplex */
    {NDP_OP_LOGICAL_AND,
     "??????????????????"   /* bool */
     "??????????????????"   /* int8 */
     "??????????????????"   /* uint8 */
     "??????????????????"   /* int16 */
     "??????????????????"   /* uint16 */
     "??????????????????"   /* int32 */
     "??????????????????"   /* uint32 */
     "??????????????????"   /* int64 */
     "??????????????????"   /* uint64 */
     "??????????????????"   /* float16 */
     "??????????????????"   /* float32 */
     "??????????????????"   /* float64 */
     "??????????????????"   /* complex64 */
     "??????????????????"   /* complex128 */
     "??????????????????"   /* pyint */
     "??????????????????"   /* pyfloat */
     "??????????????????"   /* pybool */
     "??????????????????"}, /* pycomplex */
    {NDP_OP_LOGICAL_OR,
     "??????????????????"   /* bool */
     "??????????????????"   /* int8 */
     "??????????????????"   /* uint8 */
     "??????????????????"   /* int16 */
     "??????????????????"   /* uint16 */
     "??????????????????"   /* int32 */
     "??????????????????"   /* uint32 */
     "??????????????????"   /* int64 */
     "??????????????????"   /* uint64 */
     "??????????????????"   /* float16 */
     "??????????????????"   /* float32 */
     "??????????????????"   /* float64 */
     "??????????????????"   /* complex64 */
     "??????????????????"   /* complex128 */
     "??????????????????"   /* pyint */
     "??????????????????"   /* pyfloat */
     "??????????????????"   /* pybool */
     "??????????????????"}, /* pycomplex */
    {NDP_OP_LOGICAL_XOR,
     "??????????????????"   /* bool */
     "??????????????????"   /* int8 */
     "??????????????????"   /* uint8 */
     "??????????????????"   /* int16 */
     "??????????????????"   /* uint16 */
     "??????????????????"   /* int32 */
     "??????????????????"   /* uint32 */
     "??????????????????"   /* int64 */
     "??????????????????"   /* uint64 */
     "??????????????????"   /* float16 */
     "??????????????????"   /* float32 */
     "??????????????????"   /* float64 */
     "??????????????????"   /* complex64 */
     "??????????????????"   /* complex128 */
     "??????????????????"   /* pyint */
     "??????????????????"   /* pyfloat */
     "??????????????????"   /* pybool */
     "??????????????????"}, /* pycomplex */
    {NDP_OP_BITWISE_AND,
     "?bBhHiIqQTTTTTqT?T"   /* bool */
     "bbhhiiqqTTTTTTbTbT"   /* int8 */
     "BhBhHiIqQTTTTTBTBT"   /* uint8 */
     "hhhhiiqqTTTTTThThT"   /* int16 */
     "HiHiHiIqQTTTTTHTHT"   /* uint16 */
     "iiiiiiqqTTTTTTiTiT"   /* int32 */
     "IqIqIqIqQTTTTTITIT"   /* uint32 */
     "qqqqqqqqTTTTTTqTqT"   /* int64 */
     "QTQTQTQTQTTTTTQTQT"   /* uint64 */
     "TTTTTTTTTTTTTTTTTT"   /* float16 */
     "TTTTTTTTTTTTTTTTTT"   /* float32 */
     "TTTTTTTTTTTTTTTTTT"   /* float64 */
     "TTTTTTTTTTTTTTTTTT"   /* complex64 */
     "TTTTTTTTTTTTTTTTTT"   /* complex128 */
     "qbBhHiIqQTTTTTqTqT"   /* pyint */
     "TTTTTTTTTTTTTTTTTT"   /* pyfloat */
     "?bBhHiIqQTTTTTqT?T"   /* pybool */
     "TTTTTTTTTTTTTTTTTT"}, /* pycomplex */
    {NDP_OP_BITWISE_OR,
     "?bBhHiIqQTTTTTqT?T"   /* bool */
     "bbhhiiqqTTTTTTbTbT"   /* int8 */
     "BhBhHiIqQTTTTTBTBT"   /* uint8 */
     "hhhhiiqqTTTTTThThT"   /* int16 */
     "HiHiHiIqQTTTTTHTHT"   /* uint16 */
     "iiiiiiqqTTTTTTiTiT"   /* int32 */
     "IqIqIqIqQTTTTTITIT"   /* uint32 */
     "qqqqqqqqTTTTTTqTqT"   /* int64 */
     "QTQTQTQTQTTTTTQTQT"   /* uint64 */
     "TTTTTTTTTTTTTTTTTT"   /* float16 */
     "TTTTTTTTTTTTTTTTTT"   /* float32 */
     "TTTTTTTTTTTTTTTTTT"   /* float64 */
     "TTTTTTTTTTTTTTTTTT"   /* complex64 */
     "TTTTTTTTTTTTTTTTTT"   /* complex128 */
     "qbBhHiIqQTTTTTqTqT"   /* pyint */
     "TTTTTTTTTTTTTTTTTT"   /* pyfloat */
     "?bBhHiIqQTTTTTqT?T"   /* pybool */
     "TTTTTTTTTTTTTTTTTT"}, /* pycomplex */
    {NDP_OP_BITWISE_XOR,
     "?bBhHiIqQTTTTTqT?T"   /* bool */
     "bbhhiiqqTTTTTTbTbT"   /* int8 */
     "BhBhHiIqQTTTTTBTBT"   /* uint8 */
     "hhhhiiqqTTTTTThThT"   /* int16 */
     "HiHiHiIqQTTTTTHTHT"   /* uint16 */
     "iiiiiiqqTTTTTTiTiT"   /* int32 */
     "IqIqIqIqQTTTTTITIT"   /* uint32 */
     "qqqqqqqqTTTTTTqTqT"   /* int64 */
     "QTQTQTQTQTTTTTQTQT"   /* uint64 */
     "TTTTTTTTTTTTTTTTTT"   /* float16 */
     "TTTTTTTTTTTTTTTTTT"   /* float32 */
     "TTTTTTTTTTTTTTTTTT"   /* float64 */
     "TTTTTTTTTTTTTTTTTT"   /* complex64 */
     "TTTTTTTTTTTTTTTTTT"   /* complex128 */
     "qbBhHiIqQTTTTTqTqT"   /* pyint */
     "TTTTTTTTTTTTTTTTTT"   /* pyfloat */
     "?bBhHiIqQTTTTTqT?T"   /* pybool */
     "TTTTTTTTTTTTTTTTTT"}, /* pycomplex */
    {NDP_OP_LEFT_SHIFT,
     "bbBhHiIqQTTTTTqTbT"   /* bool */
     "bbhhiiqqTTTTTTbTbT"   /* int8 */
     "BhBhHiIqQTTTTTBTBT"   /* uint8 */
     "hhhhiiqqTTTTTThThT"   /* int16 */
     "HiHiHiIqQTTTTTHTHT"   /* uint16 */
     "iiiiiiqqTTTTTTiTiT"   /* int32 */
     "IqIqIqIqQTTTTTITIT"   /* uint32 */
     "qqqqqqqqTTTTTTqTqT"   /* int64 */
     "QTQTQTQTQTTTTTQTQT"   /* uint64 */
     "TTTTTTTTTTTTTTTTTT"   /* float16 */
     "TTTTTTTTTTTTTTTTTT"   /* float32 */
     "TTTTTTTTTTTTTTTTTT"   /* float64 */
     "TTTTTTTTTTTTTTTTTT"   /* complex64 */
     "TTTTTTTTTTTTTTTTTT"   /* complex128 */
     "qbBhHiIqQTTTTTqTqT"   /* pyint */
     "TTTTTTTTTTTTTTTTTT"   /* pyfloat */
     "bbBhHiIqQTTTTTqTbT"   /* pybool */
     "TTTTTTTTTTTTTTTTTT"}, /* pycomplex */
    {NDP_OP_RIGHT_SHIFT,
     "bbBhHiIqQTTTTTqTbT"   /* bool */
     "bbhhiiqqTTTTTTbTbT"   /* int8 */
     "BhBhHiIqQTTTTTBTBT"   /* uint8 */
     "hhhhiiqqTTTTTThThT"   /* int16 */
     "HiHiHiIqQTTTTTHTHT"   /* uint16 */
     "iiiiiiqqTTTTTTiTiT"   /* int32 */
     "IqIqIqIqQTTTTTITIT"   /* uint32 */
     "qqqqqqqqTTTTTTqTqT"   /* int64 */
     "QTQTQTQTQTTTTTQTQT"   /* uint64 */
     "TTTTTTTTTTTTTTTTTT"   /* float16 */
     "TTTTTTTTTTTTTTTTTT"   /* float32 */
     "TTTTTTTTTTTTTTTTTT"   /* float64 */
     "TTTTTTTTTTTTTTTTTT"   /* complex64 */
     "TTTTTTTTTTTTTTTTTT"   /* complex128 */
     "qbBhHiIqQTTTTTqTqT"   /* pyint */
     "TTTTTTTTTTTTTTTTTT"   /* pyfloat */
     "bbBhHiIqQTTTTTqTbT"   /* pybool */
     "TTTTTTTTTTTTTTTTTT"}, /* pycomplex */
    {NDP_OP_NEGATIVE, "TbBhHiIqQefdFDqdTD"},
    {NDP_OP_POSITIVE, "TbBhHiIqQefdFDqdTD"},
    {NDP_OP_ABSOLUTE, "?bBhHiIqQefdfdqd?d"},
    {NDP_OP_SIGN, "TbBhHiIqQefdFDqdTD"},
    {NDP_OP_SQRT, "eeeffddddefdFDddeD"},
    {NDP_OP_SQUARE, "bbBhHiIqQefdFDqdbD"},
    {NDP_OP_EXP, "eeeffddddefdFDddeD"},
    {NDP_OP_LOG, "eeeffddddefdFDddeD"},
    {NDP_OP_FLOOR, "eeeffddddefdTTddeT"},
    {NDP_OP_CEIL, "eeeffddddefdTTddeT"},
    {NDP_OP_TRUNC, "eeeffddddefdTTddeT"},
    {NDP_OP_RINT, "eeeffddddefdFDddeD"},
    {NDP_OP_LOGICAL_NOT, "??????????????????"},
    {NDP_OP_INVERT, "?bBhHiIqQTTTTTqT?T"},
    {NDP_OP_ISNAN, "??????????????????"},
    {NDP_OP_ISINF, "??????????????????"},
    {NDP_OP_ISFINITE, "??????????????????"},
};
/* clang-format on */

/* A sample of 732 results with dtype= and/or casting= (ufunc, operands, dtype or "-",
 * casting, result type character or T (type error) or C (cast error)), six per
 * ufunc and outcome, from the full table printed by NumPy 1.24.2 (which the oracle
 * matches entry for entry: 630450 results). */
/* clang-format off */
static const char *const dtype_arg_cases[] = {
    "absolute pycomplex - - equiv d",
    "absolute pybool - complex128 safe T",
    "absolute pycomplex - complex128 safe T",
    "absolute bool - complex128 unsafe T",
    "absolute pycomplex - complex64 no T",
    "absolute int64 - complex64 no T",
    "absolute pyfloat - complex64 no T",
    "absolute float32 - complex64 safe T",
    "absolute int16 - complex64 unsafe T",
    "absolute int64 - float16 same_kind e",
    "absolute int8 - float16 unsafe e",
    "absolute complex128 - float64 safe d",
    "absolute pyint - int16 no h",
    "absolute complex128 - int16 safe C",
    "absolute pycomplex - int16 same_kind T",
    "absolute pycomplex - int64 equiv T",
    "absolute uint64 - int64 safe C",
    "absolute pycomplex - int8 equiv T",
    "absolute pycomplex - uint32 safe T",
    "absolute uint16 - uint32 same_kind I",
    "absolute int32 - uint32 same_kind C",
    "absolute int8 - uint64 equiv C",
    "absolute float64 - uint64 same_kind C",
    "absolute int64 - uint8 safe C",
    "add bool pycomplex bool equiv ?",
    "add int16 uint16 complex128 equiv C",
    "add pycomplex float32 complex128 no C",
    "add pybool complex64 complex128 safe D",
    "add float16 pycomplex float32 no T",
    "add pycomplex pycomplex float64 no T",
    "add pycomplex uint16 int16 safe T",
    "add uint64 pycomplex int16 safe T",
    "add int32 pyfloat int32 safe i",
    "add float32 pycomplex int8 no T",
    "add uint64 int64 uint16 equiv C",
    "add float16 uint64 uint16 unsafe H",
    "add pyint pyint uint16 unsafe H",
    "add pybool int64 uint32 no C",
    "add float32 uint8 uint8 equiv C",
    "add pybool uint64 uint8 safe C",
    "add float32 int8 uint8 unsafe B",
    "add pycomplex int64 uint8 unsafe T",
    "bitwise_and uint16 uint16 bool unsafe ?",
    "bitwise_and float64 pyfloat complex64 equiv T",
    "bitwise_and bool pyfloat float16 same_kind T",
    "bitwise_and int8 int32 float16 unsafe T",
    "bitwise_and bool uint32 float32 unsafe T",
    "bitwise_and uint64 int32 float64 safe T",
    "bitwise_and uint8 float32 int16 no C",
    "bitwise_and uint64 uint64 int16 no C",
    "bitwise_and pyfloat int32 int16 same_kind h",
    "bitwise_and uint32 int16 int16 unsafe h",
    "bitwise_and bool int8 int32 unsafe i",
    "bitwise_and pycomplex bool int64 no T",
    "bitwise_and int8 float16 uint16 safe C",
    "bitwise_and complex64 uint8 uint16 same_kind C",
    "bitwise_and pybool int8 uint32 unsafe I",
    "bitwise_and int32 int64 uint32 unsafe I",
    "bitwise_and int16 uint32 uint64 same_kind C",
    "bitwise_and bool uint16 uint8 safe C",
    "bitwise_or int16 uint32 bool no C",
    "bitwise_or float32 float16 bool same_kind C",
    "bitwise_or uint8 int16 complex64 equiv T",
    "bitwise_or float32 float16 float16 unsafe T",
    "bitwise_or float64 int64 float32 same_kind T",
    "bitwise_or complex128 complex128 float64 same_kind T",
    "bitwise_or pycomplex int64 int16 no T",
    "bitwise_or bool uint32 int16 unsafe h",
    "bitwise_or int16 uint64 int32 equiv C",
    "bitwise_or int64 bool int32 safe C",
    "bitwise_or uint64 uint16 int32 unsafe i",
    "bitwise_or int16 float32 int32 unsafe i",
    "bitwise_or complex128 pyfloat uint16 safe C",
    "bitwise_or uint64 int32 uint16 same_kind C",
    "bitwise_or pycomplex uint32 uint32 equiv T",
    "bitwise_or pybool pyfloat uint64 same_kind Q",
    "bitwise_or uint16 int8 uint64 unsafe Q",
    "bitwise_or int16 pyint uint64 unsafe Q",
    "bitwise_xor pycomplex float64 bool no C",
    "bitwise_xor uint64 float16 bool no C",
    "bitwise_xor pyfloat complex64 bool unsafe ?",
    "bitwise_xor float32 complex64 complex128 equiv T",
    "bitwise_xor int16 pyint complex128 safe T",
    "bitwise_xor bool pybool complex64 unsafe T",
    "bitwise_xor uint32 float32 float32 same_kind T",
    "bitwise_xor int8 complex64 float64 same_kind T",
    "bitwise_xor float64 uint8 float64 same_kind T",
    "bitwise_xor pyint pybool int16 same_kind h",
    "bitwise_xor uint32 bool int16 unsafe h",
    "bitwise_xor uint32 complex128 int32 same_kind C",
    "bitwise_xor pyfloat pybool int64 unsafe q",
    "bitwise_xor int32 pybool uint16 unsafe H",
    "bitwise_xor int16 int32 uint32 no C",
    "bitwise_xor complex64 pybool uint32 safe C",
    "bitwise_xor pyint float16 uint64 same_kind C",
    "bitwise_xor uint64 bool uint8 same_kind B",
    "ceil int8 - - no C",
    "ceil pybool - - no C",
    "ceil bool - - safe e",
    "ceil complex128 - complex128 equiv T",
    "ceil int64 - complex128 equiv T",
    "ceil pybool - float16 equiv C",
    "ceil float32 - float16 no C",
    "ceil float32 - float16 same_kind e",
    "ceil uint8 - float32 safe f",
    "ceil complex64 - float32 same_kind C",
    "ceil float64 - float32 unsafe f",
    "ceil pybool - float32 unsafe f",
    "ceil int16 - float64 equiv C",
    "ceil uint8 - float64 unsafe d",
    "ceil complex64 - int16 no T",
    "ceil uint32 - int16 unsafe T",
    "ceil pycomplex - int64 unsafe T",
    "ceil int64 - int8 same_kind T",
    "equal uint64 uint16 - no C",
    "equal uint32 pycomplex - no C",
    "equal int64 complex64 - no C",
    "equal uint8 float64 - safe ?",
    "equal complex128 uint32 - safe ?",
    "equal float16 complex128 - safe ?",
    "equal uint32 float32 bool equiv C",
    "equal float64 pycomplex bool no C",
    "equal float32 int8 bool no C",
    "equal float16 float32 bool safe ?",
    "equal float16 pyfloat bool same_kind ?",
    "equal float64 complex64 bool unsafe ?",
    "equal complex128 uint64 complex128 no T",
    "equal bool pybool float16 equiv T",
    "equal pycomplex uint16 float64 same_kind T",
    "equal pybool uint32 int8 unsafe T",
    "equal uint32 bool uint16 equiv T",
    "equal int16 uint32 uint8 same_kind T",
    "exp uint64 - - equiv C",
    "exp float16 - complex128 no C",
    "exp int32 - complex128 safe D",
    "exp int32 - complex128 same_kind D",
    "exp uint32 - complex128 unsafe D",
    "exp uint64 - float16 no C",
    "exp int16 - float16 same_kind e",
    "exp bool - float16 unsafe e",
    "exp float64 - float32 equiv C",
    "exp uint32 - float32 equiv C",
    "exp pyfloat - float32 same_kind f",
    "exp complex64 - float64 no C",
    "exp bool - int16 unsafe T",
    "exp float16 - int8 safe T",
    "exp int64 - int8 safe T",
    "exp int8 - uint32 safe T",
    "exp float64 - uint64 equiv T",
    "exp pyint - uint8 equiv T",
    "floor uint8 - - no C",
    "floor uint8 - - safe e",
    "floor pyint - complex128 same_kind T",
    "floor complex64 - complex128 unsafe T",
    "floor float64 - complex64 safe T",
    "floor pybool - float16 equiv C",
    "floor complex64 - float16 same_kind C",
    "floor uint8 - float16 same_kind e",
    "floor uint64 - float16 unsafe e",
    "floor int16 - float32 no C",
    "floor pybool - float32 same_kind f",
    "floor uint16 - float64 equiv C",
    "floor uint64 - float64 safe d",
    "floor complex64 - float64 safe C",
    "floor uint8 - float64 same_kind d",
    "floor pyint - int32 no T",
    "floor complex64 - int32 unsafe T",
    "floor float64 - int8 unsafe T",
    "floor_divide float16 complex64 - unsafe T",
    "floor_divide uint16 float32 bool safe T",
    "floor_divide float16 pycomplex bool unsafe T",
    "floor_divide complex64 int32 complex64 equiv T",
    "floor_divide pybool int64 complex64 unsafe T",
    "floor_divide float32 uint64 float16 no C",
    "floor_divide int8 float16 float16 no C",
    "floor_divide int8 pybool float32 safe f",
    "floor_divide pyint pyint int16 safe h",
    "floor_divide uint32 pyfloat int16 unsafe h",
    "floor_divide complex64 int64 int32 equiv C",
    "floor_divide pybool complex128 int32 safe C",
    "floor_divide pycomplex pyfloat int64 safe T",
    "floor_divide uint16 uint32 int64 unsafe q",
    "floor_divide pyint uint32 uint16 same_kind H",
    "floor_divide bool float64 uint32 equiv C",
    "floor_divide pyint pyint uint64 no Q",
    "floor_divide uint64 int8 uint64 same_kind C",
    "fmax int8 uint8 - no C",
    "fmax int64 pycomplex float16 equiv T",
    "fmax pycomplex complex128 float32 same_kind T",
    "fmax float16 pyint float32 same_kind f",
    "fmax pyfloat pybool float64 same_kind d",
    "fmax uint16 uint64 float64 unsafe d",
    "fmax uint32 float16 float64 unsafe d",
    "fmax pycomplex uint64 int64 safe T",
    "fmax int64 pybool int8 same_kind b",
    "fmax pyfloat pycomplex uint16 equiv T",
    "fmax int8 int32 uint16 equiv C",
    "fmax pyint pycomplex uint32 same_kind T",
    "fmax float16 uint8 uint64 equiv C",
    "fmax uint8 pybool uint64 no C",
    "fmax complex128 complex64 uint64 no C",
    "fmax complex128 uint32 uint64 same_kind C",
    "fmax int16 pycomplex uint64 unsafe T",
    "fmax int8 float16 uint8 unsafe B",
    "fmin uint16 pycomplex bool unsafe ?",
    "fmin uint32 pybool complex128 equiv C",
    "fmin int64 uint64 complex128 unsafe D",
    "fmin uint8 int16 complex64 equiv C",
    "fmin int8 complex128 float16 unsafe e",
    "fmin pycomplex float32 float32 safe T",
    "fmin pyint pyfloat float32 unsafe f",
    "fmin bool complex64 float64 same_kind C",
    "fmin int32 float32 int32 equiv C",
    "fmin pycomplex pyint uint16 equiv T",
    "fmin float32 complex128 uint16 no C",
    "fmin uint32 float64 uint16 safe C",
    "fmin int16 pycomplex uint32 safe T",
    "fmin int16 float16 uint32 unsafe I",
    "fmin float16 pycomplex uint32 unsafe T",
    "fmin pycomplex complex128 uint64 safe T",
    "fmin pyint pycomplex uint64 unsafe T",
    "fmin complex128 complex128 uint64 unsafe Q",
    "greater int16 pybool - equiv C",
    "greater complex64 int64 - no C",
    "greater uint8 complex128 - no C",
    "greater complex64 float64 - no C",
    "greater complex64 uint8 - no C",
    "greater complex128 float64 - no C",
    "greater float16 float64 - safe ?",
    "greater complex64 int32 - unsafe ?",
    "greater float16 uint16 - unsafe ?",
    "greater float64 pycomplex - unsafe ?",
    "greater complex64 int32 bool safe ?",
    "greater int64 pyfloat bool unsafe ?",
    "greater int64 uint16 float64 safe T",
    "greater float16 float64 float64 same_kind T",
    "greater uint32 uint16 int16 unsafe T",
    "greater pyint float64 int64 same_kind T",
    "greater pyint float16 uint16 equiv T",
    "greater pyfloat uint8 uint64 equiv T",
    "greater_equal float16 pyint - equiv ?",
    "greater_equal complex128 bool - equiv C",
    "greater_equal uint16 pycomplex - equiv C",
    "greater_equal int16 pycomplex - no C",
    "greater_equal pyfloat uint32 - no C",
    "greater_equal int8 float16 - safe ?",
    "greater_equal int64 int8 - safe ?",
    "greater_equal uint8 uint8 - unsafe ?",
    "greater_equal float16 uint16 bool equiv C",
    "greater_equal float32 uint8 bool no C",
    "greater_equal complex64 int16 bool safe ?",
    "greater_equal pyfloat int64 bool unsafe ?",
    "greater_equal int8 uint64 complex128 same_kind T",
    "greater_equal int64 uint32 complex128 unsafe T",
    "greater_equal pycomplex int8 complex64 no T",
    "greater_equal float32 bool float16 safe T",
    "greater_equal float32 pycomplex int64 no T",
    "greater_equal uint32 pyint uint32 safe T",
    "invert uint32 - - safe I",
    "invert uint8 - bool equiv C",
    "invert float32 - complex128 unsafe T",
    "invert uint8 - float16 no T",
    "invert pyfloat - float16 no T",
    "invert int16 - float32 safe T",
    "invert bool - float32 same_kind T",
    "invert float64 - float64 no T",
    "invert pyfloat - int64 unsafe q",
    "invert int16 - int8 safe C",
    "invert float64 - uint16 safe C",
    "invert float16 - uint32 equiv C",
    "invert uint16 - uint64 no C",
    "invert pyint - uint64 safe Q",
    "invert uint64 - uint64 unsafe Q",
    "invert uint16 - uint8 no C",
    "invert uint32 - uint8 same_kind B",
    "invert pyfloat - uint8 unsafe B",
    "isfinite pyfloat - - equiv ?",
    "isfinite pybool - bool equiv ?",
    "isfinite float32 - bool equiv ?",
    "isfinite float32 - bool safe ?",
    "isfinite complex128 - bool safe ?",
    "isfinite float16 - bool unsafe ?",
    "isfinite uint32 - complex128 safe T",
    "isfinite uint16 - float16 same_kind T",
    "isfinite uint16 - float32 safe T",
    "isfinite pybool - float64 safe T",
    "isfinite int8 - int8 unsafe T",
    "isfinite pycomplex - uint64 unsafe T",
    "isinf int32 - - no ?",
    "isinf int64 - - unsafe ?",
    "isinf complex64 - - unsafe ?",
    "isinf bool - bool equiv ?",
    "isinf pybool - bool safe ?",
    "isinf uint32 - bool same_kind ?",
    "isinf uint8 - float32 equiv T",
    "isinf float64 - float32 equiv T",
    "isinf int8 - int16 same_kind T",
    "isinf complex64 - int64 equiv T",
    "isinf int8 - int8 no T",
    "isinf pyfloat - uint64 unsafe T",
    "isnan int32 - - no ?",
    "isnan pyint - - safe ?",
    "isnan complex128 - - unsafe ?",
    "isnan uint32 - bool equiv ?",
    "isnan float16 - bool no ?",
    "isnan int32 - bool unsafe ?",
    "isnan bool - complex128 safe T",
    "isnan int32 - complex64 same_kind T",
    "isnan bool - float16 no T",
    "isnan float32 - int64 same_kind T",
    "isnan uint32 - int64 same_kind T",
    "isnan float64 - uint64 same_kind T",
    "left_shift pyint float64 complex128 no T",
    "left_shift int16 uint64 complex64 unsafe T",
    "left_shift complex128 uint64 float16 no T",
    "left_shift bool float32 float64 no T",
    "left_shift pyint int64 float64 unsafe T",
    "left_shift uint32 float32 int32 safe C",
    "left_shift int16 bool int32 same_kind i",
    "left_shift float32 complex128 int32 unsafe i",
    "left_shift pyfloat complex128 int64 safe C",
    "left_shift int64 complex64 int64 same_kind C",
    "left_shift uint32 float32 uint16 equiv C",
    "left_shift float64 uint32 uint16 equiv C",
    "left_shift pycomplex pybool uint16 no T",
    "left_shift int8 uint32 uint16 unsafe H",
    "left_shift float64 int8 uint32 unsafe I",
    "left_shift int32 int64 uint8 no C",
    "left_shift pybool pybool uint8 same_kind B",
    "left_shift int16 uint64 uint8 unsafe B",
    "less bool float16 - equiv C",
    "less pyfloat complex64 - no ?",
    "less bool bool - no ?",
    "less float16 int64 - no C",
    "less complex128 bool - no C",
    "less int8 int32 - safe ?",
    "less pycomplex float32 - unsafe ?",
    "less bool uint8 bool no C",
    "less pyfloat uint8 bool no C",
    "less float64 complex128 bool no C",
    "less uint64 complex64 bool safe ?",
    "less float64 complex64 bool same_kind ?",
    "less float64 pybool complex128 same_kind T",
    "less int8 uint16 complex64 safe T",
    "less int64 uint32 float16 same_kind T",
    "less float64 pyfloat float16 same_kind T",
    "less pybool bool int32 safe T",
    "less bool int16 uint64 same_kind T",
    "less_equal pyint complex64 - equiv ?",
    "less_equal pyint pycomplex - equiv ?",
    "less_equal bool uint16 - equiv C",
    "less_equal pybool uint64 - equiv C",
    "less_equal bool complex128 - equiv C",
    "less_equal complex128 int32 - equiv C",
    "less_equal int32 bool - no C",
    "less_equal pyfloat float64 - safe ?",
    "less_equal uint16 int16 bool equiv C",
    "less_equal uint64 pybool bool same_kind ?",
    "less_equal uint16 uint16 bool same_kind ?",
    "less_equal complex128 uint8 bool unsafe ?",
    "less_equal bool uint32 float16 safe T",
    "less_equal complex128 int16 float32 unsafe T",
    "less_equal int8 complex128 int64 equiv T",
    "less_equal uint16 pycomplex int64 safe T",
    "less_equal pycomplex pyint int8 equiv T",
    "less_equal int64 int8 uint32 no T",
    "log complex128 - bool no T",
    "log float64 - complex128 equiv C",
    "log pycomplex - complex128 safe D",
    "log complex64 - complex64 equiv F",
    "log pybool - complex64 no C",
    "log pybool - complex64 unsafe F",
    "log uint32 - float16 no C",
    "log complex64 - float16 safe C",
    "log uint32 - float16 safe C",
    "log int64 - float16 same_kind e",
    "log complex64 - float32 safe C",
    "log uint64 - float32 same_kind f",
    "log float64 - float64 same_kind d",
    "log float32 - int16 no T",
    "log int32 - int32 safe T",
    "log pyfloat - uint32 equiv T",
    "log int32 - uint32 no T",
    "log pyfloat - uint8 same_kind T",
    "logical_and int16 float16 - equiv ?",
    "logical_and pycomplex pybool - no ?",
    "logical_and pycomplex int16 bool equiv ?",
    "logical_and uint64 uint32 bool no ?",
    "logical_and int8 pybool bool same_kind ?",
    "logical_and uint32 pybool bool same_kind ?",
    "logical_and uint64 pybool complex128 equiv T",
    "logical_and bool bool float32 same_kind T",
    "logical_and pyint uint8 float32 unsafe T",
    "logical_and int64 int64 float64 safe T",
    "logical_and pybool uint8 uint32 same_kind T",
    "logical_and float64 complex128 uint32 unsafe T",
    "logical_not float32 - - unsafe ?",
    "logical_not complex64 - bool equiv ?",
    "logical_not pyint - bool equiv ?",
    "logical_not uint16 - bool no ?",
    "logical_not bool - bool unsafe ?",
    "logical_not uint16 - bool unsafe ?",
    "logical_not int32 - complex128 no T",
    "logical_not complex64 - complex128 no T",
    "logical_not pyint - float64 safe T",
    "logical_not complex128 - int64 same_kind T",
    "logical_not bool - int8 same_kind T",
    "logical_not uint16 - uint64 same_kind T",
    "logical_or uint64 int64 - safe ?",
    "logical_or float64 uint8 - unsafe ?",
    "logical_or complex64 uint8 bool equiv ?",
    "logical_or uint64 int32 bool no ?",
    "logical_or float32 uint8 bool unsafe ?",
    "logical_or int64 float32 bool unsafe ?",
    "logical_or int16 int16 complex64 no T",
    "logical_or pycomplex uint8 complex64 no T",
    "logical_or int8 int64 float32 equiv T",
    "logical_or pyfloat pyfloat int16 no T",
    "logical_or int32 uint8 int8 no T",
    "logical_or float16 float16 uint32 no T",
    "logical_xor int64 complex128 - no ?",
    "logical_xor int64 int32 - no ?",
    "logical_xor float16 uint32 - safe ?",
    "logical_xor uint16 pycomplex - safe ?",
    "logical_xor int16 int32 bool no ?",
    "logical_xor int64 float16 bool safe ?",
    "logical_xor pybool pycomplex complex128 same_kind T",
    "logical_xor complex128 uint16 float32 same_kind T",
    "logical_xor uint8 bool float32 same_kind T",
    "logical_xor pyfloat float64 uint16 unsafe T",
    "logical_xor pycomplex complex128 uint64 same_kind T",
    "logical_xor float64 uint32 uint64 unsafe T",
    "maximum int16 int16 bool no C",
    "maximum float32 float32 bool same_kind C",
    "maximum complex128 float16 complex128 no C",
    "maximum int32 complex128 complex128 safe D",
    "maximum int32 pyint complex128 unsafe D",
    "maximum pycomplex uint32 float16 no T",
    "maximum complex128 pybool float16 unsafe e",
    "maximum bool uint64 float32 unsafe f",
    "maximum bool pycomplex float64 safe T",
    "maximum uint8 pybool int32 same_kind i",
    "maximum pyfloat float16 int32 unsafe i",
    "maximum complex64 int16 int64 equiv C",
    "maximum uint16 pycomplex int64 safe T",
    "maximum float16 int16 uint16 safe C",
    "maximum bool int64 uint16 same_kind C",
    "maximum complex64 pycomplex uint16 unsafe T",
    "maximum pycomplex pycomplex uint32 safe T",
    "maximum uint16 pycomplex uint32 unsafe T",
    "minimum pycomplex uint8 - equiv C",
    "minimum uint8 int16 float16 safe C",
    "minimum float16 pycomplex float16 safe T",
    "minimum float16 pyfloat float16 same_kind e",
    "minimum uint8 uint64 int16 same_kind h",
    "minimum pycomplex bool int8 equiv T",
    "minimum bool pycomplex int8 unsafe T",
    "minimum float32 pyint int8 unsafe b",
    "minimum pycomplex bool uint16 unsafe T",
    "minimum uint16 pycomplex uint32 no T",
    "minimum int32 int8 uint32 same_kind C",
    "minimum uint16 pybool uint64 safe Q",
    "minimum int8 float64 uint64 same_kind C",
    "minimum pycomplex complex64 uint64 same_kind T",
    "minimum int32 pybool uint64 same_kind C",
    "minimum uint16 int32 uint8 equiv C",
    "minimum int8 uint32 uint8 unsafe B",
    "minimum uint32 float64 uint8 unsafe B",
    "multiply float64 float32 bool safe C",
    "multiply float32 int64 complex128 safe D",
    "multiply int32 pybool complex64 no C",
    "multiply pycomplex pyfloat float32 equiv T",
    "multiply int16 int8 float32 safe f",
    "multiply pycomplex int64 int16 no T",
    "multiply pycomplex complex64 int16 no T",
    "multiply int32 pyfloat int32 no i",
    "multiply bool int64 int32 unsafe i",
    "multiply int64 pycomplex int32 unsafe T",
    "multiply complex64 pyint int64 same_kind C",
    "multiply float16 bool int64 unsafe q",
    "multiply pyfloat float32 int8 safe C",
    "multiply bool float32 int8 same_kind C",
    "multiply uint8 uint8 uint16 safe H",
    "multiply pyfloat bool uint32 equiv C",
    "multiply pycomplex uint64 uint64 no T",
    "multiply pyfloat pycomplex uint8 unsafe T",
    "negative uint16 - - no H",
    "negative pybool - bool equiv T",
    "negative int32 - bool equiv T",
    "negative uint8 - bool no T",
    "negative uint64 - bool unsafe T",
    "negative pybool - complex128 unsafe D",
    "negative int32 - float16 safe C",
    "negative float32 - float32 unsafe f",
    "negative uint8 - int16 equiv C",
    "negative pycomplex - int32 no T",
    "negative float64 - int32 safe C",
    "negative complex128 - int8 same_kind C",
    "negative uint16 - uint16 equiv H",
    "negative uint64 - uint64 equiv Q",
    "negative pycomplex - uint64 no T",
    "negative float32 - uint8 equiv C",
    "negative int8 - uint8 safe C",
    "negative pybool - uint8 same_kind B",
    "not_equal pyfloat pybool - equiv C",
    "not_equal complex128 uint16 - no C",
    "not_equal pybool pybool - no ?",
    "not_equal pycomplex int32 - no C",
    "not_equal int32 uint64 - no C",
    "not_equal int16 uint8 - safe ?",
    "not_equal uint64 uint64 - safe ?",
    "not_equal int8 float32 bool equiv C",
    "not_equal int64 uint8 bool no C",
    "not_equal float16 pyfloat bool safe ?",
    "not_equal int64 complex64 bool same_kind ?",
    "not_equal pyint int16 bool unsafe ?",
    "not_equal pyint uint16 complex128 safe T",
    "not_equal uint8 uint8 complex64 equiv T",
    "not_equal float64 bool complex64 no T",
    "not_equal int32 float32 int32 safe T",
    "not_equal float64 uint16 uint32 equiv T",
    "not_equal int64 bool uint8 equiv T",
    "positive pybool - - no T",
    "positive int8 - - no b",
    "positive bool - - safe T",
    "positive uint16 - bool equiv T",
    "positive pybool - bool no T",
    "positive complex128 - bool safe T",
    "positive uint16 - bool same_kind T",
    "positive uint64 - float16 equiv C",
    "positive pybool - float16 same_kind e",
    "positive pyfloat - int16 safe h",
    "positive uint16 - int16 same_kind h",
    "positive complex128 - int16 same_kind C",
    "positive pycomplex - int32 unsafe T",
    "positive int16 - int64 equiv C",
    "positive pycomplex - int64 safe T",
    "positive uint64 - int8 same_kind b",
    "positive complex128 - int8 unsafe b",
    "positive pycomplex - uint16 no T",
    "positive bool - uint32 equiv C",
    "positive int8 - uint32 equiv C",
    "positive float32 - uint32 safe C",
    "positive pycomplex - uint32 unsafe T",
    "positive pycomplex - uint64 same_kind T",
    "positive pycomplex - uint8 safe T",
    "power int8 int8 bool equiv T",
    "power complex128 pyint bool equiv T",
    "power complex64 uint8 bool safe T",
    "power uint64 uint8 complex128 same_kind D",
    "power int32 int16 complex64 unsafe F",
    "power uint8 pyfloat float16 no C",
    "power bool float16 float32 no C",
    "power pycomplex float16 float32 unsafe T",
    "power int64 pycomplex int16 equiv T",
    "power pyfloat pyint int16 no h",
    "power int8 pybool int32 same_kind i",
    "power pycomplex uint8 int64 equiv T",
    "power complex64 int8 int8 equiv C",
    "power uint32 bool uint32 equiv C",
    "power int8 float64 uint32 unsafe I",
    "power pyfloat int8 uint64 safe C",
    "power complex64 uint8 uint64 unsafe Q",
    "power pyint int64 uint8 safe C",
    "remainder pyint int16 - equiv h",
    "remainder int16 float16 - no C",
    "remainder int64 pycomplex - no T",
    "remainder int64 pybool complex128 no T",
    "remainder int32 pycomplex complex128 safe T",
    "remainder int64 int16 complex128 unsafe T",
    "remainder int16 pyfloat float64 safe d",
    "remainder uint8 bool int16 unsafe h",
    "remainder pyint float16 int32 safe C",
    "remainder pycomplex pycomplex int32 safe T",
    "remainder complex128 int8 int64 no C",
    "remainder pyfloat pyint int64 safe q",
    "remainder uint64 float32 int64 unsafe q",
    "remainder uint16 pyfloat int64 unsafe q",
    "remainder int32 complex128 uint16 same_kind C",
    "remainder pybool int16 uint32 equiv C",
    "remainder int64 int16 uint32 same_kind C",
    "remainder pycomplex int16 uint64 safe T",
    "right_shift int32 pybool - no C",
    "right_shift pyfloat complex128 bool equiv T",
    "right_shift complex64 int16 bool equiv T",
    "right_shift int16 float32 bool same_kind T",
    "right_shift pybool int32 bool unsafe T",
    "right_shift int8 pyfloat float16 no T",
    "right_shift complex64 uint16 float64 no T",
    "right_shift pyfloat pyfloat int16 no h",
    "right_shift pyint int16 int32 no C",
    "right_shift int8 bool int64 unsafe q",
    "right_shift uint64 pyint int8 same_kind b",
    "right_shift bool uint16 uint16 no C",
    "right_shift int8 pybool uint16 safe C",
    "right_shift pyfloat float16 uint32 no C",
    "right_shift uint16 pyfloat uint32 safe I",
    "right_shift pyfloat uint8 uint32 same_kind I",
    "right_shift float16 pyint uint64 no C",
    "right_shift float16 int16 uint8 unsafe B",
    "rint complex64 - complex128 equiv C",
    "rint float16 - complex128 safe D",
    "rint uint64 - complex128 safe D",
    "rint complex64 - complex128 same_kind D",
    "rint bool - complex64 equiv C",
    "rint uint8 - complex64 equiv C",
    "rint pycomplex - complex64 equiv F",
    "rint complex64 - complex64 same_kind F",
    "rint float16 - float16 no e",
    "rint float64 - float16 no C",
    "rint float64 - float32 no C",
    "rint complex64 - float32 no C",
    "rint int64 - int16 same_kind T",
    "rint uint64 - int32 equiv T",
    "rint uint16 - int32 equiv T",
    "rint complex64 - int8 no T",
    "rint pyint - int8 same_kind T",
    "rint pybool - uint8 no T",
    "sign bool - - unsafe T",
    "sign pyint - bool equiv T",
    "sign pycomplex - bool equiv T",
    "sign uint8 - bool equiv T",
    "sign pyint - bool no T",
    "sign pybool - bool same_kind T",
    "sign pybool - complex64 no C",
    "sign int32 - complex64 same_kind F",
    "sign complex64 - float16 equiv C",
    "sign complex64 - float16 safe C",
    "sign uint8 - float16 unsafe e",
    "sign pycomplex - float16 unsafe T",
    "sign pycomplex - float32 same_kind T",
    "sign pycomplex - int32 no T",
    "sign pycomplex - int32 same_kind T",
    "sign int64 - int64 equiv q",
    "sign pycomplex - int8 equiv T",
    "sign pycomplex - int8 same_kind T",
    "sign float32 - int8 unsafe b",
    "sign float16 - int8 unsafe b",
    "sign complex64 - uint16 equiv C",
    "sign int32 - uint16 equiv C",
    "sign uint64 - uint64 safe Q",
    "sign pybool - uint8 equiv C",
    "sqrt bool - - no C",
    "sqrt int8 - - no C",
    "sqrt int64 - bool equiv T",
    "sqrt uint16 - complex128 same_kind D",
    "sqrt pycomplex - complex64 no F",
    "sqrt float64 - complex64 no C",
    "sqrt int64 - complex64 no C",
    "sqrt bool - complex64 same_kind F",
    "sqrt int32 - float16 safe C",
    "sqrt uint16 - float16 same_kind e",
    "sqrt complex128 - float16 same_kind C",
    "sqrt int64 - float32 unsafe f",
    "sqrt uint64 - float64 same_kind d",
    "sqrt uint32 - int64 safe T",
    "sqrt complex64 - uint32 safe T",
    "sqrt float64 - uint64 no T",
    "sqrt int64 - uint8 equiv T",
    "sqrt uint8 - uint8 same_kind T",
    "square int8 - bool no T",
    "square float64 - bool no T",
    "square pycomplex - bool safe T",
    "square uint64 - bool safe T",
    "square pyfloat - bool same_kind T",
    "square complex128 - complex64 no C",
    "square int16 - complex64 safe F",
    "square bool - float16 equiv C",
    "square float32 - float32 equiv f",
    "square complex128 - float32 no C",
    "square int16 - int32 no C",
    "square pycomplex - int32 no T",
    "square pyint - int32 safe i",
    "square int16 - int64 safe q",
    "square int64 - uint64 no C",
    "square bool - uint64 safe Q",
    "square float16 - uint8 safe C",
    "square float16 - uint8 unsafe B",
    "subtract uint8 pybool bool equiv T",
    "subtract complex64 uint16 bool no T",
    "subtract float16 pycomplex complex128 no C",
    "subtract pyfloat pyfloat complex64 equiv F",
    "subtract int32 uint8 float16 same_kind e",
    "subtract pycomplex int64 float32 safe T",
    "subtract uint32 pycomplex int16 equiv T",
    "subtract complex128 float32 int16 safe C",
    "subtract uint16 pyfloat int16 unsafe h",
    "subtract pycomplex uint16 int64 same_kind T",
    "subtract float16 uint64 int64 same_kind C",
    "subtract uint8 complex128 uint16 unsafe H",
    "subtract complex128 pyfloat uint64 safe C",
    "subtract int16 pyfloat uint64 safe C",
    "subtract int8 float64 uint8 no C",
    "subtract uint32 uint16 uint8 same_kind B",
    "subtract pycomplex complex128 uint8 same_kind T",
    "subtract float16 bool uint8 unsafe B",
    "true_divide bool float64 - equiv C",
    "true_divide int32 int16 complex128 no C",
    "true_divide float32 uint64 complex128 same_kind D",
    "true_divide float16 pybool complex128 unsafe D",
    "true_divide complex64 float32 complex64 safe F",
    "true_divide uint8 bool complex64 unsafe F",
    "true_divide uint32 float32 float16 equiv C",
    "true_divide complex64 float64 float16 equiv C",
    "true_divide int64 pyint float16 equiv C",
    "true_divide bool pybool float16 unsafe e",
    "true_divide int64 float16 float16 unsafe e",
    "true_divide uint8 int16 float64 equiv C",
    "true_divide complex64 pycomplex int32 no T",
    "true_divide int16 uint16 int64 no T",
    "true_divide int8 int32 int8 unsafe T",
    "true_divide pyfloat bool int8 unsafe T",
    "true_divide uint32 uint16 uint16 no T",
    "true_divide int64 bool uint32 safe T",
    "trunc float64 - - equiv d",
    "trunc int16 - - safe f",
    "trunc pycomplex - bool no T",
    "trunc uint64 - float16 equiv C",
    "trunc int64 - float16 equiv C",
    "trunc pybool - float16 equiv C",
    "trunc uint32 - float16 same_kind e",
    "trunc complex128 - float16 unsafe e",
    "trunc int32 - float32 equiv C",
    "trunc uint64 - float32 no C",
    "trunc int16 - float32 safe f",
    "trunc int16 - float64 no C",
    "trunc float16 - float64 unsafe d",
    "trunc int8 - int32 no T",
    "trunc complex64 - int32 safe T",
    "trunc uint32 - uint16 no T",
    "trunc int8 - uint16 unsafe T",
    "trunc complex64 - uint32 no T",
};
/* clang-format on */

/* ------------------------------------------------------------ loop selection */

#define NRESOLUTION_ROWS (sizeof resolution_rows / sizeof resolution_rows[0])

/* Checks resolution_rows[index]: the loop of row->op for every operand
 * (pair). */
static void check_resolution_row(const struct resolution_row *row, size_t index) {
  char where[64];
  snprintf(where, sizeof where, "resolution_rows[%zu] (%s)", index, ndp_op_name(row->op));
  bool binary = ndp_op_class(row->op) == NDP_OPC_BINARY;
  cr_assert_eq(strlen(row->codes), (size_t)(binary ? NOPERANDS * NOPERANDS : NOPERANDS),
               "%s: %zu codes", where, strlen(row->codes));
  struct operand_set s;
  operands_init(&s);
  for (int a = 0; a < NOPERANDS; a++) {
    for (int b = 0; b < (binary ? NOPERANDS : 1); b++) {
      char want = row->codes[binary ? a * NOPERANDS + b : a];
      char got = run_code(&s, row->op, a, binary ? b : -1, false, NDP_BOOL, false,
                          NDP_CAST_SAME_KIND, where);
      cr_expect_eq(got, want, "%s: %s(%s%s%s): got '%c', NumPy gives '%c'", where,
                   ndp_op_name(row->op), operand_names[a], binary ? ", " : "",
                   binary ? operand_names[b] : "", got, want);
    }
  }
  operands_fini(&s);
}

/* Whole tables are single tests: Criterion runs each test in its own
 * process, which Valgrind makes slow. */
Test(ufunc, should_pick_numpys_loop_for_every_operand_pair) {
  for (size_t i = 0; i < NRESOLUTION_ROWS; i++) check_resolution_row(&resolution_rows[i], i);
}

#define NDTYPE_ARG_CASES (sizeof dtype_arg_cases / sizeof dtype_arg_cases[0])

/* The ufuncs (enum ndp_op values of binary and unary ufuncs) into out;
 * returns their number. Each must have entries in the tables below. */
static int ufunc_ops(int *out) {
  int n = 0;
  for (int op = 0; op < NDP_OP_COUNT; op++) {
    enum ndp_op_class k = ndp_op_class((enum ndp_op)op);
    if (k == NDP_OPC_BINARY || k == NDP_OPC_UNARY) out[n++] = op;
  }
  return n;
}

/* Checks dtype_arg_cases[index] (text) with the operands of s and returns
 * its operation; an entry whose operation is not a ufunc is not run. */
static enum ndp_op check_dtype_arg_case(const char *text, size_t index, struct operand_set *s) {
  char where[96];
  snprintf(where, sizeof where, "dtype_arg_cases[%zu] \"%s\"", index, text);
  char name[32], a[16], b[16], d[16], c[16], want;
  cr_assert_eq(sscanf(text, "%31s %15s %15s %15s %15s %c", name, a, b, d, c, &want), 6,
               "%s: not 6 fields", where);
  enum ndp_op op;
  cr_assert(ndp_op_parse(name, &op), "%s", where);
  enum ndp_op_class k = ndp_op_class(op);
  if (k != NDP_OPC_BINARY && k != NDP_OPC_UNARY) return op;
  enum ndp_casting casting;
  enum ndp_dtype dtype = NDP_BOOL;
  bool swapped;
  cr_assert(ndp_casting_parse(c, &casting), "%s: bad casting %s", where, c);
  bool has_dtype = strcmp(d, "-") != 0;
  if (has_dtype) cr_assert(ndp_dtype_parse(d, &dtype, &swapped), "%s: bad dtype %s", where, d);
  char got =
      run_code(s, op, operand_index(a, where), strcmp(b, "-") == 0 ? -1 : operand_index(b, where),
               has_dtype, dtype, true, casting, where);
  cr_expect_eq(got, want, "%s: got '%c'", where, got);
  return op;
}

Test(ufunc, should_apply_dtype_and_casting_like_numpy) {
  struct operand_set s;
  operands_init(&s);
  int tested[NDP_OP_COUNT] = {0};
  for (size_t i = 0; i < NDTYPE_ARG_CASES; i++)
    tested[check_dtype_arg_case(dtype_arg_cases[i], i, &s)]++;
  operands_fini(&s);
  int ops[NDP_OP_COUNT];
  int n = ufunc_ops(ops);
  for (int k = 0; k < n; k++)
    cr_assert_gt(tested[ops[k]], 0, "no entries for %s", ndp_op_name((enum ndp_op)ops[k]));
}

/* ------------------------------------------------------------ values */

struct value_case {
  const char *title;
  bool approx; /* transcendental: compare with the case format's default tolerance */
  const char *json;
};

/* Cases whose expectations were printed by NumPy 1.24.2
 * (NPY_PROMOTION_STATE=weak); 460 cases. */
/* clang-format off */
static const struct value_case value_cases[] = {
    {"add int8", false,
     "{'ndparity':1,'name':'add int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'add','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[-125,-9,0,0,0,12,-122]}}}"},
    {"add uint8 with int16", false,
     "{'ndparity':1,'name':'add uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'add','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[5],'view':false,'data':[3,1,9,199,264]}}}"},
    {"add float64", false,
     "{'ndparity':1,'name':'add float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'add','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[7],'view':false,'data':[-0.5,3.0,-3.0,1.5,'inf','nan','nan']}}}"},
    {"add float16", false,
     "{'ndparity':1,'name':'add float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'add','args':['a','b']}],'expect':{'r':{'dtype':'float16','shape':[5],'view':false,'data':[3.099609375,2048.0,-1.5,65504.0,0.5]}}}"},
    {"add float32", false,
     "{'ndparity':1,'name':'add float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'add','args':['a','b']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[3.0999999046325684,1.0000000150474662e+30,-1.5,7.0]}}}"},
    {"add complex128", false,
     "{'ndparity':1,'name':'add complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'add','args':['a','b']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[-1.0,1.5],['nan',3.0],['inf',1.0],['inf',1.0],['nan',3.0],[-1.0,1.5]]}}}"},
    {"add complex64", false,
     "{'ndparity':1,'name':'add complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'add','args':['a','b']}],'expect':{'r':{'dtype':'complex64','shape':[3],'view':false,'data':[[3.0,2.0],[0.0,4.0],[1.0,-1.0]]}}}"},
    {"add bool", false,
     "{'ndparity':1,'name':'add bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'add','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,true,true,false]}}}"},
    {"subtract int8", false,
     "{'ndparity':1,'name':'subtract int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'subtract','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[125,-5,-2,0,2,2,120]}}}"},
    {"subtract uint8 with int16", false,
     "{'ndparity':1,'name':'subtract uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'subtract','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[5],'view':false,'data':[-3,1,5,201,246]}}}"},
    {"subtract float64", false,
     "{'ndparity':1,'name':'subtract float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'subtract','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[7],'view':false,'data':[-4.5,-3.0,3.0,1.5,'inf','nan','nan']}}}"},
    {"subtract float16", false,
     "{'ndparity':1,'name':'subtract float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'subtract','args':['a','b']}],'expect':{'r':{'dtype':'float16','shape':[5],'view':false,'data':[-2.900390625,2047.0,-5.5,65504.0,-0.5]}}}"},
    {"subtract float32", false,
     "{'ndparity':1,'name':'subtract float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'subtract','args':['a','b']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[-2.9000000953674316,1.0000000150474662e+30,-5.5,7.5]}}}"},
    {"subtract complex128", false,
     "{'ndparity':1,'name':'subtract complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'subtract','args':['a','b']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[3.0,2.5],['nan',3.0],['-inf',-1.0],['inf',1.0],['nan',-3.0],[-3.0,-2.5]]}}}"},
    {"subtract complex64", false,
     "{'ndparity':1,'name':'subtract complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'subtract','args':['a','b']}],'expect':{'r':{'dtype':'complex64','shape':[3],'view':false,'data':[[-1.0,2.0],['-0.0',2.0],[-1.0,1.0]]}}}"},
    {"subtract bool", false,
     "{'ndparity':1,'name':'subtract bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'subtract','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"multiply int8", false,
     "{'ndparity':1,'name':'multiply int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'multiply','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[-128,14,-1,0,-1,35,121]}}}"},
    {"multiply uint8 with int16", false,
     "{'ndparity':1,'name':'multiply uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'multiply','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[5],'view':false,'data':[0,0,14,-200,2295]}}}"},
    {"multiply float64", false,
     "{'ndparity':1,'name':'multiply float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'multiply','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[7],'view':false,'data':[-5.0,'-0.0','-0.0',0.0,'inf','nan','nan']}}}"},
    {"multiply float16", false,
     "{'ndparity':1,'name':'multiply float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'multiply','args':['a','b']}],'expect':{'r':{'dtype':'float16','shape':[5],'view':false,'data':[0.2998046875,2048.0,-7.0,'inf','-0.0']}}}"},
    {"multiply float32", false,
     "{'ndparity':1,'name':'multiply float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'multiply','args':['a','b']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[0.30000001192092896,'inf',-7.0,-1.8125]}}}"},
    {"multiply complex128", false,
     "{'ndparity':1,'name':'multiply complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'multiply','args':['a','b']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[-1.0,-4.5],['nan','nan'],['nan','nan'],['nan','nan'],['nan','nan'],[-1.0,-4.5]]}}}"},
    {"multiply complex64", false,
     "{'ndparity':1,'name':'multiply complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'multiply','args':['a','b']}],'expect':{'r':{'dtype':'complex64','shape':[3],'view':false,'data':[[2.0,4.0],[-3.0,0.0],[0.0,0.0]]}}}"},
    {"multiply bool", false,
     "{'ndparity':1,'name':'multiply bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'multiply','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,false,false,false]}}}"},
    {"true_divide int8", false,
     "{'ndparity':1,'name':'true_divide int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'true_divide','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[7],'view':false,'data':[-42.666666666666664,3.5,-1.0,'nan',-1.0,1.4,18.142857142857142]}}}"},
    {"true_divide uint8 with int16", false,
     "{'ndparity':1,'name':'true_divide uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'true_divide','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[5],'view':false,'data':[0.0,'inf',3.5,-200.0,28.333333333333332]}}}"},
    {"true_divide float64", false,
     "{'ndparity':1,'name':'true_divide float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'true_divide','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[7],'view':false,'data':[-1.25,'-0.0','-0.0','inf','inf','nan','nan']}}}"},
    {"true_divide float16", false,
     "{'ndparity':1,'name':'true_divide float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'true_divide','args':['a','b']}],'expect':{'r':{'dtype':'float16','shape':[5],'view':false,'data':[0.0333251953125,2048.0,-1.75,32752.0,'-0.0']}}}"},
    {"true_divide float32", false,
     "{'ndparity':1,'name':'true_divide float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'true_divide','args':['a','b']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[0.03333333507180214,1.0000000200408773e+20,-1.75,-29.0]}}}"},
    {"true_divide complex128", false,
     "{'ndparity':1,'name':'true_divide complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'true_divide','args':['a','b']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[-0.7058823529411764,-0.8235294117647058],['nan','nan'],[0.0,0.0],['inf','inf'],['nan','nan'],[-0.6000000000000001,0.7000000000000001]]}}}"},
    {"true_divide complex64", false,
     "{'ndparity':1,'name':'true_divide complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'true_divide','args':['a','b']}],'expect':{'r':{'dtype':'complex64','shape':[3],'view':false,'data':[[0.5,1.0],[3.0,0.0],[0.0,0.0]]}}}"},
    {"true_divide bool", false,
     "{'ndparity':1,'name':'true_divide bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'true_divide','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[4],'view':false,'data':[1.0,'inf',0.0,'nan']}}}"},
    {"floor_divide int8", false,
     "{'ndparity':1,'name':'floor_divide int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'floor_divide','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[-43,3,-1,0,-1,1,18]}}}"},
    {"floor_divide uint8 with int16", false,
     "{'ndparity':1,'name':'floor_divide uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'floor_divide','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[5],'view':false,'data':[0,0,3,-200,28]}}}"},
    {"floor_divide float64", false,
     "{'ndparity':1,'name':'floor_divide float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'floor_divide','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[7],'view':false,'data':[-2.0,'-0.0','-0.0','inf','nan','nan','nan']}}}"},
    {"floor_divide float16", false,
     "{'ndparity':1,'name':'floor_divide float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'floor_divide','args':['a','b']}],'expect':{'r':{'dtype':'float16','shape':[5],'view':false,'data':[0.0,2048.0,-2.0,32752.0,'-0.0']}}}"},
    {"floor_divide float32", false,
     "{'ndparity':1,'name':'floor_divide float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'floor_divide','args':['a','b']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[0.0,1.0000000200408773e+20,-2.0,-29.0]}}}"},
    {"floor_divide complex128", false,
     "{'ndparity':1,'name':'floor_divide complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'floor_divide','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"floor_divide complex64", false,
     "{'ndparity':1,'name':'floor_divide complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'floor_divide','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"floor_divide bool", false,
     "{'ndparity':1,'name':'floor_divide bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'floor_divide','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[4],'view':false,'data':[1,0,0,0]}}}"},
    {"remainder int8", false,
     "{'ndparity':1,'name':'remainder int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'remainder','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[1,-1,0,0,0,2,1]}}}"},
    {"remainder uint8 with int16", false,
     "{'ndparity':1,'name':'remainder uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'remainder','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[5],'view':false,'data':[0,0,1,0,3]}}}"},
    {"remainder float64", false,
     "{'ndparity':1,'name':'remainder float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'remainder','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[7],'view':false,'data':[1.5,0.0,'-0.0','nan','nan','nan','nan']}}}"},
    {"remainder float16", false,
     "{'ndparity':1,'name':'remainder float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'remainder','args':['a','b']}],'expect':{'r':{'dtype':'float16','shape':[5],'view':false,'data':[0.0999755859375,0.0,0.5,0.0,0.0]}}}"},
    {"remainder float32", false,
     "{'ndparity':1,'name':'remainder float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'remainder','args':['a','b']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[0.10000000149011612,6688855040.0,0.5,'-0.0']}}}"},
    {"remainder complex128", false,
     "{'ndparity':1,'name':'remainder complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'remainder','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"remainder complex64", false,
     "{'ndparity':1,'name':'remainder complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'remainder','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"remainder bool", false,
     "{'ndparity':1,'name':'remainder bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'remainder','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[4],'view':false,'data':[0,0,0,0]}}}"},
    {"power int8", false,
     "{'ndparity':1,'name':'power int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'power','args':['a','b']}],'expect':{'r':{'error':'value'}}}"},
    {"power uint8 with int16", false,
     "{'ndparity':1,'name':'power uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'power','args':['a','b']}],'expect':{'r':{'error':'value'}}}"},
    {"power float64", true,
     "{'ndparity':1,'name':'power float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'power','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[7],'view':false,'data':[6.25,'-0.0','inf',1.0,'inf','nan','nan']}}}"},
    {"power float16", true,
     "{'ndparity':1,'name':'power float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'power','args':['a','b']}],'expect':{'r':{'dtype':'float16','shape':[5],'view':false,'data':[0.00099945068359375,2048.0,12.25,'inf',0.0]}}}"},
    {"power float32", true,
     "{'ndparity':1,'name':'power float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'power','args':['a','b']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[0.0010000000474974513,'inf',12.25,0.6094182729721069]}}}"},
    {"power complex128", true,
     "{'ndparity':1,'name':'power complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'power','args':['a','b']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[-0.301050372203486,-0.1743485864476327],['nan','nan'],['nan','nan'],[1.0,0.0],['nan','nan'],[81.7049254472099,-671.3809523365908]]}}}"},
    {"power complex64", true,
     "{'ndparity':1,'name':'power complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'power','args':['a','b']}],'expect':{'r':{'dtype':'complex64','shape':[3],'view':false,'data':[[-3.0,4.0],[0.09455036371946335,0.18513278663158417],['nan','nan']]}}}"},
    {"power bool", false,
     "{'ndparity':1,'name':'power bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'power','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[4],'view':false,'data':[1,1,0,1]}}}"},
    {"maximum int8", false,
     "{'ndparity':1,'name':'maximum int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'maximum','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[3,-2,1,0,1,7,127]}}}"},
    {"maximum uint8 with int16", false,
     "{'ndparity':1,'name':'maximum uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'maximum','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[5],'view':false,'data':[3,1,7,200,255]}}}"},
    {"maximum float64", false,
     "{'ndparity':1,'name':'maximum float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'maximum','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[7],'view':false,'data':[2.0,3.0,0.0,1.5,'inf','nan','nan']}}}"},
    {"maximum float16", false,
     "{'ndparity':1,'name':'maximum float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'maximum','args':['a','b']}],'expect':{'r':{'dtype':'float16','shape':[5],'view':false,'data':[3.0,2048.0,2.0,65504.0,0.5]}}}"},
    {"maximum float32", false,
     "{'ndparity':1,'name':'maximum float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'maximum','args':['a','b']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[3.0,1.0000000150474662e+30,2.0,7.25]}}}"},
    {"maximum complex128", false,
     "{'ndparity':1,'name':'maximum complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'maximum','args':['a','b']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[1.0,2.0],['nan',0.0],['inf',1.0],['inf',1.0],['nan',0.0],[1.0,2.0]]}}}"},
    {"maximum complex64", false,
     "{'ndparity':1,'name':'maximum complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'maximum','args':['a','b']}],'expect':{'r':{'dtype':'complex64','shape':[3],'view':false,'data':[[2.0,0.0],['-0.0',3.0],[1.0,-1.0]]}}}"},
    {"maximum bool", false,
     "{'ndparity':1,'name':'maximum bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'maximum','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,true,true,false]}}}"},
    {"minimum int8", false,
     "{'ndparity':1,'name':'minimum int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'minimum','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[-128,-7,-1,0,-1,5,7]}}}"},
    {"minimum uint8 with int16", false,
     "{'ndparity':1,'name':'minimum uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'minimum','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[5],'view':false,'data':[0,0,2,-1,9]}}}"},
    {"minimum float64", false,
     "{'ndparity':1,'name':'minimum float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'minimum','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[7],'view':false,'data':[-2.5,'-0.0',-3.0,0.0,2.0,'nan','nan']}}}"},
    {"minimum float16", false,
     "{'ndparity':1,'name':'minimum float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'minimum','args':['a','b']}],'expect':{'r':{'dtype':'float16','shape':[5],'view':false,'data':[0.0999755859375,1.0,-3.5,2.0,'-0.0']}}}"},
    {"minimum float32", false,
     "{'ndparity':1,'name':'minimum float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'minimum','args':['a','b']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[0.10000000149011612,10000000000.0,-3.5,-0.25]}}}"},
    {"minimum complex128", false,
     "{'ndparity':1,'name':'minimum complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'minimum','args':['a','b']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[-2.0,-0.5],['nan',0.0],[0.0,0.0],[0.0,0.0],['nan',0.0],[-2.0,-0.5]]}}}"},
    {"minimum complex64", false,
     "{'ndparity':1,'name':'minimum complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'minimum','args':['a','b']}],'expect':{'r':{'dtype':'complex64','shape':[3],'view':false,'data':[[1.0,2.0],[0.0,1.0],[0.0,0.0]]}}}"},
    {"minimum bool", false,
     "{'ndparity':1,'name':'minimum bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'minimum','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,false,false,false]}}}"},
    {"fmax int8", false,
     "{'ndparity':1,'name':'fmax int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'fmax','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[3,-2,1,0,1,7,127]}}}"},
    {"fmax uint8 with int16", false,
     "{'ndparity':1,'name':'fmax uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'fmax','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[5],'view':false,'data':[3,1,7,200,255]}}}"},
    {"fmax float64", false,
     "{'ndparity':1,'name':'fmax float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'fmax','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[7],'view':false,'data':[2.0,3.0,0.0,1.5,'inf','-inf',1.0]}}}"},
    {"fmax float16", false,
     "{'ndparity':1,'name':'fmax float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'fmax','args':['a','b']}],'expect':{'r':{'dtype':'float16','shape':[5],'view':false,'data':[3.0,2048.0,2.0,65504.0,0.5]}}}"},
    {"fmax float32", false,
     "{'ndparity':1,'name':'fmax float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'fmax','args':['a','b']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[3.0,1.0000000150474662e+30,2.0,7.25]}}}"},
    {"fmax complex128", false,
     "{'ndparity':1,'name':'fmax complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'fmax','args':['a','b']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[1.0,2.0],['-0.0',3.0],['inf',1.0],['inf',1.0],['-0.0',3.0],[1.0,2.0]]}}}"},
    {"fmax complex64", false,
     "{'ndparity':1,'name':'fmax complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'fmax','args':['a','b']}],'expect':{'r':{'dtype':'complex64','shape':[3],'view':false,'data':[[2.0,0.0],['-0.0',3.0],[1.0,-1.0]]}}}"},
    {"fmax bool", false,
     "{'ndparity':1,'name':'fmax bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'fmax','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,true,true,false]}}}"},
    {"fmin int8", false,
     "{'ndparity':1,'name':'fmin int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'fmin','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[-128,-7,-1,0,-1,5,7]}}}"},
    {"fmin uint8 with int16", false,
     "{'ndparity':1,'name':'fmin uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'fmin','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[5],'view':false,'data':[0,0,2,-1,9]}}}"},
    {"fmin float64", false,
     "{'ndparity':1,'name':'fmin float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'fmin','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[7],'view':false,'data':[-2.5,'-0.0',-3.0,0.0,2.0,'-inf',1.0]}}}"},
    {"fmin float16", false,
     "{'ndparity':1,'name':'fmin float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'fmin','args':['a','b']}],'expect':{'r':{'dtype':'float16','shape':[5],'view':false,'data':[0.0999755859375,1.0,-3.5,2.0,'-0.0']}}}"},
    {"fmin float32", false,
     "{'ndparity':1,'name':'fmin float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'fmin','args':['a','b']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[0.10000000149011612,10000000000.0,-3.5,-0.25]}}}"},
    {"fmin complex128", false,
     "{'ndparity':1,'name':'fmin complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'fmin','args':['a','b']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[-2.0,-0.5],['-0.0',3.0],[0.0,0.0],[0.0,0.0],['-0.0',3.0],[-2.0,-0.5]]}}}"},
    {"fmin complex64", false,
     "{'ndparity':1,'name':'fmin complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'fmin','args':['a','b']}],'expect':{'r':{'dtype':'complex64','shape':[3],'view':false,'data':[[1.0,2.0],[0.0,1.0],[0.0,0.0]]}}}"},
    {"fmin bool", false,
     "{'ndparity':1,'name':'fmin bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'fmin','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,false,false,false]}}}"},
    {"equal int8", false,
     "{'ndparity':1,'name':'equal int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[false,false,false,true,false,false,false]}}}"},
    {"equal uint8 with int16", false,
     "{'ndparity':1,'name':'equal uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[false,false,false,false,false]}}}"},
    {"equal float64", false,
     "{'ndparity':1,'name':'equal float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[false,false,false,false,false,false,false]}}}"},
    {"equal float16", false,
     "{'ndparity':1,'name':'equal float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[false,false,false,false,false]}}}"},
    {"equal float32", false,
     "{'ndparity':1,'name':'equal float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[false,false,false,false]}}}"},
    {"equal complex128", false,
     "{'ndparity':1,'name':'equal complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[false,false,false,false,false,false]}}}"},
    {"equal complex64", false,
     "{'ndparity':1,'name':'equal complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[false,false,false]}}}"},
    {"equal bool", false,
     "{'ndparity':1,'name':'equal bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,false,false,true]}}}"},
    {"not_equal int8", false,
     "{'ndparity':1,'name':'not_equal int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'not_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[true,true,true,false,true,true,true]}}}"},
    {"not_equal uint8 with int16", false,
     "{'ndparity':1,'name':'not_equal uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'not_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[true,true,true,true,true]}}}"},
    {"not_equal float64", false,
     "{'ndparity':1,'name':'not_equal float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'not_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[true,true,true,true,true,true,true]}}}"},
    {"not_equal float16", false,
     "{'ndparity':1,'name':'not_equal float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'not_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[true,true,true,true,true]}}}"},
    {"not_equal float32", false,
     "{'ndparity':1,'name':'not_equal float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'not_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,true,true,true]}}}"},
    {"not_equal complex128", false,
     "{'ndparity':1,'name':'not_equal complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'not_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[true,true,true,true,true,true]}}}"},
    {"not_equal complex64", false,
     "{'ndparity':1,'name':'not_equal complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'not_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[true,true,true]}}}"},
    {"not_equal bool", false,
     "{'ndparity':1,'name':'not_equal bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'not_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[false,true,true,false]}}}"},
    {"less int8", false,
     "{'ndparity':1,'name':'less int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'less','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[true,true,true,false,false,false,false]}}}"},
    {"less uint8 with int16", false,
     "{'ndparity':1,'name':'less uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'less','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[true,false,false,false,false]}}}"},
    {"less float64", false,
     "{'ndparity':1,'name':'less float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'less','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[true,true,false,false,false,false,false]}}}"},
    {"less float16", false,
     "{'ndparity':1,'name':'less float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'less','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[true,false,true,false,true]}}}"},
    {"less float32", false,
     "{'ndparity':1,'name':'less float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'less','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,false,true,false]}}}"},
    {"less complex128", false,
     "{'ndparity':1,'name':'less complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'less','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[false,false,true,false,false,true]}}}"},
    {"less complex64", false,
     "{'ndparity':1,'name':'less complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'less','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[true,false,true]}}}"},
    {"less bool", false,
     "{'ndparity':1,'name':'less bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'less','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[false,false,true,false]}}}"},
    {"less_equal int8", false,
     "{'ndparity':1,'name':'less_equal int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'less_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[true,true,true,true,false,false,false]}}}"},
    {"less_equal uint8 with int16", false,
     "{'ndparity':1,'name':'less_equal uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'less_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[true,false,false,false,false]}}}"},
    {"less_equal float64", false,
     "{'ndparity':1,'name':'less_equal float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'less_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[true,true,false,false,false,false,false]}}}"},
    {"less_equal float16", false,
     "{'ndparity':1,'name':'less_equal float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'less_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[true,false,true,false,true]}}}"},
    {"less_equal float32", false,
     "{'ndparity':1,'name':'less_equal float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'less_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,false,true,false]}}}"},
    {"less_equal complex128", false,
     "{'ndparity':1,'name':'less_equal complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'less_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[false,false,true,false,false,true]}}}"},
    {"less_equal complex64", false,
     "{'ndparity':1,'name':'less_equal complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'less_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[true,false,true]}}}"},
    {"less_equal bool", false,
     "{'ndparity':1,'name':'less_equal bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'less_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,false,true,true]}}}"},
    {"greater int8", false,
     "{'ndparity':1,'name':'greater int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'greater','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[false,false,false,false,true,true,true]}}}"},
    {"greater uint8 with int16", false,
     "{'ndparity':1,'name':'greater uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'greater','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[false,true,true,true,true]}}}"},
    {"greater float64", false,
     "{'ndparity':1,'name':'greater float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'greater','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[false,false,true,true,true,false,false]}}}"},
    {"greater float16", false,
     "{'ndparity':1,'name':'greater float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'greater','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[false,true,false,true,false]}}}"},
    {"greater float32", false,
     "{'ndparity':1,'name':'greater float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'greater','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[false,true,false,true]}}}"},
    {"greater complex128", false,
     "{'ndparity':1,'name':'greater complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'greater','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[true,false,false,true,false,false]}}}"},
    {"greater complex64", false,
     "{'ndparity':1,'name':'greater complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'greater','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[false,true,false]}}}"},
    {"greater bool", false,
     "{'ndparity':1,'name':'greater bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'greater','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[false,true,false,false]}}}"},
    {"greater_equal int8", false,
     "{'ndparity':1,'name':'greater_equal int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'greater_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[false,false,false,true,true,true,true]}}}"},
    {"greater_equal uint8 with int16", false,
     "{'ndparity':1,'name':'greater_equal uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'greater_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[false,true,true,true,true]}}}"},
    {"greater_equal float64", false,
     "{'ndparity':1,'name':'greater_equal float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'greater_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[false,false,true,true,true,false,false]}}}"},
    {"greater_equal float16", false,
     "{'ndparity':1,'name':'greater_equal float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'greater_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[false,true,false,true,false]}}}"},
    {"greater_equal float32", false,
     "{'ndparity':1,'name':'greater_equal float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'greater_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[false,true,false,true]}}}"},
    {"greater_equal complex128", false,
     "{'ndparity':1,'name':'greater_equal complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'greater_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[true,false,false,true,false,false]}}}"},
    {"greater_equal complex64", false,
     "{'ndparity':1,'name':'greater_equal complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'greater_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[false,true,false]}}}"},
    {"greater_equal bool", false,
     "{'ndparity':1,'name':'greater_equal bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'greater_equal','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,true,false,true]}}}"},
    {"logical_and int8", false,
     "{'ndparity':1,'name':'logical_and int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'logical_and','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[true,true,true,false,true,true,true]}}}"},
    {"logical_and uint8 with int16", false,
     "{'ndparity':1,'name':'logical_and uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'logical_and','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[false,false,true,true,true]}}}"},
    {"logical_and float64", false,
     "{'ndparity':1,'name':'logical_and float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'logical_and','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[true,false,false,false,true,true,true]}}}"},
    {"logical_and float16", false,
     "{'ndparity':1,'name':'logical_and float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'logical_and','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[true,true,true,true,false]}}}"},
    {"logical_and float32", false,
     "{'ndparity':1,'name':'logical_and float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'logical_and','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,true,true,true]}}}"},
    {"logical_and complex128", false,
     "{'ndparity':1,'name':'logical_and complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'logical_and','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[true,true,false,false,true,true]}}}"},
    {"logical_and complex64", false,
     "{'ndparity':1,'name':'logical_and complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'logical_and','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[true,true,false]}}}"},
    {"logical_and bool", false,
     "{'ndparity':1,'name':'logical_and bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'logical_and','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,false,false,false]}}}"},
    {"logical_or int8", false,
     "{'ndparity':1,'name':'logical_or int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'logical_or','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[true,true,true,false,true,true,true]}}}"},
    {"logical_or uint8 with int16", false,
     "{'ndparity':1,'name':'logical_or uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'logical_or','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[true,true,true,true,true]}}}"},
    {"logical_or float64", false,
     "{'ndparity':1,'name':'logical_or float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'logical_or','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[true,true,true,true,true,true,true]}}}"},
    {"logical_or float16", false,
     "{'ndparity':1,'name':'logical_or float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'logical_or','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[true,true,true,true,true]}}}"},
    {"logical_or float32", false,
     "{'ndparity':1,'name':'logical_or float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'logical_or','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,true,true,true]}}}"},
    {"logical_or complex128", false,
     "{'ndparity':1,'name':'logical_or complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'logical_or','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[true,true,true,true,true,true]}}}"},
    {"logical_or complex64", false,
     "{'ndparity':1,'name':'logical_or complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'logical_or','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[true,true,true]}}}"},
    {"logical_or bool", false,
     "{'ndparity':1,'name':'logical_or bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'logical_or','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,true,true,false]}}}"},
    {"logical_xor int8", false,
     "{'ndparity':1,'name':'logical_xor int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'logical_xor','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[false,false,false,false,false,false,false]}}}"},
    {"logical_xor uint8 with int16", false,
     "{'ndparity':1,'name':'logical_xor uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'logical_xor','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[true,true,false,false,false]}}}"},
    {"logical_xor float64", false,
     "{'ndparity':1,'name':'logical_xor float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'logical_xor','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[false,true,true,true,false,false,false]}}}"},
    {"logical_xor float16", false,
     "{'ndparity':1,'name':'logical_xor float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'logical_xor','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[5],'view':false,'data':[false,false,false,false,true]}}}"},
    {"logical_xor float32", false,
     "{'ndparity':1,'name':'logical_xor float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'logical_xor','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[false,false,false,false]}}}"},
    {"logical_xor complex128", false,
     "{'ndparity':1,'name':'logical_xor complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'logical_xor','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[false,false,true,true,false,false]}}}"},
    {"logical_xor complex64", false,
     "{'ndparity':1,'name':'logical_xor complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'logical_xor','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[false,false,true]}}}"},
    {"logical_xor bool", false,
     "{'ndparity':1,'name':'logical_xor bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'logical_xor','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[false,true,true,false]}}}"},
    {"bitwise_and int8", false,
     "{'ndparity':1,'name':'bitwise_and int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'bitwise_and','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[0,-8,1,0,1,5,7]}}}"},
    {"bitwise_and uint8 with int16", false,
     "{'ndparity':1,'name':'bitwise_and uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'bitwise_and','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[5],'view':false,'data':[0,0,2,200,9]}}}"},
    {"bitwise_and float64", false,
     "{'ndparity':1,'name':'bitwise_and float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'bitwise_and','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_and float16", false,
     "{'ndparity':1,'name':'bitwise_and float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'bitwise_and','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_and float32", false,
     "{'ndparity':1,'name':'bitwise_and float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'bitwise_and','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_and complex128", false,
     "{'ndparity':1,'name':'bitwise_and complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'bitwise_and','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_and complex64", false,
     "{'ndparity':1,'name':'bitwise_and complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'bitwise_and','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_and bool", false,
     "{'ndparity':1,'name':'bitwise_and bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'bitwise_and','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,false,false,false]}}}"},
    {"bitwise_or int8", false,
     "{'ndparity':1,'name':'bitwise_or int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'bitwise_or','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[-125,-1,-1,0,-1,7,127]}}}"},
    {"bitwise_or uint8 with int16", false,
     "{'ndparity':1,'name':'bitwise_or uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'bitwise_or','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[5],'view':false,'data':[3,1,7,-1,255]}}}"},
    {"bitwise_or float64", false,
     "{'ndparity':1,'name':'bitwise_or float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'bitwise_or','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_or float16", false,
     "{'ndparity':1,'name':'bitwise_or float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'bitwise_or','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_or float32", false,
     "{'ndparity':1,'name':'bitwise_or float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'bitwise_or','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_or complex128", false,
     "{'ndparity':1,'name':'bitwise_or complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'bitwise_or','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_or complex64", false,
     "{'ndparity':1,'name':'bitwise_or complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'bitwise_or','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_or bool", false,
     "{'ndparity':1,'name':'bitwise_or bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'bitwise_or','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,true,true,false]}}}"},
    {"bitwise_xor int8", false,
     "{'ndparity':1,'name':'bitwise_xor int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'bitwise_xor','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[-125,7,-2,0,-2,2,120]}}}"},
    {"bitwise_xor uint8 with int16", false,
     "{'ndparity':1,'name':'bitwise_xor uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'bitwise_xor','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[5],'view':false,'data':[3,1,5,-201,246]}}}"},
    {"bitwise_xor float64", false,
     "{'ndparity':1,'name':'bitwise_xor float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'bitwise_xor','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_xor float16", false,
     "{'ndparity':1,'name':'bitwise_xor float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'bitwise_xor','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_xor float32", false,
     "{'ndparity':1,'name':'bitwise_xor float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'bitwise_xor','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_xor complex128", false,
     "{'ndparity':1,'name':'bitwise_xor complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'bitwise_xor','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_xor complex64", false,
     "{'ndparity':1,'name':'bitwise_xor complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'bitwise_xor','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_xor bool", false,
     "{'ndparity':1,'name':'bitwise_xor bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'bitwise_xor','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[false,true,true,false]}}}"},
    {"left_shift int8", false,
     "{'ndparity':1,'name':'left_shift int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'left_shift','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[0,0,-2,0,0,-32,-128]}}}"},
    {"left_shift uint8 with int16", false,
     "{'ndparity':1,'name':'left_shift uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'left_shift','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[5],'view':false,'data':[0,1,28,0,-512]}}}"},
    {"left_shift float64", false,
     "{'ndparity':1,'name':'left_shift float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'left_shift','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"left_shift float16", false,
     "{'ndparity':1,'name':'left_shift float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'left_shift','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"left_shift float32", false,
     "{'ndparity':1,'name':'left_shift float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'left_shift','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"left_shift complex128", false,
     "{'ndparity':1,'name':'left_shift complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'left_shift','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"left_shift complex64", false,
     "{'ndparity':1,'name':'left_shift complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'left_shift','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"left_shift bool", false,
     "{'ndparity':1,'name':'left_shift bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'left_shift','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[4],'view':false,'data':[2,1,0,0]}}}"},
    {"right_shift int8", false,
     "{'ndparity':1,'name':'right_shift int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]},'b':{'dtype':'int8','shape':[7],'data':[3,-2,1,0,-1,5,7]}},'steps':[{'id':'r','op':'right_shift','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[-16,-1,-1,0,0,0,0]}}}"},
    {"right_shift uint8 with int16", false,
     "{'ndparity':1,'name':'right_shift uint8 with int16','inputs':{'a':{'dtype':'uint8','shape':[5],'data':[0,1,7,200,255]},'b':{'dtype':'int16','shape':[5],'data':[3,0,2,-1,9]}},'steps':[{'id':'r','op':'right_shift','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[5],'view':false,'data':[0,1,1,0,0]}}}"},
    {"right_shift float64", false,
     "{'ndparity':1,'name':'right_shift float64','inputs':{'a':{'dtype':'float64','shape':[7],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan']},'b':{'dtype':'float64','shape':[7],'data':[2.0,3.0,-3.0,0.0,2.0,'nan',1.0]}},'steps':[{'id':'r','op':'right_shift','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"right_shift float16", false,
     "{'ndparity':1,'name':'right_shift float16','inputs':{'a':{'dtype':'float16','shape':[5],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0']},'b':{'dtype':'float16','shape':[5],'data':[3.0,1.0,2.0,2.0,0.5]}},'steps':[{'id':'r','op':'right_shift','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"right_shift float32", false,
     "{'ndparity':1,'name':'right_shift float32','inputs':{'a':{'dtype':'float32','shape':[4],'data':[0.10000000149011612,1.0000000150474662e+30,-3.5,7.25]},'b':{'dtype':'float32','shape':[4],'data':[3.0,10000000000.0,2.0,-0.25]}},'steps':[{'id':'r','op':'right_shift','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"right_shift complex128", false,
     "{'ndparity':1,'name':'right_shift complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]},'b':{'dtype':'complex128','shape':[6],'data':[[-2.0,-0.5],['nan',0.0],['inf',1.0],[0.0,0.0],['-0.0',3.0],[1.0,2.0]]}},'steps':[{'id':'r','op':'right_shift','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"right_shift complex64", false,
     "{'ndparity':1,'name':'right_shift complex64','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0]]},'b':{'dtype':'complex64','shape':[3],'data':[[2.0,0.0],[0.0,1.0],[1.0,-1.0]]}},'steps':[{'id':'r','op':'right_shift','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"right_shift bool", false,
     "{'ndparity':1,'name':'right_shift bool','inputs':{'a':{'dtype':'bool','shape':[4],'data':[true,true,false,false]},'b':{'dtype':'bool','shape':[4],'data':[true,false,true,false]}},'steps':[{'id':'r','op':'right_shift','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[4],'view':false,'data':[0,1,0,0]}}}"},
    {"negative int8", false,
     "{'ndparity':1,'name':'negative int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'negative','args':['a']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[-128,7,1,0,-1,-7,-127]}}}"},
    {"negative uint16", false,
     "{'ndparity':1,'name':'negative uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'negative','args':['a']}],'expect':{'r':{'dtype':'uint16','shape':[4],'view':false,'data':[0,65535,1,65236]}}}"},
    {"negative int32", false,
     "{'ndparity':1,'name':'negative int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'negative','args':['a']}],'expect':{'r':{'dtype':'int32','shape':[3],'view':false,'data':[5,0,-2147483647]}}}"},
    {"negative float64", false,
     "{'ndparity':1,'name':'negative float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'negative','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[10],'view':false,'data':[2.5,0.0,'-0.0',-1.5,'-inf','inf','nan',-0.5,0.5,-2.5]}}}"},
    {"negative float16", false,
     "{'ndparity':1,'name':'negative float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'negative','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[6],'view':false,'data':[-0.0999755859375,-2048.0,3.5,-65504.0,0.0,-2.5]}}}"},
    {"negative complex128", false,
     "{'ndparity':1,'name':'negative complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'negative','args':['a']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[-1.0,-2.0],[0.0,-3.0],['-0.0','-0.0'],['-inf',-1.0],['nan','-0.0'],[2.0,0.5]]}}}"},
    {"negative complex64", false,
     "{'ndparity':1,'name':'negative complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'negative','args':['a']}],'expect':{'r':{'dtype':'complex64','shape':[6],'view':false,'data':[[-1.0,-2.0],[0.0,-3.0],['-0.0','-0.0'],['-inf',-1.0],['nan','-0.0'],[2.0,0.5]]}}}"},
    {"negative bool", false,
     "{'ndparity':1,'name':'negative bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'negative','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"positive int8", false,
     "{'ndparity':1,'name':'positive int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'positive','args':['a']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[-128,-7,-1,0,1,7,127]}}}"},
    {"positive uint16", false,
     "{'ndparity':1,'name':'positive uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'positive','args':['a']}],'expect':{'r':{'dtype':'uint16','shape':[4],'view':false,'data':[0,1,65535,300]}}}"},
    {"positive int32", false,
     "{'ndparity':1,'name':'positive int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'positive','args':['a']}],'expect':{'r':{'dtype':'int32','shape':[3],'view':false,'data':[-5,0,2147483647]}}}"},
    {"positive float64", false,
     "{'ndparity':1,'name':'positive float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'positive','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[10],'view':false,'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}}}"},
    {"positive float16", false,
     "{'ndparity':1,'name':'positive float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'positive','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[6],'view':false,'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}}}"},
    {"positive complex128", false,
     "{'ndparity':1,'name':'positive complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'positive','args':['a']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}}}"},
    {"positive complex64", false,
     "{'ndparity':1,'name':'positive complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'positive','args':['a']}],'expect':{'r':{'dtype':'complex64','shape':[6],'view':false,'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}}}"},
    {"positive bool", false,
     "{'ndparity':1,'name':'positive bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'positive','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"absolute int8", false,
     "{'ndparity':1,'name':'absolute int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'absolute','args':['a']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[-128,7,1,0,1,7,127]}}}"},
    {"absolute uint16", false,
     "{'ndparity':1,'name':'absolute uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'absolute','args':['a']}],'expect':{'r':{'dtype':'uint16','shape':[4],'view':false,'data':[0,1,65535,300]}}}"},
    {"absolute int32", false,
     "{'ndparity':1,'name':'absolute int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'absolute','args':['a']}],'expect':{'r':{'dtype':'int32','shape':[3],'view':false,'data':[5,0,2147483647]}}}"},
    {"absolute float64", false,
     "{'ndparity':1,'name':'absolute float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'absolute','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[10],'view':false,'data':[2.5,0.0,0.0,1.5,'inf','inf','nan',0.5,0.5,2.5]}}}"},
    {"absolute float16", false,
     "{'ndparity':1,'name':'absolute float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'absolute','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[6],'view':false,'data':[0.0999755859375,2048.0,3.5,65504.0,0.0,2.5]}}}"},
    {"absolute complex128", true,
     "{'ndparity':1,'name':'absolute complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'absolute','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[6],'view':false,'data':[2.23606797749979,3.0,0.0,'inf','nan',2.0615528128088303]}}}"},
    {"absolute complex64", true,
     "{'ndparity':1,'name':'absolute complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'absolute','args':['a']}],'expect':{'r':{'dtype':'float32','shape':[6],'view':false,'data':[2.2360680103302,3.0,0.0,'inf','nan',2.0615527629852295]}}}"},
    {"absolute bool", false,
     "{'ndparity':1,'name':'absolute bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'absolute','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[true,false]}}}"},
    {"sign int8", false,
     "{'ndparity':1,'name':'sign int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'sign','args':['a']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[-1,-1,-1,0,1,1,1]}}}"},
    {"sign uint16", false,
     "{'ndparity':1,'name':'sign uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'sign','args':['a']}],'expect':{'r':{'dtype':'uint16','shape':[4],'view':false,'data':[0,1,1,1]}}}"},
    {"sign int32", false,
     "{'ndparity':1,'name':'sign int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'sign','args':['a']}],'expect':{'r':{'dtype':'int32','shape':[3],'view':false,'data':[-1,0,1]}}}"},
    {"sign float64", false,
     "{'ndparity':1,'name':'sign float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'sign','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[10],'view':false,'data':[-1.0,0.0,0.0,1.0,1.0,-1.0,'nan',1.0,-1.0,1.0]}}}"},
    {"sign float16", false,
     "{'ndparity':1,'name':'sign float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'sign','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[6],'view':false,'data':[1.0,1.0,-1.0,1.0,0.0,1.0]}}}"},
    {"sign complex128", false,
     "{'ndparity':1,'name':'sign complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'sign','args':['a']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[1.0,0.0],[1.0,0.0],[0.0,0.0],[1.0,0.0],['nan',0.0],[-1.0,0.0]]}}}"},
    {"sign complex64", false,
     "{'ndparity':1,'name':'sign complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'sign','args':['a']}],'expect':{'r':{'dtype':'complex64','shape':[6],'view':false,'data':[[1.0,0.0],[1.0,0.0],[0.0,0.0],[1.0,0.0],['nan',0.0],[-1.0,0.0]]}}}"},
    {"sign bool", false,
     "{'ndparity':1,'name':'sign bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'sign','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"sqrt int8", true,
     "{'ndparity':1,'name':'sqrt int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'sqrt','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[7],'view':false,'data':['nan','nan','nan',0.0,1.0,2.646484375,11.265625]}}}"},
    {"sqrt uint16", true,
     "{'ndparity':1,'name':'sqrt uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'sqrt','args':['a']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[0.0,1.0,255.998046875,17.32050895690918]}}}"},
    {"sqrt int32", true,
     "{'ndparity':1,'name':'sqrt int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'sqrt','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[3],'view':false,'data':['nan',0.0,46340.950001051984]}}}"},
    {"sqrt float64", true,
     "{'ndparity':1,'name':'sqrt float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'sqrt','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[10],'view':false,'data':['nan','-0.0',0.0,1.224744871391589,'inf','nan','nan',0.7071067811865476,'nan',1.5811388300841898]}}}"},
    {"sqrt float16", true,
     "{'ndparity':1,'name':'sqrt float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'sqrt','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[6],'view':false,'data':[0.316162109375,45.25,'nan',255.875,'-0.0',1.5810546875]}}}"},
    {"sqrt complex128", true,
     "{'ndparity':1,'name':'sqrt complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'sqrt','args':['a']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[1.272019649514069,0.7861513777574233],[1.224744871391589,1.224744871391589],[0.0,0.0],['inf',0.0],['nan','nan'],[0.17543205637629383,-1.425053124063947]]}}}"},
    {"sqrt complex64", true,
     "{'ndparity':1,'name':'sqrt complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'sqrt','args':['a']}],'expect':{'r':{'dtype':'complex64','shape':[6],'view':false,'data':[[1.272019624710083,0.7861514091491699],[1.2247449159622192,1.2247449159622192],[0.0,0.0],['inf',0.0],['nan','nan'],[0.17543205618858337,-1.4250531196594238]]}}}"},
    {"sqrt bool", true,
     "{'ndparity':1,'name':'sqrt bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'sqrt','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[2],'view':false,'data':[1.0,0.0]}}}"},
    {"square int8", false,
     "{'ndparity':1,'name':'square int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'square','args':['a']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[0,49,1,0,1,49,1]}}}"},
    {"square uint16", false,
     "{'ndparity':1,'name':'square uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'square','args':['a']}],'expect':{'r':{'dtype':'uint16','shape':[4],'view':false,'data':[0,1,1,24464]}}}"},
    {"square int32", false,
     "{'ndparity':1,'name':'square int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'square','args':['a']}],'expect':{'r':{'dtype':'int32','shape':[3],'view':false,'data':[25,0,1]}}}"},
    {"square float64", false,
     "{'ndparity':1,'name':'square float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'square','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[10],'view':false,'data':[6.25,0.0,0.0,2.25,'inf','inf','nan',0.25,0.25,6.25]}}}"},
    {"square float16", false,
     "{'ndparity':1,'name':'square float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'square','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[6],'view':false,'data':[0.0099945068359375,'inf',12.25,'inf',0.0,6.25]}}}"},
    {"square complex128", false,
     "{'ndparity':1,'name':'square complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'square','args':['a']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[-3.0,4.0],[-9.0,'-0.0'],[0.0,0.0],['inf','inf'],['nan','nan'],[3.75,2.0]]}}}"},
    {"square complex64", false,
     "{'ndparity':1,'name':'square complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'square','args':['a']}],'expect':{'r':{'dtype':'complex64','shape':[6],'view':false,'data':[[-3.0,4.0],[-9.0,'-0.0'],[0.0,0.0],['inf','inf'],['nan','nan'],[3.75,2.0]]}}}"},
    {"square bool", false,
     "{'ndparity':1,'name':'square bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'square','args':['a']}],'expect':{'r':{'dtype':'int8','shape':[2],'view':false,'data':[1,0]}}}"},
    {"exp int8", true,
     "{'ndparity':1,'name':'exp int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'exp','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[7],'view':false,'data':[0.0,0.000911712646484375,0.367919921875,1.0,2.71875,1097.0,'inf']}}}"},
    {"exp uint16", true,
     "{'ndparity':1,'name':'exp uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'exp','args':['a']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[1.0,2.7182819843292236,'inf','inf']}}}"},
    {"exp int32", true,
     "{'ndparity':1,'name':'exp int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'exp','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[3],'view':false,'data':[0.006737946999085467,1.0,'inf']}}}"},
    {"exp float64", true,
     "{'ndparity':1,'name':'exp float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'exp','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[10],'view':false,'data':[0.0820849986238988,1.0,1.0,4.481689070338065,'inf',0.0,'nan',1.6487212707001282,0.6065306597126334,12.182493960703473]}}}"},
    {"exp float16", true,
     "{'ndparity':1,'name':'exp float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'exp','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[6],'view':false,'data':[1.10546875,'inf',0.0301971435546875,'inf',1.0,12.1796875]}}}"},
    {"exp complex128", true,
     "{'ndparity':1,'name':'exp complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'exp','args':['a']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[-1.1312043837568135,2.4717266720048188],[-0.9899924966004454,0.1411200080598672],[1.0,0.0],['inf','inf'],['nan',0.0],[0.11876788457694579,-0.06488319105786541]]}}}"},
    {"exp complex64", true,
     "{'ndparity':1,'name':'exp complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'exp','args':['a']}],'expect':{'r':{'dtype':'complex64','shape':[6],'view':false,'data':[[-1.13120436668396,2.471726655960083],[-0.9899924993515015,0.14112000167369843],[1.0,0.0],['inf','inf'],['nan',0.0],[0.1187678799033165,-0.06488319486379623]]}}}"},
    {"exp bool", true,
     "{'ndparity':1,'name':'exp bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'exp','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[2],'view':false,'data':[2.71875,1.0]}}}"},
    {"log int8", true,
     "{'ndparity':1,'name':'log int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'log','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[7],'view':false,'data':['nan','nan','nan','-inf',0.0,1.9462890625,4.84375]}}}"},
    {"log uint16", true,
     "{'ndparity':1,'name':'log uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'log','args':['a']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':['-inf',0.0,11.090339660644531,5.703782558441162]}}}"},
    {"log int32", true,
     "{'ndparity':1,'name':'log int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'log','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[3],'view':false,'data':['nan','-inf',21.487562596892644]}}}"},
    {"log float64", true,
     "{'ndparity':1,'name':'log float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'log','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[10],'view':false,'data':['nan','-inf','-inf',0.4054651081081644,'inf','nan','nan',-0.6931471805599453,'nan',0.916290731874155]}}}"},
    {"log float16", true,
     "{'ndparity':1,'name':'log float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'log','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[6],'view':false,'data':[-2.302734375,7.625,'nan',11.09375,'-inf',0.91650390625]}}}"},
    {"log complex128", true,
     "{'ndparity':1,'name':'log complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'log','args':['a']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[0.8047189562170503,1.1071487177940904],[1.0986122886681098,1.5707963267948966],['-inf',0.0],['inf',0.0],['nan','nan'],[0.7234594914681627,-2.896613990462929]]}}}"},
    {"log complex64", true,
     "{'ndparity':1,'name':'log complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'log','args':['a']}],'expect':{'r':{'dtype':'complex64','shape':[6],'view':false,'data':[[0.8047189712524414,1.1071487665176392],[1.0986123085021973,1.5707963705062866],['-inf',0.0],['inf',0.0],['nan','nan'],[0.7234594821929932,-2.8966140747070312]]}}}"},
    {"log bool", true,
     "{'ndparity':1,'name':'log bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'log','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[2],'view':false,'data':[0.0,'-inf']}}}"},
    {"floor int8", false,
     "{'ndparity':1,'name':'floor int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'floor','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[7],'view':false,'data':[-128.0,-7.0,-1.0,0.0,1.0,7.0,127.0]}}}"},
    {"floor uint16", false,
     "{'ndparity':1,'name':'floor uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'floor','args':['a']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[0.0,1.0,65535.0,300.0]}}}"},
    {"floor int32", false,
     "{'ndparity':1,'name':'floor int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'floor','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[3],'view':false,'data':[-5.0,0.0,2147483647.0]}}}"},
    {"floor float64", false,
     "{'ndparity':1,'name':'floor float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'floor','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[10],'view':false,'data':[-3.0,'-0.0',0.0,1.0,'inf','-inf','nan',0.0,-1.0,2.0]}}}"},
    {"floor float16", false,
     "{'ndparity':1,'name':'floor float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'floor','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[6],'view':false,'data':[0.0,2048.0,-4.0,65504.0,'-0.0',2.0]}}}"},
    {"floor complex128", false,
     "{'ndparity':1,'name':'floor complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'floor','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"floor complex64", false,
     "{'ndparity':1,'name':'floor complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'floor','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"floor bool", false,
     "{'ndparity':1,'name':'floor bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'floor','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[2],'view':false,'data':[1.0,0.0]}}}"},
    {"ceil int8", false,
     "{'ndparity':1,'name':'ceil int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'ceil','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[7],'view':false,'data':[-128.0,-7.0,-1.0,0.0,1.0,7.0,127.0]}}}"},
    {"ceil uint16", false,
     "{'ndparity':1,'name':'ceil uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'ceil','args':['a']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[0.0,1.0,65535.0,300.0]}}}"},
    {"ceil int32", false,
     "{'ndparity':1,'name':'ceil int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'ceil','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[3],'view':false,'data':[-5.0,0.0,2147483647.0]}}}"},
    {"ceil float64", false,
     "{'ndparity':1,'name':'ceil float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'ceil','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[10],'view':false,'data':[-2.0,'-0.0',0.0,2.0,'inf','-inf','nan',1.0,'-0.0',3.0]}}}"},
    {"ceil float16", false,
     "{'ndparity':1,'name':'ceil float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'ceil','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[6],'view':false,'data':[1.0,2048.0,-3.0,65504.0,'-0.0',3.0]}}}"},
    {"ceil complex128", false,
     "{'ndparity':1,'name':'ceil complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'ceil','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"ceil complex64", false,
     "{'ndparity':1,'name':'ceil complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'ceil','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"ceil bool", false,
     "{'ndparity':1,'name':'ceil bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'ceil','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[2],'view':false,'data':[1.0,0.0]}}}"},
    {"trunc int8", false,
     "{'ndparity':1,'name':'trunc int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'trunc','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[7],'view':false,'data':[-128.0,-7.0,-1.0,0.0,1.0,7.0,127.0]}}}"},
    {"trunc uint16", false,
     "{'ndparity':1,'name':'trunc uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'trunc','args':['a']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[0.0,1.0,65535.0,300.0]}}}"},
    {"trunc int32", false,
     "{'ndparity':1,'name':'trunc int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'trunc','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[3],'view':false,'data':[-5.0,0.0,2147483647.0]}}}"},
    {"trunc float64", false,
     "{'ndparity':1,'name':'trunc float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'trunc','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[10],'view':false,'data':[-2.0,'-0.0',0.0,1.0,'inf','-inf','nan',0.0,'-0.0',2.0]}}}"},
    {"trunc float16", false,
     "{'ndparity':1,'name':'trunc float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'trunc','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[6],'view':false,'data':[0.0,2048.0,-3.0,65504.0,'-0.0',2.0]}}}"},
    {"trunc complex128", false,
     "{'ndparity':1,'name':'trunc complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'trunc','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"trunc complex64", false,
     "{'ndparity':1,'name':'trunc complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'trunc','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"trunc bool", false,
     "{'ndparity':1,'name':'trunc bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'trunc','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[2],'view':false,'data':[1.0,0.0]}}}"},
    {"rint int8", false,
     "{'ndparity':1,'name':'rint int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'rint','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[7],'view':false,'data':[-128.0,-7.0,-1.0,0.0,1.0,7.0,127.0]}}}"},
    {"rint uint16", false,
     "{'ndparity':1,'name':'rint uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'rint','args':['a']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[0.0,1.0,65535.0,300.0]}}}"},
    {"rint int32", false,
     "{'ndparity':1,'name':'rint int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'rint','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[3],'view':false,'data':[-5.0,0.0,2147483647.0]}}}"},
    {"rint float64", false,
     "{'ndparity':1,'name':'rint float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'rint','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[10],'view':false,'data':[-2.0,'-0.0',0.0,2.0,'inf','-inf','nan',0.0,'-0.0',2.0]}}}"},
    {"rint float16", false,
     "{'ndparity':1,'name':'rint float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'rint','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[6],'view':false,'data':[0.0,2048.0,-4.0,65504.0,'-0.0',2.0]}}}"},
    {"rint complex128", false,
     "{'ndparity':1,'name':'rint complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'rint','args':['a']}],'expect':{'r':{'dtype':'complex128','shape':[6],'view':false,'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,'-0.0']]}}}"},
    {"rint complex64", false,
     "{'ndparity':1,'name':'rint complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'rint','args':['a']}],'expect':{'r':{'dtype':'complex64','shape':[6],'view':false,'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,'-0.0']]}}}"},
    {"rint bool", false,
     "{'ndparity':1,'name':'rint bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'rint','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[2],'view':false,'data':[1.0,0.0]}}}"},
    {"logical_not int8", false,
     "{'ndparity':1,'name':'logical_not int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'logical_not','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[false,false,false,true,false,false,false]}}}"},
    {"logical_not uint16", false,
     "{'ndparity':1,'name':'logical_not uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'logical_not','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,false,false,false]}}}"},
    {"logical_not int32", false,
     "{'ndparity':1,'name':'logical_not int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'logical_not','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[false,true,false]}}}"},
    {"logical_not float64", false,
     "{'ndparity':1,'name':'logical_not float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'logical_not','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[10],'view':false,'data':[false,true,true,false,false,false,false,false,false,false]}}}"},
    {"logical_not float16", false,
     "{'ndparity':1,'name':'logical_not float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'logical_not','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[false,false,false,false,true,false]}}}"},
    {"logical_not complex128", false,
     "{'ndparity':1,'name':'logical_not complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'logical_not','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[false,false,true,false,false,false]}}}"},
    {"logical_not complex64", false,
     "{'ndparity':1,'name':'logical_not complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'logical_not','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[false,false,true,false,false,false]}}}"},
    {"logical_not bool", false,
     "{'ndparity':1,'name':'logical_not bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'logical_not','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[false,true]}}}"},
    {"invert int8", false,
     "{'ndparity':1,'name':'invert int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'invert','args':['a']}],'expect':{'r':{'dtype':'int8','shape':[7],'view':false,'data':[127,6,0,-1,-2,-8,-128]}}}"},
    {"invert uint16", false,
     "{'ndparity':1,'name':'invert uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'invert','args':['a']}],'expect':{'r':{'dtype':'uint16','shape':[4],'view':false,'data':[65535,65534,0,65235]}}}"},
    {"invert int32", false,
     "{'ndparity':1,'name':'invert int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'invert','args':['a']}],'expect':{'r':{'dtype':'int32','shape':[3],'view':false,'data':[4,-1,-2147483648]}}}"},
    {"invert float64", false,
     "{'ndparity':1,'name':'invert float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'invert','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"invert float16", false,
     "{'ndparity':1,'name':'invert float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'invert','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"invert complex128", false,
     "{'ndparity':1,'name':'invert complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'invert','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"invert complex64", false,
     "{'ndparity':1,'name':'invert complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'invert','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"invert bool", false,
     "{'ndparity':1,'name':'invert bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'invert','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[false,true]}}}"},
    {"isnan int8", false,
     "{'ndparity':1,'name':'isnan int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'isnan','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[false,false,false,false,false,false,false]}}}"},
    {"isnan uint16", false,
     "{'ndparity':1,'name':'isnan uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'isnan','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[false,false,false,false]}}}"},
    {"isnan int32", false,
     "{'ndparity':1,'name':'isnan int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'isnan','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[false,false,false]}}}"},
    {"isnan float64", false,
     "{'ndparity':1,'name':'isnan float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'isnan','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[10],'view':false,'data':[false,false,false,false,false,false,true,false,false,false]}}}"},
    {"isnan float16", false,
     "{'ndparity':1,'name':'isnan float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'isnan','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[false,false,false,false,false,false]}}}"},
    {"isnan complex128", false,
     "{'ndparity':1,'name':'isnan complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'isnan','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[false,false,false,false,true,false]}}}"},
    {"isnan complex64", false,
     "{'ndparity':1,'name':'isnan complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'isnan','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[false,false,false,false,true,false]}}}"},
    {"isnan bool", false,
     "{'ndparity':1,'name':'isnan bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'isnan','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[false,false]}}}"},
    {"isinf int8", false,
     "{'ndparity':1,'name':'isinf int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'isinf','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[false,false,false,false,false,false,false]}}}"},
    {"isinf uint16", false,
     "{'ndparity':1,'name':'isinf uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'isinf','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[false,false,false,false]}}}"},
    {"isinf int32", false,
     "{'ndparity':1,'name':'isinf int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'isinf','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[false,false,false]}}}"},
    {"isinf float64", false,
     "{'ndparity':1,'name':'isinf float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'isinf','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[10],'view':false,'data':[false,false,false,false,true,true,false,false,false,false]}}}"},
    {"isinf float16", false,
     "{'ndparity':1,'name':'isinf float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'isinf','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[false,false,false,false,false,false]}}}"},
    {"isinf complex128", false,
     "{'ndparity':1,'name':'isinf complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'isinf','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[false,false,false,true,false,false]}}}"},
    {"isinf complex64", false,
     "{'ndparity':1,'name':'isinf complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'isinf','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[false,false,false,true,false,false]}}}"},
    {"isinf bool", false,
     "{'ndparity':1,'name':'isinf bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'isinf','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[false,false]}}}"},
    {"isfinite int8", false,
     "{'ndparity':1,'name':'isfinite int8','inputs':{'a':{'dtype':'int8','shape':[7],'data':[-128,-7,-1,0,1,7,127]}},'steps':[{'id':'r','op':'isfinite','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[7],'view':false,'data':[true,true,true,true,true,true,true]}}}"},
    {"isfinite uint16", false,
     "{'ndparity':1,'name':'isfinite uint16','inputs':{'a':{'dtype':'uint16','shape':[4],'data':[0,1,65535,300]}},'steps':[{'id':'r','op':'isfinite','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,true,true,true]}}}"},
    {"isfinite int32", false,
     "{'ndparity':1,'name':'isfinite int32','inputs':{'a':{'dtype':'int32','shape':[3],'data':[-5,0,2147483647]}},'steps':[{'id':'r','op':'isfinite','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[true,true,true]}}}"},
    {"isfinite float64", false,
     "{'ndparity':1,'name':'isfinite float64','inputs':{'a':{'dtype':'float64','shape':[10],'data':[-2.5,'-0.0',0.0,1.5,'inf','-inf','nan',0.5,-0.5,2.5]}},'steps':[{'id':'r','op':'isfinite','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[10],'view':false,'data':[true,true,true,true,false,false,false,true,true,true]}}}"},
    {"isfinite float16", false,
     "{'ndparity':1,'name':'isfinite float16','inputs':{'a':{'dtype':'float16','shape':[6],'data':[0.0999755859375,2048.0,-3.5,65504.0,'-0.0',2.5]}},'steps':[{'id':'r','op':'isfinite','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[true,true,true,true,true,true]}}}"},
    {"isfinite complex128", false,
     "{'ndparity':1,'name':'isfinite complex128','inputs':{'a':{'dtype':'complex128','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'isfinite','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[true,true,true,false,false,true]}}}"},
    {"isfinite complex64", false,
     "{'ndparity':1,'name':'isfinite complex64','inputs':{'a':{'dtype':'complex64','shape':[6],'data':[[1.0,2.0],['-0.0',3.0],[0.0,0.0],['inf',1.0],['nan',0.0],[-2.0,-0.5]]}},'steps':[{'id':'r','op':'isfinite','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[6],'view':false,'data':[true,true,true,false,false,true]}}}"},
    {"isfinite bool", false,
     "{'ndparity':1,'name':'isfinite bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'isfinite','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[true,true]}}}"},
    {"add uint8 + 300 overflows", false,
     "{'ndparity':1,'name':'add uint8 + 300 overflows','inputs':{'a':{'dtype':'uint8','shape':[2],'data':[1,2]}},'steps':[{'id':'r','op':'add','args':['a',{'int':300}]}],'expect':{'r':{'error':'overflow'}}}"},
    {"add uint8 + 255 stays uint8", false,
     "{'ndparity':1,'name':'add uint8 + 255 stays uint8','inputs':{'a':{'dtype':'uint8','shape':[2],'data':[1,2]}},'steps':[{'id':'r','op':'add','args':['a',{'int':255}]}],'expect':{'r':{'dtype':'uint8','shape':[2],'view':false,'data':[0,1]}}}"},
    {"subtract uint64 - (-1) overflows", false,
     "{'ndparity':1,'name':'subtract uint64 - (-1) overflows','inputs':{'a':{'dtype':'uint64','shape':[1],'data':[1]}},'steps':[{'id':'r','op':'subtract','args':['a',{'int':-1}]}],'expect':{'r':{'error':'overflow'}}}"},
    {"add uint64 + 2**63 stays uint64", false,
     "{'ndparity':1,'name':'add uint64 + 2**63 stays uint64','inputs':{'a':{'dtype':'uint64','shape':[2],'data':[1,'9223372036854775807']}},'steps':[{'id':'r','op':'add','args':['a',{'int':'9223372036854775808'}]}],'expect':{'r':{'dtype':'uint64','shape':[2],'view':false,'data':['9223372036854775809','18446744073709551615']}}}"},
    {"add int64 + 2**63 overflows", false,
     "{'ndparity':1,'name':'add int64 + 2**63 overflows','inputs':{'a':{'dtype':'int64','shape':[1],'data':[1]}},'steps':[{'id':'r','op':'add','args':['a',{'int':'9223372036854775808'}]}],'expect':{'r':{'error':'overflow'}}}"},
    {"multiply int8 by 2.5 is float64", false,
     "{'ndparity':1,'name':'multiply int8 by 2.5 is float64','inputs':{'a':{'dtype':'int8','shape':[2],'data':[1,-3]}},'steps':[{'id':'r','op':'multiply','args':['a',{'float':2.5}]}],'expect':{'r':{'dtype':'float64','shape':[2],'view':false,'data':[2.5,-7.5]}}}"},
    {"add float16 + 2.5 stays float16", false,
     "{'ndparity':1,'name':'add float16 + 2.5 stays float16','inputs':{'b':{'dtype':'float16','shape':[2],'data':[1.0,-3.25]}},'steps':[{'id':'r','op':'add','args':[{'float':2.5},'b']}],'expect':{'r':{'dtype':'float16','shape':[2],'view':false,'data':[3.5,-0.75]}}}"},
    {"add float16 + 70000 is inf", false,
     "{'ndparity':1,'name':'add float16 + 70000 is inf','inputs':{'a':{'dtype':'float16','shape':[1],'data':[1.0]}},'steps':[{'id':'r','op':'add','args':['a',{'int':70000}]}],'expect':{'r':{'dtype':'float16','shape':[1],'view':false,'data':['inf']}}}"},
    {"add float32 + 1j is complex64", false,
     "{'ndparity':1,'name':'add float32 + 1j is complex64','inputs':{'a':{'dtype':'float32','shape':[2],'data':[1.0,-3.25]}},'steps':[{'id':'r','op':'add','args':['a',{'complex':[0.0,1.0]}]}],'expect':{'r':{'dtype':'complex64','shape':[2],'view':false,'data':[[1.0,1.0],[-3.25,1.0]]}}}"},
    {"add bool + 1 is int64", false,
     "{'ndparity':1,'name':'add bool + 1 is int64','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'add','args':['a',{'int':1}]}],'expect':{'r':{'dtype':'int64','shape':[2],'view':false,'data':[2,1]}}}"},
    {"add bool + True stays bool", false,
     "{'ndparity':1,'name':'add bool + True stays bool','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'add','args':['a',{'bool':true}]}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[true,true]}}}"},
    {"add two Python scalars", false,
     "{'ndparity':1,'name':'add two Python scalars','inputs':{},'steps':[{'id':'r','op':'add','args':[{'int':1},{'float':2.5}]}],'expect':{'r':{'dtype':'float64','shape':[],'view':false,'data':[3.5]}}}"},
    {"floor_divide bool by Python int", false,
     "{'ndparity':1,'name':'floor_divide bool by Python int','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'floor_divide','args':['a',{'int':2}]}],'expect':{'r':{'dtype':'int64','shape':[2],'view':false,'data':[0,0]}}}"},
    {"floor_divide two Python bools is int8", false,
     "{'ndparity':1,'name':'floor_divide two Python bools is int8','inputs':{},'steps':[{'id':'r','op':'floor_divide','args':[{'bool':true},{'bool':true}]}],'expect':{'r':{'dtype':'int8','shape':[],'view':false,'data':[1]}}}"},
    {"less int8 vs 300 overflows in 1.24", false,
     "{'ndparity':1,'name':'less int8 vs 300 overflows in 1.24','inputs':{'a':{'dtype':'int8','shape':[2],'data':[1,2]}},'steps':[{'id':'r','op':'less','args':['a',{'int':300}]}],'expect':{'r':{'error':'overflow'}}}"},
    {"less int8 vs 300.0", false,
     "{'ndparity':1,'name':'less int8 vs 300.0','inputs':{'a':{'dtype':'int8','shape':[2],'data':[1,2]}},'steps':[{'id':'r','op':'less','args':['a',{'float':300.0}]}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[true,true]}}}"},
    {"true_divide int8 by 300", false,
     "{'ndparity':1,'name':'true_divide int8 by 300','inputs':{'a':{'dtype':'int8','shape':[2],'data':[1,2]}},'steps':[{'id':'r','op':'true_divide','args':['a',{'int':300}]}],'expect':{'r':{'dtype':'float64','shape':[2],'view':false,'data':[0.0033333333333333335,0.006666666666666667]}}}"},
    {"equal uint64 vs 2**64-1", false,
     "{'ndparity':1,'name':'equal uint64 vs 2**64-1','inputs':{'a':{'dtype':'uint64','shape':[2],'data':['18446744073709551615',0]}},'steps':[{'id':'r','op':'equal','args':['a',{'int':'18446744073709551615'}]}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[true,false]}}}"},
    {"true_divide int64 by 2**65", false,
     "{'ndparity':1,'name':'true_divide int64 by 2**65','inputs':{'a':{'dtype':'int64','shape':[3],'data':[-2,5,0]}},'steps':[{'id':'r','op':'true_divide','args':['a',{'int':'36893488147419103232'}]}],'expect':{'r':{'dtype':'float64','shape':[3],'view':false,'data':[-5.421010862427522e-20,1.3552527156068805e-19,0.0]}}}"},
    {"add float32 + 2**70", false,
     "{'ndparity':1,'name':'add float32 + 2**70','inputs':{'a':{'dtype':'float32','shape':[2],'data':[1.0,-3.25]}},'steps':[{'id':'r','op':'add','args':['a',{'int':'1180591620717411303424'}]}],'expect':{'r':{'dtype':'float32','shape':[2],'view':false,'data':[1.1805916207174113e+21,1.1805916207174113e+21]}}}"},
    {"less float64 vs 2**64", false,
     "{'ndparity':1,'name':'less float64 vs 2**64','inputs':{'a':{'dtype':'float64','shape':[2],'data':[1.8446744073709552e+19,2e+19]}},'steps':[{'id':'r','op':'less','args':['a',{'int':'18446744073709551616'}]}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[false,false]}}}"},
    {"add int8 + 2**64 overflows", false,
     "{'ndparity':1,'name':'add int8 + 2**64 overflows','inputs':{'a':{'dtype':'int8','shape':[1],'data':[1]}},'steps':[{'id':'r','op':'add','args':['a',{'int':'18446744073709551616'}]}],'expect':{'r':{'error':'overflow'}}}"},
    {"maximum int32 with -1", false,
     "{'ndparity':1,'name':'maximum int32 with -1','inputs':{'a':{'dtype':'int32','shape':[2],'data':[20,-5]}},'steps':[{'id':'r','op':'maximum','args':['a',{'int':-1}]}],'expect':{'r':{'dtype':'int32','shape':[2],'view':false,'data':[20,-1]}}}"},
    {"sqrt of a Python int", true,
     "{'ndparity':1,'name':'sqrt of a Python int','inputs':{},'steps':[{'id':'r','op':'sqrt','args':[{'int':4}]}],'expect':{'r':{'dtype':'float64','shape':[],'view':false,'data':[2.0]}}}"},
    {"negative of a Python float", false,
     "{'ndparity':1,'name':'negative of a Python float','inputs':{},'steps':[{'id':'r','op':'negative','args':[{'float':'-0.0'}]}],'expect':{'r':{'dtype':'float64','shape':[],'view':false,'data':[0.0]}}}"},
    {"np.int8 scalar is strong", false,
     "{'ndparity':1,'name':'np.int8 scalar is strong','inputs':{'a':{'dtype':'int8','shape':[2],'data':[1,2]}},'steps':[{'id':'r','op':'add','args':['a',{'scalar':3,'dtype':'int16'}]}],'expect':{'r':{'dtype':'int16','shape':[2],'view':false,'data':[4,5]}}}"},
    {"np.float64 scalar is strong", false,
     "{'ndparity':1,'name':'np.float64 scalar is strong','inputs':{'a':{'dtype':'float32','shape':[2],'data':[1.0,2.0]}},'steps':[{'id':'r','op':'add','args':['a',{'scalar':0.1,'dtype':'float64'}]}],'expect':{'r':{'dtype':'float64','shape':[2],'view':false,'data':[1.1,2.1]}}}"},
    {"np.complex128 scalar is weak in 1.24", false,
     "{'ndparity':1,'name':'np.complex128 scalar is weak in 1.24','inputs':{'a':{'dtype':'float32','shape':[2],'data':[1.0,2.0]}},'steps':[{'id':'r','op':'add','args':['a',{'scalar':[1.0,1.0],'dtype':'complex128'}]}],'expect':{'r':{'dtype':'complex64','shape':[2],'view':false,'data':[[2.0,1.0],[3.0,1.0]]}}}"},
    {"np.complex128 scalar with dtype=int8", false,
     "{'ndparity':1,'name':'np.complex128 scalar with dtype=int8','inputs':{'a':{'dtype':'int8','shape':[2],'data':[1,2]}},'steps':[{'id':'r','op':'add','args':['a',{'scalar':[300.0,1.0],'dtype':'complex128'}],'dtype':'int8','casting':'no'}],'expect':{'r':{'dtype':'int8','shape':[2],'view':false,'data':[45,46]}}}"},
    {"Python bool under casting=no", false,
     "{'ndparity':1,'name':'Python bool under casting=no','inputs':{'a':{'dtype':'int8','shape':[2],'data':[1,2]}},'steps':[{'id':'r','op':'add','args':['a',{'bool':true}],'casting':'no'}],'expect':{'r':{'error':'cast'}}}"},
    {"Python int under casting=no", false,
     "{'ndparity':1,'name':'Python int under casting=no','inputs':{'a':{'dtype':'int8','shape':[2],'data':[1,2]}},'steps':[{'id':'r','op':'add','args':['a',{'int':5}],'casting':'no'}],'expect':{'r':{'dtype':'int8','shape':[2],'view':false,'data':[6,7]}}}"},
    {"logical_and ignores Python int range", false,
     "{'ndparity':1,'name':'logical_and ignores Python int range','inputs':{'a':{'dtype':'uint16','shape':[2],'data':[0,7]}},'steps':[{'id':'r','op':'logical_and','args':['a',{'int':-300}]}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[false,true]}}}"},
    {"logical_xor with casting=no", false,
     "{'ndparity':1,'name':'logical_xor with casting=no','inputs':{'a':{'dtype':'int8','shape':[2],'data':[0,7]},'b':{'dtype':'float32','shape':[2],'data':[1.0,0.0]}},'steps':[{'id':'r','op':'logical_xor','args':['a','b'],'casting':'no'}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[true,true]}}}"},
    {"true_divide dtype=uint32 has no loop", false,
     "{'ndparity':1,'name':'true_divide dtype=uint32 has no loop','inputs':{'a':{'dtype':'uint64','shape':[1],'data':[16]},'b':{'dtype':'complex64','shape':[1],'data':[[3.0,0.0]]}},'steps':[{'id':'r','op':'true_divide','args':['a','b'],'dtype':'uint32','casting':'safe'}],'expect':{'r':{'error':'type'}}}"},
    {"subtract dtype=uint32 safe cannot cast", false,
     "{'ndparity':1,'name':'subtract dtype=uint32 safe cannot cast','inputs':{'a':{'dtype':'int64','shape':[1],'data':[16]},'b':{'dtype':'complex64','shape':[1],'data':[[3.0,0.0]]}},'steps':[{'id':'r','op':'subtract','args':['a','b'],'dtype':'uint32','casting':'safe'}],'expect':{'r':{'error':'cast'}}}"},
    {"multiply dtype=float16 casting=no", false,
     "{'ndparity':1,'name':'multiply dtype=float16 casting=no','inputs':{'a':{'dtype':'int16','shape':[1],'data':[16]},'b':{'dtype':'float64','shape':[1],'data':[3.0]}},'steps':[{'id':'r','op':'multiply','args':['a','b'],'dtype':'float16','casting':'no'}],'expect':{'r':{'error':'cast'}}}"},
    {"add int8 int16 casting=no", false,
     "{'ndparity':1,'name':'add int8 int16 casting=no','inputs':{'a':{'dtype':'int8','shape':[1],'data':[1]},'b':{'dtype':'int16','shape':[1],'data':[3]}},'steps':[{'id':'r','op':'add','args':['a','b'],'casting':'no'}],'expect':{'r':{'error':'cast'}}}"},
    {"add swapped int16 casting=no", false,
     "{'ndparity':1,'name':'add swapped int16 casting=no','inputs':{'a':{'dtype':'>i2','shape':[2],'data':[1,2]},'b':{'dtype':'>i2','shape':[2],'data':[3,4]}},'steps':[{'id':'r','op':'add','args':['a','b'],'casting':'no'}],'expect':{'r':{'error':'cast'}}}"},
    {"add swapped int16 casting=equiv", false,
     "{'ndparity':1,'name':'add swapped int16 casting=equiv','inputs':{'a':{'dtype':'>i2','shape':[2],'data':[1,2]},'b':{'dtype':'>i2','shape':[2],'data':[3,4]}},'steps':[{'id':'r','op':'add','args':['a','b'],'casting':'equiv'}],'expect':{'r':{'dtype':'int16','shape':[2],'view':false,'data':[4,6]}}}"},
    {"add float64 dtype=int8 unsafe", false,
     "{'ndparity':1,'name':'add float64 dtype=int8 unsafe','inputs':{'a':{'dtype':'float64','shape':[3],'data':[1.7,-2.7,300.2]},'b':{'dtype':'float64','shape':[3],'data':[0.5,0.5,0.5]}},'steps':[{'id':'r','op':'add','args':['a','b'],'dtype':'int8','casting':'unsafe'}],'expect':{'r':{'dtype':'int8','shape':[3],'view':false,'data':[1,-2,44]}}}"},
    {"add dtype=float32", false,
     "{'ndparity':1,'name':'add dtype=float32','inputs':{'a':{'dtype':'int8','shape':[2],'data':[1,2]},'b':{'dtype':'int16','shape':[2],'data':[3,4]}},'steps':[{'id':'r','op':'add','args':['a','b'],'dtype':'float32'}],'expect':{'r':{'dtype':'float32','shape':[2],'view':false,'data':[4.0,6.0]}}}"},
    {"floor_divide dtype=int8 unsafe", false,
     "{'ndparity':1,'name':'floor_divide dtype=int8 unsafe','inputs':{'a':{'dtype':'float64','shape':[2],'data':[7.5,-7.5]},'b':{'dtype':'float64','shape':[2],'data':[2.0,2.0]}},'steps':[{'id':'r','op':'floor_divide','args':['a','b'],'dtype':'int8','casting':'unsafe'}],'expect':{'r':{'dtype':'int8','shape':[2],'view':false,'data':[3,-4]}}}"},
    {"floor_divide dtype=int8 safe", false,
     "{'ndparity':1,'name':'floor_divide dtype=int8 safe','inputs':{'a':{'dtype':'float64','shape':[1],'data':[7.5]},'b':{'dtype':'float64','shape':[1],'data':[2.0]}},'steps':[{'id':'r','op':'floor_divide','args':['a','b'],'dtype':'int8','casting':'safe'}],'expect':{'r':{'error':'cast'}}}"},
    {"less dtype=float64 has no loop", false,
     "{'ndparity':1,'name':'less dtype=float64 has no loop','inputs':{'a':{'dtype':'int8','shape':[1],'data':[1]},'b':{'dtype':'int16','shape':[1],'data':[3]}},'steps':[{'id':'r','op':'less','args':['a','b'],'dtype':'float64'}],'expect':{'r':{'error':'type'}}}"},
    {"less dtype=bool", false,
     "{'ndparity':1,'name':'less dtype=bool','inputs':{'a':{'dtype':'int8','shape':[2],'data':[1,5]},'b':{'dtype':'int16','shape':[2],'data':[3,3]}},'steps':[{'id':'r','op':'less','args':['a','b'],'dtype':'bool'}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[true,false]}}}"},
    {"less dtype=bool casting=no", false,
     "{'ndparity':1,'name':'less dtype=bool casting=no','inputs':{'a':{'dtype':'int8','shape':[1],'data':[1]},'b':{'dtype':'int16','shape':[1],'data':[3]}},'steps':[{'id':'r','op':'less','args':['a','b'],'dtype':'bool','casting':'no'}],'expect':{'r':{'error':'cast'}}}"},
    {"absolute complex64 dtype=float32", false,
     "{'ndparity':1,'name':'absolute complex64 dtype=float32','inputs':{'a':{'dtype':'complex64','shape':[1],'data':[[3.0,4.0]]}},'steps':[{'id':'r','op':'absolute','args':['a'],'dtype':'float32'}],'expect':{'r':{'dtype':'float32','shape':[1],'view':false,'data':[5.0]}}}"},
    {"absolute complex128 dtype=float32", false,
     "{'ndparity':1,'name':'absolute complex128 dtype=float32','inputs':{'a':{'dtype':'complex128','shape':[1],'data':[[3.0,4.0]]}},'steps':[{'id':'r','op':'absolute','args':['a'],'dtype':'float32'}],'expect':{'r':{'error':'cast'}}}"},
    {"absolute int32 dtype=float32", false,
     "{'ndparity':1,'name':'absolute int32 dtype=float32','inputs':{'a':{'dtype':'int32','shape':[1],'data':[-3]}},'steps':[{'id':'r','op':'absolute','args':['a'],'dtype':'float32'}],'expect':{'r':{'dtype':'float32','shape':[1],'view':false,'data':[3.0]}}}"},
    {"sqrt int8 casting=no", false,
     "{'ndparity':1,'name':'sqrt int8 casting=no','inputs':{'a':{'dtype':'int8','shape':[1],'data':[4]}},'steps':[{'id':'r','op':'sqrt','args':['a'],'casting':'no'}],'expect':{'r':{'error':'cast'}}}"},
    {"sqrt dtype=int8 has no loop", false,
     "{'ndparity':1,'name':'sqrt dtype=int8 has no loop','inputs':{'a':{'dtype':'int8','shape':[1],'data':[4]}},'steps':[{'id':'r','op':'sqrt','args':['a'],'dtype':'int8'}],'expect':{'r':{'error':'type'}}}"},
    {"sqrt int16 dtype=float64", true,
     "{'ndparity':1,'name':'sqrt int16 dtype=float64','inputs':{'a':{'dtype':'int16','shape':[2],'data':[4,2]}},'steps':[{'id':'r','op':'sqrt','args':['a'],'dtype':'float64'}],'expect':{'r':{'dtype':'float64','shape':[2],'view':false,'data':[2.0,1.4142135623730951]}}}"},
    {"negative Python float dtype=int8", false,
     "{'ndparity':1,'name':'negative Python float dtype=int8','inputs':{},'steps':[{'id':'r','op':'negative','args':[{'float':2.7}],'dtype':'int8'}],'expect':{'r':{'dtype':'int8','shape':[],'view':false,'data':[-2]}}}"},
    {"negative Python NaN dtype=int8", false,
     "{'ndparity':1,'name':'negative Python NaN dtype=int8','inputs':{},'steps':[{'id':'r','op':'negative','args':[{'float':'nan'}],'dtype':'int8'}],'expect':{'r':{'error':'value'}}}"},
    {"negative Python inf dtype=int8", false,
     "{'ndparity':1,'name':'negative Python inf dtype=int8','inputs':{},'steps':[{'id':'r','op':'negative','args':[{'float':'inf'}],'dtype':'int8'}],'expect':{'r':{'error':'overflow'}}}"},
    {"add Python complex dtype=int8", false,
     "{'ndparity':1,'name':'add Python complex dtype=int8','inputs':{'a':{'dtype':'float64','shape':[1],'data':[1.0]}},'steps':[{'id':'r','op':'add','args':['a',{'complex':[0.0,1.0]}],'dtype':'int8'}],'expect':{'r':{'error':'type'}}}"},
    {"negative dtype=bool", false,
     "{'ndparity':1,'name':'negative dtype=bool','inputs':{'a':{'dtype':'int8','shape':[1],'data':[1]}},'steps':[{'id':'r','op':'negative','args':['a'],'dtype':'bool'}],'expect':{'r':{'error':'type'}}}"},
    {"negative bool dtype=int8", false,
     "{'ndparity':1,'name':'negative bool dtype=int8','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'negative','args':['a'],'dtype':'int8'}],'expect':{'r':{'dtype':'int8','shape':[2],'view':false,'data':[-1,0]}}}"},
    {"sign dtype=bool has no loop", false,
     "{'ndparity':1,'name':'sign dtype=bool has no loop','inputs':{'a':{'dtype':'bool','shape':[1],'data':[true]}},'steps':[{'id':'r','op':'sign','args':['a'],'dtype':'bool'}],'expect':{'r':{'error':'type'}}}"},
    {"logical_not int8 dtype=bool", false,
     "{'ndparity':1,'name':'logical_not int8 dtype=bool','inputs':{'a':{'dtype':'int8','shape':[2],'data':[0,3]}},'steps':[{'id':'r','op':'logical_not','args':['a'],'dtype':'bool','casting':'no'}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[true,false]}}}"},
    {"logical_not dtype=int8 has no loop", false,
     "{'ndparity':1,'name':'logical_not dtype=int8 has no loop','inputs':{'a':{'dtype':'int8','shape':[2],'data':[0,3]}},'steps':[{'id':'r','op':'logical_not','args':['a'],'dtype':'int8'}],'expect':{'r':{'error':'type'}}}"},
    {"invert bool dtype=int8 same_kind", false,
     "{'ndparity':1,'name':'invert bool dtype=int8 same_kind','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'invert','args':['a'],'dtype':'int8'}],'expect':{'r':{'dtype':'int8','shape':[2],'view':false,'data':[-2,-1]}}}"},
    {"invert int16 dtype=int8 safe", false,
     "{'ndparity':1,'name':'invert int16 dtype=int8 safe','inputs':{'a':{'dtype':'int16','shape':[1],'data':[1]}},'steps':[{'id':'r','op':'invert','args':['a'],'dtype':'int8','casting':'safe'}],'expect':{'r':{'error':'cast'}}}"},
    {"floor_divide int8 by zero and MIN by -1", false,
     "{'ndparity':1,'name':'floor_divide int8 by zero and MIN by -1','inputs':{'a':{'dtype':'int8','shape':[6],'data':[-128,5,-5,7,-7,0]},'b':{'dtype':'int8','shape':[6],'data':[-1,0,2,-2,2,0]}},'steps':[{'id':'r','op':'floor_divide','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[6],'view':false,'data':[-128,0,-3,-4,-4,0]}}}"},
    {"remainder int8 by zero and MIN by -1", false,
     "{'ndparity':1,'name':'remainder int8 by zero and MIN by -1','inputs':{'a':{'dtype':'int8','shape':[6],'data':[-128,5,-5,7,-7,0]},'b':{'dtype':'int8','shape':[6],'data':[-1,0,2,-2,2,0]}},'steps':[{'id':'r','op':'remainder','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[6],'view':false,'data':[0,0,1,-1,1,0]}}}"},
    {"floor_divide int64 MIN by -1", false,
     "{'ndparity':1,'name':'floor_divide int64 MIN by -1','inputs':{'a':{'dtype':'int64','shape':[2],'data':['-9223372036854775808','-9223372036854775808']},'b':{'dtype':'int64','shape':[2],'data':[-1,1]}},'steps':[{'id':'r','op':'floor_divide','args':['a','b']}],'expect':{'r':{'dtype':'int64','shape':[2],'view':false,'data':['-9223372036854775808','-9223372036854775808']}}}"},
    {"remainder uint32 by zero", false,
     "{'ndparity':1,'name':'remainder uint32 by zero','inputs':{'a':{'dtype':'uint32','shape':[2],'data':[5,4294967295]},'b':{'dtype':'uint32','shape':[2],'data':[0,7]}},'steps':[{'id':'r','op':'remainder','args':['a','b']}],'expect':{'r':{'dtype':'uint32','shape':[2],'view':false,'data':[0,3]}}}"},
    {"floor_divide float64 Python rules", false,
     "{'ndparity':1,'name':'floor_divide float64 Python rules','inputs':{'a':{'dtype':'float64','shape':[10],'data':[5.0,0.0,-5.0,5.5,-5.5,'inf',1.0,'-0.0',0.0,-7.0]},'b':{'dtype':'float64','shape':[10],'data':[0.0,0.0,0.0,2.0,2.0,2.0,'inf',3.0,-3.0,2.0]}},'steps':[{'id':'r','op':'floor_divide','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[10],'view':false,'data':['inf','nan','-inf',2.0,-3.0,'nan',0.0,'-0.0','-0.0',-4.0]}}}"},
    {"remainder float64 Python rules", false,
     "{'ndparity':1,'name':'remainder float64 Python rules','inputs':{'a':{'dtype':'float64','shape':[11],'data':[5.0,0.0,-5.0,5.5,-5.5,'inf',1.0,-1.0,'-0.0',0.0,1.0]},'b':{'dtype':'float64','shape':[11],'data':[0.0,0.0,0.0,2.0,2.0,2.0,'inf','inf',3.0,-3.0,'-inf']}},'steps':[{'id':'r','op':'remainder','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[11],'view':false,'data':['nan','nan','nan',1.5,0.5,'nan',1.0,'inf',0.0,'-0.0','-inf']}}}"},
    {"remainder float32 Python rules", false,
     "{'ndparity':1,'name':'remainder float32 Python rules','inputs':{'a':{'dtype':'float32','shape':[4],'data':[5.5,-5.5,-1.0,0.0]},'b':{'dtype':'float32','shape':[4],'data':[-2.0,2.0,'inf',-3.0]}},'steps':[{'id':'r','op':'remainder','args':['a','b']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':[-0.5,0.5,'inf','-0.0']}}}"},
    {"true_divide int by zero", false,
     "{'ndparity':1,'name':'true_divide int by zero','inputs':{'a':{'dtype':'int8','shape':[3],'data':[1,0,-1]},'b':{'dtype':'int8','shape':[3],'data':[0,0,0]}},'steps':[{'id':'r','op':'true_divide','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[3],'view':false,'data':['inf','nan','-inf']}}}"},
    {"complex divide by zero", false,
     "{'ndparity':1,'name':'complex divide by zero','inputs':{'a':{'dtype':'complex128','shape':[3],'data':[[1.0,1.0],[0.0,0.0],[-1.0,2.0]]},'b':{'dtype':'complex128','shape':[3],'data':[[0.0,0.0],[0.0,0.0],['-0.0',0.0]]}},'steps':[{'id':'r','op':'true_divide','args':['a','b']}],'expect':{'r':{'dtype':'complex128','shape':[3],'view':false,'data':[['inf','inf'],['nan','nan'],['-inf','inf']]}}}"},
    {"left_shift int8 past width", false,
     "{'ndparity':1,'name':'left_shift int8 past width','inputs':{'a':{'dtype':'int8','shape':[6],'data':[1,1,1,-1,3,1]},'b':{'dtype':'int8','shape':[6],'data':[7,8,100,1,-1,-128]}},'steps':[{'id':'r','op':'left_shift','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[6],'view':false,'data':[-128,0,0,-2,0,0]}}}"},
    {"right_shift int8 past width", false,
     "{'ndparity':1,'name':'right_shift int8 past width','inputs':{'a':{'dtype':'int8','shape':[5],'data':[-128,-1,64,100,-5]},'b':{'dtype':'int8','shape':[5],'data':[7,8,100,-1,-56]}},'steps':[{'id':'r','op':'right_shift','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[5],'view':false,'data':[-1,-1,0,0,-1]}}}"},
    {"left_shift uint64 by 64", false,
     "{'ndparity':1,'name':'left_shift uint64 by 64','inputs':{'a':{'dtype':'uint64','shape':[2],'data':[1,1]},'b':{'dtype':'uint64','shape':[2],'data':[63,64]}},'steps':[{'id':'r','op':'left_shift','args':['a','b']}],'expect':{'r':{'dtype':'uint64','shape':[2],'view':false,'data':['9223372036854775808',0]}}}"},
    {"right_shift int64 negative", false,
     "{'ndparity':1,'name':'right_shift int64 negative','inputs':{'a':{'dtype':'int64','shape':[3],'data':['-9223372036854775808',-9,9]},'b':{'dtype':'int64','shape':[3],'data':[63,1,64]}},'steps':[{'id':'r','op':'right_shift','args':['a','b']}],'expect':{'r':{'dtype':'int64','shape':[3],'view':false,'data':[-1,-5,0]}}}"},
    {"left_shift float has no loop", false,
     "{'ndparity':1,'name':'left_shift float has no loop','inputs':{'a':{'dtype':'float64','shape':[1],'data':[1.0]},'b':{'dtype':'int8','shape':[1],'data':[1]}},'steps':[{'id':'r','op':'left_shift','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"power int8 wraps", false,
     "{'ndparity':1,'name':'power int8 wraps','inputs':{'a':{'dtype':'int8','shape':[6],'data':[2,3,-2,0,1,-1]},'b':{'dtype':'int8','shape':[6],'data':[7,5,7,0,100,3]}},'steps':[{'id':'r','op':'power','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[6],'view':false,'data':[-128,-13,-128,1,1,-1]}}}"},
    {"power int64 2**64 wraps to 0", false,
     "{'ndparity':1,'name':'power int64 2**64 wraps to 0','inputs':{'a':{'dtype':'int64','shape':[2],'data':[2,3]},'b':{'dtype':'int64','shape':[2],'data':[64,41]}},'steps':[{'id':'r','op':'power','args':['a','b']}],'expect':{'r':{'dtype':'int64','shape':[2],'view':false,'data':[0,'-420491770248316829']}}}"},
    {"power negative integer exponent", false,
     "{'ndparity':1,'name':'power negative integer exponent','inputs':{'a':{'dtype':'int32','shape':[2],'data':[2,3]},'b':{'dtype':'int32','shape':[2],'data':[2,-1]}},'steps':[{'id':'r','op':'power','args':['a','b']}],'expect':{'r':{'error':'value'}}}"},
    {"power uint8 with int8 exponent", false,
     "{'ndparity':1,'name':'power uint8 with int8 exponent','inputs':{'a':{'dtype':'uint8','shape':[1],'data':[2]},'b':{'dtype':'int8','shape':[1],'data':[-1]}},'steps':[{'id':'r','op':'power','args':['a','b']}],'expect':{'r':{'error':'value'}}}"},
    {"power int8 by Python -1", false,
     "{'ndparity':1,'name':'power int8 by Python -1','inputs':{'a':{'dtype':'int8','shape':[1],'data':[2]}},'steps':[{'id':'r','op':'power','args':['a',{'int':-1}]}],'expect':{'r':{'error':'value'}}}"},
    {"power complex small integer exponents", true,
     "{'ndparity':1,'name':'power complex small integer exponents','inputs':{'a':{'dtype':'complex128','shape':[7],'data':[[1.5,-0.5],[1.5,-0.5],[1.5,-0.5],[1.5,-0.5],[0.0,0.0],[0.0,0.0],[0.0,0.0]]},'b':{'dtype':'complex128','shape':[7],'data':[[-99.0,0.0],[-2.0,0.0],[3.0,0.0],[0.5,0.0],[2.0,0.0],[-1.0,0.0],[1.0,1.0]]}},'steps':[{'id':'r','op':'power','args':['a','b']}],'expect':{'r':{'dtype':'complex128','shape':[7],'view':false,'data':[[1.8156542684130586e-20,8.489668357721144e-21],[0.32,0.24],[2.25,-3.25],[1.2411967672541269,-0.20141850719855617],[0.0,0.0],['nan','nan'],['nan','nan']]}}}"},
    {"power float16", false,
     "{'ndparity':1,'name':'power float16','inputs':{'a':{'dtype':'float16','shape':[3],'data':[2.0,-2.0,0.5]},'b':{'dtype':'float16','shape':[3],'data':[10.0,3.0,-1.0]}},'steps':[{'id':'r','op':'power','args':['a','b']}],'expect':{'r':{'dtype':'float16','shape':[3],'view':false,'data':[1024.0,-8.0,2.0]}}}"},
    {"maximum propagates NaN", false,
     "{'ndparity':1,'name':'maximum propagates NaN','inputs':{'a':{'dtype':'float64','shape':[4],'data':['nan',1.0,'-0.0',0.0]},'b':{'dtype':'float64','shape':[4],'data':[1.0,'nan',0.0,'-0.0']}},'steps':[{'id':'r','op':'maximum','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[4],'view':false,'data':['nan','nan',0.0,'-0.0']}}}"},
    {"minimum propagates NaN", false,
     "{'ndparity':1,'name':'minimum propagates NaN','inputs':{'a':{'dtype':'float32','shape':[4],'data':['nan',1.0,'-0.0',0.0]},'b':{'dtype':'float32','shape':[4],'data':[1.0,'nan',0.0,'-0.0']}},'steps':[{'id':'r','op':'minimum','args':['a','b']}],'expect':{'r':{'dtype':'float32','shape':[4],'view':false,'data':['nan','nan',0.0,'-0.0']}}}"},
    {"fmax ignores NaN", false,
     "{'ndparity':1,'name':'fmax ignores NaN','inputs':{'a':{'dtype':'float64','shape':[4],'data':['nan',1.0,'nan','-0.0']},'b':{'dtype':'float64','shape':[4],'data':[1.0,'nan','nan',0.0]}},'steps':[{'id':'r','op':'fmax','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[4],'view':false,'data':[1.0,1.0,'nan',0.0]}}}"},
    {"fmin ignores NaN", false,
     "{'ndparity':1,'name':'fmin ignores NaN','inputs':{'a':{'dtype':'float64','shape':[4],'data':['nan',1.0,'nan',0.0]},'b':{'dtype':'float64','shape':[4],'data':[1.0,'nan','nan','-0.0']}},'steps':[{'id':'r','op':'fmin','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[4],'view':false,'data':[1.0,1.0,'nan','-0.0']}}}"},
    {"maximum float16 keeps first on ties", false,
     "{'ndparity':1,'name':'maximum float16 keeps first on ties','inputs':{'a':{'dtype':'float16','shape':[3],'data':['-0.0',0.0,'nan']},'b':{'dtype':'float16','shape':[3],'data':[0.0,'-0.0',1.0]}},'steps':[{'id':'r','op':'maximum','args':['a','b']}],'expect':{'r':{'dtype':'float16','shape':[3],'view':false,'data':['-0.0',0.0,'nan']}}}"},
    {"fmin float16 keeps first on ties", false,
     "{'ndparity':1,'name':'fmin float16 keeps first on ties','inputs':{'a':{'dtype':'float16','shape':[3],'data':['-0.0',0.0,'nan']},'b':{'dtype':'float16','shape':[3],'data':[0.0,'-0.0',1.0]}},'steps':[{'id':'r','op':'fmin','args':['a','b']}],'expect':{'r':{'dtype':'float16','shape':[3],'view':false,'data':['-0.0',0.0,1.0]}}}"},
    {"maximum complex NaN", false,
     "{'ndparity':1,'name':'maximum complex NaN','inputs':{'a':{'dtype':'complex128','shape':[4],'data':[[1.0,'nan'],[1.0,2.0],['nan',0.0],[1.0,1.0]]},'b':{'dtype':'complex128','shape':[4],'data':[[0.0,0.0],[1.0,'nan'],[0.0,0.0],['nan',1.0]]}},'steps':[{'id':'r','op':'maximum','args':['a','b']}],'expect':{'r':{'dtype':'complex128','shape':[4],'view':false,'data':[[1.0,'nan'],[1.0,'nan'],['nan',0.0],['nan',1.0]]}}}"},
    {"fmax complex NaN", false,
     "{'ndparity':1,'name':'fmax complex NaN','inputs':{'a':{'dtype':'complex128','shape':[4],'data':[[1.0,'nan'],[1.0,2.0],['nan',0.0],[1.0,1.0]]},'b':{'dtype':'complex128','shape':[4],'data':[[0.0,0.0],[1.0,'nan'],[0.0,0.0],['nan',1.0]]}},'steps':[{'id':'r','op':'fmax','args':['a','b']}],'expect':{'r':{'dtype':'complex128','shape':[4],'view':false,'data':[[0.0,0.0],[1.0,2.0],[0.0,0.0],[1.0,1.0]]}}}"},
    {"less complex lexicographic", false,
     "{'ndparity':1,'name':'less complex lexicographic','inputs':{'a':{'dtype':'complex128','shape':[4],'data':[[1.0,2.0],[1.0,'nan'],[0.0,5.0],['nan',0.0]]},'b':{'dtype':'complex128','shape':[4],'data':[[1.0,3.0],[2.0,0.0],[1.0,-9.0],[1.0,0.0]]}},'steps':[{'id':'r','op':'less','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[4],'view':false,'data':[true,false,true,false]}}}"},
    {"sign of complex (1.24)", false,
     "{'ndparity':1,'name':'sign of complex (1.24)','inputs':{'a':{'dtype':'complex128','shape':[7],'data':[[0.0,-1.0],[0.0,0.0],['-0.0',2.0],['nan',1.0],[1.0,'nan'],['-inf',5.0],[3.0,-7.0]]}},'steps':[{'id':'r','op':'sign','args':['a']}],'expect':{'r':{'dtype':'complex128','shape':[7],'view':false,'data':[[-1.0,0.0],[0.0,0.0],[1.0,0.0],['nan',0.0],['nan',0.0],[-1.0,0.0],[1.0,0.0]]}}}"},
    {"sign of -0.0 and NaN", false,
     "{'ndparity':1,'name':'sign of -0.0 and NaN','inputs':{'a':{'dtype':'float64','shape':[4],'data':['-0.0','nan','-inf',2.0]}},'steps':[{'id':'r','op':'sign','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[4],'view':false,'data':[0.0,'nan',-1.0,1.0]}}}"},
    {"rint halves to even", false,
     "{'ndparity':1,'name':'rint halves to even','inputs':{'a':{'dtype':'float64','shape':[5],'data':[0.5,1.5,2.5,-0.5,-2.5]}},'steps':[{'id':'r','op':'rint','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[5],'view':false,'data':[0.0,2.0,2.0,'-0.0',-2.0]}}}"},
    {"negative of zeros", false,
     "{'ndparity':1,'name':'negative of zeros','inputs':{'a':{'dtype':'float32','shape':[2],'data':[0.0,'-0.0']}},'steps':[{'id':'r','op':'negative','args':['a']}],'expect':{'r':{'dtype':'float32','shape':[2],'view':false,'data':['-0.0',0.0]}}}"},
    {"sqrt of -0.0 and -1", false,
     "{'ndparity':1,'name':'sqrt of -0.0 and -1','inputs':{'a':{'dtype':'float64','shape':[3],'data':['-0.0',-1.0,'inf']}},'steps':[{'id':'r','op':'sqrt','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[3],'view':false,'data':['-0.0','nan','inf']}}}"},
    {"multiply zero signs", false,
     "{'ndparity':1,'name':'multiply zero signs','inputs':{'a':{'dtype':'float64','shape':[3],'data':['-0.0',0.0,-1.0]},'b':{'dtype':'float64','shape':[3],'data':[2.0,-2.0,0.0]}},'steps':[{'id':'r','op':'multiply','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[3],'view':false,'data':['-0.0','-0.0','-0.0']}}}"},
    {"log of zero and negative", false,
     "{'ndparity':1,'name':'log of zero and negative','inputs':{'a':{'dtype':'float32','shape':[3],'data':[0.0,-1.0,'inf']}},'steps':[{'id':'r','op':'log','args':['a']}],'expect':{'r':{'dtype':'float32','shape':[3],'view':false,'data':['-inf','nan','inf']}}}"},
    {"exp complex infinities", false,
     "{'ndparity':1,'name':'exp complex infinities','inputs':{'a':{'dtype':'complex128','shape':[3],'data':[['-inf',1.0],['inf',0.0],[0.0,'inf']]}},'steps':[{'id':'r','op':'exp','args':['a']}],'expect':{'r':{'dtype':'complex128','shape':[3],'view':false,'data':[[0.0,0.0],['inf',0.0],['nan','nan']]}}}"},
    {"sqrt uint8 is float16", true,
     "{'ndparity':1,'name':'sqrt uint8 is float16','inputs':{'a':{'dtype':'uint8','shape':[2],'data':[4,2]}},'steps':[{'id':'r','op':'sqrt','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[2],'view':false,'data':[2.0,1.4140625]}}}"},
    {"exp int16 is float32", true,
     "{'ndparity':1,'name':'exp int16 is float32','inputs':{'a':{'dtype':'int16','shape':[2],'data':[1,0]}},'steps':[{'id':'r','op':'exp','args':['a']}],'expect':{'r':{'dtype':'float32','shape':[2],'view':false,'data':[2.7182819843292236,1.0]}}}"},
    {"log int64 is float64", true,
     "{'ndparity':1,'name':'log int64 is float64','inputs':{'a':{'dtype':'int64','shape':[2],'data':[1,10]}},'steps':[{'id':'r','op':'log','args':['a']}],'expect':{'r':{'dtype':'float64','shape':[2],'view':false,'data':[0.0,2.3025850929940455]}}}"},
    {"floor int8 is float16", false,
     "{'ndparity':1,'name':'floor int8 is float16','inputs':{'a':{'dtype':'int8','shape':[2],'data':[3,-3]}},'steps':[{'id':'r','op':'floor','args':['a']}],'expect':{'r':{'dtype':'float16','shape':[2],'view':false,'data':[3.0,-3.0]}}}"},
    {"absolute complex64 is float32", false,
     "{'ndparity':1,'name':'absolute complex64 is float32','inputs':{'a':{'dtype':'complex64','shape':[1],'data':[[3.0,4.0]]}},'steps':[{'id':'r','op':'absolute','args':['a']}],'expect':{'r':{'dtype':'float32','shape':[1],'view':false,'data':[5.0]}}}"},
    {"invert bool is logical not", false,
     "{'ndparity':1,'name':'invert bool is logical not','inputs':{'a':{'dtype':'bool','shape':[2],'data':[true,false]}},'steps':[{'id':'r','op':'invert','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[2],'view':false,'data':[false,true]}}}"},
    {"negative bool has no loop", false,
     "{'ndparity':1,'name':'negative bool has no loop','inputs':{'a':{'dtype':'bool','shape':[1],'data':[true]}},'steps':[{'id':'r','op':'negative','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"subtract bool has no loop", false,
     "{'ndparity':1,'name':'subtract bool has no loop','inputs':{'a':{'dtype':'bool','shape':[1],'data':[true]},'b':{'dtype':'bool','shape':[1],'data':[false]}},'steps':[{'id':'r','op':'subtract','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"positive bool has no loop", false,
     "{'ndparity':1,'name':'positive bool has no loop','inputs':{'a':{'dtype':'bool','shape':[1],'data':[true]}},'steps':[{'id':'r','op':'positive','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"bitwise_and float has no loop", false,
     "{'ndparity':1,'name':'bitwise_and float has no loop','inputs':{'a':{'dtype':'float32','shape':[1],'data':[1.0]},'b':{'dtype':'float32','shape':[1],'data':[1.0]}},'steps':[{'id':'r','op':'bitwise_and','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"remainder complex has no loop", false,
     "{'ndparity':1,'name':'remainder complex has no loop','inputs':{'a':{'dtype':'complex64','shape':[1],'data':[[1.0,0.0]]},'b':{'dtype':'float32','shape':[1],'data':[1.0]}},'steps':[{'id':'r','op':'remainder','args':['a','b']}],'expect':{'r':{'error':'type'}}}"},
    {"floor complex has no loop", false,
     "{'ndparity':1,'name':'floor complex has no loop','inputs':{'a':{'dtype':'complex64','shape':[1],'data':[[1.0,0.0]]}},'steps':[{'id':'r','op':'floor','args':['a']}],'expect':{'r':{'error':'type'}}}"},
    {"logical_and complex", false,
     "{'ndparity':1,'name':'logical_and complex','inputs':{'a':{'dtype':'complex128','shape':[3],'data':[[0.0,0.0],[0.0,1.0],['nan',0.0]]},'b':{'dtype':'float64','shape':[3],'data':[1.0,1.0,1.0]}},'steps':[{'id':'r','op':'logical_and','args':['a','b']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[false,true,true]}}}"},
    {"isnan isinf on complex", false,
     "{'ndparity':1,'name':'isnan isinf on complex','inputs':{'a':{'dtype':'complex64','shape':[3],'data':[[1.0,'inf'],['nan',1.0],[0.0,0.0]]}},'steps':[{'id':'r','op':'isinf','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[3],'view':false,'data':[true,false,false]}}}"},
    {"isfinite on ints", false,
     "{'ndparity':1,'name':'isfinite on ints','inputs':{'a':{'dtype':'uint64','shape':[1],'data':['18446744073709551615']}},'steps':[{'id':'r','op':'isfinite','args':['a']}],'expect':{'r':{'dtype':'bool','shape':[1],'view':false,'data':[true]}}}"},
    {"broadcast (2,1) with (3,)", false,
     "{'ndparity':1,'name':'broadcast (2,1) with (3,)','inputs':{'a':{'dtype':'int16','shape':[2,1],'data':[1,2]},'b':{'dtype':'int8','shape':[3],'data':[10,20,30]}},'steps':[{'id':'r','op':'add','args':['a','b']}],'expect':{'r':{'dtype':'int16','shape':[2,3],'view':false,'data':[11,21,31,12,22,32]}}}"},
    {"broadcast error", false,
     "{'ndparity':1,'name':'broadcast error','inputs':{'a':{'dtype':'int16','shape':[3],'data':[1,2,3]},'b':{'dtype':'int16','shape':[2],'data':[1,2]}},'steps':[{'id':'r','op':'add','args':['a','b']}],'expect':{'r':{'error':'broadcast'}}}"},
    {"cast error before broadcast error", false,
     "{'ndparity':1,'name':'cast error before broadcast error','inputs':{'a':{'dtype':'int8','shape':[3],'data':[1,2,3]},'b':{'dtype':'float64','shape':[2],'data':[1.0,2.0]}},'steps':[{'id':'r','op':'add','args':['a','b'],'casting':'no'}],'expect':{'r':{'error':'cast'}}}"},
    {"empty operand", false,
     "{'ndparity':1,'name':'empty operand','inputs':{'a':{'dtype':'float32','shape':[0,3],'data':[]},'b':{'dtype':'float32','shape':[3],'data':[1.0,2.0,3.0]}},'steps':[{'id':'r','op':'multiply','args':['a','b']}],'expect':{'r':{'dtype':'float32','shape':[0,3],'view':false,'data':[]}}}"},
    {"Fortran-order operand", false,
     "{'ndparity':1,'name':'Fortran-order operand','inputs':{'a':{'dtype':'int32','shape':[2,3],'data':[1,2,3,4,5,6],'order':'F'},'b':{'dtype':'int32','shape':[3],'data':[1,10,100]}},'steps':[{'id':'r','op':'subtract','args':['a','b']}],'expect':{'r':{'dtype':'int32','shape':[2,3],'view':false,'data':[0,-8,-97,3,-5,-94]}}}"},
    {"swapped float64 operand", false,
     "{'ndparity':1,'name':'swapped float64 operand','inputs':{'a':{'dtype':'>f8','shape':[2],'data':[1.5,-2.0]},'b':{'dtype':'float32','shape':[2],'data':[2.0,2.0]}},'steps':[{'id':'r','op':'multiply','args':['a','b']}],'expect':{'r':{'dtype':'float64','shape':[2],'view':false,'data':[3.0,-4.0]}}}"},
    {"swapped complex128 operand", false,
     "{'ndparity':1,'name':'swapped complex128 operand','inputs':{'a':{'dtype':'>c16','shape':[1],'data':[[1.0,2.0]]},'b':{'dtype':'complex64','shape':[1],'data':[[0.0,1.0]]}},'steps':[{'id':'r','op':'multiply','args':['a','b']}],'expect':{'r':{'dtype':'complex128','shape':[1],'view':false,'data':[[-2.0,1.0]]}}}"},
    {"0-d operands", false,
     "{'ndparity':1,'name':'0-d operands','inputs':{'a':{'dtype':'int8','shape':[],'data':[3]},'b':{'dtype':'int8','shape':[2],'data':[1,2]}},'steps':[{'id':'r','op':'add','args':['a','b']}],'expect':{'r':{'dtype':'int8','shape':[2],'view':false,'data':[4,5]}}}"},
};
/* clang-format on */

#define NVALUE_CASES (sizeof value_cases / sizeof value_cases[0])

static json_t *load_json(const char *text, const char *where) {
  char *s = strdup(text);
  cr_assert_not_null(s);
  for (char *p = s; *p; p++)
    if (*p == '\'') *p = '"';
  json_error_t jerr;
  json_t *j = json_loads(s, 0, &jerr);
  cr_assert_not_null(j, "%s: bad test JSON: %s", where, jerr.text);
  free(s);
  return j;
}

static bool same_double(double a, double b) {
  if (isnan(a) || isnan(b)) return isnan(a) && isnan(b);
  return a == b && signbit(a) == signbit(b);
}

/* The case format's default tolerances (docs/case-format.md). */
static bool close_double(double got, double want, enum ndp_dtype dt) {
  if (isnan(got) || isnan(want)) return isnan(got) && isnan(want);
  if (isinf(got) || isinf(want)) return got == want;
  double rtol = dt == NDP_FLOAT16                            ? 1e-3
                : (dt == NDP_FLOAT32 || dt == NDP_COMPLEX64) ? 1.3e-6
                                                             : 1e-7;
  double atol = dt == NDP_FLOAT16 ? 1e-5 : (dt == NDP_FLOAT32 || dt == NDP_COMPLEX64) ? 1e-5 : 1e-7;
  return fabs(got - want) <= atol + rtol * fabs(want);
}

static bool elem_matches(const struct ndp_elem *got, const struct ndp_elem *want, bool approx) {
  switch (ndp_dtype_kind(got->dtype)) {
  case NDP_KIND_BOOL:
    return got->v.b == want->v.b;
  case NDP_KIND_INT:
    return got->v.i == want->v.i;
  case NDP_KIND_UINT:
    return got->v.u == want->v.u;
  case NDP_KIND_FLOAT:
    return approx ? close_double(got->v.f, want->v.f, got->dtype)
                  : same_double(got->v.f, want->v.f);
  case NDP_KIND_COMPLEX:
    if (approx) {
      return close_double(got->v.c.re, want->v.c.re, got->dtype) &&
             close_double(got->v.c.im, want->v.c.im, got->dtype);
    }
    return same_double(got->v.c.re, want->v.c.re) && same_double(got->v.c.im, want->v.c.im);
  }
  return false;
}

static void elem_str(const struct ndp_elem *e, char *buf, size_t n) {
  switch (ndp_dtype_kind(e->dtype)) {
  case NDP_KIND_BOOL:
    snprintf(buf, n, "%s", e->v.b ? "true" : "false");
    break;
  case NDP_KIND_INT:
    snprintf(buf, n, "%lld", (long long)e->v.i);
    break;
  case NDP_KIND_UINT:
    snprintf(buf, n, "%llu", (unsigned long long)e->v.u);
    break;
  case NDP_KIND_FLOAT:
    snprintf(buf, n, "%.17g", e->v.f);
    break;
  case NDP_KIND_COMPLEX:
    snprintf(buf, n, "(%.17g, %.17g)", e->v.c.re, e->v.c.im);
    break;
  }
}

/* Runs value_cases[index]; failures are reported with cr_expect so that the
 * other cases still run. */
static void check_value_case(const struct value_case *vc, size_t index) {
  char where[160];
  snprintf(where, sizeof where, "value_cases[%zu] %s", index, vc->title);
  json_t *j = load_json(vc->json, where);
  struct ndp_case *c = NULL;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_case_parse(j, "test_ufunc.c", 1, &c, &err), NDP_OK, "%s: %s", where, err.msg);
  json_decref(j);
  cr_assert_eq(c->nsteps, 1, "%s: %d steps", where, c->nsteps);
  cr_assert_eq(c->nexpect, 1, "%s: %d expectations", where, c->nexpect);
  const struct ndp_step *step = &c->steps[0];
  const struct ndp_expect *ex = &c->expect[0];
  const struct ndp_tensor *ops[2] = {NULL, NULL};
  for (int a = 0; a < step->nargs; a++) {
    if (step->args[a].kind == NDP_ARG_REF) ops[a] = &c->inputs[step->args[a].slot].tensor;
    if (step->args[a].kind == NDP_ARG_NPSCALAR) ops[a] = &step->args[a].scalar;
  }
  struct ndp_tensor out;
  enum ndp_status st = ndp_oracle_ufunc(step, ops, &out, &err);
  if (ex->has_error) {
    cr_expect(st == NDP_ESTEP && err.cls == ex->error,
              "%s: expected error %s, got status %d %s (%s)", where, ndp_errclass_name(ex->error),
              (int)st, ndp_errclass_name(err.cls), st == NDP_OK ? "" : err.msg);
    if (st == NDP_OK) ndp_tensor_release(&out);
    ndp_case_free(c);
    return;
  }
  if (st != NDP_OK) {
    cr_expect_fail("%s: unexpected error %s (%s)", where, ndp_errclass_name(err.cls), err.msg);
    ndp_case_free(c);
    return;
  }
  bool shape_ok = out.ndim == ex->ndim;
  for (int k = 0; shape_ok && k < out.ndim; k++) shape_ok = out.shape[k] == ex->shape[k];
  cr_expect(shape_ok, "%s: shape differs from NumPy's", where);
  cr_expect_eq(out.dtype, ex->dtype, "%s: dtype %s, NumPy gives %s", where,
               ndp_dtype_name(out.dtype), ndp_dtype_name(ex->dtype));
  cr_expect(ndp_tensor_is_c_contiguous(&out) && !out.swapped, "%s: result must be C-order native",
            where);
  struct ndp_tensor want;
  if (out.dtype == ex->dtype && shape_ok &&
      ndp_values_to_tensor(ex->data, out.dtype, out.ndim, out.shape, &want, &err) == NDP_OK) {
    int64_t idx[NDP_MAXDIMS] = {0};
    int64_t flat = 0;
    if (ndp_tensor_size(&out) > 0) {
      do {
        struct ndp_elem g, w;
        ndp_elem_load(out.dtype, out.swapped, ndp_tensor_at(&out, idx), &g);
        ndp_elem_load(want.dtype, want.swapped, ndp_tensor_at(&want, idx), &w);
        char gs[96], ws[96];
        elem_str(&g, gs, sizeof gs);
        elem_str(&w, ws, sizeof ws);
        cr_expect(elem_matches(&g, &w, vc->approx), "%s: [%lld] got %s, NumPy gives %s", where,
                  (long long)flat, gs, ws);
        flat++;
      } while (ndp_index_next(out.ndim, out.shape, idx));
    }
    ndp_tensor_release(&want);
  }
  ndp_tensor_release(&out);
  ndp_case_free(c);
}

/* Runs each case whose first "'op':" is a ufunc; every ufunc must have one. */
Test(ufunc, should_compute_what_numpy_computes) {
  int ops[NDP_OP_COUNT];
  int n = ufunc_ops(ops);
  int tested[NDP_OP_COUNT] = {0};
  for (size_t i = 0; i < NVALUE_CASES; i++) {
    const char *p = strstr(value_cases[i].json, "'op':'");
    cr_assert_not_null(p, "value_cases[%zu] %s: no 'op'", i, value_cases[i].title);
    p += 6;
    for (int k = 0; k < n; k++) {
      const char *name = ndp_op_name((enum ndp_op)ops[k]);
      size_t len = strlen(name);
      if (strncmp(p, name, len) != 0 || p[len] != '\'') continue;
      check_value_case(&value_cases[i], i);
      tested[ops[k]]++;
    }
  }
  for (int k = 0; k < n; k++)
    cr_assert_gt(tested[ops[k]], 0, "no value cases for %s", ndp_op_name((enum ndp_op)ops[k]));
}

/* ------------------------------------------------------------ layouts */

/* A view of the four int16 values 10, 20, 30, 40 read backwards through a
 * negative stride, byte-swapped: the kernel must read through the view. */
Test(ufunc, should_read_negative_strides_and_swapped_bytes) {
  int64_t shape[1] = {4};
  struct ndp_tensor base, view;
  cr_assert_eq(ndp_tensor_empty(NDP_INT16, 1, shape, 'C', &base, NULL), NDP_OK);
  for (int64_t k = 0; k < 4; k++) {
    struct ndp_elem e = {.dtype = NDP_INT16};
    e.v.i = 10 * (k + 1);
    ndp_elem_store(NDP_INT16, true, ndp_tensor_at(&base, &k), &e);
  }
  ndp_tensor_view(&base, &view);
  view.swapped = true;
  view.strides[0] = -2;
  view.offset = 6;
  struct ndp_arg args[2] = {{.kind = NDP_ARG_REF}, {.kind = NDP_ARG_PYINT, .pyint = {.mag = 1}}};
  const struct ndp_tensor *ops[2] = {&view, NULL};
  struct ndp_step step = {.op = NDP_OP_SUBTRACT, .nargs = 2, .args = args};
  struct ndp_tensor out;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_oracle_ufunc(&step, ops, &out, &err), NDP_OK, "%s", err.msg);
  cr_assert_eq(out.dtype, NDP_INT16);
  const int64_t want[4] = {39, 29, 19, 9};
  for (int64_t k = 0; k < 4; k++) {
    struct ndp_elem e;
    ndp_elem_load(out.dtype, out.swapped, ndp_tensor_at(&out, &k), &e);
    cr_expect_eq(e.v.i, want[k], "[%lld] got %lld", (long long)k, (long long)e.v.i);
  }
  ndp_tensor_release(&out);
  ndp_tensor_release(&view);
  ndp_tensor_release(&base);
}

/* A stride-0 (broadcast) operand with an offset. */
Test(ufunc, should_read_zero_strides) {
  int64_t shape[1] = {3};
  struct ndp_tensor base, view;
  cr_assert_eq(ndp_tensor_empty(NDP_FLOAT32, 1, shape, 'C', &base, NULL), NDP_OK);
  for (int64_t k = 0; k < 3; k++) {
    struct ndp_elem e = {.dtype = NDP_FLOAT32};
    e.v.f = 1.5 * (double)k;
    ndp_elem_store(NDP_FLOAT32, false, ndp_tensor_at(&base, &k), &e);
  }
  ndp_tensor_view(&base, &view);
  view.shape[0] = 5;
  view.strides[0] = 0;
  view.offset = 8; /* element 2: 3.0 */
  struct ndp_arg args[1] = {{.kind = NDP_ARG_REF}};
  const struct ndp_tensor *ops[1] = {&view};
  struct ndp_step step = {.op = NDP_OP_SQUARE, .nargs = 1, .args = args};
  struct ndp_tensor out;
  cr_assert_eq(ndp_oracle_ufunc(&step, ops, &out, NULL), NDP_OK);
  cr_assert_eq(out.shape[0], 5);
  for (int64_t k = 0; k < 5; k++) {
    struct ndp_elem e;
    ndp_elem_load(out.dtype, out.swapped, ndp_tensor_at(&out, &k), &e);
    cr_expect_eq(e.v.f, 9.0);
  }
  ndp_tensor_release(&out);
  ndp_tensor_release(&view);
  ndp_tensor_release(&base);
}

Test(ufunc, should_report_numpys_messages) {
  struct operand_set s;
  operands_init(&s);
  struct ndp_arg args[2];
  const struct ndp_tensor *ops[2];
  set_operand(&s, NDP_UINT8, &args[0], &ops[0]);
  args[1] = (struct ndp_arg){.kind = NDP_ARG_PYINT, .pyint = {.mag = 300}};
  ops[1] = NULL;
  struct ndp_step step = {.op = NDP_OP_ADD, .nargs = 2, .args = args};
  struct ndp_tensor out;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_oracle_ufunc(&step, ops, &out, &err), NDP_ESTEP);
  cr_assert_str_eq(err.msg, "Python integer 300 out of bounds for uint8");

  set_operand(&s, NDP_INT64, &args[0], &ops[0]);
  set_operand(&s, NDP_COMPLEX64, &args[1], &ops[1]);
  step = (struct ndp_step){.op = NDP_OP_SUBTRACT,
                           .nargs = 2,
                           .args = args,
                           .has_dtype = true,
                           .dtype = NDP_UINT32,
                           .has_casting = true,
                           .casting = NDP_CAST_SAFE};
  cr_assert_eq(ndp_oracle_ufunc(&step, ops, &out, &err), NDP_ESTEP);
  cr_assert_str_eq(err.msg, "Cannot cast ufunc 'subtract' input 0 from dtype('int64') to "
                            "dtype('uint32') with casting rule 'safe'");

  set_operand(&s, NDP_FLOAT32, &args[0], &ops[0]);
  step = (struct ndp_step){.op = NDP_OP_BITWISE_AND, .nargs = 2, .args = args};
  cr_assert_eq(ndp_oracle_ufunc(&step, ops, &out, &err), NDP_ESTEP);
  cr_assert_str_eq(err.msg, "ufunc 'bitwise_and' not supported for the input types, and the "
                            "inputs could not be safely coerced to any supported types according "
                            "to the casting rule ''safe''");
  operands_fini(&s);
}
