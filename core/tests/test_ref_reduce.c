/* Tests of the reference engine's reductions (core/src/ref/ref_reduce.c).
 *
 * The table rows are small cases (inputs and steps, in the case format);
 * the last step of each is checked against what NumPy 1.24.2 (run with
 * NPY_PROMOTION_STATE=weak) returned: error class, or dtype, shape, values,
 * whether the result shares memory with an input (and then its buffer), and
 * the bytes copied (the result's nbytes). Float results are compared
 * exactly: the engine sums in NumPy's order (pairwise within inner-loop
 * calls of at most 8192 items). The rows were printed by the script at the
 * end of this file. Table-driven tests are one Test each looping over their
 * rows (one process per Test keeps Valgrind runs short); every message
 * names the row.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/core.h"
#include "ref_case_support.h"
#include "ref_internal.h"

/* ------------------------------------------------------------ the NumPy table */

struct pw_row {
  int64_t n;
  const char *sum; /* hex float */
};

/* BEGIN GENERATED (script at the end of this file); do not edit */
// clang-format off
static const struct row rows[] = {
    {"sum_bool_is_int64",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"bool\",\"shape\":[2,3,2],\"order\":\"F\"}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "11"},
    {"sum_int8_is_int64",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[4],\"data\":[100,100,100,-128]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "172"},
    {"sum_uint16_is_uint64",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"uint16\",\"shape\":[3],\"data\":[65535,65535,2]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "uint64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "131072"},
    {"sum_dtype_int8_wraps",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[4],\"data\":[100,100,100,-128]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"dtype\":\"int8\",\"id\":\"s0\"}]}",
     .dtype = "int8", .ndim = 0, .shape = {0}, .view = false, .bytes = 1,
     .data = "-84"},
    {"sum_int64_wraps",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int64\",\"shape\":[2],\"data\":[\"9223372036854775807\",\"1\"]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "-9223372036854775808"},
    {"sum_axis0_f_order_float32",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[3,4],\"order\":\"F\",\"data\":[\"0x1.982f0f1b9a152p+7\",\"-0x1.ff220cb2cd0bap+7\",\"0x1.4e7aa4d0b2079p+5\",\"-0x1.c637372031cedp+5\",\"-0x1.6a1e9334c9886p+5\",\"-0x1.58f49916a17a0p+4\",\"-0x1.93ff4a3124371p+7\",\"-0x1.7317807b68812p+4\",\"-0x1.5a15d1aaacf8ap+6\",\"0x1.4c4cc9a1dd5bap+8\",\"0x1.694232600da3dp+4\",\"-0x1.1a1ac963efb92p+5\"]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"axis\":0,\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 1, .shape = {4}, .view = false, .bytes = 16,
     .data = "0x1.2139060000000p+6 0x1.b963d00000000p+5 -0x1.13385a0000000p+7 -0x1.cceee00000000p+6"},
    {"sum_axis1_keepdims_float16",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float16\",\"shape\":[3,40],\"data\":[\"-0x1.2009cf16f1ffap-2\",\"-0x1.560a2bb1801f2p-1\",\"-0x1.0e1e58b5c8496p+0\",\"-0x1.902e21a1dee83p-2\",\"0x1.ed83178860ee7p-2\",\"-0x1.e88ecb149a8b1p-3\",\"0x1.ea5f594557d76p-1\",\"-0x1.9931dbd018d8bp-3\",\"0x1.8d77fda7a5346p-6\",\"0x1.8bbaea516f14bp+0\",\"0x1.171812319ff57p-1\",\"-0x1.02ad5740ec5bdp-1\",\"-0x1.767447c2a6cd4p-3\",\"0x1.14bfb5c71b1e6p-1\",\"0x1.ef61eded55e3bp+0\",\"-0x1.141759e114d23p-2\",\"-0x1.f2cee48a69e8cp-3\",\"0x1.00979fc9d0a8fp+0\",\"-0x1.c5de13e22d6f6p-1\",\"-0x1.2ab8b567a4978p-2\",\"0x1.c3dc25c557a86p-1\",\"0x1.2923a3278bc45p-1\",\"0x1.76da37fa2ac19p-4\",\"0x1.5717eb01ca7edp-1\",\"-0x1.6a0138f3d641ap+1\",\"0x1.05745d14583d3p+0\",\"-0x1.eb568ed64eb78p-1\",\"-0x1.ab2aab85a9ff8p+0\",\"0x1.1b1498e10ad3fp-2\",\"0x1.66add1b7e9518p-1\",\"-0x1.c7711eb1ee458p-2\",\"-0x1.138f554874d4fp+0\",\"0x1.ac077e6918784p-6\",\"-0x1.b01b1f7b5dc79p-5\",\"0x1.67d5480a5d836p+0\",\"0x1.7eac427dfc68ep-1\",\"0x1.8cef37b146f54p-3\",\"0x1.1c93fe6595af1p+0\",\"-0x1.a4e944cf5b3f7p-3\",\"-0x1.da0f824866717p-1\",\"0x1.2b09b0e19ef18p-1\",\"0x1.2a4279c194598p-1\",\"-0x1.b7f8385c337a9p-3\",\"-0x1.90cc4932c45a4p-1\",\"0x1.d54ea48522179p-3\",\"-0x1.3f37ed7ed44c9p+1\",\"0x1.615808ac0480bp-1\",\"0x1.f7293dc8c4bfcp-2\",\"-0x1.a38c244bd35b7p+0\",\"0x1.f69ba2c7fe0b4p-5\",\"-0x1.ed9e7899fd0bep-1\",\"0x1.83b27a0e288e0p-1\",\"-0x1.045f97dd0439cp+1\",\"-0x1.d438a0ca1d61fp-1\",\"0x1.6b4e11727f1c1p-1\",\"0x1.2809e62c13839p+0\",\"-0x1.143985321df76p+1\",\"-0x1.fdfe28353f3f6p-2\",\"0x1.4fe47fc79ae45p-2\",\"-0x1.37eb2d7961574p-1\",\"0x1.973432bd3c1a6p+0\",\"-0x1.30f43b57abc4ep+0\",\"0x1.6b0a6c2ac2203p-2\",\"-0x1.0c644dd718378p+0\",\"0x1.67ed2ffc26f93p+0\",\"-0x1.62bbd62d8e97bp-6\",\"-0x1.7d2f40793367bp-2\",\"-0x1.b7daf80794bbep+0\",\"0x1.ae8c1e71a3864p+0\",\"0x1.816c321987432p-1\",\"0x1.81d31e8b1a187p-1\",\"0x1.234c2fa9c87e7p+0\",\"0x1.659ba6efbac71p-2\",\"-0x1.474b54ed0257ep-1\",\"-0x1.99b937d602a96p-1\",\"-0x1.99b3cfcb3b149p-1\",\"0x1.5ebd0f9b2eb47p+0\",\"-0x1.75db8adad3d6ap+0\",\"-0x1.3157583ac6282p-1\",\"-0x1.48f42a7d7e070p-2\",\"0x1.cc050f3f78543p-3\",\"0x1.269431eed44b6p-1\",\"-0x1.3fc4d25398c5fp+0\",\"-0x1.bae2295adb06cp+0\",\"-0x1.214a88bf8fb76p-8\",\"0x1.36ac1e6d365e7p+0\",\"0x1.839d1d2bb41f3p-1\",\"0x1.b9a71e3ac8e8ap-3\",\"-0x1.44c472fb2f78ap-2\",\"0x1.2c457436304f4p-2\",\"-0x1.f259aa59db230p-3\",\"0x1.a268e6a295580p-1\",\"-0x1.96c1cd35d3a77p-1\",\"0x1.12ec64b46bb75p-3\",\"-0x1.c5c1645a54e3cp-4\",\"0x1.163333b00357dp-1\",\"0x1.cc0f4843f7642p-3\",\"0x1.466788f34e0b0p+1\",\"0x1.7fa7d6962fcaep+0\",\"0x1.7f2a2ab89c181p+0\",\"-0x1.050e7635448acp+1\",\"-0x1.5c7bf61586fadp-2\",\"-0x1.379bcf86b05bep-1\",\"0x1.10c0e2b2cadd7p-1\",\"-0x1.23b723d69aec2p+1\",\"0x1.2cabf2078a275p+0\",\"0x1.1125d179ac553p+0\",\"-0x1.4d5484093d86fp+0\",\"-0x1.f504500ff4adbp-1\",\"-0x1.9a3337c18d2d1p-1\",\"0x1.62ae15788b23dp-5\",\"0x1.482d5c010c128p-1\",\"0x1.06212158d8db3p+1\",\"-0x1.945e4500e5cd2p-3\",\"0x1.88f6186c2cba6p-1\",\"0x1.3e4bb15b5ea44p-3\",\"0x1.c28a8768c1bb1p+0\",\"0x1.7bfc1d7cbef93p-1\",\"0x1.5e5952856e93ep+0\",\"-0x1.13e2856fd49ffp+0\"]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"axis\":1,\"keepdims\":true,\"id\":\"s0\"}]}",
     .dtype = "float16", .ndim = 2, .shape = {3, 1}, .view = false, .bytes = 6,
     .data = "0x1.5d80000000000p+0 -0x1.9280000000000p+2 0x1.b180000000000p+2"},
    {"sum_axis_list",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2,3,4]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"axis\":[0,2],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 1, .shape = {3}, .view = false, .bytes = 24,
     .data = "60 92 124"},
    {"sum_axis_empty_list",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,2],\"data\":[\"-0.0\",\"1\",\"2\",\"3\"]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"axis\":[],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 2, .shape = {2, 2}, .view = false, .bytes = 32,
     .data = "0x0.0p+0 0x1.0000000000000p+0 0x1.0000000000000p+1 0x1.8000000000000p+1"},
    {"sum_axis_duplicate_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"axis\":[1,-1],\"id\":\"s0\"}]}",
     .error = "value"},
    {"sum_axis_out_of_bounds_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"axis\":2,\"id\":\"s0\"}]}",
     .error = "axis"},
    {"sum_0d_axis0",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"axis\":0,\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 0, .shape = {0}, .view = false, .bytes = 4,
     .data = "0x0.0p+0"},
    {"sum_0d_axis_list_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"axis\":[0],\"id\":\"s0\"}]}",
     .error = "axis"},
    {"sum_empty_is_zero",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[0,3]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"axis\":0,\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 1, .shape = {3}, .view = false, .bytes = 12,
     .data = "0x0.0p+0 0x0.0p+0 0x0.0p+0"},
    {"sum_empty_all",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int16\",\"shape\":[0]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "0"},
    {"sum_complex64",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"complex64\",\"shape\":[5],\"data\":[[1,2],[3.5,-1],[0.25,0],[100000000.0,1],[-100000000.0,1]]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "complex64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "0x1.0000000000000p+3,0x1.8000000000000p+1"},
    {"sum_byteswapped_float64",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\">f8\",\"shape\":[3,3],\"data\":[\"-0x1.3395cba205f7dp+4\",\"-0x1.45824bc66f4fep+6\",\"0x1.2cfd4e9d2327ep+7\",\"0x1.070e537ea0c49p+6\",\"-0x1.e83b2823f1cf4p+4\",\"-0x1.69f96c5b8e138p+5\",\"0x1.83bb5df76e15cp+5\",\"-0x1.1899246d248b9p+6\",\"-0x1.743c4d095d0a4p+6\"]}},\"steps\":[{\"op\":\"sum\",\"args\":[\"a\"],\"axis\":1,\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 1, .shape = {3}, .view = false, .bytes = 24,
     .data = "0x1.8f25bd16ab03ep+5 -0x1.3fe965c115c80p+3 -0x1.caf7c27aca8afp+6"},
    {"sum_negative_strides",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[5,7],\"data\":[\"0x1.81050419b4305p+5\",\"0x1.eca05c2bd464cp+7\",\"-0x1.89d04dc23a97ep+4\",\"-0x1.bcb14fd91b0ebp+5\",\"-0x1.d47675b5baa49p+6\",\"-0x1.0b008f9f77d6bp+7\",\"0x1.a3fc910221517p+5\",\"0x1.54523b05c0998p+6\",\"0x1.d5bee6cc0b73ap-1\",\"0x1.0a0f8ffebf586p+5\",\"0x1.72eedc3c373c0p+3\",\"0x1.bbb20cc50f218p+3\",\"-0x1.313b57ef1b88fp+7\",\"-0x1.6e7e9f50651f5p+5\",\"0x1.64bbd9497e8f7p+3\",\"-0x1.394447409ddaep+6\",\"-0x1.7d24cfc13fa88p+5\",\"-0x1.47a5e80e207f3p+6\",\"-0x1.0acc1e6ea5a87p+5\",\"0x1.553e498be561dp+6\",\"-0x1.4543a7e3719aep+5\",\"-0x1.ec62dc78bf7ccp+3\",\"0x1.457cc28fc8989p+6\",\"0x1.01e8784d4f8c7p+6\",\"0x1.530aa0844cb92p+7\",\"-0x1.a218d6041ba88p+7\",\"0x1.56be5b1d84ba3p+6\",\"-0x1.81d3c7edb94aap+5\",\"0x1.af0389b8c4fa5p+3\",\"0x1.4f16770b22afbp+6\",\"0x1.b14d1f86493fbp+6\",\"0x1.9fbd82bc6c96fp+6\",\"0x1.f05766bda5fc6p+3\",\"0x1.41eebab8070dfp+7\",\"-0x1.c4c23e53e6b03p+4\"]}},\"steps\":[{\"op\":\"getitem\",\"args\":[\"a\"],\"index\":[{\"slice\":[null,null,-1]},{\"slice\":[null,null,-2]}],\"id\":\"g\"},{\"op\":\"sum\",\"args\":[\"g\"],\"axis\":0,\"id\":\"s1\"}]}",
     .dtype = "float32", .ndim = 1, .shape = {4}, .view = false, .bytes = 16,
     .data = "-0x1.b9fd500000000p+6 -0x1.4a23420000000p+8 0x1.0b9b720000000p+7 0x1.1ce0280000000p+7"},
    {"sum_transposed_all",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[9,11],\"data\":[\"-0x1.c324621894f0cp+3\",\"0x1.3fbd8fce5f870p+6\",\"-0x1.b91911b41a49fp+5\",\"0x1.b02e668398b6dp+7\",\"0x1.97aec0963aa2ap+6\",\"0x1.b31d74de5fd92p+7\",\"-0x1.545772cf109bbp+1\",\"-0x1.327888fbe37e4p+5\",\"0x1.0b46dc978e883p+4\",\"0x1.25d4a24519758p+6\",\"-0x1.d5f130b5a70bdp+5\",\"0x1.2fc2eaf3a0954p+5\",\"-0x1.ae3085b7c8d71p+0\",\"0x1.4322e7f8e3e7dp+7\",\"-0x1.0914aa636cdc0p+6\",\"0x1.a276f726181b3p+6\",\"-0x1.018ba0441c823p+6\",\"-0x1.8040f0fde64a8p+6\",\"-0x1.1c1ea94f1a54ep+6\",\"-0x1.dc130841b59c4p+6\",\"0x1.d45237080a5b1p+3\",\"0x1.9c811b0341ea7p+6\",\"0x1.06e75fceb512ep+4\",\"0x1.f375c87114752p+5\",\"0x1.466f519dc20f7p+7\",\"0x1.b00ad5300d2edp+4\",\"0x1.384280c7ea9f1p+4\",\"-0x1.b8192d61fe9c4p+4\",\"-0x1.41a60147318ddp+7\",\"0x1.2fe544416c8e8p+6\",\"-0x1.5f4ac6610e385p+7\",\"0x1.0512112c8758bp+6\",\"-0x1.6e99c09481e71p+0\",\"0x1.c2b66baa0419ap+6\",\"-0x1.b1bacb79588a9p+2\",\"-0x1.4947b2388415ep+6\",\"0x1.1e5405cb23fe8p+5\",\"-0x1.c0305c4fd30e4p+5\",\"-0x1.2187ea5670cb3p+4\",\"0x1.0bf918e1c07f6p+2\",\"-0x1.ae8f1fb56c67ep+3\",\"-0x1.2e15696da4b4fp+4\",\"-0x1.4cfa5de6a4cbap+6\",\"-0x1.2e9d32adcbc03p+4\",\"-0x1.abab0a0172b69p+7\",\"-0x1.f77673d10b45fp+3\",\"-0x1.df38eed66ddb4p+6\",\"0x1.c01b007bf6b12p+6\",\"0x1.fbf87fb9982cfp+6\",\"-0x1.8634851c46557p+7\",\"0x1.cfbbd5acc8e91p+3\",\"-0x1.945d5335c19f1p+3\",\"-0x1.a2afae3693befp+6\",\"0x1.a95290490a75cp+5\",\"-0x1.715a04cc7dcfbp+5\",\"-0x1.618512ddf2a0cp+7\",\"-0x1.aaaec1b5f2510p+4\",\"-0x1.da68f45adc905p+3\",\"0x1.54944a46d6c20p+3\",\"-0x1.ec7e42526d4b9p+6\",\"0x1.ec8b742e6f5a9p+5\",\"0x1.262ece4afa403p+6\",\"-0x1.ca54b690fea18p+6\",\"-0x1.078acf6d74161p+6\",\"-0x1.011453d651d76p+3\",\"-0x1.c4bd81c8ecf9bp+5\",\"0x1.5cc03c6c16ba5p+7\",\"0x1.4d653801dcc55p+4\",\"-0x1.943b99bbda8c2p+6\",\"-0x1.3b3e5aac1da0dp+6\",\"-0x1.6fcf4568865f4p+2\",\"0x1.cb27dffee01d9p+7\",\"-0x1.1d3910f3b5e73p+4\",\"0x1.97ecaec193b04p+3\",\"0x1.9b3c7e5287741p+5\",\"-0x1.00ce557f47534p+2\",\"0x1.c821d6305c2abp+7\",\"-0x1.a9384f2480f4dp+5\",\"0x1.29ae666760dbcp+6\",\"0x1.00b3646061c2bp+4\",\"0x1.f0f504697ea7ep+5\",\"-0x1.d6a83d2b5095ep+6\",\"0x1.619f5eb7a18fap+7\",\"-0x1.84e3557864b67p+3\",\"0x1.b54a2d593ba2cp+1\",\"-0x1.75fd91b8190bap+6\",\"-0x1.23e0cba36533cp+6\",\"0x1.c3643c64c8375p+5\",\"0x1.8a99969d4d3ccp+6\",\"0x1.2d4d47c3ea5a6p+6\",\"0x1.e3968db6a3be9p+6\",\"0x1.1dcbaa23c3930p+6\",\"0x1.6c4fbc4c98101p+1\",\"0x1.4e9c42e5cf4a6p+6\",\"0x1.dae1f19219841p+5\",\"-0x1.41d742234672dp+3\",\"0x1.226dd8ac43224p+6\",\"0x1.0123b4e3baf3cp+7\",\"0x1.77506a0e7ae5ap+4\"]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"id\":\"t\"},{\"op\":\"sum\",\"args\":[\"t\"],\"id\":\"s1\"}]}",
     .dtype = "float32", .ndim = 0, .shape = {0}, .view = false, .bytes = 4,
     .data = "0x1.bed7e00000000p+9"},
    {"sum_broadcast_operand",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float16\",\"shape\":[3],\"data\":[\"-0x1.6cc1077089178p-2\",\"0x1.6ffaefe443a75p-1\",\"0x1.e695b326c9885p+0\"]}},\"steps\":[{\"op\":\"broadcast_to\",\"args\":[\"a\"],\"shape\":[4,3],\"id\":\"b\"},{\"op\":\"sum\",\"args\":[\"b\"],\"axis\":0,\"id\":\"s1\"}]}",
     .dtype = "float16", .ndim = 1, .shape = {3}, .view = false, .bytes = 6,
     .data = "-0x1.6cc0000000000p+0 0x1.7000000000000p+1 0x1.e680000000000p+2"},
    {"sum_python_int",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{},\"steps\":[{\"op\":\"sum\",\"args\":[{\"int\":7}],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "7"},
    {"prod_int_wraps",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3],\"data\":[100000,100000,3]}},\"steps\":[{\"op\":\"prod\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "30000000000"},
    {"prod_bool_is_int64",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"bool\",\"shape\":[3],\"data\":[true,true,false]}},\"steps\":[{\"op\":\"prod\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "0"},
    {"prod_float16",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float16\",\"shape\":[6],\"data\":[\"-0x1.af3b27094afbfp-2\",\"-0x1.7a19a78182167p-3\",\"-0x1.175796dac0276p-2\",\"0x1.3917ab3a7fab9p+1\",\"-0x1.d6529ffdb5cf9p+1\",\"0x1.76a02b3b036bdp-1\"]}},\"steps\":[{\"op\":\"prod\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float16", .ndim = 0, .shape = {0}, .view = false, .bytes = 2,
     .data = "0x1.1d80000000000p-3"},
    {"prod_complex128",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"complex128\",\"shape\":[4],\"data\":[[0.3,1.7],[-2.1,0.4],[1.1,-0.9],[0.7,0.6]]}},\"steps\":[{\"op\":\"prod\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "complex128", .ndim = 0, .shape = {0}, .view = false, .bytes = 16,
     .data = "-0x1.9cd35a858793fp+0,-0x1.23c36113404eap+2"},
    {"prod_complex128_axis0",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"complex128\",\"shape\":[3,2],\"data\":[[0.3,1.7],[-2.1,0.4],[1.1,-0.9],[0.7,0.6],[1.3,-0.2],[0.1,2.5]]}},\"steps\":[{\"op\":\"prod\",\"args\":[\"a\"],\"axis\":0,\"id\":\"s0\"}]}",
     .dtype = "complex128", .ndim = 1, .shape = {2}, .view = false, .bytes = 32,
     .data = "0x1.5e76c8b439582p+1,0x1.b53f7ced91687p+0 0x1.23b645a1cac09p+1,-0x1.17df3b645a1cbp+2"},
    {"prod_empty_is_one",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2,0]}},\"steps\":[{\"op\":\"prod\",\"args\":[\"a\"],\"axis\":1,\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 1, .shape = {2}, .view = false, .bytes = 16,
     .data = "0x1.0000000000000p+0 0x1.0000000000000p+0"},
    {"prod_dtype_float32",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[4],\"data\":[3,-5,7,9]}},\"steps\":[{\"op\":\"prod\",\"args\":[\"a\"],\"dtype\":\"float32\",\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 0, .shape = {0}, .view = false, .bytes = 4,
     .data = "-0x1.d880000000000p+9"},
    {"max_first_nan_wins",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[5],\"data\":[1,\"nan\",3,\"-inf\",\"nan\"]}},\"steps\":[{\"op\":\"max\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "nan"},
    {"min_nan_axis",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[2,3],\"data\":[1,\"nan\",3,4,-5,6]}},\"steps\":[{\"op\":\"min\",\"args\":[\"a\"],\"axis\":0,\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 1, .shape = {3}, .view = false, .bytes = 12,
     .data = "0x1.0000000000000p+0 nan 0x1.8000000000000p+1"},
    {"max_uint64_large",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"uint64\",\"shape\":[3],\"data\":[\"18446744073709551615\",\"0\",\"5\"]}},\"steps\":[{\"op\":\"max\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "uint64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "18446744073709551615"},
    {"min_int8",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[4],\"data\":[5,-128,127,0]}},\"steps\":[{\"op\":\"min\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int8", .ndim = 0, .shape = {0}, .view = false, .bytes = 1,
     .data = "-128"},
    {"max_bool",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"bool\",\"shape\":[3],\"data\":[false,true,false]}},\"steps\":[{\"op\":\"max\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "bool", .ndim = 0, .shape = {0}, .view = false, .bytes = 1,
     .data = "1"},
    {"min_float16_keepdims",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float16\",\"shape\":[2,3],\"data\":[\"0x1.3138353e64d25p+0\",\"-0x1.a073c24c472b4p-1\",\"0x1.7d2d9f988a68dp+0\",\"0x1.121405b944a45p-1\",\"-0x1.191b3c59e1271p-1\",\"0x1.a2140ec04f2aep-3\"]}},\"steps\":[{\"op\":\"min\",\"args\":[\"a\"],\"axis\":1,\"keepdims\":true,\"id\":\"s0\"}]}",
     .dtype = "float16", .ndim = 2, .shape = {2, 1}, .view = false, .bytes = 4,
     .data = "-0x1.a080000000000p-1 -0x1.1900000000000p-1"},
    {"max_complex_lexicographic",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"complex64\",\"shape\":[4],\"data\":[[1,5],[2,-1],[2,3],[0,9]]}},\"steps\":[{\"op\":\"max\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "complex64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "0x1.0000000000000p+1,0x1.8000000000000p+1"},
    {"max_complex_nan",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"complex128\",\"shape\":[3],\"data\":[[1,1],[\"nan\",0],[5,0]]}},\"steps\":[{\"op\":\"max\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "complex128", .ndim = 0, .shape = {0}, .view = false, .bytes = 16,
     .data = "nan,0x0.0p+0"},
    {"max_empty_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[0,3]}},\"steps\":[{\"op\":\"max\",\"args\":[\"a\"],\"axis\":0,\"id\":\"s0\"}]}",
     .error = "no-identity"},
    {"min_empty_reduced_axis_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[0,0]}},\"steps\":[{\"op\":\"min\",\"args\":[\"a\"],\"axis\":1,\"id\":\"s0\"}]}",
     .error = "no-identity"},
    {"max_empty_result_ok",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[0,3]}},\"steps\":[{\"op\":\"max\",\"args\":[\"a\"],\"axis\":1,\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 1, .shape = {0}, .view = false, .bytes = 0,
     .data = ""},
    {"max_byteswapped",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\">i4\",\"shape\":[2,2],\"data\":[1,-7,300,2]}},\"steps\":[{\"op\":\"max\",\"args\":[\"a\"],\"axis\":1,\"id\":\"s0\"}]}",
     .dtype = "int32", .ndim = 1, .shape = {2}, .view = false, .bytes = 8,
     .data = "1 300"},
    {"mean_int_is_float64",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int16\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"mean\",\"args\":[\"a\"],\"axis\":1,\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 1, .shape = {2}, .view = false, .bytes = 16,
     .data = "0x1.0000000000000p+0 0x1.0000000000000p+2"},
    {"mean_float16_array",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float16\",\"shape\":[3,4],\"data\":[\"-0x1.269f5b539b238p+2\",\"-0x1.b25bca4ff1c03p+0\",\"0x1.5ec3f9f7fbdfdp+2\",\"-0x1.5738835e52ea8p+1\",\"0x1.622863c7c36efp+2\",\"-0x1.f5302903ded7bp-3\",\"0x1.7df35713d5f73p+1\",\"0x1.0db40bf01c3e5p-3\",\"-0x1.ae5d4d0356a24p+2\",\"-0x1.b7cbd43611e18p+0\",\"0x1.239d78ca11f7fp-1\",\"-0x1.b9f6f5cef93dap+1\"]}},\"steps\":[{\"op\":\"mean\",\"args\":[\"a\"],\"axis\":0,\"id\":\"s0\"}]}",
     .dtype = "float16", .ndim = 1, .shape = {4}, .view = false, .bytes = 8,
     .data = "-0x1.ee00000000000p+0 -0x1.3840000000000p+0 0x1.8180000000000p+1 -0x1.0040000000000p+1"},
    {"mean_float16_scalar",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float16\",\"shape\":[7],\"data\":[\"-0x1.02b3eeaf438d2p+2\",\"0x1.193b117dfe507p+0\",\"-0x1.f2c02f2cba6c6p+0\",\"-0x1.45994cb055752p+2\",\"-0x1.06b3420e016c8p+1\",\"0x1.4a85f2480713dp+1\",\"-0x1.6bd64470d6766p+0\"]}},\"steps\":[{\"op\":\"mean\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float16", .ndim = 0, .shape = {0}, .view = false, .bytes = 2,
     .data = "-0x1.8d80000000000p+0"},
    {"mean_float32",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[10],\"data\":[\"0x1.75e8b618d96d6p+6\",\"0x1.31745d8dfa871p+7\",\"0x1.a03276df3ad16p+1\",\"-0x1.c3df9309f7e60p+6\",\"-0x1.04502205859d9p+7\",\"-0x1.500ca12064116p+1\",\"0x1.606c19f07a35bp+6\",\"0x1.ae6cadb0adb66p+4\",\"0x1.b5ce45c5df6ccp+5\",\"-0x1.62ac65900f06bp+5\"]}},\"steps\":[{\"op\":\"mean\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 0, .shape = {0}, .view = false, .bytes = 4,
     .data = "0x1.9d22640000000p+3"},
    {"mean_complex64",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"complex64\",\"shape\":[3],\"data\":[[1,2],[3,4],[5.5,-6]]}},\"steps\":[{\"op\":\"mean\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "complex64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "0x1.9555560000000p+1,0x0.0p+0"},
    {"mean_dtype_float32",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[4],\"data\":[1,2,3,5]}},\"steps\":[{\"op\":\"mean\",\"args\":[\"a\"],\"dtype\":\"float32\",\"id\":\"s0\"}]}",
     .dtype = "float32", .ndim = 0, .shape = {0}, .view = false, .bytes = 4,
     .data = "0x1.6000000000000p+1"},
    {"mean_empty_is_nan",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[0]}},\"steps\":[{\"op\":\"mean\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "nan"},
    {"mean_0d_axis0_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[]}},\"steps\":[{\"op\":\"mean\",\"args\":[\"a\"],\"axis\":0,\"id\":\"s0\"}]}",
     .error = "axis"},
    {"mean_keepdims_bool",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"bool\",\"shape\":[2,2],\"data\":[true,false,true,true]}},\"steps\":[{\"op\":\"mean\",\"args\":[\"a\"],\"keepdims\":true,\"id\":\"s0\"}]}",
     .dtype = "float64", .ndim = 2, .shape = {1, 1}, .view = false, .bytes = 8,
     .data = "0x1.8000000000000p-1"},
    {"argmax_first_occurrence",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[6],\"data\":[1,9,3,9,0,9]}},\"steps\":[{\"op\":\"argmax\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "1"},
    {"argmin_first_nan_wins",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[5],\"data\":[3,-1,\"nan\",-5,\"nan\"]}},\"steps\":[{\"op\":\"argmin\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "2"},
    {"argmax_bool",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"bool\",\"shape\":[4],\"data\":[false,false,true,true]}},\"steps\":[{\"op\":\"argmax\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "2"},
    {"argmin_bool",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"bool\",\"shape\":[3],\"data\":[true,false,false]}},\"steps\":[{\"op\":\"argmin\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "1"},
    {"argmax_complex",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"complex128\",\"shape\":[4],\"data\":[[1,5],[2,-1],[2,3],[0,9]]}},\"steps\":[{\"op\":\"argmax\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "2"},
    {"argmax_complex_nan",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"complex64\",\"shape\":[3],\"data\":[[1,1],[0,\"nan\"],[5,0]]}},\"steps\":[{\"op\":\"argmax\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "1"},
    {"argmax_axis1_f_order",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[3,4],\"order\":\"F\",\"data\":[\"0x1.e0ad298277269p+4\",\"-0x1.790c090641aa0p+5\",\"-0x1.047ce882d6c0cp+5\",\"-0x1.027304f99f83ap+7\",\"-0x1.3a714e327d396p+7\",\"-0x1.8190bb014d4acp+5\",\"-0x1.bb0a2c26ff344p+6\",\"-0x1.7f7f8fce35d84p+6\",\"0x1.0c6b429cf80aep+6\",\"-0x1.56a8b0dcebb34p+3\",\"0x1.23699f6b74613p+8\",\"0x1.72896db3b4999p+6\"]}},\"steps\":[{\"op\":\"argmax\",\"args\":[\"a\"],\"axis\":1,\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 1, .shape = {3}, .view = false, .bytes = 24,
     .data = "0 1 2"},
    {"argmin_axis0_keepdims",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int16\",\"shape\":[3,4],\"data\":[5,1,7,2,0,9,7,-3,5,1,-8,2]}},\"steps\":[{\"op\":\"argmin\",\"args\":[\"a\"],\"axis\":0,\"keepdims\":true,\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 2, .shape = {1, 4}, .view = false, .bytes = 32,
     .data = "1 0 2 1"},
    {"argmax_transposed_flattens_c_order",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[3,4],\"data\":[0,1,2,3,4,5,6,7,8,11,10,9]}},\"steps\":[{\"op\":\"transpose\",\"args\":[\"a\"],\"id\":\"t\"},{\"op\":\"argmax\",\"args\":[\"t\"],\"id\":\"s1\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "5"},
    {"argmax_keepdims_none",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[2,3]}},\"steps\":[{\"op\":\"argmax\",\"args\":[\"a\"],\"keepdims\":true,\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 2, .shape = {1, 1}, .view = false, .bytes = 8,
     .data = "5"},
    {"argmax_byteswapped_float16",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\">f2\",\"shape\":[4],\"data\":[1,5,-2,5]}},\"steps\":[{\"op\":\"argmax\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "1"},
    {"argmax_empty_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[0]}},\"steps\":[{\"op\":\"argmax\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .error = "value"},
    {"argmax_empty_axis_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[2,0]}},\"steps\":[{\"op\":\"argmax\",\"args\":[\"a\"],\"axis\":1,\"id\":\"s0\"}]}",
     .error = "value"},
    {"argmax_empty_result_ok",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[0,3]}},\"steps\":[{\"op\":\"argmax\",\"args\":[\"a\"],\"axis\":1,\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 1, .shape = {0}, .view = false, .bytes = 0,
     .data = ""},
    {"argmax_0d_axis0",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[]}},\"steps\":[{\"op\":\"argmax\",\"args\":[\"a\"],\"axis\":0,\"id\":\"s0\"}]}",
     .dtype = "int64", .ndim = 0, .shape = {0}, .view = false, .bytes = 8,
     .data = "0"},
    {"argmax_0d_axis1_error",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float32\",\"shape\":[]}},\"steps\":[{\"op\":\"argmax\",\"args\":[\"a\"],\"axis\":1,\"id\":\"s0\"}]}",
     .error = "axis"},
    {"any_int",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int8\",\"shape\":[2,3],\"data\":[0,0,0,0,5,0]}},\"steps\":[{\"op\":\"any\",\"args\":[\"a\"],\"axis\":1,\"id\":\"s0\"}]}",
     .dtype = "bool", .ndim = 1, .shape = {2}, .view = false, .bytes = 2,
     .data = "0 1"},
    {"all_float_nan_is_true",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"float64\",\"shape\":[2],\"data\":[\"nan\",1]}},\"steps\":[{\"op\":\"all\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "bool", .ndim = 0, .shape = {0}, .view = false, .bytes = 1,
     .data = "1"},
    {"any_complex_imag",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"complex64\",\"shape\":[2],\"data\":[[0,0],[0,1]]}},\"steps\":[{\"op\":\"any\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "bool", .ndim = 0, .shape = {0}, .view = false, .bytes = 1,
     .data = "1"},
    {"any_empty_is_false",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[0,2]}},\"steps\":[{\"op\":\"any\",\"args\":[\"a\"],\"axis\":0,\"id\":\"s0\"}]}",
     .dtype = "bool", .ndim = 1, .shape = {2}, .view = false, .bytes = 2,
     .data = "0 0"},
    {"all_empty_is_true",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"int32\",\"shape\":[0]}},\"steps\":[{\"op\":\"all\",\"args\":[\"a\"],\"id\":\"s0\"}]}",
     .dtype = "bool", .ndim = 0, .shape = {0}, .view = false, .bytes = 1,
     .data = "1"},
    {"all_keepdims_f_order",
     "{\"ndparity\":1,\"name\":\"t\",\"inputs\":{\"a\":{\"dtype\":\"bool\",\"shape\":[2,3],\"order\":\"F\",\"data\":[true,true,false,true,true,true]}},\"steps\":[{\"op\":\"all\",\"args\":[\"a\"],\"axis\":0,\"keepdims\":true,\"id\":\"s0\"}]}",
     .dtype = "bool", .ndim = 2, .shape = {1, 3}, .view = false, .bytes = 3,
     .data = "1 1 0"},
};
static const struct pw_row pw_rows[] = {
    {1, "-0x1.e000000000000p+5"},
    {2, "0x1.6924900000000p+3"},
    {3, "0x1.1c00000000000p+6"},
    {4, "0x1.dc92480000000p+6"},
    {5, "0x1.376db60000000p+7"},
    {6, "0x1.696db60000000p+7"},
    {7, "0x1.8449240000000p+7"},
    {8, "0x1.8800000000000p+7"},
    {9, "0x1.74924a0000000p+7"},
    {10, "0x1.4a00000000000p+7"},
    {11, "0x1.0849240000000p+7"},
    {12, "0x1.5edb6c0000000p+6"},
    {13, "0x1.fb6db00000000p+4"},
    {14, "0x1.abfffe0000000p+6"},
    {15, "0x1.556db60000000p+7"},
    {16, "0x1.bdb6dc0000000p+7"},
    {17, "0x1.076db80000000p+8"},
    {18, "0x1.246db80000000p+8"},
    {19, "0x1.35db6e0000000p+8"},
    {20, "0x1.3bb6dc0000000p+8"},
    {21, "0x1.3600000000000p+8"},
    {22, "0x1.24b6dc0000000p+8"},
    {23, "0x1.07db6e0000000p+8"},
    {24, "0x1.bedb700000000p+7"},
    {25, "0x1.56db700000000p+7"},
    {26, "0x1.f56db80000000p+7"},
    {27, "0x1.3e6db80000000p+8"},
    {28, "0x1.76924a0000000p+8"},
    {29, "0x1.a324940000000p+8"},
    {30, "0x1.c424940000000p+8"},
    {31, "0x1.d9924a0000000p+8"},
    {32, "0x1.e36db80000000p+8"},
    {33, "0x1.e1b6dc0000000p+8"},
    {34, "0x1.d46db80000000p+8"},
    {35, "0x1.bb924a0000000p+8"},
    {36, "0x1.9724940000000p+8"},
    {37, "0x1.6724940000000p+8"},
    {38, "0x1.2b924a0000000p+8"},
    {39, "0x1.7349260000000p+8"},
    {40, "0x1.af6db60000000p+8"},
    {41, "0x1.e000000000000p+8"},
    {42, "0x1.0280000000000p+9"},
    {43, "0x1.0f36dc0000000p+9"},
    {44, "0x1.1624920000000p+9"},
    {45, "0x1.1749240000000p+9"},
    {46, "0x1.12a4920000000p+9"},
    {47, "0x1.0836dc0000000p+9"},
    {48, "0x1.f000000000000p+8"},
    {49, "0x1.c400000000000p+8"},
    {50, "0x1.8c6db60000000p+8"},
    {51, "0x1.d824920000000p+8"},
    {52, "0x1.0c24920000000p+9"},
    {53, "0x1.266db60000000p+9"},
    {54, "0x1.3aedb60000000p+9"},
    {55, "0x1.49a4920000000p+9"},
    {56, "0x1.5292480000000p+9"},
    {57, "0x1.55b6da0000000p+9"},
    {58, "0x1.5312480000000p+9"},
    {59, "0x1.4aa4920000000p+9"},
    {60, "0x1.3c6db60000000p+9"},
    {61, "0x1.286db60000000p+9"},
    {62, "0x1.0ea4920000000p+9"},
    {63, "0x1.3680000000000p+9"},
    {64, "0x1.5892480000000p+9"},
    {65, "0x1.74db6c0000000p+9"},
    {66, "0x1.8b5b6c0000000p+9"},
    {67, "0x1.9c12480000000p+9"},
    {68, "0x1.a6fffe0000000p+9"},
    {69, "0x1.ac24900000000p+9"},
    {70, "0x1.ab7ffe0000000p+9"},
    {71, "0x1.a512480000000p+9"},
    {72, "0x1.98db6c0000000p+9"},
    {73, "0x1.86db6c0000000p+9"},
    {74, "0x1.6f12480000000p+9"},
    {75, "0x1.517ffe0000000p+9"},
    {76, "0x1.7592480000000p+9"},
    {77, "0x1.93db6c0000000p+9"},
    {78, "0x1.ac5b6c0000000p+9"},
    {79, "0x1.bf12480000000p+9"},
    {80, "0x1.cc00000000000p+9"},
    {81, "0x1.d324920000000p+9"},
    {82, "0x1.d480000000000p+9"},
    {83, "0x1.d0124a0000000p+9"},
    {84, "0x1.c5db6e0000000p+9"},
    {85, "0x1.b5db6e0000000p+9"},
    {86, "0x1.a0124a0000000p+9"},
    {87, "0x1.8480000000000p+9"},
    {88, "0x1.aa924c0000000p+9"},
    {89, "0x1.cadb700000000p+9"},
    {90, "0x1.e55b700000000p+9"},
    {91, "0x1.fa124c0000000p+9"},
    {92, "0x1.0480020000000p+10"},
    {93, "0x1.09124c0000000p+10"},
    {94, "0x1.0ac0020000000p+10"},
    {95, "0x1.0989260000000p+10"},
    {96, "0x1.056db80000000p+10"},
    {97, "0x1.fcdb700000000p+9"},
    {98, "0x1.e9124c0000000p+9"},
    {99, "0x1.cf80020000000p+9"},
    {100, "0x1.f7924c0000000p+9"},
    {101, "0x1.0cedb80000000p+10"},
    {102, "0x1.1b2db80000000p+10"},
    {103, "0x1.2689260000000p+10"},
    {104, "0x1.2f00000000000p+10"},
    {105, "0x1.34924a0000000p+10"},
    {106, "0x1.3740000000000p+10"},
    {107, "0x1.3709240000000p+10"},
    {108, "0x1.33edb60000000p+10"},
    {109, "0x1.2dedb60000000p+10"},
    {110, "0x1.2509240000000p+10"},
    {111, "0x1.1940000000000p+10"},
    {112, "0x1.0a924a0000000p+10"},
    {113, "0x1.1cb6dc0000000p+10"},
    {114, "0x1.2bf6dc0000000p+10"},
    {115, "0x1.38524a0000000p+10"},
    {116, "0x1.41c9260000000p+10"},
    {117, "0x1.485b700000000p+10"},
    {118, "0x1.4c09260000000p+10"},
    {119, "0x1.4cd24a0000000p+10"},
    {120, "0x1.4ab6dc0000000p+10"},
    {121, "0x1.45b6dc0000000p+10"},
    {122, "0x1.3dd24a0000000p+10"},
    {123, "0x1.3309260000000p+10"},
    {124, "0x1.255b700000000p+10"},
    {125, "0x1.3880020000000p+10"},
    {126, "0x1.48c0020000000p+10"},
    {127, "0x1.561b700000000p+10"},
    {128, "0x1.60924a0000000p+10"},
    {129, "0x1.6824900000000p+10"},
    {130, "0x1.6cd2480000000p+10"},
    {131, "0x1.6e9b6c0000000p+10"},
    {132, "0x1.6d80000000000p+10"},
    {133, "0x1.6980000000000p+10"},
    {134, "0x1.629b6c0000000p+10"},
    {135, "0x1.58d2480000000p+10"},
    {136, "0x1.4c24920000000p+10"},
    {137, "0x1.6049240000000p+10"},
    {138, "0x1.7189240000000p+10"},
    {139, "0x1.7fe4920000000p+10"},
    {140, "0x1.8b5b6c0000000p+10"},
    {141, "0x1.93edb60000000p+10"},
    {142, "0x1.999b6c0000000p+10"},
    {143, "0x1.9c64920000000p+10"},
    {144, "0x1.9c49240000000p+10"},
    {145, "0x1.9949240000000p+10"},
    {146, "0x1.9364920000000p+10"},
    {147, "0x1.8a9b6c0000000p+10"},
    {148, "0x1.7eedb60000000p+10"},
    {149, "0x1.705b6c0000000p+10"},
    {150, "0x1.829b6c0000000p+10"},
    {151, "0x1.91f6dc0000000p+10"},
    {152, "0x1.9e6db60000000p+10"},
    {153, "0x1.a800000000000p+10"},
    {154, "0x1.aeadb60000000p+10"},
    {155, "0x1.b276dc0000000p+10"},
    {156, "0x1.b35b6c0000000p+10"},
    {157, "0x1.b15b6c0000000p+10"},
    {158, "0x1.ac76dc0000000p+10"},
    {159, "0x1.a4adb60000000p+10"},
    {160, "0x1.9a00000000000p+10"},
    {161, "0x1.8c6db80000000p+10"},
    {162, "0x1.9fadb80000000p+10"},
    {163, "0x1.b009240000000p+10"},
    {164, "0x1.bd80000000000p+10"},
    {165, "0x1.c812480000000p+10"},
    {166, "0x1.cfc0000000000p+10"},
    {167, "0x1.d489240000000p+10"},
    {168, "0x1.d66db60000000p+10"},
    {169, "0x1.d56db60000000p+10"},
    {170, "0x1.d189240000000p+10"},
    {171, "0x1.cac0000000000p+10"},
    {172, "0x1.c112480000000p+10"},
    {173, "0x1.b480000000000p+10"},
    {174, "0x1.c8c0000000000p+10"},
    {175, "0x1.da1b6c0000000p+10"},
    {176, "0x1.e8924a0000000p+10"},
    {177, "0x1.f424940000000p+10"},
    {178, "0x1.fcd24a0000000p+10"},
    {179, "0x1.014db80000000p+11"},
    {180, "0x1.02c0000000000p+11"},
    {181, "0x1.02c0000000000p+11"},
    {182, "0x1.014db80000000p+11"},
    {183, "0x1.fcd24a0000000p+10"},
    {184, "0x1.f424940000000p+10"},
    {185, "0x1.e8924a0000000p+10"},
    {186, "0x1.da1b6e0000000p+10"},
    {187, "0x1.ec76dc0000000p+10"},
    {188, "0x1.fbedb80000000p+10"},
    {189, "0x1.0440000000000p+11"},
    {190, "0x1.0916dc0000000p+11"},
    {191, "0x1.0c7b6e0000000p+11"},
    {192, "0x1.0e6db80000000p+11"},
    {193, "0x1.0eedb80000000p+11"},
    {194, "0x1.0dfb700000000p+11"},
    {195, "0x1.0b96dc0000000p+11"},
    {196, "0x1.07c0020000000p+11"},
    {197, "0x1.0276de0000000p+11"},
    {198, "0x1.f776e00000000p+10"},
    {199, "0x1.0569280000000p+11"},
    {200, "0x1.0da4920000000p+11"},
    {201, "0x1.146db80000000p+11"},
    {202, "0x1.19c4920000000p+11"},
    {203, "0x1.1da9240000000p+11"},
    {204, "0x1.201b6c0000000p+11"},
    {205, "0x1.211b6c0000000p+11"},
    {206, "0x1.20a9240000000p+11"},
    {207, "0x1.1ec4920000000p+11"},
    {208, "0x1.1b6db80000000p+11"},
    {209, "0x1.16a4920000000p+11"},
    {210, "0x1.1069240000000p+11"},
    {211, "0x1.1a96dc0000000p+11"},
    {212, "0x1.23524a0000000p+11"},
    {213, "0x1.2a9b700000000p+11"},
    {214, "0x1.30724a0000000p+11"},
    {215, "0x1.34d6dc0000000p+11"},
    {216, "0x1.37c9240000000p+11"},
    {217, "0x1.3949240000000p+11"},
    {218, "0x1.3956dc0000000p+11"},
    {219, "0x1.37f2480000000p+11"},
    {220, "0x1.351b6e0000000p+11"},
    {221, "0x1.30d2480000000p+11"},
    {222, "0x1.2b16dc0000000p+11"},
    {223, "0x1.23e9240000000p+11"},
    {224, "0x1.2d24920000000p+11"},
    {225, "0x1.34edb80000000p+11"},
    {226, "0x1.3b44920000000p+11"},
    {227, "0x1.4029240000000p+11"},
    {228, "0x1.439b6c0000000p+11"},
    {229, "0x1.459b6c0000000p+11"},
    {230, "0x1.4629240000000p+11"},
    {231, "0x1.4544920000000p+11"},
    {232, "0x1.42edb80000000p+11"},
    {233, "0x1.3f24920000000p+11"},
    {234, "0x1.39e9240000000p+11"},
    {235, "0x1.333b6c0000000p+11"},
    {236, "0x1.3cf6dc0000000p+11"},
    {237, "0x1.4540000000000p+11"},
    {238, "0x1.4c16dc0000000p+11"},
    {239, "0x1.517b6c0000000p+11"},
    {240, "0x1.556db60000000p+11"},
    {241, "0x1.57edb60000000p+11"},
    {242, "0x1.58fb6c0000000p+11"},
    {243, "0x1.5896dc0000000p+11"},
    {244, "0x1.56c0000000000p+11"},
    {245, "0x1.5376dc0000000p+11"},
    {246, "0x1.4ebb6c0000000p+11"},
    {247, "0x1.488db60000000p+11"},
    {248, "0x1.52c9240000000p+11"},
    {249, "0x1.5b92480000000p+11"},
    {250, "0x1.62e9240000000p+11"},
    {251, "0x1.68cdb80000000p+11"},
    {252, "0x1.6d40000000000p+11"},
    {253, "0x1.7040000000000p+11"},
    {254, "0x1.71cdb80000000p+11"},
    {255, "0x1.71e9240000000p+11"},
    {256, "0x1.7092480000000p+11"},
    {257, "0x1.6dc9240000000p+11"},
    {258, "0x1.698db80000000p+11"},
    {259, "0x1.63e0000000000p+11"},
    {260, "0x1.5cc0000000000p+11"},
    {261, "0x1.6609240000000p+11"},
    {262, "0x1.6de0000000000p+11"},
    {263, "0x1.7444940000000p+11"},
    {264, "0x1.7936dc0000000p+11"},
    {265, "0x1.7cb6dc0000000p+11"},
    {266, "0x1.7ec4920000000p+11"},
    {267, "0x1.7f60000000000p+11"},
    {268, "0x1.7e89240000000p+11"},
    {269, "0x1.7c40000000000p+11"},
    {270, "0x1.7884920000000p+11"},
    {271, "0x1.7356dc0000000p+11"},
    {272, "0x1.6cb6dc0000000p+11"},
    {273, "0x1.7680000000000p+11"},
    {274, "0x1.7ed6dc0000000p+11"},
    {275, "0x1.85bb6c0000000p+11"},
    {276, "0x1.8b2db80000000p+11"},
    {277, "0x1.8f2db60000000p+11"},
    {278, "0x1.91bb6c0000000p+11"},
    {279, "0x1.92d6dc0000000p+11"},
    {280, "0x1.9280000000000p+11"},
    {281, "0x1.90b6dc0000000p+11"},
    {282, "0x1.8d7b6c0000000p+11"},
    {283, "0x1.88cdb80000000p+11"},
    {284, "0x1.82adb80000000p+11"},
    {285, "0x1.8cf6dc0000000p+11"},
    {286, "0x1.95cdb80000000p+11"},
    {287, "0x1.9d32480000000p+11"},
    {288, "0x1.a324920000000p+11"},
    {289, "0x1.a7a4920000000p+11"},
    {290, "0x1.aab24a0000000p+11"},
    {291, "0x1.ac4db80000000p+11"},
    {292, "0x1.ac76dc0000000p+11"},
    {293, "0x1.ab2db80000000p+11"},
    {294, "0x1.a8724a0000000p+11"},
    {295, "0x1.a444920000000p+11"},
    {296, "0x1.9ea4920000000p+11"},
    {297, "0x1.9792480000000p+11"},
    {298, "0x1.a0e9240000000p+11"},
    {299, "0x1.a8cdb80000000p+11"},
    {300, "0x1.af40000000000p+11"},
    {10000, "0x1.bba36e0000000p+16"},
    {20000, "0x1.bba3700000000p+17"},
};
/* float16 sums of float16(x / 8 - 1.4) (float32 arithmetic), in calls of 8192 rounded per call */
static const struct pw_row pw16_rows[] = {
    {7, "0x1.cf00000000000p+3"},
    {100, "-0x1.c340000000000p+3"},
    {5000, "0x1.8840000000000p+6"},
    {8192, "0x1.3d00000000000p+7"},
    {8193, "0x1.3b40000000000p+7"},
    {10000, "0x1.8840000000000p+7"},
    {20000, "0x1.8840000000000p+8"},
};
/* x[:360].reshape(40, 9).sum(axis=0): row-wise accumulation */
static const char *const sum_axis0_40x9 = "0x1.70924e0000000p+8 0x1.dd24920000000p+8 0x1.badb700000000p+8 0x1.98924e0000000p+8 0x1.02924a0000000p+9 0x1.e2db6e0000000p+8 0x1.c0924a0000000p+8 0x1.9e49200000000p+8 0x1.056db80000000p+9";
/* np.asfortranarray(x[:2700].reshape(9, 300)).sum(axis=1) */
static const char *const sum_axis1_9x300_f = "0x1.af400a0000000p+11 0x1.af40020000000p+11 0x1.9d64900000000p+11 0x1.9d648a0000000p+11 0x1.c11b6a0000000p+11 0x1.9d64980000000p+11 0x1.9d64960000000p+11 0x1.c11b6a0000000p+11 0x1.af3ff60000000p+11";
// clang-format on
/* END GENERATED */

