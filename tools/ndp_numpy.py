"""ndparity cases run by real NumPy: the Python side of the case format.

This module loads ndparity case files (docs/case-format.md, version 1),
builds their inputs exactly as the format says, runs every step with real
NumPy, maps NumPy's exceptions onto the format's error classes, describes
results (dtype, shape, view, data) and checks them against `expect` blocks.

It is shared by tools/gen_golden.py (which writes the golden corpus from what
NumPy does) and bench/check_numpy.py (the Python peer of `ndparity check`).

The truth is Debian 12's NumPy 1.24.2 run with NPY_PROMOTION_STATE=weak
(NEP 50). Importing this module sets that variable; `require_numpy()` refuses
any other NumPy, or a NumPy that was imported before the variable was set.
"""

import base64
import json
import math
import io
import os
import re
import sys
import warnings

os.environ["NPY_PROMOTION_STATE"] = "weak"

try:
    import numpy as np  # noqa: E402  (the variable must be set first)
except ImportError:  # another interpreter than Debian's
    sys.exit("ndp_numpy: cannot import numpy with %s; run with /usr/bin/python3 "
             "(Debian 12's python3-numpy 1.24)" % sys.executable)

FORMAT_VERSION = 1
NUMPY_SERIES = "1.24."


def require_numpy():
    """Exits with a clear message unless NumPy is 1.24.x with weak promotion."""
    if not np.__version__.startswith(NUMPY_SERIES):
        sys.exit("ndp_numpy: NumPy %s found, but the truth is NumPy 1.24.x "
                 "(Debian 12's python3-numpy); run with /usr/bin/python3"
                 % np.__version__)
    state = np._get_promotion_state()
    if state != "weak":
        sys.exit("ndp_numpy: NumPy promotion state is %r, not 'weak': set "
                 "NPY_PROMOTION_STATE=weak before NumPy is imported" % state)


# ----------------------------------------------------------------- dtypes

DTYPE_NAMES = ("bool", "int8", "int16", "int32", "int64", "uint8", "uint16",
               "uint32", "uint64", "float16", "float32", "float64",
               "complex64", "complex128")
_TYPESTR = re.compile(r"^[<>=|][biufc][0-9]+$")
_ALLOWED = {np.dtype(n).str[1:] for n in DTYPE_NAMES}  # "b1", "i4", "c16", ...


class CaseInputError(Exception):
    """A case (or a case file) that does not follow the format."""


class Unsupported(Exception):
    """Something the format allows that this peer does not run (datasets)."""


def parse_dtype(s, where="dtype"):
    """A dtype name or NumPy type string -> np.dtype (byte order kept)."""
    if not isinstance(s, str):
        raise CaseInputError("%s: expected a dtype name, found %s" % (where, _show(s)))
    if s in DTYPE_NAMES:
        return np.dtype(s)
    if _TYPESTR.match(s) and s[1:] in _ALLOWED:
        dt = np.dtype(s)
        if dt.str[1:] in _ALLOWED and (dt.itemsize > 1 or s[0] in "|=<>"):
            return dt
    raise CaseInputError("%s: unknown dtype %s" % (where, _show(s)))


def _show(v):
    return json.dumps(v)[:60]


# ----------------------------------------------------------------- values

_HEXFLOAT = re.compile(r"^[+-]?0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)"
                       r"(?:[pP][+-]?[0-9]+)?$")
_DECINT = re.compile(r"^[+-]?[0-9]+$")
_FLOAT_WORDS = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf, "-0.0": -0.0}


def parse_pyint(v, where):
    """A JSON integer or decimal string -> Python int."""
    if isinstance(v, bool):
        raise CaseInputError("%s: expected an integer, found %s" % (where, _show(v)))
    if isinstance(v, int):
        return v
    if isinstance(v, str) and _DECINT.match(v):
        return int(v)
    raise CaseInputError("%s: expected an integer, found %s" % (where, _show(v)))


def parse_pyfloat(v, where):
    """A JSON number, "nan"/"inf"/"-inf"/"-0.0" or a C99 hex float -> float."""
    if isinstance(v, bool):
        raise CaseInputError("%s: expected a float, found %s" % (where, _show(v)))
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        if v in _FLOAT_WORDS:
            return _FLOAT_WORDS[v]
        if _HEXFLOAT.match(v):
            return float.fromhex(v)
    raise CaseInputError("%s: expected a float, found %s" % (where, _show(v)))


