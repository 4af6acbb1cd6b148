// Concatenations and string conversions whose results do not escape are
// built in a 32-byte buffer in the frame (gc's tmpBuf) when they fit: the
// capacities of []byte(s) and []rune(s) show which, and results that do
// escape (returned, stored in a global, kept across loop iterations) must
// be on the heap, which GOSUBDEBUG=checkstack=1 verifies.
package main

import "fmt"

var keep string
var keepBytes []byte

func local(a, b string) int {
	s := a + b
	return len(s)
}

func returned(a, b string) string {
	return a + b
}

func conv(s string) (int, int, int, int) {
	b := []byte(s)
	b[0] = 'X'
	r := []rune(s)
	t := string(b)
	u := string(r)
	return len(b) + len(t), cap(b), len(r) + len(u), cap(r)
}

func share(a string) string {
	x := "" + a // one non-empty operand: shared
	keep = "" + x
	return x
}

func three(a, b, c string) int {
	s := a + b + c
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == 'a' {
			n++
		}
	}
	return n
}

func acrossIterations(words []string) []string {
	var out []string
	for _, w := range words {
		s := w + "!"
		out = append(out, s)
	}
	return out
}

func lastOfLoop(words []string) string {
	var last string
	for _, w := range words {
		last = "<" + w + ">"
	}
	return last
}

func bytesKept(s string) {
	keepBytes = []byte(s)
}

func lookup(m map[string]int, b []byte) int {
	return m[string(b)]
}

func main() {
	fmt.Println(local("ab", "cd"), returned("x", "y"), three("banana", "bandana", "cabana"))
	fmt.Println(conv("héllo"))
	fmt.Println(conv("a long string that does not fit in 32 bytes at all"))
	fmt.Println(conv("exactly thirty-two bytes long..!"))
	s := "q"
	for i := 0; i < 5; i++ {
		t := s + "!"
		s = t[:1]
	}
	b := []byte("abc")
	fmt.Println(s, len(b), cap(b), share("zz"), keep)
	c := "abc"
	b = []byte(c)
	b = append(b, "defgh"...)
	fmt.Println(string(b), len(b), cap(b))
	fmt.Println(acrossIterations([]string{"one", "two", "three"}), lastOfLoop([]string{"a", "b", "c"}))
	bytesKept("kept bytes")
	m := map[string]int{"key": 7}
	fmt.Println(string(keepBytes), len(keepBytes), cap(keepBytes), lookup(m, []byte("key")))
	r := []rune("héllo, wörld")
	fmt.Println(len(r), cap(r), string(r[1:5]))
}

// Output:
// 4 xy 9
// 12 32 11 32
// 100 64 100 52
// 64 32 64 32
// q 3 3 zz zz
// abcdefgh 8 32
// [one! two! three!] <c>
// kept bytes 10 16 7
// 12 12 éllo
