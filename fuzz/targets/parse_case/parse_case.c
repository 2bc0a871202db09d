/* libFuzzer target: the case-file parser (harness/src/case_parse.c).
 *
 * The input bytes are a case file. They go through both ways a case reaches
 * the parser:
 * 1. in memory: json_loadb (JSON_REJECT_DUPLICATES, as the loader) and
 *    ndp_case_parse on the value, whatever JSON type it is;
 * 2. through the corpus loader, which only reads paths: the bytes are
 *    written once to a private scratch directory and loaded as "in.jsonl"
 *    (one case per line, streamed to an on_case callback, as `ndparity
 *    run` loads) and then as "in.json" (a single case or a
 *    {"ndparity": 1, "cases": [...]} list, kept in the corpus).
 *
 * Inputs whose declared input arrays hold more than MAX_ELEMENTS elements
 * in all are skipped: the parser accepts arrays up to 1 GiB and fills them
 * (a "fill" of 10^8 elements costs seconds under ASan), which would turn a
 * campaign into a few slow runs and a smoke into timeouts. What the parser
 * does with big shapes besides filling them is the same code as for small
 * ones; its limit is a unit test's business (harness/tests).
 *
 * Input errors are expected and fine. Findings: a sanitizer report (crash,
 * leak, undefined behaviour), a status other than OK/EINPUT/ENOMEM, an error
 * without a message, or a parsed case that breaks the model's invariants
 * (ndparity/case.h) that the runner relies on: slots that name only inputs
 * and earlier steps, expectations of existing steps, input tensors whose
 * bytes lie inside their buffers.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ndp_fuzz.h"
#include "ndparity/case.h"

/* ---------------------------------------------------------------- the size guard */

#define MAX_ELEMENTS (1 << 18)

/* The elements that the inputs of case object v declare (saturating). */
static uint64_t declared_elements(const json_t *v) {
  uint64_t total = 0;
  const char *key;
  json_t *in;
  json_t *inputs = json_is_object(v) ? json_object_get(v, "inputs") : NULL;
  if (!json_is_object(inputs)) return 0;
  json_object_foreach(inputs, key, in) {
    json_t *shape = json_is_object(in) ? json_object_get(in, "shape") : NULL;
    if (!json_is_array(shape)) continue;
    uint64_t n = 1;
    size_t k;
    json_t *d;
    json_array_foreach(shape, k, d) {
      json_int_t x = json_is_integer(d) ? json_integer_value(d) : 1;
      if (x <= 0) {
        n = 0;
        break;
      }
      n = (uint64_t)x > UINT64_MAX / (n ? n : 1) ? UINT64_MAX : n * (uint64_t)x;
    }
    total = n > UINT64_MAX - total ? UINT64_MAX : total + n;
  }
  return total;
}

/* Whether a JSON value (a case or a {"cases": [...]} list) is too big. */
static bool too_big(const json_t *v) {
  json_t *cases = json_is_object(v) ? json_object_get(v, "cases") : NULL;
  if (json_is_array(cases)) {
    uint64_t total = 0;
    size_t k;
    json_t *c;
    json_array_foreach(cases, k, c) {
      uint64_t n = declared_elements(c);
      total = n > UINT64_MAX - total ? UINT64_MAX : total + n;
    }
    return total > MAX_ELEMENTS;
  }
  return declared_elements(v) > MAX_ELEMENTS;
}

/* The same for the lines of a .jsonl text. */
static bool lines_too_big(const uint8_t *data, size_t size) {
  uint64_t total = 0;
  size_t pos = 0;
  while (pos < size) {
    const uint8_t *nl = memchr(data + pos, '\n', size - pos);
    size_t len = nl != NULL ? (size_t)(nl - (data + pos)) : size - pos;
    json_t *v = json_loadb((const char *)data + pos, len, JSON_DECODE_ANY, NULL);
    if (v != NULL) {
      uint64_t n = declared_elements(v);
      total = n > UINT64_MAX - total ? UINT64_MAX : total + n;
      json_decref(v);
    }
    pos += len + 1;
  }
  return total > MAX_ELEMENTS;
}

/* ---------------------------------------------------------------- invariants */

/* Every element of t lies inside t's buffer; reads them all (sanitizers
 * check the bytes) unless t is large, then its first and last ones. */
