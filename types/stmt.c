/* stmt.c — statements and function bodies (Go spec: Statements).
 *
 * A function body is checked in a scope whose parent is the package (or,
 * for a function literal, the enclosing block), with the parameters and
 * named results declared first.  Each block, if, for, switch and case
 * opens a scope of its own, so that
 *
 *     x := 1
 *     if x := "s"; x != "" { ... }   // a new x, shadowing the outer one
 *
 * is legal.  When a function's scopes close, every local variable that
 * was declared and never read is reported ("x declared but not used";
 * assigning to x does not count as using it).
 *
 * Labels, break, continue and fallthrough were checked by the parser
 * (parser/branches.c), as gc's syntax package does before its type
 * checker runs.  Terminating statements (Go spec: Terminating
 * statements) decide "missing return".
 */
#include <string.h>

#include "check.h"

static void stmt(Types *t, Node *s, int ctx);
static void stmt_list(Types *t, NodeList *l, int ctx);

static void open_scope(Types *t, const char *comment)
{
	t->scope = scope_new(t, t->scope, comment);
	VEC_PUSH(t->arena, t->all_scopes, t->scope);
}

static void close_scope(Types *t)
{
	t->scope = t->scope->parent;
}

/* ---- assignments (Go spec: Assignment statements) ------------------------------ */

static void use_exprs(Types *t, NodeList *l)
{
	for (int i = 0; i < l->len; i++) {
		Operand x = {0};
		Node *e = l->items[i];
		if (e->kind == NODE_NAME && AST(e, name).name == t->n_blank)
			continue;
		check_expr_any(t, &x, e, NULL);
	}
}

static void assign_error(Types *t, NodeList *rhs, int nvars, int nvals)
{
	Node *r0 = rhs->items[0];
	Node *u = r0;
	u = ast_unparen(u);
	const char *vars = arena_sprintf(t->arena, "%d variable%s", nvars, nvars == 1 ? "" : "s");
	const char *vals = arena_sprintf(t->arena, "%d value%s", nvals, nvals == 1 ? "" : "s");
	if (rhs->len == 1 && u->kind == NODE_CALL)
		check_error_at(t, r0, "assignment mismatch: %s but %s returns %s", vars,
		               expr_str(t, AST(u, call).fun), vals);
	else
		check_error_at(t, r0, "assignment mismatch: %s but %s", vars, vals);
}

typedef VEC(Operand) OperandList;

/* types2's exprList: the values of rhs, with the second value of a
 * comma-ok expression when allow_comma_ok. */
static void expr_list(Types *t, NodeList *rhs, int allow_comma_ok, OperandList *out, int *comma_ok)
{
	*comma_ok = 0;
	if (rhs->len == 1) {
		Operand x = {0};
		check_multi_expr(t, &x, rhs->items[0]);
		if (x.mode != MODE_INVALID && x.type && x.type->kind == TYPE_TUPLE) {
			TypeList *ts = &x.type->u.tuple.types;
			for (int i = 0; i < ts->len; i++) {
				Operand y = {MODE_VALUE, rhs->items[0], ts->items[i], NULL, 0};
				VEC_PUSH(t->arena, *out, y);
			}
			return;
		}
		VEC_PUSH(t->arena, *out, x);
		if (allow_comma_ok && (x.mode == MODE_MAPINDEX || x.mode == MODE_COMMAOK)) {
			out->items[0].mode = MODE_VALUE;
			Operand ok = {MODE_VALUE, rhs->items[0], types_basic[TYPE_UNTYPED_BOOL], NULL, 0};
			VEC_PUSH(t->arena, *out, ok);
			*comma_ok = 1;
		}
		return;
	}
	for (int i = 0; i < rhs->len; i++) {
		Operand x = {0};
		check_expr(t, &x, rhs->items[i]);
		VEC_PUSH(t->arena, *out, x);
	}
}

Type *check_init_var(Types *t, Object *lhs, Operand *x, const char *context)
{
	if (x->mode == MODE_INVALID || x->type->kind == TYPE_INVALID ||
	    (lhs->type && lhs->type->kind == TYPE_INVALID)) {
		if (!lhs->type)
			lhs->type = types_invalid;
		lhs->used = 1;
		return NULL;
	}
	if (!lhs->type) {
		Type *T = x->type;
		if (types_is_untyped(T)) {
			if (T->kind == TYPE_UNTYPED_NIL) {
				check_error_at(t, x->expr, "use of untyped nil in %s", context);
				lhs->type = types_invalid;
				return NULL;
			}
			T = types_default(T);
		}
		lhs->type = T;
	}
	check_assignable(t, x, lhs->type, context);
	if (x->mode == MODE_INVALID) {
		lhs->used = 1;
		return NULL;
	}
	return x->type;
}

static const char *summary_of_operands(Types *t, OperandList *xs)
{
	Type **ts = arena_alloc(t->arena, sizeof(Type *) * (size_t)(xs->len + 1));
	for (int i = 0; i < xs->len; i++)
		ts[i] = xs->items[i].type;
	return types_summary(t, ts, xs->len, 0);
}

static const char *summary_of_vars(Types *t, ObjectList *vars)
{
	Type **ts = arena_alloc(t->arena, sizeof(Type *) * (size_t)(vars->len + 1));
	for (int i = 0; i < vars->len; i++)
		ts[i] = vars->items[i]->type;
	return types_summary(t, ts, vars->len, 0);
}

/* v, ok = m[k], x.(T) or <-ch: the expression gives two values, and
 * records the pair as its type, (V, bool), as types2 does, so that SSA
 * knows to produce both. */
