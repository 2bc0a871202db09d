/* Tests of the reference engine's ufuncs (core/src/ref/ref_ufunc.c).
 *
 * The tables were printed by NumPy 1.24.2 run with NPY_PROMOTION_STATE=weak
 * (/usr/bin/python3); the scripts are at the end of this file. Table-driven
 * tests are one Test each looping over their rows (one process per Test
 * keeps Valgrind runs short), and every message names the row.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ndparity/case.h"
#include "ndparity/core.h"
#include "ref_internal.h"

struct resolve_row {
  const char *op;
  const char *codes;
};

struct val_input {
  const char *dtype;
  int n;
  const char *hex;
};

struct val_row {
  const char *op, *dtype, *out_dtype, *hex;
};

/* ------------------------------------------------------------ tables from NumPy */

/* operand kinds: the 14 dtypes (1-element arrays of ones), then Python int 1, float 1.0, complex
 * 1j, bool True, np.complex128(1) */
/* no dtype=, default casting: one code per (first, second) operand kind */
static const struct resolve_row resolve_default[] = {
    {"add",
     "abcdefghijklmnhlnanbbddffhhljklmnblnbncdcdefghijklmnclncnddddffhhlkklmndlndnefefefghikklmneln"
     "enffffffhhllllnnflnfnghghghghilllnnglngnhhhhhhhhllllnnhlnhnilililililllnnilninjjjkklllljklmnj"
     "jmjmkkkkkllllkklmnkkmkmllllllllllllnnllnlnmmmmmnnnnmmnmnmmmmmnnnnnnnnnnnnnnnnnnnhbcdefghijklm"
     "nhlnhnllllllllljklmnllnlnnnnnnnnnnmmnmnnnnnnabcdefghijklmnhlnannnnnnnnnnmmnmnnnnnn"},
    {"subtract",
     "TbcdefghijklmnhlnTnbbddffhhljklmnblnbncdcdefghijklmnclncnddddffhhlkklmndlndnefefefghikklmneln"
     "enffffffhhllllnnflnfnghghghghilllnnglngnhhhhhhhhllllnnhlnhnilililililllnnilninjjjkklllljklmnj"
     "jmjmkkkkkllllkklmnkkmkmllllllllllllnnllnlnmmmmmnnnnmmnmnmmmmmnnnnnnnnnnnnnnnnnnnhbcdefghijklm"
     "nhlnhnllllllllljklmnllnlnnnnnnnnnnmmnmnnnnnnTbcdefghijklmnhlnTnnnnnnnnnnmmnmnnnnnn"},
    {"multiply",
     "abcdefghijklmnhlnanbbddffhhljklmnblnbncdcdefghijklmnclncnddddffhhlkklmndlndnefefefghikklmneln"
     "enffffffhhllllnnflnfnghghghghilllnnglngnhhhhhhhhllllnnhlnhnilililililllnnilninjjjkklllljklmnj"
     "jmjmkkkkkllllkklmnkkmkmllllllllllllnnllnlnmmmmmnnnnmmnmnmmmmmnnnnnnnnnnnnnnnnnnnhbcdefghijklm"
     "nhlnhnllllllllljklmnllnlnnnnnnnnnnmmnmnnnnnnabcdefghijklmnhlnannnnnnnnnnmmnmnnnnnn"},
    {"true_divide",
     "llllllllljklmnllnlnllllllllljklmnllnlnllllllllljklmnllnlnlllllllllkklmnllnlnlllllllllkklmnlln"
     "lnllllllllllllnnllnlnllllllllllllnnllnlnllllllllllllnnllnlnllllllllllllnnllnlnjjjkklllljklmnj"
     "jmjmkkkkkllllkklmnkkmkmllllllllllllnnllnlnmmmmmnnnnmmnmnmmmmmnnnnnnnnnnnnnnnnnnnllllllllljklm"
     "nllnlnllllllllljklmnllnlnnnnnnnnnnmmnmnnnnnnllllllllljklmnllnlnnnnnnnnnnmmnmnnnnnn"},
    {"floor_divide",
     "bbcdefghijklTThlTbTbbddffhhljklTTblTbTcdcdefghijklTTclTcTddddffhhlkklTTdlTdTefefefghikklTTelT"
     "eTffffffhhllllTTflTfTghghghghilllTTglTgThhhhhhhhllllTThlThTilililililllTTilTiTjjjkklllljklTTj"
     "jTjTkkkkkllllkklTTkkTkTllllllllllllTTllTlTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTThbcdefghijklT"
     "ThlThTllllllllljklTTllTlTTTTTTTTTTTTTTTTTTTTbbcdefghijklTThlTbTTTTTTTTTTTTTTTTTTTT"},
    {"remainder",
     "bbcdefghijklTThlTbTbbddffhhljklTTblTbTcdcdefghijklTTclTcTddddffhhlkklTTdlTdTefefefghikklTTelT"
     "eTffffffhhllllTTflTfTghghghghilllTTglTgThhhhhhhhllllTThlThTilililililllTTilTiTjjjkklllljklTTj"
     "jTjTkkkkkllllkklTTkkTkTllllllllllllTTllTlTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTThbcdefghijklT"
     "ThlThTllllllllljklTTllTlTTTTTTTTTTTTTTTTTTTTbbcdefghijklTThlTbTTTTTTTTTTTTTTTTTTTT"},
    {"power",
     "bbcdefghijklmnhlnbnbbddffhhljklmnblnbncdcdefghijklmnclncnddddffhhlkklmndlndnefefefghikklmneln"
     "enffffffhhllllnnflnfnghghghghilllnnglngnhhhhhhhhllllnnhlnhnilililililllnnilninjjjkklllljklmnj"
     "jmjmkkkkkllllkklmnkkmkmllllllllllllnnllnlnmmmmmnnnnmmnmnmmmmmnnnnnnnnnnnnnnnnnnnhbcdefghijklm"
     "nhlnhnllllllllljklmnllnlnnnnnnnnnnmmnmnnnnnnbbcdefghijklmnhlnbnnnnnnnnnnmmnmnnnnnn"},
    {"maximum",
     "abcdefghijklmnhlnanbbddffhhljklmnblnbncdcdefghijklmnclncnddddffhhlkklmndlndnefefefghikklmneln"
     "enffffffhhllllnnflnfnghghghghilllnnglngnhhhhhhhhllllnnhlnhnilililililllnnilninjjjkklllljklmnj"
     "jmjmkkkkkllllkklmnkkmkmllllllllllllnnllnlnmmmmmnnnnmmnmnmmmmmnnnnnnnnnnnnnnnnnnnhbcdefghijklm"
     "nhlnhnllllllllljklmnllnlnnnnnnnnnnmmnmnnnnnnabcdefghijklmnhlnannnnnnnnnnmmnmnnnnnn"},
    {"minimum",
     "abcdefghijklmnhlnanbbddffhhljklmnblnbncdcdefghijklmnclncnddddffhhlkklmndlndnefefefghikklmneln"
     "enffffffhhllllnnflnfnghghghghilllnnglngnhhhhhhhhllllnnhlnhnilililililllnnilninjjjkklllljklmnj"
     "jmjmkkkkkllllkklmnkkmkmllllllllllllnnllnlnmmmmmnnnnmmnmnmmmmmnnnnnnnnnnnnnnnnnnnhbcdefghijklm"
     "nhlnhnllllllllljklmnllnlnnnnnnnnnnmmnmnnnnnnabcdefghijklmnhlnannnnnnnnnnmmnmnnnnnn"},
    {"fmax",
     "abcdefghijklmnhlnanbbddffhhljklmnblnbncdcdefghijklmnclncnddddffhhlkklmndlndnefefefghikklmneln"
     "enffffffhhllllnnflnfnghghghghilllnnglngnhhhhhhhhllllnnhlnhnilililililllnnilninjjjkklllljklmnj"
     "jmjmkkkkkllllkklmnkkmkmllllllllllllnnllnlnmmmmmnnnnmmnmnmmmmmnnnnnnnnnnnnnnnnnnnhbcdefghijklm"
     "nhlnhnllllllllljklmnllnlnnnnnnnnnnmmnmnnnnnnabcdefghijklmnhlnannnnnnnnnnmmnmnnnnnn"},
    {"fmin",
     "abcdefghijklmnhlnanbbddffhhljklmnblnbncdcdefghijklmnclncnddddffhhlkklmndlndnefefefghikklmneln"
     "enffffffhhllllnnflnfnghghghghilllnnglngnhhhhhhhhllllnnhlnhnilililililllnnilninjjjkklllljklmnj"
     "jmjmkkkkkllllkklmnkkmkmllllllllllllnnllnlnmmmmmnnnnmmnmnmmmmmnnnnnnnnnnnnnnnnnnnhbcdefghijklm"
     "nhlnhnllllllllljklmnllnlnnnnnnnnnnmmnmnnnnnnabcdefghijklmnhlnannnnnnnnnnmmnmnnnnnn"},
    {"equal",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"not_equal",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"less",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"less_equal",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"greater",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"greater_equal",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"logical_and",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"logical_or",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"logical_xor",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"bitwise_and",
     "abcdefghiTTTTThTTaTbbddffhhTTTTTTbTTbTcdcdefghiTTTTTcTTcTddddffhhTTTTTTdTTdTefefefghiTTTTTeTT"
     "eTffffffhhTTTTTTfTTfTghghghghiTTTTTgTTgThhhhhhhhTTTTTThTThTiTiTiTiTiTTTTTiTTiTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTThbcdefghiTTTT"
     "ThTThTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTabcdefghiTTTTThTTaTTTTTTTTTTTTTTTTTTTT"},
    {"bitwise_or",
     "abcdefghiTTTTThTTaTbbddffhhTTTTTTbTTbTcdcdefghiTTTTTcTTcTddddffhhTTTTTTdTTdTefefefghiTTTTTeTT"
     "eTffffffhhTTTTTTfTTfTghghghghiTTTTTgTTgThhhhhhhhTTTTTThTThTiTiTiTiTiTTTTTiTTiTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTThbcdefghiTTTT"
     "ThTThTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTabcdefghiTTTTThTTaTTTTTTTTTTTTTTTTTTTT"},
    {"bitwise_xor",
     "abcdefghiTTTTThTTaTbbddffhhTTTTTTbTTbTcdcdefghiTTTTTcTTcTddddffhhTTTTTTdTTdTefefefghiTTTTTeTT"
     "eTffffffhhTTTTTTfTTfTghghghghiTTTTTgTTgThhhhhhhhTTTTTThTThTiTiTiTiTiTTTTTiTTiTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTThbcdefghiTTTT"
     "ThTThTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTabcdefghiTTTTThTTaTTTTTTTTTTTTTTTTTTTT"},
    {"left_shift",
     "bbcdefghiTTTTThTTbTbbddffhhTTTTTTbTTbTcdcdefghiTTTTTcTTcTddddffhhTTTTTTdTTdTefefefghiTTTTTeTT"
     "eTffffffhhTTTTTTfTTfTghghghghiTTTTTgTTgThhhhhhhhTTTTTThTThTiTiTiTiTiTTTTTiTTiTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTThbcdefghiTTTT"
     "ThTThTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTbbcdefghiTTTTThTTbTTTTTTTTTTTTTTTTTTTT"},
    {"right_shift",
     "bbcdefghiTTTTThTTbTbbddffhhTTTTTTbTTbTcdcdefghiTTTTTcTTcTddddffhhTTTTTTdTTdTefefefghiTTTTTeTT"
     "eTffffffhhTTTTTTfTTfTghghghghiTTTTTgTTgThhhhhhhhTTTTTThTThTiTiTiTiTiTTTTTiTTiTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTThbcdefghiTTTT"
     "ThTThTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTbbcdefghiTTTTThTTbTTTTTTTTTTTTTTTTTTTT"},
    {"negative", "TbcdefghijklmnhlnTn"},
    {"positive", "TbcdefghijklmnhlnTn"},
    {"absolute", "abcdefghijklklhllal"},
    {"sign", "TbcdefghijklmnhlnTn"},
    {"sqrt", "jjjkklllljklmnllnjn"},
    {"square", "bbcdefghijklmnhlnbn"},
    {"exp", "jjjkklllljklmnllnjn"},
    {"log", "jjjkklllljklmnllnjn"},
    {"floor", "jjjkklllljklTTllTjT"},
    {"ceil", "jjjkklllljklTTllTjT"},
    {"trunc", "jjjkklllljklTTllTjT"},
    {"rint", "jjjkklllljklmnllnjn"},
    {"logical_not", "aaaaaaaaaaaaaaaaaaa"},
    {"invert", "abcdefghiTTTTThTTaT"},
    {"isnan", "aaaaaaaaaaaaaaaaaaa"},
    {"isinf", "aaaaaaaaaaaaaaaaaaa"},
    {"isfinite", "aaaaaaaaaaaaaaaaaaa"},
};
/* dtype=each of the 14 (rows of the string), casting same_kind, first and second operand from the
 * subset kinds */
