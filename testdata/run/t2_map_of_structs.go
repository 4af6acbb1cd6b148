// Tests maps with struct values: read-modify-write through a copy (v := m[k]; v.x++; m[k] = v), whole-struct updates, and pointer values for in-place changes.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	History []int
}

func main() {
	accts := map[string]Account{}
	accts["ann"] = Account{Owner: "Ann"}
	accts["bob"] = Account{"Bob", 10, nil}

	v := accts["ann"]
	v.Balance += 50
	v.History = append(v.History, 50)
	fmt.Println(accts["ann"].Balance, len(accts["ann"].History))
	accts["ann"] = v
	fmt.Println(accts["ann"].Balance, accts["ann"].History)

	// a copy taken before an update keeps the old value
	old := accts["bob"]
	b := accts["bob"]
	b.Balance -= 3
	accts["bob"] = b
	fmt.Println(old.Balance, accts["bob"].Balance)

	// read-modify-write on a missing key starts from the zero value
	c := accts["cy"]
	c.Owner = "Cy"
	c.Balance++
	accts["cy"] = c
	fmt.Printf("%+v\n", accts["cy"])

	// many updates in a loop
	for i := 0; i < 100; i++ {
		name := []string{"ann", "bob", "cy"}[i%3]
		a := accts[name]
		a.Balance += i
		if i%25 == 0 {
			a.History = append(a.History, i)
		}
		accts[name] = a
	}
	for _, n := range []string{"ann", "bob", "cy"} {
		fmt.Println(n, accts[n].Owner, accts[n].Balance, accts[n].History)
	}

	// pointer values are updated in place
	ptrs := map[string]*Account{"d": {Owner: "Dee"}}
	ptrs["d"].Balance += 7
	p := ptrs["d"]
	p.Balance *= 3
	fmt.Println(ptrs["d"].Balance, *ptrs["d"])

	// struct with an array field
	type Grid struct{ Cells [4]int }
	gm := map[int]Grid{}
	for i := 0; i < 8; i++ {
		gr := gm[i%2]
		gr.Cells[i%4] += i
		gm[i%2] = gr
	}
	fmt.Println(gm)

	// comparing struct values read from the map
	fmt.Println(gm[0] == gm[0], gm[0] == gm[1], gm[5] == Grid{})
}

// Output:
// 0 0
// 50 [50]
// 10 7
// {Owner:Cy Balance:1 History:[]}
// ann Ann 1733 [50 0 75]
// bob Bob 1624 [25]
// cy Cy 1651 [50]
// 21 {Dee 21 []}
// map[0:{[4 0 8 0]} 1:{[0 6 0 10]}]
// true false true
