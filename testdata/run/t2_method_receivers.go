// Value and pointer receivers: which mutate, automatic & and * on calls, methods on addressable elements.
package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int       { return c.n }
func (c Counter) IncCopy()       { c.n++ }
func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(k int) int { c.n += k; return c.n }
func (c Counter) Describe() string {
	return fmt.Sprintf("%s=%d", c.name, c.n)
}

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s Stack) Len() int { return len(s.items) }

func main() {
	c := Counter{name: "c"}
	c.IncCopy()
	fmt.Println(c.Get())
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), c.Add(10))
	p := &c
	p.IncCopy()
	p.Inc()
	fmt.Println(p.Get(), p.Describe(), (*p).Describe())

	cs := []Counter{{name: "a"}, {name: "b"}}
	cs[1].Inc()
	cs[1].Add(5)
	fmt.Println(cs[0].Describe(), cs[1].Describe())
	arr := [2]Counter{}
	arr[0].Add(3)
	fmt.Println(arr[0].Get())

	var s Stack
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Len(), s.Pop(), s.Pop(), s.Len())
	sp := &s
	sp.Push(100)
	fmt.Println(sp.Len(), s.items)

	type wrap struct{ c Counter }
	w := wrap{}
	w.c.Inc()
	wp := &w
	wp.c.Add(2)
	fmt.Println(w.c.Get())
}

// Output:
// 0
// 2 12
// 13 c=13 c=13
// a=0 b=6
// 3
// 5 25 16 3
// 4 [1 4 9 100]
// 3
