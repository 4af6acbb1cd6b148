// Exercises all three for forms, multiple loop variables, range over strings and arrays with blank and omitted variables.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	fmt.Println()
	j := 10
	for j > 0 {
		j -= 3
	}
	fmt.Println(j)
	k := 0
	for {
		if k++; k >= 5 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 9; i < j; i, j = i+1, j-1 {
		fmt.Print(i*10+j, " ")
	}
	fmt.Println("|")
	var n int
	for n = 1; n < 1000; n *= 3 {
	}
	fmt.Println(n)
	for n > 700 {
		n -= 100
	}
	fmt.Println(n)

	arr := [5]string{"a", "b", "c", "d", "e"}
	for i := range arr {
		arr[i] += arr[i]
	}
	for i, v := range arr {
		arr[len(arr)-1-i] = v // range over an array iterates over a copy
	}
	fmt.Println(arr)
	total := 0
	for _, v := range [4]int{1, 2, 3, 4} {
		total += v
	}
	cnt := 0
	for range arr {
		cnt++
	}
	fmt.Println(total, cnt)
	for i := range "héllo" {
		fmt.Print(i)
	}
	fmt.Println()
	for _, r := range "héllo" {
		fmt.Print(string(r), r, " ")
	}
	fmt.Println("|")
	var u8 uint8
	steps := 0
	for u8 = 250; u8 >= 250; u8++ {
		steps++
	}
	fmt.Println(u8, steps)
	i := 100
	for i := 0; i < 2; i++ {
		fmt.Print(i)
	}
	fmt.Println(i)
}

// Output:
// 012
// -2
// 5
// 9 18 27 36 45 |
// 2187
// 687
// [ee dd cc bb aa]
// 10 5
// 01345
// h104 é233 l108 l108 o111 |
// 0 6
// 01100
