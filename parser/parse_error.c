/* parse_error.c — saying what went wrong, in gc's words.
 *
 * Bison knows two things at a syntax error: the token it could not use
 * (the lookahead) and, with LAC, the exact set of tokens it could have
 * used instead.  A raw list ("expecting ',' or '}' or '+' or '-' or ...")
 * helps nobody.  gc's hand-written parser instead says what it was in the
 * middle of:
 *
 *     syntax error: unexpected newline in composite literal; possibly missing comma or }
 *     syntax error: unexpected y at end of statement
 *     syntax error: unexpected newline, expecting { after if clause
 *     syntax error: non-declaration statement outside function body
 *
 * We recover that context from the expected set and from what the lexer
 * bridge in parser.y remembers (the open brackets and what each one
 * encloses, the last tokens, an open if/for/switch header), and pick the
 * sentence gc would have printed.  The rules are tried in order; each
 * says which gc situation it recognises.  The token is named as gc names
 * it: a name or ';' by its text ("x", "newline", "EOF"), a literal as
 * "literal 42", ',' as "comma", anything else by its spelling.
 */
#include <stdio.h>
#include <string.h>

#include "../lexer/lexer.h"
#include "build.h"

typedef struct Expect {
	const int *kinds;
	int n;
} Expect;

static int has(const Expect *e, int kind)
{
	for (int i = 0; i < e->n; i++)
		if (e->kinds[i] == kind)
			return 1;
	return 0;
}

/* gc's tokstring: the word used after "expecting". */
static const char *expect_name(int kind)
{
	switch (kind) {
	case TOK_COMMA: return "comma";
	case TOK_SEMI: return "semicolon or newline";
	case TOK_IDENT: return "name";
	case TOK_LITERAL: return "literal";
	}
	return lex_token_name(kind);
}

/* Tokens that could only continue what came before: a selector, an
 * index or type arguments, an operator, an assignment. */
static int continues(int kind)
{
	switch (kind) {
	case TOK_PERIOD: case TOK_LBRACK:
	case TOK_ADD: case TOK_SUB: case TOK_STAR: case TOK_DIV: case TOK_REM:
	case TOK_AND: case TOK_OR: case TOK_XOR: case TOK_SHL: case TOK_SHR:
	case TOK_AND_NOT: case TOK_LAND: case TOK_LOR: case TOK_EQL: case TOK_NEQ:
	case TOK_LSS: case TOK_LEQ: case TOK_GTR: case TOK_GEQ: case TOK_ARROW:
	case TOK_INC: case TOK_DEC: case TOK_COMMA:
	case TOK_ADD_ASSIGN: case TOK_SUB_ASSIGN: case TOK_MUL_ASSIGN: case TOK_DIV_ASSIGN:
	case TOK_REM_ASSIGN: case TOK_AND_ASSIGN: case TOK_OR_ASSIGN: case TOK_XOR_ASSIGN:
	case TOK_SHL_ASSIGN: case TOK_SHR_ASSIGN: case TOK_AND_NOT_ASSIGN:
		return 1;
	}
	return 0;
}

static Bracket top_bracket(const Parser *ps, int *open)
{
	*open = ps->brackets.len > 0;
	return *open ? ps->brackets.items[ps->brackets.len - 1] : BR_PAREN;
}

static int inside_function(const Parser *ps)
{
	for (int i = 0; i < ps->brackets.len; i++)
		if (ps->brackets.items[i] == BR_BRACE)
			return 1;
	return 0;
}

