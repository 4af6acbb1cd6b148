// Exercises single, grouped and aliased imports, and several import declarations.
package main

import "fmt"
import (
	"strconv"
	str "strings"
)
import (
	_ "os" // blank import: only its initialization
	"sort"
)

func main() {
	fmt.Println(str.ToUpper("alias"), strconv.Itoa(12)+"3")
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	fmt.Println(xs)
}

// Output:
// ALIAS 123
// [1 2 3]
