/* test_rt_fmt.c — the runtime's fmt (runtime/fmt.c) against gc 1.19.
 *
 * Every expected string in the case table below was produced by gc 1.19's
 * own fmt: tests/rt_fmt_cases.go lists the same cases in Go, runs each
 * through fmt.Sprintf, fmt.Sprint or fmt.Sprintln, and prints this table
 * (`GOCACHE=/tmp/gocache go run tests/rt_fmt_cases.go`).  The table is
 * pasted between the BEGIN and END markers unchanged; to add a case, add it
 * there and regenerate.
 *
 * The runtime only ever sees values through GoEface and GoType, so the
 * suite builds both by hand, mirroring the Go declarations of the
 * generator:
 *
 *     type Celsius int
 *     type Name string
 *     type P struct { X, Y int; Name string }
 *     type Box struct { Tag string; Dims [3]int; On bool; Ch uint8 }
 *     type W struct { V any }
 *
 * An argument macro such as PT(1, 2, "a") expands to the initializer of a
 * GoEface whose type is t_P and whose data points at a static C struct
 * laid out as gc lays out P.  Each row of the table is one test of a loop
 * test case, so a failure names its row, the format and both strings.
 */
#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../runtime/runtime.h"

/* ---- type descriptors ------------------------------------------------------ */

#define GS(s) {(const uint8_t *)(s), (int64_t)sizeof(s) - 1}

/* A descriptor with no elements or fields. */
#define BASIC(var, nm, k, sz, isnamed) \
	static const GoType var = {.size = (sz), .kind = (k), .name = GS(nm), .named = (isnamed)}

BASIC(t_bool, "bool", KIND_BOOL, 1, 0);
BASIC(t_int, "int", KIND_INT, 8, 0);
BASIC(t_int8, "int8", KIND_INT8, 1, 0);
BASIC(t_int16, "int16", KIND_INT16, 2, 0);
BASIC(t_int32, "int32", KIND_INT32, 4, 0);
BASIC(t_int64, "int64", KIND_INT64, 8, 0);
BASIC(t_uint, "uint", KIND_UINT, 8, 0);
BASIC(t_uint8, "uint8", KIND_UINT8, 1, 0);
BASIC(t_uint16, "uint16", KIND_UINT16, 2, 0);
BASIC(t_uint32, "uint32", KIND_UINT32, 4, 0);
BASIC(t_uint64, "uint64", KIND_UINT64, 8, 0);
BASIC(t_uintptr, "uintptr", KIND_UINTPTR, 8, 0);
BASIC(t_string, "string", KIND_STRING, 16, 0);
BASIC(t_celsius, "main.Celsius", KIND_INT, 8, 1);
BASIC(t_name, "main.Name", KIND_STRING, 16, 1);

static const GoType t_arr3int = {.size = 24, .kind = KIND_ARRAY, .name = GS("[3]int"), .elem = &t_int, .len = 3};
static const GoType t_arr0int = {.size = 0, .kind = KIND_ARRAY, .name = GS("[0]int"), .elem = &t_int, .len = 0};
static const GoType t_arr2bool = {.size = 2, .kind = KIND_ARRAY, .name = GS("[2]bool"), .elem = &t_bool, .len = 2};
static const GoType t_arr2string = {.size = 32, .kind = KIND_ARRAY, .name = GS("[2]string"), .elem = &t_string, .len = 2};
static const GoType t_slice_int = {.size = 24, .kind = KIND_SLICE, .name = GS("[]int"), .elem = &t_int};
static const GoType t_slice_string = {.size = 24, .kind = KIND_SLICE, .name = GS("[]string"), .elem = &t_string};
static const GoType t_slice_byte = {.size = 24, .kind = KIND_SLICE, .name = GS("[]uint8"), .elem = &t_uint8};
static const GoType t_ptr_int = {.size = 8, .kind = KIND_POINTER, .name = GS("*int"), .elem = &t_int};

/* P as gc lays it out. */
typedef struct CP {
	int64_t x, y;   /* X, Y */
	GoString name;  /* Name */
} CP;
static const GoField f_P[] = {
	{GS("X"), &t_int, 0, 0},
	{GS("Y"), &t_int, 8, 0},
	{GS("Name"), &t_string, 16, 0},
};
static const GoType t_P = {.size = 32, .kind = KIND_STRUCT, .name = GS("main.P"), .named = 1,
			   .fields = f_P, .nfields = 3};
static const GoType t_ptr_P = {.size = 8, .kind = KIND_POINTER, .name = GS("*main.P"), .elem = &t_P};

/* Box as gc lays it out. */
typedef struct CBox {
	GoString tag;     /* Tag, offset 0 */
	int64_t dims[3];  /* Dims, offset 16 */
	uint8_t on;       /* On, offset 40 */
	uint8_t ch;       /* Ch, offset 41 */
} CBox;
static const GoField f_Box[] = {
	{GS("Tag"), &t_string, 0, 0},
	{GS("Dims"), &t_arr3int, 16, 0},
	{GS("On"), &t_bool, 40, 0},
	{GS("Ch"), &t_uint8, 41, 0},
};
static const GoType t_Box = {.size = 48, .kind = KIND_STRUCT, .name = GS("main.Box"), .named = 1,
			     .fields = f_Box, .nfields = 4};

BASIC(t_any, "interface {}", KIND_INTERFACE, 16, 0);
static const GoType t_slice_any = {.size = 24, .kind = KIND_SLICE, .name = GS("[]interface {}"), .elem = &t_any};

/* W as gc lays it out: one interface, two words. */
typedef struct CW {
	GoEface v;  /* V */
} CW;
static const GoField f_W[] = {
	{GS("V"), &t_any, 0, 0},
};
static const GoType t_W = {.size = 16, .kind = KIND_STRUCT, .name = GS("main.W"), .named = 1,
			   .fields = f_W, .nfields = 1};

/* ---- argument macros: each the initializer of one GoEface ------------------ */

