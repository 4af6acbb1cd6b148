// Methods on named slice, int, string and array types.
package main

import "fmt"

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }
func (l IntList) Double() {
	for i := range l {
		l[i] *= 2 // shares backing array: visible to the caller
	}
}

type Bits uint8

func (b Bits) Has(i uint) bool { return b&(1<<i) != 0 }
func (b *Bits) Set(i uint)     { *b |= 1 << i }
func (b Bits) Count() int {
	n := 0
	for ; b != 0; b &= b - 1 {
		n++
	}
	return n
}

type Word string

func (w Word) Len() int    { return len(w) }
func (w Word) Twice() Word { return w + w }

type Vec3 [3]int

func (v Vec3) Dot(o Vec3) int { return v[0]*o[0] + v[1]*o[1] + v[2]*o[2] }
func (v *Vec3) Neg()          { v[0], v[1], v[2] = -v[0], -v[1], -v[2] }

func main() {
	var l IntList
	for i := 1; i <= 4; i++ {
		l.Push(i)
	}
	fmt.Println(l, l.Sum(), len(l))
	l.Double()
	fmt.Println(l, l.Sum(), IntList{7, 8}.Sum())

	var b Bits
	b.Set(1)
	b.Set(3)
	b.Set(7)
	fmt.Println(b, b.Has(3), b.Has(2), b.Count())

	w := Word("go")
	fmt.Println(w.Len(), w.Twice(), w.Twice().Twice().Len())

	v := Vec3{1, 2, 3}
	fmt.Println(v.Dot(Vec3{4, 5, 6}))
	v.Neg()
	fmt.Println(v, v.Dot(v))
}

// Output:
// [1 2 3 4] 10 4
// [2 4 6 8] 20 15
// 138 true false 3
// 2 gogo 8
// 32
// [-1 -2 -3] 14
