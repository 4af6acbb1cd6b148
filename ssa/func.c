/* func.c — creating and editing Funcs, Blocks and Values.
 *
 * Every edit of an argument list goes through ssa_add_arg / ssa_set_arg /
 * ssa_reset_args, which keep each Value's `uses` count current: the
 * dead-code pass and the register allocator trust it.
 */
#include <stdlib.h>
#include <string.h>

#include "ssa.h"

const OpInfo ssa_ops[OP_COUNT] = {
#define X(name, nargs, type, flags) {#name, nargs, type, flags},
#include "ops.def"
#undef X
};

const BoundsInfo ssa_bounds[BOUNDS_COUNT] = {
#define X(name, spelling, strict, fn) {spelling, strict, fn},
	SSA_BOUNDS(X)
#undef X
};

static const struct { const char *name; int size, sgn; } type_info[ST_COUNT] = {
#define X(name, spelling, size, sgn) {spelling, size, sgn},
	SSA_TYPES(X)
#undef X
};

const char *ssa_type_name(SsaType t) { return type_info[t].name; }
int ssa_type_size(SsaType t) { return type_info[t].size; }
int ssa_type_signed(SsaType t) { return type_info[t].sgn; }

Op ssa_op_by_name(const char *name)
{
	for (int i = 0; i < OP_COUNT; i++)
		if (strcmp(ssa_ops[i].name, name) == 0)
			return (Op)i;
	return OP_Invalid;
}

Func *ssa_new_func(Arena *a, const char *name)
{
	Func *fn = ARENA_NEW(a, Func);
	fn->arena = a;
	fn->name = name;
	fn->next_block_id = 1;
	VEC_PUSH(a, fn->values, NULL); /* ids start at 1: v1 */
	return fn;
}

Block *ssa_new_block(Func *fn, BlockKind k)
{
	Block *b = ARENA_NEW(fn->arena, Block);
	b->id = fn->next_block_id++;
	b->kind = k;
	b->func = fn;
	b->rpo = -1;
	b->pos = POS_NONE;
	VEC_PUSH(fn->arena, fn->blocks, b);
	fn->valid = 0;
	return b;
}

Value *ssa_new_value(Block *b, Op op, SsaType t, Pos pos)
{
	Func *fn = b->func;
	Value *v = ARENA_NEW(fn->arena, Value);
	v->id = fn->values.len;
	v->op = op;
	v->type = ssa_ops[op].type == ST_ANY ? t : ssa_ops[op].type;
	v->block = b;
	v->pos = pos;
	VEC_PUSH(fn->arena, fn->values, v);
	VEC_PUSH(fn->arena, b->values, v);
	return v;
}

Value *ssa_value0(Block *b, Op op, SsaType t, Pos pos, int64_t auxint)
{
	Value *v = ssa_new_value(b, op, t, pos);
	v->auxint = auxint;
	return v;
}

Value *ssa_value1(Block *b, Op op, SsaType t, Pos pos, Value *x)
{
	Value *v = ssa_new_value(b, op, t, pos);
	ssa_add_arg(v, x);
	return v;
}

Value *ssa_value2(Block *b, Op op, SsaType t, Pos pos, Value *x, Value *y)
{
	Value *v = ssa_value1(b, op, t, pos, x);
	ssa_add_arg(v, y);
	return v;
}

Value *ssa_value3(Block *b, Op op, SsaType t, Pos pos, Value *x, Value *y, Value *z)
{
	Value *v = ssa_value2(b, op, t, pos, x, y);
	ssa_add_arg(v, z);
	return v;
}

void ssa_add_arg(Value *v, Value *arg)
{
	if (v->nargs == v->cap_args) {
		int n = v->cap_args ? v->cap_args * 2 : 2;
		v->args = arena_grow(v->block->func->arena, v->args, (size_t)v->cap_args,
		                     (size_t)n, sizeof(Value *));
		v->cap_args = n;
	}
	v->args[v->nargs++] = arg;
	arg->uses++;
}

void ssa_set_arg(Value *v, int i, Value *arg)
{
	arg->uses++;
	v->args[i]->uses--;
	v->args[i] = arg;
}

