/* map.c — Go's maps: gc 1.19's hash table, bucket for bucket.
 *
 * A map is a pointer to a header (abi.h's GoMap, gc's hmap) that points
 * at an array of 2^B buckets.  A key's hash picks its bucket with its low
 * B bits; inside the bucket, the hash's top byte (the "tophash") is kept
 * beside each key, so that a lookup compares one byte per slot and looks
 * at a key only when the byte matches.  A bucket has 8 slots; a ninth key
 * for the same bucket goes into an overflow bucket chained behind it.
 *
 *     hash = 0x 9c 40 ... 2b         bucket = hash & (2^B - 1) = 0x2b & 7 = 3
 *               \__ tophash 0x9c     (B = 3)
 *
 *     buckets[3]:  tophash  9c 00 00 00 00 00 00 00
 *                  keys     k0 .. k7
 *                  elems    e0 .. e7
 *                  overflow -> NULL, or another bucket laid out the same
 *
 * ---- A bucket in memory ---------------------------------------------------------
 *
 * The compiler computes bucketsize = 8 + 8*keysize + 8*elemsize + 8 and
 * puts it in the map type's descriptor.  For map[string]int:
 *
 *     +0    tophash[0..7]        one byte per slot
 *     +8    key[0]               GoString {ptr, len}: 16 bytes each
 *      ...
 *     +120  key[7]
 *     +136  elem[0]              int: 8 bytes each
 *      ...
 *     +192  elem[7]
 *     +200  overflow             the next bucket of the chain, or NULL
 *     (208 bytes)
 *
 * All keys come first, then all elements: map[int64]int8 needs no padding
 * after each int8, as key/elem pairs would.  A key or element larger than
 * 128 bytes is not stored in the bucket: its slot holds a pointer to a
 * copy on the heap (MAPTYPE_INDIRECTKEY, MAPTYPE_INDIRECTELEM, with
 * keysize or elemsize 8), so that a bucket stays small whatever the types.
 *
 * A tophash byte is the top byte of the hash, or one of these marks;
 * hashes whose top byte falls below TOP_MIN are moved up by TOP_MIN so
 * that a live slot is never taken for a mark:
 *
 *     TOP_EMPTY_REST   0  empty, and so is every later slot of this bucket
 *                         and of its whole overflow chain: a search stops
 *     TOP_EMPTY_ONE    1  empty (deleted, or later slots still live)
 *     TOP_EVAC_X       2  old bucket while growing: the entry has moved to
 *                         the new array, low half (same bucket index)
 *     TOP_EVAC_Y       3  the same, high half (index + old number of buckets)
 *     TOP_EVAC_EMPTY   4  old bucket: the slot was empty, the bucket is moved
 *     TOP_MIN          5  the smallest tophash of a live entry
 *
 * A new bucket is all zeros, so all TOP_EMPTY_REST.  A delete writes
 * TOP_EMPTY_ONE, then turns a run of TOP_EMPTY_ONE at the end of the
 * chain into TOP_EMPTY_REST, so that lookups of missing keys stay short.
 *
 * ---- Load factor, and growth ---------------------------------------------------
 *
 * The table doubles when an insert would put more than 6.5 entries per
 * bucket on average (count > 8 and count > 6.5 * 2^B).  Why 6.5: gc's
 * authors filled tables of 8-byte keys and elements to various loads,
 * just before they would grow, and measured (our summary of their table
 * in runtime/map.go):
 *
 *     load   buckets with    bytes of overhead   slots looked at to   ... to miss
 *            an overflow     per entry           find a key
 *     4.0       2.1 %           20.8                3.00                 4.0
 *     5.0       6.9 %           14.8                3.50                 5.0
 *     6.0      15.3 %           11.7                4.00                 6.0
 *     6.5      20.9 %           10.8                4.25                 6.5
 *     7.0      27.1 %           10.2                4.50                 7.0
 *     8.0      41.1 %            9.4                5.00                 8.0
 *
 * Below 6.5 the memory per entry climbs fast; above it overflow chains
 * (an extra pointer chase, often a cache miss) get common while the
 * memory saved shrinks.  6.5 is written 13/2 so the test is integer
 * arithmetic.  A table that is mostly empty but has long chains (many
 * inserts, then many deletes, scattered) is not overloaded, yet slow: it
 * "grows" to the same size when there are about as many overflow buckets
 * as buckets (noverflow >= 2^min(B, 15); above B = 15 noverflow counts
 * overflow buckets with probability 2^-(B-15) so it fits 16 bits), which
 * packs the entries again.
 *
 * Growth is incremental, so no single insert pays for copying a big
 * table: hash_grow only allocates the new array and keeps the old one in
 * oldbuckets.  Then every assign or delete first evacuates the old bucket
 * its key belongs to, and one more (the lowest not yet done, nevacuate),
 * so the old array is empty after at most 2^(B-1) writes.  Doubling
 * splits old bucket i into new buckets i ("X") and i + 2^(B-1) ("Y") by
 * hash bit B-1; a same-size growth moves i to i.  Lookups during growth
 * read the old bucket if it is not yet evacuated, the new one otherwise.
 * Entries never move within a bucket array, only from the old array to
 * the new: that is what keeps iteration correct.
 *
 * GOSUBDEBUG=maptrace=1 shows it on stderr:
 *
 *     map 0xc000010000 grow: B 3->4 (load 6.6)
 *     map 0xc000010000 evacuating bucket 5 -> 5,13
 *     ...
 *     map 0xc000010000 grow done: B 4
 *     map 0xc000010000 same-size grow: B 4 (overflow 16)
 *
 * ---- Iteration ------------------------------------------------------------------
 *
 * range starts at a random bucket and a random slot offset within every
 * bucket (Go promises no order, and randomness keeps programs from
 * relying on one), walks each bucket's chain, and wraps around.  If the
 * map grows during the loop, the iterator keeps walking the array it
 * started with (it.buckets); an entry it finds there marked TOP_EVAC_X/Y
 * has moved, so it looks the key up in the current table: if the key was
 * deleted meanwhile it is skipped, if it was updated the new element is
 * yielded.  If the iteration starts while a doubling is under way, it
 * walks the new array, and for a new bucket whose old bucket is not yet
 * evacuated it reads the old bucket instead, keeping only the entries
 * that will land in the new bucket it stands for (checkbucket).  So each
 * entry present for the whole loop is yielded exactly once, a deleted one
 * never after its deletion, as the Go spec requires (For statements with
 * range clause).  Old buckets are cleared after evacuation only when no
 * iterator may still read them (MAPF_OLD_ITERATOR).
 *
 * ---- Memory and the collector ------------------------------------------------------
 *
 * Bucket arrays come from the collected heap: rt_alloc (every word may be
 * a pointer) when keys or elements hold pointers (MAPTYPE_HASPOINTERS),
 * rt_alloc_noscan otherwise, so that the collector never reads a
 * map[int]int's buckets.  But then it does not see their overflow
 * pointers either: for such maps every overflow bucket is also recorded
 * in a list hanging off the header (MapExtra.overflow, and .oldoverflow
 * for the old array while growing), which is scanned, as gc does.  An
 * iterator keeps both lists alive through its own pointers.  The header
 * comes from rt_alloc, or lives in the caller's frame when the compiler
 * proved the map does not escape (rt_makemap's h, with perhaps a first
 * bucket there too), where the stack scan finds it.  For B >= 4 the
 * bucket array is allocated with 2^(B-4) spare buckets at its end, handed
 * out as the first overflow buckets (MapExtra.nextoverflow).
 *
 * ---- Lookups that miss, and errors ---------------------------------------------------
 *
 * A lookup never returns NULL: a missing key (or a nil map) yields a
 * pointer to a zero area as large as the largest element of any map type
 * seen so far (1024 static bytes, gc's maxZero, and more from the C heap
 * if a map type needs it).  Writing to a nil map panics as gc does:
 *
 *     panic: assignment to entry in nil map
 *
 * A map is not safe for concurrent use; gc catches some misuse cheaply
 * with the MAPF_WRITING flag, set for the duration of every assign and
 * delete, and so do we: a write or read that finds it set is a fatal
 * error (exit status 2, no deferred calls run):
 *
 *     fatal error: concurrent map writes
 *     fatal error: concurrent map read and map write
 *     fatal error: concurrent map iteration and map write
 *
 * ---- Fast paths ------------------------------------------------------------------------
 *
 * As gc, 8-byte keys (ints, pointers) and strings have their own entry
 * points, which take the key's words instead of its address and compare
 * keys inline: _fast64 compares the key word and skips the tophash;
 * _faststr compares length and tophash first, then the bytes (up to 16
 * bytes with two overlapping loads, no call).  Like gc's, they take only
 * maps whose elements are in the bucket (128 bytes or less).  They hash
 * with rt_hash64 and rt_wyhash directly, the same functions as the
 * type's rt_memhash64 and rt_strhash, so a map may be used through the
 * generic entry points too.  A lookup in a one-bucket map (B = 0) hashes
 * nothing: fast64 compares the 8 keys, faststr the keys of the same
 * length when the key is shorter than 32 bytes (longer keys are hashed;
 * gc compares their first and last 4 bytes instead).  Evacuation, the
 * other hot spot when a map grows, is one body specialised three times
 * (any, 64-bit and string keys) by an always-inline function and a
 * constant argument.
 *
 * Left out from gc: float keys (the subset has none, so every key equals
 * itself and gc's NaN cases go), _fast32, clearing a map in one call.  A
 * hint that is negative or too large is taken as 0, as gc's makemap does
 * (gc 1.19 does not panic on it at run time).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "heap.h"
#include "runtime.h"

enum {
	BUCKET_BITS = 3,
	BUCKET_SLOTS = 1 << BUCKET_BITS,  /* slots per bucket */
	LOAD_NUM = 13,                    /* load factor 6.5 = LOAD_NUM / LOAD_DEN */
	LOAD_DEN = 2,
	DATA_OFFSET = BUCKET_SLOTS,       /* the keys follow the tophash bytes */
	ZERO_STATIC = 1024,               /* bytes of the static zero area (gc's maxZero) */
};

