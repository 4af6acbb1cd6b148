// Exercises interface satisfaction through methods promoted from embedded structs and embedded pointers.
package main

import "fmt"

type Logger interface {
	Log(msg string)
	Count() int
}

type Named interface {
	Name() string
}

type Service interface {
	Logger
	Named
}

type base struct {
	lines []string
}

func (b *base) Log(msg string) { b.lines = append(b.lines, msg) }
func (b *base) Count() int     { return len(b.lines) }

type ident struct{ id string }

func (i ident) Name() string { return "svc-" + i.id }

// *Web has Log/Count from base (addressable field) and Name from ident.
type Web struct {
	base
	ident
	port int
}

// Db embeds a pointer, so even the value type Db has Log/Count.
type Db struct {
	*base
	ident
}

// Cache embeds Web by value, promoting through two levels.
type Cache struct {
	Web
	size int
}

func (c *Cache) Name() string { return "cache/" + c.Web.Name() }

func run(s Service, n int) {
	for i := 0; i < n; i++ {
		s.Log(fmt.Sprintf("%s:%d", s.Name(), i))
	}
	fmt.Println(s.Name(), "count", s.Count())
}

func main() {
	w := &Web{ident: ident{"web"}, port: 80}
	shared := &base{}
	d := Db{shared, ident{"db"}}
	c := &Cache{Web: Web{ident: ident{"c1"}}, size: 3}

	run(w, 2)
	run(d, 3)
	run(c, 1)
	var l Logger = Db{shared, ident{"other"}}
	l.Log("via other")
	fmt.Println(d.Count(), shared.Count(), l.Count())
	fmt.Println(w.lines, c.lines, c.Web.base.lines)
	fmt.Println(shared.lines)

	var n Named = w.ident
	fmt.Println(n.Name(), Named(c).Name(), Named(c.Web).Name())
	svcs := []Service{w, d, c}
	for _, s := range svcs {
		fmt.Printf("%T %s %d\n", s, s.Name(), s.Count())
	}
}

// Output:
// svc-web count 2
// svc-db count 3
// cache/svc-c1 count 1
// 4 4 4
// [svc-web:0 svc-web:1] [cache/svc-c1:0] [cache/svc-c1:0]
// [svc-db:0 svc-db:1 svc-db:2 via other]
// svc-web cache/svc-c1 svc-c1
// *main.Web svc-web 2
// main.Db svc-db 4
// *main.Cache cache/svc-c1 1
