/* test_lexer.c — the lexer against Go's lexical grammar and gc 1.19.
 *
 * Every expectation here was checked against gc 1.19: for an error, the
 * source was compiled with `go tool compile -p main` and the message and
 * column copied from its output.  Where gosub and gc disagree, gc wins;
 * the test stays and the lexer gets fixed.
 *
 * Sources that need positions start with "package p\n", so line 2 of the
 * test is the line gc reported about.
 */
#include "check_util.h"

/* The one literal token of src, which must lex to LITERAL ;(EOF) EOF. */
static Token only_literal(const char *src)
{
	TokenVec v = tu_lex(src);
	ck_assert_msg(v.len == 3, "%s: %d tokens: %s", src, v.len, tu_token_list(src));
	ck_assert_tok(&v.items[0], TOK_LITERAL);
	ck_assert_tok(&v.items[1], TOK_SEMI);
	ck_assert_str_eq(v.items[1].text, "EOF");
	ck_assert_tok(&v.items[2], TOK_EOF);
	ck_assert_str_eq(v.items[0].text, src);
	return v.items[0];
}

/* ---- integer, float and imaginary literals ------------------------------- */

static const char *const int_lits[] = {
	"0", "42", "1_000_000", "0x1F", "0X_aB", "0xdead_beef", "0xABCDEF",
	"0o17", "0O7_7", "0o_7", "0b1010", "0B1_0", "0b_1", "0777", "0_17", "00",
	"0x_1F", "9223372036854775807", "18446744073709551616",
};

START_TEST(test_int_literal)
{
	const char *src = int_lits[_i];
	Token t = only_literal(src);
	ck_assert_msg(t.lit == LIT_INT, "%s: kind %d, want LIT_INT", src, t.lit);
	ck_assert_int_eq(t.bad, 0);
	ck_assert_str_eq(tu_errors(), "");
}
END_TEST

static const char *const float_lits[] = {
	"1.5", "1.", ".5", "1e10", "1E-3", "1e+1_0", "0x1p-2", "0X1.8P+3",
	"0x_1p4", "0x.8p1", "08.5", "089e1", "1_0.2_5", "0.", "00.0",
};

START_TEST(test_float_literal)
{
	const char *src = float_lits[_i];
	Token t = only_literal(src);
	ck_assert_msg(t.lit == LIT_FLOAT, "%s: kind %d, want LIT_FLOAT", src, t.lit);
	ck_assert_int_eq(t.bad, 0);
	ck_assert_str_eq(tu_errors(), "");
}
END_TEST

static const char *const imag_lits[] = {
	"1i", "0i", "1.5i", ".5i", "1e3i", "0x1p2i", "09i", "0_9i", "0b101i",
	"0o17i", "0xAi", "0777i",
};

START_TEST(test_imag_literal)
{
	const char *src = imag_lits[_i];
	Token t = only_literal(src);
	ck_assert_msg(t.lit == LIT_IMAG, "%s: kind %d, want LIT_IMAG", src, t.lit);
	ck_assert_int_eq(t.bad, 0);
	ck_assert_str_eq(tu_errors(), "");
}
END_TEST

/* A number next to an operator: the literal stops where the number does. */
START_TEST(test_number_boundaries)
{
	ck_assert_str_eq(tu_token_list("1+2"),
	                 "literal(1) + literal(2) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("x.y"),
	                 "name(x) . name(y) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("a[1:]"),
	                 "name(a) [ literal(1) : ] ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("0x1F-1e3"),
	                 "literal(0x1F) - literal(1e3) ;(EOF) EOF");
	ck_assert_str_eq(tu_errors(), "");
}
END_TEST

/* ---- rune literals --------------------------------------------------------- */

static const struct { const char *src; int32_t rune; } rune_lits[] = {
	{"'a'", 'a'},
	{"'\\a'", 7},
	{"'\\b'", 8},
	{"'\\f'", 12},
	{"'\\n'", 10},
	{"'\\r'", 13},
	{"'\\t'", 9},
	{"'\\v'", 11},
	{"'\\\\'", '\\'},
	{"'\\''", '\''},
	{"'\\x41'", 0x41},
	{"'\\101'", 0101},
	{"'\\000'", 0},
	{"'\\x00'", 0},
	{"'\\377'", 255},
	{"'\\xff'", 255},
	{"'\\u00e9'", 0xE9},
	{"'\\u00E9'", 0xE9},
	{"'\\U0001F600'", 0x1F600},
	{"'\\U0010FFFF'", 0x10FFFF},
	{"'\\uE000'", 0xE000},
	{"'é'", 0xE9},
	{"'日'", 0x65E5},
	{"'😀'", 0x1F600},
	{"'\"'", '"'},
	{"' '", ' '},
};

START_TEST(test_rune_literal)
{
	const char *src = rune_lits[_i].src;
	Token t = only_literal(src);
	ck_assert_msg(t.lit == LIT_RUNE, "%s: kind %d, want LIT_RUNE", src, t.lit);
	ck_assert_msg(t.rune == rune_lits[_i].rune, "%s: rune %d, want %d",
	              src, t.rune, rune_lits[_i].rune);
	ck_assert_int_eq(t.bad, 0);
	ck_assert_str_eq(tu_errors(), "");
}
END_TEST

/* ---- interpreted and raw string literals ---------------------------------- */

