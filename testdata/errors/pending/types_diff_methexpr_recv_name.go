// types: the type of a method expression names its receiver parameter
// needs: types (the type checker reports these)
package main

type C struct{}

func (c *C) Add(d int) int { return d }

func (C) Get() int { return 0 }

func main() {
	f := (*C).Add
	_ = f.X // ERROR "f\.X undefined \(type func\(c \*C, d int\) int has no field or method X\)"
	g := C.Get
	_ = g.X // ERROR "g\.X undefined \(type func\(C\) int has no field or method X\)"
}
