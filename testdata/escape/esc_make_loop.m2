./esc_make_loop.go:9:14: make([]int, 8) does not escape
./esc_make_loop.go:19:14: make([]int, 2) escapes to heap:
./esc_make_loop.go:19:14:   flow: row = &{storage for make([]int, 2)}:
./esc_make_loop.go:19:14:     from make([]int, 2) (spill) at ./esc_make_loop.go:19:14
./esc_make_loop.go:19:14:     from row := make([]int, 2) (assign) at ./esc_make_loop.go:19:7
./esc_make_loop.go:19:14:   flow: {heap} = row:
./esc_make_loop.go:19:14:     from append(out, row) (call parameter) at ./esc_make_loop.go:21:15
./esc_make_loop.go:19:14: make([]int, 2) escapes to heap
./esc_make_loop.go:29:14: make([]int, 3) escapes to heap:
./esc_make_loop.go:29:14:   flow: last = &{storage for make([]int, 3)}:
./esc_make_loop.go:29:14:     from make([]int, 3) (spill) at ./esc_make_loop.go:29:14
./esc_make_loop.go:29:14:     from last = make([]int, 3) (assign) at ./esc_make_loop.go:29:8
./esc_make_loop.go:29:14: make([]int, 3) escapes to heap
./esc_make_loop.go:36:55: keepLast(3)[0] escapes to heap:
./esc_make_loop.go:36:55:   flow: {storage for ... argument} = &{storage for keepLast(3)[0]}:
./esc_make_loop.go:36:55:     from keepLast(3)[0] (spill) at ./esc_make_loop.go:36:55
./esc_make_loop.go:36:55:     from ... argument (slice-literal-element) at ./esc_make_loop.go:36:13
./esc_make_loop.go:36:55:   flow: {heap} = {storage for ... argument}:
./esc_make_loop.go:36:55:     from ... argument (spill) at ./esc_make_loop.go:36:13
./esc_make_loop.go:36:55:     from fmt.Println(... argument...) (call parameter) at ./esc_make_loop.go:36:13
./esc_make_loop.go:36:30: len(collect(4)) escapes to heap:
./esc_make_loop.go:36:30:   flow: {storage for ... argument} = &{storage for len(collect(4))}:
./esc_make_loop.go:36:30:     from len(collect(4)) (spill) at ./esc_make_loop.go:36:30
./esc_make_loop.go:36:30:     from ... argument (slice-literal-element) at ./esc_make_loop.go:36:13
./esc_make_loop.go:36:30:   flow: {heap} = {storage for ... argument}:
./esc_make_loop.go:36:30:     from ... argument (spill) at ./esc_make_loop.go:36:13
./esc_make_loop.go:36:30:     from fmt.Println(... argument...) (call parameter) at ./esc_make_loop.go:36:13
./esc_make_loop.go:36:21: scratch(10) escapes to heap:
./esc_make_loop.go:36:21:   flow: {storage for ... argument} = &{storage for scratch(10)}:
./esc_make_loop.go:36:21:     from scratch(10) (spill) at ./esc_make_loop.go:36:21
./esc_make_loop.go:36:21:     from ... argument (slice-literal-element) at ./esc_make_loop.go:36:13
./esc_make_loop.go:36:21:   flow: {heap} = {storage for ... argument}:
./esc_make_loop.go:36:21:     from ... argument (spill) at ./esc_make_loop.go:36:13
./esc_make_loop.go:36:21:     from fmt.Println(... argument...) (call parameter) at ./esc_make_loop.go:36:13
./esc_make_loop.go:36:13: ... argument does not escape
./esc_make_loop.go:36:21: scratch(10) escapes to heap
./esc_make_loop.go:36:30: len(collect(4)) escapes to heap
./esc_make_loop.go:36:55: keepLast(3)[0] escapes to heap
