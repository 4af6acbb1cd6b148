/* test_diag.c — collecting, filtering, sorting and printing errors.
 *
 * The filtering rules are gc 1.19's (cmd/compile/internal/base/print.go):
 * ErrorfAt keeps one "syntax error" a line and drops a message that
 * repeats the previous one on the same line; FlushErrors sorts by
 * position and drops exact repeats; after the tenth error gc prints
 * "FILE:L:C: too many errors" and stops.  The source line and caret under
 * each message are gosub's own (diag.h).
 */
#include "check_util.h"

#include <unistd.h>

static Pos at(int line, int col)
{
	return (Pos){tu.file, line, col};
}

/* ---- the basic format --------------------------------------------------------------- */

START_TEST(test_flush_empty)
{
	tu_source("package p\n");
	ck_assert_int_eq(diag_count(&tu.diag), 0);
	ck_assert_str_eq(tu_flush(), "");
}
END_TEST

START_TEST(test_one_error)
{
	tu_source("package p\nvar x = y\n");
	diag_error(&tu.diag, at(2, 9), "undefined: %s", "y");
	ck_assert_int_eq(diag_count(&tu.diag), 1);
	ck_assert_str_eq(tu_flush(),
	                 "t.go:2:9: undefined: y\n"
	                 "var x = y\n"
	                 "        ^\n");
}
END_TEST

START_TEST(test_flush_returns_count_and_forgets)
{
	tu_source("a\nb\nc\n");
	diag_error(&tu.diag, at(1, 1), "one");
	diag_error(&tu.diag, at(2, 1), "two");
	MemOut m;
	tu.diag.out = tu_mem_open(&m);
	ck_assert_int_eq(diag_flush(&tu.diag), 2);
	tu_mem_close(&m);
	ck_assert_int_eq(diag_count(&tu.diag), 0);
	ck_assert_str_eq(tu_flush(), "");
}
END_TEST

START_TEST(test_default_output_is_stderr)
{
	Diag d;
	diag_init(&d, &tu.arena);
	ck_assert_ptr_eq(d.out, stderr);
	ck_assert_int_eq(diag_count(&d), 0);
}
END_TEST

/* ---- sorting ----------------------------------------------------------------------------- */

START_TEST(test_sorted_by_position)
{
	tu_source("l1\nl2\nl3\n");
	diag_error(&tu.diag, at(3, 1), "c");
	diag_error(&tu.diag, at(1, 3), "b");
	diag_error(&tu.diag, at(2, 2), "d");
	diag_error(&tu.diag, at(1, 2), "a");
	ck_assert_str_eq(tu_errors(), "1:2: a\n1:3: b\n2:2: d\n3:1: c\n");
}
END_TEST

/* Two different messages at one position keep the order they came in. */
START_TEST(test_sort_is_stable)
{
	tu_source("x\n");
	diag_error(&tu.diag, at(1, 1), "zeta");
	diag_error(&tu.diag, at(1, 1), "alpha");
	diag_error(&tu.diag, at(1, 1), "mu");
	ck_assert_str_eq(tu_errors(), "1:1: zeta\n1:1: alpha\n1:1: mu\n");
}
END_TEST

/* Columns compare as numbers, not as text: 1:9 before 1:10. */
START_TEST(test_sort_columns_numerically)
{
	tu_source("0123456789abc\n");
	diag_error(&tu.diag, at(1, 10), "ten");
	diag_error(&tu.diag, at(1, 9), "nine");
	diag_error(&tu.diag, at(1, 100), "hundred");
	ck_assert_str_eq(tu_errors(), "1:9: nine\n1:10: ten\n1:100: hundred\n");
}
END_TEST

/* Files come in the order they were registered. */
START_TEST(test_sorted_by_file)
{
	int a = diag_add_source(&tu.diag, "a.go", "x\ny\n", 4);
	int b = diag_add_source(&tu.diag, "b.go", "z\n", 2);
	diag_error(&tu.diag, (Pos){b, 1, 1}, "in b");
	diag_error(&tu.diag, (Pos){a, 2, 1}, "in a");
	ck_assert_str_eq(tu_flush(),
	                 "a.go:2:1: in a\n"
	                 "y\n"
	                 "^\n"
	                 "b.go:1:1: in b\n"
	                 "z\n"
	                 "^\n");
}
END_TEST

