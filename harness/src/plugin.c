/* Loading a backend from a shared object (ndparity/plugin.h). */
#include "ndparity/plugin.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

enum ndp_status ndp_plugin_load(const char *path, struct ndp_backend **out,
                                struct ndp_error *err) {
  *out = NULL;
  if (path[0] == '\0')
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "plugin: no path (write --engine plugin:PATH.so)");
  /* dlopen searches the library path for a bare name: a plugin is a file. */
  char buf[4096];
  if (strchr(path, '/') == NULL) {
    if (strlen(path) + 3 > sizeof buf)
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "plugin: path too long");
    memcpy(buf, "./", 2);
    memcpy(buf + 2, path, strlen(path) + 1);
    path = buf;
  }
  void *so = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (so == NULL)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "plugin %s cannot be loaded: %s", path,
                         dlerror());
  const int *abi = dlsym(so, NDP_PLUGIN_ABI_SYMBOL);
  void *open_sym = dlsym(so, NDP_PLUGIN_OPEN_SYMBOL);
  if (abi == NULL || open_sym == NULL) {
    dlclose(so);
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "plugin %s is not an ndparity backend: it does not export %s (expected "
                         "both %s and %s; see ndparity/plugin.h)",
                         path, abi == NULL ? NDP_PLUGIN_ABI_SYMBOL : NDP_PLUGIN_OPEN_SYMBOL,
                         NDP_PLUGIN_ABI_SYMBOL, NDP_PLUGIN_OPEN_SYMBOL);
  }
  if (*abi != NDP_BACKEND_ABI_VERSION) {
    int v = *abi;
    dlclose(so);
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "plugin %s was built for backend ABI version %d, but this ndparity "
                         "has version %d: rebuild it against this ndparity's "
                         "ndparity/backend.h",
                         path, v, NDP_BACKEND_ABI_VERSION);
  }
  ndp_plugin_open_fn open_fn;
  memcpy(&open_fn, &open_sym, sizeof open_fn); /* object to function pointer (POSIX) */
  struct ndp_backend *be = calloc(1, sizeof *be);
  if (be == NULL) {
    dlclose(so);
    return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  struct ndp_error perr = {0};
  enum ndp_status st = open_fn(be, &perr);
  const char *why = NULL;
  if (st != NDP_OK) why = perr.msg[0] ? perr.msg : "ndp_plugin_open failed";
  else if (be->abi_version != NDP_BACKEND_ABI_VERSION) why = "it set another abi_version";
  else if (be->name == NULL || be->name[0] == '\0') why = "it set no name";
  else if (be->run_step == NULL) why = "it set no run_step";
  if (why != NULL) {
    if (st == NDP_OK && be->destroy != NULL) be->destroy(be);
    free(be);
    dlclose(so);
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "plugin %s did not open: %s", path, why);
  }
  /* The shared object stays loaded: results it made may outlive the
   * backend (their buffers' release functions live in it). */
  *out = be;
  return NDP_OK;
}
