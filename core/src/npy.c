/* .npy files in memory: writer and bounded reader (see ndparity/npy.h).
 *
 * Everything here mirrors numpy/lib/format.py of NumPy 1.24: the header
 * text and padding of _write_array_header / _wrap_header, the checks of
 * _read_array_header and read_array. The reader treats its input as
 * untrusted: every read is bounds-checked against len and every size sum
 * is overflow-checked. */
#include "ndparity/npy.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAGIC_PREFIX_LEN 6 /* "\x93NUMPY" */
#define MAGIC_LEN 8        /* the prefix, then the major and minor version */
#define ARRAY_ALIGN 64     /* format.py's ARRAY_ALIGN: data offset alignment */
/* format.py's GROWTH_AXIS_MAX_DIGITS: room left after the header so that
 * the growth axis can be rewritten in place with up to 21 digits. */
#define GROWTH_AXIS_MAX_DIGITS 21
#define MAX_DEPTH 16 /* nesting of containers in a header */
#define SHOW_MAX 32  /* source bytes quoted in an error message */

static const unsigned char magic_prefix[MAGIC_PREFIX_LEN] = {0x93, 'N', 'U', 'M', 'P', 'Y'};

static bool machine_is_little(void) {
  const uint16_t one = 1;
  unsigned char b;
  memcpy(&b, &one, 1);
  return b == 1;
}

/* Writes bytes as a quoted snippet for a message: printable ASCII as is,
 * anything else as \xNN, at most SHOW_MAX source bytes then "...". */
static const char *show(const unsigned char *p, size_t n, char *buf, size_t cap) {
  size_t o = 0;
  if (cap < 8) {
    if (cap) buf[0] = '\0';
    return buf;
  }
  buf[o++] = '\'';
  size_t i = 0;
  for (; i < n && i < SHOW_MAX; i++) {
    unsigned char c = p[i];
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      if (o + 6 >= cap) break;
      buf[o++] = (char)c;
    } else {
      if (o + 9 >= cap) break;
      o += (size_t)snprintf(buf + o, cap - o, "\\x%02x", c);
    }
  }
  buf[o++] = '\'';
  if (i < n && o + 4 < cap) {
    memcpy(buf + o, "...", 3);
    o += 3;
  }
  buf[o] = '\0';
  return buf;
}

/* ================================================================ writer */

/* A fixed-capacity text buffer; appends past the capacity are dropped and
 * remembered, so one check at the end covers them all. */
struct text {
  char *s;
  size_t n, cap;
  bool full;
};

static void text_add(struct text *t, const char *s, size_t n) {
  if (t->full || n > t->cap - t->n) {
    t->full = true;
    return;
  }
  memcpy(t->s + t->n, s, n);
  t->n += n;
}

static void text_str(struct text *t, const char *s) {
  text_add(t, s, strlen(s));
}

static void text_int(struct text *t, int64_t v) {
  char b[24];
  int k = snprintf(b, sizeof b, "%" PRId64, v);
  text_add(t, b, (size_t)k);
}

static int decimal_digits(int64_t v) {
  char b[24];
  return snprintf(b, sizeof b, "%" PRId64, v);
}

/* Checks that t is a tensor whose elements all lie inside its buffer;
 * stores its byte count. */
