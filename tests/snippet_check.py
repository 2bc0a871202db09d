"""Runs ndparity's NumPy reproducers and checks them against the cases' expectations.

Usage: /usr/bin/python3 tests/snippet_check.py SNIPPETS.jsonl [--all]

(--all lists every disagreement, not only the first 40.)

SNIPPETS.jsonl holds one object per case, written by harness/tests/test_snippet.c:
  {"case": name, "file": path, "line": n, "steps": [step ids in order],
   "expect": the case's expect block, "tolerance": the case's tolerance or null,
   "inputs": [{"name", "typestr": "<f8", "shape", "order": "C" or "F",
               "b64": the bytes ndparity built, C order, in the dtype's byte order}],
   "json": the case itself, "snippet": the text of ndp_case_numpy_snippet}

Every snippet is exec'd in a fresh namespace of this one process, its stdout
captured. Its inputs (the list INPUTS it builds) must be the arrays ndparity
built: type string (byte order included), shape, memory order (C or F
contiguous), writeable, and the same bytes (so every value, NaNs and -0.0
included, is exact). Each step must print a line `step <id>: ...` (in step
order); the printed outcome is compared with the case's expectation for that
step:
  - error: the printed exception class (its __qualname__) and message mapped
    onto the case format's error classes as tools/ndp_numpy.classify_exception
    does, against the expected class;
  - dtype, shape, view: the printed ones;
  - data: the step's value (the variable the snippet binds it to) against the
    expected values, with the case's tolerances (ndp_numpy.compare_data);
  - datasets: the printed count, and each pinned element's components
    (printed dtype, shape, view; values from iterating the dataset again).
A step printed as skipped (an operand failed) has no expectation, as in
ndparity. element_spec is a static property NumPy does not have: not checked.

Every step of a case that tools/ndp_numpy.py runs (array steps, no random
fill) is also compared with what ndp_numpy.run_case gives, expectation or not:
the same outcome (result, error class, skipped), the same dtype (byte order
included), shape and view, and identical values (NaN equal to NaN).

Exit status: 0 when every snippet ran and every expectation agreed, 1 otherwise,
2 on bad usage. The last line is a summary.
"""

import ast
import base64
import builtins
import contextlib
import io
import itertools
import json
import os
import re
import sys
import time
import warnings

os.environ["NPY_PROMOTION_STATE"] = "weak"
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))

import numpy as np  # noqa: E402  (the variable must be set first)
import ndp_numpy  # noqa: E402

_EXC = np.core._exceptions
_ARRAY = re.compile(r"dtype=(\w+) shape=(\([0-9, ]*\)) view=(True|False)(?: |$)")
_ERROR = re.compile(r"([A-Za-z_][\w.]*): (.*)$", re.S)
MAX_PRINTED_ELEMENTS = 8  # describe() prints the first 8 elements of a dataset


def exception_class(qualname, namespace):
    """The exception class a snippet printed, looked up by its __qualname__."""
    for where in (namespace, vars(builtins), vars(_EXC), vars(np)):
        cls = where.get(qualname)
        if isinstance(cls, type) and issubclass(cls, BaseException):
            return cls
    return None


def error_class(qualname, message, namespace):
    """The case format's class of a printed exception (ndp_numpy.classify_exception,
    on the class and message instead of the exception object), or None."""
    cls = exception_class(qualname, namespace)
    if cls is None:
        return None
    shape_error = namespace.get("ShapeError")
    if isinstance(shape_error, type) and issubclass(cls, shape_error):
        return "shape"  # a dataset element does not fit a declared shape
    if issubclass(cls, np.AxisError):
        return "axis"
    if issubclass(cls, IndexError):
        return "index"
    if issubclass(cls, OverflowError):
        return "overflow"
    if issubclass(cls, _EXC._UFuncNoLoopError):
        return "type"
    if issubclass(cls, (_EXC._UFuncInputCastingError, _EXC._UFuncOutputCastingError)):
        return "cast"
    if issubclass(cls, TypeError):
        if message.startswith(("Cannot cast array data from", "Cannot cast scalar from")):
            return "cast"
        return "type"
    if issubclass(cls, BufferError):
        return "value"
    if issubclass(cls, ValueError):
        if "broadcast" in message:
            return "broadcast"
        if message.startswith("input operand has more dimensions than allowed by the axis "
                              "remapping"):
            return "broadcast"
        if message.startswith("cannot reshape") or "can only specify one unknown dimension" \
                in message:
            return "reshape"
        if message.startswith("zero-size array to reduction operation") and \
                "no identity" in message:
            return "no-identity"
        return "value"
    return None


