/* test_escape.c — escape analysis (escape/escape.c) on graphs built by
 * hand: small functions written as SSA text (ssa/parse.c), with the
 * allocation sites and parameter shapes SSA construction would attach
 * added here, and the verdicts checked one by one.
 *
 * In the text, `Call {rt_newobject}` is an allocation; site() marks it
 * as the site named by its text.  A site that does not escape is
 * rewritten into `Zero` of a stack slot, which is what the tests look
 * for, together with the -m lines the analysis prints.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../escape/escape.h"

typedef struct T {
	Arena arena;
	Func *fns[4];
	int n;
	char *out;               /* the -m lines */
	size_t outlen;
} T;

static T *t_new(void)
{
	T *t = calloc(1, sizeof *t);
	arena_init(&t->arena);
	return t;
}

static void t_free(T *t)
{
	arena_free(&t->arena);
	free(t->out);
	free(t);
}

/* Parses a function; every Call {rt_newobject} in it, in order, becomes a
 * site with the next name of `sites` (8 bytes each). */
static Func *add(T *t, const char *text, const char **sites)
{
	const char *err = NULL;
	Func *fn = ssa_parse(&t->arena, text, &err);
	ck_assert_msg(fn != NULL, "parse: %s", err ? err : "?");
	int k = 0;
	for (int i = 0; i < fn->values.len; i++) {
		Value *v = fn->values.items[i];
		if (v && v->op == OP_Call && v->aux && strcmp(v->aux, "rt_newobject") == 0 && sites && sites[k]) {
			AllocSite *s = ARENA_NEW(&t->arena, AllocSite);
			s->text = sites[k++];
			s->size = 8;
			s->align = 8;
			s->pos = (Pos){0, i + 1, 1};
			v->site = s;
		}
	}
	t->fns[t->n++] = fn;
	return fn;
}

/* The function's parameters: n one-word pointer parameters named p0, p1,
 * ..., and r one-word results. */
static void params(T *t, Func *fn, int n, int r)
{
	CallShape *sh = ARENA_NEW(&t->arena, CallShape);
	sh->nparams = n;
	sh->params = arena_alloc(&t->arena, sizeof(CallParam) * (size_t)(n + 1));
	for (int i = 0; i < n; i++) {
		char *name = arena_alloc(&t->arena, 16);
		snprintf(name, 16, "p%d", i);
		sh->params[i] = (CallParam){i, 1, 0, 1, name, (Pos){0, 100 + i, 1}};
	}
	sh->nresults = r;
	sh->results = arena_alloc(&t->arena, sizeof(CallParam) * (size_t)(r + 1));
	for (int i = 0; i < r; i++)
		sh->results[i] = (CallParam){i, 1, 0, 1, i == 0 ? "~r0" : "~r1", (Pos){0, 0, 0}};
	fn->shape = sh;
}

/* Calls to `callee` in fn get callee's shape. */
static void calls(Func *fn, const char *callee, Func *to)
{
	for (int i = 0; i < fn->values.len; i++) {
		Value *v = fn->values.items[i];
		if (v && v->op == OP_Call && v->aux && strcmp(v->aux, callee) == 0)
			v->shape = to->shape;
	}
}

static void run(T *t)
{
	Diag d = {0};
	diag_init(&d, &t->arena);
	diag_add_source(&d, "x.go", "", 0);
	FILE *f = open_memstream(&t->out, &t->outlen);
	EscapeOptions o = {1, f, &d, NULL};   /* no typed AST: no -m=2 model */
	escape_program(t->fns, t->n, &o);
	fclose(f);
}

/* Did the site's call become a stack slot? */
static int on_stack(Func *fn, const char *site)
{
	for (int i = 0; i < fn->values.len; i++) {
		Value *v = fn->values.items[i];
		if (v && v->site && strcmp(v->site->text, site) == 0)
			return v->op == OP_Zero;
	}
	ck_abort_msg("no site %s", site);
	return 0;
}

static int said(T *t, const char *line)
{
	return t->out && strstr(t->out, line) != NULL;
}

/* new(T) returned: its address reaches a result, which outlives it. */
START_TEST(test_returned_escapes)
{
	T *t = t_new();
	Func *f = add(t,
		"func main.f params=0 results=1\n"
		"  b1:\n"
		"    v1 = InitMem <mem>\n"
		"    v2 = Addr <ptr> {go.type.0}\n"
		"    v3 = Call <mem> {rt_newobject} v2 v1\n"
		"    v4 = CallResult <ptr> [0] v3\n"
		"    v5 = Return <mem> v4 v3\n"
		"  Ret v5\n", (const char *[]){"new(int)", NULL});
	params(t, f, 0, 1);
	run(t);
	ck_assert(!on_stack(f, "new(int)"));
	ck_assert(said(t, "new(int) escapes to heap"));
	t_free(t);
}
END_TEST

