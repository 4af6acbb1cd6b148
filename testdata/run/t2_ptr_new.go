// Pointers from new and &x: reads and writes through *p, pointer to pointer, swaps.
package main

import "fmt"

func incr(p *int) { *p = *p + 1 }

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int {
	x := v
	return &x // escapes
}

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 41
	incr(p)
	fmt.Println(*p)

	x := 10
	q := &x
	*q += 5
	fmt.Println(x, *q)

	pp := &q
	**pp = 99
	fmt.Println(x)

	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)

	ptrs := make([]*int, 5)
	for i := range ptrs {
		ptrs[i] = newInt(i * i)
	}
	sum := 0
	for _, r := range ptrs {
		sum += *r
	}
	fmt.Println(sum)
	*ptrs[2] = 100
	fmt.Println(*ptrs[2], *ptrs[3])

	s := new(string)
	*s = "hello"
	*s += " world"
	fmt.Println(*s, len(*s))

	bp := new(bool)
	fmt.Println(*bp)
	*bp = !*bp
	fmt.Println(*bp)

	u8 := new(uint8)
	*u8 = 250
	for i := 0; i < 10; i++ {
		*u8++
	}
	fmt.Println(*u8)
}

// Output:
// 0
// 42
// 15 15
// 99
// 2 1
// 30
// 100 9
// hello world 11
// false
// true
// 4
