import numpy as np, json, sys, warnings
import numpy.core._exceptions as E
warnings.simplefilter("ignore")
exec(open(__import__("os").path.join(__import__("os").path.dirname(__file__), "gen_common.py")).read())
HUGE=[2**63, 2**64-1, -2**63-1]
out=[]
for op in BIN+UN:
    nin = 2 if op in BIN else 1
    for h in HUGE:
        others = list(range(18)) if nin==2 else [None]
        for o in others:
            for pos in ([0,1] if nin==2 else [0]):
                inputs={}; args=[None]*nin; vals=[None]*nin
                args[pos]={"int":str(h)}; vals[pos]=h
                if nin==2:
                    q=1-pos
                    if o<14:
                        dt=DT[o]; a=np.array([1,0,1],dtype=dt)
                        inputs["a"]={"dtype":dt,"shape":[3],"data":[enc(v,dt) for v in a.tolist()]}
                        args[q]="a"; vals[q]=a
                    else:
                        k=["int","float","bool","complex"][o-14]; v=[3,2.5,True,complex(1,2)][o-14]
                        args[q]={k: (v if k!="complex" else [1.0,2.0])}; vals[q]=v
                exp=run_np(op, vals, {})
                if exp is None: continue
                out.append({"ndparity":1,"name":"huge/%s-%d-%s-%d"%(op,HUGE.index(h),o,pos),"inputs":inputs,"steps":[{"id":"r","op":op,"args":args}],"expect":{"r":exp}})
for c in out: print(json.dumps(c))
