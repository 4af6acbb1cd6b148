// lexical: general comment not terminated at end of file
package main

func main() {}

/* this comment never ends // ERROR "comment not terminated"

func f() {}
