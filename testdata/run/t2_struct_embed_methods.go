// Methods promoted from embedded structs, value and pointer, through several levels.
package main

import "fmt"

type Counter struct {
	n int
}

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Value() int { return c.n }

type Named struct {
	name string
}

func (n Named) Hello() string    { return "hello " + n.name }
func (n *Named) Rename(s string) { n.name = s }

type Widget struct {
	Counter
	Named
	size int
}

type Panel struct {
	Widget
	title string
}

func (p Panel) Hello() string { return "panel " + p.title } // overrides promoted Hello

func main() {
	var w Widget
	w.Inc()
	w.Inc()
	fmt.Println(w.Value(), w.n)
	w.Rename("w1")
	fmt.Println(w.Hello())

	p := Panel{Widget: w, title: "main"}
	p.Inc()
	fmt.Println(p.Value(), w.Value())
	fmt.Println(p.Hello(), "|", p.Widget.Hello(), "|", p.Named.Hello())
	p.Rename("inner")
	fmt.Println(p.Widget.Hello())

	pp := &p
	pp.Inc()
	pp.Counter.Inc()
	fmt.Println(pp.Value())

	ws := []Widget{{size: 1}, {size: 2}}
	for i := range ws {
		for j := 0; j <= i; j++ {
			ws[i].Inc()
		}
	}
	fmt.Println(ws[0].Value(), ws[1].Value())
	f := p.Value
	p.Inc()
	fmt.Println(f(), p.Value())
}

// Output:
// 2 2
// hello w1
// 3 2
// panel main | hello w1 | hello w1
// hello inner
// 5
// 1 2
// 5 6
