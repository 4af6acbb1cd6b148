// Deferred calls with arguments: gc evaluates them into temporaries that a
// wrapper closure captures.
package main

import "fmt"

type logger struct{ lines []string }

func (l *logger) add(s string) { l.lines = append(l.lines, s) }

func report(p *int, label string) { fmt.Println(label, *p) }

func work(l *logger) (n int) {
	defer l.add("done")
	x := 1
	defer report(&x, "x")
	for i := 0; i < 2; i++ {
		defer report(&i, "i")
	}
	return x
}

func main() {
	var l logger
	work(&l)
	fmt.Println(len(l.lines))
}
