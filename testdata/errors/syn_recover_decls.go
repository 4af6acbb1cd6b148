// syntax recovery: one error in each of several top-level declarations
package main

var a = []int{1, 2 3} // ERROR "unexpected literal 3 in composite literal; possibly missing comma or }"

func f() {
	for i := 0; i < 3; i++; { // ERROR "unexpected semicolon, expecting { after for clause"
	}
}

var b = [3 int{} // ERROR "unexpected int, expecting ]"

func g() {
	if x := 1 { // ERROR "cannot use x := 1 as value"
	}
}

type T struct { a int b int } // ERROR "unexpected b in struct type; possibly missing semicolon or newline or }"

func main() {}
