/* test_parser.c — the shapes of the trees the parser builds: expressions,
 * composite literals, statement headers, statements.
 *
 * Most tests compare the AST dump (gosub build -dump ast) of a small
 * snippet, without positions (tu_shape), against the tree Go's grammar
 * gives it.  Declarations are in test_decls.c; positions and syntax
 * errors, as gc 1.19 gives them, in test_gc_syntax.c.
 *
 * tu_expr(E) parses "package p\nvar _ = E\n" (E starts at 2:9);
 * tu_stmt(S) and tu_body(S) parse S as the body of func f, starting on
 * line 3.  See check_util.h.
 */
#include "check_util.h"

/* ---- expressions: precedence and associativity ------------------------------ */

static const struct { const char *src; const char *shape; } exprs[] = {
	/* Go spec: Operator precedence.  5: * / % << >> & &^  4: + - | ^
	 * 3: == != < <= > >=  2: &&  1: || */
	{"a + b*c",
	 "Binary +\n"
	 "  x: Name a\n"
	 "  y: Binary *\n"
	 "    x: Name b\n"
	 "    y: Name c\n"},
	{"a*b + c",
	 "Binary +\n"
	 "  x: Binary *\n"
	 "    x: Name a\n"
	 "    y: Name b\n"
	 "  y: Name c\n"},
	{"a || b && c",
	 "Binary ||\n"
	 "  x: Name a\n"
	 "  y: Binary &&\n"
	 "    x: Name b\n"
	 "    y: Name c\n"},
	{"a && b || c",
	 "Binary ||\n"
	 "  x: Binary &&\n"
	 "    x: Name a\n"
	 "    y: Name b\n"
	 "  y: Name c\n"},
	{"a == b && c < d",
	 "Binary &&\n"
	 "  x: Binary ==\n"
	 "    x: Name a\n"
	 "    y: Name b\n"
	 "  y: Binary <\n"
	 "    x: Name c\n"
	 "    y: Name d\n"},
	{"a + b != c - d",
	 "Binary !=\n"
	 "  x: Binary +\n"
	 "    x: Name a\n"
	 "    y: Name b\n"
	 "  y: Binary -\n"
	 "    x: Name c\n"
	 "    y: Name d\n"},
	{"a || b && c == d + e * f",
	 "Binary ||\n"
	 "  x: Name a\n"
	 "  y: Binary &&\n"
	 "    x: Name b\n"
	 "    y: Binary ==\n"
	 "      x: Name c\n"
	 "      y: Binary +\n"
	 "        x: Name d\n"
	 "        y: Binary *\n"
	 "          x: Name e\n"
	 "          y: Name f\n"},
	/* binary operators of one level associate to the left */
	{"a - b - c",
	 "Binary -\n"
	 "  x: Binary -\n"
	 "    x: Name a\n"
	 "    y: Name b\n"
	 "  y: Name c\n"},
	{"a / b % c",
	 "Binary %\n"
	 "  x: Binary /\n"
	 "    x: Name a\n"
	 "    y: Name b\n"
	 "  y: Name c\n"},
	{"x &^ y & z",
	 "Binary &\n"
	 "  x: Binary &^\n"
	 "    x: Name x\n"
	 "    y: Name y\n"
	 "  y: Name z\n"},
	{"a < b == c",
	 "Binary ==\n"
	 "  x: Binary <\n"
	 "    x: Name a\n"
	 "    y: Name b\n"
	 "  y: Name c\n"},
	/* << binds like *, | like + */
	{"a << 1 | b",
	 "Binary |\n"
	 "  x: Binary <<\n"
	 "    x: Name a\n"
	 "    y: BasicLit int 1\n"
	 "  y: Name b\n"},
	{"a ^ b >> c",
	 "Binary ^\n"
	 "  x: Name a\n"
	 "  y: Binary >>\n"
	 "    x: Name b\n"
	 "    y: Name c\n"},
	/* unary operators bind tighter than any binary one */
	{"-x * y",
	 "Binary *\n"
	 "  x: Unary -\n"
	 "    x: Name x\n"
	 "  y: Name y\n"},
	{"!a && b",
	 "Binary &&\n"
	 "  x: Unary !\n"
	 "    x: Name a\n"
	 "  y: Name b\n"},
	{"*p + 1",
	 "Binary +\n"
	 "  x: Star\n"
	 "    x: Name p\n"
	 "  y: BasicLit int 1\n"},
	{"^x + +y",
	 "Binary +\n"
	 "  x: Unary ^\n"
	 "    x: Name x\n"
	 "  y: Unary +\n"
	 "    x: Name y\n"},
	{"- -x",
	 "Unary -\n"
	 "  x: Unary -\n"
	 "    x: Name x\n"},
	/* but primary expressions bind tighter still */
	{"&x.f",
	 "Unary &\n"
	 "  x: Selector\n"
	 "    x: Name x\n"
	 "    sel: Name f\n"},
	{"*p.q",
	 "Star\n"
	 "  x: Selector\n"
	 "    x: Name p\n"
	 "    sel: Name q\n"},
	{"-a[i]",
	 "Unary -\n"
	 "  x: Index\n"
	 "    x: Name a\n"
	 "    index: Name i\n"},
	/* receive */
	{"<-ch",
	 "Unary <-\n"
	 "  x: Name ch\n"},
	{"<-<-ch",
	 "Unary <-\n"
	 "  x: Unary <-\n"
	 "    x: Name ch\n"},
	{"<-ch + 1",
	 "Binary +\n"
	 "  x: Unary <-\n"
	 "    x: Name ch\n"
	 "  y: BasicLit int 1\n"},
	{"<-f()",
	 "Unary <-\n"
	 "  x: Call\n"
	 "    fun: Name f\n"},
	{"(a + b) * c",
	 "Binary *\n"
	 "  x: Paren\n"
	 "    x: Binary +\n"
	 "      x: Name a\n"
	 "      y: Name b\n"
	 "  y: Name c\n"},
	/* selectors, indexes, slices, assertions, calls */
	{"a.b.c",
	 "Selector\n"
	 "  x: Selector\n"
	 "    x: Name a\n"
	 "    sel: Name b\n"
	 "  sel: Name c\n"},
	{"a[i][j]",
	 "Index\n"
	 "  x: Index\n"
	 "    x: Name a\n"
	 "    index: Name i\n"
	 "  index: Name j\n"},
	{"s[1:2]",
	 "Slice\n"
	 "  x: Name s\n"
	 "  lo: BasicLit int 1\n"
	 "  hi: BasicLit int 2\n"},
	{"s[:2]",
	 "Slice\n"
	 "  x: Name s\n"
	 "  hi: BasicLit int 2\n"},
	{"s[1:]",
	 "Slice\n"
	 "  x: Name s\n"
	 "  lo: BasicLit int 1\n"},
	{"s[:]",
	 "Slice\n"
	 "  x: Name s\n"},
	{"s[1:2:3]",
	 "Slice (3-index)\n"
	 "  x: Name s\n"
	 "  lo: BasicLit int 1\n"
	 "  hi: BasicLit int 2\n"
	 "  max: BasicLit int 3\n"},
	{"s[:i+1:cap(s)]",
	 "Slice (3-index)\n"
	 "  x: Name s\n"
	 "  hi: Binary +\n"
	 "    x: Name i\n"
	 "    y: BasicLit int 1\n"
	 "  max: Call\n"
	 "    fun: Name cap\n"
	 "    args:\n"
	 "      Name s\n"},
	{"x.(T)",
	 "TypeAssert\n"
	 "  x: Name x\n"
	 "  type: Name T\n"},
	{"x.(*p.T)",
	 "TypeAssert\n"
	 "  x: Name x\n"
	 "  type: Star\n"
	 "    x: Selector\n"
	 "      x: Name p\n"
	 "      sel: Name T\n"},
	{"x.(T).f",
	 "Selector\n"
	 "  x: TypeAssert\n"
	 "    x: Name x\n"
	 "    type: Name T\n"
	 "  sel: Name f\n"},
	{"f()",
	 "Call\n"
	 "  fun: Name f\n"},
	{"f(a, b...)",
	 "Call (with ...)\n"
	 "  fun: Name f\n"
	 "  args:\n"
	 "    Name a\n"
	 "    Name b\n"},
	{"f(a, b,)",
	 "Call\n"
	 "  fun: Name f\n"
	 "  args:\n"
	 "    Name a\n"
	 "    Name b\n"},
	{"append(s, t...,)",
	 "Call (with ...)\n"
	 "  fun: Name append\n"
	 "  args:\n"
	 "    Name s\n"
	 "    Name t\n"},
	{"f(a)(b)",
	 "Call\n"
	 "  fun: Call\n"
	 "    fun: Name f\n"
	 "    args:\n"
	 "      Name a\n"
	 "  args:\n"
	 "    Name b\n"},
	{"a.f(x)[0]",
	 "Index\n"
	 "  x: Call\n"
	 "    fun: Selector\n"
	 "      x: Name a\n"
	 "      sel: Name f\n"
	 "    args:\n"
	 "      Name x\n"
	 "  index: BasicLit int 0\n"},
	/* conversions: a type where a function would be */
	{"[]byte(s)",
	 "Call\n"
	 "  fun: ArrayType (slice)\n"
	 "    elem: Name byte\n"
	 "  args:\n"
	 "    Name s\n"},
	{"(*T)(p)",
	 "Call\n"
	 "  fun: Paren\n"
	 "    x: Star\n"
	 "      x: Name T\n"
	 "  args:\n"
	 "    Name p\n"},
	{"interface{}(x)",
	 "Call\n"
	 "  fun: InterfaceType\n"
	 "  args:\n"
	 "    Name x\n"},
	{"map[string][]int(nil)",
	 "Call\n"
	 "  fun: MapType\n"
	 "    key: Name string\n"
	 "    value: ArrayType (slice)\n"
	 "      elem: Name int\n"
	 "  args:\n"
	 "    Name nil\n"},
	{"make(chan int, 1)",
	 "Call\n"
	 "  fun: Name make\n"
	 "  args:\n"
	 "    ChanType chan\n"
	 "      elem: Name int\n"
	 "    BasicLit int 1\n"},
	{"func(x int) int { return x }",
	 "FuncLit\n"
	 "  type: FuncType\n"
	 "    params:\n"
	 "      Field\n"
	 "        names:\n"
	 "          Name x\n"
	 "        type: Name int\n"
	 "    results:\n"
	 "      Field\n"
	 "        type: Name int\n"
	 "  body: Block\n"
	 "    Return\n"
	 "      results:\n"
	 "        Name x\n"},
	{"func() {}()",
	 "Call\n"
	 "  fun: FuncLit\n"
	 "    type: FuncType\n"
	 "    body: Block\n"},
	/* literals */
	{"'a' + \"b\" + `c` + 1",
	 "Binary +\n"
	 "  x: Binary +\n"
	 "    x: Binary +\n"
	 "      x: BasicLit rune 'a'\n"
	 "      y: BasicLit string \"b\"\n"
	 "    y: BasicLit string `c`\n"
	 "  y: BasicLit int 1\n"},
};

