/* universe.c — the names every Go program starts with (Go spec:
 * Predeclared identifiers): the basic types, byte and rune, error and
 * any, the constants true, false and iota, nil, and the builtin
 * functions.  They live in the universe scope, the parent of every
 * package scope, so a program may shadow them (`len := 3` is legal Go).
 *
 * The package unsafe is made here too: its Pointer type and its builtins
 * (Sizeof, Offsetof, Alignof) are known to the checker by name, not
 * declared in Go.
 */
#include <string.h>

#include "check.h"

static Object *declare(Types *t, Scope *s, ObjKind k, const char *name, Type *type)
{
	Object *o = object_new(t, k, intern_cstr(t->names, name), type, POS_NONE);
	scope_insert(s, o);
	return o;
}

static Type *basic(Types *t, TypeKind k, const char *name)
{
	Type *T = types_new_type(t, k);
	T->name = name;
	types_layout(T);
	return T;
}

void universe_init(Types *t)
{
	Scope *u = scope_new(t, NULL, "universe");
	t->universe = u;

	static const char *const names[TYPE_COUNT] = {
#define X(name, spelling, size, sgn) [TYPE_##name] = spelling,
		TYPES_BASIC(X)
#undef X
	};
	types_invalid = basic(t, TYPE_INVALID, "invalid type");
	types_basic[TYPE_INVALID] = types_invalid;
	for (int k = TYPE_BOOL; k <= TYPE_UNTYPED_NIL; k++) {
		types_basic[k] = basic(t, (TypeKind)k, names[k]);
		if (k <= TYPE_STRING)
			declare(t, u, OBJ_TYPE, names[k], types_basic[k]);
	}
	types_byte = basic(t, TYPE_UINT8, "byte");
	types_rune = basic(t, TYPE_INT32, "rune");
	declare(t, u, OBJ_TYPE, "byte", types_byte)->is_alias = 1;
	declare(t, u, OBJ_TYPE, "rune", types_rune)->is_alias = 1;

	/* Go's floating-point and complex types exist, but not in gosub:
	 * naming one says so (the object's type is invalid, and
	 * Object.unsupported says why). */
	static const char *const unsupported[][2] = {
		{"float32", "floating-point type float32"}, {"float64", "floating-point type float64"},
		{"complex64", "complex numbers (complex64)"}, {"complex128", "complex numbers (complex128)"},
	};
	for (size_t i = 0; i < sizeof unsupported / sizeof unsupported[0]; i++)
		declare(t, u, OBJ_TYPE, unsupported[i][0], types_invalid)->unsupported = unsupported[i][1];

	/* type any = interface{} */
	types_any = types_new_type(t, TYPE_INTERFACE);
	types_any->u.iface.complete = 1;
	declare(t, u, OBJ_TYPE, "any", types_any)->is_alias = 1;

	/* type error interface { Error() string } */
	Object *eobj = declare(t, u, OBJ_TYPE, "error", NULL);
	types_error = types_new_type(t, TYPE_NAMED);
	types_error->u.named.obj = eobj;
	eobj->type = types_error;
	Type *iface = types_new_type(t, TYPE_INTERFACE);
	Type *sig = types_new_type(t, TYPE_FUNC);
	Object *res = object_new(t, OBJ_VAR, intern_cstr(t->names, ""),
	                         types_basic[TYPE_STRING], POS_NONE);
	VEC_PUSH(t->arena, sig->u.func.results, res);
	Object *m = object_new(t, OBJ_FUNC, intern_cstr(t->names, "Error"), sig, POS_NONE);
	VEC_PUSH(t->arena, iface->u.iface.methods, m);
	VEC_PUSH(t->arena, iface->u.iface.all, m);
	iface->u.iface.complete = 1;
	types_error->u.named.underlying = iface;
	types_layout(types_error);

	Object *o = declare(t, u, OBJ_CONST, "true", types_basic[TYPE_UNTYPED_BOOL]);
	o->val = const_bool(t->arena, 1);
	o = declare(t, u, OBJ_CONST, "false", types_basic[TYPE_UNTYPED_BOOL]);
	o->val = const_bool(t->arena, 0);
	o = declare(t, u, OBJ_CONST, "iota", types_basic[TYPE_UNTYPED_INT]);
	o->val = const_int64(t->arena, 0);
	declare(t, u, OBJ_NIL, "nil", types_basic[TYPE_UNTYPED_NIL]);

	/* The builtins; unsafe's go into package unsafe below. */
	static const char *const bnames[] = {
#define X(name, spelling) [BUILTIN_##name] = spelling,
		TYPES_BUILTINS(X)
#undef X
	};
	for (int b = BUILTIN_APPEND; b <= BUILTIN_RECOVER; b++)
		declare(t, u, OBJ_BUILTIN, bnames[b], types_invalid)->builtin = (Builtin)b;

	/* package unsafe */
	Package *p = ARENA_NEW(t->arena, Package);
	p->path = p->name = intern_cstr(t->names, "unsafe");
	p->scope = scope_new(t, u, "package unsafe");
	p->checked = 1;
	p->is_lib = 1;
	Object *ptr = declare(t, p->scope, OBJ_TYPE, "Pointer", NULL);
	ptr->pkg = p;
	types_basic[TYPE_UNSAFE_POINTER]->name = "unsafe.Pointer";
	ptr->type = types_basic[TYPE_UNSAFE_POINTER];
	for (int b = BUILTIN_ALIGNOF; b <= BUILTIN_SLICE; b++) {
		Object *f = declare(t, p->scope, OBJ_BUILTIN, bnames[b], types_invalid);
		f->builtin = (Builtin)b;
		f->pkg = p;
	}
	t->unsafe_pkg = p;
}
