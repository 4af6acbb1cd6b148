/* test_parser.c — the shapes of the trees the parser builds.
 *
 * Most tests compare the AST dump (gosub build -dump ast) of a small
 * snippet, without positions (tu_shape), against the tree Go's grammar
 * gives it.  Positions are tested separately, against what gc 1.19's
 * syntax package records for the same source (ast.h lists the rules:
 * a call sits at its '(', a selector at its '.', ...).  The syntax errors
 * at the end are gc 1.19's messages, copied from `go tool compile`.
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
	const char *got = tu_shape(n);
	ck_assert_msg(strcmp(got, exprs[_i].shape) == 0, "%s:\ngot\n%swant\n%s",
	              exprs[_i].src, got, exprs[_i].shape);
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
	const char *got = tu_shape(n);
	ck_assert_msg(strcmp(got, composites[_i].shape) == 0, "%s:\ngot\n%swant\n%s",
	              composites[_i].src, got, composites[_i].shape);
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
	const char *got = tu_shape(n);
	ck_assert_msg(strcmp(got, stmts[_i].shape) == 0, "%s:\ngot\n%swant\n%s",
	              stmts[_i].src, got, stmts[_i].shape);
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

/* ---- function signatures -------------------------------------------------------------- */

static const struct { const char *src; const char *shape; } signatures[] = {
	/* Go spec: Function types.  a, b int groups two names under one type */
	{"func f(a, b int, s string)",
	 "FuncType\n"
	 "  params:\n"
	 "    Field\n"
	 "      names:\n"
	 "        Name a\n"
	 "        Name b\n"
	 "      type: Name int\n"
	 "    Field\n"
	 "      names:\n"
	 "        Name s\n"
	 "      type: Name string\n"},
	{"func f(int, string)",
	 "FuncType\n"
	 "  params:\n"
	 "    Field\n"
	 "      type: Name int\n"
	 "    Field\n"
	 "      type: Name string\n"},
	/* two unnamed parameters whose types are called a and b */
	{"func f(a, b)",
	 "FuncType\n"
	 "  params:\n"
	 "    Field\n"
	 "      type: Name a\n"
	 "    Field\n"
	 "      type: Name b\n"},
	{"func f(a ...int)",
	 "FuncType\n"
	 "  params:\n"
	 "    Field\n"
	 "      names:\n"
	 "        Name a\n"
	 "      type: Ellipsis\n"
	 "        elem: Name int\n"},
	{"func f(format string, args ...interface{})",
	 "FuncType\n"
	 "  params:\n"
	 "    Field\n"
	 "      names:\n"
	 "        Name format\n"
	 "      type: Name string\n"
	 "    Field\n"
	 "      names:\n"
	 "        Name args\n"
	 "      type: Ellipsis\n"
	 "        elem: InterfaceType\n"},
	{"func f(...int)",
	 "FuncType\n"
	 "  params:\n"
	 "    Field\n"
	 "      type: Ellipsis\n"
	 "        elem: Name int\n"},
	{"func f(p.T, []int, *U, func())",
	 "FuncType\n"
	 "  params:\n"
	 "    Field\n"
	 "      type: Selector\n"
	 "        x: Name p\n"
	 "        sel: Name T\n"
	 "    Field\n"
	 "      type: ArrayType (slice)\n"
	 "        elem: Name int\n"
	 "    Field\n"
	 "      type: Star\n"
	 "        x: Name U\n"
	 "    Field\n"
	 "      type: FuncType\n"},
	{"func f(a, b int,)",
	 "FuncType\n"
	 "  params:\n"
	 "    Field\n"
	 "      names:\n"
	 "        Name a\n"
	 "        Name b\n"
	 "      type: Name int\n"},
	{"func f() int",
	 "FuncType\n"
	 "  results:\n"
	 "    Field\n"
	 "      type: Name int\n"},
	{"func f() (int, error)",
	 "FuncType\n"
	 "  results:\n"
	 "    Field\n"
	 "      type: Name int\n"
	 "    Field\n"
	 "      type: Name error\n"},
	{"func f() (x, y int, err error)",
	 "FuncType\n"
	 "  results:\n"
	 "    Field\n"
	 "      names:\n"
	 "        Name x\n"
	 "        Name y\n"
	 "      type: Name int\n"
	 "    Field\n"
	 "      names:\n"
	 "        Name err\n"
	 "      type: Name error\n"},
	{"func f() func() int",
	 "FuncType\n"
	 "  results:\n"
	 "    Field\n"
	 "      type: FuncType\n"
	 "        results:\n"
	 "          Field\n"
	 "            type: Name int\n"},
	{"func f() []string",
	 "FuncType\n"
	 "  results:\n"
	 "    Field\n"
	 "      type: ArrayType (slice)\n"
	 "        elem: Name string\n"},
};

START_TEST(test_signature)
{
	Node *d = tu_decl(signatures[_i].src);
	ck_assert_kind(d, NODE_FUNC_DECL);
	ck_assert_ptr_null(AST(d, func_decl).body);
	const char *got = tu_shape(AST(d, func_decl).type);
	ck_assert_msg(strcmp(got, signatures[_i].shape) == 0, "%s:\ngot\n%swant\n%s",
	              signatures[_i].src, got, signatures[_i].shape);
}
END_TEST