START_TEST(test_expr_shape)
{
	Node *n = tu_expr(exprs[_i].src);
	ck_assert_shape(n, exprs[_i].src, exprs[_i].shape);
}
END_TEST

/* ---- composite literals --------------------------------------------------------- */

static const struct { const char *src; const char *shape; } composites[] = {
	{"T{1, 2}",
	 "CompositeLit\n"
	 "  type: Name T\n"
	 "  elems:\n"
	 "    BasicLit int 1\n"
	 "    BasicLit int 2\n"},
	{"T{}",
	 "CompositeLit\n"
	 "  type: Name T\n"},
	{"[]int{1, 2,}",
	 "CompositeLit\n"
	 "  type: ArrayType (slice)\n"
	 "    elem: Name int\n"
	 "  elems:\n"
	 "    BasicLit int 1\n"
	 "    BasicLit int 2\n"},
	{"[...]int{1}",
	 "CompositeLit\n"
	 "  type: ArrayType\n"
	 "    len: Ellipsis\n"
	 "    elem: Name int\n"
	 "  elems:\n"
	 "    BasicLit int 1\n"},
	{"[2]string{}",
	 "CompositeLit\n"
	 "  type: ArrayType\n"
	 "    len: BasicLit int 2\n"
	 "    elem: Name string\n"},
	{"map[string]int{\"a\": 1}",
	 "CompositeLit\n"
	 "  type: MapType\n"
	 "    key: Name string\n"
	 "    value: Name int\n"
	 "  elems:\n"
	 "    KeyValue\n"
	 "      key: BasicLit string \"a\"\n"
	 "      value: BasicLit int 1\n"},
	{"Point{X: 1, Y: -2}",
	 "CompositeLit\n"
	 "  type: Name Point\n"
	 "  elems:\n"
	 "    KeyValue\n"
	 "      key: Name X\n"
	 "      value: BasicLit int 1\n"
	 "    KeyValue\n"
	 "      key: Name Y\n"
	 "      value: Unary -\n"
	 "        x: BasicLit int 2\n"},
	/* elided inner types */
	{"[][]int{{1}, {2: 3}, {}}",
	 "CompositeLit\n"
	 "  type: ArrayType (slice)\n"
	 "    elem: ArrayType (slice)\n"
	 "      elem: Name int\n"
	 "  elems:\n"
	 "    CompositeLit\n"
	 "      elems:\n"
	 "        BasicLit int 1\n"
	 "    CompositeLit\n"
	 "      elems:\n"
	 "        KeyValue\n"
	 "          key: BasicLit int 2\n"
	 "          value: BasicLit int 3\n"
	 "    CompositeLit\n"},
	{"map[P]Q{{1, 2}: {x: 3}}",
	 "CompositeLit\n"
	 "  type: MapType\n"
	 "    key: Name P\n"
	 "    value: Name Q\n"
	 "  elems:\n"
	 "    KeyValue\n"
	 "      key: CompositeLit\n"
	 "        elems:\n"
	 "          BasicLit int 1\n"
	 "          BasicLit int 2\n"
	 "      value: CompositeLit\n"
	 "        elems:\n"
	 "          KeyValue\n"
	 "            key: Name x\n"
	 "            value: BasicLit int 3\n"},
	{"&T{}",
	 "Unary &\n"
	 "  x: CompositeLit\n"
	 "    type: Name T\n"},
	{"[]*T{{}, &T{}}",
	 "CompositeLit\n"
	 "  type: ArrayType (slice)\n"
	 "    elem: Star\n"
	 "      x: Name T\n"
	 "  elems:\n"
	 "    CompositeLit\n"
	 "    Unary &\n"
	 "      x: CompositeLit\n"
	 "        type: Name T\n"},
	{"struct{ x int }{1}",
	 "CompositeLit\n"
	 "  type: StructType\n"
	 "    fields:\n"
	 "      Field\n"
	 "        names:\n"
	 "          Name x\n"
	 "        type: Name int\n"
	 "  elems:\n"
	 "    BasicLit int 1\n"},
	{"pkg.T{F: f}",
	 "CompositeLit\n"
	 "  type: Selector\n"
	 "    x: Name pkg\n"
	 "    sel: Name T\n"
	 "  elems:\n"
	 "    KeyValue\n"
	 "      key: Name F\n"
	 "      value: Name f\n"},
	{"T{}.f",
	 "Selector\n"
	 "  x: CompositeLit\n"
	 "    type: Name T\n"
	 "  sel: Name f\n"},
	{"[]int{1}[0]",
	 "Index\n"
	 "  x: CompositeLit\n"
	 "    type: ArrayType (slice)\n"
	 "      elem: Name int\n"
	 "    elems:\n"
	 "      BasicLit int 1\n"
	 "  index: BasicLit int 0\n"},
};

