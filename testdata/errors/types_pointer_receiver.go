// types: a value type whose methods have pointer receivers does not implement the interface
// needs: types (the type checker reports these)
package main

type Counter interface {
	Inc()
	Get() int
}

type count struct{ n int }

func (c *count) Inc()    { c.n++ }
func (c count) Get() int { return c.n }

func use(c Counter) {}

func main() {
	var c count
	use(c) // ERROR "cannot use c \(variable of type count\) as type Counter in argument to use:"
	var k Counter = count{} // ERROR "cannot use count\{\} \(value of type count\) as type Counter in variable declaration:"
	use(&c)
	k = c // ERROR "cannot use c \(variable of type count\) as type Counter in assignment:"
	_ = k
}
