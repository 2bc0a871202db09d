"""Generates the expectation tables of oracles/tests/test_shape.c and
oracles/tests/test_reduce.c from real NumPy.

Run with Debian's NumPy (the truth of the project):

    /usr/bin/python3 tools/gen_oracle_test_tables.py

It rewrites the region between the "BEGIN GENERATED" and "END GENERATED"
lines of both test files (then runs clang-format on them when it is
installed). Each row names an operation, its operands and
parameters, and what NumPy 1.24.2 with NPY_PROMOTION_STATE=weak gives: the
error class (as tools/ndp_numpy.py classifies NumPy's exceptions), or the
result's dtype, shape, values and whether it shares memory with an input.

Operands are built the same way in C (oracles/tests/*) and here:
- element i (C order of the logical index) is made from b(i) =
  ((37 i + 11) mod 101) - 50: booleans b(i) > 0, signed integers b(i),
  unsigned integers b(i) + 50, floats b(i) * 0.1 rounded to the dtype,
  complex b(i) * 0.1 + 1j * b(i + 50) * 0.1; or from explicit values;
- then laid out in C or F order, byte-swapped for a '>' dtype, and viewed
  through `pre`, applied left to right: T transpose, R reverse axis 0,
  r reverse the last axis, S step 2 on the last axis, s a[1::2].
"""

import math
import os
import re
import shutil
import subprocess
import sys
import warnings

os.environ["NPY_PROMOTION_STATE"] = "weak"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np  # noqa: E402
import ndp_numpy  # noqa: E402

ndp_numpy.require_numpy()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# ----------------------------------------------------------------- operands

def base(i):
    return ((37 * i + 11) % 101) - 50


def parse_tokens(text, dt):
    toks = text.split()
    if dt.kind == "c":
        return [complex(float(toks[k]), float(toks[k + 1])) for k in range(0, len(toks), 2)]
    if dt.kind == "b":
        return [t in ("1", "true", "True") for t in toks]
    if dt.kind in "iu":
        return [int(t) for t in toks]
    return [float(t) for t in toks]


def make_array(spec):
    """An operand as the C test builds it (spec: dict with dtype, shape,
    order, pre, data)."""
    name = spec["dtype"]
    if name.startswith("py"):
        kind = name[2:]
        text = spec["data"]
        if kind == "int":
            return int(text)
        if kind == "float":
            return float(text)
        if kind == "bool":
            return text == "1"
        re_, im = text.split()
        return complex(float(re_), float(im))
    dt = np.dtype(name)
    native = dt.newbyteorder("=")
    shape = tuple(spec["shape"])
    n = int(np.prod(shape)) if shape else 1
    if spec.get("data") is not None:
        vals = parse_tokens(spec["data"], native)
        assert len(vals) == n, (spec, len(vals), n)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if native.kind in "biu":
                flat = np.array(vals, dtype=native)
            else:
                flat = np.array(vals, dtype=np.complex128 if native.kind == "c" else np.float64)
                flat = flat.astype(native)
    else:
        b = np.array([base(i) for i in range(n)], dtype=np.int64)
        if native.kind == "b":
            flat = b > 0
        elif native.kind == "i":
            flat = b.astype(native)
        elif native.kind == "u":
            flat = (b + 50).astype(native)
        elif native.kind == "f":
            flat = (b * 0.1).astype(native)
        else:
            b2 = np.array([base(i + 50) for i in range(n)], dtype=np.int64)
            flat = (b * 0.1 + 1j * (b2 * 0.1)).astype(native)
    arr = flat.reshape(shape)
    if spec.get("order", "C") == "F" and arr.ndim > 0:
        arr = np.asfortranarray(arr)
    else:
        arr = np.ascontiguousarray(arr) if arr.ndim > 0 else arr.copy()
    if dt != native:
        arr = np.array(arr, dtype=dt, order="K", copy=True)
        assert (arr.ndim == 0 or arr.flags.f_contiguous) if spec.get("order") == "F" else True
    for p in spec.get("pre", ""):
        if p == "T":
            arr = arr.T
        elif p == "R":
            arr = arr[::-1]
        elif p == "r":
            arr = arr[..., ::-1]
        elif p == "S":
            arr = arr[..., ::2]
        elif p == "s":
            arr = arr[1::2]
        else:
            raise ValueError(p)
    return arr


def A(dtype, shape=(), order="C", pre="", data=None):
    return {"dtype": dtype, "shape": list(shape), "order": order, "pre": pre, "data": data}


def PY(kind, text):
    return {"dtype": "py" + kind, "shape": [], "order": "C", "pre": "", "data": text}


# ----------------------------------------------------------------- running

def parse_index(text):
    if text.strip() == "":
        return ()
    items = []
    for tok in text.split(","):
        tok = tok.strip()
        if tok == "None":
            items.append(None)
        elif tok == "...":
            items.append(Ellipsis)
        elif ":" in tok:
            parts = [p.strip() for p in tok.split(":")]
            while len(parts) < 3:
                parts.append("")
            items.append(slice(*[int(p) if p else None for p in parts]))
        else:
            items.append(int(tok))
    return tuple(items)


