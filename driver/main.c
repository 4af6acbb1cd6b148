/* main.c — the gosub command: flags, then the pipeline.
 *
 *     gosub build [flags] FILE.go...        compile to an executable
 *     gosub run   [flags] FILE.go... [-- ARGS]   compile and run
 *     gosub version
 *
 * Flags follow Go's style: one dash, long names (-arch arm64, -dump ast,
 * -m=2).  The pipeline is lexer -> parser -> types -> ssa -> escape ->
 * codegen -> assembler -> linker (see doc/README.md).  Stages that do not
 * exist yet are refused by name with exit status 2, after the front end
 * has checked the program, so that a syntax error is still reported first.
 *
 * Exit status: 0 success, 1 errors in the program, 2 bad usage or a stage
 * that is not there, 3 an internal error.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/arena.h"
#include "../common/diag.h"
#include "../common/intern.h"
#include "../lexer/lexer.h"
#include "../parser/parser.h"
#include "../types/check.h"
#include "../escape/escape.h"
#include "../ssa/program.h"
#include "../codegen/codegen.h"
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>
#include <limits.h>
#include <errno.h>

#define GOSUB_VERSION "0.1.0-dev"

typedef enum Dump { DUMP_NONE, DUMP_TOKENS, DUMP_AST, DUMP_TYPES } Dump;

typedef struct Options {
	const char *cmd;        /* "build" or "run" */
	const char *arch;       /* "amd64" or "arm64" */
	const char *out;        /* -o */
	int escape_level;       /* -m: 1, -m=2: 2 */
	int asm_out;            /* -S */
	const char *ssa_func;   /* -ssa */
	const char *ssa_html;   /* -ssa-html */
	Dump dump;              /* -dump */
	const char *debug;      /* -d */
	int no_opt;             /* -O0 */
	char **files;           /* the .go files */
	int nfiles;
	char **args;            /* after --, for run */
	int nargs;
} Options;

static const char usage_text[] =
"usage: gosub build [flags] FILE.go...\n"
"       gosub run   [flags] FILE.go... [-- ARGS]\n"
"       gosub version\n"
"\n"
"flags:\n"
"  -arch amd64|arm64   target (default: $GOARCH, else the host)\n"
"  -m, -m=2            escape decisions on stderr, in gc's wording\n"
"  -S                  write the assembly next to the output\n"
"                      (OUT.asm for amd64, OUT.s for arm64)\n"
"  -ssa FUNC           print FUNC's SSA after every pass\n"
"  -ssa-html FUNC      write ssa.html, one column per pass\n"
"  -dump tokens|ast|types\n"
"                      print that stage's result and stop\n"
"  -d ssa/check        run the SSA verifier after every pass\n"
"  -O0                 only the SSA passes that correctness needs\n"
"  -o OUT              output file (default: first file without .go)\n"
"  -h                  this help\n"
"\n"
"Exit status: 0 success, 1 errors in the program, 2 usage, 3 internal error.\n"
"The teaching material is in doc/; start with doc/README.md.\n";

static _Noreturn void usage(FILE *f, int status)
{
	fputs(usage_text, f);
	exit(status);
}

static _Noreturn void usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "gosub: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nrun 'gosub -h' for help\n");
	exit(2);
}

static const char *host_arch(void)
{
#if defined(__x86_64__)
	return "amd64";
#elif defined(__aarch64__)
	return "arm64";
#else
	return "amd64";
#endif
}

