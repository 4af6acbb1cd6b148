/* regalloc.c — linear-scan register allocation over SSA live intervals.
 *
 * Contract: requires the dominator analysis (for the block order) and no
 * critical edges; does not change the SSA, only decides where each value
 * lives.
 *
 * The algorithm is Poletto and Sarkar, "Linear Scan Register Allocation"
 * (TOPLAS 1999), on SSA form:
 *
 *   1. Lay the blocks out in reverse postorder and number the values in
 *      that order, two apart (b1 starts at 0, its first value is 2, ...).
 *   2. Liveness: the classic backward data-flow over blocks, with one
 *      twist for SSA — a Phi's argument i is used at the *end* of
 *      predecessor i, not in the Phi's block.
 *   3. A value's live interval is [first position, last position] where
 *      it is live: its definition, its uses, and every block it is live
 *      through.  One interval per value, without holes: simple, and a
 *      little pessimistic in loops.
 *   4. Walk the intervals by increasing start, keeping the *active* ones
 *      (those holding a register).  Expire the intervals that ended; take
 *      a free register; if there is none, spill whichever of the active
 *      intervals and the new one ends last — it is the one that would
 *      hold its register longest.  A spilled value lives in a stack slot
 *      for its whole life; the emitter loads it into a scratch register
 *      at each use.
 *
 * Calls: an interval that is live across a call (starts before it, ends
 * after) may only take a callee-saved register, which the call
 * preserves; otherwise it is spilled.  So in
 *
 *     return fib(n-1) + fib(n-2)
 *
 * n lives in a callee-saved register across the first call, and so does
 * the first call's result across the second.
 *
 * Phis: a Phi and its arguments are separate values with separate
 * locations; the emitter copies the arguments into the Phi's location at
 * the end of each predecessor, all at once (cg_sequentialize orders those
 * copies).  Because the critical edges were split, every predecessor of a
 * block with Phis has that block as its only successor, so the copies
 * run only on the edge they belong to.  This is where the program leaves
 * SSA form.
 */
#include <stdlib.h>
#include <string.h>

#include "codegen.h"

typedef struct Interval {
	Value *v;
	int start, end;
	int crosses_call;
} Interval;

typedef struct Liveness {
	int nwords;                /* 64-bit words per set */
	uint64_t **in, **out;      /* by block id */
} Liveness;

static int is_compare(Op op)
{
	return op == OP_Eq || op == OP_Neq || op == OP_Less || op == OP_Leq || op == OP_Lessu ||
	       op == OP_Lequ;
}

/* A compare used only by its block's If is evaluated at the end of the
 * block, right before the branch (so the target can fuse them): move it
 * there. */
static void sink_compares(Func *fn)
{
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		Value *c = b->control;
		if (b->kind != BLOCK_IF || !c || c->block != b || !is_compare(c->op) || c->uses != 1)
			continue;
		int k = 0;
		while (b->values.items[k] != c)
			k++;
		memmove(&b->values.items[k], &b->values.items[k + 1],
		        sizeof(Value *) * (size_t)(b->values.len - k - 1));
		b->values.items[b->values.len - 1] = c;
	}
}

/* The emission order: reverse postorder, visiting an If's false
 * successor first so that its true successor — a loop's body, an if's
 * then-block — comes right after it and the branch falls through into it.
 * Every block comes after its dominator, which the intervals rely on. */
static void block_order(Func *fn, Alloc *al)
{
	Arena *a = fn->arena;
	char *seen = arena_alloc(a, (size_t)fn->next_block_id);
	typedef struct { Block *b; int i; } Frame;
	VEC(Frame) stack = {0};
	BlockList post = {0};
	seen[fn->entry->id] = 1;
	VEC_PUSH(a, stack, ((Frame){fn->entry, 0}));
	while (stack.len) {
		Frame *f = &stack.items[stack.len - 1];
		if (f->i < f->b->succs.len) {
			Block *s = f->b->succs.items[f->b->succs.len - 1 - f->i++];
			if (!seen[s->id]) {
				seen[s->id] = 1;
				VEC_PUSH(a, stack, ((Frame){s, 0}));
			}
			continue;
		}
		VEC_PUSH(a, post, f->b);
		stack.len--;
	}
	for (int i = post.len - 1; i >= 0; i--)
		VEC_PUSH(a, al->order, post.items[i]);
}

