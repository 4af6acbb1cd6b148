/* test_const.c — exact constant arithmetic (types/const.c) against Go.
 *
 * Every expected value here comes from Go or from Python's exact integers:
 * integer results from math/big (truncated Quo/Rem, two's complement
 * And/Or/Xor/AndNot, arithmetic Rsh) or Python, printed forms from
 * go/constant's Value.String() in Go 1.19, which is what types2 puts in
 * its messages.  The limit is gc's: a constant whose magnitude needs more
 * than 512 bits is an overflow, and the operation returns NULL, shown
 * below as "NULL".
 *
 * Values are written as decimal strings and results compared as strings,
 * so a failure shows both numbers:
 *
 *     ck_assert_str_eq(binary("-7", TOK_DIV, "2"), "-3");
 *
 * const.c needs nothing but an arena, so this suite has its own small
 * fixture instead of check_util.h's whole compile state.
 */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/arena.h"
#include "../parser/parser.tab.h"
#include "../types/const.h"

/* Powers of two at the edge of CONST_BITS = 512: 2^511 and 2^512 - 1 are
 * the largest power of two and the largest magnitude that fit; 2^512 is
 * the first value that does not. */
#define P255 "57896044618658097711785492504343953926634992332820282019728792003956564819968"
#define P256 "115792089237316195423570985008687907853269984665640564039457584007913129639936"
#define P511 "6703903964971298549787012499102923063739682910296196688861780721860882015036773488400937149083451713845015929093243025426876941405973284973216824503042048"
#define P511M1 "6703903964971298549787012499102923063739682910296196688861780721860882015036773488400937149083451713845015929093243025426876941405973284973216824503042047"
#define MAX512 "13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084095"
#define P512 "13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084096"
/* 3^323, the largest power of 3 that fits (3^324 has 514 bits) */
#define P3_323 "12887398992905211091134919596691438986738071032059439873952311419935843645773953828397502847624490212500386993360598011990073223412802359596045310457260827"

/* The arena of the running test; freed after each test. */
static Arena arena;

static void setup(void)
{
	arena_init(&arena);
}

static void teardown(void)
{
	arena_free(&arena);
}

/* ---- helpers ------------------------------------------------------------- */

/* An integer literal with an optional '-' in front ("-7", "0x1F"); NULL
 * if it overflows. */
static ConstVal *num(const char *s)
{
	if (s[0] == '-') {
		ConstVal *v = const_parse_int(&arena, s + 1);
		return v ? const_unary(&arena, TOK_SUB, v, 0) : NULL;
	}
	return const_parse_int(&arena, s);
}

/* v as Go prints it, or "NULL" for an overflow. */
static const char *str(const ConstVal *v)
{
	return v ? const_string_of(&arena, v, 0) : "NULL";
}

static const char *binary(const char *x, int op, const char *y)
{
	return str(const_binary(&arena, op, num(x), num(y)));
}

static const char *shift(const char *x, int op, uint64_t s)
{
	return str(const_shift(&arena, op, num(x), s));
}

static const char *unary(int op, const char *x, int bits)
{
	return str(const_unary(&arena, op, num(x), bits));
}

/* n copies of c (which may be several bytes long). */
static const char *repeat(const char *c, int n)
{
	size_t len = strlen(c);
	char *s = arena_alloc(&arena, len * (size_t)n + 1);
	for (int i = 0; i < n; i++)
		memcpy(s + len * (size_t)i, c, len);
	return s;
}

/* The quoted form of the len bytes at s, in full or shortened. */
static const char *quoted_n(const char *s, int64_t len, int short_form)
{
	return const_string_of(&arena, const_string(&arena, s, len), short_form);
}

static const char *quoted(const char *s, int short_form)
{
	return quoted_n(s, (int64_t)strlen(s), short_form);
}

static ConstVal *string_val(const char *s, int64_t len)
{
	return const_string(&arena, s, len);
}

/* ---- making values ------------------------------------------------------- */

START_TEST(test_make_values)
{
	ck_assert_str_eq(str(const_int64(&arena, 0)), "0");
	ck_assert_str_eq(str(const_int64(&arena, -7)), "-7");
	ck_assert_str_eq(str(const_int64(&arena, INT64_MIN)), "-9223372036854775808");
	ck_assert_str_eq(str(const_int64(&arena, INT64_MAX)), "9223372036854775807");
	ck_assert_str_eq(str(const_uint64(&arena, UINT64_MAX)), "18446744073709551615");
	ck_assert_str_eq(str(const_bool(&arena, 1)), "true");
	ck_assert_str_eq(str(const_bool(&arena, 0)), "false");
	ck_assert_int_eq(const_bool(&arena, 42)->b, 1);
	ck_assert_str_eq(str(const_unknown(&arena)), "unknown");

	/* a string keeps its NULs and its length */
	ConstVal *s = string_val("a\0b", 3);
	ck_assert_int_eq(s->kind, CONST_STRING);
	ck_assert_int_eq(s->len, 3);
	ck_assert_mem_eq(s->s, "a\0b", 3);
	ck_assert_int_eq(string_val(NULL, 0)->len, 0);
}
END_TEST

