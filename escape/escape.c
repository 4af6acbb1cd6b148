/* escape.c — escape analysis over SSA: the location graph, the walk, the
 * verdicts, parameter summaries, and the -m lines.  The model and the
 * algorithm are explained in escape.h. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "explain.h"

#define NONE INT_MAX        /* no path: "does not leak" */

/* A growable array in malloc'd memory (the graph is rebuilt per batch
 * and freed at once; the arena VEC_PUSH would keep every batch's). */
#define VEC_PUSH_MALLOC(v, x) do {                                              \
	if ((v).len == (v).cap) {                                                \
		(v).cap = (v).cap ? 2 * (v).cap : 8;                                  \
		(v).items = realloc((v).items, sizeof(*(v).items) * (size_t)(v).cap); \
		if (!(v).items) abort();                                              \
	}                                                                        \
	(v).items[(v).len++] = (x);                                              \
} while (0)
#define MAX_RESULTS 16

typedef enum {
	LOC_VALUE,      /* an SSA value */
	LOC_SITE,       /* the object an allocation site makes */
	LOC_SLOT,       /* a stack slot (Local): always in the frame */
	LOC_PARAM,      /* a Go parameter of a function */
	LOC_RESULT,     /* a Go result of a function */
	LOC_HEAP,       /* the heap and the globals */
	LOC_DEFERS,     /* a function's pending deferred calls: live until it returns */
	LOC_VAR,        /* a source variable held in SSA values: every value
	                   written to it flows in, every read flows out (gc's
	                   locations are variables, not values) */
} LocKind;

typedef struct Edge {
	int src;
	int derefs;
} Edge;

typedef struct Loc {
	LocKind kind;
	int fn;                  /* the batch's function it belongs to; -1: the heap */
	int depth;               /* loop depth in that function */
	int escapes;
	AllocSite *site;         /* LOC_SITE */
	Local *local;            /* LOC_SLOT */
	int index;               /* LOC_PARAM, LOC_RESULT: which one */
	VEC(Edge) edges;         /* incoming: this = (*^derefs) src */
	/* the current walk */
	int walkgen, derefs;
	int queued;
	int parent;              /* the location this walk reached it from */
	/* LOC_PARAM: where the parameter's value goes */
	int leak_heap;
	int leak_result[MAX_RESULTS];
} Loc;

/* A parameter summary: per parameter, the fewest dereferences with which
 * it reaches the heap and each result (NONE: never). */
typedef struct Tags {
	int nparams, nresults;
	int *heap;               /* [nparams] */
	int *result;             /* [nparams * nresults] */
} Tags;

/* The summaries gc computes for the library functions gosub writes in C
 * (from `go build -gcflags=-m` on Go 1.19's own packages): for each
 * parameter, "" (does not escape), "heap" (leaking param), "content"
 * (leaking param content), or "r0:N" (to result 0 at level N). */
typedef struct LibTag {
	const char *fn;
	const char *params[4];
} LibTag;

static const LibTag lib_tags[] = {
	{"fmt.Println", {"content"}},
	{"fmt.Print", {"content"}},
	{"fmt.Printf", {"", "content"}},
	{"fmt.Sprintf", {"", "content"}},
	{"fmt.Sprint", {"content"}},
	{"fmt.Sprintln", {"content"}},
	{"fmt.Errorf", {"", "content"}},
	{"errors.New", {"heap"}},
	{"strconv.Itoa", {""}},
	{"strconv.Atoi", {"heap"}},
	{"strconv.NumError.Error", {"heap"}},
	{"strconv.NumError.Unwrap", {"r0:1"}},
	{"strings.Builder.String", {"r0:1"}},
	{"strings.Builder.Len", {""}},
	{"strings.Builder.Cap", {""}},
	{"strings.Builder.Reset", {""}},
	{"strings.Builder.Grow", {"", ""}},
	{"strings.Builder.Write", {"content", ""}},
	{"strings.Builder.WriteByte", {"content", ""}},
	{"strings.Builder.WriteRune", {"content", ""}},
	{"strings.Builder.WriteString", {"content", ""}},
	{"strings.Repeat", {"", ""}},
	{"strings.Contains", {"", ""}},
	{"strings.Index", {"", ""}},
	{"strings.HasPrefix", {"", ""}},
	{"strings.HasSuffix", {"", ""}},
	{"strings.Split", {"heap", ""}},
	{"strings.Fields", {"heap"}},
	{"strings.Join", {"r0:1", ""}},
	{"strings.ToUpper", {"r0:0"}},
	{"strings.ToLower", {"r0:0"}},
	{"strings.TrimSpace", {"r0:0"}},
	{"sort.Ints", {"heap"}},
	{"sort.Strings", {"heap"}},
	{"sort.Slice", {"heap", ""}},
	{"os.Exit", {""}},
	{"runtime.GC", {""}},
	{"runtime.ReadMemStats", {""}},
};

/* Runtime entry points: how their pointer arguments flow. */
typedef enum {
	RT_NONE,        /* reads its arguments, keeps none */
	RT_HEAP,        /* every pointer argument leaks (the default) */
	RT_GROW,        /* rt_growslice: the old array's contents reach the new one */
	RT_COPY,        /* rt_slicecopy(dst, n, src, m, size): *src into *dst */
	RT_MEMMOVE,     /* memmove(dst, src, n) for append(s, t...): likewise */
	RT_DEFER,       /* rt_deferproc(frame, closure): kept until the function returns */
	RT_RESULT0,     /* the first pointer argument flows to the result (rt_convI2I) */
	RT_MAPKEY,      /* rt_mapassign(type, m, &k): the key is stored in the map,
	                   which gc counts as the heap (so is the element, stored
	                   through the slot mapassign returns) */
	RT_MAPKEYWORDS, /* rt_mapassign_fast64/_faststr(type, m, k...): likewise,
	                   the key's words */
} RtFlow;

typedef struct RtTag {
	const char *fn;
	RtFlow flow;
} RtTag;