/* A slot's tophash byte, when it is not a hash (see the essay). */
typedef enum TopHash {
	TOP_EMPTY_REST = 0,
	TOP_EMPTY_ONE = 1,
	TOP_EVAC_X = 2,
	TOP_EVAC_Y = 3,
	TOP_EVAC_EMPTY = 4,
	TOP_MIN = 5,
} TopHash;

/* GoMap.flags */
typedef enum MapFlag {
	MAPF_ITERATOR = 1,      /* an iterator may be reading buckets */
	MAPF_OLD_ITERATOR = 2,  /* an iterator may be reading oldbuckets */
	MAPF_WRITING = 4,       /* an assign or delete is running */
	MAPF_SAME_SIZE = 8,     /* the growth under way keeps B */
} MapFlag;

/* A bucket: the tophash bytes, then (not declared: their sizes vary)
 * 8 keys, 8 elements and the overflow pointer. */
typedef struct Bucket {
	uint8_t tophash[BUCKET_SLOTS];
} Bucket;

/* The overflow buckets of one bucket array, for maps whose buckets the
 * collector does not scan.  A heap object from rt_alloc (scanned); an
 * iterator points at it, so it is appended to in place. */
typedef struct OverflowList {
	Bucket **items;  /* rt_alloc'd array of cap entries */
	int64_t len;
	int64_t cap;
} OverflowList;

/* GoMap.extra: what not every map needs (rt_alloc'd). */
typedef struct MapExtra {
	OverflowList *overflow;     /* overflow buckets of buckets (noscan maps only) */
	OverflowList *oldoverflow;  /* overflow buckets of oldbuckets (noscan maps only) */
	Bucket *nextoverflow;       /* the next spare bucket at the end of an array, or NULL */
} MapExtra;

/* GoMapIter as map.c sees it: abi.h fixes the first two words and the
 * size, the rest is ours. */
typedef struct Iter {
	void *key;                  /* the entry's key; NULL when the iteration is over */
	void *elem;                 /* the entry's element */
	const GoMapType *t;
	GoMap *h;
	void *buckets;              /* the bucket array when the iteration started */
	Bucket *bptr;               /* the bucket being walked (NULL: take the next index) */
	OverflowList *overflow;     /* keep the overflow buckets alive while we may read them */
	OverflowList *oldoverflow;
	uint64_t startbucket;       /* where the walk began */
	uint64_t bucket;            /* the next bucket index to take */
	uint64_t checkbucket;       /* NO_CHECK, or the new bucket whose entries we pick out
	                               of the unevacuated old bucket bptr is in */
	uint8_t offset;             /* the slot each bucket's walk starts at */
	uint8_t wrapped;            /* bucket went past the end and back to 0 */
	uint8_t B;                  /* the map's B when the iteration started */
	uint8_t i;                  /* the next slot (before offset) in bptr */
	uint32_t pad;
} Iter;
_Static_assert(sizeof(Iter) == ABI_MAPITER_BYTES, "Iter is GoMapIter");
_Static_assert(offsetof(Iter, elem) == ABI_MAPITER_ELEM, "Iter is GoMapIter");

#define NO_CHECK UINT64_MAX

/* The largest element of any map type seen, in zeros: what lookups that
 * miss point at. */
static uint8_t zero_static[ZERO_STATIC] __attribute__((aligned(16)));
static uint8_t *zero_area = zero_static;
static int64_t zero_size = ZERO_STATIC;

/* GOSUBDEBUG=maptrace=1 (and mapseed=N, read here too: fixed seeds) */
static int map_trace;

void rt_map_configure(void)
{
	map_trace = rt_gc_debug_value(getenv("GOSUBDEBUG"), "maptrace") != 0;
	int64_t seed = rt_gc_debug_value(getenv("GOSUBDEBUG"), "mapseed");
	if (seed)
		rt_fastrand_seed((uint64_t)seed);
}

/* ---- small helpers -------------------------------------------------------------- */

static inline uint64_t bucket_mask(uint8_t B)
{
	return ((uint64_t)1 << B) - 1;
}

