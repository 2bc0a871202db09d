/* report.html at scale (not run in CI): writes a synthetic results file of N
 * cases (default 100,000; a tenth divergent, in a few hundred fingerprints,
 * with promotion, crossings, pipelines and reproducers as ndparity run
 * writes them), times ndp_report_html_write, prints the page's size, and
 * with --chromium times headless Chromium loading the page (--dump-dom wall
 * time, which includes the browser's own start-up; a run on an empty page is
 * timed too, for comparison).
 *
 * Built with the project (build/DIR/bench/html_scale). Run:
 *   build/DIR/bench/html_scale [--cases N] [--divergent FRACTION] [--out DIR] [--chromium]
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "ndparity/report_writers.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static const char *const types[] = {"bool",     "int8",    "uint8",     "int16",      "uint16",
                                    "int32",    "uint32",  "int64",     "uint64",     "float16",
                                    "float32",  "float64", "complex64", "complex128", "py-int",
                                    "py-float", "py-bool"};
#define NTYPES (sizeof types / sizeof types[0])
static const char *const ops[] = {"add",         "subtract", "multiply",
                                  "true_divide", "maximum",  "bitwise_and"};
#define NOPS (sizeof ops / sizeof ops[0])

/* A plausible NumPy result type: the later of the two in the table (the
 * bench needs variety, not NumPy's exact rules). */
static const char *oracle_type(size_t a, size_t b) {
  if (a >= 14 && b >= 14) return "int64";
  if (a >= 14) return types[b];
  if (b >= 14) return types[a];
  return types[a > b ? a : b];
}

