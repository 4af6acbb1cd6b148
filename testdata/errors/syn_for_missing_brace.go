// syntax: { of a for statement on the next line
package main

func main() {
	for i := 0; i < 3; i++ // ERROR "unexpected newline, expecting { after for clause"
	{
	}
}
