/* program.h — a whole program on its way from the typed AST to assembly.
 *
 * The SSA builder (build.c and the build_*.c files beside it) turns
 * package main into Funcs, one at a time (each in its own arena, freed
 * once the back end has emitted it), and
 * collects what the functions refer to that is not code: global
 * variables, string literals, and the type descriptors that fmt and
 * panic read (runtime/abi.h's GoType).  Those are DataObjs, which the back
 * end writes as data sections without knowing what they mean.
 */
#ifndef GOSUB_PROGRAM_H
#define GOSUB_PROGRAM_H

#include "../types/types.h"
#include "ssa.h"

/* A word of a DataObj that is an address: sym + addend, at offset off. */
typedef struct DataReloc {
	int64_t off;
	const char *sym;
	int64_t addend;
} DataReloc;

/* A word of a DataObj that is a number. */
typedef struct DataWord {
	int64_t off;
	int64_t val;
} DataWord;

typedef struct DataObj {
	const char *sym;
	int64_t size, align;
	int readonly;             /* .rodata; else .data (or .bss if nothing is set) */
	const uint8_t *bytes;     /* initial bytes (string literals), or NULL */
	VEC(DataWord) words;
	VEC(DataReloc) relocs;
	const char *comment;      /* for the -S listing ("itab *main.Sq, main.Shape"), or NULL */
} DataObj;

typedef struct SsaProgram SsaProgram;

SsaProgram *ssa_program_new(Arena *a, Types *t, Package *pkg, Diag *diag);
/* How many functions there are to build (package main's, and main.init). */
int ssa_program_nfuncs(SsaProgram *p);
/* Builds function i in the arena fa; NULL after an error (reported). */
Func *ssa_build_func(SsaProgram *p, int i, Arena *fa);
/* The functions that building made on the way (func literals, method
 * wrappers), one at a time, NULL when there are none left; each has its
 * own arena (fn->owns_arena), for the caller to free. */
Func *ssa_program_take_nested(SsaProgram *p);
/* The data, complete once every function has been built. */
int ssa_program_ndata(SsaProgram *p);
DataObj *ssa_program_data(SsaProgram *p, int i);

#endif
