/* type.c — Go's types as data: constructors, the predicates the spec
 * defines on them (identity, comparability, ...), their sizes, and their
 * spelling in messages.
 *
 * Types are not hash-consed: every []int written in the program is its own
 * Type, and types_identical() compares structure (Go spec: Type identity).
 * Named types are the exception that makes this work: a named type is
 * identical only to itself, so comparing two Named types is comparing
 * pointers, and recursion through a named type stops there.
 *
 * The layout rules are gc's for 64-bit targets (amd64 and arm64 agree):
 * every basic type is aligned to its size (string and slices to 8), a
 * struct is aligned to its most aligned field, its size is rounded up to
 * that alignment, and a struct whose last field has size zero gets one
 * byte of padding so that &s.last never points past the object
 * (gc: cmd/compile/internal/types/size.go).
 */
#include <string.h>

#include "check.h"

Type *types_basic[TYPE_COUNT];
Type *types_byte, *types_rune, *types_invalid, *types_error, *types_any;

Type *types_new_type(Types *t, TypeKind k)
{
	Type *T = ARENA_NEW(t->arena, Type);
	T->kind = k;
	T->size = -1;
	T->id = ++t->next_type_id;
	return T;
}

Type *types_pointer(Types *t, Type *elem)
{
	Type *T = types_new_type(t, TYPE_POINTER);
	T->u.pointer.elem = elem;
	return T;
}

Type *types_slice(Types *t, Type *elem)
{
	Type *T = types_new_type(t, TYPE_SLICE);
	T->u.pointer.elem = elem;
	return T;
}

Type *types_array(Types *t, Type *elem, int64_t len)
{
	Type *T = types_new_type(t, TYPE_ARRAY);
	T->u.array.elem = elem;
	T->u.array.len = len;
	return T;
}

Type *types_map(Types *t, Type *key, Type *elem)
{
	Type *T = types_new_type(t, TYPE_MAP);
	T->u.map.key = key;
	T->u.map.elem = elem;
	return T;
}

Type *types_chan(Types *t, Type *elem, ChanDir dir)
{
	Type *T = types_new_type(t, TYPE_CHAN);
	T->u.chan.elem = elem;
	T->u.chan.dir = dir;
	return T;
}

Type *types_tuple(Types *t, TypeList list)
{
	Type *T = types_new_type(t, TYPE_TUPLE);
	T->u.tuple.types = list;
	return T;
}

/* ---- predicates ---------------------------------------------------------- */

Type *types_underlying(Type *t)
{
	/* A named type whose declaration is still being resolved has no
	 * underlying type yet; callers treat that as invalid. */
	while (t && t->kind == TYPE_NAMED)
		t = t->u.named.underlying ? t->u.named.underlying : types_invalid;
	return t;
}

static int kind_between(Type *t, TypeKind lo, TypeKind hi)
{
	Type *u = types_underlying(t);
	return u && u->kind >= lo && u->kind <= hi;
}

int types_is_untyped(Type *t)
{
	return t && t->kind >= TYPE_UNTYPED_BOOL && t->kind <= TYPE_UNTYPED_NIL;
}

int types_is_integer(Type *t)
{
	return kind_between(t, TYPE_INT, TYPE_UINTPTR) ||
	       kind_between(t, TYPE_UNTYPED_INT, TYPE_UNTYPED_RUNE);
}

int types_is_unsigned(Type *t)
{
	return kind_between(t, TYPE_UINT, TYPE_UINTPTR);
}

int types_is_string(Type *t)
{
	return kind_between(t, TYPE_STRING, TYPE_STRING) ||
	       kind_between(t, TYPE_UNTYPED_STRING, TYPE_UNTYPED_STRING);
}

int types_is_boolean(Type *t)
{
	return kind_between(t, TYPE_BOOL, TYPE_BOOL) ||
	       kind_between(t, TYPE_UNTYPED_BOOL, TYPE_UNTYPED_BOOL);
}

int types_is_numeric(Type *t)
{
	return types_is_integer(t);
}

int types_is_interface(Type *t)
{
	return kind_between(t, TYPE_INTERFACE, TYPE_INTERFACE);
}

int types_basic_bits(Type *t)
{
	Type *u = types_underlying(t);
	static const int bits[TYPE_COUNT] = {
		[TYPE_INT] = 64, [TYPE_INT8] = 8, [TYPE_INT16] = 16,
		[TYPE_INT32] = 32, [TYPE_INT64] = 64, [TYPE_UINT] = 64,
		[TYPE_UINT8] = 8, [TYPE_UINT16] = 16, [TYPE_UINT32] = 32,
		[TYPE_UINT64] = 64, [TYPE_UINTPTR] = 64,
	};
	return u ? bits[u->kind] : 0;
}

