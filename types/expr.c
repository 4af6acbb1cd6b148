/* expr.c — expressions: names, literals, operators, type assertions, and
 * untyped constants; the dispatch to index.c (a[i], a[i:j], T{...}),
 * selector.c (x.f) and call.c (f(x)).
 *
 * Each check fills an Operand (what the expression denotes, its type, its
 * constant value) and records it on the node.  The order of checks and
 * the wording of each message follow types2's expr.go and index.go, with
 * gc's "compiler error messages" variants.
 *
 * Untyped constants, worked through:
 *
 *     var b byte = 1 << 3 + 2
 *
 *     1 << 3        untyped int constant 8    (exact arithmetic, const.c)
 *     ... + 2       untyped int constant 10
 *     = into byte   convert_untyped: 10 is representable in byte, so the
 *                   expression gets type byte (the root only: constant
 *                   subexpressions keep their untyped types; SSA uses the
 *                   root's value)
 *
 * and with 1 << 10 instead the same step says
 *     cannot use 1 << 10 + 2 (untyped int constant 1026) as byte value in
 *     variable declaration (overflows)
 *
 * A non-constant untyped expression (a comparison x < y is untyped bool)
 * is typed the same way, by update_expr_type walking down the operands.
 */
#include <string.h>

#include "check.h"

static void expr_internal(Types *t, Operand *x, Node *e, Type *hint);


/* The variable a field or array element belongs to: x.f of a struct
 * value, a[i] of an array value; a pointer or a slice in between means
 * the address is in another object, not in the variable. */
static Node *var_root(Node *e);

void check_addr_taken(Node *e)
{
	e = var_root(e);
	if (e->kind == NODE_NAME && AST(e, name).obj)
		AST(e, name).obj->addr_taken = 1;
}

void check_reassigned(Node *e)
{
	e = var_root(e);
	if (e->kind == NODE_NAME && AST(e, name).obj && AST(e, name).obj->kind == OBJ_VAR)
		AST(e, name).obj->reassigned = 1;
}

static Node *var_root(Node *e)
{
	for (;;) {
		if (e->kind == NODE_PAREN) {
			e = AST(e, paren).x;
		} else if (e->kind == NODE_SELECTOR && AST(e, selector).info &&
		           AST(e, selector).info->kind == SEL_FIELD && AST(e, selector).x->type &&
		           types_underlying(AST(e, selector).x->type)->kind == TYPE_STRUCT) {
			e = AST(e, selector).x;
		} else if (e->kind == NODE_INDEX && AST(e, index).x->type &&
		           types_underlying(AST(e, index).x->type)->kind == TYPE_ARRAY) {
			e = AST(e, index).x;
		} else {
			break;
		}
	}
	return e;
}

/* ---- recording ---------------------------------------------------------- */

void record_operand(Types *t, Operand *x)
{
	(void)t;
	Node *e = x->expr;
	if (!e)
		return;
	e->mode = x->mode;
	e->type = x->mode == MODE_INVALID ? types_invalid : x->type;
	e->val = x->mode == MODE_CONSTANT ? x->val : NULL;
}

/* ---- untyped conversion ----------------------------------------------------- */

/* Go spec: Representability.  Can constant v be a value of basic type T? */
int representable(Types *t, ConstVal *v, Type *T, ConstVal **rounded)
{
	(void)t;
	(void)rounded;
	Type *u = types_underlying(T);
	if (!v || v->kind == CONST_UNKNOWN)
		return 1;
	if (types_is_integer(u)) {
		if (v->kind != CONST_INT)
			return 0;
		switch (u->kind) {
		case TYPE_UNTYPED_INT: case TYPE_UNTYPED_RUNE:
			return 1;
		default:
			return const_fits(v, types_basic_bits(u), !types_is_unsigned(u));
		}
	}
	if (types_is_string(u))
		return v->kind == CONST_STRING;
	if (types_is_boolean(u))
		return v->kind == CONST_BOOL;
	return 0;
}

enum { CONV_OK, CONV_OVERFLOW, CONV_INVALID };

/* types2's implicitTypeAndValue: the type an untyped x takes in a context
 * of type target.  Returns CONV_ and sets *out. */