static enum ndp_status check_tensor(const struct ndp_tensor *t, size_t *nbytes,
                                    struct ndp_error *err) {
  if (t == NULL || t->buf == NULL)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "npy: writing a released tensor");
  if ((int)t->dtype < 0 || t->dtype >= NDP_NDTYPES)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "npy: tensor has an invalid dtype %d",
                         (int)t->dtype);
  struct ndp_error e;
  if (ndp_shape_nbytes(t->ndim, t->shape, ndp_dtype_size(t->dtype), nbytes, &e) != NDP_OK)
    return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "npy: invalid tensor: %s", e.msg);
  if (*nbytes == 0) return NDP_OK;
  /* Byte extent [lo, hi) of the elements, overflow-checked. */
  int64_t lo = t->offset, hi = t->offset;
  for (int k = 0; k < t->ndim; k++) {
    /* m >= 0 here (no dimension is 0); m * s must not overflow. */
    int64_t m = t->shape[k] - 1, s = t->strides[k], span;
    if (s > 0 && m > INT64_MAX / s) goto out_of_range;
    if (s < -1 && m > INT64_MIN / s) goto out_of_range;
    span = m * s;
    if (span < 0) {
      if (lo < INT64_MIN - span) goto out_of_range;
      lo += span;
    } else {
      if (hi > INT64_MAX - span) goto out_of_range;
      hi += span;
    }
  }
  if (lo < 0 || hi > INT64_MAX - 16) goto out_of_range;
  hi += ndp_dtype_size(t->dtype);
  if ((uint64_t)hi > (uint64_t)t->buf->size) goto out_of_range;
  return NDP_OK;
out_of_range:
  return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE,
                       "npy: the tensor's elements do not lie inside its %zu-byte buffer",
                       t->buf->size);
}

/* Copies the elements of a non-contiguous t to dst in C order. */
static void gather_c_order(const struct ndp_tensor *t, unsigned char *dst) {
  size_t isz = (size_t)ndp_dtype_size(t->dtype);
  const unsigned char *base = t->buf->data;
  if (t->ndim == 0) {
    memcpy(dst, base + t->offset, isz);
    return;
  }
  int last = t->ndim - 1;
  int64_t n = t->shape[last], s = t->strides[last];
  int64_t index[NDP_MAXDIMS] = {0};
  for (;;) {
    int64_t off = t->offset;
    for (int k = 0; k < last; k++) off += index[k] * t->strides[k];
    for (int64_t i = 0; i < n; i++, off += s) {
      memcpy(dst, base + off, isz);
      dst += isz;
    }
    /* Advance the outer index (dimensions 0 .. last-1). */
    int k = last - 1;
    for (; k >= 0; k--) {
      if (++index[k] < t->shape[k]) break;
      index[k] = 0;
    }
    if (k < 0) return;
  }
}

