/* lower.c — package main's typed AST as gc's IR, for the -m=2 report.
 *
 * gc's escape analysis (and so its -m=2 text) sees the program after type
 * checking has rewritten it.  This file makes the same rewrites, on a
 * small IR of its own (GNode, explain.h), and nothing else:
 *
 *   - implicit conversions become nodes: in `var x any = n`, the n is
 *     CONVIFACE(n), a node with a position of its own (gc's rules below)
 *     that prints as n;
 *   - a variadic call packs its extra arguments into an implicit slice
 *     literal, printed "... argument": fmt.Println(a, b) is
 *     fmt.Println(... argument...);
 *   - a method call becomes a call of the method expression with the
 *     receiver first, & or * added as needed: t.Set(p) is (*T).Set(t, p);
 *   - a slice of an array takes its address (SLICEARR(&a)), a field of a
 *     pointer is DOTPTR, p[i] of a pointer to an array is INDEX(*p);
 *   - := and var declare their names (DCL) before assigning them, and
 *     assignments get gc's kinds (AS, AS2, AS2FUNC, AS2DOTTYPE, ...);
 *   - a func literal's uses of enclosing variables become its closure
 *     variables, in the order gc captures them.
 *
 * Each variable has one NAME node (as in gc, where a use of x is x's
 * declaration node), positioned at its declaration.
 */
#include <string.h>

#include "explain.h"
#include "gcpos.h"

/* ---- a map from pointers, in the arena ------------------------------------------ */

typedef struct PtrMap {
	const void **keys;
	void **vals;
	int cap, len;
} PtrMap;

static unsigned ptr_hash(const void *p)
{
	uintptr_t x = (uintptr_t)p;
	x ^= x >> 17;
	x *= 0x9E3779B1u;
	return (unsigned)(x ^ (x >> 15));
}

static void *pm_get(PtrMap *m, const void *k)
{
	if (!m->cap)
		return NULL;
	for (unsigned i = ptr_hash(k) & (unsigned)(m->cap - 1);; i = (i + 1) & (unsigned)(m->cap - 1)) {
		if (!m->keys[i])
			return NULL;
		if (m->keys[i] == k)
			return m->vals[i];
	}
}

static void pm_put(Arena *a, PtrMap *m, const void *k, void *v)
{
	if (2 * (m->len + 1) > m->cap) {
		PtrMap n = {0};
		n.cap = m->cap ? 2 * m->cap : 64;
		n.keys = arena_alloc(a, sizeof(void *) * (size_t)n.cap);
		n.vals = arena_alloc(a, sizeof(void *) * (size_t)n.cap);
		for (int i = 0; i < m->cap; i++)
			if (m->keys[i])
				pm_put(a, &n, m->keys[i], m->vals[i]);
		*m = n;
	}
	unsigned i = ptr_hash(k) & (unsigned)(m->cap - 1);
	while (m->keys[i] && m->keys[i] != k)
		i = (i + 1) & (unsigned)(m->cap - 1);
	if (!m->keys[i])
		m->len++;
	m->keys[i] = k;
	m->vals[i] = v;
}

/* ---- types ------------------------------------------------------------------------- */

int gc_has_pointers(Type *t)
{
	if (!t)
		return 0;
	Type *u = types_underlying(t);
	switch (u->kind) {
	case TYPE_STRING: case TYPE_UNSAFE_POINTER: case TYPE_POINTER: case TYPE_SLICE:
	case TYPE_MAP: case TYPE_CHAN: case TYPE_FUNC: case TYPE_INTERFACE:
	case TYPE_UNTYPED_STRING: case TYPE_UNTYPED_NIL:
		return 1;
	case TYPE_ARRAY:
		return u->u.array.len > 0 && gc_has_pointers(u->u.array.elem);
	case TYPE_STRUCT:
		for (int i = 0; i < u->u.strct.fields.len; i++)
			if (gc_has_pointers(u->u.strct.fields.items[i].obj->type))
				return 1;
		return 0;
	case TYPE_TUPLE:
		for (int i = 0; i < u->u.tuple.types.len; i++)
			if (gc_has_pointers(u->u.tuple.types.items[i]))
				return 1;
		return 0;
	default:
		return 0;
	}
}

/* A type whose values an interface holds in its data word itself: one
 * pointer-shaped word (gc: types.IsDirectIface). */
int gc_is_direct_iface(Type *t)
{
	Type *u = types_underlying(t);
	switch (u->kind) {
	case TYPE_POINTER: case TYPE_CHAN: case TYPE_MAP: case TYPE_FUNC: case TYPE_UNSAFE_POINTER:
		return 1;
	case TYPE_ARRAY:
		return u->u.array.len == 1 && gc_is_direct_iface(u->u.array.elem);
	case TYPE_STRUCT:
		return u->u.strct.fields.len == 1 && gc_is_direct_iface(u->u.strct.fields.items[0].obj->type);
	default:
		return 0;
	}
}

/* ---- the lowering ------------------------------------------------------------------- */

typedef struct Lower {
	Arena *a;
	GProgram *P;
	Package *pkg;
	PtrMap names;           /* Object -> its NAME */
	PtrMap funcs;           /* declared function Object -> GFunc */
	GFunc *fn;              /* the function being lowered */
	int conv_ctx;
	Pos conv_pos;
} Lower;

static GNode *gn(Lower *L, GOp op, Pos pos, Type *t)
{
	GNode *n = ARENA_NEW(L->a, GNode);
	n->op = op;
	n->pos = pos;
	n->type = t;
	n->loc = -1;
	return n;
}

static Node *unparen(Node *e)
{
	while (e && e->kind == NODE_PAREN)
		e = AST(e, paren).x;
	return e;
}

static int is_blank(Node *e)
{
	e = unparen(e);
	return e && e->kind == NODE_NAME && strcmp(AST(e, name).name, "_") == 0;
}

/* x (lowered from src) as a value of type to: an implicit conversion to
 * an interface when to is one and x's type is another. */
static GNode *conv_to(Lower *L, GNode *x, Node *src, Type *to)
{
	if (!x || !to || !types_is_interface(to) || x->op == GO_NIL || !x->type)
		return x;
	if (types_identical(x->type, to))
		return x;
	if (types_underlying(x->type)->kind == TYPE_UNTYPED_NIL)
		return x;
	GNode *c = gn(L, GO_CONVIFACE, gcpos_conv(L->conv_ctx, src, L->conv_pos), to);
	c->implicit = 1;
	c->x = x;
	return c;
}

static GFunc *new_func(Lower *L, const char *name, Object *obj, Type *sig, GFunc *outer)
{
	GFunc *f = ARENA_NEW(L->a, GFunc);
	f->name = name;
	f->obj = obj;
	f->sig = sig;
	f->outer = outer;
	return f;
}

/* The NAME of a variable declared in the function being lowered. */
static GNode *declare(Lower *L, Object *o)
{
	GNode *n = pm_get(&L->names, o);
	if (n)
		return n;
	n = gn(L, GO_NAME, o->pos, o->type);
	n->obj = o;
	n->sym = o->name;
	n->cls = o->is_result ? CLS_RESULT : o->is_param ? CLS_PARAM : CLS_AUTO;
	n->curfn = L->fn;
	pm_put(L->a, &L->names, o, n);
	if (L->fn)
		VEC_PUSH(L->a, L->fn->dcl, n);
	return n;
}

/* fn's closure variable for the variable v (a canonical NAME) declared in
 * an enclosing function; pos is where fn first uses it. */
static GNode *capture(Lower *L, GFunc *fn, GNode *v, Pos pos)
{
	if (v->curfn == fn)
		return v;
	for (int i = 0; i < fn->cvars.len; i++)
		if (fn->cvars.items[i]->canon == v)
			return fn->cvars.items[i];
	GNode *c = gn(L, GO_NAME, pos, v->type);
	c->obj = v->obj;
	c->sym = v->sym;
	c->cls = v->cls;
	c->curfn = fn;
	c->canon = v;
	c->closure_var = 1;
	VEC_PUSH(L->a, fn->cvars, c);
	return c;
}

