/* malloc.c — the heap: size classes, spans carved from arenas, and the
 * allocation entry points generated code and the runtime call.
 *
 * This is gc's allocator with the concurrency taken out (gc 1.19's
 * runtime/malloc.go, mheap.go, mcentral.go; heap.h draws the pieces).
 * A request is rounded up to one of gc's 67 size classes (8, 16, 24, 32,
 * 48, ... 32768 bytes: at most 12.5% waste) and served from a span of
 * that class: a run of pages cut into equal slots, with one bit per slot
 * saying "allocated".  A request over 32 KiB gets a span of its own.
 * Because every object in a span has the same size, the object an
 * address points into is found by arithmetic:
 *
 *     p = 0xc000412345                 an interior pointer, say &a[3].f
 *     arena = l1[p >> 26]              the 64 MiB arena's metadata
 *     span  = arena->spans[page of p]  span of class 48 at 0xc000412000
 *     slot  = (p - 0xc000412000) / 48 = 0x345 / 48 = 17, object at 0xc000412330
 *
 * No header sits before an object, and nothing ever moves: the collector
 * (gc.c) only needs to flip bits, and a conservative scan of the stack
 * can take any word for a pointer without fear of rewriting it.
 *
 * Spans come from the page heap: a best-fit list of free page runs,
 * merged with their free neighbours when a span is given back, and
 * behind it the newest arena's untouched pages.  Arenas are 64 MiB of
 * address space reserved with mmap; the kernel backs a page with memory
 * only when it is first written, so a small program's resident size is
 * what it uses, not 64 MiB.
 *
 * Each span is "scan" or "noscan", as in gc (spanClass = class*2 +
 * noscan): string bytes and arrays of integers go into noscan spans,
 * which the collector never looks inside.  For objects in scan spans the
 * allocator writes, into the arena's pointer bitmap, one bit per word:
 *
 *     rt_newobject(T)        T's gcbits            precise
 *     rt_makeslice(T, n, c)  T's gcbits, c times   precise
 *     rt_alloc(size)         every word a 1        conservative
 *     rt_alloc_noscan(size)  nothing (noscan span) never scanned
 *
 * so that marking one object is the same loop whatever made it.  (gc
 * 1.19 keeps two bits per word, "pointer" and "more pointers follow";
 * one is enough to teach the idea.)
 *
 * Zeroing: the sweep zeroes every object it frees, and a large object's
 * pages are handed back to the kernel, which gives zero pages next time.
 * So free heap memory is always zero (heap.h's invariant) and allocation
 * hands out a slot without clearing it.
 *
 * Pacing: before each allocation, if heap_alloc has reached next_gc,
 * the collector runs first (gc.c sets next_gc).
 *
 * The heap is process state, one per process as in gc, and not yet safe
 * for several threads: goroutines arrive with their own issue, and with
 * them per-thread caches (gc's mcache) and a lock.
 */
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "heap.h"
#include "runtime.h"

/* gc 1.19's size classes (runtime/sizeclasses.go): the slot size, and
 * how many pages a span of the class takes (chosen by gc's mksizeclasses
 * so that the tail a span cannot use is small). */
const uint16_t rt_class_to_size[RT_NUM_CLASSES] = {
	0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
	288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
	1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
	6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
	20480, 21760, 24576, 27264, 28672, 32768,
};
const uint8_t rt_class_to_npages[RT_NUM_CLASSES] = {
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6,
	5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
};

/* How an object is scanned. */
typedef enum AllocKind {
	ALLOC_NOSCAN,        /* holds no pointers */
	ALLOC_CONSERVATIVE,  /* any word may be a pointer */
	ALLOC_TYPED,         /* an array of size / t->size values of type t */
} AllocKind;

/* In its own mapping: see heap.h. */
Heap *rt_heap;

/* What size-zero allocations point at, as gc's &zerobase; never written.
 * make([]int, 0) is then a non-nil slice, and %#v can tell it from nil. */
static int64_t zerobase;

/* ---- memory from the kernel ------------------------------------------------------ */

static _Noreturn void out_of_memory(void)
{
	static const char msg[] = "fatal error: runtime: out of memory\n";
	rt_write_all(2, msg, sizeof msg - 1);
	_exit(2);
}

/* Fresh zero pages; MAP_NORESERVE because most of an arena stays
 * address space that is never touched. */
