/* build_call.c — calls.  Arguments and results travel word by word
 * (a string is two words, a slice three; anything larger goes through
 * memory); this file lays them out, makes direct, closure, method and
 * interface calls, calls into the library and the runtime, and builds the
 * builtins (append, len, cap, make, new, copy, delete, panic, print). */
#include "build.h"

static int call_sig(Builder *B, Type *sig, Node *call, Val *out, int max, Val *recv,
                    const char *sym, Value *closure, int noreturn);
static Val builtin_call(Builder *B, Node *e, Builtin which);

/* ---- calls ----------------------------------------------------------------------- */

Value *emit_call(Builder *B, const char *sym, ValueList *words, int nres, SsaType *rtypes,
                 Value **res, int noreturn)
{
	return emit_call_op(B, OP_Call, sym, words, nres, rtypes, res, noreturn);
}

/* Call or ClosureCall (words[0] is then the closure). */
Value *emit_call_op(Builder *B, Op op, const char *sym, ValueList *words, int nres,
                    SsaType *rtypes, Value **res, int noreturn)
{
	Value *c = ssa_new_value(B->cur, op, ST_MEM, B->pos);
	c->aux = sym;
	for (int i = 0; i < words->len; i++)
		ssa_add_arg(c, words->items[i]);
	ssa_add_arg(c, mem(B));
	c->call_results = nres;
	c->call_noreturn = noreturn;
	set_mem(B, c);
	for (int i = 0; i < nres; i++) {
		res[i] = v1(B, OP_CallResult, rtypes[i], c);
		res[i]->auxint = i;
	}
	if (noreturn) {
		B->cur->kind = BLOCK_EXIT;
		ssa_set_control(B->cur, c);
		start_dead_block(B);
	}
	return c;
}

Value *call_runtime(Builder *B, const char *sym, Value **args, int nargs, int nres,
                    SsaType *rtypes, Value **res, int noreturn)
{
	ValueList words = {0};
	for (int i = 0; i < nargs; i++)
		VEC_PUSH(B->a, words, args[i]);
	return emit_call(B, sym, &words, nres, rtypes, res, noreturn);
}

/* ---- functions, argument words, results --------------------------------- */

/* The object a call's function expression names, f or pkg.F (a builtin
 * among them), or NULL when the callee is any other expression. */
Object *named_callee(Node *fun)
{
	if (fun->kind == NODE_NAME)
		return AST(fun, name).obj;
	if (fun->kind == NODE_SELECTOR && AST(fun, selector).info &&
	    AST(fun, selector).info->kind == SEL_QUALIFIED)
		return AST(fun, selector).info->obj;
	return NULL;
}

/* The assembly symbol of a function: its qualified name; the init
 * functions of package main are main.init.0, main.init.1, ... */
const char *func_sym(SsaProgram *p, Object *f)
{
	if (f->pkg && strcmp(f->pkg->path, "main") == 0 && strcmp(f->name, "init") == 0) {
		int k = 0;
		for (int i = 0; i < p->funcs.len && p->funcs.items[i] != f; i++)
			k += strcmp(p->funcs.items[i]->name, "init") == 0;
		return arena_sprintf(p->arena, "main.init.%d", k);
	}
	Object *recv = f->type && f->type->kind == TYPE_FUNC ? f->type->u.func.recv : NULL;
	if (recv) {
		/* a method: main.T.M, for a value or a pointer receiver alike (a
		 * type cannot have both); gc spells the second main.(*T).M, which
		 * NASM cannot take as a name */
		Type *rt = recv->type;
		if (types_underlying(rt)->kind == TYPE_POINTER && rt->kind != TYPE_NAMED)
			rt = rt->u.pointer.elem;
		const char *tn = rt->kind == TYPE_NAMED ? rt->u.named.obj->name : "?";
		return arena_sprintf(p->arena, "%s.%s.%s", f->pkg ? f->pkg->path : "main", tn, f->name);
	}
	return arena_sprintf(p->arena, "%s.%s", f->pkg ? f->pkg->path : "main", f->name);
}

