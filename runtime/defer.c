/* defer.c — the deferred calls of the running goroutine.
 *
 * `defer f(x)` evaluates f and x where it stands and hands the runtime a
 * closure that makes the call later (the compiler builds that closure, a
 * "defer wrapper", with the values inside).  The runtime keeps them on a
 * stack, each tagged with the frame of the function that deferred it:
 *
 *     rt_deferproc(frame, closure)   at the defer statement: push
 *     rt_deferreturn(frame)          before the function returns: pop and
 *                                    run this frame's calls, last first
 *     rt_rundefers()                 when the program panics: run them
 *                                    all, innermost frame first, before
 *                                    the panic message (Go runs deferred
 *                                    calls while it unwinds)
 *
 * gc keeps a defer record on the goroutine too (runtime._defer), and for
 * most functions does better: "open-coded defers" run the calls inline at
 * each return, with a bit mask of which defer statements were reached.
 * The stack here is the general mechanism it falls back to.
 *
 * One goroutine for now (T4 gives each goroutine its own stack of them).
 */
#include <stddef.h>
#include <stdlib.h>

#include "abi.h"
#include "runtime.h"

typedef struct Defer {
	void *frame;           /* which activation deferred it */
	void *closure;         /* the call, ready to run: rt_callclosure(closure) */
	struct Defer *next;    /* the one deferred before it */
} Defer;

/* Both are C globals, which the collector scans as roots: that is what
 * keeps the records (from rt_alloc) and their closures alive. */
static Defer *pending;     /* the top of the goroutine's defer stack */
static Defer *spare;       /* records to reuse */

void rt_deferproc(void *frame, void *closure)
{
	Defer *d = spare;
	if (d)
		spare = d->next;
	else if (!(d = malloc(sizeof(Defer))))
		rt_panic_msg("out of memory (defer record)");
	d->frame = frame;
	d->closure = closure;
	d->next = pending;
	pending = d;
}

void rt_deferreturn(void *frame)
{
	while (pending && pending->frame == frame) {
		Defer *d = pending;
		pending = d->next;
		void *c = d->closure;
		d->frame = d->closure = NULL;  /* a spare record keeps no closure alive */
		d->next = spare;
		spare = d;
		rt_callclosure(c);
	}
}

void rt_rundefers(void)
{
	while (pending) {
		Defer *d = pending;
		pending = d->next;
		rt_callclosure(d->closure);
	}
}

void *rt_defer_mark(void)
{
	return pending;
}

void rt_defer_release(void *mark)
{
	while (pending && pending != mark) {
		Defer *d = pending;
		pending = d->next;
		d->frame = d->closure = NULL;
		d->next = spare;
		spare = d;
	}
}

/* The records live outside the collected heap (malloc): a record points
 * at its frame, and its closure may be in the frame too when escape
 * analysis put it there, which GOSUBDEBUG=checkstack would take for a
 * heap object pointing into the stack.  The collector marks the closures
 * they hold from here. */
void rt_defer_roots(void (*mark)(void *ctx, uintptr_t word), void *ctx)
{
	for (Defer *d = pending; d; d = d->next)
		mark(ctx, (uintptr_t)d->closure);
}
