/* fmt.c — package fmt: Print, Println, Printf and their S-forms.
 *
 * The goal is byte-for-byte gc 1.19 output for every value of the subset,
 * including fmt's complaints about misuse.  The work splits in three
 * layers, as in Go's own fmt:
 *
 *   the driver     fmt_print_args (Print/Println) and fmt_printf walk the
 *                  operands or the format string: flags "+-# 0", width and
 *                  precision (digits, `*`, or an [n] argument index), the
 *                  verb; it reports %!(NOVERB), %!v(MISSING), %!v(BADINDEX),
 *                  %!(BADWIDTH), %!(BADPREC) and %!(EXTRA type=value, ...);
 *   values         fmt_arg and fmt_value look at a value's GoType and
 *                  recurse through arrays, slices, structs, pointers and
 *                  interfaces, choosing the text for each basic value;
 *   padding        fmt_pad, fmt_integer_digits and friends apply width,
 *                  precision and the flags to one piece of text.
 *
 * Width and precision count runes, not bytes; the zero flag pads numbers
 * after the sign ("%06d" of -42 is "-00042") and other text on the left
 * only ("%-05d" pads with spaces on the right).
 *
 * What each verb does with each kind:
 *
 *     kind       verbs that fit              anything else
 *     bool       %t %v                       %!d(bool=true)
 *     integers   %d %b %o %O %x %X %c %q %U %v
 *     string     %s %q %x %X %v
 *     pointer    %p %v %b %d %o %x %X        (and &{...} at the top level)
 *     []byte     as a string for %s %q %x %X, as a list otherwise
 *     composite  the verb applies to each element: %x of [2]int{10, 11}
 *                is [a b], and %d of {1 "a"} is {1 %!d(string=a)}
 *
 * %v picks each kind's natural verb; %+v adds struct field names; %#v
 * prints Go syntax: main.T{A:1, B:"x"}, []int{1, 2}, []int(nil), 0x1f for
 * unsigned integers, (*int)(0xc000012345) for a pointer below the top.
 *
 * Print puts a space between two operands when neither is a string;
 * Println puts one between every two and a newline at the end.
 *
 * Types with methods (Stringer, error, Formatter, GoStringer) are part of
 * the interfaces tier; when they arrive, fmt_value is where a value's
 * methods get their chance before the kind decides (except while printing
 * a complaint, as Go does).
 *
 * Maps print their entries sorted by key, as Go's fmt does through
 * internal/fmtsort, so that the output does not depend on the map's
 * random iteration order: map[a:1 b:2], main.M{"a":1, "b":2} under %#v,
 * map[] or map[string]int(nil) for a nil map.  fmtsort's order: numbers
 * by value, strings byte-wise, false before true, pointers and channels
 * by address, arrays and structs element by element, interfaces nil
 * first, then by dynamic type (the descriptor's address), then by value.
 *
 * All text is assembled in one RtBuf (malloc'd scratch space) and written
 * with a single write(2) for Print, Println and Printf, as Go does one
 * Write per call; the S-forms copy it into a string from rt_alloc_noscan.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime.h"

/* ---- the byte buffer ------------------------------------------------------------ */

void rt_buf_write(RtBuf *b, const void *p, int64_t n)
{
	if (n <= 0)
		return;
	if (b->len + n > b->cap) {
		int64_t cap = b->cap ? b->cap * 2 : 128;
		while (cap < b->len + n)
			cap *= 2;
		uint8_t *q = realloc(b->ptr, (size_t)cap);
		if (q == NULL) {
			static const char msg[] = "fatal error: runtime: out of memory\n";
			rt_write_all(2, msg, sizeof msg - 1);
			_exit(2);
		}
		b->ptr = q;
		b->cap = cap;
	}
	memcpy(b->ptr + b->len, p, (size_t)n);
	b->len += n;
}

void rt_buf_byte(RtBuf *b, uint8_t c)
{
	rt_buf_write(b, &c, 1);
}

void rt_buf_str(RtBuf *b, const char *s)
{
	rt_buf_write(b, s, (int64_t)strlen(s));
}

void rt_buf_rune(RtBuf *b, int64_t r)
{
	uint8_t tmp[RT_UTF_MAX];
	rt_buf_write(b, tmp, rt_utf8_encode(tmp, r));
}

void rt_buf_free(RtBuf *b)
{
	free(b->ptr);
	*b = (RtBuf){NULL, 0, 0};
}

/* ---- the printer's state ---------------------------------------------------------- */

/* The flags of the verb being formatted; all clear between verbs. */
typedef struct FmtFlags {
	int plus;          /* '+': sign always; %+q ASCII only */
	int minus;         /* '-': pad on the right */
	int sharp;         /* '#': alternate form (0x, 0, backquotes, %#U's char) */
	int space;         /* ' ': a space for the sign; %x with spaces between bytes */
	int zero;          /* '0': pad with zeros (never on the right) */
	int plus_v;        /* %+v: the '+' went to %v and means field names */
	int sharp_v;       /* %#v: the '#' went to %v and means Go syntax */
	int wid_present;   /* a width was given */
	int prec_present;  /* a precision was given */
	int64_t wid;       /* the width, >= 0 */
	int64_t prec;      /* the precision, >= 0 */
} FmtFlags;

/* One call's printer. */
typedef struct FmtState {
	RtBuf out;             /* everything printed so far */
	FmtFlags f;            /* the current verb's flags */
	const GoType *cur_t;   /* the value being printed, for %!verb(type=value); NULL: nil */
	const void *cur_p;     /* where that value is */
	int reordered;         /* an [n] index was used: no EXTRA complaint */
	int good_argnum;       /* the current verb's [n] index was valid */
	int hidden;            /* inside an unexported field: no methods called */
} FmtState;

static const char fmt_ldigits[] = "0123456789abcdefx";
static const char fmt_udigits[] = "0123456789ABCDEFX";

static void fmt_value(FmtState *st, const GoType *t, const void *p, int32_t verb, int depth);

/* ---- padding ------------------------------------------------------------------------ */

