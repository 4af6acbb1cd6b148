/* test_ssa.c — the SSA middle end: the text reader, the passes on text,
 * and construction from Go source.
 *
 * Three kinds of tests:
 *
 *   1. Pass tests written as text, one per file in testdata/ssa/, NAME.ssa
 *      (testdata/ssa/README.md describes the format):
 *
 *          # constfold: int8 arithmetic wraps
 *          # pass: constfold
 *          func main.f params=0 results=1
 *            b1:
 *              ...
 *          # want:
 *          func main.f params=0 results=1
 *            ...
 *
 *      The input is read with ssa_parse, checked by the verifier, the pass
 *      runs, the verifier checks again, and ssa_print's text must be the
 *      text after `# want:` exactly.  `# pass: verify-fails` instead wants
 *      the verifier to reject the input with a message matching the
 *      extended regex of `# error:`.  Files under testdata/ssa/known-bugs/
 *      record passes that give a wrong answer today; they are not run.
 *   2. The reader itself: ids and use counts as written, every kind of
 *      [auxint], errors with their line, no crash on any prefix or
 *      mutation of the test files, and the round-trip property
 *      parse(print(f)) prints as f — over every test file and over
 *      functions the builder made.
 *   3. Construction: small Go functions go through the real front end and
 *      the builder (ssa/build.c), and the result must have the Phis,
 *      branches and edges the Go code calls for, and pass the verifier.
 *
 * Writing a new pass test: write the input, then
 *
 *     build/tests/test_ssa --run testdata/ssa/NEW.ssa
 *
 * prints what the pass makes of it; check that by hand before pasting it
 * under `# want:`.  The suite runs from the top of the repository
 * (tests/run.sh does), where testdata/ssa/ is.
 */
#include <glob.h>
#include <regex.h>

#include "check_util.h"
#include "../ssa/program.h"
#include "../ssa/ssa.h"
#include "../types/types.h"

#define SSA_TESTDATA "testdata/ssa"

/* ---- the test files ------------------------------------------------------ */

/* The file names, found once in main() before the suite is made. */
static glob_t ssa_files;

/* One testdata/ssa file, split into its parts. */
typedef struct SsaTest {
	const char *path;
	const char *pass;    /* "constfold", ..., "verify-fails" */
	const char *error;   /* verify-fails: the regex the message must match */
	const char *input;   /* the function before the pass */
	const char *want;    /* the printed function after it, or NULL */
} SsaTest;

static char *read_whole(const char *path)
{
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	MemOut m;
	FILE *out = tu_mem_open(&m);
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		fwrite(buf, 1, n, out);
	fclose(f);
	return (char *)tu_mem_close(&m);
}

/* The value of a header line "# key: value", or NULL. */
static const char *header_value(const char *line, size_t len, const char *key)
{
	size_t k = strlen(key);
	if (len < k + 3 || strncmp(line, "# ", 2) != 0 || strncmp(line + 2, key, k) != 0 ||
	    line[2 + k] != ':')
		return NULL;
	const char *v = line + 3 + k;
	while (*v == ' ')
		v++;
	return arena_strndup(&tu.arena, v, len - (size_t)(v - line));
}

/* Splits a test file: the header's `#` lines, the input up to `# want:`,
 * and the wanted output after it. */
static SsaTest load_test(const char *path)
{
	SsaTest t = {path, NULL, NULL, NULL, NULL};
	const char *s = read_whole(path);
	const char *p = s;
	while (*p == '#') {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p);
		const char *v;
		if ((v = header_value(p, len, "pass")))
			t.pass = v;
		if ((v = header_value(p, len, "error")))
			t.error = v;
		p = eol ? eol + 1 : p + len;
	}
	const char *want = strstr(p, "\n# want:\n");
	if (want) {
		t.input = arena_strndup(&tu.arena, p, (size_t)(want - p) + 1);
		t.want = want + strlen("\n# want:\n");
	} else {
		t.input = p;
	}
	ck_assert_msg(t.pass != NULL, "%s: no '# pass:' line", path);
	return t;
}

static const char *print_func(Func *fn)
{
	MemOut m;
	ssa_print(tu_mem_open(&m), fn);
	return tu_mem_close(&m);
}

/* The verifier's messages, or "" when it is happy. */
static const char *verify_text(Func *fn)
{
	MemOut m;
	ssa_verify(fn, tu_mem_open(&m));
	return tu_mem_close(&m);
}

