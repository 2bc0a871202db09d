/* The minimizer (ndparity/minimize.h): greedy passes over a case's JSON
 * form until a fixpoint, each trial parsed, checked to be smaller, and run
 * (in a forked child when isolated) to see whether the target divergence
 * persists. */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ndparity/case_write.h"
#include "ndparity/classify.h"
#include "ndparity/minimize.h"
#include "ndparity/runner.h"

/* ================================================================ one run */

/* What running a case showed. Plain data: an isolated child sends it to
 * its parent through a pipe as bytes. */
struct verdict {
  bool ran;        /* engine, oracle and classifier all finished */
  bool has_target; /* the target fingerprint is among the divergences */
  int ndivs;
  char first_fp[17];     /* the first divergence's fingerprint */
  char first_step[128];  /* and its step id */
  char target_step[128]; /* the step id of the target divergence */
  char summary[768];     /* what the case shows, for messages */
};

static void copy_id(char *dst, size_t n, const char *id) {
  snprintf(dst, n, "%s", id);
}

/* Runs c on the engine and (unless engine_only) the oracle and classifies.
 * When fd >= 0, one byte 'E' is written to it once the engine is done, so
 * that a parent can tell an engine crash from a later one. */
static void evaluate(const struct ndp_minimize_opts *o, const struct ndp_case *c,
                     const char *target, bool engine_only, int fd, struct verdict *v) {
  memset(v, 0, sizeof *v);
  size_t n = c->nsteps > 0 ? (size_t)c->nsteps : 1;
  struct ndp_step_result *re = calloc(n, sizeof *re), *ro = calloc(n, sizeof *ro);
  if (re == NULL || ro == NULL) {
    free(re);
    free(ro);
    snprintf(v->summary, sizeof v->summary, "out of memory");
    return;
  }
  struct ndp_error err = {0};
  enum ndp_status st = ndp_run_case(o->engine, c, re, &err);
  if (fd >= 0) {
    ssize_t w;
    do {
      w = write(fd, "E", 1);
    } while (w < 0 && errno == EINTR);
  }
  if (st != NDP_OK) {
    snprintf(v->summary, sizeof v->summary, "the engine fails internally: %s", err.msg);
  } else if (engine_only) {
    v->ran = true;
    snprintf(v->summary, sizeof v->summary, "the engine runs it to the end");
  } else if ((st = ndp_run_case(o->oracle, c, ro, &err)) != NDP_OK) {
    snprintf(v->summary, sizeof v->summary, "the oracle fails internally: %s", err.msg);
  } else {
    struct ndp_divergences d;
    memset(&d, 0, sizeof d);
    st = ndp_classify_case(c, re, ro, &d, &err);
    if (st != NDP_OK) {
      snprintf(v->summary, sizeof v->summary, "the classifier fails: %s", err.msg);
    } else {
      v->ran = true;
      v->ndivs = d.n;
      size_t o2 = 0;
      for (int k = 0; k < d.n; k++) {
        const struct ndp_divergence *x = &d.items[k];
        const char *id = c->steps[x->step].id;
        if (k == 0) {
          memcpy(v->first_fp, x->fingerprint, sizeof v->first_fp);
          copy_id(v->first_step, sizeof v->first_step, id);
        }
        if (target != NULL && !v->has_target && strcmp(x->fingerprint, target) == 0) {
          v->has_target = true;
          copy_id(v->target_step, sizeof v->target_step, id);
        }
        if (o2 < sizeof v->summary - 1 && k < 4) {
          int w = snprintf(v->summary + o2, sizeof v->summary - o2, "%s%s at step %.60s (%s)",
                           k > 0 ? ", " : "", ndp_div_kind_name(x->kind), id, x->fingerprint);
          if (w > 0) o2 += (size_t)w;
        } else if (k == 4 && o2 < sizeof v->summary - 1) {
          snprintf(v->summary + o2, sizeof v->summary - o2, " and %d more", d.n - 4);
          o2 = sizeof v->summary;
        }
      }
      if (d.n == 0) snprintf(v->summary, sizeof v->summary, "no divergence");
    }
    ndp_divergences_reset(&d);
  }
  ndp_step_results_release(c->nsteps, re);
  ndp_step_results_release(c->nsteps, ro);
  free(re);
  free(ro);
}

