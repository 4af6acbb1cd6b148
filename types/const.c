/* const.c — exact arithmetic on Go constants; see const.h.
 *
 * An integer constant is a sign and a magnitude (BigInt).  The magnitude
 * has CONST_LIMBS = 9 words of 64 bits, least significant first, but a
 * finished value may only use the low CONST_BITS = 512 bits of it: the
 * ninth word is scratch space.  It holds the carry of a 512-bit addition
 * and the sign of the two's complement form used by the bitwise
 * operators, so every operation can compute its exact result first and
 * ask afterwards whether it still fits (make_int, the one place where
 * "constant overflow" is decided).  Multiplication and left shifts can
 * produce up to 1024 bits and check before they write.
 *
 * Sign and magnitude makes + - * / % read like school arithmetic:
 *
 *     -7 / 2:   7 / 2 = 3 rem 1; the quotient takes the sign of
 *               x * y (negative), the remainder the sign of x:
 *               -7 / 2 == -3, -7 % 2 == -1      Go spec: Arithmetic operators
 *
 * The bitwise operators are defined on the infinite two's complement
 * form, as math/big does.  We convert both operands to two's complement
 * over the 9 words (576 bits are more than the 513 a value needs), apply
 * the operator word by word, and convert back:
 *
 *     -5 & 3:   -5 is ...11111011, 3 is ...00000011, and is ...00000011 == 3
 *     -8 &^ 3:  ...11111000 &^ ...00000011 == ...11111000 == -8
 *
 * A right shift is arithmetic, rounding toward minus infinity.  For a
 * negative x it is computed on the magnitude with the identity
 *
 *     x >> s == -(((|x| - 1) >> s) + 1)     e.g. -5 >> 1 == -((4 >> 1) + 1) == -3
 *
 * which never needs more bits than x itself.
 *
 * Constants are printed as go/constant's String() prints them, because
 * types2 builds its operand descriptions ("300 (untyped int constant)")
 * with it:
 *   - an integer in full decimal, however long (big.Int.String);
 *   - a string quoted exactly as strconv.Quote does: \a \b \f \n \r \t \v
 *     \\ \", \xNN for control bytes and bytes that are not valid UTF-8,
 *     \uXXXX or \UXXXXXXXX for runes strconv.IsPrint rejects, every other
 *     rune as itself;
 *   - in short form, a quoted string of more than 72 runes is cut to its
 *     first 69 runes followed by "...", so the closing quote is lost:
 *         "aaaa(...80 a's in all)"  ->  "aaaa(68 a's)...
 *     (go/constant stringVal.String, Go 1.19; the cut counts runes of the
 *     quoted text and may fall inside an escape such as \x80).
 *
 * Every value is allocated in the arena and never changed afterwards.
 */
#include "const.h"

#include <stdio.h>
#include <string.h>

#include "../parser/parser.tab.h"

/* Only the strconv.IsPrint table is used here; the lexer uses the rest. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#include "../lexer/unicode_tables.h"
#pragma GCC diagnostic pop

_Static_assert(CONST_BITS <= 64 * (CONST_LIMBS - 1),
               "the top word of a magnitude is scratch space for carries and signs");

/* ---- magnitudes ---------------------------------------------------------
 *
 * A magnitude is an array of CONST_LIMBS words, least significant first.
 * These helpers work on all 576 bits; only make_int enforces CONST_BITS. */

static int mag_is_zero(const uint64_t *m)
{
	for (int i = 0; i < CONST_LIMBS; i++)
		if (m[i])
			return 0;
	return 1;
}

/* -1, 0 or 1 as x is less than, equal to or greater than y. */
static int mag_cmp(const uint64_t *x, const uint64_t *y)
{
	for (int i = CONST_LIMBS - 1; i >= 0; i--)
		if (x[i] != y[i])
			return x[i] < y[i] ? -1 : 1;
	return 0;
}

