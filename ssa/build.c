/* build.c — SSA construction from the typed AST.
 *
 * We follow Braun, Buchwald, Hack, Leißa, Mallon and Zwinkau, "Simple and
 * Efficient Construction of Static Single Assignment Form" (CC 2013).  It
 * builds SSA in one walk over the AST, without a dominance frontier:
 *
 *   - Each block remembers, per variable, the value last assigned to it
 *     in that block (write_var).  Reading a variable (read_var) looks there
 *     first; if the block has no definition, it asks the predecessors:
 *     with one predecessor, its answer is ours; with several, a Phi joins
 *     their answers.
 *   - A block is *sealed* once all its predecessors are known.  Reading a
 *     variable in a block that is not sealed yet (a loop header, while the
 *     loop body is still being built) places an *incomplete* Phi, whose
 *     arguments are filled in when the block is sealed.
 *   - A Phi whose arguments are all the same value (or the Phi itself) is
 *     trivial; it is replaced by that value at once, and the Phis that
 *     used it are checked again, since they may have become trivial too.
 *
 * So for
 *
 *     s := 0
 *     for i := 0; i < n; i++ { s += i }
 *
 * the loop header, read while its back edge is unknown, gets incomplete
 * Phis for i and s; sealing the header after the body fills them with
 * (0, i+1) and (0, s+i).  The memory state is one more variable (number
 * 0), so memory Phis appear where stores or calls differ between paths.
 *
 * Go values become machine words here: a string is a pair of values
 * (pointer, length), a slice three, and an array lives in memory.  A
 * variable whose address is never taken and whose type fits in words
 * becomes one SSA variable per word; any other variable gets a stack
 * slot (a Local) and is read and written with Load and Store.
 *
 * Go's run-time rules are made explicit here: an index is checked
 * (BoundsCheck) before it is used, a divisor before dividing (ZeroCheck),
 * a signed shift count before shifting (ShiftCheck); a narrow integer is
 * brought back to its width after an operation that may overflow it
 * (SignExt8, ZeroExt16, ...); && and || become branches.
 */
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "../lexer/lexer.h"
#include "program.h"
#include "../runtime/abi.h"
#include "../escape/gcpos.h"

/* ---- small maps ---------------------------------------------------------- */

/* Open addressing from a 64-bit key (never 0) to a pointer. */
typedef struct Map {
	uint64_t *keys;
	void **vals;
	int cap, len;
} Map;

static void *map_get(Map *m, uint64_t key)
{
	if (!m->cap)
		return NULL;
	for (uint64_t i = key * 0x9E3779B97F4A7C15ull;; i++) {
		uint64_t *k = &m->keys[i & (uint64_t)(m->cap - 1)];
		if (*k == key)
			return m->vals[i & (uint64_t)(m->cap - 1)];
		if (*k == 0)
			return NULL;
	}
}

static void map_put(Arena *a, Map *m, uint64_t key, void *val)
{
	if (2 * (m->len + 1) > m->cap) {
		Map n = {0};
		n.cap = m->cap ? m->cap * 2 : 64;
		n.keys = arena_alloc(a, sizeof(uint64_t) * (size_t)n.cap);
		n.vals = arena_alloc(a, sizeof(void *) * (size_t)n.cap);
		for (int i = 0; i < m->cap; i++)
			if (m->keys[i])
				map_put(a, &n, m->keys[i], m->vals[i]);
		*m = n;
	}
	for (uint64_t i = key * 0x9E3779B97F4A7C15ull;; i++) {
		uint64_t j = i & (uint64_t)(m->cap - 1);
		if (m->keys[j] == key) {
			m->vals[j] = val;
			return;
		}
		if (m->keys[j] == 0) {
			m->keys[j] = key;
			m->vals[j] = val;
			m->len++;
			return;
		}
	}
}

static uint64_t ptr_key(const void *p) { return (uint64_t)(uintptr_t)p; }

/* ---- the program and the builder ------------------------------------------ */

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



typedef struct Incomplete {
	int var;
	Value *phi;
	struct Incomplete *next;
} Incomplete;

typedef struct PhiUser {
	Value *user;
	struct PhiUser *next;
} PhiUser;

static _Noreturn void ice(const char *what)
{
	fprintf(stderr, "internal compiler error: %s (ssa/build.c)\n", what);
	exit(3);
}

/* A construct this compiler does not translate yet: reported by name, and
 * the function is abandoned (the rest of the program is still built, so
 * every function's first problem is reported). */
static _Noreturn void unsupported(Builder *B, Pos pos, const char *what)
{
	diag_error(B->prog->diag, pos, "unsupported: %s", what);
	B->failed = 1;
	longjmp(B->bail, 1);
}

/* ---- Braun et al.: variables, blocks, sealing ------------------------------ */

static Block *new_block(Builder *B)
{
	Block *b = ssa_new_block(B->fn, BLOCK_PLAIN);
	b->pos = B->pos;
	while (B->sealed.len <= b->id)
		VEC_PUSH(B->a, B->sealed, 0);
	return b;
}

static int new_var(Builder *B, const char *name, SsaType t)
{
	VEC_PUSH(B->a, B->vars, ((VarInfo){name, t}));
	return B->vars.len - 1;
}

static uint64_t def_key(Block *b, int var) { return ((uint64_t)b->id << 32) | (uint32_t)(var + 1); }

static void write_var(Builder *B, int var, Block *b, Value *v)
{
	map_put(B->a, &B->defs, def_key(b, var), v);
}

static Value *read_var(Builder *B, int var, Block *b);

static Value *canon(Value *v)
{
	while (v->op == OP_Copy)
		v = v->args[0];
	return v;
}

static void note_phi_user(Builder *B, Value *user, Value *arg)
{
	if (arg->op != OP_Phi)
		return;
	PhiUser *u = ARENA_NEW(B->a, PhiUser);
	u->user = user;
	u->next = map_get(&B->phi_users, (uint64_t)arg->id);
	map_put(B->a, &B->phi_users, (uint64_t)arg->id, u);
}

static Value *new_phi(Builder *B, Block *b, int var)
{
	/* Phis go first in their block */
	Value *phi = ssa_new_value(b, OP_Phi, B->vars.items[var].type, b->pos);
	phi->name = B->vars.items[var].name;
	for (int i = b->values.len - 1; i > 0 && b->values.items[i - 1]->op != OP_Phi; i--) {
		b->values.items[i] = b->values.items[i - 1];
		b->values.items[i - 1] = phi;
	}
	return phi;
}

/* Braun et al., Algorithm 3: a trivial phi is replaced by its one value,
 * and the phis that used it are tried again. */
static Value *try_remove_trivial_phi(Builder *B, Value *phi)
{
	Value *same = NULL;
	for (int i = 0; i < phi->nargs; i++) {
		Value *op = canon(phi->args[i]);
		if (op == same || op == phi)
			continue;
		if (same)
			return phi; /* it merges at least two values: not trivial */
		same = op;
	}
	if (!same) /* unreachable, or the start block: no value */
		same = ssa_value0(B->fn->entry, OP_Undef, phi->type, phi->pos, 0);
	ssa_phi_to_copy(phi, same);
	for (PhiUser *u = map_get(&B->phi_users, (uint64_t)phi->id); u; u = u->next)
		if (u->user->op == OP_Phi && u->user != phi)
			try_remove_trivial_phi(B, u->user);
	return same;
}

static Value *add_phi_operands(Builder *B, int var, Value *phi)
{
	Block *b = phi->block;
	for (int i = 0; i < b->preds.len; i++) {
		Value *x = read_var(B, var, b->preds.items[i]);
		ssa_add_arg(phi, x);
		note_phi_user(B, phi, x);
	}
	return try_remove_trivial_phi(B, phi);
}

static Value *read_var_recursive(Builder *B, int var, Block *b)
{
	Value *v;
	if (!B->sealed.items[b->id]) {
		v = new_phi(B, b, var);
		Incomplete *inc = ARENA_NEW(B->a, Incomplete);
		inc->var = var;
		inc->phi = v;
		inc->next = map_get(&B->incomplete, (uint64_t)b->id);
		map_put(B->a, &B->incomplete, (uint64_t)b->id, inc);
	} else if (b->preds.len == 1) {
		v = read_var(B, var, b->preds.items[0]);
	} else if (b->preds.len == 0) {
		v = ssa_value0(B->fn->entry, OP_Undef, B->vars.items[var].type, b->pos, 0);
	} else {
		v = new_phi(B, b, var);
		write_var(B, var, b, v); /* breaks cycles through loops */
		v = add_phi_operands(B, var, v);
	}
	write_var(B, var, b, v);
	return v;
}

static Value *read_var(Builder *B, int var, Block *b)
{
	Value *v = map_get(&B->defs, def_key(b, var));
	if (v)
		return v;
	return read_var_recursive(B, var, b);
}

static void seal(Builder *B, Block *b)
{
	if (B->sealed.items[b->id])
		return;
	for (Incomplete *inc = map_get(&B->incomplete, (uint64_t)b->id); inc; inc = inc->next)
		add_phi_operands(B, inc->var, inc->phi);
	B->sealed.items[b->id] = 1;
}

static Value *mem(Builder *B) { return read_var(B, 0, B->cur); }
static void set_mem(Builder *B, Value *m) { write_var(B, 0, B->cur, m); }

/* Ends the current block with a jump to `to`. */
static void jump(Builder *B, Block *to)
{
	B->cur->kind = BLOCK_PLAIN;
	ssa_add_edge(B->cur, to);
}

/* After return, break, continue, panic: the code that follows is
 * unreachable, and goes in a block of its own with no predecessors. */
static void start_dead_block(Builder *B)
{
	B->cur = new_block(B);
	seal(B, B->cur);
}

/* Code no path reaches: after a return, break, continue or panic. */
static int dead(Block *b)
{
	return b->preds.len == 0 && b != b->func->entry;
}

static int terminated(Block *b)
{
	return b->succs.len > 0 || b->kind == BLOCK_RET || b->kind == BLOCK_EXIT || dead(b);
}

/* ---- values ---------------------------------------------------------------- */

static Value *v0(Builder *B, Op op, SsaType t, int64_t aux)
{
	return ssa_value0(B->cur, op, t, B->pos, aux);
}
static Value *v1(Builder *B, Op op, SsaType t, Value *x) { return ssa_value1(B->cur, op, t, B->pos, x); }
static Value *v2(Builder *B, Op op, SsaType t, Value *x, Value *y)
{
	return ssa_value2(B->cur, op, t, B->pos, x, y);
}
static Value *v3(Builder *B, Op op, SsaType t, Value *x, Value *y, Value *z)
{
	return ssa_value3(B->cur, op, t, B->pos, x, y, z);
}
static Value *iconst(Builder *B, SsaType t, int64_t c) { return ssa_const(B->cur, t, c, B->pos); }

static Value *offptr(Builder *B, Value *p, int64_t off)
{
	if (off == 0)
		return p;
	Value *v = v1(B, OP_OffPtr, ST_PTR, p);
	v->auxint = off;
	return v;
}

static Value *load(Builder *B, SsaType t, Value *p)
{
	return v2(B, OP_Load, t, p, mem(B));
}

static void store(Builder *B, SsaType t, Value *p, Value *x)
{
	Value *s = ssa_value3(B->cur, OP_Store, ST_MEM, B->pos, p, x, mem(B));
	s->auxint = ssa_type_size(t);
	s->heap_store = B->heap_stores;
	set_mem(B, s);
}

static void move(Builder *B, Value *dst, Value *src, int64_t size)
{
	if (size == 0)
		return;
	Value *m = ssa_value3(B->cur, OP_Move, ST_MEM, B->pos, dst, src, mem(B));
	m->auxint = size;
	m->heap_store = B->heap_stores;
	set_mem(B, m);
}

static void zero(Builder *B, Value *dst, int64_t size)
{
	if (size == 0)
		return;
	Value *z = v2(B, OP_Zero, ST_MEM, dst, mem(B));
	z->auxint = size;
	set_mem(B, z);
}

static Local *temp(Builder *B, int64_t size, int64_t align)
{
	const char *name = arena_sprintf(B->a, "autotmp_%d", B->ntemps++);
	return ssa_new_local(B->fn, name, size ? size : 1, align);
}

static Value *local_addr(Builder *B, Local *l)
{
	Value *v = v0(B, OP_LocalAddr, ST_PTR, 0);
	v->local = l;
	return v;
}

static Value *sym_addr(Builder *B, const char *sym)
{
	Value *v = v0(B, OP_Addr, ST_PTR, 0);
	v->aux = sym;
	return v;
}

/* ---- types as words ---------------------------------------------------------- */

static SsaType scalar_type(Type *t)
{
	t = types_underlying(t);
	switch (t->kind) {
	case TYPE_BOOL: case TYPE_UNTYPED_BOOL: return ST_BOOL;
	case TYPE_INT: case TYPE_UNTYPED_INT: return ST_INT;
	case TYPE_INT8: return ST_INT8;
	case TYPE_INT16: return ST_INT16;
	case TYPE_INT32: case TYPE_UNTYPED_RUNE: return ST_INT32;
	case TYPE_INT64: return ST_INT64;
	case TYPE_UINT: return ST_UINT;
	case TYPE_UINT8: return ST_UINT8;
	case TYPE_UINT16: return ST_UINT16;
	case TYPE_UINT32: return ST_UINT32;
	case TYPE_UINT64: return ST_UINT64;
	case TYPE_UINTPTR: return ST_UINTPTR;
	default: return ST_PTR;
	}
}

typedef struct Leaf {
	int64_t off;
	SsaType t;
} Leaf;
typedef VEC(Leaf) LeafList;

/* The scalar words of a type, with their offsets in memory. */
static void leaves(Arena *a, Type *t, int64_t off, LeafList *out)
{
	types_layout(t);
	Type *u = types_underlying(t);
	switch (u->kind) {
	case TYPE_STRING:
		VEC_PUSH(a, *out, ((Leaf){off, ST_PTR}));
		VEC_PUSH(a, *out, ((Leaf){off + 8, ST_INT}));
		break;
	case TYPE_SLICE:
		VEC_PUSH(a, *out, ((Leaf){off, ST_PTR}));
		VEC_PUSH(a, *out, ((Leaf){off + 8, ST_INT}));
		VEC_PUSH(a, *out, ((Leaf){off + 16, ST_INT}));
		break;
	case TYPE_INTERFACE:
		VEC_PUSH(a, *out, ((Leaf){off, ST_PTR}));
		VEC_PUSH(a, *out, ((Leaf){off + 8, ST_PTR}));
		break;
	case TYPE_ARRAY: {
		Type *e = u->u.array.elem;
		types_layout(e);
		for (int64_t i = 0; i < u->u.array.len; i++)
			leaves(a, e, off + i * e->size, out);
		break;
	}
	case TYPE_STRUCT:
		for (int i = 0; i < u->u.strct.fields.len; i++) {
			Field *f = &u->u.strct.fields.items[i];
			leaves(a, f->obj->type, off + f->offset, out);
		}
		break;
	default:
		VEC_PUSH(a, *out, ((Leaf){off, scalar_type(u)}));
		break;
	}
}

/* Values of this type are kept in SSA words (else in memory). */
static int in_words(Type *t)
{
	Type *u = types_underlying(t);
	return u->kind != TYPE_ARRAY && u->kind != TYPE_STRUCT && u->kind != TYPE_TUPLE;
}

/* An array or struct of more than four words is passed by reference: the
 * caller passes the address of a copy it owns for the length of the call
 * (runtime/abi.h), instead of thousands of words for a [4000]int. */
static int by_reference(Type *t)
{
	types_layout(t);
	return !in_words(t) && t->size > 32;
}

static int nwords_of(Type *t)
{
	switch (types_underlying(t)->kind) {
	case TYPE_STRING: case TYPE_INTERFACE: return 2;
	case TYPE_SLICE: return 3;
	default: return 1;
	}
}

static SsaType word_type(Type *t, int i)
{
	Type *u = types_underlying(t);
	if (u->kind == TYPE_STRING || u->kind == TYPE_SLICE)
		return i == 0 ? ST_PTR : ST_INT;
	if (u->kind == TYPE_INTERFACE)
		return ST_PTR;
	return scalar_type(u);
}

static Type *default_type(Type *t)
{
	return types_is_untyped(t) ? types_default(t) : t;
}

/* The value stored in memory at p, as a Val. */
static Val load_val(Builder *B, Type *t, Value *p)
{
	Val v = {0};
	v.type = t;
	if (!in_words(t)) {
		v.addr = p;
		return v;
	}
	v.n = nwords_of(t);
	for (int i = 0; i < v.n; i++)
		v.w[i] = load(B, word_type(t, i), offptr(B, p, 8 * i));
	return v;
}

static void store_val(Builder *B, Value *p, Val v)
{
	types_layout(v.type);
	if (v.n == 0) {
		move(B, p, v.addr, v.type->size);
		return;
	}
	for (int i = 0; i < v.n; i++)
		store(B, v.w[i]->type, offptr(B, p, 8 * i), v.w[i]);
}

/* The words of v, in leaf order (arrays are loaded from memory). */
static void flatten(Builder *B, Val v, ValueList *out)
{
	if (v.n) {
		for (int i = 0; i < v.n; i++)
			VEC_PUSH(B->a, *out, v.w[i]);
		return;
	}
	LeafList l = {0};
	leaves(B->a, v.type, 0, &l);
	for (int i = 0; i < l.len; i++)
		VEC_PUSH(B->a, *out, load(B, l.items[i].t, offptr(B, v.addr, l.items[i].off)));
}

/* A Val of type t from its leaf words starting at words[*k]. */
static Val unflatten(Builder *B, Type *t, Value **words, int *k)
{
	Val v = {0};
	v.type = t;
	if (in_words(t)) {
		v.n = nwords_of(t);
		for (int i = 0; i < v.n; i++)
			v.w[i] = words[(*k)++];
		return v;
	}
	LeafList l = {0};
	leaves(B->a, t, 0, &l);
	types_layout(t);
	Local *tmp = temp(B, t->size, t->align);
	v.addr = local_addr(B, tmp);
	for (int i = 0; i < l.len; i++)
		store(B, l.items[i].t, offptr(B, v.addr, l.items[i].off), words[(*k)++]);
	return v;
}

static Val zero_val(Builder *B, Type *t)
{
	Val v = {0};
	v.type = t;
	if (!in_words(t)) {
		types_layout(t);
		Local *tmp = temp(B, t->size, t->align);
		v.addr = local_addr(B, tmp);
		zero(B, v.addr, t->size);
		return v;
	}
	v.n = nwords_of(t);
	for (int i = 0; i < v.n; i++)
		v.w[i] = iconst(B, word_type(t, i), 0);
	return v;
}

static Val word_val(Type *t, Value *x)
{
	Val v = {0};
	v.type = t;
	v.n = 1;
	v.w[0] = x;
	return v;
}

/* ---- data: strings, globals, type descriptors -------------------------------- */

static DataObj *new_data(SsaProgram *p, const char *sym, int64_t size, int64_t align)
{
	DataObj *d = ARENA_NEW(p->arena, DataObj);
	d->sym = sym;
	d->size = size;
	d->align = align;
	VEC_PUSH(p->arena, p->data, d);
	return d;
}

static const char *string_sym(SsaProgram *p, const char *s, int64_t len)
{
	const char *key = intern(p->names, s, (size_t)len);
	const char *sym = map_get(&p->strings, ptr_key(key));
	if (sym)
		return sym;
	sym = arena_sprintf(p->arena, "go.str.%d", p->nstrings++);
	DataObj *d = new_data(p, sym, len ? len : 1, 1);
	d->readonly = 1;
	uint8_t *bytes = arena_alloc(p->arena, (size_t)(len ? len : 1));
	memcpy(bytes, s, (size_t)len);
	d->bytes = bytes;
	map_put(p->arena, &p->strings, ptr_key(key), (void *)sym);
	return sym;
}

static Val string_val(Builder *B, Type *t, const char *s, int64_t len)
{
	Val v = {0};
	v.type = t;
	v.n = 2;
	if (len == 0) {
		v.w[0] = iconst(B, ST_PTR, 0);
	} else {
		v.w[0] = sym_addr(B, string_sym(B->prog, s, len));
	}
	v.w[1] = iconst(B, ST_INT, len);
	return v;
}

static const char *global_sym(SsaProgram *p, Object *o)
{
	const char *sym = map_get(&p->globals, ptr_key(o));
	if (sym)
		return sym;
	if (o->pkg && o->pkg->is_lib) {
		/* defined by the runtime, in C (os.Args) */
		sym = arena_sprintf(p->arena, "%s.%s", o->pkg->path, o->name);
	} else {
		sym = arena_sprintf(p->arena, "%s.%s", o->pkg ? o->pkg->path : "main", o->name);
		if (strcmp(o->name, "_") == 0)
			sym = arena_sprintf(p->arena, "main._%d", o->id);
		types_layout(o->type);
		new_data(p, sym, o->type->size ? o->type->size : 1, o->type->align);
	}
	map_put(p->arena, &p->globals, ptr_key(o), (void *)sym);
	return sym;
}

/* The type's name as reflect and %T spell it: byte is uint8, named types
 * carry their package. */
static void type_name(SsaProgram *p, Type *t, char **buf, size_t *len, FILE *f)
{
	(void)p; (void)buf; (void)len;
	switch (t->kind) {
	case TYPE_NAMED: {
		Object *o = t->u.named.obj;
		if (o->pkg)
			fprintf(f, "%s.%s", o->pkg->name, o->name);
		else
			fprintf(f, "%s", o->name); /* error */
		return;
	}
	case TYPE_ARRAY:
		fprintf(f, "[%lld]", (long long)t->u.array.len);
		type_name(p, t->u.array.elem, buf, len, f);
		return;
	case TYPE_SLICE:
		fprintf(f, "[]");
		type_name(p, t->u.pointer.elem, buf, len, f);
		return;
	case TYPE_POINTER:
		fprintf(f, "*");
		type_name(p, t->u.pointer.elem, buf, len, f);
		return;
	case TYPE_FUNC: {
		/* reflect's spelling: parameter types only, qualified */
		fprintf(f, "func(");
		ObjectList *ps = &t->u.func.params;
		for (int i = 0; i < ps->len; i++) {
			if (i)
				fprintf(f, ", ");
			Type *pt = ps->items[i]->type;
			if (t->u.func.variadic && i == ps->len - 1) {
				fprintf(f, "...");
				pt = pt->u.pointer.elem;
			}
			type_name(p, pt, buf, len, f);
		}
		fprintf(f, ")");
		ObjectList *rs = &t->u.func.results;
		if (rs->len == 1) {
			fprintf(f, " ");
			type_name(p, rs->items[0]->type, buf, len, f);
		} else if (rs->len > 1) {
			fprintf(f, " (");
			for (int i = 0; i < rs->len; i++) {
				if (i)
					fprintf(f, ", ");
				type_name(p, rs->items[i]->type, buf, len, f);
			}
			fprintf(f, ")");
		}
		return;
	}
	case TYPE_MAP:
		fprintf(f, "map[");
		type_name(p, t->u.map.key, buf, len, f);
		fprintf(f, "]");
		type_name(p, t->u.map.elem, buf, len, f);
		return;
	case TYPE_INTERFACE:
		if (t->u.iface.methods.len == 0 && t->u.iface.embeddeds.len == 0) {
			fprintf(f, "interface {}");
			return;
		}
		break;
	default:
		if (t->kind == TYPE_UINT8)
			fprintf(f, "uint8");
		else if (t->kind == TYPE_INT32)
			fprintf(f, "int32");
		else if (t->kind <= TYPE_UNSAFE_POINTER)
			fprintf(f, "%s", t->name);
		else
			break;
		return;
	}
	Arena tmp;
	arena_init(&tmp);
	fprintf(f, "%s", types_string(&tmp, t));
	arena_free(&tmp);
}

static int go_kind(Type *t)
{
	switch (types_underlying(t)->kind) {
	case TYPE_BOOL: return 1;
	case TYPE_INT: return 2;
	case TYPE_INT8: return 3;
	case TYPE_INT16: return 4;
	case TYPE_INT32: return 5;
	case TYPE_INT64: return 6;
	case TYPE_UINT: return 7;
	case TYPE_UINT8: return 8;
	case TYPE_UINT16: return 9;
	case TYPE_UINT32: return 10;
	case TYPE_UINT64: return 11;
	case TYPE_UINTPTR: return 12;
	case TYPE_ARRAY: return 17;
	case TYPE_CHAN: return 18;
	case TYPE_FUNC: return 19;
	case TYPE_INTERFACE: return 20;
	case TYPE_MAP: return 21;
	case TYPE_POINTER: return 22;
	case TYPE_SLICE: return 23;
	case TYPE_STRING: return 24;
	case TYPE_STRUCT: return 25;
	case TYPE_UNSAFE_POINTER: return 26;
	default: return 0;
	}
}

static void desc_methods(SsaProgram *p, Type *t, DataObj *d, const char *sym);
static void map_desc(SsaProgram *p, Type *u, DataObj *d);

/* t as %T spells it, in the program's arena. */
static const char *type_text(SsaProgram *p, Type *t)
{
	char *name = NULL;
	size_t nlen = 0;
	FILE *f = open_memstream(&name, &nlen);
	type_name(p, t, NULL, NULL, f);
	fclose(f);
	const char *r = arena_strdup(p->arena, name);
	free(name);
	return r;
}

/* The descriptors the runtime defines itself, for library types whose
 * values it makes (strconv.Atoi's *NumError): a type assertion in the
 * program must compare against the very same descriptor. */
static const char *runtime_desc(Type *t)
{
	int ptr = t->kind == TYPE_POINTER;
	Type *n = ptr ? t->u.pointer.elem : t;
	if (n->kind != TYPE_NAMED || !n->u.named.obj->pkg || !n->u.named.obj->pkg->is_lib)
		return NULL;
	if (strcmp(n->u.named.obj->pkg->path, "strconv") == 0 && strcmp(n->u.named.obj->name, "NumError") == 0)
		return ptr ? "go.type.strconv.NumError.ptr" : "go.type.strconv.NumError";
	return NULL;
}

