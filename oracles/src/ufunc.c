/* Binary and unary ufuncs of the oracle: loop selection as NumPy 1.24's
 * type resolution does it (with NEP 50 weak Python scalars), dtype= and
 * casting=, and element kernels computed in the loop's dtype.
 *
 * Truth: NumPy 1.24.2 with NPY_PROMOTION_STATE=weak. Every rule below was
 * checked against that NumPy: the result dtype or error class of every ufunc
 * for every pair of the 14 dtypes and the four Python scalar kinds, with and
 * without dtype= (each of the 14) and casting= (each of the 5).
 *
 * How NumPy 1.24 picks a loop (numpy/core/src/umath/ufunc_type_resolution.c
 * and dispatching.c):
 *  1. The operand dtypes promote (NEP 50: a Python int/float/complex only
 *     contributes its kind, see ndp_result_type) to R.
 *  2. The ufunc's type resolver picks a loop from its list (np.add.types):
 *     - "uniform" ufuncs (add, subtract, multiply, maximum, minimum, fmax,
 *       fmin, negative, positive, sign, absolute of non-complex) use the
 *       loop whose types are all R, or all D with dtype=D; if the ufunc has
 *       no such loop it is an error (np.sign on bool);
 *     - comparisons use the loop for R (output bool);
 *     - logical_and/or/xor run the bool loop on the inputs' truth values;
 *     - the others search the list in order for the first loop every input
 *       casts to safely, where a Python scalar counts by its kind when an
 *       array has at least that kind (int8_array // 2 is int8) and as its
 *       own dtype otherwise (bool_array // 2 is int64); true_divide of
 *       integers and bools is forced to float64;
 *     - with dtype=D they first search the loops whose output is D (inputs
 *       cast safely), then fall back to the loop whose types are all D.
 *  3. Python scalars are converted to the loop's input dtype (a Python int
 *     out of range is an OverflowError, a complex into a real loop a
 *     TypeError, NaN into an integer loop a ValueError).
 *  4. Every other input must cast to the loop's input dtype under casting=
 *     (default same_kind), or it is a casting error (never for the logical
 *     ufuncs).
 *  5. Then the operands broadcast, and the loop runs.
 * Error classes: no loop -> type; input casting -> cast; Python int out of
 * bounds -> overflow; integer to a negative integer power -> value.
 *
 * Known limits: NumPy 1.24 caches the loop it picked for a Python int
 * operand by DType, not by value, so for Python ints beyond int64 (which
 * NumPy holds as uint64 or object arrays) its answer depends on earlier
 * calls in the same process; the oracle answers as a fresh process does
 * for [2^63, 2^64), and searches loops with int64 for ints below -2^63 or
 * at or beyond 2^64 (they overflow in integer loops and take their nearest
 * double in inexact ones). np.equal(int8_array, 300) is an OverflowError
 * in 1.24 like every other ufunc (only the == operator falls back to a
 * legacy answer). np.complex128 scalars are weak in NumPy 1.24 (see
 * ndp_promo_operand_of).
 *
 * Kernels follow NumPy's loops (numpy/core/src/umath/loops*.c.src and
 * npymath): float16 loops compute in float32 and round once to float16;
 * float32 loops compute in float; integer arithmetic wraps (done here in
 * uint64_t and reduced to the dtype's width, so no C overflow).
 */
#include <complex.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "oracle_internal.h"

/* ------------------------------------------------------------ ufunc table */

enum resolver {
  RES_UNIFORM,     /* PyUFunc_SimpleUniformOperationTypeResolver and wrappers */
  RES_DEFAULT,     /* PyUFunc_DefaultTypeResolver (linear search) */
  RES_TRUE_DIVIDE, /* PyUFunc_TrueDivisionTypeResolver: ints -> dd->d */
  RES_COMPARE,     /* PyUFunc_SimpleBinaryComparisonTypeResolver */
  RES_ABSOLUTE,    /* PyUFunc_AbsoluteTypeResolver: complex default, else uniform */
  RES_LOGICAL,     /* logical_and/or/xor: the bool loop on truth values, any casting= */
};

struct ufunc_def {
  enum ndp_op op;
  const char *name; /* NumPy's ufunc name, as in its messages */
  int nin;
  enum resolver res;
  /* np.<ufunc>.types as NumPy 1.24 prints them, without the object and
   * datetime loops ('l'/'L' are C long: int64/uint64 here, like 'q'/'Q').
   * The bool loop is written "?\?->?" so that C does not read a trigraph. */
  const char *loops;
};

#define INT_LOOPS2 "bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L qq->q QQ->Q"
#define NUM_LOOPS2 INT_LOOPS2 " ee->e ff->f dd->d FF->F DD->D"
#define CMP_LOOPS                                                                                  \
  "?\?->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? qq->? QQ->? ee->? ff->? dd->? FF->? "    \
  "DD->?"
#define INT_LOOPS1 "b->b B->B h->h H->H i->i I->I l->l L->L q->q Q->Q"
#define NUM_LOOPS1 INT_LOOPS1 " e->e f->f d->d F->F D->D"
#define PRED_LOOPS1                                                                                \
  "?->? b->? B->? h->? H->? i->? I->? l->? L->? q->? Q->? e->? f->? d->? F->? D->?"

static const struct ufunc_def ufuncs[] = {
    {NDP_OP_ADD, "add", 2, RES_UNIFORM, "?\?->? " NUM_LOOPS2},
    {NDP_OP_SUBTRACT, "subtract", 2, RES_UNIFORM, NUM_LOOPS2},
    {NDP_OP_MULTIPLY, "multiply", 2, RES_UNIFORM, "?\?->? " NUM_LOOPS2},
    {NDP_OP_TRUE_DIVIDE, "divide", 2, RES_TRUE_DIVIDE, "ee->e ff->f dd->d FF->F DD->D"},
    {NDP_OP_FLOOR_DIVIDE, "floor_divide", 2, RES_DEFAULT, INT_LOOPS2 " ee->e ff->f dd->d"},
    {NDP_OP_REMAINDER, "remainder", 2, RES_DEFAULT, INT_LOOPS2 " ee->e ff->f dd->d"},
    {NDP_OP_POWER, "power", 2, RES_DEFAULT, NUM_LOOPS2},
    {NDP_OP_MAXIMUM, "maximum", 2, RES_UNIFORM, "?\?->? " NUM_LOOPS2},
    {NDP_OP_MINIMUM, "minimum", 2, RES_UNIFORM, "?\?->? " NUM_LOOPS2},
    {NDP_OP_FMAX, "fmax", 2, RES_UNIFORM, "?\?->? " NUM_LOOPS2},
    {NDP_OP_FMIN, "fmin", 2, RES_UNIFORM, "?\?->? " NUM_LOOPS2},
    {NDP_OP_EQUAL, "equal", 2, RES_COMPARE, CMP_LOOPS},
    {NDP_OP_NOT_EQUAL, "not_equal", 2, RES_COMPARE, CMP_LOOPS},
    {NDP_OP_LESS, "less", 2, RES_COMPARE, CMP_LOOPS},
    {NDP_OP_LESS_EQUAL, "less_equal", 2, RES_COMPARE, CMP_LOOPS},
    {NDP_OP_GREATER, "greater", 2, RES_COMPARE, CMP_LOOPS},
    {NDP_OP_GREATER_EQUAL, "greater_equal", 2, RES_COMPARE, CMP_LOOPS},
    {NDP_OP_LOGICAL_AND, "logical_and", 2, RES_LOGICAL, CMP_LOOPS},
    {NDP_OP_LOGICAL_OR, "logical_or", 2, RES_LOGICAL, CMP_LOOPS},
    {NDP_OP_LOGICAL_XOR, "logical_xor", 2, RES_LOGICAL, CMP_LOOPS},
    {NDP_OP_BITWISE_AND, "bitwise_and", 2, RES_DEFAULT, "?\?->? " INT_LOOPS2},
    {NDP_OP_BITWISE_OR, "bitwise_or", 2, RES_DEFAULT, "?\?->? " INT_LOOPS2},
    {NDP_OP_BITWISE_XOR, "bitwise_xor", 2, RES_DEFAULT, "?\?->? " INT_LOOPS2},
    {NDP_OP_LEFT_SHIFT, "left_shift", 2, RES_DEFAULT, INT_LOOPS2},
    {NDP_OP_RIGHT_SHIFT, "right_shift", 2, RES_DEFAULT, INT_LOOPS2},
    {NDP_OP_NEGATIVE, "negative", 1, RES_UNIFORM, NUM_LOOPS1},
    {NDP_OP_POSITIVE, "positive", 1, RES_UNIFORM, NUM_LOOPS1},
    {NDP_OP_ABSOLUTE, "absolute", 1, RES_ABSOLUTE, "?->? " INT_LOOPS1 " e->e f->f d->d F->f D->d"},
    {NDP_OP_SIGN, "sign", 1, RES_UNIFORM, NUM_LOOPS1},
    {NDP_OP_SQRT, "sqrt", 1, RES_DEFAULT, "e->e f->f d->d f->f d->d F->F D->D"},
    {NDP_OP_SQUARE, "square", 1, RES_DEFAULT, NUM_LOOPS1},
    {NDP_OP_EXP, "exp", 1, RES_DEFAULT, "e->e f->f d->d f->f d->d F->F D->D"},
    {NDP_OP_LOG, "log", 1, RES_DEFAULT, "e->e f->f d->d f->f d->d F->F D->D"},
    {NDP_OP_FLOOR, "floor", 1, RES_DEFAULT, "e->e f->f d->d f->f d->d"},
    {NDP_OP_CEIL, "ceil", 1, RES_DEFAULT, "e->e f->f d->d f->f d->d"},
    {NDP_OP_TRUNC, "trunc", 1, RES_DEFAULT, "e->e f->f d->d f->f d->d"},
    {NDP_OP_RINT, "rint", 1, RES_DEFAULT, "e->e f->f d->d f->f d->d F->F D->D"},
    {NDP_OP_LOGICAL_NOT, "logical_not", 1, RES_DEFAULT, PRED_LOOPS1},
    {NDP_OP_INVERT, "invert", 1, RES_DEFAULT, "?->? " INT_LOOPS1},
    {NDP_OP_ISNAN, "isnan", 1, RES_DEFAULT, PRED_LOOPS1},
    {NDP_OP_ISINF, "isinf", 1, RES_DEFAULT, PRED_LOOPS1},
    {NDP_OP_ISFINITE, "isfinite", 1, RES_DEFAULT, PRED_LOOPS1},
};