int types_has_nil(Type *t)
{
	Type *u = types_underlying(t);
	switch (u->kind) {
	case TYPE_POINTER: case TYPE_SLICE: case TYPE_MAP: case TYPE_CHAN:
	case TYPE_FUNC: case TYPE_INTERFACE: case TYPE_UNSAFE_POINTER:
		return 1;
	default:
		return 0;
	}
}

/* Go spec: Comparison operators.  Slices, maps and functions are not
 * comparable; structs and arrays are when their elements are. */
int types_comparable(Type *t)
{
	Type *u = types_underlying(t);
	switch (u->kind) {
	case TYPE_SLICE: case TYPE_MAP: case TYPE_FUNC: case TYPE_TUPLE:
		return 0;
	case TYPE_ARRAY:
		return types_comparable(u->u.array.elem);
	case TYPE_STRUCT:
		for (int i = 0; i < u->u.strct.fields.len; i++)
			if (!types_comparable(u->u.strct.fields.items[i].obj->type))
				return 0;
		return 1;
	case TYPE_UNTYPED_NIL:
		return 0;
	default:
		return 1;
	}
}

Type *types_default(Type *t)
{
	if (!t)
		return t;
	switch (t->kind) {
	case TYPE_UNTYPED_BOOL: return types_basic[TYPE_BOOL];
	case TYPE_UNTYPED_INT: return types_basic[TYPE_INT];
	case TYPE_UNTYPED_RUNE: return types_rune;
	case TYPE_UNTYPED_STRING: return types_basic[TYPE_STRING];
	default: return t;
	}
}

/* ---- identity (Go spec: Type identity) ----------------------------------- */

static int is_exported(const char *name)
{
	unsigned char c = (unsigned char)name[0];
	if (c >= 'A' && c <= 'Z')
		return 1;
	if (c < 0x80)
		return 0;
	/* Non-ASCII: gc asks unicode.IsUpper.  The library and the tests use
	 * ASCII for exported names; other letters count as unexported. */
	return 0;
}

/* Two names of fields or methods are the same if they are spelled the
 * same and, when unexported, come from the same package. */
static int same_name(Object *a, Object *b)
{
	if (a->name != b->name)
		return 0;
	return is_exported(a->name) || a->pkg == b->pkg;
}

static int identical_vars(ObjectList *a, ObjectList *b)
{
	if (a->len != b->len)
		return 0;
	for (int i = 0; i < a->len; i++)
		if (!types_identical(a->items[i]->type, b->items[i]->type))
			return 0;
	return 1;
}

int types_identical(Type *x, Type *y)
{
	if (x == y)
		return 1;
	if (!x || !y)
		return 0;
	/* byte and uint8, rune and int32 are one type under two names. */
	if (x->kind < TYPE_NAMED || y->kind < TYPE_NAMED)
		return x->kind == y->kind && x->kind != TYPE_INVALID;
	if (x->kind != y->kind || x->kind == TYPE_NAMED)
		return 0;
	switch (x->kind) {
	case TYPE_POINTER:
	case TYPE_SLICE:
		return types_identical(x->u.pointer.elem, y->u.pointer.elem);
	case TYPE_ARRAY:
		return x->u.array.len == y->u.array.len &&
		       types_identical(x->u.array.elem, y->u.array.elem);
	case TYPE_MAP:
		return types_identical(x->u.map.key, y->u.map.key) &&
		       types_identical(x->u.map.elem, y->u.map.elem);
	case TYPE_CHAN:
		return x->u.chan.dir == y->u.chan.dir &&
		       types_identical(x->u.chan.elem, y->u.chan.elem);
	case TYPE_STRUCT: {
		FieldList *a = &x->u.strct.fields, *b = &y->u.strct.fields;
		if (a->len != b->len)
			return 0;
		for (int i = 0; i < a->len; i++) {
			Field *f = &a->items[i], *g = &b->items[i];
			if (f->embedded != g->embedded || !same_name(f->obj, g->obj) ||
			    !types_identical(f->obj->type, g->obj->type))
				return 0;
			if ((f->tag == NULL) != (g->tag == NULL) ||
			    (f->tag && strcmp(f->tag, g->tag) != 0))
				return 0;
		}
		return 1;
	}
	case TYPE_FUNC:
		return x->u.func.variadic == y->u.func.variadic &&
		       identical_vars(&x->u.func.params, &y->u.func.params) &&
		       identical_vars(&x->u.func.results, &y->u.func.results);
	case TYPE_INTERFACE: {
		ObjectList *a = &x->u.iface.all, *b = &y->u.iface.all;
		if (!x->u.iface.complete || !y->u.iface.complete)
			return 0;
		if (a->len != b->len)
			return 0;
		for (int i = 0; i < a->len; i++)
			if (!same_name(a->items[i], b->items[i]) ||
			    !types_identical(a->items[i]->type, b->items[i]->type))
				return 0;
		return 1;
	}
	case TYPE_TUPLE: {
		TypeList *a = &x->u.tuple.types, *b = &y->u.tuple.types;
		if (a->len != b->len)
			return 0;
		for (int i = 0; i < a->len; i++)
			if (!types_identical(a->items[i], b->items[i]))
				return 0;
		return 1;
	}
	default:
		return 0;
	}
}

