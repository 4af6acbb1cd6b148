/* build_closure.c — functions as values: a func value is a pointer to a
 * closure object whose first word is the code.  This file builds func
 * literals (capturing by value or by reference, as gc does), static
 * closures for top-level functions, method values, and the wrappers an
 * itab or a method value needs. */
#include "build.h"

/* Where a forwarding wrapper finds the receiver it passes on. */
typedef enum { RECV_FROM_CLOSURE, RECV_THROUGH_POINTER } RecvSource;

static void build_forwarder(Builder *W, Object *m, Arena *na, RecvSource from, Type *base, Selection *walk);

/* ---- func values, closures, method values ------------------------------------ */

/* A function used as a value (f := fib): a closure with no variables,
 * made once, in read-only data: {main.fib}. */
Value *func_value(Builder *B, const char *fsym)
{
	SsaProgram *p = B->prog;
	const char *key = intern(p->names, fsym, strlen(fsym));
	const char *sym = map_get(&p->func_values, ptr_key(key));
	if (!sym) {
		sym = arena_sprintf(p->arena, "%s$f", fsym);
		DataObj *d = new_data(p, sym, 8, 8);
		d->readonly = 1;
		VEC_PUSH(p->arena, d->relocs, ((DataReloc){0, arena_strdup(p->arena, fsym), 0}));
		map_put(p->arena, &p->func_values, ptr_key(key), (void *)sym);
	}
	return sym_addr(B, sym);
}

Arena *new_arena(void)
{
	Arena *a = malloc(sizeof(Arena));
	if (!a)
		ice("out of memory");
	arena_init(a);
	return a;
}

/* func(...) {...}: the body becomes a function of its own (main.f.func1),
 * built now so that we know what it captures; the value is a new closure
 * object {code, &captured1, &captured2, ...} (Go spec: Function literals;
 * captured variables are shared, by reference). */
Val func_lit(Builder *B, Node *e)
{
	SsaProgram *p = B->prog;
	Arena *na = new_arena();
	const char *name = arena_sprintf(p->arena, "%s.func%d", B->fn->name, ++B->nlits);
	Builder *N = new_builder(p, name, na);
	N->fn->owns_arena = 1;
	N->outer = B;
	N->ctx = v0(N, OP_Context, ST_PTR, 0);
	N->ctx->name = "closure";
	if (setjmp(N->bail)) {
		arena_free(na);
		free(na);
		B->failed = 1;
		longjmp(B->bail, 1);
	}
	N->pos = e->pos;
	build_body(N, types_underlying(e->type), AST(e, func_lit).body);
	VEC_PUSH(p->arena, p->nested, N->fn);
	/* the closure object */
	B->pos = e->pos;
	int n = N->captures.len;
	int64_t bytes = 8 + N->capture_bytes;
	Value *size = iconst(B, ST_INT, bytes), *obj;
	SsaType rt = ST_PTR;
	Value *c = call_runtime(B, "rt_alloc", &size, 1, 1, &rt, &obj, 0);
	c->site = implicit_site(B, "func literal", e->pos, bytes, 8);
	c->site->closure_fn = name;
	store(B, ST_PTR, obj, sym_addr(B, name));
	int64_t off = 8;
	for (int k = 0; k < n; k++) {
		Object *o = N->captures.items[k];
		VarHome *h = home_of(B, o);
		if (!h)
			ice(arena_sprintf(B->a, "captured variable %s has no home", o->name));
		if (by_value(o)) {
			store_val(B, offptr(B, obj, off), read_home(B, h, o->type));
			off += (o->type->size + 7) & ~7;
			continue;
		}
		if (h->var >= 0)
			ice(arena_sprintf(B->a, "captured variable %s is not in memory", o->name));
		store(B, ST_PTR, offptr(B, obj, off), home_addr(B, h));
		off += 8;
	}
	return word_val(e->type, obj);
}

/* The function behind a method value x.M: called through a closure
 * {code, receiver}, it calls M with the receiver it finds there and its
 * own arguments (gc calls these main.T.M-fm; NASM names cannot hold a -, so ours are main.T.M$fm). */