Test(ref_reduce, should_match_numpy_on_every_table_row) {
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) check_row(&rows[i]);
}

/* ------------------------------------------------------------ summation order */

/* x[i] = float32(((i * 7919) % 1000) / 7.0 - 60.0), as the generator. */
static void fill_x(struct ndp_tensor *t, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    float v = (float)((double)((i * 7919) % 1000) / 7.0 - 60.0);
    if (t->dtype == NDP_FLOAT16) {
      uint16_t h = ndp_float_to_half(v / 8.0f - 1.4f);
      memcpy(t->buf->data + i * 2, &h, 2);
    } else {
      memcpy(t->buf->data + i * 4, &v, 4);
    }
  }
}

/* Runs a reduction step (op, axis: -1 for all) on t and returns the result. */
static struct ndp_tensor reduce_of(enum ndp_op op, const struct ndp_tensor *t, int axis) {
  struct ndp_step step;
  memset(&step, 0, sizeof step);
  step.id = (char *)"r";
  step.op = op;
  step.nargs = 1;
  step.order = 'C';
  if (axis >= 0) {
    step.has_axes = true;
    step.naxes = 1;
    step.axes[0] = axis;
  }
  const struct ndp_tensor *ops[1] = {t};
  struct ndp_tensor out;
  int64_t bytes = 0;
  struct ndp_error err = {0};
  cr_assert_eq(ndp_ref_reduce(&step, ops, &out, &bytes, &err), NDP_OK, "%s", err.msg);
  cr_assert_eq(bytes, ndp_tensor_size(&out) * ndp_dtype_size(out.dtype));
  return out;
}

