/* build.c — the node constructors behind parser.y's actions.
 *
 * Most constructors only fill in a node.  A few also apply the rules that
 * the grammar is too coarse to say, in the place gc's parser applies
 * them, with gc's messages:
 *   - ast_fix_params: (a, b int) names a and b; (a, b) are two types.
 *   - ast_if_header, ast_for_header, ast_switch_stmt: the condition of a
 *     header must be an expression, a post statement may not declare.
 *   - ast_go_defer: go and defer need a call.
 * Generics and goto are recognised here and reported as unsupported.
 */
#include "build.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../lexer/lexer.h"

void ast_deferred_error(Parser *ps, Pos pos, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	DiagMsg m = {pos, arena_strdup(ps->arena, msg), ps->deferred.len};
	VEC_PUSH(ps->arena, ps->deferred, m);
}

Node *ast_node(Parser *ps, NodeKind k, Pos pos)
{
	return ast_new(ps->arena, k, pos);
}

NodeList ast_list1(Parser *ps, Node *n)
{
	NodeList l = {0};
	VEC_PUSH(ps->arena, l, n);
	return l;
}

void ast_prepend(Parser *ps, NodeList *l, Node *n)
{
	VEC_PUSH(ps->arena, *l, n);
	memmove(l->items + 1, l->items, (size_t)(l->len - 1) * sizeof *l->items);
	l->items[0] = n;
}

Node *ast_name_node(Parser *ps, const Token *t)
{
	Node *n = ast_node(ps, NODE_NAME, t->pos);
	AST(n, name).name = t->text;
	return n;
}

Node *ast_basic_lit(Parser *ps, const Token *t)
{
	Node *n = ast_node(ps, NODE_BASIC_LIT, t->pos);
	AST(n, lit).kind = t->lit;
	AST(n, lit).text = t->text;
	AST(n, lit).str = t->str;
	AST(n, lit).len = t->len;
	AST(n, lit).rune = t->rune;
	AST(n, lit).bad = t->bad;
	return n;
}

/* ---- declarations ---------------------------------------------------- */

void ast_add_decl(Parser *ps, Node *decl)
{
	Node *f = ps->file_node;
	int is_import = decl->kind == NODE_GEN_DECL && AST(decl, gen_decl).tok == TOK_IMPORT;
	if (is_import && ps->saw_other_decl) {
		/* gc 1.19 has no message of its own for this: its parser reads
		 * `import` after a declaration as a statement. */
		diag_error(ps->diag, decl->pos,
		           "syntax error: non-declaration statement outside function body");
	}
	if (is_import)
		VEC_PUSH(ps->arena, AST(f, file).imports, decl);
	else
		ps->saw_other_decl = 1;
	VEC_PUSH(ps->arena, AST(f, file).decls, decl);
}

Node *ast_gen_decl(Parser *ps, const Token *kw, int tok, NodeList specs, int grouped)
{
	Node *n = ast_node(ps, NODE_GEN_DECL, kw->pos);
	AST(n, gen_decl).tok = tok;
	AST(n, gen_decl).specs = specs;
	AST(n, gen_decl).grouped = grouped;
	if (tok == TOK_CONST) {
		/* Go spec: Iota.  Within a group, iota is the index of the
		 * spec; a spec with neither type nor values repeats the
		 * previous one's (the checker copies them). */
		for (int i = 0; i < specs.len; i++) {
			Node *s = specs.items[i];
			AST(s, value_spec).iota = i;
			AST(s, value_spec).implicit = AST(s, value_spec).values.len == 0 &&
			                           AST(s, value_spec).type == NULL && i > 0;
		}
	}
	return n;
}

Node *ast_import_spec(Parser *ps, Node *name, const Token *path)
{
	Node *n = ast_node(ps, NODE_IMPORT_SPEC, name ? name->pos : path->pos);
	AST(n, import_spec).name = name;
	AST(n, import_spec).path = ast_basic_lit(ps, path);
	if (path->lit != LIT_STRING)
		diag_error(ps->diag, path->pos, "syntax error: import path must be a string");
	return n;
}

