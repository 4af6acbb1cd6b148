// types: errors are interfaces: compare them with nil or other errors, not with strings
// needs: types (the type checker reports these)
package main

import (
	"errors"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("x")
	if err == "invalid" { // ERROR `cannot convert "invalid" \(untyped string constant\) to interface\{Error\(\) string\}`
	}
	if err != nil && err.Error == "x" { // ERROR `invalid operation: err\.Error == "x" \(mismatched types func\(\) string and untyped string\)`
	}
	msg := "failed: " + err // ERROR `cannot convert "failed: " \(untyped string constant\) to interface\{Error\(\) string\}`
	var e2 error = errors.New("a")
	_ = err == e2
	_ = msg
}