static const struct resolve_row resolve_dtype[] = {
    {"add",
     "aCCCCCCCaaaCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCaCCCC"
     "CCCaaaaCCCCCCCaaaaCCCCCCCaaabbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTjjjjjjjCjjTjjjjjjjCjjTjjjjj"
     "jjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTCCCCCCCCCCTjjjjjjjCjjTjjjjjjjCjjTTTTTTTTTTT"
     "TkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTCCCCCCCCCCTkkkk"
     "kkkCkkTkkkkkkkCkkTTTTTTTTTTTTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCl"
     "lTlllllllCllTCCCCCCCCCCTlllllllCllTlllllllCllTTTTTTTTTTTTmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"
     "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnn"},
    {"subtract",
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTjjjjjjjCjjTjjjjjjjCjjTjjjjj"
     "jjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTCCCCCCCCCCTjjjjjjjCjjTjjjjjjjCjjTTTTTTTTTTT"
     "TkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTCCCCCCCCCCTkkkk"
     "kkkCkkTkkkkkkkCkkTTTTTTTTTTTTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCl"
     "lTlllllllCllTCCCCCCCCCCTlllllllCllTlllllllCllTTTTTTTTTTTTmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"
     "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnn"},
    {"multiply",
     "aCCCCCCCaaaCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCaCCCC"
     "CCCaaaaCCCCCCCaaaaCCCCCCCaaabbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTjjjjjjjCjjTjjjjjjjCjjTjjjjj"
     "jjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTCCCCCCCCCCTjjjjjjjCjjTjjjjjjjCjjTTTTTTTTTTT"
     "TkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTCCCCCCCCCCTkkkk"
     "kkkCkkTkkkkkkkCkkTTTTTTTTTTTTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCl"
     "lTlllllllCllTCCCCCCCCCCTlllllllCllTlllllllCllTTTTTTTTTTTTmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"
     "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnn"},
    {"true_divide",
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTjjjjjjjCjjTjjjjjjjCjjTjjjjj"
     "jjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTCCCCCCCCCCTjjjjjjjCjjTjjjjjjjCjjTTTTTTTTTTT"
     "TkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTCCCCCCCCCCTkkkk"
     "kkkCkkTkkkkkkkCkkTTTTTTTTTTTTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCl"
     "lTlllllllCllTCCCCCCCCCCTlllllllCllTlllllllCllTTTTTTTTTTTTmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"
     "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnn"},
    {"floor_divide",
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTjjjjjjjCjjTjjjjjjjCjjTjjjjj"
     "jjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTCCCCCCCCCCTjjjjjjjCjjTjjjjjjjCjjTTTTTTTTTTT"
     "TkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTCCCCCCCCCCTkkkk"
     "kkkCkkTkkkkkkkCkkTTTTTTTTTTTTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCl"
     "lTlllllllCllTCCCCCCCCCCTlllllllCllTlllllllCllTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"remainder",
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTjjjjjjjCjjTjjjjjjjCjjTjjjjj"
     "jjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTCCCCCCCCCCTjjjjjjjCjjTjjjjjjjCjjTTTTTTTTTTT"
     "TkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTCCCCCCCCCCTkkkk"
     "kkkCkkTkkkkkkkCkkTTTTTTTTTTTTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCl"
     "lTlllllllCllTCCCCCCCCCCTlllllllCllTlllllllCllTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"power",
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTjjjjjjjCjjTjjjjjjjCjjTjjjjj"
     "jjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTCCCCCCCCCCTjjjjjjjCjjTjjjjjjjCjjTTTTTTTTTTT"
     "TkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTCCCCCCCCCCTkkkk"
     "kkkCkkTkkkkkkkCkkTTTTTTTTTTTTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCl"
     "lTlllllllCllTCCCCCCCCCCTlllllllCllTlllllllCllTTTTTTTTTTTTmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"
     "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnn"},
    {"maximum",
     "aCCCCCCCaaaCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCaCCCC"
     "CCCaaaaCCCCCCCaaaaCCCCCCCaaabbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTjjjjjjjCjjTjjjjjjjCjjTjjjjj"
     "jjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTCCCCCCCCCCTjjjjjjjCjjTjjjjjjjCjjTTTTTTTTTTT"
     "TkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTCCCCCCCCCCTkkkk"
     "kkkCkkTkkkkkkkCkkTTTTTTTTTTTTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCl"
     "lTlllllllCllTCCCCCCCCCCTlllllllCllTlllllllCllTTTTTTTTTTTTmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"
     "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnn"},
    {"minimum",
     "aCCCCCCCaaaCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCaCCCC"
     "CCCaaaaCCCCCCCaaaaCCCCCCCaaabbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTjjjjjjjCjjTjjjjjjjCjjTjjjjj"
     "jjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTCCCCCCCCCCTjjjjjjjCjjTjjjjjjjCjjTTTTTTTTTTT"
     "TkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTCCCCCCCCCCTkkkk"
     "kkkCkkTkkkkkkkCkkTTTTTTTTTTTTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCl"
     "lTlllllllCllTCCCCCCCCCCTlllllllCllTlllllllCllTTTTTTTTTTTTmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"
     "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnn"},
    {"fmax",
     "aCCCCCCCaaaCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCaCCCC"
     "CCCaaaaCCCCCCCaaaaCCCCCCCaaabbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTjjjjjjjCjjTjjjjjjjCjjTjjjjj"
     "jjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTCCCCCCCCCCTjjjjjjjCjjTjjjjjjjCjjTTTTTTTTTTT"
     "TkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTCCCCCCCCCCTkkkk"
     "kkkCkkTkkkkkkkCkkTTTTTTTTTTTTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCl"
     "lTlllllllCllTCCCCCCCCCCTlllllllCllTlllllllCllTTTTTTTTTTTTmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"
     "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnn"},
    {"fmin",
     "aCCCCCCCaaaCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCaCCCC"
     "CCCaaaaCCCCCCCaaaaCCCCCCCaaabbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTjjjjjjjCjjTjjjjjjjCjjTjjjjj"
     "jjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTjjjjjjjCjjTCCCCCCCCCCTjjjjjjjCjjTjjjjjjjCjjTTTTTTTTTTT"
     "TkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTkkkkkkkCkkTCCCCCCCCCCTkkkk"
     "kkkCkkTkkkkkkkCkkTTTTTTTTTTTTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCllTlllllllCl"
     "lTlllllllCllTCCCCCCCCCCTlllllllCllTlllllllCllTTTTTTTTTTTTmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"
     "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"
     "nnnnnnnnnnnnnnnnnnnn"},
    {"equal",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"not_equal",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"less",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"less_equal",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"greater",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"greater_equal",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"logical_and",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"logical_or",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"logical_xor",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"bitwise_and",
     "aCCCCCCCaaaCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCaCCCC"
     "CCCaaaaCCCCCCCaaaaCCCCCCCaaabbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"bitwise_or",
     "aCCCCCCCaaaCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCaCCCC"
     "CCCaaaaCCCCCCCaaaaCCCCCCCaaabbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"bitwise_xor",
     "aCCCCCCCaaaCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCaCCCC"
     "CCCaaaaCCCCCCCaaaaCCCCCCCaaabbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"left_shift",
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"right_shift",
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTbbbbbCCCbbTCCCCCCCCCC"
     "TCCCCCCCCCCTCCCCCCCCCCTbbbbbCCCbbTbbbbbCCCbbTTTTTTTTTTTTcCcCcCCCccTCCCCCCCCCCTcCcCcCCCccTCCCC"
     "CCCCCCTcCcCcCCCccTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTcCcCcCCCccTcCcCcCCCccTTTTTTTTTTTTdddddCCCd"
     "dTdddddCCCddTdddddCCCddTdddddCCCddTdddddCCCddTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTdddddCCCddTddd"
     "ddCCCddTTTTTTTTTTTTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTeCeCeCCCeeTCCCCCCCCCCTCCCCCCCC"
     "CCTCCCCCCCCCCTeCeCeCCCeeTeCeCeCCCeeTTTTTTTTTTTTfffffCCCffTfffffCCCffTfffffCCCffTfffffCCCffTff"
     "fffCCCffTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTfffffCCCffTfffffCCCffTTTTTTTTTTTTgCgCgCCCggTCCCCCCC"
     "CCCTgCgCgCCCggTCCCCCCCCCCTgCgCgCCCggTCCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTgCgCgCCCggTgCgCgCCCggTT"
     "TTTTTTTTTThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhThhhhhCCChhTCCCCCCCCCCTCCCCCCCCCCTCCCCCC"
     "CCCCThhhhhCCChhThhhhhCCChhTTTTTTTTTTTTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiTCCCCCCCCCCTiCiCiCCCiiT"
     "CCCCCCCCCCTCCCCCCCCCCTCCCCCCCCCCTiCiCiCCCiiTiCiCiCCCiiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTT"},
    {"negative", "TTTTTTTTTTTbbbbbCCCbbTcCcCcCCCccTdddddCCCddTeCeCeCCCeeTfffffCCCffTgCgCgCCCggThhhh"
                 "hCCChhTiCiCiCCCiiTjjjjjjjCjjTkkkkkkkCkkTlllllllCllTmmmmmmmmmmmnnnnnnnnnnn"},
    {"positive", "TTTTTTTTTTTbbbbbCCCbbTcCcCcCCCccTdddddCCCddTeCeCeCCCeeTfffffCCCffTgCgCgCCCggThhhh"
                 "hCCChhTiCiCiCCCiiTjjjjjjjCjjTkkkkkkkCkkTlllllllCllTmmmmmmmmmmmnnnnnnnnnnn"},
    {"absolute", "aCCCCCCCaaabbbbbCCCbbTcCcCcCCCccTdddddCCCddTeCeCeCCCeeTfffffCCCffTgCgCgCCCggThhhh"
                 "hCCChhTiCiCiCCCiiTjjjjjjjCjjTkkkkkkkkkkTlllllllllllTTTTTTTTTTTTTTTTTTTTTT"},
    {"sign", "TTTTTTTTTTTbbbbbCCCbbTcCcCcCCCccTdddddCCCddTeCeCeCCCeeTfffffCCCffTgCgCgCCCggThhhhhCCC"
             "hhTiCiCiCCCiiTjjjjjjjCjjTkkkkkkkCkkTlllllllCllTmmmmmmmmmmmnnnnnnnnnnn"},
    {"sqrt", "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
             "TTTTTTTTTTTTTTjjjjjjjCjjTkkkkkkkCkkTlllllllCllTmmmmmmmmmmmnnnnnnnnnnn"},
    {"square", "TTTTTTTTTTTbbbbbCCCbbTcCcCcCCCccTdddddCCCddTeCeCeCCCeeTfffffCCCffTgCgCgCCCggThhhhhC"
               "CChhTiCiCiCCCiiTjjjjjjjCjjTkkkkkkkCkkTlllllllCllTmmmmmmmmmmmnnnnnnnnnnn"},
    {"exp", "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
            "TTTTTTTTTTTTTjjjjjjjCjjTkkkkkkkCkkTlllllllCllTmmmmmmmmmmmnnnnnnnnnnn"},
    {"log", "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
            "TTTTTTTTTTTTTjjjjjjjCjjTkkkkkkkCkkTlllllllCllTmmmmmmmmmmmnnnnnnnnnnn"},
    {"floor", "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
              "TTTTTTTTTTTTTTTjjjjjjjCjjTkkkkkkkCkkTlllllllCllTTTTTTTTTTTTTTTTTTTTTTT"},
    {"ceil", "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
             "TTTTTTTTTTTTTTjjjjjjjCjjTkkkkkkkCkkTlllllllCllTTTTTTTTTTTTTTTTTTTTTTT"},
    {"trunc", "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
              "TTTTTTTTTTTTTTTjjjjjjjCjjTkkkkkkkCkkTlllllllCllTTTTTTTTTTTTTTTTTTTTTTT"},
    {"rint", "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
             "TTTTTTTTTTTTTTjjjjjjjCjjTkkkkkkkCkkTlllllllCllTmmmmmmmmmmmnnnnnnnnnnn"},
    {"logical_not", "aaaaaaaaaaaTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
                    "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"},
    {"invert", "aCCCCCCCaaabbbbbCCCbbTcCcCcCCCccTdddddCCCddTeCeCeCCCeeTfffffCCCffTgCgCgCCCggThhhhhC"
               "CChhTiCiCiCCCiiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"},
    {"isnan", "aaaaaaaaaaaTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
              "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"},
    {"isinf", "aaaaaaaaaaaTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
              "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"},
    {"isfinite", "aaaaaaaaaaaTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"
                 "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT"},
};
/* casting=no, safe, unsafe (in that order), no dtype=, subset kinds */
static const struct resolve_row resolve_casting[] = {
    {"add",
     "aCCCCCCCCCCCbCCCCCCbCCCCeCCCCCeCCCCChCCCChCCCCCCiCCCiCCCCCCCjCCjjCCCCCCCkCkkCCCCCCCCmmmmCbehi"
     "jkmhlnCCCCCjkmllnCCCCCCCmnnnabehijkmhlnbbfhljkmblnefehikkmelnhhhhlllnhlnililillnilnjjklljkmjj"
     "mkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnnabehijkmhlnbbfhljkmblnefehikkmelnhhhh"
     "lllnhlnililillnilnjjklljkmjjmkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnn"},
    {"subtract",
     "TCCCCCCCCCCCbCCCCCCbCCCCeCCCCCeCCCCChCCCChCCCCCCiCCCiCCCCCCCjCCjjCCCCCCCkCkkCCCCCCCCmmmmCbehi"
     "jkmhlnCCCCCjkmllnCCCCCCCmnnnTbehijkmhlnbbfhljkmblnefehikkmelnhhhhlllnhlnililillnilnjjklljkmjj"
     "mkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnnTbehijkmhlnbbfhljkmblnefehikkmelnhhhh"
     "lllnhlnililillnilnjjklljkmjjmkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnn"},
    {"multiply",
     "aCCCCCCCCCCCbCCCCCCbCCCCeCCCCCeCCCCChCCCChCCCCCCiCCCiCCCCCCCjCCjjCCCCCCCkCkkCCCCCCCCmmmmCbehi"
     "jkmhlnCCCCCjkmllnCCCCCCCmnnnabehijkmhlnbbfhljkmblnefehikkmelnhhhhlllnhlnililillnilnjjklljkmjj"
     "mkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnnabehijkmhlnbbfhljkmblnefehikkmelnhhhh"
     "lllnhlnililillnilnjjklljkmjjmkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnn"},
    {"true_divide",
     "CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCjCCjjCCCCCCCkCkkCCCCCCCCmmmmCCCCC"
     "jkmllnCCCCCjkmllnCCCCCCCmnnnllllljkmllnllllljkmllnlllllkkmllnlllllllnllnlllllllnllnjjklljkmjj"
     "mkkkllkkmkkmmmmnnmmmmmmllllljkmllnllllljkmllnnnnnnmmmnnnllllljkmllnllllljkmllnlllllkkmllnllll"
     "lllnllnlllllllnllnjjklljkmjjmkkkllkkmkkmmmmnnmmmmmmllllljkmllnllllljkmllnnnnnnmmmnnn"},
    {"floor_divide",
     "CCCCCCCTCCTCbCCCCCTbCTCCeCCCCTeCTCCChCCCThCTCCCCiCCTiCTCCCCCjCTjjTCCCCCCkTkkTTTTTTTTTTTTCbehi"
     "jkThlTCCCCCjkTllTTTTTTTTTTTTbbehijkThlTbbfhljkTblTefehikkTelThhhhlllThlTililillTilTjjklljkTjj"
     "TkkkllkkTkkTTTTTTTTTTTThbehijkThlTllllljkTllTTTTTTTTTTTTbbehijkThlTbbfhljkTblTefehikkTelThhhh"
     "lllThlTililillTilTjjklljkTjjTkkkllkkTkkTTTTTTTTTTTThbehijkThlTllllljkTllTTTTTTTTTTTT"},
    {"remainder",
     "CCCCCCCTCCTCbCCCCCTbCTCCeCCCCTeCTCCChCCCThCTCCCCiCCTiCTCCCCCjCTjjTCCCCCCkTkkTTTTTTTTTTTTCbehi"
     "jkThlTCCCCCjkTllTTTTTTTTTTTTbbehijkThlTbbfhljkTblTefehikkTelThhhhlllThlTililillTilTjjklljkTjj"
     "TkkkllkkTkkTTTTTTTTTTTThbehijkThlTllllljkTllTTTTTTTTTTTTbbehijkThlTbbfhljkTblTefehikkTelThhhh"
     "lllThlTililillTilTjjklljkTjjTkkkllkkTkkTTTTTTTTTTTThbehijkThlTllllljkTllTTTTTTTTTTTT"},
    {"power",
     "CCCCCCCCCCCCbCCCCCCbCCCCeCCCCCeCCCCChCCCChCCCCCCiCCCiCCCCCCCjCCjjCCCCCCCkCkkCCCCCCCCmmmmCbehi"
     "jkmhlnCCCCCjkmllnCCCCCCCmnnnbbehijkmhlnbbfhljkmblnefehikkmelnhhhhlllnhlnililillnilnjjklljkmjj"
     "mkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnnbbehijkmhlnbbfhljkmblnefehikkmelnhhhh"
     "lllnhlnililillnilnjjklljkmjjmkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnn"},
    {"maximum",
     "aCCCCCCCCCCCbCCCCCCbCCCCeCCCCCeCCCCChCCCChCCCCCCiCCCiCCCCCCCjCCjjCCCCCCCkCkkCCCCCCCCmmmmCbehi"
     "jkmhlnCCCCCjkmllnCCCCCCCmnnnabehijkmhlnbbfhljkmblnefehikkmelnhhhhlllnhlnililillnilnjjklljkmjj"
     "mkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnnabehijkmhlnbbfhljkmblnefehikkmelnhhhh"
     "lllnhlnililillnilnjjklljkmjjmkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnn"},
    {"minimum",
     "aCCCCCCCCCCCbCCCCCCbCCCCeCCCCCeCCCCChCCCChCCCCCCiCCCiCCCCCCCjCCjjCCCCCCCkCkkCCCCCCCCmmmmCbehi"
     "jkmhlnCCCCCjkmllnCCCCCCCmnnnabehijkmhlnbbfhljkmblnefehikkmelnhhhhlllnhlnililillnilnjjklljkmjj"
     "mkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnnabehijkmhlnbbfhljkmblnefehikkmelnhhhh"
     "lllnhlnililillnilnjjklljkmjjmkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnn"},
    {"fmax",
     "aCCCCCCCCCCCbCCCCCCbCCCCeCCCCCeCCCCChCCCChCCCCCCiCCCiCCCCCCCjCCjjCCCCCCCkCkkCCCCCCCCmmmmCbehi"
     "jkmhlnCCCCCjkmllnCCCCCCCmnnnabehijkmhlnbbfhljkmblnefehikkmelnhhhhlllnhlnililillnilnjjklljkmjj"
     "mkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnnabehijkmhlnbbfhljkmblnefehikkmelnhhhh"
     "lllnhlnililillnilnjjklljkmjjmkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnn"},
    {"fmin",
     "aCCCCCCCCCCCbCCCCCCbCCCCeCCCCCeCCCCChCCCChCCCCCCiCCCiCCCCCCCjCCjjCCCCCCCkCkkCCCCCCCCmmmmCbehi"
     "jkmhlnCCCCCjkmllnCCCCCCCmnnnabehijkmhlnbbfhljkmblnefehikkmelnhhhhlllnhlnililillnilnjjklljkmjj"
     "mkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnnabehijkmhlnbbfhljkmblnefehikkmelnhhhh"
     "lllnhlnililillnilnjjklljkmjjmkkkllkkmkkmmmmnnmmmmmmhbehijkmhlnllllljkmllnnnnnnmmmnnn"},
    {"equal",
     "aCCCCCCCCCCCaCCCCCCaCCCCaCCCCCaCCCCCaCCCCaCCCCCCaCCCaCCCCCCCaCCaaCCCCCCCaCaaCCCCCCCCaaaaCaaaa"
     "aaaaaaCCCCCaaaaaaCCCCCCCaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"not_equal",
     "aCCCCCCCCCCCaCCCCCCaCCCCaCCCCCaCCCCCaCCCCaCCCCCCaCCCaCCCCCCCaCCaaCCCCCCCaCaaCCCCCCCCaaaaCaaaa"
     "aaaaaaCCCCCaaaaaaCCCCCCCaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"less",
     "aCCCCCCCCCCCaCCCCCCaCCCCaCCCCCaCCCCCaCCCCaCCCCCCaCCCaCCCCCCCaCCaaCCCCCCCaCaaCCCCCCCCaaaaCaaaa"
     "aaaaaaCCCCCaaaaaaCCCCCCCaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"less_equal",
     "aCCCCCCCCCCCaCCCCCCaCCCCaCCCCCaCCCCCaCCCCaCCCCCCaCCCaCCCCCCCaCCaaCCCCCCCaCaaCCCCCCCCaaaaCaaaa"
     "aaaaaaCCCCCaaaaaaCCCCCCCaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"greater",
     "aCCCCCCCCCCCaCCCCCCaCCCCaCCCCCaCCCCCaCCCCaCCCCCCaCCCaCCCCCCCaCCaaCCCCCCCaCaaCCCCCCCCaaaaCaaaa"
     "aaaaaaCCCCCaaaaaaCCCCCCCaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"greater_equal",
     "aCCCCCCCCCCCaCCCCCCaCCCCaCCCCCaCCCCCaCCCCaCCCCCCaCCCaCCCCCCCaCCaaCCCCCCCaCaaCCCCCCCCaaaaCaaaa"
     "aaaaaaCCCCCaaaaaaCCCCCCCaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"logical_and",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"logical_or",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"logical_xor",
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"bitwise_and",
     "aCCCCTTTCTTCbCCTTTTbTTCCeCCTTTeTTCCChTTTThTTCTCTiTTTiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTCbehi"
     "TTThTTTTTTTTTTTTTTTTTTTTTTTTabehiTTThTTbbfhTTTTbTTefehiTTTeTThhhhTTTThTTiTiTiTTTiTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTThbehiTTThTTTTTTTTTTTTTTTTTTTTTTTTabehiTTThTTbbfhTTTTbTTefehiTTTeTThhhh"
     "TTTThTTiTiTiTTTiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTThbehiTTThTTTTTTTTTTTTTTTTTTTTTTTT"},
    {"bitwise_or",
     "aCCCCTTTCTTCbCCTTTTbTTCCeCCTTTeTTCCChTTTThTTCTCTiTTTiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTCbehi"
     "TTThTTTTTTTTTTTTTTTTTTTTTTTTabehiTTThTTbbfhTTTTbTTefehiTTTeTThhhhTTTThTTiTiTiTTTiTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTThbehiTTThTTTTTTTTTTTTTTTTTTTTTTTTabehiTTThTTbbfhTTTTbTTefehiTTTeTThhhh"
     "TTTThTTiTiTiTTTiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTThbehiTTThTTTTTTTTTTTTTTTTTTTTTTTT"},
    {"bitwise_xor",
     "aCCCCTTTCTTCbCCTTTTbTTCCeCCTTTeTTCCChTTTThTTCTCTiTTTiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTCbehi"
     "TTThTTTTTTTTTTTTTTTTTTTTTTTTabehiTTThTTbbfhTTTTbTTefehiTTTeTThhhhTTTThTTiTiTiTTTiTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTThbehiTTThTTTTTTTTTTTTTTTTTTTTTTTTabehiTTThTTbbfhTTTTbTTefehiTTTeTThhhh"
     "TTTThTTiTiTiTTTiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTThbehiTTThTTTTTTTTTTTTTTTTTTTTTTTT"},
    {"left_shift",
     "CCCCCTTTCTTCbCCTTTTbTTCCeCCTTTeTTCCChTTTThTTCTCTiTTTiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTCbehi"
     "TTThTTTTTTTTTTTTTTTTTTTTTTTTbbehiTTThTTbbfhTTTTbTTefehiTTTeTThhhhTTTThTTiTiTiTTTiTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTThbehiTTThTTTTTTTTTTTTTTTTTTTTTTTTbbehiTTThTTbbfhTTTTbTTefehiTTTeTThhhh"
     "TTTThTTiTiTiTTTiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTThbehiTTThTTTTTTTTTTTTTTTTTTTTTTTT"},
    {"right_shift",
     "CCCCCTTTCTTCbCCTTTTbTTCCeCCTTTeTTCCChTTTThTTCTCTiTTTiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTCbehi"
     "TTThTTTTTTTTTTTTTTTTTTTTTTTTbbehiTTThTTbbfhTTTTbTTefehiTTTeTThhhhTTTThTTiTiTiTTTiTTTTTTTTTTTT"
     "TTTTTTTTTTTTTTTTTTTTTTThbehiTTThTTTTTTTTTTTTTTTTTTTTTTTTbbehiTTThTTbbfhTTTTbTTefehiTTTeTThhhh"
     "TTTThTTiTiTiTTTiTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTThbehiTTThTTTTTTTTTTTTTTTTTTTTTTTT"},
    {"negative", "TbehijkmhlnTbehijkmhlnTbehijkmhln"},
    {"positive", "TbehijkmhlnTbehijkmhlnTbehijkmhln"},
    {"absolute", "abehijkkhllabehijkkhllabehijkkhll"},
    {"sign", "TbehijkmhlnTbehijkmhlnTbehijkmhln"},
    {"sqrt", "CCCCCjkmllnjjklljkmllnjjklljkmlln"},
    {"square", "Cbehijkmhlnbbehijkmhlnbbehijkmhln"},
    {"exp", "CCCCCjkmllnjjklljkmllnjjklljkmlln"},
    {"log", "CCCCCjkmllnjjklljkmllnjjklljkmlln"},
    {"floor", "CCCCCjkTllTjjklljkTllTjjklljkTllT"},
    {"ceil", "CCCCCjkTllTjjklljkTllTjjklljkTllT"},
    {"trunc", "CCCCCjkTllTjjklljkTllTjjklljkTllT"},
    {"rint", "CCCCCjkmllnjjklljkmllnjjklljkmlln"},
    {"logical_not", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"invert", "abehiTTThTTabehiTTThTTabehiTTThTT"},
    {"isnan", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"isinf", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"isfinite", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
};

/* input values per dtype (native bytes) */
static const struct val_input val_inputs[] = {
    {"bool", 2, "0001"},
    {"int8", 8, "0001ff07807f08fd"},
    {"uint64", 8,
     "0000000000000000010000000000000002000000000000003f000000000000004000000000000000fffffffffffff"
     "fff00000000000000800a00000000000000"},
    {"float16", 8, "00000080003c00c1ff7b0100007c007e"},
    {"float64", 8,
     "00000000000000000000000000000080000000000000e03f00000000000008c00000000000001d409c7500883ce43"
     "77e000000000000f0ff000000000000f87f"},
    {"complex128", 8,
     "0000000000000000000000000000000000000000000000800000000000000000000000000000f03f0000000000000"
     "04000000000000004c0000000000000e03f000000000000f07f000000000000f03f000000000000f87f0000000000"
     "000000000000000000000000000000000008400000000000000000000000000000f0ff"},
};
/* op, input dtype, result dtype, result bytes (binary: all pairs, first operand major; "" when
 * NumPy raises) */
static const struct val_row val_rows[] = {
    {"add", "bool", "bool", "00010101"},
    {"add", "int8", "int8",
     "0001ff07807f08fd01020008818009feff00fe067f7e07fc0708060e87860f0480817f8700ff887d7f807e86fffe8"
     "77c0809070f88871005fdfefc047d7c05fa"},
    {"add", "uint64", "uint64",
     "0000000000000000010000000000000002000000000000003f000000000000004000000000000000fffffffffffff"
     "fff00000000000000800a000000000000000100000000000000020000000000000003000000000000004000000000"
     "0000004100000000000000000000000000000001000000000000800b0000000000000002000000000000000300000"
     "000000000040000000000000041000000000000004200000000000000010000000000000002000000000000800c00"
     "0000000000003f00000000000000400000000000000041000000000000007e000000000000007f000000000000003"
     "e000000000000003f0000000000008049000000000000004000000000000000410000000000000042000000000000"
     "007f0000000000000080000000000000003f0000000000000040000000000000804a00000000000000fffffffffff"
     "fffff000000000000000001000000000000003e000000000000003f00000000000000feffffffffffffffffffffff"
     "ffffff7f09000000000000000000000000000080010000000000008002000000000000803f0000000000008040000"
     "00000000080ffffffffffffff7f00000000000000000a000000000000800a000000000000000b000000000000000c"
     "0000000000000049000000000000004a0000000000000009000000000000000a00000000000080140000000000000"
     "0"},
    {"add", "float16", "float16",
     "00000000003c00c1ff7b0100007c007e00000080003c00c1ff7b0100007c007e003c003c004000beff7b003c007c0"
     "07e00c100c100be00c5ff7b00c1007c007eff7bff7bff7bff7b007cff7b007c007e01000100003c00c1ff7b020000"
     "7c007e007c007c007c007c007c007c007c007e007e007e007e007e007e007e007e007e"},
    {"add", "float64", "float64",
     "00000000000000000000000000000000000000000000e03f00000000000008c00000000000001d409c7500883ce43"
     "77e000000000000f0ff000000000000f87f00000000000000000000000000000080000000000000e03f0000000000"
     "0008c00000000000001d409c7500883ce4377e000000000000f0ff000000000000f87f000000000000e03f0000000"
     "00000e03f000000000000f03f00000000000004c00000000000001f409c7500883ce4377e000000000000f0ff0000"
     "00000000f87f00000000000008c000000000000008c000000000000004c000000000000018c000000000000011409"
     "c7500883ce4377e000000000000f0ff000000000000f87f0000000000001d400000000000001d400000000000001f"
     "4000000000000011400000000000002d409c7500883ce4377e000000000000f0ff000000000000f87f9c7500883ce"
     "4377e9c7500883ce4377e9c7500883ce4377e9c7500883ce4377e9c7500883ce4377e9c7500883ce4477e00000000"
     "0000f0ff000000000000f87f000000000000f0ff000000000000f0ff000000000000f0ff000000000000f0ff00000"
     "0000000f0ff000000000000f0ff000000000000f0ff000000000000f87f000000000000f87f000000000000f87f00"
     "0000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87"
     "f"},
    {"add", "complex128", "complex128",
     "0000000000000000000000000000000000000000000000000000000000000000000000000000f03f0000000000000"
     "04000000000000004c0000000000000e03f000000000000f07f000000000000f03f000000000000f87f0000000000"
     "000000000000000000000000000000000008400000000000000000000000000000f0ff00000000000000000000000"
     "00000000000000000000000800000000000000000000000000000f03f000000000000004000000000000004c00000"
     "00000000e03f000000000000f07f000000000000f03f000000000000f87f000000000000000000000000000000000"
     "0000000000008400000000000000000000000000000f0ff000000000000f03f0000000000000040000000000000f0"
     "3f000000000000004000000000000000400000000000001040000000000000f8bf000000000000044000000000000"
     "0f07f0000000000000840000000000000f87f0000000000000040000000000000f03f000000000000144000000000"
     "0000f03f000000000000f0ff00000000000004c0000000000000e03f00000000000004c0000000000000e03f00000"
     "0000000f8bf000000000000044000000000000014c0000000000000f03f000000000000f07f000000000000f83f00"
     "0000000000f87f000000000000e03f00000000000004c00000000000000c4000000000000004c0000000000000f0f"
     "f000000000000f07f000000000000f03f000000000000f07f000000000000f03f000000000000f07f000000000000"
     "0840000000000000f07f000000000000f83f000000000000f07f0000000000000040000000000000f87f000000000"
     "000f03f000000000000f07f0000000000001040000000000000f07f000000000000f0ff000000000000f87f000000"
     "0000000000000000000000f87f0000000000000000000000000000f87f0000000000000040000000000000f87f000"
     "000000000e03f000000000000f87f000000000000f03f000000000000f87f0000000000000000000000000000f87f"
     "0000000000000840000000000000f87f000000000000f0ff000000000000000000000000000008400000000000000"
     "0000000000000000840000000000000f03f000000000000144000000000000004c00000000000000c400000000000"
     "00f07f0000000000001040000000000000f87f0000000000000840000000000000000000000000000018400000000"
     "000000000000000000000f0ff0000000000000000000000000000f0ff0000000000000000000000000000f0ff0000"
     "00000000f03f000000000000f0ff00000000000004c0000000000000f0ff000000000000f07f000000000000f0ff0"
     "00000000000f87f000000000000f0ff0000000000000000000000000000f0ff0000000000000000000000000000f0"
     "ff"},
    {"subtract", "bool", NULL, ""},
    {"subtract", "int8", "int8",
     "00ff01f98081f803010002fa8182f904fffe00f87f80f702070608008788ff0a807f8179000178837f7e8078ff007"
     "782080709018889000bfdfcfef67d7ef500"},
    {"subtract", "uint64", "uint64",
     "0000000000000000fffffffffffffffffeffffffffffffffc1ffffffffffffffc0ffffffffffffff0100000000000"
     "0000000000000000080f6ffffffffffffff01000000000000000000000000000000ffffffffffffffffc2ffffffff"
     "ffffffc1ffffffffffffff02000000000000000100000000000080f7ffffffffffffff02000000000000000100000"
     "0000000000000000000000000c3ffffffffffffffc2ffffffffffffff03000000000000000200000000000080f8ff"
     "ffffffffffff3f000000000000003e000000000000003d000000000000000000000000000000ffffffffffffffff4"
     "0000000000000003f00000000000080350000000000000040000000000000003f000000000000003e000000000000"
     "0001000000000000000000000000000000410000000000000040000000000000803600000000000000fffffffffff"
     "ffffffefffffffffffffffdffffffffffffffc0ffffffffffffffbfffffffffffffff0000000000000000ffffffff"
     "ffffff7ff5ffffffffffffff0000000000000080ffffffffffffff7ffeffffffffffff7fc1ffffffffffff7fc0fff"
     "fffffffff7f01000000000000800000000000000000f6ffffffffffff7f0a00000000000000090000000000000008"
     "00000000000000cbffffffffffffffcaffffffffffffff0b000000000000000a00000000000080000000000000000"
     "0"},
    {"subtract", "float16", "float16",
     "0000000000bc0041fffb018000fc007e0080000000bc0041fffb018000fc007e003c003c00000043fffb003c00fc0"
     "07e00c100c100c30000fffb00c100fc007eff7bff7bff7bff7b0000ff7b00fc007e0100010000bc0041fffb000000"
     "fc007e007c007c007c007c007c007c00fe007e007e007e007e007e007e007e007e007e"},
    {"subtract", "float64", "float64",
     "00000000000000000000000000000000000000000000e0bf00000000000008400000000000001dc09c7500883ce43"
     "7fe000000000000f07f000000000000f87f00000000000000800000000000000000000000000000e0bf0000000000"
     "0008400000000000001dc09c7500883ce437fe000000000000f07f000000000000f87f000000000000e03f0000000"
     "00000e03f00000000000000000000000000000c400000000000001bc09c7500883ce437fe000000000000f07f0000"
     "00000000f87f00000000000008c000000000000008c00000000000000cc0000000000000000000000000008024c09"
     "c7500883ce437fe000000000000f07f000000000000f87f0000000000001d400000000000001d400000000000001b"
     "40000000000080244000000000000000009c7500883ce437fe000000000000f07f000000000000f87f9c7500883ce"
     "4377e9c7500883ce4377e9c7500883ce4377e9c7500883ce4377e9c7500883ce4377e000000000000000000000000"
     "0000f07f000000000000f87f000000000000f0ff000000000000f0ff000000000000f0ff000000000000f0ff00000"
     "0000000f0ff000000000000f0ff000000000000f8ff000000000000f87f000000000000f87f000000000000f87f00"
     "0000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87"
     "f"},
    {"subtract", "complex128", "complex128",
     "0000000000000000000000000000000000000000000000000000000000000000000000000000f0bf0000000000000"
     "0c00000000000000440000000000000e0bf000000000000f0ff000000000000f0bf000000000000f87f0000000000"
     "000000000000000000000000000000000008c00000000000000000000000000000f07f00000000000000800000000"
     "00000000000000000000000000000000000000000000000000000f0bf00000000000000c000000000000004400000"
     "00000000e0bf000000000000f0ff000000000000f0bf000000000000f87f000000000000000000000000000000800"
     "0000000000008c00000000000000080000000000000f07f000000000000f03f0000000000000040000000000000f0"
     "3f0000000000000040000000000000000000000000000000000000000000000c40000000000000f83f00000000000"
     "0f0ff000000000000f03f000000000000f87f0000000000000040000000000000f03f000000000000f0bf00000000"
     "0000f03f000000000000f07f00000000000004c0000000000000e03f00000000000004c0000000000000e03f00000"
     "00000000cc0000000000000f8bf00000000000000000000000000000000000000000000f0ff000000000000e0bf00"
     "0000000000f87f000000000000e03f00000000000004c000000000000004c000000000000004c0000000000000f07"
     "f000000000000f07f000000000000f03f000000000000f07f000000000000f03f000000000000f07f000000000000"
     "f0bf000000000000f07f000000000000e03f000000000000f8ff0000000000000000000000000000f87f000000000"
     "000f03f000000000000f07f00000000000000c0000000000000f07f000000000000f07f000000000000f87f000000"
     "0000000000000000000000f87f0000000000000000000000000000f87f00000000000000c0000000000000f87f000"
     "000000000e0bf000000000000f87f000000000000f0bf000000000000f87f0000000000000000000000000000f87f"
     "00000000000008c0000000000000f87f000000000000f07f000000000000000000000000000008400000000000000"
     "0000000000000000840000000000000f0bf000000000000f03f000000000000044000000000000004400000000000"
     "00f0ff0000000000000040000000000000f87f0000000000000840000000000000000000000000000000000000000"
     "000000000000000000000f07f0000000000000000000000000000f0ff0000000000000000000000000000f0ff0000"
     "00000000f0bf000000000000f0ff0000000000000440000000000000f0ff000000000000f0ff000000000000f0ff0"
     "00000000000f87f000000000000f0ff0000000000000000000000000000f0ff0000000000000000000000000000f8"
     "ff"},
    {"multiply", "bool", "bool", "00000001"},
    {"multiply", "int8", "int8",
     "00000000000000000001ff07807f08fd00ff01f98081f8030007f931807938eb0080808000800080007f81798001f"
     "8830008f83800f840e800fd03eb8083e809"},
    {"multiply", "uint64", "uint64",
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000010000000000000002000000000000003f00000000"
     "0000004000000000000000ffffffffffffffff00000000000000800a0000000000000000000000000000000200000"
     "00000000004000000000000007e000000000000008000000000000000feffffffffffffff00000000000000001400"
     "00000000000000000000000000003f000000000000007e00000000000000810f000000000000c00f000000000000c"
     "1ffffffffffffff000000000000008076020000000000000000000000000000400000000000000080000000000000"
     "00c00f0000000000000010000000000000c0ffffffffffffff0000000000000000800200000000000000000000000"
     "00000fffffffffffffffffeffffffffffffffc1ffffffffffffffc0ffffffffffffff010000000000000000000000"
     "00000080f6ffffffffffffff000000000000000000000000000000800000000000000000000000000000008000000"
     "0000000000000000000000000800000000000000000000000000000000000000000000000000a0000000000000014"
     "0000000000000076020000000000008002000000000000f6ffffffffffffff0000000000000000640000000000000"
     "0"},
    {"multiply", "float16", "float16",
     "00000080000000800000000000fe007e00800000008000000080008000fe007e00000080003c00c1ff7b0100007c0"
     "07e0080000000c1404600fc028000fc007e00000080ff7b00fc007cff1b007c007e0000008001000280ff1b000000"
     "7c007e00fe00fe007c00fc007c007c007c007e007e007e007e007e007e007e007e007e"},
    {"multiply", "float64", "float64",
     "000000000000000000000000000000800000000000000000000000000000008000000000000000000000000000000"
     "000000000000000f8ff000000000000f87f0000000000000080000000000000000000000000000000800000000000"
     "00000000000000000000800000000000000080000000000000f8ff000000000000f87f00000000000000000000000"
     "000000080000000000000d03f000000000000f8bf0000000000000d409c7500883ce4277e000000000000f0ff0000"
     "00000000f87f00000000000000800000000000000000000000000000f8bf00000000000022400000000000c035c03"
     "55800662deb51fe000000000000f07f000000000000f87f000000000000000000000000000000800000000000000d"
     "400000000000c035c00000000000484a40956a40dbd6a6657e000000000000f0ff000000000000f87f00000000000"
     "0000000000000000000809c7500883ce4277e355800662deb51fe956a40dbd6a6657e000000000000f07f00000000"
     "0000f0ff000000000000f87f000000000000f8ff000000000000f8ff000000000000f0ff000000000000f07f00000"
     "0000000f0ff000000000000f0ff000000000000f07f000000000000f87f000000000000f87f000000000000f87f00"
     "0000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87"
     "f"},
    {"multiply", "complex128", "complex128",
     "000000000000000000000000000000000000000000000080000000000000000000000000000000000000000000000"
     "00000000000000000800000000000000000000000000000f8ff000000000000f8ff000000000000f87f0000000000"
     "00f87f00000000000000000000000000000000000000000000f8ff000000000000f8ff00000000000000800000000"
     "000000000000000000000000000000000000000800000000000000080000000000000000000000000000000000000"
     "000000000080000000000000f8ff000000000000f8ff000000000000f87f000000000000f87f00000000000000800"
     "000000000000000000000000000f8ff000000000000f8ff0000000000000000000000000000000000000000000000"
     "80000000000000000000000000000008c000000000000010400000000000000cc000000000000012c000000000000"
     "0f07f000000000000f07f000000000000f87f000000000000f87f00000000000018c0000000000000084000000000"
     "0000f07f000000000000f0ff000000000000008000000000000000000000000000000000000000000000008000000"
     "00000000cc000000000000012c0000000000000184000000000000004c0000000000000f0ff000000000000f07f00"
     "0000000000f87f000000000000f87f000000000000f8bf0000000000001ec0000000000000f07f000000000000f07"
     "f000000000000f8ff000000000000f8ff000000000000f8ff000000000000f8ff000000000000f07f000000000000"
     "f07f000000000000f0ff000000000000f07f000000000000f07f000000000000f07f000000000000f87f000000000"
     "000f87f000000000000f8ff000000000000f07f000000000000f8ff000000000000f0ff000000000000f87f000000"
     "000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000"
     "000000000f87f000000000000f87f000000000000f8ff000000000000f87f000000000000f87f000000000000f87f"
     "000000000000f87f000000000000f87f000000000000f87f000000000000000000000000000000000000000000000"
     "080000000000000000000000000000018c00000000000000840000000000000f8bf0000000000001ec00000000000"
     "00f8ff000000000000f07f000000000000f87f000000000000f87f00000000000022c000000000000000000000000"
     "00000f07f000000000000f8ff000000000000f8ff000000000000f8ff000000000000f8ff000000000000f8ff0000"
     "00000000f07f000000000000f0ff000000000000f07f000000000000f07f000000000000f8ff000000000000f0ff0"
     "00000000000f87f000000000000f87f000000000000f07f000000000000f8ff000000000000f0ff000000000000f8"
     "ff"},
    {"true_divide", "bool", "float64",
     "000000000000f8ff0000000000000000000000000000f07f000000000000f03f"},
    {"true_divide", "int8", "float64",
     "000000000000f8ff00000000000000000000000000000080000000000000000000000000000000800000000000000"
     "00000000000000000000000000000000080000000000000f07f000000000000f03f000000000000f0bf9224499224"
     "49c23f00000000000080bf080402814020803f000000000000c03f555555555555d5bf000000000000f0ff0000000"
     "00000f0bf000000000000f03f922449922449c2bf000000000000803f08040281402080bf000000000000c0bf5555"
     "55555555d53f000000000000f07f0000000000001c400000000000001cc0000000000000f03f000000000000acbf0"
     "e87c3e17038ac3f000000000000ec3fabaaaaaaaaaa02c0000000000000f0ff00000000000060c000000000000060"
     "4092244992244932c0000000000000f03f080402814020f0bf00000000000030c0555555555555454000000000000"
     "0f07f0000000000c05f400000000000c05fc049922449922432400000000000c0efbf000000000000f03f00000000"
     "00c02f40abaaaaaaaa2a45c0000000000000f07f000000000000204000000000000020c0922449922449f23f00000"
     "0000000b0bf080402814020b03f000000000000f03f55555555555505c0000000000000f0ff00000000000008c000"
     "00000000000840dbb66ddbb66ddbbf000000000000983f0c0683c1603098bf000000000000d8bf000000000000f03"
     "f"},
    {"true_divide", "uint64", "float64",
     "000000000000f8ff00000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000000000000000000000000000000000000f07f000000000000f03f000000000000e03f1004411004"
     "41903f000000000000903f000000000000f03b000000000000003c9a9999999999b93f000000000000f07f0000000"
     "000000040000000000000f03f100441100441a03f000000000000a03f000000000000003c000000000000103c9a99"
     "99999999c93f000000000000f07f0000000000804f400000000000803f40000000000000f03f000000000080ef3f0"
     "000000000804f3c0000000000805f3c3333333333331940000000000000f07f000000000000504000000000000040"
     "40100441100441f03f000000000000f03f000000000000503c000000000000603c9a9999999999194000000000000"
     "0f07f000000000000f043000000000000e04310044110044190430000000000009043000000000000f03f00000000"
     "000000409a9999999999b943000000000000f07f000000000000e043000000000000d043100441100441804300000"
     "00000008043000000000000e03f000000000000f03f9a9999999999a943000000000000f07f000000000000244000"
     "00000000001440144551144551c43f000000000000c43f000000000000243c000000000000343c000000000000f03"
     "f"},
    {"true_divide", "float16", "float16",
     "00fe00fe00000080000000000000007e00fe00fe00800000008000800080007e007c00fc003c66b60001007c00000"
     "07e00fc007c00c1003c808200fc0080007e007c00fcff7b66f6003c007c0000007e007c00fc010000800000003c00"
     "00007e007c00fc007c00fc007c007c00fe007e007e007e007e007e007e007e007e007e"},
    {"true_divide", "float64", "float64",
     "000000000000f8ff000000000000f8ff0000000000000000000000000000008000000000000000000000000000000"
     "0000000000000000080000000000000f87f000000000000f8ff000000000000f8ff00000000000000800000000000"
     "000000000000000000008000000000000000800000000000000000000000000000f87f000000000000f07f0000000"
     "00000f0ff000000000000f03f555555555555c5bf967b1a61b9a7b13f59f3f8c21f6e950100000000000000800000"
     "00000000f87f000000000000f0ff000000000000f07f00000000000018c0000000000000f03f61b9a711967bdabf8"
     "2b63ad29712c0810000000000000000000000000000f87f000000000000f07f000000000000f0ff0000000000002d"
     "4055555555555503c0000000000000f03f889cb1c8cc6bd3010000000000000080000000000000f87f00000000000"
     "0f07f000000000000f0ff9c7500883ce4477ed09c0060fbda1ffeac204758f35c0a7e000000000000f03f00000000"
     "00000080000000000000f87f000000000000f0ff000000000000f07f000000000000f0ff000000000000f07f00000"
     "0000000f0ff000000000000f0ff000000000000f8ff000000000000f87f000000000000f87f000000000000f87f00"
     "0000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87"
     "f"},
    {"true_divide", "complex128", "complex128",
     "000000000000f8ff000000000000f8ff000000000000f8ff000000000000f8ff00000000000000000000000000000"
     "0000000000000000080000000000000008000000000000000000000000000000000000000000000f87f0000000000"
     "00f87f0000000000000000000000000000000000000000000000800000000000000000000000000000f8ff0000000"
     "00000f8ff000000000000f8ff000000000000f8ff0000000000000000000000000000000000000000000000000000"
     "00000000008000000000000000000000000000000000000000000000f87f000000000000f87f00000000000000000"
     "00000000000000000000000000000800000000000000080000000000000f07f000000000000f07f000000000000f0"
     "7f000000000000f07f000000000000f03f00000000000000009cd8899dd889cdbf3bb1133bb113ebbf00000000000"
     "000000000000000000000000000000000f87f000000000000f87f555555555555e53f555555555555d5bf00000000"
     "000000800000000000000000000000000000f0ff000000000000f07f000000000000f0ff000000000000f07f34333"
     "3333333d3bf9a9999999999f13f000000000000f03f00000000000000800000000000000080000000000000000000"
     "0000000000f87f000000000000f87f555555555555c53faaaaaaaaaaaaea3f0000000000000080000000000000008"
     "0000000000000f07f000000000000f07f000000000000f07f000000000000f07f000000000000f07f000000000000"
     "f0ff000000000000f0ff000000000000f0ff000000000000f8ff000000000000f8ff000000000000f87f000000000"
     "000f87f000000000000f8ff000000000000f0ff000000000000f8ff000000000000f8ff000000000000f87f000000"
     "000000f8ff000000000000f87f000000000000f8ff000000000000f87f000000000000f87f000000000000f87f000"
     "000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f"
     "000000000000f87f000000000000f87f000000000000f87f000000000000f8ff000000000000f07f000000000000f"
     "8ff000000000000f07f343333333333f33f343333333333e33f9ed8899dd889cd3f622776622776f2bf0000000000"
     "0000000000000000000000000000000000f87f000000000000f87f000000000000f03f00000000000000000000000"
     "0000000800000000000000000000000000000f8ff000000000000f0ff000000000000f8ff000000000000f0ff0000"
     "00000000f0ff000000000000f0ff000000000000f0ff000000000000f07f000000000000f8ff000000000000f8ff0"
     "00000000000f87f000000000000f87f000000000000f0ff000000000000f8ff000000000000f8ff000000000000f8"
     "ff"},
    {"floor_divide", "bool", "int8", "00000001"},
    {"floor_divide", "int8", "int8",
     "00000000000000000001ff00ff0000ff00ff01ff00ffff000007f901ff0000fd008080ed01fef02a007f8112ff010"
     "fd50008f801ff0001fd00fd03ff00ffff01"},
    {"floor_divide", "uint64", "uint64",
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000200000"
     "000000000010000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000000000000000003f000000000000001f00000000000000010000000000000000000000000000000"
     "000000000000000000000000000000006000000000000000000000000000000400000000000000020000000000000"
     "000100000000000000010000000000000000000000000000000000000000000000060000000000000000000000000"
     "00000ffffffffffffffffffffffffffffff7f1004411004411004ffffffffffffff03010000000000000001000000"
     "000000009999999999999919000000000000000000000000000000800000000000000040088220088220080200000"
     "0000000000200000000000000000100000000000000cccccccccccccc0c00000000000000000a0000000000000005"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000010000000000000"
     "0"},
    {"floor_divide", "float16", "float16",
     "00fe00fe00000080000000000000007e00fe00fe00800000008000800080007e007c00fc003c00bc0000007c00000"
     "07e00fc007c00c2003c00bc00fc00bc007e007c00fcff7b66f6003c007c0000007e007c00fc000000bc0000003c00"
     "00007e007c00fc00fe00fe00fe00fe00fe007e007e007e007e007e007e007e007e007e"},
    {"floor_divide", "float64", "float64",
     "000000000000f8ff000000000000f8ff0000000000000000000000000000008000000000000000000000000000000"
     "0000000000000000080000000000000f87f000000000000f8ff000000000000f8ff00000000000000800000000000"
     "000000000000000000008000000000000000800000000000000000000000000000f87f000000000000f07f0000000"
     "00000f0ff000000000000f03f000000000000f0bf00000000000000000000000000000000000000000000f0bf0000"
     "00000000f87f000000000000f0ff000000000000f07f00000000000018c0000000000000f03f000000000000f0bf0"
     "00000000000f0bf0000000000000000000000000000f87f000000000000f07f000000000000f0ff0000000000002c"
     "4000000000000008c0000000000000f03f0000000000000000000000000000f0bf000000000000f87f00000000000"
     "0f07f000000000000f0ff9c7500883ce4477ed09c0060fbda1ffeac204758f35c0a7e000000000000f03f00000000"
     "0000f0bf000000000000f87f000000000000f0ff000000000000f07f000000000000f8ff000000000000f8ff00000"
     "0000000f8ff000000000000f8ff000000000000f8ff000000000000f87f000000000000f87f000000000000f87f00"
     "0000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87"
     "f"},
    {"floor_divide", "complex128", NULL, ""},
    {"remainder", "bool", "int8", "00000000"},
    {"remainder", "int8", "int8",
     "000000000000000000000001810101fe00000006ff7e07ff00000000870707fe00000005007e00fe00000001ff000"
     "7fe00000001880800ff00000004fd7c0500"},
    {"remainder", "uint64", "uint64",
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000001000000000000000100000000"
     "000000010000000000000001000000000000000100000000000000010000000000000000000000000000000000000"
     "000000000000000000000000002000000000000000200000000000000020000000000000002000000000000000200"
     "00000000000000000000000000000000000000000000010000000000000000000000000000003f000000000000003"
     "f000000000000003f0000000000000003000000000000000000000000000000000000000000000000000000000000"
     "000100000000000000000000000000000040000000000000004000000000000000040000000000000000000000000"
     "00000000000000000000001000000000000000f000000000000003f000000000000000000000000000000ffffffff"
     "ffffff7f0500000000000000000000000000000000000000000000000000000000000000080000000000000000000"
     "000000000000000000000000080000000000000000008000000000000000000000000000000000000000000000000"
     "000000000000000a000000000000000a000000000000000a000000000000000a00000000000000000000000000000"
     "0"},
    {"remainder", "float16", "float16",
     "00fe00fe00000080000000000000007e00fe00fe00000080000000000000007e00fe00fe000000be003c0000003c0"
     "07e00fe00fe00380080ff7b0000007c007e00fe00fe000000bc00000000ff7b007e00fe00fe010000c10100000001"
     "00007e00fe00fe00fe00fe00fe00fe00fe007e007e007e007e007e007e007e007e007e"},
    {"remainder", "float64", "float64",
     "000000000000f8ff000000000000f8ff0000000000000000000000000000008000000000000000000000000000000"
     "0000000000000000080000000000000f87f000000000000f8ff000000000000f8ff00000000000000000000000000"
     "000080000000000000000000000000000000000000000000000080000000000000f87f000000000000f8ff0000000"
     "00000f8ff000000000000000000000000000004c0000000000000e03f000000000000e03f000000000000f0ff0000"
     "00000000f87f000000000000f8ff000000000000f8ff0000000000000000000000000000008000000000000011409"
     "c7500883ce4377e00000000000008c0000000000000f87f000000000000f8ff000000000000f8ff000000000000d0"
     "3f000000000000fcbf00000000000000000000000000001d40000000000000f0ff000000000000f87f00000000000"
     "0f8ff000000000000f8ff000000000000000000000000000000800000000000001a40000000000000000000000000"
     "0000f0ff000000000000f87f000000000000f8ff000000000000f8ff000000000000f8ff000000000000f8ff00000"
     "0000000f8ff000000000000f8ff000000000000f8ff000000000000f87f000000000000f87f000000000000f87f00"
     "0000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87"
     "f"},
    {"remainder", "complex128", NULL, ""},
    {"power", "bool", "int8", "01000101"},
    {"power", "int8", "int8",
     "0100000000010101010101ffffff010107f7b7c10180000000017f7f7f01010800000001fd7555a1"},
    {"power", "uint64", "uint64",
     "010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000100000000000000010000000000000001000000000000000100000000"
     "000000010000000000000001000000000000000100000000000000010000000000000001000000000000000200000"
     "000000000040000000000000000000000000000800000000000000000000000000000000000000000000000000004"
     "00000000000001000000000000003f00000000000000810f000000000000bfff015bf7bf1bbf01f07d65df3dd407b"
     "feffbbeeffbbeef010000000000000081cd22d0e12cab0d0100000000000000400000000000000000100000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000001001000000000"
     "00000ffffffffffffffff0100000000000000ffffffffffffffff0100000000000000ffffffffffffffff01000000"
     "000000000100000000000000010000000000000000000000000000800000000000000000000000000000000000000"
     "0000000000000000000000000000000000000000000000000000000000001000000000000000a0000000000000064"
     "00000000000000000000000000008000000000000000000000000000000000000000000000000000e40b540200000"
     "0"},
    {"power", "float16", "float16",
     "003c003c0000007c000000000000007e003c003c0080007c000000000000007e003c003c003c003c003c003c003c0"
     "03c003c003c00c100fe007c00fe007c007e003c003cff7b0000007c003c007c007e003c003c0100007c0000003c00"
     "00007e003c003c007c0000007c007c007c007e003c003c007e007e007e007e007e007e"},
    {"power", "float64", "float64",
     "000000000000f03f000000000000f03f0000000000000000000000000000f07f00000000000000000000000000000"
     "000000000000000f07f000000000000f87f000000000000f03f000000000000f03f00000000000000000000000000"
     "00f0ff00000000000000000000000000000000000000000000f07f000000000000f87f000000000000f03f0000000"
     "00000f03fcd3b7f669ea0e63f0000000000002040add35a999fe87a3f0000000000000000000000000000f07f0000"
     "00000000f87f000000000000f03f000000000000f03f000000000000f8ff682fa1bd84f6a2bf000000000000f8ff0"
     "00000000000f07f0000000000000000000000000000f87f000000000000f03f000000000000f03ff3d9a8a4688a05"
     "40eaa67a1f357f653ffdba453f8d5c3a41000000000000f07f0000000000000000000000000000f87f00000000000"
     "0f03f000000000000f03faf96502e358d135f0000000000000000000000000000f07f000000000000f07f00000000"
     "00000000000000000000f87f000000000000f03f000000000000f03f000000000000f07f000000000000008000000"
     "0000000f07f000000000000f07f0000000000000000000000000000f87f000000000000f03f000000000000f03f00"
     "0000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87"
     "f"},
    {"power", "complex128", "complex128",
     "000000000000f03f0000000000000000000000000000f03f0000000000000000000000000000f87f000000000000f"
     "87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f0000000000"
     "00f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f03f0000000"
     "000000000000000000000f03f0000000000000000000000000000f87f000000000000f87f000000000000f87f0000"
     "00000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f0"
     "00000000000f87f000000000000f87f000000000000f87f000000000000f03f0000000000000000000000000000f0"
     "3f00000000000000002d9aa133717bccbf3a55a3d812c8b93fdad95b457518acbf10d6bad0a793abbf00000000000"
     "0f07f000000000000f8ff000000000000f87f000000000000f87fc07b2307289c9bbfabb88222da94983f00000000"
     "0000f07f000000000000f8ff000000000000f03f0000000000000000000000000000f03f0000000000000000cb5a7"
     "8b034f2473fe95b4dff43c97cbf8a33fffc3790923f7beb9680bce989bf000000000000f07f000000000000f8ff00"
     "0000000000f87f000000000000f87f9d28bcc9381122bf240941618511093f000000000000f07f000000000000f8f"
     "f000000000000f03f0000000000000000000000000000f03f0000000000000000000000000000f07f000000000000"
     "f8ff00000000000000000000000000000000000000000000f07f000000000000f8ff000000000000f87f000000000"
     "000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f03f000000"
     "0000000000000000000000f03f0000000000000000000000000000f87f000000000000f87f000000000000f87f000"
     "000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f"
     "000000000000f87f000000000000f87f000000000000f87f000000000000f03f0000000000000000000000000000f"
     "03f0000000000000000cf847cdfffe2babff24614bcf074b3bf930842fd9b1e9dbfc6d0d1b9ad057c3f0000000000"
     "00f07f000000000000f8ff000000000000f87f000000000000f87f4844438dea2d82bf44a6c96ab29c56bf0000000"
     "00000f07f000000000000f8ff000000000000f03f0000000000000000000000000000f03f00000000000000000000"
     "00000000f07f000000000000f8ff00000000000000000000000000000000000000000000f07f000000000000f8ff0"
     "00000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f8"
     "7f"},
    {"maximum", "bool", "bool", "00010101"},
    {"maximum", "int8", "int8",
     "00010007007f080001010107017f08010001ff07ff7f08ff07070707077f08070001ff07807f08fd7f7f7f7f7f7f7"
     "f7f08080808087f08080001ff07fd7f08fd"},
    {"maximum", "uint64", "uint64",
     "0000000000000000010000000000000002000000000000003f000000000000004000000000000000fffffffffffff"
     "fff00000000000000800a000000000000000100000000000000010000000000000002000000000000003f00000000"
     "0000004000000000000000ffffffffffffffff00000000000000800a0000000000000002000000000000000200000"
     "00000000002000000000000003f000000000000004000000000000000ffffffffffffffff00000000000000800a00"
     "0000000000003f000000000000003f000000000000003f000000000000003f000000000000004000000000000000f"
     "fffffffffffffff00000000000000803f000000000000004000000000000000400000000000000040000000000000"
     "0040000000000000004000000000000000ffffffffffffffff00000000000000804000000000000000fffffffffff"
     "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "ffffffffffffffffffffffff000000000000008000000000000000800000000000000080000000000000008000000"
     "00000000080ffffffffffffffff000000000000008000000000000000800a000000000000000a000000000000000a"
     "000000000000003f000000000000004000000000000000ffffffffffffffff00000000000000800a0000000000000"
     "0"},
    {"maximum", "float16", "float16",
     "00000000003c0000ff7b0100007c007e00800080003c0080ff7b0100007c007e003c003c003c003cff7b003c007c0"
     "07e00000080003c00c1ff7b0100007c007eff7bff7bff7bff7bff7bff7b007c007e01000100003c0100ff7b010000"
     "7c007e007c007c007c007c007c007c007c007e007e007e007e007e007e007e007e007e"},
    {"maximum", "float64", "float64",
     "00000000000000000000000000000080000000000000e03f00000000000000000000000000001d409c7500883ce43"
     "77e0000000000000000000000000000f87f00000000000000000000000000000080000000000000e03f0000000000"
     "0000800000000000001d409c7500883ce4377e0000000000000080000000000000f87f000000000000e03f0000000"
     "00000e03f000000000000e03f000000000000e03f0000000000001d409c7500883ce4377e000000000000e03f0000"
     "00000000f87f00000000000000000000000000000080000000000000e03f00000000000008c00000000000001d409"
     "c7500883ce4377e00000000000008c0000000000000f87f0000000000001d400000000000001d400000000000001d"
     "400000000000001d400000000000001d409c7500883ce4377e0000000000001d40000000000000f87f9c7500883ce"
     "4377e9c7500883ce4377e9c7500883ce4377e9c7500883ce4377e9c7500883ce4377e9c7500883ce4377e9c750088"
     "3ce4377e000000000000f87f00000000000000000000000000000080000000000000e03f00000000000008c000000"
     "00000001d409c7500883ce4377e000000000000f0ff000000000000f87f000000000000f87f000000000000f87f00"
     "0000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87"
     "f"},
    {"maximum", "complex128", "complex128",
     "0000000000000000000000000000000000000000000000000000000000000000000000000000f03f0000000000000"
     "04000000000000000000000000000000000000000000000f07f000000000000f03f000000000000f87f0000000000"
     "000000000000000000000000000000000008400000000000000000000000000000000000000000000000800000000"
     "00000000000000000000000800000000000000000000000000000f03f000000000000004000000000000000800000"
     "000000000000000000000000f07f000000000000f03f000000000000f87f000000000000000000000000000000000"
     "00000000000084000000000000000800000000000000000000000000000f03f0000000000000040000000000000f0"
     "3f0000000000000040000000000000f03f0000000000000040000000000000f03f000000000000004000000000000"
     "0f07f000000000000f03f000000000000f87f0000000000000000000000000000f03f000000000000004000000000"
     "0000f03f0000000000000040000000000000000000000000000000000000000000000080000000000000000000000"
     "0000000f03f000000000000004000000000000004c0000000000000e03f000000000000f07f000000000000f03f00"
     "0000000000f87f0000000000000000000000000000000000000000000008400000000000000000000000000000f0f"
     "f000000000000f07f000000000000f03f000000000000f07f000000000000f03f000000000000f07f000000000000"
     "f03f000000000000f07f000000000000f03f000000000000f07f000000000000f03f000000000000f87f000000000"
     "0000000000000000000f07f000000000000f03f000000000000f07f000000000000f03f000000000000f87f000000"
     "0000000000000000000000f87f0000000000000000000000000000f87f0000000000000000000000000000f87f000"
     "0000000000000000000000000f87f0000000000000000000000000000f87f0000000000000000000000000000f87f"
     "0000000000000000000000000000f87f0000000000000000000000000000000000000000000008400000000000000"
     "0000000000000000840000000000000f03f0000000000000040000000000000000000000000000008400000000000"
     "00f07f000000000000f03f000000000000f87f0000000000000000000000000000000000000000000008400000000"
     "000000000000000000000084000000000000000000000000000000000000000000000008000000000000000000000"
     "00000000f03f00000000000000400000000000000000000000000000f0ff000000000000f07f000000000000f03f0"
     "00000000000f87f0000000000000000000000000000000000000000000008400000000000000000000000000000f0"
     "ff"},
    {"minimum", "bool", "bool", "00000001"},
    {"minimum", "int8", "int8",
     "0000ff00800000fd0001ff01800101fdffffffff80fffffd0001ff07800707fd80808080808080800001ff07807f0"
     "8fd0001ff07800808fdfdfdfdfd80fdfdfd"},
    {"minimum", "uint64", "uint64",
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000010000000000000001000000000000000100000000"
     "000000010000000000000001000000000000000100000000000000010000000000000000000000000000000100000"
     "000000000020000000000000002000000000000000200000000000000020000000000000002000000000000000200"
     "0000000000000000000000000000010000000000000002000000000000003f000000000000003f000000000000003"
     "f000000000000003f000000000000000a000000000000000000000000000000010000000000000002000000000000"
     "003f000000000000004000000000000000400000000000000040000000000000000a0000000000000000000000000"
     "00000010000000000000002000000000000003f000000000000004000000000000000ffffffffffffffff00000000"
     "000000800a000000000000000000000000000000010000000000000002000000000000003f0000000000000040000"
     "00000000000000000000000008000000000000000800a000000000000000000000000000000010000000000000002"
     "000000000000000a000000000000000a000000000000000a000000000000000a000000000000000a0000000000000"
     "0"},
    {"minimum", "float16", "float16",
     "00000000000000c1000000000000007e00800080008000c1008000800080007e00000080003c00c1003c0100003c0"
     "07e00c100c100c100c100c100c100c1007e00000080003c00c1ff7b0100ff7b007e00000080010000c10100010001"
     "00007e00000080003c00c1ff7b0100007c007e007e007e007e007e007e007e007e007e"},
    {"minimum", "float64", "float64",
     "00000000000000000000000000000080000000000000000000000000000008c000000000000000000000000000000"
     "000000000000000f0ff000000000000f87f0000000000000000000000000000008000000000000000800000000000"
     "0008c000000000000000800000000000000080000000000000f0ff000000000000f87f00000000000000000000000"
     "000000080000000000000e03f00000000000008c0000000000000e03f000000000000e03f000000000000f0ff0000"
     "00000000f87f00000000000008c000000000000008c000000000000008c000000000000008c000000000000008c00"
     "0000000000008c0000000000000f0ff000000000000f87f00000000000000000000000000000080000000000000e0"
     "3f00000000000008c00000000000001d400000000000001d40000000000000f0ff000000000000f87f00000000000"
     "000000000000000000080000000000000e03f00000000000008c00000000000001d409c7500883ce4377e00000000"
     "0000f0ff000000000000f87f000000000000f0ff000000000000f0ff000000000000f0ff000000000000f0ff00000"
     "0000000f0ff000000000000f0ff000000000000f0ff000000000000f87f000000000000f87f000000000000f87f00"
     "0000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87f000000000000f87"
     "f"},
    {"minimum", "complex128", "complex128",
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000004c0000000000000e03f00000000000000000000000000000000000000000000f87f0000000000"
     "000000000000000000000000000000000000000000000000000000000000000000f0ff00000000000000800000000"
     "000000000000000000000008000000000000000000000000000000080000000000000000000000000000004c00000"
     "00000000e03f00000000000000800000000000000000000000000000f87f000000000000000000000000000000800"
     "0000000000000000000000000000000000000000000f0ff0000000000000000000000000000000000000000000000"
     "800000000000000000000000000000f03f000000000000004000000000000004c0000000000000e03f00000000000"
     "0f03f0000000000000040000000000000f87f00000000000000000000000000000000000000000000084000000000"
     "00000000000000000000f0ff00000000000004c0000000000000e03f00000000000004c0000000000000e03f00000"
     "000000004c0000000000000e03f00000000000004c0000000000000e03f00000000000004c0000000000000e03f00"
     "0000000000f87f000000000000000000000000000004c0000000000000e03f00000000000004c0000000000000e03"
     "f0000000000000000000000000000000000000000000000800000000000000000000000000000f03f000000000000"
     "004000000000000004c0000000000000e03f000000000000f07f000000000000f03f000000000000f87f000000000"
     "0000000000000000000000000000000000008400000000000000000000000000000f0ff000000000000f87f000000"
     "0000000000000000000000f87f0000000000000000000000000000f87f0000000000000000000000000000f87f000"
     "0000000000000000000000000f87f0000000000000000000000000000f87f0000000000000000000000000000f87f"
     "0000000000000000000000000000f87f0000000000000000000000000000000000000000000000000000000000000"
     "08000000000000000000000000000000000000000000000084000000000000004c0000000000000e03f0000000000"
     "0000000000000000000840000000000000f87f0000000000000000000000000000000000000000000008400000000"
     "000000000000000000000f0ff0000000000000000000000000000f0ff0000000000000000000000000000f0ff0000"
     "000000000000000000000000f0ff00000000000004c0000000000000e03f0000000000000000000000000000f0ff0"
     "00000000000f87f00000000000000000000000000000000000000000000f0ff0000000000000000000000000000f0"
     "ff"},
    {"fmax", "bool", "bool", "00010101"},
    {"fmax", "int8", "int8",
     "00010007007f080001010107017f08010001ff07ff7f08ff07070707077f08070001ff07807f08fd7f7f7f7f7f7f7"
     "f7f08080808087f08080001ff07fd7f08fd"},
    {"fmax", "uint64", "uint64",
     "0000000000000000010000000000000002000000000000003f000000000000004000000000000000fffffffffffff"
     "fff00000000000000800a000000000000000100000000000000010000000000000002000000000000003f00000000"
     "0000004000000000000000ffffffffffffffff00000000000000800a0000000000000002000000000000000200000"
     "00000000002000000000000003f000000000000004000000000000000ffffffffffffffff00000000000000800a00"
     "0000000000003f000000000000003f000000000000003f000000000000003f000000000000004000000000000000f"
     "fffffffffffffff00000000000000803f000000000000004000000000000000400000000000000040000000000000"
     "0040000000000000004000000000000000ffffffffffffffff00000000000000804000000000000000fffffffffff"
     "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "ffffffffffffffffffffffff000000000000008000000000000000800000000000000080000000000000008000000"
     "00000000080ffffffffffffffff000000000000008000000000000000800a000000000000000a000000000000000a"
     "000000000000003f000000000000004000000000000000ffffffffffffffff00000000000000800a0000000000000"
     "0"},
    {"fmax", "float16", "float16",
     "00000000003c0000ff7b0100007c000000800080003c0080ff7b0100007c0080003c003c003c003cff7b003c007c0"
     "03c00000080003c00c1ff7b0100007c00c1ff7bff7bff7bff7bff7bff7b007cff7b01000100003c0100ff7b010000"
     "7c0100007c007c007c007c007c007c007c007c00000080003c00c1ff7b0100007c007e"},
    {"fmax", "float64", "float64",
     "00000000000000000000000000000080000000000000e03f00000000000000000000000000001d409c7500883ce43"
     "77e0000000000000000000000000000000000000000000000000000000000000080000000000000e03f0000000000"
     "0000800000000000001d409c7500883ce4377e00000000000000800000000000000080000000000000e03f0000000"
     "00000e03f000000000000e03f000000000000e03f0000000000001d409c7500883ce4377e000000000000e03f0000"
     "00000000e03f00000000000000000000000000000080000000000000e03f00000000000008c00000000000001d409"
     "c7500883ce4377e00000000000008c000000000000008c00000000000001d400000000000001d400000000000001d"
     "400000000000001d400000000000001d409c7500883ce4377e0000000000001d400000000000001d409c7500883ce"
     "4377e9c7500883ce4377e9c7500883ce4377e9c7500883ce4377e9c7500883ce4377e9c7500883ce4377e9c750088"
     "3ce4377e9c7500883ce4377e00000000000000000000000000000080000000000000e03f00000000000008c000000"
     "00000001d409c7500883ce4377e000000000000f0ff000000000000f0ff0000000000000000000000000000008000"
     "0000000000e03f00000000000008c00000000000001d409c7500883ce4377e000000000000f0ff000000000000f87"
     "f"},
    {"fmax", "complex128", "complex128",
     "0000000000000000000000000000000000000000000000000000000000000000000000000000f03f0000000000000"
     "04000000000000000000000000000000000000000000000f07f000000000000f03f00000000000000000000000000"
     "000000000000000000000000000000000008400000000000000000000000000000000000000000000000800000000"
     "00000000000000000000000800000000000000000000000000000f03f000000000000004000000000000000800000"
     "000000000000000000000000f07f000000000000f03f0000000000000080000000000000000000000000000000000"
     "00000000000084000000000000000800000000000000000000000000000f03f0000000000000040000000000000f0"
     "3f0000000000000040000000000000f03f0000000000000040000000000000f03f000000000000004000000000000"
     "0f07f000000000000f03f000000000000f03f0000000000000040000000000000f03f000000000000004000000000"
     "0000f03f0000000000000040000000000000000000000000000000000000000000000080000000000000000000000"
     "0000000f03f000000000000004000000000000004c0000000000000e03f000000000000f07f000000000000f03f00"
     "000000000004c0000000000000e03f000000000000000000000000000008400000000000000000000000000000f0f"
     "f000000000000f07f000000000000f03f000000000000f07f000000000000f03f000000000000f07f000000000000"
     "f03f000000000000f07f000000000000f03f000000000000f07f000000000000f03f000000000000f07f000000000"
     "000f03f000000000000f07f000000000000f03f000000000000f07f000000000000f03f0000000000000000000000"
     "000000000000000000000000800000000000000000000000000000f03f000000000000004000000000000004c0000"
     "000000000e03f000000000000f07f000000000000f03f000000000000f87f00000000000000000000000000000000"
     "00000000000008400000000000000000000000000000f0ff000000000000000000000000000008400000000000000"
     "0000000000000000840000000000000f03f0000000000000040000000000000000000000000000008400000000000"
     "00f07f000000000000f03f00000000000000000000000000000840000000000000000000000000000008400000000"
     "000000000000000000000084000000000000000000000000000000000000000000000008000000000000000000000"
     "00000000f03f00000000000000400000000000000000000000000000f0ff000000000000f07f000000000000f03f0"
     "000000000000000000000000000f0ff000000000000000000000000000008400000000000000000000000000000f0"
     "ff"},
    {"fmin", "bool", "bool", "00000001"},
    {"fmin", "int8", "int8",
     "0000ff00800000fd0001ff01800101fdffffffff80fffffd0001ff07800707fd80808080808080800001ff07807f0"
     "8fd0001ff07800808fdfdfdfdfd80fdfdfd"},
    {"fmin", "uint64", "uint64",
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000010000000000000001000000000000000100000000"
     "000000010000000000000001000000000000000100000000000000010000000000000000000000000000000100000"
     "000000000020000000000000002000000000000000200000000000000020000000000000002000000000000000200"
     "0000000000000000000000000000010000000000000002000000000000003f000000000000003f000000000000003"
     "f000000000000003f000000000000000a000000000000000000000000000000010000000000000002000000000000"
     "003f000000000000004000000000000000400000000000000040000000000000000a0000000000000000000000000"
     "00000010000000000000002000000000000003f000000000000004000000000000000ffffffffffffffff00000000"
     "000000800a000000000000000000000000000000010000000000000002000000000000003f0000000000000040000"
     "00000000000000000000000008000000000000000800a000000000000000000000000000000010000000000000002"
     "000000000000000a000000000000000a000000000000000a000000000000000a000000000000000a0000000000000"
     "0"},
    {"fmin", "float16", "float16",
     "00000000000000c1000000000000000000800080008000c1008000800080008000000080003c00c1003c0100003c0"
     "03c00c100c100c100c100c100c100c100c100000080003c00c1ff7b0100ff7bff7b00000080010000c10100010001"
     "00010000000080003c00c1ff7b0100007c007c00000080003c00c1ff7b0100007c007e"},
    {"fmin", "float64", "float64",
     "00000000000000000000000000000080000000000000000000000000000008c000000000000000000000000000000"
     "000000000000000f0ff00000000000000000000000000000000000000000000008000000000000000800000000000"
     "0008c000000000000000800000000000000080000000000000f0ff000000000000008000000000000000000000000"
     "000000080000000000000e03f00000000000008c0000000000000e03f000000000000e03f000000000000f0ff0000"
     "00000000e03f00000000000008c000000000000008c000000000000008c000000000000008c000000000000008c00"
     "0000000000008c0000000000000f0ff00000000000008c000000000000000000000000000000080000000000000e0"
     "3f00000000000008c00000000000001d400000000000001d40000000000000f0ff0000000000001d4000000000000"
     "000000000000000000080000000000000e03f00000000000008c00000000000001d409c7500883ce4377e00000000"
     "0000f0ff9c7500883ce4377e000000000000f0ff000000000000f0ff000000000000f0ff000000000000f0ff00000"
     "0000000f0ff000000000000f0ff000000000000f0ff000000000000f0ff0000000000000000000000000000008000"
     "0000000000e03f00000000000008c00000000000001d409c7500883ce4377e000000000000f0ff000000000000f87"
     "f"},
    {"fmin", "complex128", "complex128",
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000004c0000000000000e03f0000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000f0ff00000000000000800000000"
     "000000000000000000000008000000000000000000000000000000080000000000000000000000000000004c00000"
     "00000000e03f000000000000008000000000000000000000000000000080000000000000000000000000000000800"
     "0000000000000000000000000000000000000000000f0ff0000000000000000000000000000000000000000000000"
     "800000000000000000000000000000f03f000000000000004000000000000004c0000000000000e03f00000000000"
     "0f03f0000000000000040000000000000f03f00000000000000400000000000000000000000000000084000000000"
     "00000000000000000000f0ff00000000000004c0000000000000e03f00000000000004c0000000000000e03f00000"
     "000000004c0000000000000e03f00000000000004c0000000000000e03f00000000000004c0000000000000e03f00"
     "000000000004c0000000000000e03f00000000000004c0000000000000e03f00000000000004c0000000000000e03"
     "f0000000000000000000000000000000000000000000000800000000000000000000000000000f03f000000000000"
     "004000000000000004c0000000000000e03f000000000000f07f000000000000f03f000000000000f07f000000000"
     "000f03f000000000000000000000000000008400000000000000000000000000000f0ff0000000000000000000000"
     "000000000000000000000000800000000000000000000000000000f03f000000000000004000000000000004c0000"
     "000000000e03f000000000000f07f000000000000f03f000000000000f87f00000000000000000000000000000000"
     "00000000000008400000000000000000000000000000f0ff000000000000000000000000000000000000000000000"
     "08000000000000000000000000000000000000000000000084000000000000004c0000000000000e03f0000000000"
     "000000000000000000084000000000000000000000000000000840000000000000000000000000000008400000000"
     "000000000000000000000f0ff0000000000000000000000000000f0ff0000000000000000000000000000f0ff0000"
     "000000000000000000000000f0ff00000000000004c0000000000000e03f0000000000000000000000000000f0ff0"
     "000000000000000000000000000f0ff0000000000000000000000000000f0ff0000000000000000000000000000f0"
     "ff"},
    {"equal", "bool", "bool", "01000001"},
    {"equal", "int8", "bool",
     "010000000000000000010000000000000000010000000000000000010000000000000000010000000000000000010"
     "00000000000000001000000000000000001"},
    {"equal", "uint64", "bool",
     "010000000000000000010000000000000000010000000000000000010000000000000000010000000000000000010"
     "00000000000000001000000000000000001"},
    {"equal", "float16", "bool",
     "010100000000000001010000000000000000010000000000000000010000000000000000010000000000000000010"
     "00000000000000001000000000000000000"},
    {"equal", "float64", "bool",
     "010100000000000001010000000000000000010000000000000000010000000000000000010000000000000000010"
     "00000000000000001000000000000000000"},
    {"equal", "complex128", "bool",
     "010100000000000001010000000000000000010000000000000000010000000000000000010000000000000000000"
     "00000000000000001000000000000000001"},
    {"not_equal", "bool", "bool", "00010100"},
    {"not_equal", "int8", "bool",
     "000101010101010101000101010101010101000101010101010101000101010101010101000101010101010101000"
     "10101010101010100010101010101010100"},
    {"not_equal", "uint64", "bool",
     "000101010101010101000101010101010101000101010101010101000101010101010101000101010101010101000"
     "10101010101010100010101010101010100"},
    {"not_equal", "float16", "bool",
     "000001010101010100000101010101010101000101010101010101000101010101010101000101010101010101000"
     "10101010101010100010101010101010101"},
    {"not_equal", "float64", "bool",
     "000001010101010100000101010101010101000101010101010101000101010101010101000101010101010101000"
     "10101010101010100010101010101010101"},
    {"not_equal", "complex128", "bool",
     "000001010101010100000101010101010101000101010101010101000101010101010101000101010101010101010"
     "10101010101010100010101010101010100"},
    {"less", "bool", "bool", "00010000"},
    {"less", "int8", "bool",
     "000100010001010000000001000101000101000100010100000000000001010001010101000101010000000000000"
     "00000000000000100000101010100010100"},
    {"less", "uint64", "bool",
     "000101010101010100000101010101010000000101010101000000000101010000000000000101000000000000000"
     "00000000000000100000000000101010100"},
    {"less", "float16", "bool",
     "000001000101010000000100010101000000000001000100010101000101010000000000000001000000010001000"
     "10000000000000000000000000000000000"},
    {"less", "float64", "bool",
     "000001000101000000000100010100000000000001010000010101000101000000000000000100000000000000000"
     "00001010101010100000000000000000000"},
    {"less", "complex128", "bool",
     "000001000100010000000100010001000000000001000000010101000100010100000000000000000000000000000"
     "00000000100010000000101010001000100"},
    {"less_equal", "bool", "bool", "01010001"},
    {"less_equal", "int8", "bool",
     "010100010001010000010001000101000101010100010100000000010001010001010101010101010000000000010"
     "00000000000000101000101010100010101"},
    {"less_equal", "uint64", "bool",
     "010101010101010100010101010101010000010101010101000000010101010000000000010101000000000000010"
     "00000000000000101000000000101010101"},
    {"less_equal", "float16", "bool",
     "010101000101010001010100010101000000010001000100010101010101010000000000010001000000010001010"
     "10000000000000001000000000000000000"},
    {"less_equal", "float64", "bool",
     "010101000101000001010100010100000000010001010000010101010101000000000000010100000000000000010"
     "00001010101010101000000000000000000"},
    {"less_equal", "complex128", "bool",
     "010101000100010001010100010001000000010001000000010101010100010100000000010000000000000000000"
     "00000000100010001000101010001000101"},
    {"greater", "bool", "bool", "00000100"},
    {"greater", "int8", "bool",
     "000001000100000101000100010000010000000001000001010101000100000100000000000000000101010101000"
     "10101010101010000010000000001000000"},
    {"greater", "uint64", "bool",
     "000000000000000001000000000000000101000000000000010101000000000101010101000000010101010101000"
     "10101010101010000010101010000000000"},
    {"greater", "float16", "bool",
     "000000010000000000000001000000000101000100010000000000000000000001010101000100000101000100000"
     "00001010101010100000000000000000000"},
    {"greater", "float64", "bool",
     "000000010000010000000001000001000101000100000100000000000000010001010101000001000101010101000"
     "10000000000000000000000000000000000"},
    {"greater", "complex128", "bool",
     "000000010000000100000001000000010101000100000101000000000000000001010101000001010000000000000"
     "00001010001000000010000000100000000"},
    {"greater_equal", "bool", "bool", "01000101"},
    {"greater_equal", "int8", "bool",
     "010001000100000101010100010000010000010001000001010101010100000100000000010000000101010101010"
     "10101010101010001010000000001000001"},
    {"greater_equal", "uint64", "bool",
     "010000000000000001010000000000000101010000000000010101010000000101010101010000010101010101010"
     "10101010101010001010101010000000001"},
    {"greater_equal", "float16", "bool",
     "010100010000000001010001000000000101010100010000000000010000000001010101010100000101000100010"
     "00001010101010101000000000000000000"},
    {"greater_equal", "float64", "bool",
     "010100010000010001010001000001000101010100000100000000010000010001010101010001000101010101010"
     "10000000000000001000000000000000000"},
    {"greater_equal", "complex128", "bool",
     "010100010000000101010001000000010101010100000101000000010000000001010101010001010000000000000"
     "00001010001000001010000000100000001"},
    {"logical_and", "bool", "bool", "00000001"},
    {"logical_and", "int8", "bool",
     "000000000000000000010101010101010001010101010101000101010101010100010101010101010001010101010"
     "10100010101010101010001010101010101"},
    {"logical_and", "uint64", "bool",
     "000000000000000000010101010101010001010101010101000101010101010100010101010101010001010101010"
     "10100010101010101010001010101010101"},
    {"logical_and", "float16", "bool",
     "000000000000000000000000000000000000010101010101000001010101010100000101010101010000010101010"
     "10100000101010101010000010101010101"},
    {"logical_and", "float64", "bool",
     "000000000000000000000000000000000000010101010101000001010101010100000101010101010000010101010"
     "10100000101010101010000010101010101"},
    {"logical_and", "complex128", "bool",
     "000000000000000000000000000000000000010101010101000001010101010100000101010101010000010101010"
     "10100000101010101010000010101010101"},
    {"logical_or", "bool", "bool", "00010101"},
    {"logical_or", "int8", "bool",
     "000101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010"
     "10101010101010101010101010101010101"},
    {"logical_or", "uint64", "bool",
     "000101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010"
     "10101010101010101010101010101010101"},
    {"logical_or", "float16", "bool",
     "000001010101010100000101010101010101010101010101010101010101010101010101010101010101010101010"
     "10101010101010101010101010101010101"},
    {"logical_or", "float64", "bool",
     "000001010101010100000101010101010101010101010101010101010101010101010101010101010101010101010"
     "10101010101010101010101010101010101"},
    {"logical_or", "complex128", "bool",
     "000001010101010100000101010101010101010101010101010101010101010101010101010101010101010101010"
     "10101010101010101010101010101010101"},
    {"logical_xor", "bool", "bool", "00010100"},
    {"logical_xor", "int8", "bool",
     "000101010101010101000000000000000100000000000000010000000000000001000000000000000100000000000"
     "00001000000000000000100000000000000"},
    {"logical_xor", "uint64", "bool",
     "000101010101010101000000000000000100000000000000010000000000000001000000000000000100000000000"
     "00001000000000000000100000000000000"},
    {"logical_xor", "float16", "bool",
     "000001010101010100000101010101010101000000000000010100000000000001010000000000000101000000000"
     "00001010000000000000101000000000000"},
    {"logical_xor", "float64", "bool",
     "000001010101010100000101010101010101000000000000010100000000000001010000000000000101000000000"
     "00001010000000000000101000000000000"},
    {"logical_xor", "complex128", "bool",
     "000001010101010100000101010101010101000000000000010100000000000001010000000000000101000000000"
     "00001010000000000000101000000000000"},
    {"bitwise_and", "bool", "bool", "00000001"},
    {"bitwise_and", "int8", "int8",
     "000000000000000000010101000100010001ff07807f08fd0001070700070005000080008000008000017f07007f0"
     "87d00000800000808080001fd05807d08fd"},
    {"bitwise_and", "uint64", "uint64",
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000010000000000000000000000000000000100000000"
     "000000000000000000000001000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000020000000000000002000000000000000000000000000000020000000000000000000000000000000200"
     "0000000000000000000000000000010000000000000002000000000000003f0000000000000000000000000000003"
     "f0000000000000000000000000000000a000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000400000000000000040000000000000000000000000000000000000000000000000000000000"
     "00000010000000000000002000000000000003f000000000000004000000000000000ffffffffffffffff00000000"
     "000000800a00000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000080000000000000008000000000000000000000000000000000000000000000000002"
     "000000000000000a0000000000000000000000000000000a0000000000000000000000000000000a0000000000000"
     "0"},
    {"bitwise_and", "float16", NULL, ""},
    {"bitwise_and", "float64", NULL, ""},
    {"bitwise_and", "complex128", NULL, ""},
    {"bitwise_or", "bool", "bool", "00010101"},
    {"bitwise_or", "int8", "int8",
     "0001ff07807f08fd0101ff07817f09fdffffffffffffffff0707ff07877f0fff8081ff8780ff88fd7f7fff7fff7f7"
     "fff0809ff0f887f08fdfdfdfffffdfffdfd"},
    {"bitwise_or", "uint64", "uint64",
     "0000000000000000010000000000000002000000000000003f000000000000004000000000000000fffffffffffff"
     "fff00000000000000800a000000000000000100000000000000010000000000000003000000000000003f00000000"
     "0000004100000000000000ffffffffffffffff01000000000000800b0000000000000002000000000000000300000"
     "00000000002000000000000003f000000000000004200000000000000ffffffffffffffff02000000000000800a00"
     "0000000000003f000000000000003f000000000000003f000000000000003f000000000000007f00000000000000f"
     "fffffffffffffff3f000000000000803f000000000000004000000000000000410000000000000042000000000000"
     "007f000000000000004000000000000000ffffffffffffffff40000000000000804a00000000000000fffffffffff"
     "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "ffffffffffffffffffffffff0000000000000080010000000000008002000000000000803f0000000000008040000"
     "00000000080ffffffffffffffff00000000000000800a000000000000800a000000000000000b000000000000000a"
     "000000000000003f000000000000004a00000000000000ffffffffffffffff0a000000000000800a0000000000000"
     "0"},
    {"bitwise_or", "float16", NULL, ""},
    {"bitwise_or", "float64", NULL, ""},
    {"bitwise_or", "complex128", NULL, ""},
    {"bitwise_xor", "bool", "bool", "00010100"},
    {"bitwise_xor", "int8", "int8",
     "0001ff07807f08fd0100fe06817e09fcfffe00f87f80f7020706f80087780ffa80817f8700ff887d7f7e8078ff007"
     "7820809f70f887700f5fdfc02fa7d82f500"},
    {"bitwise_xor", "uint64", "uint64",
     "0000000000000000010000000000000002000000000000003f000000000000004000000000000000fffffffffffff"
     "fff00000000000000800a000000000000000100000000000000000000000000000003000000000000003e00000000"
     "0000004100000000000000feffffffffffffff01000000000000800b0000000000000002000000000000000300000"
     "00000000000000000000000003d000000000000004200000000000000fdffffffffffffff02000000000000800800"
     "0000000000003f000000000000003e000000000000003d0000000000000000000000000000007f00000000000000c"
     "0ffffffffffffff3f0000000000008035000000000000004000000000000000410000000000000042000000000000"
     "007f000000000000000000000000000000bfffffffffffffff40000000000000804a00000000000000fffffffffff"
     "ffffffefffffffffffffffdffffffffffffffc0ffffffffffffffbfffffffffffffff0000000000000000ffffffff"
     "ffffff7ff5ffffffffffffff0000000000000080010000000000008002000000000000803f0000000000008040000"
     "00000000080ffffffffffffff7f00000000000000000a000000000000800a000000000000000b0000000000000008"
     "0000000000000035000000000000004a00000000000000f5ffffffffffffff0a00000000000080000000000000000"
     "0"},
    {"bitwise_xor", "float16", NULL, ""},
    {"bitwise_xor", "float64", NULL, ""},
    {"bitwise_xor", "complex128", NULL, ""},
    {"left_shift", "bool", "int8", "00000102"},
    {"left_shift", "int8", "int8",
     "00000000000000000102008000000000fffe008000000000070e00800000000080000000000000007ffe008000000"
     "0000810000000000000fdfa008000000000"},
    {"left_shift", "uint64", "uint64",
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000100000000000000020000000000000004000000000000000000000000"
     "000080000000000000000000000000000000000000000000000000000400000000000002000000000000000400000"
     "000000000080000000000000000000000000000000000000000000000000000000000000000000000000000000008"
     "0000000000003f000000000000007e00000000000000fc00000000000000000000000000008000000000000000000"
     "000000000000000000000000000000000fc0000000000004000000000000000800000000000000000010000000000"
     "0000000000000000000000000000000000000000000000000000000000000000000000010000000000fffffffffff"
     "ffffffefffffffffffffffcffffffffffffff00000000000000800000000000000000000000000000000000000000"
     "0000000000fcffffffffffff000000000000008000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000a00000000000000140000000000000028"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000002800000000000"
     "0"},
    {"left_shift", "float16", NULL, ""},
    {"left_shift", "float64", NULL, ""},
    {"left_shift", "complex128", NULL, ""},
    {"right_shift", "bool", "int8", "00000100"},
    {"right_shift", "int8", "int8",
     "00000000000000000100000000000000ffffffffffffffff070300000000000080c0ffffffffffff7f3f000000000"
     "0000804000000000000fdfeffffffffffff"},
    {"right_shift", "uint64", "uint64",
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000100000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000002000000000000000100000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000003f000000000000001f000000000000000f00000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000004000000000000000200000000000000010000000000000"
     "0000000000000000000000000000000000000000000000000000000000000000000000000000000000fffffffffff"
     "fffffffffffffffffff7fffffffffffffff3f01000000000000000000000000000000000000000000000000000000"
     "00000000ffffffffffff3f00000000000000008000000000000000400000000000000020010000000000000000000"
     "000000000000000000000000000000000000000000000000000000020000a00000000000000050000000000000002"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0"},
    {"right_shift", "float16", NULL, ""},
    {"right_shift", "float64", NULL, ""},
    {"right_shift", "complex128", NULL, ""},
    {"negative", "bool", NULL, ""},
    {"negative", "int8", "int8", "00ff01f98081f803"},
    {"negative", "uint64", "uint64",
     "0000000000000000fffffffffffffffffeffffffffffffffc1ffffffffffffffc0ffffffffffffff0100000000000"
     "0000000000000000080f6ffffffffffffff"},
    {"negative", "float16", "float16", "0080000000bc0041fffb018000fc00fe"},
    {"negative", "float64", "float64",
     "00000000000000800000000000000000000000000000e0bf00000000000008400000000000001dc09c7500883ce43"
     "7fe000000000000f07f000000000000f8ff"},
    {"negative", "complex128", "complex128",
     "0000000000000080000000000000008000000000000000000000000000000080000000000000f0bf0000000000000"
     "0c00000000000000440000000000000e0bf000000000000f0ff000000000000f0bf000000000000f8ff0000000000"
     "000080000000000000008000000000000008c00000000000000080000000000000f07f"},
    {"positive", "bool", NULL, ""},
    {"positive", "int8", "int8", "0001ff07807f08fd"},
    {"positive", "uint64", "uint64",
     "0000000000000000010000000000000002000000000000003f000000000000004000000000000000fffffffffffff"
     "fff00000000000000800a00000000000000"},
    {"positive", "float16", "float16", "00000080003c00c1ff7b0100007c007e"},
    {"positive", "float64", "float64",
     "00000000000000000000000000000080000000000000e03f00000000000008c00000000000001d409c7500883ce43"
     "77e000000000000f0ff000000000000f87f"},
    {"positive", "complex128", "complex128",
     "0000000000000000000000000000000000000000000000800000000000000000000000000000f03f0000000000000"
     "04000000000000004c0000000000000e03f000000000000f07f000000000000f03f000000000000f87f0000000000"
     "000000000000000000000000000000000008400000000000000000000000000000f0ff"},
    {"absolute", "bool", "bool", "0001"},
    {"absolute", "int8", "int8", "00010107807f0803"},
    {"absolute", "uint64", "uint64",
     "0000000000000000010000000000000002000000000000003f000000000000004000000000000000fffffffffffff"
     "fff00000000000000800a00000000000000"},
    {"absolute", "float16", "float16", "00000000003c0041ff7b0100007c007e"},
    {"absolute", "float64", "float64",
     "00000000000000000000000000000000000000000000e03f00000000000008400000000000001d409c7500883ce43"
     "77e000000000000f07f000000000000f87f"},
    {"absolute", "complex128", "float64",
     "00000000000000000000000000000000a8f4979b77e30140f72f125f65650440000000000000f07f000000000000f"
     "87f0000000000000840000000000000f07f"},
    {"sign", "bool", NULL, ""},
    {"sign", "int8", "int8", "0001ff01ff0101ff"},
    {"sign", "uint64", "uint64",
     "000000000000000001000000000000000100000000000000010000000000000001000000000000000100000000000"
     "00001000000000000000100000000000000"},
    {"sign", "float16", "float16", "00000000003c00bc003c003c003c007e"},
    {"sign", "float64", "float64",
     "00000000000000000000000000000000000000000000f03f000000000000f0bf000000000000f03f000000000000f"
     "03f000000000000f0bf000000000000f87f"},
    {"sign", "complex128", "complex128",
     "0000000000000000000000000000000000000000000000000000000000000000000000000000f03f0000000000000"
     "000000000000000f0bf0000000000000000000000000000f03f0000000000000000000000000000f87f0000000000"
     "000000000000000000f03f0000000000000000000000000000f0bf0000000000000000"},
    {"sqrt", "bool", "float16", "0000003c"},
    {"sqrt", "int8", "float16", "0000003c00fe4b4100fea249a84100fe"},
    {"sqrt", "uint64", "float64",
     "0000000000000000000000000000f03fcd3b7f669ea0f63f5f75bc7ebfbf1f400000000000002040000000000000f"
     "041cd3b7f669ea0e641535bda3a584c0940"},
    {"sqrt", "float16", "float16", "00000080003c00feff5b000c007c007e"},
    {"sqrt", "float64", "float64",
     "00000000000000000000000000000080cd3b7f669ea0e63f000000000000f8fff3d9a8a4688a0540af96502e358d1"
     "35f000000000000f8ff000000000000f87f"},
    {"sqrt", "complex128", "complex128",
     "00000000000000000000000000000000000000000000000000000000000000005684a846315af43f1b8d25ef2628e"
     "93fe4d0dcff9c23c43ff0499873546cf93f000000000000f07f0000000000000000000000000000f87f0000000000"
     "00f87f2e2109148e98f33f2e2109148e98f33f000000000000f07f000000000000f0ff"},
    {"square", "bool", "int8", "0001"},
    {"square", "int8", "int8", "0001013100014009"},
    {"square", "uint64", "uint64",
     "000000000000000001000000000000000400000000000000810f00000000000000100000000000000100000000000"
     "00000000000000000006400000000000000"},
    {"square", "float16", "float16", "00000000003c4046007c0000007c007e"},
    {"square", "float64", "float64",
     "00000000000000000000000000000000000000000000d03f00000000000022400000000000484a40000000000000f"
     "07f000000000000f07f000000000000f87f"},
    {"square", "complex128", "complex128",
     "000000000000000000000000000000000000000000000000000000000000008000000000000008c00000000000001"
     "040000000000000184000000000000004c0000000000000f07f000000000000f07f000000000000f87f0000000000"
     "00f87f00000000000022c00000000000000000000000000000f0ff000000000000f8ff"},
    {"exp", "bool", "float16", "003c7041"},
    {"exp", "int8", "float16", "003c7041e33549640000007cd2695f2a"},
    {"exp", "uint64", "float64",
     "000000000000f03f6957148b0abf0540aeddd4b8648e1d40a807f1e87da59d45cd97f52c9825b445000000000000f"
     "07f000000000000f07f600595cf9d82d540"},
    {"exp", "float16", "float16", "003c003c7041412d007c003c007c007e"},
    {"exp", "float64", "float64",
     "000000000000f03f000000000000f03f9c061e8e2961fa3faeb0ceccb07da93fd9e8535d6b009640000000000000f"
     "07f0000000000000000000000000000f87f"},
    {"exp", "complex128", "complex128",
     "000000000000f03f0000000000000000000000000000f03f0000000000000000d13c95c46919f2bffd4a27a218c60"
     "3407ea5dca0f970b23f0c8cba312926a43f000000000000f07f000000000000f07f000000000000f87f0000000000"
     "000000d2e585be04aeefbf5bd5b66d3810c23f000000000000f87f000000000000f87f"},
    {"log", "bool", "float16", "00fc0000"},
    {"log", "int8", "float16", "00fc000000fec93f00fed844294000fe"},
    {"log", "uint64", "float64",
     "000000000000f0ff0000000000000000ef39fafe422ee63f1b18e3e89192104073ab3b3fb2a21040ef39fafe422e4"
     "6400751fef289d545401555b5bbb16b0240"},
    {"log", "float16", "float16", "00fc00fc000000fe8c4929cc007c007e"},
    {"log", "float64", "float64",
     "000000000000f0ff000000000000f0ffef39fafe422ee6bf000000000000f8ff4ec2a1982eb2ff3fb57ff84734968"
     "540000000000000f8ff000000000000f87f"},
    {"log", "complex128", "complex128",
     "000000000000f0ff0000000000000000000000000000f0ff182d4454fb210940348dedf741c0e93f44beeb92e1b6f"
     "13faafbe5d6e6f2ed3fb8bab434b78d0740000000000000f07f0000000000000000000000000000f87f0000000000"
     "00f87f0b03ad7aea93f13f182d4454fb21f93f000000000000f07f182d4454fb21f9bf"},
    {"floor", "bool", "float16", "0000003c"},
    {"floor", "int8", "float16", "0000003c00bc004700d8f057004800c2"},
    {"floor", "uint64", "float64",
     "0000000000000000000000000000f03f00000000000000400000000000804f400000000000005040000000000000f"
     "043000000000000e0430000000000002440"},
    {"floor", "float16", "float16", "00000080003c00c2ff7b0000007c007e"},
    {"floor", "float64", "float64",
     "00000000000000000000000000000080000000000000000000000000000008c00000000000001c409c7500883ce43"
     "77e000000000000f0ff000000000000f87f"},
    {"floor", "complex128", NULL, ""},
    {"ceil", "bool", "float16", "0000003c"},
    {"ceil", "int8", "float16", "0000003c00bc004700d8f057004800c2"},
    {"ceil", "uint64", "float64",
     "0000000000000000000000000000f03f00000000000000400000000000804f400000000000005040000000000000f"
     "043000000000000e0430000000000002440"},
    {"ceil", "float16", "float16", "00000080003c00c0ff7b003c007c007e"},
    {"ceil", "float64", "float64",
     "00000000000000000000000000000080000000000000f03f00000000000008c000000000000020409c7500883ce43"
     "77e000000000000f0ff000000000000f87f"},
    {"ceil", "complex128", NULL, ""},
    {"trunc", "bool", "float16", "0000003c"},
    {"trunc", "int8", "float16", "0000003c00bc004700d8f057004800c2"},
    {"trunc", "uint64", "float64",
     "0000000000000000000000000000f03f00000000000000400000000000804f400000000000005040000000000000f"
     "043000000000000e0430000000000002440"},
    {"trunc", "float16", "float16", "00000080003c00c0ff7b0000007c007e"},
    {"trunc", "float64", "float64",
     "00000000000000000000000000000080000000000000000000000000000008c00000000000001c409c7500883ce43"
     "77e000000000000f0ff000000000000f87f"},
    {"trunc", "complex128", NULL, ""},
    {"rint", "bool", "float16", "0000003c"},
    {"rint", "int8", "float16", "0000003c00bc004700d8f057004800c2"},
    {"rint", "uint64", "float64",
     "0000000000000000000000000000f03f00000000000000400000000000804f400000000000005040000000000000f"
     "043000000000000e0430000000000002440"},
    {"rint", "float16", "float16", "00000080003c00c0ff7b0000007c007e"},
    {"rint", "float64", "float64",
     "00000000000000000000000000000080000000000000000000000000000008c00000000000001c409c7500883ce43"
     "77e000000000000f0ff000000000000f87f"},
    {"rint", "complex128", "complex128",
     "0000000000000000000000000000000000000000000000800000000000000000000000000000f03f0000000000000"
     "04000000000000000c00000000000000000000000000000f07f000000000000f03f000000000000f87f0000000000"
     "000000000000000000000000000000000008400000000000000000000000000000f0ff"},
    {"logical_not", "bool", "bool", "0100"},
    {"logical_not", "int8", "bool", "0100000000000000"},
    {"logical_not", "uint64", "bool", "0100000000000000"},
    {"logical_not", "float16", "bool", "0101000000000000"},
    {"logical_not", "float64", "bool", "0101000000000000"},
    {"logical_not", "complex128", "bool", "0101000000000000"},
    {"invert", "bool", "bool", "0100"},
    {"invert", "int8", "int8", "fffe00f87f80f702"},
    {"invert", "uint64", "uint64",
     "fffffffffffffffffefffffffffffffffdffffffffffffffc0ffffffffffffffbfffffffffffffff0000000000000"
     "000ffffffffffffff7ff5ffffffffffffff"},
    {"invert", "float16", NULL, ""},
    {"invert", "float64", NULL, ""},
    {"invert", "complex128", NULL, ""},
    {"isnan", "bool", "bool", "0000"},
    {"isnan", "int8", "bool", "0000000000000000"},
    {"isnan", "uint64", "bool", "0000000000000000"},
    {"isnan", "float16", "bool", "0000000000000001"},
    {"isnan", "float64", "bool", "0000000000000001"},
    {"isnan", "complex128", "bool", "0000000000010000"},
    {"isinf", "bool", "bool", "0000"},
    {"isinf", "int8", "bool", "0000000000000000"},
    {"isinf", "uint64", "bool", "0000000000000000"},
    {"isinf", "float16", "bool", "0000000000000100"},
    {"isinf", "float64", "bool", "0000000000000100"},
    {"isinf", "complex128", "bool", "0000000001000001"},
    {"isfinite", "bool", "bool", "0101"},
    {"isfinite", "int8", "bool", "0101010101010101"},
    {"isfinite", "uint64", "bool", "0101010101010101"},
    {"isfinite", "float16", "bool", "0101010101010000"},
    {"isfinite", "float64", "bool", "0101010101010000"},
    {"isfinite", "complex128", "bool", "0101010100000100"},
};

/* ------------------------------------------------------------ helpers */

static int hexval(char c) {
  return c <= '9' ? c - '0' : c - 'a' + 10;
}

static void unhex(const char *s, unsigned char *out, size_t n) {
  for (size_t i = 0; i < n; i++)
    out[i] = (unsigned char)(hexval(s[2 * i]) * 16 + hexval(s[2 * i + 1]));
}

static enum ndp_dtype dtype_of(const char *name) {
  enum ndp_dtype d = NDP_BOOL;
  bool sw = false;
  cr_assert(ndp_dtype_parse(name, &d, &sw), "dtype %s", name);
  return d;
}

static enum ndp_op op_of(const char *name) {
  enum ndp_op op = NDP_OP_ADD;
  cr_assert(ndp_op_parse(name, &op), "op %s", name);
  return op;
}

static int nin_of(enum ndp_op op) {
  return ndp_op_class(op) == NDP_OPC_BINARY ? 2 : 1;
}

/* A 1-d native tensor of dtype d holding n elements from raw bytes. */
static struct ndp_tensor tensor_of_bytes(enum ndp_dtype d, int64_t n, const unsigned char *bytes) {
  struct ndp_tensor t;
  cr_assert_eq(ndp_tensor_empty(d, 1, &n, 'C', &t, NULL), NDP_OK);
  memcpy(t.buf->data, bytes, (size_t)n * (size_t)ndp_dtype_size(d));
  return t;
}

/* A 1-d tensor of ones. */
static struct ndp_tensor ones(enum ndp_dtype d, int64_t n) {
  struct ndp_tensor t;
  cr_assert_eq(ndp_tensor_empty(d, 1, &n, 'C', &t, NULL), NDP_OK);
  struct ndp_elem e;
  memset(&e, 0, sizeof e);
  e.dtype = d;
  e.v.u = 1;
  if (ndp_dtype_kind(d) == NDP_KIND_BOOL) e.v.b = true;
  if (ndp_dtype_kind(d) == NDP_KIND_FLOAT) e.v.f = 1;
  if (ndp_dtype_kind(d) == NDP_KIND_COMPLEX) e.v.c.re = 1, e.v.c.im = 0;
  for (int64_t i = 0; i < n; i++) ndp_elem_store(d, false, t.buf->data + i * ndp_dtype_size(d), &e);
  return t;
}

/* A step with its operands. */
struct call {
  struct ndp_step step;
  struct ndp_arg args[2];
  const struct ndp_tensor *ops[2];
};

static void call_init(struct call *c, enum ndp_op op) {
  memset(c, 0, sizeof *c);
  c->step.op = op;
  c->step.nargs = nin_of(op);
  c->step.args = c->args;
  c->step.id = (char *)"r";
}

static void arg_tensor(struct call *c, int i, const struct ndp_tensor *t) {
  c->args[i].kind = NDP_ARG_REF;
  c->ops[i] = t;
}

static void arg_pyint(struct call *c, int i, bool neg, uint64_t mag) {
  c->args[i].kind = NDP_ARG_PYINT;
  c->args[i].pyint.neg = neg;
  c->args[i].pyint.mag = mag;
  c->args[i].pyint.fval = neg ? -(double)mag : (double)mag;
  c->ops[i] = NULL;
}

static void arg_pyfloat(struct call *c, int i, double f) {
  c->args[i].kind = NDP_ARG_PYFLOAT;
  c->args[i].f = f;
  c->ops[i] = NULL;
}

static void arg_pycomplex(struct call *c, int i, double re, double im) {
  c->args[i].kind = NDP_ARG_PYCOMPLEX;
  c->args[i].re = re;
  c->args[i].im = im;
  c->ops[i] = NULL;
}

static void arg_pybool(struct call *c, int i, bool b) {
  c->args[i].kind = NDP_ARG_PYBOOL;
  c->args[i].b = b;
  c->ops[i] = NULL;
}

/* Runs the call; returns the status, with *out and *err filled. */
static enum ndp_status run(struct call *c, struct ndp_tensor *out, struct ndp_error *err,
                           int64_t *copied) {
  int64_t local = 0;
  memset(err, 0, sizeof *err);
  memset(out, 0, sizeof *out);
  return ndp_ref_ufunc(&c->step, c->ops, out, copied != NULL ? copied : &local, err);
}

/* ------------------------------------------------------------ loop selection */

/* Operand kind k of the resolve tables: 0..13 a dtype, then the scalars. */
static void set_kind(struct call *c, int i, int k, const struct ndp_tensor *arrays,
                     struct ndp_arg *npc) {
  if (k < NDP_NDTYPES) {
    arg_tensor(c, i, &arrays[k]);
    return;
  }
  switch (k - NDP_NDTYPES) {
  case 0:
    arg_pyint(c, i, false, 1);
    break;
  case 1:
    arg_pyfloat(c, i, 1.0);
    break;
  case 2:
    arg_pycomplex(c, i, 0.0, 1.0);
    break;
  case 3:
    arg_pybool(c, i, true);
    break;
  default:
    c->args[i] = *npc;
    c->ops[i] = &npc->scalar;
    break;
  }
}

static char result_code(enum ndp_status st, const struct ndp_tensor *out,
                        const struct ndp_error *err) {
  if (st == NDP_OK) return (char)('a' + (int)out->dtype);
  if (st != NDP_ESTEP) return '?';
  switch (err->cls) {
  case NDP_ERRC_CAST:
    return 'C';
  case NDP_ERRC_OVERFLOW:
    return 'O';
  case NDP_ERRC_VALUE:
    return 'V';
  case NDP_ERRC_TYPE:
    return 'T';
  default:
    return '!';
  }
}

static const char *code_name(char c) {
  static const char *const names[] = {"bool",    "int8",    "uint8",     "int16",     "uint16",
                                      "int32",   "uint32",  "int64",     "uint64",    "float16",
                                      "float32", "float64", "complex64", "complex128"};
  if (c >= 'a' && c <= 'n') return names[c - 'a'];
  return c == 'C'   ? "cast error"
         : c == 'O' ? "overflow"
         : c == 'V' ? "value error"
         : c == 'T' ? "type error"
                    : "other";
}

static const char *const kind_names[] = {
    "bool",   "int8",     "uint8",      "int16",   "uint16",       "int32",     "uint32",
    "int64",  "uint64",   "float16",    "float32", "float64",      "complex64", "complex128",
    "py-int", "py-float", "py-complex", "py-bool", "np.complex128"};

/* The subset kinds of resolve_dtype / resolve_casting, as kind indices. */
static const int subset[] = {0, 1, 4, 7, 8, 9, 10, 12, 14, 15, 16};
enum { NSUB = sizeof subset / sizeof subset[0], NKINDS = NDP_NDTYPES + 5 };

struct fixture {
  struct ndp_tensor arrays[NDP_NDTYPES];
  struct ndp_arg npc;
};

static void fixture_init(struct fixture *f) {
  for (int d = 0; d < NDP_NDTYPES; d++) f->arrays[d] = ones((enum ndp_dtype)d, 1);
  memset(&f->npc, 0, sizeof f->npc);
  f->npc.kind = NDP_ARG_NPSCALAR;
  cr_assert_eq(ndp_tensor_empty(NDP_COMPLEX128, 0, NULL, 'C', &f->npc.scalar, NULL), NDP_OK);
  double one[2] = {1.0, 0.0};
  memcpy(f->npc.scalar.buf->data, one, sizeof one);
}

static void fixture_fini(struct fixture *f) {
  for (int d = 0; d < NDP_NDTYPES; d++) ndp_tensor_release(&f->arrays[d]);
  ndp_tensor_release(&f->npc.scalar);
}

/* Checks one resolve table: for each op, codes[k] for the k-th combination
 * of (variant, operand kinds) as gen_ufunc_tests.py enumerates them. */
static void check_resolve(const struct resolve_row *rows, size_t nrows, int nvariants,
                          const int *kinds, int nkinds, void (*apply)(struct call *, int variant)) {
  struct fixture f;
  fixture_init(&f);
  long bad = 0;
  for (size_t r = 0; r < nrows; r++) {
    enum ndp_op op = op_of(rows[r].op);
    int nin = nin_of(op);
    int per = nin == 2 ? nkinds * nkinds : nkinds;
    cr_assert_eq(strlen(rows[r].codes), (size_t)(nvariants * per), "row %s", rows[r].op);
    for (int v = 0; v < nvariants; v++)
      for (int k = 0; k < per; k++) {
        struct call c;
        call_init(&c, op);
        int ka = kinds[nin == 2 ? k / nkinds : k], kb = kinds[k % nkinds];
        set_kind(&c, 0, ka, f.arrays, &f.npc);
        if (nin == 2) set_kind(&c, 1, kb, f.arrays, &f.npc);
        apply(&c, v);
        struct ndp_tensor out;
        struct ndp_error err;
        enum ndp_status st = run(&c, &out, &err, NULL);
        char got = result_code(st, &out, &err), want = rows[r].codes[v * per + k];
        if (st == NDP_OK) ndp_tensor_release(&out);
        if (got != want && bad++ < 40) {
          cr_log_error("%s(%s%s%s), variant %d: NumPy gives %s, ref %s (%s)", rows[r].op,
                       kind_names[ka], nin == 2 ? ", " : "", nin == 2 ? kind_names[kb] : "", v,
                       code_name(want), code_name(got), st == NDP_OK ? "" : err.msg);
        }
      }
  }
  fixture_fini(&f);
  cr_expect_eq(bad, 0, "%ld combinations resolve differently from NumPy", bad);
}

static void apply_nothing(struct call *c, int v) {
  (void)c, (void)v;
}
static void apply_dtype(struct call *c, int v) {
  c->step.has_dtype = true;
  c->step.dtype = (enum ndp_dtype)v;
}
static void apply_casting(struct call *c, int v) {
  static const enum ndp_casting modes[3] = {NDP_CAST_NO, NDP_CAST_SAFE, NDP_CAST_UNSAFE};
  c->step.has_casting = true;
  c->step.casting = modes[v];
}

Test(ref_ufunc, ufunc_should_pick_numpys_loop_for_every_pair_of_operand_kinds) {
  int all[NKINDS];
  for (int k = 0; k < NKINDS; k++) all[k] = k;
  check_resolve(resolve_default, sizeof resolve_default / sizeof resolve_default[0], 1, all, NKINDS,
                apply_nothing);
}

Test(ref_ufunc, ufunc_should_honour_dtype_like_numpy) {
  check_resolve(resolve_dtype, sizeof resolve_dtype / sizeof resolve_dtype[0], NDP_NDTYPES, subset,
                NSUB, apply_dtype);
}

Test(ref_ufunc, ufunc_should_check_input_casting_like_numpy) {
  check_resolve(resolve_casting, sizeof resolve_casting / sizeof resolve_casting[0], 3, subset,
                NSUB, apply_casting);
}

/* ------------------------------------------------------------ values */

/* Transcendental results may differ from NumPy's SIMD/SVML loops in the
 * last bits; everything else is compared bit for bit (NaNs as NaNs). */
static bool loose_op(const char *op) {
  return !strcmp(op, "exp") || !strcmp(op, "log") || !strcmp(op, "power") ||
         !strcmp(op, "absolute");
}

static double part_at(enum ndp_dtype d, const unsigned char *p, int k) {
  struct ndp_elem e;
  ndp_elem_load(d, false, p, &e);
  switch (ndp_dtype_kind(d)) {
  case NDP_KIND_BOOL:
    return e.v.b;
  case NDP_KIND_INT:
    return (double)e.v.i;
  case NDP_KIND_UINT:
    return (double)e.v.u;
  case NDP_KIND_FLOAT:
    return e.v.f;
  case NDP_KIND_COMPLEX:
    return k ? e.v.c.im : e.v.c.re;
  }
  return 0;
}

static bool same_value(enum ndp_dtype d, const unsigned char *g, const unsigned char *w,
                       bool loose) {
  int size = ndp_dtype_size(d);
  if (!memcmp(g, w, (size_t)size)) return true;
  enum ndp_kind k = ndp_dtype_kind(d);
  if (k != NDP_KIND_FLOAT && k != NDP_KIND_COMPLEX) return false;
  int parts = k == NDP_KIND_COMPLEX ? 2 : 1;
  double tol = d == NDP_FLOAT64 || d == NDP_COMPLEX128 ? 4e-16 : d == NDP_FLOAT16 ? 1e-3 : 3e-7;
  for (int p = 0; p < parts; p++) {
    double a = part_at(d, g, p), b = part_at(d, w, p);
    if (isnan(a) && isnan(b)) continue;
    int psz = size / parts;
    if (!memcmp(g + p * psz, w + p * psz, (size_t)psz)) continue;
    if (loose && isfinite(a) && isfinite(b) && fabs(a - b) <= tol * fabs(b)) continue;
    return false;
  }
  return true;
}

Test(ref_ufunc, ufunc_should_compute_numpys_values_on_special_inputs) {
  long bad = 0;
  for (size_t r = 0; r < sizeof val_rows / sizeof val_rows[0]; r++) {
    const struct val_row *row = &val_rows[r];
    enum ndp_op op = op_of(row->op);
    enum ndp_dtype d = dtype_of(row->dtype);
    const struct val_input *in = NULL;
    for (size_t i = 0; i < sizeof val_inputs / sizeof val_inputs[0]; i++)
      if (!strcmp(val_inputs[i].dtype, row->dtype)) in = &val_inputs[i];
    cr_assert_not_null(in);
    int isz = ndp_dtype_size(d), n = in->n;
    unsigned char vals[16 * 16];
    unhex(in->hex, vals, (size_t)(n * isz));
    unsigned char a[64 * 16], b[64 * 16];
    int64_t m = 0;
    if (nin_of(op) == 2) {
      for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
          if (op == NDP_OP_POWER && d == NDP_INT8 && (int8_t)vals[j] < 0) continue;
          memcpy(a + m * isz, vals + i * isz, (size_t)isz);
          memcpy(b + m * isz, vals + j * isz, (size_t)isz);
          m++;
        }
    } else {
      memcpy(a, vals, (size_t)(n * isz));
      m = n;
    }
    struct ndp_tensor ta = tensor_of_bytes(d, m, a), tb = tensor_of_bytes(d, m, b);
    struct call c;
    call_init(&c, op);
    arg_tensor(&c, 0, &ta);
    if (nin_of(op) == 2) arg_tensor(&c, 1, &tb);
    struct ndp_tensor out;
    struct ndp_error err;
    enum ndp_status st = run(&c, &out, &err, NULL);
    if (row->out_dtype == NULL) {
      cr_expect_eq(st, NDP_ESTEP, "%s(%s) should fail as in NumPy", row->op, row->dtype);
      if (st == NDP_OK) ndp_tensor_release(&out);
    } else if (st != NDP_OK) {
      cr_expect_fail("%s(%s) failed: %s", row->op, row->dtype, err.msg);
    } else {
      enum ndp_dtype od = dtype_of(row->out_dtype);
      cr_expect_eq(out.dtype, od, "%s(%s): result dtype %s, NumPy %s", row->op, row->dtype,
                   ndp_dtype_name(out.dtype), row->out_dtype);
      int osz = ndp_dtype_size(od);
      cr_assert_eq(strlen(row->hex), (size_t)(2 * m * osz), "%s(%s) table length", row->op,
                   row->dtype);
      for (int64_t i = 0; i < m && out.dtype == od; i++) {
        unsigned char w[16];
        unhex(row->hex + 2 * i * osz, w, (size_t)osz);
        const unsigned char *g = out.buf->data + i * osz;
        if (!same_value(od, g, w, loose_op(row->op)) && bad++ < 40) {
          cr_log_error("%s(%s) element %lld (a=%.17g%s%.17g): ref (%.17g, %.17g), NumPy (%.17g, "
                       "%.17g)",
                       row->op, row->dtype, (long long)i, part_at(d, a + i * isz, 0),
                       nin_of(op) == 2 ? ", b=" : " ", part_at(d, b + i * isz, 0),
                       part_at(od, g, 0), part_at(od, g, 1), part_at(od, w, 0), part_at(od, w, 1));
        }
      }
      ndp_tensor_release(&out);
    }
    ndp_tensor_release(&ta);
    ndp_tensor_release(&tb);
  }
  cr_expect_eq(bad, 0, "%ld values differ from NumPy", bad);
}

/* ------------------------------------------------------------ fast paths */

/* Every layout the driver has a path for (contiguous, strided, negative
 * strides, byte-swapped, transposed, a 0-d operand on either side, row and
 * column broadcasts) must give what the general path gives element by
 * element (each element as a 0-d operand goes through the strided loop
 * with zero strides). */

enum { R = 4, C = 5, NE = R * C };

struct layout_env {
  enum ndp_op op;
  enum ndp_dtype d;
  int isz;
  unsigned char A[NE * 16], B[NE * 16];
  /* expected results: same index, b = B[0], a = A[0], b = row 0, b = column 0 */
  unsigned char ref[5][NE * 16];
  bool ref_ok[5];
  enum ndp_dtype od;
  int osz;
};

static struct ndp_tensor view(struct ndp_buffer *buf, enum ndp_dtype d, int ndim,
                              const int64_t *shape, const int64_t *strides, int64_t offset,
                              bool swapped) {
  struct ndp_tensor t;
  memset(&t, 0, sizeof t);
  t.dtype = d;
  t.swapped = swapped;
  t.ndim = ndim;
  for (int k = 0; k < ndim; k++) t.shape[k] = shape[k], t.strides[k] = strides[k];
  t.offset = offset;
  t.buf = buf;
  return t;
}

static struct ndp_buffer *buffer_of(const unsigned char *bytes, size_t n) {
  struct ndp_buffer *b = NULL;
  cr_assert_eq(ndp_buffer_new(n, &b, NULL), NDP_OK);
  memcpy(b->data, bytes, n);
  return b;
}

/* One element of the general path: op(A[ia], B[ib]) as 0-d operands. */
static bool elementwise(struct layout_env *e, int ia, int ib, unsigned char *out) {
  struct ndp_buffer *ba = buffer_of(e->A, sizeof e->A), *bb = buffer_of(e->B, sizeof e->B);
  struct ndp_tensor a = view(ba, e->d, 0, NULL, NULL, (int64_t)ia * e->isz, false);
  struct ndp_tensor b = view(bb, e->d, 0, NULL, NULL, (int64_t)ib * e->isz, false);
  struct call c;
  call_init(&c, e->op);
  arg_tensor(&c, 0, &a);
  if (nin_of(e->op) == 2) arg_tensor(&c, 1, &b);
  struct ndp_tensor r;
  struct ndp_error err;
  bool ok = run(&c, &r, &err, NULL) == NDP_OK;
  if (ok) {
    cr_assert_eq(r.ndim, 0);
    e->od = r.dtype;
    e->osz = ndp_dtype_size(r.dtype);
    memcpy(out, r.buf->data + r.offset, (size_t)e->osz);
    ndp_tensor_release(&r);
  }
  ndp_buffer_release(ba);
  ndp_buffer_release(bb);
  return ok;
}

static void fill_values(struct layout_env *e, unsigned seed) {
  uint64_t s = 0x9e3779b97f4a7c15ull ^ seed;
  for (int i = 0; i < NE; i++) {
    for (int which = 0; which < 2; which++) {
      s = s * 6364136223846793005ull + 1442695040888963407ull;
      uint64_t bits = s >> 11;
      struct ndp_elem v;
      memset(&v, 0, sizeof v);
      v.dtype = e->d;
      double f = (double)(int64_t)(bits % 2001) / 64.0 - 15.0;
      static const double specials[] = {0.0, -0.0, INFINITY, -INFINITY, NAN, 1.0, -1.0};
      if (i % 6 == 5) f = specials[(i / 6 + which) % 7];
      switch (ndp_dtype_kind(e->d)) {
      case NDP_KIND_BOOL:
        v.v.b = bits & 1;
        break;
      case NDP_KIND_INT:
        v.v.i = (int64_t)(bits >> 3) - (int64_t)(bits >> 2);
        break;
      case NDP_KIND_UINT:
        v.v.u = bits ^ (bits << 13);
        break;
      case NDP_KIND_FLOAT:
        v.v.f = f;
        break;
      case NDP_KIND_COMPLEX:
        v.v.c.re = f, v.v.c.im = (double)(int64_t)(bits % 37) / 8.0 - 2;
        break;
      }
      if (e->d == NDP_FLOAT32 || e->d == NDP_COMPLEX64) v.v.c.re = (float)v.v.c.re;
      if (e->d == NDP_FLOAT16) v.v.f = ndp_half_to_double(ndp_double_to_half(v.v.f));
      bool small = which == 1 && (i % 3 == 0 || e->op == NDP_OP_POWER ||
                                  e->op == NDP_OP_LEFT_SHIFT || e->op == NDP_OP_RIGHT_SHIFT);
      if (small && ndp_dtype_kind(e->d) == NDP_KIND_INT) v.v.i = (int64_t)(bits % 9);
      if (small && ndp_dtype_kind(e->d) == NDP_KIND_UINT) v.v.u = bits % 9;
      ndp_elem_store(e->d, false, (which ? e->B : e->A) + i * e->isz, &v);
    }
  }
}

static void swap_copy(const unsigned char *src, unsigned char *dst, enum ndp_dtype d, int n) {
  int size = ndp_dtype_size(d), parts = ndp_dtype_kind(d) == NDP_KIND_COMPLEX ? 2 : 1;
  int ps = size / parts;
  for (int i = 0; i < n; i++)
    for (int p = 0; p < parts; p++)
      for (int k = 0; k < ps; k++) dst[i * size + p * ps + k] = src[i * size + p * ps + ps - 1 - k];
}

/* Compares a layout's result with expected element refs (index map fn). */
static void compare_layout(struct layout_env *e, const char *layout, struct ndp_tensor *a,
                           struct ndp_tensor *b, int which_ref, long *bad) {
  struct call c;
  call_init(&c, e->op);
  arg_tensor(&c, 0, a);
  if (nin_of(e->op) == 2) arg_tensor(&c, 1, b);
  struct ndp_tensor r;
  struct ndp_error err;
  enum ndp_status st = run(&c, &r, &err, NULL);
  if (!e->ref_ok[which_ref]) {
    cr_expect_neq(st, NDP_OK, "%s(%s) %s: the general path fails, this one did not",
                  ndp_op_name(e->op), ndp_dtype_name(e->d), layout);
    if (st == NDP_OK) ndp_tensor_release(&r);
    return;
  }
  cr_assert_eq(st, NDP_OK, "%s(%s) %s: %s", ndp_op_name(e->op), ndp_dtype_name(e->d), layout,
               err.msg);
  cr_assert_eq(r.ndim, 2, "%s %s", ndp_op_name(e->op), layout);
  cr_assert(r.shape[0] == R && r.shape[1] == C, "%s %s", ndp_op_name(e->op), layout);
  cr_assert(ndp_tensor_is_c_contiguous(&r));
  /* the complex128 product rounds differently on contiguous operands (see
   * mul_c128): compare loosely there */
  bool loose = e->op == NDP_OP_MULTIPLY && e->d == NDP_COMPLEX128;
  for (int i = 0; i < NE; i++) {
    const unsigned char *g = r.buf->data + r.offset + i * e->osz;
    const unsigned char *w = e->ref[which_ref] + i * e->osz;
    if (!same_value(e->od, g, w, loose) && (*bad)++ < 30) {
      cr_log_error("%s(%s) %s element %d: got (%.17g, %.17g), general path (%.17g, %.17g)",
                   ndp_op_name(e->op), ndp_dtype_name(e->d), layout, i, part_at(e->od, g, 0),
                   part_at(e->od, g, 1), part_at(e->od, w, 0), part_at(e->od, w, 1));
    }
  }
  ndp_tensor_release(&r);
}

static void check_layouts(enum ndp_op op, enum ndp_dtype d, long *bad) {
  struct layout_env *e = calloc(1, sizeof *e);
  cr_assert_not_null(e);
  e->op = op;
  e->d = d;
  e->isz = ndp_dtype_size(d);
  fill_values(e, (unsigned)(op * 31 + d));
  int isz = e->isz;
  bool binary = nin_of(op) == 2;
  /* expected, from the general path */
  for (int k = 0; k < 5; k++) e->ref_ok[k] = true;
  for (int i = 0; i < NE; i++) {
    int row = i / C, col = i % C;
    int pairs[5][2] = {{i, i}, {i, 0}, {0, i}, {i, col}, {i, row * C}};
    for (int k = 0; k < (binary ? 5 : 1); k++)
      e->ref_ok[k] = e->ref_ok[k] && elementwise(e, pairs[k][0], pairs[k][1], e->ref[k] + i * 16);
  }
  /* refs were written at stride 16: compact them to the result's itemsize */
  for (int k = 0; k < 5; k++)
    for (int i = 0; i < NE; i++)
      memmove(e->ref[k] + i * e->osz, e->ref[k] + i * 16, (size_t)e->osz);
  if (!e->ref_ok[0]) {
    free(e);
    return; /* no loop for this dtype: nothing to compare */
  }
  int64_t shape[2] = {R, C}, cstr[2] = {C * isz, isz};
  struct ndp_buffer *ba = buffer_of(e->A, (size_t)(NE * isz)),
                    *bb = buffer_of(e->B, (size_t)(NE * isz));
  struct ndp_tensor a = view(ba, d, 2, shape, cstr, 0, false),
                    b = view(bb, d, 2, shape, cstr, 0, false);
  compare_layout(e, "contiguous", &a, &b, 0, bad);

  /* every other element of an (8, 10) buffer */
  unsigned char big[4 * NE * 16];
  memset(big, 0x7f, sizeof big);
  for (int i = 0; i < NE; i++)
    memcpy(big + ((i / C) * 2 * 2 * C + (i % C) * 2) * isz, e->A + i * isz, (size_t)isz);
  struct ndp_buffer *bs = buffer_of(big, sizeof big);
  int64_t sstr[2] = {4 * C * isz, 2 * isz};
  struct ndp_tensor as = view(bs, d, 2, shape, sstr, 0, false);
  compare_layout(e, "strided", &as, &b, 0, bad);

  /* reversed storage walked with negative strides */
  unsigned char rev[NE * 16];
  for (int i = 0; i < NE; i++) memcpy(rev + (NE - 1 - i) * isz, e->A + i * isz, (size_t)isz);
  struct ndp_buffer *br = buffer_of(rev, sizeof rev);
  int64_t nstr[2] = {-C * isz, -isz};
  struct ndp_tensor an = view(br, d, 2, shape, nstr, (NE - 1) * isz, false);
  compare_layout(e, "negative strides", &an, &b, 0, bad);

  /* byte-swapped storage */
  unsigned char sw[NE * 16];
  swap_copy(e->A, sw, d, NE);
  struct ndp_buffer *bw = buffer_of(sw, sizeof sw);
  struct ndp_tensor aw = view(bw, d, 2, shape, cstr, 0, isz > 1);
  compare_layout(e, "byte-swapped", &aw, &b, 0, bad);

  /* misaligned storage (offset by one byte): the memcpy loops */
  unsigned char mis[NE * 16 + 1];
  memcpy(mis + 1, e->A, (size_t)(NE * isz));
  struct ndp_buffer *bm = buffer_of(mis, sizeof mis);
  struct ndp_tensor am = view(bm, d, 2, shape, cstr, 1, false);
  compare_layout(e, "misaligned", &am, &b, 0, bad);

  /* a transposed (Fortran-order) view */
  unsigned char tr[NE * 16];
  for (int i = 0; i < NE; i++)
    memcpy(tr + ((i % C) * R + i / C) * isz, e->A + i * isz, (size_t)isz);
  struct ndp_buffer *bt = buffer_of(tr, sizeof tr);
  int64_t tstr[2] = {isz, R * isz};
  struct ndp_tensor at = view(bt, d, 2, shape, tstr, 0, false);
  compare_layout(e, "transposed", &at, &b, 0, bad);

  if (binary) {
    struct ndp_tensor b0 = view(bb, d, 0, NULL, NULL, 0, false);
    struct ndp_tensor a0 = view(ba, d, 0, NULL, NULL, 0, false);
    compare_layout(e, "0-d second operand", &a, &b0, 1, bad);
    compare_layout(e, "0-d first operand", &a0, &b, 2, bad);
    int64_t rshape[1] = {C}, rstr[1] = {isz};
    struct ndp_tensor brow = view(bb, d, 1, rshape, rstr, 0, false);
    compare_layout(e, "row broadcast", &a, &brow, 3, bad);
    int64_t cshape[2] = {R, 1}, ccstr[2] = {C * isz, isz};
    struct ndp_tensor bcol = view(bb, d, 2, cshape, ccstr, 0, false);
    compare_layout(e, "column broadcast", &a, &bcol, 4, bad);
    int64_t zstr[2] = {0, isz}; /* a broadcast view made by broadcast_to: zero strides */
    struct ndp_tensor bz = view(bb, d, 2, shape, zstr, 0, false);
    compare_layout(e, "zero-stride operand", &a, &bz, 3, bad);
    compare_layout(e, "misaligned with a 0-d operand", &am, &b0, 1, bad);
  }
  ndp_buffer_release(bm);
  ndp_buffer_release(ba);
  ndp_buffer_release(bb);
  ndp_buffer_release(bs);
  ndp_buffer_release(br);
  ndp_buffer_release(bw);
  ndp_buffer_release(bt);
  free(e);
}

Test(ref_ufunc, fast_paths_should_agree_with_the_general_path) {
  static const enum ndp_dtype dts[] = {NDP_BOOL,      NDP_INT8,      NDP_UINT16,  NDP_INT32,
                                       NDP_UINT64,    NDP_FLOAT16,   NDP_FLOAT32, NDP_FLOAT64,
                                       NDP_COMPLEX64, NDP_COMPLEX128};
  long bad = 0;
  for (int op = NDP_OP_ADD; op <= NDP_OP_ISFINITE; op++)
    for (size_t k = 0; k < sizeof dts / sizeof dts[0]; k++)
      check_layouts((enum ndp_op)op, dts[k], &bad);
  cr_expect_eq(bad, 0, "%ld elements differ between layouts", bad);
}

/* ------------------------------------------------------------ NEP 50 scalars */

static struct ndp_tensor from_doubles(enum ndp_dtype d, int64_t n, const double *v) {
  struct ndp_tensor t;
  cr_assert_eq(ndp_tensor_empty(d, 1, &n, 'C', &t, NULL), NDP_OK);
  for (int64_t i = 0; i < n; i++) {
    struct ndp_elem e;
    memset(&e, 0, sizeof e);
    e.dtype = d;
    switch (ndp_dtype_kind(d)) {
    case NDP_KIND_BOOL:
      e.v.b = v[i] != 0;
      break;
    case NDP_KIND_INT:
      e.v.i = (int64_t)v[i];
      break;
    case NDP_KIND_UINT:
      e.v.u = (uint64_t)v[i];
      break;
    case NDP_KIND_FLOAT:
      e.v.f = v[i];
      break;
    case NDP_KIND_COMPLEX:
      e.v.c.re = v[i];
      break;
    }
    ndp_elem_store(d, false, t.buf->data + i * ndp_dtype_size(d), &e);
  }
  return t;
}

static double elem(const struct ndp_tensor *t, int64_t i, int part) {
  return part_at(t->dtype, t->buf->data + t->offset + i * ndp_dtype_size(t->dtype), part);
}

static void expect_error(struct call *c, enum ndp_errclass cls, const char *msg, const char *what) {
  struct ndp_tensor out;
  struct ndp_error err;
  enum ndp_status st = run(c, &out, &err, NULL);
  cr_assert_eq(st, NDP_ESTEP, "%s should fail", what);
  cr_expect_eq(err.cls, cls, "%s: class %s (%s)", what, ndp_errclass_name(err.cls), err.msg);
  if (msg != NULL) cr_expect_str_eq(err.msg, msg, "%s", what);
  cr_expect_null(out.buf, "%s leaves no result", what);
}

static struct ndp_tensor expect_ok(struct call *c, enum ndp_dtype dt, const char *what) {
  struct ndp_tensor out;
  struct ndp_error err;
  enum ndp_status st = run(c, &out, &err, NULL);
  cr_assert_eq(st, NDP_OK, "%s: %s", what, err.msg);
  cr_expect_eq(out.dtype, dt, "%s: dtype %s, want %s", what, ndp_dtype_name(out.dtype),
               ndp_dtype_name(dt));
  return out;
}

Test(ref_ufunc, python_int_should_take_the_array_dtype_and_fail_out_of_range) {
  double v[3] = {1, -2, 100};
  struct ndp_tensor i8 = from_doubles(NDP_INT8, 3, v);
  struct call c;
  call_init(&c, NDP_OP_ADD);
  arg_tensor(&c, 0, &i8);
  arg_pyint(&c, 1, false, 27);
  struct ndp_tensor r = expect_ok(&c, NDP_INT8, "int8 + 27");
  cr_expect_eq(elem(&r, 0, 0), 28);
  cr_expect_eq(elem(&r, 2, 0), 127);
  ndp_tensor_release(&r);
  arg_pyint(&c, 1, false, 30); /* 100 + 30 wraps in int8 */
  r = expect_ok(&c, NDP_INT8, "int8 + 30");
  cr_expect_eq(elem(&r, 2, 0), -126);
  ndp_tensor_release(&r);
  arg_pyint(&c, 1, false, 300);
  expect_error(&c, NDP_ERRC_OVERFLOW, "Python integer 300 out of bounds for int8", "int8 + 300");
  call_init(&c, NDP_OP_EQUAL); /* the ufunc raises too (only == falls back in 1.24) */
  arg_tensor(&c, 0, &i8);
  arg_pyint(&c, 1, false, 300);
  expect_error(&c, NDP_ERRC_OVERFLOW, NULL, "equal(int8, 300)");
  call_init(&c, NDP_OP_LOGICAL_AND); /* truth values: never out of range */
  arg_tensor(&c, 0, &i8);
  arg_pyint(&c, 1, false, 300);
  r = expect_ok(&c, NDP_BOOL, "logical_and(int8, 300)");
  cr_expect_eq(elem(&r, 1, 0), 1);
  ndp_tensor_release(&r);
  call_init(&c, NDP_OP_FLOOR_DIVIDE); /* loop search by kind: int8 // 2 stays int8 */
  arg_tensor(&c, 0, &i8);
  arg_pyint(&c, 1, false, 2);
  r = expect_ok(&c, NDP_INT8, "int8 // 2");
  cr_expect_eq(elem(&r, 1, 0), -1);
  ndp_tensor_release(&r);
  ndp_tensor_release(&i8);
  double bv[2] = {0, 1};
  struct ndp_tensor b = from_doubles(NDP_BOOL, 2, bv);
  call_init(&c, NDP_OP_FLOOR_DIVIDE); /* no array of the int's kind: int64 */
  arg_tensor(&c, 0, &b);
  arg_pyint(&c, 1, false, 2);
  r = expect_ok(&c, NDP_INT64, "bool // 2");
  ndp_tensor_release(&r);
  call_init(&c, NDP_OP_ADD);
  arg_tensor(&c, 0, &b);
  arg_pyint(&c, 1, true, 5);
  r = expect_ok(&c, NDP_INT64, "bool + -5");
  cr_expect_eq(elem(&r, 1, 0), -4);
  ndp_tensor_release(&r);
  ndp_tensor_release(&b);
  struct ndp_tensor u8 = from_doubles(NDP_UINT8, 3, v);
  call_init(&c, NDP_OP_SUBTRACT);
  arg_tensor(&c, 0, &u8);
  arg_pyint(&c, 1, true, 1);
  expect_error(&c, NDP_ERRC_OVERFLOW, "Python integer -1 out of bounds for uint8", "uint8 - -1");
  ndp_tensor_release(&u8);
}

Test(ref_ufunc, python_float_and_complex_should_keep_float_precision) {
  double v[2] = {1.5, 2.0};
  struct ndp_tensor f16 = from_doubles(NDP_FLOAT16, 2, v), i16 = from_doubles(NDP_INT16, 2, v);
  struct call c;
  call_init(&c, NDP_OP_MULTIPLY);
  arg_tensor(&c, 0, &f16);
  arg_pyfloat(&c, 1, 1e10); /* float16 stays float16: the product overflows to inf */
  struct ndp_tensor r = expect_ok(&c, NDP_FLOAT16, "float16 * 1e10");
  cr_expect(isinf(elem(&r, 0, 0)));
  ndp_tensor_release(&r);
  arg_pycomplex(&c, 1, 0, 1);
  r = expect_ok(&c, NDP_COMPLEX64, "float16 * 1j");
  cr_expect_eq(elem(&r, 0, 1), 1.5);
  ndp_tensor_release(&r);
  arg_tensor(&c, 0, &i16);
  arg_pyfloat(&c, 1, 0.5);
  r = expect_ok(&c, NDP_FLOAT64, "int16 * 0.5");
  cr_expect_eq(elem(&r, 1, 0), 1.0);
  ndp_tensor_release(&r);
  call_init(&c, NDP_OP_ADD); /* a complex into a real loop with dtype= */
  arg_tensor(&c, 0, &f16);
  arg_pycomplex(&c, 1, 1, 1);
  c.step.has_dtype = true;
  c.step.dtype = NDP_FLOAT32;
  c.step.has_casting = true;
  c.step.casting = NDP_CAST_UNSAFE;
  expect_error(&c, NDP_ERRC_TYPE, NULL, "add(float16, 1+1j, dtype=float32)");
  call_init(&c, NDP_OP_ADD);
  arg_tensor(&c, 0, &i16);
  arg_pyfloat(&c, 1, NAN);
  c.step.has_dtype = true;
  c.step.dtype = NDP_INT16;
  c.step.has_casting = true;
  c.step.casting = NDP_CAST_UNSAFE;
  expect_error(&c, NDP_ERRC_VALUE, "cannot convert float NaN to integer", "add(int16, nan, int16)");
  ndp_tensor_release(&f16);
  ndp_tensor_release(&i16);
}

Test(ref_ufunc, python_bool_should_act_as_a_strong_bool) {
  double v[2] = {3, 4};
  struct ndp_tensor i8 = from_doubles(NDP_INT8, 2, v);
  struct call c;
  call_init(&c, NDP_OP_ADD);
  arg_tensor(&c, 0, &i8);
  arg_pybool(&c, 1, true);
  struct ndp_tensor r = expect_ok(&c, NDP_INT8, "int8 + True");
  cr_expect_eq(elem(&r, 1, 0), 5);
  ndp_tensor_release(&r);
  c.step.has_casting = true; /* np.bool_ takes part in casting= checks */
  c.step.casting = NDP_CAST_NO;
  expect_error(&c, NDP_ERRC_CAST, NULL, "add(int8, True, casting=no)");
  ndp_tensor_release(&i8);
}

Test(ref_ufunc, npcomplex128_scalar_should_be_weak) {
  double v[2] = {1, 2};
  struct ndp_tensor f32 = from_doubles(NDP_FLOAT32, 2, v);
  struct ndp_arg npc;
  memset(&npc, 0, sizeof npc);
  npc.kind = NDP_ARG_NPSCALAR;
  cr_assert_eq(ndp_tensor_empty(NDP_COMPLEX128, 0, NULL, 'C', &npc.scalar, NULL), NDP_OK);
  double z[2] = {0.5, 2};
  memcpy(npc.scalar.buf->data, z, sizeof z);
  struct call c;
  call_init(&c, NDP_OP_ADD);
  arg_tensor(&c, 0, &f32);
  c.args[1] = npc;
  c.ops[1] = &npc.scalar;
  struct ndp_tensor r = expect_ok(&c, NDP_COMPLEX64, "float32 + np.complex128(0.5+2j)");
  cr_expect_eq(elem(&r, 1, 0), 2.5);
  cr_expect_eq(elem(&r, 1, 1), 2.0);
  ndp_tensor_release(&r);
  ndp_tensor_release(&npc.scalar);
  ndp_tensor_release(&f32);
}

Test(ref_ufunc, python_int_beyond_int64_should_be_discovered_as_uint64) {
  double v[1] = {1};
  struct ndp_tensor b = from_doubles(NDP_BOOL, 1, v);
  struct call c;
  call_init(&c, NDP_OP_FLOOR_DIVIDE); /* np.floor_divide(bool_array, 2**63) is uint64 */
  arg_tensor(&c, 0, &b);
  arg_pyint(&c, 1, false, UINT64_C(1) << 63);
  struct ndp_tensor r = expect_ok(&c, NDP_UINT64, "bool // 2**63");
  ndp_tensor_release(&r);
  call_init(&c, NDP_OP_ADD); /* but the promotion of add says int64: overflow */
  arg_tensor(&c, 0, &b);
  arg_pyint(&c, 1, false, UINT64_C(1) << 63);
  expect_error(&c, NDP_ERRC_OVERFLOW, "Python int too large to convert to C long", "bool + 2**63");
  call_init(&c, NDP_OP_NEGATIVE); /* np.negative(2**63) is uint64 */
  arg_pyint(&c, 0, false, UINT64_C(1) << 63);
  r = expect_ok(&c, NDP_UINT64, "negative(2**63)");
  cr_expect_eq(r.ndim, 0);
  uint64_t got;
  memcpy(&got, r.buf->data, 8);
  cr_expect_eq(got, UINT64_C(1) << 63);
  ndp_tensor_release(&r);
  ndp_tensor_release(&b);
}

/* ------------------------------------------------------------ errors */

Test(ref_ufunc, ufunc_should_report_numpys_error_classes_and_messages) {
  double v[6] = {1, 2, 3, 4, 5, 6};
  struct ndp_tensor f = from_doubles(NDP_FLOAT32, 2, v), i = from_doubles(NDP_INT8, 3, v);
  struct ndp_tensor bo = from_doubles(NDP_BOOL, 2, v);
  struct call c;
  call_init(&c, NDP_OP_ADD);
  arg_tensor(&c, 0, &f);
  arg_tensor(&c, 1, &i);
  expect_error(&c, NDP_ERRC_BROADCAST,
               "operands could not be broadcast together with shapes (2,) (3,) ", "(2,) + (3,)");
  call_init(&c, NDP_OP_BITWISE_AND);
  arg_tensor(&c, 0, &f);
  arg_tensor(&c, 1, &f);
  expect_error(&c, NDP_ERRC_TYPE, NULL, "bitwise_and(float32, float32)");
  call_init(&c, NDP_OP_NEGATIVE);
  arg_tensor(&c, 0, &bo);
  expect_error(&c, NDP_ERRC_TYPE,
               "The numpy boolean negative, the `-` operator, is not supported, use the `~` "
               "operator or the logical_not function instead.",
               "negative(bool)");
  call_init(&c, NDP_OP_SUBTRACT);
  arg_tensor(&c, 0, &bo);
  arg_tensor(&c, 1, &bo);
  expect_error(&c, NDP_ERRC_TYPE, NULL, "bool - bool");
  call_init(&c, NDP_OP_ADD); /* casting: float32 into an int8 loop */
  arg_tensor(&c, 0, &f);
  arg_tensor(&c, 1, &f);
  c.step.has_dtype = true;
  c.step.dtype = NDP_INT8;
  expect_error(&c, NDP_ERRC_CAST,
               "Cannot cast ufunc 'add' input 0 from dtype('float32') to dtype('int8') with "
               "casting rule 'same_kind'",
               "add(float32, float32, dtype=int8)");
  call_init(&c, NDP_OP_POWER);
  double neg[3] = {2, -1, 3};
  struct ndp_tensor e = from_doubles(NDP_INT8, 3, neg);
  arg_tensor(&c, 0, &i);
  arg_tensor(&c, 1, &e);
  expect_error(&c, NDP_ERRC_VALUE, "Integers to negative integer powers are not allowed.",
               "int8 ** -1");
  /* a cast error comes before broadcasting; a scalar's error before casting */
  call_init(&c, NDP_OP_ADD);
  arg_tensor(&c, 0, &f);
  arg_tensor(&c, 1, &i);
  c.step.has_casting = true;
  c.step.casting = NDP_CAST_NO;
  expect_error(&c, NDP_ERRC_CAST, NULL, "(2,) float32 + (3,) int8, casting=no");
  arg_pyint(&c, 1, false, 1000);
  c.step.has_dtype = true;
  c.step.dtype = NDP_INT8;
  expect_error(&c, NDP_ERRC_OVERFLOW, NULL, "add(float32, 1000, dtype=int8, casting=no)");
  ndp_tensor_release(&f);
  ndp_tensor_release(&i);
  ndp_tensor_release(&bo);
  ndp_tensor_release(&e);
}

Test(ref_ufunc, byte_swapped_input_should_not_pass_casting_no) {
  double v[2] = {1, 2};
  struct ndp_tensor a = from_doubles(NDP_INT32, 2, v);
  struct ndp_tensor s = from_doubles(NDP_INT32, 2, v);
  swap_copy(a.buf->data, s.buf->data, NDP_INT32, 2);
  s.swapped = true;
  struct call c;
  call_init(&c, NDP_OP_ADD);
  arg_tensor(&c, 0, &a);
  arg_tensor(&c, 1, &s);
  c.step.has_casting = true;
  c.step.casting = NDP_CAST_NO;
  expect_error(&c, NDP_ERRC_CAST, NULL, "add(int32, >i4, casting=no)");
  c.step.casting = NDP_CAST_EQUIV;
  struct ndp_tensor r = expect_ok(&c, NDP_INT32, "add(int32, >i4, casting=equiv)");
  cr_expect_eq(elem(&r, 1, 0), 4);
  ndp_tensor_release(&r);
  ndp_tensor_release(&a);
  ndp_tensor_release(&s);
}

/* ------------------------------------------------------------ semantics */

Test(ref_ufunc, integer_edge_cases_should_follow_numpy) {
  struct {
    enum ndp_op op;
    double a, b, want;
  } rows[] = {
      {NDP_OP_FLOOR_DIVIDE, 7, 0, 0},
      {NDP_OP_REMAINDER, 7, 0, 0},
      {NDP_OP_FLOOR_DIVIDE, -128, -1, -128},
      {NDP_OP_REMAINDER, -128, -1, 0},
      {NDP_OP_FLOOR_DIVIDE, -7, 2, -4},
      {NDP_OP_REMAINDER, -7, 2, 1},
      {NDP_OP_REMAINDER, 7, -2, -1},
      {NDP_OP_LEFT_SHIFT, 1, 7, -128},
      {NDP_OP_LEFT_SHIFT, 1, 8, 0},
      {NDP_OP_LEFT_SHIFT, 1, -1, 0},
      {NDP_OP_RIGHT_SHIFT, -128, 3, -16},
      {NDP_OP_RIGHT_SHIFT, -128, 8, -1},
      {NDP_OP_RIGHT_SHIFT, 100, 9, 0},
      {NDP_OP_RIGHT_SHIFT, -5, -1, -1},
      {NDP_OP_MULTIPLY, 100, 3, 44},
      {NDP_OP_POWER, 3, 5, -13},
      {NDP_OP_POWER, -2, 0, 1},
      {NDP_OP_SUBTRACT, -128, 1, 127},
  };
  for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
    struct ndp_tensor a = from_doubles(NDP_INT8, 1, &rows[k].a),
                      b = from_doubles(NDP_INT8, 1, &rows[k].b);
    struct call c;
    call_init(&c, rows[k].op);
    arg_tensor(&c, 0, &a);
    arg_tensor(&c, 1, &b);
    struct ndp_tensor r = expect_ok(&c, NDP_INT8, ndp_op_name(rows[k].op));
    cr_expect_eq(elem(&r, 0, 0), rows[k].want, "int8 %s(%g, %g): got %g, NumPy %g",
                 ndp_op_name(rows[k].op), rows[k].a, rows[k].b, elem(&r, 0, 0), rows[k].want);
    ndp_tensor_release(&r);
    ndp_tensor_release(&a);
    ndp_tensor_release(&b);
  }
  double m[1] = {-9223372036854775808.0};
  struct ndp_tensor a = from_doubles(NDP_INT64, 1, m);
  struct call c;
  call_init(&c, NDP_OP_ABSOLUTE); /* abs(INT64_MIN) wraps to itself */
  arg_tensor(&c, 0, &a);
  struct ndp_tensor r = expect_ok(&c, NDP_INT64, "absolute(int64 min)");
  int64_t got;
  memcpy(&got, r.buf->data, 8);
  cr_expect_eq(got, INT64_MIN);
  ndp_tensor_release(&r);
  ndp_tensor_release(&a);
}

