// Exercises error values: errors.New, fmt.Errorf with %v/%d/%s, custom error types and Stringer honoured by fmt.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

type Pair struct {
	A, B Color
}

func find(key string) (int, error) {
	if key == "x" {
		return 1, nil
	}
	return 0, ErrNotFound
}

func parse(line int) error {
	if line > 2 {
		return &ParseError{line, "too far"}
	}
	return nil
}

func main() {
	if v, err := find("x"); err == nil {
		fmt.Println("found", v)
	}
	_, err := find("y")
	fmt.Println(err, err == ErrNotFound, errors.New("not found") == ErrNotFound)
	e2 := fmt.Errorf("lookup %s failed after %d tries: %v", "y", 3, err)
	fmt.Println(e2)
	fmt.Println(e2.Error() == fmt.Sprint(e2))
	for i := 1; i <= 3; i++ {
		if err := parse(i); err != nil {
			fmt.Println("error:", err)
			pe, ok := err.(*ParseError)
			fmt.Println(ok, pe.Line)
		} else {
			fmt.Println("line", i, "ok")
		}
	}
	var nilErr error
	fmt.Println(nilErr == nil, nilErr)
	fmt.Printf("%v|%s|%q\n", err, err, err)

	c := Color(1)
	fmt.Println(c, Color(0), Color(7))
	fmt.Printf("%v %s %d %+v %q\n", c, c, c, Pair{0, 1}, c)
	fmt.Println([]Color{0, 1, 2}, map[Color]int{1: 10, 0: 5})
	fmt.Println(fmt.Sprint(c) + "!")
	_, err = strconv.Atoi("12x")
	fmt.Println(err)
}

// Output:
// found 1
// not found true false
// lookup y failed after 3 tries: not found
// true
// line 1 ok
// line 2 ok
// error: line 3: too far
// true 3
// true <nil>
// not found|not found|"not found"
// green red Color(7)
// green green 1 {A:red B:green} "green"
// [red green Color(2)] map[red:5 green:10]
// green!
// strconv.Atoi: parsing "12x": invalid syntax
