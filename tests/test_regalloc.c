/* test_regalloc.c — the register allocator (codegen/regalloc.c).
 *
 * Two parts.
 *
 * Parallel copies.  cg_sequentialize turns a set of moves that happen at
 * once (a Phi's arguments on entry to its block) into a sequence.  Each
 * test runs the sequence on an array of locations and compares the end
 * state with the parallel meaning: every destination gets what its
 * source held *before* any move (a constant source gives its constant),
 * every other location keeps its value; only the scratch location may
 * change.  Besides the named cases (a swap, a 3-cycle, a chain, ...),
 * every map from up to 5 locations to those locations or a constant is
 * tried, and for permutations the count of moves must be the least
 * possible: one per element moved plus one per cycle.
 *
 * Allocation.  Functions are written as SSA text (ssa_parse) or built
 * from Go, then given to cg_regalloc with the amd64 target.  The checker
 * below computes liveness itself, instruction by instruction, and
 * asserts what the allocator promises:
 *   - every value that needs a register (cg_amd64.needs_reg, and not
 *     folded into its user: Alloc.folded) has a location: an allocatable
 *     register or a spill slot; a folded value's arguments are used where
 *     its user is;
 *   - two values live at the same time never share a location: a value
 *     conflicts with everything live just after its definition, and the
 *     Phis and Args of a block, all defined on entry, with each other and
 *     with what is live into the block;
 *   - a value live across a call (defined before it, live after it) is in
 *     a callee-saved register or a spill slot.
 */
#include "check_util.h"
#include "../codegen/codegen.h"
#include "../ssa/program.h"
#include "../ssa/ssa.h"
#include "../types/types.h"

/* ---- parallel copies -------------------------------------------------------- */

/* Locations are registers (>= 0) or spill slots (< 0); the simulation
 * keeps them in one array: register r at r, slot -1-k at NREGS + k. */
enum { NREGS = 16, NSLOTS = 8, NLOCS = NREGS + NSLOTS, SCRATCH = 0 };

static int loc_index(int loc)
{
	ck_assert_msg(loc < NREGS && loc >= -NSLOTS, "location %d out of range", loc);
	return loc >= 0 ? loc : NREGS + (-1 - loc);
}

/* The constants a move can copy: Value i holds 1000 + i. */
static Value consts[8];

static Value *konst(int i)
{
	consts[i].op = OP_Const;
	consts[i].auxint = 1000 + i;
	return &consts[i];
}

/* Runs moves[0..n) as given, on a fresh state where location L holds
 * 100 + index(L); checks the result against the parallel meaning.
 * Returns how many moves the sequence has. */
static int check_parallel(const CgMove *moves, int n)
{
	CgMove *seq = arena_alloc(&tu.arena, sizeof(CgMove) * (size_t)(2 * n + 1));
	memcpy(seq, moves, sizeof(CgMove) * (size_t)n);
	int m = cg_sequentialize(seq, n, SCRATCH);
	ck_assert_int_ge(m, 0);
	ck_assert_int_le(m, 2 * n);
	int64_t before[NLOCS], state[NLOCS], want[NLOCS];
	for (int i = 0; i < NLOCS; i++)
		before[i] = state[i] = want[i] = 100 + i;
	for (int i = 0; i < n; i++)
		want[loc_index(moves[i].dst)] = moves[i].src_value ? moves[i].src_value->auxint
		                                                     : before[loc_index(moves[i].src)];
	for (int i = 0; i < m; i++)
		state[loc_index(seq[i].dst)] = seq[i].src_value ? seq[i].src_value->auxint
		                                                 : state[loc_index(seq[i].src)];
	for (int i = 0; i < NLOCS; i++) {
		if (i == SCRATCH)
			continue;
		ck_assert_msg(state[i] == want[i], "location %d holds %lld, want %lld (%d moves in)", i,
		              (long long)state[i], (long long)want[i], n);
	}
	return m;
}