static int implicit_type(Types *t, Operand *x, Type *target, Type **out)
{
	*out = x->type;
	if (x->mode == MODE_INVALID || !types_is_untyped(x->type) || target->kind == TYPE_INVALID)
		return CONV_OK;
	if (types_is_untyped(target)) {
		TypeKind xk = x->type->kind, tk = target->kind;
		int xn = xk == TYPE_UNTYPED_INT || xk == TYPE_UNTYPED_RUNE;
		int tn = tk == TYPE_UNTYPED_INT || tk == TYPE_UNTYPED_RUNE;
		if (xn && tn) {
			if (xk < tk)
				*out = target;
			return CONV_OK;
		}
		if (xk != tk)
			return CONV_INVALID;
		return CONV_OK;
	}
	if (x->type->kind == TYPE_UNTYPED_NIL) {
		if (types_has_nil(target)) {
			*out = target;
			return CONV_OK;
		}
		return CONV_INVALID;
	}
	Type *u = types_underlying(target);
	if (u->kind < TYPE_NAMED) {
		if (x->mode == MODE_CONSTANT) {
			int ok_kind = (types_is_integer(x->type) && types_is_integer(u)) ||
			              (types_is_string(x->type) && types_is_string(u)) ||
			              (types_is_boolean(x->type) && types_is_boolean(u));
			if (!representable(t, x->val, u, NULL))
				return ok_kind ? CONV_OVERFLOW : CONV_INVALID;
			*out = target;
			return CONV_OK;
		}
		switch (x->type->kind) {
		case TYPE_UNTYPED_BOOL:
			if (!types_is_boolean(target))
				return CONV_INVALID;
			break;
		case TYPE_UNTYPED_INT: case TYPE_UNTYPED_RUNE:
			if (!types_is_numeric(target))
				return CONV_INVALID;
			break;
		case TYPE_UNTYPED_STRING:
			if (!types_is_string(target))
				return CONV_INVALID;
			break;
		default:
			return CONV_INVALID;
		}
		*out = target;
		return CONV_OK;
	}
	if (u->kind == TYPE_INTERFACE) {
		if (types_iface_methods(t, u)->len != 0)
			return CONV_INVALID;
		*out = types_default(x->type);
		return CONV_OK;
	}
	return CONV_INVALID;
}

/* Records the final type T on the untyped expression e and its untyped,
 * non-constant operands (types2's updateExprType). */
void update_expr_type(Types *t, Node *e, Type *T, int final)
{
	(void)final;
	if (!e || !e->type || !types_is_untyped(e->type))
		return;
	if (e->val && !types_is_untyped(T) && types_underlying(T)->kind < TYPE_NAMED &&
	    types_underlying(T)->kind != TYPE_INVALID &&
	    !representable(t, e->val, T, NULL)) {
		/* -1 << n into a uint8: the -1 must be a uint8 (types2's
		 * updateExprType converts each constant operand it reaches) */
		Operand c = {MODE_CONSTANT, e, e->type, e->val, 0};
		convert_untyped(t, &c, T);
		return;
	}
	switch (e->kind) {
	case NODE_PAREN:
		update_expr_type(t, AST(e, paren).x, T, final);
		break;
	case NODE_UNARY:
		if (!e->val)
			update_expr_type(t, AST(e, unary).x, T, final);
		break;
	case NODE_BINARY: {
		int op = AST(e, binary).op;
		if (e->val)
			break;
		if (op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ ||
		    op == TOK_GTR || op == TOK_GEQ)
			break;   /* the operands were typed by the comparison */
		if (op == TOK_SHL || op == TOK_SHR) {
			update_expr_type(t, AST(e, binary).x, T, final);
			if (!types_is_integer(T) && !types_is_untyped(T)) {
				check_error_at(t, AST(e, binary).x,
				               "invalid operation: shifted operand %s (type %s) must be integer",
				               expr_str(t, AST(e, binary).x), type_str(t, T));
			}
			break;
		}
		update_expr_type(t, AST(e, binary).x, T, final);
		update_expr_type(t, AST(e, binary).y, T, final);
		break;
	}
	default:
		break;
	}
	e->type = T;
}

void convert_untyped(Types *t, Operand *x, Type *target)
{
	Type *nt;
	int code = implicit_type(t, x, target, &nt);
	if (code != CONV_OK) {
		Type *u = types_underlying(target);
		if (code == CONV_OVERFLOW)
			check_error_at(t, x->expr, "%s overflows %s", operand_string(t, x), type_str(t, u));
		else
			check_error_at(t, x->expr, "cannot convert %s to %s", operand_string(t, x),
			               type_str(t, u));
		invalidate(x);
		return;
	}
	if (nt != x->type) {
		x->type = nt;
		update_expr_type(t, x->expr, nt, 0);
		record_operand(t, x);
	}
}

/* ---- assignability (Go spec: Assignability) --------------------------------- */

int assignable_to(Types *t, Operand *x, Type *T, const char **reason)
{
	*reason = NULL;
	Type *V = x->type;
	if (x->mode == MODE_INVALID || !V || !T || V->kind == TYPE_INVALID || T->kind == TYPE_INVALID)
		return 1;
	if (types_identical(V, T))
		return 1;
	Type *Vu = types_underlying(V), *Tu = types_underlying(T);
	if (types_is_untyped(V)) {
		if (Tu->kind < TYPE_NAMED) {
			if (V->kind == TYPE_UNTYPED_NIL)
				return Tu->kind == TYPE_UNSAFE_POINTER;
			Type *nt;
			return implicit_type(t, x, T, &nt) == CONV_OK;
		}
		if (V->kind == TYPE_UNTYPED_NIL)
			return types_has_nil(T);
		if (Tu->kind == TYPE_INTERFACE)
			return types_iface_methods(t, Tu)->len == 0;
		return 0;
	}
	/* identical underlying types and one of them not named */
	if (types_identical(Vu, Tu) && (V->kind != TYPE_NAMED || T->kind != TYPE_NAMED) &&
	    Vu->kind >= TYPE_NAMED)
		return 1;
	if (Tu->kind == TYPE_INTERFACE) {
		const char *err = types_implements_error(t, V, T);
		if (!err)
			return 1;
		*reason = err;
		return 0;
	}
	if (Vu->kind == TYPE_INTERFACE && Tu->kind != TYPE_INTERFACE) {
		if (!types_implements_error(t, T, V))
			*reason = arena_sprintf(t->arena, "need type assertion");
		return 0;
	}
	/* a bidirectional channel to a directional one of the same element */
	if (Vu->kind == TYPE_CHAN && Vu->u.chan.dir == CHAN_BOTH && Tu->kind == TYPE_CHAN &&
	    types_identical(Vu->u.chan.elem, Tu->u.chan.elem))
		return V->kind != TYPE_NAMED || T->kind != TYPE_NAMED;
	return 0;
}