/* The GoType descriptor of t (runtime/abi.h), made on first use.  One
 * descriptor per type, so that comparing two descriptors' addresses
 * compares the types (type switches, assertions, interface ==): a named
 * type is found by its Type, any other by its spelling, since the
 * checker may build []int twice. */
static const char *type_desc(SsaProgram *p, Type *t)
{
	const char *rsym = runtime_desc(t);
	if (rsym)
		return rsym;
	char *name = NULL;
	size_t nlen = 0;
	FILE *f = open_memstream(&name, &nlen);
	type_name(p, t, NULL, NULL, f);
	fclose(f);
	uint64_t key = t->kind == TYPE_NAMED ? ptr_key(t) : ptr_key(intern(p->names, name, nlen));
	const char *sym = map_get(&p->type_descs, key);
	if (sym) {
		free(name);
		return sym;
	}
	sym = arena_sprintf(p->arena, "go.type.%d", p->ntypes++);
	map_put(p->arena, &p->type_descs, key, (void *)sym);
	types_layout(t);
	Type *u = types_underlying(t);
	DataObj *d = new_data(p, sym, u->kind == TYPE_MAP ? ABI_MAPTYPE_BYTES : ABI_TYPE_BYTES, 8);
	d->readonly = 1;
	d->comment = arena_sprintf(p->arena, "type %s", name);
	const char *nsym = string_sym(p, name, (int64_t)nlen);
	free(name);
	VEC_PUSH(p->arena, d->words, ((DataWord){0, t->size}));
	VEC_PUSH(p->arena, d->words, ((DataWord){8, go_kind(t)}));
	VEC_PUSH(p->arena, d->relocs, ((DataReloc){16, nsym, 0}));
	VEC_PUSH(p->arena, d->words, ((DataWord){24, (int64_t)nlen}));
	VEC_PUSH(p->arena, d->words, ((DataWord){32, t->kind == TYPE_NAMED}));
	Type *elem = NULL;
	if (u->kind == TYPE_ARRAY) {
		elem = u->u.array.elem;
		VEC_PUSH(p->arena, d->words, ((DataWord){48, u->u.array.len}));
	} else if (u->kind == TYPE_SLICE || u->kind == TYPE_POINTER) {
		elem = u->u.pointer.elem;
	} else if (u->kind == TYPE_MAP) {
		elem = u->u.map.elem;
		VEC_PUSH(p->arena, d->relocs, ((DataReloc){56, type_desc(p, u->u.map.key), 0}));
	} else if (u->kind == TYPE_CHAN) {
		elem = u->u.chan.elem;
	}
	if (elem)
		VEC_PUSH(p->arena, d->relocs, ((DataReloc){40, type_desc(p, elem), 0}));
	if (u->kind == TYPE_STRUCT && u->u.strct.fields.len) {
		int n = u->u.strct.fields.len;
		const char *fsym = arena_sprintf(p->arena, "%s.fields", sym);
		DataObj *fd = new_data(p, fsym, 40 * n, 8);
		fd->readonly = 1;
		for (int i = 0; i < n; i++) {
			Field *fl = &u->u.strct.fields.items[i];
			const char *fn = fl->obj->name;
			VEC_PUSH(p->arena, fd->relocs,
			         ((DataReloc){40 * i, string_sym(p, fn, (int64_t)strlen(fn)), 0}));
			VEC_PUSH(p->arena, fd->words, ((DataWord){40 * i + 8, (int64_t)strlen(fn)}));
			VEC_PUSH(p->arena, fd->relocs, ((DataReloc){40 * i + 16, type_desc(p, fl->obj->type), 0}));
			VEC_PUSH(p->arena, fd->words, ((DataWord){40 * i + 24, fl->offset}));
			VEC_PUSH(p->arena, fd->words, ((DataWord){40 * i + 32, fl->embedded}));
		}
		VEC_PUSH(p->arena, d->relocs, ((DataReloc){64, fsym, 0}));
		VEC_PUSH(p->arena, d->words, ((DataWord){72, n}));
	}
	/* where the pointers are, for the collector: a bit per word */
	LeafList l = {0};
	leaves(p->arena, t, 0, &l);
	int64_t ptrdata = 0;
	for (int i = 0; i < l.len; i++)
		if (l.items[i].t == ST_PTR && (l.items[i].off & 7) == 0)
			ptrdata = l.items[i].off + 8;
	VEC_PUSH(p->arena, d->words, ((DataWord){80, ptrdata}));
	if (ptrdata) {
		int64_t nbytes = (ptrdata / 8 + 7) / 8;
		uint8_t *bits = arena_alloc(p->arena, (size_t)nbytes);
		for (int i = 0; i < l.len; i++)
			if (l.items[i].t == ST_PTR && (l.items[i].off & 7) == 0)
				bits[l.items[i].off / 64] |= (uint8_t)(1u << ((l.items[i].off / 8) % 8));
		const char *bsym = arena_sprintf(p->arena, "%s.gcbits", sym);
		DataObj *b = new_data(p, bsym, nbytes, 1);
		b->readonly = 1;
		b->bytes = bits;
		VEC_PUSH(p->arena, d->relocs, ((DataReloc){88, bsym, 0}));
	}
	desc_methods(p, t, d, sym);
	if (u->kind == TYPE_MAP)
		map_desc(p, u, d);
	return sym;
}

/* ---- variables -------------------------------------------------------------- */

/* maps (below, with the expressions) */
typedef enum { MAP_ACCESS1, MAP_ACCESS2, MAP_ASSIGN, MAP_DELETE } MapOp;
static Val make_map(Builder *B, Node *e, Node *hint, Type *t);
static Value *map_len(Builder *B, Value *m);
static Val map_key(Builder *B, Type *mt, Node *kn);
static Value *map_call(Builder *B, MapOp op, Type *mt, Value *m, Val key, Value **okp);
static Val map_load(Builder *B, Type *et, Value *p);
static Val map_index(Builder *B, Node *e, Value **okp);
static Val map_literal(Builder *B, Node *e);
static void map_range(Builder *B, Node *s);

static Value *call_runtime(Builder *B, const char *sym, Value **args, int nargs, int nres,
                           SsaType *rtypes, Value **res, int noreturn);

static const char *type_desc(SsaProgram *p, Type *t);
static Value *sym_addr(Builder *B, const char *sym);

/* An allocation site for escape analysis (ssa.h): text and position are
 * what -m prints. */
static AllocSite *new_site(Builder *B, int is_var, const char *text, Pos pos, int64_t size, int64_t align);

/* An object the runtime allocates for the program (a concatenation's
 * bytes, a conversion's copy): reported by -m, kept on the heap. */
static AllocSite *runtime_site(Builder *B, const char *text, Pos pos)
{
	AllocSite *s = new_site(B, 0, text, pos, -1, 8);
	s->heap_only = 0;
	s->msg_only = 1;
	return s;
}

/* A result the runtime builds in a buffer in the frame when it fits and
 * does not escape (argument arg, nil until escape analysis decides),
 * else on the heap. */
static AllocSite *tmpbuf_site(Builder *B, const char *text, Pos pos, int arg, int64_t bytes)
{
	AllocSite *s = runtime_site(B, text, pos);
	s->tmpbuf_arg = arg;
	s->tmpbuf = bytes;
	return s;
}

/* An allocation the program does not name (gc: implicit): at most 64 KiB
 * go on the stack. */
static AllocSite *implicit_site(Builder *B, const char *text, Pos pos, int64_t size, int64_t align)
{
	AllocSite *s = new_site(B, 0, text, pos, size, align);
	if (size > (64 << 10))
		s->heap_only = 1;
	return s;
}

static AllocSite *new_site(Builder *B, int is_var, const char *text, Pos pos, int64_t size, int64_t align)
{
	AllocSite *s = ARENA_NEW(B->prog->arena, AllocSite);
	s->is_var = is_var;
	s->text = text;
	s->pos = pos;
	s->size = size;
	s->align = align;
	s->heap_only = size < 0;
	return s;
}

/* s with every `from` replaced by `to`, in the arena. */
static const char *replace_all(Arena *a, const char *s, const char *from, const char *to)
{
	size_t nf = strlen(from), nt = strlen(to);
	if (!strstr(s, from))
		return s;
	char *r = arena_alloc(a, strlen(s) * (nt > nf ? nt : 1) + 1), *o = r;
	for (const char *p = s; *p;) {
		if (strncmp(p, from, nf) == 0) {
			memcpy(o, to, nt);
			o += nt;
			p += nf;
		} else {
			*o++ = *p++;
		}
	}
	*o = 0;
	return r;
}

/* A type as gc's -m prints it: types_string, with gc's "interface {}". */
static const char *gc_type(Builder *B, Type *t)
{
	return replace_all(B->prog->arena, types_string(B->prog->arena, t), "interface{}", "interface {}");
}

/* An expression as gc's -m prints it: composite literals abbreviated to
 * T{...}, function literals as "func literal", the rest as written. */
static const char *gc_text(Builder *B, Node *e)
{
	Arena *a = B->prog->arena;
	if (!e)
		return "?";
	switch (e->kind) {
	case NODE_PAREN:
		return gc_text(B, AST(e, paren).x);
	case NODE_COMPOSITE_LIT:
		return arena_sprintf(a, AST(e, composite).elems.len ? "%s{...}" : "%s{}", gc_type(B, e->type));
	case NODE_FUNC_LIT:
		return "func literal";
	case NODE_UNARY:
		if (AST(e, unary).op == TOK_AND)
			return arena_sprintf(a, "&%s", gc_text(B, AST(e, unary).x));
		break;
	default:
		break;
	}
	/* gc abbreviates a literal inside an expression as T{...} too */
	return replace_all(a, ast_string(a, e), "{\u2026}", "{...}");
}

/* Where -m reports the conversion of v (escape/gcpos.h). */
static Pos conv_pos(Builder *B, Val v)
{
	return v.src ? gcpos_conv(B->conv_ctx, v.src, B->conv_pos) : B->pos;
}

/* A new zeroed object of type t, allocated at site s: on the collected
 * heap (its type descriptor tells the collector where its pointers are)
 * unless escape analysis moves it to the frame. */
static Value *site_alloc(Builder *B, Type *t, AllocSite *s)
{
	types_layout(t);
	Value *desc = sym_addr(B, type_desc(B->prog, t));
	Value *p;
	SsaType rt = ST_PTR;
	Value *c = call_runtime(B, "rt_newobject", &desc, 1, 1, &rt, &p, 0);
	if (!s)
		s = new_site(B, 0, "", B->pos, t->size, t->align), s->quiet = 1, s->heap_only = 1;
	if (s->size > 0 && s->size != t->size)
		s->size = t->size;
	c->site = s;
	return p;
}

static Value *heap_alloc(Builder *B, Type *t)
{
	return site_alloc(B, t, NULL);
}

static int is_empty_iface(SsaProgram *p, Type *t);

/* Does a closure capture o by value?  gc does when o is never assigned
 * after its declaration, its address is never taken, and it is at most
 * 128 bytes: the closure then holds a copy, and o need not be shared. */
static int by_value(Object *o)
{
	types_layout(o->type);
	return o->captured && !o->addr_taken && !o->reassigned && o->type->size <= 128;
}

static VarHome *home_of(Builder *B, Object *o)
{
	VarHome *h = map_get(&B->homes, ptr_key(o));
	if (h)
		return h;
	if (o->is_global) {
		h = ARENA_NEW(B->a, VarHome);
		h->var = -1;
		h->global = global_sym(B->prog, o);
		map_put(B->a, &B->homes, ptr_key(o), h);
		return h;
	}
	if (B->outer && o->kind == OBJ_VAR) {
		/* a variable of an enclosing function: captured by reference,
		 * the closure holds its address (one word); by value, a copy
		 * (its size, in whole words).  Word 0 of the closure object is
		 * the code.  The load goes at the top of the entry block, at the
		 * entry's memory: the closure never changes. */
		int64_t off = 8 + B->capture_bytes;
		VEC_PUSH(B->a, B->captures, o);
		B->capture_bytes += by_value(o) ? (o->type->size + 7) & ~7 : 8;
		Block *entry = B->fn->entry;
		Value *initmem = entry->values.items[0];
		Value *slot = ssa_value1(entry, OP_OffPtr, ST_PTR, o->pos, B->ctx);
		slot->auxint = off;
		if (by_value(o)) {
			/* the copy is read in place */
			int n = entry->values.len;
			for (int i = n - 1; i > 2; i--)
				entry->values.items[i] = entry->values.items[i - 1];
			entry->values.items[2] = slot;
			slot->name = arena_sprintf(B->a, "&%s", o->name);
			h = ARENA_NEW(B->a, VarHome);
			h->var = -1;
			h->indirect = slot;
			map_put(B->a, &B->homes, ptr_key(o), h);
			return h;
		}
		Value *addr = ssa_value2(entry, OP_Load, ST_PTR, o->pos, slot, initmem);
		addr->name = arena_sprintf(B->a, "&%s", o->name);
		/* move both up, just after the Context */
		int n = entry->values.len;
		for (int i = n - 1; i > 2; i--)
			entry->values.items[i] = entry->values.items[i - 2];
		entry->values.items[2] = slot;
		entry->values.items[3] = addr;
		h = ARENA_NEW(B->a, VarHome);
		h->var = -1;
		h->indirect = addr;
		map_put(B->a, &B->homes, ptr_key(o), h);
		return h;
	}
	return NULL;
}

/* A new local variable: SSA words, or a stack slot.  Not initialized. */
static VarHome *declare(Builder *B, Object *o)
{
	VarHome *h = ARENA_NEW(B->a, VarHome);
	h->var = -1;
	types_layout(o->type);
	int huge = o->type->size > (10 << 20);   /* gc: a variable over 10 MiB lives on the heap */
	if (in_words(o->type) && !o->addr_taken && !o->captured) {
		h->nwords = nwords_of(o->type);
		for (int i = 0; i < h->nwords; i++) {
			const char *name = o->name;
			if (h->nwords > 1) {
				static const char *str_parts[] = {"ptr", "len", "cap"};
				static const char *iface_parts[] = {"type", "data"};
				const char *part = types_underlying(o->type)->kind == TYPE_INTERFACE
				                       ? iface_parts[i] : str_parts[i];
				if (i == 0 && types_underlying(o->type)->kind == TYPE_INTERFACE &&
				    !is_empty_iface(B->prog, o->type))
					part = "tab";   /* an itab, not a type */
				name = arena_sprintf(B->a, "%s.%s", o->name, part);
			}
			int var = new_var(B, name, word_type(o->type, i));
			if (i == 0)
				VEC_PUSH(B->a, B->fn->var_decls, ((struct VarDecl){var, B->cur}));
			if (i == 0)
				h->var = var;
		}
	} else if (o->addr_taken || (o->captured && !by_value(o)) || huge) {
		/* its address may outlive the frame: until escape analysis
		 * decides better, such a variable lives on the heap */
		types_layout(o->type);
		AllocSite *site = new_site(B, 1, o->name, o->pos, o->type->size, o->type->align);
		if (o->type->size > (10 << 20))
			site->heap_only = 1;   /* gc: declared variables over 10 MiB */
		h->indirect = site_alloc(B, o->type, site);
		h->indirect->name = arena_sprintf(B->a, "&%s", o->name);
	} else {
		types_layout(o->type);
		h->local = ssa_new_local(B->fn, o->name, o->type->size, o->type->align);
	}
	map_put(B->a, &B->homes, ptr_key(o), h);
	return h;
}

static Value *home_addr(Builder *B, VarHome *h)
{
	if (h->indirect)
		return h->indirect;
	if (h->local)
		return local_addr(B, h->local);
	return sym_addr(B, h->global);
}

static Val read_home(Builder *B, VarHome *h, Type *t)
{
	if (h->var < 0)
		return load_val(B, t, home_addr(B, h));
	Val v = {0};
	v.type = t;
	v.n = h->nwords;
	for (int i = 0; i < v.n; i++) {
		v.w[i] = read_var(B, h->var + i, B->cur);
		if (v.w[i]->type == ST_PTR) {
			/* a read of the variable, for escape analysis (ssa.h) */
			Value *c = v1(B, OP_Copy, ST_PTR, v.w[i]);
			c->var_read = h->var + 1;
			c->name = v.w[i]->name;
			v.w[i] = c;
		}
	}
	return v;
}

static void write_home(Builder *B, VarHome *h, Val v)
{
	if (h->var < 0) {
		store_val(B, home_addr(B, h), v);
		return;
	}
	for (int i = 0; i < h->nwords; i++) {
		if (!v.w[i]->name)
			v.w[i]->name = B->vars.items[h->var + i].name;
		write_var(B, h->var + i, B->cur, v.w[i]);
		if (v.w[i]->type == ST_PTR)
			VEC_PUSH(B->a, B->fn->var_writes, ((struct VarWrite){v.w[i], h->var}));
	}
}

/* ---- expressions -------------------------------------------------------------- */

static Val expr(Builder *B, Node *e);
static void cond(Builder *B, Node *e, Block *yes, Block *no);
static int call_expr(Builder *B, Node *e, Val *out, int max);
static Value *addr_of(Builder *B, Node *e);

static Val const_val(Builder *B, Type *t, ConstVal *c)
{
	t = default_type(t);
	if (c->kind == CONST_STRING)
		return string_val(B, t, c->s, c->len);
	if (c->kind == CONST_BOOL)
		return word_val(t, iconst(B, ST_BOOL, c->b));
	int ok = 0;
	int64_t x = types_is_unsigned(t) ? (int64_t)const_to_uint64(c, &ok) : const_to_int64(c, &ok);
	return word_val(t, iconst(B, scalar_type(t), x));
}

static Value *normalize(Builder *B, Value *x)
{
	static const Op ext[ST_COUNT] = {
		[ST_INT8] = OP_SignExt8, [ST_INT16] = OP_SignExt16, [ST_INT32] = OP_SignExt32,
		[ST_UINT8] = OP_ZeroExt8, [ST_UINT16] = OP_ZeroExt16, [ST_UINT32] = OP_ZeroExt32,
	};
	if (!ext[x->type])
		return x;
	return v1(B, ext[x->type], x->type, x);
}

/* Go spec: Arithmetic operators, for integers of type t (x and y are
 * normalized values of t; the result is too). */
static Value *arith(Builder *B, int op, SsaType t, Value *x, Value *y, Type *ytype)
{
	int sgn = ssa_type_signed(t);
	int64_t c;
	switch (op) {
	case TOK_ADD: return normalize(B, v2(B, OP_Add, t, x, y));
	case TOK_SUB: return normalize(B, v2(B, OP_Sub, t, x, y));
	case TOK_STAR: return normalize(B, v2(B, OP_Mul, t, x, y));
	case TOK_DIV: case TOK_REM:
		if (!ssa_is_const(y, &c) || c == 0)
			ssa_value1(B->cur, OP_ZeroCheck, ST_VOID, B->pos, y);
		if (op == TOK_DIV)
			return normalize(B, v2(B, sgn ? OP_Div : OP_Divu, t, x, y));
		return v2(B, sgn ? OP_Mod : OP_Modu, t, x, y);
	case TOK_AND: return v2(B, OP_And, t, x, y);
	case TOK_OR: return v2(B, OP_Or, t, x, y);
	case TOK_XOR: return v2(B, OP_Xor, t, x, y);
	case TOK_AND_NOT: return v2(B, OP_AndNot, t, x, y);
	case TOK_SHL: case TOK_SHR:
		/* Go spec: Operators: a negative count panics; a count of 64 or
		 * more is fine and shifts everything out */
		if (ytype && types_is_integer(ytype) && !types_is_unsigned(ytype) &&
		    !(ssa_is_const(y, &c) && c >= 0))
			ssa_value1(B->cur, OP_ShiftCheck, ST_VOID, B->pos, y);
		if (op == TOK_SHL)
			return normalize(B, v2(B, OP_Lsh, t, x, y));
		return v2(B, sgn ? OP_Rsh : OP_Rshu, t, x, y);
	}
	ice("unknown arithmetic operator");
}

static Value *call_runtime(Builder *B, const char *sym, Value **args, int nargs, int nres,
                           SsaType *rtypes, Value **res, int noreturn);

static Val concat(Builder *B, Node *e)
{
	/* flatten a + b + c into one call */
	VEC(Node *) parts = {0};
	Node *x = e;
	while (x->kind == NODE_BINARY && AST(x, binary).op == TOK_ADD && x->mode != MODE_CONSTANT) {
		VEC_PUSH(B->a, parts, AST(x, binary).y);
		x = AST(x, binary).x;
		while (x->kind == NODE_PAREN)
			x = AST(x, paren).x;
	}
	VEC_PUSH(B->a, parts, x);
	int n = parts.len;
	Val *vals = arena_alloc(B->a, sizeof(Val) * (size_t)n);
	for (int i = 0; i < n; i++) /* left to right */
		vals[i] = expr(B, parts.items[n - 1 - i]);
	Value *res[2];
	SsaType rt[2] = {ST_PTR, ST_INT};
	if (n == 2) {
		Value *args[5] = {vals[0].w[0], vals[0].w[1], vals[1].w[0], vals[1].w[1], iconst(B, ST_PTR, 0)};
		Value *c = call_runtime(B, "rt_concatstring2", args, 5, 2, rt, res, 0);
		c->site = tmpbuf_site(B, gc_text(B, e), e->pos, 4, ABI_TMP_BUF);
	} else {
		Local *arr = temp(B, 16 * n, 8);
		Value *base = local_addr(B, arr);
		for (int i = 0; i < n; i++) {
			store(B, ST_PTR, offptr(B, base, 16 * i), vals[i].w[0]);
			store(B, ST_INT, offptr(B, base, 16 * i + 8), vals[i].w[1]);
		}
		Value *args[3] = {base, iconst(B, ST_INT, n), iconst(B, ST_PTR, 0)};
		Value *c = call_runtime(B, "rt_concatstrings", args, 3, 2, rt, res, 0);
		c->site = tmpbuf_site(B, gc_text(B, e), e->pos, 2, ABI_TMP_BUF);
	}
	Val v = {0};
	v.type = e->type;
	v.n = 2;
	v.w[0] = res[0];
	v.w[1] = res[1];
	return v;
}

/* Is a value of type t equal to another exactly when their bytes are?
 * Integers, booleans and pointers yes; strings and interfaces no (equal
 * contents at different addresses); structs only without padding. */
static int plain_bytes(Type *t)
{
	types_layout(t);
	Type *u = types_underlying(t);
	switch (u->kind) {
	case TYPE_STRING: case TYPE_INTERFACE: case TYPE_INVALID:
		return 0;
	case TYPE_ARRAY:
		return plain_bytes(u->u.array.elem);
	case TYPE_STRUCT: {
		int64_t sum = 0;
		for (int i = 0; i < u->u.strct.fields.len; i++) {
			Object *f = u->u.strct.fields.items[i].obj;
			if (!plain_bytes(f->type) || strcmp(f->name, "_") == 0)
				return 0;
			sum += f->type->size;
		}
		return sum == u->size;
	}
	default:
		return u->kind <= TYPE_UINTPTR || u->kind == TYPE_POINTER || u->kind == TYPE_CHAN ||
		       u->kind == TYPE_UNSAFE_POINTER;
	}
}

/* Equality of two values of type t, as a bool value. */
static Value *iface_equal(Builder *B, Type *t, Val x, Val y);
static Val assign_conv(Builder *B, Val v, Type *to);
static Val to_iface(Builder *B, Val v, Type *to);

static Value *equal(Builder *B, Type *t, Val x, Val y)
{
	Type *u = types_underlying(t);
	if (u->kind == TYPE_STRING) {
		Value *args[4] = {x.w[0], x.w[1], y.w[0], y.w[1]};
		Value *r;
		SsaType rt = ST_BOOL;
		call_runtime(B, "rt_eqstring", args, 4, 1, &rt, &r, 0);
		return r;
	}
	if (u->kind == TYPE_INTERFACE)
		return iface_equal(B, t, x, y);
	if (x.n == 1)
		return v2(B, OP_Eq, ST_BOOL, x.w[0], y.w[0]);
	if (u->kind == TYPE_SLICE || u->kind == TYPE_UNTYPED_NIL)
		/* a slice is only ever compared with nil: its pointer says it */
		return v2(B, OP_Eq, ST_BOOL, x.w[0], y.w[0]);
	if ((u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT) && plain_bytes(t)) {
		/* integers and the like, no padding: compare the bytes */
		types_layout(t);
		Value *args[3] = {x.addr, y.addr, iconst(B, ST_INT, t->size)};
		Value *r;
		SsaType rt = ST_BOOL;
		call_runtime(B, "rt_memequal", args, 3, 1, &rt, &r, 0);
		return r;
	}
	if (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT) {
		/* element by element, all evaluated (no short circuit needed: no effects) */
		Value *all = iconst(B, ST_BOOL, 1);
		if (u->kind == TYPE_ARRAY) {
			Type *et = u->u.array.elem;
			types_layout(et);
			for (int64_t i = 0; i < u->u.array.len; i++) {
				Val ex = load_val(B, et, offptr(B, x.addr, i * et->size));
				Val ey = load_val(B, et, offptr(B, y.addr, i * et->size));
				all = v2(B, OP_And, ST_BOOL, all, equal(B, et, ex, ey));
			}
		} else {
			for (int i = 0; i < u->u.strct.fields.len; i++) {
				Field *f = &u->u.strct.fields.items[i];
				if (strcmp(f->obj->name, "_") == 0)
					continue;
				Val ex = load_val(B, f->obj->type, offptr(B, x.addr, f->offset));
				Val ey = load_val(B, f->obj->type, offptr(B, y.addr, f->offset));
				all = v2(B, OP_And, ST_BOOL, all, equal(B, f->obj->type, ex, ey));
			}
		}
		return all;
	}
	unsupported(B, B->pos, "comparison of this type");
	return iconst(B, ST_BOOL, 0);
}

