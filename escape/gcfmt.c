/* gcfmt.c — gc's IR printed the way gc prints it in -m=2 explanations.
 *
 * The rules are gc 1.19's cmd/compile/internal/ir/fmt.go (exprFmt and
 * stmtFmt in their short form), for the ops explain.h knows:
 *
 *   - implicit nodes (a conversion type checking added, the & of a method
 *     receiver) print as their operand: `fmt.Println(n)` converts n, and
 *     the conversion prints "n";
 *   - parentheses come from precedence, not from the source: gc prints
 *     (*T).M because a pointer type binds looser than the selector;
 *   - composite literals are T{...} (T{} when empty), func literals "func
 *     literal", a variadic call's packed arguments "... argument";
 *   - loops print as "for loop", and select and switch as "select
 *     statement", "switch statement".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lexer/lexer.h"
#include "explain.h"

typedef struct Out {
	char *buf;
	size_t len, cap;
} Out;

static void put(Out *o, const char *s)
{
	size_t n = strlen(s);
	if (o->len + n + 1 > o->cap) {
		o->cap = (o->len + n + 1) * 2 + 64;
		o->buf = realloc(o->buf, o->cap);
		if (!o->buf)
			abort();
	}
	memcpy(o->buf + o->len, s, n + 1);
	o->len += n;
}

static void putc_(Out *o, char c)
{
	char s[2] = {c, 0};
	put(o, s);
}

static const char *replace_iface(Arena *a, const char *s)
{
	/* gc spells the empty interface "interface {}" */
	const char *p = strstr(s, "interface{");
	if (!p)
		return s;
	size_t n = strlen(s);
	char *r = arena_alloc(a, n * 2 + 1);
	char *w = r;
	while (*s) {
		if (strncmp(s, "interface{", 10) == 0) {
			memcpy(w, "interface {", 11);
			w += 11;
			s += 10;
		} else {
			*w++ = *s++;
		}
	}
	*w = 0;
	return r;
}

/* gc's spelling differs from types_string's for literal struct and
 * interface types and for func types: struct { x int; y *T },
 * interface { M() }, func(int) string. */
static void type_fmt(Out *o, Arena *a, Type *t, int depth)
{
	if (!t || depth > 32) {
		put(o, "?");
		return;
	}
	switch (t->kind) {
	case TYPE_POINTER:
		putc_(o, '*');
		type_fmt(o, a, t->u.pointer.elem, depth + 1);
		return;
	case TYPE_SLICE:
		put(o, "[]");
		type_fmt(o, a, t->u.pointer.elem, depth + 1);
		return;
	case TYPE_ARRAY:
		put(o, arena_sprintf(a, "[%lld]", (long long)t->u.array.len));
		type_fmt(o, a, t->u.array.elem, depth + 1);
		return;
	case TYPE_MAP:
		put(o, "map[");
		type_fmt(o, a, t->u.map.key, depth + 1);
		putc_(o, ']');
		type_fmt(o, a, t->u.map.elem, depth + 1);
		return;
	case TYPE_CHAN:
		put(o, t->u.chan.dir == CHAN_SEND ? "chan<- " : t->u.chan.dir == CHAN_RECV ? "<-chan " : "chan ");
		type_fmt(o, a, t->u.chan.elem, depth + 1);
		return;
	case TYPE_STRUCT: {
		FieldList *fs = &t->u.strct.fields;
		if (!fs->len) {
			put(o, "struct {}");
			return;
		}
		put(o, "struct { ");
		for (int i = 0; i < fs->len; i++) {
			if (i)
				put(o, "; ");
			if (!fs->items[i].embedded) {
				put(o, fs->items[i].obj->name);
				putc_(o, ' ');
			}
			type_fmt(o, a, fs->items[i].obj->type, depth + 1);
		}
		put(o, " }");
		return;
	}
	case TYPE_FUNC: {
		put(o, "func(");
		ObjectList *ps = &t->u.func.params;
		for (int i = 0; i < ps->len; i++) {
			if (i)
				put(o, ", ");
			if (t->u.func.variadic && i == ps->len - 1 && ps->items[i]->type->kind == TYPE_SLICE) {
				put(o, "...");
				type_fmt(o, a, ps->items[i]->type->u.pointer.elem, depth + 1);
			} else {
				type_fmt(o, a, ps->items[i]->type, depth + 1);
			}
		}
		putc_(o, ')');
		ObjectList *rs = &t->u.func.results;
		if (rs->len == 1) {
			putc_(o, ' ');
			type_fmt(o, a, rs->items[0]->type, depth + 1);
		} else if (rs->len > 1) {
			put(o, " (");
			for (int i = 0; i < rs->len; i++) {
				if (i)
					put(o, ", ");
				type_fmt(o, a, rs->items[i]->type, depth + 1);
			}
			putc_(o, ')');
		}
		return;
	}
	case TYPE_INTERFACE: {
		ObjectList *ms = &t->u.iface.methods;
		if (t == types_any) {
			put(o, "any");   /* as written: gc keeps the alias's name */
			return;
		}
		if (!ms->len && !t->u.iface.embeddeds.len) {
			put(o, "interface {}");
			return;
		}
		put(o, replace_iface(a, types_string(a, t)));
		return;
	}
	default:
		put(o, replace_iface(a, types_string(a, t)));
		return;
	}
}