static void check_tensor(const struct ndp_tensor *t, const char *what) {
  NDP_FUZZ_CHECK(t->buf != NULL, "%s: tensor has no buffer", what);
  NDP_FUZZ_CHECK(t->ndim >= 0 && t->ndim <= NDP_MAXDIMS, "%s: ndim %d", what, t->ndim);
  NDP_FUZZ_CHECK((int)t->dtype >= 0 && (int)t->dtype < NDP_NDTYPES, "%s: dtype %d", what,
                 (int)t->dtype);
  NDP_FUZZ_CHECK(ndp_shape_nbytes(t->ndim, t->shape, ndp_dtype_size(t->dtype), NULL, NULL) ==
                     NDP_OK,
                 "%s: shape has no valid byte count", what);
  int64_t n = ndp_tensor_size(t);
  if (n == 0) return;
  /* The lowest and highest byte addressed, relative to buf->data. */
  int64_t lo = t->offset, hi = t->offset;
  for (int k = 0; k < t->ndim; k++) {
    int64_t span = (t->shape[k] - 1) * t->strides[k]; /* fits: the parser built it */
    if (span < 0)
      lo += span;
    else
      hi += span;
  }
  hi += ndp_dtype_size(t->dtype);
  NDP_FUZZ_CHECK(lo >= 0 && (uint64_t)hi <= t->buf->size,
                 "%s: elements span bytes [%lld, %lld) of a %zu-byte buffer", what, (long long)lo,
                 (long long)hi, t->buf->size);
  struct ndp_elem e;
  int64_t idx[NDP_MAXDIMS] = {0};
  if (n <= 4096) {
    do ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
    while (ndp_index_next(t->ndim, t->shape, idx));
  } else {
    ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
    for (int k = 0; k < t->ndim; k++) idx[k] = t->shape[k] - 1;
    ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
  }
}

/* Operand slots of steps[0, nsteps): an input, an earlier step of the same
 * list, or (in a function body, body true) an element component. */
static void check_steps(const struct ndp_case *c, int nsteps, const struct ndp_step *steps,
                        bool body, int depth) {
  NDP_FUZZ_CHECK(depth <= NDP_MAX_PIPELINE_DEPTH + 1, "function bodies nested %d deep", depth);
  for (int k = 0; k < nsteps; k++) {
    const struct ndp_step *s = &steps[k];
    NDP_FUZZ_CHECK(s->id != NULL, "step %d has no id", k);
    NDP_FUZZ_CHECK((int)s->op >= 0 && (int)s->op < NDP_OP_COUNT, "step %s: op %d", s->id,
                   (int)s->op);
    NDP_FUZZ_CHECK(s->nargs >= 0 && (s->nargs == 0 || s->args != NULL), "step %s: %d args", s->id,
                   s->nargs);
    for (int j = 0; j < s->nargs; j++) {
      const struct ndp_arg *a = &s->args[j];
      if (a->kind == NDP_ARG_REF) {
        int lo = body ? -NDP_DS_MAXCOMP : 0;
        NDP_FUZZ_CHECK(a->slot >= lo && a->slot < c->ninputs + k,
                       "step %s: args[%d] names slot %d (%d inputs, step %d%s)", s->id, j, a->slot,
                       c->ninputs, k, body ? ", in a body" : "");
      } else if (a->kind == NDP_ARG_NPSCALAR) {
        check_tensor(&a->scalar, "a NumPy scalar operand");
        NDP_FUZZ_CHECK(a->scalar.ndim == 0, "step %s: a NumPy scalar of rank %d", s->id,
                       a->scalar.ndim);
      }
    }
    NDP_FUZZ_CHECK(s->nindex >= 0 && (s->nindex == 0 || s->index != NULL),
                   "step %s: %d index items", s->id, s->nindex);
    NDP_FUZZ_CHECK(s->shape_ndim >= 0 && s->shape_ndim <= NDP_MAXDIMS, "step %s: shape rank %d",
                   s->id, s->shape_ndim);
    NDP_FUZZ_CHECK(s->naxes >= 0 && s->naxes <= NDP_MAXDIMS, "step %s: %d axes", s->id, s->naxes);
    bool dataset = ndp_op_class(s->op) == NDP_OPC_DATASET;
    NDP_FUZZ_CHECK(dataset == (s->ds != NULL), "step %s (%s): dataset parameters %s", s->id,
                   ndp_op_name(s->op), s->ds != NULL ? "present" : "missing");
    if (s->ds == NULL) continue;
    const struct ndp_ds_params *ds = s->ds;
    NDP_FUZZ_CHECK(ds->out_ncomp >= 1 && ds->out_ncomp <= NDP_DS_MAXCOMP, "step %s: %d components",
                   s->id, ds->out_ncomp);
    NDP_FUZZ_CHECK(s->ds_depth >= 1 && s->ds_depth <= NDP_MAX_PIPELINE_DEPTH,
                   "step %s: dataset depth %d", s->id, s->ds_depth);
    if (ds->fn.nsteps > 0) {
      check_steps(c, ds->fn.nsteps, ds->fn.steps, true, depth + 1);
      NDP_FUZZ_CHECK(ds->fn.nresults >= 1 && ds->fn.nresults <= NDP_DS_MAXCOMP,
                     "step %s: fn has %d results", s->id, ds->fn.nresults);
      for (int r = 0; r < ds->fn.nresults; r++)
        NDP_FUZZ_CHECK(ds->fn.results[r] >= 0 && ds->fn.results[r] < ds->fn.nsteps,
                       "step %s: fn result %d is body step %d of %d", s->id, r, ds->fn.results[r],
                       ds->fn.nsteps);
    }
    NDP_FUZZ_CHECK(ds->nshapes >= 0 && ds->nshapes <= NDP_DS_MAXCOMP, "step %s: %d shapes", s->id,
                   ds->nshapes);
    NDP_FUZZ_CHECK(ds->ntout >= 0 && ds->ntout <= NDP_DS_MAXCOMP, "step %s: %d Tout", s->id,
                   ds->ntout);
    if (ds->nelements > 0) {
      NDP_FUZZ_CHECK(ds->ncomp >= 1 && ds->ncomp <= NDP_DS_MAXCOMP && ds->elements != NULL,
                     "step %s: generator elements of %d components", s->id, ds->ncomp);
      for (long e = 0; e < (long)ds->nelements * ds->ncomp; e++)
        NDP_FUZZ_CHECK(ds->elements[e] >= 0 && ds->elements[e] < c->ninputs,
                       "step %s: generator element slot %d (%d inputs)", s->id, ds->elements[e],
                       c->ninputs);
    }
  }
}