Test(ref_ufunc, complex128_product_should_round_as_numpys_loops) {
  /* NumPy: contiguous arrays go through its SIMD loop (each product
   * rounded), a broadcast scalar through its fused scalar loop */
  double parts[4] = {2.5, 3.0, 2.5, 3.0}, bparts[2] = {0.1, 0.1};
  int64_t n = 2;
  struct ndp_tensor a, b2, b0;
  cr_assert_eq(ndp_tensor_empty(NDP_COMPLEX128, 1, &n, 'C', &a, NULL), NDP_OK);
  cr_assert_eq(ndp_tensor_empty(NDP_COMPLEX128, 1, &n, 'C', &b2, NULL), NDP_OK);
  cr_assert_eq(ndp_tensor_empty(NDP_COMPLEX128, 0, NULL, 'C', &b0, NULL), NDP_OK);
  memcpy(a.buf->data, parts, 32);
  memcpy(b2.buf->data, bparts, 16);
  memcpy(b2.buf->data + 16, bparts, 16);
  memcpy(b0.buf->data, bparts, 16);
  struct call c;
  call_init(&c, NDP_OP_MULTIPLY);
  arg_tensor(&c, 0, &a);
  arg_tensor(&c, 1, &b2);
  struct ndp_tensor r = expect_ok(&c, NDP_COMPLEX128, "contiguous product");
  cr_expect_eq(elem(&r, 0, 0), -0.050000000000000044);
  ndp_tensor_release(&r);
  arg_tensor(&c, 1, &b0);
  r = expect_ok(&c, NDP_COMPLEX128, "product with a 0-d operand");
  cr_expect_eq(elem(&r, 0, 0), -0.05000000000000003);
  ndp_tensor_release(&r);
  ndp_tensor_release(&a);
  ndp_tensor_release(&b2);
  ndp_tensor_release(&b0);
}

