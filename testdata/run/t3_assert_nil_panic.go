// Exercises the panic of a single-result assertion to a concrete type applied to a nil interface value.
package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q *Sq) Area() int { return q.s * q.s }

func find(want int, shapes []Shape) Shape {
	for _, s := range shapes {
		if s.Area() == want {
			return s
		}
	}
	return nil
}

func main() {
	shapes := []Shape{&Sq{2}, &Sq{3}}
	s := find(9, shapes)
	fmt.Println(s.(*Sq).s)
	s = find(5, shapes)
	fmt.Println("found nothing:", s == nil)
	_, ok := s.(*Sq)
	fmt.Println("comma-ok on nil is safe:", ok)
	q := s.(*Sq)
	fmt.Println("not reached", q)
}

// Output:
// 3
// found nothing: true
// comma-ok on nil is safe: false
// Exit: 2
// Stderr: panic: interface conversion: main.Shape is nil, not *main.Sq
