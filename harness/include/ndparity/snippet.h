/* Reproducers: an equivalent NumPy program for a case, that a user pastes
 * into Python to see what NumPy does. */
#ifndef NDPARITY_SNIPPET_H
#define NDPARITY_SNIPPET_H

#include "ndparity/case.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The Python text of case c (borrowed): imports, the inputs built exactly
 * (dtype, byte order, layout), then one statement per step, printing each
 * step's result (dtype, shape, values) or its error. Returns a string the
 * caller frees with free(), or NULL when out of memory. */
char *ndp_case_numpy_snippet(const struct ndp_case *c);

#ifdef __cplusplus
}
#endif
#endif
