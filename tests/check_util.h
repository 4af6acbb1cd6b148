/* check_util.h — what the Check suites share.
 *
 * Each test gets a fresh compile state (arena, interner, diagnostics) from
 * the checked fixture tu_setup()/tu_teardown(), held in the static `tu`.
 * The helpers then run one front-end stage on a string and give back
 * something easy to compare:
 *
 *     TokenVec t = tu_lex("x := 1\n");        every token, TOK_EOF last
 *     tu_token_list("x := 1\n")               "name(x) := literal(1) ;(newline) EOF"
 *     tu_errors()                             "1:9: newline in string\n" ...
 *     tu_dump(tu_expr("a + b*c"))             the -dump ast text of a node
 *     tu_shape(tu_expr("a + b*c"))            the same without the @line:col
 *
 * Sources are registered as "t.go".  tu_expr() wraps an expression as
 * `var _ = EXPR` on line 2 of a file, tu_stmt() wraps statements in a
 * function body starting on line 3, so that positions in expected dumps
 * can be read off the wrapper:
 *
 *     package p             package p
 *     var _ = EXPR          func f() {
 *                           STMTS
 *                           }
 *
 * Everything lives in the test's arena; nothing needs freeing.
 */
#ifndef GOSUB_CHECK_UTIL_H
#define GOSUB_CHECK_UTIL_H

#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/arena.h"
#include "../common/diag.h"
#include "../common/intern.h"
#include "../lexer/lexer.h"
#include "../parser/ast.h"
#include "../parser/parser.h"

/* The state of one test's compile. */
typedef struct TestCtx {
	Arena arena;      /* everything the test allocates */
	Interner names;   /* identifier spellings */
	Diag diag;        /* sources and collected errors */
	int file;         /* index of the last source registered, or -1 */
} TestCtx;

static TestCtx tu;

typedef VEC(Token) TokenVec;

static inline void tu_setup(void)
{
	arena_init(&tu.arena);
	interner_init(&tu.names, &tu.arena);
	diag_init(&tu.diag, &tu.arena);
	tu.file = -1;
}

static inline void tu_teardown(void)
{
	arena_free(&tu.arena);
}

/* ---- capturing output ---------------------------------------------------- */

/* A FILE that writes into memory (open_memstream), and the text it got. */
typedef struct MemOut {
	char *buf;   /* malloc'd by the stream */
	size_t len;
	FILE *f;
} MemOut;

static inline FILE *tu_mem_open(MemOut *m)
{
	m->buf = NULL;
	m->len = 0;
	m->f = open_memstream(&m->buf, &m->len);
	ck_assert_ptr_nonnull(m->f);
	return m->f;
}

/* Closes the stream and returns its text, copied into the arena. */
static inline const char *tu_mem_close(MemOut *m)
{
	fclose(m->f);
	char *s = arena_strndup(&tu.arena, m->buf ? m->buf : "", m->len);
	free(m->buf);
	return s;
}

/* Deletes every " @LINE:COL" from a dump, leaving the tree's shape. */
static inline const char *tu_strip_pos(const char *s)
{
	size_t n = strlen(s);
	char *out = arena_alloc(&tu.arena, n + 1), *o = out;
	for (const char *p = s; *p; ) {
		if (p[0] == ' ' && p[1] == '@') {
			const char *q = p + 2;
			while ((*q >= '0' && *q <= '9') || *q == ':')
				q++;
			if (q > p + 2 && (*q == '\n' || *q == '\0')) {
				p = q;
				continue;
			}
		}
		*o++ = *p++;
	}
	*o = '\0';
	return out;
}

/* ---- sources and the lexer ---------------------------------------------- */

/* Registers len bytes of text (which may hold NULs) as "t.go". */
static inline int tu_source_n(const char *text, size_t len)
{
	char *copy = arena_alloc(&tu.arena, len + 1);
	memcpy(copy, text, len);
	copy[len] = '\0';
	tu.file = diag_add_source(&tu.diag, "t.go", copy, len);
	return tu.file;
}

static inline int tu_source(const char *text)
{
	return tu_source_n(text, strlen(text));
}

