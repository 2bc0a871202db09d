/* Running a plan of cases in this process or in isolated worker processes
 * (see ndparity/work.h).
 *
 * Workers: the parent forks J workers; each loads the same paths (skipping
 * the slots that are not its own without parsing them) and generates its
 * own fuzz cases, runs them, and writes one line per result to its pipe.
 * Before each case it writes the unit it is on into a shared page; when a
 * worker dies by a signal, or the parent kills it for running past the
 * timeout, that unit is recorded as a crash or a timeout and a new worker
 * takes over after it. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "ndparity/work.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ndparity/classify.h"
#include "ndparity/gen.h"
#include "ndparity/runner.h"

bool ndp_parse_shard(const char *text, int *k, int *n) {
  char *end;
  long a = strtol(text, &end, 10);
  if (end == text || *end != '/') return false;
  const char *p = end + 1;
  long b = strtol(p, &end, 10);
  if (end == p || *end != '\0' || a < 1 || b < 1 || a > b || b > 1000000) return false;
  *k = (int)a;
  *n = (int)b;
  return true;
}

enum ndp_status ndp_work_case(const struct ndp_report *report, struct ndp_backend *engine,
                              struct ndp_backend *oracle, const struct ndp_case *c,
                              bool list_pass, json_t **out, long long bytes[2],
                              struct ndp_error *err) {
  *out = NULL;
  bytes[0] = bytes[1] = 0;
  struct ndp_step_result stack_e[16], stack_o[16];
  struct ndp_step_result *re = stack_e, *ro = stack_o;
  if (c->nsteps > 16) {
    re = calloc((size_t)c->nsteps, sizeof *re);
    ro = calloc((size_t)c->nsteps, sizeof *ro);
    if (re == NULL || ro == NULL) {
      free(re != stack_e ? re : NULL);
      free(ro != stack_o ? ro : NULL);
      return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    }
  }
  bool have_e = false, have_o = false;
  struct ndp_expect_failures fails = {0};
  struct ndp_divergences divs = {0};
  enum ndp_status st = ndp_run_case(engine, c, re, err);
  have_e = st == NDP_OK;
  if (st == NDP_OK && oracle != NULL) {
    st = ndp_run_case(oracle, c, ro, err);
    have_o = st == NDP_OK;
  }
  if (st == NDP_OK) st = ndp_check_expectations(c, re, engine->name, &fails, err);
  if (st == NDP_OK && have_o) st = ndp_check_expectations(c, ro, oracle->name, &fails, err);
  if (st == NDP_OK && have_o) st = ndp_classify_case(c, re, ro, &divs, err);
  if (st == NDP_OK && !list_pass && divs.n == 0 && fails.n == 0) {
    bytes[0] = have_o ? ndp_step_results_bytes(c, re) : 0;
    bytes[1] = have_o ? ndp_step_results_bytes(c, ro) : 0;
  } else if (st == NDP_OK) {
    *out = ndp_report_case_json(report, c, re, have_o ? ro : NULL, have_o ? &divs : NULL, &fails);
    if (*out == NULL) st = ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  ndp_divergences_reset(&divs);
  ndp_expect_failures_reset(&fails);
  if (have_e) ndp_step_results_release(c->nsteps, re);
  if (have_o) ndp_step_results_release(c->nsteps, ro);
  if (re != stack_e) free(re);
  if (ro != stack_o) free(ro);
  return st;
}

/* ---------------------------------------------------------------- units */

/* Which units this process runs: its shard, its worker's share of it, and
 * (after a crash) only the units past the one that crashed. */
struct share {
  int shard_k, shard_n;
  int worker, jobs;            /* jobs 0 or 1: the whole shard */
  long resume_corpus;          /* run corpus ordinals > this (-1: all) */
  long resume_fuzz;            /* run fuzz indices > this (-1: all) */
  bool corpus_done;            /* resuming in the fuzz phase */
};