enum ndp_status ndp_npy_write(const struct ndp_tensor *t, unsigned char **out, size_t *out_len,
                              struct ndp_error *err) {
  *out = NULL;
  *out_len = 0;
  size_t nbytes;
  NDP_RETURN_NOT_OK(check_tensor(t, &nbytes, err));
  const struct ndp_dtype_info *info = ndp_dtype_info(t->dtype);

  bool c_contig = ndp_tensor_is_c_contiguous(t);
  bool fortran = !c_contig && ndp_tensor_is_f_contiguous(t);

  /* descr: dtype.str of the memory's byte order. */
  char descr[8];
  char order = '|';
  if (info->itemsize > 1) order = (machine_is_little() != t->swapped) ? '<' : '>';
  snprintf(descr, sizeof descr, "%c%c%d", order, info->typechar, info->itemsize);

  /* The dict as _write_array_header writes it (keys sorted, repr values,
   * each item followed by ", "), then the growth-axis room. At most
   * NDP_MAXDIMS dimensions of 20 characters: far below the capacity. */
  char hbuf[1536];
  struct text h = {hbuf, 0, sizeof hbuf, false};
  text_str(&h, "{'descr': '");
  text_str(&h, descr);
  text_str(&h, "', 'fortran_order': ");
  text_str(&h, fortran ? "True" : "False");
  text_str(&h, ", 'shape': (");
  for (int k = 0; k < t->ndim; k++) {
    if (k) text_str(&h, ", ");
    text_int(&h, t->shape[k]);
  }
  text_str(&h, t->ndim == 1 ? ",), }" : "), }");
  if (t->ndim > 0) {
    int growth = GROWTH_AXIS_MAX_DIGITS - decimal_digits(t->shape[fortran ? t->ndim - 1 : 0]);
    for (int i = 0; i < growth; i++) text_add(&h, " ", 1);
  }
  if (h.full) return ndp_error_set(err, NDP_EINTERNAL, NDP_ERRC_NONE, "npy: header text overflow");

  /* _wrap_header: the text, then spaces and '\n' so that the data starts at
   * a multiple of ARRAY_ALIGN (a full ARRAY_ALIGN of padding when it would
   * already be aligned, as format.py computes it). Version 1.0 when the
   * length fits its uint16, else 2.0. */
  size_t hlen = h.n + 1;
  int major = 1;
  size_t prelen = MAGIC_LEN + 2;
  size_t padlen = ARRAY_ALIGN - (prelen + hlen) % ARRAY_ALIGN;
  if (hlen + padlen > 65535) {
    major = 2;
    prelen = MAGIC_LEN + 4;
    padlen = ARRAY_ALIGN - (prelen + hlen) % ARRAY_ALIGN;
  }
  size_t field = hlen + padlen;
  size_t head = prelen + field;
  if (nbytes > SIZE_MAX - head)
    return ndp_error_set(err, NDP_ESTEP, NDP_ERRC_VALUE, "array is too big");
  size_t total = head + nbytes;

  unsigned char *buf = malloc(total);
  if (buf == NULL)
    return ndp_error_set(err, NDP_ENOMEM, NDP_ERRC_NONE, "out of memory (%zu bytes)", total);
  unsigned char *p = buf;
  memcpy(p, magic_prefix, MAGIC_PREFIX_LEN);
  p += MAGIC_PREFIX_LEN;
  *p++ = (unsigned char)major;
  *p++ = 0;
  for (size_t i = 0; i < prelen - MAGIC_LEN; i++) *p++ = (unsigned char)((field >> (8 * i)) & 0xff);
  memcpy(p, h.s, h.n);
  p += h.n;
  memset(p, ' ', padlen);
  p += padlen;
  *p++ = '\n';

  if (nbytes > 0) {
    /* C- or F-contiguous: the bytes are in file order from the offset on
     * (dimensions of length 1 may have any stride, and never move it). */
    if (c_contig || fortran)
      memcpy(p, t->buf->data + t->offset, nbytes);
    else
      gather_c_order(t, p);
  }
  *out = buf;
  *out_len = total;
  return NDP_OK;
}

/* ================================================================ reader */

/* A parsed literal value: only what the three keys need is kept. */
enum lit_kind { LIT_DICT, LIT_TUPLE, LIT_LIST, LIT_STR, LIT_INT, LIT_TRUE, LIT_FALSE, LIT_NONE };

struct lit {
  enum lit_kind kind;
  size_t start, end; /* its source text [start, end) in the header */
  /* LIT_STR: the bytes between the quotes (escapes left as they are). */
  size_t sstart, slen;
  /* LIT_INT: the value; big when it does not fit an int64. */
  int64_t i;
  bool big;
  /* LIT_TUPLE/LIT_LIST: the item count; all_int when every item is an
   * integer, then items holds the first NDP_MAXDIMS of them. */
  int64_t count;
  bool all_int, any_big;
  int64_t items[NDP_MAXDIMS];
};

struct parser {
  const unsigned char *s; /* the header text (borrowed) */
  size_t n;
  size_t pos;
  bool allow_long; /* the 'L' suffix of Python 2 (versions 1.0 and 2.0) */
  struct ndp_error *err;
};

static bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static bool is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}

static bool is_name_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_';
}

static void skip_space(struct parser *ps) {
  while (ps->pos < ps->n && is_space(ps->s[ps->pos])) ps->pos++;
}

/* A syntax error at the current position: what was expected, what is there. */
static enum ndp_status syntax(struct parser *ps, const char *expected) {
  char found[SHOW_MAX * 4 + 16];
  if (ps->pos >= ps->n)
    snprintf(found, sizeof found, "the end of the header");
  else
    show(ps->s + ps->pos, ps->n - ps->pos, found, sizeof found);
  return ndp_error_set(ps->err, NDP_EINPUT, NDP_ERRC_NONE,
                       "npy: the header is not a Python dict literal: expected %s at offset %zu, "
                       "found %s",
                       expected, ps->pos, found);
}

