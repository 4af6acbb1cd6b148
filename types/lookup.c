/* lookup.c — finding x.f: fields and methods through embedded fields, and
 * what it takes to implement an interface.
 *
 * Go spec: Selectors.  For x.f the checker looks at x's type T, then at
 * the fields embedded in T, then at the fields embedded in those, one
 * depth at a time.  The shallowest f wins; two at the same depth are an
 * ambiguity ("ambiguous selector x.f").  Methods declared on a named type
 * count at that type's depth.  Worked example:
 *
 *     type Inner struct{ N int }
 *     func (*Inner) Reset()
 *     type Outer struct{ Inner; M int }
 *
 *     o.M      depth 0: field 1 of Outer                  path [1]
 *     o.N      depth 1: field 0 of Inner inside field 0   path [0 0]
 *     o.Reset  depth 1: method 0 of Inner                 path [0 0]
 *
 * Method sets (Go spec: Method sets): the methods of a named type T are
 * those declared with receiver T; those of *T add the ones with receiver
 * *T.  o.Reset() is still legal on an addressable o, because Go takes
 * &o.Inner for the call; on a value that is not addressable it is not,
 * and an Outer value does not implement an interface that needs Reset.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"

static int exported(const char *name)
{
	return name[0] >= 'A' && name[0] <= 'Z';
}

static int name_matches(Object *o, const char *name, Package *from)
{
	return o->name == name && (exported(name) || o->pkg == from || !o->pkg);
}

/* One type to search at the current depth. */
typedef struct Embedded {
	Type *type;        /* a named or struct type, pointer removed */
	int *path;         /* field indices from the root */
	int path_len;
	int indirect;      /* a pointer was followed to get here */
	int multiples;     /* reached by two paths at this depth */
} Embedded;

static int *path_append(Types *t, int *path, int len, int i)
{
	int *p = arena_alloc(t->arena, sizeof(int) * (size_t)(len + 1));
	if (len)
		memcpy(p, path, sizeof(int) * (size_t)len);
	p[len] = i;
	return p;
}

static Type *deref(Type *T, int *is_ptr)
{
	if (T && T->kind == TYPE_POINTER) {
		*is_ptr = 1;
		return T->u.pointer.elem;
	}
	*is_ptr = 0;
	return T;
}

