/* Support shared by the table-driven oracle tests (test_shape.c and
 * test_reduce.c): the row model that tools/gen_oracle_test_tables.py fills
 * in, building each row's operands and step as the generator builds them
 * for NumPy, and checking the oracle's outcome against the row.
 *
 * It is a header of static functions, not a library, because CMake makes
 * one Criterion executable of each test file: each includes this once,
 * before its generated table (which needs struct row).
 *
 * The generator writes `struct row` initializers by field name and each
 * `struct arr_spec` positionally ({dtype, ndim, {shape}, order, pre,
 * data}): changing either struct means changing c_row/c_arr there too. */
#ifndef NDP_ORACLE_TABLE_SUPPORT_H
#define NDP_ORACLE_TABLE_SUPPORT_H

#include <criterion/criterion.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "oracle_internal.h"

/* ------------------------------------------------------------ table model */

enum axis_mode { AX_ABSENT, AX_INT, AX_LIST, AX_NULL };

/* An operand (see the generator's docstring for how it is built). dtype is
 * a dtype name or type string ("int16", ">f8"), or "pyint", "pyfloat",
 * "pybool", "pycomplex" for a Python scalar whose value is in data. */
struct arr_spec {
  const char *dtype;
  int ndim;
  int64_t shape[5];
  char order;
  const char *pre;
  const char *data; /* NULL: the formula */
};

struct row {
  const char *name;
  enum ndp_op op;
  int nargs;
  struct arr_spec args[3];
  int nshape;
  int64_t shape[6];
  char order;
  enum axis_mode axis_mode;
  int naxes;
  int64_t axes[6];
  const char *index;
  const char *dtype, *casting;
  bool keepdims;
  /* expected: an error class, or a result */
  const char *error;
  const char *rdtype;
  int rndim;
  int64_t rshape[8];
  bool view;
  const char *data;
};

/* ------------------------------------------------------------ building */

static int64_t base(int64_t i) {
  return ((37 * i + 11) % 101) - 50;
}

static double round_to(enum ndp_dtype dt, double v) {
  if (dt == NDP_FLOAT16) return ndp_half_to_double(ndp_double_to_half(v));
  if (dt == NDP_FLOAT32 || dt == NDP_COMPLEX64) return (double)(float)v;
  return v;
}

/* The next value token of text (space separated); false at the end. */
static bool next_token(const char **p, char *tok, size_t n) {
  while (**p == ' ') (*p)++;
  if (**p == '\0') return false;
  size_t k = 0;
  while (**p != '\0' && **p != ' ') {
    if (k + 1 < n) tok[k++] = **p;
    (*p)++;
  }
  tok[k] = '\0';
  return true;
}

static double token_double(const char **p, const char *where) {
  char tok[64];
  cr_assert(next_token(p, tok, sizeof tok), "%s: missing value", where);
  return strtod(tok, NULL);
}

/* One value of dtype dt: from the text when p is non-NULL, else the
 * formula for C-order index i. where names the row in failure messages. */
static struct ndp_elem value_of(enum ndp_dtype dt, int64_t i, const char **p, const char *where) {
  struct ndp_elem e;
  memset(&e, 0, sizeof e);
  e.dtype = dt;
  char tok[64];
  switch (ndp_dtype_kind(dt)) {
  case NDP_KIND_BOOL:
    if (p) {
      cr_assert(next_token(p, tok, sizeof tok), "%s: missing value", where);
      e.v.b = strcmp(tok, "1") == 0;
    } else {
      e.v.b = base(i) > 0;
    }
    break;
  case NDP_KIND_INT:
    if (p) {
      cr_assert(next_token(p, tok, sizeof tok), "%s: missing value", where);
      e.v.i = strtoll(tok, NULL, 10);
    } else {
      e.v.i = base(i);
    }
    break;
  case NDP_KIND_UINT:
    if (p) {
      cr_assert(next_token(p, tok, sizeof tok), "%s: missing value", where);
      e.v.u = strtoull(tok, NULL, 10);
    } else {
      e.v.u = (uint64_t)(base(i) + 50);
    }
    break;
  case NDP_KIND_FLOAT:
    e.v.f = round_to(dt, p ? token_double(p, where) : (double)base(i) * 0.1);
    break;
  case NDP_KIND_COMPLEX:
    if (p) {
      e.v.c.re = round_to(dt, token_double(p, where));
      e.v.c.im = round_to(dt, token_double(p, where));
    } else {
      e.v.c.re = round_to(dt, (double)base(i) * 0.1);
      e.v.c.im = round_to(dt, (double)base(i + 50) * 0.1);
    }
    break;
  }
  return e;
}