def parse_value(v, dt, where):
    """One value in data notation for dtype dt -> a Python value for np.array."""
    kind = dt.kind
    if kind == "b":
        if not isinstance(v, bool):
            raise CaseInputError("%s: expected true or false, found %s" % (where, _show(v)))
        return v
    if kind in "iu":
        x = parse_pyint(v, where)
        info = np.iinfo(dt)
        if not info.min <= x <= info.max:
            raise CaseInputError("%s: %d out of range for %s" % (where, x, dt.name))
        return x
    if kind == "f":
        return parse_pyfloat(v, where)
    if kind == "c":
        if not (isinstance(v, list) and len(v) == 2):
            raise CaseInputError("%s: expected [re, im], found %s" % (where, _show(v)))
        return complex(parse_pyfloat(v[0], where), parse_pyfloat(v[1], where))
    raise CaseInputError("%s: unsupported dtype %s" % (where, dt))


def parse_shape(v, where, allow_negative=False):
    if not isinstance(v, list) or not all(isinstance(d, int) and not isinstance(d, bool)
                                          for d in v):
        raise CaseInputError("%s: expected a list of integers, found %s" % (where, _show(v)))
    if not allow_negative and any(d < 0 for d in v):
        raise CaseInputError("%s: negative dimension in %s" % (where, _show(v)))
    if len(v) > 32:
        raise CaseInputError("%s: more than 32 dimensions" % where)
    return tuple(v)


def _size(shape):
    n = 1
    for d in shape:
        n *= d
    return n


_INPUT_KEYS = {"dtype", "shape", "data", "b64", "fill", "order"}


def build_input(spec, where):
    """An input object of a case -> a new np.ndarray with the requested dtype
    (byte order included), shape, values and memory order."""
    if not isinstance(spec, dict):
        raise CaseInputError("%s: expected an object" % where)
    for k in spec:
        if k not in _INPUT_KEYS and not k.startswith("x-"):
            raise CaseInputError("%s: unknown key %s" % (where, _show(k)))
    if "dtype" not in spec or "shape" not in spec:
        raise CaseInputError("%s: dtype and shape are required" % where)
    dt = parse_dtype(spec["dtype"], where + ".dtype")
    shape = parse_shape(spec["shape"], where + ".shape")
    order = spec.get("order", "C")
    if order not in ("C", "F"):
        raise CaseInputError("%s.order: expected \"C\" or \"F\", found %s" % (where, _show(order)))
    n = _size(shape)
    sources = [k for k in ("data", "b64", "fill") if k in spec]
    if len(sources) > 1:
        raise CaseInputError("%s: give only one of data, b64, fill" % where)
    native = dt.newbyteorder("=")
    if "data" in spec:
        data = spec["data"]
        if not isinstance(data, list):
            raise CaseInputError("%s.data: expected a list" % where)
        if len(data) != n:
            raise CaseInputError("%s.data: %d values for shape %s (size %d)"
                                 % (where, len(data), _pyshape(shape), n))
        vals = [parse_value(v, native, "%s.data[%d]" % (where, i)) for i, v in enumerate(data)]
        flat = np.array(vals, dtype=native) if n else np.zeros(0, dtype=native)
        flat = flat.astype(dt)
    elif "b64" in spec:
        try:
            raw = base64.b64decode(spec["b64"], validate=True)
        except (ValueError, TypeError) as e:
            raise CaseInputError("%s.b64: %s" % (where, e))
        if len(raw) != n * dt.itemsize:
            raise CaseInputError("%s.b64: %d bytes, expected %d" % (where, len(raw), n * dt.itemsize))
        flat = np.frombuffer(raw, dtype=dt).copy()
    else:
        fill = spec.get("fill", "arange")
        if fill == "arange":
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                flat = np.arange(n).astype(dt)
        elif fill == "zeros":
            flat = np.zeros(n, dtype=dt)
        elif fill == "ones":
            flat = np.ones(n, dtype=dt)
        elif isinstance(fill, dict) and list(fill) == ["random"]:
            raise Unsupported("%s.fill: {\"random\": SEED} is harness-defined; the Python "
                              "peer cannot reproduce it" % where)
        else:
            raise CaseInputError("%s.fill: unknown fill %s" % (where, _show(fill)))
    arr = flat.reshape(shape)
    arr = np.array(arr, dtype=dt, order=order, copy=True)
    if order == "F" and arr.ndim == 0:
        # The cases in circulation (../shared/cases-sample, getitem/0004) build
        # F-order inputs with np.asfortranarray, which in NumPy 1.24 turns a
        # 0-d array into shape (1,). ndparity keeps that meaning.
        arr = np.asfortranarray(arr)
    return arr


