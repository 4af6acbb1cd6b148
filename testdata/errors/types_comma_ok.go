// types: the comma-ok forms exist only for map index, type assertion and channel receive
// needs: types (the type checker reports these)
package main

func one() int { return 1 }

func main() {
	m := map[string]int{}
	v, ok, extra := m["a"] // ERROR "assignment mismatch: 3 variables but 1 value"
	s := []int{1}
	x, found := s[0] // ERROR "assignment mismatch: 2 variables but 1 value"
	n, err := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	ch := make(chan int)
	r, closed, more := <-ch // ERROR "assignment mismatch: 3 variables but 1 value"
	var i interface{} = 1
	t, isInt := i.(int)
	_, _, _, _, _, _, _, _, _, _, _ = v, ok, extra, x, found, n, err, r, closed, more, t
	_ = isInt
}
