import numpy as np, json, sys, itertools, warnings
import numpy.core._exceptions as E
warnings.simplefilter("ignore")
exec(open(__import__("os").path.join(__import__("os").path.dirname(__file__), "gen_common.py")).read())
inf=float("inf"); nan=float("nan")
R=[0.0,-0.0,1.0,-1.0,2.0,-2.5,0.5,inf,-inf,nan,1e300,-1e-300,3.0,7.0,-7.0]
C=[complex(a,b) for a in [0.0,-0.0,1.0,-2.0,inf,-inf,nan,1e300] for b in [0.0,-0.0,1.0,-3.0,inf,nan]]
out=[]
def add(op, dt, vals_a, vals_b, exact):
    n=len(vals_a)
    a=np.array(vals_a,dtype=dt)
    inputs={"a":{"dtype":dt,"shape":[n],"data":[enc(v,dt) for v in a.tolist()]}}
    args=["a"]; vals=[a]
    if vals_b is not None:
        b=np.array(vals_b,dtype=dt)
        inputs["b"]={"dtype":dt,"shape":[n],"data":[enc(v,dt) for v in b.tolist()]}; args.append("b"); vals.append(b)
    exp=run_np(op, vals, {})
    if exp is None: return
    c={"ndparity":1,"name":"special/%s-%s-%d"%(op,dt,len(out)),"inputs":inputs,"steps":[{"id":"r","op":op,"args":args}],"expect":{"r":exp}}
    if exact: c["tolerance"]={"rtol":0,"atol":0}
    out.append(c)
for dt in ["complex64","complex128"]:
    pairs=list(itertools.product(C,C))
    for op in ["add","subtract","multiply","true_divide","power","maximum","minimum","fmax","fmin","equal","not_equal","less","less_equal","greater","greater_equal","logical_and","logical_xor"]:
        for i in range(0,len(pairs),200):
            ch=pairs[i:i+200]
            add(op, dt, [p[0] for p in ch], [p[1] for p in ch], op not in ("power",))
    for op in ["sqrt","exp","log","absolute","sign","square","rint","negative","isnan","isinf","isfinite","logical_not"]:
        add(op, dt, C, None, op not in ("exp","log","sqrt","absolute"))
for dt in ["float16","float32","float64"]:
    pairs=list(itertools.product(R,R))
    for op in ["add","subtract","multiply","true_divide","floor_divide","remainder","power","maximum","minimum","fmax","fmin","less","equal","logical_or"]:
        add(op, dt, [p[0] for p in pairs], [p[1] for p in pairs], op!="power")
    for op in ["sqrt","exp","log","absolute","sign","square","rint","floor","ceil","trunc","negative","isnan","isinf","isfinite"]:
        add(op, dt, R, None, op not in ("exp","log"))
# small integer exponent complex powers
for dt in ["complex64","complex128"]:
    bases=[complex(1.5,-0.5), complex(-2,1), complex(0.1,3), complex(inf,1), complex(1,nan)]
    exps=[complex(n,0) for n in [-101,-100,-99,-5,-3,-2,-1,1,2,3,4,7,50,99,100,0.5,-0.5]]
    pairs=list(itertools.product(bases,exps))
    add("power", dt, [p[0] for p in pairs], [p[1] for p in pairs], False)
for c in out: print(json.dumps(c))
