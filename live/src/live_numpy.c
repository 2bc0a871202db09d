/* The live `numpy` backend: each step runs as real NumPy 1.24 (weak
 * promotion) through ndp_live.run (live/py/ndp_live.py), which is
 * tools/ndp_numpy.py's call_numpy and exception classes. This file only
 * turns a step's parameters into the Python values call_numpy takes and
 * its operands into Python objects (no copies), and the answer back. */
#include "live_internal.h" /* Python.h first */

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/live.h"

/* ---------------------------------------------------------------- parameters */

static PyObject *int_tuple(int n, const int64_t *v) {
  PyObject *t = PyTuple_New(n);
  if (t == NULL) return NULL;
  for (int k = 0; k < n; k++) {
    PyObject *x = PyLong_FromLongLong((long long)v[k]);
    if (x == NULL) {
      Py_DECREF(t);
      return NULL;
    }
    PyTuple_SET_ITEM(t, k, x); /* steals x */
  }
  return t;
}

/* A reduction's, squeeze's or expand_dims's axis as ndp_numpy's
 * _axis_param gives it: None, an int, or a tuple for a list. */
static PyObject *axis_value(const struct ndp_step *s) {
  if (!s->has_axes) return Py_NewRef(Py_None);
  if (s->axis_is_list) return int_tuple(s->naxes, s->axes);
  return PyLong_FromLongLong((long long)s->axes[0]);
}

static PyObject *bound(bool has, int64_t v) {
  return has ? PyLong_FromLongLong((long long)v) : Py_NewRef(Py_None);
}

static PyObject *index_value(const struct ndp_step *s) {
  PyObject *t = PyTuple_New(s->nindex);
  if (t == NULL) return NULL;
  for (int k = 0; k < s->nindex; k++) {
    const struct ndp_index_item *it = &s->index[k];
    PyObject *x = NULL;
    switch (it->kind) {
    case NDP_IDX_INT:
      x = PyLong_FromLongLong((long long)it->i);
      break;
    case NDP_IDX_NEWAXIS:
      x = Py_NewRef(Py_None);
      break;
    case NDP_IDX_ELLIPSIS:
      x = Py_NewRef(Py_Ellipsis);
      break;
    case NDP_IDX_SLICE: {
      PyObject *a = bound(it->has_start, it->start), *b = bound(it->has_stop, it->stop),
               *c = bound(it->has_step, it->step);
      if (a != NULL && b != NULL && c != NULL) x = PySlice_New(a, b, c);
      Py_XDECREF(a);
      Py_XDECREF(b);
      Py_XDECREF(c);
      break;
    }
    }
    if (x == NULL) {
      Py_DECREF(t);
      return NULL;
    }
    PyTuple_SET_ITEM(t, k, x);
  }
  return t;
}

/* Sets d[key] = v, consuming v; false on failure (v NULL included). */
static bool put(PyObject *d, const char *key, PyObject *v) {
  if (v == NULL) return false;
  int r = PyDict_SetItemString(d, key, v);
  Py_DECREF(v);
  return r == 0;
}

static bool put_dtype(PyObject *d, const struct ndp_step *s) {
  return !s->has_dtype || put(d, "dtype", ndp_live_descr(s->dtype, s->dtype_swapped));
}

static bool put_casting(PyObject *d, const struct ndp_step *s, enum ndp_casting dflt) {
  return put(d, "casting",
             PyUnicode_FromString(ndp_casting_name(s->has_casting ? s->casting : dflt)));
}

static bool put_order(PyObject *d, const struct ndp_step *s) {
  return put(d, "order", PyUnicode_FromString(s->order == 'F' ? "F" : "C"));
}