static void parse_options(int argc, char **argv, Options *o)
{
	enum { OPT_ARCH = 256, OPT_M, OPT_S, OPT_SSA, OPT_SSA_HTML, OPT_DUMP,
	       OPT_D, OPT_O0, OPT_O, OPT_HELP };
	static const struct option longopts[] = {
		{"arch", required_argument, NULL, OPT_ARCH},
		{"m", optional_argument, NULL, OPT_M},
		{"S", no_argument, NULL, OPT_S},
		{"ssa", required_argument, NULL, OPT_SSA},
		{"ssa-html", required_argument, NULL, OPT_SSA_HTML},
		{"dump", required_argument, NULL, OPT_DUMP},
		{"d", required_argument, NULL, OPT_D},
		{"O0", no_argument, NULL, OPT_O0},
		{"o", required_argument, NULL, OPT_O},
		{"h", no_argument, NULL, OPT_HELP},
		{"help", no_argument, NULL, OPT_HELP},
		{0, 0, 0, 0},
	};
	/* Everything after `--` belongs to the program (gosub run). */
	int end = argc;
	for (int i = 2; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			end = i;
			o->args = argv + i + 1;
			o->nargs = argc - i - 1;
			break;
		}
	}
	const char *env = getenv("GOARCH");
	o->arch = env && *env ? env : host_arch();
	opterr = 0;
	optind = 2;  /* argv[1] is the command */
	int c;
	while ((c = getopt_long_only(end, argv, "+", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_ARCH: o->arch = optarg; break;
		case OPT_M:
			if (!optarg || strcmp(optarg, "1") == 0)
				o->escape_level = 1;
			else if (strcmp(optarg, "2") == 0)
				o->escape_level = 2;
			else
				usage_error("-m=%s: the levels are -m and -m=2", optarg);
			break;
		case OPT_S: o->asm_out = 1; break;
		case OPT_SSA: o->ssa_func = optarg; break;
		case OPT_SSA_HTML: o->ssa_html = optarg; break;
		case OPT_DUMP:
			if (strcmp(optarg, "tokens") == 0)
				o->dump = DUMP_TOKENS;
			else if (strcmp(optarg, "ast") == 0)
				o->dump = DUMP_AST;
			else if (strcmp(optarg, "types") == 0)
				o->dump = DUMP_TYPES;
			else
				usage_error("-dump %s: choose tokens, ast or types", optarg);
			break;
		case OPT_D:
			if (strcmp(optarg, "ssa/check") != 0)
				usage_error("-d %s: the only debug setting is ssa/check", optarg);
			o->debug = optarg;
			break;
		case OPT_O0: o->no_opt = 1; break;
		case OPT_O: o->out = optarg; break;
		case OPT_HELP: usage(stdout, 0);
		case '?':
		default:
			usage_error("unknown flag %s", argv[optind - 1]);
		}
	}
	if (strcmp(o->arch, "amd64") != 0 && strcmp(o->arch, "arm64") != 0)
		usage_error("-arch %s: the targets are amd64 and arm64", o->arch);
	o->files = argv + optind;
	o->nfiles = end - optind;
	if (o->nfiles == 0)
		usage_error("%s: no .go files given", o->cmd);
	for (int i = 0; i < o->nfiles; i++) {
		size_t n = strlen(o->files[i]);
		if (n < 4 || strcmp(o->files[i] + n - 3, ".go") != 0)
			usage_error("%s: not a .go file", o->files[i]);
	}
}

/* The runtime library for arch: $GOSUB_RUNTIME/ARCH/, else build/rt/ARCH/
 * in the directory of the gosub executable or the nearest one above it
 * (the repository root, for ./gosub and for build/asan/gosub). */
