/*
 * errorcheck: check a compiler's diagnostics against the `// ERROR "regexp"`
 * annotations in a Go source file (the convention of Go's test/run.go).
 *
 *   errorcheck [-v] [-status N] [-timeout SECS] FILE.go -- CMD [ARGS...]
 *   errorcheck [-v] [-timeout SECS] -gc FILE.go
 *
 * The first form runs `CMD ARGS... FILE.go`; -gc runs gc 1.19 on the file
 * (`go tool compile -p main -o TMP/out.o FILE.go`, GOCACHE in a temp dir) and
 * skips files whose first line starts with `// gosub-only:`.
 *
 * The command's stdout and stderr are read together. A diagnostic is a line
 * `PATH:LINE:COL: MESSAGE` whose PATH names FILE.go (the path as given, or a
 * path ending in its basename, such as gc's `./x.go`). Every other line is
 * ignored, and so is the diagnostic `too many errors` that gc prints after
 * its tenth error.
 *
 * A line of FILE.go containing `// ERROR` followed by one or more regexps,
 * each "double-quoted" (where \" is a quote and \\ a backslash; any other
 * backslash is kept for the regexp) or `backquoted`, wants, for each regexp,
 * at least one diagnostic on that line whose MESSAGE matches it (POSIX
 * extended regexps, unanchored). Each regexp consumes every diagnostic of its
 * line that it matches. A regexp that matches nothing is a missing error; a
 * diagnostic left over at the end is an unexpected error. As in Go's regexps,
 * a '{' that does not start a repetition ({n}, {n,}, {n,m}) is a literal
 * brace, so "expecting { after if clause" works as written.
 *
 * The command must exit with status N (default 1; with -gc, default any
 * nonzero status). Exit 0 when an error was expected, death by a signal (a
 * crash) and running longer than the timeout (default 10 s: a hang) are
 * failures.
 *
 * errorcheck exits 0 when the file passes (printing nothing unless -v), 1 when
 * it fails (printing why), 2 on a usage error or when it cannot run at all.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <regex.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_OUTPUT (8 * 1024 * 1024) /* keep at most this much command output */

static const char *progname = "errorcheck";
static bool verbose;

static void usage(void)
{
    fprintf(stderr,
            "usage: %s [-v] [-status N] [-timeout SECS] FILE.go -- CMD [ARGS...]\n"
            "       %s [-v] [-timeout SECS] -gc FILE.go\n",
            progname, progname);
    exit(2);
}

static void fatal(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s: ", progname);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(2);
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        fatal("out of memory");
    return p;
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        fatal("out of memory");
    return p;
}

static char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* ---- growable byte buffer ---------------------------------------------- */

typedef struct {
    char *data;
    size_t len, cap;
} Buf;

static void buf_append(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (b->len + n + 1 > cap)
            cap *= 2;
        b->data = xrealloc(b->data, cap);
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

/* Replaces NUL bytes, so that the text can be scanned as a C string. */
static void replace_nuls(Buf *b, char with)
{
    for (size_t i = 0; i < b->len; i++)
        if (b->data[i] == '\0')
            b->data[i] = with;
}

static bool read_file(const char *path, Buf *b)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char tmp[8192];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        buf_append(b, tmp, n);
    bool ok = !ferror(f);
    fclose(f);
    if (!b->data)
        buf_append(b, "", 0);
    return ok;
}

/* ---- annotations ------------------------------------------------------- */

typedef struct {
    int line;
    char *src;  /* the regexp as written, for messages */
    regex_t re;
} Want;

static Want *wants;
static size_t nwants, capwants;

/* Parses one quoted regexp starting at *pp (at the opening quote); returns it
 * unescaped, or NULL if the quote is not closed. */
static char *parse_quoted(const char **pp)
{
    const char *p = *pp;
    char q = *p++;
    Buf b = {0};
    buf_append(&b, "", 0);
    for (; *p && *p != '\n' && *p != q; p++) {
        if (q == '"' && *p == '\\' && (p[1] == '"' || p[1] == '\\'))
            p++;
        buf_append(&b, p, 1);
    }
    if (*p != q) {
        free(b.data);
        return NULL;
    }
    *pp = p + 1;
    return b.data;
}

/* Finds `// ERROR` followed by a blank or the end of the line. */
static const char *find_error_marker(const char *line, const char *end)
{
    static const char marker[] = "// ERROR";
    size_t m = sizeof marker - 1;
    for (const char *p = line; p + m <= end; p++) {
        if (memcmp(p, marker, m) == 0 &&
            (p + m == end || p[m] == ' ' || p[m] == '\t' || p[m] == '\r'))
            return p + m;
    }
    return NULL;
}

