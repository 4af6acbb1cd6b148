/* build_map.c — maps.  Every map operation is a call into runtime/map.c;
 * this file picks, from the key type, the hash and equality functions
 * (and gc's fast paths for 8-byte and string keys), writes the map's
 * type descriptor, and turns make, index, comma-ok, assignment, delete,
 * literals and range into those calls.  doc/maps.md explains the runtime
 * side. */
#include "build.h"

/* ---- maps ---------------------------------------------------------------------- */

/* A map is one word, a pointer to the runtime's header (runtime/abi.h,
 * map.c); every operation on it is a runtime call, as in gc:
 *
 *   make(map[K]V, n)   rt_makemap(type, n, NULL, NULL)  (escape analysis may
 *                      give it a header and a first bucket in the frame)
 *   v := m[k]          p := rt_mapaccess1(type, m, &k); v := *p
 *   v, ok := m[k]      p, ok := rt_mapaccess2(type, m, &k); v := *p
 *   m[k] = v           p := rt_mapassign(type, m, &k); *p = v
 *   m[k] += v          *rt_mapaccess1(...) + v, then mapassign and a store
 *                      (gc rewrites it to m[k] = m[k] + v the same way)
 *   delete(m, k)       rt_mapdelete(type, m, &k)
 *   len(m)             m == nil ? 0 : m.count
 *   for k, v := range m    an iterator in the frame: rt_mapiterinit, then
 *                      rt_mapiternext until its key pointer is nil
 *
 * Keys travel by address, from a temporary in the frame, except for the
 * two kinds gc gives fast paths: 8-byte integer and pointer keys
 * (_fast64) and strings (_faststr) pass the key's words. */

/* The hash and equality the runtime uses for keys of type k, chosen here,
 * at compile time (gc emits the same choice in its map type). */
static void map_hash_fns(SsaProgram *p, Type *k, const char **hash, const char **eq)
{
	types_layout(k);
	Type *u = types_underlying(k);
	if (u->kind == TYPE_STRING) {
		*hash = "rt_strhash", *eq = "rt_strequal";
	} else if (u->kind == TYPE_INTERFACE) {
		int empty = is_empty_iface(p, k);
		*hash = empty ? "rt_nilinterhash" : "rt_interhash";
		*eq = empty ? "rt_nilinterequal" : "rt_interequal";
	} else if (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT) {
		int plain = plain_bytes(k);
		*hash = plain ? "rt_memhash" : "rt_typehash";
		*eq = plain ? "rt_memequal_t" : "rt_typeequal";
	} else {
		static const char *h[] = {"rt_memhash8", "rt_memhash16", "rt_memhash32", "rt_memhash64"};
		static const char *q[] = {"rt_memequal8", "rt_memequal16", "rt_memequal32", "rt_memequal64"};
		int i = k->size == 1 ? 0 : k->size == 2 ? 1 : k->size == 4 ? 2 : 3;
		*hash = h[i], *eq = q[i];
	}
}

/* Strings and interfaces inside a key: two equal keys may differ in their
 * bytes, so an overwrite stores the new key (gc's needkeyupdate). */
static int key_needs_update(Type *k)
{
	Type *u = types_underlying(k);
	switch (u->kind) {
	case TYPE_STRING: case TYPE_INTERFACE:
		return 1;
	case TYPE_ARRAY:
		return key_needs_update(u->u.array.elem);
	case TYPE_STRUCT:
		for (int i = 0; i < u->u.strct.fields.len; i++)
			if (key_needs_update(u->u.strct.fields.items[i].obj->type))
				return 1;
		return 0;
	default:
		return 0;
	}
}

static int type_has_pointers(Arena *a, Type *t)
{
	LeafList l = {0};
	leaves(a, t, 0, &l);
	for (int i = 0; i < l.len; i++)
		if (l.items[i].t == ST_PTR)
			return 1;
	return 0;
}

/* Keys and elements over 128 bytes live outside the bucket (gc's
 * maxKeySize, maxElemSize): the slot holds a pointer. */
enum { MAP_MAX_INLINE = 128 };

static int64_t map_slot(Type *t)
{
	types_layout(t);
	return t->size > MAP_MAX_INLINE ? 8 : t->size;
}

/* The GoMapType part of a map type's descriptor (runtime/abi.h). */
void map_desc(SsaProgram *p, Type *u, DataObj *d)
{
	Type *k = u->u.map.key, *e = u->u.map.elem;
	types_layout(k);
	types_layout(e);
	const char *hash, *eq;
	map_hash_fns(p, k, &hash, &eq);
	int64_t ks = map_slot(k), es = map_slot(e);
	int64_t flags = (k->size > MAP_MAX_INLINE ? 1 : 0) | (e->size > MAP_MAX_INLINE ? 2 : 0) |
	                (key_needs_update(k) ? 4 : 0) |
	                (type_has_pointers(p->arena, k) || type_has_pointers(p->arena, e) ||
	                 k->size > MAP_MAX_INLINE || e->size > MAP_MAX_INLINE ? 8 : 0);
	VEC_PUSH(p->arena, d->relocs, ((DataReloc){ABI_TYPE_BYTES, hash, 0}));
	VEC_PUSH(p->arena, d->relocs, ((DataReloc){ABI_TYPE_BYTES + 8, eq, 0}));
	VEC_PUSH(p->arena, d->words, ((DataWord){ABI_TYPE_BYTES + 16, ks}));
	VEC_PUSH(p->arena, d->words, ((DataWord){ABI_TYPE_BYTES + 24, es}));
	VEC_PUSH(p->arena, d->words, ((DataWord){ABI_MAPTYPE_BUCKETSIZE, 8 + 8 * ks + 8 * es + 8}));
	VEC_PUSH(p->arena, d->words, ((DataWord){ABI_TYPE_BYTES + 40, flags}));
}

