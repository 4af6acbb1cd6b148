// types: if and for conditions that are not booleans
// needs: types (the type checker reports these)
package main

func main() {
	n := 3
	s := "yes"
	if n { // ERROR "non-boolean condition in if statement"
	}
	if s { // ERROR "non-boolean condition in if statement"
	} else if n - 1 { // ERROR "non-boolean condition in if statement"
	}
	for n { // ERROR "non-boolean condition in for statement"
		n--
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	var p *int
	if p { // ERROR "non-boolean condition in if statement"
	}
}
