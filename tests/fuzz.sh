#!/usr/bin/env bash
# fuzz.sh SECONDS — fuzz the lexer and parser with libFuzzer.
#
#     make fuzz FUZZTIME=600        (builds build/fuzz/fuzz_parser, runs this)
#     tests/fuzz.sh 60              (the binary must already be built)
#
# Seeds: every testdata/**/*.go and doc/examples/**/*.go,
# ../shared/bench/go/*.go when present, and the regression inputs in
# testdata/fuzz/ (earlier finds; the .gz ones are far over -max_len).  They are copied into build/fuzz/corpus/, which also
# keeps what the fuzzer learns from one run to the next.  Crash, timeout,
# leak and OOM inputs go to build/fuzz/artifacts/; minimize one with
#     build/fuzz/fuzz_parser -minimize_crash=1 -runs=100000 \
#         -exact_artifact_path=testdata/fuzz/NAME build/fuzz/artifacts/crash-...
# and keep it in testdata/fuzz/ (tests/fuzz-regress.sh runs them all).
#
# Prints the number of executions and whether anything crashed or timed
# out; exits 1 if something did.  The full log is build/fuzz/fuzz.log.
# ASAN_OPTIONS and UBSAN_OPTIONS from the environment are added to the
# script's own (to suppress a known report while it is being fixed, say:
# UBSAN_OPTIONS=suppressions=FILE with lines like nonnull-attribute:FUNC).
set -uo pipefail
cd "$(dirname "$0")/.."

secs=${1:-600}
case $secs in
''|*[!0-9]*) echo "usage: tests/fuzz.sh SECONDS" >&2; exit 2 ;;
esac

bin=build/fuzz/fuzz_parser
corpus=build/fuzz/corpus
artifacts=build/fuzz/artifacts
log=build/fuzz/fuzz.log
if [ ! -x "$bin" ]; then
	echo "fuzz.sh: $bin is missing: run 'make fuzz' (or make build/fuzz/fuzz_parser)" >&2
	exit 2
fi

mkdir -p "$corpus" "$artifacts"
# Seeds are named by their path so that two files of one name do not
# overwrite each other (testdata/errors/x.go -> testdata_errors_x.go).
nseeds=0
seed() {
	local f=$1
	[ -f "$f" ] || return 0
	cp -f "$f" "$corpus/seed_$(printf '%s' "$f" | tr '/' '_' | sed 's/^\.\._//')"
	nseeds=$((nseeds + 1))
}
while IFS= read -r -d '' f; do seed "$f"; done \
	< <(find testdata doc/examples -name '*.go' -type f -print0 2>/dev/null)
for f in ../shared/bench/go/*.go testdata/fuzz/*; do
	case $f in *.gz) continue ;; esac
	seed "$f"
done
echo "fuzz.sh: $nseeds seed files, corpus $corpus ($(ls "$corpus" | wc -l) inputs), $secs s"

# Artifacts from an earlier run would be reported again: move them aside.
old=$(find "$artifacts" -maxdepth 1 -type f | wc -l)
if [ "$old" -gt 0 ]; then
	mkdir -p "$artifacts/old"
	find "$artifacts" -maxdepth 1 -type f -exec mv -f {} "$artifacts/old/" \;
fi

# libFuzzer stops at the first crash or timeout.  To fuzz for the whole
# time anyway, it is started again with the time that is left (what it
# learnt is in the corpus directory, so it goes on from there); every
# artifact is kept.  (-fork with -ignore_crashes would do the same, but
# prints neither stat::number_of_executed_units nor comparable cov/ft.)
# Each run's output is build/fuzz/fuzz.log.N; $log has them all.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
rm -f "$log" "$log".*
start=$(date +%s)
deadline=$((start + secs))
runs=0
status=0
while :; do
	left=$((deadline - $(date +%s)))
	[ "$left" -ge 1 ] || break
	runs=$((runs + 1))
	"$bin" "$corpus" \
		-dict=tests/fuzz.dict \
		-max_total_time="$left" -timeout=5 -rss_limit_mb=2048 -max_len=8192 \
		-artifact_prefix="$artifacts/" \
		-print_final_stats=1 >"$log.$runs" 2>&1
	rc=$?
	cat "$log.$runs" >>"$log"
	[ "$rc" -eq 0 ] && break
	status=$rc
	echo "fuzz.sh: run $runs stopped (exit $rc) after $(( $(date +%s) - start )) s:" \
		"$(grep -m1 -E 'ERROR: |runtime error:|SUMMARY: ' "$log.$runs")"
	# A crash while reading the corpus, before the fuzzing proper
	# (libFuzzer's "INITED" line), would come back at every restart.
	if ! grep -q 'INITED' "$log.$runs"; then
		echo "fuzz.sh: an input of the corpus crashes: fix that first"
		break
	fi
	if [ "$runs" -ge 100 ]; then
		echo "fuzz.sh: giving up after $runs runs"
		break
	fi
done

execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s += $2} END {print s + 0}')
last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1)
cov=$(printf '%s\n' "$last" | grep -oE 'cov: [0-9]+' | awk '{print $2}')
ft=$(printf '%s\n' "$last" | grep -oE 'ft: [0-9]+' | awk '{print $2}')
corp=$(printf '%s\n' "$last" | grep -oE 'corp: [0-9]+(/[0-9a-zA-Z]+)?' | awk '{print $2}')

crashes=$(find "$artifacts" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'oom-*' \) | wc -l)
timeouts=$(find "$artifacts" -maxdepth 1 -type f \( -name 'timeout-*' -o -name 'slow-unit-*' \) | wc -l)
reports=$(grep -cE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: UndefinedBehaviorSanitizer' "$log")

echo "fuzz.sh: executions: $execs in $(( $(date +%s) - start )) s ($runs libFuzzer run(s))"
echo "fuzz.sh: coverage: cov ${cov:-?} ft ${ft:-?} corpus ${corp:-?}"
echo "fuzz.sh: crashes: $crashes, timeouts: $timeouts, sanitizer reports in the log: $reports (last libFuzzer exit $status)"
if [ "$crashes" -gt 0 ] || [ "$timeouts" -gt 0 ] || [ "$reports" -gt 0 ]; then
	echo "fuzz.sh: FAILED: see $log and $artifacts/"
	find "$artifacts" -maxdepth 1 -type f | sed 's/^/  /'
	exit 1
fi
if [ "$status" -ne 0 ]; then
	echo "fuzz.sh: FAILED: libFuzzer exited with $status: see $log"
	exit 1
fi
echo "fuzz.sh: ok, nothing crashed or timed out"
