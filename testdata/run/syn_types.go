// Exercises type syntax in expressions: parenthesized types in conversions, literal interface/func/chan types, struct{}{}.
package main

import "fmt"

type T struct{ n int }

func (t *T) M() string { return fmt.Sprint("M on ", t.n) }

type Op func(int) int

func makeGen() func() func() int {
	return func() func() int {
		i := 0
		return func() int { i++; return i }
	}
}

func relay(out chan<- chan int, in <-chan <-chan int) {
	c := <-in
	fwd := make(chan int, 1)
	fwd <- <-c * 2
	out <- fwd
}

func main() {
	t := T{3}
	p := (*T)(&t)
	fmt.Println(p.M(), (*T).M(p))
	var nf = (func())(nil)
	fmt.Println(nf == nil)
	b := []byte("x")
	fmt.Println(b, string(b), ([]byte)("yz"), []rune("ab"))
	x := 300
	fmt.Println(int64(x), (int8)(x), uint16(x)+1, (uint)(x))
	var m interface{ M() string } = &t
	fmt.Println(m.M())
	f := interface{ M() string }.M
	fmt.Println(f(&t))
	var anyv interface{} = interface{ M() string }(p)
	_, ok := anyv.(interface{ M() string })
	fmt.Println(ok)

	g := makeGen()()
	g()
	fmt.Println(g())
	var dbl Op = func(v int) int { return v * 2 }
	fmt.Println(Op(dbl)(21), (func(int) int)(dbl)(5))

	chOfCh := make(chan chan int, 1)
	inOfIn := make(chan (<-chan int), 1)
	src := make(chan int, 1)
	src <- 21
	inOfIn <- src
	var cc chan<- chan int = chOfCh
	var ic <-chan <-chan int = inOfIn
	relay(cc, ic)
	fmt.Println(<-<-chOfCh)
	var sendOnly chan<- <-chan int = inOfIn
	fmt.Printf("%T %T %T\n", cc, ic, sendOnly)

	set := map[string]struct{}{"a": {}, "b": struct{}{}}
	set["c"] = struct{}{}
	_, has := set["b"]
	fmt.Println(len(set), has, struct{}{})
	pt := (*[2]int)(nil)
	fmt.Println(pt == nil)
	type pair = struct{ a, b int }
	fmt.Println(pair{1, 2}, [2]pair{}, []*pair{{3, 4}}[0].b)
	fn := (func(string) string)(func(s string) string { return s + s })
	fmt.Println(fn("ab"))
	_ = x
	_ = struct{}{}
	var _ int = 5
	var arr [len("four")]int
	fmt.Println(len(arr), [...]string{2: "c"}, map[[2]int]string{{1, 2}: "k"})
	fmt.Printf("%T|%T\n", (func() func() int)(nil), [0]chan<- int{})
}

// Output:
// M on 3 M on 3
// true
// [120] x [121 122] [97 98]
// 300 44 301 300
// M on 3
// M on 3
// true
// 2
// 42 10
// 42
// chan<- chan int <-chan <-chan int chan<- <-chan int
// 3 true {}
// true
// {1 2} [{0 0} {0 0}] 4
// abab
// 4 [  c] map[[1 2]:k]
// func() func() int|[0]chan<- int
