// Exercises panic with a value whose type has a String method but no Error method (gc prints the String() text).
package main

import "fmt"

type State struct {
	Name string
	Code int
}

func (s State) String() string { return fmt.Sprintf("state %s/%d", s.Name, s.Code) }

func step(s State) State {
	if s.Code >= 3 {
		panic(s)
	}
	return State{s.Name + "+", s.Code + 1}
}

type Labels []string

func (l Labels) String() string { return fmt.Sprintf("%d labels", len(l)) }

func main() {
	var str fmt.Stringer = Labels{"a", "b"}
	fmt.Println(str, str.String() == fmt.Sprint(str))
	s := State{"init", 1}
	for i := 0; i < 5; i++ {
		fmt.Println(s)
		s = step(s)
	}
	fmt.Println("not reached")
}

// Output:
// 2 labels true
// state init/1
// state init+/2
// state init++/3
// Exit: 2
// Stderr: panic: state init++/3
