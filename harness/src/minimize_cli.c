/* ndparity minimize: one diverging (or crashing, or hanging) case shrunk to
 * a small case file ready for cases/found/ (ndparity/minimize.h). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ndparity/backend.h"
#include "ndparity/case.h"
#include "ndparity/case_write.h"
#include "ndparity/gen.h"
#include "ndparity/minimize.h"

static const char usage_minimize[] =
    "usage: ndparity minimize CASE_FILE [--case NAME] [options]\n"
    "       ndparity minimize --fuzz SEED/INDEX [options]\n"
    "\n"
    "Shrinks a case while a divergence persists: drops and rewires steps, drops\n"
    "inputs, shrinks dimensions and ranks, simplifies values, layouts and dtypes,\n"
    "drops optional parameters. Writes the smallest case found as one line of a\n"
    "*.jsonl case file (without expectations: pin them from NumPy, e.g. with\n"
    "tools/pin_expectations.py, before committing it under cases/found/).\n"
    "\n"
    "options:\n"
    "  --case NAME        the case (needed when the file holds several)\n"
    "  --fuzz SEED/INDEX  the generated case fuzz/SEED/INDEX of `run --fuzz`\n"
    "  --engine B         the system under test (default: ref)\n"
    "  --oracle B         the reference semantics (default: oracle)\n"
    "  --fingerprint F    the divergence to keep (16 hex digits, as in reports), or\n"
    "                     crash or timeout (default: the case's first divergence; a\n"
    "                     crash or a hang when the engine dies on the case)\n"
    "  --timeout MS       a trial running longer is a hang (default 2000)\n"
    "  --max-trials N     stop after N trials (default 2000)\n"
    "  --name NAME        the minimized case's name (default: NAME-min)\n"
    "  --out FILE         write it there (appended if the file exists; default:\n"
    "                     standard output)\n"
    "  -h, --help         this text\n"
    "\n"
    "Every trial runs in a forked process, so a crash or a hang of the engine is\n"
    "itself something to minimize.\n"
    "Exit: 0 minimized; 2 bad usage, or the case does not show the divergence;\n"
    "3 internal error.\n";

int ndp_cli_minimize(int argc, char **argv) {
  const char *file = NULL, *name = NULL, *fuzz = NULL, *engine_name = "ref";
  const char *oracle_name = "oracle", *fingerprint = NULL, *out_path = NULL, *new_name = NULL;
  long timeout_ms = 2000, max_trials = 0;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(usage_minimize, stdout);
      return 0;
    }
    const char **dst = strcmp(a, "--case") == 0          ? &name
                       : strcmp(a, "--fuzz") == 0        ? &fuzz
                       : strcmp(a, "--engine") == 0      ? &engine_name
                       : strcmp(a, "--oracle") == 0      ? &oracle_name
                       : strcmp(a, "--fingerprint") == 0 ? &fingerprint
                       : strcmp(a, "--out") == 0         ? &out_path
                       : strcmp(a, "--name") == 0        ? &new_name
                                                         : NULL;
    bool num = strcmp(a, "--timeout") == 0 || strcmp(a, "--max-trials") == 0;
    if (dst != NULL || num) {
      if (i + 1 >= argc) {
        fprintf(stderr, "ndparity minimize: %s needs a value\n%s", a, usage_minimize);
        return 2;
      }
      const char *v = argv[++i];
      if (dst != NULL) {
        *dst = v;
      } else {
        char *end;
        long n = strtol(v, &end, 10);
        if (*v == '\0' || *end != '\0' || n < 1 || n > 100000000) {
          fprintf(stderr, "ndparity minimize: %s takes a positive integer, not \"%s\"\n", a, v);
          return 2;
        }
        if (strcmp(a, "--timeout") == 0) timeout_ms = n;
        else max_trials = n;
      }
    } else if (a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "ndparity minimize: unknown option %s\n%s", a, usage_minimize);
      return 2;
    } else if (file == NULL) {
      file = a;
    } else {
      fprintf(stderr, "ndparity minimize: one case file only\n%s", usage_minimize);
      return 2;
    }
  }
  if ((file == NULL) == (fuzz == NULL)) {
    fprintf(stderr, "ndparity minimize: give a case file or --fuzz SEED/INDEX\n%s",
            usage_minimize);
    return 2;
  }
  struct ndp_error err = {0};
  struct ndp_backend *engine = NULL, *oracle = NULL;
  if (ndp_backend_open(engine_name, &engine, &err) != NDP_OK ||
      ndp_backend_open(oracle_name, &oracle, &err) != NDP_OK) {
    fprintf(stderr, "ndparity minimize: %s\n", err.msg);
    ndp_backend_free(engine);
    return 2;
  }
  int code = 0;
  struct ndp_corpus corpus;
  ndp_corpus_init(&corpus);
  struct ndp_case *generated = NULL, *small = NULL;
  const struct ndp_case *c = NULL;
  json_t *small_json = NULL;
  if (fuzz != NULL) {
    unsigned long long seed;
    long long index;
    char tail;
    if (sscanf(fuzz, "%llu/%lld%c", &seed, &index, &tail) != 2 || index < 0) {
      fprintf(stderr, "ndparity minimize: --fuzz takes SEED/INDEX, not \"%s\"\n", fuzz);
      code = 2;
      goto done;
    }
    struct ndp_gen_src src;
    char gname[64];
    ndp_gen_src_seeded(&src, seed, (uint64_t)index);
    snprintf(gname, sizeof gname, "fuzz/%llu/%lld", seed, index);
    if (ndp_gen_case(&src, gname, &generated, &err) != NDP_OK) {
      fprintf(stderr, "ndparity minimize: %s\n", err.msg);
      code = 3;
      goto done;
    }
    c = generated;
  } else {
    /* not streamed: the case outlives the loader's JSON arena */
    if (ndp_corpus_load_path(&corpus, file, &err) != NDP_OK) {
      fprintf(stderr, "ndparity minimize: %s\n", err.msg);
      code = 3;
      goto done;
    }
    for (int i = 0; i < corpus.ncases && c == NULL; i++)
      if (name == NULL ? corpus.ncases == 1 : strcmp(corpus.cases[i]->name, name) == 0)
        c = corpus.cases[i];
    if (c == NULL) {
      for (int i = 0; i < corpus.nerrors; i++)
        ndp_load_error_print(&corpus.errors[i], stderr);
      if (name != NULL)
        fprintf(stderr, "ndparity minimize: no case named \"%s\" loads from %s\n", name, file);
      else
        fprintf(stderr, "ndparity minimize: %s holds %d cases: say which with --case\n", file,
                corpus.ncases);
      code = 2;
      goto done;
    }
  }
  struct ndp_minimize_opts opts = {
      .engine = engine,
      .oracle = oracle,
      .fingerprint = fingerprint,
      .isolate = true,
      .timeout_ms = (int)timeout_ms,
      .max_trials = max_trials,
  };
  struct ndp_minimize_stats stats;
  memset(&stats, 0, sizeof stats);
  enum ndp_status st = ndp_minimize(c, &opts, &small, &small_json, &stats, &err);
  if (st != NDP_OK) {
    fprintf(stderr, "ndparity minimize: %s: %s\n", c->name, err.msg);
    code = st == NDP_EINPUT ? 2 : 3;
    goto done;
  }
  char newname[1024];
  snprintf(newname, sizeof newname, "%s-min", c->name);
  json_object_set_new(small_json, "name", json_string(new_name != NULL ? new_name : newname));
  FILE *f = out_path != NULL ? fopen(out_path, "a") : stdout;
  if (f == NULL) {
    fprintf(stderr, "ndparity minimize: cannot write %s: %s\n", out_path, strerror(errno));
    code = 2;
    goto done;
  }
  st = ndp_case_json_write(small_json, f, &err);
  if (f != stdout && fclose(f) != 0 && st == NDP_OK)
    st = ndp_error_set(&err, NDP_EINTERNAL, NDP_ERRC_NONE, "cannot write %s", out_path);
  if (st != NDP_OK) {
    fprintf(stderr, "ndparity minimize: %s\n", err.msg);
    code = 3;
    goto done;
  }
  fprintf(stderr,
          "minimized %s, keeping %s%s%s: %d steps -> %d, %ld input elements -> %ld, %ld trials%s%s\n",
          c->name, stats.target, stats.target_step[0] ? " at step " : "", stats.target_step,
          stats.steps_before, stats.steps_after, stats.elements_before, stats.elements_after,
          stats.trials, out_path ? "; written to " : "", out_path ? out_path : "");
done:
  json_decref(small_json);
  ndp_case_free(small);
  ndp_case_free(generated);
  ndp_corpus_reset(&corpus);
  ndp_backend_free(engine);
  ndp_backend_free(oracle);
  return code;
}