static enum ndp_status parse_value(struct parser *ps, int depth, struct lit *v);

static enum ndp_status parse_string(struct parser *ps, struct lit *v) {
  unsigned char q = ps->s[ps->pos];
  size_t i = ps->pos + 1;
  for (;;) {
    if (i >= ps->n || ps->s[i] == '\n' || ps->s[i] == '\r') {
      ps->pos = i < ps->n ? i : ps->n;
      return syntax(ps, q == '\'' ? "a closing ' of the string" : "a closing \" of the string");
    }
    if (ps->s[i] == q) break;
    i += ps->s[i] == '\\' ? 2 : 1;
  }
  v->kind = LIT_STR;
  v->sstart = ps->pos + 1;
  v->slen = i - ps->pos - 1;
  ps->pos = i + 1;
  return NDP_OK;
}

static enum ndp_status parse_int(struct parser *ps, struct lit *v) {
  bool neg = false;
  if (ps->s[ps->pos] == '+' || ps->s[ps->pos] == '-') {
    neg = ps->s[ps->pos] == '-';
    ps->pos++;
  }
  if (ps->pos >= ps->n || !is_digit(ps->s[ps->pos])) return syntax(ps, "a digit");
  size_t first = ps->pos;
  uint64_t mag = 0;
  bool big = false;
  while (ps->pos < ps->n && is_digit(ps->s[ps->pos])) {
    unsigned d = (unsigned)(ps->s[ps->pos] - '0');
    if (mag > (UINT64_MAX - d) / 10)
      big = true;
    else
      mag = mag * 10 + d;
    ps->pos++;
  }
  /* Python 3 allows "0", "00", but not "02". */
  if (ps->s[first] == '0') {
    for (size_t k = first; k < ps->pos; k++) {
      if (ps->s[k] != '0') {
        ps->pos = first;
        return syntax(ps, "a decimal integer without leading zeros");
      }
    }
  }
  if (ps->allow_long && ps->pos < ps->n && ps->s[ps->pos] == 'L') ps->pos++;
  if (ps->pos < ps->n && (is_name_char(ps->s[ps->pos]) || ps->s[ps->pos] == '.'))
    return syntax(ps, "a decimal integer (no floats, hexadecimal or suffixes)");
  if (!neg && mag > (uint64_t)INT64_MAX) big = true;
  if (neg && mag > (uint64_t)INT64_MAX + 1) big = true;
  v->kind = LIT_INT;
  v->big = big;
  if (big)
    v->i = 0;
  else if (neg)
    v->i = mag == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)mag;
  else
    v->i = (int64_t)mag;
  return NDP_OK;
}

static enum ndp_status parse_name(struct parser *ps, struct lit *v) {
  size_t k = ps->pos;
  while (k < ps->n && is_name_char(ps->s[k])) k++;
  size_t len = k - ps->pos;
  const char *w = (const char *)ps->s + ps->pos;
  if (len == 4 && memcmp(w, "True", 4) == 0)
    v->kind = LIT_TRUE;
  else if (len == 5 && memcmp(w, "False", 5) == 0)
    v->kind = LIT_FALSE;
  else if (len == 4 && memcmp(w, "None", 4) == 0)
    v->kind = LIT_NONE;
  else
    return syntax(ps, "a Python literal (a string, an integer, True, False, None, a tuple, a "
                      "list or a dict)");
  ps->pos = k;
  return NDP_OK;
}

/* Items of a tuple or list after its first one, up to the closing byte:
 * ( ',' value )* [','] close. A leading item, if any, is already in v. */
static void add_item(struct lit *v, const struct lit *item) {
  if (item->kind == LIT_INT) {
    if (v->count < NDP_MAXDIMS) v->items[v->count] = item->i;
    if (item->big) v->any_big = true;
  } else {
    v->all_int = false;
  }
  v->count++;
}

