// Loop depth: a pointer kept across iterations outlives the variable of
// one iteration; labeled loops and nested ones count their depth.
package main

type cell struct{ v int }

func lastOf(rows [][]int) *cell {
	var last *cell
outer:
	for _, row := range rows {
		for _, v := range row {
			c := cell{v}
			if v < 0 {
				break outer
			}
			last = &c
		}
	}
	return last
}

func inner(rows [][]int) int {
	sum := 0
	for _, row := range rows {
		var p *cell
		for _, v := range row {
			c := cell{v}
			p = &c
			sum += p.v
		}
	}
	return sum
}

func main() {
	rows := [][]int{{1, 2}, {3}}
	println(lastOf(rows).v, inner(rows))
}