static int uses_scratch(const CgMove *moves, int n)
{
	CgMove seq[16];
	memcpy(seq, moves, sizeof(CgMove) * (size_t)n);
	int m = cg_sequentialize(seq, n, SCRATCH);
	for (int i = 0; i < m; i++)
		if (seq[i].dst == SCRATCH || (!seq[i].src_value && seq[i].src == SCRATCH))
			return 1;
	return 0;
}

#define MV(d, s) ((CgMove){(d), (s), NULL})
#define MVC(d, k) ((CgMove){(d), 0, konst(k)})

START_TEST(test_seq_swap)
{
	CgMove m[] = {MV(3, 6), MV(6, 3)};   /* rbx, rsi = rsi, rbx */
	ck_assert_int_eq(check_parallel(m, 2), 3);
	ck_assert(uses_scratch(m, 2));
}
END_TEST

START_TEST(test_seq_three_cycle)
{
	CgMove m[] = {MV(3, 6), MV(6, 7), MV(7, 3)};
	ck_assert_int_eq(check_parallel(m, 3), 4);
}
END_TEST

/* a <- b, b <- c: do a first, then b; no scratch needed */
START_TEST(test_seq_chain)
{
	CgMove m[] = {MV(6, 7), MV(3, 6)};   /* written in the wrong order on purpose */
	ck_assert_int_eq(check_parallel(m, 2), 2);
	ck_assert(!uses_scratch(m, 2));
}
END_TEST

START_TEST(test_seq_constant_source)
{
	CgMove m[] = {MVC(3, 1), MV(6, 3)};  /* rbx = 1001, rsi = old rbx */
	ck_assert_int_eq(check_parallel(m, 2), 2);
	ck_assert(!uses_scratch(m, 2));
}
END_TEST

START_TEST(test_seq_two_cycles)
{
	CgMove m[] = {MV(3, 6), MV(6, 3), MV(8, 9), MV(9, 10), MV(10, 8)};
	ck_assert_int_eq(check_parallel(m, 5), 7);
}
END_TEST

START_TEST(test_seq_fan_out)
{
	CgMove m[] = {MV(6, 3), MV(7, 3)};
	ck_assert_int_eq(check_parallel(m, 2), 2);
	ck_assert(!uses_scratch(m, 2));
}
END_TEST

/* a cycle whose member is also copied out: the copy must read the old
 * value, before the cycle overwrites it */
START_TEST(test_seq_fan_out_of_cycle)
{
	CgMove m[] = {MV(3, 6), MV(6, 3), MV(7, 3), MV(8, 6)};
	check_parallel(m, 4);
}
END_TEST

START_TEST(test_seq_self_and_spill_slots)
{
	CgMove m[] = {MV(3, 3), MV(-1, -2), MV(-2, -1), MVC(-3, 2)};
	ck_assert_int_eq(check_parallel(m, 4), 4);   /* the self-move is dropped */
}
END_TEST

START_TEST(test_seq_empty)
{
	CgMove m[1] = {MV(3, 3)};
	ck_assert_int_eq(check_parallel(m, 0), 0);
	ck_assert_int_eq(check_parallel(m, 1), 0);
}
END_TEST

/* The locations the exhaustive tests use: registers and spill slots
 * mixed, none of them the scratch. */
static const int exh_locs[5] = {3, 6, -1, 7, -2};

/* Every permutation of n locations: the parallel meaning, and the least
 * number of moves (one per moved element, one more per cycle). */
