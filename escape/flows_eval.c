/* flows_eval.c — evaluating gc's IR into the location graph, statement
 * by statement, as gc 1.19's escape/stmt.go, expr.go, assign.go and
 * call.go do.  Every expression is evaluated towards a hole (where its
 * value goes, flows.c); each step adds its note, and each name reached
 * adds an edge.  The order in which edges are added is gc's: -m=2 prints
 * the first path a walk finds. */
#include "flows.h"

static void expr(Esc *e, Hole k, GNode *n);
static int any_assigns(GNode *n, GNode *name);
static void call(Esc *e, Hole *ks, int nks, GNode *c);
static void stmt(Esc *e, GNode *n);

/* ---- evaluating statements and expressions (gc: stmt.go, expr.go,
 * assign.go, call.go) ------------------------------------------------------------------- */

static void stmts(Esc *e, GList *l)
{
	for (int i = 0; i < l->len; i++)
		stmt(e, l->items[i]);
}

static void block(Esc *e, GList *l)
{
	int old = e->loop_depth;
	stmts(e, l);
	e->loop_depth = old;
}

static void discard(Esc *e, GNode *n)
{
	expr(e, hole(BLANK), n);
}

static int is_blank_name(GNode *n)
{
	return !n || (n->op == GO_NAME && n->sym && strcmp(n->sym, "_") == 0 && !n->obj);
}

static Hole dcl(Esc *e, GNode *n)
{
	int loc = old_loc(e, n);
	L_(e->F, loc)->loop_depth = e->loop_depth;
	return hole(loc);
}

static int is_array(Type *t)
{
	return t && types_underlying(t)->kind == TYPE_ARRAY;
}

/* gc: escape.addr, the hole for storing into n. */
static Hole addr(Esc *e, GNode *n)
{
	if (is_blank_name(n))
		return hole(BLANK);
	Hole k = hole(HEAP);
	switch (n->op) {
	case GO_NAME:
		if (n->cls == CLS_GLOBAL || n->cls == CLS_FUNC)
			break;
		k = hole(old_loc(e, n));
		break;
	case GO_DOT:
		k = addr(e, n->x);
		break;
	case GO_INDEX:
		discard(e, n->y);
		if (is_array(n->x->type))
			k = addr(e, n->x);
		else
			discard(e, n->x);
		break;
	case GO_DEREF: case GO_DOTPTR:
		discard(e, n);
		break;
	case GO_INDEXMAP:
		discard(e, n->x);
		expr(e, hole_note(e->F, hole(HEAP), n, "key of map put"), n->y);
		break;
	default:
		discard(e, n);
		break;
	}
	return k;
}

static void assign_heap(Esc *e, GNode *src, const char *why, GNode *where)
{
	expr(e, hole_note(e->F, hole(HEAP), where, why), src);
}

GNode *outer_value(GNode *n)
{
	for (;;) {
		if (n->op == GO_DOT || (n->op == GO_CONV && n->implicit)) {
			n = n->x;
		} else if (n->op == GO_INDEX && is_array(n->x->type)) {
			n = n->x;
		} else {
			return n;
		}
	}
}

static int same_safe_expr(GNode *l, GNode *r)
{
	if (!l || !r || l->op != r->op)
		return 0;
	switch (l->op) {
	case GO_NAME:
		return canon(l) == canon(r) && l->sym && r->sym && strcmp(l->sym, r->sym) == 0;
	case GO_DOT: case GO_DOTPTR:
		return l->sym && r->sym && strcmp(l->sym, r->sym) == 0 && same_safe_expr(l->x, r->x);
	case GO_DEREF:
		return same_safe_expr(l->x, r->x);
	case GO_INDEX:
		return same_safe_expr(l->x, r->x) && same_safe_expr(l->y, r->y);
	case GO_LITERAL:
		return l->src && r->src && l->src->val && r->src->val && l->src->val->kind == CONST_INT &&
		       r->src->val->kind == CONST_INT && const_compare(TOK_EQL, l->src->val, r->src->val);
	default:
		return 0;
	}
}