/* types2's assignment(): x into a place of type T (NULL: a blank or an
 * untyped context, where x gets its default type). */
int check_assignable(Types *t, Operand *x, Type *T, const char *context)
{
	if (x->mode == MODE_INVALID)
		return 0;
	switch (x->mode) {
	case MODE_CONSTANT: case MODE_VARIABLE: case MODE_MAPINDEX: case MODE_VALUE:
	case MODE_COMMAOK:
		break;
	default:
		check_error_at(t, x->expr, "cannot assign %s to %s in %s", operand_string(t, x),
		               T ? type_str(t, T) : "_", context);
		invalidate(x);
		return 0;
	}
	if (types_is_untyped(x->type)) {
		Type *target = T;
		if (x->type->kind == TYPE_UNTYPED_NIL) {
			if (!T) {
				check_error_at(t, x->expr, "use of untyped nil in %s", context);
				invalidate(x);
				return 0;
			}
		} else if (!T || types_is_interface(T)) {
			target = types_default(x->type);
		}
		Type *nt;
		int code = implicit_type(t, x, target, &nt);
		if (code != CONV_OK) {
			check_error_at(t, x->expr, "cannot use %s as %s value in %s%s", operand_string(t, x),
			               type_str(t, target), context,
			               code == CONV_OVERFLOW ? " (overflows)" : "");
			invalidate(x);
			return 0;
		}
		if (nt != x->type) {
			x->type = nt;
			update_expr_type(t, x->expr, nt, 0);
			record_operand(t, x);
		}
	}
	if (!T)
		return 1;
	const char *reason;
	if (!assignable_to(t, x, T, &reason)) {
		if (reason)
			check_error_at(t, x->expr, "cannot use %s as type %s in %s:\n\t%s",
			               operand_string(t, x), type_str(t, T), context, reason);
		else
			check_error_at(t, x->expr, "cannot use %s as type %s in %s",
			               operand_string(t, x), type_str(t, T), context);
		invalidate(x);
		return 0;
	}
	return 1;
}

void check_representable(Types *t, Operand *x, Type *T)
{
	if (!representable(t, x->val, T, NULL)) {
		int num = types_is_integer(x->type) && types_is_integer(T);
		if (num)
			check_error_at(t, x->expr, "%s overflows %s", operand_string(t, x), type_str(t, T));
		else
			check_error_at(t, x->expr, "cannot convert %s to %s", operand_string(t, x),
			               type_str(t, T));
		invalidate(x);
	}
}

/* types2's overflow(): a typed constant must fit its type after every
 * operation; an untyped one must stay within 512 bits. */
static void overflow(Types *t, Operand *x, Node *e)
{
	if (!x->val || x->val->kind == CONST_UNKNOWN)
		return;
	if (!types_is_untyped(x->type)) {
		Type *u = types_underlying(x->type);
		if (!representable(t, x->val, u, NULL)) {
			/* "x * 2 (constant 200 of type int8) overflows int8" */
			check_error_at(t, e, "%s overflows %s", operand_string(t, x), type_str(t, u));
			invalidate(x);
		}
		return;
	}
}

static const char *op_name(Node *e)
{
	if (e && e->kind == NODE_BINARY) {
		switch (AST(e, binary).op) {
		case TOK_ADD: return "addition";
		case TOK_SUB: return "subtraction";
		case TOK_XOR: return "bitwise XOR";
		case TOK_STAR: return "multiplication";
		case TOK_SHL: return "shift";
		}
	}
	return NULL;
}

static void const_overflow(Types *t, Operand *x, Node *e)
{
	const char *name = op_name(e);
	Pos p = e->kind == NODE_BINARY || e->kind == NODE_UNARY ? e->pos : ast_start_pos(e);
	if (name)
		check_error(t, p, "constant %s overflow", name);
	else
		check_error(t, p, "constant overflow");
	x->val = const_unknown(t->arena);
}

/* ---- names -------------------------------------------------------------- */

void check_add_dep(Types *t, Object *o)
{
	Object *d = t->decl_obj;
	if (!d || !o->env || o->pkg != d->pkg)
		return;
	if (o->kind != OBJ_CONST && o->kind != OBJ_VAR && o->kind != OBJ_FUNC)
		return;
	for (int i = 0; i < d->deps.len; i++)
		if (d->deps.items[i] == o)
			return;
	VEC_PUSH(t->arena, d->deps, o);
}

