package main

var (
	a = 0b102
	b = 0x
	c = 'ab'
	d = "tab\q"
	e = "no end
	f = 09
	price€ = 3
)

func main() {}
