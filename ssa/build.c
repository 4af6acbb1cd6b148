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
 *
 * The builder is split by subject; build.h lists its files.  This one
 * holds the construction itself, values and words, variables, function
 * bodies and main.init. */
#include "build.h"

/* ---- small maps ---------------------------------------------------------- */

void *map_get(Map *m, uint64_t key)
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

void map_put(Arena *a, Map *m, uint64_t key, void *val)
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

typedef struct Incomplete {
	int var;
	Value *phi;
	struct Incomplete *next;
} Incomplete;

typedef struct PhiUser {
	Value *user;
	struct PhiUser *next;
} PhiUser;

_Noreturn void build_ice(const char *what, const char *file, int line)
{
	fprintf(stderr, "internal compiler error: %s (%s:%d)\n", what, file, line);
	exit(3);
}

/* A construct this compiler does not translate yet: reported by name, and
 * the function is abandoned (the rest of the program is still built, so
 * every function's first problem is reported). */
_Noreturn void unsupported(Builder *B, Pos pos, const char *what)
{
	diag_error(B->prog->diag, pos, "unsupported: %s", what);
	B->failed = 1;
	longjmp(B->bail, 1);
}

/* ---- Braun et al.: variables, blocks, sealing ------------------------------ */

Block *new_block(Builder *B)
{
	Block *b = ssa_new_block(B->fn, BLOCK_PLAIN);
	b->pos = B->pos;
	while (B->sealed.len <= b->id)
		VEC_PUSH(B->a, B->sealed, 0);
	return b;
}

int new_var(Builder *B, const char *name, SsaType t)
{
	VEC_PUSH(B->a, B->vars, ((VarInfo){name, t}));
	return B->vars.len - 1;
}

static uint64_t def_key(Block *b, int var) { return ((uint64_t)b->id << 32) | (uint32_t)(var + 1); }

void write_var(Builder *B, int var, Block *b, Value *v)
{
	map_put(B->a, &B->defs, def_key(b, var), v);
}

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

Value *read_var(Builder *B, int var, Block *b)
{
	Value *v = map_get(&B->defs, def_key(b, var));
	if (v)
		return v;
	return read_var_recursive(B, var, b);
}

void seal(Builder *B, Block *b)
{
	if (B->sealed.items[b->id])
		return;
	for (Incomplete *inc = map_get(&B->incomplete, (uint64_t)b->id); inc; inc = inc->next)
		add_phi_operands(B, inc->var, inc->phi);
	B->sealed.items[b->id] = 1;
}

Value *mem(Builder *B) { return read_var(B, 0, B->cur); }
void set_mem(Builder *B, Value *m) { write_var(B, 0, B->cur, m); }

/* Ends the current block with a jump to `to`. */
void jump(Builder *B, Block *to)
{
	B->cur->kind = BLOCK_PLAIN;
	ssa_add_edge(B->cur, to);
}

/* Ends the current block with a two-way branch on c: to yes when c is
 * true, else to no (the order of the If block's successors). */
void branch(Builder *B, Value *c, Block *yes, Block *no)
{
	B->cur->kind = BLOCK_IF;
	ssa_set_control(B->cur, c);
	ssa_add_edge(B->cur, yes);
	ssa_add_edge(B->cur, no);
}

/* After return, break, continue, panic: the code that follows is
 * unreachable, and goes in a block of its own with no predecessors. */
void start_dead_block(Builder *B)
{
	B->cur = new_block(B);
	seal(B, B->cur);
}

/* Code no path reaches: after a return, break, continue or panic. */
int dead(Block *b)
{
	return b->preds.len == 0 && b != b->func->entry;
}

int terminated(Block *b)
{
	return b->succs.len > 0 || b->kind == BLOCK_RET || b->kind == BLOCK_EXIT || dead(b);
}

/* ---- values ---------------------------------------------------------------- */

Value *v0(Builder *B, Op op, SsaType t, int64_t aux)
{
	return ssa_value0(B->cur, op, t, B->pos, aux);
}
Value *v1(Builder *B, Op op, SsaType t, Value *x) { return ssa_value1(B->cur, op, t, B->pos, x); }
Value *v2(Builder *B, Op op, SsaType t, Value *x, Value *y)
{
	return ssa_value2(B->cur, op, t, B->pos, x, y);
}
Value *v3(Builder *B, Op op, SsaType t, Value *x, Value *y, Value *z)
{
	return ssa_value3(B->cur, op, t, B->pos, x, y, z);
}
Value *iconst(Builder *B, SsaType t, int64_t c) { return ssa_const(B->cur, t, c, B->pos); }

Value *offptr(Builder *B, Value *p, int64_t off)
{
	if (off == 0)
		return p;
	Value *v = v1(B, OP_OffPtr, ST_PTR, p);
	v->auxint = off;
	return v;
}

Value *load(Builder *B, SsaType t, Value *p)
{
	return v2(B, OP_Load, t, p, mem(B));
}

void store(Builder *B, SsaType t, Value *p, Value *x)
{
	Value *s = ssa_value3(B->cur, OP_Store, ST_MEM, B->pos, p, x, mem(B));
	s->auxint = ssa_type_size(t);
	s->heap_store = B->heap_stores;
	set_mem(B, s);
}

