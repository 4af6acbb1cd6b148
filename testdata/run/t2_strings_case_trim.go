// strings.ToUpper and ToLower for ASCII, Latin-1 and Greek; TrimSpace; Repeat.
package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"hello", "World", "MiXeD 123", "", "café", "ÉCOLE", "naïve", "Straße", "αβγ", "ΩΜΕΓΑ", "Σίσυφος"}
	for _, w := range words {
		u := strings.ToUpper(w)
		l := strings.ToLower(w)
		fmt.Printf("%q %q %q %d %d\n", w, u, l, len(u), len(l))
	}
	fmt.Println(strings.ToUpper("àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ"))
	fmt.Println(strings.ToLower("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ"))

	trims := []string{"  padded  ", "\t\ntabs\r\n", "none", "   ", "", " inner  space ", "\u00a0nbsp\u00a0"}
	for _, t := range trims {
		fmt.Printf("%q -> %q\n", t, strings.TrimSpace(t))
	}

	fmt.Println(strings.Repeat("ab", 5), strings.Repeat("-", 20))
	fmt.Printf("%q %q\n", strings.Repeat("x", 0), strings.Repeat("", 10))
	fmt.Println(len(strings.Repeat("é", 1000)))
	for i := 1; i <= 4; i++ {
		fmt.Println(strings.Repeat(" ", 4-i) + strings.Repeat("*", 2*i-1))
	}
}

// Output:
// "hello" "HELLO" "hello" 5 5
// "World" "WORLD" "world" 5 5
// "MiXeD 123" "MIXED 123" "mixed 123" 9 9
// "" "" "" 0 0
// "café" "CAFÉ" "café" 5 5
// "ÉCOLE" "ÉCOLE" "école" 6 6
// "naïve" "NAÏVE" "naïve" 6 6
// "Straße" "STRAßE" "straße" 7 7
// "αβγ" "ΑΒΓ" "αβγ" 6 6
// "ΩΜΕΓΑ" "ΩΜΕΓΑ" "ωμεγα" 10 10
// "Σίσυφος" "ΣΊΣΥΦΟΣ" "σίσυφος" 14 14
// ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ
// àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ
// "  padded  " -> "padded"
// "\t\ntabs\r\n" -> "tabs"
// "none" -> "none"
// "   " -> ""
// "" -> ""
// " inner  space " -> "inner  space"
// "\u00a0nbsp\u00a0" -> "nbsp"
// ababababab --------------------
// "" ""
// 2000
//    *
//   ***
//  *****
// *******
