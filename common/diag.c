/* diag.c — collecting, sorting and printing user errors; see diag.h. */
#include "diag.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void diag_init(Diag *d, Arena *arena)
{
	memset(d, 0, sizeof *d);
	d->arena = arena;
	d->out = stderr;
	d->last_syntax = POS_NONE;
	d->last_other = POS_NONE;
}

static int same_line(Pos a, Pos b)
{
	return a.file == b.file && a.line == b.line && a.line > 0;
}

int diag_add_source(Diag *d, const char *name, const char *text, size_t len)
{
	Source s = {arena_strdup(d->arena, name), text, len};
	VEC_PUSH(d->arena, d->files, s);
	return d->files.len - 1;
}

int diag_read_file(Diag *d, const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "gosub: %s: %s\n", path, strerror(errno));
		return -1;
	}
	size_t cap = 1 << 16, len = 0;
	char *buf = malloc(cap);
	size_t n;
	while (buf && (n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
		len += n;
		if (cap - len - 1 == 0) {
			cap *= 2;
			buf = realloc(buf, cap);
		}
	}
	if (!buf)
		fatal("out of memory reading %s", path);
	int err = ferror(f);
	fclose(f);
	if (err) {
		fprintf(stderr, "gosub: %s: read error\n", path);
		free(buf);
		return -1;
	}
	char *text = arena_memdup(d->arena, buf, len + 1);
	text[len] = '\0';
	free(buf);
	return diag_add_source(d, path, text, len);
}

void diag_error(Diag *d, Pos pos, const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *msg = arena_alloc(d->arena, (size_t)n + 1);
	vsnprintf(msg, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	if (strncmp(msg, "syntax error", 12) == 0) {
		if (same_line(d->last_syntax, pos))
			return;
		d->last_syntax = pos;
		d->syntax_errors++;
	} else {
		if (same_line(d->last_other, pos) && strcmp(d->last_msg, msg) == 0)
			return;
		d->last_other = pos;
		d->last_msg = msg;
	}
	DiagMsg m = {pos, msg, d->msgs.len};
	VEC_PUSH(d->arena, d->msgs, m);
}

int diag_count(const Diag *d)
{
	return d->msgs.len;
}

int pos_compare(Pos a, Pos b)
{
	if (a.file != b.file)
		return a.file < b.file ? -1 : 1;
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	if (a.col != b.col)
		return a.col < b.col ? -1 : 1;
	return 0;
}

const char *pos_string(const Diag *d, Pos pos, char *buf, size_t n)
{
	if (pos.file < 0 || pos.file >= d->files.len)
		snprintf(buf, n, "<unknown>");
	else
		snprintf(buf, n, "%s:%d:%d", d->files.items[pos.file].name,
		         pos.line, pos.col);
	return buf;
}

static int cmp_msg(const void *pa, const void *pb)
{
	const DiagMsg *a = pa, *b = pb;
	int c = pos_compare(a->pos, b->pos);
	if (c)
		return c;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Prints line pos.line of the file, then a caret under byte column
 * pos.col.  The caret line copies tabs and counts a multi-byte UTF-8
 * character as one column, so the caret sits under the right character
 * in a terminal. */
static void print_caret(const Diag *d, Pos pos)
{
	if (pos.file < 0 || pos.file >= d->files.len || pos.line < 1)
		return;
	const Source *s = &d->files.items[pos.file];
	const char *p = s->text, *end = s->text + s->len;
	for (int line = 1; line < pos.line && p < end; p++)
		if (*p == '\n')
			line++;
	if (p >= end && pos.line > 1 && !(p == end && end > s->text && end[-1] == '\n'))
		return;
	const char *eol = memchr(p, '\n', (size_t)(end - p));
	if (!eol)
		eol = end;
	size_t linelen = (size_t)(eol - p);
	if (linelen && p[linelen - 1] == '\r')
		linelen--;
	fprintf(d->out, "%.*s\n", (int)linelen, p);
	for (int i = 0; i < pos.col - 1 && p + i < eol; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c == '\t')
			fputc('\t', d->out);
		else if ((c & 0xC0) != 0x80)
			fputc(' ', d->out);
	}
	fputs("^\n", d->out);
}

int diag_flush(Diag *d)
{
	int n = d->msgs.len, total = n;
	/* gc gives up when its tenth error is reported: it prints the ten it
	 * has, sorted, and "too many errors" at the tenth one's position.
	 * msgs is in report order until the sort, so the ten are the first
	 * ten (the type checker reports unused variables at the end of a
	 * function, so these are not always the ten first in the file). */
	Pos too_many = POS_NONE;
	if (n >= DIAG_MAX) {
		too_many = d->msgs.items[DIAG_MAX - 1].pos;
		n = DIAG_MAX;
	}
	if (n > 1)  /* with no errors, items is NULL: not for qsort */
		qsort(d->msgs.items, (size_t)n, sizeof *d->msgs.items, cmp_msg);
	const DiagMsg *prev = NULL;
	char buf[512];
	for (int i = 0; i < n; i++) {
		const DiagMsg *m = &d->msgs.items[i];
		if (prev && pos_compare(prev->pos, m->pos) == 0 &&
		    strcmp(prev->msg, m->msg) == 0)
			continue;
		fprintf(d->out, "%s: %s\n", pos_string(d, m->pos, buf, sizeof buf),
		        m->msg);
		print_caret(d, m->pos);
		prev = m;
	}
	if (total >= DIAG_MAX)
		fprintf(d->out, "%s: too many errors\n", pos_string(d, too_many, buf, sizeof buf));
	fflush(d->out);
	d->msgs.len = 0;
	return total;
}
