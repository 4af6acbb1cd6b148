// Package variables initialized at run time: gc analyses them in init.
package main

type conf struct{ name string }

var registry = map[string]*conf{}
var defaults = make([]*conf, 0, 4)
var fallback = &conf{"none"}

func register(name string) {
	c := &conf{name}
	registry[name] = c
	defaults = append(defaults, c)
}

func main() {
	register("a")
	println(len(registry), len(defaults), fallback.name)
}
