// types: terminating statements: an endless for, panic and a switch with default end a function; a for left by a labeled break does not
// needs: types (the type checker reports these)
package main

func forever() int {
	for {
	}
}

func crash() int {
	panic("no")
}

func full(n int) int {
	switch {
	case n > 0:
		return 1
	default:
		return 0
	}
}

func labeled() int {
outer:
	for {
		for {
			break outer
		}
	}
} // ERROR "missing return"

func main() {
	_, _, _, _ = forever(), crash(), full(1), labeled()
}
