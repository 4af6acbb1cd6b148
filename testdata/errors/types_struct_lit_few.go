// types: positional struct literals must list every field, and no more
// needs: types (the type checker reports these)
package main

type point struct {
	x, y, z int
}

type named struct {
	name string
	age  int
}

func main() {
	_ = point{1, 2} // ERROR "too few values in point\{…\}"
	_ = point{1, 2, 3, 4} // ERROR "too many values in point\{…\}"
	_ = named{"ann"} // ERROR "too few values in named\{…\}"
	_ = named{30, "ann"} // ERROR "cannot use 30 \(untyped int constant\) as string value in struct literal" `cannot use "ann" \(untyped string constant\) as int value in struct literal`
	_ = point{}
	_ = named{age: 3}
}