int total_words(Arena *a, ObjectList *objs)
{
	int n = 0;
	for (int i = 0; i < objs->len; i++) {
		LeafList l = {0};
		leaves(a, objs->items[i]->type, 0, &l);
		n += l.len;
	}
	return n;
}

/* Result i's offset in a result area: each result at the next multiple
 * of 8 (runtime/abi.h). */
int64_t result_offset(ObjectList *res, int i, int64_t *total)
{
	int64_t off = 0, at = 0;
	for (int k = 0; k < res->len; k++) {
		Type *t = res->items[k]->type;
		types_layout(t);
		if (k == i)
			at = off;
		off += (t->size + 7) & ~7;
	}
	if (total)
		*total = off;
	return at;
}

static int func_noreturn(Object *f)
{
	return f->pkg && strcmp(f->pkg->path, "os") == 0 && strcmp(f->name, "Exit") == 0;
}

/* Evaluates the arguments of a call into the words for sig's parameters. */
/* Library functions that keep none of their arguments once they return:
 * what they format is copied.  Their ... slices and the interface boxes
 * of their operands can live in the caller's frame; for any other callee
 * they go to the heap until escape analysis can tell. */
static int drops_args(const char *sym)
{
	static const char *const fns[] = {
		"fmt.Println", "fmt.Print", "fmt.Printf", "fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln", "fmt.Errorf",
	};
	for (size_t i = 0; sym && i < sizeof fns / sizeof fns[0]; i++)
		if (strcmp(sym, fns[i]) == 0)
			return 1;
	return 0;
}

/* gc reports the conversion of a variable passed to a call at the last
 * position it set before: the previous argument that is not a variable,
 * or the call. */
void call_args(Builder *B, Node *call, Type *sig, ValueList *words, const char *sym)
{
	int on_stack = drops_args(sym) && !B->args_outlive;
	ObjectList *params = &sig->u.func.params;
	NodeList *args = &AST(call, call).args;
	Val vals[64];
	int nvals = 0;
	Val *all = vals;
	int cap = 64;
	if (args->len == 1 && args->items[0]->type && args->items[0]->type->kind == TYPE_TUPLE) {
		nvals = call_expr(B, args->items[0], vals, 64); /* f(g()) with several results */
	} else {
		if (args->len > cap)
			all = arena_alloc(B->a, sizeof(Val) * (size_t)args->len);
		for (int i = 0; i < args->len; i++)
			all[nvals++] = expr(B, args->items[i]);
	}
	int fixed = sig->u.func.variadic && !AST(call, call).has_dots ? params->len - 1 : params->len;
	for (int i = 0; i < fixed; i++) {
		Type *pt = params->items[i]->type;
		B->box_stack = on_stack;
		B->conv_ctx = GCPOS_CALL;
		B->conv_pos = i > 0 && args->len == nvals ? gcpos_arg(args, i, call->pos) : call->pos;
		Val v = assign_conv(B, all[i], pt);
		B->conv_ctx = GCPOS_OWN;
		B->box_stack = 0;
		if (by_reference(pt)) {
			Value *p = B->args_outlive ? heap_alloc(B, pt) : local_addr(B, temp(B, pt->size, pt->align));
			store_val(B, p, v);
			VEC_PUSH(B->a, *words, p);
			continue;
		}
		flatten(B, v, words);
	}
	if (fixed == params->len)
		return;
	/* the ... parameter: the extra arguments in a new slice */
	Type *st = params->items[fixed]->type;
	Type *et = types_underlying(st)->u.pointer.elem;
	types_layout(et);
	int n = nvals - fixed;
	if (n == 0) {
		VEC_PUSH(B->a, *words, iconst(B, ST_PTR, 0));
		VEC_PUSH(B->a, *words, iconst(B, ST_INT, 0));
		VEC_PUSH(B->a, *words, iconst(B, ST_INT, 0));
		return;
	}
	/* convert all first: boxing makes temporaries, stores come after */
	B->box_stack = on_stack;
	B->conv_ctx = GCPOS_CALL;
	for (int i = 0; i < n; i++) {
		B->conv_pos = args->len == nvals ? gcpos_arg(args, fixed + i, call->pos) : call->pos;
		all[fixed + i] = assign_conv(B, all[fixed + i], et);
	}
	B->conv_ctx = GCPOS_OWN;
	B->box_stack = 0;
	Value *base;
	{
		Value *a[3] = {sym_addr(B, type_desc(B->prog, et)), iconst(B, ST_INT, n), iconst(B, ST_INT, n)};
		SsaType rt = ST_PTR;
		Value *c = call_runtime(B, "rt_makeslice", a, 3, 1, &rt, &base, 0);
		c->site = implicit_site(B, "... argument", call->pos, et->size * n, et->align);
		(void)on_stack;
	}
	for (int i = 0; i < n; i++)
		store_val(B, offptr(B, base, et->size * i), all[fixed + i]);
	VEC_PUSH(B->a, *words, base);
	VEC_PUSH(B->a, *words, iconst(B, ST_INT, n));
	VEC_PUSH(B->a, *words, iconst(B, ST_INT, n));
}

