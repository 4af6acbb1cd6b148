#!/usr/bin/env bash
# tests/run.sh — the whole test suite; `make test` builds everything and
# runs this.  Sections:
#
#   unit      the Check suites in tests/ (build/tests/test_*)
#   check     every program in testdata/run/, doc/examples/ and the
#             benchmarks must lex, parse and type-check without a word
#             on stderr (gosub build -dump types)
#   errors    testdata/errors/: Go's errorcheck convention (// ERROR "re"),
#             and, where gc's own output is recorded (NAME.gc, made by
#             tests/gc-errors.sh), exactly gc's lines and columns
#   run       every T1 program in testdata/run/ (t1_*.go) is compiled with
#             -d ssa/check for amd64 and for arm64, run (arm64 under
#             qemu-aarch64), and compared with gc's output, exit status
#             and first stderr line (tests/run-programs.sh); the T2-T4
#             programs too, where they compile (the constructs gosub does
#             not compile yet are counted as skipped, by name)
#             and all of it again with GOSUBDEBUG=gcstress=1,checkstack=1,
#             which makes the collector run at every allocation and check
#             that no heap object points into the stack (programs marked
#             "// gcstress: skip (REASON)" are skipped there)
#   escape    testdata/escape/: gosub -m must print exactly gc 1.19's
#             decisions (FILE.gc); files listed in testdata/escape/KNOWN
#             are known differences (tests/escape-check.sh); and gosub
#             -m=2 exactly gc's whole report, flows included, in order
#             (FILE.m2, here and in testdata/escape2/; the differences in
#             testdata/escape2/KNOWN; tests/escape2-check.sh)
#   asm       testdata/asm/: instruction selection checks per target, in
#             the style of Go's test/codegen (tests/asmcheck.sh)
#   cli       the command line of SPEC.md (tests/cli.sh)
#   fuzz      inputs that once crashed the fuzzer must not crash again
#   docs      every gosub output quoted in doc/ is what gosub prints now
#   asan      unit, parse and errors again with the AddressSanitizer and
#             UBSan build (build/asan/)
#
# A test in testdata/errors/ whose header says `// needs: STAGE` checks an
# error that a stage not written yet reports (the type checker, say); it
# is counted as skipped, and named, until STAGE is in IMPLEMENTED below.
#
# The last line is "N passed, M failed, K skipped"; the exit status is 1
# if anything failed.
set -u
cd "$(dirname "$0")/.."

IMPLEMENTED="lexer parser types"
GOSUB=${GOSUB:-./gosub}
BENCH_GO=../shared/bench/go
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

pass=0
fail=0
skip=0

failed() {
	fail=$((fail + 1))
	echo "FAIL: $*"
}

needs_missing_stage() {
	local stage
	stage=$(sed -n 's|^// needs: \([a-z]*\).*|\1|p' "$1" | head -n 1)
	[ -n "$stage" ] || return 1
	case " $IMPLEMENTED " in
	*" $stage "*) return 1 ;;
	esac
	echo "$stage"
}

# Check's suites print "100%: Checks: N, Failures: F, Errors: E".
run_unit() {
	local bin out line n f e
	for bin in "$@"; do
		[ -x "$bin" ] || { failed "$bin was not built"; continue; }
		out=$("$bin" 2>&1)
		local status=$?
		line=$(printf '%s\n' "$out" | grep -E 'Checks: [0-9]+' | tail -n 1)
		if [ -z "$line" ]; then
			failed "$bin: no Check summary (status $status)"
			printf '%s\n' "$out" | tail -n 20
			continue
		fi
		n=$(sed -E 's/.*Checks: ([0-9]+).*/\1/' <<<"$line")
		f=$(sed -E 's/.*Failures: ([0-9]+).*/\1/' <<<"$line")
		e=$(sed -E 's/.*Errors: ([0-9]+).*/\1/' <<<"$line")
		pass=$((pass + n - f - e))
		fail=$((fail + f + e))
		echo "  $bin: $line"
		if [ "$f" -gt 0 ] || [ "$e" -gt 0 ] || [ $status -ne 0 ]; then
			printf '%s\n' "$out" | grep -vE '^(Running suite|[0-9]+%: Checks)' | head -n 40
		fi
	done
}

# Every valid program must parse and type-check, quietly.
run_check() {
	local gosub=$1 f n=0
	shift
	for f in "$@"; do
		[ -f "$f" ] || continue
		n=$((n + 1))
		if timeout 10 "$gosub" build -dump types "$f" >"$TMP/out" 2>"$TMP/err" && [ ! -s "$TMP/err" ]; then
			pass=$((pass + 1))
		else
			failed "check $f ($gosub)"
			head -n 6 "$TMP/err"
		fi
	done
	echo "  $n programs parsed and type-checked with $gosub"
}