START_TEST(test_func_decl)
{
	Node *d = tu_decl("func main() {\n\tprintln(1)\n}");
	ck_assert_str_eq(tu_shape(d),
		"FuncDecl\n"
		"  name: Name main\n"
		"  type: FuncType\n"
		"  body: Block\n"
		"    ExprStmt\n"
		"      x: Call\n"
		"        fun: Name println\n"
		"        args:\n"
		"          BasicLit int 1\n");
	ck_assert_ptr_null(AST(d, func_decl).recv);
}
END_TEST

START_TEST(test_method_pointer_receiver)
{
	Node *d = tu_decl("func (s *S) M(x int) {}");
	ck_assert_str_eq(tu_shape(d),
		"FuncDecl\n"
		"  recv: Field\n"
		"    names:\n"
		"      Name s\n"
		"    type: Star\n"
		"      x: Name S\n"
		"  name: Name M\n"
		"  type: FuncType\n"
		"    params:\n"
		"      Field\n"
		"        names:\n"
		"          Name x\n"
		"        type: Name int\n"
		"  body: Block\n");
}
END_TEST

START_TEST(test_method_value_receivers)
{
	Node *d = tu_decl("func (S) M() {}");
	Node *r = AST(d, func_decl).recv;
	ck_assert_kind(r, NODE_FIELD);
	ck_assert_int_eq(AST(r, field).names.len, 0);
	ck_assert_kind(AST(r, field).type, NODE_NAME);
	d = tu_decl("func (s S) String() string { return \"\" }");
	r = AST(d, func_decl).recv;
	ck_assert_int_eq(AST(r, field).names.len, 1);
	ck_assert_str_eq(AST(AST(r, field).names.items[0], name).name, "s");
	ck_assert_str_eq(AST(AST(r, field).type, name).name, "S");
	ck_assert_str_eq(AST(AST(d, func_decl).name, name).name, "String");
}
END_TEST

/* gc: a method's position is its receiver's '(' (FuncDecl.pos is taken
 * just after `func`). */
START_TEST(test_method_position)
{
	Node *d = tu_decl("func (s *S) M() {}");
	ck_assert_pos(d->pos, 2, 6);
	ck_assert_pos(AST(d, func_decl).name->pos, 2, 13);
	ck_assert_pos(AST(d, func_decl).type->pos, 2, 14);
	d = tu_decl("func g() {}");
	ck_assert_pos(d->pos, 2, 6);
}
END_TEST

/* ---- type declarations and type expressions ---------------------------------------------- */

START_TEST(test_struct_type)
{
	Node *d = tu_decl("type S struct {\n"
	                  "\tT\n"
	                  "\t*U\n"
	                  "\tp.V\n"
	                  "\ta, b int `json:\"a\"`\n"
	                  "\tc string \"c\"\n"
	                  "\tf func() int\n"
	                  "}");
	ck_assert_str_eq(tu_shape(d),
		"GenDecl type\n"
		"  TypeSpec\n"
		"    name: Name S\n"
		"    type: StructType\n"
		"      fields:\n"
		"        Field\n"
		"          type: Name T\n"
		"        Field\n"
		"          type: Star\n"
		"            x: Name U\n"
		"        Field\n"
		"          type: Selector\n"
		"            x: Name p\n"
		"            sel: Name V\n"
		"        Field\n"
		"          names:\n"
		"            Name a\n"
		"            Name b\n"
		"          type: Name int\n"
		"          tag: BasicLit string `json:\"a\"`\n"
		"        Field\n"
		"          names:\n"
		"            Name c\n"
		"          type: Name string\n"
		"          tag: BasicLit string \"c\"\n"
		"        Field\n"
		"          names:\n"
		"            Name f\n"
		"          type: FuncType\n"
		"            results:\n"
		"              Field\n"
		"                type: Name int\n");
}
END_TEST

START_TEST(test_struct_embedded_with_tag)
{
	Node *d = tu_decl("type S struct{ T \"t\"; *p.U `u` }");
	Node *st = AST(AST(d, gen_decl).specs.items[0], type_spec).type;
	ck_assert_kind(st, NODE_STRUCT_TYPE);
	ck_assert_int_eq(AST(st, struct_type).fields.len, 2);
	Node *f0 = AST(st, struct_type).fields.items[0];
	Node *f1 = AST(st, struct_type).fields.items[1];
	ck_assert_int_eq(AST(f0, field).names.len, 0);
	ck_assert_str_eq(AST(AST(f0, field).tag, lit).text, "\"t\"");
	ck_assert_int_eq(AST(f1, field).names.len, 0);
	ck_assert_kind(AST(f1, field).type, NODE_STAR);
	ck_assert_str_eq(AST(AST(f1, field).tag, lit).text, "`u`");
}
END_TEST

START_TEST(test_interface_type)
{
	Node *d = tu_decl("type I interface {\n"
	                  "\tM(x int) (int, error)\n"
	                  "\tJ\n"
	                  "\tio.Reader\n"
	                  "\tN()\n"
	                  "}");
	ck_assert_str_eq(tu_shape(d),
		"GenDecl type\n"
		"  TypeSpec\n"
		"    name: Name I\n"
		"    type: InterfaceType\n"
		"      methods:\n"
		"        Field\n"
		"          names:\n"
		"            Name M\n"
		"          type: FuncType\n"
		"            params:\n"
		"              Field\n"
		"                names:\n"
		"                  Name x\n"
		"                type: Name int\n"
		"            results:\n"
		"              Field\n"
		"                type: Name int\n"
		"              Field\n"
		"                type: Name error\n"
		"        Field\n"
		"          type: Name J\n"
		"        Field\n"
		"          type: Selector\n"
		"            x: Name io\n"
		"            sel: Name Reader\n"
		"        Field\n"
		"          names:\n"
		"            Name N\n"
		"          type: FuncType\n");
}
END_TEST

