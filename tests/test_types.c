/* test_types.c — the type checker's notions of types (types/type.c,
 * types/lookup.c, types/expr.c) against gc's: identity, assignability,
 * method sets and lookups, struct layout, and which untyped constants
 * fit which integer types.
 *
 * Each test checks a small program of package main and then asks about
 * its package-level objects by name:
 *
 *     check_ok("type A []int\nvar x []int\nvar y A");
 *     types_identical(type_of("x"), type_of("y"))      0: A is named
 *
 * Every expected value was checked against Go 1.19: identity with
 * go/types' Identical (the algorithm gc's types2 shares) and with gc
 * itself (two identical types in one type switch are a "duplicate case");
 * assignability, method sets and the messages by compiling each case with
 * `go tool compile`; layouts by printing unsafe.Sizeof, unsafe.Alignof
 * and the field offsets from a program built with gc; representability by
 * compiling `var _ T = VALUE` for each value.
 */
#include "check_util.h"

#include "../types/check.h"
#include "../types/types.h"

/* ---- helpers ------------------------------------------------------------- */

/* The checker and the package of the running test. */
static Types *tt;
static Package *pkg;

/* Checks "package main\nDECLS\nfunc main() {}\n", which must have no
 * errors, and keeps the checker and the package in tt and pkg. */
static void check_ok(const char *decls)
{
	const char *src = arena_sprintf(&tu.arena, "package main\n%s\nfunc main() {}\n", decls);
	Node *file = tu_parse_ok(src);
	tt = types_new(&tu.arena, &tu.names, &tu.diag);
	pkg = types_check(tt, &file, 1);
	ck_assert_msg(diag_count(&tu.diag) == 0, "unexpected errors in\n%s\n%s", src, tu_flush());
}

/* The package-level object called name. */
static Object *object(const char *name)
{
	Object *o = scope_lookup_local(pkg->scope, intern_cstr(&tu.names, name));
	ck_assert_msg(o != NULL, "no package-level %s", name);
	ck_assert_ptr_nonnull(o->type);
	return o;
}

/* The type of a package-level variable, or the type a type name names;
 * "*T" is a pointer to the latter. */
static Type *type_of(const char *name)
{
	if (name[0] == '*')
		return types_pointer(tt, type_of(name + 1));
	return object(name)->type;
}

/* A predeclared type by name ("int8", "byte"). */
static Type *universe_type(const char *name)
{
	Object *o = scope_lookup_local(tt->universe, intern_cstr(&tu.names, name));
	ck_assert_msg(o != NULL && o->kind == OBJ_TYPE, "no predeclared type %s", name);
	return o->type;
}

/* ---- identity (Go spec: Type identity) ----------------------------------- */

/* Declared before every pair of identity_cases. */
static const char identity_prelude[] =
	"type A []int\n"
	"type B []int\n"
	"type AL = []int\n"
	"type I interface{ A() }\n"
	"type J interface{ A() }\n";

/* `var x X; var y Y`: are X and Y identical?  types_identical must also
 * say the same for (Y, X). */
