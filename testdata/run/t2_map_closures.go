// Tests closures capturing maps: a memoized function, a counter factory with a private map, and closures that replace the captured map variable.
package main

import "fmt"

func memo() func(int) int {
	cache := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := cache[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		cache[n] = v
		return v
	}
	return fib
}

func counterFactory() (func(string), func(string) int, func() int) {
	counts := map[string]int{}
	inc := func(k string) { counts[k]++ }
	get := func(k string) int { return counts[k] }
	size := func() int { return len(counts) }
	return inc, get, size
}

func main() {
	fib := memo()
	fmt.Println(fib(10), fib(50), fib(90))

	inc, get, size := counterFactory()
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		inc(w)
	}
	fmt.Println(get("a"), get("b"), get("z"), size())

	// two factories have separate maps
	inc2, get2, size2 := counterFactory()
	inc2("a")
	fmt.Println(get("a"), get2("a"), size(), size2())

	// a closure that reassigns the captured variable: the outer code sees the new map
	m := map[string]int{"old": 1}
	reset := func() { m = map[string]int{"new": 2} }
	add := func(k string) { m[k] = len(m) }
	add("x")
	fmt.Println(m)
	reset()
	add("y")
	fmt.Println(m)

	// closures created in a loop each capturing their own map
	var fs []func() int
	for i := 0; i < 3; i++ {
		local := map[int]int{}
		for j := 0; j <= i; j++ {
			local[j] = j
		}
		fs = append(fs, func() int { local[100] = 1; return len(local) })
	}
	fmt.Println(fs[0](), fs[1](), fs[2](), fs[0]())

	// a deferred closure sees the final contents
	func() {
		log := map[string]bool{}
		defer func() { fmt.Println("deferred sees", len(log), log) }()
		log["first"] = true
		log["second"] = true
	}()
}

// Output:
// 55 12586269025 2880067194370816120
// 3 1 0 3
// 3 1 3 1
// map[old:1 x:1]
// map[new:2 y:1]
// 2 3 4 2
// deferred sees 2 map[first:true second:true]
