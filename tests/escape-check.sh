#!/usr/bin/env bash
# escape-check.sh — gosub's escape decisions against gc's, file by file.
#
#   tests/escape-check.sh [-gosub PATH] FILE.go...
#
# For each testdata/escape program: `gosub build -m` must print exactly the
# lines of FILE.gc (gc 1.19's `-m -l` output, recorded by gc-escape.sh):
# the same messages at the same line and column, none missing, none extra
# (compared as sorted sets, since lines at one position may come in either
# order).  The program it built is then run with GOSUBDEBUG=checkstack=1
# and gcstress=1, so that a decision that put on the stack what outlives
# its frame shows up as a fatal error rather than as a silent corruption.
#
# testdata/escape/KNOWN lists files whose decisions still differ from gc's,
# one "FILE reason" a line; they are reported as XFAIL, and a listed file
# that now matches is an XPASS, which fails the run so the list shrinks.
set -u
gosub=./gosub
files=()
while [ $# -gt 0 ]; do
	case "$1" in
	-gosub) gosub=$2; shift 2 ;;
	*) files+=("$1"); shift ;;
	esac
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
known=testdata/escape/KNOWN
pass=0 fail=0 xfail=0 lines=0 matched=0 extra=0
for f in "${files[@]}"; do
	base=$(basename "$f")
	want="${f%.go}.gc"
	reason=$(awk -v b="$base" '$1 == b { $1 = ""; sub(/^ /, ""); print; exit }' "$known" 2>/dev/null)
	"$gosub" build -m -o "$tmp/prog" "$f" >"$tmp/out" 2>&1
	built=$?
	grep -E "^(\./)?([^:]*/)?$base:[0-9]+:[0-9]+: " "$tmp/out" | sed -E 's@^[^:]*:@@' | sort >"$tmp/got"
	sed -E 's@^[^:]*:@@' "$want" | sort >"$tmp/want"
	n=$(wc -l <"$tmp/want")
	m=$(comm -12 "$tmp/want" "$tmp/got" | wc -l)
	x=$(comm -13 "$tmp/want" "$tmp/got" | wc -l)
	lines=$((lines + n)); matched=$((matched + m)); extra=$((extra + x))
	problem=
	if [ $built -ne 0 ]; then
		problem="gosub build failed: $(grep -m1 -v '^$' "$tmp/out")"
	elif ! cmp -s "$tmp/want" "$tmp/got"; then
		problem="decisions differ from gc's ($m of $n matched, $x extra)"
	fi
	if [ $built -eq 0 ]; then
		GOSUBDEBUG=checkstack=1,gcstress=1 timeout 20 "$tmp/prog" >/dev/null 2>"$tmp/run.err"
		rc=$?
		if [ $rc -ne 0 ]; then
			problem="${problem:+$problem; }the program failed under checkstack (exit $rc): $(head -n 1 "$tmp/run.err")"
			reason=   # never excused
		fi
	fi
	if [ -z "$problem" ]; then
		if [ -n "$reason" ]; then
			fail=$((fail + 1))
			echo "XPASS: $f matches gc now: remove it from $known"
		else
			pass=$((pass + 1))
		fi
	elif [ -n "$reason" ]; then
		xfail=$((xfail + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $f: $problem"
		diff "$tmp/want" "$tmp/got" | grep '^[<>]' | head -n 8
	fi
done
echo "escape-check: $pass passed, $fail failed, $xfail known differences; gc decisions matched: $matched of $lines, extra: $extra"
[ $fail -eq 0 ]
