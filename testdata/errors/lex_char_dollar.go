// lexical: invalid character $ (skipping it leaves valid code)
package main

func main() {
	x := 1 $ // ERROR "invalid character U\+0024 '\$'"
	_ = x
}