enum outcome {
  OUT_RAN,     /* the child sent its verdict */
  OUT_CRASH,   /* the child died before the engine was done */
  OUT_TIMEOUT, /* the engine ran past the timeout */
  OUT_LATE,    /* the child died or hung after the engine was done */
};

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void write_all(int fd, const void *p, size_t n) {
  const unsigned char *b = p;
  while (n > 0) {
    ssize_t w = write(fd, b, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return;
    b += w;
    n -= (size_t)w;
  }
}

/* Runs evaluate in a forked child with a time limit. *signo receives the
 * signal that ended the child (0 if none). */
static enum ndp_status run_isolated(const struct ndp_minimize_opts *o, const struct ndp_case *c,
                                    const char *target, bool engine_only, struct verdict *v,
                                    enum outcome *out, int *signo, struct ndp_error *err) {
  int fds[2];
  *signo = 0;
  memset(v, 0, sizeof *v);
  if (pipe(fds) != 0)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "cannot create a pipe: %s",
                         strerror(errno));
  pid_t pid = fork();
  if (pid < 0) {
    int e = errno;
    close(fds[0]);
    close(fds[1]);
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "cannot fork a trial: %s", strerror(e));
  }
  if (pid == 0) {
    /* The child: a crash must end it by its signal (not through a
     * sanitizer's or the caller's handler), without a core file. */
    static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP};
    for (size_t k = 0; k < sizeof crash_signals / sizeof crash_signals[0]; k++)
      signal(crash_signals[k], SIG_DFL);
    struct rlimit no_core = {0, 0};
    (void)setrlimit(RLIMIT_CORE, &no_core);
    close(fds[0]);
    struct verdict cv;
    evaluate(o, c, target, engine_only, fds[1], &cv);
    write_all(fds[1], &cv, sizeof cv);
    _exit(0);
  }
  close(fds[1]);
  unsigned char buf[1 + sizeof(struct verdict)];
  size_t got = 0;
  bool timed_out = false;
  double deadline = now_ms() + (o->timeout_ms > 0 ? o->timeout_ms : 0);
  for (;;) {
    int wait_ms = -1;
    if (o->timeout_ms > 0) {
      double left = deadline - now_ms();
      if (left <= 0) {
        timed_out = true;
        break;
      }
      wait_ms = (int)ceil(left);
    }
    struct pollfd p = {.fd = fds[0], .events = POLLIN};
    int r = poll(&p, 1, wait_ms);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) break;
    if (r == 0) continue; /* the deadline is checked above */
    unsigned char scratch[256];
    unsigned char *dst = got < sizeof buf ? buf + got : scratch;
    size_t room = got < sizeof buf ? sizeof buf - got : sizeof scratch;
    ssize_t nr = read(fds[0], dst, room);
    if (nr < 0 && errno == EINTR) continue;
    if (nr <= 0) break; /* end of file: the child is done */
    if (dst != scratch) got += (size_t)nr;
  }
  if (timed_out) kill(pid, SIGKILL);
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  bool engine_done = got >= 1;
  if (WIFSIGNALED(status) && !timed_out) *signo = WTERMSIG(status);
  if (timed_out)
    *out = engine_done ? OUT_LATE : OUT_TIMEOUT;
  else if (!engine_done)
    *out = OUT_CRASH; /* by a signal, or an exit (a sanitizer's report) mid-engine */
  else if (got == sizeof buf && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    memcpy(v, buf + 1, sizeof *v);
    *out = OUT_RAN;
  } else {
    *out = OUT_LATE;
  }
  return NDP_OK;
}

/* ================================================================ size */

/* What "smaller" means, most significant first (minimize.h). */
enum {
  C_STEPS,
  C_INPUTS,
  C_ELEMENTS,
  C_DIMS,
  C_RANKS,
  C_PARAMS,
  C_LAYOUT,
  C_DTYPES,
  C_VALUES,
  C_N
};
struct cost {
  long v[C_N];
};

static int cost_cmp(const struct cost *a, const struct cost *b) {
  for (int k = 0; k < C_N; k++)
    if (a->v[k] != b->v[k]) return a->v[k] < b->v[k] ? -1 : 1;
  return 0;
}

/* Simplicity of a dtype: towards bool, int8, uint8, float32. */
static const enum ndp_dtype dtype_order[NDP_NDTYPES] = {
    NDP_BOOL,   NDP_INT8,  NDP_UINT8,  NDP_FLOAT32, NDP_INT16,   NDP_UINT16,    NDP_INT32,
    NDP_UINT32, NDP_INT64, NDP_UINT64, NDP_FLOAT64, NDP_FLOAT16, NDP_COMPLEX64, NDP_COMPLEX128};

static int dtype_rank(enum ndp_dtype dt) {
  for (int k = 0; k < NDP_NDTYPES; k++)
    if (dtype_order[k] == dt) return k;
  return NDP_NDTYPES;
}

static bool special_float(double x) {
  return isnan(x) || isinf(x) || (x == 0.0 && signbit(x));
}

/* 0 for zero, 1 for one, 2 for minus one, 3 other integers, 4 other
 * finite floats, 5 specials (nan, inf, -0.0). */
static long float_cost(double x) {
  if (special_float(x)) return 5;
  if (x == 0.0) return 0;
  if (x == 1.0) return 1;
  if (x == -1.0) return 2;
  return x == floor(x) ? 3 : 4;
}

static long elem_cost(const struct ndp_elem *e) {
  switch (ndp_dtype_kind(e->dtype)) {
  case NDP_KIND_BOOL:
    return e->v.b ? 1 : 0;
  case NDP_KIND_UINT:
    return e->v.u == 0 ? 0 : e->v.u == 1 ? 1 : 3;
  case NDP_KIND_INT:
    return e->v.i == 0 ? 0 : e->v.i == 1 ? 1 : e->v.i == -1 ? 2 : 3;
  case NDP_KIND_FLOAT:
    return float_cost(e->v.f);
  case NDP_KIND_COMPLEX:
    return float_cost(e->v.c.re) + float_cost(e->v.c.im);
  }
  return 0;
}

static long tensor_value_cost(const struct ndp_tensor *t) {
  long sum = 0;
  int64_t n = ndp_tensor_size(t);
  int64_t idx[NDP_MAXDIMS] = {0};
  for (int64_t k = 0; k < n; k++) {
    struct ndp_elem e;
    ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
    e.dtype = t->dtype;
    sum += elem_cost(&e);
    ndp_index_next(t->ndim, t->shape, idx);
  }
  return sum;
}

