/* build_expr.c — expressions: constants, arithmetic with Go's integer
 * rules, comparisons, conversions, pointers and fields, indexing and
 * slicing with their checks, composite literals, and the dispatcher that
 * sends each kind of expression to its builder (expr, cond, addr_of). */
#include "build.h"

static Val binary(Builder *B, Node *e);

/* ---- expressions -------------------------------------------------------------- */

static Val const_val(Builder *B, Type *t, ConstVal *c)
{
	t = default_type(t);
	if (c->kind == CONST_STRING)
		return string_val(B, t, c->s, c->len);
	if (c->kind == CONST_BOOL)
		return word_val(t, iconst(B, ST_BOOL, c->b));
	int ok = 0;
	int64_t x = types_is_unsigned(t) ? (int64_t)const_to_uint64(c, &ok) : const_to_int64(c, &ok);
	return word_val(t, iconst(B, scalar_type(t), x));
}

static Value *normalize(Builder *B, Value *x)
{
	static const Op ext[ST_COUNT] = {
		[ST_INT8] = OP_SignExt8, [ST_INT16] = OP_SignExt16, [ST_INT32] = OP_SignExt32,
		[ST_UINT8] = OP_ZeroExt8, [ST_UINT16] = OP_ZeroExt16, [ST_UINT32] = OP_ZeroExt32,
	};
	if (!ext[x->type])
		return x;
	return v1(B, ext[x->type], x->type, x);
}

/* Go spec: Arithmetic operators, for integers of type t (x and y are
 * normalized values of t; the result is too). */
Value *arith(Builder *B, int op, SsaType t, Value *x, Value *y, Type *ytype)
{
	int sgn = ssa_type_signed(t);
	int64_t c;
	switch (op) {
	case TOK_ADD: return normalize(B, v2(B, OP_Add, t, x, y));
	case TOK_SUB: return normalize(B, v2(B, OP_Sub, t, x, y));
	case TOK_STAR: return normalize(B, v2(B, OP_Mul, t, x, y));
	case TOK_DIV: case TOK_REM:
		if (!ssa_is_const(y, &c) || c == 0)
			ssa_value1(B->cur, OP_ZeroCheck, ST_VOID, B->pos, y);
		if (op == TOK_DIV)
			return normalize(B, v2(B, sgn ? OP_Div : OP_Divu, t, x, y));
		return v2(B, sgn ? OP_Mod : OP_Modu, t, x, y);
	case TOK_AND: return v2(B, OP_And, t, x, y);
	case TOK_OR: return v2(B, OP_Or, t, x, y);
	case TOK_XOR: return v2(B, OP_Xor, t, x, y);
	case TOK_AND_NOT: return v2(B, OP_AndNot, t, x, y);
	case TOK_SHL: case TOK_SHR:
		/* Go spec: Operators: a negative count panics; a count of 64 or
		 * more is fine and shifts everything out */
		if (ytype && types_is_integer(ytype) && !types_is_unsigned(ytype) &&
		    !(ssa_is_const(y, &c) && c >= 0))
			ssa_value1(B->cur, OP_ShiftCheck, ST_VOID, B->pos, y);
		if (op == TOK_SHL)
			return normalize(B, v2(B, OP_Lsh, t, x, y));
		return v2(B, sgn ? OP_Rsh : OP_Rshu, t, x, y);
	}
	ice("unknown arithmetic operator");
}

static Val concat(Builder *B, Node *e)
{
	/* flatten a + b + c into one call */
	VEC(Node *) parts = {0};
	Node *x = e;
	while (x->kind == NODE_BINARY && AST(x, binary).op == TOK_ADD && x->mode != MODE_CONSTANT) {
		VEC_PUSH(B->a, parts, AST(x, binary).y);
		x = AST(x, binary).x;
		x = ast_unparen(x);
	}
	VEC_PUSH(B->a, parts, x);
	int n = parts.len;
	Val *vals = arena_alloc(B->a, sizeof(Val) * (size_t)n);
	for (int i = 0; i < n; i++) /* left to right */
		vals[i] = expr(B, parts.items[n - 1 - i]);
	Value *res[2];
	SsaType rt[2] = {ST_PTR, ST_INT};
	if (n == 2) {
		Value *args[5] = {vals[0].w[0], vals[0].w[1], vals[1].w[0], vals[1].w[1], iconst(B, ST_PTR, 0)};
		Value *c = call_runtime(B, "rt_concatstring2", args, 5, 2, rt, res, 0);
		c->site = tmpbuf_site(B, gc_text(B, e), e->pos, 4, ABI_TMP_BUF);
	} else {
		Local *arr = temp(B, 16 * n, 8);
		Value *base = local_addr(B, arr);
		for (int i = 0; i < n; i++) {
			store(B, ST_PTR, offptr(B, base, 16 * i), vals[i].w[0]);
			store(B, ST_INT, offptr(B, base, 16 * i + 8), vals[i].w[1]);
		}
		Value *args[3] = {base, iconst(B, ST_INT, n), iconst(B, ST_PTR, 0)};
		Value *c = call_runtime(B, "rt_concatstrings", args, 3, 2, rt, res, 0);
		c->site = tmpbuf_site(B, gc_text(B, e), e->pos, 2, ABI_TMP_BUF);
	}
	Val v = {0};
	v.type = e->type;
	v.n = 2;
	v.w[0] = res[0];
	v.w[1] = res[1];
	return v;
}