/* Go's regexps (RE2) read a '{' that does not start a repetition {n}, {n,} or
 * {n,m} as a literal brace, as in "expecting { after if clause"; POSIX leaves
 * that undefined and glibc rejects it. Escape such braces. */
static char *literal_braces(const char *rx)
{
    Buf b = {0};
    buf_append(&b, "", 0);
    for (const char *p = rx; *p; p++) {
        if (*p == '\\' && p[1]) {
            buf_append(&b, p, 2);
            p++;
        } else if (*p == '[') { /* bracket expression: copy to its ']' */
            const char *q = p + 1;
            if (*q == '^')
                q++;
            if (*q == ']')
                q++;
            while (*q && *q != ']') {
                if (*q == '[' && (q[1] == ':' || q[1] == '.' || q[1] == '=')) {
                    const char *e = strchr(q + 2, q[1]);
                    if (e && e[1] == ']')
                        q = e + 1;
                }
                q++;
            }
            if (*q == ']')
                q++;
            buf_append(&b, p, (size_t)(q - p));
            p = q - 1;
        } else if (*p == '{') {
            const char *q = p + 1;
            bool rep = *q >= '0' && *q <= '9';
            while (*q >= '0' && *q <= '9')
                q++;
            if (*q == ',')
                for (q++; *q >= '0' && *q <= '9'; q++)
                    ;
            if (rep && *q == '}')
                buf_append(&b, "{", 1);
            else
                buf_append(&b, "\\{", 2);
        } else {
            buf_append(&b, p, 1);
        }
    }
    return b.data;
}

/* Collects the annotations of the file; returns the number of problems. */
static int parse_annotations(const char *file, const char *src)
{
    int problems = 0;
    int lineno = 1;
    for (const char *line = src; *line; lineno++) {
        const char *end = strchr(line, '\n');
        if (!end)
            end = line + strlen(line);
        const char *p = find_error_marker(line, end);
        if (p) {
            int count = 0;
            for (;;) {
                while (p < end && (*p == ' ' || *p == '\t'))
                    p++;
                if (p >= end || (*p != '"' && *p != '`'))
                    break; /* the rest of the comment is free text */
                char *rx = parse_quoted(&p);
                if (!rx) {
                    printf("%s:%d: malformed ERROR annotation: unterminated regexp\n", file, lineno);
                    problems++;
                    break;
                }
                if (nwants == capwants) {
                    capwants = capwants ? 2 * capwants : 64;
                    wants = xrealloc(wants, capwants * sizeof *wants);
                }
                Want *w = &wants[nwants];
                w->line = lineno;
                w->src = rx;
                char *posix = literal_braces(rx);
                int rc = regcomp(&w->re, posix, REG_EXTENDED | REG_NOSUB);
                free(posix);
                if (rc != 0) {
                    char msg[256];
                    regerror(rc, &w->re, msg, sizeof msg);
                    printf("%s:%d: bad regexp \"%s\": %s\n", file, lineno, rx, msg);
                    free(rx);
                    problems++;
                } else {
                    nwants++;
                }
                count++;
            }
            if (count == 0) {
                printf("%s:%d: malformed ERROR annotation: no quoted regexp\n", file, lineno);
                problems++;
            }
        }
        line = *end ? end + 1 : end;
    }
    return problems;
}

/* ---- diagnostics ------------------------------------------------------- */

typedef struct {
    int line;
    const char *text; /* the whole output line */
    const char *msg;  /* MESSAGE, inside text */
    bool used;
} Diag;

static Diag *diags;
static size_t ndiags, capdiags;

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static bool has_suffix(const char *s, size_t n, const char *suf)
{
    size_t m = strlen(suf);
    return m <= n && memcmp(s + n - m, suf, m) == 0;
}

/* Does the diagnostic path p[0:n] name the test file? */
static bool path_matches(const char *p, size_t n, const char *file)
{
    const char *f = file;
    while (f[0] == '.' && f[1] == '/')
        f += 2;
    const char *base = base_name(f);
    if (strlen(f) == n && memcmp(p, f, n) == 0)
        return true;
    if (strlen(base) == n && memcmp(p, base, n) == 0)
        return true;
    if (n > strlen(base) && has_suffix(p, n, base) && p[n - strlen(base) - 1] == '/')
        return true;
    return false;
}

