// Exercises the panic of a failed single-result assertion to an interface type whose method the dynamic type lacks.
package main

import "fmt"

type Opener interface {
	Open() string
}

type Closer interface {
	Open() string
	Close() string
}

type Door struct{ id int }

func (d Door) Open() string { return fmt.Sprint("door ", d.id, " open") }

type Safe struct{}

func (Safe) Open() string  { return "safe open" }
func (Safe) Close() string { return "safe closed" }

func closeIt(o Opener) string {
	c := o.(Closer) // panics when o lacks Close
	return c.Close()
}

func main() {
	things := []Opener{Safe{}, Door{1}}
	for _, t := range things {
		fmt.Println(t.Open())
		fmt.Println(closeIt(t))
	}
	fmt.Println("not reached")
}

// Output:
// safe open
// safe closed
// door 1 open
// Exit: 2
// Stderr: panic: interface conversion: main.Door is not main.Closer: missing method Close
