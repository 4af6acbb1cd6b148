/* test_rt_map.c — maps at run time (runtime/map.c), their hashes
 * (runtime/hash.c) and their printing (runtime/fmt.c), driven from C with
 * hand-made map type descriptors, as compiled Go would call them:
 *
 *     m := make(map[int]int)     m = rt_makemap(&t_map_int, 0, NULL, NULL)
 *     m[k] = v                   *(int64_t *)rt_mapassign_fast64(&t_map_int, m, k) = v
 *     v, ok := m[k]              RtPair r = rt_mapaccess2_fast64(&t_map_int, m, k)
 *     delete(m, k)               rt_mapdelete_fast64(&t_map_int, m, k)
 *     for k, v := range m        for (rt_mapiterinit(&t_map_int, m, &it); it.key; rt_mapiternext(&it))
 *
 * Contents are checked against a reference kept beside the map: an array
 * indexed by the key (keys are small integers, or strings and structs
 * made from small integers), holding the element or "absent".
 *
 * Panics and fatal errors exit the process, so those tests run their
 * body in a child with its standard error in a pipe (run_child), and
 * compare the exit status and the text.  The expected fmt strings were
 * printed by gc 1.19's fmt for the same maps.
 *
 * Every pointer the tests keep into the collected heap is on the C stack
 * or inside map buckets, where the collector finds it, as in a program;
 * the references live in malloc'd memory and hold no heap pointers.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../runtime/heap.h"
#include "../runtime/runtime.h"

#define GS(s) {(const uint8_t *)(s), (int64_t)sizeof(s) - 1}
#define NOINLINE __attribute__((noinline))

/* ---- type descriptors --------------------------------------------------------- */

#define BASIC(var, nm, k, sz) static const GoType var = {.size = (sz), .kind = (k), .name = GS(nm)}

BASIC(t_bool, "bool", KIND_BOOL, 1);
BASIC(t_int8, "int8", KIND_INT8, 1);
BASIC(t_int16, "int16", KIND_INT16, 2);
BASIC(t_int32, "int32", KIND_INT32, 4);
BASIC(t_int64, "int64", KIND_INT64, 8);
BASIC(t_uint8, "uint8", KIND_UINT8, 1);
BASIC(t_uint16, "uint16", KIND_UINT16, 2);
BASIC(t_uint32, "uint32", KIND_UINT32, 4);
BASIC(t_uint64, "uint64", KIND_UINT64, 8);

/* int and string side by side, int first: fmtsort orders interface keys
 * of different types by the address of their descriptors, and gc 1.19's
 * happen to put int first too. */
static const GoType t_basic[2] = {
	{.size = 8, .kind = KIND_INT, .name = GS("int")},
	{.size = 16, .kind = KIND_STRING, .name = GS("string"), .ptrdata = 8, .gcbits = (const uint8_t *)"\x01"},
};
#define t_int t_basic[0]
#define t_string t_basic[1]

static const GoType t_ptr_int = {.size = 8, .kind = KIND_POINTER, .name = GS("*int"), .elem = &t_int,
				 .ptrdata = 8, .gcbits = (const uint8_t *)"\x01"};
static const GoType t_arr3int = {.size = 24, .kind = KIND_ARRAY, .name = GS("[3]int"), .elem = &t_int, .len = 3};
static const GoType t_arr2int = {.size = 16, .kind = KIND_ARRAY, .name = GS("[2]int"), .elem = &t_int, .len = 2};
static const GoType t_slice_int = {.size = 24, .kind = KIND_SLICE, .name = GS("[]int"), .elem = &t_int,
				   .ptrdata = 8, .gcbits = (const uint8_t *)"\x01"};
static const GoType t_any = {.size = 16, .kind = KIND_INTERFACE, .name = GS("interface {}"),
			     .ptrdata = 16, .gcbits = (const uint8_t *)"\x03"};

/* type K struct { S string; N int } */
typedef struct CK {
	GoString s;
	int64_t n;
} CK;
static const GoField f_K[] = {{GS("S"), &t_string, 0, 0}, {GS("N"), &t_int, 16, 0}};
static const GoType t_K = {.size = 24, .kind = KIND_STRUCT, .name = GS("main.K"), .named = 1,
			   .fields = f_K, .nfields = 2, .ptrdata = 8, .gcbits = (const uint8_t *)"\x01"};

/* type Blank struct { A int; _ int; S string }: == ignores the blank field */
typedef struct CBlank {
	int64_t a, blank;
	GoString s;
} CBlank;
static const GoField f_Blank[] = {
	{GS("A"), &t_int, 0, 0}, {GS("_"), &t_int, 8, 0}, {GS("S"), &t_string, 16, 0},
};
static const GoType t_Blank = {.size = 32, .kind = KIND_STRUCT, .name = GS("main.Blank"), .named = 1,
			       .fields = f_Blank, .nfields = 3, .ptrdata = 24, .gcbits = (const uint8_t *)"\x04"};

/* type HasSlice struct { X []int }: not comparable */
static const GoField f_HasSlice[] = {{GS("X"), &t_slice_int, 0, 0}};
static const GoType t_HasSlice = {.size = 24, .kind = KIND_STRUCT, .name = GS("main.HasSlice"), .named = 1,
				  .fields = f_HasSlice, .nfields = 1};

/* [20]int and [40]int: over 128 bytes, stored out of the bucket */
static const GoType t_big_key = {.size = 160, .kind = KIND_ARRAY, .name = GS("[20]int"), .elem = &t_int, .len = 20};
static const GoType t_big_elem = {.size = 320, .kind = KIND_ARRAY, .name = GS("[40]int"), .elem = &t_int, .len = 40};
static const GoType t_huge_elem = {.size = 1600, .kind = KIND_ARRAY, .name = GS("[200]int"), .elem = &t_int, .len = 200};

/* type I interface { M() int } and type T1 int implementing it */
static const GoType f_int_fn = {.size = 8, .kind = KIND_FUNC, .name = GS("func() int")};
static const GoMethod i_methods[] = {{GS("M"), &f_int_fn, NULL}};
static const GoType t_I = {.size = 16, .kind = KIND_INTERFACE, .name = GS("main.I"), .named = 1,
			   .methods = i_methods, .nmethods = 1, .ptrdata = 16, .gcbits = (const uint8_t *)"\x03"};
static int64_t t1_M(int64_t *p) { return *p; }
static const GoMethod t1_methods[] = {{GS("M"), &f_int_fn, (void *)t1_M}};
static const GoType t_T1 = {.size = 8, .kind = KIND_INT, .name = GS("main.T1"), .named = 1,
			    .methods = t1_methods, .nmethods = 1};
/* two itabs for the same pair, as the compiler's and the runtime's may be */
static const struct {
	const GoType *inter, *type;
	void *fun[1];
} itab_a = {&t_I, &t_T1, {(void *)t1_M}}, itab_b = {&t_I, &t_T1, {(void *)t1_M}};

#define MAPTYPE(var, nm, K, E, H, EQ, ks, es, fl)                                                   \
	static const GoMapType var = {                                                              \
		.type = {.size = 8, .kind = KIND_MAP, .name = GS(nm), .key = &(K), .elem = &(E),    \
			 .ptrdata = 8, .gcbits = (const uint8_t *)"\x01"},                          \
		.hasher = H, .equal = EQ, .keysize = ks, .elemsize = es,                            \
		.bucketsize = 8 + 8 * (ks) + 8 * (es) + 8, .flags = fl}

#define NKU MAPTYPE_NEEDKEYUPDATE
#define PTRS MAPTYPE_HASPOINTERS
MAPTYPE(t_map_int, "map[int]int", t_int, t_int, rt_memhash64, rt_memequal64, 8, 8, 0);
MAPTYPE(t_map_str, "map[string]int", t_string, t_int, rt_strhash, rt_strequal, 16, 8, NKU | PTRS);
MAPTYPE(t_map_str_str, "map[string]string", t_string, t_string, rt_strhash, rt_strequal, 16, 16, NKU | PTRS);
MAPTYPE(t_map_int_str, "map[int]string", t_int, t_string, rt_memhash64, rt_memequal64, 8, 16, PTRS);
MAPTYPE(t_map_i8, "map[int8]int", t_int8, t_int, rt_memhash8, rt_memequal8, 1, 8, 0);
MAPTYPE(t_map_i16, "map[int16]int", t_int16, t_int, rt_memhash16, rt_memequal16, 2, 8, 0);
MAPTYPE(t_map_i32, "map[int32]int", t_int32, t_int, rt_memhash32, rt_memequal32, 4, 8, 0);
MAPTYPE(t_map_i64, "map[int64]int", t_int64, t_int, rt_memhash64, rt_memequal64, 8, 8, 0);
MAPTYPE(t_map_u8, "map[uint8]int", t_uint8, t_int, rt_memhash8, rt_memequal8, 1, 8, 0);
MAPTYPE(t_map_u16, "map[uint16]int", t_uint16, t_int, rt_memhash16, rt_memequal16, 2, 8, 0);
MAPTYPE(t_map_u32, "map[uint32]int", t_uint32, t_int, rt_memhash32, rt_memequal32, 4, 8, 0);
MAPTYPE(t_map_u64, "map[uint64]int", t_uint64, t_int, rt_memhash64, rt_memequal64, 8, 8, 0);
MAPTYPE(t_map_bool, "map[bool]int", t_bool, t_int, rt_memhash8, rt_memequal8, 1, 8, 0);
MAPTYPE(t_map_ptr, "map[*int]int", t_ptr_int, t_int, rt_memhash64, rt_memequal64, 8, 8, PTRS);
MAPTYPE(t_map_arr, "map[[3]int]int", t_arr3int, t_int, rt_memhash, rt_memequal_t, 24, 8, 0);
MAPTYPE(t_map_arr2, "map[[2]int]string", t_arr2int, t_string, rt_memhash, rt_memequal_t, 16, 16, PTRS);
MAPTYPE(t_map_K, "map[main.K]int", t_K, t_int, rt_typehash, rt_typeequal, 24, 8, NKU | PTRS);
MAPTYPE(t_map_blank, "map[main.Blank]int", t_Blank, t_int, rt_typehash, rt_typeequal, 32, 8, NKU | PTRS);
MAPTYPE(t_map_any, "map[interface {}]int", t_any, t_int, rt_nilinterhash, rt_nilinterequal, 16, 8, NKU | PTRS);
MAPTYPE(t_map_I, "map[main.I]int", t_I, t_int, rt_interhash, rt_interequal, 16, 8, NKU | PTRS);
MAPTYPE(t_map_big, "map[[20]int][40]int", t_big_key, t_big_elem, rt_memhash, rt_memequal_t, 8, 8,
	MAPTYPE_INDIRECTKEY | MAPTYPE_INDIRECTELEM | PTRS);
