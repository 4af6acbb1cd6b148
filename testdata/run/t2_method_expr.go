// Method expressions: T.M takes the receiver as first argument; (*T).M for pointer methods.
package main

import "fmt"

type Acc struct {
	total int
}

func (a Acc) Total() int       { return a.total }
func (a Acc) Plus(k int) Acc   { a.total += k; return a }
func (a *Acc) Add(k int)       { a.total += k }
func (a *Acc) Scale(k int) int { a.total *= k; return a.total }

type Celsius int

func (c Celsius) Fahrenheit() int { return int(c)*9/5 + 32 }

func main() {
	a := Acc{5}
	total := Acc.Total
	plus := Acc.Plus
	add := (*Acc).Add
	scale := (*Acc).Scale
	ptotal := (*Acc).Total // value method through a pointer method expression

	fmt.Println(total(a), plus(a, 3).Total(), a.total)
	add(&a, 10)
	fmt.Println(a.total)
	fmt.Println(scale(&a, 2), ptotal(&a))

	ops := []func(*Acc, int){(*Acc).Add, func(x *Acc, k int) { x.Scale(k) }}
	b := Acc{1}
	for i := 0; i < 4; i++ {
		ops[i%2](&b, i+2)
	}
	fmt.Println(b.total)

	f := Celsius.Fahrenheit
	for _, c := range []Celsius{-40, 0, 37, 100} {
		fmt.Print(" ", f(c))
	}
	fmt.Println()

	var fn func(Acc, int) Acc = Acc.Plus
	fmt.Println(fn(Acc{100}, 1).total)
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", total)
}

// Output:
// 5 8 5
// 15
// 30 30
// 65
//  -40 32 98 212
// 101
// func(*main.Acc, int)
// func(main.Acc) int
