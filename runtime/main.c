/* main.c — program entry: os.Args, main.init, main.main, os.Exit.
 *
 * A gosub program is linked with this runtime, and the C library's start
 * code calls the C main below.  It does what gc's runtime does before and
 * after user code, in the same order:
 *
 *     0. the collector records where the stack ends: at argv, which the
 *        kernel put above every frame, the C start code's included
 *        (gc.c scans the stack from its own frame up to there);
 *     1. os.Args gets one string per argv entry (argv[0] first), in an
 *        array from rt_alloc, scanned conservatively, kept alive by the
 *        global os.Args;
 *     2. the SIGSEGV handler goes in, so a nil dereference panics, and
 *        GOSUBDEBUG's maptrace is read (map.c);
 *     3. main.init runs the package's variable initializers and init
 *        functions (generated code);
 *     4. main.main runs (generated code);
 *     5. returning from main.main ends the program with status 0.
 *
 * os.Args is a Go global, so it carries its Go name, and generated code
 * loads it like any package variable.  Its strings point into argv, which
 * lives as long as the process and which Go code never writes (strings are
 * immutable), so nothing is copied.
 *
 * The test suites link the runtime without a Go program; they compile this
 * file with -DRT_NO_MAIN, which leaves out C's main and its references to
 * main.init and main.main.
 */
#include <string.h>
#include <unistd.h>

#include "runtime.h"

/* os.Args: the command line, set once before main.init. */
GoSlice os_Args __asm__("os.Args");

void os_Exit(int64_t code)
{
	_exit((int)code);
}

void rt_exit(int64_t code)
{
	_exit((int)code);
}

#ifndef RT_NO_MAIN
extern void go_main_init(void) __asm__("main.init");
extern void go_main_main(void) __asm__("main.main");

int main(int argc, char **argv)
{
	rt_gc_init(argv);
	GoString *args = rt_alloc((int64_t)argc * (int64_t)sizeof(GoString));
	for (int i = 0; i < argc; i++)
		args[i] = (GoString){(const uint8_t *)argv[i], (int64_t)strlen(argv[i])};
	os_Args = (GoSlice){args, argc, argc};
	rt_install_fault_handler();
	rt_map_configure();
	go_main_init();
	go_main_main();
	rt_exit(0);
}
#endif