/* The number of bits needed to write m: 0 for 0, 1 for 1, 9 for 256. */
static int mag_bitlen(const uint64_t *m)
{
	for (int i = CONST_LIMBS - 1; i >= 0; i--) {
		if (m[i]) {
			int n = 64;
			while (!(m[i] >> (n - 1)))
				n--;
			return 64 * i + n;
		}
	}
	return 0;
}

static int mag_bit(const uint64_t *m, int i)
{
	return (int)(m[i / 64] >> (i % 64) & 1);
}

/* z = x + y; z may be x or y.  The inputs fit in CONST_BITS, so the sum
 * fits in the scratch word and no carry leaves the array. */
static void mag_add(uint64_t *z, const uint64_t *x, const uint64_t *y)
{
	uint64_t carry = 0;
	for (int i = 0; i < CONST_LIMBS; i++) {
		uint64_t s = x[i] + carry;
		carry = s < carry;
		z[i] = s + y[i];
		carry += z[i] < s;
	}
}

/* z = x - y, where x >= y; z may be x or y. */
static void mag_sub(uint64_t *z, const uint64_t *x, const uint64_t *y)
{
	uint64_t borrow = 0;
	for (int i = 0; i < CONST_LIMBS; i++) {
		uint64_t d = x[i] - y[i];
		uint64_t b = x[i] < y[i];
		z[i] = d - borrow;
		borrow = b | (d < borrow);
	}
}

/* The 128-bit product x * y as two words, from four 32-bit products
 * (portable C11 has no 128-bit integer). */
