// 2- and 3-index slicing: lengths and caps, defaults, slicing arrays, strings and beyond len up to cap.
package main

import "fmt"

func info(s []int) string {
	return fmt.Sprint(s, " len=", len(s), " cap=", cap(s))
}

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[:]
	fmt.Println(info(s))
	fmt.Println(info(s[2:5]))
	fmt.Println(info(s[2:5:7]))
	fmt.Println(info(s[:0]))
	fmt.Println(info(s[10:]))
	fmt.Println(info(s[3:3:3]))
	fmt.Println(info(arr[4:6:10]))

	t := s[2:4]
	fmt.Println(info(t[:cap(t)])) // reslice beyond len up to cap
	u := s[2:4:5]
	fmt.Println(info(u[:3]))
	fmt.Println(info(u[1:]))

	// 3-index slice protects the rest of the array from append
	v := arr[0:2:2]
	v = append(v, 100)
	fmt.Println(arr[2], v)
	w := arr[0:2]
	w = append(w, 200)
	fmt.Println(arr[2], w)

	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:8], len(str[12:]))

	lo, hi, max := 1, 4, 6
	x := s[lo:hi:max]
	fmt.Println(info(x))
	y := x[lo : hi : max-lo]
	fmt.Println(info(y))

	var ns []int
	fmt.Println(info(ns[:]), ns[:] == nil, ns[0:0:0] == nil)

	bs := []byte("abcdef")
	fmt.Println(string(bs[1:3:4]), cap(bs[1:3:4]), cap(bs[5:]))
}

// Output:
// [0 1 2 3 4 5 6 7 8 9] len=10 cap=10
// [2 3 4] len=3 cap=8
// [2 3 4] len=3 cap=5
// [] len=0 cap=10
// [] len=0 cap=0
// [] len=0 cap=0
// [4 5] len=2 cap=6
// [2 3 4 5 6 7 8 9] len=8 cap=8
// [2 3 4] len=3 cap=3
// [3] len=1 cap=2
// 2 [0 1 100]
// 200 [0 1 200]
// world hello lo, w 0
// [1 200 3] len=3 cap=5
// [200 3 4] len=3 cap=4
// [] len=0 cap=0 true true
// bc 3 1
