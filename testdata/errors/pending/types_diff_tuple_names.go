// types: a multiple-value call in single-value context shows the result names of its tuple type
// needs: types (the type checker reports these)
package main

import "fmt"

func two() (n int, err error) { return 0, nil }

func pair() (a, b string) { return "", "" }

func main() {
	_ = -fmt.Println() // ERROR "multiple-value fmt\.Println\(\) \(value of type \(n int, err error\)\) in single-value context"
	_ = -two() // ERROR "multiple-value two\(\) \(value of type \(n int, err error\)\) in single-value context"
	_ = pair() + "x" // ERROR "multiple-value pair\(\) \(value of type \(a string, b string\)\) in single-value context"
}