/* Which values are folded into their user (see CgTarget.folds). */
static void find_folded(Func *fn, Alloc *al, const CgTarget *t)
{
	Arena *a = fn->arena;
	int nv = fn->values.len;
	Value **user = arena_alloc(a, sizeof(Value *) * (size_t)nv);
	char *is_control = arena_alloc(a, (size_t)nv);
	al->folded = arena_alloc(a, (size_t)nv);
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			for (int k = 0; k < v->nargs; k++)
				user[v->args[k]->id] = v;
		}
		if (b->control)
			is_control[b->control->id] = 1;
	}
	al->user = user;
	if (!t->folds)
		return;
	/* users come after their arguments in a block: decide from the end */
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		for (int j = b->values.len - 1; j >= 0; j--) {
			Value *v = b->values.items[j];
			if (v->uses != 1 || v->op == OP_Phi)
				continue;
			Value *u = is_control[v->id] ? NULL : user[v->id];
			if (u && (u->block != b || u->op == OP_Phi))
				continue;
			if (!u && b->control != v)
				continue;
			al->folded[v->id] = (char)t->folds(v, u, al);
		}
	}
}

/* Does v need a location of its own? */
static int want(const CgTarget *t, const Alloc *al, const Value *v)
{
	return t->needs_reg(v) && !al->folded[v->id];
}

static void set_add(uint64_t *s, int i) { s[i / 64] |= 1ull << (i % 64); }
static void set_del(uint64_t *s, int i) { s[i / 64] &= ~(1ull << (i % 64)); }
static int set_has(const uint64_t *s, int i) { return (s[i / 64] >> (i % 64)) & 1; }

static void liveness(Func *fn, Alloc *al, const CgTarget *t, Liveness *lv)
{
	Arena *a = fn->arena;
	int nb = fn->next_block_id;
	lv->nwords = (fn->values.len + 63) / 64;
	lv->in = arena_alloc(a, sizeof(uint64_t *) * (size_t)nb);
	lv->out = arena_alloc(a, sizeof(uint64_t *) * (size_t)nb);
	uint64_t **gen = arena_alloc(a, sizeof(uint64_t *) * (size_t)nb);
	uint64_t **kill = arena_alloc(a, sizeof(uint64_t *) * (size_t)nb);
	uint64_t **phiuse = arena_alloc(a, sizeof(uint64_t *) * (size_t)nb);
	size_t bytes = sizeof(uint64_t) * (size_t)lv->nwords;
	for (int i = 0; i < al->order.len; i++) {
		Block *b = al->order.items[i];
		lv->in[b->id] = arena_alloc(a, bytes);
		lv->out[b->id] = arena_alloc(a, bytes);
		gen[b->id] = arena_alloc(a, bytes);
		kill[b->id] = arena_alloc(a, bytes);
		phiuse[b->id] = arena_alloc(a, bytes);
	}
	for (int i = 0; i < al->order.len; i++) {
		Block *b = al->order.items[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			if (v->op == OP_Phi) {
				for (int k = 0; k < v->nargs; k++)
					if (want(t, al, v->args[k]))
						set_add(phiuse[b->preds.items[k]->id], v->args[k]->id);
			} else {
				for (int k = 0; k < v->nargs; k++) {
					Value *x = v->args[k];
					if (want(t, al, x) && !set_has(kill[b->id], x->id))
						set_add(gen[b->id], x->id);
				}
			}
			if (want(t, al, v))
				set_add(kill[b->id], v->id);
		}
		if (b->control && want(t, al, b->control) && !set_has(kill[b->id], b->control->id))
			set_add(gen[b->id], b->control->id);
	}
	for (int changed = 1; changed;) {
		changed = 0;
		for (int i = al->order.len - 1; i >= 0; i--) {
			Block *b = al->order.items[i];
			uint64_t *out = lv->out[b->id], *in = lv->in[b->id];
			for (int w = 0; w < lv->nwords; w++) {
				uint64_t o = phiuse[b->id][w];
				for (int s = 0; s < b->succs.len; s++)
					o |= lv->in[b->succs.items[s]->id][w];
				uint64_t n = gen[b->id][w] | (o & ~kill[b->id][w]);
				if (o != out[w] || n != in[w])
					changed = 1;
				out[w] = o;
				in[w] = n;
			}
		}
	}
	/* a Phi is defined at the top of its block: not live into it */
	for (int i = 0; i < al->order.len; i++) {
		Block *b = al->order.items[i];
		for (int j = 0; j < b->values.len; j++)
			if (b->values.items[j]->op == OP_Phi)
				set_del(lv->in[b->id], b->values.items[j]->id);
	}
}

static void extend(Interval *iv, int p)
{
	if (iv->start < 0)
		return;
	if (p > iv->end)
		iv->end = p;
	if (p < iv->start)
		iv->start = p;
}

/* x is used at position p: its interval reaches p; a folded x is computed
 * at p, so its own arguments are used there. */
