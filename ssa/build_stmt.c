/* build_stmt.c — assignments and statements: what can be assigned to
 * (LVal), :=, op-assignment, var, if, for, range, switch and type switch,
 * return, break/continue/goto, defer.  Control flow becomes blocks here,
 * and blocks are sealed as soon as their predecessors are all known. */
#include "build.h"

/* ---- assignments ------------------------------------------------------------------ */

typedef enum { LV_BLANK, LV_HOME, LV_ADDR, LV_MAP } LvKind;

typedef struct LVal {
	LvKind kind;
	int through_ptr;  /* LV_ADDR: reached through a pointer (through_pointer) */
	VarHome *home;    /* LV_HOME: an SSA variable */
	Value *addr;      /* LV_ADDR */
	Value *map;       /* LV_MAP: m[k], with m and k evaluated before the right side */
	Val key;
	Type *maptype;
	Type *type;
} LVal;

/* Whether assigning to e stores through a pointer: e is not a variable,
 * a field of one or an element of an array variable, but s[i] on a
 * slice, *p, p.f or a field reached through an embedded pointer.  gc's
 * escape analysis does not follow such stores to the object pointed to:
 * what is stored goes to the heap (escape.(*escape).addr), and gosub
 * marks the Store so that its analysis decides the same. */
static int through_pointer(Node *e)
{
	for (;;) {
		switch (e->kind) {
		case NODE_PAREN:
			e = AST(e, paren).x;
			continue;
		case NODE_NAME:
			return 0;
		case NODE_SELECTOR: {
			Selection *sel = AST(e, selector).info;
			if (sel && sel->kind == SEL_QUALIFIED)
				return 0;
			if (!sel || sel->kind != SEL_FIELD || sel->indirect ||
			    types_underlying(AST(e, selector).x->type)->kind == TYPE_POINTER)
				return 1;
			e = AST(e, selector).x;
			continue;
		}
		case NODE_INDEX:
			if (types_underlying(AST(e, index).x->type)->kind != TYPE_ARRAY)
				return 1;
			e = AST(e, index).x;
			continue;
		default:
			return 1;
		}
	}
}

static LVal lvalue(Builder *B, Node *e)
{
	LVal l = {0};
	l.type = e->type;
	e = ast_unparen(e);
	if (e->kind == NODE_NAME) {
		Object *o = AST(e, name).obj;
		if (!o || strcmp(AST(e, name).name, "_") == 0) {
			l.kind = LV_BLANK;
			return l;
		}
		l.type = o->type;
		VarHome *h = home_of(B, o);
		if (!h)
			h = declare(B, o);
		if (h->var >= 0) {
			l.kind = LV_HOME;
			l.home = h;
			return l;
		}
		l.kind = LV_ADDR;
		l.addr = home_addr(B, h);
		return l;
	}
	if (e->kind == NODE_INDEX && types_underlying(AST(e, index).x->type)->kind == TYPE_MAP) {
		l.kind = LV_MAP;
		l.maptype = AST(e, index).x->type;
		l.map = expr(B, AST(e, index).x).w[0];
		l.key = map_key(B, l.maptype, AST(e, index).indices.items[0]);
		return l;
	}
	l.kind = LV_ADDR;
	l.through_ptr = through_pointer(e);
	l.addr = addr_of(B, e);
	return l;
}

static Val lval_read(Builder *B, LVal *l)
{
	if (l->kind == LV_HOME)
		return read_home(B, l->home, l->type);
	if (l->kind == LV_MAP)
		return map_load(B, l->type, map_call(B, MAP_ACCESS1, l->maptype, l->map, l->key, NULL));
	return load_val(B, l->type, l->addr);
}

static void lval_write(Builder *B, LVal *l, Val v)
{
	if (l->kind == LV_BLANK)
		return;
	v = assign_conv(B, v, l->type);
	if (l->kind == LV_MAP) {
		store_val(B, map_call(B, MAP_ASSIGN, l->maptype, l->map, l->key, NULL), v);
		return;
	}
	if (l->kind == LV_HOME) {
		write_home(B, l->home, v);
	} else {
		B->heap_stores = l->through_ptr;
		store_val(B, l->addr, v);
		B->heap_stores = 0;
	}
}

/* A value in memory is copied before a tuple assignment overwrites it:
 * in a, b = b, a the right side is read before anything is written. */
Val materialize(Builder *B, Val v)
{
	if (v.n)
		return v;
	types_layout(v.type);
	Local *tmp = temp(B, v.type->size, v.type->align);
	Value *p = local_addr(B, tmp);
	move(B, p, v.addr, v.type->size);
	v.addr = p;
	return v;
}

/* Evaluates the right-hand sides of an assignment (one multi-valued call,
 * or one expression per left side). */
