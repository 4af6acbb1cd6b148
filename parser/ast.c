/* ast.c — making AST nodes, finding where they start, and printing them.
 *
 * The dump (gosub build -dump ast) prints one node a line:
 *
 *     FuncDecl @5:6
 *       name: Name main @5:6
 *       type: FuncType @5:10
 *       body: Block @5:13
 *         ExprStmt @6:13
 *           Call @6:13
 *             fun: Selector @6:5
 *               x: Name fmt @6:2
 *               sel: Name Println @6:6
 *             args:
 *               BasicLit string "hi" @6:14
 *
 * A child is labelled with the field it sits in; a list field prints its
 * label and then its elements one level deeper; absent children are not
 * printed.  The @line:col is the node's position as gc records it (see
 * ast.h), which is why a Call sits at its ( and a Selector at its dot.
 */
#include "ast.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

#include "../lexer/lexer.h"

static const char *const kind_names[] = {
#define X(name, label) #label,
	AST_KINDS(X)
#undef X
};

Node *ast_new(Arena *a, NodeKind k, Pos pos)
{
	Node *n = ARENA_NEW(a, Node);
	n->kind = k;
	n->pos = pos;
	return n;
}

const char *ast_kind_name(NodeKind k)
{
	return k < NODE_COUNT ? kind_names[k] : "?";
}

#ifdef GOSUB_DEBUG
Node *ast_check_kind(const Node *n, NodeKind k, const char *file, int line)
{
	if (k != NODE_COUNT && n->kind != k)
		fatal("internal compiler error: %s node used as %s (%s:%d)",
		      ast_kind_name(n->kind), ast_kind_name(k), file, line);
	return (Node *)n;
}
#endif

Node *ast_unparen(Node *n)
{
	while (n && n->kind == NODE_PAREN)
		n = AST(n, paren).x;
	return n;
}

/* The leftmost token of n: the operand of a + b, the function of f(x),
 * the first name of a, b := ... */
Pos ast_start_pos(const Node *n)
{
	for (;;) {
		switch (n->kind) {
		case NODE_BINARY: n = AST(n, binary).x; continue;
		case NODE_SELECTOR: n = AST(n, selector).x; continue;
		case NODE_INDEX: n = AST(n, index).x; continue;
		case NODE_SLICE: n = AST(n, slice).x; continue;
		case NODE_TYPE_ASSERT: n = AST(n, assert).x; continue;
		case NODE_CALL: n = AST(n, call).fun; continue;
		case NODE_KEY_VALUE: n = AST(n, key_value).key; continue;
		case NODE_EXPR_STMT: n = AST(n, expr_stmt).x; continue;
		case NODE_SEND: n = AST(n, send).chan; continue;
		case NODE_INC_DEC: n = AST(n, inc_dec).x; continue;
		case NODE_LABELED: n = AST(n, labeled).label; continue;
		case NODE_ASSIGN:
			if (AST(n, assign).lhs.len == 0)
				return n->pos;
			n = AST(n, assign).lhs.items[0];
			continue;
		case NODE_COMPOSITE_LIT:
			if (!AST(n, composite).type)
				return n->pos;
			n = AST(n, composite).type;
			continue;
		case NODE_FUNC_TYPE:
			if (AST(n, func_type).func_pos.line)
				return AST(n, func_type).func_pos;
			return n->pos;
		case NODE_FIELD:
			if (AST(n, field).names.len)
				return AST(n, field).names.items[0]->pos;
			if (AST(n, field).type)
				n = AST(n, field).type;
			else
				return n->pos;
			continue;
		default:
			return n->pos;
		}
	}
}

/* ---- the dump --------------------------------------------------------- */

static void dump(const AstDumper *dp, const Node *n, int depth, const char *label);

static void indent(FILE *out, int depth)
{
	for (int i = 0; i < depth; i++)
		fputs("  ", out);
}

static void dump_list(const AstDumper *dp, const NodeList *l, int depth, const char *label)
{
	if (l->len == 0)
		return;
	indent(dp->out, depth);
	fprintf(dp->out, "%s:\n", label);
	for (int i = 0; i < l->len; i++)
		dump(dp, l->items[i], depth + 1, NULL);
}

