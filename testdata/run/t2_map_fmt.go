// Tests fmt printing of maps with Println, Print, Sprint, %v, %+v, %#v, %d, %q and %x: keys are sorted, nil and empty maps print as map[].
package main

import "fmt"

type P struct {
	X, Y int
}

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13}
	fmt.Println(m)
	fmt.Print(m, "\n")
	fmt.Printf("%v|%+v|%#v\n", m, m, m)
	fmt.Printf("%d|%x|%5d\n", m, m, m)
	s := fmt.Sprint(m)
	fmt.Println(len(s), s)

	ints := map[int]string{10: "ten", -3: "minus three", 0: "zero", 2: "two"}
	fmt.Println(ints)
	fmt.Printf("%q %q\n", map[string]string{"b": "x\ty", "a": ""}, map[int]rune{2: 'b', 1: 'a'})
	fmt.Printf("%#v\n", ints)

	var nilMap map[string]int
	empty := map[string]int{}
	fmt.Println(nilMap, empty)
	fmt.Printf("%v %v %#v %#v\n", nilMap, empty, nilMap, empty)
	fmt.Printf("%#v\n", map[string]int(nil))

	bools := map[bool]int{true: 1, false: 0}
	fmt.Println(bools)
	fmt.Printf("%#v\n", bools)

	pts := map[P]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}
	fmt.Println(pts)
	fmt.Printf("%+v\n", pts)
	fmt.Printf("%#v\n", pts)

	arrs := map[[2]int]bool{{2, 0}: true, {1, 9}: false}
	fmt.Println(arrs)

	slices := map[string][]int{"b": {1, 2}, "a": nil, "c": {}}
	fmt.Println(slices)
	fmt.Printf("%#v\n", slices)

	runes := map[rune]rune{'b': 'B', 'a': 'A'}
	fmt.Println(runes)
	fmt.Printf("%c\n", runes)

	bytes := map[byte]string{'x': "ex"}
	fmt.Printf("%v %#v\n", bytes, bytes)

	u := map[uint8]int8{255: -1, 0: 127}
	fmt.Printf("%v %#v %x\n", u, u, u)

	fmt.Printf("%s\n", map[string]string{"k": "v", "a": "b"})
	fmt.Printf("%T %T %T\n", m, pts, slices)
	fmt.Printf("%d\n", map[string]string{"k": "v"})
	fmt.Println(len(fmt.Sprintf("%v", ints)))
}

// Output:
// map[alpha:1 mid:13 zeta:26]
// map[alpha:1 mid:13 zeta:26]
// map[alpha:1 mid:13 zeta:26]|map[alpha:1 mid:13 zeta:26]|map[string]int{"alpha":1, "mid":13, "zeta":26}
// map[%!d(string=alpha):1 %!d(string=mid):13 %!d(string=zeta):26]|map[616c706861:1 6d6964:d 7a657461:1a]|map[%!d(string=alpha):    1 %!d(string=  mid):   13 %!d(string= zeta):   26]
// 27 map[alpha:1 mid:13 zeta:26]
// map[-3:minus three 0:zero 2:two 10:ten]
// map["a":"" "b":"x\ty"] map['\x01':'a' '\x02':'b']
// map[int]string{-3:"minus three", 0:"zero", 2:"two", 10:"ten"}
// map[] map[]
// map[] map[] map[string]int(nil) map[string]int{}
// map[string]int(nil)
// map[false:0 true:1]
// map[bool]int{false:0, true:1}
// map[{1 1}:c {1 2}:a {2 1}:b]
// map[{X:1 Y:1}:c {X:1 Y:2}:a {X:2 Y:1}:b]
// map[main.P]string{main.P{X:1, Y:1}:"c", main.P{X:1, Y:2}:"a", main.P{X:2, Y:1}:"b"}
// map[[1 9]:false [2 0]:true]
// map[a:[] b:[1 2] c:[]]
// map[string][]int{"a":[]int(nil), "b":[]int{1, 2}, "c":[]int{}}
// map[97:65 98:66]
// map[a:A b:B]
// map[120:ex] map[uint8]string{0x78:"ex"}
// map[0:127 255:-1] map[uint8]int8{0x0:127, 0xff:-1} map[0:7f ff:-1]
// map[a:b k:v]
// map[string]int map[main.P]string map[string][]int
// map[%!d(string=k):%!d(string=v)]
// 39
