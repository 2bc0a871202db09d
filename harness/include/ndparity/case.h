/* The case model: what a parsed case file says (docs/case-format.md, v1).
 *
 * A parsed case owns everything in it (strings, tensors, JSON values).
 * Inputs are built into tensors at parse time, in the dtype's byte order and
 * the requested memory order, so every backend starts from the same bytes.
 */
#ifndef NDPARITY_CASE_H
#define NDPARITY_CASE_H

#include <jansson.h>
#include <stdio.h>

#include "ndparity/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Operations of case-format.md. Keep ndp_op_name in case_ops.c in step. */
enum ndp_op {
  /* shape and layout */
  NDP_OP_RESHAPE, NDP_OP_TRANSPOSE, NDP_OP_EXPAND_DIMS, NDP_OP_SQUEEZE, NDP_OP_BROADCAST_TO,
  NDP_OP_GETITEM, NDP_OP_ASTYPE, NDP_OP_COPY, NDP_OP_ASCONTIGUOUSARRAY, NDP_OP_ASFORTRANARRAY,
  NDP_OP_RAVEL, NDP_OP_CONCATENATE, NDP_OP_STACK,
  /* binary ufuncs */
  NDP_OP_ADD, NDP_OP_SUBTRACT, NDP_OP_MULTIPLY, NDP_OP_TRUE_DIVIDE, NDP_OP_FLOOR_DIVIDE,
  NDP_OP_REMAINDER, NDP_OP_POWER, NDP_OP_MAXIMUM, NDP_OP_MINIMUM, NDP_OP_FMAX, NDP_OP_FMIN,
  NDP_OP_EQUAL, NDP_OP_NOT_EQUAL, NDP_OP_LESS, NDP_OP_LESS_EQUAL, NDP_OP_GREATER,
  NDP_OP_GREATER_EQUAL, NDP_OP_LOGICAL_AND, NDP_OP_LOGICAL_OR, NDP_OP_LOGICAL_XOR,
  NDP_OP_BITWISE_AND, NDP_OP_BITWISE_OR, NDP_OP_BITWISE_XOR, NDP_OP_LEFT_SHIFT,
  NDP_OP_RIGHT_SHIFT,
  /* unary ufuncs */
  NDP_OP_NEGATIVE, NDP_OP_POSITIVE, NDP_OP_ABSOLUTE, NDP_OP_SIGN, NDP_OP_SQRT, NDP_OP_SQUARE,
  NDP_OP_EXP, NDP_OP_LOG, NDP_OP_FLOOR, NDP_OP_CEIL, NDP_OP_TRUNC, NDP_OP_RINT,
  NDP_OP_LOGICAL_NOT, NDP_OP_INVERT, NDP_OP_ISNAN, NDP_OP_ISINF, NDP_OP_ISFINITE,
  /* reductions */
  NDP_OP_SUM, NDP_OP_PROD, NDP_OP_MIN, NDP_OP_MAX, NDP_OP_MEAN, NDP_OP_ARGMIN, NDP_OP_ARGMAX,
  NDP_OP_ANY, NDP_OP_ALL,
  /* dataset pipelines and crossings (parsed; executed from issue 4 on) */
  NDP_OP_FROM_TENSOR_SLICES, NDP_OP_FROM_TENSORS, NDP_OP_FROM_GENERATOR, NDP_OP_MAP,
  NDP_OP_NUMPY_FUNCTION, NDP_OP_FILTER, NDP_OP_BATCH, NDP_OP_UNBATCH, NDP_OP_TAKE,
  NDP_OP_SET_SHAPE, NDP_OP_ENSURE_SHAPE, NDP_OP_COLLECT, NDP_OP_TO_NUMPY, NDP_OP_FROM_NUMPY,
  NDP_OP_DLPACK_ROUNDTRIP, NDP_OP_NPY_ROUNDTRIP,
  NDP_OP_COUNT
};

