/* expr.c — expressions: names, literals, operators, selectors, indexing,
 * slicing, type assertions, composite literals; and untyped constants.
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

static void invalidate(Operand *x)
{
	x->mode = MODE_INVALID;
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
			return representable(t, x->val, Tu, NULL) || x->mode != MODE_CONSTANT;
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

static void add_decl_dep(Types *t, Object *o)
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
		add_decl_dep(t, obj);
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
		add_decl_dep(t, obj);
		if (typ->kind == TYPE_INVALID)
			return;
		x->mode = MODE_VARIABLE;
		/* a closure capturing a variable of an outer function shares it */
		break;
	case OBJ_FUNC:
		add_decl_dep(t, obj);
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
	while (e && e->kind == NODE_PAREN)
		e = AST(e, paren).x;
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
		while (inner->kind == NODE_PAREN)
			inner = AST(inner, paren).x;
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
		Node *root = inner;
		if (root->kind == NODE_NAME && AST(root, name).obj)
			AST(root, name).obj->addr_taken = 1;
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

/* ---- index and slice ------------------------------------------------------- */

/* types2's isValidIndex; returns 0 after reporting. */
static int valid_index(Types *t, Operand *x, const char *what, int allow_negative)
{
	if (x->mode == MODE_INVALID)
		return 0;
	convert_untyped(t, x, types_basic[TYPE_INT]);
	if (x->mode == MODE_INVALID)
		return 0;
	if (!types_is_integer(x->type)) {
		check_error_at(t, x->expr, "invalid argument: %s %s must be integer", what,
		               operand_string(t, x));
		return 0;
	}
	if (x->mode == MODE_CONSTANT) {
		if (!allow_negative && const_sign(x->val) < 0) {
			check_error_at(t, x->expr, "invalid argument: %s %s must not be negative", what,
			               operand_string(t, x));
			return 0;
		}
		if (!representable(t, x->val, types_basic[TYPE_INT], NULL)) {
			check_error_at(t, x->expr, "invalid argument: %s %s overflows int", what,
			               operand_string(t, x));
			return 0;
		}
	}
	return 1;
}

/* An index; max is the length when known (arrays, constant strings), or
 * -1.  Returns the constant index, or -1. */
static int64_t index_value(Types *t, Node *e, int64_t max, int *valid)
{
	Operand x = {0};
	check_expr(t, &x, e);
	*valid = 0;
	if (!valid_index(t, &x, "index", 0))
		return -1;
	record_operand(t, &x);
	*valid = 1;
	if (x.mode != MODE_CONSTANT || x.val->kind != CONST_INT)
		return -1;
	int ok = 1;
	int64_t v = const_to_int64(x.val, &ok);
	if (max >= 0 && v >= max) {
		check_error_at(t, e, "invalid argument: index %s out of bounds [0:%lld]",
		               const_string_of(t->arena, x.val, 0), (long long)max);
		*valid = 0;
		return -1;
	}
	return v;
}