/* n bytes of padding: zeros under the '0' flag, spaces otherwise. */
static void fmt_padding(FmtState *st, int64_t n)
{
	uint8_t c = st->f.zero ? '0' : ' ';
	for (int64_t i = 0; i < n; i++)
		rt_buf_byte(&st->out, c);
}

/* Text padded to the width, on the left unless '-'. */
static void fmt_pad(FmtState *st, const uint8_t *s, int64_t n)
{
	if (!st->f.wid_present || st->f.wid == 0) {
		rt_buf_write(&st->out, s, n);
		return;
	}
	int64_t fill = st->f.wid - rt_utf8_count(s, n);
	if (!st->f.minus) {
		fmt_padding(st, fill);
		rt_buf_write(&st->out, s, n);
	} else {
		rt_buf_write(&st->out, s, n);
		fmt_padding(st, fill);
	}
}

static void fmt_pad_str(FmtState *st, const char *s)
{
	fmt_pad(st, (const uint8_t *)s, (int64_t)strlen(s));
}

/* The precision of a string verb counts runes: how many bytes of s
 * survive it. */
static int64_t fmt_truncate(FmtState *st, const uint8_t *s, int64_t n)
{
	if (!st->f.prec_present)
		return n;
	int64_t runes = st->f.prec, i = 0;
	while (i < n && runes > 0) {
		i += s[i] < 0x80 ? 1 : rt_utf8_decode(s + i, n - i).width;
		runes--;
	}
	return i;
}

/* ---- quoting, as strconv does it ------------------------------------------------- */

/* r escaped for a quoted literal delimited by quote; ascii_only (%+q)
 * escapes everything outside printable ASCII. */
