# Cast table of test_ref_types.c: source values per dtype and the bytes of
# np.ndarray.astype for every (source, target) pair.
import math, warnings
import numpy as np
warnings.simplefilter('ignore')
CO, CC = '/' + '*', '*' + '/'
D = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
     'float16', 'float32', 'float64', 'complex64', 'complex128']
ints = [0, 1, -1, 2, -2, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535,
        65536, 2**24 + 1, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32 + 3, 2**53 + 1,
        2**63 - 1, -2**63, 2**63 + 1, 2**64 - 1, 2**62 + 2**40 + 1]
flts = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, -0.7, 127.9, -128.9, 255.5, 300.25, 65504.0,
        65519.0, 65520.0, 1e-8, 6e-8, 3e-5, 2.0**24 + 1, 2.0**31, -2.0**31, 3.4e38, 1e300, -1e300,
        2.0**63, 2.0**64 - 2048, float('nan'), float('inf'), float('-inf'), 1 / 3]
cplx = [(0, 0), (1, 0), (0, 1), (-2.5, 3), (1e300, -1e-300), (float('nan'), 0),
        (0, float('nan')), (float('inf'), -1), (65520, 7), (-0.0, -0.0), (300.25, 0.5),
        (-128.9, 1)]
vals = {}
for d in D:
    k = np.dtype(d).kind
    if k == 'b':
        vals[d] = np.array([False, True], dtype=d)
    elif k in 'iu':
        info = np.iinfo(d)
        vals[d] = np.array([v for v in ints if info.min <= v <= info.max], dtype=d)
    elif k == 'f':
        vals[d] = np.array(flts, dtype='float64').astype(d)
    else:
        vals[d] = np.array([complex(a, b) for a, b in cplx], dtype=d)
print(CO + ' source values per dtype (native bytes) ' + CC)
print('static const struct cast_src cast_srcs[NDP_NDTYPES] = {')
for d in D:
    print('  {%d, "%s"}, %s %s %s' % (len(vals[d]), vals[d].tobytes().hex(), CO, d, CC))
print('};')
print(CO + ' expected bytes per (source, target); "-" marks a platform-defined value ' + CC)
print('static const char *const cast_expect[NDP_NDTYPES][NDP_NDTYPES] = {')
for s in D:
    print('  {')
    for t in D:
        a = vals[s]
        r = a.astype(t)
        isz = np.dtype(t).itemsize
        out = ''
        for i in range(len(a)):
            skip = False
            if np.dtype(t).kind in 'iu' and np.dtype(s).kind in 'fc':
                xr = a[i].real
                if not np.isfinite(xr):
                    skip = True
                else:
                    info = np.iinfo(t)
                    skip = not (info.min <= math.trunc(float(xr)) <= info.max)
            out += '-' * (2 * isz) if skip else r[i:i + 1].tobytes().hex()
        print('    "%s", %s %s -> %s %s' % (out, CO, s, t, CC))
    print('  },')
print('};')
