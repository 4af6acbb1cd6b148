#!/usr/bin/env bash
# asmcheck.sh — instruction selection checks, in the style of Go's
# test/codegen: comments in a function's body say what its assembly must
# (or must not) contain, per architecture.
#
#   func mul10(x int) int {
#       return x * 10 // amd64:"imul\s+\w+, \w+, 10" arm64:"mul\s",-"madd"
#   }
#
# Each "ARCH:" is followed by comma-separated quoted extended regexps; a
# leading - means the regexp must match no instruction of the function.
# The regexps are matched against the instruction text of the function's
# assembly (gosub build -S, comments stripped).  Every file in
# testdata/asm/ is compiled for amd64 and arm64.
#
#   tests/asmcheck.sh [-gosub PATH] [FILE.go...]
#
# Ends with "asmcheck: N passed, M failed".
set -u
cd "$(dirname "$0")/.."
gosub=./gosub
files=()
while [ $# -gt 0 ]; do
	case "$1" in
	-gosub) gosub=$2; shift 2 ;;
	*) files+=("$1"); shift ;;
	esac
done
[ ${#files[@]} -gt 0 ] || files=(testdata/asm/*.go)
tmp=$(mktemp -d /tmp/asmcheck.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

# the instructions of function main.NAME in an assembly file, comments out
func_asm() {
	awk -v fn="main.$2:" '
		$0 == fn { on = 1; next }
		on && (/^section / || /^\t\.size / || /^[A-Za-z_][A-Za-z0-9_.]*:$/) { exit }
		on && /^\t/ { sub(/[ \t]*;.*$/, ""); sub(/[ \t]*\/\/.*$/, ""); print }
	' "$1"
}

for f in "${files[@]}"; do
	for arch in amd64 arm64; do
		ext=asm
		[ $arch = arm64 ] && ext=s
		if ! "$gosub" build -arch $arch -S -o "$tmp/out" "$f" 2>"$tmp/err"; then
			fail=$((fail + 1))
			echo "FAIL: $f ($arch): does not build"
			head -n 5 "$tmp/err"
			continue
		fi
		# every annotated line: the function it is in, and its checks for arch
		awk -v arch="$arch" '
			/^func / { name = $2; sub(/\(.*/, "", name) }
			{
				i = index($0, "// ")
				if (!i) next
				c = substr($0, i + 3)
				while (match(c, /(amd64|arm64):/)) {
					a = substr(c, RSTART, RLENGTH - 1)
					c = substr(c, RSTART + RLENGTH)
					# the quoted regexps up to the next ARCH: or the end
					end = match(c, / (amd64|arm64):/)
					list = end ? substr(c, 1, end - 1) : c
					if (a == arch) {
						while (match(list, /-?"([^"\\]|\\.)*"/)) {
							re = substr(list, RSTART, RLENGTH)
							list = substr(list, RSTART + RLENGTH)
							neg = substr(re, 1, 1) == "-"
							if (neg) re = substr(re, 2)
							re = substr(re, 2, length(re) - 2)
							printf "%s\t%d\t%s\t%s\n", name, NR, neg ? "-" : "+", re
						}
					}
					if (!end) break
				}
			}' "$f" >"$tmp/checks"
		while IFS=$'\t' read -r fn line sign re; do
			func_asm "$tmp/out.$ext" "$fn" >"$tmp/fn.txt"
			if [ ! -s "$tmp/fn.txt" ]; then
				fail=$((fail + 1))
				echo "FAIL: $f:$line ($arch): no assembly for main.$fn"
				continue
			fi
			if grep -qE -- "$re" "$tmp/fn.txt"; then found=1; else found=0; fi
			if { [ "$sign" = + ] && [ $found = 1 ]; } || { [ "$sign" = - ] && [ $found = 0 ]; }; then
				pass=$((pass + 1))
			else
				fail=$((fail + 1))
				if [ "$sign" = + ]; then
					echo "FAIL: $f:$line ($arch): main.$fn has no instruction matching \"$re\""
				else
					echo "FAIL: $f:$line ($arch): main.$fn has an instruction matching \"$re\""
				fi
				sed 's/^/    /' "$tmp/fn.txt" | head -n 25
			fi
		done <"$tmp/checks"
	done
done
echo "asmcheck: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
