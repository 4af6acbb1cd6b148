/* pass.c — the pass pipeline: which passes run, in which order, and what
 * each needs.
 *
 * Each entry says what analyses the pass requires (recomputed here when a
 * previous pass invalidated them) and which it invalidates.  With
 * -d ssa/check the verifier runs after every pass and a broken invariant
 * stops the compiler with the pass's name; the test suite always runs
 * that way.  With -ssa FUNC the function is printed after every pass, or
 * "unchanged" when the pass did nothing to it.
 *
 * `required` passes run even with -O0: the back end needs their result
 * (no unreachable blocks, no critical edges).
 */
#include <stdlib.h>
#include <string.h>

#include "ssa.h"

typedef struct Pass {
	const char *name;
	void (*fn)(Func *fn, FILE *report);
	int requires;
	int invalidates;
	int required;
} Pass;

static void run_copyprop(Func *fn, FILE *r) { (void)r; ssa_copyprop(fn); }
static void run_constfold(Func *fn, FILE *r) { (void)r; ssa_constfold(fn); }
static void run_gvn(Func *fn, FILE *r) { ssa_gvn(fn, r); }
static void run_dce(Func *fn, FILE *r) { (void)r; ssa_dce(fn); }
static void run_critical(Func *fn, FILE *r) { (void)r; ssa_critical(fn); }
static void run_branchelim(Func *fn, FILE *r) { (void)r; ssa_branchelim(fn); }
static void run_fuse(Func *fn, FILE *r) { (void)r; ssa_fuse(fn); }

static const Pass passes[] = {
	{"copyprop", run_copyprop, 0, 0, 0},
	{"constfold", run_constfold, 0, ANALYSIS_DOM, 0},
	{"dce", run_dce, 0, ANALYSIS_DOM, 1},
	{"gvn", run_gvn, ANALYSIS_DOM, 0, 0},
	{"copyprop", run_copyprop, 0, 0, 0},
	{"constfold", run_constfold, 0, ANALYSIS_DOM, 0},
	{"dce", run_dce, 0, ANALYSIS_DOM, 1},
	{"branchelim", run_branchelim, 0, ANALYSIS_DOM, 0},
	{"fuse", run_fuse, 0, ANALYSIS_DOM, 0},
	{"copyprop", run_copyprop, 0, 0, 0},
	{"dce", run_dce, 0, ANALYSIS_DOM, 1},
	{"critical", run_critical, 0, ANALYSIS_DOM, 1},
};

/* The dump as a string, to see whether a pass changed anything. */
static char *dump_string(Func *fn)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	ssa_print(m, fn);
	fclose(m);
	return buf;
}

static void verify_or_die(Func *fn, const char *after)
{
	if (ssa_verify(fn, stderr) == 0)
		return;
	fprintf(stderr, "internal compiler error: SSA check failed after %s in %s (ssa/pass.c)\n",
	        after, fn->name);
	ssa_print(stderr, fn);
	exit(3);
}

void ssa_run_passes(Func *fn, const PassOptions *o)
{
	FILE *dump = o->dump && o->dump_func && strcmp(o->dump_func, fn->name) == 0 ? o->dump : NULL;
	SsaHtml *html = o->html;
	char *before = NULL;
	if (dump || html)
		before = dump_string(fn);
	if (dump) {
		fprintf(dump, "== %s: start\n", fn->name);
		fputs(before, dump);
	}
	if (html)
		ssa_html_column(html, "start", before, NULL);
	if (o->check)
		verify_or_die(fn, "start");
	for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++) {
		const Pass *p = &passes[i];
		if (!o->optimize && !p->required)
			continue;
		if ((p->requires & ANALYSIS_DOM) && !(fn->valid & ANALYSIS_DOM))
			ssa_dom(fn);
		char *report = NULL;
		size_t rlen = 0;
		FILE *r = dump || html ? open_memstream(&report, &rlen) : NULL;
		p->fn(fn, r);
		fn->valid &= ~p->invalidates;
		if (o->check)
			verify_or_die(fn, p->name);
		if (dump || html) {
			fclose(r);
			char *after = dump_string(fn);
			int same = strcmp(before, after) == 0;
			if (dump && same) {
				fprintf(dump, "== %s: %s: unchanged\n", fn->name, p->name);
			} else if (dump) {
				fprintf(dump, "== %s: after %s\n", fn->name, p->name);
				fputs(report, dump);
				fputs(after, dump);
			}
			if (html && same)
				ssa_html_unchanged(html, p->name);
			else if (html)
				ssa_html_column(html, p->name, after, report);
			free(report);
			free(before);
			before = after;
		}
	}
	free(before);
	if (!(fn->valid & ANALYSIS_DOM))
		ssa_dom(fn);
}
