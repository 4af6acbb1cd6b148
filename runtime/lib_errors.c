/* lib_errors.c — error values made by the library: errors.New,
 * fmt.Errorf, and strconv.Atoi's *NumError, in C.
 *
 * An error is an interface value, {itab, data} (abi.h), so making one in
 * C takes what the compiler emits for a Go program: a type descriptor
 * for the concrete type with its method table, and an itab pairing it
 * with the `error` interface.  They are written out by hand below; what
 * they say is exactly what gosub would emit for Go 1.19's source,
 *
 *     package errors
 *     type errorString struct{ s string }
 *     func (e *errorString) Error() string { return e.s }
 *     func New(text string) error { return &errorString{text} }
 *
 * so fmt prints these errors through their Error method, %T says
 * *errors.errorString, and two errors.New("x") are different values (two
 * pointers), as in Go.  A program can name *strconv.NumError in a type
 * assertion; the compiler then refers to the descriptor defined here by
 * its symbol (go.type.strconv.NumError.ptr) rather than making its own,
 * so that the assertion compares the same pointer.
 */
#include <string.h>

#include "runtime.h"

#define LIT(s) {(const uint8_t *)(s), (int64_t)sizeof(s) - 1}

/* func() string and func() error: the method types, compared by name */
static const GoType type_func_string = {8, KIND_FUNC, LIT("func() string"), 0, NULL, 0, NULL, NULL, 0, 8, (const uint8_t *)"\x01", NULL, 0};
static const GoType type_func_error = {8, KIND_FUNC, LIT("func() error"), 0, NULL, 0, NULL, NULL, 0, 8, (const uint8_t *)"\x01", NULL, 0};
static const GoType type_string = {16, KIND_STRING, LIT("string"), 0, NULL, 0, NULL, NULL, 0, 8, (const uint8_t *)"\x01", NULL, 0};

static const GoMethod error_methods[] = {{LIT("Error"), &type_func_string, NULL}};
const GoType rt_type_error = {16, KIND_INTERFACE, LIT("error"), 1, NULL, 0, NULL, NULL, 0, 16,
			      (const uint8_t *)"\x03", error_methods, 1};

/* An itab with one method: error's. */
typedef struct Itab1 {
	const GoType *inter, *type;
	void *fun[1];
} Itab1;

/* ---- errors.New ----------------------------------------------------------------- */

typedef struct ErrorString {
	GoString s;
} ErrorString;

GoString errors_errorString_Error(ErrorString *e) __asm__("errors.errorString.Error");
GoString errors_errorString_Error(ErrorString *e)
{
	return e->s;
}

static const GoField errorString_fields[] = {{LIT("s"), &type_string, 0, 0}};
static const GoType type_errorString = {16, KIND_STRUCT, LIT("errors.errorString"), 1, NULL, 0, NULL,
					errorString_fields, 1, 8, (const uint8_t *)"\x01", NULL, 0};
static const GoMethod ptr_errorString_methods[] = {{LIT("Error"), &type_func_string, (void *)errors_errorString_Error}};
static const GoType type_ptr_errorString = {8, KIND_POINTER, LIT("*errors.errorString"), 0, &type_errorString, 0,
					    NULL, NULL, 0, 8, (const uint8_t *)"\x01", ptr_errorString_methods, 1};
static const Itab1 itab_errorString = {&rt_type_error, &type_ptr_errorString, {(void *)errors_errorString_Error}};

GoIface errors_New(const uint8_t *p, int64_t n) __asm__("errors.New");
GoIface errors_New(const uint8_t *p, int64_t n)
{
	ErrorString *e = rt_newobject(&type_errorString);
	e->s = (GoString){p, n};
	return (GoIface){(const GoItab *)&itab_errorString, e};
}

GoIface fmt_Errorf(const uint8_t *f, int64_t flen, GoEface *a, int64_t alen, int64_t acap) __asm__("fmt.Errorf");
GoIface fmt_Errorf(const uint8_t *f, int64_t flen, GoEface *a, int64_t alen, int64_t acap)
{
	GoString s = fmt_Sprintf(f, flen, a, alen, acap);
	return errors_New(s.ptr, s.len);
}

/* ---- strconv.Atoi and *NumError ------------------------------------------------------ */

typedef struct NumError {
	GoString func;  /* "Atoi" */
	GoString num;   /* the input */
	GoIface err;    /* ErrSyntax or ErrRange */
} NumError;