static const struct { const char *src; const char *str; int len; } string_lits[] = {
	{"\"\"", "", 0},
	{"\"abc\"", "abc", 3},
	{"\"a\\tb\"", "a\tb", 3},
	{"\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", "\a\b\f\n\r\t\v\\\"", 9},
	{"\"\\x00\"", "\0", 1},
	{"\"a\\x00b\"", "a\0b", 3},
	{"\"a\\000b\"", "a\0b", 3},
	{"\"\\x41\\101\"", "AA", 2},
	{"\"\\xff\"", "\xff", 1},           /* one byte, not UTF-8 of U+00FF */
	{"\"\\377\"", "\xff", 1},
	{"\"\\u00e9\"", "\xc3\xa9", 2},     /* \u is UTF-8 encoded */
	{"\"\\U0001F600\"", "\xf0\x9f\x98\x80", 4},
	{"\"\\U0010FFFF\"", "\xf4\x8f\xbf\xbf", 4},
	{"\"日本\"", "日本", 6},
	{"\"'\"", "'", 1},
	{"\"a`b\"", "a`b", 3},
	{"\"// not a comment\"", "// not a comment", 16},
	{"\"/* nor this */\"", "/* nor this */", 14},
	{"`abc`", "abc", 3},
	{"``", "", 0},
	{"`a\\nb`", "a\\nb", 4},            /* no escapes in raw strings */
	{"`a\"b`", "a\"b", 3},
	{"`a\r\nb`", "a\nb", 3},            /* carriage returns are dropped */
	{"`\r\r`", "", 0},
	{"`line1\nline2`", "line1\nline2", 11},
	{"`日本`", "日本", 6},
};

START_TEST(test_string_literal)
{
	const char *src = string_lits[_i].src;
	Token t = only_literal(src);
	ck_assert_msg(t.lit == LIT_STRING, "%s: kind %d, want LIT_STRING", src, t.lit);
	ck_assert_msg(t.len == string_lits[_i].len, "%s: len %lld, want %d",
	              src, (long long)t.len, string_lits[_i].len);
	ck_assert_ptr_nonnull(t.str);
	ck_assert_msg(memcmp(t.str, string_lits[_i].str, (size_t)t.len) == 0,
	              "%s: wrong bytes", src);
	ck_assert_int_eq(t.bad, 0);
	ck_assert_str_eq(tu_errors(), "");
}
END_TEST

/* A raw string spanning lines moves the line count on; the token after it
 * is on the right line and column, and the string's own position is its
 * opening quote. */
START_TEST(test_raw_string_lines)
{
	TokenVec v = tu_lex("x = `a\nbc\r\nd` + y\n");
	ck_assert_tok(&v.items[2], TOK_LITERAL);
	ck_assert_pos(v.items[2].pos, 1, 5);
	ck_assert_int_eq(v.items[2].len, 6);
	ck_assert_mem_eq(v.items[2].str, "a\nbc\nd", 6);
	ck_assert_tok(&v.items[3], TOK_ADD);
	ck_assert_pos(v.items[3].pos, 3, 4);
	ck_assert_tok(&v.items[4], TOK_IDENT);
	ck_assert_pos(v.items[4].pos, 3, 6);
	ck_assert_tok(&v.items[5], TOK_SEMI);
	ck_assert_pos(v.items[5].pos, 3, 7);
	ck_assert_str_eq(tu_errors(), "");
}
END_TEST

/* The text of a literal is its spelling in the source, quotes and all. */
START_TEST(test_literal_text)
{
	TokenVec v = tu_lex("\"a\\n\" `b` 'c' 0x1F");
	ck_assert_str_eq(v.items[0].text, "\"a\\n\"");
	ck_assert_str_eq(v.items[1].text, "`b`");
	ck_assert_str_eq(v.items[2].text, "'c'");
	ck_assert_str_eq(v.items[3].text, "0x1F");
}
END_TEST

/* ---- keywords, operators, identifiers -------------------------------------- */

static const struct { const char *src; int kind; } keywords[] = {
	{"break", TOK_BREAK}, {"case", TOK_CASE}, {"chan", TOK_CHAN},
	{"const", TOK_CONST}, {"continue", TOK_CONTINUE}, {"default", TOK_DEFAULT},
	{"defer", TOK_DEFER}, {"else", TOK_ELSE}, {"fallthrough", TOK_FALLTHROUGH},
	{"for", TOK_FOR}, {"func", TOK_FUNC}, {"go", TOK_GO}, {"goto", TOK_GOTO},
	{"if", TOK_IF}, {"import", TOK_IMPORT}, {"interface", TOK_INTERFACE},
	{"map", TOK_MAP}, {"package", TOK_PACKAGE}, {"range", TOK_RANGE},
	{"return", TOK_RETURN}, {"select", TOK_SELECT}, {"struct", TOK_STRUCT},
	{"switch", TOK_SWITCH}, {"type", TOK_TYPE}, {"var", TOK_VAR},
};

START_TEST(test_keyword)
{
	TokenVec v = tu_lex(keywords[_i].src);
	ck_assert_tok(&v.items[0], keywords[_i].kind);
	ck_assert_str_eq(lex_token_name(v.items[0].kind), keywords[_i].src);
	ck_assert_pos(v.items[0].pos, 1, 1);
	/* A keyword with more letters is an identifier. */
	const char *longer = arena_sprintf(&tu.arena, "%sx", keywords[_i].src);
	v = tu_lex(longer);
	ck_assert_tok(&v.items[0], TOK_IDENT);
	ck_assert_str_eq(v.items[0].text, longer);
	/* So is a prefix of one. */
	const char *shorter = arena_strndup(&tu.arena, keywords[_i].src,
	                                    strlen(keywords[_i].src) - 1);
	v = tu_lex(shorter);
	ck_assert_tok(&v.items[0], TOK_IDENT);
	ck_assert_str_eq(tu_errors(), "");
}
END_TEST

