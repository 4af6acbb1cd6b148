// types: an imported package that is never used
// needs: types (the type checker reports these)
package main

import "os" // ERROR `imported and not used: "os"`

func main() {
}
