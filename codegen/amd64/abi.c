/* abi.c — the amd64 register file and calling convention.
 *
 * Registers are numbered as the instruction encoding numbers them:
 *
 *     0 rax   1 rcx   2 rdx   3 rbx   4 rsp   5 rbp   6 rsi   7 rdi
 *     8 r8    9 r9   10 r10  11 r11  12 r12  13 r13  14 r14  15 r15
 *
 * The calling convention is the System V AMD64 ABI's, word by word
 * (runtime/abi.h): argument words in rdi rsi rdx rcx r8 r9 and then on
 * the stack, result words in rax and rdx; rbx rbp r12-r15 are preserved
 * by the callee.
 *
 * The allocator gets rbx rsi rdi r8-r10 r12-r15 (ten registers; five of
 * them survive calls).  r11 carries the closure pointer into a call of a
 * func value (gc uses rdx; ours is an argument register).  rax, rcx and rdx are kept out of allocation: x86 needs
 * them for division (rdx:rax), variable shifts (cl) and results, and the
 * emitter uses them as scratch registers to load spilled values and to
 * break cycles of moves.  rsp and rbp hold the frame.
 */
#include "../codegen.h"

enum { RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15 };

static const char *const names[16] = {
	"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
	"r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
};
static const int arg_regs[6] = {RDI, RSI, RDX, RCX, R8, R9};
static const int ret_regs[2] = {RAX, RDX};

#define BIT(r) (1ull << (r))

const CgRegs amd64_regs = {
	.nregs = 16,
	.names = names,
	.allocatable = BIT(RBX) | BIT(RSI) | BIT(RDI) | BIT(R8) | BIT(R9) | BIT(R10) |
	               BIT(R12) | BIT(R13) | BIT(R14) | BIT(R15),
	.callee_saved = BIT(RBX) | BIT(RBP) | BIT(R12) | BIT(R13) | BIT(R14) | BIT(R15),
	.narg_regs = 6,
	.arg_regs = arg_regs,
	.nret_regs = 2,
	.ret_regs = ret_regs,
	.context_reg = R11,
};