static Func *parse_ok(const char *text, const char *what)
{
	const char *err = "?";
	Func *fn = ssa_parse(&tu.arena, text, &err);
	ck_assert_msg(fn != NULL, "%s: %s", what, err);
	ck_assert_msg(err == NULL, "%s: err set on success", what);
	return fn;
}

static void run_pass(Func *fn, const char *pass)
{
	if (strcmp(pass, "copyprop") == 0)
		ssa_copyprop(fn);
	else if (strcmp(pass, "constfold") == 0)
		ssa_constfold(fn);
	else if (strcmp(pass, "dce") == 0)
		ssa_dce(fn);
	else if (strcmp(pass, "gvn") == 0) {
		ssa_dom(fn);
		ssa_gvn(fn, NULL);
	} else if (strcmp(pass, "critical") == 0)
		ssa_critical(fn);
	else
		ck_abort_msg("unknown pass '%s'", pass);
}

/* Runs one test file; returns what the pass printed (for --run). */
static const char *run_test(const SsaTest *t)
{
	Func *fn = parse_ok(t->input, t->path);
	if (strcmp(t->pass, "verify-fails") == 0) {
		const char *msgs = verify_text(fn);
		ck_assert_msg(*msgs, "%s: the verifier accepted it", t->path);
		ck_assert_msg(t->error != NULL, "%s: no '# error:' line", t->path);
		regex_t re;
		ck_assert_int_eq(regcomp(&re, t->error, REG_EXTENDED | REG_NOSUB), 0);
		int match = regexec(&re, msgs, 0, NULL, 0) == 0;
		regfree(&re);
		ck_assert_msg(match, "%s: the verifier said\n%swhich does not match /%s/", t->path,
		              msgs, t->error);
		return msgs;
	}
	const char *before = verify_text(fn);
	ck_assert_msg(!*before, "%s: the input is not valid SSA:\n%s", t->path, before);
	run_pass(fn, t->pass);
	const char *after = verify_text(fn);
	ck_assert_msg(!*after, "%s: invalid after %s:\n%s%s", t->path, t->pass, after,
	              print_func(fn));
	return print_func(fn);
}

START_TEST(test_file_pass)
{
	SsaTest t = load_test(ssa_files.gl_pathv[_i]);
	const char *got = run_test(&t);
	if (strcmp(t.pass, "verify-fails") == 0)
		return;
	ck_assert_msg(t.want != NULL, "%s: no '# want:' section", t.path);
	ck_assert_msg(strcmp(got, t.want) == 0, "%s: after %s\ngot\n%swant\n%s", t.path, t.pass, got,
	              t.want);
}
END_TEST

/* parse(print(f)) prints as f does: for each file's input and wanted
 * output. */
static void assert_round_trip(const char *text, const char *what)
{
	Func *fn = parse_ok(text, what);
	const char *once = print_func(fn);
	Func *again = parse_ok(once, what);
	const char *twice = print_func(again);
	ck_assert_msg(strcmp(once, twice) == 0, "%s: round trip\nonce\n%stwice\n%s", what, once,
	              twice);
}

START_TEST(test_file_round_trip)
{
	SsaTest t = load_test(ssa_files.gl_pathv[_i]);
	assert_round_trip(t.input, t.path);
	if (t.want) {
		assert_round_trip(t.want, t.path);
		/* the wanted text is exactly what the printer writes */
		ck_assert_str_eq(print_func(parse_ok(t.want, t.path)), t.want);
	}
}
END_TEST

/* Any prefix of a test file, and the file with any one byte changed,
 * gives a Func or a "line N: ..." error: never a crash. */
START_TEST(test_file_no_crash)
{
	SsaTest t = load_test(ssa_files.gl_pathv[_i]);
	size_t n = strlen(t.input);
	char *buf = arena_alloc(&tu.arena, n + 1);
	static const char junk[] = {'\0', ' ', '\n', 'v', 'b', '9', '-', ']', '[', '{', '(', ';', ':', '<'};
	for (size_t cut = 0; cut <= n; cut++) {
		memcpy(buf, t.input, cut);
		buf[cut] = 0;
		const char *err = NULL;
		Func *fn = ssa_parse(&tu.arena, buf, &err);
		ck_assert(fn != NULL || (err && strncmp(err, "line ", 5) == 0));
		if (fn)
			verify_text(fn);   /* the verifier copes with whatever parsed */
	}
	for (size_t i = 0; i < n; i += 3) {
		for (size_t j = 0; j < sizeof junk; j++) {
			memcpy(buf, t.input, n + 1);
			buf[i] = junk[j];
			const char *err = NULL;
			Func *fn = ssa_parse(&tu.arena, buf, &err);
			ck_assert(fn != NULL || (err && strncmp(err, "line ", 5) == 0));
		}
	}
}
END_TEST