/* ---- dropping repeats ---------------------------------------------------------------------- */

/* The same message at the same position, reported twice with something
 * else in between, is printed once. */
START_TEST(test_exact_repeat_dropped)
{
	tu_source("a\nb\n");
	diag_error(&tu.diag, at(2, 1), "same");
	diag_error(&tu.diag, at(1, 1), "other");
	diag_error(&tu.diag, at(2, 1), "same");
	ck_assert_str_eq(tu_errors(), "1:1: other\n2:1: same\n");
}
END_TEST

/* gc's ErrorfAt: a message that repeats the previous one on the same
 * line is dropped, whatever its column. */
START_TEST(test_same_message_same_line_dropped)
{
	tu_source("a @ @ b\n");
	diag_error(&tu.diag, at(1, 3), "invalid character U+0040 '@'");
	diag_error(&tu.diag, at(1, 5), "invalid character U+0040 '@'");
	ck_assert_int_eq(diag_count(&tu.diag), 1);
	ck_assert_str_eq(tu_errors(), "1:3: invalid character U+0040 '@'\n");
}
END_TEST

/* ... but only when it follows directly: another message in between
 * resets the comparison. */
START_TEST(test_same_message_not_consecutive_kept)
{
	tu_source("a @ # @ b\n");
	diag_error(&tu.diag, at(1, 3), "at sign");
	diag_error(&tu.diag, at(1, 5), "hash");
	diag_error(&tu.diag, at(1, 7), "at sign");
	ck_assert_str_eq(tu_errors(), "1:3: at sign\n1:5: hash\n1:7: at sign\n");
}
END_TEST

START_TEST(test_same_message_other_line_kept)
{
	tu_source("a\nb\n");
	diag_error(&tu.diag, at(1, 1), "undefined: x");
	diag_error(&tu.diag, at(2, 1), "undefined: x");
	ck_assert_str_eq(tu_errors(), "1:1: undefined: x\n2:1: undefined: x\n");
}
END_TEST

/* Different messages on one line are all kept. */
START_TEST(test_different_messages_same_line_kept)
{
	tu_source("var x, y = a, b\n");
	diag_error(&tu.diag, at(1, 12), "undefined: a");
	diag_error(&tu.diag, at(1, 15), "undefined: b");
	ck_assert_str_eq(tu_errors(), "1:12: undefined: a\n1:15: undefined: b\n");
}
END_TEST

/* gc: "Only one syntax error per line, no matter what error." The first
 * one reported stays, even if a later one has a smaller column. */
START_TEST(test_one_syntax_error_per_line)
{
	tu_source("x := := 1 )\ny\n");
	diag_error(&tu.diag, at(1, 6), "syntax error: unexpected :=, expecting expression");
	diag_error(&tu.diag, at(1, 11), "syntax error: unexpected )");
	diag_error(&tu.diag, at(1, 1), "syntax error: something else");
	diag_error(&tu.diag, at(2, 1), "syntax error: on the next line");
	ck_assert_int_eq(diag_count(&tu.diag), 2);
	ck_assert_str_eq(tu_errors(),
	                 "1:6: syntax error: unexpected :=, expecting expression\n"
	                 "2:1: syntax error: on the next line\n");
}
END_TEST

/* Other errors on the line of a syntax error are not syntax errors, and
 * do not make a later syntax error on that line acceptable. */
START_TEST(test_syntax_and_other_errors_mix)
{
	tu_source("defer\n");
	diag_error(&tu.diag, at(1, 6), "syntax error: unexpected newline, expecting expression");
	diag_error(&tu.diag, at(1, 6), "expression in defer must be function call");
	diag_error(&tu.diag, at(1, 1), "syntax error: another");
	ck_assert_str_eq(tu_errors(),
	                 "1:6: syntax error: unexpected newline, expecting expression\n"
	                 "1:6: expression in defer must be function call\n");
}
END_TEST

/* The per-line rules look at the file too: line 1 of two files are two
 * lines. */
