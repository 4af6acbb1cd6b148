/* abi.h — the contract between the code gosub generates and the runtime.
 *
 * Everything the compiler hard-codes about a data layout or a calling
 * convention is written down here once; codegen includes this header and
 * _Static_asserts every offset it uses, so the two sides cannot drift.
 *
 * ---- Values in memory -------------------------------------------------------
 *
 *   bool, int8..int64, uint8..uint64, uintptr   1, 1..8 bytes, little-endian
 *   string          GoString  { ptr, len }            16 bytes
 *   slice           GoSlice   { ptr, len, cap }       24 bytes
 *   any/interface{} GoEface   { type, data }          16 bytes
 *   interface{M()}  GoIface   { itab, data }          16 bytes
 *   [N]T            N elements of T, no header
 *
 * An interface's data word holds the value itself when the value is one
 * pointer (pointers, unsafe.Pointer, maps, channels and funcs: "direct"
 * types, rt_type_direct below); for every other type it points at a copy
 * of the value, so the runtime reads a value of any type the same way:
 * through a pointer, with the layout its GoType describes.  gc does the
 * same, and also counts a struct or array holding a single pointer as
 * direct; we do not, which costs those types an allocation when boxed.
 *
 * An interface with methods carries an itab instead of a type: the
 * interface's and the dynamic type's descriptors, then one code pointer
 * per method of the interface, in the order of the interface's sorted
 * method list.  A call i.M(args) loads fun[k] and calls it with the data
 * word as the receiver word: the function there takes a pointer to the
 * value for non-direct types (a wrapper that loads it when M has a value
 * receiver) and the value itself for direct ones.  The compiler emits the
 * itabs it can see statically (go.itab.T,I); the runtime builds the others
 * (conversions between interfaces, assertions to an interface) from the
 * method tables in the type descriptors, and caches them.
 *
 * ---- Values in registers: the calling convention ----------------------------
 *
 * One rule for Go calling Go, Go calling the C runtime, and (later) the
 * runtime calling Go closures:
 *
 *   A Go function is called like a C function whose parameters are the
 *   *words* of its Go parameters, in order, one C parameter per word.
 *
 * A word is 8 bytes.  An int or a pointer is one word; a string is two
 * (ptr, len); a slice three (ptr, len, cap); an array of N ints N words.
 * An array or struct of more than four words (32 bytes) is passed by
 * reference instead: one word, the address of a copy the caller made and
 * owns until the call returns (AAPCS64 does the same for big composites;
 * [4000]int as 4000 words would be 4000 moves).
 * Integers narrower than 64 bits travel sign- or zero-extended to 64 bits
 * and a bool is 0 or 1 in a whole word, so the C side declares every word
 * as int64_t, uint64_t or a pointer, never as int32_t or bool.  The first
 * words go in the argument registers (amd64: rdi rsi rdx rcx r8 r9; arm64:
 * x0..x7), the rest on the stack, 8 bytes each, in order, exactly as C
 * passes extra int64_t parameters.
 *
 * Results: when all results together are at most two words, they come
 * back in rax, rdx (arm64: x0, x1) — the C side returns an int64_t, a
 * pointer, or a 16-byte struct of two words (GoString, RtPair).  When they
 * are more than two words, the caller passes the address of a result area
 * as an extra *first* word parameter, and the callee stores the results
 * there in order, each result laid out as in memory (C: `void f(Ret *r,
 * ...)`).  On arm64 that pointer is x0, not C's x8: the rule is the same
 * on both targets because it is written in C's terms as an ordinary
 * first parameter.
 *
 * Callee-saved registers are the platform's (amd64: rbx rbp r12-r15;
 * arm64: x19-x28, x29, x30), so C can call Go and Go can call C.
 *
 * ---- Names ------------------------------------------------------------------
 *
 * Generated symbols are Go's qualified names: `main.main`, `main.fib`.
 * `main.init` runs the package's variable initializers and its init
 * functions.  Library functions written in C carry their Go name through
 * an asm label:  GoString fmt_Sprint(...) __asm__("fmt.Sprint");
 * Runtime entry points that generated code calls start with `rt_` and are
 * listed at the end of this file.
 */