START_TEST(test_from_big)
{
	BigInt b = {1, {5}};
	ck_assert_str_eq(str(const_from_big(&arena, &b)), "-5");
	BigInt negzero = {1, {0}};
	ConstVal *z = const_from_big(&arena, &negzero);
	ck_assert_int_eq(z->i.neg, 0);
	ck_assert_int_eq(const_sign(z), 0);
	BigInt big = {0, {0}};
	big.mag[8] = 1;                   /* 2^512: one bit too many */
	ck_assert_ptr_null(const_from_big(&arena, &big));
	big.mag[8] = 0;
	big.mag[7] = (uint64_t)1 << 63;   /* 2^511 */
	ck_assert_str_eq(str(const_from_big(&arena, &big)), P511);
}
END_TEST

/* ---- integer literals ------------------------------------------------------ */

static const struct { const char *lit, *want; } lits[] = {
	{"0", "0"},
	{"42", "42"},
	{"1_000_000", "1000000"},
	{"0x1F", "31"},
	{"0X_aB", "171"},
	{"0xdead_beef", "3735928559"},
	{"0xABCDEF", "11259375"},
	{"0o17", "15"},
	{"0O7_7", "63"},
	{"0o_7", "7"},
	{"0b1010", "10"},
	{"0B1_0", "2"},
	{"0b_1", "1"},
	{"017", "15"},                   /* legacy octal */
	{"0777", "511"},
	{"0_17", "15"},
	{"00", "0"},
	{"9223372036854775807", "9223372036854775807"},
	{"18446744073709551616", "18446744073709551616"},
	{"0x1_0000_0000_0000_0000", "18446744073709551616"},
	{"1000000000000000000000000000", "1000000000000000000000000000"},
	{MAX512, MAX512},
	/* what the lexer rejects (and reports) is quietly unknown */
	{"0x", "unknown"},
	{"08", "unknown"},
	{"0b12", "unknown"},
	{"0o8", "unknown"},
};

START_TEST(test_parse_int)
{
	ck_assert_str_eq(str(const_parse_int(&arena, lits[_i].lit)), lits[_i].want);
}
END_TEST

START_TEST(test_parse_int_limit)
{
	/* 128 hex f's are 512 one bits; a 1 and 128 zeros is 2^512 */
	ck_assert_str_eq(str(num(arena_sprintf(&arena, "0x%s", repeat("f", 128)))), MAX512);
	ck_assert_ptr_null(num(arena_sprintf(&arena, "0x1%s", repeat("0", 128))));
	ck_assert_str_eq(str(num(arena_sprintf(&arena, "0b1%s", repeat("0", 511)))), P511);
	ck_assert_ptr_null(num(arena_sprintf(&arena, "0b1%s", repeat("0", 512))));
	ck_assert_ptr_null(num(P512));
	ck_assert_ptr_null(num(repeat("9", 300)));
	/* 0o1 and 171 zeros is 2^513; 170 zeros, 2^510 */
	ck_assert_ptr_null(num(arena_sprintf(&arena, "0o1%s", repeat("0", 171))));
	ck_assert_int_eq(const_bitlen(num(arena_sprintf(&arena, "0o1%s", repeat("0", 170)))), 511);
}
END_TEST

/* ---- ranges of the integer types ------------------------------------------ */

static const struct {
	const char *v;
	int bits, is_signed, fits;
} ranges[] = {
	{"-128", 8, 1, 1}, {"127", 8, 1, 1}, {"-129", 8, 1, 0}, {"128", 8, 1, 0},
	{"0", 8, 0, 1}, {"255", 8, 0, 1}, {"256", 8, 0, 0}, {"-1", 8, 0, 0},
	{"-32768", 16, 1, 1}, {"32767", 16, 1, 1}, {"-32769", 16, 1, 0}, {"32768", 16, 1, 0},
	{"65535", 16, 0, 1}, {"65536", 16, 0, 0},
	{"-2147483648", 32, 1, 1}, {"2147483647", 32, 1, 1},
	{"-2147483649", 32, 1, 0}, {"2147483648", 32, 1, 0},
	{"4294967295", 32, 0, 1}, {"4294967296", 32, 0, 0},
	{"-9223372036854775808", 64, 1, 1}, {"9223372036854775807", 64, 1, 1},
	{"-9223372036854775809", 64, 1, 0}, {"9223372036854775808", 64, 1, 0},
	{"18446744073709551615", 64, 0, 1}, {"18446744073709551616", 64, 0, 0},
	{"-18446744073709551615", 64, 1, 0}, {"-1", 64, 0, 0}, {"0", 64, 1, 1},
	{"-18446744073709551616", 64, 1, 0}, {P256, 64, 0, 0}, {"-" P511, 64, 1, 0},
};

