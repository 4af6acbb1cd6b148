// Method calls are calls of the method with the receiver first: (*T).M(t, x).
package main

type buf struct {
	data []*int
}

func (b *buf) push(p *int) { b.data = append(b.data, p) }

func (b buf) first() *int { return b.data[0] }

func (b *buf) reset() { b.data = b.data[:0] }

var global buf

func fill() *int {
	var b buf
	x, y := 1, 2
	b.push(&x)
	global.push(&y)
	b.reset()
	return b.first()
}

func main() {
	println(*fill())
}