const char *gc_type_string(Arena *a, Type *t)
{
	Out o = {0};
	put(&o, "");
	type_fmt(&o, a, t, 0);
	const char *s = arena_strdup(a, o.buf);
	free(o.buf);
	return s;
}

/* ---- constants: gc keeps a constant's source text, as its syntax
 * printer spells it: parentheses only where the source has them, one
 * space around a binary operator, none after a unary one ---------------------- */

static int tok_prec(int op)
{
	switch (op) {
	case TOK_STAR: case TOK_DIV: case TOK_REM: case TOK_SHL: case TOK_SHR: case TOK_AND: case TOK_AND_NOT:
		return 6;
	case TOK_ADD: case TOK_SUB: case TOK_OR: case TOK_XOR:
		return 5;
	case TOK_EQL: case TOK_NEQ: case TOK_LSS: case TOK_LEQ: case TOK_GTR: case TOK_GEQ:
		return 4;
	case TOK_LAND:
		return 2;
	case TOK_LOR:
		return 1;
	default:
		return 8;
	}
}

static void ast_const(Out *o, Arena *a, const Node *e, int prec);

static void ast_const_list(Out *o, Arena *a, const NodeList *l)
{
	for (int i = 0; i < l->len; i++) {
		if (i)
			put(o, ", ");
		ast_const(o, a, l->items[i], 0);
	}
}

static void ast_const(Out *o, Arena *a, const Node *e, int prec)
{
	(void)prec;   /* gc's syntax printer adds no parentheses of its own */
	if (!e) {
		put(o, "<nil>");
		return;
	}
	switch (e->kind) {
	case NODE_PAREN:
		putc_(o, '(');
		ast_const(o, a, AST(e, paren).x, 0);
		putc_(o, ')');
		return;
	case NODE_NAME:
		put(o, AST(e, name).name);
		return;
	case NODE_BASIC_LIT:
		/* gc keeps a constant's source text (ir.RawOrigExpr) */
		put(o, AST(e, lit).text);
		return;
	case NODE_SELECTOR:
		ast_const(o, a, AST(e, selector).x, 8);
		putc_(o, '.');
		put(o, AST(AST(e, selector).sel, name).name);
		return;
	case NODE_UNARY:
		put(o, lex_token_name(AST(e, unary).op));
		ast_const(o, a, AST(e, unary).x, 8);
		return;
	case NODE_BINARY:
		ast_const(o, a, AST(e, binary).x, 0);
		putc_(o, ' ');
		put(o, lex_token_name(AST(e, binary).op));
		putc_(o, ' ');
		ast_const(o, a, AST(e, binary).y, 0);
		return;
	case NODE_CALL:
		ast_const(o, a, AST(e, call).fun, 8);
		putc_(o, '(');
		ast_const_list(o, a, &AST(e, call).args);
		putc_(o, ')');
		return;
	case NODE_INDEX:
		ast_const(o, a, AST(e, index).x, 8);
		putc_(o, '[');
		ast_const_list(o, a, &AST(e, index).indices);
		putc_(o, ']');
		return;
	default:
		put(o, ast_string(a, e));
		return;
	}
}