START_TEST(test_fits)
{
	ck_assert_msg(const_fits(num(ranges[_i].v), ranges[_i].bits, ranges[_i].is_signed) ==
	              ranges[_i].fits, "%s in %sint%d: want %d", ranges[_i].v,
	              ranges[_i].is_signed ? "" : "u", ranges[_i].bits, ranges[_i].fits);
}
END_TEST

START_TEST(test_to_int64)
{
	int ok = 1;
	ck_assert(const_to_int64(num("-9223372036854775808"), &ok) == INT64_MIN);
	ck_assert(const_to_int64(num("9223372036854775807"), &ok) == INT64_MAX);
	ck_assert(const_to_int64(num("-1"), &ok) == -1);
	ck_assert(const_to_uint64(num("18446744073709551615"), &ok) == UINT64_MAX);
	ck_assert(const_to_uint64(num("0"), &ok) == 0);
	ck_assert_int_eq(ok, 1);

	/* a failure clears the flag; a later success leaves it cleared, so
	 * one flag can collect several conversions */
	const_to_int64(num("9223372036854775808"), &ok);
	ck_assert_int_eq(ok, 0);
	const_to_int64(num("1"), &ok);
	ck_assert_int_eq(ok, 0);
	ok = 1;
	const_to_int64(num("-9223372036854775809"), &ok);
	ck_assert_int_eq(ok, 0);
	ok = 1;
	const_to_uint64(num("-1"), &ok);
	ck_assert_int_eq(ok, 0);
	ok = 1;
	const_to_uint64(num("18446744073709551616"), &ok);
	ck_assert_int_eq(ok, 0);
	ok = 1;
	const_to_int64(string_val("1", 1), &ok);
	ck_assert_int_eq(ok, 0);
}
END_TEST

START_TEST(test_bitlen_sign)
{
	ck_assert_int_eq(const_bitlen(num("0")), 0);
	ck_assert_int_eq(const_bitlen(num("1")), 1);
	ck_assert_int_eq(const_bitlen(num("-256")), 9);
	ck_assert_int_eq(const_bitlen(num("18446744073709551615")), 64);
	ck_assert_int_eq(const_bitlen(num("18446744073709551616")), 65);
	ck_assert_int_eq(const_bitlen(num(P511)), 512);
	ck_assert_int_eq(const_bitlen(num(MAX512)), 512);
	ck_assert_int_eq(const_sign(num("0")), 0);
	ck_assert_int_eq(const_sign(num("-3")), -1);
	ck_assert_int_eq(const_sign(num(P511)), 1);
	ck_assert_int_eq(const_sign(const_bool(&arena, 1)), 0);
}
END_TEST

/* ---- arithmetic ------------------------------------------------------------ */

START_TEST(test_add_sub)
{
	ck_assert_str_eq(binary("2", TOK_ADD, "3"), "5");
	ck_assert_str_eq(binary("2", TOK_ADD, "-3"), "-1");
	ck_assert_str_eq(binary("-2", TOK_SUB, "3"), "-5");
	ck_assert_str_eq(binary("-2", TOK_SUB, "-3"), "1");
	ck_assert_str_eq(binary("18446744073709551615", TOK_ADD, "1"), "18446744073709551616");
	ck_assert_str_eq(binary("18446744073709551616", TOK_SUB, "1"), "18446744073709551615");
	ck_assert_str_eq(binary("-18446744073709551616", TOK_ADD, "1"), "-18446744073709551615");
	ck_assert_str_eq(binary(P511, TOK_SUB, "1"), P511M1);
	ck_assert_str_eq(binary(P511M1, TOK_ADD, P511), MAX512);
	ck_assert_str_eq(binary(P511, TOK_ADD, P511), "NULL");
	ck_assert_str_eq(binary(MAX512, TOK_ADD, "1"), "NULL");
	ck_assert_str_eq(binary("-" MAX512, TOK_SUB, "1"), "NULL");
	ck_assert_str_eq(binary("-" MAX512, TOK_ADD, MAX512), "0");
	ck_assert_str_eq(binary(MAX512, TOK_SUB, P511), P511M1);
	ck_assert_str_eq(binary(P256, TOK_SUB, P256 "0"), "-1042128803135845758812138865078191170679429861990765076355118256071218166759424");

	/* zero is never negative */
	ConstVal *z = const_binary(&arena, TOK_SUB, num("-5"), num("-5"));
	ck_assert_int_eq(z->i.neg, 0);
	ck_assert_int_eq(const_sign(z), 0);
	ck_assert_str_eq(str(z), "0");
}
END_TEST

