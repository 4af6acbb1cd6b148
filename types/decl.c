/* decl.c — declarations: the package scope, type expressions, signatures,
 * local declarations, and the initialization order of package variables.
 *
 * Go lets package-level declarations come in any order:
 *
 *     var total = sum(prices)      // uses sum and prices before they appear
 *     func sum(p []int) int { ... }
 *     var prices = []int{3, 4}
 *
 * so the checker first collects every name (decl_collect), then checks
 * each object when first needed (decl_resolve), painting it grey while
 * it is in progress.  Meeting a grey object again is a cycle: legal
 * through a type definition (type List struct{ next *List }), an error
 * otherwise (type A = B; type B = A), as types2's validCycle decides.
 *
 * While an initializer is checked, every package-level object it uses is
 * recorded in Object.deps; decl_init_order then sorts the variables so
 * that each is initialized after what it depends on, and in source order
 * otherwise (Go spec: Package initialization).  In the example above,
 * prices is initialized before total.
 */
#include <string.h>

#include "check.h"

static const char *alt_decl(Types *t, Object *old)
{
	char buf[256];
	if (!old || old->pos.file < 0)
		return "";
	return arena_sprintf(t->arena, "\n\t%s: other declaration of %s",
	                     pos_string(t->diag, old->pos, buf, sizeof buf), old->name);
}

/* ---- collecting the package scope ------------------------------------------ */


static const char *recv_base_name(Node *recv)
{
	if (!recv || recv->kind != NODE_FIELD)
		return NULL;
	Node *e = AST(recv, field).type;
	for (;;) {
		if (!e)
			return NULL;
		if (e->kind == NODE_PAREN)
			e = AST(e, paren).x;
		else if (e->kind == NODE_STAR)
			e = AST(e, star).x;
		else
			break;
	}
	return e->kind == NODE_NAME ? AST(e, name).name : NULL;
}

static void collect_import(Types *t, Package *pkg, Scope *fs, Node *spec)
{
	Node *lit = AST(spec, import_spec).path;
	if (!lit || lit->kind != NODE_BASIC_LIT || AST(lit, lit).kind != LIT_STRING)
		return;
	const char *path = intern_cstr(t->names, AST(lit, lit).str);
	Node *name = AST(spec, import_spec).name;
	Package *imp = strcmp(path, "unsafe") == 0 ? t->unsafe_pkg : lib_import(t, path);
	if (!imp) {
		check_error(t, lit->pos, "unsupported: import of package %s (gosub knows fmt, strings, "
		            "strconv, sort, errors, os, sync, sync/atomic, unsafe and runtime)",
		            AST(lit, lit).text);
		/* a stand-in with nothing in it, so that math.Sqrt does not
		 * also say "undefined: math" */
		imp = ARENA_NEW(t->arena, Package);
		imp->path = path;
		const char *slash = strrchr(path, '/');
		imp->name = intern_cstr(t->names, slash ? slash + 1 : path);
		imp->scope = scope_new(t, t->universe, "unsupported package");
		imp->fake = 1;
		imp->checked = 1;
	}
	if (name && AST(name, name).name[0] == '.' ) {
		check_error(t, name->pos, "unsupported: dot import");
		return;
	}
	const char *local = name ? AST(name, name).name : intern_cstr(t->names, imp->name);
	Object *o = object_new(t, OBJ_PKGNAME, local, types_invalid,
	                       name ? name->pos : lit->pos);
	o->imported = imp;
	o->pkg = pkg;
	o->decl = spec;
	VEC_PUSH(t->arena, t->imports, o);
	if (local == t->n_blank) {
		check_record_obj(t, name, o);
		return;
	}
	Object *old = scope_insert(fs, o);
	if (old)
		check_error(t, o->pos, "%s redeclared in this block%s", local, alt_decl(t, old));
	check_record_obj(t, name, o);
}

static void declare_pkg(Types *t, Package *pkg, Scope *fs, Node *ident, Object *o)
{
	o->env = fs;
	o->order = ++t->decl_order;
	o->pkg = pkg;
	VEC_PUSH(t->arena, pkg->objs, o);   /* blank ones too: var _ = f() runs f */
	if (o->name == t->n_init && (o->kind != OBJ_FUNC)) {
		check_error(t, o->pos, "cannot declare init - must be func");
		return;
	}
	if (o->name == t->n_main && o->kind != OBJ_FUNC && !pkg->is_lib) {
		check_error(t, o->pos, "cannot declare main - must be func");
		return;
	}
	check_declare(t, pkg->scope, ident, o);
}

