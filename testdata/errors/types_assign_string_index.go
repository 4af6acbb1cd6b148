// types: strings are immutable: their bytes cannot be assigned
// needs: types (the type checker reports these)
package main

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	s[1]++ // ERROR "cannot assign to s\[1\] \(value of type byte\)"
	const word = "word"
	word[0] = 'W' // ERROR "cannot assign to word\[0\] \(value of type byte\)"
	t := s
	t[len(t)-1] += 1 // ERROR "cannot assign to t\[len\(t\) - 1\] \(value of type byte\)"
	_ = t
}
