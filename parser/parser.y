/* parser.y — the Bison grammar of gosub's Go, building the AST of ast.h.
 *
 * What goes in: the tokens of lexer.h, automatic semicolons included.
 * What comes out: one NODE_FILE (partial after syntax errors, which are
 * reported in gc's words: see parse_error.c).  The grammar follows the productions of
 * the Go spec, section by section; the comments name them.
 *
 * It is LALR(1) with zero unresolved conflicts (bison is run with
 * -Werror=conflicts-sr,conflicts-rr).  Three places needed thought:
 *
 * 1. Composite literals in statement headers (Go spec: Composite
 *    literals, last paragraph).  In
 *        if x == T {}
 *    the `{` could open the literal T{} or the if's block.  The spec says
 *    it is the block, unless the literal is in parentheses.  gc's rule,
 *    which we follow exactly, is: in a header, a `{` after a bare type
 *    name (T or pkg.T) opens the block, while a `{` after a type that is
 *    spelled out ([]int, [3]T, map[K]V, struct{...}) can only start a
 *    literal and so is one.  The grammar therefore has two expression
 *    families: `expr` for everywhere, and `expr_nb` ("no brace") for the
 *    top level of if/for/switch headers, whose primary expressions have
 *    no `name {` literal rule.  Inside any bracket, a header uses `expr`
 *    again, which is why (T{}) works.
 *
 * 2. Types inside expressions.  make([]int, n), []byte(s), map[K]V{} and
 *    x.(*T) put types where expressions go.  Types that start with a
 *    keyword or `[` cannot be mistaken for expressions, so they are
 *    operands (chan int(nil) and func(int) int(f) are conversions, as in
 *    gc); `*T` is parsed as the dereference `*x` (a NODE_STAR, which the
 *    checker reads as a pointer type where a type is wanted), so
 *    (*func())(p) works too.  `func(...) T {` always starts a function
 *    literal: the `{` is shifted (see the %prec list below).
 *
 * 3. `chan` followed by `<-`.  Go spec: "The <- operator associates with
 *    the leftmost chan possible", so chan<- chan int is chan<- (chan int).
 *    The element type after a bare `chan` is therefore a type_nr, a type
 *    that does not itself start with `<-`.  In an expression, <-chan int
 *    is read as the receive <-(chan int) and then, as gc does, turned
 *    into the type: see ast_recv_or_chan in build.c.
 *
 * A type written in an expression ([]T{...}, []T(x), map[K]V{}) can be
 * followed by a token that could either continue the type or continue
 * the expression.  gc's parser reads types greedily, and so do we; these
 * shift/reduce choices are settled with %prec, all for the shift:
 *   - []func()(int): the ( starts the func's result list;
 *   - []func() [2]int, []func() *T, []func() <-chan int: likewise, the
 *     result type;
 *   - []pkg.T: the dot qualifies the type name (a selector on a type
 *     would mean nothing anyway);
 *   - func() T {: the { opens a function literal's body, not a
 *     composite literal of the func type;
 *   - chan T[x] in an expression: T[x] is a generic element type.
 *
 * Error recovery imitates gc's, so that the errors after the first are
 * gc's too: a statement with an error becomes NODE_BAD and parsing goes
 * on after the next `;` or `}`; an error inside T{...} or f(...) skips
 * to its closing bracket; at the top level the parser skips to the next
 * declaration keyword; a token that cannot start a statement ends the
 * block (parse_error.c asks the lexer bridge for a `}`).  Bison stays
 * quiet after an error until three tokens have been shifted; a complete
 * block or declaration ends that silence early (yyerrok), as gc would
 * report the next error.  gc reports at most one syntax error per line,
 * and so do we (diag.c).
 *
 * Generics and goto are parsed, then rejected: "unsupported: ...".  For
 * a generic type used with type arguments (var s Stack[int]) one place
 * needs care: in a parameter list, `(a [N]T` is the parameter a of an
 * array type, and `(a[T])` an unnamed parameter of a generic type.  As
 * gc does, the parser reads what is inside the brackets as a list of
 * expressions (every type is one here) and lets the token after the ]
 * decide: a type means an array, a , or ) type arguments.  The %prec on
 * `arg` is that choice.
 */

%require "3.8"
%define api.pure full
%define api.token.prefix {TOK_}
%define api.location.type {Pos}
%define parse.error custom
%define parse.lac full
%locations
%param {Parser *ps}

%code top {
/* Bison's stack holds one entry per open construct: ((((x)))) nested ten
 * thousand deep, its default limit, is a valid program for gc.  The
 * stack grows on the heap as needed. */
#define YYMAXDEPTH 1000000
}

%code requires {
#include "../common/arena.h"
#include "../common/diag.h"
#include "../common/intern.h"
#include "ast.h"
#include "../lexer/token.h"
typedef struct Parser Parser;
}

/* Every token carries its Token (position, text, decoded literal);
 * nonterminals carry nodes and lists. */
%union {
	Token tok;
	Node *node;
	NodeList list;
	int op;
}

%code {
#include <string.h>

#include "build.h"
#include "parser.h"
#include "../lexer/lexer.h"

static int yylex(YYSTYPE *lval, Pos *lloc, Parser *ps);
static void yyerror(Pos *loc, Parser *ps, const char *msg);

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                   \
	do {                                                          \
		if (N)                                                \
			(Cur) = YYRHSLOC(Rhs, 1);                     \
		else                                                  \
			(Cur) = ps->lookahead_pos;                    \
	} while (0)
}

%token EOF 0 "EOF"
%token <tok> IDENT "name" LITERAL "literal"
%token <tok> ADD "+" SUB "-" STAR "*" DIV "/" REM "%" AND "&" OR "|" XOR "^"
%token <tok> SHL "<<" SHR ">>" AND_NOT "&^"
%token <tok> ADD_ASSIGN "+=" SUB_ASSIGN "-=" MUL_ASSIGN "*=" DIV_ASSIGN "/="
%token <tok> REM_ASSIGN "%=" AND_ASSIGN "&=" OR_ASSIGN "|=" XOR_ASSIGN "^="
%token <tok> SHL_ASSIGN "<<=" SHR_ASSIGN ">>=" AND_NOT_ASSIGN "&^="
%token <tok> LAND "&&" LOR "||" ARROW "<-" INC "++" DEC "--"
%token <tok> EQL "==" LSS "<" GTR ">" ASSIGN "=" NOT "!" TILDE "~"
%token <tok> NEQ "!=" LEQ "<=" GEQ ">=" DEFINE ":=" ELLIPSIS "..."
%token <tok> LPAREN "(" LBRACK "[" LBRACE "{" COMMA "," PERIOD "."
%token <tok> RPAREN ")" RBRACK "]" RBRACE "}" SEMI ";" COLON ":"
%token <tok> BREAK "break" CASE "case" CHAN "chan" CONST "const"
%token <tok> CONTINUE "continue" DEFAULT "default" DEFER "defer" ELSE "else"
%token <tok> FALLTHROUGH "fallthrough" FOR "for" FUNC "func" GO "go"
%token <tok> GOTO "goto" IF "if" IMPORT "import" INTERFACE "interface"
%token <tok> MAP "map" PACKAGE "package" RANGE "range" RETURN "return"
%token <tok> SELECT "select" STRUCT "struct" SWITCH "switch" TYPE "type"
%token <tok> VAR "var"
/* Not from the lexer: the `{` of a body after a broken header, handed
 * back by the lexer bridge during error recovery. */
