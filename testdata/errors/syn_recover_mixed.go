// recovery: lexical and syntax errors in one file; lexical errors do not stop the parser
package main

var s = "\q"   // ERROR "unknown escape"
var n = 0b102  // ERROR "invalid digit '2' in binary literal"

func main() {
	x := 1 +   // a line ending in an operator continues
		2
	x = 1 2    // ERROR "unexpected literal 2 at end of statement"
	var r = '' // ERROR "empty rune literal or unescaped '"
	z := [3]int{1, 2 3} // ERROR "unexpected literal 3 in composite literal; possibly missing comma or }"
}
