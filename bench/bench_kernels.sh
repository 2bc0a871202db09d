#!/usr/bin/env bash
# Kernel benchmarks of the reference engine against NumPy 1.24 on this
# machine, measured in one run: one line per kernel with both times (best of
# N) and the ratio ref/NumPy (<= 1.0 means ref is at least as fast), plus
# streaming kernels against the memcpy bound.
# Usage: bench/bench_kernels.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/default}
runs=${2:-7}
[[ -x "$build/bench/ref_kernels" ]] || { echo "bench_kernels: build first ($build/bench/ref_kernels)" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# OpenBLAS variables set on some machines slow NumPy; no kernel here uses BLAS.
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/numpy_kernels.py "$runs" > "$tmp/np"
"$build/bench/ref_kernels" "$runs" > "$tmp/ref"
awk 'NR == FNR { np[$1] = $2; next } { ref[$1] = $2; order[++n] = $1 }
END {
  mc = ref["memcpy_40MB"]
  # bytes each streaming kernel moves, in units of the 40 MB memcpy (read+write = 1)
  units["add_f32_into"] = 1.5; units["add_f32_alloc"] = 1.5; units["multiply_i32"] = 1.5; units["sum_f32"] = 0.5
  units["max_f32"] = 0.5; units["astype_f64_f32"] = 1.5
  printf "%-22s %12s %12s %10s %14s\n", "kernel", "ref (ms)", "NumPy (ms)", "ref/NumPy", "ref/memcpy bound"
  for (i = 1; i <= n; i++) {
    k = order[i]
    bound = ""
    if (k in units) bound = sprintf("%.2f", ref[k] / (mc * units[k]))
    printf "%-22s %12.3f %12.3f %10.2f %14s\n", k, ref[k] * 1e3, np[k] * 1e3, ref[k] / np[k], bound
  }
}' "$tmp/np" "$tmp/ref"
