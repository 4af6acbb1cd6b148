// Control flow: compares fused with branches, conditional moves for
// small if/else, booleans as values, loops that fall into their body.
package main

func max(a, b int) int {
	m := b
	if a > b { // amd64:"cmovl",-"jl",-"jg" arm64:"csel\s",-"b\.lt",-"b\.gt"
		m = a
	}
	return m
}

func absDiff(a, b uint) uint {
	d := a - b
	if a < b { // amd64:"cmovb" arm64:"csel\s+x[0-9]+, x[0-9]+, x[0-9]+, lo"
		d = b - a
	}
	return d
}

func less(a, b int) bool {
	return a < b // amd64:"setl\s+al" arm64:"cset\s+x[0-9]+, lt"
}

func lessUnsigned(a, b uint) bool {
	return a < b // amd64:"setb\s+al" arm64:"cset\s+x[0-9]+, lo"
}

func countDown(n int) int {
	s := 0
	for n > 0 { // amd64:"cmp\s+\w+, 0","jle",-"setg" arm64:"cmp\s+x[0-9]+, #0","b\.le",-"cset"
		s += n
		n--
	}
	return s
}

func isZero(x int) bool {
	if x == 0 { // amd64:"cmp\s+\w+, 0" arm64:"cmp\s+x[0-9]+, #0"
		return true
	}
	return false
}

func main() {}