static const RtTag rt_tags[] = {
	{"rt_growslice", RT_GROW},
	{"rt_slicecopy", RT_COPY},
	{"memmove", RT_MEMMOVE},
	{"rt_deferproc", RT_DEFER},
	{"rt_gopanic", RT_HEAP},
	{"rt_deferreturn", RT_NONE},
	{"rt_concatstring2", RT_NONE},
	{"rt_concatstrings", RT_NONE},
	{"rt_cmpstring", RT_NONE},
	{"rt_eqstring", RT_NONE},
	{"rt_memequal", RT_NONE},
	{"rt_intstring", RT_NONE},
	{"rt_slicebytetostring", RT_NONE},
	{"rt_stringtoslicebyte", RT_NONE},
	{"rt_stringtoslicerune", RT_NONE},
	{"rt_slicerunetostring", RT_NONE},
	{"rt_decoderune", RT_NONE},
	{"rt_printint", RT_NONE},
	{"rt_printuint", RT_NONE},
	{"rt_printbool", RT_NONE},
	{"rt_printstring", RT_NONE},
	{"rt_printpointer", RT_NONE},
	{"rt_printsp", RT_NONE},
	{"rt_printnl", RT_NONE},
	{"rt_ifaceeq", RT_NONE},
	{"rt_efaceeq", RT_NONE},
	{"rt_convI2I", RT_NONE},
	{"rt_assertitab", RT_NONE},
	{"rt_assertitab2", RT_NONE},
	{"rt_panicdottype", RT_NONE},
	{"rt_newobject", RT_NONE},
	{"rt_makemap", RT_NONE},
	{"rt_mapaccess1", RT_NONE},
	{"rt_mapaccess2", RT_NONE},
	{"rt_mapdelete", RT_NONE},
	{"rt_mapaccess1_fast64", RT_NONE},
	{"rt_mapaccess2_fast64", RT_NONE},
	{"rt_mapdelete_fast64", RT_NONE},
	{"rt_mapaccess1_faststr", RT_NONE},
	{"rt_mapaccess2_faststr", RT_NONE},
	{"rt_mapdelete_faststr", RT_NONE},
	{"rt_mapiterinit", RT_NONE},
	{"rt_mapiternext", RT_NONE},
	{"rt_mapassign", RT_MAPKEY},
	{"rt_mapassign_fast64", RT_MAPKEYWORDS},
	{"rt_mapassign_faststr", RT_MAPKEYWORDS},
	{"rt_makeslice", RT_NONE},
	{"rt_alloc", RT_NONE},
	{"rt_alloc_noscan", RT_NONE},
};

/* ---- the program-wide state ---------------------------------------------------- */

typedef struct Esc {
	const EscapeOptions *o;
	int all_heap;            /* GOSUB_ALLHEAP=1: decide, report, but move nothing
	                            to the stack (to measure what the analysis saves) */
	Func **fns;
	int nfns;
	Tags **tags;             /* [nfns]: once the function is summarised */
	/* the current batch */
	VEC(Loc) locs;
	int *fn_base;            /* [nfns]: location of value v of function i: fn_base[i] + v->id */
	int *fn_params;          /* [nfns]: first LOC_PARAM */
	int *fn_results;         /* [nfns]: first LOC_RESULT */
	int *fn_defers;          /* [nfns]: the LOC_DEFERS */
	int *in_batch;           /* [nfns]: 1 while the function is being analysed */
	int **var_locs;          /* [nfns][var]: LOC_VAR of a source variable, or 0 */
	int *parent;             /* [nfns]: the function that makes this closure, or -1 */
	int *nvars;
	int heap;
	int walkgen;
	VEC(struct ClosureWord { int site; int64_t off; int loc; }) fields;  /* closure words */
	/* -m lines */
	VEC(EscLine) msgs;
} Esc;

static int find_fn(Esc *E, const char *name)
{
	if (!name)
		return -1;
	for (int i = 0; i < E->nfns; i++)
		if (strcmp(E->fns[i]->name, name) == 0)
			return i;
	return -1;
}

static int new_loc(Esc *E, LocKind k, int fn, int depth)
{
	Loc l = {0};
	l.kind = k;
	l.fn = fn;
	l.depth = depth;
	l.leak_heap = NONE;
	for (int i = 0; i < MAX_RESULTS; i++)
		l.leak_result[i] = NONE;
	VEC_PUSH_MALLOC(E->locs, l);
	return E->locs.len - 1;
}

static void edge(Esc *E, int src, int dst, int derefs)
{
	if (src < 0 || dst < 0 || src == dst)
		return;
	Loc *d = &E->locs.items[dst];
	for (int i = 0; i < d->edges.len; i++)
		if (d->edges.items[i].src == src) {
			if (derefs < d->edges.items[i].derefs)
				d->edges.items[i].derefs = derefs;
			return;
		}
	VEC_PUSH_MALLOC(d->edges, ((Edge){src, derefs}));
}

/* ---- loop depth ---------------------------------------------------------------------- */

/* The loop depth of each block: how many natural loops contain it (a
 * loop is the set of blocks that reach a back edge's source without
 * passing its header, the header included). */
static int *loop_depths(Func *fn)
{
	ssa_dom(fn);
	int nb = fn->next_block_id;
	int *depth = calloc((size_t)nb + 1, sizeof(int));
	char *in = malloc((size_t)nb + 1);
	Block **stack = malloc(sizeof(Block *) * ((size_t)nb + 1));
	for (int h = 0; h < fn->rpo.len; h++) {
		Block *head = fn->rpo.items[h];
		memset(in, 0, (size_t)nb + 1);
		int any = 0, sp = 0;
		for (int i = 0; i < head->preds.len; i++) {
			Block *b = head->preds.items[i];
			if (b->rpo < 0 || !ssa_dominates(head, b))
				continue;
			any = 1;
			if (!in[b->id]) {
				in[b->id] = 1;
				stack[sp++] = b;
			}
		}
		if (!any)
			continue;
		in[head->id] = 1;
		while (sp > 0) {
			Block *b = stack[--sp];
			if (b == head)
				continue;
			for (int i = 0; i < b->preds.len; i++) {
				Block *p = b->preds.items[i];
				if (p->rpo >= 0 && !in[p->id]) {
					in[p->id] = 1;
					stack[sp++] = p;
				}
			}
		}
		for (int i = 0; i < nb; i++)
			depth[i] += in[i];
	}
	free(in);
	free(stack);
	return depth;
}

/* ---- building the graph --------------------------------------------------------------- */

static int value_loc(Esc *E, int fi, Value *v)
{
	return E->fn_base[fi] + v->id;
}

/* The location an address points into, when it is known: a stack slot,
 * a site's object, the heap (a global), a by-reference parameter's copy,
 * the result area's result at a known offset.  -1: not known. */
static int place_of(Esc *E, int fi, Value *p, Loc **slots, int nslots)
{
	int64_t off = 0;
	int known_off = 1;
	for (;;) {
		if (p->op == OP_OffPtr) {
			off += p->auxint;
			p = p->args[0];
		} else if (p->op == OP_AddPtr) {
			known_off = 0;
			p = p->args[0];
		} else if (p->op == OP_Copy) {
			p = p->args[0];
		} else {
			break;
		}
	}
	Func *fn = E->fns[fi];
	switch (p->op) {
	case OP_LocalAddr:
		for (int i = 0; i < nslots; i++)
			if (slots[i]->local == p->local)
				return (int)(slots[i] - E->locs.items);
		return -1;
	case OP_Addr:
		return E->heap;
	case OP_Arg: {
		const CallShape *sh = fn->shape;
		if (!sh)
			return -1;
		int w = (int)p->auxint;
		if (sh->result_area) {
			if (w == 0) {
				if (!known_off)
					return -1;
				for (int i = 0; i < sh->nresults; i++)
					if (off >= sh->results[i].word0 &&
					    (i + 1 == sh->nresults || off < sh->results[i + 1].word0))
						return E->fn_results[fi] + i;
				return -1;
			}
			w--;
		}
		for (int i = 0; i < sh->nparams; i++)
			if (sh->params[i].by_ref && sh->params[i].word0 == w)
				return E->fn_params[fi] + i;
		return -1;
	}
	default:
		return -1;
	}
}

