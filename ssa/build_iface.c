/* build_iface.c — interfaces: the method tables of type descriptors,
 * itabs, conversions to an interface (the data word, boxing), the
 * dynamic type of an interface value, ==, and type assertions.
 * doc/interfaces.md walks through what this file emits. */
#include "build.h"

/* ---- interfaces ------------------------------------------------------------------ */

/* Is a value of type t held in an interface's data word itself (abi.h)? */
static int is_direct(Type *t)
{
	Type *u = types_underlying(t);
	return u->kind == TYPE_POINTER || u->kind == TYPE_UNSAFE_POINTER || u->kind == TYPE_MAP ||
	       u->kind == TYPE_CHAN || u->kind == TYPE_FUNC;
}

/* interface{} and any: a type word, not an itab. */
int is_empty_iface(SsaProgram *p, Type *t)
{
	return types_iface_methods(p->types, t)->len == 0;
}

/* The position of method `name` in iface's sorted method list: the
 * index of its code pointer in an itab. */
int iface_method_index(SsaProgram *p, Type *iface, const char *name)
{
	ObjectList *ms = types_iface_methods(p->types, iface);
	for (int i = 0; i < ms->len; i++)
		if (strcmp(ms->items[i]->name, name) == 0)
			return i;
	ice("method not in its interface");
}

typedef VEC(const char *) NameList;

/* The names of the methods t may have: its own and, through embedded
 * fields, theirs (whether each is in t's method set is decided by
 * method_of). */
static void method_names(Arena *a, Type *t, NameList *out, int depth)
{
	if (depth > 16)
		return;
	if (t->kind == TYPE_POINTER)
		t = t->u.pointer.elem;
	if (t->kind == TYPE_NAMED)
		for (int i = 0; i < t->u.named.methods.len; i++)
			VEC_PUSH(a, *out, t->u.named.methods.items[i]->name);
	Type *u = types_underlying(t);
	if (u->kind == TYPE_STRUCT)
		for (int i = 0; i < u->u.strct.fields.len; i++)
			if (u->u.strct.fields.items[i].embedded)
				method_names(a, u->u.strct.fields.items[i].obj->type, out, depth + 1);
}

