// Exercises Unicode identifiers in variables, constants and functions.
package main

import "fmt"

const π = 314

var 名前 = "東京"

const 年 = 1868

func 二倍(x int) int { return 2 * x }

func main() {
	café := 1
	naïve := café + 1
	Σ := 0
	for ø := 0; ø < 5; ø++ {
		Σ += ø
	}
	j := [2]string{名前, "大阪"}
	fmt.Println(café, naïve, Σ, π, 二倍(π))
	fmt.Println(j[0], 年)
	fmt.Printf("%+v %q\n", j, j)
	var ñ, _ü = "ñ", 'ü'
	fmt.Println(ñ, string(_ü), len(ñ))
}

// Output:
// 1 2 10 314 628
// 東京 1868
// [東京 大阪] ["東京" "大阪"]
// ñ ü 2