%token <tok> RECOVERED_BODY "{ (after a broken header)"

/* The %prec choices of the opening comment: a type goes on rather than
 * stop, when the tokens after it could continue either the type or the
 * expression it is part of. */
%precedence NO_RESULT NAME_ALONE "]"
%precedence ARG_LIST

/* Go spec: Operator precedence, lowest first. */
%left "||"
%left "&&"
%left "==" "!=" "<" "<=" ">" ">="
%left "+" "-" "|" "^"
%left "*" "/" "%" "<<" ">>" "&" "&^"
%precedence "(" "[" "<-" "." "{"


%type <node> file package_clause top_decl
%type <node> import_decl import_spec
%type <list> import_specs import_spec_list
%type <node> const_decl var_decl type_decl
%type <list> const_specs const_spec_list var_specs var_spec_list type_specs type_spec_list
%type <node> const_spec var_spec type_spec
%type <list> tparams tparam_list tdecl_tparams tdecl_tparam_list
%type <node> tparam tdecl_tparam constraint constraint_term tdecl_constraint
%type <node> func_decl receiver ofunc_body
%type <list> ident_list
%type <node> name

%type <node> type type_nr type_name type_lit recv_chan_type
%type <node> array_type slice_type dots_array_type map_type chan_type
%type <node> struct_type interface_type func_type complit_type conv_type generic_type
%type <node> signature result_type
%type <list> result
%type <list> params param_list field_decls field_decl_list iface_elems iface_elem_list
%type <node> param field_decl iface_elem otag

%type <node> expr unary_expr primary_expr operand
%type <node> expr_nb unary_nb primary_nb operand_nb
%type <node> func_lit complit_body elem element
%type <list> expr_list expr_list_nb elems elem_list call_args arg_list case_list
%type <node> arg oexpr
%type <tok> assign_op

%type <node> stmt simple_stmt simple_stmt_nb osimple_nb init_nb
%type <node> block labeled_stmt return_stmt branch_stmt go_stmt defer_stmt
%type <node> if_stmt if_header else_part for_stmt for_header range_clause switch_header
%type <node> switch_stmt select_stmt case_clause comm_clause decl_stmt
%type <list> stmt_list case_clauses comm_clauses

%start file

%%

/* ---- Go spec: Source file organization, Package clause, Imports ---- */

file
	: package_clause ";" top_decls
		{ $$ = ps->file_node; ps->file_node->u.file.package = $1; }
	;

package_clause
	: "package" name              { $$ = $2; }
	;

top_decls
	: %empty
	| top_decls top_decl ";"
		{ ast_add_decl(ps, $2); yyerrok;
		  /* back at the top level: nothing is open (whatever error
		   * recovery skipped on the way) */
		  ps->brackets.len = 0; ps->header_kw = 0; ps->body_after_error = 0; }
	| top_decls error
		/* As gc does, skip to the next declaration keyword: Bison
		 * drops tokens until one can follow top_decls. */
	;

top_decl
	: import_decl
	| const_decl
	| var_decl
	| type_decl
	| func_decl
	;

import_decl
	: "import" import_spec
		{ $$ = ast_gen_decl(ps, &$1, TOK_IMPORT, ast_list1(ps, $2), 0); }
	| "import" "(" import_specs ")"
		{ $$ = ast_gen_decl(ps, &$1, TOK_IMPORT, $3, 1); }
	;

import_specs
	: %empty                      { $$ = (NodeList){0}; }
	| import_spec_list osemi
	;

