./esc2_loops.go:12:4: c escapes to heap:
./esc2_loops.go:12:4:   flow: last = &c:
./esc2_loops.go:12:4:     from &c (address-of) at ./esc2_loops.go:16:11
./esc2_loops.go:12:4:     from last = &c (assign) at ./esc2_loops.go:16:9
./esc2_loops.go:7:13: rows does not escape
./esc2_loops.go:12:4: moved to heap: c
./esc2_loops.go:27:4: c escapes to heap:
./esc2_loops.go:27:4:   flow: p = &c:
./esc2_loops.go:27:4:     from &c (address-of) at ./esc2_loops.go:28:8
./esc2_loops.go:27:4:     from p = &c (assign) at ./esc2_loops.go:28:6
./esc2_loops.go:22:12: rows does not escape
./esc2_loops.go:27:4: moved to heap: c
./esc2_loops.go:36:17: [][]int{...} does not escape
./esc2_loops.go:36:18: []int{...} does not escape
./esc2_loops.go:36:26: []int{...} does not escape