static const struct ufunc_def *find_ufunc(enum ndp_op op) {
  for (size_t i = 0; i < sizeof ufuncs / sizeof ufuncs[0]; i++) {
    if (ufuncs[i].op == op) return &ufuncs[i];
  }
  return NULL;
}

/* One loop: input dtypes and the output dtype. */
struct loop {
  enum ndp_dtype in[2];
  enum ndp_dtype out;
};

static bool typechar_dtype(char c, enum ndp_dtype *dt) {
  static const char chars[] = "?bBhHiIqQefdFD";
  if (c == 'l') c = 'q';
  if (c == 'L') c = 'Q';
  const char *p = strchr(chars, c);
  if (c == '\0' || p == NULL) return false;
  *dt = (enum ndp_dtype)(p - chars);
  return true;
}

/* Parses the k-th loop of u->loops ("bb->b ..."); false when there is none. */
static bool get_loop(const struct ufunc_def *u, int k, struct loop *l) {
  const char *p = u->loops;
  for (int i = 0; i < k; i++) {
    p = strchr(p, ' ');
    if (p == NULL) return false;
    p++;
  }
  for (int i = 0; i < u->nin; i++) {
    if (!typechar_dtype(p[i], &l->in[i])) return false;
  }
  if (p[u->nin] != '-' || p[u->nin + 1] != '>') return false;
  if (!typechar_dtype(p[u->nin + 2], &l->out)) return false;
  if (u->nin == 1) l->in[1] = l->in[0];
  return true;
}

/* ------------------------------------------------------------ loop selection */

/* An input as NumPy 1.24's type resolution sees it. */
struct operand {
  bool weak;                /* a Python int/float/complex (see ndp_promo_operand_of) */
  enum ndp_arg_kind pykind; /* weak: its kind (NDP_ARG_PYINT/PYFLOAT/PYCOMPLEX) */
  /* strong: its dtype. weak: the dtype NumPy discovers for the value on its
   * own (np.asarray(v).dtype): int64, uint64 for a Python int in
   * [2^63, 2^64), float64, complex128. (A Python int beyond those ranges
   * would be an object array in NumPy; the oracle keeps int64, and the
   * value's conversion then overflows.) */
  enum ndp_dtype dtype;
};

/* NumPy's dtype_kind_to_simplified_ordering: bool 0, integers 1, inexact 2. */
static int kind_order(enum ndp_kind k) {
  switch (k) {
  case NDP_KIND_BOOL:
    return 0;
  case NDP_KIND_UINT:
  case NDP_KIND_INT:
    return 1;
  case NDP_KIND_FLOAT:
  case NDP_KIND_COMPLEX:
    return 2;
  }
  return 3;
}

/* should_use_min_scalar_weak_literals: the loop search treats Python
 * scalars by kind only ("min scalar") when some array operand's kind is at
 * least the Python scalars' kind (a Python int counts as an integer, a
 * complex as a float). Otherwise they count as their discovered dtype:
 * np.floor_divide(bool_array, 1) searches with (bool, int64). */
static bool use_min_scalar(int n, const struct operand *ops) {
  int max_scalar = -1, max_array = -1;
  bool all_scalars = true;
  for (int i = 0; i < n; i++) {
    if (ops[i].weak) {
      int k = ops[i].pykind == NDP_ARG_PYINT ? 1 : 2;
      if (k > max_scalar) max_scalar = k;
    } else {
      all_scalars = false;
      int k = kind_order(ndp_dtype_kind(ops[i].dtype));
      if (k > max_array) max_array = k;
    }
  }
  return !all_scalars && max_array >= max_scalar;
}

/* can_cast_pyscalar_scalar_to with "safe": a Python int fits any integer or
 * inexact loop, a float any inexact loop, a complex only complex loops;
 * none fits bool (the value is checked later, when it is converted). */
static bool pyscalar_fits(enum ndp_arg_kind k, enum ndp_dtype to) {
  switch (ndp_dtype_kind(to)) {
  case NDP_KIND_COMPLEX:
    return true;
  case NDP_KIND_FLOAT:
    return k != NDP_ARG_PYCOMPLEX;
  case NDP_KIND_INT:
  case NDP_KIND_UINT:
    return k == NDP_ARG_PYINT;
  case NDP_KIND_BOOL:
    return false;
  }
  return false;
}

/* ufunc_loop_matches for the inputs: can every operand be cast safely to
 * the loop's input dtype? */
static bool loop_accepts(const struct ufunc_def *u, const struct loop *l, const struct operand *ops,
                         bool min_scalar) {
  for (int i = 0; i < u->nin; i++) {
    bool ok = (ops[i].weak && min_scalar) ? pyscalar_fits(ops[i].pykind, l->in[i])
                                          : ndp_can_cast(ops[i].dtype, l->in[i], NDP_CAST_SAFE);
    if (!ok) return false;
  }
  return true;
}

/* The loop whose types are all d, if the ufunc has one. */
static bool find_homogeneous(const struct ufunc_def *u, enum ndp_dtype d, struct loop *out) {
  struct loop l;
  for (int k = 0; get_loop(u, k, &l); k++) {
    bool all = l.out == d;
    for (int i = 0; i < u->nin; i++) all = all && l.in[i] == d;
    if (all) {
      *out = l;
      return true;
    }
  }
  return false;
}

/* linear_search_type_resolver: the first loop all inputs cast to safely;
 * with want_out, only loops whose output is *want_out. */
static bool linear_search(const struct ufunc_def *u, const struct operand *ops,
                          const enum ndp_dtype *want_out, struct loop *out) {
  bool min_scalar = use_min_scalar(u->nin, ops);
  struct loop l;
  for (int k = 0; get_loop(u, k, &l); k++) {
    if (want_out != NULL && l.out != *want_out) continue;
    if (loop_accepts(u, &l, ops, min_scalar)) {
      *out = l;
      return true;
    }
  }
  return false;
}

/* NumPy's _UFuncNoLoopError message. */
static enum ndp_status no_loop_error(const struct ufunc_def *u, enum ndp_dtype d,
                                     struct ndp_error *err) {
  if (u->nin == 1) {
    return ndp_step_error(err, NDP_ERRC_TYPE,
                          "ufunc '%s' did not contain a loop with signature matching types "
                          "<class 'numpy.dtype[%s]'> -> None",
                          u->name, ndp_dtype_name(d));
  }
  return ndp_step_error(err, NDP_ERRC_TYPE,
                        "ufunc '%s' did not contain a loop with signature matching types "
                        "(<class 'numpy.dtype[%s]'>, <class 'numpy.dtype[%s]'>) -> None",
                        u->name, ndp_dtype_name(d), ndp_dtype_name(d));
}