static long arg_cost(const struct ndp_arg *a) {
  switch (a->kind) {
  case NDP_ARG_PYINT:
    return a->pyint.huge       ? 4
           : a->pyint.mag == 0 ? 0
           : a->pyint.mag == 1 ? (a->pyint.neg ? 2 : 1)
                               : 3;
  case NDP_ARG_PYFLOAT:
    return float_cost(a->f);
  case NDP_ARG_PYBOOL:
    return a->b ? 1 : 0;
  case NDP_ARG_PYCOMPLEX:
    return float_cost(a->re) + float_cost(a->im);
  case NDP_ARG_NPSCALAR:
    return tensor_value_cost(&a->scalar);
  default:
    return 0;
  }
}

static long count_steps(int n, const struct ndp_step *steps) {
  long total = n;
  for (int k = 0; k < n; k++)
    if (steps[k].ds != NULL) total += count_steps(steps[k].ds->fn.nsteps, steps[k].ds->fn.steps);
  return total;
}

static void cost_of(const struct ndp_case *c, struct cost *k) {
  memset(k, 0, sizeof *k);
  k->v[C_STEPS] = count_steps(c->nsteps, c->steps);
  k->v[C_INPUTS] = c->ninputs;
  for (int i = 0; i < c->ninputs; i++) {
    const struct ndp_input *in = &c->inputs[i];
    k->v[C_ELEMENTS] += (long)ndp_tensor_size(&in->tensor);
    for (int d = 0; d < in->tensor.ndim; d++) k->v[C_DIMS] += (long)in->tensor.shape[d];
    k->v[C_RANKS] += in->tensor.ndim;
    k->v[C_LAYOUT] += (in->swapped ? 1 : 0) + (in->order == 'F' ? 1 : 0);
    k->v[C_DTYPES] += dtype_rank(in->dtype);
    k->v[C_VALUES] += tensor_value_cost(&in->tensor);
  }
  for (int s = 0; s < c->nsteps; s++) {
    const struct ndp_step *st = &c->steps[s];
    k->v[C_PARAMS] += st->has_casting + st->keepdims + (st->order == 'F') +
                      (st->has_dtype && st->op != NDP_OP_ASTYPE) +
                      ((st->has_axes || st->axis_is_null) && st->op != NDP_OP_EXPAND_DIMS);
    k->v[C_LAYOUT] += st->has_dtype && st->dtype_swapped;
    for (int j = 0; j < st->nargs; j++) k->v[C_VALUES] += arg_cost(&st->args[j]);
  }
}

static long input_elements(const struct ndp_case *c) {
  long n = 0;
  for (int i = 0; i < c->ninputs; i++) n += (long)ndp_tensor_size(&c->inputs[i].tensor);
  return n;
}

/* ================================================================ trials */

struct mctx {
  const struct ndp_minimize_opts *o;
  char target[24];
  bool engine_only; /* crash and timeout targets */
  char target_step[128];
  long trials, max_trials;
  json_t *best_json; /* owned: the text best was parsed from */
  struct ndp_case *best;
  struct cost best_cost;
  const char *file;
  enum ndp_status fatal; /* NDP_OK, or why minimizing must stop */
  struct ndp_error *err;
};

static bool stop(const struct mctx *m) {
  return m->fatal != NDP_OK || m->trials >= m->max_trials;
}

