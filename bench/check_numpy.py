#!/usr/bin/python3
"""The Python peer of `ndparity check`: runs case files with real NumPy.

    /usr/bin/python3 bench/check_numpy.py [--quiet] [--time] PATH...

A plain Python loop: loads the cases (files, or directories walked
recursively in sorted order), runs each one with NumPy 1.24 under
NPY_PROMOTION_STATE=weak through tools/ndp_numpy.py, checks every `expect`
block, prints one line per failing case (with its file:line, step, field,
expected and actual value) and the summary "N cases, P passed, F failed".

Exit status: 0 when every case passed, 1 otherwise (a case file that does not
parse counts as a failed case). Cases this peer cannot run (dataset
pipelines, `{"random": SEED}` fills, which are harness-defined) are counted
apart as skipped. With --time the elapsed run time (load excluded) goes to
stderr, for comparing with `ndparity check` on the same corpus.
"""

import os
import sys
import time

os.environ["NPY_PROMOTION_STATE"] = "weak"
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))

import ndp_numpy as ndp  # noqa: E402


def main(argv):
    ndp.require_numpy()
    quiet = "--quiet" in argv
    timing = "--time" in argv
    paths = [a for a in argv if a not in ("--quiet", "--time")]
    if not paths or any(p.startswith("-") for p in paths):
        sys.stderr.write("usage: check_numpy.py [--quiet] [--time] PATH...\n")
        return 2
    for p in paths:
        if not os.path.exists(p):
            sys.stderr.write("check_numpy.py: %s: no such file or directory\n" % p)
            return 2

    loaded = ndp.load_paths(paths)
    passed = failed = skipped = 0
    t0 = time.perf_counter()
    for lc in loaded:
        where = "%s:%d" % (lc.file, lc.line)
        label = lc.name or "?"
        if lc.case is None:
            if lc.unsupported:
                skipped += 1
                continue
            failed += 1
            print("INPUT-ERROR %s %s: %s" % (where, label, lc.error))
            continue
        try:
            outcomes = ndp.run_case(lc.case)
        except ndp.InternalError as e:
            failed += 1
            print("INTERNAL %s %s: %s" % (where, label, e))
            continue
        fails = ndp.check_case(lc.case, outcomes)
        if fails:
            failed += 1
            if not quiet:
                for sid, field, exp, act in fails:
                    print("FAIL %s %s step %s %s: expected %s, got %s"
                          % (where, label, sid, field, exp, act))
        else:
            passed += 1
    elapsed = time.perf_counter() - t0

    print("%d cases, %d passed, %d failed" % (passed + failed, passed, failed))
    if skipped:
        print("%d more skipped (dataset ops or random fills, not run by this peer)" % skipped)
    if timing:
        sys.stderr.write("elapsed %.3f s\n" % elapsed)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
