// Methods promoted through embedded fields: gc generates a wrapper for
// each, and reports what flows through it.
package main

type store struct{ items []*int }

func (s *store) put(p *int) { s.items = append(s.items, p) }

func (s store) top() *int { return s.items[len(s.items)-1] }

type named struct {
	store
	name string
}

type deep struct {
	*named
	id int
}

func fill(d deep, v *int) *int {
	d.put(v)
	return d.top()
}

func main() {
	x := 7
	d := deep{&named{name: "n"}, 1}
	println(*fill(d, &x), d.name)
}