static void child(const AstDumper *dp, const Node *n, int depth, const char *label)
{
	if (n)
		dump(dp, n, depth, label);
}

static const char *lit_kind_name(LitKind k)
{
	switch (k) {
	case LIT_INT: return "int";
	case LIT_FLOAT: return "float";
	case LIT_IMAG: return "imaginary";
	case LIT_RUNE: return "rune";
	case LIT_STRING: return "string";
	}
	return "?";
}

static const char *chan_dir_name(ChanDir d)
{
	switch (d) {
	case CHAN_BOTH: return "chan";
	case CHAN_SEND: return "chan<-";
	case CHAN_RECV: return "<-chan";
	}
	return "?";
}

/* The part of a node's line between its kind and its position. */
static void details(FILE *out, const Node *n)
{
	switch (n->kind) {
	case NODE_NAME:
		fprintf(out, " %s", AST(n, name).name);
		break;
	case NODE_BASIC_LIT:
		fprintf(out, " %s ", lit_kind_name(AST(n, lit).kind));
		lex_print_text(out, AST(n, lit).text);
		break;
	case NODE_UNARY:
		fprintf(out, " %s", lex_token_name(AST(n, unary).op));
		break;
	case NODE_BINARY:
		fprintf(out, " %s", lex_token_name(AST(n, binary).op));
		break;
	case NODE_ASSIGN:
		fprintf(out, " %s", lex_token_name(AST(n, assign).op));
		break;
	case NODE_INC_DEC:
		fprintf(out, " %s", AST(n, inc_dec).inc ? "++" : "--");
		break;
	case NODE_BRANCH:
		fprintf(out, " %s", lex_token_name(AST(n, branch).tok));
		break;
	case NODE_GEN_DECL:
		fprintf(out, " %s%s", lex_token_name(AST(n, gen_decl).tok),
		        AST(n, gen_decl).grouped ? " (grouped)" : "");
		break;
	case NODE_CHAN_TYPE:
		fprintf(out, " %s", chan_dir_name(AST(n, chan_type).dir));
		break;
	case NODE_ARRAY_TYPE:
		if (!AST(n, array).len)
			fputs(" (slice)", out);
		break;
	case NODE_SLICE:
		if (AST(n, slice).three)
			fputs(" (3-index)", out);
		break;
	case NODE_CALL:
		if (AST(n, call).has_dots)
			fputs(" (with ...)", out);
		break;
	case NODE_VALUE_SPEC:
		if (AST(n, value_spec).implicit)
			fputs(" (repeats the previous spec)", out);
		break;
	case NODE_TYPE_SPEC:
		if (AST(n, type_spec).alias)
			fputs(" (alias)", out);
		break;
	case NODE_CASE_CLAUSE:
		if (AST(n, case_clause).is_default)
			fputs(" default", out);
		break;
	case NODE_COMM_CLAUSE:
		if (!AST(n, comm_clause).comm)
			fputs(" default", out);
		break;
	case NODE_TYPE_ASSERT:
		if (!AST(n, assert).type)
			fputs(" (type switch guard)", out);
		break;
	case NODE_RANGE:
		if (AST(n, range).tok)
			fprintf(out, " %s", lex_token_name(AST(n, range).tok));
		break;
	default:
		break;
	}
}