START_TEST(test_syntax_errors_in_two_files)
{
	int a = diag_add_source(&tu.diag, "a.go", "x\n", 2);
	int b = diag_add_source(&tu.diag, "b.go", "y\n", 2);
	diag_error(&tu.diag, (Pos){a, 1, 1}, "syntax error: one");
	diag_error(&tu.diag, (Pos){b, 1, 1}, "syntax error: two");
	diag_error(&tu.diag, (Pos){a, 1, 2}, "same");
	diag_error(&tu.diag, (Pos){b, 1, 2}, "same");
	ck_assert_int_eq(diag_count(&tu.diag), 4);
}
END_TEST

/* ---- the cap at ten ---------------------------------------------------------------------------- */

static void report_lines(int n)
{
	char *src = arena_alloc(&tu.arena, (size_t)n * 8 + 1);
	for (int i = 0; i < n; i++)
		strcat(src, "x := y\n");
	tu_source(src);
	for (int i = 1; i <= n; i++)
		diag_error(&tu.diag, at(i, 6), "undefined: y%d", i);
}

START_TEST(test_too_many_errors)
{
	report_lines(12);
	MemOut m;
	tu.diag.out = tu_mem_open(&m);
	ck_assert_int_eq(diag_flush(&tu.diag), 12);
	const char *out = tu_mem_close(&m);
	/* ten messages, each with its line and caret, then the last line */
	int lines = 0;
	for (const char *p = out; *p; p++)
		lines += *p == '\n';
	ck_assert_int_eq(lines, 31);
	ck_assert_ptr_nonnull(strstr(out, "t.go:10:6: undefined: y10\n"));
	ck_assert_ptr_null(strstr(out, "y11"));
	/* gc names the position of the last error it printed */
	const char *tail = "t.go:10:6: undefined: y10\nx := y\n     ^\nt.go:10:6: too many errors\n";
	size_t n = strlen(out), tn = strlen(tail);
	ck_assert_msg(n >= tn && strcmp(out + n - tn, tail) == 0, "output ends\n%s",
	              n > 120 ? out + n - 120 : out);
}
END_TEST

/* The cap applies in report order, as in gc: the ten printed are the first
 * ten reported, sorted, and one reported after them is never printed, even
 * if it comes first in the file (the type checker reports unused variables
 * when their function ends; testdata/errors/types_too_many_report_order.go
 * is the same case through gosub and gc). */
START_TEST(test_too_many_errors_sorted)
{
	report_lines(11);
	/* reported last, but first by position */
	diag_error(&tu.diag, at(1, 1), "early");
	const char *errs = tu_errors();
	ck_assert_msg(strncmp(errs, "1:6: undefined: y1\n", 19) == 0, "%s", errs);
	ck_assert_ptr_nonnull(strstr(errs, "10:6: undefined: y10\n10:6: too many errors\n"));
	ck_assert_ptr_null(strstr(errs, "early"));
	ck_assert_ptr_null(strstr(errs, "y11"));
}
END_TEST

/* gc stops at its tenth error: exactly ten errors already end with
 * "too many errors" (go tool compile on a file with ten bad literals:
 *     x.go:11:14: invalid digit '2' in binary literal
 *     x.go:11:14: too many errors). */
START_TEST(test_exactly_ten_errors)
{
	report_lines(10);
	const char *errs = tu_errors();
	const char *tail = "10:6: undefined: y10\n10:6: too many errors\n";
	size_t n = strlen(errs), tn = strlen(tail);
	ck_assert_msg(n >= tn && strcmp(errs + n - tn, tail) == 0, "got\n%s", errs);
}
END_TEST

START_TEST(test_nine_errors_no_cap)
{
	report_lines(9);
	const char *errs = tu_errors();
	ck_assert_ptr_null(strstr(errs, "too many errors"));
	ck_assert_ptr_nonnull(strstr(errs, "9:6: undefined: y9\n"));
}
END_TEST

/* Dropped repeats (the last message again on its line) do not count
 * towards the ten, as in gc's ErrorfAt. */
