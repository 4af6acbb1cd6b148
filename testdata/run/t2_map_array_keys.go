// Tests array keys: [2]int, [3]string, [4]byte and nested arrays, with keys built by element assignment and compared by value.
package main

import "fmt"

func main() {
	m := map[[2]int]int{}
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			m[[2]int{i, j}] = i*10 + j
		}
	}
	var k [2]int
	k[0] = 3
	k[1] = 4
	fmt.Println(len(m), m[k], m[[2]int{4, 3}], m[[2]int{5, 5}])
	delete(m, k)
	_, ok := m[k]
	fmt.Println(len(m), ok)

	s := map[[3]string]int{}
	s[[3]string{"a", "b", "c"}] = 1
	s[[3]string{"a", "bc", ""}] = 2
	s[[3]string{"ab", "c", ""}] = 3
	s[[3]string{"", "", ""}] = 4
	var ks [3]string
	ks[0] = "a"
	ks[1] = "b" + ""
	ks[2] = string([]byte{'c'})
	s[ks] += 10
	fmt.Println(len(s), s[[3]string{"a", "b", "c"}], s[[3]string{}], s)

	b := map[[4]byte]string{}
	b[[4]byte{127, 0, 0, 1}] = "localhost"
	b[[4]byte{10, 0, 0, 1}] = "router"
	ip := [4]byte{127, 0, 0, 1}
	fmt.Println(b[ip], b[[4]byte{10, 0, 0, 1}], b[[4]byte{1, 0, 0, 127}] == "")

	nested := map[[2][2]int]bool{}
	nested[[2][2]int{{1, 2}, {3, 4}}] = true
	nested[[2][2]int{{1, 2}, {4, 3}}] = false
	fmt.Println(len(nested), nested[[2][2]int{{1, 2}, {3, 4}}], nested)

	// an array key copied into the map is not affected by later writes to the variable
	key := [2]int{7, 7}
	m[key] = 77
	key[0] = 8
	fmt.Println(m[[2]int{7, 7}], m[key])

	// zero-length array key
	z := map[[0]int]string{}
	z[[0]int{}] = "only"
	fmt.Println(len(z), z[[0]int{}])
}

// Output:
// 25 34 43 0
// 24 false
// 4 11 4 map[[  ]:4 [a b c]:11 [a bc ]:2 [ab c ]:3]
// localhost router true
// 2 true map[[[1 2] [3 4]]:true [[1 2] [4 3]]:false]
// 77 0
// 1 only
