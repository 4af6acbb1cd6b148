/* heap.h — the garbage-collected heap's inside, shared by the allocator
 * (malloc.c), the collector (gc.c) and their Check suite (tests/test_gc.c).
 *
 * Generated code sees none of this: abi.h's rt_newobject, rt_alloc,
 * rt_alloc_noscan, rt_makeslice and rt_growslice are its whole view of
 * memory.  Here is how that memory is organised (malloc.c's essay has
 * the why):
 *
 *   arena     64 MiB of address space, aligned to 64 MiB, from mmap; the
 *             heap is a set of arenas.  Its metadata (an Arena) lives in
 *             a separate mapping: a page map and a pointer bitmap.
 *   page      8 KiB, gc's page.  Arenas are cut into runs of pages.
 *   span      a run of pages: free, or holding objects of one size class
 *             (a "small" span: many slots of class_to_size[c] bytes), or
 *             one large object (more than 32 KiB).
 *   slot      one object's place in a span; it is allocated or free
 *             (allocbits) and, during a collection, marked or not
 *             (markbits).
 *
 *   address -> arena:  Heap.l1[addr >> 26]
 *   address -> span:   Arena.spans[page of addr in its arena]
 *   address -> slot:   (addr - span.base) / span.elemsize
 *
 * so any address, even one into the middle of an object (&s.f, a slice of
 * an array), leads to its object in a few loads: that is what lets the
 * collector scan stacks conservatively and follow interior pointers.
 *
 * The invariant the allocator keeps for the collector: every byte of the
 * heap that is not inside an allocated object is zero.  Fresh pages from
 * the kernel are zero; the sweep zeroes each object it frees.  So
 * allocation never clears memory, and an object comes zeroed as Go
 * requires.
 *
 * Nothing here is in .data or .bss: the Heap, the Arenas and the Spans
 * live in mappings of their own, because the collector scans the
 * program's globals conservatively, and the heap's bookkeeping is full of
 * addresses inside the arenas that would keep objects alive.
 */
#ifndef GOSUB_HEAP_H
#define GOSUB_HEAP_H

#include "abi.h"

enum {
	RT_PAGE_SHIFT = 13,                          /* gc's _PageShift */
	RT_PAGE_BYTES = 1 << RT_PAGE_SHIFT,          /* 8 KiB */
	RT_ARENA_SHIFT = 26,                         /* gc's logHeapArenaBytes on linux/64-bit */
	RT_ARENA_PAGES = 1 << (RT_ARENA_SHIFT - RT_PAGE_SHIFT),   /* 8192 */
	RT_ARENA_WORDS = 1 << (RT_ARENA_SHIFT - 3),               /* 8 Mi words */
	RT_ADDR_BITS = 48,                           /* user addresses on amd64 and arm64 Linux */
	RT_NUM_CLASSES = 68,                         /* gc's _NumSizeClasses, class 0 = large */
	RT_MAX_SMALL = 32768,                        /* gc's _MaxSmallSize */
	RT_SMALL_SIZE_MAX = 1024,                    /* gc's smallSizeMax: 8-byte steps below, 128 above */
	RT_SPAN_MAX_SLOTS = 1024,                    /* one page of 8-byte slots */
	RT_NUM_SPANCLASSES = 2 * RT_NUM_CLASSES,     /* each class twice: scan and noscan */
};

#define RT_ARENA_BYTES ((uintptr_t)1 << RT_ARENA_SHIFT)

typedef enum SpanState {
	SPAN_FREE,   /* pages nobody uses; on Heap.free */
	SPAN_SMALL,  /* slots of one size class */
	SPAN_LARGE,  /* one object of more than RT_MAX_SMALL bytes */
} SpanState;

/* A run of pages. */
typedef struct Span {
	uint8_t *base;            /* first byte of the first page */
	int64_t npages;           /* length in pages */
	SpanState state;
	int sizeclass;            /* 1..67 for SPAN_SMALL, 0 otherwise */
	int noscan;               /* its objects hold no pointers: never scanned */
	int64_t elemsize;         /* bytes per slot (a large span: npages pages) */
	int64_t nelems;           /* slots (a large span: 1) */
	int64_t nalloc;           /* slots allocated now */
	int64_t freeindex;        /* no free slot below this one: where the next search starts */
	uint64_t allocbits[RT_SPAN_MAX_SLOTS / 64];  /* slot i allocated: bit i */
	uint64_t markbits[RT_SPAN_MAX_SLOTS / 64];   /* slot i reached by the current mark */
	struct Span *next;        /* the list it is on: Heap.free, Heap.nonempty[], the struct pool */
	struct Span *prev;        /* Heap.free only (a free run is unlinked when a neighbour merges) */
	struct Span *allnext;     /* Heap.inuse: every small or large span, for the sweep */
} Span;