static const struct { const char *x, *y; int identical; } identity_cases[] = {
	/* named and unnamed: a defined type is identical only to itself */
	{"[]int", "[]int", 1},
	{"[]int", "A", 0},
	{"A", "A", 1},
	{"A", "B", 0},
	{"AL", "[]int", 1},                  /* an alias is its type */
	{"AL", "A", 0},
	{"func(A)", "func([]int)", 0},
	{"[]I", "[]J", 0},
	/* byte and rune are aliases (Go spec: Numeric types) */
	{"byte", "uint8", 1},
	{"rune", "int32", 1},
	{"[]byte", "[]uint8", 1},
	{"map[rune]byte", "map[int32]uint8", 1},
	{"int", "int64", 0},
	{"uint", "uintptr", 0},
	{"int32", "uint32", 0},
	{"byte", "int8", 0},
	{"string", "string", 1},
	/* pointers, maps */
	{"*int", "*int", 1},
	{"**int", "*int", 0},
	{"*A", "*[]int", 0},
	{"map[string]int", "map[string]int", 1},
	{"map[string]int", "map[string]int32", 0},
	{"map[int]string", "map[string]string", 0},
	/* arrays: the length is part of the type */
	{"[3]int", "[3]int", 1},
	{"[3]int", "[4]int", 0},
	{"[3]int", "[]int", 0},
	{"[2 + 1]int", "[3]int", 1},
	{"[2][3]int", "[2][3]int", 1},
	{"[2][3]int", "[3][2]int", 0},
	{"[0]int", "[0]int", 1},
	/* structs: names, types, tags and embedding, in order */
	{"struct{}", "struct{}", 1},
	{"struct{ a int }", "struct{ a int }", 1},
	{"struct{ a int }", "struct{ b int }", 0},
	{"struct{ a, b int }", "struct{ a int; b int }", 1},
	{"struct{ a int; b string }", "struct{ b string; a int }", 0},
	{"struct{ a int }", "struct{ a int; b int }", 0},
	{"struct{ a int }", "struct{ a int32 }", 0},
	{"struct{ _ int }", "struct{ _ int }", 1},
	{"struct{ a int \"json:\\\"a\\\"\" }", "struct{ a int `json:\"a\"` }", 1},
	{"struct{ a int \"x\" }", "struct{ a int \"y\" }", 0},
	{"struct{ a int \"x\" }", "struct{ a int }", 0},
	/* Go spec: Struct types: an empty tag string is an absent tag.
	 * BUG: types_identical says 0: the checker keeps "" as a tag and
	 * compares it with NULL (no tag); gc and go/types say identical
	 * (gc reports the two as a duplicate case in a type switch). */
	{"struct{ a int \"\" }", "struct{ a int }", 1},
	{"struct{ A }", "struct{ A }", 1},
	{"struct{ A }", "struct{ A A }", 0},  /* embedded vs. named A */
	{"struct{ I }", "struct{ J }", 0},
	{"struct{ *A }", "struct{ *A }", 1},
	{"struct{ *A }", "struct{ A }", 0},
	/* functions: parameter names do not count; variadic does */
	{"func()", "func()", 1},
	{"func(int)", "func(x int)", 1},
	{"func(a, b int) string", "func(x int, y int) (s string)", 1},
	{"func(int) (int, error)", "func(x int) (n int, err error)", 1},
	{"func(int)", "func(int32)", 0},
	{"func(int, string)", "func(string, int)", 0},
	{"func(...int)", "func(xs ...int)", 1},
	{"func(...int)", "func([]int)", 0},
	{"func(int, ...int)", "func(int, []int)", 0},
	{"func() int", "func() (int, int)", 0},
	{"func() int", "func()", 0},
	{"func(int)", "func() int", 0},
	/* interfaces: the same method set, in any order or by embedding */
	{"interface{}", "any", 1},
	{"interface{}", "interface{}", 1},
	{"interface{ A() }", "interface{ A() }", 1},
	{"interface{ A(); B() }", "interface{ B(); A() }", 1},
	{"interface{ A() }", "interface{ A(int) }", 0},
	{"interface{ A() }", "interface{ B() }", 0},
	{"interface{ A() }", "interface{ A(); B() }", 0},
	{"interface{ A() }", "I", 0},
	{"I", "J", 0},
	{"interface{ I; B() }", "interface{ A(); B() }", 1},
	{"interface{ I; J }", "interface{ A() }", 1},
	{"interface{ error }", "interface{ Error() string }", 1},
	{"error", "interface{ Error() string }", 0},
	{"interface{ a() }", "interface{ a() }", 1},
	{"interface{ a() }", "interface{ A() }", 0},
	{"func(interface{ A() })", "func(interface{ A() })", 1},
	{"[]interface{ A() }", "[]interface{ A() }", 1},
	{"map[string]interface{ I }", "map[string]interface{ A() }", 1},
	{"struct{ f interface{ A(); B() } }", "struct{ f interface{ B(); A() } }", 1},
	{"interface{ A() (I, error) }", "interface{ A() (J, error) }", 0},
	/* channels: the direction is part of the type */
	{"chan int", "chan int", 1},
	{"chan int", "chan<- int", 0},
	{"chan int", "<-chan int", 0},
	{"<-chan int", "chan<- int", 0},
	{"<-chan int", "<-chan int", 1},
	{"chan<- chan int", "chan<- chan int", 1},
	{"chan (<-chan int)", "chan (<-chan int)", 1},
	{"chan (<-chan int)", "chan chan int", 0},
	{"chan int", "chan int32", 0},
	{"chan byte", "chan uint8", 1},
};

START_TEST(test_identical)
{
	const char *x = identity_cases[_i].x, *y = identity_cases[_i].y;
	check_ok(arena_sprintf(&tu.arena, "%svar x %s\nvar y %s\n", identity_prelude, x, y));
	Type *tx = type_of("x"), *ty = type_of("y");
	ck_assert_msg(types_identical(tx, ty) == identity_cases[_i].identical,
	              "identical(%s, %s): want %d", x, y, identity_cases[_i].identical);
	ck_assert_msg(types_identical(ty, tx) == identity_cases[_i].identical,
	              "identical(%s, %s): want %d", y, x, identity_cases[_i].identical);
	ck_assert_msg(types_identical(tx, tx), "identical(%s, %s): want 1", x, x);
}
END_TEST

/* Types built by hand: structure decides, not the Type pointers. */
START_TEST(test_identical_built_types)
{
	check_ok("type A []int");
	Type *i = universe_type("int"), *b = universe_type("byte");
	Type *u8 = universe_type("uint8");
	ck_assert(types_identical(types_slice(tt, i), types_slice(tt, i)));
	ck_assert(types_identical(types_pointer(tt, b), types_pointer(tt, u8)));
	ck_assert(!types_identical(types_pointer(tt, i), types_slice(tt, i)));
	ck_assert(types_identical(types_array(tt, i, 4), types_array(tt, i, 4)));
	ck_assert(!types_identical(types_array(tt, i, 4), types_array(tt, i, 5)));
	ck_assert(types_identical(types_map(tt, b, i), types_map(tt, u8, i)));
	ck_assert(!types_identical(types_map(tt, b, i), types_map(tt, i, b)));
	ck_assert(types_identical(types_chan(tt, i, CHAN_BOTH), types_chan(tt, i, CHAN_BOTH)));
	ck_assert(!types_identical(types_chan(tt, i, CHAN_BOTH), types_chan(tt, i, CHAN_SEND)));
	ck_assert(!types_identical(types_chan(tt, i, CHAN_RECV), types_chan(tt, i, CHAN_SEND)));
	ck_assert(!types_identical(types_slice(tt, i), type_of("A")));
	ck_assert(types_identical(types_slice(tt, i), types_underlying(type_of("A"))));
	/* an invalid type is identical to nothing but itself */
	ck_assert(!types_identical(types_invalid, i));
}
END_TEST

