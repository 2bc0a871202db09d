/* Tests of the NumPy reproducers (harness/src/snippet.c).
 *
 * - the exact text of the snippets of a few small cases (promotion, Python
 *   scalars, layout, a pipeline);
 * - pieces of text that cases exercising one feature each must contain;
 * - end to end: the snippet of every case of cases/golden, cases/scenarios,
 *   ../shared/cases-sample, of the extra cases below and of the cases of the
 *   tests above (these also as generated cases, without source text), run
 *   by real NumPy
 *   (/usr/bin/python3 tests/snippet_check.py, one process for all of them),
 *   must print what the cases' expect blocks pin, and what
 *   tools/ndp_numpy.py computes for every step it runs. Skipped (passing,
 *   with a message) when /usr/bin/python3 cannot import numpy. Set
 *   NDP_SNIPPETS_KEEP=1 to keep the snippets file (its path is printed),
 *   NDP_SNIPPETS_MORE=PATH to add a file or folder of cases.
 */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ndparity/case.h"
#include "ndparity/snippet.h"

extern char **environ;

/* ---------------------------------------------------------------- helpers */

/* Test JSON is written with ' for " to stay readable. */
static char *dq(const char *text) {
  char *s = strdup(text);
  cr_assert_not_null(s);
  for (char *p = s; *p; p++)
    if (*p == '\'') *p = '"';
  return s;
}

static struct ndp_case *parse_ok(const char *where, const char *text) {
  char *s = dq(text);
  json_error_t jerr;
  json_t *j = json_loads(s, JSON_REJECT_DUPLICATES, &jerr);
  cr_assert_not_null(j, "%s: bad test JSON: %s (%s)", where, jerr.text, s);
  free(s);
  struct ndp_error err = {0};
  struct ndp_case *c = NULL;
  enum ndp_status st = ndp_case_parse(j, "t.json", 1, &c, &err);
  json_decref(j); /* the case keeps its own reference */
  cr_assert_eq(st, NDP_OK, "%s: parse failed: %s", where, err.msg);
  return c;
}

static char *snippet_of(const char *where, const char *text) {
  struct ndp_case *c = parse_ok(where, text);
  char *s = ndp_case_numpy_snippet(c);
  ndp_case_free(c);
  cr_assert_not_null(s, "%s: no snippet", where);
  return s;
}

/* The first line where a and b differ, for a readable failure. */
static void assert_same_text(const char *where, const char *got, const char *want) {
  if (strcmp(got, want) == 0) return;
  int line = 1;
  const char *g = got, *w = want;
  while (*g && *g == *w) {
    if (*g == '\n') line++;
    g++;
    w++;
  }
  const char *gl = g, *wl = w;
  while (gl > got && gl[-1] != '\n') gl--;
  while (wl > want && wl[-1] != '\n') wl--;
  cr_assert_fail("%s: line %d differs:\n  got:  %.*s\n  want: %.*s\n--- whole snippet:\n%s", where,
                 line, (int)strcspn(gl, "\n"), gl, (int)strcspn(wl, "\n"), wl, got);
}

/* ---------------------------------------------------------------- exact text */

#define IMPORTS                                                                                    \
  "import os; os.environ[\"NPY_PROMOTION_STATE\"] = \"weak\"  # NEP 50 promotion (NumPy 2's "      \
  "rules), set before NumPy is imported\n"                                                         \
  "import numpy as np\n"

#define STEP_HELPER                                                                                \
  "FAILED = \"FAILED\"  # the value of a step that failed, or did not run because an operand "     \
  "failed\n"                                                                                       \
  "\n"                                                                                             \
  "\n"                                                                                             \
  "def step(sid, compute, needs=()):\n"                                                            \
  "    \"\"\"Runs one step and prints its result or its error; skipped when an operand "           \
  "failed.\"\"\"\n"                                                                                \
  "    if any(v is FAILED for v in needs):\n"                                                      \
  "        print(f\"step {sid}: skipped (an operand failed)\")\n"                                  \
  "        return FAILED\n"                                                                        \
  "    try:\n"                                                                                     \
  "        value = compute()\n"                                                                    \
  "    except Exception as e:\n"                                                                   \
  "        print(f\"step {sid}: {type(e).__qualname__}: {e}\")\n"                                  \
  "        return FAILED\n"                                                                        \
  "    print(f\"step {sid}: {describe(sid, value)}\")\n"                                           \
  "    return value\n"                                                                             \
  "\n"                                                                                             \
  "\n"

#define DESCRIBE_ARRAYS                                                                            \
  "def describe(sid, v):\n"                                                                        \
  "    \"\"\"dtype, shape, view (whether v shares memory with an input) and values.\"\"\"\n"

#define DESCRIBE_DATASETS                                                                          \
  "def describe(sid, v):\n"                                                                        \
  "    \"\"\"An array's dtype, shape, view (whether it shares memory with an input) and "          \
  "values;\n"                                                                                      \
  "    a dataset's element count and elements, or the error that stopped its iteration.\"\"\"\n"   \
  "    if isinstance(v, Dataset):\n"                                                               \
  "        n, lines = 0, []\n"                                                                     \
  "        try:\n"                                                                                 \
  "            for el in v:\n"                                                                     \
  "                if n < 8:\n"                                                                    \
  "                    lines += [f\"{sid}[{n}][{k}]: {describe(sid, c)}\" for k, c in "            \
  "enumerate(el)]\n"                                                                               \
  "                n += 1\n"                                                                       \
  "        except Exception as e:  # element n failed (later stages still run, lazily)\n"          \
  "            return f\"{type(e).__qualname__}: element {n}: {e}\"\n"                             \
  "        return \"\\n  \".join([f\"count={n}\"] + lines + ([\"...\"] if n > 8 else []))\n"

#define DESCRIBE_BODY                                                                              \
  "    a = np.asarray(v)\n"                                                                        \
  "    view = isinstance(v, np.ndarray) and any(np.shares_memory(v, x) for x in INPUTS)\n"         \
  "    if a.size <= 64:\n"                                                                         \
  "        values = np.array2string(a, separator=\", \")\n"                                        \
  "    else:  # flattened in C order, the middle left out\n"                                       \
  "        flat = np.array2string(a.reshape(-1), separator=\", \", threshold=6, edgeitems=3)\n"    \
  "        values = flat + \" (flattened)\"\n"                                                     \
  "    return f\"dtype={a.dtype.name} shape={a.shape} view={view} {values}\"\n"                    \
  "\n"                                                                                             \
  "\n"

#define ARRAY_PRELUDE STEP_HELPER DESCRIBE_ARRAYS DESCRIBE_BODY

struct exact_row {
  const char *what;
  const char *json;
  const char *want;
};