void decl_collect(Types *t, Package *pkg)
{
	t->pending_methods.len = 0;
	for (int fi = 0; fi < pkg->files.len; fi++) {
		Node *file = pkg->files.items[fi];
		Scope *fs = scope_new(t, pkg->scope, "file");
		NodeList *decls = &AST(file, file).decls;
		for (int di = 0; di < decls->len; di++) {
			Node *d = decls->items[di];
			if (d->kind == NODE_GEN_DECL) {
				int tok = AST(d, gen_decl).tok;
				Node *last = NULL;   /* the const spec implicit ones repeat */
				NodeList *specs = &AST(d, gen_decl).specs;
				for (int si = 0; si < specs->len; si++) {
					Node *s = specs->items[si];
					if (tok == TOK_IMPORT) {
						collect_import(t, pkg, fs, s);
						continue;
					}
					if (tok == TOK_TYPE) {
						Node *nm = AST(s, type_spec).name;
						Object *o = object_new(t, OBJ_TYPE, AST(nm, name).name, NULL, nm->pos);
						o->decl = s;
						o->is_alias = AST(s, type_spec).alias;
						declare_pkg(t, pkg, fs, nm, o);
						continue;
					}
					if (tok == TOK_CONST && !AST(s, value_spec).implicit)
						last = s;
					NodeList *names = &AST(s, value_spec).names;
					for (int ni = 0; ni < names->len; ni++) {
						Node *nm = names->items[ni];
						Object *o = object_new(t, tok == TOK_CONST ? OBJ_CONST : OBJ_VAR,
						                       AST(nm, name).name, NULL, nm->pos);
						o->decl = s;
						o->vspec = tok == TOK_CONST && last ? last : s;
						o->index = ni;
						o->is_global = tok == TOK_VAR;
						declare_pkg(t, pkg, fs, nm, o);
					}
				}
			} else if (d->kind == NODE_FUNC_DECL) {
				Node *nm = AST(d, func_decl).name;
				Object *o = object_new(t, OBJ_FUNC, AST(nm, name).name, NULL, nm->pos);
				o->decl = d;
				o->env = fs;
				o->pkg = pkg;
				o->order = ++t->decl_order;
				Node *recv = AST(d, func_decl).recv;
				if (recv) {
					check_record_obj(t, nm, o);
					const char *base = recv_base_name(recv);
					if (base && o->name != t->n_blank)
						VEC_PUSH(t->arena, t->pending_methods, ((MethodDecl){o, base}));
					VEC_PUSH(t->arena, pkg->funcs, o);
					continue;
				}
				if (o->name == t->n_init) {
					check_record_obj(t, nm, o);
					Node *ft = AST(d, func_decl).type;
					if (AST(ft, func_type).params.len || AST(ft, func_type).results.len)
						check_error(t, nm->pos, "func init must have no arguments and no return values");
				} else {
					if (o->name == t->n_main && !pkg->is_lib) {
						Node *ft = AST(d, func_decl).type;
						if (AST(ft, func_type).params.len || AST(ft, func_type).results.len)
							check_error(t, nm->pos, "func main must have no arguments and no return values");
					}
					check_declare(t, pkg->scope, nm, o);
				}
				VEC_PUSH(t->arena, pkg->funcs, o);
			}
		}
	}
	/* Methods go to their receiver base types (Go spec: Method
	 * declarations); ones whose base is not a local type are reported
	 * when their signature is checked. */
	for (int i = 0; i < t->pending_methods.len; i++) {
		MethodDecl *m = &t->pending_methods.items[i];
		Object *base = scope_lookup_local(pkg->scope, m->base);
		if (base && base->kind == OBJ_TYPE && !base->is_alias)
			VEC_PUSH(t->arena, base->deps, m->obj);   /* deps of a type: its methods */
	}
}

/* ---- cycles ------------------------------------------------------------------ */

