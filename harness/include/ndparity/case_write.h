/* The case writer: a case model (ndparity/case.h) back into a case-format
 * v1 object (docs/case-format.md) that parses to the same model.
 *
 * The writer reads the model only, never c->json: generated cases have no
 * source text. What the model does not hold is not written: user "x-" keys,
 * how an operand was spelled ("$x" comes back as "$0", a fill as its
 * values), a 0-d F-order input (the model holds it as shape (1,), as the
 * parser builds it).
 *
 * Values are written exactly:
 *   - bool true/false; integers as JSON integers up to 2^53 in magnitude,
 *     beyond that as decimal strings ("18446744073709551615");
 *   - floats (and each part of a complex, [re, im]) as the shortest decimal
 *     that reads back as the same value of the dtype (float16/32 are
 *     shortest for their own precision: 0.1f is 0.1). It is a JSON number
 *     when jansson's %.17g text (its default real precision) is no longer
 *     than that (2.5, 1.0, 65504.0, 1e20), otherwise the decimal string
 *     ("0.1", not 0.10000000000000001); "nan", "inf", "-inf" and "-0.0" are
 *     strings.
 *   - an input whose values data notation cannot hold bit for bit (a NaN
 *     with a payload or a sign) is written as "b64", as is every input of
 *     more than NDP_WRITE_MAX_DATA elements.
 *
 * All returned json_t values are new references the caller owns. They come
 * from jansson's allocator: inside a json_arena scope (json_arena.h) they
 * must be released before the scope is left.
 */
#ifndef NDPARITY_CASE_WRITE_H
#define NDPARITY_CASE_WRITE_H

#include <stdio.h>

#include <jansson.h>

#include "ndparity/case.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Inputs of up to this many elements are written as "data", larger ones as
 * "b64". */
#define NDP_WRITE_MAX_DATA 64

/* Case c (borrowed) as a case-format object (a new reference, NULL when out
 * of memory): parsing it gives the same case model. Keys come in a fixed
 * order (ndparity, name, tags, inputs, steps, expect, tolerance; in a step:
 * id, op, args, then parameters), so one model always gives the same text.
 * Inputs: "data" for up to 64 elements, else "b64" of the raw bytes;
 * "order" "F" when F; dtype with byte order (">f8") only when swapped.
 * Steps with every parameter the model holds, omitting defaults. No expect
 * block unless with_expect (then c's expectations, copied). */
/* The shortest %g text (up to 17 digits) that reads back as x, finite, in
 * dtype dt's precision (float16/float32/float64, or a complex dtype's part). */
void ndp_float_shortest(enum ndp_dtype dt, double x, char *buf, size_t n);

json_t *ndp_case_to_json(const struct ndp_case *c, bool with_expect);

/* One input as the value of its key in "inputs" (a new reference, NULL when
 * out of memory): {"dtype", "shape", "data" | "b64", "order"}, from
 * in->dtype, in->swapped, in->order and the values of in->tensor (any
 * strides; read in C logical order with in->tensor.swapped). */
json_t *ndp_input_to_json(const struct ndp_input *in);

/* The elements of tensor t (borrowed; any strides and byte order) in C
 * logical order as a data-notation list (a new reference), whatever their
 * number. NULL when out of memory, or when exact is set and some element
 * would not read back bit for bit (a NaN payload). */
json_t *ndp_tensor_to_data(const struct ndp_tensor *t, bool exact);

/* One value in data notation for its own dtype (e->dtype): see above.
 * A new reference, NULL when out of memory. */
json_t *ndp_value_to_json(const struct ndp_elem *e);

/* Writes case object j (borrowed) to f as one compact line and a newline,
 * the form of a *.jsonl case file (cases/found/). NDP_EINTERNAL with a
 * message when writing fails. */
enum ndp_status ndp_case_json_write(const json_t *j, FILE *f, struct ndp_error *err);

#ifdef __cplusplus
}
#endif
#endif
