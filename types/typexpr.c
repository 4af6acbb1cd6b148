/* typexpr.c — type expressions: what []map[string]*T written in the
 * source means as a Type, and function signatures with their parameter
 * objects.
 *
 * A type expression is checked like any expression (a name may be a type
 * or not, and only the checker knows), then required to denote a type:
 * `var x len` gets "len (built-in) is not a type", as in gc.
 *
 * Struct fields and interface methods are Objects too, so that selectors
 * (x.f) and method lookups find them the way they find variables.
 */
#include <string.h>

#include "check.h"

static Type *type_of(Types *t, Node *e, Type *def);

Type *check_typexpr(Types *t, Node *e)
{
	return check_typexpr_def(t, e, NULL);
}

Type *check_typexpr_def(Types *t, Node *e, Type *def)
{
	Type *T = type_of(t, e, def);
	if (!T)
		T = types_invalid;
	e->type = T;
	e->mode = MODE_TYPEXPR;
	return T;
}

/* Go spec: Array types: "The length is part of the array's type; it must
 * evaluate to a non-negative constant representable by a value of type
 * int." */
static int64_t array_length(Types *t, Node *e)
{
	if (e->kind == NODE_NAME) {
		Object *o = scope_lookup(t->scope, AST(e, name).name, NULL);
		if (!o) {
			check_error_at(t, e, "undefined: %s", AST(e, name).name);
			return -1;
		}
		if (o->kind != OBJ_CONST) {
			check_error_at(t, e, "invalid array length %s", AST(e, name).name);
			return -1;
		}
	}
	Operand x = {0};
	check_expr(t, &x, e);
	if (x.mode != MODE_CONSTANT) {
		if (x.mode != MODE_INVALID)
			check_error_at(t, e, "array length %s must be constant", operand_string(t, &x));
		return -1;
	}
	if (types_is_untyped(x.type) || types_is_integer(x.type)) {
		if (x.val->kind == CONST_INT) {
			int ok = 1;
			int64_t n = const_to_int64(x.val, &ok);
			if (ok && n >= 0) {
				if (types_is_untyped(x.type))
					update_expr_type(t, e, types_basic[TYPE_INT], 1);
				return n;
			}
			check_error_at(t, e, "invalid array length %s", operand_string(t, &x));
			return -1;
		}
	}
	check_error_at(t, e, "array length %s must be integer", operand_string(t, &x));
	return -1;
}

static Type *struct_type(Types *t, Node *e)
{
	Type *T = types_new_type(t, TYPE_STRUCT);
	T->u.strct.pkg = t->pkg;
	NodeList *fields = &AST(e, struct_type).fields;
	for (int i = 0; i < fields->len; i++) {
		Node *f = fields->items[i];
		Node *tn = AST(f, field).type;
		Type *ft = check_typexpr(t, tn);
		const char *tag = NULL;
		/* Go spec: Struct types: an empty tag is the same as none */
		if (AST(f, field).tag && AST(f, field).tag->kind == NODE_BASIC_LIT &&
		    AST(AST(f, field).tag, lit).len > 0)
			tag = AST(AST(f, field).tag, lit).str;
		NodeList *names = &AST(f, field).names;
		if (names->len == 0) {
			/* embedded: T, *T, pkg.T; the field's name is the type's */
			Node *n = tn;
			int ptr = 0;
			if (n->kind == NODE_STAR) {
				n = AST(n, star).x;
				ptr = 1;
			}
			Node *id = n->kind == NODE_SELECTOR ? AST(n, selector).sel : n;
			if (id->kind != NODE_NAME) {
				check_error_at(t, tn, "invalid embedded field type %s", expr_str(t, tn));
				continue;
			}
			Type *u = types_underlying(ft);
			if (ptr && ft->kind == TYPE_POINTER) {
				Type *base = ft->u.pointer.elem;
				Type *bu = types_underlying(base);
				if (bu->kind == TYPE_POINTER)
					check_error_at(t, tn, "embedded field type cannot be a pointer");
				else if (bu->kind == TYPE_INTERFACE)
					check_error_at(t, tn, "embedded field type cannot be a pointer to an interface");
			} else if (!ptr && u->kind == TYPE_POINTER) {
				check_error_at(t, tn, "embedded field type cannot be a pointer");
			} else if (u->kind == TYPE_UNSAFE_POINTER) {
				check_error_at(t, tn, "embedded field type cannot be unsafe.Pointer");
			}
			Object *o = object_new(t, OBJ_VAR, AST(id, name).name, ft, id->pos);
			o->is_field = 1;
			Field fld = {o, 1, tag, 0};
			for (int j = 0; j < T->u.strct.fields.len; j++) {
				Object *old = T->u.strct.fields.items[j].obj;
				if (old->name == o->name && o->name != t->n_blank) {
					char buf[256];
					check_error(t, id->pos, "%s redeclared\n\t%s: other declaration of %s",
					            o->name, pos_string(t->diag, old->pos, buf, sizeof buf), o->name);
				}
			}
			VEC_PUSH(t->arena, T->u.strct.fields, fld);
			continue;
		}
		for (int k = 0; k < names->len; k++) {
			Node *id = names->items[k];
			Object *o = object_new(t, OBJ_VAR, AST(id, name).name, ft, id->pos);
			o->is_field = 1;
			check_record_obj(t, id, o);
			int dup = 0;
			for (int j = 0; j < T->u.strct.fields.len && !dup; j++) {
				Object *old = T->u.strct.fields.items[j].obj;
				if (old->name == o->name && o->name != t->n_blank) {
					char buf[256];
					check_error(t, id->pos, "%s redeclared\n\t%s: other declaration of %s",
					            o->name, pos_string(t->diag, old->pos, buf, sizeof buf), o->name);
					dup = 1;
				}
			}
			Field fld = {o, 0, tag, 0};
			VEC_PUSH(t->arena, T->u.strct.fields, fld);
		}
	}
	return T;
}