START_TEST(test_mul)
{
	ck_assert_str_eq(binary("-6", TOK_STAR, "7"), "-42");
	ck_assert_str_eq(binary("-6", TOK_STAR, "-7"), "42");
	ck_assert_str_eq(binary("-6", TOK_STAR, "0"), "0");
	ck_assert_int_eq(const_binary(&arena, TOK_STAR, num("-6"), num("0"))->i.neg, 0);
	ck_assert_str_eq(binary("4294967296", TOK_STAR, "4294967296"), "18446744073709551616");
	ck_assert_str_eq(binary("18446744073709551615", TOK_STAR, "18446744073709551615"),
	                 "340282366920938463426481119284349108225");
	/* (1 << 256) * (1 << 255) == 1 << 511 fits; 1 << 512 does not */
	ck_assert_str_eq(binary(P256, TOK_STAR, P255), P511);
	ck_assert_str_eq(binary(P256, TOK_STAR, P256), "NULL");
	ck_assert_str_eq(binary(P511, TOK_STAR, "2"), "NULL");
	ck_assert_str_eq(binary(P511, TOK_STAR, "-1"), "-" P511);
	ck_assert_str_eq(binary(MAX512, TOK_STAR, MAX512), "NULL");
	ck_assert_str_eq(binary(MAX512, TOK_STAR, "1"), MAX512);
	/* (2^255 - 19) * (2^256 - 189), a 511-bit product */
	ck_assert_str_eq(binary("57896044618658097711785492504343953926634992332820282019728792003956564819949",
	                        TOK_STAR,
	                        "-115792089237316195423570985008687907853269984665640564039457584007913129639747"),
	                 "-6703903964971298549787012499102923063739682910296196688861780721860882015023631086272501760902876407046529851551896882167326737387494849188318684288912903");
	/* 3^323 has 512 bits; 3^324 has 514 */
	ConstVal *p = num("1");
	for (int i = 0; i < 323; i++)
		p = const_binary(&arena, TOK_STAR, p, num("3"));
	ck_assert_str_eq(str(p), P3_323);
	ck_assert_ptr_null(const_binary(&arena, TOK_STAR, p, num("3")));
	ck_assert_ptr_null(const_binary(&arena, TOK_STAR, p, num("-3")));
}
END_TEST

/* Go spec: Integer operators.  q = x / y truncated toward zero and
 * r = x - q*y, so r has the sign of x. */
static const struct { const char *x, *y, *q, *r; } divs[] = {
	{"7", "2", "3", "1"},
	{"-7", "2", "-3", "-1"},
	{"7", "-2", "-3", "1"},
	{"-7", "-2", "3", "-1"},
	{"6", "3", "2", "0"},
	{"-1", "2", "0", "-1"},
	{"-4", "2", "-2", "0"},
	{"0", "-5", "0", "0"},
	{"18446744073709551616", "18446744073709551615", "1", "1"},
	{MAX512, "1", MAX512, "0"},
	{MAX512, MAX512, "1", "0"},
	{"-" MAX512, "2", "-" P511M1, "-1"},
	{P511, "-" MAX512, "0", P511},
	{MAX512,
	 "100000000000000000000000000000000000000000000000007",
	 "134078079299425970995740249982058461274793658205914548311684654619247938483236725675729507425594620258518",
	 "50065604151315284371225732216463394454486664274469"},
	{P511M1,
	 "100000000000000000000000000000000000000000000000007",
	 "67039039649712985497870124991029230637396829102957274155842327309623969241618362837864753712797310129259",
	 "25032802075657642185612866108231697227243332137234"},
	{"-" P511M1,
	 "100000000000000000000000000000000000000000000000007",
	 "-67039039649712985497870124991029230637396829102957274155842327309623969241618362837864753712797310129259",
	 "-25032802075657642185612866108231697227243332137234"},
	{"-" MAX512,
	 "100000000000000000000000000000000000000000000000007",
	 "-134078079299425970995740249982058461274793658205914548311684654619247938483236725675729507425594620258518",
	 "-50065604151315284371225732216463394454486664274469"},
	/* 98! / 60! */
	{"9426890448883247745626185743057242473809693764078951663494238777294707070023223798882976159207729119823605850588608460429412647567360000000000000000000000",
	 "8320987112741390144276341183223364380754172606361245952449277696409600000000000000",
	 "1132905305723699445331415842530216081731976792997092893132429721600000000",
	 "0"},
	/* -3^323 / 3^200 */
	{"-" P3_323,
	 "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001",
	 "-48519278097689642681155855396759336072749841943521979872827",
	 "0"},
	/* 3^323 / -(2^300 + 1) */
	{P3_323,
	 "-2037035976334486086268445688409378161051468393665936250636140449354381299763336706183397377",
	 "-6326544618075547401246354457555803915168337375943373038383558347",
	 "260312497326192506517792645060746333496755278819849975910351547312655097666195407691005008"},
};

START_TEST(test_div_rem)
{
	ConstVal *x = num(divs[_i].x), *y = num(divs[_i].y);
	ConstVal *q = const_binary(&arena, TOK_DIV, x, y);
	ConstVal *r = const_binary(&arena, TOK_REM, x, y);
	ck_assert_str_eq(str(q), divs[_i].q);
	ck_assert_str_eq(str(r), divs[_i].r);
	/* a zero quotient or remainder is not negative, even from -1 / 2 */
	ck_assert(const_sign(q) != 0 || !q->i.neg);
	ck_assert(const_sign(r) != 0 || !r->i.neg);
}
END_TEST

