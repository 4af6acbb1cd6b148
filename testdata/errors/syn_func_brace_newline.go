// syntax: { of a function body on the next line (reported on the line of the {)
package main

func main()
{ // ERROR "unexpected semicolon or newline before {"
}
