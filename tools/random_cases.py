#!/usr/bin/python3
"""Writes random small ndparity cases (docs/case-format.md) for differential runs.

    /usr/bin/python3 tools/random_cases.py --seed S --count N --out FILE.jsonl

Each case has one or two inputs (random dtypes, NumPy type strings with '>'
included; ranks 0-4 with zero-size and length-1 dimensions; C or F order;
values at cast boundaries, nan, inf, -0.0) and 1-4 steps chaining any op of
the format's tables, with Python scalars and NumPy scalars as operands. No
expect blocks: the cases are meant for `ndparity run --engine ref --oracle
oracle`. While generating, the steps are run with NumPy (through ndp_numpy)
only to know the shapes, so later parameters mostly fit; errors are kept too.
Deterministic: case i draws from random.Random("S:i").
"""

import argparse
import json
import os
import random
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ndp_numpy as ndp  # noqa: E402
import numpy as np  # noqa: E402

DT = list(ndp.DTYPE_NAMES)
BIN = ["add", "subtract", "multiply", "true_divide", "floor_divide", "remainder", "power",
       "maximum", "minimum", "fmax", "fmin", "equal", "not_equal", "less", "less_equal",
       "greater", "greater_equal", "logical_and", "logical_or", "logical_xor", "bitwise_and",
       "bitwise_or", "bitwise_xor", "left_shift", "right_shift"]
UN = ["negative", "positive", "absolute", "sign", "sqrt", "square", "exp", "log", "floor",
      "ceil", "trunc", "rint", "logical_not", "invert", "isnan", "isinf", "isfinite"]
RED = ["sum", "prod", "min", "max", "mean", "argmin", "argmax", "any", "all"]
SHAPE_OPS = ["reshape", "transpose", "expand_dims", "squeeze", "broadcast_to", "getitem",
             "copy", "ascontiguousarray", "asfortranarray", "ravel"]
CROSS = ["to_numpy", "from_numpy", "dlpack_roundtrip", "npy_roundtrip"]
CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"]
FLOATS = [0.0, "-0.0", 1.0, -1.0, 0.5, -2.5, 1.5, 3.0, 127.0, 128.0, -129.0, 255.0, 256.0,
          32767.0, 65504.0, 65520.0, 1e10, -1e10, 2.0 ** 31, 2.0 ** 63, 1e-40, 3.4e38, 1e300,
          "nan", "inf", "-inf", 7.25, -0.75]


def typestr(rng, name):
    dt = np.dtype(name)
    if dt.itemsize > 1 and rng.random() < 0.2:
        return ">" + dt.str[1:]
    if rng.random() < 0.05:
        return dt.str
    return name


def int_value(rng, dt):
    info = np.iinfo(dt)
    r = rng.random()
    if r < 0.15:
        v = rng.choice([info.min, info.max, info.min + 1, info.max - 1])
    elif r < 0.25 and info.max > 255:
        v = rng.choice([127, 128, 255, 256, -128, -129, 32767, 65535, 2 ** 31 - 1, 2 ** 31,
                        2 ** 32, 2 ** 63 - 1, -2 ** 31])
        v = min(max(v, info.min), info.max)
    else:
        v = rng.randint(max(info.min, -6), min(info.max, 9))
    return ndp.encode_int(v)


def float_value(rng, name):
    if rng.random() < 0.5:
        v = rng.choice(FLOATS)
    else:
        v = round(rng.uniform(-8, 8), rng.choice([0, 1, 2]))
    if not isinstance(v, str):  # exactly representable in the dtype
        with np.errstate(all="ignore"):
            v = ndp.encode_float(float(np.dtype(name).type(v)))
    return v


def value(rng, name):
    k = np.dtype(name).kind
    if k == "b":
        return rng.random() < 0.5
    if k in "iu":
        return int_value(rng, name)
    if k == "f":
        return float_value(rng, name)
    part = "float32" if name == "complex64" else "float64"
    return [float_value(rng, part), float_value(rng, part) if rng.random() < 0.6 else 0.0]


