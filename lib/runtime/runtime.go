// Package runtime offers a window on the running program: the target
// (GOOS, GOARCH), the collector (GC, ReadMemStats and the MemStats it
// fills) and the scheduler (NumGoroutine, Gosched, NumCPU).
//
// This file only declares the API, with the signatures of Go 1.19, so that
// the type checker can read it. The bodies are supplied by later stages:
// the C runtime's collector and scheduler. goarch is not declared here:
// the checker adds a generated file with `const goarch = "amd64"` (or
// "arm64") for the target being compiled.
package runtime

// GOOS is the running program's operating system target.
const GOOS string = "linux"

// GOARCH is the running program's architecture target: amd64 or arm64.
const GOARCH string = goarch

// GC runs a garbage collection and blocks the caller until the collection
// is complete.
func GC()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
func Gosched()

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// A MemStats records statistics about the memory allocator. gosub keeps
// the fields below, in Go's order; Go's other fields are left out.
type MemStats struct {
	// Alloc is bytes of allocated heap objects (the same as HeapAlloc).
	Alloc uint64

	// TotalAlloc is cumulative bytes allocated for heap objects. It does
	// not decrease when objects are freed.
	TotalAlloc uint64

	// Sys is the total bytes of memory obtained from the OS.
	Sys uint64

	// Mallocs is the cumulative count of heap objects allocated.
	Mallocs uint64

	// Frees is the cumulative count of heap objects freed.
	Frees uint64

	// HeapAlloc is bytes of allocated heap objects: reachable ones and
	// unreachable ones the collector has not yet freed.
	HeapAlloc uint64

	// NumGC is the number of completed GC cycles.
	NumGC uint32
}

// ReadMemStats populates m with memory allocator statistics. The returned
// statistics are up to date as of the call.
func ReadMemStats(m *MemStats)
