/* The generator's dataset pipelines: a source (from_tensor_slices,
 * from_tensors, from_generator) over inputs made for it, after a crossing
 * or another array step now and then, then stages (map, filter, batch,
 * unbatch, take, set_shape, ensure_shape, numpy_function, collect) aimed at
 * the elements the generator expects, with near-misses (a declared shape
 * that does not fit, unbatching 0-d components, a predicate that is not a
 * 0-d bool) now and then. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen_internal.h"

static void set_ref(struct ndp_arg *a, int slot) {
  a->kind = NDP_ARG_REF;
  a->slot = slot;
}

/* A new dataset model for step slot k. */
static struct dsval *new_ds(struct gen *g, int k) {
  struct dsval *d = &g->dsv[g->ndsv];
  struct aval *a = &g->st[k];
  memset(a, 0, sizeof *a);
  a->kind = AV_DATASET;
  a->ds = g->ndsv++;
  d->ncomp = 0;
  d->count = -1;
  return d;
}

/* The aval of component k of an element that is (part of) array a. */
static void comp_of(struct aval *comp, const struct aval *a, bool slice) {
  *comp = *a;
  if (slice && comp->ndim > 0) {
    memmove(comp->shape, comp->shape + 1, sizeof comp->shape[0] * (size_t)(comp->ndim - 1));
    comp->ndim--;
    comp->vary >>= 1;
  }
}

/* ================================================================ partial shapes */

/* A partial shape for elements modelled by comp: its dims, some of them
 * unknown (always those that vary), now and then one that does not fit. */
static void partial_of(struct gen *g, const struct aval *comp, struct ndp_partial_shape *p,
                       unsigned null_pct, unsigned wrong_pct) {
  memset(p, 0, sizeof *p);
  if ((comp->vary & VARY_RANK) || comp->kind != AV_ARRAY || g_chance(g, 8)) return; /* None */
  p->rank_known = true;
  p->ndim = comp->ndim;
  for (int k = 0; k < comp->ndim; k++) {
    bool vary = (comp->vary >> k) & 1u;
    p->dims[k] = vary || comp->shape[k] < 0 || g_chance(g, null_pct) ? -1 : comp->shape[k];
  }
  if (g_chance(g, wrong_pct)) {
    if (p->ndim > 0 && g_chance(g, 70)) {
      int k = (int)g_below(g, (uint64_t)p->ndim);
      p->dims[k] = comp->shape[k] >= 0 ? comp->shape[k] + 1 : 3;
    } else if (p->ndim < NDP_MAXDIMS) {
      p->dims[p->ndim++] = 1; /* one dimension too many */
    }
  }
}

/* A list of two or more partial shapes that are all of unknown rank
 * cannot be written (the format reads [null, null] as one rank-2 shape):
 * the first becomes known in rank, every dimension unknown. */
static void fix_all_unknown(int n, struct ndp_partial_shape *p, const struct aval *comps) {
  if (n < 2) return;
  for (int k = 0; k < n; k++)
    if (p[k].rank_known) return;
  p[0].rank_known = true;
  p[0].ndim = comps[0].ndim;
  for (int d = 0; d < p[0].ndim; d++) p[0].dims[d] = -1;
}

/* ================================================================ fn bodies */

enum body_kind { BODY_MAP, BODY_FILTER, BODY_NUMPY };

/* The comparison a filter predicate makes of a 0-d value with a Python scalar. */
static enum ndp_status compare_step(struct gen *g, struct ndp_step *s, int slot) {
  static const enum ndp_op cmp[] = {NDP_OP_GREATER,    NDP_OP_LESS,  NDP_OP_GREATER_EQUAL,
                                    NDP_OP_LESS_EQUAL, NDP_OP_EQUAL, NDP_OP_NOT_EQUAL};
  s->op = cmp[g_below(g, 6)];
  NDP_RETURN_NOT_OK(g_args(g, s, 2));
  set_ref(&s->args[0], slot);
  if (g_chance(g, 70))
    g_pyint_set(&s->args[1], g_range(g, -2, 12));
  else if (g_chance(g, 70)) {
    s->args[1].kind = NDP_ARG_PYFLOAT;
    s->args[1].f = (double)g_range(g, -8, 24) / 4.0;
  } else {
    g_pyfloat(g, &s->args[1]);
  }
  return NDP_OK;
}

