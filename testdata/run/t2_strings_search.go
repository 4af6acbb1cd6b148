// strings.Contains, Index, HasPrefix and HasSuffix, including empty needles and multi-byte text.
package main

import (
	"fmt"
	"strings"
)

func main() {
	hay := "the quick brown fox jumps over the lazy dog"
	needles := []string{"the", "fox", "dog", "cat", "", "g", "the lazy", "quick brown fox jumps"}
	for _, n := range needles {
		fmt.Printf("%q contains=%v index=%d\n", n, strings.Contains(hay, n), strings.Index(hay, n))
	}
	fmt.Println(strings.Index("", ""), strings.Index("", "a"), strings.Contains("", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("aaaab", "aab"))
	fmt.Println(strings.Index("héllo wörld", "wö"), strings.Contains("日本語", "本"))

	fmt.Println(strings.HasPrefix(hay, "the "), strings.HasPrefix(hay, "quick"), strings.HasPrefix(hay, ""))
	fmt.Println(strings.HasSuffix(hay, "dog"), strings.HasSuffix(hay, "do"), strings.HasSuffix("a", "ba"))
	fmt.Println(strings.HasPrefix("", ""), strings.HasSuffix("", "x"))

	// count occurrences with repeated Index
	count := 0
	s := hay
	for {
		i := strings.Index(s, "o")
		if i < 0 {
			break
		}
		count++
		s = s[i+1:]
	}
	fmt.Println(count)

	long := strings.Repeat("ab", 500) + "abc"
	fmt.Println(strings.Index(long, "abc"), strings.Contains(long, "ba"), strings.Contains(long, "bb"))
	files := []string{"main.go", "main_test.go", "README.md", "go.mod"}
	for _, f := range files {
		if strings.HasSuffix(f, ".go") && !strings.HasSuffix(f, "_test.go") {
			fmt.Println("source:", f)
		}
	}
}

// Output:
// "the" contains=true index=0
// "fox" contains=true index=16
// "dog" contains=true index=40
// "cat" contains=false index=-1
// "" contains=true index=0
// "g" contains=true index=42
// "the lazy" contains=true index=31
// "quick brown fox jumps" contains=true index=4
// 0 -1 true
// 4 2
// 7 true
// true false true
// true false false
// true false
// 4
// 1000 true false
// source: main.go