static int rhs_values(Builder *B, NodeList *rhs, int want, Val *out)
{
	if (rhs->len == 1 && want > 1)
		return call_expr(B, rhs->items[0], out, want);
	for (int i = 0; i < rhs->len; i++)
		out[i] = expr(B, rhs->items[i]);
	return rhs->len;
}

static void define_or_assign(Builder *B, Node *s)
{
	NodeList *lhs = &AST(s, assign).lhs, *rhs = &AST(s, assign).rhs;
	int op = AST(s, assign).op;
	int n = lhs->len;
	Val *vals = arena_alloc(B->a, sizeof(Val) * (size_t)(n + 1));
	LVal *ls = arena_alloc(B->a, sizeof(LVal) * (size_t)(n + 1));
	if (op == TOK_DEFINE) {
		/* new variables on the left are declared after the right side is
		 * evaluated (x := x + 1 in an inner scope reads the outer x) */
		rhs_values(B, rhs, n, vals);
		for (int i = 0; i < n; i++) {
			Node *id = lhs->items[i];
			Object *o = AST(id, name).obj;
			if (o && strcmp(o->name, "_") != 0 && !map_get(&B->homes, ptr_key(o)))
				declare(B, o);
		}
		for (int i = 0; i < n; i++)
			ls[i] = lvalue(B, lhs->items[i]);
	} else {
		for (int i = 0; i < n; i++)
			ls[i] = lvalue(B, lhs->items[i]);
		rhs_values(B, rhs, n, vals);
	}
	B->pos = s->pos;
	if (n > 1)
		for (int i = 0; i < n; i++)
			vals[i] = materialize(B, vals[i]);
	B->conv_ctx = GCPOS_ASSIGN;
	B->conv_pos = gcpos_leftmost(lhs->items[0]);   /* gc: the statement starts there */
	for (int i = 0; i < n; i++)
		lval_write(B, &ls[i], vals[i]);
	B->conv_ctx = GCPOS_OWN;
}

static int assign_op_token(int op)
{
	switch (op) {
	case TOK_ADD_ASSIGN: return TOK_ADD;
	case TOK_SUB_ASSIGN: return TOK_SUB;
	case TOK_MUL_ASSIGN: return TOK_STAR;
	case TOK_DIV_ASSIGN: return TOK_DIV;
	case TOK_REM_ASSIGN: return TOK_REM;
	case TOK_AND_ASSIGN: return TOK_AND;
	case TOK_OR_ASSIGN: return TOK_OR;
	case TOK_XOR_ASSIGN: return TOK_XOR;
	case TOK_AND_NOT_ASSIGN: return TOK_AND_NOT;
	case TOK_SHL_ASSIGN: return TOK_SHL;
	case TOK_SHR_ASSIGN: return TOK_SHR;
	}
	return 0;
}

/* x op= y, and x++ / x-- (y NULL, op TOK_ADD or TOK_SUB). */
static void op_assign(Builder *B, Node *xn, int op, Node *yn, Pos pos)
{
	LVal l = lvalue(B, xn);
	if (l.kind == LV_MAP && op != TOK_DIV && op != TOK_REM) {
		/* m[k] op= y: one mapassign, then *p = *p op y through its slot
		 * (a new key starts at zero).  / and % look up first and assign
		 * after, as gc does, so that y == 0 panics before the insert. */
		B->pos = pos;
		l.kind = LV_ADDR;
		l.addr = map_call(B, MAP_ASSIGN, l.maptype, l.map, l.key, NULL);
	}
	Val x = lval_read(B, &l);
	Val y;
	if (yn) {
		y = expr(B, yn);
	} else {
		y = word_val(xn->type, iconst(B, scalar_type(xn->type), 1));
	}
	B->pos = pos;
	Val r;
	if (op == TOK_ADD && types_is_string(xn->type)) {
		Value *args[5] = {x.w[0], x.w[1], y.w[0], y.w[1], iconst(B, ST_PTR, 0)};
		Value *res[2];
		SsaType rt[2] = {ST_PTR, ST_INT};
		Value *c = call_runtime(B, "rt_concatstring2", args, 5, 2, rt, res, 0);
		c->site = runtime_site(B, "", pos);
		c->site->quiet = 1;   /* gc reports nothing for s += t */
		r = x;
		r.w[0] = res[0];
		r.w[1] = res[1];
	} else {
		r = word_val(xn->type, arith(B, op, scalar_type(xn->type), x.w[0], y.w[0],
		                             yn ? yn->type : NULL));
	}
	lval_write(B, &l, r);
}

