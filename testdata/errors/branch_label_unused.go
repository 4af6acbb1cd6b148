// branches: label defined and not used (gc checks branches while parsing, in its syntax package)
package main

func main() {
L: // ERROR "label L defined and not used"
	for {
	}
}
