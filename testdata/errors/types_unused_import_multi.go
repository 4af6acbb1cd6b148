// types: several unused imports in a group, one renamed, one used
// needs: types (the type checker reports these)
package main

import (
	"errors" // ERROR `imported and not used: "errors"`
	"fmt"
	str "strings" // ERROR `imported and not used: "strings" as str`
	"sync" // ERROR `imported and not used: "sync"`
)

func main() {
	fmt.Println("hi")
}