START_TEST(test_composite_shape)
{
	Node *n = tu_expr(composites[_i].src);
	ck_assert_shape(n, composites[_i].src, composites[_i].shape);
}
END_TEST

/* An elided literal has no type; its element list is right there. */
START_TEST(test_composite_elided_fields)
{
	Node *n = tu_expr("[]T{{1, 2}}");
	ck_assert_kind(n, NODE_COMPOSITE_LIT);
	ck_assert_ptr_nonnull(AST(n, composite).type);
	ck_assert_int_eq(AST(n, composite).elems.len, 1);
	Node *inner = AST(n, composite).elems.items[0];
	ck_assert_kind(inner, NODE_COMPOSITE_LIT);
	ck_assert_ptr_null(AST(inner, composite).type);
	ck_assert_int_eq(AST(inner, composite).elems.len, 2);
	/* the closing brace is remembered: 2:9 + len("[]T{{1, 2}") */
	ck_assert_pos(AST(inner, composite).rbrace, 2, 18);
	ck_assert_pos(AST(n, composite).rbrace, 2, 19);
}
END_TEST

/* ---- control-clause headers: T{ is a literal only inside ( [ { ----------------- */

/* Go spec: Composite literals.  "A parsing ambiguity arises when a
 * composite literal using the TypeName form of the LiteralType appears as
 * an operand between the keyword and the opening brace of the block of an
 * "if", "for", or "switch" statement ...".  In `if x == T{} {` the T is
 * the whole right operand and `{}` is the block; the second `{` then
 * stands where the statement should have ended.  gc 1.19:
 *     t.go:3:14: syntax error: unexpected { at end of statement
 *     t.go:5:1: syntax error: non-declaration statement outside function body */
