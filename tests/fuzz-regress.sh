#!/usr/bin/env bash
# fuzz-regress.sh — the inputs in testdata/fuzz/ once crashed or hung the
# front end (found by tests/fuzz.sh, or by hand with inputs too large for
# the fuzzer); none may do so again.
#
# Each file is given, as a .go file, to
#     ./gosub build -dump tokens,  ./gosub build -dump ast,  ./gosub build
# and, when they have been built, to the same commands of build/asan/gosub
# (make asan: AddressSanitizer + UBSan) and to the fuzz target itself,
# build/fuzz/fuzz_parser (make fuzz), which runs the input once.  Every
# run must end within 10 s, by itself (no signal), with status 0, 1 or 2
# (gosub's success, errors in the program, usage or a stage not written
# yet), and without a sanitizer report on stderr.  Whether gosub accepts
# or rejects the input, and its messages, are not checked: inputs are junk.
#
# Files are kept without a .go suffix, so that nothing that collects
# testdata/**/*.go takes them for test programs.  A file ending in .gz is
# decompressed first: that is how inputs of megabytes are kept (a
# million-term expression, say, which only overflows the stack when it is
# that deep).  Inputs over 64 KB skip -dump ast, whose output is
# quadratic in the depth of the tree by design (one line per node,
# indented by its depth), and inputs over 8 KB skip the fuzz target, which
# is made for the fuzzer's -max_len=8192 and dumps the AST.
#
# The last line is "fuzz-regress: N passed, M failed" (one test per file);
# the exit status is 1 if any failed.
set -u
cd "$(dirname "$0")/.."

GOSUB=${GOSUB:-./gosub}
ASAN_GOSUB=${ASAN_GOSUB:-build/asan/gosub}
FUZZ_BIN=${FUZZ_BIN-build/fuzz/fuzz_parser}  # empty: skip it (make test does, as it does not rebuild it)
LIMIT=10
# the sanitizers make a run 2-3 times slower, and the inputs here are the
# megabyte-sized ones: their limit is a hang detector, not a speed test
ASAN_LIMIT=40
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# A sanitizer's finding must not look like gosub's own "exit 1".
export ASAN_OPTIONS="exitcode=86:detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="exitcode=86:halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

if [ ! -x "$GOSUB" ]; then
	echo "fuzz-regress: $GOSUB is missing: run make"
	echo "fuzz-regress: 0 passed, 1 failed"
	exit 1
fi

pass=0
fail=0
why=

# check NAME CMD... — runs CMD; sets why when it misbehaves.
check() {
	local name=$1
	shift
	local before=$why
	local limit=$LIMIT
	case $name in asan*) limit=$ASAN_LIMIT ;; esac
	# (in a subshell whose stderr is dropped, so that bash's own
	# "Segmentation fault" line does not clutter the report)
	(timeout -s KILL "$limit" "$@" >/dev/null 2>"$TMP/err"; exit $?) 2>/dev/null
	local st=$?
	if [ $st -eq 137 ]; then
		why="$why; $name: no end within ${limit}s (or killed)"
	elif [ $st -gt 128 ]; then
		why="$why; $name: killed by signal $((st - 128))"
	elif [ $st -gt 2 ]; then
		why="$why; $name: exit status $st"
	fi
	if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: (Address|Undefined|Leak)' "$TMP/err"; then
		why="$why; $name: sanitizer report: $(grep -m1 -E 'ERROR: |runtime error:' "$TMP/err")"
	fi
	if [ "$why" != "$before" ]; then
		sed 's/^/    /' "$TMP/err" | head -n 12 >>"$TMP/report"
	fi
}

shopt -s nullglob
for f in testdata/fuzz/*; do
	[ -f "$f" ] || continue
	case $f in *.md) continue ;; esac
	case $f in
	*.gz) gzip -dc "$f" >"$TMP/input.go" || { echo "FAIL: $f: not gzip"; fail=$((fail + 1)); continue; } ;;
	*) cp "$f" "$TMP/input.go" ;;
	esac
	size=$(wc -c <"$TMP/input.go")
	why=
	: >"$TMP/report"
	check "gosub -dump tokens" "$GOSUB" build -dump tokens "$TMP/input.go"
	[ "$size" -le 65536 ] && check "gosub -dump ast" "$GOSUB" build -dump ast "$TMP/input.go"
	check "gosub build" "$GOSUB" build -o "$TMP/out" "$TMP/input.go"
	if [ -x "$ASAN_GOSUB" ]; then
		check "asan gosub -dump tokens" "$ASAN_GOSUB" build -dump tokens "$TMP/input.go"
		[ "$size" -le 65536 ] && check "asan gosub -dump ast" "$ASAN_GOSUB" build -dump ast "$TMP/input.go"
		check "asan gosub build" "$ASAN_GOSUB" build -o "$TMP/out" "$TMP/input.go"
	fi
	if [ -x "$FUZZ_BIN" ] && [ "$size" -le 8192 ]; then
		check "fuzz_parser" "$FUZZ_BIN" "$TMP/input.go"
	fi
	if [ -z "$why" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $f"
		printf '%s\n' "${why#; }" | sed 's/; /\n/g' | sed 's/^/  /'
		cat "$TMP/report"
	fi
done

echo "fuzz-regress: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