/* Views by stride arithmetic, independent of the oracle: T transpose,
 * R/r reverse the first/last axis, S step 2 on the last axis, s a[1::2]. */
static void apply_pre(struct ndp_tensor *t, const char *pre, const char *where) {
  for (const char *c = pre; *c; c++) {
    int nd = t->ndim, last = nd - 1;
    switch (*c) {
    case 'T':
      for (int k = 0; k < nd / 2; k++) {
        int64_t s = t->shape[k], st = t->strides[k];
        t->shape[k] = t->shape[last - k];
        t->strides[k] = t->strides[last - k];
        t->shape[last - k] = s;
        t->strides[last - k] = st;
      }
      break;
    case 'R':
    case 'r': {
      int k = *c == 'R' ? 0 : last;
      if (t->shape[k] > 0) t->offset += (t->shape[k] - 1) * t->strides[k];
      t->strides[k] = -t->strides[k];
    } break;
    case 'S':
      t->shape[last] = (t->shape[last] + 1) / 2;
      t->strides[last] *= 2;
      break;
    case 's':
      if (t->shape[0] > 1) t->offset += t->strides[0];
      t->shape[0] /= 2;
      t->strides[0] *= 2;
      break;
    default:
      cr_assert_fail("%s: unknown pre %c", where, *c);
    }
  }
}

/* Builds operand k: a tensor in *t (buf NULL for a Python scalar), its
 * step argument, and the operand pointer the oracle receives. where names
 * the row in failure messages. */
static void build_operand(const struct arr_spec *s, struct ndp_tensor *t, struct ndp_arg *arg,
                          const struct ndp_tensor **op, const char *where) {
  memset(arg, 0, sizeof *arg);
  memset(t, 0, sizeof *t);
  if (strncmp(s->dtype, "py", 2) == 0) {
    *op = NULL;
    const char *p = s->data;
    if (strcmp(s->dtype, "pyint") == 0) {
      arg->kind = NDP_ARG_PYINT;
      long long v = strtoll(p, NULL, 10);
      arg->pyint.neg = v < 0;
      arg->pyint.mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    } else if (strcmp(s->dtype, "pyfloat") == 0) {
      arg->kind = NDP_ARG_PYFLOAT;
      arg->f = strtod(p, NULL);
    } else if (strcmp(s->dtype, "pybool") == 0) {
      arg->kind = NDP_ARG_PYBOOL;
      arg->b = strcmp(p, "1") == 0;
    } else {
      arg->kind = NDP_ARG_PYCOMPLEX;
      arg->re = token_double(&p, where);
      arg->im = token_double(&p, where);
    }
    return;
  }
  enum ndp_dtype dt;
  bool sw;
  cr_assert(ndp_dtype_parse(s->dtype, &dt, &sw), "%s: bad dtype %s", where, s->dtype);
  cr_assert_eq(ndp_tensor_empty(dt, s->ndim, s->shape, s->order == 'F' ? 'F' : 'C', t, NULL),
               NDP_OK, "%s: cannot allocate a %s operand", where, s->dtype);
  t->swapped = sw;
  int64_t idx[NDP_MAXDIMS] = {0};
  const char *p = s->data;
  if (ndp_tensor_size(t) > 0) {
    int64_t i = 0;
    do {
      struct ndp_elem e = value_of(dt, i++, p ? &p : NULL, where);
      ndp_elem_store(dt, sw, ndp_tensor_at(t, idx), &e);
    } while (ndp_index_next(t->ndim, t->shape, idx));
  }
  apply_pre(t, s->pre ? s->pre : "", where);
  arg->kind = NDP_ARG_REF;
  *op = t;
}