static int may_affect_memory(GNode *n)
{
	switch (n->op) {
	case GO_NAME: case GO_LITERAL: case GO_NIL:
		return 0;
	case GO_BINARY:
		return may_affect_memory(n->x) || may_affect_memory(n->y);
	case GO_INDEX:
		return may_affect_memory(n->x) || may_affect_memory(n->y);
	case GO_CONV: case GO_LEN: case GO_CAP: case GO_UNARY: case GO_DOT: case GO_DOTPTR: case GO_DEREF:
		return may_affect_memory(n->x);
	default:
		return 1;
	}
}

/* gc: isSelfAssign, assignments that do not change what dst points to */
static int is_self_assign(GNode *dst, GNode *src)
{
	if (!dst || !src)
		return 0;
	/* b.buf = b.buf[n:m] */
	if ((dst->op == GO_DEREF || dst->op == GO_DOTPTR) && dst->x->op == GO_NAME &&
	    (src->op == GO_SLICE || src->op == GO_SLICESTR) &&
	    (src->x->op == GO_DEREF || src->x->op == GO_DOTPTR) && src->x->x->op == GO_NAME &&
	    canon(dst->x) == canon(src->x->x))
		return 1;
	if (dst->op != src->op)
		return 0;
	switch (dst->op) {
	case GO_DOT: case GO_DOTPTR:
		return same_safe_expr(dst->x, src->x);
	case GO_INDEX:
		if (may_affect_memory(dst->y) || may_affect_memory(src->y))
			return 0;
		return same_safe_expr(dst->x, src->x);
	default:
		return 0;
	}
}

/* gc: escape.reassigned */
void reassigned(Esc *e, Hole *ks, int n, GNode *where)
{
	if (where->op == GO_AS && !where->y && where->x && where->x->op == GO_NAME && !where->x->defn)
		return;   /* var x T: its initialization */
	for (int i = 0; i < n; i++) {
		XLoc *l = L_(e->F, ks[i].dst);
		if (l->n && l->n->op == GO_NAME && l->n->defn == where && where->op != GO_RANGE)
			continue;
		l->reassigned = 1;
	}
}

static void assign_list(Esc *e, GNode **dsts, int ndst, GNode **srcs, int nsrc, const char *why, GNode *where)
{
	Hole *ks = arena_alloc(e->F->a, sizeof(Hole) * ((size_t)ndst + 1));
	for (int i = 0; i < ndst; i++)
		ks[i] = addr(e, dsts[i]);
	for (int i = 0; i < ndst; i++) {
		GNode *src = i < nsrc ? srcs[i] : NULL;
		Hole k = ks[i];
		if (dsts[i] && src && is_self_assign(dsts[i], src)) {
			int g = new_group(e->F, G_ALWAYS, where->pos, NULL, 0);
			out(e->F, g, where->pos, arena_sprintf(e->F->a, "%s ignoring self-assignment in %s",
			                                       e->curfn->name, str(e->F, where)));
			k = hole(BLANK);
		}
		expr(e, hole_note(e->F, k, where, why), src);
	}
	reassigned(e, ks, ndst, where);
}

static int type_is_slice(Type *t)
{
	return t && types_underlying(t)->kind == TYPE_SLICE;
}

static Type *elem_of(Type *t)
{
	Type *u = types_underlying(t);
	return u->kind == TYPE_SLICE || u->kind == TYPE_POINTER ? u->u.pointer.elem :
	       u->kind == TYPE_ARRAY ? u->u.array.elem : NULL;
}