static void var_decl(Builder *B, Node *spec)
{
	NodeList *names = &AST(spec, value_spec).names, *values = &AST(spec, value_spec).values;
	int n = names->len;
	Val *vals = arena_alloc(B->a, sizeof(Val) * (size_t)(n + 1));
	if (values->len)
		rhs_values(B, values, n, vals);
	for (int i = 0; i < n; i++) {
		Object *o = AST(names->items[i], name).obj;
		if (!o || strcmp(o->name, "_") == 0)
			continue;
		VarHome *h = declare(B, o);
		if (h->var < 0 && !values->len) {
			if (!h->indirect) {   /* the heap comes zeroed */
				types_layout(o->type);
				zero(B, home_addr(B, h), o->type->size);
			}
			continue;
		}
		B->conv_ctx = GCPOS_DECL;
		B->conv_pos = o->pos;
		Val v = values->len ? assign_conv(B, vals[i], o->type) : zero_val(B, o->type);
		B->conv_ctx = GCPOS_OWN;
		write_home(B, h, v);
	}
}

/* ---- statements -------------------------------------------------------------------- */

static void stmts(Builder *B, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		stmt(B, l->items[i]);
}

static Target *push_target(Builder *B, Block *brk, Block *cont)
{
	Target t = {B->pending_label, brk, cont};
	B->pending_label = NULL;
	VEC_PUSH(B->a, B->targets, t);
	return &B->targets.items[B->targets.len - 1];
}

static void if_stmt(Builder *B, Node *s)
{
	if (AST(s, if_stmt).init)
		stmt(B, AST(s, if_stmt).init);
	Block *then = new_block(B), *els = AST(s, if_stmt).els ? new_block(B) : NULL;
	Block *join = new_block(B);
	cond(B, AST(s, if_stmt).cond, then, els ? els : join);
	seal(B, then);
	B->cur = then;
	stmt(B, AST(s, if_stmt).then);
	if (!terminated(B->cur))
		jump(B, join);
	if (els) {
		seal(B, els);
		B->cur = els;
		stmt(B, AST(s, if_stmt).els);
		if (!terminated(B->cur))
			jump(B, join);
	}
	seal(B, join);
	B->cur = join;
}

static void for_stmt(Builder *B, Node *s)
{
	if (AST(s, for_stmt).init)
		stmt(B, AST(s, for_stmt).init);
	Block *header = new_block(B), *body = new_block(B), *post = new_block(B), *exit = new_block(B);
	header->likely = 1;
	jump(B, header);
	B->cur = header;
	if (AST(s, for_stmt).cond)
		cond(B, AST(s, for_stmt).cond, body, exit);
	else
		jump(B, body);
	seal(B, body);
	B->cur = body;
	push_target(B, exit, post);
	stmt(B, AST(s, for_stmt).body);
	B->targets.len--;
	if (!terminated(B->cur))
		jump(B, post);
	seal(B, post);
	B->cur = post;
	if (AST(s, for_stmt).post)
		stmt(B, AST(s, for_stmt).post);
	if (!terminated(B->cur))
		jump(B, header);
	seal(B, header);
	seal(B, exit);
	B->cur = exit;
}

/* for k, v := range x, over a string (runes), an array or a slice. */
/* A range clause's := variables, declared once for the whole loop (Go
 * 1.19: the iterations share them). */
void range_declare(Builder *B, Node *s)
{
	if (AST(s, range).tok != TOK_DEFINE)
		return;
	Node *kn = AST(s, range).key, *vn = AST(s, range).value;
	if (kn && AST(kn, name).obj && strcmp(AST(kn, name).name, "_") != 0)
		declare(B, AST(kn, name).obj);
	if (vn && AST(vn, name).obj && strcmp(AST(vn, name).name, "_") != 0)
		declare(B, AST(vn, name).obj);
}

/* k, v = kv, vv at the top of an iteration (either may be absent). */
void range_assign(Builder *B, Node *kn, Val kv, Node *vn, Val vv)
{
	if (kn) {
		LVal l = lvalue(B, kn);
		lval_write(B, &l, kv);
	}
	if (vn) {
		LVal l = lvalue(B, vn);
		lval_write(B, &l, vv);
	}
}

/* The body of a range loop, where break goes to exit and continue to
 * post; leaves the builder in post, and says whether post is reachable
 * (the caller then adds the step and the back edge). */
int range_body(Builder *B, Node *s, Block *exit, Block *post)
{
	push_target(B, exit, post);
	stmt(B, AST(s, range).body);
	B->targets.len--;
	if (!terminated(B->cur))
		jump(B, post);
	seal(B, post);
	B->cur = post;
	return !terminated(B->cur);
}

