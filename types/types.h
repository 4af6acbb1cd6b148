/* types.h — the type checker: from the parsed AST to the typed AST.
 *
 * What goes in: the NODE_FILE trees of package main, as the parser left
 * them.  What comes out: the same trees, annotated.  Every expression node
 * gets its Type (n->type), its mode (a value, a variable that can be
 * assigned and addressed, a type, a constant with its value in n->val,
 * ...), and every NAME its Object (the declaration it refers to).  Later
 * stages read only these annotations; they never look a name up again.
 *
 * The checker follows the Go specification section by section and, for its
 * error messages, gc 1.19's checker (cmd/compile/internal/types2), so that a
 * student sees the same words from gosub as from `go build`:
 *
 *     a.go:5:6: cannot use "hi" (untyped string constant) as int value in assignment
 *
 * How it works, in the order it runs (check.c):
 *  1. collect: every package-level name goes into the package scope, so
 *     declarations may come in any order (Go spec: Declarations and scope).
 *  2. resolve: each package-level object is checked on first use, with a
 *     colour (white, grey, black) that finds cycles ("invalid recursive
 *     type", "initialization cycle").
 *  3. bodies: function bodies are checked after all package-level
 *     declarations, with block scopes chained to the package scope.
 *  4. init order: package variables are ordered by their dependencies
 *     (Go spec: Package initialization) into Package.init_order.
 *
 * Untyped constants (Go spec: Constants) are the subtle part: `1 << 70`
 * has no type until it meets one.  The checker keeps an untyped
 * expression's type as "untyped int" and fixes it when the context
 * decides (an assignment, an operand of a typed operation, a call
 * argument), rewriting the types recorded on the whole subtree, as
 * types2's updateExprType does.  doc/types.md tells the story with dumps.
 *
 * The library (fmt, strings, ...) is written as Go declarations in lib/,
 * embedded in gosub, and checked like user code the first time a program
 * imports it (lib.c).
 */
#ifndef GOSUB_TYPES_H
#define GOSUB_TYPES_H

#include <stdint.h>
#include <stdio.h>

#include "../common/arena.h"
#include "../common/diag.h"
#include "../common/intern.h"
#include "../parser/ast.h"
#include "const.h"

typedef struct Type Type;
typedef struct Object Object;
typedef struct Scope Scope;
typedef struct Package Package;
typedef VEC(Type *) TypeList;
typedef VEC(Object *) ObjectList;

/* ---- types ---------------------------------------------------------------- */

/* X(NAME, go spelling, size, signed) for the basic types; size in bytes on
 * amd64 and arm64 (both LP64); 0 where it does not apply. */
#define TYPES_BASIC(X)                                     \
	X(BOOL, "bool", 1, 0)                              \
	X(INT, "int", 8, 1)                                \
	X(INT8, "int8", 1, 1)                              \
	X(INT16, "int16", 2, 1)                            \
	X(INT32, "int32", 4, 1)                            \
	X(INT64, "int64", 8, 1)                            \
	X(UINT, "uint", 8, 0)                              \
	X(UINT8, "uint8", 1, 0)                            \
	X(UINT16, "uint16", 2, 0)                          \
	X(UINT32, "uint32", 4, 0)                          \
	X(UINT64, "uint64", 8, 0)                          \
	X(UINTPTR, "uintptr", 8, 0)                        \
	X(STRING, "string", 16, 0)                         \
	X(UNSAFE_POINTER, "unsafe.Pointer", 8, 0)          \
	X(UNTYPED_BOOL, "untyped bool", 0, 0)              \
	X(UNTYPED_INT, "untyped int", 0, 1)                \
	X(UNTYPED_RUNE, "untyped rune", 0, 1)              \
	X(UNTYPED_STRING, "untyped string", 0, 0)          \
	X(UNTYPED_NIL, "untyped nil", 0, 0)

