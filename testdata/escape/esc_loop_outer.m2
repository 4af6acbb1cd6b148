./esc_loop_outer.go:19:14: xs does not escape
./esc_loop_outer.go:29:34: sumAddr([]int{...}) escapes to heap:
./esc_loop_outer.go:29:34:   flow: {storage for ... argument} = &{storage for sumAddr([]int{...})}:
./esc_loop_outer.go:29:34:     from sumAddr([]int{...}) (spill) at ./esc_loop_outer.go:29:34
./esc_loop_outer.go:29:34:     from ... argument (slice-literal-element) at ./esc_loop_outer.go:29:13
./esc_loop_outer.go:29:34:   flow: {heap} = {storage for ... argument}:
./esc_loop_outer.go:29:34:     from ... argument (spill) at ./esc_loop_outer.go:29:13
./esc_loop_outer.go:29:34:     from fmt.Println(... argument...) (call parameter) at ./esc_loop_outer.go:29:13
./esc_loop_outer.go:29:22: lastAddr(5) escapes to heap:
./esc_loop_outer.go:29:22:   flow: {storage for ... argument} = &{storage for lastAddr(5)}:
./esc_loop_outer.go:29:22:     from lastAddr(5) (spill) at ./esc_loop_outer.go:29:22
./esc_loop_outer.go:29:22:     from ... argument (slice-literal-element) at ./esc_loop_outer.go:29:13
./esc_loop_outer.go:29:22:   flow: {heap} = {storage for ... argument}:
./esc_loop_outer.go:29:22:     from ... argument (spill) at ./esc_loop_outer.go:29:13
./esc_loop_outer.go:29:22:     from fmt.Println(... argument...) (call parameter) at ./esc_loop_outer.go:29:13
./esc_loop_outer.go:29:13: ... argument does not escape
./esc_loop_outer.go:29:22: lastAddr(5) escapes to heap
./esc_loop_outer.go:29:34: sumAddr([]int{...}) escapes to heap
./esc_loop_outer.go:29:40: []int{...} does not escape