static void range_stmt(Builder *B, Node *s)
{
	Node *xn = AST(s, range).x;
	Node *kn = AST(s, range).key, *vn = AST(s, range).value;
	Type *u = types_underlying(xn->type);
	if (u->kind == TYPE_POINTER)
		u = types_underlying(u->u.pointer.elem);
	if (u->kind == TYPE_MAP) {
		map_range(B, s);
		return;
	}
	if (u->kind != TYPE_STRING && u->kind != TYPE_ARRAY && u->kind != TYPE_SLICE) {
		unsupported(B, s->pos, "range over this type");
		return;
	}
	/* the range expression is evaluated once; an array is copied if its
	 * elements are used (Go spec: For statements with range clause) */
	Value *base = NULL, *len;
	Val x = {0};
	Type *et = NULL;
	if (u->kind == TYPE_ARRAY && types_underlying(xn->type)->kind == TYPE_POINTER) {
		/* range over *[N]T: the elements of the array it points to */
		et = u->u.array.elem;
		len = iconst(B, ST_INT, u->u.array.len);
		base = expr(B, xn).w[0];
		if (vn)
			nil_checked(B, base);
	} else if (u->kind == TYPE_ARRAY) {
		et = u->u.array.elem;
		len = iconst(B, ST_INT, u->u.array.len);
		if (vn) {
			Val a = expr(B, xn);
			a = materialize(B, a);
			base = a.addr;
		} else if (xn->mode != MODE_VARIABLE) {
			expr(B, xn);
		}
	} else {
		x = expr(B, xn);
		base = x.w[0];
		len = x.w[1];
		if (u->kind == TYPE_SLICE)
			et = u->u.pointer.elem;
	}
	if (et)
		types_layout(et);
	int ivar = new_var(B, "hidden_i", ST_INT);
	write_var(B, ivar, B->cur, iconst(B, ST_INT, 0));
	int nextvar = new_var(B, "hidden_next", ST_INT);
	range_declare(B, s);
	Block *header = new_block(B), *body = new_block(B), *post = new_block(B), *exit = new_block(B);
	jump(B, header);
	B->cur = header;
	B->pos = s->pos;
	Value *i = read_var(B, ivar, header);
	branch(B, v2(B, OP_Less, ST_BOOL, i, len), body, exit);
	seal(B, body);
	B->cur = body;
	i = read_var(B, ivar, body);
	Val kv = word_val(types_basic[TYPE_INT], i), vv = {0};
	if (u->kind == TYPE_STRING) {
		/* ASCII inline; anything else through the runtime's decoder */
		Value *c = load(B, ST_UINT8, v2(B, OP_AddPtr, ST_PTR, base, i));
		int rvar = new_var(B, "hidden_r", ST_INT32);
		Block *ascii = new_block(B), *multi = new_block(B), *join = new_block(B);
		branch(B, v2(B, OP_Lessu, ST_BOOL, c, iconst(B, ST_UINT8, 0x80)), ascii, multi);
		seal(B, ascii);
		seal(B, multi);
		B->cur = ascii;
		write_var(B, rvar, ascii, v1(B, OP_Copy, ST_INT32, c));
		write_var(B, nextvar, ascii, v2(B, OP_Add, ST_INT, i, iconst(B, ST_INT, 1)));
		jump(B, join);
		B->cur = multi;
		Value *args[3] = {base, len, i}, *res[2];
		SsaType rt[2] = {ST_INT32, ST_INT};
		call_runtime(B, "rt_decoderune", args, 3, 2, rt, res, 0);
		write_var(B, rvar, B->cur, res[0]);
		write_var(B, nextvar, B->cur, res[1]);
		jump(B, join);
		seal(B, join);
		B->cur = join;
		vv = word_val(types_rune, read_var(B, rvar, join));
	} else {
		write_var(B, nextvar, B->cur, v2(B, OP_Add, ST_INT, i, iconst(B, ST_INT, 1)));
		if (vn)
			vv = load_val(B, et, elem_addr(B, base, i, et->size));
	}
	range_assign(B, kn, kv, vn, vv);
	if (range_body(B, s, exit, post)) {
		write_var(B, ivar, post, read_var(B, nextvar, post));
		jump(B, header);
	}
	seal(B, header);
	seal(B, exit);
	B->cur = exit;
}

static int ends_in_fallthrough(NodeList *body)
{
	if (!body->len)
		return 0;
	Node *last = body->items[body->len - 1];
	return last->kind == NODE_BRANCH && AST(last, branch).tok == TOK_FALLTHROUGH;
}