static void fmt_escaped_rune(RtBuf *b, int32_t r, uint8_t quote, int ascii_only)
{
	static const char hex[] = "0123456789abcdef";
	if (r == quote || r == '\\') {
		rt_buf_byte(b, '\\');
		rt_buf_byte(b, (uint8_t)r);
		return;
	}
	if (ascii_only ? (r < 0x80 && rt_isprint(r)) : rt_isprint(r)) {
		rt_buf_rune(b, r);
		return;
	}
	switch (r) {
	case '\a': rt_buf_str(b, "\\a"); return;
	case '\b': rt_buf_str(b, "\\b"); return;
	case '\f': rt_buf_str(b, "\\f"); return;
	case '\n': rt_buf_str(b, "\\n"); return;
	case '\r': rt_buf_str(b, "\\r"); return;
	case '\t': rt_buf_str(b, "\\t"); return;
	case '\v': rt_buf_str(b, "\\v"); return;
	default: break;
	}
	if (r < ' ' || r == 0x7F) {
		rt_buf_str(b, "\\x");
		rt_buf_byte(b, (uint8_t)hex[(r >> 4) & 15]);
		rt_buf_byte(b, (uint8_t)hex[r & 15]);
		return;
	}
	if (r < 0 || r > RT_MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
		r = RT_RUNE_ERROR;
	int digits = r < 0x10000 ? 4 : 8;
	rt_buf_str(b, digits == 4 ? "\\u" : "\\U");
	for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
		rt_buf_byte(b, (uint8_t)hex[(r >> shift) & 15]);
}

/* strconv.Quote (or QuoteToASCII): an invalid byte becomes \xNN. */
static void fmt_quote(RtBuf *b, const uint8_t *s, int64_t n, int ascii_only)
{
	static const char hex[] = "0123456789abcdef";
	rt_buf_byte(b, '"');
	for (int64_t i = 0; i < n;) {
		RtRune d = rt_utf8_decode(s + i, n - i);
		if (d.width == 1 && d.r == RT_RUNE_ERROR) {
			rt_buf_str(b, "\\x");
			rt_buf_byte(b, (uint8_t)hex[s[i] >> 4]);
			rt_buf_byte(b, (uint8_t)hex[s[i] & 15]);
		} else {
			fmt_escaped_rune(b, d.r, '"', ascii_only);
		}
		i += d.width;
	}
	rt_buf_byte(b, '"');
}

void rt_quote(RtBuf *b, const uint8_t *s, int64_t n)
{
	fmt_quote(b, s, n, 0);
}

/* strconv.CanBackquote: %#q uses `s` when s has no control characters
 * (tab aside), no backquote, no invalid UTF-8 and no byte order mark. */
static int fmt_can_backquote(const uint8_t *s, int64_t n)
{
	for (int64_t i = 0; i < n;) {
		RtRune d = rt_utf8_decode(s + i, n - i);
		i += d.width;
		if (d.width > 1) {
			if (d.r == 0xFEFF)
				return 0;
			continue;
		}
		if (d.r == RT_RUNE_ERROR)
			return 0;
		if ((d.r < ' ' && d.r != '\t') || d.r == '`' || d.r == 0x7F)
			return 0;
	}
	return 1;
}

/* ---- strings --------------------------------------------------------------------- */

/* %s */
static void fmt_s(FmtState *st, const uint8_t *s, int64_t n)
{
	fmt_pad(st, s, fmt_truncate(st, s, n));
}

/* %q: "quoted", `raw` under '#' when possible, ASCII only under '+'. */
static void fmt_q(FmtState *st, const uint8_t *s, int64_t n)
{
	n = fmt_truncate(st, s, n);
	RtBuf q = {NULL, 0, 0};
	if (st->f.sharp && fmt_can_backquote(s, n)) {
		rt_buf_byte(&q, '`');
		rt_buf_write(&q, s, n);
		rt_buf_byte(&q, '`');
	} else {
		fmt_quote(&q, s, n, st->f.plus);
	}
	fmt_pad(st, q.ptr, q.len);
	rt_buf_free(&q);
}

/* %x and %X of a string or byte slice: two hex digits a byte; '#' adds
 * 0x (once, or before every byte under ' '), ' ' separates bytes.  The
 * precision limits the bytes, the width pads the whole. */
static void fmt_sbx(FmtState *st, const uint8_t *s, int64_t n, const char *digits)
{
	FmtFlags *f = &st->f;
	int64_t length = n;
	if (f->prec_present && f->prec < length)
		length = f->prec;
	int64_t width = 2 * length;
	if (width > 0) {
		if (f->space) {
			if (f->sharp)
				width *= 2;
			width += length - 1;
		} else if (f->sharp) {
			width += 2;
		}
	} else {
		if (f->wid_present)
			fmt_padding(st, f->wid);
		return;
	}
	if (f->wid_present && f->wid > width && !f->minus)
		fmt_padding(st, f->wid - width);
	RtBuf *b = &st->out;
	if (f->sharp) {
		rt_buf_byte(b, '0');
		rt_buf_byte(b, (uint8_t)digits[16]);
	}
	for (int64_t i = 0; i < length; i++) {
		if (f->space && i > 0) {
			rt_buf_byte(b, ' ');
			if (f->sharp) {
				rt_buf_byte(b, '0');
				rt_buf_byte(b, (uint8_t)digits[16]);
			}
		}
		rt_buf_byte(b, (uint8_t)digits[s[i] >> 4]);
		rt_buf_byte(b, (uint8_t)digits[s[i] & 15]);
	}
	if (f->wid_present && f->wid > width && f->minus)
		fmt_padding(st, f->wid - width);
}

/* ---- complaints ------------------------------------------------------------------- */

/* %!verb(type=value): the verb does not fit the value being printed
 * (st->cur_t, st->cur_p).  The value is shown with %v under the same
 * flags, so %5t of 3 is %!t(int=    3). */
static void fmt_bad_verb(FmtState *st, int32_t verb)
{
	const GoType *t = st->cur_t;
	const void *p = st->cur_p;
	rt_buf_str(&st->out, "%!");
	rt_buf_rune(&st->out, verb);
	rt_buf_byte(&st->out, '(');
	if (t != NULL) {
		rt_buf_write(&st->out, t->name.ptr, t->name.len);
		rt_buf_byte(&st->out, '=');
		fmt_value(st, t, p, 'v', 0);
	} else {
		rt_buf_str(&st->out, "<nil>");
	}
	rt_buf_byte(&st->out, ')');
	st->cur_t = t;
	st->cur_p = p;
}

/* ---- integers ----------------------------------------------------------------------- */

/* u (negative if is_signed and the sign bit is set) in base, with the
 * precision, the zero flag, '#' prefixes, %O's 0o, and the sign flags. */
static void fmt_integer_digits(FmtState *st, uint64_t u, int base, int is_signed,
			       int32_t verb, const char *digits)
{
	FmtFlags *f = &st->f;
	int negative = is_signed && (int64_t)u < 0;
	if (negative)
		u = -u;
	int64_t prec = 0;  /* minimum digits */
	if (f->prec_present) {
		prec = f->prec;
		/* %.0d of 0 prints no digits at all, only the padding */
		if (prec == 0 && u == 0) {
			int zero = f->zero;
			f->zero = 0;
			fmt_padding(st, f->wid_present ? f->wid : 0);
			f->zero = zero;
			return;
		}
	} else if (f->zero && f->wid_present) {
		/* %06d: zero-fill to the width, leaving room for a sign */
		prec = f->wid;
		if (negative || f->plus || f->space)
			prec--;
	}
	/* Digits are produced right to left into the end of buf. */
	int64_t size = 72 + prec;
	char small[72];
	char *buf = size <= (int64_t)sizeof small ? small : malloc((size_t)size);
	if (buf == NULL)
		_exit(2);
	int64_t i = size;
	do {
		buf[--i] = digits[u % (uint64_t)base];
		u /= (uint64_t)base;
	} while (u != 0);
	while (prec > size - i)
		buf[--i] = '0';
	if (f->sharp) {
		if (base == 2) {
			buf[--i] = 'b';
			buf[--i] = '0';
		} else if (base == 8) {
			if (buf[i] != '0')
				buf[--i] = '0';
		} else if (base == 16) {
			buf[--i] = digits[16];
			buf[--i] = '0';
		}
	}
	if (verb == 'O') {
		buf[--i] = 'o';
		buf[--i] = '0';
	}
	if (negative)
		buf[--i] = '-';
	else if (f->plus)
		buf[--i] = '+';
	else if (f->space)
		buf[--i] = ' ';
	/* The zero flag has become precision; the width pads with spaces. */
	int zero = f->zero;
	f->zero = 0;
	fmt_pad(st, (const uint8_t *)buf + i, size - i);
	f->zero = zero;
	if (buf != small)
		free(buf);
}

/* Hex with or without 0x, whatever the '#' flag says: pointers and %#v
 * of unsigned integers. */
static void fmt_0x64(FmtState *st, uint64_t u, int leading_0x)
{
	int sharp = st->f.sharp;
	st->f.sharp = leading_0x;
	fmt_integer_digits(st, u, 16, 0, 'v', fmt_ldigits);
	st->f.sharp = sharp;
}

/* %c: the character; beyond MaxRune, U+FFFD. */
static void fmt_c(FmtState *st, uint64_t c)
{
	uint8_t tmp[RT_UTF_MAX];
	int64_t r = c > RT_MAX_RUNE ? RT_RUNE_ERROR : (int64_t)c;
	fmt_pad(st, tmp, rt_utf8_encode(tmp, r));
}

/* %q of an integer: a quoted character literal. */
static void fmt_qc(FmtState *st, uint64_t c)
{
	int32_t r = c > RT_MAX_RUNE ? RT_RUNE_ERROR : (int32_t)c;
	if (r >= 0xD800 && r <= 0xDFFF)
		r = RT_RUNE_ERROR;
	RtBuf q = {NULL, 0, 0};
	rt_buf_byte(&q, '\'');
	fmt_escaped_rune(&q, r, '\'', st->f.plus);
	rt_buf_byte(&q, '\'');
	fmt_pad(st, q.ptr, q.len);
	rt_buf_free(&q);
}

/* %U: U+0041, at least four hex digits (more with a precision); %#U
 * appends the character in quotes when it is printable. */
static void fmt_unicode(FmtState *st, uint64_t u)
{
	FmtFlags *f = &st->f;
	int64_t prec = f->prec_present && f->prec > 4 ? f->prec : 4;
	RtBuf t = {NULL, 0, 0};
	char digits[17];
	int nd = 0;
	uint64_t v = u;
	do {
		digits[nd++] = fmt_udigits[v & 15];
		v >>= 4;
	} while (v != 0);
	rt_buf_str(&t, "U+");
	for (int64_t k = nd; k < prec; k++)
		rt_buf_byte(&t, '0');
	while (nd > 0)
		rt_buf_byte(&t, (uint8_t)digits[--nd]);
	if (f->sharp && u <= RT_MAX_RUNE && rt_isprint((int32_t)u)) {
		rt_buf_str(&t, " '");
		rt_buf_rune(&t, (int64_t)u);
		rt_buf_byte(&t, '\'');
	}
	int zero = f->zero;
	f->zero = 0;
	fmt_pad(st, t.ptr, t.len);
	f->zero = zero;
	rt_buf_free(&t);
}

/* An integer value under verb. */
static void fmt_integer(FmtState *st, uint64_t u, int is_signed, int32_t verb)
{
	switch (verb) {
	case 'v':
		if (st->f.sharp_v && !is_signed)
			fmt_0x64(st, u, 1);
		else
			fmt_integer_digits(st, u, 10, is_signed, verb, fmt_ldigits);
		break;
	case 'd': fmt_integer_digits(st, u, 10, is_signed, verb, fmt_ldigits); break;
	case 'b': fmt_integer_digits(st, u, 2, is_signed, verb, fmt_ldigits); break;
	case 'o':
	case 'O': fmt_integer_digits(st, u, 8, is_signed, verb, fmt_ldigits); break;
	case 'x': fmt_integer_digits(st, u, 16, is_signed, verb, fmt_ldigits); break;
	case 'X': fmt_integer_digits(st, u, 16, is_signed, verb, fmt_udigits); break;
	case 'c': fmt_c(st, u); break;
	case 'q': fmt_qc(st, u); break;
	case 'U': fmt_unicode(st, u); break;
	default: fmt_bad_verb(st, verb); break;
	}
}

/* ---- other basic kinds ------------------------------------------------------------ */

static void fmt_bool(FmtState *st, int v, int32_t verb)
{
	if (verb == 't' || verb == 'v')
		fmt_pad_str(st, v ? "true" : "false");
	else
		fmt_bad_verb(st, verb);
}

static void fmt_string(FmtState *st, const uint8_t *s, int64_t n, int32_t verb)
{
	switch (verb) {
	case 'v':
		if (st->f.sharp_v)
			fmt_q(st, s, n);
		else
			fmt_s(st, s, n);
		break;
	case 's': fmt_s(st, s, n); break;
	case 'x': fmt_sbx(st, s, n, fmt_ldigits); break;
	case 'X': fmt_sbx(st, s, n, fmt_udigits); break;
	case 'q': fmt_q(st, s, n); break;
	default: fmt_bad_verb(st, verb); break;
	}
}

/* A pointer-shaped value: %p, %v, or an integer verb of its address. */
static void fmt_pointer(FmtState *st, const GoType *t, const void *p, int32_t verb)
{
	uintptr_t u;
	switch (t->kind) {
	case KIND_CHAN:
	case KIND_FUNC:
	case KIND_MAP:
	case KIND_POINTER:
	case KIND_UNSAFE_POINTER:
		u = *(const uintptr_t *)p;
		break;
	case KIND_SLICE:
		u = (uintptr_t)((const GoSlice *)p)->ptr;
		break;
	default:
		fmt_bad_verb(st, verb);
		return;
	}
	switch (verb) {
	case 'v':
		if (st->f.sharp_v) {
			rt_buf_byte(&st->out, '(');
			rt_buf_write(&st->out, t->name.ptr, t->name.len);
			rt_buf_str(&st->out, ")(");
			if (u == 0)
				rt_buf_str(&st->out, "nil");
			else
				fmt_0x64(st, u, 1);
			rt_buf_byte(&st->out, ')');
		} else if (u == 0) {
			fmt_pad_str(st, "<nil>");
		} else {
			fmt_0x64(st, u, !st->f.sharp);
		}
		break;
	case 'p':
		fmt_0x64(st, u, !st->f.sharp);
		break;
	case 'b':
	case 'o':
	case 'd':
	case 'x':
	case 'X':
		fmt_integer(st, u, 0, verb);
		break;
	default:
		fmt_bad_verb(st, verb);
		break;
	}
}

/* ---- values of any type ---------------------------------------------------------- */

/* The integer of kind k at p as 64 bits, sign-extended for signed kinds. */
static uint64_t fmt_load_int(int64_t kind, const void *p)
{
	switch (kind) {
	case KIND_INT8: return (uint64_t)(int64_t)*(const int8_t *)p;
	case KIND_INT16: return (uint64_t)(int64_t)*(const int16_t *)p;
	case KIND_INT32: return (uint64_t)(int64_t)*(const int32_t *)p;
	case KIND_UINT8: return *(const uint8_t *)p;
	case KIND_UINT16: return *(const uint16_t *)p;
	case KIND_UINT32: return *(const uint32_t *)p;
	default: return *(const uint64_t *)p;  /* int, int64, uint, uint64, uintptr */
	}
}

static int fmt_is_signed(int64_t kind)
{
	return kind >= KIND_INT && kind <= KIND_INT64;
}

static int fmt_is_unsigned(int64_t kind)
{
	return kind >= KIND_UINT && kind <= KIND_UINTPTR;
}

/* An array's or slice's bytes under %s %q %x %X. */
static void fmt_bytes(FmtState *st, const uint8_t *s, int64_t n, int32_t verb)
{
	switch (verb) {
	case 's': fmt_s(st, s, n); break;
	case 'q': fmt_q(st, s, n); break;
	case 'x': fmt_sbx(st, s, n, fmt_ldigits); break;
	default: fmt_sbx(st, s, n, fmt_udigits); break;
	}
}

/* The elements of an array or slice: [a b c], or {a, b, c} under %#v
 * after the type's name.  type_name is the slice's name except for an
 * unnamed []byte at the top level, which %#v calls []byte as Go does. */
static void fmt_list(FmtState *st, const GoType *t, const void *p, int32_t verb,
		     int depth, GoString type_name)
{
	const GoType *elem = t->elem;
	const uint8_t *base;
	int64_t n;
	if (t->kind == KIND_SLICE) {
		const GoSlice *s = p;
		base = s->ptr;
		n = s->len;
	} else {
		base = p;
		n = t->len;
	}
	if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem->kind == KIND_UINT8) {
		fmt_bytes(st, base, n, verb);
		return;
	}
	if (st->f.sharp_v) {
		rt_buf_write(&st->out, type_name.ptr, type_name.len);
		if (t->kind == KIND_SLICE && base == NULL) {
			rt_buf_str(&st->out, "(nil)");
			return;
		}
		rt_buf_byte(&st->out, '{');
		for (int64_t i = 0; i < n; i++) {
			if (i > 0)
				rt_buf_str(&st->out, ", ");
			fmt_value(st, elem, base + i * elem->size, verb, depth + 1);
		}
		rt_buf_byte(&st->out, '}');
		return;
	}
	rt_buf_byte(&st->out, '[');
	for (int64_t i = 0; i < n; i++) {
		if (i > 0)
			rt_buf_byte(&st->out, ' ');
		fmt_value(st, elem, base + i * elem->size, verb, depth + 1);
	}
	rt_buf_byte(&st->out, ']');
}

