/* hash.c — the hashes and equalities of map keys, and the runtime's
 * random numbers.
 *
 * A map type's descriptor names one hash and one equality for its key
 * (abi.h's GoMapType.hasher and .equal); the compiler picks them from the
 * key type, as gc does:
 *
 *     key type                             hash             equality
 *     1, 2, 4, 8-byte integers, bool,      rt_memhash8..64  rt_memequal8..64
 *       pointers, channels
 *     arrays and structs of plain bytes    rt_memhash       rt_memequal_t
 *     string                               rt_strhash       rt_strequal
 *     interface with methods               rt_interhash     rt_interequal
 *     interface{}                          rt_nilinterhash  rt_nilinterequal
 *     arrays and structs holding strings   rt_typehash      rt_typeequal
 *       or interfaces                      (walk the key's GoType)
 *
 * Every hash takes a seed: each map draws its own at random (map.c), so
 * the same key lands in different buckets in different maps and in
 * different runs.
 *
 * The hash function is wyhash (Wang Yi, 2019; its final version, v4, as
 * published with its reference code), written here from its
 * description.  Why wyhash:
 *
 *   - it is fast on short keys, which is what maps mostly hold: up to 16
 *     bytes it reads the key in at most four loads, then does two 64x64
 *     -> 128-bit multiplications; an 8-byte integer costs about as much
 *     as two multiplications (rt_hash64 in runtime.h);
 *   - it is seeded: the seed enters the first multiplication, so without
 *     the seed an attacker cannot choose keys that collide.  FNV-1a, the
 *     textbook choice, has no such property: its collisions do not depend
 *     on any seed, so a program hashing untrusted keys can be flooded
 *     (every key in one bucket chain, each insert O(n));
 *   - it passes SMHasher's quality tests, and gc's own fallback hash
 *     (runtime/hash64.go, for machines without AES instructions) is
 *     derived from it.
 *
 * The core step, "mum", multiplies two 64-bit words into 128 bits and
 * folds the halves; wyhash's four constants are its published "secret"
 * (odd 64-bit numbers with 32 bits set in each).  For n <= 16 bytes:
 *
 *     a = first 4 bytes << 32 | 4 bytes at (n/8)*4      (n >= 4; the reads
 *     b = last 4 bytes << 32  | 4 bytes at n-4-(n/8)*4   overlap as needed)
 *     a, b = mum(a ^ S1, b ^ seed)
 *     hash = mix(a ^ S0 ^ n, b ^ S1)         mix(x, y) = lo ^ hi of x*y
 *
 * and longer keys are folded 16 (or 48) bytes at a time into the seed
 * first.  The reference code also scrambles the caller's seed once
 * (seed ^= mix(seed ^ S0, S1)) so that a poor seed (0, 1, ...) does no
 * harm; ours are random 64-bit numbers already (rt_fastrand), so that
 * step is left out, which saves a multiplication per hash.
 *
 * The fixed-size hashes hash the key's bytes like any other: an int64 key
 * is the 8-byte case above, which rt_hash64 computes from the value in a
 * register, so map.c's _fast64 paths and rt_memhash64 agree bit for bit
 * (the Check suite compares them), as map.c's _faststr paths and
 * rt_strhash do.
 *
 * rt_typehash walks the descriptor: strings by their bytes, interfaces by
 * their dynamic value, arrays element by element, structs field by field
 * skipping blank fields (Go's == ignores them, so the hash must), and
 * everything else by its bytes.  Hashing an interface whose dynamic type
 * is not comparable panics as gc does:
 *
 *     panic: runtime error: hash of unhashable type []int
 *
 * rt_typeequal, the walk for ==, lives in iface.c next to interface
 * equality, which it shares.
 *
 * rt_fastrand is the runtime's random number source (map seeds, where an
 * iteration starts, gc's fastrand): wyhash's companion generator wyrand,
 * a counter stepped by S0 and mixed, its state seeded once per process
 * from getrandom(2).
 */
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "runtime.h"

/* ---- wyhash -------------------------------------------------------------------- */

