package main

const limit = 2

func report(n int, found bool) {}

func main() {
	ages := map[string]int{"ann": 30}
	ages["bob"] = limit * 20
	n, ok := ages["eve"]
	ch := make(chan int, 1)
	ch <- n
	v := <-ch
	report(len(ages)+v, ok)
}