static inline uint8_t tophash(uint64_t hash)
{
	uint8_t top = (uint8_t)(hash >> 56);
	return top < TOP_MIN ? (uint8_t)(top + TOP_MIN) : top;
}

static inline int is_empty(uint8_t top)
{
	return top <= TOP_EMPTY_ONE;
}

static inline int evacuated(const Bucket *b)
{
	uint8_t top = b->tophash[0];
	return top > TOP_EMPTY_ONE && top < TOP_MIN;
}

static inline Bucket *bucket_at(const GoMapType *t, void *array, uint64_t i)
{
	return (Bucket *)((uint8_t *)array + i * (uint64_t)t->bucketsize);
}

static inline uint8_t *bucket_key(const GoMapType *t, Bucket *b, uint64_t i)
{
	return (uint8_t *)b + DATA_OFFSET + i * (uint64_t)t->keysize;
}

static inline uint8_t *bucket_elem(const GoMapType *t, Bucket *b, uint64_t i)
{
	return (uint8_t *)b + DATA_OFFSET + BUCKET_SLOTS * (uint64_t)t->keysize + i * (uint64_t)t->elemsize;
}

static inline Bucket *bucket_overflow(const GoMapType *t, const Bucket *b)
{
	return *(Bucket *const *)((const uint8_t *)b + t->bucketsize - 8);
}

static inline void bucket_set_overflow(const GoMapType *t, Bucket *b, void *ovf)
{
	*(void **)((uint8_t *)b + t->bucketsize - 8) = ovf;
}

/* count entries in 2^B buckets: more than 6.5 a bucket? */
static inline int over_load_factor(int64_t count, uint8_t B)
{
	return count > BUCKET_SLOTS && (uint64_t)count > LOAD_NUM * (((uint64_t)1 << B) / LOAD_DEN);
}

/* About as many overflow buckets as buckets (counted up to 2^15). */
static inline int too_many_overflow(uint16_t noverflow, uint8_t B)
{
	if (B > 15)
		B = 15;
	return noverflow >= (uint16_t)(1u << B);
}

static inline int growing(const GoMap *h)
{
	return h->oldbuckets != NULL;
}

/* The number of buckets before the growth under way. */
static inline uint64_t noldbuckets(const GoMap *h)
{
	uint8_t B = h->B;
	if (!(h->flags & MAPF_SAME_SIZE))
		B--;
	return (uint64_t)1 << B;
}

/* The slot of an indirect key or element holds a pointer to it. */
static inline void *slot_key(const GoMapType *t, uint8_t *k)
{
	return (t->flags & MAPTYPE_INDIRECTKEY) ? *(void **)k : (void *)k;
}

static inline void *slot_elem(const GoMapType *t, uint8_t *e)
{
	return (t->flags & MAPTYPE_INDIRECTELEM) ? *(void **)e : (void *)e;
}

/* Does the collector scan t's buckets?  When keys or elements hold
 * pointers; an indirect slot is a pointer, whatever the descriptor's
 * flags say. */
static inline int buckets_scanned(const GoMapType *t)
{
	return (t->flags & (MAPTYPE_HASPOINTERS | MAPTYPE_INDIRECTKEY | MAPTYPE_INDIRECTELEM)) != 0;
}

/* n bytes from src to dst; the usual slot sizes without a call */
static inline void copy_slot(void *dst, const void *src, uint64_t n)
{
	if (n == 8) {
		memcpy(dst, src, 8);
	} else if (n == 16) {
		memcpy(dst, src, 16);
	} else {
		memcpy(dst, src, n);
	}
}

/* One GOSUBDEBUG=maptrace line: "map 0xADDR " + the formatted text. */
static __attribute__((format(printf, 2, 3))) void trace(GoMap *h, const char *fmt, ...)
{
	char buf[160];
	int n = snprintf(buf, sizeof buf, "map %p ", (void *)h);
	va_list ap;
	va_start(ap, fmt);
	n += vsnprintf(buf + n, sizeof buf - (size_t)n, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof buf - 2)
		n = (int)sizeof buf - 2;
	buf[n++] = '\n';
	rt_write_all(2, buf, n);
}

/* ---- errors ------------------------------------------------------------------------ */

static _Noreturn __attribute__((noinline)) void fatal_writes(void)
{
	rt_fatal("concurrent map writes");
}

static _Noreturn __attribute__((noinline)) void fatal_read_write(void)
{
	rt_fatal("concurrent map read and map write");
}

static _Noreturn __attribute__((noinline)) void panic_nil_map(void)
{
	static const char msg[] = "assignment to entry in nil map";
	rt_panic_text(msg, (int64_t)sizeof msg - 1);
}

/* ---- the zero area ------------------------------------------------------------------- */

/* Make the zero area at least as large as t's elements. */
static void zero_reserve(const GoMapType *t)
{
	int64_t size = t->type.elem->size;
	if (size <= zero_size)
		return;
	/* the old area stays: a pointer into it may still be in use */
	uint8_t *p = calloc(1, (size_t)size);
	if (p == NULL)
		rt_fatal("runtime: out of memory");
	zero_area = p;
	zero_size = size;
}

/* What a lookup in a nil or empty map returns.  An interface key whose
 * dynamic type cannot be hashed panics even then, as in gc. */
static __attribute__((noinline)) void *lookup_nothing(const GoMapType *t, const void *key)
{
	if (key != NULL && (t->hasher == rt_nilinterhash || t->hasher == rt_interhash ||
	                    t->hasher == rt_typehash))
		t->hasher(t->type.key, key, 0);
	zero_reserve(t);
	return zero_area;
}

/* ---- memory ----------------------------------------------------------------------- */

static void *buckets_alloc(const GoMapType *t, uint64_t n)
{
	int64_t size = (int64_t)(n * (uint64_t)t->bucketsize);
	return buckets_scanned(t) ? rt_alloc(size) : rt_alloc_noscan(size);
}

/* An array of 2^B buckets, plus spares for overflow when B >= 4:
 * *spare gets the first spare or NULL.  The last spare's overflow word
 * points at the array, a mark that it is the last (see new_overflow). */
static void *make_bucket_array(const GoMapType *t, uint8_t B, Bucket **spare)
{
	uint64_t base = (uint64_t)1 << B, n = base, bs = (uint64_t)t->bucketsize;
	if (B >= 4) {
		/* as many spares as inserting up to the median load would need
		 * (gc's estimate), and what rounding to a size class adds */
		n += base >> 4;
		uint64_t size = n * bs, up = rt_roundupsize(size);
		if (up != size)
			n = up / bs;
	}
	void *array = buckets_alloc(t, n);
	*spare = NULL;
	if (n != base) {
		*spare = bucket_at(t, array, base);
		bucket_set_overflow(t, bucket_at(t, array, n - 1), array);
	}
	return array;
}

static MapExtra *map_extra(GoMap *h)
{
	if (h->extra == NULL)
		h->extra = rt_alloc(sizeof(MapExtra));
	return h->extra;
}

