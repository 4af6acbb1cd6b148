/* call.c — f(args): function and method calls, conversions T(x), and the
 * builtin functions (Go spec: Calls, Conversions, Built-in functions).
 *
 * A call expression is one of three things, and only the checker can
 * tell which, since the parser sees the same f(x) for all of them:
 *
 *     int64(n)        a conversion: f is a type
 *     len(s)          a builtin: f is one of the predeclared functions
 *     strings.Repeat  a call: f is a function value
 *
 * For calls, arguments are matched against parameters with the variadic
 * rule (f(a, b, c) for func(...int) passes a new []int{a, b, c}, f(s...)
 * passes s), and with a multi-value call as the only argument
 * (f(g()) where g returns two values).  The node's mode says what it was
 * (MODE_TYPEXPR on the function part for a conversion, MODE_BUILTIN for
 * a builtin), for SSA construction.
 */
#include <string.h>

#include "check.h"

/* "(number, string)", "(int, ...string)" — types2's typesSummary. */
const char *types_summary(Types *t, Type **list, int n, int variadic)
{
	const char *s = "(";
	for (int i = 0; i < n; i++) {
		Type *T = list[i];
		const char *one;
		if (!T || T->kind == TYPE_INVALID)
			one = "<T>";
		else if (types_is_untyped(T))
			one = types_is_numeric(T) ? "number" : T->name + strlen("untyped ");
		else if (variadic && i == n - 1 && T->kind == TYPE_SLICE)
			one = arena_sprintf(t->arena, "...%s", type_str(t, T->u.pointer.elem));
		else
			one = type_str(t, T);
		s = arena_sprintf(t->arena, "%s%s%s", s, i ? ", " : "", one);
	}
	return arena_sprintf(t->arena, "%s)", s);
}

/* The operands of an argument list: one each, or the several results of
 * a single call argument. */
typedef VEC(Operand) OperandList;

static void expr_list(Types *t, NodeList *args, OperandList *out)
{
	if (args->len == 1) {
		Operand x = {0};
		check_multi_expr(t, &x, args->items[0]);
		if (x.mode == MODE_VALUE && x.type && x.type->kind == TYPE_TUPLE) {
			TypeList *ts = &x.type->u.tuple.types;
			for (int i = 0; i < ts->len; i++) {
				Operand y = {MODE_VALUE, args->items[0], ts->items[i], NULL, 0};
				VEC_PUSH(t->arena, *out, y);
			}
			return;
		}
		VEC_PUSH(t->arena, *out, x);
		return;
	}
	for (int i = 0; i < args->len; i++) {
		Operand x = {0};
		check_multi_expr(t, &x, args->items[i]);
		if (x.mode == MODE_VALUE && x.type && x.type->kind == TYPE_TUPLE) {
			check_error_at(t, args->items[i], "multiple-value %s (value of type %s) in single-value context",
			               expr_str(t, args->items[i]), type_str(t, x.type));
			x.mode = MODE_INVALID;
		}
		VEC_PUSH(t->arena, *out, x);
	}
}

/* types2's arguments(): the argument count and each argument's
 * assignability to its parameter. */