def axis_value(row):
    mode = row.get("axis_mode", "absent")
    if mode == "int":
        return row["axes"][0]
    if mode == "list":
        return tuple(row["axes"])
    return None


def run_shape(row, arrays):
    a = arrays[0]
    op = row["op"]
    if op == "reshape":
        return np.reshape(a, row["shape"], order=row.get("order", "C"))
    if op == "transpose":
        return np.transpose(a, tuple(row["axes"]) if row.get("axis_mode") == "list" else None)
    if op == "expand_dims":
        return np.expand_dims(a, axis_value(row))
    if op == "squeeze":
        return np.squeeze(a, axis=axis_value(row))
    if op == "broadcast_to":
        return np.broadcast_to(a, row["shape"])
    if op == "getitem":
        return ndp_numpy._as_array_like(a)[parse_index(row["index"])]
    if op == "astype":
        return ndp_numpy._as_array_like(a).astype(row["dtype"], casting=row.get("casting", "unsafe"))
    if op == "copy":
        return np.copy(a)
    if op == "ascontiguousarray":
        return np.ascontiguousarray(a)
    if op == "asfortranarray":
        return np.asfortranarray(a)
    if op == "ravel":
        return np.ravel(a, order=row.get("order", "C"))
    if op == "concatenate":
        ax = 0 if row.get("axis_mode", "absent") == "absent" else axis_value(row)
        return np.concatenate(list(arrays), axis=ax)
    if op == "stack":
        ax = 0 if row.get("axis_mode", "absent") == "absent" else axis_value(row)
        return np.stack(list(arrays), axis=ax)
    raise ValueError(op)


def run_reduce(row, arrays):
    kw = {"axis": axis_value(row), "keepdims": row.get("keepdims", False)}
    if row.get("dtype"):
        kw["dtype"] = row["dtype"]
    return getattr(np, row["op"])(arrays[0], **kw)


def fmt_float(x):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return repr(x)


def fmt_values(arr):
    flat = arr.reshape(-1)
    k = arr.dtype.kind
    if k == "b":
        return " ".join("1" if x else "0" for x in flat.tolist())
    if k in "iu":
        return " ".join(str(int(x)) for x in flat.tolist())
    if k == "f":
        return " ".join(fmt_float(x) for x in flat.astype(np.float64).tolist())
    return " ".join("%s %s" % (fmt_float(z.real), fmt_float(z.imag))
                    for z in flat.astype(np.complex128).tolist())


def outcome(row, runner):
    arrays = [make_array(s) for s in row["args"]]
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            value = runner(row, arrays)
    except Exception as e:  # noqa: BLE001 -- classified like the harness does
        cls = ndp_numpy.classify_exception(e)
        if cls is None:
            raise
        return {"error": cls}
    res = np.asarray(value)
    view = isinstance(value, np.ndarray) and any(
        isinstance(x, np.ndarray) and np.shares_memory(value, x) for x in arrays)
    return {"dtype": res.dtype.name, "shape": list(res.shape), "view": view,
            "data": fmt_values(res)}


# ----------------------------------------------------------------- C output

OPS = {"reshape": "NDP_OP_RESHAPE", "transpose": "NDP_OP_TRANSPOSE",
       "expand_dims": "NDP_OP_EXPAND_DIMS", "squeeze": "NDP_OP_SQUEEZE",
       "broadcast_to": "NDP_OP_BROADCAST_TO", "getitem": "NDP_OP_GETITEM",
       "astype": "NDP_OP_ASTYPE", "copy": "NDP_OP_COPY",
       "ascontiguousarray": "NDP_OP_ASCONTIGUOUSARRAY",
       "asfortranarray": "NDP_OP_ASFORTRANARRAY", "ravel": "NDP_OP_RAVEL",
       "concatenate": "NDP_OP_CONCATENATE", "stack": "NDP_OP_STACK",
       "sum": "NDP_OP_SUM", "prod": "NDP_OP_PROD", "min": "NDP_OP_MIN", "max": "NDP_OP_MAX",
       "mean": "NDP_OP_MEAN", "argmin": "NDP_OP_ARGMIN", "argmax": "NDP_OP_ARGMAX",
       "any": "NDP_OP_ANY", "all": "NDP_OP_ALL"}
AXIS_MODES = {"absent": "AX_ABSENT", "int": "AX_INT", "list": "AX_LIST", "null": "AX_NULL"}


def c_str(s):
    if s is None:
        return "NULL"
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def c_ints(vals):
    return "{" + ", ".join(str(v) for v in vals) + "}" if vals else "{0}"


def c_arr(spec):
    if spec is None:
        return "{NULL, 0, {0}, 'C', \"\", NULL}"
    return "{%s, %d, %s, '%s', %s, %s}" % (c_str(spec["dtype"]), len(spec["shape"]),
                                           c_ints(spec["shape"]), spec["order"],
                                           c_str(spec["pre"]), c_str(spec["data"]))


