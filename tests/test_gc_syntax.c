/* test_gc_syntax.c — where gc 1.19 puts each node, and what it says
 * about syntax errors.
 *
 * Positions are tested against what gc's syntax package records for the
 * same source (ast.h lists the rules: a call sits at its '(', a selector
 * at its '.', ...).  The syntax errors are gc 1.19's messages, copied
 * from `go tool compile`.  See check_util.h for the helpers.
 */
#include "check_util.h"

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

static Suite *gc_syntax_suite(void)
{
	Suite *s = suite_create("gc_syntax");
	TCase *tc;

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
	return tu_run(gc_syntax_suite());
}