void move(Builder *B, Value *dst, Value *src, int64_t size)
{
	if (size == 0)
		return;
	Value *m = ssa_value3(B->cur, OP_Move, ST_MEM, B->pos, dst, src, mem(B));
	m->auxint = size;
	m->heap_store = B->heap_stores;
	set_mem(B, m);
}

void zero(Builder *B, Value *dst, int64_t size)
{
	if (size == 0)
		return;
	Value *z = v2(B, OP_Zero, ST_MEM, dst, mem(B));
	z->auxint = size;
	set_mem(B, z);
}

Local *temp(Builder *B, int64_t size, int64_t align)
{
	const char *name = arena_sprintf(B->a, "autotmp_%d", B->ntemps++);
	return ssa_new_local(B->fn, name, size ? size : 1, align);
}

Value *local_addr(Builder *B, Local *l)
{
	Value *v = v0(B, OP_LocalAddr, ST_PTR, 0);
	v->local = l;
	return v;
}

Value *sym_addr(Builder *B, const char *sym)
{
	Value *v = v0(B, OP_Addr, ST_PTR, 0);
	v->aux = sym;
	return v;
}

/* ---- types as words ---------------------------------------------------------- */

SsaType scalar_type(Type *t)
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

/* The scalar words of a type, with their offsets in memory. */
void leaves(Arena *a, Type *t, int64_t off, LeafList *out)
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
int by_reference(Type *t)
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

Type *default_type(Type *t)
{
	return types_is_untyped(t) ? types_default(t) : t;
}

/* The value stored in memory at p, as a Val. */
Val load_val(Builder *B, Type *t, Value *p)
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

void store_val(Builder *B, Value *p, Val v)
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
void flatten(Builder *B, Val v, ValueList *out)
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
Val unflatten(Builder *B, Type *t, Value **words, int *k)
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

Val zero_val(Builder *B, Type *t)
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

Val word_val(Type *t, Value *x)
{
	Val v = {0};
	v.type = t;
	v.n = 1;
	v.w[0] = x;
	return v;
}

/* ---- variables -------------------------------------------------------------- */

/* An object the runtime allocates for the program (a concatenation's
 * bytes, a conversion's copy): reported by -m, kept on the heap. */
AllocSite *runtime_site(Builder *B, const char *text, Pos pos)
{
	AllocSite *s = new_site(B, 0, text, pos, -1, 8);
	s->heap_only = 0;
	s->msg_only = 1;
	return s;
}

/* A result the runtime builds in a buffer in the frame when it fits and
 * does not escape (argument arg, nil until escape analysis decides),
 * else on the heap. */
AllocSite *tmpbuf_site(Builder *B, const char *text, Pos pos, int arg, int64_t bytes)
{
	AllocSite *s = runtime_site(B, text, pos);
	s->tmpbuf_arg = arg;
	s->tmpbuf = bytes;
	return s;
}

/* An allocation the program does not name (gc: implicit): at most 64 KiB
 * go on the stack. */
AllocSite *implicit_site(Builder *B, const char *text, Pos pos, int64_t size, int64_t align)
{
	AllocSite *s = new_site(B, 0, text, pos, size, align);
	if (size > (64 << 10))
		s->heap_only = 1;
	return s;
}

AllocSite *new_site(Builder *B, int is_var, const char *text, Pos pos, int64_t size, int64_t align)
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
const char *gc_type(Builder *B, Type *t)
{
	return replace_all(B->prog->arena, types_string(B->prog->arena, t), "interface{}", "interface {}");
}

/* An expression as gc's -m prints it: composite literals abbreviated to
 * T{...}, function literals as "func literal", the rest as written. */
const char *gc_text(Builder *B, Node *e)
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
Pos conv_pos(Builder *B, Val v)
{
	return v.src ? gcpos_conv(B->conv_ctx, v.src, B->conv_pos) : B->pos;
}

/* A new zeroed object of type t, allocated at site s: on the collected
 * heap (its type descriptor tells the collector where its pointers are)
 * unless escape analysis moves it to the frame. */
Value *site_alloc(Builder *B, Type *t, AllocSite *s)
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

Value *heap_alloc(Builder *B, Type *t)
{
	return site_alloc(B, t, NULL);
}

/* Does a closure capture o by value?  gc does when o is never assigned
 * after its declaration, its address is never taken, and it is at most
 * 128 bytes: the closure then holds a copy, and o need not be shared. */
int by_value(Object *o)
{
	types_layout(o->type);
	return o->captured && !o->addr_taken && !o->reassigned && o->type->size <= 128;
}

VarHome *home_of(Builder *B, Object *o)
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
VarHome *declare(Builder *B, Object *o)
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

Value *home_addr(Builder *B, VarHome *h)
{
	if (h->indirect)
		return h->indirect;
	if (h->local)
		return local_addr(B, h->local);
	return sym_addr(B, h->global);
}

Val read_home(Builder *B, VarHome *h, Type *t)
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

void write_home(Builder *B, VarHome *h, Val v)
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

/* ---- functions ----------------------------------------------------------------------- */

Builder *new_builder(SsaProgram *p, const char *name, Arena *fa)
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
void finish(Builder *B)
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
void build_body(Builder *B, Type *sig, Node *body)
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
