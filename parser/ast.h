/* ast.h — the abstract syntax tree that the parser builds.
 *
 * What goes in: the token stream of one file.  What comes out: a File
 * node whose tree mirrors the source exactly (nothing is resolved or
 * desugared here: `x++` is an IncDec, `a[i:j]` a Slice, and a type written
 * in an expression, such as []int in make([]int, n), is a type node in the
 * expression tree).  The type checker (types/) annotates these nodes; it
 * does not build a second tree.
 *
 * The node kinds follow Go's own go/ast package, so a student who has used
 * it recognises them.  The position of each node follows gc's syntax
 * package (cmd/compile/internal/syntax), because gc's messages, and so
 * ours, quote those positions:
 *
 *     binary and unary operations   the operator       a @+ b, @-x, @&x
 *     call                          the (              f@(x)
 *     selector, type assertion      the .              a@.b, x@.(T)
 *     index and slice               the [              a@[i], a@[i:j]
 *     composite literal             the {              T@{1, 2}
 *     key: value                    the :              "k"@: v
 *     func type                     the (              func@(int)
 *     assignment, :=, x++           the operator       x @:= 1, x@++
 *     send                          the <-             ch @<- v
 *     labeled statement             the :              L@: for {}
 *     everything else               its first token    @return x, @[]int
 *
 * ast_start_pos() gives the position of a node's first token instead
 * (`a` in `a + b`), which is where type errors are reported.
 *
 * Lists are NodeList vectors in the arena; an absent optional child is
 * NULL.  Each kind's fields are listed in the union below with the syntax
 * they come from.  The accessors check the kind in debug builds:
 *     AST(n, binary).x     is n->u.binary.x, after asserting n->kind.
 */
#ifndef GOSUB_AST_H
#define GOSUB_AST_H

#include <stdint.h>

#include "../common/arena.h"
#include "../common/diag.h"

typedef struct Node Node;
typedef VEC(Node *) NodeList;

/* X(name, Name) — name is the enumerator suffix, Name the dump label. */
#define AST_KINDS(X)                                                        \
	/* placeholders */                                                  \
	X(BAD, Bad)                      /* what a syntax error left */     \
	/* expressions */                                                   \
	X(NAME, Name)                    /* x */                            \
	X(BASIC_LIT, BasicLit)           /* 42  'a'  "s"  `raw` */          \
	X(COMPOSITE_LIT, CompositeLit)   /* T{...}  {...} (elided type) */  \
	X(KEY_VALUE, KeyValue)           /* key: value inside T{...} */     \
	X(FUNC_LIT, FuncLit)             /* func(x int) int { ... } */      \
	X(PAREN, Paren)                  /* (x) */                          \
	X(SELECTOR, Selector)            /* x.name */                       \
	X(INDEX, Index)                  /* x[i]  (x[i, j]: generics) */    \
	X(SLICE, Slice)                  /* x[lo:hi]  x[lo:hi:max] */       \
	X(TYPE_ASSERT, TypeAssert)       /* x.(T)  x.(type) */              \
	X(CALL, Call)                    /* f(args)  f(args...) */          \
	X(STAR, Star)                    /* *x: dereference or pointer type */ \
	X(UNARY, Unary)                  /* +x -x !x ^x &x <-x */           \
	X(BINARY, Binary)                /* x op y */                       \
	/* types (also usable as expressions: make([]int, n)) */            \
	X(ARRAY_TYPE, ArrayType)         /* [N]T  [...]T  []T (len NULL) */ \
	X(ELLIPSIS, Ellipsis)            /* ...T in a parameter list */     \
	X(STRUCT_TYPE, StructType)       /* struct { fields } */            \
	X(FUNC_TYPE, FuncType)           /* func(params) results */         \
	X(INTERFACE_TYPE, InterfaceType) /* interface { methods } */        \
	X(MAP_TYPE, MapType)             /* map[K]V */                      \
	X(CHAN_TYPE, ChanType)           /* chan T  chan<- T  <-chan T */   \
	X(FIELD, Field)                  /* a, b T "tag" in structs, params */ \
	X(UNION, Union)                  /* ~int | string (generics only) */ \
	/* statements */                                                    \
	X(DECL_STMT, DeclStmt)           /* var/const/type inside a block */ \
	X(EMPTY_STMT, EmptyStmt)         /* ; */                            \
	X(LABELED, Labeled)              /* L: stmt */                      \
	X(EXPR_STMT, ExprStmt)           /* f(x) */                         \
	X(SEND, Send)                    /* ch <- v */                      \
	X(INC_DEC, IncDec)               /* x++  x-- */                     \
	X(ASSIGN, Assign)                /* a, b = c, d   x += 1   x := 1 */ \
	X(GO, Go)                        /* go f(x) */                      \
	X(DEFER, Defer)                  /* defer f(x) */                   \
	X(RETURN, Return)                /* return a, b */                  \
	X(BRANCH, Branch)                /* break continue goto fallthrough */ \
	X(BLOCK, Block)                  /* { stmts } */                    \
	X(IF, If)                        /* if init; cond {} else ... */    \
	X(CASE_CLAUSE, CaseClause)       /* case a, b: stmts  /  default: */ \
	X(SWITCH, Switch)                /* switch init; tag { cases } */   \
	X(TYPE_SWITCH, TypeSwitch)       /* switch v := x.(type) { cases } */ \
	X(COMM_CLAUSE, CommClause)       /* case <-ch: stmts (in select) */ \
	X(SELECT, Select)                /* select { comm clauses } */      \
	X(FOR, For)                      /* for init; cond; post {} */      \
	X(RANGE, Range)                  /* for k, v := range x {} */       \
	/* declarations */                                                  \
	X(IMPORT_SPEC, ImportSpec)       /* name "path" */                  \
	X(VALUE_SPEC, ValueSpec)         /* a, b T = x, y (var or const) */ \
	X(TYPE_SPEC, TypeSpec)           /* T U  /  T = U */                \
	X(GEN_DECL, GenDecl)             /* import/const/var/type specs */  \
	X(FUNC_DECL, FuncDecl)           /* func (r R) name(...) ... {} */  \
	X(FILE, File)                    /* package name; decls */