/* ---- layout ---------------------------------------------------------------- */

static int64_t round_up(int64_t n, int64_t a)
{
	return (n + a - 1) / a * a;
}

void types_layout(Type *t)
{
	if (!t || t->size >= 0)
		return;
	switch (t->kind) {
	case TYPE_INVALID: case TYPE_TUPLE:
		t->size = 0, t->align = 1;
		return;
	case TYPE_NAMED: {
		Type *u = types_underlying(t);
		t->size = 0, t->align = 1;   /* in case of a cycle (reported elsewhere) */
		types_layout(u);
		t->size = u->size, t->align = u->align;
		return;
	}
	case TYPE_STRING:
		t->size = 16, t->align = 8;
		return;
	case TYPE_POINTER: case TYPE_MAP: case TYPE_CHAN: case TYPE_FUNC:
	case TYPE_UNSAFE_POINTER:
		t->size = 8, t->align = 8;
		return;
	case TYPE_SLICE:
		t->size = 24, t->align = 8;
		return;
	case TYPE_INTERFACE:
		t->size = 16, t->align = 8;
		return;
	case TYPE_ARRAY: {
		Type *e = t->u.array.elem;
		t->size = 0, t->align = 1;
		types_layout(e);
		t->align = e->align;
		t->size = t->u.array.len > 0 ? e->size * t->u.array.len : 0;
		return;
	}
	case TYPE_STRUCT: {
		int64_t off = 0, align = 1;
		t->size = 0, t->align = 1;
		FieldList *fs = &t->u.strct.fields;
		for (int i = 0; i < fs->len; i++) {
			Type *ft = fs->items[i].obj->type;
			types_layout(ft);
			off = round_up(off, ft->align);
			fs->items[i].offset = off;
			off += ft->size;
			if (ft->align > align)
				align = ft->align;
		}
		/* A trailing zero-size field would let &s.f point one past
		 * the end of s, into the next object: pad it (gc does). */
		if (fs->len > 0 && off > 0 &&
		    fs->items[fs->len - 1].obj->type->size == 0)
			off++;
		t->size = round_up(off, align);
		t->align = align;
		return;
	}
	default:
		if (t->kind < TYPE_NAMED) {
			static const int sizes[TYPE_COUNT] = {
#define X(name, spelling, size, sgn) [TYPE_##name] = size,
				TYPES_BASIC(X)
#undef X
			};
			t->size = sizes[t->kind];
			t->align = t->size ? (t->size > 8 ? 8 : t->size) : 1;
			return;
		}
		t->size = 0, t->align = 1;
	}
}

/* ---- spelling ------------------------------------------------------------- */

typedef struct Writer {
	Arena *a;
	char *buf;
	size_t len, cap;
	int depth;
} Writer;

static void w_str(Writer *w, const char *s)
{
	size_t n = strlen(s);
	if (w->len + n + 1 > w->cap) {
		size_t cap = w->cap ? w->cap * 2 : 64;
		while (cap < w->len + n + 1)
			cap *= 2;
		w->buf = arena_grow(w->a, w->buf, w->len, cap, 1);
		w->cap = cap;
	}
	memcpy(w->buf + w->len, s, n + 1);
	w->len += n;
}

static void w_type(Writer *w, Type *t);

static void w_vars(Writer *w, ObjectList *vars, int variadic)
{
	w_str(w, "(");
	for (int i = 0; i < vars->len; i++) {
		Object *v = vars->items[i];
		if (i > 0)
			w_str(w, ", ");
		if (v->name && v->name[0]) {
			w_str(w, v->name);
			w_str(w, " ");
		}
		if (variadic && i == vars->len - 1 && v->type &&
		    v->type->kind == TYPE_SLICE) {
			w_str(w, "...");
			w_type(w, v->type->u.pointer.elem);
		} else {
			w_type(w, v->type);
		}
	}
	w_str(w, ")");
}

