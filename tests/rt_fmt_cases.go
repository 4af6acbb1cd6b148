//go:build ignore

// rt_fmt_cases.go prints the case table of tests/test_rt_fmt.c: each case
// is run through gc's own fmt here, and its output becomes the expected
// string there, so the C runtime is held to gc's exact behaviour.
//
//	GOCACHE=/tmp/gocache go run tests/rt_fmt_cases.go > /tmp/cases.inc
//
// then paste the output between the BEGIN/END markers of test_rt_fmt.c.
// Each argument is written as a C macro from that file (I(5), S("hi"),
// CEL(20), PT(1, 2, "a") ...), which builds a GoEface with a hand-made
// GoType; the types below mirror those descriptors.
package main

import (
	"fmt"
	"strings"
)

type Celsius int
type Name string
type P struct {
	X, Y int
	Name string
}
type Box struct {
	Tag  string
	Dims [3]int
	On   bool
	Ch   uint8
}

type W struct {
	V any
}

type tcase struct {
	mode byte // 'f' Sprintf, 'p' Sprint, 'l' Sprintln
	f    string
	a    []any
}

func f(format string, a ...any) tcase { return tcase{'f', format, a} }
func sp(a ...any) tcase              { return tcase{'p', "", a} }
func sl(a ...any) tcase              { return tcase{'l', "", a} }

var nilPInt *int
var nilSlice []int

