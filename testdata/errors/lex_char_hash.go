// lexical: invalid character # (skipping it leaves valid code)
package main

# // ERROR "invalid character U\+0023 '#'"

func main() {}
