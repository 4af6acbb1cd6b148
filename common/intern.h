/* intern.h — one copy of each identifier and keyword spelling.
 *
 * intern() returns the same pointer for equal byte strings, so later
 * stages compare names with == instead of strcmp.  The strings live in
 * the Interner's arena and are NUL-terminated.
 */
#ifndef GOSUB_INTERN_H
#define GOSUB_INTERN_H

#include <stddef.h>

#include "arena.h"

typedef struct Interner {
	Arena *arena;        /* where the strings and the table live */
	const char **slots;  /* open-addressing table, NULL = empty */
	size_t *lens;        /* length of the string in each slot */
	size_t cap;          /* number of slots, a power of two */
	size_t count;        /* slots in use */
} Interner;

void interner_init(Interner *in, Arena *arena);
const char *intern(Interner *in, const char *s, size_t len);
const char *intern_cstr(Interner *in, const char *s);

#endif