/* The library functions the runtime implements so far (in runtime/);
 * the others are declared in lib/ for the checker, and refused here by
 * name rather than left for the linker to complain about. */
int lib_implemented(SsaProgram *p, Object *f)
{
	static const char *const have[] = {
		"fmt.Println", "fmt.Print", "fmt.Printf", "fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln",
		"os.Exit",
		"strings.Builder.String", "strings.Builder.Len", "strings.Builder.Cap",
		"strings.Builder.Reset", "strings.Builder.Grow", "strings.Builder.Write",
		"strings.Builder.WriteByte", "strings.Builder.WriteRune", "strings.Builder.WriteString",
		"strings.Repeat", "strings.Contains", "strings.Index", "strings.Split", "strings.Join",
		"strings.HasPrefix", "strings.HasSuffix", "strings.ToUpper", "strings.ToLower",
		"strings.TrimSpace", "strings.Fields",
		"strconv.Itoa", "strconv.Atoi", "strconv.NumError.Error", "strconv.NumError.Unwrap",
		"errors.New", "fmt.Errorf",
		"sort.Ints", "sort.Strings", "sort.Slice",
		"runtime.GC", "runtime.ReadMemStats",
	};
	const char *name = func_sym(p, f);
	for (size_t i = 0; i < sizeof have / sizeof have[0]; i++)
		if (strcmp(have[i], name) == 0)
			return 1;
	return 0;
}

/* How sig's parameters and results sit in a call's words (ssa.h), for
 * escape analysis; with names for the function's own -m lines. */
CallShape *make_shape(SsaProgram *p, Type *sig)
{
	Arena *a = p->arena;
	CallShape *sh = ARENA_NEW(a, CallShape);
	ObjectList *results = &sig->u.func.results;
	int nres = total_words(a, results);
	sh->result_area = nres > 2;
	int nparams = sig->u.func.params.len + (sig->u.func.recv ? 1 : 0);
	sh->params = arena_alloc(a, sizeof(CallParam) * (size_t)(nparams + 1));
	int w = 0;
	for (int i = 0; i < nparams; i++) {
		Object *o = sig->u.func.recv ? (i == 0 ? sig->u.func.recv : sig->u.func.params.items[i - 1])
		                             : sig->u.func.params.items[i];
		CallParam *cp = &sh->params[sh->nparams++];
		cp->name = o->name;
		cp->pos = o->pos;
		cp->word0 = w;
		LeafList l = {0};
		leaves(a, o->type, 0, &l);
		for (int k = 0; k < l.len; k++)
			cp->has_ptr |= l.items[k].t == ST_PTR;
		if (by_reference(o->type)) {
			cp->by_ref = 1;
			cp->nwords = 1;
		} else {
			cp->nwords = l.len;
		}
		w += cp->nwords;
	}
	sh->results = arena_alloc(a, sizeof(CallParam) * (size_t)(results->len + 1));
	int r = 0;
	for (int i = 0; i < results->len; i++) {
		Object *o = results->items[i];
		CallParam *cp = &sh->results[sh->nresults++];
		cp->name = o->name[0] && strcmp(o->name, "_") != 0 ? o->name : arena_sprintf(a, "~r%d", i);
		cp->pos = o->pos;
		LeafList l = {0};
		leaves(a, o->type, 0, &l);
		for (int k = 0; k < l.len; k++)
			cp->has_ptr |= l.items[k].t == ST_PTR;
		cp->nwords = l.len;
		cp->word0 = sh->result_area ? (int)result_offset(results, i, NULL) : r;
		r += l.len;
	}
	return sh;
}