/* The site a value's address belongs to, following the same chains. */
/* A closure object's words are locations of their own (what it captured
 * is not all one thing: gc gives each captured variable its own); each
 * flows into the object, so that what reaches the object reaches them. */
static int closure_field(Esc *E, int site, int64_t off)
{
	for (int i = 0; i < E->fields.len; i++)
		if (E->fields.items[i].site == site && E->fields.items[i].off == off)
			return E->fields.items[i].loc;
	Loc *s = &E->locs.items[site];
	int fn = s->fn, depth = s->depth;
	int l = new_loc(E, LOC_VALUE, fn, depth);
	edge(E, l, site, 0);
	VEC_PUSH_MALLOC(E->fields, ((struct ClosureWord){site, off, l}));
	return l;
}

/* The address p points into, when it is a constant offset from a base
 * value: the base, and the offset (-1 when not constant). */
static Value *addr_base(Value *p, int64_t *off)
{
	*off = 0;
	for (;;) {
		if (p->op == OP_OffPtr) {
			if (*off >= 0)
				*off += p->auxint;
			p = p->args[0];
		} else if (p->op == OP_AddPtr) {
			*off = -1;
			p = p->args[0];
		} else if (p->op == OP_Copy) {
			p = p->args[0];
		} else {
			return p;
		}
	}
}

static int site_of_addr(Esc *E, int fi, Value *p)
{
	int64_t off;
	p = addr_base(p, &off);
	if (p->op == OP_CallResult && p->auxint == 0 && p->args[0]->site) {
		int s = value_loc(E, fi, p->args[0]);   /* the Call's location stands for the object */
		if (p->args[0]->site->closure_fn && off > 0)
			return closure_field(E, s, off);
		return s;
	}
	return -1;
}

/* Where an address points: a known place, or the site it was allocated at. */
static int target_of(Esc *E, int fi, Value *p, Loc **slots, int nslots)
{
	int s = site_of_addr(E, fi, p);
	if (s >= 0)
		return s;
	return place_of(E, fi, p, slots, nslots);
}

/* A store of a pointer loaded through the same base pointer, as in
 * b.buf = b.buf[1:] or v.x = v.y: nothing new becomes reachable from
 * the object, so gc ignores it (isSelfAssign: "ignoring self-assignment"). */
static int self_store(Value *addr, Value *x)
{
	for (;;) {
		if (x->op == OP_OffPtr || x->op == OP_AddPtr || x->op == OP_Copy)
			x = x->args[0];
		else
			break;
	}
	if (x->op != OP_Load)
		return 0;
	int64_t off;
	Value *a = addr_base(addr, &off), *b = addr_base(x->args[0], &off);
	return a == b && a->op != OP_LocalAddr && a->op != OP_Addr;
}

static const LibTag *lib_tag(const char *sym)
{
	for (size_t i = 0; sym && i < sizeof lib_tags / sizeof lib_tags[0]; i++)
		if (strcmp(lib_tags[i].fn, sym) == 0)
			return &lib_tags[i];
	return NULL;
}

const char *esc_lib_param_tag(const char *fn, int i)
{
	const LibTag *t = lib_tag(fn);
	if (!t)
		return NULL;
	return i >= 0 && i < 4 && t->params[i] ? t->params[i] : "";
}

static const RtTag *rt_tag(const char *sym)
{
	for (size_t i = 0; sym && i < sizeof rt_tags / sizeof rt_tags[0]; i++)
		if (strcmp(rt_tags[i].fn, sym) == 0)
			return &rt_tags[i];
	return NULL;
}

/* The destination of a call's result k: its CallResult values, or the
 * result area slot the caller passed. */
static void result_flow(Esc *E, int fi, Value *call, const CallShape *sh, int k, int src, int derefs,
                        Loc **slots, int nslots)
{
	if (sh->result_area) {
		int t = target_of(E, fi, call->args[call->op == OP_Call ? 0 : 1], slots, nslots);
		edge(E, src, t >= 0 ? t : E->heap, derefs);
		return;
	}
	Func *fn = E->fns[fi];
	for (int i = 0; i < fn->values.len; i++) {
		Value *r = fn->values.items[i];
		if (r && r->op == OP_CallResult && r->args[0] == call && r->auxint >= sh->results[k].word0 &&
		    r->auxint < sh->results[k].word0 + sh->results[k].nwords && r->type == ST_PTR)
			edge(E, src, value_loc(E, fi, r), derefs);
	}
}

/* The argument words of parameter i of a call (after the closure or
 * itab slot of an indirect call, and the result area). */
static void param_words(const Value *c, const CallShape *sh, int i, int *w0, int *n)
{
	*w0 = (c->op == OP_Call ? 0 : 1) + (sh->result_area ? 1 : 0) + sh->params[i].word0;
	*n = sh->params[i].nwords;
}

/* f := fib or f := (*T).M, then f(x): the closure of a ClosureCall is
 * the read-only {F} of a func value (F$f), and the call is a static call
 * of F, as gc makes it by following f to its only assignment
 * (ir.StaticValue).  Writes F into buf. */
static int func_value_callee(const Value *c, char *buf, size_t size)
{
	if (c->op != OP_ClosureCall)
		return 0;
	const Value *f = c->args[0];
	while (f->op == OP_Copy)
		f = f->args[0];
	if (f->op != OP_Addr || !f->aux)
		return 0;
	const char *fv = f->aux;
	size_t n = strlen(fv);
	if (n <= 2 || n - 2 >= size || strcmp(fv + n - 2, "$f") != 0)
		return 0;
	memcpy(buf, fv, n - 2);
	buf[n - 2] = 0;
	return 1;
}