START_TEST(test_seq_all_permutations)
{
	int n = _i;
	int p[5];
	for (int i = 0; i < n; i++)
		p[i] = i;
	int count = 0;
	for (;;) {
		CgMove m[5] = {MV(0, 0), MV(0, 0), MV(0, 0), MV(0, 0), MV(0, 0)};
		int moved = 0, cycles = 0;
		for (int i = 0; i < n; i++) {
			m[i] = MV(exh_locs[i], exh_locs[p[i]]);
			moved += p[i] != i;
		}
		char seen[5] = {0};
		for (int i = 0; i < n; i++) {
			if (seen[i] || p[i] == i)
				continue;
			cycles++;
			for (int j = i; !seen[j]; j = p[j])
				seen[j] = 1;
		}
		ck_assert_int_eq(check_parallel(m, n), moved + cycles);
		count++;
		/* next permutation (lexicographic) */
		int k = n - 2;
		while (k >= 0 && p[k] >= p[k + 1])
			k--;
		if (k < 0)
			break;
		int l = n - 1;
		while (p[l] <= p[k])
			l--;
		int t = p[k]; p[k] = p[l]; p[l] = t;
		for (int a = k + 1, b = n - 1; a < b; a++, b--) {
			t = p[a]; p[a] = p[b]; p[b] = t;
		}
	}
	int fact = 1;
	for (int i = 2; i <= n; i++)
		fact *= i;
	ck_assert_int_eq(count, fact);
}
END_TEST

/* Every map from n destinations to a source among the n locations or a
 * constant: fan-outs, chains and cycles together (6^5 = 7776 for n = 5). */
START_TEST(test_seq_all_maps)
{
	int n = _i;
	int total = 1;
	for (int i = 0; i < n; i++)
		total *= n + 1;
	for (int code = 0; code < total; code++) {
		CgMove m[5] = {MV(0, 0), MV(0, 0), MV(0, 0), MV(0, 0), MV(0, 0)};
		int c = code;
		for (int i = 0; i < n; i++) {
			int s = c % (n + 1);
			c /= n + 1;
			m[i] = s == n ? MVC(exh_locs[i], i) : MV(exh_locs[i], exh_locs[s]);
		}
		check_parallel(m, n);
	}
}
END_TEST

/* ---- allocation ------------------------------------------------------------- */

/* What the checker found, for messages. */
static const char *alloc_dump(Func *fn, Alloc *al)
{
	MemOut m;
	cg_print_alloc(tu_mem_open(&m), fn, al, &cg_amd64);
	return tu_mem_close(&m);
}

static const char *loc_name(int l)
{
	if (l == LOC_NONE)
		return "none";
	if (l >= 0)
		return cg_amd64.regs->names[l];
	return arena_sprintf(&tu.arena, "spill%d", -1 - l);
}

/* Statistics of one check, for the tests to assert on. */
typedef struct AllocStats {
	int max_live;          /* most values needing a location live at once */
	int spilled;           /* values in spill slots */
	int across_call;       /* values live across a call */
} AllocStats;

/* Does v need a location of its own?  Not when the target folds it into
 * its one user (a compare into the branch, an address into a load). */
static int needs(const Alloc *al, const Value *v)
{
	return cg_amd64.needs_reg(v) && !(al->folded && al->folded[v->id]);
}

/* x is used here: it is live, or, folded, its arguments are used here. */
static void use(const Alloc *al, char *live, const Value *x)
{
	if (al->folded && al->folded[x->id]) {
		for (int k = 0; k < x->nargs; k++)
			use(al, live, x->args[k]);
		return;
	}
	if (needs(al, x))
		live[x->id] = 1;
}

/* x and y are live at the same time: their locations must differ. */
static void no_conflict(Func *fn, Alloc *al, const Value *x, const Value *y, const char *where)
{
	if (x == y)
		return;
	int lx = al->loc[x->id], ly = al->loc[y->id];
	ck_assert_msg(lx != ly, "v%d and v%d are both live %s and share %s\n%s", x->id, y->id, where,
	              loc_name(lx), alloc_dump(fn, al));
}