typedef enum TypeKind {
	TYPE_INVALID,          /* the type of an erroneous expression */
#define X(name, spelling, size, sgn) TYPE_##name,
	TYPES_BASIC(X)
#undef X
	TYPE_NAMED,            /* type T U: a name for an underlying type */
	TYPE_POINTER,          /* *T */
	TYPE_ARRAY,            /* [N]T */
	TYPE_SLICE,            /* []T */
	TYPE_MAP,              /* map[K]V */
	TYPE_CHAN,             /* chan T, chan<- T, <-chan T */
	TYPE_STRUCT,           /* struct { ... } */
	TYPE_FUNC,             /* func(params) results; also methods (recv set) */
	TYPE_INTERFACE,        /* interface { ... } */
	TYPE_TUPLE,            /* the results of a call with several */
	TYPE_COUNT
} TypeKind;

/* A struct field, or a parameter or result of a signature (as an Object
 * of kind OBJ_VAR in Type.u.func). */
typedef struct Field {
	Object *obj;           /* OBJ_VAR with is_field set: name, type, pos */
	int embedded;          /* declared as an embedded field: struct { T } */
	const char *tag;       /* the tag string, decoded, or NULL */
	int64_t offset;        /* byte offset, once types_layout has run */
} Field;

typedef VEC(Field) FieldList;

struct Type {
	TypeKind kind;
	const char *name;      /* basic types: "int", "byte" (byte and rune are
	                          separate Types of kind UINT8 and INT32, so
	                          messages say what the program said) */
	int64_t size;          /* bytes; -1 until types_layout computes it */
	int64_t align;         /* bytes */
	int id;                /* creation number, for stable dumps */
	union {
		struct { Object *obj;          /* the TYPE object */
		         Type *underlying;     /* never NAMED; NULL while being resolved */
		         ObjectList methods;   /* OBJ_FUNC, in declaration order */
		       } named;
		struct { Type *elem; } pointer;               /* also SLICE */
		struct { Type *elem; int64_t len; } array;    /* len -1: invalid */
		struct { Type *key, *elem; } map;
		struct { Type *elem; ChanDir dir; } chan;
		struct { FieldList fields; Package *pkg; } strct;
		struct { Object *recv;          /* methods only */
		         ObjectList params;     /* OBJ_VARs */
		         ObjectList results;    /* OBJ_VARs, named or not */
		         int variadic;          /* last param is ...T (its type is []T) */
		       } func;
		struct { ObjectList methods;    /* explicitly declared, OBJ_FUNC */
		         TypeList embeddeds;    /* embedded interfaces */
		         VEC(Pos) embed_pos;    /* where each is embedded */
		         ObjectList all;        /* complete method set, sorted by name */
		         int complete;          /* `all` is computed */
		       } iface;
		struct { TypeList types; } tuple;
	} u;
};

/* ---- objects and scopes --------------------------------------------------- */

typedef enum ObjKind {
	OBJ_BAD,        /* stands for an undefined name, to stop cascades */
	OBJ_PKGNAME,    /* fmt in import "fmt" */
	OBJ_CONST,
	OBJ_TYPE,
	OBJ_VAR,        /* variables, parameters, results, struct fields */
	OBJ_FUNC,       /* functions and methods */
	OBJ_BUILTIN,    /* len, append, ... and unsafe.Sizeof, ... */
	OBJ_NIL,        /* the predeclared nil */
	OBJ_LABEL,
} ObjKind;

/* Builtin functions (Go spec: Built-in functions), and unsafe's. */
#define TYPES_BUILTINS(X)                                          \
	X(APPEND, "append") X(CAP, "cap") X(CLOSE, "close")        \
	X(COMPLEX, "complex") X(COPY, "copy") X(DELETE, "delete")  \
	X(IMAG, "imag") X(LEN, "len") X(MAKE, "make") X(NEW, "new")\
	X(PANIC, "panic") X(PRINT, "print") X(PRINTLN, "println")  \
	X(REAL, "real") X(RECOVER, "recover")                      \
	X(ALIGNOF, "Alignof") X(OFFSETOF, "Offsetof")              \
	X(SIZEOF, "Sizeof") X(ADD, "Add") X(SLICE, "Slice")

typedef enum Builtin {
	BUILTIN_NONE,
#define X(name, spelling) BUILTIN_##name,
	TYPES_BUILTINS(X)
#undef X
} Builtin;

