#include "json_arena.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define TAG_HEAP UINT64_C(0x6e6470486561702e)  /* "ndpHeap." */
#define TAG_ARENA UINT64_C(0x6e647041726e612e) /* "ndpArna." */
#define HDR 16 /* keeps the 16-byte alignment malloc gives */
#define CHUNK (256 * 1024)

struct chunk {
  struct chunk *next;
  size_t used, size;
  /* data follows, 16-byte aligned */
};
#define CHUNK_HDR ((sizeof(struct chunk) + 15) / 16 * 16)

static bool installed;
static _Thread_local bool active;
static _Thread_local struct chunk *chunks;

static void *tag(unsigned char *p, uint64_t t) {
  memcpy(p, &t, sizeof t);
  return p + HDR;
}

static void *heap_alloc(size_t n) {
  if (n > SIZE_MAX - HDR) return NULL;
  unsigned char *p = malloc(n + HDR);
  return p ? tag(p, TAG_HEAP) : NULL;
}

static void *arena_alloc(size_t n) {
  if (n > CHUNK / 4) return heap_alloc(n); /* big blocks: the heap */
  size_t need = (n + HDR + 15) / 16 * 16;
  struct chunk *c = chunks;
  if (c == NULL || c->size - c->used < need) {
    c = malloc(CHUNK_HDR + CHUNK);
    if (c == NULL) return NULL;
    c->next = chunks;
    c->used = 0;
    c->size = CHUNK;
    chunks = c;
  }
  unsigned char *p = (unsigned char *)c + CHUNK_HDR + c->used;
  c->used += need;
  return tag(p, TAG_ARENA);
}

static void *ndp_json_malloc(size_t n) { return active ? arena_alloc(n) : heap_alloc(n); }

static void ndp_json_free(void *p) {
  if (p == NULL) return;
  unsigned char *h = (unsigned char *)p - HDR;
  uint64_t t;
  memcpy(&t, h, sizeof t);
  if (t == TAG_HEAP) free(h);
  /* TAG_ARENA: released with its chunk */
}

void ndp_json_alloc_install(void) {
  if (installed) return;
  json_set_alloc_funcs(ndp_json_malloc, ndp_json_free);
  installed = true;
}

bool ndp_json_alloc_installed(void) { return installed; }

void ndp_json_arena_enter(void) {
  if (installed) active = true;
}

void ndp_json_arena_leave(void) {
  active = false;
  while (chunks != NULL) {
    struct chunk *next = chunks->next;
    free(chunks);
    chunks = next;
  }
}
