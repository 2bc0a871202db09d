"""Writes the seed corpus of the dlpack_import fuzz target: each seed is a
DLManagedTensor description in the byte layout that dlpack_import.c reads
(see the comment at its top; keep the two in step). Run from anywhere:
    /usr/bin/python3 fuzz/targets/dlpack_import/make_seeds.py
"""
import os
import struct

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")

OWN, NO_DELETER, NO_STRIDES, NO_SHAPE, NO_DATA, VIA_VIEW = 1, 2, 4, 8, 16, 32
CODES = {"int": 0, "uint": 1, "float": 2, "opaque": 3, "bfloat": 4, "complex": 5, "bool": 6}
WIDTHS = [8, 16, 32, 64, 128, 1, 24]


def u8(v):
    return struct.pack("<B", v)


def ndim_field(n):
    if 0 <= n < 7:
        return u8(n)
    if 0 <= n < 50:
        return u8(200 + n)
    return u8(250) + struct.pack("<i", n)


def device_field(dev_type=1, dev_id=0):
    if dev_type == 1 and 0 <= dev_id < 3:
        return u8(dev_id)
    return u8(240) + struct.pack("<Ii", dev_type, dev_id)


def dtype_field(code, bits, lanes=1):
    # a selector below 224 picks a valid code / a width of WIDTHS; at or
    # above 224 the selector byte is the raw value itself
    c = u8(code)
    b = u8(WIDTHS.index(bits)) if bits in WIDTHS else u8(bits)
    assert code < 7 or code >= 224
    assert bits in WIDTHS or bits >= 224
    lanes_b = u8(0) if lanes == 1 else u8(240) + struct.pack("<H", lanes)
    return c + b + lanes_b


def dim_field(size, stride=None):
    if 0 <= size < 5:
        s = u8(size)
    elif size >= 0 and size % 3 == 0 and size // 3 < 50:
        s = u8(200 + size // 3)
    else:
        s = u8(250) + struct.pack("<q", size)
    if stride is None:
        return s
    if -9 <= stride <= 9:
        return s + u8(stride + 9)
    return s + u8(240) + struct.pack("<q", stride)


def offset_field(off):
    if 0 <= off < 48:
        return u8(off)
    return u8(240) + struct.pack("<Q", off)


def foreign(name, flags, ndim, code, bits, dims, offset=0, lanes=1, device=(1, 0)):
    b = u8(flags) + ndim_field(ndim) + device_field(*device) + dtype_field(CODES[code], bits, lanes)
    for d in dims:
        b += dim_field(d[0], None if flags & NO_STRIDES else d[1])
    b += offset_field(offset)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(b)


def own(name, dtype, dims, swapped=0, xflags=0, extra=0, slack=0, release_first=0, edits=b""):
    """dims: (size, element stride, misaligned)"""
    b = u8(OWN) + u8(dtype) + u8(swapped) + u8(xflags) + u8(len(dims))
    for size, se, mis in dims:
        # the reader takes (int8)byte % 8 (C: truncated) as the stride and
        # bit 0x40 of the byte as "misaligned by one byte"
        assert -7 <= se <= 7
        if se >= 0:
            s = se | (0x40 if mis else 0)
        else:
            s = (se if mis else se - 64) & 0xFF
        b += u8(size) + u8(s)
    b += u8(extra) + u8(slack) + u8(release_first) + edits
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(b)


os.makedirs(OUT, exist_ok=True)
# Valid foreign tensors.
foreign("f8-2x3-compact", NO_STRIDES, 2, "float", 64, [(2,), (3,)])
foreign("i4-3x4-negative-strides", 0, 2, "int", 32, [(3, -4), (4, -1)], offset=4)
foreign("u2-4-stride0", VIA_VIEW, 1, "uint", 16, [(4, 0)])
foreign("c16-0x4-zero-size", 0, 2, "complex", 128, [(0, 1), (4, 9)])
foreign("f2-0d-no-deleter", NO_DELETER | NO_SHAPE, 0, "float", 16, [], offset=6)
foreign("i1-rank6-misaligned", VIA_VIEW, 6, "int", 8, [(2, 1), (1, 5), (2, -3), (1, 0), (2, 7), (1, 1)],
        offset=13)
foreign("u8-zero-size-no-data", NO_DATA, 3, "uint", 64, [(3, 1), (0, 1), (2, 1)])
# Refused ones.
foreign("bad-ndim-negative", 0, -1, "float", 32, [])
foreign("bad-ndim-33", NO_STRIDES, 33, "float", 32, [(1,)] * 33)
foreign("bad-device-cuda", 0, 1, "float", 32, [(2, 1)], device=(2, 0))
foreign("bad-lanes-4", 0, 1, "float", 32, [(2, 1)], lanes=4)
foreign("bad-bfloat16", 0, 1, "bfloat", 16, [(2, 1)])
foreign("bad-kdlbool", 0, 1, "bool", 8, [(2, 1)])
foreign("bad-bits-1", 0, 1, "int", 1, [(2, 1)])
foreign("bad-shape-null", NO_SHAPE, 2, "int", 64, [(2, 1), (2, 1)])
foreign("bad-data-null", NO_DATA, 1, "int", 64, [(2, 1)])
foreign("bad-negative-dim", 0, 2, "int", 16, [(-1, 1), (2, 1)])
foreign("bad-too-big", NO_STRIDES, 2, "float", 64, [(1 << 62, None), (4, None)])
foreign("bad-stride-overflow", 0, 1, "float", 64, [(2, 1 << 61)])
foreign("bad-extent-overflow", 0, 2, "int", 8, [(2, (1 << 62)), (3, (1 << 62))])
foreign("bad-offset", 0, 1, "uint", 8, [(1, 1)], offset=(1 << 63) + 5)
# Own exports, round-tripped and edited.
own("own-f4-2x3-transposed", 10, [(2, 1, 0), (3, 2, 0)])
own("own-f8-contiguous-view", 11, [(2, 3, 0), (3, 1, 0)], release_first=1)
own("own-bool-as-uint8", 0, [(4, 1, 0)], xflags=1)
own("own-bool-refused", 0, [(4, 1, 0)])
own("own-i2-swapped-refused", 3, [(3, 1, 0)], swapped=1)
own("own-i4-misaligned-refused", 5, [(3, 2, 1), (2, 1, 0)])
own("own-u8-negative-edit-offset", 8, [(3, -1, 0)], extra=3, edits=u8(4) + u8(40))
own("own-c8-edit-ndim-data", 12, [(2, 1, 0), (2, 2, 0)], edits=u8(1 | 32) + u8(1) + u8(8))
own("own-i8-edit-shape-strides-bits", 7, [(2, 2, 0), (2, 1, 0)], slack=7,
    edits=u8(2 | 8 | 16) + u8(1) + u8(8) + u8(0) + u8(0xFD) + u8(1))
own("own-unknown-flag", 9, [(1, 0, 0)], xflags=254)
# Finds, kept as regression tests (crash-*).
# An int8 tensor of 2^60 elements with stride -1: its lowest byte lies 2^60
# below data, below address 0. ndp_dlpack_import accepted it and formed the
# pointer data - (2^60 - 1) (UBSan: pointer index expression overflowed);
# it must be refused (NDP_EINPUT) like the other impossible extents.
foreign("crash-extent-wraps-address-space", 0, 1, "int", 8, [(1 << 60, -1)])
