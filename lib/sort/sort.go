// Package sort offers in-place sorting of slices: Ints and Strings in
// increasing order, and Slice for any slice with a less function.
//
// This file only declares the API, with the signatures of Go 1.19, so that
// the type checker can read it. The bodies are supplied by later stages:
// Go code compiled with the program, or the C runtime.
package sort

// Ints sorts a slice of ints in increasing order.
func Ints(x []int)

// Strings sorts a slice of strings in increasing order.
func Strings(x []string)

// Slice sorts the slice x given the provided less function. It panics if x
// is not a slice. The sort is not guaranteed to be stable.
func Slice(x any, less func(i, j int) bool)
