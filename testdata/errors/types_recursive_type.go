// types: types that contain themselves directly, through a struct field or an array element
// needs: types (the type checker reports these)
package main

type node struct { // ERROR "invalid recursive type node" "node refers to" "^node$"
	value int
	next  node
}

type ring [3]ring // ERROR "invalid recursive type ring" "ring refers to" "^ring$"

type fine struct {
	next *fine
	kids []fine
	m    map[string]fine
}

func main() {
	_ = fine{}
}
