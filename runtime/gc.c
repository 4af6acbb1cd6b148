/* gc.c — the garbage collector: stop the world, mark, sweep.
 *
 * A collection finds every object the program can still reach and frees
 * the rest.  It is the textbook tri-colour mark-sweep of Dijkstra,
 * Lamport, Martin, Scholten and Steffens ("On-the-fly garbage
 * collection: an exercise in cooperation", CACM 21(11), 1978), run with
 * the program stopped, which is what gc did before Go 1.5:
 *
 *   white   not reached yet: at the end of the mark, garbage
 *   grey    reached (its mark bit is set) but not scanned: on the grey stack
 *   black   reached and scanned: everything it points to is grey or black
 *
 *   1. mark the roots grey: every word of the globals, of the stack and
 *      of the registers that points into an allocated object;
 *   2. pop a grey object, grey every white object it points to, and it
 *      is black; repeat until the grey stack is empty;
 *   3. sweep: every allocated slot without a mark bit is freed.
 *
 * The invariant "no black object points to a white one" is what makes
 * step 3 safe: when no grey is left, white objects are unreachable.
 * Dijkstra et al. needed write barriers to keep it while the program
 * runs; with the world stopped nothing can break it.  The grey stack is
 * explicit (a mapping that grows), not the C stack: a linked list of a
 * million nodes would otherwise recurse a million frames deep.  Nothing
 * moves, so no pointer is ever rewritten.
 *
 * Precise and conservative.  Heap objects are scanned precisely when
 * their type is known: the compiler emits a pointer bitmap (gcbits) in
 * every type descriptor, the allocator copies it into the arena's bitmap
 * (malloc.c), and only words marked there are followed — a number that
 * happens to look like an address keeps nothing alive.  Objects made by
 * rt_alloc (closures, defer records, the runtime's arrays of strings)
 * have every word marked, and noscan objects (string bytes) are never
 * looked into.  The roots are scanned conservatively, the way Boehm and
 * Weiser's collector scans everything ("Garbage collection in an
 * uncooperative environment", Software: Practice and Experience 18(9),
 * 1988): any word that points into an allocated object, even into its
 * middle, keeps it alive.  That is the choice because gosub emits no
 * stack maps: nothing records which frame slot holds a pointer at which
 * call, and the runtime's own C frames (string.c holding the operands of
 * a concatenation while it allocates the result) could never have them.
 * Conservatism costs some false retention — an integer on the stack that
 * looks like a heap address keeps one object alive — and nothing else,
 * because nothing moves.
 *
 * The roots:
 *   - globals: __data_start .. _end, the program's .data and .bss, which
 *     hold Go's package variables and the runtime's C globals (os.Args,
 *     defer.c's stack of deferred calls).  The heap's own bookkeeping is
 *     not there (heap.h), or it would keep everything alive.
 *   - the stack: from the collector's own frame up to the stack top that
 *     main() recorded (rt_gc_init).
 *   - registers: gc_stop spills the callee-saved registers (amd64 rbx
 *     rbp r12-r15, arm64 x19-x29) into its frame, which lies in the
 *     scanned range.  The caller-saved ones need no scan: the code gosub
 *     generates keeps a value that lives across a call only in a
 *     callee-saved register or its stack frame (the register allocator
 *     spills around calls), and C code does the same by its ABI; every
 *     path into the collector is a call (an allocation, runtime.GC).
 *
 * Pacing, as gc's GOGC: after a collection that leaves `live` bytes, the
 * next starts when the heap reaches live * (1 + GOGC/100), and never
 * below gc's heapminimum, 4 MiB * GOGC/100.  GOGC is read once at start;
 * GOGC=off (or negative) never collects on its own; runtime.GC()
 * collects whatever GOGC says.
 *
 * GOSUBDEBUG, comma-separated like GODEBUG:
 *   gcstress=1   collect before every allocation: an object the roots do
 *                not reach is freed, zeroed and handed out again at once,
 *                so a missing root shows up as a wrong answer, quickly;
 *   checkstack=1 every heap object is checked, as it is scanned, for
 *                words pointing into the stack: escape analysis must
 *                never let that happen (fatal error, exit status 2);
 *   maptrace=1   map growth and evacuation on stderr (read by map.c);
 *   mapseed=N    fixed map hash seeds and iteration starts (map.c), so
 *                that a run, and its maptrace, can be repeated;
 *   gctrace=1    one line on stderr per collection:
 *
 *     gc 3 @0.015s: 4->4->1 MB, 5 MB goal, 1234 objects freed, 0.210 ms
 *
 *     gc 3           the 3rd collection
 *     @0.015s        seconds since the program started
 *     4->4->1 MB     heap in use when the collection began, when the mark
 *                    ended (the same: the world is stopped; kept so the
 *                    line reads like gc's), and live after the sweep;
 *                    in MiB, rounded down
 *     5 MB goal      the heap size this collection was paced for
 *                    ("no goal" with GOGC=off)
 *     1234 objects freed   by the sweep
 *     0.210 ms       wall time of the whole collection
 *     (forced)       at the end when runtime.GC() asked for it
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "heap.h"
#include "runtime.h"

/* The program's globals, from the linker and the C start files. */
extern char __data_start[], _end[];
/* The stack's top as the C library's start code saw it (glibc), for
 * programs that never call rt_gc_init (the other Check suites). */
