// Exercises errors.New and returning error values.
package main

import (
	"errors"
	"fmt"
)

var errEmpty = errors.New("empty")

func check(s string) error { // ERROR "s does not escape"
	if s == "" {
		return errEmpty
	}
	if len(s) > 5 {
		return errors.New("too long: " + s) // ERROR "\"too long: \" \+ s escapes to heap"
	}
	return nil
}

func wrap(err error) error { // ERROR "leaking param: err"
	if err == nil {
		return nil
	}
	return errors.New("wrapped: " + err.Error()) // ERROR "\"wrapped: \" \+ err\.Error\(\) escapes to heap"
}

func main() {
	fmt.Println(check(""), check("abcdefg"), check("ok")) // ERROR "\.\.\. argument does not escape"
	fmt.Println(wrap(check(""))) // ERROR "\.\.\. argument does not escape"
}
