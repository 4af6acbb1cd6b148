# gosub — build, test and demo.
#
#   make            build ./gosub
#   make demo       install what is missing, build, show gosub at work
#   make test       install what is missing, build, run every test
#   make asan       build build/asan/gosub with AddressSanitizer + UBSan
#   make fuzz       fuzz the lexer, parser and checker (FUZZTIME=seconds, default 600)
#   make docs       regenerate the examples in doc/ from gosub's output
#   make clean

CC      ?= gcc
CFLAGS  ?= -O2 -g
WARN    := -Wall -Wextra -Werror
STD     := -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L
CHECK_CFLAGS := $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   := $(shell pkg-config --libs check 2>/dev/null)
BISON   := bison
FLEX    := flex
ASAN    := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

# The front end: everything up to and including the AST.
FRONT_SRCS := common/arena.c common/intern.c common/diag.c \
              lexer/lexer.c parser/parser.tab.c parser/ast.c parser/build.c \
              parser/parse_error.c parser/branches.c \
              types/check.c types/const.c types/universe.c types/type.c \
              types/lookup.c types/decl.c types/typexpr.c types/expr.c types/index.c types/selector.c \
              types/call.c types/stmt.c types/lib.c types/dump.c types/lib_sources.c
# The middle and the back: SSA and its passes, register allocation and
# the targets' emitters.
BACK_SRCS  := ssa/func.c ssa/build.c ssa/build_data.c ssa/build_expr.c ssa/build_call.c ssa/build_iface.c ssa/build_map.c ssa/build_stmt.c ssa/build_closure.c ssa/print.c ssa/dom.c ssa/verify.c ssa/pass.c \
              ssa/copyprop.c ssa/constfold.c ssa/dce.c ssa/gvn.c ssa/critical.c ssa/branchelim.c ssa/fuse.c ssa/parse.c ssa/html.c \
              escape/escape.c escape/gcpos.c escape/lower.c escape/lower_stmt.c escape/gcfmt.c escape/flows.c escape/flows_eval.c escape/wrappers.c \
              codegen/regalloc.c codegen/common.c codegen/amd64/abi.c codegen/amd64/emit.c \
              codegen/arm64/abi.c codegen/arm64/emit.c