static double item(const struct ndp_tensor *t, int64_t i) {
  struct ndp_elem e;
  int64_t idx[NDP_MAXDIMS] = {0};
  for (int k = t->ndim - 1; k >= 0; k--) {
    idx[k] = i % t->shape[k];
    i /= t->shape[k];
  }
  ndp_elem_load(t->dtype, t->swapped, ndp_tensor_at(t, idx), &e);
  return e.v.f;
}

Test(ref_reduce, should_sum_float32_bit_for_bit_as_numpy_pairwise) {
  static const int64_t n = 20000;
  struct ndp_tensor x;
  struct ndp_error err;
  cr_assert_eq(ndp_tensor_empty(NDP_FLOAT32, 1, &n, 'C', &x, &err), NDP_OK);
  fill_x(&x, n);
  for (size_t i = 0; i < sizeof pw_rows / sizeof pw_rows[0]; i++) {
    struct ndp_tensor v = x; /* x[:len] (borrowed) */
    v.shape[0] = pw_rows[i].n;
    struct ndp_tensor s = reduce_of(NDP_OP_SUM, &v, -1);
    cr_assert_eq(s.dtype, NDP_FLOAT32);
    double want = strtod(pw_rows[i].sum, NULL);
    cr_assert_eq(item(&s, 0), want, "sum of %lld float32: %a, NumPy %a", (long long)pw_rows[i].n,
                 item(&s, 0), want);
    ndp_tensor_release(&s);
  }
  ndp_tensor_release(&x);
}

