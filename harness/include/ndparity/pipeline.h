/* Dataset pipelines (docs/datasets-plan.md): the harness sequences the
 * stages (slicing, batching, take, filter, unbatch) and runs the element
 * work (fn bodies, batch stacking, from_generator conversions) through the
 * backend's run_step. A dataset is a description; iterators pull elements
 * lazily, so a long pipeline streams. */
#ifndef NDPARITY_PIPELINE_H
#define NDPARITY_PIPELINE_H

#include "ndparity/backend.h"
#include "ndparity/case.h"
#include "ndparity/runner.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One element: a tuple of n owned tensors. */
struct ndp_element {
  int n;
  struct ndp_tensor c[NDP_DS_MAXCOMP];
};
void ndp_element_release(struct ndp_element *e);

struct ndp_dataset;
struct ndp_ds_iter;

/* Builds the dataset of dataset step s of c on be from the earlier results
 * (borrowed: they must outlive the dataset's iterators). NDP_ESTEP when the
 * operands are not a dataset's (from_tensor_slices of a 0-d array). */
enum ndp_status ndp_dataset_build(struct ndp_backend *be, const struct ndp_case *c, int s,
                                  const struct ndp_step_result *results,
                                  struct ndp_dataset **out, struct ndp_error *err);
void ndp_dataset_free(struct ndp_dataset *ds);

/* The engine's static spec, or NULL when the backend has none. */
const struct ndp_ds_spec *ndp_dataset_spec(const struct ndp_dataset *ds);
/* The input dataset of a stage (NULL for a source) and the stage's step. */
const struct ndp_dataset *ndp_dataset_source(const struct ndp_dataset *ds);
const struct ndp_step *ndp_dataset_step(const struct ndp_dataset *ds);

enum ndp_status ndp_ds_iter_open(const struct ndp_dataset *ds, struct ndp_ds_iter **out,
                                 struct ndp_error *err);
/* The next element: NDP_OK with *done false and *el filled (owned), NDP_OK
 * with *done true at the end, NDP_ESTEP when producing it failed.
 * *bytes_copied accumulates the bytes the element work copied. */
enum ndp_status ndp_ds_iter_next(struct ndp_ds_iter *it, struct ndp_element *el, bool *done,
                                 int64_t *bytes_copied, struct ndp_error *err);
void ndp_ds_iter_close(struct ndp_ds_iter *it);

/* What iterating through it has done so far. An iterator pulls its input
 * stage through its own input iterator (ndp_ds_iter_source), so one pass
 * over a pipeline's last stage gives every stage's figures at once. */
struct ndp_ds_iter_stats {
  int64_t produced;    /* elements returned */
  int64_t own_bytes;   /* bytes this stage copied (its inputs excluded) */
  int64_t total_bytes; /* bytes this stage and its inputs copied */
  bool done;           /* the end was reached */
  bool failed;         /* an element failed: err (borrowed) is the error */
  const struct ndp_error *err;
};
void ndp_ds_iter_stats(const struct ndp_ds_iter *it, struct ndp_ds_iter_stats *out);
/* The iterator of the input stage (NULL for a source); owned by it. */
struct ndp_ds_iter *ndp_ds_iter_source(struct ndp_ds_iter *it);
const struct ndp_dataset *ndp_ds_iter_dataset(const struct ndp_ds_iter *it);
/* The bytes the stage's own fn body (map, filter, numpy_function) copied so
 * far through this iterator, its input stages excluded. */
int64_t ndp_ds_iter_fn_bytes(const struct ndp_ds_iter *it);

/* An element spec as text: "float32 (None, 400)", a tuple of components in
 * parentheses: "(int32 (2,), float64 <unknown>)". Returns buf. */
char *ndp_ds_spec_str(const struct ndp_ds_spec *sp, char *buf, size_t n);

/* "shape (10, 400)" style partial shape text: "(None, 2)", "<unknown>". */
char *ndp_partial_shape_str(const struct ndp_partial_shape *p, char *buf, size_t n);

#ifdef __cplusplus
}
#endif
#endif