Node *ast_value_spec(Parser *ps, NodeList names, Node *type, NodeList values)
{
	Node *n = ast_node(ps, NODE_VALUE_SPEC, names.items[0]->pos);
	AST(n, value_spec).names = names;
	AST(n, value_spec).type = type;
	AST(n, value_spec).values = values;
	return n;
}

Node *ast_type_spec(Parser *ps, Node *name, NodeList tparams, int alias, Node *type)
{
	Node *n = ast_node(ps, NODE_TYPE_SPEC, name->pos);
	AST(n, type_spec).name = name;
	AST(n, type_spec).tparams = tparams;
	AST(n, type_spec).alias = alias;
	AST(n, type_spec).type = type;
	if (tparams.len)
		diag_error(ps->diag, name->pos, "unsupported: generic type %s", AST(name, name).name);
	return n;
}

/* gc puts a FuncDecl at the token after `func`: the name, or the ( of
 * the receiver. */
Node *ast_func_decl(Parser *ps, Node *recv, Node *name, NodeList tparams,
                    Node *type, Node *body)
{
	Node *n = ast_node(ps, NODE_FUNC_DECL, recv ? recv->pos : name->pos);
	if (recv)
		ast_check_receiver(ps, name->pos);
	AST(n, func_decl).recv = recv;
	AST(n, func_decl).name = name;
	AST(n, func_decl).type = type;
	AST(n, func_decl).body = body;
	AST(type, func_type).tparams = tparams;
	if (tparams.len)
		diag_error(ps->diag, name->pos, "unsupported: generic function %s", AST(name, name).name);
	return n;
}

/* The receiver list must hold exactly one parameter.  gc's parser says
 * so at the token after the list: the method's name, or whatever stands
 * there instead (parse_error.c calls this too, before a syntax error). */
void ast_check_receiver(Parser *ps, Pos at)
{
	if (ps->recv_count == 0)
		diag_error(ps->diag, at, "method has no receiver");
	else if (ps->recv_count > 1)
		diag_error(ps->diag, at, "method has multiple receivers");
	ps->recv_count = -1;  /* said once */
}

/* A receiver: the parameter list before a method's name.  Its count is
 * checked by ast_check_receiver. */
Node *ast_receiver(Parser *ps, Pos lparen, NodeList params)
{
	int count = 0;
	for (int i = 0; i < params.len; i++) {
		Node *f = params.items[i];
		count += AST(f, field).names.len ? AST(f, field).names.len : 1;
	}
	ps->recv_count = count;
	Node *r = ast_node(ps, NODE_FIELD, lparen);
	if (count == 0) {
		AST(r, field).type = ast_node(ps, NODE_BAD, lparen);
		return r;
	}
	/* Keep the ( as the receiver's position: FuncDecl quotes it. */
	AST(r, field) = params.items[0]->u.field;
	return r;
}

/* ---- types ----------------------------------------------------------- */

Node *ast_field(Parser *ps, Pos pos, NodeList names, Node *type, Node *tag)
{
	Node *n = ast_node(ps, NODE_FIELD, pos);
	AST(n, field).names = names;
	AST(n, field).type = type;
	AST(n, field).tag = tag;
	return n;
}

/* Go spec: Function types.  "Within a list of parameters or results, the
 * names must either all be present or all be absent."  The grammar reads
 * each entry as [name] Type, so in (a, b int) it sees the type `a`
 * followed by `b int`.  When any entry has a name, every entry without
 * one must be a bare identifier that takes the type of the next named
 * entry: a, b int.  Example: (a, b int, s string) becomes two fields,
 * {a b} int and {s} string; (int, string) stays as two unnamed fields. */