Test(ref_reduce, should_sum_float16_in_float32_calls_rounded_per_call) {
  static const int64_t n = 20000;
  struct ndp_tensor x;
  struct ndp_error err;
  cr_assert_eq(ndp_tensor_empty(NDP_FLOAT16, 1, &n, 'C', &x, &err), NDP_OK);
  fill_x(&x, n);
  for (size_t i = 0; i < sizeof pw16_rows / sizeof pw16_rows[0]; i++) {
    struct ndp_tensor v = x;
    v.shape[0] = pw16_rows[i].n;
    struct ndp_tensor s = reduce_of(NDP_OP_SUM, &v, -1);
    cr_assert_eq(s.dtype, NDP_FLOAT16);
    double want = strtod(pw16_rows[i].sum, NULL);
    cr_assert_eq(item(&s, 0), want, "sum of %lld float16: %a, NumPy %a", (long long)pw16_rows[i].n,
                 item(&s, 0), want);
    ndp_tensor_release(&s);
  }
  ndp_tensor_release(&x);
}

static int64_t item_i64(const struct ndp_tensor *t) {
  int64_t v;
  memcpy(&v, t->buf->data + t->offset, 8);
  return v;
}

static void check_hex_list(const char *what, const struct ndp_tensor *t, const char *list) {
  const char *p = list;
  for (int64_t i = 0; i < ndp_tensor_size(t); i++) {
    char *end;
    double want = strtod(p, &end);
    cr_assert(end != p, "%s: fewer expected values", what);
    p = end;
    cr_assert_eq(item(t, i), want, "%s: [%lld] is %a, NumPy %a", what, (long long)i, item(t, i),
                 want);
  }
}