static const struct { const char *src; int kind; } operators[] = {
	{"+", TOK_ADD}, {"-", TOK_SUB}, {"*", TOK_STAR}, {"/", TOK_DIV},
	{"%", TOK_REM}, {"&", TOK_AND}, {"|", TOK_OR}, {"^", TOK_XOR},
	{"<<", TOK_SHL}, {">>", TOK_SHR}, {"&^", TOK_AND_NOT},
	{"+=", TOK_ADD_ASSIGN}, {"-=", TOK_SUB_ASSIGN}, {"*=", TOK_MUL_ASSIGN},
	{"/=", TOK_DIV_ASSIGN}, {"%=", TOK_REM_ASSIGN}, {"&=", TOK_AND_ASSIGN},
	{"|=", TOK_OR_ASSIGN}, {"^=", TOK_XOR_ASSIGN}, {"<<=", TOK_SHL_ASSIGN},
	{">>=", TOK_SHR_ASSIGN}, {"&^=", TOK_AND_NOT_ASSIGN},
	{"&&", TOK_LAND}, {"||", TOK_LOR}, {"<-", TOK_ARROW},
	{"++", TOK_INC}, {"--", TOK_DEC}, {"==", TOK_EQL}, {"<", TOK_LSS},
	{">", TOK_GTR}, {"=", TOK_ASSIGN}, {"!", TOK_NOT}, {"~", TOK_TILDE},
	{"!=", TOK_NEQ}, {"<=", TOK_LEQ}, {">=", TOK_GEQ}, {":=", TOK_DEFINE},
	{"...", TOK_ELLIPSIS}, {"(", TOK_LPAREN}, {"[", TOK_LBRACK},
	{"{", TOK_LBRACE}, {",", TOK_COMMA}, {".", TOK_PERIOD},
	{")", TOK_RPAREN}, {"]", TOK_RBRACK}, {"}", TOK_RBRACE},
	{";", TOK_SEMI}, {":", TOK_COLON},
};

START_TEST(test_operator)
{
	/* Between two names, so that each operator is one whole token. */
	const char *src = arena_sprintf(&tu.arena, "a %s b", operators[_i].src);
	TokenVec v = tu_lex(src);
	ck_assert_tok(&v.items[0], TOK_IDENT);
	ck_assert_tok(&v.items[1], operators[_i].kind);
	ck_assert_pos(v.items[1].pos, 1, 3);
	ck_assert_tok(&v.items[2], TOK_IDENT);
	ck_assert_pos(v.items[2].pos, 1, 4 + (int)strlen(operators[_i].src));
	if (operators[_i].kind != TOK_SEMI)
		ck_assert_str_eq(lex_token_name(operators[_i].kind), operators[_i].src);
	ck_assert_str_eq(tu_errors(), "");
}
END_TEST

/* Go spec: Tokens: "the next token is the longest sequence of characters
 * that form a valid token". */
