// types: a for post statement and an if or switch init statement cannot be an expression whose value is dropped
// needs: types (the type checker reports these)
package main

func main() {
	for i := 0; i < 3; i + 1 { // ERROR "i \+ 1 \(value of type int\) is not used"
	}
	n := 5
	for j := 0; j < n; j == j { // ERROR "j == j \(untyped bool value\) is not used"
	}
	switch n + 1; { // ERROR "n \+ 1 \(value of type int\) is not used"
	}
	if n * 2; n > 0 { // ERROR "n \* 2 \(value of type int\) is not used"
	}
}
