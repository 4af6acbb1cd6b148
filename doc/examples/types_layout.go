package main

import "unsafe"

type Loose struct {
	a bool
	b int64
	c bool
}

type Tight struct {
	b int64
	a bool
	c bool
}

const (
	loose = unsafe.Sizeof(Loose{})
	tight = unsafe.Sizeof(Tight{})
	offC  = unsafe.Offsetof(Loose{}.c)
	align = unsafe.Alignof(Loose{})
)

func main() {}