NodeList ast_fix_params(Parser *ps, NodeList params)
{
	int named = 0;
	for (int i = 0; i < params.len; i++)
		named += params.items[i]->u.field.names.len > 0;
	if (!named)
		return params;
	NodeList out = {0};
	Pos mixed = POS_NONE;       /* the leftmost entry that breaks the rule */
	Node *pending_type = NULL;  /* walking right to left: type of the group */
	Node *group = NULL;         /* the named field being extended */
	for (int i = params.len - 1; i >= 0; i--) {
		Node *p = params.items[i];
		if (AST(p, field).names.len) {
			group = p;
			pending_type = AST(p, field).type;
			ast_prepend(ps, &out, p);
			continue;
		}
		Node *t = AST(p, field).type;
		if (t->kind == NODE_NAME && pending_type) {
			ast_prepend(ps, &AST(group, field).names, t);
			group->pos = t->pos;
			continue;
		}
		/* a type where a name was wanted, or a name with no type
		 * after it: gc's words for both, once, at the leftmost */
		mixed = ast_start_pos(t);
		ast_prepend(ps, &out, p);
	}
	if (mixed.line)
		diag_error(ps->diag, mixed, "syntax error: mixed named and unnamed parameters");
	return out;
}

Node *ast_func_type(Parser *ps, Pos lparen, NodeList params, NodeList results)
{
	Node *n = ast_node(ps, NODE_FUNC_TYPE, lparen);
	AST(n, func_type).params = params;
	AST(n, func_type).results = results;
	return n;
}

Node *ast_array_type(Parser *ps, const Token *lbrack, Node *len, Node *elem)
{
	Node *n = ast_node(ps, NODE_ARRAY_TYPE, lbrack->pos);
	AST(n, array).len = len;
	AST(n, array).elem = elem;
	return n;
}

/* [N]T written where the grammar had to read N as a list (see param in
 * parser.y): one length, or gc's complaint. */
Node *ast_array_of_args(Parser *ps, const Token *lbrack, NodeList len, Node *elem)
{
	if (len.len != 1)
		diag_error(ps->diag, len.items[1]->pos, "syntax error: unexpected comma; expecting ]");
	return ast_array_type(ps, lbrack, len.items[0], elem);
}

/* A generic type used with type arguments: outside the subset, said once
 * per use at its [. */
void ast_generic_use(Parser *ps, Node *index)
{
	diag_error(ps->diag, index->pos, "unsupported: generic type instantiation %s",
	           ast_string(ps->arena, index));
}

Node *ast_ellipsis(Parser *ps, const Token *t, Node *elem)
{
	Node *n = ast_node(ps, NODE_ELLIPSIS, t->pos);
	AST(n, ellipsis).elem = elem;
	return n;
}

Node *ast_map_type(Parser *ps, const Token *kw, Node *key, Node *value)
{
	Node *n = ast_node(ps, NODE_MAP_TYPE, kw->pos);
	AST(n, map_type).key = key;
	AST(n, map_type).value = value;
	return n;
}

Node *ast_chan_type(Parser *ps, const Token *kw, ChanDir dir, Node *elem)
{
	Node *n = ast_node(ps, NODE_CHAN_TYPE, kw->pos);
	AST(n, chan_type).dir = dir;
	AST(n, chan_type).elem = elem;
	return n;
}

Node *ast_union_of(Parser *ps, Node *a, Node *b)
{
	if (a->kind == NODE_UNION) {
		VEC_PUSH(ps->arena, AST(a, union_type).terms, b);
		return a;
	}
	Node *n = ast_node(ps, NODE_UNION, a->pos);
	VEC_PUSH(ps->arena, AST(n, union_type).terms, a);
	VEC_PUSH(ps->arena, AST(n, union_type).terms, b);
	return n;
}

/* ---- expressions ----------------------------------------------------- */

Node *ast_paren(Parser *ps, const Token *lparen, Node *x)
{
	Node *n = ast_node(ps, NODE_PAREN, lparen->pos);
	AST(n, paren).x = x;
	return n;
}

Node *ast_selector(Parser *ps, Node *x, const Token *dot, Node *sel)
{
	Node *n = ast_node(ps, NODE_SELECTOR, dot->pos);
	AST(n, selector).x = x;
	AST(n, selector).sel = sel;
	return n;
}

Node *ast_star(Parser *ps, const Token *t, Node *x)
{
	Node *n = ast_node(ps, NODE_STAR, t->pos);
	AST(n, star).x = x;
	return n;
}

