// lexical: newline inside an interpreted string literal (the annotation is inside the string)
package main

var s = "abc // ERROR `newline in string`

func main() {}
