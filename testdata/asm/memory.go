// Memory: addressing modes for array elements, narrow loads and stores,
// bounds checks and their removal.
package main

var table [16]int

func sumArray(a [8]int) int {
	s := 0
	for i := 0; i < len(a); i++ {
		s += a[i] // amd64:"mov\s+\w+, qword \[\w+\+\w+\*8\+0\]" arm64:"ldr\s+x[0-9]+, \[x[0-9]+, x[0-9]+, lsl #3\]"
	}
	return s
}

func byteAt(s string, i int) byte {
	return s[i] // amd64:"movzx\s+\w+, byte \[","cmp","jae" arm64:"ldrb\s+w[0-9]+, \[x[0-9]+, x[0-9]+\]","b\.hs"
}

func constIndex(a [4]int) int {
	return a[2] // amd64:-"rt_panic_index" arm64:-"rt_panic_index"
}

func storeGlobal(i int, v int) {
	table[i] = v // amd64:"lea\s+\w+, \[rel main\.table","mov\s+qword \[\w+\+\w+\*8\+0\]" arm64:"adrp\s+x[0-9]+, main\.table","str\s+x[0-9]+, \[x[0-9]+, x[0-9]+, lsl #3\]"
}

func checkedOnce(a [10]int, i int) int {
	// the second a[i] needs no check: value numbering finds the first
	return a[i] + a[i] // amd64:"rt_panic_index" arm64:"rt_panic_index"
}

func int8Load(a [4]int8, i int) int8 {
	return a[i] // amd64:"movsx\s+\w+, byte" arm64:"ldrsb\s"
}

func zeroArray() int {
	var z [3]int // arm64:"str\s+xzr" amd64:"mov\s+\[rbp-[0-9]+\], rax"
	return z[1]
}

func wrap8(a, b int8) int8 {
	return a + b // amd64:"movsx\s+\w+, \w+l" arm64:"sxtb\s"
}

func wrapU16(a, b uint16) uint16 {
	return a * b // amd64:"movzx\s+\w+, \w+" arm64:"uxth\s"
}

func main() {}
