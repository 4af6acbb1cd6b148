// Exercises a worker pool: jobs and results channels, WaitGroup closing the results, deterministic collection by index.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct{ id, n int }

type result struct {
	id, value int
	worker    int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j.id, collatz(j.n), id}
	}
}

func main() {
	jobs := make(chan job)
	results := make(chan result, 4)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i := 0; i < 20; i++ {
			jobs <- job{i, i + 1}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	workersSeen := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersSeen[r.worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all {
		fmt.Print(r.value, " ")
	}
	fmt.Println("|", len(all), len(workersSeen) >= 1)
}

// Output:
// 0 1 7 2 5 8 16 3 19 6 14 9 9 17 17 4 12 20 20 7 | 20 true
