// types: any and interface{} are the same type, also inside other types
// needs: types (the type checker reports these)
package main

func f(...any) {}

func main() {
	var s []interface{}
	var t []any = s
	f(s...)
	var m map[string]any = map[string]interface{}{}
	var p *interface{} = new(any)
	var fn func(any) = func(interface{}) {}
	_, _, _, _ = t, m, p, fn
	var _ []int = s // ERROR "cannot use s \(variable of type \[\]interface\{\}\) as type \[\]int in variable declaration"
}