extern void *__libc_stack_end;

/* One grey object. */
typedef struct Grey {
	uintptr_t base;  /* its first byte */
	uintptr_t size;  /* its slot's bytes */
} Grey;

/* The collector's state: one per process, like the heap. */
typedef struct GcState {
	void *stack_top;          /* the stack's end: no frame of the program's lies above */
	int64_t percent;          /* GOGC; -1 for off */
	int gctrace;              /* GOSUBDEBUG gctrace */
	int gcstress;             /* GOSUBDEBUG gcstress */
	int checkstack;           /* GOSUBDEBUG checkstack */
	uintptr_t stack_lo;       /* the stack's mapping, as far as it may grow */
	uint64_t goal;            /* the heap size the next collection is paced for */
	uint32_t numgc;           /* completed collections */
	struct timespec start;    /* when the heap was set up: gctrace's @ */
	Grey *grey;               /* the grey stack (a mapping of its own) */
	int64_t ngrey;            /* entries in use */
	int64_t greycap;          /* entries mapped */
	uint64_t freed;           /* objects the running collection's sweep freed */
	int forbidden;            /* no more collections: the program is dying on the
	                             signal stack, where the stack scan would walk from
	                             the alternate stack to argv across unmapped memory */
} GcState;

static GcState gc;

/* ---- settings -------------------------------------------------------------------- */

int64_t rt_gc_parse_gogc(const char *s)
{
	if (s == NULL || *s == '\0')
		return 100;
	if (strcmp(s, "off") == 0)
		return -1;
	char *end;
	long long v = strtoll(s, &end, 10);
	if (*end != '\0')
		return 100;
	return v < 0 ? -1 : v;
}

int64_t rt_gc_debug_value(const char *s, const char *key)
{
	int64_t value = 0;
	size_t klen = strlen(key);
	for (const char *p = s; p && *p;) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		if (n > klen && strncmp(p, key, klen) == 0 && p[klen] == '=')
			value = strtoll(p + klen + 1, NULL, 10);
		p += n + (comma != NULL);
	}
	return value;
}

uint64_t rt_gc_goal(uint64_t live, int64_t percent)
{
	if (percent < 0)
		return UINT64_MAX;
	/* in 128 bits: GOGC=1000000000 must not wrap */
	unsigned __int128 goal = live + (unsigned __int128)live * (uint64_t)percent / 100;
	unsigned __int128 minimum = (unsigned __int128)(4 << 20) * (uint64_t)percent / 100;
	if (minimum > goal)
		goal = minimum;
	return goal >= UINT64_MAX ? UINT64_MAX : (uint64_t)goal;
}

/* The trigger malloc.c tests: the goal, or at once under gcstress. */
static void set_trigger(GcState *g)
{
	rt_heap_get()->next_gc = g->gcstress ? 0 : g->goal;
}

void rt_gc_configure(void)
{
	clock_gettime(CLOCK_MONOTONIC, &gc.start);
	gc.percent = rt_gc_parse_gogc(getenv("GOGC"));
	const char *debug = getenv("GOSUBDEBUG");
	gc.gctrace = rt_gc_debug_value(debug, "gctrace") != 0;
	gc.gcstress = rt_gc_debug_value(debug, "gcstress") != 0;
	gc.checkstack = rt_gc_debug_value(debug, "checkstack") != 0;
	gc.goal = rt_gc_goal(0, gc.percent);
	set_trigger(&gc);
}

void rt_gc_init(void *stack_top)
{
	gc.stack_top = stack_top;
	struct rlimit rl;
	uintptr_t span = (uintptr_t)1 << 30;
	if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < span)
		span = (uintptr_t)rl.rlim_cur;
	gc.stack_lo = (uintptr_t)stack_top > span ? (uintptr_t)stack_top - span : 0;
	rt_heap_get();
}

int64_t rt_gc_set_percent(int64_t percent)
{
	rt_heap_get();
	int64_t old = gc.percent;
	gc.percent = percent < 0 ? -1 : percent;
	gc.goal = rt_gc_goal(rt_heap->heap_alloc, gc.percent);
	set_trigger(&gc);
	return old;
}

void rt_gc_set_debug(int gctrace, int gcstress)
{
	rt_heap_get();
	gc.gctrace = gctrace;
	gc.gcstress = gcstress;
	set_trigger(&gc);
}