static void switch_stmt(Builder *B, Node *s)
{
	if (AST(s, switch_stmt).init)
		stmt(B, AST(s, switch_stmt).init);
	Node *tagn = AST(s, switch_stmt).tag;
	Val tag = {0};
	Type *tagt = NULL;
	if (tagn) {
		tag = expr(B, tagn);
		tagt = default_type(tagn->type);
		tag.type = tagt;
		tag = materialize(B, tag);
	}
	NodeList *clauses = &AST(s, switch_stmt).clauses;
	int n = clauses->len;
	Block **bodies = arena_alloc(B->a, sizeof(Block *) * (size_t)(n + 1));
	Block *exit = new_block(B);
	int dflt = -1;
	for (int i = 0; i < n; i++) {
		bodies[i] = new_block(B);
		if (AST(clauses->items[i], case_clause).is_default)
			dflt = i;
	}
	/* the tests, in source order; default last */
	for (int i = 0; i < n; i++) {
		Node *c = clauses->items[i];
		NodeList *list = &AST(c, case_clause).list;
		for (int k = 0; k < list->len; k++) {
			Node *e = list->items[k];
			Block *next = new_block(B);
			if (tagn) {
				B->pos = e->pos;
				Val x = expr(B, e);
				Type *ct = tagt;
				Val tv = tag;
				B->conv_quiet = 1;
				if (types_is_interface(e->type) && !types_is_interface(tagt)) {
					/* a concrete tag, an interface case: compared as interfaces */
					ct = e->type;
					tv = assign_conv(B, tag, ct);
				}
				x = assign_conv(B, x, ct);
				B->conv_quiet = 0;
				Value *eq = equal(B, ct, tv, x);
				branch(B, eq, bodies[i], next);
			} else {
				cond(B, e, bodies[i], next);
			}
			seal(B, next);
			B->cur = next;
		}
	}
	jump(B, dflt >= 0 ? bodies[dflt] : exit);
	push_target(B, exit, NULL);
	for (int i = 0; i < n; i++) {
		Node *c = clauses->items[i];
		if (i == 0 || !ends_in_fallthrough(&AST(clauses->items[i - 1], case_clause).body))
			seal(B, bodies[i]);
		B->cur = bodies[i];
		stmts(B, &AST(c, case_clause).body);
		if (ends_in_fallthrough(&AST(c, case_clause).body) && i + 1 < n) {
			jump(B, bodies[i + 1]);
			seal(B, bodies[i + 1]);
			start_dead_block(B);
		}
		if (!terminated(B->cur))
			jump(B, exit);
	}
	B->targets.len--;
	seal(B, exit);
	B->cur = exit;
}

/* switch v := x.(type) { case T1: ... case T2, T3: ... case nil: ... }
 * (Go spec: Type switches): the dynamic type of x is found once and
 * compared with each case in source order, as a chain of tests like an
 * expression switch; a case with an interface type asks the runtime
 * whether the dynamic type has its methods.  In a clause with one type,
 * v is x's value as that type; otherwise v is x itself. */
static void type_switch_stmt(Builder *B, Node *s)
{
	if (AST(s, type_switch).init)
		stmt(B, AST(s, type_switch).init);
	Node *xn = AST(AST(s, type_switch).guard, assert).x;
	Val x = materialize(B, expr(B, xn));
	B->pos = AST(s, type_switch).guard->pos;
	Value *t = dyn_type(B, x);
	Value *nilw = iconst(B, ST_PTR, 0);
	NodeList *clauses = &AST(s, type_switch).clauses;
	int n = clauses->len;
	Block **bodies = arena_alloc(B->a, sizeof(Block *) * (size_t)(n + 1));
	Value **tabs = arena_alloc(B->a, sizeof(Value *) * (size_t)(n + 1));  /* a case I's itab */
	Block *exit = new_block(B);
	int dflt = -1;
	for (int i = 0; i < n; i++) {
		bodies[i] = new_block(B);
		tabs[i] = NULL;
		if (AST(clauses->items[i], case_clause).is_default)
			dflt = i;
	}
	for (int i = 0; i < n; i++) {
		NodeList *list = &AST(clauses->items[i], case_clause).list;
		for (int k = 0; k < list->len; k++) {
			Node *e = list->items[k];
			Block *next = new_block(B);
			B->pos = e->pos;
			Value *match;
			if (types_underlying(e->type)->kind == TYPE_UNTYPED_NIL) {
				match = v2(B, OP_Eq, ST_BOOL, t, nilw);
			} else if (types_is_interface(e->type) && is_empty_iface(B->prog, e->type)) {
				match = v2(B, OP_Neq, ST_BOOL, t, nilw);
			} else if (types_is_interface(e->type)) {
				Value *a[2] = {sym_addr(B, type_desc(B->prog, e->type)), t}, *tab;
				SsaType pt = ST_PTR;
				call_runtime(B, "rt_assertitab2", a, 2, 1, &pt, &tab, 0);
				match = v2(B, OP_Neq, ST_BOOL, tab, nilw);
				tabs[i] = tab;   /* the only way into a one-type clause: v's itab */
			} else {
				match = v2(B, OP_Eq, ST_BOOL, t, sym_addr(B, type_desc(B->prog, e->type)));
			}
			branch(B, match, bodies[i], next);
			seal(B, next);
			B->cur = next;
		}
	}
	jump(B, dflt >= 0 ? bodies[dflt] : exit);
	push_target(B, exit, NULL);
	for (int i = 0; i < n; i++) {
		Node *c = clauses->items[i];
		seal(B, bodies[i]);
		B->cur = bodies[i];
		Object *v = AST(c, case_clause).implicit;
		if (v) {
			B->pos = v->pos;
			Val val;
			Type *vt = v->type;
			if (types_identical(vt, xn->type)) {
				val = x;
			} else if (types_is_interface(vt)) {
				val.n = 2;
				val.type = vt;
				val.w[1] = x.w[1];
				if (is_empty_iface(B->prog, vt)) {
					val.w[0] = t;
				} else if (tabs[i]) {
					val.w[0] = tabs[i];
				} else {
					Value *a[2] = {sym_addr(B, type_desc(B->prog, vt)), t};
					SsaType pt = ST_PTR;
					call_runtime(B, "rt_assertitab2", a, 2, 1, &pt, &val.w[0], 0);
				}
			} else {
				val = iface_value(B, vt, x.w[1]);
			}
			val.type = vt;
			write_home(B, declare(B, v), val);
		}
		stmts(B, &AST(c, case_clause).body);
		if (!terminated(B->cur))
			jump(B, exit);
	}
	B->targets.len--;
	seal(B, exit);
	B->cur = exit;
}

