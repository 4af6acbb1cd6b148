// Pointer equality and nil checks: same variable, distinct variables, nil pointers.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func find(head *node, v int) *node {
	for n := head; n != nil; n = n.next {
		if n.val == v {
			return n
		}
	}
	return nil
}

func main() {
	x, y := 1, 1
	p1, p2, p3 := &x, &x, &y
	fmt.Println(p1 == p2, p1 == p3, p1 != p3, *p1 == *p3)

	var np *int
	fmt.Println(np == nil, p1 == nil, np != nil)

	a := new(int)
	b := new(int)
	fmt.Println(a == b, *a == *b)

	var head *node
	for i := 5; i >= 1; i-- {
		head = &node{val: i * 10, next: head}
	}
	n30 := find(head, 30)
	fmt.Println(n30 != nil, n30.val)
	fmt.Println(find(head, 35) == nil)
	fmt.Println(find(head, 30) == n30, find(head, 40) == n30.next)

	arr := [3]int{1, 2, 3}
	e0 := &arr[0]
	e0b := &arr[0]
	e1 := &arr[1]
	fmt.Println(e0 == e0b, e0 == e1)

	s := []int{4, 5, 6}
	t := s[1:]
	fmt.Println(&s[1] == &t[0], &s[2] == &t[0])

	type pair struct{ a, b int }
	pr := pair{1, 2}
	fmt.Println(&pr.a == &pr.a, &pr.a == &pr.b)

	var pn *node
	if pn == nil {
		fmt.Println("nil node")
	}
	count := 0
	for n := head; n != nil; n = n.next {
		count++
	}
	fmt.Println(count)
}

// Output:
// true false true true
// true false false
// false true
// true 30
// true
// true true
// true false
// true false
// true false
// nil node
// 5