static Value *compare(Builder *B, int op, Type *t, Val x, Val y)
{
	Type *u = types_underlying(t);
	if (op == TOK_EQL)
		return equal(B, t, x, y);
	if (op == TOK_NEQ)
		return v1(B, OP_Not, ST_BOOL, equal(B, t, x, y));
	Value *a, *b;
	int sgn;
	if (u->kind == TYPE_STRING) {
		Value *args[4] = {x.w[0], x.w[1], y.w[0], y.w[1]};
		SsaType rt = ST_INT;
		call_runtime(B, "rt_cmpstring", args, 4, 1, &rt, &a, 0);
		b = iconst(B, ST_INT, 0);
		sgn = 1;
	} else {
		a = x.w[0];
		b = y.w[0];
		sgn = ssa_type_signed(a->type);
	}
	switch (op) {
	case TOK_LSS: return v2(B, sgn ? OP_Less : OP_Lessu, ST_BOOL, a, b);
	case TOK_LEQ: return v2(B, sgn ? OP_Leq : OP_Lequ, ST_BOOL, a, b);
	case TOK_GTR: return v2(B, sgn ? OP_Less : OP_Lessu, ST_BOOL, b, a);
	case TOK_GEQ: return v2(B, sgn ? OP_Leq : OP_Lequ, ST_BOOL, b, a);
	}
	ice("unknown comparison");
}

static int is_comparison(int op)
{
	return op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ || op == TOK_GTR ||
	       op == TOK_GEQ;
}

/* A boolean value computed with branches (&&, ||): a temporary variable
 * written on both paths, joined by a Phi. */
static Val bool_by_branches(Builder *B, Node *e)
{
	int var = new_var(B, NULL, ST_BOOL);
	Block *yes = new_block(B), *no = new_block(B), *join = new_block(B);
	cond(B, e, yes, no);
	seal(B, yes);
	seal(B, no);
	B->cur = yes;
	write_var(B, var, yes, iconst(B, ST_BOOL, 1));
	jump(B, join);
	B->cur = no;
	write_var(B, var, no, iconst(B, ST_BOOL, 0));
	jump(B, join);
	seal(B, join);
	B->cur = join;
	return word_val(e->type, read_var(B, var, join));
}

static Val binary(Builder *B, Node *e)
{
	int op = AST(e, binary).op;
	Node *xn = AST(e, binary).x, *yn = AST(e, binary).y;
	if (op == TOK_LAND || op == TOK_LOR)
		return bool_by_branches(B, e);
	if (op == TOK_ADD && types_is_string(e->type))
		return concat(B, e);
	if (is_comparison(op)) {
		/* untyped operands take the other side's type */
		Type *t = xn->type;
		if (types_is_untyped(t) && !types_is_untyped(yn->type))
			t = yn->type;
		t = default_type(t);
		Val x = expr(B, xn);
		Val y = expr(B, yn);
		if (types_underlying(x.type)->kind == TYPE_UNTYPED_NIL || types_underlying(y.type)->kind == TYPE_UNTYPED_NIL) {
			t = types_underlying(x.type)->kind == TYPE_UNTYPED_NIL ? y.type : x.type;
		} else if (types_is_interface(x.type) != types_is_interface(y.type)) {
			/* an interface and a concrete value: the value is converted */
			B->pos = e->pos;
			t = types_is_interface(x.type) ? x.type : y.type;
			B->conv_quiet = 1;   /* gc compares without a box: no -m line */
			x = assign_conv(B, x, t);
			y = assign_conv(B, y, t);
			B->conv_quiet = 0;
		}
		return word_val(e->type, compare(B, op, t, x, y));
	}
	Val x = expr(B, xn);
	Val y = expr(B, yn);
	Type *t = default_type(e->type);
	return word_val(t, arith(B, op, scalar_type(t), x.w[0], y.w[0], yn->type));
}

static void init_composite(Builder *B, Node *e, Type *t, Value *p);
static Value *nil_checked(Builder *B, Value *p);

static Val unary(Builder *B, Node *e)
{
	int op = AST(e, unary).op;
	Node *xn = AST(e, unary).x;
	if (op == TOK_NOT) {
		Val x = expr(B, xn);
		return word_val(e->type, v1(B, OP_Not, ST_BOOL, x.w[0]));
	}
	if (op == TOK_ADD)
		return expr(B, xn);
	if (op == TOK_SUB || op == TOK_XOR) {
		Val x = expr(B, xn);
		Type *t = default_type(e->type);
		SsaType st = scalar_type(t);
		return word_val(t, normalize(B, v1(B, op == TOK_SUB ? OP_Neg : OP_Com, st, x.w[0])));
	}
	if (op == TOK_AND) {
		Node *x = xn;
		while (x->kind == NODE_PAREN)
			x = AST(x, paren).x;
		if (x->kind == NODE_COMPOSITE_LIT) {
			/* &T{...}: a new object, filled in */
			Type *t = x->type;
			types_layout(t);
			Value *p = site_alloc(B, t, implicit_site(B, gc_text(B, e), e->pos, t->size, t->align));
			Type *u = types_underlying(t);
			if (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT)
				init_composite(B, x, t, p);
			else   /* &[]T{...}, &map[K]V{...}: the slice or map, then a pointer to it */
				store_val(B, p, expr(B, x));
			return word_val(e->type, p);
		}
		return word_val(e->type, addr_of(B, x));
	}
	unsupported(B, e->pos, "receive operations");
}

/* Go spec: Conversions, between integer types: truncate to the target's
 * width and extend again by the target's signedness. */
static Value *convert_int(Builder *B, Value *x, Type *from, Type *to)
{
	SsaType ts = scalar_type(to);
	SsaType fs = scalar_type(from);
	int tsize = ssa_type_size(ts), fsize = ssa_type_size(fs);
	if (tsize < 8 && (fsize > tsize || ssa_type_signed(fs) != ssa_type_signed(ts) || fsize == tsize)) {
		Value *c = v1(B, OP_Copy, ts, x);
		if (fsize == tsize && ssa_type_signed(fs) == ssa_type_signed(ts))
			return c;
		return normalize(B, c);
	}
	if (fs == ts)
		return x;
	return v1(B, OP_Copy, ts, x);
}


/* The value v of type from, assigned to a variable of type to. */
static Val zero_val(Builder *B, Type *t);

static Val assign_conv(Builder *B, Val v, Type *to)
{
	if (types_underlying(v.type)->kind == TYPE_UNTYPED_NIL && !types_is_interface(to))
		return zero_val(B, to);   /* nil as a slice, a pointer, a map ... */
	if (types_is_interface(to) && !types_identical(v.type, to))
		return to_iface(B, v, to);
	v.type = to;
	return v;
}

/* A conversion T(x) as gc's -m prints it: the type parenthesized when it
 * would not read as a call, ([]byte)(s), (interface {})(x). */
static const char *conv_text(Builder *B, Type *to, Node *xn)
{
	const char *tt = gc_type(B, to);
	int paren = tt[0] == '*' || tt[0] == '[' || strncmp(tt, "func", 4) == 0 ||
	            strncmp(tt, "interface", 9) == 0 || strncmp(tt, "map", 3) == 0 || strncmp(tt, "chan", 4) == 0;
	return arena_sprintf(B->prog->arena, paren ? "(%s)(%s)" : "%s(%s)", tt, gc_text(B, xn));
}

/* Go spec: Conversions. */
static Val conversion(Builder *B, Node *e, Type *to, Node *xn)
{
	Type *from = xn->type;
	Type *tu = types_underlying(to), *fu = types_underlying(from);
	B->pos = e->pos;
	if (types_is_integer(to) && types_is_integer(from)) {
		Val x = expr(B, xn);
		return word_val(to, convert_int(B, x.w[0], default_type(from), to));
	}
	if (tu->kind == TYPE_STRING && types_is_integer(from)) {
		Val x = expr(B, xn);
		Value *res[2];
		SsaType rt[2] = {ST_PTR, ST_INT};
		call_runtime(B, "rt_intstring", &x.w[0], 1, 2, rt, res, 0);
		Val v = {0};
		v.type = to;
		v.n = 2;
		v.w[0] = res[0];
		v.w[1] = res[1];
		return v;
	}
	if (tu->kind == TYPE_STRING && fu->kind == TYPE_SLICE) {
		Val x = expr(B, xn);
		int runes = types_underlying(fu->u.pointer.elem)->kind == TYPE_INT32;
		Value *res[2];
		SsaType rt[2] = {ST_PTR, ST_INT};
		B->pos = e->pos;
		Value *args[3] = {x.w[0], x.w[1], iconst(B, ST_PTR, 0)};
		Value *c = call_runtime(B, runes ? "rt_slicerunetostring" : "rt_slicebytetostring", args, 3, 2, rt,
		                        res, 0);
		c->site = tmpbuf_site(B, conv_text(B, to, xn), e->pos, 2, ABI_TMP_BUF);
		Val v = {0};
		v.type = to;
		v.n = 2;
		v.w[0] = res[0];
		v.w[1] = res[1];
		return v;
	}
	if (tu->kind == TYPE_SLICE && types_is_string(from)) {
		Val x = expr(B, xn);
		int runes = types_underlying(tu->u.pointer.elem)->kind == TYPE_INT32;
		/* of a constant, gc makes an array of the exact length: for
		 * []byte("abc") a copy, for []rune("abc") the literal []rune{...} */
		int64_t clen;
		int constant = gc_const_string(xn, &clen) != NULL;
		const char *text = constant && runes
		                   ? arena_sprintf(B->a, clen == 0 ? "%s{}" : "%s{...}", gc_type(B, to))
		                   : conv_text(B, to, xn);
		Local *area = temp(B, 24, 8);
		Value *args[4] = {local_addr(B, area), x.w[0], x.w[1], iconst(B, ST_PTR, 0)};
		B->pos = e->pos;
		Value *c = call_runtime(B, runes ? "rt_stringtoslicerune" : "rt_stringtoslicebyte", args, 4, 0,
		                        NULL, NULL, 0);
		c->site = tmpbuf_site(B, text, e->pos, 3, runes ? 4 * ABI_TMP_BUF : ABI_TMP_BUF);
		Val v = load_val(B, to, local_addr(B, area));
		if (constant && v.n == 3)
			v.w[2] = v.w[1];
		return v;
	}
	Val x = expr(B, xn);
	if (types_is_interface(to) && !types_is_interface(from)) {
		/* gc's -m prints an explicit conversion as written, its type
		 * parenthesized when it would not read as a call: (interface {})(x) */
		B->conv_text = conv_text(B, to, xn);
		B->pos = e->pos;
		Val r = assign_conv(B, x, to);
		B->conv_text = NULL;
		return r;
	}
	return assign_conv(B, x, to);
}

/* ---- calls ----------------------------------------------------------------------- */

/* A call of sym with the given argument words.  With nres result words
 * (at most 2) they are returned in res.  A noreturn call ends the block. */
static Value *emit_call_op(Builder *B, Op op, const char *sym, ValueList *words, int nres,
                           SsaType *rtypes, Value **res, int noreturn);

static Value *emit_call(Builder *B, const char *sym, ValueList *words, int nres, SsaType *rtypes,
                        Value **res, int noreturn)
{
	return emit_call_op(B, OP_Call, sym, words, nres, rtypes, res, noreturn);
}

/* Call or ClosureCall (words[0] is then the closure). */
static Value *emit_call_op(Builder *B, Op op, const char *sym, ValueList *words, int nres,
                           SsaType *rtypes, Value **res, int noreturn)
{
	Value *c = ssa_new_value(B->cur, op, ST_MEM, B->pos);
	c->aux = sym;
	for (int i = 0; i < words->len; i++)
		ssa_add_arg(c, words->items[i]);
	ssa_add_arg(c, mem(B));
	c->call_results = nres;
	c->call_noreturn = noreturn;
	set_mem(B, c);
	for (int i = 0; i < nres; i++) {
		res[i] = v1(B, OP_CallResult, rtypes[i], c);
		res[i]->auxint = i;
	}
	if (noreturn) {
		B->cur->kind = BLOCK_EXIT;
		ssa_set_control(B->cur, c);
		start_dead_block(B);
	}
	return c;
}

static Value *call_runtime(Builder *B, const char *sym, Value **args, int nargs, int nres,
                           SsaType *rtypes, Value **res, int noreturn)
{
	ValueList words = {0};
	for (int i = 0; i < nargs; i++)
		VEC_PUSH(B->a, words, args[i]);
	return emit_call(B, sym, &words, nres, rtypes, res, noreturn);
}

/* ---- interfaces ------------------------------------------------------------------ */

static Val materialize(Builder *B, Val v);

/* Is a value of type t held in an interface's data word itself (abi.h)? */
static int is_direct(Type *t)
{
	Type *u = types_underlying(t);
	return u->kind == TYPE_POINTER || u->kind == TYPE_UNSAFE_POINTER || u->kind == TYPE_MAP ||
	       u->kind == TYPE_CHAN || u->kind == TYPE_FUNC;
}

/* interface{} and any: a type word, not an itab. */
static int is_empty_iface(SsaProgram *p, Type *t)
{
	return types_iface_methods(p->types, t)->len == 0;
}

/* The position of method `name` in iface's sorted method list: the
 * index of its code pointer in an itab. */
static int iface_method_index(SsaProgram *p, Type *iface, const char *name)
{
	ObjectList *ms = types_iface_methods(p->types, iface);
	for (int i = 0; i < ms->len; i++)
		if (strcmp(ms->items[i]->name, name) == 0)
			return i;
	ice("method not in its interface");
}

typedef VEC(const char *) NameList;

/* The names of the methods t may have: its own and, through embedded
 * fields, theirs (whether each is in t's method set is decided by
 * method_of). */
static void method_names(Arena *a, Type *t, NameList *out, int depth)
{
	if (depth > 16)
		return;
	if (t->kind == TYPE_POINTER)
		t = t->u.pointer.elem;
	if (t->kind == TYPE_NAMED)
		for (int i = 0; i < t->u.named.methods.len; i++)
			VEC_PUSH(a, *out, t->u.named.methods.items[i]->name);
	Type *u = types_underlying(t);
	if (u->kind == TYPE_STRUCT)
		for (int i = 0; i < u->u.strct.fields.len; i++)
			if (u->u.strct.fields.items[i].embedded)
				method_names(a, u->u.strct.fields.items[i].obj->type, out, depth + 1);
}