static const char *lib_name(Lower *L, Object *f)
{
	const char *pkg = f->pkg ? f->pkg->path : "?";
	Object *recv = f->type && f->type->kind == TYPE_FUNC ? f->type->u.func.recv : NULL;
	if (recv) {
		Type *rt = recv->type;
		if (rt->kind == TYPE_POINTER)
			rt = rt->u.pointer.elem;
		return arena_sprintf(L->a, "%s.%s.%s", pkg, rt->kind == TYPE_NAMED ? rt->u.named.obj->name : "?", f->name);
	}
	return arena_sprintf(L->a, "%s.%s", pkg, f->name);
}

static int is_main(Object *o)
{
	return o && o->pkg && strcmp(o->pkg->path, "main") == 0;
}

static void add_ref(Lower *L, GFunc *f)
{
	if (L->fn && f)
		VEC_PUSH(L->a, L->fn->refs, f);
}

static GNode *expr(Lower *L, Node *e);
static void stmt(Lower *L, Node *s, GList *out);
static void stmt_list(Lower *L, NodeList *l, GList *out);
static GFunc *func_lit(Lower *L, Node *e);

/* A name of package main or of a library, as an expression. */
static GNode *object_expr(Lower *L, Object *o, Node *e, const char *spelling)
{
	switch (o->kind) {
	case OBJ_VAR: {
		if (o->is_global) {
			GNode *n = gn(L, GO_NAME, e->pos, o->type);
			n->obj = o;
			n->cls = CLS_GLOBAL;
			n->sym = spelling;
			return n;
		}
		GNode *v = pm_get(&L->names, o);
		if (!v) {
			/* declared where the lowering did not see it: a declaration
			 * of its own, so that the model stays whole */
			v = declare(L, o);
		}
		if (L->fn && v->curfn != L->fn)
			return capture(L, L->fn, v, e->pos);
		return v;
	}
	case OBJ_FUNC: {
		GNode *n = gn(L, GO_NAME, e->pos, o->type);
		n->obj = o;
		n->cls = CLS_FUNC;
		n->sym = spelling;
		if (is_main(o))
			add_ref(L, pm_get(&L->funcs, o));
		return n;
	}
	case OBJ_NIL:
		return gn(L, GO_NIL, e->pos, e->type);
	case OBJ_TYPE: {
		GNode *n = gn(L, GO_TYPE, e->pos, o->type);
		return n;
	}
	default: {
		GNode *n = gn(L, GO_LITERAL, e->pos, e->type);
		n->src = e;
		return n;
	}
	}
}

static GNode *type_node(Lower *L, Type *t, Pos pos)
{
	return gn(L, GO_TYPE, pos, t);
}

/* The receiver x of a method m as m wants it: along embedded fields, then
 * & or * (implicit) to match m's receiver.  pos: the selector's. */
static GNode *method_recv(Lower *L, GNode *x, Selection *sel, Object *m, Pos pos)
{
	Type *t = x->type;
	for (int i = 0; i + 1 < sel->path_len; i++) {
		Type *u = types_underlying(t);
		int ptr = u->kind == TYPE_POINTER;
		Type *st = types_underlying(ptr ? u->u.pointer.elem : t);
		if (st->kind != TYPE_STRUCT || sel->path[i] >= st->u.strct.fields.len)
			break;
		Object *f = st->u.strct.fields.items[sel->path[i]].obj;
		GNode *d = gn(L, ptr ? GO_DOTPTR : GO_DOT, pos, f->type);
		d->x = x;
		d->sym = f->name;
		d->implicit = 1;
		x = d;
		t = f->type;
	}
	Object *recv = m->type && m->type->kind == TYPE_FUNC ? m->type->u.func.recv : NULL;
	if (!recv || types_is_interface(t))
		return x;
	int want_ptr = types_underlying(recv->type)->kind == TYPE_POINTER && recv->type->kind != TYPE_NAMED;
	int have_ptr = types_underlying(t)->kind == TYPE_POINTER && t->kind != TYPE_NAMED;
	if (want_ptr && !have_ptr) {
		GNode *a = gn(L, GO_ADDR, pos, recv->type);
		a->x = x;
		a->implicit = 1;
		x = a;
	} else if (!want_ptr && have_ptr) {
		GNode *d = gn(L, GO_DEREF, pos, t->u.pointer.elem);
		d->x = x;
		d->implicit = 1;
		x = d;
	}
	return x;
}

/* The method expression T.M (T the receiver's type), for a call. */
static GNode *method_expr(Lower *L, Object *m, Pos pos)
{
	Object *recv = m->type->u.func.recv;
	GNode *n = gn(L, GO_METHEXPR, pos, m->type);
	n->x = type_node(L, recv->type, pos);
	n->sym = m->name;
	n->obj = m;
	if (is_main(m))
		add_ref(L, pm_get(&L->funcs, m));
	return n;
}

static GNode *selector(Lower *L, Node *e)
{
	Selection *sel = AST(e, selector).info;
	const char *name = AST(AST(e, selector).sel, name).name;
	if (!sel) {
		GNode *n = gn(L, GO_LITERAL, e->pos, e->type);
		n->src = e;
		return n;
	}
	switch (sel->kind) {
	case SEL_QUALIFIED: {
		/* gc names the package, whatever the import calls it */
		Object *o = sel->obj;
		const char *pkg = o->pkg ? o->pkg->name : AST(AST(e, selector).x, name).name;
		return object_expr(L, o, e, arena_sprintf(L->a, "%s.%s", pkg, name));
	}
	case SEL_METHOD_EXPR: {
		GNode *n = gn(L, GO_METHEXPR, e->pos, e->type);
		n->x = type_node(L, AST(e, selector).x->type, AST(e, selector).x->pos);
		n->sym = name;
		n->obj = sel->obj;
		if (is_main(sel->obj))
			add_ref(L, pm_get(&L->funcs, sel->obj));
		return n;
	}
	case SEL_METHOD: {
		/* a method value x.M (calls are lowered in call()) */
		GNode *x = expr(L, AST(e, selector).x);
		GNode *n = gn(L, GO_METHVALUE, e->pos, e->type);
		n->x = method_recv(L, x, sel, sel->obj, e->pos);
		n->sym = name;
		n->obj = sel->obj;
		if (is_main(sel->obj))
			add_ref(L, pm_get(&L->funcs, sel->obj));
		return n;
	}
	case SEL_FIELD:
	default: {
		GNode *x = expr(L, AST(e, selector).x);
		Type *t = x->type;
		for (int i = 0; i < sel->path_len; i++) {
			Type *u = types_underlying(t);
			int ptr = u->kind == TYPE_POINTER;
			Type *st = types_underlying(ptr ? u->u.pointer.elem : t);
			if (st->kind != TYPE_STRUCT || sel->path[i] >= st->u.strct.fields.len)
				break;
			Object *f = st->u.strct.fields.items[sel->path[i]].obj;
			GNode *d = gn(L, ptr ? GO_DOTPTR : GO_DOT, e->pos, f->type);
			d->x = x;
			d->sym = f->name;
			d->implicit = i + 1 < sel->path_len;
			x = d;
			t = f->type;
		}
		return x;
	}
	}
}

/* gc: typecheck.RewriteMultiValueCall.  f(g()), where g has several
 * results, evaluates g() first into temporaries (t1, t2 = g(), in init),
 * then calls f(t1, t2); gc keeps printing the call as written. */
static GNode **multi_value(Lower *L, GNode *inner, Type *tuple, Pos pos, GList *init, int *n)
{
	TypeList *ts = &tuple->u.tuple.types;
	GNode **tmps = arena_alloc(L->a, sizeof(GNode *) * ((size_t)ts->len + 1));
	GNode *as = gn(L, GO_AS2FUNC, pos, NULL);
	for (int i = 0; i < ts->len; i++) {
		GNode *t = gn(L, GO_NAME, pos, ts->items[i]);
		t->cls = CLS_AUTO;
		t->curfn = L->fn;
		t->autotmp = 1;
		t->defn = as;
		t->sym = arena_sprintf(L->a, ".autotmp_%d", L->fn ? L->fn->dcl.len : 0);
		if (L->fn)
			VEC_PUSH(L->a, L->fn->dcl, t);
		GNode *d = gn(L, GO_DCL, pos, NULL);
		d->x = t;
		VEC_PUSH(L->a, as->init, d);
		VEC_PUSH(L->a, as->list, t);
		tmps[i] = t;
	}
	VEC_PUSH(L->a, as->rlist, inner);
	VEC_PUSH(L->a, *init, as);
	*n = ts->len;
	return tmps;
}

