// types: an elided composite literal type is printed as its underlying struct type (and so hidden when invalid)
// needs: types (the type checker reports these)
package main

type P struct{ x, y int }

type Q struct{ undef } // ERROR "undefined: undef"

func main() {
	_ = []P{{1}} // ERROR "too few values in struct\{x int; y int\}\{…\}"
	_ = []P{{1, 2, 3}} // ERROR "too many values in struct\{x int; y int\}\{…\}"
	_ = map[P]bool{{z: 1}: true} // ERROR "unknown field 'z' in struct literal of type struct\{x int; y int\}"
	_ = [...]P{{x: 1, w: 2}} // ERROR "unknown field 'w' in struct literal of type struct\{x int; y int\}"
	_ = []*P{{1}} // ERROR "too few values in P\{…\}"
	_ = []Q{{1, 2}}
	_ = Q{1, 2} // ERROR "too many values in Q\{…\}"
}
