// Exercises Print/Sprint/Sprintln spacing rules and fmt's error forms (%!verb, EXTRA, MISSING).
package main

import "fmt"

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, 2, 3)
	fmt.Print("\n")
	fmt.Println("a", "b", 1, 2, true)
	s := fmt.Sprint("x", 1, 2, "y", false, true)
	fmt.Println(s, len(s))
	ln := fmt.Sprintln("x", 1, 2)
	fmt.Printf("%q\n", ln)
	fmt.Println(fmt.Sprint(), fmt.Sprintln() == "\n", fmt.Sprint(true, false))

	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 3)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 3)
	fmt.Printf("%d\n", 1, "x", true)
	fmt.Printf("%z\n", 7)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%c\n", "str")
	fmt.Printf("%x %X\n", true, false)
	fmt.Printf("%!\n")
	fmt.Printf("no verb %")
	fmt.Println()
	fmt.Printf("%s %d\n", true, "x")
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%.*d\n", "p", 5)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%-+5d|%+-5d|%#-6x|\n", 3, 3, 15)
	fmt.Printf("%v %s\n", [3]int{1, 2, 3}, [2]string{"x", "y"})
	fmt.Println(fmt.Sprintf("%d-%s", 4))
	fmt.Println(fmt.Sprintf("%U", "x"))
	fmt.Println(fmt.Sprintf("%q", 1<<40))
}

// Output:
// ab1 2c3
// 1 2 3
// a b 1 2 true
// x1 2yfalse true 15
// "x 1 2\n"
//  true true false
// %!d(string=hi)
// %!s(int=3)
// 1 %!d(MISSING)
// 1
// %!(EXTRA int=3)1
// %!(EXTRA string=x, bool=true)%!z(int=7)
// %!t(int=1)
// %!c(string=str)
// %!x(bool=true) %!X(bool=false)
// %!!(MISSING)
// no verb %!(NOVERB)
// %!s(bool=true) %!d(string=x)
// %!(BADWIDTH)5
// %!(BADPREC)5
// 2 1
// %!d(BADINDEX)
// +3   |+3   |0xf   |
// [1 2 3] [x y]
// 4-%!s(MISSING)
// %!U(string=x)
// '�'
