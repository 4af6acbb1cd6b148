/* token.h — one token, as the lexer hands it to the parser.  Split from
 * lexer.h so that the grammar's value type can hold a Token without
 * lexer.h and the generated parser header including each other. */
#ifndef GOSUB_TOKEN_H
#define GOSUB_TOKEN_H

#include <stdint.h>

#include "../common/diag.h"
#include "../parser/ast.h"

typedef struct Token {
	int kind;           /* TOK_IDENT, TOK_ADD, TOK_SEMI, ..., TOK_EOF */
	Pos pos;            /* first byte of the token */
	const char *text;   /* spelling, interned: "x", "0x1F", "\"a\\n\"";
	                       for ';': "semicolon", "newline" or "EOF" */
	LitKind lit;        /* TOK_LITERAL: which kind of literal */
	const char *str;    /* LIT_STRING: the decoded bytes (may hold NULs) */
	int64_t len;        /* LIT_STRING: how many bytes */
	int32_t rune;       /* LIT_RUNE: the decoded code point */
	int bad;            /* the literal was malformed and reported */
} Token;

#endif
