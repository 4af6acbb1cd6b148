// Arithmetic: immediates, three-operand forms, multiply-add, shifted
// operands, and the Go rules division and shifts must keep.
package main

func addImm(x int) int {
	return x + 5 // amd64:"add\s+\w+, 5" arm64:"add\s+x[0-9]+, x[0-9]+, #5"
}

func subThree(a, b int) int {
	return a - b // arm64:"sub\s+x[0-9]+, x[0-9]+, x[0-9]+" amd64:"sub\s"
}

func mulConst(x int) int {
	return x * 10 // amd64:"imul\s+\w+, \w+, 10" arm64:"mul\s"
}

func mulAdd(a, b, c int) int {
	return a + b*c // arm64:"madd\s",-"mul\s" amd64:"imul",-"lea"
}

func mulSub(a, b, c int) int {
	return a - b*c // arm64:"msub\s"
}

func shiftedOperand(a, b int) int {
	return a + b<<3 // arm64:"add\s+x[0-9]+, x[0-9]+, x[0-9]+, lsl #3",-"lsl\s+x" amd64:"shl\s+\w+, 3"
}

func andNot(a, b int) int {
	return a &^ b // arm64:"bic\s" amd64:"not\s"
}

func bigConst() int {
	return 1234567890123 // arm64:"movz\s","movk\s" amd64:"mov\s+\w+, 1234567890123"
}

func divide(a, b int) int {
	// x86's idiv traps on MinInt / -1: the code tests for -1 first.
	// arm64's sdiv gives Go's answer by itself.
	return a / b // amd64:"idiv","cmp\s+\w+, -1" arm64:"sdiv",-"cmn"
}

func remainder(a, b int) int {
	return a % b // amd64:"idiv","mov\s+rax, rdx" arm64:"sdiv","msub"
}

func divConst(a int) int {
	return a / 7 // amd64:"idiv",-"cmp\s+\w+, -1",-"rt_panic_divide" arm64:"sdiv",-"rt_panic_divide"
}

func shiftVar(x int, s uint) int {
	// a count of 64 or more gives 0 in Go; the hardware takes it mod 64
	return x << s // amd64:"shl\s+rax, cl","cmovae" arm64:"lsl\s","csel\s"
}

func sarVar(x int, s uint) int {
	return x >> s // amd64:"sar\s+rax, cl","cmova" arm64:"asr\s","csel\s"
}

func shiftSigned(x int, s int) int {
	return x << s // amd64:"rt_panic_shift" arm64:"rt_panic_shift"
}

func sarConst(x int) int {
	return x >> 3 // amd64:"sar\s+\w+, 3" arm64:"asr\s+x[0-9]+, x[0-9]+, #3"
}

func main() {}