static bool unit_mine(const struct share *sh, long unit) {
  if (unit % sh->shard_n != sh->shard_k - 1) return false;
  long pos = unit / sh->shard_n;
  return sh->jobs <= 1 || pos % sh->jobs == sh->worker;
}

/* ---------------------------------------------------------------- runners */

/* The shared page: per worker, the unit it is running. */
struct slot {
  volatile long unit;   /* -1: between cases */
  volatile int phase;   /* 0 corpus, 1 fuzz */
  volatile long long started_ns;
  volatile long done_unit; /* the last unit finished (-1: none) */
  volatile int done_phase;
  /* passes counted since the worker started (the parent adds those it did
   * not receive in a batch when the worker dies) */
  volatile long passes;
  volatile long long pass_be, pass_bo;
  char pad[64]; /* one cache line per worker: no false sharing */
};

struct runner {
  const struct ndp_work_plan *plan;
  const struct ndp_report *report;
  struct share share;
  struct ndp_backend *engine, *oracle;
  /* in this process: the sink; in a worker: the pipe and the slot */
  const struct ndp_work_sink *sink;
  int fd;
  struct slot *slot;
  bool stopped;
  const struct ndp_corpus *corpus; /* the corpus being loaded (its ordinal) */
  /* passes not yet sent (a worker batches them: one line per 256) */
  long pend_n;
  long long pend_be, pend_bo;
  char *linebuf;
  size_t linecap;
};

static long long now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static bool write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += w;
    n -= (size_t)w;
  }
  return true;
}

/* Sends the batched passes; the parent then has every unit up to the last
 * of them. */
static enum ndp_status flush_passes(struct runner *rn, struct ndp_error *err) {
  if (rn->pend_n == 0) return NDP_OK;
  char line[96];
  int n = snprintf(line, sizeof line, "P%ld %lld %lld\n", rn->pend_n, rn->pend_be, rn->pend_bo);
  if (!write_all(rn->fd, line, (size_t)n))
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "cannot write to the parent");
  rn->pend_n = 0;
  rn->pend_be = rn->pend_bo = 0;
  return NDP_OK;
}

/* Hands a result (consumed) on: to the sink, or down the pipe as one line. */
static enum ndp_status deliver(struct runner *rn, json_t *o, struct ndp_error *err) {
  if (rn->sink != NULL) return rn->sink->on_result(rn->sink->ctx, o, err);
  enum ndp_status fs = flush_passes(rn, err);
  if (fs != NDP_OK) {
    json_decref(o);
    return fs;
  }
  size_t n = json_dumpb(o, NULL, 0, JSON_COMPACT | JSON_REAL_PRECISION(17));
  if (n + 2 > rn->linecap) {
    size_t cap = n + 2 > 2 * rn->linecap ? n + 2 : 2 * rn->linecap;
    char *b = realloc(rn->linebuf, cap);
    if (b == NULL) {
      json_decref(o);
      return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    }
    rn->linebuf = b;
    rn->linecap = cap;
  }
  rn->linebuf[0] = 'R';
  size_t got = json_dumpb(o, rn->linebuf + 1, n, JSON_COMPACT | JSON_REAL_PRECISION(17));
  json_decref(o);
  rn->linebuf[1 + got] = '\n';
  if (got != n || !write_all(rn->fd, rn->linebuf, got + 2))
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "cannot write to the parent");
  return NDP_OK;
}

