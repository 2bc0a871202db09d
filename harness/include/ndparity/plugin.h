/* Plugins: a user's library as a backend (`--engine plugin:PATH.so`).
 *
 * A plugin is a shared object that exports two symbols:
 *
 *   const int ndp_plugin_abi_version = NDP_BACKEND_ABI_VERSION;
 *   enum ndp_status ndp_plugin_open(struct ndp_backend *out, struct ndp_error *err);
 *
 * ndparity dlopens it, refuses it unless ndp_plugin_abi_version equals the
 * ABI version ndparity was built with (a plugin built against another
 * ndparity/backend.h would read the structures wrongly), then calls
 * ndp_plugin_open to fill *out (a zeroed struct ndp_backend: set at least
 * abi_version, name, run_step; state and destroy as the plugin needs). The
 * plugin calls ndparity's own core functions (ndp_tensor_new_uninit,
 * ndp_step_error, ...): the ndparity executable exports them, so link the
 * plugin with nothing but the C library. See examples/plugin/ and the README
 * ("Testing your own library"). */
#ifndef NDPARITY_PLUGIN_H
#define NDPARITY_PLUGIN_H

#include "ndparity/backend.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What a plugin defines (declared here so that its definitions are checked
 * against them). */
extern const int ndp_plugin_abi_version;
enum ndp_status ndp_plugin_open(struct ndp_backend *out, struct ndp_error *err);

/* The symbols a plugin exports. */
#define NDP_PLUGIN_ABI_SYMBOL "ndp_plugin_abi_version"
#define NDP_PLUGIN_OPEN_SYMBOL "ndp_plugin_open"
typedef enum ndp_status (*ndp_plugin_open_fn)(struct ndp_backend *out, struct ndp_error *err);

/* Opens the plugin at path as a backend. NDP_EINPUT with a message that
 * names the path and what is wrong (not loadable, a missing symbol, another
 * ABI version, ndp_plugin_open failing). *out is owned by the caller
 * (ndp_backend_free; the shared object stays loaded for the process). */
enum ndp_status ndp_plugin_load(const char *path, struct ndp_backend **out,
                                struct ndp_error *err);

#ifdef __cplusplus
}
#endif
#endif
