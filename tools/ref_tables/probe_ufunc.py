# For every ufunc of the case format, every operand pair (14 dtypes as 1-element
# arrays, Python int/float/complex/bool, np.complex128 scalar), dtype= (none or
# each of 14) and casting= (5 modes): the result dtype or error class, and the
# loop's input dtypes (resolve_dtypes).
import sys, warnings
import numpy as np
warnings.simplefilter('ignore')
D = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
     'float16', 'float32', 'float64', 'complex64', 'complex128']
SC = {'pyint': 1, 'pyfloat': 1.0, 'pycomplex': 1j, 'pybool': True, 'npc128': np.complex128(1)}
SCT = {'pyint': int, 'pyfloat': float, 'pycomplex': complex, 'pybool': np.dtype(bool), 'npc128': complex}
OPS2 = 'add subtract multiply true_divide floor_divide remainder power maximum minimum fmax fmin equal not_equal less less_equal greater greater_equal logical_and logical_or logical_xor bitwise_and bitwise_or bitwise_xor left_shift right_shift'.split()
OPS1 = 'negative positive absolute sign sqrt square exp log floor ceil trunc rint logical_not invert isnan isinf isfinite'.split()
CAST = ['no', 'equiv', 'safe', 'same_kind', 'unsafe']
def operand(k):
    if k in SC: return SC[k]
    return np.ones(1, dtype=k)
def typ(k):
    return SCT[k] if k in SCT else np.dtype(k)
def cls(e):
    n = type(e).__name__
    if 'Casting' in n or 'cast' in str(e).lower() and 'Cannot cast' in str(e): return '!cast'
    if n in ('UFuncTypeError', 'TypeError') or 'NoLoop' in n: return '!type'
    if n == 'OverflowError': return '!overflow'
    if n == 'ValueError': return '!value'
    return '!' + n
kinds = D + list(SC)
out = open(sys.argv[1], 'w')
for op in OPS2 + OPS1:
    u = getattr(np, op)
    pairs = [(a, b) for a in kinds for b in kinds] if u.nin == 2 else [(a,) for a in kinds]
    for pr in pairs:
        args = [operand(k) for k in pr]
        for dt in [None] + D:
            for c in CAST:
                kw = {'casting': c}
                if dt is not None: kw['dtype'] = dt
                try:
                    r = u(*args, **kw)
                    res = str(np.asarray(r).dtype)
                except Exception as e:
                    res = cls(e)
                loop = '-'
                if not res.startswith('!'):
                    try:
                        kw2 = {'casting': c}
                        if dt is not None: kw2['signature'] = (None,) * u.nin + (np.dtype(dt),)
                        t = u.resolve_dtypes(tuple(typ(k) for k in pr) + (None,), **kw2)
                        loop = ','.join(str(x) for x in t)
                    except Exception as e:
                        loop = 'E' + type(e).__name__
                out.write('%s %s %s %s %s %s\n' % (op, ' '.join(pr), dt or '-', c, res, loop))
out.close()