/* Only loaded from and stored to: stays in the frame. */
START_TEST(test_local_stays)
{
	T *t = t_new();
	Func *f = add(t,
		"func main.f params=0 results=1\n"
		"  b1:\n"
		"    v1 = InitMem <mem>\n"
		"    v2 = Addr <ptr> {go.type.0}\n"
		"    v3 = Call <mem> {rt_newobject} v2 v1\n"
		"    v4 = CallResult <ptr> [0] v3\n"
		"    v5 = Const <int> [7]\n"
		"    v6 = Store <mem> [8] v4 v5 v3\n"
		"    v7 = Load <int> v4 v6\n"
		"    v8 = Return <mem> v7 v6\n"
		"  Ret v8\n", (const char *[]){"new(int)", NULL});
	params(t, f, 0, 1);
	run(t);
	ck_assert(on_stack(f, "new(int)"));
	ck_assert(said(t, "new(int) does not escape"));
	t_free(t);
}
END_TEST

/* Stored into a global: the heap holds its address. */
START_TEST(test_global_store_escapes)
{
	T *t = t_new();
	Func *f = add(t,
		"func main.f params=0 results=0\n"
		"  b1:\n"
		"    v1 = InitMem <mem>\n"
		"    v2 = Addr <ptr> {go.type.0}\n"
		"    v3 = Call <mem> {rt_newobject} v2 v1\n"
		"    v4 = CallResult <ptr> [0] v3\n"
		"    v5 = Addr <ptr> {main.g}\n"
		"    v6 = Store <mem> [8] v5 v4 v3\n"
		"    v7 = Return <mem> v6\n"
		"  Ret v7\n", (const char *[]){"&T{...}", NULL});
	params(t, f, 0, 0);
	run(t);
	ck_assert(!on_stack(f, "&T{...}"));
	t_free(t);
}
END_TEST

/* A cycle: a points to b and b to a.  Alone, both stay; once a is
 * stored in a global, b escapes through it, at any depth of pointers. */
static const char *cycle =
	"func main.f params=0 results=0\n"
	"  b1:\n"
	"    v1 = InitMem <mem>\n"
	"    v2 = Addr <ptr> {go.type.0}\n"
	"    v3 = Call <mem> {rt_newobject} v2 v1\n"
	"    v4 = CallResult <ptr> [0] v3\n"
	"    v5 = Call <mem> {rt_newobject} v2 v3\n"
	"    v6 = CallResult <ptr> [0] v5\n"
	"    v7 = Store <mem> [8] v4 v6 v5\n"
	"    v8 = Store <mem> [8] v6 v4 v7\n"
	"%s"
	"  Ret v10\n";

START_TEST(test_cycle)
{
	char buf[1024];
	T *t = t_new();
	snprintf(buf, sizeof buf, cycle, "    v9 = Copy <mem> v8\n    v10 = Return <mem> v9\n");
	Func *f = add(t, buf, (const char *[]){"a", "b", NULL});
	params(t, f, 0, 0);
	run(t);
	ck_assert(on_stack(f, "a"));
	ck_assert(on_stack(f, "b"));
	t_free(t);
	t = t_new();
	snprintf(buf, sizeof buf, cycle,
	         "    v11 = Addr <ptr> {main.g}\n    v9 = Store <mem> [8] v11 v4 v8\n    v10 = Return <mem> v9\n");
	f = add(t, buf, (const char *[]){"a", "b", NULL});
	params(t, f, 0, 0);
	run(t);
	ck_assert(!on_stack(f, "a"));
	ck_assert(!on_stack(f, "b"));
	t_free(t);
}
END_TEST

/* Loop depth: an object made in a loop whose address is carried into the
 * next iteration (the header's Phi) must not share one slot. */
START_TEST(test_loop_carried_escapes)
{
	T *t = t_new();
	Func *f = add(t,
		"func main.f params=0 results=0\n"
		"  b1:\n"
		"    v1 = InitMem <mem>\n"
		"    v2 = Const <ptr> [0]\n"
		"    v3 = Addr <ptr> {go.type.0}\n"
		"  Plain -> b2\n"
		"  b2: <- b1 b3\n"
		"    v4 = Phi <ptr> v2 v8\n"
		"    v5 = Phi <mem> v1 v7\n"
		"    v10 = Const <bool> [true]\n"
		"  If v10 -> b3 b4\n"
		"  b3: <- b2\n"
		"    v7 = Call <mem> {rt_newobject} v3 v5\n"
		"    v8 = CallResult <ptr> [0] v7\n"
		"  Plain -> b2\n"
		"  b4: <- b2\n"
		"    v9 = Return <mem> v5\n"
		"  Ret v9\n", (const char *[]){"in loop", NULL});
	params(t, f, 0, 0);
	run(t);
	ck_assert(!on_stack(f, "in loop"));
	t_free(t);
}
END_TEST