static enum ndp_status parse_items(struct parser *ps, int depth, unsigned char close,
                                   struct lit *v) {
  const char *expected = close == ')' ? "',' or ')'" : "',' or ']'";
  for (;;) {
    skip_space(ps);
    if (ps->pos >= ps->n) return syntax(ps, expected);
    if (ps->s[ps->pos] == close) {
      ps->pos++;
      return NDP_OK;
    }
    if (v->count > 0) {
      if (ps->s[ps->pos] != ',') return syntax(ps, expected);
      ps->pos++;
      skip_space(ps);
      if (ps->pos < ps->n && ps->s[ps->pos] == close) {
        ps->pos++;
        return NDP_OK;
      }
    }
    struct lit item;
    NDP_RETURN_NOT_OK(parse_value(ps, depth + 1, &item));
    add_item(v, &item);
  }
}

static enum ndp_status parse_dict_body(struct parser *ps, int depth);

/* value at ps->pos (after any space); v's span covers it. */
static enum ndp_status parse_value(struct parser *ps, int depth, struct lit *v) {
  skip_space(ps);
  if (depth > MAX_DEPTH)
    return ndp_error_set(ps->err, NDP_EINPUT, NDP_ERRC_NONE,
                         "npy: the header nests containers deeper than %d levels (at offset %zu)",
                         MAX_DEPTH, ps->pos);
  if (ps->pos >= ps->n) return syntax(ps, "a value");
  v->start = ps->pos;
  v->count = 0;
  v->all_int = true;
  v->any_big = false;
  v->big = false;
  v->i = 0;
  v->sstart = v->slen = 0;
  unsigned char c = ps->s[ps->pos];
  enum ndp_status st;
  if (c == '\'' || c == '"') {
    st = parse_string(ps, v);
  } else if (c == '+' || c == '-' || is_digit(c)) {
    st = parse_int(ps, v);
  } else if (c == '{') {
    ps->pos++;
    v->kind = LIT_DICT;
    st = parse_dict_body(ps, depth);
  } else if (c == '[') {
    ps->pos++;
    v->kind = LIT_LIST;
    st = parse_items(ps, depth, ']', v);
  } else if (c == '(') {
    ps->pos++;
    skip_space(ps);
    if (ps->pos < ps->n && ps->s[ps->pos] == ')') {
      ps->pos++;
      v->kind = LIT_TUPLE;
      st = NDP_OK;
    } else {
      /* "(x)" is x; "(x," starts a tuple. */
      struct lit first;
      st = parse_value(ps, depth + 1, &first);
      if (st == NDP_OK) {
        skip_space(ps);
        if (ps->pos < ps->n && ps->s[ps->pos] == ')') {
          ps->pos++;
          size_t start = v->start;
          *v = first;
          v->start = start;
        } else if (ps->pos < ps->n && ps->s[ps->pos] == ',') {
          v->kind = LIT_TUPLE;
          add_item(v, &first);
          st = parse_items(ps, depth, ')', v);
        } else {
          st = syntax(ps, "',' or ')'");
        }
      }
    }
  } else if (is_name_char(c)) {
    st = parse_name(ps, v);
  } else {
    st = syntax(ps, "a Python literal (a string, an integer, True, False, None, a tuple, a list "
                    "or a dict)");
  }
  v->end = ps->pos;
  return st;
}

/* A nested dict's items after its '{' (parsed and dropped). */
static enum ndp_status parse_dict_body(struct parser *ps, int depth) {
  bool any = false;
  for (;;) {
    skip_space(ps);
    if (ps->pos < ps->n && ps->s[ps->pos] == '}') {
      ps->pos++;
      return NDP_OK;
    }
    if (any) {
      if (ps->pos >= ps->n || ps->s[ps->pos] != ',') return syntax(ps, "',' or '}'");
      ps->pos++;
      skip_space(ps);
      if (ps->pos < ps->n && ps->s[ps->pos] == '}') {
        ps->pos++;
        return NDP_OK;
      }
    }
    struct lit key, val;
    NDP_RETURN_NOT_OK(parse_value(ps, depth + 1, &key));
    skip_space(ps);
    if (ps->pos >= ps->n || ps->s[ps->pos] != ':') return syntax(ps, "':'");
    ps->pos++;
    NDP_RETURN_NOT_OK(parse_value(ps, depth + 1, &val));
    any = true;
  }
}