/* ---- bitwise operators ------------------------------------------------------ */

/* Go's results: math/big's infinite two's complement. */
static const struct { const char *x; int op; const char *y, *want; } bitops[] = {
	{"12", TOK_AND, "10", "8"},
	{"12", TOK_OR, "10", "14"},
	{"12", TOK_XOR, "10", "6"},
	{"12", TOK_AND_NOT, "10", "4"},
	{"-5", TOK_AND, "3", "3"},
	{"-1", TOK_XOR, "5", "-6"},
	{"-8", TOK_AND_NOT, "3", "-8"},
	{"-6", TOK_OR, "3", "-5"},
	{"5", TOK_AND_NOT, "-2", "1"},
	{"-6", TOK_AND, "-4", "-8"},
	{"-6", TOK_XOR, "-4", "6"},
	{"-6", TOK_OR, "-4", "-2"},
	{"-6", TOK_AND_NOT, "-4", "2"},
	{"0", TOK_AND_NOT, "-1", "0"},
	{"-1", TOK_AND, P511, P511},
	{"-18446744073709551616", TOK_AND, "18446744073709551615", "0"},
	{"-18446744073709551616", TOK_OR, "18446744073709551615", "-1"},
	{"-18446744073709551616", TOK_XOR, "-1", "18446744073709551615"},
	{MAX512, TOK_AND_NOT, P511, P511M1},
	{"-" P511, TOK_OR, P511M1, "-1"},
	{"-" P511, TOK_AND, "-" P511, "-" P511},
	{"-" MAX512, TOK_OR, "-2", "-1"},
	/* -(2^512 - 1) & -2 and (2^512 - 1) ^ -1 are -2^512: one bit too many */
	{"-" MAX512, TOK_AND, "-2", "NULL"},
	{MAX512, TOK_XOR, "-1", "NULL"},
};

START_TEST(test_bitwise)
{
	ck_assert_str_eq(binary(bitops[_i].x, bitops[_i].op, bitops[_i].y), bitops[_i].want);
}
END_TEST

/* ---- shifts ------------------------------------------------------------------ */

START_TEST(test_shift_left)
{
	ck_assert_str_eq(shift("1", TOK_SHL, 0), "1");
	ck_assert_str_eq(shift("1", TOK_SHL, 64), "18446744073709551616");
	ck_assert_str_eq(shift("1", TOK_SHL, 255), P255);
	ck_assert_str_eq(shift("1", TOK_SHL, 511), P511);
	ck_assert_str_eq(shift("1", TOK_SHL, 512), "NULL");
	ck_assert_str_eq(shift("1", TOK_SHL, 600), "NULL");
	ck_assert_str_eq(shift("1", TOK_SHL, UINT64_MAX), "NULL");
	ck_assert_str_eq(shift("-1", TOK_SHL, 511), "-" P511);
	ck_assert_str_eq(shift("3", TOK_SHL, 510), binary(P511, TOK_ADD, shift("1", TOK_SHL, 510)));
	ck_assert_str_eq(shift("3", TOK_SHL, 511), "NULL");
	ck_assert_str_eq(shift("-12345", TOK_SHL, 3), "-98760");
	/* 0 shifted any distance is still 0 */
	ck_assert_str_eq(shift("0", TOK_SHL, 1000), "0");
	/* 1 << 100 >> 98 == 4: nothing is lost on the way */
	ck_assert_str_eq(str(const_shift(&arena, TOK_SHR,
	                                 const_shift(&arena, TOK_SHL, num("1"), 100), 98)), "4");
}
END_TEST

START_TEST(test_shift_right)
{
	ck_assert_str_eq(shift("7", TOK_SHR, 1), "3");
	ck_assert_str_eq(shift("-5", TOK_SHR, 1), "-3");
	ck_assert_str_eq(shift("-4", TOK_SHR, 1), "-2");
	ck_assert_str_eq(shift("-1", TOK_SHR, 1), "-1");
	ck_assert_str_eq(shift("-1", TOK_SHR, 1000), "-1");
	ck_assert_str_eq(shift("5", TOK_SHR, 1000), "0");
	ck_assert_str_eq(shift("-5", TOK_SHR, UINT64_MAX), "-1");
	ck_assert_str_eq(shift(MAX512, TOK_SHR, UINT64_MAX), "0");
	ck_assert_str_eq(shift(P511, TOK_SHR, 511), "1");
	ck_assert_str_eq(shift(MAX512, TOK_SHR, 448), "18446744073709551615");
	/* floor(-2^511 / 2^300) is exact; one less rounds down */
	ck_assert_str_eq(shift("-" P511, TOK_SHR, 300),
	                 "-3291009114642412084309938365114701009965471731267159726697218048");
	ck_assert_str_eq(str(const_shift(&arena, TOK_SHR,
	                                 const_binary(&arena, TOK_SUB, num("-" P511), num("1")), 300)),
	                 "-3291009114642412084309938365114701009965471731267159726697218049");
}
END_TEST