typedef enum NodeKind {
#define X(name, label) NODE_##name,
	AST_KINDS(X)
#undef X
	NODE_COUNT
} NodeKind;

/* Operators and statement keywords, stored in nodes as the token kind the
 * lexer produced for them (TOK_ADD, TOK_DEFINE, TOK_BREAK, ...); see
 * lexer/lexer.h.  BasicLit kinds: */
typedef enum LitKind {
	LIT_INT,
	LIT_FLOAT,   /* lexed so the checker can say "unsupported" */
	LIT_IMAG,    /* likewise */
	LIT_RUNE,
	LIT_STRING,
} LitKind;

typedef enum ChanDir {
	CHAN_BOTH,   /* chan T */
	CHAN_SEND,   /* chan<- T */
	CHAN_RECV,   /* <-chan T */
} ChanDir;

struct Node {
	NodeKind kind;
	Pos pos;            /* gc's position for this kind; see the table above */
	struct Type *type;  /* set by the type checker; NULL before */
	int mode;           /* set by the type checker: a Mode (types/types.h) */
	struct ConstVal *val; /* set by the type checker for constants */
	union {
		struct { const char *name;                      /* interned */
		         struct Object *obj; } name;             /* NAME; obj by the checker */
		struct { LitKind kind;
		         const char *text;                       /* source spelling */
		         const char *str; int64_t len;           /* STRING: decoded bytes */
		         int32_t rune;                           /* RUNE: decoded value */
		         int bad; } lit;                         /* BASIC_LIT; bad: lexer already complained */
		struct { Node *type;                             /* NULL when elided: {1, 2} inside [][]int{...} */
		         NodeList elems;
		         Pos rbrace; } composite;                 /* COMPOSITE_LIT */
		struct { Node *key, *value; } key_value;         /* KEY_VALUE */
		struct { Node *type;                             /* FUNC_TYPE */
		         Node *body; } func_lit;                 /* FUNC_LIT; body is a BLOCK */
		struct { Node *x; } paren;                       /* PAREN */
		struct { Node *x; Node *sel;                     /* SELECTOR; sel is a NAME */
		         struct Selection *info; } selector;     /* what x.sel is, by the checker */
		struct { Node *x; NodeList indices; } index;     /* INDEX; 1 index unless generic */
		struct { Node *x, *lo, *hi, *max;
		         int three; } slice;                      /* SLICE; three: a[l:h:m] */
		struct { Node *x; Node *type; } assert;          /* TYPE_ASSERT; type NULL for .(type) */
		struct { Node *fun; NodeList args;
		         int has_dots; } call;                    /* CALL; has_dots: f(s...) */
		struct { Node *x; } star;                        /* STAR */
		struct { int op; Node *x; } unary;               /* UNARY; op is a TOK_ */
		struct { int op; Node *x, *y; } binary;          /* BINARY; op is a TOK_ */
		struct { Node *len;                              /* NULL: slice; ELLIPSIS: [...]T */
		         Node *elem; } array;                     /* ARRAY_TYPE */
		struct { Node *elem; } ellipsis;                 /* ELLIPSIS; elem NULL in [...] */
		struct { NodeList fields; } struct_type;         /* STRUCT_TYPE; FIELD list */
		struct { NodeList tparams;                       /* FIELDs; non-empty: generic */
		         Pos func_pos;                           /* the func keyword, if written */
		         NodeList params, results; } func_type;  /* FUNC_TYPE; FIELD lists */
		struct { NodeList methods; } iface;              /* INTERFACE_TYPE; FIELDs: name+FUNC_TYPE, or embedded type */
		struct { Node *key, *value; } map_type;          /* MAP_TYPE */
		struct { ChanDir dir; Node *elem; } chan_type;   /* CHAN_TYPE */
		struct { NodeList names;                         /* NAMEs; empty: embedded or unnamed */
		         Node *type;
		         Node *tag; } field;                      /* FIELD; tag a BASIC_LIT or NULL */
		struct { NodeList terms;                         /* types, each maybe under UNARY ~ */
		       } union_type;                              /* UNION */
		struct { Node *decl; } decl_stmt;                /* DECL_STMT; a GEN_DECL */
		struct { Node *label; Node *stmt; } labeled;     /* LABELED; label a NAME */
		struct { Node *x; } expr_stmt;                   /* EXPR_STMT */
		struct { Node *chan, *value; } send;             /* SEND */
		struct { Node *x; int inc; } inc_dec;            /* INC_DEC; inc: ++ */
		struct { NodeList lhs, rhs;
		         int op; } assign;                        /* ASSIGN; op TOK_ASSIGN, TOK_DEFINE, TOK_ADD_ASSIGN ... */
		struct { Node *call; } go_defer;                 /* GO, DEFER; call is any expression (checker insists on a call) */
		struct { NodeList results; } ret;                /* RETURN */
		struct { int tok; Node *label; } branch;         /* BRANCH; tok TOK_BREAK ...; label NULL or NAME */
		struct { NodeList stmts; Pos rbrace; } block;    /* BLOCK */
		struct { Node *init, *cond;
		         Node *then, *els; } if_stmt;             /* IF; els NULL, an IF or a BLOCK */
		struct { NodeList list;                          /* empty: default */
		         int is_default;
		         NodeList body; Pos colon;
		         struct Object *implicit; } case_clause;  /* CASE_CLAUSE; implicit: the v of
		                                                    switch v := x.(type), by the checker */
		struct { Node *init, *tag;                       /* tag NULL: switch { } */
		         NodeList clauses; Pos rbrace; } switch_stmt; /* SWITCH */
		struct { Node *init;
		         Node *bind;                             /* NAME in v := x.(type), or NULL */
		         Node *guard;                            /* the TYPE_ASSERT x.(type) */
		         NodeList clauses; Pos rbrace; } type_switch; /* TYPE_SWITCH */
		struct { Node *comm;                             /* SEND, EXPR_STMT <-c, ASSIGN v := <-c; NULL: default */
		         NodeList body; Pos colon; } comm_clause; /* COMM_CLAUSE */
		struct { NodeList clauses; Pos rbrace; } select; /* SELECT */
		struct { Node *init, *cond, *post;
		         Node *body; } for_stmt;                  /* FOR */
		struct { Node *key, *value;                      /* NULL when absent */
		         int tok;                                /* TOK_DEFINE, TOK_ASSIGN, or 0: for range x */
		         Node *x; Node *body;
		         Pos range_pos; } range;                  /* RANGE; pos is `for`, range_pos `range` */
		struct { Node *name;                             /* NAME, "_", "." or NULL */
		         Node *path; } import_spec;               /* IMPORT_SPEC; path a string BASIC_LIT */
		struct { NodeList names; Node *type;
		         NodeList values;
		         int iota;                               /* CONST: index in its group */
		         int implicit; } value_spec;             /* VALUE_SPEC; implicit: const repeats the previous spec */
		struct { Node *name; NodeList tparams;
		         int alias; Node *type; } type_spec;     /* TYPE_SPEC */
		struct { int tok;                                /* TOK_IMPORT, TOK_CONST, TOK_VAR, TOK_TYPE */
		         NodeList specs;
		         int grouped; } gen_decl;                 /* GEN_DECL; grouped: decl ( ... ) */
		struct { Node *recv;                             /* FIELD or NULL */
		         Node *name; Node *type;                 /* NAME, FUNC_TYPE */
		         Node *body; } func_decl;                 /* FUNC_DECL; body NULL: no body */
		struct { Node *package;                          /* NAME */
		         NodeList imports;                       /* GEN_DECLs of imports */
		         NodeList decls;                         /* all top-level decls, imports first */
		         int source; } file;                      /* FILE; source: Diag file index */
	} u;
};

