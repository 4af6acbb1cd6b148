/* test_decls.c — the trees of declarations and types: signatures and
 * parameter grouping, methods, struct and interface types, type
 * expressions, const (iota), var and import.  See test_parser.c for the
 * conventions and check_util.h for the helpers.
 */
#include "check_util.h"

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
	ck_assert_shape(AST(d, func_decl).type, signatures[_i].src, signatures[_i].shape);
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
	ck_assert_shape(var_type(types[_i].src), types[_i].src, types[_i].shape);
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

static Suite *decls_suite(void)
{
	Suite *s = suite_create("decls");
	TCase *tc;

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
	tcase_add_test(tc, test_basic_lit_fields);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return tu_run(decls_suite());
}
