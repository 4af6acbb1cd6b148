package main

func main() {
	primes := []int{
		2,
		3,
		5
	}
	println(len(primes))
}