START_TEST(test_enough_files)
{
	ck_assert_msg(ssa_files.gl_pathc >= 20, "only %zu files in " SSA_TESTDATA,
	              (size_t)ssa_files.gl_pathc);
}
END_TEST

/* ---- the reader ------------------------------------------------------------ */

static const char loop_text[] =
	"func main.f params=1 results=1\n"
	"  local buf size=16 align=8\n"
	"  b1:\n"
	"    v1 = InitMem <mem>\n"
	"    v2 = Arg <int> [0] (n)\n"
	"    v3 = Const <int> [0] (i)\n"
	"  Plain -> b4\n"
	"  b4: <- b1 b9\n"
	"    v5 = Phi <int> v3 v11 (i)\n"
	"    v7 = Less <bool> v5 v2                  ; a note\n"
	"  If v7 -> b9 b12\n"
	"  b9: <- b4\n"
	"    v10 = Const <int> [1]\n"
	"    v11 = Add <int> v5 v10 (i)              ; dead f.go:3:4\n"
	"  Plain -> b4\n"
	"  b12: <- b4\n"
	"    v13 = LocalAddr <ptr> {buf}\n"
	"    v14 = Store <mem> [8] v13 v5 v1\n"
	"    v15 = Return <mem> v5 v14\n"
	"  Ret v15\n";

START_TEST(test_parse_ids_kept)
{
	Func *fn = parse_ok(loop_text, "loop");
	ck_assert_str_eq(fn->name, "main.f");
	ck_assert_int_eq(fn->nparam_words, 1);
	ck_assert_int_eq(fn->nresult_words, 1);
	ck_assert_int_eq(fn->values.len, 16);
	ck_assert_ptr_null(fn->values.items[4]);
	ck_assert_ptr_null(fn->values.items[6]);
	ck_assert_int_eq(fn->values.items[11]->id, 11);
	ck_assert_int_eq(fn->blocks.len, 4);
	ck_assert_int_eq(fn->blocks.items[1]->id, 4);
	ck_assert_int_eq(fn->blocks.items[3]->id, 12);
	ck_assert_int_ge(fn->next_block_id, 13);
	ck_assert_ptr_eq(fn->entry, fn->blocks.items[0]);
	ck_assert_str_eq(verify_text(fn), "");
}
END_TEST

START_TEST(test_parse_forward_refs_and_uses)
{
	Func *fn = parse_ok(loop_text, "loop");
	Value *phi = fn->values.items[5], *add = fn->values.items[11];
	ck_assert_int_eq(phi->op, OP_Phi);
	ck_assert_ptr_eq(phi->args[1], add);       /* named before its line */
	ck_assert_ptr_eq(add->block, fn->blocks.items[2]);
	ck_assert_int_eq(add->uses, 1);
	ck_assert_int_eq(phi->uses, 4);            /* Less, Add, Store, Return */
	ck_assert_int_eq(fn->values.items[7]->uses, 1);  /* the If's control */
	ck_assert_int_eq(fn->values.items[1]->uses, 1);
	ck_assert_str_eq(add->name, "i");
	ck_assert_ptr_eq(fn->values.items[13]->local, fn->locals.items[0]);
	ck_assert_int_eq(fn->values.items[14]->auxint, 8);
	Block *b4 = fn->blocks.items[1];
	ck_assert_int_eq(b4->kind, BLOCK_IF);
	ck_assert_int_eq(b4->succs.items[0]->id, 9);
	ck_assert_int_eq(b4->succs.items[1]->id, 12);
	ck_assert_int_eq(b4->preds.items[1]->id, 9);
}
END_TEST