static int name_order(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int lib_implemented(SsaProgram *p, Object *f);
static const char *func_sym(SsaProgram *p, Object *f);

/* Method `name` of C if it is in C's method set (Go spec: Method sets:
 * T has the value-receiver methods, *T all of them, and an embedded *E
 * brings all of E's, an embedded interface its methods), else NULL. */
static Object *method_of(SsaProgram *p, Type *C, const char *name, Selection *sel)
{
	int ambiguous = 0;
	Object *m = types_lookup(p->types, C, p->pkg, name, sel, &ambiguous);
	if (!m || ambiguous || m->kind != OBJ_FUNC || !m->type->u.func.recv)
		return NULL;
	if (types_is_interface(m->type->u.func.recv->type))
		return sel->path_len > 1 ? m : NULL;   /* promoted from an embedded interface field */
	int want_ptr = types_underlying(m->type->u.func.recv->type)->kind == TYPE_POINTER;
	if (types_underlying(C)->kind != TYPE_POINTER && want_ptr && !sel->indirect)
		return NULL;
	if (m->pkg && m->pkg->is_lib && !lib_implemented(p, m))
		return NULL;
	return m;
}

static const char *deref_wrapper_p(SsaProgram *p, Object *m);
static const char *promoted_wrapper(SsaProgram *p, Type *base, Object *m, Selection *sel);

/* The code an itab or a method table holds for method m of type C: a
 * function taking the interface's data word as its receiver word.  For
 * a pointer receiver on *T that is m itself; a value receiver needs a
 * wrapper that loads the value first (main.T.M$ptr), and a promoted
 * method one that walks to the embedded field (main.Outer.M$ptr). */
static const char *iface_fn(SsaProgram *p, Type *C, Object *m, Selection *sel)
{
	int want_ptr = types_underlying(m->type->u.func.recv->type)->kind == TYPE_POINTER;
	int c_ptr = types_underlying(C)->kind == TYPE_POINTER;
	if (is_direct(C) && !c_ptr)
		return func_sym(p, m);   /* a named func, map or chan type: the word is the value */
	if (types_is_interface(m->type->u.func.recv->type))
		return promoted_wrapper(p, c_ptr ? types_underlying(C)->u.pointer.elem : C, m, sel);
	if (sel->path_len == 1)
		return want_ptr ? func_sym(p, m) : deref_wrapper_p(p, m);
	return promoted_wrapper(p, c_ptr ? types_underlying(C)->u.pointer.elem : C, m, sel);
}

/* The method table of t's descriptor: for an interface its methods, for
 * any other type its method set, sorted by name, each with the code an
 * itab would hold. */
static void desc_methods(SsaProgram *p, Type *t, DataObj *d, const char *sym)
{
	Type *u = types_underlying(t);
	NameList names = {0};
	Object **objs;
	const char **fns;
	int n = 0;
	if (u->kind == TYPE_INTERFACE) {
		ObjectList *ms = types_iface_methods(p->types, t);
		objs = arena_alloc(p->arena, sizeof(Object *) * (size_t)(ms->len + 1));
		fns = arena_alloc(p->arena, sizeof(char *) * (size_t)(ms->len + 1));
		for (int i = 0; i < ms->len; i++) {
			objs[n] = ms->items[i];
			fns[n++] = NULL;
		}
	} else {
		method_names(p->arena, t, &names, 0);
		if (!names.len)
			return;
		qsort(names.items, (size_t)names.len, sizeof(char *), name_order);
		objs = arena_alloc(p->arena, sizeof(Object *) * (size_t)names.len);
		fns = arena_alloc(p->arena, sizeof(char *) * (size_t)names.len);
		for (int i = 0; i < names.len; i++) {
			if (i > 0 && strcmp(names.items[i], names.items[i - 1]) == 0)
				continue;
			Selection sel = {0};
			Object *m = method_of(p, t, names.items[i], &sel);
			if (!m)
				continue;
			objs[n] = m;
			fns[n++] = iface_fn(p, t, m, &sel);
		}
	}
	if (!n)
		return;
	const char *msym = arena_sprintf(p->arena, "%s.methods", sym);
	DataObj *md = new_data(p, msym, 32 * n, 8);
	md->readonly = 1;
	for (int i = 0; i < n; i++) {
		const char *name = objs[i]->name;
		VEC_PUSH(p->arena, md->relocs, ((DataReloc){32 * i, string_sym(p, name, (int64_t)strlen(name)), 0}));
		VEC_PUSH(p->arena, md->words, ((DataWord){32 * i + 8, (int64_t)strlen(name)}));
		VEC_PUSH(p->arena, md->relocs, ((DataReloc){32 * i + 16, type_desc(p, objs[i]->type), 0}));
		if (fns[i])
			VEC_PUSH(p->arena, md->relocs, ((DataReloc){32 * i + 24, fns[i], 0}));
	}
	VEC_PUSH(p->arena, d->relocs, ((DataReloc){96, msym, 0}));
	VEC_PUSH(p->arena, d->words, ((DataWord){104, n}));
}

/* The itab of dynamic type C in interface I, as read-only data made at
 * compile time (go.itab.N; the -S listing names the pair); NULL when a
 * method of I reaches C only through an embedded interface. */
static const char *itab_sym(SsaProgram *p, Type *C, Type *I)
{
	const char *tsym = type_desc(p, C), *isym = type_desc(p, I);
	char *k = arena_sprintf(p->arena, "%s,%s", tsym, isym);
	const char *key = intern(p->names, k, strlen(k));
	const char *sym = map_get(&p->itabs, ptr_key(key));
	if (sym)
		return sym;
	ObjectList *ms = types_iface_methods(p->types, I);
	const char **fns = arena_alloc(p->arena, sizeof(char *) * (size_t)(ms->len + 1));
	for (int i = 0; i < ms->len; i++) {
		Selection sel = {0};
		Object *m = method_of(p, C, ms->items[i]->name, &sel);
		if (!m)
			return NULL;
		fns[i] = iface_fn(p, C, m, &sel);
	}
	sym = arena_sprintf(p->arena, "go.itab.%d", p->nitabs++);
	map_put(p->arena, &p->itabs, ptr_key(key), (void *)sym);
	DataObj *d = new_data(p, sym, 16 + 8 * ms->len, 8);
	d->readonly = 1;
	d->comment = arena_sprintf(p->arena, "itab %s, %s", type_text(p, C), type_text(p, I));
	VEC_PUSH(p->arena, d->relocs, ((DataReloc){0, isym, 0}));
	VEC_PUSH(p->arena, d->relocs, ((DataReloc){8, tsym, 0}));
	for (int i = 0; i < ms->len; i++)
		VEC_PUSH(p->arena, d->relocs, ((DataReloc){16 + 8 * i, fns[i], 0}));
	return sym;
}

/* The dynamic type of interface value x, as a descriptor address (0 for
 * a nil interface): the first word of an interface{}, the type in the
 * itab otherwise — loaded only when there is an itab. */
static Value *dyn_type(Builder *B, Val x)
{
	if (is_empty_iface(B->prog, x.type))
		return x.w[0];
	int var = new_var(B, NULL, ST_PTR);
	Block *has = new_block(B), *join = new_block(B);
	write_var(B, var, B->cur, iconst(B, ST_PTR, 0));
	B->cur->kind = BLOCK_IF;
	ssa_set_control(B->cur, v2(B, OP_Eq, ST_BOOL, x.w[0], iconst(B, ST_PTR, 0)));
	ssa_add_edge(B->cur, join);
	ssa_add_edge(B->cur, has);
	seal(B, has);
	B->cur = has;
	write_var(B, var, has, load(B, ST_PTR, offptr(B, x.w[0], 8)));
	jump(B, join);
	seal(B, join);
	B->cur = join;
	return read_var(B, var, join);
}

/* The data word for a value v of concrete type t: the value itself when
 * t is direct, else the address of a copy.  The copy goes to the heap,
 * except for the arguments of calls known to drop them when they return
 * (fmt's printing functions, print, panic: B->box_stack); escape
 * analysis will decide this for every conversion. */
static Value *iface_data(Builder *B, Val v, Type *t)
{
	if (is_direct(t))
		return v.n ? v.w[0] : load(B, ST_PTR, v.addr);
	AllocSite *s = implicit_site(B, B->conv_text ? B->conv_text : gc_text(B, v.src),
	                             B->conv_text ? B->pos : conv_pos(B, v), t->size, t->align);
	s->quiet = B->conv_quiet;
	Value *p = site_alloc(B, t, s);
	v.type = t;
	store_val(B, p, v);
	return p;
}

/* v converted to interface type `to` (Go spec: Assignability): a
 * concrete value gets its descriptor or a static itab and its data
 * word; an interface value keeps its data word and gets the new
 * interface's type word (its dynamic type, or an itab the runtime finds). */
static Val to_iface(Builder *B, Val v, Type *to)
{
	Val r = {0};
	r.type = to;
	r.n = 2;
	Type *from = v.type;
	if (types_underlying(from)->kind == TYPE_UNTYPED_NIL) {
		r.w[0] = iconst(B, ST_PTR, 0);
		r.w[1] = iconst(B, ST_PTR, 0);
		return r;
	}
	int empty = is_empty_iface(B->prog, to);
	if (types_is_interface(from)) {
		r.w[1] = v.w[1];
		if (types_identical(from, to) || (empty && is_empty_iface(B->prog, from))) {
			r.w[0] = v.w[0];
		} else if (empty) {
			r.w[0] = dyn_type(B, v);
		} else {
			Value *a[2] = {sym_addr(B, type_desc(B->prog, to)), v.w[0]};
			SsaType pt = ST_PTR;
			call_runtime(B, "rt_convI2I", a, 2, 1, &pt, &r.w[0], 0);
		}
		return r;
	}
	Type *t = default_type(from);
	types_layout(t);
	r.w[1] = iface_data(B, v, t);
	if (empty) {
		r.w[0] = sym_addr(B, type_desc(B->prog, t));
	} else {
		const char *isym = itab_sym(B->prog, t, to);
		if (!isym)
			unsupported(B, B->pos, "interface methods promoted from an embedded interface field");
		r.w[0] = sym_addr(B, isym);
	}
	return r;
}

/* x == y for interface values (Go spec: Comparison operators): the same
 * dynamic type and equal values, decided by the runtime, which panics on
 * uncomparable dynamic types; against nil, the type word alone. */
static Value *iface_equal(Builder *B, Type *t, Val x, Val y)
{
	Value *zero = iconst(B, ST_PTR, 0);
	if (types_underlying(x.type)->kind == TYPE_UNTYPED_NIL)
		return v2(B, OP_Eq, ST_BOOL, y.w[0], zero);
	if (types_underlying(y.type)->kind == TYPE_UNTYPED_NIL)
		return v2(B, OP_Eq, ST_BOOL, x.w[0], zero);
	Value *a[5] = {iconst(B, ST_INT, !is_empty_iface(B->prog, t)), x.w[0], x.w[1], y.w[0], y.w[1]};
	Value *r;
	SsaType rt = ST_BOOL;
	call_runtime(B, "rt_ifaceeq", a, 5, 1, &rt, &r, 0);
	return r;
}

/* The value of type T held in an interface whose data word is data. */
static Val iface_value(Builder *B, Type *T, Value *data)
{
	types_layout(T);
	if (is_direct(T))
		return word_val(T, data);
	return load_val(B, T, data);
}

/* x.(T) (Go spec: Type assertions).  Without okp a failure panics with
 * gc's message; with it, *okp says whether x held a T and the result is
 * T's zero value when not. */
static Val type_assert(Builder *B, Node *e, Value **okp)
{
	Node *xn = AST(e, assert).x;
	Type *T = AST(e, assert).type->type;   /* e->type is (T, bool) in v, ok := x.(T) */
	Type *I = xn->type;
	Val x = materialize(B, expr(B, xn));
	B->pos = e->pos;
	Value *t = dyn_type(B, x);
	Value *nilw = iconst(B, ST_PTR, 0);
	SsaType pt = ST_PTR;
	if (types_is_interface(T)) {
		Val r = {0};
		r.type = T;
		r.n = 2;
		int empty = is_empty_iface(B->prog, T);
		Value *desc = sym_addr(B, type_desc(B->prog, T));
		if (okp) {
			Value *w0 = t;
			if (!empty) {
				Value *a[2] = {desc, t};
				call_runtime(B, "rt_assertitab2", a, 2, 1, &pt, &w0, 0);
			}
			*okp = v2(B, OP_Neq, ST_BOOL, w0, nilw);
			r.w[0] = w0;
			r.w[1] = v3(B, OP_CondSelect, ST_PTR, x.w[1], nilw, *okp);
			return r;
		}
		Value *a[3] = {desc, t, sym_addr(B, type_desc(B->prog, I))}, *tab;
		call_runtime(B, "rt_assertitab", a, 3, 1, &pt, &tab, 0);
		r.w[0] = empty ? t : tab;
		r.w[1] = x.w[1];
		return r;
	}
	Value *want = sym_addr(B, type_desc(B->prog, T));
	Value *same = v2(B, OP_Eq, ST_BOOL, t, want);
	types_layout(T);
	if (okp) {
		*okp = same;
		if (is_direct(T))
			return word_val(T, v3(B, OP_CondSelect, ST_PTR, x.w[1], nilw, same));
		/* a zeroed temporary, filled only when the types agree */
		Local *tmp = temp(B, T->size, T->align);
		zero(B, local_addr(B, tmp), T->size);
		Block *yes = new_block(B), *join = new_block(B);
		B->cur->kind = BLOCK_IF;
		ssa_set_control(B->cur, same);
		ssa_add_edge(B->cur, yes);
		ssa_add_edge(B->cur, join);
		seal(B, yes);
		B->cur = yes;
		move(B, local_addr(B, tmp), x.w[1], T->size);
		jump(B, join);
		seal(B, join);
		B->cur = join;
		return load_val(B, T, local_addr(B, tmp));
	}
	Block *ok = new_block(B), *fail = new_block(B);
	B->cur->kind = BLOCK_IF;
	ssa_set_control(B->cur, same);
	ssa_add_edge(B->cur, ok);
	ssa_add_edge(B->cur, fail);
	seal(B, ok);
	seal(B, fail);
	B->cur = fail;
	Value *a[3] = {t, want, sym_addr(B, type_desc(B->prog, I))};
	call_runtime(B, "rt_panicdottype", a, 3, 0, NULL, NULL, 1);
	B->cur = ok;
	return iface_value(B, T, x.w[1]);
}

/* The assembly symbol of a function: its qualified name; the init
 * functions of package main are main.init.0, main.init.1, ... */
static const char *func_sym(SsaProgram *p, Object *f)
{
	if (f->pkg && strcmp(f->pkg->path, "main") == 0 && strcmp(f->name, "init") == 0) {
		int k = 0;
		for (int i = 0; i < p->funcs.len && p->funcs.items[i] != f; i++)
			k += strcmp(p->funcs.items[i]->name, "init") == 0;
		return arena_sprintf(p->arena, "main.init.%d", k);
	}
	Object *recv = f->type && f->type->kind == TYPE_FUNC ? f->type->u.func.recv : NULL;
	if (recv) {
		/* a method: main.T.M, for a value or a pointer receiver alike (a
		 * type cannot have both); gc spells the second main.(*T).M, which
		 * NASM cannot take as a name */
		Type *rt = recv->type;
		if (types_underlying(rt)->kind == TYPE_POINTER && rt->kind != TYPE_NAMED)
			rt = rt->u.pointer.elem;
		const char *tn = rt->kind == TYPE_NAMED ? rt->u.named.obj->name : "?";
		return arena_sprintf(p->arena, "%s.%s.%s", f->pkg ? f->pkg->path : "main", tn, f->name);
	}
	return arena_sprintf(p->arena, "%s.%s", f->pkg ? f->pkg->path : "main", f->name);
}

static int total_words(Arena *a, ObjectList *objs)
{
	int n = 0;
	for (int i = 0; i < objs->len; i++) {
		LeafList l = {0};
		leaves(a, objs->items[i]->type, 0, &l);
		n += l.len;
	}
	return n;
}

/* Result i's offset in a result area: each result at the next multiple
 * of 8 (runtime/abi.h). */
static int64_t result_offset(ObjectList *res, int i, int64_t *total)
{
	int64_t off = 0, at = 0;
	for (int k = 0; k < res->len; k++) {
		Type *t = res->items[k]->type;
		types_layout(t);
		if (k == i)
			at = off;
		off += (t->size + 7) & ~7;
	}
	if (total)
		*total = off;
	return at;
}

static int func_noreturn(Object *f)
{
	return f->pkg && strcmp(f->pkg->path, "os") == 0 && strcmp(f->name, "Exit") == 0;
}

/* Evaluates the arguments of a call into the words for sig's parameters. */
/* Library functions that keep none of their arguments once they return:
 * what they format is copied.  Their ... slices and the interface boxes
 * of their operands can live in the caller's frame; for any other callee
 * they go to the heap until escape analysis can tell. */
static int drops_args(const char *sym)
{
	static const char *const fns[] = {
		"fmt.Println", "fmt.Print", "fmt.Printf", "fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln", "fmt.Errorf",
	};
	for (size_t i = 0; sym && i < sizeof fns / sizeof fns[0]; i++)
		if (strcmp(sym, fns[i]) == 0)
			return 1;
	return 0;
}

/* gc reports the conversion of a variable passed to a call at the last
 * position it set before: the previous argument that is not a variable,
 * or the call. */
static void call_args(Builder *B, Node *call, Type *sig, ValueList *words, const char *sym)
{
	int on_stack = drops_args(sym) && !B->args_outlive;
	ObjectList *params = &sig->u.func.params;
	NodeList *args = &AST(call, call).args;
	Val vals[64];
	int nvals = 0;
	Val *all = vals;
	int cap = 64;
	if (args->len == 1 && args->items[0]->type && args->items[0]->type->kind == TYPE_TUPLE) {
		nvals = call_expr(B, args->items[0], vals, 64); /* f(g()) with several results */
	} else {
		if (args->len > cap)
			all = arena_alloc(B->a, sizeof(Val) * (size_t)args->len);
		for (int i = 0; i < args->len; i++)
			all[nvals++] = expr(B, args->items[i]);
	}
	int fixed = sig->u.func.variadic && !AST(call, call).has_dots ? params->len - 1 : params->len;
	for (int i = 0; i < fixed; i++) {
		Type *pt = params->items[i]->type;
		B->box_stack = on_stack;
		B->conv_ctx = GCPOS_CALL;
		B->conv_pos = i > 0 && args->len == nvals ? gcpos_arg(args, i, call->pos) : call->pos;
		Val v = assign_conv(B, all[i], pt);
		B->conv_ctx = GCPOS_OWN;
		B->box_stack = 0;
		if (by_reference(pt)) {
			Value *p = B->args_outlive ? heap_alloc(B, pt) : local_addr(B, temp(B, pt->size, pt->align));
			store_val(B, p, v);
			VEC_PUSH(B->a, *words, p);
			continue;
		}
		flatten(B, v, words);
	}
	if (fixed == params->len)
		return;
	/* the ... parameter: the extra arguments in a new slice */
	Type *st = params->items[fixed]->type;
	Type *et = types_underlying(st)->u.pointer.elem;
	types_layout(et);
	int n = nvals - fixed;
	if (n == 0) {
		VEC_PUSH(B->a, *words, iconst(B, ST_PTR, 0));
		VEC_PUSH(B->a, *words, iconst(B, ST_INT, 0));
		VEC_PUSH(B->a, *words, iconst(B, ST_INT, 0));
		return;
	}
	/* convert all first: boxing makes temporaries, stores come after */
	B->box_stack = on_stack;
	B->conv_ctx = GCPOS_CALL;
	for (int i = 0; i < n; i++) {
		B->conv_pos = args->len == nvals ? gcpos_arg(args, fixed + i, call->pos) : call->pos;
		all[fixed + i] = assign_conv(B, all[fixed + i], et);
	}
	B->conv_ctx = GCPOS_OWN;
	B->box_stack = 0;
	Value *base;
	{
		Value *a[3] = {sym_addr(B, type_desc(B->prog, et)), iconst(B, ST_INT, n), iconst(B, ST_INT, n)};
		SsaType rt = ST_PTR;
		Value *c = call_runtime(B, "rt_makeslice", a, 3, 1, &rt, &base, 0);
		c->site = implicit_site(B, "... argument", call->pos, et->size * n, et->align);
		(void)on_stack;
	}
	for (int i = 0; i < n; i++)
		store_val(B, offptr(B, base, et->size * i), all[fixed + i]);
	VEC_PUSH(B->a, *words, base);
	VEC_PUSH(B->a, *words, iconst(B, ST_INT, n));
	VEC_PUSH(B->a, *words, iconst(B, ST_INT, n));
}

/* The library functions the runtime implements so far (in runtime/);
 * the others are declared in lib/ for the checker, and refused here by
 * name rather than left for the linker to complain about. */
static int lib_implemented(SsaProgram *p, Object *f)
{
	static const char *const have[] = {
		"fmt.Println", "fmt.Print", "fmt.Printf", "fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln",
		"os.Exit",
		"strings.Builder.String", "strings.Builder.Len", "strings.Builder.Cap",
		"strings.Builder.Reset", "strings.Builder.Grow", "strings.Builder.Write",
		"strings.Builder.WriteByte", "strings.Builder.WriteRune", "strings.Builder.WriteString",
		"strings.Repeat", "strings.Contains", "strings.Index", "strings.Split", "strings.Join",
		"strings.HasPrefix", "strings.HasSuffix", "strings.ToUpper", "strings.ToLower",
		"strings.TrimSpace", "strings.Fields",
		"strconv.Itoa", "strconv.Atoi", "strconv.NumError.Error", "strconv.NumError.Unwrap",
		"errors.New", "fmt.Errorf",
		"sort.Ints", "sort.Strings", "sort.Slice",
		"runtime.GC", "runtime.ReadMemStats",
	};
	const char *name = func_sym(p, f);
	for (size_t i = 0; i < sizeof have / sizeof have[0]; i++)
		if (strcmp(have[i], name) == 0)
			return 1;
	return 0;
}

/* How sig's parameters and results sit in a call's words (ssa.h), for
 * escape analysis; with names for the function's own -m lines. */
static CallShape *make_shape(SsaProgram *p, Type *sig)
{
	Arena *a = p->arena;
	CallShape *sh = ARENA_NEW(a, CallShape);
	ObjectList *results = &sig->u.func.results;
	int nres = total_words(a, results);
	sh->result_area = nres > 2;
	int nparams = sig->u.func.params.len + (sig->u.func.recv ? 1 : 0);
	sh->params = arena_alloc(a, sizeof(CallParam) * (size_t)(nparams + 1));
	int w = 0;
	for (int i = 0; i < nparams; i++) {
		Object *o = sig->u.func.recv ? (i == 0 ? sig->u.func.recv : sig->u.func.params.items[i - 1])
		                             : sig->u.func.params.items[i];
		CallParam *cp = &sh->params[sh->nparams++];
		cp->name = o->name;
		cp->pos = o->pos;
		cp->word0 = w;
		LeafList l = {0};
		leaves(a, o->type, 0, &l);
		for (int k = 0; k < l.len; k++)
			cp->has_ptr |= l.items[k].t == ST_PTR;
		if (by_reference(o->type)) {
			cp->by_ref = 1;
			cp->nwords = 1;
		} else {
			cp->nwords = l.len;
		}
		w += cp->nwords;
	}
	sh->results = arena_alloc(a, sizeof(CallParam) * (size_t)(results->len + 1));
	int r = 0;
	for (int i = 0; i < results->len; i++) {
		Object *o = results->items[i];
		CallParam *cp = &sh->results[sh->nresults++];
		cp->name = o->name[0] && strcmp(o->name, "_") != 0 ? o->name : arena_sprintf(a, "~r%d", i);
		cp->pos = o->pos;
		LeafList l = {0};
		leaves(a, o->type, 0, &l);
		for (int k = 0; k < l.len; k++)
			cp->has_ptr |= l.items[k].t == ST_PTR;
		cp->nwords = l.len;
		cp->word0 = sh->result_area ? (int)result_offset(results, i, NULL) : r;
		r += l.len;
	}
	return sh;
}

/* Does a value of type t hold pointers? */
static int has_pointers(Builder *B, Type *t)
{
	LeafList l = {0};
	leaves(B->a, t, 0, &l);
	for (int i = 0; i < l.len; i++)
		if (l.items[i].t == ST_PTR)
			return 1;
	return 0;
}

/* The shape of a runtime call of n one-word parameters, for escape
 * analysis: parameter `which` says whether what it points to holds
 * pointers (growslice's old array, slicecopy's source). */
static CallShape *word_shape(Builder *B, int n, int which, int ptrs)
{
	Arena *a = B->prog->arena;
	CallShape *sh = ARENA_NEW(a, CallShape);
	sh->nparams = n;
	sh->params = arena_alloc(a, sizeof(CallParam) * (size_t)n);
	for (int i = 0; i < n; i++) {
		sh->params[i] = (CallParam){i, 1, 0, i == which ? ptrs : 1, "", POS_NONE};
	}
	return sh;
}

/* A call of function f; its results in out[]. */
static int call_sig(Builder *B, Type *sig, Node *call, Val *out, int max, Val *recv,
                    const char *sym, Value *closure, int noreturn);

static int call_func(Builder *B, Object *f, Node *call, Val *out, int max, Val *recv)
{
	if (f->pkg && f->pkg->is_lib && !lib_implemented(B->prog, f))
		unsupported(B, call->pos, arena_sprintf(B->a, "the library function %s (not written yet)",
		                                         func_sym(B->prog, f)));
	return call_sig(B, f->type, call, out, max, recv, func_sym(B->prog, f), NULL, func_noreturn(f));
}

/* A call with signature sig: of the function sym, or of the func value
 * whose closure is `closure`. */
static int call_sig(Builder *B, Type *sig, Node *call, Val *out, int max, Val *recv,
                    const char *sym, Value *closure, int noreturn)
{
	ObjectList *results = &sig->u.func.results;
	ValueList words = {0};
	int nres_words = total_words(B->a, results);
	Local *area = NULL;
	if (nres_words > 2) {
		int64_t total;
		result_offset(results, 0, &total);
		area = temp(B, total, 8);
		VEC_PUSH(B->a, words, local_addr(B, area));
	}
	if (recv && closure) {
		/* an interface method: the data word is the receiver word */
		VEC_PUSH(B->a, words, recv->w[0]);
	} else if (recv) {
		/* the receiver is the first parameter */
		Type *rt = sig->u.func.recv->type;
		if (by_reference(rt)) {
			Local *copy = temp(B, rt->size, rt->align);
			Value *p = local_addr(B, copy);
			store_val(B, p, *recv);
			VEC_PUSH(B->a, words, p);
		} else {
			flatten(B, *recv, &words);
		}
	}
	call_args(B, call, sig, &words, closure ? NULL : sym);
	B->pos = call->pos;
	SsaType rt[2];
	Value *res[2];
	if (!area) {
		int k = 0;
		for (int i = 0; i < results->len; i++) {
			LeafList l = {0};
			leaves(B->a, results->items[i]->type, 0, &l);
			for (int j = 0; j < l.len; j++)
				rt[k++] = l.items[j].t;
		}
	}
	Value *c;
	if (closure) {
		ValueList all = {0};
		VEC_PUSH(B->a, all, closure);
		for (int i = 0; i < words.len; i++)
			VEC_PUSH(B->a, all, words.items[i]);
		c = emit_call_op(B, recv ? OP_InterCall : OP_ClosureCall, NULL, &all, area ? 0 : nres_words, rt, res,
		                 noreturn);
	} else {
		c = emit_call(B, sym, &words, area ? 0 : nres_words, rt, res, noreturn);
	}
	c->shape = make_shape(B->prog, sig);
	int k = 0;
	for (int i = 0; i < results->len && i < max; i++) {
		Type *t = results->items[i]->type;
		if (area)
			out[i] = load_val(B, t, offptr(B, local_addr(B, area), result_offset(results, i, NULL)));
		else
			out[i] = unflatten(B, t, res, &k);
	}
	return results->len;
}

static Val builtin_call(Builder *B, Node *e, Builtin which);
static const char *deref_wrapper(Builder *B, Object *m);
static Arena *new_arena(void);
static Builder *new_builder(SsaProgram *p, const char *name, Arena *fa);
static void finish(Builder *B);
static Val materialize(Builder *B, Val v);
static Val method_value(Builder *B, Node *e, Object *m);
static const char *method_wrapper(Builder *B, Object *m);
static Value *func_value(Builder *B, const char *fsym);
static Val func_lit(Builder *B, Node *e);
static Value *addr_of_val(Builder *B, Val v);
static Value *nil_checked(Builder *B, Value *p);
static Value *elem_addr(Builder *B, Value *base, Value *i, int64_t size);

/* From p, the address of a *t, along sel's embedded fields (all but the
 * last step, the member itself): the address of the embedded value that
 * has the member, following embedded pointers; *t becomes its type. */
static Value *walk_embedded(Builder *B, Value *p, Type **t, Selection *sel)
{
	for (int i = 0; i + 1 < sel->path_len; i++) {
		Type *u = types_underlying(*t);
		types_layout(u);
		Field *f = &u->u.strct.fields.items[sel->path[i]];
		p = offptr(B, nil_checked(B, p), f->offset);
		*t = f->obj->type;
		if (types_underlying(*t)->kind == TYPE_POINTER) {
			p = load(B, ST_PTR, p);
			*t = types_underlying(*t)->u.pointer.elem;
		}
	}
	return p;
}

/* The receiver value for x.m(...): x, &x, or *x as m's receiver wants,
 * after walking the embedded fields that promote m (Go spec: Selectors,
 * Method values: x.m is (&x).m or (*x).m where needed). */
static Val method_receiver(Builder *B, Node *sel_node, Object *m)
{
	Node *xn = AST(sel_node, selector).x;
	Selection *sel = AST(sel_node, selector).info;
	Type *want = m->type->u.func.recv->type;
	int want_ptr = types_underlying(want)->kind == TYPE_POINTER;
	Type *t = xn->type;
	Value *p = NULL;        /* the address of the current object, if known */
	Val v = {0};
	if (types_underlying(t)->kind == TYPE_POINTER) {
		p = expr(B, xn).w[0];
		t = types_underlying(t)->u.pointer.elem;
	} else if (xn->mode == MODE_VARIABLE && (want_ptr || sel->path_len > 1)) {
		p = addr_of(B, xn);
	} else {
		v = expr(B, xn);
	}
	B->pos = sel_node->pos;
	if (sel->path_len > 1) {
		if (!p)
			p = addr_of_val(B, v);
		p = walk_embedded(B, p, &t, sel);
	}
	if (want_ptr) {
		if (!p)
			p = addr_of_val(B, v);
		return word_val(want, p);
	}
	if (p)
		return load_val(B, want, nil_checked(B, p));
	v.type = want;
	return v;
}

/* i.M(args) for interface value iv: the code pointer from the itab, the
 * data word as the receiver word. */
static int iface_call(Builder *B, Object *m, Val iv, Node *fun, Node *e, Val *out, int max)
{
	B->pos = fun->pos;
	int k = iface_method_index(B->prog, iv.type, m->name);
	Value *slot = offptr(B, nil_checked(B, iv.w[0]), 16 + 8 * k);
	Val recv = word_val(types_basic[TYPE_UNSAFE_POINTER], iv.w[1]);
	return call_sig(B, m->type, e, out, max, &recv, NULL, slot, 0);
}

/* Any call; returns how many results it put in out[]. */
static int call_expr(Builder *B, Node *e, Val *out, int max)
{
	while (e->kind == NODE_PAREN)
		e = AST(e, paren).x;
	if (e->kind == NODE_TYPE_ASSERT && max >= 2) {
		Value *ok;
		out[0] = type_assert(B, e, &ok);
		out[1] = word_val(types_basic[TYPE_BOOL], ok);
		return 2;
	}
	if (e->kind == NODE_INDEX && max >= 2 && types_underlying(AST(e, index).x->type)->kind == TYPE_MAP) {
		Value *ok;
		out[0] = map_index(B, e, &ok);
		out[1] = word_val(types_basic[TYPE_BOOL], ok);
		return 2;
	}
	if (e->kind != NODE_CALL) {
		out[0] = expr(B, e);
		return 1;
	}
	Node *fun = AST(e, call).fun;
	while (fun->kind == NODE_PAREN)
		fun = AST(fun, paren).x;
	if (fun->mode == MODE_TYPEXPR) {
		out[0] = conversion(B, e, fun->type, AST(e, call).args.items[0]);
		return 1;
	}
	Object *f = NULL;
	if (fun->kind == NODE_NAME)
		f = AST(fun, name).obj;
	else if (fun->kind == NODE_SELECTOR && AST(fun, selector).info &&
	         AST(fun, selector).info->kind == SEL_QUALIFIED)
		f = AST(fun, selector).info->obj;
	if (fun->mode == MODE_BUILTIN && f) {
		out[0] = builtin_call(B, e, f->builtin);
		return e->mode == MODE_NOVALUE ? 0 : 1;
	}
	if (fun->kind == NODE_SELECTOR && AST(fun, selector).info &&
	    AST(fun, selector).info->kind == SEL_METHOD && !types_is_interface(AST(fun, selector).x->type)) {
		Object *m = AST(fun, selector).info->obj;
		Val recv = method_receiver(B, fun, m);
		if (types_is_interface(m->type->u.func.recv->type))
			return iface_call(B, m, recv, fun, e, out, max);   /* promoted from an embedded interface */
		return call_func(B, m, e, out, max, &recv);
	}
	if (f && f->kind == OBJ_FUNC)
		return call_func(B, f, e, out, max, NULL);
	if (fun->kind == NODE_SELECTOR && AST(fun, selector).info &&
	    AST(fun, selector).info->kind == SEL_METHOD) {
		/* i.M(args): the code pointer from the itab, the data word as
		 * the receiver */
		Node *xn = AST(fun, selector).x;
		Val iv = expr(B, xn);
		return iface_call(B, AST(fun, selector).info->obj, iv, fun, e, out, max);
	}
	if (types_underlying(fun->type)->kind != TYPE_FUNC)
		unsupported(B, e->pos, "calls of this kind");
	/* a func value: call through its closure */
	Value *closure = expr(B, fun).w[0];
	return call_sig(B, types_underlying(fun->type), e, out, max, NULL, NULL, closure, 0);
}

static void print_arg(Builder *B, Val v)
{
	Type *t = default_type(v.type);
	Type *u = types_underlying(t);
	const char *fn;
	switch (u->kind) {
	case TYPE_BOOL: fn = "rt_printbool"; break;
	case TYPE_STRING: fn = "rt_printstring"; break;
	case TYPE_POINTER: case TYPE_UNSAFE_POINTER: case TYPE_MAP: case TYPE_CHAN: case TYPE_FUNC:
		fn = "rt_printpointer";
		break;
	case TYPE_UNTYPED_NIL:
		fn = "rt_printpointer";
		v.n = 1;
		v.w[0] = iconst(B, ST_PTR, 0);
		break;
	default:
		if (types_is_integer(t)) {
			fn = types_is_unsigned(t) ? "rt_printuint" : "rt_printint";
			break;
		}
		unsupported(B, B->pos, "printing this type with print/println");
		return;
	}
	call_runtime(B, fn, v.w, v.n, 0, NULL, NULL, 0);
}

/* append(s, x, y) and append(s, t...): in place while the capacity
 * lasts, else through rt_growslice (gc's growth rule) first.
 *
 *     newlen := len(s) + n
 *     if uint(newlen) > uint(cap(s)) { ptr, cap = growslice(...) }
 *     ptr[len(s)], ... = x, y
 */
static Val append_call(Builder *B, Node *e)
{
	NodeList *args = &AST(e, call).args;
	Type *st = e->type;
	Type *et = types_underlying(st)->u.pointer.elem;
	types_layout(et);
	Val s = expr(B, args->items[0]);
	int dots = AST(e, call).has_dots;
	int n = args->len - 1;
	Val *xs = arena_alloc(B->a, sizeof(Val) * (size_t)(n + 1));
	/* gc converts the elements after building them all, at the position
	 * that left (gcpos.h) */
	Pos at = gcpos_after_list(args, e->pos);
	for (int i = 0; i < n; i++) {
		xs[i] = expr(B, args->items[i + 1]);
		if (!dots) {
			B->conv_ctx = GCPOS_APPEND;
			B->conv_pos = at;
			xs[i] = assign_conv(B, xs[i], et);
			B->conv_ctx = GCPOS_OWN;
		}
	}
	B->pos = e->pos;
	if (n == 0)
		return s;
	Value *count = dots ? xs[0].w[1] : iconst(B, ST_INT, n);
	Value *newlen = v2(B, OP_Add, ST_INT, s.w[1], count);
	int pvar = new_var(B, "append.ptr", ST_PTR), cvar = new_var(B, "append.cap", ST_INT);
	write_var(B, pvar, B->cur, s.w[0]);
	write_var(B, cvar, B->cur, s.w[2]);
	Block *grow = new_block(B), *join = new_block(B);
	B->cur->kind = BLOCK_IF;
	ssa_set_control(B->cur, v2(B, OP_Lessu, ST_BOOL, s.w[2], newlen));
	ssa_add_edge(B->cur, grow);
	ssa_add_edge(B->cur, join);
	seal(B, grow);
	B->cur = grow;
	Value *a[5] = {sym_addr(B, type_desc(B->prog, et)), s.w[0], s.w[1], s.w[2], newlen}, *res[2];
	SsaType rt[2] = {ST_PTR, ST_INT};
	Value *gc = call_runtime(B, "rt_growslice", a, 5, 2, rt, res, 0);
	gc->shape = word_shape(B, 5, 1, has_pointers(B, et));
	write_var(B, pvar, grow, res[0]);
	write_var(B, cvar, grow, res[1]);
	jump(B, join);
	seal(B, join);
	B->cur = join;
	Value *p = read_var(B, pvar, join), *cap = read_var(B, cvar, join);
	if (dots) {
		/* memmove(p + len*size, t.ptr, t.len*size) */
		Value *to = elem_addr(B, p, s.w[1], et->size);
		Value *bytes = et->size == 1 ? count : v2(B, OP_Mul, ST_INT, count, iconst(B, ST_INT, et->size));
		Value *m[3] = {to, xs[0].w[0], bytes}, *ignored;
		SsaType pt = ST_PTR;
		Value *mc = call_runtime(B, "memmove", m, 3, 1, &pt, &ignored, 0);
		mc->shape = word_shape(B, 3, 1, has_pointers(B, et));
	} else {
		for (int i = 0; i < n; i++) {
			Value *at = v2(B, OP_Add, ST_INT, s.w[1], iconst(B, ST_INT, i));
			store_val(B, elem_addr(B, p, at, et->size), xs[i]);
		}
	}
	Val v = {0};
	v.type = st;
	v.n = 3;
	v.w[0] = p;
	v.w[1] = newlen;
	v.w[2] = cap;
	return v;
}

static Val builtin_call(Builder *B, Node *e, Builtin which)
{
	NodeList *args = &AST(e, call).args;
	Val none = {0};
	none.type = e->type;
	switch (which) {
	case BUILTIN_LEN: case BUILTIN_CAP: {
		Node *xn = args->items[0];
		Type *u = types_underlying(xn->type);
		if (u->kind == TYPE_POINTER)
			u = types_underlying(u->u.pointer.elem);
		Val x = expr(B, xn);
		if (u->kind == TYPE_ARRAY)
			return word_val(e->type, iconst(B, ST_INT, u->u.array.len));
		if (u->kind == TYPE_STRING || (u->kind == TYPE_SLICE && which == BUILTIN_LEN))
			return word_val(e->type, x.w[1]);
		if (u->kind == TYPE_SLICE)
			return word_val(e->type, x.w[2]);
		if (u->kind == TYPE_MAP)
			return word_val(e->type, map_len(B, x.w[0]));
		unsupported(B, e->pos, "len or cap of this type");
		return zero_val(B, e->type);
	}
	case BUILTIN_PRINT: case BUILTIN_PRINTLN: {
		int n = args->len;
		Val *vals = arena_alloc(B->a, sizeof(Val) * (size_t)(n + 64));
		if (n == 1 && args->items[0]->type && args->items[0]->type->kind == TYPE_TUPLE)
			n = call_expr(B, args->items[0], vals, 64);   /* println(f()) */
		else
			for (int i = 0; i < n; i++)
				vals[i] = expr(B, args->items[i]);
		B->pos = e->pos;
		for (int i = 0; i < n; i++) {
			if (i > 0 && which == BUILTIN_PRINTLN)
				call_runtime(B, "rt_printsp", NULL, 0, 0, NULL, NULL, 0);
			print_arg(B, vals[i]);
		}
		if (which == BUILTIN_PRINTLN)
			call_runtime(B, "rt_printnl", NULL, 0, 0, NULL, NULL, 0);
		return none;
	}
	case BUILTIN_MAKE: {
		Type *u = types_underlying(e->type);
		if (u->kind == TYPE_MAP)
			return make_map(B, e, args->len > 1 ? args->items[1] : NULL, e->type);
		if (u->kind != TYPE_SLICE)
			unsupported(B, e->pos, "channels");
		Type *et = u->u.pointer.elem;
		types_layout(et);
		Value *len = expr(B, args->items[1]).w[0];
		Value *cap = args->len > 2 ? expr(B, args->items[2]).w[0] : len;
		B->pos = e->pos;
		Value *a[3] = {sym_addr(B, type_desc(B->prog, et)), len, cap}, *p;
		SsaType rt = ST_PTR;
		Value *c = call_runtime(B, "rt_makeslice", a, 3, 1, &rt, &p, 0);
		/* on the stack only with a constant size (gc), and here also a
		 * constant length, since the stack slot skips makeslice's checks */
		int64_t n;
		Node *capn = args->len > 2 ? args->items[2] : args->items[1];
		int fixed = args->items[1]->mode == MODE_CONSTANT && capn->mode == MODE_CONSTANT &&
		            ssa_is_const(cap, &n) && n >= 0;
		c->site = implicit_site(B, gc_text(B, e), e->pos, fixed ? n * et->size : -1, et->align);
		Val v = {0};
		v.type = e->type;
		v.n = 3;
		v.w[0] = p;
		v.w[1] = len;
		v.w[2] = cap;
		return v;
	}
	case BUILTIN_APPEND:
		return append_call(B, e);
	case BUILTIN_COPY: {
		Val dst = expr(B, args->items[0]);
		Val src = expr(B, args->items[1]);
		B->pos = e->pos;
		Type *et = types_underlying(args->items[0]->type)->u.pointer.elem;
		types_layout(et);
		Value *a[5] = {dst.w[0], dst.w[1], src.w[0], src.w[1], iconst(B, ST_INT, et->size)}, *n;
		SsaType rt = ST_INT;
		Value *c = call_runtime(B, "rt_slicecopy", a, 5, 1, &rt, &n, 0);
		c->shape = word_shape(B, 5, 2, has_pointers(B, et));
		return word_val(e->type, n);
	}
	case BUILTIN_NEW:
	{
		Type *t = types_underlying(e->type)->u.pointer.elem;
		types_layout(t);
		const char *text = arena_sprintf(B->prog->arena, "new(%s)", gc_type(B, t));
		return word_val(e->type, site_alloc(B, t, implicit_site(B, text, e->pos, t->size, t->align)));
	}
	case BUILTIN_DELETE: {
		Val m = expr(B, args->items[0]);
		Type *mt = args->items[0]->type;
		Val k = assign_conv(B, expr(B, args->items[1]), types_underlying(mt)->u.map.key);
		B->pos = e->pos;
		map_call(B, MAP_DELETE, mt, m.w[0], k, NULL);
		return none;
	}
	case BUILTIN_PANIC: {
		Val v = expr(B, args->items[0]);
		B->box_stack = !B->args_outlive;   /* the frames stay until the exit */
		v = assign_conv(B, v, types_any);
		B->box_stack = 0;
		B->pos = e->pos;
		call_runtime(B, "rt_gopanic", v.w, 2, 0, NULL, NULL, 1);
		return none;
	}
	default:
		break;
	}
	unsupported(B, e->pos, arena_sprintf(B->a, "the builtin %s", ast_string(B->a, AST(e, call).fun)));
	return zero_val(B, e->type);
}

/* ---- pointers and fields ------------------------------------------------------- */

/* The address of a copy of v (v itself if it is already in memory). */
static Value *addr_of_val(Builder *B, Val v)
{
	if (v.n == 0)
		return v.addr;
	types_layout(v.type);
	Local *tmp = temp(B, v.type->size, v.type->align);
	Value *p = local_addr(B, tmp);
	store_val(B, p, v);
	return p;
}

/* p, checked: a nil pointer panics here rather than at a fault */
static Value *nil_checked(Builder *B, Value *p)
{
	ssa_value1(B->cur, OP_NilCheck, ST_VOID, B->pos, p);
	return p;
}

/* The address of field x.f (through the embedded fields of the path, and
 * through pointers: p.f is (*p).f). */
static Value *field_addr(Builder *B, Node *e, Type **ftype)
{
	Node *xn = AST(e, selector).x;
	Selection *sel = AST(e, selector).info;
	Type *t = xn->type;
	Value *base;
	if (types_underlying(t)->kind == TYPE_POINTER) {
		base = nil_checked(B, expr(B, xn).w[0]);
		t = types_underlying(t)->u.pointer.elem;
	} else {
		base = addr_of(B, xn);
	}
	B->pos = e->pos;
	for (int i = 0; i < sel->path_len; i++) {
		Type *u = types_underlying(t);
		if (u->kind == TYPE_POINTER) {
			/* an embedded *T on the way */
			base = nil_checked(B, load(B, ST_PTR, base));
			u = types_underlying(u->u.pointer.elem);
		}
		types_layout(u);
		Field *f = &u->u.strct.fields.items[sel->path[i]];
		base = offptr(B, base, f->offset);
		t = f->obj->type;
	}
	*ftype = t;
	return base;
}

/* ---- indexing and slicing ---------------------------------------------------- */

static Value *check_index(Builder *B, Value *i, Value *n, BoundsKind k)
{
	int64_t ci, cn;
	if (ssa_is_const(i, &ci) && ssa_is_const(n, &cn) &&
	    (ssa_bounds[k].strict ? (uint64_t)ci < (uint64_t)cn : (uint64_t)ci <= (uint64_t)cn))
		return i;
	Value *c = ssa_value2(B->cur, OP_BoundsCheck, ST_VOID, B->pos, i, n);
	c->auxint = k;
	return i;
}

static Value *elem_addr(Builder *B, Value *base, Value *i, int64_t size)
{
	int64_t c;
	if (ssa_is_const(i, &c))
		return offptr(B, base, c * size);
	Value *off = size == 1 ? i : v2(B, OP_Mul, ST_INT, i, iconst(B, ST_INT, size));
	return v2(B, OP_AddPtr, ST_PTR, base, off);
}

static Value *index_int(Builder *B, Node *n)
{
	Val v = expr(B, n);
	return v.w[0];
}

/* The address of element x[i] of an array or slice, checked. */
static Value *index_addr(Builder *B, Node *e, Type **elem)
{
	Node *xn = AST(e, index).x;
	Type *u = types_underlying(xn->type);
	if (u->kind == TYPE_POINTER && types_underlying(u->u.pointer.elem)->kind == TYPE_ARRAY) {
		/* p[i] with p a *[N]T: (*p)[i] */
		Value *base = nil_checked(B, expr(B, xn).w[0]);
		u = types_underlying(u->u.pointer.elem);
		Value *i = index_int(B, AST(e, index).indices.items[0]);
		B->pos = e->pos;
		check_index(B, i, iconst(B, ST_INT, u->u.array.len), BOUNDS_INDEX);
		*elem = u->u.array.elem;
		types_layout(*elem);
		return elem_addr(B, base, i, (*elem)->size);
	}
	if (u->kind == TYPE_ARRAY) {
		Value *base = addr_of(B, xn);
		Value *i = index_int(B, AST(e, index).indices.items[0]);
		B->pos = e->pos;
		check_index(B, i, iconst(B, ST_INT, u->u.array.len), BOUNDS_INDEX);
		*elem = u->u.array.elem;
		types_layout(*elem);
		return elem_addr(B, base, i, (*elem)->size);
	}
	if (u->kind == TYPE_SLICE) {
		Val s = expr(B, xn);
		Value *i = index_int(B, AST(e, index).indices.items[0]);
		B->pos = e->pos;
		check_index(B, i, s.w[1], BOUNDS_INDEX);
		*elem = u->u.pointer.elem;
		types_layout(*elem);
		return elem_addr(B, s.w[0], i, (*elem)->size);
	}
	unsupported(B, e->pos, "indexing this type");
	*elem = e->type;
	return iconst(B, ST_PTR, 0);
}

static Val index_expr(Builder *B, Node *e)
{
	Node *xn = AST(e, index).x;
	Type *u = types_underlying(default_type(xn->type));
	if (u->kind == TYPE_MAP)
		return map_index(B, e, NULL);
	if (u->kind == TYPE_STRING) {
		Val s = expr(B, xn);
		Value *i = index_int(B, AST(e, index).indices.items[0]);
		B->pos = e->pos;
		check_index(B, i, s.w[1], BOUNDS_INDEX);
		return word_val(e->type, load(B, ST_UINT8, elem_addr(B, s.w[0], i, 1)));
	}
	if (u->kind == TYPE_ARRAY && xn->mode != MODE_VARIABLE) {
		/* an array value that is not a variable: f()[i] */
		Val a = expr(B, xn);
		Value *i = index_int(B, AST(e, index).indices.items[0]);
		B->pos = e->pos;
		check_index(B, i, iconst(B, ST_INT, u->u.array.len), BOUNDS_INDEX);
		Type *et = u->u.array.elem;
		types_layout(et);
		return load_val(B, et, elem_addr(B, a.addr, i, et->size));
	}
	Type *et;
	Value *p = index_addr(B, e, &et);
	return load_val(B, et, p);
}

static Val slice_expr(Builder *B, Node *e)
{
	Node *xn = AST(e, slice).x;
	Type *u = types_underlying(default_type(xn->type));
	Value *base, *len, *cap;
	int64_t esize = 1;
	if (u->kind == TYPE_STRING) {
		Val s = expr(B, xn);
		base = s.w[0];
		len = cap = s.w[1];
	} else if (u->kind == TYPE_SLICE) {
		Val s = expr(B, xn);
		base = s.w[0];
		len = s.w[1];
		cap = s.w[2];
		types_layout(u->u.pointer.elem);
		esize = u->u.pointer.elem->size;
	} else if (u->kind == TYPE_POINTER && types_underlying(u->u.pointer.elem)->kind == TYPE_ARRAY) {
		base = nil_checked(B, expr(B, xn).w[0]);
		u = types_underlying(u->u.pointer.elem);
		len = cap = iconst(B, ST_INT, u->u.array.len);
		types_layout(u->u.array.elem);
		esize = u->u.array.elem->size;
	} else if (u->kind == TYPE_ARRAY) {
		base = addr_of(B, xn);
		len = cap = iconst(B, ST_INT, u->u.array.len);
		types_layout(u->u.array.elem);
		esize = u->u.array.elem->size;
	} else {
		unsupported(B, e->pos, "slicing this type");
		return zero_val(B, e->type);
	}
	Value *lo = AST(e, slice).lo ? index_int(B, AST(e, slice).lo) : NULL;
	Value *hi = AST(e, slice).hi ? index_int(B, AST(e, slice).hi) : NULL;
	Value *max = AST(e, slice).max ? index_int(B, AST(e, slice).max) : NULL;
	B->pos = e->pos;
	int is_string = u->kind == TYPE_STRING;
	if (max) {
		check_index(B, max, cap, BOUNDS_SLICE3_ACAP);
		check_index(B, hi, max, BOUNDS_SLICE3_B);
		if (lo)
			check_index(B, lo, hi, BOUNDS_SLICE3_C);
	} else {
		if (hi)
			check_index(B, hi, is_string ? len : cap, is_string ? BOUNDS_SLICE_ALEN : BOUNDS_SLICE_ACAP);
		else
			hi = len;
		if (lo)
			check_index(B, lo, hi, BOUNDS_SLICE_B);
		max = cap;
	}
	Val v = {0};
	v.type = e->type;
	Value *nlen = lo ? v2(B, OP_Sub, ST_INT, hi, lo) : hi;
	v.w[0] = lo ? elem_addr(B, base, lo, esize) : base;
	v.w[1] = nlen;
	if (types_is_string(e->type)) {
		v.n = 2;
	} else {
		v.n = 3;
		v.w[2] = lo ? v2(B, OP_Sub, ST_INT, max, lo) : max;
	}
	return v;
}

/* ---- composite literals ------------------------------------------------------ */

static void init_composite(Builder *B, Node *e, Type *t, Value *p);

static Val literal_part(Builder *B, Node *v, Type *t);

static void store_elem(Builder *B, Node *v, Type *et, Value *p)
{
	Type *eu = types_underlying(et);
	if (v->kind == NODE_COMPOSITE_LIT && types_identical(v->type, et) &&
	    (eu->kind == TYPE_ARRAY || eu->kind == TYPE_STRUCT)) {
		init_composite(B, v, et, p);   /* built in place */
		return;
	}
	store_val(B, p, literal_part(B, v, et));
}

/* Fills zeroed memory at p with the literal e of type t. */
static void init_composite(Builder *B, Node *e, Type *t, Value *p)
{
	Type *u = types_underlying(t);
	NodeList *elems = &AST(e, composite).elems;
	if (u->kind == TYPE_ARRAY || u->kind == TYPE_SLICE) {
		Type *et = u->kind == TYPE_ARRAY ? u->u.array.elem : u->u.pointer.elem;
		types_layout(et);
		int64_t idx = 0;
		for (int i = 0; i < elems->len; i++) {
			Node *el = elems->items[i];
			if (el->kind == NODE_KEY_VALUE) {
				int ok;
				idx = const_to_int64(AST(el, key_value).key->val, &ok);
				el = AST(el, key_value).value;
			}
			store_elem(B, el, et, offptr(B, p, idx * et->size));
			idx++;
		}
		return;
	}
	if (u->kind == TYPE_STRUCT) {
		for (int i = 0; i < elems->len; i++) {
			Node *el = elems->items[i];
			Field *f;
			if (el->kind == NODE_KEY_VALUE) {
				const char *name = AST(AST(el, key_value).key, name).name;
				f = NULL;
				for (int k = 0; k < u->u.strct.fields.len; k++)
					if (u->u.strct.fields.items[k].obj->name == name)
						f = &u->u.strct.fields.items[k];
				el = AST(el, key_value).value;
			} else {
				f = &u->u.strct.fields.items[i];
			}
			store_elem(B, el, f->obj->type, offptr(B, p, f->offset));
		}
		return;
	}
	unsupported(B, e->pos, "composite literals of this type");
}

static int64_t composite_len(Node *e, Type *u)
{
	if (u->kind == TYPE_ARRAY)
		return u->u.array.len;
	int64_t n = 0, idx = 0;
	NodeList *elems = &AST(e, composite).elems;
	for (int i = 0; i < elems->len; i++) {
		Node *el = elems->items[i];
		if (el->kind == NODE_KEY_VALUE) {
			int ok;
			idx = const_to_int64(AST(el, key_value).key->val, &ok);
		}
		idx++;
		if (idx > n)
			n = idx;
	}
	return n;
}

static Val composite(Builder *B, Node *e)
{
	Type *t = e->type;
	Type *u = types_underlying(t);
	types_layout(t);
	if (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT) {
		Local *tmp = temp(B, t->size, t->align);
		Value *p = local_addr(B, tmp);
		zero(B, p, t->size);
		init_composite(B, e, t, p);
		Val v = {0};
		v.type = t;
		v.addr = p;
		return v;
	}
	if (u->kind == TYPE_SLICE) {
		/* the backing array on the heap (escape analysis will keep some on the stack) */
		Type *et = u->u.pointer.elem;
		types_layout(et);
		int64_t n = composite_len(e, u);
		Value *a[3] = {sym_addr(B, type_desc(B->prog, et)), iconst(B, ST_INT, n), iconst(B, ST_INT, n)};
		Value *p;
		SsaType rt = ST_PTR;
		Value *c = call_runtime(B, "rt_makeslice", a, 3, 1, &rt, &p, 0);
		/* gc checks no size for a slice literal's array (HeapAllocReason
		 * sees only the slice): gosub keeps one in the frame up to the
		 * 10 MiB of a declared variable, which the program text sizes too */
		c->site = new_site(B, 0, gc_text(B, e), e->pos, n * et->size, et->align);
		if (n * et->size > (10 << 20))
			c->site->heap_only = 1;
		init_composite(B, e, t, p);
		Val v = {0};
		v.type = t;
		v.n = 3;
		v.w[0] = p;
		v.w[1] = iconst(B, ST_INT, n);
		v.w[2] = v.w[1];
		return v;
	}
	if (u->kind == TYPE_MAP)
		return map_literal(B, e);
	unsupported(B, e->pos, "composite literals of this type");
	return zero_val(B, t);
}

/* ---- maps ---------------------------------------------------------------------- */

/* A map is one word, a pointer to the runtime's header (runtime/abi.h,
 * map.c); every operation on it is a runtime call, as in gc:
 *
 *   make(map[K]V, n)   rt_makemap(type, n, NULL, NULL)  (escape analysis may
 *                      give it a header and a first bucket in the frame)
 *   v := m[k]          p := rt_mapaccess1(type, m, &k); v := *p
 *   v, ok := m[k]      p, ok := rt_mapaccess2(type, m, &k); v := *p
 *   m[k] = v           p := rt_mapassign(type, m, &k); *p = v
 *   m[k] += v          *rt_mapaccess1(...) + v, then mapassign and a store
 *                      (gc rewrites it to m[k] = m[k] + v the same way)
 *   delete(m, k)       rt_mapdelete(type, m, &k)
 *   len(m)             m == nil ? 0 : m.count
 *   for k, v := range m    an iterator in the frame: rt_mapiterinit, then
 *                      rt_mapiternext until its key pointer is nil
 *
 * Keys travel by address, from a temporary in the frame, except for the
 * two kinds gc gives fast paths: 8-byte integer and pointer keys
 * (_fast64) and strings (_faststr) pass the key's words. */

/* The hash and equality the runtime uses for keys of type k, chosen here,
 * at compile time (gc emits the same choice in its map type). */
static void map_hash_fns(SsaProgram *p, Type *k, const char **hash, const char **eq)
{
	types_layout(k);
	Type *u = types_underlying(k);
	if (u->kind == TYPE_STRING) {
		*hash = "rt_strhash", *eq = "rt_strequal";
	} else if (u->kind == TYPE_INTERFACE) {
		int empty = is_empty_iface(p, k);
		*hash = empty ? "rt_nilinterhash" : "rt_interhash";
		*eq = empty ? "rt_nilinterequal" : "rt_interequal";
	} else if (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT) {
		int plain = plain_bytes(k);
		*hash = plain ? "rt_memhash" : "rt_typehash";
		*eq = plain ? "rt_memequal_t" : "rt_typeequal";
	} else {
		static const char *h[] = {"rt_memhash8", "rt_memhash16", "rt_memhash32", "rt_memhash64"};
		static const char *q[] = {"rt_memequal8", "rt_memequal16", "rt_memequal32", "rt_memequal64"};
		int i = k->size == 1 ? 0 : k->size == 2 ? 1 : k->size == 4 ? 2 : 3;
		*hash = h[i], *eq = q[i];
	}
}

/* Strings and interfaces inside a key: two equal keys may differ in their
 * bytes, so an overwrite stores the new key (gc's needkeyupdate). */
static int key_needs_update(Type *k)
{
	Type *u = types_underlying(k);
	switch (u->kind) {
	case TYPE_STRING: case TYPE_INTERFACE:
		return 1;
	case TYPE_ARRAY:
		return key_needs_update(u->u.array.elem);
	case TYPE_STRUCT:
		for (int i = 0; i < u->u.strct.fields.len; i++)
			if (key_needs_update(u->u.strct.fields.items[i].obj->type))
				return 1;
		return 0;
	default:
		return 0;
	}
}

static int type_has_pointers(Arena *a, Type *t)
{
	LeafList l = {0};
	leaves(a, t, 0, &l);
	for (int i = 0; i < l.len; i++)
		if (l.items[i].t == ST_PTR)
			return 1;
	return 0;
}

/* Keys and elements over 128 bytes live outside the bucket (gc's
 * maxKeySize, maxElemSize): the slot holds a pointer. */
enum { MAP_MAX_INLINE = 128 };

static int64_t map_slot(Type *t)
{
	types_layout(t);
	return t->size > MAP_MAX_INLINE ? 8 : t->size;
}

/* The GoMapType part of a map type's descriptor (runtime/abi.h). */
static void map_desc(SsaProgram *p, Type *u, DataObj *d)
{
	Type *k = u->u.map.key, *e = u->u.map.elem;
	types_layout(k);
	types_layout(e);
	const char *hash, *eq;
	map_hash_fns(p, k, &hash, &eq);
	int64_t ks = map_slot(k), es = map_slot(e);
	int64_t flags = (k->size > MAP_MAX_INLINE ? 1 : 0) | (e->size > MAP_MAX_INLINE ? 2 : 0) |
	                (key_needs_update(k) ? 4 : 0) |
	                (type_has_pointers(p->arena, k) || type_has_pointers(p->arena, e) ||
	                 k->size > MAP_MAX_INLINE || e->size > MAP_MAX_INLINE ? 8 : 0);
	VEC_PUSH(p->arena, d->relocs, ((DataReloc){ABI_TYPE_BYTES, hash, 0}));
	VEC_PUSH(p->arena, d->relocs, ((DataReloc){ABI_TYPE_BYTES + 8, eq, 0}));
	VEC_PUSH(p->arena, d->words, ((DataWord){ABI_TYPE_BYTES + 16, ks}));
	VEC_PUSH(p->arena, d->words, ((DataWord){ABI_TYPE_BYTES + 24, es}));
	VEC_PUSH(p->arena, d->words, ((DataWord){ABI_MAPTYPE_BUCKETSIZE, 8 + 8 * ks + 8 * es + 8}));
	VEC_PUSH(p->arena, d->words, ((DataWord){ABI_TYPE_BYTES + 40, flags}));
}

/* Which of gc's fast paths a key type takes: "_fast64", "_faststr" or "". */
static const char *map_fast(Type *mt)
{
	Type *u = types_underlying(mt);
	Type *k = types_underlying(u->u.map.key), *e = u->u.map.elem;
	types_layout(e);
	if (e->size > MAP_MAX_INLINE)
		return "";
	if (k->kind == TYPE_STRING)
		return "_faststr";
	switch (k->kind) {
	case TYPE_INT: case TYPE_INT64: case TYPE_UINT: case TYPE_UINT64: case TYPE_UINTPTR:
	case TYPE_POINTER: case TYPE_UNSAFE_POINTER: case TYPE_CHAN:
		return "_fast64";
	default:
		return "";
	}
}

/* make(map[K]V[, hint]), and a map literal's map (e the literal, hint NULL,
 * t its type: the hint is its number of entries). */
static Val make_map(Builder *B, Node *e, Node *hint, Type *t)
{
	Value *n;
	if (hint) {
		Val h = expr(B, hint);
		n = convert_int(B, h.w[0], default_type(hint->type), types_basic[TYPE_INT]);
	} else {
		n = iconst(B, ST_INT, e->kind == NODE_COMPOSITE_LIT ? AST(e, composite).elems.len : 0);
	}
	B->pos = e->pos;
	Value *a[4] = {sym_addr(B, type_desc(B->prog, t)), n, iconst(B, ST_PTR, 0), iconst(B, ST_PTR, 0)};
	Value *m;
	SsaType rt = ST_PTR;
	Value *c = call_runtime(B, "rt_makemap", a, 4, 1, &rt, &m, 0);
	/* the header (and, for a small constant hint, the first bucket) may
	 * live in the frame: escape analysis passes their slots to makemap */
	int64_t hv = 0;
	int small = !hint || (hint->mode == MODE_CONSTANT && ssa_is_const(n, &hv) && hv <= 8);
	if (e->kind == NODE_COMPOSITE_LIT && AST(e, composite).elems.len > 8)
		small = 0;
	types_layout(t);
	AllocSite *s = implicit_site(B, gc_text(B, e), e->pos, ABI_MAP_BYTES, 8);
	s->map_bucket = small ? 8 + 8 * map_slot(types_underlying(t)->u.map.key) +
	                        8 * map_slot(types_underlying(t)->u.map.elem) + 8 : 0;
	s->stack_args = 1;
	c->site = s;
	return word_val(t, m);
}

/* len(m): a nil map has none; else the header's first word. */
static Value *map_len(Builder *B, Value *m)
{
	int var = new_var(B, "hidden_len", ST_INT);
	Block *some = new_block(B), *join = new_block(B);
	write_var(B, var, B->cur, iconst(B, ST_INT, 0));
	B->cur->kind = BLOCK_IF;
	ssa_set_control(B->cur, v2(B, OP_Neq, ST_BOOL, m, iconst(B, ST_PTR, 0)));
	ssa_add_edge(B->cur, some);
	ssa_add_edge(B->cur, join);
	seal(B, some);
	B->cur = some;
	write_var(B, var, some, load(B, ST_INT, m));
	jump(B, join);
	seal(B, join);
	B->cur = join;
	return read_var(B, var, join);
}

/* The key of m[k], converted to the key type (an interface key boxes) and,
 * unless a fast path takes its words, stored in a temporary whose address
 * the runtime gets. */
static Val map_key(Builder *B, Type *mt, Node *kn)
{
	Type *kt = types_underlying(mt)->u.map.key;
	Val k = assign_conv(B, expr(B, kn), kt);
	if (*map_fast(mt))
		return k;
	types_layout(kt);
	Local *tmp = temp(B, kt->size, kt->align);
	Value *p = local_addr(B, tmp);
	store_val(B, p, k);
	Val r = {0};
	r.type = kt;
	r.addr = p;
	return r;
}

/* One of the runtime's map calls on m (of type mt) with key k (from
 * map_key): the element's address for the accesses and assign (with *okp
 * for ACCESS2). */
static Value *map_call(Builder *B, MapOp op, Type *mt, Value *m, Val key, Value **okp)
{
	static const char *names[] = {"rt_mapaccess1", "rt_mapaccess2", "rt_mapassign", "rt_mapdelete"};
	const char *fast = map_fast(mt);
	if (!*fast && key.n) {   /* from delete(m, k): not yet in memory */
		types_layout(key.type);
		Local *tmp = temp(B, key.type->size, key.type->align);
		Value *p = local_addr(B, tmp);
		store_val(B, p, key);
		key.n = 0;
		key.addr = p;
	}
	Value *a[5] = {sym_addr(B, type_desc(B->prog, mt)), m};
	int n = 2;
	if (*fast)
		for (int i = 0; i < key.n; i++)
			a[n++] = key.w[i];
	else
		a[n++] = key.addr;
	Value *res[2] = {NULL, NULL};
	SsaType rt[2] = {ST_PTR, ST_BOOL};
	int nres = op == MAP_ACCESS2 ? 2 : op == MAP_DELETE ? 0 : 1;
	call_runtime(B, arena_sprintf(B->prog->arena, "%s%s", names[op], fast), a, n, nres, rt, res, 0);
	if (okp)
		*okp = res[1];
	return res[0];
}

/* The element at p, copied out of the bucket when it is an aggregate: the
 * next insert may move it. */
static Val map_load(Builder *B, Type *et, Value *p)
{
	return materialize(B, load_val(B, et, p));
}

/* m[k] as a value, and with okp, the comma-ok form. */
static Val map_index(Builder *B, Node *e, Value **okp)
{
	Node *xn = AST(e, index).x;
	Value *m = expr(B, xn).w[0];
	Val k = map_key(B, xn->type, AST(e, index).indices.items[0]);
	B->pos = e->pos;
	Value *p = map_call(B, okp ? MAP_ACCESS2 : MAP_ACCESS1, xn->type, m, k, okp);
	return map_load(B, types_underlying(xn->type)->u.map.elem, p);   /* e's type: a tuple for v, ok */
}

/* An element of a composite literal (or a map literal's key): []*T{{1, 2}}
 * elides the & of &T{1, 2}, which is allocated here (Go spec: Composite
 * literals); the checker types such an element T or *T. */
static Val literal_part(Builder *B, Node *v, Type *t)
{
	Type *pu = types_underlying(t);
	if (v->kind == NODE_COMPOSITE_LIT && pu->kind == TYPE_POINTER &&
	    (types_identical(v->type, pu->u.pointer.elem) || types_identical(v->type, t))) {
		Type *ot = pu->u.pointer.elem;
		types_layout(ot);
		const char *text = arena_sprintf(B->prog->arena, AST(v, composite).elems.len ? "&%s{...}" : "&%s{}",
		                                 gc_type(B, ot));
		Value *obj = site_alloc(B, ot, implicit_site(B, text, v->pos, ot->size, ot->align));
		init_composite(B, v, ot, obj);
		return word_val(t, obj);
	}
	return assign_conv(B, expr(B, v), t);
}

/* map[K]V{k1: v1, ...}: make, then one assignment per entry in order (a
 * later duplicate of a non-constant key overwrites, as in gc). */
static Val map_literal(Builder *B, Node *e)
{
	Type *t = e->type, *u = types_underlying(t);
	Val mv = make_map(B, e, NULL, t);
	NodeList *elems = &AST(e, composite).elems;
	for (int i = 0; i < elems->len; i++) {
		Node *el = elems->items[i];
		Val k = literal_part(B, AST(el, key_value).key, u->u.map.key);
		Val v = literal_part(B, AST(el, key_value).value, u->u.map.elem);
		B->pos = el->pos;
		store_val(B, map_call(B, MAP_ASSIGN, t, mv.w[0], k, NULL), v);
	}
	return mv;
}

/* ---- expressions: the dispatcher ----------------------------------------------- */

/* The address of an addressable expression (or of a copy, for array values). */
static Value *addr_of(Builder *B, Node *e)
{
	switch (e->kind) {
	case NODE_PAREN:
		return addr_of(B, AST(e, paren).x);
	case NODE_NAME: {
		Object *o = AST(e, name).obj;
		VarHome *h = home_of(B, o);
		if (h && h->var < 0)
			return home_addr(B, h);
		break;
	}
	case NODE_SELECTOR:
		if (AST(e, selector).info && AST(e, selector).info->kind == SEL_QUALIFIED) {
			VarHome *h = home_of(B, AST(e, selector).info->obj);
			if (h)
				return home_addr(B, h);
		}
		if (AST(e, selector).info && AST(e, selector).info->kind == SEL_FIELD) {
			Type *ft;
			return field_addr(B, e, &ft);
		}
		break;
	case NODE_STAR: {
		Val p = expr(B, AST(e, star).x);
		B->pos = e->pos;
		return nil_checked(B, p.w[0]);
	}
	case NODE_INDEX: {
		Type *et;
		if (types_underlying(AST(e, index).x->type)->kind == TYPE_ARRAY &&
		    AST(e, index).x->mode != MODE_VARIABLE)
			break;
		if (types_underlying(AST(e, index).x->type)->kind == TYPE_MAP)
			break;   /* m[k].f reads a copy of the element */
		return index_addr(B, e, &et);
	}
	default:
		break;
	}
	/* a value: put it in a temporary */
	Val v = expr(B, e);
	if (v.n == 0)
		return v.addr;
	types_layout(v.type);
	Local *tmp = temp(B, v.type->size, v.type->align);
	Value *p = local_addr(B, tmp);
	store_val(B, p, v);
	return p;
}

static Val expr(Builder *B, Node *e)
{
	Pos saved = B->pos;
	B->pos = e->pos;
	Val v = {0};
	v.type = e->type;
	if (e->mode == MODE_CONSTANT && e->val) {
		v = const_val(B, e->type, e->val);
		B->pos = saved;
		v.src = e;
		return v;
	}
	switch (e->kind) {
	case NODE_PAREN:
		v = expr(B, AST(e, paren).x);
		break;
	case NODE_NAME: {
		Object *o = AST(e, name).obj;
		if (o && o->kind == OBJ_NIL) {
			v = zero_val(B, e->type);
			break;
		}
		if (o && o->kind == OBJ_FUNC) {
			v = word_val(e->type, func_value(B, func_sym(B->prog, o)));
			break;
		}
		if (!o || o->kind != OBJ_VAR) {
			unsupported(B, e->pos, "this kind of name as a value");
		}
		VarHome *h = home_of(B, o);
		if (!h)
			ice(arena_sprintf(B->a, "variable %s has no home", o->name));
		v = read_home(B, h, o->type);
		break;
	}
	case NODE_SELECTOR: {
		Selection *sel = AST(e, selector).info;
		if (sel && sel->kind == SEL_QUALIFIED && sel->obj->kind == OBJ_VAR) {
			VarHome *h = home_of(B, sel->obj);
			v = read_home(B, h, sel->obj->type);
			break;
		}
		if (sel && sel->kind == SEL_FIELD) {
			Type *ft;
			Value *p = field_addr(B, e, &ft);
			v = load_val(B, ft, p);
			break;
		}
		if (sel && sel->kind == SEL_QUALIFIED && sel->obj->kind == OBJ_FUNC) {
			if (sel->obj->pkg && sel->obj->pkg->is_lib && !lib_implemented(B->prog, sel->obj))
				unsupported(B, e->pos, arena_sprintf(B->a, "the library function %s.%s (not written yet)",
				                                     sel->obj->pkg->path, sel->obj->name));
			v = word_val(e->type, func_value(B, func_sym(B->prog, sel->obj)));
			break;
		}
		if (sel && sel->kind == SEL_METHOD && types_is_interface(AST(e, selector).x->type)) {
			/* i.M as a value: i is evaluated now, and a nil i panics now */
			Val iv = expr(B, AST(e, selector).x);
			B->pos = e->pos;
			nil_checked(B, iv.w[0]);
			Value *size = iconst(B, ST_INT, 24), *obj;
			SsaType st = ST_PTR;
			Value *c = call_runtime(B, "rt_alloc", &size, 1, 1, &st, &obj, 0);
			const char *code = method_wrapper(B, sel->obj);
			c->site = implicit_site(B, gc_text(B, e), e->pos, 24, 8);
			c->site->closure_fn = code;
			store(B, ST_PTR, obj, sym_addr(B, code));
			store_val(B, offptr(B, obj, 8), iv);
			v = word_val(e->type, obj);
			break;
		}
		if (sel && sel->kind == SEL_METHOD && !types_is_interface(AST(e, selector).x->type)) {
			v = method_value(B, e, sel->obj);
			break;
		}
		if (sel && sel->kind == SEL_METHOD_EXPR) {
			/* T.M and (*T).M: the method itself, when the receiver kinds
			 * agree; (*T).M of a value method goes through a wrapper
			 * that loads *p first */
			Type *want = sel->obj->type->u.func.recv->type;
			Type *have = AST(e, selector).x->type;
			int want_ptr = types_underlying(want)->kind == TYPE_POINTER;
			int have_ptr = types_underlying(have)->kind == TYPE_POINTER;
			if (want_ptr == have_ptr && !types_is_interface(have)) {
				v = word_val(e->type, func_value(B, func_sym(B->prog, sel->obj)));
				break;
			}
			if (!want_ptr && have_ptr) {
				v = word_val(e->type, func_value(B, deref_wrapper(B, sel->obj)));
				break;
			}
		}
		unsupported(B, e->pos, "this method expression or interface method value");
	}
	case NODE_TYPE_ASSERT:
		v = type_assert(B, e, NULL);
		break;
	case NODE_STAR: {
		Val p = expr(B, AST(e, star).x);
		B->pos = e->pos;
		v = load_val(B, e->type, nil_checked(B, p.w[0]));
		break;
	}
	case NODE_BINARY:
		v = binary(B, e);
		break;
	case NODE_UNARY:
		v = unary(B, e);
		break;
	case NODE_CALL: {
		Val out[16];
		int n = call_expr(B, e, out, 16);
		if (n > 0)
			v = out[0];
		break;
	}
	case NODE_INDEX:
		v = index_expr(B, e);
		break;
	case NODE_SLICE:
		v = slice_expr(B, e);
		break;
	case NODE_COMPOSITE_LIT:
		v = composite(B, e);
		break;
	case NODE_FUNC_LIT:
		v = func_lit(B, e);
		break;
	case NODE_BASIC_LIT:
		/* a literal the checker recorded as a value, not a constant (the
		 * "abc" of []byte("abc")) */
		if (AST(e, lit).kind == LIT_STRING) {
			v = string_val(B, e->type, AST(e, lit).str, AST(e, lit).len);
		} else if (AST(e, lit).kind == LIT_RUNE) {
			v = word_val(e->type, iconst(B, scalar_type(default_type(e->type)), AST(e, lit).rune));
		} else {
			ConstVal *c = const_parse_int(B->a, AST(e, lit).text);
			v = const_val(B, e->type, c);
		}
		break;
	default:
		unsupported(B, e->pos, arena_sprintf(B->a, "%s expressions", ast_kind_name(e->kind)));
		v = zero_val(B, e->type);
		break;
	}
	B->pos = saved;
	if (!v.type)
		v.type = e->type;
	v.src = e;
	return v;
}

/* Branches to yes or no on the boolean e, short-circuiting && and ||. */
static void cond(Builder *B, Node *e, Block *yes, Block *no)
{
	while (e->kind == NODE_PAREN)
		e = AST(e, paren).x;
	if (e->kind == NODE_BINARY && e->mode != MODE_CONSTANT &&
	    (AST(e, binary).op == TOK_LAND || AST(e, binary).op == TOK_LOR)) {
		Block *mid = new_block(B);
		if (AST(e, binary).op == TOK_LAND)
			cond(B, AST(e, binary).x, mid, no);
		else
			cond(B, AST(e, binary).x, yes, mid);
		seal(B, mid);
		B->cur = mid;
		cond(B, AST(e, binary).y, yes, no);
		return;
	}
	if (e->kind == NODE_UNARY && AST(e, unary).op == TOK_NOT && e->mode != MODE_CONSTANT) {
		cond(B, AST(e, unary).x, no, yes);
		return;
	}
	Val c = expr(B, e);
	B->cur->kind = BLOCK_IF;
	ssa_set_control(B->cur, c.w[0]);
	ssa_add_edge(B->cur, yes);
	ssa_add_edge(B->cur, no);
}

/* ---- assignments ------------------------------------------------------------------ */

typedef enum { LV_BLANK, LV_HOME, LV_ADDR, LV_MAP } LvKind;

typedef struct LVal {
	LvKind kind;
	int through_ptr;  /* LV_ADDR: reached through a pointer (through_pointer) */
	VarHome *home;    /* LV_HOME: an SSA variable */
	Value *addr;      /* LV_ADDR */
	Value *map;       /* LV_MAP: m[k], with m and k evaluated before the right side */
	Val key;
	Type *maptype;
	Type *type;
} LVal;

/* Whether assigning to e stores through a pointer: e is not a variable,
 * a field of one or an element of an array variable, but s[i] on a
 * slice, *p, p.f or a field reached through an embedded pointer.  gc's
 * escape analysis does not follow such stores to the object pointed to:
 * what is stored goes to the heap (escape.(*escape).addr), and gosub
 * marks the Store so that its analysis decides the same. */
static int through_pointer(Node *e)
{
	for (;;) {
		switch (e->kind) {
		case NODE_PAREN:
			e = AST(e, paren).x;
			continue;
		case NODE_NAME:
			return 0;
		case NODE_SELECTOR: {
			Selection *sel = AST(e, selector).info;
			if (sel && sel->kind == SEL_QUALIFIED)
				return 0;
			if (!sel || sel->kind != SEL_FIELD || sel->indirect ||
			    types_underlying(AST(e, selector).x->type)->kind == TYPE_POINTER)
				return 1;
			e = AST(e, selector).x;
			continue;
		}
		case NODE_INDEX:
			if (types_underlying(AST(e, index).x->type)->kind != TYPE_ARRAY)
				return 1;
			e = AST(e, index).x;
			continue;
		default:
			return 1;
		}
	}
}

static LVal lvalue(Builder *B, Node *e)
{
	LVal l = {0};
	l.type = e->type;
	while (e->kind == NODE_PAREN)
		e = AST(e, paren).x;
	if (e->kind == NODE_NAME) {
		Object *o = AST(e, name).obj;
		if (!o || strcmp(AST(e, name).name, "_") == 0) {
			l.kind = LV_BLANK;
			return l;
		}
		l.type = o->type;
		VarHome *h = home_of(B, o);
		if (!h)
			h = declare(B, o);
		if (h->var >= 0) {
			l.kind = LV_HOME;
			l.home = h;
			return l;
		}
		l.kind = LV_ADDR;
		l.addr = home_addr(B, h);
		return l;
	}
	if (e->kind == NODE_INDEX && types_underlying(AST(e, index).x->type)->kind == TYPE_MAP) {
		l.kind = LV_MAP;
		l.maptype = AST(e, index).x->type;
		l.map = expr(B, AST(e, index).x).w[0];
		l.key = map_key(B, l.maptype, AST(e, index).indices.items[0]);
		return l;
	}
	l.kind = LV_ADDR;
	l.through_ptr = through_pointer(e);
	l.addr = addr_of(B, e);
	return l;
}

static Val lval_read(Builder *B, LVal *l)
{
	if (l->kind == LV_HOME)
		return read_home(B, l->home, l->type);
	if (l->kind == LV_MAP)
		return map_load(B, l->type, map_call(B, MAP_ACCESS1, l->maptype, l->map, l->key, NULL));
	return load_val(B, l->type, l->addr);
}

static void lval_write(Builder *B, LVal *l, Val v)
{
	if (l->kind == LV_BLANK)
		return;
	v = assign_conv(B, v, l->type);
	if (l->kind == LV_MAP) {
		store_val(B, map_call(B, MAP_ASSIGN, l->maptype, l->map, l->key, NULL), v);
		return;
	}
	if (l->kind == LV_HOME) {
		write_home(B, l->home, v);
	} else {
		B->heap_stores = l->through_ptr;
		store_val(B, l->addr, v);
		B->heap_stores = 0;
	}
}

/* A value in memory is copied before a tuple assignment overwrites it:
 * in a, b = b, a the right side is read before anything is written. */
static Val materialize(Builder *B, Val v)
{
	if (v.n)
		return v;
	types_layout(v.type);
	Local *tmp = temp(B, v.type->size, v.type->align);
	Value *p = local_addr(B, tmp);
	move(B, p, v.addr, v.type->size);
	v.addr = p;
	return v;
}

/* Evaluates the right-hand sides of an assignment (one multi-valued call,
 * or one expression per left side). */
static int rhs_values(Builder *B, NodeList *rhs, int want, Val *out)
{
	if (rhs->len == 1 && want > 1)
		return call_expr(B, rhs->items[0], out, want);
	for (int i = 0; i < rhs->len; i++)
		out[i] = expr(B, rhs->items[i]);
	return rhs->len;
}

static void define_or_assign(Builder *B, Node *s)
{
	NodeList *lhs = &AST(s, assign).lhs, *rhs = &AST(s, assign).rhs;
	int op = AST(s, assign).op;
	int n = lhs->len;
	Val *vals = arena_alloc(B->a, sizeof(Val) * (size_t)(n + 1));
	LVal *ls = arena_alloc(B->a, sizeof(LVal) * (size_t)(n + 1));
	if (op == TOK_DEFINE) {
		/* new variables on the left are declared after the right side is
		 * evaluated (x := x + 1 in an inner scope reads the outer x) */
		rhs_values(B, rhs, n, vals);
		for (int i = 0; i < n; i++) {
			Node *id = lhs->items[i];
			Object *o = AST(id, name).obj;
			if (o && strcmp(o->name, "_") != 0 && !map_get(&B->homes, ptr_key(o)))
				declare(B, o);
		}
		for (int i = 0; i < n; i++)
			ls[i] = lvalue(B, lhs->items[i]);
	} else {
		for (int i = 0; i < n; i++)
			ls[i] = lvalue(B, lhs->items[i]);
		rhs_values(B, rhs, n, vals);
	}
	B->pos = s->pos;
	if (n > 1)
		for (int i = 0; i < n; i++)
			vals[i] = materialize(B, vals[i]);
	B->conv_ctx = GCPOS_ASSIGN;
	B->conv_pos = gcpos_leftmost(lhs->items[0]);   /* gc: the statement starts there */
	for (int i = 0; i < n; i++)
		lval_write(B, &ls[i], vals[i]);
	B->conv_ctx = GCPOS_OWN;
}

static int assign_op_token(int op)
{
	switch (op) {
	case TOK_ADD_ASSIGN: return TOK_ADD;
	case TOK_SUB_ASSIGN: return TOK_SUB;
	case TOK_MUL_ASSIGN: return TOK_STAR;
	case TOK_DIV_ASSIGN: return TOK_DIV;
	case TOK_REM_ASSIGN: return TOK_REM;
	case TOK_AND_ASSIGN: return TOK_AND;
	case TOK_OR_ASSIGN: return TOK_OR;
	case TOK_XOR_ASSIGN: return TOK_XOR;
	case TOK_AND_NOT_ASSIGN: return TOK_AND_NOT;
	case TOK_SHL_ASSIGN: return TOK_SHL;
	case TOK_SHR_ASSIGN: return TOK_SHR;
	}
	return 0;
}

/* x op= y, and x++ / x-- (y NULL, op TOK_ADD or TOK_SUB). */
static void op_assign(Builder *B, Node *xn, int op, Node *yn, Pos pos)
{
	LVal l = lvalue(B, xn);
	if (l.kind == LV_MAP && op != TOK_DIV && op != TOK_REM) {
		/* m[k] op= y: one mapassign, then *p = *p op y through its slot
		 * (a new key starts at zero).  / and % look up first and assign
		 * after, as gc does, so that y == 0 panics before the insert. */
		B->pos = pos;
		l.kind = LV_ADDR;
		l.addr = map_call(B, MAP_ASSIGN, l.maptype, l.map, l.key, NULL);
	}
	Val x = lval_read(B, &l);
	Val y;
	if (yn) {
		y = expr(B, yn);
	} else {
		y = word_val(xn->type, iconst(B, scalar_type(xn->type), 1));
	}
	B->pos = pos;
	Val r;
	if (op == TOK_ADD && types_is_string(xn->type)) {
		Value *args[5] = {x.w[0], x.w[1], y.w[0], y.w[1], iconst(B, ST_PTR, 0)};
		Value *res[2];
		SsaType rt[2] = {ST_PTR, ST_INT};
		Value *c = call_runtime(B, "rt_concatstring2", args, 5, 2, rt, res, 0);
		c->site = runtime_site(B, "", pos);
		c->site->quiet = 1;   /* gc reports nothing for s += t */
		r = x;
		r.w[0] = res[0];
		r.w[1] = res[1];
	} else {
		r = word_val(xn->type, arith(B, op, scalar_type(xn->type), x.w[0], y.w[0],
		                             yn ? yn->type : NULL));
	}
	lval_write(B, &l, r);
}

static void var_decl(Builder *B, Node *spec)
{
	NodeList *names = &AST(spec, value_spec).names, *values = &AST(spec, value_spec).values;
	int n = names->len;
	Val *vals = arena_alloc(B->a, sizeof(Val) * (size_t)(n + 1));
	if (values->len)
		rhs_values(B, values, n, vals);
	for (int i = 0; i < n; i++) {
		Object *o = AST(names->items[i], name).obj;
		if (!o || strcmp(o->name, "_") == 0)
			continue;
		VarHome *h = declare(B, o);
		if (h->var < 0 && !values->len) {
			if (!h->indirect) {   /* the heap comes zeroed */
				types_layout(o->type);
				zero(B, home_addr(B, h), o->type->size);
			}
			continue;
		}
		B->conv_ctx = GCPOS_DECL;
		B->conv_pos = o->pos;
		Val v = values->len ? assign_conv(B, vals[i], o->type) : zero_val(B, o->type);
		B->conv_ctx = GCPOS_OWN;
		write_home(B, h, v);
	}
}

/* ---- statements -------------------------------------------------------------------- */

static void stmt(Builder *B, Node *s);

static void stmts(Builder *B, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		stmt(B, l->items[i]);
}

static Target *push_target(Builder *B, Block *brk, Block *cont)
{
	Target t = {B->pending_label, brk, cont};
	B->pending_label = NULL;
	VEC_PUSH(B->a, B->targets, t);
	return &B->targets.items[B->targets.len - 1];
}

static void if_stmt(Builder *B, Node *s)
{
	if (AST(s, if_stmt).init)
		stmt(B, AST(s, if_stmt).init);
	Block *then = new_block(B), *els = AST(s, if_stmt).els ? new_block(B) : NULL;
	Block *join = new_block(B);
	cond(B, AST(s, if_stmt).cond, then, els ? els : join);
	seal(B, then);
	B->cur = then;
	stmt(B, AST(s, if_stmt).then);
	if (!terminated(B->cur))
		jump(B, join);
	if (els) {
		seal(B, els);
		B->cur = els;
		stmt(B, AST(s, if_stmt).els);
		if (!terminated(B->cur))
			jump(B, join);
	}
	seal(B, join);
	B->cur = join;
}

static void for_stmt(Builder *B, Node *s)
{
	if (AST(s, for_stmt).init)
		stmt(B, AST(s, for_stmt).init);
	Block *header = new_block(B), *body = new_block(B), *post = new_block(B), *exit = new_block(B);
	header->likely = 1;
	jump(B, header);
	B->cur = header;
	if (AST(s, for_stmt).cond)
		cond(B, AST(s, for_stmt).cond, body, exit);
	else
		jump(B, body);
	seal(B, body);
	B->cur = body;
	push_target(B, exit, post);
	stmt(B, AST(s, for_stmt).body);
	B->targets.len--;
	if (!terminated(B->cur))
		jump(B, post);
	seal(B, post);
	B->cur = post;
	if (AST(s, for_stmt).post)
		stmt(B, AST(s, for_stmt).post);
	if (!terminated(B->cur))
		jump(B, header);
	seal(B, header);
	seal(B, exit);
	B->cur = exit;
}

/* for k, v := range x, over a string (runes), an array or a slice. */
/* A range clause's := variables, declared once for the whole loop (Go
 * 1.19: the iterations share them). */
static void range_declare(Builder *B, Node *s)
{
	if (AST(s, range).tok != TOK_DEFINE)
		return;
	Node *kn = AST(s, range).key, *vn = AST(s, range).value;
	if (kn && AST(kn, name).obj && strcmp(AST(kn, name).name, "_") != 0)
		declare(B, AST(kn, name).obj);
	if (vn && AST(vn, name).obj && strcmp(AST(vn, name).name, "_") != 0)
		declare(B, AST(vn, name).obj);
}

/* k, v = kv, vv at the top of an iteration (either may be absent). */
static void range_assign(Builder *B, Node *kn, Val kv, Node *vn, Val vv)
{
	if (kn) {
		LVal l = lvalue(B, kn);
		lval_write(B, &l, kv);
	}
	if (vn) {
		LVal l = lvalue(B, vn);
		lval_write(B, &l, vv);
	}
}

/* The body of a range loop, where break goes to exit and continue to
 * post; leaves the builder in post, and says whether post is reachable
 * (the caller then adds the step and the back edge). */
static int range_body(Builder *B, Node *s, Block *exit, Block *post)
{
	push_target(B, exit, post);
	stmt(B, AST(s, range).body);
	B->targets.len--;
	if (!terminated(B->cur))
		jump(B, post);
	seal(B, post);
	B->cur = post;
	return !terminated(B->cur);
}

static void range_stmt(Builder *B, Node *s)
{
	Node *xn = AST(s, range).x;
	Node *kn = AST(s, range).key, *vn = AST(s, range).value;
	Type *u = types_underlying(xn->type);
	if (u->kind == TYPE_POINTER)
		u = types_underlying(u->u.pointer.elem);
	if (u->kind == TYPE_MAP) {
		map_range(B, s);
		return;
	}
	if (u->kind != TYPE_STRING && u->kind != TYPE_ARRAY && u->kind != TYPE_SLICE) {
		unsupported(B, s->pos, "range over this type");
		return;
	}
	/* the range expression is evaluated once; an array is copied if its
	 * elements are used (Go spec: For statements with range clause) */
	Value *base = NULL, *len;
	Val x = {0};
	Type *et = NULL;
	if (u->kind == TYPE_ARRAY && types_underlying(xn->type)->kind == TYPE_POINTER) {
		/* range over *[N]T: the elements of the array it points to */
		et = u->u.array.elem;
		len = iconst(B, ST_INT, u->u.array.len);
		base = expr(B, xn).w[0];
		if (vn)
			nil_checked(B, base);
	} else if (u->kind == TYPE_ARRAY) {
		et = u->u.array.elem;
		len = iconst(B, ST_INT, u->u.array.len);
		if (vn) {
			Val a = expr(B, xn);
			a = materialize(B, a);
			base = a.addr;
		} else if (xn->mode != MODE_VARIABLE) {
			expr(B, xn);
		}
	} else {
		x = expr(B, xn);
		base = x.w[0];
		len = x.w[1];
		if (u->kind == TYPE_SLICE)
			et = u->u.pointer.elem;
	}
	if (et)
		types_layout(et);
	int ivar = new_var(B, "hidden_i", ST_INT);
	write_var(B, ivar, B->cur, iconst(B, ST_INT, 0));
	int nextvar = new_var(B, "hidden_next", ST_INT);
	range_declare(B, s);
	Block *header = new_block(B), *body = new_block(B), *post = new_block(B), *exit = new_block(B);
	jump(B, header);
	B->cur = header;
	B->pos = s->pos;
	Value *i = read_var(B, ivar, header);
	B->cur->kind = BLOCK_IF;
	ssa_set_control(B->cur, v2(B, OP_Less, ST_BOOL, i, len));
	ssa_add_edge(B->cur, body);
	ssa_add_edge(B->cur, exit);
	seal(B, body);
	B->cur = body;
	i = read_var(B, ivar, body);
	Val kv = word_val(types_basic[TYPE_INT], i), vv = {0};
	if (u->kind == TYPE_STRING) {
		/* ASCII inline; anything else through the runtime's decoder */
		Value *c = load(B, ST_UINT8, v2(B, OP_AddPtr, ST_PTR, base, i));
		int rvar = new_var(B, "hidden_r", ST_INT32);
		Block *ascii = new_block(B), *multi = new_block(B), *join = new_block(B);
		B->cur->kind = BLOCK_IF;
		ssa_set_control(B->cur, v2(B, OP_Lessu, ST_BOOL, c, iconst(B, ST_UINT8, 0x80)));
		ssa_add_edge(B->cur, ascii);
		ssa_add_edge(B->cur, multi);
		seal(B, ascii);
		seal(B, multi);
		B->cur = ascii;
		write_var(B, rvar, ascii, v1(B, OP_Copy, ST_INT32, c));
		write_var(B, nextvar, ascii, v2(B, OP_Add, ST_INT, i, iconst(B, ST_INT, 1)));
		jump(B, join);
		B->cur = multi;
		Value *args[3] = {base, len, i}, *res[2];
		SsaType rt[2] = {ST_INT32, ST_INT};
		call_runtime(B, "rt_decoderune", args, 3, 2, rt, res, 0);
		write_var(B, rvar, B->cur, res[0]);
		write_var(B, nextvar, B->cur, res[1]);
		jump(B, join);
		seal(B, join);
		B->cur = join;
		vv = word_val(types_rune, read_var(B, rvar, join));
	} else {
		write_var(B, nextvar, B->cur, v2(B, OP_Add, ST_INT, i, iconst(B, ST_INT, 1)));
		if (vn)
			vv = load_val(B, et, elem_addr(B, base, i, et->size));
	}
	range_assign(B, kn, kv, vn, vv);
	if (range_body(B, s, exit, post)) {
		write_var(B, ivar, post, read_var(B, nextvar, post));
		jump(B, header);
	}
	seal(B, header);
	seal(B, exit);
	B->cur = exit;
}

/* for k, v := range m: an iterator in the frame, which the runtime fills
 * and advances; its first word, the key's address, is nil at the end. */
static void map_range(Builder *B, Node *s)
{
	Node *xn = AST(s, range).x;
	Node *kn = AST(s, range).key, *vn = AST(s, range).value;
	Type *u = types_underlying(xn->type);
	Value *m = expr(B, xn).w[0];
	B->pos = s->pos;
	Local *it = temp(B, ABI_MAPITER_BYTES, 8);
	Value *a[3] = {sym_addr(B, type_desc(B->prog, xn->type)), m, local_addr(B, it)};
	call_runtime(B, "rt_mapiterinit", a, 3, 0, NULL, NULL, 0);
	range_declare(B, s);
	Block *header = new_block(B), *body = new_block(B), *post = new_block(B), *exit = new_block(B);
	jump(B, header);
	B->cur = header;
	B->pos = s->pos;
	Value *kp = load(B, ST_PTR, local_addr(B, it));
	B->cur->kind = BLOCK_IF;
	ssa_set_control(B->cur, v2(B, OP_Neq, ST_BOOL, kp, iconst(B, ST_PTR, 0)));
	ssa_add_edge(B->cur, body);
	ssa_add_edge(B->cur, exit);
	seal(B, body);
	B->cur = body;
	Val kv = {0}, vv = {0};
	if (kn)
		kv = map_load(B, u->u.map.key, kp);
	if (vn)
		vv = map_load(B, u->u.map.elem, load(B, ST_PTR, offptr(B, local_addr(B, it), ABI_MAPITER_ELEM)));
	range_assign(B, kn, kv, vn, vv);
	if (range_body(B, s, exit, post)) {
		B->pos = s->pos;
		Value *ia = local_addr(B, it);
		call_runtime(B, "rt_mapiternext", &ia, 1, 0, NULL, NULL, 0);
		jump(B, header);
	}
	seal(B, header);
	seal(B, exit);
	B->cur = exit;
}

static int ends_in_fallthrough(NodeList *body)
{
	if (!body->len)
		return 0;
	Node *last = body->items[body->len - 1];
	return last->kind == NODE_BRANCH && AST(last, branch).tok == TOK_FALLTHROUGH;
}

static void switch_stmt(Builder *B, Node *s)
{
	if (AST(s, switch_stmt).init)
		stmt(B, AST(s, switch_stmt).init);
	Node *tagn = AST(s, switch_stmt).tag;
	Val tag = {0};
	Type *tagt = NULL;
	if (tagn) {
		tag = expr(B, tagn);
		tagt = default_type(tagn->type);
		tag.type = tagt;
		tag = materialize(B, tag);
	}
	NodeList *clauses = &AST(s, switch_stmt).clauses;
	int n = clauses->len;
	Block **bodies = arena_alloc(B->a, sizeof(Block *) * (size_t)(n + 1));
	Block *exit = new_block(B);
	int dflt = -1;
	for (int i = 0; i < n; i++) {
		bodies[i] = new_block(B);
		if (AST(clauses->items[i], case_clause).is_default)
			dflt = i;
	}
	/* the tests, in source order; default last */
	for (int i = 0; i < n; i++) {
		Node *c = clauses->items[i];
		NodeList *list = &AST(c, case_clause).list;
		for (int k = 0; k < list->len; k++) {
			Node *e = list->items[k];
			Block *next = new_block(B);
			if (tagn) {
				B->pos = e->pos;
				Val x = expr(B, e);
				Type *ct = tagt;
				Val tv = tag;
				B->conv_quiet = 1;
				if (types_is_interface(e->type) && !types_is_interface(tagt)) {
					/* a concrete tag, an interface case: compared as interfaces */
					ct = e->type;
					tv = assign_conv(B, tag, ct);
				}
				x = assign_conv(B, x, ct);
				B->conv_quiet = 0;
				Value *eq = equal(B, ct, tv, x);
				B->cur->kind = BLOCK_IF;
				ssa_set_control(B->cur, eq);
				ssa_add_edge(B->cur, bodies[i]);
				ssa_add_edge(B->cur, next);
			} else {
				cond(B, e, bodies[i], next);
			}
			seal(B, next);
			B->cur = next;
		}
	}
	jump(B, dflt >= 0 ? bodies[dflt] : exit);
	push_target(B, exit, NULL);
	for (int i = 0; i < n; i++) {
		Node *c = clauses->items[i];
		if (i == 0 || !ends_in_fallthrough(&AST(clauses->items[i - 1], case_clause).body))
			seal(B, bodies[i]);
		B->cur = bodies[i];
		stmts(B, &AST(c, case_clause).body);
		if (ends_in_fallthrough(&AST(c, case_clause).body) && i + 1 < n) {
			jump(B, bodies[i + 1]);
			seal(B, bodies[i + 1]);
			start_dead_block(B);
		}
		if (!terminated(B->cur))
			jump(B, exit);
	}
	B->targets.len--;
	seal(B, exit);
	B->cur = exit;
}

/* switch v := x.(type) { case T1: ... case T2, T3: ... case nil: ... }
 * (Go spec: Type switches): the dynamic type of x is found once and
 * compared with each case in source order, as a chain of tests like an
 * expression switch; a case with an interface type asks the runtime
 * whether the dynamic type has its methods.  In a clause with one type,
 * v is x's value as that type; otherwise v is x itself. */
static void type_switch_stmt(Builder *B, Node *s)
{
	if (AST(s, type_switch).init)
		stmt(B, AST(s, type_switch).init);
	Node *xn = AST(AST(s, type_switch).guard, assert).x;
	Val x = materialize(B, expr(B, xn));
	B->pos = AST(s, type_switch).guard->pos;
	Value *t = dyn_type(B, x);
	Value *nilw = iconst(B, ST_PTR, 0);
	NodeList *clauses = &AST(s, type_switch).clauses;
	int n = clauses->len;
	Block **bodies = arena_alloc(B->a, sizeof(Block *) * (size_t)(n + 1));
	Value **tabs = arena_alloc(B->a, sizeof(Value *) * (size_t)(n + 1));  /* a case I's itab */
	Block *exit = new_block(B);
	int dflt = -1;
	for (int i = 0; i < n; i++) {
		bodies[i] = new_block(B);
		tabs[i] = NULL;
		if (AST(clauses->items[i], case_clause).is_default)
			dflt = i;
	}
	for (int i = 0; i < n; i++) {
		NodeList *list = &AST(clauses->items[i], case_clause).list;
		for (int k = 0; k < list->len; k++) {
			Node *e = list->items[k];
			Block *next = new_block(B);
			B->pos = e->pos;
			Value *match;
			if (types_underlying(e->type)->kind == TYPE_UNTYPED_NIL) {
				match = v2(B, OP_Eq, ST_BOOL, t, nilw);
			} else if (types_is_interface(e->type) && is_empty_iface(B->prog, e->type)) {
				match = v2(B, OP_Neq, ST_BOOL, t, nilw);
			} else if (types_is_interface(e->type)) {
				Value *a[2] = {sym_addr(B, type_desc(B->prog, e->type)), t}, *tab;
				SsaType pt = ST_PTR;
				call_runtime(B, "rt_assertitab2", a, 2, 1, &pt, &tab, 0);
				match = v2(B, OP_Neq, ST_BOOL, tab, nilw);
				tabs[i] = tab;   /* the only way into a one-type clause: v's itab */
			} else {
				match = v2(B, OP_Eq, ST_BOOL, t, sym_addr(B, type_desc(B->prog, e->type)));
			}
			B->cur->kind = BLOCK_IF;
			ssa_set_control(B->cur, match);
			ssa_add_edge(B->cur, bodies[i]);
			ssa_add_edge(B->cur, next);
			seal(B, next);
			B->cur = next;
		}
	}
	jump(B, dflt >= 0 ? bodies[dflt] : exit);
	push_target(B, exit, NULL);
	for (int i = 0; i < n; i++) {
		Node *c = clauses->items[i];
		seal(B, bodies[i]);
		B->cur = bodies[i];
		Object *v = AST(c, case_clause).implicit;
		if (v) {
			B->pos = v->pos;
			Val val;
			Type *vt = v->type;
			if (types_identical(vt, xn->type)) {
				val = x;
			} else if (types_is_interface(vt)) {
				val.n = 2;
				val.type = vt;
				val.w[1] = x.w[1];
				if (is_empty_iface(B->prog, vt)) {
					val.w[0] = t;
				} else if (tabs[i]) {
					val.w[0] = tabs[i];
				} else {
					Value *a[2] = {sym_addr(B, type_desc(B->prog, vt)), t};
					SsaType pt = ST_PTR;
					call_runtime(B, "rt_assertitab2", a, 2, 1, &pt, &val.w[0], 0);
				}
			} else {
				val = iface_value(B, vt, x.w[1]);
			}
			val.type = vt;
			write_home(B, declare(B, v), val);
		}
		stmts(B, &AST(c, case_clause).body);
		if (!terminated(B->cur))
			jump(B, exit);
	}
	B->targets.len--;
	seal(B, exit);
	B->cur = exit;
}

static void return_stmt(Builder *B, Node *s)
{
	NodeList *results = &AST(s, ret).results;
	ObjectList *objs = &B->result_objs;
	Val vals[64];
	int n = objs->len;
	if (n > 64) {
		unsupported(B, s->pos, "more than 64 results");
		return;
	}
	int named = n > 0 && objs->items[0]->name[0];
	if (results->len == 0) {
		for (int i = 0; i < n; i++)
			vals[i] = read_home(B, home_of(B, objs->items[i]), objs->items[i]->type);
	} else {
		rhs_values(B, results, n, vals);
		for (int i = 0; i < n; i++)
			vals[i] = assign_conv(B, vals[i], objs->items[i]->type);
	}
	B->pos = s->pos;
	if (B->has_defer) {
		/* Go spec: Defer statements: the results are set, then the
		 * deferred calls run (and may change named results), then the
		 * function returns what the results hold */
		if (named && results->len) {
			for (int i = 0; i < n; i++)
				vals[i] = materialize(B, vals[i]);
			for (int i = 0; i < n; i++)
				if (strcmp(objs->items[i]->name, "_") != 0)
					write_home(B, home_of(B, objs->items[i]), vals[i]);
		}
		Value *frame = local_addr(B, B->defer_frame);
		call_runtime(B, "rt_deferreturn", &frame, 1, 0, NULL, NULL, 0);
		if (named)
			for (int i = 0; i < n; i++)
				if (strcmp(objs->items[i]->name, "_") != 0)
					vals[i] = read_home(B, home_of(B, objs->items[i]), objs->items[i]->type);
	}
	Value *r = ssa_new_value(B->cur, OP_Return, ST_MEM, B->pos);
	if (B->result_ptr) {
		ssa_remove_value(r);
		for (int i = 0; i < n; i++)
			store_val(B, offptr(B, B->result_ptr, result_offset(objs, i, NULL)), vals[i]);
		r = ssa_new_value(B->cur, OP_Return, ST_MEM, B->pos);
	} else {
		ValueList words = {0};
		for (int i = 0; i < n; i++)
			flatten(B, vals[i], &words);
		/* the loads flatten made come before the Return */
		ssa_remove_value(r);
		r = ssa_new_value(B->cur, OP_Return, ST_MEM, B->pos);
		for (int i = 0; i < words.len; i++)
			ssa_add_arg(r, words.items[i]);
	}
	ssa_add_arg(r, mem(B));
	B->cur->kind = BLOCK_RET;
	ssa_set_control(B->cur, r);
	start_dead_block(B);
}

static void branch_stmt(Builder *B, Node *s)
{
	int tok = AST(s, branch).tok;
	Node *label = AST(s, branch).label;
	if (tok == TOK_GOTO) {
		unsupported(B, s->pos, "goto");
		return;
	}
	if (tok == TOK_FALLTHROUGH)
		return; /* switch_stmt wires it */
	for (int i = B->targets.len - 1; i >= 0; i--) {
		Target *t = &B->targets.items[i];
		if (label ? (t->label && AST(t->label, name).name == AST(label, name).name)
		          : (tok == TOK_BREAK || t->cont)) {
			Block *to = tok == TOK_BREAK ? t->brk : t->cont;
			if (!to)
				continue;
			jump(B, to);
			start_dead_block(B);
			return;
		}
	}
	ice("break or continue without a target");
}

/* Does a function body defer anything (not counting func literals)? */
static int contains_defer(Node *n)
{
	if (!n)
		return 0;
	switch (n->kind) {
	case NODE_DEFER:
		return 1;
	case NODE_BLOCK:
		for (int i = 0; i < AST(n, block).stmts.len; i++)
			if (contains_defer(AST(n, block).stmts.items[i]))
				return 1;
		return 0;
	case NODE_IF:
		return contains_defer(AST(n, if_stmt).then) || contains_defer(AST(n, if_stmt).els);
	case NODE_FOR:
		return contains_defer(AST(n, for_stmt).body);
	case NODE_RANGE:
		return contains_defer(AST(n, range).body);
	case NODE_LABELED:
		return contains_defer(AST(n, labeled).stmt);
	case NODE_SWITCH: case NODE_TYPE_SWITCH: {
		NodeList *cl = n->kind == NODE_SWITCH ? &AST(n, switch_stmt).clauses : &AST(n, type_switch).clauses;
		for (int i = 0; i < cl->len; i++) {
			NodeList *body = &AST(cl->items[i], case_clause).body;
			for (int k = 0; k < body->len; k++)
				if (contains_defer(body->items[k]))
					return 1;
		}
		return 0;
	}
	case NODE_SELECT:
		for (int i = 0; i < AST(n, select).clauses.len; i++) {
			NodeList *body = &AST(AST(n, select).clauses.items[i], comm_clause).body;
			for (int k = 0; k < body->len; k++)
				if (contains_defer(body->items[k]))
					return 1;
		}
		return 0;
	default:
		return 0;
	}
}

/* defer f(args): f and args are evaluated now, into a closure object
 *
 *     {code: main.f.deferwrap1, [the func value,] word0, word1, ...}
 *
 * whose code, the "defer wrapper", makes the call later with those words;
 * the runtime keeps it until the function returns, or panics
 * (runtime/defer.c). */
static void defer_stmt(Builder *B, Node *s)
{
	Node *call = AST(s, go_defer).call;
	while (call->kind == NODE_PAREN)
		call = AST(call, paren).x;
	Node *fun = AST(call, call).fun;
	while (fun->kind == NODE_PAREN)
		fun = AST(fun, paren).x;
	if (fun->mode == MODE_BUILTIN || fun->mode == MODE_TYPEXPR)
		unsupported(B, s->pos, "defer of a builtin function or a conversion");
	Object *f = NULL;
	if (fun->kind == NODE_NAME)
		f = AST(fun, name).obj;
	else if (fun->kind == NODE_SELECTOR && AST(fun, selector).info &&
	         AST(fun, selector).info->kind == SEL_QUALIFIED)
		f = AST(fun, selector).info->obj;
	const char *sym = NULL;
	Value *closure = NULL;
	Type *sig;
	ValueList words = {0};
	if (f && f->kind == OBJ_FUNC) {
		if (f->pkg && f->pkg->is_lib && !lib_implemented(B->prog, f))
			unsupported(B, call->pos, arena_sprintf(B->a, "the library function %s.%s (not written yet)",
			                                         f->pkg->path, f->name));
		sym = func_sym(B->prog, f);
		sig = f->type;
	} else if (fun->kind == NODE_SELECTOR && AST(fun, selector).info &&
	           AST(fun, selector).info->kind == SEL_METHOD &&
	           !types_is_interface(AST(fun, selector).x->type) &&
	           !types_is_interface(AST(fun, selector).info->obj->type->u.func.recv->type)) {
		Object *m = AST(fun, selector).info->obj;
		Val recv = method_receiver(B, fun, m);
		sym = func_sym(B->prog, m);
		sig = m->type;
		Type *rt = sig->u.func.recv->type;
		if (by_reference(rt)) {
			Value *p = heap_alloc(B, rt);   /* outlives this statement */
			store_val(B, p, recv);
			VEC_PUSH(B->a, words, p);
		} else {
			flatten(B, recv, &words);
		}
	} else if (types_underlying(fun->type)->kind == TYPE_FUNC) {
		closure = expr(B, fun).w[0];
		sig = types_underlying(fun->type);
	} else {
		unsupported(B, s->pos, "this deferred call");
	}
	B->args_outlive = 1;
	call_args(B, call, sig, &words, NULL);
	B->args_outlive = 0;
	B->pos = s->pos;
	/* the wrapper */
	SsaProgram *p = B->prog;
	const char *wname = arena_sprintf(p->arena, "%s.deferwrap%d", B->fn->name, ++B->ndefers);
	Arena *na = new_arena();
	Builder *W = new_builder(p, wname, na);
	W->fn->owns_arena = 1;
	W->fn->wrapper = 1;
	Value *ctx = v0(W, OP_Context, ST_PTR, 0);
	int base = closure ? 2 : 1;
	ValueList args = {0};
	for (int i = 0; i < words.len; i++)
		VEC_PUSH(na, args, load(W, words.items[i]->type, offptr(W, ctx, 8 * (base + i))));
	ObjectList *results = &sig->u.func.results;
	int nres = total_words(na, results);
	ValueList all = {0};
	if (nres > 2) {
		int64_t total;
		result_offset(results, 0, &total);
		VEC_PUSH(na, all, local_addr(W, temp(W, total, 8)));   /* results nobody reads */
	}
	if (closure)
		VEC_PUSH(na, all, load(W, ST_PTR, offptr(W, ctx, 8)));
	for (int i = 0; i < args.len; i++)
		VEC_PUSH(na, all, args.items[i]);
	SsaType rt[2] = {ST_INT, ST_INT};
	Value *res[2];
	if (closure) {
		/* the closure goes first for ClosureCall: move it before the area */
		if (nres > 2) {
			Value *area = all.items[0];
			all.items[0] = all.items[1];
			all.items[1] = area;
		}
		emit_call_op(W, OP_ClosureCall, NULL, &all, 0, rt, res, 0)->shape = make_shape(p, sig);
	} else {
		emit_call(W, sym, &all, 0, rt, res, 0)->shape = make_shape(p, sig);
	}
	Value *r = ssa_new_value(W->cur, OP_Return, ST_MEM, W->pos);
	ssa_add_arg(r, mem(W));
	W->cur->kind = BLOCK_RET;
	ssa_set_control(W->cur, r);
	finish(W);
	VEC_PUSH(p->arena, p->nested, W->fn);
	/* the closure object, and the runtime's record of it */
	Value *size = iconst(B, ST_INT, 8 * (base + words.len)), *obj;
	SsaType pt = ST_PTR;
	Value *c = call_runtime(B, "rt_alloc", &size, 1, 1, &pt, &obj, 0);
	c->site = implicit_site(B, "defer wrapper", s->pos, 8 * (base + words.len), 8);
	c->site->quiet = 1;
	c->site->closure_fn = wname;
	store(B, ST_PTR, obj, sym_addr(B, wname));
	if (closure)
		store(B, ST_PTR, offptr(B, obj, 8), closure);
	for (int i = 0; i < words.len; i++)
		store(B, words.items[i]->type, offptr(B, obj, 8 * (base + i)), words.items[i]);
	Value *a[2] = {local_addr(B, B->defer_frame), obj};
	call_runtime(B, "rt_deferproc", a, 2, 0, NULL, NULL, 0);
}

static void stmt(Builder *B, Node *s)
{
	/* unreachable statements are not built (gc's vet warns about them) */
	if (!s || dead(B->cur))
		return;
	B->pos = s->pos;
	switch (s->kind) {
	case NODE_EMPTY_STMT:
		break;
	case NODE_BLOCK:
		stmts(B, &AST(s, block).stmts);
		break;
	case NODE_EXPR_STMT: {
		Val out[16];
		call_expr(B, AST(s, expr_stmt).x, out, 16);
		break;
	}
	case NODE_DECL_STMT: {
		Node *d = AST(s, decl_stmt).decl;
		if (AST(d, gen_decl).tok == TOK_VAR)
			for (int i = 0; i < AST(d, gen_decl).specs.len; i++)
				var_decl(B, AST(d, gen_decl).specs.items[i]);
		break;
	}
	case NODE_ASSIGN:
		if (AST(s, assign).op == TOK_DEFINE || AST(s, assign).op == TOK_ASSIGN)
			define_or_assign(B, s);
		else
			op_assign(B, AST(s, assign).lhs.items[0], assign_op_token(AST(s, assign).op),
			          AST(s, assign).rhs.items[0], s->pos);
		break;
	case NODE_INC_DEC:
		op_assign(B, AST(s, inc_dec).x, AST(s, inc_dec).inc ? TOK_ADD : TOK_SUB, NULL, s->pos);
		break;
	case NODE_IF:
		if_stmt(B, s);
		break;
	case NODE_FOR:
		for_stmt(B, s);
		break;
	case NODE_RANGE:
		range_stmt(B, s);
		break;
	case NODE_SWITCH:
		switch_stmt(B, s);
		break;
	case NODE_RETURN:
		return_stmt(B, s);
		break;
	case NODE_BRANCH:
		branch_stmt(B, s);
		break;
	case NODE_LABELED: {
		Node *inner = AST(s, labeled).stmt;
		if (inner && (inner->kind == NODE_FOR || inner->kind == NODE_RANGE ||
		              inner->kind == NODE_SWITCH || inner->kind == NODE_SELECT ||
		              inner->kind == NODE_TYPE_SWITCH))
			B->pending_label = AST(s, labeled).label;
		else if (inner && inner->kind == NODE_BLOCK) {
			/* a labeled block: break L leaves it */
			Block *exit = new_block(B);
			B->pending_label = AST(s, labeled).label;
			push_target(B, exit, NULL);
			stmt(B, inner);
			B->targets.len--;
			if (!terminated(B->cur))
				jump(B, exit);
			seal(B, exit);
			B->cur = exit;
			break;
		}
		stmt(B, inner);
		break;
	}
	case NODE_GO:
		unsupported(B, s->pos, "go statements");
		break;
	case NODE_DEFER:
		defer_stmt(B, s);
		break;
	case NODE_SELECT:
		unsupported(B, s->pos, "select statements");
		break;
	case NODE_SEND:
		unsupported(B, s->pos, "channel sends");
		break;
	case NODE_TYPE_SWITCH:
		type_switch_stmt(B, s);
		break;
	default:
		unsupported(B, s->pos, arena_sprintf(B->a, "%s statements", ast_kind_name(s->kind)));
		break;
	}
}

/* ---- functions ----------------------------------------------------------------------- */

static Builder *new_builder(SsaProgram *p, const char *name, Arena *fa)
{
	Builder *B = ARENA_NEW(fa, Builder);
	B->prog = p;
	B->a = fa;
	B->fn = ssa_new_func(fa, name);
	B->fn->diag = p->diag;
	new_var(B, "mem", ST_MEM);
	B->fn->entry = new_block(B);
	seal(B, B->fn->entry);
	B->cur = B->fn->entry;
	B->pos = POS_NONE;
	write_var(B, 0, B->cur, v0(B, OP_InitMem, ST_MEM, 0));
	return B;
}

/* Ends the function: a final return if the end is reachable. */
static void finish(Builder *B)
{
	if (!terminated(B->cur)) {
		Node fake = {0};
		fake.kind = NODE_RETURN;
		fake.pos = B->pos;
		if (B->result_objs.len == 0 || B->result_objs.items[0]->name[0]) {
			return_stmt(B, &fake);
		} else {
			/* falling off a function with results: unreachable (the checker
			 * insists on a terminating statement) */
			Value *r = ssa_new_value(B->cur, OP_Return, ST_MEM, B->pos);
			ssa_add_arg(r, mem(B));
			if (!B->result_ptr) {
				ssa_remove_value(r);
				r = ssa_new_value(B->cur, OP_Return, ST_MEM, B->pos);
				for (int i = 0; i < B->result_objs.len; i++) {
					ValueList words = {0};
					flatten(B, zero_val(B, B->result_objs.items[i]->type), &words);
					for (int k = 0; k < words.len; k++)
						ssa_add_arg(r, words.items[k]);
				}
				ssa_add_arg(r, mem(B));
			}
			B->cur->kind = BLOCK_RET;
			ssa_set_control(B->cur, r);
		}
	}
	/* seal anything left open (blocks only reachable from dead code) */
	for (int i = 0; i < B->fn->blocks.len; i++)
		seal(B, B->fn->blocks.items[i]);
	/* drop the empty dead ends that unreachable code left */
	Func *fn = B->fn;
	int kept = 0;
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		if (dead(b) && b->succs.len == 0 && b->kind == BLOCK_PLAIN) {
			while (b->values.len)
				ssa_remove_value(b->values.items[b->values.len - 1]);
			continue;
		}
		fn->blocks.items[kept++] = b;
	}
	fn->blocks.len = kept;
}

