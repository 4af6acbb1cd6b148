// panic of a value of a custom int type prints main.T(value) as gc does.
package main

import "fmt"

type ErrCode int

func check(codes []ErrCode) {
	for _, c := range codes {
		if c != 0 {
			panic(c)
		}
		fmt.Println("code ok")
	}
}

func main() {
	defer fmt.Println("deferred in main")
	check([]ErrCode{0, 0, 42, 0})
}

// Output:
// code ok
// code ok
// deferred in main
// Exit: 2
// Stderr: panic: main.ErrCode(42)