/* A temporary of f(g()) converted for f: at f's position (where gc is
 * when it converts), marked with g()'s (see GNode.multi). */
static GNode *multi_conv(Lower *L, GNode *t, Type *to, Pos at, Pos inner)
{
	int saved = L->conv_ctx;
	Pos saved_pos = L->conv_pos;
	L->conv_ctx = GCPOS_OWN;
	L->conv_pos = at;
	GNode *c = conv_to(L, t, NULL, to);
	L->conv_ctx = saved;
	L->conv_pos = saved_pos;
	if (c != t) {
		c->multi = 1;
		c->multi_pos = inner;
	}
	return c;
}

/* The arguments of a call with signature sig, converted to their
 * parameters' types, the extra ones of a variadic call packed into an
 * implicit slice literal ("... argument"). */
static void call_args(Lower *L, Node *e, Type *sig, GNode *call)
{
	NodeList *args = &AST(e, call).args;
	ObjectList *params = &sig->u.func.params;
	int variadic = sig->u.func.variadic && !AST(e, call).has_dots;
	int fixed = variadic ? params->len - 1 : params->len;
	Node *a0 = args->len == 1 ? unparen(args->items[0]) : NULL;
	if (a0 && a0->type && a0->type->kind == TYPE_TUPLE) {
		/* f(g()) */
		GNode *inner = expr(L, a0);
		int nv;
		GNode **tmps = multi_value(L, inner, a0->type, e->pos, &call->init, &nv);
		call->has_orig = call->keep_orig = 1;
		VEC_PUSH(L->a, call->orig_args, inner);
		for (int i = 0; i < fixed && i < nv; i++)
			VEC_PUSH(L->a, call->list, multi_conv(L, tmps[i], params->items[i]->type, e->pos, a0->pos));
		if (variadic) {
			Type *st = params->items[fixed]->type;
			GNode *lit = gn(L, GO_SLICELIT, e->pos, st);
			lit->implicit = 1;
			for (int i = fixed; i < nv; i++)
				VEC_PUSH(L->a, lit->list, multi_conv(L, tmps[i], types_underlying(st)->u.pointer.elem, e->pos, a0->pos));
			if (nv > fixed)
				VEC_PUSH(L->a, call->list, lit);
			else
				VEC_PUSH(L->a, call->list, gn(L, GO_NIL, e->pos, st));
		}
		call->ddd = variadic;
		return;
	}
	GNode **vals = arena_alloc(L->a, sizeof(GNode *) * ((size_t)args->len + 1));
	for (int i = 0; i < args->len; i++)
		vals[i] = expr(L, args->items[i]);
	int saved = L->conv_ctx;
	Pos saved_pos = L->conv_pos;
	for (int i = 0; i < fixed && i < args->len; i++) {
		L->conv_ctx = GCPOS_CALL;
		L->conv_pos = i > 0 ? gcpos_arg(args, i, e->pos) : e->pos;
		VEC_PUSH(L->a, call->list, conv_to(L, vals[i], args->items[i], params->items[i]->type));
		VEC_PUSH(L->a, call->orig_args, call->list.items[call->list.len - 1]);
	}
	call->has_orig = 1;
	call->orig_ddd = AST(e, call).has_dots;
	if (variadic) {
		Type *st = params->items[fixed]->type;
		Type *et = types_underlying(st)->u.pointer.elem;
		if (args->len <= fixed) {
			VEC_PUSH(L->a, call->list, gn(L, GO_NIL, e->pos, st));
		} else {
			GNode *lit = gn(L, GO_SLICELIT, e->pos, st);
			lit->implicit = 1;
			for (int i = fixed; i < args->len; i++) {
				L->conv_ctx = GCPOS_CALL;
				L->conv_pos = gcpos_arg(args, i, e->pos);
				VEC_PUSH(L->a, lit->list, conv_to(L, vals[i], args->items[i], et));
				VEC_PUSH(L->a, call->orig_args, lit->list.items[lit->list.len - 1]);
			}
			VEC_PUSH(L->a, call->list, lit);
		}
		call->ddd = 1;
	} else {
		for (int i = fixed; i < args->len; i++)
			VEC_PUSH(L->a, call->orig_args, vals[i]);
		call->ddd = AST(e, call).has_dots;
	}
	L->conv_ctx = saved;
	L->conv_pos = saved_pos;
}

static int str_kind(Type *t)
{
	Type *u = types_underlying(t);
	if (u->kind == TYPE_STRING || u->kind == TYPE_UNTYPED_STRING)
		return 1;
	return 0;
}

static GNode *conversion(Lower *L, Node *e, Type *to, Node *xn)
{
	GNode *x = expr(L, xn);
	Type *from = xn->type;
	Type *tu = types_underlying(to), *fu = types_underlying(from);
	GOp op = GO_CONV;
	if (types_is_interface(to))
		op = GO_CONVIFACE;
	else if (tu->kind == TYPE_STRING && fu->kind == TYPE_SLICE)
		op = types_underlying(fu->u.pointer.elem)->kind == TYPE_INT32 ? GO_RUNES2STR : GO_BYTES2STR;
	else if (tu->kind == TYPE_SLICE && str_kind(from))
		op = types_underlying(tu->u.pointer.elem)->kind == TYPE_INT32 ? GO_STR2RUNES : GO_STR2BYTES;
	else if (tu->kind == TYPE_STRING && types_is_integer(from))
		op = GO_RUNESTR;
	int64_t clen;
	const char *cs = op == GO_STR2RUNES ? gc_const_string(xn, &clen) : NULL;
	if (cs) {
		/* gc: []rune("€") of a constant is the literal []rune{...} */
		GNode *lit = gn(L, GO_SLICELIT, e->pos, to);
		for (int64_t i = 0; i < clen; i++)
			if (((unsigned char)cs[i] & 0xC0) != 0x80)
				VEC_PUSH(L->a, lit->list, x);
		return lit;
	}
	GNode *n = gn(L, op, e->pos, to);
	n->x = x;
	return n;
}