def rand_shape(rng):
    if rng.random() < 0.08:  # big enough for the engine's blocked and pairwise paths
        return rng.choice([[rng.randint(100, 1500)], [rng.randint(9, 40), rng.randint(9, 40)],
                           [rng.randint(2, 5), rng.randint(20, 70), rng.randint(1, 9)]])
    rank = rng.choice([0, 1, 1, 2, 2, 3, 4])
    return [rng.choice([0, 1, 1, 2, 2, 3, 4]) if rng.random() < 0.9 else rng.choice([1, 2, 3])
            for _ in range(rank)]


def rand_input(rng, shape=None):
    name = rng.choice(DT)
    shape = rand_shape(rng) if shape is None else shape
    n = int(np.prod(shape)) if shape else 1
    spec = {"dtype": typestr(rng, name), "shape": shape}
    if rng.random() < 0.1:
        spec["fill"] = rng.choice(["arange", "zeros", "ones"])
    else:
        spec["data"] = [value(rng, name) for _ in range(n)]
    if len(shape) > 1 and rng.random() < 0.3:
        spec["order"] = "F"
    return spec


def py_scalar(rng):
    r = rng.random()
    if r < 0.3:
        return {"int": rng.choice([0, 1, 2, -1, 3, 7, 127, 128, 255, 256, -129, 300, 65536,
                                   2 ** 31, -2 ** 63, "18446744073709551615"])}
    if r < 0.55:
        return {"float": rng.choice([0.5, -1.5, 2.0, "nan", "inf", "-0.0", 1e300, 3.0])}
    if r < 0.65:
        return {"bool": rng.random() < 0.5}
    if r < 0.75:
        return {"complex": [rng.choice([0.0, 1.5, -2.0]), rng.choice([0.0, 1.0, "nan"])]}
    name = rng.choice(DT)
    return {"scalar": value(rng, name), "dtype": name}


def axis_list(rng, nd, allow_list=True):
    if nd == 0 or rng.random() < 0.08:
        return rng.choice([0, -1, 1])
    if allow_list and rng.random() < 0.35:
        k = rng.randint(0, nd)
        return sorted(rng.sample(range(nd), k), key=lambda _: rng.random())
    return rng.randint(-nd, nd - 1)


def index_item(rng, n):
    r = rng.random()
    if r < 0.3:
        return rng.randint(-n, n - 1) if n else rng.choice([0, -1])
    if r < 0.85:
        step = rng.choice([None, 1, 2, -1, -2, 3])
        pick = lambda: rng.choice([None, None, 0, 1, -1, n, -n - 1, 2])  # noqa: E731
        return {"slice": [pick(), pick(), step]}
    return "newaxis"


