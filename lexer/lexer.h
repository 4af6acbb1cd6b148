/* lexer.h — Go source text to tokens.
 *
 * What goes in: the bytes of one source file.  What comes out: Tokens, one
 * per call of lex_next(), ending with TOK_EOF.  The patterns are in
 * lexer.l (Flex); this header is the whole interface.
 *
 * Go spec sections followed: "Lexical elements" (comments, tokens,
 * semicolons, identifiers, keywords, operators and punctuation, integer,
 * floating-point, imaginary, rune and string literals).
 *
 * Automatic semicolons (Go spec: Semicolons).  When a line's last token is
 * an identifier, a literal, one of the keywords break continue fallthrough
 * return, or one of ++ -- ) ] }, the newline after it becomes a ';'.  The
 * lexer returns it as TOK_SEMI with text "newline" (or "EOF" at the end of
 * the file), so that messages can say "unexpected newline" as gc does; a
 * ';' written in the source has text "semicolon".  A general comment
 * (slash-star ... star-slash) that contains a newline counts as a newline.
 *
 * Positions are 1-based line and byte column of a token's first byte.  An
 * automatic semicolon sits where the newline (or comment, or end of file)
 * is.
 *
 * Literals are checked and decoded here: integers in every base with '_'
 * separators, runes and interpreted strings with all escapes, raw strings
 * (carriage returns dropped).  Errors are reported to the Diag with gc's
 * wording ("invalid digit '8' in octal literal", "newline in string", ...)
 * and scanning goes on, so that one file can show several mistakes.
 * Floating-point and imaginary literals are lexed in full; the checker
 * rejects them as unsupported.
 */
#ifndef GOSUB_LEXER_H
#define GOSUB_LEXER_H

#include <stdint.h>
#include <stdio.h>

#include "../common/arena.h"
#include "../common/diag.h"
#include "../common/intern.h"
#include "../parser/ast.h"
#include "../parser/parser.tab.h"   /* token kinds TOK_..., declared in parser.y */

#include "token.h"

typedef struct Lexer Lexer;

/* A lexer over source file `file` of d (see diag_add_source).  Tokens,
 * interned text and decoded literals live in arena. */
Lexer *lex_open(Arena *arena, Interner *names, Diag *d, int file);
void lex_close(Lexer *lx);

/* The next token; TOK_EOF (0) at the end, and again on every later call. */
int lex_next(Lexer *lx, Token *tok);

/* The spelling gc uses for a token kind in messages and dumps: "name",
 * "literal", "+", "&^=", "break", ",", ";" ... */
const char *lex_token_name(int kind);

/* How gc 1.19 names the token in "syntax error: unexpected X": a name or
 * ';' by its text ("x", "newline", "EOF"), a literal as "literal 42", ','
 * as "comma", anything else by its spelling ("+=", "}", "func"). */
const char *lex_token_desc(const Token *tok, char *buf, size_t n);

/* Prints a token's source text on one line: a line break inside it (a
 * raw string spanning lines) shows as \n, a carriage return as \r. */
void lex_print_text(FILE *out, const char *text);

/* Prints every token of the file, one a line (gosub build -dump tokens):
 *     3:1     func      func
 *     3:6     name      main
 * Returns the number of errors reported while lexing. */
int lex_dump(FILE *out, Arena *arena, Interner *names, Diag *d, int file);

#endif