/* The params dict of ndp_numpy's Step._params for step s (new reference). */
static PyObject *step_params(const struct ndp_step *s) {
  PyObject *d = PyDict_New();
  if (d == NULL) return NULL;
  bool ok = true;
  switch (ndp_op_class(s->op)) {
  case NDP_OPC_BINARY:
  case NDP_OPC_UNARY:
    ok = put_dtype(d, s) && put_casting(d, s, NDP_CAST_SAME_KIND);
    break;
  case NDP_OPC_REDUCE:
    ok = put(d, "axis", axis_value(s)) && put(d, "keepdims", PyBool_FromLong(s->keepdims)) &&
         put_dtype(d, s);
    break;
  case NDP_OPC_SHAPE:
    switch (s->op) {
    case NDP_OP_RESHAPE:
      ok = put(d, "shape", int_tuple(s->shape_ndim, s->shape)) && put_order(d, s);
      break;
    case NDP_OP_RAVEL:
      ok = put_order(d, s);
      break;
    case NDP_OP_BROADCAST_TO:
      ok = put(d, "shape", int_tuple(s->shape_ndim, s->shape));
      break;
    case NDP_OP_TRANSPOSE:
      ok = put(d, "axes", s->has_axes ? int_tuple(s->naxes, s->axes) : Py_NewRef(Py_None));
      break;
    case NDP_OP_EXPAND_DIMS:
    case NDP_OP_SQUEEZE:
      ok = put(d, "axis", axis_value(s));
      break;
    case NDP_OP_GETITEM:
      ok = put(d, "index", index_value(s));
      break;
    case NDP_OP_ASTYPE:
      ok = put_dtype(d, s) && put_casting(d, s, NDP_CAST_UNSAFE);
      break;
    case NDP_OP_CONCATENATE:
    case NDP_OP_STACK:
      /* default 0; concatenate's explicit null is None (flatten) */
      ok = put(d, "axis",
               s->has_axes       ? PyLong_FromLongLong((long long)s->axes[0])
               : s->axis_is_null ? Py_NewRef(Py_None)
                                 : PyLong_FromLong(0));
      break;
    default: /* copy, ascontiguousarray, asfortranarray */
      break;
    }
    break;
  default: /* crossings take none */
    break;
  }
  if (!ok) {
    Py_DECREF(d);
    return NULL;
  }
  return d;
}

/* ---------------------------------------------------------------- operands */

/* A Python int operand, exactly as written when the step's JSON has it
 * (a JSON integer or a decimal string), else from the parsed value: beyond
 * 64 bits only its float value is kept, which NumPy uses the same way (it
 * overflows every integer dtype, and float(int) is that value). */
static PyObject *pyint_value(const struct ndp_step *s, int i) {
  const json_t *a =
      s->json != NULL ? json_array_get(json_object_get(s->json, "args"), (size_t)i) : NULL;
  const json_t *v = json_is_object(a) ? json_object_get(a, "int") : NULL;
  if (json_is_integer(v)) return PyLong_FromLongLong(json_integer_value(v));
  if (json_is_string(v)) return PyLong_FromString(json_string_value(v), NULL, 10);
  const struct ndp_pyint *p = &s->args[i].pyint;
  PyObject *m;
  if (!p->huge) {
    m = PyLong_FromUnsignedLongLong((unsigned long long)p->mag);
  } else if (isfinite(p->fval)) {
    m = PyLong_FromDouble(fabs(p->fval));
  } else { /* too large for a float: 2**1024 behaves the same */
    PyObject *one = PyLong_FromLong(1), *e = PyLong_FromLong(1024);
    m = one != NULL && e != NULL ? PyNumber_Lshift(one, e) : NULL;
    Py_XDECREF(one);
    Py_XDECREF(e);
  }
  if (m == NULL || !p->neg) return m;
  PyObject *neg = PyNumber_Negative(m);
  Py_DECREF(m);
  return neg;
}

static PyObject *operand(const struct ndp_step *s, int i, const struct ndp_tensor *t,
                         struct ndp_error *err) {
  const struct ndp_arg *a = &s->args[i];
  PyObject *v = NULL;
  switch (a->kind) {
  case NDP_ARG_REF:
    if (t == NULL) {
      ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "operand %d of step %s is missing", i,
                    s->id);
      return NULL;
    }
    return ndp_live_tensor_to_py(t, err);
  case NDP_ARG_NPSCALAR:
    return ndp_live_tensor_to_scalar(t != NULL ? t : &a->scalar, err);
  case NDP_ARG_PYINT:
    v = pyint_value(s, i);
    break;
  case NDP_ARG_PYFLOAT:
    v = PyFloat_FromDouble(a->f);
    break;
  case NDP_ARG_PYBOOL:
    v = PyBool_FromLong(a->b);
    break;
  case NDP_ARG_PYCOMPLEX:
    v = PyComplex_FromDoubles(a->re, a->im);
    break;
  }
  if (v == NULL) ndp_live_py_fail(err, "a Python scalar operand");
  return v;
}

/* ---------------------------------------------------------------- the step */

