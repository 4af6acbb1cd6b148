/* slice.c — make, append's growth, and copy.
 *
 * A slice is three words (runtime/abi.h): a pointer to its backing array,
 * its length and its capacity.  make allocates the array; append writes
 * in place while the capacity lasts and otherwise calls rt_growslice,
 * which allocates a bigger array and copies; copy moves min(len) elements.
 *
 * The growth rule is gc 1.19's (runtime/slice.go), because a program can
 * print cap() and must print what gc's prints:
 *
 *   - if the new length is more than twice the old capacity, the new
 *     capacity is the new length;
 *   - else below 256 elements the capacity doubles;
 *   - else it grows by (cap + 3*256)/4 at a time — from doubling for small
 *     slices smoothly towards 1.25x for big ones — until it is enough;
 *   - and then the byte size is rounded up to the allocator's size class
 *     (gc's class_to_size, in malloc.c), and the capacity is however
 *     many elements fit in that: append([]int{}, 1, 2, 3) has cap 3*8 =
 *     24 bytes -> class 24 -> cap 3, but append([]byte{}, "hello"...) has
 *     5 bytes -> class 8 -> cap 8.
 *
 * The element's type descriptor comes along so that the collector can
 * find the pointers in the new array: the allocator writes the element's
 * pointer bitmap once per element (malloc.c), and an array of elements
 * without pointers goes where the collector never looks.
 */
#include <string.h>

#include "abi.h"
#include "runtime.h"

void *rt_makeslice(const GoType *elem, int64_t len, int64_t cap)
{
	int64_t elemsize = elem->size;
	if (len < 0 || (elemsize && len > (int64_t)(((uint64_t)1 << 47) / (uint64_t)elemsize)))
		rt_panic_msg("makeslice: len out of range");
	if (cap < len || (elemsize && cap > (int64_t)(((uint64_t)1 << 47) / (uint64_t)elemsize)))
		rt_panic_msg("makeslice: cap out of range");
	return rt_newarray(elem, cap);
}

RtPair rt_growslice(const GoType *elem, void *old, int64_t len, int64_t cap, int64_t newlen)
{
	int64_t elemsize = elem->size;
	int64_t newcap = cap;
	int64_t doublecap = cap + cap;
	if (newlen > doublecap) {
		newcap = newlen;
	} else if (cap < 256) {
		newcap = doublecap;
	} else {
		while (0 < newcap && newcap < newlen)
			newcap += (newcap + 3 * 256) / 4;
		if (newcap <= 0)
			newcap = newlen;
	}
	if (elemsize == 0)
		return (RtPair){(int64_t)(uintptr_t)rt_alloc(0), newcap};
	uint64_t mem = rt_roundupsize((uint64_t)newcap * (uint64_t)elemsize);
	newcap = (int64_t)(mem / (uint64_t)elemsize);
	void *p = rt_newarray(elem, newcap);
	if (len > 0)
		memmove(p, old, (size_t)(len * elemsize));
	return (RtPair){(int64_t)(uintptr_t)p, newcap};
}

int64_t rt_slicecopy(void *dst, int64_t dlen, const void *src, int64_t slen, int64_t elemsize)
{
	int64_t n = dlen < slen ? dlen : slen;
	if (n > 0 && dst != src)
		memmove(dst, src, (size_t)(n * elemsize));
	return n;
}
