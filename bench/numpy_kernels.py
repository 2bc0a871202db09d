#!/usr/bin/python3
"""NumPy's side of bench/bench_kernels.sh: times each kernel with real NumPy
1.24 and prints one line per kernel, "name seconds" (best of N runs)."""
import os
import sys
import time

os.environ["NPY_PROMOTION_STATE"] = "weak"
import numpy as np  # noqa: E402

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7


def best(fn):
    b = float("inf")
    for _ in range(RUNS):
        t0 = time.perf_counter()
        fn()
        b = min(b, time.perf_counter() - t0)
    return b


n = 10_000_000
a = np.arange(n, dtype=np.float32) * np.float32(0.5)
b = np.ones(n, dtype=np.float32)
out = np.empty(n, dtype=np.float32)
i1 = np.arange(n, dtype=np.int32)
i2 = np.full(n, 3, dtype=np.int32)
d = np.arange(n, dtype=np.float64)
col = np.ones((1000, 1), dtype=np.float32)
row = np.ones((1, 10000), dtype=np.float32)
big = np.ones((4096, 4096), dtype=np.float32)
bigT = big.T
src = np.ones(n, dtype=np.float32)
dst = np.empty(n, dtype=np.float32)

kernels = [
    ("add_f32_into", lambda: np.add(a, b, out=out)),
    ("add_f32_alloc", lambda: np.add(a, b)),
    ("add_broadcast", lambda: np.add(col, row)),
    ("multiply_i32", lambda: np.multiply(i1, i2)),
    ("sum_f32", lambda: np.sum(a)),
    ("max_f32", lambda: np.max(a)),
    ("astype_f64_f32", lambda: d.astype(np.float32)),
    ("transpose_copy_4096", lambda: bigT.copy()),
    ("sum_axis0_4096", lambda: np.sum(big, axis=0)),
    ("memcpy_40MB", lambda: np.copyto(dst, src)),
]
for name, fn in kernels:
    fn()  # warm up (page faults of the first allocation)
    print(name, "%.6f" % best(fn))
