// Allocation-heavy: append 1e6 ints one by one, then rebuild slices of slices; checksums.
package main

import "fmt"

func main() {
	var s []int
	grows := 0
	last := 0
	for i := 0; i < 1000000; i++ {
		s = append(s, i*3)
		if cap(s) != last {
			last = cap(s)
			grows++
		}
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	fmt.Println(len(s), cap(s), grows, sum)

	var bs []byte
	for i := 0; i < 1000000; i++ {
		bs = append(bs, byte(i))
	}
	x := 0
	for _, b := range bs {
		x = (x*31 + int(b)) % 1000000007
	}
	fmt.Println(len(bs), cap(bs), x)

	total := 0
	for round := 0; round < 200; round++ {
		var rows [][]int
		for r := 0; r < 50; r++ {
			row := make([]int, 0, 4)
			for c := 0; c < 20; c++ {
				row = append(row, r*c+round)
			}
			rows = append(rows, row)
		}
		total += rows[49][19] + len(rows)
	}
	fmt.Println(total)
}

// Output:
// 1000000 1055744 38 1499998500000
// 1000000 1114112 142362452
// 216100
