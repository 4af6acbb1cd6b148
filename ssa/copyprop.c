/* copyprop.c — copy propagation.
 *
 * Contract: requires nothing; preserves the CFG and the dominator tree.
 *
 * `v5 = Copy v3` says v5 is v3.  The builder makes copies where a
 * variable is assigned another (x := y), and later passes make them when
 * they find a value equal to an earlier one (value numbering turns the
 * later value into a Copy of the earlier).  This pass points every use of
 * a copy at the original, and turns a Phi whose arguments are all one
 * value (or the Phi itself) into a Copy of that value, which is how a
 * loop-carried phi that a later pass made trivial disappears.  The copies
 * themselves, now unused, are left to dead-code elimination.
 */
#include "ssa.h"

static Value *original(Value *v)
{
	while (v->op == OP_Copy)
		v = v->args[0];
	return v;
}

/* A Phi whose arguments are all the same value x or the phi itself is x. */
static int fold_trivial_phi(Value *phi)
{
	Value *same = NULL;
	for (int i = 0; i < phi->nargs; i++) {
		Value *a = original(phi->args[i]);
		if (a == phi || a == same)
			continue;
		if (same)
			return 0;
		same = a;
	}
	if (!same || same == phi)
		return 0; /* a phi of only itself: unreachable loop, dce's job */
	ssa_phi_to_copy(phi, same);
	return 1;
}

void ssa_copyprop(Func *fn)
{
	for (int changed = 1; changed;) {
		changed = 0;
		for (int i = 0; i < fn->blocks.len; i++) {
			Block *b = fn->blocks.items[i];
			for (int j = 0; j < b->values.len; j++) {
				Value *v = b->values.items[j];
				if (v->op == OP_Phi)
					changed |= fold_trivial_phi(v);
				for (int k = 0; k < v->nargs; k++) {
					Value *o = original(v->args[k]);
					if (o != v->args[k] && o != v)
						ssa_set_arg(v, k, o);
				}
			}
			if (b->control && b->control->op == OP_Copy)
				ssa_set_control(b, original(b->control));
		}
	}
}