enum ndp_op_class {
  NDP_OPC_SHAPE,  /* reshape ... stack */
  NDP_OPC_BINARY, /* binary ufuncs */
  NDP_OPC_UNARY,  /* unary ufuncs */
  NDP_OPC_REDUCE, /* reductions */
  NDP_OPC_DATASET, /* dataset pipelines */
  NDP_OPC_CROSSING /* to_numpy, from_numpy, dlpack_roundtrip, npy_roundtrip: array to array */
};

const char *ndp_op_name(enum ndp_op op);
bool ndp_op_parse(const char *name, enum ndp_op *out);
enum ndp_op_class ndp_op_class(enum ndp_op op);

/* NumPy casting modes, in increasing permissiveness. */
enum ndp_casting { NDP_CAST_NO, NDP_CAST_EQUIV, NDP_CAST_SAFE, NDP_CAST_SAME_KIND, NDP_CAST_UNSAFE };
const char *ndp_casting_name(enum ndp_casting c);
bool ndp_casting_parse(const char *name, enum ndp_casting *out);

/* A Python int of any size that fits in 64 bits of magnitude; huge marks a
 * value beyond 2^64-1 in magnitude (it overflows every dtype). */
struct ndp_pyint {
  bool neg;
  bool huge;
  uint64_t mag; /* |value| when !huge */
  double fval;  /* the value rounded to float64 as Python's float(int) does
                   (nearest, ties to even); inf when Python would raise
                   OverflowError ("int too large to convert to float") */
};

/* An operand of a step. */
enum ndp_arg_kind {
  NDP_ARG_REF,       /* a name: an input or an earlier step */
  NDP_ARG_PYINT,     /* {"int": ...}: weak Python int */
  NDP_ARG_PYFLOAT,   /* {"float": ...}: weak Python float */
  NDP_ARG_PYBOOL,    /* {"bool": ...} */
  NDP_ARG_PYCOMPLEX, /* {"complex": [re, im]}: weak Python complex */
  NDP_ARG_NPSCALAR,  /* {"scalar": v, "dtype": d}: a NumPy scalar (strong) */
};

struct ndp_arg {
  enum ndp_arg_kind kind;
  /* NDP_ARG_REF: the referenced slot (see struct ndp_case: inputs are slots
   * 0..ninputs-1, step k is slot ninputs+k). */
  int slot;
  struct ndp_pyint pyint; /* PYINT */
  double f;               /* PYFLOAT */
  bool b;                 /* PYBOOL */
  double re, im;          /* PYCOMPLEX */
  /* NPSCALAR: a 0-d native-order tensor of its dtype, owned by the case. */
  struct ndp_tensor scalar;
};

/* One item of a getitem index. */
enum ndp_index_kind { NDP_IDX_INT, NDP_IDX_SLICE, NDP_IDX_NEWAXIS, NDP_IDX_ELLIPSIS };
struct ndp_index_item {
  enum ndp_index_kind kind;
  int64_t i; /* INT */
  /* SLICE: has_* false means null */
  bool has_start, has_stop, has_step;
  int64_t start, stop, step;
};

/* A partial shape (datasets): rank_known false means shape null; dims -1 mean null. */
struct ndp_partial_shape {
  bool rank_known;
  int ndim;
  int64_t dims[NDP_MAXDIMS];
};

struct ndp_step;

#define NDP_DS_MAXCOMP 8 /* components of a dataset element */

/* A function body of map/filter/numpy_function: steps parsed like top-level
 * steps. Inside it, an operand slot < 0 names element component -1-slot
 * ("$0", "$1", "$x" = "$0"), a slot < ninputs a case input, and a slot
 * ninputs+k the body's step k. */
struct ndp_fn {
  int nsteps;
  struct ndp_step *steps;
  int nresults;
  int results[NDP_DS_MAXCOMP]; /* indices into steps */
};

