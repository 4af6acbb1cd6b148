// types: gc stops at the tenth error it reports: x, unused, is reported when main ends, too late to be shown
// needs: types (the type checker reports these)
package main

func main() {
	x := 1
	var a1 int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	_ = a1
	var a2 int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	_ = a2
	var a3 int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	_ = a3
	var a4 int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	_ = a4
	var a5 int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	_ = a5
	var a6 int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	_ = a6
	var a7 int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	_ = a7
	var a8 int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	_ = a8
	var a9 int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	_ = a9
	var a10 int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	_ = a10
	var a11 int = "s"
	_ = a11
}
