// Exercises expression switches on strings: exact matches, case lists, empty string, computed tags and byte switches.
package main

import "fmt"

func command(s string) string {
	switch s {
	case "":
		return "empty"
	case "go", "run", "build":
		return "tool " + s
	case "Go":
		return "capital"
	case "héllo":
		return "accented"
	default:
		if len(s) > 5 {
			return "long"
		}
	}
	return "unknown"
}

func ext(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			switch name[i+1:] {
			case "go":
				return "Go source"
			case "c", "h":
				return "C"
			case "":
				return "trailing dot"
			}
			return "other: " + name[i+1:]
		}
	}
	return "none"
}

func main() {
	for _, s := range [8]string{"", "go", "build", "Go", "GO", "héllo", "something", "x"} {
		fmt.Printf("%q: %s\n", s, command(s))
	}
	for _, f := range [6]string{"main.go", "x.c", "a.h", "file.", "archive.tar.gz", "README"} {
		fmt.Println(f, "->", ext(f))
	}
	a, b := "ab", "c"
	switch a + b {
	case "a" + "bc":
		fmt.Println("concatenation matches")
	}
	switch "abc"[1:] {
	case "bc":
		fmt.Println("slice matches")
	}
	switch {
	case a < b:
		fmt.Println(a, "<", b)
	case a > b:
		fmt.Println(a, ">", b)
	}
}

// Output:
// "": empty
// "go": tool go
// "build": tool build
// "Go": capital
// "GO": unknown
// "héllo": accented
// "something": long
// "x": unknown
// main.go -> Go source
// x.c -> C
// a.h -> C
// file. -> trailing dot
// archive.tar.gz -> other: gz
// README -> none
// concatenation matches
// slice matches
// ab < c