void return_stmt(Builder *B, Node *s)
{
	NodeList *results = &AST(s, ret).results;
	ObjectList *objs = &B->result_objs;
	Val vals[64];
	int n = objs->len;
	if (n > 64) {
		unsupported(B, s->pos, "more than 64 results");
		return;
	}
	int named = n > 0 && objs->items[0]->name[0];
	if (results->len == 0) {
		for (int i = 0; i < n; i++)
			vals[i] = read_home(B, home_of(B, objs->items[i]), objs->items[i]->type);
	} else {
		rhs_values(B, results, n, vals);
		for (int i = 0; i < n; i++)
			vals[i] = assign_conv(B, vals[i], objs->items[i]->type);
	}
	B->pos = s->pos;
	if (B->has_defer) {
		/* Go spec: Defer statements: the results are set, then the
		 * deferred calls run (and may change named results), then the
		 * function returns what the results hold */
		if (named && results->len) {
			for (int i = 0; i < n; i++)
				vals[i] = materialize(B, vals[i]);
			for (int i = 0; i < n; i++)
				if (strcmp(objs->items[i]->name, "_") != 0)
					write_home(B, home_of(B, objs->items[i]), vals[i]);
		}
		Value *frame = local_addr(B, B->defer_frame);
		call_runtime(B, "rt_deferreturn", &frame, 1, 0, NULL, NULL, 0);
		if (named)
			for (int i = 0; i < n; i++)
				if (strcmp(objs->items[i]->name, "_") != 0)
					vals[i] = read_home(B, home_of(B, objs->items[i]), objs->items[i]->type);
	}
	Value *r = ssa_new_value(B->cur, OP_Return, ST_MEM, B->pos);
	if (B->result_ptr) {
		ssa_remove_value(r);
		for (int i = 0; i < n; i++)
			store_val(B, offptr(B, B->result_ptr, result_offset(objs, i, NULL)), vals[i]);
		r = ssa_new_value(B->cur, OP_Return, ST_MEM, B->pos);
	} else {
		ValueList words = {0};
		for (int i = 0; i < n; i++)
			flatten(B, vals[i], &words);
		/* the loads flatten made come before the Return */
		ssa_remove_value(r);
		r = ssa_new_value(B->cur, OP_Return, ST_MEM, B->pos);
		for (int i = 0; i < words.len; i++)
			ssa_add_arg(r, words.items[i]);
	}
	ssa_add_arg(r, mem(B));
	B->cur->kind = BLOCK_RET;
	ssa_set_control(B->cur, r);
	start_dead_block(B);
}

static void branch_stmt(Builder *B, Node *s)
{
	int tok = AST(s, branch).tok;
	Node *label = AST(s, branch).label;
	if (tok == TOK_GOTO) {
		unsupported(B, s->pos, "goto");
		return;
	}
	if (tok == TOK_FALLTHROUGH)
		return; /* switch_stmt wires it */
	for (int i = B->targets.len - 1; i >= 0; i--) {
		Target *t = &B->targets.items[i];
		if (label ? (t->label && AST(t->label, name).name == AST(label, name).name)
		          : (tok == TOK_BREAK || t->cont)) {
			Block *to = tok == TOK_BREAK ? t->brk : t->cont;
			if (!to)
				continue;
			jump(B, to);
			start_dead_block(B);
			return;
		}
	}
	ice("break or continue without a target");
}

