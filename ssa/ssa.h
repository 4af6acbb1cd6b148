/* ssa.h — the middle of the compiler: static single assignment form.
 *
 * What goes in: the typed AST of package main (types/).  What comes out:
 * for every function a Func, a control-flow graph of Blocks holding Values,
 * in SSA form — every Value is defined once, by one operation on earlier
 * Values — which the passes in pass.c improve and the back end (codegen/)
 * turns into assembly.
 *
 *     func sum(n int) int {          b1:
 *         s := 0                       v1 = InitMem <mem>
 *         for i := 0; i < n; i++ {     v2 = Arg <int> [0] (n)
 *             s += i                   v3 = Const <int> [0] (s, i)
 *         }                          Plain -> b2
 *         return s                   b2: <- b1 b4
 *     }                                v5 = Phi <int> v3 v9 (i)
 *                                      v6 = Phi <int> v3 v8 (s)
 *                                      v7 = Less <bool> v5 v2
 *                                    If v7 -> b4 b3
 *                                    ...
 *
 * The invariants (verify.c checks all of them after every pass):
 *   - a block's preds and succs agree: b is in p's succs as often as p is
 *     in b's preds; a Plain block has one successor, an If block two (then,
 *     else) and a control of type bool, Ret and Exit blocks none;
 *   - a Phi sits at the top of its block and has one argument per
 *     predecessor, argument i flowing in along preds[i];
 *   - every argument dominates its use (for a Phi argument: dominates the
 *     end of the matching predecessor);
 *   - arities and types agree with ops.def;
 *   - one memory state is live at a time: the memory values form a chain
 *     (InitMem, Stores, Calls, memory Phis), each consumed by the next.
 *
 * Go values that take several machine words are split into words by the
 * builder: a string is two Values (its pointer and its length), a slice
 * three.  Arrays live in memory (a stack slot, a global) and are read and
 * written with Load, Store and Move.  A local variable whose address is
 * never taken becomes SSA values; any other lives in memory.
 *
 * Memory: the order of stores, calls and loads is kept by threading an
 * explicit memory value through them: `Store ptr val mem` returns the new
 * memory, `Load ptr mem` reads at a given memory state.  So two Loads of
 * the same address at the same memory state are one value, and value
 * numbering merges them like any other pair of equal expressions.
 *
 * Arena: a Func and everything in it live in the Func's own arena, freed
 * when the function has been emitted.  Nothing is freed before that.
 */
#ifndef GOSUB_SSA_H
#define GOSUB_SSA_H

#include <stdint.h>
#include <stdio.h>

#include "../common/arena.h"
#include "../common/diag.h"

/* The type of a Value: the machine-level shape of one word. */
#define SSA_TYPES(X)                                   \
	X(VOID, "void", 0, 0) X(MEM, "mem", 0, 0)       \
	X(BOOL, "bool", 1, 0)                           \
	X(INT, "int", 8, 1) X(INT8, "int8", 1, 1)       \
	X(INT16, "int16", 2, 1) X(INT32, "int32", 4, 1) \
	X(INT64, "int64", 8, 1)                         \
	X(UINT, "uint", 8, 0) X(UINT8, "uint8", 1, 0)   \
	X(UINT16, "uint16", 2, 0) X(UINT32, "uint32", 4, 0) \
	X(UINT64, "uint64", 8, 0) X(UINTPTR, "uintptr", 8, 0) \
	X(PTR, "ptr", 8, 0) X(ANY, "any", 0, 0)

typedef enum SsaType {
#define X(name, spelling, size, sgn) ST_##name,
	SSA_TYPES(X)
#undef X
	ST_COUNT
} SsaType;

const char *ssa_type_name(SsaType t);
int ssa_type_size(SsaType t);     /* bytes in memory: 1, 2, 4, 8 */
int ssa_type_signed(SsaType t);

typedef enum Op {
#define X(name, nargs, type, flags) OP_##name,
#include "ops.def"
#undef X
	OP_COUNT
} Op;

enum {
	OPF_COMM = 1,
	OPF_PURE = 2,
	OPF_EFFECT = 4,
	OPF_MEM = 8,
	OPF_CHECK = 16,
};