static void mul64(uint64_t x, uint64_t y, uint64_t *hi, uint64_t *lo)
{
	uint64_t x0 = x & 0xFFFFFFFF, x1 = x >> 32;
	uint64_t y0 = y & 0xFFFFFFFF, y1 = y >> 32;
	uint64_t p00 = x0 * y0, p01 = x0 * y1, p10 = x1 * y0, p11 = x1 * y1;
	uint64_t mid = (p00 >> 32) + (p01 & 0xFFFFFFFF) + (p10 & 0xFFFFFFFF);
	*lo = (mid << 32) | (p00 & 0xFFFFFFFF);
	*hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/* z = x * y by schoolbook multiplication into a double-length product;
 * returns 0, leaving z alone, when the product needs more than the
 * CONST_LIMBS words (make_int catches the rest of the overflows). */
static int mag_mul(uint64_t *z, const uint64_t *x, const uint64_t *y)
{
	uint64_t t[2 * CONST_LIMBS] = {0};
	for (int i = 0; i < CONST_LIMBS; i++) {
		if (!x[i])
			continue;
		uint64_t carry = 0;
		for (int j = 0; j < CONST_LIMBS; j++) {
			/* x[i] * y[j] + t[i+j] + carry < 2^128: no carry is lost */
			uint64_t hi, lo;
			mul64(x[i], y[j], &hi, &lo);
			lo += carry;
			hi += lo < carry;
			t[i + j] += lo;
			hi += t[i + j] < lo;
			carry = hi;
		}
		t[i + CONST_LIMBS] = carry;
	}
	for (int i = CONST_LIMBS; i < 2 * CONST_LIMBS; i++)
		if (t[i])
			return 0;
	memcpy(z, t, CONST_LIMBS * sizeof *z);
	return 1;
}

/* m = m * mul + add for one-word mul and add; returns 0 when the result
 * does not fit in the CONST_LIMBS words. */
static int mag_mul_add_small(uint64_t *m, uint64_t mul, uint64_t add)
{
	uint64_t carry = add;
	for (int i = 0; i < CONST_LIMBS; i++) {
		uint64_t hi, lo;
		mul64(m[i], mul, &hi, &lo);
		lo += carry;
		hi += lo < carry;
		m[i] = lo;
		carry = hi;
	}
	return carry == 0;
}

/* m = m / d, returning m % d, for 0 < d < 2^32.  Each word is divided in
 * two 32-bit halves so that remainder:half always fits in 64 bits. */
static uint32_t mag_div_small(uint64_t *m, uint32_t d)
{
	uint64_t r = 0;
	for (int i = CONST_LIMBS - 1; i >= 0; i--) {
		uint64_t hi = r << 32 | m[i] >> 32;
		r = hi % d;
		uint64_t lo = r << 32 | (m[i] & 0xFFFFFFFF);
		r = lo % d;
		m[i] = (hi / d) << 32 | lo / d;
	}
	return (uint32_t)r;
}

/* z = x << s for s < 64 * CONST_LIMBS; bits shifted past the top are
 * dropped, so the caller checks the length first.  z may be x. */
static void mag_shl(uint64_t *z, const uint64_t *x, unsigned s)
{
	unsigned words = s / 64, bits = s % 64;
	for (int i = CONST_LIMBS - 1; i >= 0; i--) {
		int from = i - (int)words;
		uint64_t w = from >= 0 ? x[from] << bits : 0;
		if (bits && from >= 1)
			w |= x[from - 1] >> (64 - bits);
		z[i] = w;
	}
}

/* z = x >> s (logical), for any s.  z may be x. */
static void mag_shr(uint64_t *z, const uint64_t *x, uint64_t s)
{
	if (s >= 64 * CONST_LIMBS) {
		memset(z, 0, CONST_LIMBS * sizeof *z);
		return;
	}
	unsigned words = (unsigned)s / 64, bits = (unsigned)s % 64;
	for (int i = 0; i < CONST_LIMBS; i++) {
		unsigned from = (unsigned)i + words;
		uint64_t w = from < CONST_LIMBS ? x[from] >> bits : 0;
		if (bits && from + 1 < CONST_LIMBS)
			w |= x[from + 1] << (64 - bits);
		z[i] = w;
	}
}

/* q = x / y and r = x % y for y != 0, by binary long division: bring down
 * one bit of x at a time and subtract y whenever it fits.  At most
 * CONST_BITS steps; slow next to Knuth's algorithm D, but a compile has
 * few constant divisions and this one can be checked by hand. */
static void mag_divmod(uint64_t *q, uint64_t *r, const uint64_t *x, const uint64_t *y)
{
	uint64_t quo[CONST_LIMBS] = {0}, rem[CONST_LIMBS] = {0};
	for (int i = mag_bitlen(x) - 1; i >= 0; i--) {
		mag_shl(rem, rem, 1);
		rem[0] |= (uint64_t)mag_bit(x, i);
		if (mag_cmp(rem, y) >= 0) {
			mag_sub(rem, rem, y);
			quo[i / 64] |= (uint64_t)1 << (i % 64);
		}
	}
	memcpy(q, quo, sizeof quo);
	memcpy(r, rem, sizeof rem);
}

/* ---- values ------------------------------------------------------------- */

static const uint64_t mag_one[CONST_LIMBS] = {1};

/* The integer with this sign and magnitude, or NULL when the magnitude
 * needs more than CONST_BITS bits.  Every integer result goes through
 * here, which is what keeps zero non-negative. */
static ConstVal *make_int(Arena *a, int neg, const uint64_t *mag)
{
	if (mag_bitlen(mag) > CONST_BITS)
		return NULL;
	ConstVal *v = ARENA_NEW(a, ConstVal);
	v->kind = CONST_INT;
	memcpy(v->i.mag, mag, sizeof v->i.mag);
	v->i.neg = neg && !mag_is_zero(mag);
	return v;
}

ConstVal *const_bool(Arena *a, int b)
{
	ConstVal *v = ARENA_NEW(a, ConstVal);
	v->kind = CONST_BOOL;
	v->b = b != 0;
	return v;
}

ConstVal *const_int64(Arena *a, int64_t v)
{
	uint64_t mag[CONST_LIMBS] = {0};
	/* 0 - (uint64_t)v is |v| even for INT64_MIN, with no signed overflow */
	mag[0] = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	return make_int(a, v < 0, mag);
}

ConstVal *const_uint64(Arena *a, uint64_t v)
{
	uint64_t mag[CONST_LIMBS] = {v};
	return make_int(a, 0, mag);
}

/* The bytes are copied, with a NUL after them for the convenience of
 * callers that know the string holds none. */
ConstVal *const_string(Arena *a, const char *s, int64_t len)
{
	ConstVal *v = ARENA_NEW(a, ConstVal);
	char *p = arena_alloc(a, (size_t)len + 1);
	if (len > 0)
		memcpy(p, s, (size_t)len);
	v->kind = CONST_STRING;
	v->s = p;
	v->len = len;
	return v;
}

ConstVal *const_unknown(Arena *a)
{
	ConstVal *v = ARENA_NEW(a, ConstVal);
	v->kind = CONST_UNKNOWN;
	return v;
}

/* NULL when v's magnitude needs more than CONST_BITS bits; a negative
 * zero comes back as zero. */
ConstVal *const_from_big(Arena *a, const BigInt *v)
{
	return make_int(a, v->neg, v->mag);
}

/* Go spec: Integer literals.
 *     int_lit = decimal_lit | binary_lit | octal_lit | hex_lit
 * with '_' allowed between digits and after a base prefix, and a leading
 * 0 alone making the rest octal ("017" == 15).  The lexer has already
 * checked the spelling; a literal it rejected (and reported), such as
 * "0x" or "0b12", comes back as an unknown value so that nothing more is
 * said about it. */
ConstVal *const_parse_int(Arena *a, const char *text)
{
	const char *p = text;
	unsigned base = 10;
	if (p[0] == '0') {
		switch (p[1]) {
		case 'x': case 'X': base = 16; p += 2; break;
		case 'o': case 'O': base = 8; p += 2; break;
		case 'b': case 'B': base = 2; p += 2; break;
		case '\0': break;
		default: base = 8; p += 1; break;
		}
	}
	uint64_t mag[CONST_LIMBS] = {0};
	int digits = 0;
	for (; *p; p++) {
		unsigned d;
		if (*p == '_')
			continue;
		if (*p >= '0' && *p <= '9')
			d = (unsigned)(*p - '0');
		else if (*p >= 'a' && *p <= 'f')
			d = (unsigned)(*p - 'a' + 10);
		else if (*p >= 'A' && *p <= 'F')
			d = (unsigned)(*p - 'A' + 10);
		else
			return const_unknown(a);
		if (d >= base)
			return const_unknown(a);
		if (!mag_mul_add_small(mag, base, d) || mag_bitlen(mag) > CONST_BITS)
			return NULL;
		digits++;
	}
	if (!digits)
		return const_unknown(a);
	return make_int(a, 0, mag);
}

/* ---- arithmetic ---------------------------------------------------------- */

/* x + y, with y's sign given separately so that x - y is x + (-y). */
static ConstVal *int_add(Arena *a, const BigInt *x, int yneg, const BigInt *y)
{
	uint64_t z[CONST_LIMBS];
	if (x->neg == yneg) {
		mag_add(z, x->mag, y->mag);
		return make_int(a, x->neg, z);
	}
	if (mag_cmp(x->mag, y->mag) >= 0) {
		mag_sub(z, x->mag, y->mag);
		return make_int(a, x->neg, z);
	}
	mag_sub(z, y->mag, x->mag);
	return make_int(a, yneg, z);
}

/* w = -w in two's complement: invert every bit and add one. */
static void words_negate(uint64_t *w)
{
	uint64_t carry = 1;
	for (int i = 0; i < CONST_LIMBS; i++) {
		w[i] = ~w[i] + carry;
		carry = carry && w[i] == 0;
	}
}

/* x in two's complement over all CONST_LIMBS words. */
static void to_twos(uint64_t *w, const BigInt *x)
{
	memcpy(w, x->mag, sizeof x->mag);
	if (x->neg)
		words_negate(w);
}

/* The value of a two's complement word array; the top bit is the sign. */
static ConstVal *from_twos(Arena *a, const uint64_t *w)
{
	int neg = (int)(w[CONST_LIMBS - 1] >> 63);
	uint64_t mag[CONST_LIMBS];
	memcpy(mag, w, sizeof mag);
	if (neg)
		words_negate(mag);
	return make_int(a, neg, mag);
}

/* x op y for the bitwise operators & | ^ &^ (Go spec: Arithmetic
 * operators; negative values in two's complement). */
static ConstVal *int_bitwise(Arena *a, int op, const BigInt *x, const BigInt *y)
{
	uint64_t wx[CONST_LIMBS], wy[CONST_LIMBS];
	to_twos(wx, x);
	to_twos(wy, y);
	for (int i = 0; i < CONST_LIMBS; i++) {
		switch (op) {
		case TOK_AND: wx[i] &= wy[i]; break;
		case TOK_OR: wx[i] |= wy[i]; break;
		case TOK_XOR: wx[i] ^= wy[i]; break;
		default: wx[i] &= ~wy[i]; break;   /* TOK_AND_NOT */
		}
	}
	return from_twos(a, wx);
}

static ConstVal *int_binary(Arena *a, int op, const BigInt *x, const BigInt *y)
{
	uint64_t q[CONST_LIMBS], r[CONST_LIMBS];
	switch (op) {
	case TOK_ADD:
		return int_add(a, x, y->neg, y);
	case TOK_SUB:
		return int_add(a, x, !y->neg, y);
	case TOK_STAR:
		if (!mag_mul(q, x->mag, y->mag))
			return NULL;
		return make_int(a, x->neg != y->neg, q);
	case TOK_DIV:
	case TOK_REM:
		/* Go spec: Integer operators.  Truncated division: the
		 * quotient has the sign of x*y, the remainder that of x. */
		if (mag_is_zero(y->mag))
			fatal("internal compiler error: constant division by zero (%s:%d)",
			      __FILE__, __LINE__);
		mag_divmod(q, r, x->mag, y->mag);
		if (op == TOK_DIV)
			return make_int(a, x->neg != y->neg, q);
		return make_int(a, x->neg, r);
	case TOK_AND:
	case TOK_OR:
	case TOK_XOR:
	case TOK_AND_NOT:
		return int_bitwise(a, op, x, y);
	}
	return NULL;   /* not reached: const_binary checked op */
}

static int is_int_op(int op)
{
	switch (op) {
	case TOK_ADD: case TOK_SUB: case TOK_STAR: case TOK_DIV: case TOK_REM:
	case TOK_AND: case TOK_OR: case TOK_XOR: case TOK_AND_NOT:
		return 1;
	}
	return 0;
}

/* An operation the type checker should never have let through. */
static _Noreturn void bad_op(const char *fn, int op, const ConstVal *x)
{
	fatal("internal compiler error: %s: operator %d on a constant of kind %d (%s)",
	      fn, op, (int)x->kind, __FILE__);
}

ConstVal *const_binary(Arena *a, int op, const ConstVal *x, const ConstVal *y)
{
	if (x->kind == CONST_UNKNOWN || y->kind == CONST_UNKNOWN)
		return const_unknown(a);
	if (x->kind != y->kind)
		bad_op("const_binary", op, y);
	switch (x->kind) {
	case CONST_INT:
		if (is_int_op(op))
			return int_binary(a, op, &x->i, &y->i);
		break;
	case CONST_BOOL:
		if (op == TOK_LAND)
			return const_bool(a, x->b && y->b);
		if (op == TOK_LOR)
			return const_bool(a, x->b || y->b);
		break;
	case CONST_STRING:
		if (op == TOK_ADD) {
			ConstVal *v = ARENA_NEW(a, ConstVal);
			char *p = arena_alloc(a, (size_t)(x->len + y->len) + 1);
			if (x->len)
				memcpy(p, x->s, (size_t)x->len);
			if (y->len)
				memcpy(p + x->len, y->s, (size_t)y->len);
			v->kind = CONST_STRING;
			v->s = p;
			v->len = x->len + y->len;
			return v;
		}
		break;
	default:
		break;
	}
	bad_op("const_binary", op, x);
}

ConstVal *const_shift(Arena *a, int op, const ConstVal *x, uint64_t s)
{
	if (x->kind == CONST_UNKNOWN)
		return const_unknown(a);
	if (x->kind != CONST_INT || (op != TOK_SHL && op != TOK_SHR))
		bad_op("const_shift", op, x);
	uint64_t z[CONST_LIMBS];
	if (op == TOK_SHL) {
		int n = mag_bitlen(x->i.mag);
		if (n == 0)
			return make_int(a, 0, x->i.mag);      /* 0 << 1000 == 0 */
		if (s > (uint64_t)(CONST_BITS - n))
			return NULL;
		mag_shl(z, x->i.mag, (unsigned)s);
		return make_int(a, x->i.neg, z);
	}
	if (!x->i.neg) {
		mag_shr(z, x->i.mag, s);
		return make_int(a, 0, z);
	}
	/* x >> s == -(((|x| - 1) >> s) + 1) for x < 0; see the top */
	mag_sub(z, x->i.mag, mag_one);
	mag_shr(z, z, s);
	mag_add(z, z, mag_one);
	return make_int(a, 1, z);
}

ConstVal *const_unary(Arena *a, int op, const ConstVal *x, int bits)
{
	if (x->kind == CONST_UNKNOWN)
		return const_unknown(a);
	if (x->kind == CONST_BOOL && op == TOK_NOT)
		return const_bool(a, !x->b);
	if (x->kind != CONST_INT)
		bad_op("const_unary", op, x);
	switch (op) {
	case TOK_ADD:
		return make_int(a, x->i.neg, x->i.mag);
	case TOK_SUB:
		return make_int(a, !x->i.neg, x->i.mag);
	case TOK_XOR: {
		/* Go spec: Arithmetic operators.  ^x is x ^ m with m all ones:
		 * -1 for signed and untyped x, 2^bits - 1 for unsigned x. */
		uint64_t w[CONST_LIMBS];
		if (bits < 0 || bits > CONST_BITS)
			bad_op("const_unary", op, x);
		to_twos(w, &x->i);
		for (int i = 0; i < CONST_LIMBS; i++)
			w[i] = ~w[i];
		if (bits == 0)
			return from_twos(a, w);
		for (int i = 0; i < CONST_LIMBS; i++) {
			int lo = 64 * i;                 /* the bit w[i] starts at */
			if (bits <= lo)
				w[i] = 0;
			else if (bits < lo + 64)
				w[i] &= ((uint64_t)1 << (bits - lo)) - 1;
		}
		return make_int(a, 0, w);
	}
	}
	bad_op("const_unary", op, x);
}

/* ---- comparing and converting ------------------------------------------- */

static int int_cmp(const BigInt *x, const BigInt *y)
{
	if (x->neg != y->neg)
		return x->neg ? -1 : 1;
	int c = mag_cmp(x->mag, y->mag);
	return x->neg ? -c : c;
}

/* Strings compare bytewise, as unsigned bytes; a prefix comes first. */
static int string_cmp(const ConstVal *x, const ConstVal *y)
{
	int64_t n = x->len < y->len ? x->len : y->len;
	int c = n > 0 ? memcmp(x->s, y->s, (size_t)n) : 0;
	if (c)
		return c < 0 ? -1 : 1;
	return x->len < y->len ? -1 : x->len > y->len;
}

/* Unknown values compare false, as in go/constant. */
int const_compare(int op, const ConstVal *x, const ConstVal *y)
{
	if (x->kind == CONST_UNKNOWN || y->kind == CONST_UNKNOWN)
		return 0;
	if (x->kind != y->kind)
		bad_op("const_compare", op, y);
	int c;
	switch (x->kind) {
	case CONST_INT:
		c = int_cmp(&x->i, &y->i);
		break;
	case CONST_STRING:
		c = string_cmp(x, y);
		break;
	case CONST_BOOL:
		if (op != TOK_EQL && op != TOK_NEQ)
			bad_op("const_compare", op, x);
		c = x->b != y->b;
		break;
	default:
		bad_op("const_compare", op, x);
	}
	switch (op) {
	case TOK_EQL: return c == 0;
	case TOK_NEQ: return c != 0;
	case TOK_LSS: return c < 0;
	case TOK_LEQ: return c <= 0;
	case TOK_GTR: return c > 0;
	case TOK_GEQ: return c >= 0;
	}
	bad_op("const_compare", op, x);
}

/* Go spec: Representability.  A signed type of n bits holds
 * -2^(n-1) .. 2^(n-1)-1, so every magnitude below 2^(n-1) fits, and
 * 2^(n-1) itself fits only when negative: int8 holds -128, not 128. */
int const_fits(const ConstVal *x, int bits, int is_signed)
{
	if (x->kind != CONST_INT)
		return 0;
	int n = mag_bitlen(x->i.mag);
	if (!is_signed)
		return !x->i.neg && n <= bits;
	if (n <= bits - 1)
		return 1;
	if (!x->i.neg || n != bits)
		return 0;
	uint64_t pow[CONST_LIMBS];
	mag_shl(pow, mag_one, (unsigned)(bits - 1));
	return mag_cmp(x->i.mag, pow) == 0;
}

/* On failure *ok is cleared and the result is 0; on success *ok is left
 * alone, so one flag can collect several conversions. */
int64_t const_to_int64(const ConstVal *x, int *ok)
{
	if (!const_fits(x, 64, 1)) {
		*ok = 0;
		return 0;
	}
	uint64_t m = x->i.mag[0];
	/* -(m-1)-1 rather than -m: INT64_MIN has no positive counterpart */
	return x->i.neg ? -(int64_t)(m - 1) - 1 : (int64_t)m;
}

uint64_t const_to_uint64(const ConstVal *x, int *ok)
{
	if (!const_fits(x, 64, 0)) {
		*ok = 0;
		return 0;
	}
	return x->i.mag[0];
}

int const_bitlen(const ConstVal *x)
{
	return x->kind == CONST_INT ? mag_bitlen(x->i.mag) : 0;
}

int const_sign(const ConstVal *x)
{
	if (x->kind != CONST_INT || mag_is_zero(x->i.mag))
		return 0;
	return x->i.neg ? -1 : 1;
}

/* ---- printing ------------------------------------------------------------ */

/* x in decimal: the magnitude is divided by 10^9 until nothing is left,
 * and the remainders are the 9-digit groups, least significant first. */
static const char *int_string(Arena *a, const BigInt *x)
{
	enum { GROUPS = (64 * CONST_LIMBS) / 29 + 1 };   /* 10^9 > 2^29 */
	uint32_t group[GROUPS];
	uint64_t m[CONST_LIMBS];
	int n = 0;
	memcpy(m, x->mag, sizeof m);
	do
		group[n++] = mag_div_small(m, 1000000000);
	while (!mag_is_zero(m));
	char *buf = arena_alloc(a, (size_t)n * 9 + 2), *p = buf;
	if (x->neg)
		*p++ = '-';
	p += sprintf(p, "%u", (unsigned)group[--n]);
	while (n > 0)
		p += sprintf(p, "%09u", (unsigned)group[--n]);
	return buf;
}

/* utf8.DecodeRune: the rune at s (n > 0 bytes) and its length, or
 * U+FFFD and length 1 when s does not start a valid encoding.  Overlong
 * forms, surrogates (U+D800..U+DFFF) and values past U+10FFFF are not
 * valid: the second byte's range depends on the first (Unicode table 3-7). */
static int utf8_decode(const unsigned char *s, int64_t n, int32_t *r)
{
	unsigned c = s[0], lo = 0x80, hi = 0xBF;
	int len;
	int32_t v;
	if (c < 0x80) {
		*r = (int32_t)c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2, v = (int32_t)(c & 0x1F);
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3, v = (int32_t)(c & 0x0F);
		if (c == 0xE0) lo = 0xA0;     /* overlong below U+0800 */
		if (c == 0xED) hi = 0x9F;     /* surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4, v = (int32_t)(c & 0x07);
		if (c == 0xF0) lo = 0x90;     /* overlong below U+10000 */
		if (c == 0xF4) hi = 0x8F;     /* past U+10FFFF */
	} else {
		goto bad;
	}
	if (n < len || s[1] < lo || s[1] > hi)
		goto bad;
	for (int i = 1; i < len; i++) {
		if (s[i] < 0x80 || s[i] > 0xBF)
			goto bad;
		v = v << 6 | (int32_t)(s[i] & 0x3F);
	}
	*r = v;
	return len;
bad:
	*r = 0xFFFD;
	return 1;
}

/* strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the
 * ASCII space, from the same Go 1.19 tables the lexer uses. */
static int is_print(int32_t r)
{
	if (r < 0x80)
		return r >= 0x20 && r < 0x7F;
	size_t lo = 0, hi = sizeof unicode_print / sizeof unicode_print[0];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r < unicode_print[mid].lo)
			hi = mid;
		else if (r > unicode_print[mid].hi)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

/* strconv.Quote(s).  No byte grows into more than 4 output bytes
 * (\xNN), so 4 * len + 3 is always room enough. */
static char *quote(Arena *a, const char *str, int64_t len)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *s = (const unsigned char *)str;
	char *buf = arena_alloc(a, 4 * (size_t)len + 3), *p = buf;
	*p++ = '"';
	for (int64_t i = 0; i < len; ) {
		int32_t r;
		int n = utf8_decode(s + i, len - i, &r);
		if (n == 1 && r == 0xFFFD) {            /* a byte that is not UTF-8 */
			p += sprintf(p, "\\x%c%c", hex[s[i] >> 4], hex[s[i] & 0xF]);
			i++;
			continue;
		}
		if (r == '"' || r == '\\') {
			*p++ = '\\';
			*p++ = (char)r;
		} else if (is_print(r)) {
			memcpy(p, s + i, (size_t)n);
			p += n;
		} else {
			switch (r) {
			case '\a': p += sprintf(p, "\\a"); break;
			case '\b': p += sprintf(p, "\\b"); break;
			case '\f': p += sprintf(p, "\\f"); break;
			case '\n': p += sprintf(p, "\\n"); break;
			case '\r': p += sprintf(p, "\\r"); break;
			case '\t': p += sprintf(p, "\\t"); break;
			case '\v': p += sprintf(p, "\\v"); break;
			default:
				if (r < ' ' || r == 0x7F)
					p += sprintf(p, "\\x%c%c", hex[r >> 4], hex[r & 0xF]);
				else if (r < 0x10000)
					p += sprintf(p, "\\u%04x", (unsigned)r);
				else
					p += sprintf(p, "\\U%08x", (unsigned)r);
			}
		}
		i += n;
	}
	*p++ = '"';
	*p = '\0';
	return buf;
}

/* go/constant's stringVal.String: a quoted form of more than 72 runes
 * keeps its first 69 runes and gets "..." instead of the rest.  The
 * quoted form is valid UTF-8, so runes are counted as the bytes that do
 * not continue a sequence (10xxxxxx). */
static void shorten(char *q)
{
	enum { MAX_RUNES = 72 };
	int runes = 0;
	for (char *p = q; *p; p++)
		runes += ((unsigned char)*p & 0xC0) != 0x80;
	if (runes <= MAX_RUNES)
		return;
	char *p = q;
	for (int kept = 0; kept < MAX_RUNES - 3; kept++) {
		p++;
		while (((unsigned char)*p & 0xC0) == 0x80)
			p++;
	}
	strcpy(p, "...");
}

const char *const_string_of(Arena *a, const ConstVal *x, int short_form)
{
	switch (x->kind) {
	case CONST_UNKNOWN:
		return "unknown";
	case CONST_BOOL:
		return x->b ? "true" : "false";
	case CONST_INT:
		return int_string(a, &x->i);
	case CONST_STRING: {
		char *q = quote(a, x->s, x->len);
		if (short_form)
			shorten(q);
		return q;
	}
	}
	return "unknown";
}