var cases = []tcase{
	// integers: verbs
	f("%d", 5), f("%d", -5), f("%v", 42), f("%d", int8(-128)), f("%d", uint8(255)),
	f("%d", int16(-300)), f("%d", int32(70000)), f("%d", int64(-9223372036854775808)),
	f("%d", uint64(18446744073709551615)), f("%d", uint(7)), f("%d", uint16(65535)),
	f("%d", uint32(4294967295)), f("%d", uintptr(4096)),
	f("%b", 5), f("%b", -5), f("%o", 8), f("%O", 8), f("%O", -8), f("%x", 255), f("%X", 255),
	f("%x", -255), f("%#x", 255), f("%#X", 255), f("%#o", 8), f("%#o", 0), f("%#b", 5),
	f("%#x", 0), f("%x", uint64(18446744073709551615)), f("%X", int64(-1)),
	// integers: width, precision, flags
	f("%5d", 42), f("%-5d|", 42), f("%05d", 42), f("%05d", -42), f("%+d", 42), f("%+d", -42),
	f("% d", 42), f("% d", -42), f("%+05d", 42), f("% 05d", 42), f("%-05d|", 42),
	f("%.3d", 7), f("%.3d", -7), f("%6.3d", 7), f("%06.3d", 7), f("%.0d", 0), f("%5.0d|", 0),
	f("%.0d", 3), f("%08x", 255), f("%#08x", 255), f("%-#8x|", 255), f("%#.4x", 10),
	f("%+x", 255), f("% x", 255), f("%2d", 12345), f("%010b", 5), f("%+.3o", 8), f("%#5O", 8),
	f("%x", int8(-1)), f("%d", int8(-1)), f("%v", uint8(200)),
	// %c %q %U on integers
	f("%c", 65), f("%c", 0x4E16), f("%c", -1), f("%c", 0x110000), f("%c", 0xD800), f("%5c|", 'x'),
	f("%-3c|", 'x'), f("%q", 'a'), f("%q", '\''), f("%q", '"'), f("%q", '\n'), f("%q", 0x4E16),
	f("%+q", 0x4E16), f("%q", 0x7F), f("%q", 0x10FFFF), f("%q", 0x1F600), f("%+q", 0x1F600),
	f("%q", -1), f("%q", 0xD800), f("%#q", 'a'), f("%6q|", 'a'),
	f("%U", 0x41), f("%U", 0x1F600), f("%#U", 0x41), f("%#U", 0x4E16), f("%#U", 0x7F),
	f("%.6U", 0x41), f("%#.6U", 0x41), f("%10U|", 0x41), f("%-10U|", 0x41), f("%010U|", 0x41),
	f("%U", -1), f("%#U", 0x1F600),
	// booleans
	f("%t", true), f("%v", false), f("%6t|", true), f("%-6t|", false), f("%d", true),
	f("%s", false), f("%5t", 3),
	// strings
	f("%s", "hello"), f("%v", "hello"), f("%q", "hello"), f("%#v", "hello"), f("%x", "hello"),
	f("%X", "hello"), f("% x", "hello"), f("%#x", "hello"), f("%# x", "hi"), f("%# X", "hi"),
	f("%8s|", "go"), f("%-8s|", "go"), f("%08s|", "go"), f("%.2s", "hello"), f("%.2s", "日本語"),
	f("%5.1s|", "日本語"), f("%q", "日本語"), f("%+q", "日本語"), f("%#q", "hello"),
	f("%#q", "back`quote"), f("%#q", "tab\there"), f("%#q", "nl\nhere"), f("%q", "a\x00b\xffc"),
	f("%q", "\a\b\f\n\r\t\v"), f("%q", "\\"), f("%q", "\x7f\u00ad\u2028"), f("%+q", "é\U0001F600"),
	f("%x", ""), f("%5x|", ""), f("%.2x", "hello"), f("%8x|", "hi"), f("%-8x|", "hi"),
	f("%08x|", "hi"), f("%s", ""), f("%5s|", ""), f("%d", "hi"), f("%t", "hi"),
	f("%10q|", "hi"), f("%-10q|", "hi"), f("%.1q", "hello"), f("%s", "é\xff"), f("%3s|", "é"),
	f("%x", "é\xff"), f("%q", "\U0010FFFF"), f("%+q", "\u00e9"), f("%#+q", "é"),
	// named types
	f("%v", Celsius(20)), f("%d", Celsius(-3)), f("%#v", Celsius(20)), f("%T", Celsius(20)),
	f("%x", Celsius(255)), f("%s", Celsius(1)), f("%v", Name("ann")), f("%q", Name("ann")),
	f("%#v", Name("ann")), f("%T", Name("ann")),
	// %T
	f("%T", 5), f("%T", "s"), f("%T", true), f("%T", uint8(1)), f("%T", [3]int{}),
	f("%T", P{}), f("%T", &P{}), f("%T", []int{}), f("%T", nil), f("%10T|", 5), f("%-10T|", 5),
	f("%T", int32(1)), f("%T", []byte{}), f("%T", uintptr(1)),
	// %v %+v %#v of composites
	f("%v", [3]int{1, 2, 3}), f("%d", [3]int{1, 2, 3}), f("%x", [3]int{10, 11, 12}),
	f("%#v", [3]int{1, 2, 3}), f("%+v", [3]int{1, 2, 3}), f("%03d", [3]int{1, 2, 3}),
	f("%s", [3]int{1, 2, 3}), f("%v", P{1, 2, "a"}), f("%+v", P{1, 2, "a"}),
	f("%#v", P{1, 2, "a"}), f("%d", P{1, 2, "a"}), f("%s", P{1, 2, "a"}), f("%x", P{1, 2, "a"}),
	f("%v", &P{1, 2, "a"}), f("%+v", &P{1, 2, "a"}), f("%#v", &P{1, 2, "a"}),
	f("%v", Box{"t", [3]int{4, 5, 6}, true, 'z'}), f("%+v", Box{"t", [3]int{4, 5, 6}, true, 'z'}),
	f("%#v", Box{"t", [3]int{4, 5, 6}, true, 'z'}), f("%v", Box{}), f("%#v", Box{}),
	f("%v", []int{1, 2}), f("%#v", []int{1, 2}), f("%v", nilSlice), f("%#v", nilSlice),
	f("%#v", []int{}), f("%v", []int{}), f("%d", []int{-1, 2}), f("%5d|", []int{1, 2}),
	f("%v", []string{"a", "b c"}), f("%q", []string{"a", "b c"}), f("%#v", []string{"a", "b"}),
	f("%v", [2]string{"x", "y"}), f("%#v", [2]string{"x", "y"}), f("%x", [2]string{"hi", "yo"}),
	f("%v", []byte("hi")), f("%s", []byte("hi")), f("%x", []byte("hi")), f("%X", []byte("hi")),
	f("%q", []byte("hi")), f("%#v", []byte("hi")), f("%d", []byte("hi")), f("% x", []byte("hi")),
	f("%#v", []byte(nil)), f("%v", []byte(nil)), f("%o", []byte("hi")), f("%6s|", []byte("hi")),
	f("%v", nilPInt), f("%#v", nilPInt), f("%p", nilPInt), f("%d", nilPInt), f("%s", nilPInt),
	f("%x", nilPInt), f("%v", nil), f("%d", nil), f("%s", nil), f("%#v", nil), f("%5v|", nil),
	f("%p", 5), f("%p", "s"),
	f("%t", [3]int{1, 2, 3}), f("%v", [3]int{}), f("%+d", [3]int{1, -2, 3}),
	// fmt's complaints
	f("%d %d", 1), f("%d", 1, 2), f("%d", 1, "a", nil), f("hi", 1), f("%!"), f("%"), f("%-"),
	f("%z", 5), f("%z", "s"), f("%s", 5), f("%d", "hi"), f("%5.2q", 5.0 == 5.0),
	f("%*d", 5, 42), f("%-*d|", 5, 42), f("%*d|", -5, 42), f("%*d", "x", 42), f("%.*d", 3, 7),
	f("%.*d", -1, 7), f("%.*d", "x", 7), f("%*d", 10000000, 1), f("%*d", uint8(3), 1),
	f("%*d", int8(-3), 1), f("%*d"), f("%.*d", 2), f("%[2]d %[1]d", 1, 2), f("%[2]d", 1, 2),
	f("%[3]d", 1, 2), f("%[0]d", 1), f("%[x]d", 1), f("%[1]d %d", 1, 2), f("%[2]*[1]d", 12, 5),
	f("%[1]2d", 1), f("%d %[1]d %d", 1, 2), f("%[1]", 1), f("%.[2]d", 1, 2), f("%[2", 1),
	f("%%"), f("%5%"), f("%-5%|"), f("%d%%", 50), f("100%"), f("%.d", 0), f("%.", 5), f("%é", 5),
	f("%v %v", true), f("%!d", 5), f("%d", nil, nil), f("%s %s", "a", "b", 3, "c", nil),
	f("%x %X", -1, "\xff"), f("%#v %+v", uint(5), 5), f("%#v", uint8(200)), f("%#v", int8(-8)),
	f("%#v", true), f("%#v", uintptr(0)), f("%#d", 5), f("%+v", -5), f("%#08v", 5),
	f("%#v", [2]bool{true, false}), f("%v", [0]int{}), f("%#v", [0]int{}),
	// interfaces inside composites
	f("%v", W{nil}), f("%+v", W{nil}), f("%#v", W{nil}), f("%d", W{nil}), f("%v", W{5}),
	f("%#v", W{5}), f("%#v", W{"s"}), f("%x", W{"s"}), f("%d", W{"s"}), f("%#v", W{uint8(9)}),
	f("%v", []any{1, "a", nil}), f("%#v", []any{1, "a", nil}), f("%d", []any{1, "a", nil}),
	f("%T", []any{}), f("%#v", []any(nil)), f("%5v|", []any{true, nil}),
	// Print, Sprint, Sprintln
	sp(1, 2), sp("a", "b"), sp(1, "a", 2), sp("a", 1, 2, "b"), sp(), sp(nil, nil), sp(true, false),
	sp(Name("n"), 1), sp([3]int{1, 2, 3}, P{1, 2, "z"}), sp(&P{3, 4, "w"}), sp(nilPInt, 1),
	sl(1, 2), sl("a", "b"), sl(), sl(nil), sl("x", 3, true, Celsius(7)), sl([]string{"a"}, []int{}),
	sl(uint64(18446744073709551615), int8(-1)), sp([]byte("ab"), "c"),
}

