// types: fmt functions take a format string first; their results have types too
// needs: types (the type checker reports these)
package main

import "fmt"

func main() {
	n := 3
	fmt.Printf(n) // ERROR "cannot use n \(variable of type int\) as type string in argument to fmt\.Printf"
	fmt.Println("ok", n)
	var s int = fmt.Sprintf("%d", n) // ERROR `cannot use fmt\.Sprintf\("%d", n\) \(value of type string\) as type int in variable declaration`
	var e string = fmt.Errorf("bad %d", n) // ERROR `cannot use fmt\.Errorf\("bad %d", n\) \(value of type error\) as type string in variable declaration`
	k := fmt.Println("x") // ERROR "assignment mismatch: 1 variable but fmt\.Println returns 2 values"
	_, _, _ = s, e, k
	_ = fmt.Sprint()
}