/* Is a value of type t equal to another exactly when their bytes are?
 * Integers, booleans and pointers yes; strings and interfaces no (equal
 * contents at different addresses); structs only without padding. */
int plain_bytes(Type *t)
{
	types_layout(t);
	Type *u = types_underlying(t);
	switch (u->kind) {
	case TYPE_STRING: case TYPE_INTERFACE: case TYPE_INVALID:
		return 0;
	case TYPE_ARRAY:
		return plain_bytes(u->u.array.elem);
	case TYPE_STRUCT: {
		int64_t sum = 0;
		for (int i = 0; i < u->u.strct.fields.len; i++) {
			Object *f = u->u.strct.fields.items[i].obj;
			if (!plain_bytes(f->type) || strcmp(f->name, "_") == 0)
				return 0;
			sum += f->type->size;
		}
		return sum == u->size;
	}
	default:
		return u->kind <= TYPE_UINTPTR || u->kind == TYPE_POINTER || u->kind == TYPE_CHAN ||
		       u->kind == TYPE_UNSAFE_POINTER;
	}
}

Value *equal(Builder *B, Type *t, Val x, Val y)
{
	Type *u = types_underlying(t);
	if (u->kind == TYPE_STRING) {
		Value *args[4] = {x.w[0], x.w[1], y.w[0], y.w[1]};
		Value *r;
		SsaType rt = ST_BOOL;
		call_runtime(B, "rt_eqstring", args, 4, 1, &rt, &r, 0);
		return r;
	}
	if (u->kind == TYPE_INTERFACE)
		return iface_equal(B, t, x, y);
	if (x.n == 1)
		return v2(B, OP_Eq, ST_BOOL, x.w[0], y.w[0]);
	if (u->kind == TYPE_SLICE || u->kind == TYPE_UNTYPED_NIL)
		/* a slice is only ever compared with nil: its pointer says it */
		return v2(B, OP_Eq, ST_BOOL, x.w[0], y.w[0]);
	if ((u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT) && plain_bytes(t)) {
		/* integers and the like, no padding: compare the bytes */
		types_layout(t);
		Value *args[3] = {x.addr, y.addr, iconst(B, ST_INT, t->size)};
		Value *r;
		SsaType rt = ST_BOOL;
		call_runtime(B, "rt_memequal", args, 3, 1, &rt, &r, 0);
		return r;
	}
	if (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT) {
		/* element by element, all evaluated (no short circuit needed: no effects) */
		Value *all = iconst(B, ST_BOOL, 1);
		if (u->kind == TYPE_ARRAY) {
			Type *et = u->u.array.elem;
			types_layout(et);
			for (int64_t i = 0; i < u->u.array.len; i++) {
				Val ex = load_val(B, et, offptr(B, x.addr, i * et->size));
				Val ey = load_val(B, et, offptr(B, y.addr, i * et->size));
				all = v2(B, OP_And, ST_BOOL, all, equal(B, et, ex, ey));
			}
		} else {
			for (int i = 0; i < u->u.strct.fields.len; i++) {
				Field *f = &u->u.strct.fields.items[i];
				if (strcmp(f->obj->name, "_") == 0)
					continue;
				Val ex = load_val(B, f->obj->type, offptr(B, x.addr, f->offset));
				Val ey = load_val(B, f->obj->type, offptr(B, y.addr, f->offset));
				all = v2(B, OP_And, ST_BOOL, all, equal(B, f->obj->type, ex, ey));
			}
		}
		return all;
	}
	unsupported(B, B->pos, "comparison of this type");
	return iconst(B, ST_BOOL, 0);
}

static Value *compare(Builder *B, int op, Type *t, Val x, Val y)
{
	Type *u = types_underlying(t);
	if (op == TOK_EQL)
		return equal(B, t, x, y);
	if (op == TOK_NEQ)
		return v1(B, OP_Not, ST_BOOL, equal(B, t, x, y));
	Value *a, *b;
	int sgn;
	if (u->kind == TYPE_STRING) {
		Value *args[4] = {x.w[0], x.w[1], y.w[0], y.w[1]};
		SsaType rt = ST_INT;
		call_runtime(B, "rt_cmpstring", args, 4, 1, &rt, &a, 0);
		b = iconst(B, ST_INT, 0);
		sgn = 1;
	} else {
		a = x.w[0];
		b = y.w[0];
		sgn = ssa_type_signed(a->type);
	}
	switch (op) {
	case TOK_LSS: return v2(B, sgn ? OP_Less : OP_Lessu, ST_BOOL, a, b);
	case TOK_LEQ: return v2(B, sgn ? OP_Leq : OP_Lequ, ST_BOOL, a, b);
	case TOK_GTR: return v2(B, sgn ? OP_Less : OP_Lessu, ST_BOOL, b, a);
	case TOK_GEQ: return v2(B, sgn ? OP_Leq : OP_Lequ, ST_BOOL, b, a);
	}
	ice("unknown comparison");
}