static void call_edges(Esc *E, int fi, Value *c, Loc **slots, int nslots)
{
	int nargs = c->nargs - 1;   /* the last is memory */
	const char *sym = c->aux;
	const CallShape *sh = c->shape;
	int callee = find_fn(E, sym);
	if (c->op == OP_ClosureCall) {
		/* a func value made by a func literal of this batch is a call of
		 * that literal's function (gc: a directly called closure) */
		int s = site_of_addr(E, fi, c->args[0]);
		Value *sc = s >= E->fn_base[fi] && s < E->fn_base[fi] + E->fns[fi]->values.len
		            ? E->fns[fi]->values.items[s - E->fn_base[fi]] : NULL;
		callee = sc && sc->site && sc->site->closure_fn ? find_fn(E, sc->site->closure_fn) : -1;
		if (callee < 0 || !E->in_batch[callee] || !E->fns[callee]->shape)
			callee = -1;
		char name[256];
		if (callee < 0 && func_value_callee(c, name, sizeof name))
			callee = find_fn(E, name);
	}
	if (c->op != OP_Call && callee < 0) {
		/* a func value or an interface: the callee is unknown, so its
		 * arguments leak.  What the callee does with its own closure's
		 * captured variables was analysed with the function that made
		 * the closure, so the closure itself does not leak by the call. */
		for (int i = 1; i < nargs; i++)
			if (c->args[i]->type == ST_PTR)
				edge(E, value_loc(E, fi, c->args[i]), E->heap, 0);
		return;
	}
	if (c->site) {
		if (!c->site->msg_only)
			return;
		/* a result the runtime makes: into a result area if there is one
		 * (the call writes &object there).  gc does not let a
		 * concatenation's operands flow into its result, though the
		 * runtime may return one of them: string bytes are never in a
		 * frame, so that is safe */
		if (sym && strcmp(sym, "rt_concatstring2") == 0 && c->site->quiet) {
			/* s += t: gc lets both operands flow into s (it does not for
			 * the expression s + t) */
			for (int i = 0; i < E->fns[fi]->values.len; i++) {
				Value *r = E->fns[fi]->values.items[i];
				if (r && r->block && r->op == OP_CallResult && r->args[0] == c && r->auxint == 0) {
					edge(E, value_loc(E, fi, c->args[0]), value_loc(E, fi, r), 0);
					edge(E, value_loc(E, fi, c->args[2]), value_loc(E, fi, r), 0);
				}
			}
		}
		if (sym && strncmp(sym, "rt_stringtoslice", 16) == 0) {
			int t = target_of(E, fi, c->args[0], slots, nslots);
			if (t >= 0)
				edge(E, value_loc(E, fi, c), t, -1);
		}
		return;
	}
	if (callee >= 0 && E->in_batch[callee] && sh) {
		/* in the same batch: straight into its parameters and from its results */
		for (int i = 0; i < sh->nparams; i++) {
			int w0, n;
			param_words(c, sh, i, &w0, &n);
			for (int k = 0; k < n && w0 + k < nargs; k++) {
				Value *a = c->args[w0 + k];
				if (a->type == ST_PTR)
					edge(E, value_loc(E, fi, a), E->fn_params[callee] + i, sh->params[i].by_ref ? 1 : 0);
			}
		}
		for (int k = 0; k < sh->nresults; k++)
			result_flow(E, fi, c, sh, k, E->fn_results[callee] + k, 0, slots, nslots);
		return;
	}
	if (callee >= 0 && E->tags[callee] && sh) {
		Tags *t = E->tags[callee];
		for (int i = 0; i < sh->nparams && i < t->nparams; i++) {
			int w0, n;
			param_words(c, sh, i, &w0, &n);
			int extra = sh->params[i].by_ref ? 1 : 0;
			for (int k = 0; k < n && w0 + k < nargs; k++) {
				Value *a = c->args[w0 + k];
				if (a->type != ST_PTR)
					continue;
				if (t->heap[i] != NONE)
					edge(E, value_loc(E, fi, a), E->heap, t->heap[i] + extra);
				for (int r = 0; r < t->nresults && r < sh->nresults; r++)
					if (t->result[i * t->nresults + r] != NONE)
						result_flow(E, fi, c, sh, r, value_loc(E, fi, a),
						            t->result[i * t->nresults + r] + extra, slots, nslots);
			}
		}
		return;
	}
	const LibTag *lt = lib_tag(sym);
	if (lt && sh) {
		for (int i = 0; i < sh->nparams && i < 4; i++) {
			const char *tag = lt->params[i] ? lt->params[i] : "";
			int w0, n;
			param_words(c, sh, i, &w0, &n);
			int extra = sh->params[i].by_ref ? 1 : 0;
			for (int k = 0; k < n && w0 + k < nargs; k++) {
				Value *a = c->args[w0 + k];
				if (a->type != ST_PTR)
					continue;
				if (strcmp(tag, "heap") == 0)
					edge(E, value_loc(E, fi, a), E->heap, extra);
				else if (strcmp(tag, "content") == 0)
					edge(E, value_loc(E, fi, a), E->heap, 1 + extra);
				else if (strncmp(tag, "r0:", 3) == 0 && sh->nresults > 0)
					result_flow(E, fi, c, sh, 0, value_loc(E, fi, a), atoi(tag + 3) + extra, slots, nslots);
			}
		}
		return;
	}
	const RtTag *rt = rt_tag(sym);
	RtFlow flow = rt ? rt->flow : RT_HEAP;
	switch (flow) {
	case RT_NONE:
		return;
	case RT_GROW:
		/* rt_growslice(elem, old, len, cap, newlen) -> (new, newcap): the
		 * old elements are copied into a new heap array (gc: the appendee's
		 * content leaks to the heap) */
		if (!sh || sh->params[1].has_ptr)
			edge(E, value_loc(E, fi, c->args[1]), E->heap, 1);
		for (int i = 0; i < c->block->func->values.len; i++) {
			Value *r = c->block->func->values.items[i];
			if (r && r->op == OP_CallResult && r->args[0] == c && r->auxint == 0)
				edge(E, value_loc(E, fi, c->args[1]), value_loc(E, fi, r), 0);
		}
		return;
	case RT_COPY: {
		if (sh && !sh->params[2].has_ptr)
			return;   /* the elements hold no pointers */
		int dst = target_of(E, fi, c->args[0], slots, nslots);
		int src = target_of(E, fi, c->args[2], slots, nslots);
		int from = src >= 0 ? src : value_loc(E, fi, c->args[2]);
		edge(E, from, dst >= 0 ? dst : E->heap, src >= 0 ? 0 : 1);
		return;
	}
	case RT_MEMMOVE: {
		if (sh && !sh->params[1].has_ptr)
			return;
		int dst = target_of(E, fi, c->args[0], slots, nslots);
		int src = target_of(E, fi, c->args[1], slots, nslots);
		int from = src >= 0 ? src : value_loc(E, fi, c->args[1]);
		edge(E, from, dst >= 0 ? dst : E->heap, src >= 0 ? 0 : 1);
		return;
	}
	case RT_DEFER:
		edge(E, value_loc(E, fi, c->args[1]), E->fn_defers[fi], 0);
		return;
	case RT_MAPKEY: {
		int src = target_of(E, fi, c->args[2], slots, nslots);
		edge(E, src >= 0 ? src : value_loc(E, fi, c->args[2]), E->heap, src >= 0 ? 0 : 1);
		return;
	}
	case RT_MAPKEYWORDS:
		for (int i = 2; i < nargs; i++)
			if (c->args[i]->type == ST_PTR)
				edge(E, value_loc(E, fi, c->args[i]), E->heap, 0);
		return;
	case RT_RESULT0:
	case RT_HEAP:
		for (int i = 0; i < nargs; i++)
			if (c->args[i]->type == ST_PTR)
				edge(E, value_loc(E, fi, c->args[i]), E->heap, 0);
		return;
	}
}

