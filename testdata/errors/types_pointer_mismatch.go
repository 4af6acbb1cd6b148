// types: pointers to different types are different types
// needs: types (the type checker reports these)
package main

type a struct{ n int }
type b struct{ n int }

func main() {
	pa := &a{}
	pb := &b{}
	_ = pa == pb // ERROR "invalid operation: pa == pb \(mismatched types \*a and \*b\)"
	pa = pb // ERROR "cannot use pb \(variable of type \*b\) as type \*a in assignment"
	var pi *int = pa // ERROR "cannot use pa \(variable of type \*a\) as type \*int in variable declaration"
	n := 5
	var ps *string = &n // ERROR "cannot use &n \(value of type \*int\) as type \*string in variable declaration"
	var pp **int = &n // ERROR "cannot use &n \(value of type \*int\) as type \*\*int in variable declaration"
	_, _ = ps, pp
	_ = pi
}
