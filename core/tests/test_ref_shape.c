/* Tests of the reference engine's shape and layout operations and copies
 * (core/src/ref/ref_shape.c).
 *
 * The table rows are small cases (inputs and steps, in the case format);
 * the last step of each is checked against what NumPy 1.24.2 (run with
 * NPY_PROMOTION_STATE=weak) returned: error class, or dtype, shape, values,
 * whether the result shares memory with an input (and then its buffer), and
 * the bytes copied (0 for a result that shares the step operand's memory,
 * else the result's nbytes). The rows were printed by the script at the end
 * of this file. Table-driven tests are one Test each looping over their
 * rows (one process per Test keeps Valgrind runs short); every message
 * names the row.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "ndparity/core.h"
#include "ref_case_support.h"
#include "ref_internal.h"

/* ------------------------------------------------------------ the NumPy table */

/* BEGIN GENERATED (script at the end of this file); do not edit */
// clang-format off
static const struct row rows[] = {
    {"reshape_c_contiguous_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"reshape\",\"args\":[\"a\"],\"shape\":[3,2],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 2, .shape = {3, 2}, .view = true, .bytes = 0,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.8000000000000p+1 0x1.0000000000000p+2 0x1.4000000000000p+2"},
    {"reshape_minus_one",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int16\",\"shape\":[2,3,4]}},\"steps\":[{\"op\":\"reshape\",\"args\":[\"a\"],\"shape\":[4,-1],\"id\":\"s0\"}]}",
     .dtype = "int16", .ndim = 2, .shape = {4, 6}, .view = true, .bytes = 0,
     .data = "0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23"},
    {"reshape_any_negative_is_unknown",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int16\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"reshape\",\"args\":[\"a\"],\"shape\":[-2,2],\"id\":\"s0\"}]}",
     .dtype = "int16", .ndim = 2, .shape = {3, 2}, .view = true, .bytes = 0,
     .data = "0 1 2 3 4 5"},
    {"reshape_f_order_of_f_array_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[2,3],\"order\":\"F\"}},\"steps\":[{\"op\":\"reshape\",\"args\":[\"a\"],\"shape\":[3,2],\"order\":\"F\",\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 2, .shape = {3, 2}, .view = true, .bytes = 0,
     .data = "0x0.0p+0 0x1.0000000000000p+2 0x1.8000000000000p+1 0x1.0000000000000p+1 0x1.0000000000000p+0 0x1.4000000000000p+2"},
    {"reshape_c_order_of_f_array_copies",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[2,3],\"order\":\"F\"}},\"steps\":[{\"op\":\"reshape\",\"args\":[\"a\"],\"shape\":[3,2],\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 2, .shape = {3, 2}, .view = false, .bytes = 24,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.8000000000000p+1 0x1.0000000000000p+2 0x1.4000000000000p+2"},
    {"reshape_f_order_of_c_array_copies",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"reshape\",\"args\":[\"a\"],\"shape\":[2,6],\"order\":\"F\",\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 2, .shape = {2, 6}, .view = false, .bytes = 48,
     .data = "0 8 5 2 10 7 4 1 9 6 3 11"},
    {"reshape_transposed_split_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[4,6]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"id\":\"t\"},{\"op\":\"reshape\",\"args\":[\"t\"],\"shape\":[3,2,4],\"id\":\"s1\"}]}",
     .dtype = "int32", .ndim = 3, .shape = {3, 2, 4}, .view = true, .bytes = 0,
     .data = "0 6 12 18 1 7 13 19 2 8 14 20 3 9 15 21 4 10 16 22 5 11 17 23"},
    {"reshape_transposed_merge_copies",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[4,6]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"id\":\"t\"},{\"op\":\"reshape\",\"args\":[\"t\"],\"shape\":[24],\"id\":\"s1\"}]}",
     .dtype = "int32", .ndim = 1, .shape = {24}, .view = false, .bytes = 96,
     .data = "0 6 12 18 1 7 13 19 2 8 14 20 3 9 15 21 4 10 16 22 5 11 17 23"},
    {"reshape_transposed_merge_f_order_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[4,6]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"id\":\"t\"},{\"op\":\"reshape\",\"args\":[\"t\"],\"shape\":[24],\"order\":\"F\",\"id\":\"s1\"}]}",
     .dtype = "int32", .ndim = 1, .shape = {24}, .view = true, .bytes = 0,
     .data = "0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23"},
    {"reshape_negative_step_split_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int64\",\"shape\":[6,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[{\"slice\":[null,null,-1]}],\"id\":\"g\"},{\"op\":\"reshape\",\"args\":[\"g\"],\"shape\":[3,2,4],\"id\":\"s1\"}]}",
     .dtype = "int64", .ndim = 3, .shape = {3, 2, 4}, .view = true, .bytes = 0,
     .data = "20 21 22 23 16 17 18 19 12 13 14 15 8 9 10 11 4 5 6 7 0 1 2 3"},
    {"reshape_step2_merge_copies",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int64\",\"shape\":[4,6]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[{\"slice\":[null,null,null]},{\"slice\":[null,null,2]}],\"id\":\"g\"},{\"op\":\"reshape\",\"args\":[\"g\"],\"shape\":[12],\"id\":\"s1\"}]}",
     .dtype = "int64", .ndim = 1, .shape = {12}, .view = true, .bytes = 0,
     .data = "0 2 4 6 8 10 12 14 16 18 20 22"},
    {"reshape_same_shape_noncontig_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"id\":\"t\"},{\"op\":\"reshape\",\"args\":[\"t\"],\"shape\":[4,3],\"id\":\"s1\"}]}",
     .dtype = "int32", .ndim = 2, .shape = {4, 3}, .view = true, .bytes = 0,
     .data = "0 4 8 1 5 9 2 6 10 3 7 11"},
    {"reshape_drops_length1_axes_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"uint8\",\"shape\":[3,1,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[\"...\",{\"slice\":[null,null,2]}],\"id\":\"g\"},{\"op\":\"reshape\",\"args\":[\"g\"],\"shape\":[3,2],\"id\":\"s1\"}]}",
     .dtype = "uint8", .ndim = 2, .shape = {3, 2}, .view = true, .bytes = 0,
     .data = "0 2 4 6 8 10"},
    {"reshape_adds_length1_axes_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"id\":\"t\"},{\"op\":\"reshape\",\"args\":[\"t\"],\"shape\":[1,4,3,1],\"id\":\"s1\"}]}",
     .dtype = "int32", .ndim = 4, .shape = {1, 4, 3, 1}, .view = true, .bytes = 0,
     .data = "0 4 8 1 5 9 2 6 10 3 7 11"},
    {"reshape_zero_size_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[0,3]}},\"steps\":[{\"op\":\"reshape\",\"args\":[\"a\"],\"shape\":[3,0],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 2, .shape = {3, 0}, .view = false, .bytes = 0,
     .data = ""},
    {"reshape_zero_size_unknown_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[0,3]}},\"steps\":[{\"op\":\"reshape\",\"args\":[\"a\"],\"shape\":[-1,0],\"id\":\"s0\"}]}",
     .error = "reshape"},
    {"reshape_two_unknown_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"reshape\",\"args\":[\"a\"],\"shape\":[-1,-1],\"id\":\"s0\"}]}",
     .error = "reshape"},
    {"reshape_size_mismatch_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"reshape\",\"args\":[\"a\"],\"shape\":[4,-1],\"id\":\"s0\"}]}",
     .error = "reshape"},
    {"reshape_0d_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[]}},\"steps\":[{\"op\":\"reshape\",\"args\":[\"a\"],\"shape\":[1,1],\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 2, .shape = {1, 1}, .view = true, .bytes = 0,
     .data = "0x0.0p+0"},
    {"reshape_byteswapped_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\">i4\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"reshape\",\"args\":[\"a\"],\"shape\":[6],\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 1, .shape = {6}, .view = true, .bytes = 0,
     .data = "0 1 2 3 4 5"},
    {"reshape_byteswapped_copy",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\">f8\",\"shape\":[2,3],\"order\":\"F\"}},\"steps\":[{\"op\":\"reshape\",\"args\":[\"a\"],\"shape\":[6],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 1, .shape = {6}, .view = false, .bytes = 48,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.8000000000000p+1 0x1.0000000000000p+2 0x1.4000000000000p+2"},
    {"transpose_default_reverses",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int16\",\"shape\":[2,3,4]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int16", .ndim = 3, .shape = {4, 3, 2}, .view = true, .bytes = 0,
     .data = "0 12 4 16 8 20 1 13 5 17 9 21 2 14 6 18 10 22 3 15 7 19 11 23"},
    {"transpose_axes",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int16\",\"shape\":[2,3,4]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"axes\":[1,0,2],\"id\":\"s0\"}]}",
     .dtype = "int16", .ndim = 3, .shape = {3, 2, 4}, .view = true, .bytes = 0,
     .data = "0 1 2 3 12 13 14 15 4 5 6 7 16 17 18 19 8 9 10 11 20 21 22 23"},
    {"transpose_negative_axes",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int16\",\"shape\":[2,3,4]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"axes\":[-1,0,1],\"id\":\"s0\"}]}",
     .dtype = "int16", .ndim = 3, .shape = {4, 2, 3}, .view = true, .bytes = 0,
     .data = "0 4 8 12 16 20 1 5 9 13 17 21 2 6 10 14 18 22 3 7 11 15 19 23"},
    {"transpose_axes_mismatch_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"axes\":[0],\"id\":\"s0\"}]}",
     .error = "value"},
    {"transpose_repeated_axis_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"axes\":[0,0],\"id\":\"s0\"}]}",
     .error = "value"},
    {"transpose_axis_out_of_bounds_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"axes\":[0,5],\"id\":\"s0\"}]}",
     .error = "axis"},
    {"transpose_0d_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 0, .shape = {0}, .view = true, .bytes = 0,
     .data = "0x0.0p+0"},
    {"expand_dims_front",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"expand_dims\",\"args\":[\"a\"],\"axis\":0,\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 3, .shape = {1, 2, 3}, .view = true, .bytes = 0,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.8000000000000p+1 0x1.0000000000000p+2 0x1.4000000000000p+2"},
    {"expand_dims_back",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"expand_dims\",\"args\":[\"a\"],\"axis\":-1,\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 3, .shape = {2, 3, 1}, .view = true, .bytes = 0,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.8000000000000p+1 0x1.0000000000000p+2 0x1.4000000000000p+2"},
    {"expand_dims_list",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"expand_dims\",\"args\":[\"a\"],\"axis\":[0,3],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 4, .shape = {1, 2, 3, 1}, .view = true, .bytes = 0,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.8000000000000p+1 0x1.0000000000000p+2 0x1.4000000000000p+2"},
    {"expand_dims_noncontig_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"id\":\"t\"},{\"op\":\"expand_dims\",\"args\":[\"t\"],\"axis\":1,\"id\":\"s1\"}]}",
     .dtype = "int32", .ndim = 3, .shape = {4, 1, 3}, .view = true, .bytes = 0,
     .data = "0 4 8 1 5 9 2 6 10 3 7 11"},
    {"expand_dims_repeated_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"expand_dims\",\"args\":[\"a\"],\"axis\":[1,1],\"id\":\"s0\"}]}",
     .error = "value"},
    {"expand_dims_out_of_bounds_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"expand_dims\",\"args\":[\"a\"],\"axis\":[0,5],\"id\":\"s0\"}]}",
     .error = "axis"},
    {"squeeze_all",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[1,3,1]}},\"steps\":[{\"op\":\"squeeze\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int8", .ndim = 1, .shape = {3}, .view = true, .bytes = 0,
     .data = "0 1 2"},
    {"squeeze_axis",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[1,3,1]}},\"steps\":[{\"op\":\"squeeze\",\"args\":[\"a\"],\"axis\":-1,\"id\":\"s0\"}]}",
     .dtype = "int8", .ndim = 2, .shape = {1, 3}, .view = true, .bytes = 0,
     .data = "0 1 2"},
    {"squeeze_list",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[1,3,1]}},\"steps\":[{\"op\":\"squeeze\",\"args\":[\"a\"],\"axis\":[0,2],\"id\":\"s0\"}]}",
     .dtype = "int8", .ndim = 1, .shape = {3}, .view = true, .bytes = 0,
     .data = "0 1 2"},
    {"squeeze_0d_axis0",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[]}},\"steps\":[{\"op\":\"squeeze\",\"args\":[\"a\"],\"axis\":0,\"id\":\"s0\"}]}",
     .dtype = "int8", .ndim = 0, .shape = {0}, .view = true, .bytes = 0,
     .data = "0"},
    {"squeeze_0d_list_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[]}},\"steps\":[{\"op\":\"squeeze\",\"args\":[\"a\"],\"axis\":[0],\"id\":\"s0\"}]}",
     .error = "axis"},
    {"squeeze_not_one_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[1,3,1]}},\"steps\":[{\"op\":\"squeeze\",\"args\":[\"a\"],\"axis\":1,\"id\":\"s0\"}]}",
     .error = "value"},
    {"squeeze_duplicate_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[2,1]}},\"steps\":[{\"op\":\"squeeze\",\"args\":[\"a\"],\"axis\":[1,-1],\"id\":\"s0\"}]}",
     .error = "value"},
    {"broadcast_to_prepend",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[3]}},\"steps\":[{\"op\":\"broadcast_to\",\"args\":[\"a\"],\"shape\":[2,3],\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 2, .shape = {2, 3}, .view = true, .bytes = 0,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1"},
    {"broadcast_to_stretch",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[2,1]}},\"steps\":[{\"op\":\"broadcast_to\",\"args\":[\"a\"],\"shape\":[2,4],\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 2, .shape = {2, 4}, .view = true, .bytes = 0,
     .data = "0x0.0p+0 0x0.0p+0 0x0.0p+0 0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+0 0x1.0000000000000p+0 0x1.0000000000000p+0"},
    {"broadcast_to_from_0d",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"uint16\",\"shape\":[]}},\"steps\":[{\"op\":\"broadcast_to\",\"args\":[\"a\"],\"shape\":[2,2],\"id\":\"s0\"}]}",
     .dtype = "uint16", .ndim = 2, .shape = {2, 2}, .view = true, .bytes = 0,
     .data = "0 0 0 0"},
    {"broadcast_to_zero_size",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[2,1]}},\"steps\":[{\"op\":\"broadcast_to\",\"args\":[\"a\"],\"shape\":[0,2,0],\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 3, .shape = {0, 2, 0}, .view = false, .bytes = 0,
     .data = ""},
    {"broadcast_to_lower_rank_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"broadcast_to\",\"args\":[\"a\"],\"shape\":[3],\"id\":\"s0\"}]}",
     .error = "broadcast"},
    {"broadcast_to_scalar_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"broadcast_to\",\"args\":[\"a\"],\"shape\":[],\"id\":\"s0\"}]}",
     .error = "broadcast"},
    {"broadcast_to_negative_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"broadcast_to\",\"args\":[\"a\"],\"shape\":[-1,2,3],\"id\":\"s0\"}]}",
     .error = "broadcast"},
    {"broadcast_to_mismatch_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"broadcast_to\",\"args\":[\"a\"],\"shape\":[2,4],\"id\":\"s0\"}]}",
     .error = "broadcast"},
    {"getitem_int_row_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[1],\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 1, .shape = {4}, .view = true, .bytes = 0,
     .data = "4 5 6 7"},
    {"getitem_negative_int",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[-1],\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 1, .shape = {4}, .view = true, .bytes = 0,
     .data = "8 9 10 11"},
    {"getitem_int_out_of_bounds_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[3],\"id\":\"s0\"}]}",
     .error = "index"},
    {"getitem_negative_step",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[{\"slice\":[null,null,-1]}],\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 2, .shape = {3, 4}, .view = true, .bytes = 0,
     .data = "8 9 10 11 4 5 6 7 0 1 2 3"},
    {"getitem_negative_step_both_axes",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[{\"slice\":[null,null,-2]},{\"slice\":[3,0,-2]}],\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 2, .shape = {2, 2}, .view = true, .bytes = 0,
     .data = "11 9 3 1"},
    {"getitem_clamped_bounds",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[{\"slice\":[-10,10,null]},{\"slice\":[5,null,null]}],\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 2, .shape = {3, 0}, .view = false, .bytes = 0,
     .data = ""},
    {"getitem_empty_slice",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[{\"slice\":[2,2,null]}],\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 2, .shape = {0, 4}, .view = false, .bytes = 0,
     .data = ""},
    {"getitem_ellipsis_int",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2,3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[\"...\",1],\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 2, .shape = {2, 3}, .view = true, .bytes = 0,
     .data = "1 5 9 13 17 21"},
    {"getitem_newaxis",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[\"newaxis\",{\"slice\":[null,null,null]},\"newaxis\"],\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 4, .shape = {1, 3, 1, 4}, .view = true, .bytes = 0,
     .data = "0 1 2 3 4 5 6 7 8 9 10 11"},
    {"getitem_all_ints_scalar_copy",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[1,2],\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 0, .shape = {0}, .view = false, .bytes = 4,
     .data = "6"},
    {"getitem_0d_empty_index_scalar_copy",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "0x0.0p+0"},
    {"getitem_0d_ellipsis_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[\"...\"],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 0, .shape = {0}, .view = true, .bytes = 0,
     .data = "0x0.0p+0"},
    {"getitem_ints_with_ellipsis_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[1,\"...\",2],\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 0, .shape = {0}, .view = true, .bytes = 0,
     .data = "6"},
    {"getitem_too_many_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[0,0,0],\"id\":\"s0\"}]}",
     .error = "index"},
    {"getitem_two_ellipsis_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[\"...\",\"...\"],\"id\":\"s0\"}]}",
     .error = "index"},
    {"getitem_zero_step_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[{\"slice\":[null,null,0]}],\"id\":\"s0\"}]}",
     .error = "value"},
    {"getitem_f_order",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[3,4],\"order\":\"F\"}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[{\"slice\":[null,null,2]},1],\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 1, .shape = {2}, .view = true, .bytes = 0,
     .data = "0x1.0000000000000p+0 0x1.2000000000000p+3"},
    {"getitem_byteswapped_scalar",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\">i8\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[2,3],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "11"},
    {"astype_unsafe_float_to_int",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[4],\"data\":[1.5,-2.5,3.75,-0.5]}},\"steps\":[{\"op\":\"astype\",\"args\":[\"a\"],\"dtype\":\"int32\",\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 1, .shape = {4}, .view = false, .bytes = 16,
     .data = "1 -2 3 0"},
    {"astype_safe_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"astype\",\"args\":[\"a\"],\"dtype\":\"int8\",\"casting\":\"safe\",\"id\":\"s0\"}]}",
     .error = "cast"},
    {"astype_no_byteswapped_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\">f8\",\"shape\":[2]}},\"steps\":[{\"op\":\"astype\",\"args\":[\"a\"],\"dtype\":\"float64\",\"casting\":\"no\",\"id\":\"s0\"}]}",
     .error = "cast"},
    {"astype_equiv_byteswapped",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\">f8\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"astype\",\"args\":[\"a\"],\"dtype\":\"float64\",\"casting\":\"equiv\",\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 2, .shape = {2, 3}, .view = false, .bytes = 48,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.8000000000000p+1 0x1.0000000000000p+2 0x1.4000000000000p+2"},
    {"astype_bool_to_float32",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"bool\",\"shape\":[5]}},\"steps\":[{\"op\":\"astype\",\"args\":[\"a\"],\"dtype\":\"float32\",\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 1, .shape = {5}, .view = false, .bytes = 20,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+0 0x1.0000000000000p+0 0x1.0000000000000p+0"},
    {"astype_float_to_float16",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[3],\"data\":[0.1,65504.0,1e-08]}},\"steps\":[{\"op\":\"astype\",\"args\":[\"a\"],\"dtype\":\"float16\",\"id\":\"s0\"}]}",
     .dtype = "float16", .ndim = 1, .shape = {3}, .view = false, .bytes = 6,
     .data = "0x1.9980000000000p-4 0x1.ffc0000000000p+15 0x0.0p+0"},
    {"astype_f_order_keeps_layout",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int16\",\"shape\":[2,3],\"order\":\"F\"}},\"steps\":[{\"op\":\"astype\",\"args\":[\"a\"],\"dtype\":\"int64\",\"id\":\"s0\"},{\"op\":\"reshape\",\"args\":[\"s0\"],\"shape\":[6],\"order\":\"F\",\"id\":\"s1\"}]}",
     .dtype = "int64", .ndim = 1, .shape = {6}, .view = false, .bytes = 0,
     .data = "0 3 1 4 2 5"},
    {"astype_complex_to_real",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"complex64\",\"shape\":[2],\"data\":[[1,2],[-3.5,4]]}},\"steps\":[{\"op\":\"astype\",\"args\":[\"a\"],\"dtype\":\"float64\",\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 1, .shape = {2}, .view = false, .bytes = 16,
     .data = "0x1.0000000000000p+0 -0x1.c000000000000p+1"},
    {"astype_int_wraps",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3],\"data\":[300,-129,65535]}},\"steps\":[{\"op\":\"astype\",\"args\":[\"a\"],\"dtype\":\"uint8\",\"id\":\"s0\"}]}",
     .dtype = "uint8", .ndim = 1, .shape = {3}, .view = false, .bytes = 3,
     .data = "44 127 255"},
    {"copy_c",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"copy\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 2, .shape = {2, 3}, .view = false, .bytes = 48,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.8000000000000p+1 0x1.0000000000000p+2 0x1.4000000000000p+2"},
    {"copy_transposed_keeps_order",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"id\":\"t\"},{\"op\":\"copy\",\"args\":[\"t\"],\"id\":\"s1\"},{\"op\":\"reshape\",\"args\":[\"s1\"],\"shape\":[12],\"order\":\"F\",\"id\":\"s2\"}]}",
     .dtype = "int32", .ndim = 1, .shape = {12}, .view = false, .bytes = 0,
     .data = "0 1 2 3 4 5 6 7 8 9 10 11"},
    {"copy_byteswapped_native",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\">u2\",\"shape\":[2,2]}},\"steps\":[{\"op\":\"copy\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "uint16", .ndim = 2, .shape = {2, 2}, .view = false, .bytes = 8,
     .data = "0 1 2 3"},
    {"copy_zero_size",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[0,4]}},\"steps\":[{\"op\":\"copy\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 2, .shape = {0, 4}, .view = false, .bytes = 0,
     .data = ""},
    {"ascontiguousarray_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"ascontiguousarray\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 2, .shape = {2, 3}, .view = true, .bytes = 0,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.8000000000000p+1 0x1.0000000000000p+2 0x1.4000000000000p+2"},
    {"ascontiguousarray_f_copies",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[2,3],\"order\":\"F\"}},\"steps\":[{\"op\":\"ascontiguousarray\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 2, .shape = {2, 3}, .view = false, .bytes = 24,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.8000000000000p+1 0x1.0000000000000p+2 0x1.4000000000000p+2"},
    {"ascontiguousarray_0d_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[]}},\"steps\":[{\"op\":\"ascontiguousarray\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 1, .shape = {1}, .view = true, .bytes = 0,
     .data = "0x0.0p+0"},
    {"ascontiguousarray_byteswapped_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\">f4\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"ascontiguousarray\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 2, .shape = {2, 3}, .view = true, .bytes = 0,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.8000000000000p+1 0x1.0000000000000p+2 0x1.4000000000000p+2"},
    {"asfortranarray_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[2,3],\"order\":\"F\"}},\"steps\":[{\"op\":\"asfortranarray\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int8", .ndim = 2, .shape = {2, 3}, .view = true, .bytes = 0,
     .data = "0 1 2 3 4 5"},
    {"asfortranarray_c_copies",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"asfortranarray\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int8", .ndim = 2, .shape = {2, 3}, .view = false, .bytes = 6,
     .data = "0 1 2 3 4 5"},
    {"asfortranarray_1d_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[5]}},\"steps\":[{\"op\":\"asfortranarray\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int8", .ndim = 1, .shape = {5}, .view = true, .bytes = 0,
     .data = "0 1 2 3 4"},
    {"asfortranarray_negative_step_copies",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[5]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[{\"slice\":[null,null,-1]}],\"id\":\"g\"},{\"op\":\"asfortranarray\",\"args\":[\"g\"],\"id\":\"s1\"}]}",
     .dtype = "int8", .ndim = 1, .shape = {5}, .view = false, .bytes = 5,
     .data = "4 3 2 1 0"},
    {"ravel_c_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"ravel\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 1, .shape = {6}, .view = true, .bytes = 0,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.8000000000000p+1 0x1.0000000000000p+2 0x1.4000000000000p+2"},
    {"ravel_f_array_copies",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3],\"order\":\"F\"}},\"steps\":[{\"op\":\"ravel\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 1, .shape = {6}, .view = false, .bytes = 48,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.8000000000000p+1 0x1.0000000000000p+2 0x1.4000000000000p+2"},
    {"ravel_f_array_order_f_view",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3],\"order\":\"F\"}},\"steps\":[{\"op\":\"ravel\",\"args\":[\"a\"],\"order\":\"F\",\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 1, .shape = {6}, .view = true, .bytes = 0,
     .data = "0x0.0p+0 0x1.8000000000000p+1 0x1.0000000000000p+0 0x1.0000000000000p+2 0x1.0000000000000p+1 0x1.4000000000000p+2"},
    {"ravel_strided_1d_copies",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[6]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[{\"slice\":[null,null,2]}],\"id\":\"g\"},{\"op\":\"ravel\",\"args\":[\"g\"],\"id\":\"s1\"}]}",
     .dtype = "float64", .ndim = 1, .shape = {3}, .view = false, .bytes = 24,
     .data = "0x0.0p+0 0x1.0000000000000p+1 0x1.0000000000000p+2"},
    {"ravel_0d",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[]}},\"steps\":[{\"op\":\"ravel\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 1, .shape = {1}, .view = true, .bytes = 0,
     .data = "0x0.0p+0"},
    {"concatenate_axis0",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2,3]},\"b\":{\"dtype\":\"int32\",\"shape\":[1,3]}},\"steps\":[{\"op\":\"concatenate\",\"args\":[\"a\",\"b\"],\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 2, .shape = {3, 3}, .view = false, .bytes = 36,
     .data = "0 1 2 3 4 5 0 1 2"},
    {"concatenate_axis1",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2,3]},\"b\":{\"dtype\":\"int32\",\"shape\":[2,1]}},\"steps\":[{\"op\":\"concatenate\",\"args\":[\"a\",\"b\"],\"axis\":1,\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 2, .shape = {2, 4}, .view = false, .bytes = 32,
     .data = "0 1 2 0 3 4 5 1"},
    {"concatenate_axis_negative",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2,3]},\"b\":{\"dtype\":\"int32\",\"shape\":[2,2]}},\"steps\":[{\"op\":\"concatenate\",\"args\":[\"a\",\"b\"],\"axis\":-1,\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 2, .shape = {2, 5}, .view = false, .bytes = 40,
     .data = "0 1 2 0 1 3 4 5 2 3"},
    {"concatenate_axis_none",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2,2],\"order\":\"F\"},\"b\":{\"dtype\":\"int32\",\"shape\":[3]}},\"steps\":[{\"op\":\"concatenate\",\"args\":[\"a\",\"b\"],\"axis\":null,\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 1, .shape = {7}, .view = false, .bytes = 28,
     .data = "0 1 2 3 0 1 2"},
    {"concatenate_axis_none_0d",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[]},\"b\":{\"dtype\":\"int32\",\"shape\":[]}},\"steps\":[{\"op\":\"concatenate\",\"args\":[\"a\",\"b\"],\"axis\":null,\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 1, .shape = {2}, .view = false, .bytes = 8,
     .data = "0 0"},
    {"concatenate_promotes",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[2]},\"b\":{\"dtype\":\"uint8\",\"shape\":[2]}},\"steps\":[{\"op\":\"concatenate\",\"args\":[\"a\",\"b\"],\"id\":\"s0\"}]}",
     .dtype = "int16", .ndim = 1, .shape = {4}, .view = false, .bytes = 8,
     .data = "0 1 0 1"},
    {"concatenate_f_inputs_keep_f",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[2,3],\"order\":\"F\"},\"b\":{\"dtype\":\"float32\",\"shape\":[2,3],\"order\":\"F\"}},\"steps\":[{\"op\":\"concatenate\",\"args\":[\"a\",\"b\"],\"axis\":1,\"id\":\"s0\"},{\"op\":\"reshape\",\"args\":[\"s0\"],\"shape\":[12],\"order\":\"F\",\"id\":\"s1\"}]}",
     .dtype = "float32", .ndim = 1, .shape = {12}, .view = false, .bytes = 0,
     .data = "0x0.0p+0 0x1.8000000000000p+1 0x1.0000000000000p+0 0x1.0000000000000p+2 0x1.0000000000000p+1 0x1.4000000000000p+2 0x0.0p+0 0x1.8000000000000p+1 0x1.0000000000000p+0 0x1.0000000000000p+2 0x1.0000000000000p+1 0x1.4000000000000p+2"},
    {"concatenate_three_with_empty",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int16\",\"shape\":[2,2]},\"b\":{\"dtype\":\"int16\",\"shape\":[0,2]},\"c\":{\"dtype\":\">i2\",\"shape\":[1,2]}},\"steps\":[{\"op\":\"concatenate\",\"args\":[\"a\",\"b\",\"c\"],\"id\":\"s0\"}]}",
     .dtype = "int16", .ndim = 2, .shape = {3, 2}, .view = false, .bytes = 12,
     .data = "0 1 2 3 0 1"},
    {"concatenate_0d_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[]},\"b\":{\"dtype\":\"int32\",\"shape\":[]}},\"steps\":[{\"op\":\"concatenate\",\"args\":[\"a\",\"b\"],\"id\":\"s0\"}]}",
     .error = "value"},
    {"concatenate_ndim_mismatch_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2,3]},\"b\":{\"dtype\":\"int32\",\"shape\":[3]}},\"steps\":[{\"op\":\"concatenate\",\"args\":[\"a\",\"b\"],\"id\":\"s0\"}]}",
     .error = "value"},
    {"concatenate_dim_mismatch_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2,3]},\"b\":{\"dtype\":\"int32\",\"shape\":[2,2]}},\"steps\":[{\"op\":\"concatenate\",\"args\":[\"a\",\"b\"],\"id\":\"s0\"}]}",
     .error = "value"},
    {"concatenate_axis_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2,3]},\"b\":{\"dtype\":\"int32\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"concatenate\",\"args\":[\"a\",\"b\"],\"axis\":2,\"id\":\"s0\"}]}",
     .error = "axis"},
    {"stack_axis0",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2,3]},\"b\":{\"dtype\":\"int32\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"stack\",\"args\":[\"a\",\"b\"],\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 3, .shape = {2, 2, 3}, .view = false, .bytes = 48,
     .data = "0 1 2 3 4 5 0 1 2 3 4 5"},
    {"stack_axis_last_f",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,3],\"order\":\"F\"},\"b\":{\"dtype\":\"float64\",\"shape\":[2,3],\"order\":\"F\"}},\"steps\":[{\"op\":\"stack\",\"args\":[\"a\",\"b\"],\"axis\":2,\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 3, .shape = {2, 3, 2}, .view = false, .bytes = 96,
     .data = "0x0.0p+0 0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.0000000000000p+1 0x1.8000000000000p+1 0x1.8000000000000p+1 0x1.0000000000000p+2 0x1.0000000000000p+2 0x1.4000000000000p+2 0x1.4000000000000p+2"},
    {"stack_axis_negative",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"uint8\",\"shape\":[3]},\"b\":{\"dtype\":\"uint8\",\"shape\":[3]}},\"steps\":[{\"op\":\"stack\",\"args\":[\"a\",\"b\"],\"axis\":-1,\"id\":\"s0\"}]}",
     .dtype = "uint8", .ndim = 2, .shape = {3, 2}, .view = false, .bytes = 6,
     .data = "0 0 1 1 2 2"},
    {"stack_0d",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[]},\"b\":{\"dtype\":\"float16\",\"shape\":[]}},\"steps\":[{\"op\":\"stack\",\"args\":[\"a\",\"b\"],\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 1, .shape = {2}, .view = false, .bytes = 8,
     .data = "0x0.0p+0 0x0.0p+0"},
    {"stack_shape_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2,3]},\"b\":{\"dtype\":\"int32\",\"shape\":[3,2]}},\"steps\":[{\"op\":\"stack\",\"args\":[\"a\",\"b\"],\"id\":\"s0\"}]}",
     .error = "value"},
    {"stack_axis_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2]},\"b\":{\"dtype\":\"int32\",\"shape\":[2]}},\"steps\":[{\"op\":\"stack\",\"args\":[\"a\",\"b\"],\"axis\":2,\"id\":\"s0\"}]}",
     .error = "axis"},
};
// clang-format on
/* END GENERATED */