static GNode *builtin_call(Lower *L, Node *e, Builtin b)
{
	NodeList *args = &AST(e, call).args;
	GNode *n;
	switch (b) {
	case BUILTIN_LEN: case BUILTIN_CAP: case BUILTIN_CLOSE:
		n = gn(L, b == BUILTIN_LEN ? GO_LEN : b == BUILTIN_CAP ? GO_CAP : GO_CLOSE, e->pos, e->type);
		n->x = args->len ? expr(L, args->items[0]) : NULL;
		return n;
	case BUILTIN_NEW:
		n = gn(L, GO_NEW, e->pos, e->type);
		n->x = type_node(L, types_underlying(e->type)->u.pointer.elem, e->pos);
		return n;
	case BUILTIN_PANIC: {
		n = gn(L, GO_PANIC, e->pos, NULL);
		GNode *x = args->len ? expr(L, args->items[0]) : NULL;
		n->x = args->len ? conv_to(L, x, args->items[0], types_any) : NULL;
		return n;
	}
	case BUILTIN_APPEND: {
		n = gn(L, GO_APPEND, e->pos, e->type);
		Type *et = types_underlying(e->type)->u.pointer.elem;
		Pos at = gcpos_after_list(args, e->pos);   /* gc converts after building all */
		for (int i = 0; i < args->len; i++) {
			GNode *x = expr(L, args->items[i]);
			if (i > 0 && !AST(e, call).has_dots) {
				int saved = L->conv_ctx;
				Pos saved_pos = L->conv_pos;
				L->conv_ctx = GCPOS_APPEND;
				L->conv_pos = at;
				x = conv_to(L, x, args->items[i], et);
				L->conv_ctx = saved;
				L->conv_pos = saved_pos;
			}
			VEC_PUSH(L->a, n->list, x);
		}
		n->ddd = AST(e, call).has_dots;
		return n;
	}
	case BUILTIN_COPY:
		n = gn(L, GO_COPY, e->pos, e->type);
		n->x = expr(L, args->items[0]);
		n->y = expr(L, args->items[1]);
		return n;
	case BUILTIN_DELETE: {
		n = gn(L, GO_DELETE, e->pos, NULL);
		GNode *m = expr(L, args->items[0]);
		VEC_PUSH(L->a, n->list, m);
		Type *mt = types_underlying(args->items[0]->type);
		GNode *k = expr(L, args->items[1]);
		VEC_PUSH(L->a, n->list, mt->kind == TYPE_MAP ? conv_to(L, k, args->items[1], mt->u.map.key) : k);
		return n;
	}
	case BUILTIN_PRINT: case BUILTIN_PRINTLN:
		n = gn(L, b == BUILTIN_PRINT ? GO_PRINT : GO_PRINTN, e->pos, NULL);
		for (int i = 0; i < args->len; i++)
			VEC_PUSH(L->a, n->list, expr(L, args->items[i]));
		return n;
	case BUILTIN_MAKE: {
		Type *t = e->type;
		Type *u = types_underlying(t);
		n = gn(L, u->kind == TYPE_MAP ? GO_MAKEMAP : u->kind == TYPE_CHAN ? GO_MAKECHAN : GO_MAKESLICE, e->pos, t);
		n->x = args->len > 1 ? expr(L, args->items[1]) : NULL;
		n->y = args->len > 2 ? expr(L, args->items[2]) : NULL;
		return n;
	}
	default: {
		/* the rest (unsafe.Sizeof, recover, ...) carry no pointers here */
		n = gn(L, GO_LITERAL, e->pos, e->type);
		n->src = e;
		return n;
	}
	}
}

/* Does n call something or receive from a channel (gc: callOrChan,
 * anywhere in n but in func literals, new(T) excepted)? */
static int has_call(GNode *n)
{
	if (!n || n->op == GO_CLOSURE)
		return 0;
	switch (n->op) {
	case GO_CALLFUNC: case GO_CALLINTER: case GO_APPEND: case GO_CAP: case GO_CLOSE: case GO_COPY:
	case GO_DELETE: case GO_LEN: case GO_MAKESLICE: case GO_MAKEMAP: case GO_MAKECHAN: case GO_PANIC:
	case GO_PRINT: case GO_PRINTN: case GO_RECV:
		return 1;
	default:
		break;
	}
	if (has_call(n->x) || has_call(n->y) || has_call(n->z))
		return 1;
	for (int i = 0; i < n->list.len; i++)
		if (has_call(n->list.items[i]))
			return 1;
	return 0;
}

/* gc: typecheck.RewriteNonNameCall.  A callee (or a method call's
 * receiver) that calls something is evaluated first, into a temporary:
 * f()(x) is .autotmp_4 := f(); .autotmp_4(x). */
static void hoist_callee(Lower *L, GNode *c, GNode **np)
{
	if (!L->fn || !*np || !has_call(*np))
		return;
	GNode *tmp = gn(L, GO_NAME, c->pos, (*np)->type);
	tmp->cls = CLS_AUTO;
	tmp->curfn = L->fn;
	tmp->autotmp = 1;
	tmp->sym = arena_sprintf(L->a, ".autotmp_%d", L->fn->dcl.len);
	VEC_PUSH(L->a, L->fn->dcl, tmp);
	GNode *as = gn(L, GO_AS, c->pos, NULL);
	as->def = 1;
	as->x = tmp;
	as->y = *np;
	tmp->defn = as;
	VEC_PUSH(L->a, c->init, as);
	*np = tmp;
}

static GNode *call(Lower *L, Node *e)
{
	Node *fun = unparen(AST(e, call).fun);
	if (fun->mode == MODE_TYPEXPR)
		return conversion(L, e, e->type, AST(e, call).args.items[0]);
	if (fun->mode == MODE_BUILTIN) {
		Object *o = fun->kind == NODE_NAME ? AST(fun, name).obj :
		            fun->kind == NODE_SELECTOR && AST(fun, selector).info ? AST(fun, selector).info->obj : NULL;
		return builtin_call(L, e, o ? o->builtin : BUILTIN_NONE);
	}
	Type *sig = types_underlying(fun->type);
	if (!sig || sig->kind != TYPE_FUNC) {
		GNode *n = gn(L, GO_LITERAL, e->pos, e->type);
		n->src = e;
		return n;
	}
	Selection *sel = fun->kind == NODE_SELECTOR ? AST(fun, selector).info : NULL;
	GNode *n;
	if (sel && sel->kind == SEL_METHOD) {
		Object *m = sel->obj;
		GNode *x = expr(L, AST(fun, selector).x);
		x = method_recv(L, x, sel, m, fun->pos);
		if (types_is_interface(x->type)) {
			n = gn(L, GO_CALLINTER, e->pos, e->type);
			GNode *d = gn(L, GO_DOTINTER, fun->pos, fun->type);
			d->x = x;
			d->sym = m->name;
			n->x = d;
		} else {
			/* gc: typecheck.FixMethodCall, t.M(a) is T.M(t, a) (until
			 * escape analysis reaches the call, gc prints t.M(a)) */
			n = gn(L, GO_CALLFUNC, e->pos, e->type);
			n->x = method_expr(L, m, fun->pos);
			VEC_PUSH(L->a, n->list, x);
			n->orig_x = gn(L, GO_DOT, fun->pos, fun->type);
			n->orig_x->x = x;
			n->orig_x->sym = m->name;
			if (!is_main(m))
				n->sym = lib_name(L, m);
		}
		call_args(L, e, sig, n);
		hoist_callee(L, n, n->op == GO_CALLINTER ? &n->x->x : &n->list.items[0]);
		return n;
	}
	n = gn(L, GO_CALLFUNC, e->pos, e->type);
	n->x = expr(L, fun);
	if (n->x->op == GO_NAME && n->x->cls == CLS_FUNC && !is_main(n->x->obj))
		n->sym = lib_name(L, n->x->obj);
	if (n->x->op == GO_METHEXPR && !is_main(n->x->obj))
		n->sym = lib_name(L, n->x->obj);
	call_args(L, e, sig, n);
	hoist_callee(L, n, n->x->op == GO_METHVALUE ? &n->x->x : &n->x);
	return n;
}

/* The elements of a composite literal of type t. */
static GNode *composite(Lower *L, Node *e, Type *t)
{
	Type *u = types_underlying(t);
	NodeList *elems = &AST(e, composite).elems;
	GOp op = u->kind == TYPE_STRUCT ? GO_STRUCTLIT : u->kind == TYPE_ARRAY ? GO_ARRAYLIT :
	         u->kind == TYPE_SLICE ? GO_SLICELIT : u->kind == TYPE_MAP ? GO_MAPLIT : GO_STRUCTLIT;
	GNode *n = gn(L, op, e->pos, t);
	int saved = L->conv_ctx;
	L->conv_ctx = GCPOS_OWN;
	for (int i = 0; i < elems->len; i++) {
		Node *el = elems->items[i];
		Node *key = NULL, *val = el;
		if (el->kind == NODE_KEY_VALUE) {
			key = AST(el, key_value).key;
			val = AST(el, key_value).value;
		}
		if (op == GO_STRUCTLIT) {
			Object *f = NULL;
			if (key && key->kind == NODE_NAME) {
				for (int k = 0; k < u->u.strct.fields.len; k++)
					if (strcmp(u->u.strct.fields.items[k].obj->name, AST(key, name).name) == 0)
						f = u->u.strct.fields.items[k].obj;
			} else if (i < u->u.strct.fields.len) {
				f = u->u.strct.fields.items[i].obj;
			}
			GNode *sk = gn(L, GO_STRUCTKEY, el->pos, NULL);
			sk->sym = f ? f->name : "?";
			GNode *v = val->kind == NODE_COMPOSITE_LIT && !AST(val, composite).type && f ?
			           composite(L, val, f->type) : expr(L, val);
			sk->y = f ? conv_to(L, v, val, f->type) : v;
			VEC_PUSH(L->a, n->list, sk);
			continue;
		}
		Type *et = op == GO_MAPLIT ? u->u.map.elem : u->u.pointer.elem;
		if (op == GO_ARRAYLIT)
			et = u->u.array.elem;
		GNode *v;
		Node *uv = unparen(val);
		if (uv->kind == NODE_COMPOSITE_LIT && !AST(uv, composite).type) {
			Type *eu = types_underlying(et);
			if (eu->kind == TYPE_POINTER) {
				/* []*T{{1, 2}}: the & is elided */
				GNode *p = gn(L, GO_PTRLIT, uv->pos, et);
				p->x = composite(L, uv, eu->u.pointer.elem);
				v = p;
			} else {
				v = composite(L, uv, et);
			}
		} else {
			v = conv_to(L, expr(L, val), val, et);
		}
		if (op == GO_MAPLIT) {
			GNode *kv = gn(L, GO_KEY, el->pos, NULL);
			Node *uk = key ? unparen(key) : NULL;
			if (uk && uk->kind == NODE_COMPOSITE_LIT && !AST(uk, composite).type)
				kv->x = composite(L, uk, u->u.map.key);
			else
				kv->x = key ? conv_to(L, expr(L, key), key, u->u.map.key) : NULL;
			kv->y = v;
			VEC_PUSH(L->a, n->list, kv);
		} else if (key) {
			GNode *kv = gn(L, GO_KEY, el->pos, NULL);
			kv->x = expr(L, key);
			kv->y = v;
			VEC_PUSH(L->a, n->list, kv);
		} else {
			VEC_PUSH(L->a, n->list, v);
		}
	}
	L->conv_ctx = saved;
	return n;
}