static enum ndp_status not_supported_error(const struct ufunc_def *u, struct ndp_error *err) {
  return ndp_step_error(err, NDP_ERRC_TYPE,
                        "ufunc '%s' not supported for the input types, and the inputs could not "
                        "be safely coerced to any supported types according to the casting rule "
                        "''safe''",
                        u->name);
}

static enum ndp_status no_signature_error(const struct ufunc_def *u, struct ndp_error *err) {
  return ndp_step_error(err, NDP_ERRC_TYPE,
                        "No loop matching the specified signature and casting was found for "
                        "ufunc %s",
                        u->name);
}

/* type_tuple_type_resolver of NumPy 1.24 for dtype=D, i.e. the signature
 * (None, None, D): the loops whose output is D and whose inputs the
 * operands cast to safely, else the loop whose types are all D. */
static enum ndp_status resolve_with_dtype(const struct ufunc_def *u, const struct operand *ops,
                                          enum ndp_dtype d, struct loop *l, struct ndp_error *err) {
  if (linear_search(u, ops, &d, l)) return NDP_OK;
  if (find_homogeneous(u, d, l)) return NDP_OK;
  return no_signature_error(u, err);
}

static bool is_int_like(enum ndp_dtype dt) {
  enum ndp_kind k = ndp_dtype_kind(dt);
  return k == NDP_KIND_BOOL || k == NDP_KIND_INT || k == NDP_KIND_UINT;
}

/* Picks the loop (step 2 of the header comment); r is the NEP 50 result
 * dtype of the operands. */
static enum ndp_status select_loop(const struct ufunc_def *u, const struct ndp_step *step,
                                   const struct operand *ops, enum ndp_dtype r, struct loop *l,
                                   struct ndp_error *err) {
  enum resolver res = u->res;
  if (res == RES_ABSOLUTE) {
    res = ndp_dtype_kind(ops[0].dtype) == NDP_KIND_COMPLEX ? RES_DEFAULT : RES_UNIFORM;
  }
  if (res == RES_LOGICAL) {
    /* NumPy 1.24 runs logical_and/or/xor of any numeric inputs as the bool
     * loop, converting each input to its truth value (no range check of
     * Python ints, no casting= check); dtype= must be bool. */
    if (step->has_dtype && step->dtype != NDP_BOOL) return no_signature_error(u, err);
    return find_homogeneous(u, NDP_BOOL, l) ? NDP_OK : no_signature_error(u, err);
  }
  if (res == RES_TRUE_DIVIDE) {
    if (!step->has_dtype && is_int_like(ops[0].dtype) && is_int_like(ops[1].dtype)) {
      /* NumPy passes the signature (float64, float64, float64) for integer
       * inputs, so int8 / int8 is float64 although float16 would do. */
      return find_homogeneous(u, NDP_FLOAT64, l) ? NDP_OK : no_signature_error(u, err);
    }
    res = RES_DEFAULT;
  }
  switch (res) {
  case RES_UNIFORM: {
    /* PyUFunc_SimpleUniformOperationTypeResolver: all operands get
     * np.result_type of the inputs (for one input, its own dtype), or D. */
    enum ndp_dtype d = step->has_dtype ? step->dtype : u->nin == 1 ? ops[0].dtype : r;
    return find_homogeneous(u, d, l) ? NDP_OK : no_loop_error(u, d, err);
  }
  case RES_COMPARE:
    if (step->has_dtype) return resolve_with_dtype(u, ops, step->dtype, l, err);
    {
      struct loop c;
      for (int k = 0; get_loop(u, k, &c); k++) {
        if (c.in[0] == r && c.in[1] == r) {
          *l = c;
          return NDP_OK;
        }
      }
      return no_loop_error(u, r, err);
    }
  case RES_DEFAULT:
    if (step->has_dtype) return resolve_with_dtype(u, ops, step->dtype, l, err);
    if (linear_search(u, ops, NULL, l)) return NDP_OK;
    return not_supported_error(u, err);
  case RES_TRUE_DIVIDE:
  case RES_ABSOLUTE:
  case RES_LOGICAL:
    break;
  }
  return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "ufunc %s: bad resolver", u->name);
}

static bool machine_little(void) {
  const uint16_t one = 1;
  unsigned char b;
  memcpy(&b, &one, 1);
  return b == 1;
}

/* NumPy writes a dtype in casting messages as dtype('int16'), or with its
 * byte order when it is not native: dtype('>i2'). */
static void dtype_repr(enum ndp_dtype dt, bool swapped, char *buf, size_t n) {
  if (swapped && ndp_dtype_size(dt) > 1) {
    const struct ndp_dtype_info *info = ndp_dtype_info(dt);
    snprintf(buf, n, "dtype('%c%c%d')", machine_little() ? '>' : '<', info->typechar,
             info->itemsize);
  } else {
    snprintf(buf, n, "dtype('%s')", ndp_dtype_name(dt));
  }
}

/* Step 4: every strong input must cast to its loop dtype under casting=.
 * A byte-swapped input is not "no"-castable even to its own dtype. */
static enum ndp_status validate_casting(const struct ufunc_def *u,
                                        const struct ndp_promo_operand *p,
                                        const struct ndp_tensor *const *ops, const struct loop *l,
                                        enum ndp_casting casting, struct ndp_error *err) {
  /* NumPy 1.24 reports no casting error for logical_and/or/xor, whatever
   * casting= says (checked for all dtype pairs and all five modes): their
   * inputs only ever matter through their truth value. */
  if (u->res == RES_LOGICAL) {
    /* ... except one: two strong inputs of one type select that type's own
     * loop ('II->?'), and with "no" a byte-swapped input cannot reach it. */
    if (casting != NDP_CAST_NO || u->nin != 2 || p[0].weak || p[1].weak ||
        p[0].dtype != p[1].dtype || ndp_dtype_size(p[0].dtype) == 1)
      return NDP_OK;
    for (int i = 0; i < 2; i++) {
      if (ops[i] != NULL && ops[i]->swapped) {
        char from[32], to[32];
        dtype_repr(p[i].dtype, true, from, sizeof from);
        dtype_repr(p[i].dtype, false, to, sizeof to);
        return ndp_step_error(err, NDP_ERRC_CAST,
                              "Cannot cast ufunc '%s' input %d from %s to %s with casting rule "
                              "'no'",
                              u->name, i, from, to);
      }
    }
    return NDP_OK;
  }
  for (int i = 0; i < u->nin; i++) {
    if (p[i].weak) continue; /* already converted to the loop dtype */
    bool swapped = ops[i] != NULL && ops[i]->swapped && ndp_dtype_size(p[i].dtype) > 1;
    bool ok = ndp_can_cast(p[i].dtype, l->in[i], casting);
    if (casting == NDP_CAST_NO && swapped) ok = false;
    if (!ok) {
      char from[32], to[32], which[16] = "";
      dtype_repr(p[i].dtype, swapped, from, sizeof from);
      dtype_repr(l->in[i], false, to, sizeof to);
      if (u->nin > 1) snprintf(which, sizeof which, " %d", i);
      return ndp_step_error(err, NDP_ERRC_CAST,
                            "Cannot cast ufunc '%s' input%s from %s to %s with casting rule '%s'",
                            u->name, which, from, to, ndp_casting_name(casting));
    }
  }
  return NDP_OK;
}

/* ------------------------------------------------------------ element helpers */

static bool is_signed_int(enum ndp_dtype dt) {
  return ndp_dtype_kind(dt) == NDP_KIND_INT;
}
static int bit_width(enum ndp_dtype dt) {
  return 8 * ndp_dtype_size(dt);
}

/* The two's-complement bits of an integer element, sign-extended to 64. */
static uint64_t ibits(const struct ndp_elem *e) {
  return is_signed_int(e->dtype) ? (uint64_t)e->v.i : e->v.u;
}

/* An element of integer dtype dt holding the low bits of `bits`. */
static void iset(enum ndp_dtype dt, uint64_t bits, struct ndp_elem *out) {
  struct ndp_elem u;
  memset(&u, 0, sizeof u);
  u.dtype = NDP_UINT64;
  u.v.u = bits;
  ndp_cast_elem(&u, dt, out);
}

static void bset(bool v, struct ndp_elem *out) {
  memset(out, 0, sizeof *out);
  out->dtype = NDP_BOOL;
  out->v.b = v;
}

static void fset(enum ndp_dtype dt, double v, struct ndp_elem *out) {
  memset(out, 0, sizeof *out);
  out->dtype = dt;
  out->v.f = v;
}

