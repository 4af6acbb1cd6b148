/* lib_sources.h — the library's Go declarations, embedded (see tools/embed-lib.sh).
 *
 * lib/ holds one directory per library package (lib/fmt, lib/sync/atomic,
 * ...) whose .go files declare the package's API: types, variables,
 * constants, and functions without bodies.  The build runs
 * tools/embed-lib.sh over them, which writes a C file defining the table
 * below, so the checker reads the library from memory and the gosub
 * binary needs no lib/ directory at run time.
 *
 * The table holds one entry per file, in the order the files were given
 * to the script; a package with several files has several entries with
 * the same path.  A {NULL, NULL, NULL} entry ends it.
 */
#ifndef GOSUB_TYPES_LIB_SOURCES_H
#define GOSUB_TYPES_LIB_SOURCES_H

typedef struct LibSource {
	const char *path; /* import path: the directory under lib/, "sync/atomic" */
	const char *file; /* the file under lib/, "sync/atomic/atomic.go"; for positions */
	const char *text; /* the file's bytes, exactly */
} LibSource;

extern const LibSource lib_sources[];

#endif
