/* emit.c — amd64 instruction selection and NASM output.
 *
 * Each SSA value becomes a few instructions, chosen by its op and by where
 * the register allocator put its arguments and result (a register, a
 * spill slot, or nowhere: constants and addresses are folded into the
 * instructions that use them).  x86 instructions have two operands, the
 * first both read and written, so `v7 = Sub v3 v4` becomes
 *
 *     mov rbx, rsi        ; v7 = Sub v3 v4   a.go:5  d := a - b
 *     sub rbx, rdi
 *
 * and the move disappears when v3 is already in v7's register.
 *
 * The frame, from high addresses to low:
 *
 *     [rbp+16 ...]   stack arguments (words 7, 8, ... of the call)
 *     [rbp+8]        return address
 *     [rbp]          the caller's rbp
 *     [rbp-8 ...]    callee-saved registers this function uses
 *                    locals (arrays, temporaries), then spill slots
 *     [rsp ...]      outgoing stack arguments of the calls we make
 *
 * rsp is 16-byte aligned at every call, as the ABI requires.
 *
 * Go's run-time checks compare and branch to a stub at the end of the
 * function that calls the runtime's panic function; the stubs are out of
 * the way of the straight-line code.  Every instruction that starts a
 * value carries a comment: the value, its source position, and the line.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/abi.h"
#include "../codegen.h"

extern const CgRegs amd64_regs;

enum { RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15 };

static const char *const reg32[16] = {
	"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
	"r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d",
};
static const char *const reg16[16] = {
	"ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
	"r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w",
};
static const char *const reg8[16] = {
	"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
	"r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b",
};
#define R64(r) (amd64_regs.names[r])

typedef struct Stub {
	int label;
	Value *check;
} Stub;

typedef struct Emitter {
	Cg *cg;
	FILE *out;
	Func *fn;
	Alloc *al;
	int ncs;                /* callee-saved registers pushed */
	int cs[8];
	int64_t spill_base;     /* rbp offset of spill slot 0 (negative) */
	int64_t frame;          /* bytes subtracted from rsp */
	char comment[256];      /* pending annotation for the next instruction */
	VEC(Stub) stubs;
	int next;               /* index in al->order of the block being emitted */
} Emitter;

/* ---- output ------------------------------------------------------------------- */