static void expr_skip_init(Esc *e, Hole k, GNode *n)
{
	Flows *F = e->F;
	if (k.derefs >= 0 && n->type && !types_is_untyped(n->type) && !gc_has_pointers(n->type))
		k.dst = BLANK;
	switch (n->op) {
	case GO_LITERAL: case GO_NIL: case GO_TYPE: case GO_METHEXPR:
		break;
	case GO_NAME:
		if (n->cls == CLS_FUNC || n->cls == CLS_GLOBAL || is_blank_name(n))
			break;
		flow(F, k, old_loc(e, n));
		break;
	case GO_UNARY:
		discard(e, n->x);
		break;
	case GO_BINARY:
		discard(e, n->x);
		discard(e, n->y);
		break;
	case GO_ADDR:
		expr(e, hole_addr(F, k, n, "address-of"), n->x);
		break;
	case GO_DEREF:
		expr(e, hole_deref(F, k, n, "indirection"), n->x);
		break;
	case GO_DOT: case GO_DOTINTER:
		expr(e, hole_note(F, k, n, "dot"), n->x);
		break;
	case GO_DOTPTR:
		expr(e, hole_deref(F, k, n, "dot of pointer"), n->x);
		break;
	case GO_DOTTYPE:
		expr(e, hole_dot_type(F, n->type, k, n, "dot"), n->x);
		break;
	case GO_INDEX:
		if (is_array(n->x->type))
			expr(e, hole_note(F, k, n, "fixed-array-index-of"), n->x);
		else
			expr(e, hole_deref(F, k, n, "dot of pointer"), n->x);
		discard(e, n->y);
		break;
	case GO_INDEXMAP:
		discard(e, n->x);
		discard(e, n->y);
		break;
	case GO_SLICE: case GO_SLICEARR: case GO_SLICESTR:
		expr(e, hole_note(F, k, n, "slice"), n->x);
		for (int i = 0; i < n->list.len; i++)
			discard(e, n->list.items[i]);
		break;
	case GO_CONV:
		expr(e, k, n->x);
		break;
	case GO_CONVIFACE:
		if (!types_is_interface(n->x->type) && !gc_is_direct_iface(n->x->type))
			k = spill(e, k, n);
		expr(e, hole_note(F, k, n, "interface-converted"), n->x);
		break;
	case GO_RECV:
		discard(e, n->x);
		break;
	case GO_CALLFUNC: case GO_CALLINTER: case GO_LEN: case GO_CAP: case GO_APPEND: case GO_COPY:
		call(e, &k, 1, n);
		break;
	case GO_PANIC: case GO_DELETE: case GO_PRINT: case GO_PRINTN: case GO_CLOSE:
		call(e, NULL, 0, n);
		break;
	case GO_NEW:
		spill(e, k, n);
		break;
	case GO_MAKESLICE:
		spill(e, k, n);
		discard(e, n->x);
		discard(e, n->y);
		break;
	case GO_MAKECHAN:
		discard(e, n->x);
		break;
	case GO_MAKEMAP:
		spill(e, k, n);
		discard(e, n->x);
		break;
	case GO_METHVALUE: {
		Hole closure_k = spill(e, k, n);
		Object *m = n->obj;
		Type *mt = m && m->type ? m->type : NULL;
		int nres = mt && mt->kind == TYPE_FUNC ? mt->u.func.results.len : 0;
		/* the results of a method value go anywhere: its callers are not known */
		Hole *ks = arena_alloc(F->a, sizeof(Hole) * ((size_t)nres + 1));
		for (int i = 0; i < nres; i++)
			ks[i] = hole(HEAP);
		Hole param_k = hole(HEAP);
		GFunc *fn = NULL;
		for (int i = 0; m && i < F->P->funcs.len; i++)
			if (F->P->funcs.items[i]->obj == m)
				fn = F->P->funcs.items[i];
		if (fn && !types_is_interface(n->x->type)) {
			if (fn->esc > ESC_UNKNOWN && fn->esc < ESC_TAGGED) {
				param_k = addr(e, fn->params.len ? fn->params.items[0] : NULL);
			} else if (fn->tags) {
				Hole tk[NUM_RESULTS + 1];
				int nt = 0;
				uint8_t *l = fn->tags[0];
				if (leaks_get(l, 0) >= 0)
					tk[nt++] = hole_shift(hole(HEAP), leaks_get(l, 0));
				for (int i = 0; i < NUM_RESULTS && i < nres; i++)
					if (leaks_get(l, 1 + i) >= 0)
						tk[nt++] = hole_shift(ks[i], leaks_get(l, 1 + i));
				param_k = tee_hole(e, tk, nt);
			}
		}
		Hole both[2] = {param_k, closure_k};
		expr(e, tee_hole(e, both, 2), n->x);
		break;
	}
	case GO_PTRLIT:
		expr(e, spill(e, k, n), n->x);
		break;
	case GO_ARRAYLIT:
		for (int i = 0; i < n->list.len; i++) {
			GNode *elt = n->list.items[i];
			if (elt->op == GO_KEY)
				elt = elt->y;
			expr(e, hole_note(F, k, n, "array literal element"), elt);
		}
		break;
	case GO_SLICELIT:
		k = spill(e, k, n);
		for (int i = 0; i < n->list.len; i++) {
			GNode *elt = n->list.items[i];
			if (elt->op == GO_KEY)
				elt = elt->y;
			expr(e, hole_note(F, k, n, "slice-literal-element"), elt);
		}
		break;
	case GO_STRUCTLIT:
		for (int i = 0; i < n->list.len; i++)
			expr(e, hole_note(F, k, n, "struct literal element"), n->list.items[i]->y);
		break;
	case GO_MAPLIT:
		spill(e, k, n);
		for (int i = 0; i < n->list.len; i++) {
			GNode *elt = n->list.items[i];
			assign_heap(e, elt->x, "map literal key", n);
			assign_heap(e, elt->y, "map literal value", n);
		}
		break;
	case GO_CLOSURE: {
		k = spill(e, k, n);
		VEC_PUSH(F->a, F->closures, ((XClosure){k, n}));
		GFunc *fn = n->fn;
		for (int i = 0; i < fn->cvars.len; i++) {
			XLoc *l = L_(F, old_loc(e, fn->cvars.items[i]));
			if (!l->captured) {
				l->captured = 1;
				/* reassignments in straight-line code before the first
				 * capture do not count */
				if (l->loop_depth == e->loop_depth)
					l->reassigned = 0;
			}
		}
		Esc ce = {F, fn, 1};
		for (int i = 0; i < fn->dcl.len; i++)
			if (fn->dcl.items[i]->loc < 0)
				new_loc(&ce, fn->dcl.items[i], 0);
		walk_func(F, fn);
		break;
	}
	case GO_RUNES2STR: case GO_BYTES2STR: case GO_STR2RUNES: case GO_STR2BYTES: case GO_RUNESTR:
		spill(e, k, n);
		discard(e, n->x);
		break;
	case GO_ADDSTR:
		spill(e, k, n);
		for (int i = 0; i < n->list.len; i++)
			discard(e, n->list.items[i]);
		break;
	default:
		break;
	}
}

