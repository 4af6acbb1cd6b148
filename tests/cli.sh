#!/usr/bin/env bash
# tests/cli.sh — the command line of SPEC.md: every flag is parsed, stages
# that are not written yet say so by name with exit status 2, usage errors
# exit 2, errors in the program exit 1, and the dumps exit 0.
# Ends with "cli: N passed, M failed".
set -u
cd "$(dirname "$0")/.."
GOSUB=${GOSUB:-./gosub}
DEMO=doc/examples/demo.go
BROKEN=doc/examples/errors/broken.go
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0
fail=0

# expect STATUS REGEXP ARGS...: runs gosub ARGS, wants the exit status and
# a line of its output (stdout and stderr together) matching REGEXP.
expect() {
	local want=$1 re=$2
	shift 2
	local out status
	out=$(timeout 10 "$GOSUB" "$@" 2>&1)
	status=$?
	if [ "$status" -eq "$want" ] && grep -qE -- "$re" <<<"$out"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: gosub $* -> status $status (want $want), output:"
		head -n 5 <<<"$out"
		echo "  (wanted a line matching: $re)"
	fi
}

expect 0 '^gosub version [0-9]' version
expect 0 '^usage: gosub build' -h
expect 0 '-dump tokens\|ast\|types' build -h
expect 2 '^usage: gosub build' 
expect 2 'unknown command frob' frob
expect 2 'no \.go files given' build
expect 2 'not a \.go file' build README.md
expect 2 'unknown flag -frob' build -frob "$DEMO"
expect 2 '-arch sparc: the targets are amd64 and arm64' build -arch sparc "$DEMO"
expect 2 '-dump sql: choose tokens, ast or types' build -dump sql "$DEMO"
expect 2 '-m=3: the levels are -m and -m=2' build -m=3 "$DEMO"
expect 2 '-d foo: the only debug setting is ssa/check' build -d foo "$DEMO"
expect 1 'nope\.go: No such file' build nope.go

# the front end works and stops where asked
expect 0 '^1:1 +package$' build -dump tokens "$DEMO"
expect 0 '^  FuncDecl @6:6$' build -dump ast "$DEMO"
expect 0 '^  FuncDecl @6:6$' build -arch arm64 -dump ast "$DEMO"
GOARCH=arm64 expect 0 '^  FuncDecl @6:6$' build -dump ast "$DEMO"
expect 1 'broken\.go:9:2: syntax error: unexpected }, expecting expression' build "$BROKEN"
expect 1 'broken\.go:9:2: syntax error' build -dump ast "$BROKEN"

# the type checker: the typed AST, runtime.GOARCH following -arch, errors
expect 0 '^Initialization order:' build -dump types "$DEMO"
expect 0 'name: Name main @13:6 -> main#[0-9]+ \(func\(\), declared at demo\.go:13:6\)' build -dump types "$DEMO"
printf 'package main\n\nimport "runtime"\n\nconst arch = runtime.GOARCH\n\nfunc main() { println(arch) }\n' >"$TMP/arch.go"
expect 0 'arch#1 \(const string = "amd64"' build -arch amd64 -dump types "$TMP/arch.go"
expect 0 'arch#1 \(const string = "arm64"' build -arch arm64 -dump types "$TMP/arch.go"
printf 'package main\n\nfunc main() {\n\tvar s string = 1\n}\n' >"$TMP/bad.go"
expect 1 'bad\.go:4:17: cannot use 1 \(untyped int constant\) as string value in variable declaration' build "$TMP/bad.go"
printf 'package main\n\nfunc main() {\n\tx := 1\n}\n' >"$TMP/unused.go"
expect 1 'unused\.go:4:2: x declared but not used' build -dump types "$TMP/unused.go"