static void func_edges(Esc *E, int fi, int *depth)
{
	Func *fn = E->fns[fi];
	/* stack slots: one location each, as deep as their shallowest use */
	int *slot_locs = malloc(sizeof(int) * ((size_t)fn->locals.len + 1));
	for (int i = 0; i < fn->locals.len; i++) {
		slot_locs[i] = new_loc(E, LOC_SLOT, fi, INT_MAX);
		E->locs.items[slot_locs[i]].local = fn->locals.items[i];
	}
	for (int i = 0; i < fn->values.len; i++) {
		Value *v = fn->values.items[i];
		if (!v || !v->block || v->op != OP_LocalAddr)
			continue;
		for (int k = 0; k < fn->locals.len; k++)
			if (fn->locals.items[k] == v->local) {
				Loc *l = &E->locs.items[slot_locs[k]];
				if (depth[v->block->id] < l->depth)
					l->depth = depth[v->block->id];
			}
	}
	for (int i = 0; i < fn->locals.len; i++) {
		Loc *l = &E->locs.items[slot_locs[i]];
		if (l->depth == INT_MAX)
			l->depth = 0;
	}
	Loc **slots = malloc(sizeof(Loc *) * ((size_t)fn->locals.len + 1));
	for (int i = 0; i < fn->locals.len; i++)
		slots[i] = &E->locs.items[slot_locs[i]];
	int nslots = fn->locals.len;
	const CallShape *sh = fn->shape;
	for (int i = 0; i < fn->values.len; i++) {
		Value *v = fn->values.items[i];
		if (!v || !v->block)
			continue;
		int me = value_loc(E, fi, v);
		switch (v->op) {
		case OP_Copy:
			if (v->var_read)
				edge(E, E->var_locs[fi][v->var_read - 1], me, 0);
			else
				edge(E, value_loc(E, fi, v->args[0]), me, 0);
			break;
		case OP_OffPtr: case OP_AddPtr:
			edge(E, value_loc(E, fi, v->args[0]), me, 0);
			break;
		case OP_Phi:
			for (int k = 0; k < v->nargs; k++)
				edge(E, value_loc(E, fi, v->args[k]), me, 0);
			break;
		case OP_CondSelect:
			edge(E, value_loc(E, fi, v->args[0]), me, 0);
			edge(E, value_loc(E, fi, v->args[1]), me, 0);
			break;
		case OP_LocalAddr:
			for (int k = 0; k < nslots; k++)
				if (slots[k]->local == v->local)
					edge(E, (int)(slots[k] - E->locs.items), me, -1);
			break;
		case OP_Addr:
			edge(E, E->heap, me, -1);
			break;
		case OP_Context:
			/* the closure object: every site that builds one for this function */
			for (int f = 0; f < E->nfns; f++) {
				if (!E->in_batch[f])
					continue;
				Func *g = E->fns[f];
				for (int k = 0; k < g->values.len; k++) {
					Value *c = g->values.items[k];
					if (c && c->block && c->site && c->site->closure_fn &&
					    strcmp(c->site->closure_fn, fn->name) == 0)
						edge(E, value_loc(E, f, c), me, -1);
				}
			}
			break;
		case OP_Arg: {
			if (v->type != ST_PTR)
				break;
			int w = (int)v->auxint;
			if (!sh) {
				/* a wrapper: called only through closures and itabs */
				edge(E, E->heap, me, 0);
				break;
			}
			if (sh->result_area) {
				if (w == 0) {
					for (int r = 0; r < sh->nresults; r++)
						edge(E, E->fn_results[fi] + r, me, -1);
					break;
				}
				w--;
			}
			for (int p = 0; p < sh->nparams; p++)
				if (w >= sh->params[p].word0 && w < sh->params[p].word0 + sh->params[p].nwords)
					edge(E, E->fn_params[fi] + p, me, sh->params[p].by_ref ? -1 : 0);
			break;
		}
		case OP_CallResult:
			if (v->auxint == 0 && v->args[0]->site)
				edge(E, value_loc(E, fi, v->args[0]), me, -1);   /* &the site's object */
			break;
		case OP_Load: {
			if (v->type != ST_PTR)
				break;
			int64_t off;
			Value *base = addr_base(v->args[0], &off);
			if (base->op == OP_Context && off > 0) {
				/* a word of this function's closure: from that word of
				 * every closure object made for it */
				for (int f = 0; f < E->nfns; f++) {
					if (!E->in_batch[f])
						continue;
					Func *g = E->fns[f];
					for (int k = 0; k < g->values.len; k++) {
						Value *c = g->values.items[k];
						if (c && c->block && c->site && c->site->closure_fn &&
						    strcmp(c->site->closure_fn, fn->name) == 0)
							edge(E, closure_field(E, value_loc(E, f, c), off), me, 0);
					}
				}
				break;
			}
			int t = target_of(E, fi, v->args[0], slots, nslots);
			if (t >= 0)
				edge(E, t, me, 0);
			else
				edge(E, value_loc(E, fi, v->args[0]), me, 1);
			break;
		}
		case OP_Store: {
			Value *x = v->args[1];
			if (x->type != ST_PTR || self_store(v->args[0], x))
				break;
			int t = v->heap_store ? -1 : target_of(E, fi, v->args[0], slots, nslots);
			edge(E, value_loc(E, fi, x), t >= 0 ? t : E->heap, 0);
			break;
		}
		case OP_Move: {
			int dst = v->heap_store ? -1 : target_of(E, fi, v->args[0], slots, nslots);
			int src = target_of(E, fi, v->args[1], slots, nslots);
			int from = src >= 0 ? src : value_loc(E, fi, v->args[1]);
			edge(E, from, dst >= 0 ? dst : E->heap, src >= 0 ? 0 : 1);
			break;
		}
		case OP_Call: case OP_ClosureCall: case OP_InterCall:
			call_edges(E, fi, v, slots, nslots);
			break;
		case OP_Return:
			if (!sh)
				break;
			for (int r = 0; r < sh->nresults && !sh->result_area; r++)
				for (int k = 0; k < sh->results[r].nwords; k++) {
					int w = sh->results[r].word0 + k;
					if (w < v->nargs - 1 && v->args[w]->type == ST_PTR)
						edge(E, value_loc(E, fi, v->args[w]), E->fn_results[fi] + r, 0);
				}
			break;
		default:
			break;
		}
	}
	for (int i = 0; i < fn->var_writes.len; i++) {
		struct VarWrite *w = &fn->var_writes.items[i];
		if (w->v->block)
			edge(E, value_loc(E, fi, w->v), E->var_locs[fi][w->var], 0);
	}
	free(slots);
	free(slot_locs);
}

/* The read Copies SSA construction made for the analysis go, and the
 * values keep the numbers they would have had without them, so that the
 * dumps read as before. */
static void remove_read_copies(Func *fn)
{
	for (int i = 0; i < fn->values.len; i++) {
		Value *v = fn->values.items[i];
		if (!v || !v->block)
			continue;
		for (int j = 0; j < v->nargs; j++) {
			Value *a = v->args[j];
			while (a->op == OP_Copy && a->var_read)
				a = a->args[0];
			if (a != v->args[j])
				ssa_set_arg(v, j, a);
		}
	}
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		Value *c = b->control;
		while (c && c->op == OP_Copy && c->var_read)
			c = c->args[0];
		if (c != b->control)
			ssa_set_control(b, c);
		int k = 0;
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			if (v->op == OP_Copy && v->var_read) {
				ssa_reset_args(v);
				v->block = NULL;
				continue;
			}
			b->values.items[k++] = v;
		}
		b->values.len = k;
	}
	int k = 0;
	for (int i = 0; i < fn->values.len; i++) {
		Value *v = fn->values.items[i];
		if (v && v->op == OP_Copy && v->var_read)
			continue;
		if (v)
			v->id = k;
		fn->values.items[k++] = v;
	}
	fn->values.len = k;
}