static AllocStats check_alloc(Func *fn, Alloc *al)
{
	const CgRegs *R = cg_amd64.regs;
	int nv = fn->values.len, nb = fn->next_block_id;
	AllocStats st = {0, 0, 0};
	char **in = arena_alloc(&tu.arena, sizeof(char *) * (size_t)nb);
	char **out = arena_alloc(&tu.arena, sizeof(char *) * (size_t)nb);
	char *live = arena_alloc(&tu.arena, (size_t)nv);
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		in[b->id] = arena_alloc(&tu.arena, (size_t)nv);
		out[b->id] = arena_alloc(&tu.arena, (size_t)nv);
	}
	/* every value that needs a location has one */
	for (int i = 1; i < nv; i++) {
		Value *v = fn->values.items[i];
		if (!v || !needs(al, v))
			continue;
		int l = al->loc[i];
		ck_assert_msg(l != LOC_NONE, "v%d needs a location and has none\n%s", i, alloc_dump(fn, al));
		if (l >= 0)
			ck_assert_msg(R->allocatable >> l & 1, "v%d is in %s, not allocatable", i, loc_name(l));
		else {
			ck_assert_int_lt(-1 - l, al->nspills);
			st.spilled++;
		}
	}
	/* liveness, backward, to a fixed point */
	for (int changed = 1; changed;) {
		changed = 0;
		for (int i = fn->blocks.len - 1; i >= 0; i--) {
			Block *b = fn->blocks.items[i];
			memset(live, 0, (size_t)nv);
			for (int s = 0; s < b->succs.len; s++) {
				Block *succ = b->succs.items[s];
				for (int x = 1; x < nv; x++)
					live[x] |= in[succ->id][x];
				for (int j = 0; j < succ->values.len; j++) {
					Value *phi = succ->values.items[j];
					if (phi->op != OP_Phi)
						continue;
					for (int k = 0; k < succ->preds.len; k++)
						if (succ->preds.items[k] == b)
							use(al, live, phi->args[k]);
				}
			}
			if (memcmp(live, out[b->id], (size_t)nv))
				changed = 1;
			memcpy(out[b->id], live, (size_t)nv);
			if (b->control)
				use(al, live, b->control);
			for (int j = b->values.len - 1; j >= 0; j--) {
				Value *v = b->values.items[j];
				live[v->id] = 0;
				if (v->op == OP_Phi || (al->folded && al->folded[v->id]))
					continue;   /* a folded value's arguments are used at its user */
				for (int k = 0; k < v->nargs; k++)
					use(al, live, v->args[k]);
			}
			if (memcmp(live, in[b->id], (size_t)nv))
				changed = 1;
			memcpy(in[b->id], live, (size_t)nv);
		}
	}
	/* the conflicts */
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		memcpy(live, out[b->id], (size_t)nv);
		if (b->control)
			use(al, live, b->control);
		for (int j = b->values.len - 1; j >= 0; j--) {
			Value *v = b->values.items[j];
			int nlive = 0;
			for (int x = 1; x < nv; x++)
				nlive += live[x];
			if (nlive > st.max_live)
				st.max_live = nlive;
			if (cg_amd64.is_call(v)) {
				for (int x = 1; x < nv; x++) {
					if (!live[x])
						continue;
					int l = al->loc[x];
					st.across_call++;
					ck_assert_msg(l < 0 || (R->callee_saved >> l & 1),
					              "v%d is live across the call v%d in %s, which the call "
					              "does not preserve\n%s",
					              x, v->id, loc_name(l), alloc_dump(fn, al));
				}
			}
			if (needs(al, v) && v->op != OP_Phi && v->op != OP_Arg)
				for (int x = 1; x < nv; x++)
					if (live[x])
						no_conflict(fn, al, v, fn->values.items[x],
						            arena_sprintf(&tu.arena, "after v%d", v->id));
			live[v->id] = 0;
			if (v->op == OP_Phi || (al->folded && al->folded[v->id]))
				continue;
			for (int k = 0; k < v->nargs; k++)
				use(al, live, v->args[k]);
		}
		/* on entry: the Phis and Args (used ones), and what is live in */
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			if ((v->op == OP_Phi || v->op == OP_Arg) && needs(al, v) && v->uses > 0)
				live[v->id] = 1;
		}
		for (int x = 1; x < nv; x++)
			for (int y = x + 1; y < nv && live[x]; y++)
				if (live[y])
					no_conflict(fn, al, fn->values.items[x], fn->values.items[y],
					            arena_sprintf(&tu.arena, "on entry to b%d", b->id));
	}
	return st;
}