static const struct exact_row exact_rows[] = {
    {"promotion: int8 + uint8, broadcast, then reshape (case-format.md's example)",
     "{'ndparity': 1, 'name': 'promotion/int8-plus-uint8', 'inputs': {"
     "'a': {'dtype': 'int8', 'shape': [3, 1], 'data': [1, -2, 127]},"
     "'b': {'dtype': 'uint8', 'shape': [4], 'fill': 'arange'}},"
     "'steps': [{'id': 'r', 'op': 'add', 'args': ['a', 'b']},"
     "{'id': 's', 'op': 'reshape', 'args': ['r'], 'shape': [-1]}],"
     "'expect': {'r': {'dtype': 'int16', 'shape': [3, 4], 'view': false}}}",
     IMPORTS "\n"
             "# ndparity case promotion/int8-plus-uint8 (t.json:1), run by NumPy itself.\n"
             "\n"
             "\n" ARRAY_PRELUDE "# inputs\n"
             "a = np.array([[1], [-2], [127]], dtype=\"int8\")\n"
             "b = np.arange(4).astype(\"uint8\")\n"
             "INPUTS = [a, b]  # a result that shares memory with one of them is a view\n"
             "\n"
             "# steps\n"
             "r = step(\"r\", lambda: np.add(a, b))\n"
             "s = step(\"s\", lambda: np.reshape(r, (-1,)), needs=[r])\n"},
    {"Python scalars: weak int, float, complex; a NumPy scalar; an out-of-bounds int",
     "{'ndparity': 1, 'name': 'scalars/weak', 'inputs': {"
     "'x': {'dtype': 'float32', 'shape': [2], 'data': [0.1, '-inf']},"
     "'u': {'dtype': 'uint8', 'shape': [], 'data': [200]}},"
     "'steps': [{'id': 'f', 'op': 'multiply', 'args': ['x', {'float': 2.5}]},"
     "{'id': 'z', 'op': 'add', 'args': ['x', {'complex': [1, '-0.0']}]},"
     "{'id': 'big', 'op': 'add', 'args': ['u', {'int': 300}]},"
     "{'id': 'after', 'op': 'negative', 'args': ['big']},"
     "{'id': 'n', 'op': 'subtract', 'args': ['u', {'scalar': 3, 'dtype': 'int16'}], "
     "'casting': 'unsafe', 'dtype': 'int16'}]}",
     IMPORTS "\n"
             "# ndparity case scalars/weak (t.json:1), run by NumPy itself.\n"
             "\n"
             "\n" ARRAY_PRELUDE "# inputs\n"
             "x = np.array([0.1, -np.inf], dtype=\"float32\")\n"
             "u = np.array(200, dtype=\"uint8\")\n"
             "INPUTS = [x, u]  # a result that shares memory with one of them is a view\n"
             "\n"
             "# steps\n"
             "f = step(\"f\", lambda: np.multiply(x, 2.5))\n"
             "z = step(\"z\", lambda: np.add(x, complex(1.0, -0.0)))\n"
             "big = step(\"big\", lambda: np.add(u, 300))\n"
             "after = step(\"after\", lambda: np.negative(big), needs=[big])\n"
             "n = step(\"n\", lambda: np.subtract(u, np.int16(3), dtype=\"int16\", "
             "casting=\"unsafe\"))\n"},
    {"layout: a big-endian F-order input, a negative-step slice, a transpose, a crossing",
     "{'ndparity': 1, 'name': 'layout/f-order', 'inputs': {"
     "'m': {'dtype': '>f8', 'shape': [2, 3], 'data': [1, 2.5, 'nan', '-0.0', 1e300, "
     "'0x1.8p+1'], 'order': 'F'}},"
     "'steps': [{'id': 'back', 'op': 'getitem', 'args': ['m'], 'index': [{'slice': [null, "
     "null, -1]}, 'newaxis', '...', 1]},"
     "{'id': 't', 'op': 'transpose', 'args': ['m'], 'axes': [1, 0]},"
     "{'id': 'c', 'op': 'ascontiguousarray', 'args': ['t']},"
     "{'id': 'd', 'op': 'dlpack_roundtrip', 'args': ['c']},"
     "{'id': 's', 'op': 'sum', 'args': ['m'], 'axis': [0], 'keepdims': true, 'dtype': "
     "'float32'}]}",
     IMPORTS "\n"
             "# ndparity case layout/f-order (t.json:1), run by NumPy itself.\n"
             "\n"
             "\n" ARRAY_PRELUDE "# inputs\n"
             "m = np.asfortranarray(np.array([[1.0, 2.5, np.nan], [-0.0, 1e+300, 3.0]], "
             "dtype=\">f8\"))\n"
             "INPUTS = [m]  # a result that shares memory with one of them is a view\n"
             "\n"
             "# steps\n"
             "back = step(\"back\", lambda: m[::-1, np.newaxis, ..., 1])\n"
             "t = step(\"t\", lambda: np.transpose(m, (1, 0)))\n"
             "c = step(\"c\", lambda: np.ascontiguousarray(t), needs=[t])\n"
             "# dlpack_roundtrip: exported through DLPack and imported back (zero-copy)\n"
             "d = step(\"d\", lambda: np.from_dlpack(c), needs=[c])\n"
             "s = step(\"s\", lambda: np.sum(m, axis=(0,), keepdims=True, dtype=\"float32\"))\n"},
    {"a small pipeline: slices, a map body, batch, collect",
     "{'ndparity': 1, 'name': 'pipeline/small', 'inputs': {"
     "'x': {'dtype': 'int32', 'shape': [3, 2], 'data': [1, 2, 3, 4, 5, 6]}},"
     "'steps': [{'id': 'ds', 'op': 'from_tensor_slices', 'args': ['x']},"
     "{'id': 'm', 'op': 'map', 'args': ['ds'], 'fn': [{'id': 'h', 'op': 'true_divide', "
     "'args': ['$x', {'int': 2}]}]},"
     "{'id': 'b', 'op': 'batch', 'args': ['m'], 'batch_size': 2},"
     "{'id': 'out', 'op': 'collect', 'args': ['b']}]}",
     IMPORTS "import itertools\n"
             "\n"
             "# ndparity case pipeline/small (t.json:1), run by NumPy itself.\n"
             "\n"
             "\n" STEP_HELPER DESCRIBE_DATASETS DESCRIBE_BODY "class Dataset:\n"
             "    \"\"\"A tf.data.Dataset run with NumPy: elements() starts a fresh iteration, "
             "pulling\n"
             "    elements (tuples of arrays) one by one from the stages before, as tf.data "
             "does.\"\"\"\n"
             "\n"
             "    def __init__(self, elements):\n"
             "        self.elements = elements\n"
             "\n"
             "    def __iter__(self):\n"
             "        return self.elements()\n"
             "\n"
             "\n"
             "def from_tensor_slices(*arrays):\n"
             "    \"\"\"Element i is (arrays[0][i, ...], arrays[1][i, ...], ...): views.\"\"\"\n"
             "    for a in arrays:\n"
             "        if np.ndim(a) == 0:\n"
             "            raise ValueError(\"Unbatching a tensor is only supported for rank >= "
             "1\")\n"
             "        if a.shape[0] != arrays[0].shape[0]:\n"
             "            raise ValueError(f\"Dimensions {arrays[0].shape[0]} and {a.shape[0]} \"\n"
             "                             \"are not compatible\")\n"
             "    return Dataset(lambda: (tuple(a[i, ...] for a in arrays) for i in "
             "range(arrays[0].shape[0])))\n"
             "\n"
             "\n"
             "def map_elements(ds, fn):\n"
             "    \"\"\"fn on the components of every element of ds.\"\"\"\n"
             "    return Dataset(lambda: (fn(*el) for el in ds))\n"
             "\n"
             "\n"
             "def batch(ds, batch_size, drop_remainder=False):\n"
             "    \"\"\"Consecutive elements stacked (np.stack) component by component.\"\"\"\n"
             "    def gen():\n"
             "        it = iter(ds)\n"
             "        while True:\n"
             "            part = list(itertools.islice(it, batch_size))\n"
             "            if not part or (drop_remainder and len(part) < batch_size):\n"
             "                return\n"
             "            if any(len(el) != len(part[0]) for el in part):\n"
             "                raise ValueError(\"elements of a batch differ in structure\")\n"
             "            yield tuple(np.stack([el[k] for el in part]) for k in "
             "range(len(part[0])))\n"
             "    return Dataset(gen)\n"
             "\n"
             "\n"
             "def collect(ds):\n"
             "    \"\"\"The elements of ds (printed as a list).\"\"\"\n"
             "    return Dataset(lambda: iter(ds))\n"
             "\n"
             "\n"
             "# inputs\n"
             "x = np.array([[1, 2], [3, 4], [5, 6]], dtype=\"int32\")\n"
             "INPUTS = [x]  # a result that shares memory with one of them is a view\n"
             "\n"
             "# steps\n"
             "# tf.data.Dataset.from_tensor_slices((x,)): element i is (x[i],), views\n"
             "ds = step(\"ds\", lambda: from_tensor_slices(x))\n"
             "# ds.map(m_fn): tf.data's map, the body run with NumPy on each element\n"
             "def m_fn(x_2):  # x_2 is \"$0\" (\"$x\")\n"
             "    h = np.true_divide(x_2, 2)\n"
             "    return (h,)\n"
             "m = step(\"m\", lambda: map_elements(ds, m_fn), needs=[ds])\n"
             "# m.batch(2): np.stack of consecutive elements\n"
             "b = step(\"b\", lambda: batch(m, 2), needs=[m])\n"
             "# list(b): the elements, materialized\n"
             "out = step(\"out\", lambda: collect(b), needs=[b])\n"},
};