/* Does a value of type t hold pointers? */
static int has_pointers(Builder *B, Type *t)
{
	LeafList l = {0};
	leaves(B->a, t, 0, &l);
	for (int i = 0; i < l.len; i++)
		if (l.items[i].t == ST_PTR)
			return 1;
	return 0;
}

/* The shape of a runtime call of n one-word parameters, for escape
 * analysis: parameter `which` says whether what it points to holds
 * pointers (growslice's old array, slicecopy's source). */
static CallShape *word_shape(Builder *B, int n, int which, int ptrs)
{
	Arena *a = B->prog->arena;
	CallShape *sh = ARENA_NEW(a, CallShape);
	sh->nparams = n;
	sh->params = arena_alloc(a, sizeof(CallParam) * (size_t)n);
	for (int i = 0; i < n; i++) {
		sh->params[i] = (CallParam){i, 1, 0, i == which ? ptrs : 1, "", POS_NONE};
	}
	return sh;
}

static int call_func(Builder *B, Object *f, Node *call, Val *out, int max, Val *recv)
{
	if (f->pkg && f->pkg->is_lib && !lib_implemented(B->prog, f))
		unsupported(B, call->pos, arena_sprintf(B->a, "the library function %s (not written yet)",
		                                         func_sym(B->prog, f)));
	return call_sig(B, f->type, call, out, max, recv, func_sym(B->prog, f), NULL, func_noreturn(f));
}

/* A call with signature sig: of the function sym, or of the func value
 * whose closure is `closure`. */
static int call_sig(Builder *B, Type *sig, Node *call, Val *out, int max, Val *recv,
                    const char *sym, Value *closure, int noreturn)
{
	ObjectList *results = &sig->u.func.results;
	ValueList words = {0};
	int nres_words = total_words(B->a, results);
	Local *area = NULL;
	if (nres_words > 2) {
		int64_t total;
		result_offset(results, 0, &total);
		area = temp(B, total, 8);
		VEC_PUSH(B->a, words, local_addr(B, area));
	}
	if (recv && closure) {
		/* an interface method: the data word is the receiver word */
		VEC_PUSH(B->a, words, recv->w[0]);
	} else if (recv) {
		/* the receiver is the first parameter */
		Type *rt = sig->u.func.recv->type;
		if (by_reference(rt)) {
			Local *copy = temp(B, rt->size, rt->align);
			Value *p = local_addr(B, copy);
			store_val(B, p, *recv);
			VEC_PUSH(B->a, words, p);
		} else {
			flatten(B, *recv, &words);
		}
	}
	call_args(B, call, sig, &words, closure ? NULL : sym);
	B->pos = call->pos;
	SsaType rt[2];
	Value *res[2];
	if (!area) {
		int k = 0;
		for (int i = 0; i < results->len; i++) {
			LeafList l = {0};
			leaves(B->a, results->items[i]->type, 0, &l);
			for (int j = 0; j < l.len; j++)
				rt[k++] = l.items[j].t;
		}
	}
	Value *c;
	if (closure) {
		ValueList all = {0};
		VEC_PUSH(B->a, all, closure);
		for (int i = 0; i < words.len; i++)
			VEC_PUSH(B->a, all, words.items[i]);
		c = emit_call_op(B, recv ? OP_InterCall : OP_ClosureCall, NULL, &all, area ? 0 : nres_words, rt, res,
		                 noreturn);
	} else {
		c = emit_call(B, sym, &words, area ? 0 : nres_words, rt, res, noreturn);
	}
	c->shape = make_shape(B->prog, sig);
	int k = 0;
	for (int i = 0; i < results->len && i < max; i++) {
		Type *t = results->items[i]->type;
		if (area)
			out[i] = load_val(B, t, offptr(B, local_addr(B, area), result_offset(results, i, NULL)));
		else
			out[i] = unflatten(B, t, res, &k);
	}
	return results->len;
}

