/* What every libFuzzer target of ndparity shares (docs/fuzzing.md).
 *
 * A target defines LLVMFuzzerTestOneInput (and may define
 * LLVMFuzzerInitialize). It is linked either with libFuzzer (fuzz_<name>,
 * clang, -fsanitize=fuzzer) or with fuzz/replay_main.c (replay_<name>, any
 * compiler), which runs every file of a committed corpus once: every find
 * stays a regression test under plain CTest.
 *
 * A target always returns 0. A finding is a crash: a sanitizer report, or
 * an abort() through NDP_FUZZ_CHECK when a contract of the code under test
 * is broken (the message says which one).
 */
#ifndef NDPARITY_FUZZ_TARGETS_H
#define NDPARITY_FUZZ_TARGETS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The libFuzzer entry points (libFuzzer's own declarations are C++). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Aborts with the failed contract and where, so that libFuzzer saves the
 * input as a crash artifact and the replay driver fails. */
#define NDP_FUZZ_CHECK(cond, ...)                                                                  \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "ndparity fuzz: %s:%d: check failed: %s\n  ", __FILE__, __LINE__, #cond);    \
      fprintf(stderr, __VA_ARGS__);                                                                \
      fputc('\n', stderr);                                                                         \
      fflush(stderr);                                                                              \
      abort();                                                                                     \
    }                                                                                              \
  } while (0)

/* NDP_FUZZ_VERBOSE=1 in the environment: targets print each input's
 * outcome to stderr (to check what a seed exercises). */
static inline int ndp_fuzz_verbose(void) {
  static int v = -1;
  if (v < 0) {
    const char *e = getenv("NDP_FUZZ_VERBOSE");
    v = e != NULL && e[0] != '\0' && e[0] != '0';
  }
  return v;
}

/* A reader of fuzz input bytes: each field takes the next bytes; past the
 * end every field reads as 0, so any input describes something. */
struct ndp_fuzz_bytes {
  const uint8_t *data;
  size_t size, pos;
};

static inline uint64_t ndp_fuzz_uint(struct ndp_fuzz_bytes *b, int nbytes) {
  uint64_t v = 0;
  for (int k = 0; k < nbytes; k++) {
    uint64_t byte = b->pos < b->size ? b->data[b->pos++] : 0;
    v |= byte << (8 * k); /* little-endian, as the seed writer packs them */
  }
  return v;
}

static inline uint8_t ndp_fuzz_u8(struct ndp_fuzz_bytes *b) {
  return (uint8_t)ndp_fuzz_uint(b, 1);
}

/* Two's complement reinterpretation without implementation-defined casts. */
static inline int64_t ndp_fuzz_i64(struct ndp_fuzz_bytes *b) {
  uint64_t u = ndp_fuzz_uint(b, 8);
  if (u <= (uint64_t)INT64_MAX) return (int64_t)u;
  return -(int64_t)(~u) - 1;
}

static inline int ndp_fuzz_i32(struct ndp_fuzz_bytes *b) {
  uint32_t u = (uint32_t)ndp_fuzz_uint(b, 4);
  if (u <= (uint32_t)INT32_MAX) return (int)u;
  return -(int)(~u) - 1;
}

#ifdef __cplusplus
}
#endif
#endif
