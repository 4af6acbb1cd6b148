// Exercises panic(err) with an error made by fmt.Errorf (gc prints the Error() text).
package main

import (
	"errors"
	"fmt"
)

func open(name string) error {
	base := errors.New("permission denied")
	return fmt.Errorf("open %s: %v", name, base)
}

func main() {
	err := open("/etc/shadow")
	fmt.Println("got:", err)
	if err != nil {
		panic(err)
	}
}

// Output:
// got: open /etc/shadow: permission denied
// Exit: 2
// Stderr: panic: open /etc/shadow: permission denied