/* Flattens a + b + c of strings into one ADDSTR (gc's typecheck does). */
static void addstr_list(Lower *L, Node *e, GList *out)
{
	Node *x = unparen(AST(e, binary).x);
	if (x->kind == NODE_BINARY && AST(x, binary).op == TOK_ADD && x->mode != MODE_CONSTANT &&
	    str_kind(x->type) && x == AST(e, binary).x)
		addstr_list(L, x, out);
	else
		VEC_PUSH(L->a, *out, expr(L, AST(e, binary).x));
	VEC_PUSH(L->a, *out, expr(L, AST(e, binary).y));
}

static GNode *expr(Lower *L, Node *e)
{
	if (!e)
		return NULL;
	if (e->mode == MODE_CONSTANT || (e->val && e->mode != MODE_TYPEXPR)) {
		GNode *n = gn(L, GO_LITERAL, e->pos, e->type);
		n->src = e;
		Node *u = unparen(e);
		if (u->kind == NODE_NAME && AST(u, name).obj && AST(u, name).obj->kind == OBJ_NIL)
			n->op = GO_NIL;
		return n;
	}
	switch (e->kind) {
	case NODE_PAREN:
		return expr(L, AST(e, paren).x);
	case NODE_NAME: {
		Object *o = AST(e, name).obj;
		if (!o) {
			GNode *n = gn(L, GO_LITERAL, e->pos, e->type);
			n->src = e;
			return n;
		}
		return object_expr(L, o, e, AST(e, name).name);
	}
	case NODE_BASIC_LIT: {
		GNode *n = gn(L, GO_LITERAL, e->pos, e->type);
		n->src = e;
		return n;
	}
	case NODE_COMPOSITE_LIT:
		return composite(L, e, e->type);
	case NODE_FUNC_LIT: {
		GNode *n = gn(L, GO_CLOSURE, e->pos, e->type);
		n->fn = func_lit(L, e);
		return n;
	}
	case NODE_SELECTOR:
		return selector(L, e);
	case NODE_INDEX: {
		Node *xn = AST(e, index).x;
		GNode *x = expr(L, xn);
		Type *xu = types_underlying(xn->type);
		Node *in = AST(e, index).indices.len ? AST(e, index).indices.items[0] : NULL;
		if (xu->kind == TYPE_MAP) {
			GNode *n = gn(L, GO_INDEXMAP, e->pos, e->type);
			n->x = x;
			n->y = conv_to(L, expr(L, in), in, xu->u.map.key);
			return n;
		}
		if (xu->kind == TYPE_POINTER) {
			GNode *d = gn(L, GO_DEREF, xn->pos, xu->u.pointer.elem);
			d->x = x;
			d->implicit = 1;
			x = d;
		}
		GNode *n = gn(L, GO_INDEX, e->pos, e->type);
		n->x = x;
		n->y = expr(L, in);
		return n;
	}
	case NODE_SLICE: {
		Node *xn = AST(e, slice).x;
		GNode *x = expr(L, xn);
		Type *xu = types_underlying(xn->type);
		GOp op = GO_SLICE;
		if (str_kind(xn->type)) {
			op = GO_SLICESTR;
		} else if (xu->kind == TYPE_ARRAY) {
			GNode *a = gn(L, GO_ADDR, xn->pos, NULL);
			a->x = x;
			a->implicit = 1;
			x = a;
			op = GO_SLICEARR;
		} else if (xu->kind == TYPE_POINTER) {
			op = GO_SLICEARR;
		}
		GNode *n = gn(L, op, e->pos, e->type);
		n->x = x;
		VEC_PUSH(L->a, n->list, expr(L, AST(e, slice).lo));
		VEC_PUSH(L->a, n->list, expr(L, AST(e, slice).hi));
		VEC_PUSH(L->a, n->list, expr(L, AST(e, slice).max));
		n->ddd = AST(e, slice).three;
		return n;
	}
	case NODE_TYPE_ASSERT: {
		/* x.(T): of type T (the node's own type is (T, bool) in v, ok := x.(T)) */
		Node *tn = AST(e, assert).type;
		GNode *n = gn(L, GO_DOTTYPE, e->pos, tn && tn->type ? tn->type : e->type);
		n->x = expr(L, AST(e, assert).x);
		return n;
	}
	case NODE_CALL:
		return call(L, e);
	case NODE_STAR: {
		GNode *n = gn(L, GO_DEREF, e->pos, e->type);
		n->x = expr(L, AST(e, star).x);
		return n;
	}
	case NODE_UNARY: {
		int op = AST(e, unary).op;
		Node *xn = unparen(AST(e, unary).x);
		if (op == TOK_AND) {
			if (xn->kind == NODE_COMPOSITE_LIT) {
				GNode *n = gn(L, GO_PTRLIT, e->pos, e->type);
				n->x = composite(L, xn, xn->type);
				return n;
			}
			GNode *n = gn(L, GO_ADDR, e->pos, e->type);
			n->x = expr(L, xn);
			return n;
		}
		if (op == TOK_ARROW) {
			GNode *n = gn(L, GO_RECV, e->pos, e->type);
			n->x = expr(L, xn);
			return n;
		}
		GNode *n = gn(L, GO_UNARY, e->pos, e->type);
		n->op_tok = op;
		n->x = expr(L, xn);
		return n;
	}
	case NODE_BINARY: {
		int op = AST(e, binary).op;
		if (op == TOK_ADD && str_kind(e->type)) {
			GNode *n = gn(L, GO_ADDSTR, e->pos, e->type);
			addstr_list(L, e, &n->list);
			return n;
		}
		GNode *n = gn(L, GO_BINARY, e->pos, e->type);
		n->op_tok = op;
		n->x = expr(L, AST(e, binary).x);
		n->y = expr(L, AST(e, binary).y);
		return n;
	}
	default: {
		GNode *n = gn(L, GO_LITERAL, e->pos, e->type);
		n->src = e;
		return n;
	}
	}
}

/* ---- statements --------------------------------------------------------------- */

static GNode *new_stmt(Lower *L, GOp op, Pos pos)
{
	return gn(L, op, pos, NULL);
}

