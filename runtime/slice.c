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
 *     (the table below, gc's class_to_size), and the capacity is however
 *     many elements fit in that: append([]int{}, 1, 2, 3) has cap 3*8 =
 *     24 bytes -> class 24 -> cap 3, but append([]byte{}, "hello"...) has
 *     5 bytes -> class 8 -> cap 8.
 */
#include <string.h>

#include "abi.h"
#include "runtime.h"

/* gc 1.19's size classes (runtime/sizeclasses.go), in bytes */
static const uint16_t size_classes[] = {
	0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
	288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
	1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
	6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
	20480, 21760, 24576, 27264, 28672, 32768,
};

enum { MAX_SMALL_SIZE = 32768, PAGE_SIZE = 8192 };

/* The size the allocator really hands out for a request of size bytes. */
uint64_t rt_roundupsize(uint64_t size)
{
	if (size < MAX_SMALL_SIZE) {
		for (size_t i = 0; i < sizeof size_classes / sizeof size_classes[0]; i++)
			if (size_classes[i] >= size)
				return size_classes[i];
	}
	if (size + PAGE_SIZE < size)
		return size;
	return (size + PAGE_SIZE - 1) & ~(uint64_t)(PAGE_SIZE - 1);
}

void *rt_makeslice(int64_t elemsize, int64_t len, int64_t cap)
{
	if (len < 0 || (elemsize && len > (int64_t)(((uint64_t)1 << 47) / (uint64_t)elemsize)))
		rt_panic_msg("makeslice: len out of range");
	if (cap < len || (elemsize && cap > (int64_t)(((uint64_t)1 << 47) / (uint64_t)elemsize)))
		rt_panic_msg("makeslice: cap out of range");
	return rt_alloc(elemsize * cap);
}

RtPair rt_growslice(void *old, int64_t len, int64_t cap, int64_t newlen, int64_t elemsize)
{
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
	void *p = rt_alloc((int64_t)mem);
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
