// Exercises Print/Sprint spacing (a space only between two non-string operands) versus Println/Sprintln (always).
package main

import "fmt"

func main() {
	fmt.Printf("%q\n", fmt.Sprint(1, 2))
	fmt.Printf("%q\n", fmt.Sprint("a", "b"))
	fmt.Printf("%q\n", fmt.Sprint("a", 1, "b"))
	fmt.Printf("%q\n", fmt.Sprint(1, "a", 2))
	fmt.Printf("%q\n", fmt.Sprint(1, 2, "x", 3, 4))
	fmt.Printf("%q\n", fmt.Sprint(true, false, "s", true))
	fmt.Printf("%q\n", fmt.Sprint('a', 'b', byte('c')))
	fmt.Printf("%q\n", fmt.Sprint([2]int{1, 2}, [2]int{3, 4}))
	fmt.Printf("%q\n", fmt.Sprint([1]string{"s"}, "t", [1]string{"u"}))
	fmt.Printf("%q\n", fmt.Sprint("", 1, "", 2))
	fmt.Printf("%q\n", fmt.Sprint(int8(-1), uint64(2), -3))
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprint(""))
	fmt.Printf("%q\n", fmt.Sprintln(1, 2))
	fmt.Printf("%q\n", fmt.Sprintln("a", "b"))
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, true, 'x'))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprintln(""))
	fmt.Printf("%q\n", fmt.Sprintln("", ""))
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Println("x", 1, 2, "y")
	fmt.Println()
	fmt.Print()
	fmt.Print("", "\n")
	s := fmt.Sprint(10, -10, 10)
	t := fmt.Sprintln(10, -10, 10)
	fmt.Println(len(s), len(t), s+"|"+t[:len(t)-1]+"|")
}

// Output:
// "1 2"
// "ab"
// "a1b"
// "1a2"
// "1 2x3 4"
// "true falsestrue"
// "97 98 99"
// "[1 2] [3 4]"
// "[s]t[u]"
// "12"
// "-1 2 -3"
// ""
// ""
// "1 2\n"
// "a b\n"
// "a 1 true 120\n"
// "\n"
// "\n"
// " \n"
// 1 2
// x1 2y
// x 1 2 y
//
//
// 9 10 10 -10 10|10 -10 10|