static int is_comparison(int op)
{
	return op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ || op == TOK_GTR ||
	       op == TOK_GEQ;
}

/* A boolean value computed with branches (&&, ||): a temporary variable
 * written on both paths, joined by a Phi. */
static Val bool_by_branches(Builder *B, Node *e)
{
	int var = new_var(B, NULL, ST_BOOL);
	Block *yes = new_block(B), *no = new_block(B), *join = new_block(B);
	cond(B, e, yes, no);
	seal(B, yes);
	seal(B, no);
	B->cur = yes;
	write_var(B, var, yes, iconst(B, ST_BOOL, 1));
	jump(B, join);
	B->cur = no;
	write_var(B, var, no, iconst(B, ST_BOOL, 0));
	jump(B, join);
	seal(B, join);
	B->cur = join;
	return word_val(e->type, read_var(B, var, join));
}

static Val binary(Builder *B, Node *e)
{
	int op = AST(e, binary).op;
	Node *xn = AST(e, binary).x, *yn = AST(e, binary).y;
	if (op == TOK_LAND || op == TOK_LOR)
		return bool_by_branches(B, e);
	if (op == TOK_ADD && types_is_string(e->type))
		return concat(B, e);
	if (is_comparison(op)) {
		/* untyped operands take the other side's type */
		Type *t = xn->type;
		if (types_is_untyped(t) && !types_is_untyped(yn->type))
			t = yn->type;
		t = default_type(t);
		Val x = expr(B, xn);
		Val y = expr(B, yn);
		if (types_underlying(x.type)->kind == TYPE_UNTYPED_NIL || types_underlying(y.type)->kind == TYPE_UNTYPED_NIL) {
			t = types_underlying(x.type)->kind == TYPE_UNTYPED_NIL ? y.type : x.type;
		} else if (types_is_interface(x.type) != types_is_interface(y.type)) {
			/* an interface and a concrete value: the value is converted */
			B->pos = e->pos;
			t = types_is_interface(x.type) ? x.type : y.type;
			B->conv_quiet = 1;   /* gc compares without a box: no -m line */
			x = assign_conv(B, x, t);
			y = assign_conv(B, y, t);
			B->conv_quiet = 0;
		}
		return word_val(e->type, compare(B, op, t, x, y));
	}
	Val x = expr(B, xn);
	Val y = expr(B, yn);
	Type *t = default_type(e->type);
	return word_val(t, arith(B, op, scalar_type(t), x.w[0], y.w[0], yn->type));
}

Val unary(Builder *B, Node *e)
{
	int op = AST(e, unary).op;
	Node *xn = AST(e, unary).x;
	if (op == TOK_NOT) {
		Val x = expr(B, xn);
		return word_val(e->type, v1(B, OP_Not, ST_BOOL, x.w[0]));
	}
	if (op == TOK_ADD)
		return expr(B, xn);
	if (op == TOK_SUB || op == TOK_XOR) {
		Val x = expr(B, xn);
		Type *t = default_type(e->type);
		SsaType st = scalar_type(t);
		return word_val(t, normalize(B, v1(B, op == TOK_SUB ? OP_Neg : OP_Com, st, x.w[0])));
	}
	if (op == TOK_AND) {
		Node *x = xn;
		x = ast_unparen(x);
		if (x->kind == NODE_COMPOSITE_LIT) {
			/* &T{...}: a new object, filled in */
			Type *t = x->type;
			types_layout(t);
			Value *p = site_alloc(B, t, implicit_site(B, gc_text(B, e), e->pos, t->size, t->align));
			Type *u = types_underlying(t);
			if (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT)
				init_composite(B, x, t, p);
			else   /* &[]T{...}, &map[K]V{...}: the slice or map, then a pointer to it */
				store_val(B, p, expr(B, x));
			return word_val(e->type, p);
		}
		return word_val(e->type, addr_of(B, x));
	}
	unsupported(B, e->pos, "receive operations");
}

/* Go spec: Conversions, between integer types: truncate to the target's
 * width and extend again by the target's signedness. */
Value *convert_int(Builder *B, Value *x, Type *from, Type *to)
{
	SsaType ts = scalar_type(to);
	SsaType fs = scalar_type(from);
	int tsize = ssa_type_size(ts), fsize = ssa_type_size(fs);
	if (tsize < 8 && (fsize > tsize || ssa_type_signed(fs) != ssa_type_signed(ts) || fsize == tsize)) {
		Value *c = v1(B, OP_Copy, ts, x);
		if (fsize == tsize && ssa_type_signed(fs) == ssa_type_signed(ts))
			return c;
		return normalize(B, c);
	}
	if (fs == ts)
		return x;
	return v1(B, OP_Copy, ts, x);
}

Val assign_conv(Builder *B, Val v, Type *to)
{
	if (types_underlying(v.type)->kind == TYPE_UNTYPED_NIL && !types_is_interface(to))
		return zero_val(B, to);   /* nil as a slice, a pointer, a map ... */
	if (types_is_interface(to) && !types_identical(v.type, to))
		return to_iface(B, v, to);
	v.type = to;
	return v;
}

