//go:build ignore

// rt_string_cases.go prints the case tables of tests/test_rt_string.c,
// computed by gc 1.19 itself: for range over a string, []rune(s),
// string(r) for an int64 r, string([]rune), and string comparison.
//
//	GOCACHE=/tmp/gocache go run tests/rt_string_cases.go > /tmp/strcases.inc
//
// then paste the output between the BEGIN/END markers of test_rt_string.c.
package main

import (
	"fmt"
	"strings"
)

// cstr writes s as a C string literal whose bytes are exactly s's.
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

var decodeInputs = []string{
	"", "abc", "héllo", "日本語", "\U0001F600x", "a\xffb", "\xc0\x80", "\xc2", "\xc2\x7f",
	"\xe0\x80\x80", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80", "\xef\xbf\xbd",
	"\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80",
	"\xf5\x80\x80\x80", "\xe6\x97", "\xe6\x97x", "\x80\xbf", "\xfe\xff", "\x00z",
}

var intInputs = []int64{
	0, 65, 0x7f, 0x80, 0xe9, 0x7ff, 0x800, 0x4e16, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd,
	0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000, -1, -0x80000000, 1 << 40, 0x100000041,
}

var runeInputs = [][]rune{
	{}, {'a', 'b'}, {0x65e5, 0x672c}, {-1, 'x'}, {0xd800}, {0x110000, 0x10ffff}, {0, 0x1f600},
}

var cmpInputs = [][2]string{
	{"", ""}, {"", "a"}, {"a", ""}, {"abc", "abd"}, {"abd", "abc"}, {"abc", "abc"},
	{"ab", "abc"}, {"abc", "ab"}, {"\xff", "a"}, {"a\x00", "a"}, {"Z", "a"}, {"é", "z"},
}

func main() {
	fmt.Println("/* range over a string and []rune(s): input, then (index, rune) pairs */")
	fmt.Println("static const DecodeCase decode_cases[] = {")
	for _, s := range decodeInputs {
		var pairs []string
		for i, r := range s {
			pairs = append(pairs, fmt.Sprintf("{%d, 0x%X}", i, r))
		}
		fmt.Printf("\t{%s, %d, %d, {%s}},\n", cstr(s), len(s), len([]rune(s)), strings.Join(pairs, ", "))
	}
	fmt.Println("};")
	fmt.Println("/* string(r) for an int64 r */")
	fmt.Println("static const IntStringCase intstring_cases[] = {")
	for _, v := range intInputs {
		s := string(rune(0))
		if int64(rune(v)) == v {
			s = string(rune(v))
		} else {
			var x int64 = v
			s = string(x)
		}
		fmt.Printf("\t{%dLL, %s, %d},\n", v, cstr(s), len(s))
	}
	fmt.Println("};")
	fmt.Println("/* string([]rune{...}) */")
	fmt.Println("static const RunesCase runes_cases[] = {")
	for _, rs := range runeInputs {
		var e []string
		for _, r := range rs {
			e = append(e, fmt.Sprint(r))
		}
		s := string(rs)
		fmt.Printf("\t{%d, {%s}, %s, %d},\n", len(rs), strings.Join(e, ", "), cstr(s), len(s))
	}
	fmt.Println("};")
	fmt.Println("/* a < b, a == b, a > b */")
	fmt.Println("static const CmpCase cmp_cases[] = {")
	for _, p := range cmpInputs {
		c := 0
		if p[0] < p[1] {
			c = -1
		} else if p[0] > p[1] {
			c = 1
		}
		fmt.Printf("\t{%s, %d, %s, %d, %d},\n", cstr(p[0]), len(p[0]), cstr(p[1]), len(p[1]), c)
	}
	fmt.Println("};")
}
