// types: a nil condition is only a non-boolean condition
// needs: types (the type checker reports these)
package main

func main() {
	if nil { // ERROR "non-boolean condition in if statement"
	}
	for nil { // ERROR "non-boolean condition in for statement"
	}
	for i := 0; nil; i++ { // ERROR "non-boolean condition in for statement"
	}
}