Node *ast_unary(Parser *ps, const Token *op, Node *x)
{
	Node *n = ast_node(ps, NODE_UNARY, op->pos);
	AST(n, unary).op = op->kind;
	AST(n, unary).x = x;
	return n;
}

/* In an expression, `<-chan int` arrives as `<-` applied to the operand
 * `chan int`.  A receive from a type means nothing, so, as gc does, the
 * arrow is moved into the type: the channel becomes receive-only.  The
 * grammar has already read chan<- chan int as chan<- (chan int) (the
 * leftmost chan takes the arrow), so the arrow walks down through
 * send-only channels until it meets a bidirectional one:
 *     <-chan <-chan int   =  <- (chan<- (chan int))  becomes
 *     <-chan (<-chan int).
 * `<-(chan int)(c)`, with the type inside a conversion, stays a receive. */
Node *ast_recv_or_chan(Parser *ps, const Token *arrow, Node *x)
{
	if (x->kind != NODE_CHAN_TYPE)
		return ast_unary(ps, arrow, x);
	Node *t = x;
	for (;;) {
		ChanDir dir = AST(t, chan_type).dir;
		if (dir == CHAN_RECV) {
			diag_error(ps->diag, t->pos, "syntax error: unexpected <-, expecting chan");
			break;
		}
		AST(t, chan_type).dir = CHAN_RECV;
		if (dir == CHAN_BOTH)
			break;
		Node *elem = AST(t, chan_type).elem;
		if (elem->kind != NODE_CHAN_TYPE) {
			diag_error(ps->diag, ast_start_pos(elem), "syntax error: unexpected %s, expecting chan",
			           ast_string(ps->arena, elem));
			break;
		}
		t = elem;
	}
	x->pos = arrow->pos;
	return x;
}

Node *ast_binary(Parser *ps, Node *x, const Token *op, Node *y)
{
	Node *n = ast_node(ps, NODE_BINARY, op->pos);
	AST(n, binary).op = op->kind;
	AST(n, binary).x = x;
	AST(n, binary).y = y;
	return n;
}

Node *ast_type_assert(Parser *ps, Node *x, const Token *dot, Node *type)
{
	Node *n = ast_node(ps, NODE_TYPE_ASSERT, dot->pos);
	AST(n, assert).x = x;
	AST(n, assert).type = type;
	return n;
}

Node *ast_index_expr(Parser *ps, Node *x, const Token *lbrack, NodeList indices)
{
	Node *n = ast_node(ps, NODE_INDEX, lbrack->pos);
	AST(n, index).x = x;
	AST(n, index).indices = indices;
	return n;
}

Node *ast_slice_expr(Parser *ps, Node *x, const Token *lbrack, Node *lo, Node *hi,
                     Node *max, int three)
{
	Node *n = ast_node(ps, NODE_SLICE, lbrack->pos);
	AST(n, slice).x = x;
	AST(n, slice).lo = lo;
	AST(n, slice).hi = hi;
	AST(n, slice).max = max;
	AST(n, slice).three = three;
	return n;
}

/* Go spec: Slice expressions.  In a[lo:hi:max] only lo may be left out;
 * gc words the two mistakes like this, at the second : and at the ]. */
void ast_check_slice3(Node *slice, Parser *ps, const Token *colon2, const Token *rbrack)
{
	if (!AST(slice, slice).hi)
		diag_error(ps->diag, colon2->pos, "middle index required in 3-index slice");
	if (!AST(slice, slice).max)
		diag_error(ps->diag, rbrack->pos, "final index required in 3-index slice");
}

Node *ast_call(Parser *ps, Node *fun, const Token *lparen, NodeList args, int dots)
{
	Node *n = ast_node(ps, NODE_CALL, lparen->pos);
	AST(n, call).fun = fun;
	AST(n, call).args = args;
	AST(n, call).has_dots = dots;
	return n;
}

/* T{...}: body is the literal built from the braces, type what came
 * before them.  As in gc, only some expressions can name the type of a
 * literal; a parenthesized type cannot. */
