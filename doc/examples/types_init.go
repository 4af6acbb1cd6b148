package main

var total = price * count

var price = half() + 1

func half() int { return base / 2 }

var count, base = 3, 10

func main() {}
