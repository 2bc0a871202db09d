import numpy as np, warnings, itertools, sys
warnings.simplefilter('ignore')
D = ['bool','int8','uint8','int16','uint16','int32','uint32','int64','uint64','float16','float32','float64','complex64','complex128']
OPS2 = 'add subtract multiply true_divide floor_divide remainder power maximum minimum fmax fmin equal not_equal less less_equal greater greater_equal logical_and logical_or logical_xor bitwise_and bitwise_or bitwise_xor left_shift right_shift'.split()
OPS1 = 'negative positive absolute sign sqrt square exp log floor ceil trunc rint logical_not invert isnan isinf isfinite'.split()
def vals(d):
    k = np.dtype(d).kind
    if k == 'b': return np.array([False, True])
    if k in 'iu':
        i = np.iinfo(d); w = np.dtype(d).itemsize * 8
        v = [0, 1, -1, 2, -2, 3, -3, 7, -7, 100, -100, i.min, i.max, i.min + 1, i.max - 1, w - 1, w, w + 1, 5, 13]
        return np.array([x for x in v if i.min <= x <= i.max], dtype=d)
    f = np.finfo(d if k == 'f' else ('float32' if d == 'complex64' else 'float64'))
    base = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, -3.0, 7.0, -7.0, 1e-3, 100.0, -100.0, 0.1, float(f.max), float(f.tiny), float(f.tiny) / 4, np.inf, -np.inf, np.nan, 1e4, 3.7, -5.3]
    if k == 'f': return np.array(base, dtype='float64').astype(d)
    parts = [0.0, -0.0, 1.0, -1.0, 2.5, -0.5, 3.0, np.inf, -np.inf, np.nan, 1e3, 0.1]
    return np.array([complex(a, b) for a in parts for b in parts], dtype=d)
out = open(sys.argv[1], 'w')
for op in OPS2 + OPS1:
    u = getattr(np, op)
    for d in D:
        v = vals(d)
        if u.nin == 2:
            a = np.repeat(v, len(v)); b = np.tile(v, len(v))
            if op == 'power' and np.dtype(d).kind == 'i':
                keep = b >= 0; a = a[keep]; b = b[keep]
            try: r = u(a, b)
            except Exception as e: out.write('%s %s ERR %s\n' % (op, d, type(e).__name__)); continue
            out.write('%s %s %d %s %s %s %s\n' % (op, d, len(a), a.tobytes().hex(), b.tobytes().hex(), r.dtype, r.tobytes().hex()))
        else:
            try: r = u(v)
            except Exception as e: out.write('%s %s ERR %s\n' % (op, d, type(e).__name__)); continue
            out.write('%s %s %d %s - %s %s\n' % (op, d, len(v), v.tobytes().hex(), r.dtype, r.tobytes().hex()))
