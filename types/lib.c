/* lib.c — the library packages a program may import: fmt, strings,
 * strconv, sort, errors, os, sync, sync/atomic and runtime.
 *
 * Their API is written in Go, in lib/PATH/NAME.go (declarations, with bodies
 * left to the later stages), and embedded into gosub by
 * tools/embed-lib.sh.  Importing "strings" parses lib/strings/strings.go
 * with the same parser as the program and checks it with the same
 * checker, as a package of its own: so strings.Builder is a named type
 * whose unexported fields a program cannot touch, exactly as in Go.
 *
 * runtime.GOARCH depends on the target, so runtime gets one more file,
 * made here: `package runtime; const goarch = "arm64"`.
 */
#include <string.h>

#include "../parser/parser.h"
#include "check.h"
#include "lib_sources.h"

static Package *load(Types *t, const char *path)
{
	Package *pkg = ARENA_NEW(t->arena, Package);
	pkg->path = path;
	const char *slash = strrchr(path, '/');
	pkg->name = intern_cstr(t->names, slash ? slash + 1 : path);
	pkg->scope = scope_new(t, t->universe, arena_sprintf(t->arena, "package %s", path));
	pkg->is_lib = 1;
	int errors_before = diag_count(t->diag);
	for (int i = 0; lib_sources[i].path; i++) {
		if (strcmp(lib_sources[i].path, path) != 0)
			continue;
		const char *name = arena_sprintf(t->arena, "$GOSUB/lib/%s", lib_sources[i].file);
		int f = diag_add_source(t->diag, name, lib_sources[i].text, strlen(lib_sources[i].text));
		VEC_PUSH(t->arena, pkg->files, parse_file(t->arena, t->names, t->diag, f));
	}
	if (strcmp(path, "runtime") == 0) {
		const char *text = arena_sprintf(t->arena, "package runtime\n\nconst goarch = \"%s\"\n",
		                                 t->arch);
		int f = diag_add_source(t->diag, "$GOSUB/lib/runtime/zgoarch.go", text, strlen(text));
		VEC_PUSH(t->arena, pkg->files, parse_file(t->arena, t->names, t->diag, f));
	}
	if (diag_count(t->diag) != errors_before)
		fatal("the embedded library package %s does not parse", path);
	return pkg;
}

Package *lib_import(Types *t, const char *path)
{
	for (int i = 0; i < t->packages.len; i++)
		if (t->packages.items[i]->path == path)
			return t->packages.items[i];
	int known = 0;
	for (int i = 0; lib_sources[i].path; i++)
		known |= strcmp(lib_sources[i].path, path) == 0;
	if (!known)
		return NULL;
	Package *pkg = load(t, path);
	VEC_PUSH(t->arena, t->packages, pkg);
	/* Check it as its own package: its own scope, objects and errors
	 * (an error here is a bug in lib/, reported like any other). */
	Package *saved_pkg = t->pkg;
	Scope *saved_scope = t->scope;
	FuncCtx *saved_func = t->func;
	Object *saved_decl = t->decl_obj;
	t->pkg = pkg;
	t->func = NULL;
	t->decl_obj = NULL;
	decl_collect(t, pkg);
	decl_package(t, pkg);
	decl_init_order(t, pkg);
	pkg->checked = 1;
	t->pkg = saved_pkg;
	t->scope = saved_scope;
	t->func = saved_func;
	t->decl_obj = saved_decl;
	return pkg;
}