static void expr(Esc *e, Hole k, GNode *n)
{
	if (!n)
		return;
	stmts(e, &n->init);
	expr_skip_init(e, k, n);
}

static int list_assigns(GList *l, GNode *name)
{
	for (int i = 0; i < l->len; i++)
		if (any_assigns(l->items[i], name))
			return 1;
	return 0;
}

static int any_assigns(GNode *n, GNode *name)
{
	if (!n)
		return 0;
	switch (n->op) {
	case GO_AS:
		if (n->x && canon(n->x) == name && n != name->defn)
			return 1;
		break;
	case GO_AS2: case GO_AS2FUNC: case GO_AS2MAPR: case GO_AS2DOTTYPE: case GO_AS2RECV:
		for (int i = 0; i < n->list.len; i++)
			if (n->list.items[i] && canon(n->list.items[i]) == name && n != name->defn)
				return 1;
		break;
	case GO_ADDR:
		if (canon(outer_value(n->x)) == name)
			return 1;
		break;
	case GO_CLOSURE:
		if (list_assigns(&n->fn->body, name))
			return 1;
		break;
	default:
		break;
	}
	if (any_assigns(n->x, name) || any_assigns(n->y, name) || any_assigns(n->z, name))
		return 1;
	return list_assigns(&n->list, name) || list_assigns(&n->rlist, name) || list_assigns(&n->init, name) ||
	       list_assigns(&n->body, name) || list_assigns(&n->els, name);
}

static GNode *static_value(GNode *n)
{
	for (;;) {
		if (n->op == GO_CONV && n->implicit) {
			n = n->x;
			continue;
		}
		if (n->op != GO_NAME || n->cls != CLS_AUTO || n->closure_var || !n->defn)
			return n;
		GNode *d = n->defn, *rhs = NULL;
		if (d->op == GO_AS) {
			rhs = d->y;
		} else if (d->op == GO_AS2) {
			for (int i = 0; i < d->list.len && i < d->rlist.len; i++)
				if (d->list.items[i] == n)
					rhs = d->rlist.items[i];
		}
		if (!rhs || n->addrtaken || !n->curfn || list_assigns(&n->curfn->body, n))
			return n;
		n = rhs;
	}
}