Node *ast_complit(Parser *ps, Node *type, Node *body)
{
	AST(body, composite).type = type;
	if (!type)
		return body;
	/* As gc: look through parentheses; only what could name a type may
	 * stand before the braces, and then without parentheses. */
	Node *t = type;
	t = ast_unparen(t);
	switch (t->kind) {
	case NODE_NAME: case NODE_SELECTOR: case NODE_ARRAY_TYPE:
	case NODE_MAP_TYPE: case NODE_STRUCT_TYPE: case NODE_INDEX:
		if (t != type)
			diag_error(ps->diag, body->pos,
			           "syntax error: cannot parenthesize type in composite literal");
		break;
	default:
		diag_error(ps->diag, body->pos, "syntax error: unexpected { at end of statement");
		break;
	}
	return body;
}

Node *ast_key_value(Parser *ps, Node *key, const Token *colon, Node *value)
{
	Node *n = ast_node(ps, NODE_KEY_VALUE, colon->pos);
	AST(n, key_value).key = key;
	AST(n, key_value).value = value;
	return n;
}

/* ---- statements ------------------------------------------------------ */

Node *ast_expr_stmt(Parser *ps, Node *x)
{
	Node *n = ast_node(ps, NODE_EXPR_STMT, x->pos);
	AST(n, expr_stmt).x = x;
	return n;
}

Node *ast_send_stmt(Parser *ps, Node *ch, const Token *arrow, Node *value)
{
	Node *n = ast_node(ps, NODE_SEND, arrow->pos);
	AST(n, send).chan = ch;
	AST(n, send).value = value;
	return n;
}

Node *ast_inc_dec(Parser *ps, Node *x, const Token *op)
{
	Node *n = ast_node(ps, NODE_INC_DEC, op->pos);
	AST(n, inc_dec).x = x;
	AST(n, inc_dec).inc = op->kind == TOK_INC;
	return n;
}

Node *ast_assign(Parser *ps, NodeList lhs, const Token *op, NodeList rhs)
{
	Node *n = ast_node(ps, NODE_ASSIGN, op->pos);
	AST(n, assign).lhs = lhs;
	AST(n, assign).rhs = rhs;
	AST(n, assign).op = op->kind;
	/* Go spec: Short variable declarations declare names.  (gc 1.19
	 * says this from its type checker; it needs no types.) */
	if (op->kind == TOK_DEFINE)
		for (int i = 0; i < lhs.len; i++)
			if (lhs.items[i]->kind != NODE_NAME)
				ast_deferred_error(ps, ast_start_pos(lhs.items[i]),
				           "non-name %s on left side of :=",
				           ast_string(ps->arena, lhs.items[i]));
	return n;
}

Node *ast_decl_stmt(Parser *ps, Node *decl)
{
	Node *n = ast_node(ps, NODE_DECL_STMT, decl->pos);
	AST(n, decl_stmt).decl = decl;
	return n;
}

Node *ast_labeled(Parser *ps, Node *label, const Token *colon, Node *stmt)
{
	/* Go spec: a label labels a statement; before `}` that can be the
	 * empty statement, but not before the next case (gc's words). */
	if (!stmt && (ps->cur.kind == TOK_CASE || ps->cur.kind == TOK_DEFAULT))
		diag_error(ps->diag, colon->pos, "syntax error: missing statement after label");
	Node *n = ast_node(ps, NODE_LABELED, colon->pos);
	AST(n, labeled).label = label;
	AST(n, labeled).stmt = stmt ? stmt : ast_node(ps, NODE_EMPTY_STMT, colon->pos);
	return n;
}

/* Go spec: Go statements, Defer statements.  "The expression must be a
 * function or method call; it cannot be parenthesized." */
