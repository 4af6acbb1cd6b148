/* escape.h — escape analysis: for every allocation, the stack or the heap.
 *
 * ---- The question -------------------------------------------------------------
 *
 * A Go program never says where a value lives.  `p := &Point{1, 2}` may be
 * a stack slot of the current function or an object on the collected
 * heap; the language only promises that p stays valid as long as it is
 * used.  The stack is much cheaper (no allocation call, no collection, and
 * the memory is hot in the cache), so the compiler wants every object on
 * the stack that can be there.  An object can be in its function's frame
 * when two invariants hold (they are gc's, and the names are its too):
 *
 *   1. no pointer to it is stored in the heap (or a global), because the
 *      heap may keep it after the frame is gone;
 *   2. no pointer to it outlives it: not returned, not stored into a
 *      variable declared outside the loop it was made in (the slot is
 *      reused by the next iteration).
 *
 * ---- The model -----------------------------------------------------------------
 *
 * SSA construction has already made every allocation explicit: each is a
 * runtime call marked with an AllocSite (ssa.h) — a variable whose address
 * is taken, new(T), &T{...}, a closure, an interface's copy of a value, a
 * `...` slice, make.  The analysis builds a graph over *locations*: every
 * SSA value, every site's object, every stack slot, every parameter and
 * result, and one location for the heap.  An edge src -> dst carries a
 * dereference count:
 *
 *      dst = &src     derefs -1      (a site's pointer is the address of its object)
 *      dst = src      derefs  0      (Copy, Phi, OffPtr: the same pointer)
 *      dst = *src     derefs  1      (a Load through a pointer we cannot place)
 *
 * A store `*p = x` whose address p is known to point into a location L
 * (a site, a slot, the heap for globals) is the edge x -> L; one whose
 * address is unknown is the edge x -> heap, as in gc.  A call passes
 * its arguments through the callee's *parameter summary*: which
 * parameters leak to the heap and which flow to which result, and at how
 * many dereferences (gc calls these tags).  Functions are analysed bottom
 * up over the call graph, callees first; mutually recursive functions,
 * and closures with the function that makes them, are analysed together.
 *
 * ---- Solving ---------------------------------------------------------------------
 *
 * From each location taken as a root, a shortest-path walk backwards
 * along the edges (Bellman-Ford: edges can be -1) finds, for every other
 * location l, the fewest dereferences with which l's value reaches the
 * root.  A count of -1 means l's *address* reaches the root.  If the root
 * outlives l — it is the heap, or a result, or declared in a shallower
 * loop, or an enclosing function's — then l must go to the heap, and
 * since l now is heap, it becomes a root in turn.  Parameters that reach
 * the heap or a result get their summary from the same walks.
 *
 * Worked example:
 *
 *      func newPoint(x, y int) *Point { p := Point{x, y}; return &p }
 *
 *   p's address is taken, so p is a site (VAR p).  The Call's result v3
 *   is &p (edge p -> v3, -1); `return &p` is the edge v3 -> ~r0 (0).
 *   Walking from the root ~r0: v3 at 0, p at -1, so p's address reaches a
 *   result, which outlives every local: "moved to heap: p".
 *
 * ---- Explaining: -m=2 ----------------------------------------------------------
 *
 * -m prints the decisions sorted by position; -m=2 prints, as gc does,
 * the path of assignments behind each one ("flow: ~r0 = &p", "from &p
 * (address-of) at ...").  Those paths are gc's, on gc's locations and in
 * the order of gc's walk, which SSA values cannot give; explain.h tells
 * how a small model of gc's analysis over the typed AST makes them, and
 * how its report is tied to the decisions made here.
 *
 * ---- What is approximated -----------------------------------------------------
 *
 *   - Locations are whole objects: storing into one field of a struct is
 *     storing into the struct (gc does the same).
 *   - A store through a pointer (s[i] = x on a slice, *p = x, p.f = x)
 *     goes to the heap, even when SSA knows the object pointed to: gc does
 *     not follow such stores, and ssa/build_stmt.c marks them (heap_store) so
 *     that gosub decides as gc does.  So does every argument of a call
 *     through a func value or an interface whose callee is not known; a
 *     func value whose only assignment is a function (f := fib) is a
 *     static call, as gc makes it (ir.StaticValue).
 *   - Library functions written in C carry the summaries gc computes for
 *     Go's own library (a table in escape.c); runtime entry points carry
 *     hand-written ones.
 *   - Closures capture by reference; gc captures small variables that are
 *     never reassigned by value, and then reports nothing for them.
 *
 * ---- References -------------------------------------------------------------------
 *
 *   - The design notes at the top of gc's cmd/compile/internal/escape
 *     (Go 1.13 onwards): locations, holes, dereference counts, tags.
 *   - J.-D. Choi, M. Gupta, M. Serrano, V. C. Sreedhar, S. Midkiff,
 *     "Escape Analysis for Java", OOPSLA 1999: connection graphs, and the
 *     split into escaping, arg-escaping and local objects.
 */
#ifndef GOSUB_ESCAPE_H
#define GOSUB_ESCAPE_H

#include "../ssa/ssa.h"

struct Package;

typedef struct EscapeOptions {
	int level;           /* -m: 1 prints the decisions, 2 also the flows; 0 silent */
	FILE *out;           /* where -m lines go (stderr) */
	Diag *diag;          /* file names for positions */
	struct Package *pkg; /* -m=2: the typed AST, which the explanations quote */
} EscapeOptions;

/* Decides every allocation site of the program's functions, rewrites the
 * ones that may live in their frame into stack slots, and prints the
 * -m lines sorted by position; with -m=2, the flows behind the decisions
 * too, in gc's order (explain.h). */
void escape_program(Func **fns, int n, const EscapeOptions *o);

#endif