static void check_case(const struct ndp_case *c) {
  NDP_FUZZ_CHECK(c->name != NULL && c->file != NULL, "a parsed case without name or file");
  NDP_FUZZ_CHECK(c->ninputs >= 0 && (c->ninputs == 0 || c->inputs != NULL), "%d inputs",
                 c->ninputs);
  NDP_FUZZ_CHECK(c->ntags >= 0 && (c->ntags == 0 || c->tags != NULL), "%d tags", c->ntags);
  for (int k = 0; k < c->ntags; k++) NDP_FUZZ_CHECK(c->tags[k] != NULL, "tag %d is NULL", k);
  for (int i = 0; i < c->ninputs; i++) {
    NDP_FUZZ_CHECK(c->inputs[i].name != NULL, "input %d has no name", i);
    check_tensor(&c->inputs[i].tensor, c->inputs[i].name);
    NDP_FUZZ_CHECK(c->inputs[i].tensor.dtype == c->inputs[i].dtype,
                   "input %s: tensor dtype %s, input dtype %s", c->inputs[i].name,
                   ndp_dtype_name(c->inputs[i].tensor.dtype), ndp_dtype_name(c->inputs[i].dtype));
  }
  NDP_FUZZ_CHECK(c->nsteps >= 0 && (c->nsteps == 0 || c->steps != NULL), "%d steps", c->nsteps);
  check_steps(c, c->nsteps, c->steps, false, 0);
  NDP_FUZZ_CHECK(c->nexpect >= 0 && (c->nexpect == 0 || c->expect != NULL), "%d expectations",
                 c->nexpect);
  for (int k = 0; k < c->nexpect; k++)
    NDP_FUZZ_CHECK(c->expect[k].step >= 0 && c->expect[k].step < c->nsteps,
                   "expectation %d is for step %d of %d", k, c->expect[k].step, c->nsteps);
}

static void check_status(enum ndp_status st, const struct ndp_error *err, const char *where) {
  NDP_FUZZ_CHECK(st == NDP_OK || st == NDP_EINPUT || st == NDP_ENOMEM,
                 "%s: status %d (expected OK, EINPUT or ENOMEM): %s", where, (int)st, err->msg);
  NDP_FUZZ_CHECK(st == NDP_OK || err->msg[0] != '\0', "%s: status %d without a message", where,
                 (int)st);
}

/* ---------------------------------------------------------------- the loader */

static char scratch_dir[256];
static char jsonl_path[300], json_path[300];