static OverflowList *overflow_list(GoMap *h)
{
	MapExtra *x = map_extra(h);
	if (x->overflow == NULL)
		x->overflow = rt_alloc(sizeof(OverflowList));
	return x->overflow;
}

static void overflow_list_add(GoMap *h, Bucket *ovf)
{
	OverflowList *l = overflow_list(h);
	if (l->len == l->cap) {
		int64_t cap = l->cap ? 2 * l->cap : 8;
		Bucket **items = rt_alloc(cap * (int64_t)sizeof(Bucket *));
		if (l->len)
			memcpy(items, l->items, (size_t)l->len * sizeof(Bucket *));
		l->items = items;
		l->cap = cap;
	}
	l->items[l->len++] = ovf;
}

/* Count one more overflow bucket, exactly while B < 16, with
 * probability 2^-(B-15) above, so that 2^15 means "about 2^B". */
static void incr_noverflow(GoMap *h)
{
	if (h->B < 16) {
		h->noverflow++;
		return;
	}
	uint64_t mask = ((uint64_t)1 << (h->B - 15)) - 1;
	if ((rt_fastrand() & mask) == 0)
		h->noverflow++;
}

/* A new overflow bucket chained after b: a spare if any is left. */
static Bucket *new_overflow(const GoMapType *t, GoMap *h, Bucket *b)
{
	Bucket *ovf;
	MapExtra *x = h->extra;
	if (x != NULL && x->nextoverflow != NULL) {
		ovf = x->nextoverflow;
		if (bucket_overflow(t, ovf) == NULL) {
			x->nextoverflow = bucket_at(t, ovf, 1);
		} else {
			/* the last spare: its overflow word was the mark */
			bucket_set_overflow(t, ovf, NULL);
			x->nextoverflow = NULL;
		}
	} else {
		ovf = buckets_alloc(t, 1);
	}
	incr_noverflow(h);
	if (!buckets_scanned(t))
		overflow_list_add(h, ovf);
	bucket_set_overflow(t, b, ovf);
	return ovf;
}

/* ---- make ------------------------------------------------------------------------- */

GoMap *rt_makemap(const GoMapType *t, int64_t hint, GoMap *h, void *bucket)
{
	zero_reserve(t);
	/* gc: a hint whose buckets could never be allocated counts as 0 */
	if (hint < 0 || (uint64_t)hint > ((uint64_t)1 << 48) / (uint64_t)t->bucketsize)
		hint = 0;
	if (h == NULL) {
		h = rt_alloc(sizeof(GoMap));
		bucket = NULL;   /* a bucket in the frame goes with a header there */
	} else {
		memset(h, 0, sizeof *h);
	}
	h->seed = rt_fastrand();
	uint8_t B = 0;
	while (over_load_factor(hint, B))
		B++;
	h->B = B;
	if (B != 0) {
		Bucket *spare;
		h->buckets = make_bucket_array(t, B, &spare);
		if (spare != NULL)
			map_extra(h)->nextoverflow = spare;
	} else if (bucket != NULL) {
		memset(bucket, 0, (size_t)t->bucketsize);
		h->buckets = bucket;
	}
	return h;
}

/* ---- growth ------------------------------------------------------------------------ */

static void hash_grow(const GoMapType *t, GoMap *h)
{
	uint8_t bigger = 1;
	if (!over_load_factor(h->count + 1, h->B)) {
		bigger = 0;
		h->flags |= MAPF_SAME_SIZE;
	}
	if (map_trace) {
		if (bigger)
			trace(h, "grow: B %d->%d (load %.1f)", h->B, h->B + 1,
			      (double)(h->count + 1) / (double)((uint64_t)1 << h->B));
		else
			trace(h, "same-size grow: B %d (overflow %d)", h->B, h->noverflow);
	}
	void *old = h->buckets;
	Bucket *spare;
	void *array = make_bucket_array(t, (uint8_t)(h->B + bigger), &spare);
	/* iterators so far read what is now the old array */
	uint8_t flags = h->flags & ~(MAPF_ITERATOR | MAPF_OLD_ITERATOR);
	if (h->flags & MAPF_ITERATOR)
		flags |= MAPF_OLD_ITERATOR;
	h->B += bigger;
	h->flags = flags;
	h->oldbuckets = old;
	h->buckets = array;
	h->nevacuate = 0;
	h->noverflow = 0;
	MapExtra *x = h->extra;
	if (x != NULL && x->overflow != NULL) {
		x->oldoverflow = x->overflow;
		x->overflow = NULL;
	}
	if (spare != NULL)
		map_extra(h)->nextoverflow = spare;
}

/* Old bucket done: advance nevacuate past the evacuated ones (at most
 * 1024 at a time, to keep a write O(1)); the last one ends the growth. */
static void advance_evacuation_mark(const GoMapType *t, GoMap *h, uint64_t newbit)
{
	h->nevacuate++;
	uint64_t stop = h->nevacuate + 1024;
	if (stop > newbit)
		stop = newbit;
	while (h->nevacuate != stop && evacuated(bucket_at(t, h->oldbuckets, h->nevacuate)))
		h->nevacuate++;
	if (h->nevacuate == newbit) {
		h->oldbuckets = NULL;
		if (h->extra != NULL)
			((MapExtra *)h->extra)->oldoverflow = NULL;
		h->flags &= ~MAPF_SAME_SIZE;
		if (map_trace)
			trace(h, "grow done: B %d", h->B);
	}
}

/* How the keys of a map are hashed and copied; evacuation is one body
 * specialised for each. */
typedef enum KeyMode {
	KEYS_ANY,  /* t->hasher, keysize bytes */
	KEYS_64,   /* 8-byte keys: rt_hash64 */
	KEYS_STR,  /* strings: rt_wyhash of the bytes */
} KeyMode;

/* Where evacuated entries of one half go. */
typedef struct EvacDst {
	Bucket *b;   /* the bucket being filled */
	uint64_t i;  /* its next free slot */
	uint8_t *k;  /* that slot's key */
	uint8_t *e;  /* and element */
} EvacDst;

static inline __attribute__((always_inline)) void evac_dst(const GoMapType *t, EvacDst *d, Bucket *b,
							   uint64_t ks)
{
	d->b = b;
	d->i = 0;
	d->k = (uint8_t *)b + DATA_OFFSET;
	d->e = d->k + BUCKET_SLOTS * ks;
	(void)t;
}

