# One case per process: Python ints in [2^63, 2^64) and beyond, fresh dispatch cache.
import numpy as np, json, sys, warnings
import numpy.core._exceptions as E
warnings.simplefilter("ignore")
exec(open(__import__("os").path.join(__import__("os").path.dirname(__file__), "gen_common.py")).read())
op, h, o, pos = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
nin = 2 if op in BIN else 1
inputs={}; args=[None]*nin; vals=[None]*nin
args[pos]={"int":str(h)}; vals[pos]=h
if nin==2:
    q=1-pos
    if o in DT:
        a=np.array([1,0,1],dtype=o)
        inputs["a"]={"dtype":o,"shape":[3],"data":[enc(v,o) for v in a.tolist()]}
        args[q]="a"; vals[q]=a
    else:
        k={"pi":"int","pf":"float","pb":"bool","pc":"complex"}[o]; v={"pi":3,"pf":2.5,"pb":True,"pc":complex(1,2)}[o]
        args[q]={k: (v if k!="complex" else [1.0,2.0])}; vals[q]=v
exp=run_np(op, vals, {})
if exp is not None:
    print(json.dumps({"ndparity":1,"name":"fresh/%s-%d-%s-%d"%(op,h,o,pos),"inputs":inputs,"steps":[{"id":"r","op":op,"args":args}],"expect":{"r":exp}}))