static Type *interface_type(Types *t, Node *e)
{
	Type *T = types_new_type(t, TYPE_INTERFACE);
	NodeList *ms = &AST(e, iface).methods;
	for (int i = 0; i < ms->len; i++) {
		Node *f = ms->items[i];
		NodeList *names = &AST(f, field).names;
		Node *tn = AST(f, field).type;
		if (names->len == 0) {
			if (tn && (tn->kind == NODE_UNION || (tn->kind == NODE_UNARY &&
			                                      AST(tn, unary).op == TOK_TILDE))) {
				check_error_at(t, tn, "unsupported: type constraints (interfaces with type sets)");
				continue;
			}
			Type *et = check_typexpr(t, tn);
			if (et->kind == TYPE_INVALID)
				continue;
			if (!types_is_interface(et)) {
				check_error_at(t, tn, "unsupported: type constraints (interfaces with type sets)");
				continue;
			}
			VEC_PUSH(t->arena, T->u.iface.embeddeds, et);
			VEC_PUSH(t->arena, T->u.iface.embed_pos, tn->pos);
			continue;
		}
		Node *id = names->items[0];
		if (AST(id, name).name == t->n_blank) {
			check_error_at(t, id, "methods must have a unique non-blank name");
			continue;
		}
		Type *sig = check_signature(t, NULL, tn, NULL);
		Object *m = object_new(t, OBJ_FUNC, AST(id, name).name, sig, id->pos);
		/* the receiver of an interface method is the interface */
		Object *recv = object_new(t, OBJ_VAR, intern_cstr(t->names, ""), T, id->pos);
		sig->u.func.recv = recv;
		check_record_obj(t, id, m);
		int dup = 0;
		for (int j = 0; j < T->u.iface.methods.len; j++) {
			Object *old = T->u.iface.methods.items[j];
			if (old->name == m->name) {
				char buf[256];
				check_error(t, id->pos, "duplicate method %s\n\t%s: other declaration of %s",
				            m->name, pos_string(t->diag, old->pos, buf, sizeof buf), m->name);
				dup = 1;
			}
		}
		if (!dup)
			VEC_PUSH(t->arena, T->u.iface.methods, m);
	}
	/* The method set is computed when first needed (types_iface_methods):
	 * an embedded interface may still be in the middle of resolution.
	 * The end of the package computes those nobody needed, for their
	 * duplicate methods. */
	VEC_PUSH(t->arena, t->ifaces, T);
	if (T->u.iface.embeddeds.len == 0)
		types_iface_methods(t, T);   /* nothing to wait for: interface{} is any */
	return T;
}

