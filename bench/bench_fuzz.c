/* The generator's throughput and divergence census (issue 6, part 1):
 * generates cases, runs each on an engine and an oracle in this process
 * (one core), classifies them, and reports cases/s and the divergences by
 * fingerprint, with the first case of each written out for triage.
 *
 *   bench_fuzz [--seed S] [--start I] [--count N] [--engine ref] [--oracle oracle]
 *              [--gen-only] [--dump DIR] [--case I]
 *
 *   --gen-only   time the generator alone (no backend runs)
 *   --dump DIR   write the first case of every distinct fingerprint (and of
 *                every backend failure) to DIR/<fingerprint>.json
 *   --case I     print case I as JSON and exit
 *
 * Exit status: 0 when every case ran (divergences are counted, not
 * failures), 1 when a backend failed with NDP_EINTERNAL or NDP_EINPUT on a
 * generated case (a generator or backend bug), 2 on bad usage.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ndparity/backend.h"
#include "ndparity/case_write.h"
#include "ndparity/classify.h"
#include "ndparity/gen.h"
#include "ndparity/runner.h"

struct fp_entry {
  char fp[17];
  enum ndp_div_kind kind;
  long count;
  uint64_t first;
  char step[32], op[24];
  char message[200];
};

struct census {
  int n, cap;
  struct fp_entry *items;
};

static struct fp_entry *census_find(struct census *c, const char *fp) {
  for (int k = 0; k < c->n; k++)
    if (strcmp(c->items[k].fp, fp) == 0) return &c->items[k];
  if (c->n == c->cap) {
    int ncap = c->cap ? c->cap * 2 : 64;
    struct fp_entry *p = realloc(c->items, sizeof *p * (size_t)ncap);
    if (p == NULL) return NULL;
    c->items = p;
    c->cap = ncap;
  }
  struct fp_entry *e = &c->items[c->n++];
  memset(e, 0, sizeof *e);
  snprintf(e->fp, sizeof e->fp, "%s", fp);
  return e;
}

static int by_count(const void *a, const void *b) {
  const struct fp_entry *x = a, *y = b;
  if (x->count != y->count) return x->count < y->count ? 1 : -1;
  return strcmp(x->fp, y->fp);
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU time of this process: on a shared machine the wall clock also
 * counts the time other processes held the core. */
static double cpu_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void case_name(char *buf, size_t n, uint64_t seed, uint64_t i) {
  snprintf(buf, n, "fuzz/%" PRIu64 "/%" PRIu64, seed, i);
}

static int dump_case(const struct ndp_case *c, const char *path) {
  json_t *j = ndp_case_to_json(c, false);
  if (j == NULL) return -1;
  FILE *f = path != NULL ? fopen(path, "w") : stdout;
  int rc = -1;
  if (f != NULL) {
    struct ndp_error err;
    rc = ndp_case_json_write(j, f, &err) == NDP_OK ? 0 : -1;
    if (path != NULL) fclose(f);
  }
  json_decref(j);
  return rc;
}

static uint64_t parse_u64(const char *s, int *bad) {
  char *end = NULL;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno != 0 || end == s || *end != '\0') *bad = 1;
  return (uint64_t)v;
}

