// types: a type used as an interface that lacks one of its methods
// needs: types (the type checker reports these)
package main

import "fmt"

type Speaker interface {
	Speak() string
	Name() string
}

type dog struct{}

func (dog) Speak() string { return "woof" }

func talk(s Speaker) {}

func main() {
	var s Speaker = dog{} // ERROR "cannot use dog\{\} \(value of type dog\) as type Speaker in variable declaration:"
	talk(dog{}) // ERROR "cannot use dog\{\} \(value of type dog\) as type Speaker in argument to talk:"
	var e error = dog{} // ERROR "cannot use dog\{\} \(value of type dog\) as type error in variable declaration:"
	var st fmt.Stringer = 5 // ERROR "cannot use 5 \(constant of type int\) as type fmt\.Stringer in variable declaration:"
	_, _, _ = s, e, st
}