#define ARGS(...) ((GoEface[]){__VA_ARGS__})
#define NIL {NULL, NULL}
#define I(v) {&t_int, &(int64_t){v}}
#define I8(v) {&t_int8, &(int8_t){v}}
#define I16(v) {&t_int16, &(int16_t){v}}
#define I32(v) {&t_int32, &(int32_t){v}}
#define I64(v) {&t_int64, &(int64_t){v}}
#define U(v) {&t_uint, &(uint64_t){v}}
#define U8(v) {&t_uint8, &(uint8_t){v}}
#define U16(v) {&t_uint16, &(uint16_t){v}}
#define U32(v) {&t_uint32, &(uint32_t){v}}
#define U64(v) {&t_uint64, &(uint64_t){v}}
#define UP(v) {&t_uintptr, &(uint64_t){v}}
#define B(v) {&t_bool, &(uint8_t){v}}
#define S(s) {&t_string, &(GoString)GS(s)}
#define CEL(v) {&t_celsius, &(int64_t){v}}
#define NAME(s) {&t_name, &(GoString)GS(s)}
#define A3(a, b, c) {&t_arr3int, (int64_t[3]){a, b, c}}
#define A0 {&t_arr0int, (int64_t[1]){0}}
#define A2B(a, b) {&t_arr2bool, (uint8_t[2]){a, b}}
#define A2S(a, b) {&t_arr2string, (GoString[2]){GS(a), GS(b)}}
#define SLI(n, ...) {&t_slice_int, &(GoSlice){(int64_t[]){__VA_ARGS__}, n, n}}
#define SLI_NIL {&t_slice_int, &(GoSlice){NULL, 0, 0}}
#define SLI_EMPTY {&t_slice_int, &(GoSlice){(int64_t[1]){0}, 0, 0}}
#define SLS(n, ...) {&t_slice_string, &(GoSlice){(GoString[]){__VA_ARGS__}, n, n}}
#define BYTES(s) {&t_slice_byte, &(GoSlice){(void *)(s), (int64_t)sizeof(s) - 1, (int64_t)sizeof(s) - 1}}
#define BYTES_NIL {&t_slice_byte, &(GoSlice){NULL, 0, 0}}
#define PT(x, y, s) {&t_P, &(CP){x, y, GS(s)}}
#define PPT(x, y, s) {&t_ptr_P, &(CP){x, y, GS(s)}}
#define BOX(tag, d0, d1, d2, on, ch) {&t_Box, &(CBox){GS(tag), {d0, d1, d2}, on, ch}}
#define WV(e) {&t_W, &(CW){e}}
#define SLA(n, ...) {&t_slice_any, &(GoSlice){(GoEface[]){__VA_ARGS__}, n, n}}
#define SLA_NIL {&t_slice_any, &(GoSlice){NULL, 0, 0}}
#define SLA_EMPTY {&t_slice_any, &(GoSlice){(GoEface[1]){NIL}, 0, 0}}
#define NILPI {&t_ptr_int, NULL}

/* One row: which function, the format, gc's output, the operands. */
typedef struct FmtCase {
	char mode;           /* 'f' Sprintf, 'p' Sprint, 'l' Sprintln */
	const char *format;  /* for Sprintf */
	const char *want;    /* gc 1.19's result */
	int64_t nargs;       /* operands */
	GoEface *args;       /* the operands, NULL if none */
} FmtCase;

