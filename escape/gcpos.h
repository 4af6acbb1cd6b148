/* gcpos.h — where gc's -m puts an implicit conversion to an interface.
 *
 * A conversion the program does not write (var x any = n, append(out,
 * square{i}), f(n) for f(any)) is a node gc's front end inserts, and it
 * takes its position from base.Pos, the "current position" the front end
 * last set, not from its operand.  So the line `n does not escape` can
 * point at a call's parenthesis, at the start of a statement, or at the
 * last variable of a composite literal.  Both -m (ssa/build*.c) and the
 * -m=2 model (escape/lower.c) need the same answer; it is here, once.
 *
 * What base.Pos holds after gc 1.19's noder has built an expression
 * (noder/expr.go sets it on entering each expression that is not a
 * constant, children after their parent, left to right): the position of
 * the last such expression, except that a call of a function or method,
 * and a map literal, leave their own position (their transformation sets
 * it again).  Measured against gc 1.19's -m output; testdata/escape
 * checks it.
 */
#ifndef GOSUB_ESCAPE_GCPOS_H
#define GOSUB_ESCAPE_GCPOS_H

#include "../types/types.h"

/* The contexts of an implicit conversion, each with its rule:
 *   GCPOS_OWN     the operand's own position (return, composite literal
 *                 element, ...)
 *   GCPOS_CALL    an argument: a variable's conversion is at ctx (the
 *                 previous argument that is not a variable, or the call:
 *                 gcpos_arg), anything else at its own position
 *   GCPOS_ASSIGN  x = v: at ctx, the statement's start
 *   GCPOS_DECL    var x T = v: where building v left base.Pos; a constant
 *                 sets nothing, so the declared name's position, ctx
 *   GCPOS_APPEND  append's extra arguments: where building all of them
 *                 left base.Pos, which gcpos_after_list gives as ctx */
enum { GCPOS_OWN, GCPOS_CALL, GCPOS_ASSIGN, GCPOS_DECL, GCPOS_APPEND };

/* Where an implicit conversion of e in context ctx is reported; pos is the
 * context's position (see above). */
Pos gcpos_conv(int ctx, Node *e, Pos pos);

/* base.Pos after building e: 1 and *pos, or 0 when e sets nothing (a
 * constant). */
int gcpos_after(Node *e, Pos *pos);

/* base.Pos after building the expressions of list, from start. */
Pos gcpos_after_list(NodeList *list, Pos start);

/* GCPOS_CALL's position for argument i: the previous argument that is not
 * a variable (ir.SetPos skips names), else the call. */
Pos gcpos_arg(NodeList *args, int i, Pos call);

/* The leftmost position of an expression (gc's syntax puts a binary
 * expression at its operator, a call at its parenthesis): where an
 * assignment statement starts. */
Pos gcpos_leftmost(Node *e);

/* The bytes of e when it is a constant string (a literal, a named
 * constant, a constant expression), else NULL: gc rewrites []rune(k) and
 * []byte(k) of a constant k before escape analysis sees them. */
const char *gc_const_string(Node *e, int64_t *len);

#endif