Test(ref_shape, should_match_numpy_on_every_table_row) {
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) check_row(&rows[i]);
}

/* ------------------------------------------------------------ copies */

/* Fills t (native) with values derived from each item's C-order position. */
static void fill_items(struct ndp_tensor *t) {
  int64_t idx[NDP_MAXDIMS] = {0};
  int64_t n = ndp_tensor_size(t);
  for (int64_t i = 0; i < n; i++) {
    struct ndp_elem e;
    memset(&e, 0, sizeof e);
    e.dtype = t->dtype;
    switch (ndp_dtype_kind(t->dtype)) {
    case NDP_KIND_BOOL:
      e.v.b = (i * 7) % 3 == 0;
      break;
    case NDP_KIND_INT:
      e.v.i = (i * 37) % 251 - 125;
      break;
    case NDP_KIND_UINT:
      e.v.u = (uint64_t)((i * 37) % 251);
      break;
    case NDP_KIND_FLOAT:
      e.v.f = (double)((i * 37) % 1001) * 0.25 - 100.0;
      break;
    case NDP_KIND_COMPLEX:
      e.v.c.re = (double)(i % 997) - 3.5;
      e.v.c.im = (double)(i % 89) * 0.5;
      break;
    }
    ndp_elem_store(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
    ndp_index_next(t->ndim, t->shape, idx);
  }
}

/* The naive copy's answer, item by item: got (native) holds src's values. */
static void check_same_items(const char *what, const struct ndp_tensor *src,
                             const struct ndp_tensor *got) {
  cr_assert_eq(got->ndim, src->ndim, "%s: ndim", what);
  for (int k = 0; k < src->ndim; k++) cr_assert_eq(got->shape[k], src->shape[k], "%s: shape", what);
  cr_assert(!got->swapped, "%s: a copy is native", what);
  int64_t idx[NDP_MAXDIMS] = {0};
  int64_t n = ndp_tensor_size(src);
  for (int64_t i = 0; i < n; i++) {
    struct ndp_elem a, b;
    ndp_elem_load(src->dtype, src->swapped, ndp_tensor_at(src, idx), &a);
    ndp_elem_load(got->dtype, false, ndp_tensor_at(got, idx), &b);
    unsigned char wa[16] = {0}, wb[16] = {0};
    ndp_elem_store(got->dtype, false, wa, &a); /* a in got's dtype (casts are exact here) */
    ndp_elem_store(got->dtype, false, wb, &b);
    cr_assert(memcmp(wa, wb, sizeof wa) == 0, "%s: item %lld differs", what, (long long)i);
    ndp_index_next(src->ndim, src->shape, idx);
  }
}

static bool strides_are(const struct ndp_tensor *t, char order) {
  int64_t s = ndp_dtype_size(t->dtype);
  for (int i = 0; i < t->ndim; i++) {
    int k = order == 'F' ? i : t->ndim - 1 - i;
    if (t->shape[k] > 1 && t->strides[k] != s) return false;
    s *= t->shape[k] > 0 ? t->shape[k] : 1;
  }
  return true;
}

/* Sizes around the tile edges (64, 32, 16 items) and below the blocking
 * thresholds; 20x260 makes even 1-byte source strides long enough to be
 * blocked. */
Test(ref_copy, should_match_a_naive_copy_for_transposes_of_odd_sizes) {
  static const int64_t sizes[][2] = {{1, 1},    {7, 13},   {65, 129}, {1000, 3},
                                     {3, 1000}, {130, 70}, {20, 260}};
  static const enum ndp_dtype dts[] = {NDP_BOOL,    NDP_INT8,    NDP_INT16,     NDP_FLOAT32,
                                       NDP_FLOAT64, NDP_FLOAT16, NDP_COMPLEX128};
  static const char orders[] = {'C', 'F', 'K'};
  for (size_t si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
    for (size_t di = 0; di < sizeof dts / sizeof dts[0]; di++) {
      for (int swapped = 0; swapped < 2; swapped++) {
        struct ndp_tensor a;
        struct ndp_error err;
        cr_assert_eq(ndp_tensor_empty(dts[di], 2, sizes[si], 'C', &a, &err), NDP_OK);
        a.swapped = swapped && ndp_dtype_size(dts[di]) > 1;
        fill_items(&a);
        struct ndp_tensor t = a; /* the transposed view (borrowed) */
        t.shape[0] = a.shape[1];
        t.shape[1] = a.shape[0];
        t.strides[0] = a.strides[1];
        t.strides[1] = a.strides[0];
        for (size_t oi = 0; oi < sizeof orders; oi++) {
          char what[128];
          snprintf(what, sizeof what, "%lldx%lld %s%s order %c", (long long)t.shape[0],
                   (long long)t.shape[1], a.swapped ? ">" : "", ndp_dtype_name(dts[di]),
                   orders[oi]);
          struct ndp_tensor c;
          cr_assert_eq(ndp_ref_copy(&t, dts[di], orders[oi], &c, &err), NDP_OK, "%s: %s", what,
                       err.msg);
          check_same_items(what, &t, &c);
          /* K keeps the transposed view's layout: F-contiguous */
          cr_assert(strides_are(&c, orders[oi] == 'C' ? 'C' : 'F'), "%s: layout", what);
          ndp_tensor_release(&c);
        }
        ndp_tensor_release(&a);
      }
    }
  }
}

Test(ref_copy, should_convert_while_transposing) {
  static const int64_t shape[2] = {65, 129};
  struct ndp_tensor a, c;
  struct ndp_error err;
  cr_assert_eq(ndp_tensor_empty(NDP_FLOAT32, 2, shape, 'C', &a, &err), NDP_OK);
  a.swapped = true;
  fill_items(&a);
  struct ndp_tensor t = a;
  t.shape[0] = 129, t.shape[1] = 65, t.strides[0] = a.strides[1], t.strides[1] = a.strides[0];
  cr_assert_eq(ndp_ref_copy(&t, NDP_FLOAT64, 'C', &c, &err), NDP_OK, "%s", err.msg);
  cr_assert_eq(c.dtype, NDP_FLOAT64);
  check_same_items(">f4 -> float64 transposed", &t, &c);
  ndp_tensor_release(&c);
  ndp_tensor_release(&a);
}

Test(ref_copy, should_walk_negative_strides_in_three_dimensions) {
  static const int64_t shape[3] = {5, 6, 7};
  struct ndp_tensor a, c;
  struct ndp_error err;
  cr_assert_eq(ndp_tensor_empty(NDP_INT32, 3, shape, 'C', &a, &err), NDP_OK);
  fill_items(&a);
  /* a[::-1, :, ::-2].transpose(2, 0, 1) */
  struct ndp_tensor t = a;
  t.offset = 4 * a.strides[0] + 6 * a.strides[2];
  t.shape[0] = 4, t.strides[0] = -2 * a.strides[2];
  t.shape[1] = 5, t.strides[1] = -a.strides[0];
  t.shape[2] = 6, t.strides[2] = a.strides[1];
  for (const char *o = "CFK"; *o; o++) {
    cr_assert_eq(ndp_ref_copy(&t, NDP_INT32, *o, &c, &err), NDP_OK);
    char what[32];
    snprintf(what, sizeof what, "order %c", *o);
    check_same_items(what, &t, &c);
    ndp_tensor_release(&c);
  }
  ndp_tensor_release(&a);
}

/* np.copy(x) strides as NumPy 1.24 prints them (order K): the axes sorted
 * by decreasing |stride| are laid out C-contiguously. */
Test(ref_copy, should_lay_out_order_k_as_numpy) {
  struct ndp_error err;
  struct ndp_tensor a, c;
  /* np.zeros((3, 4, 5)).transpose(1, 0, 2).copy() -> strides (40, 160, 8) */
  static const int64_t s3[3] = {3, 4, 5};
  cr_assert_eq(ndp_tensor_empty(NDP_FLOAT64, 3, s3, 'C', &a, &err), NDP_OK);
  struct ndp_tensor t = a;
  t.shape[0] = 4, t.strides[0] = a.strides[1];
  t.shape[1] = 3, t.strides[1] = a.strides[0];
  cr_assert_eq(ndp_ref_copy(&t, NDP_FLOAT64, 'K', &c, &err), NDP_OK);
  cr_assert_eq(c.strides[0], 40);
  cr_assert_eq(c.strides[1], 160);
  cr_assert_eq(c.strides[2], 8);
  ndp_tensor_release(&c);
  ndp_tensor_release(&a);
  /* np.zeros((4, 6))[::2, ::-3].T.copy() -> strides (8, 16) */
  static const int64_t s2[2] = {4, 6};
  cr_assert_eq(ndp_tensor_empty(NDP_FLOAT64, 2, s2, 'C', &a, &err), NDP_OK);
  t = a;
  t.offset = 5 * 8;
  t.shape[0] = 2, t.strides[0] = -24;
  t.shape[1] = 2, t.strides[1] = 96;
  cr_assert_eq(ndp_ref_copy(&t, NDP_FLOAT64, 'K', &c, &err), NDP_OK);
  cr_assert_eq(c.strides[0], 8);
  cr_assert_eq(c.strides[1], 16);
  ndp_tensor_release(&c);
  ndp_tensor_release(&a);
}

/* ------------------------------------------------------------ helpers for other files */

Test(ref_broadcast_shapes, should_follow_numpy) {
  static const int64_t s23[] = {2, 3}, s3[] = {3}, s4[] = {4}, s413[] = {4, 1, 3}, s21[] = {2, 1},
                       s0[] = {0}, s1[] = {1};
  const int64_t *sh[3];
  int nd[3], ond;
  int64_t out[NDP_MAXDIMS];
  struct ndp_error err = {0};

  sh[0] = s23, nd[0] = 2, sh[1] = s3, nd[1] = 1;
  cr_assert_eq(ndp_ref_broadcast_shapes(2, nd, sh, &ond, out, &err), NDP_OK);
  cr_assert(ond == 2 && out[0] == 2 && out[1] == 3);

  sh[0] = s413, nd[0] = 3, sh[1] = s21, nd[1] = 2, sh[2] = NULL, nd[2] = 0;
  cr_assert_eq(ndp_ref_broadcast_shapes(3, nd, sh, &ond, out, &err), NDP_OK);
  cr_assert(ond == 3 && out[0] == 4 && out[1] == 2 && out[2] == 3);

  sh[0] = s0, nd[0] = 1, sh[1] = s1, nd[1] = 1;
  cr_assert_eq(ndp_ref_broadcast_shapes(2, nd, sh, &ond, out, &err), NDP_OK);
  cr_assert(ond == 1 && out[0] == 0, "a length-1 axis stretches to 0");

  sh[0] = s23, nd[0] = 2, sh[1] = s4, nd[1] = 1;
  cr_assert_eq(ndp_ref_broadcast_shapes(2, nd, sh, &ond, out, &err), NDP_ESTEP);
  cr_assert_eq(err.cls, NDP_ERRC_BROADCAST);
  cr_assert_str_eq(err.msg, "operands could not be broadcast together with shapes (2,3) (4,) ");
}

Test(ref_normalize_axis, should_count_from_the_end_and_name_the_bounds) {
  int k = -1;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_ref_normalize_axis(-1, 2, &k, &err), NDP_OK);
  cr_assert_eq(k, 1);
  cr_assert_eq(ndp_ref_normalize_axis(-2, 2, &k, &err), NDP_OK);
  cr_assert_eq(k, 0);
  cr_assert_eq(ndp_ref_normalize_axis(3, 2, &k, &err), NDP_ESTEP);
  cr_assert_eq(err.cls, NDP_ERRC_AXIS);
  cr_assert_str_eq(err.msg, "axis 3 is out of bounds for array of dimension 2");
  cr_assert_eq(ndp_ref_normalize_axis(-3, 2, &k, &err), NDP_ESTEP);
  cr_assert_eq(ndp_ref_normalize_axis(0, 0, &k, &err), NDP_ESTEP);
}