START_TEST(test_empty_interface_and_struct)
{
	Node *d = tu_decl("var x interface{}; var y struct{}");
	Node *t = AST(AST(d, gen_decl).specs.items[0], value_spec).type;
	ck_assert_kind(t, NODE_INTERFACE_TYPE);
	ck_assert_int_eq(AST(t, iface).methods.len, 0);
}
END_TEST

/* The type of "var _ TYPE". */
static Node *var_type(const char *type)
{
	Node *d = tu_decl(arena_sprintf(&tu.arena, "var _ %s", type));
	return AST(AST(d, gen_decl).specs.items[0], value_spec).type;
}

static const struct { const char *src; const char *shape; } types[] = {
	/* Go spec: Channel types.  "The <- operator associates with the
	 * leftmost chan possible" */
	{"chan<- chan int",
	 "ChanType chan<-\n"
	 "  elem: ChanType chan\n"
	 "    elem: Name int\n"},
	{"chan<- <-chan int",
	 "ChanType chan<-\n"
	 "  elem: ChanType <-chan\n"
	 "    elem: Name int\n"},
	{"<-chan <-chan int",
	 "ChanType <-chan\n"
	 "  elem: ChanType <-chan\n"
	 "    elem: Name int\n"},
	{"chan (<-chan int)",
	 "ChanType chan\n"
	 "  elem: Paren\n"
	 "    x: ChanType <-chan\n"
	 "      elem: Name int\n"},
	{"chan<- int", "ChanType chan<-\n  elem: Name int\n"},
	{"<-chan int", "ChanType <-chan\n  elem: Name int\n"},
	{"chan chan<- bool",
	 "ChanType chan\n"
	 "  elem: ChanType chan<-\n"
	 "    elem: Name bool\n"},
	{"[]chan<- int",
	 "ArrayType (slice)\n"
	 "  elem: ChanType chan<-\n"
	 "    elem: Name int\n"},
	{"map[string][]*T",
	 "MapType\n"
	 "  key: Name string\n"
	 "  value: ArrayType (slice)\n"
	 "    elem: Star\n"
	 "      x: Name T\n"},
	{"[4][2]int",
	 "ArrayType\n"
	 "  len: BasicLit int 4\n"
	 "  elem: ArrayType\n"
	 "    len: BasicLit int 2\n"
	 "    elem: Name int\n"},
	{"[N+1]byte",
	 "ArrayType\n"
	 "  len: Binary +\n"
	 "    x: Name N\n"
	 "    y: BasicLit int 1\n"
	 "  elem: Name byte\n"},
	{"**T", "Star\n  x: Star\n    x: Name T\n"},
	{"func(int) (string, bool)",
	 "FuncType\n"
	 "  params:\n"
	 "    Field\n"
	 "      type: Name int\n"
	 "  results:\n"
	 "    Field\n"
	 "      type: Name string\n"
	 "    Field\n"
	 "      type: Name bool\n"},
	{"(int)", "Paren\n  x: Name int\n"},
	{"p.T", "Selector\n  x: Name p\n  sel: Name T\n"},
};

START_TEST(test_type_shape)
{
	const char *got = tu_shape(var_type(types[_i].src));
	ck_assert_msg(strcmp(got, types[_i].shape) == 0, "%s:\ngot\n%swant\n%s",
	              types[_i].src, got, types[_i].shape);
}
END_TEST

START_TEST(test_chan_dir_fields)
{
	Node *t = var_type("chan<- chan int");
	ck_assert_int_eq(AST(t, chan_type).dir, CHAN_SEND);
	ck_assert_int_eq(AST(AST(t, chan_type).elem, chan_type).dir, CHAN_BOTH);
	t = var_type("<-chan <-chan int");
	ck_assert_int_eq(AST(t, chan_type).dir, CHAN_RECV);
	ck_assert_int_eq(AST(AST(t, chan_type).elem, chan_type).dir, CHAN_RECV);
	/* positions: the first token of each type */
	ck_assert_pos(t->pos, 2, 7);
	ck_assert_pos(AST(t, chan_type).elem->pos, 2, 14);
}
END_TEST

START_TEST(test_type_decls)
{
	Node *f = tu_parse_ok("package p\n"
	                      "type T int\n"
	                      "type A = B\n"
	                      "type (\n"
	                      "\tX []T\n"
	                      "\tY = map[T]X\n"
	                      ")\n");
	ck_assert_int_eq(f->u.file.decls.len, 3);
	Node *d0 = f->u.file.decls.items[0];
	Node *d1 = f->u.file.decls.items[1];
	Node *d2 = f->u.file.decls.items[2];
	ck_assert_int_eq(AST(d0, gen_decl).tok, TOK_TYPE);
	ck_assert_int_eq(AST(d0, gen_decl).grouped, 0);
	ck_assert_int_eq(AST(AST(d0, gen_decl).specs.items[0], type_spec).alias, 0);
	ck_assert_int_eq(AST(AST(d1, gen_decl).specs.items[0], type_spec).alias, 1);
	ck_assert_int_eq(AST(d2, gen_decl).grouped, 1);
	ck_assert_int_eq(AST(d2, gen_decl).specs.len, 2);
	ck_assert_str_eq(tu_shape(d2),
		"GenDecl type (grouped)\n"
		"  TypeSpec\n"
		"    name: Name X\n"
		"    type: ArrayType (slice)\n"
		"      elem: Name T\n"
		"  TypeSpec (alias)\n"
		"    name: Name Y\n"
		"    type: MapType\n"
		"      key: Name T\n"
		"      value: Name X\n");
}
END_TEST