// cstr writes s as a C string literal: printable ASCII as itself, every
// other byte as a three-digit octal escape (which cannot swallow a
// following digit), and '?' escaped so no trigraph can form.
func cstr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\' || c == '?':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func ints(a []int) string {
	var s []string
	for _, v := range a {
		s = append(s, fmt.Sprint(v))
	}
	return strings.Join(s, ", ")
}

func carg(a any) string {
	switch v := a.(type) {
	case nil:
		return "NIL"
	case int:
		return fmt.Sprintf("I(%d)", v)
	case int8:
		return fmt.Sprintf("I8(%d)", v)
	case int16:
		return fmt.Sprintf("I16(%d)", v)
	case int32:
		return fmt.Sprintf("I32(%d)", v)
	case int64:
		if v == -9223372036854775808 {
			return "I64(INT64_MIN)"
		}
		return fmt.Sprintf("I64(%d)", v)
	case uint:
		return fmt.Sprintf("U(%dULL)", v)
	case uint8:
		return fmt.Sprintf("U8(%d)", v)
	case uint16:
		return fmt.Sprintf("U16(%d)", v)
	case uint32:
		return fmt.Sprintf("U32(%dU)", v)
	case uint64:
		return fmt.Sprintf("U64(%dULL)", v)
	case uintptr:
		return fmt.Sprintf("UP(%d)", v)
	case bool:
		if v {
			return "B(1)"
		}
		return "B(0)"
	case string:
		return fmt.Sprintf("S(%s)", cstr(v))
	case Celsius:
		return fmt.Sprintf("CEL(%d)", v)
	case Name:
		return fmt.Sprintf("NAME(%s)", cstr(string(v)))
	case [3]int:
		return fmt.Sprintf("A3(%s)", ints(v[:]))
	case [0]int:
		return "A0"
	case [2]bool:
		return fmt.Sprintf("A2B(%t, %t)", v[0], v[1])
	case [2]string:
		return fmt.Sprintf("A2S(%s, %s)", cstr(v[0]), cstr(v[1]))
	case []int:
		if v == nil {
			return "SLI_NIL"
		}
		if len(v) == 0 {
			return "SLI_EMPTY"
		}
		return fmt.Sprintf("SLI(%d, %s)", len(v), ints(v))
	case []string:
		var s []string
		for _, x := range v {
			s = append(s, fmt.Sprintf("GS(%s)", cstr(x)))
		}
		return fmt.Sprintf("SLS(%d, %s)", len(v), strings.Join(s, ", "))
	case []byte:
		if v == nil {
			return "BYTES_NIL"
		}
		return fmt.Sprintf("BYTES(%s)", cstr(string(v)))
	case P:
		return fmt.Sprintf("PT(%d, %d, %s)", v.X, v.Y, cstr(v.Name))
	case *P:
		return fmt.Sprintf("PPT(%d, %d, %s)", v.X, v.Y, cstr(v.Name))
	case Box:
		return fmt.Sprintf("BOX(%s, %s, %t, %d)", cstr(v.Tag), ints(v.Dims[:]), v.On, v.Ch)
	case W:
		return fmt.Sprintf("WV(%s)", carg(v.V))
	case []any:
		if v == nil {
			return "SLA_NIL"
		}
		var s []string
		for _, x := range v {
			s = append(s, carg(x))
		}
		if len(s) == 0 {
			return "SLA_EMPTY"
		}
		return fmt.Sprintf("SLA(%d, %s)", len(v), strings.Join(s, ", "))
	case *int:
		if v == nil {
			return "NILPI"
		}
	}
	panic(fmt.Sprintf("no C form for %T", a))
}

func main() {
	for _, c := range cases {
		var out string
		switch c.mode {
		case 'f':
			out = fmt.Sprintf(c.f, c.a...)
		case 'p':
			out = fmt.Sprint(c.a...)
		case 'l':
			out = fmt.Sprintln(c.a...)
		}
		var args []string
		for _, a := range c.a {
			args = append(args, carg(a))
		}
		argv := "NULL"
		if len(args) > 0 {
			argv = "ARGS(" + strings.Join(args, ", ") + ")"
		}
		fmt.Printf("\t{'%c', %s, %s, %d, %s},\n", c.mode, cstr(c.f), cstr(out), len(c.a), argv)
	}
}