static void cset(enum ndp_dtype dt, double re, double im, struct ndp_elem *out) {
  memset(out, 0, sizeof *out);
  out->dtype = dt;
  out->v.c.re = re;
  out->v.c.im = im;
}

/* float32 result of a float16 loop, rounded once to float16. */
static double half_round(float f) {
  return ndp_half_to_double(ndp_float_to_half(f));
}

/* -1, 0, 1 for integer (or bool) elements of one dtype. */
static int icmp(const struct ndp_elem *a, const struct ndp_elem *b) {
  if (a->dtype == NDP_BOOL) return (a->v.b ? 1 : 0) - (b->v.b ? 1 : 0);
  if (is_signed_int(a->dtype)) return a->v.i < b->v.i ? -1 : a->v.i > b->v.i;
  return a->v.u < b->v.u ? -1 : a->v.u > b->v.u;
}

/* Truth value of an element (NumPy's nonzero: NaN is true). */
static bool truth(const struct ndp_elem *e) {
  switch (ndp_dtype_kind(e->dtype)) {
  case NDP_KIND_BOOL:
    return e->v.b;
  case NDP_KIND_INT:
    return e->v.i != 0;
  case NDP_KIND_UINT:
    return e->v.u != 0;
  case NDP_KIND_FLOAT:
    return e->v.f != 0;
  case NDP_KIND_COMPLEX:
    return e->v.c.re != 0 || e->v.c.im != 0;
  }
  return false;
}

/* ------------------------------------------------------------ comparisons */

/* NumPy's complex ordering (loops.c.src CGT/CGE/CLT/CLE): lexicographic,
 * where a NaN imaginary part makes the real comparison false. */
static bool c_gt(double xr, double xi, double yr, double yi) {
  return (xr > yr && !isnan(xi) && !isnan(yi)) || (xr == yr && xi > yi);
}
static bool c_ge(double xr, double xi, double yr, double yi) {
  return (xr > yr && !isnan(xi) && !isnan(yi)) || (xr == yr && xi >= yi);
}
static bool c_lt(double xr, double xi, double yr, double yi) {
  return (xr < yr && !isnan(xi) && !isnan(yi)) || (xr == yr && xi < yi);
}
static bool c_le(double xr, double xi, double yr, double yi) {
  return (xr < yr && !isnan(xi) && !isnan(yi)) || (xr == yr && xi <= yi);
}

/* Comparison of two elements of one dtype. Float values are exact in
 * double, so one comparison in double serves float16/32/64. */
static bool compare(enum ndp_op op, const struct ndp_elem *a, const struct ndp_elem *b) {
  enum ndp_kind k = ndp_dtype_kind(a->dtype);
  if (k == NDP_KIND_COMPLEX) {
    double xr = a->v.c.re, xi = a->v.c.im, yr = b->v.c.re, yi = b->v.c.im;
    switch (op) {
    case NDP_OP_EQUAL:
      return xr == yr && xi == yi;
    case NDP_OP_NOT_EQUAL:
      return xr != yr || xi != yi;
    case NDP_OP_LESS:
      return c_lt(xr, xi, yr, yi);
    case NDP_OP_LESS_EQUAL:
      return c_le(xr, xi, yr, yi);
    case NDP_OP_GREATER:
      return c_gt(xr, xi, yr, yi);
    case NDP_OP_GREATER_EQUAL:
      return c_ge(xr, xi, yr, yi);
    default:
      return false;
    }
  }
  if (k == NDP_KIND_FLOAT) {
    double x = a->v.f, y = b->v.f;
    switch (op) {
    case NDP_OP_EQUAL:
      return x == y;
    case NDP_OP_NOT_EQUAL:
      return x != y;
    case NDP_OP_LESS:
      return x < y;
    case NDP_OP_LESS_EQUAL:
      return x <= y;
    case NDP_OP_GREATER:
      return x > y;
    case NDP_OP_GREATER_EQUAL:
      return x >= y;
    default:
      return false;
    }
  }
  int c = icmp(a, b);
  switch (op) {
  case NDP_OP_EQUAL:
    return c == 0;
  case NDP_OP_NOT_EQUAL:
    return c != 0;
  case NDP_OP_LESS:
    return c < 0;
  case NDP_OP_LESS_EQUAL:
    return c <= 0;
  case NDP_OP_GREATER:
    return c > 0;
  case NDP_OP_GREATER_EQUAL:
    return c >= 0;
  default:
    return false;
  }
}

/* ------------------------------------------------------------ integer kernels */

/* Integer (and bool) binary loops. Arithmetic wraps modulo 2^width like
 * NumPy's C loops; the cases C leaves undefined follow NumPy 1.24:
 * x // 0 == 0 and x % 0 == 0 (with a warning in NumPy), MIN // -1 == MIN,
 * MIN % -1 == 0; shifts by a negative count or by the width or more give 0,
 * or -1 for a right shift of a negative value (npy_lshift/npy_rshift). */
static enum ndp_status int_binary(enum ndp_op op, enum ndp_dtype dt, const struct ndp_elem *a,
                                  const struct ndp_elem *b, struct ndp_elem *r,
                                  struct ndp_error *err) {
  bool s = is_signed_int(dt);
  int w = bit_width(dt);
  uint64_t x = ibits(a), y = ibits(b);
  switch (op) {
  case NDP_OP_ADD:
    iset(dt, x + y, r);
    break;
  case NDP_OP_SUBTRACT:
    iset(dt, x - y, r);
    break;
  case NDP_OP_MULTIPLY:
    iset(dt, x * y, r);
    break;
  case NDP_OP_FLOOR_DIVIDE:
    if (y == 0) {
      iset(dt, 0, r);
    } else if (s && b->v.i == -1) {
      iset(dt, (uint64_t)0 - x, r); /* -x, wrapping MIN to MIN */
    } else if (s) {
      int64_t n = a->v.i, d = b->v.i, q = n / d;
      if (((n > 0) != (d > 0)) && q * d != n) q--; /* round toward -inf */
      iset(dt, (uint64_t)q, r);
    } else {
      iset(dt, x / y, r);
    }
    break;
  case NDP_OP_REMAINDER:
    if (y == 0 || (s && b->v.i == -1)) {
      iset(dt, 0, r);
    } else if (s) {
      int64_t n = a->v.i, d = b->v.i, rem = n % d;
      if (!((n > 0) == (d > 0) || rem == 0)) rem += d; /* sign of the divisor */
      iset(dt, (uint64_t)rem, r);
    } else {
      iset(dt, x % y, r);
    }
    break;
  case NDP_OP_POWER: {
    if (s && b->v.i < 0) {
      return ndp_step_error(err, NDP_ERRC_VALUE,
                            "Integers to negative integer powers are not allowed.");
    }
    /* NumPy's loop: square-and-multiply in the dtype (wrapping). */
    uint64_t e = y, base = x, out;
    if (e == 0 || x == 1) {
      out = 1;
    } else {
      out = (e & 1) ? base : 1;
      e >>= 1;
      while (e > 0) {
        base *= base;
        if (e & 1) out *= base;
        e >>= 1;
      }
    }
    iset(dt, out, r);
    break;
  }
  case NDP_OP_MAXIMUM:
  case NDP_OP_FMAX:
    *r = icmp(a, b) >= 0 ? *a : *b;
    break;
  case NDP_OP_MINIMUM:
  case NDP_OP_FMIN:
    *r = icmp(a, b) <= 0 ? *a : *b;
    break;
  case NDP_OP_BITWISE_AND:
    iset(dt, x & y, r);
    break;
  case NDP_OP_BITWISE_OR:
    iset(dt, x | y, r);
    break;
  case NDP_OP_BITWISE_XOR:
    iset(dt, x ^ y, r);
    break;
  case NDP_OP_LEFT_SHIFT: {
    bool in_range = s ? (b->v.i >= 0 && b->v.i < w) : (b->v.u < (uint64_t)w);
    iset(dt, in_range ? x << y : 0, r);
    break;
  }
  case NDP_OP_RIGHT_SHIFT: {
    bool in_range = s ? (b->v.i >= 0 && b->v.i < w) : (b->v.u < (uint64_t)w);
    bool neg = s && a->v.i < 0;
    if (!in_range) {
      iset(dt, neg ? UINT64_MAX : 0, r);
    } else if (neg) {
      iset(dt, ~(~x >> y), r); /* arithmetic shift of the sign-extended bits */
    } else {
      iset(dt, x >> y, r);
    }
    break;
  }
  default:
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "no integer kernel for %s",
                         ndp_op_name(op));
  }
  return NDP_OK;
}

