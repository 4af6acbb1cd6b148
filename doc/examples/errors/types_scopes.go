package main

import (
	"fmt"
	"os"
	str "strings"
)

func main() {
	x := 1
	if x := "shadow"; x != "" {
		fmt.Println(x)
	}
	y := 2
	y = 3
	{
		x := x + 1
		fmt.Println(x)
	}
	len := 5
	fmt.Println(len)
}