START_TEST(test_longest_match)
{
	ck_assert_str_eq(tu_token_list("a&^=b"), "name(a) &^= name(b) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("a<<=b"), "name(a) <<= name(b) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("a>>=b"), "name(a) >>= name(b) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("f(a...)"), "name(f) ( name(a) ... ) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("c<-x"), "name(c) <- name(x) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("a&^b"), "name(a) &^ name(b) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("a&&^b"), "name(a) && ^ name(b) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("a<<-b"), "name(a) << - name(b) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("a<--b"), "name(a) <- - name(b) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("a+++b"), "name(a) ++ + name(b) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("a---b"), "name(a) -- - name(b) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("a..b"), "name(a) . . name(b) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("a====b"), "name(a) == == name(b) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("a:==b"), "name(a) := = name(b) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("a!==b"), "name(a) != = name(b) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("a/b"), "name(a) / name(b) ;(EOF) EOF");
	ck_assert_str_eq(tu_errors(), "");
}
END_TEST

static const char *const idents[] = {
	"x", "_", "_x9", "X_Y", "café", "π", "日本", "ǅx", "αβγ", "x١",
	"Ünïcödé", "breakx", "iota",
};

START_TEST(test_identifier)
{
	TokenVec v = tu_lex(idents[_i]);
	ck_assert_int_eq(v.len, 3);
	ck_assert_tok(&v.items[0], TOK_IDENT);
	ck_assert_str_eq(v.items[0].text, idents[_i]);
	ck_assert_str_eq(tu_errors(), "");
}
END_TEST

/* Identifier texts are interned: equal spellings, one pointer. */
START_TEST(test_identifier_interned)
{
	TokenVec v = tu_lex("café x café x");
	ck_assert_ptr_eq(v.items[0].text, v.items[2].text);
	ck_assert_ptr_eq(v.items[1].text, v.items[3].text);
	ck_assert_ptr_eq(v.items[0].text, intern_cstr(&tu.names, "café"));
}
END_TEST

/* ---- positions -------------------------------------------------------------- */

START_TEST(test_positions)
{
	TokenVec v = tu_lex("package p\n\nfunc  f() {\n\tx := 1\n}\n");
	/* package p ; func f ( ) { x := 1 ; } ; EOF */
	ck_assert_pos(v.items[0].pos, 1, 1);
	ck_assert_pos(v.items[1].pos, 1, 9);
	ck_assert_pos(v.items[2].pos, 1, 10);   /* the ';' sits on the newline */
	ck_assert_tok(&v.items[3], TOK_FUNC);
	ck_assert_pos(v.items[3].pos, 3, 1);
	ck_assert_pos(v.items[4].pos, 3, 7);
	ck_assert_pos(v.items[5].pos, 3, 8);
	ck_assert_pos(v.items[7].pos, 3, 11);
	ck_assert_tok(&v.items[8], TOK_IDENT);
	ck_assert_pos(v.items[8].pos, 4, 2);    /* a tab is one column */
	ck_assert_pos(v.items[9].pos, 4, 4);
	ck_assert_pos(v.items[10].pos, 4, 7);
	ck_assert_pos(v.items[11].pos, 4, 8);
	ck_assert_tok(&v.items[12], TOK_RBRACE);
	ck_assert_pos(v.items[12].pos, 5, 1);
	ck_assert_pos(v.items[13].pos, 5, 2);
	ck_assert_tok(&v.items[14], TOK_EOF);
	ck_assert_pos(v.items[14].pos, 6, 1);
	ck_assert_int_eq(v.items[0].pos.file, tu.file);
}
END_TEST

/* Columns count bytes: a multi-byte character advances by its length. */
START_TEST(test_positions_multibyte)
{
	TokenVec v = tu_lex("é := \"日\" + π\t+ x");
	ck_assert_pos(v.items[0].pos, 1, 1);
	ck_assert_pos(v.items[1].pos, 1, 4);    /* é is 2 bytes */
	ck_assert_pos(v.items[2].pos, 1, 7);
	ck_assert_pos(v.items[3].pos, 1, 13);   /* "日" is 5 bytes */
	ck_assert_pos(v.items[4].pos, 1, 15);
	ck_assert_pos(v.items[5].pos, 1, 18);   /* π is 2 bytes, then a tab */
	ck_assert_pos(v.items[6].pos, 1, 20);
	ck_assert_pos(v.items[7].pos, 1, 21);   /* ;(EOF) just after x */
}
END_TEST

/* Comments do not disturb the positions of what follows them. */
START_TEST(test_positions_after_comments)
{
	TokenVec v = tu_lex("/* a\n * b */ x // c\n/**/y\n");
	ck_assert_tok(&v.items[0], TOK_IDENT);
	ck_assert_pos(v.items[0].pos, 2, 9);
	ck_assert_tok(&v.items[1], TOK_SEMI);
	ck_assert_pos(v.items[1].pos, 2, 15);
	ck_assert_tok(&v.items[2], TOK_IDENT);
	ck_assert_pos(v.items[2].pos, 3, 5);
}
END_TEST

/* A byte order mark is allowed as the first character and skipped; the
 * column after it still counts its three bytes, as gc counts them. */
START_TEST(test_bom_at_start)
{
	TokenVec v = tu_lex("\xEF\xBB\xBFpackage p\n");
	ck_assert_tok(&v.items[0], TOK_PACKAGE);
	ck_assert_pos(v.items[0].pos, 1, 4);
	ck_assert_str_eq(tu_errors(), "");
}
END_TEST

/* ---- automatic semicolons (Go spec: Semicolons) ------------------------------ */

/* After each of these as the last token of a line, the newline becomes
 * ;(newline). */
static const char *const ends_statement[] = {
	"x", "42", "1.5", "2i", "'a'", "\"s\"", "`raw`", "break", "continue",
	"fallthrough", "return", "x++", "x--", "f()", "a[1]", "T{}",
};

START_TEST(test_semicolon_inserted)
{
	const char *src = arena_sprintf(&tu.arena, "%s\nz", ends_statement[_i]);
	TokenVec v = tu_lex(src);
	int i = tu_find_tok(v, 0, TOK_SEMI);
	ck_assert_msg(i == v.len - 4, "%s: %s", src, tu_token_list(src));
	ck_assert_str_eq(v.items[i].text, "newline");
	ck_assert_pos(v.items[i].pos, 1, 1 + (int)strlen(ends_statement[_i]));
	ck_assert_tok(&v.items[i + 1], TOK_IDENT);
	ck_assert_pos(v.items[i + 1].pos, 2, 1);
}
END_TEST

/* After anything else, the newline is only white space. */
static const char *const continues_statement[] = {
	"x +", "x ,", "x {", "x (", "x [", "x =", "x :=", "x .", "x &&",
	"x <-", "x :", "x ;", "if", "else", "func", "var", "package", "import",
	"const", "type", "struct", "interface", "map", "chan", "for", "switch",
	"select", "case", "default", "go", "defer", "goto", "range", "x ...",
	"x !", "x *",
};

START_TEST(test_semicolon_not_inserted)
{
	const char *src = arena_sprintf(&tu.arena, "%s\nz", continues_statement[_i]);
	TokenVec v = tu_lex(src);
	for (int i = 0; i < v.len; i++)
		ck_assert_msg(v.items[i].kind != TOK_SEMI ||
		              strcmp(v.items[i].text, "newline") != 0,
		              "%s: %s", src, tu_token_list(src));
	/* z is the token right after the line's last token */
	int z = v.len - 3;
	ck_assert_tok(&v.items[z], TOK_IDENT);
	ck_assert_str_eq(v.items[z].text, "z");
	ck_assert_pos(v.items[z].pos, 2, 1);
}
END_TEST

START_TEST(test_semicolon_forms)
{
	/* at the end of the file, after a token that ends a statement */
	ck_assert_str_eq(tu_token_list("return"), "return ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("x)"), "name(x) ) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("x]"), "name(x) ] ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("}"), "} ;(EOF) EOF");
	/* but not after one that does not */
	ck_assert_str_eq(tu_token_list("x +"), "name(x) + EOF");
	ck_assert_str_eq(tu_token_list(""), "EOF");
	/* a newline at the end gives ;(newline), and then no ;(EOF) */
	ck_assert_str_eq(tu_token_list("x\n"), "name(x) ;(newline) EOF");
	/* blank lines add nothing */
	ck_assert_str_eq(tu_token_list("x\n\n\n\ny"),
	                 "name(x) ;(newline) name(y) ;(EOF) EOF");
	/* a written ';' is "semicolon", and the newline after it is nothing */
	ck_assert_str_eq(tu_token_list("x;\ny"),
	                 "name(x) ;(semicolon) name(y) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("x; y"),
	                 "name(x) ;(semicolon) name(y) ;(EOF) EOF");
	/* a line comment at the end of a line: the newline still counts */
	ck_assert_str_eq(tu_token_list("x // c\ny"),
	                 "name(x) ;(newline) name(y) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("x // c"), "name(x) ;(EOF) EOF");
	/* a general comment containing a newline acts as a newline */
	ck_assert_str_eq(tu_token_list("x /* a\nb */ y"),
	                 "name(x) ;(newline) name(y) ;(EOF) EOF");
	/* one without a newline is nothing, even at the end of a line */
	ck_assert_str_eq(tu_token_list("x /* a */ y"),
	                 "name(x) name(y) ;(EOF) EOF");
	ck_assert_str_eq(tu_token_list("x /* a */\ny"),
	                 "name(x) ;(newline) name(y) ;(EOF) EOF");
	/* a multi-line comment after a token that does not end a statement */
	ck_assert_str_eq(tu_token_list("x + /* a\nb */ y"),
	                 "name(x) + name(y) ;(EOF) EOF");
	/* a newline inside a raw string is no line end */
	ck_assert_str_eq(tu_token_list("x + `a\nb` + y"),
	                 "name(x) + literal(`a\nb`) + name(y) ;(EOF) EOF");
	ck_assert_str_eq(tu_errors(), "");
}
END_TEST