static void oom(struct mctx *m) {
  if (m->fatal == NDP_OK)
    m->fatal = ndp_error_set(m->err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
}

/* Whether the target persists in c. */
static bool persists(struct mctx *m, const struct ndp_case *c) {
  struct verdict v;
  if (!m->o->isolate) {
    evaluate(m->o, c, m->target, false, -1, &v);
    return v.ran && v.has_target;
  }
  enum outcome out;
  int signo;
  enum ndp_status st = run_isolated(m->o, c, m->target, m->engine_only, &v, &out, &signo, m->err);
  if (st != NDP_OK) {
    m->fatal = st;
    return false;
  }
  if (strcmp(m->target, "crash") == 0) return out == OUT_CRASH;
  if (strcmp(m->target, "timeout") == 0) return out == OUT_TIMEOUT;
  return out == OUT_RAN && v.ran && v.has_target;
}

/* Tries candidate JSON cand (taken): it must parse, be smaller than the
 * best case, and keep the target; then it becomes the best case. */
static bool try_candidate(struct mctx *m, json_t *cand) {
  if (cand == NULL) {
    oom(m);
    return false;
  }
  if (stop(m)) {
    json_decref(cand);
    return false;
  }
  struct ndp_case *c = NULL;
  struct ndp_error e = {0};
  enum ndp_status st = ndp_case_parse(cand, m->file, 1, &c, &e);
  if (st != NDP_OK) {
    if (st == NDP_ENOMEM) oom(m);
    json_decref(cand);
    return false;
  }
  struct cost k;
  cost_of(c, &k);
  if (cost_cmp(&k, &m->best_cost) >= 0) {
    ndp_case_free(c);
    json_decref(cand);
    return false;
  }
  m->trials++;
  if (!persists(m, c)) {
    ndp_case_free(c);
    json_decref(cand);
    return false;
  }
  ndp_case_free(m->best);
  json_decref(m->best_json);
  m->best = c;
  m->best_json = cand;
  m->best_cost = k;
  return true;
}

static json_t *copy_best(struct mctx *m) {
  json_t *j = json_deep_copy(m->best_json);
  if (j == NULL) oom(m);
  return j;
}

/* ================================================================ steps */

/* Whether a later top-level step names step k among its operands. */
static bool step_used(const struct ndp_case *c, int k) {
  for (int s = k + 1; s < c->nsteps; s++)
    for (int j = 0; j < c->steps[s].nargs; j++)
      if (c->steps[s].args[j].kind == NDP_ARG_REF && c->steps[s].args[j].slot == c->ninputs + k)
        return true;
  return false;
}

/* A copy of the best JSON without step k, whose id is replaced by
 * `operand` in the operands of the later steps (when operand is set). */
static json_t *without_step(struct mctx *m, int k, const char *operand) {
  json_t *j = copy_best(m);
  if (j == NULL) return NULL;
  json_t *steps = json_object_get(j, "steps");
  const char *id = m->best->steps[k].id;
  bool ok = json_array_remove(steps, (size_t)k) == 0;
  for (size_t s = (size_t)k; ok && operand != NULL && s < json_array_size(steps); s++) {
    json_t *args = json_object_get(json_array_get(steps, s), "args");
    for (size_t a = 0; ok && a < json_array_size(args); a++) {
      const char *name = json_string_value(json_array_get(args, a));
      if (name != NULL && strcmp(name, id) == 0)
        ok = json_array_set_new(args, a, json_string(operand)) == 0;
    }
  }
  if (!ok) {
    json_decref(j);
    oom(m);
    return NULL;
  }
  return j;
}

/* Keeps only the target step and the steps it depends on. */
static bool keep_ancestors(struct mctx *m) {
  const struct ndp_case *c = m->best;
  int target = -1;
  for (int k = 0; k < c->nsteps; k++)
    if (strcmp(c->steps[k].id, m->target_step) == 0) target = k;
  if (target < 0) return false;
  bool *needed = calloc((size_t)c->nsteps, sizeof *needed);
  if (needed == NULL) {
    oom(m);
    return false;
  }
  needed[target] = true;
  bool any_dropped = false;
  for (int k = c->nsteps - 1; k >= 0; k--) {
    if (!needed[k]) {
      any_dropped = true;
      continue;
    }
    for (int j = 0; j < c->steps[k].nargs; j++) {
      const struct ndp_arg *a = &c->steps[k].args[j];
      if (a->kind == NDP_ARG_REF && a->slot >= c->ninputs) needed[a->slot - c->ninputs] = true;
    }
  }
  bool accepted = false;
  if (any_dropped) {
    json_t *j = copy_best(m);
    json_t *steps = json_object_get(j, "steps");
    bool ok = j != NULL;
    for (int k = c->nsteps - 1; k >= 0 && ok; k--)
      if (!needed[k]) ok = json_array_remove(steps, (size_t)k) == 0;
    if (!ok && j != NULL) {
      json_decref(j);
      j = NULL;
    }
    free(needed);
    needed = NULL;
    accepted = try_candidate(m, j);
  }
  free(needed);
  return accepted;
}

static bool pass_steps(struct mctx *m) {
  bool progress = false;
  if (m->target_step[0] != '\0' && keep_ancestors(m)) progress = true;
  for (int k = m->best->nsteps - 1; k >= 0 && !stop(m); k--) {
    if (k >= m->best->nsteps || m->best->nsteps == 1) continue;
    if (strcmp(m->best->steps[k].id, m->target_step) == 0) continue;
    if (!step_used(m->best, k)) {
      if (try_candidate(m, without_step(m, k, NULL))) progress = true;
      continue;
    }
    /* Rewire: later steps take one of this step's operands instead. The
     * names are copied: an accepted trial frees the case they live in. */
    const struct ndp_step *s = &m->best->steps[k];
    int nnames = 0;
    char *names[NDP_DS_MAXCOMP];
    for (int j = 0; j < s->nargs && nnames < NDP_DS_MAXCOMP; j++) {
      const struct ndp_arg *a = &s->args[j];
      if (a->kind != NDP_ARG_REF || a->slot < 0) continue;
      const char *name = a->slot < m->best->ninputs ? m->best->inputs[a->slot].name
                                                    : m->best->steps[a->slot - m->best->ninputs].id;
      bool seen = false;
      for (int q = 0; q < nnames; q++) seen |= strcmp(names[q], name) == 0;
      if (seen) continue;
      names[nnames] = strdup(name);
      if (names[nnames] == NULL) {
        oom(m);
        break;
      }
      nnames++;
    }
    for (int q = 0; q < nnames && !stop(m); q++) {
      if (try_candidate(m, without_step(m, k, names[q]))) {
        progress = true;
        break;
      }
    }
    for (int q = 0; q < nnames; q++) free(names[q]);
  }
  return progress;
}

static bool pass_inputs(struct mctx *m) {
  bool progress = false;
  for (int i = m->best->ninputs - 1; i >= 0 && !stop(m); i--) {
    if (i >= m->best->ninputs) continue;
    json_t *j = copy_best(m);
    if (j != NULL && json_object_del(json_object_get(j, "inputs"), m->best->inputs[i].name) != 0) {
      json_decref(j);
      continue;
    }
    if (try_candidate(m, j)) progress = true;
  }
  return progress;
}

/* ================================================================ inputs */

/* A copy of the best JSON with input i written from *in (borrowed). */
static json_t *with_input_json(struct mctx *m, int i, json_t *value) {
  if (value == NULL) {
    oom(m);
    return NULL;
  }
  json_t *j = copy_best(m);
  if (j == NULL ||
      json_object_set_new(json_object_get(j, "inputs"), m->best->inputs[i].name, value) != 0) {
    if (j == NULL) json_decref(value);
    json_decref(j);
    oom(m);
    return NULL;
  }
  return j;
}

static json_t *with_input(struct mctx *m, int i, const struct ndp_input *in) {
  return with_input_json(m, i, ndp_input_to_json(in));
}

/* Tries input i as a view of its tensor with another shape (a prefix of
 * each axis, or length-1 axes left out). */
static bool try_view(struct mctx *m, int i, int ndim, const int64_t *shape,
                     const int64_t *strides) {
  struct ndp_input in = m->best->inputs[i]; /* borrowed copy: never released */
  in.tensor.ndim = ndim;
  memcpy(in.tensor.shape, shape, sizeof(int64_t) * (size_t)ndim);
  memcpy(in.tensor.strides, strides, sizeof(int64_t) * (size_t)ndim);
  return try_candidate(m, with_input(m, i, &in));
}

static bool try_dim(struct mctx *m, int i, int d, int64_t len) {
  const struct ndp_tensor *t = &m->best->inputs[i].tensor;
  int64_t shape[NDP_MAXDIMS];
  memcpy(shape, t->shape, sizeof shape);
  shape[d] = len;
  return try_view(m, i, t->ndim, shape, t->strides);
}

/* Tries input i without its length-1 axes: all (d < 0) or axis d. */
static bool try_drop_axes(struct mctx *m, int i, int d) {
  const struct ndp_tensor *t = &m->best->inputs[i].tensor;
  int64_t shape[NDP_MAXDIMS], strides[NDP_MAXDIMS];
  int n = 0;
  for (int k = 0; k < t->ndim; k++) {
    bool drop = t->shape[k] == 1 && (d < 0 || k == d);
    if (drop) continue;
    shape[n] = t->shape[k];
    strides[n] = t->strides[k];
    n++;
  }
  if (n == t->ndim) return false;
  return try_view(m, i, n, shape, strides);
}

static bool pass_dims(struct mctx *m) {
  bool progress = false;
  for (int i = 0; i < m->best->ninputs && !stop(m); i++) {
    const struct ndp_tensor *t = &m->best->inputs[i].tensor;
    bool big = false;
    int64_t ones[NDP_MAXDIMS];
    for (int d = 0; d < t->ndim; d++) {
      big |= t->shape[d] > 1;
      ones[d] = t->shape[d] > 1 ? 1 : t->shape[d];
    }
    if (big && try_view(m, i, t->ndim, ones, t->strides)) progress = true;
    for (int d = 0; d < m->best->inputs[i].tensor.ndim && !stop(m); d++) {
      for (;;) {
        int64_t cur = m->best->inputs[i].tensor.shape[d];
        if (cur <= 1 || stop(m)) break;
        /* 1 first: it broadcasts against anything */
        int64_t tries[3] = {1, cur / 2, cur - 1};
        bool ok = false;
        for (int q = 0; q < 3 && !ok; q++) {
          if (tries[q] < 1 || tries[q] >= cur || (q > 0 && tries[q] == tries[q - 1])) continue;
          ok = try_dim(m, i, d, tries[q]);
        }
        if (!ok) break;
        progress = true;
      }
    }
    if (try_drop_axes(m, i, -1)) progress = true;
    for (int d = m->best->inputs[i].tensor.ndim - 1; d >= 0 && !stop(m); d--)
      if (d < m->best->inputs[i].tensor.ndim && try_drop_axes(m, i, d)) progress = true;
  }
  return progress;
}

/* ================================================================ values */

/* A new C-order copy of src, stored in the byte order swapped. */
static bool tensor_copy(const struct ndp_tensor *src, bool swapped, struct ndp_tensor *out) {
  if (ndp_tensor_empty(src->dtype, src->ndim, src->shape, 'C', out, NULL) != NDP_OK) return false;
  out->swapped = swapped;
  int64_t n = ndp_tensor_size(src);
  int64_t idx[NDP_MAXDIMS] = {0};
  for (int64_t k = 0; k < n; k++) {
    struct ndp_elem e;
    ndp_elem_load(src->dtype, src->swapped, ndp_tensor_at(src, idx), &e);
    e.dtype = src->dtype;
    ndp_elem_store(out->dtype, swapped, ndp_tensor_at(out, idx), &e);
    ndp_index_next(src->ndim, src->shape, idx);
  }
  return true;
}

static bool elem_special(const struct ndp_elem *e) {
  if (ndp_dtype_kind(e->dtype) == NDP_KIND_FLOAT) return special_float(e->v.f);
  if (ndp_dtype_kind(e->dtype) == NDP_KIND_COMPLEX)
    return special_float(e->v.c.re) || special_float(e->v.c.im);
  return false;
}

static bool elem_negative(const struct ndp_elem *e) {
  switch (ndp_dtype_kind(e->dtype)) {
  case NDP_KIND_INT:
    return e->v.i < 0;
  case NDP_KIND_FLOAT:
    return e->v.f < 0;
  case NDP_KIND_COMPLEX:
    return e->v.c.re < 0;
  default:
    return false;
  }
}

/* Sets e to 0, 1 or -1 of its dtype (-1 is 1 for bool and unsigned). */
static void elem_set(struct ndp_elem *e, int value) {
  enum ndp_dtype dt = e->dtype;
  memset(e, 0, sizeof *e);
  e->dtype = dt;
  switch (ndp_dtype_kind(dt)) {
  case NDP_KIND_BOOL:
    e->v.b = value != 0;
    break;
  case NDP_KIND_UINT:
    e->v.u = value != 0 ? 1u : 0u;
    break;
  case NDP_KIND_INT:
    e->v.i = value;
    break;
  case NDP_KIND_FLOAT:
    e->v.f = value;
    break;
  case NDP_KIND_COMPLEX:
    e->v.c.re = value;
    break;
  }
}

enum value_mode {
  V_ZERO,       /* every element 0 */
  V_PLAIN_ZERO, /* every non-special element 0 */
  V_PLAIN_ONE,  /* every non-special non-zero element +-1 */
  V_ONE_ZERO,   /* element `which` 0 */
  V_ONE_ONE,    /* element `which` +-1 */
};

static bool try_values(struct mctx *m, int i, enum value_mode mode, int64_t which) {
  struct ndp_input in = m->best->inputs[i];
  struct ndp_tensor t;
  if (!tensor_copy(&in.tensor, in.swapped, &t)) {
    oom(m);
    return false;
  }
  int64_t n = ndp_tensor_size(&t);
  int64_t idx[NDP_MAXDIMS] = {0};
  for (int64_t k = 0; k < n; k++) {
    unsigned char *p = ndp_tensor_at(&t, idx);
    struct ndp_elem e;
    ndp_elem_load(t.dtype, t.swapped, p, &e);
    e.dtype = t.dtype;
    bool zero = elem_cost(&e) == 0, special = elem_special(&e), neg = elem_negative(&e);
    bool set0 =
        mode == V_ZERO || (mode == V_PLAIN_ZERO && !special) || (mode == V_ONE_ZERO && k == which);
    bool set1 = (mode == V_PLAIN_ONE && !special && !zero) || (mode == V_ONE_ONE && k == which);
    if (set0 || set1) {
      elem_set(&e, set0 ? 0 : neg ? -1 : 1);
      ndp_elem_store(t.dtype, t.swapped, p, &e);
    }
    ndp_index_next(t.ndim, t.shape, idx);
  }
  in.tensor = t;
  json_t *j = with_input(m, i, &in);
  ndp_tensor_release(&t);
  return try_candidate(m, j);
}

static bool pass_values(struct mctx *m) {
  bool progress = false;
  for (int i = 0; i < m->best->ninputs && !stop(m); i++) {
    if (tensor_value_cost(&m->best->inputs[i].tensor) == 0) continue;
    if (try_values(m, i, V_ZERO, 0)) {
      progress = true;
      continue;
    }
    if (try_values(m, i, V_PLAIN_ZERO, 0)) progress = true;
    if (try_values(m, i, V_PLAIN_ONE, 0)) progress = true;
    int64_t n = ndp_tensor_size(&m->best->inputs[i].tensor);
    if (n > NDP_WRITE_MAX_DATA) continue;
    for (int64_t k = 0; k < n && !stop(m); k++) {
      if (try_values(m, i, V_ONE_ZERO, k) || try_values(m, i, V_ONE_ONE, k)) progress = true;
    }
  }
  return progress;
}

/* Python and NumPy scalar operands of the top-level steps to 0, then 1. */
static bool pass_scalars(struct mctx *m) {
  bool progress = false;
  for (int s = 0; s < m->best->nsteps && !stop(m); s++) {
    for (int a = 0; a < m->best->steps[s].nargs && !stop(m); a++) {
      for (int value = 0; value <= 1; value++) {
        const struct ndp_arg *arg = &m->best->steps[s].args[a];
        if (arg->kind == NDP_ARG_REF || arg_cost(arg) <= value) break;
        json_t *v = NULL;
        switch (arg->kind) {
        case NDP_ARG_PYINT:
          v = json_pack("{s:i}", "int", value);
          break;
        case NDP_ARG_PYFLOAT:
          v = json_pack("{s:f}", "float", (double)value);
          break;
        case NDP_ARG_PYBOOL:
          v = json_pack("{s:b}", "bool", value);
          break;
        case NDP_ARG_PYCOMPLEX:
          v = json_pack("{s:[f,f]}", "complex", (double)value, 0.0);
          break;
        case NDP_ARG_NPSCALAR: {
          struct ndp_elem e;
          memset(&e, 0, sizeof e);
          e.dtype = arg->scalar.dtype;
          elem_set(&e, value);
          v = json_pack("{s:o,s:s}", "scalar", ndp_value_to_json(&e), "dtype",
                        ndp_dtype_name(arg->scalar.dtype));
        } break;
        default:
          break;
        }
        if (v == NULL) {
          oom(m);
          break;
        }
        json_t *j = copy_best(m);
        json_t *args =
            json_object_get(json_array_get(json_object_get(j, "steps"), (size_t)s), "args");
        if (j == NULL || json_array_set_new(args, (size_t)a, v) != 0) {
          if (j == NULL) json_decref(v);
          json_decref(j);
          oom(m);
          break;
        }
        if (try_candidate(m, j)) {
          progress = true;
          break;
        }
      }
    }
  }
  return progress;
}

/* ================================================================ layout, dtypes */

/* Value v (data notation of another dtype) converted for target dtype dt
 * where the notation allows it: bool <- non-zero, integers <- integral
 * floats, floats <- bools, complex <- [v, 0] and back. Anything else is
 * kept for the parser to accept or refuse. */
static json_t *convert_value(json_t *v, enum ndp_dtype dt) {
  enum ndp_kind k = ndp_dtype_kind(dt);
  if (json_is_array(v) && k != NDP_KIND_COMPLEX) {
    json_t *re = json_array_get(v, 0), *im = json_array_get(v, 1);
    if (json_is_number(im) && json_number_value(im) == 0.0) return convert_value(re, dt);
    return json_incref(v);
  }
  switch (k) {
  case NDP_KIND_BOOL:
    if (json_is_number(v)) return json_boolean(json_number_value(v) != 0.0);
    if (json_is_string(v)) return json_boolean(strcmp(json_string_value(v), "-0.0") != 0);
    break;
  case NDP_KIND_INT:
  case NDP_KIND_UINT:
    if (json_is_boolean(v)) return json_integer(json_is_true(v) ? 1 : 0);
    if (json_is_real(v)) {
      double x = json_real_value(v);
      if (x == floor(x) && fabs(x) < 9007199254740992.0) return json_integer((json_int_t)x);
    }
    break;
  case NDP_KIND_FLOAT:
    if (json_is_boolean(v)) return json_integer(json_is_true(v) ? 1 : 0);
    break;
  case NDP_KIND_COMPLEX:
    if (json_is_boolean(v)) return json_pack("[i,i]", json_is_true(v) ? 1 : 0, 0);
    if (!json_is_array(v)) return json_pack("[O,i]", v, 0);
    break;
  }
  return json_incref(v);
}

static bool try_dtype(struct mctx *m, int i, enum ndp_dtype dt) {
  const struct ndp_input *in = &m->best->inputs[i];
  json_t *data = ndp_tensor_to_data(&in->tensor, false);
  json_t *conv = json_array();
  bool ok = data != NULL && conv != NULL;
  for (size_t k = 0; ok && k < json_array_size(data); k++)
    ok = json_array_append_new(conv, convert_value(json_array_get(data, k), dt)) == 0;
  json_decref(data);
  json_t *obj = ok ? json_pack("{s:s,s:o,s:o}", "dtype", ndp_dtype_name(dt), "shape", json_array(),
                               "data", conv)
                   : NULL;
  if (!ok) json_decref(conv);
  json_t *shape = json_object_get(obj, "shape");
  for (int d = 0; obj != NULL && d < in->tensor.ndim; d++)
    if (json_array_append_new(shape, json_integer((json_int_t)in->tensor.shape[d])) != 0) {
      json_decref(obj);
      obj = NULL;
    }
  if (obj != NULL && in->order == 'F' && json_object_set_new(obj, "order", json_string("F")) != 0) {
    json_decref(obj);
    obj = NULL;
  }
  return try_candidate(m, with_input_json(m, i, obj));
}

static bool pass_layout_dtypes(struct mctx *m) {
  bool progress = false;
  for (int i = 0; i < m->best->ninputs && !stop(m); i++) {
    if (m->best->inputs[i].swapped) {
      struct ndp_input in = m->best->inputs[i];
      struct ndp_tensor t;
      if (!tensor_copy(&in.tensor, false, &t)) {
        oom(m);
        break;
      }
      in.tensor = t;
      in.swapped = false;
      json_t *j = with_input(m, i, &in);
      ndp_tensor_release(&t);
      if (try_candidate(m, j)) progress = true;
    }
    if (!stop(m) && m->best->inputs[i].order == 'F') {
      struct ndp_input in = m->best->inputs[i];
      in.order = 'C';
      if (try_candidate(m, with_input(m, i, &in))) progress = true;
    }
    int rank = dtype_rank(m->best->inputs[i].dtype);
    for (int r = 0; r < rank && !stop(m); r++) {
      if (try_dtype(m, i, dtype_order[r])) {
        progress = true;
        break;
      }
    }
  }
  return progress;
}

/* ================================================================ parameters */

static bool pass_params(struct mctx *m) {
  static const char *const keys[] = {"casting", "keepdims", "dtype", "order", "axis", "axes"};
  bool progress = false;
  for (int s = 0; s < m->best->nsteps && !stop(m); s++) {
    if (m->best->steps[s].has_dtype && m->best->steps[s].dtype_swapped) {
      json_t *j = copy_best(m);
      json_t *step = json_array_get(json_object_get(j, "steps"), (size_t)s);
      if (j != NULL &&
          json_object_set_new(step, "dtype",
                              json_string(ndp_dtype_name(m->best->steps[s].dtype))) != 0) {
        json_decref(j);
        j = NULL;
      }
      if (try_candidate(m, j)) progress = true;
    }
    for (size_t k = 0; k < sizeof keys / sizeof keys[0] && !stop(m); k++) {
      json_t *step = json_array_get(json_object_get(m->best_json, "steps"), (size_t)s);
      if (json_object_get(step, keys[k]) == NULL) continue;
      json_t *j = copy_best(m);
      if (j == NULL) break;
      json_object_del(json_array_get(json_object_get(j, "steps"), (size_t)s), keys[k]);
      if (try_candidate(m, j)) progress = true;
    }
  }
  return progress;
}

/* ================================================================ entry */

static bool is_crash_target(const char *t) {
  return t != NULL && (strcmp(t, "crash") == 0 || strcmp(t, "timeout") == 0);
}

/* The first check: c0 shows the target (or, with none given, picks it). */
static enum ndp_status first_check(struct mctx *m, const struct ndp_case *c0,
                                   struct ndp_error *err) {
  const struct ndp_minimize_opts *o = m->o;
  const char *want = o->fingerprint;
  struct verdict v;
  if (o->isolate) {
    enum outcome out;
    int signo;
    NDP_RETURN_NOT_OK(run_isolated(o, c0, want, false, &v, &out, &signo, err));
    if (out == OUT_CRASH || out == OUT_TIMEOUT) {
      const char *got = out == OUT_CRASH ? "crash" : "timeout";
      if (want == NULL || strcmp(want, got) == 0) {
        snprintf(m->target, sizeof m->target, "%s", got);
        m->engine_only = true;
        return NDP_OK;
      }
      if (out == OUT_CRASH && signo != 0)
        return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                             "case \"%s\" does not show divergence %s: the engine crashes on it "
                             "(signal %d; minimize the target \"crash\")",
                             c0->name, want, signo);
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                           "case \"%s\" does not show divergence %s: the engine %s on it "
                           "(minimize the target \"%s\")",
                           c0->name, want, out == OUT_CRASH ? "dies" : "hangs", got);
    }
    if (out == OUT_LATE)
      return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE,
                           "case \"%s\": the oracle or the classifier crashed or hung after the "
                           "engine ran",
                           c0->name);
  } else {
    evaluate(o, c0, want, false, -1, &v);
  }
  if (!v.ran)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "case \"%s\": %s", c0->name, v.summary);
  if (want != NULL && is_crash_target(want))
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "case \"%s\" does not %s the engine; it shows %s", c0->name,
                         strcmp(want, "crash") == 0 ? "crash" : "hang", v.summary);
  if (want == NULL) {
    if (v.ndivs == 0)
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                           "case \"%s\" shows no divergence between %s and %s: nothing to "
                           "minimize",
                           c0->name, o->engine->name, o->oracle->name);
    snprintf(m->target, sizeof m->target, "%s", v.first_fp);
    copy_id(m->target_step, sizeof m->target_step, v.first_step);
    return NDP_OK;
  }
  if (!v.has_target)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "case \"%s\" does not show divergence %s; it shows %s", c0->name, want,
                         v.summary);
  snprintf(m->target, sizeof m->target, "%s", want);
  copy_id(m->target_step, sizeof m->target_step, v.target_step);
  return NDP_OK;
}