Test(ref_reduce, should_accumulate_rows_for_axis0_of_c_arrays) {
  static const int64_t shape[2] = {40, 9};
  struct ndp_tensor x;
  struct ndp_error err;
  cr_assert_eq(ndp_tensor_empty(NDP_FLOAT32, 2, shape, 'C', &x, &err), NDP_OK);
  fill_x(&x, 360);
  struct ndp_tensor s = reduce_of(NDP_OP_SUM, &x, 0);
  cr_assert_eq(s.ndim, 1);
  cr_assert_eq(s.shape[0], 9);
  check_hex_list("(40, 9).sum(axis=0)", &s, sum_axis0_40x9);
  ndp_tensor_release(&s);
  ndp_tensor_release(&x);
}

Test(ref_reduce, should_sum_each_row_pairwise_for_axis1_of_f_arrays) {
  static const int64_t shape[2] = {9, 300};
  struct ndp_tensor c, f;
  struct ndp_error err;
  cr_assert_eq(ndp_tensor_empty(NDP_FLOAT32, 2, shape, 'C', &c, &err), NDP_OK);
  fill_x(&c, 2700);
  cr_assert_eq(ndp_ref_copy(&c, NDP_FLOAT32, 'F', &f, &err), NDP_OK);
  struct ndp_tensor s = reduce_of(NDP_OP_SUM, &f, 1);
  check_hex_list("F (9, 300).sum(axis=1)", &s, sum_axis1_9x300_f);
  ndp_tensor_release(&s);
  ndp_tensor_release(&f);
  ndp_tensor_release(&c);
}

