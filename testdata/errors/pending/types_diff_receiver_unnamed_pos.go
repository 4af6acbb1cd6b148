// types: errors about an unnamed receiver are reported at its type
// needs: types (the type checker reports these)
package main

type T struct{}

func (rune) M()   {} // ERROR "cannot define new methods on non-local type rune"
func (*string) N() {} // ERROR "cannot define new methods on non-local type string"
func (e int) O()  {} // ERROR "cannot define new methods on non-local type int"
func (undef) P()  {} // ERROR "undefined: undef"
func (T) Q()      {}

func main() {}
