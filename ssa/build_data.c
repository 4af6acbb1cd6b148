/* build_data.c — what a program refers to that is not code: string
 * literals, global variables and type descriptors (runtime/abi.h's GoType,
 * read by fmt, panic, interfaces and the collector), each made once and
 * named by a symbol.  The back end writes them as data sections. */
#include "build.h"

/* ---- data: strings, globals, type descriptors -------------------------------- */

DataObj *new_data(SsaProgram *p, const char *sym, int64_t size, int64_t align)
{
	DataObj *d = ARENA_NEW(p->arena, DataObj);
	d->sym = sym;
	d->size = size;
	d->align = align;
	VEC_PUSH(p->arena, p->data, d);
	return d;
}

const char *string_sym(SsaProgram *p, const char *s, int64_t len)
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

Val string_val(Builder *B, Type *t, const char *s, int64_t len)
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

const char *global_sym(SsaProgram *p, Object *o)
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

/* t as %T spells it, in the program's arena. */
const char *type_text(SsaProgram *p, Type *t)
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
const char *type_desc(SsaProgram *p, Type *t)
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