#ifndef GOSUB_ABI_H
#define GOSUB_ABI_H

#include <stddef.h>
#include <stdint.h>

typedef struct GoString {
	const uint8_t *ptr;
	int64_t len;
} GoString;

typedef struct GoSlice {
	void *ptr;
	int64_t len;
	int64_t cap;
} GoSlice;

typedef struct GoType GoType;

typedef struct GoEface {
	const GoType *type;   /* NULL for a nil interface */
	void *data;           /* points at the value */
} GoEface;

typedef struct GoItab {
	const GoType *inter;  /* the interface type */
	const GoType *type;   /* the dynamic type */
	void *fun[];          /* one code pointer per method of inter, sorted by name */
} GoItab;

typedef struct GoIface {
	const GoItab *tab;    /* NULL for a nil interface */
	void *data;
} GoIface;

/* Two result words (rax:rdx, x0:x1). */
typedef struct RtPair {
	int64_t a, b;
} RtPair;

/* reflect.Kind's numbering, so %v and %T code reads like Go's fmt. */
typedef enum GoKind {
	KIND_INVALID = 0,
	KIND_BOOL = 1,
	KIND_INT = 2,
	KIND_INT8 = 3,
	KIND_INT16 = 4,
	KIND_INT32 = 5,
	KIND_INT64 = 6,
	KIND_UINT = 7,
	KIND_UINT8 = 8,
	KIND_UINT16 = 9,
	KIND_UINT32 = 10,
	KIND_UINT64 = 11,
	KIND_UINTPTR = 12,
	KIND_ARRAY = 17,
	KIND_CHAN = 18,
	KIND_FUNC = 19,
	KIND_INTERFACE = 20,
	KIND_MAP = 21,
	KIND_POINTER = 22,
	KIND_SLICE = 23,
	KIND_STRING = 24,
	KIND_STRUCT = 25,
	KIND_UNSAFE_POINTER = 26,
} GoKind;

/* A struct field, for fmt's %v, %+v and %#v. */
typedef struct GoField {
	GoString name;
	const GoType *type;
	int64_t offset;
	int64_t embedded;
} GoField;

/* A method in a type descriptor's table, sorted by name.  For a concrete
 * type: the methods of its method set, ifn taking the data word of an
 * interface holding the type as its receiver word.  For an interface
 * type: its methods, with ifn NULL.  mtyp is the method's func type
 * without the receiver ("func() string"). */
typedef struct GoMethod {
	GoString name;
	const GoType *mtyp;
	void *ifn;
} GoMethod;

/* A type descriptor: the compiler emits one, read-only, for every type
 * that is converted to an interface (and, later, for every heap object).
 * `name` is the type as %T prints it: "int", "[3]int", "main.Celsius". */
struct GoType {
	int64_t size;          /* bytes */
	int64_t kind;          /* GoKind */
	GoString name;         /* %T */
	int64_t named;         /* declared with a name (type T ...): %#v prints it */
	const GoType *elem;    /* array, slice, pointer, map value, chan */
	int64_t len;           /* array length */
	const GoType *key;     /* map key */
	const GoField *fields; /* struct fields */
	int64_t nfields;
	int64_t ptrdata;       /* bytes from the start that may hold pointers
	                          (0: the collector never looks inside) */
	const uint8_t *gcbits; /* one bit per word of the first ptrdata bytes,
	                          least significant bit first: 1 = a pointer */
	const GoMethod *methods; /* the method table, sorted by name */
	int64_t nmethods;
};

/* Is a value of type t held in an interface's data word itself? */
static inline int rt_type_direct(const GoType *t)
{
	return t->kind == KIND_POINTER || t->kind == KIND_UNSAFE_POINTER || t->kind == KIND_MAP ||
	       t->kind == KIND_CHAN || t->kind == KIND_FUNC;
}