/* {1 2}, {A:1 B:2} under %+v, main.T{A:1, B:2} under %#v. */
static void fmt_struct(FmtState *st, const GoType *t, const uint8_t *p, int32_t verb, int depth)
{
	if (st->f.sharp_v)
		rt_buf_write(&st->out, t->name.ptr, t->name.len);
	rt_buf_byte(&st->out, '{');
	for (int64_t i = 0; i < t->nfields; i++) {
		const GoField *fld = &t->fields[i];
		if (i > 0)
			rt_buf_str(&st->out, st->f.sharp_v ? ", " : " ");
		if ((st->f.plus_v || st->f.sharp_v) && fld->name.len > 0) {
			rt_buf_write(&st->out, fld->name.ptr, fld->name.len);
			rt_buf_byte(&st->out, ':');
		}
		/* Go's fmt reaches an unexported field through reflection,
		 * which may not call its methods (CanInterface is false) */
		int hide = fld->name.len > 0 && !(fld->name.ptr[0] >= 'A' && fld->name.ptr[0] <= 'Z');
		st->hidden += hide;
		fmt_value(st, fld->type, p + fld->offset, verb, depth + 1);
		st->hidden -= hide;
	}
	rt_buf_byte(&st->out, '}');
}

/* internal/fmtsort's compare: <0, 0, >0 for keys of type t at a and b. */
static int fmt_compare(const GoType *t, const void *a, const void *b)
{
	switch (t->kind) {
	case KIND_STRING: {
		const GoString *x = a, *y = b;
		int64_t n = x->len < y->len ? x->len : y->len;
		int c = n ? memcmp(x->ptr, y->ptr, (size_t)n) : 0;
		if (c != 0)
			return c;
		return (x->len > y->len) - (x->len < y->len);
	}
	case KIND_BOOL: {
		int x = *(const uint8_t *)a != 0, y = *(const uint8_t *)b != 0;
		return x - y;   /* false first */
	}
	case KIND_POINTER:
	case KIND_UNSAFE_POINTER:
	case KIND_CHAN: {
		uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
		return (x > y) - (x < y);
	}
	case KIND_ARRAY:
		for (int64_t i = 0; i < t->len; i++) {
			int c = fmt_compare(t->elem, (const uint8_t *)a + i * t->elem->size,
			                    (const uint8_t *)b + i * t->elem->size);
			if (c != 0)
				return c;
		}
		return 0;
	case KIND_STRUCT:
		for (int64_t i = 0; i < t->nfields; i++) {
			const GoField *f = &t->fields[i];
			int c = fmt_compare(f->type, (const uint8_t *)a + f->offset, (const uint8_t *)b + f->offset);
			if (c != 0)
				return c;
		}
		return 0;
	case KIND_INTERFACE: {
		GoEface x = *(const GoEface *)a, y = *(const GoEface *)b;
		if (t->nmethods > 0) {   /* itabs: their dynamic types */
			x.type = x.type ? ((const GoItab *)x.type)->type : NULL;
			y.type = y.type ? ((const GoItab *)y.type)->type : NULL;
		}
		if (x.type == NULL || y.type == NULL)
			return (x.type != NULL) - (y.type != NULL);   /* nil first */
		if (x.type != y.type) {
			/* fmtsort compares the descriptors' addresses, which gc's
			 * linker lays out by size and then by name; ours are in
			 * the order the compiler met the types, so compare the
			 * names: the same order for the common cases (int before
			 * string before main.T), and still deterministic */
			int64_t n = x.type->name.len < y.type->name.len ? x.type->name.len : y.type->name.len;
			int c = memcmp(x.type->name.ptr, y.type->name.ptr, (size_t)n);
			if (c == 0)
				c = (x.type->name.len > y.type->name.len) - (x.type->name.len < y.type->name.len);
			if (c == 0)
				c = (uintptr_t)x.type < (uintptr_t)y.type ? -1 : 1;
			return c;
		}
		return fmt_compare(x.type, rt_type_direct(x.type) ? (const void *)&x.data : x.data,
		                   rt_type_direct(y.type) ? (const void *)&y.data : y.data);
	}
	default:
		if (fmt_is_signed(t->kind)) {
			int64_t x = (int64_t)fmt_load_int(t->kind, a), y = (int64_t)fmt_load_int(t->kind, b);
			return (x > y) - (x < y);
		}
		if (fmt_is_unsigned(t->kind)) {
			uint64_t x = fmt_load_int(t->kind, a), y = fmt_load_int(t->kind, b);
			return (x > y) - (x < y);
		}
		return 0;
	}
}

