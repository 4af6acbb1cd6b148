// Exercises the position of a declaration's implicit conversion for each kind of expression:
// conversions, literals with keys, slicing, builtins and calls inside literals.
package main

type pair struct{ a, b int }

func g(a, b int) int { return a + b }

func sink(xs ...interface{}) int { return len(xs) } // ERROR "xs does not escape"

func decls(n, m int, s []int, p *pair, rs []rune) int { // ERROR "s does not escape" "p does not escape" "rs does not escape"
	var a interface{} = int64(n) // ERROR "int64\(n\) does not escape"
	var b interface{} = []int{n, m} // ERROR "\[\]int\{\.\.\.\} does not escape" "\[\]int\{\.\.\.\} does not escape"
	var c interface{} = [2]int{n, 1} // ERROR "\[2\]int\{\.\.\.\} does not escape"
	var d interface{} = map[int]int{n: 1} // ERROR "map\[int\]int\{\.\.\.\} does not escape"
	var e interface{} = pair{a: n, b: 1} // ERROR "pair\{\.\.\.\} does not escape"
	var f interface{} = s[1:n] // ERROR "s\[1:n\] does not escape"
	var h interface{} = *p // ERROR "\*p does not escape"
	var i interface{} = string(rs) // ERROR "string\(rs\) does not escape" "string\(rs\) does not escape"
	var j interface{} = func() int { return n } // ERROR "func literal does not escape"
	var k interface{} = pair{g(n, m), 1} // ERROR "pair\{\.\.\.\} does not escape"
	var l interface{} = n > m // ERROR "n > m does not escape"
	var mm interface{} = len(s) // ERROR "len\(s\) does not escape"
	var o interface{} = s[n:] // ERROR "s\[n:\] does not escape"
	var q interface{} = pair{b: n, a: m} // ERROR "pair\{\.\.\.\} does not escape"
	var r interface{} = [3]int{2: n} // ERROR "\[3\]int\{\.\.\.\} does not escape"
	var t interface{} = pair{s[n], 1} // ERROR "pair\{\.\.\.\} does not escape"
	var u interface{} = pair{n, len(s)} // ERROR "pair\{\.\.\.\} does not escape"
	return sink(a, b, c, d, e, f, h, i, j, k, l, mm, o, q, r, t, u) // ERROR "\.\.\. argument does not escape"
}

func main() {
	println(decls(1, 2, []int{1, 2, 3}, &pair{}, nil)) // ERROR "\[\]int\{\.\.\.\} does not escape" "&pair\{\} does not escape"
}
