/* The generator's array steps: shape and layout ops, astype, concatenate
 * and stack, binary and unary ufuncs, reductions and crossings, at the top
 * level of a case and inside fn bodies. Each generator aims its parameters
 * at the operand's modelled dtype and shape (a valid NumPy program most of
 * the time) and misses on purpose now and then, so that every error class
 * occurs; *out says what the step is expected to give. */
#include <string.h>

#include "gen_internal.h"

/* ================================================================ helpers */

static void set_ref(struct ndp_arg *a, int slot) {
  a->kind = NDP_ARG_REF;
  a->slot = slot;
}

const struct cand *g_operand(struct gen *g, const struct env *env) {
  if (env->n == 0) return NULL;
  if (g_chance(g, 55)) return &env->c[env->n - 1];
  return &env->c[g_below(g, (uint64_t)env->n)];
}

static void fail(struct aval *out) {
  out->kind = AV_FAILED;
}

/* *out becomes a new array result of dtype dt and shape (nd, shape). */
static void result(struct aval *out, enum ndp_dtype dt, int nd, const int64_t *shape,
                   uint64_t vary) {
  out->kind = AV_ARRAY;
  out->dt = dt;
  out->swapped = false;
  out->readonly = false;
  out->ndim = nd;
  if (nd > 0) memmove(out->shape, shape, sizeof *shape * (size_t)nd);
  out->vary = vary;
  out->ds = 0;
}

/* A view of x (same dtype, byte order and flags) of a new shape. */
static void view_result(struct aval *out, const struct aval *x, int nd, const int64_t *shape) {
  int64_t tmp[NDP_MAXDIMS];
  if (nd > 0) memcpy(tmp, shape, sizeof *shape * (size_t)nd);
  *out = *x;
  out->ndim = nd;
  if (nd > 0) memcpy(out->shape, tmp, sizeof *tmp * (size_t)nd);
  out->vary = x->vary != 0 ? ~(uint64_t)0 : 0;
}

static bool has_unknown(const struct aval *x) {
  for (int k = 0; k < x->ndim; k++)
    if (x->shape[k] < 0) return true;
  return false;
}

/* An axis value for axis a of an n-dimensional result, sometimes written
 * negative (-1 for the last). */
static int64_t write_axis(struct gen *g, int64_t a, int n) {
  return g_chance(g, 30) ? a - n : a;
}

/* k distinct positions in [0, n), in random order. */
static void distinct(struct gen *g, int n, int k, int64_t *out) {
  int64_t pool[NDP_MAXDIMS + 4];
  for (int i = 0; i < n; i++) pool[i] = i;
  for (int i = 0; i < k; i++) {
    int j = i + (int)g_below(g, (uint64_t)(n - i));
    int64_t t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
    out[i] = pool[i];
  }
}

/* Normalizes axes[0..n) against ndim; false when one is out of range or
 * repeated. mask receives the axes as bits. */
static bool norm_axes(const int64_t *axes, int n, int ndim, uint64_t *mask) {
  *mask = 0;
  for (int k = 0; k < n; k++) {
    int64_t a = axes[k];
    if (a < -ndim || a >= ndim) return false;
    if (a < 0) a += ndim;
    if (*mask & ((uint64_t)1 << a)) return false;
    *mask |= (uint64_t)1 << a;
  }
  return true;
}

/* ================================================================ shape ops */

static void gen_reshape(struct gen *g, struct ndp_step *s, const struct aval *x, struct aval *out) {
  s->has_shape = true;
  if (g_chance(g, 25)) s->order = 'F';
  int64_t n = m_size(x->ndim, x->shape);
  if (has_unknown(x)) {
    s->shape_ndim = 1;
    s->shape[0] = -1;
    int64_t sh = -1;
    view_result(out, x, 1, &sh);
    return;
  }
  static const uint8_t wr[] = {30, 30, 10, 15, 8, 3};
  int r;
  switch (G_PICK(g, wr)) {
  case 0:
    r = 1;
    break;
  case 1:
    r = 2;
    break;
  case 2:
    r = n == 1 ? 0 : 1;
    break;
  case 3:
    r = 3;
    break;
  case 4:
    r = 4;
    break;
  default:
    r = (int)g_range(g, 5, NDP_MAXDIMS);
    break;
  }
  int64_t *d = s->shape;
  if (n == 0) {
    for (int k = 0; k < r; k++) d[k] = g_range(g, 1, 3);
    if (r > 0) d[g_below(g, (uint64_t)r)] = 0;
  } else {
    int64_t rem = n;
    for (int k = 0; k + 1 < r; k++) {
      int64_t divs[12];
      int nd = 0;
      for (int64_t v = 1; v <= 8 && v <= rem; v++)
        if (rem % v == 0) divs[nd++] = v;
      if (r > 6 && g_chance(g, 75)) divs[0] = 1, nd = 1; /* high ranks: mostly 1 */
      d[k] = divs[g_below(g, (uint64_t)nd)];
      rem /= d[k];
    }
    if (r > 0) d[r - 1] = rem;
  }
  s->shape_ndim = r;
  if (r > 0 && g_chance(g, 35)) d[g_below(g, (uint64_t)r)] = -1;
  if (g_chance(g, 6)) { /* a near-miss */
    if (r >= 2 && g_chance(g, 40)) {
      d[0] = -1;
      d[1] = -1;
    } else if (r > 0) {
      int k = (int)g_below(g, (uint64_t)r);
      d[k] = d[k] < 0 ? 5 : d[k] + 1;
    } else {
      s->shape_ndim = r = 1;
      d[0] = n + 1;
    }
  }
  /* the shape NumPy gives, or the failure */
  int unknown = 0, at = -1;
  int64_t known = 1;
  for (int k = 0; k < r; k++) {
    if (d[k] < 0) {
      unknown++;
      at = k;
    } else {
      known *= d[k];
    }
  }
  int64_t res[NDP_MAXDIMS];
  memcpy(res, d, sizeof *d * (size_t)r);
  if (unknown > 1 || (unknown == 1 && (known == 0 || n % known != 0)) ||
      (unknown == 0 && known != n)) {
    fail(out);
    return;
  }
  if (unknown == 1) res[at] = n / known;
  view_result(out, x, r, res);
}

