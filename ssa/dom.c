/* dom.c — reverse postorder and the dominator tree.
 *
 * Block a dominates block b when every path from the entry to b passes
 * through a.  The immediate dominator idom(b) is the closest strict
 * dominator; the idom links form a tree rooted at the entry.
 *
 * The algorithm is Cooper, Harvey and Kennedy, "A Simple, Fast Dominance
 * Algorithm" (2001): number the blocks in reverse postorder, start with
 * idom(entry) = entry, and repeat until nothing changes: for each block in
 * reverse postorder, intersect the dominators of its processed
 * predecessors by walking the two idom chains up until they meet ("the
 * two fingers").  On the reducible graphs Go produces (no goto) it
 * converges in two passes.
 *
 * A pre/post numbering of the tree then answers "does a dominate b?" in
 * constant time: a dominates b iff pre(a) <= pre(b) and post(b) <= post(a).
 */
#include "ssa.h"

static void postorder(Block *b, BlockList *out, Arena *a, char *seen)
{
	/* iterative DFS: the stack holds (block, next successor index) */
	typedef struct { Block *b; int i; } Frame;
	VEC(Frame) stack = {0};
	seen[b->id] = 1;
	VEC_PUSH(a, stack, ((Frame){b, 0}));
	while (stack.len) {
		Frame *f = &stack.items[stack.len - 1];
		if (f->i < f->b->succs.len) {
			Block *s = f->b->succs.items[f->i++];
			if (!seen[s->id]) {
				seen[s->id] = 1;
				VEC_PUSH(a, stack, ((Frame){s, 0}));
			}
			continue;
		}
		VEC_PUSH(a, *out, f->b);
		stack.len--;
	}
}

static Block *intersect(Block *x, Block *y)
{
	while (x != y) {
		while (x->rpo > y->rpo)
			x = x->idom;
		while (y->rpo > x->rpo)
			y = y->idom;
	}
	return x;
}

static void number_tree(Block *b, int *counter)
{
	/* recursion depth is the dominator tree's depth: fine for our sizes,
	 * but keep it iterative-friendly by numbering pre and post here */
	b->dom_pre = (*counter)++;
	for (int i = 0; i < b->dom_children.len; i++)
		number_tree(b->dom_children.items[i], counter);
	b->dom_post = (*counter)++;
}

void ssa_dom(Func *fn)
{
	Arena *a = fn->arena;
	char *seen = arena_alloc(a, (size_t)fn->next_block_id + 1);
	BlockList post = {0};
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		b->rpo = -1;
		b->dom_pre = -1;
		b->dom_post = -2;
		b->idom = NULL;
		b->dom_children.len = 0;
	}
	postorder(fn->entry, &post, a, seen);
	fn->rpo.len = 0;
	for (int i = post.len - 1; i >= 0; i--) {
		post.items[i]->rpo = fn->rpo.len;
		VEC_PUSH(a, fn->rpo, post.items[i]);
	}
	fn->entry->idom = fn->entry;
	for (int changed = 1; changed;) {
		changed = 0;
		for (int i = 1; i < fn->rpo.len; i++) {
			Block *b = fn->rpo.items[i];
			Block *d = NULL;
			for (int j = 0; j < b->preds.len; j++) {
				Block *p = b->preds.items[j];
				if (p->rpo < 0 || !p->idom)
					continue;
				d = d ? intersect(p, d) : p;
			}
			if (d != b->idom) {
				b->idom = d;
				changed = 1;
			}
		}
	}
	fn->entry->idom = NULL;
	for (int i = 1; i < fn->rpo.len; i++) {
		Block *b = fn->rpo.items[i];
		VEC_PUSH(a, b->idom->dom_children, b);
	}
	int counter = 0;
	number_tree(fn->entry, &counter);
	fn->valid |= ANALYSIS_DOM;
}

int ssa_dominates(const Block *a, const Block *b)
{
	return a->dom_pre <= b->dom_pre && b->dom_post <= a->dom_post;
}
