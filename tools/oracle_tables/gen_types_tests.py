import numpy as np, warnings, json
warnings.simplefilter("ignore")
exec(open(__import__("os").path.join(__import__("os").path.dirname(__file__), "gen_common.py")).read())
code="?bBhHiIqQefdFD"
print("/* np.promote_types(row, column), as type characters in DTYPE_CHARS order. */")
print("static const char *const promote_rows[NDP_NDTYPES] = {")
for a in DT: print('    "%s", /* %s */' % ("".join(code[DT.index(np.promote_types(a,b).name)] for b in DT), a))
print("};\n")
print("/* np.can_cast(row, column, casting): 1 or '.', one block per casting mode. */")
print("static const char *const can_cast_rows[5][NDP_NDTYPES] = {")
for c in ["no","equiv","safe","same_kind","unsafe"]:
    print("    { /* %s */" % c)
    for a in DT: print('        "%s", /* %s */' % ("".join("1" if np.can_cast(a,b,c) else "." for b in DT), a))
    print("    },")
print("};\n")
# value casts: (from, value, to, expected)
vals = {
 "bool":[True,False],
 "int8":[-128,-1,0,127], "uint8":[0,255,200], "int16":[-32768,300,-300], "uint16":[65535,40000],
 "int32":[-2**31,2**31-1,65519,65520], "uint32":[2**32-1,3000000000], "int64":[-2**63,2**63-1,2**62+2**38+1,2**53+1],
 "uint64":[2**64-1,2**63], "float16":[-0.0,65504,float("nan"),float("-inf"),0.1],
 "float32":[-2.7,1e30,float("nan"),3.4028234663852886e38,1e-45,300.7,-300.7,0.5,2049.0,2051.0,65519.0,65520.0],
 "float64":[-2.7,2.5,-0.0,float("nan"),float("inf"),1e300,1e-320,5e-8,65519.99,65520.0,2049.0,2051.0,1.0000000596046448,300.7,-300.7,2147483647.9,-2147483648.9,4294967295.5,9.2e18,-9.2e18,1.8e19],
 "complex64":[complex(1.5,-2),complex(0,1),complex(float("nan"),0)],
 "complex128":[complex(-2.5,7),complex(0,-0.0),complex(1e300,1),complex(0,float("nan"))],
}
def in_range(v, frm, to):
    # skip float->int out of range (platform-defined)
    kf=np.dtype(frm).kind; kt=np.dtype(to).kind
    if kf in "fc" and kt in "iu":
        x=v.real if isinstance(v,complex) else v
        if x!=x or abs(x)==float("inf"): return False
        t=int(x)
        info=np.iinfo(to)
        return info.min<=t<=info.max
    return True
print("/* np.array([value], from).astype(to)[0], for values that fit (a float that does not")
print(" * fit an integer type is platform-defined and not pinned here). */")
print("static const struct cast_case cast_cases[] = {")
n=0
for frm, vs in vals.items():
    for v in vs:
        for to in DT:
            if not in_range(v, frm, to): continue
            r=np.array([v],dtype=frm).astype(to)[0]
            src=np.array([v],dtype=frm)[0]
            def lit(x, dt):
                return json.dumps(enc(x, dt)).replace('"',"'")
            print('    {"%s", "%s", "%s", "%s"},' % (frm, lit(src.item() if frm!="bool" else bool(src), frm), to, lit(r.item() if to!="bool" else bool(r), to)))
            n+=1
print("};")
