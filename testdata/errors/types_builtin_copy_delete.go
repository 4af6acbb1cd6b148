// types: copy and delete with operands of the wrong kind
// needs: types (the type checker reports these)
package main

func main() {
	dst := []int{1, 2}
	src := []string{"a"}
	_ = copy(dst, src) // ERROR "invalid argument: arguments to copy dst \(variable of type \[\]int\) and src \(variable of type \[\]string\) have different element types int and string"
	_ = copy(dst) // ERROR "invalid operation: not enough arguments for copy\(dst\) \(expected 2, found 1\)"
	var arr [2]int
	_ = copy(arr, dst) // ERROR "invalid argument: copy expects slice arguments; found arr \(variable of type \[2\]int\) and dst \(variable of type \[\]int\)"
	b := []byte{}
	_ = copy(b, "fine")
	m := map[string]int{}
	delete(m, 1) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	delete(m) // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
	delete(dst, 0) // ERROR "invalid argument: dst \(variable of type \[\]int\) is not a map"
}