MAPTYPE(t_map_huge, "map[int][200]int", t_int, t_huge_elem, rt_memhash64, rt_memequal64, 8, 8,
	MAPTYPE_INDIRECTELEM | PTRS);
MAPTYPE(t_map_map, "map[string]map[string]int", t_string, t_map_str.type, rt_strhash, rt_strequal, 16, 8,
	NKU | PTRS);
static const GoMapType t_map_M = {.type = {.size = 8, .kind = KIND_MAP, .name = GS("main.M"), .named = 1,
					   .key = &t_string, .elem = &t_int},
				  .hasher = rt_strhash, .equal = rt_strequal, .keysize = 16,
				  .elemsize = 8, .bucketsize = 8 + 128 + 64 + 8, .flags = NKU | PTRS};

/* GoMap.flags as map.c sets them (gc's bits) */
enum { FLAG_WRITING = 4, FLAG_SAME_SIZE = 8 };

/* ---- helpers ------------------------------------------------------------------ */

/* Check's ck_assert records where it is with a write(2) on every call,
 * even when it holds; these test first, so loops of a million checks
 * cost nothing until one fails. */
#define EXPECT(c) do { if (!(c)) ck_abort_msg("Assertion '%s' failed", #c); } while (0)
#define EXPECT_MSG(c, ...) do { if (!(c)) ck_abort_msg(__VA_ARGS__); } while (0)
#define EXPECT_EQ(x, y) do {                                                               \
	long long x_ = (long long)(x), y_ = (long long)(y);                                \
	if (x_ != y_)                                                                      \
		ck_abort_msg("Assertion '%s == %s' failed: %lld != %lld", #x, #y, x_, y_); \
} while (0)

static int64_t get_int(RtPair r, int *ok)
{
	*ok = (int)r.b;
	return *(int64_t *)(uintptr_t)r.a;
}

/* A string "k<n>" with its bytes on the collected heap (noscan), so the
 * map's buckets are what keeps them alive. */
static GoString heap_key(int64_t n)
{
	char tmp[32];
	int len = snprintf(tmp, sizeof tmp, "k%lld", (long long)n);
	uint8_t *p = rt_alloc_noscan(len);
	memcpy(p, tmp, (size_t)len);
	return (GoString){p, len};
}

/* The same string in a C buffer: equal, at another address. */
static GoString c_key(char *buf, int64_t n)
{
	int len = snprintf(buf, 32, "k%lld", (long long)n);
	return (GoString){(const uint8_t *)buf, len};
}

/* xorshift, so every run checks the same sequence */
static uint64_t rng = 88172645463325252ull;
static uint64_t next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* The smallest B whose 2^B buckets hold n entries at load <= 6.5. */
static int expected_B(int64_t n)
{
	int B = 0;
	while (n > 8 && n > 13 * (((int64_t)1 << B) / 2))
		B++;
	return B;
}

/* Every entry of a map[int]int against ref (ref[k] = value, or -1). */
static void check_int_map(GoMap *m, const int64_t *ref, int64_t nkeys)
{
	int64_t live = 0;
	for (int64_t k = 0; k < nkeys; k++) {
		int ok;
		int64_t v = get_int(rt_mapaccess2_fast64(&t_map_int, m, (uint64_t)k), &ok);
		if (ref[k] < 0) {
			EXPECT_MSG(!ok && v == 0, "key %lld should be absent", (long long)k);
		} else {
			EXPECT_MSG(ok && v == ref[k], "key %lld: %lld, want %lld", (long long)k, (long long)v,
				      (long long)ref[k]);
			live++;
		}
	}
	EXPECT_EQ(m->count, live);
	/* iteration: each live key once, nothing else */
	uint8_t *seen = calloc((size_t)nkeys, 1);
	int64_t n = 0;
	GoMapIter it;
	for (rt_mapiterinit(&t_map_int, m, &it); it.key; rt_mapiternext(&it)) {
		int64_t k = *(int64_t *)it.key;
		EXPECT(k >= 0 && k < nkeys);
		EXPECT_MSG(ref[k] >= 0, "deleted key %lld yielded", (long long)k);
		EXPECT_MSG(!seen[k], "key %lld yielded twice", (long long)k);
		EXPECT_EQ(*(int64_t *)it.elem, ref[k]);
		seen[k] = 1;
		n++;
	}
	EXPECT_EQ(n, live);
	free(seen);
}

/* The exit status and standard error of fn run in a child process. */
typedef struct Child {
	int status;       /* exit status, or -1 if killed by a signal */
	char text[65536]; /* what it wrote on fd 2 (truncated) */
} Child;

static void run_child(void (*fn)(void), Child *c)
{
	int fds[2];
	EXPECT_EQ(pipe(fds), 0);
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		dup2(fds[1], 2);
		close(fds[0]);
		fn();
		_exit(0);
	}
	close(fds[1]);
	size_t len = 0;
	ssize_t n;
	while ((n = read(fds[0], c->text + len, sizeof c->text - 1 - len)) > 0)
		len += (size_t)n;
	c->text[len] = '\0';
	close(fds[0]);
	int st;
	waitpid(pid, &st, 0);
	c->status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

#define ck_assert_child(c, want_status, want_text) do {                                 \
	EXPECT_EQ((c)->status, want_status);                                        \
	ck_assert_str_eq((c)->text, want_text);                                            \
} while (0)

/* ---- basics against a reference ---------------------------------------------------- */

/* Random inserts, overwrites, lookups and deletes on a map[int]int, the
 * fast paths and the generic ones mixed, checked against an array. */
START_TEST(test_int_reference)
{
	enum { NKEYS = 5000, OPS = 200000 };
	int64_t *ref = malloc(NKEYS * sizeof *ref);
	for (int i = 0; i < NKEYS; i++)
		ref[i] = -1;
	GoMap *m = rt_makemap(&t_map_int, 0, NULL, NULL);
	for (int64_t op = 0; op < OPS; op++) {
		uint64_t r = next_rand();
		int64_t k = (int64_t)((r >> 8) % NKEYS);
		switch (r & 7) {
		case 0: case 1: case 2:
			*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)k) = op;
			ref[k] = op;
			break;
		case 3:
			*(int64_t *)rt_mapassign(&t_map_int, m, &k) = op;   /* the generic path */
			ref[k] = op;
			break;
		case 4:
			rt_mapdelete_fast64(&t_map_int, m, (uint64_t)k);
			ref[k] = -1;
			break;
		case 5:
			rt_mapdelete(&t_map_int, m, &k);
			ref[k] = -1;
			break;
		case 6: {
			int64_t v = *(int64_t *)rt_mapaccess1(&t_map_int, m, &k);
			EXPECT_EQ(v, ref[k] < 0 ? 0 : ref[k]);
			break;
		}
		default: {
			int64_t v = *(int64_t *)rt_mapaccess1_fast64(&t_map_int, m, (uint64_t)k);
			EXPECT_EQ(v, ref[k] < 0 ? 0 : ref[k]);
			break;
		}
		}
	}
	check_int_map(m, ref, NKEYS);
	free(ref);
}
END_TEST

/* Every size from 0 to 3000: the right count, every key found, B the
 * smallest that keeps the load at or below 6.5. */
