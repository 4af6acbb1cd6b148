// types: unexported fields and methods of library types are not accessible
// needs: types (the type checker reports these)
package main

import (
	"strings"
	"sync"
)

func main() {
	var sb strings.Builder
	_ = sb.buf // ERROR "sb\.buf undefined \(type strings\.Builder has no field or method buf\)"
	sb.copyCheck() // ERROR "sb\.copyCheck undefined \(type strings\.Builder has no field or method copyCheck\)"
	var mu sync.Mutex
	_ = mu.state // ERROR "mu\.state undefined \(type sync\.Mutex has no field or method state\)"
	var wg sync.WaitGroup
	wg.add(1) // ERROR "wg\.add undefined \(type sync\.WaitGroup has no field or method add, but does have Add\)"
	_ = strings.explode // ERROR "undefined: strings\.explode"
}
