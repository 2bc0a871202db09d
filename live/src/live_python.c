/* The embedded interpreter and the zero-copy crossings between ndparity's
 * tensors and NumPy's arrays. The only file that uses NumPy's C API. */
#include "live_internal.h" /* Python.h first */

#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
#include <numpy/arrayobject.h>
#include <numpy/arrayscalars.h>

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef NDP_LIVE_PY_DIR
#error "NDP_LIVE_PY_DIR (the folder of ndp_live.py) must be defined by the build"
#endif
#ifndef NDP_PYTHON_EXECUTABLE
#define NDP_PYTHON_EXECUTABLE "/usr/bin/python3"
#endif

/* ---------------------------------------------------------------- errors */

enum ndp_status ndp_live_py_fail(struct ndp_error *err, const char *what) {
  PyObject *type = NULL, *value = NULL, *tb = NULL;
  PyErr_Fetch(&type, &value, &tb);
  if (type == NULL)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "%s: failed (no Python exception)",
                         what);
  PyErr_NormalizeException(&type, &value, &tb);
  const char *tname = ((PyTypeObject *)type)->tp_name;
  PyObject *s = value != NULL ? PyObject_Str(value) : NULL;
  const char *text = s != NULL ? PyUnicode_AsUTF8(s) : NULL;
  if (text == NULL) {
    PyErr_Clear();
    text = "(the exception cannot be shown)";
  }
  ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "%s: %s: %s", what, tname, text);
  Py_XDECREF(s);
  Py_XDECREF(type);
  Py_XDECREF(value);
  Py_XDECREF(tb);
  return NDP_EINTERNAL;
}

/* ---------------------------------------------------------------- start */

static int init_state; /* 0 not tried, 1 running, -1 failed (init_msg says why) */
static char init_msg[NDP_ERROR_MSG_MAX];
static PyObject *helper;  /* the module ndp_live (owned for the process's life) */
static bool preflight_ok; /* a child process started the interpreter successfully */

PyObject *ndp_live_helper_fn(const char *name) {
  if (helper == NULL) return NULL;
  PyObject *fn = PyObject_GetAttrString(helper, name);
  if (fn == NULL) return NULL;
  Py_DECREF(fn); /* the module keeps it alive */
  return fn;
}

/* Moves the pending exception's text into err as the reason of an input
 * failure (the interpreter is not the truth). */
static enum ndp_status start_fail(struct ndp_error *err, const char *what) {
  struct ndp_error e = {0};
  ndp_live_py_fail(&e, what);
  return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "%s", e.msg);
}

/* At exit, before LeakSanitizer looks: reference cycles (an exception's
 * traceback and the frames it holds) may still hold operand arrays, and so
 * ndparity's buffers; the interpreter itself is never finalised. */
static void collect_at_exit(void) {
  if (Py_IsInitialized()) PyGC_Collect();
}

static enum ndp_status start(struct ndp_error *err) {
  /* NEP 50 promotion: NumPy 1.24 reads the variable once, when it is first
   * imported. The interpreter's own environment is this process's. */
  if (setenv("NPY_PROMOTION_STATE", "weak", 1) != 0)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot set NPY_PROMOTION_STATE=weak: %s",
                         strerror(errno));
  /* No BLAS thread pool: steps are small, and a worker stays single-threaded. */
  setenv("OPENBLAS_NUM_THREADS", "1", 0);
  if (!Py_IsInitialized()) {
    /* Isolated: PYTHONPATH, PYTHONHOME and the user's site-packages cannot
     * put another NumPy first; no signal handlers (ndparity handles SIGINT
     * itself). As the program /usr/bin/python3, the prefix and Debian's
     * dist-packages come out as that interpreter's. */
    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    config.write_bytecode = 0; /* never write __pycache__ into the checkout */
    PyStatus ps = PyConfig_SetBytesString(&config, &config.program_name, NDP_PYTHON_EXECUTABLE);
    if (!PyStatus_Exception(ps)) ps = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(ps))
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "cannot start Python 3 (as %s): %s",
                           NDP_PYTHON_EXECUTABLE, ps.err_msg ? ps.err_msg : "unknown error");
  }
  const char *dir = getenv("NDP_LIVE_PY");
  if (dir == NULL || dir[0] == '\0') dir = NDP_LIVE_PY_DIR;
  PyObject *path = PySys_GetObject("path"); /* borrowed */
  PyObject *d = PyUnicode_DecodeFSDefault(dir);
  if (path == NULL || d == NULL || PyList_Insert(path, 0, d) != 0) {
    Py_XDECREF(d);
    return start_fail(err, "cannot set sys.path");
  }
  Py_DECREF(d);
  if (_import_array() < 0)
    return start_fail(err,
                      "cannot import NumPy's C API (python3-numpy, for " NDP_PYTHON_EXECUTABLE ")");
  helper = PyImport_ImportModule("ndp_live");
  if (helper == NULL) {
    char what[300];
    snprintf(what, sizeof what, "cannot import ndp_live.py from %.200s (NDP_LIVE_PY)", dir);
    return start_fail(err, what);
  }
  PyObject *why = PyObject_CallMethod(helper, "check", NULL);
  if (why == NULL) return start_fail(err, "ndp_live.check()");
  enum ndp_status st = NDP_OK;
  if (why != Py_None) {
    const char *text = PyUnicode_Check(why) ? PyUnicode_AsUTF8(why) : NULL;
    st = ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "%s",
                       text != NULL ? text : "ndp_live.check() failed");
    PyErr_Clear();
  }
  Py_DECREF(why);
  if (st == NDP_OK) atexit(collect_at_exit);
  return st;
}