START_TEST(test_repeats_not_counted_in_cap)
{
	report_lines(9);
	for (int i = 0; i < 5; i++)
		diag_error(&tu.diag, at(9, 6), "undefined: y9");
	ck_assert_ptr_null(strstr(tu_errors(), "too many errors"));
}
END_TEST

/* ---- source line and caret -------------------------------------------------------------------- */

/* Tabs are copied into the caret line so that it lines up with the
 * source however wide the terminal shows a tab. */
START_TEST(test_caret_tabs)
{
	tu_source("package p\nfunc f() {\n\t\tx := 0b2\n}\n");
	diag_error(&tu.diag, at(3, 10), "invalid digit '2' in binary literal");
	ck_assert_str_eq(tu_flush(),
	                 "t.go:3:10: invalid digit '2' in binary literal\n"
	                 "\t\tx := 0b2\n"
	                 "\t\t       ^\n");
}
END_TEST

/* A multi-byte character is one column on the screen: é (2 bytes) and
 * 日 (3 bytes) each get one space in the caret line. */
START_TEST(test_caret_multibyte)
{
	tu_source("s := \"é日\" + 0b2\n");
	/* s=1 :==3 "=6 é=7,8 日=9..11 "=12 +=14 0b2=16 */
	diag_error(&tu.diag, at(1, 16), "invalid digit '2' in binary literal");
	ck_assert_str_eq(tu_flush(),
	                 "t.go:1:16: invalid digit '2' in binary literal\n"
	                 "s := \"é日\" + 0b2\n"
	                 "            ^\n");
}
END_TEST

START_TEST(test_caret_tab_and_multibyte)
{
	tu_source("\tπ := '' + 1\n");
	diag_error(&tu.diag, at(1, 9), "empty rune literal or unescaped '");
	ck_assert_str_eq(tu_flush(),
	                 "t.go:1:9: empty rune literal or unescaped '\n"
	                 "\tπ := '' + 1\n"
	                 "\t      ^\n");
}
END_TEST

START_TEST(test_caret_first_column)
{
	tu_source("}\n");
	diag_error(&tu.diag, at(1, 1), "syntax error: non-declaration statement outside function body");
	ck_assert_str_eq(tu_flush(),
	                 "t.go:1:1: syntax error: non-declaration statement outside function body\n"
	                 "}\n"
	                 "^\n");
}
END_TEST

/* An error at the newline (one past the last character). */
START_TEST(test_caret_at_end_of_line)
{
	tu_source("package p\nvar s = \"abc\nvar t = 1\n");
	diag_error(&tu.diag, at(2, 13), "newline in string");
	ck_assert_str_eq(tu_flush(),
	                 "t.go:2:13: newline in string\n"
	                 "var s = \"abc\n"
	                 "            ^\n");
}
END_TEST

/* Windows line endings: the \r is not part of the line shown. */
START_TEST(test_caret_crlf)
{
	tu_source("package p\r\nvar x = )\r\n");
	diag_error(&tu.diag, at(2, 9), "syntax error: unexpected ), expecting expression");
	ck_assert_str_eq(tu_flush(),
	                 "t.go:2:9: syntax error: unexpected ), expecting expression\n"
	                 "var x = )\n"
	                 "        ^\n");
}
END_TEST

/* The last line of a file without a final newline. */
START_TEST(test_caret_last_line_no_newline)
{
	tu_source("package p\nvar x = \"abc");
	diag_error(&tu.diag, at(2, 9), "string not terminated");
	ck_assert_str_eq(tu_flush(),
	                 "t.go:2:9: string not terminated\n"
	                 "var x = \"abc\n"
	                 "        ^\n");
}
END_TEST

/* An error at the end of the file, on the empty line after the last
 * newline. */
START_TEST(test_caret_after_last_newline)
{
	tu_source("package p\nfunc f() {\n");
	diag_error(&tu.diag, at(3, 1), "syntax error: unexpected EOF, expecting }");
	ck_assert_str_eq(tu_flush(),
	                 "t.go:3:1: syntax error: unexpected EOF, expecting }\n"
	                 "\n"
	                 "^\n");
}
END_TEST

