/* An example plugin: a user's small tensor library tested with ndparity.
 *
 * "toy" implements add, subtract, multiply and negative over arrays of one
 * shape (no broadcasting) in bool, the integer and the float dtypes, and
 * says "unsupported" for everything else. It has the classic bug of a
 * hand-written library: the result takes the first operand's dtype (NumPy
 * promotes: int8 + uint8 is int16, int32 + 1.5 is float64), which ndparity
 * reports as type-mismatch divergences.
 *
 * Build it as a shared object against ndparity's public headers only; the
 * ndp_* functions it calls are exported by the ndparity executable:
 *
 *   cc -std=c11 -fPIC -shared -I ndparity/core/include -I ndparity/harness/include \
 *      toy_engine.c -o toy_engine.so
 *   ndparity run --engine plugin:./toy_engine.so --oracle oracle cases/golden
 */
#include <string.h>

#include "ndparity/backend.h"
#include "ndparity/plugin.h"

#ifndef TOY_ABI
#define TOY_ABI NDP_BACKEND_ABI_VERSION
#endif

const int ndp_plugin_abi_version = TOY_ABI;

static bool supported(enum ndp_dtype dt) {
  enum ndp_kind k = ndp_dtype_kind(dt);
  return k == NDP_KIND_BOOL || k == NDP_KIND_INT || k == NDP_KIND_UINT ||
         (k == NDP_KIND_FLOAT && dt != NDP_FLOAT16);
}

/* The value of operand k of element idx, as a double or an int64. */
struct val {
  bool is_float;
  double f;
  int64_t i;
};

static struct val load(const struct ndp_step *step, const struct ndp_tensor *const *ops, int k,
                       const int64_t *idx) {
  struct val v = {0};
  if (ops[k] == NULL) { /* a Python scalar */
    const struct ndp_arg *a = &step->args[k];
    if (a->kind == NDP_ARG_PYFLOAT) {
      v.is_float = true;
      v.f = a->f;
    } else if (a->kind == NDP_ARG_PYBOOL) {
      v.i = a->b;
    } else {
      v.i = a->pyint.neg ? -(int64_t)a->pyint.mag : (int64_t)a->pyint.mag;
    }
    return v;
  }
  struct ndp_elem e;
  ndp_elem_load(ops[k]->dtype, ops[k]->swapped, ndp_tensor_at(ops[k], idx), &e);
  switch (ndp_dtype_kind(e.dtype)) {
  case NDP_KIND_BOOL: v.i = e.v.b; break;
  case NDP_KIND_INT: v.i = e.v.i; break;
  case NDP_KIND_UINT: v.i = (int64_t)e.v.u; break;
  default:
    v.is_float = true;
    v.f = e.v.f;
    break;
  }
  return v;
}

static enum ndp_status toy_run(struct ndp_backend *self, const struct ndp_step *step,
                               const struct ndp_tensor *const *ops, struct ndp_tensor *out,
                               int64_t *bytes_copied, struct ndp_error *err) {
  (void)self;
  int nin = step->op == NDP_OP_NEGATIVE ? 1 : 2;
  bool binary = step->op == NDP_OP_ADD || step->op == NDP_OP_SUBTRACT ||
                step->op == NDP_OP_MULTIPLY;
  if ((!binary && step->op != NDP_OP_NEGATIVE) || step->nargs != nin || step->has_dtype)
    return ndp_step_error(err, NDP_ERRC_UNSUPPORTED, "toy has no %s", ndp_op_name(step->op));
  const struct ndp_tensor *first = ops[0];
  if (first == NULL)
    return ndp_step_error(err, NDP_ERRC_UNSUPPORTED, "toy needs an array as first operand");
  for (int k = 0; k < nin; k++) {
    if (ops[k] == NULL) {
      if (step->args[k].kind == NDP_ARG_PYCOMPLEX || step->args[k].pyint.huge)
        return ndp_step_error(err, NDP_ERRC_UNSUPPORTED, "toy has no such scalar");
      continue;
    }
    if (!supported(ops[k]->dtype))
      return ndp_step_error(err, NDP_ERRC_UNSUPPORTED, "toy has no %s",
                            ndp_dtype_name(ops[k]->dtype));
    if (ops[k]->ndim != first->ndim ||
        memcmp(ops[k]->shape, first->shape, sizeof first->shape[0] * (size_t)first->ndim) != 0)
      return ndp_step_error(err, NDP_ERRC_UNSUPPORTED, "toy does not broadcast");
  }
  /* The bug: the first operand's dtype, whatever the second is. */
  enum ndp_dtype dt = first->dtype;
  enum ndp_status st = ndp_tensor_new_uninit(dt, first->ndim, first->shape, 'C', out, err);
  if (st != NDP_OK) return st;
  int64_t n = ndp_tensor_size(first), idx[NDP_MAXDIMS] = {0};
  enum ndp_kind kind = ndp_dtype_kind(dt);
  for (int64_t j = 0; j < n; j++) {
    struct val a = load(step, ops, 0, idx), b = nin == 2 ? load(step, ops, 1, idx) : a;
    struct ndp_elem r;
    r.dtype = dt;
    double fa = a.is_float ? a.f : (double)a.i, fb = b.is_float ? b.f : (double)b.i;
    /* unsigned arithmetic wraps as C's does for the integer dtypes */
    uint64_t ua = (uint64_t)a.i, ub = (uint64_t)b.i;
    uint64_t ur = step->op == NDP_OP_ADD        ? ua + ub
                  : step->op == NDP_OP_SUBTRACT ? ua - ub
                  : step->op == NDP_OP_MULTIPLY ? ua * ub
                                                : (uint64_t)0 - ua;
    double fr = step->op == NDP_OP_ADD        ? fa + fb
                : step->op == NDP_OP_SUBTRACT ? fa - fb
                : step->op == NDP_OP_MULTIPLY ? fa * fb
                                              : -fa;
    if (kind == NDP_KIND_FLOAT) {
      r.v.f = dt == NDP_FLOAT32 ? (double)(float)fr : fr;
    } else if (kind == NDP_KIND_BOOL) {
      r.v.b = ur != 0;
    } else {
      /* wrap to the dtype's width */
      int bits = (int)ndp_dtype_size(dt) * 8;
      uint64_t mask = bits == 64 ? ~(uint64_t)0 : (((uint64_t)1 << bits) - 1);
      uint64_t w = ur & mask;
      if (kind == NDP_KIND_UINT) {
        r.v.u = w;
      } else {
        if (bits < 64 && (w >> (bits - 1)) & 1) w |= ~mask;
        r.v.i = (int64_t)w;
      }
    }
    ndp_elem_store(dt, false, ndp_tensor_at(out, idx), &r);
    for (int d = first->ndim - 1; d >= 0; d--) {
      if (++idx[d] < first->shape[d]) break;
      idx[d] = 0;
    }
  }
  *bytes_copied = n * (int64_t)ndp_dtype_size(dt);
  return NDP_OK;
}

enum ndp_status ndp_plugin_open(struct ndp_backend *out, struct ndp_error *err) {
  (void)err;
  out->abi_version = NDP_BACKEND_ABI_VERSION;
  out->name = "toy";
  out->run_step = toy_run;
  return NDP_OK;
}
