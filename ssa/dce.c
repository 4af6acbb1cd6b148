/* dce.c — dead-code elimination: unreachable blocks and unused values.
 *
 * Contract: requires nothing; changes the CFG (invalidates dominators).
 *
 * First the blocks: those the entry cannot reach (the code after a
 * return, the other branch of an `if false`) are cut off their
 * successors — which drops the matching Phi arguments — and removed.
 * Then the values, by marking: a value is live if it has an effect (a
 * store, a call, a check), is a block's control, or is an argument of a
 * live value.  Everything unmarked goes.  A Phi left with one argument is
 * that argument, and becomes a Copy of it.
 */
#include <string.h>

#include "ssa.h"

static void remove_unreachable(Func *fn)
{
	Arena *a = fn->arena;
	char *seen = arena_alloc(a, (size_t)fn->next_block_id);
	BlockList work = {0};
	seen[fn->entry->id] = 1;
	VEC_PUSH(a, work, fn->entry);
	while (work.len) {
		Block *b = work.items[--work.len];
		for (int i = 0; i < b->succs.len; i++) {
			Block *s = b->succs.items[i];
			if (!seen[s->id]) {
				seen[s->id] = 1;
				VEC_PUSH(a, work, s);
			}
		}
	}
	int kept = 0;
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		if (seen[b->id]) {
			fn->blocks.items[kept++] = b;
			continue;
		}
		for (int j = 0; j < b->succs.len; j++) {
			Block *s = b->succs.items[j];
			for (int k = 0; k < s->preds.len; k++) {
				if (s->preds.items[k] == b) {
					ssa_remove_pred(s, k);
					break;
				}
			}
		}
		b->succs.len = 0;
		ssa_set_control(b, NULL);
		for (int j = 0; j < b->values.len; j++)
			ssa_reset_args(b->values.items[j]);
	}
	/* the values of removed blocks go from the table */
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		if (seen[b->id])
			continue;
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			fn->values.items[v->id] = NULL;
			v->block = NULL;
		}
		b->values.len = 0;
	}
	if (kept != fn->blocks.len)
		fn->valid = 0;
	fn->blocks.len = kept;
}

void ssa_dce(Func *fn)
{
	remove_unreachable(fn);
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			if (v->op == OP_Phi && v->nargs == 1)
				ssa_phi_to_copy(v, v->args[0]);
		}
	}
	Arena *a = fn->arena;
	char *live = arena_alloc(a, (size_t)fn->values.len);
	ValueList work = {0};
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		if (b->control && !live[b->control->id]) {
			live[b->control->id] = 1;
			VEC_PUSH(a, work, b->control);
		}
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			if ((ssa_ops[v->op].flags & OPF_EFFECT) || v->op == OP_InitMem) {
				if (!live[v->id]) {
					live[v->id] = 1;
					VEC_PUSH(a, work, v);
				}
			}
		}
	}
	while (work.len) {
		Value *v = work.items[--work.len];
		for (int i = 0; i < v->nargs; i++) {
			Value *x = v->args[i];
			if (!live[x->id]) {
				live[x->id] = 1;
				VEC_PUSH(a, work, x);
			}
		}
	}
	/* drop the dead: first their arguments (a dead value may use another
	 * dead one), then the values themselves */
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		for (int j = 0; j < b->values.len; j++)
			if (!live[b->values.items[j]->id])
				ssa_reset_args(b->values.items[j]);
	}
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		int kept = 0;
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			if (live[v->id]) {
				b->values.items[kept++] = v;
			} else {
				fn->values.items[v->id] = NULL;
				v->block = NULL;
			}
		}
		b->values.len = kept;
	}
}