static FmtCase fmt_cases[] = {
/* BEGIN generated by tests/rt_fmt_cases.go */
	{'f', "%d", "5", 1, ARGS(I(5))},
	{'f', "%d", "-5", 1, ARGS(I(-5))},
	{'f', "%v", "42", 1, ARGS(I(42))},
	{'f', "%d", "-128", 1, ARGS(I8(-128))},
	{'f', "%d", "255", 1, ARGS(U8(255))},
	{'f', "%d", "-300", 1, ARGS(I16(-300))},
	{'f', "%d", "70000", 1, ARGS(I32(70000))},
	{'f', "%d", "-9223372036854775808", 1, ARGS(I64(INT64_MIN))},
	{'f', "%d", "18446744073709551615", 1, ARGS(U64(18446744073709551615ULL))},
	{'f', "%d", "7", 1, ARGS(U(7ULL))},
	{'f', "%d", "65535", 1, ARGS(U16(65535))},
	{'f', "%d", "4294967295", 1, ARGS(U32(4294967295U))},
	{'f', "%d", "4096", 1, ARGS(UP(4096))},
	{'f', "%b", "101", 1, ARGS(I(5))},
	{'f', "%b", "-101", 1, ARGS(I(-5))},
	{'f', "%o", "10", 1, ARGS(I(8))},
	{'f', "%O", "0o10", 1, ARGS(I(8))},
	{'f', "%O", "-0o10", 1, ARGS(I(-8))},
	{'f', "%x", "ff", 1, ARGS(I(255))},
	{'f', "%X", "FF", 1, ARGS(I(255))},
	{'f', "%x", "-ff", 1, ARGS(I(-255))},
	{'f', "%#x", "0xff", 1, ARGS(I(255))},
	{'f', "%#X", "0XFF", 1, ARGS(I(255))},
	{'f', "%#o", "010", 1, ARGS(I(8))},
	{'f', "%#o", "0", 1, ARGS(I(0))},
	{'f', "%#b", "0b101", 1, ARGS(I(5))},
	{'f', "%#x", "0x0", 1, ARGS(I(0))},
	{'f', "%x", "ffffffffffffffff", 1, ARGS(U64(18446744073709551615ULL))},
	{'f', "%X", "-1", 1, ARGS(I64(-1))},
	{'f', "%5d", "   42", 1, ARGS(I(42))},
	{'f', "%-5d|", "42   |", 1, ARGS(I(42))},
	{'f', "%05d", "00042", 1, ARGS(I(42))},
	{'f', "%05d", "-0042", 1, ARGS(I(-42))},
	{'f', "%+d", "+42", 1, ARGS(I(42))},
	{'f', "%+d", "-42", 1, ARGS(I(-42))},
	{'f', "% d", " 42", 1, ARGS(I(42))},
	{'f', "% d", "-42", 1, ARGS(I(-42))},
	{'f', "%+05d", "+0042", 1, ARGS(I(42))},
	{'f', "% 05d", " 0042", 1, ARGS(I(42))},
	{'f', "%-05d|", "42   |", 1, ARGS(I(42))},
	{'f', "%.3d", "007", 1, ARGS(I(7))},
	{'f', "%.3d", "-007", 1, ARGS(I(-7))},
	{'f', "%6.3d", "   007", 1, ARGS(I(7))},
	{'f', "%06.3d", "   007", 1, ARGS(I(7))},
	{'f', "%.0d", "", 1, ARGS(I(0))},
	{'f', "%5.0d|", "     |", 1, ARGS(I(0))},
	{'f', "%.0d", "3", 1, ARGS(I(3))},
	{'f', "%08x", "000000ff", 1, ARGS(I(255))},
	{'f', "%#08x", "0x000000ff", 1, ARGS(I(255))},
	{'f', "%-#8x|", "0xff    |", 1, ARGS(I(255))},
	{'f', "%#.4x", "0x000a", 1, ARGS(I(10))},
	{'f', "%+x", "+ff", 1, ARGS(I(255))},
	{'f', "% x", " ff", 1, ARGS(I(255))},
	{'f', "%2d", "12345", 1, ARGS(I(12345))},
	{'f', "%010b", "0000000101", 1, ARGS(I(5))},
	{'f', "%+.3o", "+010", 1, ARGS(I(8))},
	{'f', "%#5O", "0o010", 1, ARGS(I(8))},
	{'f', "%x", "-1", 1, ARGS(I8(-1))},
	{'f', "%d", "-1", 1, ARGS(I8(-1))},
	{'f', "%v", "200", 1, ARGS(U8(200))},
	{'f', "%c", "A", 1, ARGS(I(65))},
	{'f', "%c", "\344\270\226", 1, ARGS(I(19990))},
	{'f', "%c", "\357\277\275", 1, ARGS(I(-1))},
	{'f', "%c", "\357\277\275", 1, ARGS(I(1114112))},
	{'f', "%c", "\357\277\275", 1, ARGS(I(55296))},
	{'f', "%5c|", "    x|", 1, ARGS(I32(120))},
	{'f', "%-3c|", "x  |", 1, ARGS(I32(120))},
	{'f', "%q", "'a'", 1, ARGS(I32(97))},
	{'f', "%q", "'\\''", 1, ARGS(I32(39))},
	{'f', "%q", "'\"'", 1, ARGS(I32(34))},
	{'f', "%q", "'\\n'", 1, ARGS(I32(10))},
	{'f', "%q", "'\344\270\226'", 1, ARGS(I(19990))},
	{'f', "%+q", "'\\u4e16'", 1, ARGS(I(19990))},
	{'f', "%q", "'\\x7f'", 1, ARGS(I(127))},
	{'f', "%q", "'\\U0010ffff'", 1, ARGS(I(1114111))},
	{'f', "%q", "'\360\237\230\200'", 1, ARGS(I(128512))},
	{'f', "%+q", "'\\U0001f600'", 1, ARGS(I(128512))},
	{'f', "%q", "'\357\277\275'", 1, ARGS(I(-1))},
	{'f', "%q", "'\357\277\275'", 1, ARGS(I(55296))},
	{'f', "%#q", "'a'", 1, ARGS(I32(97))},
	{'f', "%6q|", "   'a'|", 1, ARGS(I32(97))},
	{'f', "%U", "U+0041", 1, ARGS(I(65))},
	{'f', "%U", "U+1F600", 1, ARGS(I(128512))},
	{'f', "%#U", "U+0041 'A'", 1, ARGS(I(65))},
	{'f', "%#U", "U+4E16 '\344\270\226'", 1, ARGS(I(19990))},
	{'f', "%#U", "U+007F", 1, ARGS(I(127))},
	{'f', "%.6U", "U+000041", 1, ARGS(I(65))},
	{'f', "%#.6U", "U+000041 'A'", 1, ARGS(I(65))},
	{'f', "%10U|", "    U+0041|", 1, ARGS(I(65))},
	{'f', "%-10U|", "U+0041    |", 1, ARGS(I(65))},
	{'f', "%010U|", "    U+0041|", 1, ARGS(I(65))},
	{'f', "%U", "U+FFFFFFFFFFFFFFFF", 1, ARGS(I(-1))},
	{'f', "%#U", "U+1F600 '\360\237\230\200'", 1, ARGS(I(128512))},
	{'f', "%t", "true", 1, ARGS(B(1))},
	{'f', "%v", "false", 1, ARGS(B(0))},
	{'f', "%6t|", "  true|", 1, ARGS(B(1))},
	{'f', "%-6t|", "false |", 1, ARGS(B(0))},
	{'f', "%d", "%!d(bool=true)", 1, ARGS(B(1))},
	{'f', "%s", "%!s(bool=false)", 1, ARGS(B(0))},
	{'f', "%5t", "%!t(int=    3)", 1, ARGS(I(3))},
	{'f', "%s", "hello", 1, ARGS(S("hello"))},
	{'f', "%v", "hello", 1, ARGS(S("hello"))},
	{'f', "%q", "\"hello\"", 1, ARGS(S("hello"))},
	{'f', "%#v", "\"hello\"", 1, ARGS(S("hello"))},
	{'f', "%x", "68656c6c6f", 1, ARGS(S("hello"))},
	{'f', "%X", "68656C6C6F", 1, ARGS(S("hello"))},
	{'f', "% x", "68 65 6c 6c 6f", 1, ARGS(S("hello"))},
	{'f', "%#x", "0x68656c6c6f", 1, ARGS(S("hello"))},
	{'f', "%# x", "0x68 0x69", 1, ARGS(S("hi"))},
	{'f', "%# X", "0X68 0X69", 1, ARGS(S("hi"))},
	{'f', "%8s|", "      go|", 1, ARGS(S("go"))},
	{'f', "%-8s|", "go      |", 1, ARGS(S("go"))},
	{'f', "%08s|", "000000go|", 1, ARGS(S("go"))},
	{'f', "%.2s", "he", 1, ARGS(S("hello"))},
	{'f', "%.2s", "\346\227\245\346\234\254", 1, ARGS(S("\346\227\245\346\234\254\350\252\236"))},
	{'f', "%5.1s|", "    \346\227\245|", 1, ARGS(S("\346\227\245\346\234\254\350\252\236"))},
	{'f', "%q", "\"\346\227\245\346\234\254\350\252\236\"", 1, ARGS(S("\346\227\245\346\234\254\350\252\236"))},
	{'f', "%+q", "\"\\u65e5\\u672c\\u8a9e\"", 1, ARGS(S("\346\227\245\346\234\254\350\252\236"))},
	{'f', "%#q", "`hello`", 1, ARGS(S("hello"))},
	{'f', "%#q", "\"back`quote\"", 1, ARGS(S("back`quote"))},
	{'f', "%#q", "`tab\011here`", 1, ARGS(S("tab\011here"))},
	{'f', "%#q", "\"nl\\nhere\"", 1, ARGS(S("nl\012here"))},
	{'f', "%q", "\"a\\x00b\\xffc\"", 1, ARGS(S("a\000b\377c"))},
	{'f', "%q", "\"\\a\\b\\f\\n\\r\\t\\v\"", 1, ARGS(S("\007\010\014\012\015\011\013"))},
	{'f', "%q", "\"\\\\\"", 1, ARGS(S("\\"))},
	{'f', "%q", "\"\\x7f\\u00ad\\u2028\"", 1, ARGS(S("\177\302\255\342\200\250"))},
	{'f', "%+q", "\"\\u00e9\\U0001f600\"", 1, ARGS(S("\303\251\360\237\230\200"))},
	{'f', "%x", "", 1, ARGS(S(""))},
	{'f', "%5x|", "     |", 1, ARGS(S(""))},
	{'f', "%.2x", "6865", 1, ARGS(S("hello"))},
	{'f', "%8x|", "    6869|", 1, ARGS(S("hi"))},
	{'f', "%-8x|", "6869    |", 1, ARGS(S("hi"))},
	{'f', "%08x|", "00006869|", 1, ARGS(S("hi"))},
	{'f', "%s", "", 1, ARGS(S(""))},
	{'f', "%5s|", "     |", 1, ARGS(S(""))},
	{'f', "%d", "%!d(string=hi)", 1, ARGS(S("hi"))},
	{'f', "%t", "%!t(string=hi)", 1, ARGS(S("hi"))},
	{'f', "%10q|", "      \"hi\"|", 1, ARGS(S("hi"))},
	{'f', "%-10q|", "\"hi\"      |", 1, ARGS(S("hi"))},
	{'f', "%.1q", "\"h\"", 1, ARGS(S("hello"))},
	{'f', "%s", "\303\251\377", 1, ARGS(S("\303\251\377"))},
	{'f', "%3s|", "  \303\251|", 1, ARGS(S("\303\251"))},
	{'f', "%x", "c3a9ff", 1, ARGS(S("\303\251\377"))},
	{'f', "%q", "\"\\U0010ffff\"", 1, ARGS(S("\364\217\277\277"))},
	{'f', "%+q", "\"\\u00e9\"", 1, ARGS(S("\303\251"))},
	{'f', "%#+q", "`\303\251`", 1, ARGS(S("\303\251"))},
	{'f', "%v", "20", 1, ARGS(CEL(20))},
	{'f', "%d", "-3", 1, ARGS(CEL(-3))},
	{'f', "%#v", "20", 1, ARGS(CEL(20))},
	{'f', "%T", "main.Celsius", 1, ARGS(CEL(20))},
	{'f', "%x", "ff", 1, ARGS(CEL(255))},
	{'f', "%s", "%!s(main.Celsius=1)", 1, ARGS(CEL(1))},
	{'f', "%v", "ann", 1, ARGS(NAME("ann"))},
	{'f', "%q", "\"ann\"", 1, ARGS(NAME("ann"))},
	{'f', "%#v", "\"ann\"", 1, ARGS(NAME("ann"))},
	{'f', "%T", "main.Name", 1, ARGS(NAME("ann"))},
	{'f', "%T", "int", 1, ARGS(I(5))},
	{'f', "%T", "string", 1, ARGS(S("s"))},
	{'f', "%T", "bool", 1, ARGS(B(1))},
	{'f', "%T", "uint8", 1, ARGS(U8(1))},
	{'f', "%T", "[3]int", 1, ARGS(A3(0, 0, 0))},
	{'f', "%T", "main.P", 1, ARGS(PT(0, 0, ""))},
	{'f', "%T", "*main.P", 1, ARGS(PPT(0, 0, ""))},
	{'f', "%T", "[]int", 1, ARGS(SLI_EMPTY)},
	{'f', "%T", "<nil>", 1, ARGS(NIL)},
	{'f', "%10T|", "       int|", 1, ARGS(I(5))},
	{'f', "%-10T|", "int       |", 1, ARGS(I(5))},
	{'f', "%T", "int32", 1, ARGS(I32(1))},
	{'f', "%T", "[]uint8", 1, ARGS(BYTES(""))},
	{'f', "%T", "uintptr", 1, ARGS(UP(1))},
	{'f', "%v", "[1 2 3]", 1, ARGS(A3(1, 2, 3))},
	{'f', "%d", "[1 2 3]", 1, ARGS(A3(1, 2, 3))},
	{'f', "%x", "[a b c]", 1, ARGS(A3(10, 11, 12))},
	{'f', "%#v", "[3]int{1, 2, 3}", 1, ARGS(A3(1, 2, 3))},
	{'f', "%+v", "[1 2 3]", 1, ARGS(A3(1, 2, 3))},
	{'f', "%03d", "[001 002 003]", 1, ARGS(A3(1, 2, 3))},
	{'f', "%s", "[%!s(int=1) %!s(int=2) %!s(int=3)]", 1, ARGS(A3(1, 2, 3))},
	{'f', "%v", "{1 2 a}", 1, ARGS(PT(1, 2, "a"))},
	{'f', "%+v", "{X:1 Y:2 Name:a}", 1, ARGS(PT(1, 2, "a"))},
	{'f', "%#v", "main.P{X:1, Y:2, Name:\"a\"}", 1, ARGS(PT(1, 2, "a"))},
	{'f', "%d", "{1 2 %!d(string=a)}", 1, ARGS(PT(1, 2, "a"))},
	{'f', "%s", "{%!s(int=1) %!s(int=2) a}", 1, ARGS(PT(1, 2, "a"))},
	{'f', "%x", "{1 2 61}", 1, ARGS(PT(1, 2, "a"))},
	{'f', "%v", "&{1 2 a}", 1, ARGS(PPT(1, 2, "a"))},
	{'f', "%+v", "&{X:1 Y:2 Name:a}", 1, ARGS(PPT(1, 2, "a"))},
	{'f', "%#v", "&main.P{X:1, Y:2, Name:\"a\"}", 1, ARGS(PPT(1, 2, "a"))},
	{'f', "%v", "{t [4 5 6] true 122}", 1, ARGS(BOX("t", 4, 5, 6, true, 122))},
	{'f', "%+v", "{Tag:t Dims:[4 5 6] On:true Ch:122}", 1, ARGS(BOX("t", 4, 5, 6, true, 122))},
	{'f', "%#v", "main.Box{Tag:\"t\", Dims:[3]int{4, 5, 6}, On:true, Ch:0x7a}", 1, ARGS(BOX("t", 4, 5, 6, true, 122))},
	{'f', "%v", "{ [0 0 0] false 0}", 1, ARGS(BOX("", 0, 0, 0, false, 0))},
	{'f', "%#v", "main.Box{Tag:\"\", Dims:[3]int{0, 0, 0}, On:false, Ch:0x0}", 1, ARGS(BOX("", 0, 0, 0, false, 0))},
	{'f', "%v", "[1 2]", 1, ARGS(SLI(2, 1, 2))},
	{'f', "%#v", "[]int{1, 2}", 1, ARGS(SLI(2, 1, 2))},
	{'f', "%v", "[]", 1, ARGS(SLI_NIL)},
	{'f', "%#v", "[]int(nil)", 1, ARGS(SLI_NIL)},
	{'f', "%#v", "[]int{}", 1, ARGS(SLI_EMPTY)},
	{'f', "%v", "[]", 1, ARGS(SLI_EMPTY)},
	{'f', "%d", "[-1 2]", 1, ARGS(SLI(2, -1, 2))},
	{'f', "%5d|", "[    1     2]|", 1, ARGS(SLI(2, 1, 2))},
	{'f', "%v", "[a b c]", 1, ARGS(SLS(2, GS("a"), GS("b c")))},
	{'f', "%q", "[\"a\" \"b c\"]", 1, ARGS(SLS(2, GS("a"), GS("b c")))},
	{'f', "%#v", "[]string{\"a\", \"b\"}", 1, ARGS(SLS(2, GS("a"), GS("b")))},
	{'f', "%v", "[x y]", 1, ARGS(A2S("x", "y"))},
	{'f', "%#v", "[2]string{\"x\", \"y\"}", 1, ARGS(A2S("x", "y"))},
	{'f', "%x", "[6869 796f]", 1, ARGS(A2S("hi", "yo"))},
	{'f', "%v", "[104 105]", 1, ARGS(BYTES("hi"))},
	{'f', "%s", "hi", 1, ARGS(BYTES("hi"))},
	{'f', "%x", "6869", 1, ARGS(BYTES("hi"))},
	{'f', "%X", "6869", 1, ARGS(BYTES("hi"))},
	{'f', "%q", "\"hi\"", 1, ARGS(BYTES("hi"))},
	{'f', "%#v", "[]byte{0x68, 0x69}", 1, ARGS(BYTES("hi"))},
	{'f', "%d", "[104 105]", 1, ARGS(BYTES("hi"))},
	{'f', "% x", "68 69", 1, ARGS(BYTES("hi"))},
	{'f', "%#v", "[]byte(nil)", 1, ARGS(BYTES_NIL)},
	{'f', "%v", "[]", 1, ARGS(BYTES_NIL)},
	{'f', "%o", "[150 151]", 1, ARGS(BYTES("hi"))},
	{'f', "%6s|", "    hi|", 1, ARGS(BYTES("hi"))},
	{'f', "%v", "<nil>", 1, ARGS(NILPI)},
	{'f', "%#v", "(*int)(nil)", 1, ARGS(NILPI)},
	{'f', "%p", "0x0", 1, ARGS(NILPI)},
	{'f', "%d", "0", 1, ARGS(NILPI)},
	{'f', "%s", "%!s(*int=<nil>)", 1, ARGS(NILPI)},
	{'f', "%x", "0", 1, ARGS(NILPI)},
	{'f', "%v", "<nil>", 1, ARGS(NIL)},
	{'f', "%d", "%!d(<nil>)", 1, ARGS(NIL)},
	{'f', "%s", "%!s(<nil>)", 1, ARGS(NIL)},
	{'f', "%#v", "<nil>", 1, ARGS(NIL)},
	{'f', "%5v|", "<nil>|", 1, ARGS(NIL)},
	{'f', "%p", "%!p(int=5)", 1, ARGS(I(5))},
	{'f', "%p", "%!p(string=s)", 1, ARGS(S("s"))},
	{'f', "%t", "[%!t(int=1) %!t(int=2) %!t(int=3)]", 1, ARGS(A3(1, 2, 3))},
	{'f', "%v", "[0 0 0]", 1, ARGS(A3(0, 0, 0))},
	{'f', "%+d", "[+1 -2 +3]", 1, ARGS(A3(1, -2, 3))},
	{'f', "%d %d", "1 %!d(MISSING)", 1, ARGS(I(1))},
	{'f', "%d", "1%!(EXTRA int=2)", 2, ARGS(I(1), I(2))},
	{'f', "%d", "1%!(EXTRA string=a, <nil>)", 3, ARGS(I(1), S("a"), NIL)},
	{'f', "hi", "hi%!(EXTRA int=1)", 1, ARGS(I(1))},
	{'f', "%!", "%!!(MISSING)", 0, NULL},
	{'f', "%", "%!(NOVERB)", 0, NULL},
	{'f', "%-", "%!(NOVERB)", 0, NULL},
	{'f', "%z", "%!z(int=5)", 1, ARGS(I(5))},
	{'f', "%z", "%!z(string=s)", 1, ARGS(S("s"))},
	{'f', "%s", "%!s(int=5)", 1, ARGS(I(5))},
	{'f', "%d", "%!d(string=hi)", 1, ARGS(S("hi"))},
	{'f', "%5.2q", "%!q(bool= true)", 1, ARGS(B(1))},
	{'f', "%*d", "   42", 2, ARGS(I(5), I(42))},
	{'f', "%-*d|", "42   |", 2, ARGS(I(5), I(42))},
	{'f', "%*d|", "42   |", 2, ARGS(I(-5), I(42))},
	{'f', "%*d", "%!(BADWIDTH)42", 2, ARGS(S("x"), I(42))},
	{'f', "%.*d", "007", 2, ARGS(I(3), I(7))},
	{'f', "%.*d", "%!(BADPREC)7", 2, ARGS(I(-1), I(7))},
	{'f', "%.*d", "%!(BADPREC)7", 2, ARGS(S("x"), I(7))},
	{'f', "%*d", "%!(BADWIDTH)1", 2, ARGS(I(10000000), I(1))},
	{'f', "%*d", "  1", 2, ARGS(U8(3), I(1))},
	{'f', "%*d", "1  ", 2, ARGS(I8(-3), I(1))},
	{'f', "%*d", "%!(BADWIDTH)%!d(MISSING)", 0, NULL},
	{'f', "%.*d", "%!d(MISSING)", 1, ARGS(I(2))},
	{'f', "%[2]d %[1]d", "2 1", 2, ARGS(I(1), I(2))},
	{'f', "%[2]d", "2", 2, ARGS(I(1), I(2))},
	{'f', "%[3]d", "%!d(BADINDEX)", 2, ARGS(I(1), I(2))},
	{'f', "%[0]d", "%!d(BADINDEX)", 1, ARGS(I(1))},
	{'f', "%[x]d", "%!d(BADINDEX)", 1, ARGS(I(1))},
	{'f', "%[1]d %d", "1 2", 2, ARGS(I(1), I(2))},
	{'f', "%[2]*[1]d", "   12", 2, ARGS(I(12), I(5))},
	{'f', "%[1]2d", "%!d(BADINDEX)", 1, ARGS(I(1))},
	{'f', "%d %[1]d %d", "1 1 2", 2, ARGS(I(1), I(2))},
	{'f', "%[1]", "%!(NOVERB)", 1, ARGS(I(1))},
	{'f', "%.[2]d", "2", 2, ARGS(I(1), I(2))},
	{'f', "%[2", "%!(NOVERB)", 1, ARGS(I(1))},
	{'f', "%%", "%", 0, NULL},
	{'f', "%5%", "%", 0, NULL},
	{'f', "%-5%|", "%|", 0, NULL},
	{'f', "%d%%", "50%", 1, ARGS(I(50))},
	{'f', "100%", "100%!(NOVERB)", 0, NULL},
	{'f', "%.d", "", 1, ARGS(I(0))},
	{'f', "%.", "%!.(int=5)", 1, ARGS(I(5))},
	{'f', "%\303\251", "%!\303\251(int=5)", 1, ARGS(I(5))},
	{'f', "%v %v", "true %!v(MISSING)", 1, ARGS(B(1))},
	{'f', "%!d", "%!!(int=5)d", 1, ARGS(I(5))},
	{'f', "%d", "%!d(<nil>)%!(EXTRA <nil>)", 2, ARGS(NIL, NIL)},
	{'f', "%s %s", "a b%!(EXTRA int=3, string=c, <nil>)", 5, ARGS(S("a"), S("b"), I(3), S("c"), NIL)},
	{'f', "%x %X", "-1 FF", 2, ARGS(I(-1), S("\377"))},
	{'f', "%#v %+v", "0x5 5", 2, ARGS(U(5ULL), I(5))},
	{'f', "%#v", "0xc8", 1, ARGS(U8(200))},
	{'f', "%#v", "-8", 1, ARGS(I8(-8))},
	{'f', "%#v", "true", 1, ARGS(B(1))},
	{'f', "%#v", "0x0", 1, ARGS(UP(0))},
	{'f', "%#d", "5", 1, ARGS(I(5))},
	{'f', "%+v", "-5", 1, ARGS(I(-5))},
	{'f', "%#08v", "00000005", 1, ARGS(I(5))},
	{'f', "%#v", "[2]bool{true, false}", 1, ARGS(A2B(true, false))},
	{'f', "%v", "[]", 1, ARGS(A0)},
	{'f', "%#v", "[0]int{}", 1, ARGS(A0)},
	{'f', "%v", "{<nil>}", 1, ARGS(WV(NIL))},
	{'f', "%+v", "{V:<nil>}", 1, ARGS(WV(NIL))},
	{'f', "%#v", "main.W{V:interface {}(nil)}", 1, ARGS(WV(NIL))},
	{'f', "%d", "{<nil>}", 1, ARGS(WV(NIL))},
	{'f', "%v", "{5}", 1, ARGS(WV(I(5)))},
	{'f', "%#v", "main.W{V:5}", 1, ARGS(WV(I(5)))},
	{'f', "%#v", "main.W{V:\"s\"}", 1, ARGS(WV(S("s")))},
	{'f', "%x", "{73}", 1, ARGS(WV(S("s")))},
	{'f', "%d", "{%!d(string=s)}", 1, ARGS(WV(S("s")))},
	{'f', "%#v", "main.W{V:0x9}", 1, ARGS(WV(U8(9)))},
	{'f', "%v", "[1 a <nil>]", 1, ARGS(SLA(3, I(1), S("a"), NIL))},
	{'f', "%#v", "[]interface {}{1, \"a\", interface {}(nil)}", 1, ARGS(SLA(3, I(1), S("a"), NIL))},
	{'f', "%d", "[1 %!d(string=a) <nil>]", 1, ARGS(SLA(3, I(1), S("a"), NIL))},
	{'f', "%T", "[]interface {}", 1, ARGS(SLA_EMPTY)},
	{'f', "%#v", "[]interface {}(nil)", 1, ARGS(SLA_NIL)},
	{'f', "%5v|", "[ true <nil>]|", 1, ARGS(SLA(2, B(1), NIL))},
	{'p', "", "1 2", 2, ARGS(I(1), I(2))},
	{'p', "", "ab", 2, ARGS(S("a"), S("b"))},
	{'p', "", "1a2", 3, ARGS(I(1), S("a"), I(2))},
	{'p', "", "a1 2b", 4, ARGS(S("a"), I(1), I(2), S("b"))},
	{'p', "", "", 0, NULL},
	{'p', "", "<nil> <nil>", 2, ARGS(NIL, NIL)},
	{'p', "", "true false", 2, ARGS(B(1), B(0))},
	{'p', "", "n1", 2, ARGS(NAME("n"), I(1))},
	{'p', "", "[1 2 3] {1 2 z}", 2, ARGS(A3(1, 2, 3), PT(1, 2, "z"))},
	{'p', "", "&{3 4 w}", 1, ARGS(PPT(3, 4, "w"))},
	{'p', "", "<nil> 1", 2, ARGS(NILPI, I(1))},
	{'l', "", "1 2\012", 2, ARGS(I(1), I(2))},
	{'l', "", "a b\012", 2, ARGS(S("a"), S("b"))},
	{'l', "", "\012", 0, NULL},
	{'l', "", "<nil>\012", 1, ARGS(NIL)},
	{'l', "", "x 3 true 7\012", 4, ARGS(S("x"), I(3), B(1), CEL(7))},
	{'l', "", "[a] []\012", 2, ARGS(SLS(1, GS("a")), SLI_EMPTY)},
	{'l', "", "18446744073709551615 -1\012", 2, ARGS(U64(18446744073709551615ULL), I8(-1))},
	{'p', "", "[97 98]c", 2, ARGS(BYTES("ab"), S("c"))},
/* END generated by tests/rt_fmt_cases.go */
};

