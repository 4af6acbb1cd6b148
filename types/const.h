/* const.h — exact values of Go constants.
 *
 * Go's untyped integer constants are mathematical integers: 1 << 100 >> 98
 * is 4, with no overflow on the way.  The spec asks implementations to
 * represent integer constants with at least 256 bits; gosub uses a fixed
 * CONST_BITS-bit magnitude with a sign (sign-magnitude, so that -x never
 * overflows), and reports "constant overflow" past it, as gc does past its
 * own 512-bit limit.  Typed constants are the same values, checked against
 * their type's range after every operation ("constant 300 overflows byte").
 *
 * The subset has no floating-point or complex numbers, so a constant is
 * one of:
 *     CONST_BOOL     true, false, 1 < 2
 *     CONST_INT      42, 'a', 1 << 70 (runes are integers too)
 *     CONST_STRING   "hi" + "!"
 * Values are immutable and live in an arena.
 *
 * Go spec: Constants, Constant expressions, Representability.
 */
#ifndef GOSUB_TYPES_CONST_H
#define GOSUB_TYPES_CONST_H

#include <stdint.h>

#include "../common/arena.h"

enum {
	CONST_LIMBS = 9,                 /* 64-bit words of magnitude */
	CONST_BITS = 512,                /* largest magnitude: 2^512 - 1, as gc */
};

typedef enum ConstKind {
	CONST_UNKNOWN,  /* the result of an invalid operation; stays quiet */
	CONST_BOOL,
	CONST_INT,
	CONST_STRING,
} ConstKind;

/* An integer of up to CONST_BITS bits, sign and magnitude. */
typedef struct BigInt {
	int neg;                         /* 1 if negative; zero is never negative */
	uint64_t mag[CONST_LIMBS];       /* magnitude, least significant word first */
} BigInt;

typedef struct ConstVal {
	ConstKind kind;
	int b;                           /* CONST_BOOL */
	BigInt i;                        /* CONST_INT */
	const char *s; int64_t len;      /* CONST_STRING: bytes, may hold NULs */
} ConstVal;

/* Making values. */
ConstVal *const_bool(Arena *a, int b);
ConstVal *const_int64(Arena *a, int64_t v);
ConstVal *const_uint64(Arena *a, uint64_t v);
ConstVal *const_string(Arena *a, const char *s, int64_t len);
ConstVal *const_unknown(Arena *a);
ConstVal *const_from_big(Arena *a, const BigInt *v);

/* The value of an integer literal as the lexer accepted it ("0x_1F",
 * "0o17", "017", "1_000"); NULL if it does not fit in CONST_BITS. */
ConstVal *const_parse_int(Arena *a, const char *text);

/* Binary operations; op is a token kind from parser/parser.tab.h
 * (TOK_ADD, TOK_SUB, TOK_STAR for *, TOK_DIV, TOK_REM, TOK_AND, TOK_OR,
 * TOK_XOR, TOK_AND_NOT, TOK_LAND, TOK_LOR; shifts go to const_shift).  Integer division
 * truncates toward zero, as in Go.  The caller has ruled out division by
 * zero and checked shift counts.  Returns NULL when the exact result
 * needs more than CONST_BITS bits (the caller says "constant overflow"). */
ConstVal *const_binary(Arena *a, int op, const ConstVal *x, const ConstVal *y);

/* x << s and x >> s (arithmetic: -5 >> 1 is -3); NULL on overflow. */
ConstVal *const_shift(Arena *a, int op, const ConstVal *x, uint64_t s);

/* Unary TOK_SUB, TOK_ADD, TOK_NOT and TOK_XOR (-x, +x, !x, ^x).  For ^x, bits is the width of x's unsigned
 * type (^ of a uint8 is 255 - x), or 0 for signed and untyped values
 * (^x is -x - 1). */
ConstVal *const_unary(Arena *a, int op, const ConstVal *x, int bits);

/* Comparison with a TOK_EQL/NEQ/LSS/LEQ/GTR/GEQ operator. */
int const_compare(int op, const ConstVal *x, const ConstVal *y);

/* Is integer x within [min, max] of an integer type of `bits` bits
 * (8, 16, 32, 64), signed or not? */
int const_fits(const ConstVal *x, int bits, int is_signed);

/* x as int64 / uint64; *ok is cleared when it does not fit. */
int64_t const_to_int64(const ConstVal *x, int *ok);
uint64_t const_to_uint64(const ConstVal *x, int *ok);

/* Number of bits in the magnitude of x (0 for 0). */
int const_bitlen(const ConstVal *x);

/* Is x an integer less than zero? */
int const_sign(const ConstVal *x);   /* -1, 0, 1 */

/* x written as Go writes it in messages and dumps: 42, -7, true,
 * "a\n" (quoted as strconv.Quote does; long strings are shortened to
 * gc's form with "..." as types2 does in operand descriptions when
 * `short` is set). */
const char *const_string_of(Arena *a, const ConstVal *x, int short_form);

#endif