/* ---- assignability (Go spec: Assignability) ------------------------------ */

static const char assign_prelude[] =
	"import \"unsafe\"\n"
	"var up unsafe.Pointer\n"
	"type A []int\n"
	"type B []int\n"
	"type MyInt int\n"
	"type St struct{ x int }\n"
	"type F func()\n"
	"type Ch chan int\n"
	"type RCh <-chan int\n"
	"type T struct{}\n"
	"func (T) M() {}\n"
	"type PT struct{}\n"
	"func (*PT) M() {}\n"
	"type IM interface{ M() }\n"
	"type IN interface{ M(); N() }\n";

/* Is a value of type V assignable to a variable of type W?  V is a type
 * (the value is `var v V`, MODE_VALUE), "nil", or "=EXPR" for the
 * constant `const v = EXPR` (MODE_CONSTANT). */
static const struct { const char *v, *w; int ok; } assign_cases[] = {
	/* identical types */
	{"int", "int", 1},
	{"A", "A", 1},
	{"byte", "uint8", 1},
	{"rune", "int32", 1},
	{"map[string]int", "map[string]int", 1},
	{"int", "int64", 0},
	{"[2]int", "[3]int", 0},
	{"int", "[]int", 0},
	/* the same underlying type, one side unnamed; int is a named type */
	{"[]int", "A", 1},
	{"A", "[]int", 1},
	{"struct{ x int }", "St", 1},
	{"St", "struct{ x int }", 1},
	{"St", "struct{ y int }", 0},
	{"func()", "F", 1},
	{"chan int", "Ch", 1},
	{"int", "MyInt", 0},
	{"MyInt", "int", 0},
	{"*int", "*MyInt", 0},
	/* two different named types */
	{"A", "B", 0},
	{"Ch", "RCh", 0},
	/* interfaces: value and pointer receivers */
	{"T", "IM", 1},
	{"*T", "IM", 1},
	{"PT", "IM", 0},
	{"*PT", "IM", 1},
	{"T", "IN", 0},
	{"IN", "IM", 1},
	{"IM", "IN", 0},
	{"IM", "interface{ M() }", 1},
	{"IM", "T", 0},
	{"T", "interface{}", 1},
	{"int", "any", 1},
	{"*int", "error", 0},
	{"error", "interface{ Error() string }", 1},
	/* nil: pointers, slices, maps, channels, functions, interfaces */
	{"nil", "*int", 1},
	{"nil", "[]int", 1},
	{"nil", "map[string]int", 1},
	{"nil", "chan int", 1},
	{"nil", "func()", 1},
	{"nil", "IM", 1},
	{"nil", "error", 1},
	{"nil", "any", 1},
	{"nil", "A", 1},
	{"nil", "F", 1},
	{"nil", "unsafe.Pointer", 1},
	{"nil", "int", 0},
	{"nil", "string", 0},
	{"nil", "bool", 0},
	{"nil", "St", 0},
	{"nil", "struct{}", 0},
	{"nil", "[2]int", 0},
	/* channels: a bidirectional one to a directional one */
	{"chan int", "<-chan int", 1},
	{"chan int", "chan<- int", 1},
	{"<-chan int", "chan int", 0},
	{"chan<- int", "chan int", 0},
	{"chan<- int", "<-chan int", 0},
	{"chan int", "RCh", 1},
	{"Ch", "<-chan int", 1},
	{"chan int", "<-chan int32", 0},
	/* untyped constants: representable or not */
	{"=300", "int", 1},
	{"=300", "byte", 0},
	{"=255", "byte", 1},
	{"=256", "uint8", 0},
	{"=-1", "uint", 0},
	{"=-128", "int8", 1},
	{"=128", "int8", 0},
	{"=1 << 63", "int64", 0},
	{"=1 << 63", "uint64", 1},
	{"=1", "MyInt", 1},
	{"=1", "any", 1},
	{"=1", "IM", 0},
	{"=1", "*int", 0},
	{"='a'", "byte", 1},
	{"='a'", "string", 0},
	{"=\"s\"", "string", 1},
	{"=\"s\"", "int", 0},
	{"=\"s\"", "[]byte", 0},
	{"=true", "bool", 1},
	{"=1 < 2", "bool", 1},
	{"=true", "int", 0},
	/* typed constants are values of their type */
	{"=byte(3)", "uint8", 1},
	{"=byte(3)", "int", 0},
	{"=MyInt(3)", "int", 0},
};

