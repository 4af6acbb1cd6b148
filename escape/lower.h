/* lower.h — inside the lowering to gc's IR (GNode), shared by
 *
 *     lower.c       expressions, implicit conversions and rewritten calls,
 *                   func literals, package initialization, gc_lower
 *     lower_stmt.c  statements: declarations, gc's assignment kinds,
 *                   control flow, go and defer
 *
 * Not for other files of escape/; they use explain.h.
 */
#ifndef GOSUB_ESCAPE_LOWER_H
#define GOSUB_ESCAPE_LOWER_H

#include <string.h>

#include "explain.h"
#include "gcpos.h"

typedef struct PtrMap {
	const void **keys;
	void **vals;
	int cap, len;
} PtrMap;

typedef struct Lower {
	Arena *a;
	GProgram *P;
	Package *pkg;
	PtrMap names;           /* Object -> its NAME */
	PtrMap funcs;           /* declared function Object -> GFunc */
	GFunc *fn;              /* the function being lowered */
	int conv_ctx;
	Pos conv_pos;
} Lower;

/* ---- what one file uses of another ------------------------------------ */

/* lower.c */
void *pm_get(PtrMap *m, const void *k);
GNode *gn(Lower *L, GOp op, Pos pos, Type *t);
int is_blank(Node *e);
GNode *conv_to(Lower *L, GNode *x, Node *src, Type *to);
GNode *lower_declare(Lower *L, Object *o);
GNode *type_node(Lower *L, Type *t, Pos pos);
GNode **multi_value(Lower *L, GNode *inner, Type *tuple, Pos pos, GList *init, int *n);
GNode *multi_conv(Lower *L, GNode *t, Type *to, Pos at, Pos inner);
GNode *call(Lower *L, Node *e);
GNode *lower_expr(Lower *L, Node *e);

/* lower_stmt.c */
GNode *new_stmt(Lower *L, GOp op, Pos pos);
GOp assign2_op(Node *rhs);
void stmt_list(Lower *L, NodeList *l, GList *out);

#endif