#define NCASES ((int)(sizeof fmt_cases / sizeof fmt_cases[0]))

/* s as a C literal for failure messages (in a static buffer). */
static const char *show(const uint8_t *s, int64_t n)
{
	static char buf[4096];
	int k = 0;
	buf[k++] = '"';
	for (int64_t i = 0; i < n && k < (int)sizeof buf - 8; i++) {
		if (s[i] >= 0x20 && s[i] < 0x7f && s[i] != '"' && s[i] != '\\')
			buf[k++] = (char)s[i];
		else
			k += snprintf(buf + k, sizeof buf - (size_t)k, "\\x%02x", s[i]);
	}
	buf[k++] = '"';
	buf[k] = 0;
	return buf;
}

static GoString run_case(const FmtCase *c)
{
	switch (c->mode) {
	case 'f':
		return fmt_Sprintf((const uint8_t *)c->format, (int64_t)strlen(c->format),
				   c->args, c->nargs, c->nargs);
	case 'p':
		return fmt_Sprint(c->args, c->nargs, c->nargs);
	default:
		return fmt_Sprintln(c->args, c->nargs, c->nargs);
	}
}

START_TEST(test_fmt_case)
{
	const FmtCase *c = &fmt_cases[_i];
	GoString got = run_case(c);
	int64_t wlen = (int64_t)strlen(c->want);
	int ok = got.len == wlen && (wlen == 0 || memcmp(got.ptr, c->want, (size_t)wlen) == 0);
	if (!ok) {
		char gots[4096];
		snprintf(gots, sizeof gots, "%s", show(got.ptr, got.len));
		ck_abort_msg("row %d: %c %s: got %s, want %s", _i, c->mode,
			     show((const uint8_t *)c->format, (int64_t)strlen(c->format)),
			     gots, show((const uint8_t *)c->want, wlen));
	}
}
END_TEST

