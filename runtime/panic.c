/* panic.c — run-time panics, worded as gc 1.19 words them.
 *
 * Generated code checks what Go requires it to check (an index against a
 * length, a divisor against zero, a shift count against zero) and, when a
 * check fails, calls one of the rt_panic_* functions of abi.h with the
 * numbers gc puts in its message.  Each prints what a gc-built program
 * prints on standard error and exits with status 2:
 *
 *     panic: runtime error: index out of range [5] with length 3
 *     <blank line>
 *     goroutine 1 [running]:
 *     main.main()
 *
 * The first line is the contract (the test runner compares it); gc's
 * traceback follows with file names, lines and pc offsets, which gosub
 * does not have, so only its first two lines are imitated.  When recover
 * and deferred calls arrive, these functions will unwind into them
 * instead of exiting; until then a panic ends the program at once.
 *
 * The slice messages name the index expression that failed, with gc's
 * notation: [:hi] when hi exceeds the length or capacity, [lo:hi] when
 * lo > hi, and for three-index slices [::max], [:hi:max], [lo:hi:].
 *
 * panic(v) prints v as gc's printpanicval does — not as fmt does:
 *
 *     panic("boom")          panic: boom                (raw, unquoted)
 *     panic(5), panic(true)  panic: 5, panic: true
 *     panic(T(5))            panic: main.T(5)           (named basic type)
 *     panic(S("x"))          panic: main.S("x")         (quoted, unescaped)
 *     panic(nil)             panic: nil
 *     panic([2]int{1, 2})    panic: ([2]int) 0xc00001c030  (the address)
 *
 * A nil dereference that no explicit check catches faults; the SIGSEGV
 * handler installed by main turns a fault near address zero into gc's
 * nil-pointer panic, and any other fault into gc's "unexpected fault
 * address" error.
 */
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#include "runtime.h"

/* ---- writing the message ------------------------------------------------------ */

/* A message line being assembled; panics print without allocating, so a
 * panic about memory cannot fail for want of it. */
typedef struct PanicMsg {
	char buf[512];  /* the text so far */
	int len;        /* bytes used */
} PanicMsg;

static void msg_bytes(PanicMsg *m, const void *p, int64_t n)
{
	/* What does not fit is written out first, so nothing is lost. */
	if (m->len + n > (int64_t)sizeof m->buf) {
		rt_write_all(2, m->buf, m->len);
		m->len = 0;
		if (n > (int64_t)sizeof m->buf) {
			rt_write_all(2, p, n);
			return;
		}
	}
	memcpy(m->buf + m->len, p, (size_t)n);
	m->len += (int)n;
}

static void msg_str(PanicMsg *m, const char *s)
{
	msg_bytes(m, s, (int64_t)strlen(s));
}

static void msg_uint(PanicMsg *m, uint64_t u)
{
	char buf[24], *end = buf + sizeof buf, *p = end;
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	msg_bytes(m, p, end - p);
}

static void msg_int(PanicMsg *m, int64_t v)
{
	if (v < 0) {
		msg_str(m, "-");
		msg_uint(m, -(uint64_t)v);
	} else {
		msg_uint(m, (uint64_t)v);
	}
}

static void msg_hex(PanicMsg *m, uint64_t u)
{
	char buf[24], *end = buf + sizeof buf, *p = end;
	do {
		*--p = "0123456789abcdef"[u & 15];
		u >>= 4;
	} while (u != 0);
	msg_str(m, "0x");
	msg_bytes(m, p, end - p);
}

/* The traceback's stand-in, then exit status 2 as gc's runtime uses. */
static _Noreturn void panic_finish(PanicMsg *m)
{
	/* Go runs the deferred calls while the panic unwinds the stack, and
	 * prints the message once none is left (there is no recover here) */
	rt_rundefers();
	msg_str(m, "\n\ngoroutine 1 [running]:\nmain.main()\n");
	rt_write_all(2, m->buf, m->len);
	_exit(2);
}

/* "panic: runtime error: " + what, for the messages with no numbers. */
static _Noreturn void panic_runtime(const char *what)
{
	PanicMsg m = {.len = 0};
	msg_str(&m, "panic: runtime error: ");
	msg_str(&m, what);
	panic_finish(&m);
}

/* The bounds messages: "...out of range " then a bracketed expression
 * with one or two numbers, then an optional " with length N". */
static _Noreturn void panic_bounds(const char *open, int64_t x, const char *mid,
				   int64_t y, const char *tail)
{
	PanicMsg m = {.len = 0};
	msg_str(&m, "panic: runtime error: ");
	msg_str(&m, open);
	msg_int(&m, x);
	msg_str(&m, mid);
	if (tail != NULL) {
		msg_int(&m, y);
		msg_str(&m, tail);
	}
	panic_finish(&m);
}

/* ---- the checks' panics ------------------------------------------------------- */