def _pyshape(shape):
    """A shape as NumPy writes it: (3, 4), (5,), ()."""
    return str(tuple(shape))


# --------------------------------------------------------------- operations

SHAPE_OPS = ("reshape", "transpose", "expand_dims", "squeeze", "broadcast_to", "getitem",
             "astype", "copy", "ascontiguousarray", "asfortranarray", "ravel",
             "concatenate", "stack")
BINARY_UFUNCS = ("add", "subtract", "multiply", "true_divide", "floor_divide", "remainder",
                 "power", "maximum", "minimum", "fmax", "fmin", "equal", "not_equal", "less",
                 "less_equal", "greater", "greater_equal", "logical_and", "logical_or",
                 "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift",
                 "right_shift")
UNARY_UFUNCS = ("negative", "positive", "absolute", "sign", "sqrt", "square", "exp", "log",
                "floor", "ceil", "trunc", "rint", "logical_not", "invert", "isnan", "isinf",
                "isfinite")
REDUCTIONS = ("sum", "prod", "min", "max", "mean", "argmin", "argmax", "any", "all")
DATASET_OPS = ("from_tensor_slices", "from_tensors", "from_generator", "map",
               "numpy_function", "filter", "batch", "unbatch", "take", "set_shape",
               "ensure_shape", "collect")
# Crossings between an engine and NumPy, as NumPy itself does them.
CROSSINGS = ("to_numpy", "from_numpy", "dlpack_roundtrip", "npy_roundtrip")
ALL_OPS = SHAPE_OPS + BINARY_UFUNCS + UNARY_UFUNCS + REDUCTIONS + CROSSINGS

_OP_PARAMS = {
    "reshape": {"shape", "order"}, "transpose": {"axes"}, "expand_dims": {"axis"},
    "squeeze": {"axis"}, "broadcast_to": {"shape"}, "getitem": {"index"},
    "astype": {"dtype", "casting"}, "copy": set(), "ascontiguousarray": set(),
    "asfortranarray": set(), "ravel": {"order"}, "concatenate": {"axis"}, "stack": {"axis"},
}
for _op in BINARY_UFUNCS + UNARY_UFUNCS:
    _OP_PARAMS[_op] = {"dtype", "casting"}
for _op in REDUCTIONS:
    _OP_PARAMS[_op] = {"axis", "keepdims"} | ({"dtype"} if _op in ("sum", "prod", "mean") else set())
for _op in CROSSINGS:
    _OP_PARAMS[_op] = set()
_NARGS = {op: 1 for op in SHAPE_OPS + UNARY_UFUNCS + REDUCTIONS + CROSSINGS}
_NARGS.update({op: 2 for op in BINARY_UFUNCS})
_NARGS["concatenate"] = _NARGS["stack"] = None  # two or more
CASTINGS = ("no", "equiv", "safe", "same_kind", "unsafe")

ERROR_CLASSES = ("broadcast", "reshape", "axis", "index", "cast", "overflow", "no-identity",
                 "type", "value", "unsupported", "shape", "dtype")

_EXC = np.core._exceptions


def classify_exception(exc):
    """A NumPy exception -> the case format's error class, or None when the
    exception is not one NumPy raises for a bad operation (a bug of ours).

    The class follows the exception NumPy raises, tested most specific first
    (AxisError subclasses both ValueError and IndexError). So a repeated axis
    is `value` (NumPy 1.24 raises ValueError "repeated axis" / "duplicate
    value in 'axis'", not AxisError), and so are a squeeze of a non-1 axis,
    a zero slice step, argmin/argmax of an empty sequence, mismatched
    concatenate/stack shapes, a negative integer power and transpose axes of
    the wrong length."""
    if isinstance(exc, np.AxisError):  # subclasses ValueError and IndexError
        return "axis"
    if isinstance(exc, IndexError):
        return "index"
    if isinstance(exc, OverflowError):
        return "overflow"
    if isinstance(exc, _EXC._UFuncNoLoopError):
        return "type"
    if isinstance(exc, (_EXC._UFuncInputCastingError, _EXC._UFuncOutputCastingError)):
        return "cast"
    if isinstance(exc, TypeError):
        # astype under a casting rule: "Cannot cast array data from dtype('float64')
        # to dtype('int32') according to the rule 'safe'" ("Cannot cast scalar
        # from ..." when the array is 0-d).
        if str(exc).startswith(("Cannot cast array data from", "Cannot cast scalar from")):
            return "cast"
        return "type"
    if isinstance(exc, BufferError):
        # ndarray.__dlpack__ refusing an array (non-native byte order, bool,
        # strides not in whole elements): the format has no class for
        # BufferError; ndparity classes it `value` (docs/case-format-notes.md).
        return "value"
    if isinstance(exc, ValueError):
        msg = str(exc)
        if "broadcast" in msg:
            return "broadcast"
        if msg.startswith("input operand has more dimensions than allowed by the axis remapping"):
            return "broadcast"  # broadcast_to a shape of lower rank
        if msg.startswith("cannot reshape") or "can only specify one unknown dimension" in msg:
            return "reshape"
        if msg.startswith("zero-size array to reduction operation") and "no identity" in msg:
            return "no-identity"
        return "value"
    return None


