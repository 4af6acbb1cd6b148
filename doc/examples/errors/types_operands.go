package main

func f() {}

func two() (int, int) { return 1, 2 }

func main() {
	m := map[string]int{"a": 1}
	ch := make(chan int)
	const c = 7
	x := 0
	_ = &m["a"]
	_ = &<-ch
	_ = &c
	_ = &two()
	var s string = x
	_ = f()
	_ = len
	_ = int
	var b byte = c * 100
}
