// types: method expressions T.M and (*T).M take the receiver as their first argument
// needs: types (the type checker reports these)
package main

type counter struct{ n int }

func (c counter) Get() int { return c.n }
func (c *counter) Inc()    { c.n++ }

func main() {
	var c counter
	_ = counter.Get(c)
	_ = counter.Get() // ERROR "not enough arguments in call to counter\.Get"
	_ = counter.Get(&c) // ERROR "cannot use &c \(value of type \*counter\) as type counter in argument to counter\.Get"
	(*counter).Inc(c) // ERROR "cannot use c \(variable of type counter\) as type \*counter in argument to \(\*counter\)\.Inc"
	counter.Inc(&c) // ERROR "cannot call pointer method Inc on counter"
	_ = (*counter).Get(&c)
	_ = counter.Missing // ERROR "counter\.Missing undefined \(type counter has no field or method Missing\)"
	f := counter.Get
	_ = f(c, 1) // ERROR "too many arguments in call to f"
}
