// Exercises Conway's game of life on a fixed [8][8]bool array: generations computed on copies, wrap-around neighbours.
package main

import "fmt"

const W = 8

func step(g [W][W]bool) (next [W][W]bool) {
	for r := 0; r < W; r++ {
		for c := 0; c < W; c++ {
			n := 0
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if (dr != 0 || dc != 0) && g[(r+dr+W)%W][(c+dc+W)%W] {
						n++
					}
				}
			}
			next[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return
}

func show(g [W][W]bool) {
	for _, row := range g {
		line := ""
		for _, alive := range row {
			if alive {
				line += "#"
			} else {
				line += "."
			}
		}
		fmt.Println(line)
	}
}

func population(g [W][W]bool) (n int) {
	for _, row := range g {
		for _, a := range row {
			if a {
				n++
			}
		}
	}
	return
}

func main() {
	var g [W][W]bool
	g[0][1], g[1][2], g[2][0], g[2][1], g[2][2] = true, true, true, true, true // a glider
	start := g
	for gen := 0; gen < 4; gen++ {
		g = step(g)
	}
	show(g)
	fmt.Println(population(start), population(g), g == start)
	for gen := 4; gen < 32; gen++ {
		g = step(g)
	}
	fmt.Println("after 32 generations the glider is home:", g == start)
	var blinker [W][W]bool
	blinker[4][3], blinker[4][4], blinker[4][5] = true, true, true
	b1 := step(blinker)
	fmt.Println(b1 == blinker, step(b1) == blinker, b1[3][4], b1[4][3])
}

// Output:
// ........
// ..#.....
// ...#....
// .###....
// ........
// ........
// ........
// ........
// 5 5 false
// after 32 generations the glider is home: true
// false true true false