static void ins(Emitter *E, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void ins(Emitter *E, const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (E->comment[0]) {
		fprintf(E->out, "\t%-32s; %s\n", buf, E->comment);
		E->comment[0] = 0;
	} else {
		fprintf(E->out, "\t%s\n", buf);
	}
}

static void annotate(Emitter *E, Value *v)
{
	cg_annotation(E->cg, v, E->comment, sizeof E->comment);
}

/* ---- operands ------------------------------------------------------------------ */

static int loc(Emitter *E, const Value *v) { return E->al->loc[v->id]; }

static int64_t spill_off(Emitter *E, int l) { return E->spill_base - 8 * (-1 - l); }

static int is_imm32(int64_t c) { return c >= INT32_MIN && c <= INT32_MAX; }

static int64_t const_of(const Value *v)
{
	return v->op == OP_Undef ? 0 : v->auxint;
}

static int is_constlike(const Value *v) { return v->op == OP_Const || v->op == OP_Undef; }

/* Is v an address known at link time or as a frame offset: a stack slot,
 * a global, or either plus a constant (OffPtr of one)?  Such values get
 * no register: the instructions that use them address memory directly. */
static int const_address(const Value *v, const Local **local, const char **sym, int64_t *off)
{
	*off = 0;
	if (v->op == OP_OffPtr) {
		*off = v->auxint;
		v = v->args[0];
	}
	*local = NULL;
	*sym = NULL;
	if (v->op == OP_LocalAddr) {
		*local = v->local;
		*off += v->local->offset;
		return 1;
	}
	if (v->op == OP_Addr) {
		*sym = v->aux;
		return 1;
	}
	return 0;
}

/* v in a register: its own, or loaded into `scratch`. */
static int in_reg(Emitter *E, Value *v, int scratch)
{
	int l = loc(E, v);
	if (l >= 0)
		return l;
	if (l != LOC_NONE) {
		ins(E, "mov %s, [rbp%+lld]", R64(scratch), (long long)spill_off(E, l));
		return scratch;
	}
	switch (v->op) {
	case OP_Const: case OP_Undef:
		if (const_of(v) == 0)
			ins(E, "xor %s, %s", reg32[scratch], reg32[scratch]);
		else if (const_of(v) > 0 && const_of(v) <= UINT32_MAX)
			ins(E, "mov %s, %lld", reg32[scratch], (long long)const_of(v));
		else
			ins(E, "mov %s, %lld", R64(scratch), (long long)const_of(v));
		return scratch;
	case OP_Addr:
		cg_note_extern(E->cg, v->aux);
		ins(E, "lea %s, [rel %s]", R64(scratch), v->aux);
		return scratch;
	case OP_LocalAddr: case OP_OffPtr: {
		const Local *l;
		const char *sym;
		int64_t off;
		if (!const_address(v, &l, &sym, &off))
			break;
		if (sym) {
			cg_note_extern(E->cg, sym);
			ins(E, "lea %s, [rel %s%+lld]", R64(scratch), sym, (long long)off);
		} else {
			ins(E, "lea %s, [rbp%+lld]", R64(scratch), (long long)off);
		}
		return scratch;
	}
	default:
		break;
	}
	fprintf(stderr, "internal compiler error: v%d (%s) has no location (codegen/amd64/emit.c)\n",
	        v->id, ssa_ops[v->op].name);
	exit(3);
}

/* v in register r without touching the flags (mov, never xor). */
static void load_keep_flags(Emitter *E, Value *v, int r)
{
	int l = loc(E, v);
	if (l == LOC_NONE && is_constlike(v)) {
		ins(E, "mov %s, %lld", R64(r), (long long)const_of(v));
		return;
	}
	if (l >= 0) {
		if (l != r)
			ins(E, "mov %s, %s", R64(r), R64(l));
		return;
	}
	in_reg(E, v, r);   /* a spill slot, an address: mov or lea */
}

/* v in register r: moved there, or loaded. */
static void to_reg(Emitter *E, Value *v, int r)
{
	int l = loc(E, v);
	if (l == r)
		return;
	if (l >= 0)
		ins(E, "mov %s, %s", R64(r), R64(l));
	else
		in_reg(E, v, r);
}

/* A source operand for a two-operand instruction: a register, a spill
 * slot, or an immediate that fits in 32 bits. */
static const char *operand(Emitter *E, Value *v, int scratch, char *buf, size_t n)
{
	int l = loc(E, v);
	if (l >= 0)
		return R64(l);
	if (l != LOC_NONE) {
		snprintf(buf, n, "qword [rbp%+lld]", (long long)spill_off(E, l));
		return buf;
	}
	if (is_constlike(v) && is_imm32(const_of(v))) {
		snprintf(buf, n, "%lld", (long long)const_of(v));
		return buf;
	}
	return R64(in_reg(E, v, scratch));
}

/* The register to compute v's result in: its own, or rax (then stored). */
static int dst_reg(Emitter *E, Value *v) { return loc(E, v) >= 0 ? loc(E, v) : RAX; }

static void finish_dst(Emitter *E, Value *v, int r)
{
	int l = loc(E, v);
	if (l >= 0) {
		if (l != r)
			ins(E, "mov %s, %s", R64(l), R64(r));
	} else if (l != LOC_NONE) {
		ins(E, "mov [rbp%+lld], %s", (long long)spill_off(E, l), R64(r));
	}
}

/* Moves between locations (registers and spill slots). */
static void move_loc(Emitter *E, int dst, int src)
{
	if (dst == src)
		return;
	if (dst >= 0 && src >= 0)
		ins(E, "mov %s, %s", R64(dst), R64(src));
	else if (dst >= 0)
		ins(E, "mov %s, [rbp%+lld]", R64(dst), (long long)spill_off(E, src));
	else if (src >= 0)
		ins(E, "mov [rbp%+lld], %s", (long long)spill_off(E, dst), R64(src));
	else {
		ins(E, "mov rcx, [rbp%+lld]", (long long)spill_off(E, src));
		ins(E, "mov [rbp%+lld], rcx", (long long)spill_off(E, dst));
	}
}

/* Performs a parallel copy (cg_sequentialize orders it; rax breaks cycles). */
static void parallel_moves(Emitter *E, CgMove *moves, int n)
{
	n = cg_sequentialize(moves, n, RAX);
	for (int i = 0; i < n; i++) {
		CgMove *m = &moves[i];
		if (!m->src_value) {
			move_loc(E, m->dst, m->src);
			continue;
		}
		if (m->dst >= 0) {
			in_reg(E, m->src_value, m->dst);
		} else {
			int r = in_reg(E, m->src_value, RCX);
			move_loc(E, m->dst, r);
		}
	}
}

/* The scale of a folded index: i*2, i*4, i*8 (Mul by a constant). */
static int index_scale(const Value *x)
{
	if (x->op == OP_Mul && x->args[1]->op == OP_Const &&
	    (x->args[1]->auxint == 2 || x->args[1]->auxint == 4 || x->args[1]->auxint == 8))
		return (int)x->args[1]->auxint;
	return 0;
}

/* The memory operand for address p + off: "[reg+off]", "[rbp-40]",
 * "[rel sym+off]", or "[base+index*8+off]" when p is an AddPtr folded into
 * this access (x86's base + index*scale addressing); spilled pointers are
 * loaded into s1 (and s2, for the index). */
static const char *address(Emitter *E, Value *p, int64_t off, int s1, int s2, char *buf, size_t n)
{
	const Local *l;
	const char *sym;
	int64_t coff;
	if (loc(E, p) == LOC_NONE && const_address(p, &l, &sym, &coff)) {
		if (sym) {
			cg_note_extern(E->cg, sym);
			snprintf(buf, n, "[rel %s%+lld]", sym, (long long)(coff + off));
		} else {
			snprintf(buf, n, "[rbp%+lld]", (long long)(coff + off));
		}
		return buf;
	}
	if (E->al->folded[p->id] && p->op == OP_AddPtr) {
		Value *idx = p->args[1];
		int scale = 1;
		if (E->al->folded[idx->id]) {
			scale = index_scale(idx);
			idx = idx->args[0];
		}
		int b = in_reg(E, p->args[0], s1);
		int i = in_reg(E, idx, s2);
		snprintf(buf, n, "[%s+%s*%d%+lld]", R64(b), R64(i), scale, (long long)off);
		return buf;
	}
	int r = in_reg(E, p, s1);
	snprintf(buf, n, "[%s%+lld]", R64(r), (long long)off);
	return buf;
}

/* ---- values --------------------------------------------------------------------- */

static void binop(Emitter *E, Value *v, const char *mn)
{
	Value *x = v->args[0], *y = v->args[1];
	int d = dst_reg(E, v);
	if (loc(E, y) == d && loc(E, x) != d) {
		if (ssa_ops[v->op].flags & OPF_COMM) {
			Value *t = x; x = y; y = t;
		} else {
			d = RAX;
		}
	}
	char buf[64];
	to_reg(E, x, d);
	const char *yo = operand(E, y, RCX, buf, sizeof buf);
	if (v->op == OP_Mul && is_constlike(y) && loc(E, y) == LOC_NONE && is_imm32(const_of(y)))
		ins(E, "imul %s, %s, %s", R64(d), R64(d), yo);
	else
		ins(E, "%s %s, %s", mn, R64(d), yo);
	finish_dst(E, v, d);
}

static void divide(Emitter *E, Value *v)
{
	Value *x = v->args[0], *y = v->args[1];
	int sgn = v->op == OP_Div || v->op == OP_Mod;
	int mod = v->op == OP_Mod || v->op == OP_Modu;
	char buf[64];
	const char *yo;
	int yl = loc(E, y);
	if (yl >= 0)
		yo = R64(yl);
	else if (yl != LOC_NONE) {
		snprintf(buf, sizeof buf, "qword [rbp%+lld]", (long long)spill_off(E, yl));
		yo = buf;
	} else
		yo = R64(in_reg(E, y, RCX));
	to_reg(E, x, RAX);
	int lbl = E->cg->label++;
	if (sgn && !(is_constlike(y) && const_of(y) != -1)) {
		/* x / -1 would trap on the most negative x: Go wraps instead */
		ins(E, "cmp %s, -1", yo);
		ins(E, "jne .Ldiv%d", lbl);
		if (mod)
			ins(E, "xor eax, eax");
		else
			ins(E, "neg rax");
		ins(E, "jmp .Ldone%d", lbl);
		fprintf(E->out, ".Ldiv%d:\n", lbl);
	}
	if (sgn) {
		ins(E, "cqo");
		ins(E, "idiv %s", yo);
	} else {
		ins(E, "xor edx, edx");
		ins(E, "div %s", yo);
	}
	if (mod)
		ins(E, "mov rax, rdx");
	fprintf(E->out, ".Ldone%d:\n", lbl);
	finish_dst(E, v, RAX);
}

/* Go spec: a shift by 64 or more gives 0 (or the sign, for >> of a
 * negative signed value); x86 would take the count modulo 64. */
static void shift(Emitter *E, Value *v)
{
	Value *x = v->args[0], *y = v->args[1];
	const char *mn = v->op == OP_Lsh ? "shl" : v->op == OP_Rsh ? "sar" : "shr";
	if (is_constlike(y) && loc(E, y) == LOC_NONE) {
		uint64_t c = (uint64_t)const_of(y);
		to_reg(E, x, RAX);
		if (c < 64)
			ins(E, "%s rax, %llu", mn, (unsigned long long)c);
		else if (v->op == OP_Rsh)
			ins(E, "sar rax, 63");
		else
			ins(E, "xor eax, eax");
		finish_dst(E, v, RAX);
		return;
	}
	to_reg(E, y, RCX);
	to_reg(E, x, RAX);
	if (v->op == OP_Rsh) {
		ins(E, "mov edx, 63");
		ins(E, "cmp rcx, 63");
		ins(E, "cmova rcx, rdx");
		ins(E, "sar rax, cl");
	} else {
		ins(E, "%s rax, cl", mn);
		ins(E, "xor edx, edx");
		ins(E, "cmp rcx, 64");
		ins(E, "cmovae rax, rdx");
	}
	finish_dst(E, v, RAX);
}

static const char *cond_code(Op op)
{
	switch (op) {
	case OP_Eq: return "e";
	case OP_Neq: return "ne";
	case OP_Less: return "l";
	case OP_Leq: return "le";
	case OP_Lessu: return "b";
	case OP_Lequ: return "be";
	default: return "?";
	}
}

static const char *swap_cond(const char *cc)
{
	static const char *pairs[][2] = {{"e", "e"}, {"ne", "ne"}, {"l", "g"}, {"g", "l"},
	                                 {"le", "ge"}, {"ge", "le"}, {"b", "a"}, {"a", "b"},
	                                 {"be", "ae"}, {"ae", "be"}};
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
		if (strcmp(pairs[i][0], cc) == 0)
			return pairs[i][1];
	return cc;
}

static const char *negate_cond(const char *cc)
{
	static const char *pairs[][2] = {{"e", "ne"}, {"ne", "e"}, {"l", "ge"}, {"ge", "l"},
	                                 {"le", "g"}, {"g", "le"}, {"b", "ae"}, {"ae", "b"},
	                                 {"be", "a"}, {"a", "be"}};
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
		if (strcmp(pairs[i][0], cc) == 0)
			return pairs[i][1];
	return cc;
}

/* cmp x, y; returns the condition code under which "x op y" holds. */
static const char *compare(Emitter *E, Value *v)
{
	Value *x = v->args[0], *y = v->args[1];
	const char *cc = cond_code(v->op);
	char buf[64];
	if (loc(E, x) == LOC_NONE && is_constlike(x) && !(loc(E, y) == LOC_NONE && is_constlike(y))) {
		Value *t = x; x = y; y = t;
		cc = swap_cond(cc);
	}
	int xl = loc(E, x);
	const char *xo;
	char xb[64];
	if (xl >= 0)
		xo = R64(xl);
	else if (xl != LOC_NONE && !(loc(E, y) < 0 && loc(E, y) != LOC_NONE)) {
		snprintf(xb, sizeof xb, "qword [rbp%+lld]", (long long)spill_off(E, xl));
		xo = xb;
	} else
		xo = R64(in_reg(E, x, RAX));
	ins(E, "cmp %s, %s", xo, operand(E, y, RCX, buf, sizeof buf));
	return cc;
}

static void load(Emitter *E, Value *v)
{
	char buf[96];
	const char *a = address(E, v->args[0], 0, RCX, RDX, buf, sizeof buf);
	int d = dst_reg(E, v);
	switch (v->type) {
	case ST_INT8: ins(E, "movsx %s, byte %s", R64(d), a); break;
	case ST_UINT8: case ST_BOOL: ins(E, "movzx %s, byte %s", reg32[d], a); break;
	case ST_INT16: ins(E, "movsx %s, word %s", R64(d), a); break;
	case ST_UINT16: ins(E, "movzx %s, word %s", reg32[d], a); break;
	case ST_INT32: ins(E, "movsxd %s, dword %s", R64(d), a); break;
	case ST_UINT32: ins(E, "mov %s, dword %s", reg32[d], a); break;
	default: ins(E, "mov %s, qword %s", R64(d), a); break;
	}
	finish_dst(E, v, d);
}

static void store(Emitter *E, Value *v)
{
	char buf[96];
	Value *x = v->args[1];
	int size = (int)v->auxint;
	static const char *const width[] = {"", "byte", "word", "", "dword", "", "", "", "qword"};
	if (loc(E, x) == LOC_NONE && is_constlike(x) && is_imm32(const_of(x))) {
		const char *a = address(E, v->args[0], 0, RCX, RDX, buf, sizeof buf);
		int64_t c = const_of(x);
		if (size < 8)
			c = size == 1 ? (int8_t)c : size == 2 ? (int16_t)c : (int32_t)c;
		ins(E, "mov %s %s, %lld", width[size], a, (long long)c);
		return;
	}
	int r = in_reg(E, x, RDX);
	const char *a = address(E, v->args[0], 0, RCX, RAX, buf, sizeof buf);
	const char *rn = size == 1 ? reg8[r] : size == 2 ? reg16[r] : size == 4 ? reg32[r] : R64(r);
	ins(E, "mov %s %s, %s", width[size], a, rn);
}

/* Copies or clears `size` bytes with rax (Move) or zeros (Zero). */
static void block_op(Emitter *E, Value *v)
{
	int is_move = v->op == OP_Move;
	Value *dst = v->args[0], *src = is_move ? v->args[1] : NULL;
	int64_t size = v->auxint;
	char db[96], sb[96];
	if (!is_move)
		ins(E, "xor eax, eax");
	for (int64_t off = 0; off < size;) {
		int64_t chunk = size - off >= 8 ? 8 : size - off >= 4 ? 4 : size - off >= 2 ? 2 : 1;
		const char *r = chunk == 8 ? "rax" : chunk == 4 ? "eax" : chunk == 2 ? "ax" : "al";
		if (is_move)
			ins(E, "mov %s, %s", r, address(E, src, off, RCX, RCX, sb, sizeof sb));
		ins(E, "mov %s, %s", address(E, dst, off, RDX, RDX, db, sizeof db), r);
		off += chunk;
	}
}

enum { BLOCK_INLINE_MAX = 128 };   /* larger Moves and Zeros call memmove/memset */

/* A call: stack words first, then the register words all at once; a
 * func value's closure pointer goes to r11 with them, and the call goes
 * through the code pointer at its start. */
static void call_with_closure(Emitter *E, const char *sym, Value *closure, Value **args, int nargs);

static void call_with(Emitter *E, const char *sym, Value **args, int nargs)
{
	call_with_closure(E, sym, NULL, args, nargs);
}

static void call_with_closure(Emitter *E, const char *sym, Value *closure, Value **args, int nargs)
{
	const CgRegs *R = &amd64_regs;
	char buf[64];
	for (int k = R->narg_regs; k < nargs; k++) {
		Value *a = args[k];
		const char *o = operand(E, a, RAX, buf, sizeof buf);
		if (strncmp(o, "qword", 5) == 0) {
			ins(E, "mov rax, %s", o);
			o = "rax";
		}
		ins(E, "mov qword [rsp+%d], %s", 8 * (k - R->narg_regs), o);
	}
	CgMove moves[2 * 7];
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
		ins(E, "call [%s]", R64(R->context_reg));
		return;
	}
	cg_note_extern(E->cg, sym);
	ins(E, "call %s", sym);
}

