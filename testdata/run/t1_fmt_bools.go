// Exercises fmt with bool values: %t, %v, widths and flags, Print spacing and bools under the wrong verbs.
package main

import "fmt"

func main() {
	t, f := true, false
	fmt.Printf("%t %t %v %v\n", t, f, t, f)
	fmt.Printf("[%6t] [%-6t] [%06t] [%2t] [%+t] [% t] [%#t]\n", t, f, t, f, t, t, f)
	fmt.Printf("%d %s %x %q %c\n", t, f, t, f, t)
	fmt.Println(t, f, !t, t && f, t || f, t != f)
	fmt.Print(t, f, "\n")
	fmt.Print(t, "x", f, "\n")
	s := fmt.Sprint(t, f)
	fmt.Println(len(s), s)
	fmt.Println(fmt.Sprintf("%v", 1 < 2), fmt.Sprintf("%t", "s" > "t"))
	fmt.Printf("%T %T\n", t, 3 > 2)
	fmt.Printf("%#v %+v\n", t, f)
	var arr [3]bool
	arr[1] = true
	fmt.Printf("%v %t %d\n", arr, arr, arr)
	count := 0
	for _, b := range arr {
		if b {
			count++
		}
	}
	fmt.Println(count, arr == [3]bool{false, true, false})
}

// Output:
// true false true false
// [  true] [false ] [00true] [false] [true] [true] [false]
// %!d(bool=true) %!s(bool=false) %!x(bool=true) %!q(bool=false) %!c(bool=true)
// true false false false true true
// true false
// truexfalse
// 10 true false
// true false
// bool bool
// true false
// [false true false] [false true false] [%!d(bool=false) %!d(bool=true) %!d(bool=false)]
// 1 true