/* Move old bucket oldbucket (and its chain) to the new array. */
static inline __attribute__((always_inline)) void evacuate_body(const GoMapType *t, GoMap *h,
								uint64_t oldbucket, KeyMode mode)
{
	Bucket *b = bucket_at(t, h->oldbuckets, oldbucket);
	uint64_t newbit = noldbuckets(h);
	uint64_t ks = mode == KEYS_64 ? 8 : mode == KEYS_STR ? 16 : (uint64_t)t->keysize;
	uint64_t es = (uint64_t)t->elemsize;
	if (!evacuated(b)) {
		int same = (h->flags & MAPF_SAME_SIZE) != 0;
		EvacDst xy[2] = {{0}, {0}};
		evac_dst(t, &xy[0], bucket_at(t, h->buckets, oldbucket), ks);
		if (!same)
			evac_dst(t, &xy[1], bucket_at(t, h->buckets, oldbucket + newbit), ks);
		for (; b != NULL; b = bucket_overflow(t, b)) {
			uint8_t *k = (uint8_t *)b + DATA_OFFSET, *e = k + BUCKET_SLOTS * ks;
			for (int i = 0; i < BUCKET_SLOTS; i++, k += ks, e += es) {
				uint8_t top = b->tophash[i];
				if (is_empty(top)) {
					b->tophash[i] = TOP_EVAC_EMPTY;
					continue;
				}
				int y = 0;
				if (!same) {
					uint64_t hash;
					if (mode == KEYS_64) {
						uint64_t v;
						memcpy(&v, k, 8);
						hash = rt_hash64(v, h->seed);
					} else if (mode == KEYS_STR) {
						const GoString *s = (const GoString *)k;
						hash = rt_wyhash(s->ptr, s->len, h->seed);
					} else {
						hash = t->hasher(t->type.key, slot_key(t, k), h->seed);
					}
					y = (hash & newbit) != 0;
				}
				b->tophash[i] = (uint8_t)(TOP_EVAC_X + y);
				EvacDst *d = &xy[y];
				if (d->i == BUCKET_SLOTS)
					evac_dst(t, d, new_overflow(t, h, d->b), ks);
				d->b->tophash[d->i & (BUCKET_SLOTS - 1)] = top;
				/* an indirect slot is a pointer: copying it moves the entry */
				copy_slot(d->k, k, ks);
				copy_slot(d->e, e, es);
				d->i++;
				d->k += ks;
				d->e += es;
			}
		}
		/* help the collector: drop the old copies' pointers, unless an
		 * iterator may still read them (the tophash bytes stay) */
		if (!(h->flags & MAPF_OLD_ITERATOR) && buckets_scanned(t)) {
			Bucket *ob = bucket_at(t, h->oldbuckets, oldbucket);
			memset((uint8_t *)ob + DATA_OFFSET, 0, (size_t)t->bucketsize - DATA_OFFSET);
		}
		if (map_trace) {
			if (same)
				trace(h, "evacuating bucket %llu -> %llu", (unsigned long long)oldbucket,
				      (unsigned long long)oldbucket);
			else
				trace(h, "evacuating bucket %llu -> %llu,%llu", (unsigned long long)oldbucket,
				      (unsigned long long)oldbucket, (unsigned long long)(oldbucket + newbit));
		}
	}
	if (oldbucket == h->nevacuate)
		advance_evacuation_mark(t, h, newbit);
}

static __attribute__((noinline)) void evacuate_any(const GoMapType *t, GoMap *h, uint64_t oldbucket)
{
	evacuate_body(t, h, oldbucket, KEYS_ANY);
}

static __attribute__((noinline)) void evacuate_64(const GoMapType *t, GoMap *h, uint64_t oldbucket)
{
	evacuate_body(t, h, oldbucket, KEYS_64);
}

static __attribute__((noinline)) void evacuate_str(const GoMapType *t, GoMap *h, uint64_t oldbucket)
{
	evacuate_body(t, h, oldbucket, KEYS_STR);
}

/* Before a write to bucket: evacuate its old bucket, and one more. */
static inline __attribute__((always_inline)) void grow_work(const GoMapType *t, GoMap *h,
							    uint64_t bucket, KeyMode mode)
{
	void (*evacuate)(const GoMapType *, GoMap *, uint64_t) =
		mode == KEYS_64 ? evacuate_64 : mode == KEYS_STR ? evacuate_str : evacuate_any;
	evacuate(t, h, bucket & (noldbuckets(h) - 1));
	if (growing(h))
		evacuate(t, h, h->nevacuate);
}

/* The bucket a lookup of hash reads: the old one while it is not yet
 * evacuated. */
static inline Bucket *lookup_bucket(const GoMapType *t, const GoMap *h, uint64_t hash)
{
	uint64_t m = bucket_mask(h->B);
	Bucket *b = bucket_at(t, h->buckets, hash & m);
	if (__builtin_expect(h->oldbuckets != NULL, 0)) {
		if (!(h->flags & MAPF_SAME_SIZE))
			m >>= 1;
		Bucket *ob = bucket_at(t, h->oldbuckets, hash & m);
		if (!evacuated(ob))
			b = ob;
	}
	return b;
}

/* After a delete emptied slot i of b (orig: the chain's first bucket):
 * TOP_EMPTY_ONE, then a trailing run of empty slots becomes TOP_EMPTY_REST. */
static void mark_deleted(const GoMapType *t, Bucket *orig, Bucket *b, uint64_t i)
{
	b->tophash[i] = TOP_EMPTY_ONE;
	if (i == BUCKET_SLOTS - 1) {
		Bucket *next = bucket_overflow(t, b);
		if (next != NULL && next->tophash[0] != TOP_EMPTY_REST)
			return;
	} else if (b->tophash[i + 1] != TOP_EMPTY_REST) {
		return;
	}
	for (;;) {
		b->tophash[i] = TOP_EMPTY_REST;
		if (i == 0) {
			if (b == orig)
				return;
			/* back to the previous bucket of the chain */
			Bucket *c = b;
			for (b = orig; bucket_overflow(t, b) != c; b = bucket_overflow(t, b))
				;
			i = BUCKET_SLOTS - 1;
		} else {
			i--;
		}
		if (b->tophash[i] != TOP_EMPTY_ONE)
			return;
	}
}

/* One entry fewer; an empty map gets a new seed (gc: makes repeated
 * collision attacks on one map harder). */
static inline void count_deleted(GoMap *h)
{
	if (--h->count == 0)
		h->seed = rt_fastrand();
}

/* ---- any key ------------------------------------------------------------------------ */

/* The entry of key, or NULL; *kp gets the key in the table. */
static void *map_find(const GoMapType *t, GoMap *h, const void *key, void **kp)
{
	uint64_t hash = t->hasher(t->type.key, key, h->seed);
	uint8_t top = tophash(hash);
	for (Bucket *b = lookup_bucket(t, h, hash); b != NULL; b = bucket_overflow(t, b)) {
		for (uint64_t i = 0; i < BUCKET_SLOTS; i++) {
			if (b->tophash[i] != top) {
				if (b->tophash[i] == TOP_EMPTY_REST)
					return NULL;
				continue;
			}
			void *k = slot_key(t, bucket_key(t, b, i));
			if (t->equal(t->type.key, key, k)) {
				*kp = k;
				return slot_elem(t, bucket_elem(t, b, i));
			}
		}
	}
	return NULL;
}

void *rt_mapaccess1(const GoMapType *t, GoMap *h, const void *key)
{
	if (h == NULL || h->count == 0)
		return lookup_nothing(t, key);
	if (h->flags & MAPF_WRITING)
		fatal_read_write();
	void *k;
	void *e = map_find(t, h, key, &k);
	return e ? e : zero_area;
}