static void emit_value(Emitter *E, Value *v)
{
	char buf[96];
	int d;
	switch (v->op) {
	case OP_InitMem: case OP_Arg: case OP_Phi: case OP_Const: case OP_Undef: case OP_Addr:
	case OP_LocalAddr: case OP_Context:
		return;
	default:
		break;
	}
	if (E->al->folded[v->id])
		return; /* its user's instruction computes it */
	if (loc(E, v) == LOC_NONE && (ssa_ops[v->op].flags & OPF_PURE) && v->type != ST_VOID &&
	    v->type != ST_MEM)
		return; /* unused */
	annotate(E, v);
	switch (v->op) {
	case OP_Copy:
		d = dst_reg(E, v);
		to_reg(E, v->args[0], d);
		finish_dst(E, v, d);
		break;
	case OP_Add: binop(E, v, "add"); break;
	case OP_Sub: binop(E, v, "sub"); break;
	case OP_Mul: binop(E, v, "imul"); break;
	case OP_And: binop(E, v, "and"); break;
	case OP_Or: binop(E, v, "or"); break;
	case OP_Xor: binop(E, v, "xor"); break;
	case OP_AndNot:
		to_reg(E, v->args[1], RCX);
		ins(E, "not rcx");
		to_reg(E, v->args[0], RAX);
		ins(E, "and rax, rcx");
		finish_dst(E, v, RAX);
		break;
	case OP_Div: case OP_Divu: case OP_Mod: case OP_Modu: divide(E, v); break;
	case OP_Lsh: case OP_Rsh: case OP_Rshu: shift(E, v); break;
	case OP_Neg: case OP_Com: case OP_Not:
		d = dst_reg(E, v);
		to_reg(E, v->args[0], d);
		if (v->op == OP_Not)
			ins(E, "xor %s, 1", reg32[d]);
		else
			ins(E, "%s %s", v->op == OP_Neg ? "neg" : "not", R64(d));
		finish_dst(E, v, d);
		break;
	case OP_SignExt8: case OP_SignExt16: case OP_SignExt32:
	case OP_ZeroExt8: case OP_ZeroExt16: case OP_ZeroExt32: {
		int s = in_reg(E, v->args[0], RAX);
		d = dst_reg(E, v);
		switch (v->op) {
		case OP_SignExt8: ins(E, "movsx %s, %s", R64(d), reg8[s]); break;
		case OP_SignExt16: ins(E, "movsx %s, %s", R64(d), reg16[s]); break;
		case OP_SignExt32: ins(E, "movsxd %s, %s", R64(d), reg32[s]); break;
		case OP_ZeroExt8: ins(E, "movzx %s, %s", reg32[d], reg8[s]); break;
		case OP_ZeroExt16: ins(E, "movzx %s, %s", reg32[d], reg16[s]); break;
		default: ins(E, "mov %s, %s", reg32[d], reg32[s]); break;
		}
		finish_dst(E, v, d);
		break;
	}
	case OP_Eq: case OP_Neq: case OP_Less: case OP_Leq: case OP_Lessu: case OP_Lequ:
		{
			const char *cc = compare(E, v);
			d = dst_reg(E, v);
			ins(E, "set%s al", cc);
			ins(E, "movzx %s, al", reg32[d]);
			finish_dst(E, v, d);
		}
		break;
	case OP_CondSelect: {
		/* d = c ? x : y with cmov: the flags must survive from the test
		 * (or the folded compare) to the cmov, so only mov and lea come
		 * between them.  When d already holds x or y, one cmov does it. */
		Value *x = v->args[0], *y = v->args[1], *c = v->args[2];
		const char *cc;
		if (E->al->folded[c->id]) {
			cc = compare(E, c);
		} else {
			int cr = in_reg(E, c, RCX);
			ins(E, "test %s, %s", reg32[cr], reg32[cr]);
			cc = "ne";
		}
		d = dst_reg(E, v);
		Value *other = x;
		if (d == loc(E, x)) {
			/* d holds x: take y when the condition fails */
			cc = negate_cond(cc);
			other = y;
		} else if (d != loc(E, y)) {
			load_keep_flags(E, y, d);
		}
		int ol = loc(E, other);
		if (ol >= 0)
			ins(E, "cmov%s %s, %s", cc, R64(d), R64(ol));
		else if (ol != LOC_NONE)
			ins(E, "cmov%s %s, qword [rbp%+lld]", cc, R64(d), (long long)spill_off(E, ol));
		else {
			load_keep_flags(E, other, RDX);
			ins(E, "cmov%s %s, rdx", cc, R64(d));
		}
		finish_dst(E, v, d);
		break;
	}
	case OP_OffPtr:
		if (loc(E, v) == LOC_NONE)
			return;   /* a constant address: folded into its uses */
		d = dst_reg(E, v);
		ins(E, "lea %s, %s", R64(d), address(E, v->args[0], v->auxint, RCX, RDX, buf, sizeof buf));
		finish_dst(E, v, d);
		break;
	case OP_AddPtr: {
		int p = in_reg(E, v->args[0], RAX);
		int i = in_reg(E, v->args[1], RCX);
		d = dst_reg(E, v);
		ins(E, "lea %s, [%s+%s]", R64(d), R64(p), R64(i));
		finish_dst(E, v, d);
		break;
	}
	case OP_Load: load(E, v); break;
	case OP_Store: store(E, v); break;
	case OP_Move: case OP_Zero:
		if (v->auxint <= BLOCK_INLINE_MAX) {
			block_op(E, v);
		} else {
			/* memmove(dst, src, size) or memset(dst, 0, size) */
			int l0 = loc(E, v->args[0]);
			int l1 = v->op == OP_Move ? loc(E, v->args[1]) : LOC_NONE;
			CgMove moves[6];
			int n = 0;
			moves[n++] = l0 == LOC_NONE ? (CgMove){RDI, 0, v->args[0]} : (CgMove){RDI, l0, NULL};
			if (v->op == OP_Move)
				moves[n++] = l1 == LOC_NONE ? (CgMove){RSI, 0, v->args[1]} : (CgMove){RSI, l1, NULL};
			parallel_moves(E, moves, n);
			if (v->op == OP_Zero)
				ins(E, "xor esi, esi");
			ins(E, "mov edx, %lld", (long long)v->auxint);
			const char *fn = v->op == OP_Move ? "memmove" : "memset";
			cg_note_extern(E->cg, fn);
			ins(E, "call %s", fn);
		}
		break;
	case OP_Call: {
		int nargs = v->nargs - 1;
		call_with(E, v->aux, v->args, nargs);
		if (v->call_noreturn)
			ins(E, "ud2");
		break;
	}
	case OP_ClosureCall:
	case OP_InterCall:
		call_with_closure(E, NULL, v->args[0], v->args + 1, v->nargs - 2);
		if (v->call_noreturn)
			ins(E, "ud2");
		break;
	case OP_CallResult:
		finish_dst(E, v, amd64_regs.ret_regs[v->auxint]);
		break;
	case OP_Return: {
		for (int i = 0; i + 1 < v->nargs; i++) {
			int r = amd64_regs.ret_regs[i];
			to_reg(E, v->args[i], r);
		}
		if (E->ncs)
			ins(E, "lea rsp, [rbp%+d]", -8 * E->ncs);
		else if (E->frame)
			ins(E, "mov rsp, rbp");
		for (int i = E->ncs - 1; i >= 0; i--)
			ins(E, "pop %s", R64(E->cs[i]));
		ins(E, "pop rbp");
		ins(E, "ret");
		break;
	}
	case OP_BoundsCheck: {
		Value *i = v->args[0], *n = v->args[1];
		int strict = ssa_bounds[v->auxint].strict;
		/* panic unless i < n (strict) or i <= n, unsigned */
		char b1[64], b2[64];
		int stub = E->cg->label++;
		if (loc(E, i) == LOC_NONE && is_constlike(i) && is_imm32(const_of(i))) {
			int nr = loc(E, n) >= 0 ? loc(E, n) : in_reg(E, n, RAX);
			ins(E, "cmp %s, %s", R64(nr), operand(E, i, RCX, b1, sizeof b1));
			ins(E, "%s .Lpanic%d", strict ? "jbe" : "jb", stub);
		} else {
			int ir = loc(E, i) >= 0 ? loc(E, i) : in_reg(E, i, RAX);
			ins(E, "cmp %s, %s", R64(ir), operand(E, n, RCX, b2, sizeof b2));
			ins(E, "%s .Lpanic%d", strict ? "jae" : "ja", stub);
		}
		VEC_PUSH(E->cg->arena, E->stubs, ((Stub){stub, v}));
		break;
	}
	case OP_ZeroCheck: case OP_NilCheck: case OP_ShiftCheck: {
		int stub = E->cg->label++;
		Value *x = v->args[0];
		if (loc(E, x) == LOC_NONE) {
			/* a constant, or an address (never nil) */
			int64_t c = is_constlike(x) ? const_of(x) : 1;
			int fails = v->op == OP_ShiftCheck ? c < 0 : c == 0;
			if (fails)
				ins(E, "jmp .Lpanic%d", stub);
		} else {
			int r = in_reg(E, x, RAX);
			ins(E, "test %s, %s", R64(r), R64(r));
			ins(E, "%s .Lpanic%d", v->op == OP_ShiftCheck ? "js" : "jz", stub);
		}
		VEC_PUSH(E->cg->arena, E->stubs, ((Stub){stub, v}));
		break;
	}
	default:
		fprintf(stderr, "internal compiler error: no amd64 code for %s (codegen/amd64/emit.c)\n",
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
		case OP_BoundsCheck:
			call_with(E, ssa_bounds[v->auxint].panic_fn, v->args, 2);
			break;
		case OP_ZeroCheck:
			call_with(E, "rt_panic_divide", NULL, 0);
			break;
		case OP_ShiftCheck:
			call_with(E, "rt_panic_shift", NULL, 0);
			break;
		default:
			call_with(E, "rt_panic_nil", NULL, 0);
			break;
		}
		E->comment[0] = 0;
	}
}