/* types2's cycleError: "invalid recursive type T" (or "illegal cycle in
 * declaration of x" when the first is not a type), then the chain from
 * the cycle's first object in the source, one "refers to" a line. */
static void cycle_error(Types *t, ObjectList *cycle)
{
	int first = 0;
	for (int i = 1; i < cycle->len; i++)
		if (pos_compare(cycle->items[i]->pos, cycle->items[first]->pos) < 0)
			first = i;
	char buf[256];
	Object *start = cycle->items[first];
	const char *msg = start->kind == OBJ_TYPE ?
		arena_sprintf(t->arena, "invalid recursive type %s", start->name) :
		arena_sprintf(t->arena, "illegal cycle in declaration of %s", start->name);
	for (int k = 0; k < cycle->len; k++) {
		Object *o = cycle->items[(first + k) % cycle->len];
		msg = arena_sprintf(t->arena, "%s\n\t%s: %s refers to", msg,
		                    pos_string(t->diag, o->pos, buf, sizeof buf), o->name);
	}
	msg = arena_sprintf(t->arena, "%s\n\t%s: %s", msg,
	                    pos_string(t->diag, start->pos, buf, sizeof buf), start->name);
	check_error(t, start->pos, "%s", msg);
}

static int valid_cycle(Types *t, Object *obj)
{
	int start = -1;
	for (int i = 0; i < t->obj_path.len; i++)
		if (t->obj_path.items[i] == obj)
			start = i;
	if (start < 0)
		return 1;
	int nval = 0, ndef = 0, n = t->obj_path.len - start;
	for (int i = start; i < t->obj_path.len; i++) {
		Object *o = t->obj_path.items[i];
		if (o->kind == OBJ_CONST || o->kind == OBJ_VAR)
			nval++;
		else if (o->kind == OBJ_TYPE && !o->is_alias)
			ndef++;
	}
	if (nval == n)
		return 1;
	if (nval == 0 && ndef > 0)
		return 1;
	ObjectList cycle = {0};
	for (int i = start; i < t->obj_path.len; i++)
		VEC_PUSH(t->arena, cycle, t->obj_path.items[i]);
	cycle_error(t, &cycle);
	return 0;
}

/* ---- resolving package-level objects ------------------------------------------ */

static void const_decl(Types *t, Object *obj);
static void var_decl(Types *t, Object *obj);
static void type_decl(Types *t, Object *obj);
static void func_decl(Types *t, Object *obj);

void decl_resolve(Types *t, Object *obj)
{
	if (!obj->env)   /* universe, imported, or local: nothing to do */
		return;
	if (obj->color == 2)
		return;
	if (obj->color == 1) {
		int ok = valid_cycle(t, obj);
		if ((obj->kind == OBJ_CONST || obj->kind == OBJ_VAR) && (!ok || !obj->type))
			obj->type = types_invalid;
		if (obj->kind == OBJ_TYPE && !ok)
			obj->type = types_invalid;
		if (obj->kind == OBJ_FUNC && !obj->type)
			obj->type = types_new_type(t, TYPE_FUNC);
		return;
	}
	/* Save the environment: resolution can start in the middle of a
	 * function body, at a name it uses. */
	Scope *saved_scope = t->scope;
	FuncCtx *saved_func = t->func;
	Object *saved_decl = t->decl_obj;
	ConstVal *saved_iota = t->iota;
	Pos saved_errpos = t->errpos;
	Package *saved_pkg = t->pkg;
	t->scope = obj->env;
	t->func = NULL;
	t->iota = NULL;
	t->errpos = POS_NONE;
	if (obj->pkg)
		t->pkg = obj->pkg;
	obj->color = 1;
	VEC_PUSH(t->arena, t->obj_path, obj);
	switch (obj->kind) {
	case OBJ_CONST: t->decl_obj = obj; const_decl(t, obj); break;
	case OBJ_VAR: t->decl_obj = obj; var_decl(t, obj); break;
	case OBJ_TYPE: type_decl(t, obj); break;
	case OBJ_FUNC: func_decl(t, obj); break;
	default: break;
	}
	t->obj_path.len--;
	obj->color = 2;
	t->scope = saved_scope;
	t->func = saved_func;
	t->decl_obj = saved_decl;
	t->iota = saved_iota;
	t->errpos = saved_errpos;
	t->pkg = saved_pkg;
}

