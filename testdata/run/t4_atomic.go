// Exercises sync/atomic: Add, Load, Store and CompareAndSwap on sized integers and pointers, and atomic.Int64.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

func main() {
	var n64 int64
	var n32 int32
	var u32 uint32
	var u64 uint64
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&n64, 2)
			atomic.AddInt32(&n32, 1)
			atomic.AddUint32(&u32, 3)
			atomic.AddUint64(&u64, 5)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n64), atomic.LoadInt32(&n32), atomic.LoadUint32(&u32), atomic.LoadUint64(&u64))

	swapped := atomic.CompareAndSwapInt32(&n32, 100, -1)
	fmt.Println(swapped, n32)
	swapped = atomic.CompareAndSwapInt32(&n32, 100, 7)
	fmt.Println(swapped, n32)
	fmt.Println(atomic.CompareAndSwapInt64(&n64, 200, 1), atomic.CompareAndSwapUint32(&u32, 0, 1))
	swapped = atomic.CompareAndSwapUint64(&u64, 500, 0)
	fmt.Println(swapped, u64)
	atomic.StoreInt64(&n64, 42)
	atomic.StoreInt32(&n32, -42)
	atomic.StoreUint32(&u32, 1<<31)
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println(n64, n32, u32, u64)
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddInt64(&n64, -2))

	var counter atomic.Int64
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func(d int64) {
			defer wg2.Done()
			counter.Add(d)
		}(int64(i))
	}
	wg2.Wait()
	fmt.Println(counter.Load())
	counter.Store(5)
	fmt.Println(counter.CompareAndSwap(5, 6), counter.CompareAndSwap(5, 7), counter.Load())

	a, b := 1, 2
	var p unsafe.Pointer
	atomic.StorePointer(&p, unsafe.Pointer(&a))
	fmt.Println(*(*int)(atomic.LoadPointer(&p)))
	fmt.Println(atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&a), unsafe.Pointer(&b)))
	fmt.Println(*(*int)(atomic.LoadPointer(&p)), atomic.LoadPointer(&p) == unsafe.Pointer(&b))
}

// Output:
// 200 100 300 500
// true -1
// false -1
// true false
// true 0
// 42 -42 2147483648 9223372036854775808
// 2147483647 40
// 45
// true false 6
// 1
// true
// 2 true
