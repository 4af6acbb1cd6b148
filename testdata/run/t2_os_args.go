// os.Args: the program is run with no arguments, so only Args[0] exists.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(len(os.Args[0]) > 0)
	fmt.Println(len(os.Args[1:]), os.Args[1:])
	args := append([]string{}, os.Args[1:]...)
	args = append(args, "extra")
	fmt.Println(strings.Join(args, ","))
	for i := range os.Args {
		if i > 0 {
			fmt.Println("unexpected argument", os.Args[i])
		}
	}
	if len(os.Args) < 2 {
		fmt.Println("usage: prog NAME")
		os.Exit(3)
	}
	fmt.Println("not reached")
}

// Output:
// 1
// true
// 0 []
// extra
// usage: prog NAME
// Exit: 3
