// Calls: values live across a call sit in callee-saved registers, the
// frame is set up as each ABI wants, many arguments go on the stack.
package main

func leaf(x int) int { return x + 1 }

func twice(n int) int {
	a := leaf(n) // amd64:"push\s+rbx","call\s+main\.leaf" arm64:"stp\s+x29, x30, \[sp, #-16\]!","bl\s+main\.leaf","x19"
	return a + leaf(n)
}

func eight(a, b, c, d, e, f, g, h int) int {
	return a + b + c + d + e + f + g + h // amd64:"\[rbp\+16\]","\[rbp\+24\]" arm64:-"\[x29, #16\]"
}

func callEight() int {
	return eight(1, 2, 3, 4, 5, 6, 7, 8) // amd64:"mov\s+qword \[rsp\+0\], 7","mov\s+qword \[rsp\+8\], 8" arm64:"mov\s+x7, #8"
}

func pair() (int, int) { return 1, 2 }

func usePair() int {
	a, b := pair() // amd64:"mov\s+\w+, rax","mov\s+\w+, rdx" arm64:"mov\s+x[0-9]+, x0","mov\s+x[0-9]+, x1"
	return a - b
}

func main() {}
