/* test_rt_iface.c — interface values at run time (runtime/iface.c) and
 * the library's error values (runtime/lib_errors.c), driven from C with
 * hand-made descriptors, method tables and itabs.
 *
 * The little program these descriptors describe:
 *
 *     type AB interface { A() int; B() string }
 *     type T1 struct{ n int }       // A, B and C: implements AB
 *     type T2 struct{ n int }       // A only
 *     type T3 struct{ n int }       // A, and a B of another type
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "../runtime/heap.h"
#include "../runtime/runtime.h"

#define GS(s) {(const uint8_t *)(s), (int64_t)sizeof(s) - 1}

static const GoType f_int = {.size = 8, .kind = KIND_FUNC, .name = GS("func() int")};
static const GoType f_string = {.size = 8, .kind = KIND_FUNC, .name = GS("func() string")};
static const GoType f_int_int = {.size = 8, .kind = KIND_FUNC, .name = GS("func(int) int")};
static const GoType t_int = {.size = 8, .kind = KIND_INT, .name = GS("int")};
static const GoType t_string = {.size = 16, .kind = KIND_STRING, .name = GS("string"),
				.ptrdata = 8, .gcbits = (const uint8_t *)"\x01"};
static const GoType t_slice = {.size = 24, .kind = KIND_SLICE, .name = GS("[]int"), .elem = &t_int};

static const GoMethod ab_methods[] = {{GS("A"), &f_int, NULL}, {GS("B"), &f_string, NULL}};
static const GoType t_AB = {.size = 16, .kind = KIND_INTERFACE, .name = GS("main.AB"), .named = 1,
			    .methods = ab_methods, .nmethods = 2};
static const GoMethod a_methods[] = {{GS("A"), &f_int, NULL}};
static const GoType t_A = {.size = 16, .kind = KIND_INTERFACE, .name = GS("main.HasA"), .named = 1,
			   .methods = a_methods, .nmethods = 1};
static const GoType t_any = {.size = 16, .kind = KIND_INTERFACE, .name = GS("interface {}")};

typedef struct Num {
	int64_t n;
} Num;

static int64_t t1_A(Num *p) { return p->n; }
static GoString t1_B(Num *p) { (void)p; return (GoString)GS("t1"); }
static int64_t t1_C(Num *p) { return -p->n; }
static int64_t t2_A(Num *p) { return 2 * p->n; }
static int64_t t3_B(Num *p, int64_t k) { return p->n + k; }

static const GoMethod t1_methods[] = {
	{GS("A"), &f_int, (void *)t1_A}, {GS("B"), &f_string, (void *)t1_B}, {GS("C"), &f_int, (void *)t1_C},
};
static const GoMethod t2_methods[] = {{GS("A"), &f_int, (void *)t2_A}};
static const GoMethod t3_methods[] = {{GS("A"), &f_int, (void *)t2_A}, {GS("B"), &f_int_int, (void *)t3_B}};
static const GoType t_T1 = {.size = 8, .kind = KIND_INT, .name = GS("main.T1"), .named = 1,
			    .methods = t1_methods, .nmethods = 3};
static const GoType t_T2 = {.size = 8, .kind = KIND_INT, .name = GS("main.T2"), .named = 1,
			    .methods = t2_methods, .nmethods = 1};
static const GoType t_T3 = {.size = 8, .kind = KIND_INT, .name = GS("main.T3"), .named = 1,
			    .methods = t3_methods, .nmethods = 2};

/* Building an itab matches names and signatures, fills the code pointers
 * in the interface's order, and caches the result. */