static enum ndp_status run_unit(struct runner *rn, const struct ndp_case *c, int phase, long unit,
                                struct ndp_error *err) {
  if (rn->slot != NULL) {
    rn->slot->phase = phase;
    rn->slot->started_ns = now_ns();
    rn->slot->unit = unit;
  }
  json_t *o = NULL;
  long long bytes[2];
  /* generated cases that pass are counted, not listed */
  bool list_pass = c->json != NULL || rn->plan->list_passes;
  enum ndp_status st = ndp_work_case(rn->report, rn->engine, rn->oracle, c, list_pass, &o, bytes,
                                     err);
  if (rn->slot != NULL) rn->slot->unit = -1;
  if (st == NDP_OK && o == NULL) {
    if (rn->sink != NULL) {
      rn->sink->on_pass(rn->sink->ctx, bytes[0], bytes[1]);
      return NDP_OK;
    }
    rn->pend_n++;
    rn->pend_be += bytes[0];
    rn->pend_bo += bytes[1];
    rn->slot->pass_be += bytes[0];
    rn->slot->pass_bo += bytes[1];
    rn->slot->passes++;
    rn->slot->done_phase = phase;
    rn->slot->done_unit = unit;
    return rn->pend_n >= 256 ? flush_passes(rn, err) : NDP_OK;
  }
  if (st == NDP_EINPUT) {
    struct ndp_load_error le = {
        .file = c->file, .line = c->line, .case_name = c->name, .message = err->msg};
    o = ndp_report_input_error_json(&le);
    if (o == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    st = NDP_OK;
  } else if (st != NDP_OK) {
    char msg[NDP_ERROR_MSG_MAX];
    snprintf(msg, sizeof msg, "%s", err->msg);
    return ndp_error_set(err, st == NDP_ENOMEM ? NDP_ENOMEM : NDP_EINTERNAL, NDP_ERRC_NONE,
                         "case %s (%s:%d): %.400s", c->name, c->file, c->line, msg);
  }
  st = deliver(rn, o, err);
  if (st == NDP_OK && rn->slot != NULL) {
    rn->slot->done_phase = phase;
    rn->slot->done_unit = unit;
  }
  return st;
}

static bool select_corpus(void *ctx, long ordinal) {
  struct runner *rn = ctx;
  const struct share *sh = &rn->share;
  if (sh->corpus_done) return false;
  /* A whole file's error: reported once, by the first worker of shard 1,
   * and not again by a worker that took over past it. */
  if (ordinal < 0)
    return sh->shard_k == 1 && (sh->jobs <= 1 || sh->worker == 0);
  return ordinal > sh->resume_corpus && unit_mine(sh, ordinal);
}

static enum ndp_status corpus_case(void *ctx, struct ndp_case *c, struct ndp_error *err) {
  struct runner *rn = ctx;
  if (rn->sink != NULL && rn->sink->stop != NULL && rn->sink->stop(rn->sink->ctx)) {
    rn->stopped = true;
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "stopped");
  }
  enum ndp_status st = run_unit(rn, c, 0, rn->corpus->ordinal, err);
  return st == NDP_OK || st == NDP_ENOMEM ? st : NDP_EINTERNAL;
}

/* The generated case of (seed, index). */
static enum ndp_status fuzz_case(uint64_t seed, long index, struct ndp_case **out,
                                 struct ndp_error *err) {
  struct ndp_gen_src src;
  char name[64];
  ndp_gen_src_seeded(&src, seed, (uint64_t)index);
  snprintf(name, sizeof name, "fuzz/%llu/%ld", (unsigned long long)seed, index);
  return ndp_gen_case(&src, name, out, err);
}