int main(int argc, char **argv) {
  uint64_t seed = 1, start = 0, count = 100000, one = 0;
  bool gen_only = false, single = false;
  const char *engine_name = "ref", *oracle_name = "oracle", *dump = NULL;
  int bad = 0;
  for (int k = 1; k < argc; k++) {
    const char *a = argv[k];
    bool has = k + 1 < argc;
    if (strcmp(a, "--seed") == 0 && has)
      seed = parse_u64(argv[++k], &bad);
    else if (strcmp(a, "--start") == 0 && has)
      start = parse_u64(argv[++k], &bad);
    else if (strcmp(a, "--count") == 0 && has)
      count = parse_u64(argv[++k], &bad);
    else if (strcmp(a, "--engine") == 0 && has)
      engine_name = argv[++k];
    else if (strcmp(a, "--oracle") == 0 && has)
      oracle_name = argv[++k];
    else if (strcmp(a, "--dump") == 0 && has)
      dump = argv[++k];
    else if (strcmp(a, "--case") == 0 && has) {
      one = parse_u64(argv[++k], &bad);
      single = true;
    } else if (strcmp(a, "--gen-only") == 0)
      gen_only = true;
    else
      bad = 1;
  }
  if (bad) {
    fprintf(stderr, "usage: bench_fuzz [--seed S] [--start I] [--count N] [--engine E] "
                    "[--oracle O] [--gen-only] [--dump DIR] [--case I]\n");
    return 2;
  }
  struct ndp_error err = {0};
  char name[64];
  if (single) {
    struct ndp_gen_src src;
    struct ndp_case *c = NULL;
    ndp_gen_src_seeded(&src, seed, one);
    case_name(name, sizeof name, seed, one);
    if (ndp_gen_case(&src, name, &c, &err) != NDP_OK) {
      fprintf(stderr, "bench_fuzz: %s\n", err.msg);
      return 1;
    }
    int rc = dump_case(c, NULL);
    ndp_case_free(c);
    return rc == 0 ? 0 : 1;
  }

  if (gen_only) {
    double t0 = now(), c0 = cpu_now();
    long steps = 0, inputs = 0;
    for (uint64_t i = start; i < start + count; i++) {
      struct ndp_gen_src src;
      struct ndp_case *c = NULL;
      ndp_gen_src_seeded(&src, seed, i);
      case_name(name, sizeof name, seed, i);
      if (ndp_gen_case(&src, name, &c, &err) != NDP_OK) {
        fprintf(stderr, "bench_fuzz: case %" PRIu64 ": %s\n", i, err.msg);
        return 1;
      }
      steps += c->nsteps;
      inputs += c->ninputs;
      ndp_case_free(c);
    }
    double t = now() - t0, cpu = cpu_now() - c0;
    printf("generated %" PRIu64 " cases (%ld steps, %ld inputs) in %.3f s: %.0f cases/s, "
           "%.2f us/case; CPU %.3f s: %.0f cases per CPU-second, %.2f us/case\n",
           count, steps, inputs, t, (double)count / t, t * 1e6 / (double)count, cpu,
           (double)count / cpu, cpu * 1e6 / (double)count);
    return 0;
  }

  struct ndp_backend *engine = NULL, *oracle = NULL;
  if (ndp_backend_open(engine_name, &engine, &err) != NDP_OK ||
      ndp_backend_open(oracle_name, &oracle, &err) != NDP_OK) {
    fprintf(stderr, "bench_fuzz: %s\n", err.msg);
    ndp_backend_free(engine);
    return 2;
  }
  struct census census = {0};
  long ndiv_cases = 0, ndivs = 0, failures = 0, steps = 0, failed_steps = 0;
  long by_kind[NDP_DIV_COUNT] = {0};
  struct ndp_step_result re[64], ro[64];
  double t0 = now(), c0 = cpu_now();
  /* time per phase: generate, engine, oracle, classify, release */
  double phase[5] = {0, 0, 0, 0, 0}, tp = t0;
  for (uint64_t i = start; i < start + count; i++) {
    struct ndp_gen_src src;
    struct ndp_case *c = NULL;
    ndp_gen_src_seeded(&src, seed, i);
    case_name(name, sizeof name, seed, i);
    if (ndp_gen_case(&src, name, &c, &err) != NDP_OK) {
      fprintf(stderr, "bench_fuzz: case %" PRIu64 ": %s\n", i, err.msg);
      return 1;
    }
    double t1 = now();
    phase[0] += t1 - tp;
    if (c->nsteps > 64) {
      fprintf(stderr, "bench_fuzz: case %" PRIu64 " has %d steps\n", i, c->nsteps);
      return 1;
    }
    enum ndp_status st = ndp_run_case(engine, c, re, &err);
    double t2 = now();
    enum ndp_status so = st == NDP_OK ? ndp_run_case(oracle, c, ro, &err) : NDP_OK;
    double t3 = now();
    phase[1] += t2 - t1;
    phase[2] += t3 - t2;
    if (st != NDP_OK || so != NDP_OK) {
      failures++;
      fprintf(stderr, "bench_fuzz: case %" PRIu64 ": %s (%s)\n", i, err.msg,
              st != NDP_OK ? engine_name : oracle_name);
      if (dump != NULL) {
        char path[512];
        snprintf(path, sizeof path, "%s/failure-%" PRIu64 ".json", dump, i);
        dump_case(c, path);
      }
      if (st == NDP_OK) ndp_step_results_release(c->nsteps, re);
      ndp_case_free(c);
      tp = now();
      continue;
    }
    steps += c->nsteps;
    for (int s = 0; s < c->nsteps; s++)
      if (ro[s].ran && ro[s].status != NDP_OK) failed_steps++;
    struct ndp_divergences divs = {0};
    if (ndp_classify_case(c, re, ro, &divs, &err) != NDP_OK) {
      failures++;
      fprintf(stderr, "bench_fuzz: case %" PRIu64 ": classify: %s\n", i, err.msg);
    }
    if (divs.n > 0) ndiv_cases++;
    for (int d = 0; d < divs.n; d++) {
      const struct ndp_divergence *dv = &divs.items[d];
      ndivs++;
      by_kind[dv->kind]++;
      struct fp_entry *e = census_find(&census, dv->fingerprint);
      if (e == NULL) return 1;
      if (e->count++ == 0) {
        e->kind = dv->kind;
        e->first = i;
        snprintf(e->step, sizeof e->step, "%.31s", c->steps[dv->step].id);
        snprintf(e->op, sizeof e->op, "%.23s", ndp_op_name(c->steps[dv->step].op));
        snprintf(e->message, sizeof e->message, "%.199s", dv->message);
        if (dump != NULL) {
          char path[512];
          snprintf(path, sizeof path, "%s/%s.json", dump, dv->fingerprint);
          dump_case(c, path);
        }
      }
    }
    double t4 = now();
    phase[3] += t4 - t3;
    ndp_divergences_reset(&divs);
    ndp_step_results_release(c->nsteps, re);
    ndp_step_results_release(c->nsteps, ro);
    ndp_case_free(c);
    tp = now();
    phase[4] += tp - t4;
  }
  double t = now() - t0, cpu = cpu_now() - c0;
  printf("%" PRIu64 " cases (seed %" PRIu64 ", from %" PRIu64 "), %ld steps (%ld failing on %s), "
         "%s vs %s in %.3f s: %.0f cases/s (%.2f us/case, one core)\n",
         count, seed, start, steps, failed_steps, oracle_name, engine_name, oracle_name, t,
         (double)count / t, t * 1e6 / (double)count);
  printf("CPU time %.3f s: %.0f cases per CPU-second (%.2f us/case)\n", cpu, (double)count / cpu,
         cpu * 1e6 / (double)count);
  printf("per case: generate %.2f us, %s %.2f us, %s %.2f us, classify %.2f us, release %.2f us\n",
         phase[0] * 1e6 / (double)count, engine_name, phase[1] * 1e6 / (double)count, oracle_name,
         phase[2] * 1e6 / (double)count, phase[3] * 1e6 / (double)count,
         phase[4] * 1e6 / (double)count);
  printf("divergences: %ld in %ld cases, %d distinct fingerprints; backend failures: %ld\n", ndivs,
         ndiv_cases, census.n, failures);
  for (int k = 0; k < NDP_DIV_COUNT; k++)
    if (by_kind[k] > 0)
      printf("  %-16s %ld\n", ndp_div_kind_name((enum ndp_div_kind)k), by_kind[k]);
  if (census.n > 0) qsort(census.items, (size_t)census.n, sizeof *census.items, by_count);
  for (int k = 0; k < census.n; k++) {
    const struct fp_entry *e = &census.items[k];
    printf("%s %-15s %7ld  first %-8" PRIu64 " %s (%s): %s\n", e->fp, ndp_div_kind_name(e->kind),
           e->count, e->first, e->step, e->op, e->message);
  }
  free(census.items);
  ndp_backend_free(engine);
  ndp_backend_free(oracle);
  return failures > 0 ? 1 : 0;
}