/* ---- unary operators ---------------------------------------------------------- */

START_TEST(test_unary)
{
	ck_assert_str_eq(unary(TOK_ADD, "-5", 0), "-5");
	ck_assert_str_eq(unary(TOK_SUB, "-5", 0), "5");
	ck_assert_str_eq(unary(TOK_SUB, "-" MAX512, 0), MAX512);
	ConstVal *z = const_unary(&arena, TOK_SUB, num("0"), 0);
	ck_assert_int_eq(z->i.neg, 0);
	ck_assert_str_eq(str(const_unary(&arena, TOK_NOT, const_bool(&arena, 1), 0)), "false");
	ck_assert_str_eq(str(const_unary(&arena, TOK_NOT, const_bool(&arena, 0), 0)), "true");

	/* ^x for signed and untyped x is -x - 1 */
	ck_assert_str_eq(unary(TOK_XOR, "0", 0), "-1");
	ck_assert_str_eq(unary(TOK_XOR, "5", 0), "-6");
	ck_assert_str_eq(unary(TOK_XOR, "-1", 0), "0");
	ck_assert_str_eq(unary(TOK_XOR, "-" P511, 0), P511M1);
	ck_assert_str_eq(unary(TOK_XOR, MAX512, 0), "NULL");

	/* ^x for unsigned x of n bits is (2^n - 1) - x */
	ck_assert_str_eq(unary(TOK_XOR, "0", 8), "255");
	ck_assert_str_eq(unary(TOK_XOR, "200", 8), "55");
	ck_assert_str_eq(unary(TOK_XOR, "65535", 16), "0");
	ck_assert_str_eq(unary(TOK_XOR, "1", 32), "4294967294");
	ck_assert_str_eq(unary(TOK_XOR, "0", 64), "18446744073709551615");
	ck_assert_str_eq(unary(TOK_XOR, "18446744073709551615", 64), "0");
}
END_TEST

START_TEST(test_unknown_operands)
{
	ConstVal *u = const_unknown(&arena);
	ck_assert_int_eq(const_binary(&arena, TOK_ADD, u, num("1"))->kind, CONST_UNKNOWN);
	ck_assert_int_eq(const_binary(&arena, TOK_ADD, num("1"), u)->kind, CONST_UNKNOWN);
	ck_assert_int_eq(const_shift(&arena, TOK_SHL, u, 1)->kind, CONST_UNKNOWN);
	ck_assert_int_eq(const_unary(&arena, TOK_SUB, u, 0)->kind, CONST_UNKNOWN);
	ck_assert_int_eq(const_compare(TOK_EQL, u, u), 0);
	ck_assert_int_eq(const_compare(TOK_NEQ, u, num("1")), 0);
}
END_TEST

/* ---- strings and booleans ------------------------------------------------------ */

START_TEST(test_string_concat)
{
	ConstVal *s = const_binary(&arena, TOK_ADD, string_val("a\0", 2), string_val("b", 1));
	ck_assert_int_eq(s->kind, CONST_STRING);
	ck_assert_int_eq(s->len, 3);
	ck_assert_mem_eq(s->s, "a\0b", 3);
	ck_assert_str_eq(str(const_binary(&arena, TOK_ADD, string_val("hi", 2),
	                                  string_val("", 0))), "\"hi\"");
	ck_assert_str_eq(str(const_binary(&arena, TOK_ADD, string_val("", 0),
	                                  string_val("", 0))), "\"\"");
}
END_TEST

START_TEST(test_bool_ops)
{
	ConstVal *t = const_bool(&arena, 1), *f = const_bool(&arena, 0);
	ck_assert_int_eq(const_binary(&arena, TOK_LAND, t, t)->b, 1);
	ck_assert_int_eq(const_binary(&arena, TOK_LAND, t, f)->b, 0);
	ck_assert_int_eq(const_binary(&arena, TOK_LOR, f, t)->b, 1);
	ck_assert_int_eq(const_binary(&arena, TOK_LOR, f, f)->b, 0);
	ck_assert_int_eq(const_binary(&arena, TOK_LAND, t, t)->kind, CONST_BOOL);
}
END_TEST

/* ---- comparisons ------------------------------------------------------------------ */

/* The six comparisons of x and y as a string of 0s and 1s, in the order
 * == != < <= > >=. */
static const char *compare6(const ConstVal *x, const ConstVal *y)
{
	static const int ops[] = {TOK_EQL, TOK_NEQ, TOK_LSS, TOK_LEQ, TOK_GTR, TOK_GEQ};
	char *s = arena_alloc(&arena, 7);
	for (int i = 0; i < 6; i++)
		s[i] = (char)('0' + const_compare(ops[i], x, y));
	return s;
}

#define LESS    "011100"
#define EQUAL   "100101"
#define GREATER "010011"