def c_expect(e):
    if "error" in e:
        return ".error = %s" % c_str(e["error"])
    return (".rdtype = %s, .rndim = %d, .rshape = %s, .view = %s,\n     .data = %s"
            % (c_str(e["dtype"]), len(e["shape"]), c_ints(e["shape"]),
               "true" if e["view"] else "false", c_str(e["data"])))


def c_row(row, e):
    args = row["args"]
    parts = [".name = %s" % c_str(row["name"]), ".op = %s" % OPS[row["op"]],
             ".nargs = %d" % len(args),
             ".args = {%s}" % ", ".join(c_arr(s) for s in args)]
    if "shape" in row:
        parts.append(".nshape = %d, .shape = %s" % (len(row["shape"]), c_ints(row["shape"])))
    if row.get("order", "C") != "C":
        parts.append(".order = '%s'" % row["order"])
    mode = row.get("axis_mode", "absent")
    if mode != "absent":
        parts.append(".axis_mode = %s" % AXIS_MODES[mode])
    if mode in ("int", "list"):
        parts.append(".naxes = %d, .axes = %s" % (len(row["axes"]), c_ints(row["axes"])))
    if "index" in row:
        parts.append(".index = %s" % c_str(row["index"]))
    if row.get("dtype"):
        parts.append(".dtype = %s" % c_str(row["dtype"]))
    if row.get("casting"):
        parts.append(".casting = %s" % c_str(row["casting"]))
    if row.get("keepdims"):
        parts.append(".keepdims = true")
    parts.append(c_expect(e))
    return "    {" + ",\n     ".join(parts) + "},"


def rewrite(path, rows, runner, table):
    lines = ["/* BEGIN GENERATED by tools/gen_oracle_test_tables.py from NumPy %s"
             " (NPY_PROMOTION_STATE=weak); do not edit */" % np.__version__,
             "static const struct row %s[] = {" % table]
    names = set()
    for row in rows:
        assert row["name"] not in names, row["name"]
        names.add(row["name"])
        lines.append(c_row(row, outcome(row, runner)))
    lines.append("};")
    lines.append("/* END GENERATED */")
    text = open(path).read()
    pat = re.compile(r"/\* BEGIN GENERATED.*?/\* END GENERATED \*/", re.S)
    if not pat.search(text):
        sys.exit("%s: no BEGIN/END GENERATED markers" % path)
    text = pat.sub(lambda m: "\n".join(lines), text, count=1)
    with open(path, "w") as f:
        f.write(text)
    # the house style (.clang-format) applies to generated tables too
    fmt = shutil.which("clang-format")
    if fmt:
        subprocess.run([fmt, "-i", path], check=True)
    print("%s: %d rows" % (os.path.relpath(path, ROOT), len(rows)))


# ----------------------------------------------------------------- the rows

def R(name, op, args, **kw):
    row = {"name": name, "op": op, "args": args}
    if "axis" in kw:
        ax = kw.pop("axis")
        if ax is None:
            row["axis_mode"] = "null"
        elif isinstance(ax, (list, tuple)):
            row["axis_mode"], row["axes"] = "list", list(ax)
        else:
            row["axis_mode"], row["axes"] = "int", [ax]
    row.update(kw)
    return row


NAN3 = "1.5 nan -2 nan"