/* ---- Maps (map.c) ------------------------------------------------------------
 * A map value is one word: a pointer to its header, GoMap (gc's hmap), or
 * NULL for a nil map.  The header's first word is the count, so len(m) is
 * a nil test and one load.  The buckets are gc 1.19's: 8 tophash bytes,
 * then 8 keys, then 8 elements, then the overflow pointer; map.c's essay
 * has the design.
 *
 * A map type's descriptor is a GoType of kind KIND_MAP (key and elem set)
 * followed by what map.c needs.  The compiler chooses the hash and the
 * equality from the key type: rt_memhash64 for 8-byte plain keys,
 * rt_strhash for strings, ..., rt_typehash/rt_typeequal (which walk the
 * key's descriptor) for strings or interfaces inside arrays and structs.
 * Each is called with the key's GoType, which the fixed-size ones ignore. */
typedef uint64_t (*GoHashFn)(const GoType *t, const void *key, uint64_t seed);
typedef int64_t (*GoEqualFn)(const GoType *t, const void *a, const void *b);
#define MAPTYPE_INDIRECTKEY 1   /* key slots hold pointers to keys (keys > 128 bytes) */
#define MAPTYPE_INDIRECTELEM 2  /* likewise for elements */
#define MAPTYPE_NEEDKEYUPDATE 4 /* an overwrite stores the new key too (strings, interfaces) */
#define MAPTYPE_HASPOINTERS 8   /* keys or elements hold pointers: buckets are scanned */
typedef struct GoMapType {
	GoType type;        /* kind KIND_MAP; type.key, type.elem */
	GoHashFn hasher;
	GoEqualFn equal;
	int64_t keysize;    /* bytes of a key slot: the key's size, or 8 when indirect */
	int64_t elemsize;   /* bytes of an element slot: likewise */
	int64_t bucketsize; /* 8 + 8*keysize + 8*elemsize + 8 (overflow pointer) */
	int64_t flags;      /* MAPTYPE_* */
} GoMapType;
typedef struct GoMap {
	int64_t count;      /* live entries: len(m) */
	uint8_t flags;      /* iterator, oldIterator, hashWriting, sameSizeGrow */
	uint8_t B;          /* log2 of the number of buckets */
	uint16_t noverflow; /* approximate number of overflow buckets */
	uint32_t pad;
	uint64_t seed;      /* the hash seed, random per map */
	void *buckets;      /* 2^B buckets */
	void *oldbuckets;   /* the previous array while growing, else NULL */
	uint64_t nevacuate; /* old buckets below this one are evacuated */
	void *extra;        /* overflow buckets kept alive, preallocated overflow */
} GoMap;
/* An iterator: range over a map keeps one in the frame.  key is NULL when
 * the iteration is over; otherwise key and elem point at the entry. */
typedef struct GoMapIter {
	void *key;
	void *elem;
	int64_t state[10];  /* map.c's: type, map, buckets, bucket, slot, start, ... */
} GoMapIter;
#define ABI_MAP_BYTES 56
#define ABI_MAPITER_BYTES 96
#define ABI_MAPITER_ELEM 8
#define ABI_MAPTYPE_BYTES (112 + 48)
#define ABI_MAPTYPE_BUCKETSIZE (112 + 32)
_Static_assert(sizeof(GoMap) == ABI_MAP_BYTES, "map header layout");
_Static_assert(offsetof(GoMap, count) == 0, "len(m) reads the first word");
_Static_assert(sizeof(GoMapIter) == ABI_MAPITER_BYTES, "map iterator layout");
_Static_assert(offsetof(GoMapIter, elem) == ABI_MAPITER_ELEM, "map iterator layout");
_Static_assert(sizeof(GoMapType) == ABI_MAPTYPE_BYTES, "map type layout");
_Static_assert(offsetof(GoMapType, bucketsize) == ABI_MAPTYPE_BUCKETSIZE, "map type layout");

/* Offsets codegen hard-codes; see codegen/ for the _Static_asserts. */
#define ABI_STRING_PTR 0
#define ABI_STRING_LEN 8
#define ABI_SLICE_PTR 0
#define ABI_SLICE_LEN 8
#define ABI_SLICE_CAP 16
/* a concatenation or string conversion whose result does not escape is
 * built in a buffer in the caller's frame when it fits: ABI_TMP_BUF bytes
 * (runes for []rune(s)), gc's tmpStringBufSize */