START_TEST(test_growth_every_size)
{
	for (int64_t n = 0; n <= 3000; n++) {
		GoMap *m = rt_makemap(&t_map_int, 0, NULL, NULL);
		for (int64_t k = 0; k < n; k++)
			*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)(k * 7919)) = k;
		EXPECT_EQ(m->count, n);
		for (int64_t k = 0; k < n; k++) {
			int ok;
			EXPECT_EQ(get_int(rt_mapaccess2_fast64(&t_map_int, m, (uint64_t)(k * 7919)), &ok), k);
			EXPECT(ok);
		}
		int ok;
		get_int(rt_mapaccess2_fast64(&t_map_int, m, 1), &ok);
		EXPECT(!ok);
		if (m->oldbuckets == NULL)
			EXPECT_MSG(m->B == expected_B(n), "n=%lld: B=%d, want %d", (long long)n, m->B,
				      expected_B(n));
		else
			EXPECT(m->B == expected_B(n) || m->B == expected_B(n) + 1);
	}
}
END_TEST

/* make(map, hint) sizes the table at once: no growth while filling. */
START_TEST(test_hint)
{
	static const int64_t hints[] = {0, 1, 8, 9, 13, 14, 100, 1000, 100000};
	for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++) {
		GoMap *m = rt_makemap(&t_map_int, hints[i], NULL, NULL);
		EXPECT_EQ(m->B, expected_B(hints[i]));
		int B = m->B;
		for (int64_t k = 0; k < hints[i]; k++)
			*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)k) = k;
		EXPECT_EQ(m->B, B);
	}
	/* gc ignores a hint it could never honour, negative or huge */
	EXPECT_EQ(rt_makemap(&t_map_int, -1, NULL, NULL)->B, 0);
	EXPECT_EQ(rt_makemap(&t_map_int, INT64_MIN, NULL, NULL)->B, 0);
	EXPECT_EQ(rt_makemap(&t_map_int, (int64_t)1 << 62, NULL, NULL)->B, 0);
}
END_TEST

/* Past 100,000 keys with deletes interleaved, string keys on the
 * collected heap (a collection runs on the way). */
START_TEST(test_big_with_deletes)
{
	enum { N = 150000 };
	int64_t *ref = malloc(N * sizeof *ref);
	GoMap *m = rt_makemap(&t_map_str, 0, NULL, NULL);
	char buf[32];
	for (int64_t k = 0; k < N; k++) {
		GoString s = heap_key(k);
		*(int64_t *)rt_mapassign_faststr(&t_map_str, m, s.ptr, s.len) = k;
		ref[k] = k;
		if (k % 3 == 2) {
			int64_t d = k - 1 - (int64_t)(next_rand() % 2);   /* k-1 or k-2 */
			if (ref[d] >= 0) {
				GoString ds = c_key(buf, d);
				rt_mapdelete_faststr(&t_map_str, m, ds.ptr, ds.len);
				ref[d] = -1;
			}
		}
	}
	runtime_GC();
	int64_t live = 0;
	for (int64_t k = 0; k < N; k++) {
		GoString s = c_key(buf, k);
		int ok;
		int64_t v = get_int(rt_mapaccess2_faststr(&t_map_str, m, s.ptr, s.len), &ok);
		EXPECT_EQ(ok, ref[k] >= 0);
		EXPECT_EQ(v, ref[k] >= 0 ? k : 0);
		live += ref[k] >= 0;
	}
	EXPECT_EQ(m->count, live);
	ck_assert_int_ge(m->B, 14);
	/* and through the generic entry points, which hash the same way */
	GoString s = c_key(buf, N - 1);
	EXPECT_EQ(*(int64_t *)rt_mapaccess1(&t_map_str, m, &s), N - 1);
	free(ref);
}
END_TEST

/* Overwriting a string key stores the new key (NEEDKEYUPDATE), so the
 * old bytes are no longer referenced. */
START_TEST(test_key_update)
{
	GoMap *m = rt_makemap(&t_map_str, 0, NULL, NULL);
	char a[] = "same", b[] = "same";
	*(int64_t *)rt_mapassign_faststr(&t_map_str, m, (const uint8_t *)a, 4) = 1;
	GoString kb = {(const uint8_t *)b, 4};
	*(int64_t *)rt_mapassign(&t_map_str, m, &kb) = 2;
	GoMapIter it;
	rt_mapiterinit(&t_map_str, m, &it);
	ck_assert_ptr_eq(((GoString *)it.key)->ptr, (const uint8_t *)b);
	EXPECT_EQ(*(int64_t *)it.elem, 2);
	*(int64_t *)rt_mapassign_faststr(&t_map_str, m, (const uint8_t *)a, 4) = 3;
	rt_mapiterinit(&t_map_str, m, &it);
	ck_assert_ptr_eq(((GoString *)it.key)->ptr, (const uint8_t *)a);
	EXPECT_EQ(m->count, 1);
}
END_TEST

/* ---- iteration --------------------------------------------------------------------- */

/* One range loop over a map[int]int of n keys (0..n-1) that, while it
 * runs, inserts fresh keys (n, n+1, ...: the map grows under it) and
 * deletes keys it has not reached yet.  Go's rules: a key present for
 * the whole loop is yielded exactly once; a deleted key is not yielded
 * after its deletion; a key added during the loop at most once. */
static void range_while_writing(int64_t n, int writes_per_step, int start_growing)
{
	int64_t cap = n + 64 + (int64_t)writes_per_step * (n + 1);
	int64_t *ref = malloc((size_t)cap * sizeof *ref);   /* value, or -1 once deleted */
	uint8_t *seen = calloc((size_t)cap, 1);
	GoMap *m = rt_makemap(&t_map_int, 0, NULL, NULL);
	for (int64_t k = 0; k < cap; k++)
		ref[k] = -1;
	for (int64_t k = 0; k < n; k++) {
		*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)k) = k;
		ref[k] = k;
	}
	int64_t fresh = n;
	if (start_growing) {
		/* insert until a growth has started, so the loop begins mid-growth */
		while (m->oldbuckets == NULL && fresh < cap - 1) {
			*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)fresh) = fresh;
			ref[fresh] = fresh;
			fresh++;
		}
	}
	int64_t before = fresh;   /* keys below this existed when the loop began */
	GoMapIter it;
	for (rt_mapiterinit(&t_map_int, m, &it); it.key; rt_mapiternext(&it)) {
		int64_t k = *(int64_t *)it.key;
		EXPECT(k >= 0 && k < cap);
		EXPECT_MSG(ref[k] >= 0, "n=%lld: key %lld yielded after its deletion", (long long)n, (long long)k);
		EXPECT_MSG(!seen[k], "n=%lld: key %lld yielded twice", (long long)n, (long long)k);
		EXPECT_EQ(*(int64_t *)it.elem, ref[k]);
		seen[k] = 1;
		for (int w = 0; w < writes_per_step && fresh < cap; w++) {
			*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)fresh) = fresh;
			ref[fresh] = fresh;
			fresh++;
			/* delete a random old key; maybe one not yet seen */
			int64_t d = (int64_t)(next_rand() % (uint64_t)before);
			if (ref[d] >= 0) {
				rt_mapdelete_fast64(&t_map_int, m, (uint64_t)d);
				ref[d] = -1;
			}
			/* update another: the loop must see the new value */
			int64_t u = (int64_t)(next_rand() % (uint64_t)before);
			if (ref[u] >= 0) {
				ref[u] += 1000000;
				*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)u) = ref[u];
			}
		}
	}
	for (int64_t k = 0; k < before; k++)
		if (ref[k] >= 0)
			EXPECT_MSG(seen[k], "n=%lld: key %lld present throughout, never yielded", (long long)n,
				      (long long)k);
	/* afterwards the map is exactly the reference */
	check_int_map(m, ref, cap);
	free(ref);
	free(seen);
}

START_TEST(test_range_plain)
{
	for (int64_t n = 0; n < 300; n++)
		range_while_writing(n, 0, 0);
	range_while_writing(20000, 0, 0);
}
END_TEST

START_TEST(test_range_across_growth)
{
	for (int64_t n = 0; n < 300; n++)
		range_while_writing(n, 1, 0);
	for (int64_t n = 1; n < 3000; n = n * 3 / 2 + 1)
		range_while_writing(n, 3, 0);
	range_while_writing(50000, 2, 0);
}
END_TEST

START_TEST(test_range_started_mid_growth)
{
	for (int64_t n = 9; n < 400; n++)
		range_while_writing(n, 0, 1);
	for (int64_t n = 9; n < 400; n += 7)
		range_while_writing(n, 1, 1);
	range_while_writing(30000, 1, 1);
}
END_TEST

/* The same across growth with string keys (the _faststr evacuation) and
 * struct keys (the generic one, through rt_typehash). */