static void gen_transpose(struct gen *g, struct ndp_step *s, const struct aval *x,
                          struct aval *out) {
  int nd = x->ndim;
  int64_t res[NDP_MAXDIMS];
  if (nd <= 1 ? !g_chance(g, 15) : g_chance(g, 40)) {
    for (int k = 0; k < nd; k++) res[k] = x->shape[nd - 1 - k];
    view_result(out, x, nd, res);
    return;
  }
  s->has_axes = true;
  s->axis_is_list = true;
  s->naxes = nd;
  distinct(g, nd, nd, s->axes);
  for (int k = 0; k < nd; k++) s->axes[k] = write_axis(g, s->axes[k], nd);
  if (g_chance(g, 4)) { /* repeated, out of range, or too few */
    static const uint8_t w[] = {1, 1, 1};
    switch (G_PICK(g, w)) {
    case 0:
      if (nd >= 2)
        s->axes[1] = s->axes[0];
      else
        s->axes[s->naxes++] = 0;
      break;
    case 1:
      if (nd > 0)
        s->axes[0] = nd;
      else
        s->axes[s->naxes++] = 0;
      break;
    default:
      if (nd > 0)
        s->naxes--;
      else
        s->axes[s->naxes++] = 0;
      break;
    }
  }
  uint64_t mask;
  if (s->naxes != nd || !norm_axes(s->axes, s->naxes, nd, &mask)) {
    fail(out);
    return;
  }
  for (int k = 0; k < nd; k++) {
    int64_t a = s->axes[k] < 0 ? s->axes[k] + nd : s->axes[k];
    res[k] = x->shape[a];
  }
  view_result(out, x, nd, res);
}

static void gen_expand_dims(struct gen *g, struct ndp_step *s, const struct aval *x,
                            struct aval *out) {
  int nd = x->ndim;
  int k = g_chance(g, 80) ? 1 : (int)g_range(g, 2, 3);
  if (nd + k > NDP_MAXDIMS) k = NDP_MAXDIMS - nd > 0 ? NDP_MAXDIMS - nd : 1;
  int nout = nd + k;
  s->has_axes = true;
  s->naxes = k;
  if (nout <= NDP_MAXDIMS) {
    distinct(g, nout, k, s->axes);
  } else {
    s->axes[0] = 0;
  }
  s->axis_is_list = k > 1 || g_chance(g, 30);
  for (int j = 0; j < k; j++) s->axes[j] = write_axis(g, s->axes[j], nout);
  if (g_chance(g, 4)) {
    if (k >= 2 || !g_chance(g, 50)) {
      s->axes[0] = g_chance(g, 50) ? nout : -nout - 1;
    } else {
      s->axes[1] = s->axes[0];
      s->naxes = 2;
      s->axis_is_list = true;
      nout = nd + 2;
    }
  }
  uint64_t mask;
  if (nout > NDP_MAXDIMS || !norm_axes(s->axes, s->naxes, nout, &mask)) {
    fail(out);
    return;
  }
  int64_t res[NDP_MAXDIMS];
  for (int j = 0, d = 0; j < nout; j++) res[j] = (mask >> j) & 1u ? 1 : x->shape[d++];
  view_result(out, x, nout, res);
}

static void gen_squeeze(struct gen *g, struct ndp_step *s, const struct aval *x, struct aval *out) {
  int nd = x->ndim;
  int64_t ones[NDP_MAXDIMS], others[NDP_MAXDIMS];
  int n1 = 0, n2 = 0;
  for (int k = 0; k < nd; k++) {
    if (x->shape[k] == 1)
      ones[n1++] = k;
    else
      others[n2++] = k;
  }
  static const uint8_t w[] = {40, 45, 4, 6, 5};
  int kind = G_PICK(g, w);
  if (kind == 1 && n1 == 0) kind = 0;
  if (kind == 3 && n2 == 0) kind = 4;
  uint64_t mask = 0;
  switch (kind) {
  case 0: /* every length-1 axis */
    for (int j = 0; j < n1; j++) mask |= (uint64_t)1 << ones[j];
    break;
  case 1: { /* some of them */
    int k = (int)g_range(g, 1, n1);
    int64_t pick[NDP_MAXDIMS];
    distinct(g, n1, k, pick);
    s->has_axes = true;
    s->naxes = k;
    s->axis_is_list = k > 1 || g_chance(g, 30);
    for (int j = 0; j < k; j++) {
      int64_t a = ones[pick[j]];
      mask |= (uint64_t)1 << a;
      s->axes[j] = write_axis(g, a, nd);
    }
  } break;
  case 2: /* "axis": null */
    s->axis_is_null = true;
    for (int j = 0; j < n1; j++) mask |= (uint64_t)1 << ones[j];
    break;
  case 3: /* an axis that is not of length 1: ValueError */
    s->has_axes = true;
    s->naxes = 1;
    s->axes[0] = write_axis(g, others[g_below(g, (uint64_t)n2)], nd);
    fail(out);
    return;
  default: /* out of range: AxisError */
    s->has_axes = true;
    s->naxes = 1;
    s->axes[0] = g_chance(g, 50) ? nd : -nd - 1;
    s->axis_is_list = g_chance(g, 30);
    fail(out);
    return;
  }
  int64_t res[NDP_MAXDIMS];
  int o = 0;
  for (int k = 0; k < nd; k++)
    if (!((mask >> k) & 1u)) res[o++] = x->shape[k];
  view_result(out, x, o, res);
}

