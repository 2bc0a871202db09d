/* The corpus replay driver: a main() for any libFuzzer target, for builds
 * without libFuzzer (gcc, plain CTest, valgrind).
 *
 *   replay_<name> PATH...
 *
 * runs LLVMFuzzerInitialize (when the target has one), then
 * LLVMFuzzerTestOneInput once on every file named, and on every file under
 * every directory named (recursively, in sorted path order, skipping names
 * that start with '.'). Each input is handed over in a heap block of exactly
 * its size, so that AddressSanitizer and Valgrind see any read past the end,
 * as under libFuzzer.
 *
 * Exit status: 0 when every input ran (a finding aborts the process, as it
 * does under libFuzzer), 2 when a path cannot be read or no input was found
 * at all (an empty corpus would make the regression test vacuous).
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ndp_fuzz.h"

/* Optional in a target: the weak reference is NULL when it has none. */
#if defined(__GNUC__)
#pragma weak LLVMFuzzerInitialize
#endif

struct paths {
  size_t n, cap;
  char **items;
};

static int add_path(struct paths *p, char *path) {
  if (p->n == p->cap) {
    size_t ncap = p->cap ? p->cap * 2 : 64;
    char **ni = realloc(p->items, ncap * sizeof *ni);
    if (ni == NULL) return -1;
    p->items = ni;
    p->cap = ncap;
  }
  p->items[p->n++] = path;
  return 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects the regular files under path (or path itself). Returns 0, or -1
 * after printing why. */
static int collect(const char *path, int depth, struct paths *out) {
  struct stat sb;
  if (stat(path, &sb) != 0) {
    fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
    return -1;
  }
  if (!S_ISDIR(sb.st_mode)) {
    char *copy = strdup(path);
    if (copy == NULL || add_path(out, copy) != 0) {
      free(copy);
      fprintf(stderr, "replay: out of memory\n");
      return -1;
    }
    return 0;
  }
  if (depth > 16) {
    fprintf(stderr, "replay: %s: directories nested too deep\n", path);
    return -1;
  }
  DIR *d = opendir(path);
  if (d == NULL) {
    fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
    return -1;
  }
  struct paths here = {0};
  struct dirent *de;
  int rc = 0;
  while (rc == 0 && (de = readdir(d)) != NULL) {
    if (de->d_name[0] == '.') continue;
    size_t n = strlen(path) + strlen(de->d_name) + 2;
    char *full = malloc(n);
    if (full == NULL || add_path(&here, full) != 0) {
      free(full);
      fprintf(stderr, "replay: out of memory\n");
      rc = -1;
      break;
    }
    snprintf(full, n, "%s/%s", path, de->d_name);
  }
  closedir(d);
  if (here.n > 0) qsort(here.items, here.n, sizeof *here.items, cmp_str);
  for (size_t k = 0; k < here.n; k++) {
    if (rc == 0) rc = collect(here.items[k], depth + 1, out);
    free(here.items[k]);
  }
  free(here.items);
  return rc;
}

/* Reads a whole file into a new block of exactly its size (*data is
 * malloc'd, caller frees; a 1-byte block for an empty file, with *size 0). */
static int read_all(const char *path, uint8_t **data, size_t *size) {
  *data = NULL;
  *size = 0;
  FILE *f = fopen(path, "rb");
  if (f == NULL) {
    fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
    return -1;
  }
  size_t cap = 4096, n = 0;
  uint8_t *buf = malloc(cap);
  while (buf != NULL) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    uint8_t *nb = realloc(buf, cap * 2);
    if (nb == NULL) {
      free(buf);
      buf = NULL;
      break;
    }
    buf = nb;
    cap *= 2;
  }
  int failed = buf == NULL || ferror(f);
  fclose(f);
  if (failed) {
    free(buf);
    fprintf(stderr, "replay: %s: cannot read\n", path);
    return -1;
  }
  /* Exactly n bytes, so that a read past the end is a heap overflow. */
  uint8_t *exact = malloc(n > 0 ? n : 1);
  if (exact == NULL) {
    free(buf);
    fprintf(stderr, "replay: out of memory\n");
    return -1;
  }
  if (n > 0) memcpy(exact, buf, n);
  free(buf);
  *data = exact;
  *size = n;
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE_OR_DIR...\n  runs the fuzz target once on every input\n",
            argv[0]);
    return 2;
  }
  if (LLVMFuzzerInitialize != NULL) LLVMFuzzerInitialize(&argc, &argv);
  struct paths all = {0};
  int rc = 0;
  for (int i = 1; i < argc && rc == 0; i++) rc = collect(argv[i], 0, &all);
  size_t ran = 0;
  for (size_t k = 0; k < all.n && rc == 0; k++) {
    uint8_t *data;
    size_t size;
    if (read_all(all.items[k], &data, &size) != 0) {
      rc = -1;
      break;
    }
    fprintf(stderr, "Running: %s (%zu bytes)\n", all.items[k], size);
    LLVMFuzzerTestOneInput(data, size);
    free(data);
    ran++;
  }
  for (size_t k = 0; k < all.n; k++) free(all.items[k]);
  free(all.items);
  if (rc != 0) return 2;
  if (ran == 0) {
    fprintf(stderr, "replay: no input found: an empty corpus tests nothing\n");
    return 2;
  }
  fprintf(stderr, "replay: %zu input%s ran without a finding\n", ran, ran == 1 ? "" : "s");
  return 0;
}