static void arguments(Types *t, Node *call, Type *sig, OperandList *args, const char *fname)
{
	for (int i = 0; i < args->len; i++) {
		if (args->items[i].mode == MODE_TYPEXPR) {
			check_error_at(t, args->items[i].expr, "%s (type) is not an expression",
			               expr_str(t, args->items[i].expr));
			return;
		}
		if (args->items[i].mode == MODE_INVALID)
			return;
	}
	int nargs = args->len;
	ObjectList *ps = &sig->u.func.params;
	int npars = ps->len;
	int ddd = AST(call, call).has_dots;
	Type **ptypes = arena_alloc(t->arena, sizeof(Type *) * (size_t)(nargs + npars + 1));
	for (int i = 0; i < npars; i++)
		ptypes[i] = ps->items[i]->type;
	int adjusted_n = npars;
	if (sig->u.func.variadic) {
		if (ddd) {
			if (AST(call, call).args.len == 1 && nargs > 1) {
				check_error_at(t, call, "cannot use ... with %d-valued %s", nargs,
				               expr_str(t, AST(call, call).args.items[0]));
				return;
			}
		} else if (nargs >= npars - 1) {
			Type *elem = ps->items[npars - 1]->type->u.pointer.elem;
			for (int i = npars - 1; i < nargs; i++)
				ptypes[i] = elem;
			adjusted_n = nargs;
		} else {
			adjusted_n = npars - 1;
		}
	} else if (ddd) {
		check_error_at(t, call, "cannot use ... in call to non-variadic %s",
		               expr_str(t, AST(call, call).fun));
		return;
	}
	if (nargs != adjusted_n) {
		Node *at = call;
		const char *q = "not enough";
		if (nargs > adjusted_n) {
			at = args->items[adjusted_n].expr;
			q = "too many";
		} else if (nargs > 0) {
			at = args->items[nargs - 1].expr;
		}
		Type **have = arena_alloc(t->arena, sizeof(Type *) * (size_t)(nargs + 1));
		for (int i = 0; i < nargs; i++)
			have[i] = args->items[i].type;
		Type **want = arena_alloc(t->arena, sizeof(Type *) * (size_t)(npars + 1));
		for (int i = 0; i < npars; i++)
			want[i] = ps->items[i]->type;
		Pos p = at == call ? ast_start_pos(call) : ast_start_pos(at);
		if (at == call && q[0] == 'n')
			p = AST(call, call).args.len ? p : p;
		check_error(t, p, "%s arguments in call to %s\n\thave %s\n\twant %s", q,
		            expr_str(t, AST(call, call).fun), types_summary(t, have, nargs, 0),
		            types_summary(t, want, npars, sig->u.func.variadic));
		return;
	}
	const char *ctx = arena_sprintf(t->arena, "argument to %s", fname);
	for (int i = 0; i < nargs; i++) {
		Operand *a = &args->items[i];
		check_assignable(t, a, ptypes[i], ctx);
		if (args->len == AST(call, call).args.len)
			record_operand(t, a);
	}
}

/* ---- conversions (Go spec: Conversions) -------------------------------------- */

static int is_bytes_or_runes(Type *T)
{
	Type *u = types_underlying(T);
	if (u->kind != TYPE_SLICE)
		return 0;
	Type *e = types_underlying(u->u.pointer.elem);
	return e->kind == TYPE_UINT8 || e->kind == TYPE_INT32;
}

int convertible_to(Types *t, Operand *x, Type *T)
{
	const char *reason;
	if (assignable_to(t, x, T, &reason))
		return 1;
	Type *V = x->type, *Vu = types_underlying(V), *Tu = types_underlying(T);
	if (types_identical(Vu, Tu))   /* tags are ignored too: close enough */
		return 1;
	if (V->kind == TYPE_POINTER && T->kind == TYPE_POINTER &&
	    types_identical(types_underlying(V->u.pointer.elem), types_underlying(T->u.pointer.elem)))
		return 1;
	if (types_is_integer(Vu) && types_is_integer(Tu))
		return 1;
	if ((types_is_integer(Vu) || is_bytes_or_runes(Vu)) && types_is_string(Tu))
		return 1;
	if (types_is_string(Vu) && is_bytes_or_runes(Tu))
		return 1;
	if ((Vu->kind == TYPE_POINTER || Vu->kind == TYPE_UINTPTR) && Tu->kind == TYPE_UNSAFE_POINTER)
		return 1;
	if (Vu->kind == TYPE_UNSAFE_POINTER && (Tu->kind == TYPE_POINTER || Tu->kind == TYPE_UINTPTR))
		return 1;
	if (Vu->kind == TYPE_SLICE && Tu->kind == TYPE_POINTER) {
		Type *a = types_underlying(Tu->u.pointer.elem);
		if (a->kind == TYPE_ARRAY && types_identical(Vu->u.pointer.elem, a->u.array.elem))
			return 1;
	}
	return 0;
}

static int is_const_type(Type *T)
{
	Type *u = types_underlying(T);
	return u->kind >= TYPE_BOOL && u->kind <= TYPE_STRING;
}

