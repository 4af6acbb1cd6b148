// Tests that m[k]++ on a nil map panics with "assignment to entry in nil map" (exit status 2) after the reads before it succeed.
package main

import "fmt"

type Counter struct {
	hits map[string]int
}

func main() {
	c := Counter{}
	fmt.Println(c.hits["page"], len(c.hits))
	defer fmt.Println("deferred call runs")
	c.hits["page"]++
	fmt.Println("not reached")
}

// Output:
// 0 0
// deferred call runs
// Exit: 2
// Stderr: panic: assignment to entry in nil map
