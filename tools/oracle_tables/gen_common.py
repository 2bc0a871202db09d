import math
DT="bool int8 uint8 int16 uint16 int32 uint32 int64 uint64 float16 float32 float64 complex64 complex128".split()
BIN="add subtract multiply true_divide floor_divide remainder power maximum minimum fmax fmin equal not_equal less less_equal greater greater_equal logical_and logical_or logical_xor bitwise_and bitwise_or bitwise_xor left_shift right_shift".split()
UN="negative positive absolute sign sqrt square exp log floor ceil trunc rint logical_not invert isnan isinf isfinite".split()
def fval(x):
    x=float(x)
    if math.isnan(x): return "nan"
    if math.isinf(x): return "inf" if x>0 else "-inf"
    if x==0 and math.copysign(1,x)<0: return "-0.0"
    return x
def enc(v, dt):
    k=np.dtype(dt).kind
    if k=="b": return bool(v)
    if k in "iu":
        v=int(v); return v if abs(v) < 2**53 else str(v)
    if k=="f": return fval(v)
    return [fval(v.real), fval(v.imag)]
def errclass(e):
    if isinstance(e,E._UFuncNoLoopError): return "type"
    if isinstance(e,E._UFuncCastingError): return "cast"
    if isinstance(e,OverflowError): return "overflow"
    if isinstance(e,TypeError): return "type"
    if isinstance(e,ValueError):
        if "broadcast" in str(e): return "broadcast"
        return "value"
    return None
def run_np(op, vals, kw):
    try:
        res=np.asarray(getattr(np,op)(*vals,**kw))
        if res.dtype.name not in DT: return None
        return {"dtype":res.dtype.name,"shape":list(res.shape),"view":False,"data":[enc(v,res.dtype) for v in res.reshape(-1).tolist()]}
    except Exception as e:
        c=errclass(e)
        return {"error":c} if c else None