/* The operand for assign_cases[i].v, declared in the program as v. */
static Operand value_operand(const char *v)
{
	Operand x = {0};
	if (strcmp(v, "nil") == 0) {
		x.mode = MODE_VALUE;
		x.type = types_basic[TYPE_UNTYPED_NIL];
		return x;
	}
	Object *o = object("v");
	x.mode = v[0] == '=' ? MODE_CONSTANT : MODE_VALUE;
	x.type = o->type;
	x.val = o->val;
	return x;
}

START_TEST(test_assignable)
{
	const char *v = assign_cases[_i].v, *w = assign_cases[_i].w;
	const char *decl_v = strcmp(v, "nil") == 0 ? "" :
	                     v[0] == '=' ? arena_sprintf(&tu.arena, "const v %s\n", v) :
	                     arena_sprintf(&tu.arena, "var v %s\n", v);
	check_ok(arena_sprintf(&tu.arena, "%s%svar w %s\n", assign_prelude, decl_v, w));
	Operand x = value_operand(v);
	const char *reason = NULL;
	int ok = assignable_to(tt, &x, type_of("w"), &reason);
	ck_assert_msg(ok == assign_cases[_i].ok, "%s assignable to %s: got %d, want %d",
	              v, w, ok, assign_cases[_i].ok);
	if (ok)
		ck_assert_msg(reason == NULL, "%s to %s: reason %s", v, w, reason);
}
END_TEST

/* The reasons assignable_to gives, as gc's messages end:
 *     cannot use v (variable of type PT) as type IM in variable declaration:
 *         PT does not implement IM (M method has pointer receiver) */
static const struct { const char *v, *w, *reason; } assign_reasons[] = {
	{"PT", "IM", "PT does not implement IM (M method has pointer receiver)"},
	{"T", "IN", "T does not implement IN (missing N method)"},
	{"IM", "IN", "IM does not implement IN (missing N method)"},
	{"*int", "error", "*int does not implement error (missing Error method)"},
	{"IM", "T", "need type assertion"},
};

START_TEST(test_assignable_reason)
{
	const char *v = assign_reasons[_i].v, *w = assign_reasons[_i].w;
	check_ok(arena_sprintf(&tu.arena, "%svar v %s\nvar w %s\n", assign_prelude, v, w));
	Operand x = value_operand(v);
	const char *reason = NULL;
	ck_assert(!assignable_to(tt, &x, type_of("w"), &reason));
	ck_assert_ptr_nonnull(reason);
	ck_assert_str_eq(reason, assign_reasons[_i].reason);
}
END_TEST

/* The checker's errors for "package main\nDECLS\nfunc main() {}\n",
 * as tu_errors() gives them. */
static const char *check_errors(const char *decls)
{
	const char *src = arena_sprintf(&tu.arena, "package main\n%s\nfunc main() {}\n", decls);
	Node *file = tu_parse_ok(src);
	tt = types_new(&tu.arena, &tu.names, &tu.diag);
	pkg = types_check(tt, &file, 1);
	return tu_errors();
}

/* A blank package-level variable is checked like any other: its value
 * must be assignable to its type, and what it names counts as used.
 * BUG: the checker never checks package-level `var _` declarations (they
 * are not in the package scope, and only what is there gets resolved):
 * it accepts `var _ int = "s"`, and reports `imported and not used:
 * "unsafe"` for an import used only by `var _ unsafe.Pointer`.  The
 * expected errors are gc's. */
static const struct { const char *decls, *errors; } blank_vars[] = {
	{"var _ int = \"s\"",
	 "2:13: cannot use \"s\" (untyped string constant) as int value in variable declaration\n"},
	{"var _ = undefined", "2:9: undefined: undefined\n"},
	{"import \"unsafe\"\nvar _ unsafe.Pointer", ""},
	{"var _ int = 1", ""},
};

START_TEST(test_assignable_blank_var)
{
	ck_assert_str_eq(check_errors(blank_vars[_i].decls), blank_vars[_i].errors);
}
END_TEST

/* ---- method sets (Go spec: Method sets) ----------------------------------- */

/* T has A with a value receiver and B with a pointer receiver; S embeds
 * T, P embeds *T.  The method sets are
 *     T: A     *T: A B     S: A     *S: A B     P: A B     *P: A B */
static const char methods_prelude[] =
	"type T struct{}\n"
	"func (T) A() {}\n"
	"func (*T) B() {}\n"
	"type S struct{ T }\n"
	"type P struct{ *T }\n"
	"var ia interface{ A() }\n"
	"var ib interface{ B() }\n"
	"var iab interface{ A(); B() }\n";

/* Does type V implement the interface of variable iface?  missing is
 * the method types_missing_method reports (NULL: V implements it), err
 * the text of types_implements_error, as gc's message ends. */
static const struct { const char *v, *iface, *missing, *err; } implements_cases[] = {
	{"T", "ia", NULL, NULL},
	{"T", "ib", "B", "T does not implement interface{B()} (B method has pointer receiver)"},
	{"T", "iab", "B", "T does not implement interface{A(); B()} (B method has pointer receiver)"},
	{"*T", "ia", NULL, NULL},
	{"*T", "ib", NULL, NULL},
	{"*T", "iab", NULL, NULL},
	{"S", "ia", NULL, NULL},
	{"S", "ib", "B", "S does not implement interface{B()} (B method has pointer receiver)"},
	{"S", "iab", "B", "S does not implement interface{A(); B()} (B method has pointer receiver)"},
	{"*S", "ia", NULL, NULL},
	{"*S", "ib", NULL, NULL},
	{"*S", "iab", NULL, NULL},
	{"P", "ia", NULL, NULL},
	{"P", "ib", NULL, NULL},
	{"P", "iab", NULL, NULL},
	{"*P", "ia", NULL, NULL},
	{"*P", "ib", NULL, NULL},
	{"*P", "iab", NULL, NULL},
};