/* ---- gc's IR ---------------------------------------------------------------------- */

static int op_prec(const GNode *n)
{
	switch (n->op) {
	case GO_UNARY: case GO_ADDR: case GO_DEREF: case GO_RECV:
		return 7;
	case GO_BINARY:
		return tok_prec(n->op_tok);
	case GO_ADDSTR:
		return 0;
	case GO_TYPE:
		return n->type && n->type->kind == TYPE_POINTER ? 7 : 8;
	default:
		return 8;
	}
}

static void expr_fmt(Out *o, Arena *a, const GNode *n, int prec);

static void node_fmt(Out *o, Arena *a, const GNode *n);

static void list_fmt(Out *o, Arena *a, const GList *l, const char *sep)
{
	for (int i = 0; i < l->len; i++) {
		if (i)
			put(o, sep);
		node_fmt(o, a, l->items[i]);
	}
}

static const char *builtin_name(GOp op)
{
	switch (op) {
	case GO_LEN: return "len";
	case GO_CAP: return "cap";
	case GO_NEW: return "new";
	case GO_PANIC: return "panic";
	case GO_CLOSE: return "close";
	case GO_APPEND: return "append";
	case GO_DELETE: return "delete";
	case GO_PRINT: return "print";
	case GO_PRINTN: return "println";
	case GO_COPY: return "copy";
	default: return "?";
	}
}

