/* fuse.c — merging straight-line blocks.
 *
 * Contract: requires nothing; changes the CFG (invalidates dominators).
 *
 * A Plain block b whose only successor s has no other predecessor is one
 * piece of straight-line code cut in two — by the builder (a loop body and
 * its post statement, the arms of a switch that fall through), or by a
 * pass (an If that constant folding or branch elimination made Plain).  s is appended to
 * b: fewer jumps in the assembly, and values that were in two blocks are
 * now in one, where the back end can combine them (a compare with the
 * select that uses it).
 */
#include "ssa.h"

static int fuse_into(Func *fn, Block *b)
{
	if (b->kind != BLOCK_PLAIN || b->succs.len != 1)
		return 0;
	Block *s = b->succs.items[0];
	if (s == b || s == fn->entry || s->preds.len != 1)
		return 0;
	/* a Phi with one argument is that argument */
	for (int i = 0; i < s->values.len; i++) {
		Value *v = s->values.items[i];
		if (v->op == OP_Phi)
			ssa_copy_of(v, v->args[0]);
	}
	for (int i = 0; i < s->values.len; i++) {
		Value *v = s->values.items[i];
		v->block = b;
		VEC_PUSH(fn->arena, b->values, v);
	}
	s->values.len = 0;
	b->kind = s->kind;
	b->control = s->control;      /* the use count moves with it */
	s->control = NULL;
	b->succs = s->succs;
	s->succs.len = 0;
	s->succs.items = NULL;
	for (int i = 0; i < b->succs.len; i++) {
		Block *t = b->succs.items[i];
		for (int k = 0; k < t->preds.len; k++)
			if (t->preds.items[k] == s)
				t->preds.items[k] = b;
	}
	if (b->likely == 0)
		b->likely = s->likely;
	int kept = 0;
	for (int i = 0; i < fn->blocks.len; i++)
		if (fn->blocks.items[i] != s)
			fn->blocks.items[kept++] = fn->blocks.items[i];
	fn->blocks.len = kept;
	fn->valid = 0;
	return 1;
}

void ssa_fuse(Func *fn)
{
	for (int changed = 1; changed;) {
		changed = 0;
		for (int i = 0; i < fn->blocks.len; i++)
			changed |= fuse_into(fn, fn->blocks.items[i]);
	}
}
