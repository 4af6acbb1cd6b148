/* alloc.c — rt_alloc, the heap allocator generated code and the runtime use.
 *
 * TEMPORARY: this is a bump allocator, and it never frees anything.  It
 * stands in until the garbage collector issue replaces it with a real
 * heap (size classes, object headers, mark and sweep).  Until then a
 * program that allocates in a loop grows without bound; the T1 programs
 * allocate little (string concatenation, conversions, fmt's results).
 *
 * The idea: take memory from the kernel in big chunks with mmap, which
 * hands back pages already filled with zeros, and give it out by moving a
 * pointer forward.  Every object Go allocates must start zeroed, and
 * since nothing is ever reused, fresh pages are all the zeroing needed.
 *
 *     chunk (RT_CHUNK_BYTES, from mmap)
 *     +--------+------+----------+---------------------------+
 *     | obj 1  | obj2 | obj 3    |     free                  |
 *     +--------+------+----------+---------------------------+
 *                                ^ next                      ^ end
 *
 * A request bigger than a quarter of a chunk gets a mapping of its own, so
 * one large slice does not waste the tail of the current chunk.  A request
 * for zero bytes returns the address of one static word, as gc returns
 * &zerobase: make([]int, 0) is then a non-nil slice, and %#v can tell it
 * from a nil one.
 *
 * The bump pointer is process state: one heap per process, as in gc.  It
 * is not yet safe for several threads; goroutines arrive with their own
 * issue, and so will a lock or per-thread caches.
 */
#include <sys/mman.h>
#include <unistd.h>

#include "runtime.h"

#define RT_CHUNK_BYTES (64LL << 20)            /* one mapping for small objects */
#define RT_BIG_BYTES (RT_CHUNK_BYTES / 4)      /* from here on, a mapping each */

/* The chunk small objects are carved from. */
typedef struct RtHeap {
	uint8_t *next;  /* first free byte of the current chunk */
	uint8_t *end;   /* one past the current chunk's last byte */
} RtHeap;

static RtHeap rt_heap;

/* What size-zero allocations point at; never written. */
static int64_t rt_zerobase;

static void *rt_map(int64_t size)
{
	void *p = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		static const char msg[] = "fatal error: runtime: out of memory\n";
		rt_write_all(2, msg, sizeof msg - 1);
		_exit(2);
	}
	return p;
}

void *rt_alloc(int64_t size)
{
	if (size <= 0)
		return &rt_zerobase;
	/* 8-byte alignment for small objects, 16 from 16 bytes on, so a
	 * string or an interface is as aligned as a C long double. */
	int64_t align = size >= 16 ? 16 : 8;
	if (size >= RT_BIG_BYTES)
		return rt_map((size + 4095) & ~4095LL);
	uintptr_t at = ((uintptr_t)rt_heap.next + (uintptr_t)align - 1) & ~(uintptr_t)(align - 1);
	if (rt_heap.next == NULL || at + (uintptr_t)size > (uintptr_t)rt_heap.end) {
		rt_heap.next = rt_map(RT_CHUNK_BYTES);
		rt_heap.end = rt_heap.next + RT_CHUNK_BYTES;
		at = (uintptr_t)rt_heap.next;
	}
	rt_heap.next = (uint8_t *)(at + (uintptr_t)size);
	return (void *)at;
}
