// types: append needs a slice first and elements of its element type
// needs: types (the type checker reports these)
package main

func main() {
	var a [3]int
	a = append(a, 1) // ERROR "first argument to append must be a slice; have a \(variable of type \[3\]int\)"
	s := []int{}
	s = append(s, "x") // ERROR `cannot use "x" \(untyped string constant\) as int value in argument to append`
	t := []string{"a"}
	s = append(s, t...) // ERROR "cannot use t \(variable of type \[\]string\) as type \[\]int in argument to append"
	s = append() // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	n := 1
	n = append(n, 2) // ERROR "first argument to append must be a slice; have n \(variable of type int\)"
	b := []byte{}
	b = append(b, "ok"...)
	s = append(s, 1, 2, "three") // ERROR `cannot use "three" \(untyped string constant\) as int value in argument to append`
	_, _ = a, b
}
