// types: functions with results that can fall off the end
// needs: types (the type checker reports these)
package main

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
} // ERROR "missing return"

func loop(n int) int {
	for n > 0 {
		return n
	}
} // ERROR "missing return"

func pick(n int) string {
	switch n {
	case 1:
		return "one"
	}
} // ERROR "missing return"

func breaks() int {
	for {
		break
	}
} // ERROR "missing return"

func main() {
	_, _, _, _ = sign(1), loop(1), pick(1), breaks()
}
