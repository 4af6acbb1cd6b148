/* check.h — inside the type checker: the context shared by its files.
 * Not for other stages; they use types.h.
 *
 *     universe.c  the predeclared names
 *     type.c      type constructors, predicates, identity, layout, printing
 *     lookup.c    fields and methods through embedding; method sets
 *     decl.c      package-level declarations, init order
 *     typexpr.c   type expressions, signatures, local declarations
 *     expr.c      expressions, operators and untyped constants
 *     index.c     a[i], a[i:j], composite literals
 *     selector.c  x.f: fields, methods, package members
 *     call.c      calls, conversions, builtins
 *     stmt.c      statements, function bodies, termination, unused names
 *     lib.c       the embedded library packages
 *     dump.c      -dump types
 */
#ifndef GOSUB_TYPES_CHECK_H
#define GOSUB_TYPES_CHECK_H

#include "../lexer/lexer.h"
#include "../parser/parser.tab.h"
#include "types.h"

/* An operand: what checking an expression produced (types2's operand). */
typedef struct Operand {
	Mode mode;
	Node *expr;        /* the expression, for messages; may be NULL */
	Type *type;
	ConstVal *val;     /* MODE_CONSTANT */
	Builtin builtin;   /* MODE_BUILTIN */
} Operand;

/* A method found while collecting, before its receiver type is known. */
typedef struct MethodDecl {
	Object *obj;
	const char *base;   /* receiver base type name */
} MethodDecl;

/* Marks x as the result of an error: later checks stay quiet about it. */
static inline void invalidate(Operand *x)
{
	x->mode = MODE_INVALID;
}

/* The function whose body is being checked. */
typedef struct FuncCtx {
	Type *sig;         /* its signature */
	Node *body;
	int has_defer;
} FuncCtx;

/* What the statement being checked sits inside, for break, continue,
 * fallthrough, and for the position rules of `case`. */
enum {
	CTX_BREAK_OK = 1,
	CTX_CONTINUE_OK = 2,
	CTX_FALLTHROUGH_OK = 4,
	CTX_FINAL_SWITCH_CASE = 8,
	CTX_IN_TYPE_SWITCH = 16,
};

struct Types {
	Arena *arena;
	Interner *names;
	Diag *diag;
	Scope *universe;
	Package *pkg;              /* the package being checked now */
	VEC(Package *) packages;   /* every package loaded (main last) */
	Package *unsafe_pkg;
	const char *arch;          /* "amd64" or "arm64", for runtime.GOARCH */
	Scope *scope;              /* innermost scope while checking bodies */
	FuncCtx *func;             /* NULL at package level */
	Object *decl_obj;          /* package-level object being resolved (deps) */
	ConstVal *iota;            /* value of iota in the const spec being checked */
	Pos errpos;                /* inherited const initializer: report here */
	int nerrors;               /* errors reported by the checker */
	int first_err;             /* an error has been reported (follow-on rule) */
	int next_obj_id;
	int next_type_id;
	VEC(Node *) delayed_funcs; /* FUNC_LIT bodies waiting for their turn */
	VEC(Object *) obj_path;    /* grey objects, for cycle messages */
	VEC(Object *) imports;     /* every PKGNAME declared, for "imported and not used" */
	VEC(Node *) map_keys;      /* MAP_TYPE nodes whose key is checked at the end */
	VEC(Scope *) all_scopes;   /* the scopes of the function being checked */
	VEC(MethodDecl) pending_methods; /* decl_collect's methods, by base type name */
	int decl_order;            /* numbers package-level objects in source order */
	VEC(Type *) ifaces;        /* interface types whose method sets are checked at the end */
	int has_call_or_recv;
	int func_depth;            /* function literals open around the code being checked */      /* a call or receive seen (len(a) is then not constant) */
	const char *names_cache[8];
	/* the interned names the checker compares against */
	const char *n_blank, *n_init, *n_main, *n_iota, *n_error, *n_string;
};

/* ---- errors (check.c) ---------------------------------------------------- */

/* Reports at pos, formatting with %s only (callers format operands with
 * operand_string / types_string first).  Follows types2's rule that an
 * "invalid operand" or "invalid type" in the middle of a message, after
 * an error already reported, is a follow-on and is dropped. */