/* The parameters of a dataset step (case-format.md, "Dataset pipelines"). */
struct ndp_ds_params {
  int out_ncomp;    /* the number of components of this stage's elements (known statically) */
  struct ndp_fn fn; /* map, filter, numpy_function (fn.nsteps > 0) */
  bool result_is_list;
  int ntout; /* numpy_function Tout */
  enum ndp_dtype tout[NDP_DS_MAXCOMP];
  /* numpy_function "shape", set_shape/ensure_shape "shape" */
  int nshapes;
  struct ndp_partial_shape shapes[NDP_DS_MAXCOMP];
  int64_t batch_size;
  bool drop_remainder;
  int64_t count; /* take */
  /* from_generator: nelements elements of ncomp input slots each */
  int nelements, ncomp;
  int *elements; /* nelements * ncomp slots */
  enum ndp_dtype sig_dtype[NDP_DS_MAXCOMP];
  struct ndp_partial_shape sig_shape[NDP_DS_MAXCOMP];
};

/* The deepest chain of dataset stages a case may build (the interpreter
 * pulls elements through one frame per stage). */
#define NDP_MAX_PIPELINE_DEPTH 256

struct ndp_step {
  char *id;
  int ds_depth; /* dataset ops: stages from the source to this one (1 for a source) */
  enum ndp_op op;
  int nargs;
  struct ndp_arg *args;
  json_t *json; /* the step object as written (borrowed from the case's root) */

  /* parameters; has_* false means absent (the op's default applies) */
  bool has_shape;
  int shape_ndim;
  int64_t shape[NDP_MAXDIMS]; /* reshape (may hold one -1), broadcast_to */

  bool has_axes; /* transpose axes, or axis list of expand_dims/squeeze/reductions/concatenate */
  bool axis_is_null; /* reductions: "axis": null given explicitly (the default anyway) */
  bool axis_is_list; /* axis given as a list (vs a single int) */
  int naxes;
  int64_t axes[NDP_MAXDIMS];

  char order; /* 'C' or 'F' (reshape, ravel); 'C' by default */

  bool has_dtype; /* astype dtype, ufunc dtype=, reduction dtype= */
  enum ndp_dtype dtype;
  bool dtype_swapped; /* the dtype was written with a non-native byte order (">f8") */

  bool has_casting;
  enum ndp_casting casting; /* default: unsafe for astype, same_kind for ufuncs */

  bool keepdims;

  int nindex; /* getitem */
  struct ndp_index_item *index;

  struct ndp_ds_params *ds; /* dataset ops: their parameters (owned); NULL otherwise */
  bool numpy_body; /* a step of a numpy_function body: it runs as NumPy on arrays (a
                      crossing), whatever the backend's own semantics */
};

/* A pinned expectation for one step. */
struct ndp_expect {
  int step; /* index into steps */
  bool has_dtype, has_shape, has_data, has_view, has_error;
  enum ndp_dtype dtype;
  int ndim;
  int64_t shape[NDP_MAXDIMS];
  json_t *data; /* the JSON list (borrowed from the case's root); values are
                   converted against the actual result dtype at check time */
  bool view;
  enum ndp_errclass error;
  json_t *json; /* the whole expectation object (borrowed) */
  /* dataset steps */
  bool has_count;
  int64_t count;
  json_t *elements; /* list of elements (lists of component expectations) or "..." (borrowed) */
  bool has_spec;
  int nspec;
  enum ndp_dtype spec_dtype[NDP_DS_MAXCOMP];
  struct ndp_partial_shape spec_shape[NDP_DS_MAXCOMP];
};

struct ndp_input {
  char *name;
  enum ndp_dtype dtype;
  bool swapped;
  char order;
  struct ndp_tensor tensor; /* owned */
};

struct ndp_case {
  char *name;
  char *file;  /* path as given */
  int line;    /* 1-based line of the case in its file (jsonl), else 1 */
  int ntags;
  char **tags;
  int ninputs;
  struct ndp_input *inputs;
  int nsteps;
  struct ndp_step *steps;
  int nexpect;
  struct ndp_expect *expect;
  bool has_tolerance;
  double rtol, atol; /* each -1 when not given (the per-dtype default applies) */
  json_t *json; /* the case object (owned reference) */
};

/* An input error found while loading: where and why. */
struct ndp_load_error {
  char *file;
  int line, column; /* 0 when unknown */
  char *case_name;  /* NULL when the case name is unknown */
  char *message;    /* "steps[1].op: unknown op \"addd\"" */
};

