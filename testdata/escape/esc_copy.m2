./esc_copy.go:7:13: make([]int, len(src)) escapes to heap:
./esc_copy.go:7:13:   flow: {heap} = &{storage for make([]int, len(src))}:
./esc_copy.go:7:13:     from make([]int, len(src)) (non-constant size) at ./esc_copy.go:7:13
./esc_copy.go:6:10: src does not escape
./esc_copy.go:7:13: make([]int, len(src)) escapes to heap
./esc_copy.go:12:17: src does not escape
./esc_copy.go:18:17: s does not escape
./esc_copy.go:19:11: make([]byte, 8) does not escape
./esc_copy.go:24:12: s does not escape
./esc_copy.go:32:59: a[0] escapes to heap:
./esc_copy.go:32:59:   flow: {storage for ... argument} = &{storage for a[0]}:
./esc_copy.go:32:59:     from a[0] (spill) at ./esc_copy.go:32:59
./esc_copy.go:32:59:     from ... argument (slice-literal-element) at ./esc_copy.go:32:13
./esc_copy.go:32:59:   flow: {heap} = {storage for ... argument}:
./esc_copy.go:32:59:     from ... argument (spill) at ./esc_copy.go:32:13
./esc_copy.go:32:59:     from fmt.Println(... argument...) (call parameter) at ./esc_copy.go:32:13
./esc_copy.go:32:47: fromString("hello") escapes to heap:
./esc_copy.go:32:47:   flow: {storage for ... argument} = &{storage for fromString("hello")}:
./esc_copy.go:32:47:     from fromString("hello") (spill) at ./esc_copy.go:32:47
./esc_copy.go:32:47:     from ... argument (slice-literal-element) at ./esc_copy.go:32:13
./esc_copy.go:32:47:   flow: {heap} = {storage for ... argument}:
./esc_copy.go:32:47:     from ... argument (spill) at ./esc_copy.go:32:13
./esc_copy.go:32:47:     from fmt.Println(... argument...) (call parameter) at ./esc_copy.go:32:13
./esc_copy.go:32:32: firstThree(a) escapes to heap:
./esc_copy.go:32:32:   flow: {storage for ... argument} = &{storage for firstThree(a)}:
./esc_copy.go:32:32:     from firstThree(a) (spill) at ./esc_copy.go:32:32
./esc_copy.go:32:32:     from ... argument (slice-literal-element) at ./esc_copy.go:32:13
./esc_copy.go:32:32:   flow: {heap} = {storage for ... argument}:
./esc_copy.go:32:32:     from ... argument (spill) at ./esc_copy.go:32:13
./esc_copy.go:32:32:     from fmt.Println(... argument...) (call parameter) at ./esc_copy.go:32:13
./esc_copy.go:32:17: len(d) escapes to heap:
./esc_copy.go:32:17:   flow: {storage for ... argument} = &{storage for len(d)}:
./esc_copy.go:32:17:     from len(d) (spill) at ./esc_copy.go:32:17
./esc_copy.go:32:17:     from ... argument (slice-literal-element) at ./esc_copy.go:32:13
./esc_copy.go:32:17:   flow: {heap} = {storage for ... argument}:
./esc_copy.go:32:17:     from ... argument (spill) at ./esc_copy.go:32:13
./esc_copy.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./esc_copy.go:32:13
./esc_copy.go:29:12: []int{...} does not escape
./esc_copy.go:32:13: ... argument does not escape
./esc_copy.go:32:17: len(d) escapes to heap
./esc_copy.go:32:32: firstThree(a) escapes to heap
./esc_copy.go:32:47: fromString("hello") escapes to heap
./esc_copy.go:32:59: a[0] escapes to heap
