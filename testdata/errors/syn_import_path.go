// syntax: import of an identifier instead of a string
package main

import fmt // ERROR "missing import path"

func main() {}
