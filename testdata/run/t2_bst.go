// Exercises a pointer-based binary search tree: recursion, nil checks, pointer-to-pointer updates and in-order walks.
package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         int
	Count       int
}

func insert(t **Tree, k int) {
	for *t != nil {
		switch {
		case k < (*t).Key:
			t = &(*t).Left
		case k > (*t).Key:
			t = &(*t).Right
		default:
			(*t).Count++
			return
		}
	}
	*t = &Tree{Key: k, Count: 1}
}

func (t *Tree) Walk(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit) // methods may be called on nil pointers
	visit(t)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", t.Left, t.Key, t.Right)
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65, 20, 20} {
		insert(&root, k)
	}
	var keys []string
	total := 0
	root.Walk(func(t *Tree) {
		keys = append(keys, fmt.Sprintf("%d×%d", t.Key, t.Count))
		total += t.Count
	})
	fmt.Println(strings.Join(keys, " "), total)
	fmt.Println("height", root.Height())
	fmt.Println(root)
	var empty *Tree
	fmt.Println(empty.Height(), empty)
}

// Output:
// 20×3 30×2 40×1 50×1 60×1 65×1 70×1 80×1 11
// height 4
// (((() 20 ()) 30 (() 40 ())) 50 ((() 60 (() 65 ())) 70 (() 80 ())))
// 0 ()
