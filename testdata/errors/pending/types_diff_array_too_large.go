// types: arrays larger than the address space (reported once the program type-checks)
// needs: types (the type checker reports these)
package main

var c [1 << 62]int32 // ERROR "type \[4611686018427387904\]int32 larger than address space"

func main() {
	var s [1 << 60]string // ERROR "type \[1152921504606846976\]string larger than address space"
	_ = s
}
