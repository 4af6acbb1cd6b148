/* test_gc.c — the heap and the collector (runtime/malloc.c, runtime/gc.c)
 * on their own, driven from C with hand-made type descriptors.
 *
 * Each test runs in a child process of its own (Check's fork mode), so
 * each starts from the empty heap main() set up, and a test can count
 * objects and bytes exactly.
 *
 * The trick every "is it freed?" test needs: the collector scans the C
 * stack conservatively, so a test must not keep a copy of the pointer it
 * expects to die.  It keeps the address hidden (xor'd with MASK, which
 * no heap address survives), allocates in helpers that are never inlined,
 * and scrubs the dead part of the stack before collecting:
 *
 *     uintptr_t h = garbage(48);    // allocated, then only its hidden address
 *     scrub();                      // the helper's dead frame: zeroed
 *     runtime_GC();
 *     ck_assert(!alive(h));
 *
 * Pointers the test wants kept are stored in globals or in objects, as a
 * program would.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../runtime/heap.h"
#include "../runtime/runtime.h"

#define MASK ((uintptr_t)0x5a5a000000000005)
#define NOINLINE __attribute__((noinline))
#define NELEM(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ---- hand-made type descriptors ------------------------------------------------- */

#define NAME(s) {(const uint8_t *)(s), (int64_t)sizeof(s) - 1}

/* struct { a int; p *T; b int; q *T; c int }: pointers at words 1 and 3 */
static const uint8_t mixed_bits[] = {0x0a};
static const GoType t_mixed = {40, KIND_STRUCT, NAME("main.mixed"), 1, NULL, 0, NULL, NULL, 0, 32, mixed_bits, NULL, 0};
/* struct { n int; p *T }: an array element with its pointer second */
static const uint8_t pair_bits[] = {0x02};
static const GoType t_pair = {16, KIND_STRUCT, NAME("main.pair"), 1, NULL, 0, NULL, NULL, 0, 16, pair_bits, NULL, 0};
/* *T */
static const uint8_t ptr_bits[] = {0x01};
static const GoType t_ptr = {8, KIND_POINTER, NAME("*main.T"), 0, NULL, 0, NULL, NULL, 0, 8, ptr_bits, NULL, 0};
/* struct { val int; next *node } */
static const GoType t_node = {16, KIND_STRUCT, NAME("main.node"), 1, NULL, 0, NULL, NULL, 0, 16, pair_bits, NULL, 0};
/* [3]int: no pointers */
static const GoType t_ints = {24, KIND_ARRAY, NAME("[3]int"), 0, NULL, 3, NULL, NULL, 0, 0, NULL, NULL, 0};
/* struct{} */
static const GoType t_empty = {0, KIND_STRUCT, NAME("struct {}"), 0, NULL, 0, NULL, NULL, 0, 0, NULL, NULL, 0};
/* a 200-word struct with a pointer at word 130 (gcbits over two bytes and more) */
static const uint8_t far_bits[17] = {[16] = 0x04};
static const GoType t_far = {1600, KIND_STRUCT, NAME("main.far"), 1, NULL, 0, NULL, NULL, 0, 131 * 8, far_bits, NULL, 0};

typedef struct Node {
	int64_t val;
	struct Node *next;
} Node;

/* ---- helpers ---------------------------------------------------------------------- */

/* Roots: one in .bss, one in .data. */
static void *volatile bss_root;
static void *volatile data_root = (void *)1;

/* The mask is read through a volatile each time, so that the compiler
 * cannot compute unhide(h) once and keep the pointer in a register
 * across a collection (which would keep the object alive). */
static volatile uintptr_t mask = MASK;
static uintptr_t hide(const void *p) { return (uintptr_t)p ^ mask; }
static __attribute__((noipa)) void *unhide(uintptr_t h) { return (void *)(h ^ mask); }

/* Is p inside an allocated object? */
static __attribute__((noipa)) int allocated(const void *p)
{
	Span *s = rt_span_of((uintptr_t)p);
	if (!s)
		return 0;
	int64_t i = ((const uint8_t *)p - s->base) / s->elemsize;
	return (int)((s->allocbits[i >> 6] >> (i & 63)) & 1);
}

/* Is the object with hidden address h allocated?  The pointer exists
 * only inside this call, whose registers are restored when it returns:
 * `allocated(unhide(h))` written in a test would leave it in a
 * callee-saved register of the test, and the next collection would find
 * it there and keep the object. */
