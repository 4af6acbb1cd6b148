#!/usr/bin/env bash
# doccheck.sh — the examples in doc/*.md are what gosub prints today.
#
#   tests/doccheck.sh [FILE.md...]            check (default: every doc/*.md)
#   tests/doccheck.sh --update [FILE.md...]   rewrite the blocks from gosub
#
# The teaching material quotes gosub's output, and quoted output goes
# stale the day someone improves a message.  So the docs mark every quote
# with where it comes from, and this script checks it.  Two markers, each
# on a line of its own, immediately followed by a fenced code block:
#
#   <!-- gosub: build -dump tokens doc/examples/semi.go -->
#   ```text
#   ... exactly what `./gosub build -dump tokens doc/examples/semi.go`
#   prints, stdout and stderr together, run from the repository root ...
#   ```
#
#   <!-- file: doc/examples/semi.go -->
#   ```go
#   ... exactly the contents of doc/examples/semi.go ...
#   ```
#
# The arguments after "gosub:" are split at spaces (no quoting, no shell
# expansion), and the exit status of gosub is ignored: an error message is
# as much an example as a dump.  Leading NAME=VALUE words are set in the
# environment instead (<!-- gosub: GOSUBDEBUG=maptrace=1 run x.go -->), and
# addresses (0x and six or more hex digits) may differ between the block
# and the run, since a program's addresses change from run to run.  A
# marker that is not followed by a fenced block is an error, and so is a
# block that is never closed.  Markers inside another fenced block are
# just text (doc/README.md shows the convention that way).
#
# With --update the blocks are rewritten in place from gosub's current
# output (`make docs`); read the diff afterwards, since the prose around a
# block may need to change with it.  If a block's new contents contain a
# line starting with ```, a longer fence is used so the block stays whole.
#
# Exit status: 0 all blocks match (or were updated), 1 a mismatch or a
# malformed marker, 2 usage.

set -u

cd "$(dirname "$0")/.." || exit 2

update=0
files=()
for arg in "$@"; do
	case $arg in
	--update) update=1 ;;
	-h|--help)
		sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
		exit 0 ;;
	-*)
		echo "doccheck: unknown flag $arg" >&2
		exit 2 ;;
	*) files+=("$arg") ;;
	esac
