package main

const big = 1 << 100 >> 98

func main() {
	var b byte = 1<<3 + 2
	n := big
	var mask uint8 = 1 << n
	small := n < 2+3
	_, _, _ = b, mask, small
}