typedef struct OpInfo {
	const char *name;
	int nargs;      /* -1: variadic */
	SsaType type;   /* ST_ANY: per value */
	int flags;
} OpInfo;
extern const OpInfo ssa_ops[OP_COUNT];
Op ssa_op_by_name(const char *name);   /* OP_Invalid if none */

/* BoundsCheck's kinds: which comparison, and which runtime panic (the
 * names are gc's, from runtime/panic.go's boundsError). */
#define SSA_BOUNDS(X)                                                 \
	X(INDEX, "index", 1, "rt_panic_index")                        \
	X(SLICE_ALEN, "slice_alen", 0, "rt_panic_slice_alen")         \
	X(SLICE_ACAP, "slice_acap", 0, "rt_panic_slice_acap")         \
	X(SLICE_B, "slice_b", 0, "rt_panic_slice_b")                  \
	X(SLICE3_ALEN, "slice3_alen", 0, "rt_panic_slice3_alen")      \
	X(SLICE3_ACAP, "slice3_acap", 0, "rt_panic_slice3_acap")      \
	X(SLICE3_B, "slice3_b", 0, "rt_panic_slice3_b")               \
	X(SLICE3_C, "slice3_c", 0, "rt_panic_slice3_c")
typedef enum BoundsKind {
#define X(name, spelling, strict, fn) BOUNDS_##name,
	SSA_BOUNDS(X)
#undef X
	BOUNDS_COUNT
} BoundsKind;
typedef struct BoundsInfo {
	const char *name;
	int strict;       /* i < n; otherwise i <= n */
	const char *panic_fn;
} BoundsInfo;
extern const BoundsInfo ssa_bounds[BOUNDS_COUNT];

typedef struct Func Func;
typedef struct Block Block;
typedef struct Value Value;
typedef VEC(Value *) ValueList;
typedef VEC(Block *) BlockList;

/* A stack slot: a local variable that lives in memory, or a temporary
 * (fmt's argument array, a result area).  codegen gives it an offset. */
typedef struct Local {
	const char *name;    /* the variable, or "autotmp_N" as gc calls temporaries */
	int64_t size, align;
	int id;
	int64_t offset;      /* frame offset, set by codegen */
} Local;

/* ---- what escape analysis needs to know (escape/escape.h) -------------------
 *
 * SSA construction allocates every object whose address the program can
 * keep (a variable whose address is taken, new(T), &T{}, a closure, an
 * interface's copy of a value, a ... slice) with a runtime call, and
 * marks that Call with an AllocSite.  Escape analysis then decides, for
 * each site, whether the object may live in the frame instead; if so it
 * rewrites the call into a zeroed stack slot. */
typedef struct AllocSite {
	int is_var;          /* a variable: "moved to heap: x"; else an expression:
	                        "&T{...} escapes to heap", "... does not escape" */
	const char *text;    /* x, or the expression as gc prints it */
	Pos pos;
	int64_t size, align; /* the object, for a stack slot; size < 0: run time */
	int heap_only;       /* never on the stack: a variable size, too big, or
	                        an allocation whose frame is not the program's */
	int quiet;           /* no -m line for it */
	int msg_only;        /* the runtime allocates it (a concatenation, a
	                        conversion): the verdict is reported, as gc
	                        does, and the call stays */
	int tmpbuf_arg;      /* msg_only: the call's argument for a buffer in
	                        the frame (else a nil pointer), of tmpbuf bytes,
	                        which it uses when the result fits and does not
	                        escape, as gc's tmpBuf; 0: none */
	int64_t tmpbuf;
	const char *closure_fn; /* a closure: the function it calls, whose Context
	                           points at this object */
	int stack_args;      /* the call allocates it itself (rt_makemap): on the
	                        stack, the call stays and gets the address of a
	                        zeroed slot of `size` bytes as its argument 2, and
	                        of one of map_bucket bytes (if not 0) as argument 3 */
	int64_t map_bucket;  /* stack_args: the first bucket's bytes, or 0 */
	int escapes;         /* the verdict */
} AllocSite;