/* Bool binary loops (bool, bool -> bool): add is or, multiply is and, maximum is or,
 * minimum is and, bitwise ops are logical. */
static enum ndp_status bool_binary(enum ndp_op op, const struct ndp_elem *a,
                                   const struct ndp_elem *b, struct ndp_elem *r,
                                   struct ndp_error *err) {
  bool x = a->v.b, y = b->v.b;
  switch (op) {
  case NDP_OP_ADD:
  case NDP_OP_MAXIMUM:
  case NDP_OP_FMAX:
  case NDP_OP_BITWISE_OR:
    bset(x || y, r);
    break;
  case NDP_OP_MULTIPLY:
  case NDP_OP_MINIMUM:
  case NDP_OP_FMIN:
  case NDP_OP_BITWISE_AND:
    bset(x && y, r);
    break;
  case NDP_OP_BITWISE_XOR:
    bset(x != y, r);
    break;
  default:
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "no bool kernel for %s",
                         ndp_op_name(op));
  }
  return NDP_OK;
}

/* ------------------------------------------------------------ float kernels */

/* npy_divmod (npymath): Python's floor division and modulo for floats,
 * computed from fmod so that the pair stays consistent. b must be nonzero. */
static double divmod_d(double a, double b, double *modulus) {
  double mod = fmod(a, b), div = (a - mod) / b, floordiv;
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = copysign(0.0, b);
  }
  if (div != 0) {
    floordiv = floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = copysign(0.0, a / b);
  }
  *modulus = mod;
  return floordiv;
}

/* The same in float (npy_divmodf), for float32 and float16 loops. */
static float divmod_f(float a, float b, float *modulus) {
  float mod = fmodf(a, b), div = (a - mod) / b, floordiv;
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0f;
    }
  } else {
    mod = copysignf(0.0f, b);
  }
  if (div != 0) {
    floordiv = floorf(div);
    if (div - floordiv > 0.5f) floordiv += 1.0f;
  } else {
    floordiv = copysignf(0.0f, a / b);
  }
  *modulus = mod;
  return floordiv;
}

/* maximum/minimum propagate a NaN from either side; fmax/fmin ignore a NaN
 * unless both are NaN. On ties (0.0 and -0.0) NumPy 1.24's float32 and
 * float64 loops return the second operand (float16: see half_select). */
static double max_d(double a, double b) {
  return isnan(a) ? a : (a > b ? a : b);
}
static double min_d(double a, double b) {
  return isnan(a) ? a : (a < b ? a : b);
}
static double fmax_d(double a, double b) {
  return isnan(b) ? a : isnan(a) ? b : (a > b ? a : b);
}
static double fmin_d(double a, double b) {
  return isnan(b) ? a : isnan(a) ? b : (a < b ? a : b);
}

/* The float16 loops compare halves (npy_half_ge/npy_half_le) and keep the
 * first operand on ties: maximum(-0.0, 0.0) is -0.0 in float16 but 0.0 in
 * float32 and float64. Returns false for other ops. */
static bool half_select(enum ndp_op op, double a, double b, double *r) {
  switch (op) {
  case NDP_OP_MAXIMUM:
    *r = (a >= b || isnan(a)) ? a : b;
    return true;
  case NDP_OP_MINIMUM:
    *r = (a <= b || isnan(a)) ? a : b;
    return true;
  case NDP_OP_FMAX:
    *r = (a >= b || isnan(b)) ? a : b;
    return true;
  case NDP_OP_FMIN:
    *r = (a <= b || isnan(b)) ? a : b;
    return true;
  default:
    return false;
  }
}

/* float64 binary loops. Returns false for an op without a float kernel. */
static bool f64_binary(enum ndp_op op, double a, double b, double *r) {
  double mod;
  switch (op) {
  case NDP_OP_ADD:
    *r = a + b;
    return true;
  case NDP_OP_SUBTRACT:
    *r = a - b;
    return true;
  case NDP_OP_MULTIPLY:
    *r = a * b;
    return true;
  case NDP_OP_TRUE_DIVIDE:
    *r = a / b;
    return true;
  case NDP_OP_FLOOR_DIVIDE: /* npy_floor_divide: a / b when b is zero */
    *r = b == 0 ? a / b : divmod_d(a, b, &mod);
    return true;
  case NDP_OP_REMAINDER: /* npy_remainder: fmod (NaN) when b is zero */
    if (b == 0) {
      *r = fmod(a, b);
    } else {
      divmod_d(a, b, &mod);
      *r = mod;
    }
    return true;
  case NDP_OP_POWER:
    *r = pow(a, b);
    return true;
  case NDP_OP_MAXIMUM:
    *r = max_d(a, b);
    return true;
  case NDP_OP_MINIMUM:
    *r = min_d(a, b);
    return true;
  case NDP_OP_FMAX:
    *r = fmax_d(a, b);
    return true;
  case NDP_OP_FMIN:
    *r = fmin_d(a, b);
    return true;
  default:
    return false;
  }
}

/* float32 binary loops, in float arithmetic (float16 loops use these too). */
static bool f32_binary(enum ndp_op op, float a, float b, float *r) {
  float mod;
  switch (op) {
  case NDP_OP_ADD:
    *r = a + b;
    return true;
  case NDP_OP_SUBTRACT:
    *r = a - b;
    return true;
  case NDP_OP_MULTIPLY:
    *r = a * b;
    return true;
  case NDP_OP_TRUE_DIVIDE:
    *r = a / b;
    return true;
  case NDP_OP_FLOOR_DIVIDE:
    *r = b == 0 ? a / b : divmod_f(a, b, &mod);
    return true;
  case NDP_OP_REMAINDER:
    if (b == 0) {
      *r = fmodf(a, b);
    } else {
      divmod_f(a, b, &mod);
      *r = mod;
    }
    return true;
  case NDP_OP_POWER:
    *r = powf(a, b);
    return true;
  /* selections: exact in any precision */
  case NDP_OP_MAXIMUM:
    *r = (float)max_d(a, b);
    return true;
  case NDP_OP_MINIMUM:
    *r = (float)min_d(a, b);
    return true;
  case NDP_OP_FMAX:
    *r = (float)fmax_d(a, b);
    return true;
  case NDP_OP_FMIN:
    *r = (float)fmin_d(a, b);
    return true;
  default:
    return false;
  }
}

/* npy sign for reals: 1, -1, 0 for zeros of both signs, NaN for NaN. */
static double sign_d(double a) {
  return a > 0 ? 1.0 : a < 0 ? -1.0 : a == 0 ? 0.0 : a;
}

static bool f64_unary(enum ndp_op op, double a, double *r) {
  switch (op) {
  case NDP_OP_NEGATIVE:
    *r = -a;
    return true;
  case NDP_OP_POSITIVE:
    *r = a;
    return true;
  case NDP_OP_ABSOLUTE:
    *r = fabs(a);
    return true;
  case NDP_OP_SIGN:
    *r = sign_d(a);
    return true;
  case NDP_OP_SQRT:
    *r = sqrt(a);
    return true;
  case NDP_OP_SQUARE:
    *r = a * a;
    return true;
  case NDP_OP_EXP:
    *r = exp(a);
    return true;
  case NDP_OP_LOG:
    *r = log(a);
    return true;
  case NDP_OP_FLOOR:
    *r = floor(a);
    return true;
  case NDP_OP_CEIL:
    *r = ceil(a);
    return true;
  case NDP_OP_TRUNC:
    *r = trunc(a);
    return true;
  case NDP_OP_RINT:
    *r = rint(a);
    return true; /* round half to even */
  default:
    return false;
  }
}

static bool f32_unary(enum ndp_op op, float a, float *r) {
  switch (op) {
  case NDP_OP_NEGATIVE:
    *r = -a;
    return true;
  case NDP_OP_POSITIVE:
    *r = a;
    return true;
  case NDP_OP_ABSOLUTE:
    *r = fabsf(a);
    return true;
  case NDP_OP_SIGN:
    *r = (float)sign_d(a);
    return true;
  case NDP_OP_SQRT:
    *r = sqrtf(a);
    return true;
  case NDP_OP_SQUARE:
    *r = a * a;
    return true;
  case NDP_OP_EXP:
    *r = expf(a);
    return true;
  case NDP_OP_LOG:
    *r = logf(a);
    return true;
  case NDP_OP_FLOOR:
    *r = floorf(a);
    return true;
  case NDP_OP_CEIL:
    *r = ceilf(a);
    return true;
  case NDP_OP_TRUNC:
    *r = truncf(a);
    return true;
  case NDP_OP_RINT:
    *r = rintf(a);
    return true;
  default:
    return false;
  }
}