START_TEST(test_parse_auxints)
{
	Func *fn = parse_ok("func main.g params=0 results=0\n"
	                    "  b1:\n"
	                    "    v1 = InitMem <mem>\n"
	                    "    v2 = Const <bool> [true]\n"
	                    "    v3 = Const <bool> [false]\n"
	                    "    v4 = Const <uint64> [18446744073709551615]\n"
	                    "    v5 = Const <int64> [-9223372036854775808]\n"
	                    "    v6 = Const <int> [5]\n"
	                    "    v7 = BoundsCheck <void> [slice3_acap] v6 v6\n"
	                    "    v8 = Addr <ptr> {go.str.0}\n"
	                    "    v9 = Call <mem> {main.h} v8 v1\n"
	                    "    v10 = CallResult <int> [1] v9\n"
	                    "    v11 = Return <mem> v9 (result area)\n"
	                    "  Ret v11\n",
	                    "auxints");
	ck_assert_int_eq(fn->values.items[2]->auxint, 1);
	ck_assert_int_eq(fn->values.items[3]->auxint, 0);
	ck_assert_int_eq(fn->values.items[4]->auxint, -1);
	ck_assert(fn->values.items[5]->auxint == INT64_MIN);
	ck_assert_int_eq(fn->values.items[7]->auxint, BOUNDS_SLICE3_ACAP);
	ck_assert_str_eq(fn->values.items[8]->aux, "go.str.0");
	ck_assert_str_eq(fn->values.items[9]->aux, "main.h");
	ck_assert_int_eq(fn->values.items[9]->call_results, 2);
	ck_assert_str_eq(fn->values.items[11]->name, "result area");
}
END_TEST

/* Bad inputs, and the start of the message each must give. */
static const struct { const char *text, *err; } bad_inputs[] = {
	{"", "line 0: no function"},
	{"b1:\n", "line 1: want 'func"},
	{"func f params=0\n", "line 1: func: want results="},
	{"func f params=x results=0\n", "line 1: params: want a number"},
	{"func f params=0 results=0\n  b1:\n    v1 = InitMem <mem>\n", "line 3: b1 has no end line"},
	{"func f params=0 results=0\n  b1:\n    v1 = Frob <int>\n  Plain -> b1\n", "line 3: unknown op 'Frob'"},
	{"func f params=0 results=0\n  b1:\n    v1 = Const <int32x> [1]\n", "line 3: v1: unknown type"},
	{"func f params=0 results=0\n  b1:\n    v1 = Const <int>\n", "line 3: v1: Const needs an [auxint]"},
	{"func f params=0 results=0\n  b1:\n    v1 = Add <int> [3] v1 v1\n", "line 3: v1: Add has no [auxint]"},
	{"func f params=0 results=0\n  b1:\n    v1 = Const <int> [99999999999999999999]\n", "line 3: v1: [99999999999999999999] is out of range"},
	{"func f params=0 results=0\n  b1:\n    v1 = Const <bool> [2]\n", "line 3: v1: a bool Const is"},
	{"func f params=0 results=0\n  b1:\n    v1 = Const <int8> [300]\n", "line 3: v1: [300] does not fit <int8>"},
	{"func f params=0 results=0\n  b1:\n    v1 = Const <uint8> [-1]\n", "line 3: v1: [-1] does not fit <uint8>"},
	{"func f params=0 results=0\n  b1:\n    v1 = BoundsCheck <void> [slice9] v1 v1\n", "line 3: v1: unknown bounds kind"},
	{"func f params=0 results=0\n  b1:\n    v1 = LocalAddr <ptr> {x}\n", "line 3: v1: no local named x"},
	{"func f params=0 results=0\n  b1:\n    v1 = Copy <int> v9\n  Ret v1\n", "line 3: v9 is used but never defined"},
	{"func f params=0 results=0\n  b1:\n  Plain -> b7\n", "line 3: b7 is used but never defined"},
	{"func f params=0 results=0\n  b1:\n    v1 = InitMem <mem>\n    v1 = InitMem <mem>\n", "line 4: v1 is defined twice"},
	{"func f params=0 results=0\n  b1:\n  Plain -> b1\n  b1:\n  Plain -> b1\n", "line 4: b1 is defined twice"},
	{"func f params=0 results=0\n    v1 = InitMem <mem>\n", "line 2: v1 is outside a block"},
	{"func f params=0 results=0\n  b1:\n    v99999999 = InitMem <mem>\n", "line 3: value id: 99999999 is out of range"},
	{"func f params=0 results=0\n  b1:\n    v0 = InitMem <mem>\n", "line 3: value id: 0 is out of range"},
	{"func f params=0 results=0\n  b1:\n    v1 = InitMem <mem> junk\n", "line 3: v1: unexpected 'junk'"},
	{"func f params=0 results=0\n  b1:\n  Plain -> b1\n  Plain -> b1\n", "line 4: Plain outside a block"},
	{"func f params=0 results=0\n  b1:\n  Plain -> b1\nfunc g params=0 results=0\n", "line 4: a second func"},
	{"func f params=0 results=0\n", "line 1: func f has no blocks"},
	{"func f params=0 results=0\n  b1:\n    v1 = Phi <int> v1 (x\n", "line 3: v1: want (name)"},
};

