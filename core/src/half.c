/* IEEE 754 binary16 conversions with round-to-nearest-even, bit for bit as
 * NumPy's npy_halfbits_to_doublebits / npy_doublebits_to_halfbits /
 * npy_floatbits_to_halfbits (numpy/core/src/npymath/halffloat.c), written
 * from the IEEE definitions. */
#include <string.h>

#include "ndparity/core.h"

double ndp_half_to_double(uint16_t h) {
  uint64_t sign = (uint64_t)(h & 0x8000u) << 48;
  uint32_t exp = (h >> 10) & 0x1fu;
  uint64_t man = h & 0x3ffu;
  uint64_t bits;
  if (exp == 0x1f) { /* inf or nan: keep the payload */
    bits = sign | 0x7ff0000000000000ull | (man << 42);
  } else if (exp == 0) {
    if (man == 0) {
      bits = sign;
    } else { /* subnormal: normalize */
      int e = -1;
      do {
        e++;
        man <<= 1;
      } while ((man & 0x400u) == 0);
      bits = sign | ((uint64_t)(1023 - 15 - e) << 52) | ((man & 0x3ffu) << 42);
    }
  } else {
    bits = sign | ((uint64_t)(exp + 1023 - 15) << 52) | (man << 42);
  }
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

/* Rounds a magnitude given as (biased-for-half exponent, 1.mantissa bits)
 * to binary16. mant holds the significand with its implicit bit at position
 * `top`; e is the unbiased exponent. */
static uint16_t round_to_half(uint16_t sign, int e, uint64_t mant, int top) {
  /* value = mant * 2^(e - top) */
  if (e > 15) return sign | 0x7c00u; /* overflow to inf */
  int shift;
  uint16_t hexp;
  if (e >= -14) { /* normal half: keep 11 significant bits */
    shift = top - 10;
    hexp = (uint16_t)(e + 15);
  } else { /* subnormal half: value / 2^-24 */
    shift = top - 10 + (-14 - e);
    hexp = 0;
  }
  uint64_t kept, rem, halfway;
  if (shift >= 64) {
    kept = 0;
    rem = mant;
    halfway = 0; /* far below half the smallest subnormal: rounds to 0 */
    return sign;
  }
  kept = mant >> shift;
  rem = mant & ((1ull << shift) - 1);
  halfway = 1ull << (shift - 1);
  if (rem > halfway || (rem == halfway && (kept & 1u))) kept++;
  /* kept includes the implicit bit for normals */
  if (hexp == 0) {
    /* subnormal; rounding may carry into the smallest normal: 0x400 */
    return (uint16_t)(sign | (uint16_t)kept);
  }
  if (kept & 0x800u) { /* carry out of the significand */
    kept >>= 1;
    hexp++;
    if (hexp >= 31) return sign | 0x7c00u;
  }
  return (uint16_t)(sign | (uint16_t)(hexp << 10) | (uint16_t)(kept & 0x3ffu));
}

uint16_t ndp_double_to_half(double d) {
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  uint16_t sign = (uint16_t)((bits >> 48) & 0x8000u);
  int exp = (int)((bits >> 52) & 0x7ffu);
  uint64_t man = bits & 0xfffffffffffffull;
  if (exp == 0x7ff) {
    if (man == 0) return sign | 0x7c00u;
    /* NaN: keep the top payload bits, force quiet so it stays a NaN */
    uint16_t p = (uint16_t)(man >> 42);
    return (uint16_t)(sign | 0x7c00u | 0x200u | p);
  }
  if (exp == 0) return sign; /* zero or double subnormal: far below half's range */
  return round_to_half(sign, exp - 1023, man | (1ull << 52), 52);
}

uint16_t ndp_float_to_half(float f) {
  uint32_t bits;
  memcpy(&bits, &f, sizeof bits);
  uint16_t sign = (uint16_t)((bits >> 16) & 0x8000u);
  int exp = (int)((bits >> 23) & 0xffu);
  uint64_t man = bits & 0x7fffffu;
  if (exp == 0xff) {
    if (man == 0) return sign | 0x7c00u;
    uint16_t p = (uint16_t)(man >> 13);
    return (uint16_t)(sign | 0x7c00u | 0x200u | p);
  }
  if (exp == 0) return sign;
  return round_to_half(sign, exp - 127, man | (1ull << 23), 23);
}
