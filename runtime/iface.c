/* iface.c — interface values at run time: itabs, assertions, equality.
 *
 * An interface value is two words (abi.h).  For `interface{}` the first
 * word is the dynamic type's descriptor; for an interface with methods it
 * is an itab, which adds what a call needs: one code pointer per method
 * of the interface.  A call i.M() is then a load and an indirect call, no
 * search — the search happens once, when the itab is made.
 *
 * Most itabs are made by the compiler: converting a *Circle to Shape is
 * visible in the source, so go.itab.*main.Circle,main.Shape is emitted as
 * read-only data.  The runtime makes the others, when the dynamic type
 * is only known at run time:
 *
 *   var s Shape = ...; var a Area = s     I -> J: the dynamic type of s
 *                                         is looked up in J
 *   x.(Shape)                             the dynamic type of x, which
 *                                         may lack a method: panic or ok
 *
 * Making an itab walks the interface's sorted method list and the type's
 * sorted method table side by side, matching names and signatures (a
 * merge, so linear in both).  Itabs made here are kept in a hash table
 * keyed by the (interface, type) pair, never freed, as gc's itabTable:
 * there are at most as many as pairs a program meets.  They live in
 * malloc'd memory, outside the collected heap; they point only at type
 * descriptors and code, which are static.
 */
#include <stdlib.h>
#include <string.h>

#include "runtime.h"

static int name_eq(GoString a, GoString b)
{
	return a.len == b.len && memcmp(a.ptr, b.ptr, (size_t)a.len) == 0;
}

static int name_cmp(GoString a, GoString b)
{
	int64_t n = a.len < b.len ? a.len : b.len;
	int c = memcmp(a.ptr, b.ptr, (size_t)n);
	if (c != 0)
		return c;
	return (a.len > b.len) - (a.len < b.len);
}

/* Two func types are the same when their descriptors are, or (for the
 * runtime's own descriptors, made apart from the compiler's) when their
 * spellings are: a method's type mentions only types of its package and
 * predeclared ones, so the spelling identifies it. */
static int same_type(const GoType *a, const GoType *b)
{
	return a == b || (a != NULL && b != NULL && name_eq(a->name, b->name));
}

/* Fills fun[] for (inter, t); returns the name of the first method of
 * inter that t lacks, or NULL when t has them all. */
static const GoString *fill_itab(const GoType *inter, const GoType *t, void **fun)
{
	int64_t j = 0;
	for (int64_t i = 0; i < inter->nmethods; i++) {
		const GoMethod *want = &inter->methods[i];
		while (j < t->nmethods && name_cmp(t->methods[j].name, want->name) < 0)
			j++;
		if (j == t->nmethods || !name_eq(t->methods[j].name, want->name) ||
		    !same_type(t->methods[j].mtyp, want->mtyp))
			return &want->name;
		if (fun)
			fun[i] = t->methods[j].ifn;
	}
	return NULL;
}

/* ---- the itab table ------------------------------------------------------------ */

typedef struct ItabTable {
	const GoItab **slots;  /* open addressing, linear probing */
	int64_t cap;           /* a power of two */
	int64_t count;
} ItabTable;

static ItabTable itabs;

static uint64_t pair_hash(const GoType *inter, const GoType *t)
{
	uint64_t h = (uint64_t)(uintptr_t)inter * 0x9E3779B97F4A7C15ull;
	h ^= (uint64_t)(uintptr_t)t + 0x7F4A7C159E3779B9ull + (h << 6) + (h >> 2);
	return h ^ (h >> 29);
}

static const GoItab **itab_slot(const GoType *inter, const GoType *t)
{
	uint64_t mask = (uint64_t)itabs.cap - 1;
	for (uint64_t i = pair_hash(inter, t) & mask;; i = (i + 1) & mask) {
		const GoItab *m = itabs.slots[i];
		if (m == NULL || (m->inter == inter && m->type == t))
			return &itabs.slots[i];
	}
}