/* The three values of the header dict. */
struct header {
  struct lit descr, fortran, shape;
  bool has_descr, has_fortran, has_shape;
};

static bool str_is(const struct parser *ps, const struct lit *v, const char *word) {
  size_t n = strlen(word);
  return v->kind == LIT_STR && v->slen == n && memcmp(ps->s + v->sstart, word, n) == 0;
}

static enum ndp_status parse_header(struct parser *ps, struct header *h) {
  memset(h, 0, sizeof *h);
  skip_space(ps);
  if (ps->pos >= ps->n || ps->s[ps->pos] != '{') return syntax(ps, "'{'");
  ps->pos++;
  bool any = false;
  for (;;) {
    skip_space(ps);
    if (ps->pos < ps->n && ps->s[ps->pos] == '}') break;
    if (any) {
      if (ps->pos >= ps->n || ps->s[ps->pos] != ',') return syntax(ps, "',' or '}'");
      ps->pos++;
      skip_space(ps);
      if (ps->pos < ps->n && ps->s[ps->pos] == '}') break;
    }
    struct lit key;
    NDP_RETURN_NOT_OK(parse_value(ps, 1, &key));
    struct lit *slot;
    bool *seen;
    if (str_is(ps, &key, "descr")) {
      slot = &h->descr;
      seen = &h->has_descr;
    } else if (str_is(ps, &key, "fortran_order")) {
      slot = &h->fortran;
      seen = &h->has_fortran;
    } else if (str_is(ps, &key, "shape")) {
      slot = &h->shape;
      seen = &h->has_shape;
    } else {
      char k[SHOW_MAX * 4 + 16];
      return ndp_error_set(ps->err, NDP_EINPUT, NDP_ERRC_NONE,
                           "npy: unknown key %s in the header (expected exactly 'descr', "
                           "'fortran_order' and 'shape')",
                           key.kind == LIT_STR
                               ? show(ps->s + key.sstart, key.slen, k, sizeof k)
                               : show(ps->s + key.start, key.end - key.start, k, sizeof k));
    }
    skip_space(ps);
    if (ps->pos >= ps->n || ps->s[ps->pos] != ':') return syntax(ps, "':'");
    ps->pos++;
    /* A repeated key keeps its last value, as a Python dict literal. */
    NDP_RETURN_NOT_OK(parse_value(ps, 1, slot));
    *seen = true;
    any = true;
  }
  ps->pos++; /* '}' */
  skip_space(ps);
  if (ps->pos < ps->n) return syntax(ps, "the end of the header after the dict");
  const char *missing = !h->has_descr     ? "descr"
                        : !h->has_fortran ? "fortran_order"
                        : !h->has_shape   ? "shape"
                                          : NULL;
  if (missing)
    return ndp_error_set(ps->err, NDP_EINPUT, NDP_ERRC_NONE,
                         "npy: the header has no '%s' key (expected exactly 'descr', "
                         "'fortran_order' and 'shape')",
                         missing);
  return NDP_OK;
}

