import numpy as np, warnings
warnings.simplefilter("ignore")
dts="bool int8 uint8 int16 uint16 int32 uint32 int64 uint64 float16 float32 float64 complex64 complex128".split()
code="?bBhHiIqQefdFD"
py={"pi":1,"pf":1.5,"pb":True,"pc":1+1j}
ops=[dict(kind="s",dt=d) for d in dts]+[dict(kind=k) for k in py]
def mk(o):
  if o["kind"]=="s": return np.ones(2,dtype=o["dt"])
  return py[o["kind"]]
def cls(e):
  import numpy.core._exceptions as E
  if isinstance(e,E._UFuncNoLoopError): return "T"
  if isinstance(e,E._UFuncCastingError): return "C"
  n=type(e).__name__
  if "NoLoop" in n: return "T"
  if "Casting" in n: return "C"
  if isinstance(e,OverflowError): return "O"
  if isinstance(e,TypeError): return "t"
  if isinstance(e,ValueError): return "V"
  return "?"+n
def res(f,*a):
  try:
    r=f(*a)
    return code[dts.index(np.asarray(r).dtype.name)]
  except Exception as e:
    return cls(e)
binary="add subtract multiply true_divide floor_divide remainder power maximum minimum fmax fmin equal not_equal less less_equal greater greater_equal logical_and logical_or logical_xor bitwise_and bitwise_or bitwise_xor left_shift right_shift".split()
unary="negative positive absolute sign sqrt square exp log floor ceil trunc rint logical_not invert isnan isinf isfinite".split()
import sys
labels=[o.get("dt",o["kind"]) for o in ops]
for n in binary:
  f=getattr(np,n)
  rows=[]
  for a in ops:
    rows.append("".join(res(f,mk(a),mk(b)) for b in ops))
  print(n, " ".join(rows))
for n in unary:
  f=getattr(np,n)
  print(n, "".join(res(f,mk(a)) for a in ops))
