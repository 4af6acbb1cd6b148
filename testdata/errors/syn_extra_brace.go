// syntax: an extra closing brace after a function
package main

func main() {
}
} // ERROR "non-declaration statement outside function body"