/* ---- Print, Println and Printf to standard output ------------------------- */

/* Runs fn with fd 1 sent to a temporary file; returns what was written. */
static char *capture_stdout(void (*fn)(FmtResult *), FmtResult *r)
{
	static char buf[1024];
	char path[] = "/tmp/test_rt_fmtXXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	unlink(path);
	int saved = dup(1);
	dup2(fd, 1);
	fn(r);
	dup2(saved, 1);
	close(saved);
	lseek(fd, 0, SEEK_SET);
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	buf[n < 0 ? 0 : n] = 0;
	return buf;
}

static void call_println(FmtResult *r)
{
	GoEface *a = ARGS(S("x"), I(1), B(1));
	fmt_Println(r, a, 3, 3);
}

static void call_print(FmtResult *r)
{
	GoEface *a = ARGS(I(1), I(2), S("s"), I(3));
	fmt_Print(r, a, 4, 4);
}

static void call_printf(FmtResult *r)
{
	GoEface *a = ARGS(I(7), S("go"));
	const char *f = "%03d|%-4s|\n";
	fmt_Printf(r, (const uint8_t *)f, (int64_t)strlen(f), a, 2, 2);
}

START_TEST(test_println_stdout)
{
	FmtResult r = {-1, {(const GoItab *)&t_int, &r}};
	ck_assert_str_eq(capture_stdout(call_println, &r), "x 1 true\n");
	ck_assert_int_eq(r.n, 9);
	ck_assert_ptr_null(r.err.tab);
	ck_assert_ptr_null(r.err.data);
}
END_TEST

