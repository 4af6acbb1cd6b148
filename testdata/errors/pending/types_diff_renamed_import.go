// types: an undefined name in a renamed import is reported with the package name, not the local name
// needs: types (the type checker reports these)
package main

import str "strings"

func main() {
	str.Nosuch() // ERROR "undefined: strings\.Nosuch"
	_ = str.ToUpper("a")
}
