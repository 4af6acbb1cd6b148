// types: misuse of ... in calls: non-variadic callee, non-slice argument, extra arguments
// needs: types (the type checker reports these)
package main

import "fmt"

func sum(nums ...int) int { return len(nums) }
func pair(a, b int) int   { return a + b }

func main() {
	s := []int{1, 2}
	_ = pair(s...) // ERROR "cannot use \.\.\. in call to non-variadic pair"
	_ = sum(1, s...) // ERROR "too many arguments in call to sum"
	n := 3
	_ = sum(n...) // ERROR "cannot use n \(variable of type int\) as type \[\]int in argument to sum"
	names := []string{"a"}
	_ = sum(names...) // ERROR "cannot use names \(variable of type \[\]string\) as type \[\]int in argument to sum"
	fmt.Println(names...) // ERROR "cannot use names \(variable of type \[\]string\) as type \[\]any in argument to fmt\.Println"
	_ = sum(s...)
}
