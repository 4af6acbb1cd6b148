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
 *
 * Statements are lowered in lower_stmt.c; lower.h lists what the two
 * files share.
 */
#include "lower.h"

static GFunc *func_lit(Lower *L, Node *e);

/* ---- a map from pointers, in the arena ------------------------------------------ */

static unsigned ptr_hash(const void *p)
{
	uintptr_t x = (uintptr_t)p;
	x ^= x >> 17;
	x *= 0x9E3779B1u;
	return (unsigned)(x ^ (x >> 15));
}

void *pm_get(PtrMap *m, const void *k)
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

GNode *gn(Lower *L, GOp op, Pos pos, Type *t)
{
	GNode *n = ARENA_NEW(L->a, GNode);
	n->op = op;
	n->pos = pos;
	n->type = t;
	n->loc = -1;
	return n;
}

int is_blank(Node *e)
{
	e = ast_unparen(e);
	return e && e->kind == NODE_NAME && strcmp(AST(e, name).name, "_") == 0;
}

/* x (lowered from src) as a value of type to: an implicit conversion to
 * an interface when to is one and x's type is another. */
GNode *conv_to(Lower *L, GNode *x, Node *src, Type *to)
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
GNode *lower_declare(Lower *L, Object *o)
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
			v = lower_declare(L, o);
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

