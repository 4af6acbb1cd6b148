// Exercises counting characters with arrays as tables: byte histogram, letter frequencies, runes vs bytes, words and lines.
package main

import "fmt"

func main() {
	text := "It was the best of times,\nit was the worst of times; ça va, naïve café!\n"
	var counts [256]int
	for i := 0; i < len(text); i++ {
		counts[text[i]]++
	}
	for c := 'a'; c <= 'z'; c++ {
		if n := counts[c] + counts[c-'a'+'A']; n > 0 {
			fmt.Printf("%c%d ", c, n)
		}
	}
	fmt.Println("|")
	high := 0
	for b := 0x80; b < 256; b++ {
		high += counts[b]
	}
	fmt.Println("bytes:", len(text), "non-ASCII bytes:", high)

	runes, words, lines, inWord := 0, 0, 0, false
	for _, r := range text {
		runes++
		switch r {
		case '\n':
			lines++
			fallthrough
		case ' ', ',', ';', '!':
			inWord = false
		default:
			if !inWord {
				words++
				inWord = true
			}
		}
	}
	fmt.Println("runes:", runes, "words:", words, "lines:", lines)

	var vowels [5]int
	const vs = "aeiou"
	for i := 0; i < len(text); i++ {
		for j := 0; j < len(vs); j++ {
			if text[i] == vs[j] {
				vowels[j]++
			}
		}
	}
	fmt.Println(vowels)
	maxc, maxn := byte(0), 0
	for i, n := range counts {
		if n > maxn && i != ' ' {
			maxc, maxn = byte(i), n
		}
	}
	fmt.Printf("most common: %q x%d, spaces: %d\n", maxc, maxn, counts[' '])
}

// Output:
// a6 b1 c1 e6 f3 h2 i4 m2 n1 o3 r1 s6 t8 v2 w3 |
// bytes: 75 non-ASCII bytes: 6
// runes: 72 words: 16 lines: 2
// [6 6 3 3 0]
// most common: 't' x8, spaces: 14