/* Long contiguous runs take the blocked (vectorized) paths of max/min and
 * argmax/argmin: ties must still give the first index, and the first NaN
 * must win wherever it is. x[i] = i % 100 over 3000 items. */
Test(ref_reduce, should_keep_first_occurrence_and_first_nan_on_long_runs) {
  static const int64_t n = 3000;
  static const enum ndp_dtype dts[] = {NDP_FLOAT32, NDP_FLOAT64, NDP_INT16, NDP_UINT32, NDP_INT64};
  for (size_t d = 0; d < sizeof dts / sizeof dts[0]; d++) {
    struct ndp_tensor x;
    struct ndp_error err;
    cr_assert_eq(ndp_tensor_empty(dts[d], 1, &n, 'C', &x, &err), NDP_OK);
    for (int64_t i = 0; i < n; i++) {
      struct ndp_elem e = {.dtype = dts[d]};
      if (ndp_dtype_kind(dts[d]) == NDP_KIND_FLOAT)
        e.v.f = (double)(i % 100);
      else
        e.v.i = i % 100;
      ndp_elem_store(dts[d], false, x.buf->data + i * ndp_dtype_size(dts[d]), &e);
    }
    const char *name = ndp_dtype_name(dts[d]);
    struct ndp_tensor r = reduce_of(NDP_OP_ARGMAX, &x, -1);
    cr_assert_eq(item_i64(&r), 99, "%s argmax", name);
    ndp_tensor_release(&r);
    r = reduce_of(NDP_OP_ARGMIN, &x, -1);
    cr_assert_eq(item_i64(&r), 0, "%s argmin", name);
    ndp_tensor_release(&r);
    r = reduce_of(NDP_OP_MAX, &x, -1);
    struct ndp_elem e;
    ndp_elem_load(r.dtype, false, r.buf->data, &e);
    cr_assert(ndp_dtype_kind(dts[d]) == NDP_KIND_FLOAT ? e.v.f == 99.0 : e.v.i == 99, "%s max",
              name);
    ndp_tensor_release(&r);
    if (ndp_dtype_kind(dts[d]) == NDP_KIND_FLOAT) {
      struct ndp_elem nan = {.dtype = dts[d], .v.f = NAN};
      ndp_elem_store(dts[d], false, x.buf->data + 2500 * ndp_dtype_size(dts[d]), &nan);
      ndp_elem_store(dts[d], false, x.buf->data + 2700 * ndp_dtype_size(dts[d]), &nan);
      r = reduce_of(NDP_OP_ARGMIN, &x, -1);
      cr_assert_eq(item_i64(&r), 2500, "%s argmin with NaN", name);
      ndp_tensor_release(&r);
      r = reduce_of(NDP_OP_MIN, &x, -1);
      ndp_elem_load(r.dtype, false, r.buf->data, &e);
      cr_assert(isnan(e.v.f), "%s min with NaN", name);
      ndp_tensor_release(&r);
    }
    ndp_tensor_release(&x);
  }
}

