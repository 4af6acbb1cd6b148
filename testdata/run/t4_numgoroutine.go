// Exercises runtime.NumGoroutine while goroutines are blocked, and a WaitGroup-ordered shutdown.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started, finished sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("while blocked:", runtime.NumGoroutine())
	close(release)
	finished.Wait()
	fmt.Println("all finished")
}

// Output:
// at start: 1
// while blocked: 6
// all finished