/* The parameters, results and body of a function with signature sig. */
static void build_body(Builder *B, Type *sig, Node *body)
{
	Arena *fa = B->a;
	ObjectList *results = &sig->u.func.results;
	B->result_objs = *results;
	int nres = total_words(fa, results);
	int argn = 0;
	if (nres > 2) {
		B->fn->result_area = 1;
		B->result_ptr = v0(B, OP_Arg, ST_PTR, argn++);
		B->result_ptr->name = "result area";
	} else {
		B->fn->nresult_words = nres;
	}
	/* the receiver is the first parameter */
	ObjectList params_with_recv = {0};
	if (sig->u.func.recv)
		VEC_PUSH(fa, params_with_recv, sig->u.func.recv);
	for (int i = 0; i < sig->u.func.params.len; i++)
		VEC_PUSH(fa, params_with_recv, sig->u.func.params.items[i]);
	ObjectList *params = &params_with_recv;
	/* every Arg first: the entry's moves out of the argument registers
	 * happen before anything else */
	Value ***words = arena_alloc(fa, sizeof(Value **) * (size_t)(params->len + 1));
	LeafList *lv = arena_alloc(fa, sizeof(LeafList) * (size_t)(params->len + 1));
	for (int i = 0; i < params->len; i++) {
		Object *o = params->items[i];
		if (by_reference(o->type)) {
			words[i] = arena_alloc(fa, sizeof(Value *));
			words[i][0] = v0(B, OP_Arg, ST_PTR, argn++);
			words[i][0]->name = o->name;
			continue;
		}
		leaves(fa, o->type, 0, &lv[i]);
		words[i] = arena_alloc(fa, sizeof(Value *) * (size_t)(lv[i].len + 1));
		for (int k = 0; k < lv[i].len; k++) {
			words[i][k] = v0(B, OP_Arg, lv[i].items[k].t, argn++);
			words[i][k]->name = o->name;
		}
	}
	B->fn->nparam_words = argn;
	B->fn->shape = make_shape(B->prog, sig);
	for (int i = 0; i < params->len; i++) {
		Object *o = params->items[i];
		if (!o->name[0] || strcmp(o->name, "_") == 0)
			continue;
		if (by_reference(o->type) && !o->captured && !o->addr_taken) {
			VarHome *h = ARENA_NEW(fa, VarHome);
			h->var = -1;
			h->indirect = words[i][0];   /* the caller's copy is ours to use */
			map_put(fa, &B->homes, ptr_key(o), h);
			continue;
		}
		VarHome *h = declare(B, o);
		if (by_reference(o->type)) {
			types_layout(o->type);
			move(B, home_addr(B, h), words[i][0], o->type->size);
			continue;
		}
		if (h->var < 0) {
			/* a parameter in memory: its words go straight to its slot */
			Value *p = home_addr(B, h);
			for (int k = 0; k < lv[i].len; k++)
				store(B, lv[i].items[k].t, offptr(B, p, lv[i].items[k].off), words[i][k]);
			continue;
		}
		int k = 0;
		write_home(B, h, unflatten(B, o->type, words[i], &k));
	}
	for (int i = 0; i < results->len; i++) {
		Object *o = results->items[i];
		if (!o->name[0])
			continue;
		VarHome *h = declare(B, o);
		if (h->indirect)
			continue;   /* the heap comes zeroed */
		if (h->var < 0) {
			types_layout(o->type);
			zero(B, home_addr(B, h), o->type->size);
		} else {
			write_home(B, h, zero_val(B, o->type));
		}
	}
	B->has_defer = contains_defer(body);
	if (B->has_defer)
		B->defer_frame = ssa_new_local(B->fn, "deferframe", 8, 8);
	stmt(B, body);
	finish(B);
}