Test(snippet, should_write_the_exact_program_of_small_cases) {
  for (size_t i = 0; i < sizeof exact_rows / sizeof exact_rows[0]; i++) {
    const struct exact_row *r = &exact_rows[i];
    char *s = snippet_of(r->what, r->json);
    assert_same_text(r->what, s, r->want);
    free(s);
  }
}

/* ---------------------------------------------------------------- features */

struct contains_row {
  const char *what;
  const char *json;
  const char *want[6]; /* pieces the snippet must contain (NULL-terminated) */
};

#define ONE_STEP_CASE(inputs, steps)                                                               \
  "{'ndparity': 1, 'name': 'f', 'inputs': {" inputs "}, 'steps': [" steps "]}"

static const struct contains_row contains_rows[] = {
    {"names become distinct identifiers that shadow no keyword, builtin or helper",
     ONE_STEP_CASE("'lambda': {'dtype': 'int8', 'shape': [1]}, 'np': {'dtype': 'int8', 'shape': "
                   "[1]}, '1st': {'dtype': 'int8', 'shape': [1]}, 'a-b': {'dtype': 'int8', "
                   "'shape': [1]}, 'a_b': {'dtype': 'int8', 'shape': [1]}",
                   "{'id': 'print', 'op': 'add', 'args': ['lambda', 'np']},"
                   "{'id': 'x y', 'op': 'add', 'args': ['1st', 'a-b']}"),
     {"lambda_2 = np.arange(1)", "np_2 = np.arange(1)", "v_1st = ", "a_b = ", "a_b_2 = ",
      "print_2 = step(\"print\", lambda: np.add(lambda_2, np_2))"}},
    {"an id with a line break, a quote and non-ASCII text is a valid string literal",
     ONE_STEP_CASE("'a': {'dtype': 'int8', 'shape': [1]}",
                   "{'id': 'x\\ny \\u03a9\\\"\\\\', 'op': 'negative', 'args': ['a']}"),
     {"x_y_ = step(\"x\\x0ay \xce\xa9\\\"\\\\\", lambda: np.negative(a))"}},
    {"Python ints beyond 64 bits keep their decimal text; floats their exact value",
     ONE_STEP_CASE("'a': {'dtype': 'float64', 'shape': [1]}",
                   "{'id': 'h', 'op': 'add', 'args': ['a', {'int': "
                   "'+000123456789012345678901234567890'}]},"
                   "{'id': 'g', 'op': 'add', 'args': ['a', {'int': '-18446744073709551615'}]},"
                   "{'id': 'f', 'op': 'add', 'args': ['a', {'float': 0.1}]},"
                   "{'id': 'e', 'op': 'add', 'args': ['a', {'float': '0x1p-1074'}]},"
                   "{'id': 'n', 'op': 'add', 'args': ['a', {'float': '-0.0'}]}"),
     {"np.add(a, 123456789012345678901234567890)", "np.add(a, -18446744073709551615)",
      "np.add(a, 0.1)", "np.add(a, 5e-324)", "np.add(a, -0.0)"}},
    {"float16 and float32 values are written as their shortest text in their own precision",
     ONE_STEP_CASE("'h': {'dtype': 'float16', 'shape': [4], 'data': [0.1, 65504, '-0.0', "
                   "'inf']}, 'g': {'dtype': 'float32', 'shape': [3], 'data': [0.1, 1e-45, "
                   "3.4028234663852886e38]}",
                   "{'id': 's', 'op': 'add', 'args': ['h', {'scalar': 0.1, 'dtype': "
                   "'float16'}]}"),
     {"h = np.array([0.1, 65500.0, -0.0, np.inf], dtype=\"float16\")",
      "g = np.array([0.1, 1e-45, 3.4028235e+38], dtype=\"float32\")",
      "np.add(h, np.float16(0.1))"}},
    {"complex values: literals where exact, complex(re, im) for -0.0, nan and inf parts",
     ONE_STEP_CASE("'z': {'dtype': 'complex64', 'shape': [3], 'data': [[1, -2], ['-0.0', 0], "
                   "[0.1, 'nan']]}",
                   "{'id': 's', 'op': 'add', 'args': ['z', {'scalar': [1.5, 'inf'], 'dtype': "
                   "'complex128'}]}"),
     {"z = np.array([1.0-2.0j, complex(-0.0, 0.0), complex(0.1, np.nan)], dtype=\"complex64\")",
      "np.add(z, np.complex128(complex(1.5, np.inf)))"}},
    {"integers at the ends of their ranges, bools, NumPy bool scalars",
     ONE_STEP_CASE("'u': {'dtype': 'uint64', 'shape': [2], 'data': ['18446744073709551615', "
                   "0]}, 'i': {'dtype': '>i8', 'shape': [1], 'data': ['-9223372036854775808']}, "
                   "'b': {'dtype': 'bool', 'shape': [2], 'data': [true, false]}",
                   "{'id': 's', 'op': 'logical_and', 'args': ['b', {'scalar': true, 'dtype': "
                   "'bool'}]}"),
     {"u = np.array([18446744073709551615, 0], dtype=\"uint64\")",
      "i = np.array([-9223372036854775808], dtype=\">i8\")",
      "b = np.array([True, False], dtype=\"bool\")", "np.logical_and(b, np.bool_(True))"}},
    {"an F-order 0-d input is built as np.asfortranarray makes it",
     ONE_STEP_CASE("'s': {'dtype': 'int16', 'shape': [], 'data': [7], 'order': 'F'}",
                   "{'id': 'c', 'op': 'copy', 'args': ['s']}"),
     {"# order F: np.asfortranarray gives a 0-d array shape (1,) in NumPy 1.24\n"
      "s = np.asfortranarray(np.array(7, dtype=\"int16\"))"}},
    {"big inputs: np.full for one value, base64 for the rest, fills as NumPy calls",
     ONE_STEP_CASE("'k': {'dtype': 'float32', 'shape': [10, 10], 'data': [" /* 100 x 0.5 */
                   "0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,"
                   "0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,"
                   "0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,"
                   "0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,"
                   "0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,"
                   "0.5,0.5,0.5,0.5,0.5]}, "
                   "'r': {'dtype': '>u2', 'shape': [100], 'fill': {'random': 7}}, "
                   "'a': {'dtype': 'float16', 'shape': [2, 3], 'fill': 'arange', 'order': 'F'}, "
                   "'o': {'dtype': 'bool', 'shape': [0, 3], 'fill': 'ones'}, "
                   "'g': {'dtype': 'int16', 'shape': [2], 'b64': 'AQD//w=='}",
                   "{'id': 'c', 'op': 'copy', 'args': ['k']}"),
     {"import base64\n", "k = np.full((10, 10), 0.5, dtype=\"float32\")",
      "# r: fill {\"random\": 7}, the values of ndparity's generator (splitmix64)\n"
      "r = np.frombuffer(base64.b64decode(\"",
      "\"), dtype=\">u2\").reshape((100,)).copy()",
      "a = np.asfortranarray(np.arange(6).astype(\"float16\").reshape((2, 3)))",
      "o = np.zeros((0, 3), dtype=\"bool\")\ng = np.frombuffer(base64.b64decode(\"AQD//w==\"), "
      "dtype=\"int16\").reshape((2,)).copy()"}},
    {"every shape op with its parameters",
     ONE_STEP_CASE("'a': {'dtype': 'int8', 'shape': [2, 1, 3]}",
                   "{'id': 'r', 'op': 'reshape', 'args': ['a'], 'shape': [3, 2], 'order': 'F'},"
                   "{'id': 'e', 'op': 'expand_dims', 'args': ['a'], 'axis': [0, 4]},"
                   "{'id': 'q', 'op': 'squeeze', 'args': ['a'], 'axis': 1},"
                   "{'id': 'b', 'op': 'broadcast_to', 'args': ['a'], 'shape': [4, 2, 5, 3]},"
                   "{'id': 'k', 'op': 'concatenate', 'args': ['a', 'a', 'e'], 'axis': null},"
                   "{'id': 'st', 'op': 'stack', 'args': ['a', 'a'], 'axis': -1},"
                   "{'id': 'v', 'op': 'ravel', 'args': ['a'], 'order': 'F'},"
                   "{'id': 'g', 'op': 'getitem', 'args': [{'int': 5}], 'index': []},"
                   "{'id': 'y', 'op': 'astype', 'args': [{'float': 1.5}], 'dtype': '>f4', "
                   "'casting': 'same_kind'},"
                   "{'id': 'w', 'op': 'argmax', 'args': ['a'], 'axis': -1, 'keepdims': true},"
                   "{'id': 'n', 'op': 'npy_roundtrip', 'args': [{'bool': true}]},"
                   "{'id': 'z', 'op': 'to_numpy', 'args': ['a']}"),
     {"r = step(\"r\", lambda: np.reshape(a, (3, 2), order=\"F\"))\n"
      "e = step(\"e\", lambda: np.expand_dims(a, (0, 4)))\n"
      "q = step(\"q\", lambda: np.squeeze(a, axis=1))\n"
      "b = step(\"b\", lambda: np.broadcast_to(a, (4, 2, 5, 3)))\n"
      "k = step(\"k\", lambda: np.concatenate([a, a, e], axis=None), needs=[e])\n"
      "st = step(\"st\", lambda: np.stack([a, a], axis=-1))\n"
      "v = step(\"v\", lambda: np.ravel(a, order=\"F\"))\n"
      "g = step(\"g\", lambda: np.asarray(5)[()])\n"
      "y = step(\"y\", lambda: np.asarray(1.5).astype(\">f4\", casting=\"same_kind\"))\n"
      "w = step(\"w\", lambda: np.argmax(a, axis=-1, keepdims=True))\n"
      "# npy_roundtrip: written as .npy bytes and read back (a copy)\n"
      "n = step(\"n\", lambda: npy_roundtrip(np.asarray(True)))\n"
      "# to_numpy: the engine's Tensor.numpy(); NumPy's side is np.asarray (no copy)\n"
      "z = step(\"z\", lambda: np.asarray(a))\n",
      "import io\n", "def npy_roundtrip(a):\n"}},
    {"every dataset stage",
     ONE_STEP_CASE("'a': {'dtype': 'int32', 'shape': [4, 2]}, 'b': {'dtype': 'int8', 'shape': "
                   "[4]}",
                   "{'id': 'd', 'op': 'from_tensor_slices', 'args': ['a', 'b']},"
                   "{'id': 'f', 'op': 'filter', 'args': ['d'], 'fn': [{'id': 's', 'op': "
                   "'greater', 'args': ['$1', {'int': 0}]}], 'result': 's'},"
                   "{'id': 'n', 'op': 'numpy_function', 'args': ['f'], 'fn': [{'id': 'r', 'op': "
                   "'multiply', 'args': ['$0', '$1']}], 'result': ['r', 'r'], 'Tout': "
                   "['int32', 'int32'], 'shape': [[2], [null]]},"
                   "{'id': 'u', 'op': 'unbatch', 'args': ['n']},"
                   "{'id': 't', 'op': 'take', 'args': ['u'], 'count': -1},"
                   "{'id': 'ss', 'op': 'set_shape', 'args': ['t'], 'shape': [[], null]},"
                   "{'id': 'es', 'op': 'ensure_shape', 'args': ['ss'], 'shape': [[], []]},"
                   "{'id': 'ft', 'op': 'from_tensors', 'args': ['a']},"
                   "{'id': 'g', 'op': 'from_generator', 'elements': [['a', 'b']], "
                   "'output_signature': [{'dtype': 'float32', 'shape': [null, 2]}, {'dtype': "
                   "'int8', 'shape': null}]}"),
     {"# tf.data.Dataset.from_tensor_slices((a, b)): element i is (a[i], b[i]), views\n"
      "d = step(\"d\", lambda: from_tensor_slices(a, b))\n"
      "# d.filter(f_predicate): keeps the elements whose predicate (a 0-d bool) is true\n"
      "def f_predicate(x0, x1):  # x0 is \"$0\" (\"$x\"), x1 is \"$1\"\n"
      "    s = np.greater(x1, 0)\n"
      "    return s\n"
      "f = step(\"f\", lambda: filter_elements(d, f_predicate), needs=[d])\n"
      "# f.map(lambda *x: tf.numpy_function(n_fn, x, Tout=[tf.int32, tf.int32])): a crossing, "
      "the body runs as NumPy;\n"
      "# its declared shape [(2,), (None,)] is static only (NumPy has no static shapes)\n"
      "def n_fn(x0_2, x1_2):  # x0_2 is \"$0\" (\"$x\"), x1_2 is \"$1\"\n"
      "    r = np.multiply(x0_2, x1_2)\n"
      "    return (r, r)\n"
      "n = step(\"n\", lambda: map_elements(f, n_fn), needs=[f])\n"
      "# n.unbatch(): every component split along axis 0 (views)\n"
      "u = step(\"u\", lambda: unbatch(n), needs=[n])\n"
      "# u.take(-1): every element\n"
      "t = step(\"t\", lambda: take(u, -1), needs=[u])\n",
      "# set_shape [(), None] on t's elements: NumPy has no static shapes, so what remains is\n"
      "# the run-time check that every element fits\n"
      "ss = step(\"ss\", lambda: check_shapes(t, [(), None], \"set_shape\"), needs=[t])\n"
      "# ss.map(lambda *x: tf.ensure_shape(x, [(), ()])): every element must fit\n"
      "es = step(\"es\", lambda: check_shapes(ss, [(), ()], \"ensure_shape\"), needs=[ss])\n"
      "# tf.data.Dataset.from_tensors((a,)): one element, (a,)\n"
      "ft = step(\"ft\", lambda: from_tensors(a))\n",
      "g = step(\"g\", lambda: from_generator([(a, b)], [(\"float32\", (None, 2)), (\"int8\", "
      "None)]))\n",
      "class ShapeError(ValueError):\n", "def take(ds, count):\n"}},
};