static void ident(Types *t, Operand *x, Node *e, int want_type)
{
	const char *name = AST(e, name).name;
	x->mode = MODE_INVALID;
	x->expr = e;
	x->type = types_invalid;
	if (name == t->n_blank) {
		check_error_at(t, e, "cannot use _ as value or type");
		return;
	}
	Object *obj = scope_lookup(t->scope, name, NULL);
	/* Go spec: Declarations and scope: a local name is in scope only
	 * after its declaration; check_declare enforces it by declaring
	 * late, so a lookup that finds it is legal. */
	if (!obj) {
		check_error_at(t, e, "undefined: %s", name);
		return;
	}
	AST(e, name).obj = obj;
	if (obj->unsupported) {
		check_error_at(t, e, "unsupported: %s", obj->unsupported);
		return;
	}
	if (!obj->type || (obj->kind == OBJ_TYPE && want_type))
		decl_resolve(t, obj);
	if (!obj->type)
		obj->type = types_invalid;
	Type *typ = obj->type;
	switch (obj->kind) {
	case OBJ_PKGNAME:
		check_error_at(t, e, "use of package %s not in selector", obj->name);
		return;
	case OBJ_CONST:
		check_add_dep(t, obj);
		if (typ->kind == TYPE_INVALID)
			return;
		if (obj->name == t->n_iota && !obj->pkg && !obj->env) {
			if (!t->iota) {
				check_error_at(t, e, "cannot use iota outside constant declaration");
				return;
			}
			x->val = t->iota;
		} else {
			x->val = obj->val;
		}
		x->mode = MODE_CONSTANT;
		break;
	case OBJ_TYPE:
		x->mode = MODE_TYPEXPR;
		break;
	case OBJ_VAR:
		if (obj->pkg == t->pkg)
			obj->used = 1;
		if (!obj->is_global && !obj->is_field && obj->func_depth < t->func_depth)
			obj->captured = 1;
		check_add_dep(t, obj);
		if (typ->kind == TYPE_INVALID)
			return;
		x->mode = MODE_VARIABLE;
		/* a closure capturing a variable of an outer function shares it */
		break;
	case OBJ_FUNC:
		check_add_dep(t, obj);
		x->mode = MODE_VALUE;
		break;
	case OBJ_BUILTIN:
		x->builtin = obj->builtin;
		x->mode = MODE_BUILTIN;
		break;
	case OBJ_NIL:
		x->mode = MODE_VALUE;
		break;
	default:
		return;
	}
	x->type = typ;
}

/* ---- literals ------------------------------------------------------------ */

static void basic_lit(Types *t, Operand *x, Node *e)
{
	x->expr = e;
	if (AST(e, lit).bad) {   /* the lexer has said what is wrong with it */
		invalidate(x);
		return;
	}
	switch (AST(e, lit).kind) {
	case LIT_INT: {
		ConstVal *v = const_parse_int(t->arena, AST(e, lit).text);
		if (!v) {
			check_error_at(t, e, "constant overflow");
			invalidate(x);
			return;
		}
		x->mode = MODE_CONSTANT;
		x->type = types_basic[TYPE_UNTYPED_INT];
		x->val = v;
		return;
	}
	case LIT_RUNE:
		x->mode = MODE_CONSTANT;
		x->type = types_basic[TYPE_UNTYPED_RUNE];
		x->val = const_int64(t->arena, AST(e, lit).rune);
		return;
	case LIT_STRING:
		x->mode = MODE_CONSTANT;
		x->type = types_basic[TYPE_UNTYPED_STRING];
		x->val = const_string(t->arena, AST(e, lit).str, AST(e, lit).len);
		return;
	case LIT_FLOAT:
		check_error_at(t, e, "unsupported: floating-point constant %s (gosub has no "
		               "floating-point numbers)", AST(e, lit).text);
		invalidate(x);
		return;
	case LIT_IMAG:
		check_error_at(t, e, "unsupported: complex numbers (imaginary constant %s)",
		               AST(e, lit).text);
		invalidate(x);
		return;
	}
}

/* ---- unary and binary operators ----------------------------------------------- */

static int is_comparison(int op)
{
	return op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ ||
	       op == TOK_GTR || op == TOK_GEQ;
}

static const char *kind_string(Types *t, Type *T)
{
	switch (types_underlying(T)->kind) {
	case TYPE_ARRAY: return "array";
	case TYPE_SLICE: return "slice";
	case TYPE_STRUCT: return "struct";
	case TYPE_POINTER: return "pointer";
	case TYPE_FUNC: return "func";
	case TYPE_INTERFACE: return "interface";
	case TYPE_MAP: return "map";
	case TYPE_CHAN: return "chan";
	default: return type_str(t, T);
	}
}

