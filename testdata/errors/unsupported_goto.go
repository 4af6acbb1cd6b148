// gosub-only: unsupported construct: goto
package main

func main() {
	i := 0
L:
	i++
	if i < 3 {
		goto L // ERROR "unsupported: goto"
	}
	println(i)
}