enum ndp_status ndp_live_py_init(struct ndp_error *err) {
  if (init_state == 1) return NDP_OK;
  if (init_state == 0) {
    struct ndp_error e = {0};
    if (start(&e) == NDP_OK) {
      init_state = 1;
      return NDP_OK;
    }
    init_state = -1;
    snprintf(init_msg, sizeof init_msg, "%s", e.msg);
  }
  return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "%s", init_msg);
}

enum ndp_status ndp_live_py_preflight(struct ndp_error *err) {
  if (init_state == 1 || preflight_ok) return NDP_OK;
  if (init_state == -1) return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "%s", init_msg);
  int fds[2];
  if (pipe(fds) != 0) return NDP_OK; /* cannot check here: the first step will */
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return NDP_OK;
  }
  if (pid == 0) {
    /* The child: start, say how it went ('0' or '1' and the reason), and
     * leave without running the parent's exit handlers. */
    close(fds[0]);
    struct ndp_error e = {0};
    char msg[NDP_ERROR_MSG_MAX + 1];
    bool ok = ndp_live_py_init(&e) == NDP_OK;
    int n = snprintf(msg, sizeof msg, "%c%s", ok ? '0' : '1', ok ? "" : e.msg);
    const char *p = msg;
    size_t left = n > 0 ? (size_t)n < sizeof msg ? (size_t)n : sizeof msg - 1 : 0;
    while (left > 0) {
      ssize_t w = write(fds[1], p, left);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) break;
      p += w;
      left -= (size_t)w;
    }
    _exit(0);
  }
  close(fds[1]);
  char buf[NDP_ERROR_MSG_MAX + 1];
  size_t got = 0;
  while (got < sizeof buf - 1) {
    ssize_t r = read(fds[0], buf + got, sizeof buf - 1 - got);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    got += (size_t)r;
  }
  buf[got] = '\0';
  close(fds[0]);
  int status = 0;
  pid_t w;
  do {
    w = waitpid(pid, &status, 0);
  } while (w < 0 && errno == EINTR);
  if (got >= 1 && buf[0] == '0') {
    preflight_ok = true;
    return NDP_OK;
  }
  if (got >= 1 && buf[0] == '1')
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "%s", buf + 1);
  if (w == pid && WIFSIGNALED(status))
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "starting Python 3 and NumPy crashed (signal %d)", WTERMSIG(status));
  return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                       "starting Python 3 and NumPy failed (the check process said nothing)");
}

/* ---------------------------------------------------------------- dtypes */

static int typenum(enum ndp_dtype dt) {
  static const int nums[NDP_NDTYPES] = {
      [NDP_BOOL] = NPY_BOOL,        [NDP_INT8] = NPY_INT8,          [NDP_UINT8] = NPY_UINT8,
      [NDP_INT16] = NPY_INT16,      [NDP_UINT16] = NPY_UINT16,      [NDP_INT32] = NPY_INT32,
      [NDP_UINT32] = NPY_UINT32,    [NDP_INT64] = NPY_INT64,        [NDP_UINT64] = NPY_UINT64,
      [NDP_FLOAT16] = NPY_HALF,     [NDP_FLOAT32] = NPY_FLOAT,      [NDP_FLOAT64] = NPY_DOUBLE,
      [NDP_COMPLEX64] = NPY_CFLOAT, [NDP_COMPLEX128] = NPY_CDOUBLE,
  };
  return nums[dt];
}

PyObject *ndp_live_descr(enum ndp_dtype dt, bool swapped) {
  PyArray_Descr *d = PyArray_DescrFromType(typenum(dt));
  if (d == NULL || !swapped || ndp_dtype_size(dt) == 1) return (PyObject *)d;
  PyArray_Descr *s = PyArray_DescrNewByteorder(d, NPY_SWAP);
  Py_DECREF(d);
  return (PyObject *)s;
}

/* The case format's dtype of a NumPy descriptor; false for any other
 * (object, strings, long double...). */
