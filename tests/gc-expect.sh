#!/usr/bin/env bash
# gc-expect.sh — produce or verify the expected-result block of testdata/run programs.
#
#   tests/gc-expect.sh FILE.go...          rewrite each file's trailing "// Output:" block
#   tests/gc-expect.sh --check FILE.go...  compare instead; exit 1 on any mismatch
#
# Each program is built with gc (`go build`, GOPATH mode, no network) and the
# binary is run directly, so its true exit status is seen (`go run` would turn
# status 2 into "exit status 2" and return 1). The block is:
#
#   // Output:
#   // <stdout line>          (a bare "//" for an empty line)
#   // Exit: N                only when the status is not 0
#   // Stderr: <first line>   only when the status is not 0 and stderr is not empty
#
# A program gc refuses to compile, or one that runs longer than the time limit
# (GC_EXPECT_TIMEOUT seconds, default 20), is an error: nothing is recorded
# for it and the script exits 1. Exit status: 0 all fine, 1 mismatch or error,
# 2 usage.
set -u

check=0
files=()
for a in "$@"; do
    case "$a" in
        --check) check=1 ;;
        -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "gc-expect.sh: unknown flag $a" >&2; exit 2 ;;
        *) files+=("$a") ;;
    esac
done
if [ ${#files[@]} -eq 0 ]; then
    echo "usage: tests/gc-expect.sh [--check] FILE.go..." >&2
    exit 2
fi
command -v go >/dev/null 2>&1 || { echo "gc-expect.sh: go not found in PATH" >&2; exit 2; }

limit=${GC_EXPECT_TIMEOUT:-20}
work=$(mktemp -d /tmp/gc-expect.XXXXXX) || exit 2
trap 'rm -rf "$work"' EXIT

# GOPATH mode with private directories under /tmp: works in any directory,
# with or without a go.mod around, and never touches the network.
export GO111MODULE=off GOPATH="$work/gopath" GOPROXY=off GOFLAGS= GOTOOLCHAIN=local
export GOCACHE="${GC_EXPECT_GOCACHE:-/tmp/gc-expect-gocache}"
unset GOOS GOARCH GOROOT_FINAL 2>/dev/null

# body FILE: the file without its trailing expected block and trailing blank lines.
body() {
    awk '
        { line[NR] = $0 }
        END {
            n = NR
            # the block starts at the last "// Output:" line after which
            # every line is a // comment (or blank)
            start = 0
            for (i = n; i >= 1; i--) {
                if (line[i] == "// Output:") { start = i; break }
                if (line[i] !~ /^\/\// && line[i] !~ /^[ \t]*$/) break
            }
            if (start > 0) n = start - 1
            while (n > 0 && line[n] ~ /^[ \t]*$/) n--
            for (i = 1; i <= n; i++) print line[i]
        }' "$1"
}

# block FILE: the file's current trailing block (from "// Output:" on), or nothing.
block() {
    awk '
        { line[NR] = $0 }
        END {
            start = 0
            for (i = NR; i >= 1; i--) {
                if (line[i] == "// Output:") { start = i; break }
                if (line[i] !~ /^\/\// && line[i] !~ /^[ \t]*$/) break
            }
            if (start == 0) exit
            n = NR
            while (n > start && line[n] ~ /^[ \t]*$/) n--
            for (i = start; i <= n; i++) print line[i]
        }' "$1"
}

status=0
for f in "${files[@]}"; do
    if [ ! -f "$f" ]; then
        echo "gc-expect.sh: $f: no such file" >&2; status=1; continue
    fi
    abs=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
    bin="$work/prog"
    rm -f "$bin"
    if ! (cd "$work" && go build -o "$bin" "$abs") >"$work/build.err" 2>&1; then
        echo "gc-expect.sh: $f: gc could not build it:" >&2
        sed 's/^/    /' "$work/build.err" >&2
        status=1; continue
    fi
    (cd "$work" && timeout "$limit" "$bin" </dev/null >"$work/out" 2>"$work/err")
    rc=$?
    if [ $rc -eq 124 ]; then
        echo "gc-expect.sh: $f: timed out after ${limit}s" >&2; status=1; continue
    fi
    if [ $rc -gt 128 ]; then
        echo "gc-expect.sh: $f: killed by signal $((rc - 128))" >&2; status=1; continue
    fi

    if grep -q '[[:space:]]$' "$work/out"; then
        echo "gc-expect.sh: $f: warning: an output line ends in white space (gofmt would strip it from the block)" >&2
    fi
    {
        echo "// Output:"
        awk '{ if ($0 == "") print "//"; else print "// " $0 }' "$work/out"
        if [ $rc -ne 0 ]; then
            echo "// Exit: $rc"
            first=$(head -n 1 "$work/err")
            [ -n "$first" ] && echo "// Stderr: $first"
        fi
    } >"$work/want"

    if [ $check -eq 1 ]; then
        block "$f" >"$work/have"
        if ! cmp -s "$work/want" "$work/have"; then
            echo "FAIL $f" >&2
            diff -u --label "$f (file)" --label "$f (gc)" "$work/have" "$work/want" >&2
            status=1
        fi
    else
        { body "$f"; echo; cat "$work/want"; } >"$work/new"
        if cmp -s "$work/new" "$f"; then
            :
        else
            cat "$work/new" >"$f"
            echo "updated $f"
        fi
    fi
done
exit $status