void check_conversion(Types *t, Operand *x, Type *T, Node *call)
{
	(void)call;
	int const_arg = x->mode == MODE_CONSTANT;
	int ok = 0;
	if (const_arg && is_const_type(T)) {
		Type *u = types_underlying(T);
		if (representable(t, x->val, u, NULL)) {
			ok = 1;
		} else if (types_is_integer(x->type) && types_is_string(u)) {
			int fits = 1;
			uint64_t v = const_to_uint64(x->val, &fits);
			int32_t r = 0xFFFD;
			if (fits && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF))
				r = (int32_t)v;
			char buf[4];
			int n;
			if (r < 0x80) { buf[0] = (char)r; n = 1; }
			else if (r < 0x800) { buf[0] = (char)(0xC0 | (r >> 6)); buf[1] = (char)(0x80 | (r & 0x3F)); n = 2; }
			else if (r < 0x10000) { buf[0] = (char)(0xE0 | (r >> 12)); buf[1] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[2] = (char)(0x80 | (r & 0x3F)); n = 3; }
			else { buf[0] = (char)(0xF0 | (r >> 18)); buf[1] = (char)(0x80 | ((r >> 12) & 0x3F)); buf[2] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[3] = (char)(0x80 | (r & 0x3F)); n = 4; }
			x->val = const_string(t->arena, buf, n);
			ok = 1;
		}
	} else if (convertible_to(t, x, T)) {
		ok = 1;
		x->mode = MODE_VALUE;
	}
	if (!ok) {
		if (const_arg && types_is_integer(x->type) && types_is_integer(T))
			check_error_at(t, x->expr, "cannot convert %s to type %s", operand_string(t, x),
			               type_str(t, T));
		else
			check_error_at(t, x->expr, "cannot convert %s to type %s", operand_string(t, x),
			               type_str(t, T));
		invalidate(x);
		return;
	}
	if (types_is_untyped(x->type)) {
		Type *final = T;
		if (x->type->kind == TYPE_UNTYPED_NIL)
			;
		else if (types_is_interface(T) || (const_arg && !is_const_type(T)))
			final = types_default(x->type);
		else if (x->mode == MODE_CONSTANT && types_is_integer(x->type) && types_is_string(T))
			final = x->type;
		update_expr_type(t, x->expr, final, 1);
		record_operand(t, x);
	}
	x->type = T;
	if (x->mode != MODE_CONSTANT)
		x->mode = MODE_VALUE;
}

/* ---- builtins ------------------------------------------------------------------- */

static const struct { const char *name; int nargs; int variadic; } builtin_info[] = {
	[BUILTIN_APPEND] = {"append", 1, 1}, [BUILTIN_CAP] = {"cap", 1, 0},
	[BUILTIN_CLOSE] = {"close", 1, 0}, [BUILTIN_COMPLEX] = {"complex", 2, 0},
	[BUILTIN_COPY] = {"copy", 2, 0}, [BUILTIN_DELETE] = {"delete", 2, 0},
	[BUILTIN_IMAG] = {"imag", 1, 0}, [BUILTIN_LEN] = {"len", 1, 0},
	[BUILTIN_MAKE] = {"make", 1, 1}, [BUILTIN_NEW] = {"new", 1, 0},
	[BUILTIN_PANIC] = {"panic", 1, 0}, [BUILTIN_PRINT] = {"print", 0, 1},
	[BUILTIN_PRINTLN] = {"println", 0, 1}, [BUILTIN_REAL] = {"real", 1, 0},
	[BUILTIN_RECOVER] = {"recover", 0, 0}, [BUILTIN_ALIGNOF] = {"Alignof", 1, 0},
	[BUILTIN_OFFSETOF] = {"Offsetof", 1, 0}, [BUILTIN_SIZEOF] = {"Sizeof", 1, 0},
	[BUILTIN_ADD] = {"Add", 2, 0}, [BUILTIN_SLICE] = {"Slice", 2, 0},
};

