// Package strings offers simple functions on UTF-8 encoded strings and the
// Builder type, which builds a string efficiently with Write methods.
//
// This file only declares the API, with the signatures of Go 1.19, so that
// the type checker can read it. The bodies are supplied by later stages:
// Go code compiled with the program, or the C runtime.
package strings

// A Builder is used to efficiently build a string using Write methods.
// It minimizes memory copying. The zero value is ready to use.
// Do not copy a non-zero Builder.
type Builder struct {
	addr *Builder // of receiver, to detect copies by value
	buf  []byte   // the bytes written so far
}

// String returns the accumulated string.
func (b *Builder) String() string

// Len returns the number of accumulated bytes; b.Len() == len(b.String()).
func (b *Builder) Len() int

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int

// Reset resets the Builder to be empty.
func (b *Builder) Reset()

// Grow grows b's capacity, if necessary, to guarantee space for another n
// bytes. If n is negative, Grow panics.
func (b *Builder) Grow(n int)

// Write appends the contents of p to b's buffer. It always returns
// len(p), nil.
func (b *Builder) Write(p []byte) (int, error)

// WriteByte appends the byte c to b's buffer. It always returns nil.
func (b *Builder) WriteByte(c byte) error

// WriteRune appends the UTF-8 encoding of r to b's buffer. It returns the
// length of r and a nil error.
func (b *Builder) WriteRune(r rune) (int, error)

// WriteString appends the contents of s to b's buffer. It returns the
// length of s and a nil error.
func (b *Builder) WriteString(s string) (int, error)

// Repeat returns a new string consisting of count copies of s.
// It panics if count is negative.
func Repeat(s string, count int) string

// Contains reports whether substr is within s.
func Contains(s, substr string) bool

// Index returns the index of the first instance of substr in s, or -1 if
// substr is not present in s.
func Index(s, substr string) int

// Split slices s into all substrings separated by sep and returns a slice
// of the substrings between those separators. If sep is empty, Split
// splits after each UTF-8 sequence.
func Split(s, sep string) []string

// Join concatenates the elements of elems, placing sep between them.
func Join(elems []string, sep string) string

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string

// TrimSpace returns s with all leading and trailing white space removed,
// as defined by Unicode.
func TrimSpace(s string) string

// Fields splits s around each run of one or more white space characters,
// returning a slice of the substrings, or an empty slice if s contains
// only white space.
func Fields(s string) []string
