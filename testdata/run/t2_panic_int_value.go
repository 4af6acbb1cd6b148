// panic with plain int and string values, after nested defers; the first panic line shows the value.
package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwinding level", n)
	if n == 3 {
		panic(n * 1000)
	}
	level(n + 1)
}

type frame struct {
	depth int
	name  string
}

func main() {
	frames := []frame{{0, "main"}, {1, "level"}}
	for _, f := range frames {
		fmt.Println("frame", f.depth, f.name)
	}
	defer fmt.Println("main deferred")
	fmt.Println("start")
	level(0)
}

// Output:
// frame 0 main
// frame 1 level
// start
// unwinding level 3
// unwinding level 2
// unwinding level 1
// unwinding level 0
// main deferred
// Exit: 2
// Stderr: panic: 3000