enum ndp_status ndp_minimize(const struct ndp_case *c, const struct ndp_minimize_opts *o,
                             struct ndp_case **out, json_t **out_json,
                             struct ndp_minimize_stats *stats, struct ndp_error *err) {
  *out = NULL;
  *out_json = NULL;
  if (o->engine == NULL || o->oracle == NULL)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "minimize needs an engine and an oracle");
  if (is_crash_target(o->fingerprint) && !o->isolate)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "the target \"%s\" needs isolated trials (isolate)", o->fingerprint);
  struct mctx m;
  memset(&m, 0, sizeof m);
  m.o = o;
  m.max_trials = o->max_trials > 0 ? o->max_trials : NDP_MINIMIZE_DEFAULT_TRIALS;
  m.file = c->file != NULL ? c->file : "";
  m.err = err;
  m.best_json = ndp_case_to_json(c, false);
  if (m.best_json == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  enum ndp_status st = ndp_case_parse(m.best_json, m.file, c->line, &m.best, err);
  if (st != NDP_OK) {
    json_decref(m.best_json);
    if (st == NDP_ENOMEM) return st;
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE,
                         "case \"%s\" written back does not parse: %s", c->name, err->msg);
  }
  st = first_check(&m, m.best, err);
  if (st != NDP_OK) {
    ndp_case_free(m.best);
    json_decref(m.best_json);
    return st;
  }
  cost_of(m.best, &m.best_cost);
  int steps_before = m.best->nsteps;
  long elements_before = input_elements(m.best);

  for (;;) {
    bool progress = false;
    progress |= pass_steps(&m);
    progress |= pass_inputs(&m);
    progress |= pass_dims(&m);
    progress |= pass_values(&m);
    progress |= pass_scalars(&m);
    progress |= pass_layout_dtypes(&m);
    progress |= pass_params(&m);
    if (!progress || stop(&m)) break;
  }
  if (m.fatal != NDP_OK) {
    ndp_case_free(m.best);
    json_decref(m.best_json);
    return m.fatal;
  }

  /* The result in the writer's own form, and the model parsed from it. */
  json_t *j = ndp_case_to_json(m.best, false);
  struct ndp_case *r = NULL;
  st = j != NULL ? ndp_case_parse(j, m.file, 1, &r, err)
                 : ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  if (stats != NULL) {
    memset(stats, 0, sizeof *stats);
    stats->trials = m.trials;
    stats->steps_before = steps_before;
    stats->steps_after = m.best->nsteps;
    stats->elements_before = elements_before;
    stats->elements_after = input_elements(m.best);
    snprintf(stats->target, sizeof stats->target, "%s", m.target);
    snprintf(stats->target_step, sizeof stats->target_step, "%s", m.target_step);
  }
  ndp_case_free(m.best);
  json_decref(m.best_json);
  if (st != NDP_OK) {
    json_decref(j);
    return st == NDP_ENOMEM ? st
                            : ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE,
                                            "the minimized case does not parse: %s", err->msg);
  }
  *out = r;
  *out_json = j;
  return NDP_OK;
}
