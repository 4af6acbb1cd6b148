// Writing a field through a nil *struct panics with gc's nil pointer dereference message.
package main

import "fmt"

type Config struct {
	Name  string
	Level int
	Tags  [4]int
}

func lookup(ok bool) *Config {
	if ok {
		return &Config{Name: "found", Level: 1}
	}
	return nil
}

func main() {
	c := lookup(true)
	c.Level++
	fmt.Println(c.Name, c.Level)
	d := lookup(false)
	fmt.Println(d == nil)
	for i := 0; i < 3; i++ {
		fmt.Println("iteration", i)
	}
	d.Tags[2] = 7
	fmt.Println("not reached")
}

// Output:
// found 2
// true
// iteration 0
// iteration 1
// iteration 2
// Exit: 2
// Stderr: panic: runtime error: invalid memory address or nil pointer dereference
