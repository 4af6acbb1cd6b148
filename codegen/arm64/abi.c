/* abi.c — the arm64 register file and calling convention.
 *
 * Registers x0..x30 are numbered 0..30; 31 is sp.  The calling convention
 * is AAPCS64's, word by word (runtime/abi.h): argument words in x0..x7 and
 * then on the stack, result words in x0 and x1; x19..x28 are preserved by
 * the callee, and x29 (the frame pointer) and x30 (the link register)
 * form the frame record.
 *
 * The allocator gets x9..x14 (caller-saved) and x19..x28 (callee-saved):
 * sixteen registers, ten of them surviving calls — against amd64's ten
 * and five, which is why the same function spills less here.  x15
 * carries the closure pointer into a call of a func value.
 * x0..x7 carry arguments and results and are left out, so the moves into
 * them at a call never disturb an allocated value.  x16 and x17 (the
 * intra-procedure-call scratch registers, IP0 and IP1) and x8 are the
 * emitter's scratch: spilled operands, constants that need several
 * instructions, addresses that do not fit an addressing mode, and the
 * cycles of parallel copies.  x18 is the platform register: untouched.
 */
#include "../codegen.h"

static const char *const names[32] = {
	"x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7",
	"x8", "x9", "x10", "x11", "x12", "x13", "x14", "x15",
	"x16", "x17", "x18", "x19", "x20", "x21", "x22", "x23",
	"x24", "x25", "x26", "x27", "x28", "x29", "x30", "sp",
};
static const int arg_regs[8] = {0, 1, 2, 3, 4, 5, 6, 7};
static const int ret_regs[2] = {0, 1};

#define BIT(r) (1ull << (r))
#define RANGE(a, b) ((BIT((b) + 1) - 1) & ~(BIT(a) - 1))

const CgRegs arm64_regs = {
	.nregs = 32,
	.names = names,
	.allocatable = RANGE(9, 14) | RANGE(19, 28),
	.callee_saved = RANGE(19, 30),
	.narg_regs = 8,
	.arg_regs = arg_regs,
	.nret_regs = 2,
	.ret_regs = ret_regs,
	.context_reg = 15,
};