static void gen_broadcast_to(struct gen *g, struct ndp_step *s, const struct aval *x,
                             struct aval *out) {
  static const uint8_t wl[] = {60, 30, 10};
  static const uint8_t wd[] = {40, 25, 25, 10};
  static const int64_t dims[] = {1, 2, 3, 0};
  int nd = x->ndim;
  int lead = G_PICK(g, wl);
  if (nd + lead > NDP_MAXDIMS) lead = NDP_MAXDIMS - nd;
  int n = 0;
  int64_t total = 1;
  for (int k = 0; k < lead; k++) s->shape[n++] = dims[G_PICK(g, wd)];
  for (int k = 0; k < nd; k++) {
    int64_t d = x->shape[k];
    s->shape[n++] = d == 1 ? dims[G_PICK(g, wd)] : d < 0 ? 2 : d;
  }
  for (int k = 0; k < n; k++) {
    if (s->shape[k] > 1 && total * s->shape[k] > 256) s->shape[k] = 1;
    total *= s->shape[k] > 0 ? s->shape[k] : 1;
  }
  s->has_shape = true;
  s->shape_ndim = n;
  bool bad = false;
  if (g_chance(g, 7)) {
    static const uint8_t we[] = {2, 1, 1};
    int e = G_PICK(g, we);
    int cands[NDP_MAXDIMS], nc = 0;
    for (int k = 0; k < nd; k++)
      if (x->shape[k] > 1) cands[nc++] = k;
    if (e == 0 && nc > 0) {
      int k = cands[g_below(g, (uint64_t)nc)];
      s->shape[lead + k] = x->shape[k] + 1;
      bad = true;
    } else if (e == 1 && nd > 0) { /* fewer dimensions than the array */
      memmove(s->shape, s->shape + lead + 1, sizeof *s->shape * (size_t)(nd - 1));
      s->shape_ndim = nd - 1;
      bad = true;
    } else if (n > 0) {
      s->shape[g_below(g, (uint64_t)n)] = -1;
      bad = true;
    }
  }
  int no;
  int64_t res[NDP_MAXDIMS];
  if (bad || !m_broadcast(nd, x->shape, s->shape_ndim, s->shape, &no, res) || no != s->shape_ndim) {
    fail(out);
    return;
  }
  view_result(out, x, s->shape_ndim, s->shape);
  out->readonly = true;
}

/* One slice bound for a dimension of n. */
static void slice_bound(struct gen *g, int64_t n, bool *has, int64_t *v) {
  if (g_chance(g, 45)) {
    *has = false;
    return;
  }
  *has = true;
  if (g_chance(g, 1)) {
    *v = g_chance(g, 50) ? INT64_MIN : INT64_MAX;
    return;
  }
  if (n < 0) n = 1;
  const int64_t picks[] = {0, 1, 2, -1, -2, n, n + 3, -n - 1};
  *v = picks[g_below(g, sizeof picks / sizeof picks[0])];
}

static enum ndp_status gen_getitem(struct gen *g, struct ndp_step *s, const struct aval *x,
                                   struct aval *out) {
  struct ndp_index_item items[NDP_MAXDIMS + 8];
  memset(items, 0, sizeof items);
  int nd = x->ndim, n = 0;
  static const uint8_t wm[] = {45, 50, 3};
  int m;
  switch (G_PICK(g, wm)) {
  case 0:
    m = nd;
    break;
  case 1:
    m = (int)g_range(g, 0, nd > 0 ? nd - 1 : 0);
    break;
  default:
    m = nd + 1;
    break;
  }
  for (int d = 0; d < m; d++) {
    int64_t len = d < nd ? x->shape[d] : 1;
    struct ndp_index_item *it = &items[n++];
    if (len != 0 && g_chance(g, 25)) {
      it->kind = NDP_IDX_INT;
      if (len < 0)
        it->i = 0;
      else if (g_chance(g, 3))
        it->i = g_chance(g, 50) ? len : -len - 1;
      else
        it->i = g_range(g, -len, len - 1);
      continue;
    }
    it->kind = NDP_IDX_SLICE;
    slice_bound(g, len, &it->has_start, &it->start);
    slice_bound(g, len, &it->has_stop, &it->stop);
    static const uint8_t ws[] = {35, 10, 15, 5, 20, 10, 5, 1};
    static const int64_t steps[] = {0, 1, 2, 3, -1, -2, -3, 0};
    int k = G_PICK(g, ws);
    it->has_step = k != 0;
    it->step = steps[k];
  }
  if (g_chance(g, 12)) { /* newaxis items */
    int k = g_chance(g, 70) ? 1 : 2;
    for (int j = 0; j < k; j++) {
      int at = (int)g_range(g, 0, n);
      memmove(&items[at + 1], &items[at], sizeof *items * (size_t)(n - at));
      memset(&items[at], 0, sizeof items[at]);
      items[at].kind = NDP_IDX_NEWAXIS;
      n++;
    }
  }
  int nell = g_chance(g, 15) ? (g_chance(g, 5) ? 2 : 1) : 0;
  for (int j = 0; j < nell; j++) {
    int at = (int)g_range(g, 0, n);
    memmove(&items[at + 1], &items[at], sizeof *items * (size_t)(n - at));
    memset(&items[at], 0, sizeof items[at]);
    items[at].kind = NDP_IDX_ELLIPSIS;
    n++;
  }
  s->index = calloc((size_t)(n > 0 ? n : 1), sizeof *s->index);
  if (s->index == NULL) return g_nomem(g);
  memcpy(s->index, items, sizeof *items * (size_t)n);
  s->nindex = n;
  int no;
  int64_t res[NDP_MAXDIMS];
  if (!m_getitem(x, items, n, &no, res)) {
    fail(out);
    return NDP_OK;
  }
  view_result(out, x, no, res);
  return NDP_OK;
}

