/* lower_stmt.c — statements as gc's IR has them when its escape analysis
 * starts: := and var declare their names (DCL) before assigning them,
 * assignments take gc's kinds (AS, AS2, AS2FUNC, AS2DOTTYPE, AS2MAPR,
 * ...), range and switch keep gc's shapes, and go and defer wrap their
 * calls as gc 1.19 does. */
#include "lower.h"

static void stmt(Lower *L, Node *s, GList *out);

/* ---- statements --------------------------------------------------------------- */

GNode *new_stmt(Lower *L, GOp op, Pos pos)
{
	return gn(L, op, pos, NULL);
}

/* The DCLs of the names a := or var declares (in its init). */
static void declare_names(Lower *L, NodeList *names, GNode *s, int only_new)
{
	for (int i = 0; i < names->len; i++) {
		Node *id = ast_unparen(names->items[i]);
		if (!id || id->kind != NODE_NAME || is_blank(id))
			continue;
		Object *o = AST(id, name).obj;
		if (!o || o->kind != OBJ_VAR || (only_new && pm_get(&L->names, o)))
			continue;
		if (only_new && o->pos.line != id->pos.line)
			continue;   /* an old variable of := */
		if (only_new && o->pos.col != id->pos.col)
			continue;
		GNode *n = lower_declare(L, o);
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
	return lower_expr(L, e);
}

GOp assign2_op(Node *rhs)
{
	rhs = ast_unparen(rhs);
	if (rhs->kind == NODE_CALL && !(ast_unparen(AST(rhs, call).fun)->mode == MODE_TYPEXPR))
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
		n->y = lower_expr(L, rhs->items[0]);   /* gc: the right side first */
		n->x = lower_expr(L, lhs->items[0]);
		VEC_PUSH(L->a, *out, n);
		return;
	}
	int def = op == TOK_DEFINE;
	GNode *n;
	if (lhs->len == 1 && rhs->len == 1) {
		n = new_stmt(L, GO_AS, s->pos);
		n->def = def;
		GNode *y = lower_expr(L, rhs->items[0]);
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
		ys[i] = lower_expr(L, rhs->items[i]);
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
			vars[i] = lower_declare(L, o);
		}
	}
	GNode **vals = arena_alloc(L->a, sizeof(GNode *) * ((size_t)values->len + 1));
	for (int i = 0; i < values->len; i++)
		vals[i] = lower_expr(L, values->items[i]);
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
	Node *r0 = res->len == 1 ? ast_unparen(res->items[0]) : NULL;
	if (r0 && r0->type && r0->type->kind == TYPE_TUPLE && objs) {
		/* return g() */
		GNode *inner = lower_expr(L, r0);
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
		GNode *x = lower_expr(L, res->items[i]);
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
		GNode *x = lower_expr(L, AST(s, expr_stmt).x);
		if (x)
			VEC_PUSH(L->a, *out, x);
		return;
	}
	case NODE_SEND: {
		GNode *n = new_stmt(L, GO_SEND, s->pos);
		n->x = lower_expr(L, AST(s, send).chan);
		Type *ct = types_underlying(AST(s, send).chan->type);
		GNode *v = lower_expr(L, AST(s, send).value);
		n->y = ct->kind == TYPE_CHAN ? conv_to(L, v, AST(s, send).value, ct->u.chan.elem) : v;
		VEC_PUSH(L->a, *out, n);
		return;
	}
	case NODE_INC_DEC: {
		GNode *n = new_stmt(L, GO_ASOP, s->pos);
		n->incdec = 1;
		n->op_tok = AST(s, inc_dec).inc ? TOK_ADD : TOK_SUB;
		n->x = lower_expr(L, AST(s, inc_dec).x);
		VEC_PUSH(L->a, *out, n);
		return;
	}
	case NODE_ASSIGN:
		assign(L, s, out);
		return;
	case NODE_GO: case NODE_DEFER: {
		GNode *n = new_stmt(L, s->kind == NODE_GO ? GO_GO : GO_DEFER, s->pos);
		n->x = lower_expr(L, AST(s, go_defer).call);
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
		n->y = lower_expr(L, AST(s, if_stmt).cond);
		block_of(L, AST(s, if_stmt).then, &n->body);
		block_of(L, AST(s, if_stmt).els, &n->els);
		VEC_PUSH(L->a, *out, n);
		return;
	}
	case NODE_FOR: {
		GNode *n = new_stmt(L, GO_FOR, s->pos);
		stmt(L, AST(s, for_stmt).init, &n->init);
		n->y = lower_expr(L, AST(s, for_stmt).cond);
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
			Node *k = kv[i] ? ast_unparen(kv[i]) : NULL;
			if (!k || is_blank(k))
				continue;
			if (n->def && k->kind == NODE_NAME && AST(k, name).obj) {
				GNode *v = lower_declare(L, AST(k, name).obj);
				v->defn = n;
				GNode *d = new_stmt(L, GO_DCL, v->pos);
				d->x = v;
				VEC_PUSH(L->a, n->init, d);
				lhs[i] = v;
			} else if (!n->def) {
				lhs[i] = lower_expr(L, k);
			}
		}
		n->x = lower_expr(L, AST(s, range).x);
		VEC_PUSH(L->a, n->list, lhs[0]);
		VEC_PUSH(L->a, n->list, lhs[1]);
		block_of(L, AST(s, range).body, &n->body);
		VEC_PUSH(L->a, *out, n);
		return;
	}
	case NODE_SWITCH: {
		GNode *n = new_stmt(L, GO_SWITCH, s->pos);
		stmt(L, AST(s, switch_stmt).init, &n->init);
		n->y = lower_expr(L, AST(s, switch_stmt).tag);
		NodeList *cl = &AST(s, switch_stmt).clauses;
		for (int i = 0; i < cl->len; i++) {
			Node *c = cl->items[i];
			GNode *cn = new_stmt(L, GO_CASE, c->pos);
			for (int k = 0; k < AST(c, case_clause).list.len; k++)
				VEC_PUSH(L->a, cn->list, lower_expr(L, AST(c, case_clause).list.items[k]));
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
		n->x = lower_expr(L, AST(guard, assert).x);
		Node *bind = AST(s, type_switch).bind;
		n->sym = bind ? AST(bind, name).name : NULL;
		NodeList *cl = &AST(s, type_switch).clauses;
		for (int i = 0; i < cl->len; i++) {
			Node *c = cl->items[i];
			GNode *cn = new_stmt(L, GO_CASE, c->pos);
			for (int k = 0; k < AST(c, case_clause).list.len; k++) {
				Node *t = AST(c, case_clause).list.items[k];
				GNode *tn = t->mode == MODE_TYPEXPR ? type_node(L, t->type, t->pos) : lower_expr(L, t);
				VEC_PUSH(L->a, cn->list, tn);
			}
			Object *v = AST(c, case_clause).implicit;
			if (v) {
				/* gc puts the clause's variable at the clause's colon */
				cn->x = lower_declare(L, v);
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

void stmt_list(Lower *L, NodeList *l, GList *out)
{
	for (int i = 0; l && i < l->len; i++)
		stmt(L, l->items[i], out);
}
