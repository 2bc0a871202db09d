#!/usr/bin/python3
"""Writes the .npy fixtures of core/tests/test_npy.c with real NumPy.

Run with Debian's NumPy 1.24 (the project's truth):

    NPY_PROMOTION_STATE=weak /usr/bin/python3 tools/gen_npy_fixtures.py

Files go to core/tests/data/npy/. Those named v1_* are written by np.save,
which picks format version 1.0: the C writer must reproduce them byte for
byte. Those named v2_* and v3_* are written by numpy.lib.format.write_array
with an explicit version (np.save never picks 2.0 or 3.0 for these dtypes):
the reader must read them. The values of every fixture are repeated in the
table `fixtures` of test_npy.c (C logical order); keep the two in step.
"""
import io
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "core", "tests", "data", "npy")


def fixtures():
    """(file name, array, version or None for np.save)."""
    f = []
    f.append(("v1_f8_2x3.npy", np.array([[-1.0, -0.5, 0.0], [0.5, 1.0, 1.5]], "<f8"), None))
    f.append(("v1_i4_be_2x3.npy", np.array([[1, -2, 3], [-4, 5, 2147483647]], ">i4"), None))
    f.append(("v1_f4_fortran_2x3.npy",
              np.asfortranarray(np.array([[1.5, 2, 3], [4, 5, -6.25]], "<f4")), None))
    f.append(("v1_f4_be_fortran_2x3x2.npy",
              np.asfortranarray(np.arange(12, dtype=">f4").reshape(2, 3, 2)), None))
    f.append(("v1_i2_0d.npy", np.array(-7, "<i2"), None))
    f.append(("v1_u2_empty_0x3.npy", np.zeros((0, 3), "<u2"), None))
    f.append(("v1_bool_3.npy", np.array([True, False, True]), None))
    f.append(("v1_c16_2.npy", np.array([1 + 2j, complex(-0.5, float("inf"))], "<c16"), None))
    f.append(("v1_c8_be_2.npy", np.array([1 + 2j, 3 - 4j], ">c8"), None))
    f.append(("v1_f2_be_4.npy", np.array([1, -2, 65504, np.nan], ">f2"), None))
    f.append(("v1_u8_3.npy", np.array([0, 1, 18446744073709551615], "<u8"), None))
    f.append(("v1_i8_be_2x1.npy", np.array([[-9223372036854775808], [9223372036854775807]], ">i8"),
              None))
    f.append(("v1_i1_2x2.npy", np.array([[-128, 127], [0, -1]], "|i1"), None))
    f.append(("v1_u1_fortran_2x2.npy", np.asfortranarray(np.array([[1, 2], [3, 255]], "|u1")),
              None))
    f.append(("v1_u4_be_1.npy", np.array([4294967295], ">u4"), None))
    f.append(("v1_u2_be_2.npy", np.array([1, 65535], ">u2"), None))
    f.append(("v1_i8_0d.npy", np.array(123456789012, "<i8"), None))
    # A non-contiguous view: np.save writes it in C order.
    f.append(("v1_i4_view_2x2.npy", np.arange(24, dtype="<i4").reshape(4, 6)[::2, ::-3], None))
    # A header whose text ends exactly on a 64-byte boundary: _wrap_header
    # then pads with a full 64 spaces (padlen is never 0).
    f.append(("v1_u1_pad64_1x13x100.npy",
              np.arange(100, dtype="|u1").reshape((1,) * 13 + (100,)), None))
    f.append(("v2_i2_2x2.npy", np.array([[1, 2], [3, -4]], "<i2"), (2, 0)))
    f.append(("v2_bool_0d.npy", np.array(True), (2, 0)))
    f.append(("v3_f8_be_fortran_2x2.npy",
              np.asfortranarray(np.array([[1.0, 2.0], [3.0, -0.0]], ">f8")), (3, 0)))
    f.append(("v3_c8_empty_2x0.npy", np.zeros((2, 0), "<c8"), (3, 0)))
    return f


def main():
    os.makedirs(OUT, exist_ok=True)
    total = 0
    for name, a, version in fixtures():
        buf = io.BytesIO()
        if version is None:
            np.save(buf, a)
        else:
            np.lib.format.write_array(buf, a, version=version)
        data = buf.getvalue()
        # Each must load back as the same array.
        back = np.load(io.BytesIO(data))
        assert back.dtype == a.dtype and back.shape == a.shape, name
        assert np.array_equal(back, a, equal_nan=a.dtype.kind in "fc"), name
        assert back.flags.f_contiguous == a.flags.f_contiguous, name
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        total += len(data)
        print("%-30s %4d bytes  %s %s" % (name, len(data), a.dtype.str, a.shape))
    print("total %d bytes" % total, file=sys.stderr)


if __name__ == "__main__":
    main()