/* ---- const, var, import ---------------------------------------------------------------------- */

START_TEST(test_const_iota_group)
{
	Node *d = tu_decl("const (\n"
	                  "\tA = iota\n"
	                  "\tB\n"
	                  "\tC, D = iota, 2\n"
	                  "\tE, F\n"
	                  ")");
	ck_assert_str_eq(tu_shape(d),
		"GenDecl const (grouped)\n"
		"  ValueSpec\n"
		"    names:\n"
		"      Name A\n"
		"    values:\n"
		"      Name iota\n"
		"  ValueSpec (repeats the previous spec)\n"
		"    names:\n"
		"      Name B\n"
		"  ValueSpec\n"
		"    names:\n"
		"      Name C\n"
		"      Name D\n"
		"    values:\n"
		"      Name iota\n"
		"      BasicLit int 2\n"
		"  ValueSpec (repeats the previous spec)\n"
		"    names:\n"
		"      Name E\n"
		"      Name F\n");
	int want_implicit[] = {0, 1, 0, 1};
	for (int i = 0; i < 4; i++) {
		Node *s = AST(d, gen_decl).specs.items[i];
		ck_assert_int_eq(AST(s, value_spec).iota, i);
		ck_assert_int_eq(AST(s, value_spec).implicit, want_implicit[i]);
	}
}
END_TEST

/* A typed spec repeats too; an ungrouped const has iota 0. */
START_TEST(test_const_typed_repeat)
{
	Node *d = tu_decl("const (\n\tKB Size = 1 << (10 * (iota + 1))\n\tMB\n)");
	Node *s1 = AST(d, gen_decl).specs.items[1];
	ck_assert_int_eq(AST(s1, value_spec).implicit, 1);
	ck_assert_int_eq(AST(s1, value_spec).iota, 1);
	ck_assert_int_eq(AST(s1, value_spec).values.len, 0);
	ck_assert_ptr_null(AST(s1, value_spec).type);
	d = tu_decl("const X = 1");
	Node *s = AST(d, gen_decl).specs.items[0];
	ck_assert_int_eq(AST(d, gen_decl).grouped, 0);
	ck_assert_int_eq(AST(s, value_spec).iota, 0);
	ck_assert_int_eq(AST(s, value_spec).implicit, 0);
}
END_TEST

/* var never repeats: a var spec with no value is just a declaration. */
START_TEST(test_var_group)
{
	Node *d = tu_decl("var (\n\tx int\n\ty, z = 1, \"s\"\n)");
	ck_assert_str_eq(tu_shape(d),
		"GenDecl var (grouped)\n"
		"  ValueSpec\n"
		"    names:\n"
		"      Name x\n"
		"    type: Name int\n"
		"  ValueSpec\n"
		"    names:\n"
		"      Name y\n"
		"      Name z\n"
		"    values:\n"
		"      BasicLit int 1\n"
		"      BasicLit string \"s\"\n");
	Node *s0 = AST(d, gen_decl).specs.items[0];
	ck_assert_int_eq(AST(s0, value_spec).implicit, 0);
}
END_TEST

START_TEST(test_imports)
{
	Node *f = tu_parse_ok("package main\n"
	                      "\n"
	                      "import \"fmt\"\n"
	                      "import (\n"
	                      "\t\"os\"\n"
	                      "\tstr \"strings\"\n"
	                      "\t. \"sort\"\n"
	                      "\t_ \"errors\"\n"
	                      ")\n"
	                      "import ()\n"
	                      "\n"
	                      "func main() {}\n");
	ck_assert_str_eq(AST(AST(f, file).package, name).name, "main");
	ck_assert_int_eq(AST(f, file).imports.len, 3);
	ck_assert_int_eq(AST(f, file).decls.len, 4);
	ck_assert_int_eq(AST(f, file).source, tu.file);
	Node *g = AST(f, file).imports.items[1];
	ck_assert_int_eq(AST(g, gen_decl).tok, TOK_IMPORT);
	ck_assert_int_eq(AST(g, gen_decl).grouped, 1);
	ck_assert_str_eq(tu_shape(g),
		"GenDecl import (grouped)\n"
		"  ImportSpec\n"
		"    path: BasicLit string \"os\"\n"
		"  ImportSpec\n"
		"    name: Name str\n"
		"    path: BasicLit string \"strings\"\n"
		"  ImportSpec\n"
		"    name: Name .\n"
		"    path: BasicLit string \"sort\"\n"
		"  ImportSpec\n"
		"    name: Name _\n"
		"    path: BasicLit string \"errors\"\n");
	Node *s = AST(AST(f, file).imports.items[0], gen_decl).specs.items[0];
	ck_assert_ptr_null(AST(s, import_spec).name);
	ck_assert_int_eq(AST(AST(s, import_spec).path, lit).len, 3);
	ck_assert_mem_eq(AST(AST(s, import_spec).path, lit).str, "fmt", 3);
	ck_assert_int_eq(AST(AST(f, file).imports.items[2], gen_decl).specs.len, 0);
}
END_TEST

