/* build.h — inside the parser stage: the Parser context and the node
 * constructors that parser.y's actions call.  Not for other stages; they
 * use parser.h. */
#ifndef GOSUB_PARSER_BUILD_H
#define GOSUB_PARSER_BUILD_H

#include "../common/arena.h"
#include "../common/diag.h"
#include "../common/intern.h"
#include "../lexer/token.h"
#include "ast.h"

/* What an open bracket encloses, for error messages that name the list
 * a missing comma belongs to ("in argument list; possibly missing ..."). */
typedef enum Bracket {
	BR_PAREN,    /* ( x ) */
	BR_ARGS,     /* f( ... ) */
	BR_PARAMS,   /* func f( ... ), results, receivers */
	BR_BRACK,    /* [ ... ] */
	BR_BRACE,    /* { ... }: a block or a composite literal */
	BR_STRUCT,   /* struct { ... } */
	BR_IFACE,    /* interface { ... } */
	BR_GROUP,    /* var ( ... ), and const, type, import */
} Bracket;

typedef struct Parser Parser;

struct Parser {
	Arena *arena;            /* the AST lives here */
	Interner *names;         /* for names made while parsing */
	Diag *diag;              /* where errors go */
	struct Lexer *lx;        /* the token source */
	int file;                /* Diag index of the file being parsed */
	Node *file_node;         /* the NODE_FILE being filled */
	int saw_other_decl;      /* a non-import top-level declaration was seen */
	int call_dots;           /* the call_args just reduced ended in ... */
	Pos lookahead_pos;       /* position of the last token read */
	Token cur;               /* the last token read (the lookahead) */
	Token prev, prev2;       /* the two tokens before it */
	VEC(Bracket) brackets;   /* brackets open at cur */
	Bracket last_closed;     /* what the last closing bracket closed */
	int header_kw;           /* TOK_IF/FOR/SWITCH whose header is open, or 0 */
	int header_depth;        /* brackets.len when it started */
	int header_semis;        /* ';' seen in it so far (for i := 0; i < n; ...) */
	int header_range;        /* `range` seen in it */
	int header_done;         /* the grammar has reduced it: its { is the block's */
	int inject_rbrace;       /* hand Bison a `}` next (error recovery) */
	int inject_body;         /* hand back the dropped `{` as RECOVERED_BODY */
	int body_after_error;    /* the header's next `{` comes as RECOVERED_BODY */
	int group_kw;            /* keyword of the last `decl (` group opened */
	VEC(DiagMsg) deferred;   /* errors gc finds only in its type checker:
	                            reported only if the file parses cleanly */
	int last_decl_kw;        /* keyword of the last top-level declaration */
	int recv_count;          /* parameters in the receiver just parsed; -1: none */
	int errors_before;       /* diag_count when this file's parse began */
	Token prev3;             /* the token before prev2 */
};

Node *ast_node(Parser *ps, NodeKind k, Pos pos);

/* An error that gc reports from its type checker, which it runs only on
 * files without syntax errors: kept until the parse is over, then
 * reported only if the file parsed cleanly (see parse_file). */
