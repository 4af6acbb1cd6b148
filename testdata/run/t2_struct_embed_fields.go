// Embedded structs: promoted fields at several depths, shadowing by shallower fields.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

type Timestamps struct {
	Created int
	Updated int
}

type User struct {
	Base
	Timestamps
	Email string
}

type Admin struct {
	User
	Level int
	Name  string // shadows User.Base.Name
}

func main() {
	u := User{Base{1, "ann"}, Timestamps{100, 200}, "a@x"}
	fmt.Println(u.ID, u.Name, u.Created, u.Updated, u.Email)
	fmt.Println(u.Base.ID, u.Timestamps.Created)
	u.Updated = 300
	u.ID = 7
	fmt.Printf("%+v\n", u)

	a := Admin{User: u, Level: 3, Name: "root"}
	fmt.Println(a.Name, a.User.Name, a.Base.Name, a.ID, a.Level)
	a.Base.Name = "changed"
	fmt.Println(a.User.Base.Name, u.Name)
	a.Created = 1
	fmt.Println(a.Created, a.User.Timestamps.Created)
	fmt.Printf("%v\n", a)

	pa := &a
	pa.Email = "root@x"
	pa.ID = 99
	fmt.Println(a.Email, a.User.Base.ID)

	var z Admin
	fmt.Printf("%+v\n", z)

	users := []User{u, {Base: Base{ID: 2}}}
	for _, x := range users {
		fmt.Print(" ", x.ID)
	}
	fmt.Println()
}

// Output:
// 1 ann 100 200 a@x
// 1 100
// {Base:{ID:7 Name:ann} Timestamps:{Created:100 Updated:300} Email:a@x}
// root ann ann 7 3
// changed ann
// 1 1
// {{{7 changed} {1 300} a@x} 3 root}
// root@x 99
// {User:{Base:{ID:0 Name:} Timestamps:{Created:0 Updated:0} Email:} Level:0 Name:}
//  7 2
