/* build.h — inside the SSA builder: the context its files share.
 * Not for other stages; they use program.h.
 *
 *     build.c          Braun et al.'s construction (variables, blocks,
 *                      sealing), values, Go types as machine words, where
 *                      variables live, function bodies, main.init
 *     build_data.c     string literals, globals, type descriptors
 *     build_expr.c     expressions: constants, operators, conversions,
 *                      pointers and fields, indexing and slicing, composite
 *                      literals, and the dispatcher (expr, cond, addr_of)
 *     build_call.c     calls: argument words, direct, closure, method and
 *                      interface calls, the library, builtins, print
 *     build_iface.c    interfaces: method tables, itabs, conversions,
 *                      equality, type assertions
 *     build_map.c      maps: descriptors, hash and equality per key type,
 *                      the operations as calls into runtime/map.c, range
 *     build_stmt.c     assignments and statements
 *     build_closure.c  func values, closures, method values and wrappers
 */
#ifndef GOSUB_SSA_BUILD_H
#define GOSUB_SSA_BUILD_H

#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "../lexer/lexer.h"
#include "program.h"
#include "../runtime/abi.h"
#include "../escape/gcpos.h"

/* Open addressing from a 64-bit key (never 0) to a pointer. */
typedef struct Map {
	uint64_t *keys;
	void **vals;
	int cap, len;
} Map;

void *map_get(Map *m, uint64_t key);
void map_put(Arena *a, Map *m, uint64_t key, void *val);
static inline uint64_t ptr_key(const void *p) { return (uint64_t)(uintptr_t)p; }

struct SsaProgram {
	Arena *arena;          /* lives for the whole compile */
	Types *types;
	Package *pkg;
	Diag *diag;
	ObjectList funcs;      /* package main's functions with bodies */
	VEC(DataObj *) data;
	Map strings;           /* interned literal text -> DataObj symbol */
	Map type_descs;        /* Type* -> symbol */
	Map globals;           /* Object* -> symbol */
	int nstrings, ntypes;
	Interner *names;
	VEC(Func *) nested;    /* func literals and wrappers built, waiting to be emitted */
	Map func_values;       /* function symbol -> its static closure's symbol */
	Map wrappers;          /* method Object* -> its method-value wrapper's symbol */
	Map itabs;             /* interned "type,iface" descriptor pair -> itab symbol */
	int nitabs;
};

/* A Go value during construction: words in SSA values, or an aggregate
 * in memory at an address. */
typedef struct Val {
	int n;                 /* words; 0 for an aggregate in memory */
	Value *w[3];
	Value *addr;           /* the aggregate's address, when n == 0 */
	Type *type;
	Node *src;             /* the expression it came from, for escape messages */
} Val;

/* Where a variable lives. */
typedef struct VarHome {
	int var;               /* first SSA variable, or -1 */
	int nwords;
	Local *local;          /* a stack slot, or NULL */
	Value *indirect;       /* a parameter passed by reference: its address */
	const char *global;    /* a global's symbol, or NULL */
} VarHome;

typedef struct Target {
	Node *label;           /* the LABELED statement's label name, or NULL */
	Block *brk, *cont;     /* cont NULL for switch */
} Target;

typedef struct VarInfo {
	const char *name;
	SsaType type;
} VarInfo;

typedef struct Builder {
	SsaProgram *prog;
	Func *fn;
	Arena *a;              /* the function's arena */
	Block *cur;
	Pos pos;
	int heap_stores;       /* the Stores and Moves made now are heap_store ones */
	VEC(VarInfo) vars;     /* variable 0 is memory */
	Map defs;              /* (block id << 32 | var) -> Value* */
	VEC(char) sealed;      /* by block id */
	Map incomplete;        /* block id -> VEC of (var, phi) */
	Map phi_users;         /* phi id -> VEC of phis using it */
	Map homes;             /* Object* -> VarHome* */
	VEC(Target) targets;
	Node *pending_label;   /* label of the statement being built */
	Type *results;         /* the function's result tuple */
	ObjectList result_objs;
	Value *result_ptr;     /* the result area (Arg 0), when results are in memory */
	int ntemps;
	int failed;
	jmp_buf bail;          /* unsupported() leaves the function here */
	struct Builder *outer; /* building a func literal: the enclosing function */
	ObjectList captures;   /* a func literal's captured variables, in closure order */
	int64_t capture_bytes; /* the closure object's bytes after the code word */
	Value *ctx;            /* a func literal's closure pointer (Context) */
	int nlits;             /* func literals so far: main.f.func1, main.f.func2 */
	int has_defer;         /* the body has a defer statement: returns run them */
	Local *defer_frame;    /* a slot whose address names this activation */
	int ndefers;           /* defer wrappers so far: main.f.deferwrap1 */
	int conv_ctx;          /* where an implicit conversion is, for the position
	                          gc's -m gives it: GCPOS_* (escape/gcpos.h) */
	Pos conv_pos;          /* the call, the assignment, or the declared name */
	const char *conv_text; /* an explicit conversion T(x): how gc prints it */
	int conv_quiet;        /* a conversion gc makes without an allocation */
	int box_stack;         /* converting the arguments of a call that keeps
	                          none of them (fmt.Println): boxes on the stack */
	int args_outlive;      /* evaluating a deferred call's arguments: the
	                          temporaries they need must outlive the statement
	                          (a defer in a loop runs after later iterations) */
} Builder;

