// Exercises unusual-but-legal layout: semicolons, trailing commas, line breaks, comments between tokens, empty statements and blocks.
package main;

import (
	"fmt";
	"strings"
);

import ()

const ()
var ()
type ()

type empty struct{}
type none interface{}

func nothing() {}
func alsoNothing(int, string) {
}
func (empty) method() {}
func (e *empty) other(_ int) () { ; }
func paren() (int) { return (((7))) }
func params(a, b int, c string,
	d ...int,
) (x int, y string) {
	x, y = a+b+len(d), c; return
}

func main() {
	a := 1; b := 2; c := a + b; fmt.Println(a, b, c)
	;;
	{}
	{ { fmt.Println("nested blocks") } }
	if a > 0 {} else {}
	for false {}
	var i int
	for ; i < 3; {
		i++
	}
	for ;; { break }
	for i := 0; i < 2; {i++}
	fmt.Println(i,
		0X1F, 0O17, 0B101, 0x_Ab_Cd, // uppercase prefixes and separators
		strings.Repeat(
			"ab",
			2,
		),
	)
	sum := 1 +
		2 *
			3 -
		4
	ok := a < b &&
		b < c ||
		false
	fmt.Println(sum, ok, 1 + /* two */ 2, /* lead */ 3 /* trail */)
	x := 10 /* a comment spanning
	two lines acts like a newline */ y := 20
	fmt.Println(x, y)
	s := []string{
		"trailing",
		"commas",
	}
	m := map[string]int{
		"k": 1,
	}
	p := struct{ A, B int }{
		A: 1,
		B: 2,
	}
	fmt.Println(s, m, p, [...]int{1, 2, 3,})
	n, str := params(1, 2, "s", 9, 8,)
	fmt.Println(n, str, paren())
	var e empty; e.method(); (&e).other(0)
	nothing(); alsoNothing(1, "x")
	var ifc none = e; _ = ifc
	(x) = 5
	(x)++
	*(&y) += 1
	fmt.Println(x, y, ((x)) + (y))
	f := func() {}
	f()
	fmt.
		Println("selector split after the dot")
	switch { default: }
	switch a { case 1: fmt.Println("one-line case"); fallthrough; case 2: ; default: }
	arr := [2]int{} ; arr[0]++ ; arr[1]--
	fmt.Println(arr)
	func() {
	}()
	fmt.Println(func(
		a int,
		b int,
	) int {
		return a * b
	}(
		6,
		7,
	))
	sel := make(chan int, 1); sel <- 1
S:
	select {
	case v := <-sel:
		if v == 1 { break S }
		fmt.Println("not reached")
	}
W:
	switch { case true: for { break W } }
	fmt.Println("end") }

// Output:
// 1 2 3
// nested blocks
// 3 31 15 5 43981 abab
// 3 true 3 3
// 10 20
// [trailing commas] map[k:1] {1 2} [1 2 3]
// 5 s 7
// 6 21 27
// selector split after the dot
// one-line case
// [1 -1]
// 42
// end