START_TEST(test_range_growth_other_keys)
{
	enum { N = 3000 };
	GoMap *ms = rt_makemap(&t_map_str, 0, NULL, NULL);
	GoMap *mk = rt_makemap(&t_map_K, 0, NULL, NULL);
	for (int64_t k = 0; k < N; k++) {
		GoString s = heap_key(k);
		*(int64_t *)rt_mapassign_faststr(&t_map_str, ms, s.ptr, s.len) = k;
		CK key = {heap_key(k), k % 7};
		*(int64_t *)rt_mapassign(&t_map_K, mk, &key) = k;
	}
	uint8_t *seen = calloc(4 * N, 1);
	int64_t added = N, count = 0;
	GoMapIter it;
	for (rt_mapiterinit(&t_map_str, ms, &it); it.key; rt_mapiternext(&it)) {
		int64_t v = *(int64_t *)it.elem;
		EXPECT(!seen[v]);
		seen[v] = 1;
		count += v < N;
		for (int w = 0; w < 2; w++, added++) {
			GoString s = heap_key(added);
			*(int64_t *)rt_mapassign_faststr(&t_map_str, ms, s.ptr, s.len) = added;
		}
	}
	EXPECT_EQ(count, N);
	memset(seen, 0, 4 * N);
	added = N;
	count = 0;
	for (rt_mapiterinit(&t_map_K, mk, &it); it.key; rt_mapiternext(&it)) {
		int64_t v = *(int64_t *)it.elem;
		CK *k = it.key;
		EXPECT_EQ(k->n, v % 7);
		EXPECT(!seen[v]);
		seen[v] = 1;
		count += v < N;
		for (int w = 0; w < 2; w++, added++) {
			CK key = {heap_key(added), added % 7};
			*(int64_t *)rt_mapassign(&t_map_K, mk, &key) = added;
		}
	}
	EXPECT_EQ(count, N);
	free(seen);
}
END_TEST

/* Where a range loop starts is random: over many loops the first key
 * varies. */
START_TEST(test_range_random_start)
{
	GoMap *m = rt_makemap(&t_map_int, 0, NULL, NULL);
	for (int64_t k = 0; k < 100; k++)
		*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)k) = k;
	uint8_t firsts[100] = {0};
	int distinct = 0;
	for (int i = 0; i < 50; i++) {
		GoMapIter it;
		rt_mapiterinit(&t_map_int, m, &it);
		int64_t k = *(int64_t *)it.key;
		distinct += !firsts[k];
		firsts[k] = 1;
	}
	ck_assert_int_gt(distinct, 5);
	/* even in a one-bucket map, the slot offset is random */
	GoMap *small = rt_makemap(&t_map_int, 0, NULL, NULL);
	for (int64_t k = 0; k < 8; k++)
		*(int64_t *)rt_mapassign_fast64(&t_map_int, small, (uint64_t)k) = k;
	memset(firsts, 0, sizeof firsts);
	distinct = 0;
	for (int i = 0; i < 50; i++) {
		GoMapIter it;
		rt_mapiterinit(&t_map_int, small, &it);
		int64_t k = *(int64_t *)it.key;
		distinct += !firsts[k];
		firsts[k] = 1;
	}
	ck_assert_int_gt(distinct, 2);
}
END_TEST

/* ---- growth to the same size ------------------------------------------------------ */

/* Churn: keep 6 entries a bucket while inserting new keys and deleting
 * the oldest.  The load never calls for doubling, but overflow buckets
 * pile up in the chains (a bucket that once held 9 keeps its overflow
 * bucket) until there are as many as buckets, and a same-size growth
 * packs the entries again. */
START_TEST(test_same_size_growth)
{
	enum { FILL = 1600, LIVE = 6 * 256, ROUNDS = 1000000 };
	GoMap *m = rt_makemap(&t_map_int, 0, NULL, NULL);
	for (int64_t k = 0; k < FILL; k++)   /* B = 8: 256 buckets */
		*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)k) = k;
	for (int64_t k = 0; k < FILL - LIVE; k++)
		rt_mapdelete_fast64(&t_map_int, m, (uint64_t)k);
	EXPECT_EQ(m->B, 8);
	int same_size = 0, was_same = 0, max_noverflow = 0;
	int64_t oldest = FILL - LIVE, next = FILL;   /* the live keys: [oldest, next) */
	for (int r = 0; r < ROUNDS && same_size < 3; r++) {
		*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)next) = next;
		next++;
		rt_mapdelete_fast64(&t_map_int, m, (uint64_t)oldest);
		oldest++;
		if (m->noverflow > max_noverflow)
			max_noverflow = m->noverflow;
		int is_same = (m->flags & FLAG_SAME_SIZE) != 0;
		same_size += is_same && !was_same;
		was_same = is_same;
		EXPECT_EQ(m->B, 8);   /* never doubles */
	}
	ck_assert_int_ge(same_size, 3);
	ck_assert_int_ge(max_noverflow, 256);   /* as many overflow buckets as buckets */
	EXPECT_EQ(m->count, LIVE);
	for (int64_t k = oldest; k < next; k++)
		EXPECT_EQ(*(int64_t *)rt_mapaccess1_fast64(&t_map_int, m, (uint64_t)k), k);
	EXPECT(!rt_mapaccess2_fast64(&t_map_int, m, (uint64_t)oldest - 1).b);
	int64_t iterated = 0;
	GoMapIter it;
	for (rt_mapiterinit(&t_map_int, m, &it); it.key; rt_mapiternext(&it))
		iterated++;
	EXPECT_EQ(iterated, LIVE);
}
END_TEST

/* ---- every kind of key -------------------------------------------------------------- */

/* n distinct keys of an integer map type, through the generic calls. */
#define INT_KEYS(mt, ctype, n, expr) do {                                                   \
	GoMap *m = rt_makemap(&(mt), 0, NULL, NULL);                                        \
	for (int64_t i = 0; i < (n); i++) {                                                 \
		ctype k = (ctype)(expr);                                                    \
		*(int64_t *)rt_mapassign(&(mt), m, &k) = i;                                 \
	}                                                                                   \
	EXPECT_EQ(m->count, (n));                                                    \
	for (int64_t i = 0; i < (n); i++) {                                                 \
		ctype k = (ctype)(expr);                                                    \
		RtPair r = rt_mapaccess2(&(mt), m, &k);                                     \
		EXPECT_MSG(r.b && *(int64_t *)(uintptr_t)r.a == i, #mt " key %lld", (long long)i); \
	}                                                                                   \
	for (int64_t i = 0; i < (n); i += 2) {                                              \
		ctype k = (ctype)(expr);                                                    \
		rt_mapdelete(&(mt), m, &k);                                                 \
	}                                                                                   \
	EXPECT_EQ(m->count, (n) / 2);                                                \
	for (int64_t i = 0; i < (n); i++) {                                                 \
		ctype k = (ctype)(expr);                                                    \
		EXPECT_EQ(rt_mapaccess2(&(mt), m, &k).b, i % 2);                     \
	}                                                                                   \
} while (0)

START_TEST(test_integer_keys)
{
	INT_KEYS(t_map_i8, int8_t, 256, i - 128);
	INT_KEYS(t_map_u8, uint8_t, 256, i);
	INT_KEYS(t_map_i16, int16_t, 20000, i * 3 - 30000);
	INT_KEYS(t_map_u16, uint16_t, 20000, i * 3);
	INT_KEYS(t_map_i32, int32_t, 20000, i * 100003 - 1000000000);
	INT_KEYS(t_map_u32, uint32_t, 20000, i * 200003);
	INT_KEYS(t_map_i64, int64_t, 20000, (i << 40) - i);
	INT_KEYS(t_map_u64, uint64_t, 20000, (uint64_t)i << 32);
	INT_KEYS(t_map_bool, uint8_t, 2, i);
}
END_TEST

START_TEST(test_pointer_and_array_keys)
{
	/* pointers: the fast64 path on a map the collector scans */
	int64_t targets[500];
	GoMap *m = rt_makemap(&t_map_ptr, 0, NULL, NULL);
	for (int i = 0; i < 500; i++)
		*(int64_t *)rt_mapassign_fast64(&t_map_ptr, m, (uint64_t)(uintptr_t)&targets[i]) = i;
	for (int i = 0; i < 500; i++) {
		int64_t *p = &targets[i];
		EXPECT_EQ(*(int64_t *)rt_mapaccess1(&t_map_ptr, m, &p), i);
	}
	EXPECT(!rt_mapaccess2_fast64(&t_map_ptr, m, 0).b);
	/* [3]int through rt_memhash */
	GoMap *a = rt_makemap(&t_map_arr, 0, NULL, NULL);
	for (int64_t i = 0; i < 3000; i++) {
		int64_t k[3] = {i, -i, i % 5};
		*(int64_t *)rt_mapassign(&t_map_arr, a, k) = i;
	}
	for (int64_t i = 0; i < 3000; i++) {
		int64_t k[3] = {i, -i, i % 5}, other[3] = {i, i, i % 5};
		EXPECT_EQ(*(int64_t *)rt_mapaccess1(&t_map_arr, a, k), i);
		EXPECT_EQ(rt_mapaccess2(&t_map_arr, a, other).b, i == 0);
	}
}
END_TEST

/* Struct keys through rt_typehash/rt_typeequal: equal strings at other
 * addresses are the same key; a blank field does not count. */