START_TEST(test_header_literal_is_not_parsed)
{
	tu_parse("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n");
	ck_assert_str_eq(tu_errors(),
	                 "3:14: syntax error: unexpected { at end of statement\n"
	                 "5:1: syntax error: non-declaration statement outside function body\n");
}
END_TEST

/* The first error alone, for when recovery differs. */
START_TEST(test_header_literal_first_error)
{
	tu_parse("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n");
	const char *errs = tu_errors();
	const char *want = "3:14: syntax error: unexpected { at end of statement\n";
	ck_assert_msg(strncmp(errs, want, strlen(want)) == 0, "got\n%s", errs);
}
END_TEST

/* Without the second {, the same header parses: T is the operand and
 * {} the block. */
START_TEST(test_header_name_then_block)
{
	Node *n = tu_stmt("if x == T {}");
	ck_assert_str_eq(tu_shape(n),
		"If\n"
		"  cond: Binary ==\n"
		"    x: Name x\n"
		"    y: Name T\n"
		"  then: Block\n");
}
END_TEST

START_TEST(test_header_parenthesized_literal)
{
	Node *n = tu_stmt("if (T{}) == x {}");
	ck_assert_str_eq(tu_shape(n),
		"If\n"
		"  cond: Binary ==\n"
		"    x: Paren\n"
		"      x: CompositeLit\n"
		"        type: Name T\n"
		"    y: Name x\n"
		"  then: Block\n");
}
END_TEST