/* ---- solving ------------------------------------------------------------------------------ */

/* Is function g a closure made inside f (at any depth)? */
static int encloses(Esc *E, int f, int g)
{
	for (int n = 0; g >= 0 && n < E->nfns; n++) {
		g = E->parent[g];
		if (g == f)
			return 1;
	}
	return 0;
}

/* Does root outlive l (escape.h)?  The heap and escaped locations do,
 * and results (the caller keeps them); in one function, what is declared
 * outside a loop outlives what is made inside it; and a function's
 * locations outlive those of the closures made inside it. */
static int outlives(Esc *E, Loc *root, Loc *l)
{
	if (root->escapes)
		return 1;
	if (root->kind == LOC_RESULT)
		return 1;
	if (root->fn == l->fn)
		return root->depth < l->depth;
	return root->fn >= 0 && l->fn >= 0 && encloses(E, root->fn, l->fn);
}

/* GOSUB_ESCDEBUG=1: why a location escapes, from it to the root. */
static void explain(Esc *E, int li, int root)
{
	static const char *kinds[] = {"value", "site", "slot", "param", "result", "heap", "defers", "var"};
	fprintf(stderr, "escape:");
	for (int k = li, n = 0; n < 40; n++) {
		Loc *l = &E->locs.items[k];
		Func *fn = l->fn >= 0 ? E->fns[l->fn] : NULL;
		fprintf(stderr, " %s", kinds[l->kind]);
		if (l->kind == LOC_VALUE && fn)
			fprintf(stderr, " v%d", k - E->fn_base[l->fn]);
		if (l->site)
			fprintf(stderr, " (%s)", l->site->text);
		if (fn)
			fprintf(stderr, "@%s", fn->name);
		fprintf(stderr, "[%d]", l->derefs);
		if (k == root)
			break;
		fprintf(stderr, " ->");
		k = l->parent;
	}
	fprintf(stderr, "\n");
}

static void walk_one(Esc *E, int root, int **queue, int *cap)
{
	E->walkgen++;
	Loc *r = &E->locs.items[root];
	r->walkgen = E->walkgen;
	r->derefs = 0;
	int head = 0, tail = 0;
	(*queue)[tail++] = root;
	while (head < tail) {
		int li = (*queue)[head++];
		Loc *l = &E->locs.items[li];
		l->queued = 0;
		r = &E->locs.items[root];
		int derefs = l->derefs;
		int address = derefs < 0;
		if (address)
			derefs = 0;
		if (li != root && outlives(E, r, l)) {
			if (l->kind == LOC_PARAM) {
				if (r->kind == LOC_RESULT && r->fn == l->fn && r->index < MAX_RESULTS) {
					if (derefs < l->leak_result[r->index])
						l->leak_result[r->index] = derefs;
				} else if (derefs < l->leak_heap) {
					l->leak_heap = derefs;
				}
			}
			if (address && !l->escapes && l->kind != LOC_HEAP) {
				l->escapes = 1;
				if (getenv("GOSUB_ESCDEBUG"))
					explain(E, li, root);
				continue;   /* walked again as a root of its own */
			}
		}
		for (int i = 0; i < l->edges.len; i++) {
			Edge e = l->edges.items[i];
			Loc *s = &E->locs.items[e.src];
			if (s->escapes && s->kind != LOC_PARAM)
				continue;
			int d = derefs + e.derefs;
			if (s->walkgen != E->walkgen || s->derefs > d) {
				s->walkgen = E->walkgen;
				s->derefs = d;
				s->parent = li;
				if (!s->queued) {
					if (tail >= *cap) {
						/* compact the queue */
						memmove(*queue, *queue + head, sizeof(int) * (size_t)(tail - head));
						tail -= head;
						head = 0;
						if (tail >= *cap) {
							*cap *= 2;
							*queue = realloc(*queue, sizeof(int) * (size_t)*cap);
						}
					}
					s->queued = 1;
					(*queue)[tail++] = e.src;
				}
			}
		}
	}
}

static void solve(Esc *E)
{
	int cap = E->locs.len * 4 + 16;
	int *queue = malloc(sizeof(int) * (size_t)cap);
	/* walk from every location with something flowing into it; a
	 * location found to escape is walked again, as a root of the heap */
	int changed = 1;
	while (changed) {
		changed = 0;
		int before = 0;
		for (int i = 0; i < E->locs.len; i++)
			before += E->locs.items[i].escapes;
		for (int i = 0; i < E->locs.len; i++)
			if (E->locs.items[i].edges.len > 0 || i == E->heap)
				walk_one(E, i, &queue, &cap);
		int after = 0;
		for (int i = 0; i < E->locs.len; i++)
			after += E->locs.items[i].escapes;
		changed = after != before;
	}
	free(queue);
}

/* ---- applying the verdicts --------------------------------------------------------------- */

static void message(Esc *E, Pos pos, char *text)
{
	VEC_PUSH_MALLOC(E->msgs, ((EscLine){pos, text}));
}

static char *fmt_msg(const char *fmt, const char *a, const char *b, int n)
{
	size_t len = strlen(fmt) + strlen(a) + (b ? strlen(b) : 0) + 32;
	char *s = malloc(len);
	snprintf(s, len, fmt, a, b ? b : "", n);
	return s;
}

/* The site's Call becomes a zeroed stack slot: Zero [size] slot mem, and
 * its result the slot's address. */
/* A zeroed slot of `size` bytes in the frame, made just before the call c
 * (its memory argument threaded through the Zero): its address. */
static Value *slot_before(Func *fn, Value *c, int64_t size, int zeroed)
{
	char buf[32];
	snprintf(buf, sizeof buf, "autotmp_%d", fn->locals.len);
	Local *l = ssa_new_local(fn, arena_strdup(fn->arena, buf), size, 8);
	Block *b = c->block;
	Value *la = ssa_new_value(b, OP_LocalAddr, ST_PTR, c->pos);
	la->local = l;
	int added = 1;
	if (zeroed) {
		Value *z = ssa_new_value(b, OP_Zero, ST_MEM, c->pos);
		z->auxint = size;
		ssa_add_arg(z, la);
		ssa_add_arg(z, c->args[c->nargs - 1]);
		ssa_set_arg(c, c->nargs - 1, z);
		added = 2;
	}
	/* move them before the call */
	Value *made[2] = {b->values.items[b->values.len - added], b->values.items[b->values.len - 1]};
	b->values.len -= added;
	int at = 0;
	while (b->values.items[at] != c)
		at++;
	for (int k = b->values.len + added - 1; k >= at + added; k--)
		b->values.items[k] = b->values.items[k - added];
	for (int k = 0; k < added; k++)
		b->values.items[at + k] = made[k];
	b->values.len += added;
	return la;
}

