./esc_make_large.go:7:11: make([]byte, 70000) escapes to heap:
./esc_make_large.go:7:11:   flow: {heap} = &{storage for make([]byte, 70000)}:
./esc_make_large.go:7:11:     from make([]byte, 70000) (too large for stack) at ./esc_make_large.go:7:11
./esc_make_large.go:7:11: make([]byte, 70000) escapes to heap
./esc_make_large.go:13:11: make([]byte, 65536) does not escape
./esc_make_large.go:19:11: make([]int, 9000) escapes to heap:
./esc_make_large.go:19:11:   flow: {heap} = &{storage for make([]int, 9000)}:
./esc_make_large.go:19:11:     from make([]int, 9000) (too large for stack) at ./esc_make_large.go:19:11
./esc_make_large.go:19:11: make([]int, 9000) escapes to heap
./esc_make_large.go:27:12: []int{...} does not escape
./esc_make_large.go:32:61: largeLiteral() escapes to heap:
./esc_make_large.go:32:61:   flow: {storage for ... argument} = &{storage for largeLiteral()}:
./esc_make_large.go:32:61:     from largeLiteral() (spill) at ./esc_make_large.go:32:61
./esc_make_large.go:32:61:     from ... argument (slice-literal-element) at ./esc_make_large.go:32:13
./esc_make_large.go:32:61:   flow: {heap} = {storage for ... argument}:
./esc_make_large.go:32:61:     from ... argument (spill) at ./esc_make_large.go:32:13
./esc_make_large.go:32:61:     from fmt.Println(... argument...) (call parameter) at ./esc_make_large.go:32:13
./esc_make_large.go:32:45: largeInts() escapes to heap:
./esc_make_large.go:32:45:   flow: {storage for ... argument} = &{storage for largeInts()}:
./esc_make_large.go:32:45:     from largeInts() (spill) at ./esc_make_large.go:32:45
./esc_make_large.go:32:45:     from ... argument (slice-literal-element) at ./esc_make_large.go:32:13
./esc_make_large.go:32:45:   flow: {heap} = {storage for ... argument}:
./esc_make_large.go:32:45:     from ... argument (spill) at ./esc_make_large.go:32:13
./esc_make_large.go:32:45:     from fmt.Println(... argument...) (call parameter) at ./esc_make_large.go:32:13
./esc_make_large.go:32:32: justUnder() escapes to heap:
./esc_make_large.go:32:32:   flow: {storage for ... argument} = &{storage for justUnder()}:
./esc_make_large.go:32:32:     from justUnder() (spill) at ./esc_make_large.go:32:32
./esc_make_large.go:32:32:     from ... argument (slice-literal-element) at ./esc_make_large.go:32:13
./esc_make_large.go:32:32:   flow: {heap} = {storage for ... argument}:
./esc_make_large.go:32:32:     from ... argument (spill) at ./esc_make_large.go:32:13
./esc_make_large.go:32:32:     from fmt.Println(... argument...) (call parameter) at ./esc_make_large.go:32:13
./esc_make_large.go:32:19: large() escapes to heap:
./esc_make_large.go:32:19:   flow: {storage for ... argument} = &{storage for large()}:
./esc_make_large.go:32:19:     from large() (spill) at ./esc_make_large.go:32:19
./esc_make_large.go:32:19:     from ... argument (slice-literal-element) at ./esc_make_large.go:32:13
./esc_make_large.go:32:19:   flow: {heap} = {storage for ... argument}:
./esc_make_large.go:32:19:     from ... argument (spill) at ./esc_make_large.go:32:13
./esc_make_large.go:32:19:     from fmt.Println(... argument...) (call parameter) at ./esc_make_large.go:32:13
./esc_make_large.go:32:13: ... argument does not escape
./esc_make_large.go:32:19: large() escapes to heap
./esc_make_large.go:32:32: justUnder() escapes to heap
./esc_make_large.go:32:45: largeInts() escapes to heap
./esc_make_large.go:32:61: largeLiteral() escapes to heap