/* A conversion T(x) as gc's -m prints it: the type parenthesized when it
 * would not read as a call, ([]byte)(s), (interface {})(x). */
static const char *conv_text(Builder *B, Type *to, Node *xn)
{
	const char *tt = gc_type(B, to);
	int paren = tt[0] == '*' || tt[0] == '[' || strncmp(tt, "func", 4) == 0 ||
	            strncmp(tt, "interface", 9) == 0 || strncmp(tt, "map", 3) == 0 || strncmp(tt, "chan", 4) == 0;
	return arena_sprintf(B->prog->arena, paren ? "(%s)(%s)" : "%s(%s)", tt, gc_text(B, xn));
}

/* Go spec: Conversions. */
Val conversion(Builder *B, Node *e, Type *to, Node *xn)
{
	Type *from = xn->type;
	Type *tu = types_underlying(to), *fu = types_underlying(from);
	B->pos = e->pos;
	if (types_is_integer(to) && types_is_integer(from)) {
		Val x = expr(B, xn);
		return word_val(to, convert_int(B, x.w[0], default_type(from), to));
	}
	if (tu->kind == TYPE_STRING && types_is_integer(from)) {
		Val x = expr(B, xn);
		Value *res[2];
		SsaType rt[2] = {ST_PTR, ST_INT};
		call_runtime(B, "rt_intstring", &x.w[0], 1, 2, rt, res, 0);
		Val v = {0};
		v.type = to;
		v.n = 2;
		v.w[0] = res[0];
		v.w[1] = res[1];
		return v;
	}
	if (tu->kind == TYPE_STRING && fu->kind == TYPE_SLICE) {
		Val x = expr(B, xn);
		int runes = types_underlying(fu->u.pointer.elem)->kind == TYPE_INT32;
		Value *res[2];
		SsaType rt[2] = {ST_PTR, ST_INT};
		B->pos = e->pos;
		Value *args[3] = {x.w[0], x.w[1], iconst(B, ST_PTR, 0)};
		Value *c = call_runtime(B, runes ? "rt_slicerunetostring" : "rt_slicebytetostring", args, 3, 2, rt,
		                        res, 0);
		c->site = tmpbuf_site(B, conv_text(B, to, xn), e->pos, 2, ABI_TMP_BUF);
		Val v = {0};
		v.type = to;
		v.n = 2;
		v.w[0] = res[0];
		v.w[1] = res[1];
		return v;
	}
	if (tu->kind == TYPE_SLICE && types_is_string(from)) {
		Val x = expr(B, xn);
		int runes = types_underlying(tu->u.pointer.elem)->kind == TYPE_INT32;
		/* of a constant, gc makes an array of the exact length: for
		 * []byte("abc") a copy, for []rune("abc") the literal []rune{...} */
		int64_t clen;
		int constant = gc_const_string(xn, &clen) != NULL;
		const char *text = constant && runes
		                   ? arena_sprintf(B->a, clen == 0 ? "%s{}" : "%s{...}", gc_type(B, to))
		                   : conv_text(B, to, xn);
		Local *area = temp(B, 24, 8);
		Value *args[4] = {local_addr(B, area), x.w[0], x.w[1], iconst(B, ST_PTR, 0)};
		B->pos = e->pos;
		Value *c = call_runtime(B, runes ? "rt_stringtoslicerune" : "rt_stringtoslicebyte", args, 4, 0,
		                        NULL, NULL, 0);
		c->site = tmpbuf_site(B, text, e->pos, 3, runes ? 4 * ABI_TMP_BUF : ABI_TMP_BUF);
		Val v = load_val(B, to, local_addr(B, area));
		if (constant && v.n == 3)
			v.w[2] = v.w[1];
		return v;
	}
	Val x = expr(B, xn);
	if (types_is_interface(to) && !types_is_interface(from)) {
		/* gc's -m prints an explicit conversion as written, its type
		 * parenthesized when it would not read as a call: (interface {})(x) */
		B->conv_text = conv_text(B, to, xn);
		B->pos = e->pos;
		Val r = assign_conv(B, x, to);
		B->conv_text = NULL;
		return r;
	}
	return assign_conv(B, x, to);
}

/* ---- pointers and fields ------------------------------------------------------- */

/* The address of a copy of v (v itself if it is already in memory). */
Value *addr_of_val(Builder *B, Val v)
{
	if (v.n == 0)
		return v.addr;
	types_layout(v.type);
	Local *tmp = temp(B, v.type->size, v.type->align);
	Value *p = local_addr(B, tmp);
	store_val(B, p, v);
	return p;
}

/* p, checked: a nil pointer panics here rather than at a fault */
Value *nil_checked(Builder *B, Value *p)
{
	ssa_value1(B->cur, OP_NilCheck, ST_VOID, B->pos, p);
	return p;
}

/* The address of field x.f (through the embedded fields of the path, and
 * through pointers: p.f is (*p).f). */
