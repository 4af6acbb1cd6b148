// Exercises explicit argument indexes %[n]verb: reuse, reordering, with * width and precision, and after an index.
package main

import "fmt"

func main() {
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]q\n", 65)
	fmt.Printf("%[2]s %[1]s\n", "world", "hello")
	fmt.Printf("%[3]v %[2]v %[1]v\n", 1, "two", true)
	fmt.Printf("%[2]d %d %d\n", 10, 20, 30)
	fmt.Printf("%d %[1]d %d\n", 1, 2)
	fmt.Printf("%[1]*d|\n", 5, 7)
	fmt.Printf("%[2]*[1]d|\n", 7, 5)
	fmt.Printf("%[1]*.[2]*[3]d|\n", 8, 4, 9)
	fmt.Printf("%[3]*.[2]*[1]s|\n", "abcdef", 3, -6)
	fmt.Printf("%[1]T %[1]v %[2]T %[2]v\n", uint8(200), [2]bool{true})
	fmt.Println(fmt.Sprintf("%[1]s-%[1]s-%[1]s", "ab"))
	fmt.Println(fmt.Sprintf("%[2]c%[1]c%[2]c", 'a', 'b'))
	for i := 1; i <= 3; i++ {
		f := fmt.Sprintf("%%[%d]d|", i)
		fmt.Printf(f, 100, 200, 300)
	}
	fmt.Println()
	fmt.Printf("%[2]d %[1]d %[4]d\n", 1, 2, 3)
	fmt.Printf("%[1]d %[5]d\n", 1, 2)
	fmt.Printf("%[-1]d %[2d|\n", 1, 2)
}

// Output:
// 65 41 101 1000001 'A'
// hello world
// true two 1
// 20 30 %!d(MISSING)
// 1 1 2
//     7|
//     7|
//     0009|
// abc   |
// uint8 200 [2]bool [true false]
// ab-ab-ab
// bab
// 100|200|300|
// 2 1 %!d(BADINDEX)
// 1 %!d(BADINDEX)
// %!d(BADINDEX) %!d(BADINDEX)|