const char *method_wrapper(Builder *B, Object *m)
{
	SsaProgram *p = B->prog;
	const char *sym = map_get(&p->wrappers, ptr_key(m));
	if (sym)
		return sym;
	Type *rt = m->type->u.func.recv->type;
	if (types_is_interface(rt))   /* an interface literal's method: named by the literal's descriptor */
		sym = arena_sprintf(p->arena, "%s.%s$fm", type_desc(p, rt), m->name);
	else
		sym = arena_sprintf(p->arena, "%s$fm", func_sym(p, m));
	map_put(p->arena, &p->wrappers, ptr_key(m), (void *)sym);
	Arena *na = new_arena();
	Builder *W = new_builder(p, sym, na);
	W->fn->owns_arena = 1;
	W->fn->wrapper = 1;
	build_forwarder(W, m, na, RECV_FROM_CLOSURE, NULL, NULL);
	return sym;
}

/* The body of a wrapper that calls method m with its own parameters and
 * passes m's results back: the receiver comes from the closure (a method
 * value, x.M) or from a pointer parameter before the others ((*T).M of
 * a value method, an itab's entry).  With walk, that pointer is to a
 * `base` value and m is promoted to it: the wrapper follows walk's path
 * of embedded fields first.  A result area is passed straight on. */
static void build_forwarder(Builder *W, Object *m, Arena *na, RecvSource from, Type *base, Selection *walk)
{
	SsaProgram *p = W->prog;
	Type *sig = m->type;
	Value *ctx = from == RECV_FROM_CLOSURE ? v0(W, OP_Context, ST_PTR, 0) : NULL;
	ObjectList *results = &sig->u.func.results;
	int nres = total_words(na, results);
	int argn = 0;
	ValueList words = {0};
	if (nres > 2) {
		W->fn->result_area = 1;
		VEC_PUSH(na, words, v0(W, OP_Arg, ST_PTR, argn++));
	} else {
		W->fn->nresult_words = nres;
	}
	Value *ptr = from == RECV_THROUGH_POINTER ? v0(W, OP_Arg, ST_PTR, argn++) : NULL;
	ValueList args = {0};
	ObjectList *params = &sig->u.func.params;
	for (int i = 0; i < params->len; i++) {
		Type *t = params->items[i]->type;
		if (by_reference(t)) {
			VEC_PUSH(na, args, v0(W, OP_Arg, ST_PTR, argn++));
			continue;
		}
		LeafList l = {0};
		leaves(na, t, 0, &l);
		for (int k = 0; k < l.len; k++)
			VEC_PUSH(na, args, v0(W, OP_Arg, l.items[k].t, argn++));
	}
	W->fn->nparam_words = argn;
	Type *rt = sig->u.func.recv->type;
	Value *rp;
	if (walk) {
		Type *t = base;
		ptr = walk_embedded(W, ptr, &t, walk);
	}
	Value *slot = NULL;
	if (types_is_interface(rt)) {
		/* m is an interface's method: dispatch through the itab of the
		 * interface value found (a method value of an interface, or a
		 * method promoted from an embedded interface field) */
		Val iv = load_val(W, rt, ctx ? offptr(W, ctx, 8) : nil_checked(W, ptr));
		slot = offptr(W, nil_checked(W, iv.w[0]), 16 + 8 * iface_method_index(p, rt, m->name));
		VEC_PUSH(na, words, iv.w[1]);
	} else if (walk && types_underlying(rt)->kind == TYPE_POINTER) {
		VEC_PUSH(na, words, ptr);
	} else if ((rp = ctx ? offptr(W, ctx, 8) : nil_checked(W, ptr)), by_reference(rt)) {
		Value *c = local_addr(W, temp(W, rt->size, rt->align));
		move(W, c, rp, rt->size);
		VEC_PUSH(na, words, c);
	} else {
		flatten(W, load_val(W, rt, rp), &words);
	}
	for (int i = 0; i < args.len; i++)
		VEC_PUSH(na, words, args.items[i]);
	SsaType rtypes[2];
	Value *res[2];
	int k = 0;
	if (nres <= 2)
		for (int i = 0; i < results->len; i++) {
			LeafList l = {0};
			leaves(na, results->items[i]->type, 0, &l);
			for (int j = 0; j < l.len; j++)
				rtypes[k++] = l.items[j].t;
		}
	if (slot) {
		ValueList all = {0};
		VEC_PUSH(na, all, slot);
		for (int i = 0; i < words.len; i++)
			VEC_PUSH(na, all, words.items[i]);
		emit_call_op(W, OP_InterCall, NULL, &all, nres <= 2 ? nres : 0, rtypes, res, 0)->shape = make_shape(p, sig);
	} else {
		emit_call(W, func_sym(p, m), &words, nres <= 2 ? nres : 0, rtypes, res, 0)->shape = make_shape(p, sig);
	}
	Value *r = ssa_new_value(W->cur, OP_Return, ST_MEM, W->pos);
	if (nres <= 2)
		for (int i = 0; i < nres; i++)
			ssa_add_arg(r, res[i]);
	ssa_add_arg(r, mem(W));
	W->cur->kind = BLOCK_RET;
	ssa_set_control(W->cur, r);
	finish(W);
	VEC_PUSH(p->arena, p->nested, W->fn);
}

