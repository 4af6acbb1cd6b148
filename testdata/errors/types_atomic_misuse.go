// types: sync/atomic needs pointers to the exact integer type; sync and atomic methods are checked like other calls
// needs: types (the type checker reports these)
package main

import (
	"sync"
	"sync/atomic"
)

func main() {
	var n int
	atomic.AddInt32(&n, 1) // ERROR "cannot use &n \(value of type \*int\) as type \*int32 in argument to atomic\.AddInt32"
	var i64 int64
	atomic.AddInt64(i64, 1) // ERROR "cannot use i64 \(variable of type int64\) as type \*int64 in argument to atomic\.AddInt64"
	var u uint32
	_ = atomic.LoadInt32(&u) // ERROR "cannot use &u \(value of type \*uint32\) as type \*int32 in argument to atomic\.LoadInt32"
	atomic.StoreInt64(&i64, "x") // ERROR `cannot use "x" \(untyped string constant\) as int64 value in argument to atomic\.StoreInt64`
	var counter atomic.Int64
	counter.Add() // ERROR "not enough arguments in call to counter\.Add"
	counter.Inc() // ERROR "counter\.Inc undefined \(type atomic\.Int64 has no field or method Inc\)"
	var wg sync.WaitGroup
	wg.Add("one") // ERROR `cannot use "one" \(untyped string constant\) as int value in argument to wg\.Add`
	var once sync.Once
	once.Do(func() int { return 1 }) // ERROR "cannot use func\(\) int \{…\} \(value of type func\(\) int\) as type func\(\) in argument to once\.Do"
}