/* Which of gc's fast paths a key type takes: "_fast64", "_faststr" or "". */
static const char *map_fast(Type *mt)
{
	Type *u = types_underlying(mt);
	Type *k = types_underlying(u->u.map.key), *e = u->u.map.elem;
	types_layout(e);
	if (e->size > MAP_MAX_INLINE)
		return "";
	if (k->kind == TYPE_STRING)
		return "_faststr";
	switch (k->kind) {
	case TYPE_INT: case TYPE_INT64: case TYPE_UINT: case TYPE_UINT64: case TYPE_UINTPTR:
	case TYPE_POINTER: case TYPE_UNSAFE_POINTER: case TYPE_CHAN:
		return "_fast64";
	default:
		return "";
	}
}

/* make(map[K]V[, hint]), and a map literal's map (e the literal, hint NULL,
 * t its type: the hint is its number of entries). */
Val make_map(Builder *B, Node *e, Node *hint, Type *t)
{
	Value *n;
	if (hint) {
		Val h = expr(B, hint);
		n = convert_int(B, h.w[0], default_type(hint->type), types_basic[TYPE_INT]);
	} else {
		n = iconst(B, ST_INT, e->kind == NODE_COMPOSITE_LIT ? AST(e, composite).elems.len : 0);
	}
	B->pos = e->pos;
	Value *a[4] = {sym_addr(B, type_desc(B->prog, t)), n, iconst(B, ST_PTR, 0), iconst(B, ST_PTR, 0)};
	Value *m;
	SsaType rt = ST_PTR;
	Value *c = call_runtime(B, "rt_makemap", a, 4, 1, &rt, &m, 0);
	/* the header (and, for a small constant hint, the first bucket) may
	 * live in the frame: escape analysis passes their slots to makemap */
	int64_t hv = 0;
	int small = !hint || (hint->mode == MODE_CONSTANT && ssa_is_const(n, &hv) && hv <= 8);
	if (e->kind == NODE_COMPOSITE_LIT && AST(e, composite).elems.len > 8)
		small = 0;
	types_layout(t);
	AllocSite *s = implicit_site(B, gc_text(B, e), e->pos, ABI_MAP_BYTES, 8);
	s->map_bucket = small ? 8 + 8 * map_slot(types_underlying(t)->u.map.key) +
	                        8 * map_slot(types_underlying(t)->u.map.elem) + 8 : 0;
	s->stack_args = 1;
	c->site = s;
	return word_val(t, m);
}

/* len(m): a nil map has none; else the header's first word. */
Value *map_len(Builder *B, Value *m)
{
	int var = new_var(B, "hidden_len", ST_INT);
	Block *some = new_block(B), *join = new_block(B);
	write_var(B, var, B->cur, iconst(B, ST_INT, 0));
	branch(B, v2(B, OP_Neq, ST_BOOL, m, iconst(B, ST_PTR, 0)), some, join);
	seal(B, some);
	B->cur = some;
	write_var(B, var, some, load(B, ST_INT, m));
	jump(B, join);
	seal(B, join);
	B->cur = join;
	return read_var(B, var, join);
}

/* The key of m[k], converted to the key type (an interface key boxes) and,
 * unless a fast path takes its words, stored in a temporary whose address
 * the runtime gets. */
Val map_key(Builder *B, Type *mt, Node *kn)
{
	Type *kt = types_underlying(mt)->u.map.key;
	Val k = assign_conv(B, expr(B, kn), kt);
	if (*map_fast(mt))
		return k;
	types_layout(kt);
	Local *tmp = temp(B, kt->size, kt->align);
	Value *p = local_addr(B, tmp);
	store_val(B, p, k);
	Val r = {0};
	r.type = kt;
	r.addr = p;
	return r;
}

/* One of the runtime's map calls on m (of type mt) with key k (from
 * map_key): the element's address for the accesses and assign (with *okp
 * for ACCESS2). */
