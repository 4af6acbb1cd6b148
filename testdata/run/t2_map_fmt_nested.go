// Tests fmt printing of maps nested in structs, slices, arrays, pointers and other maps, with %v, %+v and %#v.
package main

import "fmt"

type Config struct {
	Name  string
	Attrs map[string]string
	Lim   map[int]int
}

type Deep struct {
	Inner Config
	Sets  []map[string]bool
	ByID  map[int]*Config
}

func main() {
	c := Config{Name: "svc", Attrs: map[string]string{"z": "last", "a": "first"}, Lim: nil}
	fmt.Println(c)
	fmt.Printf("%v\n%+v\n%#v\n", c, c, c)

	pc := &c
	fmt.Printf("%v %+v\n", pc, pc)

	d := Deep{
		Inner: c,
		Sets:  []map[string]bool{{"y": true, "x": false}, nil, {}},
		ByID:  map[int]*Config{},
	}
	fmt.Printf("%v\n%+v\n", d.Sets, d.Inner)
	fmt.Printf("%#v\n", d.Sets)

	nested := map[string]map[string]int{"b": {"z": 1, "y": 2}, "a": {}, "c": nil}
	fmt.Println(nested)
	fmt.Printf("%#v\n", nested)

	arr := [2]map[int]string{{2: "two", 1: "one"}}
	fmt.Println(arr)
	fmt.Printf("%#v\n", arr)

	ms := map[string]Config{"k": {Name: "n", Attrs: map[string]string{"q": "r"}}}
	fmt.Println(ms)
	fmt.Printf("%+v\n", ms)
	fmt.Printf("%#v\n", ms)

	anon := struct {
		M map[string]int
		N int
	}{map[string]int{"b": 2, "a": 1}, 3}
	fmt.Printf("%v %+v\n", anon, anon)
	fmt.Println(map[string][]map[int]int{"x": {{3: 4, 1: 2}}})
}

// Output:
// {svc map[a:first z:last] map[]}
// {svc map[a:first z:last] map[]}
// {Name:svc Attrs:map[a:first z:last] Lim:map[]}
// main.Config{Name:"svc", Attrs:map[string]string{"a":"first", "z":"last"}, Lim:map[int]int(nil)}
// &{svc map[a:first z:last] map[]} &{Name:svc Attrs:map[a:first z:last] Lim:map[]}
// [map[x:false y:true] map[] map[]]
// {Name:svc Attrs:map[a:first z:last] Lim:map[]}
// []map[string]bool{map[string]bool{"x":false, "y":true}, map[string]bool(nil), map[string]bool{}}
// map[a:map[] b:map[y:2 z:1] c:map[]]
// map[string]map[string]int{"a":map[string]int{}, "b":map[string]int{"y":2, "z":1}, "c":map[string]int(nil)}
// [map[1:one 2:two] map[]]
// [2]map[int]string{map[int]string{1:"one", 2:"two"}, map[int]string(nil)}
// map[k:{n map[q:r] map[]}]
// map[k:{Name:n Attrs:map[q:r] Lim:map[]}]
// map[string]main.Config{"k":main.Config{Name:"n", Attrs:map[string]string{"q":"r"}, Lim:map[int]int(nil)}}
// {map[a:1 b:2] 3} {M:map[a:1 b:2] N:3}
// map[x:[map[1:2 3:4]]]
