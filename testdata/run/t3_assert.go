// Exercises type assertions in both forms, to concrete and to interface types.
package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

type Loud interface {
	Speaker
	Volume() int
}

func main() {
	var x any = Dog{"rex"}
	d := x.(Dog)
	fmt.Println(d.name)
	s := x.(Speaker)
	fmt.Println(s.Speak())
	if _, ok := x.(Loud); !ok {
		fmt.Println("Dog is not Loud")
	}
	n, ok := x.(int)
	fmt.Println(n, ok)
	var y interface{} = 12
	if v, ok := y.(int); ok {
		fmt.Println("int", v+1)
	}
	str, ok := y.(string)
	fmt.Printf("%q %v\n", str, ok)
	var none any
	_, ok = none.(int)
	fmt.Println(ok)
	p, ok := x.(*Dog)
	fmt.Println(p == nil, ok)
	sp := Speaker(Dog{"fido"})
	back, ok := sp.(Dog)
	fmt.Println(back, ok)
	fmt.Println(x.(Speaker).Speak(), y.(int)*2)
	vals := []any{1, "a", 2, "b", 3}
	total := 0
	for _, v := range vals {
		if i, isInt := v.(int); isInt {
			total += i
		}
	}
	fmt.Println(total)
}

// Output:
// rex
// rex says woof
// Dog is not Loud
// 0 false
// int 13
// "" false
// false
// true false
// {fido} true
// rex says woof 24
// 6
