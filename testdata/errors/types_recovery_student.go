// types: a student's first program: wrong types, unused names, missing return
// needs: types (the type checker reports these)
package main

import "fmt"

type student struct {
	name  string
	grade int
}

func average(grades []int) int {
	sum := 0
	for _, g := range grades {
		sum += g
	}
	if len(grades) > 0 {
		return sum / len(grades)
	}
} // ERROR "missing return"

func main() {
	s := student{"ann", "A"} // ERROR `cannot use "A" \(untyped string constant\) as int value in struct literal`
	grades := []int{90, 85}
	avg := average(grades)
	fmt.Println(s.Name, avg) // ERROR "s\.Name undefined \(type student has no field or method Name, but does have name\)"
	var passed bool = avg // ERROR "cannot use avg \(variable of type int\) as type bool in variable declaration"
	count := 0 // ERROR "count declared but not used"
}
