// Slices as stacks and queues: push/pop with append and reslicing, delete, insert, reverse, filter in place.
package main

import "fmt"

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func removeAt(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insertAt(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func filterInPlace(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	var st []int
	for i := 0; i < 6; i++ {
		st = append(st, i)
	}
	top := st[len(st)-1]
	st = st[:len(st)-1]
	fmt.Println(top, st, len(st), cap(st))

	s := []int{10, 20, 30, 40, 50}
	s = removeAt(s, 1)
	fmt.Println(s, len(s), cap(s))
	s = insertAt(s, 2, 25)
	fmt.Println(s, len(s), cap(s))
	s = insertAt(s, 0, 5)
	fmt.Println(s, len(s), cap(s))
	reverse(s)
	fmt.Println(s)

	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	all := nums
	evens := filterInPlace(nums, func(v int) bool { return v%2 == 0 })
	fmt.Println(evens, all)

	// balanced parentheses with a byte stack
	for _, expr := range []string{"(()())", "())(", "((", "(()(()))"} {
		var stack []byte
		ok := true
		for i := 0; i < len(expr) && ok; i++ {
			if expr[i] == '(' {
				stack = append(stack, '(')
			} else if len(stack) == 0 {
				ok = false
			} else {
				stack = stack[:len(stack)-1]
			}
		}
		fmt.Println(expr, ok && len(stack) == 0)
	}
}

// Output:
// 5 [0 1 2 3 4] 5 8
// [10 30 40 50] 4 5
// [10 30 25 40 50] 5 5
// [5 10 30 25 40 50] 6 10
// [50 40 25 30 10 5]
// [2 4 6 8 10] [2 4 6 8 10 6 7 8 9 10]
// (()()) true
// ())( false
// (( false
// (()(())) true
