// syntax: an import before the package clause
import "fmt" // ERROR "package statement must be first"

package main

func main() { fmt.Println() }