START_TEST(test_compare_ints)
{
	ck_assert_str_eq(compare6(num("1"), num("2")), LESS);
	ck_assert_str_eq(compare6(num("2"), num("2")), EQUAL);
	ck_assert_str_eq(compare6(num("-1"), num("-2")), GREATER);
	ck_assert_str_eq(compare6(num("-3"), num("2")), LESS);
	ck_assert_str_eq(compare6(num("0"), num("-0")), EQUAL);
	ck_assert_str_eq(compare6(num(MAX512), num(P511)), GREATER);
	ck_assert_str_eq(compare6(num("-" MAX512), num("-" P511)), LESS);
	ck_assert_str_eq(compare6(num("18446744073709551616"), num("18446744073709551615")), GREATER);
	ck_assert_str_eq(compare6(num("0x10"), num("16")), EQUAL);
}
END_TEST

START_TEST(test_compare_strings)
{
	ck_assert_str_eq(compare6(string_val("a", 1), string_val("b", 1)), LESS);
	ck_assert_str_eq(compare6(string_val("ab", 2), string_val("a", 1)), GREATER);
	ck_assert_str_eq(compare6(string_val("", 0), string_val("a", 1)), LESS);
	ck_assert_str_eq(compare6(string_val("", 0), string_val(NULL, 0)), EQUAL);
	ck_assert_str_eq(compare6(string_val("abc", 3), string_val("abc", 3)), EQUAL);
	/* bytes compare unsigned: 0xFF sorts after 'a' */
	ck_assert_str_eq(compare6(string_val("\xff", 1), string_val("a", 1)), GREATER);
	/* NULs are ordinary bytes */
	ck_assert_str_eq(compare6(string_val("a", 1), string_val("a\0b", 3)), LESS);
	ck_assert_str_eq(compare6(string_val("a\0b", 3), string_val("a\0c", 3)), LESS);
	ck_assert_str_eq(compare6(string_val("a\0b", 3), string_val("a\0b", 3)), EQUAL);
}
END_TEST

START_TEST(test_compare_bools)
{
	ConstVal *t = const_bool(&arena, 1), *f = const_bool(&arena, 0);
	ck_assert_int_eq(const_compare(TOK_EQL, t, t), 1);
	ck_assert_int_eq(const_compare(TOK_EQL, t, f), 0);
	ck_assert_int_eq(const_compare(TOK_NEQ, t, f), 1);
	ck_assert_int_eq(const_compare(TOK_NEQ, f, f), 0);
	ck_assert_int_eq(const_compare(TOK_EQL, const_bool(&arena, 7), t), 1);
}
END_TEST

/* ---- printing ------------------------------------------------------------------- */

START_TEST(test_string_of_ints)
{
	ck_assert_str_eq(str(num("0")), "0");
	ck_assert_str_eq(str(num("-7")), "-7");
	ck_assert_str_eq(str(num("1000000000")), "1000000000");
	ck_assert_str_eq(str(num("1000000001")), "1000000001");
	ck_assert_str_eq(str(num("0xde0b6b3a7640000")), "1000000000000000000");
	ck_assert_str_eq(str(num("0x33b2e3c9fd0803ce8000000")), "1000000000000000000000000000");
	ck_assert_str_eq(str(num("-0x33b2e3c9fd0803ce8000001")), "-1000000000000000000000000001");
	/* 2^512 - 1 has 155 digits, all printed (big.Int.String, no "...") */
	const char *s = str(num(arena_sprintf(&arena, "0x%s", repeat("f", 128))));
	ck_assert_int_eq((int)strlen(s), 155);
	ck_assert_str_eq(s, MAX512);
	ck_assert_str_eq(const_string_of(&arena, num("-" MAX512), 1), "-" MAX512);
	ck_assert_str_eq(const_string_of(&arena, const_bool(&arena, 1), 1), "true");
	ck_assert_str_eq(const_string_of(&arena, const_bool(&arena, 0), 1), "false");
}
END_TEST

/* strconv.Quote, as go/constant prints a string value. */
static const struct { const char *s; int len; const char *want; } quotes[] = {
	{"", 0, "\"\""},
	{"hi", 2, "\"hi\""},
	{"a\n", 2, "\"a\\n\""},
	{"it's", 4, "\"it's\""},
	{"\a\b\f\n\r\t\v\\\"", 9, "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\""},
	{"\0\x1f\x7f", 3, "\"\\x00\\x1f\\x7f\""},
	/* bytes that are not UTF-8: stray, truncated, surrogate, overlong,
	 * past U+10FFFF */
	{"\xff", 1, "\"\\xff\""},
	{"\xc3", 1, "\"\\xc3\""},
	{"\xe2\x82" "a", 3, "\"\\xe2\\x82a\""},
	{"\xed\xa0\x80", 3, "\"\\xed\\xa0\\x80\""},
	{"\xc0\xaf", 2, "\"\\xc0\\xaf\""},
	{"\xf4\x90\x80\x80", 4, "\"\\xf4\\x90\\x80\\x80\""},
	/* printable runes stay as they are */
	{"\xc3\xa9\xe4\xb8\x96\xe7\x95\x8c", 8, "\"\xc3\xa9\xe4\xb8\x96\xe7\x95\x8c\""},   /* é世界 */
	{"\xf0\x9f\x98\x80", 4, "\"\xf0\x9f\x98\x80\""},                                   /* U+1F600 */
	{"\xef\xbf\xbd", 3, "\"\xef\xbf\xbd\""},                                           /* U+FFFD */
	/* the rest become \u or \U */
	{"\xc2\xad", 2, "\"\\u00ad\""},                 /* soft hyphen */
	{"\xc2\xa0", 2, "\"\\u00a0\""},                 /* no-break space */
	{"\xc2\x85", 2, "\"\\u0085\""},
	{"\xe2\x80\xa8", 3, "\"\\u2028\""},
	{"\xef\xbb\xbf", 3, "\"\\ufeff\""},
	{"\xee\x80\x80", 3, "\"\\ue000\""},
	{"\xf4\x8f\xbf\xbf", 4, "\"\\U0010ffff\""},
};

