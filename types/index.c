/* index.c — indexing, slicing and composite literals (Go spec: Index
 * expressions, Slice expressions, Composite literals).
 *
 * They share one rule: an index must be an integer that fits an int, not
 * negative, and, when the length is known while compiling (an array, a
 * constant string, a literal of array type), less than the length:
 *
 *     var a [3]int
 *     a[5]                  invalid argument: index 5 out of bounds [0:3]
 *     [3]int{5: 1}          invalid argument: index 5 out of bounds [0:3]
 *     [2]int{1, 2, 3}       index 2 is out of bounds (>= 2)
 *
 * Which of a[i]'s modes it gets decides what may be done with it: an
 * element of a slice or of an addressable array is a variable (a[i] = v,
 * &a[i]); an element of a map is a "map index" (m[k] = v, but not &m[k]);
 * a byte of a string is a value (s[i] = 'x' is an error).
 */
#include "check.h"

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

void check_index_expr(Types *t, Operand *x, Node *e)
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

void check_slice_expr(Types *t, Operand *x, Node *e)
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
		check_addr_taken(x->expr);   /* a[lo:hi] points into a */
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