/* Where the inserted semicolons sit: on the newline, on the comment that
 * holds the newline, at the end of the file. */
START_TEST(test_semicolon_positions)
{
	TokenVec v = tu_lex("a\nb /* c\nd */\ne // f\ng");
	ck_assert_pos(v.items[1].pos, 1, 2);
	ck_assert_str_eq(v.items[3].text, "newline");
	ck_assert_pos(v.items[3].pos, 2, 3);    /* the comment's start */
	ck_assert_tok(&v.items[4], TOK_IDENT);
	ck_assert_pos(v.items[4].pos, 4, 1);
	ck_assert_pos(v.items[5].pos, 4, 7);    /* the newline after // f */
	ck_assert_str_eq(v.items[7].text, "EOF");
	ck_assert_pos(v.items[7].pos, 5, 2);
	ck_assert_tok(&v.items[8], TOK_EOF);
}
END_TEST

/* A statement as gc's tests write it. */
START_TEST(test_semicolons_in_function)
{
	ck_assert_str_eq(tu_token_list("func f() {\n\tif x {\n\t\treturn\n\t}\n\tx++\n}\n"),
	                 "func name(f) ( ) { if name(x) { return ;(newline) } ;(newline) "
	                 "name(x) ++ ;(newline) } ;(newline) EOF");
}
END_TEST

/* TOK_EOF comes again on every call after the end. */
START_TEST(test_eof_repeats)
{
	int file = tu_source("x");
	Lexer *lx = lex_open(&tu.arena, &tu.names, &tu.diag, file);
	Token t;
	ck_assert_int_eq(lex_next(lx, &t), TOK_IDENT);
	ck_assert_int_eq(lex_next(lx, &t), TOK_SEMI);
	ck_assert_int_eq(lex_next(lx, &t), TOK_EOF);
	ck_assert_int_eq(lex_next(lx, &t), TOK_EOF);
	ck_assert_int_eq(t.kind, TOK_EOF);
	ck_assert_int_eq(lex_next(lx, &t), TOK_EOF);
	lex_close(lx);
}
END_TEST

/* ---- the token dump --------------------------------------------------------- */

START_TEST(test_lex_dump)
{
	const char *out = tu_lex_dump("package p\n\nvar s = \"hi\" + 'x'\n");
	ck_assert_str_eq(out,
		"1:1      package\n"
		"1:9      name      p\n"
		"1:10     ;         newline\n"
		"3:1      var\n"
		"3:5      name      s\n"
		"3:7      =\n"
		"3:9      literal   \"hi\"  (string, 2 bytes)\n"
		"3:14     +\n"
		"3:16     literal   'x'  (rune 120)\n"
		"3:19     ;         newline\n"
		"4:1      EOF\n");
}
END_TEST

START_TEST(test_lex_dump_counts_errors)
{
	int file = tu_source("x := 0b2 + 09\n");
	MemOut m;
	FILE *f = tu_mem_open(&m);
	int n = lex_dump(f, &tu.arena, &tu.names, &tu.diag, file);
	const char *out = tu_mem_close(&m);
	ck_assert_int_eq(n, 2);
	ck_assert_ptr_nonnull(strstr(out, "1:6      literal   0b2  (int)  (malformed)\n"));
	ck_assert_ptr_nonnull(strstr(out, "1:12     literal   09  (int)  (malformed)\n"));
}
END_TEST

/* ---- lex_token_desc: how syntax errors name a token --------------------------- */

START_TEST(test_token_desc)
{
	TokenVec v = tu_lex("x 42 \"s\" , ; += func }\n");
	char buf[64];
	ck_assert_str_eq(lex_token_desc(&v.items[0], buf, sizeof buf), "x");
	ck_assert_str_eq(lex_token_desc(&v.items[1], buf, sizeof buf), "literal 42");
	ck_assert_str_eq(lex_token_desc(&v.items[2], buf, sizeof buf), "literal \"s\"");
	ck_assert_str_eq(lex_token_desc(&v.items[3], buf, sizeof buf), "comma");
	ck_assert_str_eq(lex_token_desc(&v.items[4], buf, sizeof buf), "semicolon");
	ck_assert_str_eq(lex_token_desc(&v.items[5], buf, sizeof buf), "+=");
	ck_assert_str_eq(lex_token_desc(&v.items[6], buf, sizeof buf), "func");
	ck_assert_str_eq(lex_token_desc(&v.items[7], buf, sizeof buf), "}");
	ck_assert_str_eq(lex_token_desc(&v.items[8], buf, sizeof buf), "newline");
}
END_TEST

/* ---- bad input --------------------------------------------------------------------
 *
 * Each source was compiled by gc 1.19; `errors` is what it printed, less
 * its syntax errors (the parser's business).  `after` says the name
 * `after`, which follows the mistake, must still come out as a token:
 * the lexer reports and goes on.
 */
