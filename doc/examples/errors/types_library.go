package main

import (
	"runtime"
	"strings"
)

func main() {
	var sb strings.Builder
	sb.WriteString(runtime.GOARCH)
	_ = sb.buf
	_ = runtime.goarch
	println(sb.Len())
}
