package main

import "fmt"

func main() {
	total := 2 + 3*4
	fmt.Println(total, len("hi"))
}