/* A negative first number gets gc's short form (runtime/error.go's
 * boundsNegErrorFmts): no second number, "[-1]" or "[:-1]" or "[-1:]". */
static _Noreturn void panic_neg(const char *open, int64_t x, const char *close)
{
	panic_bounds(open, x, close, 0, NULL);
}

void rt_panic_index(int64_t i, int64_t len)
{
	if (i < 0)
		panic_neg("index out of range [", i, "]");
	panic_bounds("index out of range [", i, "] with length ", len, "");
}

void rt_panic_slice_alen(int64_t hi, int64_t len)
{
	if (hi < 0)
		panic_neg("slice bounds out of range [:", hi, "]");
	panic_bounds("slice bounds out of range [:", hi, "] with length ", len, "");
}

void rt_panic_slice_acap(int64_t hi, int64_t cap)
{
	if (hi < 0)
		panic_neg("slice bounds out of range [:", hi, "]");
	panic_bounds("slice bounds out of range [:", hi, "] with capacity ", cap, "");
}

void rt_panic_slice_b(int64_t lo, int64_t hi)
{
	if (lo < 0)
		panic_neg("slice bounds out of range [", lo, ":]");
	panic_bounds("slice bounds out of range [", lo, ":", hi, "]");
}

void rt_panic_slice3_alen(int64_t max, int64_t len)
{
	if (max < 0)
		panic_neg("slice bounds out of range [::", max, "]");
	panic_bounds("slice bounds out of range [::", max, "] with length ", len, "");
}

void rt_panic_slice3_acap(int64_t max, int64_t cap)
{
	if (max < 0)
		panic_neg("slice bounds out of range [::", max, "]");
	panic_bounds("slice bounds out of range [::", max, "] with capacity ", cap, "");
}

void rt_panic_slice3_b(int64_t hi, int64_t max)
{
	if (hi < 0)
		panic_neg("slice bounds out of range [:", hi, ":]");
	panic_bounds("slice bounds out of range [:", hi, ":", max, "]");
}

void rt_panic_slice3_c(int64_t lo, int64_t hi)
{
	if (lo < 0)
		panic_neg("slice bounds out of range [", lo, "::]");
	panic_bounds("slice bounds out of range [", lo, ":", hi, ":]");
}

/* "panic: runtime error: " + what, for the runtime's own checks
 * (makeslice: len out of range, ...). */
void rt_panic_msg(const char *what)
{
	panic_runtime(what);
}

/* gc's fatal errors (the map's "concurrent map writes", ...) are not
 * panics: no deferred call runs and recover cannot stop them.  gc prints
 * the goroutine's traceback after a blank line, as for a panic. */
void rt_fatal(const char *what)
{
	PanicMsg m = {.len = 0};
	msg_str(&m, "fatal error: ");
	msg_str(&m, what);
	msg_str(&m, "\n\ngoroutine 1 [running]:\nmain.main()\n");
	rt_write_all(2, m.buf, m.len);
	_exit(2);
}

void rt_panic_divide(void)
{
	panic_runtime("integer divide by zero");
}

void rt_panic_shift(void)
{
	panic_runtime("negative shift amount");
}

/* fmt calls a String or Error method on a nil pointer as Go's does, and
 * prints <nil> if the call panics (Go recovers; here, a nil dereference
 * inside it jumps back to the caller instead of panicking, and the
 * deferred calls it had pushed are dropped). */
static sigjmp_buf *nil_catch;

int rt_call_nil_receiver(void *fn, GoString *out)
{
	sigjmp_buf jb;
	sigjmp_buf *saved = nil_catch;
	void *mark = rt_defer_mark();
	if (sigsetjmp(jb, 1)) {
		nil_catch = saved;
		rt_defer_release(mark);
		return 0;
	}
	nil_catch = &jb;
	*out = ((GoString(*)(void *))fn)(NULL);
	nil_catch = saved;
	return 1;
}

/* The nil-pointer panic with gc's signal line; addr and pc are the
 * fault's when a signal caught it, 0 when an explicit check did. */
static _Noreturn void panic_nil_at(uintptr_t addr, uintptr_t pc)
{
	PanicMsg m = {.len = 0};
	msg_str(&m, "panic: runtime error: invalid memory address or nil pointer dereference\n"
		    "[signal SIGSEGV: segmentation violation code=0x1 addr=");
	msg_hex(&m, addr);
	msg_str(&m, " pc=");
	msg_hex(&m, pc);
	msg_str(&m, "]");
	panic_finish(&m);
}

void rt_panic_nil(void)
{
	if (nil_catch)
		siglongjmp(*nil_catch, 1);
	panic_nil_at(0, 0);
}

/* ---- panic(v) --------------------------------------------------------------------- */

