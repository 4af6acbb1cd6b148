/* diag.h — source files, positions and the errors reported about them.
 *
 * A Pos names a byte in a source file: file index, 1-based line, and
 * 1-based column counted in bytes, as gc counts (a tab is one column, and
 * so is each byte of a multi-byte UTF-8 character).
 *
 * Errors are collected, not printed at once, because the parser may find
 * them out of order and gc prints them sorted.  diag_flush() sorts them by
 * position, drops exact repeats, and prints at most DIAG_MAX of them as
 *
 *     a.go:4:14: syntax error: unexpected newline, expecting comma or }
 *         x := []int{1, 2
 *                        ^
 *
 * the source line as it is, then a caret under the column (tabs in the
 * line are copied into the caret line so that the caret lines up).
 * Only the lexer, the parser and the type checker report user errors;
 * later stages call fatal() for internal errors.
 */
#ifndef GOSUB_DIAG_H
#define GOSUB_DIAG_H

#include <stddef.h>
#include <stdio.h>

#include "arena.h"

enum { DIAG_MAX = 10 };

typedef struct Pos {
	int file;  /* index into Diag.files; -1 for "no position" */
	int line;  /* 1-based */
	int col;   /* 1-based, in bytes */
} Pos;

#define POS_NONE ((Pos){-1, 0, 0})

typedef struct Source {
	const char *name;  /* as given on the command line */
	const char *text;  /* the whole file, NUL-terminated */
	size_t len;        /* bytes in text, without the NUL */
} Source;

typedef struct DiagMsg {
	Pos pos;           /* where the error is */
	const char *msg;   /* the text after "file:line:col: " */
	int seq;           /* report order, to keep the sort stable */
} DiagMsg;

typedef struct Diag {
	Arena *arena;      /* messages and file contents live here */
	VEC(Source) files; /* every source file, by index (Pos.file) */
	VEC(DiagMsg) msgs; /* errors reported and not yet flushed */
	FILE *out;         /* where diag_flush prints: stderr by default */
	Pos last_syntax;   /* the last "syntax error": gc reports one a line */
	Pos last_other;    /* the last other error, and */
	const char *last_msg; /* its message: gc drops a repeat on its line */
	int syntax_errors;    /* "syntax error: ..." messages kept; gc type-checks a
	                         program only when there are none (errors of labels
	                         and of invalid characters do not stop it) */
} Diag;

void diag_init(Diag *d, Arena *arena);

/* Registers a source file given its contents; returns its index. */
int diag_add_source(Diag *d, const char *name, const char *text, size_t len);

/* Reads a file and registers it; returns its index, or -1 (with a message
 * on stderr) if it cannot be read. */
int diag_read_file(Diag *d, const char *path);

/* Reports an error at pos.  As gc does, a second "syntax error..." on the
 * line of the previous one is dropped (the first is the one that
 * explains), and so is an error that repeats the previous message on
 * the same line. */
void diag_error(Diag *d, Pos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Number of errors reported so far. */
int diag_count(const Diag *d);

/* Sorts, prints and forgets the collected errors; returns how many there
 * were (before the cap at DIAG_MAX). */
int diag_flush(Diag *d);

/* "a.go:3:7" */
const char *pos_string(const Diag *d, Pos pos, char *buf, size_t n);

/* -1, 0, 1 as a is before, at, after b. */
int pos_compare(Pos a, Pos b);

#endif