/* How a call's argument words and results map to the callee's Go
 * parameters and results (receiver first), for parameter summaries. */
typedef struct CallParam {
	int word0, nwords;   /* the argument words (after the result area, if any) */
	int by_ref;          /* one word: the address of the caller's copy */
	int has_ptr;
	const char *name;    /* the parameter's name, or "" */
	Pos pos;
} CallParam;

typedef struct CallShape {
	int nparams;
	CallParam *params;
	int result_area;     /* argument 0 is the address of a result area */
	int nresults;
	CallParam *results;  /* word0: the first CallResult index, or for a
	                        result area the byte offset of the result */
} CallShape;

struct Value {
	int id;              /* v<id>: dense, unique in the Func */
	Op op;
	SsaType type;
	int64_t auxint;      /* Const's value, Arg's index, OffPtr's offset,
	                        Load/Store/Move/Zero's size, CallResult's index,
	                        BoundsCheck's kind */
	const char *aux;     /* Addr, Call: the symbol */
	Local *local;        /* LocalAddr: the slot */
	Value **args;
	int nargs, cap_args;
	Block *block;        /* the block it is in; NULL once removed */
	int uses;            /* how many arguments (and block controls) name it */
	Pos pos;             /* the source position it computes */
	const char *name;    /* the source variable it holds, for dumps, or NULL */
	int call_results;    /* Call: result words when they are returned in
	                        registers (0..2); -1: through a result area */
	int call_noreturn;   /* Call: the callee never returns (a panic) */
	AllocSite *site;     /* Call: the allocation it makes, for escape analysis */
	int var_read;        /* a Copy made by reading source variable var_read-1
	                        (escape analysis; removed right after it) */
	const CallShape *shape; /* Call, ClosureCall, InterCall: the callee's parameters */
	int heap_store;      /* Store, Move: an assignment through a pointer
	                        (s[i] = x, *p = x, p.f = x), whose value escape
	                        analysis sends to the heap, as gc does */
};

typedef enum BlockKind {
	BLOCK_PLAIN,  /* one successor */
	BLOCK_IF,     /* control: a bool; succs[0] if true, succs[1] if false */
	BLOCK_RET,    /* control: the Return value; no successors */
	BLOCK_EXIT,   /* control: a call that does not return (panic, os.Exit) */
} BlockKind;

struct Block {
	int id;              /* b<id> */
	BlockKind kind;
	Value *control;      /* If: the condition; Ret: Return; Exit: the Call */
	BlockList preds, succs;
	ValueList values;    /* in order; Phis first */
	Func *func;
	Pos pos;
	/* filled by the dominator analysis (dom.c) */
	Block *idom;         /* immediate dominator; NULL for the entry */
	BlockList dom_children;
	int rpo;             /* index in reverse postorder; -1: unreachable */
	int dom_pre, dom_post; /* dominator-tree numbering: a dom b iff pre/post nest */
	int likely;          /* 1: succs[0] likely, -1: succs[1] (loop exits) */
};

/* Analyses that passes may require; pass.c recomputes them on demand. */
enum {
	ANALYSIS_DOM = 1,    /* idom, dom_children, rpo, dom_pre/post */
};

struct Func {
	const char *name;    /* "main.fib" */
	Arena *arena;
	Block *entry;
	BlockList blocks;    /* all blocks, in creation order (dumps use this) */
	ValueList values;    /* every value by id; NULL for removed ones */
	int next_block_id;
	VEC(Local *) locals;
	int nparam_words;    /* words the caller passes (result pointer included) */
	int result_area;     /* 1: results go through a pointer passed as Arg 0 */
	int nresult_words;   /* words returned in registers (0..2) */
	int valid;           /* ANALYSIS_ bits currently valid */
	BlockList rpo;       /* reachable blocks in reverse postorder (dom.c) */
	Diag *diag;          /* for positions in dumps */
	int noreturn;        /* the function cannot return (for calls to it) */
	int owns_arena;      /* arena was malloc'd for this function alone */
	const CallShape *shape; /* its own parameters and results (escape analysis) */
	int wrapper;         /* generated ($fm, $ptr, deferwrap): no -m lines of its own */
	/* source variables held in SSA values, for escape analysis, which
	 * treats each as one location the way gc does (flow-insensitively) */
	VEC(struct VarWrite { Value *v; int var; }) var_writes;
	VEC(struct VarDecl { int var; Block *block; }) var_decls;
};

