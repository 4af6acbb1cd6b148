// types: binary operators not defined on their operand type
// needs: types (the type checker reports these)
package main

type point struct{ x, y int }

func main() {
	a, b := point{}, point{}
	_ = a < b // ERROR "invalid operation: a < b \(operator < not defined on struct\)"
	_ = a + b // ERROR "invalid operation: operator \+ not defined on a \(variable of type point\)"
	t, f := true, false
	_ = t < f // ERROR "invalid operation: t < f \(operator < not defined on bool\)"
	_ = t + f // ERROR "invalid operation: operator \+ not defined on t \(variable of type bool\)"
	s := "x"
	_ = s - s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = s % s // ERROR "invalid operation: operator % not defined on s \(variable of type string\)"
	n := 1
	_ = n && n // ERROR "invalid operation: operator && not defined on n \(variable of type int\)"
	_ = t & f // ERROR "invalid operation: operator & not defined on t \(variable of type bool\)"
	var i interface{} = 1
	_ = i + i // ERROR "invalid operation: operator \+ not defined on i \(variable of type interface\{\}\)"
}