/* Runs this process's share: the corpus, then the fuzz range. */
static enum ndp_status run_share(struct runner *rn, struct ndp_error *err) {
  const struct ndp_work_plan *p = rn->plan;
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  corpus.on_case = corpus_case;
  corpus.ctx = rn;
  corpus.select = select_corpus;
  rn->corpus = &corpus;
  enum ndp_status st = NDP_OK;
  for (int i = 0; i < p->npaths && st == NDP_OK && !rn->share.corpus_done; i++) {
    int before = corpus.nerrors;
    st = ndp_corpus_load_path(&corpus, p->paths[i], err);
    for (int k = before; k < corpus.nerrors && st == NDP_OK; k++) {
      json_t *o = ndp_report_input_error_json(&corpus.errors[k]);
      st = o != NULL ? deliver(rn, o, err)
                     : ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    }
  }
  ndp_corpus_reset(&corpus);
  rn->corpus = NULL;
  for (long i = rn->share.resume_fuzz + 1; i < p->fuzz_n && st == NDP_OK; i++) {
    if (!unit_mine(&rn->share, i)) continue;
    if (rn->sink != NULL && rn->sink->stop != NULL && rn->sink->stop(rn->sink->ctx)) {
      rn->stopped = true;
      break;
    }
    struct ndp_case *c = NULL;
    st = fuzz_case(p->seed, i, &c, err);
    if (st == NDP_OK) st = run_unit(rn, c, 1, i, err);
    ndp_case_free(c);
  }
  if (st == NDP_OK && rn->sink == NULL) st = flush_passes(rn, err);
  return st;
}

/* ---------------------------------------------------------------- in process */

static enum ndp_status run_here(const struct ndp_work_plan *p, const struct ndp_report *report,
                                const struct ndp_work_sink *sink, struct ndp_error *err) {
  struct runner rn;
  memset(&rn, 0, sizeof rn);
  rn.plan = p;
  rn.report = report;
  rn.sink = sink;
  rn.fd = -1;
  memset(&rn.share, 0, sizeof rn.share);
  rn.share.shard_k = p->shard_k;
  rn.share.shard_n = p->shard_n;
  rn.share.jobs = 1;
  rn.share.resume_corpus = rn.share.resume_fuzz = -1;
  enum ndp_status st = ndp_backend_open(p->engine, &rn.engine, err);
  if (st == NDP_OK && p->oracle != NULL) st = ndp_backend_open(p->oracle, &rn.oracle, err);
  if (st == NDP_OK) st = run_share(&rn, err);
  if (rn.stopped) st = NDP_OK;
  ndp_backend_free(rn.engine);
  ndp_backend_free(rn.oracle);
  return st;
}

/* ---------------------------------------------------------------- workers */

struct worker {
  pid_t pid;
  int fd;
  bool running;
  bool timed_out;
  long passes; /* passes received in batches from this incarnation */
  long long pass_be, pass_bo;
  char *buf;
  size_t len, cap;
};

/* In the child: runs the share and exits (never returns). */
static void worker_main(struct runner *rn, int fd) {
  signal(SIGINT, SIG_IGN); /* the parent decides when the run stops */
  /* A fault kills the worker, whatever handler a sanitizer installed: the
   * parent records the case as a crash (as the minimizer's trials do). */
  signal(SIGSEGV, SIG_DFL);
  signal(SIGBUS, SIG_DFL);
  signal(SIGFPE, SIG_DFL);
  signal(SIGILL, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  signal(SIGPIPE, SIG_DFL);
  rn->fd = fd;
  struct ndp_error err = {0};
  enum ndp_status st = ndp_backend_open(rn->plan->engine, &rn->engine, &err);
  if (st == NDP_OK && rn->plan->oracle != NULL)
    st = ndp_backend_open(rn->plan->oracle, &rn->oracle, &err);
  if (st == NDP_OK) st = run_share(rn, &err);
  if (st != NDP_OK) {
    char line[NDP_ERROR_MSG_MAX + 8];
    int n = snprintf(line, sizeof line, "E%s\n", err.msg);
    if (n > 0) write_all(fd, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
  }
  ndp_backend_free(rn->engine);
  ndp_backend_free(rn->oracle);
  free(rn->linebuf);
  close(fd);
  _exit(st == NDP_OK ? 0 : 3);
}

static enum ndp_status spawn(struct runner *proto, int w, struct slot *slots,
                             struct worker *wk, struct ndp_error *err) {
  int fds[2];
  if (pipe(fds) != 0)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "pipe: %s", strerror(errno));
  fflush(stdout);
  fflush(stderr);
  slots[w].passes = 0;
  slots[w].pass_be = slots[w].pass_bo = 0;
  slots[w].unit = -1;
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "fork: %s", strerror(errno));
  }
  if (pid == 0) {
    close(fds[0]);
    struct runner rn = *proto;
    rn.share.worker = w;
    rn.slot = &slots[w];
    rn.slot->unit = -1;
    worker_main(&rn, fds[1]);
  }
  close(fds[1]);
  wk->pid = pid;
  wk->fd = fds[0];
  wk->running = true;
  wk->timed_out = false;
  wk->len = 0;
  wk->passes = 0;
  wk->pass_be = wk->pass_bo = 0;
  return NDP_OK;
}