static void *map_pages(void *at, uintptr_t size)
{
	int fixed = at ? MAP_FIXED : 0;
	void *p = mmap(at, size, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | fixed, -1, 0);
	if (p == MAP_FAILED)
		out_of_memory();
	return p;
}

/* A large object of 2 MiB or more may be backed by 2 MiB pages where the
 * kernel offers them (transparent huge pages, "madvise" mode): one page
 * fault then maps 2 MiB instead of 4 KiB, and faults are most of the cost
 * of filling fresh memory (a strings.Builder or a map growing).  gc 1.19
 * asks the same for its whole heap (sysHugePage); asking only for large
 * objects keeps a small program's resident size small. */
#define HUGE_PAGE_BYTES ((int64_t)2 << 20)

static void huge_pages(void *p, uintptr_t size)
{
#ifdef MADV_HUGEPAGE
	madvise(p, size, MADV_HUGEPAGE);
#else
	(void)p;
	(void)size;
#endif
}

static uintptr_t round_up(uintptr_t n, uintptr_t to)
{
	return (n + to - 1) & ~(to - 1);
}

void *rt_sys_map(int64_t size)
{
	uintptr_t n = round_up((uintptr_t)size, 4096);
	void *p = map_pages(NULL, n);
	if (rt_heap)
		rt_heap->sys += n;
	return p;
}

void rt_sys_unmap(void *p, int64_t size)
{
	uintptr_t n = round_up((uintptr_t)size, 4096);
	munmap(p, n);
	if (rt_heap)
		rt_heap->sys -= n;
}

/* ---- arenas ------------------------------------------------------------------- */

Arena *rt_arena_of(uintptr_t addr)
{
	Heap *h = rt_heap;
	if (!h || addr < h->lo || addr >= h->hi)
		return NULL;
	return h->l1[addr >> RT_ARENA_SHIFT];
}

/* size bytes (a multiple of RT_ARENA_BYTES) of new arenas, aligned to
 * RT_ARENA_BYTES so that addr >> RT_ARENA_SHIFT names one arena: map
 * one arena more than needed and unmap the ends. */
static uint8_t *arenas_reserve(Heap *h, uintptr_t size)
{
	uintptr_t raw = (uintptr_t)map_pages(NULL, size + RT_ARENA_BYTES);
	uintptr_t base = round_up(raw, RT_ARENA_BYTES);
	if (base > raw)
		munmap((void *)raw, base - raw);
	uintptr_t tail = raw + size + RT_ARENA_BYTES - (base + size);
	if (tail)
		munmap((void *)(base + size), tail);
	if ((base + size) >> RT_ADDR_BITS)
		out_of_memory();
	for (uintptr_t a = base; a < base + size; a += RT_ARENA_BYTES) {
		Arena *meta = rt_sys_map(sizeof(Arena));
		meta->base = (uint8_t *)a;
		h->l1[a >> RT_ARENA_SHIFT] = meta;
	}
	if (h->lo == 0 || base < h->lo)
		h->lo = base;
	if (base + size > h->hi)
		h->hi = base + size;
	return (uint8_t *)base;
}

static void pagemap_set(uint8_t *page, Span *s)
{
	Arena *a = rt_arena_of((uintptr_t)page);
	a->spans[(page - a->base) >> RT_PAGE_SHIFT] = s;
}

static Span *pagemap_get(uint8_t *page)
{
	Arena *a = rt_arena_of((uintptr_t)page);
	return a ? a->spans[(page - a->base) >> RT_PAGE_SHIFT] : NULL;
}

Span *rt_span_of(uintptr_t addr)
{
	Arena *a = rt_arena_of(addr);
	if (!a)
		return NULL;
	Span *s = a->spans[(addr - (uintptr_t)a->base) >> RT_PAGE_SHIFT];
	if (!s || s->state == SPAN_FREE)
		return NULL;
	return s;
}

/* ---- the heap itself ---------------------------------------------------------- */

static void heap_init(void)
{
	Heap *h = map_pages(NULL, round_up(sizeof(Heap), 4096));
	h->l1 = map_pages(NULL, ((uintptr_t)1 << (RT_ADDR_BITS - RT_ARENA_SHIFT)) * sizeof(Arena *));
	h->sys = round_up(sizeof(Heap), 4096);
	/* gc's size_to_class8 and size_to_class128: the smallest class
	 * holding the largest size of each step */
	int c = 1;
	for (int i = 0; i <= RT_SMALL_SIZE_MAX / 8; i++) {
		while (rt_class_to_size[c] < i * 8)
			c++;
		h->size_to_class8[i] = (uint8_t)c;
	}
	for (int i = 0; i <= (RT_MAX_SMALL - RT_SMALL_SIZE_MAX) / 128; i++) {
		while (rt_class_to_size[c] < RT_SMALL_SIZE_MAX + i * 128)
			c++;
		h->size_to_class128[i] = (uint8_t)c;
	}
	rt_heap = h;
	rt_gc_configure();
}