static GFunc *func_of(Flows *F, Object *o)
{
	for (int i = 0; o && i < F->P->funcs.len; i++)
		if (F->P->funcs.items[i]->obj == o)
			return F->P->funcs.items[i];
	return NULL;
}

static int in_mutual_batch(GFunc *fn)
{
	return fn && fn->esc > ESC_UNKNOWN && fn->esc < ESC_TAGGED;
}

/* The leaks of a library function's parameter i, from escape.c's table. */
static void lib_leaks(const char *name, int i, uint8_t *l)
{
	memset(l, 0, 8);
	const char *tag = name ? esc_lib_param_tag(name, i) : NULL;
	if (!tag || strcmp(tag, "heap") == 0)
		leaks_add(l, 0, 0);
	else if (strcmp(tag, "content") == 0)
		leaks_add(l, 0, 1);
	else if (strncmp(tag, "r0:", 3) == 0)
		leaks_add(l, 1, atoi(tag + 3));
}

/* gc: escape.tagHole, where an argument for parameter i goes. */
static Hole tag_hole(Esc *e, Hole *ks, int nks, int known, GFunc *fn, const char *libname, int i)
{
	if (!known)
		return hole(HEAP);
	if (fn && in_mutual_batch(fn))
		return addr(e, i < fn->params.len ? fn->params.items[i] : NULL);
	Leaks l;
	if (fn) {
		if (fn->tags && i < fn->params.len)
			memcpy(l, fn->tags[i], 8);
		else
			memset(l, 0, 8), leaks_add(l, 0, 0);
	} else {
		lib_leaks(libname, i, l);
	}
	Hole tk[NUM_RESULTS + 1];
	int nt = 0;
	if (leaks_get(l, 0) >= 0)
		tk[nt++] = hole_shift(hole(HEAP), leaks_get(l, 0));
	if (ks)
		for (int r = 0; r < NUM_RESULTS; r++)
			if (leaks_get(l, 1 + r) >= 0 && r < nks)
				tk[nt++] = hole_shift(ks[r], leaks_get(l, 1 + r));
	return tee_hole(e, tk, nt);
}

static int has_unique_pos(GNode *n)
{
	if (n->op == GO_NAME)
		return 0;
	return n->pos.file >= 0;
}

/* gc: escape.copyExpr, a temporary assigned expr in init. */
static GNode *copy_expr(Esc *e, Pos pos, GNode *x, GList *init)
{
	Flows *F = e->F;
	if (has_unique_pos(x))
		pos = x->pos;
	GFunc *fn = e->curfn;
	GNode *tmp = ARENA_NEW(F->a, GNode);
	tmp->op = GO_NAME;
	tmp->pos = pos;
	tmp->type = x->type;
	tmp->cls = CLS_AUTO;
	tmp->curfn = fn;
	tmp->autotmp = 1;
	tmp->loc = -1;
	tmp->sym = arena_sprintf(F->a, ".autotmp_%d", fn->dcl.len);
	VEC_PUSH(F->a, fn->dcl, tmp);
	GNode *d = ARENA_NEW(F->a, GNode);
	d->op = GO_DCL;
	d->pos = pos;
	d->x = tmp;
	d->loc = -1;
	GNode *as = ARENA_NEW(F->a, GNode);
	as->op = GO_AS;
	as->pos = pos;
	as->x = tmp;
	as->y = x;
	as->loc = -1;
	tmp->defn = as;
	VEC_PUSH(F->a, *init, d);
	VEC_PUSH(F->a, *init, as);
	new_loc(e, tmp, 0);
	stmt(e, d);
	stmt(e, as);
	return tmp;
}

/* gc: escape.wrapExpr, for the go/defer wrapper: the argument is
 * evaluated now, into a temporary the wrapper captures. */