/* From p, the address of a *t, along sel's embedded fields (all but the
 * last step, the member itself): the address of the embedded value that
 * has the member, following embedded pointers; *t becomes its type. */
Value *walk_embedded(Builder *B, Value *p, Type **t, Selection *sel)
{
	for (int i = 0; i + 1 < sel->path_len; i++) {
		Type *u = types_underlying(*t);
		types_layout(u);
		Field *f = &u->u.strct.fields.items[sel->path[i]];
		p = offptr(B, nil_checked(B, p), f->offset);
		*t = f->obj->type;
		if (types_underlying(*t)->kind == TYPE_POINTER) {
			p = load(B, ST_PTR, p);
			*t = types_underlying(*t)->u.pointer.elem;
		}
	}
	return p;
}

/* The receiver value for x.m(...): x, &x, or *x as m's receiver wants,
 * after walking the embedded fields that promote m (Go spec: Selectors,
 * Method values: x.m is (&x).m or (*x).m where needed). */
Val method_receiver(Builder *B, Node *sel_node, Object *m)
{
	Node *xn = AST(sel_node, selector).x;
	Selection *sel = AST(sel_node, selector).info;
	Type *want = m->type->u.func.recv->type;
	int want_ptr = types_underlying(want)->kind == TYPE_POINTER;
	Type *t = xn->type;
	Value *p = NULL;        /* the address of the current object, if known */
	Val v = {0};
	if (types_underlying(t)->kind == TYPE_POINTER) {
		p = expr(B, xn).w[0];
		t = types_underlying(t)->u.pointer.elem;
	} else if (xn->mode == MODE_VARIABLE && (want_ptr || sel->path_len > 1)) {
		p = addr_of(B, xn);
	} else {
		v = expr(B, xn);
	}
	B->pos = sel_node->pos;
	if (sel->path_len > 1) {
		if (!p)
			p = addr_of_val(B, v);
		p = walk_embedded(B, p, &t, sel);
	}
	if (want_ptr) {
		if (!p)
			p = addr_of_val(B, v);
		return word_val(want, p);
	}
	if (p)
		return load_val(B, want, nil_checked(B, p));
	v.type = want;
	return v;
}

/* i.M(args) for interface value iv: the code pointer from the itab, the
 * data word as the receiver word. */
static int iface_call(Builder *B, Object *m, Val iv, Node *fun, Node *e, Val *out, int max)
{
	B->pos = fun->pos;
	int k = iface_method_index(B->prog, iv.type, m->name);
	Value *slot = offptr(B, nil_checked(B, iv.w[0]), 16 + 8 * k);
	Val recv = word_val(types_basic[TYPE_UNSAFE_POINTER], iv.w[1]);
	return call_sig(B, m->type, e, out, max, &recv, NULL, slot, 0);
}