START_TEST(test_parse_errors)
{
	const char *err = NULL;
	Func *fn = ssa_parse(&tu.arena, bad_inputs[_i].text, &err);
	ck_assert_msg(fn == NULL, "accepted:\n%s", bad_inputs[_i].text);
	ck_assert_ptr_nonnull(err);
	ck_assert_msg(strncmp(err, bad_inputs[_i].err, strlen(bad_inputs[_i].err)) == 0,
	              "error '%s', want '%s...'", err, bad_inputs[_i].err);
}
END_TEST

/* ---- construction from Go -------------------------------------------------- */

/* Builds function `name` of "package main\nSRC\nfunc main() {}\n" with the
 * real front end and builder; the result must pass the verifier. */
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
		ck_assert_msg(fn != NULL, "the builder failed on\n%s\n%s", text, tu_flush());
		if (strcmp(fn->name, name) == 0)
			found = fn;
	}
	ck_assert_msg(found != NULL, "no function %s", name);
	ssa_dom(found);
	const char *problems = verify_text(found);
	ck_assert_msg(!*problems, "the built %s is not valid:\n%s%s", name, problems,
	              print_func(found));
	return found;
}

/* The live Phis named `var` (Copies left by trivial-phi removal are not
 * Phis). */
static int count_phis(Func *fn, const char *var, Block **where)
{
	int n = 0;
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			if (v->op == OP_Phi && v->name && strcmp(v->name, var) == 0) {
				if (where)
					where[n] = b;
				n++;
			}
		}
	}
	return n;
}

static Value *phi_in(Block *b, const char *var)
{
	for (int j = 0; j < b->values.len; j++) {
		Value *v = b->values.items[j];
		if (v->op == OP_Phi && v->name && strcmp(v->name, var) == 0)
			return v;
	}
	return NULL;
}

static Value *skip_copies(Value *v)
{
	while (v->op == OP_Copy)
		v = v->args[0];
	return v;
}

static const char sum_src[] =
	"func f(n int) int {\n"
	"\ts := 0\n"
	"\tfor i := 0; i < n; i++ {\n"
	"\t\ts += i\n"
	"\t}\n"
	"\treturn s\n"
	"}\n";

/* The loop variable gets a Phi in the header: the initial 0 from the
 * preheader, i+1 from the latch. */
START_TEST(test_build_loop_phi)
{
	Func *fn = build_go(sum_src, "main.f");
	Block *h[4];
	ck_assert_int_eq(count_phis(fn, "i", h), 1);
	Value *phi = phi_in(h[0], "i");
	ck_assert_int_eq(h[0]->preds.len, 2);
	ck_assert_int_eq(phi->nargs, 2);
	int seen_pre = 0, seen_latch = 0;
	for (int k = 0; k < 2; k++) {
		Block *p = h[0]->preds.items[k];
		Value *a = skip_copies(phi->args[k]);
		if (ssa_dominates(h[0], p)) {       /* the latch: inside the loop */
			seen_latch = 1;
			ck_assert_int_eq(a->op, OP_Add);
			ck_assert(skip_copies(a->args[0]) == phi || skip_copies(a->args[1]) == phi);
		} else {                           /* the preheader */
			seen_pre = 1;
			ck_assert_int_eq(a->op, OP_Const);
			ck_assert_int_eq(a->auxint, 0);
		}
	}
	ck_assert(seen_pre && seen_latch);
	/* s is carried round the same loop */
	Value *s = phi_in(h[0], "s");
	ck_assert_ptr_nonnull(s);
	ck_assert_int_eq(s->nargs, 2);
}
END_TEST

