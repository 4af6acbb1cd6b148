// types: receivers must be a named non-pointer, non-interface type T or *T
// needs: types (the type checker reports these)
package main

type ptr *int

type shape interface{ Area() int }

type box struct{}

func (p ptr) Get() int { return *p } // ERROR "invalid receiver type ptr \(pointer or interface type\)"

func (s shape) Area() int { return 0 } // ERROR "invalid receiver type shape \(pointer or interface type\)"

func (b **box) Twice() {} // ERROR "invalid receiver type \*\*box"

func (x []int) Len() int { return len(x) } // ERROR "invalid receiver type \[\]int"

func (m map[string]int) Size() int { return len(m) } // ERROR "invalid receiver type map\[string\]int"

func (b box) ok() {}

func main() {
}