Value *map_call(Builder *B, MapOp op, Type *mt, Value *m, Val key, Value **okp)
{
	static const char *names[] = {"rt_mapaccess1", "rt_mapaccess2", "rt_mapassign", "rt_mapdelete"};
	const char *fast = map_fast(mt);
	if (!*fast && key.n) {   /* from delete(m, k): not yet in memory */
		types_layout(key.type);
		Local *tmp = temp(B, key.type->size, key.type->align);
		Value *p = local_addr(B, tmp);
		store_val(B, p, key);
		key.n = 0;
		key.addr = p;
	}
	Value *a[5] = {sym_addr(B, type_desc(B->prog, mt)), m};
	int n = 2;
	if (*fast)
		for (int i = 0; i < key.n; i++)
			a[n++] = key.w[i];
	else
		a[n++] = key.addr;
	Value *res[2] = {NULL, NULL};
	SsaType rt[2] = {ST_PTR, ST_BOOL};
	int nres = op == MAP_ACCESS2 ? 2 : op == MAP_DELETE ? 0 : 1;
	call_runtime(B, arena_sprintf(B->prog->arena, "%s%s", names[op], fast), a, n, nres, rt, res, 0);
	if (okp)
		*okp = res[1];
	return res[0];
}

/* The element at p, copied out of the bucket when it is an aggregate: the
 * next insert may move it. */
Val map_load(Builder *B, Type *et, Value *p)
{
	return materialize(B, load_val(B, et, p));
}

/* m[k] as a value, and with okp, the comma-ok form. */
Val map_index(Builder *B, Node *e, Value **okp)
{
	Node *xn = AST(e, index).x;
	Value *m = expr(B, xn).w[0];
	Val k = map_key(B, xn->type, AST(e, index).indices.items[0]);
	B->pos = e->pos;
	Value *p = map_call(B, okp ? MAP_ACCESS2 : MAP_ACCESS1, xn->type, m, k, okp);
	return map_load(B, types_underlying(xn->type)->u.map.elem, p);   /* e's type: a tuple for v, ok */
}

/* An element of a composite literal (or a map literal's key): []*T{{1, 2}}
 * elides the & of &T{1, 2}, which is allocated here (Go spec: Composite
 * literals); the checker types such an element T or *T. */
Val literal_part(Builder *B, Node *v, Type *t)
{
	Type *pu = types_underlying(t);
	if (v->kind == NODE_COMPOSITE_LIT && pu->kind == TYPE_POINTER &&
	    (types_identical(v->type, pu->u.pointer.elem) || types_identical(v->type, t))) {
		Type *ot = pu->u.pointer.elem;
		types_layout(ot);
		const char *text = arena_sprintf(B->prog->arena, AST(v, composite).elems.len ? "&%s{...}" : "&%s{}",
		                                 gc_type(B, ot));
		Value *obj = site_alloc(B, ot, implicit_site(B, text, v->pos, ot->size, ot->align));
		init_composite(B, v, ot, obj);
		return word_val(t, obj);
	}
	return assign_conv(B, expr(B, v), t);
}

/* map[K]V{k1: v1, ...}: make, then one assignment per entry in order (a
 * later duplicate of a non-constant key overwrites, as in gc). */
Val map_literal(Builder *B, Node *e)
{
	Type *t = e->type, *u = types_underlying(t);
	Val mv = make_map(B, e, NULL, t);
	NodeList *elems = &AST(e, composite).elems;
	for (int i = 0; i < elems->len; i++) {
		Node *el = elems->items[i];
		Val k = literal_part(B, AST(el, key_value).key, u->u.map.key);
		Val v = literal_part(B, AST(el, key_value).value, u->u.map.elem);
		B->pos = el->pos;
		store_val(B, map_call(B, MAP_ASSIGN, t, mv.w[0], k, NULL), v);
	}
	return mv;
}

/* for k, v := range m: an iterator in the frame, which the runtime fills
 * and advances; its first word, the key's address, is nil at the end. */
void map_range(Builder *B, Node *s)
{
	Node *xn = AST(s, range).x;
	Node *kn = AST(s, range).key, *vn = AST(s, range).value;
	Type *u = types_underlying(xn->type);
	Value *m = expr(B, xn).w[0];
	B->pos = s->pos;
	Local *it = temp(B, ABI_MAPITER_BYTES, 8);
	Value *a[3] = {sym_addr(B, type_desc(B->prog, xn->type)), m, local_addr(B, it)};
	call_runtime(B, "rt_mapiterinit", a, 3, 0, NULL, NULL, 0);
	range_declare(B, s);
	Block *header = new_block(B), *body = new_block(B), *post = new_block(B), *exit = new_block(B);
	jump(B, header);
	B->cur = header;
	B->pos = s->pos;
	Value *kp = load(B, ST_PTR, local_addr(B, it));
	branch(B, v2(B, OP_Neq, ST_BOOL, kp, iconst(B, ST_PTR, 0)), body, exit);
	seal(B, body);
	B->cur = body;
	Val kv = {0}, vv = {0};
	if (kn)
		kv = map_load(B, u->u.map.key, kp);
	if (vn)
		vv = map_load(B, u->u.map.elem, load(B, ST_PTR, offptr(B, local_addr(B, it), ABI_MAPITER_ELEM)));
	range_assign(B, kn, kv, vn, vv);
	if (range_body(B, s, exit, post)) {
		B->pos = s->pos;
		Value *ia = local_addr(B, it);
		call_runtime(B, "rt_mapiternext", &ia, 1, 0, NULL, NULL, 0);
		jump(B, header);
	}
	seal(B, header);
	seal(B, exit);
	B->cur = exit;
}
