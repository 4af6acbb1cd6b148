// Exercises interfaces embedding interfaces, conversion from a larger to a smaller interface, and asserting back to the larger one.
package main

import "fmt"

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string) int
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buf struct {
	data   []string
	closed bool
}

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buf) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buf) Close() error {
	b.closed = true
	return nil
}

type Echo struct{}

func (Echo) Read() string { return "echo" }

func drain(r Reader, n int) {
	for i := 0; i < n; i++ {
		fmt.Print(r.Read(), ";")
	}
	fmt.Println()
}

func main() {
	b := &Buf{}
	var rwc ReadWriteCloser = b
	var rw ReadWriter = rwc
	var w Writer = rw
	var r Reader = rw
	fmt.Println(w.Write("hello"), w.Write("go"), rwc.Write("!"))
	drain(r, 2)
	fmt.Println(r == rw, Reader(b) == r, w == Writer(rwc))

	if back, ok := r.(ReadWriteCloser); ok {
		fmt.Println("back to rwc:", back.Close(), b.closed)
	}
	if c, ok := w.(Closer); ok {
		fmt.Printf("closer %T %v\n", c, c == Closer(b))
	}
	_, ok := Reader(Echo{}).(Writer)
	fmt.Println("echo is writer:", ok)
	readers := []Reader{b, Echo{}, rw}
	for _, x := range readers {
		_, isW := x.(Writer)
		fmt.Printf("%T writer=%v read=%s\n", x, isW, x.Read())
	}
	var any1 interface{} = rwc
	w2 := any1.(Writer)
	w2.Write("late")
	fmt.Println(len(b.data), any1.(Reader).Read())
}

// Output:
// 5 2 1
// hello;go;
// true true true
// back to rwc: <nil> true
// closer *main.Buf true
// echo is writer: false
// *main.Buf writer=true read=!
// main.Echo writer=false read=echo
// *main.Buf writer=true read=<empty>
// 1 late
