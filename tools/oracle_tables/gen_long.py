import numpy as np, json, sys, random, warnings
import numpy.core._exceptions as E
warnings.simplefilter("ignore")
exec(open(__import__("os").path.join(__import__("os").path.dirname(__file__), "gen_common.py")).read())
rng=random.Random(11)
def rv(dt):
    r=rng.random()
    if r<0.3: x=rng.choice([0.0,-0.0,float("nan"),float("inf"),-float("inf"),1.0,-1.0])
    else: x=rng.uniform(-100,100)
    if np.dtype(dt).kind=="c":
        y=rng.choice([0.0,-0.0,float("nan"),rng.uniform(-5,5)])
        return complex(x,y)
    return x
out=[]
ops=["maximum","minimum","fmax","fmin","add","subtract","multiply","true_divide","floor_divide","remainder","power","sqrt","absolute","negative","sign","square","floor","ceil","trunc","rint","exp","log","equal","less","logical_and","isnan","isfinite"]
for op in ops:
    for dt in ["float16","float32","float64","complex64","complex128","int8","uint16","int32","int64","uint64"]:
        for n in [67, 16]:
            k=np.dtype(dt).kind
            if k in "iu":
                info=np.iinfo(dt); mk=lambda: rng.choice([rng.randint(info.min,info.max), rng.randint(-5,5) if k=="i" else rng.randint(0,5)])
            else: mk=lambda: rv(dt)
            a=np.array([mk() for _ in range(n)],dtype=dt); b=np.array([mk() for _ in range(n)],dtype=dt)
            nin=2 if op in BIN else 1
            vals=[a,b][:nin]
            exp=run_np(op, vals, {})
            if exp is None: continue
            inputs={"a":{"dtype":dt,"shape":[n],"data":[enc(v,dt) for v in a.tolist()]}}
            args=["a"]
            if nin==2:
                inputs["b"]={"dtype":dt,"shape":[n],"data":[enc(v,dt) for v in b.tolist()]}; args.append("b")
            c={"ndparity":1,"name":"long/%s-%s-%d"%(op,dt,n),"inputs":inputs,"steps":[{"id":"r","op":op,"args":args}],"expect":{"r":exp}}
            if op not in ("exp","log","power") and not (op in ("absolute","sqrt") and k=="c"):
                c["tolerance"]={"rtol":0,"atol":0}
            out.append(c)
for c in out: print(json.dumps(c))