static Func *parse_text(const char *text)
{
	const char *err = NULL;
	Func *fn = ssa_parse(&tu.arena, text, &err);
	ck_assert_msg(fn != NULL, "%s", err);
	MemOut m;
	int problems = ssa_verify(fn, tu_mem_open(&m));
	const char *msgs = tu_mem_close(&m);
	ck_assert_msg(problems == 0, "%s", msgs);
	return fn;
}

/* n Loads from p, all live at once, then summed: n values live together.
 * With calls = 1, a call sits between the loads and the sum. */
static const char *pressure_text(int n, int call)
{
	MemOut m;
	FILE *f = tu_mem_open(&m);
	fprintf(f, "func main.f params=1 results=1\n  b1:\n    v1 = InitMem <mem>\n"
	           "    v2 = Arg <ptr> [0] (p)\n");
	int id = 3;
	for (int i = 0; i < n; i++) {
		fprintf(f, "    v%d = OffPtr <ptr> [%d] v2\n", id, 8 * i);
		fprintf(f, "    v%d = Load <int> v%d v1 (x%d)\n", id + 1, id, i);
		id += 2;
	}
	int mem = 1;
	if (call) {
		fprintf(f, "    v%d = Call <mem> {main.g} v1\n", id);
		mem = id++;
	}
	int sum = 4;
	for (int i = 1; i < n; i++) {
		fprintf(f, "    v%d = Add <int> v%d v%d\n", id, sum, 4 + 2 * i);
		sum = id++;
	}
	fprintf(f, "    v%d = Return <mem> v%d v%d\n  Ret v%d\n", id, sum, mem, id);
	return tu_mem_close(&m);
}

START_TEST(test_alloc_under_pressure)
{
	Func *fn = parse_text(pressure_text(16, 0));
	Alloc *al = cg_regalloc(fn, &cg_amd64);
	AllocStats st = check_alloc(fn, al);
	ck_assert_int_ge(st.max_live, 16);
	ck_assert_int_gt(al->nspills, 0);
	ck_assert_int_ge(st.spilled, 16 - 11);
}
END_TEST

START_TEST(test_alloc_fits_without_spills)
{
	Func *fn = parse_text(pressure_text(8, 0));
	Alloc *al = cg_regalloc(fn, &cg_amd64);
	AllocStats st = check_alloc(fn, al);
	ck_assert_int_ge(st.max_live, 8);
	ck_assert_int_eq(al->nspills, 0);
	ck_assert_int_eq(st.spilled, 0);
}
END_TEST

/* Eight values live across a call; five registers survive it (rbx,
 * r12-r15): at least three must be spilled. */
START_TEST(test_alloc_across_call)
{
	Func *fn = parse_text(pressure_text(8, 1));
	Alloc *al = cg_regalloc(fn, &cg_amd64);
	AllocStats st = check_alloc(fn, al);
	ck_assert_int_ge(st.across_call, 8);
	ck_assert_int_ge(st.spilled, 3);
	int callee = 0;
	for (int i = 0; i < 8; i++) {
		int l = al->loc[4 + 2 * i];
		callee += l >= 0;
	}
	ck_assert_int_le(callee, 5);
}
END_TEST

START_TEST(test_alloc_across_call_small)
{
	Func *fn = parse_text(pressure_text(3, 1));
	Alloc *al = cg_regalloc(fn, &cg_amd64);
	check_alloc(fn, al);
	for (int i = 0; i < 3; i++) {
		int l = al->loc[4 + 2 * i];
		ck_assert_msg(l >= 0 && (cg_amd64.regs->callee_saved >> l & 1),
		              "x%d is in %s: a callee-saved register was free", i, loc_name(l));
	}
	/* not live across it: the sum after the call, free to use any register */
	ck_assert_int_eq(al->nspills, 0);
}
END_TEST

/* Constants, addresses and memory need no register; a compare that only
 * feeds its block's If is fused into the branch and needs none either. */
