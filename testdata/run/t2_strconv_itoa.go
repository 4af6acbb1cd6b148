// strconv.Itoa over the int range, and building numbers into strings digit by digit.
package main

import (
	"fmt"
	"strconv"
)

func manual(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf []byte
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		buf = append(buf, byte('0'+d))
		n /= 10
	}
	if neg {
		buf = append(buf, '-')
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return string(buf)
}

func main() {
	vals := []int{0, 1, -1, 9, 10, 99, 100, -100, 12345, 1 << 31, -1 << 31, 1<<63 - 1, -1 << 63}
	for _, v := range vals {
		s := strconv.Itoa(v)
		fmt.Println(s, len(s), s == manual(v))
	}
	total := 0
	for i := -5000; i <= 5000; i += 7 {
		if strconv.Itoa(i) != manual(i) {
			fmt.Println("mismatch", i)
		}
		total += len(strconv.Itoa(i))
	}
	fmt.Println(total)
	s := ""
	for i := 0; i < 12; i++ {
		s += strconv.Itoa(i * i)
	}
	fmt.Println(s)
	fmt.Println(strconv.Itoa(-4321) + strconv.Itoa(0))
}

// Output:
// 0 1 true
// 1 1 true
// -1 2 true
// 9 1 true
// 10 2 true
// 99 2 true
// 100 3 true
// -100 4 true
// 12345 5 true
// 2147483648 10 true
// -2147483648 11 true
// 9223372036854775807 19 true
// -9223372036854775808 20 true
// 6114
// 0149162536496481100121
// -43210