static int name_order(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Method `name` of C if it is in C's method set (Go spec: Method sets:
 * T has the value-receiver methods, *T all of them, and an embedded *E
 * brings all of E's, an embedded interface its methods), else NULL. */
static Object *method_of(SsaProgram *p, Type *C, const char *name, Selection *sel)
{
	int ambiguous = 0;
	Object *m = types_lookup(p->types, C, p->pkg, name, sel, &ambiguous);
	if (!m || ambiguous || m->kind != OBJ_FUNC || !m->type->u.func.recv)
		return NULL;
	if (types_is_interface(m->type->u.func.recv->type))
		return sel->path_len > 1 ? m : NULL;   /* promoted from an embedded interface field */
	int want_ptr = types_underlying(m->type->u.func.recv->type)->kind == TYPE_POINTER;
	if (types_underlying(C)->kind != TYPE_POINTER && want_ptr && !sel->indirect)
		return NULL;
	if (m->pkg && m->pkg->is_lib && !lib_implemented(p, m))
		return NULL;
	return m;
}

/* The code an itab or a method table holds for method m of type C: a
 * function taking the interface's data word as its receiver word.  For
 * a pointer receiver on *T that is m itself; a value receiver needs a
 * wrapper that loads the value first (main.T.M$ptr), and a promoted
 * method one that walks to the embedded field (main.Outer.M$ptr). */
static const char *iface_fn(SsaProgram *p, Type *C, Object *m, Selection *sel)
{
	int want_ptr = types_underlying(m->type->u.func.recv->type)->kind == TYPE_POINTER;
	int c_ptr = types_underlying(C)->kind == TYPE_POINTER;
	if (is_direct(C) && !c_ptr)
		return func_sym(p, m);   /* a named func, map or chan type: the word is the value */
	if (types_is_interface(m->type->u.func.recv->type))
		return promoted_wrapper(p, c_ptr ? types_underlying(C)->u.pointer.elem : C, m, sel);
	if (sel->path_len == 1)
		return want_ptr ? func_sym(p, m) : deref_wrapper_p(p, m);
	return promoted_wrapper(p, c_ptr ? types_underlying(C)->u.pointer.elem : C, m, sel);
}

/* The method table of t's descriptor: for an interface its methods, for
 * any other type its method set, sorted by name, each with the code an
 * itab would hold. */
void desc_methods(SsaProgram *p, Type *t, DataObj *d, const char *sym)
{
	Type *u = types_underlying(t);
	NameList names = {0};
	Object **objs;
	const char **fns;
	int n = 0;
	if (u->kind == TYPE_INTERFACE) {
		ObjectList *ms = types_iface_methods(p->types, t);
		objs = arena_alloc(p->arena, sizeof(Object *) * (size_t)(ms->len + 1));
		fns = arena_alloc(p->arena, sizeof(char *) * (size_t)(ms->len + 1));
		for (int i = 0; i < ms->len; i++) {
			objs[n] = ms->items[i];
			fns[n++] = NULL;
		}
	} else {
		method_names(p->arena, t, &names, 0);
		if (!names.len)
			return;
		qsort(names.items, (size_t)names.len, sizeof(char *), name_order);
		objs = arena_alloc(p->arena, sizeof(Object *) * (size_t)names.len);
		fns = arena_alloc(p->arena, sizeof(char *) * (size_t)names.len);
		for (int i = 0; i < names.len; i++) {
			if (i > 0 && strcmp(names.items[i], names.items[i - 1]) == 0)
				continue;
			Selection sel = {0};
			Object *m = method_of(p, t, names.items[i], &sel);
			if (!m)
				continue;
			objs[n] = m;
			fns[n++] = iface_fn(p, t, m, &sel);
		}
	}
	if (!n)
		return;
	const char *msym = arena_sprintf(p->arena, "%s.methods", sym);
	DataObj *md = new_data(p, msym, 32 * n, 8);
	md->readonly = 1;
	for (int i = 0; i < n; i++) {
		const char *name = objs[i]->name;
		VEC_PUSH(p->arena, md->relocs, ((DataReloc){32 * i, string_sym(p, name, (int64_t)strlen(name)), 0}));
		VEC_PUSH(p->arena, md->words, ((DataWord){32 * i + 8, (int64_t)strlen(name)}));
		VEC_PUSH(p->arena, md->relocs, ((DataReloc){32 * i + 16, type_desc(p, objs[i]->type), 0}));
		if (fns[i])
			VEC_PUSH(p->arena, md->relocs, ((DataReloc){32 * i + 24, fns[i], 0}));
	}
	VEC_PUSH(p->arena, d->relocs, ((DataReloc){96, msym, 0}));
	VEC_PUSH(p->arena, d->words, ((DataWord){104, n}));
}

/* The itab of dynamic type C in interface I, as read-only data made at
 * compile time (go.itab.N; the -S listing names the pair); NULL when a
 * method of I reaches C only through an embedded interface. */
static const char *itab_sym(SsaProgram *p, Type *C, Type *I)
{
	const char *tsym = type_desc(p, C), *isym = type_desc(p, I);
	char *k = arena_sprintf(p->arena, "%s,%s", tsym, isym);
	const char *key = intern(p->names, k, strlen(k));
	const char *sym = map_get(&p->itabs, ptr_key(key));
	if (sym)
		return sym;
	ObjectList *ms = types_iface_methods(p->types, I);
	const char **fns = arena_alloc(p->arena, sizeof(char *) * (size_t)(ms->len + 1));
	for (int i = 0; i < ms->len; i++) {
		Selection sel = {0};
		Object *m = method_of(p, C, ms->items[i]->name, &sel);
		if (!m)
			return NULL;
		fns[i] = iface_fn(p, C, m, &sel);
	}
	sym = arena_sprintf(p->arena, "go.itab.%d", p->nitabs++);
	map_put(p->arena, &p->itabs, ptr_key(key), (void *)sym);
	DataObj *d = new_data(p, sym, 16 + 8 * ms->len, 8);
	d->readonly = 1;
	d->comment = arena_sprintf(p->arena, "itab %s, %s", type_text(p, C), type_text(p, I));
	VEC_PUSH(p->arena, d->relocs, ((DataReloc){0, isym, 0}));
	VEC_PUSH(p->arena, d->relocs, ((DataReloc){8, tsym, 0}));
	for (int i = 0; i < ms->len; i++)
		VEC_PUSH(p->arena, d->relocs, ((DataReloc){16 + 8 * i, fns[i], 0}));
	return sym;
}

/* The dynamic type of interface value x, as a descriptor address (0 for
 * a nil interface): the first word of an interface{}, the type in the
 * itab otherwise — loaded only when there is an itab. */
Value *dyn_type(Builder *B, Val x)
{
	if (is_empty_iface(B->prog, x.type))
		return x.w[0];
	int var = new_var(B, NULL, ST_PTR);
	Block *has = new_block(B), *join = new_block(B);
	write_var(B, var, B->cur, iconst(B, ST_PTR, 0));
	branch(B, v2(B, OP_Eq, ST_BOOL, x.w[0], iconst(B, ST_PTR, 0)), join, has);
	seal(B, has);
	B->cur = has;
	write_var(B, var, has, load(B, ST_PTR, offptr(B, x.w[0], 8)));
	jump(B, join);
	seal(B, join);
	B->cur = join;
	return read_var(B, var, join);
}

/* The data word for a value v of concrete type t: the value itself when
 * t is direct, else the address of a copy.  The copy goes to the heap,
 * except for the arguments of calls known to drop them when they return
 * (fmt's printing functions, print, panic: B->box_stack); escape
 * analysis will decide this for every conversion. */
static Value *iface_data(Builder *B, Val v, Type *t)
{
	if (is_direct(t))
		return v.n ? v.w[0] : load(B, ST_PTR, v.addr);
	AllocSite *s = implicit_site(B, B->conv_text ? B->conv_text : gc_text(B, v.src),
	                             B->conv_text ? B->pos : conv_pos(B, v), t->size, t->align);
	s->quiet = B->conv_quiet;
	Value *p = site_alloc(B, t, s);
	v.type = t;
	store_val(B, p, v);
	return p;
}

/* v converted to interface type `to` (Go spec: Assignability): a
 * concrete value gets its descriptor or a static itab and its data
 * word; an interface value keeps its data word and gets the new
 * interface's type word (its dynamic type, or an itab the runtime finds). */
Val to_iface(Builder *B, Val v, Type *to)
{
	Val r = {0};
	r.type = to;
	r.n = 2;
	Type *from = v.type;
	if (types_underlying(from)->kind == TYPE_UNTYPED_NIL) {
		r.w[0] = iconst(B, ST_PTR, 0);
		r.w[1] = iconst(B, ST_PTR, 0);
		return r;
	}
	int empty = is_empty_iface(B->prog, to);
	if (types_is_interface(from)) {
		r.w[1] = v.w[1];
		if (types_identical(from, to) || (empty && is_empty_iface(B->prog, from))) {
			r.w[0] = v.w[0];
		} else if (empty) {
			r.w[0] = dyn_type(B, v);
		} else {
			Value *a[2] = {sym_addr(B, type_desc(B->prog, to)), v.w[0]};
			SsaType pt = ST_PTR;
			call_runtime(B, "rt_convI2I", a, 2, 1, &pt, &r.w[0], 0);
		}
		return r;
	}
	Type *t = default_type(from);
	types_layout(t);
	r.w[1] = iface_data(B, v, t);
	if (empty) {
		r.w[0] = sym_addr(B, type_desc(B->prog, t));
	} else {
		const char *isym = itab_sym(B->prog, t, to);
		if (!isym)
			unsupported(B, B->pos, "interface methods promoted from an embedded interface field");
		r.w[0] = sym_addr(B, isym);
	}
	return r;
}

/* x == y for interface values (Go spec: Comparison operators): the same
 * dynamic type and equal values, decided by the runtime, which panics on
 * uncomparable dynamic types; against nil, the type word alone. */
Value *iface_equal(Builder *B, Type *t, Val x, Val y)
{
	Value *zero = iconst(B, ST_PTR, 0);
	if (types_underlying(x.type)->kind == TYPE_UNTYPED_NIL)
		return v2(B, OP_Eq, ST_BOOL, y.w[0], zero);
	if (types_underlying(y.type)->kind == TYPE_UNTYPED_NIL)
		return v2(B, OP_Eq, ST_BOOL, x.w[0], zero);
	Value *a[5] = {iconst(B, ST_INT, !is_empty_iface(B->prog, t)), x.w[0], x.w[1], y.w[0], y.w[1]};
	Value *r;
	SsaType rt = ST_BOOL;
	call_runtime(B, "rt_ifaceeq", a, 5, 1, &rt, &r, 0);
	return r;
}

/* The value of type T held in an interface whose data word is data. */
Val iface_value(Builder *B, Type *T, Value *data)
{
	types_layout(T);
	if (is_direct(T))
		return word_val(T, data);
	return load_val(B, T, data);
}

/* x.(T) (Go spec: Type assertions).  Without okp a failure panics with
 * gc's message; with it, *okp says whether x held a T and the result is
 * T's zero value when not. */
Val type_assert(Builder *B, Node *e, Value **okp)
{
	Node *xn = AST(e, assert).x;
	Type *T = AST(e, assert).type->type;   /* e->type is (T, bool) in v, ok := x.(T) */
	Type *I = xn->type;
	Val x = materialize(B, expr(B, xn));
	B->pos = e->pos;
	Value *t = dyn_type(B, x);
	Value *nilw = iconst(B, ST_PTR, 0);
	SsaType pt = ST_PTR;
	if (types_is_interface(T)) {
		Val r = {0};
		r.type = T;
		r.n = 2;
		int empty = is_empty_iface(B->prog, T);
		Value *desc = sym_addr(B, type_desc(B->prog, T));
		if (okp) {
			Value *w0 = t;
			if (!empty) {
				Value *a[2] = {desc, t};
				call_runtime(B, "rt_assertitab2", a, 2, 1, &pt, &w0, 0);
			}
			*okp = v2(B, OP_Neq, ST_BOOL, w0, nilw);
			r.w[0] = w0;
			r.w[1] = v3(B, OP_CondSelect, ST_PTR, x.w[1], nilw, *okp);
			return r;
		}
		Value *a[3] = {desc, t, sym_addr(B, type_desc(B->prog, I))}, *tab;
		call_runtime(B, "rt_assertitab", a, 3, 1, &pt, &tab, 0);
		r.w[0] = empty ? t : tab;
		r.w[1] = x.w[1];
		return r;
	}
	Value *want = sym_addr(B, type_desc(B->prog, T));
	Value *same = v2(B, OP_Eq, ST_BOOL, t, want);
	types_layout(T);
	if (okp) {
		*okp = same;
		if (is_direct(T))
			return word_val(T, v3(B, OP_CondSelect, ST_PTR, x.w[1], nilw, same));
		/* a zeroed temporary, filled only when the types agree */
		Local *tmp = temp(B, T->size, T->align);
		zero(B, local_addr(B, tmp), T->size);
		Block *yes = new_block(B), *join = new_block(B);
		branch(B, same, yes, join);
		seal(B, yes);
		B->cur = yes;
		move(B, local_addr(B, tmp), x.w[1], T->size);
		jump(B, join);
		seal(B, join);
		B->cur = join;
		return load_val(B, T, local_addr(B, tmp));
	}
	Block *ok = new_block(B), *fail = new_block(B);
	branch(B, same, ok, fail);
	seal(B, ok);
	seal(B, fail);
	B->cur = fail;
	Value *a[3] = {t, want, sym_addr(B, type_desc(B->prog, I))};
	call_runtime(B, "rt_panicdottype", a, 3, 0, NULL, NULL, 1);
	B->cur = ok;
	return iface_value(B, T, x.w[1]);
}