Test(snippet, should_write_each_feature_as_numpy_does_it) {
  for (size_t i = 0; i < sizeof contains_rows / sizeof contains_rows[0]; i++) {
    const struct contains_row *r = &contains_rows[i];
    char *s = snippet_of(r->what, r->json);
    for (int k = 0; k < 6 && r->want[k] != NULL; k++)
      cr_expect_not_null(strstr(s, r->want[k]), "%s: missing\n%s\n--- in:\n%s", r->what, r->want[k],
                         s);
    free(s);
  }
}

/* Hides what a generated case (ndparity run --fuzz) lacks, its source text,
 * and returns the case's root for unhide: every step's json (borrowed from
 * the root) and c->json. */
static void hide_steps_json(int n, struct ndp_step *steps) {
  for (int k = 0; k < n; k++) {
    steps[k].json = NULL;
    if (steps[k].ds != NULL && steps[k].ds->fn.nsteps > 0)
      hide_steps_json(steps[k].ds->fn.nsteps, steps[k].ds->fn.steps);
  }
}

/* The snippet of c as if it had been generated (no source text). */
static char *model_only_snippet(struct ndp_case *c) {
  json_t *root = c->json;
  c->json = NULL;
  hide_steps_json(c->nsteps, c->steps);
  char *s = ndp_case_numpy_snippet(c);
  c->json = root;
  return s;
}

