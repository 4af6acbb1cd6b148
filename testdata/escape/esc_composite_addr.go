// Exercises &T{} composite literals: one returned (escapes), one used locally (does not).
package main

import "fmt"

type config struct {
	name  string
	level int
}

func defaultConfig() *config {
	return &config{name: "default", level: 1} // ERROR "&config\{\.\.\.\} escapes to heap"
}

func levelOf(name string) int { // ERROR "name does not escape"
	c := &config{name: name, level: len(name)} // ERROR "&config\{\.\.\.\} does not escape"
	if c.level > 3 {
		c.level = 3
	}
	return c.level
}

func pair() (*config, int) {
	a := &config{name: "a"} // ERROR "&config\{\.\.\.\} escapes to heap"
	b := &config{name: "bb", level: 2} // ERROR "&config\{\.\.\.\} does not escape"
	return a, b.level
}

func main() {
	c := defaultConfig()
	a, lv := pair()
	fmt.Println(c.name, levelOf("hello"), a.name, lv) // ERROR "\.\.\. argument does not escape" "c\.name escapes to heap" "levelOf\(\"hello\"\) escapes to heap" "a\.name escapes to heap" "lv escapes to heap"
}