static void expr_fmt(Out *o, Arena *a, const GNode *n, int prec)
{
	/* implicit operations print as their operand */
	while (n && n->implicit && (n->op == GO_ADDR || n->op == GO_DEREF || n->op == GO_CONV ||
	                            n->op == GO_CONVIFACE))
		n = n->x;
	if (!n) {
		put(o, "<nil>");
		return;
	}
	int nprec = op_prec(n);
	if (prec > nprec) {
		putc_(o, '(');
		expr_fmt(o, a, n, 0);
		putc_(o, ')');
		return;
	}
	switch (n->op) {
	case GO_NIL:
		put(o, "nil");
		return;
	case GO_LITERAL:
		ast_const(o, a, n->src, 0);
		return;
	case GO_NAME:
		put(o, n->sym ? n->sym : "?");
		return;
	case GO_TYPE:
		put(o, gc_type_string(a, n->type));
		return;
	case GO_CLOSURE:
		put(o, "func literal");
		return;
	case GO_SLICELIT: case GO_ARRAYLIT: case GO_STRUCTLIT: case GO_MAPLIT:
		if (n->implicit) {
			put(o, "... argument");
			return;
		}
		put(o, gc_type_string(a, n->type));
		put(o, n->list.len ? "{...}" : "{}");
		return;
	case GO_PTRLIT:
		putc_(o, '&');
		expr_fmt(o, a, n->x, 0);
		return;
	case GO_KEY:
		expr_fmt(o, a, n->x, 0);
		putc_(o, ':');
		expr_fmt(o, a, n->y, 0);
		return;
	case GO_STRUCTKEY:
		put(o, n->sym);
		putc_(o, ':');
		expr_fmt(o, a, n->y, 0);
		return;
	case GO_DOT: case GO_DOTPTR: case GO_DOTINTER: case GO_METHVALUE: case GO_METHEXPR:
		expr_fmt(o, a, n->x, nprec);
		putc_(o, '.');
		put(o, n->sym ? n->sym : "<nil>");
		return;
	case GO_DOTTYPE:
		expr_fmt(o, a, n->x, nprec);
		put(o, ".(");
		put(o, gc_type_string(a, n->type));
		putc_(o, ')');
		return;
	case GO_INDEX: case GO_INDEXMAP:
		expr_fmt(o, a, n->x, nprec);
		putc_(o, '[');
		node_fmt(o, a, n->y);
		putc_(o, ']');
		return;
	case GO_SLICE: case GO_SLICEARR: case GO_SLICESTR:
		expr_fmt(o, a, n->x, nprec);
		putc_(o, '[');
		if (n->list.len > 0 && n->list.items[0])
			node_fmt(o, a, n->list.items[0]);
		putc_(o, ':');
		if (n->list.len > 1 && n->list.items[1])
			node_fmt(o, a, n->list.items[1]);
		if (n->ddd) {
			putc_(o, ':');
			if (n->list.len > 2 && n->list.items[2])
				node_fmt(o, a, n->list.items[2]);
		}
		putc_(o, ']');
		return;
	case GO_COPY:
		put(o, "copy(");
		node_fmt(o, a, n->x);
		put(o, ", ");
		node_fmt(o, a, n->y);
		putc_(o, ')');
		return;
	case GO_CONV: case GO_CONVIFACE: case GO_BYTES2STR: case GO_RUNES2STR: case GO_STR2BYTES:
	case GO_STR2RUNES: case GO_RUNESTR: {
		const char *t = gc_type_string(a, n->type);
		if (n->type && n->type->kind == TYPE_NAMED)
			put(o, t);
		else if (n->type && n->type->name && n->type->kind != TYPE_INTERFACE)
			put(o, t);
		else
			put(o, arena_sprintf(a, "(%s)", t));
		putc_(o, '(');
		node_fmt(o, a, n->x);
		putc_(o, ')');
		return;
	}
	case GO_LEN: case GO_CAP: case GO_NEW: case GO_PANIC: case GO_CLOSE:
		put(o, builtin_name(n->op));
		putc_(o, '(');
		node_fmt(o, a, n->x);
		putc_(o, ')');
		return;
	case GO_APPEND: case GO_DELETE: case GO_PRINT: case GO_PRINTN:
		put(o, builtin_name(n->op));
		putc_(o, '(');
		list_fmt(o, a, &n->list, ", ");
		put(o, n->ddd ? "...)" : ")");
		return;
	case GO_CALLFUNC: case GO_CALLINTER:
		if (n->has_orig && (!n->fixed || n->keep_orig)) {
			expr_fmt(o, a, n->orig_x ? n->orig_x : n->x, nprec);
			putc_(o, '(');
			list_fmt(o, a, &n->orig_args, ", ");
			put(o, n->orig_ddd ? "...)" : ")");
			return;
		}
		expr_fmt(o, a, n->x, nprec);
		putc_(o, '(');
		list_fmt(o, a, &n->list, ", ");
		put(o, n->ddd ? "...)" : ")");
		return;
	case GO_MAKESLICE: case GO_MAKEMAP: case GO_MAKECHAN:
		put(o, "make(");
		put(o, gc_type_string(a, n->type));
		if (n->y) {
			put(o, ", ");
			node_fmt(o, a, n->x);
			put(o, ", ");
			node_fmt(o, a, n->y);
		} else if (n->x && (n->op == GO_MAKESLICE || !(n->x->op == GO_LITERAL && n->x->type &&
		                                                types_is_untyped(n->x->type)))) {
			put(o, ", ");
			node_fmt(o, a, n->x);
		}
		putc_(o, ')');
		return;
	case GO_UNARY:
		put(o, lex_token_name(n->op_tok));
		if (n->x && n->x->op == GO_UNARY && n->x->op_tok == n->op_tok)
			putc_(o, ' ');
		expr_fmt(o, a, n->x, nprec + 1);
		return;
	case GO_RECV:
		put(o, "<-");
		expr_fmt(o, a, n->x, nprec + 1);
		return;
	case GO_ADDR:
		putc_(o, '&');
		if (n->x && n->x->op == GO_ADDR && !n->x->implicit)
			putc_(o, ' ');
		expr_fmt(o, a, n->x, nprec + 1);
		return;
	case GO_DEREF:
		putc_(o, '*');
		expr_fmt(o, a, n->x, nprec + 1);
		return;
	case GO_BINARY:
		expr_fmt(o, a, n->x, nprec);
		putc_(o, ' ');
		put(o, lex_token_name(n->op_tok));
		putc_(o, ' ');
		expr_fmt(o, a, n->y, nprec + 1);
		return;
	case GO_ADDSTR:
		for (int i = 0; i < n->list.len; i++) {
			if (i)
				put(o, " + ");
			expr_fmt(o, a, n->list.items[i], nprec);
		}
		return;
	case GO_SEND:
		expr_fmt(o, a, n->x, 3);
		put(o, " <- ");
		expr_fmt(o, a, n->y, 4);
		return;
	default:
		put(o, "<node>");
		return;
	}
}

