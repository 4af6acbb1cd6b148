/* lib_sort.c — package sort's Ints, Strings and Slice, in C.
 *
 * Go 1.19 sorts with pattern-defeating quicksort (pdqsort), which for 12
 * elements or fewer is an insertion sort.  Ints and Strings cannot show
 * the difference between two correct sorts (equal elements are the same).
 * Slice can, when less says two different elements are equal: then the
 * order gc leaves them in is pdqsort's.  We follow it for up to 12
 * elements (insertion sort, as pdqsort does) and use a heap sort beyond,
 * which may order equal elements differently from gc.
 */
#include <stdlib.h>
#include <string.h>

#include "abi.h"
#include "runtime.h"

static int cmp_int(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

static int cmp_string(const void *a, const void *b)
{
	const GoString *x = a, *y = b;
	int64_t n = x->len < y->len ? x->len : y->len;
	int c = n ? memcmp(x->ptr, y->ptr, (size_t)n) : 0;
	if (c)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

void sort_Ints(int64_t *p, int64_t len, int64_t cap) __asm__("sort.Ints");
void sort_Ints(int64_t *p, int64_t len, int64_t cap)
{
	(void)cap;
	if (len > 1)
		qsort(p, (size_t)len, sizeof *p, cmp_int);
}

void sort_Strings(GoString *p, int64_t len, int64_t cap) __asm__("sort.Strings");
void sort_Strings(GoString *p, int64_t len, int64_t cap)
{
	(void)cap;
	if (len > 1)
		qsort(p, (size_t)len, sizeof *p, cmp_string);
}

/* less(i, j) through the closure (asm_ARCH.S) */
int64_t rt_callclosure2(void *closure, int64_t a, int64_t b);

typedef struct SliceSort {
	uint8_t *base;
	int64_t size;
	void *less;
	uint8_t *tmp;
} SliceSort;

static int less(SliceSort *s, int64_t i, int64_t j)
{
	return (rt_callclosure2(s->less, i, j) & 0xFF) != 0;
}

static void swap(SliceSort *s, int64_t i, int64_t j)
{
	memcpy(s->tmp, s->base + i * s->size, (size_t)s->size);
	memcpy(s->base + i * s->size, s->base + j * s->size, (size_t)s->size);
	memcpy(s->base + j * s->size, s->tmp, (size_t)s->size);
}

static void sift_down(SliceSort *s, int64_t lo, int64_t hi, int64_t first)
{
	int64_t root = lo;
	for (;;) {
		int64_t child = 2 * root + 1;
		if (child >= hi)
			return;
		if (child + 1 < hi && less(s, first + child, first + child + 1))
			child++;
		if (!less(s, first + root, first + child))
			return;
		swap(s, first + root, first + child);
		root = child;
	}
}

void sort_Slice(const GoType *t, GoSlice *x, void *lessfn) __asm__("sort.Slice");
void sort_Slice(const GoType *t, GoSlice *x, void *lessfn)
{
	if (!t || t->kind != KIND_SLICE)
		rt_panic_msg("sort.Slice: not a slice");
	SliceSort s = {x->ptr, t->elem->size, lessfn, NULL};
	int64_t n = x->len;
	s.tmp = rt_alloc(s.size ? s.size : 1);
	if (n <= 12) {
		for (int64_t i = 1; i < n; i++)
			for (int64_t j = i; j > 0 && less(&s, j, j - 1); j--)
				swap(&s, j, j - 1);
		return;
	}
	for (int64_t i = (n - 1) / 2; i >= 0; i--)
		sift_down(&s, i, n, 0);
	for (int64_t i = n - 1; i >= 0; i--) {
		swap(&s, 0, i);
		sift_down(&s, 0, i, 0);
	}
}