static void gen_astype(struct gen *g, struct ndp_step *s, const struct aval *x, struct aval *out) {
  s->has_dtype = true;
  s->dtype = g_chance(g, 20) ? x->dt : g_dtype(g);
  s->dtype_swapped = g_swapped(g, s->dtype, 15);
  if (g_chance(g, 50)) {
    s->has_casting = true;
    s->casting = (enum ndp_casting)g_below(g, 5);
  }
  enum ndp_casting c = s->has_casting ? s->casting : NDP_CAST_UNSAFE;
  bool x_sw = x->swapped && ndp_dtype_size(x->dt) > 1;
  if (!m_can_cast(x->dt, s->dtype, c) || (c == NDP_CAST_NO && x_sw != s->dtype_swapped)) {
    fail(out);
    return;
  }
  result(out, s->dtype, x->ndim, x->shape, x->vary);
  out->swapped = s->dtype_swapped;
}

/* ================================================================ concatenate, stack */

static bool same_shape(const struct aval *a, const struct aval *b) {
  if (a->ndim != b->ndim) return false;
  for (int k = 0; k < a->ndim; k++)
    if (a->shape[k] != b->shape[k]) return false;
  return true;
}

/* Shapes equal except along axis ax. */
static bool concat_fits(const struct aval *a, const struct aval *b, int ax) {
  if (a->ndim != b->ndim) return false;
  for (int k = 0; k < a->ndim; k++)
    if (k != ax && a->shape[k] != b->shape[k]) return false;
  return true;
}

static enum ndp_status gen_join(struct gen *g, struct ndp_step *s, const struct cand *x,
                                const struct env *env, struct aval *out) {
  bool stack = s->op == NDP_OP_STACK;
  int nd = x->av->ndim;
  int nout = stack ? nd + 1 : nd;
  int ax = nout > 0 ? (int)g_below(g, (uint64_t)nout) : 0;
  /* partners: operands that fit along ax (x itself always does) */
  const struct cand *fit[G_MAX_INPUTS + G_MAX_STEPS + G_MAX_COMP + 1];
  int nfit = 0;
  fit[nfit++] = x; /* (x may be a scalar operand, in no env) */
  for (int k = 0; k < env->n; k++) {
    const struct aval *b = env->c[k].av;
    if (env->c[k].slot == x->slot) continue;
    if (stack ? same_shape(x->av, b) : concat_fits(x->av, b, ax)) fit[nfit++] = &env->c[k];
  }
  int nargs = g_chance(g, 75) ? 2 : 3;
  NDP_RETURN_NOT_OK(g_args(g, s, nargs));
  set_ref(&s->args[0], x->slot);
  bool bad = false;
  enum ndp_dtype dt = x->av->dt;
  const struct aval *parts[3] = {x->av, NULL, NULL};
  for (int k = 1; k < nargs; k++) {
    const struct cand *p = fit[g_below(g, (uint64_t)nfit)];
    if (g_chance(g, 5)) {
      p = &env->c[g_below(g, (uint64_t)env->n)];
      bad = bad || !(stack ? same_shape(x->av, p->av) : concat_fits(x->av, p->av, ax));
    }
    set_ref(&s->args[k], p->slot);
    parts[k] = p->av;
    dt = m_promote(dt, p->av->dt);
  }
  if (g_chance(g, 7)) { /* order the partners differently */
    struct ndp_arg t = s->args[0];
    s->args[0] = s->args[nargs - 1];
    s->args[nargs - 1] = t;
  }
  /* the axis parameter (default 0) */
  bool flat = false;
  if (!stack && g_chance(g, 8)) {
    s->axis_is_null = true; /* concatenate(axis=None): flattened */
    flat = true;
  } else if (ax != 0 || g_chance(g, 60)) {
    s->has_axes = true;
    s->naxes = 1;
    s->axes[0] = write_axis(g, ax, nout);
    if (g_chance(g, 3)) {
      s->axes[0] = g_chance(g, 50) ? nout : -nout - 1;
      bad = true;
    }
  }
  if (flat) {
    int64_t total = 0;
    bool unknown = false;
    for (int k = 0; k < nargs; k++) {
      total += m_size(parts[k]->ndim, parts[k]->shape);
      unknown = unknown || has_unknown(parts[k]);
    }
    int64_t sh = unknown ? -1 : total;
    result(out, dt, 1, &sh, 0);
    return NDP_OK;
  }
  if (bad || nd == 0 || nout > NDP_MAXDIMS) {
    if (!(stack && nd == 0 && !bad)) {
      fail(out);
      return NDP_OK;
    }
  }
  int64_t res[NDP_MAXDIMS];
  if (stack) {
    for (int k = 0, d = 0; k < nout; k++) res[k] = k == ax ? nargs : x->av->shape[d++];
  } else {
    memcpy(res, x->av->shape, sizeof *res * (size_t)nd);
    res[ax] = 0;
    for (int k = 0; k < nargs; k++)
      res[ax] = parts[k]->shape[ax] < 0 || res[ax] < 0 ? -1 : res[ax] + parts[k]->shape[ax];
  }
  uint64_t vary = 0;
  for (int k = 0; k < nargs; k++) vary |= parts[k]->vary;
  result(out, dt, nout, res, vary ? ~(uint64_t)0 : 0);
  return NDP_OK;
}

