/* arena.h — memory that lives as long as the compile (or one function).
 *
 * Every stage allocates from an Arena: tokens, AST nodes, types, interned
 * strings.  Allocation is a pointer bump inside a chunk; a new chunk is
 * taken from malloc when the current one is full.  Nothing is ever freed
 * one object at a time: no stage calls free() on what it allocated here.
 * The whole arena goes at once with arena_free(), when its owner is done
 * (the whole compile, or one function's SSA).
 *
 * Why: a compiler builds large graphs of small objects whose lifetimes all
 * end together.  Bump allocation is fast, and it removes a whole class of
 * bugs (double frees, use after free inside a stage, leaks on error paths).
 */
#ifndef GOSUB_ARENA_H
#define GOSUB_ARENA_H

#include <stddef.h>

typedef struct ArenaChunk ArenaChunk;

typedef struct Arena {
	ArenaChunk *chunk;  /* current chunk; older ones are linked behind it */
	size_t total;       /* bytes handed out (for statistics) */
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);

/* Zeroed memory of size bytes, aligned for any C object. Never NULL:
 * running out of memory aborts the compile with a message. */
void *arena_alloc(Arena *a, size_t size);

/* Copies of memory and strings inside the arena. */
void *arena_memdup(Arena *a, const void *p, size_t size);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
char *arena_sprintf(Arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Grows an arena array of n elements of size elem to newn elements
 * (copying; the old block is simply abandoned inside the arena). */
void *arena_grow(Arena *a, void *old, size_t n, size_t newn, size_t elem);

#define ARENA_NEW(a, T) ((T *)arena_alloc((a), sizeof(T)))

/* A growable vector stored in an arena:
 *     VEC(Node *) list = {0};
 *     VEC_PUSH(arena, list, node);
 *     for (int i = 0; i < list.len; i++) use(list.items[i]);
 */
#define VEC(T) struct { T *items; int len; int cap; }
#define VEC_PUSH(arena, v, x) do {                                          \
	if ((v).len == (v).cap) {                                           \
		int newcap_ = (v).cap ? 2 * (v).cap : 4;                     \
		(v).items = arena_grow((arena), (v).items, (size_t)(v).len,  \
		                       (size_t)newcap_, sizeof *(v).items); \
		(v).cap = newcap_;                                           \
	}                                                                   \
	(v).items[(v).len++] = (x);                                         \
} while (0)

/* Out of memory, or a broken invariant in the compiler itself. */
_Noreturn void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