START_TEST(test_struct_keys)
{
	GoMap *m = rt_makemap(&t_map_K, 0, NULL, NULL);
	for (int64_t i = 0; i < 2000; i++) {
		CK k = {heap_key(i / 3), i % 3};
		*(int64_t *)rt_mapassign(&t_map_K, m, &k) = i;
	}
	EXPECT_EQ(m->count, 2000);
	char buf[32];
	for (int64_t i = 0; i < 2000; i++) {
		CK k = {c_key(buf, i / 3), i % 3};
		EXPECT_EQ(*(int64_t *)rt_mapaccess1(&t_map_K, m, &k), i);
		CK miss = {c_key(buf, i / 3), 3};
		EXPECT(!rt_mapaccess2(&t_map_K, m, &miss).b);
	}
	GoMap *b = rt_makemap(&t_map_blank, 0, NULL, NULL);
	CBlank k1 = {1, 111, GS("x")}, k2 = {1, 222, GS("x")}, k3 = {2, 111, GS("x")};
	EXPECT_EQ(rt_typehash(&t_Blank, &k1, 99), rt_typehash(&t_Blank, &k2, 99));
	*(int64_t *)rt_mapassign(&t_map_blank, b, &k1) = 1;
	*(int64_t *)rt_mapassign(&t_map_blank, b, &k2) = 2;
	*(int64_t *)rt_mapassign(&t_map_blank, b, &k3) = 3;
	EXPECT_EQ(b->count, 2);
	EXPECT_EQ(*(int64_t *)rt_mapaccess1(&t_map_blank, b, &k1), 2);
}
END_TEST

/* interface{} keys holding ints and strings (and nil); interfaces with
 * methods compare their dynamic types, not their itabs. */
START_TEST(test_interface_keys)
{
	GoMap *m = rt_makemap(&t_map_any, 0, NULL, NULL);
	for (int64_t i = 0; i < 1000; i++) {
		int64_t *box = rt_alloc_noscan(8);
		*box = i;
		GoEface ki = {&t_int, box};
		*(int64_t *)rt_mapassign(&t_map_any, m, &ki) = i;
		GoString *sbox = rt_alloc(16);
		*sbox = heap_key(i);
		GoEface ks = {&t_string, sbox};
		*(int64_t *)rt_mapassign(&t_map_any, m, &ks) = -i;
	}
	GoEface nil = {NULL, NULL};
	*(int64_t *)rt_mapassign(&t_map_any, m, &nil) = 7777;
	EXPECT_EQ(m->count, 2001);
	char buf[32];
	for (int64_t i = 0; i < 1000; i++) {
		int64_t v = i;
		GoEface ki = {&t_int, &v};
		EXPECT_EQ(*(int64_t *)rt_mapaccess1(&t_map_any, m, &ki), i);
		GoString s = c_key(buf, i);
		GoEface ks = {&t_string, &s};
		EXPECT_EQ(*(int64_t *)rt_mapaccess1(&t_map_any, m, &ks), -i);
		int64_t v8 = i;
		GoEface other = {&t_int64, &v8};   /* same bits, another type: another key */
		EXPECT(!rt_mapaccess2(&t_map_any, m, &other).b);
	}
	EXPECT_EQ(*(int64_t *)rt_mapaccess1(&t_map_any, m, &nil), 7777);
	rt_mapdelete(&t_map_any, m, &nil);
	EXPECT(!rt_mapaccess2(&t_map_any, m, &nil).b);

	GoMap *mi = rt_makemap(&t_map_I, 0, NULL, NULL);
	int64_t x = 5, y = 5, z = 6;
	GoIface a = {(const GoItab *)&itab_a, &x}, b = {(const GoItab *)&itab_b, &y}, c = {(const GoItab *)&itab_a, &z};
	EXPECT_EQ(rt_interhash(&t_I, &a, 3), rt_interhash(&t_I, &b, 3));
	*(int64_t *)rt_mapassign(&t_map_I, mi, &a) = 1;
	*(int64_t *)rt_mapassign(&t_map_I, mi, &b) = 2;
	*(int64_t *)rt_mapassign(&t_map_I, mi, &c) = 3;
	EXPECT_EQ(mi->count, 2);
	EXPECT_EQ(*(int64_t *)rt_mapaccess1(&t_map_I, mi, &a), 2);
}
END_TEST

static void insert_unhashable(void)
{
	GoMap *m = rt_makemap(&t_map_any, 0, NULL, NULL);
	GoSlice s = {NULL, 0, 0};
	GoEface k = {&t_slice_int, &s};
	*(int64_t *)rt_mapassign(&t_map_any, m, &k) = 1;
}

static void lookup_unhashable_empty(void)
{
	/* even a nil map hashes the key, to panic as gc does */
	GoSlice s = {NULL, 0, 0};
	GoEface k = {&t_slice_int, &s};
	rt_mapaccess1(&t_map_any, NULL, &k);
}

static void insert_unhashable_struct(void)
{
	GoMap *m = rt_makemap(&t_map_any, 0, NULL, NULL);
	GoSlice s = {NULL, 0, 0};
	GoEface k = {&t_HasSlice, &s};
	*(int64_t *)rt_mapassign(&t_map_any, m, &k) = 1;
}

START_TEST(test_unhashable_panics)
{
	Child c;
	run_child(insert_unhashable, &c);
	ck_assert_child(&c, 2, "panic: runtime error: hash of unhashable type []int\n\ngoroutine 1 [running]:\nmain.main()\n");
	run_child(lookup_unhashable_empty, &c);
	ck_assert_child(&c, 2, "panic: runtime error: hash of unhashable type []int\n\ngoroutine 1 [running]:\nmain.main()\n");
	run_child(insert_unhashable_struct, &c);
	ck_assert_child(&c, 2, "panic: runtime error: hash of unhashable type main.HasSlice\n\ngoroutine 1 [running]:\nmain.main()\n");
}
END_TEST

/* Keys and elements over 128 bytes live outside the buckets. */
START_TEST(test_indirect)
{
	GoMap *m = rt_makemap(&t_map_big, 0, NULL, NULL);
	for (int64_t i = 0; i < 500; i++) {
		int64_t k[20] = {0};
		k[0] = i;
		k[19] = -i;
		int64_t *e = rt_mapassign(&t_map_big, m, k);
		for (int j = 0; j < 40; j++)
			EXPECT_EQ(e[j], 0);   /* a new element is zero */
		e[0] = i;
		e[39] = 2 * i;
	}
	runtime_GC();
	for (int64_t i = 0; i < 500; i++) {
		int64_t k[20] = {0};
		k[0] = i;
		k[19] = -i;
		int64_t *e = rt_mapaccess1(&t_map_big, m, k);
		EXPECT_EQ(e[0], i);
		EXPECT_EQ(e[39], 2 * i);
		if (i % 2)
			rt_mapdelete(&t_map_big, m, k);
	}
	EXPECT_EQ(m->count, 250);
	int64_t n = 0;
	GoMapIter it;
	for (rt_mapiterinit(&t_map_big, m, &it); it.key; rt_mapiternext(&it)) {
		int64_t *k = it.key, *e = it.elem;
		EXPECT_EQ(k[0] % 2, 0);
		EXPECT_EQ(k[19], -k[0]);
		EXPECT_EQ(e[39], 2 * k[0]);
		n++;
	}
	EXPECT_EQ(n, 250);
	/* a miss yields 320 zero bytes; one of [200]int, 1600 zero bytes */
	int64_t k[20] = {0};
	k[0] = 1;
	int64_t *z = rt_mapaccess1(&t_map_big, m, k);
	for (int j = 0; j < 40; j++)
		EXPECT_EQ(z[j], 0);
	int64_t three = 3;
	z = rt_mapaccess1(&t_map_huge, NULL, &three);
	for (int j = 0; j < 200; j++)
		EXPECT_EQ(z[j], 0);
	/* (the _fast64 forms take only inline elements, as gc's) */
	GoMap *h = rt_makemap(&t_map_huge, 0, NULL, NULL);
	int64_t one = 1, two = 2;
	((int64_t *)rt_mapassign(&t_map_huge, h, &one))[199] = 5;
	z = rt_mapaccess1(&t_map_huge, h, &two);
	for (int j = 0; j < 200; j++)
		EXPECT_EQ(z[j], 0);
	EXPECT_EQ(((int64_t *)rt_mapaccess1(&t_map_huge, h, &one))[199], 5);
}
END_TEST

/* ---- headers and buckets in the caller's frame ------------------------------------- */

START_TEST(test_stack_header)
{
	GoMap hdr;
	uint8_t bucket[8 + 64 + 64 + 8] __attribute__((aligned(8)));
	memset(&hdr, 0xa5, sizeof hdr);      /* makemap zeroes them itself */
	memset(bucket, 0xa5, sizeof bucket);
	GoMap *m = rt_makemap(&t_map_int, 8, &hdr, bucket);
	ck_assert_ptr_eq(m, &hdr);
	ck_assert_ptr_eq(m->buckets, bucket);
	EXPECT_EQ(m->B, 0);
	for (int64_t k = 0; k < 8; k++)
		*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)k) = k * k;
	ck_assert_ptr_eq(m->buckets, bucket);   /* 8 fit in the first bucket */
	for (int64_t k = 8; k < 100; k++)
		*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)k) = k * k;
	ck_assert_ptr_ne(m->buckets, bucket);
	runtime_GC();
	for (int64_t k = 0; k < 100; k++)
		EXPECT_EQ(*(int64_t *)rt_mapaccess1_fast64(&t_map_int, m, (uint64_t)k), k * k);
	/* a header alone, with a hint too big for one bucket */
	GoMap hdr2;
	GoMap *m2 = rt_makemap(&t_map_int, 100, &hdr2, NULL);
	ck_assert_ptr_eq(m2, &hdr2);
	EXPECT_EQ(m2->B, 4);
	/* no header: the bucket is not used (it would belong to a frame) */
	GoMap *m3 = rt_makemap(&t_map_int, 0, NULL, bucket);
	ck_assert_ptr_null(m3->buckets);
}
END_TEST

