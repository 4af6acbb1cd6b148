/* emit.c — arm64 instruction selection and GNU as output.
 *
 * The same SSA and the same register allocation as amd64 (codegen/), a
 * different machine.  What changes, and what a student should look for
 * side by side (doc/codegen.md):
 *
 *   - three-operand instructions: `v7 = Sub v3 v4` is one `sub x9, x10,
 *     x11`, with no move to set up a two-operand form;
 *   - loads and stores are the only instructions that touch memory: a
 *     spilled operand is loaded into a scratch register first;
 *   - immediates are small (12 bits for add, sub and cmp), so a large
 *     constant is built 16 bits at a time with movz and movk, and a frame
 *     offset that does not fit an addressing mode is added up in x8;
 *   - division does not trap: sdiv gives x for x / -1 even at the most
 *     negative x (Go's rule) and 0 for x / 0 (the ZeroCheck before it has
 *     already panicked), and remainder is msub(x - (x/y)*y);
 *   - shifts take the count modulo 64, so Go's "64 or more gives 0" is a
 *     compare and a csel;
 *   - compare results are materialized with cset; branches test the flags
 *     with b.cond, whose reach is +-1 MiB: a function too big for that
 *     branches around an unconditional b instead.
 *
 * The frame, from sp upwards:
 *
 *     [sp ...]        outgoing stack arguments of the calls we make
 *                     locals, then spill slots
 *                     callee-saved registers this function uses
 *     [x29]           the frame record: the caller's x29, then x30 (return
 *                     address) — set up by stp x29, x30, [sp, #-16]!
 *     [x29+16 ...]    our own stack arguments
 *
 * sp stays 16-byte aligned, as AArch64 requires of any sp-based access.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/abi.h"
#include "../codegen.h"

extern const CgRegs arm64_regs;

enum { X0 = 0, X1 = 1, X8 = 8, X16 = 16, X17 = 17, X29 = 29, X30 = 30, SP = 31 };

static const char *const wreg[32] = {
	"w0", "w1", "w2", "w3", "w4", "w5", "w6", "w7",
	"w8", "w9", "w10", "w11", "w12", "w13", "w14", "w15",
	"w16", "w17", "w18", "w19", "w20", "w21", "w22", "w23",
	"w24", "w25", "w26", "w27", "w28", "w29", "w30", "wsp",
};
#define XR(r) (arm64_regs.names[r])

typedef struct Stub {
	int label;
	Value *check;
} Stub;

typedef struct Emitter {
	Cg *cg;
	FILE *out;
	Func *fn;
	Alloc *al;
	int ncs;
	int cs[16];
	int64_t cs_base;        /* sp offset of the saved registers */
	int64_t spill_base;     /* sp offset of spill slot 0 */
	int64_t frame;          /* bytes below the frame record */
	int far;                /* the function may be too big for b.cond's reach */
	int fnum;               /* this function's number in the file, for labels */
	char comment[256];
	VEC(Stub) stubs;
	int next;
} Emitter;