/* The whole-file dump, with its header line. */
START_TEST(test_file_dump)
{
	Node *f = tu_parse_ok("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n");
	ck_assert_str_eq(tu_dump(f),
		"File t.go\n"
		"  package: Name main @1:9\n"
		"  GenDecl import @3:1\n"
		"    ImportSpec @3:8\n"
		"      path: BasicLit string \"fmt\" @3:8\n"
		"  FuncDecl @5:6\n"
		"    name: Name main @5:6\n"
		"    type: FuncType @5:10\n"
		"    body: Block @5:13\n"
		"      ExprStmt @6:13\n"
		"        x: Call @6:13\n"
		"          fun: Selector @6:5\n"
		"            x: Name fmt @6:2\n"
		"            sel: Name Println @6:6\n"
		"          args:\n"
		"            BasicLit string \"hi\" @6:14\n");
}
END_TEST

/* Literal nodes carry what the lexer decoded. */
START_TEST(test_basic_lit_fields)
{
	Node *n = tu_expr("\"a\\x00b\"");
	ck_assert_kind(n, NODE_BASIC_LIT);
	ck_assert_int_eq(AST(n, lit).kind, LIT_STRING);
	ck_assert_int_eq(AST(n, lit).len, 3);
	ck_assert_mem_eq(AST(n, lit).str, "a\0b", 3);
	ck_assert_str_eq(AST(n, lit).text, "\"a\\x00b\"");
	n = tu_expr("'\\u00e9'");
	ck_assert_int_eq(AST(n, lit).kind, LIT_RUNE);
	ck_assert_int_eq(AST(n, lit).rune, 0xE9);
	n = tu_expr("0x_1F");
	ck_assert_int_eq(AST(n, lit).kind, LIT_INT);
	ck_assert_int_eq(AST(n, lit).bad, 0);
	n = tu_expr("1.5");
	ck_assert_int_eq(AST(n, lit).kind, LIT_FLOAT);
	n = tu_expr("2i");
	ck_assert_int_eq(AST(n, lit).kind, LIT_IMAG);
}
END_TEST

/* ---- positions, as gc 1.19's syntax package records them ------------------------------------ */

/* Checked node by node against cmd/compile/internal/syntax (go1.19.8)
 * on the same source. */
START_TEST(test_positions_gc)
{
	Node *b = tu_body("\tx := a.b(c, d...)\n"                 /* 3 */
	                  "\ty += s[i] + t[1:2] + u[:2:3]\n"      /* 4 */
	                  "\tz = T{k: v}\n"                       /* 5 */
	                  "\tw := func(x int) int { return x }\n" /* 6 */
	                  "\tv, ok := i.(T)\n"                    /* 7 */
	                  "\tch <- -x\n"                          /* 8 */
	                  "\tx++\n"                               /* 9 */
	                  "L:\n"                                  /* 10 */
	                  "\tfor k := range m {\n"                /* 11 */
	                  "\t\tbreak L\n"                         /* 12 */
	                  "\t}\n"                                 /* 13 */
	                  "\tif (T{}) == x {\n"                   /* 14 */
	                  "\t}\n"                                 /* 15 */
	                  "\tvar g func(int)\n"                   /* 16 */
	                  "\tgo f(*p, &q, <-ch)\n"                /* 17 */
	                  "\tswitch y := x.(type) {\n"            /* 18 */
	                  "\t}\n"                                 /* 19 */
	                  "\tselect {\n"                          /* 20 */
	                  "\tcase v := <-ch:\n"                   /* 21 */
	                  "\t}\n"                                 /* 22 */
	                  "\treturn");                            /* 23 */
	ck_assert_str_eq(tu_dump(b),
		"Block @2:10\n"
		"  Assign := @3:4\n"
		"    lhs:\n"
		"      Name x @3:2\n"
		"    rhs:\n"
		"      Call (with ...) @3:10\n"
		"        fun: Selector @3:8\n"
		"          x: Name a @3:7\n"
		"          sel: Name b @3:9\n"
		"        args:\n"
		"          Name c @3:11\n"
		"          Name d @3:14\n"
		"  Assign += @4:4\n"
		"    lhs:\n"
		"      Name y @4:2\n"
		"    rhs:\n"
		"      Binary + @4:21\n"
		"        x: Binary + @4:12\n"
		"          x: Index @4:8\n"
		"            x: Name s @4:7\n"
		"            index: Name i @4:9\n"
		"          y: Slice @4:15\n"
		"            x: Name t @4:14\n"
		"            lo: BasicLit int 1 @4:16\n"
		"            hi: BasicLit int 2 @4:18\n"
		"        y: Slice (3-index) @4:24\n"
		"          x: Name u @4:23\n"
		"          hi: BasicLit int 2 @4:26\n"
		"          max: BasicLit int 3 @4:28\n"
		"  Assign = @5:4\n"
		"    lhs:\n"
		"      Name z @5:2\n"
		"    rhs:\n"
		"      CompositeLit @5:7\n"
		"        type: Name T @5:6\n"
		"        elems:\n"
		"          KeyValue @5:9\n"
		"            key: Name k @5:8\n"
		"            value: Name v @5:11\n"
		"  Assign := @6:4\n"
		"    lhs:\n"
		"      Name w @6:2\n"
		"    rhs:\n"
		"      FuncLit @6:7\n"
		"        type: FuncType @6:11\n"
		"          params:\n"
		"            Field @6:12\n"
		"              names:\n"
		"                Name x @6:12\n"
		"              type: Name int @6:14\n"
		"          results:\n"
		"            Field @6:19\n"
		"              type: Name int @6:19\n"
		"        body: Block @6:23\n"
		"          Return @6:25\n"
		"            results:\n"
		"              Name x @6:32\n"
		"  Assign := @7:8\n"
		"    lhs:\n"
		"      Name v @7:2\n"
		"      Name ok @7:5\n"
		"    rhs:\n"
		"      TypeAssert @7:12\n"
		"        x: Name i @7:11\n"
		"        type: Name T @7:14\n"
		"  Send @8:5\n"
		"    chan: Name ch @8:2\n"
		"    value: Unary - @8:8\n"
		"      x: Name x @8:9\n"
		"  IncDec ++ @9:3\n"
		"    x: Name x @9:2\n"
		"  Labeled @10:2\n"
		"    label: Name L @10:1\n"
		"    stmt: Range := @11:2\n"
		"      key: Name k @11:6\n"
		"      x: Name m @11:17\n"
		"      body: Block @11:19\n"
		"        Branch break @12:3\n"
		"          label: Name L @12:9\n"
		"  If @14:2\n"
		"    cond: Binary == @14:11\n"
		"      x: Paren @14:5\n"
		"        x: CompositeLit @14:7\n"
		"          type: Name T @14:6\n"
		"      y: Name x @14:14\n"
		"    then: Block @14:16\n"
		"  DeclStmt @16:2\n"
		"    decl: GenDecl var @16:2\n"
		"      ValueSpec @16:6\n"
		"        names:\n"
		"          Name g @16:6\n"
		"        type: FuncType @16:12\n"
		"          params:\n"
		"            Field @16:13\n"
		"              type: Name int @16:13\n"
		"  Go @17:2\n"
		"    call: Call @17:6\n"
		"      fun: Name f @17:5\n"
		"      args:\n"
		"        Star @17:7\n"
		"          x: Name p @17:8\n"
		"        Unary & @17:11\n"
		"          x: Name q @17:12\n"
		"        Unary <- @17:15\n"
		"          x: Name ch @17:17\n"
		"  TypeSwitch @18:2\n"
		"    bind: Name y @18:9\n"
		"    guard: TypeAssert (type switch guard) @18:15\n"
		"      x: Name x @18:14\n"
		"  Select @20:2\n"
		"    CommClause @21:2\n"
		"      comm: Assign := @21:9\n"
		"        lhs:\n"
		"          Name v @21:7\n"
		"        rhs:\n"
		"          Unary <- @21:12\n"
		"            x: Name ch @21:14\n"
		"  Return @23:2\n");
}
END_TEST