/* ================================================================ ufuncs */

/* A Python scalar operand of one of the four kinds (ints and floats first). */
static void py_scalar(struct gen *g, struct ndp_arg *a) {
  static const uint8_t w[] = {35, 35, 10, 20};
  switch (G_PICK(g, w)) {
  case 0:
    g_pyint(g, a);
    break;
  case 1:
    g_pyfloat(g, a);
    break;
  case 2:
    a->kind = NDP_ARG_PYBOOL;
    a->b = g_below(g, 2) != 0;
    break;
  default:
    g_pycomplex(g, a);
    break;
  }
}

/* The dtype a lone scalar operand has (NumPy's default for its kind). */
static enum ndp_dtype scalar_dtype(const struct ndp_arg *a) {
  switch (a->kind) {
  case NDP_ARG_PYINT:
    return a->pyint.huge ? NDP_FLOAT64 : NDP_INT64;
  case NDP_ARG_PYFLOAT:
    return NDP_FLOAT64;
  case NDP_ARG_PYBOOL:
    return NDP_BOOL;
  case NDP_ARG_PYCOMPLEX:
    return NDP_COMPLEX128;
  case NDP_ARG_NPSCALAR:
    return a->scalar.dtype;
  default:
    return NDP_FLOAT64;
  }
}

static bool is_weak(const struct ndp_arg *a) {
  return a->kind == NDP_ARG_PYINT || a->kind == NDP_ARG_PYFLOAT || a->kind == NDP_ARG_PYBOOL ||
         a->kind == NDP_ARG_PYCOMPLEX;
}

/* dtype= and casting= of a ufunc step, now and then. */
static void ufunc_params(struct gen *g, struct ndp_step *s) {
  if (g_chance(g, 8)) {
    s->has_dtype = true;
    s->dtype = g_dtype(g);
    s->dtype_swapped = g_swapped(g, s->dtype, 20);
  }
  if (g_chance(g, 12)) {
    s->has_casting = true;
    s->casting = (enum ndp_casting)g_below(g, 5);
  }
}

/* The model of a ufunc step whose operand dtypes are in[] (weak[k]: a
 * Python scalar), result shape (nd, shape). */
static void ufunc_result(struct ndp_step *s, int nin, const enum ndp_dtype *in, const bool *weak,
                         const struct ndp_arg *args, int nd, const int64_t *shape, uint64_t vary,
                         struct aval *out) {
  enum ndp_dtype loop;
  if (nin == 1) {
    loop = in[0];
  } else if (weak[0] && weak[1]) {
    loop = m_promote(in[0], in[1]);
  } else if (weak[0] || weak[1]) {
    int w = weak[0] ? 0 : 1;
    loop = m_weak(in[1 - w], args[w].kind);
    /* a Python int that the array's integer dtype cannot hold */
    enum ndp_kind k = ndp_dtype_kind(in[1 - w]);
    if (args[w].kind == NDP_ARG_PYINT && (k == NDP_KIND_INT || k == NDP_KIND_UINT) &&
        !m_pyint_fits(in[1 - w], &args[w].pyint)) {
      out->kind = AV_FAILED;
      return;
    }
  } else {
    loop = m_promote(in[0], in[1]);
  }
  enum ndp_casting casting = s->has_casting ? s->casting : NDP_CAST_SAME_KIND;
  if (s->has_dtype) {
    for (int k = 0; k < nin; k++) {
      if (!weak[k] && !m_can_cast(in[k], s->dtype, casting)) {
        out->kind = AV_FAILED;
        return;
      }
    }
    loop = s->dtype;
  } else if (casting == NDP_CAST_NO || casting == NDP_CAST_EQUIV) {
    for (int k = 0; k < nin; k++) {
      if (!weak[k] && in[k] != loop) {
        out->kind = AV_FAILED;
        return;
      }
    }
  }
  enum ndp_dtype odt;
  if (!m_ufunc_out(s->op, loop, &odt)) {
    out->kind = AV_FAILED;
    return;
  }
  out->kind = AV_ARRAY;
  out->dt = odt;
  out->swapped = false;
  out->readonly = false;
  out->ndim = nd;
  if (nd > 0) memmove(out->shape, shape, sizeof *shape * (size_t)nd);
  out->vary = vary ? ~(uint64_t)0 : 0;
}