/* getitem's index in Python syntax: "1, ::-2, None, ...". */
static int parse_index(const char *text, struct ndp_index_item *items, int max, const char *where) {
  int n = 0;
  const char *p = text;
  while (*p == ' ') p++;
  if (*p == '\0') return 0;
  for (;;) {
    char tok[96];
    size_t k = 0;
    while (*p != '\0' && *p != ',') {
      if (*p != ' ' && k + 1 < sizeof tok) tok[k++] = *p;
      p++;
    }
    tok[k] = '\0';
    cr_assert(n < max, "%s: more than %d items in index \"%s\"", where, max, text);
    struct ndp_index_item *it = &items[n++];
    memset(it, 0, sizeof *it);
    if (strcmp(tok, "None") == 0) {
      it->kind = NDP_IDX_NEWAXIS;
    } else if (strcmp(tok, "...") == 0) {
      it->kind = NDP_IDX_ELLIPSIS;
    } else if (strchr(tok, ':') != NULL) {
      it->kind = NDP_IDX_SLICE;
      bool *has[3] = {&it->has_start, &it->has_stop, &it->has_step};
      int64_t *val[3] = {&it->start, &it->stop, &it->step};
      char *q = tok;
      for (int part = 0; part < 3; part++) {
        char *colon = strchr(q, ':');
        if (colon) *colon = '\0';
        if (*q != '\0') {
          *has[part] = true;
          *val[part] = strtoll(q, NULL, 10);
        }
        if (!colon) break;
        q = colon + 1;
      }
    } else {
      it->kind = NDP_IDX_INT;
      it->i = strtoll(tok, NULL, 10);
    }
    if (*p == '\0') break;
    p++;
  }
  return n;
}

static void fill_step(const struct row *r, struct ndp_step *st, struct ndp_arg *args,
                      struct ndp_index_item *items, const char *where) {
  memset(st, 0, sizeof *st);
  st->id = "r";
  st->op = r->op;
  st->nargs = r->nargs;
  st->args = args;
  st->order = r->order ? r->order : 'C';
  if (r->nshape > 0 || r->op == NDP_OP_RESHAPE || r->op == NDP_OP_BROADCAST_TO) {
    st->has_shape = true;
    st->shape_ndim = r->nshape;
    memcpy(st->shape, r->shape, sizeof r->shape);
  }
  switch (r->axis_mode) {
  case AX_ABSENT:
    break;
  case AX_NULL:
    st->axis_is_null = true;
    break;
  case AX_INT:
  case AX_LIST:
    st->has_axes = true;
    st->axis_is_list = r->axis_mode == AX_LIST;
    st->naxes = r->naxes;
    memcpy(st->axes, r->axes, sizeof r->axes);
    break;
  }
  if (r->dtype) {
    bool sw;
    st->has_dtype = true;
    cr_assert(ndp_dtype_parse(r->dtype, &st->dtype, &sw), "%s: bad dtype %s", where, r->dtype);
  }
  if (r->casting) {
    st->has_casting = true;
    cr_assert(ndp_casting_parse(r->casting, &st->casting), "%s: bad casting %s", where, r->casting);
  }
  st->keepdims = r->keepdims;
  if (r->index) {
    st->nindex = parse_index(r->index, items, 16, where);
    st->index = items;
  }
}

/* ------------------------------------------------------------ checking */

static bool same_value(const struct ndp_elem *a, const struct ndp_elem *b) {
  switch (ndp_dtype_kind(a->dtype)) {
  case NDP_KIND_BOOL:
    return a->v.b == b->v.b;
  case NDP_KIND_INT:
    return a->v.i == b->v.i;
  case NDP_KIND_UINT:
    return a->v.u == b->v.u;
  case NDP_KIND_FLOAT:
    if (isnan(a->v.f) || isnan(b->v.f)) return isnan(a->v.f) && isnan(b->v.f);
    return a->v.f == b->v.f && signbit(a->v.f) == signbit(b->v.f);
  case NDP_KIND_COMPLEX: {
    struct ndp_elem ra = {.dtype = NDP_FLOAT64, .v.f = a->v.c.re};
    struct ndp_elem rb = {.dtype = NDP_FLOAT64, .v.f = b->v.c.re};
    struct ndp_elem ia = {.dtype = NDP_FLOAT64, .v.f = a->v.c.im};
    struct ndp_elem ib = {.dtype = NDP_FLOAT64, .v.f = b->v.c.im};
    return same_value(&ra, &rb) && same_value(&ia, &ib);
  }
  }
  return false;
}

static void describe_value(const struct ndp_elem *e, char *buf, size_t n) {
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
  case NDP_KIND_FLOAT:
    snprintf(buf, n, "%.17g", e->v.f);
    break;
  case NDP_KIND_COMPLEX:
    snprintf(buf, n, "(%.17g%+.17gj)", e->v.c.re, e->v.c.im);
    break;
  }
}

