// Exercises methods with value and pointer receivers, method values, method expressions and promotion through embedding.
package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int          { return c.n }
func (c *Counter) Inc()             { c.n++ }
func (c *Counter) Add(d int) int    { c.n += d; return c.n }
func (c Counter) Label() string     { return c.name + "=" + fmt.Sprint(c.n) }
func (c Counter) try(d int) Counter { c.n += d; return c }

type Named struct {
	Counter // promotes Get, Label, and (for addressable values) Inc, Add
	extra   int
}

type Wrapper struct {
	*Named // promotion through an embedded pointer
}

type Celsius int

func (t Celsius) Fahrenheit() int { return int(t)*9/5 + 32 }

func (t *Celsius) Warm(d Celsius) { *t += d }

func main() {
	c := Counter{name: "c"}
	c.Inc() // (&c).Inc()
	c.Add(5)
	fmt.Println(c.Get(), c.Label(), c.try(100).n, c.n)
	pc := &c
	pc.Inc()
	fmt.Println(pc.Get(), (*pc).Label())

	inc := c.Inc // method value bound to &c
	inc()
	inc()
	get := c.Get // bound to a copy of c
	c.Inc()
	fmt.Println(c.n, get())

	getE := Counter.Get
	addE := (*Counter).Add
	incE := (*Counter).Inc
	labelE := (*Counter).Label
	incE(&c)
	fmt.Println(getE(c), addE(&c, 10), labelE(&c))
	fmt.Printf("%T | %T\n", getE, addE)

	n := Named{Counter: Counter{name: "named"}, extra: 1}
	n.Inc()
	n.Add(2)
	fmt.Println(n.Get(), n.Label(), n.Counter.n, n.extra)
	w := Wrapper{&n}
	w.Inc()
	fmt.Println(w.Get(), n.Get(), w.Named.Counter.Label())

	var t Celsius = 100
	t.Warm(5)
	fmt.Println(t, t.Fahrenheit(), Celsius(-40).Fahrenheit())
	fs := []func() int{c.Get, n.Get, t.Fahrenheit}
	for _, f := range fs {
		fmt.Print(f(), ";")
	}
	fmt.Println()
	warm := (&t).Warm
	warm(10)
	fmt.Println(t)
}

// Output:
// 6 c=6 106 6
// 7 c=7
// 10 9
// 11 21 c=21
// func(main.Counter) int | func(*main.Counter, int) int
// 3 named=3 3 1
// 4 4 named=4
// 105 221 -40
// 21;4;221;
// 115
