// Exercises reversing strings by bytes and by runes, with multi-byte and invalid UTF-8 input.
package main

import "fmt"

func reverseBytes(s string) string {
	out := ""
	for i := len(s) - 1; i >= 0; i-- {
		out += s[i : i+1]
	}
	return out
}

func reverseRunes(s string) (out string) {
	for _, r := range s {
		out = string(r) + out
	}
	return
}

func reverseWords(s string) string {
	out, word := "", ""
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			if word != "" {
				if out != "" {
					word += " "
				}
				out = word + out
			}
			word = ""
			continue
		}
		word += string(rune(s[i]))
	}
	if word != "" {
		if out != "" {
			word += " "
		}
		out = word + out
	}
	return out
}

func main() {
	for _, s := range [5]string{"", "a", "hello", "héllo", "日本語!"} {
		rb, rr := reverseBytes(s), reverseRunes(s)
		fmt.Printf("%q %q %q %d %d\n", s, rb, rr, len(rb), len(rr))
	}
	fmt.Println(reverseRunes(reverseRunes("日本語")) == "日本語", reverseBytes(reverseBytes("é")) == "é")
	bad := "a\xffb\xc3"
	fmt.Printf("%q %q\n", reverseBytes(bad), reverseRunes(bad))
	fmt.Printf("%q %q %q\n", reverseWords("the quick  brown fox"), reverseWords(" one "), reverseWords(""))
}

// Output:
// "" "" "" 0 0
// "a" "a" "a" 1 1
// "hello" "olleh" "olleh" 5 5
// "héllo" "oll\xa9\xc3h" "olléh" 6 6
// "日本語!" "!\x9e\xaa謜楗\xe6" "!語本日" 10 10
// true true
// "\xc3b\xffa" "�b�a"
// "fox brown quick the" "one" ""