static void itab_add(const GoItab *m)
{
	if (2 * (itabs.count + 1) > itabs.cap) {
		ItabTable old = itabs;
		itabs.cap = old.cap ? 2 * old.cap : 64;
		itabs.slots = calloc((size_t)itabs.cap, sizeof *itabs.slots);
		if (itabs.slots == NULL)
			rt_panic_msg("out of memory (itab table)");
		for (int64_t i = 0; i < old.cap; i++)
			if (old.slots[i])
				*itab_slot(old.slots[i]->inter, old.slots[i]->type) = old.slots[i];
		free(old.slots);
	}
	*itab_slot(m->inter, m->type) = m;
	itabs.count++;
}

/* The itab for (inter, t), made and cached on first use; NULL when t
 * does not have inter's methods, and then *missing names the first
 * method it lacks. */
static const GoItab *find_itab(const GoType *inter, const GoType *t, const GoString **missing)
{
	if (itabs.cap) {
		const GoItab *m = *itab_slot(inter, t);
		if (m)
			return m;
	}
	const GoString *lack = fill_itab(inter, t, NULL);
	if (lack) {
		*missing = lack;
		return NULL;
	}
	GoItab *m = malloc(sizeof *m + (size_t)inter->nmethods * sizeof(void *));
	if (m == NULL)
		rt_panic_msg("out of memory (itab)");
	m->inter = inter;
	m->type = t;
	fill_itab(inter, t, m->fun);
	itab_add(m);
	return m;
}

const GoItab *rt_convI2I(const GoType *inter, const GoItab *tab)
{
	if (tab == NULL)
		return NULL;
	const GoType *t = tab->type;
	const GoString *missing = NULL;
	const GoItab *m = find_itab(inter, t, &missing);
	if (m == NULL) {
		/* the checker proved the conversion: this is a compiler bug */
		rt_panic_msg("gosub: itab for an assignable type not found");
	}
	return m;
}

const GoItab *rt_assertitab2(const GoType *inter, const GoType *t)
{
	const GoString *missing = NULL;
	return t == NULL ? NULL : find_itab(inter, t, &missing);
}

/* ---- failed assertions ------------------------------------------------------- */

/* "panic: interface conversion: " + parts, a runtime error in gc (it
 * prints no "runtime error: " for these; the message says enough). */
static _Noreturn void panic_conversion(const GoString *parts, int n)
{
	RtBuf b = {0};
	rt_buf_str(&b, "interface conversion: ");
	for (int i = 0; i < n; i++)
		rt_buf_write(&b, parts[i].ptr, parts[i].len);
	rt_panic_text((const char *)b.ptr, b.len);
}

#define LIT(s) ((GoString){(const uint8_t *)(s), (int64_t)sizeof(s) - 1})

/* The name gc prints for an interface type in these messages. */
static GoString iface_name(const GoType *t)
{
	return t->name;
}

/* x.(T) with T concrete, x of interface type iface, failed: x holds a
 * value of type have (NULL: x is nil). */
void rt_panicdottype(const GoType *have, const GoType *want, const GoType *iface)
{
	if (have == NULL) {
		GoString p[] = {iface_name(iface), LIT(" is nil, not "), want->name};
		panic_conversion(p, 3);
	}
	GoString p[] = {iface_name(iface), LIT(" is "), have->name, LIT(", not "), want->name};
	panic_conversion(p, 5);
}

/* x.(J) with J an interface: the itab, or gc's panic. */
const GoItab *rt_assertitab(const GoType *inter, const GoType *t, const GoType *from)
{
	if (t == NULL) {
		(void)from;
		GoString p[] = {LIT("interface is nil, not "), inter->name};
		panic_conversion(p, 2);
	}
	const GoString *missing = NULL;
	const GoItab *m = find_itab(inter, t, &missing);
	if (m == NULL) {
		GoString p[] = {t->name, LIT(" is not "), inter->name, LIT(": missing method "), *missing};
		panic_conversion(p, 5);
	}
	return m;
}

