// types: returning values of the wrong type
// needs: types (the type checker reports these)
package main

func name() string {
	return 42 // ERROR "cannot use 42 \(untyped int constant\) as string value in return statement"
}

func pair() (int, string) {
	s := "a"
	return s, 1 // ERROR "cannot use s \(variable of type string\) as type int in return statement" "cannot use 1 \(untyped int constant\) as string value in return statement"
}

func flag() bool {
	n := 0
	return n // ERROR "cannot use n \(variable of type int\) as type bool in return statement"
}

func main() {
	_ = name()
	_, _ = pair()
	_ = flag()
}
