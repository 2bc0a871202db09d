/* The case generator (issue 6): seeded, deterministic cases drawn from a
 * grammar over everything the case format can say. The same (seed, index)
 * gives the same case on any machine; the same bytes give the same case in
 * byte-driven mode (libFuzzer's input drives every choice). */
#ifndef NDPARITY_GEN_H
#define NDPARITY_GEN_H

#include <stddef.h>
#include <stdint.h>

#include "ndparity/case.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Where the generator's choices come from: a counter-based PRNG keyed by
 * (seed, index), or a byte string (each choice consumes bytes; when they run
 * out every further choice is 0, so any bytes make a valid case). */
struct ndp_gen_src {
  bool bytes_mode;
  uint64_t state[4]; /* PRNG state (xoshiro256** seeded by splitmix64(seed, index)) */
  const uint8_t *data;
  size_t size, pos;
};
void ndp_gen_src_seeded(struct ndp_gen_src *s, uint64_t seed, uint64_t index);
void ndp_gen_src_bytes(struct ndp_gen_src *s, const uint8_t *data, size_t size);
/* A choice in [0, n) (n >= 1). */
uint64_t ndp_gen_below(struct ndp_gen_src *s, uint64_t n);

/* Generates one case from src. The case is named "fuzz/<seed>/<index>" by
 * the caller through name (copied); its file is "<fuzz>" and line 0. *out is
 * owned by the caller (ndp_case_free). c->json is NULL (a generated case has
 * no source text; ndp_case_to_json writes one). NDP_ENOMEM only. */
enum ndp_status ndp_gen_case(struct ndp_gen_src *src, const char *name, struct ndp_case **out,
                             struct ndp_error *err);

#ifdef __cplusplus
}
#endif
#endif