/* Feeds the complete lines in wk's buffer to the sink. */
static enum ndp_status drain_lines(struct worker *wk, const struct ndp_work_sink *sink,
                                   bool *worker_failed, char *fail_msg, size_t fail_n,
                                   struct ndp_error *err) {
  size_t start = 0;
  enum ndp_status st = NDP_OK;
  for (size_t k = 0; k < wk->len && st == NDP_OK; k++) {
    if (wk->buf[k] != '\n') continue;
    char *line = wk->buf + start;
    size_t n = k - start;
    start = k + 1;
    if (n == 0) continue;
    if (line[0] == 'E') {
      *worker_failed = true;
      snprintf(fail_msg, fail_n, "%.*s", (int)(n - 1), line + 1);
      continue;
    }
    if (line[0] == 'P') {
      long count = 0;
      long long be = 0, bo = 0;
      char tmp[96];
      snprintf(tmp, sizeof tmp, "%.*s", (int)(n - 1 < 95 ? n - 1 : 95), line + 1);
      if (sscanf(tmp, "%ld %lld %lld", &count, &be, &bo) != 3 || count < 1)
        return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "a worker sent a bad line");
      /* the batch's bytes, on its first case */
      wk->passes += count;
      wk->pass_be += be;
      wk->pass_bo += bo;
      sink->on_pass(sink->ctx, be, bo);
      for (long j = 1; j < count; j++) sink->on_pass(sink->ctx, 0, 0);
      continue;
    }
    json_error_t jerr;
    json_t *o = json_loadb(line + 1, n - 1, 0, &jerr);
    if (o == NULL)
      st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "a worker sent a bad result: %s",
                         jerr.text);
    else
      st = sink->on_result(sink->ctx, o, err);
  }
  memmove(wk->buf, wk->buf + start, wk->len - start);
  wk->len -= start;
  return st;
}

static enum ndp_status read_worker(struct worker *wk, const struct ndp_work_sink *sink,
                                   bool *worker_failed, char *fail_msg, size_t fail_n,
                                   bool *eof, struct ndp_error *err) {
  *eof = false;
  if (wk->cap - wk->len < 65536) {
    size_t cap = wk->cap ? wk->cap * 2 : 1 << 17;
    char *b = realloc(wk->buf, cap);
    if (b == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    wk->buf = b;
    wk->cap = cap;
  }
  ssize_t got = read(wk->fd, wk->buf + wk->len, wk->cap - wk->len);
  if (got < 0) {
    if (errno == EINTR || errno == EAGAIN) return NDP_OK;
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "read: %s", strerror(errno));
  }
  if (got == 0) {
    *eof = true;
    return NDP_OK;
  }
  wk->len += (size_t)got;
  return drain_lines(wk, sink, worker_failed, fail_msg, fail_n, err);
}

static bool select_one(void *ctx, long ordinal) { return ordinal == *(const long *)ctx; }