static Type *const_type(Types *t, Node *typ)
{
	Type *T = check_typexpr(t, typ);
	Type *u = types_underlying(T);
	if (u->kind == TYPE_INVALID)
		return T;
	if (u->kind < TYPE_BOOL || u->kind > TYPE_STRING) {
		check_error_at(t, typ, "invalid constant type %s", type_str(t, T));
		return types_invalid;
	}
	return T;
}

/* types2's arity(): names and values of a spec that do not pair up.
 * Reported once per spec, when its first name is checked. */
static void arity(Types *t, Node *own, Node *src, int is_const)
{
	NodeList *names = &AST(own, value_spec).names;
	NodeList *values = &AST(src, value_spec).values;
	int l = names->len, r = values->len;
	if (l < r) {
		Node *n = values->items[l];
		if (src != own) {
			char buf[256];
			check_error(t, own->pos, "extra init expr at %s",
			            pos_string(t->diag, ast_start_pos(n), buf, sizeof buf));
		} else {
			check_error_at(t, n, "extra init expr %s", expr_str(t, n));
		}
	} else if (l > r && (is_const || r != 1)) {
		Node *n = names->items[r];
		check_error_at(t, n, "missing init expr for %s", AST(n, name).name);
	}
}

/* The constant obj, declared by obj->decl with its type and value from
 * obj->vspec (the same spec unless the declaration is implicit). */
static void const_value(Types *t, Object *obj, Node *own)
{
	Node *src = obj->vspec;
	int inherited = src != own;
	t->iota = const_int64(t->arena, AST(own, value_spec).iota);
	if (obj->index == 0)
		arity(t, own, src, 1);
	if (inherited)
		t->errpos = obj->pos;
	Type *T = NULL;
	if (AST(src, value_spec).type)
		T = const_type(t, AST(src, value_spec).type);
	NodeList *values = &AST(src, value_spec).values;
	Operand x = {0};
	if (obj->index >= values->len) {
		obj->type = types_invalid;
		obj->val = const_unknown(t->arena);
		t->errpos = POS_NONE;
		return;
	}
	Node *e = values->items[obj->index];
	check_expr(t, &x, e);
	if (x.mode != MODE_INVALID && x.mode != MODE_CONSTANT) {
		check_error_at(t, e, "%s is not constant", operand_string(t, &x));
		x.mode = MODE_INVALID;
	}
	if (x.mode != MODE_INVALID && T && T->kind != TYPE_INVALID)
		check_assignable(t, &x, T, "constant declaration");
	if (x.mode == MODE_INVALID) {
		obj->type = types_invalid;
		obj->val = const_unknown(t->arena);
	} else {
		obj->type = x.type;
		obj->val = x.val;
		record_operand(t, &x);
	}
	t->errpos = POS_NONE;
}

static void const_decl(Types *t, Object *obj)
{
	const_value(t, obj, obj->decl);
}

void decl_local_const(Types *t, Object *obj)
{
	ConstVal *saved_iota = t->iota;
	Pos saved_errpos = t->errpos;
	const_value(t, obj, obj->decl);
	t->iota = saved_iota;
	t->errpos = saved_errpos;
}

/* types2's varDecl for obj, one of the names of spec (objs are all of
 * them, in order).  A var with its own initializer is a "variable
 * declaration"; several names from one multi-valued call are an
 * "assignment" as far as the messages go. */
void decl_var(Types *t, Object *obj, ObjectList *objs, Node *spec)
{
	Node *typ = AST(spec, value_spec).type;
	NodeList *values = &AST(spec, value_spec).values;
	int l = objs->len, r = values->len;
	if (obj->index == 0 && (!typ || r > 0))
		arity(t, spec, spec, 0);
	if (typ && !obj->type) {
		Type *T = check_typexpr(t, typ);
		for (int i = 0; i < objs->len; i++)
			objs->items[i]->type = T;
	}
	if (r == 0) {
		if (!obj->type)
			obj->type = types_invalid;
		return;
	}
	if (r == 1 && l > 1) {
		if (obj->index != 0)
			return;   /* typed with the first name */
		Type *T = typ ? obj->type : NULL;
		for (int i = 0; i < objs->len; i++)
			objs->items[i]->type = T;
		check_init_vars(t, objs, values, spec->pos, NULL);
		return;
	}
	if (obj->index >= r) {
		if (!obj->type)
			obj->type = types_invalid;
		obj->used = 1;
		return;
	}
	Operand x = {0};
	check_expr(t, &x, values->items[obj->index]);
	check_init_var(t, obj, &x, "variable declaration");
	if (x.mode != MODE_INVALID)
		record_operand(t, &x);
}