static unsigned long long rng = 0x9E3779B97F4A7C15ull;
static unsigned long long next_rand(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

static json_t *reproducer(const char *name, const char *op, const char *a, const char *b) {
  char case_json[1024], numpy[512], replay[512];
  snprintf(case_json, sizeof case_json,
           "{\"ndparity\":1,\"name\":\"%s\",\"inputs\":{\"a\":{\"dtype\":\"%s\",\"shape\":[3,4],"
           "\"data\":[1,2,3,4,5,6,7,8,9,10,11,12]},\"b\":{\"dtype\":\"%s\",\"shape\":[4],"
           "\"data\":[1,2,3,4]}},\"steps\":[{\"id\":\"r\",\"op\":\"%s\",\"args\":[\"a\",\"b\"]}]}",
           name, a, b, op);
  snprintf(numpy, sizeof numpy,
           "import numpy as np\na = np.arange(1, 13, dtype=np.%s).reshape(3, 4)\n"
           "b = np.arange(1, 5, dtype=np.%s)\nr = np.%s(a, b)\nprint(r.dtype, r.shape)\n",
           a, b, op);
  snprintf(replay, sizeof replay,
           "ndparity replay cases/fuzz/batch.jsonl --case %s --engine ref:tf --oracle oracle",
           name);
  return json_pack("{ssssss}", "case_json", case_json, "numpy", numpy, "replay", replay);
}

int main(int argc, char **argv) {
  long n = 100000;
  double frac = 0.10;
  const char *dir = "/tmp/ndp_html_scale";
  int chromium = 0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--cases") == 0 && i + 1 < argc)
      n = strtol(argv[++i], NULL, 10);
    else if (strcmp(argv[i], "--divergent") == 0 && i + 1 < argc)
      frac = strtod(argv[++i], NULL);
    else if (strcmp(argv[i], "--out") == 0 && i + 1 < argc)
      dir = argv[++i];
    else if (strcmp(argv[i], "--chromium") == 0)
      chromium = 1;
    else {
      fprintf(stderr, "usage: %s [--cases N] [--divergent F] [--out DIR] [--chromium]\n", argv[0]);
      return 2;
    }
  }
  mkdir(dir, 0777);
  char results[1024], html[1024];
  snprintf(results, sizeof results, "%s/results.jsonl", dir);
  snprintf(html, sizeof html, "%s/report.html", dir);

  double t0 = now();
  FILE *f = fopen(results, "w");
  if (f == NULL) {
    perror(results);
    return 1;
  }
  long diverged = 0, passed = 0, ndiv = 0;
  long long bytes_e = 0, bytes_o = 0;
  long by_kind[5] = {0};
  static const char *const kinds[] = {"type-mismatch", "shape-loss", "copy-overhead",
                                      "value-mismatch", "error-mismatch"};
  for (long i = 0; i < n; i++) {
    size_t op = (size_t)(next_rand() % NOPS), a = (size_t)(next_rand() % NTYPES),
           b = (size_t)(next_rand() % NTYPES);
    char name[64];
    snprintf(name, sizeof name, "fuzz/%s-%ld", ops[op], i);
    int div = (double)(next_rand() % 1000000) < frac * 1e6;
    const char *ora = oracle_type(a, b);
    json_t *r = json_pack("{sssssIss}", "case", name, "file", "/work/cases/fuzz/batch.jsonl",
                          "line", (json_int_t)(i + 1), "status", div ? "diverged" : "pass");
    json_t *divs = json_array();
    const char *eng = ora;
    long long be = 96, bo = 96;
    if (div) {
      int k = (int)(next_rand() % 5);
      by_kind[k]++;
      ndiv++;
      char fp[17], msg[256];
      snprintf(fp, sizeof fp, "%08x%08x", (unsigned)(k * 7919 + (int)op * 31),
               (unsigned)(a * 17 + (k == 0 ? b : 0)));
      json_t *d =
          json_pack("{ssssssss}", "step", "r", "op", ops[op], "kind", kinds[k], "fingerprint", fp);
      if (k == 0) {
        eng = strcmp(ora, "int64") == 0 ? "int32" : "float32";
        snprintf(msg, sizeof msg, "%s %s %s: engine gives %s, NumPy %s", types[a], ops[op],
                 types[b], eng, ora);
        json_object_set_new(d, "engine",
                            json_pack("{sss[ii]sbsI}", "dtype", eng, "shape", 3, 4, "view", 0,
                                      "bytes_copied", (json_int_t)48));
      } else if (k == 1) {
        snprintf(msg, sizeof msg,
                 "numpy_function(dataset): shape lost at step flat (numpy_function): component "
                 "0: static <unknown>, every element (10, 400) at run time; fix: set_shape");
        json_object_set_new(d, "pipeline",
                            json_pack("[{sssss s}{sssss s}{sssss n}]", "step", "ds", "op",
                                      "from_tensor_slices", "spec", "int32 (10, 20, 20)", "step",
                                      "b", "op", "batch", "spec", "int32 (None, 10, 20, 20)",
                                      "step", "r", "op", "numpy_function", "spec"));
        json_object_set_new(d, "step", json_string("r"));
        json_object_set_new(d, "op", json_string("numpy_function"));
        json_object_set_new(d, "engine",
                            json_pack("{sisI}", "count", 3, "bytes_copied", (json_int_t)48000));
      } else if (k == 2) {
        be = 48000 + (long long)(next_rand() % 100000);
        bo = 0;
        snprintf(msg, sizeof msg,
                 "to_numpy inside map (step m): the engine copies %lld bytes where NumPy copies "
                 "none (views)",
                 be);
        json_object_set_new(d, "engine",
                            json_pack("{sisI}", "count", 8, "bytes_copied", (json_int_t)be));
      } else if (k == 3) {
        snprintf(msg, sizeof msg, "%s %s %s: 3 of 12 elements differ (max ulp 4)", types[a],
                 ops[op], types[b]);
        json_object_set_new(d, "mismatches", json_integer(3));
        json_object_set_new(d, "compared", json_integer(12));
      } else {
        eng = "error";
        snprintf(msg, sizeof msg, "%s %s %s: engine fails with type, NumPy gives %s (3, 4)",
                 types[a], ops[op], types[b], ora);
        json_object_set_new(
            d, "engine",
            json_pack("{ssss}", "error", "type", "message", "cannot compute </b> Mul"));
      }
      json_object_set_new(d, "message", json_string(msg));
      if (json_object_get(d, "engine") == NULL) json_object_set_new(d, "engine", json_object());
      json_object_set_new(d, "oracle",
                          json_pack("{sss[ii]sbsI}", "dtype", ora, "shape", 3, 4, "view", 0,
                                    "bytes_copied", (json_int_t)48));
      json_array_append_new(divs, d);
      diverged++;
    } else {
      passed++;
    }
    json_object_set_new(r, "divergences", divs);
    json_object_set_new(r, "expect_failures", json_array());
    if (i % 100 == 7)
      json_object_set_new(r, "notes",
                          json_pack("[s]", "an inherent partial shape (data-dependent)"));
    json_object_set_new(r, "bytes_copied",
                        json_pack("{sIsI}", "engine", (json_int_t)be, "oracle", (json_int_t)bo));
    bytes_e += be;
    bytes_o += bo;
    json_object_set_new(r, "promotion",
                        json_pack("{ssssssssss}", "op", ops[op], "a", types[a], "b", types[b],
                                  "engine", eng, "oracle", ora));
    if (i % 5 == 0 || be != bo)
      json_object_set_new(r, "crossings",
                          json_pack("[{sssssIsI}]", "step", "m", "op", i % 2 ? "map" : "to_numpy",
                                    "engine", (json_int_t)be, "oracle", (json_int_t)bo));
    if (div) json_object_set_new(r, "reproducer", reproducer(name, ops[op], types[a], types[b]));
    json_dumpf(r, f, JSON_COMPACT);
    fputc('\n', f);
    json_decref(r);
  }
  fclose(f);
  double t1 = now();

  json_t *by = json_pack("{sIsIsIsIsI}", kinds[0], (json_int_t)by_kind[0], kinds[1],
                         (json_int_t)by_kind[1], kinds[2], (json_int_t)by_kind[2], kinds[3],
                         (json_int_t)by_kind[3], kinds[4], (json_int_t)by_kind[4]);
  json_t *head = json_pack(
      "{sssisssssssisnsbs{sIsIsIsisisisisos{sIsI}sf}s[]s[]}", "format", "ndparity-report",
      "version", 1, "mode", "run", "engine", "ref:tf", "oracle", "oracle", "seed", 1, "baseline",
      "interrupted", 0, "summary", "cases", (json_int_t)n, "passed", (json_int_t)passed, "diverged",
      (json_int_t)diverged, "expect_failed", 0, "input_errors", 0, "crashed", 0, "timed_out", 0,
      "by_kind", by, "bytes_copied", "engine", (json_int_t)bytes_e, "oracle", (json_int_t)bytes_o,
      "seconds", t1 - t0, "regressions", "fixed");
  struct stat sr;
  stat(results, &sr);
  printf("results: %ld cases, %ld divergent (%ld divergences), %.1f MB of JSON Lines, generated "
         "in %.2f s\n",
         n, diverged, ndiv, (double)sr.st_size / 1e6, t1 - t0);

  struct ndp_error err = {0};
  double t2 = now();
  enum ndp_status st = ndp_report_html_write(head, results, html, &err);
  double t3 = now();
  json_decref(head);
  if (st != NDP_OK) {
    fprintf(stderr, "ndp_report_html_write: %s\n", err.msg);
    return 1;
  }
  struct stat sh;
  stat(html, &sh);
  printf("ndp_report_html_write: %.3f s; report.html %.2f MB\n", t3 - t2, (double)sh.st_size / 1e6);

  if (chromium) {
    const char *flags = "--headless --no-sandbox --disable-gpu --disable-background-networking "
                        "--disable-component-update --no-first-run --disable-sync "
                        "--disable-dev-shm-usage --window-size=1280,900";
    char cmd[4096];
    char empty[1024];
    snprintf(empty, sizeof empty, "%s/empty.html", dir);
    FILE *e = fopen(empty, "w");
    if (e) {
      fputs("<!DOCTYPE html><title>empty</title><p>empty</p>\n", e);
      fclose(e);
    }
    const char *pages[2] = {empty, html};
    const char *labels[2] = {"empty page", "report.html"};
    for (int k = 0; k < 2; k++) {
      for (int rep = 0; rep < 3; rep++) {
        snprintf(cmd, sizeof cmd,
                 "d=$(mktemp -d); chromium %s --user-data-dir=$d --dump-dom file://%s "
                 ">%s/dom.html 2>/dev/null; rm -rf $d",
                 flags, pages[k], dir);
        double c0 = now();
        int rc = system(cmd);
        double c1 = now();
        printf("chromium --dump-dom %s: %.2f s (exit %d)\n", labels[k], c1 - c0, rc);
      }
    }
    snprintf(cmd, sizeof cmd,
             "grep -o 'id=\"js-errors\">[^<]*<' %s/dom.html; grep -c 'data-rendered=\"yes\"' "
             "%s/dom.html",
             dir, dir);
    if (system(cmd) != 0) printf("(the page did not finish rendering)\n");
  }
  return 0;
}