START_TEST(test_implements)
{
	check_ok(methods_prelude);
	const char *v = implements_cases[_i].v, *iface = implements_cases[_i].iface;
	Type *V = type_of(v), *I = type_of(iface);
	Object *alt = NULL;
	Object *m = types_missing_method(tt, V, I, 1, &alt);
	const char *err = types_implements_error(tt, V, I);
	if (!implements_cases[_i].missing) {
		ck_assert_msg(m == NULL, "%s lacks %s of %s", v, m ? m->name : "", iface);
		ck_assert_msg(err == NULL, "%s: %s", v, err);
	} else {
		ck_assert_msg(m != NULL, "%s implements %s", v, iface);
		ck_assert_str_eq(m->name, implements_cases[_i].missing);
		ck_assert_ptr_nonnull(err);
		ck_assert_str_eq(err, implements_cases[_i].err);
	}
}
END_TEST

/* types_lookup(V, name): the method found, the path to it (field indices,
 * then the method's index among its type's methods) and whether a
 * pointer is followed.  These are go/types' LookupFieldOrMethod with
 * addressable set: types_lookup leaves the addressability of x.B for a
 * pointer-receiver B to its caller. */
static const struct {
	const char *v, *name;
	int method;            /* index in T's methods: 0 A, 1 B */
	int path_len, path[2];
	int indirect;
} lookup_cases[] = {
	{"T", "A", 0, 1, {0}, 0},
	{"T", "B", 1, 1, {1}, 0},
	{"*T", "A", 0, 1, {0}, 1},
	{"*T", "B", 1, 1, {1}, 1},
	{"S", "A", 0, 2, {0, 0}, 0},
	{"S", "B", 1, 2, {0, 1}, 0},
	{"*S", "A", 0, 2, {0, 0}, 1},
	{"*S", "B", 1, 2, {0, 1}, 1},
	{"P", "A", 0, 2, {0, 0}, 1},
	{"P", "B", 1, 2, {0, 1}, 1},
	{"*P", "A", 0, 2, {0, 0}, 1},
	{"*P", "B", 1, 2, {0, 1}, 1},
};

START_TEST(test_lookup_method)
{
	check_ok(methods_prelude);
	const char *v = lookup_cases[_i].v, *name = lookup_cases[_i].name;
	Type *T = type_of("T");
	Selection sel = {0};
	int ambiguous = -1;
	Object *o = types_lookup(tt, type_of(v), pkg, intern_cstr(&tu.names, name), &sel, &ambiguous);
	ck_assert_msg(o != NULL, "%s.%s not found", v, name);
	ck_assert_int_eq(ambiguous, 0);
	ck_assert_int_eq(o->kind, OBJ_FUNC);
	ck_assert_ptr_eq(o, T->u.named.methods.items[lookup_cases[_i].method]);
	ck_assert_ptr_eq(sel.obj, o);
	ck_assert_int_eq(sel.kind, SEL_METHOD);
	ck_assert_int_eq(sel.path_len, lookup_cases[_i].path_len);
	for (int k = 0; k < sel.path_len; k++)
		ck_assert_msg(sel.path[k] == lookup_cases[_i].path[k], "%s.%s: path[%d] = %d, want %d",
		              v, name, k, sel.path[k], lookup_cases[_i].path[k]);
	ck_assert_msg(sel.indirect == lookup_cases[_i].indirect, "%s.%s: indirect %d, want %d",
	              v, name, sel.indirect, lookup_cases[_i].indirect);
}
END_TEST

/* Fields through embedding, and what is not there. */
START_TEST(test_lookup_field)
{
	check_ok(methods_prelude);
	Selection sel = {0};
	int ambiguous = -1;
	/* S.T is the embedded field itself: path [0] */
	Object *o = types_lookup(tt, type_of("S"), pkg, intern_cstr(&tu.names, "T"), &sel, &ambiguous);
	ck_assert_ptr_nonnull(o);
	ck_assert_int_eq(o->kind, OBJ_VAR);
	ck_assert_int_eq(sel.kind, SEL_FIELD);
	ck_assert_int_eq(sel.path_len, 1);
	ck_assert_int_eq(sel.path[0], 0);
	ck_assert_int_eq(sel.indirect, 0);
	/* (*P).T: the field of type *T, reached through the pointer to P */
	o = types_lookup(tt, type_of("*P"), pkg, intern_cstr(&tu.names, "T"), &sel, &ambiguous);
	ck_assert_ptr_nonnull(o);
	ck_assert_int_eq(sel.kind, SEL_FIELD);
	ck_assert_int_eq(sel.indirect, 1);
	ck_assert_int_eq(o->type->kind, TYPE_POINTER);
	/* no C anywhere, and a pointer to a pointer has no methods */
	ck_assert_ptr_null(types_lookup(tt, type_of("*S"), pkg, intern_cstr(&tu.names, "C"),
	                                &sel, &ambiguous));
	ck_assert_int_eq(ambiguous, 0);
	ck_assert_ptr_null(types_lookup(tt, types_pointer(tt, type_of("*T")), pkg,
	                                intern_cstr(&tu.names, "A"), &sel, &ambiguous));
}
END_TEST