static void index_expr(Types *t, Operand *x, Node *e)
{
	check_expr_or_type(t, x, AST(e, index).x);
	if (x->mode == MODE_INVALID) {
		for (int i = 0; i < AST(e, index).indices.len; i++) {
			Operand y = {0};
			check_expr_or_type(t, &y, AST(e, index).indices.items[i]);
		}
		return;
	}
	if (x->mode == MODE_TYPEXPR) {
		check_error_at(t, e, "unsupported: generic type instantiation %s", expr_str(t, e));
		invalidate(x);
		return;
	}
	if (AST(e, index).indices.len != 1) {
		check_error_at(t, AST(e, index).indices.items[1], "invalid operation: more than one index");
	}
	Node *ie = AST(e, index).indices.items[0];
	int valid = 0;
	int64_t length = -1;
	Type *u = types_underlying(x->type);
	switch (u->kind) {
	case TYPE_STRING: case TYPE_UNTYPED_STRING:
		valid = 1;
		if (x->mode == MODE_CONSTANT)
			length = x->val->len;
		x->mode = MODE_VALUE;
		x->type = types_byte;
		break;
	case TYPE_ARRAY:
		valid = 1;
		length = u->u.array.len;
		if (x->mode != MODE_VARIABLE)
			x->mode = MODE_VALUE;
		x->type = u->u.array.elem;
		break;
	case TYPE_POINTER: {
		Type *a = types_underlying(u->u.pointer.elem);
		if (a->kind == TYPE_ARRAY) {
			valid = 1;
			length = a->u.array.len;
			x->mode = MODE_VARIABLE;
			x->type = a->u.array.elem;
		}
		break;
	}
	case TYPE_SLICE:
		valid = 1;
		x->mode = MODE_VARIABLE;
		x->type = u->u.pointer.elem;
		break;
	case TYPE_MAP: {
		Operand k = {0};
		check_expr_hint(t, &k, ie, u->u.map.key);
		check_assignable(t, &k, u->u.map.key, "map index");
		record_operand(t, &k);
		x->mode = MODE_MAPINDEX;
		x->type = u->u.map.elem;
		x->val = NULL;
		x->expr = e;
		return;
	}
	default:
		break;
	}
	if (!valid) {
		check_error(t, e->pos, "invalid operation: cannot index %s", operand_string(t, x));
		Operand y = {0};
		check_expr(t, &y, ie);
		invalidate(x);
		return;
	}
	int ok;
	int64_t v = index_value(t, ie, length, &ok);
	if (!ok) {
		invalidate(x);
		return;
	}
	/* "abc"[1] is not a constant in Go, but a byte value */
	x->val = NULL;
	(void)v;
	x->expr = e;
}