/* A type that is not a bare name cannot be a block: []int{1} is a
 * literal even in a header. */
START_TEST(test_header_range_over_literal)
{
	Node *n = tu_stmt("for _, v := range []int{1} {}");
	ck_assert_str_eq(tu_shape(n),
		"Range :=\n"
		"  key: Name _\n"
		"  value: Name v\n"
		"  x: CompositeLit\n"
		"    type: ArrayType (slice)\n"
		"      elem: Name int\n"
		"    elems:\n"
		"      BasicLit int 1\n"
		"  body: Block\n");
}
END_TEST

/* Inside ( or [ of the header, T{} is a literal again. */
START_TEST(test_header_literal_inside_brackets)
{
	Node *n = tu_stmt("if f(T{}) {}");
	ck_assert_str_eq(tu_shape(n),
		"If\n"
		"  cond: Call\n"
		"    fun: Name f\n"
		"    args:\n"
		"      CompositeLit\n"
		"        type: Name T\n"
		"  then: Block\n");
	n = tu_stmt("for m[T{1}] {}");
	ck_assert_str_eq(tu_shape(n),
		"For\n"
		"  cond: Index\n"
		"    x: Name m\n"
		"    index: CompositeLit\n"
		"      type: Name T\n"
		"      elems:\n"
		"        BasicLit int 1\n"
		"  body: Block\n");
}
END_TEST

/* A func literal's body in a header is a body, not the statement's block. */
START_TEST(test_header_func_literal)
{
	Node *n = tu_stmt("if func() bool { return true }() {}");
	ck_assert_str_eq(tu_shape(n),
		"If\n"
		"  cond: Call\n"
		"    fun: FuncLit\n"
		"      type: FuncType\n"
		"        results:\n"
		"          Field\n"
		"            type: Name bool\n"
		"      body: Block\n"
		"        Return\n"
		"          results:\n"
		"            Name true\n"
		"  then: Block\n");
}
END_TEST

START_TEST(test_switch_header_literal)
{
	Node *n = tu_stmt("switch x := (T{}); x {}");
	ck_assert_str_eq(tu_shape(n),
		"Switch\n"
		"  init: Assign :=\n"
		"    lhs:\n"
		"      Name x\n"
		"    rhs:\n"
		"      Paren\n"
		"        x: CompositeLit\n"
		"          type: Name T\n"
		"  tag: Name x\n");
}
END_TEST

/* ---- statements --------------------------------------------------------------------- */

