// Exercises String() methods honoured by fmt (%v %s %d %q, Println, in slices and structs), unexported fields, and pointer-receiver String.
package main

import "fmt"

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	case 2:
		return "WARN"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Vec struct{ X, Y int }

func (v *Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type Entry struct {
	Lvl  Level
	Msg  string
	lvl  Level // unexported: fmt cannot call its String method
	Pos  *Vec
	Name fmt.Stringer
}

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func main() {
	l := Level(1)
	fmt.Println(l, Level(2), Level(9))
	fmt.Printf("%v|%s|%d|%q|%x|%5v|%-6s|\n", l, l, l, l, l, l, l)
	fmt.Println(fmt.Sprint(l), fmt.Sprintf("%v", Level(0)) == "DEBUG")
	levels := []Level{0, 1, 2, 3}
	fmt.Println(levels)
	fmt.Printf("%v %d %s\n", levels, levels, levels)
	arr := [2]Level{2, 0}
	fmt.Println(arr)

	v := Vec{3, 4}
	fmt.Println(v, &v) // String needs *Vec: the value is printed as a struct
	fmt.Printf("%v %v %s %+v\n", v, &v, &v, v)
	ptrs := []*Vec{{1, 2}, {5, 6}}
	fmt.Println(ptrs, []Vec{{7, 8}})

	e := Entry{Lvl: 2, Msg: "disk", lvl: 2, Pos: &Vec{9, 9}, Name: Tag("ops")}
	fmt.Println(e)
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Println(e.lvl, e.Name, e.Pos)

	var s fmt.Stringer = l
	fmt.Println(s.String(), s)
	s = &v
	v.X = 30
	fmt.Println(s)
	s = Tag("go")
	fmt.Printf("%v %s %q %T\n", s, s, s, s)
	tags := []fmt.Stringer{Tag("a"), Level(0), &Vec{}}
	fmt.Println(tags, len(tags))
	var nilVec *Vec
	fmt.Println(nilVec == nil)
	fmt.Print(l, Tag("x"), "\n")
	fmt.Println(string(Tag("raw")), int(l))
}

// Output:
// INFO WARN Level(9)
// INFO|INFO|1|"INFO"|494e464f| INFO|INFO  |
// INFO true
// [DEBUG INFO WARN Level(3)]
// [DEBUG INFO WARN Level(3)] [0 1 2 3] [DEBUG INFO WARN Level(3)]
// [WARN DEBUG]
// {3 4} <3,4>
// {3 4} <3,4> <3,4> {X:3 Y:4}
// [<1,2> <5,6>] [{7 8}]
// {WARN disk 2 <9,9> #ops}
// {WARN disk 2 <9,9> #ops}
// {Lvl:WARN Msg:disk lvl:2 Pos:<9,9> Name:#ops}
// WARN #ops <9,9>
// INFO INFO
// <30,4>
// #go #go "#go" main.Tag
// [#a DEBUG <0,0>] 3
// true
// INFO#x
// raw 1