static const char nested_src[] =
	"func f(n int) int {\n"
	"\ts := 0\n"
	"\tk := n * 2\n"
	"\tx := n + 1\n"
	"\tfor i := 0; i < n; i++ {\n"
	"\t\tfor j := 0; j < n; j++ {\n"
	"\t\t\ts += i*j + k + x\n"
	"\t\t}\n"
	"\t}\n"
	"\treturn s\n"
	"}\n";

/* s is assigned in the inner loop, so both headers need a Phi for it;
 * i's Phi is in the outer header, j's in the inner one, which the outer
 * header dominates. */
START_TEST(test_build_nested_loops)
{
	Func *fn = build_go(nested_src, "main.f");
	Block *hi[4], *hj[4], *hs[4];
	ck_assert_int_eq(count_phis(fn, "i", hi), 1);
	ck_assert_int_eq(count_phis(fn, "j", hj), 1);
	ck_assert_int_eq(count_phis(fn, "s", hs), 2);
	ck_assert_ptr_ne(hi[0], hj[0]);
	ck_assert(ssa_dominates(hi[0], hj[0]));
	ck_assert(phi_in(hi[0], "s") != NULL);
	ck_assert(phi_in(hj[0], "s") != NULL);
	/* the inner s Phi's value from the outer header flows in on entry */
	Value *inner = phi_in(hj[0], "s"), *outer = phi_in(hi[0], "s");
	int from_outer = 0;
	for (int k = 0; k < inner->nargs; k++)
		from_outer |= skip_copies(inner->args[k]) == outer;
	ck_assert(from_outer);
}
END_TEST

/* k and x are only read inside the loops: no Phi for them.  Reading x in
 * the inner loop places Phis in both headers while they are not sealed;
 * each turns out trivial and the removal cascades. */
START_TEST(test_build_no_phi_for_unassigned)
{
	Func *fn = build_go(nested_src, "main.f");
	ck_assert_int_eq(count_phis(fn, "k", NULL), 0);
	ck_assert_int_eq(count_phis(fn, "x", NULL), 0);
	ck_assert_int_eq(count_phis(fn, "n", NULL), 0);
}
END_TEST

START_TEST(test_build_trivial_phi_cascade)
{
	Func *fn = build_go("func f(n int) int {\n"
	                    "\tx := n + 1\n"
	                    "\ts := 0\n"
	                    "\tfor i := 0; i < n; i++ {\n"
	                    "\t\tfor j := 0; j < n; j++ {\n"
	                    "\t\t\tfor k := 0; k < n; k++ {\n"
	                    "\t\t\t\ts += x\n"
	                    "\t\t\t}\n"
	                    "\t\t}\n"
	                    "\t}\n"
	                    "\treturn s\n"
	                    "}\n",
	                    "main.f");
	ck_assert_int_eq(count_phis(fn, "x", NULL), 0);
	ck_assert_int_eq(count_phis(fn, "s", NULL), 3);
	/* the Add in the innermost loop reads x's one definition */
	int found = 0;
	for (int i = 1; i < fn->values.len; i++) {
		Value *v = fn->values.items[i];
		if (v && v->op == OP_Add && v->name && strcmp(v->name, "s") == 0) {
			for (int k = 0; k < 2; k++) {
				Value *a = skip_copies(v->args[k]);
				if (a->op == OP_Add && a->name && strcmp(a->name, "x") == 0)
					found = 1;
			}
		}
	}
	ck_assert(found);
}
END_TEST

/* a > 0 && b > 0 is two branches, not an And: b > 0 is computed in a
 * block of its own, reached only when a > 0 holds. */
START_TEST(test_build_short_circuit)
{
	Func *fn = build_go("func f(a, b int) int {\n"
	                    "\tif a > 0 && b > 0 {\n"
	                    "\t\treturn 1\n"
	                    "\t}\n"
	                    "\treturn 0\n"
	                    "}\n",
	                    "main.f");
	Block *first = NULL, *second = NULL;
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			ck_assert_int_ne(v->op, OP_And);
			if (v->op == OP_Less && v->args[1]->op == OP_Arg) {
				if (v->args[1]->auxint == 0)
					first = b;
				else
					second = b;
			}
		}
	}
	ck_assert_ptr_nonnull(first);
	ck_assert_ptr_nonnull(second);
	ck_assert_ptr_ne(first, second);
	ck_assert_int_eq(first->kind, BLOCK_IF);
	/* the second test runs on the first's true edge */
	ck_assert(ssa_dominates(first, second));
	Block *t = first->succs.items[0];
	while (t != second && t->kind == BLOCK_PLAIN && t->succs.len == 1)
		t = t->succs.items[0];
	ck_assert_ptr_eq(t, second);
}
END_TEST