static Value *field_addr(Builder *B, Node *e, Type **ftype)
{
	Node *xn = AST(e, selector).x;
	Selection *sel = AST(e, selector).info;
	Type *t = xn->type;
	Value *base;
	if (types_underlying(t)->kind == TYPE_POINTER) {
		base = nil_checked(B, expr(B, xn).w[0]);
		t = types_underlying(t)->u.pointer.elem;
	} else {
		base = addr_of(B, xn);
	}
	B->pos = e->pos;
	for (int i = 0; i < sel->path_len; i++) {
		Type *u = types_underlying(t);
		if (u->kind == TYPE_POINTER) {
			/* an embedded *T on the way */
			base = nil_checked(B, load(B, ST_PTR, base));
			u = types_underlying(u->u.pointer.elem);
		}
		types_layout(u);
		Field *f = &u->u.strct.fields.items[sel->path[i]];
		base = offptr(B, base, f->offset);
		t = f->obj->type;
	}
	*ftype = t;
	return base;
}

/* ---- indexing and slicing ---------------------------------------------------- */

static Value *check_index(Builder *B, Value *i, Value *n, BoundsKind k)
{
	int64_t ci, cn;
	if (ssa_is_const(i, &ci) && ssa_is_const(n, &cn) &&
	    (ssa_bounds[k].strict ? (uint64_t)ci < (uint64_t)cn : (uint64_t)ci <= (uint64_t)cn))
		return i;
	Value *c = ssa_value2(B->cur, OP_BoundsCheck, ST_VOID, B->pos, i, n);
	c->auxint = k;
	return i;
}

Value *elem_addr(Builder *B, Value *base, Value *i, int64_t size)
{
	int64_t c;
	if (ssa_is_const(i, &c))
		return offptr(B, base, c * size);
	Value *off = size == 1 ? i : v2(B, OP_Mul, ST_INT, i, iconst(B, ST_INT, size));
	return v2(B, OP_AddPtr, ST_PTR, base, off);
}

static Value *index_int(Builder *B, Node *n)
{
	Val v = expr(B, n);
	return v.w[0];
}

/* The address of element x[i] of an array or slice, checked. */
static Value *index_addr(Builder *B, Node *e, Type **elem)
{
	Node *xn = AST(e, index).x;
	Type *u = types_underlying(xn->type);
	if (u->kind == TYPE_POINTER && types_underlying(u->u.pointer.elem)->kind == TYPE_ARRAY) {
		/* p[i] with p a *[N]T: (*p)[i] */
		Value *base = nil_checked(B, expr(B, xn).w[0]);
		u = types_underlying(u->u.pointer.elem);
		Value *i = index_int(B, AST(e, index).indices.items[0]);
		B->pos = e->pos;
		check_index(B, i, iconst(B, ST_INT, u->u.array.len), BOUNDS_INDEX);
		*elem = u->u.array.elem;
		types_layout(*elem);
		return elem_addr(B, base, i, (*elem)->size);
	}
	if (u->kind == TYPE_ARRAY) {
		Value *base = addr_of(B, xn);
		Value *i = index_int(B, AST(e, index).indices.items[0]);
		B->pos = e->pos;
		check_index(B, i, iconst(B, ST_INT, u->u.array.len), BOUNDS_INDEX);
		*elem = u->u.array.elem;
		types_layout(*elem);
		return elem_addr(B, base, i, (*elem)->size);
	}
	if (u->kind == TYPE_SLICE) {
		Val s = expr(B, xn);
		Value *i = index_int(B, AST(e, index).indices.items[0]);
		B->pos = e->pos;
		check_index(B, i, s.w[1], BOUNDS_INDEX);
		*elem = u->u.pointer.elem;
		types_layout(*elem);
		return elem_addr(B, s.w[0], i, (*elem)->size);
	}
	unsupported(B, e->pos, "indexing this type");
	*elem = e->type;
	return iconst(B, ST_PTR, 0);
}

static Val index_expr(Builder *B, Node *e)
{
	Node *xn = AST(e, index).x;
	Type *u = types_underlying(default_type(xn->type));
	if (u->kind == TYPE_MAP)
		return map_index(B, e, NULL);
	if (u->kind == TYPE_STRING) {
		Val s = expr(B, xn);
		Value *i = index_int(B, AST(e, index).indices.items[0]);
		B->pos = e->pos;
		check_index(B, i, s.w[1], BOUNDS_INDEX);
		return word_val(e->type, load(B, ST_UINT8, elem_addr(B, s.w[0], i, 1)));
	}
	if (u->kind == TYPE_ARRAY && xn->mode != MODE_VARIABLE) {
		/* an array value that is not a variable: f()[i] */
		Val a = expr(B, xn);
		Value *i = index_int(B, AST(e, index).indices.items[0]);
		B->pos = e->pos;
		check_index(B, i, iconst(B, ST_INT, u->u.array.len), BOUNDS_INDEX);
		Type *et = u->u.array.elem;
		types_layout(et);
		return load_val(B, et, elem_addr(B, a.addr, i, et->size));
	}
	Type *et;
	Value *p = index_addr(B, e, &et);
	return load_val(B, et, p);
}