LIB_GO     := $(sort $(shell find lib -name '*.go'))
GOSUB_SRCS := $(FRONT_SRCS) $(BACK_SRCS) driver/main.c
HEADERS    := $(wildcard common/*.h lexer/*.h parser/*.h types/*.h ssa/*.h ssa/*.def escape/*.h codegen/*.h runtime/abi.h) parser/parser.tab.h

OBJ      := build/obj
ASAN_OBJ := build/asan
FRONT_OBJS      := $(FRONT_SRCS:%.c=$(OBJ)/%.o)
BACK_OBJS       := $(BACK_SRCS:%.c=$(OBJ)/%.o)
GOSUB_OBJS      := $(GOSUB_SRCS:%.c=$(OBJ)/%.o)
ASAN_FRONT_OBJS := $(FRONT_SRCS:%.c=$(ASAN_OBJ)/%.o)
ASAN_BACK_OBJS  := $(BACK_SRCS:%.c=$(ASAN_OBJ)/%.o)
ASAN_GOSUB_OBJS := $(GOSUB_SRCS:%.c=$(ASAN_OBJ)/%.o)

UNIT_TESTS := lexer parser decls gc_syntax diag const types ssa regalloc escape
UNIT_BINS      := $(UNIT_TESTS:%=build/tests/test_%)
ASAN_UNIT_BINS := $(UNIT_TESTS:%=build/asan/tests/test_%)

.PHONY: all deps demo test asan fuzz docs clean unit check-docs
all: gosub runtime-host

include runtime/runtime.mk

# The runtime for the host's architecture always; arm64's when its cross
# compiler is installed (tools/install-deps.sh installs it).
.PHONY: runtime-host
runtime-host: $(RT_LIB_amd64) $(if $(shell command -v $(RT_CC_arm64)),$(RT_LIB_arm64))

deps:
	@tools/install-deps.sh

# ---- generated sources ----------------------------------------------------

# Any grammar conflict fails the build: the grammar is conflict-free, and
# the few choices made with %prec are explained at the top of parser.y.
parser/parser.tab.c parser/parser.tab.h: parser/parser.y
	$(BISON) -Werror=conflicts-sr -Werror=conflicts-rr -Wcounterexamples \
		--header=parser/parser.tab.h -o parser/parser.tab.c parser/parser.y

lexer/lexer.c: lexer/lexer.l parser/parser.tab.h
	$(FLEX) -o $@ $<

# The library's Go declarations (lib/), embedded in the compiler.
types/lib_sources.c: $(LIB_GO) tools/embed-lib.sh
	tools/embed-lib.sh $@ $(LIB_GO)

# ---- the compiler ---------------------------------------------------------

$(OBJ)/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(WARN) $(CFLAGS) -DGOSUB_DEBUG -c $< -o $@

# Flex's output trips -Wsign-compare and friends; it is generated code.
$(OBJ)/lexer/lexer.o: lexer/lexer.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(WARN) -Wno-sign-compare -Wno-unused-function $(CFLAGS) -DGOSUB_DEBUG -c $< -o $@

gosub: $(GOSUB_OBJS)
	$(CC) $(CFLAGS) -pthread -o $@ $^

# ---- sanitizers -------------------------------------------------------------

$(ASAN_OBJ)/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(WARN) -O1 -g $(ASAN) -DGOSUB_DEBUG -c $< -o $@

$(ASAN_OBJ)/lexer/lexer.o: lexer/lexer.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(WARN) -Wno-sign-compare -Wno-unused-function -O1 -g $(ASAN) -DGOSUB_DEBUG -c $< -o $@

build/asan/gosub: $(ASAN_GOSUB_OBJS)
	$(CC) $(ASAN) -pthread -o $@ $^

asan: build/asan/gosub $(ASAN_UNIT_BINS)

# ---- tests ----------------------------------------------------------------

build/errorcheck: tests/errorcheck.c
	@mkdir -p build
	$(CC) $(STD) $(WARN) -O2 $< -o $@

build/tests/test_%: tests/test_%.c tests/check_util.h $(FRONT_OBJS)
	@mkdir -p build/tests
	$(CC) $(STD) $(WARN) $(CFLAGS) $(CHECK_CFLAGS) -DGOSUB_DEBUG $< $(filter %.o,$^) $(CHECK_LIBS) -o $@

build/asan/tests/test_%: tests/test_%.c tests/check_util.h $(ASAN_FRONT_OBJS)
	@mkdir -p build/asan/tests
	$(CC) $(STD) $(WARN) -O1 -g $(ASAN) $(CHECK_CFLAGS) -DGOSUB_DEBUG $< $(filter %.o,$^) $(CHECK_LIBS) -o $@

# The SSA, register-allocator and escape suites link the middle and back end too.
build/tests/test_ssa build/tests/test_regalloc build/tests/test_escape: $(BACK_OBJS)
build/asan/tests/test_ssa build/asan/tests/test_regalloc build/asan/tests/test_escape: $(ASAN_BACK_OBJS)

unit: $(UNIT_BINS) $(RT_TEST_BINS)

# Everything: unit tests, the testdata corpus, the docs' examples, and
# the front-end tests again under AddressSanitizer + UBSan.
test: deps
	$(MAKE) gosub runtime-host build/errorcheck unit asan
	tests/run.sh

check-docs: gosub
	tests/doccheck.sh

docs: gosub
	tests/doccheck.sh --update

# ---- fuzzing ----------------------------------------------------------------

FUZZTIME ?= 600
build/fuzz/fuzz_parser: tests/fuzz_parser.c $(FRONT_SRCS) $(HEADERS)
	@mkdir -p build/fuzz
	clang $(STD) -O1 -g -fsanitize=fuzzer,address,undefined -DGOSUB_DEBUG \
		-Wno-unused-function tests/fuzz_parser.c $(FRONT_SRCS) -pthread -o $@

fuzz:
	@tools/install-deps.sh --fuzz
	$(MAKE) parser/parser.tab.c lexer/lexer.c build/fuzz/fuzz_parser
	tests/fuzz.sh $(FUZZTIME)

# ---- the demo ---------------------------------------------------------------

demo: deps
	@$(MAKE) --no-print-directory gosub runtime-host
	@echo
	@echo '== doc/examples/demo.go'
	@cat doc/examples/demo.go
	@echo
	@echo '== ./gosub run doc/examples/demo.go   (compile, assemble, link, run)'
	@./gosub run doc/examples/demo.go
	@echo
	@echo '== ./gosub build -dump types doc/examples/demo.go   (the type checker: modes, types, objects)'
	@./gosub build -dump types doc/examples/demo.go | head -n 30
	@echo '   ...'
	@echo
	@echo '== ./gosub build -ssa sum -o build/demo doc/examples/demo.go   (SSA after every pass, then registers)'
	@./gosub build -ssa sum -o build/demo doc/examples/demo.go
	@echo
	@echo '== ./gosub build -S -o build/demo doc/examples/demo.go; the function sum in build/demo.asm'
	@./gosub build -S -o build/demo doc/examples/demo.go
	@sed -n '/^main.sum:/,/^section/p' build/demo.asm | grep -v '^section'
	@echo
	@echo '== ./gosub build -m -o build/demo doc/examples/escape_intro.go   (escape decisions, in gc'"'"'s words)'
	@./gosub build -m -o build/demo doc/examples/escape_intro.go
	@echo
	@echo '== ./gosub run -arch arm64 doc/examples/demo.go   (the same program for ARM64, under qemu-aarch64)'
	@./gosub run -arch arm64 doc/examples/demo.go
	@echo
	@echo '== ./gosub build doc/examples/errors/broken.go   (errors, as gc words them)'
	@./gosub build doc/examples/errors/broken.go || true
	@echo
	@echo 'Next: doc/README.md.'

clean:
	rm -rf build gosub lexer/lexer.c parser/parser.tab.c parser/parser.tab.h parser/parser.output types/lib_sources.c
