/* The registry of built-in backends. */
#include <stdlib.h>
#include <string.h>

#include "ndparity/backend.h"
#include "ndparity/plugin.h"
#include "test_backends.h"
#ifdef NDP_HAVE_LIVE
#include "ndparity/live.h" /* numpy: real NumPy in process (live/) */
#endif

/* The "ref:tf" backend: the reference engine with the TensorFlow 2
 * semantics profile (core/src/ref/ref.c). Declared here until
 * ndparity/backend.h declares it beside ndp_ref_backend. */

struct backend_entry {
  const char *name;
  const struct ndp_backend *proto;
  const char *what;
};

static const struct backend_entry backends[] = {
    {"oracle", &ndp_oracle_backend, "NumPy semantics in C, written for obvious correctness"},
    {"ref", &ndp_ref_backend, "the fast reference engine, NumPy profile"},
    {"ref:tf", &ndp_ref_tf_backend, "the fast reference engine, TensorFlow 2 profile"},
};

enum ndp_status ndp_backend_open(const char *name, struct ndp_backend **out,
                                 struct ndp_error *err) {
  *out = NULL;
  if (strncmp(name, "plugin:", 7) == 0) return ndp_plugin_load(name + 7, out, err);
#ifdef NDP_HAVE_LIVE
  if (ndp_live_is_backend(name)) return ndp_live_backend_open(name, out, err);
#else
  if (strcmp(name, "numpy") == 0)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "the numpy backend is not available: ndparity was built without its "
                         "live backends (live/)");
#endif
  for (size_t i = 0; i < sizeof backends / sizeof backends[0]; i++) {
    if (strcmp(name, backends[i].name) == 0) {
      struct ndp_backend *be = malloc(sizeof *be);
      if (be == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
      *be = *backends[i].proto;
      *out = be;
      return NDP_OK;
    }
  }
  struct ndp_backend proto;
  if (getenv("NDP_TEST_BACKENDS") != NULL && ndp_test_backend_proto(name, &proto)) {
    struct ndp_backend *be = malloc(sizeof *be);
    if (be == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
    *be = proto;
    *out = be;
    return NDP_OK;
  }
  char names[256] = "";
  for (size_t i = 0; i < sizeof backends / sizeof backends[0]; i++) {
    strncat(names, i ? ", " : "", sizeof names - strlen(names) - 1);
    strncat(names, backends[i].name, sizeof names - strlen(names) - 1);
  }
  strncat(names, ", numpy", sizeof names - strlen(names) - 1);
  return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                       "unknown backend \"%s\" (known: %s, and plugin:PATH.so for a shared "
                       "object implementing ndparity/plugin.h)",
                       name, names);
}

void ndp_backend_free(struct ndp_backend *be) {
  if (be == NULL) return;
  if (be->destroy) be->destroy(be);
  free(be);
}
