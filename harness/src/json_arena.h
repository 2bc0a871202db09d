/* A bump-arena allocator for jansson while a case is parsed and run.
 *
 * jansson allocates every JSON value, object slot and key separately; over a
 * large corpus malloc and free dominate the load time. With the allocator
 * installed, blocks allocated between ndp_json_arena_enter and
 * ndp_json_arena_leave come from large chunks and freeing them costs
 * nothing; leave releases the chunks at once. Every block carries a 16-byte
 * tag saying where it came from, so blocks allocated outside a scope (with
 * malloc) are freed normally whenever they are freed.
 *
 * Contract: ndp_json_alloc_install must run before any jansson value is
 * created (the CLI does it first thing), and every value allocated inside a
 * scope must be freed before the scope is left. Scopes are per thread. */
#ifndef NDPARITY_JSON_ARENA_H
#define NDPARITY_JSON_ARENA_H

#include <stdbool.h>

void ndp_json_alloc_install(void);
bool ndp_json_alloc_installed(void);
void ndp_json_arena_enter(void);
void ndp_json_arena_leave(void);

#endif
