./esc_map_make_local.go:6:20: xs does not escape
./esc_map_make_local.go:7:14: make(map[int]bool) does not escape
./esc_map_make_local.go:15:11: make(map[int]int, n) does not escape
./esc_map_make_local.go:22:14: key does not escape
./esc_map_make_local.go:23:21: map[string]int{...} does not escape
./esc_map_make_local.go:28:68: literal("two") escapes to heap:
./esc_map_make_local.go:28:68:   flow: {storage for ... argument} = &{storage for literal("two")}:
./esc_map_make_local.go:28:68:     from literal("two") (spill) at ./esc_map_make_local.go:28:68
./esc_map_make_local.go:28:68:     from ... argument (slice-literal-element) at ./esc_map_make_local.go:28:13
./esc_map_make_local.go:28:68:   flow: {heap} = {storage for ... argument}:
./esc_map_make_local.go:28:68:     from ... argument (spill) at ./esc_map_make_local.go:28:13
./esc_map_make_local.go:28:68:     from fmt.Println(... argument...) (call parameter) at ./esc_map_make_local.go:28:13
./esc_map_make_local.go:28:56: withHint(4) escapes to heap:
./esc_map_make_local.go:28:56:   flow: {storage for ... argument} = &{storage for withHint(4)}:
./esc_map_make_local.go:28:56:     from withHint(4) (spill) at ./esc_map_make_local.go:28:56
./esc_map_make_local.go:28:56:     from ... argument (slice-literal-element) at ./esc_map_make_local.go:28:13
./esc_map_make_local.go:28:56:   flow: {heap} = {storage for ... argument}:
./esc_map_make_local.go:28:56:     from ... argument (spill) at ./esc_map_make_local.go:28:13
./esc_map_make_local.go:28:56:     from fmt.Println(... argument...) (call parameter) at ./esc_map_make_local.go:28:13
./esc_map_make_local.go:28:27: countDistinct([]int{...}) escapes to heap:
./esc_map_make_local.go:28:27:   flow: {storage for ... argument} = &{storage for countDistinct([]int{...})}:
./esc_map_make_local.go:28:27:     from countDistinct([]int{...}) (spill) at ./esc_map_make_local.go:28:27
./esc_map_make_local.go:28:27:     from ... argument (slice-literal-element) at ./esc_map_make_local.go:28:13
./esc_map_make_local.go:28:27:   flow: {heap} = {storage for ... argument}:
./esc_map_make_local.go:28:27:     from ... argument (spill) at ./esc_map_make_local.go:28:13
./esc_map_make_local.go:28:27:     from fmt.Println(... argument...) (call parameter) at ./esc_map_make_local.go:28:13
./esc_map_make_local.go:28:13: ... argument does not escape
./esc_map_make_local.go:28:27: countDistinct([]int{...}) escapes to heap
./esc_map_make_local.go:28:33: []int{...} does not escape
./esc_map_make_local.go:28:56: withHint(4) escapes to heap
./esc_map_make_local.go:28:68: literal("two") escapes to heap
