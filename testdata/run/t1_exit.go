// Exercises os.Exit with a non-zero status and the print/println builtins (which write to stderr).
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred calls do not run on os.Exit")
	println("to stderr", 1, true)
	print("print", 2, "\n")
	fmt.Println("stdout before exit")
	fmt.Println(len(os.Args))
	if len(os.Args) < 100 {
		os.Exit(3)
	}
	fmt.Println("not reached")
}

// Output:
// stdout before exit
// 1
// Exit: 3
// Stderr: to stderr 1 true