START_TEST(test_itab_made_and_cached)
{
	const GoItab *m = rt_assertitab2(&t_AB, &t_T1);
	ck_assert_ptr_nonnull(m);
	ck_assert_ptr_eq(m->inter, &t_AB);
	ck_assert_ptr_eq(m->type, &t_T1);
	ck_assert_ptr_eq(m->fun[0], (void *)t1_A);
	ck_assert_ptr_eq(m->fun[1], (void *)t1_B);
	ck_assert_ptr_eq(rt_assertitab2(&t_AB, &t_T1), m);
	Num v = {21};
	ck_assert_int_eq(((int64_t(*)(void *))m->fun[0])(&v), 21);
	/* one method of three */
	const GoItab *a = rt_assertitab2(&t_A, &t_T1);
	ck_assert_ptr_eq(a->fun[0], (void *)t1_A);
	ck_assert_ptr_ne(a, m);
}
END_TEST

/* A missing method, or one with another signature, is no match. */
START_TEST(test_itab_missing)
{
	ck_assert_ptr_null(rt_assertitab2(&t_AB, &t_T2));
	ck_assert_ptr_null(rt_assertitab2(&t_AB, &t_T3));
	ck_assert_ptr_nonnull(rt_assertitab2(&t_A, &t_T2));
	ck_assert_ptr_null(rt_assertitab2(&t_AB, NULL));
	/* every type has the empty interface's methods */
	ck_assert_ptr_nonnull(rt_assertitab2(&t_any, &t_int));
}
END_TEST

/* I -> J keeps the dynamic type; nil stays nil. */
START_TEST(test_convI2I)
{
	const GoItab *ab = rt_assertitab2(&t_AB, &t_T1);
	const GoItab *a = rt_convI2I(&t_A, ab);
	ck_assert_ptr_eq(a->type, &t_T1);
	ck_assert_ptr_eq(a->inter, &t_A);
	ck_assert_ptr_null(rt_convI2I(&t_A, NULL));
}
END_TEST

/* The table grows: many types, each found again afterwards. */
START_TEST(test_itab_table_growth)
{
	enum { N = 300 };
	static GoType types[N];
	const GoItab *first[N];
	for (int i = 0; i < N; i++) {
		types[i] = t_T2;
		first[i] = rt_assertitab2(&t_A, &types[i]);
		ck_assert_ptr_eq(first[i]->type, &types[i]);
	}
	for (int i = 0; i < N; i++)
		ck_assert_ptr_eq(rt_assertitab2(&t_A, &types[i]), first[i]);
}
END_TEST

typedef struct Pair {
	GoString s;
	int64_t n;
	int64_t blank;   /* a field named _ */
} Pair;

static const GoField pair_fields[] = {
	{GS("s"), &t_string, 0, 0}, {GS("n"), &t_int, 16, 0}, {GS("_"), &t_int, 24, 0},
};
static const GoType t_pair = {.size = 32, .kind = KIND_STRUCT, .name = GS("main.Pair"), .named = 1,
			      .fields = pair_fields, .nfields = 3};
static const GoType t_arr = {.size = 24, .kind = KIND_ARRAY, .name = GS("[3]int"), .elem = &t_int, .len = 3};
static const GoType t_ptr = {.size = 8, .kind = KIND_POINTER, .name = GS("*int"), .elem = &t_int};

/* == by the dynamic type's rules: strings by contents, structs field by
 * field (blank fields ignored), arrays element by element, pointers (held
 * directly in the data word) by address. */