START_TEST(test_quote)
{
	ck_assert_str_eq(quoted_n(quotes[_i].s, quotes[_i].len, 0), quotes[_i].want);
	ck_assert_str_eq(quoted_n(quotes[_i].s, quotes[_i].len, 1), quotes[_i].want);
}
END_TEST

/* go/constant: a quoted form of more than 72 runes keeps its first 69
 * runes and ends in "..." (and so has no closing quote). */
START_TEST(test_quote_short)
{
	const char *a70 = repeat("a", 70), *a71 = repeat("a", 71);
	ck_assert_str_eq(quoted(a70, 1), arena_sprintf(&arena, "\"%s\"", a70));
	ck_assert_str_eq(quoted(a71, 0), arena_sprintf(&arena, "\"%s\"", a71));
	ck_assert_str_eq(quoted(a71, 1), arena_sprintf(&arena, "\"%s...", repeat("a", 68)));
	ck_assert_int_eq((int)strlen(quoted(repeat("a", 500), 1)), 72);
	/* runes, not bytes, are counted */
	ck_assert_str_eq(quoted(repeat("\xc3\xa9", 70), 1),
	                 arena_sprintf(&arena, "\"%s\"", repeat("\xc3\xa9", 70)));
	ck_assert_str_eq(quoted(repeat("\xc3\xa9", 80), 1),
	                 arena_sprintf(&arena, "\"%s...", repeat("\xc3\xa9", 68)));
	ck_assert_str_eq(quoted(arena_sprintf(&arena, "%s\xe4\xb8\x96\xe7\x95\x8c\xe4\xb8\x96",
	                                      repeat("a", 68)), 1),
	                 arena_sprintf(&arena, "\"%s...", repeat("a", 68)));
	/* the cut may fall inside an escape */
	ck_assert_str_eq(quoted(arena_sprintf(&arena, "%s\x80" "bcdef", repeat("a", 67)), 1),
	                 arena_sprintf(&arena, "\"%s\\...", repeat("a", 67)));
	ck_assert_str_eq(quoted(repeat("\n", 40), 1),
	                 arena_sprintf(&arena, "\"%s...", repeat("\\n", 34)));
}
END_TEST

static Suite *const_suite(void)
{
	Suite *s = suite_create("const");
	TCase *tc;

	tc = tcase_create("values");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_make_values);
	tcase_add_test(tc, test_from_big);
	tcase_add_loop_test(tc, test_parse_int, 0, sizeof lits / sizeof *lits);
	tcase_add_test(tc, test_parse_int_limit);
	suite_add_tcase(s, tc);

	tc = tcase_create("ranges");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_fits, 0, sizeof ranges / sizeof *ranges);
	tcase_add_test(tc, test_to_int64);
	tcase_add_test(tc, test_bitlen_sign);
	suite_add_tcase(s, tc);

	tc = tcase_create("arithmetic");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_add_sub);
	tcase_add_test(tc, test_mul);
	tcase_add_loop_test(tc, test_div_rem, 0, sizeof divs / sizeof *divs);
	tcase_add_loop_test(tc, test_bitwise, 0, sizeof bitops / sizeof *bitops);
	tcase_add_test(tc, test_shift_left);
	tcase_add_test(tc, test_shift_right);
	tcase_add_test(tc, test_unary);
	tcase_add_test(tc, test_unknown_operands);
	suite_add_tcase(s, tc);

	tc = tcase_create("strings and booleans");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_string_concat);
	tcase_add_test(tc, test_bool_ops);
	suite_add_tcase(s, tc);

	tc = tcase_create("comparisons");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_compare_ints);
	tcase_add_test(tc, test_compare_strings);
	tcase_add_test(tc, test_compare_bools);
	suite_add_tcase(s, tc);

	tc = tcase_create("printing");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_string_of_ints);
	tcase_add_loop_test(tc, test_quote, 0, sizeof quotes / sizeof *quotes);
	tcase_add_test(tc, test_quote_short);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(const_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