/* ------------------------------------------------------------ complex kernels */

/* Complex values from their parts. Not CMPLX/CMPLXF: glibc defines those
 * for GCC only, and x + y*I would turn an infinite part into NaNs. C11
 * (6.2.5) gives a complex the representation of an array of its two parts. */
static double complex c128(double re, double im) {
  const double parts[2] = {re, im};
  double complex z;
  memcpy(&z, parts, sizeof z);
  return z;
}

static float complex c64(float re, float im) {
  const float parts[2] = {re, im};
  float complex z;
  memcpy(&z, parts, sizeof z);
  return z;
}

/* complex128 binary loops. NumPy's formulas (loops.c.src, npymath):
 * multiply is the textbook product; divide is Smith's algorithm, with a
 * zero divisor giving (re/|br|, im/|br|); power is npy_cpow. */
static double complex c128_mul(double complex a, double complex b) {
  double ar = creal(a), ai = cimag(a), br = creal(b), bi = cimag(b);
  return c128(ar * br - ai * bi, ar * bi + ai * br);
}

static double complex c128_div(double complex a, double complex b) {
  double ar = creal(a), ai = cimag(a), br = creal(b), bi = cimag(b);
  double abs_br = fabs(br), abs_bi = fabs(bi);
  if (abs_br >= abs_bi) {
    if (abs_br == 0 && abs_bi == 0) return c128(ar / abs_br, ai / abs_br);
    double rat = bi / br, scl = 1.0 / (br + bi * rat);
    return c128((ar + ai * rat) * scl, (ai - ar * rat) * scl);
  }
  double rat = br / bi, scl = 1.0 / (bi + br * rat);
  return c128((ar * rat + ai) * scl, (ai * rat - ar) * scl);
}

/* npymath's cdiv, used for 1 / z in npy_cpow: Smith's algorithm as in the
 * divide loop, but a zero divisor gives (re/|br|, im/|bi|). */
static double complex c128_quot(double complex a, double complex b) {
  double ar = creal(a), ai = cimag(a), br = creal(b), bi = cimag(b);
  double abs_br = fabs(br), abs_bi = fabs(bi);
  if (abs_br >= abs_bi) {
    if (abs_br == 0 && abs_bi == 0) return c128(ar / abs_br, ai / abs_bi);
    double rat = bi / br, scl = 1.0 / (br + bi * rat);
    return c128((ar + ai * rat) * scl, (ai - ar * rat) * scl);
  }
  double rat = br / bi, scl = 1.0 / (bi + br * rat);
  return c128((ar * rat + ai) * scl, (ai * rat - ar) * scl);
}

/* Is b a real integer n with |n| < 100 (npy_cpow's repeated squaring)? */
static bool small_int_exponent(double br, double bi, long *n) {
  if (bi != 0 || !(fabs(br) < 100.0) || trunc(br) != br) return false;
  *n = (long)br;
  return true;
}

/* npy_cpow of NumPy 1.24 (npymath/npy_math_complex.c.src): a^0 = 1; 0^b
 * is 0 for real positive b and NaN otherwise; integer exponents below 100
 * in magnitude by repeated squaring (1/x by Smith's division for negative
 * ones); everything else the C library's cpow. Checked bit for bit against
 * NumPy on special values (infinities, NaN, zeros of both signs). */
static double complex c128_pow(double complex a, double complex b) {
  double ar = creal(a), ai = cimag(a), br = creal(b), bi = cimag(b);
  long n;
  if (br == 0 && bi == 0) return c128(1.0, 0.0);
  if (ar == 0 && ai == 0) {
    if (br > 0 && bi == 0) return c128(0.0, 0.0);
    return c128(NAN, NAN);
  }
  if (small_int_exponent(br, bi, &n)) {
    if (n == 1) return a;
    if (n == 2) return c128_mul(a, a);
    if (n == 3) return c128_mul(a, c128_mul(a, a));
    long m = n < 0 ? -n : n, mask = 1;
    double complex aa = c128(1.0, 0.0), p = a;
    for (;;) {
      if (m & mask) aa = c128_mul(aa, p);
      mask <<= 1;
      if (m < mask) break;
      p = c128_mul(p, p);
    }
    return br < 0 ? c128_quot(c128(1.0, 0.0), aa) : aa;
  }
  return cpow(a, b);
}

static float complex c64_mul(float complex a, float complex b) {
  float ar = crealf(a), ai = cimagf(a), br = crealf(b), bi = cimagf(b);
  return c64(ar * br - ai * bi, ar * bi + ai * br);
}

static float complex c64_div(float complex a, float complex b) {
  float ar = crealf(a), ai = cimagf(a), br = crealf(b), bi = cimagf(b);
  float abs_br = fabsf(br), abs_bi = fabsf(bi);
  if (abs_br >= abs_bi) {
    if (abs_br == 0 && abs_bi == 0) return c64(ar / abs_br, ai / abs_br);
    float rat = bi / br, scl = 1.0f / (br + bi * rat);
    return c64((ar + ai * rat) * scl, (ai - ar * rat) * scl);
  }
  float rat = br / bi, scl = 1.0f / (bi + br * rat);
  return c64((ar * rat + ai) * scl, (ai * rat - ar) * scl);
}

static float complex c64_quot(float complex a, float complex b) {
  float ar = crealf(a), ai = cimagf(a), br = crealf(b), bi = cimagf(b);
  float abs_br = fabsf(br), abs_bi = fabsf(bi);
  if (abs_br >= abs_bi) {
    if (abs_br == 0 && abs_bi == 0) return c64(ar / abs_br, ai / abs_bi);
    float rat = bi / br, scl = 1.0f / (br + bi * rat);
    return c64((ar + ai * rat) * scl, (ai - ar * rat) * scl);
  }
  float rat = br / bi, scl = 1.0f / (bi + br * rat);
  return c64((ar * rat + ai) * scl, (ai * rat - ar) * scl);
}

static float complex c64_pow(float complex a, float complex b) {
  float ar = crealf(a), ai = cimagf(a), br = crealf(b), bi = cimagf(b);
  long n;
  if (br == 0 && bi == 0) return c64(1.0f, 0.0f);
  if (ar == 0 && ai == 0) {
    if (br > 0 && bi == 0) return c64(0.0f, 0.0f);
    return c64(NAN, NAN);
  }
  if (small_int_exponent(br, bi, &n)) {
    if (n == 1) return a;
    if (n == 2) return c64_mul(a, a);
    if (n == 3) return c64_mul(a, c64_mul(a, a));
    long m = n < 0 ? -n : n, mask = 1;
    float complex aa = c64(1.0f, 0.0f), p = a;
    for (;;) {
      if (m & mask) aa = c64_mul(aa, p);
      mask <<= 1;
      if (m < mask) break;
      p = c64_mul(p, p);
    }
    return br < 0 ? c64_quot(c64(1.0f, 0.0f), aa) : aa;
  }
  return cpowf(a, b);
}

/* Complex maximum/minimum (NaN in either part propagates from the first
 * operand, then from the second) and fmax/fmin (a NaN operand loses). */
static void c_select(enum ndp_op op, double ar, double ai, double br, double bi, double *rr,
                     double *ri) {
  bool first;
  switch (op) {
  case NDP_OP_MAXIMUM:
    first = isnan(ar) || isnan(ai) || c_ge(ar, ai, br, bi);
    break;
  case NDP_OP_MINIMUM:
    first = isnan(ar) || isnan(ai) || c_le(ar, ai, br, bi);
    break;
  case NDP_OP_FMAX:
    first = isnan(br) || isnan(bi) || c_ge(ar, ai, br, bi);
    break;
  default: /* NDP_OP_FMIN */
    first = isnan(br) || isnan(bi) || c_le(ar, ai, br, bi);
    break;
  }
  *rr = first ? ar : br;
  *ri = first ? ai : bi;
}

