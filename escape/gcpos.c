/* gcpos.c — where gc's -m puts an implicit conversion (gcpos.h). */
#include "gcpos.h"

static int is_var_name(Node *e)
{
	e = ast_unparen(e);
	return e && e->kind == NODE_NAME && e->mode != MODE_CONSTANT;
}

/* A call that gc's noder transforms as a call (transformCall sets
 * base.Pos to it again): not a conversion T(x), not a builtin. */
static int is_real_call(Node *e)
{
	Node *f = ast_unparen(AST(e, call).fun);
	return f->mode != MODE_TYPEXPR && f->mode != MODE_BUILTIN;
}

static void after(Node *e, Pos *pos, int *set);

static void after_list(NodeList *l, Pos *pos, int *set)
{
	for (int i = 0; i < l->len; i++)
		after(l->items[i], pos, set);
}

static void after(Node *e, Pos *pos, int *set)
{
	e = ast_unparen(e);
	if (!e || e->mode == MODE_CONSTANT || e->mode == MODE_TYPEXPR || e->mode == MODE_PKGNAME)
		return;
	*pos = e->pos;
	*set = 1;
	switch (e->kind) {
	case NODE_CALL:
		if (is_real_call(e))
			return;   /* the call's own position, whatever its arguments set */
		after(AST(e, call).fun, pos, set);
		after_list(&AST(e, call).args, pos, set);
		return;
	case NODE_COMPOSITE_LIT: {
		Type *u = e->type ? types_underlying(e->type) : NULL;
		if (u && u->kind == TYPE_MAP)
			return;   /* the literal's own position */
		for (int i = 0; i < AST(e, composite).elems.len; i++) {
			Node *el = AST(e, composite).elems.items[i];
			if (el->kind == NODE_KEY_VALUE) {
				if (!u || u->kind != TYPE_STRUCT)   /* a field name is not an expression */
					after(AST(el, key_value).key, pos, set);
				after(AST(el, key_value).value, pos, set);
			} else {
				after(el, pos, set);
			}
		}
		return;
	}
	case NODE_SELECTOR:
		after(AST(e, selector).x, pos, set);
		return;
	case NODE_INDEX:
		after(AST(e, index).x, pos, set);
		after_list(&AST(e, index).indices, pos, set);
		return;
	case NODE_SLICE:
		after(AST(e, slice).x, pos, set);
		after(AST(e, slice).lo, pos, set);
		after(AST(e, slice).hi, pos, set);
		after(AST(e, slice).max, pos, set);
		return;
	case NODE_TYPE_ASSERT:
		after(AST(e, assert).x, pos, set);
		return;
	case NODE_STAR:
		after(AST(e, star).x, pos, set);
		return;
	case NODE_UNARY:
		after(AST(e, unary).x, pos, set);
		return;
	case NODE_BINARY:
		after(AST(e, binary).x, pos, set);
		after(AST(e, binary).y, pos, set);
		return;
	default:
		return;   /* a name, a func literal: its own position */
	}
}

int gcpos_after(Node *e, Pos *pos)
{
	int set = 0;
	after(e, pos, &set);
	return set;
}

Pos gcpos_after_list(NodeList *list, Pos start)
{
	int set = 0;
	Pos p = start;
	after_list(list, &p, &set);
	return p;
}

Pos gcpos_arg(NodeList *args, int i, Pos call)
{
	for (int k = i - 1; k >= 0; k--) {
		Node *a = ast_unparen(args->items[k]);
		if (!is_var_name(a))
			return a->pos;
	}
	return call;
}

Pos gcpos_leftmost(Node *e)
{
	for (;;) {
		if (e->kind == NODE_BINARY)
			e = AST(e, binary).x;
		else if (e->kind == NODE_SELECTOR)
			e = AST(e, selector).x;
		else if (e->kind == NODE_INDEX)
			e = AST(e, index).x;
		else if (e->kind == NODE_CALL)
			e = AST(e, call).fun;
		else if (e->kind == NODE_PAREN)
			e = AST(e, paren).x;
		else
			return e->pos;
	}
}

Pos gcpos_conv(int ctx, Node *e, Pos pos)
{
	e = ast_unparen(e);
	if (!e)
		return pos;
	switch (ctx) {
	case GCPOS_CALL:
		return is_var_name(e) ? pos : e->pos;
	case GCPOS_ASSIGN:
	case GCPOS_APPEND:
		return pos;
	case GCPOS_DECL: {
		Pos p;
		return gcpos_after(e, &p) ? p : pos;
	}
	default:
		return e->pos;
	}
}

const char *gc_const_string(Node *e, int64_t *len)
{
	e = ast_unparen(e);
	if (!e)
		return NULL;
	if (e->val && e->val->kind == CONST_STRING) {
		*len = e->val->len;
		return e->val->s ? e->val->s : "";
	}
	if (e->kind == NODE_BASIC_LIT && AST(e, lit).str) {
		*len = AST(e, lit).len;
		return AST(e, lit).str;
	}
	if (e->kind == NODE_NAME && AST(e, name).obj && AST(e, name).obj->kind == OBJ_CONST &&
	    AST(e, name).obj->val && AST(e, name).obj->val->kind == CONST_STRING) {
		*len = AST(e, name).obj->val->len;
		return AST(e, name).obj->val->s ? AST(e, name).obj->val->s : "";
	}
	return NULL;
}
