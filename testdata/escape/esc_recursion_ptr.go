// Exercises a recursive function taking a pointer that it does not retain.
package main

import "fmt"

type tree struct {
	left, right *tree
	val         int
}

func sumTree(t *tree) int { // ERROR "t does not escape"
	if t == nil {
		return 0
	}
	return t.val + sumTree(t.left) + sumTree(t.right)
}

func countDown(n int, acc *int) { // ERROR "acc does not escape"
	if n == 0 {
		return
	}
	*acc += n
	countDown(n-1, acc)
}

func main() {
	l := tree{val: 1}
	r := tree{val: 2}
	root := tree{left: &l, right: &r, val: 3}
	total := 0
	countDown(4, &total)
	fmt.Println(sumTree(&root), total) // ERROR "\.\.\. argument does not escape" "sumTree\(&root\) escapes to heap" "total escapes to heap"
}