static void record_comma_ok(Types *t, OperandList *xs)
{
	Operand *v = &xs->items[0], *ok = &xs->items[1];
	Node *e = v->expr;
	if (v->mode == MODE_INVALID || !e)
		return;
	TypeList pair = {0};
	VEC_PUSH(t->arena, pair, v->type);
	VEC_PUSH(t->arena, pair, types_is_untyped(ok->type) ? types_default(ok->type) : ok->type);
	e->type = types_tuple(t, pair);
	e->mode = MODE_COMMAOK;
	e->val = NULL;
}

/* Declarations with initializers: var a, b = x, y; a, b := f(); return
 * statements (ret_stmt set: the lhs are the results). */
void check_init_vars(Types *t, ObjectList *lhs, NodeList *rhs, Pos pos, Node *ret_stmt)
{
	(void)pos;
	OperandList xs = {0};
	int comma_ok;
	expr_list(t, rhs, lhs->len == 2 && !ret_stmt, &xs, &comma_ok);
	if (lhs->len != xs.len) {
		for (int i = 0; i < lhs->len; i++) {
			lhs->items[i]->used = 1;
			if (!lhs->items[i]->type)
				lhs->items[i]->type = types_invalid;
		}
		for (int i = 0; i < xs.len; i++)
			if (xs.items[i].mode == MODE_INVALID)
				return;
		if (ret_stmt) {
			Node *at = ret_stmt;
			const char *q = "not enough";
			if (xs.len > lhs->len) {
				at = xs.items[lhs->len].expr;
				q = "too many";
			} else if (xs.len > 0) {
				at = xs.items[xs.len - 1].expr;
			}
			Pos p = at == ret_stmt ? ret_stmt->pos : ast_start_pos(at);
			check_error(t, p, "%s return values\n\thave %s\n\twant %s", q,
			            summary_of_operands(t, &xs), summary_of_vars(t, lhs));
			return;
		}
		assign_error(t, rhs, lhs->len, xs.len);
		return;
	}
	const char *context = ret_stmt ? "return statement" : "assignment";
	if (comma_ok) {
		for (int i = 0; i < 2; i++)
			check_init_var(t, lhs->items[i], &xs.items[i], context);
		record_comma_ok(t, &xs);
		return;
	}
	int ok = 1;
	for (int i = 0; i < lhs->len; i++) {
		if (!check_init_var(t, lhs->items[i], &xs.items[i], context))
			ok = 0;
		else if (rhs->len == lhs->len)
			record_operand(t, &xs.items[i]);
	}
	if (!ok)
		for (int i = 0; i < lhs->len; i++)
			lhs->items[i]->used = 1;
}

/* x = v where x is an expression on the left. */
static Type *assign_var(Types *t, Node *lhs, Operand *x)
{
	if (x->mode == MODE_INVALID || x->type->kind == TYPE_INVALID) {
		NodeList one = {0};
		VEC_PUSH(t->arena, one, lhs);
		use_exprs(t, &one);
		return NULL;
	}
	Node *id = lhs;
	id = ast_unparen(id);
	if (id->kind == NODE_NAME && AST(id, name).name == t->n_blank) {
		check_assignable(t, x, NULL, "assignment to _ identifier");
		if (x->mode == MODE_INVALID)
			return NULL;
		record_operand(t, x);
		return x->type;
	}
	/* Assigning to a variable does not use it. */
	Object *v = NULL;
	int v_used = 0;
	if (id->kind == NODE_NAME) {
		Object *o = scope_lookup(t->scope, AST(id, name).name, NULL);
		if (o && o->kind == OBJ_VAR && o->pkg == t->pkg) {
			v = o;
			v_used = o->used;
		}
	}
	Operand z = {0};
	check_expr(t, &z, lhs);
	if (v)
		v->used = v_used;
	if (z.mode == MODE_INVALID || z.type->kind == TYPE_INVALID)
		return NULL;
	if (z.mode != MODE_VARIABLE && z.mode != MODE_MAPINDEX) {
		Node *u = lhs;
		u = ast_unparen(u);
		if (u->kind == NODE_SELECTOR) {
			Node *base = AST(u, selector).x;
			if (base->mode == MODE_MAPINDEX) {
				check_error_at(t, lhs, "cannot assign to struct field %s in map", expr_str(t, lhs));
				return NULL;
			}
		}
		check_error_at(t, lhs, "cannot assign to %s", operand_string(t, &z));
		return NULL;
	}
	check_assignable(t, x, z.type, "assignment");
	if (x->mode == MODE_INVALID)
		return NULL;
	check_reassigned(lhs);
	record_operand(t, x);
	return x->type;
}

void check_assign_vars(Types *t, NodeList *lhs, NodeList *rhs, Pos pos)
{
	(void)pos;
	OperandList xs = {0};
	int comma_ok;
	expr_list(t, rhs, lhs->len == 2, &xs, &comma_ok);
	if (lhs->len != xs.len) {
		use_exprs(t, lhs);
		for (int i = 0; i < xs.len; i++)
			if (xs.items[i].mode == MODE_INVALID)
				return;
		assign_error(t, rhs, lhs->len, xs.len);
		return;
	}
	if (comma_ok) {
		for (int i = 0; i < 2; i++)
			assign_var(t, lhs->items[i], &xs.items[i]);
		record_comma_ok(t, &xs);
		return;
	}
	int ok = 1;
	for (int i = 0; i < lhs->len; i++)
		if (!assign_var(t, lhs->items[i], &xs.items[i]))
			ok = 0;
	if (!ok) {
		for (int i = 0; i < lhs->len; i++) {
			Node *id = lhs->items[i];
			id = ast_unparen(id);
			if (id->kind == NODE_NAME) {
				Object *o = scope_lookup(t->scope, AST(id, name).name, NULL);
				if (o && o->kind == OBJ_VAR && o->pkg == t->pkg)
					o->used = 1;
			}
		}
	}
}

