// types: function values must match the function type exactly
// needs: types (the type checker reports these)
package main

func inc(n int) int        { return n + 1 }
func show(s string)        {}
func two() (int, int)      { return 1, 2 }

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	var f func(int) int = show // ERROR "cannot use show \(value of type func\(s string\)\) as type func\(int\) int in variable declaration"
	f = two // ERROR "cannot use two \(value of type func\(\) \(int, int\)\) as type func\(int\) int in assignment"
	_ = apply(show, 1) // ERROR "cannot use show \(value of type func\(s string\)\) as type func\(int\) int in argument to apply"
	_ = apply(inc, "1") // ERROR `cannot use "1" \(untyped string constant\) as int value in argument to apply`
	var g func() = inc // ERROR "cannot use inc \(value of type func\(n int\) int\) as type func\(\) in variable declaration"
	h := inc
	h = func(n int) string { return "" } // ERROR "cannot use func\(n int\) string \{…\} \(value of type func\(n int\) string\) as type func\(n int\) int in assignment"
	_, _, _ = f, g, h
}
