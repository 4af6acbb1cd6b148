#!/usr/bin/env bash
# tests/gc-errors.sh FILE.go... — records gc 1.19's diagnostics for error
# tests: FILE.gc beside FILE.go gets one "LINE:COL: message" line per
# diagnostic gc prints (too many errors included), in gc's order.
# tests/run.sh then requires gosub to print exactly those lines, so the
# columns are checked too, not only the lines the // ERROR comments name.
# Needs Go 1.19 (golang-go); the .gc files are committed, so the test
# suite does not.  Files marked "// gosub-only:" are skipped.
set -u
[ $# -gt 0 ] || { echo "usage: tests/gc-errors.sh FILE.go..." >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for f in "$@"; do
	if head -n 1 "$f" | grep -q '^// gosub-only:'; then
		continue
	fi
	GOCACHE="$tmp/cache" GO111MODULE=off go tool compile -p main -o "$tmp/o.o" "$f" >"$tmp/out" 2>&1
	if [ $? -eq 0 ]; then
		echo "gc-errors: $f: gc accepts it" >&2
		status=1
		continue
	fi
	sed -nE 's/^[^ ]*\.go:([0-9]+:[0-9]+: .*)$/\1/p' "$tmp/out" >"${f%.go}.gc"
done
exit $status
