/* runtime.h — what the runtime's C files share among themselves.
 *
 * abi.h is the contract with generated code; this header is the runtime's
 * own business: the small services several files need (writing to a file
 * descriptor without stdio, UTF-8 in Go's exact flavour, a growable byte
 * buffer) and the C prototypes of the library functions that generated
 * code reaches by their Go names (fmt.Println, os.Exit).  The prototypes
 * follow abi.h's word rule, so the Check suites can call them from C just
 * as compiled Go does:
 *
 *     fmt.Sprintf(f string, a ...any) string
 *         words: f.ptr f.len a.ptr a.len a.cap -> two result words
 *     GoString fmt_Sprintf(const uint8_t *f, int64_t flen,
 *                          GoEface *a, int64_t alen, int64_t acap);
 *
 *     fmt.Println(a ...any) (n int, err error)
 *         three result words (n, err.type, err.data), more than two, so
 *         the caller passes the address of a FmtResult as a first word
 *     void fmt_Println(FmtResult *r, GoEface *a, int64_t alen, int64_t acap);
 *
 * Program output goes straight to write(2), as Go's does: nothing is
 * buffered across calls, so stdout and stderr interleave exactly as they
 * would under gc.
 */
#ifndef GOSUB_RUNTIME_H
#define GOSUB_RUNTIME_H

#include "abi.h"

/* ---- output (print.c) ------------------------------------------------------ */

/* Write all n bytes of p to fd, retrying after partial writes and EINTR;
 * errors are ignored, as Go's runtime print ignores them. */
void rt_write_all(int fd, const void *p, int64_t n);

/* "panic: " + text[0:n], then exit 2 (panic.c). */
_Noreturn void rt_panic_text(const char *text, int64_t n);

/* ---- UTF-8, with Go's rules (string.c) --------------------------------------- */

#define RT_RUNE_ERROR 0xFFFD  /* utf8.RuneError, the replacement character */
#define RT_MAX_RUNE 0x10FFFF  /* utf8.MaxRune */
#define RT_UTF_MAX 4          /* bytes in the longest encoding */

/* One decoded rune: utf8.DecodeRuneInString's two results. */
typedef struct RtRune {
	int32_t r;      /* the rune, or RT_RUNE_ERROR for an invalid byte */
	int64_t width;  /* bytes consumed: 1..4, 1 for an invalid byte, 0 at the end */
} RtRune;

RtRune rt_utf8_decode(const uint8_t *p, int64_t len);
/* Encode r into out (at least RT_UTF_MAX bytes); an invalid rune
 * (negative, a surrogate, above RT_MAX_RUNE) encodes as U+FFFD.
 * Returns the number of bytes written. */
int rt_utf8_encode(uint8_t *out, int64_t r);
/* Runes in p[0:len], counting every invalid byte as one. */
int64_t rt_utf8_count(const uint8_t *p, int64_t len);
/* strconv.IsPrint (isprint.c, generated). */
int rt_isprint(int32_t r);

/* ---- a growable byte buffer (fmt.c) ----------------------------------------- */

/* Bytes being built; lives in malloc'd memory and is freed by its user. */
typedef struct RtBuf {
	uint8_t *ptr;  /* the bytes, or NULL before the first append */
	int64_t len;   /* bytes in use */
	int64_t cap;   /* bytes allocated */
} RtBuf;

void rt_buf_write(RtBuf *b, const void *p, int64_t n);
void rt_buf_byte(RtBuf *b, uint8_t c);
void rt_buf_str(RtBuf *b, const char *s);
void rt_buf_rune(RtBuf *b, int64_t r);
void rt_buf_free(RtBuf *b);

/* strconv.Quote(s) appended to b (fmt.c). */
void rt_quote(RtBuf *b, const uint8_t *s, int64_t n);

/* ---- library functions generated code calls by their Go names ------------ */

/* The results of fmt.Print, fmt.Println and fmt.Printf: (n int, err error). */
typedef struct FmtResult {
	int64_t n;    /* bytes written */
	GoIface err;  /* always nil: writes to stdout are not checked */
} FmtResult;

void fmt_Println(FmtResult *r, GoEface *a, int64_t alen, int64_t acap) __asm__("fmt.Println");
void fmt_Print(FmtResult *r, GoEface *a, int64_t alen, int64_t acap) __asm__("fmt.Print");
void fmt_Printf(FmtResult *r, const uint8_t *f, int64_t flen,
		GoEface *a, int64_t alen, int64_t acap) __asm__("fmt.Printf");
GoString fmt_Sprintf(const uint8_t *f, int64_t flen,
		GoEface *a, int64_t alen, int64_t acap) __asm__("fmt.Sprintf");
GoString fmt_Sprint(GoEface *a, int64_t alen, int64_t acap) __asm__("fmt.Sprint");
GoString fmt_Sprintln(GoEface *a, int64_t alen, int64_t acap) __asm__("fmt.Sprintln");