/* Every token of text, the closing TOK_EOF included. */
static inline TokenVec tu_lex_n(const char *text, size_t len)
{
	TokenVec v = {0};
	int file = tu_source_n(text, len);
	Lexer *lx = lex_open(&tu.arena, &tu.names, &tu.diag, file);
	Token t;
	int guard = 0;
	do {
		lex_next(lx, &t);
		VEC_PUSH(&tu.arena, v, t);
		ck_assert_msg(++guard < 100000, "the lexer never reached EOF");
	} while (t.kind != TOK_EOF);
	lex_close(lx);
	return v;
}

static inline TokenVec tu_lex(const char *text)
{
	return tu_lex_n(text, strlen(text));
}

/* One token as the lists below show it: its kind's name, and for a name,
 * a literal or ';' its text in parentheses: name(x) literal(0x1F) ;(newline) += */
static inline const char *tu_token_str(const Token *t)
{
	const char *kind = lex_token_name(t->kind);
	if (!kind)
		kind = "?";
	if (t->kind == TOK_IDENT || t->kind == TOK_LITERAL || t->kind == TOK_SEMI)
		return arena_sprintf(&tu.arena, "%s(%s)", kind, t->text ? t->text : "NULL");
	return kind;
}

/* The tokens of text, space-separated as tu_token_str shows them. */
static inline const char *tu_token_list_n(const char *text, size_t len)
{
	TokenVec v = tu_lex_n(text, len);
	MemOut m;
	FILE *f = tu_mem_open(&m);
	for (int i = 0; i < v.len; i++)
		fprintf(f, "%s%s", i ? " " : "", tu_token_str(&v.items[i]));
	return tu_mem_close(&m);
}

static inline const char *tu_token_list(const char *text)
{
	return tu_token_list_n(text, strlen(text));
}

/* The index of the first token of kind k at or after from, or -1. */
static inline int tu_find_tok(TokenVec v, int from, int k)
{
	for (int i = from; i < v.len; i++)
		if (v.items[i].kind == k)
			return i;
	return -1;
}

/* lex_dump's output for text (gosub build -dump tokens). */
static inline const char *tu_lex_dump(const char *text)
{
	int file = tu_source(text);
	MemOut m;
	FILE *f = tu_mem_open(&m);
	lex_dump(f, &tu.arena, &tu.names, &tu.diag, file);
	return tu_mem_close(&m);
}

/* ---- diagnostics --------------------------------------------------------- */

/* Everything diag_flush prints: messages, source lines, carets. */
static inline const char *tu_flush(void)
{
	MemOut m;
	FILE *saved = tu.diag.out;
	tu.diag.out = tu_mem_open(&m);
	diag_flush(&tu.diag);
	tu.diag.out = saved;
	return tu_mem_close(&m);
}

/* Only the message lines of diag_flush's output, without the file name:
 *     "2:9: string not terminated\n2:14: newline in string\n" */
static inline const char *tu_errors(void)
{
	const char *all = tu_flush();
	MemOut m;
	FILE *f = tu_mem_open(&m);
	for (const char *p = all; *p; ) {
		const char *eol = strchr(p, '\n');
		size_t n = eol ? (size_t)(eol - p) + 1 : strlen(p);
		if (strncmp(p, "t.go:", 5) == 0)
			fwrite(p + 5, 1, n - 5, f);
		p += n;
	}
	return tu_mem_close(&m);
}

/* ---- the parser ---------------------------------------------------------- */

static inline Node *tu_parse(const char *src)
{
	int file = tu_source(src);
	return parse_file(&tu.arena, &tu.names, &tu.diag, file);
}

/* The -dump ast text of the tree under n. */
static inline const char *tu_dump(const Node *n)
{
	MemOut m;
	FILE *f = tu_mem_open(&m);
	ast_dump(f, n, &tu.diag);
	return tu_mem_close(&m);
}

/* The dump without positions. */
static inline const char *tu_shape(const Node *n)
{
	return tu_strip_pos(tu_dump(n));
}