static Type *type_of(Types *t, Node *e, Type *def)
{
	(void)def;
	switch (e->kind) {
	case NODE_BAD:
		return types_invalid;
	case NODE_NAME:
	case NODE_SELECTOR: {
		Operand x = {0};
		if (e->kind == NODE_NAME)
			check_expr_or_type(t, &x, e);
		else
			check_selector(t, &x, e);
		switch (x.mode) {
		case MODE_TYPEXPR:
			return x.type;
		case MODE_INVALID:
			return types_invalid;
		case MODE_NOVALUE:
			check_error_at(t, e, "%s used as type", operand_string(t, &x));
			return types_invalid;
		default:
			check_error_at(t, e, "%s is not a type", operand_string(t, &x));
			return types_invalid;
		}
	}
	case NODE_PAREN:
		return check_typexpr_def(t, AST(e, paren).x, def);
	case NODE_INDEX:
		check_error_at(t, e, "unsupported: generic type instantiation %s", expr_str(t, e));
		return types_invalid;
	case NODE_ARRAY_TYPE: {
		Node *len = AST(e, array).len;
		if (!len) {
			Type *elem = check_typexpr(t, AST(e, array).elem);
			return types_slice(t, elem);
		}
		if (len->kind == NODE_ELLIPSIS) {
			check_error_at(t, len, "invalid use of [...] array (outside a composite literal)");
			check_typexpr(t, AST(e, array).elem);
			return types_invalid;
		}
		int64_t n = array_length(t, len);
		Type *elem = check_typexpr(t, AST(e, array).elem);
		if (n < 0)
			return types_invalid;
		return types_array(t, elem, n);
	}
	case NODE_ELLIPSIS:
		check_error_at(t, e, "invalid use of '...'");
		return types_invalid;
	case NODE_STRUCT_TYPE:
		return struct_type(t, e);
	case NODE_STAR:
		return types_pointer(t, check_typexpr(t, AST(e, star).x));
	case NODE_FUNC_TYPE:
		if (AST(e, func_type).tparams.len) {
			check_error_at(t, e, "unsupported: generic function type");
			return types_invalid;
		}
		return check_signature(t, NULL, e, NULL);
	case NODE_INTERFACE_TYPE:
		return interface_type(t, e);
	case NODE_MAP_TYPE: {
		Type *k = check_typexpr(t, AST(e, map_type).key);
		Type *v = check_typexpr(t, AST(e, map_type).value);
		Type *M = types_map(t, k, v);
		/* Key comparability is checked at the end: k may be a named
		 * type whose underlying type is not known yet. */
		VEC_PUSH(t->arena, t->map_keys, e);
		e->type = M;
		return M;
	}
	case NODE_CHAN_TYPE:
		return types_chan(t, check_typexpr(t, AST(e, chan_type).elem), AST(e, chan_type).dir);
	default: {
		Operand x = {0};
		check_expr_or_type(t, &x, e);
		if (x.mode == MODE_TYPEXPR)
			return x.type;
		if (x.mode != MODE_INVALID)
			check_error_at(t, e, "%s is not a type", expr_str(t, e));
		return types_invalid;
	}
	}
}

/* Go spec: Function types.  Parameters and results become OBJ_VARs of
 * the signature; the body's scope declares them (stmt.c). */
static void params(Types *t, NodeList *fields, ObjectList *out, int results, int *variadic)
{
	for (int i = 0; i < fields->len; i++) {
		Node *f = fields->items[i];
		Node *tn = AST(f, field).type;
		Type *T;
		if (tn && tn->kind == NODE_ELLIPSIS) {
			if (results || i != fields->len - 1 || AST(f, field).names.len > 1) {
				check_error_at(t, tn, "can only use ... with final parameter in list");
				T = check_typexpr(t, AST(tn, ellipsis).elem);
			} else {
				T = types_slice(t, check_typexpr(t, AST(tn, ellipsis).elem));
				*variadic = 1;
			}
			tn->type = T;
			tn->mode = MODE_TYPEXPR;
		} else {
			T = check_typexpr(t, tn);
		}
		NodeList *names = &AST(f, field).names;
		if (names->len == 0) {
			Object *o = object_new(t, OBJ_VAR, intern_cstr(t->names, ""), T, f->pos);
			o->is_param = !results;
			o->is_result = results;
			VEC_PUSH(t->arena, *out, o);
			continue;
		}
		for (int k = 0; k < names->len; k++) {
			Node *id = names->items[k];
			Object *o = object_new(t, OBJ_VAR, AST(id, name).name, T, id->pos);
			o->is_param = !results;
			o->is_result = results;
			o->decl = id;
			check_record_obj(t, id, o);
			VEC_PUSH(t->arena, *out, o);
		}
	}
}