static void extend_used(Interval *iv, const CgTarget *t, const Alloc *al, Value *x, int p)
{
	if (al->folded[x->id]) {
		for (int k = 0; k < x->nargs; k++)
			extend_used(iv, t, al, x->args[k], p);
		return;
	}
	if (want(t, al, x))
		extend(&iv[x->id], p);
}

static int cmp_start(const void *x, const void *y)
{
	const Interval *a = *(Interval *const *)x, *b = *(Interval *const *)y;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->v->id - b->v->id;
}

/* A free register from `allowed`.  An interval that does not live across
 * a call prefers a caller-saved register: a callee-saved one would cost a
 * push and a pop in the prologue and epilogue. */
static int pick(uint64_t free_regs, uint64_t allowed, const CgRegs *R, int crosses_call)
{
	uint64_t ok = free_regs & allowed;
	if (!crosses_call && (ok & ~R->callee_saved))
		ok &= ~R->callee_saved;
	for (int r = 0; r < R->nregs; r++)
		if (ok >> r & 1)
			return r;
	return -1;
}

/* The register a value would like: a parameter's argument register, or
 * the argument register of the call that is its only use. */
static int hint(const Value *v, const Alloc *al, const CgRegs *R)
{
	if (v->op == OP_Arg && v->auxint < R->narg_regs)
		return R->arg_regs[v->auxint];
	const Value *u = al->user[v->id];
	if (v->uses == 1 && u && u->op == OP_Call) {
		for (int k = 0; k < u->nargs - 1 && k < R->narg_regs; k++)
			if (u->args[k] == v)
				return R->arg_regs[k];
	}
	return -1;
}

Alloc *cg_regalloc(Func *fn, const CgTarget *t)
{
	Arena *a = fn->arena;
	const CgRegs *R = t->regs;
	Alloc *al = ARENA_NEW(a, Alloc);
	if (!(fn->valid & ANALYSIS_DOM))
		ssa_dom(fn);
	sink_compares(fn);
	find_folded(fn, al, t);
	block_order(fn, al);
	int nv = fn->values.len;
	al->loc = arena_alloc(a, sizeof(int) * (size_t)nv);
	for (int i = 0; i < nv; i++)
		al->loc[i] = LOC_NONE;

	/* 1. positions */
	int *vpos = arena_alloc(a, sizeof(int) * (size_t)nv);
	int *bstart = arena_alloc(a, sizeof(int) * (size_t)fn->next_block_id);
	int *bend = arena_alloc(a, sizeof(int) * (size_t)fn->next_block_id);
	VEC(int) calls = {0};
	int pos = 0;
	for (int i = 0; i < al->order.len; i++) {
		Block *b = al->order.items[i];
		bstart[b->id] = pos;
		pos += 2;
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			/* Phis and the entry's Args are all defined on entry */
			vpos[v->id] = v->op == OP_Phi || v->op == OP_Arg || v->op == OP_Context ? bstart[b->id] : pos;
			if (t->is_call(v))
				VEC_PUSH(a, calls, pos);
			pos += 2;
		}
		bend[b->id] = pos;
		pos += 2;
	}

	/* 2. liveness, 3. intervals */
	Liveness lv;
	liveness(fn, al, t, &lv);
	Interval *iv = arena_alloc(a, sizeof(Interval) * (size_t)nv);
	for (int i = 0; i < nv; i++)
		iv[i].start = -1;
	for (int i = 0; i < al->order.len; i++) {
		Block *b = al->order.items[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			if (want(t, al, v)) {
				iv[v->id].v = v;
				iv[v->id].start = iv[v->id].end = vpos[v->id];
			}
		}
	}
#define EXTEND(x, p) extend(&iv[(x)->id], (p))
	for (int i = 0; i < al->order.len; i++) {
		Block *b = al->order.items[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			for (int k = 0; k < v->nargs; k++) {
				if (v->op == OP_Phi)
					extend_used(iv, t, al, v->args[k], bend[b->preds.items[k]->id]);
				else
					extend_used(iv, t, al, v->args[k], vpos[v->id]);
			}
		}
		if (b->control)
			extend_used(iv, t, al, b->control, bend[b->id]);
		for (int x = 0; x < nv; x++) {
			if (iv[x].start < 0)
				continue;
			if (set_has(lv.out[b->id], x))
				EXTEND(iv[x].v, bend[b->id]);
			if (set_has(lv.in[b->id], x))
				EXTEND(iv[x].v, bstart[b->id]);
		}
	}
