/* NumPy reproducers (stub: arrives with issue 5). */
#include "ndparity/snippet.h"

#include <stdlib.h>
#include <string.h>

char *ndp_case_numpy_snippet(const struct ndp_case *c) {
  (void)c;
  const char *s = "import numpy as np\n";
  char *out = malloc(strlen(s) + 1);
  if (out) memcpy(out, s, strlen(s) + 1);
  return out;
}