/* Records the unit a worker died on as a crash or a timeout. */
static enum ndp_status record_death(const struct ndp_work_plan *p, const struct ndp_report *report,
                                    const struct ndp_work_sink *sink, int phase, long unit,
                                    bool timeout, int sig, struct ndp_error *err) {
  struct ndp_case *c = NULL;
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  enum ndp_status st = NDP_OK;
  if (phase == 1) {
    st = fuzz_case(p->seed, unit, &c, err);
  } else {
    /* the corpus slot of that ordinal, loaded alone */
    corpus.select = select_one;
    corpus.ctx = &unit;
    for (int i = 0; i < p->npaths && st == NDP_OK && corpus.ncases == 0; i++)
      st = ndp_corpus_load_path(&corpus, p->paths[i], err);
    if (st == NDP_OK && corpus.ncases > 0) c = corpus.cases[0];
  }
  char detail[256];
  if (timeout)
    snprintf(detail, sizeof detail, "the engine or the oracle ran past the timeout (%d ms)",
             p->timeout_ms);
  else
    snprintf(detail, sizeof detail, "the process running the case died by signal %d (%s)", sig,
             strsignal(sig));
  if (st == NDP_OK && c != NULL) {
    json_t *o = ndp_report_dead_case_json(report, c, timeout ? NDP_DIV_TIMEOUT : NDP_DIV_CRASH,
                                          detail);
    st = o != NULL ? sink->on_result(sink->ctx, o, err)
                   : ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  } else if (st == NDP_OK) {
    st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE,
                       "a worker died (%s) on corpus slot %ld, which does not load again",
                       detail, unit);
  }
  if (phase == 1) ndp_case_free(c);
  ndp_corpus_reset(&corpus);
  return st;
}

