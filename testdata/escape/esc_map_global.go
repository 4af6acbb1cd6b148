// Exercises a global map: keys and values stored into it, and a local map assigned to it.
package main

import "fmt"

type user struct {
	name string
}

var users = make(map[string]*user) // ERROR "make\(map\[string\]\*user\) escapes to heap"
var counts map[int]int

func addUser(name string) { // ERROR "leaking param: name"
	u := user{name: name} // ERROR "moved to heap: u"
	users[name] = &u
}

func addPtr(u *user) { // ERROR "leaking param: u"
	users[u.name] = u
}

func reset() {
	m := make(map[int]int) // ERROR "make\(map\[int\]int\) escapes to heap"
	m[0] = 1
	counts = m
}

func main() {
	addUser("ann")
	addPtr(&user{name: "bob"}) // ERROR "&user\{\.\.\.\} escapes to heap"
	reset()
	fmt.Println(users["ann"].name, len(users), counts[0]) // ERROR "\.\.\. argument does not escape" "users\[\"ann\"\]\.name escapes to heap" "len\(users\) escapes to heap" "counts\[0\] escapes to heap"
}