START_TEST(test_alloc_no_location)
{
	Func *fn = parse_text("func main.f params=1 results=1\n"
	                      "  local buf size=8 align=8\n"
	                      "  b1:\n"
	                      "    v1 = InitMem <mem>\n"
	                      "    v2 = Arg <int> [0] (n)\n"
	                      "    v3 = Const <int> [5]\n"
	                      "    v4 = LocalAddr <ptr> {buf}\n"
	                      "    v5 = Less <bool> v2 v3\n"
	                      "    v6 = Store <mem> [8] v4 v2 v1\n"
	                      "  If v5 -> b2 b3\n"
	                      "  b2: <- b1\n"
	                      "    v7 = Return <mem> v2 v6\n"
	                      "  Ret v7\n"
	                      "  b3: <- b1\n"
	                      "    v8 = Return <mem> v3 v6\n"
	                      "  Ret v8\n");
	Alloc *al = cg_regalloc(fn, &cg_amd64);
	check_alloc(fn, al);
	ck_assert_int_eq(al->loc[3], LOC_NONE);
	ck_assert_int_eq(al->loc[4], LOC_NONE);
	ck_assert_int_eq(al->loc[6], LOC_NONE);
	ck_assert_int_eq(al->loc[5], LOC_NONE);   /* fused */
	/* sunk to the end of b1, right before the branch */
	Block *b1 = fn->blocks.items[0];
	ck_assert_ptr_eq(b1->values.items[b1->values.len - 1], fn->values.items[5]);
	ck_assert_int_ge(al->loc[2], 0);
}
END_TEST

/* A loop carrying 14 values in Phis: more than the registers, and each
 * Phi conflicts with the others and with its next value. */
START_TEST(test_alloc_loop_phis)
{
	enum { N = 14 };
	MemOut m;
	FILE *f = tu_mem_open(&m);
	fprintf(f, "func main.f params=1 results=1\n  b1:\n    v1 = InitMem <mem>\n"
	           "    v2 = Arg <int> [0] (n)\n");
	for (int i = 0; i < N; i++)
		fprintf(f, "    v%d = Const <int> [%d]\n", 10 + i, i);
	fprintf(f, "    v3 = Copy <int> v2\n  Plain -> b2\n  b2: <- b1 b3\n");
	for (int i = 0; i < N; i++)   /* phi i: initial i, then phi i + phi i+1 */
		fprintf(f, "    v%d = Phi <int> v%d v%d (x%d)\n", 30 + i, 10 + i, 50 + i, i);
	fprintf(f, "    v4 = Less <bool> v30 v2\n  If v4 -> b3 b4\n  b3: <- b2\n");
	for (int i = 0; i < N; i++)
		fprintf(f, "    v%d = Add <int> v%d v%d (x%d)\n", 50 + i, 30 + i, 30 + (i + 1) % N, i);
	fprintf(f, "  Plain -> b2\n  b4: <- b2\n");
	int prev = 30;
	for (int i = 1; i < N; i++) {
		fprintf(f, "    v%d = Add <int> v%d v%d\n", 70 + i, prev, 30 + i);
		prev = 70 + i;
	}
	fprintf(f, "    v90 = Return <mem> v%d v1\n  Ret v90\n", prev);
	Func *fn = parse_text(tu_mem_close(&m));
	Alloc *al = cg_regalloc(fn, &cg_amd64);
	AllocStats st = check_alloc(fn, al);
	ck_assert_int_ge(st.max_live, N);
	ck_assert_int_gt(al->nspills, 0);
}
END_TEST

/* Go functions through the front end, the builder and the passes. */
static Func *build_go(const char *src, const char *name)
{
	const char *text = arena_sprintf(&tu.arena, "package main\n%s\nfunc main() {}\n", src);
	Node *file = tu_parse_ok(text);
	Types *t = types_new(&tu.arena, &tu.names, &tu.diag);
	Package *pkg = types_check(t, &file, 1);
	ck_assert_msg(diag_count(&tu.diag) == 0, "errors in\n%s\n%s", text, tu_flush());
	SsaProgram *prog = ssa_program_new(&tu.arena, t, pkg, &tu.diag);
	Func *found = NULL;
	for (int i = 0; i < ssa_program_nfuncs(prog); i++) {
		Func *fn = ssa_build_func(prog, i, &tu.arena);
		ck_assert_ptr_nonnull(fn);
		if (strcmp(fn->name, name) == 0)
			found = fn;
	}
	ck_assert_ptr_nonnull(found);
	PassOptions po = {0};
	po.optimize = 1;
	ssa_run_passes(found, &po);
	return found;
}