class Operand:
    """A resolved operand: the Python/NumPy value passed to NumPy, and where it came from."""
    __slots__ = ("value", "kind", "ref")

    def __init__(self, value, kind, ref=None):
        self.value = value
        self.kind = kind  # "ref", "int", "float", "bool", "complex", "scalar"
        self.ref = ref


def parse_operand(arg, names, where):
    """An operand in a step's args -> ("ref", name) or (kind, Python/NumPy value)."""
    if isinstance(arg, str):
        if arg not in names:
            raise CaseInputError("%s: unknown name %s (not an input or earlier step)"
                                 % (where, _show(arg)))
        return ("ref", arg)
    if isinstance(arg, dict):
        keys = set(arg)
        if keys == {"int"}:
            return ("int", parse_pyint(arg["int"], where + ".int"))
        if keys == {"float"}:
            return ("float", parse_pyfloat(arg["float"], where + ".float"))
        if keys == {"bool"}:
            if not isinstance(arg["bool"], bool):
                raise CaseInputError("%s.bool: expected true or false" % where)
            return ("bool", arg["bool"])
        if keys == {"complex"}:
            v = arg["complex"]
            if not (isinstance(v, list) and len(v) == 2):
                raise CaseInputError("%s.complex: expected [re, im]" % where)
            return ("complex", complex(parse_pyfloat(v[0], where), parse_pyfloat(v[1], where)))
        if keys == {"scalar", "dtype"}:
            dt = parse_dtype(arg["dtype"], where + ".dtype")
            v = parse_value(arg["scalar"], dt.newbyteorder("="), where + ".scalar")
            return ("scalar", dt.type(v))
    raise CaseInputError("%s: not an operand: %s" % (where, _show(arg)))


def _axis_param(v, where, allow_list=True):
    if v is None:
        return None
    if isinstance(v, int) and not isinstance(v, bool):
        return v
    if allow_list and isinstance(v, list) and all(isinstance(a, int) and not isinstance(a, bool)
                                                  for a in v):
        return tuple(v)
    raise CaseInputError("%s: expected an int%s, found %s"
                         % (where, " or a list of ints" if allow_list else "", _show(v)))


def _index_param(v, where):
    if not isinstance(v, list):
        raise CaseInputError("%s: expected a list of index items" % where)
    out = []
    for i, item in enumerate(v):
        w = "%s[%d]" % (where, i)
        if isinstance(item, int) and not isinstance(item, bool):
            out.append(item)
        elif item == "newaxis":
            out.append(None)
        elif item == "...":
            out.append(Ellipsis)
        elif isinstance(item, dict) and set(item) == {"slice"}:
            s = item["slice"]
            if not (isinstance(s, list) and len(s) == 3 and
                    all(x is None or (isinstance(x, int) and not isinstance(x, bool)) for x in s)):
                raise CaseInputError("%s.slice: expected [start, stop, step] of ints or null" % w)
            out.append(slice(*s))
        else:
            raise CaseInputError("%s: not an index item: %s" % (w, _show(item)))
    return tuple(out)