Heap *rt_heap_get(void)
{
	if (!rt_heap)
		heap_init();
	return rt_heap;
}

static int size_class(const Heap *h, int64_t size)
{
	if (size <= RT_SMALL_SIZE_MAX)
		return h->size_to_class8[(size + 7) >> 3];
	return h->size_to_class128[(size - RT_SMALL_SIZE_MAX + 127) >> 7];
}

/* The allocator's size for a request of size bytes: append uses it to
 * give a slice all the capacity its slot has (slice.c). */
uint64_t rt_roundupsize(uint64_t size)
{
	if (size <= RT_MAX_SMALL) {
		if (size == 0)
			return 0;
		return rt_class_to_size[size_class(rt_heap_get(), (int64_t)size)];
	}
	if (size + RT_PAGE_BYTES < size)
		return size;
	return round_up(size, RT_PAGE_BYTES);
}

/* ---- Span structs ---------------------------------------------------------------- */

static Span *span_struct_new(Heap *h)
{
	Span *s = h->spanpool;
	if (s) {
		h->spanpool = s->next;
	} else {
		if (h->meta + sizeof(Span) > h->metaend) {
			enum { CHUNK = 64 << 10 };
			h->meta = rt_sys_map(CHUNK);
			h->metaend = h->meta + CHUNK;
		}
		s = (Span *)h->meta;
		h->meta += sizeof(Span);
	}
	memset(s, 0, sizeof *s);
	return s;
}

static void span_struct_free(Heap *h, Span *s)
{
	s->next = h->spanpool;
	h->spanpool = s;
}

/* ---- the page heap ------------------------------------------------------------- */

static void free_insert(Heap *h, Span *s)
{
	s->state = SPAN_FREE;
	s->prev = NULL;
	s->next = h->free;
	if (h->free)
		h->free->prev = s;
	h->free = s;
}

static void free_remove(Heap *h, Span *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else
		h->free = s->next;
	if (s->next)
		s->next->prev = s->prev;
	s->next = s->prev = NULL;
}

/* npages never handed out before: from the newest arena's untouched
 * tail, or from new arenas.  Of the old tail and the new one, the heap
 * keeps the longer; the other stays address space that is never
 * touched. */
static Span *pages_grow(Heap *h, int64_t npages)
{
	uintptr_t bytes = (uintptr_t)npages << RT_PAGE_SHIFT;
	uint8_t *p;
	if ((uintptr_t)(h->curend - h->cur) >= bytes) {
		p = h->cur;
		h->cur += bytes;
	} else {
		uintptr_t size = round_up(bytes, RT_ARENA_BYTES);
		p = arenas_reserve(h, size);
		if (size - bytes > (uintptr_t)(h->curend - h->cur)) {
			h->cur = p + bytes;
			h->curend = p + size;
		}
	}
	h->sys += bytes;
	Span *s = span_struct_new(h);
	s->base = p;
	s->npages = npages;
	return s;
}

/* A span of npages, its pages mapped to it; the caller sets it up. */
static Span *pages_alloc(Heap *h, int64_t npages)
{
	Span *best = NULL;
	for (Span *f = h->free; f; f = f->next)
		if (f->npages >= npages && (!best || f->npages < best->npages))
			best = f;
	Span *s;
	if (best) {
		free_remove(h, best);
		s = best;
		if (best->npages > npages) {
			Span *rest = span_struct_new(h);
			rest->base = best->base + ((uintptr_t)npages << RT_PAGE_SHIFT);
			rest->npages = best->npages - npages;
			pagemap_set(rest->base, rest);
			pagemap_set(rest->base + ((uintptr_t)(rest->npages - 1) << RT_PAGE_SHIFT), rest);
			free_insert(h, rest);
			s->npages = npages;
		}
	} else {
		s = pages_grow(h, npages);
	}
	for (int64_t i = 0; i < npages; i++)
		pagemap_set(s->base + ((uintptr_t)i << RT_PAGE_SHIFT), s);
	return s;
}