Test(ref_ufunc, float_min_max_should_break_ties_as_numpy) {
  /* maximum(-0.0, 0.0): float16 keeps the first operand, float32/64 the second */
  static const enum ndp_dtype dts[3] = {NDP_FLOAT16, NDP_FLOAT32, NDP_FLOAT64};
  static const enum ndp_op ops[4] = {NDP_OP_MAXIMUM, NDP_OP_MINIMUM, NDP_OP_FMAX, NDP_OP_FMIN};
  double nz = -0.0, pz = 0.0;
  for (int d = 0; d < 3; d++)
    for (int o = 0; o < 4; o++) {
      struct ndp_tensor a = from_doubles(dts[d], 1, &nz), b = from_doubles(dts[d], 1, &pz);
      struct call c;
      call_init(&c, ops[o]);
      arg_tensor(&c, 0, &a);
      arg_tensor(&c, 1, &b);
      struct ndp_tensor r = expect_ok(&c, dts[d], ndp_op_name(ops[o]));
      bool neg = signbit(elem(&r, 0, 0)) != 0;
      cr_expect_eq(neg, dts[d] == NDP_FLOAT16, "%s(%s -0.0, 0.0) sign", ndp_op_name(ops[o]),
                   ndp_dtype_name(dts[d]));
      ndp_tensor_release(&r);
      ndp_tensor_release(&a);
      ndp_tensor_release(&b);
    }
}

