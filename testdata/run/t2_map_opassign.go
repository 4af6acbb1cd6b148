// Tests assignment and op-assignment through a map index: =, +=, ++, --, -=, *=, /=, %=, <<=, >>=, &=, |=, ^=, &^= and string +=, on present and missing keys.
package main

import "fmt"

func main() {
	m := map[string]int{}
	m["a"] = 5
	m["a"] += 1
	m["b"] += 1
	m["c"]++
	m["c"]++
	m["d"]--
	m["a"] -= 2
	m["e"] -= 2
	m["a"] <<= 1
	m["f"] = 1
	m["f"] <<= 10
	m["f"] >>= 3
	m["g"] = 7
	m["g"] *= 6
	m["g"] /= 4
	m["h"] = 17
	m["h"] %= 5
	m["i"] = 12
	m["i"] &= 10
	m["j"] |= 9
	m["k"] = 6
	m["k"] ^= 3
	m["l"] = 15
	m["l"] &^= 5
	fmt.Println(m)
	fmt.Println(len(m))

	s := map[int]string{}
	s[1] += "x"
	s[1] += "y"
	s[2] = "a"
	s[2] += s[1]
	s[2] += s[2]
	fmt.Printf("%q\n", s)

	u := map[int]uint8{}
	u[0]--
	u[1] = 200
	u[1] += 100
	u[2] = 1
	u[2] <<= 9
	fmt.Println(u)

	var shift uint = 3
	sh := map[bool]int64{true: -64}
	sh[true] >>= shift
	sh[false] = 1
	sh[false] <<= shift * 20
	fmt.Println(sh)

	// the key and right-hand side are evaluated once, left to right
	order := ""
	key := func(k string) string { order += "k" + k + " "; return k }
	val := func(v int) int { order += "v "; return v }
	c := map[string]int{}
	c[key("x")] += val(3)
	c[key("x")]++
	c[key("y")] *= val(2)
	fmt.Printf("%v [%s]\n", c, order)

	// the right-hand side sees the map before the assignment
	r := map[int]int{}
	r[0] = len(r)
	r[1] = len(r)
	r[2] = r[1] + len(r)
	fmt.Println(r)

	// counting in a loop
	counts := map[int]int{}
	for i := 0; i < 1000; i++ {
		counts[i%7]++
		counts[i%3] += 2
	}
	fmt.Println(counts)
}

// Output:
// map[a:8 b:1 c:2 d:-1 e:-2 f:128 g:10 h:2 i:8 j:9 k:5 l:10]
// 12
// map['\x01':"xy" '\x02':"axyaxy"]
// map[0:255 1:44 2:0]
// map[false:1152921504606846976 true:-8]
// map[x:4 y:0] [kx v kx ky v ]
// map[0:0 1:1 2:3]
// map[0:811 1:809 2:809 3:143 4:143 5:143 6:142]
