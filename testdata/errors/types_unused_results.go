// types: expression statements whose value is discarded (calls to functions are fine; builtins and conversions are not)
// needs: types (the type checker reports these)
package main

func value() int { return 1 }

func main() {
	s := []int{1, 2}
	value()
	len(s) // ERROR "len\(s\) \(value of type int\) is not used"
	cap(s) // ERROR "cap\(s\) \(value of type int\) is not used"
	int(3) // ERROR "int\(3\) \(constant 3 of type int\) is not used"
	string("x") // ERROR `string\("x"\) \(constant "x" of type string\) is not used`
	append(s, 3) // ERROR "append\(s, 3\) \(value of type \[\]int\) is not used"
	new(int) // ERROR "new\(int\) \(value of type \*int\) is not used"
	make([]int, 2) // ERROR "make\(\[\]int, 2\) \(value of type \[\]int\) is not used"
}
