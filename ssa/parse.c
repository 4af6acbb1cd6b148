/* parse.c — reading the SSA text format back into a Func.
 *
 * print.c writes a Func as text (doc/ssa.md); this file reads that text
 * back, so that a test can start from a function written by hand instead
 * of a Go program pushed through the front end and the builder.  A pass
 * test is then two pieces of text: the function before the pass and the
 * function after it, both in the form a student already reads in the
 * -ssa dump.  QBE's test suite works this way; Go's cmd/compile, whose
 * dump cannot be read back, has to build its pass tests in Go code.
 *
 *     func main.f params=1 results=1             the header
 *       local x size=8 align=8                   stack slots, by name
 *       b1:                                      a block
 *         v1 = InitMem <mem>
 *         v2 = Arg <int> [0] (n)                 id = Op <type> [auxint] {aux} args (name)
 *         v3 = LocalAddr <ptr> {x}
 *       Plain -> b2                              kind, control, successors
 *       b2: <- b1 b2                             preds, in order
 *         v5 = Phi <int> v2 v6 (i)               v6 is defined below: fine
 *         v6 = Add <int> v5 v2                   ; everything after ';' is a note
 *       If v7 -> b2 b3
 *
 * The reader keeps what the writer shows and nothing else:
 *   - ids stay as written: v7 is fn->values.items[7], and the table has
 *     NULL where no value has that id, exactly as after dce removed it;
 *     block ids stay too, and the blocks keep the order of the text;
 *   - a value may be named before its line (a Phi's argument coming round
 *     a loop): the first mention makes the Value, its line fills it in;
 *   - preds and succs are taken from the text as they are, in order —
 *     argument i of a Phi flows in along preds[i] — and not checked
 *     against each other: a function the verifier must reject is still a
 *     well-formed text (testdata/ssa/ has tests of exactly that);
 *   - use counts are kept by ssa_add_arg and ssa_set_control, as when the
 *     builder makes the function;
 *   - what the text does not show is not invented: positions are none
 *     (parsed functions print without `;` notes but `dead`), and a Call's
 *     call_results is the number of CallResults that read it (so a call
 *     whose results went through a result area reads back as 0 results),
 *     call_noreturn is set when the Call ends an Exit block.
 *
 * The [auxint] is a number, except for a bool Const ([true], [false]) and
 * a BoundsCheck, whose kind is spelled as ssa_bounds names it ([index],
 * [slice_alen], ...); a Const's number must fit its type ([300] is no
 * int8: the builder never makes one).  Only the ops print.c prints an
 * auxint for may have one, and they must: otherwise parse(print(f))
 * could not print as f did.
 * {aux} of a LocalAddr names a `local` line; of any other op it is the
 * symbol.  A (name) holds no ')'.
 *
 * Errors: the first problem stops the reader, which returns NULL and
 * "line N: what" in *err.  Anything may come in — a fuzzer's bytes, a
 * test half written — so every number is range-checked and every lookup
 * bounded; nothing in the text can make the reader crash.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ssa.h"

/* Ids above this are refused: the value and block tables are sized by
 * the largest id, and a typo must not ask for gigabytes. */
enum { PARSE_MAX_ID = 1 << 20 };

typedef struct Parser {
	Func *fn;
	Arena *a;
	int line;               /* the line being read, from 1 */
	const char *p;          /* the cursor in the current line */
	const char *end;        /* the end of the current line (its '\n' or NUL) */
	const char *err;        /* the first error, or NULL */
	VEC(Value *) values;    /* by id: every value defined or mentioned */
	VEC(int) value_line;    /* by id: the line that first mentioned it */
	VEC(char) defined;      /* by id: 1 once its own line was read */
	VEC(Block *) blocks;    /* by id: every block defined or mentioned */
	VEC(int) block_line;    /* by id: the line that first mentioned it */
	VEC(char) block_defined; /* by id: 1 once its header line was read */
	Block *cur;             /* the block whose values are being read, or NULL */
	int saw_header;         /* the `func` line was read */
} Parser;

