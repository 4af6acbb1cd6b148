/* constfold.c — constant folding, with Go's integer rules.
 *
 * Contract: requires nothing; may turn an If into a Plain block (changes
 * the CFG: invalidates dominators).
 *
 * An operation whose arguments are all constants is replaced by its
 * result, computed as Go defines it (Go spec: Arithmetic operators,
 * Integer overflow):
 *   - results wrap around at the type's width: int8(127) + 1 == -128;
 *   - x / -1 where x is the most negative value gives x, and x % -1 gives 0
 *     (the hardware would trap; Go does not);
 *   - shifts by 64 or more give 0, or -1 for a negative x shifted right;
 *   - division by a constant 0 is not folded: the ZeroCheck before it
 *     panics at run time, as gc's code does.
 * A check whose outcome is known is removed (BoundsCheck [index] 2 5) or
 * kept (a zero divisor).  An If on a constant keeps only the branch
 * taken; the other edge goes, and dead-code elimination removes what
 * can no longer be reached.  A few identities on one constant argument
 * are applied too: x+0, x*1, x*0, x-0, x|0, x&0, x^0, shifts by 0.
 */
#include "ssa.h"

static int fold_binary(Op op, SsaType t, int64_t x, int64_t y, int64_t *r)
{
	uint64_t ux = (uint64_t)x, uy = (uint64_t)y;
	switch (op) {
	case OP_Add: *r = (int64_t)(ux + uy); break;
	case OP_Sub: *r = (int64_t)(ux - uy); break;
	case OP_Mul: *r = (int64_t)(ux * uy); break;
	case OP_Div:
		if (y == 0) return 0;
		*r = y == -1 ? (int64_t)(0 - ux) : x / y;
		break;
	case OP_Mod:
		if (y == 0) return 0;
		*r = y == -1 ? 0 : x % y;
		break;
	case OP_Divu: if (y == 0) return 0; *r = (int64_t)(ux / uy); break;
	case OP_Modu: if (y == 0) return 0; *r = (int64_t)(ux % uy); break;
	case OP_And: *r = x & y; break;
	case OP_Or: *r = x | y; break;
	case OP_Xor: *r = x ^ y; break;
	case OP_AndNot: *r = x & ~y; break;
	case OP_Lsh: *r = uy >= 64 ? 0 : (int64_t)(ux << uy); break;
	case OP_Rshu: *r = uy >= 64 ? 0 : (int64_t)(ux >> uy); break;
	case OP_Rsh: *r = uy >= 64 ? (x < 0 ? -1 : 0) : x >> uy; break;
	case OP_Eq: *r = x == y; break;
	case OP_Neq: *r = x != y; break;
	case OP_Less: *r = x < y; break;
	case OP_Leq: *r = x <= y; break;
	case OP_Lessu: *r = ux < uy; break;
	case OP_Lequ: *r = ux <= uy; break;
	default: return 0;
	}
	*r = ssa_truncate(t, *r);
	return 1;
}

static int fold_unary(Op op, SsaType t, int64_t x, int64_t *r)
{
	switch (op) {
	case OP_Neg: *r = (int64_t)(0 - (uint64_t)x); break;
	case OP_Com: *r = ~x; break;
	case OP_Not: *r = !x; break;
	case OP_SignExt8: *r = (int8_t)x; break;
	case OP_SignExt16: *r = (int16_t)x; break;
	case OP_SignExt32: *r = (int32_t)x; break;
	case OP_ZeroExt8: *r = (uint8_t)x; break;
	case OP_ZeroExt16: *r = (uint16_t)x; break;
	case OP_ZeroExt32: *r = (uint32_t)x; break;
	default: return 0;
	}
	*r = ssa_truncate(t, *r);
	return 1;
}

static void become_const(Value *v, int64_t c)
{
	ssa_reset_args(v);
	v->op = OP_Const;
	v->auxint = ssa_truncate(v->type, c);
	v->aux = NULL;
}

/* x op c where the result is x, or a constant, without knowing x. */
static int fold_identity(Value *v)
{
	int64_t c;
	if (v->nargs != 2)
		return 0;
	Value *x = v->args[0], *y = v->args[1];
	if ((ssa_ops[v->op].flags & OPF_COMM) && ssa_is_const(x, NULL) && !ssa_is_const(y, NULL)) {
		Value *t = x; x = y; y = t;
	}
	if (!ssa_is_const(y, &c))
		return 0;
	switch (v->op) {
	case OP_Add: case OP_Sub: case OP_Or: case OP_Xor:
	case OP_Lsh: case OP_Rsh: case OP_Rshu: case OP_AndNot:
		if (c == 0) { ssa_copy_of(v, x); return 1; }
		break;
	case OP_Mul:
		if (c == 1) { ssa_copy_of(v, x); return 1; }
		if (c == 0) { become_const(v, 0); return 1; }
		break;
	case OP_And:
		if (c == 0) { become_const(v, 0); return 1; }
		if (c == -1) { ssa_copy_of(v, x); return 1; }
		break;
	case OP_Div: case OP_Divu:
		if (c == 1) { ssa_copy_of(v, x); return 1; }
		break;
	default:
		break;
	}
	return 0;
}