Object *types_lookup(Types *t, Type *T, Package *from, const char *name,
                     Selection *sel, int *ambiguous)
{
	*ambiguous = 0;
	if (!T || name == t->n_blank)
		return NULL;
	int is_ptr;
	Type *typ = deref(T, &is_ptr);
	/* A pointer to a pointer, or a named pointer type, has no methods
	 * and no fields (Go spec: Selectors, rule 3 applies once). */
	if (is_ptr && types_underlying(typ)->kind == TYPE_POINTER)
		return NULL;
	/* nor does a pointer to an interface: (*p).M, not p.M */
	if (is_ptr && types_underlying(typ)->kind == TYPE_INTERFACE)
		return NULL;
	if (!is_ptr && T->kind == TYPE_NAMED && types_underlying(T)->kind == TYPE_POINTER) {
		/* fields through a named pointer type are fine, methods are not */
		Object *o = types_lookup(t, types_underlying(T), from, name, sel, ambiguous);
		if (o && o->kind == OBJ_FUNC)
			return NULL;
		return o;
	}

	VEC(Embedded) current = {0}, next = {0};
	VEC(Type *) seen = {0};
	VEC_PUSH(t->arena, current, ((Embedded){typ, NULL, 0, is_ptr, 0}));

	while (current.len > 0) {
		Object *found = NULL;
		Embedded at = {0};
		int nfound = 0;
		next.len = 0;
		for (int c = 0; c < current.len; c++) {
			Embedded e = current.items[c];
			Type *ty = e.type;
			if (ty->kind == TYPE_NAMED) {
				int dup = 0;
				for (int i = 0; i < seen.len; i++)
					dup |= seen.items[i] == ty;
				if (dup)
					continue;
				VEC_PUSH(t->arena, seen, ty);
				ObjectList *ms = &ty->u.named.methods;
				for (int i = 0; i < ms->len; i++) {
					if (name_matches(ms->items[i], name, from)) {
						nfound += e.multiples ? 2 : 1;
						found = ms->items[i];
						at = e;
						at.path = path_append(t, e.path, e.path_len, i);
						at.path_len = e.path_len + 1;
						break;
					}
				}
				if (found && at.type == ty)
					continue;
				ty = types_underlying(ty);
			}
			if (ty->kind == TYPE_STRUCT) {
				FieldList *fs = &ty->u.strct.fields;
				for (int i = 0; i < fs->len; i++) {
					Field *f = &fs->items[i];
					if (name_matches(f->obj, name, from)) {
						nfound += e.multiples ? 2 : 1;
						found = f->obj;
						at = e;
						at.path = path_append(t, e.path, e.path_len, i);
						at.path_len = e.path_len + 1;
						continue;
					}
					if (!found && f->embedded && f->obj->type) {
						int p;
						Type *ft = deref(f->obj->type, &p);
						Type *fu = types_underlying(ft);
						if (ft->kind == TYPE_NAMED || fu->kind == TYPE_STRUCT ||
						    fu->kind == TYPE_INTERFACE) {
							Embedded ne = {ft, path_append(t, e.path, e.path_len, i),
							               e.path_len + 1, e.indirect || p, e.multiples};
							VEC_PUSH(t->arena, next, ne);
						}
					}
				}
			} else if (ty->kind == TYPE_INTERFACE) {
				ObjectList *ms = types_iface_methods(t, ty);
				for (int i = 0; i < ms->len; i++) {
					if (name_matches(ms->items[i], name, from)) {
						nfound += e.multiples ? 2 : 1;
						found = ms->items[i];
						at = e;
						at.path = path_append(t, e.path, e.path_len, i);
						at.path_len = e.path_len + 1;
						break;
					}
				}
			}
		}
		if (found) {
			if (nfound > 1) {
				*ambiguous = 1;
				return NULL;
			}
			if (sel) {
				sel->obj = found;
				sel->path = at.path;
				sel->path_len = at.path_len;
				sel->indirect = at.indirect;
				sel->recv = T;
				sel->kind = found->kind == OBJ_FUNC ? SEL_METHOD : SEL_FIELD;
			}
			return found;
		}
		/* Types reached twice at the next depth cancel each other out
		 * if they hold the name (types2's consolidateMultiples). */
		VEC(Embedded) merged = {0};
		for (int i = 0; i < next.len; i++) {
			int dup = -1;
			for (int j = 0; j < merged.len; j++)
				if (types_identical(merged.items[j].type, next.items[i].type))
					dup = j;
			if (dup >= 0)
				merged.items[dup].multiples = 1;
			else
				VEC_PUSH(t->arena, merged, next.items[i]);
		}
		current.items = merged.items;
		current.len = merged.len;
		current.cap = merged.cap;
		next.items = NULL;
		next.len = next.cap = 0;
	}
	return NULL;
}

/* ---- interfaces ------------------------------------------------------------ */

static int by_name(const void *a, const void *b)
{
	Object *x = *(Object *const *)a, *y = *(Object *const *)b;
	return strcmp(x->name, y->name);
}

/* An interface's method set: its own methods and those of the interfaces
 * it embeds (Go spec: Interface types), sorted by name.  Duplicates with
 * identical signatures are allowed since Go 1.14. */
ObjectList *types_iface_methods(Types *t, Type *iface)
{
	Type *u = types_underlying(iface);
	if (u->kind != TYPE_INTERFACE)
		return &types_underlying(types_any)->u.iface.all;
	if (u->u.iface.complete)
		return &u->u.iface.all;
	u->u.iface.complete = 1;   /* a cycle through embedding stops here */
	ObjectList all = {0};
	VEC(Pos) where = {0};   /* the method's position, or its embedding's */
	for (int i = 0; i < u->u.iface.methods.len; i++) {
		VEC_PUSH(t->arena, all, u->u.iface.methods.items[i]);
		VEC_PUSH(t->arena, where, u->u.iface.methods.items[i]->pos);
	}
	for (int i = 0; i < u->u.iface.embeddeds.len; i++) {
		ObjectList *ms = types_iface_methods(t, u->u.iface.embeddeds.items[i]);
		Pos at = i < u->u.iface.embed_pos.len ? u->u.iface.embed_pos.items[i] : POS_NONE;
		for (int j = 0; j < ms->len; j++) {
			int dup = -1;
			for (int k = 0; k < all.len; k++)
				if (all.items[k]->name == ms->items[j]->name)
					dup = k;
			if (dup < 0) {
				VEC_PUSH(t->arena, all, ms->items[j]);
				VEC_PUSH(t->arena, where, at);
			} else if (!types_identical(all.items[dup]->type, ms->items[j]->type)) {
				/* the same name twice is fine (Go 1.14) if the
				 * signatures agree */
				char buf[256];
				check_error(t, at, "duplicate method %s\n\t%s: other declaration of %s",
				            ms->items[j]->name,
				            pos_string(t->diag, where.items[dup], buf, sizeof buf),
				            ms->items[j]->name);
			}
		}
	}
	if (all.len > 1)
		qsort(all.items, (size_t)all.len, sizeof *all.items, by_name);
	u->u.iface.all = all;
	return &u->u.iface.all;
}

