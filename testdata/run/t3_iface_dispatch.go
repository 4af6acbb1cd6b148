// Exercises dynamic dispatch: a multi-method interface implemented by value and pointer receivers, slices of interfaces, calls in loops.
package main

import "fmt"

type Animal interface {
	Name() string
	Sound() string
	Legs() int
	Feed(n int) int
}

type Dog struct{ name string }

func (d Dog) Name() string   { return d.name }
func (d Dog) Sound() string  { return "woof" }
func (d Dog) Legs() int      { return 4 }
func (d Dog) Feed(n int) int { return n * 2 }

type Bird struct {
	name  string
	eaten int
}

func (b *Bird) Name() string  { return b.name }
func (b *Bird) Sound() string { return "tweet" }
func (b *Bird) Legs() int     { return 2 }
func (b *Bird) Feed(n int) int {
	b.eaten += n
	return b.eaten
}

type Snake int

func (s Snake) Name() string   { return fmt.Sprintf("snake#%d", int(s)) }
func (s Snake) Sound() string  { return "hiss" }
func (s Snake) Legs() int      { return 0 }
func (s Snake) Feed(n int) int { return int(s) + n }

func totalLegs(zoo []Animal) int {
	sum := 0
	for _, a := range zoo {
		sum += a.Legs()
	}
	return sum
}

func loudest(zoo []Animal) Animal {
	var best Animal
	for i := 0; i < len(zoo); i++ {
		if best == nil || len(zoo[i].Sound()) > len(best.Sound()) {
			best = zoo[i]
		}
	}
	return best
}

func main() {
	tweety := &Bird{name: "tweety"}
	zoo := []Animal{Dog{"rex"}, tweety, Snake(7), Dog{"fido"}, &Bird{name: "polly", eaten: 10}}
	for i, a := range zoo {
		fmt.Printf("%d: %s says %s on %d legs\n", i, a.Name(), a.Sound(), a.Legs())
	}
	fmt.Println("total legs:", totalLegs(zoo))
	for round := 1; round <= 3; round++ {
		for j, a := range zoo {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Print(a.Feed(round))
		}
		fmt.Println()
	}
	fmt.Println("tweety ate", tweety.eaten)
	l := loudest(zoo)
	fmt.Println("loudest:", l.Name())
	zoo[0], zoo[2] = zoo[2], zoo[0]
	fmt.Println(zoo[0].Name(), zoo[2].Name())
	var a Animal = zoo[1]
	a.Feed(100)
	fmt.Println(tweety.eaten, zoo[1].Feed(0))
	a = Dog{"spot"}
	fmt.Println(a.Name(), zoo[1].Name())
}

// Output:
// 0: rex says woof on 4 legs
// 1: tweety says tweet on 2 legs
// 2: snake#7 says hiss on 0 legs
// 3: fido says woof on 4 legs
// 4: polly says tweet on 2 legs
// total legs: 12
// 2 1 8 2 11
// 4 3 9 4 13
// 6 6 10 6 16
// tweety ate 6
// loudest: tweety
// snake#7 rex
// 106 106
// spot tweety