static void remove_scratch(void) {
  unlink(jsonl_path);
  unlink(json_path);
  rmdir(scratch_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  /* /dev/shm keeps the loader's round trip in memory where it exists. */
  const char *bases[3] = {"/dev/shm", getenv("TMPDIR"), "/tmp"};
  for (int k = 0; k < 3 && scratch_dir[0] == '\0'; k++) {
    if (bases[k] == NULL || bases[k][0] == '\0' || access(bases[k], W_OK) != 0) continue;
    snprintf(scratch_dir, sizeof scratch_dir, "%s/ndp-fuzz-parse-XXXXXX", bases[k]);
    if (mkdtemp(scratch_dir) == NULL) scratch_dir[0] = '\0';
  }
  NDP_FUZZ_CHECK(scratch_dir[0] != '\0', "no writable scratch directory: %s", strerror(errno));
  snprintf(jsonl_path, sizeof jsonl_path, "%s/in.jsonl", scratch_dir);
  snprintf(json_path, sizeof json_path, "%s/in.json", scratch_dir);
  atexit(remove_scratch);
  return 0;
}

struct stream_ctx {
  long seen;
};

static enum ndp_status on_case(void *ctx, struct ndp_case *c, struct ndp_error *err) {
  (void)err;
  check_case(c);
  ((struct stream_ctx *)ctx)->seen++;
  return NDP_OK;
}

static void check_corpus(const struct ndp_corpus *corpus) {
  for (int k = 0; k < corpus->nerrors; k++) {
    const struct ndp_load_error *e = &corpus->errors[k];
    NDP_FUZZ_CHECK(e->file != NULL && e->message != NULL && e->message[0] != '\0',
                   "load error %d without a file or a message", k);
    NDP_FUZZ_CHECK(e->line >= 0 && e->column >= 0, "load error %d at %d:%d", k, e->line, e->column);
  }
}

static void load_through_files(const uint8_t *data, size_t size) {
  FILE *f = fopen(jsonl_path, "wb");
  NDP_FUZZ_CHECK(f != NULL, "cannot write %s: %s", jsonl_path, strerror(errno));
  NDP_FUZZ_CHECK(fwrite(data, 1, size, f) == size && fclose(f) == 0, "cannot write %s", jsonl_path);

  /* .jsonl, streamed. */
  struct ndp_corpus corpus;
  struct stream_ctx sc = {0};
  struct ndp_error err = {0};
  ndp_corpus_init(&corpus);
  corpus.on_case = on_case;
  corpus.ctx = &sc;
  enum ndp_status st = ndp_corpus_load_path(&corpus, jsonl_path, &err);
  check_status(st, &err, "the .jsonl loader");
  NDP_FUZZ_CHECK(corpus.ncases == 0 && corpus.nstreamed == sc.seen,
                 "streaming kept %d cases, streamed %ld, the callback saw %ld", corpus.ncases,
                 corpus.nstreamed, sc.seen);
  check_corpus(&corpus);
  ndp_corpus_reset(&corpus);

  /* .json, kept. */
  NDP_FUZZ_CHECK(rename(jsonl_path, json_path) == 0, "cannot rename to %s: %s", json_path,
                 strerror(errno));
  memset(&err, 0, sizeof err);
  ndp_corpus_init(&corpus);
  st = ndp_corpus_load_path(&corpus, json_path, &err);
  check_status(st, &err, "the .json loader");
  for (int k = 0; k < corpus.ncases; k++) check_case(corpus.cases[k]);
  check_corpus(&corpus);
  ndp_corpus_reset(&corpus);
  unlink(json_path);
}

/* ---------------------------------------------------------------- the target */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (scratch_dir[0] == '\0') LLVMFuzzerInitialize(NULL, NULL);

  json_error_t jerr;
  json_t *json =
      json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &jerr);
  if ((json != NULL && too_big(json)) || lines_too_big(data, size)) {
    json_decref(json);
    return 0;
  }
  if (json != NULL) {
    struct ndp_case *c = (struct ndp_case *)&jerr; /* must be reset by the parser */
    struct ndp_error err = {0};
    enum ndp_status st = ndp_case_parse(json, "<fuzz>", 1, &c, &err);
    check_status(st, &err, "ndp_case_parse");
    if (st == NDP_OK) {
      NDP_FUZZ_CHECK(c != NULL, "ndp_case_parse: OK without a case");
      check_case(c);
      ndp_case_free(c);
    } else {
      NDP_FUZZ_CHECK(c == NULL, "ndp_case_parse failed but left *out set");
    }
    json_decref(json);
  }

  load_through_files(data, size);
  return 0;
}
