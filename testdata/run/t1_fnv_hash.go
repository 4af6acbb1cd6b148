// Exercises FNV-1a and djb2 hashing of strings with uint32/uint64 wrap-around multiplication.
package main

import "fmt"

const (
	offset32 uint32 = 2166136261
	prime32  uint32 = 16777619
	offset64 uint64 = 14695981039346656037
	prime64  uint64 = 1099511628211
)

func fnv32a(s string) uint32 {
	h := offset32
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= prime32
	}
	return h
}

func fnv64a(s string) uint64 {
	h := offset64
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return h
}

func djb2(s string) (h uint32) {
	h = 5381
	for i := 0; i < len(s); i++ {
		h = h<<5 + h + uint32(s[i])
	}
	return
}

func main() {
	words := [6]string{"", "a", "foobar", "hello, world", "日本語", "The quick brown fox jumps over the lazy dog"}
	for _, w := range words {
		fmt.Printf("%08x %016x %d %q\n", fnv32a(w), fnv64a(w), djb2(w), w)
	}
	var buckets [8]int
	for i := 0; i < 1000; i++ {
		key := fmt.Sprint("key", i)
		buckets[fnv32a(key)%8]++
	}
	fmt.Println(buckets)
	fmt.Println(fnv32a("ab") == fnv32a("ba"), djb2("ab")-djb2("ba"))
}

// Output:
// 811c9dc5 cbf29ce484222325 5381 ""
// e40c292c af63dc4c8601ec8c 177670 "a"
// bf9cf968 85944171f73967e8 4259602622 "foobar"
// 4d0ea41d 17a1a4f267be633d 2967741709 "hello, world"
// 805f5ce7 ee9ee2b5c854ef87 3052633221 "日本語"
// 048fff90 f3f9b7f5e7e47110 885799134 "The quick brown fox jumps over the lazy dog"
// [124 125 125 124 126 125 125 126]
// false 4294967264
