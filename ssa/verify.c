/* verify.c — the SSA invariants, checked after every pass (-d ssa/check).
 *
 * The invariants are listed in ssa.h.  A pass that breaks one is a
 * compiler bug, and the message names the pass, so it is found where it
 * happens rather than three passes later in the assembler.  Unreachable
 * blocks (left by the builder after a return, until dead-code elimination
 * removes them) are checked for everything but dominance.
 */
#include <stdarg.h>

#include "ssa.h"

typedef struct Verifier {
	Func *fn;
	FILE *out;
	int problems;
} Verifier;

static void problem(Verifier *vf, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(vf->out, "ssa/check: %s: ", vf->fn->name);
	vfprintf(vf->out, fmt, ap);
	fputc('\n', vf->out);
	va_end(ap);
	vf->problems++;
}

static int count_in(const BlockList *l, const Block *b)
{
	int n = 0;
	for (int i = 0; i < l->len; i++)
		n += l->items[i] == b;
	return n;
}

static void check_edges(Verifier *vf, Block *b)
{
	static const int want_succs[] = {1, 2, 0, 0};
	if (b->succs.len != want_succs[b->kind])
		problem(vf, "b%d has %d successors", b->id, b->succs.len);
	for (int i = 0; i < b->succs.len; i++) {
		Block *s = b->succs.items[i];
		if (count_in(&s->preds, b) != count_in(&b->succs, s))
			problem(vf, "edge b%d -> b%d is not in b%d's preds", b->id, s->id, s->id);
	}
	for (int i = 0; i < b->preds.len; i++) {
		Block *p = b->preds.items[i];
		if (count_in(&p->succs, b) != count_in(&b->preds, p))
			problem(vf, "b%d lists b%d as a pred, but not the other way", b->id, p->id);
	}
	switch (b->kind) {
	case BLOCK_PLAIN:
		if (b->control)
			problem(vf, "Plain b%d has a control", b->id);
		break;
	case BLOCK_IF:
		if (!b->control || b->control->type != ST_BOOL)
			problem(vf, "If b%d needs a bool control", b->id);
		break;
	case BLOCK_RET:
		if (!b->control || b->control->op != OP_Return)
			problem(vf, "Ret b%d needs a Return control", b->id);
		break;
	case BLOCK_EXIT:
		if (!b->control || (b->control->op != OP_Call && b->control->op != OP_ClosureCall && b->control->op != OP_InterCall))
			problem(vf, "Exit b%d needs a Call control", b->id);
		break;
	}
	if (b->control && b->control->block == NULL)
		problem(vf, "b%d's control v%d was removed", b->id, b->control->id);
}

/* Does the definition of x dominate the point just after position `at`
 * of block b (at = -1: the end of b)? */
static int dominates_use(const Value *x, Block *b, int at)
{
	if (x->block != b)
		return ssa_dominates(x->block, b);
	for (int i = 0; i < b->values.len; i++) {
		if (i == at)
			return 0;
		if (b->values.items[i] == x)
			return 1;
	}
	return at < 0;
}

static void check_value(Verifier *vf, Block *b, int at, int *uses)
{
	Value *v = b->values.items[at];
	const OpInfo *info = &ssa_ops[v->op];
	if (v->block != b)
		problem(vf, "v%d is in b%d but says b%d", v->id, b->id, v->block ? v->block->id : 0);
	if (vf->fn->values.items[v->id] != v)
		problem(vf, "v%d is not in the value table", v->id);
	if (info->nargs >= 0 && v->nargs != info->nargs)
		problem(vf, "v%d: %s wants %d arguments, has %d", v->id, info->name, info->nargs, v->nargs);
	if (info->type != ST_ANY && v->type != info->type)
		problem(vf, "v%d: %s is of type %s, not %s", v->id, info->name,
		        ssa_type_name(info->type), ssa_type_name(v->type));
	if (v->type == ST_ANY)
		problem(vf, "v%d has no type", v->id);
	if (v->op == OP_Phi) {
		if (v->nargs != b->preds.len)
			problem(vf, "Phi v%d has %d arguments for %d predecessors", v->id, v->nargs, b->preds.len);
		if (at > 0 && b->values.items[at - 1]->op != OP_Phi)
			problem(vf, "Phi v%d is not at the top of b%d", v->id, b->id);
	}
	if ((info->flags & OPF_MEM) && (v->nargs == 0 || v->args[v->nargs - 1]->type != ST_MEM))
		problem(vf, "v%d: %s's last argument must be memory", v->id, info->name);
	for (int i = 0; i < v->nargs; i++) {
		Value *x = v->args[i];
		uses[x->id]++;
		if (!x->block) {
			problem(vf, "v%d uses removed value v%d", v->id, x->id);
			continue;
		}
		if (x->type == ST_MEM && !(info->flags & OPF_MEM) && v->op != OP_Phi &&
		    v->op != OP_Copy && v->op != OP_CallResult)
			problem(vf, "v%d: %s takes no memory, but argument %d is v%d", v->id, info->name, i, x->id);
		if (b->rpo < 0)
			continue;
		if (v->op == OP_Phi) {
			if (i < b->preds.len && b->preds.items[i]->rpo >= 0 &&
			    !dominates_use(x, b->preds.items[i], -1))
				problem(vf, "Phi v%d: argument v%d does not dominate the end of b%d",
				        v->id, x->id, b->preds.items[i]->id);
		} else if (x->block->rpo < 0 || !dominates_use(x, b, at)) {
			problem(vf, "v%d: argument v%d does not dominate it", v->id, x->id);
		}
	}
}

/* One memory state live at a time: inside a block, every operation that
 * takes memory takes the latest one (the memory the previous store or
 * call made, or whatever memory the block started with). */
static void check_memory(Verifier *vf)
{
	Func *fn = vf->fn;
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		Value *cur = NULL;
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			if (v->op == OP_Phi) {
				if (v->type == ST_MEM)
					cur = v;
				continue;
			}
			if (v->op == OP_Copy)
				continue;   /* a copy of memory is the memory it copies */
			Value *m = NULL;
			if (ssa_ops[v->op].flags & OPF_MEM)
				m = v->args[v->nargs - 1];
			while (m && m->op == OP_Copy)
				m = m->args[0];
			if (m && cur && m != cur)
				problem(vf, "v%d uses memory v%d, but v%d is the current memory", v->id, m->id, cur->id);
			if (v->type == ST_MEM)
				cur = v;
		}
	}
}

int ssa_verify(Func *fn, FILE *out)
{
	Verifier vf = {fn, out, 0};
	if (!(fn->valid & ANALYSIS_DOM))
		ssa_dom(fn);
	int *uses = arena_alloc(fn->arena, sizeof(int) * (size_t)fn->values.len);
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		check_edges(&vf, b);
		for (int j = 0; j < b->values.len; j++)
			check_value(&vf, b, j, uses);
		if (b->control) {
			uses[b->control->id]++;
			int found = 0;
			for (int j = 0; j < b->values.len; j++)
				found |= b->values.items[j] == b->control;
			if (!found && b->rpo >= 0 && !ssa_dominates(b->control->block, b))
				problem(&vf, "b%d's control v%d does not dominate it", b->id, b->control->id);
		}
	}
	for (int i = 1; i < fn->values.len; i++) {
		Value *v = fn->values.items[i];
		if (v && v->uses != uses[i])
			problem(&vf, "v%d says %d uses, has %d", i, v->uses, uses[i]);
	}
	check_memory(&vf);
	return vf.problems;
}