/* One kind at a time, as the table in ast.h lists them. */
START_TEST(test_position_call)
{
	Node *n = tu_expr("fmt.Println(x)");    /* 2:9 onwards */
	ck_assert_kind(n, NODE_CALL);
	ck_assert_pos(n->pos, 2, 20);            /* ( */
	Node *sel = AST(n, call).fun;
	ck_assert_kind(sel, NODE_SELECTOR);
	ck_assert_pos(sel->pos, 2, 12);          /* . */
	ck_assert_pos(AST(sel, selector).sel->pos, 2, 13);
	ck_assert_pos(ast_start_pos(n), 2, 9);   /* fmt */
}
END_TEST

START_TEST(test_position_binary_unary)
{
	Node *n = tu_expr("a  +  -b");
	ck_assert_pos(n->pos, 2, 12);            /* + */
	ck_assert_pos(AST(n, binary).y->pos, 2, 15); /* - */
	ck_assert_pos(ast_start_pos(n), 2, 9);
	n = tu_expr("(a || b) && c");
	ck_assert_pos(n->pos, 2, 18);
	ck_assert_pos(AST(n, binary).x->pos, 2, 9); /* Paren at ( */
	ck_assert_pos(AST(AST(n, binary).x, paren).x->pos, 2, 12);
}
END_TEST

START_TEST(test_position_composite)
{
	Node *n = tu_expr("[]T{\"k\": v}");
	ck_assert_pos(n->pos, 2, 12);            /* { */
	ck_assert_pos(AST(n, composite).type->pos, 2, 9);
	ck_assert_pos(ast_start_pos(n), 2, 9);
	Node *kv = AST(n, composite).elems.items[0];
	ck_assert_kind(kv, NODE_KEY_VALUE);
	ck_assert_pos(kv->pos, 2, 16);           /* : */
	ck_assert_pos(ast_start_pos(kv), 2, 13);
	ck_assert_pos(AST(n, composite).rbrace, 2, 19);
	/* an elided literal starts at its { */
	n = tu_expr("[]T{{1}}");
	Node *inner = AST(n, composite).elems.items[0];
	ck_assert_pos(inner->pos, 2, 13);
	ck_assert_pos(ast_start_pos(inner), 2, 13);
}
END_TEST

START_TEST(test_position_func_lit)
{
	Node *n = tu_expr("func (x int) {}");
	ck_assert_kind(n, NODE_FUNC_LIT);
	ck_assert_pos(n->pos, 2, 9);             /* func */
	Node *ft = AST(n, func_lit).type;
	ck_assert_pos(ft->pos, 2, 14);           /* ( */
	ck_assert_pos(AST(ft, func_type).func_pos, 2, 9);
	ck_assert_pos(ast_start_pos(ft), 2, 9);
	ck_assert_pos(AST(n, func_lit).body->pos, 2, 22);
	/* a func type written as a type */
	Node *t = var_type("func(int)");
	ck_assert_pos(t->pos, 2, 11);
	ck_assert_pos(ast_start_pos(t), 2, 7);
}
END_TEST

