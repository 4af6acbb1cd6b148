// Pointer-based stack and queue types with methods; nil checks on empty structures.
package main

import "fmt"

type elem struct {
	v    int
	next *elem
}

type Stack struct {
	top  *elem
	size int
}

func (s *Stack) Push(v int) {
	s.top = &elem{v, s.top}
	s.size++
}

func (s *Stack) Pop() (int, bool) {
	if s.top == nil {
		return 0, false
	}
	v := s.top.v
	s.top = s.top.next
	s.size--
	return v, true
}

type Queue struct {
	head, tail *elem
}

func (q *Queue) Put(v int) {
	e := &elem{v: v}
	if q.tail == nil {
		q.head, q.tail = e, e
		return
	}
	q.tail.next = e
	q.tail = e
}

func (q *Queue) Get() (int, bool) {
	if q.head == nil {
		return 0, false
	}
	e := q.head
	q.head = e.next
	if q.head == nil {
		q.tail = nil
	}
	return e.v, true
}

func main() {
	var s Stack
	var q Queue
	for i := 1; i <= 5; i++ {
		s.Push(i * 10)
		q.Put(i * 10)
	}
	fmt.Println(s.size)
	for {
		a, ok1 := s.Pop()
		b, ok2 := q.Get()
		if !ok1 || !ok2 {
			fmt.Println("empty", ok1, ok2, s.top == nil, q.head == nil, q.tail == nil)
			break
		}
		fmt.Println(a, b)
	}
	q.Put(7)
	v, ok := q.Get()
	fmt.Println(v, ok, s.size)
}

// Output:
// 5
// 50 10
// 40 20
// 30 30
// 20 40
// 10 50
// empty false false true true true
// 7 true 0