def step_vars(snippet):
    """{step id: the variable the snippet binds its value to}, from `var = step("id", ...)`."""
    out = {}
    for node in ast.parse(snippet).body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and
                isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Call) and
                isinstance(node.value.func, ast.Name) and node.value.func.id == "step" and
                node.value.args and isinstance(node.value.args[0], ast.Constant)):
            out[node.value.args[0].value] = node.targets[0].id
    return out


class Outcome:
    """What a snippet printed for one step."""
    __slots__ = ("kind", "dtype", "shape", "view", "exc", "message", "count", "elements")

    def __init__(self, kind):
        self.kind = kind  # "array", "dataset", "error", "skipped", "missing", "garbled"
        self.dtype = self.shape = self.view = self.exc = self.message = self.count = None
        self.elements = {}  # dataset: {(i, k): (dtype, shape, view)}


def parse_output(text, step_ids):
    """The printed outcome of each step, by id: a line `step <id>: ...` for each step, in
    step order (an id may hold a line break: the text is searched, not split), a dataset's
    components on lines `  <id>[i][k]: ...` after it."""
    out, pos = {}, 0
    for sid in step_ids:
        prefix = "step %s: " % sid
        at = pos
        while True:
            at = text.find(prefix, at)
            if at <= 0 or text[at - 1] == "\n":
                break
            at += 1
        if at < 0:
            out[sid] = Outcome("missing")
            continue
        start = at + len(prefix)
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        rest, pos = text[start:stop], stop
        if rest.startswith("skipped"):
            out[sid] = Outcome("skipped")
        elif rest.startswith("dtype="):
            m = _ARRAY.match(rest)
            o = Outcome("array" if m else "garbled")
            if m:
                o.dtype, o.shape, o.view = m.group(1), m.group(2), m.group(3) == "True"
            out[sid] = o
        elif rest.startswith("count="):
            o = Outcome("dataset")
            o.count = int(rest[len("count="):])
            el = re.compile(r"\n  %s\[(\d+)\]\[(\d+)\]: " % re.escape(sid))
            end = text.find("\nstep ", stop)
            block = text[stop:len(text) if end < 0 else end]
            for m in el.finditer(block):
                a = _ARRAY.match(block, m.end())
                if a:
                    o.elements[(int(m.group(1)), int(m.group(2)))] = (
                        a.group(1), a.group(2), a.group(3) == "True")
            out[sid] = o
        else:
            m = _ERROR.match(rest)
            o = Outcome("error" if m else "garbled")
            if m:
                o.exc, o.message = m.group(1), m.group(2)
            out[sid] = o
    return out


def shape_text(shape):
    return ndp_numpy._pyshape(shape)


def tolerance_of(tol, dtype_name):
    """(rtol, atol) of a case's tolerance: a bound not given keeps the per-dtype default."""
    rtol, atol = ndp_numpy.DEFAULT_TOL.get(dtype_name, (0.0, 0.0))
    if tol:
        rtol = float(tol.get("rtol", rtol))
        atol = float(tol.get("atol", atol))
    return rtol, atol


