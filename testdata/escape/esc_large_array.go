// Exercises local arrays larger than the 10 MiB stack-variable limit: moved to the heap.
package main

import "fmt"

const big = 11 << 20

func bigLocal() int {
	var a [big]byte // ERROR "moved to heap: a"
	a[0] = 1
	a[big-1] = 2
	return int(a[0]) + int(a[big-1])
}

func smallLocal() int {
	var a [1024]byte
	a[10] = 7
	return int(a[10])
}

func bigNew() int {
	p := new([big]byte) // ERROR "new\(\[11534336\]byte\) escapes to heap"
	p[5] = 5
	return int(p[5])
}

func main() {
	fmt.Println(bigLocal(), smallLocal(), bigNew()) // ERROR "\.\.\. argument does not escape" "bigLocal\(\) escapes to heap" "smallLocal\(\) escapes to heap" "bigNew\(\) escapes to heap"
}