/* os.Exit(code int) and os.Args []string (main.c). */
_Noreturn void os_Exit(int64_t code) __asm__("os.Exit");
extern GoSlice os_Args __asm__("os.Args");

/* The fault handler's message for a nil dereference gc catches by signal
 * (panic.c); main.c installs the handler. */
void rt_install_fault_handler(void);

/* "panic: runtime error: " + what, and exit status 2 (panic.c) */
_Noreturn void rt_panic_msg(const char *what);
/* "fatal error: " + what, and exit status 2: gc's throw and fatal, which
 * run no deferred call (panic.c) */
_Noreturn void rt_fatal(const char *what);

/* ---- hashing and random numbers (hash.c) --------------------------------------- */

/* wyhash v4's secret: hash.c's essay says how the hash uses them. */
#define RT_WY0 0x2d358dccaa6c78a5ull
#define RT_WY1 0x8bb84b93962eacc9ull
#define RT_WY2 0x4b33a62ed433d4a3ull
#define RT_WY3 0x4d5a2da51de1aa47ull

/* The 128-bit product of x and y, its two halves xor-ed. */
static inline uint64_t rt_wymix(uint64_t x, uint64_t y)
{
	unsigned __int128 r = (unsigned __int128)x * y;
	return (uint64_t)r ^ (uint64_t)(r >> 64);
}

/* wyhash of len bytes at p with a (random) seed. */
uint64_t rt_wyhash(const void *p, int64_t len, uint64_t seed);

/* rt_wyhash of the 8 bytes of v, computed from v in a register: the hash
 * of every 8-byte key (rt_memhash64 and map.c's _fast64 paths).  With v's
 * 32-bit halves lo and hi, wyhash reads a = lo:hi and b = hi:lo. */
static inline uint64_t rt_hash64(uint64_t v, uint64_t seed)
{
	uint64_t a = ((v << 32) | (v >> 32)) ^ RT_WY1, b = v ^ seed;
	unsigned __int128 r = (unsigned __int128)a * b;
	return rt_wymix((uint64_t)r ^ RT_WY0 ^ 8, (uint64_t)(r >> 64) ^ RT_WY1);
}

/* A random 64-bit number (gc's fastrand): map seeds, iteration starts. */
uint64_t rt_fastrand(void);
void rt_fastrand_seed(uint64_t seed);   /* GOSUBDEBUG=mapseed=N */

/* ---- maps (map.c) ------------------------------------------------------------------ */

/* Read GOSUBDEBUG's maptrace (main.c calls it once at start-up; the
 * Check suite calls it after setenv). */
void rt_map_configure(void);

/* ---- the heap (malloc.c, gc.c; their inside is in heap.h) ----------------- */

/* the allocator's size for a request: gc's size classes */
uint64_t rt_roundupsize(uint64_t size);
/* n values of type elem in one zeroed object, scanned with elem's bitmap */
void *rt_newarray(const GoType *elem, int64_t n);
/* Record the top of the stack, above every frame (main.c passes argv:
 * the kernel puts it above the C start code's first frame), and set the
 * heap up.  Without it the collector takes glibc's __libc_stack_end. */
void rt_gc_init(void *stack_top);
int rt_on_stack(const void *p);   /* p is in the stack (a frame's buffer) */

/* runtime.MemStats, laid out as lib/runtime/runtime.go declares it */
typedef struct MemStats {
	uint64_t Alloc;       /* bytes in allocated objects */
	uint64_t TotalAlloc;  /* bytes ever allocated */
	uint64_t Sys;         /* bytes obtained from the kernel */
	uint64_t Mallocs;     /* objects ever allocated */
	uint64_t Frees;       /* objects freed */
	uint64_t HeapAlloc;   /* the same as Alloc */
	uint32_t NumGC;       /* completed collections */
} MemStats;

void runtime_GC(void) __asm__("runtime.GC");
void runtime_ReadMemStats(MemStats *m) __asm__("runtime.ReadMemStats");

/* runs a Go closure (runtime/asm_ARCH.S) */
void rt_callclosure(void *closure);
/* runs every pending deferred call, innermost first (defer.c) */
void rt_rundefers(void);
/* The top of the defer stack, and dropping what was pushed above it. */
void *rt_defer_mark(void);
/* The closures of the pending deferred calls, for the collector's mark. */
void rt_defer_roots(void (*mark)(void *ctx, uintptr_t word), void *ctx);
void rt_defer_release(void *mark);
/* fn(nil), a func() string method; 0 if it dereferenced nil (panic.c) */
int rt_call_nil_receiver(void *fn, GoString *out);

/* no more collections (gc.c): the fault handler calls it before running
 * deferred calls on the signal stack */
void rt_gc_forbid(void);

#endif
