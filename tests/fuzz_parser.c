/* fuzz_parser.c — a libFuzzer target for the front end (lexer, parser
 * and type checker).
 *
 *     make fuzz FUZZTIME=600      (tests/fuzz.sh runs it)
 *
 * Each input is taken as the text of one Go file.  It is lexed in full
 * (lex_dump), parsed (parse_file), dumped as an AST when it parsed
 * without errors (ast_dump), type-checked when it has no syntax errors
 * (types_check, and types_dump when it checked cleanly), and its errors
 * are sorted and printed with their carets (diag_flush).  The work runs
 * on a thread with a large stack, as gosub's driver does: the stages
 * recurse as deep as the tree.  Everything goes to /dev/null: the fuzzer
 * looks for crashes, hangs, sanitizer reports and leaks, not for output.
 *
 * Everything an input allocates is freed before the next one (the arena,
 * the copy of the input; the Flex scanner is destroyed by lex_close, which
 * lex_dump and parse_file call), so ASan's leak checker stays quiet.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/arena.h"
#include "../common/diag.h"
#include "../common/intern.h"
#include "../lexer/lexer.h"
#include "../parser/ast.h"
#include "../parser/parser.h"
#include "../types/types.h"

#include <pthread.h>

static FILE *null_out;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	null_out = fopen("/dev/null", "w");
	if (!null_out) {
		perror("fuzz_parser: /dev/null");
		abort();
	}
	return 0;
}

typedef struct Input {
	const uint8_t *data;
	size_t size;
} Input;

static void *run_one(void *arg)
{
	const uint8_t *data = ((Input *)arg)->data;
	size_t size = ((Input *)arg)->size;
	/* The lexer and diag_flush expect the text NUL-terminated, and it
	 * must outlive the Diag, which keeps a pointer to it. */
	char *text = malloc(size + 1);
	if (!text)
		return NULL;
	if (size)
		memcpy(text, data, size);
	text[size] = '\0';

	Arena arena;
	arena_init(&arena);
	Interner names;
	interner_init(&names, &arena);

	/* (a) the lexer alone, over the whole input, with a Diag of its
	 * own so that its errors do not hide the parser's (diag_error drops
	 * a second syntax error on a line). */
	Diag lexdiag;
	diag_init(&lexdiag, &arena);
	lexdiag.out = null_out;
	int lexfile = diag_add_source(&lexdiag, "fuzz.go", text, size);
	lex_dump(null_out, &arena, &names, &lexdiag, lexfile);
	diag_flush(&lexdiag);

	Diag diag;
	diag_init(&diag, &arena);
	diag.out = null_out;
	int file = diag_add_source(&diag, "fuzz.go", text, size);

	/* (b) the parser, and (c) the AST dump when it parsed cleanly */
	Node *ast = parse_file(&arena, &names, &diag, file);
	if (!ast)
		abort();  /* parse_file promises never NULL */
	if (diag_count(&diag) == 0)
		ast_dump(null_out, ast, &diag);

	/* (d) the type checker, as the driver runs it */
	if (diag.syntax_errors == 0) {
		Types *t = types_new(&arena, &names, &diag);
		Package *pkg = types_check(t, &ast, 1);
		if (diag_count(&diag) == 0)
			types_dump(null_out, t, pkg);
	}
	diag_flush(&diag);

	arena_free(&arena);
	free(text);
	return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Input in = {data, size};
	pthread_attr_t attr;
	pthread_t th;
	if (pthread_attr_init(&attr) != 0 ||
	    pthread_attr_setstacksize(&attr, (size_t)256 << 20) != 0 ||
	    pthread_create(&th, &attr, run_one, &in) != 0)
		abort();
	pthread_join(th, NULL);
	pthread_attr_destroy(&attr);
	return 0;
}