class Step:
    """A parsed step: op, operands and NumPy keyword arguments."""

    def __init__(self, obj, names, where):
        if not isinstance(obj, dict):
            raise CaseInputError("%s: expected an object" % where)
        for k in ("id", "op"):
            if not isinstance(obj.get(k), str):
                raise CaseInputError("%s.%s: required string" % (where, k))
        self.id = obj["id"]
        self.op = obj["op"]
        self.obj = obj
        if self.op in DATASET_OPS:
            raise Unsupported("%s: dataset op %s is not run by the Python peer" % (where, self.op))
        if self.op not in ALL_OPS:
            raise CaseInputError("%s.op: unknown op %s" % (where, _show(self.op)))
        allowed = _OP_PARAMS[self.op] | {"id", "op", "args"}
        for k in obj:
            if k not in allowed and not k.startswith("x-"):
                raise CaseInputError("%s: unknown key %s for op %s" % (where, _show(k), self.op))
        args = obj.get("args")
        if not isinstance(args, list):
            raise CaseInputError("%s.args: required list" % where)
        want = _NARGS[self.op]
        if (want is None and len(args) < 2) or (want is not None and len(args) != want):
            raise CaseInputError("%s.args: %d operands for %s" % (where, len(args), self.op))
        self.args = [parse_operand(a, names, "%s.args[%d]" % (where, i)) for i, a in enumerate(args)]
        self.params = self._params(obj, where)

    def _params(self, o, where):
        op, p = self.op, {}
        if op == "reshape":
            if "shape" not in o:
                raise CaseInputError("%s.shape: required" % where)
            p["shape"] = parse_shape(o["shape"], where + ".shape", allow_negative=True)
            p["order"] = self._order(o, where)
        elif op == "ravel":
            p["order"] = self._order(o, where)
        elif op == "broadcast_to":
            if "shape" not in o:
                raise CaseInputError("%s.shape: required" % where)
            p["shape"] = parse_shape(o["shape"], where + ".shape", allow_negative=True)
        elif op == "transpose":
            if o.get("axes") is not None:
                p["axes"] = _axis_param(o["axes"], where + ".axes")
                if not isinstance(p["axes"], tuple):
                    raise CaseInputError("%s.axes: expected a list" % where)
            else:
                p["axes"] = None
        elif op in ("expand_dims",):
            if "axis" not in o:
                raise CaseInputError("%s.axis: required" % where)
            p["axis"] = _axis_param(o["axis"], where + ".axis")
        elif op == "squeeze":
            p["axis"] = _axis_param(o.get("axis"), where + ".axis")
        elif op == "getitem":
            if "index" not in o:
                raise CaseInputError("%s.index: required" % where)
            p["index"] = _index_param(o["index"], where + ".index")
        elif op == "astype":
            if "dtype" not in o:
                raise CaseInputError("%s.dtype: required" % where)
            p["dtype"] = parse_dtype(o["dtype"], where + ".dtype")
            p["casting"] = self._casting(o, where, "unsafe")
        elif op in ("concatenate", "stack"):
            p["axis"] = _axis_param(o.get("axis", 0), where + ".axis", allow_list=False)
        elif op in BINARY_UFUNCS or op in UNARY_UFUNCS:
            if "dtype" in o:
                p["dtype"] = parse_dtype(o["dtype"], where + ".dtype")
            p["casting"] = self._casting(o, where, "same_kind")
        elif op in REDUCTIONS:
            p["axis"] = _axis_param(o.get("axis"), where + ".axis")
            kd = o.get("keepdims", False)
            if not isinstance(kd, bool):
                raise CaseInputError("%s.keepdims: expected true or false" % where)
            p["keepdims"] = kd
            if "dtype" in o:
                p["dtype"] = parse_dtype(o["dtype"], where + ".dtype")
        return p

    @staticmethod
    def _order(o, where):
        order = o.get("order", "C")
        if order not in ("C", "F"):
            raise CaseInputError("%s.order: expected \"C\" or \"F\"" % where)
        return order

    @staticmethod
    def _casting(o, where, default):
        c = o.get("casting", default)
        if c not in CASTINGS:
            raise CaseInputError("%s.casting: unknown casting %s" % (where, _show(c)))
        return c


def _as_array_like(v):
    return v if hasattr(v, "astype") else np.asarray(v)