def shape_rows():
    f8, c23, f23 = A("float64", (2, 3)), A("int32", (2, 3)), A("float32", (2, 3), "F")
    rows = [
        # reshape: views and copies as _attempt_nocopy_reshape decides
        R("reshape_c_contiguous_view", "reshape", [f8], shape=[3, 2]),
        R("reshape_minus_one", "reshape", [A("int16", (2, 3, 4))], shape=[4, -1]),
        R("reshape_same_shape_noncontig_view", "reshape", [A("int32", (3, 4), pre="T")], shape=[4, 3]),
        R("reshape_transposed_flatten_copies", "reshape", [A("int32", (3, 4), pre="T")], shape=[-1]),
        R("reshape_transposed_flatten_f_view", "reshape", [A("int32", (3, 4), pre="T")], shape=[-1], order="F"),
        R("reshape_f_input_c_order_copies", "reshape", [A("float32", (2, 3), "F")], shape=[3, 2]),
        R("reshape_f_input_f_order_view", "reshape", [A("float32", (2, 3), "F")], shape=[3, 2], order="F"),
        R("reshape_c_input_f_order_copies", "reshape", [f8], shape=[3, 2], order="F"),
        R("reshape_split_strided_axis_view", "reshape", [A("uint8", (4, 6), pre="S")], shape=[2, 2, 3]),
        R("reshape_merge_strided_axes_copies", "reshape", [A("uint8", (4, 6), pre="S")], shape=[12]),
        R("reshape_merge_outer_strided_copies", "reshape", [A("int64", (4, 3, 2), pre="s")], shape=[6, 2]),
        R("reshape_merge_inner_of_strided_view", "reshape", [A("int64", (4, 3, 2), pre="s")], shape=[2, 6]),
        R("reshape_merge_f_order_view", "reshape", [A("int64", (3, 4, 2), "F", pre="S")], shape=[12, 1], order="F"),
        R("reshape_negative_stride_split_view", "reshape", [A("int64", (6, 2), pre="R")], shape=[2, 3, 2]),
        R("reshape_negative_stride_merge_view", "reshape", [A("int64", (6, 2), pre="R")], shape=[3, 2, 2]),
        R("reshape_reversed_inner_merge_copies", "reshape", [A("int64", (3, 4), pre="r")], shape=[12]),
        R("reshape_insert_ones_noncontig_view", "reshape", [A("int8", (4, 6), pre="S")], shape=[1, 4, 1, 3, 1]),
        R("reshape_insert_ones_noncontig_f_view", "reshape", [A("int8", (4, 6), pre="S")], shape=[4, 1, 3, 1], order="F"),
        R("reshape_swapped_view_keeps_bytes", "reshape", [A(">f8", (2, 3))], shape=[6]),
        R("reshape_swapped_f_copy", "reshape", [A(">i4", (2, 3), "F")], shape=[6]),
        R("reshape_0d_to_1x1", "reshape", [A("complex64")], shape=[1, 1]),
        R("reshape_to_0d", "reshape", [A("uint16", (1, 1))], shape=[]),
        R("reshape_zero_size_view", "reshape", [A("float64", (0, 3))], shape=[-1]),
        R("reshape_zero_size_to_3_0", "reshape", [A("float64", (0, 3), "F")], shape=[3, 0]),
        R("reshape_zero_size_unknown_fails", "reshape", [A("float64", (0, 3))], shape=[0, -1]),
        R("reshape_size_mismatch_fails", "reshape", [f8], shape=[4]),
        R("reshape_two_unknown_fails", "reshape", [f8], shape=[-1, -1]),
        R("reshape_unknown_not_dividing_fails", "reshape", [f8], shape=[4, -1]),
        R("reshape_python_int", "reshape", [PY("int", "7")], shape=[1, 1]),
        R("reshape_python_float", "reshape", [PY("float", "2.5")], shape=[-1]),
        # transpose
        R("transpose_default_reverses", "transpose", [A("int16", (2, 3, 4))]),
        R("transpose_axes", "transpose", [A("int16", (2, 3, 4))], axis=[1, 0, 2]),
        R("transpose_negative_axes", "transpose", [A("int16", (2, 3, 4))], axis=[-1, 0, 1]),
        R("transpose_swapped_f", "transpose", [A(">c16", (2, 3), "F")]),
        R("transpose_wrong_length_fails", "transpose", [A("int16", (2, 3))], axis=[0]),
        R("transpose_out_of_bounds_fails", "transpose", [A("int16", (2, 3))], axis=[0, 2]),
        R("transpose_repeated_fails", "transpose", [A("int16", (2, 3))], axis=[1, 1]),
        R("transpose_0d", "transpose", [A("bool")]),
        # expand_dims
        R("expand_dims_int", "expand_dims", [f23], axis=1),
        R("expand_dims_negative", "expand_dims", [f23], axis=-1),
        R("expand_dims_list", "expand_dims", [A("int8", (3,), pre="R")], axis=[0, 2]),
        R("expand_dims_list_negative", "expand_dims", [A("int8", (3,))], axis=[-1, 0]),
        R("expand_dims_noncontig", "expand_dims", [A("uint32", (3, 4), pre="TS")], axis=[1]),
        R("expand_dims_out_of_bounds_fails", "expand_dims", [f23], axis=3),
        R("expand_dims_repeated_fails", "expand_dims", [f23], axis=[0, -4]),
        R("expand_dims_0d", "expand_dims", [A("float16")], axis=0),
        # squeeze
        R("squeeze_all", "squeeze", [A("int32", (1, 3, 1, 2))]),
        R("squeeze_axis", "squeeze", [A("int32", (1, 3, 1, 2))], axis=2),
        R("squeeze_axis_list", "squeeze", [A("int32", (1, 3, 1, 2), "F")], axis=[0, -2]),
        R("squeeze_non_one_fails", "squeeze", [A("int32", (1, 3))], axis=1),
        R("squeeze_out_of_bounds_fails", "squeeze", [A("int32", (1, 3))], axis=2),
        R("squeeze_repeated_fails", "squeeze", [A("int32", (1, 3, 1))], axis=[0, -3]),
        R("squeeze_0d_axis_0", "squeeze", [A("uint64")], axis=0),
        R("squeeze_0d_axis_list_fails", "squeeze", [A("uint64")], axis=[0]),
        R("squeeze_nothing", "squeeze", [A("int32", (2, 3), pre="R")]),
        # broadcast_to
        R("broadcast_to_prepends_and_stretches", "broadcast_to", [A("int16", (3, 1))], shape=[2, 3, 4]),
        R("broadcast_to_same", "broadcast_to", [A(">f4", (2, 3), pre="r")], shape=[2, 3]),
        R("broadcast_to_zero_size", "broadcast_to", [A("int16", (1, 3))], shape=[0, 3]),
        R("broadcast_to_0d", "broadcast_to", [A("complex128")], shape=[2, 2]),
        R("broadcast_to_incompatible_fails", "broadcast_to", [A("int16", (3,))], shape=[4]),
        R("broadcast_to_lower_rank_fails", "broadcast_to", [A("int16", (2, 3))], shape=[3]),
        R("broadcast_to_scalar_fails", "broadcast_to", [A("int16", (2,))], shape=[]),
        R("broadcast_to_negative_fails", "broadcast_to", [A("int16", (3,))], shape=[-1, 3]),
        R("broadcast_to_python_bool", "broadcast_to", [PY("bool", "1")], shape=[3]),
        # getitem
        R("getitem_int_row", "getitem", [A("int32", (3, 4))], index="1"),
        R("getitem_negative_int", "getitem", [A("int32", (3, 4))], index="-1, 2:"),
        R("getitem_full_int_copies", "getitem", [A("int32", (3, 4))], index="2, -1"),
        R("getitem_full_int_swapped_copies", "getitem", [A(">i8", (3, 4), "F")], index="-3, 3"),
        R("getitem_int_out_of_bounds_fails", "getitem", [A("int32", (5,))], index="5"),
        R("getitem_negative_out_of_bounds_fails", "getitem", [A("int32", (5,))], index="-6"),
        R("getitem_slice_negative_step", "getitem", [A("float32", (7,))], index="::-2"),
        R("getitem_slice_bounds_clamped", "getitem", [A("float32", (7,))], index="-100:100:3"),
        R("getitem_slice_negative_step_start", "getitem", [A("float32", (7,))], index="5:1:-2"),
        R("getitem_slice_empty", "getitem", [A("float32", (7,))], index="4:2"),
        R("getitem_slice_huge_step", "getitem", [A("float32", (7,))], index="1::9223372036854775807"),
        R("getitem_slice_huge_negative_step", "getitem", [A("float32", (7,))], index="::-9223372036854775808"),
        R("getitem_step_zero_fails", "getitem", [A("float32", (7,))], index="::0"),
        R("getitem_int_before_step_zero", "getitem", [A("float32", (2, 3))], index="5, ::0"),
        R("getitem_step_zero_before_int", "getitem", [A("float32", (2, 3))], index="::0, 5"),
        R("getitem_newaxis", "getitem", [A("uint8", (2, 3))], index="None, :, None"),
        R("getitem_ellipsis_middle", "getitem", [A("uint8", (2, 3, 4))], index="1, ..., ::-1"),
        R("getitem_int_and_ellipsis_is_view", "getitem", [A("uint8", (3,))], index="1, ..."),
        R("getitem_two_ellipses_fails", "getitem", [A("uint8", (2, 3))], index="..., 0, ..."),
        R("getitem_too_many_fails", "getitem", [A("uint8", (2, 3))], index="1, 2, 0"),
        R("getitem_empty_tuple_0d_copies", "getitem", [A("float64")], index=""),
        R("getitem_ellipsis_0d_view", "getitem", [A("float64")], index="..."),
        R("getitem_empty_tuple_2d_view", "getitem", [A("float64", (2, 3))], index=""),
        R("getitem_on_reversed_f", "getitem", [A("complex64", (3, 4), "F", pre="R")], index=":, 1::2"),
        R("getitem_on_swapped", "getitem", [A(">f2", (4, 3))], index="::-1, 1"),
        R("getitem_zero_size_axis", "getitem", [A("int16", (0, 3))], index=":, 1"),
        R("getitem_zero_size_int_fails", "getitem", [A("int16", (0, 3))], index="0"),
        R("getitem_python_int", "getitem", [PY("int", "-4")], index=""),
        # astype
        R("astype_unsafe_float_to_int", "astype", [A("float64", (2, 3))], dtype="int8"),
        R("astype_safe_fails", "astype", [A("float64", (2, 3))], dtype="int8", casting="safe"),
        R("astype_safe_widening", "astype", [A("int16", (2, 3), "F")], dtype="float32", casting="safe"),
        R("astype_same_kind_fails", "astype", [A("float32", (3,))], dtype="int64", casting="same_kind"),
        R("astype_same_kind_narrowing", "astype", [A("float64", (3,))], dtype="float16", casting="same_kind"),
        R("astype_no_swapped_fails", "astype", [A(">i4", (3,))], dtype="int32", casting="no"),
        R("astype_equiv_swapped", "astype", [A(">i4", (3,))], dtype="int32", casting="equiv"),
        R("astype_no_same_native", "astype", [A("int32", (3,), pre="R")], dtype="int32", casting="no"),
        R("astype_complex_to_float_drops_imag", "astype", [A("complex128", (2, 2))], dtype="float32"),
        R("astype_to_bool", "astype", [A("float32", (5,), data="0 -0.0 nan 0.5 -inf")], dtype="bool"),
        R("astype_int_wraps", "astype", [A("int16", (3,), data="300 -129 255")], dtype="int8"),
        R("astype_0d_fails", "astype", [A("float64")], dtype="int8", casting="safe"),
        R("astype_noncontig", "astype", [A("uint16", (3, 4), "F", pre="TS")], dtype="uint64"),
        # copies and layouts
        R("copy_f", "copy", [A("float32", (2, 3), "F")]),
        R("copy_swapped_reversed", "copy", [A(">u4", (2, 3), pre="Rr")]),
        R("copy_0d", "copy", [A("bool")]),
        R("ascontiguousarray_c_view", "ascontiguousarray", [A("int64", (2, 3))]),
        R("ascontiguousarray_swapped_view", "ascontiguousarray", [A(">i8", (2, 3))]),
        R("ascontiguousarray_f_copies", "ascontiguousarray", [A("int64", (2, 3), "F")]),
        R("ascontiguousarray_strided_copies", "ascontiguousarray", [A("int64", (2, 6), pre="S")]),
        R("ascontiguousarray_0d_becomes_1d_view", "ascontiguousarray", [A("int64")]),
        R("ascontiguousarray_size_one_axes_view", "ascontiguousarray", [A("int64", (3, 1), "F")]),
        R("asfortranarray_f_view", "asfortranarray", [A("float16", (2, 3), "F")]),
        R("asfortranarray_c_copies", "asfortranarray", [A("float16", (2, 3))]),
        R("asfortranarray_1d_view", "asfortranarray", [A("float16", (4,))]),
        R("asfortranarray_0d_becomes_1d_view", "asfortranarray", [A("float16")]),
        R("ravel_c_view", "ravel", [A("int32", (2, 3))]),
        R("ravel_f_input_copies", "ravel", [A("int32", (2, 3), "F")]),
        R("ravel_f_input_f_order_view", "ravel", [A("int32", (2, 3), "F")], order="F"),
        R("ravel_transposed_f_order_view", "ravel", [A("int32", (2, 3), pre="T")], order="F"),
        R("ravel_strided_1d_copies", "ravel", [A("int32", (6,), pre="S")]),
        R("ravel_reversed_copies", "ravel", [A("int32", (4,), pre="R")]),
        R("ravel_0d_view", "ravel", [A("complex128")]),
        R("ravel_zero_size", "ravel", [A("int32", (2, 0))]),
        # concatenate
        R("concatenate_axis0", "concatenate", [A("int16", (2, 3)), A("int16", (1, 3), "F")]),
        R("concatenate_axis1_promotes", "concatenate", [A("int8", (2, 2)), A("uint8", (2, 3))], axis=1),
        R("concatenate_axis_negative", "concatenate", [A("float32", (2, 2), pre="T"), A(">f8", (2, 1))], axis=-1),
        R("concatenate_int64_uint64_is_float64", "concatenate", [A("int64", (2,)), A("uint64", (3,))]),
        R("concatenate_flatten", "concatenate", [A("int16", (2, 3), "F"), A("bool", (2,)), A("int16")], axis=None),
        R("concatenate_zero_size_piece", "concatenate", [A("complex64", (0, 2)), A("complex64", (2, 2), pre="R")]),
        R("concatenate_three", "concatenate", [A("uint16", (1, 2)), A("uint16", (2, 2)), A("uint16", (1, 2))]),
        R("concatenate_shape_mismatch_fails", "concatenate", [A("int16", (2, 3)), A("int16", (2, 4))]),
        R("concatenate_ndim_mismatch_fails", "concatenate", [A("int16", (2, 3)), A("int16", (3,))]),
        R("concatenate_0d_fails", "concatenate", [A("int16"), A("int16")]),
        R("concatenate_axis_out_of_bounds_fails", "concatenate", [A("int16", (2, 3)), A("int16", (2, 3))], axis=2),
        R("concatenate_python_scalar_fails", "concatenate", [A("int8", (2,)), PY("int", "3")]),
        # stack
        R("stack_axis0", "stack", [A("int32", (2, 3)), A("int32", (2, 3), "F")]),
        R("stack_axis_last", "stack", [A("int32", (2, 3)), A("float16", (2, 3))], axis=-1),
        R("stack_axis_middle", "stack", [A("bool", (2, 2)), A("bool", (2, 2), pre="T")], axis=1),
        R("stack_0d", "stack", [A("int8"), A("float32"), PY("int", "5")]),
        R("stack_python_scalars", "stack", [PY("int", "5"), PY("float", "1.5")]),
        R("stack_shape_mismatch_fails", "stack", [A("int32", (2, 3)), A("int32", (3, 2))]),
        R("stack_axis_out_of_bounds_fails", "stack", [A("int32", (2, 3)), A("int32", (2, 3))], axis=3),
        R("stack_zero_size", "stack", [A("uint8", (0,)), A("uint8", (0,))], axis=1),
    ]
    return rows