#define ABI_TMP_BUF 32
#define ABI_EFACE_TYPE 0
#define ABI_EFACE_DATA 8
#define ABI_TYPE_SIZE 0
#define ABI_TYPE_KIND 8
#define ABI_TYPE_NAME 16
#define ABI_TYPE_NAMED 32
#define ABI_TYPE_ELEM 40
#define ABI_TYPE_LEN 48
#define ABI_TYPE_KEY 56
#define ABI_TYPE_FIELDS 64
#define ABI_TYPE_NFIELDS 72
#define ABI_TYPE_PTRDATA 80
#define ABI_TYPE_GCBITS 88
#define ABI_TYPE_METHODS 96
#define ABI_TYPE_NMETHODS 104
#define ABI_TYPE_BYTES 112
#define ABI_FIELD_BYTES 40
#define ABI_METHOD_BYTES 32
#define ABI_ITAB_TYPE 8
#define ABI_ITAB_FUN 16

_Static_assert(offsetof(GoString, len) == ABI_STRING_LEN, "string layout");
_Static_assert(offsetof(GoSlice, len) == ABI_SLICE_LEN, "slice layout");
_Static_assert(offsetof(GoSlice, cap) == ABI_SLICE_CAP, "slice layout");
_Static_assert(offsetof(GoEface, data) == ABI_EFACE_DATA, "eface layout");
_Static_assert(offsetof(GoType, kind) == ABI_TYPE_KIND, "type layout");
_Static_assert(offsetof(GoType, name) == ABI_TYPE_NAME, "type layout");
_Static_assert(offsetof(GoType, named) == ABI_TYPE_NAMED, "type layout");
_Static_assert(offsetof(GoType, elem) == ABI_TYPE_ELEM, "type layout");
_Static_assert(offsetof(GoType, len) == ABI_TYPE_LEN, "type layout");
_Static_assert(offsetof(GoType, key) == ABI_TYPE_KEY, "type layout");
_Static_assert(offsetof(GoType, fields) == ABI_TYPE_FIELDS, "type layout");
_Static_assert(offsetof(GoType, nfields) == ABI_TYPE_NFIELDS, "type layout");
_Static_assert(offsetof(GoType, ptrdata) == ABI_TYPE_PTRDATA, "type layout");
_Static_assert(offsetof(GoType, gcbits) == ABI_TYPE_GCBITS, "type layout");
_Static_assert(offsetof(GoType, methods) == ABI_TYPE_METHODS, "type layout");
_Static_assert(offsetof(GoType, nmethods) == ABI_TYPE_NMETHODS, "type layout");
_Static_assert(sizeof(GoType) == ABI_TYPE_BYTES, "type layout");
_Static_assert(sizeof(GoMethod) == ABI_METHOD_BYTES, "method layout");
_Static_assert(offsetof(GoItab, type) == ABI_ITAB_TYPE, "itab layout");
_Static_assert(offsetof(GoItab, fun) == ABI_ITAB_FUN, "itab layout");
_Static_assert(sizeof(GoField) == ABI_FIELD_BYTES, "field layout");

/* ---- Runtime entry points that generated code calls -----------------------
 * Each is declared here with its word-level signature.  "noreturn" ones
 * print gc's message, "goroutine 1 [running]:", and exit with status 2. */

/* panics (panic.c) */
_Noreturn void rt_panic_index(int64_t i, int64_t len);        /* index out of range [i] with length len */
_Noreturn void rt_panic_slice_alen(int64_t hi, int64_t len);  /* slice bounds out of range [:hi] with length len */
_Noreturn void rt_panic_slice_acap(int64_t hi, int64_t cap);  /* slice bounds out of range [:hi] with capacity cap */
_Noreturn void rt_panic_slice_b(int64_t lo, int64_t hi);      /* slice bounds out of range [lo:hi] */
_Noreturn void rt_panic_slice3_alen(int64_t max, int64_t len);/* slice bounds out of range [::max] with length len */
_Noreturn void rt_panic_slice3_acap(int64_t max, int64_t cap);/* slice bounds out of range [::max] with capacity cap */
_Noreturn void rt_panic_slice3_b(int64_t hi, int64_t max);    /* slice bounds out of range [:hi:max] */
_Noreturn void rt_panic_slice3_c(int64_t lo, int64_t hi);     /* slice bounds out of range [lo:hi:] */
_Noreturn void rt_panic_divide(void);                         /* integer divide by zero */
_Noreturn void rt_panic_shift(void);                          /* negative shift amount */
_Noreturn void rt_panic_nil(void);                            /* invalid memory address or nil pointer dereference */
_Noreturn void rt_gopanic(const GoType *t, void *data);       /* panic(v) */