/* Two A's at the same depth collide; a shallower one wins. */
START_TEST(test_lookup_ambiguous)
{
	check_ok("type T struct{}\n"
	         "func (T) A() {}\n"
	         "type U struct{}\n"
	         "func (U) A() {}\n"
	         "type Both struct{ T; U }\n"
	         "type Own struct{ T; U }\n"
	         "func (Own) A() {}\n"
	         "type Deep struct{ Both; x int }\n"
	         "var ia interface{ A() }\n");
	Selection sel = {0};
	int ambiguous = 0;
	const char *A = intern_cstr(&tu.names, "A");
	ck_assert_ptr_null(types_lookup(tt, type_of("Both"), pkg, A, &sel, &ambiguous));
	ck_assert_int_eq(ambiguous, 1);
	ck_assert_ptr_null(types_lookup(tt, type_of("Deep"), pkg, A, &sel, &ambiguous));
	ck_assert_int_eq(ambiguous, 1);
	Object *o = types_lookup(tt, type_of("Own"), pkg, A, &sel, &ambiguous);
	ck_assert_int_eq(ambiguous, 0);
	ck_assert_ptr_eq(o, type_of("Own")->u.named.methods.items[0]);
	ck_assert_int_eq(sel.path_len, 1);
	/* so Both has no method A and does not implement interface{ A() } */
	Object *alt = NULL;
	Object *m = types_missing_method(tt, type_of("Both"), type_of("ia"), 1, &alt);
	ck_assert_ptr_nonnull(m);
	ck_assert_str_eq(m->name, "A");
	ck_assert_ptr_null(types_missing_method(tt, type_of("Own"), type_of("ia"), 1, &alt));
}
END_TEST

/* ---- struct layout (Go spec: Size and alignment guarantees) ------------- */

/* `var v TYPE`, laid out by types_layout.  The numbers are gc's on amd64
 * (arm64 is the same), printed by a Go 1.19 program built with gc:
 * unsafe.Sizeof, unsafe.Alignof, and each field's offset (reflect's
 * StructField.Offset, which is unsafe.Offsetof). */
static const char layout_prelude[] =
	"import \"unsafe\"\n"
	"var up unsafe.Pointer\n"
	"type N struct{ a int8; b int32 }\n";

static const struct {
	const char *type;
	int64_t size, align;
	int nfields;
	int64_t offsets[6];
} layout_cases[] = {
	{"struct{}", 0, 1, 0, {0}},
	{"struct{ a bool; b int8; c int64; d int32 }", 24, 8, 4, {0, 1, 8, 16}},
	{"struct{ a int8; b int64; c int8 }", 24, 8, 3, {0, 8, 16}},
	{"struct{ a bool; b int16; c bool; d int32; e bool }", 16, 4, 5, {0, 2, 4, 8, 12}},
	{"struct{ a byte; r rune; b uint16 }", 12, 4, 3, {0, 4, 8}},
	{"struct{ a int32; b struct{ c int8; d int64 }; e int8 }", 32, 8, 3, {0, 8, 24}},
	{"struct{ x int8; n N; y int8 }", 16, 4, 3, {0, 4, 12}},
	{"struct{ a [3]struct{ b int32; c int8 }; d int8 }", 28, 4, 2, {0, 24}},
	{"struct{ a int8; b [3]int16; c int8 }", 10, 2, 3, {0, 2, 8}},
	{"struct{ a [2]string; b bool }", 40, 8, 2, {0, 32}},
	{"struct{ a bool; s string; b bool }", 32, 8, 3, {0, 8, 24}},
	{"struct{ a int8; s []int; m map[string]int }", 40, 8, 3, {0, 8, 32}},
	{"struct{ a bool; i interface{}; e error; p *int }", 48, 8, 4, {0, 8, 24, 40}},
	{"struct{ f func(); c chan int; u uintptr; p unsafe.Pointer }", 32, 8, 4, {0, 8, 16, 24}},
	{"struct{ a uint16; b [5]byte }", 8, 2, 2, {0, 2}},
	/* zero-size fields: one byte of padding after a trailing one */
	{"struct{ a int64; b struct{} }", 16, 8, 2, {0, 8}},
	{"struct{ b struct{}; a int64 }", 8, 8, 2, {0, 0}},
	{"struct{ a struct{}; b struct{} }", 0, 1, 2, {0, 0}},
	{"struct{ a int8; b struct{}; c int8 }", 2, 1, 3, {0, 1, 1}},
	{"struct{ a int8; e struct{ b struct{} } }", 2, 1, 2, {0, 1}},
	{"struct{ a int32; z [0]int }", 16, 8, 2, {0, 8}},
	{"struct{ a int8; z [0]int64; c int8 }", 16, 8, 3, {0, 8, 8}},
	{"struct{ z [0]int }", 0, 8, 1, {0}},
	{"struct{ a int32; s struct{} ; b int32 }", 8, 4, 3, {0, 4, 4}},
	/* not structs */
	{"[0]int", 0, 8, 0, {0}},
	{"[0]struct{}", 0, 1, 0, {0}},
	{"[5]byte", 5, 1, 0, {0}},
	{"[3]struct{ a int32; b int8 }", 24, 4, 0, {0}},
	{"[2]struct{ a int64; b struct{} }", 32, 8, 0, {0}},
	{"string", 16, 8, 0, {0}},
	{"[]int", 24, 8, 0, {0}},
	{"interface{}", 16, 8, 0, {0}},
	{"map[int]int", 8, 8, 0, {0}},
	{"N", 8, 4, 2, {0, 4}},
};