static void check_receiver(Types *t, Node *recv_field, Object *recv)
{
	Type *rt = recv->type;
	if (rt->kind == TYPE_INVALID)
		return;
	Type *base = rt->kind == TYPE_POINTER ? rt->u.pointer.elem : rt;
	(void)recv_field;
	Pos at = recv->pos;
	if (base->kind == TYPE_INVALID)
		return;
	if (base->kind == TYPE_NAMED) {
		if (base->u.named.obj->pkg != t->pkg) {
			check_error(t, at, "cannot define new methods on non-local type %s",
			            type_str(t, base));
			return;
		}
		Type *u = types_underlying(base);
		const char *cause = NULL;
		if (u->kind == TYPE_UNSAFE_POINTER)
			cause = "unsafe.Pointer";
		else if (u->kind == TYPE_POINTER || u->kind == TYPE_INTERFACE)
			cause = "pointer or interface type";
		if (cause)
			check_error(t, at, "invalid receiver type %s (%s)", type_str(t, base), cause);
		return;
	}
	if (base->kind < TYPE_NAMED)
		check_error(t, at, "cannot define new methods on non-local type %s", type_str(t, base));
	else
		check_error(t, at, "invalid receiver type %s", type_str(t, rt));
}

Type *check_signature(Types *t, Node *recv, Node *ftype, Object **recv_obj)
{
	Type *sig = types_new_type(t, TYPE_FUNC);
	ftype->type = sig;
	ftype->mode = MODE_TYPEXPR;
	if (recv) {
		ObjectList r = {0};
		int v = 0;
		NodeList one = {0};
		VEC_PUSH(t->arena, one, recv);
		params(t, &one, &r, 0, &v);
		if (r.len == 1) {
			sig->u.func.recv = r.items[0];
			if (recv_obj)
				*recv_obj = r.items[0];
			check_receiver(t, recv, r.items[0]);
		}
	}
	params(t, &AST(ftype, func_type).params, &sig->u.func.params, 0, &sig->u.func.variadic);
	int dummy = 0;
	params(t, &AST(ftype, func_type).results, &sig->u.func.results, 1, &dummy);
	return sig;
}

/* ---- local declarations ------------------------------------------------------ */

/* const, var and type inside a function (Go spec: Declarations and
 * scope: "The scope of a constant or variable identifier declared inside
 * a function begins at the end of the ConstSpec or VarSpec"). */
void decl_local(Types *t, Node *gen)
{
	int tok = AST(gen, gen_decl).tok;
	NodeList *specs = &AST(gen, gen_decl).specs;
	Node *last = NULL;
	for (int si = 0; si < specs->len; si++) {
		Node *s = specs->items[si];
		if (tok == TOK_TYPE) {
			Node *nm = AST(s, type_spec).name;
			Object *o = object_new(t, OBJ_TYPE, AST(nm, name).name, NULL, nm->pos);
			o->decl = s;
			o->is_alias = AST(s, type_spec).alias;
			/* The type's name is in scope in its own definition
			 * (type node struct{ next *node }). */
			check_declare(t, t->scope, nm, o);
			if (AST(s, type_spec).tparams.len) {
				check_error(t, o->pos, "unsupported: generic type %s", o->name);
				o->type = types_invalid;
				continue;
			}
			if (o->is_alias) {
				o->type = types_invalid;
				o->type = check_typexpr(t, AST(s, type_spec).type);
				continue;
			}
			Type *named = types_new_type(t, TYPE_NAMED);
			named->u.named.obj = o;
			o->type = named;
			Type *rhs = check_typexpr_def(t, AST(s, type_spec).type, named);
			named->u.named.underlying = types_underlying(rhs);
			continue;
		}
		if (tok == TOK_CONST && !AST(s, value_spec).implicit)
			last = s;
		NodeList *names = &AST(s, value_spec).names;
		ObjectList objs = {0};
		for (int ni = 0; ni < names->len; ni++) {
			Node *nm = names->items[ni];
			Object *o = object_new(t, tok == TOK_CONST ? OBJ_CONST : OBJ_VAR,
			                       AST(nm, name).name, NULL, nm->pos);
			o->decl = s;
			o->vspec = tok == TOK_CONST && last ? last : s;
			o->index = ni;
			check_record_obj(t, nm, o);
			VEC_PUSH(t->arena, objs, o);
		}
		if (tok == TOK_CONST) {
			for (int i = 0; i < objs.len; i++)
				decl_local_const(t, objs.items[i]);
		} else {
			for (int i = 0; i < objs.len; i++)
				decl_var(t, objs.items[i], &objs, s);
			for (int i = 0; i < objs.len; i++)
				if (!objs.items[i]->type)
					objs.items[i]->type = types_invalid;
		}
		for (int i = 0; i < objs.len; i++)
			check_declare(t, t->scope, names->items[i], objs.items[i]);
	}
}
