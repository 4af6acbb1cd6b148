./esc_new_local.go:10:14: xs does not escape
./esc_new_local.go:11:10: new(acc) does not escape
./esc_new_local.go:23:10: new(int) does not escape
./esc_new_local.go:29:12: new([16]int) does not escape
./esc_new_local.go:37:54: fill() escapes to heap:
./esc_new_local.go:37:54:   flow: {storage for ... argument} = &{storage for fill()}:
./esc_new_local.go:37:54:     from fill() (spill) at ./esc_new_local.go:37:54
./esc_new_local.go:37:54:     from ... argument (slice-literal-element) at ./esc_new_local.go:37:13
./esc_new_local.go:37:54:   flow: {heap} = {storage for ... argument}:
./esc_new_local.go:37:54:     from ... argument (spill) at ./esc_new_local.go:37:13
./esc_new_local.go:37:54:     from fmt.Println(... argument...) (call parameter) at ./esc_new_local.go:37:13
./esc_new_local.go:37:45: square(7) escapes to heap:
./esc_new_local.go:37:45:   flow: {storage for ... argument} = &{storage for square(7)}:
./esc_new_local.go:37:45:     from square(7) (spill) at ./esc_new_local.go:37:45
./esc_new_local.go:37:45:     from ... argument (slice-literal-element) at ./esc_new_local.go:37:13
./esc_new_local.go:37:45:   flow: {heap} = {storage for ... argument}:
./esc_new_local.go:37:45:     from ... argument (spill) at ./esc_new_local.go:37:13
./esc_new_local.go:37:45:     from fmt.Println(... argument...) (call parameter) at ./esc_new_local.go:37:13
./esc_new_local.go:37:21: average([]int{...}) escapes to heap:
./esc_new_local.go:37:21:   flow: {storage for ... argument} = &{storage for average([]int{...})}:
./esc_new_local.go:37:21:     from average([]int{...}) (spill) at ./esc_new_local.go:37:21
./esc_new_local.go:37:21:     from ... argument (slice-literal-element) at ./esc_new_local.go:37:13
./esc_new_local.go:37:21:   flow: {heap} = {storage for ... argument}:
./esc_new_local.go:37:21:     from ... argument (spill) at ./esc_new_local.go:37:13
./esc_new_local.go:37:21:     from fmt.Println(... argument...) (call parameter) at ./esc_new_local.go:37:13
./esc_new_local.go:37:13: ... argument does not escape
./esc_new_local.go:37:21: average([]int{...}) escapes to heap
./esc_new_local.go:37:27: []int{...} does not escape
./esc_new_local.go:37:45: square(7) escapes to heap
./esc_new_local.go:37:54: fill() escapes to heap