static const struct {
	const char *what;
	const char *src;
	int len;
	const char *errors;
	int after;
} bad_input[] = {
	{"string not terminated at EOF",
	 "package p\nvar x = \"abc", 22,
	 "2:9: string not terminated\n", 0},
	{"newline in string",
	 "package p\nvar x = \"abc\nvar y = after\n", 37,
	 "2:13: newline in string\n", 1},
	{"raw string not terminated",
	 "package p\nvar x = `abc", 22,
	 "2:9: string not terminated\n", 0},
	{"raw string not terminated, across lines",
	 "package p\nvar x = `abc\nvar y = after\n", 37,
	 "2:9: string not terminated\n", 0},
	{"comment not terminated",
	 "package p\n/* abc", 16,
	 "2:1: comment not terminated\n", 0},
	{"comment not terminated, across lines",
	 "package p\nvar x = after /* abc\n\n", 32,
	 "2:15: comment not terminated\n", 1},
	{"rune literal not terminated",
	 "package p\nvar x = 'a", 20,
	 "2:9: rune literal not terminated\n", 0},
	{"newline in rune literal",
	 "package p\nvar x = 'a\nvar y = after\n", 35,
	 "2:11: newline in rune literal\n", 1},
	{"newline in rune literal after two chars",
	 "package p\nvar x = 'ab\nvar y = after\n", 36,
	 "2:12: newline in rune literal\n", 1},
	{"empty rune literal",
	 "package p\nvar x = '' + after\n", 29,
	 "2:10: empty rune literal or unescaped '\n", 1},
	{"more than one character",
	 "package p\nvar x = 'ab' + after\n", 31,
	 "2:9: more than one character in rune literal\n", 1},
	{"unknown escape in string",
	 "package p\nvar x = \"a\\qb\" + after\n", 33,
	 "2:12: unknown escape\n", 1},
	{"unknown escape \\' in string",
	 "package p\nvar x = \"\\'\" + after\n", 31,
	 "2:11: unknown escape\n", 1},
	{"unknown escape \\\" in rune",
	 "package p\nvar x = '\\\"' + after\n", 31,
	 "2:11: unknown escape\n", 1},
	{"unknown escape \\8",
	 "package p\nvar x = '\\8' + after\n", 31,
	 "2:11: unknown escape\n", 1},
	{"unknown escape then newline",
	 "package p\nvar x = \"abc\\q\nvar y = after\n", 39,
	 "2:14: unknown escape\n2:15: newline in string\n", 1},
	{"backslash newline",
	 "package p\nvar x = \"abc\\\nvar y = after\n", 38,
	 "2:14: unknown escape\n2:14: newline in string\n", 1},
	{"octal escape > 255 in string",
	 "package p\nvar x = \"\\400\" + after\n", 33,
	 "2:14: octal escape value 256 > 255\n", 1},
	{"octal escape > 255 in rune",
	 "package p\nvar x = '\\400' + after\n", 33,
	 "2:14: octal escape value 256 > 255\n", 1},
	{"short octal escape",
	 "package p\nvar x = '\\12' + after\n", 32,
	 "2:13: invalid character '\\'' in octal escape\n", 1},
	{"bad hex escape",
	 "package p\nvar x = '\\xZ1' + after\n", 33,
	 "2:12: invalid character 'Z' in hexadecimal escape\n", 1},
	{"bad hex escape g",
	 "package p\nvar x = '\\xg' + after\n", 32,
	 "2:12: invalid character 'g' in hexadecimal escape\n", 1},
	{"short hex escape in string",
	 "package p\nvar x = \"\\x4\" + after\n", 32,
	 "2:13: invalid character '\"' in hexadecimal escape\n", 1},
	{"short hex escape in rune",
	 "package p\nvar x = '\\x4' + after\n", 32,
	 "2:13: invalid character '\\'' in hexadecimal escape\n", 1},
	{"short \\u escape",
	 "package p\nvar x = '\\u12' + after\n", 33,
	 "2:14: invalid character '\\'' in hexadecimal escape\n", 1},
	{"surrogate \\u escape",
	 "package p\nvar x = \"\\uD800\" + after\n", 35,
	 "2:16: escape is invalid Unicode code point U+D800\n", 1},
	{"surrogate lower-case \\u escape",
	 "package p\nvar x = '\\udfff' + after\n", 35,
	 "2:16: escape is invalid Unicode code point U+DFFF\n", 1},
	{"\\U beyond U+10FFFF",
	 "package p\nvar x = '\\U00110000' + after\n", 39,
	 "2:20: escape is invalid Unicode code point U+110000\n", 1},
	{"invalid digit in 0o",
	 "package p\nvar x = 0o18 + after\n", 31,
	 "2:12: invalid digit '8' in octal literal\n", 1},
	{"invalid digit in legacy octal",
	 "package p\nvar x = 018 + after\n", 30,
	 "2:11: invalid digit '8' in octal literal\n", 1},
	{"invalid digit 9 in legacy octal",
	 "package p\nvar x = 09 + after\n", 29,
	 "2:10: invalid digit '9' in octal literal\n", 1},
	{"invalid digit in binary",
	 "package p\nvar x = 0b102 + after\n", 32,
	 "2:13: invalid digit '2' in binary literal\n", 1},
	{"invalid digit in binary with _",
	 "package p\nvar x = 0b12_ + after\n", 32,
	 "2:12: invalid digit '2' in binary literal\n", 1},
	{"hex no digits",
	 "package p\nvar x = 0x + after\n", 29,
	 "2:11: hexadecimal literal has no digits\n", 1},
	{"hex no digits, only _",
	 "package p\nvar x = 0x_ + after\n", 30,
	 "2:12: hexadecimal literal has no digits\n", 1},
	{"binary no digits",
	 "package p\nvar x = 0b + after\n", 29,
	 "2:11: binary literal has no digits\n", 1},
	{"octal no digits",
	 "package p\nvar x = 0O + after\n", 29,
	 "2:11: octal literal has no digits\n", 1},
	{"double _",
	 "package p\nvar x = 1__2 + after\n", 31,
	 "2:11: '_' must separate successive digits\n", 1},
	{"double _ after prefix",
	 "package p\nvar x = 0x__1 + after\n", 32,
	 "2:12: '_' must separate successive digits\n", 1},
	{"double _ in binary",
	 "package p\nvar x = 0b1__0 + after\n", 33,
	 "2:13: '_' must separate successive digits\n", 1},
	{"trailing _",
	 "package p\nvar x = 12_ + after\n", 30,
	 "2:11: '_' must separate successive digits\n", 1},
	{"_ before p exponent",
	 "package p\nvar x = 0x1_p2 + after\n", 33,
	 "2:12: '_' must separate successive digits\n", 1},
	{"_ before .",
	 "package p\nvar x = 1_.5 + after\n", 31,
	 "2:10: '_' must separate successive digits\n", 1},
	{"exponent no digits",
	 "package p\nvar x = 1e+ + after\n", 30,
	 "2:12: exponent has no digits\n", 1},
	{"hex exponent no digits",
	 "package p\nvar x = 0x1p + after\n", 31,
	 "2:13: exponent has no digits\n", 1},
	{"hex mantissa without p",
	 "package p\nvar x = 0x1.0 + after\n", 32,
	 "2:14: hexadecimal mantissa requires a 'p' exponent\n", 1},
	{"p exponent on decimal",
	 "package p\nvar x = 1p2 + after\n", 30,
	 "2:10: 'p' exponent requires hexadecimal mantissa\n", 1},
	{"invalid char @",
	 "package p\nvar x = 1 @ after\n", 28,
	 "2:11: invalid character U+0040 '@'\n", 1},
	{"invalid char #",
	 "package p\nvar x = 1 # after\n", 28,
	 "2:11: invalid character U+0023 '#'\n", 1},
	{"invalid char $",
	 "package p\nvar x = 1 $ after\n", 28,
	 "2:11: invalid character U+0024 '$'\n", 1},
	{"invalid char ? ",
	 "package p\nvar x = 1 ? after\n", 28,
	 "2:11: invalid character U+003F '?'\n", 1},
	{"euro inside identifier",
	 "package p\nvar ab\342\202\254c = after\n", 29,
	 "2:7: invalid character U+20AC '\342\202\254' in identifier\n", 1},
	{"euro starting identifier",
	 "package p\nvar x = \342\202\254y + after\n", 31,
	 "2:9: invalid character U+20AC '\342\202\254' in identifier\n", 1},
	{"unicode digit starting identifier",
	 "package p\nvar x = \331\241y + after\n", 30,
	 "2:9: identifier cannot begin with digit U+0661 '\331\241'\n", 1},
	{"NUL",
	 "package p\nvar x = 1 \000 + after\n", 30,
	 "2:11: invalid NUL character\n", 1},
	{"NUL in string",
	 "package p\nvar x = \"a\000b\" + after\n", 32,
	 "2:11: invalid NUL character\n", 1},
	{"invalid UTF-8",
	 "package p\nvar x = 1 \377 + after\n", 30,
	 "2:11: invalid UTF-8 encoding\n", 1},
	{"invalid UTF-8 in identifier",
	 "package p\nvar x = a\377b + after\n", 30,
	 "2:10: invalid UTF-8 encoding\n", 1},
	{"invalid UTF-8 in comment",
	 "package p\nvar x = 1 // \377\nvar y = after\n", 39,
	 "2:14: invalid UTF-8 encoding\n", 1},
	{"BOM in the middle",
	 "package p\nvar x = 1 \357\273\277 + after\n", 32,
	 "2:11: invalid BOM in the middle of the file\n", 1},
	{"two errors on one line",
	 "package p\nvar x = 0b2 + '' + after\n", 35,
	 "2:11: invalid digit '2' in binary literal\n2:16: empty rune literal or unescaped '\n", 1},
};

