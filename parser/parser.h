/* parser.h — tokens to AST.
 *
 * What goes in: one source file registered in a Diag.  What comes out:
 * its NODE_FILE (see ast.h), or a partial tree after syntax errors, which
 * are reported to the Diag in gc's words.  The grammar is parser.y
 * (Bison, LALR(1) with LAC); build.c makes the nodes; parse_error.c words
 * the syntax errors.  doc/parser.md tells the whole story.
 */
#ifndef GOSUB_PARSER_H
#define GOSUB_PARSER_H

#include "../common/arena.h"
#include "../common/diag.h"
#include "../common/intern.h"
#include "ast.h"

/* Parses file `file` of d.  Never NULL; check diag_count(d) for errors. */
Node *parse_file(Arena *arena, Interner *names, Diag *d, int file);

#endif