/* The scalar words of a type, at their offsets: see leaves(). */
typedef struct Leaf {
	int64_t off;
	SsaType t;
} Leaf;
typedef VEC(Leaf) LeafList;

/* What map_call asks of runtime/map.c. */
typedef enum { MAP_ACCESS1, MAP_ACCESS2, MAP_ASSIGN, MAP_DELETE } MapOp;

/* ---- what one file uses of another -------------------------------------- */

/* build.c */
_Noreturn void build_ice(const char *what, const char *file, int line);
#define ice(what) build_ice(what, __FILE__, __LINE__)
_Noreturn void unsupported(Builder *B, Pos pos, const char *what);
Block *new_block(Builder *B);
int new_var(Builder *B, const char *name, SsaType t);
void write_var(Builder *B, int var, Block *b, Value *v);
Value *read_var(Builder *B, int var, Block *b);
void seal(Builder *B, Block *b);
Value *mem(Builder *B);
void set_mem(Builder *B, Value *m);
void jump(Builder *B, Block *to);
void branch(Builder *B, Value *c, Block *yes, Block *no);
void start_dead_block(Builder *B);
int dead(Block *b);
int terminated(Block *b);
Value *v0(Builder *B, Op op, SsaType t, int64_t aux);
Value *v1(Builder *B, Op op, SsaType t, Value *x);
Value *v2(Builder *B, Op op, SsaType t, Value *x, Value *y);
Value *v3(Builder *B, Op op, SsaType t, Value *x, Value *y, Value *z);
Value *iconst(Builder *B, SsaType t, int64_t c);
Value *offptr(Builder *B, Value *p, int64_t off);
Value *load(Builder *B, SsaType t, Value *p);
void store(Builder *B, SsaType t, Value *p, Value *x);
void move(Builder *B, Value *dst, Value *src, int64_t size);
void zero(Builder *B, Value *dst, int64_t size);
Local *temp(Builder *B, int64_t size, int64_t align);
Value *local_addr(Builder *B, Local *l);
Value *sym_addr(Builder *B, const char *sym);
SsaType scalar_type(Type *t);
void leaves(Arena *a, Type *t, int64_t off, LeafList *out);
int by_reference(Type *t);
Type *default_type(Type *t);
Val load_val(Builder *B, Type *t, Value *p);
void store_val(Builder *B, Value *p, Val v);
void flatten(Builder *B, Val v, ValueList *out);
Val unflatten(Builder *B, Type *t, Value **words, int *k);
Val zero_val(Builder *B, Type *t);
Val word_val(Type *t, Value *x);
AllocSite *runtime_site(Builder *B, const char *text, Pos pos);
AllocSite *tmpbuf_site(Builder *B, const char *text, Pos pos, int arg, int64_t bytes);
AllocSite *implicit_site(Builder *B, const char *text, Pos pos, int64_t size, int64_t align);
AllocSite *new_site(Builder *B, int is_var, const char *text, Pos pos, int64_t size, int64_t align);
const char *gc_type(Builder *B, Type *t);
const char *gc_text(Builder *B, Node *e);
Pos conv_pos(Builder *B, Val v);
Value *site_alloc(Builder *B, Type *t, AllocSite *s);
Value *heap_alloc(Builder *B, Type *t);
int by_value(Object *o);
VarHome *home_of(Builder *B, Object *o);
VarHome *declare(Builder *B, Object *o);
Value *home_addr(Builder *B, VarHome *h);
Val read_home(Builder *B, VarHome *h, Type *t);
void write_home(Builder *B, VarHome *h, Val v);
Builder *new_builder(SsaProgram *p, const char *name, Arena *fa);
void finish(Builder *B);
void build_body(Builder *B, Type *sig, Node *body);