static Func *build_decl(SsaProgram *p, Object *f, Arena *fa)
{
	Node *decl = f->decl;
	Builder *B = new_builder(p, func_sym(p, f), fa);
	if (setjmp(B->bail))
		return NULL;
	B->pos = decl->pos;
	build_body(B, f->type, AST(decl, func_decl).body);
	return B->failed ? NULL : B->fn;
}

/* ---- func values, closures, method values ------------------------------------ */

/* A function used as a value (f := fib): a closure with no variables,
 * made once, in read-only data: {main.fib}. */
static Value *func_value(Builder *B, const char *fsym)
{
	SsaProgram *p = B->prog;
	const char *key = intern(p->names, fsym, strlen(fsym));
	const char *sym = map_get(&p->func_values, ptr_key(key));
	if (!sym) {
		sym = arena_sprintf(p->arena, "%s$f", fsym);
		DataObj *d = new_data(p, sym, 8, 8);
		d->readonly = 1;
		VEC_PUSH(p->arena, d->relocs, ((DataReloc){0, arena_strdup(p->arena, fsym), 0}));
		map_put(p->arena, &p->func_values, ptr_key(key), (void *)sym);
	}
	return sym_addr(B, sym);
}

static Arena *new_arena(void)
{
	Arena *a = malloc(sizeof(Arena));
	if (!a)
		ice("out of memory");
	arena_init(a);
	return a;
}

