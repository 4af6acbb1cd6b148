/* codegen.h — from SSA to assembly: the target hooks and the register
 * allocator they share.
 *
 * What goes in: a Func after the SSA passes (no critical edges, no
 * unreachable blocks) and the program's data.  What comes out: an
 * assembly file for one target, which the driver assembles and links
 * with the runtime.
 *
 * The work is split the way QBE splits it.  What does not depend on the
 * machine is here and in regalloc.c: block order, liveness, live
 * intervals, linear-scan register allocation, spill slots, and turning
 * the parallel copies of Phis into a sequence of moves.  What does is a
 * folder per target (amd64/, arm64/) with the same files:
 *
 *   abi.c    the register file and the calling convention (which
 *            registers exist, which are allocatable, which a call
 *            preserves, where arguments and results go)
 *   emit.c   instruction selection and emission: each SSA value becomes
 *            one or a few instructions, annotated with the value and the
 *            source line it came from
 *
 * and a CgTarget struct of hooks that the driver picks by -arch.
 */
#ifndef GOSUB_CODEGEN_H
#define GOSUB_CODEGEN_H

#include <stdint.h>
#include <stdio.h>

#include "../ssa/program.h"
#include "../ssa/ssa.h"

/* Where a value lives for its whole life (the allocator splits nothing):
 * a register, a spill slot in the frame, or nowhere (memory states,
 * checks, and constants and addresses that are rematerialized at each
 * use). */
enum { LOC_NONE = -1000000 };
typedef struct Alloc Alloc;
struct Alloc {
	int *loc;              /* by value id: reg >= 0, spill slot -1-k, or LOC_NONE */
	int nspills;           /* spill slots used (8 bytes each) */
	uint64_t used;         /* registers assigned to some value */
	BlockList order;       /* blocks in emission order */
	int max_out_words;     /* outgoing stack argument words of the largest call */
	char *folded;          /* by value id: computed inside its one user (CgTarget.folds) */
	Value **user;          /* by value id: the one user of a value used once by a
	                          value (NULL for a block's control, or several uses) */
};

/* The register file and calling convention of a target. */
typedef struct CgRegs {
	int nregs;
	const char *const *names;   /* 64-bit names, by register number */
	uint64_t allocatable;       /* registers the allocator may use */
	uint64_t callee_saved;      /* preserved across calls */
	int narg_regs;
	const int *arg_regs;        /* argument words, in order */
	int nret_regs;
	const int *ret_regs;        /* result words, in order */
	int context_reg;            /* the closure pointer in a call of a func value */
} CgRegs;

typedef struct Cg Cg;

typedef struct CgTarget {
	const char *name;           /* "amd64" */
	const char *asm_ext;        /* ".asm", ".s" */
	const CgRegs *regs;
	/* does this value need a register of its own? (constants that the
	 * target folds into instructions do not) */
	int (*needs_reg)(const Value *v);
	/* can v be computed by the instruction of its only user, in the same
	 * block?  (a compare fused with the branch or the select that uses it,
	 * a multiply into arm64's madd, an address into a load's addressing
	 * mode).  user is NULL when v is its block's control.  al->folded
	 * already says which of the values after v in the block are folded. */
	int (*folds)(const Value *v, const Value *user, const struct Alloc *al);
	/* does emitting this value clobber the caller-saved registers? (calls,
	 * and operations the target implements with a call) */
	int (*is_call)(const Value *v);
	void (*begin)(Cg *cg);
	void (*func)(Cg *cg, Func *fn, Alloc *al);
	void (*data)(Cg *cg, DataObj *d);
	void (*end)(Cg *cg);
	/* the tools: the assembler's argv (then -o OBJ ASM is added), the C
	 * compiler driver that links, the emulator that runs the program on
	 * another machine, and `uname -m` of a machine that runs it natively */
	const char *const *assembler;
	const char *cc;
	const char *emulator;
	const char *machine;
} CgTarget;

struct Cg {
	FILE *out;
	const CgTarget *target;
	Diag *diag;                 /* source lines for the annotations */
	Arena *arena;               /* lives for the whole file */
	VEC(const char *) externs;  /* symbols referenced (amd64 declares them) */
	VEC(const char *) defined;  /* symbols defined in this file */
	int label;                  /* counter for local labels */
	void *target_state;         /* the target's own, between begin and end */
};

extern const CgTarget cg_amd64, cg_arm64;
const CgTarget *cg_target(const char *arch);

/* Linear-scan register allocation (regalloc.c): Poletto and Sarkar,
 * "Linear Scan Register Allocation" (1999), over SSA live intervals. */
Alloc *cg_regalloc(Func *fn, const CgTarget *t);
void cg_print_alloc(FILE *out, Func *fn, Alloc *al, const CgTarget *t);

/* Parallel copies (regalloc.c).  A Phi's arguments all move at once on
 * entry to its block: "a, b = b, a" must not become "a = b; b = a".
 * The moves are ordered so that no source is overwritten before it is
 * read; a cycle is broken with the scratch location. */
typedef struct CgMove {
	int dst, src;               /* locations (reg >= 0, spill slot < 0) */
	Value *src_value;           /* the source value, when it has no location
	                               (a constant) */
} CgMove;
/* Orders moves in place (n may grow by the cycle-breaking moves, up to
 * 2n); returns the new count.  `scratch` is a location no move uses. */
int cg_sequentialize(CgMove *moves, int n, int scratch);

/* Emission helpers shared by the targets (emit.c of each calls them). */
void cg_note_extern(Cg *cg, const char *sym);
void cg_note_defined(Cg *cg, const char *sym);
int cg_is_defined(Cg *cg, const char *sym);
const char *cg_source_line(Cg *cg, Pos pos);   /* the line's text, trimmed */
/* "v12 = Add <int> v3 v4  a.go:7  x := y + 1": the comment on the first
 * instruction of a value. */
const char *cg_annotation(Cg *cg, Value *v, char *buf, size_t n);
/* The parallel copy on the edge b -> s into s's Phis' locations (malloc'd,
 * room for cg_sequentialize to grow it); returns the count. */
int cg_phi_moves(const Alloc *al, Block *b, Block *s, CgMove **out);

#endif
