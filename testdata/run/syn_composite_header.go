// Exercises composite literals in if/for/switch headers, where they must be parenthesized or follow a type keyword.
package main

import "fmt"

type T struct{ a int }

type P struct{ x, y int }

func (t T) double() T { return T{t.a * 2} }

func main() {
	if x := (T{1}); x.a > 0 {
		fmt.Println("paren struct literal in if init", x.a)
	}
	if (T{2}) == (T{2}) {
		fmt.Println("paren literals compared in if condition")
	}
	for _, v := range []int{1, 2} {
		fmt.Println("range over slice literal", v)
	}
	switch (T{}) {
	case T{0}:
		fmt.Println("switch on paren literal")
	}
	switch t := (T{5}).double(); t.a {
	case 10:
		fmt.Println("switch init with method on literal")
	}
	if v := [2]int{1, 2}; v[0] == 1 {
		fmt.Println("array literal in if init", v)
	}
	if m := map[string]int{"a": 1}; m["a"] == 1 {
		fmt.Println("map literal in if init", m)
	}
	for _, p := range []struct{ a, b int }{{1, 2}} {
		fmt.Println("anonymous struct slice in range", p.a, p.b)
	}
	if f := func() bool { return true }; f() {
		fmt.Println("func literal in if init")
	}
	for t := (T{0}); t.a < 3; t = (T{t.a + 1}) {
		fmt.Println("paren literal in for init/post", t.a)
	}
	for i, p := range [...]P{{1, 2}, {3, 4}} {
		fmt.Println("range over array literal", i, p)
	}
	for k := range map[P]bool{{1, 1}: true} {
		fmt.Println("range over map literal", k)
	}
	n := 0
	for n < len([]T{{1}, {2}}) {
		n++
	}
	fmt.Println("slice literal inside for condition call", n)
	switch x := []int{3, 4}; len(x) {
	case 2:
		fmt.Println("slice literal in switch init")
	}
	switch {
	case (P{1, 2}) == P{x: 1, y: 2}:
		fmt.Println("literal in case expression")
	}
	if p := (&P{7, 8}); p.x == 7 {
		fmt.Println("&P literal in if init", *p)
	}
	if s := []string{"a"}; len(s) == 1 && s[0] == "a" {
		fmt.Println("slice literal with && condition")
	}
	var i interface{} = T{9}
	switch v := i.(type) {
	case T:
		if v == (T{9}) {
			fmt.Println("type switch then paren literal", v.a)
		}
	}
	if func() int { return 1 }() == 1 {
		fmt.Println("called func literal as if condition")
	}
	for _, f := range []func() int{func() int { return 40 }} {
		fmt.Println("range over slice of func literals", f()+2)
	}
}

// Output:
// paren struct literal in if init 1
// paren literals compared in if condition
// range over slice literal 1
// range over slice literal 2
// switch on paren literal
// switch init with method on literal
// array literal in if init [1 2]
// map literal in if init map[a:1]
// anonymous struct slice in range 1 2
// func literal in if init
// paren literal in for init/post 0
// paren literal in for init/post 1
// paren literal in for init/post 2
// range over array literal 0 {1 2}
// range over array literal 1 {3 4}
// range over map literal {1 1}
// slice literal inside for condition call 2
// slice literal in switch init
// literal in case expression
// &P literal in if init {7 8}
// slice literal with && condition
// type switch then paren literal 9
// called func literal as if condition
// range over slice of func literals 42