struct Object {
	ObjKind kind;
	const char *name;       /* interned; "_" for blanks */
	Type *type;             /* NULL while a package-level object is unresolved */
	Pos pos;                /* where it is declared; POS_NONE in the universe */
	Package *pkg;           /* declaring package; NULL in the universe */
	int id;                 /* numbers objects for dumps: x#3 */
	Scope *parent;          /* the scope it was declared in */
	Node *decl;             /* its spec, FUNC_DECL, FIELD, ... or NULL */
	ConstVal *val;          /* OBJ_CONST: its value */
	Builtin builtin;        /* OBJ_BUILTIN */
	Package *imported;      /* OBJ_PKGNAME: the package it names */
	int used;               /* read somewhere (for "declared but not used") */
	int is_field;           /* OBJ_VAR: a struct field */
	int is_param;           /* OBJ_VAR: a parameter or receiver */
	int is_result;          /* OBJ_VAR: a named or unnamed result */
	int is_global;          /* OBJ_VAR: declared at package level */
	int addr_taken;         /* OBJ_VAR: &x seen, or x captured by a closure */
	int is_alias;           /* OBJ_TYPE: type A = B */
	int color;              /* package-level resolution: 0 white, 1 grey, 2 black */
	int func_depth;         /* OBJ_VAR: nesting of function literals where declared */
	int reassigned;         /* OBJ_VAR: assigned after its declaration (x = ...,
	                           x.f = ..., x++, an old x in :=): a closure
	                           captures it by reference, as gc does */
	int captured;           /* OBJ_VAR: used by a function literal nested deeper
	                           (a closure shares it with its declaring function) */
	VEC(Object *) deps;     /* package-level var/const/func: what its initializer
	                           or body uses (for the initialization order) */
	Scope *env;             /* package-level: the file scope it is checked in */
	Node *vspec;            /* const/var: the VALUE_SPEC giving type and values
	                           (for an implicit const, the one it repeats) */
	int index;              /* const/var: its position among the spec's names */
	int order;              /* package-level: declaration order */
	const char *unsupported; /* float64 and co.: why gosub refuses the name */
};

struct Scope {
	Arena *arena;           /* where objs grows */
	Scope *parent;
	ObjectList objs;        /* in declaration order */
	Pos start, end;         /* the region it covers, POS_NONE for package/universe */
	int is_func;            /* a function's outermost scope */
	const char *comment;    /* "package main", "function f", "block" (dumps) */
};

struct Package {
	const char *path;       /* "main", "fmt", "sync/atomic" */
	const char *name;       /* "main", "fmt", "atomic" */
	Scope *scope;
	VEC(Node *) files;      /* NODE_FILEs */
	ObjectList objs;        /* package-level consts, types and vars, blank ones
	                           included, in source order */
	ObjectList init_order;  /* package-level vars in initialization order */
	ObjectList funcs;       /* functions and methods with bodies, in source order */
	int is_lib;             /* from lib/: bodies may be missing */
	int fake;               /* an import gosub does not have: uses stay quiet */
	int checked;
};

/* ---- the annotations on nodes ---------------------------------------------- */

/* What an expression denotes (Go spec: Operands; types2's operand modes).
 * Stored in Node.mode. */
typedef enum Mode {
	MODE_INVALID,    /* an error was reported; stay quiet about it */
	MODE_NOVALUE,    /* a call of a function without results */
	MODE_BUILTIN,    /* a builtin function's name (len in len(x)) */
	MODE_TYPEXPR,    /* a type ([]int in make([]int, 3)) */
	MODE_CONSTANT,   /* a constant, its value in Node.val */
	MODE_VARIABLE,   /* addressable: x, *p, a[i] of an array variable, s[i] */
	MODE_MAPINDEX,   /* m[k]: assignable, not addressable, comma-ok */
	MODE_VALUE,      /* any other value */
	MODE_COMMAOK,    /* v.(T), <-ch: a value that may also give ok */
	MODE_PKGNAME,    /* fmt in fmt.Println (never a value) */
} Mode;