static enum ndp_status gen_binary(struct gen *g, struct ndp_step *s, const struct cand *x,
                                  const struct env *env, struct aval *out) {
  NDP_RETURN_NOT_OK(g_args(g, s, 2));
  static const uint8_t w[] = {55, 30, 9, 2};
  int pattern = G_PICK(g, w);
  const struct aval *y = NULL;
  set_ref(&s->args[0], x->slot);
  switch (pattern) {
  case 0: { /* another array: mostly one that broadcasts with x */
    const struct cand *fit[G_MAX_INPUTS + G_MAX_STEPS + G_MAX_COMP];
    int nfit = 0, no;
    int64_t tmp[NDP_MAXDIMS];
    for (int k = 0; k < env->n; k++)
      if (m_broadcast(x->av->ndim, x->av->shape, env->c[k].av->ndim, env->c[k].av->shape, &no, tmp))
        fit[nfit++] = &env->c[k];
    const struct cand *p = nfit > 0 && !g_chance(g, 8) ? fit[g_below(g, (uint64_t)nfit)]
                                                       : &env->c[g_below(g, (uint64_t)env->n)];
    set_ref(&s->args[1], p->slot);
    y = p->av;
  } break;
  case 1:
    py_scalar(g, &s->args[1]);
    break;
  case 2:
    NDP_RETURN_NOT_OK(g_npscalar(g, &s->args[1], g_chance(g, 50) ? x->av->dt : g_dtype(g)));
    break;
  default: /* two scalars: NumPy makes 0-d arrays of them */
    py_scalar(g, &s->args[0]);
    if (g_chance(g, 50))
      py_scalar(g, &s->args[1]);
    else
      NDP_RETURN_NOT_OK(g_npscalar(g, &s->args[1], g_dtype(g)));
    break;
  }
  if (g_chance(g, 30)) {
    struct ndp_arg t = s->args[0];
    s->args[0] = s->args[1];
    s->args[1] = t;
  }
  ufunc_params(g, s);
  enum ndp_dtype in[2];
  bool weak[2];
  int nds[2] = {0, 0};
  const int64_t *shapes[2] = {NULL, NULL};
  uint64_t vary = 0;
  for (int k = 0; k < 2; k++) {
    const struct ndp_arg *a = &s->args[k];
    weak[k] = is_weak(a);
    if (a->kind == NDP_ARG_REF) {
      const struct aval *v = a->slot == x->slot ? x->av : y;
      in[k] = v->dt;
      nds[k] = v->ndim;
      shapes[k] = v->shape;
      vary |= v->vary;
    } else {
      in[k] = scalar_dtype(a);
    }
  }
  int no = 0;
  int64_t res[NDP_MAXDIMS];
  if (!m_broadcast(nds[0], shapes[0], nds[1], shapes[1], &no, res)) {
    fail(out);
    return NDP_OK;
  }
  ufunc_result(s, 2, in, weak, s->args, no, res, vary, out);
  return NDP_OK;
}

static enum ndp_status gen_unary(struct gen *g, struct ndp_step *s, const struct cand *x,
                                 struct aval *out) {
  NDP_RETURN_NOT_OK(g_args(g, s, 1));
  if (g_chance(g, 3)) {
    py_scalar(g, &s->args[0]);
  } else if (g_chance(g, 2)) {
    NDP_RETURN_NOT_OK(g_npscalar(g, &s->args[0], g_dtype(g)));
  } else {
    set_ref(&s->args[0], x->slot);
  }
  if (g_chance(g, 6)) {
    s->has_dtype = true;
    s->dtype = g_dtype(g);
    s->dtype_swapped = g_swapped(g, s->dtype, 20);
  }
  if (g_chance(g, 8)) {
    s->has_casting = true;
    s->casting = (enum ndp_casting)g_below(g, 5);
  }
  bool weak = is_weak(&s->args[0]);
  bool scalar = s->args[0].kind != NDP_ARG_REF;
  enum ndp_dtype in = scalar ? scalar_dtype(&s->args[0]) : x->av->dt;
  if (scalar)
    ufunc_result(s, 1, &in, &weak, s->args, 0, NULL, 0, out);
  else
    ufunc_result(s, 1, &in, &weak, s->args, x->av->ndim, x->av->shape, x->av->vary, out);
  return NDP_OK;
}

/* ================================================================ reductions */