/* Any call; returns how many results it put in out[]. */
int call_expr(Builder *B, Node *e, Val *out, int max)
{
	e = ast_unparen(e);
	if (e->kind == NODE_TYPE_ASSERT && max >= 2) {
		Value *ok;
		out[0] = type_assert(B, e, &ok);
		out[1] = word_val(types_basic[TYPE_BOOL], ok);
		return 2;
	}
	if (e->kind == NODE_INDEX && max >= 2 && types_underlying(AST(e, index).x->type)->kind == TYPE_MAP) {
		Value *ok;
		out[0] = map_index(B, e, &ok);
		out[1] = word_val(types_basic[TYPE_BOOL], ok);
		return 2;
	}
	if (e->kind != NODE_CALL) {
		out[0] = expr(B, e);
		return 1;
	}
	Node *fun = AST(e, call).fun;
	fun = ast_unparen(fun);
	if (fun->mode == MODE_TYPEXPR) {
		out[0] = conversion(B, e, fun->type, AST(e, call).args.items[0]);
		return 1;
	}
	Object *f = named_callee(fun);
	if (fun->mode == MODE_BUILTIN && f) {
		out[0] = builtin_call(B, e, f->builtin);
		return e->mode == MODE_NOVALUE ? 0 : 1;
	}
	if (fun->kind == NODE_SELECTOR && AST(fun, selector).info &&
	    AST(fun, selector).info->kind == SEL_METHOD && !types_is_interface(AST(fun, selector).x->type)) {
		Object *m = AST(fun, selector).info->obj;
		Val recv = method_receiver(B, fun, m);
		if (types_is_interface(m->type->u.func.recv->type))
			return iface_call(B, m, recv, fun, e, out, max);   /* promoted from an embedded interface */
		return call_func(B, m, e, out, max, &recv);
	}
	if (f && f->kind == OBJ_FUNC)
		return call_func(B, f, e, out, max, NULL);
	if (fun->kind == NODE_SELECTOR && AST(fun, selector).info &&
	    AST(fun, selector).info->kind == SEL_METHOD) {
		/* i.M(args): the code pointer from the itab, the data word as
		 * the receiver */
		Node *xn = AST(fun, selector).x;
		Val iv = expr(B, xn);
		return iface_call(B, AST(fun, selector).info->obj, iv, fun, e, out, max);
	}
	if (types_underlying(fun->type)->kind != TYPE_FUNC)
		unsupported(B, e->pos, "calls of this kind");
	/* a func value: call through its closure */
	Value *closure = expr(B, fun).w[0];
	return call_sig(B, types_underlying(fun->type), e, out, max, NULL, NULL, closure, 0);
}

/* ---- builtins ------------------------------------------------------------ */

static void print_arg(Builder *B, Val v)
{
	Type *t = default_type(v.type);
	Type *u = types_underlying(t);
	const char *fn;
	switch (u->kind) {
	case TYPE_BOOL: fn = "rt_printbool"; break;
	case TYPE_STRING: fn = "rt_printstring"; break;
	case TYPE_POINTER: case TYPE_UNSAFE_POINTER: case TYPE_MAP: case TYPE_CHAN: case TYPE_FUNC:
		fn = "rt_printpointer";
		break;
	case TYPE_UNTYPED_NIL:
		fn = "rt_printpointer";
		v.n = 1;
		v.w[0] = iconst(B, ST_PTR, 0);
		break;
	default:
		if (types_is_integer(t)) {
			fn = types_is_unsigned(t) ? "rt_printuint" : "rt_printint";
			break;
		}
		unsupported(B, B->pos, "printing this type with print/println");
		return;
	}
	call_runtime(B, fn, v.w, v.n, 0, NULL, NULL, 0);
}

/* append(s, x, y) and append(s, t...): in place while the capacity
 * lasts, else through rt_growslice (gc's growth rule) first.
 *
 *     newlen := len(s) + n
 *     if uint(newlen) > uint(cap(s)) { ptr, cap = growslice(...) }
 *     ptr[len(s)], ... = x, y
 */