/* Parses digits at *pp followed by ':'; returns -1 if not that shape. */
static long parse_num_colon(const char **pp)
{
    const char *p = *pp;
    long v = 0;
    if (*p < '0' || *p > '9')
        return -1;
    while (*p >= '0' && *p <= '9') {
        if (v < 100000000)
            v = v * 10 + (*p - '0');
        p++;
    }
    if (*p != ':')
        return -1;
    *pp = p + 1;
    return v;
}

/* Tries to read `PATH:LINE:COL: MESSAGE` from the NUL-terminated line. */
static bool parse_diag(char *line, const char *file, Diag *d)
{
    /* PATH may itself contain ':'; try each ':' as its end. */
    for (char *c = strchr(line, ':'); c; c = strchr(c + 1, ':')) {
        const char *p = c + 1;
        long ln = parse_num_colon(&p);
        if (ln < 0)
            continue;
        long col = parse_num_colon(&p);
        if (col < 0 || *p != ' ' || p[1] == '\0')
            continue;
        if (!path_matches(line, (size_t)(c - line), file))
            continue;
        d->line = (int)ln;
        d->text = line;
        d->msg = p + 1;
        d->used = false;
        return true;
    }
    return false;
}

static void collect_diags(char *out, const char *file)
{
    for (char *line = out; *line;) {
        char *end = strchr(line, '\n');
        char *next = end ? end + 1 : line + strlen(line);
        if (end)
            *end = '\0';
        size_t n = strlen(line);
        if (n > 0 && line[n - 1] == '\r')
            line[n - 1] = '\0';
        Diag d;
        if (parse_diag(line, file, &d) && strcmp(d.msg, "too many errors") != 0) {
            if (ndiags == capdiags) {
                capdiags = capdiags ? 2 * capdiags : 64;
                diags = xrealloc(diags, capdiags * sizeof *diags);
            }
            diags[ndiags++] = d;
        } else if (verbose && *line) {
            printf("  (ignored) %s\n", line);
        }
        line = next;
    }
}

/* ---- running the command ----------------------------------------------- */

typedef enum { RUN_EXITED, RUN_SIGNALED, RUN_TIMEOUT, RUN_EXEC_FAILED } RunKind;

typedef struct {
    RunKind kind;
    int code; /* exit status, signal number or errno */
    bool exited_early; /* timeout: the command exited, but its output stayed open */
    Buf out;
    bool truncated;
} RunResult;

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void set_cloexec(int fd)
{
    int fl = fcntl(fd, F_GETFD);
    if (fl >= 0)
        fcntl(fd, F_SETFD, fl | FD_CLOEXEC);
}

/* Runs argv with stdin empty and stdout+stderr captured, in its own process
 * group so that a timeout kills its children too. */
static void run_command(char **argv, char **extra_env, double timeout, RunResult *r)
{
    int outp[2], inp[2], errp[2];
    memset(r, 0, sizeof *r);
    buf_append(&r->out, "", 0);
    if (pipe(outp) < 0 || pipe(inp) < 0 || pipe(errp) < 0)
        fatal("pipe: %s", strerror(errno));
    set_cloexec(outp[0]);
    set_cloexec(inp[1]);
    set_cloexec(errp[0]);
    set_cloexec(errp[1]);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0)
        fatal("fork: %s", strerror(errno));
    if (pid == 0) {
        setpgid(0, 0);
        dup2(inp[0], 0);
        dup2(outp[1], 1);
        dup2(outp[1], 2);
        if (inp[0] > 2)
            close(inp[0]);
        if (outp[1] > 2)
            close(outp[1]);
        for (char **e = extra_env; e && *e; e++) {
            char *eq = strchr(*e, '=');
            if (eq) {
                *eq = '\0';
                setenv(*e, eq + 1, 1);
            }
        }
        signal(SIGPIPE, SIG_DFL);
        execvp(argv[0], argv);
        int e = errno;
        ssize_t w = write(errp[1], &e, sizeof e);
        (void)w;
        _exit(127);
    }
    setpgid(pid, pid); /* also in the parent, to win the race with kill */
    close(inp[0]);
    close(inp[1]); /* the child's stdin is an empty pipe */
    close(outp[1]);
    close(errp[1]);

    int exec_errno = 0;
    ssize_t en = read(errp[0], &exec_errno, sizeof exec_errno);
    close(errp[0]);
    if (en == (ssize_t)sizeof exec_errno) {
        int st;
        waitpid(pid, &st, 0);
        close(outp[0]);
        r->kind = RUN_EXEC_FAILED;
        r->code = exec_errno;
        return;
    }

    double deadline = now_seconds() + timeout;
    bool eof = false, reaped = false, timed_out = false;
    int status = 0;
    while (!(eof && reaped)) {
        double left = deadline - now_seconds();
        if (left <= 0) {
            timed_out = true;
            break;
        }
        if (!reaped) {
            pid_t w = waitpid(pid, &status, WNOHANG);
            if (w == pid)
                reaped = true;
        }
        if (!eof) {
            struct pollfd pfd = {.fd = outp[0], .events = POLLIN};
            int ms = (int)(left * 1000) + 1;
            if (!reaped && ms > 20)
                ms = 20; /* keep polling waitpid too */
            int pr = poll(&pfd, 1, ms);
            if (pr < 0 && errno != EINTR)
                fatal("poll: %s", strerror(errno));
            if (pr > 0) {
                char tmp[65536];
                ssize_t n = read(outp[0], tmp, sizeof tmp);
                if (n > 0) {
                    if (r->out.len + (size_t)n <= MAX_OUTPUT)
                        buf_append(&r->out, tmp, (size_t)n);
                    else
                        r->truncated = true;
                } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
                    eof = true;
                }
            }
        } else if (!reaped) {
            struct timespec ts = {0, 10 * 1000 * 1000};
            nanosleep(&ts, NULL);
        }
    }
    if (timed_out) {
        kill(-pid, SIGKILL);
        if (!reaped)
            waitpid(pid, &status, 0);
        r->kind = RUN_TIMEOUT;
        r->exited_early = reaped;
    } else if (WIFSIGNALED(status)) {
        r->kind = RUN_SIGNALED;
        r->code = WTERMSIG(status);
    } else {
        r->kind = RUN_EXITED;
        r->code = WEXITSTATUS(status);
    }
    close(outp[0]);
}

