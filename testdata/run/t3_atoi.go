// Exercises strconv.Atoi on good and bad inputs: the error values it returns, their text, %T and err != nil checks.
package main

import (
	"fmt"
	"strconv"
)

func parseAll(ss []string) (sum int, bad int) {
	for _, s := range ss {
		n, err := strconv.Atoi(s)
		if err != nil {
			bad++
			continue
		}
		sum += n
	}
	return
}

func mustPositive(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("mustPositive: %v", err)
	}
	if n <= 0 {
		return 0, fmt.Errorf("mustPositive: %d is not positive", n)
	}
	return n, nil
}

func main() {
	inputs := []string{"0", "42", "+5", "-0", "-17", "007", "", "12a", " 3", "3 ", "+", "-",
		"9223372036854775807", "-9223372036854775808", "9223372036854775808",
		"99999999999999999999", "-99999999999999999999", "1_000", "0x10", "٣"}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Printf("%q -> n=%d err=%v\n", s, n, err)
		} else {
			fmt.Printf("%q -> %d\n", s, n)
		}
	}
	_, err := strconv.Atoi("x")
	fmt.Printf("%T\n", err)
	fmt.Println(err != nil, err.Error())
	_, err = strconv.Atoi("12")
	fmt.Printf("%T %v\n", err, err == nil)

	sum, bad := parseAll([]string{"1", "2", "three", "4", "", "-10"})
	fmt.Println("sum", sum, "bad", bad)
	for _, s := range []string{"10", "0", "-4", "ten"} {
		if n, err := mustPositive(s); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("ok:", n)
		}
	}
	n, _ := strconv.Atoi(strconv.Itoa(-12345))
	fmt.Println(n, strconv.Itoa(n*2))
	var errs []error
	for _, s := range []string{"1", "a", "b"} {
		if _, e := strconv.Atoi(s); e != nil {
			errs = append(errs, e)
		}
	}
	fmt.Println(len(errs), errs)
	fmt.Printf("%v|%s|%q\n", errs[0], errs[1], errs[0])
}

// Output:
// "0" -> 0
// "42" -> 42
// "+5" -> 5
// "-0" -> 0
// "-17" -> -17
// "007" -> 7
// "" -> n=0 err=strconv.Atoi: parsing "": invalid syntax
// "12a" -> n=0 err=strconv.Atoi: parsing "12a": invalid syntax
// " 3" -> n=0 err=strconv.Atoi: parsing " 3": invalid syntax
// "3 " -> n=0 err=strconv.Atoi: parsing "3 ": invalid syntax
// "+" -> n=0 err=strconv.Atoi: parsing "+": invalid syntax
// "-" -> n=0 err=strconv.Atoi: parsing "-": invalid syntax
// "9223372036854775807" -> 9223372036854775807
// "-9223372036854775808" -> -9223372036854775808
// "9223372036854775808" -> n=9223372036854775807 err=strconv.Atoi: parsing "9223372036854775808": value out of range
// "99999999999999999999" -> n=9223372036854775807 err=strconv.Atoi: parsing "99999999999999999999": value out of range
// "-99999999999999999999" -> n=-9223372036854775808 err=strconv.Atoi: parsing "-99999999999999999999": value out of range
// "1_000" -> n=0 err=strconv.Atoi: parsing "1_000": invalid syntax
// "0x10" -> n=0 err=strconv.Atoi: parsing "0x10": invalid syntax
// "٣" -> n=0 err=strconv.Atoi: parsing "٣": invalid syntax
// *strconv.NumError
// true strconv.Atoi: parsing "x": invalid syntax
// <nil> true
// sum -3 bad 2
// ok: 10
// error: mustPositive: 0 is not positive
// error: mustPositive: -4 is not positive
// error: mustPositive: strconv.Atoi: parsing "ten": invalid syntax
// -12345 -24690
// 2 [strconv.Atoi: parsing "a": invalid syntax strconv.Atoi: parsing "b": invalid syntax]
// strconv.Atoi: parsing "a": invalid syntax|strconv.Atoi: parsing "b": invalid syntax|"strconv.Atoi: parsing \"a\": invalid syntax"