static void short_var_decl(Types *t, Node *s)
{
	NodeList *lhs = &AST(s, assign).lhs, *rhs = &AST(s, assign).rhs;
	ObjectList vars = {0}, new_vars = {0};
	int has_err = 0;
	for (int i = 0; i < lhs->len; i++) {
		Node *e = lhs->items[i];
		Object *obj = NULL;
		if (e->kind != NODE_NAME) {
			NodeList one = {0};
			VEC_PUSH(t->arena, one, e);
			use_exprs(t, &one);
			check_error_at(t, e, "non-name %s on left side of :=", expr_str(t, e));
			has_err = 1;
		} else {
			const char *name = AST(e, name).name;
			int dup = 0;
			if (name != t->n_blank)
				for (int j = 0; j < i; j++)
					if (lhs->items[j]->kind == NODE_NAME && AST(lhs->items[j], name).name == name)
						dup = 1;
			if (dup) {
				check_error_at(t, e, "%s repeated on left side of :=", name);
				has_err = 1;
			} else {
				Object *alt = name == t->n_blank ? NULL : scope_lookup_local(t->scope, name);
				if (alt) {
					AST(e, name).obj = alt;
					if (alt->kind == OBJ_VAR) {
						obj = alt;
						alt->reassigned = 1;
					} else {
						check_error_at(t, e, "cannot assign to %s", name);
						has_err = 1;
					}
				} else {
					obj = object_new(t, OBJ_VAR, name, NULL, e->pos);
					obj->decl = e;
					AST(e, name).obj = obj;
					if (name != t->n_blank)
						VEC_PUSH(t->arena, new_vars, obj);
				}
			}
		}
		if (!obj)
			obj = object_new(t, OBJ_VAR, t->n_blank, NULL, e->pos);
		VEC_PUSH(t->arena, vars, obj);
	}
	/* Existing variables keep their used flag: being assigned to by :=
	 * does not use them. */
	int *was_used = arena_alloc(t->arena, sizeof(int) * (size_t)(vars.len + 1));
	for (int i = 0; i < vars.len; i++)
		was_used[i] = vars.items[i]->used;
	check_init_vars(t, &vars, rhs, s->pos, NULL);
	for (int i = 0; i < vars.len; i++) {
		int is_new = 0;
		for (int j = 0; j < new_vars.len; j++)
			is_new |= new_vars.items[j] == vars.items[i];
		if (!is_new && vars.items[i]->type && vars.items[i]->name != t->n_blank &&
		    vars.items[i]->type->kind != TYPE_INVALID)
			vars.items[i]->used = was_used[i];
	}
	if (new_vars.len == 0 && !has_err) {
		check_error(t, s->pos, "no new variables on left side of :=");
		return;
	}
	/* The new variables are in scope after the statement. */
	for (int i = 0; i < new_vars.len; i++) {
		Object *o = new_vars.items[i];
		o->parent = t->scope;
		scope_insert(t->scope, o);
	}
}

/* ---- statements ------------------------------------------------------------------ */

static int is_statement_call(Node *e)
{
	/* calls and receives may stand alone; other expressions may not */
	e = ast_unparen(e);
	if (e->kind == NODE_UNARY && AST(e, unary).op == TOK_ARROW)
		return 1;
	if (e->kind != NODE_CALL)
		return 0;
	Node *f = AST(e, call).fun;
	if (f->mode == MODE_TYPEXPR)
		return 0;
	if (f->mode == MODE_BUILTIN) {
		/* builtins that produce a value are expressions */
		const char *n = f->kind == NODE_NAME ? AST(f, name).name :
		                f->kind == NODE_SELECTOR ? AST(AST(f, selector).sel, name).name : "";
		static const char *const stmts[] = {"copy", "panic", "print", "println", "close",
		                                    "delete", "recover", NULL};
		for (int i = 0; stmts[i]; i++)
			if (strcmp(n, stmts[i]) == 0)
				return 1;
		return 0;
	}
	return 1;
}

static void suspended_call(Types *t, const char *keyword, Node *call)
{
	Operand x = {0};
	check_expr_any(t, &x, call, NULL);
	Node *e = call;
	e = ast_unparen(e);
	const char *msg = NULL;
	if (e->kind != NODE_CALL)
		return;   /* "expression in defer must be function call": the parser's */
	if (e->kind == NODE_CALL && AST(e, call).fun->mode == MODE_TYPEXPR)
		msg = "requires function call, not conversion";
	else if (x.mode == MODE_INVALID && e->kind == NODE_CALL)
		return;
	else if (!is_statement_call(e))
		msg = "discards result of";
	if (msg)
		check_error_at(t, call, "%s %s %s", keyword, msg, operand_string(t, &x));
}

static void check_bool_cond(Types *t, Node *cond, const char *what)
{
	Operand x = {0};
	check_expr(t, &x, cond);
	if (x.mode != MODE_INVALID && !types_is_boolean(x.type))
		check_error_at(t, cond, "non-boolean condition in %s statement", what);
	if (x.mode != MODE_INVALID && types_is_untyped(x.type)) {
		convert_untyped(t, &x, types_basic[TYPE_BOOL]);
		record_operand(t, &x);
	}
}

static void multiple_defaults(Types *t, NodeList *clauses, int is_select)
{
	Node *first = NULL;
	for (int i = 0; i < clauses->len; i++) {
		Node *c = clauses->items[i];
		int dflt = is_select ? AST(c, comm_clause).comm == NULL : AST(c, case_clause).is_default;
		if (!dflt)
			continue;
		if (first) {
			char buf[256];
			check_error(t, c->pos, "multiple defaults (first at %s)",
			            pos_string(t->diag, first->pos, buf, sizeof buf));
		} else {
			first = c;
		}
	}
}