/* descr text -> dtype: a dtype name, or [order] ('?' | kind size). */
static bool descr_lookup(const unsigned char *s, size_t n, enum ndp_dtype *dt, bool *swapped) {
  for (int k = 0; k < NDP_NDTYPES; k++) {
    const char *name = ndp_dtype_name((enum ndp_dtype)k);
    if (strlen(name) == n && memcmp(name, s, n) == 0) {
      *dt = (enum ndp_dtype)k;
      *swapped = false;
      return true;
    }
  }
  char order = '=';
  if (n > 0 && (s[0] == '<' || s[0] == '>' || s[0] == '=' || s[0] == '|')) {
    order = (char)s[0];
    s++;
    n--;
  }
  enum ndp_dtype found;
  if (n == 1 && s[0] == '?') {
    found = NDP_BOOL;
  } else {
    if (n < 2 || n > 3) return false;
    int size = 0;
    for (size_t i = 1; i < n; i++) {
      if (!is_digit(s[i])) return false;
      size = size * 10 + (s[i] - '0');
    }
    int k = 0;
    for (; k < NDP_NDTYPES; k++) {
      const struct ndp_dtype_info *info = ndp_dtype_info((enum ndp_dtype)k);
      if (info->typechar == (char)s[0] && info->itemsize == size) break;
    }
    if (k == NDP_NDTYPES) return false;
    found = (enum ndp_dtype)k;
  }
  *dt = found;
  *swapped = ndp_dtype_size(found) > 1 && (order == '<' || order == '>') &&
             (order == '<') != machine_is_little();
  return true;
}

/* Valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF),
 * as Python's bytes.decode('utf8'). Returns the offset of the first bad
 * byte, or n. */
static size_t utf8_check(const unsigned char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      len = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
      len = 3;
      if (c == 0xe0) lo = 0xa0;
      if (c == 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      if (c == 0xf0) lo = 0x90;
      if (c == 0xf4) hi = 0x8f;
    } else {
      return i;
    }
    if (len > n - i) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (size_t k = 2; k < len; k++) {
      if (s[i + k] < 0x80 || s[i + k] > 0xbf) return i;
    }
    i += len;
  }
  return n;
}

static enum ndp_status read_fail(struct ndp_tensor *out, enum ndp_status st) {
  ndp_tensor_release(out);
  return st;
}