/* ---- temp dir for -gc --------------------------------------------------- */

static void remove_tree(const char *path)
{
    struct stat st;
    if (lstat(path, &st) < 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        if (d) {
            struct dirent *e;
            while ((e = readdir(d)) != NULL) {
                if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                    continue;
                size_t n = strlen(path) + strlen(e->d_name) + 2;
                char *sub = xmalloc(n);
                snprintf(sub, n, "%s/%s", path, e->d_name);
                remove_tree(sub);
                free(sub);
            }
            closedir(d);
        }
        rmdir(path);
    } else {
        unlink(path);
    }
}

/* ---- main ---------------------------------------------------------------- */

static void print_tail(const Buf *out, int maxlines)
{
    const char *s = out->data;
    size_t n = out->len;
    if (n > 0 && s[n - 1] == '\n')
        n--; /* ignore the final newline */
    size_t start = n;
    int lines = n > 0 ? 1 : 0;
    while (start > 0 && !(s[start - 1] == '\n' && lines == maxlines)) {
        if (s[start - 1] == '\n')
            lines++;
        start--;
    }
    if (n == 0)
        printf("  (no output)\n");
    if (start > 0)
        printf("  ...\n");
    for (size_t p = start; p < n;) {
        const char *e = memchr(s + p, '\n', n - p);
        size_t len = e ? (size_t)(e - (s + p)) : n - p;
        printf("  | %.*s\n", (int)len, s + p);
        p += len + 1;
    }
}