static void switch_stmt(Types *t, Node *s, int ctx)
{
	Operand x = {0};
	Node *tag = AST(s, switch_stmt).tag;
	if (tag) {
		check_expr(t, &x, tag);
		check_assignable(t, &x, NULL, "switch expression");
		record_operand(t, &x);
		if (x.mode != MODE_INVALID && !types_comparable(x.type) && !types_has_nil(x.type)) {
			check_error_at(t, tag, "cannot switch on %s (%s is not comparable)",
			               operand_string(t, &x), type_str(t, x.type));
			x.mode = MODE_INVALID;
		}
	} else {
		x.mode = MODE_CONSTANT;
		x.type = types_basic[TYPE_BOOL];
		x.val = const_bool(t->arena, 1);
		Node *tn = ast_new(t->arena, NODE_NAME, s->pos);
		AST(tn, name).name = intern_cstr(t->names, "true");
		x.expr = tn;
	}
	NodeList *clauses = &AST(s, switch_stmt).clauses;
	multiple_defaults(t, clauses, 0);
	VEC(Operand) seen = {0};
	for (int i = 0; i < clauses->len; i++) {
		Node *c = clauses->items[i];
		int inner = ctx;
		if (i + 1 < clauses->len)
			inner |= CTX_FALLTHROUGH_OK;
		else
			inner |= CTX_FINAL_SWITCH_CASE;
		NodeList *vals = &AST(c, case_clause).list;
		for (int k = 0; k < vals->len; k++) {
			Operand v = {0};
			check_expr(t, &v, vals->items[k]);
			if (x.mode == MODE_INVALID || v.mode == MODE_INVALID)
				continue;
			convert_untyped(t, &v, x.type);
			if (v.mode == MODE_INVALID)
				continue;
			Operand res = v, tagx = x;
			check_case_comparison(t, &res, &tagx);
			if (res.mode == MODE_INVALID)
				continue;
			record_operand(t, &v);
			/* types2 compares integer and string values only */
			if (v.mode != MODE_CONSTANT || v.val->kind == CONST_BOOL)
				continue;
			int dup = 0;
			for (int j = 0; j < seen.len && !dup; j++) {
				if (types_identical(seen.items[j].type, v.type) &&
				    const_compare(TOK_EQL, seen.items[j].val, v.val)) {
					char buf[256];
					check_error_at(t, v.expr, "duplicate case %s in expression switch\n\t%s: previous case",
					               operand_string(t, &v),
					               pos_string(t->diag, ast_start_pos(seen.items[j].expr), buf, sizeof buf));
					dup = 1;
				}
			}
			if (!dup)
				VEC_PUSH(t->arena, seen, v);
		}
		open_scope(t, "case");
		stmt_list(t, &AST(c, case_clause).body, inner);
		close_scope(t);
	}
}

static int is_nil_expr(Types *t, Node *e)
{
	e = ast_unparen(e);
	if (e->kind != NODE_NAME)
		return 0;
	Object *o = scope_lookup(t->scope, AST(e, name).name, NULL);
	return o && o->kind == OBJ_NIL;
}

static void type_switch_stmt(Types *t, Node *s, int ctx)
{
	Node *bind = AST(s, type_switch).bind;
	Node *guard = AST(s, type_switch).guard;
	const char *lhs = NULL;
	if (bind) {
		if (AST(bind, name).name == t->n_blank)
			check_error_at(t, bind, "no new variable on left side of :=");
		else
			lhs = AST(bind, name).name;
	}
	Operand x = {0};
	check_expr(t, &x, AST(guard, assert).x);
	guard->type = x.type;
	guard->mode = x.mode;
	if (x.mode == MODE_INVALID)
		return;
	int sx = 0;
	if (types_is_interface(x.type))
		sx = 1;
	else
		check_error_at(t, AST(guard, assert).x, "%s is not an interface", operand_string(t, &x));
	NodeList *clauses = &AST(s, type_switch).clauses;
	multiple_defaults(t, clauses, 0);
	ObjectList lhs_vars = {0};
	VEC(Type *) seen_t = {0};
	VEC(Node *) seen_e = {0};
	for (int i = 0; i < clauses->len; i++) {
		Node *c = clauses->items[i];
		NodeList *cases = &AST(c, case_clause).list;
		Type *T = NULL;
		for (int k = 0; k < cases->len; k++) {
			Node *e = cases->items[k];
			if (is_nil_expr(t, e)) {
				Operand d = {0};
				check_expr(t, &d, e);
				T = NULL;
			} else {
				T = check_typexpr(t, e);
				if (T->kind == TYPE_INVALID)
					continue;
			}
			int dup = 0;
			for (int j = 0; j < seen_t.len && !dup; j++) {
				Type *U = seen_t.items[j];
				if ((!T && !U) || (T && U && types_identical(T, U))) {
					char buf[256];
					check_error_at(t, e, "duplicate case %s in type switch\n\t%s: previous case",
					               T ? type_str(t, T) : "nil",
					               pos_string(t->diag, ast_start_pos(seen_e.items[j]), buf, sizeof buf));
					dup = 1;
				}
			}
			if (dup)
				continue;
			VEC_PUSH(t->arena, seen_t, T);
			VEC_PUSH(t->arena, seen_e, e);
			if (sx && T && !types_is_interface(T)) {
				Object *alt;
				Object *m = types_missing_method(t, T, x.type, 0, &alt);
				if (m)
					check_error_at(t, e, "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
					               expr_str(t, e), operand_string(t, &x), type_str(t, T),
					               types_missing_reason(t, T, x.type, m, alt));
			}
		}
		open_scope(t, "case");
		if (lhs) {
			if (cases->len != 1 || !T)
				T = x.type;
			Object *obj = object_new(t, OBJ_VAR, lhs, T, bind->pos);
			obj->decl = c;
			scope_insert(t->scope, obj);
			VEC_PUSH(t->arena, lhs_vars, obj);
			AST(c, case_clause).implicit = obj;
		}
		stmt_list(t, &AST(c, case_clause).body, ctx);
		close_scope(t);
	}
	if (lhs) {
		int used = 0;
		for (int i = 0; i < lhs_vars.len; i++) {
			used |= lhs_vars.items[i]->used;
			lhs_vars.items[i]->used = 1;
		}
		if (!used)
			check_error_at(t, bind, "%s declared but not used", lhs);
	}
}

