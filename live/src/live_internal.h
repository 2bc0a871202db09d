/* Inside the live backends: the embedded interpreter and the crossings of
 * tensors between ndparity and NumPy (live_python.c). Only files built with
 * Python include this; Python.h must come first in them. */
#ifndef NDP_LIVE_INTERNAL_H
#define NDP_LIVE_INTERNAL_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "ndparity/backend.h"

/* Initialises CPython and NumPy in this process on the first call (NumPy
 * imported with NPY_PROMOTION_STATE=weak, the helper module ndp_live
 * imported from NDP_LIVE_PY or the compiled-in live/py, its check()
 * passed); later calls return the first call's answer. NDP_EINPUT with the
 * reason when the interpreter cannot run the truth. The GIL stays held by
 * the calling (only) thread. */
enum ndp_status ndp_live_py_init(struct ndp_error *err);

/* Checks what ndp_live_py_init would say without initialising Python in
 * this process: in a forked child, once per process tree (a success is
 * remembered and inherited by later forks). NDP_EINPUT with the reason. */
enum ndp_status ndp_live_py_preflight(struct ndp_error *err);

/* The helper module's function `name` (borrowed; valid after init). */
PyObject *ndp_live_helper_fn(const char *name);

/* The descriptor of dt, in non-native byte order when swapped (new ref). */
PyObject *ndp_live_descr(enum ndp_dtype dt, bool swapped);

/* Operand t (borrowed) as a Python object (new reference), with no copy:
 * an ndarray over t's buffer that holds a reference to that ndp_buffer
 * until NumPy drops the array (read-only when t is), or, when t is a result
 * NumPy returned as a NumPy scalar, that same scalar object. NULL with err
 * set on failure. */
PyObject *ndp_live_tensor_to_py(const struct ndp_tensor *t, struct ndp_error *err);

/* A NumPy scalar (strong, np.<dtype>(v)) holding the value of 0-d tensor t
 * (new reference); NULL with err set. */
PyObject *ndp_live_tensor_to_scalar(const struct ndp_tensor *t, struct ndp_error *err);

/* A step's result value (borrowed: an ndarray, a NumPy scalar, or anything
 * np.asarray takes) as tensor *out (caller owns), with no copy. When its
 * memory lies inside the buffer of one of operands[0..n-1] (NULL entries
 * skipped), *out is a view of that ndp_buffer; otherwise *out wraps NumPy's
 * memory (the array is released with the buffer) and *bytes_copied gets
 * the bytes NumPy wrote: the nbytes of the array that owns the memory (the
 * result's base, for a view of a new array), the itemsize for a scalar.
 * NDP_ESTEP/unsupported for a dtype outside the case format (an object
 * array). */
enum ndp_status ndp_live_py_to_tensor(PyObject *value, const struct ndp_tensor *const *operands,
                                      int n, struct ndp_tensor *out, int64_t *bytes_copied,
                                      struct ndp_error *err);

/* Moves the pending Python exception into err as NDP_EINTERNAL ("what:
 * TypeError: message"), clearing it; returns NDP_EINTERNAL. */
enum ndp_status ndp_live_py_fail(struct ndp_error *err, const char *what);

#endif
