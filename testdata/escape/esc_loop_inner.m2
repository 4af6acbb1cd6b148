./esc_loop_inner.go:9:3: x escapes to heap:
./esc_loop_inner.go:9:3:   flow: p = &x:
./esc_loop_inner.go:9:3:     from &x (address-of) at ./esc_loop_inner.go:10:7
./esc_loop_inner.go:9:3:     from p = &x (assign) at ./esc_loop_inner.go:10:5
./esc_loop_inner.go:9:3: moved to heap: x
./esc_loop_inner.go:21:3: c escapes to heap:
./esc_loop_inner.go:21:3:   flow: best = &c:
./esc_loop_inner.go:21:3:     from &c (address-of) at ./esc_loop_inner.go:23:11
./esc_loop_inner.go:21:3:     from best = &c (assign) at ./esc_loop_inner.go:23:9
./esc_loop_inner.go:18:14: xs does not escape
./esc_loop_inner.go:21:3: moved to heap: c
./esc_loop_inner.go:30:34: maxAddr([]int{...}) escapes to heap:
./esc_loop_inner.go:30:34:   flow: {storage for ... argument} = &{storage for maxAddr([]int{...})}:
./esc_loop_inner.go:30:34:     from maxAddr([]int{...}) (spill) at ./esc_loop_inner.go:30:34
./esc_loop_inner.go:30:34:     from ... argument (slice-literal-element) at ./esc_loop_inner.go:30:13
./esc_loop_inner.go:30:34:   flow: {heap} = {storage for ... argument}:
./esc_loop_inner.go:30:34:     from ... argument (spill) at ./esc_loop_inner.go:30:13
./esc_loop_inner.go:30:34:     from fmt.Println(... argument...) (call parameter) at ./esc_loop_inner.go:30:13
./esc_loop_inner.go:30:22: lastAddr(5) escapes to heap:
./esc_loop_inner.go:30:22:   flow: {storage for ... argument} = &{storage for lastAddr(5)}:
./esc_loop_inner.go:30:22:     from lastAddr(5) (spill) at ./esc_loop_inner.go:30:22
./esc_loop_inner.go:30:22:     from ... argument (slice-literal-element) at ./esc_loop_inner.go:30:13
./esc_loop_inner.go:30:22:   flow: {heap} = {storage for ... argument}:
./esc_loop_inner.go:30:22:     from ... argument (spill) at ./esc_loop_inner.go:30:13
./esc_loop_inner.go:30:22:     from fmt.Println(... argument...) (call parameter) at ./esc_loop_inner.go:30:13
./esc_loop_inner.go:30:13: ... argument does not escape
./esc_loop_inner.go:30:22: lastAddr(5) escapes to heap
./esc_loop_inner.go:30:34: maxAddr([]int{...}) escapes to heap
./esc_loop_inner.go:30:40: []int{...} does not escape
