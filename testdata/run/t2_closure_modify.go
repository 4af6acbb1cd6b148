// Closures modifying captured variables: shared between closures, visible to the enclosing function.
package main

import "fmt"

type state struct {
	hits int
	log  []string
}

func main() {
	total := 0
	add := func(k int) { total += k }
	sub := func(k int) { total -= k }
	for i := 1; i <= 10; i++ {
		if i%3 == 0 {
			sub(i)
		} else {
			add(i)
		}
	}
	fmt.Println(total)

	st := state{}
	record := func(s string) {
		st.hits++
		st.log = append(st.log, s)
	}
	record("a")
	record("b")
	record("c")
	fmt.Println(st.hits, st.log)

	arr := [3]int{}
	setter := func(i, v int) { arr[i] = v }
	setter(0, 5)
	setter(2, 7)
	fmt.Println(arr)

	s := []int{1, 2, 3}
	appender := func(v int) { s = append(s, v) }
	for i := 4; i <= 8; i++ {
		appender(i)
	}
	fmt.Println(s, len(s))

	msg := "start"
	outer := func() func() {
		msg += "-outer"
		return func() { msg += "-inner" }
	}
	in := outer()
	in()
	in()
	fmt.Println(msg)

	var p *int
	bind := func() { x := 42; p = &x }
	bind()
	fmt.Println(*p)

	swap := func(a, b *int) { *a, *b = *b, *a }
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
}

// Output:
// 19
// 3 [a b c]
// [5 0 7]
// [1 2 3 4 5 6 7 8] 8
// start-outer-inner-inner
// 42
// 2 1
