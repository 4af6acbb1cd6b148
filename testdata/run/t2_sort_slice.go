// sort.Slice with distinct keys: structs by field, by derived key, descending, and on a subslice.
package main

import (
	"fmt"
	"sort"
)

type City struct {
	Name string
	Pop  int
}

func main() {
	cities := []City{
		{"Oslo", 709},
		{"Lima", 10719},
		{"Bern", 134},
		{"Cairo", 9540},
		{"Quito", 2011},
		{"Doha", 956},
	}
	sort.Slice(cities, func(i, j int) bool { return cities[i].Pop < cities[j].Pop })
	fmt.Println(cities)
	sort.Slice(cities, func(i, j int) bool { return cities[i].Name < cities[j].Name })
	for _, c := range cities {
		fmt.Print(" ", c.Name)
	}
	fmt.Println()
	sort.Slice(cities, func(i, j int) bool { return cities[i].Pop > cities[j].Pop })
	fmt.Println(cities[0].Name, cities[len(cities)-1].Name)

	nums := []int{15, -3, 8, 22, -14, 1, 0}
	sort.Slice(nums, func(i, j int) bool {
		a, b := nums[i], nums[j]
		if a < 0 {
			a = -a
		}
		if b < 0 {
			b = -b
		}
		return a < b
	})
	fmt.Println(nums)

	words := []string{"ccc", "a", "dddd", "bb", "eeeee"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	fmt.Println(words)

	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Slice(big, func(i, j int) bool { return big[i] < big[j] })
	fmt.Println(big[0], big[1], big[500], big[999])

	part := []int{50, 40, 30, 20, 10}
	sub := part[1:4]
	sort.Slice(sub, func(i, j int) bool { return sub[i] < sub[j] })
	fmt.Println(part)
}

// Output:
// [{Bern 134} {Oslo 709} {Doha 956} {Quito 2011} {Cairo 9540} {Lima 10719}]
//  Bern Cairo Doha Lima Oslo Quito
// Lima Bern
// [0 1 -3 8 -14 15 22]
// [eeeee dddd ccc bb a]
// 0 1 500 999
// [50 20 30 40 10]
