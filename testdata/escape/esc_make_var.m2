./esc_make_var.go:7:11: make([]int, n) escapes to heap:
./esc_make_var.go:7:11:   flow: {heap} = &{storage for make([]int, n)}:
./esc_make_var.go:7:11:     from make([]int, n) (non-constant size) at ./esc_make_var.go:7:11
./esc_make_var.go:7:11: make([]int, n) escapes to heap
./esc_make_var.go:15:11: make([]byte, 0, n) escapes to heap:
./esc_make_var.go:15:11:   flow: {heap} = &{storage for make([]byte, 0, n)}:
./esc_make_var.go:15:11:     from make([]byte, 0, n) (non-constant size) at ./esc_make_var.go:15:11
./esc_make_var.go:15:11: make([]byte, 0, n) escapes to heap
./esc_make_var.go:23:14: make([]int, w) escapes to heap:
./esc_make_var.go:23:14:   flow: {heap} = &{storage for make([]int, w)}:
./esc_make_var.go:23:14:     from make([]int, w) (spill) at ./esc_make_var.go:23:14
./esc_make_var.go:23:14:     from g[i] = make([]int, w) (assign) at ./esc_make_var.go:23:8
./esc_make_var.go:21:11: make([][]int, h) escapes to heap:
./esc_make_var.go:21:11:   flow: {heap} = &{storage for make([][]int, h)}:
./esc_make_var.go:21:11:     from make([][]int, h) (non-constant size) at ./esc_make_var.go:21:11
./esc_make_var.go:23:14: make([]int, w) escapes to heap:
./esc_make_var.go:23:14:   flow: {heap} = &{storage for make([]int, w)}:
./esc_make_var.go:23:14:     from make([]int, w) (non-constant size) at ./esc_make_var.go:23:14
./esc_make_var.go:21:11: make([][]int, h) escapes to heap
./esc_make_var.go:23:14: make([]int, w) escapes to heap
./esc_make_var.go:30:46: len(g[0]) escapes to heap:
./esc_make_var.go:30:46:   flow: {storage for ... argument} = &{storage for len(g[0])}:
./esc_make_var.go:30:46:     from len(g[0]) (spill) at ./esc_make_var.go:30:46
./esc_make_var.go:30:46:     from ... argument (slice-literal-element) at ./esc_make_var.go:30:13
./esc_make_var.go:30:46:   flow: {heap} = {storage for ... argument}:
./esc_make_var.go:30:46:     from ... argument (spill) at ./esc_make_var.go:30:13
./esc_make_var.go:30:46:     from fmt.Println(... argument...) (call parameter) at ./esc_make_var.go:30:13
./esc_make_var.go:30:38: len(g) escapes to heap:
./esc_make_var.go:30:38:   flow: {storage for ... argument} = &{storage for len(g)}:
./esc_make_var.go:30:38:     from len(g) (spill) at ./esc_make_var.go:30:38
./esc_make_var.go:30:38:     from ... argument (slice-literal-element) at ./esc_make_var.go:30:13
./esc_make_var.go:30:38:   flow: {heap} = {storage for ... argument}:
./esc_make_var.go:30:38:     from ... argument (spill) at ./esc_make_var.go:30:13
./esc_make_var.go:30:38:     from fmt.Println(... argument...) (call parameter) at ./esc_make_var.go:30:13
./esc_make_var.go:30:30: withCap(8) escapes to heap:
./esc_make_var.go:30:30:   flow: {storage for ... argument} = &{storage for withCap(8)}:
./esc_make_var.go:30:30:     from withCap(8) (spill) at ./esc_make_var.go:30:30
./esc_make_var.go:30:30:     from ... argument (slice-literal-element) at ./esc_make_var.go:30:13
./esc_make_var.go:30:30:   flow: {heap} = {storage for ... argument}:
./esc_make_var.go:30:30:     from ... argument (spill) at ./esc_make_var.go:30:13
./esc_make_var.go:30:30:     from fmt.Println(... argument...) (call parameter) at ./esc_make_var.go:30:13
./esc_make_var.go:30:18: ones(5) escapes to heap:
./esc_make_var.go:30:18:   flow: {storage for ... argument} = &{storage for ones(5)}:
./esc_make_var.go:30:18:     from ones(5) (spill) at ./esc_make_var.go:30:18
./esc_make_var.go:30:18:     from ... argument (slice-literal-element) at ./esc_make_var.go:30:13
./esc_make_var.go:30:18:   flow: {heap} = {storage for ... argument}:
./esc_make_var.go:30:18:     from ... argument (spill) at ./esc_make_var.go:30:13
./esc_make_var.go:30:18:     from fmt.Println(... argument...) (call parameter) at ./esc_make_var.go:30:13
./esc_make_var.go:30:13: ... argument does not escape
./esc_make_var.go:30:18: ones(5) escapes to heap
./esc_make_var.go:30:30: withCap(8) escapes to heap
./esc_make_var.go:30:38: len(g) escapes to heap
./esc_make_var.go:30:46: len(g[0]) escapes to heap