static int is_stmt(const GNode *n)
{
	return n->op >= GO_BLOCK;
}

static void stmt_fmt(Out *o, Arena *a, const GNode *n)
{
	switch (n->op) {
	case GO_DCL:
		put(o, "var ");
		put(o, n->x && n->x->sym ? n->x->sym : "?");
		putc_(o, ' ');
		put(o, n->x && n->x->type ? gc_type_string(a, n->x->type) : "?");
		return;
	case GO_AS:
		node_fmt(o, a, n->x);
		put(o, n->def ? " := " : " = ");
		node_fmt(o, a, n->y);
		return;
	case GO_ASOP:
		node_fmt(o, a, n->x);
		if (n->incdec) {
			put(o, n->op_tok == TOK_ADD ? "++" : "--");
			return;
		}
		putc_(o, ' ');
		put(o, lex_token_name(n->op_tok));
		put(o, "= ");
		node_fmt(o, a, n->y);
		return;
	case GO_AS2: case GO_AS2DOTTYPE: case GO_AS2MAPR: case GO_AS2RECV: case GO_AS2FUNC:
		list_fmt(o, a, &n->list, ", ");
		put(o, n->def ? " := " : " = ");
		list_fmt(o, a, &n->rlist, ", ");
		return;
	case GO_BLOCK:
		list_fmt(o, a, &n->list, "; ");
		return;
	case GO_RETURN:
		put(o, "return ");
		list_fmt(o, a, n->keep_orig ? &n->orig_args : &n->list, ", ");
		return;
	case GO_GO: case GO_DEFER:
		put(o, n->op == GO_GO ? "go " : "defer ");
		node_fmt(o, a, n->x);
		return;
	case GO_IF:
		put(o, "if ");
		node_fmt(o, a, n->y);
		put(o, " { ");
		list_fmt(o, a, &n->body, "; ");
		put(o, " }");
		if (n->els.len) {
			put(o, " else { ");
			list_fmt(o, a, &n->els, "; ");
			put(o, " }");
		}
		return;
	case GO_FOR: case GO_RANGE:
		put(o, "for loop");
		return;
	case GO_SELECT:
		put(o, "select statement");
		return;
	case GO_SWITCH:
		put(o, "switch statement");
		return;
	case GO_CASE:
		if (n->list.len) {
			put(o, "case ");
			list_fmt(o, a, &n->list, ", ");
		} else {
			put(o, "default");
		}
		put(o, ": ");
		list_fmt(o, a, &n->body, "; ");
		return;
	case GO_BRANCH:
		put(o, "break");
		return;
	case GO_LABEL:
		put(o, "label: ");
		return;
	case GO_SEND:
		expr_fmt(o, a, n, 0);
		return;
	default:
		put(o, "<stmt>");
		return;
	}
}

static void node_fmt(Out *o, Arena *a, const GNode *n)
{
	if (!n) {
		put(o, "<nil>");
		return;
	}
	if (is_stmt(n))
		stmt_fmt(o, a, n);
	else
		expr_fmt(o, a, n, 0);
}

const char *gc_node_string(Arena *a, const GNode *n)
{
	Out o = {0};
	put(&o, "");
	node_fmt(&o, a, n);
	const char *s = arena_strdup(a, o.buf);
	free(o.buf);
	return s;
}
