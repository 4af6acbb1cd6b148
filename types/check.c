/* check.c — the checker's driver, and what all its files share: error
 * reporting, scopes and objects, and the spelling of operands in messages.
 *
 * types_check() runs the phases of types.h's essay in order:
 *     decl_collect     every package-level name into the package scope
 *     decl_package     every package-level declaration checked, then every
 *                      function body (bodies see all package names)
 *     unused imports   "os" imported and not used
 *     decl_init_order  package variables sorted by dependency
 */
#include <stdarg.h>
#include <string.h>

#include "check.h"

Types *types_new(Arena *arena, Interner *names, Diag *diag)
{
	Types *t = ARENA_NEW(arena, Types);
	t->arena = arena;
	t->names = names;
	t->diag = diag;
	t->arch = "amd64";
	t->n_blank = intern_cstr(names, "_");
	t->n_init = intern_cstr(names, "init");
	t->n_main = intern_cstr(names, "main");
	t->n_iota = intern_cstr(names, "iota");
	t->n_error = intern_cstr(names, "error");
	t->n_string = intern_cstr(names, "string");
	universe_init(t);
	return t;
}

Package *types_check(Types *t, Node **files, int nfiles)
{
	Package *pkg = ARENA_NEW(t->arena, Package);
	pkg->path = pkg->name = t->n_main;
	pkg->scope = scope_new(t, t->universe, "package main");
	for (int i = 0; i < nfiles; i++) {
		VEC_PUSH(t->arena, pkg->files, files[i]);
		Node *name = AST(files[i], file).package;
		if (name && name->kind == NODE_NAME && AST(name, name).name != t->n_main)
			check_error(t, name->pos, "unsupported: package %s (gosub compiles commands: "
			            "package main)", AST(name, name).name);
	}
	Package *saved = t->pkg;
	t->pkg = pkg;
	decl_collect(t, pkg);
	decl_package(t, pkg);
	decl_init_order(t, pkg);
	t->pkg = saved;
	pkg->checked = 1;
	VEC_PUSH(t->arena, t->packages, pkg);
	return pkg;
}

/* ---- errors ---------------------------------------------------------------- */

static void report(Types *t, Pos pos, const char *msg)
{
	/* types2's rule: after a first error, a message that mentions an
	 * invalid operand or type in its middle is a consequence of it. */
	if (t->first_err && (strstr(msg + 1, "invalid operand") ||
	                     strstr(msg + 1, "invalid type")))
		return;
	if (t->errpos.file >= 0 && t->errpos.line > 0)
		pos = t->errpos;
	t->first_err = 1;
	t->nerrors++;
	diag_error(t->diag, pos, "%s", msg);
}

static const char *vformat(Types *t, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	char *buf = arena_alloc(t->arena, (size_t)n + 1);
	vsnprintf(buf, (size_t)n + 1, fmt, ap);
	return buf;
}

void check_error(Types *t, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	const char *msg = vformat(t, fmt, ap);
	va_end(ap);
	report(t, pos, msg);
}

/* Where types2 reports an error about node n: syntax.StartPos, which
 * descends into fewer kinds than ast_start_pos (not into a[i:j], k: v,
 * or a parenthesized expression). */
static Pos gc_start_pos(Node *n)
{
	for (;;) {
		switch (n->kind) {
		case NODE_COMPOSITE_LIT:
			if (!AST(n, composite).type)
				return n->pos;
			n = AST(n, composite).type;
			continue;
		case NODE_SELECTOR: n = AST(n, selector).x; continue;
		case NODE_INDEX: n = AST(n, index).x; continue;
		case NODE_TYPE_ASSERT: n = AST(n, assert).x; continue;
		case NODE_BINARY: n = AST(n, binary).x; continue;
		case NODE_CALL: n = AST(n, call).fun; continue;
		case NODE_SEND: n = AST(n, send).chan; continue;
		case NODE_INC_DEC: n = AST(n, inc_dec).x; continue;
		case NODE_ASSIGN:
			if (AST(n, assign).lhs.len == 0)
				return n->pos;
			n = AST(n, assign).lhs.items[0];
			continue;
		case NODE_EXPR_STMT: n = AST(n, expr_stmt).x; continue;
		default:
			return n->pos;
		}
	}
}

void check_error_at(Types *t, Node *n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	const char *msg = vformat(t, fmt, ap);
	va_end(ap);
	report(t, n ? gc_start_pos(n) : POS_NONE, msg);
}

const char *type_str(Types *t, Type *T)
{
	return types_string(t->arena, T);
}

const char *expr_str(Types *t, Node *n)
{
	return ast_string(t->arena, n);
}