static void wrap_expr(Esc *e, Pos pos, GNode **exprp, GList *init, GFunc *wrapper)
{
	GNode *tmp = copy_expr(e, pos, *exprp, init);
	L_(e->F, old_loc(e, tmp))->captured = 1;
	GNode *cv = ARENA_NEW(e->F->a, GNode);
	*cv = *tmp;
	cv->pos = pos;
	cv->canon = tmp;
	cv->closure_var = 1;
	cv->curfn = wrapper;
	VEC_PUSH(e->F->a, wrapper->cvars, cv);
	*exprp = cv;
}

static void rewrite_visit(Esc *e, Pos pos, GNode **argp, GList *init, GFunc *wrapper)
{
	GNode *a = *argp;
	if (!a || a->op == GO_LITERAL || a->op == GO_NIL || a->op == GO_METHEXPR)
		return;
	if (a->op == GO_NAME && a->cls == CLS_FUNC)
		return;
	if (wrapper)
		wrap_expr(e, pos, argp, init, wrapper);
}

/* gc: escape.rewriteArgument */
static void rewrite_argument(Esc *e, GNode **argp, GNode *c, GList *init, GFunc *wrapper)
{
	GNode *a = *argp;
	if (a && a->op == GO_SLICELIT) {
		for (int i = 0; i < a->list.len; i++) {
			GNode **el = &a->list.items[i];
			if ((*el)->op == GO_KEY)
				el = &(*el)->y;
			rewrite_visit(e, a->pos, el, init, wrapper);
		}
	} else {
		rewrite_visit(e, c->pos, argp, init, wrapper);
	}
}

static void argument(Esc *e, Hole k, GNode **argp, GNode *c, GList *init, GFunc *wrapper)
{
	rewrite_argument(e, argp, c, init, wrapper);
	expr(e, hole_note(e->F, k, c, "call parameter"), *argp);
}

static void call_common(Esc *e, Hole *ks, int nks, GNode *c, GList *init, GFunc *wrapper)
{
	Flows *F = e->F;
	switch (c->op) {
	case GO_CALLFUNC: case GO_CALLINTER: {
		c->fixed = 1;   /* gc: typecheck.FixVariadicCall, FixMethodCall */
		GFunc *fn = NULL;
		int known = 0;
		const char *libname = c->sym;
		Type *fntype = c->x->type ? types_underlying(c->x->type) : NULL;
		if (c->op == GO_CALLFUNC) {
			if (c->x->op == GO_CLOSURE)
				c->x->fn->closure_called = 1;
			GNode *v = static_value(c->x);
			if (v->op == GO_NAME && v->cls == CLS_FUNC) {
				known = 1;
				fn = func_of(F, v->obj);
			} else if (v->op == GO_CLOSURE) {
				known = 1;
				fn = v->fn;
			} else if (v->op == GO_METHEXPR) {
				known = 1;
				fn = func_of(F, v->obj);
			}
			if (fn)
				fntype = fn->sig;
		}
		if (ks && fn && in_mutual_batch(fn))
			for (int i = 0; i < fn->results.len && i < nks; i++)
				expr(e, ks[i], fn->results.items[i]);
		GNode **recvp = NULL;
		if (c->op == GO_CALLFUNC)
			argument(e, hole(BLANK), &c->x, c, init, wrapper);
		else
			recvp = &c->x->x;
		int a0 = 0;
		int has_recv = c->op == GO_CALLINTER || (fntype && fntype->kind == TYPE_FUNC && fntype->u.func.recv);
		int pi = 0;
		if (has_recv) {
			if (!recvp) {
				recvp = c->list.len ? &c->list.items[0] : NULL;
				a0 = 1;
			}
			if (recvp)
				argument(e, tag_hole(e, ks, nks, known, fn, libname, pi), recvp, c, init, wrapper);
			pi++;
		}
		int np = fntype && fntype->kind == TYPE_FUNC ? fntype->u.func.params.len : 0;
		for (int i = 0; i < np && a0 + i < c->list.len; i++)
			argument(e, tag_hole(e, ks, nks, known, fn, libname, pi + i), &c->list.items[a0 + i], c, init,
			         wrapper);
		break;
	}
	case GO_APPEND: {
		if (!c->list.len)
			break;
		Hole appendee_k = ks && nks ? ks[0] : hole(BLANK);
		Type *et = elem_of(c->list.items[0]->type);
		if (et && gc_has_pointers(et)) {
			Hole two[2] = {appendee_k, hole_deref(F, hole(HEAP), c, "appendee slice")};
			appendee_k = tee_hole(e, two, 2);
		}
		argument(e, appendee_k, &c->list.items[0], c, init, wrapper);
		if (c->ddd) {
			Hole appended_k = hole(BLANK);
			if (c->list.len > 1 && type_is_slice(c->list.items[1]->type) &&
			    gc_has_pointers(elem_of(c->list.items[1]->type)))
				appended_k = hole_deref(F, hole(HEAP), c, "appended slice...");
			if (c->list.len > 1)
				argument(e, appended_k, &c->list.items[1], c, init, wrapper);
		} else {
			for (int i = 1; i < c->list.len; i++)
				argument(e, hole(HEAP), &c->list.items[i], c, init, wrapper);
		}
		break;
	}
	case GO_COPY: {
		argument(e, hole(BLANK), &c->x, c, init, wrapper);
		Hole copied_k = hole(BLANK);
		if (type_is_slice(c->y->type) && gc_has_pointers(elem_of(c->y->type)))
			copied_k = hole_deref(F, hole(HEAP), c, "copied slice");
		argument(e, copied_k, &c->y, c, init, wrapper);
		break;
	}
	case GO_PANIC:
		argument(e, hole(HEAP), &c->x, c, init, wrapper);
		break;
	case GO_DELETE: case GO_PRINT: case GO_PRINTN:
		for (int i = 0; i < c->list.len; i++)
			argument(e, hole(BLANK), &c->list.items[i], c, init, wrapper);
		break;
	case GO_LEN: case GO_CAP: case GO_CLOSE:
		argument(e, hole(BLANK), &c->x, c, init, wrapper);
		break;
	default:
		break;
	}
}