static Object *lookup_method(Types *t, Type *V, Object *m, int *indirect)
{
	Selection sel = {0};
	int amb;
	Object *o = types_lookup(t, V, m->pkg, m->name, &sel, &amb);
	*indirect = sel.indirect;
	return o;
}

static int ptr_recv(Object *f)
{
	Type *sig = f->type;
	return sig && sig->kind == TYPE_FUNC && sig->u.func.recv &&
	       sig->u.func.recv->type && sig->u.func.recv->type->kind == TYPE_POINTER;
}

Object *types_missing_method(Types *t, Type *V, Type *iface, int is_static, Object **alt)
{
	*alt = NULL;
	ObjectList *want = types_iface_methods(t, iface);
	if (types_is_interface(V)) {
		ObjectList *have = types_iface_methods(t, V);
		for (int i = 0; i < want->len; i++) {
			Object *m = want->items[i], *f = NULL;
			for (int j = 0; j < have->len; j++)
				if (have->items[j]->name == m->name)
					f = have->items[j];
			if (!f) {
				if (!is_static)
					continue;
				return m;
			}
			if (!types_identical(f->type, m->type)) {
				*alt = f;
				return m;
			}
		}
		return NULL;
	}
	for (int i = 0; i < want->len; i++) {
		Object *m = want->items[i];
		int indirect = 0;
		Object *f = lookup_method(t, V, m, &indirect);
		int found = f != NULL;
		/* A method with a pointer receiver reached without a pointer is
		 * not in V's method set. */
		if (f && f->kind == OBJ_FUNC && ptr_recv(f) && !indirect &&
		    V->kind != TYPE_POINTER)
			found = 0;
		if (!f) {
			Type *p = types_pointer(t, V);
			f = lookup_method(t, p, m, &indirect);
		}
		if (!f || f->kind != OBJ_FUNC) {
			return m;
		}
		if (f->type && f->type->kind == TYPE_FUNC)
			decl_resolve(t, f);
		if (!found || !types_identical(f->type, m->type)) {
			*alt = f;
			return m;
		}
	}
	return NULL;
}

/* name + signature: "M(x int) string" */
static const char *func_string(Types *t, Object *f)
{
	const char *s = type_str(t, f->type);   /* "func(x int) string" */
	return arena_sprintf(t->arena, "%s%s", f->name, s + 4);
}

const char *types_missing_reason(Types *t, Type *V, Type *T, Object *m, Object *alt)
{
	(void)T;
	if (alt) {
		if (alt->name != m->name)
			return arena_sprintf(t->arena, "(missing %s method)\n\t\thave %s\n\t\twant %s",
			                     m->name, func_string(t, alt), func_string(t, m));
		if (types_identical(m->type, alt->type))
			return arena_sprintf(t->arena, "(%s method has pointer receiver)", m->name);
		return arena_sprintf(t->arena, "(wrong type for %s method)\n\t\thave %s\n\t\twant %s",
		                     m->name, func_string(t, alt), func_string(t, m));
	}
	Type *vu = types_underlying(V);
	if (vu->kind == TYPE_POINTER && types_is_interface(vu->u.pointer.elem))
		return arena_sprintf(t->arena, "(type %s is pointer to interface, not interface)",
		                     type_str(t, V));
	return arena_sprintf(t->arena, "(missing %s method)", m->name);
}

/* The implements check of an assignment V -> T (T an interface): NULL if
 * it holds, else gc's reason "X does not implement Y (...)". */
const char *types_implements_error(Types *t, Type *V, Type *T)
{
	Type *vu = types_underlying(V), *tu = types_underlying(T);
	if (vu->kind == TYPE_INVALID || tu->kind == TYPE_INVALID)
		return NULL;
	if (tu->kind != TYPE_INTERFACE)
		return arena_sprintf(t->arena, "%s does not implement %s (%s is not an interface)",
		                     type_str(t, V), type_str(t, T), type_str(t, T));
	if (types_iface_methods(t, T)->len == 0)
		return NULL;
	Object *alt;
	Object *m = types_missing_method(t, V, T, 1, &alt);
	if (!m)
		return NULL;
	return arena_sprintf(t->arena, "%s does not implement %s %s", type_str(t, V),
	                     type_str(t, T), types_missing_reason(t, V, T, m, alt));
}