/* func(...) {...}: the body becomes a function of its own (main.f.func1),
 * built now so that we know what it captures; the value is a new closure
 * object {code, &captured1, &captured2, ...} (Go spec: Function literals;
 * captured variables are shared, by reference). */
static Val func_lit(Builder *B, Node *e)
{
	SsaProgram *p = B->prog;
	Arena *na = new_arena();
	const char *name = arena_sprintf(p->arena, "%s.func%d", B->fn->name, ++B->nlits);
	Builder *N = new_builder(p, name, na);
	N->fn->owns_arena = 1;
	N->outer = B;
	N->ctx = v0(N, OP_Context, ST_PTR, 0);
	N->ctx->name = "closure";
	if (setjmp(N->bail)) {
		arena_free(na);
		free(na);
		B->failed = 1;
		longjmp(B->bail, 1);
	}
	N->pos = e->pos;
	build_body(N, types_underlying(e->type), AST(e, func_lit).body);
	VEC_PUSH(p->arena, p->nested, N->fn);
	/* the closure object */
	B->pos = e->pos;
	int n = N->captures.len;
	int64_t bytes = 8 + N->capture_bytes;
	Value *size = iconst(B, ST_INT, bytes), *obj;
	SsaType rt = ST_PTR;
	Value *c = call_runtime(B, "rt_alloc", &size, 1, 1, &rt, &obj, 0);
	c->site = implicit_site(B, "func literal", e->pos, bytes, 8);
	c->site->closure_fn = name;
	store(B, ST_PTR, obj, sym_addr(B, name));
	int64_t off = 8;
	for (int k = 0; k < n; k++) {
		Object *o = N->captures.items[k];
		VarHome *h = home_of(B, o);
		if (!h)
			ice(arena_sprintf(B->a, "captured variable %s has no home", o->name));
		if (by_value(o)) {
			store_val(B, offptr(B, obj, off), read_home(B, h, o->type));
			off += (o->type->size + 7) & ~7;
			continue;
		}
		if (h->var >= 0)
			ice(arena_sprintf(B->a, "captured variable %s is not in memory", o->name));
		store(B, ST_PTR, offptr(B, obj, off), home_addr(B, h));
		off += 8;
	}
	return word_val(e->type, obj);
}