Test(snippet, should_write_a_generated_case_from_its_model) {
  struct ndp_case *c = parse_ok(
      "generated",
      ONE_STEP_CASE("'a': {'dtype': 'int8', 'shape': [3], 'fill': 'arange'}, 'z': {'dtype': "
                    "'>f4', 'shape': [2, 2], 'b64': 'P4AAAH/AAAC/gAAAgAAAAA=='}",
                    "{'id': 'h', 'op': 'add', 'args': ['a', {'int': "
                    "'123456789012345678901234567890'}]},"
                    "{'id': 'i', 'op': 'add', 'args': ['z', {'int': '-1"
                    "000000000000000000000000000000000000000000000000000000000000000000000000000"
                    "000000000000000000000000000000000000000000000000000000000000000000000000000"
                    "000000000000000000000000000000000000000000000000000000000000000000000000000"
                    "000000000000000000000000000000000000000000000000000000000000000000000000000"
                    "00000000000000000000000000000000000000000000000000000000000000000000000000'"
                    "}]}"));
  char *s = model_only_snippet(c);
  cr_assert_not_null(s);
  const char *want[] = {
      "# ndparity case f (t.json:1), run by NumPy itself.\n",
      "a = np.array([0, 1, 2], dtype=\"int8\")\n",
      "z = np.array([[1.0, np.nan], [-1.0, -0.0]], dtype=\">f4\")\n",
      "np.add(a, 123456789012345677877719597056)", /* float(int): all a model keeps */
      "np.add(z, -10**400)"};
  for (size_t k = 0; k < sizeof want / sizeof want[0]; k++)
    cr_expect_not_null(strstr(s, want[k]), "missing\n%s\n--- in:\n%s", want[k], s);
  free(s);
  ndp_case_free(c);
}

Test(snippet, should_start_with_weak_promotion_then_numpy) {
  char *s = snippet_of("start", ONE_STEP_CASE("'a': {'dtype': 'int8', 'shape': [1]}",
                                              "{'id': 'c', 'op': 'copy', 'args': ['a']}"));
  const char *first = "import os; os.environ[\"NPY_PROMOTION_STATE\"] = \"weak\"";
  cr_assert_eq(strncmp(s, first, strlen(first)), 0, "%s", s);
  cr_assert_not_null(strstr(s, "\"weak\"  # NEP 50 promotion (NumPy 2's rules), set before NumPy "
                               "is imported\nimport numpy as np\n"));
  free(s);
}

/* ---------------------------------------------------------------- end to end */

/* Cases for the features the corpora do not exercise (every dataset stage,
 * lazy pipelines, build failures, names, literals, compact inputs), with
 * expectations NumPy 1.24.2's oracle agrees with (`ndparity check --backend
 * oracle`). */