static Val slice_expr(Builder *B, Node *e)
{
	Node *xn = AST(e, slice).x;
	Type *u = types_underlying(default_type(xn->type));
	Value *base, *len, *cap;
	int64_t esize = 1;
	if (u->kind == TYPE_STRING) {
		Val s = expr(B, xn);
		base = s.w[0];
		len = cap = s.w[1];
	} else if (u->kind == TYPE_SLICE) {
		Val s = expr(B, xn);
		base = s.w[0];
		len = s.w[1];
		cap = s.w[2];
		types_layout(u->u.pointer.elem);
		esize = u->u.pointer.elem->size;
	} else if (u->kind == TYPE_POINTER && types_underlying(u->u.pointer.elem)->kind == TYPE_ARRAY) {
		base = nil_checked(B, expr(B, xn).w[0]);
		u = types_underlying(u->u.pointer.elem);
		len = cap = iconst(B, ST_INT, u->u.array.len);
		types_layout(u->u.array.elem);
		esize = u->u.array.elem->size;
	} else if (u->kind == TYPE_ARRAY) {
		base = addr_of(B, xn);
		len = cap = iconst(B, ST_INT, u->u.array.len);
		types_layout(u->u.array.elem);
		esize = u->u.array.elem->size;
	} else {
		unsupported(B, e->pos, "slicing this type");
		return zero_val(B, e->type);
	}
	Value *lo = AST(e, slice).lo ? index_int(B, AST(e, slice).lo) : NULL;
	Value *hi = AST(e, slice).hi ? index_int(B, AST(e, slice).hi) : NULL;
	Value *max = AST(e, slice).max ? index_int(B, AST(e, slice).max) : NULL;
	B->pos = e->pos;
	int is_string = u->kind == TYPE_STRING;
	if (max) {
		check_index(B, max, cap, BOUNDS_SLICE3_ACAP);
		check_index(B, hi, max, BOUNDS_SLICE3_B);
		if (lo)
			check_index(B, lo, hi, BOUNDS_SLICE3_C);
	} else {
		if (hi)
			check_index(B, hi, is_string ? len : cap, is_string ? BOUNDS_SLICE_ALEN : BOUNDS_SLICE_ACAP);
		else
			hi = len;
		if (lo)
			check_index(B, lo, hi, BOUNDS_SLICE_B);
		max = cap;
	}
	Val v = {0};
	v.type = e->type;
	Value *nlen = lo ? v2(B, OP_Sub, ST_INT, hi, lo) : hi;
	v.w[0] = lo ? elem_addr(B, base, lo, esize) : base;
	v.w[1] = nlen;
	if (types_is_string(e->type)) {
		v.n = 2;
	} else {
		v.n = 3;
		v.w[2] = lo ? v2(B, OP_Sub, ST_INT, max, lo) : max;
	}
	return v;
}

/* ---- composite literals ------------------------------------------------------ */

static void store_elem(Builder *B, Node *v, Type *et, Value *p)
{
	Type *eu = types_underlying(et);
	if (v->kind == NODE_COMPOSITE_LIT && types_identical(v->type, et) &&
	    (eu->kind == TYPE_ARRAY || eu->kind == TYPE_STRUCT)) {
		init_composite(B, v, et, p);   /* built in place */
		return;
	}
	store_val(B, p, literal_part(B, v, et));
}

/* Fills zeroed memory at p with the literal e of type t. */
void init_composite(Builder *B, Node *e, Type *t, Value *p)
{
	Type *u = types_underlying(t);
	NodeList *elems = &AST(e, composite).elems;
	if (u->kind == TYPE_ARRAY || u->kind == TYPE_SLICE) {
		Type *et = u->kind == TYPE_ARRAY ? u->u.array.elem : u->u.pointer.elem;
		types_layout(et);
		int64_t idx = 0;
		for (int i = 0; i < elems->len; i++) {
			Node *el = elems->items[i];
			if (el->kind == NODE_KEY_VALUE) {
				int ok;
				idx = const_to_int64(AST(el, key_value).key->val, &ok);
				el = AST(el, key_value).value;
			}
			store_elem(B, el, et, offptr(B, p, idx * et->size));
			idx++;
		}
		return;
	}
	if (u->kind == TYPE_STRUCT) {
		for (int i = 0; i < elems->len; i++) {
			Node *el = elems->items[i];
			Field *f;
			if (el->kind == NODE_KEY_VALUE) {
				const char *name = AST(AST(el, key_value).key, name).name;
				f = NULL;
				for (int k = 0; k < u->u.strct.fields.len; k++)
					if (u->u.strct.fields.items[k].obj->name == name)
						f = &u->u.strct.fields.items[k];
				el = AST(el, key_value).value;
			} else {
				f = &u->u.strct.fields.items[i];
			}
			store_elem(B, el, f->obj->type, offptr(B, p, f->offset));
		}
		return;
	}
	unsupported(B, e->pos, "composite literals of this type");
}

static int64_t composite_len(Node *e, Type *u)
{
	if (u->kind == TYPE_ARRAY)
		return u->u.array.len;
	int64_t n = 0, idx = 0;
	NodeList *elems = &AST(e, composite).elems;
	for (int i = 0; i < elems->len; i++) {
		Node *el = elems->items[i];
		if (el->kind == NODE_KEY_VALUE) {
			int ok;
			idx = const_to_int64(AST(el, key_value).key->val, &ok);
		}
		idx++;
		if (idx > n)
			n = idx;
	}
	return n;
}

