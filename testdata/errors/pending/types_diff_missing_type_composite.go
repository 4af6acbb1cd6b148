// types: an elided composite literal type where the element is a struct field value
// needs: types (the type checker reports these)
package main

type P struct{ A, B int }

func main() {
	_ = struct{ A, B int }{{1, 2}, 3} // ERROR "missing type in composite literal"
	_ = P{A: {1}} // ERROR "missing type in composite literal"
	_ = &P{{}, 2} // ERROR "missing type in composite literal"
}
