// Exercises Unicode identifiers in variables, constants, functions and types.
package main

import "fmt"

const π = 314

type 日本 struct {
	名前 string
	年  int
}

func 二倍(x int) int { return 2 * x }

func main() {
	café := 1
	naïve := café + 1
	Σ := 0
	for ø := 0; ø < 5; ø++ {
		Σ += ø
	}
	j := 日本{名前: "東京", 年: 1868}
	fmt.Println(café, naïve, Σ, π, 二倍(π))
	fmt.Println(j.名前, j.年)
	fmt.Printf("%+v\n", j)
	var ñ, _ü = "ñ", 'ü'
	fmt.Println(ñ, string(_ü), len(ñ))
}

// Output:
// 1 2 10 314 628
// 東京 1868
// {名前:東京 年:1868}
// ñ ü 2
