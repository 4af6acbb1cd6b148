package main

type Node struct {
	next  *Node
	kids  []Node
	value int
}

type Outer struct{ in Inner }
type Inner struct{ out Outer }

var total = sum()

func sum() int { return total + 1 }

func main() {
	println(total)
}
