/* common.c — what every target's emitter shares: the annotation of each
 * instruction with its SSA value and source line, the parallel copies on
 * the edges into a block with Phis, the symbols a file defines and uses,
 * and the choice of target by name.
 */
#include <stdlib.h>
#include <string.h>

#include "codegen.h"

void cg_note_extern(Cg *cg, const char *sym)
{
	for (int i = 0; i < cg->externs.len; i++)
		if (strcmp(cg->externs.items[i], sym) == 0)
			return;
	VEC_PUSH(cg->arena, cg->externs, arena_strdup(cg->arena, sym));
}

void cg_note_defined(Cg *cg, const char *sym)
{
	VEC_PUSH(cg->arena, cg->defined, arena_strdup(cg->arena, sym));
}

int cg_is_defined(Cg *cg, const char *sym)
{
	for (int i = 0; i < cg->defined.len; i++)
		if (strcmp(cg->defined.items[i], sym) == 0)
			return 1;
	return 0;
}

const CgTarget *cg_target(const char *arch)
{
	if (strcmp(arch, "amd64") == 0)
		return &cg_amd64;
	if (strcmp(arch, "arm64") == 0)
		return &cg_arm64;
	return NULL;
}

const char *cg_source_line(Cg *cg, Pos pos)
{
	if (!cg->diag || pos.file < 0 || pos.line <= 0 || pos.file >= cg->diag->files.len)
		return "";
	const char *p = cg->diag->files.items[pos.file].text;
	for (int l = 1; l < pos.line && *p; p++)
		if (*p == '\n')
			l++;
	while (*p == ' ' || *p == '\t')
		p++;
	const char *e = p;
	while (*e && *e != '\n')
		e++;
	return arena_strndup(cg->arena, p, (size_t)(e - p));
}

const char *cg_annotation(Cg *cg, Value *v, char *buf, size_t n)
{
	char pos[64] = "";
	Diag *d = cg->diag;
	if (d && v->pos.file >= 0 && v->pos.line > 0) {
		const char *file = d->files.items[v->pos.file].name;
		const char *slash = strrchr(file, '/');
		snprintf(pos, sizeof pos, "%s:%d", slash ? slash + 1 : file, v->pos.line);
	}
	char val[160];
	FILE *m = fmemopen(val, sizeof val, "w");
	ssa_print_value(m, v);
	long len = ftell(m);
	fclose(m);
	val[len < (long)sizeof val ? len : (long)sizeof val - 1] = 0;
	snprintf(buf, n, "%s  %s  %s", val, pos, pos[0] ? cg_source_line(cg, v->pos) : "");
	size_t l = strlen(buf);
	/* a comment that ends in a backslash would continue onto the next
	 * line in NASM, swallowing the instruction there: a source line cut
	 * short by the buffer may end in one */
	while (l && (buf[l - 1] == ' ' || buf[l - 1] == '\\'))
		buf[--l] = 0;
	return buf;
}

int cg_phi_moves(const Alloc *al, Block *b, Block *s, CgMove **out)
{
	int k = 0;
	while (s->preds.items[k] != b)
		k++;
	int nphi = 0;
	for (int i = 0; i < s->values.len; i++)
		nphi += s->values.items[i]->op == OP_Phi;
	*out = NULL;
	if (!nphi)
		return 0;
	CgMove *moves = malloc(sizeof(CgMove) * (size_t)(2 * nphi + 1));
	int n = 0;
	for (int i = 0; i < s->values.len; i++) {
		Value *phi = s->values.items[i];
		if (phi->op != OP_Phi || al->loc[phi->id] == LOC_NONE)
			continue;
		Value *a = phi->args[k];
		int l = al->loc[a->id];
		moves[n++] = l == LOC_NONE ? (CgMove){al->loc[phi->id], 0, a}
		                           : (CgMove){al->loc[phi->id], l, NULL};
	}
	*out = moves;
	return n;
}
