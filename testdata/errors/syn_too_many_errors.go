// syntax recovery: gc stops after 10 errors ("too many errors"): only the first 10 are annotated,
// the two errors after them (the last two statements) are never reported
package main

func main() {
	x := 0
	x = ) // ERROR "unexpected \), expecting expression"
	x = ) // ERROR "unexpected \), expecting expression"
	x = ) // ERROR "unexpected \), expecting expression"
	x = ) // ERROR "unexpected \), expecting expression"
	x = ) // ERROR "unexpected \), expecting expression"
	x = ) // ERROR "unexpected \), expecting expression"
	x = ) // ERROR "unexpected \), expecting expression"
	x = ) // ERROR "unexpected \), expecting expression"
	x = ) // ERROR "unexpected \), expecting expression"
	x = ) // ERROR "unexpected \), expecting expression"
	x = ) // not reported: past the limit
	x = ) // not reported: past the limit
}
