// types: switch and select statements with more than one default clause
// needs: types (the type checker reports these)
package main

func main() {
	n := 1
	switch n {
	case 1:
	default:
	case 2:
	default: // ERROR "multiple defaults \(first at .*:9:2\)"
	}
	var x interface{} = n
	switch x.(type) {
	default:
	case int:
	default: // ERROR "multiple defaults \(first at .*:15:2\)"
	}
	ch := make(chan int)
	select {
	case <-ch:
	default:
	default: // ERROR "multiple defaults \(first at .*:22:2\)"
	}
}
