// Type switches and assertions: the case variable holds what the interface held.
package main

type shape interface{ area() int }

type sq struct{ s int }

func (q *sq) area() int { return q.s * q.s }

var last *sq
var keep interface{}

func classify(v interface{}) int {
	switch x := v.(type) {
	case *sq:
		last = x
		return 1
	case int:
		return x
	}
	return 0
}

func stash(v interface{}) {
	if s, ok := v.(shape); ok {
		keep = s
	}
}

func main() {
	q := &sq{2}
	println(classify(q), classify(3))
	stash(q)
}