void check_error(Types *t, Pos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* At the first token of node n (types2's posFor). */
void check_error_at(Types *t, Node *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* "x (variable of type int)", "300 (untyped int constant)" — types2's
 * operandString, which gc's messages quote. */
const char *operand_string(Types *t, Operand *x);
const char *type_str(Types *t, Type *T);    /* types_string in t's arena */
const char *expr_str(Types *t, Node *n);    /* the expression as gc prints it */

/* ---- scopes (check.c) ----------------------------------------------------- */

Scope *scope_new(Types *t, Scope *parent, const char *comment);
Object *scope_lookup_local(Scope *s, const char *name);
/* Looks name up through the scope chain; *found_in is its scope. */
Object *scope_lookup(Scope *s, const char *name, Scope **found_in);
/* Inserts obj; returns the object already there with its name, or NULL. */
Object *scope_insert(Scope *s, Object *obj);
/* Declares obj in s, reporting "x redeclared in this block" when taken
 * (blank names are never inserted). */
void check_declare(Types *t, Scope *s, Node *ident, Object *obj);
/* e's address is taken (&e, e[:] of an array, e.m() with a pointer
 * receiver): the variable e is part of must live in memory, where SSA
 * construction and escape analysis look for it (expr.c). */
void check_addr_taken(Node *e);
/* e, or a field or element of it, is assigned: its variable is marked. */
void check_reassigned(Node *e);

Object *object_new(Types *t, ObjKind k, const char *name, Type *type, Pos pos);
void check_record_obj(Types *t, Node *ident, Object *obj);

/* ---- universe.c ----------------------------------------------------------- */
void universe_init(Types *t);

/* ---- decl.c --------------------------------------------------------------- */
void decl_collect(Types *t, Package *pkg);
void decl_resolve(Types *t, Object *obj);     /* check a package-level object */
void decl_package(Types *t, Package *pkg);    /* all of the package's declarations */
void decl_init_order(Types *t, Package *pkg);
/* A type expression; reports "x is not a type" and returns types_invalid. */
Type *check_typexpr(Types *t, Node *e);
/* A type expression that may be generic/unsupported etc.; def is the
 * named type being defined (for cycle handling), or NULL. */
Type *check_typexpr_def(Types *t, Node *e, Type *def);
Type *check_signature(Types *t, Node *recv, Node *ftype, Object **recv_obj);
/* Local declarations (DECL_STMT). */
void decl_local(Types *t, Node *gen_decl);
void decl_local_const(Types *t, Object *obj);
/* The variable obj of a var spec (objs: all its names). */
void decl_var(Types *t, Object *obj, ObjectList *objs, Node *spec);

/* ---- expr.c --------------------------------------------------------------- */
/* Checks e as an expression of one value (or a type, or a builtin, which
 * callers reject where they do not fit), recording the result on e. */
void check_expr_any(Types *t, Operand *x, Node *e, Type *hint);
/* One value; reports "f() (no value) used as value" and types used as
 * values; x->mode INVALID after an error. */
void check_expr(Types *t, Operand *x, Node *e);
void check_expr_hint(Types *t, Operand *x, Node *e, Type *hint);
/* Expression or type. */
void check_expr_or_type(Types *t, Operand *x, Node *e);
/* Possibly several values (a call returning a tuple). */
void check_multi_expr(Types *t, Operand *x, Node *e);
/* Records x's final mode, type and value on its node. */
void record_operand(Types *t, Operand *x);
/* Converts an untyped operand to type target (or its default type when
 * target is NULL), reporting errors in the context `context`. */
void convert_untyped(Types *t, Operand *x, Type *target);
/* Assignability of x to T (Go spec: Assignability); context names the
 * place for the message ("assignment", "argument to f", ...). */
int check_assignable(Types *t, Operand *x, Type *T, const char *context);
int assignable_to(Types *t, Operand *x, Type *T, const char **reason);
/* Go spec: Representability.  Reports and invalidates x if the constant
 * does not fit. */
void check_representable(Types *t, Operand *x, Type *T);
int representable(Types *t, ConstVal *v, Type *T, ConstVal **rounded);
void update_expr_type(Types *t, Node *e, Type *T, int final);
void check_index_value(Types *t, Node *e, int64_t max, int64_t *out, const char *what);
int check_is_const_expr_int(Operand *x);
/* For a composite literal's type (T{...}), the elided type of elements. */
void check_composite(Types *t, Operand *x, Node *e, Type *hint);
void check_selector(Types *t, Operand *x, Node *e);      /* selector.c */
void check_index_expr(Types *t, Operand *x, Node *e);    /* index.c */
void check_slice_expr(Types *t, Operand *x, Node *e);
/* The package-level initializer being checked uses o (for the
 * initialization order). */
void check_add_dep(Types *t, Object *o);
/* x op y; e is the whole expression, or NULL for x op= y. */
void check_binary(Types *t, Operand *x, Node *e, Node *lhs, Node *rhs, int op);
/* A case value x against a switch tag y (the "invalid case" wording). */
void check_case_comparison(Types *t, Operand *x, Operand *y);

/* ---- call.c --------------------------------------------------------------- */
void check_call(Types *t, Operand *x, Node *e);
/* "(number, string)", "(int, ...string)": types2's typesSummary, for the
 * have/want lines of argument and return counts. */
const char *types_summary(Types *t, Type **list, int n, int variadic);
void check_conversion(Types *t, Operand *x, Type *T, Node *call);
int convertible_to(Types *t, Operand *x, Type *T);
void check_builtin(Types *t, Operand *x, Node *call, Builtin id);
/* The arguments of a call or a return statement, checked against a
 * parameter list. */

/* ---- stmt.c --------------------------------------------------------------- */
void check_func_body(Types *t, const char *name, Type *sig, Node *body, Scope *scope);
void check_func_lit(Types *t, Operand *x, Node *e);
void check_assign_vars(Types *t, NodeList *lhs, NodeList *rhs, Pos pos);
void check_init_vars(Types *t, ObjectList *lhs, NodeList *rhs, Pos pos, Node *ret_stmt);
int is_terminating(Types *t, Node *s, const char *label);
/* x as the initial value of variable lhs (its type inferred if unset). */
Type *check_init_var(Types *t, Object *lhs, Operand *x, const char *context);

/* ---- lib.c ---------------------------------------------------------------- */
/* The package with import path `path`, loaded and checked on first use;
 * NULL if it is not in the library. */
Package *lib_import(Types *t, const char *path);

#endif
