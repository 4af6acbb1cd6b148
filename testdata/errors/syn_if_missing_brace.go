// syntax: { of an if statement on the next line
package main

func main() {
	x := 1
	if x > 0 // ERROR "unexpected newline, expecting { after if clause"
	{
		x++
	}
}
