// Package os offers the program's command-line arguments (Args) and a way
// to end it with a status (Exit).
//
// This file only declares the API, with the signatures of Go 1.19, so that
// the type checker can read it. The bodies are supplied by later stages:
// the C runtime fills Args at startup and implements Exit.
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error. The
// program terminates immediately; deferred functions are not run.
func Exit(code int)
