#!/usr/bin/env bash
# gc-escape.sh — record gc 1.19's escape decisions for testdata/escape programs.
#
#   tests/gc-escape.sh FILE.go...
#
# For each FILE.go, runs `go build -gcflags='-m -l'` (gc 1.19, inlining
# off, as SPEC.md says) and writes
#   FILE.gc   gc's -m lines, exactly ("./FILE.go:LINE:COL: message")
# and rewrites FILE.go's `// ERROR "..."` annotations from them, one
# regexp per message on its line (Go's errorcheck convention), so that a
# student reading the program sees each decision next to its line.
# A program gc refuses to build is an error: nothing is written for it.
# Needs Go 1.19 (Debian's golang-go); the tests themselves never do.
set -u
GO=${GO:-/usr/lib/go-1.19/bin/go}
[ -x "$GO" ] || GO=go
export GOCACHE=${GOCACHE:-/tmp/gocache} GOFLAGS=-mod=mod GO111MODULE=off
status=0
for f in "$@"; do
	tmp=$(mktemp -d)
	base=$(basename "$f")
	# the program without its old annotations
	sed -E 's@[ \t]*// ERROR .*$@@' "$f" >"$tmp/$base"
	if ! (cd "$tmp" && "$GO" build -gcflags='-m -l' -o "$tmp/out" "$base" >"$tmp/m" 2>&1); then
		echo "gc-escape.sh: $f: gc does not build it:" >&2
		head -n 5 "$tmp/m" >&2
		status=1
		rm -rf "$tmp"
		continue
	fi
	grep -E "^\./$base:[0-9]+:[0-9]+: " "$tmp/m" >"${f%.go}.gc"
	# annotate: line -> list of quoted, regexp-escaped messages
	awk -v gc="${f%.go}.gc" '
		BEGIN {
			while ((getline l < gc) > 0) {
				sub(/^\.\/[^:]*:/, "", l)
				n = index(l, ":"); line = substr(l, 1, n - 1)
				l = substr(l, n + 1); n = index(l, ":"); msg = substr(l, n + 2)
				gsub(/[][\\.^$*+?(){}|]/, "\\\\&", msg)
				gsub(/"/, "\\\"", msg)
				want[line] = want[line] " \"" msg "\""
			}
		}
		{ if (FNR in want) print $0 " // ERROR" want[FNR]; else print }
	' "$tmp/$base" >"$f"
	rm -rf "$tmp"
	echo "recorded $f ($(wc -l <"${f%.go}.gc") decisions)"
done
exit $status