static void call(Esc *e, Hole *ks, int nks, GNode *c)
{
	call_common(e, ks, nks, c, &c->init, NULL);
}

/* gc: escape.goDeferStmt */
static void go_defer(Esc *e, GNode *n)
{
	Flows *F = e->F;
	Hole k = hole(HEAP);
	if (n->op == GO_DEFER && e->loop_depth == 1)
		k = later(e, hole(BLANK));   /* lasts until the function returns, no longer */
	GNode *c = n->x;
	stmts(e, &n->init);
	if (!c)
		return;
	if (c->op == GO_CALLFUNC && c->x->op != GO_METHEXPR) {
		Type *sig = c->x->type ? types_underlying(c->x->type) : NULL;
		if (sig && sig->kind == TYPE_FUNC && sig->u.func.params.len + sig->u.func.results.len == 0) {
			if (c->x->op == GO_CLOSURE && n->op == GO_GO)
				c->x->go_wrap = 1;
			expr(e, k, c->x);
			return;
		}
	}
	/* a new function without arguments or results, that makes the call */
	GFunc *fn = ARENA_NEW(F->a, GFunc);
	fn->name = "func literal";
	fn->wrapper = 1;
	fn->outer = e->curfn;
	fn->esc = ESC_TAGGED;
	GNode *clo = ARENA_NEW(F->a, GNode);
	clo->op = GO_CLOSURE;
	clo->pos = n->pos;
	clo->fn = fn;
	clo->loc = -1;
	clo->type = NULL;
	call_common(e, NULL, 0, c, &n->init, fn);
	Hole sk = spill(e, k, clo);
	VEC_PUSH(F->a, F->closures, ((XClosure){sk, clo}));
}

