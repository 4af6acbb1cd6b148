// Exercises the Caesar cipher and ROT13 with byte arithmetic and modular shifts, including negative keys.
package main

import "fmt"

func shift(c byte, base byte, k int) byte {
	off := (int(c-base) + k) % 26
	if off < 0 {
		off += 26
	}
	return base + byte(off)
}

func caesar(s string, k int) string {
	out := ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			c = shift(c, 'a', k)
		case c >= 'A' && c <= 'Z':
			c = shift(c, 'A', k)
		}
		out += string(rune(c))
	}
	return out
}

func vigenere(s, key string, sign int) (out string) {
	j := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c = shift(c, 'A', sign*int(key[j%len(key)]-'A'))
			j++
		}
		out += string(rune(c))
	}
	return
}

func main() {
	msg := "The Quick Brown Fox Jumps Over The Lazy Dog!"
	for _, k := range [6]int{0, 1, 3, 13, 25, -3} {
		fmt.Println(k, caesar(msg, k))
	}
	enc := caesar(msg, 7)
	fmt.Println(caesar(enc, -7) == msg, caesar(enc, 19) == msg, caesar(msg, 52) == msg, caesar(msg, -27) == caesar(msg, 25))
	fmt.Println(caesar(caesar("Hello, ROT13", 13), 13))
	v := vigenere("ATTACKATDAWN", "LEMON", 1)
	fmt.Println(v, vigenere(v, "LEMON", -1))
}

// Output:
// 0 The Quick Brown Fox Jumps Over The Lazy Dog!
// 1 Uif Rvjdl Cspxo Gpy Kvnqt Pwfs Uif Mbaz Eph!
// 3 Wkh Txlfn Eurzq Ira Mxpsv Ryhu Wkh Odcb Grj!
// 13 Gur Dhvpx Oebja Sbk Whzcf Bire Gur Ynml Qbt!
// 25 Sgd Pthbj Aqnvm Enw Itlor Nudq Sgd Kzyx Cnf!
// -3 Qeb Nrfzh Yoltk Clu Grjmp Lsbo Qeb Ixwv Ald!
// true true true true
// Hello, ROT13
// LXFOPVEFRNHR ATTACKATDAWN
