// Tests a named map type with methods (type Set map[string]bool; func (s Set) Add(k string)): value receivers see and change the shared map, set union and intersection.
package main

import (
	"fmt"
	"sort"
)

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true }
func (s Set) Remove(k string)   { delete(s, k) }
func (s Set) Has(k string) bool { return s[k] }
func (s Set) Len() int          { return len(s) }
func (s *Set) Reset()           { *s = Set{} }
func NewSet(items ...string) Set {
	s := Set{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s Set) Union(t Set) Set {
	u := Set{}
	for k := range s {
		u.Add(k)
	}
	for k := range t {
		u.Add(k)
	}
	return u
}

func (s Set) Intersect(t Set) Set {
	u := Set{}
	for k := range s {
		if t.Has(k) {
			u.Add(k)
		}
	}
	return u
}

type Counts map[int]int

func (c Counts) Inc(k int) int {
	c[k]++
	return c[k]
}

func main() {
	s := NewSet("b", "a", "c")
	s.Add("a")
	s.Add("d")
	fmt.Println(s.Len(), s.Has("a"), s.Has("z"), s.Sorted())
	s.Remove("b")
	s.Remove("nothing")
	fmt.Println(s.Sorted(), s)

	t := NewSet("c", "d", "e")
	fmt.Println(s.Union(t).Sorted(), s.Intersect(t).Sorted())

	alias := s
	alias.Add("via-alias")
	fmt.Println(s.Has("via-alias"), len(s))
	s.Reset()
	fmt.Println(len(s), len(alias))

	// method value and method expression on a map type
	add := t.Add
	add("f")
	has := Set.Has
	fmt.Println(has(t, "f"), t.Sorted())

	var nilSet Set
	fmt.Println(nilSet.Has("x"), nilSet.Len(), nilSet.Sorted(), nilSet == nil)

	c := Counts{}
	for i := 0; i < 10; i++ {
		c.Inc(i % 3)
	}
	fmt.Println(c, c.Inc(0))

	// conversion between the named and unnamed types
	raw := map[string]bool(t)
	raw["g"] = true
	fmt.Println(t.Has("g"), Set(raw).Len())
	fmt.Printf("%v %T\n", s, s)
}

// Output:
// 4 true false [a b c d]
// [a c d] map[a:true c:true d:true]
// [a c d e] [c d]
// true 4
// 0 4
// true [c d e f]
// false 0 [] true
// map[0:5 1:3 2:3] 5
// true 5
// map[] main.Set