void parse_syntax_error(Parser *ps, const Token *la, const int *kinds, int n)
{
	Expect e = {kinds, n};
	Diag *d = ps->diag;
	Pos at = la->pos;
	char tok[4096];
	lex_token_desc(la, tok, sizeof tok);
	if (la->kind == TOK_EOF)
		snprintf(tok, sizeof tok, "EOF");
	int open;
	Bracket top = top_bracket(ps, &open);

	/* gc: "avoid meaningless follow-up errors": at the end of the file,
	 * after an error, whatever is still open is the first error's fault. */
	if (la->kind == TOK_EOF && diag_count(d) > ps->errors_before)
		return;

	/* 0. Right after a method's receiver, gc checks the receiver before
	 * it looks at what follows. */
	if (ps->prev.kind == TOK_RPAREN && ps->last_closed == BR_PARAMS && ps->recv_count >= 0 &&
	    !open)
		ast_check_receiver(ps, at);

	/* 1. The file must open with its package clause. */
	if (has(&e, TOK_PACKAGE)) {
		diag_error(d, at, "syntax error: package statement must be first");
		return;
	}

	/* 2. Top level.  Between declarations gc expects a declaration
	 * keyword (only there can `import` come); after one, a ';'. */
	if (has(&e, TOK_IMPORT)) {
		if (la->kind == TOK_LBRACE && ps->prev.kind == TOK_SEMI &&
		    strcmp(ps->prev.text, "newline") == 0 &&
		    (ps->prev2.kind == TOK_RPAREN || ps->prev2.kind == TOK_IDENT))
			diag_error(d, at, "syntax error: unexpected semicolon or newline before {");
		else
			diag_error(d, at, "syntax error: non-declaration statement outside function body");
		return;
	}
	if (!open && has(&e, TOK_SEMI) && la->kind != TOK_SEMI) {
		if (ps->prev2.kind == TOK_PACKAGE || ps->last_decl_kw == TOK_IMPORT)
			diag_error(d, at, "syntax error: unexpected %s, expecting semicolon or newline", tok);
		else
			diag_error(d, at, "syntax error: unexpected %s after top level declaration", tok);
		return;
	}

	/* 3. A list whose element is complete: gc's list() asks for a
	 * comma or the closing bracket and says which list it was in.  A
	 * composite literal's braces look like a block's, but after an
	 * element of a literal a ';' is never possible, while after a
	 * statement it always is. */
	if (open && has(&e, TOK_COMMA) && la->kind != TOK_COMMA) {
		const char *ctx = NULL, *close = NULL;
		if (top == BR_BRACE && has(&e, TOK_RBRACE) && !has(&e, TOK_SEMI))
			ctx = "composite literal", close = "}";
		else if (top == BR_ARGS && has(&e, TOK_RPAREN))
			ctx = "argument list", close = ")";
		else if (top == BR_PARAMS && has(&e, TOK_RPAREN))
			ctx = "parameter list", close = ")";
		if (ctx) {
			diag_error(d, at, "syntax error: unexpected %s in %s; possibly missing comma or %s",
			           tok, ctx, close);
			return;
		}
		if (top == BR_BRACK && has(&e, TOK_RBRACK) && has(&e, TOK_COLON)) {
			diag_error(d, at, "syntax error: unexpected %s, expecting comma, : or ]", tok);
			return;
		}
	}

	/* 3a. [1, 2]: gc reads `[` as the start of an array type, and its
	 * length as one expression. */
	if (open && top == BR_BRACK && la->kind == TOK_COMMA && has(&e, TOK_RBRACK) &&
	    !has(&e, TOK_COLON)) {
		diag_error(d, at, "syntax error: unexpected comma; expecting ]");
		return;
	}

	/* 3b. Inside [ ] where no comma is possible (a slice's second index,
	 * an array length), gc's want(]) asks for the bracket alone. */
	if (open && top == BR_BRACK && has(&e, TOK_RBRACK) && !has(&e, TOK_COMMA) &&
	    la->kind != TOK_COMMA && !has(&e, TOK_LITERAL)) {
		diag_error(d, at, "syntax error: unexpected %s, expecting ]", tok);
		return;
	}

	/* 4a. Grouped declarations: var ( ... ) and the like. */
	if (open && top == BR_GROUP && has(&e, TOK_SEMI) && has(&e, TOK_RPAREN) &&
	    la->kind != TOK_SEMI) {
		diag_error(d, at, "syntax error: unexpected %s in grouped declaration; "
		           "possibly missing semicolon or newline or )", tok);
		return;
	}

	/* 4. Struct and interface bodies: fields and methods are separated
	 * by semicolons. */
	if (open && (top == BR_STRUCT || top == BR_IFACE) && has(&e, TOK_SEMI) &&
	    has(&e, TOK_RBRACE) && la->kind != TOK_SEMI) {
		diag_error(d, at, "syntax error: unexpected %s in %s type; possibly missing semicolon or newline or }",
		           tok, top == BR_STRUCT ? "struct" : "interface");
		return;
	}

	/* 5. Statement headers (gc's header()).  After the first statement
	 * gc asks for the block's `{`; in a for clause, after the condition,
	 * for the second ';'; after the last part, for the block, naming the
	 * clause.  Where an expression is due, rule 9 says so. */
	/* An error in a header itself (not inside a bracket in it): the body
	 * is read anyway, see stmt in parser.y.  Its `{` is either the token
	 * Bison is about to drop, or one still to come. */
	if (ps->header_kw && ps->brackets.len == ps->header_depth) {
		if (la->kind == TOK_LBRACE)
			ps->inject_body = 1;
		else
			ps->body_after_error = 1;
	}
	if (ps->header_kw && !has(&e, TOK_LITERAL)) {
		int kw = ps->header_kw, semis = ps->header_semis;
		if (semis == 0 && !ps->header_range && has(&e, TOK_LBRACE)) {
			diag_error(d, at, "syntax error: unexpected %s, expecting {", tok);
			return;
		}
		if (kw == TOK_FOR && semis == 1 && has(&e, TOK_SEMI)) {
			diag_error(d, at, "syntax error: unexpected %s, expecting semicolon or newline", tok);
			return;
		}
		if (has(&e, TOK_LBRACE)) {
			if (kw == TOK_SWITCH)
				diag_error(d, at, "syntax error: missing { after switch clause");
			else
				diag_error(d, at, "syntax error: unexpected %s, expecting { after %s clause",
				           tok, lex_token_name(kw));
			return;
		}
	}
	if (ps->header_kw == TOK_FOR && ps->header_semis == 1 && la->kind == TOK_LBRACE) {
		ps->inject_body = 1;
		diag_error(d, at, "syntax error: unexpected %s, expecting for loop condition", tok);
		return;
	}

	/* 6. else takes an if or a block, nothing else. */
	if (ps->prev.kind == TOK_ELSE && has(&e, TOK_IF) && has(&e, TOK_LBRACE)) {
		diag_error(d, at, "syntax error: else must be followed by if or statement block");
		return;
	}

	/* 7. Inside a block.  Just after a complete statement gc wants ';'
	 * or '}'; at the start of one, anything that cannot start a
	 * statement ends the list, and the block (or case) wants its end.
	 * gc then leaves the block, skipping the token; we ask the lexer
	 * bridge for a `}` to do the same, so that the errors that follow
	 * are gc's too. */
	if (inside_function(ps) && top == BR_BRACE && has(&e, TOK_SEMI) && la->kind != TOK_SEMI) {
		if (has(&e, TOK_RETURN)) {
			if (has(&e, TOK_CASE)) {
				diag_error(d, at, "syntax error: unexpected %s, expecting case or default or }", tok);
			} else {
				diag_error(d, at, "syntax error: unexpected %s, expecting }", tok);
				if (la->kind != TOK_EOF)
					ps->inject_rbrace = 1;
			}
			return;
		}
		if (!has(&e, TOK_LITERAL)) {
			diag_error(d, at, "syntax error: unexpected %s at end of statement", tok);
			return;
		}
	}

	/* 8. Constructs with a word of their own in gc. */
	if (ps->prev.kind == TOK_SELECT) {
		diag_error(d, at, "syntax error: missing { after select clause");
		return;
	}
	if ((ps->prev.kind == TOK_CHAN || (ps->prev.kind == TOK_ARROW && ps->prev2.kind == TOK_CHAN)) &&
	    has(&e, TOK_MAP)) {
		diag_error(d, at, "syntax error: missing channel element type");
		return;
	}
	if (open && top == BR_GROUP && ps->group_kw == TOK_IMPORT && has(&e, TOK_LITERAL) &&
	    la->kind != TOK_LITERAL) {
		diag_error(d, at, "syntax error: missing import path");
		return;
	}
	if (has(&e, TOK_LITERAL) &&
	    (ps->prev.kind == TOK_IMPORT ||
	     (ps->prev2.kind == TOK_IMPORT && (ps->prev.kind == TOK_IDENT || ps->prev.kind == TOK_PERIOD)))) {
		diag_error(d, at, "syntax error: missing import path");
		return;
	}
	if (has(&e, TOK_MAP) &&
	    ((ps->prev.kind == TOK_IDENT && ps->prev2.kind == TOK_TYPE) ||
	     (open && top == BR_GROUP && ps->group_kw == TOK_TYPE && ps->prev.kind == TOK_IDENT &&
	      (ps->prev2.kind == TOK_SEMI || ps->prev2.kind == TOK_LPAREN)) ||
	     (ps->prev.kind == TOK_ASSIGN && ps->prev2.kind == TOK_IDENT && ps->prev3.kind == TOK_TYPE))) {
		diag_error(d, at, "syntax error: unexpected %s in type declaration", tok);
		return;
	}

	/* 9. What was expected, named as gc names it.  gc names what it
	 * requires, not what could optionally continue the construct before
	 * (a selector, an index, an operator), so those are set aside. */
	const char *what = NULL;
	char buf[128];
	int req[64], nreq = 0;
	for (int i = 0; i < n && nreq < 64; i++)
		if (!continues(kinds[i]) && kinds[i] != TOK_RECOVERED_BODY)
			req[nreq++] = kinds[i];
	/* A call's ( and a literal's { also only continue an expression;
	 * set them aside too when something else remains. */
	int strong = 0;
	for (int i = 0; i < nreq; i++)
		strong += req[i] != TOK_LPAREN && req[i] != TOK_LBRACE;
	if (strong > 0 && strong < nreq) {
		int m = 0;
		for (int i = 0; i < nreq; i++)
			if (req[i] != TOK_LPAREN && req[i] != TOK_LBRACE)
				req[m++] = req[i];
		nreq = m;
	}
	Expect r = {req, nreq};
	if (ps->prev.kind == TOK_PERIOD && has(&e, TOK_IDENT) && has(&e, TOK_LPAREN)) {
		what = "name or (";
	} else if (!open && has(&e, TOK_IDENT) &&
	           ((ps->prev.kind == TOK_FUNC && has(&e, TOK_LPAREN)) ||
	            (ps->prev.kind == TOK_RPAREN && ps->last_closed == BR_PARAMS))) {
		what = "name or (";
	} else if (ps->prev.kind == TOK_LBRACK && la->kind == TOK_RBRACK && has(&e, TOK_LITERAL)) {
		what = "operand";
	} else if (has(&e, TOK_LITERAL)) {
		what = "expression";
	} else if (open && top == BR_PARAMS && has(&e, TOK_IDENT) && has(&e, TOK_MAP) &&
	           (ps->prev.kind == TOK_LPAREN || ps->prev.kind == TOK_COMMA)) {
		what = ")";
	} else if (has(&e, TOK_IDENT) && has(&e, TOK_MAP) && has(&e, TOK_CHAN)) {
		what = "type";
	} else if (has(&e, TOK_CASE) && has(&e, TOK_DEFAULT) && has(&e, TOK_RBRACE)) {
		what = "case or default or }";
	} else if (has(&e, TOK_COLON) && has(&e, TOK_DEFINE)) {
		what = ":";  /* a case that lacks its colon */
	} else if (has(&e, TOK_DEFINE) && has(&e, TOK_ASSIGN) && has(&e, TOK_COMMA)) {
		what = ":= or = or comma";
	} else if (has(&r, TOK_IDENT)) {
		what = "name";
	} else if (nreq == 1) {
		what = expect_name(req[0]);
	} else if (nreq == 2) {
		snprintf(buf, sizeof buf, "%s or %s", expect_name(req[0]), expect_name(req[1]));
		what = buf;
	} else if (has(&r, TOK_RBRACE)) {
		what = "}";
	} else if (has(&r, TOK_RPAREN)) {
		what = ")";
	} else if (has(&r, TOK_RBRACK)) {
		what = "]";
	}
	if (what)
		diag_error(d, at, "syntax error: unexpected %s, expecting %s", tok, what);
	else
		diag_error(d, at, "syntax error: unexpected %s", tok);
}