START_TEST(test_layout)
{
	check_ok(arena_sprintf(&tu.arena, "%svar v %s\n", layout_prelude, layout_cases[_i].type));
	Type *T = type_of("v");
	types_layout(T);
	const char *ts = layout_cases[_i].type;
	ck_assert_msg(T->size == layout_cases[_i].size, "Sizeof(%s) = %lld, want %lld", ts,
	              (long long)T->size, (long long)layout_cases[_i].size);
	ck_assert_msg(T->align == layout_cases[_i].align, "Alignof(%s) = %lld, want %lld", ts,
	              (long long)T->align, (long long)layout_cases[_i].align);
	Type *u = types_underlying(T);
	if (u->kind != TYPE_STRUCT) {
		ck_assert_int_eq(layout_cases[_i].nfields, 0);
		return;
	}
	ck_assert_int_eq(u->u.strct.fields.len, layout_cases[_i].nfields);
	for (int k = 0; k < u->u.strct.fields.len; k++) {
		int64_t off = u->u.strct.fields.items[k].offset;
		ck_assert_msg(off == layout_cases[_i].offsets[k], "%s: field %d at %lld, want %lld",
		              ts, k, (long long)off, (long long)layout_cases[_i].offsets[k]);
	}
}
END_TEST

/* The basic types, and the rule that a struct's size is a multiple of its
 * alignment, on types built by hand. */
START_TEST(test_layout_built_types)
{
	check_ok("");
	static const struct { const char *name; int64_t size, align; } basics[] = {
		{"bool", 1, 1}, {"int8", 1, 1}, {"uint8", 1, 1}, {"byte", 1, 1},
		{"int16", 2, 2}, {"uint16", 2, 2}, {"int32", 4, 4}, {"rune", 4, 4},
		{"uint32", 4, 4}, {"int64", 8, 8}, {"uint64", 8, 8}, {"int", 8, 8},
		{"uint", 8, 8}, {"uintptr", 8, 8}, {"string", 16, 8}, {"error", 16, 8},
	};
	for (size_t k = 0; k < sizeof basics / sizeof *basics; k++) {
		Type *T = universe_type(basics[k].name);
		types_layout(T);
		ck_assert_msg(T->size == basics[k].size && T->align == basics[k].align,
		              "%s: size %lld align %lld, want %lld %lld", basics[k].name,
		              (long long)T->size, (long long)T->align,
		              (long long)basics[k].size, (long long)basics[k].align);
	}
	Type *i16 = universe_type("int16");
	Type *p = types_pointer(tt, i16), *s = types_slice(tt, i16);
	Type *a = types_array(tt, i16, 7), *m = types_map(tt, i16, i16);
	Type *c = types_chan(tt, i16, CHAN_RECV);
	Type *aa = types_array(tt, a, 3);
	types_layout(p);
	types_layout(s);
	types_layout(a);
	types_layout(m);
	types_layout(c);
	types_layout(aa);
	ck_assert_int_eq(p->size, 8);
	ck_assert_int_eq(s->size, 24);
	ck_assert_int_eq(s->align, 8);
	ck_assert_int_eq(a->size, 14);
	ck_assert_int_eq(a->align, 2);
	ck_assert_int_eq(m->size, 8);
	ck_assert_int_eq(c->size, 8);
	ck_assert_int_eq(aa->size, 42);
	ck_assert_int_eq(aa->align, 2);
}
END_TEST

/* ---- untyped constants (Go spec: Representability) ---------------------- */

/* The range of each integer type: min and max are representable, min-1
 * and max+1 are not. */
static const struct { const char *type, *min, *max, *below, *above; } ranges[] = {
	{"int8", "-128", "127", "-129", "128"},
	{"int16", "-32768", "32767", "-32769", "32768"},
	{"int32", "-2147483648", "2147483647", "-2147483649", "2147483648"},
	{"rune", "-2147483648", "2147483647", "-2147483649", "2147483648"},
	{"int64", "-9223372036854775808", "9223372036854775807",
	 "-9223372036854775809", "9223372036854775808"},
	{"int", "-9223372036854775808", "9223372036854775807",
	 "-9223372036854775809", "9223372036854775808"},
	{"uint8", "0", "255", "-1", "256"},
	{"byte", "0", "255", "-1", "256"},
	{"uint16", "0", "65535", "-1", "65536"},
	{"uint32", "0", "4294967295", "-1", "4294967296"},
	{"uint64", "0", "18446744073709551615", "-1", "18446744073709551616"},
	{"uint", "0", "18446744073709551615", "-1", "18446744073709551616"},
	{"uintptr", "0", "18446744073709551615", "-1", "18446744073709551616"},
};