static const char *const mode_names[] = {
	[MODE_INVALID] = "invalid operand",
	[MODE_NOVALUE] = "no value",
	[MODE_BUILTIN] = "built-in",
	[MODE_TYPEXPR] = "type",
	[MODE_CONSTANT] = "constant",
	[MODE_VARIABLE] = "variable",
	[MODE_MAPINDEX] = "map index expression",
	[MODE_VALUE] = "value",
	[MODE_COMMAOK] = "comma, ok expression",
	[MODE_PKGNAME] = "package",
};

/* types2's operandString; the table of its forms is in operand.go:
 *     x (variable of type int)        300 (untyped int constant)
 *     c (untyped int constant 7)      k (constant 7 of type T)
 *     nil                             f() (no value)                    */
const char *operand_string(Types *t, Operand *x)
{
	Arena *a = t->arena;
	if (x->type && x->type->kind == TYPE_UNTYPED_NIL &&
	    (x->mode == MODE_VALUE || x->mode == MODE_CONSTANT))
		return "nil";
	const char *expr = x->expr ? expr_str(t, x->expr) : "";
	if (!x->expr && x->mode == MODE_CONSTANT && x->val)
		expr = const_string_of(a, x->val, 1);
	if (!x->expr && x->mode == MODE_TYPEXPR)
		expr = type_str(t, x->type);
	const char *kind = "", *typ = "";
	switch (x->mode) {
	case MODE_INVALID: case MODE_NOVALUE: case MODE_BUILTIN: case MODE_TYPEXPR:
		break;
	default:
		if (!x->type)
			break;
		if (types_is_untyped(x->type))
			kind = arena_sprintf(a, "%s ", x->type->name);
		else if (x->type->kind == TYPE_INVALID)
			typ = " with invalid type";
		else
			typ = arena_sprintf(a, " of type %s", type_str(t, x->type));
	}
	const char *val = "";
	if (x->mode == MODE_CONSTANT && x->val) {
		const char *s = const_string_of(a, x->val, 1);
		if (strcmp(s, expr) != 0)
			val = arena_sprintf(a, " %s", s);
	}
	const char *body = arena_sprintf(a, "%s%s%s%s", kind, mode_names[x->mode], val, typ);
	if (!expr[0])
		return body;
	return arena_sprintf(a, "%s (%s)", expr, body);
}

/* ---- scopes and objects ----------------------------------------------------- */

Scope *scope_new(Types *t, Scope *parent, const char *comment)
{
	Scope *s = ARENA_NEW(t->arena, Scope);
	s->arena = t->arena;
	s->parent = parent;
	s->comment = comment;
	s->start = s->end = POS_NONE;
	return s;
}

Object *scope_lookup_local(Scope *s, const char *name)
{
	for (int i = s->objs.len - 1; i >= 0; i--)
		if (s->objs.items[i]->name == name)
			return s->objs.items[i];
	return NULL;
}

Object *scope_lookup(Scope *s, const char *name, Scope **found_in)
{
	for (; s; s = s->parent) {
		Object *o = scope_lookup_local(s, name);
		if (o) {
			if (found_in)
				*found_in = s;
			return o;
		}
	}
	return NULL;
}

Object *scope_insert(Scope *s, Object *obj)
{
	Object *old = scope_lookup_local(s, obj->name);
	if (old)
		return old;
	/* The package scope grows large in the library; a linear search is
	 * still fine at this size (a few hundred names). */
	VEC_PUSH(s->arena, s->objs, obj);
	obj->parent = s;
	return NULL;
}

Object *object_new(Types *t, ObjKind k, const char *name, Type *type, Pos pos)
{
	Object *o = ARENA_NEW(t->arena, Object);
	o->kind = k;
	o->name = name;
	o->type = type;
	o->pos = pos;
	o->pkg = t->pkg;
	o->id = ++t->next_obj_id;
	o->func_depth = t->func_depth;
	return o;
}

void check_record_obj(Types *t, Node *ident, Object *obj)
{
	(void)t;
	if (ident && ident->kind == NODE_NAME)
		AST(ident, name).obj = obj;
}

void check_declare(Types *t, Scope *s, Node *ident, Object *obj)
{
	check_record_obj(t, ident, obj);
	if (obj->name == t->n_blank)
		return;
	Object *old = scope_insert(s, obj);
	if (old) {
		char buf[128];
		if (old->pos.file >= 0)
			check_error(t, obj->pos, "%s redeclared in this block\n\t%s: other declaration of %s",
			            obj->name, pos_string(t->diag, old->pos, buf, sizeof buf), obj->name);
		else
			check_error(t, obj->pos, "%s redeclared in this block", obj->name);
	}
}
