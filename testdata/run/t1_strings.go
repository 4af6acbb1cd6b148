// Exercises strings: concatenation, indexing, slicing, len, comparison, range over runes and immutability of copies.
package main

import "fmt"

func reverse(s string) string {
	r := ""
	for _, c := range s {
		r = string(c) + r
	}
	return r
}

func main() {
	s := "Hello"
	t := s + ", " + "world"
	s += "!"
	fmt.Println(s, t, len(t))
	fmt.Println(t[0], t[len(t)-1], string(t[7]), t[7:], t[:5], t[3:8], t[:])
	fmt.Println(t[0:0] == "", len(t[12:]))

	u := "añb日"
	fmt.Println(len(u), u[1], u[1:3], u[4:])
	for i, r := range u {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println("|")
	for i := range u {
		fmt.Print(i, ",")
	}
	fmt.Println()
	count := 0
	for range u {
		count++
	}
	fmt.Println("runes:", count)

	words := [...]string{"banana", "apple", "Apple", "app", "", "b"}
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		fmt.Println(a < b, a <= b, a > b, a >= b, a == b, a != b)
	}
	fmt.Println(reverse("stressed"), reverse("日本語"))
	var empty string
	fmt.Println(len(empty), empty == "", "a"+empty+"b")

	b := "abc"
	c := b
	c += "d"
	fmt.Println(b, c)
	cnt := 0
	for i := 0; i < len(t); i++ {
		if t[i] == 'o' {
			cnt++
		}
	}
	fmt.Println("o count", cnt)
	const cs = "constant"
	fmt.Println(cs[2], len(cs), cs[1:4])
	multi := "line1\n" +
		"line2"
	fmt.Println(multi)
}

// Output:
// Hello! Hello, world 12
// 72 100 w world Hello lo, w Hello, world
// true 0
// 7 195 ñ 日
// 0:a(97) 1:ñ(241) 3:b(98) 4:日(26085) |
// 0,1,3,4,
// runes: 4
// false false true true false true
// false false true true false true
// true true false false false true
// false false true true false true
// true true false false false true
// desserts 語本日
// 0 true ab
// abc abcd
// o count 2
// 110 8 ons
// line1
// line2