def reduce_rows():
    rows = []
    # sum/prod accumulator dtypes, one row per input dtype
    for dt in ("bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
               "float16", "float32", "float64", "complex64", "complex128"):
        rows.append(R("sum_dtype_" + dt, "sum", [A(dt, (2, 3))]))
        rows.append(R("prod_dtype_" + dt, "prod", [A(dt, (2, 3))], axis=1))
        rows.append(R("mean_dtype_" + dt, "mean", [A(dt, (2, 3))], axis=0))
        rows.append(R("max_dtype_" + dt, "max", [A(dt, (2, 3))], axis=1))
        rows.append(R("argmin_dtype_" + dt, "argmin", [A(dt, (2, 3))], axis=1))
    rows += [
        # axes and keepdims
        R("sum_axis_list_keepdims", "sum", [A("int16", (2, 3, 4))], axis=[0, 2], keepdims=True),
        R("sum_axis_negative", "sum", [A("int16", (2, 3, 4), "F")], axis=-2),
        R("sum_axis_empty_list", "sum", [A("int8", (2, 3))], axis=[]),
        R("sum_null_keepdims", "sum", [A("uint8", (2, 3))], axis=None, keepdims=True),
        R("sum_repeated_axis_fails", "sum", [A("int16", (2, 3))], axis=[0, -2]),
        R("sum_axis_out_of_bounds_fails", "sum", [A("int16", (2, 3))], axis=[0, 2]),
        R("sum_0d_axis_0", "sum", [A("int16")], axis=0),
        R("sum_0d_axis_minus_1_keepdims", "sum", [A("int16")], axis=-1, keepdims=True),
        R("sum_0d_axis_list_fails", "sum", [A("int16")], axis=[0]),
        R("sum_empty_is_zero", "sum", [A("float32", (0, 3))], axis=0),
        R("prod_empty_is_one", "prod", [A("int8", (3, 0))], axis=1),
        R("sum_swapped_reversed", "sum", [A(">i4", (3, 4), pre="R")], axis=0),
        R("sum_python_int", "sum", [PY("int", "7")]),
        R("sum_python_float_keepdims", "sum", [PY("float", "2.5")], keepdims=True),
        # dtype=
        R("sum_float_to_int8_truncates", "sum", [A("float64", (4,), data="1.5 2.5 -0.7 100")], dtype="int8"),
        R("sum_int8_wraps_with_dtype", "sum", [A("int8", (3,), data="100 100 100")], dtype="int8"),
        R("sum_dtype_bool_is_or", "sum", [A("int32", (2, 3), data="0 0 0 0 2 0")], axis=1, dtype="bool"),
        R("prod_dtype_bool_is_and", "prod", [A("int32", (2, 3), data="1 3 5 1 0 2")], axis=1, dtype="bool"),
        R("sum_complex_to_float_drops_imag", "sum", [A("complex64", (3,))], dtype="float64"),
        R("sum_float32_as_float16", "sum", [A("float32", (40,))], dtype="float16"),
        R("mean_with_dtype_float16", "mean", [A("float64", (3, 5))], axis=1, dtype="float16"),
        R("mean_with_dtype_int8_truncates", "mean", [A("int64", (3,), data="1 2 4")], dtype="int8"),
        R("mean_with_dtype_complex64", "mean", [A("float32", (2, 5))], axis=1, dtype="complex64"),
        # integer wraparound
        R("prod_int64_wraps", "prod", [A("int64", (3,), data="4294967296 4294967296 3")]),
        R("prod_uint64_wraps", "prod", [A("uint64", (2,), data="18446744073709551615 3")]),
        R("sum_int64_wraps", "sum", [A("int64", (2,), data="9223372036854775807 2")]),
        R("prod_int32_widens", "prod", [A("int32", (3,), data="100000 100000 -3")]),
        # float16 accumulation: float32 within one inner loop, pairwise
        R("sum_float16_short", "sum", [A("float16", (7,))]),
        R("sum_float16_eight", "sum", [A("float16", (8,))]),
        R("sum_float16_block", "sum", [A("float16", (17,))]),
        R("sum_float16_pairwise_split", "sum", [A("float16", (300,))]),
        R("sum_float16_rows_pairwise", "sum", [A("float16", (3, 200))], axis=1),
        R("sum_float16_columns_round_each_step", "sum", [A("float16", (200, 3))], axis=0),
        R("sum_float16_f_columns_pairwise", "sum", [A("float16", (200, 3), "F")], axis=0),
        R("sum_float16_strided_full", "sum", [A("float16", (30, 20), pre="S")]),
        R("sum_float16_reversed", "sum", [A("float16", (150, 2), pre="R")], axis=0),
        R("sum_float16_large_buffer_chunks", "sum", [A("float16", (20000,))]),
        R("sum_float16_swapped", "sum", [A(">f2", (10000,))]),
        R("prod_float16_rounds_per_call", "prod", [A("float16", (40,), data=" ".join(["1.0009765625"] * 40))]),
        R("mean_float16_scalar", "mean", [A("float16", (300,))]),
        R("mean_float16_array", "mean", [A("float16", (3, 300))], axis=1),
        R("sum_float32_pairwise", "sum", [A("float32", (1000,))]),
        R("sum_complex64_pairwise", "sum", [A("complex64", (70,))]),
        R("prod_complex128_fused", "prod", [A("complex128", (15,))]),
        # min/max
        R("max_nan_propagates", "max", [A("float64", (4,), data=NAN3)]),
        R("min_nan_axis", "min", [A("float32", (2, 2), data=NAN3)], axis=0),
        R("max_inf", "max", [A("float16", (3,), data="-inf 2 inf")]),
        R("max_complex_lexicographic", "max", [A("complex128", (3,), data="1 5 2 -1 2 3")]),
        R("min_complex_lexicographic", "min", [A("complex64", (3,), data="2 5 2 -1 3 -9")]),
        R("max_bool_is_any", "max", [A("bool", (2, 2), data="0 1 0 0")], axis=1),
        R("min_uint64_large", "min", [A("uint64", (2,), data="18446744073709551615 9223372036854775808")]),
        R("max_empty_fails", "max", [A("int64", (0, 3))]),
        R("min_empty_axis_fails", "min", [A("int64", (3, 0))], axis=1),
        R("max_empty_other_axis", "max", [A("int64", (0, 3))], axis=1),
        R("max_empty_no_axes", "max", [A("int64", (3, 0))], axis=[]),
        R("min_keepdims_swapped_f", "min", [A(">i2", (3, 4), "F")], axis=1, keepdims=True),
        # mean
        R("mean_int_is_float64", "mean", [A("int32", (2, 3))]),
        R("mean_bool", "mean", [A("bool", (3,), data="1 0 1")]),
        R("mean_complex", "mean", [A("complex64", (2, 3))], axis=1),
        R("mean_empty_is_nan", "mean", [A("float64", (0, 3))], axis=0),
        R("mean_axis_list_keepdims", "mean", [A("float32", (2, 3, 4), pre="T")], axis=[0, 2], keepdims=True),
        R("mean_0d_axis_fails", "mean", [A("float64")], axis=0),
        R("mean_repeated_axis_fails", "mean", [A("float64", (2, 2))], axis=[1, 1]),
        # argmin/argmax
        R("argmax_first_occurrence", "argmax", [A("int8", (5,), data="1 7 3 7 0")]),
        R("argmin_first_nan", "argmin", [A("float64", (5,), data="3 nan -1 nan -5")]),
        R("argmax_complex", "argmax", [A("complex128", (3,), data="1 5 2 -1 2 3")]),
        R("argmax_complex_nan_imag", "argmax", [A("complex128", (3,), data="1 5 0 nan 2 3")]),
        R("argmax_bool", "argmax", [A("bool", (4,), data="0 0 1 1")]),
        R("argmin_bool", "argmin", [A("bool", (3,), data="1 0 0")]),
        R("argmax_axis0_f", "argmax", [A("float32", (3, 4), "F")], axis=0),
        R("argmin_axis_negative_keepdims", "argmin", [A("uint16", (2, 3, 4))], axis=-1, keepdims=True),
        R("argmax_flat_keepdims", "argmax", [A("int16", (2, 3), pre="T")], keepdims=True),
        R("argmax_reversed", "argmax", [A("int16", (6,), pre="R")]),
        R("argmax_swapped", "argmax", [A(">f8", (2, 3))], axis=1),
        R("argmax_empty_fails", "argmax", [A("float32", (0,))]),
        R("argmin_empty_axis_fails", "argmin", [A("float32", (3, 0))], axis=1),
        R("argmin_empty_other_axis", "argmin", [A("float32", (0, 3))], axis=1),
        R("argmax_0d", "argmax", [A("float32")]),
        R("argmax_0d_axis_0", "argmax", [A("float32")], axis=0),
        R("argmax_0d_axis_1_fails", "argmax", [A("float32")], axis=1),
        R("argmax_axis_out_of_bounds_fails", "argmax", [A("float32", (2, 3))], axis=2),
        R("argmax_python_float", "argmax", [PY("float", "1.5")]),
        # any/all
        R("any_empty_false", "any", [A("int8", (0,))]),
        R("all_empty_true", "all", [A("int8", (0,))]),
        R("any_nan_is_true", "any", [A("float64", (3,), data="0 nan 0")]),
        R("all_complex_imag_only", "all", [A("complex64", (2,), data="0 1 2 0")]),
        R("any_axis_list", "any", [A("uint8", (2, 3, 2), data="0 0 0 0 0 1 0 0 0 0 0 0")], axis=[0, 2]),
        R("all_keepdims", "all", [A("bool", (2, 3), "F", data="1 1 0 1 1 1")], axis=1, keepdims=True),
        R("any_0d", "any", [A("float16", data="0")]),
        R("all_repeated_axis_fails", "all", [A("bool", (2, 3))], axis=[1, -1]),
    ]
    return rows


def main():
    rewrite(os.path.join(ROOT, "oracles/tests/test_shape.c"), shape_rows(), run_shape, "rows")
    rewrite(os.path.join(ROOT, "oracles/tests/test_reduce.c"), reduce_rows(), run_reduce, "rows")


if __name__ == "__main__":
    main()