static enum ndp_status numpy_run_step(struct ndp_backend *self, const struct ndp_step *step,
                                      const struct ndp_tensor *const *operands,
                                      struct ndp_tensor *out, int64_t *bytes_copied,
                                      struct ndp_error *err) {
  (void)self;
  if (ndp_live_py_init(err) != NDP_OK) {
    /* open's check passed, so this is unexpected */
    char msg[NDP_ERROR_MSG_MAX];
    snprintf(msg, sizeof msg, "%s", err != NULL ? err->msg : "");
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "the numpy backend cannot start: %s",
                         msg);
  }
  if (ndp_op_class(step->op) == NDP_OPC_DATASET)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE,
                         "dataset op %s reached the numpy backend's run_step",
                         ndp_op_name(step->op));
  PyObject *run = ndp_live_helper_fn("run");
  if (run == NULL) return ndp_live_py_fail(err, "ndp_live.run");
  PyObject *op = PyUnicode_FromString(ndp_op_name(step->op));
  PyObject *params = step_params(step);
  PyObject *args = PyList_New(step->nargs);
  if (op == NULL || params == NULL || args == NULL) {
    Py_XDECREF(op);
    Py_XDECREF(params);
    Py_XDECREF(args);
    return ndp_live_py_fail(err, "the step's parameters");
  }
  enum ndp_status st = NDP_OK;
  for (int i = 0; i < step->nargs && st == NDP_OK; i++) {
    PyObject *v = operand(step, i, operands[i], err);
    if (v == NULL)
      st = NDP_EINTERNAL; /* err says why */
    else
      PyList_SET_ITEM(args, i, v); /* steals v */
  }
  PyObject *res = NULL;
  if (st == NDP_OK) {
    res = PyObject_CallFunctionObjArgs(run, op, params, args, NULL);
    if (res == NULL) {
      char what[160];
      snprintf(what, sizeof what, "step %s (%s): NumPy raised an exception with no error class",
               step->id, ndp_op_name(step->op));
      st = ndp_live_py_fail(err, what);
    }
  }
  Py_DECREF(op);
  Py_DECREF(params);
  Py_DECREF(args); /* the operands' arrays go with it (results hold their own) */
  if (st != NDP_OK) return st;
  /* (0, value) or (1, class, message) */
  long tag = PyTuple_Check(res) && PyTuple_GET_SIZE(res) >= 2
                 ? PyLong_AsLong(PyTuple_GET_ITEM(res, 0))
                 : -1;
  if (tag == 0) {
    st = ndp_live_py_to_tensor(PyTuple_GET_ITEM(res, 1), operands, step->nargs, out, bytes_copied,
                               err);
  } else if (tag == 1 && PyTuple_GET_SIZE(res) == 3) {
    const char *cname = PyUnicode_AsUTF8(PyTuple_GET_ITEM(res, 1));
    const char *msg = PyUnicode_AsUTF8(PyTuple_GET_ITEM(res, 2));
    enum ndp_errclass cls;
    if (cname == NULL || msg == NULL || !ndp_errclass_parse(cname, &cls))
      st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE,
                         "ndp_live.run gave an unknown error class");
    else
      st = ndp_error_set(err, NDP_ESTEP, cls, "%s", msg);
  } else {
    st = ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "ndp_live.run gave an unexpected value");
  }
  PyErr_Clear();
  Py_DECREF(res);
  return st;
}

/* ---------------------------------------------------------------- registry */

static const struct ndp_backend numpy_backend = {
    .abi_version = NDP_BACKEND_ABI_VERSION,
    .name = "numpy",
    .state = NULL,
    .run_step = numpy_run_step,
    .destroy = NULL,
    .infer_spec = NULL, /* NumPy has no static specs */
};

bool ndp_live_available(void) {
  return true;
}

bool ndp_live_is_backend(const char *name) {
  return strcmp(name, "numpy") == 0;
}

const char *ndp_live_backend_names(void) {
  return "numpy";
}

enum ndp_status ndp_live_backend_open(const char *name, struct ndp_backend **out,
                                      struct ndp_error *err) {
  *out = NULL;
  if (!ndp_live_is_backend(name))
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "\"%s\" is not a live backend (%s)", name,
                         ndp_live_backend_names());
  struct ndp_error e = {0};
  if (ndp_live_py_preflight(&e) != NDP_OK)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "the %s backend cannot run: %s", name,
                         e.msg);
  struct ndp_backend *be = malloc(sizeof *be);
  if (be == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  *be = numpy_backend;
  *out = be;
  return NDP_OK;
}