/* interfaces (iface.c) */
const GoItab *rt_convI2I(const GoType *inter, const GoItab *tab);    /* a conversion I -> J: J's itab for tab's type; NULL for NULL */
int64_t rt_ifaceeq(int64_t itabs, const void *x0, void *x1, const void *y0, void *y1); /* x == y for two interfaces; itabs: not interface{} */
const GoItab *rt_assertitab(const GoType *inter, const GoType *t, const GoType *from); /* x.(J): panics as gc */
const GoItab *rt_assertitab2(const GoType *inter, const GoType *t);  /* v, ok := x.(J): NULL when not */
_Noreturn void rt_panicdottype(const GoType *have, const GoType *want, const GoType *iface); /* x.(T) failed */
int64_t rt_efaceeq(const GoType *t, void *x, void *y);  /* data words of two interfaces of dynamic type t */
/* The method `name` of func() string in t's table, or NULL (fmt, panic) */
void *rt_method_string(const GoType *t, const char *name);

/* print and println (print.c), to stderr, formatted as gc's runtime does */
void rt_printint(int64_t v);
void rt_printuint(uint64_t v);
void rt_printbool(int64_t v);
void rt_printstring(const uint8_t *p, int64_t len);
void rt_printpointer(void *p);
void rt_printsp(void);
void rt_printnl(void);

/* strings (string.c) */
GoString rt_concatstring2(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen, uint8_t *buf);
GoString rt_concatstrings(const GoString *parts, int64_t n, uint8_t *buf);
int64_t rt_cmpstring(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen); /* -1, 0, 1 */
int64_t rt_eqstring(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen);  /* 0 or 1 */
int64_t rt_memequal(const void *a, const void *b, int64_t size);    /* == of plain bytes: 0 or 1 */
GoString rt_intstring(int64_t rune);                            /* string(rune): "\uFFFD" if invalid */
GoString rt_slicebytetostring(const uint8_t *p, int64_t len, uint8_t *buf);   /* copies */
void rt_stringtoslicebyte(GoSlice *ret, const uint8_t *p, int64_t len, uint8_t *buf);
void rt_stringtoslicerune(GoSlice *ret, const uint8_t *p, int64_t len, int32_t *buf);
GoString rt_slicerunetostring(const int32_t *p, int64_t len, uint8_t *buf);
RtPair rt_decoderune(const uint8_t *p, int64_t len, int64_t k); /* (rune, next k) at s[k]: range over a string */

/* slices (slice.c): make, append's growth (gc 1.19's rule), copy; the
 * element type tells the collector where the pointers are */
void *rt_makeslice(const GoType *elem, int64_t len, int64_t cap);
RtPair rt_growslice(const GoType *elem, void *old, int64_t len, int64_t cap, int64_t newlen); /* (ptr, newcap) */
int64_t rt_slicecopy(void *dst, int64_t dlen, const void *src, int64_t slen, int64_t elemsize);

/* defer (defer.c): push a deferred call for this frame; run the frame's */
void rt_deferproc(void *frame, void *closure);
void rt_deferreturn(void *frame);

/* maps (map.c).  Keys travel by address (a temporary in the caller's
 * frame) except in the _fast64 and _faststr forms, which take the key's
 * words.  Lookups never return NULL: a missing key yields a pointer to
 * zeros.  m[k] = v is mapassign, then a store through the slot it returns
 * (so m[k] += v is one lookup, as in gc). */
GoMap *rt_makemap(const GoMapType *t, int64_t hint, GoMap *h, void *bucket);
        /* make(map[K]V, hint); h: a header in the caller's frame when the
         * map does not escape (else NULL), bucket: a first bucket there too
         * (a constant hint <= 8; used only with h), else NULL; makemap
         * zeroes both.  A hint < 0 or too large counts as 0, as in gc 1.19
         * (its makemap does not panic). */
