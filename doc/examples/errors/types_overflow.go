package main

const huge = 1 << 600

func main() {
	var b byte = 300
	b = b + 300
	c := byte(300)
	const small int8 = 100
	d := small * 2
	e := 1 << 70
	println(b, c, d, e, huge>>590)
}