/* ---- nil maps and misuse ----------------------------------------------------------- */

START_TEST(test_nil_map)
{
	int64_t k = 3;
	int64_t *z = rt_mapaccess1(&t_map_int, NULL, &k);
	ck_assert_ptr_nonnull(z);
	EXPECT_EQ(*z, 0);
	RtPair r = rt_mapaccess2_fast64(&t_map_int, NULL, 3);
	EXPECT_EQ(r.b, 0);
	EXPECT_EQ(*(int64_t *)(uintptr_t)r.a, 0);
	r = rt_mapaccess2_faststr(&t_map_str, NULL, (const uint8_t *)"a", 1);
	EXPECT_EQ(r.b, 0);
	EXPECT_EQ(*(int64_t *)(uintptr_t)r.a, 0);
	GoString *zs = rt_mapaccess1_faststr(&t_map_str_str, NULL, (const uint8_t *)"a", 1);
	ck_assert_ptr_null(zs->ptr);
	EXPECT_EQ(zs->len, 0);
	rt_mapdelete(&t_map_int, NULL, &k);
	rt_mapdelete_fast64(&t_map_int, NULL, 3);
	rt_mapdelete_faststr(&t_map_str, NULL, (const uint8_t *)"a", 1);
	GoMapIter it;
	memset(&it, 0xee, sizeof it);
	rt_mapiterinit(&t_map_int, NULL, &it);
	ck_assert_ptr_null(it.key);
	/* an empty map: the same */
	GoMap *m = rt_makemap(&t_map_int, 0, NULL, NULL);
	EXPECT_EQ(rt_mapaccess2(&t_map_int, m, &k).b, 0);
	rt_mapiterinit(&t_map_int, m, &it);
	ck_assert_ptr_null(it.key);
	rt_mapiternext(&it);
	ck_assert_ptr_null(it.key);
	/* emptied by deletes: iteration yields nothing, and the seed changes */
	*(int64_t *)rt_mapassign_fast64(&t_map_int, m, 1) = 1;
	uint64_t seed = m->seed;
	rt_mapdelete_fast64(&t_map_int, m, 1);
	EXPECT(m->seed != seed);
	rt_mapiterinit(&t_map_int, m, &it);
	ck_assert_ptr_null(it.key);
}
END_TEST

static void assign_nil_fast64(void)
{
	rt_mapassign_fast64(&t_map_int, NULL, 1);
}

static void assign_nil_faststr(void)
{
	rt_mapassign_faststr(&t_map_str, NULL, (const uint8_t *)"a", 1);
}

static void assign_nil_generic(void)
{
	int64_t k = 1;
	rt_mapassign(&t_map_int, NULL, &k);
}

START_TEST(test_nil_map_assign_panics)
{
	static const char want[] = "panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.main()\n";
	Child c;
	run_child(assign_nil_fast64, &c);
	ck_assert_child(&c, 2, want);
	run_child(assign_nil_faststr, &c);
	ck_assert_child(&c, 2, want);
	run_child(assign_nil_generic, &c);
	ck_assert_child(&c, 2, want);
}
END_TEST

/* Another writer is in the middle of a write: the flag says so. */
static GoMap *writing_map(void)
{
	GoMap *m = rt_makemap(&t_map_int, 0, NULL, NULL);
	*(int64_t *)rt_mapassign_fast64(&t_map_int, m, 1) = 1;
	m->flags |= FLAG_WRITING;
	return m;
}

static void write_while_writing(void)
{
	rt_mapassign_fast64(&t_map_int, writing_map(), 2);
}

static void delete_while_writing(void)
{
	int64_t k = 1;
	rt_mapdelete(&t_map_int, writing_map(), &k);
}

static void read_while_writing(void)
{
	rt_mapaccess1_fast64(&t_map_int, writing_map(), 1);
}

static void iterate_while_writing(void)
{
	GoMap *m = rt_makemap(&t_map_int, 0, NULL, NULL);
	for (int64_t k = 0; k < 20; k++)
		*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)k) = k;
	GoMapIter it;
	rt_mapiterinit(&t_map_int, m, &it);
	m->flags |= FLAG_WRITING;
	rt_mapiternext(&it);
}

START_TEST(test_concurrent_misuse)
{
	Child c;
	run_child(write_while_writing, &c);
	ck_assert_child(&c, 2, "fatal error: concurrent map writes\n\ngoroutine 1 [running]:\nmain.main()\n");
	run_child(delete_while_writing, &c);
	ck_assert_child(&c, 2, "fatal error: concurrent map writes\n\ngoroutine 1 [running]:\nmain.main()\n");
	run_child(read_while_writing, &c);
	ck_assert_child(&c, 2, "fatal error: concurrent map read and map write\n\ngoroutine 1 [running]:\nmain.main()\n");
	run_child(iterate_while_writing, &c);
	ck_assert_child(&c, 2, "fatal error: concurrent map iteration and map write\n\ngoroutine 1 [running]:\nmain.main()\n");
}
END_TEST

/* ---- hashes -------------------------------------------------------------------------- */

START_TEST(test_hash_functions)
{
	/* the fast paths' inline hashes are the descriptors' hashes */
	for (uint64_t i = 0; i < 1000; i++) {
		uint64_t v = i * 0x9E3779B97F4A7C15ull, seed = next_rand();
		EXPECT(rt_hash64(v, seed) == rt_wyhash(&v, 8, seed));
		EXPECT(rt_memhash64(&t_int, &v, seed) == rt_wyhash(&v, 8, seed));
		char buf[80];
		int n = (int)(i % 70);
		memset(buf, 'a' + (int)(i % 26), sizeof buf);
		GoString s = {(const uint8_t *)buf, n};
		EXPECT(rt_strhash(&t_string, &s, seed) == rt_wyhash(buf, n, seed));
		EXPECT(rt_typehash(&t_string, &s, seed) == rt_wyhash(buf, n, seed));
	}
	/* every length hashes every byte: flipping one changes the hash */
	uint8_t buf[200];
	for (int n = 1; n < 200; n++) {
		memset(buf, 7, sizeof buf);
		uint64_t h = rt_wyhash(buf, n, 42);
		for (int i = 0; i < n; i++) {
			buf[i] ^= 1;
			EXPECT(rt_wyhash(buf, n, 42) != h);
			buf[i] ^= 1;
		}
		EXPECT(rt_wyhash(buf, n, 43) != h);
	}
	/* sequential keys spread over buckets and tophash bytes */
	int low[256] = {0}, top[256] = {0};
	for (uint64_t i = 0; i < 256 * 64; i++) {
		uint64_t h = rt_hash64(i, 12345);
		low[h & 255]++;
		top[h >> 56]++;
	}
	for (int i = 0; i < 256; i++) {
		ck_assert_int_gt(low[i], 20);
		ck_assert_int_lt(low[i], 120);
		ck_assert_int_gt(top[i], 20);
		ck_assert_int_lt(top[i], 120);
	}
}
END_TEST

/* Each map draws its own seed: the same key hashes differently. */
START_TEST(test_seed_random)
{
	GoMap *a = rt_makemap(&t_map_int, 0, NULL, NULL);
	GoMap *b = rt_makemap(&t_map_int, 0, NULL, NULL);
	EXPECT(a->seed != b->seed);
	uint64_t k = 12345;
	EXPECT(rt_memhash64(&t_int, &k, a->seed) != rt_memhash64(&t_int, &k, b->seed));
	EXPECT(rt_fastrand() != rt_fastrand());
}
END_TEST

/* ---- GOSUBDEBUG=maptrace=1 ---------------------------------------------------------- */

static void traced_inserts(void)
{
	setenv("GOSUBDEBUG", "gctrace=0,maptrace=1", 1);
	rt_map_configure();
	GoMap *m = rt_makemap(&t_map_int, 0, NULL, NULL);
	for (int64_t k = 0; k < 200; k++)
		*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)k) = k;
	char buf[64];
	int n = snprintf(buf, sizeof buf, "header %p\n", (void *)m);
	rt_write_all(2, buf, n);
}

START_TEST(test_maptrace)
{
	Child c;
	run_child(traced_inserts, &c);
	EXPECT_EQ(c.status, 0);
	/* the last line names the map */
	char *last = strstr(c.text, "header ");
	ck_assert_ptr_nonnull(last);
	char addr[32];
	EXPECT_EQ(sscanf(last, "header %31s", addr), 1);
	char want[256];
	snprintf(want, sizeof want,
		 "map %s grow: B 0->1 (load 9.0)\nmap %s evacuating bucket 0 -> 0,1\nmap %s grow done: B 1\n"
		 "map %s grow: B 1->2 (load 7.0)\n", addr, addr, addr, addr);
	EXPECT_MSG(strncmp(c.text, want, strlen(want)) == 0, "trace:\n%s", c.text);
	/* 200 keys: B 0 -> 5, each growth done, every old bucket evacuated once */
	char prefix[64];
	int plen = snprintf(prefix, sizeof prefix, "map %s ", addr);
	int grows = 0, dones = 0, evacs = 0;
	for (char *line = c.text; line < last; line = strchr(line, '\n') + 1) {
		EXPECT_MSG(strncmp(line, prefix, (size_t)plen) == 0, "line %.40s", line);
		grows += strncmp(line + plen, "grow: ", 6) == 0;
		dones += strncmp(line + plen, "grow done: ", 11) == 0;
		evacs += strncmp(line + plen, "evacuating bucket ", 18) == 0;
	}
	EXPECT_EQ(grows, 5);
	EXPECT_EQ(dones, 5);
	EXPECT_EQ(evacs, 1 + 2 + 4 + 8 + 16);
	ck_assert_ptr_nonnull(strstr(c.text, "grow: B 4->5 (load 6.6)\n"));
	ck_assert_ptr_nonnull(strstr(c.text, "evacuating bucket 13 -> 13,29\n"));
}
END_TEST