static void dump(const AstDumper *dp, const Node *n, int depth, const char *label)
{
	FILE *out = dp->out;
	indent(out, depth);
	if (label)
		fprintf(out, "%s: ", label);
	fputs(ast_kind_name(n->kind), out);
	details(out, n);
	if (n->pos.line)
		fprintf(out, " @%d:%d", n->pos.line, n->pos.col);
	if (dp->annotate)
		dp->annotate(out, n, dp->ctx);
	fputc('\n', out);
	int d = depth + 1;
	const NodeList *l;
	switch (n->kind) {
	case NODE_BAD: case NODE_NAME: case NODE_BASIC_LIT: case NODE_EMPTY_STMT:
		break;
	case NODE_COMPOSITE_LIT:
		child(dp, AST(n, composite).type, d, "type");
		dump_list(dp, &AST(n, composite).elems, d, "elems");
		break;
	case NODE_KEY_VALUE:
		child(dp, AST(n, key_value).key, d, "key");
		child(dp, AST(n, key_value).value, d, "value");
		break;
	case NODE_FUNC_LIT:
		child(dp, AST(n, func_lit).type, d, "type");
		child(dp, AST(n, func_lit).body, d, "body");
		break;
	case NODE_PAREN:
		child(dp, AST(n, paren).x, d, "x");
		break;
	case NODE_SELECTOR:
		child(dp, AST(n, selector).x, d, "x");
		child(dp, AST(n, selector).sel, d, "sel");
		break;
	case NODE_INDEX:
		child(dp, AST(n, index).x, d, "x");
		l = &AST(n, index).indices;
		if (l->len == 1)
			child(dp, l->items[0], d, "index");
		else
			dump_list(dp, l, d, "indices");
		break;
	case NODE_SLICE:
		child(dp, AST(n, slice).x, d, "x");
		child(dp, AST(n, slice).lo, d, "lo");
		child(dp, AST(n, slice).hi, d, "hi");
		child(dp, AST(n, slice).max, d, "max");
		break;
	case NODE_TYPE_ASSERT:
		child(dp, AST(n, assert).x, d, "x");
		child(dp, AST(n, assert).type, d, "type");
		break;
	case NODE_CALL:
		child(dp, AST(n, call).fun, d, "fun");
		dump_list(dp, &AST(n, call).args, d, "args");
		break;
	case NODE_STAR:
		child(dp, AST(n, star).x, d, "x");
		break;
	case NODE_UNARY:
		child(dp, AST(n, unary).x, d, "x");
		break;
	case NODE_BINARY:
		child(dp, AST(n, binary).x, d, "x");
		child(dp, AST(n, binary).y, d, "y");
		break;
	case NODE_ARRAY_TYPE:
		child(dp, AST(n, array).len, d, "len");
		child(dp, AST(n, array).elem, d, "elem");
		break;
	case NODE_ELLIPSIS:
		child(dp, AST(n, ellipsis).elem, d, "elem");
		break;
	case NODE_STRUCT_TYPE:
		dump_list(dp, &AST(n, struct_type).fields, d, "fields");
		break;
	case NODE_FUNC_TYPE:
		dump_list(dp, &AST(n, func_type).tparams, d, "tparams");
		dump_list(dp, &AST(n, func_type).params, d, "params");
		dump_list(dp, &AST(n, func_type).results, d, "results");
		break;
	case NODE_INTERFACE_TYPE:
		dump_list(dp, &AST(n, iface).methods, d, "methods");
		break;
	case NODE_MAP_TYPE:
		child(dp, AST(n, map_type).key, d, "key");
		child(dp, AST(n, map_type).value, d, "value");
		break;
	case NODE_CHAN_TYPE:
		child(dp, AST(n, chan_type).elem, d, "elem");
		break;
	case NODE_FIELD:
		dump_list(dp, &AST(n, field).names, d, "names");
		child(dp, AST(n, field).type, d, "type");
		child(dp, AST(n, field).tag, d, "tag");
		break;
	case NODE_UNION:
		dump_list(dp, &AST(n, union_type).terms, d, "terms");
		break;
	case NODE_DECL_STMT:
		child(dp, AST(n, decl_stmt).decl, d, "decl");
		break;
	case NODE_LABELED:
		child(dp, AST(n, labeled).label, d, "label");
		child(dp, AST(n, labeled).stmt, d, "stmt");
		break;
	case NODE_EXPR_STMT:
		child(dp, AST(n, expr_stmt).x, d, "x");
		break;
	case NODE_SEND:
		child(dp, AST(n, send).chan, d, "chan");
		child(dp, AST(n, send).value, d, "value");
		break;
	case NODE_INC_DEC:
		child(dp, AST(n, inc_dec).x, d, "x");
		break;
	case NODE_ASSIGN:
		dump_list(dp, &AST(n, assign).lhs, d, "lhs");
		dump_list(dp, &AST(n, assign).rhs, d, "rhs");
		break;
	case NODE_GO: case NODE_DEFER:
		child(dp, AST(n, go_defer).call, d, "call");
		break;
	case NODE_RETURN:
		dump_list(dp, &AST(n, ret).results, d, "results");
		break;
	case NODE_BRANCH:
		child(dp, AST(n, branch).label, d, "label");
		break;
	case NODE_BLOCK:
		for (int i = 0; i < AST(n, block).stmts.len; i++)
			dump(dp, AST(n, block).stmts.items[i], d, NULL);
		break;
	case NODE_IF:
		child(dp, AST(n, if_stmt).init, d, "init");
		child(dp, AST(n, if_stmt).cond, d, "cond");
		child(dp, AST(n, if_stmt).then, d, "then");
		child(dp, AST(n, if_stmt).els, d, "else");
		break;
	case NODE_CASE_CLAUSE:
		dump_list(dp, &AST(n, case_clause).list, d, "list");
		dump_list(dp, &AST(n, case_clause).body, d, "body");
		break;
	case NODE_SWITCH:
		child(dp, AST(n, switch_stmt).init, d, "init");
		child(dp, AST(n, switch_stmt).tag, d, "tag");
		for (int i = 0; i < AST(n, switch_stmt).clauses.len; i++)
			dump(dp, AST(n, switch_stmt).clauses.items[i], d, NULL);
		break;
	case NODE_TYPE_SWITCH:
		child(dp, AST(n, type_switch).init, d, "init");
		child(dp, AST(n, type_switch).bind, d, "bind");
		child(dp, AST(n, type_switch).guard, d, "guard");
		for (int i = 0; i < AST(n, type_switch).clauses.len; i++)
			dump(dp, AST(n, type_switch).clauses.items[i], d, NULL);
		break;
	case NODE_COMM_CLAUSE:
		child(dp, AST(n, comm_clause).comm, d, "comm");
		dump_list(dp, &AST(n, comm_clause).body, d, "body");
		break;
	case NODE_SELECT:
		for (int i = 0; i < AST(n, select).clauses.len; i++)
			dump(dp, AST(n, select).clauses.items[i], d, NULL);
		break;
	case NODE_FOR:
		child(dp, AST(n, for_stmt).init, d, "init");
		child(dp, AST(n, for_stmt).cond, d, "cond");
		child(dp, AST(n, for_stmt).post, d, "post");
		child(dp, AST(n, for_stmt).body, d, "body");
		break;
	case NODE_RANGE:
		child(dp, AST(n, range).key, d, "key");
		child(dp, AST(n, range).value, d, "value");
		child(dp, AST(n, range).x, d, "x");
		child(dp, AST(n, range).body, d, "body");
		break;
	case NODE_IMPORT_SPEC:
		child(dp, AST(n, import_spec).name, d, "name");
		child(dp, AST(n, import_spec).path, d, "path");
		break;
	case NODE_VALUE_SPEC:
		dump_list(dp, &AST(n, value_spec).names, d, "names");
		child(dp, AST(n, value_spec).type, d, "type");
		dump_list(dp, &AST(n, value_spec).values, d, "values");
		break;
	case NODE_TYPE_SPEC:
		child(dp, AST(n, type_spec).name, d, "name");
		dump_list(dp, &AST(n, type_spec).tparams, d, "tparams");
		child(dp, AST(n, type_spec).type, d, "type");
		break;
	case NODE_GEN_DECL:
		for (int i = 0; i < AST(n, gen_decl).specs.len; i++)
			dump(dp, AST(n, gen_decl).specs.items[i], d, NULL);
		break;
	case NODE_FUNC_DECL:
		child(dp, AST(n, func_decl).recv, d, "recv");
		child(dp, AST(n, func_decl).name, d, "name");
		child(dp, AST(n, func_decl).type, d, "type");
		child(dp, AST(n, func_decl).body, d, "body");
		break;
	case NODE_FILE:
		child(dp, AST(n, file).package, d, "package");
		for (int i = 0; i < AST(n, file).decls.len; i++)
			dump(dp, AST(n, file).decls.items[i], d, NULL);
		break;
	case NODE_COUNT:
		assert(0);
	}
}