static void to_stack(Func *fn, Value *c)
{
	AllocSite *s = c->site;
	if (s->stack_args) {
		/* the runtime builds the object itself (rt_makemap): give it the
		 * slots in the frame */
		ssa_set_arg(c, 2, slot_before(fn, c, s->size, 1));
		if (s->map_bucket)
			ssa_set_arg(c, 3, slot_before(fn, c, s->map_bucket, 1));
		return;
	}
	Local *l = ssa_new_local(fn, s->is_var ? s->text : NULL, s->size > 0 ? s->size : 1, s->align > 0 ? s->align : 8);
	if (!s->is_var) {
		char buf[32];
		snprintf(buf, sizeof buf, "autotmp_%d", fn->locals.len - 1);
		l->name = arena_strdup(fn->arena, buf);
	}
	Block *b = c->block;
	Value *la = ssa_new_value(b, OP_LocalAddr, ST_PTR, c->pos);
	la->local = l;
	/* move it before the call */
	b->values.len--;
	int at = 0;
	while (b->values.items[at] != c)
		at++;
	for (int k = b->values.len; k > at; k--)
		b->values.items[k] = b->values.items[k - 1];
	b->values.items[at] = la;
	b->values.len++;
	Value *m = c->args[c->nargs - 1];
	for (int i = 0; i < fn->values.len; i++) {
		Value *r = fn->values.items[i];
		if (r && r->block && r->op == OP_CallResult && r->args[0] == c)
			ssa_copy_of(r, la);
	}
	ssa_reset_args(c);
	c->op = OP_Zero;
	c->aux = NULL;
	c->auxint = s->size > 0 ? s->size : 1;
	c->call_results = 0;
	ssa_add_arg(c, la);
	ssa_add_arg(c, m);
}

static void finish_batch(Esc *E, int *batch, int nb)
{
	for (int bi = 0; bi < nb; bi++) {
		int fi = batch[bi];
		Func *fn = E->fns[fi];
		/* the sites */
		for (int i = 0; i < fn->values.len; i++) {
			Value *c = fn->values.items[i];
			if (!c || !c->block || !c->site || c->op != OP_Call)
				continue;
			AllocSite *s = c->site;
			Loc *l = &E->locs.items[value_loc(E, fi, c)];
			s->escapes = l->escapes || s->heap_only;
			if (!s->quiet && E->o->level) {
				if (s->is_var) {
					if (s->escapes)
						message(E, s->pos, fmt_msg("moved to heap: %s", s->text, NULL, 0));
				} else {
					message(E, s->pos, fmt_msg(s->escapes ? "%s escapes to heap" : "%s does not escape",
					                           s->text, NULL, 0));
				}
			}
			if (!s->escapes && !s->msg_only && !E->all_heap)
				to_stack(fn, c);
			if (!s->escapes && s->tmpbuf_arg && !E->all_heap)
				ssa_set_arg(c, s->tmpbuf_arg, slot_before(fn, c, s->tmpbuf, 0));
		}
		/* the summary */
		const CallShape *sh = fn->shape;
		if (!sh)
			continue;
		Tags *t = calloc(1, sizeof(Tags));
		t->nparams = sh->nparams;
		t->nresults = sh->nresults < MAX_RESULTS ? sh->nresults : MAX_RESULTS;
		t->heap = malloc(sizeof(int) * ((size_t)t->nparams + 1));
		t->result = malloc(sizeof(int) * ((size_t)(t->nparams * t->nresults) + 1));
		for (int p = 0; p < sh->nparams; p++) {
			Loc *l = &E->locs.items[E->fn_params[fi] + p];
			/* what reaches the heap at some level, deeper levels reach too:
			 * a flow to a result at that level or deeper says nothing more
			 * (gc: leaks.Optimize) */
			for (int r = 0; r < MAX_RESULTS && l->leak_heap != NONE; r++)
				if (l->leak_result[r] != NONE && l->leak_result[r] >= l->leak_heap)
					l->leak_result[r] = NONE;
			t->heap[p] = l->leak_heap;
			for (int r = 0; r < t->nresults; r++)
				t->result[p * t->nresults + r] = l->leak_result[r];
			if (!E->o->level || fn->wrapper || !sh->params[p].has_ptr || !sh->params[p].name[0] ||
			    strcmp(sh->params[p].name, "_") == 0)
				continue;
			/* a parameter whose address is taken was moved to the heap instead */
			int moved = 0;
			for (int i = 0; i < fn->values.len; i++) {
				Value *c = fn->values.items[i];
				if (c && c->site && c->site->is_var && c->site->pos.line == sh->params[p].pos.line &&
				    c->site->pos.col == sh->params[p].pos.col && c->site->escapes)
					moved = 1;
			}
			if (moved)
				continue;
			const char *name = sh->params[p].name;
			int warned = 0;
			if (l->leak_heap != NONE) {
				message(E, sh->params[p].pos, fmt_msg(l->leak_heap == 0 ? "leaking param: %s" : "leaking param content: %s",
				                                      name, NULL, 0));
				warned = 1;
			}
			for (int r = 0; r < t->nresults; r++)
				if (l->leak_result[r] != NONE) {
					message(E, sh->params[p].pos, fmt_msg("leaking param: %s to result %s level=%d", name,
					                                      sh->results[r].name, l->leak_result[r]));
					warned = 1;
				}
			if (!warned)
				message(E, sh->params[p].pos, fmt_msg("%s does not escape", name, NULL, 0));
		}
		E->tags[fi] = t;
	}
}

/* ---- the call graph, bottom up ---------------------------------------------------------------- */

typedef struct Tarjan {
	Esc *E;
	int *index, *low, *onstack, *stack;
	int sp, counter;
	char *adj;               /* nfns x nfns */
	void (*emit)(Esc *E, int *batch, int n);
} Tarjan;

static void strongconnect(Tarjan *T, int v)
{
	int n = T->E->nfns;
	T->index[v] = T->low[v] = T->counter++;
	T->stack[T->sp++] = v;
	T->onstack[v] = 1;
	for (int w = 0; w < n; w++) {
		if (!T->adj[(size_t)v * (size_t)n + (size_t)w])
			continue;
		if (T->index[w] < 0) {
			strongconnect(T, w);
			if (T->low[w] < T->low[v])
				T->low[v] = T->low[w];
		} else if (T->onstack[w] && T->index[w] < T->low[v]) {
			T->low[v] = T->index[w];
		}
	}
	if (T->low[v] == T->index[v]) {
		int *batch = malloc(sizeof(int) * (size_t)n);
		int nb = 0, w;
		do {
			w = T->stack[--T->sp];
			T->onstack[w] = 0;
			batch[nb++] = w;
		} while (w != v);
		T->emit(T->E, batch, nb);
		free(batch);
	}
}

