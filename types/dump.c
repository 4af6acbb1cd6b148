/* dump.c — `gosub build -dump types`: the typed AST.
 *
 * The tree is the parser's dump (doc/parser.md) with what the checker
 * learned added to each line:
 *
 *     Binary + @7:39 [value int]
 *       x: Name a @7:33 [variable int] -> a#3 (var int, declared at d.go:7:10)
 *       y: Name k @7:41 [constant untyped int = 8] -> k#1 (const untyped int = 8, declared at d.go:5:7)
 *
 * In brackets: the mode (what the expression denotes: a value, an
 * addressable variable, a constant, a type, ...), its type, and a
 * constant's value.  After the arrow: the object a name refers to,
 * numbered in the order the dump first meets it, so that two names with
 * the same number are the same variable.  doc/types.md explains each part.
 */
#include <string.h>

#include "check.h"

typedef struct DumpCtx {
	Types *t;
	ObjectList seen;     /* objects numbered so far: #1 is seen.items[0] */
} DumpCtx;

static const char *const mode_words[] = {
	[MODE_INVALID] = "invalid",
	[MODE_NOVALUE] = "no value",
	[MODE_BUILTIN] = "builtin",
	[MODE_TYPEXPR] = "type",
	[MODE_CONSTANT] = "constant",
	[MODE_VARIABLE] = "variable",
	[MODE_MAPINDEX] = "map index",
	[MODE_VALUE] = "value",
	[MODE_COMMAOK] = "comma-ok",
	[MODE_PKGNAME] = "package",
};

static int number(DumpCtx *c, Object *o)
{
	for (int i = 0; i < c->seen.len; i++)
		if (c->seen.items[i] == o)
			return i + 1;
	VEC_PUSH(c->t->arena, c->seen, o);
	return c->seen.len;
}

static const char *obj_kind(Object *o)
{
	switch (o->kind) {
	case OBJ_PKGNAME: return "package";
	case OBJ_CONST: return "const";
	case OBJ_TYPE: return "type";
	case OBJ_VAR: return o->is_field ? "field" : o->is_param ? "param" :
	                     o->is_result ? "result" : "var";
	case OBJ_FUNC: return o->type && o->type->kind == TYPE_FUNC && o->type->u.func.recv ?
	                      "method" : "func";
	case OBJ_BUILTIN: return "builtin";
	case OBJ_NIL: return "nil";
	case OBJ_LABEL: return "label";
	default: return "bad";
	}
}

static void print_object(FILE *out, DumpCtx *c, Object *o)
{
	Types *t = c->t;
	fprintf(out, " -> %s#%d (", o->name, number(c, o));
	if (o->kind != OBJ_FUNC)
		fputs(obj_kind(o), out);
	switch (o->kind) {
	case OBJ_CONST:
		fprintf(out, " %s = %s", type_str(t, o->type),
		        o->val ? const_string_of(t->arena, o->val, 0) : "?");
		break;
	case OBJ_TYPE:
		if (o->type && o->type->kind == TYPE_NAMED && o->type->u.named.underlying)
			fprintf(out, " %s", type_str(t, o->type->u.named.underlying));
		else if (o->type)
			fprintf(out, o->is_alias ? " = %s" : " %s",
			        o->type->kind < TYPE_NAMED ? types_basic[o->type->kind]->name :
			        type_str(t, o->type));
		break;
	case OBJ_VAR:
		if (o->type)
			fprintf(out, " %s", type_str(t, o->type));
		/* what later stages need to know: it must live in memory */
		if (o->addr_taken)
			fputs(", address taken", out);
		if (o->captured)
			fputs(", captured by a closure", out);
		break;
	case OBJ_FUNC:   /* "func(x int) int", or "method func() string" */
		if (o->type && o->type->kind == TYPE_FUNC && o->type->u.func.recv)
			fputs("method ", out);
		fputs(o->type ? type_str(t, o->type) : "func", out);
		break;
	case OBJ_PKGNAME:
		fprintf(out, " \"%s\"", o->imported->path);
		break;
	default:
		break;
	}
	if (o->pos.file >= 0) {
		char buf[256];
		const Source *src = &t->diag->files.items[o->pos.file];
		const char *base = strrchr(src->name, '/');
		fprintf(out, ", declared at %s:%d:%d", base ? base + 1 : src->name,
		        o->pos.line, o->pos.col);
		(void)buf;
	} else if (o->pkg) {
		fprintf(out, ", package %s", o->pkg->path);
	} else {
		fputs(", predeclared", out);
	}
	fputc(')', out);
}

static int is_expr_kind(NodeKind k)
{
	return k >= NODE_NAME && k <= NODE_CHAN_TYPE && k != NODE_KEY_VALUE &&
	       k != NODE_FIELD && k != NODE_ELLIPSIS;
}

static void annotate(FILE *out, const Node *n, void *ctx)
{
	DumpCtx *c = ctx;
	Types *t = c->t;
	if ((is_expr_kind(n->kind) || n->kind == NODE_ELLIPSIS) && n->type && n->mode) {
		fprintf(out, " [%s", mode_words[n->mode]);
		if (n->mode != MODE_BUILTIN && n->mode != MODE_NOVALUE && n->mode != MODE_PKGNAME &&
		    n->type && n->type->kind != TYPE_INVALID)
			fprintf(out, " %s", type_str(t, n->type));
		if (n->mode == MODE_CONSTANT && n->val)
			fprintf(out, " = %s", const_string_of(t->arena, n->val, 0));
		fputc(']', out);
	}
	if (n->kind == NODE_NAME && AST(n, name).obj)
		print_object(out, c, AST(n, name).obj);
}

void types_dump(FILE *out, Types *t, Package *pkg)
{
	DumpCtx c = {t, {0}};
	AstDumper dp = {out, annotate, &c};
	for (int i = 0; i < pkg->files.len; i++)
		ast_dump_with(&dp, pkg->files.items[i], t->diag);
	fputs("Initialization order:", out);
	if (pkg->init_order.len == 0)
		fputs(" (no package variables with initializers)", out);
	for (int i = 0; i < pkg->init_order.len; i++) {
		Object *o = pkg->init_order.items[i];
		fprintf(out, " %s#%d", o->name, number(&c, o));
	}
	fputc('\n', out);
}