/* The result of loading paths: cases in deterministic order, and the errors.
 *
 * Streaming: when on_case is set, each case that loads is handed to it (in
 * the same order) and freed right after, instead of being kept in cases[];
 * memory then stays flat however large the corpus. on_case borrows the case
 * and returns NDP_OK to go on (anything else stops loading and is returned
 * by ndp_corpus_load_path). Load errors are still collected in errors[]. */
struct ndp_corpus {
  int ncases, cap_cases;
  struct ndp_case **cases;
  int nerrors, cap_errors;
  struct ndp_load_error *errors;
  enum ndp_status (*on_case)(void *ctx, struct ndp_case *c, struct ndp_error *err);
  void *ctx;
  long nstreamed; /* cases handed to on_case */
  void *names;    /* internal: the names seen so far (duplicates are errors) */
  /* Selection (--shard, -j workers): when select is set, every case slot —
   * a case of a .json file, a non-blank line of a .jsonl file — gets the
   * next ordinal (0, 1, ... in load order, the same in every process that
   * loads the same paths), and a slot whose ordinal select rejects is
   * skipped: a .jsonl line is not even parsed, and its errors are not
   * recorded. Errors of a whole file (it does not read, or does not parse)
   * have ordinal -1. Duplicate names are then found only among the selected
   * cases. ordinal is the slot being loaded (on_case can read it). */
  bool (*select)(void *ctx, long ordinal);
  long next_ordinal;
  long ordinal;
};

/* Prints e as "file:line:column: case \"name\": message" (the parts that are
 * known) and a newline to f. */
void ndp_load_error_print(const struct ndp_load_error *e, FILE *f);

void ndp_corpus_init(struct ndp_corpus *c);
void ndp_corpus_reset(struct ndp_corpus *c);

/* Loads a file or a directory (recursively, *.json and *.jsonl, sorted path
 * order) into corpus. Bad files or cases are recorded in corpus->errors and
 * never stop the rest. Returns NDP_OK unless memory ran out; a path that
 * does not exist is recorded as an error. */
enum ndp_status ndp_corpus_load_path(struct ndp_corpus *corpus, const char *path,
                                     struct ndp_error *err);

/* Parses one case object. file/line are used for messages. On failure
 * returns NDP_EINPUT with err->msg holding "key.path: reason". json is
 * borrowed (the case takes its own reference). */
enum ndp_status ndp_case_parse(json_t *json, const char *file, int line, struct ndp_case **out,
                               struct ndp_error *err);
void ndp_case_free(struct ndp_case *c);

/* Converts a JSON list of values (case-format "data" notation) into a new
 * C-order native tensor of dtype dt and shape. NDP_EINPUT on a bad value,
 * with err->msg "[k]: reason". */
enum ndp_status ndp_values_to_tensor(json_t *data, enum ndp_dtype dt, int ndim,
                                     const int64_t *shape, struct ndp_tensor *out,
                                     struct ndp_error *err);

/* Parses one scalar in data notation for dtype dt into e (e->dtype = dt). */
enum ndp_status ndp_value_parse(json_t *v, enum ndp_dtype dt, struct ndp_elem *e,
                                struct ndp_error *err);

/* Runs one step for ndp_fn_eval (a backend's run_step, through ctx). */
typedef enum ndp_status (*ndp_step_runner)(void *ctx, const struct ndp_step *step,
                                            const struct ndp_tensor *const *operands,
                                            struct ndp_tensor *out, int64_t *bytes_copied,
                                            struct ndp_error *err);

/* Evaluates fn body of a step of case c on one element (ncomp components):
 * every body step runs through run; outs (fn->nresults entries) receive
 * owned results. *bytes_copied accumulates. NDP_ESTEP when a body step
 * fails (err names the body step). */
enum ndp_status ndp_fn_eval(const struct ndp_case *c, const struct ndp_fn *fn, int ncomp,
                            const struct ndp_tensor *comps, ndp_step_runner run, void *ctx,
                            struct ndp_tensor *outs, int64_t *bytes_copied,
                            struct ndp_error *err);

#ifdef __cplusplus
}
#endif
#endif