static void analyse_batch(Esc *E, int *batch, int nb)
{
	E->locs.len = 0;
	E->fields.len = 0;
	E->heap = new_loc(E, LOC_HEAP, -1, 0);
	E->locs.items[E->heap].escapes = 1;
	int **depths = malloc(sizeof(int *) * (size_t)nb);
	for (int bi = 0; bi < nb; bi++) {
		int fi = batch[bi];
		Func *fn = E->fns[fi];
		E->in_batch[fi] = 1;
		depths[bi] = loop_depths(fn);
		E->fn_base[fi] = E->locs.len;
		for (int i = 0; i < fn->values.len; i++) {
			Value *v = fn->values.items[i];
			int d = 0;
			if (v && v->block) {
				d = depths[bi][v->block->id];
				if (v->op == OP_Phi && d > 0) {
					/* a Phi in a loop header carries a value from one
					 * iteration into the next: it lives outside the loop */
					for (int k = 0; k < v->block->preds.len; k++)
						if (ssa_dominates(v->block, v->block->preds.items[k])) {
							d--;
							break;
						}
				}
			}
			int l = new_loc(E, v && v->site ? LOC_SITE : LOC_VALUE, fi, d);
			if (v && v->site)
				E->locs.items[l].site = v->site;
		}
		const CallShape *sh = fn->shape;
		E->fn_params[fi] = E->locs.len;
		for (int p = 0; sh && p < sh->nparams; p++) {
			int l = new_loc(E, LOC_PARAM, fi, 0);   /* new_loc may move the array */
			E->locs.items[l].index = p;
		}
		E->fn_results[fi] = E->locs.len;
		for (int r = 0; sh && r < sh->nresults; r++) {
			int l = new_loc(E, LOC_RESULT, fi, 0);
			E->locs.items[l].index = r;
		}
		E->fn_defers[fi] = new_loc(E, LOC_DEFERS, fi, 0);
		/* the source variables, as deep as their declarations */
		int nv = 0;
		for (int i = 0; i < fn->var_decls.len; i++)
			if (fn->var_decls.items[i].var + 1 > nv)
				nv = fn->var_decls.items[i].var + 1;
		for (int i = 0; i < fn->var_writes.len; i++)
			if (fn->var_writes.items[i].var + 1 > nv)
				nv = fn->var_writes.items[i].var + 1;
		for (int i = 0; i < fn->values.len; i++) {
			Value *v = fn->values.items[i];
			if (v && v->var_read > nv)
				nv = v->var_read;
		}
		E->nvars[fi] = nv;
		E->var_locs[fi] = calloc((size_t)nv + 1, sizeof(int));
		for (int i = 0; i < fn->var_decls.len; i++) {
			struct VarDecl *d = &fn->var_decls.items[i];
			E->var_locs[fi][d->var] = new_loc(E, LOC_VAR, fi, d->block ? depths[bi][d->block->id] : 0);
		}
		for (int v = 0; v < nv; v++)
			if (!E->var_locs[fi][v])
				E->var_locs[fi][v] = new_loc(E, LOC_VAR, fi, 0);
	}
	for (int bi = 0; bi < nb; bi++)
		func_edges(E, batch[bi], depths[bi]);
	solve(E);
	finish_batch(E, batch, nb);
	for (int bi = 0; bi < nb; bi++) {
		E->in_batch[batch[bi]] = 0;
		free(depths[bi]);
		free(E->var_locs[batch[bi]]);
		E->var_locs[batch[bi]] = NULL;
	}
	free(depths);
	for (int i = 0; i < E->locs.len; i++)
		free(E->locs.items[i].edges.items);
}

static int msg_order(const void *a, const void *b)
{
	const EscLine *x = a, *y = b;
	if (x->pos.file != y->pos.file)
		return x->pos.file - y->pos.file;
	if (x->pos.line != y->pos.line)
		return x->pos.line - y->pos.line;
	if (x->pos.col != y->pos.col)
		return x->pos.col - y->pos.col;
	return 0;
}

void escape_program(Func **fns, int n, const EscapeOptions *o)
{
	Esc E = {0};
	E.o = o;
	E.all_heap = getenv("GOSUB_ALLHEAP") && strcmp(getenv("GOSUB_ALLHEAP"), "1") == 0;
	E.fns = fns;
	E.nfns = n;
	E.tags = calloc((size_t)n + 1, sizeof(Tags *));
	E.fn_base = calloc((size_t)n + 1, sizeof(int));
	E.fn_params = calloc((size_t)n + 1, sizeof(int));
	E.fn_results = calloc((size_t)n + 1, sizeof(int));
	E.fn_defers = calloc((size_t)n + 1, sizeof(int));
	E.in_batch = calloc((size_t)n + 1, sizeof(int));
	E.var_locs = calloc((size_t)n + 1, sizeof(int *));
	E.nvars = calloc((size_t)n + 1, sizeof(int));
	/* the call graph; a closure and the function that makes it call each other */
	Tarjan T = {0};
	T.E = &E;
	T.adj = calloc((size_t)n * (size_t)n + 1, 1);
	E.parent = malloc(sizeof(int) * ((size_t)n + 1));
	for (int i = 0; i < n; i++)
		E.parent[i] = -1;
	for (int i = 0; i < n; i++) {
		Func *fn = fns[i];
		for (int k = 0; k < fn->values.len; k++) {
			Value *v = fn->values.items[k];
			char fvname[256];
			int j;
			if (v && v->block && func_value_callee(v, fvname, sizeof fvname))
				j = find_fn(&E, fvname);
			else if (!v || !v->block || v->op != OP_Call)
				continue;
			else
				j = find_fn(&E, v->site && v->site->closure_fn ? v->site->closure_fn : v->aux);
			if (j >= 0) {
				T.adj[(size_t)i * (size_t)n + (size_t)j] = 1;
				if (v->site) {
					T.adj[(size_t)j * (size_t)n + (size_t)i] = 1;
					if (j != i && E.parent[j] < 0 && !fns[j]->wrapper)
						E.parent[j] = i;
				}
			}
		}
	}
	T.index = malloc(sizeof(int) * ((size_t)n + 1));
	T.low = malloc(sizeof(int) * ((size_t)n + 1));
	T.onstack = calloc((size_t)n + 1, sizeof(int));
	T.stack = malloc(sizeof(int) * ((size_t)n + 1));
	for (int i = 0; i < n; i++)
		T.index[i] = -1;
	T.emit = analyse_batch;
	for (int i = 0; i < n; i++)
		if (T.index[i] < 0)
			strongconnect(&T, i);
	/* the -m lines, as gc prints them: sorted by position */
	if (E.msgs.len)
		qsort(E.msgs.items, (size_t)E.msgs.len, sizeof(E.msgs.items[0]), msg_order);
	if (o->level)
		esc_report(o, E.msgs.items, E.msgs.len);   /* explain.h */
	for (int i = 0; i < E.msgs.len; i++)
		free(E.msgs.items[i].text);
	free(E.msgs.items);
	free(E.locs.items);
	free(E.fields.items);
	for (int i = 0; i < n; i++)
		if (E.tags[i]) {
			free(E.tags[i]->heap);
			free(E.tags[i]->result);
			free(E.tags[i]);
		}
	free(E.tags);
	free(E.fn_base);
	free(E.fn_params);
	free(E.fn_results);
	free(E.fn_defers);
	free(E.in_batch);
	free(E.var_locs);
	free(E.parent);
	free(E.nvars);
	for (int i = 0; i < n; i++)
		remove_read_copies(fns[i]);
	free(T.adj);
	free(T.index);
	free(T.low);
	free(T.onstack);
	free(T.stack);
}