void check_builtin(Types *t, Operand *x, Node *call, Builtin id)
{
	NodeList *args = &AST(call, call).args;
	const char *bname = builtin_info[id].name;
	Node *fun = AST(call, call).fun;
	if (AST(call, call).has_dots && id != BUILTIN_APPEND) {
		check_error_at(t, call, "invalid operation: invalid use of ... with built-in %s", bname);
		for (int i = 0; i < args->len; i++) {
			Operand y = {0};
			check_expr_any(t, &y, args->items[i], NULL);
		}
		invalidate(x);
		return;
	}
	switch (id) {
	case BUILTIN_COMPLEX: case BUILTIN_REAL: case BUILTIN_IMAG:
		check_error_at(t, call, "unsupported: built-in %s (gosub has no complex numbers)", bname);
		invalidate(x);
		return;
	case BUILTIN_RECOVER:
		check_error_at(t, call, "unsupported: recover");
		invalidate(x);
		return;
	case BUILTIN_ADD: case BUILTIN_SLICE:
		check_error_at(t, call, "unsupported: unsafe.%s", bname);
		invalidate(x);
		return;
	default:
		break;
	}
	int saved_call = t->has_call_or_recv;
	if (id == BUILTIN_LEN || id == BUILTIN_CAP)
		t->has_call_or_recv = 0;
	OperandList ops = {0};
	int nargs = args->len;
	int typed_first = id == BUILTIN_MAKE || id == BUILTIN_NEW || id == BUILTIN_OFFSETOF;
	if (!typed_first) {
		expr_list(t, args, &ops);
		nargs = ops.len;
		if (nargs > 0) {
			*x = ops.items[0];
			if (x->mode == MODE_INVALID) {
				t->has_call_or_recv |= saved_call;
				return;
			}
		}
	}
	const char *msg = NULL;
	if (nargs < builtin_info[id].nargs)
		msg = "not enough";
	else if (!builtin_info[id].variadic && nargs > builtin_info[id].nargs)
		msg = "too many";
	if (msg) {
		check_error_at(t, call, "invalid operation: %s arguments for %s (expected %d, found %d)",
		               msg, expr_str(t, call), builtin_info[id].nargs, nargs);
		invalidate(x);
		t->has_call_or_recv |= saved_call;
		return;
	}
	Operand res = {0};
	res.expr = call;
	switch (id) {
	case BUILTIN_APPEND: {
		Type *S = x->type;
		Type *su = types_underlying(S);
		if (su->kind != TYPE_SLICE) {
			const char *cause = x->type->kind == TYPE_UNTYPED_NIL ? "have untyped nil" :
			                    arena_sprintf(t->arena, "have %s", operand_string(t, x));
			check_error_at(t, x->expr, "first argument to append must be a slice; %s", cause);
			invalidate(x);
			return;
		}
		record_operand(t, x);
		if (nargs == 2 && AST(call, call).has_dots) {
			Operand *y = &ops.items[1];
			if (types_is_string(y->type) && types_identical(types_underlying(su->u.pointer.elem),
			                                                 types_basic[TYPE_UINT8])) {
				convert_untyped(t, y, types_basic[TYPE_STRING]);
				record_operand(t, y);
				res.mode = MODE_VALUE;
				res.type = S;
				break;
			}
		}
		/* func(S, ...T) S */
		Type *sig = types_new_type(t, TYPE_FUNC);
		Object *p0 = object_new(t, OBJ_VAR, intern_cstr(t->names, ""), S, POS_NONE);
		Object *p1 = object_new(t, OBJ_VAR, intern_cstr(t->names, ""),
		                        types_slice(t, su->u.pointer.elem), POS_NONE);
		VEC_PUSH(t->arena, sig->u.func.params, p0);
		VEC_PUSH(t->arena, sig->u.func.params, p1);
		sig->u.func.variadic = 1;
		arguments(t, call, sig, &ops, "append");
		res.mode = MODE_VALUE;
		res.type = S;
		break;
	}
	case BUILTIN_LEN: case BUILTIN_CAP: {
		Mode mode = MODE_INVALID;
		ConstVal *val = NULL;
		Type *u = types_underlying(x->type);
		if (u->kind == TYPE_POINTER && types_underlying(u->u.pointer.elem)->kind == TYPE_ARRAY)
			u = types_underlying(u->u.pointer.elem);
		switch (u->kind) {
		case TYPE_STRING: case TYPE_UNTYPED_STRING:
			if (id == BUILTIN_LEN) {
				if (x->mode == MODE_CONSTANT) {
					mode = MODE_CONSTANT;
					val = const_int64(t->arena, x->val->len);
				} else {
					mode = MODE_VALUE;
				}
			}
			break;
		case TYPE_ARRAY:
			mode = MODE_VALUE;
			if (!t->has_call_or_recv) {
				mode = MODE_CONSTANT;
				val = const_int64(t->arena, u->u.array.len);
			}
			break;
		case TYPE_SLICE: case TYPE_CHAN:
			mode = MODE_VALUE;
			break;
		case TYPE_MAP:
			if (id == BUILTIN_LEN)
				mode = MODE_VALUE;
			break;
		default:
			break;
		}
		if (mode == MODE_INVALID) {
			if (u->kind != TYPE_INVALID)
				check_error_at(t, x->expr, "invalid argument: %s for %s", operand_string(t, x), bname);
			invalidate(x);
			t->has_call_or_recv |= saved_call;
			return;
		}
		if (types_is_untyped(x->type)) {
			convert_untyped(t, x, types_basic[TYPE_STRING]);
		}
		record_operand(t, x);
		res.mode = mode;
		res.type = types_basic[TYPE_INT];
		res.val = val;
		break;
	}
	case BUILTIN_CLOSE: {
		Type *u = types_underlying(x->type);
		if (u->kind != TYPE_CHAN) {
			check_error_at(t, x->expr, "invalid operation: cannot close non-channel %s",
			               operand_string(t, x));
			invalidate(x);
			return;
		}
		if (u->u.chan.dir == CHAN_RECV) {
			check_error_at(t, x->expr, "invalid operation: cannot close receive-only channel %s",
			               operand_string(t, x));
			invalidate(x);
			return;
		}
		res.mode = MODE_NOVALUE;
		break;
	}
	case BUILTIN_COPY: {
		Operand *y = &ops.items[1];
		if (y->mode == MODE_INVALID) {
			invalidate(x);
			return;
		}
		Type *dst = types_underlying(x->type);
		Type *src = types_underlying(y->type);
		Type *src_elem = NULL;
		if (types_is_string(src))
			src_elem = types_byte;
		else if (src->kind == TYPE_SLICE)
			src_elem = src->u.pointer.elem;
		if (dst->kind != TYPE_SLICE || !src_elem) {
			check_error_at(t, x->expr, "invalid argument: copy expects slice arguments; found %s and %s",
			               operand_string(t, x), operand_string(t, y));
			invalidate(x);
			return;
		}
		if (!types_identical(dst->u.pointer.elem, src_elem)) {
			check_error_at(t, x->expr, "invalid argument: arguments to copy %s and %s have different "
			               "element types %s and %s", operand_string(t, x), operand_string(t, y),
			               type_str(t, dst->u.pointer.elem), type_str(t, src_elem));
			invalidate(x);
			return;
		}
		if (types_is_untyped(y->type))
			convert_untyped(t, y, types_basic[TYPE_STRING]);
		record_operand(t, y);
		res.mode = MODE_VALUE;
		res.type = types_basic[TYPE_INT];
		break;
	}
	case BUILTIN_DELETE: {
		Type *u = types_underlying(x->type);
		if (u->kind != TYPE_MAP) {
			check_error_at(t, x->expr, "invalid argument: %s is not a map", operand_string(t, x));
			invalidate(x);
			return;
		}
		Operand *k = &ops.items[1];
		if (k->mode == MODE_INVALID) {
			invalidate(x);
			return;
		}
		check_assignable(t, k, u->u.map.key, "argument to delete");
		record_operand(t, k);
		res.mode = MODE_NOVALUE;
		break;
	}
	case BUILTIN_MAKE: {
		Node *a0 = args->items[0];
		Type *T = check_typexpr(t, a0);
		if (T->kind == TYPE_INVALID) {
			invalidate(x);
			return;
		}
		int min;
		switch (types_underlying(T)->kind) {
		case TYPE_SLICE: min = 2; break;
		case TYPE_MAP: case TYPE_CHAN: min = 1; break;
		default:
			check_error_at(t, a0, "invalid argument: cannot make %s; type must be slice, map, or channel",
			               expr_str(t, a0));
			invalidate(x);
			return;
		}
		if (nargs < min || min + 1 < nargs) {
			check_error_at(t, call, "invalid operation: %s expects %d or %d arguments; found %d",
			               expr_str(t, call), min, min + 1, nargs);
			invalidate(x);
			return;
		}
		int64_t sizes[2];
		int nsizes = 0;
		for (int i = 1; i < args->len; i++) {
			Operand y = {0};
			check_expr(t, &y, args->items[i]);
			if (y.mode == MODE_INVALID)
				continue;
			if (!types_is_integer(y.type) && !types_is_untyped(y.type)) {
				check_error_at(t, args->items[i], "invalid argument: index %s must be integer",
				               operand_string(t, &y));
				continue;
			}
			convert_untyped(t, &y, types_basic[TYPE_INT]);
			if (y.mode == MODE_INVALID)
				continue;
			if (!types_is_integer(y.type)) {
				check_error_at(t, args->items[i], "invalid argument: index %s must be integer",
				               operand_string(t, &y));
				continue;
			}
			if (y.mode == MODE_CONSTANT) {
				if (const_sign(y.val) < 0) {
					check_error_at(t, args->items[i], "invalid argument: index %s must not be negative",
					               operand_string(t, &y));
					continue;
				}
				if (!representable(t, y.val, types_basic[TYPE_INT], NULL)) {
					check_error_at(t, args->items[i], "invalid argument: index %s overflows int",
					               operand_string(t, &y));
					continue;
				}
				int ok = 1;
				sizes[nsizes++] = const_to_int64(y.val, &ok);
			}
			record_operand(t, &y);
		}
		if (nsizes == 2 && sizes[0] > sizes[1])
			check_error_at(t, args->items[1], "invalid argument: length and capacity swapped");
		res.mode = MODE_VALUE;
		res.type = T;
		break;
	}
	case BUILTIN_NEW: {
		Type *T = check_typexpr(t, args->items[0]);
		if (T->kind == TYPE_INVALID) {
			invalidate(x);
			return;
		}
		res.mode = MODE_VALUE;
		res.type = types_pointer(t, T);
		break;
	}
	case BUILTIN_PANIC:
		check_assignable(t, x, types_any, "argument to panic");
		if (x->mode == MODE_INVALID)
			return;
		record_operand(t, x);
		res.mode = MODE_NOVALUE;
		break;
	case BUILTIN_PRINT: case BUILTIN_PRINTLN:
		for (int i = 0; i < ops.len; i++) {
			Operand *a = &ops.items[i];
			check_assignable(t, a, NULL, arena_sprintf(t->arena, "argument to %s", bname));
			if (a->mode == MODE_INVALID) {
				invalidate(x);
				return;
			}
			if (ops.len == args->len)
				record_operand(t, a);
		}
		res.mode = MODE_NOVALUE;
		break;
	case BUILTIN_ALIGNOF: case BUILTIN_SIZEOF: {
		check_assignable(t, x, NULL, arena_sprintf(t->arena, "argument to unsafe.%s", bname));
		if (x->mode == MODE_INVALID)
			return;
		record_operand(t, x);
		types_layout(x->type);
		res.mode = MODE_CONSTANT;
		res.val = const_int64(t->arena, id == BUILTIN_SIZEOF ? x->type->size : x->type->align);
		res.type = types_basic[TYPE_UINTPTR];
		break;
	}
	case BUILTIN_OFFSETOF: {
		Node *a0 = args->items[0];
		a0 = ast_unparen(a0);
		if (a0->kind != NODE_SELECTOR) {
			check_error_at(t, a0, "invalid argument: %s is not a selector expression", expr_str(t, a0));
			invalidate(x);
			return;
		}
		Operand b = {0};
		check_expr(t, &b, AST(a0, selector).x);
		if (b.mode == MODE_INVALID) {
			invalidate(x);
			return;
		}
		Type *base = b.type;
		Selection s = {0};
		int amb;
		const char *sel = AST(AST(a0, selector).sel, name).name;
		Object *f = types_lookup(t, base, t->pkg, sel, &s, &amb);
		if (!f) {
			check_error_at(t, a0, "invalid argument: %s has no single field %s", type_str(t, base), sel);
			invalidate(x);
			return;
		}
		if (f->kind == OBJ_FUNC) {
			check_error_at(t, a0, "invalid argument: %s is a method value", expr_str(t, a0));
			invalidate(x);
			return;
		}
		if (s.indirect) {
			check_error_at(t, a0, "invalid argument: field %s is embedded via a pointer in %s",
			               sel, type_str(t, base));
			invalidate(x);
			return;
		}
		AST(AST(a0, selector).sel, name).obj = f;
		Selection *info = ARENA_NEW(t->arena, Selection);
		*info = s;
		AST(a0, selector).info = info;
		a0->type = f->type;
		a0->mode = MODE_VARIABLE;
		/* the offset: sum along the path of embedded fields */
		int64_t off = 0;
		Type *cur = base;
		for (int i = 0; i < s.path_len; i++) {
			Type *u = types_underlying(cur);
			types_layout(u);
			off += u->u.strct.fields.items[s.path[i]].offset;
			cur = u->u.strct.fields.items[s.path[i]].obj->type;
		}
		res.mode = MODE_CONSTANT;
		res.val = const_int64(t->arena, off);
		res.type = types_basic[TYPE_UINTPTR];
		break;
	}
	default:
		invalidate(x);
		return;
	}
	if (id == BUILTIN_LEN || id == BUILTIN_CAP)
		t->has_call_or_recv |= saved_call;
	fun->mode = MODE_BUILTIN;
	if (res.mode == MODE_NOVALUE)
		res.type = types_invalid;
	*x = res;
	x->expr = call;
}

