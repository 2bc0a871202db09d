/* The live backends of a build without Python 3: they exist by name and say
 * why they cannot run (live/live.cmake compiles this file instead of
 * live_python.c and live_numpy.c). */
#include <string.h>

#include "ndparity/live.h"

bool ndp_live_available(void) {
  return false;
}

bool ndp_live_is_backend(const char *name) {
  return strcmp(name, "numpy") == 0;
}

const char *ndp_live_backend_names(void) {
  return "numpy";
}

enum ndp_status ndp_live_backend_open(const char *name, struct ndp_backend **out,
                                      struct ndp_error *err) {
  *out = NULL;
  if (!ndp_live_is_backend(name))
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "\"%s\" is not a live backend (%s)", name,
                         ndp_live_backend_names());
  return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                       "the %s backend is not available: " NDP_LIVE_UNAVAILABLE_HINT, name);
}