/* The same object used only inside its iteration stays. */
START_TEST(test_loop_local_stays)
{
	T *t = t_new();
	Func *f = add(t,
		"func main.f params=0 results=0\n"
		"  b1:\n"
		"    v1 = InitMem <mem>\n"
		"    v3 = Addr <ptr> {go.type.0}\n"
		"  Plain -> b2\n"
		"  b2: <- b1 b3\n"
		"    v5 = Phi <mem> v1 v9\n"
		"    v10 = Const <bool> [true]\n"
		"  If v10 -> b3 b4\n"
		"  b3: <- b2\n"
		"    v7 = Call <mem> {rt_newobject} v3 v5\n"
		"    v8 = CallResult <ptr> [0] v7\n"
		"    v11 = Const <int> [1]\n"
		"    v9 = Store <mem> [8] v8 v11 v7\n"
		"  Plain -> b2\n"
		"  b4: <- b2\n"
		"    v12 = Return <mem> v5\n"
		"  Ret v12\n", (const char *[]){"in loop", NULL});
	params(t, f, 0, 0);
	run(t);
	ck_assert(on_stack(f, "in loop"));
	t_free(t);
}
END_TEST

/* Parameter summaries at three levels: returned as is (level 0), what
 * it points to returned (level 1), stored in a global (leaking), its
 * content stored in a global (leaking content), only read (does not
 * escape). */
START_TEST(test_param_levels)
{
	T *t = t_new();
	Func *f = add(t,
		"func main.f params=5 results=2\n"
		"  b1:\n"
		"    v1 = InitMem <mem>\n"
		"    v2 = Arg <ptr> [0]\n"
		"    v3 = Arg <ptr> [1]\n"
		"    v4 = Arg <ptr> [2]\n"
		"    v5 = Arg <ptr> [3]\n"
		"    v6 = Arg <ptr> [4]\n"
		"    v7 = Load <ptr> v3 v1\n"
		"    v8 = Addr <ptr> {main.g}\n"
		"    v9 = Store <mem> [8] v8 v4 v1\n"
		"    v10 = Load <ptr> v5 v9\n"
		"    v11 = Store <mem> [8] v8 v10 v9\n"
		"    v12 = Load <int> v6 v11\n"
		"    v13 = Return <mem> v2 v7 v11\n"
		"  Ret v13\n", NULL);
	params(t, f, 5, 2);
	run(t);
	ck_assert_msg(said(t, "leaking param: p0 to result ~r0 level=0"), "%s", t->out);
	ck_assert(said(t, "leaking param: p1 to result ~r1 level=1"));
	ck_assert(said(t, "leaking param: p2\n"));
	ck_assert(said(t, "leaking param content: p3"));
	ck_assert(said(t, "p4 does not escape"));
	t_free(t);
}
END_TEST

/* A caller passes a site to a callee: whether it escapes is the callee's
 * summary's business, analysed first (bottom up). */
START_TEST(test_summary_at_call)
{
	T *t = t_new();
	Func *keep = add(t,
		"func main.keep params=1 results=0\n"
		"  b1:\n"
		"    v1 = InitMem <mem>\n"
		"    v2 = Arg <ptr> [0]\n"
		"    v3 = Addr <ptr> {main.g}\n"
		"    v4 = Store <mem> [8] v3 v2 v1\n"
		"    v5 = Return <mem> v4\n"
		"  Ret v5\n", NULL);
	params(t, keep, 1, 0);
	Func *look = add(t,
		"func main.look params=1 results=1\n"
		"  b1:\n"
		"    v1 = InitMem <mem>\n"
		"    v2 = Arg <ptr> [0]\n"
		"    v3 = Load <int> v2 v1\n"
		"    v4 = Return <mem> v3 v1\n"
		"  Ret v4\n", NULL);
	params(t, look, 1, 1);
	Func *f = add(t,
		"func main.f params=0 results=0\n"
		"  b1:\n"
		"    v1 = InitMem <mem>\n"
		"    v2 = Addr <ptr> {go.type.0}\n"
		"    v3 = Call <mem> {rt_newobject} v2 v1\n"
		"    v4 = CallResult <ptr> [0] v3\n"
		"    v5 = Call <mem> {rt_newobject} v2 v3\n"
		"    v6 = CallResult <ptr> [0] v5\n"
		"    v7 = Call <mem> {main.look} v4 v5\n"
		"    v8 = Call <mem> {main.keep} v6 v7\n"
		"    v9 = Return <mem> v8\n"
		"  Ret v9\n", (const char *[]){"looked at", "kept", NULL});
	params(t, f, 0, 0);
	calls(f, "main.look", look);
	calls(f, "main.keep", keep);
	run(t);
	ck_assert(on_stack(f, "looked at"));
	ck_assert(!on_stack(f, "kept"));
	t_free(t);
}
END_TEST

static Suite *escape_suite(void)
{
	Suite *s = suite_create("escape");
	TCase *tc = tcase_create("solver");
	tcase_add_test(tc, test_returned_escapes);
	tcase_add_test(tc, test_local_stays);
	tcase_add_test(tc, test_global_store_escapes);
	tcase_add_test(tc, test_cycle);
	tcase_add_test(tc, test_loop_carried_escapes);
	tcase_add_test(tc, test_loop_local_stays);
	tcase_add_test(tc, test_param_levels);
	tcase_add_test(tc, test_summary_at_call);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(escape_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