static const char *const extra_cases[] = {
    /* filter, batch with a short last batch, unbatch, take */
    "{'ndparity': 1, 'name': 'snippet/filter-batch-unbatch-take', 'inputs': {'a': {'dtype': "
    "'int32', 'shape': [6, 2], 'fill': 'arange'}}, 'steps': ["
    "{'id': 'd', 'op': 'from_tensor_slices', 'args': ['a']},"
    "{'id': 'f', 'op': 'filter', 'args': ['d'], 'fn': [{'id': 's', 'op': 'sum', 'args': ['$x']},"
    " {'id': 'p', 'op': 'greater', 'args': ['s', {'int': 4}]}], 'result': 'p'},"
    "{'id': 'b', 'op': 'batch', 'args': ['f'], 'batch_size': 2},"
    "{'id': 'u', 'op': 'unbatch', 'args': ['b']},"
    "{'id': 't', 'op': 'take', 'args': ['u'], 'count': 3},"
    "{'id': 'bd', 'op': 'batch', 'args': ['f'], 'batch_size': 2, 'drop_remainder': true}],"
    "'expect': {'d': {'count': 6, 'elements': [[{'dtype': 'int32', 'shape': [2], 'view': true, "
    "'data': [0, 1]}], '...']},"
    "'f': {'count': 5, 'elements': [[{'dtype': 'int32', 'shape': [2], 'view': true, 'data': [2, "
    "3]}], '...']},"
    "'b': {'count': 3, 'elements': [[{'dtype': 'int32', 'shape': [2, 2], 'view': false, 'data': "
    "[2, 3, 4, 5]}], [{'dtype': 'int32', 'shape': [2, 2]}], [{'dtype': 'int32', 'shape': [1, 2], "
    "'data': [10, 11]}]]},"
    "'u': {'count': 5, 'elements': [[{'dtype': 'int32', 'shape': [2], 'view': false, 'data': [2, "
    "3]}], '...']},"
    "'t': {'count': 3}, 'bd': {'count': 2}}}",
    /* from_tensors, a map of two results, ensure_shape that fits, set_shape
     * that does not, and take(0) of the failing stage (lazy: no element is
     * pulled) */
    "{'ndparity': 1, 'name': 'snippet/tensors-map-shapes', 'inputs': {'x': {'dtype': "
    "'float32', 'shape': [2, 3], 'fill': 'arange'}, 'y': {'dtype': 'int8', 'shape': [3], "
    "'data': [1, 2, 3]}}, 'steps': ["
    "{'id': 'd', 'op': 'from_tensors', 'args': ['x', 'y']},"
    "{'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 's', 'op': 'add', 'args': ['$0', "
    "'$1']}, {'id': 'n', 'op': 'negative', 'args': ['$1']}], 'result': ['n', 's']},"
    "{'id': 'e', 'op': 'ensure_shape', 'args': ['m'], 'shape': [[3], [null, 3]]},"
    "{'id': 'ss', 'op': 'set_shape', 'args': ['m'], 'shape': [[3], [3, 3]]},"
    "{'id': 'c', 'op': 'collect', 'args': ['ss']},"
    "{'id': 't0', 'op': 'take', 'args': ['ss'], 'count': 0}],"
    "'expect': {'d': {'count': 1, 'elements': [[{'dtype': 'float32', 'shape': [2, 3], 'view': "
    "true}, {'dtype': 'int8', 'shape': [3], 'view': true}]]},"
    "'m': {'count': 1, 'elements': [[{'dtype': 'int8', 'shape': [3], 'view': false, 'data': [-1, "
    "-2, -3]}, {'dtype': 'float32', 'shape': [2, 3], 'data': [1, 3, 5, 4, 6, 8]}]]},"
    "'e': {'count': 1}, 'ss': {'error': 'shape'}, 'c': {'error': 'shape'}, 't0': {'count': 0}}}",
    /* from_generator of two components, numpy_function of two results */
    "{'ndparity': 1, 'name': 'snippet/generator-numpy-function', 'inputs': {'p': {'dtype': "
    "'uint8', 'shape': [2], 'data': [1, 2]}, 'q': {'dtype': 'float64', 'shape': [2, 2], 'fill': "
    "'ones'}}, 'steps': ["
    "{'id': 'g', 'op': 'from_generator', 'elements': [['p', 'q'], ['p', 'q']], "
    "'output_signature': [{'dtype': 'float32', 'shape': [null]}, {'dtype': 'float64', 'shape': "
    "[2, null]}]},"
    "{'id': 'n', 'op': 'numpy_function', 'args': ['g'], 'fn': [{'id': 'r', 'op': 'multiply', "
    "'args': ['$0', '$1']}, {'id': 'z', 'op': 'sum', 'args': ['r'], 'axis': 0}], 'result': ['z', "
    "'r'], 'Tout': ['float64', 'float64'], 'shape': [[2], [2, 2]]},"
    "{'id': 'out', 'op': 'collect', 'args': ['n']}],"
    "'expect': {'g': {'count': 2, 'elements': [[{'dtype': 'uint8', 'shape': [2], 'view': true}, "
    "{'dtype': 'float64', 'shape': [2, 2], 'view': true}], '...']},"
    "'n': {'count': 2, 'elements': [[{'dtype': 'float64', 'shape': [2], 'data': [2, 4]}, "
    "{'dtype': 'float64', 'shape': [2, 2], 'data': [1, 2, 1, 2]}], '...']},"
    "'out': {'count': 2}}}",
    /* a source that cannot be built: the stages after it do not run */
    "{'ndparity': 1, 'name': 'snippet/slices-mismatch', 'inputs': {'a': {'dtype': 'int8', "
    "'shape': [3]}, 'b': {'dtype': 'int8', 'shape': [2]}}, 'steps': ["
    "{'id': 'd', 'op': 'from_tensor_slices', 'args': ['a', 'b']},"
    "{'id': 'm', 'op': 'map', 'args': ['d'], 'fn': [{'id': 'c', 'op': 'copy', 'args': ['$0']}]},"
    "{'id': 's0', 'op': 'sum', 'args': ['a']}, {'id': 'z', 'op': 'from_tensor_slices', 'args': "
    "['s0']}],"
    "'expect': {'d': {'error': 'value'}, 'z': {'error': 'value'}}}",
    /* a predicate that is not a bool; unbatch of 0-d components; a generator
     * failing at its second element, and take(1) of it (lazy) */
    "{'ndparity': 1, 'name': 'snippet/element-errors', 'inputs': {'a': {'dtype': 'int16', "
    "'shape': [3], 'data': [1, 2, 3]}, 'b': {'dtype': 'int16', 'shape': [2], 'data': [4, 5]}}, "
    "'steps': ["
    "{'id': 'd', 'op': 'from_tensor_slices', 'args': ['a']},"
    "{'id': 'f', 'op': 'filter', 'args': ['d'], 'fn': [{'id': 'p', 'op': 'add', 'args': ['$x', "
    "{'int': 1}]}]},"
    "{'id': 'u', 'op': 'unbatch', 'args': ['d']},"
    "{'id': 'g', 'op': 'from_generator', 'elements': ['a', 'b'], 'output_signature': "
    "{'dtype': 'int16', 'shape': [3]}},"
    "{'id': 't', 'op': 'take', 'args': ['g'], 'count': 1},"
    "{'id': 'm', 'op': 'map', 'args': ['g'], 'fn': [{'id': 'r', 'op': 'reshape', 'args': ['$x'], "
    "'shape': [3, 1]}]}],"
    "'expect': {'f': {'error': 'type'}, 'u': {'error': 'value'}, 'g': {'error': 'shape'}, "
    "'t': {'count': 1, 'elements': [[{'dtype': 'int16', 'shape': [3], 'view': true, 'data': [1, "
    "2, 3]}]]}, 'm': {'error': 'shape'}}}",
    /* names that need care, literals at the edges, every error class NumPy has */
    "{'ndparity': 1, 'name': 'snippet/names-and-literals', 'inputs': {"
    "'lambda': {'dtype': 'int8', 'shape': [2], 'data': [-128, 127]},"
    "'1st': {'dtype': 'float16', 'shape': [4], 'data': ['nan', '-0.0', 'inf', 65504]},"
    "'a-b': {'dtype': '>f8', 'shape': [2, 2], 'data': [0.1, '0x1.8p+1', '-inf', 1e-300], "
    "'order': 'F'},"
    "'np': {'dtype': 'uint64', 'shape': [2], 'data': ['18446744073709551615', 0]},"
    "'z': {'dtype': 'complex64', 'shape': [2], 'data': [['-0.0', 'nan'], [1, -2]]}}, 'steps': ["
    "{'id': 'print', 'op': 'add', 'args': ['lambda', {'int': 300}]},"
    "{'id': 'x y', 'op': 'multiply', 'args': ['1st', {'float': '-0.0'}]},"
    "{'id': 'def', 'op': 'add', 'args': ['np', {'int': '18446744073709551615'}]},"
    "{'id': 'class', 'op': 'astype', 'args': ['a-b'], 'dtype': '>i4', 'casting': 'safe'},"
    "{'id': '\\u03a9', 'op': 'getitem', 'args': ['a-b'], 'index': [{'slice': [null, null, -1]}, "
    "0]},"
    "{'id': 'huge', 'op': 'add', 'args': ['a-b', {'int': "
    "'+000123456789012345678901234567890'}]},"
    "{'id': 'cz', 'op': 'add', 'args': ['z', {'complex': ['-0.0', 'inf']}]},"
    "{'id': 'sc', 'op': 'add', 'args': ['1st', {'scalar': '-0.0', 'dtype': '>f4'}]},"
    "{'id': 'ax', 'op': 'sum', 'args': ['np'], 'axis': 3},"
    "{'id': 'ix', 'op': 'getitem', 'args': ['np'], 'index': [5]},"
    "{'id': 'ty', 'op': 'bitwise_and', 'args': ['1st', {'int': 1}]},"
    "{'id': 'rs', 'op': 'reshape', 'args': ['np'], 'shape': [3]},"
    "{'id': 'e0', 'op': 'getitem', 'args': ['np'], 'index': [{'slice': [0, 0, null]}]}, "
    "{'id': 'ni', 'op': 'max', 'args': ['e0']},"
    "{'id': 'dl', 'op': 'dlpack_roundtrip', 'args': ['a-b']},"
    "{'id': 'np2', 'op': 'npy_roundtrip', 'args': ['a-b']}],"
    "'expect': {'print': {'error': 'overflow'}, 'x y': {'dtype': 'float16', 'shape': [4], 'view': "
    "false}, 'def': {'dtype': 'uint64', 'shape': [2], 'data': ['18446744073709551614', "
    "'18446744073709551615']}, 'class': {'error': 'cast'}, '\\u03a9': {'dtype': 'float64', "
    "'shape': [2], 'view': true, 'data': ['-inf', 0.1]}, 'huge': {'dtype': 'float64', 'shape': [2, "
    "2]}, 'cz': {'dtype': 'complex64', 'shape': [2]}, 'sc': {'dtype': 'float32', 'shape': [4]}, "
    "'ax': {'error': 'axis'}, 'ix': {'error': 'index'}, 'ty': {'error': 'type'}, 'rs': {'error': "
    "'reshape'}, 'ni': {'error': 'no-identity'}, 'e0': {'dtype': 'uint64', 'shape': [0], 'view': "
    "false}, 'dl': {'error': 'value'}, "
    "'np2': {'dtype': 'float64', 'shape': [2, 2], 'view': false, 'data': [0.1, 3.0, '-inf', "
    "1e-300]}}}",
    /* inputs built compactly, read back exactly */
    "{'ndparity': 1, 'name': 'snippet/compact-inputs', 'inputs': {"
    "'r': {'dtype': '>u2', 'shape': [10, 10], 'fill': {'random': 7}},"
    "'f': {'dtype': 'float32', 'shape': [3, 2], 'fill': {'random': 11}, 'order': 'F'},"
    "'a': {'dtype': 'bool', 'shape': [70], 'fill': 'arange'},"
    "'o': {'dtype': 'complex64', 'shape': [0, 3], 'fill': 'ones'},"
    "'s': {'dtype': 'int16', 'shape': [], 'data': [7], 'order': 'F'},"
    "'g': {'dtype': 'int16', 'shape': [2], 'b64': 'AQD//w=='}}, 'steps': ["
    "{'id': 'rs', 'op': 'sum', 'args': ['r'], 'dtype': 'uint64'},"
    "{'id': 'fc', 'op': 'copy', 'args': ['f']},"
    "{'id': 'ac', 'op': 'sum', 'args': ['a']},"
    "{'id': 'oc', 'op': 'copy', 'args': ['o']},"
    "{'id': 'sc', 'op': 'copy', 'args': ['s']},"
    "{'id': 'gc', 'op': 'copy', 'args': ['g']}],"
    "'expect': {'ac': {'dtype': 'int64', 'shape': [], 'data': [69]}, 'oc': {'dtype': 'complex64', "
    "'shape': [0, 3]}, 'sc': {'dtype': 'int16', 'shape': [1], 'data': [7]}, 'gc': {'dtype': "
    "'int16', 'shape': [2], 'data': [1, -1]}}}",
};

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* base64 of an input's element bytes, in C order, as stored (its dtype's
 * byte order): what the snippet's array must hold, bit for bit. */