static void var_decl(Types *t, Object *obj)
{
	Node *spec = obj->decl;
	NodeList *names = &AST(spec, value_spec).names;
	ObjectList objs = {0};
	for (int i = 0; i < names->len; i++) {
		Object *o = AST(names->items[i], name).obj;
		if (!o || o->kind != OBJ_VAR) {
			o = object_new(t, OBJ_VAR, AST(names->items[i], name).name, NULL,
			               names->items[i]->pos);
			o->index = i;
		}
		VEC_PUSH(t->arena, objs, o);
	}
	decl_var(t, obj, &objs, spec);
	if (AST(spec, value_spec).values.len == 1 && objs.len > 1)
		for (int i = 0; i < objs.len; i++) {
			if (!objs.items[i]->type)
				objs.items[i]->type = types_invalid;
			if (objs.items[i] != obj && objs.items[i]->color == 0)
				objs.items[i]->color = 2;
		}
}

/* Go spec: Struct types: "a struct type T may not contain a field of
 * type T, or of a type containing T as a component, directly or
 * indirectly, if those containing types are only array or struct types."
 * Walks T through arrays, structs and other named types looking for
 * `named`, collecting the named types passed on the way in path. */
static int contains_named(Type *T, Type *named, ObjectList *path, Arena *a, int depth)
{
	if (!T || depth > 200)
		return 0;
	if (T == named)
		return 1;
	if (T->kind == TYPE_NAMED) {
		Type *u = T->u.named.underlying;
		if (!u)
			return 0;
		VEC_PUSH(a, *path, T->u.named.obj);
		if (contains_named(u, named, path, a, depth + 1))
			return 1;
		path->len--;
		return 0;
	}
	if (T->kind == TYPE_ARRAY)
		return contains_named(T->u.array.elem, named, path, a, depth + 1);
	if (T->kind == TYPE_STRUCT)
		for (int i = 0; i < T->u.strct.fields.len; i++)
			if (contains_named(T->u.strct.fields.items[i].obj->type, named, path, a, depth + 1))
				return 1;
	return 0;
}

static void type_decl(Types *t, Object *obj)
{
	Node *spec = obj->decl;
	if (AST(spec, type_spec).tparams.len) {
		check_error(t, obj->pos, "unsupported: generic type %s", obj->name);
		obj->type = types_invalid;
		return;
	}
	if (obj->is_alias) {
		obj->type = types_invalid;   /* while the aliased type is checked */
		obj->type = check_typexpr(t, AST(spec, type_spec).type);
		return;
	}
	Type *named = types_new_type(t, TYPE_NAMED);
	named->u.named.obj = obj;
	obj->type = named;
	Type *rhs = check_typexpr_def(t, AST(spec, type_spec).type, named);
	if (rhs->kind == TYPE_NAMED && !rhs->u.named.underlying) {
		/* type T T, type A B; type B A: no underlying type to be had */
		ObjectList cycle = {0};
		int start = -1;
		for (int i = 0; i < t->obj_path.len; i++)
			if (t->obj_path.items[i] == rhs->u.named.obj)
				start = i;
		for (int i = start < 0 ? t->obj_path.len - 1 : start; i < t->obj_path.len; i++)
			VEC_PUSH(t->arena, cycle, t->obj_path.items[i]);
		cycle_error(t, &cycle);
		named->u.named.underlying = types_invalid;
		return;
	}
	Type *u = types_underlying(rhs);
	named->u.named.underlying = u ? u : types_invalid;
	ObjectList path = {0};
	VEC_PUSH(t->arena, path, obj);
	if (named->u.named.underlying != types_invalid &&
	    contains_named(named->u.named.underlying, named, &path, t->arena, 0)) {
		cycle_error(t, &path);
		named->u.named.underlying = types_invalid;
	}
	/* The methods declared on it (collected in obj->deps). */
	for (int i = 0; i < obj->deps.len; i++) {
		Object *m = obj->deps.items[i];
		Object *dup = NULL;
		for (int j = 0; j < named->u.named.methods.len; j++)
			if (named->u.named.methods.items[j]->name == m->name)
				dup = named->u.named.methods.items[j];
		if (dup) {
			check_error(t, m->pos, "%s.%s redeclared in this block%s", obj->name, m->name,
			            alt_decl(t, dup));
			continue;
		}
		VEC_PUSH(t->arena, named->u.named.methods, m);
	}
	obj->deps.len = 0;
	Type *st = named->u.named.underlying;
	if (st->kind == TYPE_STRUCT) {
		for (int i = 0; i < st->u.strct.fields.len; i++) {
			Object *f = st->u.strct.fields.items[i].obj;
			for (int j = 0; j < named->u.named.methods.len; j++) {
				Object *m = named->u.named.methods.items[j];
				if (m->name == f->name && f->name != t->n_blank)
					check_error(t, m->pos, "field and method with the same name %s%s",
					            f->name, alt_decl(t, f));
			}
		}
	}
}

