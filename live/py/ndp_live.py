"""The Python side of ndparity's live `numpy` backend (live/src/live_numpy.c).

ndparity embeds CPython and calls `run(op, params, operands)` once per step:
the C side has already turned the step's parameters into the Python values
tools/ndp_numpy.py's `call_numpy` takes (tuples of ints, np.dtype objects,
slice/None/Ellipsis index items, casting names) and its operands into
ndarrays over ndparity's own memory (zero copy), real NumPy scalars
(`{"scalar": ..., "dtype": ...}` operands, and results NumPy returned as
scalars) or Python scalars (weak under NEP 50).

Every operation and every exception-to-class mapping is ndp_numpy's, the
executor that writes the golden corpus, so this backend and the corpus agree
by construction. Warnings are ignored, as ndp_numpy.run_case does: NumPy's
RuntimeWarnings for overflow and invalid values never become errors.

The truth is Debian 12's NumPy 1.24.x with NPY_PROMOTION_STATE=weak, set by
the C side before NumPy is first imported; `check()` says what is wrong
otherwise.
"""

import os
import sys
import warnings

os.environ.setdefault("NPY_PROMOTION_STATE", "weak")

import numpy as np  # noqa: E402

try:
    import ndp_numpy  # noqa: E402  (beside this module, or already on sys.path)
except ImportError:
    _TOOLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools")
    sys.path.insert(0, os.path.normpath(_TOOLS))
    import ndp_numpy  # noqa: E402

NUMPY_SERIES = ndp_numpy.NUMPY_SERIES

# Process-wide, once: this interpreter exists only to run steps, and NumPy's
# floating-point warnings are not errors (ndp_numpy.run_case ignores them
# per step; doing it once keeps a step's cost down).
np.seterr(all="ignore")
warnings.simplefilter("ignore")


def check():
    """None when NumPy is the truth (1.24.x, weak promotion), else why not."""
    if not np.__version__.startswith(NUMPY_SERIES):
        return ("NumPy %s found at %s, but the truth is NumPy %sx (Debian 12's python3-numpy)"
                % (np.__version__, os.path.dirname(np.__file__), NUMPY_SERIES))
    state = np._get_promotion_state()
    if state != "weak":
        return ("NumPy's promotion state is %r, not 'weak': NPY_PROMOTION_STATE=weak must be "
                "set before NumPy is imported" % state)
    return None


def describe():
    """One line for messages: which NumPy and Python run the steps."""
    return "NumPy %s (%s), Python %s, promotion state %s" % (
        np.__version__, os.path.dirname(np.__file__), sys.version.split()[0],
        np._get_promotion_state())


_UFUNCS = frozenset(ndp_numpy.BINARY_UFUNCS + ndp_numpy.UNARY_UFUNCS)
_INT64_MIN, _INT64_END = -2 ** 63, 2 ** 63


def _value_dependent(v):
    """A Python int whose value NumPy 1.24 looks at when it picks a loop."""
    return type(v) is int and not _INT64_MIN <= v < _INT64_END


def run(op, params, operands):
    """Runs one step. Returns (0, value) on success, where value is what
    NumPy returned (an ndarray or a NumPy scalar), or (1, cls, message) when
    NumPy raised an exception of the case format's class cls. Any other
    exception propagates: it is a bug of ndparity's, not a NumPy answer."""
    if op == "dlpack_roundtrip" and isinstance(operands[0], np.generic):
        # NumPy 1.24's scalars have no __dlpack__ (ndp_numpy would fail with
        # AttributeError): the crossing exports the 0-d array of the value,
        # as the harness hands a NumPy scalar operand to every backend.
        operands = [np.asarray(operands[0])]
    try:
        if op in _UFUNCS and any(_value_dependent(v) for v in operands):
            # A Python int beyond int64 (2**63, 2**70). NumPy 1.24 caches
            # the loop it resolves per ufunc and operand DType classes, and
            # a Python int's class does not say its value: when the first
            # call of a key has such an int, NumPy resolves the loop by
            # value (legacy: a uint64 or an object loop, or no loop) and
            # caches it, so later calls with small ints get object arrays;
            # when a small int came first, the same huge int raises
            # OverflowError. So the same call with every Python int as 0 runs
            # first: it caches the ordinary loop, which the real call then
            # uses (a value that does not fit overflows, as NEP 50 and NumPy 2
            # say), or it fails (no loop, a casting rule), and the step fails
            # so, whatever the value. No answer depends on the steps before.
            ndp_numpy.call_numpy(op, params, [0 if type(v) is int else v for v in operands])
        value = ndp_numpy.call_numpy(op, params, operands)
    except Exception as e:  # noqa: BLE001 -- every NumPy failure is classified
        cls = ndp_numpy.classify_exception(e)
        if cls is None:
            raise
        return (1, cls, "%s: %s" % (type(e).__name__, e))
    return (0, value)
