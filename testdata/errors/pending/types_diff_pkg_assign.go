// types: assigning to a qualified identifier of a package
// needs: types (the type checker reports these)
package main

import "fmt"

func main() {
	fmt.Println = nil // ERROR "use of package fmt not in selector" "cannot assign to fmt\.Println \(value of type func\(a \.\.\.any\) \(n int, err error\)\)"
	fmt.Println, _ = nil, 1 // ERROR "use of package fmt not in selector" "cannot assign to fmt\.Println \(value of type func\(a \.\.\.any\) \(n int, err error\)\)"
}
