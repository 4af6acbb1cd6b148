package main

// A List node is two words: an int, then a pointer.
type List struct {
	Val  int
	Next *List
}

func main() {
	var l *List
	for i := 1; i <= 4; i++ {
		l = &List{i, l} // rt_newobject with List's type descriptor
	}
	sum := 0
	for p := l; p != nil; p = p.Next {
		sum += p.Val
	}
	println(l.Val, sum)
}