RtPair rt_mapaccess2(const GoMapType *t, GoMap *h, const void *key)
{
	if (h == NULL || h->count == 0)
		return (RtPair){(int64_t)(uintptr_t)lookup_nothing(t, key), 0};
	if (h->flags & MAPF_WRITING)
		fatal_read_write();
	void *k;
	void *e = map_find(t, h, key, &k);
	return e ? (RtPair){(int64_t)(uintptr_t)e, 1} : (RtPair){(int64_t)(uintptr_t)zero_area, 0};
}

void *rt_mapassign(const GoMapType *t, GoMap *h, const void *key)
{
	if (h == NULL)
		panic_nil_map();
	if (h->flags & MAPF_WRITING)
		fatal_writes();
	uint64_t hash = t->hasher(t->type.key, key, h->seed);
	/* set after hashing: the hash may panic, and then nothing was written */
	h->flags ^= MAPF_WRITING;
	if (h->buckets == NULL)
		h->buckets = buckets_alloc(t, 1);
	uint8_t top = tophash(hash);
	uint8_t *inserti, *insertk, *elem;
again:;
	uint64_t bucket = hash & bucket_mask(h->B);
	if (growing(h))
		grow_work(t, h, bucket, KEYS_ANY);
	Bucket *b = bucket_at(t, h->buckets, bucket);
	inserti = insertk = elem = NULL;
	for (;;) {
		for (uint64_t i = 0; i < BUCKET_SLOTS; i++) {
			if (b->tophash[i] != top) {
				if (is_empty(b->tophash[i]) && inserti == NULL) {
					inserti = &b->tophash[i];
					insertk = bucket_key(t, b, i);
					elem = bucket_elem(t, b, i);
				}
				if (b->tophash[i] == TOP_EMPTY_REST)
					goto notfound;
				continue;
			}
			void *k = slot_key(t, bucket_key(t, b, i));
			if (!t->equal(t->type.key, key, k))
				continue;
			/* there: an equal key may differ in its bytes ("a" from two
			 * places, interfaces of two itabs), so strings take the new one */
			if (t->flags & MAPTYPE_NEEDKEYUPDATE)
				memcpy(k, key, (size_t)t->type.key->size);
			elem = bucket_elem(t, b, i);
			goto done;
		}
		Bucket *ovf = bucket_overflow(t, b);
		if (ovf == NULL)
			break;
		b = ovf;
	}
notfound:
	if (!growing(h) && (over_load_factor(h->count + 1, h->B) || too_many_overflow(h->noverflow, h->B))) {
		hash_grow(t, h);
		goto again;   /* everything moved */
	}
	if (inserti == NULL) {
		/* the bucket and its chain are full */
		Bucket *nb = new_overflow(t, h, b);
		inserti = &nb->tophash[0];
		insertk = bucket_key(t, nb, 0);
		elem = bucket_elem(t, nb, 0);
	}
	if (t->flags & MAPTYPE_INDIRECTKEY) {
		void *kmem = rt_newobject(t->type.key);
		*(void **)insertk = kmem;
		insertk = kmem;
	}
	if (t->flags & MAPTYPE_INDIRECTELEM)
		*(void **)elem = rt_newobject(t->type.elem);
	memcpy(insertk, key, (size_t)t->type.key->size);
	*inserti = top;
	h->count++;
done:
	if (!(h->flags & MAPF_WRITING))
		fatal_writes();
	h->flags &= ~MAPF_WRITING;
	return slot_elem(t, elem);
}

void rt_mapdelete(const GoMapType *t, GoMap *h, const void *key)
{
	if (h == NULL || h->count == 0) {
		lookup_nothing(t, key);
		return;
	}
	if (h->flags & MAPF_WRITING)
		fatal_writes();
	uint64_t hash = t->hasher(t->type.key, key, h->seed);
	h->flags ^= MAPF_WRITING;
	uint64_t bucket = hash & bucket_mask(h->B);
	if (growing(h))
		grow_work(t, h, bucket, KEYS_ANY);
	Bucket *orig = bucket_at(t, h->buckets, bucket);
	uint8_t top = tophash(hash);
	for (Bucket *b = orig; b != NULL; b = bucket_overflow(t, b)) {
		for (uint64_t i = 0; i < BUCKET_SLOTS; i++) {
			if (b->tophash[i] != top) {
				if (b->tophash[i] == TOP_EMPTY_REST)
					goto out;
				continue;
			}
			uint8_t *k = bucket_key(t, b, i);
			if (!t->equal(t->type.key, key, slot_key(t, k)))
				continue;
			/* clear the slot: pointers for the collector, and the
			 * element so that a later insert finds zeros (m[k] += 1) */
			if (t->flags & MAPTYPE_INDIRECTKEY)
				*(void **)k = NULL;
			else if (t->type.key->ptrdata != 0)
				memset(k, 0, (size_t)t->type.key->size);
			uint8_t *e = bucket_elem(t, b, i);
			if (t->flags & MAPTYPE_INDIRECTELEM)
				*(void **)e = NULL;
			else
				memset(e, 0, (size_t)t->type.elem->size);
			mark_deleted(t, orig, b, i);
			count_deleted(h);
			goto out;
		}
	}
out:
	if (!(h->flags & MAPF_WRITING))
		fatal_writes();
	h->flags &= ~MAPF_WRITING;
}

/* ---- 8-byte keys ------------------------------------------------------------------ */

static inline uint64_t key64_at(const Bucket *b, uint64_t i)
{
	uint64_t v;
	memcpy(&v, (const uint8_t *)b + DATA_OFFSET + 8 * i, 8);
	return v;
}

static inline void *elem64_at(const GoMapType *t, Bucket *b, uint64_t i)
{
	return (uint8_t *)b + DATA_OFFSET + 8 * BUCKET_SLOTS + i * (uint64_t)t->elemsize;
}

/* The element of key, or NULL. */
static inline void *find64(const GoMapType *t, GoMap *h, uint64_t key)
{
	Bucket *b;
	if (h->B == 0)
		b = h->buckets;   /* one bucket: no need to hash */
	else
		b = lookup_bucket(t, h, rt_hash64(key, h->seed));
	for (; b != NULL; b = bucket_overflow(t, b))
		for (uint64_t i = 0; i < BUCKET_SLOTS; i++)
			if (key64_at(b, i) == key && !is_empty(b->tophash[i]))
				return elem64_at(t, b, i);
	return NULL;
}

void *rt_mapaccess1_fast64(const GoMapType *t, GoMap *h, uint64_t key)
{
	if (h == NULL || h->count == 0)
		return lookup_nothing(t, NULL);
	if (h->flags & MAPF_WRITING)
		fatal_read_write();
	void *e = find64(t, h, key);
	return e ? e : zero_area;
}

RtPair rt_mapaccess2_fast64(const GoMapType *t, GoMap *h, uint64_t key)
{
	if (h == NULL || h->count == 0)
		return (RtPair){(int64_t)(uintptr_t)lookup_nothing(t, NULL), 0};
	if (h->flags & MAPF_WRITING)
		fatal_read_write();
	void *e = find64(t, h, key);
	return e ? (RtPair){(int64_t)(uintptr_t)e, 1} : (RtPair){(int64_t)(uintptr_t)zero_area, 0};
}