int main(int argc, char **argv)
{
    bool gc = false;
    int want_status = -1; /* -1: default */
    double timeout = 10;
    const char *file = NULL;
    char **cmd = NULL;
    int ncmd = 0;

    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-v") == 0) {
            verbose = true;
        } else if (strcmp(a, "-gc") == 0) {
            gc = true;
        } else if (strcmp(a, "-status") == 0 && i + 1 < argc) {
            char *end;
            long v = strtol(argv[++i], &end, 10);
            if (*end || v < 0 || v > 255)
                usage();
            want_status = (int)v;
        } else if (strcmp(a, "-timeout") == 0 && i + 1 < argc) {
            char *end;
            timeout = strtod(argv[++i], &end);
            if (*end || !(timeout > 0))
                usage();
        } else if (strcmp(a, "--") == 0) {
            i++;
            break;
        } else if (a[0] == '-') {
            usage();
        } else if (!file) {
            file = a;
        } else {
            usage();
        }
    }
    if (!file)
        usage();
    if (gc == (i < argc))
        usage(); /* exactly one of -gc and `-- CMD` */
    if (gc && want_status >= 0)
        usage();

    Buf src = {0};
    if (!read_file(file, &src))
        fatal("cannot read %s: %s", file, strerror(errno));
    replace_nuls(&src, ' ');

    if (gc && strncmp(src.data, "// gosub-only:", 14) == 0) {
        if (verbose) {
            const char *e = strchr(src.data, '\n');
            printf("%s: skipped in -gc mode (%.*s)\n", file,
                   (int)(e ? e - src.data : (long)strlen(src.data)), src.data);
        }
        return 0;
    }

    int problems = parse_annotations(file, src.data);

    char *tmpdir = NULL;
    char **extra_env = NULL;
    if (gc) {
        const char *t = getenv("TMPDIR");
        if (!t || !*t)
            t = "/tmp";
        size_t n = strlen(t) + 32;
        tmpdir = xmalloc(n);
        snprintf(tmpdir, n, "%s/errorcheck.XXXXXX", t);
        if (!mkdtemp(tmpdir))
            fatal("mkdtemp %s: %s", tmpdir, strerror(errno));
        size_t m = strlen(tmpdir) + 32;
        char *out = xmalloc(m), *cache = xmalloc(m + 8);
        snprintf(out, m, "%s/out.o", tmpdir);
        snprintf(cache, m + 8, "GOCACHE=%s/cache", tmpdir);
        ncmd = 8;
        cmd = xmalloc((size_t)(ncmd + 1) * sizeof *cmd);
        char *gcargv[] = {"go", "tool", "compile", "-p", "main", "-o", out, (char *)file, NULL};
        memcpy(cmd, gcargv, sizeof gcargv);
        extra_env = xmalloc(2 * sizeof *extra_env);
        extra_env[0] = cache;
        extra_env[1] = NULL;
    } else {
        int n = argc - i;
        ncmd = n + 1;
        cmd = xmalloc((size_t)(ncmd + 1) * sizeof *cmd);
        for (int k = 0; k < n; k++)
            cmd[k] = argv[i + k];
        cmd[n] = (char *)file;
        cmd[n + 1] = NULL;
    }

    if (verbose) {
        printf("%s: running:", file);
        for (int k = 0; k < ncmd; k++)
            printf(" %s", cmd[k]);
        printf("\n");
    }

    RunResult r;
    run_command(cmd, extra_env, timeout, &r);
    if (tmpdir)
        remove_tree(tmpdir);

    bool show_tail = false;
    switch (r.kind) {
    case RUN_EXEC_FAILED:
        fatal("cannot run %s: %s", cmd[0], strerror(r.code));
        break;
    case RUN_TIMEOUT:
        if (r.exited_early)
            printf("%s: FAIL: timeout: command exited, but a process it started still held its output "
                   "after %g s; killed\n", file, timeout);
        else
            printf("%s: FAIL: timeout: command still running after %g s (a hang?); killed\n", file, timeout);
        problems++;
        show_tail = true;
        break;
    case RUN_SIGNALED:
        printf("%s: FAIL: command killed by signal %d (%s): a crash\n", file, r.code, strsignal(r.code));
        problems++;
        show_tail = true;
        break;
    case RUN_EXITED:
        if (want_status >= 0 ? r.code != want_status : r.code == 0) {
            if (want_status < 0)
                printf("%s: FAIL: command exited with status 0, want nonzero\n", file);
            else
                printf("%s: FAIL: command exited with status %d, want %d\n", file, r.code, want_status);
            problems++;
            if (r.code != 0)
                show_tail = true;
        }
        break;
    }
    if (r.truncated)
        printf("%s: note: command output truncated to %d bytes\n", file, MAX_OUTPUT);

    replace_nuls(&r.out, '?');
    collect_diags(xstrndup(r.out.data, r.out.len), file);

    for (size_t w = 0; w < nwants; w++) {
        bool matched = false;
        for (size_t k = 0; k < ndiags; k++) {
            Diag *d = &diags[k];
            if (d->used || d->line != wants[w].line)
                continue;
            if (regexec(&wants[w].re, d->msg, 0, NULL, 0) == 0) {
                d->used = true;
                matched = true;
            }
        }
        if (!matched) {
            printf("%s:%d: missing error \"%s\"\n", file, wants[w].line, wants[w].src);
            problems++;
        }
    }
    for (size_t k = 0; k < ndiags; k++) {
        if (!diags[k].used) {
            printf("unexpected error: %s\n", diags[k].text);
            problems++;
        }
    }

    if (problems) {
        if (show_tail || verbose) {
            printf("%s: command output%s:\n", file, verbose ? "" : " (tail)");
            print_tail(&r.out, verbose ? INT_MAX : 20);
        }
        printf("%s: FAIL (%d problem%s)\n", file, problems, problems == 1 ? "" : "s");
        return 1;
    }
    if (verbose)
        printf("%s: ok (%zu annotation%s, %zu diagnostic%s)\n", file, nwants, nwants == 1 ? "" : "s",
               ndiags, ndiags == 1 ? "" : "s");
    return 0;
}