#undef EXTEND

	/* 4. linear scan */
	Interval **sorted = arena_alloc(a, sizeof(Interval *) * (size_t)nv);
	int n = 0;
	for (int i = 0; i < nv; i++) {
		if (iv[i].start < 0)
			continue;
		for (int c = 0; c < calls.len; c++)
			if (iv[i].start < calls.items[c] && calls.items[c] < iv[i].end)
				iv[i].crosses_call = 1;
		sorted[n++] = &iv[i];
	}
	qsort(sorted, (size_t)n, sizeof(Interval *), cmp_start);
	Interval **active = arena_alloc(a, sizeof(Interval *) * (size_t)(n + 1));
	int nactive = 0;
	uint64_t free_regs = R->allocatable;
	for (int i = 0; i < n; i++) {
		Interval *cur = sorted[i];
		/* expire: an interval ending where this one starts hands over its
		 * register (the instruction reads before it writes) */
		for (int k = 0; k < nactive;) {
			if (active[k]->end <= cur->start) {
				free_regs |= 1ull << al->loc[active[k]->v->id];
				active[k] = active[--nactive];
			} else {
				k++;
			}
		}
		uint64_t allowed = cur->crosses_call ? R->callee_saved & R->allocatable : R->allocatable;
		int r = -1;
		int h = hint(cur->v, al, R);
		if (h >= 0 && ((free_regs & allowed) >> h & 1))
			r = h;   /* where it arrives, or where it must go: no move */
		if (r < 0)
			r = pick(free_regs, allowed, R, cur->crosses_call);
		if (r < 0) {
			/* spill the interval that ends last */
			int victim = -1;
			for (int k = 0; k < nactive; k++) {
				int reg = al->loc[active[k]->v->id];
				if (!(allowed >> reg & 1))
					continue;
				if (victim < 0 || active[k]->end > active[victim]->end)
					victim = k;
			}
			if (victim >= 0 && active[victim]->end > cur->end) {
				r = al->loc[active[victim]->v->id];
				al->loc[active[victim]->v->id] = -1 - al->nspills++;
				active[victim] = active[--nactive];
			} else {
				al->loc[cur->v->id] = -1 - al->nspills++;
				continue;
			}
		} else {
			free_regs &= ~(1ull << r);
		}
		al->loc[cur->v->id] = r;
		al->used |= 1ull << r;
		active[nactive++] = cur;
	}

	/* the largest outgoing argument area */
	for (int i = 0; i < al->order.len; i++) {
		Block *b = al->order.items[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			int words = v->op == OP_Call ? v->nargs - 1 : (v->op == OP_ClosureCall || v->op == OP_InterCall) ? v->nargs - 2 : 0;
			if (words > R->narg_regs && words - R->narg_regs > al->max_out_words)
				al->max_out_words = words - R->narg_regs;
		}
	}
	return al;
}

void cg_print_alloc(FILE *out, Func *fn, Alloc *al, const CgTarget *t)
{
	fprintf(out, "== %s: registers (%s)\n", fn->name, t->name);
	for (int i = 0; i < al->order.len; i++) {
		Block *b = al->order.items[i];
		fprintf(out, "  b%d:\n", b->id);
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			int l = al->loc[v->id];
			fprintf(out, "    ");
			ssa_print_value(out, v);
			if (l >= 0)
				fprintf(out, " : %s", t->regs->names[l]);
			else if (l != LOC_NONE)
				fprintf(out, " : spill%d", -1 - l);
			fputc('\n', out);
		}
	}
}

/* ---- parallel copies ------------------------------------------------------- */

int cg_sequentialize(CgMove *moves, int n, int scratch)
{
	/* moves[0..n) are pending; the ordered result is built in out[] */
	CgMove *pending = malloc(sizeof(CgMove) * (size_t)(n + 1));
	CgMove *out = malloc(sizeof(CgMove) * (size_t)(2 * n + 1));
	int np = 0, no = 0;
	for (int i = 0; i < n; i++)
		if (moves[i].src_value || moves[i].src != moves[i].dst)
			pending[np++] = moves[i];
	while (np > 0) {
		int progress = 0;
		for (int i = 0; i < np; i++) {
			/* safe when no other pending move still reads our destination */
			int blocked = 0;
			for (int k = 0; k < np; k++)
				if (k != i && !pending[k].src_value && pending[k].src == pending[i].dst)
					blocked = 1;
			if (blocked)
				continue;
			out[no++] = pending[i];
			pending[i] = pending[--np];
			progress = 1;
			break;
		}
		if (progress)
			continue;
		/* only cycles remain (a, b = b, a): free one destination by
		 * saving the value it holds in the scratch location */
		int victim = pending[0].dst;
		out[no++] = (CgMove){scratch, victim, NULL};
		for (int k = 0; k < np; k++)
			if (!pending[k].src_value && pending[k].src == victim)
				pending[k].src = scratch;
	}
	memcpy(moves, out, sizeof(CgMove) * (size_t)no);
	free(pending);
	free(out);
	return no;
}