START_TEST(test_equality)
{
	int64_t a = 7, b = 7, c = 8;
	ck_assert(rt_efaceeq(&t_int, &a, &b));
	ck_assert(!rt_efaceeq(&t_int, &a, &c));
	char s1[] = "hello", s2[] = "hello";
	GoString x = {(uint8_t *)s1, 5}, y = {(uint8_t *)s2, 5}, z = {(uint8_t *)s2, 4};
	ck_assert(rt_efaceeq(&t_string, &x, &y));
	ck_assert(!rt_efaceeq(&t_string, &x, &z));
	Pair p = {x, 1, 100}, q = {y, 1, 200}, r = {y, 2, 100};
	ck_assert(rt_efaceeq(&t_pair, &p, &q));
	ck_assert(!rt_efaceeq(&t_pair, &p, &r));
	int64_t u[3] = {1, 2, 3}, v[3] = {1, 2, 3}, w[3] = {1, 2, 4};
	ck_assert(rt_efaceeq(&t_arr, u, v));
	ck_assert(!rt_efaceeq(&t_arr, u, w));
	ck_assert(rt_efaceeq(&t_ptr, &a, &a));
	ck_assert(!rt_efaceeq(&t_ptr, &a, &b));
	/* whole interface values: types first */
	ck_assert(rt_ifaceeq(0, &t_int, &a, &t_int, &b));
	ck_assert(!rt_ifaceeq(0, &t_int, &a, &t_T1, &b));
	ck_assert(rt_ifaceeq(0, NULL, NULL, NULL, NULL));
	ck_assert(!rt_ifaceeq(0, NULL, NULL, &t_int, &a));
	const GoItab *m1 = rt_assertitab2(&t_A, &t_T1), *m2 = rt_assertitab2(&t_A, &t_T2);
	ck_assert(rt_ifaceeq(1, m1, &a, m1, &b));
	ck_assert(!rt_ifaceeq(1, m1, &a, m2, &b));   /* same value, other type */
}
END_TEST

/* The panics below exit with status 2; their messages are checked by
 * the run suite (testdata/run/t3_*panic*.go), not here. */
static void quiet(void)
{
	int fd = open("/dev/null", O_WRONLY);
	dup2(fd, 2);
}

/* Comparing slices in interfaces panics, as in Go. */
START_TEST(test_uncomparable_panics)
{
	quiet();
	GoSlice s = {NULL, 0, 0};
	rt_efaceeq(&t_slice, &s, &s);
}
END_TEST

START_TEST(test_failed_assertion_panics)
{
	quiet();
	rt_panicdottype(&t_T2, &t_T1, &t_any);
}
END_TEST

START_TEST(test_missing_method_panics)
{
	quiet();
	rt_assertitab(&t_AB, &t_T2, &t_any);
}
END_TEST

/* The method fmt and panic look for. */
START_TEST(test_method_string)
{
	ck_assert_ptr_eq(rt_method_string(&t_T1, "B"), (void *)t1_B);
	ck_assert_ptr_null(rt_method_string(&t_T1, "A"));   /* func() int */
	ck_assert_ptr_null(rt_method_string(&t_T2, "String"));
}
END_TEST

/* ---- errors.New, fmt.Errorf, strconv.Atoi ---------------------------------------- */

GoIface errors_New(const uint8_t *p, int64_t n) __asm__("errors.New");
GoIface fmt_Errorf(const uint8_t *f, int64_t flen, GoEface *a, int64_t alen, int64_t acap) __asm__("fmt.Errorf");
typedef struct IntError {
	int64_t n;
	GoIface err;
} IntError;
void strconv_Atoi(IntError *r, const uint8_t *s, int64_t n) __asm__("strconv.Atoi");

/* err.Error() through its itab, as compiled code calls it. */
static GoString error_text(GoIface e)
{
	return ((GoString(*)(void *))e.tab->fun[0])(e.data);
}

static int text_is(GoString s, const char *want)
{
	return s.len == (int64_t)strlen(want) && memcmp(s.ptr, want, (size_t)s.len) == 0;
}