static void parse_error(Parser *ps, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void parse_error(Parser *ps, const char *fmt, ...)
{
	if (ps->err)
		return;
	char msg[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	ps->err = arena_sprintf(ps->a, "line %d: %s", ps->line, msg);
}

/* ---- the cursor in one line ----------------------------------------------- */

static void skip_space(Parser *ps)
{
	while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\r'))
		ps->p++;
}

/* Nothing left but spaces and a `; note`. */
static int at_line_end(Parser *ps)
{
	skip_space(ps);
	return ps->p >= ps->end || *ps->p == ';';
}

/* Consumes the literal s (after spaces) if it is next. */
static int accept(Parser *ps, const char *s)
{
	skip_space(ps);
	size_t n = strlen(s);
	if ((size_t)(ps->end - ps->p) >= n && memcmp(ps->p, s, n) == 0) {
		ps->p += n;
		return 1;
	}
	return 0;
}

static int is_word_char(char c)
{
	return c != ' ' && c != '\t' && c != '\r' && c != ';' && c != '\0';
}

/* The next run of non-space characters, copied into the arena; "" at the
 * end of the line. */
static const char *word(Parser *ps)
{
	skip_space(ps);
	const char *s = ps->p;
	while (ps->p < ps->end && is_word_char(*ps->p))
		ps->p++;
	return arena_strndup(ps->a, s, (size_t)(ps->p - s));
}

/* Does the next word start with letter c followed by a digit (v7, b3)? */
static int peek_ref(Parser *ps, char c)
{
	skip_space(ps);
	return ps->end - ps->p >= 2 && ps->p[0] == c && ps->p[1] >= '0' && ps->p[1] <= '9';
}

/* A decimal number in [lo, hi]; what names it goes in the error. */
static int64_t number(Parser *ps, int64_t lo, int64_t hi, const char *what)
{
	skip_space(ps);
	const char *s = ps->p;
	if (ps->p < ps->end && *ps->p == '-')
		ps->p++;
	const char *digits = ps->p;
	while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9')
		ps->p++;
	if (ps->p == digits || ps->p - s > 20) {
		parse_error(ps, "%s: want a number", what);
		return lo;
	}
	char buf[32];
	memcpy(buf, s, (size_t)(ps->p - s));
	buf[ps->p - s] = 0;
	errno = 0;
	long long n = strtoll(buf, NULL, 10);
	if (errno || n < lo || n > hi) {
		parse_error(ps, "%s: %s is out of range", what, buf);
		return lo;
	}
	return n;
}

/* `vN` or `bN` with 1 <= N <= PARSE_MAX_ID; 0 after an error. */
static int ref(Parser *ps, char c)
{
	if (!peek_ref(ps, c)) {
		parse_error(ps, "want %c<number>, found '%s'", c, word(ps));
		return 0;
	}
	ps->p++;
	int id = (int)number(ps, 1, PARSE_MAX_ID, c == 'v' ? "value id" : "block id");
	if (!ps->err && ps->p < ps->end && is_word_char(*ps->p) && *ps->p != ':') {
		parse_error(ps, "junk after %c%d", c, id);
		return 0;
	}
	return ps->err ? 0 : id;
}

/* ---- values and blocks by id ---------------------------------------------- */

/* The Value with this id, made on first mention. */
static Value *value_by_id(Parser *ps, int id)
{
	while (ps->values.len <= id) {
		VEC_PUSH(ps->a, ps->values, NULL);
		VEC_PUSH(ps->a, ps->value_line, 0);
		VEC_PUSH(ps->a, ps->defined, 0);
	}
	if (!ps->values.items[id]) {
		Value *v = ARENA_NEW(ps->a, Value);
		v->id = id;
		v->type = ST_VOID;
		v->pos = POS_NONE;
		ps->values.items[id] = v;
		ps->value_line.items[id] = ps->line;
	}
	return ps->values.items[id];
}

/* The Block with this id, made on first mention (it joins fn->blocks
 * when its header line is read). */
static Block *block_by_id(Parser *ps, int id)
{
	while (ps->blocks.len <= id) {
		VEC_PUSH(ps->a, ps->blocks, NULL);
		VEC_PUSH(ps->a, ps->block_line, 0);
		VEC_PUSH(ps->a, ps->block_defined, 0);
	}
	if (!ps->blocks.items[id]) {
		Block *b = ARENA_NEW(ps->a, Block);
		b->id = id;
		b->kind = BLOCK_PLAIN;
		b->func = ps->fn;
		b->rpo = -1;
		b->pos = POS_NONE;
		ps->blocks.items[id] = b;
		ps->block_line.items[id] = ps->line;
	}
	return ps->blocks.items[id];
}

/* ---- the lines ------------------------------------------------------------ */

/* func NAME params=N results=M [result_area] */
static void parse_header(Parser *ps)
{
	accept(ps, "func");
	const char *name = word(ps);
	if (!*name) {
		parse_error(ps, "func: want a name");
		return;
	}
	ps->fn = ssa_new_func(ps->a, name);
	if (!accept(ps, "params=")) {
		parse_error(ps, "func: want params=N");
		return;
	}
	ps->fn->nparam_words = (int)number(ps, 0, 1 << 16, "params");
	if (!accept(ps, "results=")) {
		parse_error(ps, "func: want results=N");
		return;
	}
	ps->fn->nresult_words = (int)number(ps, 0, 1 << 16, "results");
	if (accept(ps, "result_area"))
		ps->fn->result_area = 1;
	if (!ps->err && !at_line_end(ps))
		parse_error(ps, "func: unexpected '%s'", word(ps));
	ps->saw_header = 1;
}

/* local NAME size=S align=A */
static void parse_local(Parser *ps)
{
	accept(ps, "local");
	const char *name = word(ps);
	if (!*name) {
		parse_error(ps, "local: want a name");
		return;
	}
	for (int i = 0; i < ps->fn->locals.len; i++)
		if (strcmp(ps->fn->locals.items[i]->name, name) == 0) {
			parse_error(ps, "local %s is declared twice", name);
			return;
		}
	if (!accept(ps, "size=")) {
		parse_error(ps, "local: want size=N");
		return;
	}
	int64_t size = number(ps, 0, INT64_MAX / 2, "size");
	if (!accept(ps, "align=")) {
		parse_error(ps, "local: want align=N");
		return;
	}
	int64_t align = number(ps, 1, 1 << 16, "align");
	if (ps->err)
		return;
	if (!at_line_end(ps)) {
		parse_error(ps, "local: unexpected '%s'", word(ps));
		return;
	}
	ssa_new_local(ps->fn, name, size, align);
}

/* bN: [<- bP bQ ...] */
static void parse_block(Parser *ps)
{
	int id = ref(ps, 'b');
	if (!id)
		return;
	if (!accept(ps, ":")) {
		parse_error(ps, "want ':' after b%d", id);
		return;
	}
	Block *b = block_by_id(ps, id);
	if (ps->block_defined.items[id]) {
		parse_error(ps, "b%d is defined twice", id);
		return;
	}
	ps->block_defined.items[id] = 1;
	VEC_PUSH(ps->a, ps->fn->blocks, b);
	if (!ps->fn->entry)
		ps->fn->entry = b;
	if (accept(ps, "<-")) {
		while (!ps->err && !at_line_end(ps)) {
			int p = ref(ps, 'b');
			if (p)
				VEC_PUSH(ps->a, b->preds, block_by_id(ps, p));
		}
	} else if (!at_line_end(ps)) {
		parse_error(ps, "b%d: unexpected '%s'", id, word(ps));
	}
	ps->cur = b;
}

/* The [auxint] of v, for the ops print.c writes one for. */
static int prints_auxint(Op op)
{
	switch (op) {
	case OP_Const: case OP_Arg: case OP_OffPtr: case OP_Store: case OP_Move: case OP_Zero:
	case OP_CallResult: case OP_BoundsCheck:
		return 1;
	default:
		return 0;
	}
}

static void parse_auxint(Parser *ps, Value *v)
{
	const char *s = ps->p;
	while (ps->p < ps->end && *ps->p != ']')
		ps->p++;
	if (ps->p >= ps->end) {
		parse_error(ps, "v%d: ']' missing", v->id);
		return;
	}
	const char *text = arena_strndup(ps->a, s, (size_t)(ps->p - s));
	ps->p++;
	if (v->op == OP_BoundsCheck) {
		for (int k = 0; k < BOUNDS_COUNT; k++)
			if (strcmp(ssa_bounds[k].name, text) == 0) {
				v->auxint = k;
				return;
			}
		parse_error(ps, "v%d: unknown bounds kind [%s]", v->id, text);
		return;
	}
	if (v->op == OP_Const && v->type == ST_BOOL) {
		if (strcmp(text, "true") == 0 || strcmp(text, "false") == 0)
			v->auxint = text[0] == 't';
		else
			parse_error(ps, "v%d: a bool Const is [true] or [false], not [%s]", v->id, text);
		return;
	}
	/* a number: signed, or (as print.c writes unsigned constants) up to 2^64-1 */
	const char *q = text;
	if (*q == '-')
		q++;
	if (!*q || strspn(q, "0123456789") != strlen(q)) {
		parse_error(ps, "v%d: [%s] is not a number", v->id, text);
		return;
	}
	errno = 0;
	if (text[0] == '-') {
		v->auxint = strtoll(text, NULL, 10);
	} else {
		unsigned long long u = strtoull(text, NULL, 10);
		if (!errno && v->op == OP_Const && ssa_type_signed(v->type) && u > INT64_MAX)
			errno = ERANGE;
		v->auxint = (int64_t)u;
	}
	if (errno)
		parse_error(ps, "v%d: [%s] is out of range", v->id, text);
	else if (v->op == OP_Const && ssa_truncate(v->type, v->auxint) != v->auxint)
		parse_error(ps, "v%d: [%s] does not fit <%s>", v->id, text, ssa_type_name(v->type));
}

static SsaType type_by_name(const char *name, int *ok)
{
	for (int t = 0; t < ST_COUNT; t++)
		if (strcmp(ssa_type_name((SsaType)t), name) == 0) {
			*ok = 1;
			return (SsaType)t;
		}
	*ok = 0;
	return ST_VOID;
}

/* vN = Op <type> [auxint] {aux} vA vB ... (name) */
static void parse_value(Parser *ps)
{
	int id = ref(ps, 'v');
	if (!id)
		return;
	if (!ps->cur) {
		parse_error(ps, "v%d is outside a block", id);
		return;
	}
	if (!accept(ps, "=")) {
		parse_error(ps, "want '=' after v%d", id);
		return;
	}
	Value *v = value_by_id(ps, id);
	if (ps->defined.items[id]) {
		parse_error(ps, "v%d is defined twice", id);
		return;
	}
	const char *opname = word(ps);
	Op op = ssa_op_by_name(opname);
	if (op == OP_Invalid) {
		parse_error(ps, "unknown op '%s'", opname);
		return;
	}
	if (!accept(ps, "<")) {
		parse_error(ps, "v%d: want <type>", id);
		return;
	}
	const char *s = ps->p;
	while (ps->p < ps->end && *ps->p != '>')
		ps->p++;
	if (ps->p >= ps->end) {
		parse_error(ps, "v%d: '>' missing", id);
		return;
	}
	int ok;
	const char *tname = arena_strndup(ps->a, s, (size_t)(ps->p - s));
	ps->p++;
	SsaType t = type_by_name(tname, &ok);
	if (!ok) {
		parse_error(ps, "v%d: unknown type <%s>", id, tname);
		return;
	}
	ps->defined.items[id] = 1;
	v->op = op;
	v->type = t;
	v->block = ps->cur;
	VEC_PUSH(ps->a, ps->cur->values, v);

	if (accept(ps, "[")) {
		if (!prints_auxint(op)) {
			parse_error(ps, "v%d: %s has no [auxint]", id, opname);
			return;
		}
		parse_auxint(ps, v);
	} else if (prints_auxint(op)) {
		parse_error(ps, "v%d: %s needs an [auxint]", id, opname);
		return;
	}
	if (accept(ps, "{")) {
		s = ps->p;
		while (ps->p < ps->end && *ps->p != '}')
			ps->p++;
		if (ps->p >= ps->end || ps->p == s) {
			parse_error(ps, "v%d: want {symbol}", id);
			return;
		}
		const char *aux = arena_strndup(ps->a, s, (size_t)(ps->p - s));
		ps->p++;
		if (op == OP_LocalAddr) {
			for (int i = 0; i < ps->fn->locals.len && !v->local; i++)
				if (strcmp(ps->fn->locals.items[i]->name, aux) == 0)
					v->local = ps->fn->locals.items[i];
			if (!v->local) {
				parse_error(ps, "v%d: no local named %s", id, aux);
				return;
			}
		} else {
			v->aux = aux;
		}
	}
	while (!ps->err && peek_ref(ps, 'v')) {
		int a = ref(ps, 'v');
		if (a)
			ssa_add_arg(v, value_by_id(ps, a));
	}
	if (!ps->err && accept(ps, "(")) {
		s = ps->p;
		while (ps->p < ps->end && *ps->p != ')')
			ps->p++;
		if (ps->p >= ps->end || ps->p == s) {
			parse_error(ps, "v%d: want (name)", id);
			return;
		}
		v->name = arena_strndup(ps->a, s, (size_t)(ps->p - s));
		ps->p++;
	}
	if (!ps->err && !at_line_end(ps))
		parse_error(ps, "v%d: unexpected '%s'", id, word(ps));
}

/* Plain -> bS | If vC -> bT bF | Ret vR | Exit vC: the kind, an optional
 * control and optional successors (how many of each a kind has is the
 * verifier's business, not the reader's). */
static void parse_block_end(Parser *ps, BlockKind kind)
{
	Block *b = ps->cur;
	word(ps);
	b->kind = kind;
	if (peek_ref(ps, 'v')) {
		int c = ref(ps, 'v');
		if (c)
			ssa_set_control(b, value_by_id(ps, c));
	}
	if (accept(ps, "->")) {
		while (!ps->err && !at_line_end(ps)) {
			int s = ref(ps, 'b');
			if (s)
				VEC_PUSH(ps->a, b->succs, block_by_id(ps, s));
		}
	}
	if (!ps->err && !at_line_end(ps))
		parse_error(ps, "b%d: unexpected '%s' after its %s", b->id, word(ps),
		            (const char *[]){"Plain", "If", "Ret", "Exit"}[kind]);
	ps->cur = NULL;
}

/* Which end line this is, or -1. */
static int block_end_kind(Parser *ps)
{
	static const char *const kinds[] = {"Plain", "If", "Ret", "Exit"};
	skip_space(ps);
	for (int k = 0; k < 4; k++) {
		size_t n = strlen(kinds[k]);
		if ((size_t)(ps->end - ps->p) >= n && memcmp(ps->p, kinds[k], n) == 0 &&
		    (ps->p + n == ps->end || !is_word_char(ps->p[n])))
			return k;
	}
	return -1;
}

static void parse_line(Parser *ps)
{
	if (at_line_end(ps))
		return;                     /* blank, or only a note */
	if (!ps->saw_header) {
		if (ps->end - ps->p < 5 || memcmp(ps->p, "func ", 5) != 0) {
			parse_error(ps, "want 'func NAME params=N results=M' first");
			return;
		}
		parse_header(ps);
		return;
	}
	if (ps->end - ps->p >= 5 && memcmp(ps->p, "func ", 5) == 0) {
		parse_error(ps, "a second func: the text holds one function");
		return;
	}
	if (ps->end - ps->p >= 6 && memcmp(ps->p, "local ", 6) == 0) {
		if (ps->fn->blocks.len)
			parse_error(ps, "local after the first block");
		else
			parse_local(ps);
		return;
	}
	if (peek_ref(ps, 'b')) {
		if (ps->cur) {
			parse_error(ps, "b%d has no end line (Plain, If, Ret or Exit)", ps->cur->id);
			return;
		}
		parse_block(ps);
		return;
	}
	if (peek_ref(ps, 'v')) {
		parse_value(ps);
		return;
	}
	int kind = block_end_kind(ps);
	if (kind >= 0) {
		if (!ps->cur)
			parse_error(ps, "%s outside a block", word(ps));
		else
			parse_block_end(ps, (BlockKind)kind);
		return;
	}
	parse_error(ps, "cannot read '%s'", word(ps));
}

/* After the last line: everything mentioned is defined; the tables move
 * into the Func; a Call gets what can be read off its users. */
static void finish(Parser *ps)
{
	Func *fn = ps->fn;
	if (!fn) {
		parse_error(ps, "no function");
		return;
	}
	if (ps->cur) {
		parse_error(ps, "b%d has no end line (Plain, If, Ret or Exit)", ps->cur->id);
		return;
	}
	if (!fn->entry) {
		parse_error(ps, "func %s has no blocks", fn->name);
		return;
	}
	for (int i = 0; i < ps->values.len; i++) {
		if (ps->values.items[i] && !ps->defined.items[i]) {
			ps->line = ps->value_line.items[i];
			parse_error(ps, "v%d is used but never defined", i);
			return;
		}
	}
	for (int i = 0; i < ps->blocks.len; i++) {
		if (ps->blocks.items[i] && !ps->block_defined.items[i]) {
			ps->line = ps->block_line.items[i];
			parse_error(ps, "b%d is used but never defined", i);
			return;
		}
	}
	fn->values.len = 0;
	for (int i = 0; i < ps->values.len; i++)
		VEC_PUSH(ps->a, fn->values, ps->values.items[i]);
	if (fn->values.len == 0)
		VEC_PUSH(ps->a, fn->values, NULL);  /* ids start at 1 */
	fn->next_block_id = ps->blocks.len > 1 ? ps->blocks.len : 1;
	for (int i = 1; i < fn->values.len; i++) {
		Value *v = fn->values.items[i];
		if (v && v->op == OP_CallResult && v->nargs == 1 && v->args[0]->op == OP_Call &&
		    v->auxint >= 0 && v->auxint < 2 && v->args[0]->call_results <= v->auxint)
			v->args[0]->call_results = (int)v->auxint + 1;
	}
	for (int i = 0; i < fn->blocks.len; i++) {
		Block *b = fn->blocks.items[i];
		if (b->kind == BLOCK_EXIT && b->control && b->control->op == OP_Call)
			b->control->call_noreturn = 1;
	}
	fn->valid = 0;
}

Func *ssa_parse(Arena *a, const char *text, const char **err)
{
	Parser ps = {0};
	ps.a = a;
	const char *s = text ? text : "";
	while (*s && !ps.err) {
		ps.line++;
		const char *eol = strchr(s, '\n');
		ps.p = s;
		ps.end = eol ? eol : s + strlen(s);
		parse_line(&ps);
		s = eol ? eol + 1 : ps.end;
	}
	if (!ps.err)
		finish(&ps);
	if (ps.err) {
		if (err)
			*err = ps.err;
		return NULL;
	}
	if (err)
		*err = NULL;
	return ps.fn;
}