static Val append_call(Builder *B, Node *e)
{
	NodeList *args = &AST(e, call).args;
	Type *st = e->type;
	Type *et = types_underlying(st)->u.pointer.elem;
	types_layout(et);
	Val s = expr(B, args->items[0]);
	int dots = AST(e, call).has_dots;
	int n = args->len - 1;
	Val *xs = arena_alloc(B->a, sizeof(Val) * (size_t)(n + 1));
	/* gc converts the elements after building them all, at the position
	 * that left (gcpos.h) */
	Pos at = gcpos_after_list(args, e->pos);
	for (int i = 0; i < n; i++) {
		xs[i] = expr(B, args->items[i + 1]);
		if (!dots) {
			B->conv_ctx = GCPOS_APPEND;
			B->conv_pos = at;
			xs[i] = assign_conv(B, xs[i], et);
			B->conv_ctx = GCPOS_OWN;
		}
	}
	B->pos = e->pos;
	if (n == 0)
		return s;
	Value *count = dots ? xs[0].w[1] : iconst(B, ST_INT, n);
	Value *newlen = v2(B, OP_Add, ST_INT, s.w[1], count);
	int pvar = new_var(B, "append.ptr", ST_PTR), cvar = new_var(B, "append.cap", ST_INT);
	write_var(B, pvar, B->cur, s.w[0]);
	write_var(B, cvar, B->cur, s.w[2]);
	Block *grow = new_block(B), *join = new_block(B);
	branch(B, v2(B, OP_Lessu, ST_BOOL, s.w[2], newlen), grow, join);
	seal(B, grow);
	B->cur = grow;
	Value *a[5] = {sym_addr(B, type_desc(B->prog, et)), s.w[0], s.w[1], s.w[2], newlen}, *res[2];
	SsaType rt[2] = {ST_PTR, ST_INT};
	Value *gc = call_runtime(B, "rt_growslice", a, 5, 2, rt, res, 0);
	gc->shape = word_shape(B, 5, 1, has_pointers(B, et));
	write_var(B, pvar, grow, res[0]);
	write_var(B, cvar, grow, res[1]);
	jump(B, join);
	seal(B, join);
	B->cur = join;
	Value *p = read_var(B, pvar, join), *cap = read_var(B, cvar, join);
	if (dots) {
		/* memmove(p + len*size, t.ptr, t.len*size) */
		Value *to = elem_addr(B, p, s.w[1], et->size);
		Value *bytes = et->size == 1 ? count : v2(B, OP_Mul, ST_INT, count, iconst(B, ST_INT, et->size));
		Value *m[3] = {to, xs[0].w[0], bytes}, *ignored;
		SsaType pt = ST_PTR;
		Value *mc = call_runtime(B, "memmove", m, 3, 1, &pt, &ignored, 0);
		mc->shape = word_shape(B, 3, 1, has_pointers(B, et));
	} else {
		for (int i = 0; i < n; i++) {
			Value *at = v2(B, OP_Add, ST_INT, s.w[1], iconst(B, ST_INT, i));
			store_val(B, elem_addr(B, p, at, et->size), xs[i]);
		}
	}
	Val v = {0};
	v.type = st;
	v.n = 3;
	v.w[0] = p;
	v.w[1] = newlen;
	v.w[2] = cap;
	return v;
}

