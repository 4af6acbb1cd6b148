// syntax: function body not closed at end of file (no final newline; EOF is on the last line)
package main

func main() {
	x := 1
	_ = x
// ERROR "unexpected EOF, expecting }"