/* The DCLs of the names a := or var declares (in its init). */
static void declare_names(Lower *L, NodeList *names, GNode *s, int only_new)
{
	for (int i = 0; i < names->len; i++) {
		Node *id = unparen(names->items[i]);
		if (!id || id->kind != NODE_NAME || is_blank(id))
			continue;
		Object *o = AST(id, name).obj;
		if (!o || o->kind != OBJ_VAR || (only_new && pm_get(&L->names, o)))
			continue;
		if (only_new && o->pos.line != id->pos.line)
			continue;   /* an old variable of := */
		if (only_new && o->pos.col != id->pos.col)
			continue;
		GNode *n = declare(L, o);
		n->defn = s;
		GNode *d = new_stmt(L, GO_DCL, id->pos);
		d->x = n;
		VEC_PUSH(L->a, s->init, d);
	}
}

/* The left side of an assignment: a blank is NULL. */
static GNode *lhs_expr(Lower *L, Node *e)
{
	if (is_blank(e))
		return NULL;
	return expr(L, e);
}

static GOp assign2_op(Node *rhs)
{
	rhs = unparen(rhs);
	if (rhs->kind == NODE_CALL && !(unparen(AST(rhs, call).fun)->mode == MODE_TYPEXPR))
		return GO_AS2FUNC;
	if (rhs->kind == NODE_TYPE_ASSERT)
		return GO_AS2DOTTYPE;
	if (rhs->kind == NODE_INDEX)
		return GO_AS2MAPR;
	if (rhs->kind == NODE_UNARY && AST(rhs, unary).op == TOK_ARROW)
		return GO_AS2RECV;
	return GO_AS2;
}

static void assign(Lower *L, Node *s, GList *out)
{
	NodeList *lhs = &AST(s, assign).lhs, *rhs = &AST(s, assign).rhs;
	int op = AST(s, assign).op;
	if (op != TOK_ASSIGN && op != TOK_DEFINE) {
		GNode *n = new_stmt(L, GO_ASOP, s->pos);
		static const struct { int asg, op; } ops[] = {
			{TOK_ADD_ASSIGN, TOK_ADD}, {TOK_SUB_ASSIGN, TOK_SUB}, {TOK_MUL_ASSIGN, TOK_STAR},
			{TOK_DIV_ASSIGN, TOK_DIV}, {TOK_REM_ASSIGN, TOK_REM}, {TOK_AND_ASSIGN, TOK_AND},
			{TOK_OR_ASSIGN, TOK_OR}, {TOK_XOR_ASSIGN, TOK_XOR}, {TOK_AND_NOT_ASSIGN, TOK_AND_NOT},
			{TOK_SHL_ASSIGN, TOK_SHL}, {TOK_SHR_ASSIGN, TOK_SHR},
		};
		for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
			if (ops[i].asg == op)
				n->op_tok = ops[i].op;
		n->y = expr(L, rhs->items[0]);   /* gc: the right side first */
		n->x = expr(L, lhs->items[0]);
		VEC_PUSH(L->a, *out, n);
		return;
	}
	int def = op == TOK_DEFINE;
	GNode *n;
	if (lhs->len == 1 && rhs->len == 1) {
		n = new_stmt(L, GO_AS, s->pos);
		n->def = def;
		GNode *y = expr(L, rhs->items[0]);
		if (def)
			declare_names(L, lhs, n, 1);
		n->x = lhs_expr(L, lhs->items[0]);
		Type *lt = n->x ? n->x->type : NULL;
		L->conv_ctx = GCPOS_ASSIGN;
		L->conv_pos = gcpos_leftmost(lhs->items[0]);
		n->y = lt ? conv_to(L, y, rhs->items[0], lt) : y;
		L->conv_ctx = GCPOS_OWN;
		if (!n->x)
			n->x = gn(L, GO_NAME, lhs->items[0]->pos, NULL), n->x->sym = "_";
		VEC_PUSH(L->a, *out, n);
		return;
	}
	n = new_stmt(L, rhs->len == 1 ? assign2_op(rhs->items[0]) : GO_AS2, s->pos);
	n->def = def;
	GNode **ys = arena_alloc(L->a, sizeof(GNode *) * ((size_t)rhs->len + 1));
	for (int i = 0; i < rhs->len; i++)
		ys[i] = expr(L, rhs->items[i]);
	if (def)
		declare_names(L, lhs, n, 1);
	for (int i = 0; i < lhs->len; i++) {
		GNode *x = lhs_expr(L, lhs->items[i]);
		if (!x) {
			x = gn(L, GO_NAME, lhs->items[i]->pos, NULL);
			x->sym = "_";
		}
		VEC_PUSH(L->a, n->list, x);
	}
	L->conv_ctx = GCPOS_ASSIGN;
	L->conv_pos = gcpos_leftmost(lhs->items[0]);
	for (int i = 0; i < rhs->len; i++) {
		GNode *x = i < n->list.len ? n->list.items[i] : NULL;
		VEC_PUSH(L->a, n->rlist, rhs->len == lhs->len && x && x->type ? conv_to(L, ys[i], rhs->items[i], x->type) : ys[i]);
	}
	L->conv_ctx = GCPOS_OWN;
	VEC_PUSH(L->a, *out, n);
}

/* var a, b = x, y: gc declares the names, evaluates the values, then
 * gives each name its DCL and its assignment, all at the declaration's
 * position (noder: irgen.varDecl). */
static void var_decl(Lower *L, Node *spec, GList *out)
{
	NodeList *names = &AST(spec, value_spec).names, *values = &AST(spec, value_spec).values;
	if (!names->len)
		return;
	Pos pos = names->items[0]->pos;
	int n = names->len;
	GNode **vars = arena_alloc(L->a, sizeof(GNode *) * ((size_t)n + 1));
	for (int i = 0; i < n; i++) {
		Node *id = names->items[i];
		Object *o = AST(id, name).obj;
		if (!o || is_blank(id)) {
			vars[i] = gn(L, GO_NAME, id->pos, NULL);
			vars[i]->sym = "_";
		} else {
			vars[i] = declare(L, o);
		}
	}
	GNode **vals = arena_alloc(L->a, sizeof(GNode *) * ((size_t)values->len + 1));
	for (int i = 0; i < values->len; i++)
		vals[i] = expr(L, values->items[i]);
	GNode *as2 = NULL;
	if (values->len && values->len != n)
		as2 = new_stmt(L, assign2_op(values->items[0]), pos);
	for (int i = 0; i < n; i++) {
		GNode *v = vars[i];
		if (v->obj) {
			GNode *d = new_stmt(L, GO_DCL, pos);
			d->x = v;
			VEC_PUSH(L->a, *out, d);
		}
		if (as2) {
			VEC_PUSH(L->a, as2->list, v);
			if (v->obj)
				v->defn = as2;
			continue;
		}
		GNode *as = new_stmt(L, GO_AS, pos);
		as->x = v;
		if (values->len) {
			if (v->obj)
				v->defn = as;
			L->conv_ctx = GCPOS_DECL;
			L->conv_pos = v->obj ? v->obj->pos : pos;
			as->y = v->type ? conv_to(L, vals[i], values->items[i], v->type) : vals[i];
			L->conv_ctx = GCPOS_OWN;
		}
		VEC_PUSH(L->a, *out, as);
	}
	if (as2) {
		VEC_PUSH(L->a, as2->rlist, vals[0]);
		VEC_PUSH(L->a, *out, as2);
	}
}

static void block_of(Lower *L, Node *b, GList *out)
{
	if (!b)
		return;
	if (b->kind == NODE_BLOCK)
		stmt_list(L, &AST(b, block).stmts, out);
	else
		stmt(L, b, out);
}

static void ret(Lower *L, Node *s, GList *out)
{
	GNode *n = new_stmt(L, GO_RETURN, s->pos);
	NodeList *res = &AST(s, ret).results;
	ObjectList *objs = L->fn && L->fn->sig ? &L->fn->sig->u.func.results : NULL;
	Node *r0 = res->len == 1 ? unparen(res->items[0]) : NULL;
	if (r0 && r0->type && r0->type->kind == TYPE_TUPLE && objs) {
		/* return g() */
		GNode *inner = expr(L, r0);
		int nv;
		GNode **tmps = multi_value(L, inner, r0->type, s->pos, &n->init, &nv);
		n->keep_orig = 1;
		VEC_PUSH(L->a, n->orig_args, inner);
		for (int i = 0; i < nv && i < objs->len; i++)
			VEC_PUSH(L->a, n->list, multi_conv(L, tmps[i], objs->items[i]->type, s->pos, r0->pos));
		VEC_PUSH(L->a, *out, n);
		return;
	}
	for (int i = 0; i < res->len; i++) {
		GNode *x = expr(L, res->items[i]);
		if (objs && res->len == objs->len)
			x = conv_to(L, x, res->items[i], objs->items[i]->type);
		VEC_PUSH(L->a, n->list, x);
	}
	VEC_PUSH(L->a, *out, n);
}

