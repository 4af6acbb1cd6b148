// lexical: empty rune literal ''
package main

var r = '' // ERROR "empty rune literal or unescaped '"

func main() {}
