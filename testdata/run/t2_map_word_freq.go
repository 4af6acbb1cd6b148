// Tests word-frequency counting with strings.Fields and strings.ToLower, then ordering by count and word with sort.Slice.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `The quick brown fox jumps over the lazy dog. The dog
sleeps; the fox   runs.	The end
a a a b b c
Fox fox FOX`

func main() {
	freq := map[string]int{}
	words := strings.Fields(text)
	for _, w := range words {
		w = strings.ToLower(w)
		for len(w) > 0 && (w[len(w)-1] == '.' || w[len(w)-1] == ';') {
			w = w[:len(w)-1]
		}
		freq[w]++
	}
	fmt.Println(len(words), len(freq))

	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	for _, e := range list {
		fmt.Printf("%-6s %d\n", e.w, e.c)
	}

	// letters per word length
	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	var lens []int
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Println(l, strings.Join(ws, ","))
	}
	fmt.Println(freq)
}

// Output:
// 26 14
// fox    5
// the    5
// a      3
// b      2
// dog    2
// brown  1
// c      1
// end    1
// jumps  1
// lazy   1
// over   1
// quick  1
// runs   1
// sleeps 1
// 1 a,b,c
// 3 dog,end,fox,the
// 4 lazy,over,runs
// 5 brown,jumps,quick
// 6 sleeps
// map[a:3 b:2 brown:1 c:1 dog:2 end:1 fox:5 jumps:1 lazy:1 over:1 quick:1 runs:1 sleeps:1 the:5]