Node *ast_go_defer(Parser *ps, NodeKind k, const Token *kw, Node *x)
{
	Node *n = ast_node(ps, k, kw->pos);
	AST(n, go_defer).call = x;
	const char *what = k == NODE_GO ? "go" : "defer";
	Node *inner = x;
	inner = ast_unparen(inner);
	if (x->kind == NODE_PAREN && inner->kind == NODE_CALL)
		diag_error(ps->diag, x->pos, "expression in %s must not be parenthesized", what);
	else if (inner->kind != NODE_CALL)
		diag_error(ps->diag, x->pos, "expression in %s must be function call", what);
	return n;
}

Node *ast_branch(Parser *ps, const Token *kw, Node *label)
{
	Node *n = ast_node(ps, NODE_BRANCH, kw->pos);
	AST(n, branch).tok = kw->kind;
	AST(n, branch).label = label;
	if (kw->kind == TOK_GOTO)
		diag_error(ps->diag, kw->pos, "unsupported: goto statement");
	return n;
}

/* Go spec: the condition of an if, for or switch is an expression.  gc
 * quotes the statement that stands where it should be; an assignment is
 * shown with parentheses around each side, to make the = stand out:
 *     cannot use x := 1 as value
 *     cannot use assignment (x) = (1) as value */
static void not_a_value(Parser *ps, Node *s)
{
	Pos at = s->pos;  /* gc: the statement's position, the := of x := 1 */
	if (s->kind == NODE_ASSIGN && AST(s, assign).op == TOK_ASSIGN)
		diag_error(ps->diag, at, "syntax error: cannot use assignment (%s) = (%s) as value",
		           ast_list_string(ps->arena, &AST(s, assign).lhs),
		           ast_list_string(ps->arena, &AST(s, assign).rhs));
	else
		diag_error(ps->diag, at, "syntax error: cannot use %s as value",
		           ast_string(ps->arena, s));
}

static Node *cond_of(Parser *ps, Node *s)
{
	if (!s)
		return NULL;
	if (s->kind == NODE_EXPR_STMT)
		return AST(s, expr_stmt).x;
	not_a_value(ps, s);
	return ast_node(ps, NODE_BAD, s->pos);
}

Node *ast_if_header(Parser *ps, Node *init, Node *cond, const Token *semi)
{
	Node *n = ast_node(ps, NODE_IF, POS_NONE);
	AST(n, if_stmt).init = init;
	if (!cond) {
		Pos at = semi ? semi->pos : ps->cur.pos;
		if (semi && strcmp(semi->text, "semicolon") != 0)
			diag_error(ps->diag, at, "syntax error: unexpected %s, expecting { after if clause",
			           semi->text);
		else
			diag_error(ps->diag, at, "syntax error: missing condition in if statement");
		AST(n, if_stmt).cond = ast_node(ps, NODE_BAD, at);
		return n;
	}
	AST(n, if_stmt).cond = cond_of(ps, cond);
	return n;
}

Node *ast_for_header(Parser *ps, Node *init, Node *cond, Node *post)
{
	Node *n = ast_node(ps, NODE_FOR, POS_NONE);
	AST(n, for_stmt).init = init;
	AST(n, for_stmt).cond = cond_of(ps, cond);
	AST(n, for_stmt).post = post;
	if (post && post->kind == NODE_ASSIGN && AST(post, assign).op == TOK_DEFINE)
		diag_error(ps->diag, post->pos,
		           "syntax error: cannot declare in post statement of for loop");
	return n;
}

Node *ast_for_stmt(Parser *ps, const Token *kw, Node *header, Node *body)
{
	(void)ps;
	if (header->kind == NODE_RANGE) {
		/* gc puts the ForStmt at `for` and its RangeClause at
		 * `range`; our one node keeps both. */
		AST(header, range).range_pos = header->pos;
		header->pos = kw->pos;
		AST(header, range).body = body;
	} else {
		header->pos = kw->pos;
		AST(header, for_stmt).body = body;
	}
	return header;
}

Node *ast_range_clause(Parser *ps, NodeList lhs, int tok, const Token *kw, Node *x)
{
	Node *n = ast_node(ps, NODE_RANGE, kw->pos);
	AST(n, range).tok = tok;
	AST(n, range).x = x;
	if (lhs.len > 0)
		AST(n, range).key = lhs.items[0];
	if (lhs.len > 1)
		AST(n, range).value = lhs.items[1];
	if (lhs.len > 2)
		ast_deferred_error(ps, ast_start_pos(lhs.items[2]),
		           "range clause permits at most two iteration variables");
	return n;
}