Val composite(Builder *B, Node *e)
{
	Type *t = e->type;
	Type *u = types_underlying(t);
	types_layout(t);
	if (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT) {
		Local *tmp = temp(B, t->size, t->align);
		Value *p = local_addr(B, tmp);
		zero(B, p, t->size);
		init_composite(B, e, t, p);
		Val v = {0};
		v.type = t;
		v.addr = p;
		return v;
	}
	if (u->kind == TYPE_SLICE) {
		/* the backing array on the heap (escape analysis will keep some on the stack) */
		Type *et = u->u.pointer.elem;
		types_layout(et);
		int64_t n = composite_len(e, u);
		Value *a[3] = {sym_addr(B, type_desc(B->prog, et)), iconst(B, ST_INT, n), iconst(B, ST_INT, n)};
		Value *p;
		SsaType rt = ST_PTR;
		Value *c = call_runtime(B, "rt_makeslice", a, 3, 1, &rt, &p, 0);
		/* gc checks no size for a slice literal's array (HeapAllocReason
		 * sees only the slice): gosub keeps one in the frame up to the
		 * 10 MiB of a declared variable, which the program text sizes too */
		c->site = new_site(B, 0, gc_text(B, e), e->pos, n * et->size, et->align);
		if (n * et->size > (10 << 20))
			c->site->heap_only = 1;
		init_composite(B, e, t, p);
		Val v = {0};
		v.type = t;
		v.n = 3;
		v.w[0] = p;
		v.w[1] = iconst(B, ST_INT, n);
		v.w[2] = v.w[1];
		return v;
	}
	if (u->kind == TYPE_MAP)
		return map_literal(B, e);
	unsupported(B, e->pos, "composite literals of this type");
	return zero_val(B, t);
}

/* ---- expressions: the dispatcher ----------------------------------------------- */

/* The address of an addressable expression (or of a copy, for array values). */
Value *addr_of(Builder *B, Node *e)
{
	switch (e->kind) {
	case NODE_PAREN:
		return addr_of(B, AST(e, paren).x);
	case NODE_NAME: {
		Object *o = AST(e, name).obj;
		VarHome *h = home_of(B, o);
		if (h && h->var < 0)
			return home_addr(B, h);
		break;
	}
	case NODE_SELECTOR:
		if (AST(e, selector).info && AST(e, selector).info->kind == SEL_QUALIFIED) {
			VarHome *h = home_of(B, AST(e, selector).info->obj);
			if (h)
				return home_addr(B, h);
		}
		if (AST(e, selector).info && AST(e, selector).info->kind == SEL_FIELD) {
			Type *ft;
			return field_addr(B, e, &ft);
		}
		break;
	case NODE_STAR: {
		Val p = expr(B, AST(e, star).x);
		B->pos = e->pos;
		return nil_checked(B, p.w[0]);
	}
	case NODE_INDEX: {
		Type *et;
		if (types_underlying(AST(e, index).x->type)->kind == TYPE_ARRAY &&
		    AST(e, index).x->mode != MODE_VARIABLE)
			break;
		if (types_underlying(AST(e, index).x->type)->kind == TYPE_MAP)
			break;   /* m[k].f reads a copy of the element */
		return index_addr(B, e, &et);
	}
	default:
		break;
	}
	/* a value: put it in a temporary */
	Val v = expr(B, e);
	if (v.n == 0)
		return v.addr;
	types_layout(v.type);
	Local *tmp = temp(B, v.type->size, v.type->align);
	Value *p = local_addr(B, tmp);
	store_val(B, p, v);
	return p;
}