START_TEST(test_position_index_slice_assert)
{
	Node *n = tu_expr("a[i]");
	ck_assert_pos(n->pos, 2, 10);
	n = tu_expr("a[i:j]");
	ck_assert_pos(n->pos, 2, 10);
	n = tu_expr("x.(T)");
	ck_assert_pos(n->pos, 2, 10);
	ck_assert_pos(ast_start_pos(n), 2, 9);
	n = tu_expr("*p");
	ck_assert_pos(n->pos, 2, 9);
	n = tu_expr("[]int(nil)");
	ck_assert_pos(n->pos, 2, 14);
	ck_assert_pos(AST(n, call).fun->pos, 2, 9);
}
END_TEST

START_TEST(test_position_statements)
{
	Node *b = tu_body("\tx, y = 1, 2\n"
	                  "\ta[i] += 2\n"
	                  "\tn--\n"
	                  "\tc <- 1\n"
	                  "Outer:\n"
	                  "\tfor {\n"
	                  "\t\tbreak Outer\n"
	                  "\t}\n"
	                  "\tf()\n"
	                  "\tdefer g()");
	NodeList *l = &AST(b, block).stmts;
	ck_assert_int_eq(l->len, 7);
	ck_assert_pos(l->items[0]->pos, 3, 7);   /* = */
	ck_assert_pos(ast_start_pos(l->items[0]), 3, 2);
	ck_assert_pos(l->items[1]->pos, 4, 7);   /* += */
	ck_assert_pos(ast_start_pos(l->items[1]), 4, 2);
	ck_assert_pos(l->items[2]->pos, 5, 3);   /* -- */
	ck_assert_pos(ast_start_pos(l->items[2]), 5, 2);
	ck_assert_pos(l->items[3]->pos, 6, 4);   /* <- */
	ck_assert_pos(ast_start_pos(l->items[3]), 6, 2);
	ck_assert_kind(l->items[4], NODE_LABELED);
	ck_assert_pos(l->items[4]->pos, 7, 6);   /* : */
	ck_assert_pos(ast_start_pos(l->items[4]), 7, 1);
	ck_assert_pos(AST(l->items[4], labeled).stmt->pos, 8, 2);
	ck_assert_pos(l->items[5]->pos, 11, 3);  /* an ExprStmt is where its call is */
	ck_assert_pos(ast_start_pos(l->items[5]), 11, 2);
	ck_assert_pos(l->items[6]->pos, 12, 2);
	ck_assert_pos(AST(b, block).rbrace, 13, 1);
}
END_TEST

START_TEST(test_position_decls)
{
	Node *f = tu_parse_ok("package p\n"
	                      "\n"
	                      "const (\n"
	                      "\tA, B = 1, 2\n"
	                      ")\n"
	                      "type T struct {\n"
	                      "\tx, y int\n"
	                      "}\n"
	                      "var v T\n");
	Node *c = f->u.file.decls.items[0];
	ck_assert_pos(c->pos, 3, 1);
	ck_assert_pos(AST(c, gen_decl).specs.items[0]->pos, 4, 2);
	Node *t = f->u.file.decls.items[1];
	Node *ts = AST(t, gen_decl).specs.items[0];
	ck_assert_pos(ts->pos, 6, 6);
	Node *st = AST(ts, type_spec).type;
	ck_assert_pos(st->pos, 6, 8);
	ck_assert_pos(AST(st, struct_type).fields.items[0]->pos, 7, 2);
	Node *v = f->u.file.decls.items[2];
	ck_assert_pos(v->pos, 9, 1);
	ck_assert_pos(AST(v, gen_decl).specs.items[0]->pos, 9, 5);
}
END_TEST

/* ---- syntax errors, in gc 1.19's words ------------------------------------------------------ */

static const struct { const char *body; const char *errors; } syntax_errors[] = {
	{"\tx := []int{1, 2\n\t}",
	 "3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"},
	{"\tx := 1 +",
	 "4:1: syntax error: unexpected }, expecting expression\n"},
	{"\treturn 1 2",
	 "3:11: syntax error: unexpected literal 2 at end of statement\n"},
	{"\tif x {\n\t}\n\telse {\n\t}",
	 "5:2: syntax error: unexpected else, expecting }\n"},
	{"\tgo f",
	 "3:5: expression in go must be function call\n"},
	{"\tdefer (f())",
	 "3:8: expression in defer must not be parenthesized\n"},
	{"\tx = := 1",
	 "3:6: syntax error: unexpected :=, expecting expression\n"},
	{"\tfor i := 0; i < 3; i++; {\n\t}",
	 "3:24: syntax error: unexpected semicolon, expecting { after for clause\n"},
	{"\tcase 1:",
	 "3:2: syntax error: unexpected case, expecting }\n"},
	{"\tf(a b)",
	 "3:6: syntax error: unexpected b in argument list; possibly missing comma or )\n"},
	{"\tif x {\n\t} else if {\n\t}",
	 "4:12: syntax error: missing condition in if statement\n"},
	{"\tx, y++",
	 "3:6: syntax error: unexpected ++, expecting := or = or comma\n"},
	{"\tif x := 1 {\n\t}",
	 "3:7: syntax error: cannot use x := 1 as value\n"},
	{"\ta := struct{ x int }{1}; f(a",
	 "3:30: syntax error: unexpected newline in argument list; possibly missing comma or )\n"},
	{"\tx := T{a: 1 b: 2}",
	 "3:14: syntax error: unexpected b in composite literal; possibly missing comma or }\n"},
	{"\tf(g(1, 2)",
	 "3:11: syntax error: unexpected newline in argument list; possibly missing comma or )\n"},
	{"\tif x { y() z() }",
	 "3:13: syntax error: unexpected z at end of statement\n"},
	/* recovery: the function's own closing brace still closes it.  gc
	 * also says "4:2: unexpected }, expecting expression": it skips the
	 * { and reads the } as the missing post statement; gosub reads { }
	 * as the loop's body instead (see RECOVERED_BODY in parser.y). */
	{"\tfor i := 0; i < 10 {\n\t}",
	 "3:21: syntax error: unexpected {, expecting semicolon or newline\n"},
	{"\tvar _ = interface{ M(); N int }",
	 "3:28: syntax error: unexpected int in interface type; possibly missing semicolon or newline or }\n"},
	{"\tselect { case <-c, <-d: }",
	 "3:24: syntax error: unexpected :, expecting := or = or comma\n"},
	/* a syntax error and a second, different, error at the same place */
	{"\tdefer",
	 "4:1: syntax error: unexpected }, expecting expression\n"
	 "4:1: expression in defer must be function call\n"},
	{"\ttype T = ",
	 "4:1: syntax error: unexpected } in type declaration\n"},
};