START_TEST(test_bad_input)
{
	const char *what = bad_input[_i].what;
	TokenVec v = tu_lex_n(bad_input[_i].src, (size_t)bad_input[_i].len);
	const char *errs = tu_errors();
	ck_assert_msg(strcmp(errs, bad_input[_i].errors) == 0,
	              "%s:\ngot\n%swant (gc 1.19)\n%s", what, errs, bad_input[_i].errors);
	ck_assert_tok(&v.items[v.len - 1], TOK_EOF);
	if (bad_input[_i].after) {
		int found = 0;
		for (int i = 0; i < v.len; i++)
			if (v.items[i].kind == TOK_IDENT && strcmp(v.items[i].text, "after") == 0)
				found = 1;
		ck_assert_msg(found, "%s: lexing stopped at the error: %s", what,
		              tu_token_list_n(bad_input[_i].src, (size_t)bad_input[_i].len));
	}
}
END_TEST

/* A malformed literal is still one literal token, marked bad, so that the
 * parser goes on and later stages know not to complain again. */
START_TEST(test_bad_literal_is_one_token)
{
	ck_assert_str_eq(tu_token_list("x = 0b102 + y"),
	                 "name(x) = literal(0b102) + name(y) ;(EOF) EOF");
	TokenVec v = tu_lex("'ab' 0x \"\\q\" 1__2 '\\400' 08");
	for (int i = 0; i < 6; i++) {
		ck_assert_tok(&v.items[i], TOK_LITERAL);
		ck_assert_msg(v.items[i].bad, "%s is not marked bad", v.items[i].text);
	}
	ck_assert_tok(&v.items[6], TOK_SEMI);
	v = tu_lex("1 'a' \"s\" `r` 0x1p4");
	for (int i = 0; i < 5; i++)
		ck_assert_msg(!v.items[i].bad, "%s is marked bad", v.items[i].text);
}
END_TEST

/* A string cut off by a newline is still a literal that ends a statement,
 * so the newline after it becomes ';', as in gc. */
