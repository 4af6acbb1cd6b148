// syntax: several results without parentheses
package main

func f() int, error { // ERROR "unexpected comma after top level declaration"
	return 0, nil
}

func main() {}