/* No position: the message alone. */
START_TEST(test_no_position)
{
	tu_source("package p\n");
	diag_error(&tu.diag, POS_NONE, "something without a place");
	ck_assert_str_eq(tu_flush(), "<unknown>: something without a place\n");
}
END_TEST

/* A message longer than any fixed buffer comes out whole. */
START_TEST(test_long_message)
{
	tu_source("x\n");
	char big[1200];
	memset(big, 'm', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	diag_error(&tu.diag, at(1, 1), "%s", big);
	const char *errs = tu_errors();
	ck_assert_uint_eq(strlen(errs), strlen("1:1: ") + strlen(big) + 1);
}
END_TEST

/* ---- the lexer and parser through diag_flush --------------------------------------------------- */

START_TEST(test_lexer_errors_flushed)
{
	tu_lex("package p\n\nvar s = \"é\" + 0b2 + 0x // ok\n");
	ck_assert_str_eq(tu_flush(),
	                 "t.go:3:18: invalid digit '2' in binary literal\n"
	                 "var s = \"é\" + 0b2 + 0x // ok\n"
	                 "                ^\n"
	                 "t.go:3:24: hexadecimal literal has no digits\n"
	                 "var s = \"é\" + 0b2 + 0x // ok\n"
	                 "                      ^\n");
}
END_TEST

START_TEST(test_parser_errors_flushed)
{
	tu_parse("package p\n\nfunc f() {\n\tx := []int{1, 2\n\t}\n}\n");
	ck_assert_str_eq(tu_flush(),
	                 "t.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"
	                 "\tx := []int{1, 2\n"
	                 "\t               ^\n");
}
END_TEST

/* ---- positions and files ------------------------------------------------------------------------- */

START_TEST(test_pos_string)
{
	tu_source("x\n");
	char buf[64];
	ck_assert_str_eq(pos_string(&tu.diag, at(12, 34), buf, sizeof buf), "t.go:12:34");
	ck_assert_str_eq(pos_string(&tu.diag, POS_NONE, buf, sizeof buf), "<unknown>");
	/* cut to the buffer */
	char small[6];
	pos_string(&tu.diag, at(1, 1), small, sizeof small);
	ck_assert_str_eq(small, "t.go:");
}
END_TEST

START_TEST(test_pos_compare)
{
	ck_assert_int_eq(pos_compare((Pos){0, 1, 1}, (Pos){0, 1, 1}), 0);
	ck_assert_int_eq(pos_compare((Pos){0, 1, 9}, (Pos){0, 1, 10}), -1);
	ck_assert_int_eq(pos_compare((Pos){0, 2, 1}, (Pos){0, 1, 80}), 1);
	ck_assert_int_eq(pos_compare((Pos){1, 1, 1}, (Pos){0, 9, 9}), 1);
	ck_assert_int_eq(pos_compare((Pos){0, 9, 9}, (Pos){1, 1, 1}), -1);
}
END_TEST

START_TEST(test_add_source)
{
	int a = diag_add_source(&tu.diag, "a.go", "abc", 3);
	int b = diag_add_source(&tu.diag, "b.go", "de", 2);
	ck_assert_int_eq(a, 0);
	ck_assert_int_eq(b, 1);
	ck_assert_int_eq(tu.diag.files.len, 2);
	ck_assert_str_eq(tu.diag.files.items[1].name, "b.go");
	ck_assert_uint_eq(tu.diag.files.items[1].len, 2);
}
END_TEST

START_TEST(test_read_file)
{
	char path[] = "/tmp/gosub_test_diag_XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	const char text[] = "package p\nvar x = 1\n";
	ck_assert_int_eq(write(fd, text, sizeof text - 1), (int)(sizeof text - 1));
	close(fd);
	int file = diag_read_file(&tu.diag, path);
	unlink(path);
	ck_assert_int_eq(file, 0);
	const Source *s = &tu.diag.files.items[file];
	ck_assert_str_eq(s->name, path);
	ck_assert_uint_eq(s->len, sizeof text - 1);
	ck_assert_str_eq(s->text, text);
	ck_assert_int_eq(s->text[s->len], '\0');
}
END_TEST

/* A file bigger than the first read buffer, with NULs in it. */
START_TEST(test_read_big_file)
{
	char path[] = "/tmp/gosub_test_diag_XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	size_t n = 200000;
	char *data = arena_alloc(&tu.arena, n);
	for (size_t i = 0; i < n; i++)
		data[i] = (char)(i % 251);
	ck_assert_int_eq(write(fd, data, n), (int)n);
	close(fd);
	int file = diag_read_file(&tu.diag, path);
	unlink(path);
	ck_assert_int_ge(file, 0);
	const Source *s = &tu.diag.files.items[file];
	ck_assert_uint_eq(s->len, n);
	ck_assert_mem_eq(s->text, data, n);
	ck_assert_int_eq(s->text[n], '\0');
}
END_TEST

START_TEST(test_read_missing_file)
{
	FILE *saved = stderr;
	MemOut m;
	stderr = tu_mem_open(&m);
	int file = diag_read_file(&tu.diag, "/nonexistent/dir/x.go");
	stderr = saved;
	const char *msg = tu_mem_close(&m);
	ck_assert_int_eq(file, -1);
	ck_assert_int_eq(tu.diag.files.len, 0);
	ck_assert_ptr_nonnull(strstr(msg, "/nonexistent/dir/x.go"));
}
END_TEST

static Suite *diag_suite(void)
{
	Suite *s = suite_create("diag");
	TCase *tc;

	tc = tu_tcase("format");
	tcase_add_test(tc, test_flush_empty);
	tcase_add_test(tc, test_one_error);
	tcase_add_test(tc, test_flush_returns_count_and_forgets);
	tcase_add_test(tc, test_default_output_is_stderr);
	tcase_add_test(tc, test_no_position);
	tcase_add_test(tc, test_long_message);
	suite_add_tcase(s, tc);

	tc = tu_tcase("sorting");
	tcase_add_test(tc, test_sorted_by_position);
	tcase_add_test(tc, test_sort_is_stable);
	tcase_add_test(tc, test_sort_columns_numerically);
	tcase_add_test(tc, test_sorted_by_file);
	suite_add_tcase(s, tc);

	tc = tu_tcase("repeats");
	tcase_add_test(tc, test_exact_repeat_dropped);
	tcase_add_test(tc, test_same_message_same_line_dropped);
	tcase_add_test(tc, test_same_message_not_consecutive_kept);
	tcase_add_test(tc, test_same_message_other_line_kept);
	tcase_add_test(tc, test_different_messages_same_line_kept);
	tcase_add_test(tc, test_one_syntax_error_per_line);
	tcase_add_test(tc, test_syntax_and_other_errors_mix);
	tcase_add_test(tc, test_syntax_errors_in_two_files);
	suite_add_tcase(s, tc);

	tc = tu_tcase("cap");
	tcase_add_test(tc, test_too_many_errors);
	tcase_add_test(tc, test_too_many_errors_sorted);
	tcase_add_test(tc, test_exactly_ten_errors);
	tcase_add_test(tc, test_nine_errors_no_cap);
	tcase_add_test(tc, test_repeats_not_counted_in_cap);
	suite_add_tcase(s, tc);

	tc = tu_tcase("caret");
	tcase_add_test(tc, test_caret_tabs);
	tcase_add_test(tc, test_caret_multibyte);
	tcase_add_test(tc, test_caret_tab_and_multibyte);
	tcase_add_test(tc, test_caret_first_column);
	tcase_add_test(tc, test_caret_at_end_of_line);
	tcase_add_test(tc, test_caret_crlf);
	tcase_add_test(tc, test_caret_last_line_no_newline);
	tcase_add_test(tc, test_caret_after_last_newline);
	tcase_add_test(tc, test_lexer_errors_flushed);
	tcase_add_test(tc, test_parser_errors_flushed);
	suite_add_tcase(s, tc);

	tc = tu_tcase("files");
	tcase_add_test(tc, test_pos_string);
	tcase_add_test(tc, test_pos_compare);
	tcase_add_test(tc, test_add_source);
	tcase_add_test(tc, test_read_file);
	tcase_add_test(tc, test_read_big_file);
	tcase_add_test(tc, test_read_missing_file);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return tu_run(diag_suite());
}
