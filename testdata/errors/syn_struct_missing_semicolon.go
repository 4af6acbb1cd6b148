// syntax: two struct fields on one line without a semicolon
package main

type T struct { a int b int } // ERROR "unexpected b in struct type; possibly missing semicolon or newline or }"

func main() {}