/* ---- calls ---------------------------------------------------------------------- */

void check_call(Types *t, Operand *x, Node *e)
{
	Node *fun = AST(e, call).fun;
	check_expr_or_type(t, x, fun);
	NodeList *args = &AST(e, call).args;
	switch (x->mode) {
	case MODE_INVALID:
		for (int i = 0; i < args->len; i++) {
			Operand y = {0};
			check_expr_any(t, &y, args->items[i], NULL);
		}
		x->expr = e;
		return;
	case MODE_TYPEXPR: {
		Type *T = x->type;
		x->mode = MODE_INVALID;
		x->expr = e;
		if (args->len == 0) {
			check_error_at(t, e, "missing argument in conversion to %s", type_str(t, T));
			return;
		}
		if (AST(e, call).has_dots) {
			check_error_at(t, args->items[0], "invalid use of ... in type conversion to %s",
			               type_str(t, T));
			return;
		}
		if (args->len > 1) {
			check_error_at(t, args->items[args->len - 1], "too many arguments in conversion to %s",
			               type_str(t, T));
			for (int i = 0; i < args->len; i++) {
				Operand y = {0};
				check_expr(t, &y, args->items[i]);
			}
			return;
		}
		Operand y = {0};
		check_expr_hint(t, &y, args->items[0], T);
		if (y.mode == MODE_INVALID)
			return;
		check_conversion(t, &y, T, e);
		/* the argument keeps its own record (its own type); the call
		 * gets the converted one */
		*x = y;
		x->expr = e;
		record_operand(t, x);
		return;
	}
	case MODE_BUILTIN:
		check_builtin(t, x, e, x->builtin);
		x->expr = e;
		if (x->mode != MODE_CONSTANT)
			t->has_call_or_recv = 1;
		return;
	default:
		break;
	}
	t->has_call_or_recv = 1;
	Type *sig = types_underlying(x->type);
	if (sig->kind != TYPE_FUNC) {
		check_error_at(t, fun, "invalid operation: cannot call non-function %s", operand_string(t, x));
		for (int i = 0; i < args->len; i++) {
			Operand y = {0};
			check_expr_any(t, &y, args->items[i], NULL);
		}
		x->mode = MODE_INVALID;
		x->expr = e;
		return;
	}
	OperandList ops = {0};
	expr_list(t, args, &ops);
	arguments(t, e, sig, &ops, expr_str(t, fun));
	ObjectList *res = &sig->u.func.results;
	x->expr = e;
	x->val = NULL;
	if (res->len == 0) {
		x->mode = MODE_NOVALUE;
		x->type = types_invalid;
	} else if (res->len == 1) {
		x->mode = MODE_VALUE;
		x->type = res->items[0]->type;
	} else {
		TypeList ts = {0};
		for (int i = 0; i < res->len; i++)
			VEC_PUSH(t->arena, ts, res->items[i]->type);
		x->mode = MODE_VALUE;
		x->type = types_tuple(t, ts);
	}
}
