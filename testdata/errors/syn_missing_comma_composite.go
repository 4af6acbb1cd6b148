// syntax: missing comma before the newline in a multi-line composite literal
package main

var a = []int{
	1,
	2 // ERROR "unexpected newline in composite literal; possibly missing comma or }"
}

func main() {}
