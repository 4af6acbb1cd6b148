./esc_sort_ints.go:10:11: make([]int, len(xs)) escapes to heap:
./esc_sort_ints.go:10:11:   flow: {heap} = &{storage for make([]int, len(xs))}:
./esc_sort_ints.go:10:11:     from make([]int, len(xs)) (non-constant size) at ./esc_sort_ints.go:10:11
./esc_sort_ints.go:9:13: xs does not escape
./esc_sort_ints.go:10:11: make([]int, len(xs)) escapes to heap
./esc_sort_ints.go:17:12: []int{...} escapes to heap:
./esc_sort_ints.go:17:12:   flow: s = &{storage for []int{...}}:
./esc_sort_ints.go:17:12:     from []int{...} (spill) at ./esc_sort_ints.go:17:12
./esc_sort_ints.go:17:12:     from s := []int{...} (assign) at ./esc_sort_ints.go:17:4
./esc_sort_ints.go:17:12:   flow: {heap} = s:
./esc_sort_ints.go:17:12:     from sort.Ints(s) (call parameter) at ./esc_sort_ints.go:18:11
./esc_sort_ints.go:17:12: []int{...} escapes to heap
./esc_sort_ints.go:22:17: xs does not escape
./esc_sort_ints.go:31:43: sc[0] escapes to heap:
./esc_sort_ints.go:31:43:   flow: {storage for ... argument} = &{storage for sc[0]}:
./esc_sort_ints.go:31:43:     from sc[0] (spill) at ./esc_sort_ints.go:31:43
./esc_sort_ints.go:31:43:     from ... argument (slice-literal-element) at ./esc_sort_ints.go:31:13
./esc_sort_ints.go:31:43:   flow: {heap} = {storage for ... argument}:
./esc_sort_ints.go:31:43:     from ... argument (spill) at ./esc_sort_ints.go:31:13
./esc_sort_ints.go:31:43:     from fmt.Println(... argument...) (call parameter) at ./esc_sort_ints.go:31:13
./esc_sort_ints.go:31:37: sortedLocal() escapes to heap:
./esc_sort_ints.go:31:37:   flow: {storage for ... argument} = &{storage for sortedLocal()}:
./esc_sort_ints.go:31:37:     from sortedLocal() (spill) at ./esc_sort_ints.go:31:37
./esc_sort_ints.go:31:37:     from ... argument (slice-literal-element) at ./esc_sort_ints.go:31:13
./esc_sort_ints.go:31:37:   flow: {heap} = {storage for ... argument}:
./esc_sort_ints.go:31:37:     from ... argument (spill) at ./esc_sort_ints.go:31:13
./esc_sort_ints.go:31:37:     from fmt.Println(... argument...) (call parameter) at ./esc_sort_ints.go:31:13
./esc_sort_ints.go:31:20: median(xs) escapes to heap:
./esc_sort_ints.go:31:20:   flow: {storage for ... argument} = &{storage for median(xs)}:
./esc_sort_ints.go:31:20:     from median(xs) (spill) at ./esc_sort_ints.go:31:20
./esc_sort_ints.go:31:20:     from ... argument (slice-literal-element) at ./esc_sort_ints.go:31:13
./esc_sort_ints.go:31:20:   flow: {heap} = {storage for ... argument}:
./esc_sort_ints.go:31:20:     from ... argument (spill) at ./esc_sort_ints.go:31:13
./esc_sort_ints.go:31:20:     from fmt.Println(... argument...) (call parameter) at ./esc_sort_ints.go:31:13
./esc_sort_ints.go:29:13: []int{...} does not escape
./esc_sort_ints.go:31:13: ... argument does not escape
./esc_sort_ints.go:31:20: median(xs) escapes to heap
./esc_sort_ints.go:31:37: sortedLocal() escapes to heap
./esc_sort_ints.go:31:43: sc[0] escapes to heap
