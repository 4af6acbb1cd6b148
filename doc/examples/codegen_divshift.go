package main

func div(x, y int) int {
	return x / y
}

func mod(x, y int) int {
	return x % y
}

func shl(x int, s uint) int {
	return x << s
}

func main() {
	println(div(-9223372036854775807-1, -1), div(7, 2))
	println(mod(-9223372036854775807-1, -1), mod(-7, 2))
	println(shl(1, 3), shl(1, 64))
}