class Checker:
    def __init__(self):
        self.snippets = self.raised = self.steps = self.checked = 0
        self.agreed = self.data_checked = self.skipped = self.inputs = 0
        self.peer_steps = self.peer_skipped = 0
        self.peer_internal = []  # cases ndp_numpy itself fails on
        self.fields = {}
        self.failures = []

    def fail(self, rec, sid, what):
        self.failures.append("%s (%s:%s) step %s: %s" % (rec["case"], rec.get("file"),
                                                         rec.get("line"), sid, what))

    def run(self, rec):
        self.snippets += 1
        src = rec["snippet"]
        ns = {"__name__": "__snippet__"}
        buf = io.StringIO()
        try:
            code = compile(src, "<snippet %s>" % rec["case"], "exec")
            with contextlib.redirect_stdout(buf), warnings.catch_warnings(), \
                    np.errstate(all="ignore"):
                warnings.simplefilter("ignore")
                exec(code, ns)  # noqa: S102 -- the point of this check
        except Exception as e:  # noqa: BLE001
            self.raised += 1
            self.fail(rec, "-", "the snippet raised %s: %s" % (type(e).__name__, e))
            return
        self.check_inputs(rec, ns)
        outcomes = parse_output(buf.getvalue(), rec["steps"])
        self.steps += len(outcomes)
        for sid, o in outcomes.items():
            if o.kind in ("missing", "garbled"):
                self.fail(rec, sid, "%s output line" % o.kind)
        names = step_vars(src)
        self.check_peer(rec, outcomes, names, ns)
        for sid, e in (rec.get("expect") or {}).items():
            o = outcomes.get(sid)
            if o is None or o.kind in ("missing", "garbled"):
                continue  # reported above
            self.check(rec, sid, e, o, ns.get(names.get(sid)), ns)

    def check_peer(self, rec, outcomes, names, ns):
        """Every step against tools/ndp_numpy.py's run of the case."""
        obj = rec.get("json")
        if obj is None:
            return
        try:
            case = ndp_numpy.Case(obj, rec.get("file", "?"), rec.get("line", 1))
        except (ndp_numpy.CaseInputError, ndp_numpy.Unsupported):
            self.peer_skipped += 1  # datasets, random fills: not run by the Python peer
            return
        try:
            with warnings.catch_warnings(), np.errstate(all="ignore"):
                warnings.simplefilter("ignore")
                ran = ndp_numpy.run_case(case)
        except ndp_numpy.InternalError as e:  # NumPy raised what ndp_numpy cannot classify
            self.peer_internal.append("%s: %s" % (rec["case"], e))
            return
        for r in ran:
            sid, o = r.step.id, outcomes.get(r.step.id)
            if o is None or o.kind in ("missing", "garbled"):
                continue  # reported already
            bad = None
            if r.status == "skipped":
                if o.kind != "skipped":
                    bad = "ndp_numpy skipped it, the snippet printed %s" % o.kind
            elif r.status == "error":
                cls = error_class(o.exc, o.message, ns) if o.kind == "error" else None
                if cls != r.cls:
                    bad = "ndp_numpy: error %s (%s); snippet: %s" % (r.cls, r.message,
                                                                     o.exc or o.kind)
            elif o.kind != "array":
                bad = "ndp_numpy: a result; snippet: %s %s" % (o.kind, o.exc or "")
            else:
                want = np.asarray(r.value)
                got = ns.get(names.get(sid))
                gota = np.asarray(got)
                view = ndp_numpy.result_view(r.value, case.inputs)
                if (want.dtype.name, ndp_numpy._pyshape(want.shape), view) != \
                        (o.dtype, o.shape, o.view):
                    bad = "ndp_numpy: %s %s view=%s; printed %s %s view=%s" % (
                        want.dtype.name, ndp_numpy._pyshape(want.shape), view, o.dtype, o.shape,
                        o.view)
                elif gota.dtype != want.dtype or type(got) is not type(r.value) or \
                        not np.array_equal(gota, want, equal_nan=want.dtype.kind in "fc"):
                    bad = "values (or their type) differ from ndp_numpy's"
            if bad:
                self.fail(rec, sid, bad)
            else:
                self.peer_steps += 1

    def check_inputs(self, rec, ns):
        specs = rec.get("inputs") or []
        arrays = ns.get("INPUTS")
        if not isinstance(arrays, list) or len(arrays) != len(specs):
            self.fail(rec, "-", "INPUTS does not list the %d inputs" % len(specs))
            return
        for spec, arr in zip(specs, arrays):
            what = "input %s" % spec["name"]
            if not isinstance(arr, np.ndarray):
                self.fail(rec, "-", "%s: not an array" % what)
                continue
            bad = []
            if arr.dtype.str != spec["typestr"]:
                bad.append("dtype %s, not %s" % (arr.dtype.str, spec["typestr"]))
            if list(arr.shape) != spec["shape"]:
                bad.append("shape %s, not %s" % (list(arr.shape), spec["shape"]))
            if not (arr.flags.f_contiguous if spec["order"] == "F" else arr.flags.c_contiguous):
                bad.append("not %s-contiguous" % spec["order"])
            if not arr.flags.writeable:
                bad.append("read-only")
            if not bad and arr.tobytes(order="C") != base64.b64decode(spec["b64"]):
                bad.append("other bytes than ndparity's")
            if bad:
                self.fail(rec, "-", "%s: %s" % (what, "; ".join(bad)))
            else:
                self.inputs += 1

    def agree(self, field):
        self.fields[field] = self.fields.get(field, 0) + 1

    def check(self, rec, sid, e, o, value, ns):
        if o.kind == "skipped":
            self.skipped += 1  # an operand failed: no expectation applies
            return
        self.checked += 1
        bad = []
        if "error" in e:
            if o.kind != "error":
                bad.append("expected error %s, got %s" % (e["error"], o.kind))
            else:
                cls = error_class(o.exc, o.message, ns)
                if cls != e["error"]:
                    bad.append("expected error %s, got %s (%s: %s)" % (e["error"], cls, o.exc,
                                                                       o.message))
                else:
                    self.agree("error")
        elif o.kind == "error":
            bad.append("expected a result, got %s: %s" % (o.exc, o.message))
        elif o.kind == "dataset":
            bad += self.check_dataset(rec, e, o, value)
        elif any(k in e for k in ("count", "elements")):
            bad.append("expected a dataset, got an array")
        else:
            bad += self.check_array(rec, e, (o.dtype, o.shape, o.view), value)
        if bad:
            for b in bad:
                self.fail(rec, sid, b)
        else:
            self.agreed += 1

    def check_array(self, rec, e, printed, value):
        dtype, shape, view = printed
        bad = []
        if "dtype" in e:
            want = ndp_numpy.parse_dtype(e["dtype"]).name
            if want != dtype:
                bad.append("dtype: expected %s, printed %s" % (want, dtype))
            else:
                self.agree("dtype")
        if "shape" in e:
            if shape_text(e["shape"]) != shape:
                bad.append("shape: expected %s, printed %s" % (shape_text(e["shape"]), shape))
            else:
                self.agree("shape")
        if "view" in e:
            if e["view"] != view:
                bad.append("view: expected %s, printed %s" % (e["view"], view))
            else:
                self.agree("view")
        if "data" in e and not bad:
            arr = np.asarray(value)
            if list(arr.shape) != list(e.get("shape", arr.shape)) or arr.dtype.name != dtype:
                bad.append("data: the bound value is %s %s, not what was printed"
                           % (arr.dtype.name, shape_text(arr.shape)))
            else:
                msg = ndp_numpy.compare_data(arr, e["data"],
                                             tolerance_of(rec.get("tolerance"), arr.dtype.name))
                self.data_checked += 1
                if msg:
                    bad.append("data: " + msg)
                else:
                    self.agree("data")
        return bad

    def check_dataset(self, rec, e, o, ds):
        bad = []
        if "count" in e:
            if e["count"] != o.count:
                bad.append("count: expected %d, printed %d" % (e["count"], o.count))
            else:
                self.agree("count")
        els = e.get("elements")
        if not isinstance(els, list):
            return bad
        rest = bool(els) and els[-1] == "..."
        pinned = [x for x in els if x != "..."]
        if not rest and len(pinned) != o.count:
            bad.append("elements: %d pinned, %d printed" % (len(pinned), o.count))
        values = list(itertools.islice(iter(ds), len(pinned))) if ds is not None else []
        for i, comps in enumerate(pinned):
            if i >= min(o.count, MAX_PRINTED_ELEMENTS):
                break  # not printed (no such element is reported above)
            for k, ce in enumerate(comps):
                printed = o.elements.get((i, k))
                if printed is None:
                    bad.append("element %d component %d: not printed" % (i, k))
                    continue
                v = values[i][k] if i < len(values) and k < len(values[i]) else None
                bad += ["element %d component %d: %s" % (i, k, b)
                        for b in self.check_array(rec, ce, printed, v)]
        return bad


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        sys.stderr.write(__doc__)
        return 2
    limit = None if "--all" in argv else 40
    if np._get_promotion_state() != "weak":
        print("snippet_check: NumPy's promotion state is not 'weak'")
        return 1
    start = time.monotonic()
    checker = Checker()
    with open(args[0], encoding="utf-8") as f:
        for line in f:
            if line.strip():
                checker.run(json.loads(line))
    c = checker
    for msg in c.failures[:limit]:
        print("DISAGREE", msg)
    if limit is not None and len(c.failures) > limit:
        print("... and %d more (--all lists them)" % (len(c.failures) - limit))
    for msg in c.peer_internal[:10]:
        print("NOTE tools/ndp_numpy.py cannot run", msg)
    fields = ", ".join("%s %d" % kv for kv in sorted(c.fields.items()))
    print("snippet_check: NumPy %s: %d snippets ran (%d raised), %d inputs built exactly, "
          "%d steps printed; %d expectations checked: %d agreed, %d disagreed (%d more "
          "on skipped steps: not applicable); fields agreed: %s; %d steps identical to "
          "tools/ndp_numpy.py's (%d cases it does not run, %d it fails on); %.1f s"
          % (np.__version__, c.snippets, c.raised, c.inputs, c.steps, c.checked, c.agreed,
             c.checked - c.agreed, c.skipped, fields, c.peer_steps, c.peer_skipped,
             len(c.peer_internal), time.monotonic() - start))
    return 0 if not c.failures and c.snippets > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
