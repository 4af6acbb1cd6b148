/* print.c — the SSA text format, as -ssa FUNC prints it (doc/ssa.md).
 *
 *     func main.sum params=1 results=1
 *       b1:
 *         v1 = InitMem <mem>
 *         v2 = Arg <int> [0] (n)                ; sum.go:3:10
 *       Plain -> b2
 *       b2: <- b1 b4
 *         v5 = Phi <int> v3 v9 (i)              ; sum.go:5:6
 *       If v7 -> b4 b3
 *
 * One line per value: id, op, type, [auxint], {aux}, arguments, (the
 * source variable it holds).  After `;` come notes the reader skips: a
 * value nothing uses and that has no effect is marked `dead`, and the
 * source position follows.  Blocks end with their kind, control and
 * successors.  parse.c reads this text back.
 */
#include <string.h>

#include "ssa.h"

static const char *block_kind_name[] = {"Plain", "If", "Ret", "Exit"};

static void print_aux(FILE *out, const Value *v)
{
	switch (v->op) {
	case OP_Const:
		if (v->type == ST_BOOL)
			fprintf(out, " [%s]", v->auxint ? "true" : "false");
		else if (ssa_type_signed(v->type))
			fprintf(out, " [%lld]", (long long)v->auxint);
		else
			fprintf(out, " [%llu]", (unsigned long long)v->auxint);
		break;
	case OP_Arg: case OP_OffPtr: case OP_Store: case OP_Move: case OP_Zero:
	case OP_CallResult:
		fprintf(out, " [%lld]", (long long)v->auxint);
		break;
	case OP_BoundsCheck:
		fprintf(out, " [%s]", ssa_bounds[v->auxint].name);
		break;
	default:
		break;
	}
	if (v->aux)
		fprintf(out, " {%s}", v->aux);
	if (v->local)
		fprintf(out, " {%s}", v->local->name);
}

void ssa_print_value(FILE *out, const Value *v)
{
	fprintf(out, "v%d = %s <%s>", v->id, ssa_ops[v->op].name, ssa_type_name(v->type));
	print_aux(out, v);
	for (int i = 0; i < v->nargs; i++)
		fprintf(out, " v%d", v->args[i]->id);
	if (v->name)
		fprintf(out, " (%s)", v->name);
}

static int value_is_dead(const Value *v)
{
	return v->uses == 0 && !(ssa_ops[v->op].flags & OPF_EFFECT) && v->op != OP_InitMem;
}

static void print_notes(FILE *out, Func *fn, const Value *v, int width)
{
	const char *file = NULL;
	int dead = value_is_dead(v);
	int has_pos = fn->diag && v->pos.file >= 0 && v->pos.line > 0;
	if (!dead && !has_pos) {
		fputc('\n', out);
		return;
	}
	fprintf(out, "%*s;", width < 44 ? 44 - width : 1, "");
	if (dead)
		fprintf(out, " dead");
	if (has_pos) {
		file = fn->diag->files.items[v->pos.file].name;
		const char *slash = strrchr(file, '/');
		fprintf(out, " %s:%d:%d", slash ? slash + 1 : file, v->pos.line, v->pos.col);
	}
	fputc('\n', out);
}

void ssa_print(FILE *out, Func *fn)
{
	fprintf(out, "func %s params=%d results=%d%s\n", fn->name, fn->nparam_words,
	        fn->nresult_words, fn->result_area ? " result_area" : "");
	for (int i = 0; i < fn->locals.len; i++) {
		Local *l = fn->locals.items[i];
		fprintf(out, "  local %s size=%lld align=%lld\n", l->name, (long long)l->size,
		        (long long)l->align);
	}
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		fprintf(out, "  b%d:", b->id);
		if (b->preds.len) {
			fprintf(out, " <-");
			for (int j = 0; j < b->preds.len; j++)
				fprintf(out, " b%d", b->preds.items[j]->id);
		}
		fputc('\n', out);
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.items[j];
			char buf[512];
			FILE *m = fmemopen(buf, sizeof buf, "w");
			ssa_print_value(m, v);
			long w = ftell(m);
			fclose(m);
			buf[w < (long)sizeof buf ? w : (long)sizeof buf - 1] = 0;
			fprintf(out, "    %s", buf);
			print_notes(out, fn, v, 4 + (int)w);
		}
		fprintf(out, "  %s", block_kind_name[b->kind]);
		if (b->control)
			fprintf(out, " v%d", b->control->id);
		if (b->succs.len) {
			fprintf(out, " ->");
			for (int j = 0; j < b->succs.len; j++)
				fprintf(out, " b%d", b->succs.items[j]->id);
		}
		fputc('\n', out);
	}
}