START_TEST(test_syntax_error)
{
	const char *src = arena_sprintf(&tu.arena, "package p\nfunc f() {\n%s\n}\n",
	                                syntax_errors[_i].body);
	tu_parse(src);
	const char *errs = tu_errors();
	ck_assert_msg(strcmp(errs, syntax_errors[_i].errors) == 0,
	              "%s\ngot\n%swant (gc 1.19)\n%s", src, errs, syntax_errors[_i].errors);
}
END_TEST

/* gc 1.19 leaves a bad select case to the type checker:
 *     t.go:4:9: select case must be send or receive (possibly with assignment)
 * If the parser reports it instead, it must say what gc says, where gc
 * says it. */
START_TEST(test_select_case_error)
{
	tu_parse("package p\nfunc f() {\n\tselect {\n\tcase x + 1:\n\t}\n}\n");
	const char *errs = tu_errors();
	ck_assert_msg(strcmp(errs, "") == 0 ||
	              strcmp(errs, "4:9: select case must be send or receive (possibly with assignment)\n") == 0,
	              "got\n%s", errs);
}
END_TEST

/* gc 1.19 on `func () {}`: the empty receiver is reported, then the
 * missing name. */
START_TEST(test_method_no_receiver)
{
	tu_parse("package p\nfunc () {}\n");
	ck_assert_str_eq(tu_errors(),
	                 "2:9: method has no receiver\n"
	                 "2:9: syntax error: unexpected {, expecting name or (\n");
}
END_TEST

START_TEST(test_method_multiple_receivers)
{
	tu_parse("package p\nfunc (a, b T) M() {}\n");
	ck_assert_str_eq(tu_errors(), "2:15: method has multiple receivers\n");
}
END_TEST

/* After a syntax error the parser still returns a File. */
START_TEST(test_parse_after_error)
{
	Node *f = tu_parse("package p\nfunc f() {\n\tx := \n}\nfunc g() {}\n");
	ck_assert_kind(f, NODE_FILE);
	ck_assert_int_gt(diag_count(&tu.diag), 0);
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
	tcase_add_test(tc, test_basic_lit_fields);
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

	tc = tu_tcase("declarations");
	tcase_add_loop_test(tc, test_signature, 0, sizeof signatures / sizeof *signatures);
	tcase_add_test(tc, test_func_decl);
	tcase_add_test(tc, test_method_pointer_receiver);
	tcase_add_test(tc, test_method_value_receivers);
	tcase_add_test(tc, test_method_position);
	tcase_add_test(tc, test_struct_type);
	tcase_add_test(tc, test_struct_embedded_with_tag);
	tcase_add_test(tc, test_interface_type);
	tcase_add_test(tc, test_empty_interface_and_struct);
	tcase_add_loop_test(tc, test_type_shape, 0, sizeof types / sizeof *types);
	tcase_add_test(tc, test_chan_dir_fields);
	tcase_add_test(tc, test_type_decls);
	tcase_add_test(tc, test_const_iota_group);
	tcase_add_test(tc, test_const_typed_repeat);
	tcase_add_test(tc, test_var_group);
	tcase_add_test(tc, test_imports);
	tcase_add_test(tc, test_file_dump);
	suite_add_tcase(s, tc);

	tc = tu_tcase("positions");
	tcase_add_test(tc, test_positions_gc);
	tcase_add_test(tc, test_position_call);
	tcase_add_test(tc, test_position_binary_unary);
	tcase_add_test(tc, test_position_composite);
	tcase_add_test(tc, test_position_func_lit);
	tcase_add_test(tc, test_position_index_slice_assert);
	tcase_add_test(tc, test_position_statements);
	tcase_add_test(tc, test_position_decls);
	suite_add_tcase(s, tc);

	tc = tu_tcase("errors");
	tcase_add_loop_test(tc, test_syntax_error, 0, sizeof syntax_errors / sizeof *syntax_errors);
	tcase_add_test(tc, test_select_case_error);
	tcase_add_test(tc, test_method_no_receiver);
	tcase_add_test(tc, test_method_multiple_receivers);
	tcase_add_test(tc, test_parse_after_error);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return tu_run(parser_suite());
}
