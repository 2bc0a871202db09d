/* Live backends: the real libraries in process (issue 7).
 *
 * "numpy" runs every step with Debian 12's real NumPy 1.24 under
 * NPY_PROMOTION_STATE=weak (NEP 50), through an embedded CPython. It is
 * the ground truth the C oracle (oracles/) must agree with, and what
 * `ndparity capture` writes expectations from.
 *
 * Built only when CMake finds Python 3's embedding files and NumPy's headers
 * for /usr/bin/python3 (live/live.cmake; -DNDP_PYTHON=OFF forces it off).
 * Without them every function below still exists: the backends report that
 * they are unavailable, and capture works with the other backends.
 *
 * Processes: CPython is initialised lazily, on a live backend's first
 * run_step, once per process, never by ndp_live_backend_open: ndparity forks
 * its workers (-j N) from a parent that must not hold an interpreter. Open
 * only checks, in a short-lived child process, that the interpreter and
 * NumPy are the right ones, so that a wrong NumPy is a clear usage error
 * before anything runs. The interpreter is never finalised (results may
 * still point into NumPy's memory at exit).
 *
 * Zero copy: operands reach NumPy as ndarrays over ndparity's own buffers
 * (dtype with byte order, shape, byte strides, read-only flag); a result
 * whose memory lies in an operand's buffer comes back as a view of that
 * ndp_buffer, any other result as a buffer that wraps NumPy's memory
 * (released with the array), so nothing is copied either way.
 */
#ifndef NDPARITY_LIVE_H
#define NDPARITY_LIVE_H

#include <stdbool.h>

#include "ndparity/backend.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What every live backend says when ndparity was built without Python. */
#define NDP_LIVE_UNAVAILABLE_HINT                                                                  \
  "ndparity was built without Python 3 (install python3-dev and python3-numpy and "                \
  "rebuild)"

/* True when this build embeds Python (the live backends can run). */
bool ndp_live_available(void);

/* True when name is a live backend's ("numpy"), available in this build or
 * not: the registry (harness/src/backends.c) hands such names to
 * ndp_live_backend_open. */
bool ndp_live_is_backend(const char *name);

/* The live backends' names for messages: "numpy". Static. */
const char *ndp_live_backend_names(void);

/* Opens live backend `name`. *out (caller owns; ndp_backend_free) is NULL
 * on failure. NDP_EINPUT when name is not a live backend, when this build
 * has no Python ("the numpy backend is not available: ndparity was built
 * without Python 3 (...)"), or when the interpreter cannot run the truth
 * (NumPy missing, not 1.24.x, promotion state not weak): the message says
 * which and what to do. Does not initialise Python in this process. */
enum ndp_status ndp_live_backend_open(const char *name, struct ndp_backend **out,
                                      struct ndp_error *err);

/* `ndparity capture`: argv holds the arguments after "capture" (argc of
 * them; argv is borrowed). Runs every case under each PATH on a backend
 * (--backend, default numpy) and writes each case again under --out DIR,
 * mirroring its path relative to PATH, with its expect block replaced by
 * what the backend produced. Returns the exit code: 0 every case captured,
 * 2 bad usage or a malformed case (the others are still written), 3 an
 * internal error. --help prints the usage to stdout. */
int ndp_capture_main(int argc, char **argv);

#ifdef __cplusplus
}
#endif
#endif