void ssa_reset_args(Value *v)
{
	for (int i = 0; i < v->nargs; i++)
		v->args[i]->uses--;
	v->nargs = 0;
}

void ssa_set_control(Block *b, Value *v)
{
	if (v)
		v->uses++;
	if (b->control)
		b->control->uses--;
	b->control = v;
}

void ssa_add_edge(Block *from, Block *to)
{
	Arena *a = from->func->arena;
	VEC_PUSH(a, from->succs, to);
	VEC_PUSH(a, to->preds, from);
	from->func->valid = 0;
}

Block *ssa_edge_target(Block *b, int i) { return b->succs.items[i]; }

/* Removes preds[i] of b and the matching argument of each Phi. */
void ssa_remove_pred(Block *b, int i)
{
	for (int j = i; j + 1 < b->preds.len; j++)
		b->preds.items[j] = b->preds.items[j + 1];
	b->preds.len--;
	for (int k = 0; k < b->values.len; k++) {
		Value *v = b->values.items[k];
		if (v->op != OP_Phi)
			continue;
		v->args[i]->uses--;
		for (int j = i; j + 1 < v->nargs; j++)
			v->args[j] = v->args[j + 1];
		v->nargs--;
	}
	b->func->valid = 0;
}

void ssa_remove_value(Value *v)
{
	Block *b = v->block;
	ssa_reset_args(v);
	for (int i = 0; i < b->values.len; i++) {
		if (b->values.items[i] == v) {
			memmove(&b->values.items[i], &b->values.items[i + 1],
			        (size_t)(b->values.len - i - 1) * sizeof(Value *));
			b->values.len--;
			break;
		}
	}
	b->func->values.items[v->id] = NULL;
	v->block = NULL;
}

void ssa_copy_of(Value *v, Value *x)
{
	x->uses++; /* before reset: x may be one of v's arguments */
	ssa_reset_args(v);
	v->op = OP_Copy;
	v->auxint = 0;
	v->aux = NULL;
	v->local = NULL;
	ssa_add_arg(v, x);
	x->uses--;
}

/* A Phi found to be x becomes Copy x, moved below the block's remaining
 * Phis (they stay at the top). */
void ssa_phi_to_copy(Value *phi, Value *x)
{
	Block *b = phi->block;
	ssa_copy_of(phi, x);
	int i = 0;
	while (b->values.items[i] != phi)
		i++;
	while (i + 1 < b->values.len && b->values.items[i + 1]->op == OP_Phi) {
		b->values.items[i] = b->values.items[i + 1];
		b->values.items[i + 1] = phi;
		i++;
	}
}

void ssa_replace_uses(Func *fn, Value *old, Value *with)
{
	for (int i = 1; i < fn->values.len; i++) {
		Value *v = fn->values.items[i];
		if (!v)
			continue;
		for (int j = 0; j < v->nargs; j++)
			if (v->args[j] == old)
				ssa_set_arg(v, j, with);
	}
	for (int i = 0; i < fn->blocks.len; i++)
		if (fn->blocks.items[i]->control == old)
			ssa_set_control(fn->blocks.items[i], with);
}

Local *ssa_new_local(Func *fn, const char *name, int64_t size, int64_t align)
{
	Local *l = ARENA_NEW(fn->arena, Local);
	l->name = name;
	l->size = size;
	l->align = align < 1 ? 1 : align;
	l->id = fn->locals.len;
	VEC_PUSH(fn->arena, fn->locals, l);
	return l;
}

int64_t ssa_truncate(SsaType t, int64_t c)
{
	switch (t) {
	case ST_BOOL: return c != 0;
	case ST_INT8: return (int8_t)c;
	case ST_INT16: return (int16_t)c;
	case ST_INT32: return (int32_t)c;
	case ST_UINT8: return (uint8_t)c;
	case ST_UINT16: return (uint16_t)c;
	case ST_UINT32: return (uint32_t)c;
	default: return c;
	}
}

Value *ssa_const(Block *b, SsaType t, int64_t c, Pos pos)
{
	return ssa_value0(b, OP_Const, t, pos, ssa_truncate(t, c));
}

int ssa_is_const(const Value *v, int64_t *c)
{
	if (v->op != OP_Const)
		return 0;
	if (c)
		*c = v->auxint;
	return 1;
}