static __attribute__((noipa)) int alive(uintptr_t h)
{
	return allocated(unhide(h));
}

/* Zeroes the stack below the caller, where dead frames keep old pointers. */
static NOINLINE void scrub(void)
{
	volatile uint8_t buf[32768];
	for (size_t i = 0; i < sizeof buf; i++)
		buf[i] = 0;
}

/* A collection with the dead stack scrubbed first. */
static void collect(void)
{
	scrub();
	runtime_GC();
}

static MemStats stats(void)
{
	MemStats m;
	memset(&m, 0xee, sizeof m);
	runtime_ReadMemStats(&m);
	return m;
}

/* A noscan object of size bytes filled with 0xff, only its hidden address kept. */
static NOINLINE uintptr_t garbage(int64_t size)
{
	uint8_t *p = rt_alloc_noscan(size);
	memset(p, 0xff, (size_t)size);
	return hide(p);
}

/* n small noscan children; their hidden addresses in out[], the objects in slots[]. */
static NOINLINE void children(void **slots, uintptr_t *out, int n)
{
	for (int i = 0; i < n; i++) {
		void *c = rt_alloc_noscan(16);
		slots[i] = c;
		out[i] = hide(c);
	}
}

/* ---- size classes and zero-size objects --------------------------------------------- */

START_TEST(test_size_classes)
{
	ck_assert_int_eq(rt_roundupsize(1), 8);
	ck_assert_int_eq(rt_roundupsize(9), 16);
	ck_assert_int_eq(rt_roundupsize(1025), 1152);
	ck_assert_int_eq(rt_roundupsize(32768), 32768);
	ck_assert_int_eq(rt_roundupsize(32769), 40960);
	static const int64_t sizes[] = {1, 8, 17, 100, 1000, 1024, 1025, 5000, 32768, 32769, 100000};
	for (int i = 0; i < NELEM(sizes); i++) {
		void *p = rt_alloc(sizes[i]);
		Span *s = rt_span_of((uintptr_t)p);
		ck_assert_ptr_nonnull(s);
		ck_assert_int_eq(s->elemsize, (int64_t)rt_roundupsize((uint64_t)sizes[i]));
		ck_assert_int_eq((uintptr_t)p % (sizes[i] >= 16 ? 16 : 8), 0);
	}
}
END_TEST

START_TEST(test_zero_size)
{
	MemStats before = stats();
	void *a = rt_alloc(0), *b = rt_alloc_noscan(0), *c = rt_newobject(&t_empty);
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_eq(a, b);
	ck_assert_ptr_eq(a, c);
	ck_assert_ptr_eq(a, rt_makeslice(&t_empty, 10, 10));
	ck_assert_ptr_null(rt_span_of((uintptr_t)a));
	ck_assert_int_eq(stats().Mallocs, before.Mallocs);
}
END_TEST

START_TEST(test_fresh_memory_zero)
{
	for (int i = 0; i < 1000; i++) {
		int64_t *p = rt_alloc(200);
		for (int k = 0; k < 25; k++)
			ck_assert_int_eq(p[k], 0);
		memset(p, 0xff, 200);
	}
}
END_TEST

/* ---- MemStats ------------------------------------------------------------------------ */

START_TEST(test_memstats_counts)
{
	MemStats a = stats();
	rt_alloc(40);
	rt_alloc_noscan(100);
	rt_newobject(&t_mixed);
	MemStats b = stats();
	ck_assert_int_eq(b.Mallocs - a.Mallocs, 3);
	ck_assert_int_eq(b.TotalAlloc - a.TotalAlloc, 48 + 112 + 48);
	ck_assert_int_eq(b.HeapAlloc - a.HeapAlloc, 48 + 112 + 48);
	ck_assert_int_eq(b.Alloc, b.HeapAlloc);
	ck_assert_uint_ge(b.Sys, b.HeapAlloc);
	ck_assert_uint_ne(b.NumGC, 0xeeeeeeee);
	runtime_GC();
	ck_assert_int_eq(stats().NumGC, b.NumGC + 1);
}
END_TEST

/* ---- marking: every pointer layout ------------------------------------------------- */

/* A typed object is scanned with its bitmap: the children in words 1
 * and 3 live, the ones in the integer words 0, 2 and 4 die. */