/* ---- building and editing (func.c) -------------------------------------- */
Func *ssa_new_func(Arena *a, const char *name);
Block *ssa_new_block(Func *fn, BlockKind k);
Value *ssa_new_value(Block *b, Op op, SsaType t, Pos pos);  /* appended to b */
Value *ssa_value0(Block *b, Op op, SsaType t, Pos pos, int64_t auxint);
Value *ssa_value1(Block *b, Op op, SsaType t, Pos pos, Value *x);
Value *ssa_value2(Block *b, Op op, SsaType t, Pos pos, Value *x, Value *y);
Value *ssa_value3(Block *b, Op op, SsaType t, Pos pos, Value *x, Value *y, Value *z);
void ssa_add_arg(Value *v, Value *arg);
void ssa_set_arg(Value *v, int i, Value *arg);
void ssa_reset_args(Value *v);                  /* drops every argument */
void ssa_set_control(Block *b, Value *v);
void ssa_add_edge(Block *from, Block *to);      /* appends to succs and preds */
void ssa_remove_pred(Block *b, int i);          /* and Phi argument i */
void ssa_remove_value(Value *v);                /* unlinks a value nobody uses */
void ssa_copy_of(Value *v, Value *x);           /* v becomes Copy x */
void ssa_phi_to_copy(Value *phi, Value *x);     /* likewise, kept below the Phis */
void ssa_replace_uses(Func *fn, Value *old, Value *with);
Local *ssa_new_local(Func *fn, const char *name, int64_t size, int64_t align);
Value *ssa_const(Block *b, SsaType t, int64_t c, Pos pos);
int ssa_is_const(const Value *v, int64_t *c);
int64_t ssa_truncate(SsaType t, int64_t c);     /* c as a value of type t, extended */
Block *ssa_edge_target(Block *b, int i);

/* ---- analyses (dom.c) ---------------------------------------------------- */
void ssa_dom(Func *fn);                         /* Cooper, Harvey, Kennedy */
int ssa_dominates(const Block *a, const Block *b);

/* ---- passes (pass.c) ----------------------------------------------------- */
typedef struct SsaHtml SsaHtml;
/* -ssa-html (html.c): one column per pass */
SsaHtml *ssa_html_begin(const char *path, const char *func);
void ssa_html_column(SsaHtml *h, const char *pass, const char *text, const char *report);
void ssa_html_unchanged(SsaHtml *h, const char *pass);
void ssa_html_end(SsaHtml *h);

typedef struct PassOptions {
	FILE *dump;          /* -ssa FUNC: print after every pass, or NULL */
	const char *dump_func;
	SsaHtml *html;       /* -ssa-html FUNC: this function's page, or NULL */
	int check;           /* -d ssa/check: verify after every pass */
	int optimize;        /* 0 for -O0 */
} PassOptions;
void ssa_run_passes(Func *fn, const PassOptions *o);

/* the passes, each in its own file */
void ssa_copyprop(Func *fn);
void ssa_constfold(Func *fn);
void ssa_gvn(Func *fn, FILE *report);
void ssa_dce(Func *fn);
void ssa_critical(Func *fn);
void ssa_branchelim(Func *fn);
void ssa_fuse(Func *fn);

/* ---- verifier, printer and reader --------------------------------------- */
/* Returns the number of problems found, each printed to `out`. */
int ssa_verify(Func *fn, FILE *out);
void ssa_print(FILE *out, Func *fn);
void ssa_print_value(FILE *out, const Value *v);
/* Reads the text ssa_print writes (without positions); NULL and a message
 * in *err on a syntax error.  See doc/ssa.md. */
Func *ssa_parse(Arena *a, const char *text, const char **err);

#endif
