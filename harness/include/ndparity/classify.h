/* The divergence classifier: what differs between an engine and an oracle
 * that ran the same case, by kind (docs/DESIGN.md, "Divergence kinds"), with
 * a stable fingerprint and a one-line message a user understands. */
#ifndef NDPARITY_CLASSIFY_H
#define NDPARITY_CLASSIFY_H

#include "ndparity/case.h"
#include "ndparity/runner.h"

#ifdef __cplusplus
extern "C" {
#endif

enum ndp_div_kind {
  NDP_DIV_SHAPE_LOSS,
  NDP_DIV_SHAPE_MISMATCH,
  NDP_DIV_TYPE_MISMATCH,
  NDP_DIV_VALUE_MISMATCH,
  NDP_DIV_ERROR_MISMATCH,
  NDP_DIV_COPY_OVERHEAD,
  NDP_DIV_ALIAS_MISMATCH, /* the engine returns a view where NumPy copies */
  NDP_DIV_CRASH,
  NDP_DIV_TIMEOUT,
  NDP_DIV_UNSUPPORTED,
  NDP_DIV_COUNT
};

/* A fingerprint: FNV-1a 64 of text as 16 hex digits (out). */
void ndp_fingerprint_of(const char *text, char out[17]);

/* "shape-loss", "type-mismatch", ... */
const char *ndp_div_kind_name(enum ndp_div_kind k);

/* One side's outcome of a step, as the report shows it. */
struct ndp_side {
  bool ran;
  bool ok;
  enum ndp_dtype dtype;
  int ndim;
  int64_t shape[NDP_MAXDIMS];
  bool view;
  int64_t bytes_copied;
  enum ndp_errclass error;
  char message[NDP_ERROR_MSG_MAX];
  /* dataset steps: the element count and, for a backend with static specs,
   * the element spec */
  bool dataset;
  int64_t count;
  bool has_spec;
  struct ndp_ds_spec spec;
};

struct ndp_divergence {
  int step; /* index into the case's steps */
  enum ndp_div_kind kind;
  char fingerprint[17]; /* 16 hex digits of FNV-1a 64 over kind|op|dtypes|rank class|step */
  char message[1536];
  struct ndp_side engine, oracle;
  /* value-mismatch only */
  int64_t mismatches, compared;
  int64_t first_index; /* flat C-order index of the first differing element */
  char first_engine[80], first_oracle[80];
  double max_abs, max_rel, max_ulp;
};

#define NDP_MAX_NOTES 4

struct ndp_divergences {
  int n, cap;
  struct ndp_divergence *items;
  /* Notes that are not divergences: an inherent partial shape (a static
   * dimension unknown because the elements really differ there). */
  int nnotes;
  char notes[NDP_MAX_NOTES][512];
};

void ndp_divergences_reset(struct ndp_divergences *d);

/* Compares the engine's and the oracle's results of every step of c and
 * appends each difference to *out. A step that one side could not run
 * (because an earlier step failed there) is skipped: the earlier step's
 * divergence already says why. */
enum ndp_status ndp_classify_case(const struct ndp_case *c, const struct ndp_step_result *engine,
                                  const struct ndp_step_result *oracle,
                                  struct ndp_divergences *out, struct ndp_error *err);

/* Describes a step's operands for messages and fingerprints: "int8, uint8",
 * "float32, py-float", "np-int16". Uses the oracle's results for earlier
 * steps (their NumPy dtypes). */
void ndp_describe_operands(const struct ndp_case *c, const struct ndp_step *step,
                           const struct ndp_step_result *oracle, char *buf, size_t n);

#ifdef __cplusplus
}
#endif
#endif