static bool dtype_of(const PyArray_Descr *d, enum ndp_dtype *out) {
  int size = d->elsize;
  switch (d->kind) {
  case 'b':
    *out = NDP_BOOL;
    return size == 1;
  case 'i':
  case 'u': {
    bool u = d->kind == 'u';
    switch (size) {
    case 1:
      *out = u ? NDP_UINT8 : NDP_INT8;
      return true;
    case 2:
      *out = u ? NDP_UINT16 : NDP_INT16;
      return true;
    case 4:
      *out = u ? NDP_UINT32 : NDP_INT32;
      return true;
    case 8:
      *out = u ? NDP_UINT64 : NDP_INT64;
      return true;
    default:
      return false;
    }
  }
  case 'f':
    switch (size) {
    case 2:
      *out = NDP_FLOAT16;
      return true;
    case 4:
      *out = NDP_FLOAT32;
      return true;
    case 8:
      *out = NDP_FLOAT64;
      return true;
    default:
      return false;
    }
  case 'c':
    switch (size) {
    case 8:
      *out = NDP_COMPLEX64;
      return true;
    case 16:
      *out = NDP_COMPLEX128;
      return true;
    default:
      return false;
    }
  default:
    return false;
  }
}

/* ---------------------------------------------------------------- ndp -> NumPy */

/* What a buffer that wraps NumPy's memory holds: the array that owns (or
 * views) it, and the NumPy scalar it came from when NumPy answered with a
 * scalar (so that the scalar, not a 0-d array, is what a later step gets). */
struct pyref {
  PyObject *array;
  PyObject *scalar; /* NULL unless NumPy returned a scalar */
  enum ndp_dtype dtype;
};

static void release_pyref(void *ctx) {
  struct pyref *r = ctx;
  Py_XDECREF(r->array);
  Py_XDECREF(r->scalar);
  free(r);
}

static const char capsule_name[] = "ndparity.buffer";

static void release_capsule(PyObject *cap) {
  ndp_buffer_release(PyCapsule_GetPointer(cap, capsule_name));
}

PyObject *ndp_live_tensor_to_py(const struct ndp_tensor *t, struct ndp_error *err) {
  struct ndp_buffer *b = t->buf;
  if (b->release_foreign == release_pyref) {
    const struct pyref *r = b->foreign_ctx;
    if (r->scalar != NULL && t->ndim == 0 && t->offset == 0 && t->dtype == r->dtype && !t->swapped)
      return Py_NewRef(r->scalar);
  }
  npy_intp dims[NDP_MAXDIMS], strides[NDP_MAXDIMS];
  for (int k = 0; k < t->ndim; k++) {
    dims[k] = (npy_intp)t->shape[k];
    strides[k] = (npy_intp)t->strides[k];
  }
  PyObject *cap = PyCapsule_New(b, capsule_name, release_capsule);
  if (cap == NULL) {
    ndp_live_py_fail(err, "wrapping an operand");
    return NULL;
  }
  ndp_buffer_retain(b); /* released by the capsule, when NumPy drops the array */
  PyObject *descr = ndp_live_descr(t->dtype, t->swapped);
  if (descr == NULL) {
    Py_DECREF(cap);
    ndp_live_py_fail(err, "wrapping an operand");
    return NULL;
  }
  /* steals descr */
  PyObject *arr =
      PyArray_NewFromDescr(&PyArray_Type, (PyArray_Descr *)descr, t->ndim, dims, strides,
                           b->data + t->offset, t->readonly ? 0 : NPY_ARRAY_WRITEABLE, NULL);
  if (arr == NULL) {
    Py_DECREF(cap);
    ndp_live_py_fail(err, "wrapping an operand");
    return NULL;
  }
  if (PyArray_SetBaseObject((PyArrayObject *)arr, cap) < 0) { /* steals cap */
    Py_DECREF(arr);
    ndp_live_py_fail(err, "wrapping an operand");
    return NULL;
  }
  return arr;
}

PyObject *ndp_live_tensor_to_scalar(const struct ndp_tensor *t, struct ndp_error *err) {
  PyObject *descr = ndp_live_descr(t->dtype, t->swapped);
  if (descr == NULL) {
    ndp_live_py_fail(err, "a NumPy scalar operand");
    return NULL;
  }
  /* copies (and byte-swaps) the value; does not steal descr */
  PyObject *s = PyArray_Scalar(t->buf->data + t->offset, (PyArray_Descr *)descr, NULL);
  Py_DECREF(descr);
  if (s == NULL) ndp_live_py_fail(err, "a NumPy scalar operand");
  return s;
}

/* ---------------------------------------------------------------- NumPy -> ndp */

