// Exercises fmt's error forms: wrong verb %!d(string=...), missing and extra operands, bad widths, bad indexes and no verb.
package main

import "fmt"

func main() {
	fmt.Printf("%d %d\n", "hi", true)
	fmt.Printf("%s %s\n", 42, int8(-3))
	fmt.Printf("%t %t\n", 1, "yes")
	fmt.Printf("%c %U %q\n", "x", true, false)
	fmt.Printf("%x %o %b\n", true, "s", false)
	fmt.Printf("%z %y\n", 1, "s")
	fmt.Printf("%d %s\n", 1)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%s\n", "a", "b", 3, true)
	fmt.Printf("no verbs\n", uint8(5))
	fmt.Printf("%!\n", 1)
	fmt.Printf("%[3]d %[1]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%[2]d %d\n", 1, 2, 3)
	fmt.Printf("%*d\n", "wide", 5)
	fmt.Printf("%.*d\n", true, 5)
	fmt.Printf("%*d\n", 10000000, 5)
	fmt.Printf("%.*d|\n", -1, 5)
	fmt.Printf("%-*d|\n", 3, 5)
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%d %d %d\n", 1, "two")
	fmt.Printf("%v %v\n", [2]int{1, 2})
	fmt.Printf("%d\n", [2]string{"a", "b"})
	fmt.Printf("%s\n", [2]int{1, 2})
	s := fmt.Sprintf("%d-%s-%v", "x", 2)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%q", true), fmt.Sprintf("%c", uint64(1)<<40))
}

// Output:
// %!d(string=hi) %!d(bool=true)
// %!s(int=42) %!s(int8=-3)
// %!t(int=1) %!t(string=yes)
// %!c(string=x) %!U(bool=true) %!q(bool=false)
// %!x(bool=true) %!o(string=s) %!b(bool=false)
// %!z(int=1) %!y(string=s)
// 1 %!s(MISSING)
// %!d(MISSING)
// 1
// %!(EXTRA int=2)a
// %!(EXTRA string=b, int=3, bool=true)no verbs
// %!(EXTRA uint8=5)%!!(int=1)
// %!d(BADINDEX) 1
// %!d(BADINDEX)
// %!d(BADINDEX)
// 2 3
// %!(BADWIDTH)5
// %!(BADPREC)5
// %!(BADWIDTH)5
// %!(BADPREC)5|
// 5  |
// trailing %!(NOVERB)
// 1 %!d(string=two) %!d(MISSING)
// [1 2] %!v(MISSING)
// [%!d(string=a) %!d(string=b)]
// [%!s(int=1) %!s(int=2)]
// %!d(string=x)-%!s(int=2)-%!v(MISSING) 37
// %!q(bool=true) �
