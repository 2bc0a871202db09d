/* Names of the case format's operations and casting modes
 * (docs/case-format.md, "Steps" and "Dataset pipelines"). */
#include <string.h>

#include "ndparity/case.h"

/* Indexed by enum ndp_op; a designated initializer per entry so that a
 * reordering of the enum cannot silently shift the names. */
static const char *const op_names[NDP_OP_COUNT] = {
    [NDP_OP_RESHAPE] = "reshape",
    [NDP_OP_TRANSPOSE] = "transpose",
    [NDP_OP_EXPAND_DIMS] = "expand_dims",
    [NDP_OP_SQUEEZE] = "squeeze",
    [NDP_OP_BROADCAST_TO] = "broadcast_to",
    [NDP_OP_GETITEM] = "getitem",
    [NDP_OP_ASTYPE] = "astype",
    [NDP_OP_COPY] = "copy",
    [NDP_OP_ASCONTIGUOUSARRAY] = "ascontiguousarray",
    [NDP_OP_ASFORTRANARRAY] = "asfortranarray",
    [NDP_OP_RAVEL] = "ravel",
    [NDP_OP_CONCATENATE] = "concatenate",
    [NDP_OP_STACK] = "stack",
    [NDP_OP_ADD] = "add",
    [NDP_OP_SUBTRACT] = "subtract",
    [NDP_OP_MULTIPLY] = "multiply",
    [NDP_OP_TRUE_DIVIDE] = "true_divide",
    [NDP_OP_FLOOR_DIVIDE] = "floor_divide",
    [NDP_OP_REMAINDER] = "remainder",
    [NDP_OP_POWER] = "power",
    [NDP_OP_MAXIMUM] = "maximum",
    [NDP_OP_MINIMUM] = "minimum",
    [NDP_OP_FMAX] = "fmax",
    [NDP_OP_FMIN] = "fmin",
    [NDP_OP_EQUAL] = "equal",
    [NDP_OP_NOT_EQUAL] = "not_equal",
    [NDP_OP_LESS] = "less",
    [NDP_OP_LESS_EQUAL] = "less_equal",
    [NDP_OP_GREATER] = "greater",
    [NDP_OP_GREATER_EQUAL] = "greater_equal",
    [NDP_OP_LOGICAL_AND] = "logical_and",
    [NDP_OP_LOGICAL_OR] = "logical_or",
    [NDP_OP_LOGICAL_XOR] = "logical_xor",
    [NDP_OP_BITWISE_AND] = "bitwise_and",
    [NDP_OP_BITWISE_OR] = "bitwise_or",
    [NDP_OP_BITWISE_XOR] = "bitwise_xor",
    [NDP_OP_LEFT_SHIFT] = "left_shift",
    [NDP_OP_RIGHT_SHIFT] = "right_shift",
    [NDP_OP_NEGATIVE] = "negative",
    [NDP_OP_POSITIVE] = "positive",
    [NDP_OP_ABSOLUTE] = "absolute",
    [NDP_OP_SIGN] = "sign",
    [NDP_OP_SQRT] = "sqrt",
    [NDP_OP_SQUARE] = "square",
    [NDP_OP_EXP] = "exp",
    [NDP_OP_LOG] = "log",
    [NDP_OP_FLOOR] = "floor",
    [NDP_OP_CEIL] = "ceil",
    [NDP_OP_TRUNC] = "trunc",
    [NDP_OP_RINT] = "rint",
    [NDP_OP_LOGICAL_NOT] = "logical_not",
    [NDP_OP_INVERT] = "invert",
    [NDP_OP_ISNAN] = "isnan",
    [NDP_OP_ISINF] = "isinf",
    [NDP_OP_ISFINITE] = "isfinite",
    [NDP_OP_SUM] = "sum",
    [NDP_OP_PROD] = "prod",
    [NDP_OP_MIN] = "min",
    [NDP_OP_MAX] = "max",
    [NDP_OP_MEAN] = "mean",
    [NDP_OP_ARGMIN] = "argmin",
    [NDP_OP_ARGMAX] = "argmax",
    [NDP_OP_ANY] = "any",
    [NDP_OP_ALL] = "all",
    [NDP_OP_FROM_TENSOR_SLICES] = "from_tensor_slices",
    [NDP_OP_FROM_TENSORS] = "from_tensors",
    [NDP_OP_FROM_GENERATOR] = "from_generator",
    [NDP_OP_MAP] = "map",
    [NDP_OP_NUMPY_FUNCTION] = "numpy_function",
    [NDP_OP_FILTER] = "filter",
    [NDP_OP_BATCH] = "batch",
    [NDP_OP_UNBATCH] = "unbatch",
    [NDP_OP_TAKE] = "take",
    [NDP_OP_SET_SHAPE] = "set_shape",
    [NDP_OP_ENSURE_SHAPE] = "ensure_shape",
    [NDP_OP_COLLECT] = "collect",
    [NDP_OP_TO_NUMPY] = "to_numpy",
    [NDP_OP_FROM_NUMPY] = "from_numpy",
    [NDP_OP_DLPACK_ROUNDTRIP] = "dlpack_roundtrip",
    [NDP_OP_NPY_ROUNDTRIP] = "npy_roundtrip",
};

const char *ndp_op_name(enum ndp_op op) {
  if ((int)op < 0 || op >= NDP_OP_COUNT || op_names[op] == NULL) return "?";
  return op_names[op];
}

bool ndp_op_parse(const char *name, enum ndp_op *out) {
  if (name == NULL) return false;
  for (int k = 0; k < NDP_OP_COUNT; k++) {
    if (op_names[k] != NULL && strcmp(name, op_names[k]) == 0) {
      *out = (enum ndp_op)k;
      return true;
    }
  }
  return false;
}

/* The enum is grouped by class (case.h); the first member of each group
 * marks its start. */
enum ndp_op_class ndp_op_class(enum ndp_op op) {
  if (op < NDP_OP_ADD) return NDP_OPC_SHAPE;
  if (op < NDP_OP_NEGATIVE) return NDP_OPC_BINARY;
  if (op < NDP_OP_SUM) return NDP_OPC_UNARY;
  if (op < NDP_OP_FROM_TENSOR_SLICES) return NDP_OPC_REDUCE;
  if (op < NDP_OP_TO_NUMPY) return NDP_OPC_DATASET;
  return NDP_OPC_CROSSING;
}

static const char *const casting_names[] = {
    [NDP_CAST_NO] = "no",         [NDP_CAST_EQUIV] = "equiv",
    [NDP_CAST_SAFE] = "safe",     [NDP_CAST_SAME_KIND] = "same_kind",
    [NDP_CAST_UNSAFE] = "unsafe",
};
#define NCASTINGS ((int)(sizeof casting_names / sizeof casting_names[0]))

const char *ndp_casting_name(enum ndp_casting c) {
  if ((int)c < 0 || (int)c >= NCASTINGS) return "?";
  return casting_names[c];
}

bool ndp_casting_parse(const char *name, enum ndp_casting *out) {
  if (name == NULL) return false;
  for (int k = 0; k < NCASTINGS; k++) {
    if (strcmp(name, casting_names[k]) == 0) {
      *out = (enum ndp_casting)k;
      return true;
    }
  }
  return false;
}