static int is_type_guard(Node *x)
{
	return x->kind == NODE_TYPE_ASSERT && AST(x, assert).type == NULL;
}

Node *ast_switch_stmt(Parser *ps, const Token *kw, Node *init, Node *tag,
                      NodeList clauses, const Token *rbrace)
{
	if (tag && tag->kind == NODE_EXPR_STMT && is_type_guard(AST(tag, expr_stmt).x)) {
		Node *n = ast_node(ps, NODE_TYPE_SWITCH, kw->pos);
		AST(n, type_switch).init = init;
		AST(n, type_switch).guard = AST(tag, expr_stmt).x;
		AST(n, type_switch).clauses = clauses;
		AST(n, type_switch).rbrace = rbrace->pos;
		return n;
	}
	if (tag && tag->kind == NODE_ASSIGN && AST(tag, assign).op == TOK_DEFINE &&
	    AST(tag, assign).lhs.len == 1 && AST(tag, assign).rhs.len == 1 &&
	    AST(tag, assign).lhs.items[0]->kind == NODE_NAME &&
	    is_type_guard(AST(tag, assign).rhs.items[0])) {
		Node *n = ast_node(ps, NODE_TYPE_SWITCH, kw->pos);
		AST(n, type_switch).init = init;
		AST(n, type_switch).bind = AST(tag, assign).lhs.items[0];
		AST(n, type_switch).guard = AST(tag, assign).rhs.items[0];
		AST(n, type_switch).clauses = clauses;
		AST(n, type_switch).rbrace = rbrace->pos;
		return n;
	}
	Node *n = ast_node(ps, NODE_SWITCH, kw->pos);
	AST(n, switch_stmt).init = init;
	AST(n, switch_stmt).tag = cond_of(ps, tag);
	AST(n, switch_stmt).clauses = clauses;
	AST(n, switch_stmt).rbrace = rbrace->pos;
	return n;
}

Node *ast_case_clause(Parser *ps, const Token *kw, NodeList list, int is_default,
                      const Token *colon, NodeList body)
{
	Node *n = ast_node(ps, NODE_CASE_CLAUSE, kw->pos);
	AST(n, case_clause).list = list;
	AST(n, case_clause).is_default = is_default;
	AST(n, case_clause).colon = colon->pos;
	AST(n, case_clause).body = body;
	return n;
}

/* Go spec: Select statements.  A case is a send, a receive expression,
 * or an assignment or short declaration from one receive. */
Node *ast_comm_clause(Parser *ps, const Token *kw, Node *comm, const Token *colon,
                      NodeList body)
{
	Node *n = ast_node(ps, NODE_COMM_CLAUSE, kw->pos);
	AST(n, comm_clause).comm = comm;
	AST(n, comm_clause).colon = colon->pos;
	AST(n, comm_clause).body = body;
	if (comm) {
		Node *recv = NULL;
		if (comm->kind == NODE_EXPR_STMT)
			recv = AST(comm, expr_stmt).x;
		else if (comm->kind == NODE_ASSIGN &&
		         (AST(comm, assign).op == TOK_DEFINE || AST(comm, assign).op == TOK_ASSIGN) &&
		         AST(comm, assign).rhs.len == 1)
			recv = AST(comm, assign).rhs.items[0];
		recv = ast_unparen(recv);  /* case (<-c): is fine */
		int ok = comm->kind == NODE_SEND ||
		         (recv && recv->kind == NODE_UNARY && AST(recv, unary).op == TOK_ARROW);
		/* gc's position: an expression's own (the + of x + 1), or
		 * the start of an assignment */
		if (!ok)
			ast_deferred_error(ps, comm->kind == NODE_EXPR_STMT ? comm->pos : ast_start_pos(comm),
			           "select case must be send or receive (possibly with assignment)");
	}
	return n;
}
