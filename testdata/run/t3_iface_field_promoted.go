// Exercises methods promoted from an embedded interface field: called on the struct, through an itab, and as method values.
package main

import "fmt"

type Logger interface {
	Log(s string) int
	Name() string
}

type stdout struct{ prefix string }

func (o stdout) Log(s string) int { fmt.Println(o.prefix + s); return len(s) }
func (o stdout) Name() string      { return "stdout" }

// Service embeds the interface: its methods are promoted.
type Service struct {
	Logger
	calls int
}

func (s *Service) Name() string { return "service(" + s.Logger.Name() + ")" }

type Wrapper struct {
	*Service
}

func main() {
	s := &Service{Logger: stdout{"> "}}
	n := s.Log("direct")
	fmt.Println(n, s.Name())

	var l Logger = s // *Service: Log promoted, Name its own
	l.Log("via itab")
	fmt.Println(l.Name())

	w := Wrapper{s}
	var l2 Logger = w // two levels: Wrapper -> *Service -> Logger
	l2.Log("two levels")
	fmt.Println(l2.Name())

	f := l.Log // a method value of an interface
	g := s.Log // a method value of a promoted interface method
	s.Logger = stdout{"# "}
	f("f still uses the old receiver? no: l holds s, whose field changed")
	g("g evaluated s.Logger when made")
	fmt.Printf("%T %T\n", l, l2)
}

// Output:
// > direct
// 6 service(stdout)
// > via itab
// service(stdout)
// > two levels
// service(stdout)
// # f still uses the old receiver? no: l holds s, whose field changed
// > g evaluated s.Logger when made
// *main.Service main.Wrapper