/* ---- the collector ------------------------------------------------------------------- */

/* A map[int]int's buckets are noscan: its overflow buckets survive only
 * through the header's overflow list.  Under gcstress every allocation
 * collects first, so anything unreachable is freed (and zeroed) at once. */
START_TEST(test_gc_overflow_buckets)
{
	rt_gc_set_debug(0, 1);
	GoMap *m = rt_makemap(&t_map_int, 0, NULL, NULL);
	/* 400 keys in 64 buckets: a fifth of them overflow, more than the
	 * 4 spare buckets of the array hold */
	for (int64_t k = 0; k < 400; k++)
		*(int64_t *)rt_mapassign_fast64(&t_map_int, m, (uint64_t)k) = k + 1;
	rt_gc_set_debug(0, 0);
	EXPECT_EQ(m->B, 6);
	ck_assert_int_gt(m->noverflow, 4);
	runtime_GC();
	runtime_GC();
	for (int64_t k = 0; k < 400; k++)
		EXPECT_EQ(*(int64_t *)rt_mapaccess1_fast64(&t_map_int, m, (uint64_t)k), k + 1);
	/* a map[string]int's buckets are scanned: keys on the heap survive */
	rt_gc_set_debug(0, 1);
	GoMap *s = rt_makemap(&t_map_str, 0, NULL, NULL);
	for (int64_t k = 0; k < 300; k++) {
		GoString key = heap_key(k);
		*(int64_t *)rt_mapassign_faststr(&t_map_str, s, key.ptr, key.len) = k;
	}
	rt_gc_set_debug(0, 0);
	runtime_GC();
	char buf[32];
	for (int64_t k = 0; k < 300; k++) {
		GoString key = c_key(buf, k);
		EXPECT_EQ(*(int64_t *)rt_mapaccess1_faststr(&t_map_str, s, key.ptr, key.len), k);
	}
	GoMapIter it;
	int64_t n = 0;
	for (rt_mapiterinit(&t_map_str, s, &it); it.key; rt_mapiternext(&it)) {
		GoString *key = it.key;
		EXPECT_EQ(key->ptr[0], 'k');
		n++;
	}
	EXPECT_EQ(n, 300);
}
END_TEST

/* ---- fmt -------------------------------------------------------------------------------- */

static GoString sprintf_go(const char *f, GoEface *args, int64_t n)
{
	return fmt_Sprintf((const uint8_t *)f, (int64_t)strlen(f), args, n, n);
}

#define ck_assert_gostr(s, want) do {                                                     \
	GoString s_ = (s);                                                                 \
	EXPECT_MSG(s_.len == (int64_t)strlen(want) && memcmp(s_.ptr, want, (size_t)s_.len) == 0, \
		      "got %.*s, want %s", (int)s_.len, (const char *)s_.ptr, want);       \
} while (0)

static void put_str_int(GoMap *m, const char *k, int64_t v)
{
	*(int64_t *)rt_mapassign_faststr(&t_map_str, m, (const uint8_t *)k, (int64_t)strlen(k)) = v;
}

START_TEST(test_fmt_maps)
{
	GoMap *m = rt_makemap(&t_map_str, 0, NULL, NULL);
	put_str_int(m, "b", 2);
	put_str_int(m, "a", 1);
	put_str_int(m, "c", 3);
	GoEface a[] = {{&t_map_str.type, m}};
	ck_assert_gostr(sprintf_go("%v", a, 1), "map[a:1 b:2 c:3]");
	ck_assert_gostr(sprintf_go("%+v", a, 1), "map[a:1 b:2 c:3]");
	ck_assert_gostr(sprintf_go("%#v", a, 1), "map[string]int{\"a\":1, \"b\":2, \"c\":3}");
	ck_assert_gostr(sprintf_go("%d", a, 1), "map[%!d(string=a):1 %!d(string=b):2 %!d(string=c):3]");
	ck_assert_gostr(sprintf_go("%x", a, 1), "map[61:1 62:2 63:3]");
	ck_assert_gostr(sprintf_go("%s", a, 1), "map[a:%!s(int=1) b:%!s(int=2) c:%!s(int=3)]");
	ck_assert_gostr(sprintf_go("%T", a, 1), "map[string]int");
	ck_assert_gostr(sprintf_go("%5d", a, 1),
			"map[%!d(string=    a):    1 %!d(string=    b):    2 %!d(string=    c):    3]");
	ck_assert_gostr(sprintf_go("%q", a, 1), "map[\"a\":'\\x01' \"b\":'\\x02' \"c\":'\\x03']");
	char want[64];
	snprintf(want, sizeof want, "%p", (void *)m);
	ck_assert_gostr(sprintf_go("%p", a, 1), want);
	/* nil and empty maps */
	GoEface nilm[] = {{&t_map_str.type, NULL}, {&t_map_str.type, NULL}, {&t_map_str.type, NULL},
			  {&t_map_str.type, NULL}};
	ck_assert_gostr(sprintf_go("%v %#v %T %d", nilm, 4), "map[] map[string]int(nil) map[string]int map[]");
	GoMap *none = rt_makemap(&t_map_str, 0, NULL, NULL);
	GoEface empty[] = {{&t_map_str.type, none}, {&t_map_str.type, none}};
	ck_assert_gostr(sprintf_go("%v|%#v", empty, 2), "map[]|map[string]int{}");
	/* Print, Println */
	GoEface p[] = {a[0], nilm[0], {&t_int, &(int64_t){5}}};
	ck_assert_gostr(fmt_Sprint(p, 3, 3), "map[a:1 b:2 c:3] map[] 5");
	ck_assert_gostr(fmt_Sprintln(p, 2, 2), "map[a:1 b:2 c:3] map[]\n");
	/* a named map type */
	const GoType *tm = &t_map_M.type;
	GoEface named[] = {{tm, m}, {tm, m}, {tm, m}, {tm, NULL}, {tm, NULL}};
	ck_assert_gostr(sprintf_go("%v|%#v|%T|%v|%#v", named, 5),
			"map[a:1 b:2 c:3]|main.M{\"a\":1, \"b\":2, \"c\":3}|main.M|map[]|main.M(nil)");
}
END_TEST