void rt_span_release(Span *s)
{
	Heap *h = rt_heap;
	uintptr_t bytes = (uintptr_t)s->npages << RT_PAGE_SHIFT;
	/* A large object is given back to the kernel: its pages come back
	 * zero, and the process's resident size shrinks.  A small span's
	 * slots were zeroed one by one as the sweep freed them. */
	if (s->state == SPAN_LARGE)
		map_pages(s->base, bytes);
	for (int64_t i = 0; i < s->npages; i++)
		pagemap_set(s->base + ((uintptr_t)i << RT_PAGE_SHIFT), NULL);
	Span *left = pagemap_get(s->base - RT_PAGE_BYTES);
	if (left && left->state == SPAN_FREE) {
		free_remove(h, left);
		pagemap_set(left->base + ((uintptr_t)(left->npages - 1) << RT_PAGE_SHIFT), NULL);
		s->base = left->base;
		s->npages += left->npages;
		span_struct_free(h, left);
	}
	Span *right = pagemap_get(s->base + ((uintptr_t)s->npages << RT_PAGE_SHIFT));
	if (right && right->state == SPAN_FREE) {
		free_remove(h, right);
		pagemap_set(right->base, NULL);
		s->npages += right->npages;
		span_struct_free(h, right);
	}
	pagemap_set(s->base, s);
	pagemap_set(s->base + ((uintptr_t)(s->npages - 1) << RT_PAGE_SHIFT), s);
	s->sizeclass = 0;
	s->nalloc = 0;
	free_insert(h, s);
}

/* ---- slots ------------------------------------------------------------------------- */

static Span *span_new_small(Heap *h, int c, int noscan)
{
	Span *s = pages_alloc(h, rt_class_to_npages[c]);
	s->state = SPAN_SMALL;
	s->sizeclass = c;
	s->noscan = noscan;
	s->elemsize = rt_class_to_size[c];
	s->nelems = (s->npages << RT_PAGE_SHIFT) / s->elemsize;
	s->nalloc = 0;
	s->freeindex = 0;
	memset(s->allocbits, 0, sizeof s->allocbits);
	memset(s->markbits, 0, sizeof s->markbits);
	s->next = NULL;
	s->allnext = h->inuse;
	h->inuse = s;
	return s;
}

/* The first free slot at or after s->freeindex, or -1. */
static int64_t next_free(Span *s)
{
	for (int64_t w = s->freeindex >> 6; w < (s->nelems + 63) >> 6; w++) {
		uint64_t avail = ~s->allocbits[w];
		if (w == s->freeindex >> 6)
			avail &= ~(uint64_t)0 << (s->freeindex & 63);
		if (avail) {
			int64_t i = (w << 6) + __builtin_ctzll(avail);
			return i < s->nelems ? i : -1;
		}
	}
	return -1;
}

static void *alloc_small(Heap *h, int64_t size, int noscan, Span **sp)
{
	int spc = size_class(h, size) * 2 + noscan;
	Span *s = h->cursor[spc];
	int64_t i = s ? next_free(s) : -1;
	while (i < 0) {
		s = h->nonempty[spc];
		if (s) {
			h->nonempty[spc] = s->next;
			s->next = NULL;
		} else {
			s = span_new_small(h, spc / 2, noscan);
		}
		h->cursor[spc] = s;
		i = next_free(s);
	}
	s->allocbits[i >> 6] |= (uint64_t)1 << (i & 63);
	s->nalloc++;
	s->freeindex = i + 1;
	*sp = s;
	return s->base + i * s->elemsize;
}

static void *alloc_large(Heap *h, int64_t size, int noscan, Span **sp)
{
	int64_t npages = (int64_t)(round_up((uintptr_t)size, RT_PAGE_BYTES) >> RT_PAGE_SHIFT);
	Span *s = pages_alloc(h, npages);
	if (size >= HUGE_PAGE_BYTES)
		huge_pages(s->base, (uintptr_t)npages << RT_PAGE_SHIFT);
	s->state = SPAN_LARGE;
	s->sizeclass = 0;
	s->noscan = noscan;
	s->elemsize = npages << RT_PAGE_SHIFT;
	s->nelems = 1;
	s->nalloc = 1;
	memset(s->allocbits, 0, sizeof s->allocbits);
	memset(s->markbits, 0, sizeof s->markbits);
	s->allocbits[0] = 1;
	s->next = NULL;
	s->allnext = h->inuse;
	h->inuse = s;
	*sp = s;
	return s->base;
}

