// Exercises where gc reports implicit conversions to interfaces: in declarations (after the last
// expression the front end built; a call or a map literal resets it), assignments and append.
package main

type pair struct{ a, b int }

type shape interface{ area() int }
type square struct{ s int }

func (q square) area() int { return q.s }

type rect struct{ w, h int }

func (r *rect) area() int { return r.w } // ERROR "r does not escape"

func g(a, b int) int { return a + b }

func sink(xs ...interface{}) int { return len(xs) } // ERROR "xs does not escape"

func decls(n, m int, s []int, p *pair) int { // ERROR "s does not escape" "p does not escape"
	var a interface{} = n + m // ERROR "n \+ m does not escape"
	var b interface{} = pair{n, 1} // ERROR "pair\{\.\.\.\} does not escape"
	var c interface{} = pair{1, n} // ERROR "pair\{\.\.\.\} does not escape"
	var d interface{} = g(n, m) // ERROR "g\(n, m\) does not escape"
	var e interface{} = s[n] // ERROR "s\[n\] does not escape"
	var f interface{} = p.a // ERROR "p\.a does not escape"
	var h interface{} = -n // ERROR "-n does not escape"
	var i interface{} = pair{n, m}.a + 1 // ERROR "pair\{\.\.\.\}\.a \+ 1 does not escape"
	return sink(a, b, c, d, e, f, h, i) // ERROR "\.\.\. argument does not escape"
}

func assigns(n, m int) int {
	var x interface{}
	x = pair{n, m} // ERROR "pair\{\.\.\.\} does not escape"
	y := sink(x) // ERROR "\.\.\. argument does not escape"
	x = n + m // ERROR "n \+ m does not escape"
	return y + sink(x) // ERROR "\.\.\. argument does not escape"
}

func apps(n int) []shape {
	var out []shape
	out = append(out, square{n}, &rect{n, 2}) // ERROR "square\{\.\.\.\} escapes to heap" "&rect\{\.\.\.\} escapes to heap"
	out = append(out, square{n}, square{3}) // ERROR "square\{\.\.\.\} escapes to heap" "square\{\.\.\.\} escapes to heap"
	out = append(out, &rect{n, 2}, square{n + 1}) // ERROR "&rect\{\.\.\.\} escapes to heap" "square\{\.\.\.\} escapes to heap"
	out = append(out, square{n}) // ERROR "square\{\.\.\.\} escapes to heap"
	return out
}

func main() {
	println(decls(1, 2, []int{1, 2, 3}, &pair{}), assigns(1, 2), len(apps(3))) // ERROR "\[\]int\{\.\.\.\} does not escape" "&pair\{\} does not escape"
}