import_spec_list
	: import_spec                 { $$ = ast_list1(ps, $1); }
	| import_spec_list ";" import_spec
		{ $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

/* ImportSpec = [ "." | PackageName ] ImportPath . */
import_spec
	: LITERAL                     { $$ = ast_import_spec(ps, NULL, &$1); }
	| name LITERAL                { $$ = ast_import_spec(ps, $1, &$2); }
	| "." LITERAL                 { $$ = ast_import_spec(ps, ast_name_node(ps, &$1), &$2); }
	;

osemi
	: %empty
	| ";"
	;

ocomma
	: %empty
	| ","
	;

/* ---- Go spec: Constant declarations, Iota ---- */

const_decl
	: "const" const_spec
		{ $$ = ast_gen_decl(ps, &$1, TOK_CONST, ast_list1(ps, $2), 0); }
	| "const" "(" const_specs ")"
		{ $$ = ast_gen_decl(ps, &$1, TOK_CONST, $3, 1); }
	;

const_specs
	: %empty                      { $$ = (NodeList){0}; }
	| const_spec_list osemi
	;

const_spec_list
	: const_spec                  { $$ = ast_list1(ps, $1); }
	| const_spec_list ";" const_spec
		{ $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
const_spec
	: ident_list                  { $$ = ast_value_spec(ps, $1, NULL, (NodeList){0}); }
	| ident_list type             { $$ = ast_value_spec(ps, $1, $2, (NodeList){0}); }
	| ident_list "=" expr_list    { $$ = ast_value_spec(ps, $1, NULL, $3); }
	| ident_list type "=" expr_list
		{ $$ = ast_value_spec(ps, $1, $2, $4); }
	;

ident_list
	: name                        { $$ = ast_list1(ps, $1); }
	| ident_list "," name         { $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

name
	: IDENT                       { $$ = ast_name_node(ps, &$1); }
	;

/* ---- Go spec: Variable declarations ---- */

var_decl
	: "var" var_spec
		{ $$ = ast_gen_decl(ps, &$1, TOK_VAR, ast_list1(ps, $2), 0); }
	| "var" "(" var_specs ")"
		{ $$ = ast_gen_decl(ps, &$1, TOK_VAR, $3, 1); }
	;

var_specs
	: %empty                      { $$ = (NodeList){0}; }
	| var_spec_list osemi
	;

var_spec_list
	: var_spec                    { $$ = ast_list1(ps, $1); }
	| var_spec_list ";" var_spec  { $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
var_spec
	: ident_list type             { $$ = ast_value_spec(ps, $1, $2, (NodeList){0}); }
	| ident_list type "=" expr_list
		{ $$ = ast_value_spec(ps, $1, $2, $4); }
	| ident_list "=" expr_list    { $$ = ast_value_spec(ps, $1, NULL, $3); }
	;

/* ---- Go spec: Type declarations ---- */

type_decl
	: "type" type_spec
		{ $$ = ast_gen_decl(ps, &$1, TOK_TYPE, ast_list1(ps, $2), 0); }
	| "type" "(" type_specs ")"
		{ $$ = ast_gen_decl(ps, &$1, TOK_TYPE, $3, 1); }
	;

type_specs
	: %empty                      { $$ = (NodeList){0}; }
	| type_spec_list osemi
	;

type_spec_list
	: type_spec                   { $$ = ast_list1(ps, $1); }
	| type_spec_list ";" type_spec
		{ $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

/* TypeSpec = AliasDecl | TypeDef .
 * A generic type T[P C] and the array type T [N]E both start with
 * `name [ name`; a type parameter's constraint here may not start with
 * `*`, `(` or `[`, so that [N * M] stays an array length (gc asks for
 * the same disambiguation: write [P interface{*C}]). */
type_spec
	: name type                   { $$ = ast_type_spec(ps, $1, (NodeList){0}, 0, $2); }
	| name "=" type               { $$ = ast_type_spec(ps, $1, (NodeList){0}, 1, $3); }
	| name "[" tdecl_tparams "]" type
		{ $$ = ast_type_spec(ps, $1, $3, 0, $5); }
	;

tdecl_tparams
	: tdecl_tparam_list ocomma
	;

tdecl_tparam_list
	: tdecl_tparam                { $$ = ast_list1(ps, $1); }
	| tdecl_tparam_list "," tdecl_tparam
		{ $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

tdecl_tparam
	: name tdecl_constraint       { $$ = ast_field(ps, $1->pos, ast_list1(ps, $1), $2, NULL); }
	| name "," tdecl_tparam
		{ $$ = $3; ast_prepend(ps, &$$->u.field.names, $1); $$->pos = $1->pos; }
	;

tdecl_constraint
	: type_name
	| interface_type
	| "~" type                    { $$ = ast_unary(ps, &$1, $2); }
	| tdecl_constraint "|" constraint_term
		{ $$ = ast_union_of(ps, $1, $3); }
	;

/* ---- Go spec: Function and Method declarations ---- */

func_decl
	: "func" name signature ofunc_body
		{ $$ = ast_func_decl(ps, NULL, $2, (NodeList){0}, $3, $4); }
	| "func" name tparams signature ofunc_body
		{ $$ = ast_func_decl(ps, NULL, $2, $3, $4, $5); }
	| "func" receiver name signature ofunc_body
		{ $$ = ast_func_decl(ps, $2, $3, (NodeList){0}, $4, $5); }
	;

receiver
	: params                      { $$ = ast_receiver(ps, @1, $1); }
	;

ofunc_body
	: %empty                      { $$ = NULL; }
	| block
	;

tparams
	: "[" tparam_list ocomma "]"  { $$ = $2; }
	| "[" "]"
		{ $$ = (NodeList){0}; diag_error(ps->diag, $2.pos, "syntax error: empty type parameter list"); }
	;

tparam_list
	: tparam                      { $$ = ast_list1(ps, $1); }
	| tparam_list "," tparam      { $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

tparam
	: name constraint             { $$ = ast_field(ps, $1->pos, ast_list1(ps, $1), $2, NULL); }
	| name "," tparam
		{ $$ = $3; ast_prepend(ps, &$$->u.field.names, $1); $$->pos = $1->pos; }
	;

constraint
	: constraint_term
	| constraint "|" constraint_term
		{ $$ = ast_union_of(ps, $1, $3); }
	;

constraint_term
	: type
	| "~" type                    { $$ = ast_unary(ps, &$1, $2); }
	;

/* ---- Go spec: Types ---- */

type
	: type_nr
	| recv_chan_type
	;

/* Any type but <-chan T: see point 3 at the top. */
type_nr
	: type_name %prec NAME_ALONE
	| generic_type
	| type_lit
	| "(" type ")"                { $$ = ast_paren(ps, &$1, $2); }
	;

type_name
	: name %prec NAME_ALONE
	| name "." name               { $$ = ast_selector(ps, $1, &$2, $3); }
	;

/* A generic type with its type arguments, Stack[int]: parsed so that
 * gosub can say "unsupported" rather than "syntax error".  The arguments
 * are read as expressions (every type is one here). */
generic_type
	: type_name "[" arg_list ocomma "]"
		{ $$ = ast_index_expr(ps, $1, &$2, $3); ast_generic_use(ps, $$); }
	;

type_lit
	: array_type
	| slice_type
	| dots_array_type
	| "*" type                    { $$ = ast_star(ps, &$1, $2); }
	| func_type
	| struct_type
	| interface_type
	| map_type
	| chan_type
	;

array_type
	: "[" expr "]" type           { $$ = ast_array_type(ps, &$1, $2, $4); }
	;

slice_type
	: "[" "]" type                { $$ = ast_array_type(ps, &$1, NULL, $3); }
	;

/* [...]T: only in composite literals; the checker says so elsewhere. */
dots_array_type
	: "[" "..." "]" type
		{ $$ = ast_array_type(ps, &$1, ast_ellipsis(ps, &$2, NULL), $4); }
	;

map_type
	: "map" "[" type "]" type     { $$ = ast_map_type(ps, &$1, $3, $5); }
	;

chan_type
	: "chan" type_nr              { $$ = ast_chan_type(ps, &$1, CHAN_BOTH, $2); }
	| "chan" "<-" type            { $$ = ast_chan_type(ps, &$1, CHAN_SEND, $3); }
	;

recv_chan_type
	: "<-" "chan" type            { $$ = ast_chan_type(ps, &$1, CHAN_RECV, $3); }
	;

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
struct_type
	: "struct" "{" field_decls "}"
		{ $$ = ast_node(ps, NODE_STRUCT_TYPE, $1.pos); $$->u.struct_type.fields = $3; }
	| "struct" "{" error "}"      { $$ = ast_node(ps, NODE_STRUCT_TYPE, $1.pos); }
	;

field_decls
	: %empty                      { $$ = (NodeList){0}; }
	| field_decl_list osemi
	;

field_decl_list
	: field_decl                  { $$ = ast_list1(ps, $1); }
	| field_decl_list ";" field_decl
		{ $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
 * EmbeddedField = [ "*" ] TypeName . */
field_decl
	: ident_list type otag        { $$ = ast_field(ps, $1.items[0]->pos, $1, $2, $3); }
	| type_name otag              { $$ = ast_field(ps, $1->pos, (NodeList){0}, $1, $2); }
	| "*" type_name otag
		{ $$ = ast_field(ps, $1.pos, (NodeList){0}, ast_star(ps, &$1, $2), $3); }
	| "(" type_name ")" otag
		{ $$ = ast_field(ps, $2->pos, (NodeList){0}, $2, $4);
		  diag_error(ps->diag, $1.pos, "syntax error: cannot parenthesize embedded type"); }
	;

otag
	: %empty                      { $$ = NULL; }
	| LITERAL                     { $$ = ast_basic_lit(ps, &$1); }
	;

/* InterfaceType = "interface" "{" { InterfaceElem ";" } "}" . */
interface_type
	: "interface" "{" iface_elems "}"
		{ $$ = ast_node(ps, NODE_INTERFACE_TYPE, $1.pos); $$->u.iface.methods = $3; }
	| "interface" "{" error "}"   { $$ = ast_node(ps, NODE_INTERFACE_TYPE, $1.pos); }
	;

iface_elems
	: %empty                      { $$ = (NodeList){0}; }
	| iface_elem_list osemi
	;

iface_elem_list
	: iface_elem                  { $$ = ast_list1(ps, $1); }
	| iface_elem_list ";" iface_elem
		{ $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

/* MethodElem = MethodName Signature .  TypeElem = TypeTerm { "|" TypeTerm } . */
iface_elem
	: name signature              { $$ = ast_field(ps, $1->pos, ast_list1(ps, $1), $2, NULL); }
	| tdecl_constraint            { $$ = ast_field(ps, $1->pos, (NodeList){0}, $1, NULL); }
	;

/* FunctionType = "func" Signature .  gc puts a func type at its `(`. */
func_type
	: "func" signature            { $$ = $2; $$->u.func_type.func_pos = $1.pos; }
	;

signature
	: params result               { $$ = ast_func_type(ps, @1, $1, $2); }
	;

result
	: %empty %prec NO_RESULT      { $$ = (NodeList){0}; }
	| params
	| result_type                 { $$ = ast_list1(ps, ast_field(ps, $1->pos, (NodeList){0}, $1, NULL)); }
	;

/* A result written without parentheses: any type but ( T ). */
result_type
	: type_name
	| type_lit
	| recv_chan_type
	;

/* Parameters = "(" [ ParameterList [ "," ] ] ")" .
 * A parameter is parsed as "name Type", "name ...Type", "Type" or
 * "...Type"; fix_params() then applies the spec's rule that either all
 * parameters are named or none is, turning a, b int into two names. */
params
	: "(" ")"                     { $$ = (NodeList){0}; }
	| "(" param_list ocomma ")"   { $$ = ast_fix_params(ps, $2); }
	;

param_list
	: param                       { $$ = ast_list1(ps, $1); }
	| param_list "," param        { $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

param
	: type                        { $$ = ast_field(ps, $1->pos, (NodeList){0}, $1, NULL); }
	| name type                   { $$ = ast_field(ps, $1->pos, ast_list1(ps, $1), $2, NULL); }
	/* `a [N]T` is the parameter a of an array type, `a[T]` an unnamed
	 * parameter of a generic type: what follows the ] decides, as in gc */
	| name "[" arg_list ocomma "]" type
		{ $$ = ast_field(ps, $1->pos, ast_list1(ps, $1), ast_array_of_args(ps, &$2, $3, $6), NULL); }
	| name "[" arg_list ocomma "]"
		{ Node *t = ast_index_expr(ps, $1, &$2, $3); ast_generic_use(ps, t);
		  $$ = ast_field(ps, $1->pos, (NodeList){0}, t, NULL); }
	| name "..." type             { $$ = ast_field(ps, $1->pos, ast_list1(ps, $1), ast_ellipsis(ps, &$2, $3), NULL); }
	| "..." type                  { $$ = ast_field(ps, $1.pos, (NodeList){0}, ast_ellipsis(ps, &$1, $2), NULL); }
	;

/* ---- Go spec: Expressions ---- */

expr
	: unary_expr
	| expr "||" expr              { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "&&" expr              { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "==" expr              { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "!=" expr              { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "<" expr               { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "<=" expr              { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr ">" expr               { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr ">=" expr              { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "+" expr               { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "-" expr               { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "|" expr               { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "^" expr               { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "*" expr               { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "/" expr               { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "%" expr               { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "<<" expr              { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr ">>" expr              { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "&" expr               { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr "&^" expr              { $$ = ast_binary(ps, $1, &$2, $3); }
	;

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
unary_expr
	: primary_expr
	| "+" unary_expr              { $$ = ast_unary(ps, &$1, $2); }
	| "-" unary_expr              { $$ = ast_unary(ps, &$1, $2); }
	| "!" unary_expr              { $$ = ast_unary(ps, &$1, $2); }
	| "^" unary_expr              { $$ = ast_unary(ps, &$1, $2); }
	| "&" unary_expr              { $$ = ast_unary(ps, &$1, $2); }
	| "<-" unary_expr             { $$ = ast_recv_or_chan(ps, &$1, $2); }
	| "*" unary_expr              { $$ = ast_star(ps, &$1, $2); }
	;

/* PrimaryExpr: operands followed by selectors, indexes, slices, type
 * assertions, calls and (outside headers) composite-literal braces. */
primary_expr
	: operand
	| primary_expr "." name       { $$ = ast_selector(ps, $1, &$2, $3); }
	| primary_expr "." "(" type ")"
		{ $$ = ast_type_assert(ps, $1, &$2, $4); }
	| primary_expr "." "(" "type" ")"
		{ $$ = ast_type_assert(ps, $1, &$2, NULL); }
	| primary_expr "[" expr "]"   { $$ = ast_index_expr(ps, $1, &$2, ast_list1(ps, $3)); }
	| primary_expr "[" expr "," arg_list ocomma "]"
		{ ast_prepend(ps, &$5, $3); $$ = ast_index_expr(ps, $1, &$2, $5); }
	| primary_expr "[" oexpr ":" oexpr "]"
		{ $$ = ast_slice_expr(ps, $1, &$2, $3, $5, NULL, 0); }
	| primary_expr "[" oexpr ":" oexpr ":" oexpr "]"
		{ $$ = ast_slice_expr(ps, $1, &$2, $3, $5, $7, 1); ast_check_slice3($$, ps, &$6, &$8); }
	| primary_expr "(" call_args ")"
		{ $$ = ast_call(ps, $1, &$2, $3, ps->call_dots); }

	| primary_expr complit_body
		{ $$ = ast_complit(ps, $1, $2); }
	;

operand
	: LITERAL                     { $$ = ast_basic_lit(ps, &$1); }
	| name
	| "(" expr ")"                { $$ = ast_paren(ps, &$1, $2); }
	| func_lit
	| func_type %prec NAME_ALONE
	| conv_type
	;

/* Types that can be written where an operand goes: before `{` they start
 * a composite literal, before `(` a conversion (chan int(nil)), and alone
 * they are arguments of make and new.  (<-chan T arrives through the
 * unary <-: see ast_recv_or_chan.) */
conv_type
	: complit_type
	| interface_type
	| chan_type
	;

complit_type
	: array_type
	| slice_type
	| dots_array_type
	| map_type
	| struct_type
	;

complit_body
	: "{" elems "}"               { $$ = ast_node(ps, NODE_COMPOSITE_LIT, $1.pos);
	                                $$->u.composite.elems = $2; $$->u.composite.rbrace = $3.pos; }
	| "{" error "}"
		/* gc's list() skips to the closing brace; so do we */
		{ $$ = ast_node(ps, NODE_COMPOSITE_LIT, $1.pos); $$->u.composite.rbrace = $3.pos; }
	;

elems
	: %empty                      { $$ = (NodeList){0}; }
	| elem_list ocomma
	;

elem_list
	: elem                        { $$ = ast_list1(ps, $1); }
	| elem_list "," elem          { $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

/* KeyedElement = [ Key ":" ] Element .  An element or key written as a
 * bare { ... } is a literal whose type the checker takes from the
 * enclosing literal. */
elem
	: element
	| element ":" element         { $$ = ast_key_value(ps, $1, &$2, $3); }
	;

element
	: expr
	| complit_body
	;

func_lit
	: func_type block
		{ $$ = ast_node(ps, NODE_FUNC_LIT, $1->u.func_type.func_pos);
		  $$->u.func_lit.type = $1; $$->u.func_lit.body = $2; }
	;

call_args
	: %empty                      { $$ = (NodeList){0}; ps->call_dots = 0; }
	| arg_list ocomma             { $$ = $1; ps->call_dots = 0; }
	| arg_list "..." ocomma       { $$ = $1; ps->call_dots = 1; }
	;

arg_list
	: arg                         { $$ = ast_list1(ps, $1); }
	| arg_list "," arg            { $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

/* Call arguments may be types: make([]int, n), new(func()): every type
 * that an operand can be.  (The %prec: in a parameter list, `a [N` is
 * read as the start of a list, which ends as the array length or as type
 * arguments according to what follows the ]; see param.) */
arg
	: expr %prec ARG_LIST
	;

oexpr
	: %empty                      { $$ = NULL; }
	| expr
	;

expr_list
	: expr                        { $$ = ast_list1(ps, $1); }
	| expr_list "," expr          { $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

/* ---- the same, for statement headers: see point 1 at the top ---- */

expr_nb
	: unary_nb
	| expr_nb "||" expr_nb        { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "&&" expr_nb        { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "==" expr_nb        { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "!=" expr_nb        { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "<" expr_nb         { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "<=" expr_nb        { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb ">" expr_nb         { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb ">=" expr_nb        { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "+" expr_nb         { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "-" expr_nb         { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "|" expr_nb         { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "^" expr_nb         { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "*" expr_nb         { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "/" expr_nb         { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "%" expr_nb         { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "<<" expr_nb        { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb ">>" expr_nb        { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "&" expr_nb         { $$ = ast_binary(ps, $1, &$2, $3); }
	| expr_nb "&^" expr_nb        { $$ = ast_binary(ps, $1, &$2, $3); }
	;

unary_nb
	: primary_nb
	| "+" unary_nb                { $$ = ast_unary(ps, &$1, $2); }
	| "-" unary_nb                { $$ = ast_unary(ps, &$1, $2); }
	| "!" unary_nb                { $$ = ast_unary(ps, &$1, $2); }
	| "^" unary_nb                { $$ = ast_unary(ps, &$1, $2); }
	| "&" unary_nb                { $$ = ast_unary(ps, &$1, $2); }
	| "<-" unary_nb               { $$ = ast_recv_or_chan(ps, &$1, $2); }
	| "*" unary_nb                { $$ = ast_star(ps, &$1, $2); }
	;

/* No `primary {` rule here: in a header, `name {` opens the block. */
primary_nb
	: operand_nb
	| primary_nb "." name         { $$ = ast_selector(ps, $1, &$2, $3); }
	| primary_nb "." "(" type ")" { $$ = ast_type_assert(ps, $1, &$2, $4); }
	| primary_nb "." "(" "type" ")"
		{ $$ = ast_type_assert(ps, $1, &$2, NULL); }
	| primary_nb "[" expr "]"     { $$ = ast_index_expr(ps, $1, &$2, ast_list1(ps, $3)); }
	| primary_nb "[" expr "," arg_list ocomma "]"
		{ ast_prepend(ps, &$5, $3); $$ = ast_index_expr(ps, $1, &$2, $5); }
	| primary_nb "[" oexpr ":" oexpr "]"
		{ $$ = ast_slice_expr(ps, $1, &$2, $3, $5, NULL, 0); }
	| primary_nb "[" oexpr ":" oexpr ":" oexpr "]"
		{ $$ = ast_slice_expr(ps, $1, &$2, $3, $5, $7, 1); ast_check_slice3($$, ps, &$6, &$8); }
	| primary_nb "(" call_args ")"
		{ $$ = ast_call(ps, $1, &$2, $3, ps->call_dots); }
	;

/* A spelled-out type before `{` can only start a literal, so it does. */
operand_nb
	: LITERAL                     { $$ = ast_basic_lit(ps, &$1); }
	| name
	| "(" expr ")"                { $$ = ast_paren(ps, &$1, $2); }
	| func_lit
	| complit_type complit_body   { $$ = ast_complit(ps, $1, $2); }
	| conv_type "(" call_args ")" { $$ = ast_call(ps, $1, &$2, $3, ps->call_dots); }
	;

expr_list_nb
	: expr_nb                     { $$ = ast_list1(ps, $1); }
	| expr_list_nb "," expr_nb    { $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

/* ---- Go spec: Statements ---- */

block
	: "{" stmt_list "}"
		{ $$ = ast_node(ps, NODE_BLOCK, $1.pos); $$->u.block.stmts = $2; $$->u.block.rbrace = $3.pos;
		  /* A whole block after an error: report the next one (gc
		   * would), instead of Bison's default of staying quiet until
		   * three more tokens are read.  Safe here: the bad token is
		   * long gone. */
		  yyerrok; }
	;

/* StatementList = { Statement ";" } .  The last ';' may be left out
 * before a '}', so an empty stmt is allowed anywhere (and dropped). */
stmt_list
	: stmt                        { $$ = (NodeList){0}; if ($1) VEC_PUSH(ps->arena, $$, $1); }
	| stmt_list ";" stmt          { $$ = $1; if ($3) VEC_PUSH(ps->arena, $$, $3); }
	;

stmt
	: %empty                      { $$ = NULL; }
	| decl_stmt
	| labeled_stmt
	| simple_stmt
	| go_stmt
	| defer_stmt
	| return_stmt
	| branch_stmt
	| block
	| if_stmt
	| switch_stmt
	| select_stmt
	| for_stmt
	| error                       { $$ = ast_node(ps, NODE_BAD, @$); }
	| error RECOVERED_BODY stmt_list "}"
		/* A broken if/for/switch header: the reporter has the lexer
		 * bridge hand over the header's `{` as RECOVERED_BODY (the one
		 * Bison just dropped, or the next one at the header's depth;
		 * see parse_error.c), and the body is read as a block, so its }
		 * does not end the enclosing one.  gc too goes on into the body
		 * after a bad header. */
		{ $$ = ast_node(ps, NODE_BAD, @$); yyerrok; }
	;

decl_stmt
	: const_decl                  { $$ = ast_decl_stmt(ps, $1); }
	| var_decl                    { $$ = ast_decl_stmt(ps, $1); }
	| type_decl                   { $$ = ast_decl_stmt(ps, $1); }
	;

/* LabeledStmt = Label ":" Statement . */
labeled_stmt
	: name ":" stmt               { $$ = ast_labeled(ps, $1, &$2, $3); }
	;

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
 *              Assignment | ShortVarDecl . */
simple_stmt
	: expr                        { $$ = ast_expr_stmt(ps, $1); }
	| expr "<-" expr              { $$ = ast_send_stmt(ps, $1, &$2, $3); }
	| expr "++"                   { $$ = ast_inc_dec(ps, $1, &$2); }
	| expr "--"                   { $$ = ast_inc_dec(ps, $1, &$2); }
	| expr_list "=" expr_list     { $$ = ast_assign(ps, $1, &$2, $3); }
	| expr assign_op expr         { $$ = ast_assign(ps, ast_list1(ps, $1), &$2, ast_list1(ps, $3)); }
	| expr_list ":=" expr_list    { $$ = ast_assign(ps, $1, &$2, $3); }
	;

assign_op
	: "+="      
	| "-="      
	| "*="      
	| "/="      
	| "%="      
	| "&="      
	| "|="      
	| "^="      
	| "<<="     
	| ">>="     
	| "&^="     
	;

simple_stmt_nb
	: expr_nb                     { $$ = ast_expr_stmt(ps, $1); }
	| expr_nb "<-" expr_nb        { $$ = ast_send_stmt(ps, $1, &$2, $3); }
	| expr_nb "++"                { $$ = ast_inc_dec(ps, $1, &$2); }
	| expr_nb "--"                { $$ = ast_inc_dec(ps, $1, &$2); }
	| expr_list_nb "=" expr_list_nb
		{ $$ = ast_assign(ps, $1, &$2, $3); }
	| expr_nb assign_op expr_nb   { $$ = ast_assign(ps, ast_list1(ps, $1), &$2, ast_list1(ps, $3)); }
	| expr_list_nb ":=" expr_list_nb
		{ $$ = ast_assign(ps, $1, &$2, $3); }
	;

osimple_nb
	: %empty                      { $$ = NULL; }
	| simple_stmt_nb
	;

/* The first statement of a header.  A `var` there is a mistake gc
 * forgives after saying so: it drops the keyword and reads on. */
init_nb
	: osimple_nb
	| "var" simple_stmt_nb
		{ $$ = $2; diag_error(ps->diag, @2,
		          "syntax error: var declaration not allowed in %s initializer",
		          lex_token_name(ps->header_kw ? ps->header_kw : TOK_FOR)); }
	;

/* gc parses what follows go or defer even when it is nothing, and then
 * also says that it is not a call: so the error rules. */
go_stmt
	: "go" expr                   { $$ = ast_go_defer(ps, NODE_GO, &$1, $2); }
	| "go" error                  { $$ = ast_go_defer(ps, NODE_GO, &$1, ast_node(ps, NODE_BAD, @2)); }
	;

defer_stmt
	: "defer" expr                { $$ = ast_go_defer(ps, NODE_DEFER, &$1, $2); }
	| "defer" error               { $$ = ast_go_defer(ps, NODE_DEFER, &$1, ast_node(ps, NODE_BAD, @2)); }
	;

return_stmt
	: "return"                    { $$ = ast_node(ps, NODE_RETURN, $1.pos); }
	| "return" expr_list          { $$ = ast_node(ps, NODE_RETURN, $1.pos); $$->u.ret.results = $2; }
	;

branch_stmt
	: "break"                     { $$ = ast_branch(ps, &$1, NULL); }
	| "break" name                { $$ = ast_branch(ps, &$1, $2); }
	| "continue"                  { $$ = ast_branch(ps, &$1, NULL); }
	| "continue" name             { $$ = ast_branch(ps, &$1, $2); }
	| "goto" name                 { $$ = ast_branch(ps, &$1, $2); }
	| "fallthrough"               { $$ = ast_branch(ps, &$1, NULL); }
	;

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
if_stmt
	: "if" if_header block else_part
		{ $$ = $2; $$->pos = $1.pos; $$->u.if_stmt.then = $3; $$->u.if_stmt.els = $4; }
	;

if_header
	: init_nb                     { $$ = ast_if_header(ps, NULL, $1, NULL); ps->header_done = 1; }
	| init_nb ";" osimple_nb      { $$ = ast_if_header(ps, $1, $3, &$2); ps->header_done = 1; }
	;

else_part
	: %empty                      { $$ = NULL; }
	| "else" if_stmt              { $$ = $2; }
	| "else" block                { $$ = $2; }
	;

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
for_stmt
	: "for" for_header block      { $$ = ast_for_stmt(ps, &$1, $2, $3); }
	;

for_header
	: init_nb                     { $$ = ast_for_header(ps, NULL, $1, NULL); ps->header_done = 1; }
	| init_nb ";" osimple_nb ";" osimple_nb
		{ $$ = ast_for_header(ps, $1, $3, $5); ps->header_done = 1; }
	| range_clause                { ps->header_done = 1; }
	;

/* RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression . */
range_clause
	: "range" expr_nb             { $$ = ast_range_clause(ps, (NodeList){0}, 0, &$1, $2); }
	| expr_list_nb "=" "range" expr_nb
		{ $$ = ast_range_clause(ps, $1, TOK_ASSIGN, &$3, $4); }
	| expr_list_nb ":=" "range" expr_nb
		{ $$ = ast_range_clause(ps, $1, TOK_DEFINE, &$3, $4); }
	;

/* SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .  Both start the same
 * way; switch_stmt() looks for the x.(type) guard to tell them apart. */
switch_stmt
	: "switch" switch_header "{" case_clauses "}"
		{ $$ = ast_switch_stmt(ps, &$1, $2->u.if_stmt.init, $2->u.if_stmt.cond, $4, &$5); }
	;

/* The two statements of the header, carried in a scratch IF node. */
switch_header
	: init_nb
		{ $$ = ast_node(ps, NODE_IF, @$); $$->u.if_stmt.cond = $1; ps->header_done = 1; }
	| init_nb ";" osimple_nb
		{ $$ = ast_node(ps, NODE_IF, @$); $$->u.if_stmt.init = $1; $$->u.if_stmt.cond = $3;
		  ps->header_done = 1; }
	;

case_clauses
	: %empty                      { $$ = (NodeList){0}; }
	| case_clauses case_clause    { $$ = $1; VEC_PUSH(ps->arena, $$, $2); }
	;

case_clause
	: "case" case_list ":" stmt_list
		{ $$ = ast_case_clause(ps, &$1, $2, 0, &$3, $4); }
	| "default" ":" stmt_list
		{ $$ = ast_case_clause(ps, &$1, (NodeList){0}, 1, &$2, $3); }
	| "case" error ":" stmt_list
		{ $$ = ast_case_clause(ps, &$1, (NodeList){0}, 0, &$3, $4); }
	;

/* Expressions, or types in a type switch (func types included). */
case_list
	: arg                         { $$ = ast_list1(ps, $1); }
	| case_list "," arg           { $$ = $1; VEC_PUSH(ps->arena, $$, $3); }
	;

/* SelectStmt = "select" "{" { CommClause } "}" . */
select_stmt
	: "select" "{" comm_clauses "}"
		{ $$ = ast_node(ps, NODE_SELECT, $1.pos); $$->u.select.clauses = $3; $$->u.select.rbrace = $4.pos; }
	;

comm_clauses
	: %empty                      { $$ = (NodeList){0}; }
	| comm_clauses comm_clause    { $$ = $1; VEC_PUSH(ps->arena, $$, $2); }
	;

comm_clause
	: "case" simple_stmt ":" stmt_list
		{ $$ = ast_comm_clause(ps, &$1, $2, &$3, $4); }
	| "default" ":" stmt_list
		{ $$ = ast_comm_clause(ps, &$1, NULL, &$2, $3); }
	| "case" error ":" stmt_list
		/* an error in the case itself: resume at its colon */
		{ $$ = ast_comm_clause(ps, &$1, NULL, &$3, $4); }
	;

%%

/* ---- the lexer bridge, the error hook and the entry point ------------ */

/* What token `kind` does to the bracket stack and the open header.
 * Applied one token late (see yylex), so that at a syntax error the
 * stack describes what was open before the offending token. */
static void track_brackets(Parser *ps, int kind, int prev, int prev2)
{
	Bracket b;
	switch (kind) {
	case TOK_LPAREN:
		if (prev == TOK_FUNC || (prev == TOK_IDENT && prev2 == TOK_FUNC) ||
		    (prev == TOK_IDENT && prev2 == TOK_RPAREN && ps->last_closed == BR_PARAMS) ||
		    (prev == TOK_RPAREN && ps->last_closed == BR_PARAMS))
			b = BR_PARAMS;
		else if (prev == TOK_IDENT || prev == TOK_LITERAL || prev == TOK_RPAREN ||
		         prev == TOK_RBRACK || prev == TOK_RBRACE)
			b = BR_ARGS;
		else if (prev == TOK_VAR || prev == TOK_CONST || prev == TOK_TYPE || prev == TOK_IMPORT) {
			b = BR_GROUP;
			ps->group_kw = prev;
		}
		else
			b = BR_PAREN;
		VEC_PUSH(ps->arena, ps->brackets, b);
		break;
	case TOK_LBRACK:
		VEC_PUSH(ps->arena, ps->brackets, BR_BRACK);
		break;
	case TOK_LBRACE:
		b = prev == TOK_STRUCT ? BR_STRUCT : prev == TOK_INTERFACE ? BR_IFACE : BR_BRACE;
		/* The grammar reduced the header (an action ran, maybe early,
		 * as Bison's default reductions do): this { opens the block. */
		if (ps->header_kw && ps->header_done && ps->brackets.len == ps->header_depth)
			ps->header_kw = 0;
		VEC_PUSH(ps->arena, ps->brackets, b);
		break;
	case TOK_RPAREN: case TOK_RBRACK: case TOK_RBRACE:
		if (ps->brackets.len) {
			Bracket top = ps->brackets.items[ps->brackets.len - 1];
			int brace = top == BR_BRACE || top == BR_STRUCT || top == BR_IFACE;
			int paren = top == BR_PAREN || top == BR_ARGS || top == BR_PARAMS ||
			            top == BR_GROUP;
			/* a stray closer does not close the wrong bracket */
			if ((kind == TOK_RBRACE && !brace) || (kind == TOK_RPAREN && !paren) ||
			    (kind == TOK_RBRACK && top != BR_BRACK))
				break;
			ps->last_closed = top;
			ps->brackets.len--;
			if (ps->header_kw && ps->brackets.len < ps->header_depth)
				ps->header_kw = 0;
		}
		break;
	case TOK_IF: case TOK_FOR: case TOK_SWITCH:
		/* A header is open until the grammar reduces it (the { of a
		 * literal inside it does not end it). */
		ps->header_kw = kind;
		ps->header_depth = ps->brackets.len;
		ps->header_semis = 0;
		ps->header_range = 0;
		ps->header_done = 0;
		break;
	case TOK_SEMI:
		if (ps->header_kw && ps->brackets.len == ps->header_depth)
			ps->header_semis++;
		break;
	case TOK_RANGE:
		if (ps->header_kw && ps->brackets.len == ps->header_depth)
			ps->header_range = 1;
		break;
	case TOK_VAR: case TOK_CONST: case TOK_TYPE: case TOK_IMPORT: case TOK_FUNC:
		if (ps->brackets.len == 0)
			ps->last_decl_kw = kind;
		if (kind == TOK_FUNC && ps->brackets.len == 0)
			ps->recv_count = -1;
		break;
	}
}

static int can_end_statement(int kind)
{
	switch (kind) {
	case TOK_IDENT: case TOK_LITERAL: case TOK_RPAREN: case TOK_RBRACK:
	case TOK_RBRACE: case TOK_INC: case TOK_DEC: case TOK_BREAK:
	case TOK_CONTINUE: case TOK_FALLTHROUGH: case TOK_RETURN:
		return 1;
	}
	return 0;
}

/* Reads the next token for Bison and keeps the context that error
 * messages need: the two previous tokens and the open brackets.
 *
 * After some syntax errors gc's parser leaves the current block (see
 * parse_error.c); the error reporter then asks, through inject_rbrace,
 * for one `}` to be handed to Bison in place of the next token read,
 * which ends the block the same way. */
static int yylex(YYSTYPE *lval, Pos *lloc, Parser *ps)
{
	track_brackets(ps, ps->cur.kind, ps->prev.kind, ps->prev2.kind);
	ps->prev3 = ps->prev2;
	ps->prev2 = ps->prev;
	ps->prev = ps->cur;
	int kind;
	if (ps->inject_body) {
		/* re-issue the { that Bison just dropped; no bracket effect */
		ps->inject_body = 0;
		lval->tok = ps->cur;
		lval->tok.kind = kind = TOK_RECOVERED_BODY;
		VEC_PUSH(ps->arena, ps->brackets, BR_BRACE);
		ps->header_kw = 0;
	} else if (ps->inject_rbrace) {
		ps->inject_rbrace = 0;
		memset(&lval->tok, 0, sizeof lval->tok);
		lval->tok.kind = kind = TOK_RBRACE;
		lval->tok.pos = ps->cur.pos;
		lval->tok.text = "}";
	} else {
		kind = lex_next(ps->lx, &lval->tok);
		if (kind == TOK_LBRACE && ps->body_after_error &&
		    ps->brackets.len == ps->header_depth) {
			/* the block of a header that had an error: see stmt */
			ps->body_after_error = 0;
			kind = lval->tok.kind = TOK_RECOVERED_BODY;
			VEC_PUSH(ps->arena, ps->brackets, BR_BRACE);
			ps->header_kw = 0;
		}
	}
	/* Go spec: Statements.  The ';' after the last statement of a list
	 * may be left out only before `}`, so `x++ case 2:` is an error (the
	 * grammar, which ends a case body at the next `case`, would let it
	 * through).  So a case right after a token that can end a statement
	 * is reported here; any other misplaced case is the grammar's. */
	if ((kind == TOK_CASE || kind == TOK_DEFAULT) && ps->prev.kind != TOK_EOF &&
	    can_end_statement(ps->cur.kind))
		diag_error(ps->diag, lval->tok.pos, "syntax error: unexpected %s at end of statement",
		           lex_token_name(kind));
	ps->cur = lval->tok;
	*lloc = lval->tok.pos;
	ps->lookahead_pos = lval->tok.pos;
	return kind;
}

/* Bison's symbol numbers are not the token codes; this maps back. */
static int symbol_to_token(yysymbol_kind_t sym)
{
	static int table[YYNTOKENS];
	static int ready;
	if (!ready) {
		for (int t = 0; t <= YYMAXUTOK; t++) {
			yysymbol_kind_t s = YYTRANSLATE(t);
			if (s >= 0 && s < YYNTOKENS && s != YYSYMBOL_YYUNDEF)
				table[s] = t;
		}
		ready = 1;
	}
	return sym >= 0 && sym < YYNTOKENS ? table[sym] : -1;
}

/* Called by Bison (parse.error custom) at a syntax error.  With LAC on,
 * the expected tokens are exactly those the parser could have shifted
 * here, which is what parse_error.c needs to find gc's words. */
static int yyreport_syntax_error(const yypcontext_t *ctx, Parser *ps)
{
	yysymbol_kind_t syms[YYNTOKENS];
	int n = yypcontext_expected_tokens(ctx, syms, YYNTOKENS);
	int expected[YYNTOKENS];
	int m = 0;
	for (int i = 0; i < n; i++) {
		int t = symbol_to_token(syms[i]);
		if (t >= 0)
			expected[m++] = t;
	}
	parse_syntax_error(ps, &ps->cur, expected, m);
	return 0;
}

static void yyerror(Pos *loc, Parser *ps, const char *msg)
{
	/* Only reached for "memory exhausted": syntax errors go through
	 * yyreport_syntax_error. */
	diag_error(ps->diag, *loc, "%s", msg);
}

Node *parse_file(Arena *arena, Interner *names, Diag *d, int file)
{
	Parser ps = {0};
	ps.arena = arena;
	ps.names = names;
	ps.diag = d;
	ps.file = file;
	ps.lx = lex_open(arena, names, d, file);
	ps.file_node = ast_new(arena, NODE_FILE, (Pos){file, 1, 1});
	ps.file_node->u.file.source = file;
	ps.cur.kind = TOK_SEMI;
	int before = diag_count(d);
	ps.errors_before = before;
	yyparse(&ps);
	lex_close(ps.lx);
	/* As gc does, labels and branches, and the checks gc leaves to its
	 * type checker, are looked at only in a file that parsed cleanly. */
	if (diag_count(d) == before) {
		for (int i = 0; i < ps.deferred.len; i++)
			diag_error(d, ps.deferred.items[i].pos, "%s", ps.deferred.items[i].msg);
		parse_check_branches(d, arena, ps.file_node);
	}
	return ps.file_node;
}
