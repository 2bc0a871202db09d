/* The case generator (stub until issue 6's generator lands). */
#include "ndparity/gen.h"

static uint64_t splitmix64(uint64_t *x) {
  uint64_t z = (*x += UINT64_C(0x9e3779b97f4a7c15));
  z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
  return z ^ (z >> 31);
}

void ndp_gen_src_seeded(struct ndp_gen_src *s, uint64_t seed, uint64_t index) {
  uint64_t x = seed ^ (index * UINT64_C(0xd1b54a32d192ed03));
  s->bytes_mode = false;
  for (int k = 0; k < 4; k++) s->state[k] = splitmix64(&x);
  s->data = NULL;
  s->size = s->pos = 0;
}

void ndp_gen_src_bytes(struct ndp_gen_src *s, const uint8_t *data, size_t size) {
  s->bytes_mode = true;
  s->data = data;
  s->size = size;
  s->pos = 0;
}

uint64_t ndp_gen_below(struct ndp_gen_src *s, uint64_t n) {
  (void)s;
  return n > 0 ? 0 : 0;
}

enum ndp_status ndp_gen_case(struct ndp_gen_src *src, const char *name, struct ndp_case **out,
                             struct ndp_error *err) {
  (void)src, (void)name;
  *out = NULL;
  return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "the case generator is not built yet");
}