/* Builds the fn body of dataset step s over elements `in`; the results'
 * models go to res (nresults entries). */
static enum ndp_status gen_body(struct gen *g, struct ndp_step *s, const struct dsval *in,
                                enum body_kind kind, struct aval *res, int *nres) {
  struct ndp_fn *fn = &s->ds->fn;
  struct ndp_case *c = g->c;
  struct aval bav[G_MAX_BODY];
  struct env env;
  env.n = 0;
  if (g_chance(g, 25)) {
    for (int i = 0; i < c->ninputs; i++) {
      env.c[env.n].slot = i;
      env.c[env.n++].av = &g->in[i];
    }
  }
  for (int k = 0; k < in->ncomp; k++) {
    env.c[env.n].slot = -1 - k;
    env.c[env.n++].av = &in->comp[k];
  }
  static const uint8_t wn[] = {45, 35, 20};
  int nsteps = 1 + G_PICK(g, wn);
  int template = -1;
  if (kind == BODY_FILTER) {
    static const uint8_t wt[] = {45, 20, 12, 10, 13};
    template = G_PICK(g, wt);
    nsteps = template == 1 || template == 4 ? 1 : 2;
  }
  fn->steps = calloc((size_t)nsteps, sizeof *fn->steps);
  if (fn->steps == NULL) return g_nomem(g);
  for (int j = 0; j < nsteps; j++) {
    struct ndp_step *b = &fn->steps[j];
    fn->nsteps = j + 1;
    char id[G_ID_MAX];
    g_id(id, 'f', j);
    NDP_RETURN_NOT_OK(g_step_init(g, b, id, NDP_OP_SUM));
    b->numpy_body = kind == BODY_NUMPY;
    if (template >= 0 && template <= 3) {
      /* a 0-d bool predicate: reduce a component, then compare */
      int comp = -1 - (int)g_below(g, (uint64_t)in->ncomp);
      if (j == 0) {
        static const enum ndp_op first[] = {NDP_OP_SUM, NDP_OP_ANY, NDP_OP_MEAN, NDP_OP_MAX};
        static const enum ndp_op second[] = {NDP_OP_SUM, NDP_OP_ALL, NDP_OP_MEAN, NDP_OP_MAX};
        b->op = g_chance(g, 50) ? first[template] : second[template];
        NDP_RETURN_NOT_OK(g_args(g, b, 1));
        set_ref(&b->args[0], comp);
      } else {
        NDP_RETURN_NOT_OK(compare_step(g, b, c->ninputs + 0));
      }
      memset(&bav[j], 0, sizeof bav[j]);
      bav[j].kind = AV_ARRAY;
      bav[j].dt = NDP_BOOL;
      continue;
    }
    NDP_RETURN_NOT_OK(g_array_step(g, b, &env, &bav[j]));
    if (bav[j].kind == AV_ARRAY && env.n < (int)(sizeof env.c / sizeof env.c[0])) {
      env.c[env.n].slot = c->ninputs + j;
      env.c[env.n++].av = &bav[j];
    }
  }
  /* results: the last step (as when "result" is omitted), another one, or two */
  fn->nresults = 1;
  fn->results[0] = nsteps - 1;
  if (kind != BODY_FILTER && g_chance(g, 10)) fn->results[0] = (int)g_below(g, (uint64_t)nsteps);
  if (kind != BODY_FILTER && g_chance(g, 20)) {
    fn->nresults = 2;
    fn->results[1] = (int)g_below(g, (uint64_t)nsteps);
    s->ds->result_is_list = true;
  } else if (g_chance(g, 10)) {
    s->ds->result_is_list = kind != BODY_FILTER; /* "result": ["f1"] */
  }
  for (int r = 0; r < fn->nresults; r++) {
    res[r] = bav[fn->results[r]];
    if (template >= 0) {
      res[r].kind = AV_ARRAY;
      res[r].dt = NDP_BOOL;
      res[r].ndim = 0;
    }
  }
  *nres = fn->nresults;
  return NDP_OK;
}

/* ================================================================ inputs */

/* Inputs for from_tensor_slices: 1 to 3 arrays with one leading length
 * (a different one now and then). */