static void func_decl(Types *t, Object *obj)
{
	Node *d = obj->decl;
	Object *recv = NULL;
	obj->type = types_new_type(t, TYPE_FUNC);   /* for recursion while resolving */
	if (AST(AST(d, func_decl).type, func_type).tparams.len) {
		check_error(t, obj->pos, "unsupported: generic function %s", obj->name);
		return;
	}
	obj->type = check_signature(t, AST(d, func_decl).recv, AST(d, func_decl).type, &recv);
	if (!AST(d, func_decl).body && !obj->pkg->is_lib)
		check_error(t, obj->pos, "missing function body");
}

void decl_package(Types *t, Package *pkg)
{
	for (int i = 0; i < pkg->objs.len; i++)
		decl_resolve(t, pkg->objs.items[i]);
	for (int i = 0; i < pkg->funcs.len; i++)
		decl_resolve(t, pkg->funcs.items[i]);
	/* The bodies, in source order. */
	for (int i = 0; i < pkg->funcs.len; i++) {
		Object *f = pkg->funcs.items[i];
		Node *body = AST(f->decl, func_decl).body;
		if (!body || !f->type || f->type->kind != TYPE_FUNC ||
		    AST(AST(f->decl, func_decl).type, func_type).tparams.len)
			continue;
		Scope *saved = t->scope;
		Object *saved_decl = t->decl_obj;
		t->scope = f->env;
		t->decl_obj = f;
		check_func_body(t, f->name, f->type, body, NULL);
		t->scope = saved;
		t->decl_obj = saved_decl;
	}
	for (int i = 0; i < t->ifaces.len; i++)
		types_iface_methods(t, t->ifaces.items[i]);
	t->ifaces.len = 0;
	/* Map keys must be comparable (Go spec: Map types); checked now
	 * that every named type has its underlying type. */
	for (int i = 0; i < t->map_keys.len; i++) {
		Node *m = t->map_keys.items[i];
		Type *M = m->type;
		if (!M || M->kind != TYPE_MAP)
			continue;
		Type *k = M->u.map.key;
		if (types_underlying(k)->kind != TYPE_INVALID && !types_comparable(k))
			check_error_at(t, AST(m, map_type).key, "invalid map key type %s", type_str(t, k));
	}
	t->map_keys.len = 0;
	/* Imports nobody used (Go spec: Import declarations). */
	for (int i = 0; i < t->imports.len; i++) {
		Object *o = t->imports.items[i];
		if (o->used || o->pkg != pkg || pkg->is_lib || o->name == t->n_blank || o->imported->fake)
			continue;
		const char *path = o->imported->path;
		const char *elem = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
		if (strcmp(o->name, elem) == 0)
			check_error(t, o->pos, "imported and not used: \"%s\"", path);
		else
			check_error(t, o->pos, "imported and not used: \"%s\" as %s", path, o->name);
	}
	if (!pkg->is_lib) {
		Object *m = scope_lookup_local(pkg->scope, t->n_main);
		if (!m || m->kind != OBJ_FUNC)
			check_error(t, POS_NONE, "function main is undeclared in the main package");
	}
}

