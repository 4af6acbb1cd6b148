// types: names used outside their scope (if, for and block scopes end at the closing brace)
// needs: types (the type checker reports these)
package main

func main() {
	if v := 3; v > 1 {
		w := v
		_ = w
	}
	_ = v // ERROR "undefined: v"
	for i := 0; i < 3; i++ {
	}
	_ = i // ERROR "undefined: i"
	{
		inner := 1
		_ = inner
	}
	println(inner, w) // ERROR "undefined: inner" "undefined: w"
}
