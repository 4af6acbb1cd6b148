// Exercises os.Exit with a non-zero status and the print/println builtins (which write to stderr).
package main

import (
	"fmt"
	"os"
)

func main() {
	println("to stderr", 1, true)
	print("print", 2, "\n")
	fmt.Println("stdout before exit")
	code := 3
	fmt.Println(code)
	if code > 0 {
		os.Exit(3)
	}
	fmt.Println("not reached")
}

// Output:
// stdout before exit
// 3
// Exit: 3
// Stderr: to stderr 1 true
