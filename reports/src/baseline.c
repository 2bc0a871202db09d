/* Baselines (stub: arrives with issue 5). */
#include "ndparity/baseline.h"

#include <stdlib.h>

struct ndp_gate {
  int unused;
};

enum ndp_status ndp_baseline_load(const char *path, struct ndp_baseline **out,
                                  struct ndp_error *err) {
  (void)path;
  *out = NULL;
  return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "baselines are not available yet");
}
void ndp_baseline_free(struct ndp_baseline *b) { (void)b; }
enum ndp_status ndp_gate_new(const struct ndp_baseline *b, double copy_tolerance,
                             struct ndp_gate **out, struct ndp_error *err) {
  (void)b, (void)copy_tolerance;
  *out = calloc(1, sizeof **out);
  return *out ? NDP_OK : ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
}
void ndp_gate_free(struct ndp_gate *g) { free(g); }
const char *ndp_gate_observe(struct ndp_gate *g, const char *fingerprint, const char *kind,
                             const char *message, const char *case_name, const char *file,
                             long long engine_bytes_copied) {
  (void)g, (void)fingerprint, (void)kind, (void)message, (void)case_name, (void)file,
      (void)engine_bytes_copied;
  return "new";
}
enum ndp_status ndp_gate_finish(struct ndp_gate *g, json_t **regressions, json_t **fixed,
                                struct ndp_error *err) {
  (void)g, (void)err;
  *regressions = json_array();
  *fixed = json_array();
  return NDP_OK;
}
int ndp_report_diff(const char *old_path, const char *new_path, double copy_tolerance,
                    FILE *out, struct ndp_error *err) {
  (void)old_path, (void)new_path, (void)copy_tolerance, (void)out;
  ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "diff is not available yet");
  return 2;
}