/* Does a function body defer anything (not counting func literals)? */
int contains_defer(Node *n)
{
	if (!n)
		return 0;
	switch (n->kind) {
	case NODE_DEFER:
		return 1;
	case NODE_BLOCK:
		for (int i = 0; i < AST(n, block).stmts.len; i++)
			if (contains_defer(AST(n, block).stmts.items[i]))
				return 1;
		return 0;
	case NODE_IF:
		return contains_defer(AST(n, if_stmt).then) || contains_defer(AST(n, if_stmt).els);
	case NODE_FOR:
		return contains_defer(AST(n, for_stmt).body);
	case NODE_RANGE:
		return contains_defer(AST(n, range).body);
	case NODE_LABELED:
		return contains_defer(AST(n, labeled).stmt);
	case NODE_SWITCH: case NODE_TYPE_SWITCH: {
		NodeList *cl = n->kind == NODE_SWITCH ? &AST(n, switch_stmt).clauses : &AST(n, type_switch).clauses;
		for (int i = 0; i < cl->len; i++) {
			NodeList *body = &AST(cl->items[i], case_clause).body;
			for (int k = 0; k < body->len; k++)
				if (contains_defer(body->items[k]))
					return 1;
		}
		return 0;
	}
	case NODE_SELECT:
		for (int i = 0; i < AST(n, select).clauses.len; i++) {
			NodeList *body = &AST(AST(n, select).clauses.items[i], comm_clause).body;
			for (int k = 0; k < body->len; k++)
				if (contains_defer(body->items[k]))
					return 1;
		}
		return 0;
	default:
		return 0;
	}
}

/* defer f(args): f and args are evaluated now, into a closure object
 *
 *     {code: main.f.deferwrap1, [the func value,] word0, word1, ...}
 *
 * whose code, the "defer wrapper", makes the call later with those words;
 * the runtime keeps it until the function returns, or panics
 * (runtime/defer.c). */
static void defer_stmt(Builder *B, Node *s)
{
	Node *call = AST(s, go_defer).call;
	call = ast_unparen(call);
	Node *fun = AST(call, call).fun;
	fun = ast_unparen(fun);
	if (fun->mode == MODE_BUILTIN || fun->mode == MODE_TYPEXPR)
		unsupported(B, s->pos, "defer of a builtin function or a conversion");
	Object *f = named_callee(fun);
	const char *sym = NULL;
	Value *closure = NULL;
	Type *sig;
	ValueList words = {0};
	if (f && f->kind == OBJ_FUNC) {
		if (f->pkg && f->pkg->is_lib && !lib_implemented(B->prog, f))
			unsupported(B, call->pos, arena_sprintf(B->a, "the library function %s.%s (not written yet)",
			                                         f->pkg->path, f->name));
		sym = func_sym(B->prog, f);
		sig = f->type;
	} else if (fun->kind == NODE_SELECTOR && AST(fun, selector).info &&
	           AST(fun, selector).info->kind == SEL_METHOD &&
	           !types_is_interface(AST(fun, selector).x->type) &&
	           !types_is_interface(AST(fun, selector).info->obj->type->u.func.recv->type)) {
		Object *m = AST(fun, selector).info->obj;
		Val recv = method_receiver(B, fun, m);
		sym = func_sym(B->prog, m);
		sig = m->type;
		Type *rt = sig->u.func.recv->type;
		if (by_reference(rt)) {
			Value *p = heap_alloc(B, rt);   /* outlives this statement */
			store_val(B, p, recv);
			VEC_PUSH(B->a, words, p);
		} else {
			flatten(B, recv, &words);
		}
	} else if (types_underlying(fun->type)->kind == TYPE_FUNC) {
		closure = expr(B, fun).w[0];
		sig = types_underlying(fun->type);
	} else {
		unsupported(B, s->pos, "this deferred call");
	}
	B->args_outlive = 1;
	call_args(B, call, sig, &words, NULL);
	B->args_outlive = 0;
	B->pos = s->pos;
	/* the wrapper */
	SsaProgram *p = B->prog;
	const char *wname = arena_sprintf(p->arena, "%s.deferwrap%d", B->fn->name, ++B->ndefers);
	Arena *na = new_arena();
	Builder *W = new_builder(p, wname, na);
	W->fn->owns_arena = 1;
	W->fn->wrapper = 1;
	Value *ctx = v0(W, OP_Context, ST_PTR, 0);
	int base = closure ? 2 : 1;
	ValueList args = {0};
	for (int i = 0; i < words.len; i++)
		VEC_PUSH(na, args, load(W, words.items[i]->type, offptr(W, ctx, 8 * (base + i))));
	ObjectList *results = &sig->u.func.results;
	int nres = total_words(na, results);
	ValueList all = {0};
	if (nres > 2) {
		int64_t total;
		result_offset(results, 0, &total);
		VEC_PUSH(na, all, local_addr(W, temp(W, total, 8)));   /* results nobody reads */
	}
	if (closure)
		VEC_PUSH(na, all, load(W, ST_PTR, offptr(W, ctx, 8)));
	for (int i = 0; i < args.len; i++)
		VEC_PUSH(na, all, args.items[i]);
	SsaType rt[2] = {ST_INT, ST_INT};
	Value *res[2];
	if (closure) {
		/* the closure goes first for ClosureCall: move it before the area */
		if (nres > 2) {
			Value *area = all.items[0];
			all.items[0] = all.items[1];
			all.items[1] = area;
		}
		emit_call_op(W, OP_ClosureCall, NULL, &all, 0, rt, res, 0)->shape = make_shape(p, sig);
	} else {
		emit_call(W, sym, &all, 0, rt, res, 0)->shape = make_shape(p, sig);
	}
	Value *r = ssa_new_value(W->cur, OP_Return, ST_MEM, W->pos);
	ssa_add_arg(r, mem(W));
	W->cur->kind = BLOCK_RET;
	ssa_set_control(W->cur, r);
	finish(W);
	VEC_PUSH(p->arena, p->nested, W->fn);
	/* the closure object, and the runtime's record of it */
	Value *size = iconst(B, ST_INT, 8 * (base + words.len)), *obj;
	SsaType pt = ST_PTR;
	Value *c = call_runtime(B, "rt_alloc", &size, 1, 1, &pt, &obj, 0);
	c->site = implicit_site(B, "defer wrapper", s->pos, 8 * (base + words.len), 8);
	c->site->quiet = 1;
	c->site->closure_fn = wname;
	store(B, ST_PTR, obj, sym_addr(B, wname));
	if (closure)
		store(B, ST_PTR, offptr(B, obj, 8), closure);
	for (int i = 0; i < words.len; i++)
		store(B, words.items[i]->type, offptr(B, obj, 8 * (base + i)), words.items[i]);
	Value *a[2] = {local_addr(B, B->defer_frame), obj};
	call_runtime(B, "rt_deferproc", a, 2, 0, NULL, NULL, 0);
}

