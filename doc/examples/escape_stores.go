package main

type box struct {
	p *int
}

func direct() int {
	a := 1
	var b box
	b.p = &a // a store into the variable b
	return *b.p
}

func indirect() int {
	a := 2
	b := &box{}
	b.p = &a // a store through the pointer b
	return *b.p
}

func element() int {
	a := 3
	s := make([]*int, 1)
	s[0] = &a // a store through s's pointer to its array
	return *s[0]
}

func main() {
	println(direct(), indirect(), element())
}
