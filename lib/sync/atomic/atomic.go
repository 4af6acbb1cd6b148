// Package atomic offers low-level atomic memory operations on int32, int64,
// uint32, uint64 and unsafe.Pointer, as functions on addresses (AddInt64,
// LoadInt32, CompareAndSwapPointer, ...) and as methods on the types
// Int32, Int64, Uint32 and Uint64, whose values can only be reached
// atomically. All operations are sequentially consistent.
//
// This file only declares the API, with the signatures of Go 1.19, so that
// the type checker can read it. The bodies are supplied by later stages:
// the C runtime and its per-architecture assembly.
package atomic

import "unsafe"

// SwapInt32 atomically stores new into *addr and returns the previous
// *addr value.
func SwapInt32(addr *int32, new int32) (old int32)

// SwapInt64 atomically stores new into *addr and returns the previous
// *addr value.
func SwapInt64(addr *int64, new int64) (old int64)

// CompareAndSwapInt32 executes the compare-and-swap operation for an int32
// value: if *addr == old, it stores new into *addr and reports true.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

// CompareAndSwapInt64 executes the compare-and-swap operation for an int64
// value.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

// CompareAndSwapUint32 executes the compare-and-swap operation for a uint32
// value.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

// CompareAndSwapUint64 executes the compare-and-swap operation for a uint64
// value.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

// CompareAndSwapPointer executes the compare-and-swap operation for an
// unsafe.Pointer value.
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

// AddInt32 atomically adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32)

// AddUint32 atomically adds delta to *addr and returns the new value.
// To subtract a signed positive constant value c from x, do
// AddUint32(&x, ^uint32(c-1)).
func AddUint32(addr *uint32, delta uint32) (new uint32)

// AddInt64 atomically adds delta to *addr and returns the new value.
func AddInt64(addr *int64, delta int64) (new int64)

// AddUint64 atomically adds delta to *addr and returns the new value.
// To subtract a signed positive constant value c from x, do
// AddUint64(&x, ^uint64(c-1)).
func AddUint64(addr *uint64, delta uint64) (new uint64)

// LoadInt32 atomically loads *addr.
func LoadInt32(addr *int32) (val int32)

// LoadInt64 atomically loads *addr.
func LoadInt64(addr *int64) (val int64)

// LoadUint32 atomically loads *addr.
func LoadUint32(addr *uint32) (val uint32)

// LoadUint64 atomically loads *addr.
func LoadUint64(addr *uint64) (val uint64)

// LoadPointer atomically loads *addr.
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)

// StoreInt32 atomically stores val into *addr.
func StoreInt32(addr *int32, val int32)

// StoreInt64 atomically stores val into *addr.
func StoreInt64(addr *int64, val int64)

// StoreUint32 atomically stores val into *addr.
func StoreUint32(addr *uint32, val uint32)

// StoreUint64 atomically stores val into *addr.
func StoreUint64(addr *uint64, val uint64)

// StorePointer atomically stores val into *addr.
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)

// An Int32 is an atomic int32. The zero value is zero.
type Int32 struct {
	v int32
}

// Load atomically loads and returns the value stored in x.
func (x *Int32) Load() int32

// Store atomically stores val into x.
func (x *Int32) Store(val int32)

// Swap atomically stores new into x and returns the previous value.
func (x *Int32) Swap(new int32) (old int32)

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool)

// Add atomically adds delta to x and returns the new value.
func (x *Int32) Add(delta int32) (new int32)

// An Int64 is an atomic int64. The zero value is zero.
type Int64 struct {
	v int64
}

// Load atomically loads and returns the value stored in x.
func (x *Int64) Load() int64

// Store atomically stores val into x.
func (x *Int64) Store(val int64)

// Swap atomically stores new into x and returns the previous value.
func (x *Int64) Swap(new int64) (old int64)

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool)

// Add atomically adds delta to x and returns the new value.
func (x *Int64) Add(delta int64) (new int64)

// A Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct {
	v uint32
}

// Load atomically loads and returns the value stored in x.
func (x *Uint32) Load() uint32

// Store atomically stores val into x.
func (x *Uint32) Store(val uint32)

// Swap atomically stores new into x and returns the previous value.
func (x *Uint32) Swap(new uint32) (old uint32)

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool)

// Add atomically adds delta to x and returns the new value.
func (x *Uint32) Add(delta uint32) (new uint32)

// A Uint64 is an atomic uint64. The zero value is zero.
type Uint64 struct {
	v uint64
}

// Load atomically loads and returns the value stored in x.
func (x *Uint64) Load() uint64

// Store atomically stores val into x.
func (x *Uint64) Store(val uint64)

// Swap atomically stores new into x and returns the previous value.
func (x *Uint64) Swap(new uint64) (old uint64)

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool)

// Add atomically adds delta to x and returns the new value.
func (x *Uint64) Add(delta uint64) (new uint64)