/* Key orders: fmtsort's, for each kind of key. */
START_TEST(test_fmt_key_order)
{
	GoMap *mi = rt_makemap(&t_map_int_str, 0, NULL, NULL);
	static const int64_t ik[] = {3, -1, 10, -20};
	static const GoString iv[] = {GS("c"), GS("a"), GS("x"), GS("y")};
	for (int i = 0; i < 4; i++)
		*(GoString *)rt_mapassign_fast64(&t_map_int_str, mi, (uint64_t)ik[i]) = iv[i];
	GoEface a[] = {{&t_map_int_str.type, mi}, {&t_map_int_str.type, mi}, {&t_map_int_str.type, mi},
		       {&t_map_int_str.type, mi}};
	ck_assert_gostr(sprintf_go("%v|%#v|%q|%x", a, 4),
			"map[-20:y -1:a 3:c 10:x]|map[int]string{-20:\"y\", -1:\"a\", 3:\"c\", 10:\"x\"}|"
			"map['\xef\xbf\xbd':\"y\" '\xef\xbf\xbd':\"a\" '\\x03':\"c\" '\\n':\"x\"]|map[-14:79 -1:61 3:63 a:78]");
	GoMap *mb = rt_makemap(&t_map_bool, 0, NULL, NULL);
	uint8_t t = 1, f = 0;
	*(int64_t *)rt_mapassign(&t_map_bool, mb, &t) = 1;
	*(int64_t *)rt_mapassign(&t_map_bool, mb, &f) = 0;
	GoEface b[] = {{&t_map_bool.type, mb}, {&t_map_bool.type, mb}};
	ck_assert_gostr(sprintf_go("%v|%#v", b, 2), "map[false:0 true:1]|map[bool]int{false:0, true:1}");
	GoMap *mu = rt_makemap(&t_map_u8, 0, NULL, NULL);
	static const uint8_t uk[] = {200, 3, 17};
	for (int i = 0; i < 3; i++)
		*(int64_t *)rt_mapassign(&t_map_u8, mu, &uk[i]) = i + 1;
	GoEface u[] = {{&t_map_u8.type, mu}, {&t_map_u8.type, mu}};
	ck_assert_gostr(sprintf_go("%v|%#v", u, 2), "map[3:2 17:3 200:1]|map[uint8]int{0x3:2, 0x11:3, 0xc8:1}");
	GoMap *mu64 = rt_makemap(&t_map_u64, 0, NULL, NULL);
	uint64_t big = (uint64_t)1 << 63, three = 3;
	*(int64_t *)rt_mapassign(&t_map_u64, mu64, &big) = 1;
	*(int64_t *)rt_mapassign(&t_map_u64, mu64, &three) = 2;
	GoEface u64[] = {{&t_map_u64.type, mu64}, {&t_map_u64.type, mu64}};
	ck_assert_gostr(sprintf_go("%v|%#v", u64, 2),
			"map[3:2 9223372036854775808:1]|map[uint64]int{0x3:2, 0x8000000000000000:1}");
	GoMap *m8 = rt_makemap(&t_map_i8, 0, NULL, NULL);
	static const int8_t k8[] = {-128, 127, 0};
	for (int i = 0; i < 3; i++)
		*(int64_t *)rt_mapassign(&t_map_i8, m8, &k8[i]) = i + 1;
	GoEface e8[] = {{&t_map_i8.type, m8}};
	ck_assert_gostr(sprintf_go("%v", e8, 1), "map[-128:1 0:3 127:2]");
	/* arrays */
	GoMap *ma = rt_makemap(&t_map_arr2, 0, NULL, NULL);
	static const int64_t ak[3][2] = {{2, 1}, {1, 2}, {1, 1}};
	static const GoString av[] = {GS("b"), GS("a"), GS("c")};
	for (int i = 0; i < 3; i++)
		*(GoString *)rt_mapassign(&t_map_arr2, ma, ak[i]) = av[i];
	GoEface arr[] = {{&t_map_arr2.type, ma}, {&t_map_arr2.type, ma}};
	ck_assert_gostr(sprintf_go("%v|%#v", arr, 2),
			"map[[1 1]:c [1 2]:a [2 1]:b]|map[[2]int]string{[2]int{1, 1}:\"c\", [2]int{1, 2}:\"a\", "
			"[2]int{2, 1}:\"b\"}");
	/* structs */
	GoMap *mk = rt_makemap(&t_map_K, 0, NULL, NULL);
	CK kk[] = {{GS("b"), 1}, {GS("a"), 2}, {GS("a"), 1}};
	for (int i = 0; i < 3; i++)
		*(int64_t *)rt_mapassign(&t_map_K, mk, &kk[i]) = i + 1;
	GoEface st[] = {{&t_map_K.type, mk}, {&t_map_K.type, mk}, {&t_map_K.type, mk}};
	ck_assert_gostr(sprintf_go("%v|%+v|%#v", st, 3),
			"map[{a 1}:3 {a 2}:2 {b 1}:1]|map[{S:a N:1}:3 {S:a N:2}:2 {S:b N:1}:1]|"
			"map[main.K]int{main.K{S:\"a\", N:1}:3, main.K{S:\"a\", N:2}:2, main.K{S:\"b\", N:1}:1}");
	/* interfaces: nil first, then by type (int's descriptor first), then value */
	GoMap *me = rt_makemap(&t_map_any, 0, NULL, NULL);
	GoEface ek[] = {{NULL, NULL}, {&t_int, &(int64_t){2}}, {&t_int, &(int64_t){1}},
			{&t_string, &(GoString)GS("x")}, {&t_string, &(GoString)GS("a")}};
	static const int64_t ev[] = {0, 1, 2, 3, 4};
	for (int i = 0; i < 5; i++)
		*(int64_t *)rt_mapassign(&t_map_any, me, &ek[i]) = ev[i];
	GoEface ifc[] = {{&t_map_any.type, me}, {&t_map_any.type, me}};
	ck_assert_gostr(sprintf_go("%v|%#v", ifc, 2),
			"map[<nil>:0 1:2 2:1 a:4 x:3]|map[interface {}]int{interface {}(nil):0, 1:2, 2:1, \"a\":4, "
			"\"x\":3}");
}
END_TEST

/* Maps inside structs, slices, pointers and maps. */
typedef struct CW {
	GoMap *m;
} CW;
static const GoField f_W[] = {{GS("M"), &t_map_str.type, 0, 0}};
static const GoType t_W = {.size = 8, .kind = KIND_STRUCT, .name = GS("main.W"), .named = 1, .fields = f_W,
			   .nfields = 1};
static const GoType t_ptr_W = {.size = 8, .kind = KIND_POINTER, .name = GS("*main.W"), .elem = &t_W};
static const GoType t_slice_map = {.size = 24, .kind = KIND_SLICE, .name = GS("[]map[string]int"),
				   .elem = &t_map_str.type};
static const GoType t_ptr_map = {.size = 8, .kind = KIND_POINTER, .name = GS("*map[string]int"),
				 .elem = &t_map_str.type};

START_TEST(test_fmt_nested)
{
	GoMap *m = rt_makemap(&t_map_str, 0, NULL, NULL);
	put_str_int(m, "b", 2);
	put_str_int(m, "a", 1);
	CW w = {m};
	GoEface a[] = {{&t_W, &w}, {&t_W, &w}, {&t_W, &w}};
	ck_assert_gostr(sprintf_go("%v|%+v|%#v", a, 3),
			"{map[a:1 b:2]}|{M:map[a:1 b:2]}|main.W{M:map[string]int{\"a\":1, \"b\":2}}");
	GoMap *one = rt_makemap(&t_map_str, 0, NULL, NULL);
	put_str_int(one, "a", 1);
	GoMap *elems[2] = {one, NULL};
	GoSlice sl = {elems, 2, 2};
	GoEface s[] = {{&t_slice_map, &sl}, {&t_slice_map, &sl}};
	ck_assert_gostr(sprintf_go("%v|%#v", s, 2),
			"[map[a:1] map[]]|[]map[string]int{map[string]int{\"a\":1}, map[string]int(nil)}");
	GoMap *mc = rt_makemap(&t_map_str, 0, NULL, NULL);
	put_str_int(mc, "c", 3);
	put_str_int(mc, "b", 2);
	put_str_int(mc, "a", 1);
	GoEface p[] = {{&t_ptr_map, &mc}, {&t_ptr_W, &w}};
	ck_assert_gostr(sprintf_go("%v|%+v", p, 2), "&map[a:1 b:2 c:3]|&{M:map[a:1 b:2]}");
	/* a map of maps */
	GoMap *mm = rt_makemap(&t_map_map, 0, NULL, NULL);
	GoMap *inner = rt_makemap(&t_map_str, 0, NULL, NULL);
	put_str_int(inner, "b", 1);
	put_str_int(inner, "a", 2);
	*(GoMap **)rt_mapassign_faststr(&t_map_map, mm, (const uint8_t *)"z", 1) = inner;
	*(GoMap **)rt_mapassign_faststr(&t_map_map, mm, (const uint8_t *)"y", 1) = NULL;
	GoEface n[] = {{&t_map_map.type, mm}, {&t_map_map.type, mm}};
	ck_assert_gostr(sprintf_go("%v|%#v", n, 2),
			"map[y:map[] z:map[a:2 b:1]]|map[string]map[string]int{\"y\":map[string]int(nil), "
			"\"z\":map[string]int{\"a\":2, \"b\":1}}");
}
END_TEST

static Suite *map_suite(void)
{
	Suite *s = suite_create("map");
	TCase *tc = tcase_create("basics");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_int_reference);
	tcase_add_test(tc, test_growth_every_size);
	tcase_add_test(tc, test_hint);
	tcase_add_test(tc, test_big_with_deletes);
	tcase_add_test(tc, test_key_update);
	tcase_add_test(tc, test_same_size_growth);
	suite_add_tcase(s, tc);
	tc = tcase_create("iteration");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_range_plain);
	tcase_add_test(tc, test_range_across_growth);
	tcase_add_test(tc, test_range_started_mid_growth);
	tcase_add_test(tc, test_range_growth_other_keys);
	tcase_add_test(tc, test_range_random_start);
	suite_add_tcase(s, tc);
	tc = tcase_create("keys");
	tcase_add_test(tc, test_integer_keys);
	tcase_add_test(tc, test_pointer_and_array_keys);
	tcase_add_test(tc, test_struct_keys);
	tcase_add_test(tc, test_interface_keys);
	tcase_add_test(tc, test_unhashable_panics);
	tcase_add_test(tc, test_indirect);
	tcase_add_test(tc, test_hash_functions);
	tcase_add_test(tc, test_seed_random);
	suite_add_tcase(s, tc);
	tc = tcase_create("memory and misuse");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_stack_header);
	tcase_add_test(tc, test_nil_map);
	tcase_add_test(tc, test_nil_map_assign_panics);
	tcase_add_test(tc, test_concurrent_misuse);
	tcase_add_test(tc, test_maptrace);
	tcase_add_test(tc, test_gc_overflow_buckets);
	suite_add_tcase(s, tc);
	tc = tcase_create("fmt");
	tcase_add_test(tc, test_fmt_maps);
	tcase_add_test(tc, test_fmt_key_order);
	tcase_add_test(tc, test_fmt_nested);
	suite_add_tcase(s, tc);
	return s;
}

int main(int argc, char **argv)
{
	(void)argc;
	rt_gc_init(argv);
	SRunner *sr = srunner_create(map_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
