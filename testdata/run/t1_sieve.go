// Exercises a sieve of Eratosthenes on a bool array, prime counting, twin primes and trial division.
package main

import "fmt"

const N = 200

func sieve() [N + 1]bool {
	var composite [N + 1]bool
	composite[0], composite[1] = true, true
	for i := 2; i*i <= N; i++ {
		if composite[i] {
			continue
		}
		for j := i * i; j <= N; j += i {
			composite[j] = true
		}
	}
	return composite
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	c := sieve()
	count := 0
	for i := 0; i <= N; i++ {
		if !c[i] {
			count++
			if count <= 25 {
				fmt.Print(" ", i)
			}
		}
	}
	fmt.Println()
	fmt.Println("primes up to", N, ":", count)
	agree := true
	for i, comp := range c {
		if comp == isPrime(i) {
			agree = false
		}
	}
	fmt.Println("sieve agrees with trial division:", agree)
	twins := 0
	for i := 3; i+2 <= N; i += 2 {
		if !c[i] && !c[i+2] {
			twins++
		}
	}
	fmt.Println("twin pairs:", twins)
	var primes [50]int
	k := 0
	for i := 2; k < len(primes); i++ {
		if isPrime(i) {
			primes[k] = i
			k++
		}
	}
	fmt.Println(primes[0], primes[9], primes[24], primes[49])
	fmt.Println(isPrime(1000003), isPrime(1000001), isPrime(2147483647))
}

// Output:
//  2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97
// primes up to 200 : 46
// sieve agrees with trial division: true
// twin pairs: 15
// 2 29 97 229
// true false true