static void ins(Emitter *E, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void ins(Emitter *E, const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (E->comment[0]) {
		fprintf(E->out, "\t%-32s// %s\n", buf, E->comment);
		E->comment[0] = 0;
	} else {
		fprintf(E->out, "\t%s\n", buf);
	}
}

static void annotate(Emitter *E, Value *v)
{
	cg_annotation(E->cg, v, E->comment, sizeof E->comment);
}

/* ---- constants, addresses, operands ------------------------------------------------ */

static int loc(Emitter *E, const Value *v) { return E->al->loc[v->id]; }
static int64_t spill_off(Emitter *E, int l) { return E->spill_base + 8 * (-1 - l); }
static int64_t const_of(const Value *v) { return v->op == OP_Undef ? 0 : v->auxint; }
static int is_constlike(const Value *v) { return v->op == OP_Const || v->op == OP_Undef; }
static int is_imm12(int64_t c) { return c >= 0 && c <= 4095; }

/* c into register r, 16 bits at a time where it must be */
static void mov_imm(Emitter *E, int r, int64_t c)
{
	if (c == 0) {
		ins(E, "mov %s, xzr", XR(r));
		return;
	}
	if ((c >= 0 && c <= 0xFFFF) || (c < 0 && c >= -0x10000)) {
		ins(E, "mov %s, #%lld", XR(r), (long long)c);
		return;
	}
	uint64_t u = (uint64_t)c;
	int first = 1;
	for (int sh = 0; sh < 64; sh += 16) {
		unsigned part = (unsigned)(u >> sh) & 0xFFFF;
		if (!part)
			continue;
		ins(E, "%s %s, #%u, lsl #%d", first ? "movz" : "movk", XR(r), part, sh);
		first = 0;
	}
}

/* dst = base + off (dst may be base) */
static void add_imm(Emitter *E, int dst, int base, int64_t off)
{
	if (is_imm12(off)) {
		if (off || dst != base)
			ins(E, "add %s, %s, #%lld", XR(dst), XR(base), (long long)off);
	} else if (off < 0 && is_imm12(-off)) {
		ins(E, "sub %s, %s, #%lld", XR(dst), XR(base), (long long)-off);
	} else {
		int t = dst == base ? X8 : dst;
		if (t == base)
			t = X17;
		mov_imm(E, t, off);
		ins(E, "add %s, %s, %s", XR(dst), XR(base), XR(t));
	}
}

/* "[base, #off]" for an access of `size` bytes, or the address built in x8 */
static const char *mem_at(Emitter *E, int base, int64_t off, int size, char *buf, size_t n)
{
	if (off >= 0 && off % size == 0 && off / size <= 4095) {
		if (off)
			snprintf(buf, n, "[%s, #%lld]", XR(base), (long long)off);
		else
			snprintf(buf, n, "[%s]", XR(base));
		return buf;
	}
	add_imm(E, X8, base, off);
	snprintf(buf, n, "[x8]");
	return buf;
}

static int in_reg(Emitter *E, Value *v, int scratch)
{
	char b[64];
	int l = loc(E, v);
	if (l >= 0)
		return l;
	if (l != LOC_NONE) {
		ins(E, "ldr %s, %s", XR(scratch), mem_at(E, SP, spill_off(E, l), 8, b, sizeof b));
		return scratch;
	}
	switch (v->op) {
	case OP_Const: case OP_Undef:
		mov_imm(E, scratch, const_of(v));
		return scratch;
	case OP_Addr:
		cg_note_extern(E->cg, v->aux);
		ins(E, "adrp %s, %s", XR(scratch), v->aux);
		ins(E, "add %s, %s, :lo12:%s", XR(scratch), XR(scratch), v->aux);
		return scratch;
	case OP_LocalAddr:
		add_imm(E, scratch, SP, v->local->offset);
		return scratch;
	default:
		break;
	}
	fprintf(stderr, "internal compiler error: v%d (%s) has no location (codegen/arm64/emit.c)\n",
	        v->id, ssa_ops[v->op].name);
	exit(3);
}

static void to_reg(Emitter *E, Value *v, int r)
{
	int l = loc(E, v);
	if (l == r)
		return;
	if (l >= 0)
		ins(E, "mov %s, %s", XR(r), XR(l));
	else
		in_reg(E, v, r);
}

static int dst_reg(Emitter *E, Value *v) { return loc(E, v) >= 0 ? loc(E, v) : X16; }

static void finish_dst(Emitter *E, Value *v, int r)
{
	char b[64];
	int l = loc(E, v);
	if (l >= 0) {
		if (l != r)
			ins(E, "mov %s, %s", XR(l), XR(r));
	} else if (l != LOC_NONE) {
		ins(E, "str %s, %s", XR(r), mem_at(E, SP, spill_off(E, l), 8, b, sizeof b));
	}
}

static void move_loc(Emitter *E, int dst, int src)
{
	char b[64];
	if (dst == src)
		return;
	if (dst >= 0 && src >= 0)
		ins(E, "mov %s, %s", XR(dst), XR(src));
	else if (dst >= 0)
		ins(E, "ldr %s, %s", XR(dst), mem_at(E, SP, spill_off(E, src), 8, b, sizeof b));
	else if (src >= 0)
		ins(E, "str %s, %s", XR(src), mem_at(E, SP, spill_off(E, dst), 8, b, sizeof b));
	else {
		ins(E, "ldr x17, %s", mem_at(E, SP, spill_off(E, src), 8, b, sizeof b));
		ins(E, "str x17, %s", mem_at(E, SP, spill_off(E, dst), 8, b, sizeof b));
	}
}

static void parallel_moves(Emitter *E, CgMove *moves, int n)
{
	n = cg_sequentialize(moves, n, X16);
	for (int i = 0; i < n; i++) {
		CgMove *m = &moves[i];
		if (!m->src_value) {
			move_loc(E, m->dst, m->src);
		} else if (m->dst >= 0) {
			in_reg(E, m->src_value, m->dst);
		} else {
			int r = in_reg(E, m->src_value, X17);
			move_loc(E, m->dst, r);
		}
	}
}

/* The memory operand for p + off: sp-relative for locals, x8 for globals
 * and spilled pointers. */
static const char *address(Emitter *E, Value *p, int64_t off, int size, int index_scratch, char *buf,
                           size_t n)
{
	if (loc(E, p) == LOC_NONE && p->op == OP_LocalAddr)
		return mem_at(E, SP, p->local->offset + off, size, buf, n);
	if (loc(E, p) == LOC_NONE && p->op == OP_Addr) {
		cg_note_extern(E->cg, p->aux);
		ins(E, "adrp x8, %s", p->aux);
		ins(E, "add x8, x8, :lo12:%s", p->aux);
		return mem_at(E, X8, off, size, buf, n);
	}
	if (E->al->folded[p->id] && p->op == OP_AddPtr && off == 0) {
		/* base + index, the index scaled by the access size: [x9, x10, lsl #3] */
		Value *idx = p->args[1];
		int shift = 0;
		if (E->al->folded[idx->id]) {
			shift = size == 8 ? 3 : size == 4 ? 2 : 1;
			idx = idx->args[0];
		}
		int b = in_reg(E, p->args[0], X8);
		int i = in_reg(E, idx, index_scratch);
		if (shift)
			snprintf(buf, n, "[%s, %s, lsl #%d]", XR(b), XR(i), shift);
		else
			snprintf(buf, n, "[%s, %s]", XR(b), XR(i));
		return buf;
	}
	int r = in_reg(E, p, X8);
	return mem_at(E, r, off, size, buf, n);
}

/* ---- values ------------------------------------------------------------------------------ */

static void binop(Emitter *E, Value *v, const char *mn)
{
	Value *x = v->args[0], *y = v->args[1];
	int d = dst_reg(E, v);
	if (E->al->folded[x->id] && !E->al->folded[y->id]) {
		Value *t = x; x = y; y = t;   /* only commutative ops fold arg 0 */
	}
	if (E->al->folded[y->id] && y->op == OP_Mul) {
		/* x + a*b in one instruction (x - a*b: msub) */
		int xr = in_reg(E, x, X16);
		int ar = in_reg(E, y->args[0], X17);
		int br = in_reg(E, y->args[1], X8);
		ins(E, "%s %s, %s, %s, %s", v->op == OP_Add ? "madd" : "msub", XR(d), XR(ar), XR(br), XR(xr));
		finish_dst(E, v, d);
		return;
	}
	if (E->al->folded[y->id]) {
		/* x op (z shifted by a constant): the shift rides on the operand */
		const char *sh = y->op == OP_Lsh ? "lsl" : y->op == OP_Rsh ? "asr" : "lsr";
		int xr = in_reg(E, x, X16);
		int zr = in_reg(E, y->args[0], X17);
		ins(E, "%s %s, %s, %s, %s #%lld", mn, XR(d), XR(xr), XR(zr), sh, (long long)y->args[1]->auxint);
		finish_dst(E, v, d);
		return;
	}
	if ((v->op == OP_Add || v->op == OP_Sub) && is_constlike(x) && loc(E, x) == LOC_NONE &&
	    v->op == OP_Add) {
		Value *t = x; x = y; y = t;
	}
	if ((v->op == OP_Add || v->op == OP_Sub) && is_constlike(y) && loc(E, y) == LOC_NONE) {
		int64_t c = const_of(y);
		int xr = in_reg(E, x, X16);
		if (is_imm12(c)) {
			ins(E, "%s %s, %s, #%lld", mn, XR(d), XR(xr), (long long)c);
			finish_dst(E, v, d);
			return;
		}
		if (is_imm12(-c)) {
			ins(E, "%s %s, %s, #%lld", v->op == OP_Add ? "sub" : "add", XR(d), XR(xr), (long long)-c);
			finish_dst(E, v, d);
			return;
		}
	}
	int xr = in_reg(E, x, X16);
	int yr = in_reg(E, y, X17);
	ins(E, "%s %s, %s, %s", mn, XR(d), XR(xr), XR(yr));
	finish_dst(E, v, d);
}

static void divide(Emitter *E, Value *v)
{
	int xr = in_reg(E, v->args[0], X16);
	int yr = in_reg(E, v->args[1], X17);
	int d = dst_reg(E, v);
	int sgn = v->op == OP_Div || v->op == OP_Mod;
	if (v->op == OP_Div || v->op == OP_Divu) {
		ins(E, "%s %s, %s, %s", sgn ? "sdiv" : "udiv", XR(d), XR(xr), XR(yr));
	} else {
		ins(E, "%s x8, %s, %s", sgn ? "sdiv" : "udiv", XR(xr), XR(yr));
		ins(E, "msub %s, x8, %s, %s", XR(d), XR(yr), XR(xr));
	}
	finish_dst(E, v, d);
}

static void shift(Emitter *E, Value *v)
{
	Value *x = v->args[0], *y = v->args[1];
	const char *mn = v->op == OP_Lsh ? "lsl" : v->op == OP_Rsh ? "asr" : "lsr";
	int d = dst_reg(E, v);
	int xr = in_reg(E, x, X16);
	if (is_constlike(y) && loc(E, y) == LOC_NONE) {
		uint64_t c = (uint64_t)const_of(y);
		if (c < 64)
			ins(E, "%s %s, %s, #%llu", mn, XR(d), XR(xr), (unsigned long long)c);
		else if (v->op == OP_Rsh)
			ins(E, "asr %s, %s, #63", XR(d), XR(xr));
		else
			ins(E, "mov %s, xzr", XR(d));
		finish_dst(E, v, d);
		return;
	}
	int yr = in_reg(E, y, X17);
	if (v->op == OP_Rsh) {
		/* counts above 63 shift by 63: all sign bits */
		ins(E, "mov x8, #63");
		ins(E, "cmp %s, #63", XR(yr));
		ins(E, "csel x8, %s, x8, ls", XR(yr));
		ins(E, "asr %s, %s, x8", XR(d), XR(xr));
	} else {
		ins(E, "%s x8, %s, %s", mn, XR(xr), XR(yr));
		ins(E, "cmp %s, #64", XR(yr));
		ins(E, "csel %s, x8, xzr, lo", XR(d));
	}
	finish_dst(E, v, d);
}

static const char *cond_code(Op op)
{
	switch (op) {
	case OP_Eq: return "eq";
	case OP_Neq: return "ne";
	case OP_Less: return "lt";
	case OP_Leq: return "le";
	case OP_Lessu: return "lo";
	case OP_Lequ: return "ls";
	default: return "?";
	}
}

static const char *swap_cond(const char *cc)
{
	static const char *pairs[][2] = {{"eq", "eq"}, {"ne", "ne"}, {"lt", "gt"}, {"gt", "lt"},
	                                 {"le", "ge"}, {"ge", "le"}, {"lo", "hi"}, {"hi", "lo"},
	                                 {"ls", "hs"}, {"hs", "ls"}};
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
		if (strcmp(pairs[i][0], cc) == 0)
			return pairs[i][1];
	return cc;
}

static const char *negate_cond(const char *cc)
{
	static const char *pairs[][2] = {{"eq", "ne"}, {"ne", "eq"}, {"lt", "ge"}, {"ge", "lt"},
	                                 {"le", "gt"}, {"gt", "le"}, {"lo", "hs"}, {"hs", "lo"},
	                                 {"ls", "hi"}, {"hi", "ls"}};
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
		if (strcmp(pairs[i][0], cc) == 0)
			return pairs[i][1];
	return cc;
}

/* cmp x, y; the condition under which x op y holds */
static const char *compare_values(Emitter *E, Value *x, Value *y, const char *cc)
{
	if (is_constlike(x) && loc(E, x) == LOC_NONE && !(is_constlike(y) && loc(E, y) == LOC_NONE)) {
		Value *t = x; x = y; y = t;
		cc = swap_cond(cc);
	}
	int xr = in_reg(E, x, X16);
	if (is_constlike(y) && loc(E, y) == LOC_NONE && is_imm12(const_of(y))) {
		ins(E, "cmp %s, #%lld", XR(xr), (long long)const_of(y));
	} else if (is_constlike(y) && loc(E, y) == LOC_NONE && is_imm12(-const_of(y))) {
		ins(E, "cmn %s, #%lld", XR(xr), (long long)-const_of(y));
	} else {
		int yr = in_reg(E, y, X17);
		ins(E, "cmp %s, %s", XR(xr), XR(yr));
	}
	return cc;
}

static const char *compare(Emitter *E, Value *v)
{
	return compare_values(E, v->args[0], v->args[1], cond_code(v->op));
}

static void load(Emitter *E, Value *v)
{
	char b[96];
	int size = ssa_type_size(v->type);
	if (size == 0)
		size = 8;
	const char *a = address(E, v->args[0], 0, size, X17, b, sizeof b);
	int d = dst_reg(E, v);
	switch (v->type) {
	case ST_INT8: ins(E, "ldrsb %s, %s", XR(d), a); break;
	case ST_UINT8: case ST_BOOL: ins(E, "ldrb %s, %s", wreg[d], a); break;
	case ST_INT16: ins(E, "ldrsh %s, %s", XR(d), a); break;
	case ST_UINT16: ins(E, "ldrh %s, %s", wreg[d], a); break;
	case ST_INT32: ins(E, "ldrsw %s, %s", XR(d), a); break;
	case ST_UINT32: ins(E, "ldr %s, %s", wreg[d], a); break;
	default: ins(E, "ldr %s, %s", XR(d), a); break;
	}
	finish_dst(E, v, d);
}

static void store(Emitter *E, Value *v)
{
	char b[96];
	Value *x = v->args[1];
	int size = (int)v->auxint;
	const char *rn;
	if (is_constlike(x) && loc(E, x) == LOC_NONE && const_of(x) == 0) {
		rn = size == 8 ? "xzr" : "wzr";
	} else {
		int r = in_reg(E, x, X17);
		rn = size == 8 ? XR(r) : wreg[r];
	}
	const char *a = address(E, v->args[0], 0, size, X16, b, sizeof b);
	const char *mn = size == 1 ? "strb" : size == 2 ? "strh" : "str";
	ins(E, "%s %s, %s", mn, rn, a);
}

enum { BLOCK_INLINE_MAX = 128 };

/* The base register and offset of an address for a run of accesses of
 * 8, then 4, 2 and 1 bytes: a local at an 8-aligned offset near sp is
 * addressed from sp; anything else gets its address in `scratch`. */
static int block_base(Emitter *E, Value *p, int scratch, int64_t *off)
{
	if (loc(E, p) == LOC_NONE && p->op == OP_LocalAddr && p->local->offset % 8 == 0 &&
	    p->local->offset + BLOCK_INLINE_MAX <= 4095) {
		*off = p->local->offset;
		return SP;
	}
	*off = 0;
	return in_reg(E, p, scratch);
}

static void block_op(Emitter *E, Value *v)
{
	int is_move = v->op == OP_Move;
	int64_t doff, soff = 0;
	/* the source first: loading a far spilled pointer may pass through x8 */
	int sb = is_move ? block_base(E, v->args[1], X17, &soff) : 0;
	int db = block_base(E, v->args[0], X8, &doff);
	char b1[64], b2[64];
	for (int64_t off = 0; off < v->auxint;) {
		int64_t left = v->auxint - off;
		int chunk = left >= 8 ? 8 : left >= 4 ? 4 : left >= 2 ? 2 : 1;
		const char *st = chunk == 1 ? "strb" : chunk == 2 ? "strh" : "str";
		const char *ld = chunk == 1 ? "ldrb" : chunk == 2 ? "ldrh" : "ldr";
		const char *r = chunk == 8 ? "x16" : "w16";
		if (is_move) {
			snprintf(b2, sizeof b2, "[%s, #%lld]", XR(sb), (long long)(soff + off));
			ins(E, "%s %s, %s", ld, r, b2);
		} else {
			r = chunk == 8 ? "xzr" : "wzr";
		}
		snprintf(b1, sizeof b1, "[%s, #%lld]", XR(db), (long long)(doff + off));
		ins(E, "%s %s, %s", st, r, b1);
		off += chunk;
	}
}

static void call_with_closure(Emitter *E, const char *sym, Value *closure, Value **args, int nargs);

static void call_with(Emitter *E, const char *sym, Value **args, int nargs)
{
	call_with_closure(E, sym, NULL, args, nargs);
}

/* stack words, then the register words (and a func value's closure
 * pointer, into x15) all at once; a func value is called through the code
 * pointer at the start of its closure */
static void call_with_closure(Emitter *E, const char *sym, Value *closure, Value **args, int nargs)
{
	const CgRegs *R = &arm64_regs;
	char b[64];
	for (int k = R->narg_regs; k < nargs; k++) {
		int r = in_reg(E, args[k], X16);
		ins(E, "str %s, %s", XR(r), mem_at(E, SP, 8 * (k - R->narg_regs), 8, b, sizeof b));
	}
	CgMove moves[2 * 9 + 1];
	int n = 0;
	for (int k = 0; k < nargs && k < R->narg_regs; k++) {
		int l = loc(E, args[k]);
		moves[n++] = l == LOC_NONE ? (CgMove){R->arg_regs[k], 0, args[k]}
		                           : (CgMove){R->arg_regs[k], l, NULL};
	}
	if (closure) {
		int l = loc(E, closure);
		moves[n++] = l == LOC_NONE ? (CgMove){R->context_reg, 0, closure}
		                           : (CgMove){R->context_reg, l, NULL};
	}
	parallel_moves(E, moves, n);
	if (closure) {
		ins(E, "ldr x16, [%s]", XR(R->context_reg));
		ins(E, "blr x16");
		return;
	}
	cg_note_extern(E->cg, sym);
	ins(E, "bl %s", sym);
}

/* b.cond to a label; around an unconditional b when the function is big */
static void branch_if(Emitter *E, const char *cc, const char *label)
{
	if (!E->far) {
		ins(E, "b.%s %s", cc, label);
		return;
	}
	int skip = E->cg->label++;
	ins(E, "b.%s .Lskip%d", negate_cond(cc), skip);
	ins(E, "b %s", label);
	fprintf(E->out, ".Lskip%d:\n", skip);
}

static void epilogue(Emitter *E)
{
	char b[64];
	for (int i = 0; i < E->ncs; i++)
		ins(E, "ldr %s, %s", XR(E->cs[i]), mem_at(E, SP, E->cs_base + 8 * i, 8, b, sizeof b));
	ins(E, "mov sp, x29");
	ins(E, "ldp x29, x30, [sp], #16");
	ins(E, "ret");
}

static void emit_value(Emitter *E, Value *v)
{
	char b[96];
	int d;
	switch (v->op) {
	case OP_InitMem: case OP_Arg: case OP_Phi: case OP_Const: case OP_Undef: case OP_Addr:
	case OP_LocalAddr: case OP_Context:
		return;
	default:
		break;
	}
	if (E->al->folded[v->id])
		return;   /* its user's instruction computes it */
	if (loc(E, v) == LOC_NONE && (ssa_ops[v->op].flags & OPF_PURE) && v->type != ST_VOID &&
	    v->type != ST_MEM)
		return;   /* unused */
	annotate(E, v);
	switch (v->op) {
	case OP_Copy:
		d = dst_reg(E, v);
		to_reg(E, v->args[0], d);
		finish_dst(E, v, d);
		break;
	case OP_Add: binop(E, v, "add"); break;
	case OP_Sub: binop(E, v, "sub"); break;
	case OP_Mul: binop(E, v, "mul"); break;
	case OP_And: binop(E, v, "and"); break;
	case OP_Or: binop(E, v, "orr"); break;
	case OP_Xor: binop(E, v, "eor"); break;
	case OP_AndNot: binop(E, v, "bic"); break;
	case OP_Div: case OP_Divu: case OP_Mod: case OP_Modu: divide(E, v); break;
	case OP_Lsh: case OP_Rsh: case OP_Rshu: shift(E, v); break;
	case OP_Neg: case OP_Com: case OP_Not: {
		int s = in_reg(E, v->args[0], X16);
		d = dst_reg(E, v);
		if (v->op == OP_Not)
			ins(E, "eor %s, %s, #1", XR(d), XR(s));
		else
			ins(E, "%s %s, %s", v->op == OP_Neg ? "neg" : "mvn", XR(d), XR(s));
		finish_dst(E, v, d);
		break;
	}
	case OP_SignExt8: case OP_SignExt16: case OP_SignExt32:
	case OP_ZeroExt8: case OP_ZeroExt16: case OP_ZeroExt32: {
		int s = in_reg(E, v->args[0], X16);
		d = dst_reg(E, v);
		switch (v->op) {
		case OP_SignExt8: ins(E, "sxtb %s, %s", XR(d), wreg[s]); break;
		case OP_SignExt16: ins(E, "sxth %s, %s", XR(d), wreg[s]); break;
		case OP_SignExt32: ins(E, "sxtw %s, %s", XR(d), wreg[s]); break;
		case OP_ZeroExt8: ins(E, "uxtb %s, %s", wreg[d], wreg[s]); break;
		case OP_ZeroExt16: ins(E, "uxth %s, %s", wreg[d], wreg[s]); break;
		default: ins(E, "mov %s, %s", wreg[d], wreg[s]); break;
		}
		finish_dst(E, v, d);
		break;
	}
	case OP_Eq: case OP_Neq: case OP_Less: case OP_Leq: case OP_Lessu: case OP_Lequ:
		{
			const char *cc = compare(E, v);
			d = dst_reg(E, v);
			ins(E, "cset %s, %s", XR(d), cc);
			finish_dst(E, v, d);
		}
		break;
	case OP_CondSelect: {
		/* csel: d = c ? x : y.  mov, movz, adrp, ldr and add keep the flags */
		Value *c = v->args[2];
		const char *cc;
		if (E->al->folded[c->id]) {
			cc = compare(E, c);
		} else {
			int cr = in_reg(E, c, X8);
			ins(E, "cmp %s, #0", XR(cr));
			cc = "ne";
		}
		int xr = in_reg(E, v->args[0], X16);
		int yr = in_reg(E, v->args[1], X17);
		d = dst_reg(E, v);
		ins(E, "csel %s, %s, %s, %s", XR(d), XR(xr), XR(yr), cc);
		finish_dst(E, v, d);
		break;
	}
	case OP_OffPtr: {
		d = dst_reg(E, v);
		Value *p = v->args[0];
		if (loc(E, p) == LOC_NONE && p->op == OP_LocalAddr) {
			add_imm(E, d, SP, p->local->offset + v->auxint);
		} else {
			int pr = in_reg(E, p, X16);
			add_imm(E, d, pr, v->auxint);
		}
		finish_dst(E, v, d);
		break;
	}
	case OP_AddPtr: {
		int p = in_reg(E, v->args[0], X16);
		int i = in_reg(E, v->args[1], X17);
		d = dst_reg(E, v);
		ins(E, "add %s, %s, %s", XR(d), XR(p), XR(i));
		finish_dst(E, v, d);
		break;
	}
	case OP_Load: load(E, v); break;
	case OP_Store: store(E, v); break;
	case OP_Move: case OP_Zero:
		if (v->auxint <= BLOCK_INLINE_MAX) {
			block_op(E, v);
		} else {
			int l0 = loc(E, v->args[0]);
			CgMove moves[6];
			int n = 0;
			moves[n++] = l0 == LOC_NONE ? (CgMove){X0, 0, v->args[0]} : (CgMove){X0, l0, NULL};
			if (v->op == OP_Move) {
				int l1 = loc(E, v->args[1]);
				moves[n++] = l1 == LOC_NONE ? (CgMove){X1, 0, v->args[1]} : (CgMove){X1, l1, NULL};
			}
			parallel_moves(E, moves, n);
			if (v->op == OP_Zero)
				ins(E, "mov x1, xzr");
			mov_imm(E, 2, v->auxint);
			const char *fn = v->op == OP_Move ? "memmove" : "memset";
			cg_note_extern(E->cg, fn);
			ins(E, "bl %s", fn);
		}
		break;
	case OP_Call:
		call_with(E, v->aux, v->args, v->nargs - 1);
		if (v->call_noreturn)
			ins(E, "brk #0");
		break;
	case OP_ClosureCall:
	case OP_InterCall:
		call_with_closure(E, NULL, v->args[0], v->args + 1, v->nargs - 2);
		if (v->call_noreturn)
			ins(E, "brk #0");
		break;
	case OP_CallResult:
		finish_dst(E, v, arm64_regs.ret_regs[v->auxint]);
		break;
	case OP_Return:
		for (int i = 0; i + 1 < v->nargs; i++)
			to_reg(E, v->args[i], arm64_regs.ret_regs[i]);
		epilogue(E);
		break;
	case OP_BoundsCheck: {
		int strict = ssa_bounds[v->auxint].strict;
		int stub = E->cg->label++;
		const char *cc = compare_values(E, v->args[0], v->args[1], strict ? "hs" : "hi");
		snprintf(b, sizeof b, ".Lpanic%d", stub);
		branch_if(E, cc, b);
		VEC_PUSH(E->cg->arena, E->stubs, ((Stub){stub, v}));
		break;
	}
	case OP_ZeroCheck: case OP_NilCheck: case OP_ShiftCheck: {
		int stub = E->cg->label++;
		Value *x = v->args[0];
		snprintf(b, sizeof b, ".Lpanic%d", stub);
		if (loc(E, x) == LOC_NONE) {
			/* a constant, or an address (never nil) */
			int64_t c = is_constlike(x) ? const_of(x) : 1;
			if (v->op == OP_ShiftCheck ? c < 0 : c == 0)
				ins(E, "b %s", b);
		} else {
			int r = in_reg(E, x, X16);
			ins(E, "cmp %s, #0", XR(r));
			branch_if(E, v->op == OP_ShiftCheck ? "lt" : "eq", b);
		}
		VEC_PUSH(E->cg->arena, E->stubs, ((Stub){stub, v}));
		break;
	}
	default:
		fprintf(stderr, "internal compiler error: no arm64 code for %s (codegen/arm64/emit.c)\n",
		        ssa_ops[v->op].name);
		exit(3);
	}
	E->comment[0] = 0;
}

static void emit_stubs(Emitter *E)
{
	for (int i = 0; i < E->stubs.len; i++) {
		Value *v = E->stubs.items[i].check;
		fprintf(E->out, ".Lpanic%d:\n", E->stubs.items[i].label);
		annotate(E, v);
		switch (v->op) {
		case OP_BoundsCheck: call_with(E, ssa_bounds[v->auxint].panic_fn, v->args, 2); break;
		case OP_ZeroCheck: call_with(E, "rt_panic_divide", NULL, 0); break;
		case OP_ShiftCheck: call_with(E, "rt_panic_shift", NULL, 0); break;
		default: call_with(E, "rt_panic_nil", NULL, 0); break;
		}
		E->comment[0] = 0;
	}
}

/* ---- blocks and functions ------------------------------------------------------------ */

static Block *next_block(Emitter *E)
{
	return E->next + 1 < E->al->order.len ? E->al->order.items[E->next + 1] : NULL;
}

static void block_label(Emitter *E, Block *b, char *buf, size_t n)
{
	snprintf(buf, n, ".L%d_b%d", E->fnum, b->id);
}

static void jump_to(Emitter *E, Block *to)
{
	char l[32];
	if (to == next_block(E))
		return;
	block_label(E, to, l, sizeof l);
	ins(E, "b %s", l);
}

static void emit_block_end(Emitter *E, Block *b)
{
	char l[32];
	switch (b->kind) {
	case BLOCK_PLAIN: {
		CgMove *moves;
		Block *s = b->succs.items[0];
		int n = cg_phi_moves(E->al, b, s, &moves);
		if (n) {
			snprintf(E->comment, sizeof E->comment, "Phis of b%d, on the edge b%d -> b%d", s->id, b->id, s->id);
			parallel_moves(E, moves, n);
			E->comment[0] = 0;
		}
		free(moves);
		jump_to(E, b->succs.items[0]);
		break;
	}
	case BLOCK_IF: {
		Value *c = b->control;
		const char *cc;
		if (E->al->folded[c->id]) {
			annotate(E, c);
			cc = compare(E, c);
		} else {
			int r = in_reg(E, c, X16);
			ins(E, "cmp %s, #0", XR(r));
			cc = "ne";
		}
		Block *yes = b->succs.items[0], *no = b->succs.items[1];
		if (yes == next_block(E)) {
			block_label(E, no, l, sizeof l);
			branch_if(E, negate_cond(cc), l);
		} else {
			block_label(E, yes, l, sizeof l);
			branch_if(E, cc, l);
			jump_to(E, no);
		}
		break;
	}
	case BLOCK_RET: case BLOCK_EXIT:
		break;
	}
}

static void layout_frame(Emitter *E)
{
	Func *fn = E->fn;
	const CgRegs *R = &arm64_regs;
	for (int r = 0; r < R->nregs; r++)
		if ((E->al->used >> r & 1) && (R->callee_saved >> r & 1))
			E->cs[E->ncs++] = r;
	int64_t off = 8 * E->al->max_out_words;
	for (int i = 0; i < fn->locals.len; i++) {
		Local *l = fn->locals.items[i];
		int64_t al = l->align < 8 ? (l->size >= 8 ? 8 : l->align) : l->align;
		off = (off + al - 1) & ~(al - 1);
		l->offset = off;
		off += l->size;
	}
	off = (off + 7) & ~7;
	E->spill_base = off;
	off += 8 * E->al->nspills;
	E->cs_base = off;
	off += 8 * E->ncs;
	E->frame = (off + 15) & ~15;
	/* about 8 instructions a value: past a few hundred thousand, b.cond's
	 * +-1 MiB may not reach */
	E->far = fn->values.len > 30000;
}

static void prologue(Emitter *E)
{
	const CgRegs *R = &arm64_regs;
	char b[64];
	ins(E, "stp x29, x30, [sp, #-16]!");
	ins(E, "mov x29, sp");
	if (E->frame) {
		if (is_imm12(E->frame)) {
			ins(E, "sub sp, sp, #%lld", (long long)E->frame);
		} else {
			mov_imm(E, X16, E->frame);
			ins(E, "sub sp, sp, x16");
		}
	}
	for (int i = 0; i < E->ncs; i++)
		ins(E, "str %s, %s", XR(E->cs[i]), mem_at(E, SP, E->cs_base + 8 * i, 8, b, sizeof b));
	Block *entry = E->fn->entry;
	CgMove moves[2 * 9 + 1];
	int n = 0;
	for (int i = 0; i < entry->values.len; i++) {
		Value *v = entry->values.items[i];
		if (v->op != OP_Arg || loc(E, v) == LOC_NONE || v->auxint >= R->narg_regs)
			continue;
		moves[n++] = (CgMove){loc(E, v), R->arg_regs[v->auxint], NULL};
	}
	for (int i = 0; i < entry->values.len; i++) {
		Value *v = entry->values.items[i];
		if (v->op == OP_Context && loc(E, v) != LOC_NONE)
			moves[n++] = (CgMove){loc(E, v), R->context_reg, NULL};
	}
	parallel_moves(E, moves, n);
	for (int i = 0; i < entry->values.len; i++) {
		Value *v = entry->values.items[i];
		if (v->op != OP_Arg || loc(E, v) == LOC_NONE || v->auxint < R->narg_regs)
			continue;
		int64_t off = 16 + 8 * (v->auxint - R->narg_regs);
		int d = dst_reg(E, v);
		ins(E, "ldr %s, %s", XR(d), mem_at(E, X29, off, 8, b, sizeof b));
		finish_dst(E, v, d);
	}
}

static void arm64_func(Cg *cg, Func *fn, Alloc *al)
{
	Emitter E = {0};
	E.cg = cg;
	E.out = cg->out;
	E.fn = fn;
	E.al = al;
	E.fnum = cg->label++;   /* block labels are .L<fnum>_b<id>: unique in the file */
	layout_frame(&E);
	cg_note_defined(cg, fn->name);
	fprintf(E.out, "\n\t.text\n\t.balign 4\n\t.global %s\n\t.type %s, %%function\n%s:\n", fn->name,
	        fn->name, fn->name);
	prologue(&E);
	char l[32];
	for (int i = 0; i < al->order.len; i++) {
		Block *b = al->order.items[i];
		E.next = i;
		block_label(&E, b, l, sizeof l);
		fprintf(E.out, "%s:\n", l);
		for (int j = 0; j < b->values.len; j++)
			emit_value(&E, b->values.items[j]);
		emit_block_end(&E, b);
	}
	emit_stubs(&E);
	fprintf(E.out, "\t.size %s, .-%s\n", fn->name, fn->name);
}

static void arm64_data(Cg *cg, DataObj *d)
{
	FILE *out = cg->out;
	cg_note_defined(cg, d->sym);
	if (!d->bytes && !d->words.len && !d->relocs.len) {
		fprintf(out, "\n\t.bss\n\t.balign %lld\n\t.global %s\n%s:\n\t.zero %lld\n", (long long)d->align,
		        d->sym, d->sym, (long long)d->size);
		return;
	}
	fprintf(out, "\n\t.section %s\n\t.balign %lld\n%s:\n", d->readonly ? ".rodata" : ".data",
	        (long long)d->align, d->sym);
	if (d->comment)
		fprintf(out, "\t// %s\n", d->comment);
	if (d->bytes) {
		for (int64_t i = 0; i < d->size; i += 16) {
			fprintf(out, "\t.byte ");
			for (int64_t k = i; k < d->size && k < i + 16; k++)
				fprintf(out, "%s%u", k > i ? "," : "", d->bytes[k]);
			fputc('\n', out);
		}
		return;
	}
	for (int64_t off = 0; off < d->size; off += 8) {
		const char *sym = NULL;
		int64_t val = 0;
		for (int i = 0; i < d->relocs.len; i++)
			if (d->relocs.items[i].off == off) {
				sym = d->relocs.items[i].sym;
				val = d->relocs.items[i].addend;
			}
		for (int i = 0; i < d->words.len; i++)
			if (d->words.items[i].off == off)
				val = d->words.items[i].val;
		if (sym)
			fprintf(out, "\t.quad %s%+lld\n", sym, (long long)val);
		else
			fprintf(out, "\t.quad %lld\n", (long long)val);
	}
}

static void arm64_begin(Cg *cg)
{
	fprintf(cg->out, "// generated by gosub for arm64 (GNU as syntax)\n");
}

static void arm64_end(Cg *cg)
{
	fprintf(cg->out, "\n\t.section .note.GNU-stack,\"\",%%progbits\n");
}

static int arm64_needs_reg(const Value *v)
{
	if (v->type == ST_MEM || v->type == ST_VOID)
		return 0;
	switch (v->op) {
	case OP_Const: case OP_Undef: case OP_Addr: case OP_LocalAddr: case OP_InitMem:
		return 0;
	default:
		return 1;
	}
}

static int is_compare(Op op)
{
	return op == OP_Eq || op == OP_Neq || op == OP_Less || op == OP_Leq || op == OP_Lessu ||
	       op == OP_Lequ;
}

static int access_size(const Value *u)
{
	if (u->op == OP_Store)
		return (int)u->auxint;
	int size = ssa_type_size(u->type);
	return size ? size : 8;
}

/* A shift by a constant that an ALU instruction can apply to its second
 * operand: add x0, x1, x2, lsl #3. */
static int shifted_operand(const Value *v)
{
	return (v->op == OP_Lsh || v->op == OP_Rsh || v->op == OP_Rshu) && ssa_type_size(v->type) == 8 &&
	       v->args[1]->op == OP_Const && (uint64_t)v->args[1]->auxint < 64;
}

static int takes_shifted(Op op)
{
	return op == OP_Add || op == OP_Sub || op == OP_And || op == OP_Or || op == OP_Xor ||
	       op == OP_AndNot;
}

/* What arm64 computes inside another instruction: a compare in the
 * branch or csel that tests it, a multiply in the madd or msub that adds
 * it, a constant shift in the operand of an add, and, or ..., an address
 * sum (index scaled by the access size) in a load or store. */
static int arm64_folds(const Value *v, const Value *u, const Alloc *al)
{
	if (is_compare(v->op)) {
		if (!u)
			return v->block->kind == BLOCK_IF;
		return u->op == OP_CondSelect && u->args[2] == v && u->args[0] != v && u->args[1] != v;
	}
	if (!u || u->args[0] == u->args[1])
		return 0;
	/* one folded operand per instruction (values are decided last to first) */
	if (takes_shifted(u->op) && (al->folded[u->args[0]->id] || al->folded[u->args[1]->id]))
		return 0;
	if (v->op == OP_Mul && (u->op == OP_Add || (u->op == OP_Sub && u->args[1] == v)))
		return 1;
	if (shifted_operand(v) && takes_shifted(u->op) &&
	    (u->args[1] == v || (u->args[0] == v && (ssa_ops[u->op].flags & OPF_COMM))))
		return 1;
	if (v->op == OP_AddPtr)
		return u->op == OP_Load || (u->op == OP_Store && u->args[0] == v);
	if (v->op == OP_Mul && u->op == OP_AddPtr && u->args[1] == v && al->folded[u->id] &&
	    v->args[1]->op == OP_Const && al->user[u->id] &&
	    v->args[1]->auxint == access_size(al->user[u->id]) && v->args[1]->auxint > 1)
		return 1;
	return 0;
}

static int arm64_is_call(const Value *v)
{
	return v->op == OP_Call || v->op == OP_ClosureCall || v->op == OP_InterCall || ((v->op == OP_Move || v->op == OP_Zero) && v->auxint > BLOCK_INLINE_MAX);
}

static const char *const arm64_as[] = {"aarch64-linux-gnu-as", NULL};

const CgTarget cg_arm64 = {
	.name = "arm64",
	.asm_ext = ".s",
	.regs = &arm64_regs,
	.needs_reg = arm64_needs_reg,
	.folds = arm64_folds,
	.is_call = arm64_is_call,
	.begin = arm64_begin,
	.func = arm64_func,
	.data = arm64_data,
	.end = arm64_end,
	.assembler = arm64_as,
	.cc = "aarch64-linux-gnu-gcc",
	.emulator = "qemu-aarch64",
	.machine = "aarch64",
};
