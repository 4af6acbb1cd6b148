// Named and nested structs: zero values, field paths, printing with %v and %+v.
package main

import "fmt"

type Address struct {
	Street string
	Number int
}

type Person struct {
	Name string
	Age  int
	Home Address
	Work Address
}

type Company struct {
	Name  string
	Boss  Person
	Staff [3]Person
}

func main() {
	var p Person
	fmt.Printf("%v|%+v\n", p, p)
	p.Name = "Ann"
	p.Age = 30
	p.Home.Street = "Main"
	p.Home.Number = 12
	fmt.Printf("%v\n%+v\n", p, p)

	c := Company{Name: "Acme", Boss: p}
	c.Staff[0] = Person{Name: "Bob", Age: 25}
	c.Staff[1].Name = "Cy"
	c.Staff[1].Work = Address{"Side", 7}
	c.Boss.Home.Number++
	fmt.Println(c.Name, c.Boss.Home.Number, p.Home.Number)
	fmt.Println(c.Staff[1].Work.Street, c.Staff[1].Work.Number)
	total := 0
	for _, s := range c.Staff {
		total += s.Age
	}
	fmt.Println(total, len(c.Staff))
	fmt.Printf("%+v\n", c.Staff[1])

	anon := struct {
		A int
		B struct{ C, D string }
	}{A: 1}
	anon.B.C = "x"
	anon.B.D = "y"
	fmt.Printf("%v %+v\n", anon, anon)

	type inner struct{ v [2]int }
	type outer struct{ in [2]inner }
	var o outer
	o.in[1].v[0] = 5
	fmt.Println(o)
}

// Output:
// { 0 { 0} { 0}}|{Name: Age:0 Home:{Street: Number:0} Work:{Street: Number:0}}
// {Ann 30 {Main 12} { 0}}
// {Name:Ann Age:30 Home:{Street:Main Number:12} Work:{Street: Number:0}}
// Acme 13 12
// Side 7
// 25 3
// {Name:Cy Age:0 Home:{Street: Number:0} Work:{Street:Side Number:7}}
// {1 {x y}} {A:1 B:{C:x D:y}}
// {[{[0 0]} {[5 0]}]}