void *rt_mapassign_fast64(const GoMapType *t, GoMap *h, uint64_t key)
{
	if (h == NULL)
		panic_nil_map();
	if (h->flags & MAPF_WRITING)
		fatal_writes();
	uint64_t hash = rt_hash64(key, h->seed);
	h->flags ^= MAPF_WRITING;
	if (h->buckets == NULL)
		h->buckets = buckets_alloc(t, 1);
	Bucket *insertb;
	uint64_t inserti;
again:;
	uint64_t bucket = hash & bucket_mask(h->B);
	if (growing(h))
		grow_work(t, h, bucket, KEYS_64);
	Bucket *b = bucket_at(t, h->buckets, bucket);
	insertb = NULL;
	inserti = 0;
	for (;;) {
		for (uint64_t i = 0; i < BUCKET_SLOTS; i++) {
			if (is_empty(b->tophash[i])) {
				if (insertb == NULL) {
					insertb = b;
					inserti = i;
				}
				if (b->tophash[i] == TOP_EMPTY_REST)
					goto notfound;
				continue;
			}
			if (key64_at(b, i) != key)
				continue;
			insertb = b;
			inserti = i;
			goto done;
		}
		Bucket *ovf = bucket_overflow(t, b);
		if (ovf == NULL)
			break;
		b = ovf;
	}
notfound:
	if (!growing(h) && (over_load_factor(h->count + 1, h->B) || too_many_overflow(h->noverflow, h->B))) {
		hash_grow(t, h);
		goto again;
	}
	if (insertb == NULL) {
		insertb = new_overflow(t, h, b);
		inserti = 0;
	}
	insertb->tophash[inserti & (BUCKET_SLOTS - 1)] = tophash(hash);
	memcpy((uint8_t *)insertb + DATA_OFFSET + 8 * inserti, &key, 8);
	h->count++;
done:
	if (!(h->flags & MAPF_WRITING))
		fatal_writes();
	h->flags &= ~MAPF_WRITING;
	return elem64_at(t, insertb, inserti);
}

void rt_mapdelete_fast64(const GoMapType *t, GoMap *h, uint64_t key)
{
	if (h == NULL || h->count == 0)
		return;
	if (h->flags & MAPF_WRITING)
		fatal_writes();
	uint64_t hash = rt_hash64(key, h->seed);
	h->flags ^= MAPF_WRITING;
	uint64_t bucket = hash & bucket_mask(h->B);
	if (growing(h))
		grow_work(t, h, bucket, KEYS_64);
	Bucket *orig = bucket_at(t, h->buckets, bucket);
	for (Bucket *b = orig; b != NULL; b = bucket_overflow(t, b)) {
		for (uint64_t i = 0; i < BUCKET_SLOTS; i++) {
			if (key64_at(b, i) != key || is_empty(b->tophash[i]))
				continue;
			if (buckets_scanned(t))
				memset((uint8_t *)b + DATA_OFFSET + 8 * i, 0, 8);
			memset(elem64_at(t, b, i), 0, (size_t)t->elemsize);
			mark_deleted(t, orig, b, i);
			count_deleted(h);
			goto out;
		}
	}
out:
	if (!(h->flags & MAPF_WRITING))
		fatal_writes();
	h->flags &= ~MAPF_WRITING;
}

/* ---- string keys ------------------------------------------------------------------- */

static inline GoString *keystr_at(Bucket *b, uint64_t i)
{
	return (GoString *)((uint8_t *)b + DATA_OFFSET + 16 * i);
}

static inline void *elemstr_at(const GoMapType *t, Bucket *b, uint64_t i)
{
	return (uint8_t *)b + DATA_OFFSET + 16 * BUCKET_SLOTS + i * (uint64_t)t->elemsize;
}