START_TEST(test_typed_object)
{
	void **obj = rt_newobject(&t_mixed);
	bss_root = obj;
	uintptr_t kids[5];
	children(obj, kids, 5);
	collect();
	ck_assert(!alive(kids[0]));
	ck_assert(alive(kids[1]));
	ck_assert(!alive(kids[2]));
	ck_assert(alive(kids[3]));
	ck_assert(!alive(kids[4]));
	ck_assert_ptr_eq(obj[1], unhide(kids[1]));
}
END_TEST

/* gcbits longer than a byte: the one pointer is word 130 of 200. */
START_TEST(test_typed_far_bit)
{
	void **obj = rt_newobject(&t_far);
	bss_root = obj;
	uintptr_t kids[200];
	children(obj, kids, 200);
	collect();
	for (int i = 0; i < 200; i++)
		ck_assert_int_eq(alive(kids[i]), i == 130);
}
END_TEST

/* make([]pair, 10): the element's bitmap repeats for every element. */
START_TEST(test_makeslice_repeats_bitmap)
{
	void **a = rt_makeslice(&t_pair, 10, 10);
	data_root = a;
	uintptr_t kids[20];
	children(a, kids, 20);
	collect();
	for (int i = 0; i < 20; i++)
		ck_assert_int_eq(alive(kids[i]), i % 2 == 1);
}
END_TEST

/* append's growth: the new array is typed, the old one is garbage. */
START_TEST(test_growslice)
{
	void **a = rt_makeslice(&t_ptr, 2, 2);
	uintptr_t kids[2], old = hide(a);
	children(a, kids, 2);
	RtPair g = rt_growslice(&t_ptr, a, 2, 2, 3);
	a = NULL;
	ck_assert_int_eq(g.b, 4);
	bss_root = (void *)(uintptr_t)g.a;
	g.a = 0;
	collect();
	void **b = bss_root;
	ck_assert(!alive(old));
	ck_assert(alive(kids[0]) && alive(kids[1]));
	ck_assert_ptr_eq(b[0], unhide(kids[0]));
	ck_assert_ptr_eq(b[1], unhide(kids[1]));
	ck_assert_ptr_null(b[2]);
}
END_TEST

/* rt_alloc's objects have no type: every word may be a pointer. */
START_TEST(test_conservative_object)
{
	void **obj = rt_alloc(40);
	bss_root = obj;
	uintptr_t kids[5];
	children(obj, kids, 5);
	collect();
	for (int i = 0; i < 5; i++)
		ck_assert(alive(kids[i]));
}
END_TEST

/* A noscan object is never looked into: what it points to dies. */
START_TEST(test_noscan_not_scanned)
{
	void **obj = rt_alloc_noscan(40);
	bss_root = obj;
	uintptr_t kids[5];
	children(obj, kids, 5);
	void **ints = rt_newobject(&t_ints);  /* no pointers in the type: noscan too */
	data_root = ints;
	uintptr_t more[3];
	children(ints, more, 3);
	collect();
	ck_assert(allocated(obj));
	ck_assert(allocated(ints));
	for (int i = 0; i < 5; i++)
		ck_assert(!alive(kids[i]));
	for (int i = 0; i < 3; i++)
		ck_assert(!alive(more[i]));
	ck_assert(rt_span_of((uintptr_t)obj)->noscan);
}
END_TEST

/* Many pointers at once: the grey stack grows past its first mapping. */
START_TEST(test_wide_object)
{
	enum { N = 20000 };
	void **a = rt_makeslice(&t_ptr, N, N);
	bss_root = a;
	uintptr_t *kids = malloc(N * sizeof *kids);
	children(a, kids, N);
	collect();
	for (int i = 0; i < N; i++)
		ck_assert(alive(kids[i]));
	free(kids);
}
END_TEST

/* A long list: marked through 100000 objects without recursing. */
START_TEST(test_long_list)
{
	enum { N = 100000 };
	Node *head = NULL;
	for (int64_t i = 0; i < N; i++) {
		Node *n = rt_newobject(&t_node);
		n->val = i;
		n->next = head;
		head = n;
	}
	bss_root = head;
	head = NULL;
	MemStats before = stats();
	collect();
	MemStats after = stats();
	ck_assert_int_eq(after.Frees, before.Frees);
	int64_t k = N;
	for (Node *n = bss_root; n; n = n->next)
		ck_assert_int_eq(n->val, --k);
	ck_assert_int_eq(k, 0);
}
END_TEST

/* ---- roots ------------------------------------------------------------------------- */

