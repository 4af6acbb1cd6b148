// types: type assertions that can never succeed, and assertions on non-interfaces
// needs: types (the type checker reports these)
package main

type Shape interface {
	Area() int
}

type square struct{ side int }

func (s *square) Area() int { return s.side * s.side }

func main() {
	var sh Shape = &square{2}
	_ = sh.(square) // ERROR "impossible type assertion: sh\.\(square\)"
	_ = sh.(int) // ERROR "impossible type assertion: sh\.\(int\)"
	n := 3
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	_, ok := sh.(*square)
	_ = ok
	var e error
	_ = e.(string) // ERROR "impossible type assertion: e\.\(string\)"
}