static void slice_expr(Types *t, Operand *x, Node *e)
{
	check_expr(t, x, AST(e, slice).x);
	if (x->mode == MODE_INVALID) {
		Node *ix[3] = {AST(e, slice).lo, AST(e, slice).hi, AST(e, slice).max};
		for (int i = 0; i < 3; i++)
			if (ix[i]) {
				Operand y = {0};
				check_expr(t, &y, ix[i]);
			}
		return;
	}
	int valid = 0;
	int64_t length = -1;
	Type *u = types_underlying(x->type);
	switch (u->kind) {
	case TYPE_STRING: case TYPE_UNTYPED_STRING:
		if (AST(e, slice).three) {
			Node *at = AST(e, slice).max ? AST(e, slice).max : e;
			check_error_at(t, at, "invalid operation: 3-index slice of string");
			invalidate(x);
			return;
		}
		valid = 1;
		if (x->mode == MODE_CONSTANT)
			length = x->val->len;
		if (types_is_untyped(x->type))
			x->type = types_basic[TYPE_STRING];
		break;
	case TYPE_ARRAY:
		valid = 1;
		length = u->u.array.len;
		if (x->mode != MODE_VARIABLE) {
			check_error_at(t, x->expr, "invalid operation: %s (slice of unaddressable value)",
			               operand_string(t, x));
			invalidate(x);
			return;
		}
		x->type = types_slice(t, u->u.array.elem);
		break;
	case TYPE_POINTER: {
		Type *a = types_underlying(u->u.pointer.elem);
		if (a->kind == TYPE_ARRAY) {
			valid = 1;
			length = a->u.array.len;
			x->type = types_slice(t, a->u.array.elem);
		}
		break;
	}
	case TYPE_SLICE:
		valid = 1;
		break;
	default:
		break;
	}
	if (!valid) {
		check_error_at(t, x->expr, "invalid operation: cannot slice %s", operand_string(t, x));
		invalidate(x);
		return;
	}
	x->mode = MODE_VALUE;
	x->val = NULL;
	/* a[i::k] was reported by the parser, as in gc */
	Node *ix[3] = {AST(e, slice).lo, AST(e, slice).hi, AST(e, slice).max};
	int64_t vals[3] = {-1, -1, -1};
	for (int i = 0; i < 3; i++) {
		if (!ix[i])
			continue;
		int64_t max = length >= 0 ? length + 1 : -1;
		int ok;
		vals[i] = index_value(t, ix[i], max, &ok);
	}
	/* constant indices must be in order */
	for (int i = 0; i < 3; i++) {
		if (vals[i] < 0)
			continue;
		for (int j = i + 1; j < 3; j++) {
			if (vals[j] >= 0 && vals[j] < vals[i]) {
				check_error_at(t, ix[j], "invalid slice indices: %lld < %lld",
				               (long long)vals[j], (long long)vals[i]);
				break;
			}
		}
	}
	x->expr = e;
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

/* ---- composite literals (Go spec: Composite literals) --------------------------- */

/* types2's indexedElts: the elements of an array or slice literal, with
 * their explicit indices (Go spec: Composite literals). */
static int64_t indexed_elts(Types *t, NodeList *elts, Type *elem, int64_t length)
{
	VEC(int64_t) seen = {0};
	int64_t index = 0, max = 0;
	for (int i = 0; i < elts->len; i++) {
		Node *e = elts->items[i];
		int valid = 0;
		Node *val = e;
		if (e->kind == NODE_KEY_VALUE) {
			int ok;
			int64_t v = index_value(t, AST(e, key_value).key, length, &ok);
			if (ok) {
				if (v >= 0) {
					index = v;
					valid = 1;
				} else {
					check_error_at(t, e, "index %s must be integer constant",
					               expr_str(t, AST(e, key_value).key));
				}
			}
			val = AST(e, key_value).value;
		} else if (length >= 0 && index >= length) {
			check_error_at(t, e, "index %lld is out of bounds (>= %lld)", (long long)index,
			               (long long)length);
		} else {
			valid = 1;
		}
		if (valid) {
			int dup = 0;
			for (int j = 0; j < seen.len; j++)
				dup |= seen.items[j] == index;
			if (dup)
				check_error_at(t, e, "duplicate index %lld in array or slice literal",
				               (long long)index);
			else
				VEC_PUSH(t->arena, seen, index);
		}
		index++;
		if (index > max)
			max = index;
		Operand x = {0};
		check_expr_hint(t, &x, val, elem);
		check_assignable(t, &x, elem, "array or slice literal");
		record_operand(t, &x);
	}
	return max;
}

void check_composite(Types *t, Operand *x, Node *e, Type *hint)
{
	Node *tn = AST(e, composite).type;
	Type *typ = NULL, *base = NULL;
	if (tn) {
		if (tn->kind == NODE_ARRAY_TYPE && AST(tn, array).len &&
		    AST(tn, array).len->kind == NODE_ELLIPSIS) {
			Type *elem = check_typexpr(t, AST(tn, array).elem);
			typ = types_array(t, elem, -1);
			tn->type = typ;
			tn->mode = MODE_TYPEXPR;
		} else {
			typ = check_typexpr(t, tn);
		}
		base = typ;
	} else if (hint) {
		typ = hint;
		base = typ;
		Type *hu = types_underlying(typ);
		if (hu->kind == TYPE_POINTER)   /* *T in [](*T){{...}} means &T{...} */
			base = hu->u.pointer.elem;
	} else {
		check_error_at(t, e, "invalid composite literal type: missing type");
		invalidate(x);
		return;
	}
	x->expr = e;
	if (base->kind == TYPE_NAMED && !base->u.named.underlying) {
		/* type T [len(T{})]int: T is still being defined */
		check_error_at(t, e, "illegal cycle in type declaration");
		invalidate(x);
		return;
	}
	Type *u = types_underlying(base);
	NodeList *elts = &AST(e, composite).elems;
	switch (u->kind) {
	case TYPE_STRUCT: {
		FieldList *fs = &u->u.strct.fields;
		if (elts->len == 0)
			break;
		if (elts->items[0]->kind == NODE_KEY_VALUE) {
			char *visited = arena_alloc(t->arena, (size_t)fs->len + 1);
			for (int i = 0; i < elts->len; i++) {
				Node *kv = elts->items[i];
				if (kv->kind != NODE_KEY_VALUE) {
					check_error_at(t, kv, "mixture of field:value and value elements in struct literal");
					continue;
				}
				Node *key = AST(kv, key_value).key;
				Operand v = {0};
				Type *ft = NULL;
				int fi = -1;
				if (key->kind == NODE_NAME) {
					for (int j = 0; j < fs->len; j++) {
						Object *f = fs->items[j].obj;
						if (f->name == AST(key, name).name &&
						    (f->pkg == t->pkg || (f->name[0] >= 'A' && f->name[0] <= 'Z')))
							fi = j;
					}
				}
				if (fi >= 0)
					ft = fs->items[fi].obj->type;
				check_expr_hint(t, &v, AST(kv, key_value).value, ft);
				if (key->kind != NODE_NAME) {
					check_error_at(t, kv, "invalid field name %s in struct literal", expr_str(t, key));
					continue;
				}
				if (fi < 0) {
					check_error_at(t, key, "unknown field '%s' in struct literal of type %s",
					               AST(key, name).name, type_str(t, base));
					continue;
				}
				AST(key, name).obj = fs->items[fi].obj;
				key->type = ft;
				check_assignable(t, &v, ft, "struct literal");
				record_operand(t, &v);
				if (visited[fi]) {
					check_error_at(t, kv, "duplicate field name %s in struct literal",
					               AST(key, name).name);
					continue;
				}
				visited[fi] = 1;
			}
		} else {
			for (int i = 0; i < elts->len; i++) {
				Node *el = elts->items[i];
				if (el->kind == NODE_KEY_VALUE) {
					check_error_at(t, el, "mixture of field:value and value elements in struct literal");
					continue;
				}
				Operand v = {0};
				Type *ft = i < fs->len ? fs->items[i].obj->type : NULL;
				check_expr_hint(t, &v, el, ft);
				if (i >= fs->len) {
					check_error_at(t, el, "too many values in %s{…}", type_str(t, base));
					break;
				}
				Object *f = fs->items[i].obj;
				if (!(f->name[0] >= 'A' && f->name[0] <= 'Z') && f->pkg != t->pkg) {
					check_error_at(t, el, "implicit assignment to unexported field %s in %s literal",
					               f->name, type_str(t, typ));
					continue;
				}
				check_assignable(t, &v, ft, "struct literal");
				record_operand(t, &v);
			}
			if (elts->len < fs->len)
				check_error(t, AST(e, composite).rbrace, "too few values in %s{…}",
				            type_str(t, base));
		}
		break;
	}
	case TYPE_ARRAY: {
		int64_t n = indexed_elts(t, elts, u->u.array.elem, u->u.array.len);
		if (u->u.array.len < 0) {
			u->u.array.len = n;
			if (tn)
				tn->type = u;
		}
		break;
	}
	case TYPE_SLICE:
		indexed_elts(t, elts, u->u.pointer.elem, -1);
		break;
	case TYPE_MAP: {
		VEC(ConstVal *) keys = {0};
		for (int i = 0; i < elts->len; i++) {
			Node *kv = elts->items[i];
			if (kv->kind != NODE_KEY_VALUE) {
				check_error_at(t, kv, "missing key in map literal");
				continue;
			}
			Operand k = {0};
			check_expr_hint(t, &k, AST(kv, key_value).key, u->u.map.key);
			check_assignable(t, &k, u->u.map.key, "map literal");
			record_operand(t, &k);
			if (k.mode == MODE_INVALID)
				continue;
			if (k.mode == MODE_CONSTANT && !types_is_interface(u->u.map.key)) {
				int dup = 0;
				for (int j = 0; j < keys.len; j++)
					dup |= const_compare(TOK_EQL, keys.items[j], k.val);
				if (dup) {
					check_error_at(t, AST(kv, key_value).key, "duplicate key %s in map literal",
					               const_string_of(t->arena, k.val, 1));
					continue;
				}
				VEC_PUSH(t->arena, keys, k.val);
			}
			Operand v = {0};
			check_expr_hint(t, &v, AST(kv, key_value).value, u->u.map.elem);
			check_assignable(t, &v, u->u.map.elem, "map literal");
			record_operand(t, &v);
		}
		break;
	}
	default:
		for (int i = 0; i < elts->len; i++) {
			Node *el = elts->items[i];
			if (el->kind == NODE_KEY_VALUE)
				el = AST(el, key_value).value;
			Operand v = {0};
			check_expr_any(t, &v, el, NULL);
		}
		if (u->kind != TYPE_INVALID)
			check_error_at(t, e, "invalid composite literal type %s", type_str(t, typ));
		invalidate(x);
		return;
	}
	x->mode = MODE_VALUE;
	x->type = typ;
	x->val = NULL;
}

/* ---- selectors (Go spec: Selectors, Qualified identifiers) --------------------- */

void check_selector(Types *t, Operand *x, Node *e)
{
	Node *xe = AST(e, selector).x;
	Node *sel = AST(e, selector).sel;
	const char *name = AST(sel, name).name;
	Selection *info = ARENA_NEW(t->arena, Selection);
	AST(e, selector).info = info;
	x->expr = e;
	/* pkg.Name */
	if (xe->kind == NODE_NAME) {
		Object *o = scope_lookup(t->scope, AST(xe, name).name, NULL);
		if (o && o->kind == OBJ_PKGNAME) {
			o->used = 1;
			AST(xe, name).obj = o;
			xe->mode = MODE_PKGNAME;
			Package *p = o->imported;
			if (p->fake) {   /* the import was refused already */
				invalidate(x);
				return;
			}
			Object *m = scope_lookup_local(p->scope, name);
			if (!m || !(name[0] >= 'A' && name[0] <= 'Z')) {
				if (m)
					check_error_at(t, sel, "name %s not exported by package %s", name, p->name);
				else
					check_error_at(t, sel, "undefined: %s.%s", AST(xe, name).name, name);
				invalidate(x);
				return;
			}
			AST(sel, name).obj = m;
			info->kind = SEL_QUALIFIED;
			info->obj = m;
			decl_resolve(t, m);
			x->type = m->type ? m->type : types_invalid;
			switch (m->kind) {
			case OBJ_CONST: x->mode = MODE_CONSTANT; x->val = m->val; break;
			case OBJ_TYPE: x->mode = MODE_TYPEXPR; break;
			case OBJ_VAR: x->mode = MODE_VARIABLE; break;
			case OBJ_FUNC: x->mode = MODE_VALUE; break;
			case OBJ_BUILTIN: x->mode = MODE_BUILTIN; x->builtin = m->builtin; break;
			default: invalidate(x); break;
			}
			return;
		}
	}
	check_expr_or_type(t, x, xe);
	if (x->mode == MODE_INVALID)
		goto fail;
	if (x->mode == MODE_NOVALUE || x->mode == MODE_BUILTIN) {
		check_error_at(t, xe, "%s is not an expression", operand_string(t, x));
		goto fail;
	}
	Type *T = x->type;
	if (T->kind == TYPE_INVALID)
		goto fail;
	if (x->mode == MODE_TYPEXPR) {
		/* a method expression T.m or (*T).m */
		int amb = 0;
		Selection s = {0};
		Object *m = types_lookup(t, T, t->pkg, name, &s, &amb);
		if (!m) {
			check_error_at(t, sel, "%s.%s undefined (type %s has no field or method %s)",
			               expr_str(t, xe), name, type_str(t, T), name);
			goto fail;
		}
		if (m->kind != OBJ_FUNC) {
			check_error_at(t, sel, "%s.%s undefined (type %s has no method %s)",
			               expr_str(t, xe), name, type_str(t, T), name);
			goto fail;
		}
		decl_resolve(t, m);
		Type *sig = m->type;
		int ptr_recv = sig->u.func.recv && sig->u.func.recv->type &&
		               sig->u.func.recv->type->kind == TYPE_POINTER;
		if (ptr_recv && !s.indirect && T->kind != TYPE_POINTER &&
		    !types_is_interface(T)) {
			check_error_at(t, sel, "cannot call pointer method %s on %s", name, type_str(t, T));
			goto fail;
		}
		/* func(recv T, params...) results */
		Type *f = types_new_type(t, TYPE_FUNC);
		Object *r = object_new(t, OBJ_VAR, intern_cstr(t->names, ""), T, POS_NONE);
		VEC_PUSH(t->arena, f->u.func.params, r);
		for (int i = 0; i < sig->u.func.params.len; i++)
			VEC_PUSH(t->arena, f->u.func.params, sig->u.func.params.items[i]);
		f->u.func.results = sig->u.func.results;
		f->u.func.variadic = sig->u.func.variadic;
		*info = s;
		info->kind = SEL_METHOD_EXPR;
		add_decl_dep(t, m);
		AST(sel, name).obj = m;
		x->mode = MODE_VALUE;
		x->type = f;
		return;
	}
	int amb = 0;
	Selection s = {0};
	Object *obj = types_lookup(t, T, t->pkg, name, &s, &amb);
	if (!obj) {
		if (types_underlying(T)->kind == TYPE_INVALID)
			goto fail;
		if (amb) {
			check_error_at(t, sel, "ambiguous selector %s", expr_str(t, e));
			goto fail;
		}
		Type *Tu = types_underlying(T);
		if (Tu->kind == TYPE_POINTER && types_is_interface(Tu->u.pointer.elem)) {
			check_error_at(t, sel, "%s undefined (type %s is pointer to interface, not interface)",
			               expr_str(t, e), type_str(t, T));
			goto fail;
		}
		/* "..., but does have name": the same name with its first
		 * letter's case changed */
		const char *why = arena_sprintf(t->arena, "type %s has no field or method %s",
		                                type_str(t, T), name);
		char *other = arena_strdup(t->arena, name);
		if (other[0] >= 'a' && other[0] <= 'z')
			other[0] = (char)(other[0] - 'a' + 'A');
		else if (other[0] >= 'A' && other[0] <= 'Z')
			other[0] = (char)(other[0] - 'A' + 'a');
		int amb2;
		if (other[0] != name[0] &&
		    types_lookup(t, T, t->pkg, intern_cstr(t->names, other), NULL, &amb2))
			why = arena_sprintf(t->arena, "%s, but does have %s", why, other);
		check_error_at(t, sel, "%s undefined (%s)", expr_str(t, e), why);
		goto fail;
	}
	AST(sel, name).obj = obj;
	*info = s;
	if (obj->kind == OBJ_VAR) {
		/* a field: addressable if x is, or if a pointer was followed */
		if (x->mode == MODE_VARIABLE || s.indirect)
			x->mode = MODE_VARIABLE;
		else
			x->mode = MODE_VALUE;
		x->type = obj->type;
		x->val = NULL;
		return;
	}
	/* a method: its body counts for the initialization order */
	add_decl_dep(t, obj);
	decl_resolve(t, obj);
	Type *sig = obj->type;
	int ptr_recv = sig && sig->kind == TYPE_FUNC && sig->u.func.recv && sig->u.func.recv->type &&
	               sig->u.func.recv->type->kind == TYPE_POINTER;
	if (ptr_recv && !s.indirect && x->mode != MODE_VARIABLE && !types_is_interface(T)) {
		check_error_at(t, sel, "cannot call pointer method %s on %s", name, type_str(t, T));
		goto fail;
	}
	if (ptr_recv && x->mode == MODE_VARIABLE && !s.indirect) {
		/* x.m() means (&x).m(): x must live in memory */
		Node *root = xe;
		while (root->kind == NODE_PAREN)
			root = AST(root, paren).x;
		if (root->kind == NODE_NAME && AST(root, name).obj)
			AST(root, name).obj->addr_taken = 1;
	}
	x->mode = MODE_VALUE;
	/* the method value's type: the signature without its receiver */
	Type *f = types_new_type(t, TYPE_FUNC);
	f->u.func.params = sig->u.func.params;
	f->u.func.results = sig->u.func.results;
	f->u.func.variadic = sig->u.func.variadic;
	x->type = f;
	x->val = NULL;
	return;
fail:
	invalidate(x);
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
		index_expr(t, x, e);
		return;
	case NODE_SLICE:
		slice_expr(t, x, e);
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