static json_t *input_bytes_b64(const struct ndp_tensor *t) {
  int64_t n = ndp_tensor_size(t);
  size_t isz = (size_t)ndp_dtype_size(t->dtype), nb = (size_t)n * isz;
  unsigned char *raw = malloc(nb + 1);
  char *text = malloc((nb + 2) / 3 * 4 + 1);
  cr_assert(raw != NULL && text != NULL);
  int64_t idx[NDP_MAXDIMS] = {0};
  for (int64_t k = 0; k < n; k++) {
    memcpy(raw + (size_t)k * isz, ndp_tensor_at(t, idx), isz);
    ndp_index_next(t->ndim, t->shape, idx);
  }
  size_t o = 0;
  for (size_t i = 0; i < nb; i += 3) {
    unsigned w = (unsigned)raw[i] << 16 | (i + 1 < nb ? (unsigned)raw[i + 1] << 8 : 0u) |
                 (i + 2 < nb ? raw[i + 2] : 0u);
    text[o++] = b64_alphabet[(w >> 18) & 63];
    text[o++] = b64_alphabet[(w >> 12) & 63];
    text[o++] = i + 1 < nb ? b64_alphabet[(w >> 6) & 63] : '=';
    text[o++] = i + 2 < nb ? b64_alphabet[w & 63] : '=';
  }
  text[o] = '\0';
  json_t *j = json_string(text);
  free(raw);
  free(text);
  return j;
}

/* The inputs as NumPy must hold them: type string ("<f8", ">i4", "|b1"),
 * shape, memory order and bytes. */