GNode *type_node(Lower *L, Type *t, Pos pos)
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
		GNode *x = lower_expr(L, AST(e, selector).x);
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
		GNode *x = lower_expr(L, AST(e, selector).x);
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
GNode **multi_value(Lower *L, GNode *inner, Type *tuple, Pos pos, GList *init, int *n)
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
GNode *multi_conv(Lower *L, GNode *t, Type *to, Pos at, Pos inner)
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
	Node *a0 = args->len == 1 ? ast_unparen(args->items[0]) : NULL;
	if (a0 && a0->type && a0->type->kind == TYPE_TUPLE) {
		/* f(g()) */
		GNode *inner = lower_expr(L, a0);
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
		vals[i] = lower_expr(L, args->items[i]);
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
	GNode *x = lower_expr(L, xn);
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
		n->x = args->len ? lower_expr(L, args->items[0]) : NULL;
		return n;
	case BUILTIN_NEW:
		n = gn(L, GO_NEW, e->pos, e->type);
		n->x = type_node(L, types_underlying(e->type)->u.pointer.elem, e->pos);
		return n;
	case BUILTIN_PANIC: {
		n = gn(L, GO_PANIC, e->pos, NULL);
		GNode *x = args->len ? lower_expr(L, args->items[0]) : NULL;
		n->x = args->len ? conv_to(L, x, args->items[0], types_any) : NULL;
		return n;
	}
	case BUILTIN_APPEND: {
		n = gn(L, GO_APPEND, e->pos, e->type);
		Type *et = types_underlying(e->type)->u.pointer.elem;
		Pos at = gcpos_after_list(args, e->pos);   /* gc converts after building all */
		for (int i = 0; i < args->len; i++) {
			GNode *x = lower_expr(L, args->items[i]);
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
		n->x = lower_expr(L, args->items[0]);
		n->y = lower_expr(L, args->items[1]);
		return n;
	case BUILTIN_DELETE: {
		n = gn(L, GO_DELETE, e->pos, NULL);
		GNode *m = lower_expr(L, args->items[0]);
		VEC_PUSH(L->a, n->list, m);
		Type *mt = types_underlying(args->items[0]->type);
		GNode *k = lower_expr(L, args->items[1]);
		VEC_PUSH(L->a, n->list, mt->kind == TYPE_MAP ? conv_to(L, k, args->items[1], mt->u.map.key) : k);
		return n;
	}
	case BUILTIN_PRINT: case BUILTIN_PRINTLN:
		n = gn(L, b == BUILTIN_PRINT ? GO_PRINT : GO_PRINTN, e->pos, NULL);
		for (int i = 0; i < args->len; i++)
			VEC_PUSH(L->a, n->list, lower_expr(L, args->items[i]));
		return n;
	case BUILTIN_MAKE: {
		Type *t = e->type;
		Type *u = types_underlying(t);
		n = gn(L, u->kind == TYPE_MAP ? GO_MAKEMAP : u->kind == TYPE_CHAN ? GO_MAKECHAN : GO_MAKESLICE, e->pos, t);
		n->x = args->len > 1 ? lower_expr(L, args->items[1]) : NULL;
		n->y = args->len > 2 ? lower_expr(L, args->items[2]) : NULL;
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

GNode *call(Lower *L, Node *e)
{
	Node *fun = ast_unparen(AST(e, call).fun);
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
		GNode *x = lower_expr(L, AST(fun, selector).x);
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
	n->x = lower_expr(L, fun);
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
			           composite(L, val, f->type) : lower_expr(L, val);
			sk->y = f ? conv_to(L, v, val, f->type) : v;
			VEC_PUSH(L->a, n->list, sk);
			continue;
		}
		Type *et = op == GO_MAPLIT ? u->u.map.elem : u->u.pointer.elem;
		if (op == GO_ARRAYLIT)
			et = u->u.array.elem;
		GNode *v;
		Node *uv = ast_unparen(val);
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
			v = conv_to(L, lower_expr(L, val), val, et);
		}
		if (op == GO_MAPLIT) {
			GNode *kv = gn(L, GO_KEY, el->pos, NULL);
			Node *uk = key ? ast_unparen(key) : NULL;
			if (uk && uk->kind == NODE_COMPOSITE_LIT && !AST(uk, composite).type)
				kv->x = composite(L, uk, u->u.map.key);
			else
				kv->x = key ? conv_to(L, lower_expr(L, key), key, u->u.map.key) : NULL;
			kv->y = v;
			VEC_PUSH(L->a, n->list, kv);
		} else if (key) {
			GNode *kv = gn(L, GO_KEY, el->pos, NULL);
			kv->x = lower_expr(L, key);
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
	Node *x = ast_unparen(AST(e, binary).x);
	if (x->kind == NODE_BINARY && AST(x, binary).op == TOK_ADD && x->mode != MODE_CONSTANT &&
	    str_kind(x->type) && x == AST(e, binary).x)
		addstr_list(L, x, out);
	else
		VEC_PUSH(L->a, *out, lower_expr(L, AST(e, binary).x));
	VEC_PUSH(L->a, *out, lower_expr(L, AST(e, binary).y));
}

GNode *lower_expr(Lower *L, Node *e)
{
	if (!e)
		return NULL;
	if (e->mode == MODE_CONSTANT || (e->val && e->mode != MODE_TYPEXPR)) {
		GNode *n = gn(L, GO_LITERAL, e->pos, e->type);
		n->src = e;
		Node *u = ast_unparen(e);
		if (u->kind == NODE_NAME && AST(u, name).obj && AST(u, name).obj->kind == OBJ_NIL)
			n->op = GO_NIL;
		return n;
	}
	switch (e->kind) {
	case NODE_PAREN:
		return lower_expr(L, AST(e, paren).x);
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
		GNode *x = lower_expr(L, xn);
		Type *xu = types_underlying(xn->type);
		Node *in = AST(e, index).indices.len ? AST(e, index).indices.items[0] : NULL;
		if (xu->kind == TYPE_MAP) {
			GNode *n = gn(L, GO_INDEXMAP, e->pos, e->type);
			n->x = x;
			n->y = conv_to(L, lower_expr(L, in), in, xu->u.map.key);
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
		n->y = lower_expr(L, in);
		return n;
	}
	case NODE_SLICE: {
		Node *xn = AST(e, slice).x;
		GNode *x = lower_expr(L, xn);
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
		VEC_PUSH(L->a, n->list, lower_expr(L, AST(e, slice).lo));
		VEC_PUSH(L->a, n->list, lower_expr(L, AST(e, slice).hi));
		VEC_PUSH(L->a, n->list, lower_expr(L, AST(e, slice).max));
		n->ddd = AST(e, slice).three;
		return n;
	}
	case NODE_TYPE_ASSERT: {
		/* x.(T): of type T (the node's own type is (T, bool) in v, ok := x.(T)) */
		Node *tn = AST(e, assert).type;
		GNode *n = gn(L, GO_DOTTYPE, e->pos, tn && tn->type ? tn->type : e->type);
		n->x = lower_expr(L, AST(e, assert).x);
		return n;
	}
	case NODE_CALL:
		return call(L, e);
	case NODE_STAR: {
		GNode *n = gn(L, GO_DEREF, e->pos, e->type);
		n->x = lower_expr(L, AST(e, star).x);
		return n;
	}
	case NODE_UNARY: {
		int op = AST(e, unary).op;
		Node *xn = ast_unparen(AST(e, unary).x);
		if (op == TOK_AND) {
			if (xn->kind == NODE_COMPOSITE_LIT) {
				GNode *n = gn(L, GO_PTRLIT, e->pos, e->type);
				n->x = composite(L, xn, xn->type);
				return n;
			}
			GNode *n = gn(L, GO_ADDR, e->pos, e->type);
			n->x = lower_expr(L, xn);
			return n;
		}
		if (op == TOK_ARROW) {
			GNode *n = gn(L, GO_RECV, e->pos, e->type);
			n->x = lower_expr(L, xn);
			return n;
		}
		GNode *n = gn(L, GO_UNARY, e->pos, e->type);
		n->op_tok = op;
		n->x = lower_expr(L, xn);
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
		n->x = lower_expr(L, AST(e, binary).x);
		n->y = lower_expr(L, AST(e, binary).y);
		return n;
	}
	default: {
		GNode *n = gn(L, GO_LITERAL, e->pos, e->type);
		n->src = e;
		return n;
	}
	}
}

/* ---- functions ---------------------------------------------------------------------- */

/* The parameters and results of fn (its signature sig), declared. */
static void declare_params(Lower *L, GFunc *fn, Type *sig)
{
	Object *recv = sig->u.func.recv;
	if (recv)
		VEC_PUSH(L->a, fn->params, recv->name[0] && strcmp(recv->name, "_") ? lower_declare(L, recv) : NULL);
	for (int i = 0; i < sig->u.func.params.len; i++) {
		Object *o = sig->u.func.params.items[i];
		VEC_PUSH(L->a, fn->params, o->name[0] && strcmp(o->name, "_") ? lower_declare(L, o) : NULL);
	}
	for (int i = 0; i < sig->u.func.results.len; i++) {
		Object *o = sig->u.func.results.items[i];
		GNode *r = lower_declare(L, o);
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
	e = ast_unparen(e);
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
	e = ast_unparen(e);
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
			GNode *y = lower_expr(L, v);
			GNode *as = new_stmt(L, GO_AS, o->pos);
			as->x = object_expr(L, o, names->items[o->index], o->name);
			as->y = conv_to(L, y, v, o->type);
			VEC_PUSH(L->a, init->body, as);
			continue;
		}
		pm_put(L->a, &done, spec, spec);
		GNode *as = new_stmt(L, assign2_op(values->items[0]), names->items[0]->pos);
		VEC_PUSH(L->a, as->rlist, lower_expr(L, values->items[0]));
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