void stmt(Builder *B, Node *s)
{
	/* unreachable statements are not built (gc's vet warns about them) */
	if (!s || dead(B->cur))
		return;
	B->pos = s->pos;
	switch (s->kind) {
	case NODE_EMPTY_STMT:
		break;
	case NODE_BLOCK:
		stmts(B, &AST(s, block).stmts);
		break;
	case NODE_EXPR_STMT: {
		Val out[16];
		call_expr(B, AST(s, expr_stmt).x, out, 16);
		break;
	}
	case NODE_DECL_STMT: {
		Node *d = AST(s, decl_stmt).decl;
		if (AST(d, gen_decl).tok == TOK_VAR)
			for (int i = 0; i < AST(d, gen_decl).specs.len; i++)
				var_decl(B, AST(d, gen_decl).specs.items[i]);
		break;
	}
	case NODE_ASSIGN:
		if (AST(s, assign).op == TOK_DEFINE || AST(s, assign).op == TOK_ASSIGN)
			define_or_assign(B, s);
		else
			op_assign(B, AST(s, assign).lhs.items[0], assign_op_token(AST(s, assign).op),
			          AST(s, assign).rhs.items[0], s->pos);
		break;
	case NODE_INC_DEC:
		op_assign(B, AST(s, inc_dec).x, AST(s, inc_dec).inc ? TOK_ADD : TOK_SUB, NULL, s->pos);
		break;
	case NODE_IF:
		if_stmt(B, s);
		break;
	case NODE_FOR:
		for_stmt(B, s);
		break;
	case NODE_RANGE:
		range_stmt(B, s);
		break;
	case NODE_SWITCH:
		switch_stmt(B, s);
		break;
	case NODE_RETURN:
		return_stmt(B, s);
		break;
	case NODE_BRANCH:
		branch_stmt(B, s);
		break;
	case NODE_LABELED: {
		Node *inner = AST(s, labeled).stmt;
		if (inner && (inner->kind == NODE_FOR || inner->kind == NODE_RANGE ||
		              inner->kind == NODE_SWITCH || inner->kind == NODE_SELECT ||
		              inner->kind == NODE_TYPE_SWITCH))
			B->pending_label = AST(s, labeled).label;
		else if (inner && inner->kind == NODE_BLOCK) {
			/* a labeled block: break L leaves it */
			Block *exit = new_block(B);
			B->pending_label = AST(s, labeled).label;
			push_target(B, exit, NULL);
			stmt(B, inner);
			B->targets.len--;
			if (!terminated(B->cur))
				jump(B, exit);
			seal(B, exit);
			B->cur = exit;
			break;
		}
		stmt(B, inner);
		break;
	}
	case NODE_GO:
		unsupported(B, s->pos, "go statements");
		break;
	case NODE_DEFER:
		defer_stmt(B, s);
		break;
	case NODE_SELECT:
		unsupported(B, s->pos, "select statements");
		break;
	case NODE_SEND:
		unsupported(B, s->pos, "channel sends");
		break;
	case NODE_TYPE_SWITCH:
		type_switch_stmt(B, s);
		break;
	default:
		unsupported(B, s->pos, arena_sprintf(B->a, "%s statements", ast_kind_name(s->kind)));
		break;
	}
}