/* One entry of a map being printed. */
typedef struct FmtEntry {
	void *key;
	void *elem;
} FmtEntry;

/* Sorts e[0:n] by key, stably (fmtsort uses sort.Stable), merging runs
 * through tmp. */
static void fmt_sort_entries(const GoType *kt, FmtEntry *e, FmtEntry *tmp, int64_t n)
{
	if (n < 2)
		return;
	int64_t mid = n / 2;
	fmt_sort_entries(kt, e, tmp, mid);
	fmt_sort_entries(kt, e + mid, tmp, n - mid);
	int64_t i = 0, j = mid, k = 0;
	while (i < mid && j < n)
		tmp[k++] = fmt_compare(kt, e[j].key, e[i].key) < 0 ? e[j++] : e[i++];
	while (i < mid)
		tmp[k++] = e[i++];
	while (j < n)
		tmp[k++] = e[j++];
	memcpy(e, tmp, (size_t)n * sizeof *e);
}

/* map[k:v k:v], or main.M{k:v, k:v} under %#v; keys sorted. */
static void fmt_map(FmtState *st, const GoType *t, const void *p, int32_t verb, int depth)
{
	const GoMapType *mt = (const GoMapType *)t;
	GoMap *h = *(GoMap *const *)p;
	if (st->f.sharp_v) {
		rt_buf_write(&st->out, t->name.ptr, t->name.len);
		if (h == NULL) {
			rt_buf_str(&st->out, "(nil)");
			return;
		}
		rt_buf_byte(&st->out, '{');
	} else {
		rt_buf_str(&st->out, "map[");
	}
	int64_t n = h ? h->count : 0;
	FmtEntry *e = malloc((size_t)(2 * n + 1) * sizeof *e);
	if (e == NULL)
		_exit(2);
	int64_t k = 0;
	GoMapIter it;
	for (rt_mapiterinit(mt, h, &it); it.key != NULL && k < n; rt_mapiternext(&it))
		e[k++] = (FmtEntry){it.key, it.elem};
	fmt_sort_entries(t->key, e, e + n, k);
	for (int64_t i = 0; i < k; i++) {
		if (i > 0)
			rt_buf_str(&st->out, st->f.sharp_v ? ", " : " ");
		fmt_value(st, t->key, e[i].key, verb, depth + 1);
		rt_buf_byte(&st->out, ':');
		fmt_value(st, t->elem, e[i].elem, verb, depth + 1);
	}
	free(e);
	rt_buf_byte(&st->out, st->f.sharp_v ? '}' : ']');
}

