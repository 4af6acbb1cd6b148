// types: a package-level name that is also the name of an imported package (used or not)
// needs: types (the type checker reports these)
package main

import (
	"fmt" // ERROR `imported and not used: "fmt"` "other declaration of fmt"
	"strings" // ERROR "other declaration of strings"
)

type fmt int // ERROR `fmt already declared through import of package fmt \("fmt"\)`

func strings() {} // ERROR `strings already declared through import of package strings \("strings"\)`

func main() {
	_ = strings.ToUpper("a")
}