/* build_data.c */
DataObj *new_data(SsaProgram *p, const char *sym, int64_t size, int64_t align);
const char *string_sym(SsaProgram *p, const char *s, int64_t len);
Val string_val(Builder *B, Type *t, const char *s, int64_t len);
const char *global_sym(SsaProgram *p, Object *o);
const char *type_text(SsaProgram *p, Type *t);
const char *type_desc(SsaProgram *p, Type *t);

/* build_expr.c */
Value *arith(Builder *B, int op, SsaType t, Value *x, Value *y, Type *ytype);
int plain_bytes(Type *t);
Value *equal(Builder *B, Type *t, Val x, Val y);
Val unary(Builder *B, Node *e);
Value *convert_int(Builder *B, Value *x, Type *from, Type *to);
Val assign_conv(Builder *B, Val v, Type *to);
Val conversion(Builder *B, Node *e, Type *to, Node *xn);
Value *addr_of_val(Builder *B, Val v);
Value *nil_checked(Builder *B, Value *p);
Value *elem_addr(Builder *B, Value *base, Value *i, int64_t size);
void init_composite(Builder *B, Node *e, Type *t, Value *p);
Val composite(Builder *B, Node *e);
Value *addr_of(Builder *B, Node *e);
Val expr(Builder *B, Node *e);
void cond(Builder *B, Node *e, Block *yes, Block *no);

/* build_call.c */
Value *emit_call(Builder *B, const char *sym, ValueList *words, int nres, SsaType *rtypes,
                 Value **res, int noreturn);
Value *emit_call_op(Builder *B, Op op, const char *sym, ValueList *words, int nres,
                    SsaType *rtypes, Value **res, int noreturn);
Value *call_runtime(Builder *B, const char *sym, Value **args, int nargs, int nres,
                    SsaType *rtypes, Value **res, int noreturn);
Object *named_callee(Node *fun);
const char *func_sym(SsaProgram *p, Object *f);
int total_words(Arena *a, ObjectList *objs);
int64_t result_offset(ObjectList *res, int i, int64_t *total);
void call_args(Builder *B, Node *call, Type *sig, ValueList *words, const char *sym);
int lib_implemented(SsaProgram *p, Object *f);
CallShape *make_shape(SsaProgram *p, Type *sig);
Value *walk_embedded(Builder *B, Value *p, Type **t, Selection *sel);
Val method_receiver(Builder *B, Node *sel_node, Object *m);
int call_expr(Builder *B, Node *e, Val *out, int max);

/* build_iface.c */
int is_empty_iface(SsaProgram *p, Type *t);
int iface_method_index(SsaProgram *p, Type *iface, const char *name);
void desc_methods(SsaProgram *p, Type *t, DataObj *d, const char *sym);
Value *dyn_type(Builder *B, Val x);
Val to_iface(Builder *B, Val v, Type *to);
Value *iface_equal(Builder *B, Type *t, Val x, Val y);
Val iface_value(Builder *B, Type *T, Value *data);
Val type_assert(Builder *B, Node *e, Value **okp);

/* build_map.c */
void map_desc(SsaProgram *p, Type *u, DataObj *d);
Val make_map(Builder *B, Node *e, Node *hint, Type *t);
Value *map_len(Builder *B, Value *m);
Val map_key(Builder *B, Type *mt, Node *kn);
Value *map_call(Builder *B, MapOp op, Type *mt, Value *m, Val key, Value **okp);
Val map_load(Builder *B, Type *et, Value *p);
Val map_index(Builder *B, Node *e, Value **okp);
Val literal_part(Builder *B, Node *v, Type *t);
Val map_literal(Builder *B, Node *e);
void map_range(Builder *B, Node *s);

/* build_stmt.c */
Val materialize(Builder *B, Val v);
void range_declare(Builder *B, Node *s);
void range_assign(Builder *B, Node *kn, Val kv, Node *vn, Val vv);
int range_body(Builder *B, Node *s, Block *exit, Block *post);
void return_stmt(Builder *B, Node *s);
int contains_defer(Node *n);
void stmt(Builder *B, Node *s);

/* build_closure.c */
Value *func_value(Builder *B, const char *fsym);
Arena *new_arena(void);
Val func_lit(Builder *B, Node *e);
const char *method_wrapper(Builder *B, Object *m);
const char *deref_wrapper(Builder *B, Object *m);
const char *deref_wrapper_p(SsaProgram *p, Object *m);
const char *promoted_wrapper(SsaProgram *p, Type *base, Object *m, Selection *sel);
Val method_value(Builder *B, Node *e, Object *m);

#endif