static const char *runtime_lib(Arena *a, const char *arch)
{
	const char *env = getenv("GOSUB_RUNTIME");
	if (env && *env)
		return arena_sprintf(a, "%s/%s/libgosubrt.a", env, arch);
	char dir[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
	if (n <= 0)
		return arena_sprintf(a, "build/rt/%s/libgosubrt.a", arch);
	dir[n] = 0;
	const char *first = NULL;
	for (int up = 0; up < 4; up++) {
		char *slash = strrchr(dir, '/');
		if (!slash)
			break;
		*slash = 0;
		const char *lib = arena_sprintf(a, "%s/build/rt/%s/libgosubrt.a", dir, arch);
		if (!first)
			first = lib;
		if (access(lib, R_OK) == 0)
			return lib;
	}
	return first ? first : arena_sprintf(a, "build/rt/%s/libgosubrt.a", arch);
}

/* Runs argv; returns its exit status (128+N for a signal, -1 if it could
 * not start). */
static int run_command(char *const *argv, int quiet)
{
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		if (quiet) {
			/* tools' chatter stays out of the user's way unless they fail */
		}
		execvp(argv[0], argv);
		fprintf(stderr, "gosub: cannot run %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	if (WIFSIGNALED(st))
		return 128 + WTERMSIG(st);
	return -1;
}

/* The default output name: the first file without .go. */
static const char *default_out(Arena *a, const char *file)
{
	const char *base = strrchr(file, '/');
	base = base ? base + 1 : file;
	return arena_strndup(a, base, strlen(base) - 3);
}

static int ssa_name_matches(const char *want, const char *name)
{
	if (!want)
		return 0;
	if (strcmp(want, name) == 0)
		return 1;
	return strncmp(name, "main.", 5) == 0 && strcmp(want, name + 5) == 0;
}

/* SSA, passes, register allocation and emission, one function at a
 * time; then the data.  Returns nonzero after a reported error. */
static int generate(Options *o, Diag *diag, Arena *arena, Types *t, Package *pkg,
                    const CgTarget *target, FILE *asm_file)
{
	SsaProgram *prog = ssa_program_new(arena, t, pkg, diag);
	Cg cg = {0};
	cg.out = asm_file;
	cg.target = target;
	cg.diag = diag;
	cg.arena = arena;
	target->begin(&cg);
	PassOptions po = {0};
	po.check = o->debug != NULL;
	po.optimize = !o->no_opt;
	po.dump = o->ssa_func ? stdout : NULL;
	/* every function first (escape analysis looks at the whole program,
	 * callees before callers), then the passes and the code, one by one */
	int failed = 0;
	VEC(Func *) all = {0};
	VEC(Arena *) arenas = {0};
	for (int i = 0; i < ssa_program_nfuncs(prog); i++) {
		Arena *fa = malloc(sizeof(Arena));
		arena_init(fa);
		VEC_PUSH(arena, arenas, fa);
		Func *fn = ssa_build_func(prog, i, fa);
		if (!fn) {
			failed = 1;
			continue;
		}
		/* the function, then the func literals and wrappers it made */
		for (Func *f = fn; f; f = ssa_program_take_nested(prog))
			VEC_PUSH(arena, all, f);
	}
	if (!failed) {
		EscapeOptions eo = {o->escape_level, stderr, diag, pkg};
		escape_program(all.items, all.len, &eo);
	}
	/* the itabs and method tables escape analysis made wrappers for */
	for (Func *f; (f = ssa_program_take_nested(prog));)
		VEC_PUSH(arena, all, f);
	for (int i = 0; i < all.len; i++) {
		Func *f = all.items[i];
		po.dump_func = ssa_name_matches(o->ssa_func, f->name) ? f->name : NULL;
		po.html = ssa_name_matches(o->ssa_html, f->name) ? ssa_html_begin("ssa.html", f->name) : NULL;
		ssa_run_passes(f, &po);
		if (po.html) {
			ssa_html_end(po.html);
			fprintf(stderr, "gosub: wrote ssa.html (%s)\n", f->name);
		}
		if (!failed) {
			Alloc *al = cg_regalloc(f, target);
			if (po.dump_func)
				cg_print_alloc(stdout, f, al, target);
			target->func(&cg, f, al);
		}
		if (f->owns_arena) {
			Arena *na = f->arena;
			arena_free(na);
			free(na);
		}
	}
	for (int i = 0; i < arenas.len; i++) {
		arena_free(arenas.items[i]);
		free(arenas.items[i]);
	}
	for (int i = 0; i < ssa_program_ndata(prog); i++)
		target->data(&cg, ssa_program_data(prog, i));
	target->end(&cg);
	return failed;
}

static int compile(Options *o)
{
	Arena arena;
	arena_init(&arena);
	Interner names;
	interner_init(&names, &arena);
	Diag diag;
	diag_init(&diag, &arena);
	int status = 0;
	VEC(Node *) files = {0};

	for (int i = 0; i < o->nfiles; i++) {
		int file = diag_read_file(&diag, o->files[i]);
		if (file < 0) {
			status = 1;
			continue;
		}
		if (o->dump == DUMP_TOKENS) {
			lex_dump(stdout, &arena, &names, &diag, file);
			continue;
		}
		Node *ast = parse_file(&arena, &names, &diag, file);
		VEC_PUSH(&arena, files, ast);
		if (o->dump == DUMP_AST && diag_count(&diag) == 0)
			ast_dump(stdout, ast, &diag);
	}
	/* The checker runs only on files without syntax errors, as in gc. */
	Types *t = NULL;
	Package *pkg = NULL;
	if (!status && diag.syntax_errors == 0 && o->dump != DUMP_TOKENS && o->dump != DUMP_AST) {
		t = types_new(&arena, &names, &diag);
		t->arch = o->arch;
		pkg = types_check(t, files.items, files.len);
		if (o->dump == DUMP_TYPES && diag_count(&diag) == 0)
			types_dump(stdout, t, pkg);
	}
	fflush(stdout);
	if (diag_flush(&diag) > 0)
		status = 1;
	if (status || o->dump != DUMP_NONE || !pkg) {
		arena_free(&arena);
		return status;
	}

	const CgTarget *target = cg_target(o->arch);

	/* the work directory: next to the output for build, a temporary one for run */
	int is_run = strcmp(o->cmd, "run") == 0;
	char tmpdir[] = "/tmp/gosub-XXXXXX";
	if (!mkdtemp(tmpdir)) {
		perror("gosub: mkdtemp");
		return 3;
	}
	const char *out = o->out ? o->out : is_run ? arena_sprintf(&arena, "%s/a.out", tmpdir)
	                                          : default_out(&arena, o->files[0]);
	const char *asm_path = o->asm_out ? arena_sprintf(&arena, "%s%s", out, target->asm_ext)
	                                  : arena_sprintf(&arena, "%s/prog%s", tmpdir, target->asm_ext);
	const char *obj_path = arena_sprintf(&arena, "%s/prog.o", tmpdir);
	FILE *asm_file = fopen(asm_path, "w");
	if (!asm_file) {
		fprintf(stderr, "gosub: cannot write %s: %s\n", asm_path, strerror(errno));
		return 1;
	}
	int failed = generate(o, &diag, &arena, t, pkg, target, asm_file);
	fclose(asm_file);
	fflush(stdout);
	if (diag_flush(&diag) > 0 || failed) {
		run_command((char *[]){"rm", "-rf", tmpdir, NULL}, 1);
		return 1;
	}
	const char *rt = runtime_lib(&arena, o->arch);
	const char *argv_as[16];
	int n = 0;
	for (const char *const *a = target->assembler; *a; a++)
		argv_as[n++] = *a;
	argv_as[n++] = "-o";
	argv_as[n++] = obj_path;
	argv_as[n++] = asm_path;
	argv_as[n] = NULL;
	char *link[] = {(char *)target->cc, "-static", "-no-pie", "-o", (char *)out, (char *)obj_path,
	                (char *)rt, NULL};
	int st = run_command((char **)argv_as, 0);
	if (st != 0) {
		fprintf(stderr, "gosub: internal error: the assembler failed on %s\n", asm_path);
		return 3;
	}
	st = run_command(link, 0);
	if (st != 0) {
		fprintf(stderr, "gosub: linking failed (runtime: %s; run make?)\n", rt);
		return 3;
	}
	if (is_run) {
		/* on another machine, under its emulator (qemu-aarch64 on amd64) */
		struct utsname u;
		int emulate = uname(&u) == 0 && strcmp(u.machine, target->machine) != 0;
		char **argv = arena_alloc(&arena, sizeof(char *) * (size_t)(o->nargs + 3));
		int k = 0;
		if (emulate)
			argv[k++] = (char *)target->emulator;
		argv[k++] = (char *)out;
		for (int i = 0; i < o->nargs; i++)
			argv[k++] = o->args[i];
		argv[k] = NULL;
		fflush(stdout);
		st = run_command(argv, 0);
	} else {
		st = 0;
	}
	run_command((char *[]){"rm", "-rf", tmpdir, NULL}, 1);
	arena_free(&arena);
	return st;
}

/* The compiler runs on a thread of its own with a 4 GiB stack.  Every
 * stage walks trees recursively, and a program can make them deep:
 * 1+1+1+... with a hundred thousand terms is a left-leaning tree as deep
 * as it is long.  gc copes because Go stacks grow; here the stack is
 * reserved up front and the kernel only commits the pages a compile
 * touches, so a normal program still uses a few kilobytes of it. */
#define COMPILER_STACK ((size_t)4 << 30)   /* the sanitizers' frames are large */

typedef struct Job {
	Options *o;
	int status;
} Job;

static void *compile_thread(void *arg)
{
	Job *job = arg;
	job->status = compile(job->o);
	return NULL;
}

static int compile_on_big_stack(Options *o)
{
	Job job = {o, 0};
	pthread_attr_t attr;
	pthread_t t;
	if (pthread_attr_init(&attr) == 0 &&
	    pthread_attr_setstacksize(&attr, COMPILER_STACK) == 0 &&
	    pthread_create(&t, &attr, compile_thread, &job) == 0) {
		pthread_join(t, NULL);
		return job.status;
	}
	return compile(o);  /* no thread: try on the main stack */
}

int main(int argc, char **argv)
{
	if (argc < 2)
		usage(stderr, 2);
	const char *cmd = argv[1];
	if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "-help") == 0 ||
	    strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0)
		usage(stdout, 0);
	if (strcmp(cmd, "version") == 0) {
		printf("gosub version %s %s (T1 and T2 on amd64 and arm64)\n",
		       GOSUB_VERSION, host_arch());
		return 0;
	}
	if (strcmp(cmd, "build") != 0 && strcmp(cmd, "run") != 0)
		usage_error("unknown command %s: use build, run or version", cmd);
	Options o = {0};
	o.cmd = cmd;
	parse_options(argc, argv, &o);
	return compile_on_big_stack(&o);
}
