// Exercises single, grouped and aliased imports, and several import declarations.
package main

import "fmt"
import (
	f "fmt"
	"os"
)
import (
	_ "os" // blank import: only its initialization
)

func main() {
	fmt.Println("plain", 12)
	f.Println("alias", f.Sprint(1, 2)+"3")
	if f.Sprint(7) != "7" {
		os.Exit(1)
	}
}

// Output:
// plain 12
// alias 1 23
