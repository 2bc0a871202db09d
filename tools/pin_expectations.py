#!/usr/bin/python3
"""Fills the expect blocks of the cases in IN.jsonl from real NumPy 1.24
(NPY_PROMOTION_STATE=weak) and writes OUT.jsonl. Data NumPy leaves
platform-defined (float->int casts out of range, comparisons with
out-of-range Python ints and what depends on them) is not pinned.

NumPy 1.24 resolves some loops differently after earlier calls in the same
process (Python ints >= 2**63): pin a suspicious case alone, in a fresh
process, before trusting it.

Usage: /usr/bin/python3 tools/pin_expectations.py IN.jsonl OUT.jsonl"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_golden as gg  # noqa: E402
import ndp_numpy as ndp  # noqa: E402

CMP = {"equal", "not_equal", "less", "less_equal", "greater", "greater_equal"}


def main(src, dst):
    with open(src) as inp, open(dst, "w") as out:
        for line in inp:
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            obj = json.loads(line)
            c = ndp.Case(obj)
            try:
                outs = ndp.run_case(c)
            except ndp.InternalError as e:
                print("not pinned:", obj.get("name"), e, file=sys.stderr)
                continue
            exp, taint = {}, set()
            for o in outs:
                st = o.step
                sid = st.id
                refs = [v for k, v in st.args if k == "ref"]
                if o.status == "skipped":
                    continue
                if st.op in CMP and any(k == "int" for k, v in st.args):
                    taint.add(sid)
                    continue
                if o.status == "error":
                    exp[sid] = {"error": o.cls}
                    continue
                e = ndp.describe(o.value, c.inputs)
                if gg.data_platform_defined(o) or any(r in taint for r in refs):
                    del e["data"]
                    taint.add(sid)
                exp[sid] = e
            obj["expect"] = exp
            out.write(json.dumps(obj, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ndp.require_numpy()
    main(sys.argv[1], sys.argv[2])