/* ---- initialization order ------------------------------------------------------ */

/* The package-level variables and constants obj depends on, looking
 * through functions (a variable initialized by f() depends on what f's
 * body uses). */
static void collect_deps(Object *obj, ObjectList *out, Arena *a, int depth)
{
	if (depth > 10000)
		return;
	for (int i = 0; i < obj->deps.len; i++) {
		Object *d = obj->deps.items[i];
		int seen = 0;
		for (int j = 0; j < out->len; j++)
			seen |= out->items[j] == d;
		if (seen)
			continue;
		VEC_PUSH(a, *out, d);
		if (d->kind == OBJ_FUNC)
			collect_deps(d, out, a, depth + 1);
	}
}

static int find_path(Object *from, Object *to, ObjectList *seen, ObjectList *path, Arena *a)
{
	for (int i = 0; i < seen->len; i++)
		if (seen->items[i] == from)
			return 0;
	VEC_PUSH(a, *seen, from);
	for (int i = 0; i < from->deps.len; i++) {
		Object *d = from->deps.items[i];
		if (d == to || find_path(d, to, seen, path, a)) {
			VEC_PUSH(a, *path, d);
			return 1;
		}
	}
	return 0;
}

/* types2's reportCycle: "initialization loop for a", then the chain
 * a refers to b refers to ... a, one position a line. */
static void report_cycle(Types *t, ObjectList *cycle)
{
	char buf[256];
	Object *obj = cycle->items[0];
	const char *msg = arena_sprintf(t->arena, "initialization loop for %s", obj->name);
	for (int i = cycle->len - 1; i >= 0; i--) {
		msg = arena_sprintf(t->arena, "%s\n\t%s: %s refers to", msg,
		                    pos_string(t->diag, obj->pos, buf, sizeof buf), obj->name);
		obj = cycle->items[i];
	}
	msg = arena_sprintf(t->arena, "%s\n\t%s: %s", msg,
	                    pos_string(t->diag, obj->pos, buf, sizeof buf), obj->name);
	check_error(t, cycle->items[0]->pos, "%s", msg);
}

void decl_init_order(Types *t, Package *pkg)
{
	ObjectList vars = {0};
	for (int i = 0; i < pkg->objs.len; i++) {
		Object *o = pkg->objs.items[i];
		if (o->kind == OBJ_VAR || o->kind == OBJ_CONST)
			VEC_PUSH(t->arena, vars, o);
	}
	int n = vars.len;
	ObjectList *deps = arena_alloc(t->arena, sizeof(ObjectList) * (size_t)(n ? n : 1));
	int *ndeps = arena_alloc(t->arena, sizeof(int) * (size_t)(n ? n : 1));
	int *done = arena_alloc(t->arena, sizeof(int) * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		ObjectList all = {0};
		collect_deps(vars.items[i], &all, t->arena, 0);
		for (int j = 0; j < all.len; j++)
			if (all.items[j]->kind != OBJ_FUNC && all.items[j]->env)
				VEC_PUSH(t->arena, deps[i], all.items[j]);
		ndeps[i] = deps[i].len;
	}
	for (int round = 0; round < n; round++) {
		/* the variable with fewest outstanding dependencies, first in
		 * the source among equals */
		int best = -1;
		for (int i = 0; i < n; i++) {
			if (done[i])
				continue;
			if (best < 0 || ndeps[i] < ndeps[best] ||
			    (ndeps[i] == ndeps[best] && vars.items[i]->order < vars.items[best]->order))
				best = i;
		}
		Object *v = vars.items[best];
		if (ndeps[best] > 0) {
			ObjectList seen = {0}, path = {0};
			if (find_path(v, v, &seen, &path, t->arena))
				report_cycle(t, &path);
		}
		done[best] = 1;
		for (int i = 0; i < n; i++) {
			if (done[i])
				continue;
			for (int j = 0; j < deps[i].len; j++)
				if (deps[i].items[j] == v)
					ndeps[i]--;
		}
		if (v->kind == OBJ_VAR && AST(v->decl, value_spec).values.len > 0)
			VEC_PUSH(t->arena, pkg->init_order, v);
	}
}