/* ---- blocks and functions ------------------------------------------------------- */

/* The Phis of s take their values on the edge b -> s: one parallel copy,
 * annotated so a student sees where these moves come from. */
static void phi_moves(Emitter *E, Block *b, Block *s)
{
	CgMove *moves;
	int n = cg_phi_moves(E->al, b, s, &moves);
	if (n) {
		snprintf(E->comment, sizeof E->comment, "Phis of b%d, on the edge b%d -> b%d", s->id, b->id, s->id);
		parallel_moves(E, moves, n);
		E->comment[0] = 0;
	}
	free(moves);
}

static Block *next_block(Emitter *E)
{
	return E->next + 1 < E->al->order.len ? E->al->order.items[E->next + 1] : NULL;
}

static void jump_to(Emitter *E, Block *to)
{
	if (to != next_block(E))
		ins(E, "jmp .b%d", to->id);
}

static void emit_block_end(Emitter *E, Block *b)
{
	switch (b->kind) {
	case BLOCK_PLAIN:
		phi_moves(E, b, b->succs.items[0]);
		jump_to(E, b->succs.items[0]);
		break;
	case BLOCK_IF: {
		Value *c = b->control;
		const char *cc;
		if (E->al->folded[c->id]) {
			annotate(E, c);
			cc = compare(E, c);
		} else {
			int r = in_reg(E, c, RAX);
			ins(E, "test %s, %s", reg32[r], reg32[r]);
			cc = "nz";
		}
		Block *yes = b->succs.items[0], *no = b->succs.items[1];
		if (yes == next_block(E)) {
			ins(E, "j%s .b%d", strcmp(cc, "nz") == 0 ? "z" : negate_cond(cc), no->id);
		} else {
			ins(E, "j%s .b%d", cc, yes->id);
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
	const CgRegs *R = &amd64_regs;
	for (int r = 0; r < R->nregs; r++)
		if ((E->al->used >> r & 1) && (R->callee_saved >> r & 1))
			E->cs[E->ncs++] = r;
	int64_t off = 8 * E->ncs;
	for (int i = 0; i < fn->locals.len; i++) {
		Local *l = fn->locals.items[i];
		off += l->size;
		int64_t al = l->align < 8 ? (l->size >= 8 ? 8 : l->align) : l->align;
		off = (off + al - 1) & ~(al - 1);
		l->offset = -off;
	}
	off = (off + 7) & ~7;
	E->spill_base = -off - 8;
	off += 8 * E->al->nspills;
	off += 8 * E->al->max_out_words;
	/* rsp is 16-aligned after the pushes of rbp and the saved registers
	 * when 8 * ncs + frame is a multiple of 16 */
	int64_t frame = off - 8 * E->ncs;
	while ((8 * E->ncs + frame) % 16)
		frame += 8;
	E->frame = frame;
}

static void prologue(Emitter *E)
{
	const CgRegs *R = &amd64_regs;
	ins(E, "push rbp");
	ins(E, "mov rbp, rsp");
	for (int i = 0; i < E->ncs; i++)
		ins(E, "push %s", R64(E->cs[i]));
	if (E->frame)
		ins(E, "sub rsp, %lld", (long long)E->frame);
	/* parameters to where the allocator wants them */
	Block *entry = E->fn->entry;
	CgMove moves[2 * 7 + 1];
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
		if (loc(E, v) >= 0) {
			ins(E, "mov %s, [rbp+%lld]", R64(loc(E, v)), (long long)off);
		} else {
			ins(E, "mov rax, [rbp+%lld]", (long long)off);
			finish_dst(E, v, RAX);
		}
	}
}

static void amd64_func(Cg *cg, Func *fn, Alloc *al)
{
	Emitter E = {0};
	E.cg = cg;
	E.out = cg->out;
	E.fn = fn;
	E.al = al;
	layout_frame(&E);
	cg_note_defined(cg, fn->name);
	fprintf(E.out, "\nsection .text\nglobal %s\n%s:\n", fn->name, fn->name);
	prologue(&E);
	for (int i = 0; i < al->order.len; i++) {
		Block *b = al->order.items[i];
		E.next = i;
		fprintf(E.out, ".b%d:\n", b->id);
		for (int j = 0; j < b->values.len; j++)
			emit_value(&E, b->values.items[j]);
		emit_block_end(&E, b);
	}
	emit_stubs(&E);
}

/* ---- data and the file ---------------------------------------------------------- */

static void amd64_data(Cg *cg, DataObj *d)
{
	FILE *out = cg->out;
	cg_note_defined(cg, d->sym);
	if (!d->bytes && !d->words.len && !d->relocs.len) {
		fprintf(out, "\nsection .bss\nalignb %lld\nglobal %s\n%s:\n\tresb %lld\n",
		        (long long)d->align, d->sym, d->sym, (long long)d->size);
		return;
	}
	fprintf(out, "\nsection %s\nalign %lld\n%s:\n", d->readonly ? ".rodata" : ".data",
	        (long long)d->align, d->sym);
	if (d->comment)
		fprintf(out, "\t; %s\n", d->comment);
	if (d->bytes) {
		for (int64_t i = 0; i < d->size; i += 16) {
			fprintf(out, "\tdb ");
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
		if (sym) {
			cg_note_extern(cg, sym);   /* harmless when defined here */
			fprintf(out, "\tdq %s%+lld\n", sym, (long long)val);
		}
		else
			fprintf(out, "\tdq %lld\n", (long long)val);
	}
}

/* NASM wants every symbol from another object file declared `extern`;
 * the list is only known at the end, so the body is buffered. */
typedef struct Buffered {
	FILE *real;
	char *text;
	size_t len;
} Buffered;

static void amd64_begin(Cg *cg)
{
	Buffered *b = ARENA_NEW(cg->arena, Buffered);
	b->real = cg->out;
	cg->out = open_memstream(&b->text, &b->len);
	cg->target_state = b;
}

static void amd64_end(Cg *cg)
{
	Buffered *b = cg->target_state;
	fclose(cg->out);
	cg->out = b->real;
	fprintf(cg->out, "; generated by gosub for amd64 (NASM syntax)\ndefault rel\n");
	for (int i = 0; i < cg->externs.len; i++)
		if (!cg_is_defined(cg, cg->externs.items[i]))
			fprintf(cg->out, "extern %s\n", cg->externs.items[i]);
	fwrite(b->text, 1, b->len, cg->out);
	/* no executable stack, as gcc's own objects say */
	fprintf(cg->out, "\nsection .note.GNU-stack noalloc noexec nowrite progbits\n");
	free(b->text);
}

static int amd64_needs_reg(const Value *v)
{
	if (v->type == ST_MEM || v->type == ST_VOID)
		return 0;
	switch (v->op) {
	case OP_Const: case OP_Undef: case OP_Addr: case OP_LocalAddr: case OP_InitMem:
		return 0;
	case OP_OffPtr:
		return !(v->args[0]->op == OP_LocalAddr || v->args[0]->op == OP_Addr);
	default:
		return 1;
	}
}

static int is_compare(Op op)
{
	return op == OP_Eq || op == OP_Neq || op == OP_Less || op == OP_Leq || op == OP_Lessu ||
	       op == OP_Lequ;
}

/* What x86 computes inside another instruction: a compare in the branch
 * or cmov that tests it, an address sum (and its index*2/4/8) in the load
 * or store that uses it. */
static int amd64_folds(const Value *v, const Value *u, const Alloc *al)
{
	if (is_compare(v->op)) {
		if (!u)
			return v->block->kind == BLOCK_IF;
		return u->op == OP_CondSelect && u->args[2] == v && u->args[0] != v && u->args[1] != v;
	}
	if (v->op == OP_AddPtr && u)
		return u->op == OP_Load || (u->op == OP_Store && u->args[0] == v && u->args[1] != v);
	if (v->op == OP_Mul && u && u->op == OP_AddPtr && u->args[1] == v && u->args[0] != v &&
	    al->folded[u->id] && index_scale(v))
		return 1;
	return 0;
}

static int amd64_is_call(const Value *v)
{
	return v->op == OP_Call || v->op == OP_ClosureCall || v->op == OP_InterCall || ((v->op == OP_Move || v->op == OP_Zero) && v->auxint > BLOCK_INLINE_MAX);
}

static const char *const amd64_as[] = {"nasm", "-f", "elf64", NULL};

const CgTarget cg_amd64 = {
	.name = "amd64",
	.asm_ext = ".asm",
	.regs = &amd64_regs,
	.needs_reg = amd64_needs_reg,
	.folds = amd64_folds,
	.is_call = amd64_is_call,
	.begin = amd64_begin,
	.func = amd64_func,
	.data = amd64_data,
	.end = amd64_end,
	.assembler = amd64_as,
	.cc = "gcc",
	.emulator = "qemu-x86_64",
	.machine = "x86_64",
};
