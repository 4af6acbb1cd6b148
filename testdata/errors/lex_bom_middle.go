// lexical: a byte order mark after the start of the file
package main

var a = 1 ﻿ // ERROR "invalid BOM in the middle of the file"

func main() {}