static void range_stmt(Types *t, Node *s, int ctx)
{
	Node *key = AST(s, range).key, *val = AST(s, range).value;
	Operand x = {0};
	check_expr(t, &x, AST(s, range).x);
	Type *kt = NULL, *vt = NULL;
	if (x.mode != MODE_INVALID) {
		Type *u = types_underlying(x.type);
		const char *cause = NULL;
		switch (u->kind) {
		case TYPE_STRING: case TYPE_UNTYPED_STRING:
			kt = types_basic[TYPE_INT];
			vt = types_rune;
			break;
		case TYPE_ARRAY:
			kt = types_basic[TYPE_INT];
			vt = u->u.array.elem;
			break;
		case TYPE_SLICE:
			kt = types_basic[TYPE_INT];
			vt = u->u.pointer.elem;
			break;
		case TYPE_POINTER: {
			Type *a = types_underlying(u->u.pointer.elem);
			if (a->kind == TYPE_ARRAY) {
				kt = types_basic[TYPE_INT];
				vt = a->u.array.elem;
			}
			break;
		}
		case TYPE_MAP:
			kt = u->u.map.key;
			vt = u->u.map.elem;
			break;
		case TYPE_CHAN:
			kt = u->u.chan.elem;
			if (val)
				check_error_at(t, val, "range over %s permits only one iteration variable",
				               operand_string(t, &x));
			if (u->u.chan.dir == CHAN_SEND)
				cause = "receive from send-only channel";
			break;
		default:
			break;
		}
		if (!kt || cause) {
			if (cause)
				check_error_at(t, AST(s, range).x, "cannot range over %s (%s)",
				               operand_string(t, &x), cause);
			else
				check_error_at(t, AST(s, range).x, "cannot range over %s", operand_string(t, &x));
			kt = vt = NULL;
		}
		if (kt && types_is_untyped(x.type)) {
			convert_untyped(t, &x, types_basic[TYPE_STRING]);
			record_operand(t, &x);
		}
	}
	open_scope(t, "range");
	Node *lhs[2] = {key, val};
	Type *rhs[2] = {kt, vt};
	if (AST(s, range).tok == TOK_DEFINE) {
		ObjectList vars = {0};
		for (int i = 0; i < 2; i++) {
			if (!lhs[i])
				continue;
			Object *obj;
			if (lhs[i]->kind == NODE_NAME) {
				obj = object_new(t, OBJ_VAR, AST(lhs[i], name).name, NULL, lhs[i]->pos);
				obj->decl = lhs[i];
				obj->reassigned = 1;   /* Go 1.19: one variable, assigned each iteration */
				AST(lhs[i], name).obj = obj;
				if (obj->name != t->n_blank)
					VEC_PUSH(t->arena, vars, obj);
			} else {
				check_error_at(t, lhs[i], "cannot declare %s", expr_str(t, lhs[i]));
				obj = object_new(t, OBJ_VAR, t->n_blank, NULL, lhs[i]->pos);
			}
			if (rhs[i]) {
				Operand y = {MODE_VALUE, lhs[i], rhs[i], NULL, 0};
				check_init_var(t, obj, &y, "range clause");
				lhs[i]->type = obj->type;
			} else {
				obj->type = types_invalid;
				obj->used = 1;
			}
		}
		if (vars.len > 0) {
			for (int i = 0; i < vars.len; i++)
				check_declare(t, t->scope, NULL, vars.items[i]);
		} else {
			check_error(t, s->pos, "no new variables on left side of :=");
		}
	} else {
		for (int i = 0; i < 2; i++) {
			if (!lhs[i] || !rhs[i])
				continue;
			Operand y = {MODE_VALUE, lhs[i], rhs[i], NULL, 0};
			Node *saved_type = (Node *)lhs[i]->type;
			(void)saved_type;
			assign_var(t, lhs[i], &y);
		}
	}
	stmt(t, AST(s, range).body, ctx);
	close_scope(t);
}

static void select_stmt(Types *t, Node *s, int ctx)
{
	NodeList *clauses = &AST(s, select).clauses;
	multiple_defaults(t, clauses, 1);
	for (int i = 0; i < clauses->len; i++) {
		Node *c = clauses->items[i];
		Node *comm = AST(c, comm_clause).comm;
		int valid = 0;
		Node *rhs = NULL;
		if (!comm || comm->kind == NODE_SEND)
			valid = 1;
		else if (comm->kind == NODE_ASSIGN && AST(comm, assign).rhs.len == 1)
			rhs = AST(comm, assign).rhs.items[0];
		else if (comm->kind == NODE_EXPR_STMT)
			rhs = AST(comm, expr_stmt).x;
		if (rhs) {
			rhs = ast_unparen(rhs);
			if (rhs->kind == NODE_UNARY && AST(rhs, unary).op == TOK_ARROW)
				valid = 1;
		}
		if (!valid) {
			check_error_at(t, comm, "select case must be send or receive (possibly with assignment)");
			continue;
		}
		open_scope(t, "case");
		if (comm)
			stmt(t, comm, ctx);
		stmt_list(t, &AST(c, comm_clause).body, ctx);
		close_scope(t);
	}
}