def call_numpy(op, params, args):
    """Runs one operation with NumPy. args are the operand values; raises
    whatever NumPy raises."""
    p = params
    a = args[0]
    if op == "reshape":
        return np.reshape(a, p["shape"], order=p["order"])
    if op == "transpose":
        return np.transpose(a, p["axes"])
    if op == "expand_dims":
        return np.expand_dims(a, p["axis"])
    if op == "squeeze":
        return np.squeeze(a, axis=p["axis"])
    if op == "broadcast_to":
        return np.broadcast_to(a, p["shape"])
    if op == "getitem":
        return _as_array_like(a)[p["index"]]
    if op == "astype":
        return _as_array_like(a).astype(p["dtype"], casting=p["casting"])
    if op == "copy":
        return np.copy(a)
    if op == "ascontiguousarray":
        return np.ascontiguousarray(a)
    if op == "asfortranarray":
        return np.asfortranarray(a)
    if op == "ravel":
        return np.ravel(a, order=p["order"])
    if op == "concatenate":
        return np.concatenate(list(args), axis=p["axis"])
    if op == "stack":
        return np.stack(list(args), axis=p["axis"])
    if op in BINARY_UFUNCS or op in UNARY_UFUNCS:
        kw = {"casting": p["casting"]}
        if "dtype" in p:
            kw["dtype"] = p["dtype"]
        return getattr(np, op)(*args, **kw)
    if op in REDUCTIONS:
        kw = {"axis": p["axis"], "keepdims": p["keepdims"]}
        if "dtype" in p:
            kw["dtype"] = p["dtype"]
        return getattr(np, op)(a, **kw)
    if op in ("to_numpy", "from_numpy"):
        return np.asarray(a)  # NumPy's side of a crossing: no copy
    if op == "dlpack_roundtrip":
        return np.from_dlpack(_as_array_like(a))
    if op == "npy_roundtrip":
        buf = io.BytesIO()
        np.save(buf, _as_array_like(a), allow_pickle=False)
        buf.seek(0)
        return np.load(buf, allow_pickle=False)
    raise AssertionError("unhandled op " + op)


# --------------------------------------------------------------- cases

_CASE_KEYS = {"ndparity", "name", "tags", "inputs", "steps", "expect", "tolerance"}
_EXPECT_KEYS = {"dtype", "shape", "data", "view", "error"}


class Case:
    """A parsed case. Raises CaseInputError (or Unsupported) from the constructor."""

    def __init__(self, obj, file="<memory>", line=1):
        self.file, self.line, self.obj = file, line, obj
        self.name = obj.get("name") if isinstance(obj, dict) else None
        if not isinstance(obj, dict):
            raise CaseInputError("a case must be a JSON object")
        for k in obj:
            if k not in _CASE_KEYS and not k.startswith("x-"):
                raise CaseInputError("unknown key %s" % _show(k))
        if obj.get("ndparity") != FORMAT_VERSION:
            raise CaseInputError("ndparity: expected 1, found %s" % _show(obj.get("ndparity")))
        if not isinstance(self.name, str) or not self.name:
            raise CaseInputError("name: required string")
        tags = obj.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise CaseInputError("tags: expected a list of strings")
        self.tags = tags
        inputs = obj.get("inputs")
        if not isinstance(inputs, dict):
            raise CaseInputError("inputs: required object")
        self.input_specs = inputs
        steps = obj.get("steps")
        if not isinstance(steps, list) or not steps:
            raise CaseInputError("steps: required non-empty list")
        names = set(inputs)
        self.steps = []
        for i, s in enumerate(steps):
            st = Step(s, names, "steps[%d]" % i)
            if st.id in names:
                raise CaseInputError("steps[%d].id: %s is already used" % (i, _show(st.id)))
            names.add(st.id)
            self.steps.append(st)
        self.expect = obj.get("expect", {})
        if not isinstance(self.expect, dict):
            raise CaseInputError("expect: expected an object")
        ids = {s.id for s in self.steps}
        for sid, e in self.expect.items():
            w = "expect.%s" % sid
            if sid not in ids:
                raise CaseInputError("%s: no step has this id" % w)
            if not isinstance(e, dict):
                raise CaseInputError("%s: expected an object" % w)
            for k in e:
                if k not in _EXPECT_KEYS and not k.startswith("x-"):
                    raise CaseInputError("%s: unknown key %s" % (w, _show(k)))
            if "error" in e:
                if e["error"] not in ERROR_CLASSES:
                    raise CaseInputError("%s.error: unknown class %s" % (w, _show(e["error"])))
                if any(k in e for k in ("dtype", "shape", "data", "view")):
                    raise CaseInputError("%s: error excludes the other keys" % w)
            if "dtype" in e:
                parse_dtype(e["dtype"], w + ".dtype")
            if "shape" in e:
                parse_shape(e["shape"], w + ".shape")
            if "view" in e and not isinstance(e["view"], bool):
                raise CaseInputError("%s.view: expected true or false" % w)
            if "data" in e and not isinstance(e["data"], list):
                raise CaseInputError("%s.data: expected a list" % w)
        self.tolerance = None
        if "tolerance" in obj:
            t = obj["tolerance"]
            if not isinstance(t, dict) or not set(t) <= {"rtol", "atol"}:
                raise CaseInputError("tolerance: expected {\"rtol\": x, \"atol\": y}")
            self.tolerance = (float(t.get("rtol", 0.0)), float(t.get("atol", 0.0)))
        # Inputs last: a bad value is reported after the structure is known good.
        self.inputs = {}
        for name, spec in inputs.items():
            self.inputs[name] = build_input(spec, "inputs.%s" % name)


