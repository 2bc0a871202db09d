/* Backends for testing the harness (test_backends.c). */
#ifndef NDPARITY_TEST_BACKENDS_H
#define NDPARITY_TEST_BACKENDS_H

#include <stdbool.h>

#include "ndparity/backend.h"

/* Fills *out with the test backend called name; false when there is none. */
bool ndp_test_backend_proto(const char *name, struct ndp_backend *out);

#endif