/* Parses src, which must have no errors, and returns its File. */
static inline Node *tu_parse_ok(const char *src)
{
	Node *f = tu_parse(src);
	ck_assert_msg(diag_count(&tu.diag) == 0, "unexpected errors in\n%s\n%s",
	              src, tu_flush());
	ck_assert_int_eq(f->kind, NODE_FILE);
	return f;
}

/* The first top-level declaration after the package clause of
 * "package p\n" DECLS, which must parse without errors. */
static inline Node *tu_decl(const char *decls)
{
	Node *f = tu_parse_ok(arena_sprintf(&tu.arena, "package p\n%s\n", decls));
	ck_assert_int_ge(f->u.file.decls.len, 1);
	return f->u.file.decls.items[0];
}

/* The expression of "package p\nvar _ = EXPR\n": line 2, from column 9. */
static inline Node *tu_expr(const char *expr)
{
	Node *d = tu_decl(arena_sprintf(&tu.arena, "var _ = %s", expr));
	ck_assert_int_eq(d->kind, NODE_GEN_DECL);
	Node *spec = AST(d, gen_decl).specs.items[0];
	ck_assert_int_eq(AST(spec, value_spec).values.len, 1);
	return AST(spec, value_spec).values.items[0];
}

/* The body (a Block) of "package p\nfunc f() {\nSTMTS\n}\n"; the
 * statements start on line 3. */
static inline Node *tu_body(const char *stmts)
{
	Node *d = tu_decl(arena_sprintf(&tu.arena, "func f() {\n%s\n}", stmts));
	ck_assert_int_eq(d->kind, NODE_FUNC_DECL);
	ck_assert_ptr_nonnull(AST(d, func_decl).body);
	return AST(d, func_decl).body;
}

/* The first statement of tu_body(stmts). */
static inline Node *tu_stmt(const char *stmts)
{
	Node *b = tu_body(stmts);
	ck_assert_int_ge(AST(b, block).stmts.len, 1);
	return AST(b, block).stmts.items[0];
}

/* ---- assertions ----------------------------------------------------------- */

#define ck_assert_pos(p, L, C) do {                                          \
	Pos p_ = (p);                                                       \
	ck_assert_msg(p_.line == (L) && p_.col == (C),                      \
	              "position %d:%d, want %d:%d", p_.line, p_.col, (L), (C)); \
} while (0)

#define ck_assert_kind(n, k) do {                                            \
	const Node *n_ = (n);                                               \
	ck_assert_msg(n_ != NULL, "node is NULL, want %s", ast_kind_name(k)); \
	ck_assert_msg(n_->kind == (k), "node is %s, want %s",                \
	              ast_kind_name(n_->kind), ast_kind_name(k));           \
} while (0)

#define ck_assert_tok(t, k) do {                                             \
	const Token *t_ = (t);                                              \
	ck_assert_msg(t_->kind == (k), "token %s, want %s",                  \
	              tu_token_str(t_), lex_token_name(k));                 \
} while (0)

/* ---- running --------------------------------------------------------------- */

/* A test case whose tests each start from a fresh tu. */
static inline TCase *tu_tcase(const char *name)
{
	TCase *tc = tcase_create(name);
	tcase_add_checked_fixture(tc, tu_setup, tu_teardown);
	return tc;
}

/* Runs the suite with Check's usual output; the exit status for main(). */
static inline int tu_run(Suite *s)
{
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* The type of "var _ TYPE". */
static inline Node *var_type(const char *type)
{
	Node *d = tu_decl(arena_sprintf(&tu.arena, "var _ %s", type));
	return AST(AST(d, gen_decl).specs.items[0], value_spec).type;
}

/* The tree under n, without positions (tu_shape), must be want; on a
 * mismatch the message shows the source, what came and what was wanted. */
#define ck_assert_shape(n, src, want) do {                                  \
	const char *got_ = tu_shape(n);                                      \
	ck_assert_msg(strcmp(got_, (want)) == 0, "%s:\ngot\n%swant\n%s",     \
	              (src), got_, (want));                                  \
} while (0)

#endif