Val expr(Builder *B, Node *e)
{
	Pos saved = B->pos;
	B->pos = e->pos;
	Val v = {0};
	v.type = e->type;
	if (e->mode == MODE_CONSTANT && e->val) {
		v = const_val(B, e->type, e->val);
		B->pos = saved;
		v.src = e;
		return v;
	}
	switch (e->kind) {
	case NODE_PAREN:
		v = expr(B, AST(e, paren).x);
		break;
	case NODE_NAME: {
		Object *o = AST(e, name).obj;
		if (o && o->kind == OBJ_NIL) {
			v = zero_val(B, e->type);
			break;
		}
		if (o && o->kind == OBJ_FUNC) {
			v = word_val(e->type, func_value(B, func_sym(B->prog, o)));
			break;
		}
		if (!o || o->kind != OBJ_VAR) {
			unsupported(B, e->pos, "this kind of name as a value");
		}
		VarHome *h = home_of(B, o);
		if (!h)
			ice(arena_sprintf(B->a, "variable %s has no home", o->name));
		v = read_home(B, h, o->type);
		break;
	}
	case NODE_SELECTOR: {
		Selection *sel = AST(e, selector).info;
		if (sel && sel->kind == SEL_QUALIFIED && sel->obj->kind == OBJ_VAR) {
			VarHome *h = home_of(B, sel->obj);
			v = read_home(B, h, sel->obj->type);
			break;
		}
		if (sel && sel->kind == SEL_FIELD) {
			Type *ft;
			Value *p = field_addr(B, e, &ft);
			v = load_val(B, ft, p);
			break;
		}
		if (sel && sel->kind == SEL_QUALIFIED && sel->obj->kind == OBJ_FUNC) {
			if (sel->obj->pkg && sel->obj->pkg->is_lib && !lib_implemented(B->prog, sel->obj))
				unsupported(B, e->pos, arena_sprintf(B->a, "the library function %s.%s (not written yet)",
				                                     sel->obj->pkg->path, sel->obj->name));
			v = word_val(e->type, func_value(B, func_sym(B->prog, sel->obj)));
			break;
		}
		if (sel && sel->kind == SEL_METHOD && types_is_interface(AST(e, selector).x->type)) {
			/* i.M as a value: i is evaluated now, and a nil i panics now */
			Val iv = expr(B, AST(e, selector).x);
			B->pos = e->pos;
			nil_checked(B, iv.w[0]);
			Value *size = iconst(B, ST_INT, 24), *obj;
			SsaType st = ST_PTR;
			Value *c = call_runtime(B, "rt_alloc", &size, 1, 1, &st, &obj, 0);
			const char *code = method_wrapper(B, sel->obj);
			c->site = implicit_site(B, gc_text(B, e), e->pos, 24, 8);
			c->site->closure_fn = code;
			store(B, ST_PTR, obj, sym_addr(B, code));
			store_val(B, offptr(B, obj, 8), iv);
			v = word_val(e->type, obj);
			break;
		}
		if (sel && sel->kind == SEL_METHOD && !types_is_interface(AST(e, selector).x->type)) {
			v = method_value(B, e, sel->obj);
			break;
		}
		if (sel && sel->kind == SEL_METHOD_EXPR) {
			/* T.M and (*T).M: the method itself, when the receiver kinds
			 * agree; (*T).M of a value method goes through a wrapper
			 * that loads *p first */
			Type *want = sel->obj->type->u.func.recv->type;
			Type *have = AST(e, selector).x->type;
			int want_ptr = types_underlying(want)->kind == TYPE_POINTER;
			int have_ptr = types_underlying(have)->kind == TYPE_POINTER;
			if (want_ptr == have_ptr && !types_is_interface(have)) {
				v = word_val(e->type, func_value(B, func_sym(B->prog, sel->obj)));
				break;
			}
			if (!want_ptr && have_ptr) {
				v = word_val(e->type, func_value(B, deref_wrapper(B, sel->obj)));
				break;
			}
		}
		unsupported(B, e->pos, "this method expression or interface method value");
	}
	case NODE_TYPE_ASSERT:
		v = type_assert(B, e, NULL);
		break;
	case NODE_STAR: {
		Val p = expr(B, AST(e, star).x);
		B->pos = e->pos;
		v = load_val(B, e->type, nil_checked(B, p.w[0]));
		break;
	}
	case NODE_BINARY:
		v = binary(B, e);
		break;
	case NODE_UNARY:
		v = unary(B, e);
		break;
	case NODE_CALL: {
		Val out[16];
		int n = call_expr(B, e, out, 16);
		if (n > 0)
			v = out[0];
		break;
	}
	case NODE_INDEX:
		v = index_expr(B, e);
		break;
	case NODE_SLICE:
		v = slice_expr(B, e);
		break;
	case NODE_COMPOSITE_LIT:
		v = composite(B, e);
		break;
	case NODE_FUNC_LIT:
		v = func_lit(B, e);
		break;
	case NODE_BASIC_LIT:
		/* a literal the checker recorded as a value, not a constant (the
		 * "abc" of []byte("abc")) */
		if (AST(e, lit).kind == LIT_STRING) {
			v = string_val(B, e->type, AST(e, lit).str, AST(e, lit).len);
		} else if (AST(e, lit).kind == LIT_RUNE) {
			v = word_val(e->type, iconst(B, scalar_type(default_type(e->type)), AST(e, lit).rune));
		} else {
			ConstVal *c = const_parse_int(B->a, AST(e, lit).text);
			v = const_val(B, e->type, c);
		}
		break;
	default:
		unsupported(B, e->pos, arena_sprintf(B->a, "%s expressions", ast_kind_name(e->kind)));
		v = zero_val(B, e->type);
		break;
	}
	B->pos = saved;
	if (!v.type)
		v.type = e->type;
	v.src = e;
	return v;
}

/* Branches to yes or no on the boolean e, short-circuiting && and ||. */
void cond(Builder *B, Node *e, Block *yes, Block *no)
{
	e = ast_unparen(e);
	if (e->kind == NODE_BINARY && e->mode != MODE_CONSTANT &&
	    (AST(e, binary).op == TOK_LAND || AST(e, binary).op == TOK_LOR)) {
		Block *mid = new_block(B);
		if (AST(e, binary).op == TOK_LAND)
			cond(B, AST(e, binary).x, mid, no);
		else
			cond(B, AST(e, binary).x, yes, mid);
		seal(B, mid);
		B->cur = mid;
		cond(B, AST(e, binary).y, yes, no);
		return;
	}
	if (e->kind == NODE_UNARY && AST(e, unary).op == TOK_NOT && e->mode != MODE_CONSTANT) {
		cond(B, AST(e, unary).x, no, yes);
		return;
	}
	Val c = expr(B, e);
	branch(B, c.w[0], yes, no);
}