void ast_deferred_error(Parser *ps, Pos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
NodeList ast_list1(Parser *ps, Node *n);
void ast_prepend(Parser *ps, NodeList *l, Node *n);
Node *ast_name_node(Parser *ps, const Token *t);
Node *ast_basic_lit(Parser *ps, const Token *t);

/* declarations */
void ast_add_decl(Parser *ps, Node *decl);
Node *ast_gen_decl(Parser *ps, const Token *kw, int tok, NodeList specs, int grouped);
Node *ast_import_spec(Parser *ps, Node *name, const Token *path);
Node *ast_value_spec(Parser *ps, NodeList names, Node *type, NodeList values);
Node *ast_type_spec(Parser *ps, Node *name, NodeList tparams, int alias, Node *type);
Node *ast_func_decl(Parser *ps, Node *recv, Node *name, NodeList tparams,
                    Node *type, Node *body);
Node *ast_receiver(Parser *ps, Pos lparen, NodeList params);
void ast_check_receiver(Parser *ps, Pos at);

/* types */
Node *ast_field(Parser *ps, Pos pos, NodeList names, Node *type, Node *tag);
NodeList ast_fix_params(Parser *ps, NodeList params);
Node *ast_func_type(Parser *ps, Pos lparen, NodeList params, NodeList results);
Node *ast_array_type(Parser *ps, const Token *lbrack, Node *len, Node *elem);
Node *ast_array_of_args(Parser *ps, const Token *lbrack, NodeList len, Node *elem);
void ast_generic_use(Parser *ps, Node *index);
Node *ast_ellipsis(Parser *ps, const Token *t, Node *elem);
Node *ast_map_type(Parser *ps, const Token *kw, Node *key, Node *value);
Node *ast_chan_type(Parser *ps, const Token *kw, ChanDir dir, Node *elem);
Node *ast_union_of(Parser *ps, Node *a, Node *b);

/* expressions */
Node *ast_paren(Parser *ps, const Token *lparen, Node *x);
Node *ast_selector(Parser *ps, Node *x, const Token *dot, Node *sel);
Node *ast_star(Parser *ps, const Token *t, Node *x);
Node *ast_unary(Parser *ps, const Token *op, Node *x);
Node *ast_recv_or_chan(Parser *ps, const Token *arrow, Node *x);
Node *ast_binary(Parser *ps, Node *x, const Token *op, Node *y);
Node *ast_type_assert(Parser *ps, Node *x, const Token *dot, Node *type);
Node *ast_index_expr(Parser *ps, Node *x, const Token *lbrack, NodeList indices);
Node *ast_slice_expr(Parser *ps, Node *x, const Token *lbrack, Node *lo, Node *hi,
                     Node *max, int three);
void ast_check_slice3(Node *slice, Parser *ps, const Token *colon2, const Token *rbrack);
Node *ast_call(Parser *ps, Node *fun, const Token *lparen, NodeList args, int dots);
/* body is the literal the braces built; type what stood before them. */
Node *ast_complit(Parser *ps, Node *type, Node *body);
Node *ast_key_value(Parser *ps, Node *key, const Token *colon, Node *value);

/* statements */
Node *ast_expr_stmt(Parser *ps, Node *x);
Node *ast_send_stmt(Parser *ps, Node *ch, const Token *arrow, Node *value);
Node *ast_inc_dec(Parser *ps, Node *x, const Token *op);
Node *ast_assign(Parser *ps, NodeList lhs, const Token *op, NodeList rhs);
Node *ast_decl_stmt(Parser *ps, Node *decl);
Node *ast_labeled(Parser *ps, Node *label, const Token *colon, Node *stmt);
Node *ast_go_defer(Parser *ps, NodeKind k, const Token *kw, Node *x);
Node *ast_branch(Parser *ps, const Token *kw, Node *label);
Node *ast_if_header(Parser *ps, Node *init, Node *cond, const Token *semi);
Node *ast_for_header(Parser *ps, Node *init, Node *cond, Node *post);
Node *ast_for_stmt(Parser *ps, const Token *kw, Node *header, Node *body);
Node *ast_range_clause(Parser *ps, NodeList lhs, int tok, const Token *kw, Node *x);
Node *ast_switch_stmt(Parser *ps, const Token *kw, Node *init, Node *tag,
                      NodeList clauses, const Token *rbrace);
Node *ast_case_clause(Parser *ps, const Token *kw, NodeList list, int is_default,
                      const Token *colon, NodeList body);
Node *ast_comm_clause(Parser *ps, const Token *kw, Node *comm, const Token *colon,
                      NodeList body);

/* Checks labels, break, continue and fallthrough in every function body
 * of file (branches.c). */
void parse_check_branches(Diag *d, Arena *a, Node *file);

/* The message for a syntax error: the token the parser could not use,
 * and the tokens (TOK_ kinds) it would have accepted there.  In gc's
 * words; see parse_error.c. */
void parse_syntax_error(Parser *ps, const Token *la, const int *expected, int n);

#endif
