// Exercises interfaces embedded in structs, method promotion satisfying interfaces, and value vs pointer Stringers in fmt.
package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{}

func (Dog) Speak() string { return "woof" }

type Loud struct {
	Speaker // embedded interface: Loud has Speak through it
	times   int
}

func (l Loud) Shout() string {
	s := ""
	for i := 0; i < l.times; i++ {
		s += l.Speak() + "!"
	}
	return s
}

type Logger struct{ lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

type Service struct {
	*Logger
	Name string
}

type LogIface interface{ Log(string) }

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V<%d>", v.n) }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprintf("P<%d>", p.n) }

type Inner struct{ V }

func main() {
	l := Loud{Dog{}, 2}
	fmt.Println(l.Speak(), l.Shout())
	var sp Speaker = l // satisfied through the embedded interface
	fmt.Println(sp.Speak())

	svc := Service{&Logger{}, "svc"}
	svc.Log("start")
	var li LogIface = svc // *Logger's methods are in Service's method set
	li.Log("via interface")
	fmt.Println(svc.lines, len(svc.Logger.lines))

	v, p := V{1}, P{2}
	fmt.Println(v, &v, p, &p)
	fmt.Printf("%v %s %d|%v %+v\n", v, v, v, &p, p)
	fmt.Println([]V{{3}, {4}}, []*P{{5}}, map[string]V{"k": {6}})
	fmt.Println(Inner{V{7}}, struct{ X V }{V{8}})
	var st fmt.Stringer = &p
	fmt.Println(st.String(), st)
	var nilSp Speaker
	fmt.Println(nilSp == nil, Loud{}.Speaker == nil)
}

// Output:
// woof woof!woof!
// woof
// [start via interface] 2
// V<1> V<1> {2} P<2>
// V<1> V<1> {1}|P<2> {n:2}
// [V<3> V<4>] [P<5>] map[k:V<6>]
// V<7> {V<8>}
// P<2> P<2>
// true true
