/* branches.c — labels, break, continue and fallthrough, checked after
 * parsing, as gc checks them in its syntax package (before any types).
 *
 * Go spec: Labeled statements, Break statements, Continue statements,
 * Fallthrough statements.  A label's scope is the whole function body it
 * is declared in (not nested function literals), so the check runs once
 * per body, in two walks:
 *
 *   1. declare every label of the body; a second one with the same name
 *      is an error ("label L already defined at a.go:3:1");
 *   2. walk the statements with the context a branch needs: the
 *      innermost loop (target of continue), the innermost loop, switch
 *      or select (target of break), the labeled statements that enclose
 *      the current one, and, inside a case clause, where we are in it
 *      (fallthrough must be the last statement of a case that is not the
 *      last one, and never in a type switch).
 *
 * A label that no break, continue or goto names is "defined and not
 * used".  A function literal is a body of its own: walk 2 skips into it
 * by starting a fresh check.
 */
#include <string.h>

#include "../lexer/lexer.h"
#include "build.h"

typedef struct Label {
	Node *stmt;        /* the LABELED statement */
	int used;
} Label;

typedef struct Branches {
	Diag *diag;
	Arena *arena;
	VEC(Label) labels;          /* every label of the body */
	VEC(Node *) enclosing;      /* LABELED statements around the current one */
} Branches;

typedef struct Context {
	Node *breaks;       /* innermost FOR/RANGE/SWITCH/TYPE_SWITCH/SELECT, or NULL */
	Node *continues;    /* innermost FOR/RANGE, or NULL */
	Node *sw;           /* innermost SWITCH or TYPE_SWITCH around a case body */
	int case_index;     /* which case of sw we are directly in; -1: nested deeper */
	int ncases;         /* cases in sw */
} Context;

static void check_body(Diag *d, Arena *a, Node *body);
static void walk_stmt(Branches *b, Node *s, Context ctx, int last_in_case);

static Label *find_label(Branches *b, const char *name)
{
	for (int i = 0; i < b->labels.len; i++)
		if (b->labels.items[i].stmt->u.labeled.label->u.name.name == name)
			return &b->labels.items[i];
	return NULL;
}

/* ---- walk 1: declare the labels ---------------------------------------- */

static void declare_list(Branches *b, const NodeList *l);

static void declare(Branches *b, Node *s)
{
	if (!s)
		return;
	switch (s->kind) {
	case NODE_LABELED: {
		Node *name = AST(s, labeled).label;
		if (strcmp(AST(name, name).name, "_") != 0) {
			Label *old = find_label(b, AST(name, name).name);
			if (old) {
				char where[256];
				pos_string(b->diag, old->stmt->u.labeled.label->pos, where, sizeof where);
				diag_error(b->diag, name->pos, "label %s already defined at %s",
				           AST(name, name).name, where);
			} else {
				Label l = {s, 0};
				VEC_PUSH(b->arena, b->labels, l);
			}
		}
		declare(b, AST(s, labeled).stmt);
		break;
	}
	case NODE_BLOCK: declare_list(b, &AST(s, block).stmts); break;
	case NODE_IF:
		declare(b, AST(s, if_stmt).then);
		declare(b, AST(s, if_stmt).els);
		break;
	case NODE_FOR: declare(b, AST(s, for_stmt).body); break;
	case NODE_RANGE: declare(b, AST(s, range).body); break;
	case NODE_SWITCH:
		for (int i = 0; i < AST(s, switch_stmt).clauses.len; i++)
			declare_list(b, &AST(s, switch_stmt).clauses.items[i]->u.case_clause.body);
		break;
	case NODE_TYPE_SWITCH:
		for (int i = 0; i < AST(s, type_switch).clauses.len; i++)
			declare_list(b, &AST(s, type_switch).clauses.items[i]->u.case_clause.body);
		break;
	case NODE_SELECT:
		for (int i = 0; i < AST(s, select).clauses.len; i++)
			declare_list(b, &AST(s, select).clauses.items[i]->u.comm_clause.body);
		break;
	default:
		break;
	}
}

static void declare_list(Branches *b, const NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		declare(b, l->items[i]);
}

/* ---- walk 2: the branches ------------------------------------------------ */

/* Function literals in expressions are bodies of their own. */
static void visit_expr(Branches *b, Node *n);

static void visit_list(Branches *b, const NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		visit_expr(b, l->items[i]);
}