static void return_stmt(Types *t, Node *s)
{
	Type *sig = t->func->sig;
	ObjectList *res = &sig->u.func.results;
	NodeList *results = &AST(s, ret).results;
	if (results->len == 0 && res->len > 0 && res->items[0]->name[0]) {
		for (int i = 0; i < res->len; i++) {
			Object *obj = res->items[i];
			Object *alt = scope_lookup(t->scope, obj->name, NULL);
			if (alt && alt != obj) {
				char buf[256];
				check_error(t, s->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of var %s %s",
				            obj->name, pos_string(t->diag, alt->pos, buf, sizeof buf), obj->name,
				            type_str(t, alt->type));
			}
		}
		return;
	}
	ObjectList lhs = {0};
	for (int i = 0; i < res->len; i++) {
		/* copies: the results' objects must keep their declared types */
		Object *o = object_new(t, OBJ_VAR, res->items[i]->name, res->items[i]->type,
		                       res->items[i]->pos);
		VEC_PUSH(t->arena, lhs, o);
	}
	if (lhs.len == 0 && results->len > 0) {
		/* too many return values for a function without results */
		OperandList xs = {0};
		int ck;
		expr_list(t, results, 0, &xs, &ck);
		for (int i = 0; i < xs.len; i++)
			if (xs.items[i].mode == MODE_INVALID)
				return;
		check_error_at(t, xs.items[0].expr, "too many return values\n\thave %s\n\twant ()",
		               summary_of_operands(t, &xs));
		return;
	}
	check_init_vars(t, &lhs, results, s->pos, s);
}

static void stmt(Types *t, Node *s, int ctx)
{
	if (!s)
		return;
	int inner = ctx & ~(CTX_FALLTHROUGH_OK | CTX_FINAL_SWITCH_CASE | CTX_IN_TYPE_SWITCH);
	switch (s->kind) {
	case NODE_BAD: case NODE_EMPTY_STMT:
		return;
	case NODE_DECL_STMT:
		decl_local(t, AST(s, decl_stmt).decl);
		return;
	case NODE_LABELED:
		stmt(t, AST(s, labeled).stmt, ctx);
		return;
	case NODE_EXPR_STMT: {
		Operand x = {0};
		Node *e = AST(s, expr_stmt).x;
		check_expr_any(t, &x, e, NULL);
		const char *msg;
		switch (x.mode) {
		case MODE_INVALID:
			return;
		case MODE_BUILTIN:
			msg = "must be called";
			break;
		case MODE_TYPEXPR:
			msg = "is not an expression";
			break;
		default:
			if (is_statement_call(e))
				return;
			msg = "is not used";
			break;
		}
		check_error_at(t, e, "%s %s", operand_string(t, &x), msg);
		return;
	}
	case NODE_SEND: {
		Operand ch = {0}, v = {0};
		check_expr(t, &ch, AST(s, send).chan);
		check_expr(t, &v, AST(s, send).value);
		if (ch.mode == MODE_INVALID || v.mode == MODE_INVALID)
			return;
		Type *u = types_underlying(ch.type);
		if (u->kind != TYPE_CHAN) {
			check_error_at(t, s, "invalid operation: cannot send to non-channel %s",
			               operand_string(t, &ch));
			return;
		}
		if (u->u.chan.dir == CHAN_RECV) {
			check_error_at(t, s, "invalid operation: cannot send to receive-only channel %s",
			               operand_string(t, &ch));
			return;
		}
		check_assignable(t, &v, u->u.chan.elem, "send");
		record_operand(t, &v);
		return;
	}
	case NODE_INC_DEC: {
		Operand x = {0};
		Node *e = AST(s, inc_dec).x;
		check_expr(t, &x, e);
		if (x.mode == MODE_INVALID)
			return;
		if (!types_is_numeric(x.type)) {
			const char *op = AST(s, inc_dec).inc ? "++" : "--";
			check_error_at(t, e, "invalid operation: %s%s (non-numeric type %s)", expr_str(t, e), op,
			               type_str(t, x.type));
			return;
		}
		/* x++ is x += 1: check x as an assignment target */
		Operand one = x;
		one.mode = MODE_VALUE;
		assign_var(t, e, &one);
		return;
	}
	case NODE_ASSIGN: {
		int op = AST(s, assign).op;
		NodeList *lhs = &AST(s, assign).lhs, *rhs = &AST(s, assign).rhs;
		if (op == TOK_ASSIGN) {
			check_assign_vars(t, lhs, rhs, s->pos);
			return;
		}
		if (op == TOK_DEFINE) {
			short_var_decl(t, s);
			return;
		}
		if (lhs->len != 1 || rhs->len != 1) {
			check_error_at(t, s, "assignment operation %s requires single-valued expressions",
			               lex_token_name(op));
			return;
		}
		static const struct { int assign_op, op; } ops[] = {
			{TOK_ADD_ASSIGN, TOK_ADD}, {TOK_SUB_ASSIGN, TOK_SUB}, {TOK_MUL_ASSIGN, TOK_STAR},
			{TOK_DIV_ASSIGN, TOK_DIV}, {TOK_REM_ASSIGN, TOK_REM}, {TOK_AND_ASSIGN, TOK_AND},
			{TOK_OR_ASSIGN, TOK_OR}, {TOK_XOR_ASSIGN, TOK_XOR}, {TOK_SHL_ASSIGN, TOK_SHL},
			{TOK_SHR_ASSIGN, TOK_SHR}, {TOK_AND_NOT_ASSIGN, TOK_AND_NOT},
		};
		int bop = 0;
		for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
			if (ops[i].assign_op == op)
				bop = ops[i].op;
		Operand x = {0};
		check_binary(t, &x, NULL, lhs->items[0], rhs->items[0], bop);
		if (x.mode != MODE_INVALID) {
			x.expr = rhs->items[0];
			/* the result of x op y, as a value to assign back */
			Operand r = x;
			r.expr = NULL;
			r.mode = MODE_VALUE;
			Node *saved = rhs->items[0];
			(void)saved;
			assign_var(t, lhs->items[0], &r);
		} else {
			NodeList one = {0};
			(void)one;
		}
		return;
	}
	case NODE_GO:
		suspended_call(t, "go", AST(s, go_defer).call);
		return;
	case NODE_DEFER:
		suspended_call(t, "defer", AST(s, go_defer).call);
		return;
	case NODE_RETURN:
		return_stmt(t, s);
		return;
	case NODE_BRANCH:   /* checked by the parser (goto: refused there) */
		return;
	case NODE_BLOCK:
		open_scope(t, "block");
		stmt_list(t, &AST(s, block).stmts, inner);
		close_scope(t);
		return;
	case NODE_IF:
		open_scope(t, "if");
		stmt(t, AST(s, if_stmt).init, inner);
		check_bool_cond(t, AST(s, if_stmt).cond, "if");
		stmt(t, AST(s, if_stmt).then, inner);
		stmt(t, AST(s, if_stmt).els, inner);
		close_scope(t);
		return;
	case NODE_SWITCH:
		open_scope(t, "switch");
		stmt(t, AST(s, switch_stmt).init, inner);
		switch_stmt(t, s, inner | CTX_BREAK_OK);
		close_scope(t);
		return;
	case NODE_TYPE_SWITCH:
		open_scope(t, "switch");
		stmt(t, AST(s, type_switch).init, inner);
		type_switch_stmt(t, s, inner | CTX_BREAK_OK | CTX_IN_TYPE_SWITCH);
		close_scope(t);
		return;
	case NODE_SELECT:
		select_stmt(t, s, inner | CTX_BREAK_OK);
		return;
	case NODE_FOR:
		open_scope(t, "for");
		stmt(t, AST(s, for_stmt).init, inner);
		if (AST(s, for_stmt).cond)
			check_bool_cond(t, AST(s, for_stmt).cond, "for");
		stmt(t, AST(s, for_stmt).post, inner);
		stmt(t, AST(s, for_stmt).body, inner | CTX_BREAK_OK | CTX_CONTINUE_OK);
		close_scope(t);
		return;
	case NODE_RANGE:
		range_stmt(t, s, inner | CTX_BREAK_OK | CTX_CONTINUE_OK);
		return;
	default:
		check_error_at(t, s, "invalid statement");
		return;
	}
}

