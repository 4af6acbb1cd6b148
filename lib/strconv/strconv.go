// Package strconv offers conversions between decimal strings and ints:
// Itoa and Atoi, and the NumError that Atoi returns on bad input.
//
// This file only declares the API, with the signatures of Go 1.19, so that
// the type checker can read it. The bodies are supplied by later stages:
// Go code compiled with the program, or the C runtime.
package strconv

import "errors"

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the
// target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (Atoi)
	Num  string // the input
	Err  error  // the reason the conversion failed (ErrRange or ErrSyntax)
}

// Error returns `strconv.` + e.Func + `: parsing ` + quoted e.Num + `: ` +
// e.Err.Error().
func (e *NumError) Error() string

// Unwrap returns e.Err.
func (e *NumError) Unwrap() error

// Itoa returns the decimal string representation of i.
func Itoa(i int) string

// Atoi parses s as a decimal int. On failure the error is a *NumError
// whose Err is ErrSyntax or ErrRange.
func Atoi(s string) (int, error)
