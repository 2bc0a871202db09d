/* The case generator's internals (fuzz/src): the generation context, the
 * abstract model of what each slot holds, and the pieces shared by gen.c
 * (sources, values, inputs, case assembly), gen_model.c (NumPy's rules as
 * far as the generator needs them to aim), gen_steps.c (array steps and fn
 * bodies) and gen_ds.c (dataset pipelines).
 *
 * The generator does not run anything: it keeps a cheap abstract model of
 * each slot (dtype and shape as NumPy would give them, or "this step is
 * expected to fail") so that it can pick parameters that mostly fit, and
 * near-misses on purpose. A wrong guess only makes a case less interesting,
 * never invalid: every case it builds is a well-formed case model (what
 * ndp_case_parse would build from the same case written as JSON). */
#ifndef NDP_FUZZ_GEN_INTERNAL_H
#define NDP_FUZZ_GEN_INTERNAL_H

#include "ndparity/gen.h"

#define G_MAX_INPUTS 4
#define G_MAX_STEPS 16     /* top-level steps of one case */
#define G_MAX_BODY 4       /* steps of one fn body */
#define G_MAX_COMP 3       /* components the generator gives dataset elements */
#define G_TYPICAL_ELEMS 64 /* inputs stay at most this big, except rare large ones */

/* What a slot is expected to hold. */
enum av_kind {
  AV_ARRAY,   /* an array of dtype dt and shape (ndim, shape) */
  AV_DATASET, /* a dataset: see struct dsval */
  AV_FAILED,  /* the step is expected to fail: later steps avoid it */
};

struct aval {
  enum av_kind kind;
  enum ndp_dtype dt;
  bool swapped;  /* non-native byte order (inputs, astype to ">f8") */
  bool readonly; /* a broadcast_to view or a view of one */
  int ndim;
  int64_t shape[NDP_MAXDIMS];
  /* Inside dataset elements: dimensions (bit k) that may differ between
   * elements; bit 63 marks a rank that may differ. */
  uint64_t vary;
  int ds; /* AV_DATASET: index into gen.dsv */
};

#define VARY_RANK ((uint64_t)1 << 63)

/* A dataset's elements, as the generator expects them. */
struct dsval {
  int ncomp;
  struct aval comp[G_MAX_COMP];
  int64_t count; /* elements; -1 when unknown */
};

/* An operand the step generator may use: a slot and what it holds. */
struct cand {
  int slot;
  const struct aval *av;
};

/* The operands a step may use, the latest last (g_operand prefers it). */
struct env {
  int n;
  struct cand c[G_MAX_INPUTS + G_MAX_STEPS + G_MAX_COMP];
};

struct gen {
  struct ndp_gen_src *src;
  struct ndp_case *c;
  struct aval in[G_MAX_INPUTS];
  struct aval st[G_MAX_STEPS];
  int ndsv;
  struct dsval dsv[G_MAX_STEPS];
  unsigned spice; /* the share (percent) of values drawn from the special tables */
  struct ndp_error *err;
};

#define G_DEFAULT_SPICE 30

/* ---------------------------------------------------------------- choices (gen.c) */

uint64_t g_below(struct gen *g, uint64_t n);
/* true with probability pct/100 (in bytes mode: a byte below pct*256/100,
 * so an exhausted input answers false). */
bool g_chance(struct gen *g, unsigned pct);
/* An index into weights[0..n) drawn with those weights (the first entry is
 * what an exhausted byte input gives). */
int g_pick(struct gen *g, const uint8_t *weights, int n);
int64_t g_range(struct gen *g, int64_t lo, int64_t hi); /* uniform in [lo, hi] */
#define G_PICK(g, w) g_pick((g), (w), (int)(sizeof(w) / sizeof((w)[0])))

/* ---------------------------------------------------------------- values (gen.c) */