static enum ndp_status run_workers(const struct ndp_work_plan *p, const struct ndp_report *report,
                                   const struct ndp_work_sink *sink, struct ndp_error *err) {
  int J = p->jobs;
  struct slot *slots = mmap(NULL, sizeof(struct slot) * (size_t)J, PROT_READ | PROT_WRITE,
                            MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (slots == MAP_FAILED)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "mmap: %s", strerror(errno));
  struct worker *wk = calloc((size_t)J, sizeof *wk);
  struct runner *protos = calloc((size_t)J, sizeof *protos);
  if (wk == NULL || protos == NULL) {
    free(wk);
    free(protos);
    munmap(slots, sizeof(struct slot) * (size_t)J);
    return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  enum ndp_status st = NDP_OK;
  for (int w = 0; w < J && st == NDP_OK; w++) {
    protos[w].plan = p;
    protos[w].report = report;
    protos[w].fd = -1;
    memset(&protos[w].share, 0, sizeof protos[w].share);
    protos[w].share.shard_k = p->shard_k;
    protos[w].share.shard_n = p->shard_n;
    protos[w].share.worker = w;
    protos[w].share.jobs = J;
    protos[w].share.resume_corpus = protos[w].share.resume_fuzz = -1;
    slots[w].unit = -1;
    slots[w].done_unit = -1;
    st = spawn(&protos[w], w, slots, &wk[w], err);
  }
  bool failed = false, stopping = false;
  char fail_msg[NDP_ERROR_MSG_MAX] = "";
  for (;;) {
    int alive = 0;
    struct pollfd pfd[64];
    int map[64], np = 0;
    for (int w = 0; w < J; w++) {
      if (!wk[w].running) continue;
      alive++;
      if (np < 64) {
        pfd[np].fd = wk[w].fd;
        pfd[np].events = POLLIN;
        pfd[np].revents = 0;
        map[np++] = w;
      }
    }
    if (alive == 0) break;
    if (st != NDP_OK || failed) stopping = true;
    if (!stopping && sink->stop != NULL && sink->stop(sink->ctx)) stopping = true;
    if (stopping) {
      for (int w = 0; w < J; w++)
        if (wk[w].running) kill(wk[w].pid, SIGKILL);
    }
    int pr = poll(pfd, (nfds_t)np, 20);
    if (pr < 0 && errno != EINTR) {
      st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "poll: %s", strerror(errno));
      stopping = true;
    }
    for (int i = 0; i < np && pr > 0; i++) {
      if (pfd[i].revents == 0) continue;
      struct worker *x = &wk[map[i]];
      bool eof = false;
      enum ndp_status rs = NDP_OK;
      /* read until the pipe is empty for now, or closed */
      do {
        rs = read_worker(x, sink, &failed, fail_msg, sizeof fail_msg, &eof, err);
        if (rs != NDP_OK) break;
        struct pollfd one = {x->fd, POLLIN, 0};
        if (eof || poll(&one, 1, 0) <= 0) break;
      } while (!eof);
      if (rs != NDP_OK && st == NDP_OK) st = rs;
      if (!eof) continue;
      /* the worker closed its pipe: it has exited or is about to */
      int status = 0;
      while (waitpid(x->pid, &status, 0) < 0 && errno == EINTR) {
      }
      close(x->fd);
      x->running = false;
      int w = map[i];
      long unit = slots[w].unit;
      int phase = slots[w].phase;
      bool died = WIFSIGNALED(status);
      if (stopping) continue;
      if (died && (unit >= 0 || x->timed_out)) {
        if (unit >= 0) {
          enum ndp_status ds = record_death(p, report, sink, phase, unit, x->timed_out,
                                            WTERMSIG(status), err);
          if (ds != NDP_OK) {
            st = ds;
            continue;
          }
        }
        /* The passes it counted but had not sent yet; then a new worker
         * takes over past the unit it died on (or, killed just as a case
         * ended, past the last one it finished). */
        long missing = slots[w].passes - x->passes;
        long long mbe = slots[w].pass_be - x->pass_be, mbo = slots[w].pass_bo - x->pass_bo;
        for (long j = 0; j < missing; j++)
          sink->on_pass(sink->ctx, j == 0 ? mbe : 0, j == 0 ? mbo : 0);
        struct share *sh = &protos[w].share;
        long from = unit >= 0 ? unit : slots[w].done_unit;
        int from_phase = unit >= 0 ? phase : slots[w].done_phase;
        if (from >= 0 && from_phase == 1) {
          sh->corpus_done = true;
          sh->resume_fuzz = from;
        } else if (from >= 0) {
          sh->resume_corpus = from;
        }
        slots[w].unit = -1;
        st = spawn(&protos[w], w, slots, x, err);
      } else if (died || WEXITSTATUS(status) != 0) {
        if (!failed) {
          failed = true;
          if (fail_msg[0] == '\0')
            snprintf(fail_msg, sizeof fail_msg, "worker %d stopped (%s %d) between cases", w,
                     died ? "signal" : "exit code",
                     died ? WTERMSIG(status) : WEXITSTATUS(status));
        }
      }
    }
    /* hangs */
    if (p->timeout_ms > 0 && !stopping) {
      long long now = now_ns();
      for (int w = 0; w < J; w++) {
        if (!wk[w].running || wk[w].timed_out || slots[w].unit < 0) continue;
        if (now - slots[w].started_ns > (long long)p->timeout_ms * 1000000LL) {
          wk[w].timed_out = true;
          kill(wk[w].pid, SIGKILL);
        }
      }
    }
  }
  for (int w = 0; w < J; w++) free(wk[w].buf);
  free(wk);
  free(protos);
  munmap(slots, sizeof(struct slot) * (size_t)J);
  if (st == NDP_OK && failed)
    st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "%s", fail_msg);
  return st;
}

enum ndp_status ndp_work_run(const struct ndp_work_plan *plan, const struct ndp_report *report,
                             const struct ndp_work_sink *sink, struct ndp_error *err) {
  if (plan->jobs <= 0) return run_here(plan, report, sink, err);
  if (plan->jobs > 64)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "-j %d: at most 64 workers",
                         plan->jobs);
  return run_workers(plan, report, sink, err);
}
