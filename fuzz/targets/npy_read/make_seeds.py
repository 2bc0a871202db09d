"""Writes the extra seeds of the npy_read fuzz target (the valid files of
core/tests/data/npy are copied beside them). Run with /usr/bin/python3
(NumPy 1.24) from the repository root:
    /usr/bin/python3 fuzz/targets/npy_read/make_seeds.py
"""
import io
import os
import struct

import numpy as np
from numpy.lib import format as fmt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")


def save(name, arr, version=None):
    buf = io.BytesIO()
    if version is None:
        np.save(buf, arr)
    else:
        fmt.write_array(buf, arr, version=version)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(buf.getvalue())


def raw(name, header, data=b"", version=(1, 0)):
    """A file with a hand-written header (padded as NumPy pads it)."""
    h = header.encode("latin1")
    n = 2 if version[0] == 1 else 4
    pre = 6 + 2 + n
    pad = (64 - (pre + len(h) + 1) % 64) % 64
    h = h + b" " * pad + b"\n"
    ln = struct.pack("<H" if n == 2 else "<I", len(h))
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(b"\x93NUMPY" + bytes(version) + ln + h + data)


rng = np.random.default_rng(6)
save("v2_c16_fortran_2x3x2.npy", np.asfortranarray(rng.standard_normal((2, 3, 2)) + 1j), (2, 0))
save("v3_i8_be_3.npy", np.array([1, -2, 3], dtype=">i8"), (3, 0))
save("v1_f2_nan_inf.npy", np.array([np.nan, np.inf, -np.inf, -0.0, 65504], dtype="<f2"))
save("v1_u8_empty_0x5x7.npy", np.zeros((0, 5, 7), dtype=np.uint64))
save("v1_f4_rank8.npy", np.ones((1, 2, 1, 2, 1, 2, 1, 1), dtype=np.float32))
raw("hand_key_order_py2_long.npy",
    "{'shape': (2L, 3L), 'fortran_order': True, 'descr': '<i2', }",
    np.arange(6, dtype="<i2").tobytes())
raw("hand_dtype_name_spaces.npy",
    "{ 'descr' : 'float64' ,\n 'fortran_order':False,'shape':(3,)}",
    np.arange(3, dtype="<f8").tobytes())
raw("hand_zero_size_huge_dims.npy",
    "{'descr': '|b1', 'fortran_order': False, 'shape': (0, 9223372036854775807), }")
raw("hand_trailing_data.npy", "{'descr': '<u4', 'fortran_order': False, 'shape': (), }",
    b"\x01\x00\x00\x00extra")
raw("bad_structured.npy",
    "{'descr': [('a', '<i4'), ('b', '<f8')], 'fortran_order': False, 'shape': (1,), }",
    b"\x00" * 12)
raw("bad_short_data.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (4,), }",
    b"\x00" * 8)
raw("bad_negative_dim.npy", "{'descr': '>c8', 'fortran_order': False, 'shape': (-1, 2), }")
raw("bad_unknown_key.npy",
    "{'descr': '<i8', 'fortran_order': False, 'shape': (1,), 'extra': None}", b"\x00" * 8)
raw("bad_object.npy", "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", b"\x00" * 8)
with open(os.path.join(OUT, "bad_magic.npy"), "wb") as f:
    f.write(b"\x93NUMPZ\x01\x00\x10\x00{'descr': '<f8'}")
with open(os.path.join(OUT, "bad_header_length.npy"), "wb") as f:
    f.write(b"\x93NUMPY\x02\x00\xff\xff\xff\x7f{'descr'")
