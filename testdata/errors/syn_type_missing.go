// syntax: type declaration without a type
package main

type T // ERROR "unexpected newline in type declaration"

func main() {}
