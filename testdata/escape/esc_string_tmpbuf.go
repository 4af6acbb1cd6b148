// Exercises concatenations and string conversions that do and do not escape (gc gives the ones
// that do not a 32-byte buffer in the frame), and []rune of a constant, which gc makes a literal.
package main

import "fmt"

var keep string
var keepBytes []byte

func local(a, b string) int { // ERROR "a does not escape" "b does not escape"
	s := a + b // ERROR "a \+ b does not escape"
	return len(s)
}

func returned(a, b string) string { // ERROR "a does not escape" "b does not escape"
	return a + b // ERROR "a \+ b escapes to heap"
}

func conv(s string) (int, int, int, int) { // ERROR "s does not escape"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape"
	b[0] = 'X'
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape"
	t := string(b) // ERROR "string\(b\) does not escape"
	u := string(r) // ERROR "string\(r\) does not escape"
	return len(b) + len(t), cap(b), len(r) + len(u), cap(r)
}

func share(a string) string { // ERROR "a does not escape"
	x := "" + a // one non-empty operand: shared // ERROR "\"\" \+ a escapes to heap"
	keep = "" + x // ERROR "\"\" \+ x escapes to heap"
	return x
}

func three(a, b, c string) int { // ERROR "a does not escape" "b does not escape" "c does not escape"
	s := a + b + c // ERROR "a \+ b \+ c does not escape"
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == 'a' {
			n++
		}
	}
	return n
}

func acrossIterations(words []string) []string { // ERROR "words does not escape"
	var out []string
	for _, w := range words {
		s := w + "!" // ERROR "w \+ \"!\" escapes to heap"
		out = append(out, s)
	}
	return out
}

func lastOfLoop(words []string) string { // ERROR "words does not escape"
	var last string
	for _, w := range words {
		last = "<" + w + ">" // ERROR "\"<\" \+ w \+ \">\" escapes to heap"
	}
	return last
}

func bytesKept(s string) { // ERROR "s does not escape"
	keepBytes = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap"
}

func lookup(m map[string]int, b []byte) int { // ERROR "m does not escape" "b does not escape"
	return m[string(b)] // ERROR "string\(b\) does not escape"
}

func main() {
	fmt.Println(local("ab", "cd"), returned("x", "y"), three("banana", "bandana", "cabana")) // ERROR "\.\.\. argument does not escape" "local\(\"ab\", \"cd\"\) escapes to heap" "returned\(\"x\", \"y\"\) escapes to heap" "three\(\"banana\", \"bandana\", \"cabana\"\) escapes to heap"
	fmt.Println(conv("héllo")) // ERROR "\.\.\. argument does not escape" "\.autotmp_0 escapes to heap" "\.autotmp_1 escapes to heap" "\.autotmp_2 escapes to heap" "\.autotmp_3 escapes to heap"
	fmt.Println(conv("a long string that does not fit in 32 bytes at all")) // ERROR "\.\.\. argument does not escape" "\.autotmp_4 escapes to heap" "\.autotmp_5 escapes to heap" "\.autotmp_6 escapes to heap" "\.autotmp_7 escapes to heap"
	fmt.Println(conv("exactly thirty-two bytes long..!")) // ERROR "\.\.\. argument does not escape" "\.autotmp_8 escapes to heap" "\.autotmp_9 escapes to heap" "\.autotmp_10 escapes to heap" "\.autotmp_11 escapes to heap"
	s := "q"
	for i := 0; i < 5; i++ {
		t := s + "!" // ERROR "s \+ \"!\" escapes to heap"
		s = t[:1]
	}
	b := []byte("abc") // ERROR "\(\[\]byte\)\(\"abc\"\) does not escape"
	fmt.Println(s, len(b), cap(b), share("zz"), keep) // ERROR "\.\.\. argument does not escape" "s escapes to heap" "len\(b\) escapes to heap" "cap\(b\) escapes to heap" "share\(\"zz\"\) escapes to heap" "keep escapes to heap"
	c := "abc"
	b = []byte(c) // ERROR "\(\[\]byte\)\(c\) does not escape"
	b = append(b, "defgh"...)
	fmt.Println(string(b), len(b), cap(b)) // ERROR "\.\.\. argument does not escape" "string\(b\) escapes to heap" "string\(b\) escapes to heap" "len\(b\) escapes to heap" "cap\(b\) escapes to heap"
	fmt.Println(acrossIterations([]string{"one", "two", "three"}), lastOfLoop([]string{"a", "b", "c"})) // ERROR "\.\.\. argument does not escape" "acrossIterations\(\[\]string\{\.\.\.\}\) escapes to heap" "\[\]string\{\.\.\.\} does not escape" "lastOfLoop\(\[\]string\{\.\.\.\}\) escapes to heap" "\[\]string\{\.\.\.\} does not escape"
	bytesKept("kept bytes")
	m := map[string]int{"key": 7} // ERROR "map\[string\]int\{\.\.\.\} does not escape"
	fmt.Println(string(keepBytes), len(keepBytes), cap(keepBytes), lookup(m, []byte("key"))) // ERROR "\.\.\. argument does not escape" "string\(keepBytes\) escapes to heap" "string\(keepBytes\) escapes to heap" "len\(keepBytes\) escapes to heap" "cap\(keepBytes\) escapes to heap" "lookup\(m, \(\[\]byte\)\(\"key\"\)\) escapes to heap" "\(\[\]byte\)\(\"key\"\) does not escape"
	r := []rune("héllo, wörld") // ERROR "\[\]rune\{\.\.\.\} does not escape"
	fmt.Println(len(r), cap(r), string(r[1:5])) // ERROR "\.\.\. argument does not escape" "len\(r\) escapes to heap" "cap\(r\) escapes to heap" "string\(r\[1:5\]\) escapes to heap" "string\(r\[1:5\]\) escapes to heap"
}