run_errors() {
	local gosub=$1 f stage n=0
	for f in testdata/errors/*.go; do
		if stage=$(needs_missing_stage "$f"); then
			skip=$((skip + 1))
			[ "$gosub" = "$GOSUB" ] && echo "  skipped $f: needs the $stage stage"
			continue
		fi
		n=$((n + 1))
		if build/errorcheck "$f" -- "$gosub" build -o "$TMP/a.out" >"$TMP/ec" 2>&1; then
			pass=$((pass + 1))
		else
			failed "errorcheck $f ($gosub)"
			head -n 12 "$TMP/ec"
		fi
		# gc's own diagnostics, recorded by tests/gc-errors.sh: the same
		# lines, columns and order
		local gc=${f%.go}.gc
		if [ -f "$gc" ]; then
			"$gosub" build -o "$TMP/a.out" "$f" 2>&1 |
				sed -nE 's/^[^ ]*\.go:([0-9]+:[0-9]+: .*)$/\1/p' >"$TMP/ours"
			if cmp -s "$gc" "$TMP/ours"; then
				pass=$((pass + 1))
			else
				failed "positions $f ($gosub): not gc's (diff gc gosub)"
				diff "$gc" "$TMP/ours" | head -n 8
			fi
		fi
	done
	echo "  $n error tests with $gosub"
}

# Other scripts end with a plain "name: N passed, M failed" line.
run_counted() {
	local out line p f
	out=$("$@" 2>&1)
	local status=$?
	line=$(printf '%s\n' "$out" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -n 1)
	if [ -z "$line" ]; then
		failed "$*: no summary (status $status)"
		printf '%s\n' "$out" | tail -n 20
		return
	fi
	p=$(sed -E 's/.* ([0-9]+) passed.*/\1/' <<<"$line")
	f=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")
	pass=$((pass + p))
	fail=$((fail + f))
	if grep -qE '[0-9]+ skipped' <<<"$line"; then
		skip=$((skip + $(sed -E 's/.* ([0-9]+) skipped.*/\1/' <<<"$line")))
	fi
	echo "  $line"
	if [ "$f" -gt 0 ] || [ $status -ne 0 ]; then
		printf '%s\n' "$out" | grep -v ' passed, ' | head -n 40
		[ "$f" -gt 0 ] || failed "$*: exit status $status"
	fi
}

parse_corpus=(testdata/run/*.go doc/examples/*.go)   # doc/examples/errors/ holds the broken ones
[ -d "$BENCH_GO" ] && parse_corpus+=("$BENCH_GO"/*.go)
corpus=("${parse_corpus[@]}")

echo "== unit"
run_unit build/tests/test_*
echo "== check"
[ -d "$BENCH_GO" ] || echo "  ($BENCH_GO not found: benchmarks not checked)"
run_check "$GOSUB" "${corpus[@]}"
echo "== errors"
run_errors "$GOSUB"
echo "== run (amd64, and arm64 under qemu-aarch64)"
run_counted tests/run-programs.sh -arch amd64 -gosub "$GOSUB" testdata/run/t1_*.go
run_counted tests/run-programs.sh -arch arm64 -gosub "$GOSUB" testdata/run/t1_*.go
# the later tiers, as far as they compile: what gosub refuses with
# "unsupported: ..." is skipped, anything it compiles must be right
later=(testdata/run/t2_*.go testdata/run/t3_*.go testdata/run/t4_*.go testdata/run/lib_*.go testdata/run/syn_*.go)
run_counted tests/run-programs.sh -later -arch amd64 -gosub "$GOSUB" "${later[@]}"
run_counted tests/run-programs.sh -later -arch arm64 -gosub "$GOSUB" "${later[@]}"
echo "== run under GOSUBDEBUG=gcstress=1,checkstack=1 (a collection at every allocation, and"
echo "   every heap object checked for pointers into the stack: escape analysis's soundness)"
GOSUBDEBUG=gcstress=1,checkstack=1 RUN_TIMEOUT=90 run_counted tests/run-programs.sh -arch amd64 -gosub "$GOSUB" testdata/run/t1_*.go
GOSUBDEBUG=gcstress=1,checkstack=1 RUN_TIMEOUT=90 run_counted tests/run-programs.sh -later -arch amd64 -gosub "$GOSUB" "${later[@]}"
GOSUBDEBUG=gcstress=1,checkstack=1 RUN_TIMEOUT=90 run_counted tests/run-programs.sh -arch arm64 -gosub "$GOSUB" testdata/run/t1_*.go
GOSUBDEBUG=gcstress=1,checkstack=1 RUN_TIMEOUT=90 run_counted tests/run-programs.sh -later -arch arm64 -gosub "$GOSUB" "${later[@]}"

echo "== escape (testdata/escape: gosub -m against gc 1.19's decisions; each program also run under checkstack)"
run_counted tests/escape-check.sh -gosub "$GOSUB" testdata/escape/*.go
echo "== escape -m=2 (testdata/escape, testdata/escape2: the whole report, every flow, in gc's order)"
run_counted tests/escape2-check.sh -gosub "$GOSUB" testdata/escape/*.go testdata/escape2/*.go

echo "== asm (instruction selection, both targets)"
run_counted tests/asmcheck.sh -gosub "$GOSUB"
echo "== command line"
run_counted tests/cli.sh
if [ -x tests/fuzz-regress.sh ]; then
	echo "== fuzz regressions"
	FUZZ_BIN= run_counted tests/fuzz-regress.sh
fi
if [ -x tests/doccheck.sh ]; then
	echo "== docs"
	run_counted tests/doccheck.sh
fi
echo "== asan (AddressSanitizer + UBSan)"
if [ -x build/asan/gosub ]; then
	export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
	export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
	run_unit build/asan/tests/test_*
	run_check build/asan/gosub "${corpus[@]}"
	run_errors build/asan/gosub
else
	failed "build/asan/gosub was not built (make asan)"
fi

echo
echo "total: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