static void check_result(const struct row *r, const struct ndp_tensor *out,
                         const struct ndp_tensor *ins, const char *where) {
  cr_expect_str_eq(ndp_dtype_name(out->dtype), r->rdtype, "%s: dtype", where);
  cr_assert_eq(out->ndim, r->rndim, "%s: ndim %d, expected %d", where, out->ndim, r->rndim);
  for (int k = 0; k < r->rndim; k++)
    cr_assert_eq(out->shape[k], r->rshape[k], "%s: shape[%d] is %lld, expected %lld", where, k,
                 (long long)out->shape[k], (long long)r->rshape[k]);

  /* values, in C order */
  const char *p = r->data;
  int64_t idx[NDP_MAXDIMS] = {0};
  int64_t i = 0;
  if (ndp_tensor_size(out) > 0) {
    do {
      struct ndp_elem want = value_of(out->dtype, i, &p, where), got;
      ndp_elem_load(out->dtype, out->swapped, ndp_tensor_at(out, idx), &got);
      char a[96], b[96];
      describe_value(&got, a, sizeof a);
      describe_value(&want, b, sizeof b);
      cr_expect(same_value(&got, &want), "%s: value %lld is %s, NumPy gives %s", where,
                (long long)i, a, b);
      i++;
    } while (ndp_index_next(out->ndim, out->shape, idx));
  }

  /* views share the operand's buffer and keep its byte order; copies own a
   * new buffer (NumPy's shares_memory is false for empty arrays, so
   * those are not checked) */
  if (ndp_tensor_size(out) == 0) return;
  bool shares = false;
  for (int k = 0; k < r->nargs; k++) {
    if (ins[k].buf == NULL) continue;
    if (ndp_tensor_shares_memory(out, &ins[k])) {
      shares = true;
      cr_expect_eq(out->swapped, ins[k].swapped, "%s: a view keeps the byte order", where);
    }
    if (!r->view)
      cr_expect_neq(out->buf, ins[k].buf, "%s: a copy must not share the operand's buffer", where);
  }
  cr_expect_eq(shares, r->view, "%s: view is %d, NumPy gives %d", where, shares, r->view);
  /* np.copy and the copying reshape/ravel/ascontiguousarray/asfortranarray
   * keep the operand's byte order ('>u4' stays '>u4'); other copies (a
   * full integer index's scalar, astype, reductions) are native */
  if (!r->view) {
    bool keep = r->op == NDP_OP_COPY || r->op == NDP_OP_RESHAPE || r->op == NDP_OP_RAVEL ||
                r->op == NDP_OP_ASCONTIGUOUSARRAY || r->op == NDP_OP_ASFORTRANARRAY;
    bool want = keep && r->nargs > 0 && ins[0].buf != NULL && ins[0].swapped &&
                ndp_dtype_size(out->dtype) > 1;
    cr_expect_eq(out->swapped, want, "%s: a copy is %s", where,
                 want ? "in the operand's byte order" : "native");
  }
}

/* Runs rows[index] through oracle (ndp_oracle_shape_op or
 * ndp_oracle_reduce) and checks its outcome against NumPy's; every failure
 * message starts with "rows[index] name". */
static void check_table_row(const struct row *r, size_t index,
                            enum ndp_status (*oracle)(const struct ndp_step *,
                                                      const struct ndp_tensor *const *,
                                                      struct ndp_tensor *, struct ndp_error *)) {
  char where[128];
  snprintf(where, sizeof where, "rows[%zu] %s", index, r->name);
  struct ndp_tensor ins[3];
  const struct ndp_tensor *ops[3];
  struct ndp_arg args[3];
  struct ndp_index_item items[16];
  for (int k = 0; k < r->nargs; k++) build_operand(&r->args[k], &ins[k], &args[k], &ops[k], where);
  struct ndp_step st;
  fill_step(r, &st, args, items, where);
  struct ndp_tensor out;
  memset(&out, 0, sizeof out);
  struct ndp_error err = {0};
  enum ndp_status s = oracle(&st, ops, &out, &err);
  if (r->error) {
    cr_expect_eq(s, NDP_ESTEP, "%s: expected a step error, status %d", where, (int)s);
    cr_expect_str_eq(ndp_errclass_name(err.cls), r->error, "%s: class (%s)", where, err.msg);
  } else {
    cr_assert_eq(s, NDP_OK, "%s: %s", where, err.msg);
    check_result(r, &out, ins, where);
    ndp_tensor_release(&out);
  }
  for (int k = 0; k < r->nargs; k++) ndp_tensor_release(&ins[k]);
}

#endif
