// Exercises sync.Mutex, sync.RWMutex, sync.Once and sync.WaitGroup with many goroutines.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

type Store struct {
	sync.RWMutex // embedded: Lock, RLock... are promoted
	data         map[int]int
}

func (s *Store) Get(k int) int {
	s.RLock()
	defer s.RUnlock()
	return s.data[k]
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc("all")
			if i%2 == 0 {
				c.Inc("even")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m)

	var once sync.Once
	calls := 0
	var wg2 sync.WaitGroup
	wg2.Add(10)
	for i := 0; i < 10; i++ {
		go func() {
			defer wg2.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg2.Wait()
	once.Do(func() { calls += 100 })
	fmt.Println("once ran", calls, "time(s)")

	s := &Store{data: map[int]int{}}
	var wg3 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg3.Add(1)
		go func(k int) {
			defer wg3.Done()
			s.Lock()
			s.data[k%5] += k
			s.Unlock()
		}(i)
	}
	wg3.Wait()
	sum := 0
	for k := 0; k < 5; k++ {
		sum += s.Get(k)
	}
	fmt.Println(s.data, sum)

	var mu sync.Mutex
	total := 0
	var wg4 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg4.Add(1)
		go func(n int) {
			mu.Lock()
			total += n
			mu.Unlock()
			wg4.Done()
		}(i)
	}
	wg4.Wait()
	fmt.Println(total)
}

// Output:
// map[all:50 even:25]
// once ran 1 time(s)
// map[0:30 1:34 2:38 3:42 4:46] 190
// 5050