/* ------------------------------------------------------------ bytes copied */

Test(ref_ufunc, bytes_copied_should_count_the_result_and_converted_operands) {
  double v[4] = {1, 2, 3, 4};
  struct ndp_tensor i16 = from_doubles(NDP_INT16, 4, v), i8 = from_doubles(NDP_INT8, 4, v);
  struct call c;
  call_init(&c, NDP_OP_ADD);
  arg_tensor(&c, 0, &i16);
  arg_tensor(&c, 1, &i16);
  struct ndp_tensor out;
  struct ndp_error err;
  int64_t copied = 0;
  cr_assert_eq(run(&c, &out, &err, &copied), NDP_OK);
  cr_expect_eq(copied, 8, "native operands: the result only");
  cr_expect_not(ndp_tensor_shares_memory(&out, &i16));
  ndp_tensor_release(&out);
  arg_tensor(&c, 1, &i8);
  copied = 0;
  cr_assert_eq(run(&c, &out, &err, &copied), NDP_OK);
  cr_expect_eq(copied, 16, "int8 operand converted to int16 once, plus the result");
  ndp_tensor_release(&out);
  arg_pyint(&c, 1, false, 5);
  copied = 0;
  cr_assert_eq(run(&c, &out, &err, &copied), NDP_OK);
  cr_expect_eq(copied, 8, "a Python scalar is not an operand copy");
  ndp_tensor_release(&out);
  int64_t zero = 0;
  struct ndp_tensor empty;
  cr_assert_eq(ndp_tensor_empty(NDP_INT16, 1, &zero, 'C', &empty, NULL), NDP_OK);
  arg_tensor(&c, 1, &empty);
  call_init(&c, NDP_OP_MULTIPLY);
  int64_t one = 1;
  struct ndp_tensor single;
  cr_assert_eq(ndp_tensor_empty(NDP_INT16, 1, &one, 'C', &single, NULL), NDP_OK);
  arg_tensor(&c, 0, &single);
  arg_tensor(&c, 1, &empty);
  copied = 0;
  cr_assert_eq(run(&c, &out, &err, &copied), NDP_OK);
  cr_expect_eq(out.shape[0], 0, "(1,) * (0,) broadcasts to (0,)");
  cr_expect_eq(copied, 0);
  ndp_tensor_release(&out);
  ndp_tensor_release(&empty);
  ndp_tensor_release(&single);
  ndp_tensor_release(&i16);
  ndp_tensor_release(&i8);
}