/* The value of integer kind k at p, widened; unsigned kinds zero-extend. */
static int64_t panic_load_int(int64_t kind, const void *p, int *is_unsigned)
{
	*is_unsigned = 0;
	switch (kind) {
	case KIND_INT8: return *(const int8_t *)p;
	case KIND_INT16: return *(const int16_t *)p;
	case KIND_INT32: return *(const int32_t *)p;
	case KIND_INT:
	case KIND_INT64: return *(const int64_t *)p;
	default: break;
	}
	*is_unsigned = 1;
	switch (kind) {
	case KIND_UINT8: return *(const uint8_t *)p;
	case KIND_UINT16: return *(const uint16_t *)p;
	case KIND_UINT32: return *(const uint32_t *)p;
	default: return *(const int64_t *)p;  /* uint, uint64, uintptr */
	}
}

/* A panic whose whole message is text (interface conversions, comparing
 * uncomparable types): "panic: " + text. */
void rt_panic_text(const char *text, int64_t n)
{
	PanicMsg m = {.len = 0};
	msg_str(&m, "panic: ");
	msg_bytes(&m, text, n);
	panic_finish(&m);
}

void rt_gopanic(const GoType *t, void *data)
{
	PanicMsg m = {.len = 0};
	msg_str(&m, "panic: ");
	if (t != NULL) {
		/* gc prints an error by its Error method and a Stringer by its
		 * String method, called once the deferred calls have run */
		void *fn = rt_method_string(t, "Error");
		if (fn == NULL)
			fn = rt_method_string(t, "String");
		if (fn != NULL) {
			rt_rundefers();
			GoString s = ((GoString(*)(void *))fn)(data);
			msg_bytes(&m, s.ptr, s.len);
			panic_finish(&m);
		}
	}
	if (t == NULL) {
		msg_str(&m, "nil");
		panic_finish(&m);
	}
	int basic = t->kind == KIND_BOOL || t->kind == KIND_STRING ||
		    (t->kind >= KIND_INT && t->kind <= KIND_UINTPTR);
	if (!basic) {
		/* Composite values: the type and where the value lives. */
		msg_str(&m, "(");
		msg_bytes(&m, t->name.ptr, t->name.len);
		msg_str(&m, ") ");
		msg_hex(&m, (uintptr_t)data);
		panic_finish(&m);
	}
	if (t->named) {
		msg_bytes(&m, t->name.ptr, t->name.len);
		msg_str(&m, t->kind == KIND_STRING ? "(\"" : "(");
	}
	if (t->kind == KIND_STRING) {
		const GoString *s = data;
		msg_bytes(&m, s->ptr, s->len);
	} else if (t->kind == KIND_BOOL) {
		msg_str(&m, *(const uint8_t *)data ? "true" : "false");
	} else {
		int is_unsigned;
		int64_t v = panic_load_int(t->kind, data, &is_unsigned);
		if (is_unsigned)
			msg_uint(&m, (uint64_t)v);
		else
			msg_int(&m, v);
	}
	if (t->named)
		msg_str(&m, t->kind == KIND_STRING ? "\")" : ")");
	panic_finish(&m);
}

/* ---- faults ------------------------------------------------------------------------ */

/* Runs on its own stack (sigaltstack), so that a fault caused by running
 * out of stack can still be reported. */
static void panic_on_fault(int sig, siginfo_t *info, void *uctx)
{
	uintptr_t addr = (uintptr_t)info->si_addr;
	uintptr_t pc = 0;
	ucontext_t *uc = uctx;
#if defined(__x86_64__)
	pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
	pc = (uintptr_t)uc->uc_mcontext.pc;
#else
	(void)uc;
#endif
	if (sig == SIGSEGV && addr < 0x1000 && nil_catch)
		siglongjmp(*nil_catch, 1);   /* back to rt_call_nil_receiver */
	/* on the signal stack from here on: the deferred calls may allocate,
	 * but the collector must not scan this stack */
	rt_gc_forbid();
	/* gc treats the first page as nil: p.f with p == nil faults there. */
	if (sig == SIGSEGV && addr < 0x1000)
		panic_nil_at(addr, pc);
	PanicMsg m = {.len = 0};
	msg_str(&m, "unexpected fault address ");
	msg_hex(&m, addr);
	msg_str(&m, "\nfatal error: fault\n[signal ");
	msg_str(&m, sig == SIGSEGV ? "SIGSEGV: segmentation violation" : "SIGBUS: bus error");
	msg_str(&m, " code=0x1 addr=");
	msg_hex(&m, addr);
	msg_str(&m, " pc=");
	msg_hex(&m, pc);
	msg_str(&m, "]");
	panic_finish(&m);
}

void rt_install_fault_handler(void)
{
	/* The alternate signal stack is process state, set up once. */
	static uint8_t altstack[64 * 1024];
	stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0};
	sigaltstack(&ss, NULL);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = panic_on_fault;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
}
