// Exercises Printf with * widths and precisions from arguments: negative widths, zero, several stars and mixed verbs.
package main

import "fmt"

func main() {
	for w := -6; w <= 6; w += 3 {
		fmt.Printf("[%*d] [%*s] [%-*d]\n", w, 42, w, "ab", w, 7)
	}
	for p := 0; p <= 4; p++ {
		fmt.Printf("[%.*d] [%.*s] [%.*x]\n", p, 7, p, "abcdef", p, 255)
	}
	fmt.Printf("[%*.*d] [%*.*s] [%-*.*s]\n", 8, 4, 12, 6, 2, "xyz", 6, 2, "xyz")
	fmt.Printf("[%0*d] [%+*d] [%#*x] [%0*x]\n", 6, -5, 6, 5, 8, 255, 4, 10)
	width := int8(5)
	prec := uint16(3)
	fmt.Printf("[%*d] [%.*d]\n", width, 1, prec, 1)
	fmt.Printf("[%*c] [%-*q] [%*t] [%*U]\n", 4, 'x', 6, 'y', 7, true, 10, 0x41)
	fmt.Printf("[%*v] [%-*v]\n", 10, [2]int{1, 2}, 10, "v")
	fmt.Printf("[%[2]*[1]d] [%[3]*.[2]*[1]d]\n", 12, 5, 8)
	fmt.Printf("[%*d] [%*d]\n", 0, 9, -1, 9)
	fmt.Printf("[%.*d] [%.*s]\n", -2, 9, -1, "neg prec is ignored")
	cols := [3]string{"id", "name", "score"}
	widths := [3]int{4, -10, 6}
	line := ""
	for i, c := range cols {
		line += fmt.Sprintf("|%*s", widths[i], c)
	}
	fmt.Println(line + "|")
	row := fmt.Sprintf("|%*d|%*s|%*d|", widths[0], 1, widths[1], "gosub", widths[2], 97)
	fmt.Println(row)
}

// Output:
// [42    ] [ab    ] [7     ]
// [42 ] [ab ] [7  ]
// [42] [ab] [7]
// [ 42] [ ab] [7  ]
// [    42] [    ab] [7     ]
// [7] [] [ff]
// [7] [a] [ff]
// [07] [ab] [ff]
// [007] [abc] [0ff]
// [0007] [abcd] [00ff]
// [    0012] [    xy] [xy    ]
// [-00005] [    +5] [    0xff] [000a]
// [    1] [001]
// [   x] ['y'   ] [   true] [    U+0041]
// [[         1          2]] [v         ]
// [   12] [   00012]
// [9] [9]
// [%!(BADPREC)9] [%!(BADPREC)neg prec is ignored]
// |  id|name      | score|
// |   1|gosub     |    97|