static void stmt_list(Types *t, NodeList *l, int ctx)
{
	int inner = ctx & ~(CTX_FALLTHROUGH_OK | CTX_FINAL_SWITCH_CASE);
	for (int i = 0; i < l->len; i++) {
		int c = inner;
		if ((ctx & CTX_FALLTHROUGH_OK) && i + 1 == l->len)
			c |= CTX_FALLTHROUGH_OK;
		if ((ctx & CTX_FINAL_SWITCH_CASE) && i + 1 == l->len)
			c |= CTX_FINAL_SWITCH_CASE;
		stmt(t, l->items[i], c);
	}
}

/* ---- terminating statements (Go spec: Terminating statements) --------------------- */

static int has_break(Node *s, const char *label, int implicit);

static int has_break_list(NodeList *l, const char *label, int implicit)
{
	for (int i = 0; i < l->len; i++)
		if (has_break(l->items[i], label, implicit))
			return 1;
	return 0;
}

/* Does s contain a break that leaves the statement being asked about
 * (unlabeled, when implicit, or labeled with label)? */
static int has_break(Node *s, const char *label, int implicit)
{
	if (!s)
		return 0;
	switch (s->kind) {
	case NODE_BRANCH:
		if (AST(s, branch).tok != TOK_BREAK)
			return 0;
		if (!AST(s, branch).label)
			return implicit;
		return label && AST(AST(s, branch).label, name).name == label;
	case NODE_LABELED:
		return has_break(AST(s, labeled).stmt, label, implicit);
	case NODE_BLOCK:
		return has_break_list(&AST(s, block).stmts, label, implicit);
	case NODE_IF:
		return has_break(AST(s, if_stmt).then, label, implicit) ||
		       has_break(AST(s, if_stmt).els, label, implicit);
	case NODE_CASE_CLAUSE:
		return has_break_list(&AST(s, case_clause).body, label, implicit);
	case NODE_COMM_CLAUSE:
		return has_break_list(&AST(s, comm_clause).body, label, implicit);
	case NODE_SWITCH:
		return label && has_break_list(&AST(s, switch_stmt).clauses, label, 0);
	case NODE_TYPE_SWITCH:
		return label && has_break_list(&AST(s, type_switch).clauses, label, 0);
	case NODE_SELECT:
		return label && has_break_list(&AST(s, select).clauses, label, 0);
	case NODE_FOR:
		return label && has_break(AST(s, for_stmt).body, label, 0);
	case NODE_RANGE:
		return label && has_break(AST(s, range).body, label, 0);
	default:
		return 0;
	}
}

static int is_terminating_list(Types *t, NodeList *l, const char *label)
{
	/* the last non-empty statement decides */
	for (int i = l->len - 1; i >= 0; i--) {
		if (l->items[i]->kind == NODE_EMPTY_STMT)
			continue;
		return is_terminating(t, l->items[i], label);
	}
	return 0;
}

