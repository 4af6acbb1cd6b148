// Package fmt offers formatted printing: the Print family writes to
// standard output, the Sprint family returns a string, and Errorf makes an
// error from a format. The verbs, flags and widths are Go's, for the types
// of gosub's subset (%d %s %v %+v %#v %x %X %o %O %b %c %q %U %t %T %p %%),
// with Go's output, error forms such as %!d(string=hi) included.
//
// This file only declares the API, with the signatures of Go 1.19, so that
// the type checker can read it. The bodies are supplied by later stages:
// the formatting engine is part of the C runtime.
package fmt

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value. %v, %s and the Print
// functions call it.
type Stringer interface {
	String() string
}

// Print formats its operands with their default formats and writes them to
// standard output. Spaces are added between operands when neither is a
// string. It returns the number of bytes written and any write error.
func Print(a ...any) (n int, err error)

// Println is like Print, but always adds spaces between operands and
// appends a newline.
func Println(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to standard
// output.
func Printf(format string, a ...any) (n int, err error)

// Sprint is like Print, but returns the resulting string.
func Sprint(a ...any) string

// Sprintln is like Println, but returns the resulting string.
func Sprintln(a ...any) string

// Sprintf is like Printf, but returns the resulting string.
func Sprintf(format string, a ...any) string

// Errorf formats according to a format specifier and returns the string as
// a value that satisfies error. gosub's subset has no %w: the error does
// not wrap its operands.
func Errorf(format string, a ...any) error