static const char *const go_funcs[] = {
	"func f(n int) int {\n"
	"\tif n < 2 {\n\t\treturn n\n\t}\n"
	"\treturn f(n-1) + f(n-2)\n"
	"}\n",
	"func f(n int) int {\n"
	"\ts := 0\n"
	"\tfor i := 0; i < n; i++ {\n"
	"\t\tfor j := 0; j < i; j++ {\n"
	"\t\t\tif (i+j)%3 == 0 {\n\t\t\t\tcontinue\n\t\t\t}\n"
	"\t\t\ts += i*j - s/7\n"
	"\t\t}\n"
	"\t}\n"
	"\treturn s\n"
	"}\n",
	"func g(a, b int) int { return a*b + 1 }\n"
	"func f(a, b, c, d, e, h int) int {\n"
	"\tx := a + b\n\ty := c * d\n\tz := e - h\n"
	"\tw := g(x, y)\n"
	"\tv := g(z, w)\n"
	"\treturn x + y + z + w + v + a + b + c + d + e + h\n"
	"}\n",
	"func f(a [8]int, k int) int {\n"
	"\ts := 0\n"
	"\tfor i := 0; i < 8; i++ {\n"
	"\t\ts += a[i] * a[(i+k)&7]\n"
	"\t}\n"
	"\treturn s\n"
	"}\n",
};

START_TEST(test_alloc_go)
{
	Func *fn = build_go(go_funcs[_i], "main.f");
	Alloc *al = cg_regalloc(fn, &cg_amd64);
	check_alloc(fn, al);
}
END_TEST

/* fib: n is live across the first call, the first result across the
 * second: both in callee-saved registers. */
START_TEST(test_alloc_fib_callee_saved)
{
	Func *fn = build_go(go_funcs[0], "main.f");
	Alloc *al = cg_regalloc(fn, &cg_amd64);
	AllocStats st = check_alloc(fn, al);
	ck_assert_int_ge(st.across_call, 2);
	ck_assert_int_eq(al->nspills, 0);
}
END_TEST

/* ---- running ------------------------------------------------------------- */

static Suite *regalloc_suite(void)
{
	Suite *s = suite_create("regalloc");
	TCase *tc = tu_tcase("sequentialize");
	tcase_add_test(tc, test_seq_swap);
	tcase_add_test(tc, test_seq_three_cycle);
	tcase_add_test(tc, test_seq_chain);
	tcase_add_test(tc, test_seq_constant_source);
	tcase_add_test(tc, test_seq_two_cycles);
	tcase_add_test(tc, test_seq_fan_out);
	tcase_add_test(tc, test_seq_fan_out_of_cycle);
	tcase_add_test(tc, test_seq_self_and_spill_slots);
	tcase_add_test(tc, test_seq_empty);
	tcase_add_loop_test(tc, test_seq_all_permutations, 1, 6);
	tcase_add_loop_test(tc, test_seq_all_maps, 1, 6);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);

	tc = tu_tcase("alloc");
	tcase_add_test(tc, test_alloc_under_pressure);
	tcase_add_test(tc, test_alloc_fits_without_spills);
	tcase_add_test(tc, test_alloc_across_call);
	tcase_add_test(tc, test_alloc_across_call_small);
	tcase_add_test(tc, test_alloc_no_location);
	tcase_add_test(tc, test_alloc_loop_phis);
	tcase_add_loop_test(tc, test_alloc_go, 0, (int)(sizeof go_funcs / sizeof go_funcs[0]));
	tcase_add_test(tc, test_alloc_fib_callee_saved);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return tu_run(regalloc_suite());
}