/* ---- mark ------------------------------------------------------------------------ */

static void grey_push(GcState *g, uintptr_t base, uintptr_t size)
{
	if (g->ngrey == g->greycap) {
		int64_t cap = g->greycap ? 2 * g->greycap : 4096;
		Grey *bigger = rt_sys_map(cap * (int64_t)sizeof(Grey));
		if (g->ngrey)
			memcpy(bigger, g->grey, (size_t)g->ngrey * sizeof(Grey));
		if (g->grey)
			rt_sys_unmap(g->grey, g->greycap * (int64_t)sizeof(Grey));
		g->grey = bigger;
		g->greycap = cap;
	}
	g->grey[g->ngrey++] = (Grey){base, size};
}

/* v may be a pointer: if it points into an allocated, unmarked object,
 * mark it grey (or black at once if it is noscan: nothing to scan). */
static void mark_word(GcState *g, uintptr_t v)
{
	Span *s = rt_span_of(v);
	if (!s)
		return;
	uintptr_t off = v - (uintptr_t)s->base;
	uintptr_t i = off / (uintptr_t)s->elemsize;
	if ((int64_t)i >= s->nelems)
		return;  /* the tail of the span no slot covers */
	uint64_t bit = (uint64_t)1 << (i & 63);
	if (!(s->allocbits[i >> 6] & bit) || (s->markbits[i >> 6] & bit))
		return;
	s->markbits[i >> 6] |= bit;
	if (!s->noscan)
		grey_push(g, (uintptr_t)s->base + i * (uintptr_t)s->elemsize, (uintptr_t)s->elemsize);
}

/* Every aligned word in [lo, hi) may be a pointer. */
static void scan_conservative(GcState *g, uintptr_t lo, uintptr_t hi)
{
	for (uintptr_t p = (lo + 7) & ~(uintptr_t)7; p + 8 <= hi; p += 8)
		mark_word(g, *(const uintptr_t *)p);
}

int rt_on_stack(const void *p)
{
	uintptr_t v = (uintptr_t)p;
	return gc.stack_top && v >= gc.stack_lo && v < (uintptr_t)gc.stack_top;
}

/* GOSUBDEBUG=checkstack=1: a word of a heap object that points into the
 * stack is a memory-safety bug of the compiler's escape analysis: the
 * object may outlive the frame it points into. */
static void check_word(GcState *g, uintptr_t base, uintptr_t at, uintptr_t v)
{
	if (v < g->stack_lo || v >= (uintptr_t)g->stack_top)
		return;
	char buf[160];
	int n = snprintf(buf, sizeof buf,
	                 "fatal error: checkstack: heap object %#lx word +%lu points into the stack (%#lx)\n",
	                 (unsigned long)base, (unsigned long)(at - base), (unsigned long)v);
	rt_write_all(2, buf, n);
	_exit(2);
}

/* An object of a scan span: the words its bits in the arena's pointer
 * bitmap mark, 64 bits (64 words) at a time. */
static void scan_object(GcState *g, uintptr_t base, uintptr_t size)
{
	uintptr_t p = base, end = base + size;
	while (p < end) {
		Arena *a = rt_arena_of(p);
		uintptr_t abase = (uintptr_t)a->base;
		uintptr_t stop = abase + RT_ARENA_BYTES < end ? abase + RT_ARENA_BYTES : end;
		while (p < stop) {
			uint64_t w = (p - abase) >> 3;
			uint64_t n = 64 - (w & 63);
			if (n > (stop - p) >> 3)
				n = (stop - p) >> 3;
			uint64_t bits = a->ptrbits[w >> 6] >> (w & 63);
			if (n < 64)
				bits &= ((uint64_t)1 << n) - 1;
			while (bits) {
				uintptr_t at = p + 8 * (uintptr_t)__builtin_ctzll(bits);
				if (g->checkstack)
					check_word(g, base, at, *(const uintptr_t *)at);
				mark_word(g, *(const uintptr_t *)at);
				bits &= bits - 1;
			}
			p += n << 3;
		}
	}
}

/* The stack, from this frame up.  Not inlined, so that its frame lies
 * below gc_stop's, where the registers were spilled. */
static __attribute__((noinline)) void mark_stack(GcState *g)
{
	volatile uintptr_t here = 0;
	uintptr_t top = (uintptr_t)(g->stack_top ? g->stack_top : __libc_stack_end);
	scan_conservative(g, (uintptr_t)&here, top);
}

static void mark_root(void *ctx, uintptr_t w)
{
	mark_word(ctx, w);
}

static void mark(GcState *g)
{
	scan_conservative(g, (uintptr_t)__data_start, (uintptr_t)_end);
	rt_defer_roots(mark_root, g);
	mark_stack(g);
	while (g->ngrey > 0) {
		Grey o = g->grey[--g->ngrey];
		scan_object(g, o.base, o.size);
	}
}

