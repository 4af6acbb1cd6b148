/* critical.c — splitting critical edges.
 *
 * Contract: requires nothing; adds blocks (invalidates dominators).
 *
 * An edge is critical when it leaves a block with several successors and
 * enters a block with several predecessors:
 *
 *        b1 (If)          b2              b1 (If)         b2
 *       /      \         /               /      \        /
 *     b3        b4 <----            b3         b9       /
 *                                               \      /
 *                                                 b4 <-
 *
 * The register allocator resolves a Phi of b4 by moves at the end of each
 * predecessor.  At the end of b1 those moves would also run on the way
 * to b3, so the edge b1 -> b4 gets a block of its own (b9) to hold them.
 * Only edges into blocks with Phis are split: the others need no moves,
 * and an empty block on them would only cost a jump.
 */
#include "ssa.h"

static int has_phis(const Block *b)
{
	for (int i = 0; i < b->values.len; i++)
		if (b->values.items[i]->op == OP_Phi)
			return 1;
	return 0;
}

void ssa_critical(Func *fn)
{
	int n = fn->blocks.len;
	for (int i = 0; i < n; i++) {
		Block *p = fn->blocks.items[i];
		if (p->succs.len < 2)
			continue;
		for (int j = 0; j < p->succs.len; j++) {
			Block *s = p->succs.items[j];
			if (s->preds.len < 2 || !has_phis(s))
				continue;
			Block *mid = ssa_new_block(fn, BLOCK_PLAIN);
			mid->pos = s->pos;
			p->succs.items[j] = mid;
			VEC_PUSH(fn->arena, mid->preds, p);
			VEC_PUSH(fn->arena, mid->succs, s);
			for (int k = 0; k < s->preds.len; k++) {
				if (s->preds.items[k] == p) {
					s->preds.items[k] = mid;
					break;
				}
			}
		}
	}
}
