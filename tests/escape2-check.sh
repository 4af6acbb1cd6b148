#!/usr/bin/env bash
# escape2-check.sh — gosub's -m=2 report against gc's, whole and in order.
#
#   tests/escape2-check.sh [-gosub PATH] FILE.go...
#
# For each program that has a FILE.m2 (gc 1.19's `-m=2 -l` output,
# recorded by tests/gc-escape2.sh), `gosub build -m=2`, run in the
# program's directory so that positions read ./FILE.go:LINE:COL as gc's
# do, must print exactly FILE.m2: every decision of -m, every "flow:" and
# "from" line of the explanations, in gc's order.  Programs without a
# FILE.m2 are skipped.
#
# testdata/escape2/KNOWN lists the programs whose report still differs,
# one "FILE reason" a line (FILE is the base name); they are XFAIL, and a
# listed program that now matches is an XPASS, which fails the run so the
# list shrinks.  The last line counts the programs and gc's lines: how
# many of them gosub prints (compared as sets), and how many it adds.
set -u
gosub=./gosub
files=()
while [ $# -gt 0 ]; do
	case "$1" in
	-gosub) gosub=$2; shift 2 ;;
	*) files+=("$1"); shift ;;
	esac
done
gosub_abs=$(cd "$(dirname "$gosub")" && pwd)/$(basename "$gosub")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
known=testdata/escape2/KNOWN
pass=0 fail=0 xfail=0 skip=0 lines=0 matched=0 extra=0
for f in "${files[@]}"; do
	want="${f%.go}.m2"
	if [ ! -f "$want" ]; then
		skip=$((skip + 1))
		continue
	fi
	base=$(basename "$f")
	reason=$(awk -v b="$base" '$1 == b { $1 = ""; sub(/^ /, ""); print; exit }' "$known" 2>/dev/null)
	(cd "$(dirname "$f")" && "$gosub_abs" build -m=2 -o "$tmp/prog" "$base") >"$tmp/got" 2>&1
	built=$?
	sort "$want" >"$tmp/want.sorted"
	sort "$tmp/got" >"$tmp/got.sorted"
	n=$(wc -l <"$want")
	m=$(comm -12 "$tmp/want.sorted" "$tmp/got.sorted" | wc -l)
	x=$(comm -13 "$tmp/want.sorted" "$tmp/got.sorted" | wc -l)
	lines=$((lines + n)); matched=$((matched + m)); extra=$((extra + x))
	problem=
	if [ $built -ne 0 ]; then
		problem="gosub build failed: $(grep -m1 -v '^$' "$tmp/got")"
	elif ! cmp -s "$want" "$tmp/got"; then
		problem="the report differs from gc's ($m of $n lines, $x extra)"
	fi
	if [ -z "$problem" ]; then
		if [ -n "$reason" ]; then
			fail=$((fail + 1))
			echo "XPASS: $f matches gc now: remove it from $known"
		else
			pass=$((pass + 1))
		fi
	elif [ -n "$reason" ] && [ $built -eq 0 ]; then
		xfail=$((xfail + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $f: $problem"
		diff "$want" "$tmp/got" | grep '^[<>]' | head -n 8
	fi
done
echo "escape2-check: $pass passed, $fail failed, $xfail known differences, $skip without a report; gc lines printed: $matched of $lines, extra: $extra"
[ $fail -eq 0 ]
