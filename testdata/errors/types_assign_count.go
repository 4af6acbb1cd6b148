// types: assignment count mismatches between variables and values
// needs: types (the type checker reports these)
package main

func one() int             { return 1 }
func two() (int, int)      { return 1, 2 }
func three() (int, int, int) { return 1, 2, 3 }

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	c := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	d, e := 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	var f, g int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var h int = two() // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	x, y := three() // ERROR "assignment mismatch: 2 variables but three returns 3 values"
	var i, j, k = two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	_, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, x, y, i
	_, _ = j, k
}