static bool complex_binary(enum ndp_op op, enum ndp_dtype dt, const struct ndp_elem *a,
                           const struct ndp_elem *b, struct ndp_elem *r) {
  double ar = a->v.c.re, ai = a->v.c.im, br = b->v.c.re, bi = b->v.c.im;
  if (op == NDP_OP_MAXIMUM || op == NDP_OP_MINIMUM || op == NDP_OP_FMAX || op == NDP_OP_FMIN) {
    double rr, ri;
    c_select(op, ar, ai, br, bi, &rr, &ri);
    cset(dt, rr, ri, r);
    return true;
  }
  if (dt == NDP_COMPLEX128) {
    double complex x = c128(ar, ai), y = c128(br, bi), z;
    switch (op) {
    case NDP_OP_ADD:
      z = c128(ar + br, ai + bi);
      break;
    case NDP_OP_SUBTRACT:
      z = c128(ar - br, ai - bi);
      break;
    case NDP_OP_MULTIPLY:
      z = c128_mul(x, y);
      break;
    case NDP_OP_TRUE_DIVIDE:
      z = c128_div(x, y);
      break;
    case NDP_OP_POWER:
      z = c128_pow(x, y);
      break;
    default:
      return false;
    }
    cset(dt, creal(z), cimag(z), r);
    return true;
  }
  float fr = (float)ar, fi = (float)ai, gr = (float)br, gi = (float)bi;
  float complex x = c64(fr, fi), y = c64(gr, gi), z;
  switch (op) {
  case NDP_OP_ADD:
    z = c64(fr + gr, fi + gi);
    break;
  case NDP_OP_SUBTRACT:
    z = c64(fr - gr, fi - gi);
    break;
  case NDP_OP_MULTIPLY:
    z = c64_mul(x, y);
    break;
  case NDP_OP_TRUE_DIVIDE:
    z = c64_div(x, y);
    break;
  case NDP_OP_POWER:
    z = c64_pow(x, y);
    break;
  default:
    return false;
  }
  cset(dt, crealf(z), cimagf(z), r);
  return true;
}

/* NumPy 1.24's complex sign: the sign of the real part, or of the imaginary
 * part when the real part is zero, as a complex with zero imaginary part;
 * NaN when the ordering is undefined. */
static double c_sign(double re, double im) {
  if (c_gt(re, im, 0, 0)) return 1.0;
  if (c_lt(re, im, 0, 0)) return -1.0;
  if (re == 0 && im == 0) return 0.0;
  return NAN;
}

/* Complex unary loops; absolute writes a real element of dtype out_dt. */
static bool complex_unary(enum ndp_op op, enum ndp_dtype dt, enum ndp_dtype out_dt,
                          const struct ndp_elem *a, struct ndp_elem *r) {
  double re = a->v.c.re, im = a->v.c.im;
  switch (op) {
  case NDP_OP_NEGATIVE:
    cset(dt, -re, -im, r);
    return true;
  case NDP_OP_POSITIVE:
    cset(dt, re, im, r);
    return true;
  case NDP_OP_SIGN:
    cset(dt, c_sign(re, im), 0.0, r);
    return true;
  case NDP_OP_ABSOLUTE:
    fset(out_dt, dt == NDP_COMPLEX128 ? hypot(re, im) : (double)hypotf((float)re, (float)im), r);
    return true;
  default:
    break;
  }
  if (dt == NDP_COMPLEX128) {
    double complex x = c128(re, im), z;
    switch (op) {
    case NDP_OP_SQRT:
      z = csqrt(x);
      break;
    case NDP_OP_SQUARE:
      z = c128(re * re - im * im, re * im + im * re);
      break;
    case NDP_OP_EXP:
      z = cexp(x);
      break;
    case NDP_OP_LOG:
      z = clog(x);
      break;
    case NDP_OP_RINT:
      z = c128(rint(re), rint(im));
      break;
    default:
      return false;
    }
    cset(dt, creal(z), cimag(z), r);
    return true;
  }
  float fr = (float)re, fi = (float)im;
  float complex x = c64(fr, fi), z;
  switch (op) {
  case NDP_OP_SQRT:
    z = csqrtf(x);
    break;
  case NDP_OP_SQUARE:
    z = c64(fr * fr - fi * fi, fr * fi + fi * fr);
    break;
  case NDP_OP_EXP:
    z = cexpf(x);
    break;
  case NDP_OP_LOG:
    z = clogf(x);
    break;
  case NDP_OP_RINT:
    z = c64(rintf(fr), rintf(fi));
    break;
  default:
    return false;
  }
  cset(dt, crealf(z), cimagf(z), r);
  return true;
}

/* ------------------------------------------------------------ dispatch */

static bool is_comparison(enum ndp_op op) {
  return op == NDP_OP_EQUAL || op == NDP_OP_NOT_EQUAL || op == NDP_OP_LESS ||
         op == NDP_OP_LESS_EQUAL || op == NDP_OP_GREATER || op == NDP_OP_GREATER_EQUAL;
}

static enum ndp_status no_kernel(enum ndp_op op, enum ndp_dtype dt, struct ndp_error *err) {
  return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "ufunc %s: no kernel for %s",
                       ndp_op_name(op), ndp_dtype_name(dt));
}

/* One element of a binary loop: a and b have the loop's input dtype (both
 * the same for every loop used here), r gets the loop's output dtype. */
static enum ndp_status binary_elem(enum ndp_op op, const struct loop *l, const struct ndp_elem *a,
                                   const struct ndp_elem *b, struct ndp_elem *r,
                                   struct ndp_error *err) {
  enum ndp_dtype dt = l->in[0];
  if (is_comparison(op)) {
    bset(compare(op, a, b), r);
    return NDP_OK;
  }
  switch (op) {
  case NDP_OP_LOGICAL_AND:
    bset(truth(a) && truth(b), r);
    return NDP_OK;
  case NDP_OP_LOGICAL_OR:
    bset(truth(a) || truth(b), r);
    return NDP_OK;
  case NDP_OP_LOGICAL_XOR:
    bset(truth(a) != truth(b), r);
    return NDP_OK;
  default:
    break;
  }
  switch (ndp_dtype_kind(dt)) {
  case NDP_KIND_BOOL:
    return bool_binary(op, a, b, r, err);
  case NDP_KIND_INT:
  case NDP_KIND_UINT:
    return int_binary(op, dt, a, b, r, err);
  case NDP_KIND_FLOAT: {
    double sel;
    if (dt == NDP_FLOAT64) {
      double x;
      if (!f64_binary(op, a->v.f, b->v.f, &x)) return no_kernel(op, dt, err);
      fset(dt, x, r);
    } else if (dt == NDP_FLOAT16 && half_select(op, a->v.f, b->v.f, &sel)) {
      fset(dt, sel, r);
    } else {
      float x;
      if (!f32_binary(op, (float)a->v.f, (float)b->v.f, &x)) return no_kernel(op, dt, err);
      fset(dt, dt == NDP_FLOAT16 ? half_round(x) : (double)x, r);
    }
    return NDP_OK;
  }
  case NDP_KIND_COMPLEX:
    if (!complex_binary(op, dt, a, b, r)) return no_kernel(op, dt, err);
    return NDP_OK;
  }
  return no_kernel(op, dt, err);
}

static enum ndp_status unary_elem(enum ndp_op op, const struct loop *l, const struct ndp_elem *a,
                                  struct ndp_elem *r, struct ndp_error *err) {
  enum ndp_dtype dt = l->in[0];
  enum ndp_kind k = ndp_dtype_kind(dt);
  switch (op) {
  case NDP_OP_LOGICAL_NOT:
    bset(!truth(a), r);
    return NDP_OK;
  case NDP_OP_ISNAN:
    bset(k == NDP_KIND_FLOAT     ? isnan(a->v.f)
         : k == NDP_KIND_COMPLEX ? (isnan(a->v.c.re) || isnan(a->v.c.im))
                                 : false,
         r);
    return NDP_OK;
  case NDP_OP_ISINF:
    bset(k == NDP_KIND_FLOAT     ? isinf(a->v.f)
         : k == NDP_KIND_COMPLEX ? (isinf(a->v.c.re) || isinf(a->v.c.im))
                                 : false,
         r);
    return NDP_OK;
  case NDP_OP_ISFINITE:
    bset(k == NDP_KIND_FLOAT     ? isfinite(a->v.f)
         : k == NDP_KIND_COMPLEX ? (isfinite(a->v.c.re) && isfinite(a->v.c.im))
                                 : true,
         r);
    return NDP_OK;
  default:
    break;
  }
  switch (k) {
  case NDP_KIND_BOOL:
    if (op == NDP_OP_ABSOLUTE) {
      bset(a->v.b, r);
    } else if (op == NDP_OP_INVERT) {
      bset(!a->v.b, r); /* ~ on bool is logical not */
    } else {
      return no_kernel(op, dt, err);
    }
    return NDP_OK;
  case NDP_KIND_INT:
  case NDP_KIND_UINT: {
    uint64_t x = ibits(a);
    bool s = is_signed_int(dt), neg = s && a->v.i < 0;
    switch (op) {
    case NDP_OP_NEGATIVE:
      iset(dt, (uint64_t)0 - x, r);
      break;
    case NDP_OP_POSITIVE:
      *r = *a;
      break;
    case NDP_OP_ABSOLUTE:
      iset(dt, neg ? (uint64_t)0 - x : x, r);
      break; /* |MIN| wraps */
    case NDP_OP_SIGN:
      iset(dt, neg ? UINT64_MAX : (x != 0 ? 1 : 0), r);
      break;
    case NDP_OP_SQUARE:
      iset(dt, x * x, r);
      break;
    case NDP_OP_INVERT:
      iset(dt, ~x, r);
      break;
    default:
      return no_kernel(op, dt, err);
    }
    return NDP_OK;
  }
  case NDP_KIND_FLOAT:
    if (dt == NDP_FLOAT64) {
      double x;
      if (!f64_unary(op, a->v.f, &x)) return no_kernel(op, dt, err);
      fset(dt, x, r);
    } else {
      float x;
      if (!f32_unary(op, (float)a->v.f, &x)) return no_kernel(op, dt, err);
      fset(dt, dt == NDP_FLOAT16 ? half_round(x) : (double)x, r);
    }
    return NDP_OK;
  case NDP_KIND_COMPLEX:
    if (!complex_unary(op, dt, l->out, a, r)) return no_kernel(op, dt, err);
    return NDP_OK;
  }
  return no_kernel(op, dt, err);
}