# the stages to come are named, after the front end has checked the file
expect 0 'demo\.go:14:24: sum\(10\) escapes to heap' build -m -o "$TMP/out" "$DEMO"
expect 0 'demo\.go:14:24:   flow: \{storage for \.\.\. argument\} = &\{storage for sum\(10\)\}:' build -m=2 -o "$TMP/out" "$DEMO"
gosub_abs=$(cd "$(dirname "$GOSUB")" && pwd)/$(basename "$GOSUB")
demo_abs=$PWD/$DEMO
(cd "$TMP" && "$gosub_abs" build -ssa-html sum -o out "$demo_abs" 2>/dev/null)
if grep -q '<th>gvn</th>' "$TMP/ssa.html" 2>/dev/null && grep -q 'Phi &lt;int&gt;' "$TMP/ssa.html"; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "FAIL: -ssa-html sum: no ssa.html with a gvn column and the sum's Phis"
fi

# the back end: SSA dumps, the verifier, assembly, programs that run
expect 0 '^== main\.sum: start$' build -ssa sum -o "$TMP/out" "$DEMO"
expect 0 '^== main\.main: after ' build -ssa main.main -o "$TMP/out" "$DEMO"
expect 0 'v[0-9]+ = Phi <int> v[0-9]+ v[0-9]+ \(total\)' build -ssa sum -o "$TMP/out" "$DEMO"
expect 0 '^== main\.sum: registers \(amd64\)$' build -ssa sum -o "$TMP/out" "$DEMO"
expect 0 '^$' build -d ssa/check -o "$TMP/out" "$DEMO"
expect 0 '^$' build -O0 -o "$TMP/out" "$DEMO"
expect 0 '^sum 55$' run -O0 "$DEMO"
expect 0 '^$' build -S -o "$TMP/out" "$DEMO"
if grep -qE '; v[0-9]+ = Add <int> v[0-9]+ v[0-9]+ \(total\) +demo\.go:8 +total \+= i' "$TMP/out.asm"; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "FAIL: -S: no annotated Add for demo.go:8 in $TMP/out.asm"
fi
expect 0 '^sum 55$' run "$DEMO" -- a b
printf 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println(len(os.Args), os.Args[1])\n\tos.Exit(3)\n}\n' >"$TMP/exit.go"
expect 3 '^3 a$' run "$TMP/exit.go" -- a b
printf 'package main\n\nfunc main() {\n\tgo println()\n}\n' >"$TMP/go.go"
expect 1 'go\.go:4:2: unsupported: go statements' build -o "$TMP/out" "$TMP/go.go"
expect 0 '^sum 55$' run -arch arm64 "$DEMO"
GOARCH=arm64 expect 0 '^sum 55$' run "$DEMO"
expect 3 '^3 a$' run -arch arm64 "$TMP/exit.go" -- a b
expect 0 '^== main\.sum: registers \(arm64\)$' build -arch arm64 -ssa sum -o "$TMP/out" "$DEMO"
expect 0 '^$' build -arch arm64 -S -o "$TMP/out" "$DEMO"
if grep -qE '// v[0-9]+ = Add <int> v[0-9]+ v[0-9]+ \(total\) +demo\.go:8 +total \+= i' "$TMP/out.s"; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "FAIL: -arch arm64 -S: no annotated Add for demo.go:8 in $TMP/out.s"
fi
expect 1 'syntax error' run "$BROKEN"
# a source line ending in a backslash: no annotation may end in one, or
# NASM would join the next line (an instruction) to the comment
expect 0 '^$' build -S -o "$TMP/bs" testdata/run/t1_comment_backslash.go
if grep -q '\\$' "$TMP/bs.asm"; then
	fail=$((fail + 1))
	echo "FAIL: -S: an annotation in $TMP/bs.asm ends in a backslash"
else
	pass=$((pass + 1))
fi

# GOSUB_ALLHEAP=1: the same decisions, but every allocation on the heap
expect 0 '^$' build -S -o "$TMP/st" doc/examples/escape_stores.go
GOSUB_ALLHEAP=1 expect 0 '^$' build -S -o "$TMP/allheap" doc/examples/escape_stores.go
on=$(grep -c 'call.*rt_newobject' "$TMP/st.asm")
off=$(grep -c 'call.*rt_newobject' "$TMP/allheap.asm")
if [ "$off" -gt "$on" ] && [ "$("$TMP/allheap" 2>&1)" = "$("$TMP/st" 2>&1)" ]; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "FAIL: GOSUB_ALLHEAP=1: $off heap allocations (want more than $on), or a different output"
fi

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