/* ---- the pointer bitmap ------------------------------------------------------------ */

/* Bits [w, w+n) of bits set to value. */
static void bitrange(uint64_t *bits, uint64_t w, uint64_t n, int value)
{
	while (n > 0 && (w & 63)) {
		uint64_t m = (uint64_t)1 << (w & 63);
		bits[w >> 6] = value ? bits[w >> 6] | m : bits[w >> 6] & ~m;
		w++, n--;
	}
	for (; n >= 64; w += 64, n -= 64)
		bits[w >> 6] = value ? ~(uint64_t)0 : 0;
	for (; n > 0; w++, n--) {
		uint64_t m = (uint64_t)1 << (w & 63);
		bits[w >> 6] = value ? bits[w >> 6] | m : bits[w >> 6] & ~m;
	}
}

/* The bits of nwords words from p, which may cross arenas. */
static void bits_fill(uintptr_t p, uint64_t nwords, int value)
{
	while (nwords > 0) {
		Arena *a = rt_arena_of(p);
		uint64_t w = (p - (uintptr_t)a->base) >> 3;
		uint64_t n = RT_ARENA_WORDS - w < nwords ? RT_ARENA_WORDS - w : nwords;
		bitrange(a->ptrbits, w, n, value);
		p += n << 3;
		nwords -= n;
	}
}

static void bits_set(uintptr_t p)
{
	Arena *a = rt_arena_of(p);
	uint64_t w = (p - (uintptr_t)a->base) >> 3;
	a->ptrbits[w >> 6] |= (uint64_t)1 << (w & 63);
}

/* Does t have a pointer in every word?  ([]*T, [4]string's ptrs are not) */
static int all_pointers(const GoType *t)
{
	if (t->ptrdata != t->size)
		return 0;
	for (int64_t i = 0; i < t->ptrdata / 8; i++)
		if (!((t->gcbits[i >> 3] >> (i & 7)) & 1))
			return 0;
	return 1;
}

/* The slot's bits: the type's pattern once per value (size / t->size
 * of them), or all ones for a conservative object; zero elsewhere. */
static void bits_write(uintptr_t obj, int64_t slotsize, int64_t size, const GoType *t, AllocKind kind)
{
	bits_fill(obj, (uint64_t)slotsize >> 3, 0);
	if (kind == ALLOC_CONSERVATIVE || all_pointers(t)) {
		bits_fill(obj, (uint64_t)(size + 7) >> 3, 1);
		return;
	}
	for (int64_t off = 0; off + t->size <= size; off += t->size)
		for (int64_t i = 0; i < t->ptrdata / 8; i++)
			if ((t->gcbits[i >> 3] >> (i & 7)) & 1)
				bits_set(obj + (uintptr_t)off + (uintptr_t)i * 8);
}

/* ---- allocation ------------------------------------------------------------------- */

static void *mallocgc(int64_t size, const GoType *t, AllocKind kind)
{
	if (size <= 0)
		return &zerobase;
	if ((uint64_t)size > ((uint64_t)1 << 46))
		out_of_memory();
	if (kind == ALLOC_TYPED && t->ptrdata == 0)
		kind = ALLOC_NOSCAN;
	Heap *h = rt_heap_get();
	if (h->heap_alloc >= h->next_gc)
		rt_gc_collect();
	int noscan = kind == ALLOC_NOSCAN;
	Span *s;
	void *p = size <= RT_MAX_SMALL ? alloc_small(h, size, noscan, &s) : alloc_large(h, size, noscan, &s);
	if (!noscan)
		bits_write((uintptr_t)p, s->elemsize, size, t, kind);
	h->heap_alloc += (uint64_t)s->elemsize;
	h->total_alloc += (uint64_t)s->elemsize;
	h->mallocs++;
	return p;
}

void *rt_newobject(const GoType *t)
{
	return mallocgc(t->size, t, ALLOC_TYPED);
}

void *rt_newarray(const GoType *elem, int64_t n)
{
	return mallocgc(elem->size * n, elem, ALLOC_TYPED);
}

void *rt_alloc(int64_t size)
{
	return mallocgc(size, NULL, ALLOC_CONSERVATIVE);
}

void *rt_alloc_noscan(int64_t size)
{
	return mallocgc(size, NULL, ALLOC_NOSCAN);
}
