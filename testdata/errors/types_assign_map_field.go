// types: a field of a struct stored in a map cannot be assigned (m[k].f)
// needs: types (the type checker reports these)
package main

type account struct {
	balance int
	owner   string
}

func main() {
	accounts := map[string]account{"a": {1, "ann"}}
	accounts["a"].balance = 5 // ERROR `cannot assign to struct field accounts\["a"\]\.balance in map`
	accounts["a"].balance++ // ERROR `cannot assign to struct field accounts\["a"\]\.balance in map`
	accounts["a"].owner += "!" // ERROR `cannot assign to struct field accounts\["a"\]\.owner in map`
	nested := map[int][2]int{}
	nested[0][1] = 3 // ERROR "cannot assign to nested\[0\]\[1\] \(value of type int\)"
	ptrs := map[string]*account{}
	ptrs["a"].balance = 5
}