enum ndp_status ndp_live_py_to_tensor(PyObject *value, const struct ndp_tensor *const *operands,
                                      int n, struct ndp_tensor *out, int64_t *bytes_copied,
                                      struct ndp_error *err) {
  PyObject *scalar = NULL;
  PyArrayObject *arr;
  if (PyArray_Check(value)) {
    arr = (PyArrayObject *)Py_NewRef(value);
  } else if (PyArray_IsScalar(value, Generic)) {
    arr = (PyArrayObject *)PyArray_FromScalar(value, NULL);
    scalar = value;
  } else {
    arr = (PyArrayObject *)PyArray_FROM_O(value);
  }
  if (arr == NULL) return ndp_live_py_fail(err, "the result as an array");
  enum ndp_dtype dt;
  if (!dtype_of(PyArray_DESCR(arr), &dt)) {
    PyObject *r = PyObject_Repr((PyObject *)PyArray_DESCR(arr));
    const char *text = r != NULL ? PyUnicode_AsUTF8(r) : NULL;
    PyErr_Clear();
    ndp_error_set(err, NDP_ESTEP, NDP_ERRC_UNSUPPORTED,
                  "NumPy returned an array of %s, which the case format has no dtype for",
                  text != NULL ? text : "another dtype");
    Py_XDECREF(r);
    Py_DECREF(arr);
    return NDP_ESTEP;
  }
  int ndim = PyArray_NDIM(arr);
  if (ndim > NDP_MAXDIMS) {
    Py_DECREF(arr);
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "NumPy returned %d dimensions", ndim);
  }
  const npy_intp *shape = PyArray_DIMS(arr), *strides = PyArray_STRIDES(arr);
  int itemsize = (int)PyArray_ITEMSIZE(arr);
  /* The bytes the array spans: [lo, hi) around its data pointer. */
  uintptr_t ptr = (uintptr_t)PyArray_DATA(arr);
  int64_t lo_off = 0, hi_off = 0, size = 1;
  for (int k = 0; k < ndim; k++) size *= shape[k];
  if (size > 0) {
    for (int k = 0; k < ndim; k++) {
      int64_t span = (int64_t)(shape[k] - 1) * (int64_t)strides[k];
      if (span < 0)
        lo_off += span;
      else
        hi_off += span;
    }
    hi_off += itemsize;
  }
  uintptr_t lo = ptr - (uintptr_t)(-lo_off), hi = ptr + (uintptr_t)hi_off;

  memset(out, 0, sizeof *out);
  out->dtype = dt;
  out->swapped = itemsize > 1 && !PyArray_ISNOTSWAPPED(arr);
  out->readonly = !PyArray_ISWRITEABLE(arr);
  out->ndim = ndim;
  for (int k = 0; k < ndim; k++) {
    out->shape[k] = (int64_t)shape[k];
    out->strides[k] = (int64_t)strides[k];
  }
  /* A view of an operand: the same ndp_buffer (the harness sees the alias). */
  for (int i = 0; i < n; i++) {
    const struct ndp_tensor *t = operands[i];
    if (t == NULL || t->buf == NULL) continue;
    uintptr_t b0 = (uintptr_t)t->buf->data, b1 = b0 + t->buf->size;
    bool inside = size > 0 ? lo >= b0 && hi <= b1 : ptr >= b0 && ptr <= b1;
    if (!inside) continue;
    out->buf = t->buf;
    ndp_buffer_retain(t->buf);
    out->offset = (int64_t)(ptr - b0);
    Py_DECREF(arr);
    return NDP_OK;
  }
  /* New memory: wrapped, not copied. */
  struct pyref *r = malloc(sizeof *r);
  if (r == NULL) {
    Py_DECREF(arr);
    return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  }
  r->array = (PyObject *)arr;
  r->scalar = scalar != NULL ? Py_NewRef(scalar) : NULL;
  r->dtype = dt;
  static unsigned char empty;
  unsigned char *data = lo != 0 ? (unsigned char *)lo : &empty;
  struct ndp_buffer *buf;
  enum ndp_status st = ndp_buffer_wrap(data, (size_t)(hi - lo), release_pyref, r, &buf, err);
  if (st != NDP_OK) {
    release_pyref(r);
    return st;
  }
  out->buf = buf;
  out->offset = (int64_t)(ptr - lo);
  if (scalar != NULL) {
    *bytes_copied += itemsize;
  } else {
    /* A view of an array NumPy made in this step (np.load's transpose, a
     * broadcast of a new 0-d array) cost that array's bytes. */
    PyArrayObject *owner = arr;
    while (PyArray_BASE(owner) != NULL && PyArray_Check(PyArray_BASE(owner)))
      owner = (PyArrayObject *)PyArray_BASE(owner);
    *bytes_copied += (int64_t)PyArray_NBYTES(owner);
  }
  return NDP_OK;
}
