from fractions import Fraction as F
import numpy as np, random
random.seed(3)
def fma(a,b,c): return float(F(a)*F(b)+F(c))
def f32(x): return float(np.float32(x))
def fma32(a,b,c): return f32(F(a)*F(b)+F(c))
def plain(a,b): return complex(a.real*b.real-a.imag*b.imag, a.real*b.imag+a.imag*b.real)
def fusedA(a,b): return complex(fma(a.real,b.real,-(a.imag*b.imag)), fma(a.real,b.imag,a.imag*b.real))
def plain32(a,b):
    ar,ai,br,bi=[np.float32(v) for v in (a.real,a.imag,b.real,b.imag)]
    return complex(ar*br-ai*bi, ar*bi+ai*br)
def fused32(a,b):
    ar,ai,br,bi=[f32(v) for v in (a.real,a.imag,b.real,b.imag)]
    return complex(fma32(ar,br,-f32(ai*bi)), fma32(ar,bi,f32(ai*br)))
vals=[complex(random.uniform(-3,3),random.uniform(-3,3)) for _ in range(400)]
def classify(name, dt, fn, ref_plain, ref_fused):
    for lay in (['contig','strided','n1'] if 'square' in name or 'power' in name else ['contig','scalar_b','scalar_a','strided','n1']):
        cp=cf=0; tot=0
        for i in range(0,len(vals)-1,2):
            a=vals[i]; b=vals[i+1]
            if dt=='complex64': a=complex(np.complex64(a)); b=complex(np.complex64(b))
            if lay=='contig': r=fn(np.array([a,a,a],dt),np.array([b,b,b],dt))[1]
            elif lay=='scalar_b': r=fn(np.array([a,a,a],dt),np.array(b,dt))[1]
            elif lay=='scalar_a': r=fn(np.array(a,dt),np.array([b,b,b],dt))[1]
            elif lay=='strided': r=fn(np.array([a,a,a,a,a,a],dt)[::2],np.array([b,b,b,b,b,b],dt)[::2])[1]
            else: r=fn(np.array([a],dt),np.array([b],dt))[0]
            r=complex(r); p=ref_plain(a,b); q=ref_fused(a,b); tot+=1
            cp+= (r==p); cf+=(r==q)
        print(name,dt,lay,'plain',cp,'fused',cf,'of',tot)
classify('square','complex128',lambda x,y: np.square(x),lambda a,b: plain(a,a),lambda a,b: fusedA(a,a))
classify('square','complex64',lambda x,y: np.square(x),lambda a,b: plain32(a,a),lambda a,b: fused32(a,a))
classify('power2','complex128',lambda x,y: np.power(x,2),lambda a,b: plain(a,a),lambda a,b: fusedA(a,a))

def cdiv(a,b):
    ar,ai,br,bi=a.real,a.imag,b.real,b.imag
    if abs(br)>=abs(bi):
        rat=bi/br; scl=1.0/(br+bi*rat); return complex((ar+ai*rat)*scl,(ai-ar*rat)*scl)
    rat=br/bi; scl=1.0/(bi+br*rat); return complex((ar*rat+ai)*scl,(ai*rat-ar)*scl)
def cdivf(a,b):
    ar,ai,br,bi=a.real,a.imag,b.real,b.imag
    if abs(br)>=abs(bi):
        rat=bi/br; scl=1.0/(br+bi*rat); return complex(fma(ai,rat,ar)*scl,fma(-ar,rat,ai)*scl)
    rat=br/bi; scl=1.0/(bi+br*rat); return complex(fma(ar,rat,ai)*scl,fma(ai,rat,-ar)*scl)
classify('divide','complex128',np.true_divide,cdiv,cdivf)
classify('power3','complex128',lambda x,y: np.power(x,3),lambda a,b: plain(a,plain(a,a)),lambda a,b: fusedA(a,fusedA(a,a)))
classify('power3s','complex128',lambda x,y: np.power(x,np.array([3,3,3,3,3,3])[:len(x)] if x.ndim else 3),lambda a,b: plain(a,plain(a,a)),lambda a,b: fusedA(a,fusedA(a,a)))