def make_step(rng, sid, env):
    arrays = [k for k, v in env.items() if v is not None]
    name = rng.choice(arrays)
    a = env[name]
    nd, shape = a.ndim, list(a.shape)
    group = rng.choices(["shape", "bin", "un", "red", "astype", "cat", "cross"],
                        [30, 30, 14, 14, 8, 5, 5])[0]
    s = {"id": sid}
    if group == "shape":
        op = rng.choice(SHAPE_OPS)
        s.update(op=op, args=[name])
        if op == "reshape":
            sh = [a.size] if rng.random() < 0.3 else shape[::-1]
            if a.size and rng.random() < 0.4:
                f = rng.choice([d for d in (1, 2, 3, a.size) if a.size % d == 0])
                sh = [f, -1] if rng.random() < 0.5 else [-1, 1, f]
            s["shape"] = sh if rng.random() > 0.05 else [5, -1]
            if rng.random() < 0.3:
                s["order"] = "F"
        elif op == "transpose" and nd and rng.random() < 0.6:
            s["axes"] = rng.sample(range(nd), nd)
        elif op == "expand_dims":
            s["axis"] = axis_list(rng, nd + 1) if rng.random() < 0.9 else nd + 2
        elif op == "squeeze" and rng.random() < 0.6:
            ones = [i for i, d in enumerate(shape) if d == 1]
            s["axis"] = rng.choice(ones) if ones and rng.random() < 0.8 else axis_list(rng, nd)
        elif op == "broadcast_to":
            s["shape"] = [rng.choice([1, 2, 3, 0])] * rng.randint(0, 2) + \
                [d if d != 1 or rng.random() < 0.5 else rng.choice([0, 3]) for d in shape]
        elif op == "getitem":
            idx = [index_item(rng, shape[i] if i < nd else 1) for i in range(rng.randint(0, nd))]
            if rng.random() < 0.25:
                idx.insert(rng.randint(0, len(idx)), "...")
            s["index"] = idx
        elif op == "ravel" and rng.random() < 0.4:
            s["order"] = "F"
    elif group in ("bin", "un"):
        op = rng.choice(BIN if group == "bin" else UN)
        args = [name]
        if group == "bin":
            other = rng.random()
            if other < 0.4:
                args.append(py_scalar(rng))
            else:
                args.append(rng.choice(arrays))
            if rng.random() < 0.3:
                args.reverse()
        s.update(op=op, args=args)
        if rng.random() < 0.15:
            s["dtype"] = typestr(rng, rng.choice(DT)) if rng.random() < 0.3 else rng.choice(DT)
        if rng.random() < 0.2:
            s["casting"] = rng.choice(CASTINGS)
    elif group == "red":
        op = rng.choice(RED)
        s.update(op=op, args=[name])
        if rng.random() < 0.7:
            s["axis"] = axis_list(rng, nd, allow_list=op not in ("argmin", "argmax"))
        if rng.random() < 0.3:
            s["keepdims"] = True
        if op in ("sum", "prod", "mean") and rng.random() < 0.25:
            s["dtype"] = typestr(rng, rng.choice(DT)) if rng.random() < 0.2 else rng.choice(DT)
    elif group == "astype":
        s.update(op="astype", args=[name], dtype=typestr(rng, rng.choice(DT)))
        if rng.random() < 0.5:
            s["casting"] = rng.choice(CASTINGS)
    elif group == "cat":
        op = rng.choice(["concatenate", "stack"])
        others = [k for k in arrays if env[k].ndim == nd] or arrays
        s.update(op=op, args=[name] + [rng.choice(others) for _ in range(rng.randint(1, 2))])
        if rng.random() < 0.8:
            s["axis"] = rng.randint(-nd - 1, nd) if op == "stack" else rng.randint(-nd, max(nd - 1, 0))
    else:
        s.update(op=rng.choice(CROSS), args=[name])
    return s


def make_case(rng, i):
    inputs = {"a": rand_input(rng)}
    if rng.random() < 0.6:
        sa = inputs["a"]["shape"]
        if rng.random() < 0.5:  # broadcast-compatible shape
            sh = [d if rng.random() < 0.7 else 1 for d in sa[rng.randint(0, len(sa)):]]
        else:
            sh = None
        inputs["b"] = rand_input(rng, sh)
    obj = {"ndparity": 1, "name": "random/%06d" % i, "tags": ["random"],
           "inputs": inputs, "steps": []}
    env = {k: ndp.build_input(v, k) for k, v in inputs.items()}
    for k in range(rng.randint(1, 4)):
        sid = "s%d" % k
        step = make_step(rng, sid, env)
        obj["steps"].append(step)
        try:
            st = ndp.Step(step, set(env), "steps")
            args = [env[v] if kind == "ref" else v for kind, v in st.args]
            if any(x is None for x in args):
                raise ValueError
            with np.errstate(all="ignore"), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                env[sid] = np.asarray(ndp.call_numpy(st.op, st.params, args))
        except Exception:  # noqa: BLE001 -- an erroring step is a fine case too
            env[sid] = None
        if all(v is None for v in env.values()):
            break
    return obj


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--out", required=True)
    o = ap.parse_args()
    with open(o.out, "w") as f:
        for i in range(o.count):
            rng = random.Random("%d:%d" % (o.seed, i))
            f.write(json.dumps(make_case(rng, i), separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