/* A value of dtype dt (extremes, cast boundaries, specials, or ordinary). */
void g_elem(struct gen *g, enum ndp_dtype dt, struct ndp_elem *e);
/* A dtype: every one of the 14 with equal weight. */
enum ndp_dtype g_dtype(struct gen *g);
/* Whether a dtype written for this dtype is byte-swapped (">f8"). */
bool g_swapped(struct gen *g, enum ndp_dtype dt, unsigned pct);
/* Python scalar operands. */
void g_pyint(struct gen *g, struct ndp_arg *a);
void g_pyfloat(struct gen *g, struct ndp_arg *a);
void g_pycomplex(struct gen *g, struct ndp_arg *a);
/* A NumPy scalar operand (allocates its 0-d tensor). */
enum ndp_status g_npscalar(struct gen *g, struct ndp_arg *a, enum ndp_dtype dt);
/* A Python int operand of a chosen small value. */
void g_pyint_set(struct ndp_arg *a, int64_t v);

/* ---------------------------------------------------------------- case building (gen.c) */

char *g_strdup(const char *s);
#define G_ID_MAX 16
/* Writes a step id: prefix then k (>= 0) in decimal ("s3", "f0"). */
void g_id(char *id, char prefix, int k);
enum ndp_status g_nomem(struct gen *g);
/* Allocates step->args (n entries, zeroed). */
enum ndp_status g_args(struct gen *g, struct ndp_step *s, int n);
/* Sets a step's identity: id (copied), op and the parser's defaults. */
enum ndp_status g_step_init(struct gen *g, struct ndp_step *s, const char *id, enum ndp_op op);
/* Allocates the case's inputs array for n inputs (made by g_input). */
enum ndp_status g_inputs_alloc(struct gen *g, int n);
/* A new input of dtype dt and shape (written as the parser builds it:
 * byte order and memory order applied); a is its model. */
enum ndp_status g_input(struct gen *g, int k, enum ndp_dtype dt, bool swapped, char order, int ndim,
                        const int64_t *shape);
/* A random shape: rank mostly small, dims mostly small, at most max_elems
 * elements unless the rare large shape is drawn. */
void g_shape(struct gen *g, int *ndim, int64_t *shape, int64_t max_elems, bool allow_large);

/* ---------------------------------------------------------------- the model (gen_model.c) */

int64_t m_size(int ndim, const int64_t *shape);
bool m_broadcast(int na, const int64_t *a, int nb, const int64_t *b, int *nout, int64_t *out);
enum ndp_dtype m_promote(enum ndp_dtype a, enum ndp_dtype b);
/* The dtype a weak Python scalar of arg kind takes beside an array of dt. */
enum ndp_dtype m_weak(enum ndp_dtype dt, enum ndp_arg_kind kind);
bool m_can_cast(enum ndp_dtype from, enum ndp_dtype to, enum ndp_casting casting);
/* The dtype of a ufunc's result for loop dtype loop; false when NumPy has
 * no loop (a "type" error). */
bool m_ufunc_out(enum ndp_op op, enum ndp_dtype loop, enum ndp_dtype *out);
/* Python's slice.indices length for a dimension of n. */
int64_t m_slice_len(int64_t n, const struct ndp_index_item *it);
/* The shape getitem gives, or false when NumPy raises. */
bool m_getitem(const struct aval *x, const struct ndp_index_item *items, int nitems, int *nout,
               int64_t *out);
bool m_pyint_fits(enum ndp_dtype dt, const struct ndp_pyint *p);

/* ---------------------------------------------------------------- steps (gen_steps.c) */

/* Generates one array step s (already g_step_init'ed except for op) from
 * the operands of env; *out receives its model. */
enum ndp_status g_array_step(struct gen *g, struct ndp_step *s, const struct env *env,
                             struct aval *out);
/* Generates an array step of a given op. */
enum ndp_status g_array_op(struct gen *g, struct ndp_step *s, enum ndp_op op, const struct env *env,
                           struct aval *out);
/* A recently made array operand of env (recency-biased); NULL if none. */
const struct cand *g_operand(struct gen *g, const struct env *env);

/* ---------------------------------------------------------------- datasets (gen_ds.c) */

/* Generates a dataset pipeline from step k on (array steps before it may be
 * used as sources); returns the number of steps made. */
enum ndp_status g_pipeline(struct gen *g, int k, int *nmade);

#endif
