/* selector.c — x.f (Go spec: Selectors, Qualified identifiers, Method
 * values, Method expressions).
 *
 * One syntax, four meanings, told apart here and recorded in the node's
 * Selection for SSA construction:
 *
 *     fmt.Println     a name from another package (SEL_QUALIFIED)
 *     p.X             a field, maybe promoted through embedded fields
 *                     (SEL_FIELD, with the path of field indices)
 *     c.Inc           a method value, bound to c (SEL_METHOD)
 *     (*Counter).Inc  a method expression, a function whose first
 *                     parameter is the receiver (SEL_METHOD_EXPR)
 *
 * The search itself, through embedded fields, is lookup.c's.
 */
#include <string.h>

#include "check.h"

/* ---- selectors (Go spec: Selectors, Qualified identifiers) --------------------- */

void check_selector(Types *t, Operand *x, Node *e)
{
	Node *xe = AST(e, selector).x;
	Node *sel = AST(e, selector).sel;
	const char *name = AST(sel, name).name;
	Selection *info = ARENA_NEW(t->arena, Selection);
	AST(e, selector).info = info;
	x->expr = e;
	/* pkg.Name */
	if (xe->kind == NODE_NAME) {
		Object *o = scope_lookup(t->scope, AST(xe, name).name, NULL);
		if (o && o->kind == OBJ_PKGNAME) {
			o->used = 1;
			AST(xe, name).obj = o;
			xe->mode = MODE_PKGNAME;
			Package *p = o->imported;
			if (p->fake) {   /* the import was refused already */
				invalidate(x);
				return;
			}
			Object *m = scope_lookup_local(p->scope, name);
			if (!m || !(name[0] >= 'A' && name[0] <= 'Z')) {
				if (m)
					check_error_at(t, sel, "name %s not exported by package %s", name, p->name);
				else
					check_error_at(t, sel, "undefined: %s.%s", AST(xe, name).name, name);
				invalidate(x);
				return;
			}
			AST(sel, name).obj = m;
			info->kind = SEL_QUALIFIED;
			info->obj = m;
			decl_resolve(t, m);
			x->type = m->type ? m->type : types_invalid;
			switch (m->kind) {
			case OBJ_CONST: x->mode = MODE_CONSTANT; x->val = m->val; break;
			case OBJ_TYPE: x->mode = MODE_TYPEXPR; break;
			case OBJ_VAR: x->mode = MODE_VARIABLE; break;
			case OBJ_FUNC: x->mode = MODE_VALUE; break;
			case OBJ_BUILTIN: x->mode = MODE_BUILTIN; x->builtin = m->builtin; break;
			default: invalidate(x); break;
			}
			return;
		}
	}
	check_expr_or_type(t, x, xe);
	if (x->mode == MODE_INVALID)
		goto fail;
	if (x->mode == MODE_NOVALUE || x->mode == MODE_BUILTIN) {
		check_error_at(t, xe, "%s is not an expression", operand_string(t, x));
		goto fail;
	}
	Type *T = x->type;
	if (T->kind == TYPE_INVALID)
		goto fail;
	if (x->mode == MODE_TYPEXPR) {
		/* a method expression T.m or (*T).m */
		int amb = 0;
		Selection s = {0};
		Object *m = types_lookup(t, T, t->pkg, name, &s, &amb);
		if (!m) {
			check_error_at(t, sel, "%s.%s undefined (type %s has no field or method %s)",
			               expr_str(t, xe), name, type_str(t, T), name);
			goto fail;
		}
		if (m->kind != OBJ_FUNC) {
			check_error_at(t, sel, "%s.%s undefined (type %s has no method %s)",
			               expr_str(t, xe), name, type_str(t, T), name);
			goto fail;
		}
		decl_resolve(t, m);
		Type *sig = m->type;
		int ptr_recv = sig->u.func.recv && sig->u.func.recv->type &&
		               sig->u.func.recv->type->kind == TYPE_POINTER;
		if (ptr_recv && !s.indirect && T->kind != TYPE_POINTER &&
		    !types_is_interface(T)) {
			check_error_at(t, sel, "cannot call pointer method %s on %s", name, type_str(t, T));
			goto fail;
		}
		/* func(recv T, params...) results */
		Type *f = types_new_type(t, TYPE_FUNC);
		Object *r = object_new(t, OBJ_VAR, intern_cstr(t->names, ""), T, POS_NONE);
		VEC_PUSH(t->arena, f->u.func.params, r);
		for (int i = 0; i < sig->u.func.params.len; i++)
			VEC_PUSH(t->arena, f->u.func.params, sig->u.func.params.items[i]);
		f->u.func.results = sig->u.func.results;
		f->u.func.variadic = sig->u.func.variadic;
		*info = s;
		info->kind = SEL_METHOD_EXPR;
		check_add_dep(t, m);
		AST(sel, name).obj = m;
		x->mode = MODE_VALUE;
		x->type = f;
		return;
	}
	int amb = 0;
	Selection s = {0};
	Object *obj = types_lookup(t, T, t->pkg, name, &s, &amb);
	if (!obj) {
		if (types_underlying(T)->kind == TYPE_INVALID)
			goto fail;
		if (amb) {
			check_error_at(t, sel, "ambiguous selector %s", expr_str(t, e));
			goto fail;
		}
		Type *Tu = types_underlying(T);
		if (Tu->kind == TYPE_POINTER && types_is_interface(Tu->u.pointer.elem)) {
			check_error_at(t, sel, "%s undefined (type %s is pointer to interface, not interface)",
			               expr_str(t, e), type_str(t, T));
			goto fail;
		}
		/* "..., but does have name": the same name with its first
		 * letter's case changed */
		const char *why = arena_sprintf(t->arena, "type %s has no field or method %s",
		                                type_str(t, T), name);
		char *other = arena_strdup(t->arena, name);
		if (other[0] >= 'a' && other[0] <= 'z')
			other[0] = (char)(other[0] - 'a' + 'A');
		else if (other[0] >= 'A' && other[0] <= 'Z')
			other[0] = (char)(other[0] - 'A' + 'a');
		int amb2;
		if (other[0] != name[0] &&
		    types_lookup(t, T, t->pkg, intern_cstr(t->names, other), NULL, &amb2))
			why = arena_sprintf(t->arena, "%s, but does have %s", why, other);
		check_error_at(t, sel, "%s undefined (%s)", expr_str(t, e), why);
		goto fail;
	}
	AST(sel, name).obj = obj;
	*info = s;
	if (obj->kind == OBJ_VAR) {
		/* a field: addressable if x is, or if a pointer was followed */
		if (x->mode == MODE_VARIABLE || s.indirect)
			x->mode = MODE_VARIABLE;
		else
			x->mode = MODE_VALUE;
		x->type = obj->type;
		x->val = NULL;
		return;
	}
	/* a method: its body counts for the initialization order */
	check_add_dep(t, obj);
	decl_resolve(t, obj);
	Type *sig = obj->type;
	int ptr_recv = sig && sig->kind == TYPE_FUNC && sig->u.func.recv && sig->u.func.recv->type &&
	               sig->u.func.recv->type->kind == TYPE_POINTER;
	if (ptr_recv && !s.indirect && x->mode != MODE_VARIABLE && !types_is_interface(T)) {
		check_error_at(t, sel, "cannot call pointer method %s on %s", name, type_str(t, T));
		goto fail;
	}
	if (ptr_recv && x->mode == MODE_VARIABLE && !s.indirect) {
		/* x.m() means (&x).m(): x must live in memory */
		check_addr_taken(xe);
	}
	x->mode = MODE_VALUE;
	/* the method value's type: the signature without its receiver */
	Type *f = types_new_type(t, TYPE_FUNC);
	f->u.func.params = sig->u.func.params;
	f->u.func.results = sig->u.func.results;
	f->u.func.variadic = sig->u.func.variadic;
	x->type = f;
	x->val = NULL;
	return;
fail:
	invalidate(x);
}
