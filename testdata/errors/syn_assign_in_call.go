// syntax: assignment used as a call argument
package main

func f(int) {}

func main() {
	x := 0
	f(x = 1) // ERROR "unexpected = in argument list; possibly missing comma or \)"
}
