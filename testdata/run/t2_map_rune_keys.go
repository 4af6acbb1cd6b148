// Tests rune keys: counting runes of a string with non-ASCII characters via range, and printing with %c and %q after sorting the keys.
package main

import (
	"fmt"
	"sort"
)

func main() {
	text := "héllo wörld, 你好 世界! héé"
	counts := map[rune]int{}
	for _, r := range text {
		counts[r]++
	}
	var keys []int
	for r := range counts {
		keys = append(keys, int(r))
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("%c %q %U %d\n", rune(k), rune(k), rune(k), counts[rune(k)])
	}
	fmt.Println(len(counts), counts['é'], counts['l'], counts['你'], counts['x'])

	// rune to name
	names := map[rune]string{'α': "alpha", 'β': "beta", 'γ': "gamma", 0x10FFFF: "max"}
	for _, r := range "βαγδ" {
		fmt.Printf("%s %q\n", string(r), names[r])
	}
	fmt.Println(names[0x10FFFF], names[-1] == "")

	// invalid UTF-8 becomes U+FFFD
	bad := map[rune]int{}
	for _, r := range "a\xffb\xfe" {
		bad[r]++
	}
	fmt.Println(bad)
	fmt.Println(counts)
}

// Output:
//   ' ' U+0020 4
// ! '!' U+0021 1
// , ',' U+002C 1
// d 'd' U+0064 1
// h 'h' U+0068 2
// l 'l' U+006C 3
// o 'o' U+006F 1
// r 'r' U+0072 1
// w 'w' U+0077 1
// é 'é' U+00E9 3
// ö 'ö' U+00F6 1
// 世 '世' U+4E16 1
// 你 '你' U+4F60 1
// 好 '好' U+597D 1
// 界 '界' U+754C 1
// 15 3 3 1 0
// β "beta"
// α "alpha"
// γ "gamma"
// δ ""
// max true
// map[97:1 98:1 65533:2]
// map[32:4 33:1 44:1 100:1 104:2 108:3 111:1 114:1 119:1 233:3 246:1 19990:1 20320:1 22909:1 30028:1]