static json_t *inputs_json(const struct ndp_case *c) {
  const uint16_t one = 1;
  unsigned char first;
  memcpy(&first, &one, 1);
  char native = first == 1 ? '<' : '>', swapped = first == 1 ? '>' : '<';
  json_t *list = json_array();
  for (int i = 0; i < c->ninputs; i++) {
    const struct ndp_input *in = &c->inputs[i];
    const struct ndp_dtype_info *info = ndp_dtype_info(in->dtype);
    char typestr[8];
    snprintf(typestr, sizeof typestr, "%c%c%d",
             info->itemsize == 1 ? '|' : (in->swapped ? swapped : native), info->typechar,
             info->itemsize);
    json_t *shape = json_array();
    for (int k = 0; k < in->tensor.ndim; k++)
      json_array_append_new(shape, json_integer((json_int_t)in->tensor.shape[k]));
    char order[2] = {in->order, '\0'};
    json_array_append_new(list, json_pack("{s:s, s:s, s:o, s:s, s:o}", "name", in->name, "typestr",
                                          typestr, "shape", shape, "order", order, "b64",
                                          input_bytes_b64(&in->tensor)));
  }
  return list;
}

struct dump {
  FILE *f;
  long cases;
  long steps;
};

/* One JSON Lines record per case, what snippet_check.py needs, with the
 * snippet text (taken; NULL: out of memory). */
static enum ndp_status write_text(struct dump *d, struct ndp_case *c, char *text,
                                  struct ndp_error *err) {
  if (text == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory");
  json_t *ids = json_array();
  for (int k = 0; k < c->nsteps; k++) json_array_append_new(ids, json_string(c->steps[k].id));
  json_t *expect = json_object_get(c->json, "expect");
  json_t *tol = json_object_get(c->json, "tolerance");
  json_t *rec =
      json_pack("{s:s, s:s, s:i, s:o, s:O, s:O, s:o, s:O, s:s}", "case", c->name, "file",
                c->file != NULL ? c->file : "", "line", c->line, "steps", ids, "expect",
                expect != NULL ? expect : json_null(), "tolerance", tol != NULL ? tol : json_null(),
                "inputs", inputs_json(c), "json", c->json, "snippet", text);
  free(text);
  if (rec == NULL) return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "json_pack failed");
  int rc = json_dumpf(rec, d->f, JSON_COMPACT);
  json_decref(rec);
  if (rc != 0 || fputc('\n', d->f) == EOF)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "cannot write the snippets file");
  d->cases++;
  d->steps += c->nsteps;
  return NDP_OK;
}

static enum ndp_status write_record(void *ctx, struct ndp_case *c, struct ndp_error *err) {
  return write_text(ctx, c, ndp_case_numpy_snippet(c), err);
}

/* Runs argv[0] (a path, no shell) and returns its exit status, or -1 when it
 * could not run. quiet sends its output to /dev/null. */
static int run(char *const argv[], bool quiet) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  if (quiet) {
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  }
  fflush(stdout);
  fflush(stderr);
  pid_t pid;
  int rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) return -1;
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static const char python[] = "/usr/bin/python3";

Test(snippet, should_agree_with_numpy_on_every_corpus_case) {
  /* Under valgrind --trace-children=yes, Python would run under valgrind
   * too (minutes, and CPython's own reports): then the snippets are only
   * generated (and memory-checked); running them is the plain and ASan
   * runs' job. */
  const char *preload = getenv("LD_PRELOAD");
  bool under_valgrind = preload != NULL && strstr(preload, "vgpreload") != NULL;
  char *probe[] = {(char *)python, "-c", "import numpy", NULL};
  if (!under_valgrind && run(probe, true) != 0) {
    printf("snippet: skipped: %s cannot import numpy\n", python);
    cr_skip_test("%s cannot import numpy", python);
  }
  char path[] = "/tmp/ndp_snippets_XXXXXX";
  int fd = mkstemp(path);
  cr_assert(fd >= 0, "mkstemp failed");
  struct dump d = {fdopen(fd, "w"), 0, 0};
  cr_assert_not_null(d.f);

  /* NDP_SNIPPETS_MORE: one more file or folder of cases (fuzz finds, random cases) */
  const char *more = getenv("NDP_SNIPPETS_MORE");
  const char *const corpora[] = {NDP_SOURCE_DIR "/cases/golden", NDP_SOURCE_DIR "/cases/scenarios",
                                 NDP_SOURCE_DIR "/../shared/cases-sample", more};
  long load_errors = 0;
  for (size_t i = 0; i < sizeof corpora / sizeof corpora[0] && corpora[i] != NULL; i++) {
    struct stat sb;
    if (stat(corpora[i], &sb) != 0) {
      printf("snippet: %s does not exist: left out\n", corpora[i]);
      continue;
    }
    struct ndp_corpus co;
    ndp_corpus_init(&co);
    co.on_case = write_record;
    co.ctx = &d;
    struct ndp_error err = {0};
    long before = d.cases;
    cr_assert_eq(ndp_corpus_load_path(&co, corpora[i], &err), NDP_OK, "%s: %s", corpora[i],
                 err.msg);
    for (int k = 0; k < co.nerrors; k++)
      printf("snippet: load error (left out): %s:%d: %s\n", co.errors[k].file, co.errors[k].line,
             co.errors[k].message);
    load_errors += co.nerrors;
    printf("snippet: %s: %ld cases\n", corpora[i], d.cases - before);
    ndp_corpus_reset(&co);
  }
  /* the extra cases, and those of the tests above: NumPy runs them too */
  size_t nx = sizeof extra_cases / sizeof extra_cases[0];
  size_t ne = sizeof exact_rows / sizeof exact_rows[0];
  size_t nc = sizeof contains_rows / sizeof contains_rows[0];
  for (size_t i = 0; i < nx + ne + nc; i++) {
    const char *text = i < nx        ? extra_cases[i]
                       : i < nx + ne ? exact_rows[i - nx].json
                                     : contains_rows[i - nx - ne].json;
    struct ndp_case *c = parse_ok("extra case", text);
    struct ndp_error err = {0};
    cr_assert_eq(write_record(&d, c, &err), NDP_OK, "%s", err.msg);
    /* and as a generated case (no source text) */
    cr_assert_eq(write_text(&d, c, model_only_snippet(c), &err), NDP_OK, "%s", err.msg);
    ndp_case_free(c);
  }
  cr_assert_eq(fclose(d.f), 0);
  printf("snippet: %ld snippets (%ld steps) written to %s; %ld load errors\n", d.cases, d.steps,
         path, load_errors);
  cr_assert_gt(d.cases, 5000, "too few cases found: %ld", d.cases);

  const char *keep = getenv("NDP_SNIPPETS_KEEP");
  bool keep_file = keep != NULL && strcmp(keep, "1") == 0;
  if (under_valgrind) {
    printf("snippet: under valgrind: %ld snippets generated, not run by Python\n", d.cases);
    if (!keep_file) remove(path);
    return;
  }
  char *check[] = {(char *)python, NDP_SOURCE_DIR "/tests/snippet_check.py", path, NULL};
  int rc = run(check, false);
  if (!keep_file) remove(path);
  cr_assert_eq(rc, 0, "tests/snippet_check.py exited with %d (see its output above)", rc);
}