static const struct { const char *src; const char *shape; } stmts[] = {
	{"x, y = y, x",
	 "Assign =\n"
	 "  lhs:\n"
	 "    Name x\n"
	 "    Name y\n"
	 "  rhs:\n"
	 "    Name y\n"
	 "    Name x\n"},
	{"a, b := f()",
	 "Assign :=\n"
	 "  lhs:\n"
	 "    Name a\n"
	 "    Name b\n"
	 "  rhs:\n"
	 "    Call\n"
	 "      fun: Name f\n"},
	{"x += 1", "Assign +=\n  lhs:\n    Name x\n  rhs:\n    BasicLit int 1\n"},
	{"x &^= m", "Assign &^=\n  lhs:\n    Name x\n  rhs:\n    Name m\n"},
	{"x <<= 2", "Assign <<=\n  lhs:\n    Name x\n  rhs:\n    BasicLit int 2\n"},
	{"a[i].f = *p",
	 "Assign =\n"
	 "  lhs:\n"
	 "    Selector\n"
	 "      x: Index\n"
	 "        x: Name a\n"
	 "        index: Name i\n"
	 "      sel: Name f\n"
	 "  rhs:\n"
	 "    Star\n"
	 "      x: Name p\n"},
	{"x++", "IncDec ++\n  x: Name x\n"},
	{"p.n--", "IncDec --\n  x: Selector\n    x: Name p\n    sel: Name n\n"},
	{"ch <- v + 1",
	 "Send\n"
	 "  chan: Name ch\n"
	 "  value: Binary +\n"
	 "    x: Name v\n"
	 "    y: BasicLit int 1\n"},
	{"<-ch", "ExprStmt\n  x: Unary <-\n    x: Name ch\n"},
	{"f(x)", "ExprStmt\n  x: Call\n    fun: Name f\n    args:\n      Name x\n"},
	{"go f(x)", "Go\n  call: Call\n    fun: Name f\n    args:\n      Name x\n"},
	{"defer mu.Unlock()",
	 "Defer\n"
	 "  call: Call\n"
	 "    fun: Selector\n"
	 "      x: Name mu\n"
	 "      sel: Name Unlock\n"},
	{"go func() {}()", "Go\n  call: Call\n    fun: FuncLit\n      type: FuncType\n      body: Block\n"},
	{"return", "Return\n"},
	{"return a, b",
	 "Return\n"
	 "  results:\n"
	 "    Name a\n"
	 "    Name b\n"},
	{"var x, y int = 1, 2",
	 "DeclStmt\n"
	 "  decl: GenDecl var\n"
	 "    ValueSpec\n"
	 "      names:\n"
	 "        Name x\n"
	 "        Name y\n"
	 "      type: Name int\n"
	 "      values:\n"
	 "        BasicLit int 1\n"
	 "        BasicLit int 2\n"},
	{"const c = 1",
	 "DeclStmt\n"
	 "  decl: GenDecl const\n"
	 "    ValueSpec\n"
	 "      names:\n"
	 "        Name c\n"
	 "      values:\n"
	 "        BasicLit int 1\n"},
	{"type T struct{}",
	 "DeclStmt\n"
	 "  decl: GenDecl type\n"
	 "    TypeSpec\n"
	 "      name: Name T\n"
	 "      type: StructType\n"},
	{"{ x := 1; _ = x }",
	 "Block\n"
	 "  Assign :=\n"
	 "    lhs:\n"
	 "      Name x\n"
	 "    rhs:\n"
	 "      BasicLit int 1\n"
	 "  Assign =\n"
	 "    lhs:\n"
	 "      Name _\n"
	 "    rhs:\n"
	 "      Name x\n"},
	/* if */
	{"if x := f(); x > 0 {\n} else if x < 0 {\n} else {\n}",
	 "If\n"
	 "  init: Assign :=\n"
	 "    lhs:\n"
	 "      Name x\n"
	 "    rhs:\n"
	 "      Call\n"
	 "        fun: Name f\n"
	 "  cond: Binary >\n"
	 "    x: Name x\n"
	 "    y: BasicLit int 0\n"
	 "  then: Block\n"
	 "  else: If\n"
	 "    cond: Binary <\n"
	 "      x: Name x\n"
	 "      y: BasicLit int 0\n"
	 "    then: Block\n"
	 "    else: Block\n"},
	/* for, in all its forms */
	{"for {\n}", "For\n  body: Block\n"},
	{"for x < 3 {}", "For\n  cond: Binary <\n    x: Name x\n    y: BasicLit int 3\n  body: Block\n"},
	{"for i := 0; i < 10; i++ {}",
	 "For\n"
	 "  init: Assign :=\n"
	 "    lhs:\n"
	 "      Name i\n"
	 "    rhs:\n"
	 "      BasicLit int 0\n"
	 "  cond: Binary <\n"
	 "    x: Name i\n"
	 "    y: BasicLit int 10\n"
	 "  post: IncDec ++\n"
	 "    x: Name i\n"
	 "  body: Block\n"},
	{"for ; ; {}", "For\n  body: Block\n"},
	{"for i := 0; ; {}",
	 "For\n"
	 "  init: Assign :=\n"
	 "    lhs:\n"
	 "      Name i\n"
	 "    rhs:\n"
	 "      BasicLit int 0\n"
	 "  body: Block\n"},
	{"for ; ; i++ {}", "For\n  post: IncDec ++\n    x: Name i\n  body: Block\n"},
	{"for range ch {}", "Range\n  x: Name ch\n  body: Block\n"},
	{"for k := range m {}", "Range :=\n  key: Name k\n  x: Name m\n  body: Block\n"},
	{"for k, v = range m {}",
	 "Range =\n  key: Name k\n  value: Name v\n  x: Name m\n  body: Block\n"},
	{"for a[0] = range s {}",
	 "Range =\n  key: Index\n    x: Name a\n    index: BasicLit int 0\n  x: Name s\n  body: Block\n"},
	/* switch */
	{"switch x := f(); x {\ncase 1, 2:\n\tfallthrough\ndefault:\n}",
	 "Switch\n"
	 "  init: Assign :=\n"
	 "    lhs:\n"
	 "      Name x\n"
	 "    rhs:\n"
	 "      Call\n"
	 "        fun: Name f\n"
	 "  tag: Name x\n"
	 "  CaseClause\n"
	 "    list:\n"
	 "      BasicLit int 1\n"
	 "      BasicLit int 2\n"
	 "    body:\n"
	 "      Branch fallthrough\n"
	 "  CaseClause default\n"},
	{"switch {\ncase x > 1:\n\ty()\n}",
	 "Switch\n"
	 "  CaseClause\n"
	 "    list:\n"
	 "      Binary >\n"
	 "        x: Name x\n"
	 "        y: BasicLit int 1\n"
	 "    body:\n"
	 "      ExprStmt\n"
	 "        x: Call\n"
	 "          fun: Name y\n"},
	{"switch f(); {}", "Switch\n  init: ExprStmt\n    x: Call\n      fun: Name f\n"},
	/* type switches */
	{"switch v := x.(type) {\ncase int, string:\ncase nil:\ndefault:\n}",
	 "TypeSwitch\n"
	 "  bind: Name v\n"
	 "  guard: TypeAssert (type switch guard)\n"
	 "    x: Name x\n"
	 "  CaseClause\n"
	 "    list:\n"
	 "      Name int\n"
	 "      Name string\n"
	 "  CaseClause\n"
	 "    list:\n"
	 "      Name nil\n"
	 "  CaseClause default\n"},
	{"switch x.(type) {\ncase *T, []int:\n}",
	 "TypeSwitch\n"
	 "  guard: TypeAssert (type switch guard)\n"
	 "    x: Name x\n"
	 "  CaseClause\n"
	 "    list:\n"
	 "      Star\n"
	 "        x: Name T\n"
	 "      ArrayType (slice)\n"
	 "        elem: Name int\n"},
	{"switch y := g(); v := y.f.(type) {}",
	 "TypeSwitch\n"
	 "  init: Assign :=\n"
	 "    lhs:\n"
	 "      Name y\n"
	 "    rhs:\n"
	 "      Call\n"
	 "        fun: Name g\n"
	 "  bind: Name v\n"
	 "  guard: TypeAssert (type switch guard)\n"
	 "    x: Selector\n"
	 "      x: Name y\n"
	 "      sel: Name f\n"},
	/* select */
	{"select {\ncase v := <-ch:\n\tuse(v)\ncase v, ok = <-ch:\ncase ch <- 1:\ncase <-ch:\ndefault:\n}",
	 "Select\n"
	 "  CommClause\n"
	 "    comm: Assign :=\n"
	 "      lhs:\n"
	 "        Name v\n"
	 "      rhs:\n"
	 "        Unary <-\n"
	 "          x: Name ch\n"
	 "    body:\n"
	 "      ExprStmt\n"
	 "        x: Call\n"
	 "          fun: Name use\n"
	 "          args:\n"
	 "            Name v\n"
	 "  CommClause\n"
	 "    comm: Assign =\n"
	 "      lhs:\n"
	 "        Name v\n"
	 "        Name ok\n"
	 "      rhs:\n"
	 "        Unary <-\n"
	 "          x: Name ch\n"
	 "  CommClause\n"
	 "    comm: Send\n"
	 "      chan: Name ch\n"
	 "      value: BasicLit int 1\n"
	 "  CommClause\n"
	 "    comm: ExprStmt\n"
	 "      x: Unary <-\n"
	 "        x: Name ch\n"
	 "  CommClause default\n"},
	{"select {}", "Select\n"},
	/* labels and branches */
	{"L:\n\tfor {\n\t\tcontinue L\n\t}",
	 "Labeled\n"
	 "  label: Name L\n"
	 "  stmt: For\n"
	 "    body: Block\n"
	 "      Branch continue\n"
	 "        label: Name L\n"},
	{"L:\n\tswitch {\n\tdefault:\n\t\tbreak L\n\t}",
	 "Labeled\n"
	 "  label: Name L\n"
	 "  stmt: Switch\n"
	 "    CaseClause default\n"
	 "      body:\n"
	 "        Branch break\n"
	 "          label: Name L\n"},
	{"for { break }", "For\n  body: Block\n    Branch break\n"},
};