START_TEST(test_errors_new)
{
	GoIface a = errors_New((const uint8_t *)"boom", 4), b = errors_New((const uint8_t *)"boom", 4);
	ck_assert(text_is(error_text(a), "boom"));
	ck_assert(text_is(a.tab->type->name, "*errors.errorString"));
	ck_assert(text_is(a.tab->inter->name, "error"));
	/* two errors.New("boom") are two pointers: not equal */
	ck_assert_ptr_ne(a.data, b.data);
	ck_assert(!rt_ifaceeq(1, a.tab, a.data, b.tab, b.data));
	ck_assert(rt_ifaceeq(1, a.tab, a.data, a.tab, a.data));
	/* fmt prints an error through its Error method */
	GoEface arg[3] = {{a.tab->type, a.data}, {a.tab->type, a.data}, {a.tab->type, a.data}};
	GoString s = fmt_Sprintf((const uint8_t *)"<%v|%s|%q>", 10, arg, 3, 3);
	ck_assert_msg(text_is(s, "<boom|boom|\"boom\">"), "got %.*s", (int)s.len, s.ptr);
	int64_t n = 3;
	GoEface args[] = {{&t_int, &n}, {a.tab->type, a.data}};
	GoIface e = fmt_Errorf((const uint8_t *)"try %d: %v", 10, args, 2, 2);
	ck_assert(text_is(error_text(e), "try 3: boom"));
}
END_TEST

/* Go 1.19's Atoi on good and bad input, error texts included. */
START_TEST(test_atoi)
{
	static const struct {
		const char *in;
		int64_t n;
		const char *err;   /* NULL: no error */
	} cases[] = {
		{"0", 0, NULL},
		{"-0", 0, NULL},
		{"+5", 5, NULL},
		{"123456", 123456, NULL},
		{"-9223372036854775808", INT64_MIN, NULL},
		{"9223372036854775807", INT64_MAX, NULL},
		{"9223372036854775808", INT64_MAX, "strconv.Atoi: parsing \"9223372036854775808\": value out of range"},
		{"-99999999999999999999", INT64_MIN, "strconv.Atoi: parsing \"-99999999999999999999\": value out of range"},
		{"", 0, "strconv.Atoi: parsing \"\": invalid syntax"},
		{"+", 0, "strconv.Atoi: parsing \"+\": invalid syntax"},
		{"12a", 0, "strconv.Atoi: parsing \"12a\": invalid syntax"},
		{" 1", 0, "strconv.Atoi: parsing \" 1\": invalid syntax"},
		{"1_000", 0, "strconv.Atoi: parsing \"1_000\": invalid syntax"},
		{"99999999999999999999x", 0, "strconv.Atoi: parsing \"99999999999999999999x\": invalid syntax"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		IntError r;
		strconv_Atoi(&r, (const uint8_t *)cases[i].in, (int64_t)strlen(cases[i].in));
		ck_assert_msg(r.n == cases[i].n, "Atoi(%s) = %lld", cases[i].in, (long long)r.n);
		if (!cases[i].err) {
			ck_assert_ptr_null(r.err.tab);
			continue;
		}
		ck_assert_ptr_nonnull(r.err.tab);
		GoString s = error_text(r.err);
		ck_assert_msg(text_is(s, cases[i].err), "Atoi(%s): %.*s", cases[i].in, (int)s.len, s.ptr);
		ck_assert(text_is(r.err.tab->type->name, "*strconv.NumError"));
	}
}
END_TEST

static Suite *iface_suite(void)
{
	Suite *s = suite_create("iface");
	TCase *tc = tcase_create("itabs");
	tcase_add_test(tc, test_itab_made_and_cached);
	tcase_add_test(tc, test_itab_missing);
	tcase_add_test(tc, test_convI2I);
	tcase_add_test(tc, test_itab_table_growth);
	tcase_add_test(tc, test_method_string);
	suite_add_tcase(s, tc);
	tc = tcase_create("equality and panics");
	tcase_add_test(tc, test_equality);
	tcase_add_exit_test(tc, test_uncomparable_panics, 2);
	tcase_add_exit_test(tc, test_failed_assertion_panics, 2);
	tcase_add_exit_test(tc, test_missing_method_panics, 2);
	suite_add_tcase(s, tc);
	tc = tcase_create("errors");
	tcase_add_test(tc, test_errors_new);
	tcase_add_test(tc, test_atoi);
	suite_add_tcase(s, tc);
	return s;
}

int main(int argc, char **argv)
{
	(void)argc;
	rt_gc_init(argv);
	SRunner *sr = srunner_create(iface_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
