// defer with method values and method expressions: receivers bound when the defer statement runs.
package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }
func (l Logger) Dump()         { fmt.Println(l.prefix, len(l.lines), l.lines) }

type Num int

func (n Num) Print() { fmt.Println("num", int(n)) }

func work(l *Logger) {
	defer l.Log("done")
	l.Log("start")
	f := l.Log
	defer f("deferred via method value")
	l.prefix = "B:"
	l.Log("middle")
}

func main() {
	l := &Logger{prefix: "A:"}
	work(l)
	fmt.Println(l.lines)

	n := Num(1)
	defer n.Print()
	n = 2
	defer n.Print()
	pn := &n
	defer pn.Print()
	n = 3

	lg := Logger{prefix: "copy"}
	defer lg.Dump() // value receiver: copied now, with no lines
	lg.lines = append(lg.lines, "x")
	defer Logger.Dump(lg)
	defer (*Logger).Log(&lg, "never printed")
	fmt.Println("end of main", len(lg.lines))
}

// Output:
// [A:start B:middle B:deferred via method value B:done]
// end of main 1
// copy 1 [x]
// copy 0 []
// num 2
// num 2
// num 1
