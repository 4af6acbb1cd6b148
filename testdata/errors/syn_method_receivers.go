// syntax: method with two receivers and method with an empty receiver list
package main

type T int

func (a, b T) f() {} // ERROR "method has multiple receivers"

func () g() {} // ERROR "method has no receiver"

func main() {}