/* An interface held inside a composite value: its dynamic value, or
 * <nil> for any verb (interface {}(nil) under %#v). */
static void fmt_iface(FmtState *st, const GoType *t, const void *p, int32_t verb, int depth)
{
	GoEface e = *(const GoEface *)p;
	if (t->nmethods > 0 && e.type != NULL)   /* an itab: its dynamic type */
		e.type = ((const GoItab *)e.type)->type;
	if (e.type == NULL) {
		if (st->f.sharp_v) {
			rt_buf_write(&st->out, t->name.ptr, t->name.len);
			rt_buf_str(&st->out, "(nil)");
		} else {
			rt_buf_str(&st->out, "<nil>");  /* whatever the verb */
		}
		return;
	}
	fmt_value(st, e.type, rt_type_direct(e.type) ? &e.data : e.data, verb, depth + 1);
}

/* Go's handleMethods: under %v %s %x %X %q, a value whose type has an
 * Error or a String method prints what the method returns.  The method
 * is called with the receiver word an interface would pass: the value
 * itself for a pointer, its address otherwise.  A method called on a nil
 * pointer that dereferences it prints <nil>, as in Go. */
static int fmt_methods(FmtState *st, const GoType *t, const void *p, int32_t verb)
{
	if (t->nmethods == 0 || t->kind == KIND_INTERFACE || st->f.sharp_v || st->hidden ||
	    !(verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q'))
		return 0;
	void *fn = rt_method_string(t, "Error");
	if (fn == NULL)
		fn = rt_method_string(t, "String");
	if (fn == NULL)
		return 0;
	void *recv = rt_type_direct(t) ? *(void *const *)p : (void *)p;
	GoString s;
	if (t->kind == KIND_POINTER && recv == NULL) {
		if (!rt_call_nil_receiver(fn, &s)) {
			fmt_pad_str(st, "<nil>");
			return 1;
		}
	} else {
		s = ((GoString(*)(void *))fn)(recv);
	}
	st->cur_t = t;
	st->cur_p = p;
	fmt_string(st, s.ptr, s.len, verb);
	return 1;
}

/* The value of type t at p under verb; depth 0 is an operand itself. */
static void fmt_value(FmtState *st, const GoType *t, const void *p, int32_t verb, int depth)
{
	st->cur_t = t;
	st->cur_p = p;
	if (fmt_methods(st, t, p, verb))
		return;
	switch (t->kind) {
	case KIND_BOOL:
		fmt_bool(st, *(const uint8_t *)p != 0, verb);
		return;
	case KIND_STRING: {
		const GoString *s = p;
		fmt_string(st, s->ptr, s->len, verb);
		return;
	}
	case KIND_STRUCT:
		fmt_struct(st, t, p, verb, depth);
		return;
	case KIND_INTERFACE:
		fmt_iface(st, t, p, verb, depth);
		return;
	case KIND_ARRAY:
	case KIND_SLICE:
		fmt_list(st, t, p, verb, depth, t->name);
		return;
	case KIND_MAP:
		fmt_map(st, t, p, verb, depth);
		return;
	case KIND_POINTER:
		/* &{...}, &[...], &map[...] only at the top: below it, cycles
		 * could make the printing endless, so there it is an address. */
		if (depth == 0 && *(void *const *)p != NULL) {
			int64_t ek = t->elem->kind;
			if (ek == KIND_ARRAY || ek == KIND_SLICE || ek == KIND_STRUCT || ek == KIND_MAP) {
				rt_buf_byte(&st->out, '&');
				fmt_value(st, t->elem, *(void *const *)p, verb, depth + 1);
				return;
			}
		}
		fmt_pointer(st, t, p, verb);
		return;
	case KIND_CHAN:
	case KIND_FUNC:
	case KIND_UNSAFE_POINTER:
		fmt_pointer(st, t, p, verb);
		return;
	default:
		if (fmt_is_signed(t->kind) || fmt_is_unsigned(t->kind)) {
			fmt_integer(st, fmt_load_int(t->kind, p), fmt_is_signed(t->kind), verb);
			return;
		}
		rt_buf_str(&st->out, "?");
		return;
	}
}

/* An operand of Print, Println or Printf. */
static void fmt_arg(FmtState *st, GoEface arg, int32_t verb)
{
	const GoType *t = arg.type;
	const void *vp = t != NULL && rt_type_direct(t) ? (const void *)&arg.data : arg.data;
	st->cur_t = t;
	st->cur_p = vp;
	if (t == NULL) {
		if (verb == 'T' || verb == 'v')
			fmt_pad_str(st, "<nil>");
		else
			fmt_bad_verb(st, verb);
		return;
	}
	if (verb == 'T') {
		fmt_s(st, t->name.ptr, t->name.len);
		return;
	}
	if (verb == 'p') {
		fmt_pointer(st, t, vp, 'p');
		return;
	}
	/* Go's fmt treats an unnamed []byte operand specially; the only
	 * visible difference is the name %#v writes. */
	if (t->kind == KIND_SLICE && !t->named && t->elem->kind == KIND_UINT8 && !t->elem->named) {
		static const uint8_t byte_slice[] = "[]byte";
		fmt_list(st, t, vp, verb, 0, (GoString){byte_slice, 6});
		return;
	}
	fmt_value(st, t, vp, verb, 0);
}

/* ---- Print and Println ----------------------------------------------------------- */

static void fmt_print_args(FmtState *st, const GoEface *a, int64_t n, int newline)
{
	int prev_string = 0;
	for (int64_t i = 0; i < n; i++) {
		int is_string = a[i].type != NULL && a[i].type->kind == KIND_STRING;
		if (i > 0 && (newline || (!is_string && !prev_string)))
			rt_buf_byte(&st->out, ' ');
		fmt_arg(st, a[i], 'v');
		prev_string = is_string;
	}
	if (newline)
		rt_buf_byte(&st->out, '\n');
}

/* ---- Printf --------------------------------------------------------------------- */

#define FMT_TOO_LARGE 1000000  /* widths and precisions beyond this are errors */

/* A decimal number at f[*i], advancing *i; 0 if there are no digits or
 * the number is too large (then *i is moved to end). */
static int fmt_parse_num(const uint8_t *f, int64_t *i, int64_t end, int64_t *num)
{
	*num = 0;
	int found = 0;
	while (*i < end && f[*i] >= '0' && f[*i] <= '9') {
		if (*num > FMT_TOO_LARGE || *num < -FMT_TOO_LARGE) {
			*num = 0;
			*i = end;
			return 0;
		}
		*num = *num * 10 + (f[*i] - '0');
		found = 1;
		(*i)++;
	}
	return found;
}

/* An explicit argument index [n] at f[*i] (1-based in the format): sets
 * *argnum to n-1 and returns 1 if there is one and it is in range. */
static int fmt_arg_number(FmtState *st, int64_t *argnum, const uint8_t *f, int64_t *i,
			  int64_t end, int64_t nargs)
{
	if (*i >= end || f[*i] != '[')
		return 0;
	st->reordered = 1;
	int ok = 0;
	int64_t width = 1, index = 0;
	if (end - *i >= 3) {
		for (int64_t j = *i + 1; j < end; j++) {
			if (f[j] == ']') {
				int64_t k = *i + 1;
				int64_t num;
				int found = fmt_parse_num(f, &k, j, &num);
				width = j - *i + 1;
				if (found && k == j) {
					ok = 1;
					index = num - 1;
				}
				break;
			}
		}
	}
	*i += width;
	if (ok && index >= 0 && index < nargs) {
		*argnum = index;
		return 1;
	}
	st->good_argnum = 0;
	return ok;
}

/* A width or precision taken from an operand (the `*`): it must be an
 * integer that fits in an int and is at most a million in magnitude. */
static int fmt_int_from_arg(const GoEface *a, int64_t nargs, int64_t *argnum, int64_t *num)
{
	*num = 0;
	if (*argnum >= nargs)
		return 0;
	const GoType *t = a[*argnum].type;
	int ok = 0;
	if (t != NULL && fmt_is_signed(t->kind)) {
		*num = (int64_t)fmt_load_int(t->kind, a[*argnum].data);
		ok = 1;
	} else if (t != NULL && fmt_is_unsigned(t->kind)) {
		uint64_t u = fmt_load_int(t->kind, a[*argnum].data);
		if ((int64_t)u >= 0) {
			*num = (int64_t)u;
			ok = 1;
		}
	}
	(*argnum)++;
	if (*num > FMT_TOO_LARGE || *num < -FMT_TOO_LARGE) {
		*num = 0;
		ok = 0;
	}
	return ok;
}

static void fmt_printf(FmtState *st, const uint8_t *f, int64_t end, const GoEface *a, int64_t nargs)
{
	int64_t argnum = 0;
	int after_index = 0;
	st->reordered = 0;
	for (int64_t i = 0; i < end;) {
		st->good_argnum = 1;
		int64_t lasti = i;
		while (i < end && f[i] != '%')
			i++;
		rt_buf_write(&st->out, f + lasti, i - lasti);
		if (i >= end)
			break;
		i++;  /* the '%' */
		FmtFlags *fl = &st->f;
		memset(fl, 0, sizeof *fl);
		int simple = 0;  /* a plain verb followed the flags */
		for (; i < end; i++) {
			uint8_t c = f[i];
			if (c == '#') {
				fl->sharp = 1;
			} else if (c == '0') {
				fl->zero = !fl->minus;
			} else if (c == '+') {
				fl->plus = 1;
			} else if (c == '-') {
				fl->minus = 1;
				fl->zero = 0;
			} else if (c == ' ') {
				fl->space = 1;
			} else {
				/* The common case: a lower-case verb with no width,
				 * precision or index. */
				if (c >= 'a' && c <= 'z' && argnum < nargs) {
					if (c == 'v') {
						fl->sharp_v = fl->sharp;
						fl->sharp = 0;
						fl->plus_v = fl->plus;
						fl->plus = 0;
					}
					fmt_arg(st, a[argnum], c);
					argnum++;
					i++;
					simple = 1;
				}
				break;
			}
		}
		if (simple)
			continue;

		after_index = fmt_arg_number(st, &argnum, f, &i, end, nargs);

		/* width */
		if (i < end && f[i] == '*') {
			i++;
			fl->wid_present = fmt_int_from_arg(a, nargs, &argnum, &fl->wid);
			if (!fl->wid_present)
				rt_buf_str(&st->out, "%!(BADWIDTH)");
			if (fl->wid < 0) {
				fl->wid = -fl->wid;
				fl->minus = 1;
				fl->zero = 0;
			}
			after_index = 0;
		} else {
			fl->wid_present = fmt_parse_num(f, &i, end, &fl->wid);
			if (after_index && fl->wid_present)
				st->good_argnum = 0;  /* %[3]2d */
		}

		/* precision */
		if (i + 1 < end && f[i] == '.') {
			i++;
			if (after_index)
				st->good_argnum = 0;  /* %[3].2d */
			after_index = fmt_arg_number(st, &argnum, f, &i, end, nargs);
			if (i < end && f[i] == '*') {
				i++;
				fl->prec_present = fmt_int_from_arg(a, nargs, &argnum, &fl->prec);
				if (fl->prec < 0) {
					fl->prec = 0;
					fl->prec_present = 0;
				}
				if (!fl->prec_present)
					rt_buf_str(&st->out, "%!(BADPREC)");
				after_index = 0;
			} else {
				fl->prec_present = fmt_parse_num(f, &i, end, &fl->prec);
				if (!fl->prec_present) {
					fl->prec = 0;
					fl->prec_present = 1;  /* "%.d" means precision 0 */
				}
			}
		}

		if (!after_index)
			after_index = fmt_arg_number(st, &argnum, f, &i, end, nargs);

		if (i >= end) {
			rt_buf_str(&st->out, "%!(NOVERB)");
			break;
		}

		int32_t verb = f[i];
		int64_t size = 1;
		if (verb >= 0x80) {
			RtRune d = rt_utf8_decode(f + i, end - i);
			verb = d.r;
			size = d.width;
		}
		i += size;

		if (verb == '%') {
			rt_buf_byte(&st->out, '%');  /* %% takes no operand, even %5% */
		} else if (!st->good_argnum) {
			rt_buf_str(&st->out, "%!");
			rt_buf_rune(&st->out, verb);
			rt_buf_str(&st->out, "(BADINDEX)");
		} else if (argnum >= nargs) {
			rt_buf_str(&st->out, "%!");
			rt_buf_rune(&st->out, verb);
			rt_buf_str(&st->out, "(MISSING)");
		} else {
			if (verb == 'v') {
				fl->sharp_v = fl->sharp;
				fl->sharp = 0;
				fl->plus_v = fl->plus;
				fl->plus = 0;
			}
			fmt_arg(st, a[argnum], verb);
			argnum++;
		}
	}

	/* Operands no verb used, unless indexes made the order free. */
	if (!st->reordered && argnum < nargs) {
		memset(&st->f, 0, sizeof st->f);
		rt_buf_str(&st->out, "%!(EXTRA ");
		for (int64_t k = argnum; k < nargs; k++) {
			if (k > argnum)
				rt_buf_str(&st->out, ", ");
			if (a[k].type == NULL) {
				rt_buf_str(&st->out, "<nil>");
			} else {
				rt_buf_write(&st->out, a[k].type->name.ptr, a[k].type->name.len);
				rt_buf_byte(&st->out, '=');
				fmt_arg(st, a[k], 'v');
			}
		}
		rt_buf_byte(&st->out, ')');
	}
}

/* ---- the entry points ------------------------------------------------------------- */

/* Standard output gets the text in one write; the results say how much. */
static void fmt_flush_stdout(FmtState *st, FmtResult *r)
{
	rt_write_all(1, st->out.ptr, st->out.len);
	if (r != NULL) {
		r->n = st->out.len;
		r->err = (GoIface){NULL, NULL};
	}
	rt_buf_free(&st->out);
}

/* The text as a new Go string. */
static GoString fmt_to_string(FmtState *st)
{
	GoString s = {NULL, 0};
	if (st->out.len > 0) {
		uint8_t *p = rt_alloc_noscan(st->out.len);
		memcpy(p, st->out.ptr, (size_t)st->out.len);
		s = (GoString){p, st->out.len};
	}
	rt_buf_free(&st->out);
	return s;
}

void fmt_Println(FmtResult *r, GoEface *a, int64_t alen, int64_t acap)
{
	(void)acap;
	FmtState st = {0};
	fmt_print_args(&st, a, alen, 1);
	fmt_flush_stdout(&st, r);
}

void fmt_Print(FmtResult *r, GoEface *a, int64_t alen, int64_t acap)
{
	(void)acap;
	FmtState st = {0};
	fmt_print_args(&st, a, alen, 0);
	fmt_flush_stdout(&st, r);
}

void fmt_Printf(FmtResult *r, const uint8_t *f, int64_t flen, GoEface *a, int64_t alen, int64_t acap)
{
	(void)acap;
	FmtState st = {0};
	fmt_printf(&st, f, flen, a, alen);
	fmt_flush_stdout(&st, r);
}

GoString fmt_Sprintf(const uint8_t *f, int64_t flen, GoEface *a, int64_t alen, int64_t acap)
{
	(void)acap;
	FmtState st = {0};
	fmt_printf(&st, f, flen, a, alen);
	return fmt_to_string(&st);
}

GoString fmt_Sprint(GoEface *a, int64_t alen, int64_t acap)
{
	(void)acap;
	FmtState st = {0};
	fmt_print_args(&st, a, alen, 0);
	return fmt_to_string(&st);
}

GoString fmt_Sprintln(GoEface *a, int64_t alen, int64_t acap)
{
	(void)acap;
	FmtState st = {0};
	fmt_print_args(&st, a, alen, 1);
	return fmt_to_string(&st);
}