static void stmt(Esc *e, GNode *n)
{
	if (!n)
		return;
	Flows *F = e->F;
	stmts(e, &n->init);
	switch (n->op) {
	case GO_BRANCH: case GO_LABEL:
		break;
	case GO_BLOCK:
		stmts(e, &n->list);
		break;
	case GO_DCL:
		if (!is_blank_name(n->x))
			dcl(e, n->x);
		break;
	case GO_IF:
		discard(e, n->y);
		block(e, &n->body);
		block(e, &n->els);
		break;
	case GO_FOR:
		e->loop_depth++;
		discard(e, n->y);
		stmt(e, n->z);
		block(e, &n->body);
		e->loop_depth--;
		break;
	case GO_RANGE: {
		int tmp = new_loc(e, NULL, 0);   /* the range expression, evaluated once */
		expr(e, hole(tmp), n->x);
		e->loop_depth++;
		Hole ks[2];
		ks[0] = addr(e, n->list.len > 0 ? n->list.items[0] : NULL);
		ks[1] = addr(e, n->list.len > 1 ? n->list.items[1] : NULL);
		if (is_array(n->x->type))
			flow(F, hole_note(F, ks[1], n, "range"), tmp);
		else
			flow(F, hole_deref(F, ks[1], n, "range-deref"), tmp);
		reassigned(e, ks, 2, n);
		block(e, &n->body);
		e->loop_depth--;
		break;
	}
	case GO_SWITCH:
		if (n->tsw) {
			VEC(Hole) ks = {0};
			if (n->sym) {
				for (int i = 0; i < n->list.len; i++) {
					GNode *cas = n->list.items[i];
					GNode *cv = cas->x;
					if (!cv)
						continue;
					Hole k = dcl(e, cv);
					if (gc_has_pointers(cv->type))
						VEC_PUSH(F->a, ks, hole_dot_type(F, cv->type, k, cas, "switch case"));
				}
			}
			expr(e, tee_hole(e, ks.items, ks.len), n->x);
		} else {
			discard(e, n->y);
		}
		for (int i = 0; i < n->list.len; i++) {
			GNode *cas = n->list.items[i];
			for (int j = 0; j < cas->list.len; j++)
				if (cas->list.items[j]->op != GO_TYPE)
					discard(e, cas->list.items[j]);
			block(e, &cas->body);
		}
		break;
	case GO_SELECT:
		for (int i = 0; i < n->list.len; i++) {
			GNode *cas = n->list.items[i];
			stmts(e, &cas->init);
			stmt(e, cas->x);
			block(e, &cas->body);
		}
		break;
	case GO_RECV:
		expr_skip_init(e, hole(BLANK), n);
		break;
	case GO_SEND:
		discard(e, n->x);
		assign_heap(e, n->y, "send", n);
		break;
	case GO_AS:
		assign_list(e, &n->x, 1, &n->y, 1, "assign", n);
		break;
	case GO_ASOP:
		assign_list(e, &n->x, 1, &n->y, 1, "assign", n);
		break;
	case GO_AS2: case GO_AS2DOTTYPE: case GO_AS2MAPR: case GO_AS2RECV:
		assign_list(e, n->list.items, n->list.len, n->rlist.items, n->rlist.len,
		            n->op == GO_AS2 ? "assign-pair" : n->op == GO_AS2DOTTYPE ? "assign-pair-dot-type" :
		            n->op == GO_AS2MAPR ? "assign-pair-mapr" : "assign-pair-receive", n);
		break;
	case GO_AS2FUNC: {
		Hole *ks = arena_alloc(F->a, sizeof(Hole) * ((size_t)n->list.len + 1));
		for (int i = 0; i < n->list.len; i++)
			ks[i] = addr(e, n->list.items[i]);
		GNode *c = n->rlist.len ? n->rlist.items[0] : NULL;
		if (c && (c->op == GO_CALLFUNC || c->op == GO_CALLINTER)) {
			stmts(e, &c->init);
			call(e, ks, n->list.len, c);
		} else {
			discard(e, c);
		}
		reassigned(e, ks, n->list.len, n);
		break;
	}
	case GO_RETURN: {
		GFunc *fn = e->curfn;
		assign_list(e, fn->results.items, fn->results.len, n->list.items, n->list.len, "return", n);
		break;
	}
	case GO_CALLFUNC: case GO_CALLINTER: case GO_COPY: case GO_DELETE: case GO_PANIC: case GO_PRINT:
	case GO_PRINTN: case GO_CLOSE: case GO_APPEND: case GO_LEN: case GO_CAP:
		call(e, NULL, 0, n);
		break;
	case GO_GO: case GO_DEFER:
		go_defer(e, n);
		break;
	default:
		discard(e, n);
		break;
	}
}

void walk_func(Flows *F, GFunc *fn)
{
	Esc e = {F, fn, 1};
	fn->esc = ESC_STARTED;
	block(&e, &fn->body);
}
