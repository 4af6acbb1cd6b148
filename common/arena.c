/* arena.c — bump allocation in malloc'd chunks; see arena.h. */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CHUNK_SIZE = 64 * 1024 };

struct ArenaChunk {
	ArenaChunk *prev;   /* the chunk filled before this one */
	size_t used;        /* bytes used in data */
	size_t size;        /* bytes available in data */
	_Alignas(max_align_t) unsigned char data[];
};

_Noreturn void fatal(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "gosub: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(3);
}

void arena_init(Arena *a)
{
	a->chunk = NULL;
	a->total = 0;
}

void arena_free(Arena *a)
{
	ArenaChunk *c = a->chunk;
	while (c) {
		ArenaChunk *prev = c->prev;
		free(c);
		c = prev;
	}
	a->chunk = NULL;
	a->total = 0;
}

void *arena_alloc(Arena *a, size_t size)
{
	const size_t align = _Alignof(max_align_t);
	size = (size + align - 1) & ~(align - 1);
	ArenaChunk *c = a->chunk;
	if (!c || c->size - c->used < size) {
		size_t want = size > CHUNK_SIZE / 4 ? size : CHUNK_SIZE;
		c = malloc(sizeof *c + want);
		if (!c)
			fatal("out of memory (arena chunk of %zu bytes)", want);
		c->size = want;
		/* A large block gets a chunk of its own behind the current
		 * one, so the current chunk's free space is not wasted. */
		if (want != CHUNK_SIZE && a->chunk) {
			c->prev = a->chunk->prev;
			a->chunk->prev = c;
			c->used = size;
			a->total += size;
			memset(c->data, 0, size);
			return c->data;
		}
		c->prev = a->chunk;
		c->used = 0;
		a->chunk = c;
	}
	void *p = c->data + c->used;
	c->used += size;
	a->total += size;
	memset(p, 0, size);
	return p;
}

void *arena_memdup(Arena *a, const void *p, size_t size)
{
	void *q = arena_alloc(a, size ? size : 1);
	if (size)
		memcpy(q, p, size);
	return q;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
	char *q = arena_alloc(a, n + 1);
	memcpy(q, s, n);
	q[n] = '\0';
	return q;
}

char *arena_strdup(Arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_sprintf(Arena *a, const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *s = arena_alloc(a, (size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	return s;
}

void *arena_grow(Arena *a, void *old, size_t n, size_t newn, size_t elem)
{
	void *p = arena_alloc(a, newn * elem);
	if (n)
		memcpy(p, old, n * elem);
	return p;
}
