import numpy as np, warnings, sys, time
warnings.simplefilter("ignore")
dts="bool int8 uint8 int16 uint16 int32 uint32 int64 uint64 float16 float32 float64 complex64 complex128".split()
code="?bBhHiIqQefdFD"
py={"pi":1,"pf":1.5,"pb":True,"pc":1+1j}
ops=[np.ones(2,dtype=d) for d in dts]+list(py.values())
castings=["no","equiv","safe","same_kind","unsafe"]
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
  return "X"
def res(f,a,kw):
  try:
    r=f(*a,**kw)
    return code[dts.index(np.asarray(r).dtype.name)]
  except Exception as e:
    return cls(e)
binary="add subtract multiply true_divide floor_divide remainder power maximum minimum fmax fmin equal not_equal less less_equal greater greater_equal logical_and logical_or logical_xor bitwise_and bitwise_or bitwise_xor left_shift right_shift".split()
unary="negative positive absolute sign sqrt square exp log floor ceil trunc rint logical_not invert isnan isinf isfinite".split()
which=sys.argv[1]
names=binary if which=="b" else unary
for n in names:
  f=getattr(np,n)
  for D in dts+[None]:
    for c in castings:
      kw={"casting":c}
      if D: kw["dtype"]=D
      if which=="b":
        s=" ".join("".join(res(f,(a,b),kw) for b in ops) for a in ops)
      else:
        s="".join(res(f,(a,),kw) for a in ops)
      print(n, D or "-", c, s)