class Outcome:
    """What one step did: status "ok" (value), "error" (cls, message) or
    "skipped" (an operand failed). args holds the resolved operand values."""
    __slots__ = ("step", "status", "value", "cls", "message", "args")

    def __init__(self, step, status, value=None, cls=None, message=None, args=None):
        self.step, self.status, self.value = step, status, value
        self.cls, self.message, self.args = cls, message, args


class InternalError(Exception):
    """NumPy raised something the error-class mapping does not know."""


def run_case(case):
    """Runs every step of a case with NumPy -> list of Outcome, in step order."""
    env = {name: arr for name, arr in case.inputs.items()}
    failed = set()
    out = []
    for st in case.steps:
        refs = [v for k, v in st.args if k == "ref"]
        if any(r in failed for r in refs):
            failed.add(st.id)
            out.append(Outcome(st, "skipped"))
            continue
        args = [env[v] if k == "ref" else v for k, v in st.args]
        try:
            with warnings.catch_warnings(), np.errstate(all="ignore"):
                warnings.simplefilter("ignore")
                value = call_numpy(st.op, st.params, args)
        except Exception as e:  # noqa: BLE001 -- every NumPy failure is classified
            cls = classify_exception(e)
            if cls is None:
                raise InternalError("step %s (%s): unexpected %s: %s"
                                    % (st.id, st.op, type(e).__name__, e)) from e
            failed.add(st.id)
            out.append(Outcome(st, "error", cls=cls, message="%s: %s" % (type(e).__name__, e),
                               args=args))
            continue
        env[st.id] = value
        out.append(Outcome(st, "ok", value=value, args=args))
    return out


def result_view(value, inputs):
    """True when value (an array) shares memory with any input array. A NumPy
    scalar (integer indexing to 0-d, a full reduction) is a copy."""
    if not isinstance(value, np.ndarray):
        return False
    return any(np.shares_memory(value, a) for a in inputs.values())


# ----------------------------------------------------------- value notation

_INT_EXACT = 2 ** 53


def encode_float(x):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if x == 0.0 and math.copysign(1.0, x) < 0:
        return "-0.0"
    return x


def encode_int(v):
    v = int(v)
    return str(v) if abs(v) > _INT_EXACT else v


def encode_values(arr):
    """An array's values in data notation, flattened in C order."""
    arr = np.asarray(arr)
    flat = arr.reshape(-1) if arr.ndim else arr.reshape(1)
    k = arr.dtype.kind
    if k == "b":
        return [bool(x) for x in flat]
    if k in "iu":
        return [encode_int(x) for x in flat.tolist()]
    if k == "f":
        return [encode_float(x) for x in flat.astype(np.float64).tolist()]
    if k == "c":
        return [[encode_float(z.real), encode_float(z.imag)]
                for z in flat.astype(np.complex128).tolist()]
    raise ValueError("unsupported dtype %s" % arr.dtype)


def describe(value, inputs, with_data=True):
    """A step's result as an expectation object (dtype, shape, view, data)."""
    arr = np.asarray(value)
    d = {"dtype": arr.dtype.name, "shape": list(arr.shape),
         "view": result_view(value, inputs)}
    if with_data:
        d["data"] = encode_values(arr)
    return d


# ----------------------------------------------------------- comparison

DEFAULT_TOL = {"float16": (1e-3, 1e-5), "float32": (1.3e-6, 1e-5), "complex64": (1.3e-6, 1e-5),
               "float64": (1e-7, 1e-7), "complex128": (1e-7, 1e-7)}


def _close(actual, expected, rtol, atol):
    if math.isnan(expected) or math.isnan(actual):
        return math.isnan(expected) and math.isnan(actual)
    if math.isinf(expected) or math.isinf(actual):
        return actual == expected
    return abs(actual - expected) <= atol + rtol * abs(expected)


def compare_data(arr, expected, tolerance=None):
    """None when the values match, else a short description of the first difference."""
    arr = np.asarray(arr)
    flat = arr.reshape(-1).tolist() if arr.ndim else [arr.item()]
    if len(expected) != len(flat):
        return "%d values expected, %d found" % (len(expected), len(flat))
    k = arr.dtype.kind
    rtol, atol = tolerance or DEFAULT_TOL.get(arr.dtype.name, (0.0, 0.0))
    for i, (a, e) in enumerate(zip(flat, expected)):
        try:
            ev = parse_value(e, arr.dtype, "data[%d]" % i)
        except CaseInputError as ex:
            return str(ex)
        if k in "biu":
            ok = (a == ev)
        elif k == "f":
            ok = _close(float(a), ev, rtol, atol)
        else:
            ok = _close(a.real, ev.real, rtol, atol) and _close(a.imag, ev.imag, rtol, atol)
        if not ok:
            return "[%d]: expected %s, found %s" % (i, json.dumps(e), json.dumps(
                encode_values(np.asarray(a, dtype=arr.dtype))[0]))
    return None