static enum ndp_status gen_reduce(struct gen *g, struct ndp_step *s, const struct cand *x,
                                  struct aval *out) {
  NDP_RETURN_NOT_OK(g_args(g, s, 1));
  set_ref(&s->args[0], x->slot);
  const struct aval *a = x->av;
  int nd = a->ndim;
  bool arg = s->op == NDP_OP_ARGMIN || s->op == NDP_OP_ARGMAX;
  static const uint8_t w[] = {30, 10, 40, 20};
  int kind = G_PICK(g, w);
  if (kind == 3 && arg) kind = 2;
  if (kind == 2 && nd == 0) kind = g_chance(g, 20) ? 2 : 0;
  uint64_t mask = 0;
  bool ok = true;
  switch (kind) {
  case 0: /* absent: all axes */
  case 1: /* "axis": null */
    s->axis_is_null = kind == 1;
    mask = nd > 0 ? (~(uint64_t)0 >> (64 - nd)) : 0;
    break;
  case 2: /* one int */
    s->has_axes = true;
    s->naxes = 1;
    s->axes[0] = nd > 0 ? write_axis(g, g_below(g, (uint64_t)nd), nd) : 0;
    if (g_chance(g, 3)) s->axes[0] = g_chance(g, 50) ? nd : -nd - 1;
    ok = norm_axes(s->axes, 1, nd, &mask);
    break;
  default: { /* a list, maybe empty */
    int k = (int)g_range(g, 0, nd);
    s->has_axes = true;
    s->axis_is_list = true;
    s->naxes = k;
    distinct(g, nd, k, s->axes);
    for (int j = 0; j < k; j++) s->axes[j] = write_axis(g, s->axes[j], nd);
    if (g_chance(g, 4)) {
      if (k >= 1 && g_chance(g, 50)) {
        s->axes[s->naxes++] = s->axes[0]; /* repeated */
      } else {
        s->axes[s->naxes++] = g_chance(g, 50) ? nd : -nd - 1;
      }
    }
    ok = norm_axes(s->axes, s->naxes, nd, &mask);
  } break;
  }
  if (g_chance(g, 25)) s->keepdims = true;
  enum ndp_dtype dt = a->dt;
  enum ndp_kind kd = ndp_dtype_kind(dt);
  switch (s->op) {
  case NDP_OP_SUM:
  case NDP_OP_PROD:
    if (kd == NDP_KIND_BOOL || (kd == NDP_KIND_INT && ndp_dtype_size(dt) < 8)) dt = NDP_INT64;
    if (kd == NDP_KIND_UINT && ndp_dtype_size(dt) < 8) dt = NDP_UINT64;
    break;
  case NDP_OP_MEAN:
    if (kd == NDP_KIND_BOOL || kd == NDP_KIND_INT || kd == NDP_KIND_UINT) dt = NDP_FLOAT64;
    break;
  case NDP_OP_ARGMIN:
  case NDP_OP_ARGMAX:
    dt = NDP_INT64;
    break;
  case NDP_OP_ANY:
  case NDP_OP_ALL:
    dt = NDP_BOOL;
    break;
  default:
    break;
  }
  if ((s->op == NDP_OP_SUM || s->op == NDP_OP_PROD || s->op == NDP_OP_MEAN) && g_chance(g, 15)) {
    s->has_dtype = true;
    s->dtype = g_dtype(g);
    s->dtype_swapped = g_swapped(g, s->dtype, 15);
    dt = s->dtype;
  }
  if (!ok) {
    fail(out);
    return NDP_OK;
  }
  /* reductions without an identity over an empty axis */
  bool needs_identity = s->op == NDP_OP_MIN || s->op == NDP_OP_MAX || arg;
  int64_t res[NDP_MAXDIMS];
  int o = 0;
  bool empty_axis = false;
  for (int k = 0; k < nd; k++) {
    if ((mask >> k) & 1u) {
      if (a->shape[k] == 0) empty_axis = true;
      if (s->keepdims) res[o++] = 1;
    } else {
      res[o++] = a->shape[k];
    }
  }
  if (arg && !s->has_axes && m_size(nd, a->shape) == 0) empty_axis = true;
  if (needs_identity && empty_axis) {
    fail(out);
    return NDP_OK;
  }
  if (arg && !s->has_axes && !s->keepdims) o = 0;
  result(out, dt, o, res, a->vary ? ~(uint64_t)0 : 0);
  return NDP_OK;
}

/* ================================================================ crossings */

static void gen_crossing(struct ndp_step *s, const struct aval *x, struct aval *out) {
  if (s->op == NDP_OP_DLPACK_ROUNDTRIP &&
      (x->dt == NDP_BOOL || (x->swapped && ndp_dtype_size(x->dt) > 1) || x->readonly)) {
    fail(out);
    return;
  }
  *out = *x;
  if (s->op == NDP_OP_NPY_ROUNDTRIP) {
    out->readonly = false;
    out->swapped = false;
  }
}

/* ================================================================ dispatch */

/* The ops of each group, plainest first. */
static const enum ndp_op shape_ops[] = {
    NDP_OP_RESHAPE,        NDP_OP_TRANSPOSE,    NDP_OP_GETITEM, NDP_OP_EXPAND_DIMS,
    NDP_OP_SQUEEZE,        NDP_OP_BROADCAST_TO, NDP_OP_COPY,    NDP_OP_ASCONTIGUOUSARRAY,
    NDP_OP_ASFORTRANARRAY, NDP_OP_RAVEL};
static const uint8_t shape_w[] = {14, 10, 16, 8, 8, 10, 3, 3, 3, 4};

enum ndp_status g_array_step(struct gen *g, struct ndp_step *s, const struct env *env,
                             struct aval *out) {
  /* binary ufuncs first: the plainest case is add */
  static const uint8_t w[] = {28, 26, 13, 13, 8, 5, 7};
  enum ndp_op op;
  switch (G_PICK(g, w)) {
  case 0:
    op = (enum ndp_op)(NDP_OP_ADD + (int)g_below(g, NDP_OP_NEGATIVE - NDP_OP_ADD));
    break;
  case 1:
    op = shape_ops[G_PICK(g, shape_w)];
    break;
  case 2:
    op = (enum ndp_op)(NDP_OP_NEGATIVE + (int)g_below(g, NDP_OP_SUM - NDP_OP_NEGATIVE));
    break;
  case 3:
    op = (enum ndp_op)(NDP_OP_SUM + (int)g_below(g, NDP_OP_FROM_TENSOR_SLICES - NDP_OP_SUM));
    break;
  case 4:
    op = NDP_OP_ASTYPE;
    break;
  case 5:
    op = g_chance(g, 55) ? NDP_OP_CONCATENATE : NDP_OP_STACK;
    break;
  default:
    op = (enum ndp_op)(NDP_OP_TO_NUMPY + (int)g_below(g, NDP_OP_COUNT - NDP_OP_TO_NUMPY));
    break;
  }
  return g_array_op(g, s, op, env, out);
}

/* A slot number no operand has: it marks where a scalar operand goes. */
#define SCALAR_SLOT (-1000)

