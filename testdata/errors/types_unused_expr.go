// types: expression statements that compute a value and drop it
// needs: types (the type checker reports these)
package main

func main() {
	x := 1
	s := "a"
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
	x == 2 // ERROR "x == 2 \(untyped bool value\) is not used"
	s // ERROR "s \(variable of type string\) is not used"
	"literal" // ERROR `"literal" \(untyped string constant\) is not used`
	-x // ERROR "-x \(value of type int\) is not used"
	x > 0 && true // ERROR "x > 0 && true \(untyped bool value\) is not used"
	func() {} // ERROR "func\(\) \{\} \(value of type func\(\)\) is not used"
	ch := make(chan int)
	<-ch
}