/* Where a forwarding wrapper finds the receiver it passes on. */
typedef enum { RECV_FROM_CLOSURE, RECV_THROUGH_POINTER } RecvSource;
static void build_forwarder(Builder *W, Object *m, Arena *na, RecvSource from, Type *base, Selection *walk);

/* The function behind a method value x.M: called through a closure
 * {code, receiver}, it calls M with the receiver it finds there and its
 * own arguments (gc calls these main.T.M-fm; NASM names cannot hold a -, so ours are main.T.M$fm). */
static const char *method_wrapper(Builder *B, Object *m)
{
	SsaProgram *p = B->prog;
	const char *sym = map_get(&p->wrappers, ptr_key(m));
	if (sym)
		return sym;
	Type *rt = m->type->u.func.recv->type;
	if (types_is_interface(rt))   /* an interface literal's method: named by the literal's descriptor */
		sym = arena_sprintf(p->arena, "%s.%s$fm", type_desc(p, rt), m->name);
	else
		sym = arena_sprintf(p->arena, "%s$fm", func_sym(p, m));
	map_put(p->arena, &p->wrappers, ptr_key(m), (void *)sym);
	Arena *na = new_arena();
	Builder *W = new_builder(p, sym, na);
	W->fn->owns_arena = 1;
	W->fn->wrapper = 1;
	build_forwarder(W, m, na, RECV_FROM_CLOSURE, NULL, NULL);
	return sym;
}

/* The body of a wrapper that calls method m with its own parameters and
 * passes m's results back: the receiver comes from the closure (a method
 * value, x.M) or from a pointer parameter before the others ((*T).M of
 * a value method, an itab's entry).  With walk, that pointer is to a
 * `base` value and m is promoted to it: the wrapper follows walk's path
 * of embedded fields first.  A result area is passed straight on. */
static void build_forwarder(Builder *W, Object *m, Arena *na, RecvSource from, Type *base, Selection *walk)
{
	SsaProgram *p = W->prog;
	Type *sig = m->type;
	Value *ctx = from == RECV_FROM_CLOSURE ? v0(W, OP_Context, ST_PTR, 0) : NULL;
	ObjectList *results = &sig->u.func.results;
	int nres = total_words(na, results);
	int argn = 0;
	ValueList words = {0};
	if (nres > 2) {
		W->fn->result_area = 1;
		VEC_PUSH(na, words, v0(W, OP_Arg, ST_PTR, argn++));
	} else {
		W->fn->nresult_words = nres;
	}
	Value *ptr = from == RECV_THROUGH_POINTER ? v0(W, OP_Arg, ST_PTR, argn++) : NULL;
	ValueList args = {0};
	ObjectList *params = &sig->u.func.params;
	for (int i = 0; i < params->len; i++) {
		Type *t = params->items[i]->type;
		if (by_reference(t)) {
			VEC_PUSH(na, args, v0(W, OP_Arg, ST_PTR, argn++));
			continue;
		}
		LeafList l = {0};
		leaves(na, t, 0, &l);
		for (int k = 0; k < l.len; k++)
			VEC_PUSH(na, args, v0(W, OP_Arg, l.items[k].t, argn++));
	}
	W->fn->nparam_words = argn;
	Type *rt = sig->u.func.recv->type;
	Value *rp;
	if (walk) {
		Type *t = base;
		ptr = walk_embedded(W, ptr, &t, walk);
	}
	Value *slot = NULL;
	if (types_is_interface(rt)) {
		/* m is an interface's method: dispatch through the itab of the
		 * interface value found (a method value of an interface, or a
		 * method promoted from an embedded interface field) */
		Val iv = load_val(W, rt, ctx ? offptr(W, ctx, 8) : nil_checked(W, ptr));
		slot = offptr(W, nil_checked(W, iv.w[0]), 16 + 8 * iface_method_index(p, rt, m->name));
		VEC_PUSH(na, words, iv.w[1]);
	} else if (walk && types_underlying(rt)->kind == TYPE_POINTER) {
		VEC_PUSH(na, words, ptr);
	} else if ((rp = ctx ? offptr(W, ctx, 8) : nil_checked(W, ptr)), by_reference(rt)) {
		Value *c = local_addr(W, temp(W, rt->size, rt->align));
		move(W, c, rp, rt->size);
		VEC_PUSH(na, words, c);
	} else {
		flatten(W, load_val(W, rt, rp), &words);
	}
	for (int i = 0; i < args.len; i++)
		VEC_PUSH(na, words, args.items[i]);
	SsaType rtypes[2];
	Value *res[2];
	int k = 0;
	if (nres <= 2)
		for (int i = 0; i < results->len; i++) {
			LeafList l = {0};
			leaves(na, results->items[i]->type, 0, &l);
			for (int j = 0; j < l.len; j++)
				rtypes[k++] = l.items[j].t;
		}
	if (slot) {
		ValueList all = {0};
		VEC_PUSH(na, all, slot);
		for (int i = 0; i < words.len; i++)
			VEC_PUSH(na, all, words.items[i]);
		emit_call_op(W, OP_InterCall, NULL, &all, nres <= 2 ? nres : 0, rtypes, res, 0)->shape = make_shape(p, sig);
	} else {
		emit_call(W, func_sym(p, m), &words, nres <= 2 ? nres : 0, rtypes, res, 0)->shape = make_shape(p, sig);
	}
	Value *r = ssa_new_value(W->cur, OP_Return, ST_MEM, W->pos);
	if (nres <= 2)
		for (int i = 0; i < nres; i++)
			ssa_add_arg(r, res[i]);
	ssa_add_arg(r, mem(W));
	W->cur->kind = BLOCK_RET;
	ssa_set_control(W->cur, r);
	finish(W);
	VEC_PUSH(p->arena, p->nested, W->fn);
}

/* (*T).M for a method M of T: a function that takes the pointer, loads
 * the value and calls M (gc spells it main.(*T).M too). */
static const char *deref_wrapper(Builder *B, Object *m)
{
	return deref_wrapper_p(B->prog, m);
}

static const char *deref_wrapper_p(SsaProgram *p, Object *m)
{
	const char *sym = arena_sprintf(p->arena, "%s$ptr", func_sym(p, m));
	const char *key = intern(p->names, sym, strlen(sym));
	if (map_get(&p->wrappers, ptr_key(key)))
		return sym;
	map_put(p->arena, &p->wrappers, ptr_key(key), (void *)sym);
	Arena *na = new_arena();
	Builder *W = new_builder(p, sym, na);
	W->fn->owns_arena = 1;
	W->fn->wrapper = 1;
	build_forwarder(W, m, na, RECV_THROUGH_POINTER, NULL, NULL);
	return sym;
}

/* For an itab: method m promoted to `base` through embedded fields,
 * called with a pointer to a base value (gc generates these too, as
 * main.Outer.M and main.(*Outer).M). */
static const char *promoted_wrapper(SsaProgram *p, Type *base, Object *m, Selection *sel)
{
	const char *bn = base->kind == TYPE_NAMED
	                 ? arena_sprintf(p->arena, "%s.%s", base->u.named.obj->pkg ? base->u.named.obj->pkg->path : "main",
	                                 base->u.named.obj->name)
	                 : type_desc(p, base);
	const char *sym = arena_sprintf(p->arena, "%s.%s$ptr", bn, m->name);
	const char *key = intern(p->names, sym, strlen(sym));
	if (map_get(&p->wrappers, ptr_key(key)))
		return sym;
	map_put(p->arena, &p->wrappers, ptr_key(key), (void *)sym);
	Selection *walk = arena_alloc(p->arena, sizeof *walk);
	*walk = *sel;
	Arena *na = new_arena();
	Builder *W = new_builder(p, sym, na);
	W->fn->owns_arena = 1;
	W->fn->wrapper = 1;
	build_forwarder(W, m, na, RECV_THROUGH_POINTER, base, walk);
	return sym;
}

/* x.M as a value: a closure holding the receiver, evaluated now. */
static Val method_value(Builder *B, Node *e, Object *m)
{
	Val recv = method_receiver(B, e, m);
	const char *code = method_wrapper(B, m);
	Type *rt = m->type->u.func.recv->type;
	types_layout(rt);
	Value *size = iconst(B, ST_INT, 8 + ((rt->size + 7) & ~7)), *obj;
	SsaType st = ST_PTR;
	Value *c = call_runtime(B, "rt_alloc", &size, 1, 1, &st, &obj, 0);
	c->site = implicit_site(B, gc_text(B, e), e->pos, 8 + ((rt->size + 7) & ~7), 8);
	c->site->closure_fn = code;
	store(B, ST_PTR, obj, sym_addr(B, code));
	store_val(B, offptr(B, obj, 8), recv);
	return word_val(e->type, obj);
}

/* main.init: the package's variables in initialization order, then its
 * init functions in source order. */
static Func *build_init(SsaProgram *p, Arena *fa)
{
	Builder *B = new_builder(p, "main.init", fa);
	if (setjmp(B->bail))
		return NULL;
	Package *pkg = p->pkg;
	Map done = {0};
	for (int i = 0; i < pkg->init_order.len; i++) {
		Object *o = pkg->init_order.items[i];
		Node *spec = o->vspec;
		if (!spec || !AST(spec, value_spec).values.len || map_get(&done, ptr_key(spec)))
			continue;
		NodeList *names = &AST(spec, value_spec).names, *values = &AST(spec, value_spec).values;
		B->pos = spec->pos;
		if (values->len == names->len) {
			Val v = expr(B, values->items[o->index]);
			VarHome *h = home_of(B, o);
			write_home(B, h, assign_conv(B, v, o->type));
			continue;
		}
		/* var a, b = f(): all at once */
		map_put(fa, &done, ptr_key(spec), spec);
		Val vals[64];
		call_expr(B, values->items[0], vals, 64);
		for (int k = 0; k < names->len; k++) {
			Object *ok = AST(names->items[k], name).obj;
			if (!ok || strcmp(ok->name, "_") == 0)
				continue;
			write_home(B, home_of(B, ok), assign_conv(B, vals[k], ok->type));
		}
	}
	/* blank package variables are initialized too, for their effects */
	int ninit = 0;
	for (int i = 0; i < p->funcs.len; i++) {
		Object *f = p->funcs.items[i];
		if (strcmp(f->name, "init") != 0 || AST(f->decl, func_decl).recv)
			continue;
		ValueList none = {0};
		emit_call(B, arena_sprintf(p->arena, "main.init.%d", ninit++), &none, 0, NULL, NULL, 0);
	}
	finish(B);
	return B->failed ? NULL : B->fn;
}

SsaProgram *ssa_program_new(Arena *a, Types *t, Package *pkg, Diag *diag)
{
	SsaProgram *p = ARENA_NEW(a, SsaProgram);
	p->arena = a;
	p->types = t;
	p->pkg = pkg;
	p->diag = diag;
	p->names = ARENA_NEW(a, Interner);
	interner_init(p->names, a);
	for (int i = 0; i < pkg->funcs.len; i++)
		VEC_PUSH(a, p->funcs, pkg->funcs.items[i]);
	return p;
}

int ssa_program_nfuncs(SsaProgram *p) { return p->funcs.len + 1; }

Func *ssa_build_func(SsaProgram *p, int i, Arena *fa)
{
	if (i == p->funcs.len)
		return build_init(p, fa);
	return build_decl(p, p->funcs.items[i], fa);
}

Func *ssa_program_take_nested(SsaProgram *p)
{
	if (!p->nested.len)
		return NULL;
	Func *fn = p->nested.items[0];
	for (int i = 1; i < p->nested.len; i++)
		p->nested.items[i - 1] = p->nested.items[i];
	p->nested.len--;
	return fn;
}

int ssa_program_ndata(SsaProgram *p) { return p->data.len; }
DataObj *ssa_program_data(SsaProgram *p, int i) { return p->data.items[i]; }