enum ndp_status ndp_npy_read(const unsigned char *data, size_t len, struct ndp_tensor *out,
                             int64_t *bytes_copied, struct ndp_error *err) {
  memset(out, 0, sizeof *out);
  if (bytes_copied) *bytes_copied = 0;
  char found[SHOW_MAX * 4 + 16];

  if (len < MAGIC_PREFIX_LEN || memcmp(data, magic_prefix, MAGIC_PREFIX_LEN) != 0) {
    if (len == 0)
      snprintf(found, sizeof found, "an empty input");
    else
      show(data, len < MAGIC_LEN ? len : MAGIC_LEN, found, sizeof found);
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "npy: not a .npy file: expected the magic '\\x93NUMPY', found %s", found);
  }
  if (len < MAGIC_LEN)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "npy: truncated file: expected 2 version bytes after the magic, found %zu",
                         len - MAGIC_PREFIX_LEN);
  unsigned major = data[6], minor = data[7];
  if (minor != 0 || major < 1 || major > 3)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "npy: unsupported format version %u.%u (expected 1.0, 2.0 or 3.0)", major,
                         minor);
  size_t lenbytes = major == 1 ? 2 : 4;
  if (len - MAGIC_LEN < lenbytes)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "npy: truncated file: expected a %zu-byte header length after the "
                         "version, found only %zu",
                         lenbytes, len - MAGIC_LEN);
  size_t hlen = 0;
  for (size_t i = 0; i < lenbytes; i++) hlen |= (size_t)data[MAGIC_LEN + i] << (8 * i);
  size_t prelen = MAGIC_LEN + lenbytes;
  if (hlen > len - prelen)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "npy: the header length %zu goes past the end of the file (expected at "
                         "most %zu bytes after the %zu-byte preamble)",
                         hlen, len - prelen, prelen);
  const unsigned char *hs = data + prelen;
  if (major == 3) {
    size_t bad = utf8_check(hs, hlen);
    if (bad < hlen)
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                           "npy: the version 3.0 header is not valid UTF-8: expected a UTF-8 "
                           "sequence at offset %zu, found %s",
                           bad,
                           show(hs + bad, hlen - bad < 4 ? hlen - bad : 4, found, sizeof found));
  }
  const void *nul = memchr(hs, 0, hlen);
  if (nul != NULL)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "npy: the header contains a NUL byte at offset %zu (expected the text "
                         "of a Python dict literal)",
                         (size_t)((const unsigned char *)nul - hs));

  struct parser ps = {hs, hlen, 0, major < 3, err};
  struct header h;
  NDP_RETURN_NOT_OK(parse_header(&ps, &h));

  /* descr */
  enum ndp_dtype dt;
  bool swapped;
  const struct lit *d = &h.descr;
  if (d->kind == LIT_STR) {
    if (!descr_lookup(hs + d->sstart, d->slen, &dt, &swapped))
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                           "npy: unsupported dtype %s in 'descr' (expected bool, an integer, "
                           "float16/32/64 or complex64/128 type string like '<f8')",
                           show(hs + d->sstart, d->slen, found, sizeof found));
  } else if (d->kind == LIT_LIST || d->kind == LIT_TUPLE) {
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "npy: unsupported dtype: 'descr' is %s %s, a structured or subarray "
                         "dtype (expected a type string like '<f8')",
                         d->kind == LIT_LIST ? "the list" : "the tuple",
                         show(hs + d->start, d->end - d->start, found, sizeof found));
  } else {
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "npy: 'descr' is not a dtype descriptor: expected a type string like "
                         "'<f8', found %s",
                         show(hs + d->start, d->end - d->start, found, sizeof found));
  }

  /* fortran_order */
  if (h.fortran.kind != LIT_TRUE && h.fortran.kind != LIT_FALSE)
    return ndp_error_set(
        err, NDP_EINPUT, NDP_ERRC_NONE,
        "npy: 'fortran_order' is not a bool: expected True or False, found %s",
        show(hs + h.fortran.start, h.fortran.end - h.fortran.start, found, sizeof found));
  bool fortran = h.fortran.kind == LIT_TRUE;

  /* shape */
  const struct lit *s = &h.shape;
  const char *shape_text = show(hs + s->start, s->end - s->start, found, sizeof found);
  if (s->kind != LIT_TUPLE || !s->all_int)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "npy: 'shape' is not valid: expected a tuple of integers like (2, 3), "
                         "found %s",
                         shape_text);
  if (s->count > NDP_MAXDIMS)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "npy: 'shape' has %" PRId64 " dimensions: maximum supported dimension "
                         "for an ndarray is %d",
                         s->count, NDP_MAXDIMS);
  if (s->any_big)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "npy: 'shape' %s has a dimension that does not fit an int64 (expected at "
                         "most %" PRId64 ")",
                         shape_text, INT64_MAX);
  int ndim = (int)s->count;
  for (int k = 0; k < ndim; k++) {
    if (s->items[k] < 0)
      return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                           "npy: 'shape' %s has the dimension %" PRId64
                           ": negative dimensions are not allowed",
                           shape_text, s->items[k]);
  }
  size_t nbytes;
  struct ndp_error e;
  if (ndp_shape_nbytes(ndim, s->items, ndp_dtype_size(dt), &nbytes, &e) != NDP_OK)
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE, "npy: 'shape' %s of %s: %s", shape_text,
                         ndp_dtype_name(dt), e.msg);

  /* data: at least nbytes; trailing bytes are ignored, as np.load does. */
  size_t avail = len - prelen - hlen;
  if (avail < nbytes) {
    char shp[NDP_MAXDIMS * 22 + 8];
    return ndp_error_set(err, NDP_EINPUT, NDP_ERRC_NONE,
                         "npy: truncated data: shape %s of %s needs %zu bytes, found %zu",
                         ndp_shape_str(ndim, s->items, shp, sizeof shp), ndp_dtype_name(dt), nbytes,
                         avail);
  }
  enum ndp_status st = ndp_tensor_new_uninit(dt, ndim, s->items, fortran ? 'F' : 'C', out, err);
  if (st != NDP_OK) return read_fail(out, st);
  out->swapped = swapped;
  if (nbytes > 0) memcpy(out->buf->data, hs + hlen, nbytes);
  if (bytes_copied) *bytes_copied = (int64_t)nbytes;
  return NDP_OK;
}