void *rt_mapaccess1(const GoMapType *t, GoMap *h, const void *key);      /* v := m[k] */
RtPair rt_mapaccess2(const GoMapType *t, GoMap *h, const void *key);     /* v, ok := m[k]: (pointer, ok) */
void *rt_mapassign(const GoMapType *t, GoMap *h, const void *key);       /* the slot of m[k]; nil map panics */
void rt_mapdelete(const GoMapType *t, GoMap *h, const void *key);        /* delete(m, k) */
void *rt_mapaccess1_fast64(const GoMapType *t, GoMap *h, uint64_t key);
RtPair rt_mapaccess2_fast64(const GoMapType *t, GoMap *h, uint64_t key);
void *rt_mapassign_fast64(const GoMapType *t, GoMap *h, uint64_t key);
void rt_mapdelete_fast64(const GoMapType *t, GoMap *h, uint64_t key);
void *rt_mapaccess1_faststr(const GoMapType *t, GoMap *h, const uint8_t *p, int64_t len);
RtPair rt_mapaccess2_faststr(const GoMapType *t, GoMap *h, const uint8_t *p, int64_t len);
void *rt_mapassign_faststr(const GoMapType *t, GoMap *h, const uint8_t *p, int64_t len);
void rt_mapdelete_faststr(const GoMapType *t, GoMap *h, const uint8_t *p, int64_t len);
void rt_mapiterinit(const GoMapType *t, GoMap *h, GoMapIter *it);        /* for k, v := range m */
void rt_mapiternext(GoMapIter *it);
/* hashes and equalities a map type may name (hash.c; rt_typeequal is
 * iface.c's == walk).  The _fast64 and _faststr entry points hash as
 * rt_memhash64 and rt_strhash do, whatever the descriptor names. */
uint64_t rt_memhash8(const GoType *t, const void *key, uint64_t seed);
uint64_t rt_memhash16(const GoType *t, const void *key, uint64_t seed);
uint64_t rt_memhash32(const GoType *t, const void *key, uint64_t seed);
uint64_t rt_memhash64(const GoType *t, const void *key, uint64_t seed);
uint64_t rt_memhash(const GoType *t, const void *key, uint64_t seed);    /* t->size plain bytes */
uint64_t rt_strhash(const GoType *t, const void *key, uint64_t seed);
uint64_t rt_interhash(const GoType *t, const void *key, uint64_t seed);  /* an interface with methods */
uint64_t rt_nilinterhash(const GoType *t, const void *key, uint64_t seed); /* interface{} */
uint64_t rt_typehash(const GoType *t, const void *key, uint64_t seed);   /* any comparable type, by its descriptor */
int64_t rt_memequal8(const GoType *t, const void *a, const void *b);
int64_t rt_memequal16(const GoType *t, const void *a, const void *b);
int64_t rt_memequal32(const GoType *t, const void *a, const void *b);
int64_t rt_memequal64(const GoType *t, const void *a, const void *b);
int64_t rt_memequal_t(const GoType *t, const void *a, const void *b);   /* t->size plain bytes */
int64_t rt_strequal(const GoType *t, const void *a, const void *b);
int64_t rt_interequal(const GoType *t, const void *a, const void *b);
int64_t rt_nilinterequal(const GoType *t, const void *a, const void *b);
int64_t rt_typeequal(const GoType *t, const void *a, const void *b);

/* memory (malloc.c, gc.c): the garbage-collected heap.  Every object
 * comes zeroed, 8-aligned (16 for size >= 16).  The collector scans an
 * object precisely when it knows its type, conservatively (every word
 * may be a pointer) when it does not, and not at all when told it holds
 * no pointers. */
void *rt_newobject(const GoType *t);          /* new(T), &T{}, escaping variables */
void *rt_alloc(int64_t size);                 /* unknown layout: closures, defer records */
void *rt_alloc_noscan(int64_t size);          /* no pointers: string bytes */

/* program entry (main.c): C's main fills os.Args, runs main.init, then
 * main.main, and exits 0. */
void rt_exit(int64_t code);

#endif
