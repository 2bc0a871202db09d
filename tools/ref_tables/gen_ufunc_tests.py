# Tables of core/tests/test_ref_ufunc.c, printed by NumPy 1.24.2 run as
# NPY_PROMOTION_STATE=weak /usr/bin/python3 gen_ufunc_tests.py
import warnings
import numpy as np
warnings.simplefilter('ignore')
CO, CC = '/' + '*', '*' + '/'
D = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
     'float16', 'float32', 'float64', 'complex64', 'complex128']
OPS2 = ('add subtract multiply true_divide floor_divide remainder power maximum minimum fmax '
        'fmin equal not_equal less less_equal greater greater_equal logical_and logical_or '
        'logical_xor bitwise_and bitwise_or bitwise_xor left_shift right_shift').split()
OPS1 = ('negative positive absolute sign sqrt square exp log floor ceil trunc rint logical_not '
        'invert isnan isinf isfinite').split()
SC = {'pyint': 1, 'pyfloat': 1.0, 'pycomplex': 1j, 'pybool': True, 'npc128': np.complex128(1)}
ALL = D + list(SC)
SUB = ['bool', 'int8', 'uint16', 'int64', 'uint64', 'float16', 'float32', 'complex64', 'pyint',
       'pyfloat', 'pycomplex']


def operand(k):
    return SC[k] if k in SC else np.ones(1, dtype=k)


def code(f, *args, **kw):
    """a-n: the result dtype; T type, C cast, O overflow, V value error"""
    try:
        return 'abcdefghijklmn'[D.index(str(np.asarray(f(*args, **kw)).dtype))]
    except Exception as e:
        n = type(e).__name__
        if 'Cannot cast' in str(e):
            return 'C'
        return {'OverflowError': 'O', 'ValueError': 'V'}.get(n, 'T')


print(CO + ' operand kinds: the 14 dtypes (1-element arrays of ones), then Python int 1, '
      'float 1.0, complex 1j, bool True, np.complex128(1) ' + CC)
print(CO + ' no dtype=, default casting: one code per (first, second) operand kind ' + CC)
print('static const struct resolve_row resolve_default[] = {')
for op in OPS2 + OPS1:
    u = getattr(np, op)
    if u.nin == 2:
        s = ''.join(code(u, operand(a), operand(b)) for a in ALL for b in ALL)
    else:
        s = ''.join(code(u, operand(a)) for a in ALL)
    print('    {"%s", "%s"},' % (op, s))
print('};')
print(CO + ' dtype=each of the 14 (rows of the string), casting same_kind, first and second '
      'operand from the subset kinds ' + CC)
print('static const struct resolve_row resolve_dtype[] = {')
for op in OPS2 + OPS1:
    u = getattr(np, op)
    kinds = [(a, b) for a in SUB for b in SUB] if u.nin == 2 else [(a,) for a in SUB]
    s = ''.join(code(u, *[operand(k) for k in ks], dtype=d) for d in D for ks in kinds)
    print('    {"%s", "%s"},' % (op, s))
print('};')
print(CO + ' casting=no, safe, unsafe (in that order), no dtype=, subset kinds ' + CC)
print('static const struct resolve_row resolve_casting[] = {')
for op in OPS2 + OPS1:
    u = getattr(np, op)
    kinds = [(a, b) for a in SUB for b in SUB] if u.nin == 2 else [(a,) for a in SUB]
    s = ''.join(code(u, *[operand(k) for k in ks], casting=c) for c in ('no', 'safe', 'unsafe')
                for ks in kinds)
    print('    {"%s", "%s"},' % (op, s))
print('};')
