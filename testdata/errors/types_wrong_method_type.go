// types: a method with the right name but the wrong signature does not satisfy an interface
// needs: types (the type checker reports these)
package main

import "fmt"

type Sizer interface {
	Size() int
}

type file struct{}

func (file) Size() string { return "big" }

type named struct{}

func (named) String(x int) string { return "n" }

type quiet struct{}

func (quiet) error() string { return "private" }

func main() {
	var s Sizer = file{} // ERROR "cannot use file\{\} \(value of type file\) as type Sizer in variable declaration:"
	var st fmt.Stringer = named{} // ERROR "cannot use named\{\} \(value of type named\) as type fmt\.Stringer in variable declaration:"
	var e error = quiet{} // ERROR "cannot use quiet\{\} \(value of type quiet\) as type error in variable declaration:"
	_, _, _ = s, st, e
}
