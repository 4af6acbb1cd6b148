// Pointers to arrays: indexing through the pointer, len, range and slicing a *[N]T.
package main

import "fmt"

func fill(a *[5]int, v int) {
	for i := range a {
		a[i] = v + i
	}
}

func sum(a *[5]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	var arr [5]int
	fill(&arr, 10)
	fmt.Println(arr, sum(&arr), len(&arr))

	p := &arr
	p[0] = -1
	(*p)[1] = -2
	fmt.Println(arr)

	s := p[1:4]
	s[0] = 77
	fmt.Println(arr, len(s), cap(s))

	grid := new([3][3]int)
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i*3 + j
		}
	}
	fmt.Println(*grid)

	row := &grid[1]
	row[2] = 50
	fmt.Println(grid[1])

	cp := *p
	cp[4] = 1000
	fmt.Println(arr[4], cp[4])

	bytes := [4]byte{'a', 'b', 'c', 'd'}
	bp := &bytes
	bp[0] = 'z'
	fmt.Println(string(bp[:]))
	for i, c := range bp {
		fmt.Print(" ", i, ":", string(c))
	}
	fmt.Println()
}

// Output:
// [10 11 12 13 14] 60 5
// [-1 -2 12 13 14]
// [-1 77 12 13 14] 3 4
// [[0 1 2] [3 4 5] [6 7 8]]
// [3 4 50]
// 14 1000
// zbcd
//  0:z 1:b 2:c 3:d
