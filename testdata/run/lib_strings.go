// Exercises the strings subset: Builder, Repeat, Contains, Index, Split, Join, HasPrefix/Suffix, case, TrimSpace, Fields.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString("ab")
		sb.WriteByte('-')
		sb.WriteRune('é')
	}
	sb.WriteString(fmt.Sprintf("[%d]", 42))
	fmt.Println(sb.String(), sb.Len())
	var empty strings.Builder
	fmt.Printf("%q %d\n", empty.String(), empty.Len())

	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("héllo", "l"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Join(nil, "-") == "")
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasPrefix("go", "golang"))
	fmt.Println(strings.HasSuffix("golang", "lang"), strings.HasSuffix("golang", "go"))
	fmt.Println(strings.ToUpper("Hello, wörld"), strings.ToLower("HeLLo ÀB"))
	fmt.Printf("%q\n", strings.TrimSpace("  \t padded \n "))
	fmt.Printf("%q\n", strings.Fields("  one two\tthree\n four  "))
	fmt.Println(len(strings.Fields("   ")))

	words := strings.Fields("the quick brown fox")
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	fmt.Println(strings.Join(words, " "))
	csv := "k1=v1;k2=v2;k3=v3"
	for _, kv := range strings.Split(csv, ";") {
		i := strings.Index(kv, "=")
		fmt.Println(kv[:i], "->", kv[i+1:])
	}
}

// Output:
// ab-éab-éab-é[42] 19
// "" 0
// ababab true
// true false true
// 4 -1 3
// ["a" "b" "" "c"]
// ["a" "b" "c"]
// [""]
// x, y, z true
// true false
// true false
// HELLO, WÖRLD hello àb
// "padded"
// ["one" "two" "three" "four"]
// 0
// The Quick Brown Fox
// k1 -> v1
// k2 -> v2
// k3 -> v3