static enum ndp_status array_op(struct gen *g, struct ndp_step *s, enum ndp_op op,
                                const struct cand *x, const struct env *env, struct aval *out);

/* Puts scalar operand sc wherever step s refers to SCALAR_SLOT (a NumPy
 * scalar's tensor is shared by views, each released by its own arg). */
static void place_scalar(struct ndp_step *s, const struct ndp_arg *sc) {
  for (int j = 0; j < s->nargs; j++) {
    struct ndp_arg *a = &s->args[j];
    if (a->kind != NDP_ARG_REF || a->slot != SCALAR_SLOT) continue;
    *a = *sc;
    if (sc->kind == NDP_ARG_NPSCALAR) ndp_tensor_view(&sc->scalar, &a->scalar);
  }
}

enum ndp_status g_array_op(struct gen *g, struct ndp_step *s, enum ndp_op op, const struct env *env,
                           struct aval *out) {
  s->op = op;
  const struct cand *x = g_operand(g, env);
  if (x == NULL) return ndp_error_set(g->err, NDP_EINTERNAL, NDP_ERRC_NONE, "no operand");
  out->kind = AV_ARRAY;
  if (ndp_op_class(op) == NDP_OPC_BINARY || ndp_op_class(op) == NDP_OPC_UNARY || !g_chance(g, 3))
    return array_op(g, s, op, x, env, out);
  /* now and then a scalar where an array usually is: NumPy makes a 0-d
   * array of it (np.sum(3), np.reshape(1.5, (1,))) */
  struct ndp_arg sc;
  memset(&sc, 0, sizeof sc);
  if (g_chance(g, 60)) {
    static const uint8_t w[] = {40, 40, 20};
    switch (G_PICK(g, w)) {
    case 0:
      g_pyint(g, &sc);
      break;
    case 1:
      g_pyfloat(g, &sc);
      break;
    default:
      sc.kind = NDP_ARG_PYBOOL;
      sc.b = g_below(g, 2) != 0;
      break;
    }
  } else {
    NDP_RETURN_NOT_OK(g_npscalar(g, &sc, g_dtype(g)));
  }
  struct aval tmp;
  memset(&tmp, 0, sizeof tmp);
  tmp.kind = AV_ARRAY;
  tmp.dt = sc.kind == NDP_ARG_NPSCALAR                   ? sc.scalar.dtype
           : sc.kind == NDP_ARG_PYBOOL                   ? NDP_BOOL
           : sc.kind == NDP_ARG_PYFLOAT || sc.pyint.huge ? NDP_FLOAT64
                                                         : NDP_INT64;
  struct cand xs = {SCALAR_SLOT, &tmp};
  enum ndp_status st = array_op(g, s, op, &xs, env, out);
  if (st == NDP_OK) place_scalar(s, &sc);
  if (sc.kind == NDP_ARG_NPSCALAR) ndp_tensor_release(&sc.scalar);
  return st;
}

static enum ndp_status array_op(struct gen *g, struct ndp_step *s, enum ndp_op op,
                                const struct cand *x, const struct env *env, struct aval *out) {
  /* every field defined, also when the step is expected to fail: then the
   * model keeps its operand's (a plausible guess for later stages) */
  *out = *x->av;
  out->kind = AV_ARRAY;
  switch (ndp_op_class(op)) {
  case NDP_OPC_BINARY:
    return gen_binary(g, s, x, env, out);
  case NDP_OPC_UNARY:
    return gen_unary(g, s, x, out);
  case NDP_OPC_REDUCE:
    return gen_reduce(g, s, x, out);
  default:
    break;
  }
  if (op == NDP_OP_CONCATENATE || op == NDP_OP_STACK) return gen_join(g, s, x, env, out);
  NDP_RETURN_NOT_OK(g_args(g, s, 1));
  set_ref(&s->args[0], x->slot);
  const struct aval *a = x->av;
  switch (op) {
  case NDP_OP_RESHAPE:
    gen_reshape(g, s, a, out);
    break;
  case NDP_OP_TRANSPOSE:
    gen_transpose(g, s, a, out);
    break;
  case NDP_OP_EXPAND_DIMS:
    gen_expand_dims(g, s, a, out);
    break;
  case NDP_OP_SQUEEZE:
    gen_squeeze(g, s, a, out);
    break;
  case NDP_OP_BROADCAST_TO:
    gen_broadcast_to(g, s, a, out);
    break;
  case NDP_OP_GETITEM:
    return gen_getitem(g, s, a, out);
  case NDP_OP_ASTYPE:
    gen_astype(g, s, a, out);
    break;
  case NDP_OP_COPY: /* keeps the byte order, like ndarray.copy */
    result(out, a->dt, a->ndim, a->shape, a->vary);
    out->swapped = a->swapped;
    break;
  case NDP_OP_ASCONTIGUOUSARRAY:
  case NDP_OP_ASFORTRANARRAY: {
    /* NumPy 1.24 gives a 0-d array shape (1,) here */
    int64_t one = 1;
    if (a->ndim == 0)
      result(out, a->dt, 1, &one, 0);
    else
      result(out, a->dt, a->ndim, a->shape, a->vary);
    out->swapped = a->swapped;
  } break;
  case NDP_OP_RAVEL: {
    if (g_chance(g, 30)) s->order = 'F';
    int64_t n = has_unknown(a) ? -1 : m_size(a->ndim, a->shape);
    view_result(out, a, 1, &n);
  } break;
  default:
    gen_crossing(s, a, out);
    break;
  }
  return NDP_OK;
}