static Val builtin_call(Builder *B, Node *e, Builtin which)
{
	NodeList *args = &AST(e, call).args;
	Val none = {0};
	none.type = e->type;
	switch (which) {
	case BUILTIN_LEN: case BUILTIN_CAP: {
		Node *xn = args->items[0];
		Type *u = types_underlying(xn->type);
		if (u->kind == TYPE_POINTER)
			u = types_underlying(u->u.pointer.elem);
		Val x = expr(B, xn);
		if (u->kind == TYPE_ARRAY)
			return word_val(e->type, iconst(B, ST_INT, u->u.array.len));
		if (u->kind == TYPE_STRING || (u->kind == TYPE_SLICE && which == BUILTIN_LEN))
			return word_val(e->type, x.w[1]);
		if (u->kind == TYPE_SLICE)
			return word_val(e->type, x.w[2]);
		if (u->kind == TYPE_MAP)
			return word_val(e->type, map_len(B, x.w[0]));
		unsupported(B, e->pos, "len or cap of this type");
		return zero_val(B, e->type);
	}
	case BUILTIN_PRINT: case BUILTIN_PRINTLN: {
		int n = args->len;
		Val *vals = arena_alloc(B->a, sizeof(Val) * (size_t)(n + 64));
		if (n == 1 && args->items[0]->type && args->items[0]->type->kind == TYPE_TUPLE)
			n = call_expr(B, args->items[0], vals, 64);   /* println(f()) */
		else
			for (int i = 0; i < n; i++)
				vals[i] = expr(B, args->items[i]);
		B->pos = e->pos;
		for (int i = 0; i < n; i++) {
			if (i > 0 && which == BUILTIN_PRINTLN)
				call_runtime(B, "rt_printsp", NULL, 0, 0, NULL, NULL, 0);
			print_arg(B, vals[i]);
		}
		if (which == BUILTIN_PRINTLN)
			call_runtime(B, "rt_printnl", NULL, 0, 0, NULL, NULL, 0);
		return none;
	}
	case BUILTIN_MAKE: {
		Type *u = types_underlying(e->type);
		if (u->kind == TYPE_MAP)
			return make_map(B, e, args->len > 1 ? args->items[1] : NULL, e->type);
		if (u->kind != TYPE_SLICE)
			unsupported(B, e->pos, "channels");
		Type *et = u->u.pointer.elem;
		types_layout(et);
		Value *len = expr(B, args->items[1]).w[0];
		Value *cap = args->len > 2 ? expr(B, args->items[2]).w[0] : len;
		B->pos = e->pos;
		Value *a[3] = {sym_addr(B, type_desc(B->prog, et)), len, cap}, *p;
		SsaType rt = ST_PTR;
		Value *c = call_runtime(B, "rt_makeslice", a, 3, 1, &rt, &p, 0);
		/* on the stack only with a constant size (gc), and here also a
		 * constant length, since the stack slot skips makeslice's checks */
		int64_t n;
		Node *capn = args->len > 2 ? args->items[2] : args->items[1];
		int fixed = args->items[1]->mode == MODE_CONSTANT && capn->mode == MODE_CONSTANT &&
		            ssa_is_const(cap, &n) && n >= 0;
		c->site = implicit_site(B, gc_text(B, e), e->pos, fixed ? n * et->size : -1, et->align);
		Val v = {0};
		v.type = e->type;
		v.n = 3;
		v.w[0] = p;
		v.w[1] = len;
		v.w[2] = cap;
		return v;
	}
	case BUILTIN_APPEND:
		return append_call(B, e);
	case BUILTIN_COPY: {
		Val dst = expr(B, args->items[0]);
		Val src = expr(B, args->items[1]);
		B->pos = e->pos;
		Type *et = types_underlying(args->items[0]->type)->u.pointer.elem;
		types_layout(et);
		Value *a[5] = {dst.w[0], dst.w[1], src.w[0], src.w[1], iconst(B, ST_INT, et->size)}, *n;
		SsaType rt = ST_INT;
		Value *c = call_runtime(B, "rt_slicecopy", a, 5, 1, &rt, &n, 0);
		c->shape = word_shape(B, 5, 2, has_pointers(B, et));
		return word_val(e->type, n);
	}
	case BUILTIN_NEW:
	{
		Type *t = types_underlying(e->type)->u.pointer.elem;
		types_layout(t);
		const char *text = arena_sprintf(B->prog->arena, "new(%s)", gc_type(B, t));
		return word_val(e->type, site_alloc(B, t, implicit_site(B, text, e->pos, t->size, t->align)));
	}
	case BUILTIN_DELETE: {
		Val m = expr(B, args->items[0]);
		Type *mt = args->items[0]->type;
		Val k = assign_conv(B, expr(B, args->items[1]), types_underlying(mt)->u.map.key);
		B->pos = e->pos;
		map_call(B, MAP_DELETE, mt, m.w[0], k, NULL);
		return none;
	}
	case BUILTIN_PANIC: {
		Val v = expr(B, args->items[0]);
		B->box_stack = !B->args_outlive;   /* the frames stay until the exit */
		v = assign_conv(B, v, types_any);
		B->box_stack = 0;
		B->pos = e->pos;
		call_runtime(B, "rt_gopanic", v.w, 2, 0, NULL, NULL, 1);
		return none;
	}
	default:
		break;
	}
	unsupported(B, e->pos, arena_sprintf(B->a, "the builtin %s", ast_string(B->a, AST(e, call).fun)));
	return zero_val(B, e->type);
}
