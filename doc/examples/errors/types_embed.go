package main

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { println(l.prefix + msg) }

type Named struct{ name string }

func (n Named) Name() string { return n.name }

type LogNamer interface {
	Log(msg string)
	Name() string
}

type Server struct {
	*Logger
	Named
	name int
}

type Client struct {
	Logger
	Named
}

type Tag struct{ prefix []byte }

type Both struct {
	Logger
	Tag
}

func main() {
	s := Server{&Logger{"> "}, Named{"db"}, 1}
	s.Log(s.Name())
	var label string = s.name
	var a LogNamer = s
	var c Client
	c.Log("hi")
	var b LogNamer = c
	var ok LogNamer = &c
	var both Both
	_ = both.prefix
	println(label, a, b, ok)
}
