// Exercises pointers: new, &x, *p, pointers to structs and array elements, pointer comparison.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func newCounter() *int {
	n := 10 // escapes to the heap
	return &n
}

func main() {
	x := 1
	p := &x
	*p = 5
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)

	q := new(int)
	fmt.Println(*q, q != nil)
	*q += 3
	y := 9
	swap(q, &y)
	fmt.Println(*q, y)

	c := newCounter()
	*c *= 2
	fmt.Println(*c)

	var list *Node
	for i := 3; i > 0; i-- {
		list = &Node{Val: i, Next: list}
	}
	for n := list; n != nil; n = n.Next {
		fmt.Print(n.Val, ";")
	}
	fmt.Println()
	list.Next.Val = 20 // auto-dereference through pointers
	(*list).Val = 10
	fmt.Println(list.Val, list.Next.Val, (*list.Next).Next.Val)

	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 200
	ap := &arr
	ap[2] = 300 // indexing through a pointer to array
	fmt.Println(arr, len(ap))
	for i := range ap {
		ap[i]++
	}
	fmt.Println(arr)

	pp := &p
	**pp = 77
	fmt.Println(x, *pp == p)
	var np *Node
	fmt.Println(np == nil, np)
	s := new(Node)
	s.Val--
	fmt.Println(*s, s.Next == nil)
	b := new([2]bool)
	b[1] = true
	fmt.Println(*b)
}

// Output:
// 7 7 true
// 0 true
// 9 3
// 20
// 1;2;3;
// 10 20 3
// [1 200 300] 3
// [2 201 301]
// 77 true
// true <nil>
// {-1 <nil>} true
// [false true]
