package main

func fold() (int8, int, uint8) {
	var small int8 = 127
	small++
	min := -9223372036854775807 - 1
	minus := -1
	big := 1
	shift := 70
	return small, min / minus, uint8(big << shift)
}

func main() {
	a, b, c := fold()
	println(a, b, c)
}