START_TEST(test_stmt_shape)
{
	Node *n = tu_stmt(stmts[_i].src);
	ck_assert_shape(n, stmts[_i].src, stmts[_i].shape);
}
END_TEST

/* Empty statements leave nothing behind; a label may stand before '}'. */
START_TEST(test_empty_statements)
{
	Node *b = tu_body("\t;\n\tx();;\n\t;");
	ck_assert_str_eq(tu_shape(b),
		"Block\n"
		"  ExprStmt\n"
		"    x: Call\n"
		"      fun: Name x\n");
}
END_TEST

START_TEST(test_type_switch_fields)
{
	Node *n = tu_stmt("switch v := x.(type) {\ncase int:\n}");
	ck_assert_kind(n, NODE_TYPE_SWITCH);
	Node *bind = AST(n, type_switch).bind;
	ck_assert_kind(bind, NODE_NAME);
	ck_assert_str_eq(AST(bind, name).name, "v");
	Node *guard = AST(n, type_switch).guard;
	ck_assert_kind(guard, NODE_TYPE_ASSERT);
	ck_assert_ptr_null(AST(guard, assert).type);
	ck_assert_int_eq(AST(n, type_switch).clauses.len, 1);
	ck_assert_ptr_null(AST(n, type_switch).init);
	/* x.(T) outside a switch header has its type */
	Node *e = tu_expr("x.(T)");
	ck_assert_ptr_nonnull(AST(e, assert).type);
}
END_TEST

