// Exercises range over strings: byte offsets and runes, invalid UTF-8 yielding U+FFFD one byte at a time, and rune counts.
package main

import "fmt"

func runeCount(s string) (n int) {
	for range s {
		n++
	}
	return
}

func main() {
	for i, r := range "aé日\U0001F600z" {
		fmt.Printf(" %d:%q:%U", i, r, r)
	}
	fmt.Println()

	bad := "a\xffb\xe6\x97c\xed\xa0\x80d\xc0\xafe\xf4\x90\x80\x80"
	for i, r := range bad {
		fmt.Printf(" %d:%d", i, r)
	}
	fmt.Println()
	fmt.Println(len(bad), runeCount(bad))

	strs := [6]string{"", "ascii", "héllo", "日本語", "\xff\xfe", "\U0010FFFF"}
	for _, s := range strs {
		fmt.Print(" ", len(s), "/", runeCount(s))
	}
	fmt.Println()

	// the index only, and the rune only
	last := -1
	for i := range "日本" {
		last = i
	}
	var sum rune
	for _, r := range "abc" {
		sum += r
	}
	fmt.Println(last, sum)

	// truncated sequences at the end
	for i, r := range "x\xe6\x97" {
		fmt.Print(" ", i, ":", r)
	}
	fmt.Println()
	var runes [8]rune
	n := 0
	for _, r := range "Go语言!" {
		runes[n] = r
		n++
	}
	fmt.Println(runes, n)
	out := ""
	for _, r := range runes {
		if r != 0 {
			out += string(r)
		}
	}
	fmt.Println(out)
}

// Output:
//  0:'a':U+0061 1:'é':U+00E9 3:'日':U+65E5 6:'😀':U+1F600 10:'z':U+007A
//  0:97 1:65533 2:98 3:65533 4:65533 5:99 6:65533 7:65533 8:65533 9:100 10:65533 11:65533 12:101 13:65533 14:65533 15:65533 16:65533
// 17 17
//  0/0 5/5 6/5 9/3 2/2 4/1
// 3 294
//  0:120 1:65533 2:65533
// [71 111 35821 35328 33 0 0 0] 5
// Go语言!