// clang-format off
/* The script that printed the table (run with NPY_PROMOTION_STATE=weak /usr/bin/python3;
 * it imports the helper module below as common.py):

---- gen_shape_rows.py
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
def A(dtype, shape, order=None, **kw):
    d={"dtype":dtype,"shape":shape}
    if order: d["order"]=order
    d.update(kw); return d
def case(inputs, *steps):
    st=[]
    for i,s in enumerate(steps):
        s=dict(s); s.setdefault("id", f"s{i}"); st.append(s)
    return {"ndparity":1,"name":"t","inputs":inputs,"steps":st}
def S(op, *args, **kw):
    d={"op":op,"args":list(args) if args else ["a"]}; d.update(kw); return d
a23={"a":A("float64",[2,3])}
T=lambda x="a": S("transpose", x, id="t")
rows=[]
def R(name, c): rows.append(row(name, c))
sl=lambda *it: {"slice":list(it)}
# reshape
R("reshape_c_contiguous_view", case(a23, S("reshape", shape=[3,2])))
R("reshape_minus_one", case({"a":A("int16",[2,3,4])}, S("reshape", shape=[4,-1])))
R("reshape_any_negative_is_unknown", case({"a":A("int16",[2,3])}, S("reshape", shape=[-2,2])))
R("reshape_f_order_of_f_array_view", case({"a":A("float32",[2,3],"F")}, S("reshape", shape=[3,2], order="F")))
R("reshape_c_order_of_f_array_copies", case({"a":A("float32",[2,3],"F")}, S("reshape", shape=[3,2])))
R("reshape_f_order_of_c_array_copies", case({"a":A("int32",[3,4])}, S("reshape", shape=[2,6], order="F")))
R("reshape_transposed_split_view", case({"a":A("int32",[4,6])}, T(), S("reshape","t", shape=[3,2,4])))
R("reshape_transposed_merge_copies", case({"a":A("int32",[4,6])}, T(), S("reshape","t", shape=[24])))
R("reshape_transposed_merge_f_order_view", case({"a":A("int32",[4,6])}, T(), S("reshape","t", shape=[24], order="F")))
R("reshape_negative_step_split_view", case({"a":A("int64",[6,4])}, S("getitem", index=[sl(None,None,-1)], id="g"), S("reshape","g", shape=[3,2,4])))
R("reshape_step2_merge_copies", case({"a":A("int64",[4,6])}, S("getitem", index=[sl(None,None,None), sl(None,None,2)], id="g"), S("reshape","g", shape=[12])))
R("reshape_same_shape_noncontig_view", case({"a":A("int32",[3,4])}, T(), S("reshape","t", shape=[4,3])))
R("reshape_drops_length1_axes_view", case({"a":A("uint8",[3,1,4])}, S("getitem", index=["...", sl(None,None,2)], id="g"), S("reshape","g", shape=[3,2])))
R("reshape_adds_length1_axes_view", case({"a":A("int32",[3,4])}, T(), S("reshape","t", shape=[1,4,3,1])))
R("reshape_zero_size_view", case({"a":A("float64",[0,3])}, S("reshape", shape=[3,0])))
R("reshape_zero_size_unknown_error", case({"a":A("float64",[0,3])}, S("reshape", shape=[-1,0])))
R("reshape_two_unknown_error", case(a23, S("reshape", shape=[-1,-1])))
R("reshape_size_mismatch_error", case(a23, S("reshape", shape=[4,-1])))
R("reshape_0d_view", case({"a":A("float32",[])}, S("reshape", shape=[1,1])))
R("reshape_byteswapped_view", case({"a":A(">i4",[2,3])}, S("reshape", shape=[6])))
R("reshape_byteswapped_copy", case({"a":A(">f8",[2,3],"F")}, S("reshape", shape=[6])))
# transpose
R("transpose_default_reverses", case({"a":A("int16",[2,3,4])}, S("transpose")))
R("transpose_axes", case({"a":A("int16",[2,3,4])}, S("transpose", axes=[1,0,2])))
R("transpose_negative_axes", case({"a":A("int16",[2,3,4])}, S("transpose", axes=[-1,0,1])))
R("transpose_axes_mismatch_error", case(a23, S("transpose", axes=[0])))
R("transpose_repeated_axis_error", case(a23, S("transpose", axes=[0,0])))
R("transpose_axis_out_of_bounds_error", case(a23, S("transpose", axes=[0,5])))
R("transpose_0d_view", case({"a":A("float64",[])}, S("transpose")))
# expand_dims
R("expand_dims_front", case(a23, S("expand_dims", axis=0)))
R("expand_dims_back", case(a23, S("expand_dims", axis=-1)))
R("expand_dims_list", case(a23, S("expand_dims", axis=[0,3])))
R("expand_dims_noncontig_view", case({"a":A("int32",[3,4])}, T(), S("expand_dims","t", axis=1)))
R("expand_dims_repeated_error", case(a23, S("expand_dims", axis=[1,1])))
R("expand_dims_out_of_bounds_error", case(a23, S("expand_dims", axis=[0,5])))
# squeeze
R("squeeze_all", case({"a":A("int8",[1,3,1])}, S("squeeze")))
R("squeeze_axis", case({"a":A("int8",[1,3,1])}, S("squeeze", axis=-1)))
R("squeeze_list", case({"a":A("int8",[1,3,1])}, S("squeeze", axis=[0,2])))
R("squeeze_0d_axis0", case({"a":A("int8",[])}, S("squeeze", axis=0)))
R("squeeze_0d_list_error", case({"a":A("int8",[])}, S("squeeze", axis=[0])))
R("squeeze_not_one_error", case({"a":A("int8",[1,3,1])}, S("squeeze", axis=1)))
R("squeeze_duplicate_error", case({"a":A("int8",[2,1])}, S("squeeze", axis=[1,-1])))
# broadcast_to
R("broadcast_to_prepend", case({"a":A("float32",[3])}, S("broadcast_to", shape=[2,3])))
R("broadcast_to_stretch", case({"a":A("float32",[2,1])}, S("broadcast_to", shape=[2,4])))
R("broadcast_to_from_0d", case({"a":A("uint16",[])}, S("broadcast_to", shape=[2,2])))
R("broadcast_to_zero_size", case({"a":A("float32",[2,1])}, S("broadcast_to", shape=[0,2,0])))
R("broadcast_to_lower_rank_error", case(a23, S("broadcast_to", shape=[3])))
R("broadcast_to_scalar_error", case(a23, S("broadcast_to", shape=[])))
R("broadcast_to_negative_error", case(a23, S("broadcast_to", shape=[-1,2,3])))
R("broadcast_to_mismatch_error", case(a23, S("broadcast_to", shape=[2,4])))
# getitem
a34={"a":A("int32",[3,4])}
R("getitem_int_row_view", case(a34, S("getitem", index=[1])))
R("getitem_negative_int", case(a34, S("getitem", index=[-1])))
R("getitem_int_out_of_bounds_error", case(a34, S("getitem", index=[3])))
R("getitem_negative_step", case(a34, S("getitem", index=[sl(None,None,-1)])))
R("getitem_negative_step_both_axes", case(a34, S("getitem", index=[sl(None,None,-2), sl(3,0,-2)])))
R("getitem_clamped_bounds", case(a34, S("getitem", index=[sl(-10,10,None), sl(5,None,None)])))
R("getitem_empty_slice", case(a34, S("getitem", index=[sl(2,2,None)])))
R("getitem_ellipsis_int", case({"a":A("int32",[2,3,4])}, S("getitem", index=["...", 1])))
R("getitem_newaxis", case(a34, S("getitem", index=["newaxis", sl(None,None,None), "newaxis"])))
R("getitem_all_ints_scalar_copy", case(a34, S("getitem", index=[1,2])))
R("getitem_0d_empty_index_scalar_copy", case({"a":A("float64",[])}, S("getitem", index=[])))
R("getitem_0d_ellipsis_view", case({"a":A("float64",[])}, S("getitem", index=["..."])))
R("getitem_ints_with_ellipsis_view", case(a34, S("getitem", index=[1,"...",2])))
R("getitem_too_many_error", case(a34, S("getitem", index=[0,0,0])))
R("getitem_two_ellipsis_error", case(a34, S("getitem", index=["...","..."])))
R("getitem_zero_step_error", case(a34, S("getitem", index=[sl(None,None,0)])))
R("getitem_f_order", case({"a":A("float32",[3,4],"F")}, S("getitem", index=[sl(None,None,2), 1])))
R("getitem_byteswapped_scalar", case({"a":A(">i8",[3,4])}, S("getitem", index=[2,3])))
# astype
R("astype_unsafe_float_to_int", case({"a":A("float64",[4],data=[1.5,-2.5,3.75,-0.5])}, S("astype", dtype="int32")))
R("astype_safe_error", case(a23, S("astype", dtype="int8", casting="safe")))
R("astype_no_byteswapped_error", case({"a":A(">f8",[2])}, S("astype", dtype="float64", casting="no")))
R("astype_equiv_byteswapped", case({"a":A(">f8",[2,3])}, S("astype", dtype="float64", casting="equiv")))
R("astype_bool_to_float32", case({"a":A("bool",[5])}, S("astype", dtype="float32")))
R("astype_float_to_float16", case({"a":A("float64",[3],data=[0.1,65504.0,1e-8])}, S("astype", dtype="float16")))
R("astype_f_order_keeps_layout", case({"a":A("int16",[2,3],"F")}, S("astype", dtype="int64"), S("reshape","s0", shape=[6], order="F")))
R("astype_complex_to_real", case({"a":A("complex64",[2],data=[[1,2],[-3.5,4]])}, S("astype", dtype="float64")))
R("astype_int_wraps", case({"a":A("int32",[3],data=[300,-129,65535])}, S("astype", dtype="uint8")))
# copy
R("copy_c", case(a23, S("copy")))
R("copy_transposed_keeps_order", case({"a":A("int32",[3,4])}, T(), S("copy","t"), S("reshape","s1", shape=[12], order="F")))
R("copy_byteswapped_native", case({"a":A(">u2",[2,2])}, S("copy")))
R("copy_zero_size", case({"a":A("float64",[0,4])}, S("copy")))
# contiguity
R("ascontiguousarray_view", case(a23, S("ascontiguousarray")))
R("ascontiguousarray_f_copies", case({"a":A("float32",[2,3],"F")}, S("ascontiguousarray")))
R("ascontiguousarray_0d_view", case({"a":A("float32",[])}, S("ascontiguousarray")))
R("ascontiguousarray_byteswapped_view", case({"a":A(">f4",[2,3])}, S("ascontiguousarray")))
R("asfortranarray_view", case({"a":A("int8",[2,3],"F")}, S("asfortranarray")))
R("asfortranarray_c_copies", case({"a":A("int8",[2,3])}, S("asfortranarray")))
R("asfortranarray_1d_view", case({"a":A("int8",[5])}, S("asfortranarray")))
R("asfortranarray_negative_step_copies", case({"a":A("int8",[5])}, S("getitem", index=[sl(None,None,-1)], id="g"), S("asfortranarray","g")))
# ravel
R("ravel_c_view", case(a23, S("ravel")))
R("ravel_f_array_copies", case({"a":A("float64",[2,3],"F")}, S("ravel")))
R("ravel_f_array_order_f_view", case({"a":A("float64",[2,3],"F")}, S("ravel", order="F")))
R("ravel_strided_1d_copies", case({"a":A("float64",[6])}, S("getitem", index=[sl(None,None,2)], id="g"), S("ravel","g")))
R("ravel_0d", case({"a":A("float64",[])}, S("ravel")))
# concatenate
b={"a":A("int32",[2,3]),"b":A("int32",[1,3])}
R("concatenate_axis0", case(b, S("concatenate","a","b")))
R("concatenate_axis1", case({"a":A("int32",[2,3]),"b":A("int32",[2,1])}, S("concatenate","a","b", axis=1)))
R("concatenate_axis_negative", case({"a":A("int32",[2,3]),"b":A("int32",[2,2])}, S("concatenate","a","b", axis=-1)))
R("concatenate_axis_none", case({"a":A("int32",[2,2],"F"),"b":A("int32",[3])}, S("concatenate","a","b", axis=None)))
R("concatenate_axis_none_0d", case({"a":A("int32",[]),"b":A("int32",[])}, S("concatenate","a","b", axis=None)))
R("concatenate_promotes", case({"a":A("int8",[2]),"b":A("uint8",[2])}, S("concatenate","a","b")))
R("concatenate_f_inputs_keep_f", case({"a":A("float32",[2,3],"F"),"b":A("float32",[2,3],"F")}, S("concatenate","a","b", axis=1), S("reshape","s0", shape=[12], order="F")))
R("concatenate_three_with_empty", case({"a":A("int16",[2,2]),"b":A("int16",[0,2]),"c":A(">i2",[1,2])}, S("concatenate","a","b","c")))
R("concatenate_0d_error", case({"a":A("int32",[]),"b":A("int32",[])}, S("concatenate","a","b")))
R("concatenate_ndim_mismatch_error", case({"a":A("int32",[2,3]),"b":A("int32",[3])}, S("concatenate","a","b")))
R("concatenate_dim_mismatch_error", case({"a":A("int32",[2,3]),"b":A("int32",[2,2])}, S("concatenate","a","b")))
R("concatenate_axis_error", case({"a":A("int32",[2,3]),"b":A("int32",[2,3])}, S("concatenate","a","b", axis=2)))
# stack
R("stack_axis0", case({"a":A("int32",[2,3]),"b":A("int32",[2,3])}, S("stack","a","b")))
R("stack_axis_last_f", case({"a":A("float64",[2,3],"F"),"b":A("float64",[2,3],"F")}, S("stack","a","b", axis=2)))
R("stack_axis_negative", case({"a":A("uint8",[3]),"b":A("uint8",[3])}, S("stack","a","b", axis=-1)))
R("stack_0d", case({"a":A("float32",[]),"b":A("float16",[])}, S("stack","a","b")))
R("stack_shape_error", case({"a":A("int32",[2,3]),"b":A("int32",[3,2])}, S("stack","a","b")))
R("stack_axis_error", case({"a":A("int32",[2]),"b":A("int32",[2])}, S("stack","a","b", axis=2)))
emit(rows, sys.stdout)
---- common.py
import numpy as np, json
def mk_input(spec):
    dt=np.dtype(spec["dtype"]); shape=spec["shape"]; n=int(np.prod(shape)) if shape else 1
    if "data" in spec:
        vals=spec["data"]
        def conv(v):
            if isinstance(v,str) and dt.kind in 'iu': return int(v)
            if isinstance(v,str): return float(v) if not v.startswith('0x') and not v.startswith('-0x') else float.fromhex(v)
            if isinstance(v,list): return complex(conv(v[0]),conv(v[1]))
            return v
        a=np.array([conv(v) for v in vals], dtype=dt.newbyteorder('=') if dt.kind in 'iub' else None).astype(dt.newbyteorder('=')) if n else np.zeros(0,dt)
        a=a.astype(dt)
    elif spec.get("fill")=="zeros": a=np.zeros(n,dt)
    elif spec.get("fill")=="ones": a=np.ones(n,dt)
    else:
        a=np.arange(n).astype(dt) if dt.kind!='b' else (np.arange(n)!=0)
        a=a.astype(dt)
    a=a.reshape(shape)
    return np.array(a, order=spec.get("order","C"))
def pyval(arg):
    if "int" in arg: return int(arg["int"])
    if "float" in arg: return float(arg["float"])
    if "bool" in arg: return bool(arg["bool"])
    if "complex" in arg: return complex(*arg["complex"])
    if "scalar" in arg: return np.dtype(arg["dtype"]).type(arg["scalar"])
def run_step(st, env):
    args=[env[a] if isinstance(a,str) else pyval(a) for a in st["args"]]
    op=st["op"]; a=args[0] if args else None
    ax=st.get("axis", None); axes=st.get("axes", None)
    if isinstance(ax,list): ax=tuple(ax)
    if op=="reshape": return np.reshape(a, st["shape"], order=st.get("order","C"))
    if op=="transpose": return np.transpose(a, axes)
    if op=="expand_dims": return np.expand_dims(a, ax)
    if op=="squeeze": return np.squeeze(a, ax)
    if op=="broadcast_to": return np.broadcast_to(a, st["shape"])
    if op=="getitem":
        idx=[]
        for it in st["index"]:
            if isinstance(it,int): idx.append(it)
            elif it=="newaxis": idx.append(None)
            elif it=="...": idx.append(Ellipsis)
            else: idx.append(slice(*it["slice"]))
        return a[tuple(idx)]
    if op=="astype": return a.astype(st["dtype"], casting=st.get("casting","unsafe"))
    if op=="copy": return np.copy(a)
    if op=="ascontiguousarray": return np.ascontiguousarray(a)
    if op=="asfortranarray": return np.asfortranarray(a)
    if op=="ravel": return np.ravel(a, order=st.get("order","C"))
    if op=="concatenate": return np.concatenate(args, axis=st.get("axis",0))
    if op=="stack": return np.stack(args, axis=st.get("axis",0))
    kw={}
    if "dtype" in st: kw["dtype"]=st["dtype"]
    if st.get("keepdims"): kw["keepdims"]=True
    f={"sum":np.sum,"prod":np.prod,"min":np.min,"max":np.max,"mean":np.mean,"argmin":np.argmin,"argmax":np.argmax,"any":np.any,"all":np.all}[op]
    with np.errstate(all='ignore'):
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return f(a, axis=ax, **kw)
ERR={ValueError:"value",IndexError:"index",TypeError:"cast"}
def classify(e, op):
    n=type(e).__name__
    if n=="AxisError": return "axis"
    if isinstance(e,IndexError): return "index"
    if isinstance(e,TypeError): return "cast" if "Cannot cast" in str(e) else "type"
    if isinstance(e,ValueError):
        m=str(e)
        if op=="broadcast_to": return "broadcast"
        if "cannot reshape" in m or "unknown dimension" in m: return "reshape"
        if "no identity" in m: return "no-identity"
        return "value"
    return "?"
def fmt(v, dt):
    if dt.kind=='b': return "1" if v else "0"
    if dt.kind in 'iu': return str(int(v))
    if dt.kind=='f':
        f=float(v)
        if f!=f: return "nan"
        if f==float('inf'): return "inf"
        if f==float('-inf'): return "-inf"
        return f.hex()
    return fmt(v.real,np.dtype('f8'))+","+fmt(v.imag,np.dtype('f8'))
def cstr(s): return '"'+s.replace('\\','\\\\').replace('"','\\"')+'"'
def row(name, case):
    env={}; ins=[]
    for k,spec in case["inputs"].items():
        env[k]=mk_input(spec); ins.append(env[k])
    last=case["steps"][-1]
    for st in case["steps"]:
        try:
            r=run_step(st, env)
        except Exception as e:
            assert st is last, (name, e)
            return {"name":name,"case":case,"error":classify(e,st["op"]),"msg":str(e)}
        env[st["id"]]=r
    r=np.asarray(r)
    opnds=[env[a] for a in last["args"] if isinstance(a,str)]
    view=any(np.shares_memory(r,x) for x in ins)
    shares_operand=any(np.shares_memory(r,x) for x in opnds) if r.size else False
    bytes_=0 if shares_operand else r.nbytes
    return {"name":name,"case":case,"dtype":r.dtype.name,"shape":list(r.shape),"view":bool(view),"bytes":int(bytes_),
            "data":" ".join(fmt(v,r.dtype) for v in r.ravel())}
def emit(rows, out):
    out.write("static const struct row rows[] = {\n")
    for r in rows:
        cj=json.dumps(r["case"],separators=(',',':'))
        if "error" in r:
            out.write(f'    {{{cstr(r["name"])},\n     {cstr(cj)},\n     .error = {cstr(r["error"])}}},\n')
        else:
            sh=", ".join(str(x) for x in r["shape"]) or "0"
            out.write(f'    {{{cstr(r["name"])},\n     {cstr(cj)},\n     .dtype = {cstr(r["dtype"])}, .ndim = {len(r["shape"])}, .shape = {{{sh}}}, .view = {"true" if r["view"] else "false"}, .bytes = {r["bytes"]},\n     .data = {cstr(r["data"])}}},\n')
    out.write("};\n")
*/
// clang-format on
