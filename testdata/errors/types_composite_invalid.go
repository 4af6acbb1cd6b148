// types: composite literals of types that have no literal form
// needs: types (the type checker reports these)
package main

type num int
type pipe chan int
type ptr *struct{ x int }

func main() {
	_ = int{1} // ERROR "invalid composite literal type int"
	_ = num{} // ERROR "invalid composite literal type num"
	_ = string{"a"} // ERROR "invalid composite literal type string"
	_ = pipe{} // ERROR "invalid composite literal type pipe"
	_ = ptr{1} // ERROR "invalid composite literal type ptr"
	p := &struct{ x int }{1}
	_ = *num{} // ERROR "invalid composite literal type num"
	_ = p
}