/* What a selector x.f turned out to be, for SSA construction. */
typedef enum SelKind {
	SEL_FIELD,       /* x.f, a field (maybe promoted through embedded ones) */
	SEL_METHOD,      /* x.m, a method value or a method call */
	SEL_METHOD_EXPR, /* T.m, a method expression */
	SEL_QUALIFIED,   /* fmt.Println, a name from another package */
} SelKind;

typedef struct Selection {
	SelKind kind;
	Object *obj;       /* the field, method, or package member */
	int *path;         /* field indices from x's type to obj (embedded first);
	                      for a method the last index is the method's */
	int path_len;
	int indirect;      /* a pointer is followed on the way */
	Type *recv;        /* x's type */
} Selection;

/* ---- the checker's entry points ----------------------------------------- */

typedef struct Types Types;

/* A checker for one compile: owns the universe and the packages loaded. */
Types *types_new(Arena *arena, Interner *names, Diag *diag);

/* Checks the files of package main; reports errors to the Diag and
 * returns the package (with whatever could be typed, after errors). */
Package *types_check(Types *t, Node **files, int nfiles);

/* Prints the typed AST of pkg (gosub build -dump types); doc/types.md. */
void types_dump(FILE *out, Types *t, Package *pkg);

/* ---- types and their properties (type.c) -------------------------------- */

/* The predeclared types: Typ[TYPE_INT] is int; byte and rune are
 * types_byte / types_rune. */
extern Type *types_basic[TYPE_COUNT];
extern Type *types_byte, *types_rune, *types_invalid, *types_error, *types_any;

Type *types_new_type(Types *t, TypeKind k);
Type *types_pointer(Types *t, Type *elem);
Type *types_slice(Types *t, Type *elem);
Type *types_array(Types *t, Type *elem, int64_t len);
Type *types_map(Types *t, Type *key, Type *elem);
Type *types_chan(Types *t, Type *elem, ChanDir dir);
Type *types_tuple(Types *t, TypeList list);

Type *types_underlying(Type *t);       /* U of a named type; t otherwise */
int types_identical(Type *x, Type *y);
int types_is_untyped(Type *t);
int types_is_integer(Type *t);         /* underlying integer, typed or untyped */
int types_is_unsigned(Type *t);
int types_is_string(Type *t);
int types_is_boolean(Type *t);
int types_is_numeric(Type *t);
int types_is_interface(Type *t);
int types_comparable(Type *t);         /* ==, map keys */
int types_has_nil(Type *t);            /* pointer, slice, map, chan, func, interface */
Type *types_default(Type *t);          /* untyped int -> int, ... */
int types_basic_bits(Type *t);         /* 8..64 for integer types */

/* Size, alignment and field offsets with the amd64/arm64 rules (both LP64):
 * fills t->size, t->align and struct offsets.  Go spec: Size and alignment
 * guarantees; gc: cmd/compile/internal/types/size.go. */
void types_layout(Type *t);

/* "[]map[string]int", "*main.T" qualified as gc does in messages: types of
 * package main unqualified, others by package name ("strings.Builder"). */
const char *types_string(Arena *a, Type *t);

/* Method sets and lookups (lookup.c). */
/* Finds field or method `name` in T (or *T when T is a pointer), following
 * embedded fields breadth-first by depth.  Returns the object, fills sel,
 * or NULL; *ambiguous is set when two at the same depth collide. */
Object *types_lookup(Types *t, Type *T, Package *from, const char *name,
                     Selection *sel, int *ambiguous);

/* The first method of iface that V lacks, or NULL if V implements it.
 * *alt is a method V has under that name with another type, or only on
 * *V.  With is_static clear and V an interface, only methods V has are
 * compared (the rule of type assertions). */
Object *types_missing_method(Types *t, Type *V, Type *iface, int is_static, Object **alt);
/* "(missing M method)", "(M method has pointer receiver)", ... as gc. */
const char *types_missing_reason(Types *t, Type *V, Type *T, Object *m, Object *alt);
/* NULL if V implements interface T, else gc's whole "X does not
 * implement Y (...)" text. */
const char *types_implements_error(Types *t, Type *V, Type *T);

/* The complete, sorted method set of an interface type. */
ObjectList *types_iface_methods(Types *t, Type *iface);

#endif
