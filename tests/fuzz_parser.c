/* fuzz_parser.c — a libFuzzer target for the front end (lexer + parser).
 *
 *     make fuzz FUZZTIME=600      (tests/fuzz.sh runs it)
 *
 * Each input is taken as the text of one Go file.  It is lexed in full
 * (lex_dump), parsed (parse_file), dumped as an AST when it parsed
 * without errors (ast_dump), and its errors are sorted and printed with
 * their carets (diag_flush).  Everything goes to /dev/null: the fuzzer
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The lexer and diag_flush expect the text NUL-terminated, and it
	 * must outlive the Diag, which keeps a pointer to it. */
	char *text = malloc(size + 1);
	if (!text)
		return 0;
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
	diag_flush(&diag);

	arena_free(&arena);
	free(text);
	return 0;
}
