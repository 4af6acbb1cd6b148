package main

func trace(msg string, n int) {
	println(msg, n)
}

func work() int {
	x := 1
	defer trace("deferred, x was", x)
	x = 2
	return x
}

func tenfold() (r int) {
	defer func() { r *= 10 }()
	for i := 1; i <= 3; i++ {
		defer trace("loop", i)
	}
	return 4
}

func main() {
	println("work", work())
	println("tenfold", tenfold())
}