static const char *incomparable_cause(Types *t, Type *T)
{
	Type *u = types_underlying(T);
	switch (u->kind) {
	case TYPE_SLICE: case TYPE_FUNC: case TYPE_MAP:
		return arena_sprintf(t->arena, "%s can only be compared to nil", kind_string(t, T));
	case TYPE_STRUCT:
		for (int i = 0; i < u->u.strct.fields.len; i++) {
			Object *f = u->u.strct.fields.items[i].obj;
			if (!types_comparable(f->type))
				return arena_sprintf(t->arena, "struct containing %s cannot be compared",
				                     type_str(t, f->type));
		}
		break;
	case TYPE_ARRAY:
		return arena_sprintf(t->arena, "%s cannot be compared", type_str(t, T));
	default:
		break;
	}
	return "";
}

/* The predeclared nil, even after it took the type of the other
 * operand (f == nil converts nil to f's type first). */
static int is_nil(Operand *x)
{
	if (x->mode != MODE_VALUE)
		return 0;
	if (x->type && x->type->kind == TYPE_UNTYPED_NIL)
		return 1;
	Node *e = x->expr;
	e = ast_unparen(e);
	return e && e->kind == NODE_NAME && AST(e, name).obj && AST(e, name).obj->kind == OBJ_NIL;
}

static int ordered(Type *T)
{
	return types_is_integer(T) || types_is_string(T);
}

static void comparison(Types *t, Operand *x, Operand *y, int op, Node *e, int switch_case)
{
	Operand *err_op = x;
	const char *cause = "";
	const char *reason;
	int ok = assignable_to(t, x, y->type, &reason) || assignable_to(t, y, x->type, &reason);
	if (!ok) {
		err_op = y;
		cause = arena_sprintf(t->arena, "mismatched types %s and %s", type_str(t, x->type),
		                      type_str(t, y->type));
		goto error;
	}
	if (op == TOK_EQL || op == TOK_NEQ) {
		if (is_nil(x) || is_nil(y)) {
			Type *T = is_nil(x) ? y->type : x->type;
			if (!types_has_nil(T)) {
				err_op = y;
				goto error;
			}
		} else if (!types_comparable(x->type)) {
			err_op = x;
			cause = incomparable_cause(t, x->type);
			goto error;
		} else if (!types_comparable(y->type)) {
			err_op = y;
			cause = incomparable_cause(t, y->type);
			goto error;
		}
	} else {
		if (!ordered(x->type)) {
			err_op = x;
			goto error;
		}
		if (!ordered(y->type)) {
			err_op = y;
			goto error;
		}
	}
	if (x->mode == MODE_CONSTANT && y->mode == MODE_CONSTANT) {
		x->val = const_bool(t->arena, const_compare(op, x->val, y->val));
	} else {
		x->mode = MODE_VALUE;
		x->val = NULL;
		update_expr_type(t, x->expr, types_default(x->type), 1);
		update_expr_type(t, y->expr, types_default(y->type), 1);
	}
	x->type = types_basic[TYPE_UNTYPED_BOOL];
	return;
error:
	if (!cause[0])
		cause = arena_sprintf(t->arena, "operator %s not defined on %s", lex_token_name(op),
		                      kind_string(t, err_op->type));
	if (switch_case)
		check_error_at(t, x->expr, "invalid case %s in switch on %s (%s)", expr_str(t, x->expr),
		               expr_str(t, y->expr), cause);
	else
		check_error_at(t, err_op->expr, "invalid operation: %s %s %s (%s)", expr_str(t, x->expr),
		               lex_token_name(op), expr_str(t, y->expr), cause);
	(void)e;
	invalidate(x);
}

/* For switch statements: the comparison of a case value with the tag. */
void check_case_comparison(Types *t, Operand *x, Operand *y)
{
	comparison(t, x, y, TOK_EQL, NULL, 1);
}

