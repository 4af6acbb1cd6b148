// strings.Split (with empty separator, leading/trailing separators), Join and Fields.
package main

import (
	"fmt"
	"strings"
)

func show(parts []string) {
	fmt.Printf("%d %q\n", len(parts), parts)
}

func main() {
	show(strings.Split("a,b,c", ","))
	show(strings.Split(",a,,b,", ","))
	show(strings.Split("abc", ""))
	show(strings.Split("héllo", ""))
	show(strings.Split("", ","))
	show(strings.Split("", ""))
	show(strings.Split("a--b--c", "--"))
	show(strings.Split("no separator", ";"))

	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Printf("%q\n", strings.Join(nil, ","))
	fmt.Printf("%q\n", strings.Join([]string{"only"}, ","))
	fmt.Println(strings.Join(strings.Split("a b c", " "), "+"))

	show(strings.Fields("  hello   world \t and\nmore  "))
	show(strings.Fields(""))
	show(strings.Fields("   \t\n "))
	show(strings.Fields("single"))

	csv := "name,age\nann,30\nbob,25"
	for i, line := range strings.Split(csv, "\n") {
		cols := strings.Split(line, ",")
		fmt.Println(i, len(cols), strings.Join(cols, " | "))
	}
	words := strings.Fields("the rain in spain falls mainly")
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	fmt.Println(strings.Join(words, " "))
}

// Output:
// 3 ["a" "b" "c"]
// 5 ["" "a" "" "b" ""]
// 3 ["a" "b" "c"]
// 5 ["h" "é" "l" "l" "o"]
// 1 [""]
// 0 []
// 3 ["a" "b" "c"]
// 1 ["no separator"]
// x-y-z
// ""
// "only"
// a+b+c
// 4 ["hello" "world" "and" "more"]
// 0 []
// 0 []
// 1 ["single"]
// 0 2 name | age
// 1 2 ann | 30
// 2 2 bob | 25
// mainly falls spain in rain the