static enum ndp_status slice_inputs(struct gen *g) {
  static const uint8_t wl[] = {30, 25, 15, 12, 8, 10};
  static const int64_t lead[] = {3, 2, 4, 1, 0, 5};
  int64_t n = lead[G_PICK(g, wl)];
  static const uint8_t wn[] = {55, 35, 10};
  int count = 1 + G_PICK(g, wn);
  NDP_RETURN_NOT_OK(g_inputs_alloc(g, count));
  for (int k = 0; k < count; k++) {
    int nd;
    int64_t sh[NDP_MAXDIMS];
    g_shape(g, &nd, sh, 12, false);
    if (nd > 3 && g_chance(g, 70)) nd = 2;
    if (nd == NDP_MAXDIMS) nd--;
    memmove(sh + 1, sh, sizeof sh[0] * (size_t)nd);
    sh[0] = k > 0 && g_chance(g, 4) ? n + 1 : n;
    nd++;
    if (g_chance(g, 3)) nd = 0; /* a 0-d array cannot be sliced */
    enum ndp_dtype dt = g_dtype(g);
    NDP_RETURN_NOT_OK(g_input(g, k, dt, g_swapped(g, dt, 15), g_chance(g, 20) ? 'F' : 'C', nd, sh));
  }
  return NDP_OK;
}

static enum ndp_status tensor_inputs(struct gen *g) {
  int count = g_chance(g, 70) ? 1 : 2;
  NDP_RETURN_NOT_OK(g_inputs_alloc(g, count));
  for (int k = 0; k < count; k++) {
    int nd;
    int64_t sh[NDP_MAXDIMS];
    g_shape(g, &nd, sh, 24, false);
    enum ndp_dtype dt = g_dtype(g);
    NDP_RETURN_NOT_OK(g_input(g, k, dt, g_swapped(g, dt, 15), g_chance(g, 20) ? 'F' : 'C', nd, sh));
  }
  return NDP_OK;
}

/* ================================================================ sources */

/* A pre-step on input i (a crossing, a cast, a layout change) whose result
 * the source takes instead; returns its slot, or i when none is made. */
static enum ndp_status pre_step(struct gen *g, int i, int *k, int *slot) {
  static const enum ndp_op ops[] = {NDP_OP_FROM_NUMPY,    NDP_OP_TO_NUMPY, NDP_OP_DLPACK_ROUNDTRIP,
                                    NDP_OP_NPY_ROUNDTRIP, NDP_OP_ASTYPE,   NDP_OP_ASFORTRANARRAY,
                                    NDP_OP_NEGATIVE,      NDP_OP_COPY};
  *slot = i;
  if (!g_chance(g, 35) || *k >= G_MAX_STEPS - 8) return NDP_OK;
  struct ndp_case *c = g->c;
  struct env env;
  env.n = 1;
  env.c[0].slot = i;
  env.c[0].av = &g->in[i];
  struct ndp_step *s = &c->steps[*k];
  c->nsteps = *k + 1;
  char id[G_ID_MAX];
  g_id(id, 's', *k);
  NDP_RETURN_NOT_OK(g_step_init(g, s, id, NDP_OP_FROM_NUMPY));
  NDP_RETURN_NOT_OK(
      g_array_op(g, s, ops[g_below(g, sizeof ops / sizeof ops[0])], &env, &g->st[*k]));
  *slot = c->ninputs + *k;
  (*k)++;
  return NDP_OK;
}

static const struct aval *slot_aval(struct gen *g, int slot) {
  return slot < g->c->ninputs ? &g->in[slot] : &g->st[slot - g->c->ninputs];
}

