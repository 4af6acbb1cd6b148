package main

func main() {
	größe := 'é'
	println("naïve\n", größe)
}