START_TEST(test_case_clause_fields)
{
	Node *n = tu_stmt("switch x {\ncase 1:\n\ta()\n\tb()\ndefault:\n}");
	ck_assert_kind(n, NODE_SWITCH);
	ck_assert_int_eq(AST(n, switch_stmt).clauses.len, 2);
	Node *c0 = AST(n, switch_stmt).clauses.items[0];
	Node *c1 = AST(n, switch_stmt).clauses.items[1];
	ck_assert_int_eq(AST(c0, case_clause).is_default, 0);
	ck_assert_int_eq(AST(c0, case_clause).body.len, 2);
	ck_assert_pos(AST(c0, case_clause).colon, 4, 7);
	ck_assert_int_eq(AST(c1, case_clause).is_default, 1);
	ck_assert_int_eq(AST(c1, case_clause).list.len, 0);
	ck_assert_pos(c1->pos, 7, 1);
	ck_assert_pos(AST(n, switch_stmt).rbrace, 8, 1);
}
END_TEST

START_TEST(test_range_fields)
{
	Node *n = tu_stmt("\tfor k, v := range m {}");
	ck_assert_kind(n, NODE_RANGE);
	ck_assert_int_eq(AST(n, range).tok, TOK_DEFINE);
	ck_assert_pos(n->pos, 3, 2);
	ck_assert_pos(AST(n, range).range_pos, 3, 14);
	n = tu_stmt("for range m {}");
	ck_assert_int_eq(AST(n, range).tok, 0);
	ck_assert_ptr_null(AST(n, range).key);
	ck_assert_ptr_null(AST(n, range).value);
}
END_TEST

START_TEST(test_branch_fields)
{
	Node *b = tu_body("L:\n\tfor {\n\t\tbreak L\n\t\tcontinue\n\t}");
	Node *l = AST(b, block).stmts.items[0];
	ck_assert_kind(l, NODE_LABELED);
	Node *f = AST(l, labeled).stmt;
	Node *body = AST(f, for_stmt).body;
	Node *brk = AST(body, block).stmts.items[0];
	Node *cont = AST(body, block).stmts.items[1];
	ck_assert_int_eq(AST(brk, branch).tok, TOK_BREAK);
	ck_assert_str_eq(AST(AST(brk, branch).label, name).name, "L");
	ck_assert_int_eq(AST(cont, branch).tok, TOK_CONTINUE);
	ck_assert_ptr_null(AST(cont, branch).label);
}
END_TEST

static Suite *parser_suite(void)
{
	Suite *s = suite_create("parser");
	TCase *tc;

	tc = tu_tcase("expressions");
	tcase_add_loop_test(tc, test_expr_shape, 0, sizeof exprs / sizeof *exprs);
	tcase_add_loop_test(tc, test_composite_shape, 0, sizeof composites / sizeof *composites);
	tcase_add_test(tc, test_composite_elided_fields);
	suite_add_tcase(s, tc);

	tc = tu_tcase("headers");
	tcase_add_test(tc, test_header_literal_is_not_parsed);
	tcase_add_test(tc, test_header_literal_first_error);
	tcase_add_test(tc, test_header_name_then_block);
	tcase_add_test(tc, test_header_parenthesized_literal);
	tcase_add_test(tc, test_header_range_over_literal);
	tcase_add_test(tc, test_header_literal_inside_brackets);
	tcase_add_test(tc, test_header_func_literal);
	tcase_add_test(tc, test_switch_header_literal);
	suite_add_tcase(s, tc);

	tc = tu_tcase("statements");
	tcase_add_loop_test(tc, test_stmt_shape, 0, sizeof stmts / sizeof *stmts);
	tcase_add_test(tc, test_empty_statements);
	tcase_add_test(tc, test_type_switch_fields);
	tcase_add_test(tc, test_case_clause_fields);
	tcase_add_test(tc, test_range_fields);
	tcase_add_test(tc, test_branch_fields);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return tu_run(parser_suite());
}