static enum ndp_status source_arrays(struct gen *g, bool slices, int *k) {
  struct ndp_case *c = g->c;
  int slots[G_MAX_INPUTS];
  int n = c->ninputs;
  for (int i = 0; i < n; i++) NDP_RETURN_NOT_OK(pre_step(g, i, k, &slots[i]));
  /* the source step comes after its pre-steps */
  struct ndp_step *s = &c->steps[*k];
  c->nsteps = *k + 1;
  char id[G_ID_MAX];
  g_id(id, 's', *k);
  NDP_RETURN_NOT_OK(
      g_step_init(g, s, id, slices ? NDP_OP_FROM_TENSOR_SLICES : NDP_OP_FROM_TENSORS));
  NDP_RETURN_NOT_OK(g_args(g, s, n));
  s->ds = calloc(1, sizeof *s->ds);
  if (s->ds == NULL) return g_nomem(g);
  s->ds->out_ncomp = n;
  s->ds_depth = 1;
  struct dsval *d = new_ds(g, *k);
  d->ncomp = n;
  d->count = 1;
  bool ok = true;
  for (int j = 0; j < n; j++) {
    set_ref(&s->args[j], slots[j]);
    const struct aval *a = slot_aval(g, slots[j]);
    if (a->kind != AV_ARRAY) ok = false; /* (its model is still defined: see g_array_op) */
    if (slices) {
      if (a->ndim == 0 || (j > 0 && a->shape[0] != slot_aval(g, slots[0])->shape[0])) ok = false;
      if (j == 0) d->count = a->ndim > 0 ? a->shape[0] : 0;
    }
    comp_of(&d->comp[j], a, slices);
  }
  if (!ok) g->st[*k].kind = AV_FAILED;
  (*k)++;
  return NDP_OK;
}

/* from_generator: inputs made in variants per component (the same dtype,
 * the same shape or another leading length), elements naming them. */
static enum ndp_status source_generator(struct gen *g, int *k) {
  struct ndp_case *c = g->c;
  int ncomp = g_chance(g, 70) ? 1 : 2;
  int nvar = ncomp == 1 ? (g_chance(g, 50) ? 1 : (int)g_range(g, 2, 3)) : (g_chance(g, 50) ? 1 : 2);
  int inp[G_MAX_COMP][3];
  struct aval base[G_MAX_COMP];
  NDP_RETURN_NOT_OK(g_inputs_alloc(g, ncomp * nvar));
  for (int j = 0; j < ncomp; j++) {
    int nd;
    int64_t sh[NDP_MAXDIMS];
    g_shape(g, &nd, sh, 16, false);
    enum ndp_dtype dt = g_dtype(g);
    bool sw = g_swapped(g, dt, 15);
    for (int v = 0; v < nvar; v++) {
      int64_t vs[NDP_MAXDIMS];
      memcpy(vs, sh, sizeof sh[0] * (size_t)nd);
      if (v > 0 && nd > 0 && g_chance(g, 40)) vs[0] = vs[0] + 1;
      inp[j][v] = c->ninputs;
      NDP_RETURN_NOT_OK(g_input(g, c->ninputs, dt, sw, 'C', nd, vs));
    }
    base[j] = g->in[inp[j][0]];
  }
  struct ndp_step *s = &c->steps[*k];
  c->nsteps = *k + 1;
  char id[G_ID_MAX];
  g_id(id, 's', *k);
  NDP_RETURN_NOT_OK(g_step_init(g, s, id, NDP_OP_FROM_GENERATOR));
  s->ds = calloc(1, sizeof *s->ds);
  if (s->ds == NULL) return g_nomem(g);
  struct ndp_ds_params *p = s->ds;
  static const uint8_t we[] = {30, 30, 20, 5, 15};
  static const int ne[] = {2, 3, 1, 0, 4};
  int nel = ne[G_PICK(g, we)];
  p->ncomp = ncomp;
  p->out_ncomp = ncomp;
  p->nelements = nel;
  p->elements = calloc((size_t)(nel > 0 ? nel * ncomp : 1), sizeof *p->elements);
  if (p->elements == NULL) return g_nomem(g);
  struct dsval *d = new_ds(g, *k);
  d->ncomp = ncomp;
  d->count = nel;
  for (int j = 0; j < ncomp; j++) d->comp[j] = base[j];
  for (int e = 0; e < nel; e++) {
    for (int j = 0; j < ncomp; j++) {
      int v = (int)g_below(g, (uint64_t)nvar);
      int slot = inp[j][v];
      p->elements[e * ncomp + j] = slot;
      const struct aval *a = &g->in[slot];
      if (a->ndim > 0 && a->shape[0] != base[j].shape[0]) d->comp[j].vary |= 1u;
    }
  }
  for (int j = 0; j < ncomp; j++) {
    p->sig_dtype[j] = g_chance(g, 80) ? base[j].dt : g_dtype(g);
    partial_of(g, &d->comp[j], &p->sig_shape[j], 25, 8);
  }
  s->ds_depth = 1;
  (*k)++;
  return NDP_OK;
}

