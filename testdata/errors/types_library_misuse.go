// types: library functions called with the wrong types or counts
// needs: types (the type checker reports these)
package main

import (
	"errors"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	n := strconv.Atoi("3") // ERROR "assignment mismatch: 1 variable but strconv\.Atoi returns 2 values"
	_ = errors.New(5) // ERROR "cannot use 5 \(untyped int constant\) as string value in argument to errors\.New"
	os.Exit("1") // ERROR `cannot use "1" \(untyped string constant\) as int value in argument to os\.Exit`
	arr := [3]int{3, 1, 2}
	sort.Ints(arr) // ERROR "cannot use arr \(variable of type \[3\]int\) as type \[\]int in argument to sort\.Ints"
	_ = strings.Split("a,b") // ERROR "not enough arguments in call to strings\.Split"
	var parts []string = strings.Fields(" a ")
	_ = strings.Join(parts, ',') // ERROR "cannot use ',' \(untyped rune constant 44\) as string value in argument to strings\.Join"
	_ = strconv.Itoa(int64(2)) // ERROR "cannot use int64\(2\) \(constant 2 of type int64\) as type int in argument to strconv\.Itoa"
	_ = n
}