#ifdef GOSUB_DEBUG
Node *ast_check_kind(const Node *n, NodeKind k, const char *file, int line);
#define AST(n, field) (ast_check_kind((n), ast_kind_of_##field, __FILE__, __LINE__)->u.field)
#else
#define AST(n, field) ((n)->u.field)
#endif

/* The kind each union member belongs to, for the debug accessor (members
 * shared by several kinds map to one of them and skip the check). */
#define ast_kind_of_name NODE_NAME
#define ast_kind_of_lit NODE_BASIC_LIT
#define ast_kind_of_composite NODE_COMPOSITE_LIT
#define ast_kind_of_key_value NODE_KEY_VALUE
#define ast_kind_of_func_lit NODE_FUNC_LIT
#define ast_kind_of_paren NODE_PAREN
#define ast_kind_of_selector NODE_SELECTOR
#define ast_kind_of_index NODE_INDEX
#define ast_kind_of_slice NODE_SLICE
#define ast_kind_of_assert NODE_TYPE_ASSERT
#define ast_kind_of_call NODE_CALL
#define ast_kind_of_star NODE_STAR
#define ast_kind_of_unary NODE_UNARY
#define ast_kind_of_binary NODE_BINARY
#define ast_kind_of_array NODE_ARRAY_TYPE
#define ast_kind_of_ellipsis NODE_ELLIPSIS
#define ast_kind_of_struct_type NODE_STRUCT_TYPE
#define ast_kind_of_func_type NODE_FUNC_TYPE
#define ast_kind_of_iface NODE_INTERFACE_TYPE
#define ast_kind_of_map_type NODE_MAP_TYPE
#define ast_kind_of_chan_type NODE_CHAN_TYPE
#define ast_kind_of_field NODE_FIELD
#define ast_kind_of_union_type NODE_UNION
#define ast_kind_of_decl_stmt NODE_DECL_STMT
#define ast_kind_of_labeled NODE_LABELED
#define ast_kind_of_expr_stmt NODE_EXPR_STMT
#define ast_kind_of_send NODE_SEND
#define ast_kind_of_inc_dec NODE_INC_DEC
#define ast_kind_of_assign NODE_ASSIGN
#define ast_kind_of_go_defer NODE_COUNT      /* GO or DEFER */
#define ast_kind_of_ret NODE_RETURN
#define ast_kind_of_branch NODE_BRANCH
#define ast_kind_of_block NODE_BLOCK
#define ast_kind_of_if_stmt NODE_IF
#define ast_kind_of_case_clause NODE_CASE_CLAUSE
#define ast_kind_of_switch_stmt NODE_SWITCH
#define ast_kind_of_type_switch NODE_TYPE_SWITCH
#define ast_kind_of_comm_clause NODE_COMM_CLAUSE
#define ast_kind_of_select NODE_SELECT
#define ast_kind_of_for_stmt NODE_FOR
#define ast_kind_of_range NODE_RANGE
#define ast_kind_of_import_spec NODE_IMPORT_SPEC
#define ast_kind_of_value_spec NODE_VALUE_SPEC
#define ast_kind_of_type_spec NODE_TYPE_SPEC
#define ast_kind_of_gen_decl NODE_GEN_DECL
#define ast_kind_of_func_decl NODE_FUNC_DECL
#define ast_kind_of_file NODE_FILE

/* A new node of kind k at pos, zeroed. */
Node *ast_new(Arena *a, NodeKind k, Pos pos);

/* The dump label of a kind: "CompositeLit". */
const char *ast_kind_name(NodeKind k);

/* n without the parentheses around it: x for ((x)); NULL for NULL. */
Node *ast_unparen(Node *n);

/* The position of the first token of n (a in a+b, f in f(x)). */
Pos ast_start_pos(const Node *n);

/* n written back as Go source on one line ("x := f(a, b)"), in the arena;
 * the list form joins with ", ". */
const char *ast_string(Arena *a, const Node *n);
const char *ast_list_string(Arena *a, const NodeList *l);

/* Prints the tree under n, indented, one node a line (see doc/parser.md). */
void ast_dump(FILE *out, const Node *n, const Diag *d);

/* The same dump, with annotate() adding to the end of each node's line
 * (the type checker's -dump types adds types, values and objects). */
typedef struct AstDumper {
	FILE *out;
	void (*annotate)(FILE *out, const Node *n, void *ctx);
	void *ctx;
} AstDumper;
void ast_dump_with(const AstDumper *dp, const Node *n, const Diag *d);

#endif