static inline uint64_t wy_read8(const uint8_t *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static inline uint64_t wy_read4(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

/* 1 to 3 bytes: the first, the middle and the last (which may coincide). */
static inline uint64_t wy_read3(const uint8_t *p, uint64_t n)
{
	return ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) | p[n - 1];
}

uint64_t rt_wyhash(const void *key, int64_t len, uint64_t seed)
{
	const uint8_t *p = key;
	uint64_t n = (uint64_t)len, a, b;
	if (n <= 16) {
		if (n >= 4) {
			uint64_t mid = (n >> 3) << 2;
			a = (wy_read4(p) << 32) | wy_read4(p + mid);
			b = (wy_read4(p + n - 4) << 32) | wy_read4(p + n - 4 - mid);
		} else if (n > 0) {
			a = wy_read3(p, n);
			b = 0;
		} else {
			a = b = 0;
		}
	} else {
		uint64_t i = n;
		if (i > 48) {
			/* three independent lanes, so the multiplications overlap */
			uint64_t see1 = seed, see2 = seed;
			do {
				seed = rt_wymix(wy_read8(p) ^ RT_WY1, wy_read8(p + 8) ^ seed);
				see1 = rt_wymix(wy_read8(p + 16) ^ RT_WY2, wy_read8(p + 24) ^ see1);
				see2 = rt_wymix(wy_read8(p + 32) ^ RT_WY3, wy_read8(p + 40) ^ see2);
				p += 48;
				i -= 48;
			} while (i > 48);
			seed ^= see1 ^ see2;
		}
		while (i > 16) {
			seed = rt_wymix(wy_read8(p) ^ RT_WY1, wy_read8(p + 8) ^ seed);
			i -= 16;
			p += 16;
		}
		/* the last 16 bytes, which may overlap bytes already folded */
		a = wy_read8(p + i - 16);
		b = wy_read8(p + i - 8);
	}
	unsigned __int128 r = (unsigned __int128)(a ^ RT_WY1) * (b ^ seed);
	return rt_wymix((uint64_t)r ^ RT_WY0 ^ n, (uint64_t)(r >> 64) ^ RT_WY1);
}

/* ---- random numbers ---------------------------------------------------------- */

static uint64_t rand_state;
static int rand_seeded;

/* GOSUBDEBUG=mapseed=N: every run draws the same numbers (map seeds,
 * iteration starts), so that a maptrace can be reproduced and quoted. */
void rt_fastrand_seed(uint64_t seed)
{
	rand_state = seed;
	rand_seeded = 1;
}

uint64_t rt_fastrand(void)
{
	if (!rand_seeded) {
		if (getrandom(&rand_state, sizeof rand_state, GRND_NONBLOCK) != (ssize_t)sizeof rand_state) {
			/* no entropy yet (very early boot): the clock and an address */
			struct timespec ts;
			clock_gettime(CLOCK_MONOTONIC, &ts);
			rand_state = rt_wymix((uint64_t)ts.tv_nsec ^ RT_WY2, (uint64_t)(uintptr_t)&ts ^ RT_WY3);
		}
		rand_seeded = 1;
	}
	rand_state += RT_WY0;
	return rt_wymix(rand_state, rand_state ^ RT_WY1);
}

/* ---- the hashes a map type names ---------------------------------------------- */

uint64_t rt_memhash8(const GoType *t, const void *key, uint64_t seed)
{
	(void)t;
	return rt_wyhash(key, 1, seed);
}

uint64_t rt_memhash16(const GoType *t, const void *key, uint64_t seed)
{
	(void)t;
	return rt_wyhash(key, 2, seed);
}

uint64_t rt_memhash32(const GoType *t, const void *key, uint64_t seed)
{
	(void)t;
	return rt_wyhash(key, 4, seed);
}

uint64_t rt_memhash64(const GoType *t, const void *key, uint64_t seed)
{
	(void)t;
	uint64_t v;
	memcpy(&v, key, 8);
	return rt_hash64(v, seed);
}

uint64_t rt_memhash(const GoType *t, const void *key, uint64_t seed)
{
	return rt_wyhash(key, t->size, seed);
}

uint64_t rt_strhash(const GoType *t, const void *key, uint64_t seed)
{
	(void)t;
	const GoString *s = key;
	return rt_wyhash(s->ptr, s->len, seed);
}

/* Can values of type t be compared with ==?  Not slices, maps, funcs,
 * nor arrays and structs holding one (blank fields count: Go spec,
 * Comparison operators). */
static int type_comparable(const GoType *t)
{
	switch (t->kind) {
	case KIND_SLICE: case KIND_MAP: case KIND_FUNC:
		return 0;
	case KIND_ARRAY:
		return type_comparable(t->elem);
	case KIND_STRUCT:
		for (int64_t i = 0; i < t->nfields; i++)
			if (!type_comparable(t->fields[i].type))
				return 0;
		return 1;
	default:
		return 1;
	}
}

static _Noreturn void panic_unhashable(const GoType *t)
{
	RtBuf b = {NULL, 0, 0};
	rt_buf_str(&b, "hash of unhashable type ");
	rt_buf_write(&b, t->name.ptr, t->name.len);
	rt_buf_byte(&b, 0);
	rt_panic_msg((const char *)b.ptr);
}

/* The dynamic value of an interface: dynamic type dt, data word data. */
static uint64_t dynamic_hash(const GoType *dt, void *const *data, uint64_t seed)
{
	if (!type_comparable(dt))
		panic_unhashable(dt);
	/* a direct type's value is the data word itself (abi.h) */
	return rt_typehash(dt, rt_type_direct(dt) ? (const void *)data : *data, seed);
}

uint64_t rt_interhash(const GoType *t, const void *key, uint64_t seed)
{
	(void)t;
	const GoIface *i = key;
	if (i->tab == NULL)
		return rt_hash64(0, seed);
	return dynamic_hash(i->tab->type, &i->data, seed);
}

uint64_t rt_nilinterhash(const GoType *t, const void *key, uint64_t seed)
{
	(void)t;
	const GoEface *e = key;
	if (e->type == NULL)
		return rt_hash64(0, seed);
	return dynamic_hash(e->type, &e->data, seed);
}

uint64_t rt_typehash(const GoType *t, const void *key, uint64_t seed)
{
	const uint8_t *p = key;
	switch (t->kind) {
	case KIND_STRING:
		return rt_strhash(t, key, seed);
	case KIND_INTERFACE:
		return t->nmethods > 0 ? rt_interhash(t, key, seed) : rt_nilinterhash(t, key, seed);
	case KIND_ARRAY:
		for (int64_t i = 0; i < t->len; i++)
			seed = rt_typehash(t->elem, p + i * t->elem->size, seed);
		return seed;
	case KIND_STRUCT:
		for (int64_t i = 0; i < t->nfields; i++) {
			const GoField *f = &t->fields[i];
			if (f->name.len == 1 && f->name.ptr[0] == '_')
				continue;   /* blank fields take no part in == */
			seed = rt_typehash(f->type, p + f->offset, seed);
		}
		return seed;
	case KIND_SLICE: case KIND_MAP: case KIND_FUNC:
		panic_unhashable(t);
	default:
		return rt_wyhash(key, t->size, seed);
	}
}

/* ---- equalities -------------------------------------------------------------- */

int64_t rt_memequal8(const GoType *t, const void *a, const void *b)
{
	(void)t;
	return *(const uint8_t *)a == *(const uint8_t *)b;
}

int64_t rt_memequal16(const GoType *t, const void *a, const void *b)
{
	(void)t;
	uint16_t x, y;
	memcpy(&x, a, 2);
	memcpy(&y, b, 2);
	return x == y;
}

int64_t rt_memequal32(const GoType *t, const void *a, const void *b)
{
	(void)t;
	uint32_t x, y;
	memcpy(&x, a, 4);
	memcpy(&y, b, 4);
	return x == y;
}

int64_t rt_memequal64(const GoType *t, const void *a, const void *b)
{
	(void)t;
	uint64_t x, y;
	memcpy(&x, a, 8);
	memcpy(&y, b, 8);
	return x == y;
}

int64_t rt_memequal_t(const GoType *t, const void *a, const void *b)
{
	return memcmp(a, b, (size_t)t->size) == 0;
}

int64_t rt_strequal(const GoType *t, const void *a, const void *b)
{
	(void)t;
	const GoString *x = a, *y = b;
	return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
}

int64_t rt_interequal(const GoType *t, const void *a, const void *b)
{
	(void)t;
	const GoIface *x = a, *y = b;
	return rt_ifaceeq(1, x->tab, x->data, y->tab, y->data);
}

int64_t rt_nilinterequal(const GoType *t, const void *a, const void *b)
{
	(void)t;
	const GoEface *x = a, *y = b;
	return rt_ifaceeq(0, x->type, x->data, y->type, y->data);
}
