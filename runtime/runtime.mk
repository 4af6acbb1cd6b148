# runtime.mk — the C runtime, built once per target, and its Check suites.
#
# Included from the top-level Makefile, run from the repository root:
#
#   build/rt/amd64/libgosubrt.a   gcc                    (RT_LIB_amd64)
#   build/rt/arm64/libgosubrt.a   aarch64-linux-gnu-gcc  (RT_LIB_arm64)
#   build/tests/test_rt_string    Check suites, built for the host from the
#   build/tests/test_rt_fmt       same sources with -DRT_NO_MAIN
#   build/tests/test_rt_iface     (interfaces and error values)
#   build/tests/test_rt_map       (maps, their hashes, and fmt of maps)
#   build/tests/test_gc           (the collector: tests/test_gc.c)
#
# The runtime is linked into every compiled program, statically and
# without position independence; no stack protector, because generated
# code calls into it with stacks it lays out itself.  A program links as
#
#   gcc -static -no-pie prog.o $(RT_LIB_amd64)
#
# runtime/isprint.c is generated (see runtime/isprint_gen.go) and kept in
# the tree, so building needs no Go toolchain.

RT_SRCS    := runtime/malloc.c runtime/gc.c runtime/fmt.c runtime/isprint.c runtime/main.c \
              runtime/panic.c runtime/print.c runtime/slice.c runtime/string.c runtime/defer.c \
              runtime/lib_strings.c runtime/lib_sort.c runtime/iface.c runtime/lib_errors.c \
              runtime/map.c runtime/hash.c
RT_HEADERS := runtime/abi.h runtime/runtime.h runtime/heap.h
RT_CFLAGS  := -std=c11 -D_GNU_SOURCE -O2 -fno-stack-protector -fno-pie \
              -Wall -Wextra -Werror
RT_CC_amd64 := gcc
RT_CC_arm64 := aarch64-linux-gnu-gcc
RT_AR_amd64 := ar
RT_AR_arm64 := aarch64-linux-gnu-ar

RT_OBJS_amd64 := $(RT_SRCS:runtime/%.c=build/rt/amd64/%.o) build/rt/amd64/asm_amd64.o
RT_OBJS_arm64 := $(RT_SRCS:runtime/%.c=build/rt/arm64/%.o) build/rt/arm64/asm_arm64.o
RT_LIB_amd64  := build/rt/amd64/libgosubrt.a
RT_LIB_arm64  := build/rt/arm64/libgosubrt.a

.PHONY: runtime rt-unit
runtime: $(RT_LIB_amd64) $(RT_LIB_arm64)

build/rt/amd64/%.o: runtime/%.c $(RT_HEADERS)
	@mkdir -p $(dir $@)
	$(RT_CC_amd64) $(RT_CFLAGS) -c $< -o $@

build/rt/arm64/%.o: runtime/%.c $(RT_HEADERS)
	@mkdir -p $(dir $@)
	$(RT_CC_arm64) $(RT_CFLAGS) -c $< -o $@

# per-architecture assembly: calling Go closures from C
build/rt/amd64/asm_amd64.o: runtime/asm_amd64.S
	@mkdir -p $(dir $@)
	$(RT_CC_amd64) -c $< -o $@

build/rt/arm64/asm_arm64.o: runtime/asm_arm64.S
	@mkdir -p $(dir $@)
	$(RT_CC_arm64) -c $< -o $@

$(RT_LIB_amd64): $(RT_OBJS_amd64)
	rm -f $@
	$(RT_AR_amd64) rcs $@ $^

$(RT_LIB_arm64): $(RT_OBJS_arm64)
	rm -f $@
	$(RT_AR_arm64) rcs $@ $^

# ---- unit tests: the runtime's functions called from C ----------------------

RT_TEST_BINS := build/tests/test_rt_string build/tests/test_rt_fmt build/tests/test_rt_iface build/tests/test_rt_map \
                build/tests/test_gc

build/tests/test_rt_%: tests/test_rt_%.c $(RT_SRCS) $(RT_HEADERS) runtime/asm_amd64.S
	@mkdir -p build/tests
	gcc $(RT_CFLAGS) -no-pie -g -DRT_NO_MAIN $(CHECK_CFLAGS) $< $(RT_SRCS) runtime/asm_amd64.S $(CHECK_LIBS) -o $@

# the collector's suite, built like the test_rt_ ones (an explicit rule,
# ahead of the top-level Makefile's pattern for the front-end suites)
build/tests/test_gc: tests/test_gc.c $(RT_SRCS) $(RT_HEADERS) runtime/asm_amd64.S
	@mkdir -p build/tests
	gcc $(RT_CFLAGS) -no-pie -g -DRT_NO_MAIN $(CHECK_CFLAGS) $< $(RT_SRCS) runtime/asm_amd64.S $(CHECK_LIBS) -o $@

rt-unit: $(RT_TEST_BINS)
	@for t in $(RT_TEST_BINS); do $$t || exit 1; done