START_TEST(test_newline_in_string_then_semicolon)
{
	ck_assert_str_eq(tu_token_list("x = \"abc\ny"),
	                 "name(x) = literal(\"abc) ;(newline) name(y) ;(EOF) EOF");
	ck_assert_str_eq(tu_errors(), "1:9: newline in string\n");
}
END_TEST

/* An unterminated comment swallows the rest of the file. */
START_TEST(test_comment_not_terminated_eats_rest)
{
	ck_assert_str_eq(tu_token_list("x + /* y\nz"), "name(x) + EOF");
	ck_assert_str_eq(tu_errors(), "1:5: comment not terminated\n");
}
END_TEST

/* Stray characters are skipped one by one, each with its own message,
 * but gc says the same thing only once a line. */
START_TEST(test_stray_characters)
{
	ck_assert_str_eq(tu_token_list("a @ # b\nc @ @ d"),
	                 "name(a) name(b) ;(newline) name(c) name(d) ;(EOF) EOF");
	ck_assert_str_eq(tu_errors(),
	                 "1:3: invalid character U+0040 '@'\n"
	                 "1:5: invalid character U+0023 '#'\n"
	                 "2:3: invalid character U+0040 '@'\n");
}
END_TEST

/* gc: "invalid character U+20AC '€' in identifier" at the start of a
 * name too, and the name includes the bad character. */
START_TEST(test_bad_char_starts_identifier)
{
	TokenVec v = tu_lex("€y + after");
	ck_assert_tok(&v.items[0], TOK_IDENT);
	ck_assert_str_eq(v.items[0].text, "€y");
	ck_assert_pos(v.items[0].pos, 1, 1);
	ck_assert_tok(&v.items[1], TOK_ADD);
	ck_assert_pos(v.items[1].pos, 1, 6);  /* columns count bytes: € is 3 */
}
END_TEST

/* A bad character inside a name does not split it. */
START_TEST(test_bad_char_inside_identifier)
{
	TokenVec v = tu_lex("ab€c + after");
	ck_assert_tok(&v.items[0], TOK_IDENT);
	ck_assert_str_eq(v.items[0].text, "ab€c");
	ck_assert_tok(&v.items[1], TOK_ADD);
	ck_assert_pos(v.items[1].pos, 1, 8);
	ck_assert_str_eq(tu_errors(), "1:3: invalid character U+20AC '€' in identifier\n");
}
END_TEST

/* Errors after a tab or a multi-byte character are at byte columns. */
START_TEST(test_error_columns_count_bytes)
{
	tu_lex("\tπ := '' + 0b2\n");
	ck_assert_str_eq(tu_errors(),
	                 "1:9: empty rune literal or unescaped '\n"
	                 "1:15: invalid digit '2' in binary literal\n");
}
END_TEST

static Suite *lexer_suite(void)
{
	Suite *s = suite_create("lexer");
	TCase *tc;

	tc = tu_tcase("literals");
	tcase_add_loop_test(tc, test_int_literal, 0, sizeof int_lits / sizeof *int_lits);
	tcase_add_loop_test(tc, test_float_literal, 0, sizeof float_lits / sizeof *float_lits);
	tcase_add_loop_test(tc, test_imag_literal, 0, sizeof imag_lits / sizeof *imag_lits);
	tcase_add_test(tc, test_number_boundaries);
	tcase_add_loop_test(tc, test_rune_literal, 0, sizeof rune_lits / sizeof *rune_lits);
	tcase_add_loop_test(tc, test_string_literal, 0, sizeof string_lits / sizeof *string_lits);
	tcase_add_test(tc, test_raw_string_lines);
	tcase_add_test(tc, test_literal_text);
	suite_add_tcase(s, tc);

	tc = tu_tcase("tokens");
	tcase_add_loop_test(tc, test_keyword, 0, sizeof keywords / sizeof *keywords);
	tcase_add_loop_test(tc, test_operator, 0, sizeof operators / sizeof *operators);
	tcase_add_test(tc, test_longest_match);
	tcase_add_loop_test(tc, test_identifier, 0, sizeof idents / sizeof *idents);
	tcase_add_test(tc, test_identifier_interned);
	tcase_add_test(tc, test_token_desc);
	suite_add_tcase(s, tc);

	tc = tu_tcase("positions");
	tcase_add_test(tc, test_positions);
	tcase_add_test(tc, test_positions_multibyte);
	tcase_add_test(tc, test_positions_after_comments);
	tcase_add_test(tc, test_bom_at_start);
	suite_add_tcase(s, tc);

	tc = tu_tcase("semicolons");
	tcase_add_loop_test(tc, test_semicolon_inserted, 0,
	                    sizeof ends_statement / sizeof *ends_statement);
	tcase_add_loop_test(tc, test_semicolon_not_inserted, 0,
	                    sizeof continues_statement / sizeof *continues_statement);
	tcase_add_test(tc, test_semicolon_forms);
	tcase_add_test(tc, test_semicolon_positions);
	tcase_add_test(tc, test_semicolons_in_function);
	tcase_add_test(tc, test_eof_repeats);
	suite_add_tcase(s, tc);

	tc = tu_tcase("dump");
	tcase_add_test(tc, test_lex_dump);
	tcase_add_test(tc, test_lex_dump_counts_errors);
	suite_add_tcase(s, tc);

	tc = tu_tcase("errors");
	tcase_add_loop_test(tc, test_bad_input, 0, sizeof bad_input / sizeof *bad_input);
	tcase_add_test(tc, test_bad_literal_is_one_token);
	tcase_add_test(tc, test_newline_in_string_then_semicolon);
	tcase_add_test(tc, test_comment_not_terminated_eats_rest);
	tcase_add_test(tc, test_stray_characters);
	tcase_add_test(tc, test_bad_char_starts_identifier);
	tcase_add_test(tc, test_bad_char_inside_identifier);
	tcase_add_test(tc, test_error_columns_count_bytes);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return tu_run(lexer_suite());
}