static void stmt(Lower *L, Node *s, GList *out)
{
	if (!s)
		return;
	switch (s->kind) {
	case NODE_DECL_STMT: {
		Node *d = AST(s, decl_stmt).decl;
		if (d->kind != NODE_GEN_DECL || AST(d, gen_decl).tok != TOK_VAR)
			return;
		for (int i = 0; i < AST(d, gen_decl).specs.len; i++)
			var_decl(L, AST(d, gen_decl).specs.items[i], out);
		return;
	}
	case NODE_EMPTY_STMT:
		return;
	case NODE_LABELED: {
		GNode *n = new_stmt(L, GO_LABEL, s->pos);
		VEC_PUSH(L->a, *out, n);
		stmt(L, AST(s, labeled).stmt, out);
		return;
	}
	case NODE_EXPR_STMT: {
		GNode *x = expr(L, AST(s, expr_stmt).x);
		if (x)
			VEC_PUSH(L->a, *out, x);
		return;
	}
	case NODE_SEND: {
		GNode *n = new_stmt(L, GO_SEND, s->pos);
		n->x = expr(L, AST(s, send).chan);
		Type *ct = types_underlying(AST(s, send).chan->type);
		GNode *v = expr(L, AST(s, send).value);
		n->y = ct->kind == TYPE_CHAN ? conv_to(L, v, AST(s, send).value, ct->u.chan.elem) : v;
		VEC_PUSH(L->a, *out, n);
		return;
	}
	case NODE_INC_DEC: {
		GNode *n = new_stmt(L, GO_ASOP, s->pos);
		n->incdec = 1;
		n->op_tok = AST(s, inc_dec).inc ? TOK_ADD : TOK_SUB;
		n->x = expr(L, AST(s, inc_dec).x);
		VEC_PUSH(L->a, *out, n);
		return;
	}
	case NODE_ASSIGN:
		assign(L, s, out);
		return;
	case NODE_GO: case NODE_DEFER: {
		GNode *n = new_stmt(L, s->kind == NODE_GO ? GO_GO : GO_DEFER, s->pos);
		n->x = expr(L, AST(s, go_defer).call);
		VEC_PUSH(L->a, *out, n);
		return;
	}
	case NODE_RETURN:
		ret(L, s, out);
		return;
	case NODE_BRANCH:
		VEC_PUSH(L->a, *out, new_stmt(L, GO_BRANCH, s->pos));
		return;
	case NODE_BLOCK: {
		GNode *n = new_stmt(L, GO_BLOCK, s->pos);
		stmt_list(L, &AST(s, block).stmts, &n->list);
		VEC_PUSH(L->a, *out, n);
		return;
	}
	case NODE_IF: {
		GNode *n = new_stmt(L, GO_IF, s->pos);
		stmt(L, AST(s, if_stmt).init, &n->init);
		n->y = expr(L, AST(s, if_stmt).cond);
		block_of(L, AST(s, if_stmt).then, &n->body);
		block_of(L, AST(s, if_stmt).els, &n->els);
		VEC_PUSH(L->a, *out, n);
		return;
	}
	case NODE_FOR: {
		GNode *n = new_stmt(L, GO_FOR, s->pos);
		stmt(L, AST(s, for_stmt).init, &n->init);
		n->y = expr(L, AST(s, for_stmt).cond);
		GList post = {0};
		stmt(L, AST(s, for_stmt).post, &post);
		n->z = post.len ? post.items[0] : NULL;
		block_of(L, AST(s, for_stmt).body, &n->body);
		VEC_PUSH(L->a, *out, n);
		return;
	}
	case NODE_RANGE: {
		/* gc declares the key and value (DCLs in the range's init)
		 * before it evaluates the range expression */
		GNode *n = new_stmt(L, GO_RANGE, AST(s, range).range_pos);
		n->def = AST(s, range).tok == TOK_DEFINE;
		Node *kv[2] = {AST(s, range).key, AST(s, range).value};
		GNode *lhs[2] = {NULL, NULL};
		for (int i = 0; i < 2; i++) {
			Node *k = kv[i] ? unparen(kv[i]) : NULL;
			if (!k || is_blank(k))
				continue;
			if (n->def && k->kind == NODE_NAME && AST(k, name).obj) {
				GNode *v = declare(L, AST(k, name).obj);
				v->defn = n;
				GNode *d = new_stmt(L, GO_DCL, v->pos);
				d->x = v;
				VEC_PUSH(L->a, n->init, d);
				lhs[i] = v;
			} else if (!n->def) {
				lhs[i] = expr(L, k);
			}
		}
		n->x = expr(L, AST(s, range).x);
		VEC_PUSH(L->a, n->list, lhs[0]);
		VEC_PUSH(L->a, n->list, lhs[1]);
		block_of(L, AST(s, range).body, &n->body);
		VEC_PUSH(L->a, *out, n);
		return;
	}
	case NODE_SWITCH: {
		GNode *n = new_stmt(L, GO_SWITCH, s->pos);
		stmt(L, AST(s, switch_stmt).init, &n->init);
		n->y = expr(L, AST(s, switch_stmt).tag);
		NodeList *cl = &AST(s, switch_stmt).clauses;
		for (int i = 0; i < cl->len; i++) {
			Node *c = cl->items[i];
			GNode *cn = new_stmt(L, GO_CASE, c->pos);
			for (int k = 0; k < AST(c, case_clause).list.len; k++)
				VEC_PUSH(L->a, cn->list, expr(L, AST(c, case_clause).list.items[k]));
			stmt_list(L, &AST(c, case_clause).body, &cn->body);
			VEC_PUSH(L->a, n->list, cn);
		}
		VEC_PUSH(L->a, *out, n);
		return;
	}
	case NODE_TYPE_SWITCH: {
		GNode *n = new_stmt(L, GO_SWITCH, s->pos);
		n->tsw = 1;
		stmt(L, AST(s, type_switch).init, &n->init);
		Node *guard = AST(s, type_switch).guard;
		n->x = expr(L, AST(guard, assert).x);
		Node *bind = AST(s, type_switch).bind;
		n->sym = bind ? AST(bind, name).name : NULL;
		NodeList *cl = &AST(s, type_switch).clauses;
		for (int i = 0; i < cl->len; i++) {
			Node *c = cl->items[i];
			GNode *cn = new_stmt(L, GO_CASE, c->pos);
			for (int k = 0; k < AST(c, case_clause).list.len; k++) {
				Node *t = AST(c, case_clause).list.items[k];
				GNode *tn = t->mode == MODE_TYPEXPR ? type_node(L, t->type, t->pos) : expr(L, t);
				VEC_PUSH(L->a, cn->list, tn);
			}
			Object *v = AST(c, case_clause).implicit;
			if (v) {
				/* gc puts the clause's variable at the clause's colon */
				cn->x = declare(L, v);
				cn->x->pos = AST(c, case_clause).colon;
				cn->x->defn = n;
			}
			stmt_list(L, &AST(c, case_clause).body, &cn->body);
			VEC_PUSH(L->a, n->list, cn);
		}
		VEC_PUSH(L->a, *out, n);
		return;
	}
	case NODE_SELECT: {
		GNode *n = new_stmt(L, GO_SELECT, s->pos);
		NodeList *cl = &AST(s, select).clauses;
		for (int i = 0; i < cl->len; i++) {
			Node *c = cl->items[i];
			GNode *cn = new_stmt(L, GO_CASE, c->pos);
			GList comm = {0};
			stmt(L, AST(c, comm_clause).comm, &comm);
			cn->x = comm.len ? comm.items[comm.len - 1] : NULL;
			for (int k = 0; k + 1 < comm.len; k++)
				VEC_PUSH(L->a, cn->init, comm.items[k]);
			stmt_list(L, &AST(c, comm_clause).body, &cn->body);
			VEC_PUSH(L->a, n->list, cn);
		}
		VEC_PUSH(L->a, *out, n);
		return;
	}
	default:
		return;
	}
}

