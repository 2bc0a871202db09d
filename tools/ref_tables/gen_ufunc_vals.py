# Value table of core/tests/test_ref_ufunc.c (NumPy 1.24.2, NPY_PROMOTION_STATE=weak):
# every ufunc on every pair of a few special values, in six loop dtypes.
import warnings
import numpy as np
warnings.simplefilter('ignore')
CO, CC = '/' + '*', '*' + '/'
OPS2 = ('add subtract multiply true_divide floor_divide remainder power maximum minimum fmax '
        'fmin equal not_equal less less_equal greater greater_equal logical_and logical_or '
        'logical_xor bitwise_and bitwise_or bitwise_xor left_shift right_shift').split()
OPS1 = ('negative positive absolute sign sqrt square exp log floor ceil trunc rint logical_not '
        'invert isnan isinf isfinite').split()
VALS = {
    'bool': [False, True],
    'int8': [0, 1, -1, 7, -128, 127, 8, -3],
    'uint64': [0, 1, 2, 63, 64, 2**64 - 1, 2**63, 10],
    'float16': [0.0, -0.0, 1.0, -2.5, 65504.0, 6e-8, np.inf, np.nan],
    'float64': [0.0, -0.0, 0.5, -3.0, 7.25, 1e300, -np.inf, np.nan],
    'complex128': [0, -0.0 - 0.0j, 1 + 2j, -2.5 + 0.5j, complex(np.inf, 1), complex(np.nan, 0),
                   3j, complex(0, -np.inf)],
}
print(CO + ' input values per dtype (native bytes) ' + CC)
print('static const struct val_input val_inputs[] = {')
for d, v in VALS.items():
    a = np.array(v, dtype=d)
    print('    {"%s", %d, "%s"},' % (d, len(a), a.tobytes().hex()))
print('};')
print(CO + ' op, input dtype, result dtype, result bytes (binary: all pairs, first operand '
      'major; "" when NumPy raises) ' + CC)
print('static const struct val_row val_rows[] = {')
for op in OPS2 + OPS1:
    u = getattr(np, op)
    for d, v in VALS.items():
        a = np.array(v, dtype=d)
        if u.nin == 2:
            x, y = np.repeat(a, len(a)), np.tile(a, len(a))
            if op == 'power' and d == 'int8':
                keep = y >= 0
                x, y = x[keep], y[keep]
            args = (x, y)
        else:
            args = (a,)
        try:
            r = u(*args)
        except Exception:
            print('    {"%s", "%s", NULL, ""},' % (op, d))
            continue
        print('    {"%s", "%s", "%s", "%s"},' % (op, d, r.dtype, r.tobytes().hex()))
print('};')