static void shift(Types *t, Operand *x, Operand *y, Node *e, int op)
{
	int xint = types_is_integer(x->type) ||
	           (types_is_untyped(x->type) && x->mode == MODE_CONSTANT && x->val->kind == CONST_INT);
	if (!xint) {
		check_error_at(t, x->expr, "invalid operation: shifted operand %s must be integer",
		               operand_string(t, x));
		invalidate(x);
		return;
	}
	if (y->mode == MODE_CONSTANT) {
		if (y->val->kind == CONST_INT && const_sign(y->val) < 0) {
			check_error_at(t, y->expr, "invalid operation: negative shift count %s",
			               operand_string(t, y));
			invalidate(x);
			return;
		}
		if (types_is_untyped(y->type)) {
			check_representable(t, y, types_basic[TYPE_UINT]);
			if (y->mode == MODE_INVALID) {
				invalidate(x);
				return;
			}
		}
	} else if (types_is_integer(y->type) && !types_is_untyped(y->type)) {
		/* fine: signed shift counts are allowed since Go 1.13 */
	} else if (types_is_untyped(y->type)) {
		convert_untyped(t, y, types_basic[TYPE_UINT]);
		if (y->mode == MODE_INVALID) {
			invalidate(x);
			return;
		}
	} else {
		check_error_at(t, y->expr, "invalid operation: shift count %s must be integer",
		               operand_string(t, y));
		invalidate(x);
		return;
	}
	if (y->mode == MODE_CONSTANT && !types_is_integer(y->type)) {
		check_error_at(t, y->expr, "invalid operation: shift count %s must be integer",
		               operand_string(t, y));
		invalidate(x);
		return;
	}
	if (x->mode == MODE_CONSTANT) {
		if (y->mode == MODE_CONSTANT) {
			if (x->val->kind == CONST_UNKNOWN || y->val->kind == CONST_UNKNOWN) {
				x->val = const_unknown(t->arena);
				return;
			}
			int ok = 1;
			uint64_t s = const_to_uint64(y->val, &ok);
			if (!ok || s > 1023 - 1 + 52) {
				check_error_at(t, y->expr, "invalid operation: invalid shift count %s",
				               operand_string(t, y));
				invalidate(x);
				return;
			}
			ConstVal *v = const_shift(t->arena, op, x->val, s);
			x->expr = e;
			if (!v) {
				const_overflow(t, x, e);
				return;
			}
			x->val = v;
			overflow(t, x, e);
			return;
		}
		if (types_is_untyped(x->type)) {
			/* 1 << n: typed by its context, as if the shift were not there */
			x->mode = MODE_VALUE;
			x->val = NULL;
			return;
		}
	}
	if (!types_is_integer(x->type)) {
		check_error_at(t, x->expr, "invalid operation: shifted operand %s must be integer",
		               operand_string(t, x));
		invalidate(x);
		return;
	}
	x->mode = MODE_VALUE;
	x->val = NULL;
}

static int op_defined(int op, Type *T)
{
	switch (op) {
	case TOK_ADD: return types_is_numeric(T) || types_is_string(T);
	case TOK_SUB: case TOK_STAR: case TOK_DIV: return types_is_numeric(T);
	case TOK_REM: case TOK_AND: case TOK_OR: case TOK_XOR: case TOK_AND_NOT:
		return types_is_integer(T);
	case TOK_LAND: case TOK_LOR: return types_is_boolean(T);
	default: return 0;
	}
}

static int can_mix(Operand *x, Operand *y)
{
	if (types_is_interface(x->type) || types_is_interface(y->type))
		return 1;
	if (types_is_boolean(x->type) != types_is_boolean(y->type))
		return 0;
	if (types_is_string(x->type) != types_is_string(y->type))
		return 0;
	if (is_nil(x) && !types_has_nil(y->type))
		return 0;
	if (is_nil(y) && !types_has_nil(x->type))
		return 0;
	return 1;
}

/* The binary operation x op y; e is the whole expression (NULL for an
 * assignment operation x op= y, whose message differs). */
void check_binary(Types *t, Operand *x, Node *e, Node *lhs, Node *rhs, int op)
{
	Operand y = {0};
	check_expr(t, x, lhs);
	check_expr(t, &y, rhs);
	if (x->mode == MODE_INVALID)
		return;
	if (y.mode == MODE_INVALID) {
		invalidate(x);
		x->expr = y.expr;
		return;
	}
	if (op == TOK_SHL || op == TOK_SHR) {
		shift(t, x, &y, e, op);
		return;
	}
	if (can_mix(x, &y)) {
		convert_untyped(t, x, y.type);
		if (x->mode == MODE_INVALID)
			return;
		convert_untyped(t, &y, x->type);
		if (y.mode == MODE_INVALID) {
			invalidate(x);
			return;
		}
	}
	if (is_comparison(op)) {
		comparison(t, x, &y, op, e, 0);
		return;
	}
	if (!types_identical(x->type, y.type)) {
		if (x->type->kind != TYPE_INVALID && y.type->kind != TYPE_INVALID) {
			if (e)
				check_error_at(t, x->expr, "invalid operation: %s (mismatched types %s and %s)",
				               expr_str(t, e), type_str(t, x->type), type_str(t, y.type));
			else
				check_error_at(t, x->expr, "invalid operation: %s %s= %s (mismatched types %s and %s)",
				               expr_str(t, lhs), lex_token_name(op), expr_str(t, rhs),
				               type_str(t, x->type), type_str(t, y.type));
		}
		invalidate(x);
		return;
	}
	if (!op_defined(op, x->type)) {
		check_error_at(t, x->expr, "invalid operation: operator %s not defined on %s",
		               lex_token_name(op), operand_string(t, x));
		invalidate(x);
		return;
	}
	if (op == TOK_DIV || op == TOK_REM) {
		if ((x->mode == MODE_CONSTANT || types_is_integer(x->type)) && y.mode == MODE_CONSTANT &&
		    y.val->kind == CONST_INT && const_sign(y.val) == 0) {
			check_error_at(t, y.expr, "invalid operation: division by zero");
			invalidate(x);
			return;
		}
	}
	if (x->mode == MODE_CONSTANT && y.mode == MODE_CONSTANT) {
		if (x->val->kind == CONST_UNKNOWN || y.val->kind == CONST_UNKNOWN) {
			x->val = const_unknown(t->arena);
			return;
		}
		ConstVal *v = const_binary(t->arena, op, x->val, y.val);
		x->expr = e ? e : x->expr;
		if (!v) {
			const_overflow(t, x, e ? e : lhs);
			return;
		}
		x->val = v;
		overflow(t, x, e ? e : lhs);
		return;
	}
	x->mode = MODE_VALUE;
	x->val = NULL;
}

