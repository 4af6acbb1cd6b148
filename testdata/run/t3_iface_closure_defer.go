// Exercises interfaces captured by closures, deferred method calls on interface values, and named error results changed by deferred closures.
package main

import (
	"errors"
	"fmt"
)

type Resource interface {
	Use(n int) int
	Close() error
}

type Conn struct {
	name  string
	total int
}

func (c *Conn) Use(n int) int { c.total += n; return c.total }
func (c *Conn) Close() error {
	fmt.Println("close", c.name, "total", c.total)
	if c.total > 10 {
		return fmt.Errorf("%s: overused (%d)", c.name, c.total)
	}
	return nil
}

type Null struct{}

func (Null) Use(n int) int { return 0 }
func (Null) Close() error  { fmt.Println("close null"); return nil }

func work(r Resource, amounts []int) (err error) {
	defer func() {
		if cerr := r.Close(); cerr != nil && err == nil {
			err = cerr // the deferred closure rewrites the named result
		}
	}()
	for _, a := range amounts {
		if a < 0 {
			return errors.New("negative amount")
		}
		r.Use(a)
	}
	return nil
}

func makeUser(r Resource) (func(int) int, func() string) {
	calls := 0
	use := func(n int) int { calls++; return r.Use(n) }
	report := func() string { return fmt.Sprintf("%T used %d times", r, calls) }
	return use, report
}

func session() (res string) {
	var r Resource = &Conn{name: "s"}
	defer r.Close() // receiver evaluated now: this closes the first conn
	r = &Conn{name: "t", total: 100}
	defer func() { res += fmt.Sprint(" then ", r.Use(1)) }() // sees the new r
	return "session"
}

func main() {
	fmt.Println("err:", work(&Conn{name: "a"}, []int{1, 2, 3}))
	fmt.Println("err:", work(&Conn{name: "b"}, []int{5, 6}))
	fmt.Println("err:", work(&Conn{name: "c"}, []int{20, -1}))
	fmt.Println("err:", work(Null{}, []int{1}))

	c := &Conn{name: "shared"}
	use, report := makeUser(c)
	use(2)
	use(3)
	fmt.Println(use(4), report(), c.total)
	nu, nreport := makeUser(Null{})
	fmt.Println(nu(9), nreport())

	fmt.Println(session())
	var rs []Resource
	for i := 0; i < 3; i++ {
		rs = append(rs, &Conn{name: fmt.Sprint("r", i), total: i * 6})
	}
	func() {
		for _, r := range rs {
			defer r.Close()
		}
		fmt.Println("deferred", len(rs), "closes")
	}()
}

// Output:
// close a total 6
// err: <nil>
// close b total 11
// err: b: overused (11)
// close c total 20
// err: negative amount
// close null
// err: <nil>
// 9 *main.Conn used 3 times 9
// 0 main.Null used 1 times
// close s total 0
// session then 101
// deferred 3 closes
// close r2 total 12
// close r1 total 6
// close r0 total 0