/* ---- sweep ------------------------------------------------------------------------- */

static void sweep(Heap *h, GcState *g)
{
	memset(h->cursor, 0, sizeof h->cursor);
	memset(h->nonempty, 0, sizeof h->nonempty);
	Span *keep = NULL;
	for (Span *s = h->inuse, *next; s; s = next) {
		next = s->allnext;
		int64_t freed = 0;
		s->nalloc = 0;
		for (int64_t w = 0; w < (s->nelems + 63) >> 6; w++) {
			uint64_t dead = s->allocbits[w] & ~s->markbits[w];
			s->allocbits[w] = s->markbits[w];
			s->markbits[w] = 0;
			s->nalloc += __builtin_popcountll(s->allocbits[w]);
			for (; dead; dead &= dead - 1) {
				int64_t i = (w << 6) + __builtin_ctzll(dead);
				if (s->state == SPAN_SMALL)
					memset(s->base + i * s->elemsize, 0, (size_t)s->elemsize);
				freed++;
			}
		}
		s->freeindex = 0;
		h->frees += (uint64_t)freed;
		h->heap_alloc -= (uint64_t)(freed * s->elemsize);
		g->freed += (uint64_t)freed;
		if (s->nalloc == 0) {
			rt_span_release(s);
			continue;
		}
		s->allnext = keep;
		keep = s;
		if (s->nalloc < s->nelems) {
			int spc = s->sizeclass * 2 + s->noscan;
			s->next = h->nonempty[spc];
			h->nonempty[spc] = s;
		}
	}
	h->inuse = keep;
}

/* ---- a collection ------------------------------------------------------------------ */

static double seconds(struct timespec t)
{
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void trace(GcState *g, uint64_t before, uint64_t live, uint64_t goal,
		  struct timespec t0, struct timespec t1, int forced)
{
	char buf[200], goalbuf[40];
	if (goal == UINT64_MAX)
		snprintf(goalbuf, sizeof goalbuf, "no goal");
	else
		snprintf(goalbuf, sizeof goalbuf, "%llu MB goal", (unsigned long long)(goal >> 20));
	int n = snprintf(buf, sizeof buf, "gc %u @%.3fs: %llu->%llu->%llu MB, %s, %llu objects freed, %.3f ms%s\n",
			 g->numgc, seconds(t0) - seconds(g->start),
			 (unsigned long long)(before >> 20), (unsigned long long)(before >> 20),
			 (unsigned long long)(live >> 20), goalbuf, (unsigned long long)g->freed,
			 (seconds(t1) - seconds(t0)) * 1e3, forced ? " (forced)" : "");
	rt_write_all(2, buf, n < (int)sizeof buf ? n : (int)sizeof buf - 1);
}

static __attribute__((noinline)) void gc_cycle(GcState *g, int forced)
{
	Heap *h = rt_heap_get();
	struct timespec t0, t1;
	if (g->gctrace)
		clock_gettime(CLOCK_MONOTONIC, &t0);
	uint64_t before = h->heap_alloc, goal = g->goal;
	g->freed = 0;
	mark(g);
	sweep(h, g);
	g->numgc++;
	g->goal = rt_gc_goal(h->heap_alloc, g->percent);
	set_trigger(g);
	if (g->gctrace) {
		clock_gettime(CLOCK_MONOTONIC, &t1);
		trace(g, before, h->heap_alloc, goal, t0, t1, forced);
	}
}

/* Stop the world (there is one thread), spill the registers, collect.
 * __builtin_unwind_init makes this function save every callee-saved
 * register in its frame, so the values the interrupted code kept in
 * them are on the stack when mark_stack scans it; the empty asm after
 * the call keeps the call from becoming a tail call, which would pop
 * that frame first. */
static __attribute__((noinline)) void gc_stop(int forced)
{
	if (gc.forbidden)
		return;
	__builtin_unwind_init();
	gc_cycle(&gc, forced);
	__asm__ volatile("" ::: "memory");
}

/* After a fault the runtime runs the deferred calls on the signal stack
 * and exits: the heap may grow, it is not collected any more. */
void rt_gc_forbid(void)
{
	gc.forbidden = 1;
	rt_heap_get()->next_gc = UINT64_MAX;
}

void rt_gc_collect(void)
{
	gc_stop(0);
}

void runtime_GC(void)
{
	gc_stop(1);
}

void runtime_ReadMemStats(MemStats *m)
{
	Heap *h = rt_heap_get();
	m->Alloc = h->heap_alloc;
	m->TotalAlloc = h->total_alloc;
	m->Sys = h->sys;
	m->Mallocs = h->mallocs;
	m->Frees = h->frees;
	m->HeapAlloc = h->heap_alloc;
	m->NumGC = gc.numgc;
}