/* ------------------------------------------------------------ the ufunc */

/* A Python int beyond 64 bits taking a float or complex loop dtype: its
 * value as CPython's int.__float__ gives it (the parser keeps it, rounded to
 * nearest, in pyint.fval: inf when CPython raises OverflowError), then
 * rounded to float32/float16 by NumPy like any Python float. */
static bool huge_pyint_to_tensor(const struct ndp_step *step, int i, enum ndp_dtype dt,
                                 struct ndp_tensor *out, enum ndp_status *st,
                                 struct ndp_error *err) {
  const struct ndp_arg *arg = &step->args[i];
  if (arg->kind != NDP_ARG_PYINT || !arg->pyint.huge) return false;
  double d = arg->pyint.neg && arg->pyint.fval > 0 ? -arg->pyint.fval : arg->pyint.fval;
  if (isinf(d)) {
    *st = ndp_step_error(err, NDP_ERRC_OVERFLOW, "int too large to convert to float");
    return true;
  }
  struct ndp_arg as_float;
  memset(&as_float, 0, sizeof as_float);
  as_float.kind = NDP_ARG_PYFLOAT;
  as_float.f = d;
  *st = ndp_pyscalar_to_tensor(&as_float, dt, out, err);
  return true;
}

enum ndp_status ndp_oracle_ufunc(const struct ndp_step *step,
                                 const struct ndp_tensor *const *operands, struct ndp_tensor *out,
                                 struct ndp_error *err) {
  const struct ufunc_def *u = find_ufunc(step->op);
  if (u == NULL) {
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "%s is not a ufunc",
                         ndp_op_name(step->op));
  }
  if (step->nargs != u->nin) {
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "%s takes %d operand%s, got %d", u->name,
                         u->nin, u->nin == 1 ? "" : "s", step->nargs);
  }
  enum ndp_casting casting = step->has_casting ? step->casting : NDP_CAST_SAME_KIND;
  /* dtype=">f8": NumPy refuses a byte order before looking at the operands */
  if (step->has_dtype && ndp_step_dtype_swapped(step)) return ndp_dtype_byteorder_error(err);

  /* 1. promotion */
  struct ndp_promo_operand p[2];
  struct operand ops[2];
  for (int i = 0; i < u->nin; i++) {
    const struct ndp_arg *arg = &step->args[i];
    bool python = arg->kind == NDP_ARG_PYINT || arg->kind == NDP_ARG_PYFLOAT ||
                  arg->kind == NDP_ARG_PYCOMPLEX || arg->kind == NDP_ARG_PYBOOL;
    if (!python && operands[i] == NULL) {
      return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "%s: operand %d is missing", u->name,
                           i);
    }
    p[i] = ndp_promo_operand_of(arg, python ? NULL : operands[i]);
    ops[i].weak = p[i].weak;
    ops[i].pykind = p[i].pykind;
    ops[i].dtype = p[i].dtype;
    if (p[i].weak && arg->kind == NDP_ARG_PYINT && !arg->pyint.neg && !arg->pyint.huge &&
        arg->pyint.mag > (uint64_t)INT64_MAX) {
      ops[i].dtype = NDP_UINT64;
    }
  }
  enum ndp_dtype r = ndp_result_type(u->nin, p);

  /* 2. the loop */
  struct loop l;
  NDP_RETURN_NOT_OK(select_loop(u, step, ops, r, &l, err));
  if (step->op == NDP_OP_NEGATIVE && l.in[0] == NDP_BOOL) {
    return ndp_step_error(err, NDP_ERRC_TYPE,
                          "The numpy boolean negative, the `-` operator, is not supported, use "
                          "the `~` operator or the logical_not function instead.");
  }
  if (step->op == NDP_OP_SUBTRACT && l.in[0] == NDP_BOOL) {
    return ndp_step_error(err, NDP_ERRC_TYPE,
                          "numpy boolean subtract, the `-` operator, is not supported, use the "
                          "bitwise_xor, the `^` operator, or the logical_xor function instead.");
  }

  /* 3. Python scalars take the loop's input dtype; a Python bool is np.bool_
   * and goes through the casting check like an array. */
  struct ndp_tensor held[2];
  const struct ndp_tensor *in[2] = {NULL, NULL};
  int nheld = 0;
  enum ndp_status st = NDP_OK;
  for (int i = 0; i < u->nin && st == NDP_OK; i++) {
    enum ndp_arg_kind k = step->args[i].kind;
    if (p[i].weak || k == NDP_ARG_PYBOOL) {
      enum ndp_dtype to = p[i].weak ? l.in[i] : NDP_BOOL;
      enum ndp_kind tk = ndp_dtype_kind(to);
      bool inexact = tk == NDP_KIND_FLOAT || tk == NDP_KIND_COMPLEX;
      if (!(k == NDP_ARG_PYINT && step->args[i].pyint.huge && inexact &&
            huge_pyint_to_tensor(step, i, to, &held[nheld], &st, err))) {
        st = ndp_pyscalar_to_tensor(&step->args[i], to, &held[nheld], err);
      }
      if (st == NDP_OK) in[i] = &held[nheld++];
    } else {
      in[i] = operands[i];
    }
  }

  /* 4. casting= */
  if (st == NDP_OK) st = validate_casting(u, p, in, &l, casting, err);

  /* 5. broadcasting and the loop */
  struct ndp_tensor views[2];
  int nviews = 0;
  int ndim = 0;
  int64_t shape[NDP_MAXDIMS];
  if (st == NDP_OK) {
    int ndims[2];
    const int64_t *shapes[2];
    for (int i = 0; i < u->nin; i++) {
      ndims[i] = in[i]->ndim;
      shapes[i] = in[i]->shape;
    }
    st = ndp_broadcast_shapes(u->nin, ndims, shapes, &ndim, shape, err);
  }
  for (int i = 0; i < u->nin && st == NDP_OK; i++) {
    st = ndp_broadcast_view(in[i], ndim, shape, &views[i], err);
    if (st == NDP_OK) nviews++;
  }
  bool made = false;
  if (st == NDP_OK) {
    st = ndp_tensor_empty(l.out, ndim, shape, 'C', out, err);
    made = st == NDP_OK;
  }
  if (st == NDP_OK && ndp_tensor_size(out) > 0) {
    int64_t idx[NDP_MAXDIMS] = {0};
    do {
      struct ndp_elem x[2], c[2], res;
      for (int i = 0; i < u->nin; i++) {
        ndp_elem_load(views[i].dtype, views[i].swapped, ndp_tensor_at(&views[i], idx), &x[i]);
        ndp_cast_elem(&x[i], l.in[i], &c[i]);
      }
      st = u->nin == 2 ? binary_elem(step->op, &l, &c[0], &c[1], &res, err)
                       : unary_elem(step->op, &l, &c[0], &res, err);
      if (st != NDP_OK) break;
      ndp_elem_store(l.out, false, ndp_tensor_at(out, idx), &res);
    } while (ndp_index_next(ndim, shape, idx));
  }
  if (st != NDP_OK && made) ndp_tensor_release(out);
  for (int i = 0; i < nviews; i++) ndp_tensor_release(&views[i]);
  for (int i = 0; i < nheld; i++) ndp_tensor_release(&held[i]);
  return st;
}