/* ================================================================ stages */

static enum ndp_status stage(struct gen *g, int k, int src_k) {
  struct ndp_case *c = g->c;
  struct ndp_step *s = &c->steps[k];
  const struct ndp_step *src = &c->steps[src_k];
  const struct dsval *in = &g->dsv[g->st[src_k].ds];
  bool in_failed = g->st[src_k].kind == AV_FAILED;
  c->nsteps = k + 1;
  char id[G_ID_MAX];
  g_id(id, 's', k);
  static const uint8_t w[] = {25, 12, 15, 10, 10, 6, 6, 10, 6};
  static const enum ndp_op ops[] = {NDP_OP_MAP,          NDP_OP_FILTER,         NDP_OP_BATCH,
                                    NDP_OP_UNBATCH,      NDP_OP_TAKE,           NDP_OP_SET_SHAPE,
                                    NDP_OP_ENSURE_SHAPE, NDP_OP_NUMPY_FUNCTION, NDP_OP_COLLECT};
  enum ndp_op op = ops[G_PICK(g, w)];
  NDP_RETURN_NOT_OK(g_step_init(g, s, id, op));
  NDP_RETURN_NOT_OK(g_args(g, s, 1));
  set_ref(&s->args[0], c->ninputs + src_k);
  s->ds = calloc(1, sizeof *s->ds);
  if (s->ds == NULL) return g_nomem(g);
  s->ds_depth = src->ds_depth + 1;
  struct ndp_ds_params *p = s->ds;
  p->out_ncomp = src->ds->out_ncomp;
  /* the model of this stage's elements: new_ds may move nothing, but take
   * a copy of the input's first (in may alias a slot being rewritten) */
  struct dsval inc = *in;
  struct dsval *d = new_ds(g, k);
  *d = inc;
  bool failed = in_failed;
  switch (op) {
  case NDP_OP_MAP:
  case NDP_OP_NUMPY_FUNCTION: {
    struct aval res[NDP_DS_MAXCOMP];
    int nres = 0;
    NDP_RETURN_NOT_OK(gen_body(g, s, &inc, op == NDP_OP_MAP ? BODY_MAP : BODY_NUMPY, res, &nres));
    p->out_ncomp = nres;
    d->ncomp = nres;
    for (int r = 0; r < nres; r++) {
      d->comp[r] = res[r];
      if (res[r].kind != AV_ARRAY) {
        /* the body is expected to fail: keep a plausible model */
        d->comp[r] = inc.comp[0];
        failed = true;
      }
    }
    if (op == NDP_OP_NUMPY_FUNCTION) {
      p->ntout = nres;
      for (int r = 0; r < nres; r++) p->tout[r] = g_chance(g, 85) ? d->comp[r].dt : g_dtype(g);
      if (g_chance(g, 30)) {
        p->nshapes = nres;
        for (int r = 0; r < nres; r++) partial_of(g, &d->comp[r], &p->shapes[r], 20, 0);
        fix_all_unknown(nres, p->shapes, d->comp);
      }
    }
  } break;
  case NDP_OP_FILTER: {
    struct aval res[NDP_DS_MAXCOMP];
    int nres = 0;
    NDP_RETURN_NOT_OK(gen_body(g, s, &inc, BODY_FILTER, res, &nres));
    d->count = -1;
  } break;
  case NDP_OP_BATCH: {
    static const uint8_t wb[] = {30, 15, 25, 15, 10, 5};
    static const int64_t bs[] = {2, 1, 3, 4, 5, 100};
    p->batch_size = bs[G_PICK(g, wb)];
    p->drop_remainder = g_chance(g, 30);
    bool short_last = inc.count < 0 || (!p->drop_remainder && inc.count % p->batch_size != 0);
    if (inc.count >= 0)
      d->count = p->drop_remainder ? inc.count / p->batch_size
                                   : (inc.count + p->batch_size - 1) / p->batch_size;
    for (int j = 0; j < d->ncomp; j++) {
      struct aval *a = &d->comp[j];
      if (a->vary != 0) failed = true; /* stacking elements of different shapes */
      if (a->ndim >= NDP_MAXDIMS) {
        failed = true;
        continue;
      }
      memmove(a->shape + 1, a->shape, sizeof a->shape[0] * (size_t)a->ndim);
      a->ndim++;
      a->shape[0] = p->batch_size;
      a->vary = (a->vary << 1) | (short_last ? 1u : 0u);
    }
  } break;
  case NDP_OP_UNBATCH:
    d->count = -1;
    for (int j = 0; j < d->ncomp; j++) {
      struct aval *a = &d->comp[j];
      if (a->ndim == 0) {
        failed = true;
        continue;
      }
      if (j > 0 && a->shape[0] != d->comp[0].shape[0]) failed = true;
      comp_of(a, a, true);
    }
    break;
  case NDP_OP_TAKE: {
    static const uint8_t wt[] = {20, 25, 20, 20, 10, 5};
    static const int64_t counts[] = {1, 2, 3, 10, -1, 0};
    p->count = counts[G_PICK(g, wt)];
    if (p->count >= 0 && (d->count < 0 || d->count > p->count)) d->count = p->count;
  } break;
  case NDP_OP_SET_SHAPE:
  case NDP_OP_ENSURE_SHAPE:
    p->nshapes = inc.ncomp;
    for (int j = 0; j < inc.ncomp; j++) partial_of(g, &inc.comp[j], &p->shapes[j], 25, 8);
    fix_all_unknown(inc.ncomp, p->shapes, inc.comp);
    break;
  default:
    break; /* collect */
  }
  if (failed) g->st[k].kind = AV_FAILED;
  return NDP_OK;
}