/* case 1 falls through into case 2's body: that body is entered from two
 * places, and r there is a Phi of 10 (the fallthrough) and r's value on
 * entry to the switch. */
START_TEST(test_build_switch_fallthrough)
{
	Func *fn = build_go("func f(n int) int {\n"
	                    "\tr := 0\n"
	                    "\tswitch n {\n"
	                    "\tcase 1:\n"
	                    "\t\tr = 10\n"
	                    "\t\tfallthrough\n"
	                    "\tcase 2:\n"
	                    "\t\tr += 20\n"
	                    "\tdefault:\n"
	                    "\t\tr = 30\n"
	                    "\t}\n"
	                    "\treturn r\n"
	                    "}\n",
	                    "main.f");
	Value *add = NULL;
	for (int i = 1; i < fn->values.len; i++) {
		Value *v = fn->values.items[i];
		int64_t c;
		if (v && v->op == OP_Add && ssa_is_const(skip_copies(v->args[1]), &c) && c == 20)
			add = v;
	}
	ck_assert_ptr_nonnull(add);
	Block *body = add->block;
	ck_assert_int_eq(body->preds.len, 2);
	Value *r = skip_copies(add->args[0]);
	ck_assert_int_eq(r->op, OP_Phi);
	ck_assert_ptr_eq(r->block, body);
	int64_t c0, c1;
	ck_assert(ssa_is_const(skip_copies(r->args[0]), &c0));
	ck_assert(ssa_is_const(skip_copies(r->args[1]), &c1));
	ck_assert((c0 == 10 && c1 == 0) || (c0 == 0 && c1 == 10));
	/* the return sees three values of r: 10+20 path, default's 30, none other */
	ck_assert_int_eq(count_phis(fn, "r", NULL), 2);
}
END_TEST

static const char labeled_src[] =
	"func f(n int) int {\n"
	"\ts := 0\n"
	"outer:\n"
	"\tfor i := 0; i < n; i++ {\n"
	"\t\tfor j := 0; j < n; j++ {\n"
	"\t\t\tif j == 2 {\n"
	"\t\t\t\tcontinue outer\n"
	"\t\t\t}\n"
	"\t\t\tif i+j > 5 {\n"
	"\t\t\t\tbreak outer\n"
	"\t\t\t}\n"
	"\t\t\ts += j\n"
	"\t\t}\n"
	"\t}\n"
	"\treturn s\n"
	"}\n";

/* continue outer jumps to the outer loop's i++: that block is reached
 * from the inner loop's exit and from the continue; break outer jumps
 * past the outer loop, so the returned s merges the outer loop's exit
 * and the break. */
START_TEST(test_build_labeled_break_continue)
{
	Func *fn = build_go(labeled_src, "main.f");
	Value *inc = NULL, *ret = NULL;
	for (int i = 1; i < fn->values.len; i++) {
		Value *v = fn->values.items[i];
		int64_t c;
		if (v && v->op == OP_Add && v->name && strcmp(v->name, "i") == 0 &&
		    ssa_is_const(skip_copies(v->args[1]), &c) && c == 1)
			inc = v;
		if (v && v->op == OP_Return)
			ret = v;
	}
	ck_assert_ptr_nonnull(inc);
	ck_assert_ptr_nonnull(ret);
	ck_assert_int_eq(inc->block->preds.len, 2);
	Value *s = skip_copies(ret->args[0]);
	ck_assert_int_eq(s->op, OP_Phi);
	ck_assert_int_eq(s->nargs, 2);
	/* one of the merged values is the outer header's s */
	Block *hi[4];
	ck_assert_int_eq(count_phis(fn, "i", hi), 1);
	Value *outer_s = phi_in(hi[0], "s");
	ck_assert_ptr_nonnull(outer_s);
	ck_assert(skip_copies(s->args[0]) == outer_s || skip_copies(s->args[1]) == outer_s);
}
END_TEST

