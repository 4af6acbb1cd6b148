// types: function results, method results and conversions are not assignable
// needs: types (the type checker reports these)
package main

type box struct{ v int }

func get() int       { return 1 }
func mk() box        { return box{} }
func (b box) self() box { return b }

func main() {
	get() = 2 // ERROR "cannot assign to get\(\) \(value of type int\)"
	mk().v = 3 // ERROR "cannot assign to mk\(\)\.v \(value of type int\)"
	var b box
	b.self().v = 4 // ERROR "cannot assign to b\.self\(\)\.v \(value of type int\)"
	int(b.v) = 5 // ERROR "cannot assign to int\(b\.v\) \(value of type int\)"
	box{}.v = 6 // ERROR "cannot assign to box\{\}\.v \(value of type int\)"
}