/* (*T).M for a method M of T: a function that takes the pointer, loads
 * the value and calls M (gc spells it main.(*T).M too). */
const char *deref_wrapper(Builder *B, Object *m)
{
	return deref_wrapper_p(B->prog, m);
}

const char *deref_wrapper_p(SsaProgram *p, Object *m)
{
	const char *sym = arena_sprintf(p->arena, "%s$ptr", func_sym(p, m));
	const char *key = intern(p->names, sym, strlen(sym));
	if (map_get(&p->wrappers, ptr_key(key)))
		return sym;
	map_put(p->arena, &p->wrappers, ptr_key(key), (void *)sym);
	Arena *na = new_arena();
	Builder *W = new_builder(p, sym, na);
	W->fn->owns_arena = 1;
	W->fn->wrapper = 1;
	build_forwarder(W, m, na, RECV_THROUGH_POINTER, NULL, NULL);
	return sym;
}

/* For an itab: method m promoted to `base` through embedded fields,
 * called with a pointer to a base value (gc generates these too, as
 * main.Outer.M and main.(*Outer).M). */
const char *promoted_wrapper(SsaProgram *p, Type *base, Object *m, Selection *sel)
{
	const char *bn = base->kind == TYPE_NAMED
	                 ? arena_sprintf(p->arena, "%s.%s", base->u.named.obj->pkg ? base->u.named.obj->pkg->path : "main",
	                                 base->u.named.obj->name)
	                 : type_desc(p, base);
	const char *sym = arena_sprintf(p->arena, "%s.%s$ptr", bn, m->name);
	const char *key = intern(p->names, sym, strlen(sym));
	if (map_get(&p->wrappers, ptr_key(key)))
		return sym;
	map_put(p->arena, &p->wrappers, ptr_key(key), (void *)sym);
	Selection *walk = arena_alloc(p->arena, sizeof *walk);
	*walk = *sel;
	Arena *na = new_arena();
	Builder *W = new_builder(p, sym, na);
	W->fn->owns_arena = 1;
	W->fn->wrapper = 1;
	build_forwarder(W, m, na, RECV_THROUGH_POINTER, base, walk);
	return sym;
}

/* x.M as a value: a closure holding the receiver, evaluated now. */
Val method_value(Builder *B, Node *e, Object *m)
{
	Val recv = method_receiver(B, e, m);
	const char *code = method_wrapper(B, m);
	Type *rt = m->type->u.func.recv->type;
	types_layout(rt);
	Value *size = iconst(B, ST_INT, 8 + ((rt->size + 7) & ~7)), *obj;
	SsaType st = ST_PTR;
	Value *c = call_runtime(B, "rt_alloc", &size, 1, 1, &st, &obj, 0);
	c->site = implicit_site(B, gc_text(B, e), e->pos, 8 + ((rt->size + 7) & ~7), 8);
	c->site->closure_fn = code;
	store(B, ST_PTR, obj, sym_addr(B, code));
	store_val(B, offptr(B, obj, 8), recv);
	return word_val(e->type, obj);
}
