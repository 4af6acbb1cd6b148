./esc_closure_defer_loop.go:10:9: func literal escapes to heap:
./esc_closure_defer_loop.go:10:9:   flow: {heap} = &{storage for func literal}:
./esc_closure_defer_loop.go:10:9:     from func literal (spill) at ./esc_closure_defer_loop.go:10:9
./esc_closure_defer_loop.go:9:6: unwind capturing by ref: i (addr=false assign=true width=8)
./esc_closure_defer_loop.go:9:6: i escapes to heap:
./esc_closure_defer_loop.go:9:6:   flow: {storage for func literal} = &i:
./esc_closure_defer_loop.go:9:6:     from i (captured by a closure) at ./esc_closure_defer_loop.go:11:26
./esc_closure_defer_loop.go:9:6:     from i (reference) at ./esc_closure_defer_loop.go:11:26
./esc_closure_defer_loop.go:9:6: moved to heap: i
./esc_closure_defer_loop.go:10:9: func literal escapes to heap
./esc_closure_defer_loop.go:19:9: func literal escapes to heap:
./esc_closure_defer_loop.go:19:9:   flow: {heap} = &{storage for func literal}:
./esc_closure_defer_loop.go:19:9:     from func literal (spill) at ./esc_closure_defer_loop.go:19:9
./esc_closure_defer_loop.go:18:3: sumDeferred capturing by value: v (addr=false assign=false width=8)
./esc_closure_defer_loop.go:16:29: sumDeferred capturing by ref: total (addr=false assign=true width=8)
./esc_closure_defer_loop.go:16:29: total escapes to heap:
./esc_closure_defer_loop.go:16:29:   flow: {storage for func literal} = &total:
./esc_closure_defer_loop.go:16:29:     from total (captured by a closure) at ./esc_closure_defer_loop.go:20:4
./esc_closure_defer_loop.go:16:29:     from total (reference) at ./esc_closure_defer_loop.go:20:4
./esc_closure_defer_loop.go:16:18: xs does not escape
./esc_closure_defer_loop.go:16:29: moved to heap: total
./esc_closure_defer_loop.go:19:9: func literal escapes to heap
./esc_closure_defer_loop.go:28:37: sumDeferred([]int{...}) escapes to heap:
./esc_closure_defer_loop.go:28:37:   flow: {storage for ... argument} = &{storage for sumDeferred([]int{...})}:
./esc_closure_defer_loop.go:28:37:     from sumDeferred([]int{...}) (spill) at ./esc_closure_defer_loop.go:28:37
./esc_closure_defer_loop.go:28:37:     from ... argument (slice-literal-element) at ./esc_closure_defer_loop.go:28:13
./esc_closure_defer_loop.go:28:37:   flow: {heap} = {storage for ... argument}:
./esc_closure_defer_loop.go:28:37:     from ... argument (spill) at ./esc_closure_defer_loop.go:28:13
./esc_closure_defer_loop.go:28:37:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_defer_loop.go:28:13
./esc_closure_defer_loop.go:28:17: len(order) escapes to heap:
./esc_closure_defer_loop.go:28:17:   flow: {storage for ... argument} = &{storage for len(order)}:
./esc_closure_defer_loop.go:28:17:     from len(order) (spill) at ./esc_closure_defer_loop.go:28:17
./esc_closure_defer_loop.go:28:17:     from ... argument (slice-literal-element) at ./esc_closure_defer_loop.go:28:13
./esc_closure_defer_loop.go:28:17:   flow: {heap} = {storage for ... argument}:
./esc_closure_defer_loop.go:28:17:     from ... argument (spill) at ./esc_closure_defer_loop.go:28:13
./esc_closure_defer_loop.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_defer_loop.go:28:13
./esc_closure_defer_loop.go:28:13: ... argument does not escape
./esc_closure_defer_loop.go:28:17: len(order) escapes to heap
./esc_closure_defer_loop.go:28:37: sumDeferred([]int{...}) escapes to heap
./esc_closure_defer_loop.go:28:43: []int{...} does not escape
