// types: methods can only be declared on types defined in this package
// needs: types (the type checker reports these)
package main

import "strings"

func (n int) Double() int { return n * 2 } // ERROR "cannot define new methods on non-local type int"

func (s string) Shout() string { return s + "!" } // ERROR "cannot define new methods on non-local type string"

func (b *strings.Builder) Reset2() {} // ERROR "cannot define new methods on non-local type strings\.Builder"

func (e error) Code() int { return 1 } // ERROR "cannot define new methods on non-local type error"

type myInt int

func (m myInt) Double() myInt { return m * 2 }

func main() {
}
