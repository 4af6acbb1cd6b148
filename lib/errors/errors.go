// Package errors offers New, which makes an error from a text.
//
// This file only declares the API, with the signature of Go 1.19, so that
// the type checker can read it. The body is supplied by later stages:
// Go code compiled with the program, or the C runtime.
package errors

// New returns an error that formats as the given text. Each call to New
// returns a distinct error value even if the text is identical.
func New(text string) error
