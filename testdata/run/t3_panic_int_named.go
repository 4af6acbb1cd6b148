// Exercises panic with a value of a named int type, which gc prints as main.MyInt(3).
package main

import "fmt"

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }

func check(vals []MyInt) {
	for _, v := range vals {
		if v%2 == 1 {
			panic(v)
		}
		fmt.Println("even", v, v.Double())
	}
}

type Small int8

func (s Small) Neg() Small { return -s }

func main() {
	var sm interface{} = Small(-4).Neg()
	fmt.Printf("%v %T %d\n", sm, sm, sm)
	var boxed interface{} = MyInt(3)
	fmt.Printf("%v %T\n", boxed, boxed)
	check([]MyInt{2, 4, 3, 6})
	fmt.Println("not reached")
}

// Output:
// 4 main.Small 4
// 3 main.MyInt
// even 2 4
// even 4 8
// Exit: 2
// Stderr: panic: main.MyInt(3)
