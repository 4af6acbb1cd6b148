// syntax: { of a switch statement on the next line, after an init statement
package main

func main() {
	switch x := 1; x // ERROR "missing { after switch clause"
	{
	case 1:
	}
}