static void unary(Types *t, Operand *x, Node *e)
{
	int op = AST(e, unary).op;
	Node *xe = AST(e, unary).x;
	if (op == TOK_AND) {
		/* &T{...} is legal though a literal is not addressable */
		Node *inner = xe;
		inner = ast_unparen(inner);
		check_expr_or_type(t, x, xe);
		if (x->mode == MODE_INVALID)
			return;
		if (x->mode == MODE_TYPEXPR) {
			check_error_at(t, xe, "%s is not an expression", expr_str(t, xe));
			invalidate(x);
			return;
		}
		if (x->mode != MODE_VARIABLE && inner->kind != NODE_COMPOSITE_LIT) {
			/* gc's parser drops the parentheses in &(x) */
			x->expr = inner;
			check_error_at(t, inner, "invalid operation: cannot take address of %s",
			               operand_string(t, x));
			invalidate(x);
			return;
		}
		/* the variable lives in memory now: SSA and escape analysis ask */
		check_addr_taken(inner);
		x->mode = MODE_VALUE;
		x->type = types_pointer(t, x->type);
		x->val = NULL;
		return;
	}
	check_expr(t, x, xe);
	if (x->mode == MODE_INVALID)
		return;
	if (op == TOK_ARROW) {
		Type *u = types_underlying(x->type);
		if (u->kind != TYPE_CHAN) {
			check_error_at(t, xe, "invalid operation: cannot receive from non-channel %s",
			               operand_string(t, x));
			invalidate(x);
			return;
		}
		if (u->u.chan.dir == CHAN_SEND) {
			check_error_at(t, xe, "invalid operation: cannot receive from send-only channel %s",
			               operand_string(t, x));
			invalidate(x);
			return;
		}
		x->mode = MODE_COMMAOK;
		x->type = u->u.chan.elem;
		x->val = NULL;
		return;
	}
	if (op == TOK_TILDE) {
		check_error_at(t, e, "cannot use ~ outside of interface or type constraint");
		invalidate(x);
		return;
	}
	int okop = op == TOK_ADD || op == TOK_SUB ? types_is_numeric(x->type) :
	           op == TOK_XOR ? types_is_integer(x->type) :
	           op == TOK_NOT ? types_is_boolean(x->type) : 0;
	if (!okop) {
		check_error_at(t, xe, "invalid operation: operator %s not defined on %s",
		               lex_token_name(op), operand_string(t, x));
		invalidate(x);
		return;
	}
	if (x->mode == MODE_CONSTANT) {
		if (x->val->kind == CONST_UNKNOWN)
			return;
		int bits = 0;
		if (op == TOK_XOR && types_is_unsigned(x->type))
			bits = types_basic_bits(x->type);
		ConstVal *v = const_unary(t->arena, op, x->val, bits);
		x->expr = e;
		if (!v) {
			const_overflow(t, x, e);
			return;
		}
		x->val = v;
		overflow(t, x, e);
		return;
	}
	x->mode = MODE_VALUE;
}

/* ---- type assertions ------------------------------------------------------- */

static void type_assert(Types *t, Operand *x, Node *e)
{
	check_expr(t, x, AST(e, assert).x);
	if (x->mode == MODE_INVALID)
		return;
	if (!AST(e, assert).type) {
		check_error_at(t, e, "invalid AST: use of .(type) outside type switch");
		invalidate(x);
		return;
	}
	if (!types_is_interface(x->type)) {
		check_error_at(t, AST(e, assert).x, "invalid operation: %s is not an interface",
		               operand_string(t, x));
		check_typexpr(t, AST(e, assert).type);
		invalidate(x);
		return;
	}
	Type *T = check_typexpr(t, AST(e, assert).type);
	if (T->kind == TYPE_INVALID) {
		invalidate(x);
		return;
	}
	if (!types_is_interface(T)) {
		Object *alt;
		Object *m = types_missing_method(t, T, x->type, 0, &alt);
		if (m) {
			check_error_at(t, e, "impossible type assertion: %s\n\t%s does not implement %s %s",
			               expr_str(t, e), type_str(t, T), type_str(t, x->type),
			               types_missing_reason(t, T, x->type, m, alt));
			invalidate(x);
			return;
		}
	}
	x->mode = MODE_COMMAOK;
	x->type = T;
	x->val = NULL;
}

/* ---- dispatch -------------------------------------------------------------- */

