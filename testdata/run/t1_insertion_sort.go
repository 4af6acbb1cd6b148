// Exercises insertion sort and selection sort on arrays by value, sorting bytes of a string and a descending order.
package main

import "fmt"

func insertion(a [8]int) [8]int {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
	return a
}

func selectionDesc(a [8]int) (out [8]int) {
	out = a
	for i := 0; i < len(out); i++ {
		m := i
		for j := i + 1; j < len(out); j++ {
			if out[j] > out[m] {
				m = j
			}
		}
		out[i], out[m] = out[m], out[i]
	}
	return
}

func sortString(s string) string {
	var buf [32]byte
	n := len(s)
	for i := 0; i < n; i++ {
		buf[i] = s[i]
	}
	for i := 1; i < n; i++ {
		for j := i; j > 0 && buf[j-1] > buf[j]; j-- {
			buf[j-1], buf[j] = buf[j], buf[j-1]
		}
	}
	out := ""
	for i := 0; i < n; i++ {
		out += string(rune(buf[i]))
	}
	return out
}

func main() {
	a := [8]int{31, -4, 15, 9, 26, -53, 5, 8}
	b := insertion(a)
	c := selectionDesc(a)
	fmt.Println(a)
	fmt.Println(b)
	fmt.Println(c)
	fmt.Println(insertion(c) == b, selectionDesc(b) == c)
	fmt.Printf("%q %q %q\n", sortString("insertionsort"), sortString("Hello, World"), sortString(""))
	var u [8]uint8 = [8]uint8{200, 3, 255, 0, 128, 127, 1, 64}
	for i := 1; i < len(u); i++ {
		for j := i; j > 0 && u[j-1] > u[j]; j-- {
			u[j-1], u[j] = u[j], u[j-1]
		}
	}
	fmt.Println(u)
}

// Output:
// [31 -4 15 9 26 -53 5 8]
// [-53 -4 5 8 9 15 26 31]
// [31 26 15 9 8 5 -4 -53]
// true true
// "eiinnoorrsstt" " ,HWdellloor" ""
// [0 1 3 64 127 128 200 255]
