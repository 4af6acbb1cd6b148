// Tests string keys with shared prefixes, the empty string, long keys, keys differing only in the last byte, keys built at run time, and substrings as keys.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	m := map[string]int{}
	prefixes := []string{"", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi"}
	for i, p := range prefixes {
		m[p] = i
	}
	fmt.Println(len(m), m[""], m["a"], m["abcdefgh"], m["abcdefghi"], m["abcdefghij"])

	long := strings.Repeat("x", 1000)
	m[long+"1"] = 1001
	m[long+"2"] = 1002
	m[long] = 1000
	fmt.Println(len(m), m[long+"1"], m[long+"2"], m[long], m[long+"3"])

	// keys that are slices of a larger string and keys built byte by byte
	s := "hello, world"
	m[s[0:5]] = 5
	b := []byte{'h', 'e', 'l', 'l', 'o'}
	fmt.Println(m["hello"], m[string(b)], m[s[7:]])
	b[0] = 'j'
	fmt.Println(m[string(b)], m["hello"])

	// keys with embedded NUL and non-ASCII bytes
	m["a\x00b"] = 7
	m["a\x00c"] = 8
	m["日本"] = 9
	fmt.Println(m["a\x00b"], m["a\x00c"], m["a"], m["日本"], m["日"])

	// a long common prefix with different tails
	pre := strings.Repeat("prefix/", 20)
	paths := map[string]int{}
	for i := 0; i < 100; i++ {
		paths[pre+fmt.Sprint(i)] = i
	}
	ok := 0
	for i := 0; i < 100; i++ {
		if paths[pre+fmt.Sprint(i)] == i {
			ok++
		}
	}
	fmt.Println(len(paths), ok)

	// case matters
	cs := map[string]bool{"Go": true}
	fmt.Println(cs["Go"], cs["go"], cs["GO"], cs[strings.ToUpper("go")[:1]+"o"])

	var keys []string
	for k := range m {
		if len(k) < 20 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	fmt.Printf("%q\n", keys)
}

// Output:
// 10 0 1 8 9 0
// 13 1001 1002 1000 0
// 5 5 0
// 0 5
// 7 8 1 9 0
// 100 100
// true false false true
// ["" "a" "a\x00b" "a\x00c" "ab" "abc" "abcd" "abcde" "abcdef" "abcdefg" "abcdefgh" "abcdefghi" "hello" "日本"]
