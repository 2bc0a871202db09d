# Promotion, can_cast and NEP 50 tables of test_ref_types.c.
import numpy as np
CO, CC = '/' + '*', '*' + '/'
D = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
     'float16', 'float32', 'float64', 'complex64', 'complex128']
print(CO + ' np.promote_types(row, column) as dtype indices ' + CC)
print('static const int want_promote[NDP_NDTYPES][NDP_NDTYPES] = {')
for a in D:
    row = ', '.join(str(D.index(str(np.promote_types(a, b)))) for b in D)
    print('  {%s}, %s %s %s' % (row, CO, a, CC))
print('};')
for c in ['no', 'equiv', 'safe', 'same_kind', 'unsafe']:
    print('%s np.can_cast(row, column, "%s") %s' % (CO, c, CC))
    print('static const char *const want_cast_%s[NDP_NDTYPES] = {' % c)
    for a in D:
        bits = ''.join('1' if np.can_cast(a, b, c) else '0' for b in D)
        print('  "%s", %s %s %s' % (bits, CO, a, CC))
    print('};')
print(CO + ' np.result_type(np.empty(1, row), s) for s = 1, 1.0, 1j, True ' + CC)
print('static const int want_weak[NDP_NDTYPES][4] = {')
for a in D:
    x = np.empty(1, a)
    row = ', '.join(str(D.index(str(np.result_type(x, s)))) for s in (1, 1.0, 1j, True))
    print('  {%s}, %s %s %s' % (row, CO, a, CC))
print('};')