/* ------------------------------------------------------------ generators
 *
 * The tables above were printed by these scripts, run as
 * NPY_PROMOTION_STATE=weak /usr/bin/python3 SCRIPT (NumPy 1.24.2):
 *
 *   # Tables of core/tests/test_ref_ufunc.c, printed by NumPy 1.24.2 run as
 *   # NPY_PROMOTION_STATE=weak /usr/bin/python3 gen_ufunc_tests.py
 *   import warnings
 *   import numpy as np
 *   warnings.simplefilter('ignore')
 *   CO, CC = '/' + '*', '*' + '/'
 *   D = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
 *        'float16', 'float32', 'float64', 'complex64', 'complex128']
 *   OPS2 = ('add subtract multiply true_divide floor_divide remainder power maximum minimum fmax '
 *           'fmin equal not_equal less less_equal greater greater_equal logical_and logical_or '
 *           'logical_xor bitwise_and bitwise_or bitwise_xor left_shift right_shift').split()
 *   OPS1 = ('negative positive absolute sign sqrt square exp log floor ceil trunc rint logical_not
 * ' 'invert isnan isinf isfinite').split() SC = {'pyint': 1, 'pyfloat': 1.0, 'pycomplex': 1j,
 * 'pybool': True, 'npc128': np.complex128(1)} ALL = D + list(SC) SUB = ['bool', 'int8', 'uint16',
 * 'int64', 'uint64', 'float16', 'float32', 'complex64', 'pyint', 'pyfloat', 'pycomplex']
 *
 *
 *   def operand(k):
 *       return SC[k] if k in SC else np.ones(1, dtype=k)
 *
 *
 *   def code(f, *args, **kw):
 *       """a-n: the result dtype; T type, C cast, O overflow, V value error"""
 *       try:
 *           return 'abcdefghijklmn'[D.index(str(np.asarray(f(*args, **kw)).dtype))]
 *       except Exception as e:
 *           n = type(e).__name__
 *           if 'Cannot cast' in str(e):
 *               return 'C'
 *           return {'OverflowError': 'O', 'ValueError': 'V'}.get(n, 'T')
 *
 *
 *   print(CO + ' operand kinds: the 14 dtypes (1-element arrays of ones), then Python int 1, '
 *         'float 1.0, complex 1j, bool True, np.complex128(1) ' + CC)
 *   print(CO + ' no dtype=, default casting: one code per (first, second) operand kind ' + CC)
 *   print('static const struct resolve_row resolve_default[] = {')
 *   for op in OPS2 + OPS1:
 *       u = getattr(np, op)
 *       if u.nin == 2:
 *           s = ''.join(code(u, operand(a), operand(b)) for a in ALL for b in ALL)
 *       else:
 *           s = ''.join(code(u, operand(a)) for a in ALL)
 *       print('    {"%s", "%s"},' % (op, s))
 *   print('};')
 *   print(CO + ' dtype=each of the 14 (rows of the string), casting same_kind, first and second '
 *         'operand from the subset kinds ' + CC)
 *   print('static const struct resolve_row resolve_dtype[] = {')
 *   for op in OPS2 + OPS1:
 *       u = getattr(np, op)
 *       kinds = [(a, b) for a in SUB for b in SUB] if u.nin == 2 else [(a,) for a in SUB]
 *       s = ''.join(code(u, *[operand(k) for k in ks], dtype=d) for d in D for ks in kinds)
 *       print('    {"%s", "%s"},' % (op, s))
 *   print('};')
 *   print(CO + ' casting=no, safe, unsafe (in that order), no dtype=, subset kinds ' + CC)
 *   print('static const struct resolve_row resolve_casting[] = {')
 *   for op in OPS2 + OPS1:
 *       u = getattr(np, op)
 *       kinds = [(a, b) for a in SUB for b in SUB] if u.nin == 2 else [(a,) for a in SUB]
 *       s = ''.join(code(u, *[operand(k) for k in ks], casting=c) for c in ('no', 'safe', 'unsafe')
 *                   for ks in kinds)
 *       print('    {"%s", "%s"},' % (op, s))
 *   print('};')
 *
 *   # Value table of core/tests/test_ref_ufunc.c (NumPy 1.24.2, NPY_PROMOTION_STATE=weak):
 *   # every ufunc on every pair of a few special values, in six loop dtypes.
 *   import warnings
 *   import numpy as np
 *   warnings.simplefilter('ignore')
 *   CO, CC = '/' + '*', '*' + '/'
 *   OPS2 = ('add subtract multiply true_divide floor_divide remainder power maximum minimum fmax '
 *           'fmin equal not_equal less less_equal greater greater_equal logical_and logical_or '
 *           'logical_xor bitwise_and bitwise_or bitwise_xor left_shift right_shift').split()
 *   OPS1 = ('negative positive absolute sign sqrt square exp log floor ceil trunc rint logical_not
 * ' 'invert isnan isinf isfinite').split() VALS = { 'bool': [False, True], 'int8': [0, 1, -1, 7,
 * -128, 127, 8, -3], 'uint64': [0, 1, 2, 63, 64, 2**64 - 1, 2**63, 10], 'float16': [0.0, -0.0, 1.0,
 * -2.5, 65504.0, 6e-8, np.inf, np.nan], 'float64': [0.0, -0.0, 0.5, -3.0, 7.25, 1e300, -np.inf,
 * np.nan], 'complex128': [0, -0.0 - 0.0j, 1 + 2j, -2.5 + 0.5j, complex(np.inf, 1), complex(np.nan,
 * 0), 3j, complex(0, -np.inf)],
 *   }
 *   print(CO + ' input values per dtype (native bytes) ' + CC)
 *   print('static const struct val_input val_inputs[] = {')
 *   for d, v in VALS.items():
 *       a = np.array(v, dtype=d)
 *       print('    {"%s", %d, "%s"},' % (d, len(a), a.tobytes().hex()))
 *   print('};')
 *   print(CO + ' op, input dtype, result dtype, result bytes (binary: all pairs, first operand '
 *         'major; "" when NumPy raises) ' + CC)
 *   print('static const struct val_row val_rows[] = {')
 *   for op in OPS2 + OPS1:
 *       u = getattr(np, op)
 *       for d, v in VALS.items():
 *           a = np.array(v, dtype=d)
 *           if u.nin == 2:
 *               x, y = np.repeat(a, len(a)), np.tile(a, len(a))
 *               if op == 'power' and d == 'int8':
 *                   keep = y >= 0
 *                   x, y = x[keep], y[keep]
 *               args = (x, y)
 *           else:
 *               args = (a,)
 *           try:
 *               r = u(*args)
 *           except Exception:
 *               print('    {"%s", "%s", NULL, ""},' % (op, d))
 *               continue
 *           print('    {"%s", "%s", "%s", "%s"},' % (op, d, r.dtype, r.tobytes().hex()))
 *   print('};')
 */