void ast_dump_with(const AstDumper *dp, const Node *n, const Diag *d)
{
	if (n->kind == NODE_FILE && d && AST(n, file).source >= 0 &&
	    AST(n, file).source < d->files.len) {
		fprintf(dp->out, "File %s\n", d->files.items[AST(n, file).source].name);
		int depth = 1;
		child(dp, AST(n, file).package, depth, "package");
		for (int i = 0; i < AST(n, file).decls.len; i++)
			dump(dp, AST(n, file).decls.items[i], depth, NULL);
		return;
	}
	dump(dp, n, 0, NULL);
}

void ast_dump(FILE *out, const Node *n, const Diag *d)
{
	AstDumper dp = {out, NULL, NULL};
	ast_dump_with(&dp, n, d);
}

/* ---- printing Go syntax ----------------------------------------------- */

/* Writes n back as Go source, the way gc's syntax printer does in its
 * short form for messages ("cannot use x := (T{…}) as value"): one line,
 * operators spaced, function bodies and the contents of composite
 * literals elided as {…}. */
static void print_list(FILE *out, const NodeList *l, const char *sep);
static void print_signature(FILE *out, const Node *ftype);

static void print_node(FILE *out, const Node *n)
{
	if (!n) {
		return;
	}
	switch (n->kind) {
	case NODE_BAD: fputs("BadExpr", out); break;
	case NODE_NAME: fputs(AST(n, name).name, out); break;
	case NODE_BASIC_LIT: fputs(AST(n, lit).text, out); break;
	case NODE_COMPOSITE_LIT:
		print_node(out, AST(n, composite).type);
		fputs(AST(n, composite).elems.len ? "{…}" : "{}", out);
		break;
	case NODE_KEY_VALUE:
		print_node(out, AST(n, key_value).key);
		fputs(": ", out);
		print_node(out, AST(n, key_value).value);
		break;
	case NODE_FUNC_LIT:
		print_node(out, AST(n, func_lit).type);
		fputs(AST(n, func_lit).body && AST(AST(n, func_lit).body, block).stmts.len ?
		      " {…}" : " {}", out);
		break;
	case NODE_PAREN:
		fputc('(', out);
		print_node(out, AST(n, paren).x);
		fputc(')', out);
		break;
	case NODE_SELECTOR:
		print_node(out, AST(n, selector).x);
		fputc('.', out);
		print_node(out, AST(n, selector).sel);
		break;
	case NODE_INDEX:
		print_node(out, AST(n, index).x);
		fputc('[', out);
		print_list(out, &AST(n, index).indices, ", ");
		fputc(']', out);
		break;
	case NODE_SLICE:
		print_node(out, AST(n, slice).x);
		fputc('[', out);
		print_node(out, AST(n, slice).lo);
		fputc(':', out);
		print_node(out, AST(n, slice).hi);
		if (AST(n, slice).three) {
			fputc(':', out);
			print_node(out, AST(n, slice).max);
		}
		fputc(']', out);
		break;
	case NODE_TYPE_ASSERT:
		print_node(out, AST(n, assert).x);
		fputs(".(", out);
		if (AST(n, assert).type)
			print_node(out, AST(n, assert).type);
		else
			fputs("type", out);
		fputc(')', out);
		break;
	case NODE_CALL:
		print_node(out, AST(n, call).fun);
		fputc('(', out);
		print_list(out, &AST(n, call).args, ", ");
		if (AST(n, call).has_dots)
			fputs("...", out);
		fputc(')', out);
		break;
	case NODE_STAR:
		fputc('*', out);
		print_node(out, AST(n, star).x);
		break;
	case NODE_UNARY:
		fputs(lex_token_name(AST(n, unary).op), out);
		print_node(out, AST(n, unary).x);
		break;
	case NODE_BINARY:
		print_node(out, AST(n, binary).x);
		fprintf(out, " %s ", lex_token_name(AST(n, binary).op));
		print_node(out, AST(n, binary).y);
		break;
	case NODE_ARRAY_TYPE:
		fputc('[', out);
		print_node(out, AST(n, array).len);
		fputc(']', out);
		print_node(out, AST(n, array).elem);
		break;
	case NODE_ELLIPSIS:
		fputs("...", out);
		print_node(out, AST(n, ellipsis).elem);
		break;
	case NODE_STRUCT_TYPE:
		fputs("struct{", out);
		print_list(out, &AST(n, struct_type).fields, "; ");
		fputc('}', out);
		break;
	case NODE_FUNC_TYPE:
		fputs("func", out);
		print_signature(out, n);
		break;
	case NODE_INTERFACE_TYPE:
		/* a method is written M(x int) int, without the func */
		fputs("interface{", out);
		for (int i = 0; i < AST(n, iface).methods.len; i++) {
			const Node *m = AST(n, iface).methods.items[i];
			if (i)
				fputs("; ", out);
			if (AST(m, field).names.len && AST(m, field).type->kind == NODE_FUNC_TYPE) {
				print_list(out, &AST(m, field).names, ", ");
				print_signature(out, AST(m, field).type);
			} else {
				print_node(out, m);
			}
		}
		fputc('}', out);
		break;
	case NODE_MAP_TYPE:
		fputs("map[", out);
		print_node(out, AST(n, map_type).key);
		fputc(']', out);
		print_node(out, AST(n, map_type).value);
		break;
	case NODE_CHAN_TYPE:
		fputs(AST(n, chan_type).dir == CHAN_SEND ? "chan<- " :
		      AST(n, chan_type).dir == CHAN_RECV ? "<-chan " : "chan ", out);
		print_node(out, AST(n, chan_type).elem);
		break;
	case NODE_FIELD:
		print_list(out, &AST(n, field).names, ", ");
		if (AST(n, field).names.len)
			fputc(' ', out);
		print_node(out, AST(n, field).type);
		if (AST(n, field).tag) {
			fputc(' ', out);
			print_node(out, AST(n, field).tag);
		}
		break;
	case NODE_UNION:
		print_list(out, &AST(n, union_type).terms, " | ");
		break;
	case NODE_EXPR_STMT:
		print_node(out, AST(n, expr_stmt).x);
		break;
	case NODE_SEND:
		print_node(out, AST(n, send).chan);
		fputs(" <- ", out);
		print_node(out, AST(n, send).value);
		break;
	case NODE_INC_DEC:
		print_node(out, AST(n, inc_dec).x);
		fputs(AST(n, inc_dec).inc ? "++" : "--", out);
		break;
	case NODE_ASSIGN:
		print_list(out, &AST(n, assign).lhs, ", ");
		fprintf(out, " %s ", lex_token_name(AST(n, assign).op));
		print_list(out, &AST(n, assign).rhs, ", ");
		break;
	default:
		fputs(ast_kind_name(n->kind), out);
		break;
	}
}

/* (params) results, as after `func` or an interface method's name. */
static void print_signature(FILE *out, const Node *ftype)
{
	fputc('(', out);
	print_list(out, &AST(ftype, func_type).params, ", ");
	fputc(')', out);
	const NodeList *r = &AST(ftype, func_type).results;
	if (r->len == 1 && r->items[0]->u.field.names.len == 0) {
		fputc(' ', out);
		print_node(out, r->items[0]);
	} else if (r->len) {
		fputs(" (", out);
		print_list(out, r, ", ");
		fputc(')', out);
	}
}

static void print_list(FILE *out, const NodeList *l, const char *sep)
{
	for (int i = 0; i < l->len; i++) {
		if (i)
			fputs(sep, out);
		print_node(out, l->items[i]);
	}
}

const char *ast_string(Arena *a, const Node *n)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	if (!out)
		fatal("out of memory");
	print_node(out, n);
	fclose(out);
	char *s = arena_strndup(a, buf, len);
	free(buf);
	return s;
}

const char *ast_list_string(Arena *a, const NodeList *l)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	if (!out)
		fatal("out of memory");
	print_list(out, l, ", ");
	fclose(out);
	char *s = arena_strndup(a, buf, len);
	free(buf);
	return s;
}