START_TEST(test_print_stdout)
{
	FmtResult r = {-1, {(const GoItab *)&t_int, &r}};
	ck_assert_str_eq(capture_stdout(call_print, &r), "1 2s3");
	ck_assert_int_eq(r.n, 5);
	ck_assert_ptr_null(r.err.tab);
}
END_TEST

START_TEST(test_printf_stdout)
{
	FmtResult r = {-1, {(const GoItab *)&t_int, &r}};
	ck_assert_str_eq(capture_stdout(call_printf, &r), "007|go  |\n");
	ck_assert_int_eq(r.n, 10);
	ck_assert_ptr_null(r.err.tab);
}
END_TEST

/* The S-forms return a fresh string from rt_alloc; the empty result is
 * the empty string. */
START_TEST(test_sprint_empty)
{
	GoString s = fmt_Sprint(NULL, 0, 0);
	ck_assert_int_eq(s.len, 0);
	s = fmt_Sprintf((const uint8_t *)"", 0, NULL, 0, 0);
	ck_assert_int_eq(s.len, 0);
}
END_TEST

/* A width of a thousand pads to a thousand runes. */
START_TEST(test_wide_padding)
{
	const char *f = "%1000d|%-1000s|";
	GoString s = fmt_Sprintf((const uint8_t *)f, (int64_t)strlen(f), ARGS(I(5), S("é")), 2, 2);
	ck_assert_int_eq(s.len, 1000 + 1 + 999 + 2 + 1);
	ck_assert_int_eq(s.ptr[998], ' ');
	ck_assert_int_eq(s.ptr[999], '5');
	ck_assert_int_eq(s.ptr[1000], '|');
}
END_TEST