/* Every pass keeps the built functions valid (as -d ssa/check does). */
START_TEST(test_build_passes_verify)
{
	const char *srcs[] = {sum_src, nested_src, labeled_src};
	for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
		Func *fn = build_go(srcs[i], "main.f");
		PassOptions po = {0};
		po.check = 0;
		po.optimize = 1;
		ssa_run_passes(fn, &po);
		const char *problems = verify_text(fn);
		ck_assert_msg(!*problems, "after the passes:\n%s%s", problems, print_func(fn));
	}
}
END_TEST

/* A built function, printed with its positions, reads back; printed
 * again without them it is the same text, and it round-trips. */
START_TEST(test_build_round_trip)
{
	const char *srcs[] = {sum_src, nested_src, labeled_src};
	for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
		Func *fn = build_go(srcs[i], "main.f");
		const char *with_pos = print_func(fn);
		ck_assert_ptr_nonnull(strstr(with_pos, "; t.go:"));
		fn->diag = NULL;
		const char *plain = print_func(fn);
		Func *back = parse_ok(with_pos, "built");
		ck_assert_str_eq(print_func(back), plain);
		ck_assert_str_eq(verify_text(back), "");
		assert_round_trip(plain, "built");
		/* and after the passes */
		PassOptions po = {0};
		po.optimize = 1;
		ssa_run_passes(back, &po);
		assert_round_trip(print_func(back), "built, after the passes");
	}
}
END_TEST

/* ---- running ----------------------------------------------------------- */

static Suite *ssa_suite(void)
{
	Suite *s = suite_create("ssa");
	int nfiles = (int)ssa_files.gl_pathc;
	TCase *tc = tu_tcase("files");
	tcase_add_test(tc, test_enough_files);
	tcase_add_loop_test(tc, test_file_pass, 0, nfiles);
	tcase_add_loop_test(tc, test_file_round_trip, 0, nfiles);
	tcase_add_loop_test(tc, test_file_no_crash, 0, nfiles);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);

	tc = tu_tcase("parse");
	tcase_add_test(tc, test_parse_ids_kept);
	tcase_add_test(tc, test_parse_forward_refs_and_uses);
	tcase_add_test(tc, test_parse_auxints);
	tcase_add_loop_test(tc, test_parse_errors, 0, (int)(sizeof bad_inputs / sizeof bad_inputs[0]));
	suite_add_tcase(s, tc);

	tc = tu_tcase("build");
	tcase_add_test(tc, test_build_loop_phi);
	tcase_add_test(tc, test_build_nested_loops);
	tcase_add_test(tc, test_build_no_phi_for_unassigned);
	tcase_add_test(tc, test_build_trivial_phi_cascade);
	tcase_add_test(tc, test_build_short_circuit);
	tcase_add_test(tc, test_build_switch_fallthrough);
	tcase_add_test(tc, test_build_labeled_break_continue);
	tcase_add_test(tc, test_build_passes_verify);
	tcase_add_test(tc, test_build_round_trip);
	suite_add_tcase(s, tc);
	return s;
}

/* --run FILE: print what FILE's pass makes of its input (Check's asserts
 * need a running test, so this is a suite of one). */
static const char *run_path;

START_TEST(test_run_one)
{
	SsaTest t = load_test(run_path);
	fputs(run_test(&t), stdout);
	fflush(stdout);
}
END_TEST

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "--run") == 0) {
		run_path = argv[2];
		Suite *s = suite_create("run");
		TCase *tc = tu_tcase("run");
		tcase_add_test(tc, test_run_one);
		suite_add_tcase(s, tc);
		SRunner *sr = srunner_create(s);
		srunner_set_fork_status(sr, CK_NOFORK);
		srunner_run_all(sr, CK_SILENT);
		int failed = srunner_ntests_failed(sr);
		if (failed)
			srunner_print(sr, CK_NORMAL);
		srunner_free(sr);
		return failed ? EXIT_FAILURE : EXIT_SUCCESS;
	}
	if (glob(SSA_TESTDATA "/*.ssa", 0, NULL, &ssa_files) != 0)
		ssa_files.gl_pathc = 0;
	int status = tu_run(ssa_suite());
	globfree(&ssa_files);
	return status;
}
