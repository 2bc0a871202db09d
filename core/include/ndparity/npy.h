/* NumPy .npy files in memory: the bytes of the npy_roundtrip crossing
 * (docs/case-format.md, "Dataset pipelines and interop crossings").
 *
 * The format is NumPy's own (numpy/lib/format.py, NEP 1): the magic
 * "\x93NUMPY", a major and a minor version byte, the header length (a
 * little-endian uint16 in version 1.0, uint32 in 2.0 and 3.0), a header that
 * is the text of a Python dict literal, and the raw element bytes.
 *
 * Conventions (docs/STYLE.md): functions return enum ndp_status and take
 * struct ndp_error *err last (may be NULL); on failure nothing is left
 * half-built and every output is reset.
 */
#ifndef NDPARITY_NPY_H
#define NDPARITY_NPY_H

#include <stddef.h>
#include <stdint.h>

#include "ndparity/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Serializes t as a .npy file, exactly the bytes NumPy 1.24's np.save
 * writes for the same array.
 *
 * t      borrowed; any dtype of the 14, any layout (strides may be negative
 *        or zero, any offset), any byte order. Its byte extent must lie
 *        inside t->buf (checked: NDP_EINTERNAL otherwise).
 * out    on success, a malloc'd block of *out_len bytes that the caller owns
 *        and frees with free(); on failure set to NULL (and *out_len to 0).
 *
 * What is written, as NumPy's write_array / header_data_from_array_1_0:
 * - the header dict, keys sorted, "{'descr': '<f8', 'fortran_order': False,
 *   'shape': (2, 3), }", followed by spaces so that the first dimension
 *   (the last one with fortran_order) could grow to 21 digits in place, then
 *   spaces and a final '\n' so that the data starts at a multiple of 64;
 * - descr is the type string of t's memory: '<' when the elements are
 *   little-endian (native and !t->swapped on this machine), '>' when they
 *   are big-endian, '|' for 1-byte types, and '|b1' for bool; the element
 *   bytes are copied as they are, never converted;
 * - fortran_order is True when t is F-contiguous and not C-contiguous (then
 *   the data is the F-order bytes); otherwise the data is in C order
 *   (gathered element by element when t is not contiguous);
 * - the shape is written as Python writes a tuple: "()", "(3,)", "(2, 3)".
 * The version is 1.0, or 2.0 if the header would not fit in 65535 bytes
 * (never the case for shapes of at most NDP_MAXDIMS dimensions; NumPy picks
 * 3.0 only for non-latin-1 field names, which these dtypes do not have).
 *
 * Errors: NDP_ENOMEM; NDP_EINTERNAL for a tensor that is not valid. */
enum ndp_status ndp_npy_write(const struct ndp_tensor *t, unsigned char **out, size_t *out_len,
                              struct ndp_error *err);

/* Parses a .npy file from data[0, len) (borrowed; never read past len) into
 * a new tensor.
 *
 * out            on success, a new tensor the caller owns (release it with
 *                ndp_tensor_release): its own buffer, the file's dtype, the
 *                file's byte order kept as out->swapped (the bytes are not
 *                converted), C strides, or F strides when fortran_order is
 *                True. On failure, out is left released (out->buf == NULL).
 * bytes_copied   may be NULL; set to the number of data bytes copied into
 *                out (the array's nbytes), 0 on failure.
 *
 * Accepted, as np.load accepts them:
 * - versions 1.0, 2.0 and 3.0 (3.0: the header must be valid UTF-8);
 * - the keys 'descr', 'fortran_order' and 'shape' and no other, in any
 *   order (a repeated key keeps its last value, as a Python dict does);
 * - descr: a type string with an optional byte order '<', '>', '=' or '|'
 *   ('=' and '|' mean native; the order of a 1-byte type is ignored), a
 *   kind letter of b/i/u/f/c and the item size ("<f8", ">c16", "|b1",
 *   "u2"), "?" for bool, or one of the 14 dtype names ("float64");
 * - shape: a tuple of integers, at most NDP_MAXDIMS of them, whose byte
 *   count fits an int64 (zero-size shapes may have huge other dimensions,
 *   as ndp_shape_nbytes says);
 * - data bytes after the array's nbytes are ignored, as np.load ignores
 *   them;
 * - a header of any length (np.load refuses more than 10000 characters
 *   unless allow_pickle=True, a guard against ast.literal_eval that this
 *   bounded reader does not need).
 *
 * The header is parsed by a bounded recursive-descent reader (nesting at
 * most 16 deep) for this subset of Python literals, a superset of what any
 * NumPy writes:
 *   value   := dict | tuple | list | string | integer | True | False | None
 *   dict    := '{' [ value ':' value { ',' value ':' value } [','] ] '}'
 *   tuple   := '(' ')' | '(' value ',' [ value { ',' value } [','] ] ')'
 *   paren   := '(' value ')'              (just the value, as in Python)
 *   list    := '[' [ value { ',' value } [','] ] ']'
 *   string  := "'" chars "'" | '"' chars '"'   (a backslash escapes the next
 *              byte; no prefixes, no triple quotes, no newline inside)
 *   integer := ['+' | '-'] decimal digits (no leading zero unless all are
 *              zeros, as in Python 3), optionally followed by an 'L'
 *              (Python 2's long, accepted in versions 1.0 and 2.0 only, as
 *              NumPy's _filter_header does)
 * with spaces, tabs, newlines, '\r' and '\f' between tokens and anywhere
 * around the dict. Rejected although np.load (through ast.literal_eval)
 * accepts them: comments, hexadecimal/octal/binary integers, underscores in
 * numbers, floats, string prefixes (u'', b'', r''), line continuations,
 * sets, and any other expression. A key's value may be any value above, so
 * that a structured descr (a list) is an "unsupported dtype" and a list
 * shape is "'shape' is not valid", not a syntax error.
 *
 * Errors are NDP_EINPUT with a message saying what was expected and what
 * was found: bad magic, unsupported version, a header length past the end,
 * a header that is not valid UTF-8 (3.0) or holds a NUL byte (as Python
 * refuses source text with one), a header that is not a dict
 * literal (with the offset in the header), a missing or unknown key, a
 * descr that is not one of the 14 dtypes ("unsupported dtype '|O'":
 * objects, strings, datetimes, void, structured and subarray dtypes, long
 * doubles), a fortran_order that is not True or False, a shape that is not
 * a tuple of integers, has more than NDP_MAXDIMS entries, a negative or too
 * big dimension, data shorter than the shape needs. NDP_ENOMEM when the
 * tensor cannot be allocated. */
enum ndp_status ndp_npy_read(const unsigned char *data, size_t len, struct ndp_tensor *out,
                             int64_t *bytes_copied, struct ndp_error *err);

#ifdef __cplusplus
}
#endif
#endif
