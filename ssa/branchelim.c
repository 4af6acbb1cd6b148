/* branchelim.c — branch elimination: small if/else that only choose a
 * value become a conditional select.
 *
 * Contract: requires nothing; changes the CFG (invalidates dominators).
 * Runs after value numbering and dead-code elimination, before critical
 * edges are split.
 *
 *     m := b                         b1: ... If v5 -> b2 b3
 *     if a > b {          ==>        b2: Plain -> b3         (empty)
 *         m = a                      b3: v9 = Phi v3 v4 (m)
 *     }
 *                                    b1: ... v9 = CondSelect v3 v4 v5 (m)
 *
 * A branch the processor mispredicts costs a dozen cycles or more; a
 * conditional move (amd64 cmov, arm64 csel) costs one, and both sides are
 * already computed.  The pattern is the one gc's branchelim pass looks
 * for: an If whose two ways meet again right away — a triangle (one side
 * empty) or a diamond (both sides) — where the sides compute only a few
 * cheap pure values (no memory, no checks, no calls), and every Phi at
 * the meeting point is a single machine word.  Those values move up into
 * the If block, each Phi becomes a CondSelect, and the branch goes.
 */
#include "ssa.h"

enum { MAX_HOISTED = 4 };   /* values a side may compute and still be cheap */

static int cheap_side(Block *s, Block *b, Block *join)
{
	if (s == join)
		return 1;   /* the empty side of a triangle */
	if (s->kind != BLOCK_PLAIN || s->preds.len != 1 || s->preds.items[0] != b ||
	    s->succs.items[0] != join || s->values.len > MAX_HOISTED)
		return 0;
	for (int i = 0; i < s->values.len; i++) {
		Value *v = s->values.items[i];
		int f = ssa_ops[v->op].flags;
		if (!(f & OPF_PURE) || (f & OPF_MEM) || v->op == OP_Phi || v->op == OP_Div ||
		    v->op == OP_Divu || v->op == OP_Mod || v->op == OP_Modu || v->op == OP_CallResult)
			return 0;
	}
	return 1;
}

static void hoist(Block *s, Block *b, Block *join)
{
	if (s == join)
		return;
	for (int i = 0; i < s->values.len; i++) {
		Value *v = s->values.items[i];
		v->block = b;
		VEC_PUSH(b->func->arena, b->values, v);
	}
	s->values.len = 0;
}

static int pred_index(Block *join, Block *p)
{
	for (int i = 0; i < join->preds.len; i++)
		if (join->preds.items[i] == p)
			return i;
	return -1;
}

static int try_block(Func *fn, Block *b)
{
	if (b->kind != BLOCK_IF)
		return 0;
	Block *t = b->succs.items[0], *f = b->succs.items[1];
	Block *join;
	if (t->kind == BLOCK_PLAIN && t->succs.items[0] == f)
		join = f;                              /* b -> t -> f, b -> f */
	else if (f->kind == BLOCK_PLAIN && f->succs.items[0] == t)
		join = t;                              /* b -> f -> t, b -> t */
	else if (t->kind == BLOCK_PLAIN && f->kind == BLOCK_PLAIN && t->succs.items[0] == f->succs.items[0])
		join = t->succs.items[0];              /* diamond */
	else
		return 0;
	if (join == b || join->preds.len != 2 || t == f)
		return 0;
	if (!cheap_side(t, b, join) || !cheap_side(f, b, join))
		return 0;
	/* the edges into join, from the true way and from the false way */
	Block *tp = t == join ? b : t, *fp = f == join ? b : f;
	int ti = pred_index(join, tp), fi = pred_index(join, fp);
	if (ti < 0 || fi < 0 || ti == fi)
		return 0;
	int nphi = 0;
	for (int i = 0; i < join->values.len; i++) {
		Value *v = join->values.items[i];
		if (v->op != OP_Phi)
			continue;
		if (v->type == ST_MEM)
			return 0;
		nphi++;
	}
	if (!nphi)
		return 0;
	Value *c = b->control;
	hoist(t, b, join);
	hoist(f, b, join);
	for (int i = 0; i < join->values.len; i++) {
		Value *v = join->values.items[i];
		if (v->op != OP_Phi)
			continue;
		Value *x = v->args[ti], *y = v->args[fi];
		x->uses++;
		y->uses++;
		ssa_reset_args(v);
		v->op = OP_CondSelect;
		ssa_add_arg(v, x);
		ssa_add_arg(v, y);
		ssa_add_arg(v, c);
		x->uses--;
		y->uses--;
	}
	/* b now flows straight into join; the sides are gone */
	BlockList *preds = &join->preds;
	preds->len = 0;
	VEC_PUSH(fn->arena, *preds, b);
	if (t != join)
		t->preds.len = t->succs.len = 0;
	if (f != join)
		f->preds.len = f->succs.len = 0;
	ssa_set_control(b, NULL);
	b->kind = BLOCK_PLAIN;
	b->succs.len = 0;
	VEC_PUSH(fn->arena, b->succs, join);
	int kept = 0;
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *x = fn->blocks.items[i];
		if ((x == t || x == f) && x != join)
			continue;
		fn->blocks.items[kept++] = x;
	}
	fn->blocks.len = kept;
	fn->valid = 0;
	return 1;
}

void ssa_branchelim(Func *fn)
{
	for (int changed = 1; changed;) {
		changed = 0;
		for (int i = 0; i < fn->blocks.len && !changed; i++)
			changed = try_block(fn, fn->blocks.items[i]);
	}
}
