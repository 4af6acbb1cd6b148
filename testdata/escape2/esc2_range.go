// Ranging over slices of pointers, and storing what the loop sees.
package main

type item struct{ v int }

var best *item

func pick(items []*item) {
	for _, it := range items {
		if best == nil || it.v > best.v {
			best = it
		}
	}
}

func total(xs [4]*int) int {
	t := 0
	for _, p := range xs {
		t += *p
	}
	return t
}

func collect(n int) []*int {
	var ps []*int
	for i := 0; i < n; i++ {
		v := i
		ps = append(ps, &v)
	}
	return ps
}

func main() {
	a, b := item{1}, item{2}
	pick([]*item{&a, &b})
	x, y := 1, 2
	println(total([4]*int{&x, &y, &x, &y}), len(collect(3)))
}
