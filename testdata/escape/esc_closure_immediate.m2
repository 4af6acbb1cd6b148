./esc_closure_immediate.go:6:14: compute capturing by value: a (addr=false assign=false width=8)
./esc_closure_immediate.go:6:17: compute capturing by value: b (addr=false assign=false width=8)
./esc_closure_immediate.go:7:7: func literal does not escape
./esc_closure_immediate.go:14:2: mutate capturing by ref: x (addr=false assign=true width=8)
./esc_closure_immediate.go:15:2: func literal does not escape
./esc_closure_immediate.go:21:14: s does not escape
./esc_closure_immediate.go:22:14: t does not escape
./esc_closure_immediate.go:22:9: func literal does not escape
./esc_closure_immediate.go:32:46: withArg([]int{...}) escapes to heap:
./esc_closure_immediate.go:32:46:   flow: {storage for ... argument} = &{storage for withArg([]int{...})}:
./esc_closure_immediate.go:32:46:     from withArg([]int{...}) (spill) at ./esc_closure_immediate.go:32:46
./esc_closure_immediate.go:32:46:     from ... argument (slice-literal-element) at ./esc_closure_immediate.go:32:13
./esc_closure_immediate.go:32:46:   flow: {heap} = {storage for ... argument}:
./esc_closure_immediate.go:32:46:     from ... argument (spill) at ./esc_closure_immediate.go:32:13
./esc_closure_immediate.go:32:46:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_immediate.go:32:13
./esc_closure_immediate.go:32:35: mutate() escapes to heap:
./esc_closure_immediate.go:32:35:   flow: {storage for ... argument} = &{storage for mutate()}:
./esc_closure_immediate.go:32:35:     from mutate() (spill) at ./esc_closure_immediate.go:32:35
./esc_closure_immediate.go:32:35:     from ... argument (slice-literal-element) at ./esc_closure_immediate.go:32:13
./esc_closure_immediate.go:32:35:   flow: {heap} = {storage for ... argument}:
./esc_closure_immediate.go:32:35:     from ... argument (spill) at ./esc_closure_immediate.go:32:13
./esc_closure_immediate.go:32:35:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_immediate.go:32:13
./esc_closure_immediate.go:32:21: compute(3, 4) escapes to heap:
./esc_closure_immediate.go:32:21:   flow: {storage for ... argument} = &{storage for compute(3, 4)}:
./esc_closure_immediate.go:32:21:     from compute(3, 4) (spill) at ./esc_closure_immediate.go:32:21
./esc_closure_immediate.go:32:21:     from ... argument (slice-literal-element) at ./esc_closure_immediate.go:32:13
./esc_closure_immediate.go:32:21:   flow: {heap} = {storage for ... argument}:
./esc_closure_immediate.go:32:21:     from ... argument (spill) at ./esc_closure_immediate.go:32:13
./esc_closure_immediate.go:32:21:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_immediate.go:32:13
./esc_closure_immediate.go:32:13: ... argument does not escape
./esc_closure_immediate.go:32:21: compute(3, 4) escapes to heap
./esc_closure_immediate.go:32:35: mutate() escapes to heap
./esc_closure_immediate.go:32:46: withArg([]int{...}) escapes to heap
./esc_closure_immediate.go:32:52: []int{...} does not escape