/* The metadata of one 64 MiB arena (in a mapping of its own). */
typedef struct Arena {
	uint8_t *base;                              /* the arena's first byte */
	Span *spans[RT_ARENA_PAGES];                /* page -> span: every page of an in-use
	                                               span, the first and last page of a free
	                                               run; NULL elsewhere */
	uint64_t ptrbits[RT_ARENA_WORDS / 64];      /* word -> 1 if it may hold a pointer; written
	                                               at allocation for objects in scan spans */
} Arena;

/* The heap: one per process, as in gc. */
typedef struct Heap {
	Arena **l1;               /* addr >> RT_ARENA_SHIFT -> Arena, or NULL (2^22 entries,
	                             reserved, touched only where arenas are) */
	uintptr_t lo, hi;         /* every arena lies in [lo, hi): a quick "not the heap" */
	uint8_t *cur, *curend;    /* the newest arena's pages never yet handed to a span */
	Span *free;               /* free runs of pages (doubly linked) */
	Span *inuse;              /* small and large spans (through allnext) */
	Span *cursor[RT_NUM_SPANCLASSES];   /* the span small allocation fills, per span class */
	Span *nonempty[RT_NUM_SPANCLASSES]; /* spans the last sweep left with free slots */
	Span *spanpool;           /* Span structs to reuse */
	uint8_t *meta, *metaend;  /* the mapping new Span structs are carved from */
	uint8_t size_to_class8[RT_SMALL_SIZE_MAX / 8 + 1];  /* (size+7)/8 -> class, size <= 1024 */
	uint8_t size_to_class128[(RT_MAX_SMALL - RT_SMALL_SIZE_MAX) / 128 + 1]; /* (size-1024+127)/128 -> class */

	/* pacing (gc.c sets it): a collection starts when an allocation
	 * finds heap_alloc >= next_gc; 0 under gcstress, UINT64_MAX when off */
	uint64_t next_gc;

	/* statistics (runtime.MemStats) */
	uint64_t heap_alloc;      /* bytes in allocated slots */
	uint64_t total_alloc;     /* bytes ever allocated */
	uint64_t sys;             /* bytes mapped: heap pages handed out, and the metadata */
	uint64_t mallocs;         /* objects ever allocated (zero-size ones not counted) */
	uint64_t frees;           /* objects freed by sweeps */
} Heap;

/* The heap, set up on first use (malloc.c). */
extern Heap *rt_heap;
Heap *rt_heap_get(void);

/* gc's size classes (malloc.c); class 0 stands for "large". */
extern const uint16_t rt_class_to_size[RT_NUM_CLASSES];
extern const uint8_t rt_class_to_npages[RT_NUM_CLASSES];

/* The in-use span holding addr, or NULL: addr may point anywhere inside
 * an object (malloc.c). */
Span *rt_span_of(uintptr_t addr);
/* The arena holding addr, or NULL. */
Arena *rt_arena_of(uintptr_t addr);
/* Give a span's pages back to the page heap; its objects are dead and
 * its memory is zero except, for a large span, the object (malloc.c). */
void rt_span_release(Span *s);
/* Bytes of mapping obtained for metadata, counted in Sys (malloc.c). */
void *rt_sys_map(int64_t size);
void rt_sys_unmap(void *p, int64_t size);

/* The collector (gc.c). */
void rt_gc_collect(void);
/* Read GOGC and GOSUBDEBUG and set the first goal: the heap calls it
 * once, when it is set up. */
void rt_gc_configure(void);
/* The heap size at which the next collection starts, after one that
 * left `live` bytes, with GOGC = percent (-1: off). */
uint64_t rt_gc_goal(uint64_t live, int64_t percent);
/* debug.SetGCPercent: the new GOGC (-1 off), the old one back. */
int64_t rt_gc_set_percent(int64_t percent);
/* GOSUBDEBUG's collector settings, for the tests. */
void rt_gc_set_debug(int gctrace, int gcstress);
/* GOGC's value as Go reads it: "off" or a negative number is -1, a
 * missing or malformed one 100. */
int64_t rt_gc_parse_gogc(const char *s);
/* The value of key in a GOSUBDEBUG string ("gctrace=1,gcstress=1"), or 0. */
int64_t rt_gc_debug_value(const char *s, const char *key);

#endif
