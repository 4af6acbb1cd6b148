// types: main must have no parameters and no results
// needs: types (the type checker reports these)
package main

func main(args []string) int { // ERROR "func main must have no arguments and no return values"
	return len(args)
}