static void stmt_list(Lower *L, NodeList *l, GList *out)
{
	for (int i = 0; l && i < l->len; i++)
		stmt(L, l->items[i], out);
}

/* ---- functions ---------------------------------------------------------------------- */

/* The parameters and results of fn (its signature sig), declared. */
static void declare_params(Lower *L, GFunc *fn, Type *sig)
{
	Object *recv = sig->u.func.recv;
	if (recv)
		VEC_PUSH(L->a, fn->params, recv->name[0] && strcmp(recv->name, "_") ? declare(L, recv) : NULL);
	for (int i = 0; i < sig->u.func.params.len; i++) {
		Object *o = sig->u.func.params.items[i];
		VEC_PUSH(L->a, fn->params, o->name[0] && strcmp(o->name, "_") ? declare(L, o) : NULL);
	}
	for (int i = 0; i < sig->u.func.results.len; i++) {
		Object *o = sig->u.func.results.items[i];
		GNode *r = declare(L, o);
		if (!o->name[0] || strcmp(o->name, "_") == 0)
			r->sym = arena_sprintf(L->a, "~r%d", i);
		VEC_PUSH(L->a, fn->results, r);
	}
}

static GFunc *func_lit(Lower *L, Node *e)
{
	GFunc *outer = L->fn;
	const char *name;
	if (!outer)
		name = "glob..func1";
	else if (outer->outer)
		name = arena_sprintf(L->a, "%s.%d", outer->name, ++outer->nlits);
	else
		name = arena_sprintf(L->a, "%s.func%d", outer->name, ++outer->nlits);
	Type *sig = types_underlying(e->type);
	GFunc *fn = new_func(L, name, NULL, sig, outer);
	add_ref(L, fn);
	L->fn = fn;
	declare_params(L, fn, sig);
	Node *body = AST(e, func_lit).body;
	if (body)
		stmt_list(L, &AST(body, block).stmts, &fn->body);
	L->fn = outer;
	/* gc: ir.FinishCaptureNames; what the literal captures from further
	 * out, its enclosing function captures too, at the literal */
	for (int i = 0; outer && i < fn->cvars.len; i++)
		capture(L, outer, fn->cvars.items[i]->canon, e->pos);
	return fn;
}

static const char *method_name(Lower *L, Object *f)
{
	Object *recv = f->type->u.func.recv;
	Type *rt = recv->type;
	if (rt->kind == TYPE_POINTER && rt->u.pointer.elem->kind == TYPE_NAMED)
		return arena_sprintf(L->a, "(*%s).%s", rt->u.pointer.elem->u.named.obj->name, f->name);
	return arena_sprintf(L->a, "%s.%s", rt->kind == TYPE_NAMED ? rt->u.named.obj->name : "?", f->name);
}

/* Can gc initialize a package variable with e statically, as data in
 * the binary (gc: staticinit.StaticAssign, roughly)?  Constants,
 * addresses of globals, func literals, and literals made of those can;
 * maps, make, new and calls need code, in the package's init function. */
static int static_init(Node *e)
{
	e = unparen(e);
	if (!e)
		return 1;
	if (e->mode == MODE_CONSTANT)
		return 1;
	switch (e->kind) {
	case NODE_NAME: {
		Object *o = AST(e, name).obj;
		return !o || o->kind != OBJ_VAR || o->is_global;
	}
	case NODE_FUNC_LIT:
		return 1;
	case NODE_UNARY:
		return AST(e, unary).op == TOK_AND && static_init(AST(e, unary).x);
	case NODE_COMPOSITE_LIT: {
		Type *u = types_underlying(e->type);
		if (u->kind == TYPE_MAP)
			return 0;
		for (int i = 0; i < AST(e, composite).elems.len; i++) {
			Node *el = AST(e, composite).elems.items[i];
			if (el->kind == NODE_KEY_VALUE)
				el = AST(el, key_value).value;
			if (!static_init(el))
				return 0;
		}
		return 1;
	}
	default:
		return 0;
	}
}

/* Every position inside e (a statically initialized value). */
static void static_positions(Lower *L, Node *e)
{
	e = unparen(e);
	if (!e)
		return;
	VEC_PUSH(L->a, L->P->static_data, e->pos);
	switch (e->kind) {
	case NODE_UNARY:
		static_positions(L, AST(e, unary).x);
		break;
	case NODE_COMPOSITE_LIT:
		for (int i = 0; i < AST(e, composite).elems.len; i++) {
			Node *el = AST(e, composite).elems.items[i];
			if (el->kind == NODE_KEY_VALUE)
				el = AST(el, key_value).value;
			static_positions(L, el);
		}
		break;
	default:
		break;
	}
}

/* The package's variables that need code to be initialized, as gc's
 * init function: x = f() in initialization order. */
static void package_init(Lower *L)
{
	GFunc *init = new_func(L, "init", NULL, NULL, NULL);
	L->fn = init;
	Package *pkg = L->pkg;
	PtrMap done = {0};
	for (int i = 0; i < pkg->init_order.len; i++) {
		Object *o = pkg->init_order.items[i];
		Node *spec = o->vspec;
		if (!spec || !AST(spec, value_spec).values.len || pm_get(&done, spec))
			continue;
		NodeList *names = &AST(spec, value_spec).names, *values = &AST(spec, value_spec).values;
		if (values->len == names->len) {
			Node *v = values->items[o->index];
			if (static_init(v)) {
				static_positions(L, v);
				continue;
			}
			GNode *y = expr(L, v);
			GNode *as = new_stmt(L, GO_AS, o->pos);
			as->x = object_expr(L, o, names->items[o->index], o->name);
			as->y = conv_to(L, y, v, o->type);
			VEC_PUSH(L->a, init->body, as);
			continue;
		}
		pm_put(L->a, &done, spec, spec);
		GNode *as = new_stmt(L, assign2_op(values->items[0]), names->items[0]->pos);
		VEC_PUSH(L->a, as->rlist, expr(L, values->items[0]));
		for (int k = 0; k < names->len; k++) {
			Object *ok = AST(names->items[k], name).obj;
			GNode *x = ok && strcmp(ok->name, "_") ? object_expr(L, ok, names->items[k], ok->name) : NULL;
			if (!x) {
				x = gn(L, GO_NAME, names->items[k]->pos, NULL);
				x->sym = "_";
			}
			VEC_PUSH(L->a, as->list, x);
		}
		VEC_PUSH(L->a, init->body, as);
	}
	L->fn = NULL;
	if (init->body.len)
		VEC_PUSH(L->a, L->P->funcs, init);
}

GProgram *gc_lower(Arena *a, Package *pkg, Diag *diag)
{
	Lower L = {0};
	L.a = a;
	L.pkg = pkg;
	GProgram *P = ARENA_NEW(a, GProgram);
	P->arena = a;
	P->diag = diag;
	L.P = P;
	if (!pkg)
		return P;
	/* every declared function first, so that calls find them */
	for (int i = 0; i < pkg->funcs.len; i++) {
		Object *f = pkg->funcs.items[i];
		if (!f->decl || f->decl->kind != NODE_FUNC_DECL || !AST(f->decl, func_decl).body || !f->type)
			continue;
		const char *name = f->type->u.func.recv ? method_name(&L, f) : f->name;
		GFunc *fn = new_func(&L, name, f, f->type, NULL);
		pm_put(a, &L.funcs, f, fn);
		VEC_PUSH(a, P->funcs, fn);
	}
	for (int i = 0; i < P->funcs.len; i++) {
		GFunc *fn = P->funcs.items[i];
		L.fn = fn;
		declare_params(&L, fn, fn->sig);
		Node *body = AST(fn->obj->decl, func_decl).body;
		stmt_list(&L, &AST(body, block).stmts, &fn->body);
		L.fn = NULL;
	}
	package_init(&L);
	return P;
}
