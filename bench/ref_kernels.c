/* The reference engine's side of bench/bench_kernels.sh: times each kernel
 * through the engine's step entry point (the same path `ndparity run` takes)
 * and prints "name seconds" per kernel, best of N runs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ref_internal.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int runs = 7;

static struct ndp_tensor make(enum ndp_dtype dt, int ndim, const int64_t *shape, double start,
                              double step) {
  struct ndp_tensor t;
  struct ndp_error err;
  if (ndp_tensor_empty(dt, ndim, shape, 'C', &t, &err) != NDP_OK) {
    fprintf(stderr, "bench: %s\n", err.msg);
    exit(3);
  }
  int64_t n = ndp_tensor_size(&t);
  unsigned char *p = t.buf->data;
  for (int64_t i = 0; i < n; i++) {
    double v = start + step * (double)i;
    switch (dt) {
    case NDP_FLOAT32: ((float *)(void *)p)[i] = (float)v; break;
    case NDP_FLOAT64: ((double *)(void *)p)[i] = v; break;
    case NDP_INT32: ((int32_t *)(void *)p)[i] = (int32_t)(i % 1000); break;
    default: break;
    }
  }
  return t;
}

/* Times one step over operands; returns the best seconds. */
static double time_step(struct ndp_step *st, const struct ndp_tensor *const *ops) {
  double best = 1e30;
  for (int r = 0; r < runs + 1; r++) {
    struct ndp_tensor out;
    int64_t bytes = 0;
    struct ndp_error err;
    double t0 = now();
    if (ndp_ref_run_step(st, ops, &out, &bytes, &err) != NDP_OK) {
      fprintf(stderr, "bench: %s failed: %s\n", ndp_op_name(st->op), err.msg);
      exit(3);
    }
    double dt = now() - t0;
    ndp_tensor_release(&out);
    if (r > 0 && dt < best) best = dt; /* run 0 warms up */
  }
  return best;
}

static struct ndp_step step_of(enum ndp_op op, int nargs, struct ndp_arg *args) {
  struct ndp_step s;
  memset(&s, 0, sizeof s);
  s.id = "r";
  s.op = op;
  s.nargs = nargs;
  s.args = args;
  s.order = 'C';
  return s;
}

int main(int argc, char **argv) {
  if (argc > 1) runs = atoi(argv[1]);
  const int64_t n = 10000000;
  int64_t s1[1] = {n};
  struct ndp_arg args[2];
  memset(args, 0, sizeof args);
  args[0].kind = args[1].kind = NDP_ARG_REF;

  struct ndp_tensor a = make(NDP_FLOAT32, 1, s1, 0, 0.5), b = make(NDP_FLOAT32, 1, s1, 1, 0);
  const struct ndp_tensor *ab[2] = {&a, &b};
  struct ndp_step st = step_of(NDP_OP_ADD, 2, args);
  {
    struct ndp_tensor out = make(NDP_FLOAT32, 1, s1, 0, 0);
    struct ndp_error err;
    double best = 1e30;
    for (int r = 0; r < runs + 1; r++) {
      double t0 = now();
      if (ndp_ref_ufunc_into(&st, ab, &out, &err) != NDP_OK) {
        fprintf(stderr, "bench: add into: %s\n", err.msg);
        return 3;
      }
      double dt = now() - t0;
      if (r > 0 && dt < best) best = dt;
    }
    printf("add_f32_into %.6f\n", best);
    ndp_tensor_release(&out);
  }
  printf("add_f32_alloc %.6f\n", time_step(&st, ab));

  int64_t sc[2] = {1000, 1}, sr[2] = {1, 10000};
  struct ndp_tensor col = make(NDP_FLOAT32, 2, sc, 1, 0), row = make(NDP_FLOAT32, 2, sr, 1, 0);
  const struct ndp_tensor *cr[2] = {&col, &row};
  printf("add_broadcast %.6f\n", time_step(&st, cr));

  struct ndp_tensor i1 = make(NDP_INT32, 1, s1, 0, 1), i2 = make(NDP_INT32, 1, s1, 3, 0);
  const struct ndp_tensor *ii[2] = {&i1, &i2};
  st = step_of(NDP_OP_MULTIPLY, 2, args);
  printf("multiply_i32 %.6f\n", time_step(&st, ii));

  const struct ndp_tensor *a1[1] = {&a};
  st = step_of(NDP_OP_SUM, 1, args);
  printf("sum_f32 %.6f\n", time_step(&st, a1));
  st = step_of(NDP_OP_MAX, 1, args);
  printf("max_f32 %.6f\n", time_step(&st, a1));

  struct ndp_tensor d = make(NDP_FLOAT64, 1, s1, 0, 1);
  const struct ndp_tensor *d1[1] = {&d};
  st = step_of(NDP_OP_ASTYPE, 1, args);
  st.has_dtype = true;
  st.dtype = NDP_FLOAT32;
  st.casting = NDP_CAST_UNSAFE;
  printf("astype_f64_f32 %.6f\n", time_step(&st, d1));

  int64_t sq[2] = {4096, 4096};
  struct ndp_tensor big = make(NDP_FLOAT32, 2, sq, 0, 1), bigT;
  ndp_tensor_view(&big, &bigT);
  bigT.shape[0] = big.shape[1];
  bigT.shape[1] = big.shape[0];
  bigT.strides[0] = big.strides[1];
  bigT.strides[1] = big.strides[0];
  const struct ndp_tensor *t1[1] = {&bigT};
  st = step_of(NDP_OP_COPY, 1, args);
  printf("transpose_copy_4096 %.6f\n", time_step(&st, t1));

  const struct ndp_tensor *g1[1] = {&big};
  st = step_of(NDP_OP_SUM, 1, args);
  st.has_axes = true;
  st.naxes = 1;
  st.axes[0] = 0;
  printf("sum_axis0_4096 %.6f\n", time_step(&st, g1));

  /* the physical bound: memcpy of the 40 MB that add reads twice and writes once */
  size_t nb = (size_t)n * 4;
  unsigned char *src = malloc(nb), *dst = malloc(nb);
  if (!src || !dst) return 3;
  memset(src, 1, nb);
  memset(dst, 0, nb);
  double best = 1e30;
  for (int r = 0; r < runs + 1; r++) {
    double t0 = now();
    memcpy(dst, src, nb);
    double dt = now() - t0;
    if (r > 0 && dt < best) best = dt;
  }
  printf("memcpy_40MB %.6f\n", best);
  if (dst[nb - 1] != 1) return 3;
  free(src);
  free(dst);
  ndp_tensor_release(&a);
  ndp_tensor_release(&b);
  ndp_tensor_release(&col);
  ndp_tensor_release(&row);
  ndp_tensor_release(&i1);
  ndp_tensor_release(&i2);
  ndp_tensor_release(&d);
  ndp_tensor_release(&big);
  ndp_tensor_release(&bigT);
  return 0;
}