/* ---- equality ------------------------------------------------------------------ */

static _Noreturn void panic_uncomparable(const GoType *t)
{
	RtBuf b = {0};
	rt_buf_str(&b, "runtime error: comparing uncomparable type ");
	rt_buf_write(&b, t->name.ptr, t->name.len);
	rt_panic_text((const char *)b.ptr, b.len);
}

/* == on two values of type t at x and y, as Go defines it for every
 * comparable type; panics on slices, maps and funcs inside.  It is also
 * the equality of map keys that hold strings or interfaces inside arrays
 * and structs (abi.h; hash.c has the matching rt_typehash). */
int64_t rt_typeequal(const GoType *t, const void *x, const void *y)
{
	switch (t->kind) {
	case KIND_STRING: {
		const GoString *a = x, *b = y;
		return a->len == b->len && (a->ptr == b->ptr || memcmp(a->ptr, b->ptr, (size_t)a->len) == 0);
	}
	case KIND_INTERFACE: {
		const void *const *a = x, *const *b = y;
		const GoType *ta = a[0], *tb = b[0];
		if (t->nmethods > 0) {   /* itabs: compare their dynamic types */
			ta = ta ? ((const GoItab *)a[0])->type : NULL;
			tb = tb ? ((const GoItab *)b[0])->type : NULL;
		}
		if (ta != tb)
			return 0;
		return ta == NULL || rt_efaceeq(ta, (void *)a[1], (void *)b[1]);
	}
	case KIND_ARRAY:
		for (int64_t i = 0; i < t->len; i++)
			if (!rt_typeequal(t->elem, (const uint8_t *)x + i * t->elem->size,
			                  (const uint8_t *)y + i * t->elem->size))
				return 0;
		return 1;
	case KIND_STRUCT:
		for (int64_t i = 0; i < t->nfields; i++) {
			const GoField *f = &t->fields[i];
			if (f->name.len == 1 && f->name.ptr[0] == '_')
				continue;   /* blank fields take no part */
			if (!rt_typeequal(f->type, (const uint8_t *)x + f->offset, (const uint8_t *)y + f->offset))
				return 0;
		}
		return 1;
	case KIND_SLICE: case KIND_MAP: case KIND_FUNC:
		panic_uncomparable(t);
	default:
		return memcmp(x, y, (size_t)t->size) == 0;
	}
}

int64_t rt_efaceeq(const GoType *t, void *x, void *y)
{
	if (t->kind == KIND_SLICE || t->kind == KIND_MAP || t->kind == KIND_FUNC)
		panic_uncomparable(t);
	if (rt_type_direct(t))
		return x == y;
	return rt_typeequal(t, x, y);
}

int64_t rt_ifaceeq(int64_t itabs, const void *x0, void *x1, const void *y0, void *y1)
{
	const GoType *tx = x0, *ty = y0;
	if (itabs) {
		tx = x0 ? ((const GoItab *)x0)->type : NULL;
		ty = y0 ? ((const GoItab *)y0)->type : NULL;
	}
	if (tx != ty)
		return 0;
	return tx == NULL || rt_efaceeq(tx, x1, y1);
}

/* ---- methods the runtime calls -------------------------------------------------- */

void *rt_method_string(const GoType *t, const char *name)
{
	int64_t n = (int64_t)strlen(name);
	for (int64_t i = 0; i < t->nmethods; i++) {
		const GoMethod *m = &t->methods[i];
		if (m->name.len == n && memcmp(m->name.ptr, name, (size_t)n) == 0)
			return m->mtyp && m->mtyp->name.len == 13 &&
			       memcmp(m->mtyp->name.ptr, "func() string", 13) == 0 ? m->ifn : NULL;
	}
	return NULL;
}