def check_case(case, outcomes):
    """Compares outcomes with the case's expect block -> list of
    (step id, field, expected, actual) failures; empty when the case passes."""
    fails = []
    by_id = {o.step.id: o for o in outcomes}
    for sid, e in case.expect.items():
        o = by_id[sid]
        if o.status == "skipped":
            continue  # an operand failed: no expectation applies
        if o.status == "error":
            if e.get("error") != o.cls:
                fails.append((sid, "error", e.get("error"), "%s (%s)" % (o.cls, o.message)))
            continue
        if "error" in e:
            arr = np.asarray(o.value)
            fails.append((sid, "error", e["error"],
                          "no error (%s %s)" % (arr.dtype.name, _pyshape(arr.shape))))
            continue
        arr = np.asarray(o.value)
        if "dtype" in e and parse_dtype(e["dtype"]).name != arr.dtype.name:
            fails.append((sid, "dtype", e["dtype"], arr.dtype.name))
        if "shape" in e and list(e["shape"]) != list(arr.shape):
            fails.append((sid, "shape", e["shape"], list(arr.shape)))
        if "view" in e:
            v = result_view(o.value, case.inputs)
            if v != e["view"]:
                fails.append((sid, "view", e["view"], v))
        if "data" in e and list(e.get("shape", arr.shape)) == list(arr.shape):
            msg = compare_data(arr, e["data"], case.tolerance)
            if msg:
                fails.append((sid, "data", "values", msg))
    return fails


# ----------------------------------------------------------- loading

class LoadedCase:
    """One entry of a loaded corpus: a Case, or the error that stopped it."""
    __slots__ = ("file", "line", "name", "case", "error", "unsupported")

    def __init__(self, file, line, name=None, case=None, error=None, unsupported=False):
        self.file, self.line, self.name = file, line, name
        self.case, self.error, self.unsupported = case, error, unsupported


def list_case_files(paths):
    """Paths (files or directories) -> case files, directories walked
    recursively in sorted path order."""
    files = []
    for p in paths:
        if os.path.isdir(p):
            found = []
            for root, dirs, names in os.walk(p):
                dirs.sort()
                for n in names:
                    if n.endswith(".json") or n.endswith(".jsonl"):
                        found.append(os.path.join(root, n))
            files.extend(sorted(found))
        else:
            files.append(p)
    return files


def _make(obj, file, line):
    name = obj.get("name") if isinstance(obj, dict) else None
    try:
        return LoadedCase(file, line, name, case=Case(obj, file, line))
    except Unsupported as e:
        return LoadedCase(file, line, name, error=str(e), unsupported=True)
    except CaseInputError as e:
        return LoadedCase(file, line, name, error=str(e))


def load_file(path):
    """One .json or .jsonl file -> list of LoadedCase."""
    out = []
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        return [LoadedCase(path, 0, error="cannot read: %s" % e)]
    if path.endswith(".jsonl"):
        for lineno, line in enumerate(text.split("\n"), 1):
            s = line.strip()
            if not s or s.startswith("//"):
                continue
            try:
                obj = json.loads(s)
            except json.JSONDecodeError as e:
                out.append(LoadedCase(path, lineno, error="%d:%d: %s" % (lineno, e.colno, e.msg)))
                continue
            out.append(_make(obj, path, lineno))
        return out
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        return [LoadedCase(path, e.lineno, error="%d:%d: %s" % (e.lineno, e.colno, e.msg))]
    if isinstance(obj, dict) and "cases" in obj and "steps" not in obj:
        if obj.get("ndparity") != FORMAT_VERSION or not isinstance(obj["cases"], list):
            return [LoadedCase(path, 1, error="expected {\"ndparity\": 1, \"cases\": [...]}")]
        return [_make(c, path, 1) for c in obj["cases"]]
    return [_make(obj, path, 1)]


def load_paths(paths):
    """Files and directories -> list of LoadedCase in deterministic order."""
    out = []
    for f in list_case_files(paths):
        out.extend(load_file(f))
    return out
