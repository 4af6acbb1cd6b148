// Embedding a pointer to a struct: promoted fields and methods through the pointer, shared state.
package main

import "fmt"

type Stats struct {
	hits, misses int
}

func (s *Stats) Hit()  { s.hits++ }
func (s *Stats) Miss() { s.misses++ }
func (s Stats) Ratio() int {
	if s.hits+s.misses == 0 {
		return 0
	}
	return 100 * s.hits / (s.hits + s.misses)
}

type Cache struct {
	*Stats
	name  string
	slots [4]int
}

func (c *Cache) Get(k int) bool {
	if c.slots[k%4] == k {
		c.Hit()
		return true
	}
	c.Miss()
	c.slots[k%4] = k
	return false
}

func main() {
	shared := &Stats{}
	a := Cache{Stats: shared, name: "a"}
	b := Cache{Stats: shared, name: "b"}
	for _, k := range []int{1, 2, 1, 5, 1, 2, 6, 6} {
		a.Get(k)
	}
	b.Get(3)
	b.Get(3)
	fmt.Println(a.hits, a.misses, b.hits, shared.misses, a.Ratio())
	fmt.Println(a.Stats == b.Stats, a.slots, b.slots)

	c := a // copies the pointer, not the Stats
	c.Hit()
	fmt.Println(a.hits, c.hits)

	var d Cache
	fmt.Println(d.Stats == nil, d.name == "")
	d.Stats = new(Stats)
	d.Get(0)
	d.Get(0)
	fmt.Println(d.hits, d.misses, d.Ratio())
}

// Output:
// 4 6 4 6 40
// true [0 1 6 0] [0 0 0 3]
// 5 5
// true true
// 2 0 100
