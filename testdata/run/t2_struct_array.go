// Arrays of structs: literals, indexing, in-place updates, and a small selection sort.
package main

import "fmt"

type Student struct {
	Name  string
	Score int
}

type Class struct {
	Students [5]Student
	N        int
}

func (c *Class) Add(name string, score int) {
	c.Students[c.N] = Student{name, score}
	c.N++
}

func (c *Class) SortByScore() {
	for i := 0; i < c.N; i++ {
		m := i
		for j := i + 1; j < c.N; j++ {
			if c.Students[j].Score > c.Students[m].Score {
				m = j
			}
		}
		c.Students[i], c.Students[m] = c.Students[m], c.Students[i]
	}
}

func main() {
	var c Class
	c.Add("ann", 71)
	c.Add("bob", 93)
	c.Add("cy", 58)
	c.Add("dee", 88)
	fmt.Println(c.N, c.Students)
	c.SortByScore()
	for i := 0; i < c.N; i++ {
		fmt.Printf("%d. %-4s %3d\n", i+1, c.Students[i].Name, c.Students[i].Score)
	}
	c.Students[0].Score += 5
	fmt.Println(c.Students[0])

	grid := [2][2]Student{{{"a", 1}, {"b", 2}}, {{"c", 3}, {"d", 4}}}
	sum := 0
	for _, row := range grid {
		for _, s := range row {
			sum += s.Score
		}
	}
	fmt.Println(sum, grid[1][0].Name)

	lit := [...]Student{2: {"two", 2}, 0: {Name: "zero"}}
	fmt.Println(len(lit), lit)
	fmt.Printf("%+v\n", lit[2])
}

// Output:
// 4 [{ann 71} {bob 93} {cy 58} {dee 88} { 0}]
// 1. bob   93
// 2. dee   88
// 3. ann   71
// 4. cy    58
// {bob 98}
// 10 c
// 3 [{zero 0} { 0} {two 2}]
// {Name:two Score:2}