GoString strconv_NumError_Error(NumError *e) __asm__("strconv.NumError.Error");
GoString strconv_NumError_Error(NumError *e)
{
	if (e == NULL)
		rt_panic_nil();
	RtBuf b = {0};
	rt_buf_str(&b, "strconv.");
	rt_buf_write(&b, e->func.ptr, e->func.len);
	rt_buf_str(&b, ": parsing ");
	rt_quote(&b, e->num.ptr, e->num.len);
	rt_buf_str(&b, ": ");
	GoString why = ((GoString(*)(void *))e->err.tab->fun[0])(e->err.data);
	rt_buf_write(&b, why.ptr, why.len);
	uint8_t *p = rt_alloc_noscan(b.len);
	memcpy(p, b.ptr, (size_t)b.len);
	GoString s = {p, b.len};
	rt_buf_free(&b);
	return s;
}

GoIface strconv_NumError_Unwrap(NumError *e) __asm__("strconv.NumError.Unwrap");
GoIface strconv_NumError_Unwrap(NumError *e)
{
	if (e == NULL)
		rt_panic_nil();
	return e->err;
}

static const GoField numError_fields[] = {
	{LIT("Func"), &type_string, 0, 0},
	{LIT("Num"), &type_string, 16, 0},
	{LIT("Err"), &rt_type_error, 32, 0},
};
const GoType strconv_type_NumError __asm__("go.type.strconv.NumError");
const GoType strconv_type_NumError = {48, KIND_STRUCT, LIT("strconv.NumError"), 1, NULL, 0, NULL,
				      numError_fields, 3, 48, (const uint8_t *)"\x35", NULL, 0};
static const GoMethod ptr_numError_methods[] = {
	{LIT("Error"), &type_func_string, (void *)strconv_NumError_Error},
	{LIT("Unwrap"), &type_func_error, (void *)strconv_NumError_Unwrap},
};
const GoType strconv_type_ptr_NumError __asm__("go.type.strconv.NumError.ptr");
const GoType strconv_type_ptr_NumError = {8, KIND_POINTER, LIT("*strconv.NumError"), 0, &strconv_type_NumError, 0,
					  NULL, NULL, 0, 8, (const uint8_t *)"\x01", ptr_numError_methods, 2};
static const Itab1 itab_numError = {&rt_type_error, &strconv_type_ptr_NumError, {(void *)strconv_NumError_Error}};

/* strconv.ErrSyntax and strconv.ErrRange: static objects, outside the
 * collected heap (the collector ignores pointers that are not into it) */
static ErrorString err_syntax_obj = {LIT("invalid syntax")};
static ErrorString err_range_obj = {LIT("value out of range")};
static const GoIface err_syntax = {(const GoItab *)&itab_errorString, &err_syntax_obj};
static const GoIface err_range = {(const GoItab *)&itab_errorString, &err_range_obj};

typedef struct IntError {   /* (int, error) */
	int64_t n;
	GoIface err;
} IntError;

/* Go 1.19's Atoi: an optional sign, then decimal digits, nothing else;
 * out of range gives the nearest int and ErrRange. */
void strconv_Atoi(IntError *r, const uint8_t *s, int64_t n) __asm__("strconv.Atoi");
void strconv_Atoi(IntError *r, const uint8_t *s, int64_t n)
{
	int64_t i = 0;
	int neg = 0;
	if (n > 0 && (s[0] == '+' || s[0] == '-')) {
		neg = s[0] == '-';
		i = 1;
	}
	uint64_t cutoff = neg ? (uint64_t)1 << 63 : ((uint64_t)1 << 63) - 1;
	uint64_t v = 0;
	int range = 0;
	GoIface why = {0};
	if (i == n)
		why = err_syntax;
	for (; i < n && why.tab == NULL; i++) {
		if (s[i] < '0' || s[i] > '9') {
			why = err_syntax;
			break;
		}
		uint64_t d = (uint64_t)(s[i] - '0');
		if (!range && (v > (cutoff - d) / 10))
			range = 1;
		if (!range)
			v = v * 10 + d;
	}
	if (why.tab == NULL && range) {
		why = err_range;
		v = cutoff;
	}
	if (why.tab != NULL) {
		NumError *e = rt_newobject(&strconv_type_NumError);
		e->func = (GoString){(const uint8_t *)"Atoi", 4};
		uint8_t *copy = rt_alloc_noscan(n);
		memcpy(copy, s, (size_t)n);
		e->num = (GoString){copy, n};
		e->err = why;
		r->n = why.data == &err_range_obj ? (neg ? (int64_t)(0 - v) : (int64_t)v) : 0;
		r->err = (GoIface){(const GoItab *)&itab_numError, e};
		return;
	}
	r->n = neg ? (int64_t)(0 - v) : (int64_t)v;
	r->err = (GoIface){NULL, NULL};
}