static int fold_check(Value *v)
{
	int64_t i, n;
	int ok;
	switch (v->op) {
	case OP_BoundsCheck:
		if (!ssa_is_const(v->args[0], &i) || !ssa_is_const(v->args[1], &n))
			return 0;
		ok = ssa_bounds[v->auxint].strict ? (uint64_t)i < (uint64_t)n : (uint64_t)i <= (uint64_t)n;
		break;
	case OP_ZeroCheck:
		if (!ssa_is_const(v->args[0], &i))
			return 0;
		ok = i != 0;
		break;
	case OP_ShiftCheck:
		if (!ssa_is_const(v->args[0], &i))
			return 0;
		ok = i >= 0;
		break;
	case OP_NilCheck: {
		/* the address of a stack slot or a global is never nil */
		const Value *p = v->args[0];
		while (p->op == OP_OffPtr)
			p = p->args[0];
		if (p->op != OP_LocalAddr && p->op != OP_Addr)
			return 0;
		ok = 1;
		break;
	}
	default:
		return 0;
	}
	if (!ok)
		return 0; /* it will panic: keep it */
	ssa_remove_value(v);
	return 1;
}

static int fold_value(Value *v)
{
	int64_t x, y, r;
	if (ssa_ops[v->op].flags & OPF_CHECK)
		return fold_check(v);
	if (!(ssa_ops[v->op].flags & OPF_PURE) || v->op == OP_Const || v->op == OP_Phi ||
	    v->op == OP_Copy || (ssa_ops[v->op].flags & OPF_MEM))
		return 0;
	if (v->nargs == 2 && ssa_is_const(v->args[0], &x) && ssa_is_const(v->args[1], &y)) {
		/* comparisons are computed on the arguments' type */
		SsaType t = v->type == ST_BOOL ? v->args[0]->type : v->type;
		if (!fold_binary(v->op, t, x, y, &r))
			return 0;
		become_const(v, r);
		return 1;
	}
	if (v->nargs == 1 && ssa_is_const(v->args[0], &x)) {
		if (!fold_unary(v->op, v->type, x, &r))
			return 0;
		become_const(v, r);
		return 1;
	}
	return fold_identity(v);
}

static int fold_branch(Func *fn, Block *b)
{
	int64_t c;
	if (b->kind != BLOCK_IF || !ssa_is_const(b->control, &c))
		return 0;
	int dead = c ? 1 : 0;                 /* the successor not taken */
	Block *s = b->succs.items[dead];
	/* edge i of b is the i-th occurrence of b among s's preds (If b -> s s
	 * has two): remove the one that matches the dead edge */
	int nth = 0;
	for (int i = 0; i < dead; i++)
		nth += b->succs.items[i] == s;
	for (int k = 0; k < s->preds.len; k++) {
		if (s->preds.items[k] == b && nth-- == 0) {
			ssa_remove_pred(s, k);
			break;
		}
	}
	b->succs.items[0] = b->succs.items[1 - dead];
	b->succs.len = 1;
	b->kind = BLOCK_PLAIN;
	ssa_set_control(b, NULL);
	fn->valid = 0;
	return 1;
}

void ssa_constfold(Func *fn)
{
	for (int changed = 1; changed;) {
		changed = 0;
		for (int i = 0; i < fn->blocks.len; i++) {
			Block *b = fn->blocks.items[i];
			for (int j = 0; j < b->values.len; j++) {
				Value *v = b->values.items[j];
				if (v->op == OP_Copy || v->op == OP_Phi)
					continue;
				for (int k = 0; k < v->nargs; k++)
					while (v->args[k]->op == OP_Copy)
						ssa_set_arg(v, k, v->args[k]->args[0]);
				if (fold_value(v)) {
					changed = 1;
					if (!v->block)
						j--; /* a check was removed from under us */
				}
			}
			if (b->control)
				while (b->control->op == OP_Copy)
					ssa_set_control(b, b->control->args[0]);
			changed |= fold_branch(fn, b);
		}
	}
}
