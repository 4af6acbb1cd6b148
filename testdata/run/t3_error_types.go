// Exercises custom error types (value and pointer receivers), errors.New identity, fmt.Errorf, typed nil errors, errors in struct fields and %T.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct {
	Op   string
	Code int
}

func (e *MyErr) Error() string { return fmt.Sprintf("%s failed (%d)", e.Op, e.Code) }

type CodeErr int

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Result struct {
	Val int
	Err error
}

var ErrEmpty = errors.New("empty")

func check(n int) error {
	switch {
	case n < 0:
		return &MyErr{"check", n}
	case n == 0:
		return ErrEmpty
	case n > 100:
		return CodeErr(n)
	case n%2 == 1:
		return fmt.Errorf("odd %d: %v", n, CodeErr(n*10))
	}
	return nil
}

func lookup(ok bool) error {
	var e *MyErr
	if !ok {
		e = &MyErr{"lookup", 404}
	}
	return e
}

func main() {
	for _, n := range []int{-3, 0, 4, 7, 250} {
		err := check(n)
		fmt.Printf("%d: %v | %T | nil=%v\n", n, err, err, err == nil)
	}
	a, b := errors.New("same"), errors.New("same")
	fmt.Println(a == b, a.Error() == b.Error(), a == a)
	fmt.Println(check(0) == ErrEmpty, check(0) == errors.New("empty"))
	fmt.Println(check(300) == CodeErr(300), check(300) == error(CodeErr(301)))
	fmt.Println(check(-1) == check(-1))

	e := fmt.Errorf("wrap %s #%d: %v", "db", 2, check(-9))
	fmt.Println(e)
	fmt.Printf("%T %q\n", e, e.Error())
	fmt.Printf("%T %T\n", ErrEmpty, fmt.Errorf("plain"))

	err := lookup(true)
	fmt.Println(err == nil, err.(*MyErr) == nil)
	fmt.Printf("%T\n", err)
	err = lookup(false)
	fmt.Println(err, err.(*MyErr).Code)

	results := []Result{{1, nil}, {0, ErrEmpty}, {2, &MyErr{"r", 3}}, {3, CodeErr(5)}}
	for _, r := range results {
		if r.Err != nil {
			fmt.Println("error:", r.Err)
			continue
		}
		fmt.Println("value:", r.Val)
	}
	fmt.Println(results[0], results[1])
	fmt.Printf("%v %+v\n", results[3], results[2])
	var me *MyErr = &MyErr{"direct", 1}
	var asErr error = me
	fmt.Println(asErr.Error() == me.Error(), asErr == error(me))
}

// Output:
// -3: check failed (-3) | *main.MyErr | nil=false
// 0: empty | *errors.errorString | nil=false
// 4: <nil> | <nil> | nil=true
// 7: odd 7: code 70 | *errors.errorString | nil=false
// 250: code 250 | main.CodeErr | nil=false
// false true true
// true false
// true false
// false
// wrap db #2: check failed (-9)
// *errors.errorString "wrap db #2: check failed (-9)"
// *errors.errorString *errors.errorString
// false true
// *main.MyErr
// lookup failed (404) 404
// value: 1
// error: empty
// error: r failed (3)
// error: code 5
// {1 <nil>} {0 empty}
// {3 code 5} {Val:2 Err:r failed (3)}
// true true