/* A decimal integer with an optional '-'. */
static ConstVal *int_val(const char *s)
{
	ConstVal *v = const_parse_int(&tu.arena, s[0] == '-' ? s + 1 : s);
	ck_assert_ptr_nonnull(v);
	return s[0] == '-' ? const_unary(&tu.arena, TOK_SUB, v, 0) : v;
}

START_TEST(test_representable_range)
{
	check_ok("");
	Type *T = universe_type(ranges[_i].type);
	const char *in[] = {ranges[_i].min, ranges[_i].max, "0", "1"};
	const char *out[] = {ranges[_i].below, ranges[_i].above};
	for (int k = 0; k < 4; k++)
		ck_assert_msg(representable(tt, int_val(in[k]), T, NULL),
		              "%s should fit %s", in[k], ranges[_i].type);
	for (int k = 0; k < 2; k++)
		ck_assert_msg(!representable(tt, int_val(out[k]), T, NULL),
		              "%s should not fit %s", out[k], ranges[_i].type);
}
END_TEST

/* The same ranges through a defined type: its underlying type decides. */
START_TEST(test_representable_named)
{
	check_ok(arena_sprintf(&tu.arena, "type N %s\n", ranges[_i].type));
	Type *T = type_of("N");
	ck_assert(representable(tt, int_val(ranges[_i].min), T, NULL));
	ck_assert(representable(tt, int_val(ranges[_i].max), T, NULL));
	ck_assert(!representable(tt, int_val(ranges[_i].below), T, NULL));
	ck_assert(!representable(tt, int_val(ranges[_i].above), T, NULL));
}
END_TEST

/* Kinds: an integer is not a string or a boolean, and back; any integer
 * fits the untyped integer types. */
START_TEST(test_representable_kinds)
{
	check_ok("");
	Arena *a = &tu.arena;
	ConstVal *s = const_string(a, "abc", 3), *b = const_bool(a, 1), *one = int_val("1");
	ConstVal *huge = const_shift(a, TOK_SHL, one, 500);
	ck_assert_ptr_nonnull(huge);
	ck_assert(representable(tt, s, universe_type("string"), NULL));
	ck_assert(representable(tt, s, types_basic[TYPE_UNTYPED_STRING], NULL));
	ck_assert(!representable(tt, s, universe_type("int"), NULL));
	ck_assert(!representable(tt, s, universe_type("bool"), NULL));
	ck_assert(representable(tt, b, universe_type("bool"), NULL));
	ck_assert(!representable(tt, b, universe_type("int"), NULL));
	ck_assert(!representable(tt, b, universe_type("string"), NULL));
	ck_assert(!representable(tt, one, universe_type("string"), NULL));
	ck_assert(!representable(tt, one, universe_type("bool"), NULL));
	ck_assert(representable(tt, huge, types_basic[TYPE_UNTYPED_INT], NULL));
	ck_assert(representable(tt, const_unary(a, TOK_SUB, huge, 0),
	                        types_basic[TYPE_UNTYPED_RUNE], NULL));
	ck_assert(!representable(tt, huge, universe_type("uint64"), NULL));
	/* an unknown value (after an error) stays quiet */
	ck_assert(representable(tt, const_unknown(a), universe_type("int8"), NULL));
}
END_TEST

/* ---- running ----------------------------------------------------------------- */

#define N(table) (int)(sizeof table / sizeof *table)

static Suite *types_suite(void)
{
	Suite *s = suite_create("types");

	TCase *tc = tu_tcase("identity");
	tcase_add_loop_test(tc, test_identical, 0, N(identity_cases));
	tcase_add_test(tc, test_identical_built_types);
	suite_add_tcase(s, tc);

	tc = tu_tcase("assignability");
	tcase_add_loop_test(tc, test_assignable, 0, N(assign_cases));
	tcase_add_loop_test(tc, test_assignable_reason, 0, N(assign_reasons));
	tcase_add_loop_test(tc, test_assignable_blank_var, 0, N(blank_vars));
	suite_add_tcase(s, tc);

	tc = tu_tcase("method sets");
	tcase_add_loop_test(tc, test_implements, 0, N(implements_cases));
	tcase_add_loop_test(tc, test_lookup_method, 0, N(lookup_cases));
	tcase_add_test(tc, test_lookup_field);
	tcase_add_test(tc, test_lookup_ambiguous);
	suite_add_tcase(s, tc);

	tc = tu_tcase("layout");
	tcase_add_loop_test(tc, test_layout, 0, N(layout_cases));
	tcase_add_test(tc, test_layout_built_types);
	suite_add_tcase(s, tc);

	tc = tu_tcase("representability");
	tcase_add_loop_test(tc, test_representable_range, 0, N(ranges));
	tcase_add_loop_test(tc, test_representable_named, 0, N(ranges));
	tcase_add_test(tc, test_representable_kinds);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return tu_run(types_suite());
}