/* A new object stored in *root; its hidden address back. */
static NOINLINE uintptr_t rooted(void *volatile *root)
{
	void *p = rt_alloc(64);
	*root = p;
	return hide(p);
}

START_TEST(test_roots_globals)
{
	uintptr_t ha = rooted(&bss_root), hb = rooted(&data_root);
	collect();
	ck_assert(alive(ha));
	ck_assert(alive(hb));
	bss_root = data_root = NULL;
	collect();
	ck_assert(!alive(ha));
	ck_assert(!alive(hb));
}
END_TEST

START_TEST(test_roots_stack)
{
	void *volatile local = rt_alloc_noscan(64);
	uintptr_t h = hide(local);
	collect();
	ck_assert(alive(h));
	ck_assert_ptr_eq(local, unhide(h));
}
END_TEST

/* An interior pointer (&s.f, a slice of an array) keeps its object alive. */
START_TEST(test_interior_pointers)
{
	uint8_t *small = rt_alloc_noscan(100);
	uint8_t *large = rt_alloc_noscan(100000);
	uintptr_t hs = hide(small), hl = hide(large);
	bss_root = small + 99;
	void *volatile on_stack = large + 99999;
	small = large = NULL;
	collect();
	ck_assert(alive(hs));
	ck_assert(alive(hl));
	ck_assert_ptr_nonnull(on_stack);
	/* and inside a heap object: a typed pointer word into the middle */
	void **holder = rt_newobject(&t_ptr);
	holder[0] = (uint8_t *)unhide(hs) + 40;
	bss_root = holder;
	collect();
	ck_assert(alive(hs));
}
END_TEST

/* The callee-saved registers are roots: a pointer that lives only in rbx
 * across the collection survives it. */
