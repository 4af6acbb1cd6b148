// Exercises strconv.Itoa/Atoi (with errors) and sort.Ints/Strings/Slice.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

type person struct {
	name string
	age  int
}

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(9223372036854775807)+"!")
	for _, s := range []string{"42", "-7", "+8", "007", "", "abc", "1.5", "99999999999999999999"} {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("parsed", n)
	}

	ints := []int{5, 2, 8, -1, 2, 0}
	sort.Ints(ints)
	fmt.Println(ints)
	strs := []string{"pear", "apple", "Banana", "fig", ""}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)

	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 35}, {"dave", 25}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].age != people[j].age {
			return people[i].age < people[j].age
		}
		return people[i].name < people[j].name
	})
	fmt.Println(people)
	sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] })
	fmt.Println(ints)
	m := map[string]int{"b": 2, "c": 3, "a": 1}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m[k], ";")
	}
	fmt.Println()
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, len(empty))
}

// Output:
// 0 -123 9223372036854775807!
// parsed 42
// parsed -7
// parsed 8
// parsed 7
// error: strconv.Atoi: parsing "": invalid syntax
// error: strconv.Atoi: parsing "abc": invalid syntax
// error: strconv.Atoi: parsing "1.5": invalid syntax
// error: strconv.Atoi: parsing "99999999999999999999": value out of range
// [-1 0 2 2 5 8]
// ["" "Banana" "apple" "fig" "pear"]
// [{bob 25} {dave 25} {alice 30} {carol 35}]
// [8 5 2 2 0 -1]
// a=1;b=2;c=3;
// [] 0