static int is_terminating_clauses(Types *t, NodeList *clauses, const char *label, int kind)
{
	int has_default = 0;
	for (int i = 0; i < clauses->len; i++) {
		Node *c = clauses->items[i];
		NodeList *body;
		if (kind == NODE_SELECT) {
			body = &AST(c, comm_clause).body;
		} else {
			body = &AST(c, case_clause).body;
			if (AST(c, case_clause).is_default)
				has_default = 1;
		}
		if (has_break_list(body, label, 1))
			return 0;
		if (!is_terminating_list(t, body, NULL)) {
			/* a case ending in fallthrough goes on into the next one */
			Node *last = body->len ? body->items[body->len - 1] : NULL;
			if (!(last && last->kind == NODE_BRANCH && AST(last, branch).tok == TOK_FALLTHROUGH))
				return 0;
		}
	}
	return kind == NODE_SELECT || has_default;
}

int is_terminating(Types *t, Node *s, const char *label)
{
	if (!s)
		return 0;
	switch (s->kind) {
	case NODE_RETURN:
		return 1;
	case NODE_BRANCH:
		return AST(s, branch).tok == TOK_GOTO || AST(s, branch).tok == TOK_FALLTHROUGH;
	case NODE_EXPR_STMT: {
		Node *e = AST(s, expr_stmt).x;
		e = ast_unparen(e);
		if (e->kind == NODE_CALL) {
			Node *f = AST(e, call).fun;
			f = ast_unparen(f);
			if (f->kind == NODE_NAME && AST(f, name).obj &&
			    AST(f, name).obj->kind == OBJ_BUILTIN &&
			    AST(f, name).obj->builtin == BUILTIN_PANIC)
				return 1;
		}
		return 0;
	}
	case NODE_LABELED:
		return is_terminating(t, AST(s, labeled).stmt, AST(AST(s, labeled).label, name).name);
	case NODE_BLOCK:
		return is_terminating_list(t, &AST(s, block).stmts, NULL);
	case NODE_IF:
		return AST(s, if_stmt).els && is_terminating(t, AST(s, if_stmt).then, NULL) &&
		       is_terminating(t, AST(s, if_stmt).els, NULL);
	case NODE_SWITCH:
		return is_terminating_clauses(t, &AST(s, switch_stmt).clauses, label, NODE_SWITCH);
	case NODE_TYPE_SWITCH:
		return is_terminating_clauses(t, &AST(s, type_switch).clauses, label, NODE_SWITCH);
	case NODE_SELECT:
		return is_terminating_clauses(t, &AST(s, select).clauses, label, NODE_SELECT);
	case NODE_FOR:
		return !AST(s, for_stmt).cond && !has_break(AST(s, for_stmt).body, label, 1);
	default:
		return 0;
	}
}

/* ---- function bodies -------------------------------------------------------------- */

static void usage(Types *t, Scope *fscope, int first, int last)
{
	ObjectList unused = {0};
	(void)fscope;
	for (int i = first; i < last; i++) {
		Scope *s = t->all_scopes.items[i];
		for (int j = 0; j < s->objs.len; j++) {
			Object *o = s->objs.items[j];
			if (o->kind == OBJ_VAR && !o->used && !o->is_param && !o->is_result &&
			    o->name != t->n_blank)
				VEC_PUSH(t->arena, unused, o);
		}
	}
	for (int i = 0; i < unused.len; i++)
		check_error(t, unused.items[i]->pos, "%s declared but not used", unused.items[i]->name);
}

void check_func_body(Types *t, const char *name, Type *sig, Node *body, Scope *outer)
{
	(void)name;
	Scope *saved_scope = t->scope;
	FuncCtx *saved_func = t->func;
	ConstVal *saved_iota = t->iota;
	FuncCtx fc = {sig, body, 0};
	t->func = &fc;
	t->iota = NULL;
	if (outer)
		t->scope = outer;
	int first = t->all_scopes.len;
	open_scope(t, "function");
	t->scope->is_func = 1;
	/* receiver, parameters and results, in that order */
	if (sig->u.func.recv && sig->u.func.recv->name[0])
		check_declare(t, t->scope, NULL, sig->u.func.recv);
	for (int i = 0; i < sig->u.func.params.len; i++)
		if (sig->u.func.params.items[i]->name[0])
			check_declare(t, t->scope, NULL, sig->u.func.params.items[i]);
	for (int i = 0; i < sig->u.func.results.len; i++)
		if (sig->u.func.results.items[i]->name[0])
			check_declare(t, t->scope, NULL, sig->u.func.results.items[i]);
	stmt_list(t, &AST(body, block).stmts, 0);
	if (sig->u.func.results.len > 0 && !is_terminating(t, body, NULL))
		check_error(t, AST(body, block).rbrace, "missing return");
	/* Unused variables of this function (not of nested literals, which
	 * report their own). */
	int last = t->all_scopes.len;
	usage(t, NULL, first, last);
	t->all_scopes.len = first;
	t->scope = saved_scope;
	t->func = saved_func;
	t->iota = saved_iota;
}

void check_func_lit(Types *t, Operand *x, Node *e)
{
	/* the literal's parameters belong to it, not to the enclosing function */
	t->func_depth++;
	Type *sig = check_signature(t, NULL, AST(e, func_lit).type, NULL);
	if (AST(e, func_lit).body) {
		int saved_call = t->has_call_or_recv;
		check_func_body(t, "func literal", sig, AST(e, func_lit).body, t->scope);
		t->has_call_or_recv = saved_call;
	}
	t->func_depth--;
	x->mode = MODE_VALUE;
	x->type = sig;
	x->expr = e;
}