enum ndp_status g_pipeline(struct gen *g, int k, int *nmade) {
  int k0 = k;
  static const uint8_t ws[] = {55, 20, 25};
  int source = G_PICK(g, ws);
  if (source == 0) {
    NDP_RETURN_NOT_OK(slice_inputs(g));
    NDP_RETURN_NOT_OK(source_arrays(g, true, &k));
  } else if (source == 1) {
    NDP_RETURN_NOT_OK(tensor_inputs(g));
    NDP_RETURN_NOT_OK(source_arrays(g, false, &k));
  } else {
    NDP_RETURN_NOT_OK(source_generator(g, &k));
  }
  int last = k - 1;
  static const uint8_t wn[] = {30, 30, 20, 12, 8};
  int nstages = 1 + G_PICK(g, wn);
  for (int j = 0; j < nstages && k < G_MAX_STEPS - 1; j++) {
    int src = last;
    if (g_chance(g, 10)) { /* another consumer of an earlier stage */
      int cands[G_MAX_STEPS], n = 0;
      for (int i = k0; i < k; i++)
        if (g->c->steps[i].ds != NULL) cands[n++] = i;
      if (n > 0) src = cands[g_below(g, (uint64_t)n)];
    }
    NDP_RETURN_NOT_OK(stage(g, k, src));
    last = k++;
  }
  if (g_chance(g, 50) && k < G_MAX_STEPS && g->c->steps[last].op != NDP_OP_COLLECT) {
    struct ndp_case *c = g->c;
    struct ndp_step *s = &c->steps[k];
    c->nsteps = k + 1;
    char id[G_ID_MAX];
    g_id(id, 's', k);
    NDP_RETURN_NOT_OK(g_step_init(g, s, id, NDP_OP_COLLECT));
    NDP_RETURN_NOT_OK(g_args(g, s, 1));
    set_ref(&s->args[0], c->ninputs + last);
    s->ds = calloc(1, sizeof *s->ds);
    if (s->ds == NULL) return g_nomem(g);
    s->ds_depth = c->steps[last].ds_depth + 1;
    s->ds->out_ncomp = c->steps[last].ds->out_ncomp;
    struct dsval copy = g->dsv[g->st[last].ds];
    bool failed = g->st[last].kind == AV_FAILED;
    struct dsval *d = new_ds(g, k);
    *d = copy;
    if (failed) g->st[k].kind = AV_FAILED;
    k++;
  }
  *nmade = k - k0;
  return NDP_OK;
}