static void visit_expr(Branches *b, Node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case NODE_FUNC_LIT:
		check_body(b->diag, b->arena, AST(n, func_lit).body);
		break;
	case NODE_COMPOSITE_LIT: visit_list(b, &AST(n, composite).elems); break;
	case NODE_KEY_VALUE:
		visit_expr(b, AST(n, key_value).key);
		visit_expr(b, AST(n, key_value).value);
		break;
	case NODE_PAREN: visit_expr(b, AST(n, paren).x); break;
	case NODE_SELECTOR: visit_expr(b, AST(n, selector).x); break;
	case NODE_INDEX:
		visit_expr(b, AST(n, index).x);
		visit_list(b, &AST(n, index).indices);
		break;
	case NODE_SLICE:
		visit_expr(b, AST(n, slice).x);
		visit_expr(b, AST(n, slice).lo);
		visit_expr(b, AST(n, slice).hi);
		visit_expr(b, AST(n, slice).max);
		break;
	case NODE_TYPE_ASSERT: visit_expr(b, AST(n, assert).x); break;
	case NODE_CALL:
		visit_expr(b, AST(n, call).fun);
		visit_list(b, &AST(n, call).args);
		break;
	case NODE_STAR: visit_expr(b, AST(n, star).x); break;
	case NODE_UNARY: visit_expr(b, AST(n, unary).x); break;
	case NODE_BINARY:
		visit_expr(b, AST(n, binary).x);
		visit_expr(b, AST(n, binary).y);
		break;
	case NODE_EXPR_STMT: visit_expr(b, AST(n, expr_stmt).x); break;
	case NODE_SEND:
		visit_expr(b, AST(n, send).chan);
		visit_expr(b, AST(n, send).value);
		break;
	case NODE_INC_DEC: visit_expr(b, AST(n, inc_dec).x); break;
	case NODE_ASSIGN:
		visit_list(b, &AST(n, assign).lhs);
		visit_list(b, &AST(n, assign).rhs);
		break;
	case NODE_GEN_DECL:
		for (int i = 0; i < AST(n, gen_decl).specs.len; i++) {
			Node *spec = AST(n, gen_decl).specs.items[i];
			if (spec->kind == NODE_VALUE_SPEC)
				visit_list(b, &AST(spec, value_spec).values);
		}
		break;
	default:
		break;
	}
}

/* Is the label named by a break or continue one that encloses us, and
 * on a statement that the branch can target? */
static Node *enclosing_target(Branches *b, const char *name)
{
	for (int i = b->enclosing.len - 1; i >= 0; i--) {
		Node *l = b->enclosing.items[i];
		if (AST(l, labeled).label->u.name.name == name)
			return AST(l, labeled).stmt;
	}
	return NULL;
}

static void check_branch(Branches *b, Node *s, Context ctx, int last_in_case)
{
	int tok = AST(s, branch).tok;
	Node *label = AST(s, branch).label;
	if (label) {
		const char *name = AST(label, name).name;
		Label *l = find_label(b, name);
		if (l)
			l->used = 1;
		if (tok == TOK_GOTO) {
			if (!l)
				diag_error(b->diag, label->pos, "label %s not defined", name);
			return;
		}
		const char *what = tok == TOK_BREAK ? "break" : "continue";
		if (!l) {
			diag_error(b->diag, label->pos, "%s label not defined: %s", what, name);
			return;
		}
		Node *t = enclosing_target(b, name);
		int ok = t && (t->kind == NODE_FOR || t->kind == NODE_RANGE ||
		               (tok == TOK_BREAK && (t->kind == NODE_SWITCH ||
		                                     t->kind == NODE_TYPE_SWITCH ||
		                                     t->kind == NODE_SELECT)));
		if (!ok)
			diag_error(b->diag, label->pos, "invalid %s label %s", what, name);
		return;
	}
	switch (tok) {
	case TOK_BREAK:
		if (!ctx.breaks)
			diag_error(b->diag, s->pos, "break is not in a loop, switch, or select");
		break;
	case TOK_CONTINUE:
		if (!ctx.continues)
			diag_error(b->diag, s->pos, "continue is not in a loop");
		break;
	case TOK_FALLTHROUGH: {
		const char *msg = "fallthrough statement out of place";
		if (ctx.sw && ctx.sw == ctx.breaks) {
			if (ctx.sw->kind == NODE_TYPE_SWITCH)
				msg = "cannot fallthrough in type switch";
			else if (ctx.case_index < 0 || !last_in_case)
				; /* nested in a block, or not last: out of place */
			else if (ctx.case_index + 1 == ctx.ncases)
				msg = "cannot fallthrough final case in switch";
			else
				return;  /* a fine fallthrough */
		}
		diag_error(b->diag, s->pos, "%s", msg);
		break;
	}
	}
}