done
if [ ${#files[@]} -eq 0 ]; then
	shopt -s nullglob
	files=(doc/*.md)
	shopt -u nullglob
fi

if [ ! -x ./gosub ]; then
	echo "doccheck: ./gosub is missing; run 'make gosub' first" >&2
	exit 2
fi

passed=0
failed=0
updated=0

marker_gosub='^<!-- gosub: (.*[^ ]) *-->$'
marker_file='^<!-- file: ([^ ]+) *-->$'
# shellcheck disable=SC2016  # the backquotes are literal
fence_open='^(```+|~~~+)[^`]*$'
fence_close='^(`+|~+)[[:space:]]*$'

# Prints, without adding anything, what the block should contain:
# gosub's output for a gosub marker, the file for a file marker.  A last
# line without its newline gets one, since a block cannot show its
# absence.
expected_text() {
	local kind=$1 what=$2 out
	if [ "$kind" = gosub ]; then
		local -a args envs=()
		read -ra args <<<"$what"
		while [ ${#args[@]} -gt 0 ] && [[ ${args[0]} =~ ^[A-Z_]+= ]]; do
			envs+=("${args[0]}")
			args=("${args[@]:1}")
		done
		out=$(env "${envs[@]}" ./gosub "${args[@]}" 2>&1; printf x)
	else
		out=$(cat -- "$what"; printf x)
	fi
	out=${out%x}
	if [ -n "$out" ] && [ "${out: -1}" != $'\n' ]; then
		out+=$'\n'
	fi
	printf '%s' "$out"
}

# The text with every address (0x and at least six hex digits) written
# 0x…: a program's addresses change from run to run.
addresses_out() {
	printf '%s' "$1" | sed -E 's/0x[0-9a-f]{6,}/0x…/g'
}

# A fence that no line of the text can close: ``` unless the text has a
# line starting with three or more backquotes.
fence_for() {
	local text=$1 fence='```' line
	while IFS= read -r line; do
		while [[ $line == "$fence"* ]]; do
			fence+='`'
		done
	done <<<"$text"
	printf '%s' "$fence"
}

check_file() {
	local md=$1
	local -a lines
	mapfile -t lines <"$md"
	local n=${#lines[@]} i=0 changed=0
	local -a out=()
	local in_fence='' line

	while [ $i -lt "$n" ]; do
		line=${lines[i]}

		# Inside an ordinary fenced block: copy until it closes.
		if [ -n "$in_fence" ]; then
			out+=("$line")
			if [[ $line =~ $fence_close ]] &&
			   [ "${line:0:1}" = "${in_fence:0:1}" ] &&
			   [ ${#BASH_REMATCH[1]} -ge ${#in_fence} ]; then
				in_fence=''
			fi
			i=$((i + 1))
			continue
		fi

		local kind='' what=''
		if [[ $line =~ $marker_gosub ]]; then
			kind='gosub'
			what=${BASH_REMATCH[1]}
		elif [[ $line =~ $marker_file ]]; then
			kind='file'
			what=${BASH_REMATCH[1]}
		elif [[ $line =~ $fence_open ]]; then
			in_fence=${BASH_REMATCH[1]}
			out+=("$line")
			i=$((i + 1))
			continue
		else
			out+=("$line")
			i=$((i + 1))
			continue
		fi

		# A marker: the next line must open a fenced block.
		local where="$md:$((i + 1))"
		local label
		if [ $kind = gosub ]; then label="gosub $what"; else label="file $what"; fi
		out+=("$line")
		i=$((i + 1))
		if [ $i -ge "$n" ] || ! [[ ${lines[i]} =~ $fence_open ]]; then
			echo "FAIL $where: $label: the marker is not followed by a fenced block"
			failed=$((failed + 1))
			continue
		fi
		local open=${lines[i]} fence=${BASH_REMATCH[1]}
		local start=$((i + 1)) j=$((i + 1))
		while [ $j -lt "$n" ]; do
			if [[ ${lines[j]} =~ $fence_close ]] &&
			   [ "${lines[j]:0:1}" = "${fence:0:1}" ] &&
			   [ ${#BASH_REMATCH[1]} -ge ${#fence} ]; then
				break
			fi
			j=$((j + 1))
		done
		if [ $j -ge "$n" ]; then
			echo "FAIL $where: $label: the fenced block is never closed"
			failed=$((failed + 1))
			# Keep the rest of the file as it is.
			while [ $i -lt "$n" ]; do out+=("${lines[i]}"); i=$((i + 1)); done
			break
		fi

		# The block as text: its lines, each ending in a newline.
		local have='' k
		for ((k = start; k < j; k++)); do
			have+="${lines[k]}"$'\n'
		done
		local want
		if [ $kind = file ] && [ ! -f "$what" ]; then
			echo "FAIL $where: $label: no such file"
			failed=$((failed + 1))
			for ((k = i; k <= j; k++)); do out+=("${lines[k]}"); done
			i=$((j + 1))
			continue
		fi
		want=$(expected_text "$kind" "$what"; printf x)
		want=${want%x}

		if [ "$have" = "$want" ] || [ "$(addresses_out "$have")" = "$(addresses_out "$want")" ]; then
			passed=$((passed + 1))
			for ((k = i; k <= j; k++)); do out+=("${lines[k]}"); done
		elif [ $update -eq 1 ]; then
			updated=$((updated + 1))
			changed=1
			# Keep the opening fence's info string (```text, ```go),
			# lengthening the fence if the new text needs it.
			local newfence info
			newfence=$(fence_for "$want")
			info=${open#"$fence"}
			if [ ${#newfence} -lt ${#fence} ] || [ "${fence:0:1}" = '~' ]; then
				newfence=$fence
			fi
			out+=("$newfence$info")
			if [ -n "$want" ]; then
				local -a wl
				mapfile -t wl <<<"${want%$'\n'}"
				out+=("${wl[@]}")
			fi
			out+=("$newfence")
		else
			failed=$((failed + 1))
			echo "FAIL $where: $label: the block differs from what gosub shows today"
			diff -u --label "$md (block at line $((i + 1)))" --label "$label (now)" \
				<(printf '%s' "$have") <(printf '%s' "$want")
			for ((k = i; k <= j; k++)); do out+=("${lines[k]}"); done
		fi
		i=$((j + 1))
	done

	if [ -n "$in_fence" ]; then
		echo "FAIL $md: a fenced block opened with $in_fence is never closed"
		failed=$((failed + 1))
	fi
	if [ $changed -eq 1 ]; then
		local tmp
		tmp=$(mktemp "$md.XXXXXX") || exit 2
		printf '%s\n' "${out[@]}" >"$tmp"
		chmod --reference="$md" -- "$tmp" 2>/dev/null || chmod 644 -- "$tmp"
		mv -- "$tmp" "$md"
		echo "doccheck: updated $md"
	fi
}

for md in "${files[@]}"; do
	if [ ! -f "$md" ]; then
		echo "FAIL $md: no such file"
		failed=$((failed + 1))
		continue
	fi
	check_file "$md"
done

if [ $update -eq 1 ]; then
	echo "doccheck: $passed unchanged, $updated updated, $failed failed"
else
	echo "doccheck: $passed passed, $failed failed"
fi
[ $failed -eq 0 ]