START_TEST(test_roots_register)
{
#ifdef __x86_64__
	int64_t *p = rt_alloc_noscan(32);
	p[0] = 4242;
	uintptr_t h = hide(p), out;
	p = NULL;
	scrub();
	__asm__ volatile(
		"mov %[h], %%rbx\n\t"
		"xor %[m], %%rbx\n\t"
		"sub $128, %%rsp\n\t"
		"call rt_gc_collect\n\t"
		"add $128, %%rsp\n\t"
		"mov %%rbx, %[out]\n\t"
		"xor %%ebx, %%ebx\n\t"
		: [out] "=&r"(out)
		: [h] "r"(h), [m] "r"(MASK)
		: "rbx", "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "memory", "cc",
		  "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7",
		  "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
	ck_assert_ptr_eq((void *)out, unhide(h));
	ck_assert(allocated((void *)out));
	ck_assert_int_eq(((int64_t *)out)[0], 4242);
#endif
}
END_TEST

/* A collection at the bottom of a deep recursion, the list it is
 * building held only in the frames' locals (and registers). */
static NOINLINE Node *deep(int depth, Node *parent)
{
	Node *n = rt_newobject(&t_node);
	n->val = depth;
	n->next = parent;
	if (depth == 0) {
		runtime_GC();
		for (int i = 0; i < 20000; i++)  /* reuse every freed slot */
			((Node *)rt_newobject(&t_node))->val = -1;
	} else {
		Node *below = deep(depth - 1, n);
		ck_assert_ptr_eq(below->next, n);
	}
	ck_assert_int_eq(n->val, depth);
	ck_assert_ptr_eq(n->next, parent);
	return n;
}

START_TEST(test_deep_recursion)
{
	Node *top = deep(2000, NULL);
	ck_assert_int_eq(top->val, 2000);
	ck_assert_uint_ge(stats().NumGC, 1);
}
END_TEST

/* gcstress: a collection before every allocation, and still every
 * object the program holds survives. */
static NOINLINE Node *stress_build(int n)
{
	Node *head = NULL;
	for (int i = 0; i < n; i++) {
		Node *x = rt_newobject(&t_node);
		x->val = i;
		x->next = head;
		head = x;
		rt_alloc_noscan(24);  /* garbage in between */
	}
	return head;
}

START_TEST(test_gcstress)
{
	uint32_t before = stats().NumGC;
	rt_gc_set_debug(0, 1);
	Node *head = stress_build(300);
	rt_gc_set_debug(0, 0);
	ck_assert_uint_ge(stats().NumGC - before, 600);
	int64_t k = 300;
	for (Node *n = head; n; n = n->next)
		ck_assert_int_eq(n->val, --k);
	ck_assert_int_eq(k, 0);
}
END_TEST

/* ---- sweeping and reuse -------------------------------------------------------------- */

START_TEST(test_sweep_frees_and_reuses)
{
	enum { N = 100 };
	uintptr_t old[N];
	MemStats a = stats();
	for (int i = 0; i < N; i++)
		old[i] = garbage(48);
	MemStats b = stats();
	ck_assert_int_eq(b.HeapAlloc - a.HeapAlloc, N * 48);
	collect();
	MemStats c = stats();
	ck_assert_int_eq(c.Frees - b.Frees, N);
	ck_assert_int_eq(c.HeapAlloc, a.HeapAlloc);
	for (int i = 0; i < N; i++)
		ck_assert(!alive(old[i]));
	/* the next allocations of the class get the freed slots, zeroed */
	for (int i = 0; i < N; i++) {
		uint8_t *p = rt_alloc_noscan(48);
		int found = 0;
		for (int k = 0; k < N; k++)
			found |= unhide(old[k]) == p;
		ck_assert(found);
		for (int k = 0; k < 48; k++)
			ck_assert_int_eq(p[k], 0);
	}
}
END_TEST

/* Freed typed objects are reused by objects of another layout: the
 * pointer bitmap is rewritten, so an old pointer word does not keep
 * anything alive through a new integer word. */
START_TEST(test_reuse_rewrites_bitmap)
{
	void **p = rt_alloc(48);        /* all words pointers, class 48 */
	uintptr_t hp = hide(p);
	p = NULL;
	collect();
	ck_assert(!alive(hp));
	void **q = rt_newobject(&t_mixed);  /* class 48 again: the same slot */
	ck_assert_ptr_eq(q, unhide(hp));
	bss_root = q;
	uintptr_t kids[5];
	children(q, kids, 5);
	collect();
	ck_assert(!alive(kids[0]));
	ck_assert(alive(kids[1]));
}
END_TEST

/* Spans left empty go back to the page heap, merge, and serve a large
 * object; HeapAlloc comes back to where it was. */
START_TEST(test_empty_spans_released)
{
	enum { N = 200 };
	uintptr_t old[N];
	MemStats a = stats();
	for (int i = 0; i < N; i++)
		old[i] = garbage(20000);
	collect();
	uintptr_t lo = UINTPTR_MAX, hi = 0;  /* where they were: no more collections */
	for (int i = 0; i < N; i++) {
		uintptr_t p = (uintptr_t)unhide(old[i]);
		lo = p < lo ? p : lo;
		hi = p > hi ? p : hi;
	}
	ck_assert_int_eq(stats().HeapAlloc, a.HeapAlloc);
	for (int i = 0; i < N; i++)
		ck_assert_ptr_null(rt_span_of((uintptr_t)unhide(old[i])));
	uint8_t *big = rt_alloc_noscan(1 << 20);
	ck_assert((uintptr_t)big >= lo && (uintptr_t)big < hi);
	for (int i = 0; i < (1 << 20); i += 4096)
		ck_assert_int_eq(big[i], 0);
}
END_TEST

/* ---- large objects ---------------------------------------------------------------------- */

START_TEST(test_large_objects)
{
	MemStats a = stats();
	uintptr_t h = garbage(100000);
	MemStats b = stats();
	ck_assert_int_eq(b.HeapAlloc - a.HeapAlloc, 13 * 8192);
	ck_assert_int_eq(rt_span_of((uintptr_t)unhide(h))->state, SPAN_LARGE);
	collect();
	MemStats c = stats();
	ck_assert_int_eq(c.HeapAlloc, a.HeapAlloc);
	ck_assert_int_eq(c.Frees - b.Frees, 1);
	ck_assert(!alive(h));
	/* the pages come back, zero */
	uint8_t *again = rt_alloc_noscan(100000);
	ck_assert_ptr_eq(again, unhide(h));
	ck_assert_int_eq(again[0] | again[50000] | again[99999], 0);
}
END_TEST

/* A large typed array: []*T of 10000 elements keeps every element alive. */
START_TEST(test_large_typed)
{
	enum { N = 10000 };
	void **a = rt_makeslice(&t_ptr, N, N);
	ck_assert_int_eq(rt_span_of((uintptr_t)a)->state, SPAN_LARGE);
	bss_root = a;
	uintptr_t *kids = malloc(N * sizeof *kids);
	children(a, kids, N);
	a[N - 1] = NULL;
	collect();
	for (int i = 0; i < N - 1; i++)
		ck_assert(alive(kids[i]));
	ck_assert(!alive(kids[N - 1]));
	free(kids);
}
END_TEST

/* An object bigger than an arena spans several arenas' metadata. */
START_TEST(test_huge_object)
{
	int64_t size = 100 << 20;
	uint8_t *p = rt_alloc(size);
	p[0] = 1;
	p[size - 1] = 2;
	ck_assert_ptr_eq(rt_span_of((uintptr_t)p + size - 1), rt_span_of((uintptr_t)p));
	void **kid_slot = (void **)(p + size - 8);
	uintptr_t kid;
	children(kid_slot, &kid, 1);
	uintptr_t h = hide(p);
	bss_root = p + (80 << 20);  /* an interior pointer in the second arena */
	p = NULL;
	collect();
	ck_assert(alive(h));
	ck_assert(alive(kid));
	bss_root = NULL;
	collect();
	ck_assert(!alive(h));
	ck_assert(!alive(kid));
}
END_TEST

/* ---- pacing ------------------------------------------------------------------------------ */

START_TEST(test_goal_arithmetic)
{
	const uint64_t MiB = 1 << 20;
	ck_assert_uint_eq(rt_gc_goal(0, 100), 4 * MiB);
	ck_assert_uint_eq(rt_gc_goal(10 * MiB, 100), 20 * MiB);
	ck_assert_uint_eq(rt_gc_goal(1 * MiB, 50), 2 * MiB);     /* the minimum, scaled */
	ck_assert_uint_eq(rt_gc_goal(10 * MiB, 50), 15 * MiB);
	ck_assert_uint_eq(rt_gc_goal(100 * MiB, 200), 300 * MiB);
	ck_assert_uint_eq(rt_gc_goal(5 * MiB, 0), 5 * MiB);
	ck_assert_uint_eq(rt_gc_goal(5 * MiB, -1), UINT64_MAX);
	ck_assert_uint_eq(rt_gc_goal(UINT64_MAX / 2, 1000000), UINT64_MAX);
}
END_TEST

START_TEST(test_env_parsing)
{
	ck_assert_int_eq(rt_gc_parse_gogc(NULL), 100);
	ck_assert_int_eq(rt_gc_parse_gogc(""), 100);
	ck_assert_int_eq(rt_gc_parse_gogc("off"), -1);
	ck_assert_int_eq(rt_gc_parse_gogc("50"), 50);
	ck_assert_int_eq(rt_gc_parse_gogc("-3"), -1);
	ck_assert_int_eq(rt_gc_parse_gogc("12x"), 100);
	ck_assert_int_eq(rt_gc_debug_value("gctrace=1,gcstress=2", "gcstress"), 2);
	ck_assert_int_eq(rt_gc_debug_value("gctrace=1", "gcstress"), 0);
	ck_assert_int_eq(rt_gc_debug_value("xgctrace=1,gctrace", "gctrace"), 0);
	ck_assert_int_eq(rt_gc_debug_value(NULL, "gctrace"), 0);
}
END_TEST

/* GOGC=100: nothing until the 4 MiB minimum, then one collection, and
 * the next goal from what it left. */
START_TEST(test_trigger_gogc)
{
	rt_gc_set_percent(100);
	collect();
	uint32_t n0 = stats().NumGC;
	for (int i = 0; i < 3000; i++)       /* 3000 KiB of garbage */
		garbage(1024);
	ck_assert_int_eq(stats().NumGC, n0);
	for (int i = 0; i < 2000; i++)
		garbage(1024);
	ck_assert_int_eq(stats().NumGC, n0 + 1);
	ck_assert_uint_eq(rt_heap->next_gc, 4 << 20);  /* it found ~nothing live: the minimum */
	ck_assert_uint_le(stats().HeapAlloc, 4 << 20);
}
END_TEST

/* GOGC=off: no collection however much is allocated; runtime.GC still
 * collects. */
START_TEST(test_trigger_off)
{
	rt_gc_set_percent(-1);
	uint32_t n0 = stats().NumGC;
	for (int i = 0; i < 20; i++)
		garbage(1 << 20);
	ck_assert_int_eq(stats().NumGC, n0);
	ck_assert_uint_ge(stats().HeapAlloc, 20 << 20);
	collect();
	ck_assert_int_eq(stats().NumGC, n0 + 1);
	ck_assert_uint_lt(stats().HeapAlloc, 1 << 20);
	ck_assert_int_eq(rt_gc_set_percent(100), -1);
}
END_TEST

/* A loop that makes garbage forever stays within a few goals of memory. */
START_TEST(test_bounded_heap)
{
	rt_gc_set_percent(100);
	for (int i = 0; i < 200000; i++)
		garbage(500);  /* 100 MB in all */
	ck_assert_uint_ge(stats().NumGC, 10);
	ck_assert_uint_le(stats().Sys, 16 << 20);
}
END_TEST

/* gctrace=1: one line per collection, in the documented format. */
START_TEST(test_gctrace_line)
{
	int fds[2];
	ck_assert_int_eq(pipe(fds), 0);
	int saved = dup(2);
	dup2(fds[1], 2);
	rt_gc_set_debug(1, 0);
	for (int i = 0; i < 10; i++)
		garbage(1000);
	collect();
	rt_gc_set_debug(0, 0);
	dup2(saved, 2);
	close(fds[1]);
	char line[256] = {0};
	ck_assert_int_gt(read(fds[0], line, sizeof line - 1), 0);
	unsigned n;
	unsigned long long a, b, c, goal, freed;
	double at, ms;
	char tail[32] = {0};
	int got = sscanf(line, "gc %u @%lfs: %llu->%llu->%llu MB, %llu MB goal, %llu objects freed, %lf ms %31s",
			 &n, &at, &a, &b, &c, &goal, &freed, &ms, tail);
	ck_assert_msg(got == 9, "line: %s", line);
	ck_assert_uint_eq(n, stats().NumGC);
	ck_assert_uint_eq(goal, 4);
	ck_assert_uint_ge(freed, 10);
	ck_assert_str_eq(tail, "(forced)");
	ck_assert_ptr_nonnull(strchr(line, '\n'));
}
END_TEST

static Suite *gc_suite(void)
{
	Suite *s = suite_create("gc");
	TCase *tc = tcase_create("heap");
	tcase_add_test(tc, test_size_classes);
	tcase_add_test(tc, test_zero_size);
	tcase_add_test(tc, test_fresh_memory_zero);
	tcase_add_test(tc, test_memstats_counts);
	suite_add_tcase(s, tc);
	tc = tcase_create("mark");
	tcase_add_test(tc, test_typed_object);
	tcase_add_test(tc, test_typed_far_bit);
	tcase_add_test(tc, test_makeslice_repeats_bitmap);
	tcase_add_test(tc, test_growslice);
	tcase_add_test(tc, test_conservative_object);
	tcase_add_test(tc, test_noscan_not_scanned);
	tcase_add_test(tc, test_wide_object);
	tcase_add_test(tc, test_long_list);
	suite_add_tcase(s, tc);
	tc = tcase_create("roots");
	tcase_add_test(tc, test_roots_globals);
	tcase_add_test(tc, test_roots_stack);
	tcase_add_test(tc, test_interior_pointers);
	tcase_add_test(tc, test_roots_register);
	tcase_add_test(tc, test_deep_recursion);
	tcase_add_test(tc, test_gcstress);
	suite_add_tcase(s, tc);
	tc = tcase_create("sweep");
	tcase_add_test(tc, test_sweep_frees_and_reuses);
	tcase_add_test(tc, test_reuse_rewrites_bitmap);
	tcase_add_test(tc, test_empty_spans_released);
	tcase_add_test(tc, test_large_objects);
	tcase_add_test(tc, test_large_typed);
	tcase_add_test(tc, test_huge_object);
	suite_add_tcase(s, tc);
	tc = tcase_create("pacing");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_goal_arithmetic);
	tcase_add_test(tc, test_env_parsing);
	tcase_add_test(tc, test_trigger_gogc);
	tcase_add_test(tc, test_trigger_off);
	tcase_add_test(tc, test_bounded_heap);
	tcase_add_test(tc, test_gctrace_line);
	suite_add_tcase(s, tc);
	return s;
}

int main(int argc, char **argv)
{
	(void)argc;
	/* as the runtime's main does: the stack ends at argv; and the
	 * settings are the tests', not the environment's */
	rt_gc_init(argv);
	rt_gc_set_percent(100);
	rt_gc_set_debug(0, 0);
	SRunner *sr = srunner_create(gc_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