static void w_signature(Writer *w, Type *t)
{
	w_vars(w, &t->u.func.params, t->u.func.variadic);
	ObjectList *res = &t->u.func.results;
	if (res->len == 0)
		return;
	w_str(w, " ");
	if (res->len == 1 && !(res->items[0]->name && res->items[0]->name[0]))
		w_type(w, res->items[0]->type);
	else
		w_vars(w, res, 0);
}

static void w_type(Writer *w, Type *t)
{
	if (!t) {
		w_str(w, "<nil>");
		return;
	}
	if (++w->depth > 64) {   /* a cycle through unnamed types cannot be written */
		w_str(w, "...");
		w->depth--;
		return;
	}
	switch (t->kind) {
	case TYPE_INVALID:
		w_str(w, "invalid type");
		break;
	case TYPE_NAMED: {
		Object *o = t->u.named.obj;
		if (o->pkg && strcmp(o->pkg->path, "main") != 0) {
			w_str(w, o->pkg->name);
			w_str(w, ".");
		}
		w_str(w, o->name);
		break;
	}
	case TYPE_POINTER:
		w_str(w, "*");
		w_type(w, t->u.pointer.elem);
		break;
	case TYPE_SLICE:
		w_str(w, "[]");
		w_type(w, t->u.pointer.elem);
		break;
	case TYPE_ARRAY: {
		char n[32];
		snprintf(n, sizeof n, "[%lld]", (long long)t->u.array.len);
		w_str(w, n);
		w_type(w, t->u.array.elem);
		break;
	}
	case TYPE_MAP:
		w_str(w, "map[");
		w_type(w, t->u.map.key);
		w_str(w, "]");
		w_type(w, t->u.map.elem);
		break;
	case TYPE_CHAN: {
		Type *e = t->u.chan.elem;
		int parens = t->u.chan.dir == CHAN_BOTH && e && e->kind == TYPE_CHAN &&
		             e->u.chan.dir == CHAN_RECV;
		w_str(w, t->u.chan.dir == CHAN_SEND ? "chan<- " :
		         t->u.chan.dir == CHAN_RECV ? "<-chan " : "chan ");
		if (parens)
			w_str(w, "(");
		w_type(w, e);
		if (parens)
			w_str(w, ")");
		break;
	}
	case TYPE_STRUCT: {
		w_str(w, "struct{");
		FieldList *fs = &t->u.strct.fields;
		for (int i = 0; i < fs->len; i++) {
			if (i > 0)
				w_str(w, "; ");
			if (!fs->items[i].embedded) {
				w_str(w, fs->items[i].obj->name);
				w_str(w, " ");
			}
			w_type(w, fs->items[i].obj->type);
			if (fs->items[i].tag && fs->items[i].tag[0]) {
				w_str(w, " ");
				ConstVal *v = const_string(w->a, fs->items[i].tag,
				                           (int64_t)strlen(fs->items[i].tag));
				w_str(w, const_string_of(w->a, v, 0));
			}
		}
		w_str(w, "}");
		break;
	}
	case TYPE_FUNC:
		w_str(w, "func");
		w_signature(w, t);
		break;
	case TYPE_INTERFACE: {
		if (t == types_underlying(types_any) || t == types_any) {
			w_str(w, "any");
			break;
		}
		w_str(w, "interface{");
		int first = 1;
		for (int i = 0; i < t->u.iface.methods.len; i++) {
			Object *m = t->u.iface.methods.items[i];
			if (!first)
				w_str(w, "; ");
			first = 0;
			w_str(w, m->name);
			if (m->type && m->type->kind == TYPE_FUNC)
				w_signature(w, m->type);
		}
		for (int i = 0; i < t->u.iface.embeddeds.len; i++) {
			if (!first)
				w_str(w, "; ");
			first = 0;
			w_type(w, t->u.iface.embeddeds.items[i]);
		}
		w_str(w, "}");
		break;
	}
	case TYPE_TUPLE: {
		w_str(w, "(");
		for (int i = 0; i < t->u.tuple.types.len; i++) {
			if (i > 0)
				w_str(w, ", ");
			w_type(w, t->u.tuple.types.items[i]);
		}
		w_str(w, ")");
		break;
	}
	default:
		w_str(w, t->name ? t->name : "?");
		break;
	}
	w->depth--;
}

const char *types_string(Arena *a, Type *t)
{
	Writer w = {a, NULL, 0, 0, 0};
	w_str(&w, "");
	w_type(&w, t);
	return w.buf;
}