static void expr_internal(Types *t, Operand *x, Node *e, Type *hint)
{
	x->mode = MODE_INVALID;
	x->type = types_invalid;
	x->val = NULL;
	x->expr = e;
	switch (e->kind) {
	case NODE_BAD:
		return;
	case NODE_NAME:
		ident(t, x, e, 0);
		return;
	case NODE_BASIC_LIT:
		basic_lit(t, x, e);
		return;
	case NODE_COMPOSITE_LIT:
		check_composite(t, x, e, hint);
		return;
	case NODE_FUNC_LIT:
		check_func_lit(t, x, e);
		return;
	case NODE_PAREN:
		check_expr_any(t, x, AST(e, paren).x, hint);
		x->expr = e;
		return;
	case NODE_SELECTOR:
		check_selector(t, x, e);
		return;
	case NODE_INDEX:
		check_index_expr(t, x, e);
		return;
	case NODE_SLICE:
		check_slice_expr(t, x, e);
		return;
	case NODE_TYPE_ASSERT:
		type_assert(t, x, e);
		return;
	case NODE_CALL:
		check_call(t, x, e);
		return;
	case NODE_STAR:
		check_expr_or_type(t, x, AST(e, star).x);
		x->expr = e;
		if (x->mode == MODE_INVALID)
			return;
		if (x->mode == MODE_TYPEXPR) {
			x->type = types_pointer(t, x->type);
			return;
		}
		if (is_nil(x)) {
			check_error_at(t, AST(e, star).x, "invalid operation: cannot indirect nil");
			invalidate(x);
			return;
		}
		{
			Type *u = types_underlying(x->type);
			if (u->kind != TYPE_POINTER) {
				Operand y = *x;
				y.expr = AST(e, star).x;
				check_error_at(t, y.expr, "invalid operation: cannot indirect %s", operand_string(t, &y));
				invalidate(x);
				return;
			}
			x->mode = MODE_VARIABLE;
			x->type = u->u.pointer.elem;
			x->val = NULL;
		}
		return;
	case NODE_UNARY:
		unary(t, x, e);
		x->expr = e;
		return;
	case NODE_BINARY:
		check_binary(t, x, e, AST(e, binary).x, AST(e, binary).y, AST(e, binary).op);
		x->expr = e;
		return;
	case NODE_KEY_VALUE:
		check_error_at(t, e, "unexpected key:value expression");
		return;
	case NODE_ARRAY_TYPE: case NODE_STRUCT_TYPE: case NODE_FUNC_TYPE:
	case NODE_INTERFACE_TYPE: case NODE_MAP_TYPE: case NODE_CHAN_TYPE:
		x->type = check_typexpr(t, e);
		x->mode = x->type->kind == TYPE_INVALID ? MODE_INVALID : MODE_TYPEXPR;
		return;
	case NODE_ELLIPSIS:
		check_error_at(t, e, "invalid use of '...'");
		return;
	default:
		check_error_at(t, e, "%s is not an expression", expr_str(t, e));
		return;
	}
}

void check_expr_any(Types *t, Operand *x, Node *e, Type *hint)
{
	expr_internal(t, x, e, hint);
	x->expr = e;
	record_operand(t, x);
}

static void single_value(Types *t, Operand *x)
{
	if (x->mode == MODE_VALUE && x->type && x->type->kind == TYPE_TUPLE) {
		check_error_at(t, x->expr, "multiple-value %s (value of type %s) in single-value context",
		               expr_str(t, x->expr), type_str(t, x->type));
		invalidate(x);
	}
}

static void exclude_non_values(Types *t, Operand *x)
{
	switch (x->mode) {
	case MODE_INVALID: case MODE_CONSTANT: case MODE_VARIABLE: case MODE_MAPINDEX:
	case MODE_VALUE: case MODE_COMMAOK:
		return;
	case MODE_NOVALUE:
		check_error_at(t, x->expr, "%s (no value) used as value", expr_str(t, x->expr));
		break;
	case MODE_BUILTIN:
		check_error_at(t, x->expr, "%s (built-in) must be called", expr_str(t, x->expr));
		break;
	case MODE_TYPEXPR:
		check_error_at(t, x->expr, "%s (type) is not an expression", expr_str(t, x->expr));
		break;
	default:
		check_error_at(t, x->expr, "%s is not an expression", expr_str(t, x->expr));
		break;
	}
	invalidate(x);
}

void check_expr(Types *t, Operand *x, Node *e)
{
	check_expr_any(t, x, e, NULL);
	exclude_non_values(t, x);
	single_value(t, x);
	record_operand(t, x);
}

void check_expr_hint(Types *t, Operand *x, Node *e, Type *hint)
{
	check_expr_any(t, x, e, hint);
	exclude_non_values(t, x);
	single_value(t, x);
	record_operand(t, x);
}

void check_expr_or_type(Types *t, Operand *x, Node *e)
{
	if (e->kind == NODE_NAME) {
		ident(t, x, e, 1);
		x->expr = e;
		record_operand(t, x);
		return;
	}
	check_expr_any(t, x, e, NULL);
	if (x->mode == MODE_NOVALUE) {
		check_error_at(t, e, "%s (no value) used as value or type", expr_str(t, e));
		invalidate(x);
	}
	single_value(t, x);
}

void check_multi_expr(Types *t, Operand *x, Node *e)
{
	check_expr_any(t, x, e, NULL);
	exclude_non_values(t, x);
	record_operand(t, x);
}