/* Pointers print as 0x and their address; %#p drops the 0x; below the
 * top of a value they are addresses, not &{...}. */
START_TEST(test_pointers)
{
	static CP pt = {1, 2, GS("a")};
	static CP *ptr = &pt;
	char want[64];
	GoEface a[] = {{&t_ptr_P, ptr}};
	GoString s = fmt_Sprintf((const uint8_t *)"%p", 2, a, 1, 1);
	snprintf(want, sizeof want, "%p", (void *)&pt);
	ck_assert_int_eq(s.len, (int64_t)strlen(want));
	ck_assert_mem_eq(s.ptr, want, strlen(want));
	s = fmt_Sprintf((const uint8_t *)"%#p", 3, a, 1, 1);
	ck_assert_int_eq(s.len, (int64_t)strlen(want) - 2);
	ck_assert_mem_eq(s.ptr, want + 2, strlen(want) - 2);
	s = fmt_Sprintf((const uint8_t *)"%v", 2, a, 1, 1);
	ck_assert_mem_eq(s.ptr, "&{1 2 a}", 8);
	/* %d of a pointer to a struct formats the struct, of a *int the
	 * address in decimal, and %v of a *int the address in hex */
	s = fmt_Sprintf((const uint8_t *)"%d", 2, a, 1, 1);
	ck_assert_int_eq(s.len, 20);
	ck_assert_mem_eq(s.ptr, "&{1 2 %!d(string=a)}", 20);
	static int64_t n = 5;
	static int64_t *np = &n;
	GoEface ai[] = {{&t_ptr_int, np}};
	snprintf(want, sizeof want, "%lu", (unsigned long)(uintptr_t)&n);
	s = fmt_Sprintf((const uint8_t *)"%d", 2, ai, 1, 1);
	ck_assert_int_eq(s.len, (int64_t)strlen(want));
	ck_assert_mem_eq(s.ptr, want, strlen(want));
	snprintf(want, sizeof want, "%p", (void *)&n);
	s = fmt_Sprintf((const uint8_t *)"%v", 2, ai, 1, 1);
	ck_assert_int_eq(s.len, (int64_t)strlen(want));
	ck_assert_mem_eq(s.ptr, want, strlen(want));
	snprintf(want, sizeof want, "(*int)(%p)", (void *)&n);
	s = fmt_Sprintf((const uint8_t *)"%#v", 3, ai, 1, 1);
	ck_assert_int_eq(s.len, (int64_t)strlen(want));
	ck_assert_mem_eq(s.ptr, want, strlen(want));
	/* %v of a slice of pointers: addresses */
	static CP *ptrs[1];
	ptrs[0] = &pt;
	static const GoType t_slice_ptr = {.size = 24, .kind = KIND_SLICE, .name = GS("[]*main.P"), .elem = &t_ptr_P};
	GoSlice sl = {ptrs, 1, 1};
	GoEface b[] = {{&t_slice_ptr, &sl}};
	s = fmt_Sprintf((const uint8_t *)"%v", 2, b, 1, 1);
	snprintf(want, sizeof want, "[%p]", (void *)&pt);
	ck_assert_int_eq(s.len, (int64_t)strlen(want));
	ck_assert_mem_eq(s.ptr, want, strlen(want));
	s = fmt_Sprintf((const uint8_t *)"%#v", 3, b, 1, 1);
	snprintf(want, sizeof want, "[]*main.P{(*main.P)(%p)}", (void *)&pt);
	ck_assert_int_eq(s.len, (int64_t)strlen(want));
	ck_assert_mem_eq(s.ptr, want, strlen(want));
	/* %p of a slice is the address of its first element */
	s = fmt_Sprintf((const uint8_t *)"%p", 2, b, 1, 1);
	snprintf(want, sizeof want, "%p", (void *)ptrs);
	ck_assert_mem_eq(s.ptr, want, strlen(want));
}
END_TEST

static Suite *fmt_suite(void)
{
	Suite *s = suite_create("rt_fmt");
	TCase *tc = tcase_create("gc cases");
	tcase_add_loop_test(tc, test_fmt_case, 0, NCASES);
	suite_add_tcase(s, tc);
	tc = tcase_create("output");
	tcase_add_test(tc, test_println_stdout);
	tcase_add_test(tc, test_print_stdout);
	tcase_add_test(tc, test_printf_stdout);
	tcase_add_test(tc, test_sprint_empty);
	tcase_add_test(tc, test_wide_padding);
	tcase_add_test(tc, test_pointers);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(fmt_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