static void walk_list(Branches *b, const NodeList *l, Context ctx, int in_case)
{
	for (int i = 0; i < l->len; i++)
		walk_stmt(b, l->items[i], ctx, in_case && i == l->len - 1);
}

static void walk_clauses(Branches *b, Node *sw, const NodeList *clauses, Context ctx)
{
	ctx.breaks = sw;
	ctx.sw = sw;
	ctx.ncases = clauses->len;
	for (int i = 0; i < clauses->len; i++) {
		Node *c = clauses->items[i];
		ctx.case_index = i;
		visit_list(b, &AST(c, case_clause).list);
		walk_list(b, &AST(c, case_clause).body, ctx, 1);
	}
}

static void walk_stmt(Branches *b, Node *s, Context ctx, int last_in_case)
{
	if (!s)
		return;
	Context inner = ctx;
	inner.case_index = -1;  /* anything nested is no longer directly in the case */
	switch (s->kind) {
	case NODE_LABELED:
		VEC_PUSH(b->arena, b->enclosing, s);
		walk_stmt(b, AST(s, labeled).stmt, ctx, last_in_case);
		b->enclosing.len--;
		break;
	case NODE_BRANCH:
		check_branch(b, s, ctx, last_in_case);
		break;
	case NODE_BLOCK:
		walk_list(b, &AST(s, block).stmts, inner, 0);
		break;
	case NODE_IF:
		walk_stmt(b, AST(s, if_stmt).init, inner, 0);
		visit_expr(b, AST(s, if_stmt).cond);
		walk_stmt(b, AST(s, if_stmt).then, inner, 0);
		walk_stmt(b, AST(s, if_stmt).els, inner, 0);
		break;
	case NODE_FOR:
		walk_stmt(b, AST(s, for_stmt).init, inner, 0);
		visit_expr(b, AST(s, for_stmt).cond);
		walk_stmt(b, AST(s, for_stmt).post, inner, 0);
		inner.breaks = inner.continues = s;
		walk_stmt(b, AST(s, for_stmt).body, inner, 0);
		break;
	case NODE_RANGE:
		visit_expr(b, AST(s, range).x);
		inner.breaks = inner.continues = s;
		walk_stmt(b, AST(s, range).body, inner, 0);
		break;
	case NODE_SWITCH:
		walk_stmt(b, AST(s, switch_stmt).init, inner, 0);
		visit_expr(b, AST(s, switch_stmt).tag);
		walk_clauses(b, s, &AST(s, switch_stmt).clauses, inner);
		break;
	case NODE_TYPE_SWITCH:
		walk_stmt(b, AST(s, type_switch).init, inner, 0);
		visit_expr(b, AST(s, type_switch).guard);
		walk_clauses(b, s, &AST(s, type_switch).clauses, inner);
		break;
	case NODE_SELECT:
		inner.breaks = s;
		inner.sw = NULL;
		for (int i = 0; i < AST(s, select).clauses.len; i++) {
			Node *c = AST(s, select).clauses.items[i];
			walk_stmt(b, AST(c, comm_clause).comm, inner, 0);
			walk_list(b, &AST(c, comm_clause).body, inner, 0);
		}
		break;
	case NODE_GO: case NODE_DEFER:
		visit_expr(b, AST(s, go_defer).call);
		break;
	case NODE_RETURN:
		visit_list(b, &AST(s, ret).results);
		break;
	case NODE_DECL_STMT:
		visit_expr(b, AST(s, decl_stmt).decl);
		break;
	default:
		visit_expr(b, s);
		break;
	}
}

static void check_body(Diag *d, Arena *a, Node *body)
{
	if (!body)
		return;
	Branches b = {d, a, {0}, {0}};
	declare_list(&b, &AST(body, block).stmts);
	Context ctx = {NULL, NULL, NULL, -1, 0};
	walk_list(&b, &AST(body, block).stmts, ctx, 0);
	for (int i = 0; i < b.labels.len; i++) {
		Label *l = &b.labels.items[i];
		if (!l->used) {
			Node *name = l->stmt->u.labeled.label;
			diag_error(d, name->pos, "label %s defined and not used", AST(name, name).name);
		}
	}
}

void parse_check_branches(Diag *d, Arena *a, Node *file)
{
	for (int i = 0; i < AST(file, file).decls.len; i++) {
		Node *decl = AST(file, file).decls.items[i];
		if (decl->kind == NODE_FUNC_DECL) {
			check_body(d, a, AST(decl, func_decl).body);
		} else if (decl->kind == NODE_GEN_DECL) {
			Branches b = {d, a, {0}, {0}};
			visit_expr(&b, decl);  /* function literals in initializers */
		}
	}
}
