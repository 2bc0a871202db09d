/* Evaluating a fn body (map, filter, numpy_function) on one element. */
#include <stdlib.h>
#include <string.h>

#include "ndparity/case.h"

enum ndp_status ndp_fn_eval(const struct ndp_case *c, const struct ndp_fn *fn, int ncomp,
                            const struct ndp_tensor *comps, ndp_step_runner run, void *ctx,
                            struct ndp_tensor *outs, int64_t *bytes_copied,
                            struct ndp_error *err) {
  struct ndp_tensor *vals = calloc((size_t)fn->nsteps, sizeof *vals);
  if (vals == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  const struct ndp_tensor *stack_ops[64];
  const struct ndp_tensor **ops = stack_ops;
  int maxargs = 0;
  for (int k = 0; k < fn->nsteps; k++)
    if (fn->steps[k].nargs > maxargs) maxargs = fn->steps[k].nargs;
  if (maxargs > 64 && (ops = calloc((size_t)maxargs, sizeof *ops)) == NULL) {
    free(vals);
    return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  enum ndp_status st = NDP_OK;
  int done = 0;
  for (int k = 0; k < fn->nsteps && st == NDP_OK; k++) {
    const struct ndp_step *s = &fn->steps[k];
    for (int a = 0; a < s->nargs && st == NDP_OK; a++) {
      const struct ndp_arg *arg = &s->args[a];
      ops[a] = NULL;
      if (arg->kind == NDP_ARG_NPSCALAR) {
        ops[a] = &arg->scalar;
      } else if (arg->kind == NDP_ARG_REF) {
        if (arg->slot < 0) {
          int comp = -1 - arg->slot;
          if (comp >= ncomp)
            st = ndp_step_error(err, NDP_ERRC_VALUE,
                                "fn step %s uses component $%d of an element of %d components",
                                s->id, comp, ncomp);
          else
            ops[a] = &comps[comp];
        } else if (arg->slot < c->ninputs) {
          ops[a] = &c->inputs[arg->slot].tensor;
        } else {
          ops[a] = &vals[arg->slot - c->ninputs];
        }
      }
    }
    if (st != NDP_OK) break;
    int64_t b = 0;
    err->cls = NDP_ERRC_NONE;
    err->msg[0] = '\0';
    st = run(ctx, s, ops, &vals[k], &b, err);
    if (st != NDP_OK) {
      memset(&vals[k], 0, sizeof vals[k]);
      if (st == NDP_ESTEP) {
        char msg[NDP_ERROR_MSG_MAX];
        memcpy(msg, err->msg, sizeof msg);
        ndp_error_set(err, NDP_ESTEP, err->cls, "fn step %s (%s): %.400s", s->id,
                      ndp_op_name(s->op), msg);
      }
      break;
    }
    *bytes_copied += b;
    done = k + 1;
  }
  if (st == NDP_OK) {
    for (int r = 0; r < fn->nresults; r++) ndp_tensor_view(&vals[fn->results[r]], &outs[r]);
  }
  for (int k = 0; k < done; k++) ndp_tensor_release(&vals[k]);
  free(vals);
  if (ops != stack_ops) free(ops);
  return st;
}
