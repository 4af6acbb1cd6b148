/* gvn.c — global value numbering over the dominator tree.
 *
 * Contract: requires the dominator tree; preserves the CFG.  Leaves Copy
 * values behind for copyprop and dce.
 *
 * Two values are equal when they apply the same pure operation (same op,
 * type and aux) to equal arguments.  If such a value is computed where an
 * equal one is already available — computed in a block that dominates
 * this one, or earlier in the same block — the second is redundant: it
 * becomes a Copy of the first.
 *
 *     b1:  v7 = Add <int> v3 v4          b1:  v7 = Add <int> v3 v4
 *     b2:  v12 = Add <int> v4 v3   ==>   b2:  v12 = Copy <int> v7
 *          (b1 dominates b2; Add is commutative, so the order of the
 *           arguments does not matter)
 *
 * We use the hash-based, scoped variant (the "dominator-based value
 * numbering technique" of Briggs, Cooper and Simpson, "Value Numbering",
 * 1997): walk the dominator tree depth first, keep a hash table of the
 * values available at this point, add a block's values on the way down
 * and take them out on the way back up.  It runs in one walk, and what it
 * merges is easy to show a student line by line.  Its limit is that it
 * numbers a Phi only against Phis of the same block and so cannot prove
 * two loop variables equal; the partition-refinement algorithm of
 * Alpern, Wegman and Zadeck (1988) can, at the price of an algorithm much
 * harder to follow.  Loops like that are rare in the programs we compile.
 *
 * Loads take the memory state as an argument, so two loads of one address
 * with no store between them are equal values too.
 *
 * Run-time checks are numbered the same way: a BoundsCheck, ZeroCheck,
 * ShiftCheck or NilCheck identical to one that dominates it can never
 * fail (the first would have panicked), so it is removed.  That is the
 * redundant-check elimination of the issue, and it is why `a[i] = a[i] +
 * 1` checks i only once.
 *
 * With a report FILE (the -ssa dump), each merge is printed:
 *     v12 = v7 (same Add v3 v4)
 *     v15 removed (same BoundsCheck [index] v9 v4 as v11)
 */
#include <string.h>

#include "ssa.h"

typedef struct Entry {
	Value *v;
	struct Entry *next;
} Entry;

typedef struct Gvn {
	Func *fn;
	FILE *report;
	Entry **table;
	int size;               /* a power of two */
	VEC(int) undo;          /* bucket indices pushed in this walk, to pop on the way up */
} Gvn;

static Value *canon(Value *v)
{
	while (v->op == OP_Copy)
		v = v->args[0];
	return v;
}

static int numbered(const Value *v)
{
	int f = ssa_ops[v->op].flags;
	if (f & OPF_CHECK)
		return 1;
	return (f & OPF_PURE) && v->op != OP_Copy && v->op != OP_Undef;
}

/* The two arguments of a commutative op in a fixed order. */
static void arg_ids(const Value *v, int *ids)
{
	for (int i = 0; i < v->nargs; i++)
		ids[i] = canon(v->args[i])->id;
	if ((ssa_ops[v->op].flags & OPF_COMM) && v->nargs == 2 && ids[0] > ids[1]) {
		int t = ids[0]; ids[0] = ids[1]; ids[1] = t;
	}
}

static unsigned hash_value(const Value *v)
{
	unsigned h = (unsigned)v->op * 31u + (unsigned)v->type;
	h = h * 1000003u ^ (unsigned)v->auxint ^ (unsigned)((uint64_t)v->auxint >> 32);
	if (v->aux)
		for (const char *p = v->aux; *p; p++)
			h = h * 31u + (unsigned char)*p;
	if (v->local)
		h = h * 31u + (unsigned)v->local->id;
	if (v->op == OP_Phi)
		h = h * 31u + (unsigned)v->block->id;
	int ids[64];
	if (v->nargs <= 64) {
		arg_ids(v, ids);
		for (int i = 0; i < v->nargs; i++)
			h = h * 1000003u ^ (unsigned)ids[i];
	}
	return h;
}

static int same_value(const Value *a, const Value *b)
{
	if (a->op != b->op || a->type != b->type || a->auxint != b->auxint || a->nargs != b->nargs ||
	    a->local != b->local || (a->aux != b->aux && (!a->aux || !b->aux || strcmp(a->aux, b->aux))))
		return 0;
	if (a->op == OP_Phi && a->block != b->block)
		return 0;
	if (a->nargs > 64)
		return 0;
	int x[64], y[64];
	arg_ids(a, x);
	arg_ids(b, y);
	return memcmp(x, y, sizeof(int) * (size_t)a->nargs) == 0;
}

static void print_args(FILE *out, const Value *v)
{
	fprintf(out, "%s", ssa_ops[v->op].name);
	if (v->op == OP_BoundsCheck)
		fprintf(out, " [%s]", ssa_bounds[v->auxint].name);
	else if (v->op == OP_Const || v->op == OP_Arg || v->op == OP_OffPtr || v->op == OP_CallResult)
		fprintf(out, " [%lld]", (long long)v->auxint);
	if (v->aux)
		fprintf(out, " {%s}", v->aux);
	if (v->local)
		fprintf(out, " {%s}", v->local->name);
	for (int i = 0; i < v->nargs; i++)
		fprintf(out, " v%d", canon(v->args[i])->id);
}

static void visit(Gvn *g, Block *b)
{
	int mark = g->undo.len;
	for (int i = 0; i < b->values.len; i++) {
		Value *v = b->values.items[i];
		if (!numbered(v))
			continue;
		unsigned h = hash_value(v) & (unsigned)(g->size - 1);
		Entry *e = g->table[h];
		while (e && !same_value(e->v, v))
			e = e->next;
		if (e) {
			if (ssa_ops[v->op].flags & OPF_CHECK) {
				if (g->report) {
					fprintf(g->report, "  v%d removed (same ", v->id);
					print_args(g->report, v);
					fprintf(g->report, " as v%d)\n", e->v->id);
				}
				ssa_remove_value(v);
				i--;
			} else {
				if (g->report) {
					fprintf(g->report, "  v%d = v%d (same ", v->id, e->v->id);
					print_args(g->report, v);
					fprintf(g->report, ")\n");
				}
				if (!v->name)
					v->name = e->v->name;
				if (v->op == OP_Phi)
					ssa_phi_to_copy(v, e->v);
				else
					ssa_copy_of(v, e->v);
			}
			continue;
		}
		Entry *n = ARENA_NEW(g->fn->arena, Entry);
		n->v = v;
		n->next = g->table[h];
		g->table[h] = n;
		VEC_PUSH(g->fn->arena, g->undo, (int)h);
	}
	for (int i = 0; i < b->dom_children.len; i++)
		visit(g, b->dom_children.items[i]);
	while (g->undo.len > mark) {
		int h = g->undo.items[--g->undo.len];
		g->table[h] = g->table[h]->next;
	}
}

void ssa_gvn(Func *fn, FILE *report)
{
	Gvn g = {fn, report, NULL, 64, {0}};
	while (g.size < 2 * fn->values.len)
		g.size *= 2;
	g.table = arena_alloc(fn->arena, sizeof(Entry *) * (size_t)g.size);
	visit(&g, fn->entry);
}
