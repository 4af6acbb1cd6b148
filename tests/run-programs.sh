#!/usr/bin/env bash
# run-programs.sh — compile and run testdata/run programs, compare with gc.
#
#   tests/run-programs.sh [-arch amd64|arm64] [-gosub PATH] [-later] FILE.go...
#
# Each program is built with `gosub build -d ssa/check` (the SSA verifier
# after every pass) and run with a time limit.  Its stdout must equal the
# file's "// Output:" block, its exit status the "// Exit:" line (0 if
# there is none) and the first line of its stderr the "// Stderr:" line
# (see testdata/README.md).  A program whose first line says
#     // skip-run: REASON
# is counted as skipped, with the reason; so is one with a line
#     // gcstress: skip (REASON)
# when GOSUBDEBUG has gcstress=1 (a collection at every allocation is
# quadratic in the live heap: a program that keeps 100000 objects live
# would run for minutes).  With -later (for the programs
# of tiers still being built), a program that gosub refuses with
# "unsupported: ..." is counted as skipped with that message; a wrong
# result is still a failure.  The last line is
# "run-programs: N passed, M failed, K skipped".
set -u
cd "$(dirname "$0")/.."

arch=amd64
gosub=./gosub
later=0
files=()
while [ $# -gt 0 ]; do
	case "$1" in
	-arch) arch=$2; shift 2 ;;
	-gosub) gosub=$2; shift 2 ;;
	-later) later=1; shift ;;
	*) files+=("$1"); shift ;;
	esac
done
limit=${RUN_TIMEOUT:-20}
tmp=$(mktemp -d /tmp/gosub-run.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

pass=0 fail=0 skip=0
runner=()
[ "$arch" = arm64 ] && [ "$(uname -m)" != aarch64 ] && runner=(qemu-aarch64)

for f in "${files[@]}"; do
	reason=$(sed -n '1s|^// skip-run: ||p' "$f")
	case ",${GOSUBDEBUG:-}," in
	*,gcstress=1,*) [ -n "$reason" ] || reason=$(sed -n 's|^// gcstress: skip ||p' "$f" | head -n 1) ;;
	esac
	if [ -n "$reason" ]; then
		skip=$((skip + 1))
		echo "SKIP: $f: $reason"
		continue
	fi
	# the expected block: the last "// Output:" with only comments after it
	awk -v out="$tmp/want.out" -v meta="$tmp/want.meta" '
		{ line[NR] = $0 }
		END {
			start = 0
			for (i = NR; i >= 1; i--) {
				if (line[i] == "// Output:") { start = i; break }
				if (line[i] !~ /^\/\// && line[i] !~ /^[ \t]*$/) break
			}
			printf "" > out; printf "" > meta
			if (!start) { print "nooutput" > meta; exit }
			for (i = start + 1; i <= NR; i++) {
				l = line[i]
				if (l ~ /^\/\/ Exit: /) { sub(/^\/\/ Exit: /, "", l); print "exit " l > meta; continue }
				if (l ~ /^\/\/ Stderr: /) { sub(/^\/\/ Stderr: /, "", l); print "stderr " l > meta; continue }
				if (l == "//") { print "" > out; continue }
				if (l ~ /^\/\/ /) { sub(/^\/\/ /, "", l); print l > out; continue }
			}
		}' "$f"
	if grep -q '^nooutput' "$tmp/want.meta"; then
		fail=$((fail + 1))
		echo "FAIL: $f: no // Output: block"
		continue
	fi
	want_exit=$(sed -n 's/^exit //p' "$tmp/want.meta")
	want_exit=${want_exit:-0}
	want_err=$(sed -n 's/^stderr //p' "$tmp/want.meta")
	if ! "$gosub" build -arch "$arch" -d ssa/check -o "$tmp/prog" "$f" 2>"$tmp/build.err"; then
		if [ $later = 1 ] && grep -q ': unsupported: ' "$tmp/build.err"; then
			skip=$((skip + 1))
			echo "SKIP: $f: $(grep -m1 -o 'unsupported: .*' "$tmp/build.err")"
			continue
		fi
		fail=$((fail + 1))
		echo "FAIL: $f: gosub build failed"
		head -n 5 "$tmp/build.err"
		continue
	fi
	timeout "$limit" "${runner[@]}" "$tmp/prog" >"$tmp/got.out" 2>"$tmp/got.err"
	got_exit=$?
	problem=
	if [ "$got_exit" = 124 ]; then
		problem="timed out after $limit s (RUN_TIMEOUT)"
	elif ! cmp -s "$tmp/got.out" "$tmp/want.out"; then
		problem="stdout differs"
	elif [ "$got_exit" != "$want_exit" ]; then
		problem="exit status $got_exit, want $want_exit"
	elif [ -n "$want_err" ] && [ "$(head -n 1 "$tmp/got.err")" != "$want_err" ]; then
		problem="stderr: got \"$(head -n 1 "$tmp/got.err")\", want \"$want_err\""
	fi
	if [ -n "$problem" ]; then
		fail=$((fail + 1))
		echo "FAIL: $f ($arch): $problem"
		diff "$tmp/want.out" "$tmp/got.out" | head -n 10
		head -n 3 "$tmp/got.err"
	else
		pass=$((pass + 1))
	fi
done
echo "run-programs ($arch): $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