// clang-format off
/* The script that printed the tables (run with NPY_PROMOTION_STATE=weak /usr/bin/python3);
 * common.py is the helper module printed at the end of test_ref_shape.c:

---- gen_reduce_rows.py
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
rows=[]
def R(name, c): rows.append(row(name, c))
sl=lambda *it: {"slice":list(it)}
rnd=np.random.default_rng(3)
def vals(n, scale=100.0): return [float(v).hex() for v in (rnd.standard_normal(n)*scale)]
nanv=[1,"nan",3,"-inf","nan"]
# sum
R("sum_bool_is_int64", case({"a":A("bool",[2,3,2],"F")}, S("sum")))
R("sum_int8_is_int64", case({"a":A("int8",[4],data=[100,100,100,-128])}, S("sum")))
R("sum_uint16_is_uint64", case({"a":A("uint16",[3],data=[65535,65535,2])}, S("sum")))
R("sum_dtype_int8_wraps", case({"a":A("int8",[4],data=[100,100,100,-128])}, S("sum", dtype="int8")))
R("sum_int64_wraps", case({"a":A("int64",[2],data=["9223372036854775807","1"])}, S("sum")))
R("sum_axis0_f_order_float32", case({"a":A("float32",[3,4],"F",data=vals(12))}, S("sum", axis=0)))
R("sum_axis1_keepdims_float16", case({"a":A("float16",[3,40],data=vals(120,1.0))}, S("sum", axis=1, keepdims=True)))
R("sum_axis_list", case({"a":A("int32",[2,3,4])}, S("sum", axis=[0,2])))
R("sum_axis_empty_list", case({"a":A("float64",[2,2],data=["-0.0","1","2","3"])}, S("sum", axis=[])))
R("sum_axis_duplicate_error", case({"a":A("int32",[2,3])}, S("sum", axis=[1,-1])))
R("sum_axis_out_of_bounds_error", case({"a":A("int32",[2,3])}, S("sum", axis=2)))
R("sum_0d_axis0", case({"a":A("float32",[])}, S("sum", axis=0)))
R("sum_0d_axis_list_error", case({"a":A("float32",[])}, S("sum", axis=[0])))
R("sum_empty_is_zero", case({"a":A("float32",[0,3])}, S("sum", axis=0)))
R("sum_empty_all", case({"a":A("int16",[0])}, S("sum")))
R("sum_complex64", case({"a":A("complex64",[5],data=[[1,2],[3.5,-1],[0.25,0],[1e8,1],[-1e8,1]])}, S("sum")))
R("sum_byteswapped_float64", case({"a":A(">f8",[3,3],data=vals(9))}, S("sum", axis=1)))
R("sum_negative_strides", case({"a":A("float32",[5,7],data=vals(35))}, S("getitem", index=[sl(None,None,-1), sl(None,None,-2)], id="g"), S("sum","g", axis=0)))
R("sum_transposed_all", case({"a":A("float32",[9,11],data=vals(99))}, S("transpose", id="t"), S("sum","t")))
R("sum_broadcast_operand", case({"a":A("float16",[3],data=vals(3,1.0))}, S("broadcast_to", shape=[4,3], id="b"), S("sum","b", axis=0)))
R("sum_python_int", case({}, {"op":"sum","args":[{"int":7}]}))
# prod
R("prod_int_wraps", case({"a":A("int32",[3],data=[100000,100000,3])}, S("prod")))
R("prod_bool_is_int64", case({"a":A("bool",[3],data=[True,True,False])}, S("prod")))
R("prod_float16", case({"a":A("float16",[6],data=vals(6,2.0))}, S("prod")))
R("prod_complex128", case({"a":A("complex128",[4],data=[[0.3,1.7],[-2.1,0.4],[1.1,-0.9],[0.7,0.6]])}, S("prod")))
R("prod_complex128_axis0", case({"a":A("complex128",[3,2],data=[[0.3,1.7],[-2.1,0.4],[1.1,-0.9],[0.7,0.6],[1.3,-0.2],[0.1,2.5]])}, S("prod", axis=0)))
R("prod_empty_is_one", case({"a":A("float64",[2,0])}, S("prod", axis=1)))
R("prod_dtype_float32", case({"a":A("int8",[4],data=[3,-5,7,9])}, S("prod", dtype="float32")))
# min / max
R("max_first_nan_wins", case({"a":A("float64",[5],data=nanv)}, S("max")))
R("min_nan_axis", case({"a":A("float32",[2,3],data=[1,"nan",3,4,-5,6])}, S("min", axis=0)))
R("max_uint64_large", case({"a":A("uint64",[3],data=["18446744073709551615","0","5"])}, S("max")))
R("min_int8", case({"a":A("int8",[4],data=[5,-128,127,0])}, S("min")))
R("max_bool", case({"a":A("bool",[3],data=[False,True,False])}, S("max")))
R("min_float16_keepdims", case({"a":A("float16",[2,3],data=vals(6,1.0))}, S("min", axis=1, keepdims=True)))
R("max_complex_lexicographic", case({"a":A("complex64",[4],data=[[1,5],[2,-1],[2,3],[0,9]])}, S("max")))
R("max_complex_nan", case({"a":A("complex128",[3],data=[[1,1],["nan",0],[5,0]])}, S("max")))
R("max_empty_error", case({"a":A("float32",[0,3])}, S("max", axis=0)))
R("min_empty_reduced_axis_error", case({"a":A("float32",[0,0])}, S("min", axis=1)))
R("max_empty_result_ok", case({"a":A("float32",[0,3])}, S("max", axis=1)))
R("max_byteswapped", case({"a":A(">i4",[2,2],data=[1,-7,300,2])}, S("max", axis=1)))
# mean
R("mean_int_is_float64", case({"a":A("int16",[2,3])}, S("mean", axis=1)))
R("mean_float16_array", case({"a":A("float16",[3,4],data=vals(12,3.0))}, S("mean", axis=0)))
R("mean_float16_scalar", case({"a":A("float16",[7],data=vals(7,3.0))}, S("mean")))
R("mean_float32", case({"a":A("float32",[10],data=vals(10))}, S("mean")))
R("mean_complex64", case({"a":A("complex64",[3],data=[[1,2],[3,4],[5.5,-6]])}, S("mean")))
R("mean_dtype_float32", case({"a":A("int32",[4],data=[1,2,3,5])}, S("mean", dtype="float32")))
R("mean_empty_is_nan", case({"a":A("int32",[0])}, S("mean")))
R("mean_0d_axis0_error", case({"a":A("float64",[])}, S("mean", axis=0)))
R("mean_keepdims_bool", case({"a":A("bool",[2,2],data=[True,False,True,True])}, S("mean", keepdims=True)))
# argmin / argmax
R("argmax_first_occurrence", case({"a":A("int32",[6],data=[1,9,3,9,0,9])}, S("argmax")))
R("argmin_first_nan_wins", case({"a":A("float64",[5],data=[3,-1,"nan",-5,"nan"])}, S("argmin")))
R("argmax_bool", case({"a":A("bool",[4],data=[False,False,True,True])}, S("argmax")))
R("argmin_bool", case({"a":A("bool",[3],data=[True,False,False])}, S("argmin")))
R("argmax_complex", case({"a":A("complex128",[4],data=[[1,5],[2,-1],[2,3],[0,9]])}, S("argmax")))
R("argmax_complex_nan", case({"a":A("complex64",[3],data=[[1,1],[0,"nan"],[5,0]])}, S("argmax")))
R("argmax_axis1_f_order", case({"a":A("float32",[3,4],"F",data=vals(12))}, S("argmax", axis=1)))
R("argmin_axis0_keepdims", case({"a":A("int16",[3,4],data=[5,1,7,2, 0,9,7,-3, 5,1,-8,2])}, S("argmin", axis=0, keepdims=True)))
R("argmax_transposed_flattens_c_order", case({"a":A("int32",[3,4],data=[0,1,2,3,4,5,6,7,8,11,10,9])}, S("transpose", id="t"), S("argmax","t")))
R("argmax_keepdims_none", case({"a":A("int32",[2,3])}, S("argmax", keepdims=True)))
R("argmax_byteswapped_float16", case({"a":A(">f2",[4],data=[1,5,-2,5])}, S("argmax")))
R("argmax_empty_error", case({"a":A("float32",[0])}, S("argmax")))
R("argmax_empty_axis_error", case({"a":A("float32",[2,0])}, S("argmax", axis=1)))
R("argmax_empty_result_ok", case({"a":A("float32",[0,3])}, S("argmax", axis=1)))
R("argmax_0d_axis0", case({"a":A("float32",[])}, S("argmax", axis=0)))
R("argmax_0d_axis1_error", case({"a":A("float32",[])}, S("argmax", axis=1)))
# any / all
R("any_int", case({"a":A("int8",[2,3],data=[0,0,0,0,5,0])}, S("any", axis=1)))
R("all_float_nan_is_true", case({"a":A("float64",[2],data=["nan",1])}, S("all")))
R("any_complex_imag", case({"a":A("complex64",[2],data=[[0,0],[0,1]])}, S("any")))
R("any_empty_is_false", case({"a":A("int32",[0,2])}, S("any", axis=0)))
R("all_empty_is_true", case({"a":A("int32",[0])}, S("all")))
R("all_keepdims_f_order", case({"a":A("bool",[2,3],"F",data=[True,True,False,True,True,True])}, S("all", axis=0, keepdims=True)))
emit(rows, sys.stdout)

C0, C1 = "/" + "*", "*" + "/"  # comment delimiters, spelled so this script can live in a C comment
# Pairwise summation, bit for bit: x[i] = float32(((i * 7919) % 1000) / 7.0 - 60.0).
x = np.array([((i * 7919) % 1000) / 7.0 - 60.0 for i in range(20000)]).astype(np.float32)
lens = list(range(1, 301)) + [10000, 20000]
print("static const struct pw_row pw_rows[] = {")
for n in lens:
    print(f"    {{{n}, {cstr(float(np.sum(x[:n])).hex())}}},")
print("};")
h = (x / np.float32(8) - np.float32(1.4)).astype(np.float16)
print(f"{C0} float16 sums of float16(x / 8 - 1.4) (float32 arithmetic), in calls of 8192 rounded per call {C1}")
print("static const struct pw_row pw16_rows[] = {")
for n in [7, 100, 5000, 8192, 8193, 10000, 20000]:
    print(f"    {{{n}, {cstr(float(np.sum(h[:n])).hex())}}},")
print("};")
m = x[:360].reshape(40, 9)
print(f"{C0} x[:360].reshape(40, 9).sum(axis=0): row-wise accumulation {C1}")
print("static const char *const sum_axis0_40x9 = " + cstr(" ".join(float(v).hex() for v in m.sum(axis=0))) + ";")
mf = np.asfortranarray(x[:2700].reshape(9, 300))
print(f"{C0} np.asfortranarray(x[:2700].reshape(9, 300)).sum(axis=1) {C1}")
print("static const char *const sum_axis1_9x300_f = " + cstr(" ".join(float(v).hex() for v in mf.sum(axis=1))) + ";")
*/
// clang-format on