static inline uint64_t load8(const uint8_t *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static inline uint32_t load4(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

/* a[0:n] == b[0:n].  Map keys are mostly short: up to 16 bytes, two
 * overlapping loads from each end compare every byte without a call
 * (and without reading past either string). */
static inline int bytes_equal(const uint8_t *a, const uint8_t *b, int64_t n)
{
	if (a == b)
		return 1;
	if (n >= 8 && n <= 16)
		return load8(a) == load8(b) && load8(a + n - 8) == load8(b + n - 8);
	if (n >= 4 && n < 8)
		return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
	if (n < 4) {
		for (int64_t i = 0; i < n; i++)
			if (a[i] != b[i])
				return 0;
		return 1;
	}
	return memcmp(a, b, (size_t)n) == 0;
}

/* The element of the string p[0:n], or NULL. */
static inline void *findstr(const GoMapType *t, GoMap *h, const uint8_t *p, int64_t n)
{
	if (h->B == 0 && n < 32) {
		/* one bucket and a short key: comparing is cheaper than hashing */
		Bucket *b = h->buckets;
		for (uint64_t i = 0; i < BUCKET_SLOTS; i++) {
			GoString *k = keystr_at(b, i);
			if (k->len != n || is_empty(b->tophash[i])) {
				if (b->tophash[i] == TOP_EMPTY_REST)
					return NULL;
				continue;
			}
			if (bytes_equal(k->ptr, p, n))
				return elemstr_at(t, b, i);
		}
		return NULL;
	}
	uint64_t hash = rt_wyhash(p, n, h->seed);
	uint8_t top = tophash(hash);
	for (Bucket *b = lookup_bucket(t, h, hash); b != NULL; b = bucket_overflow(t, b)) {
		for (uint64_t i = 0; i < BUCKET_SLOTS; i++) {
			GoString *k = keystr_at(b, i);
			if (k->len != n || b->tophash[i] != top)
				continue;
			if (bytes_equal(k->ptr, p, n))
				return elemstr_at(t, b, i);
		}
	}
	return NULL;
}

void *rt_mapaccess1_faststr(const GoMapType *t, GoMap *h, const uint8_t *p, int64_t len)
{
	if (h == NULL || h->count == 0)
		return lookup_nothing(t, NULL);
	if (h->flags & MAPF_WRITING)
		fatal_read_write();
	void *e = findstr(t, h, p, len);
	return e ? e : zero_area;
}

RtPair rt_mapaccess2_faststr(const GoMapType *t, GoMap *h, const uint8_t *p, int64_t len)
{
	if (h == NULL || h->count == 0)
		return (RtPair){(int64_t)(uintptr_t)lookup_nothing(t, NULL), 0};
	if (h->flags & MAPF_WRITING)
		fatal_read_write();
	void *e = findstr(t, h, p, len);
	return e ? (RtPair){(int64_t)(uintptr_t)e, 1} : (RtPair){(int64_t)(uintptr_t)zero_area, 0};
}

void *rt_mapassign_faststr(const GoMapType *t, GoMap *h, const uint8_t *p, int64_t len)
{
	if (h == NULL)
		panic_nil_map();
	if (h->flags & MAPF_WRITING)
		fatal_writes();
	uint64_t hash = rt_wyhash(p, len, h->seed);
	h->flags ^= MAPF_WRITING;
	if (h->buckets == NULL)
		h->buckets = buckets_alloc(t, 1);
	uint8_t top = tophash(hash);
	Bucket *insertb;
	uint64_t inserti;
again:;
	uint64_t bucket = hash & bucket_mask(h->B);
	if (growing(h))
		grow_work(t, h, bucket, KEYS_STR);
	Bucket *b = bucket_at(t, h->buckets, bucket);
	insertb = NULL;
	inserti = 0;
	for (;;) {
		for (uint64_t i = 0; i < BUCKET_SLOTS; i++) {
			if (b->tophash[i] != top) {
				if (is_empty(b->tophash[i]) && insertb == NULL) {
					insertb = b;
					inserti = i;
				}
				if (b->tophash[i] == TOP_EMPTY_REST)
					goto notfound;
				continue;
			}
			GoString *k = keystr_at(b, i);
			if (k->len != len || !bytes_equal(k->ptr, p, len))
				continue;
			/* there: keep the new key's bytes, so the old ones may be freed */
			k->ptr = p;
			insertb = b;
			inserti = i;
			goto done;
		}
		Bucket *ovf = bucket_overflow(t, b);
		if (ovf == NULL)
			break;
		b = ovf;
	}
notfound:
	if (!growing(h) && (over_load_factor(h->count + 1, h->B) || too_many_overflow(h->noverflow, h->B))) {
		hash_grow(t, h);
		goto again;
	}
	if (insertb == NULL) {
		insertb = new_overflow(t, h, b);
		inserti = 0;
	}
	insertb->tophash[inserti & (BUCKET_SLOTS - 1)] = top;
	*keystr_at(insertb, inserti) = (GoString){p, len};
	h->count++;
done:
	if (!(h->flags & MAPF_WRITING))
		fatal_writes();
	h->flags &= ~MAPF_WRITING;
	return elemstr_at(t, insertb, inserti);
}

void rt_mapdelete_faststr(const GoMapType *t, GoMap *h, const uint8_t *p, int64_t len)
{
	if (h == NULL || h->count == 0)
		return;
	if (h->flags & MAPF_WRITING)
		fatal_writes();
	uint64_t hash = rt_wyhash(p, len, h->seed);
	h->flags ^= MAPF_WRITING;
	uint64_t bucket = hash & bucket_mask(h->B);
	if (growing(h))
		grow_work(t, h, bucket, KEYS_STR);
	Bucket *orig = bucket_at(t, h->buckets, bucket);
	uint8_t top = tophash(hash);
	for (Bucket *b = orig; b != NULL; b = bucket_overflow(t, b)) {
		for (uint64_t i = 0; i < BUCKET_SLOTS; i++) {
			GoString *k = keystr_at(b, i);
			if (k->len != len || b->tophash[i] != top)
				continue;
			if (!bytes_equal(k->ptr, p, len))
				continue;
			k->ptr = NULL;   /* the bytes may be freed */
			memset(elemstr_at(t, b, i), 0, (size_t)t->elemsize);
			mark_deleted(t, orig, b, i);
			count_deleted(h);
			goto out;
		}
	}
out:
	if (!(h->flags & MAPF_WRITING))
		fatal_writes();
	h->flags &= ~MAPF_WRITING;
}

/* ---- iteration ---------------------------------------------------------------------- */

void rt_mapiterinit(const GoMapType *t, GoMap *h, GoMapIter *git)
{
	Iter *it = (Iter *)git;
	memset(it, 0, sizeof *it);
	it->t = t;
	it->h = h;
	if (h == NULL || h->count == 0)
		return;   /* key NULL: nothing to yield */
	it->B = h->B;
	it->buckets = h->buckets;
	if (!buckets_scanned(t)) {
		/* the lists may still grow; the iterator keeps them alive */
		it->overflow = overflow_list(h);
		it->oldoverflow = ((MapExtra *)h->extra)->oldoverflow;
	}
	uint64_t r = rt_fastrand();
	it->startbucket = r & bucket_mask(h->B);
	it->offset = (uint8_t)((r >> h->B) & (BUCKET_SLOTS - 1));
	it->bucket = it->startbucket;
	it->checkbucket = NO_CHECK;
	h->flags |= MAPF_ITERATOR | MAPF_OLD_ITERATOR;
	rt_mapiternext(git);
}

void rt_mapiternext(GoMapIter *git)
{
	Iter *it = (Iter *)git;
	GoMap *h = it->h;
	const GoMapType *t = it->t;
	if (it->buckets == NULL) {
		/* the map was nil or empty when the iteration started */
		it->key = it->elem = NULL;
		return;
	}
	if (h->flags & MAPF_WRITING)
		rt_fatal("concurrent map iteration and map write");
	uint64_t bucket = it->bucket;
	Bucket *b = it->bptr;
	uint64_t i = it->i;
	uint64_t checkbucket = it->checkbucket;
	for (;;) {
		if (b == NULL) {
			if (bucket == it->startbucket && it->wrapped) {
				it->key = NULL;
				it->elem = NULL;
				return;
			}
			if (growing(h) && it->B == h->B) {
				/* started during this growth: the new bucket may still
				 * be in its old bucket, mixed with its sibling's entries */
				uint64_t oldbucket = bucket & (noldbuckets(h) - 1);
				b = bucket_at(t, h->oldbuckets, oldbucket);
				if (!evacuated(b)) {
					checkbucket = bucket;
				} else {
					b = bucket_at(t, it->buckets, bucket);
					checkbucket = NO_CHECK;
				}
			} else {
				b = bucket_at(t, it->buckets, bucket);
				checkbucket = NO_CHECK;
			}
			bucket++;
			if (bucket == ((uint64_t)1 << it->B)) {
				bucket = 0;
				it->wrapped = 1;
			}
			i = 0;
		}
		for (; i < BUCKET_SLOTS; i++) {
			uint64_t slot = (i + it->offset) & (BUCKET_SLOTS - 1);
			uint8_t top = b->tophash[slot];
			if (is_empty(top) || top == TOP_EVAC_EMPTY)
				continue;
			void *k = slot_key(t, bucket_key(t, b, slot));
			if (checkbucket != NO_CHECK && !(h->flags & MAPF_SAME_SIZE)) {
				/* an old bucket feeds two new ones: only the entries
				 * bound for the one we stand for */
				uint64_t hash = t->hasher(t->type.key, k, h->seed);
				if ((hash & bucket_mask(it->B)) != checkbucket)
					continue;
			}
			if (top != TOP_EVAC_X && top != TOP_EVAC_Y) {
				it->key = k;
				it->elem = slot_elem(t, bucket_elem(t, b, slot));
			} else {
				/* moved since we started: the current table has the
				 * truth (deleted, or updated) */
				void *rk;
				void *re = map_find(t, h, k, &rk);
				if (re == NULL)
					continue;
				it->key = rk;
				it->elem = re;
			}
			it->bucket = bucket;
			it->bptr = b;
			it->i = (uint8_t)(i + 1);
			it->checkbucket = checkbucket;
			return;
		}
		b = bucket_overflow(t, b);
		i = 0;
	}
}
