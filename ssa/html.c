/* html.c — -ssa-html FUNC: the function after every pass, side by side.
 *
 * Like gc's GOSSAFUNC=f, one column per pass in an HTML page (ssa.html in
 * the current directory): the start, then each pass that changed
 * something, with the values it added in green and the ones it removed
 * struck through, so a student can follow one value from construction to
 * register allocation by reading left to right.  Passes that changed
 * nothing get a narrow column that says so.  The page is self-contained:
 * no script, a little CSS.
 */
#include <stdlib.h>
#include <string.h>

#include "ssa.h"

struct SsaHtml {
	FILE *out;
	char *prev;            /* the previous column's text, to compare with */
};

static void escaped(FILE *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		switch (s[i]) {
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '&': fputs("&amp;", out); break;
		default: fputc(s[i], out); break;
		}
	}
}

/* Is this line (up to its "; notes") in text? */
static int has_line(const char *text, const char *line, size_t n)
{
	for (const char *p = text; p && *p;) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		const char *semi = memchr(p, ';', len);
		size_t key = semi ? (size_t)(semi - p) : len;
		while (key && p[key - 1] == ' ')
			key--;
		if (key == n && memcmp(p, line, n) == 0)
			return 1;
		p = e ? e + 1 : NULL;
	}
	return 0;
}

SsaHtml *ssa_html_begin(const char *path, const char *func)
{
	FILE *out = fopen(path, "w");
	if (!out)
		return NULL;
	SsaHtml *h = calloc(1, sizeof *h);
	h->out = out;
	fprintf(out,
	        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title>\n"
	        "<style>\n"
	        "body { font-family: sans-serif; margin: 0; }\n"
	        "h1 { font-size: 16px; margin: 8px; }\n"
	        "table { border-collapse: collapse; }\n"
	        "td { vertical-align: top; border-left: 1px solid #ccc; padding: 4px 8px; }\n"
	        "th { text-align: left; padding: 4px 8px; background: #eee; position: sticky; top: 0; }\n"
	        "pre { margin: 0; font-size: 12px; }\n"
	        ".new { background: #dfd; }\n"
	        ".gone { color: #a00; text-decoration: line-through; }\n"
	        ".same { color: #888; font-size: 12px; }\n"
	        "</style></head><body>\n<h1>%s: SSA after each pass (gosub -ssa-html)</h1>\n"
	        "<table><tr>\n",
	        func, func);
	return h;
}

void ssa_html_column(SsaHtml *h, const char *pass, const char *text, const char *report)
{
	FILE *out = h->out;
	fprintf(out, "<td><table><tr><th>%s</th></tr><tr><td><pre>", pass);
	if (report && *report) {
		fputs("<span class=\"same\">", out);
		escaped(out, report, strlen(report));
		fputs("</span>\n", out);
	}
	for (const char *p = text; *p;) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		const char *semi = memchr(p, ';', len);
		size_t key = semi ? (size_t)(semi - p) : len;
		while (key && p[key - 1] == ' ')
			key--;
		int fresh = h->prev && !has_line(h->prev, p, key);
		if (fresh)
			fputs("<span class=\"new\">", out);
		escaped(out, p, len);
		if (fresh)
			fputs("</span>", out);
		fputc('\n', out);
		p = e ? e + 1 : p + len;
	}
	/* what this pass removed */
	for (const char *p = h->prev; p && *p;) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		const char *semi = memchr(p, ';', len);
		size_t key = semi ? (size_t)(semi - p) : len;
		while (key && p[key - 1] == ' ')
			key--;
		if (key > 4 && p[0] == ' ' && p[4] == 'v' && !has_line(text, p, key)) {
			fputs("<span class=\"gone\">", out);
			escaped(out, p, key);
			fputs("</span>\n", out);
		}
		p = e ? e + 1 : p + len;
	}
	fputs("</pre></td></tr></table></td>\n", out);
	free(h->prev);
	h->prev = strdup(text);
}

void ssa_html_unchanged(SsaHtml *h, const char *pass)
{
	fprintf(h->out, "<td><table><tr><th>%s</th></tr><tr><td class=\"same\">unchanged</td></tr></table></td>\n",
	        pass);
}

void ssa_html_end(SsaHtml *h)
{
	fputs("</tr></table>\n</body></html>\n", h->out);
	fclose(h->out);
	free(h->prev);
	free(h);
}
